"""The ``capitalization`` modes of issue 9's twenty-first round (caps8), kept apart from
``capitalization.py``: each reads a shape in one sentence, needing no evidence elsewhere in the
document, since a text of two sentences has none.

- ``pinyin_name``: a Chinese name in lower case: a person's name after a title ("Premier li
  qiang", "Mr. zhang"), a family name and a given name beside a verb of saying ("said liu wei"),
  a place before the noun that says what it is ("chaoyang district"), a CC-CEDICT place after a
  preposition of place ("in jingdezhen"), a family name the document writes capitalised as a
  full name elsewhere ("Huang Ping ... according to huang"). A name in pinyin is made of pinyin
  syllables (``cedict.pinyin_word``) and is no English word (wordfreq, and CC-CEDICT's glosses,
  which write English words in lower case). A romanised word English borrows ("hukou", "tang
  ping") stands in a gloss (quoted, bracketed, after "called" or "known as", beside other
  pinyin, near Chinese characters); those pass.
- ``generic_noun``: a common noun, a run of common words or a verb in title case inside a
  sentence, where its place says it is no name (``generic_nouns``, ``generic_runs``).
- ``name_letters``: a name written with other letters in capitals than its own ("Wechat").
- ``title_before_name``: a formal title in lower case before a name ("president Xi Jinping").
- ``lower_phrase``: a name of English words in lower case ("the great wall").
- ``opening_lower`` (read by ``sentence_start``): a text's first word in lower case.
- ``caps_heads_phrase`` (asked by ``all_caps``): a word in capitals that heads its phrase.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import Hit, verb_forms
from .. import re_programs
from ..analysis import WordFacts
from ..cedict import HAN_CHAR, pinyin_word
from ..zipf import zipf_cached
from .capital_words import form_of_address


# Patterns the functions below search with, compiled once (issue 13, speed33a: written inline,
# each went through ``re``'s cache of 512, which a check's own patterns and pysbd's turn over,
# and was compiled again after it dropped out).
_ADDRESS_MARK = re_programs.compile(r"[/@_\\#]|\.\w|www|://")
_A_OR_AN_BEFORE = re_programs.compile(r"\b[Aa]n?[ \u00a0]+$")
_CAPITALISED_WORD = re_programs.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?![\w'’-])")
_CAPITAL_AFTER_LOWER = re_programs.compile(r"[a-z][A-Z]")
_HANDLE_MARK = re_programs.compile(r"[/@#_]|\.\w")
_LETTER_RUN = re_programs.compile(r"[A-Za-z]+")  # a run of ASCII letters: a word, for counting and lookup


def letter_runs(doc) -> frozenset:
    """The document's runs of ASCII letters (``_LETTER_RUN``, each as long as it goes), listed once
    per document in ``doc.cache`` and read by every capitalisation mode that looks for given
    words: a word a mode's pattern matches, bounded there by anything but a letter, is one of
    these runs, so a document lacking a phrase's runs is ruled out before that mode's scan
    (issue 13, speed36b: the modes each scanned the text for their own words)."""
    runs = doc.cache.get("capitalization-letter-runs")
    if runs is None:
        runs = doc.cache["capitalization-letter-runs"] = frozenset(_LETTER_RUN.findall(doc.text))
    return runs


@lru_cache(maxsize=16)
def phrase_runs(phrases: tuple) -> tuple:
    """The runs of letters of each of ``phrases`` as a set ("great hall of the people" -> {"great", "hall",
    "of", "the", "people"}), for ``may_hold``; computed once a rule."""
    return tuple(frozenset(_LETTER_RUN.findall(p)) for p in phrases)


def may_hold(runs: frozenset, phrases: tuple) -> bool:
    """Can the document whose letter runs are ``runs`` hold one of ``phrases`` as a whole-word
    match: are all the letter runs of one phrase among them? False rules the phrases out (a match
    of a phrase bounded by no letter at either end, its own non-letters between its runs, makes
    each of its runs one of the document's); True says only that a scan may find one."""
    return any(map(runs.issuperset, phrase_runs(phrases)))


_LINE_WORD = re_programs.compile(r"[A-Za-z][\w'’-]*")  # a word as a line's words are counted: letters first
_LIST_LETTER = re_programs.compile(r"[a-z][.)]")
_LOWER_INITIAL = re_programs.compile(r"(?<![\w'’])[a-z]")
_LOWER_WORD_BEFORE = re_programs.compile(r"(?<![\w/:.-])[a-z]+[ \u00a0]+$")
_MARK_OR_START_BEFORE = re_programs.compile(r"(?:^|[,;:(—–]|--)[ \u00a0]*$")
_NEXT_TOKEN = re_programs.compile(r"[ \u00a0]*([A-Za-z][\w'’-]*|\S)?")
_SPACES_THEN_CAPITAL = re_programs.compile(r"[ \u00a0]+[A-Z]")
_SPACES_THEN_LOWER = re_programs.compile(r"[ \u00a0]+([a-z]+)")
_STOP_AT_END = re_programs.compile(r"[.!?][\"”’')]?\s*$")
_WORD_AFTER_JOIN = re_programs.compile(r"[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?([A-Za-z]+)")
_WORD_AND_SPACES_END = re_programs.compile(r"([A-Za-z]+)[ \u00a0]+$")
_WORD_BEFORE_JOIN = re_programs.compile(r"([A-Za-z]+)[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?$")
_YEAR = re_programs.compile(r"(?:1[89]|20)\d\d")

# A word English does not use below this Zipf frequency: a name in pinyin ("jinping" 2.8,
# "qiang" 2.4, "chaoyang" 1.8) rather than an English word that spells a syllable ("ping" 3.8).
_NOT_ENGLISH_ZIPF = 3.0
# A given name has at most three syllables; a family name one (two for "ouyang", "sima": left out).
_MAX_GIVEN_SYLLABLES = 3

# What introduces a romanised word as a word, not a name: a gloss or a term ("the term tang
# ping", "known as jiaozi", "in pinyin", "or neijuan"), or a mark that quotes it.
_GLOSS_BEFORE = re_programs.compile(
    r"(?:\b(?:called|known as|term|terms|word|words|phrase|phrases|expression|slogan|saying|dubbed|nicknamed|"
    r"meaning|means|meant|mean|or|pinyin|mandarin|chinese|cantonese|say|says|said to be|literally|"
    r"translated as|translates as|spelt|spelled|written)|[\"“‘'(\[/])[ \u00a0]*$", re.IGNORECASE)
_GLOSS_AFTER = re_programs.compile(r"[ \u00a0]*(?:[\"”’')\]/]|,?[ \u00a0]+(?:or|meaning|means|which means|literally)\b)")


def not_english(word: str) -> bool:
    """Is ``word`` (lower case) no English word: rare in English (Zipf below ``_NOT_ENGLISH_ZIPF``)
    and not a word CC-CEDICT's glosses write in lower case?"""
    from .capitalization import _common_word
    return zipf_cached(word) < _NOT_ENGLISH_ZIPF and not _common_word(word)


def is_pinyin(word: str, most: int = 4) -> bool:
    """Can ``word`` be written as one to ``most`` syllables of pinyin (``cedict.pinyin_word``)?"""
    return pinyin_word(word, most)


# A neighbour of a romanised word that makes the two a gloss ("wen shui zhu qingwa", "yin and
# yang"): pinyin, no word CC-CEDICT's glosses write in lower case, below this Zipf ("ming" 3.5, "hong" 4.5).
_GLOSS_NEIGHBOUR_ZIPF = 4.6


def _given_name(word: str) -> bool:
    """Can ``word`` be a given name in pinyin after a family name: lower case, one to
    ``_MAX_GIVEN_SYLLABLES`` syllables, no word CC-CEDICT's glosses write in lower case, and
    commoner in English than ``_GLOSS_NEIGHBOUR_ZIPF`` ("qiang", "wei", "li", "ping")?"""
    from .capitalization import _common_word
    return (word.isalpha() and word.islower() and zipf_cached(word) < _GLOSS_NEIGHBOUR_ZIPF and not _common_word(word)
            and is_pinyin(word, _MAX_GIVEN_SYLLABLES))


def _pinyin_neighbour(word: str) -> bool:
    from .capitalization import _common_word
    return word.islower() and zipf_cached(word) < _GLOSS_NEIGHBOUR_ZIPF and not _common_word(word) and is_pinyin(word)


# The word just before a lower-case run, written with its capital: "Hong" of "Hong shao rou".
_CAPITALISED_BEFORE = re_programs.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ \u00a0]+$")


def _sentence_case_term(text, start, line_start) -> bool:
    """Does the lower-case run at ``start`` go on from a capitalised word of pinyin that no English
    word spells ("Hong shao rou, the braised pork belly", "Hui guo rou", "Shui zhu yu, a fish
    poached in chilli oil")? A romanised dish or term is written in sentence case, its first word
    capitalised at the start of the sentence or of the term and the rest in lower case; a name's
    words each take a capital, so a lower-case run after its capitalised first word is no
    lower-case name (issue 9, fix160)."""
    before = _CAPITALISED_BEFORE.search(text, max(line_start, start - 30), start)
    return before is not None and _pinyin_neighbour(before.group(1).lower())


def in_gloss(text, start, end, line_start, line_end) -> bool:
    """Is the stretch ``start``-``end`` a romanised word quoted or glossed ("the term tang ping",
    '"neijuan"', "(guanxi)"), one of several words of pinyin or of another language in a row
    ("gongtong fuyu"), or near Chinese characters?"""
    if _GLOSS_BEFORE.search(text, max(line_start, start - 24), start):
        return True
    if _GLOSS_AFTER.match(text, end, line_end):
        return True
    before = _WORD_BEFORE_JOIN.search(text[max(line_start, start - 30):start])
    if before and _pinyin_neighbour(before.group(1)):
        return True
    after = _WORD_AFTER_JOIN.match(text[end:min(line_end, end + 30)])
    if after and _pinyin_neighbour(after.group(1)):
        return True
    return HAN_CHAR.search(text, max(line_start, start - 15), min(line_end, end + 15)) is not None


def any_mention(doc, word, test) -> bool:
    """Does ``test(text, start, end, line_start, line_end)`` hold at any mention of ``word`` (in
    any case, as a whole word) in the document?"""
    from .capitalization import _compiled
    text = doc.text
    for m in _compiled(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", re.IGNORECASE).finditer(text):
        line_start, line_end = doc.line_at(m.start())
        if test(text, m.start(), m.end(), line_start, line_end):
            return True
    return False


def glossed_elsewhere(doc, name) -> bool:
    """Does the document write ``name`` (in any case) in a gloss somewhere: beside Chinese
    characters, quoted or explained ("Tang ping (躺平)" opening an entry)?"""
    return any_mention(doc, name, in_gloss)


def in_address(text, start, end, line_start, line_end) -> bool:
    """Is the word part of an address, a handle, a tag or a file name ("@lihua", "#wuhan",
    "beijing.gov.cn", "li_qiang")?"""
    lo = start
    while lo > line_start and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < line_end and not text[hi].isspace():
        hi += 1
    return _ADDRESS_MARK.search(text[lo:hi]) is not None


def lower_line(text, line_start, line_end, seen=None) -> bool:
    """Is the line set in lower case throughout (a handle's post, a tag line)? ``seen``: the
    answers by line start, kept for one document (a one-line document asks it per finding)."""
    if seen is not None and line_start in seen:
        return seen[line_start]
    line = text[line_start:line_end]
    answer = not any(map(str.isupper, line)) and len(_LETTER_RUN.findall(line, 0, 200)) >= 3
    if seen is not None:
        seen[line_start] = answer
    return answer



# A lower-case word, hyphenated parts allowed ("qinghai-tibet"), "'s" after it allowed; not part
# of an address, a handle or a longer token.
_CANDIDATE = re_programs.compile(r"(?<![\w'’@#/.&-])([a-z]+(?:-[a-z]+)*)(?=['’]s\b|(?![\w'’@/&-]|\.\w))")
_NEXT_WORD = re_programs.compile(r"[ \u00a0]+([A-Za-z]+)\b")
_PREV_WORD = re_programs.compile(r"([A-Za-z]+)(\.?)[ \u00a0]+$")
# Prepositions and verbs of place before a place's name: "in jingdezhen", "visited wuzhen".
# Not "from", which gives a source as often ("stances drawn from wuxing", the five phases).
_PLACE_BEFORE = frozenset("""in to near at across around outside inside via toward towards throughout visit visits
visited visiting""".split())
# What stands around a person's name written without a title: a verb of saying or a preposition
# before it ("said liu wei", "a team led by liu wei"), or a verb, an apposition or an owner's
# "'s" after it ("liu wei said", "liu wei, a farmer,"); not a dish's or a term's name ("Look for
# zhong shuijiao, pork dumplings").
_PERSON_BEFORE = frozenset("""said says told asked added by with and to from met thanked interviewed accompanied
according""".split())
# Not "is" or "was", which follow a concept as often ("wu wei is best understood as").
_PERSON_AFTER = re_programs.compile(r"(?:,[ \u00a0]+(?:a|an|the|who|whose|aged|\d)\b|[ \u00a0]+(?:said|says|told|added|who)\b|['’]s\b)")
# A figure or an amount before the word: "yuan" there is the currency, not the family name.
_AMOUNT_BEFORE = re_programs.compile(r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|few|several|of))[ \u00a0]+$")
# Verbs of saying before a family name alone, which ends its clause: "said zhao, the head of".
_SAID = frozenset("said says told asked added according".split())
_ENDS_CLAUSE = re_programs.compile(r"[,.;:!?]|[ \u00a0]+(?:said|says|told|added)\b")
# A family name that is a common English word is no evidence after a title ("the mayor he met").
_SURNAME_MAX_ZIPF = 4.6


# A person's name of a family name and a given name of pinyin, both capitalised ("Huang Ping").
_FULL_NAME = re_programs.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \u00a0]([A-Z][a-z]+)(?![\w'’-])")


def _counts(text, surnames):
    """How often the document writes each word in lower case (``capitalization._lower_counts``,
    shared with the other modes), and how often it writes each family name of ``surnames``
    capitalised before a given name of pinyin ("Huang Ping"): read once per document."""
    from .capitalization import _lower_counts
    lower = _lower_counts(text)
    named = Counter(m.group(1).lower() for m in _FULL_NAME.finditer(text)
                    if m.group(1).lower() in surnames and _given_name(m.group(2).lower()))
    return lower, named


_MOST_FAMILY_SYLLABLES = 2  # a Chinese family name in pinyin: one syllable, or two ("ouyang", "sima")


def _name_tests(word, parts, surnames):
    """``pinyin_names``'s three readings of a lower-case word: (a family name of ``surnames``
    that English seldom uses, every part pinyin and no English word, every part a province or
    pinyin)."""
    from .official_names import PLACES
    surname = len(parts) == 1 and word in surnames and zipf_cached(word) < _SURNAME_MAX_ZIPF
    pinyin = all(not_english(p) and is_pinyin(p) for p in parts)
    place = all(p in PLACES or not_english(p) and is_pinyin(p) for p in parts)
    return surname, pinyin, place


def _inert(word, surnames) -> bool:
    """Can ``pinyin_names`` report nothing at ``word`` wherever it stands: a province or a large
    city (``lower_name`` reports those), a part English uses and no family name, or no family
    name, no pinyin and no place at all ("he" is a family name English uses too much)?"""
    from .official_names import PLACES
    parts = word.split("-")
    if word in PLACES or any(p in PLACES for p in parts) and len(parts) == 1:
        return True
    if word not in surnames and any(p not in PLACES and zipf_cached(p) >= _NOT_ENGLISH_ZIPF for p in parts):
        return True
    return not any(_name_tests(word, parts, surnames))


# Per list of family names (a rule's ``surnames``): each lower-case word asked -> ``_inert``.
_INERT = {}


def _inert_words(surnames) -> dict:
    if surnames not in _INERT:
        _INERT[surnames] = {}
    return _INERT[surnames]


# The most words of a document looked for with ``uses_of`` (each found with ``str.find``) rather
# than a Python step for every word of the text.
_FEW_LIVE = 12


def pinyin_names(doc, state):
    """Hits for Chinese names in lower case (see the module's docstring). ``state``: the rule's
    ``surnames``, ``titles`` and ``place_nouns`` (lower case)."""
    from .capitalization import _common_word, uses_of
    from ..cedict import chinese_places
    text = doc.text
    surnames, titles, nouns = state["surnames"], state["titles"], state["place_nouns"]
    places = None  # CC-CEDICT's places, in lower case: read when first asked
    counts = None
    glossed = {}
    lower_lines = {}
    done = -1
    inert = _inert_words(surnames)
    live = set()
    for word in set(_CANDIDATE.findall(text)):  # each word of the document judged once (and once a run)
        if word not in inert:
            inert[word] = _inert(word, surnames)
        if not inert[word]:
            live.add(word)
    if not live:
        return  # no word of the document can be a name: most documents stop here
    matches = uses_of(_CANDIDATE, text, live) if len(live) <= _FEW_LIVE \
        else (m for m in _CANDIDATE.finditer(text) if m.group(1) in live)
    for m in matches:
        word = m.group(1)
        if m.start() < done:
            continue
        parts = word.split("-")
        line_start, line_end = doc.line_at(m.start())
        prev = _PREV_WORD.search(text, max(line_start, m.start() - 30), m.start())
        prev_word = prev.group(1).lower() if prev else ""
        after = _NEXT_WORD.match(text, m.end(1), line_end)
        next_word = after.group(1) if after else ""
        surname, pinyin, place = _name_tests(word, parts, surnames)
        span = None
        # after a title a family name: one syllable, or two for a double family name ("Mr.
        # ouyang"); "a professor emerita" is Latin that reads as four syllables of pinyin (a blind
        # clean set's obituary, issue 9, forty-third round)
        if prev and prev_word in titles and (surname or pinyin and len(parts) == 1 and is_pinyin(word, _MOST_FAMILY_SYLLABLES)):
            span = (m.start(1), m.end(1))  # "Premier li", "Mr. zhang"
            if _given_name(next_word):
                span = (m.start(1), after.end(1))  # "Premier li qiang"
        elif surname and _given_name(next_word) \
                and (prev_word in _PERSON_BEFORE and prev.group(1).islower() or _PERSON_AFTER.match(text, after.end(1))):
            span = (m.start(1), after.end(1))  # "said liu wei"
        elif place and next_word in nouns:
            span = (m.start(1), m.end(1))  # "chaoyang district", "qinghai-tibet plateau"
        elif surname and prev_word in _SAID and _ENDS_CLAUSE.match(text, m.end(1)):
            span = (m.start(1), m.end(1))  # "said zhao, the head of"
        elif len(parts) == 1 and pinyin and prev_word in _PLACE_BEFORE and prev.group(1).islower():
            if places is None:
                places = {p.lower() for p in chinese_places()}
            if word in places:
                span = (m.start(1), m.end(1))  # "in jingdezhen"
        elif surname and not _common_word(word) and not _AMOUNT_BEFORE.search(text, max(line_start, m.start() - 20), m.start()):
            if counts is None:
                counts = _counts(text, surnames)
            if counts[1][word] and counts[0][word] <= counts[1][word]:
                span = (m.start(1), m.end(1))  # "Huang Ping ... according to huang"
        if span is None:
            continue
        if in_gloss(text, span[0], span[1], line_start, line_end) or _sentence_case_term(text, span[0], line_start) \
                or in_address(text, span[0], span[1], line_start, line_end) or lower_line(text, line_start, line_end, lower_lines):
            continue
        name = text[span[0]:span[1]]
        if name not in glossed:  # one search per name: a document repeats its names
            glossed[name] = glossed_elsewhere(doc, name)
        if glossed[name]:
            continue  # "Tang ping (躺平)" heading the entry, "If tang ping is ...": the document's term
        done = span[1]
        fix = _LOWER_INITIAL.sub(lambda c: c.group().upper(), name)
        yield Hit(span[0], span[1], fix, {"word": name})


# ---------------------------------------------------------------- common nouns in title case

# A word in title case inside a sentence: after a lower-case word or a comma, or after a word
# that opens the sentence ("The Villagers", "Local Farmers"), and before a lower-case word or a
# mark. Its own guard is checked after its capital (see ``capitalization._CAPS``).
_TITLE_WORD = re_programs.compile(r"([A-Z](?<![\w'’&-][A-Z])[a-z]{2,})(?![\w'’&-])")
_WORD_THEN_SPACE = re_programs.compile(r"(\d(?:[\d,.]*\d)?|[A-Za-z][\w'’-]*)(,?)[ \u00a0]+$")
SENTENCE_OPENS = re_programs.compile(r"(?:^|[.!?:]['\"”’)]?[ \u00a0]+|[\"“‘(][ \u00a0]*|\n[ \t]*)$")
# The words that make a noun phrase whose head a common noun is, not a name: a figure or a
# quantifier ("12 new Teachers", "some Merchants"), "a" or "an" ("a small Shop"), an owner ("its
# Products", "the county's Economy").
_QUANTIFIERS = frozenset("""some many more most several all few various numerous both each every any no other
another fewer dozens hundreds thousands millions""".split())
_OWNERS = frozenset("its their his her our your my".split())
_ARTICLES_A = frozenset({"a", "an"})
_DEFINITE = frozenset({"the", "this", "these", "those", "that"})
# Words a sentence may open with that make the next word's capital no name's: a determiner, a
# quantifier or an adjective of place or time ("Local Farmers", "Many Residents").
_OPENERS = _QUANTIFIERS | _OWNERS | _DEFINITE | _ARTICLES_A | frozenset("""local rural urban foreign
young elderly old new senior retired migrant""".split())
# What follows a head noun and not a name used as an adjective ("the Tally accounting app"):
# a function word, a verb in the past, or a mark.
_FUNCTION_AFTER = frozenset("""a an the to of in on at for with from by that who which whose and or but this these
those is are was were has have had will would can could should may might must did does do been be as than into onto
over under after before during since until through across around near per via about against among between within
without while when where it its their his her our they he she we also not now still already then there here each
every all some more most many such so too very just only even if because although though""".split())
# a filtered view of ``verb_forms.py``: the simple pasts of these verbs
_IRREGULAR_PAST = frozenset(verb_forms.pasts(
    "become begin buy bring build come catch choose draw drive fall flee fly fight find give get grow hold hang keep "
    "know lead leave lose make meet pay put run rise say sink see send set show sell seek spend speak spread stand "
    "strike stick sweep teach think throw tell take understand go win write"))
# Person nouns: a plural of one is a head noun even after "the" ("the Villagers", "the Tourists"),
# where other plurals are as often names ("the Highlands", "the Notes", "the Spurs").
_PERSON_ENDINGS = ("ers", "ors", "ents", "ants", "ists", "ians", "ees")
# Words before a label on a screen or a device ("tap About", "press Start").
_LABEL_VERBS = frozenset("tap tapping press pressing click clicking select selecting choose choosing hit".split())


_AUXILIARIES = frozenset("is are was were has have had will would can could should may might must did does do".split())


def _next_kind(text, end, line_end):
    """What follows the word: "mark" (a mark or the line's end), "verb" (an auxiliary or a verb
    in the past), "function" (another function word), "capital" (a capitalised word) or "word"
    (another lower-case word)."""
    m = _NEXT_TOKEN.match(text[end:min(line_end, end + 40)])
    tok = m.group(1) if m else None
    if not tok:
        return "mark"
    if not tok[0].isalpha():
        return "figure" if tok[0].isdigit() or text[end:end + 2] in (". ",) and text[end + 2:end + 3].isdigit() else "mark"
    if not tok.islower():
        return "capital"
    if tok in _AUXILIARIES or tok in _IRREGULAR_PAST or (tok.endswith("ed") and len(tok) > 4):
        return "verb"
    if tok in _FUNCTION_AFTER:
        return "function"
    return "word"


def _context(text, start, line_start):
    """The word that says what kind of phrase the capitalised word at ``start`` heads, found by
    walking back over up to two lower-case adjectives: ("number" | "quantifier" | "a" | "owner" |
    "definite" | "adjective" | "preposition" | "capital" | "none", the word, whether the phrase
    opens its sentence)."""
    pos = start
    hops = 0
    while True:
        m = _WORD_THEN_SPACE.search(text, max(line_start, pos - 40), pos)
        if not m or m.group(2):
            return ("none", "", False)
        word = m.group(1)
        low = word.lower()
        opens = SENTENCE_OPENS.search(text, max(line_start, m.start() - 4), m.start()) is not None
        if word[0].isdigit():
            if _YEAR.fullmatch(word):
                return ("none", word, opens)  # a year names an event or a text ("the 1992 Consensus")
            # a count after a lower-case word ("hired 12 new Teachers", "more than 40"), not a
            # label or a time opening a line or an item ("Article 2 For", "00:02:15 Why", "2/7 First")
            counted = _LOWER_WORD_BEFORE.search(text[max(line_start, m.start() - 30):m.start()])
            label = m.start() > 0 and text[m.start() - 1] in ":/."  # no empty slice read as a mark at the text's start
            return ("number" if counted and not label else "none", word, opens)
        if not word.islower() and not (opens and low in _OPENERS):
            return ("capital", word, opens)
        if low.endswith(("'s", "’s")) or low in _OWNERS:
            return ("owner", word, opens)
        if low in _ARTICLES_A:
            return ("a", word, opens)
        if low in _DEFINITE:
            return ("definite", word, opens)
        if low in _QUANTIFIERS:
            return ("quantifier", word, opens)
        if opens and low in _OPENERS:
            return ("adjective", word, opens)  # "Local Farmers", "Rural Residents"
        if opens:
            return ("none", word, opens)
        if low in _FUNCTION_AFTER:
            return ("preposition" if hops == 0 else "adjective", word, opens)
        if low in _COMPASS:
            return ("none", word, opens)  # "northern Plains", "west Cork"
        if not _adjective(low):
            # "use Smartphones", "damaged Crops": a verb's object; "briefed Apple", "a share
            # Universal said": a name, or a noun before the word
            if hops:
                return ("adjective", word, opens)  # "to encourage green Travel": an adjective before it
            return ("verb" if low not in _FUNCTION_AFTER else "none", word, opens)
        hops += 1
        if hops > 2:
            return ("adjective", word, opens)
        pos = m.start()


# Adjectives before a noun: common ones of no telling ending, and the endings of adjectives
# ("-al", "-ic", "-ive"); a noun or a verb before the word ("a share Universal said", "briefed
# Apple") makes no phrase it heads.
_ADJECTIVES = frozenset("""new old small large big little young local nearby heavy good bad high low long short full
free fresh main major minor key basic public private rural urban whole same other various modern ancient
famous popular poor rich busy quiet clean safe green hot cold dry wet cheap early late first second third last next
several many few more most some deputy vice acting executive chief assistant""".split())
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ish", "ent", "ant")
# Compass adjectives make a region's name ("northern Plains", "west Cork").
_COMPASS = frozenset("""north south east west northern southern eastern western central upper lower northeast
northwest southeast southwest northeastern northwestern southeastern southwestern inner outer""".split())


def _adjective(word: str) -> bool:
    return word in _ADJECTIVES or len(word) > 4 and word.endswith(_ADJECTIVE_ENDINGS) or word.isdigit()




def _generic_candidate(word, allow, min_zipf) -> bool:
    """Can ``generic_nouns`` report the title-case ``word`` anywhere: a post, a body's or a
    place's noun, or a common word at least ``min_zipf`` frequent, and not one of ``allow``
    (posts and bodies' nouns are judged in context even there)?"""
    low = word.lower()
    title = low in _TITLE_WORDS
    institution = low in _INSTITUTION_WORDS
    from .capitalization import _common_word
    return not (low in allow and not (title or institution) or zipf_cached(low) < min_zipf
                or not (title or institution or _common_word(low)))


# ``_generic_candidate`` per rule's (``allow``, ``min_zipf``): each word worked out once a process.
_GENERIC_VERDICTS = {}


def _generic_verdicts(allow, min_zipf) -> WordFacts:
    key = (frozenset(allow), min_zipf)
    if key not in _GENERIC_VERDICTS:
        _GENERIC_VERDICTS[key] = WordFacts(lambda word: _generic_candidate(word, allow, min_zipf))
    return _GENERIC_VERDICTS[key]


def generic_nouns(doc, state):
    """A common noun in title case inside a sentence, heading its noun phrase: after a figure, a
    quantifier, "a" or "an", an owner or a lower-case adjective ("12 new Teachers", "some
    Merchants", "a small Shop", "its Products", "local Farmers"), or a person noun in the plural
    after "the" ("the Villagers"), and before a function word, a verb in the past or a mark
    ("Teachers this autumn", "Villagers elected", "Products to"). See the rule's description for
    what passes. ``state``: ``allow`` and ``min_zipf``."""
    from .capitalization import _NAME_GOES_ON, defined_words, mostly_foreign, headline_or_named, clause_window
    text = doc.text
    allow, min_zipf = state["allow"], state["min_zipf"]
    headline = {}
    uses = None  # how often the document writes each word with its capital, and beside another capitalised word
    # The words that may be reported wherever they stand (``_generic_candidate``), judged once
    # a process for each distinct word, as the rule's words are the same in every document.
    judged = _generic_verdicts(allow, min_zipf)
    for m in _TITLE_WORD.finditer(text):
        word = m.group(1)
        if not judged[word]:
            continue
        low = word.lower()
        title = low in _TITLE_WORDS
        institution = low in _INSTITUTION_WORDS
        line_start, line_end = doc.line_at(m.start())
        if SENTENCE_OPENS.search(text, max(line_start, m.start(1) - 4), m.start(1)):
            continue  # its sentence's first word
        after = _next_kind(text, m.end(1), line_end)
        aux = _MODAL_BEFORE.search(text, max(line_start, m.start(1) - 24), m.start(1))
        if aux:
            # "will Connect the two districts", "have Grown steadily": a verb after its auxiliary
            auxiliary = " ".join(aux.group().split()[:2 if aux.group().startswith("to be") else 1])
            if after == "capital" or not _verb_form(low, auxiliary) or _QUESTION_WORDS.search(text, max(line_start, aux.start() - 40), aux.start()):
                continue
            if headline_or_named(doc, headline, m.start(1), line_start, line_end):
                continue
            yield Hit(m.start(1), m.end(1), low, {"word": word})
            continue
        plural_person = low.endswith(_PERSON_ENDINGS)
        if after not in ("function", "verb", "mark") and not (after == "word" and plural_person and not _name_head_after(text, m.end(1))):
            continue  # "the Telegram channel": a name as an adjective; "Water Resources": a longer name
        if _NAME_GOES_ON.match(text, m.end(1)) or _NAME_GOES_ON_TOO.match(text, m.end(1)):
            continue  # "a Fellow of the Royal Society", "Black and Hispanic", "Gale or Storm Signal", "Merchants &"
        kind, before, opens = _context(text, m.start(1), line_start)
        if kind in ("none", "capital", "preposition"):
            continue
        if form_of_address(text, m.start(1), word):
            continue  # "my honourable Friend", "the noble Lord": a parliament's form of address
        if title and (kind in ("owner", "verb") or kind == "definite" and not _SAID_AFTER.match(text, m.end(1))
                      or low in allow and kind == "adjective" and opens):
            continue  # "the Mayor is expected", "its Director": a post a house style capitalises
        if kind == "verb" and not _plural_of_common(low):
            continue  # "briefed Apple", "reach Phoenix": a name as an object; "use Smartphones" is a plural
        if kind == "definite" and not plural_person and not (institution and after != "mark" and before.lower() == "the") \
                and not title:
            continue  # "the Embassy", "the Notes", "the Highlands": a name or a defined term after "the"
        if institution and kind in ("owner", "verb"):
            continue  # "its School", "joined the University": a house style's short name
        if kind == "a" and not low.endswith("s") and not (title and _GENERIC_AFTER.match(text, m.end(1))) and _A_OR_AN_BEFORE.search(text[max(line_start, m.start(1) - 4):m.start(1)]):
            continue  # "a Master who", "before a Magistrate,": a role a legal or an old text capitalises
        if kind == "owner" and not low.endswith("s") and after == "function":
            continue  # "keeps his Hold as a Farmer": an old text's capitals
        if kind in ("a", "definite") and _TO_A_NAME.match(text, m.end(1)):
            continue  # "a Welcome to Country", "the Road to Damascus": a title
        if _AFTER_A_NAME.search(text, max(line_start, m.start(1) - 40), m.start(1)):
            continue  # "the Jets and the Giants": one of a pair of names
        if before.lower() in _LABEL_VERBS:
            continue
        if text[m.end(1):m.end(1) + 1] == "." and text[m.end(1) + 1:m.end(1) + 3].strip()[:1].isdigit():
            continue  # "No. 3"
        if uses is None:
            uses = _capital_uses(text)
        if sum(uses[0][w] for w in _forms(word)) > 1 or any(uses[1][w] for w in _forms(word)):
            continue  # the document's name for something: used with its capital again, or inside a longer name
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if low in defined_words(text):
            continue
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), low, {"word": word})


_SPACES = re_programs.compile(r"[ \u00a0]+")
_NAME_OF = re_programs.compile(r"[ \u00a0]+(?:of|for|and|on|&)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


# More that makes a name go on after the word ("Gale or Storm Signal", "Merchants & those"), or
# stand in a pair with another ("the Jets and the Giants").
_NAME_GOES_ON_TOO = re_programs.compile(r"[ \u00a0]*(?:&|[ \u00a0]or[ \u00a0]+[A-Z])")
_TO_A_NAME = re_programs.compile(r"[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
# Nouns of bodies that introduce their own name after them ("the charity Later Years", "the
# campaign group Better Streets"), read as no verb before a run of title-case words.
_NAME_INTRODUCERS = frozenset("""charity charities foundation trust society association union coalition alliance
organisation organization group firm company startup start-up studio network collective cooperative co-operative
think-tank thinktank party band club team label publisher newspaper magazine app brand campaign movement""".split())
_AFTER_A_NAME = re_programs.compile(r"\b[A-Z][a-z]+[ \u00a0]+(?:and|or|&)[ \u00a0]+(?:the[ \u00a0]+)?$")


# Places and bodies named by a common noun: capitalised after "the" they are a name's short form
# only where the document names the place or the body in full ("the University" after "Osaka
# University", "the Ministry" after "the Ministry of Manpower"); otherwise the engine capitalised
# a common noun ("make the Village cleaner", "links the Village with"). Not "government",
# "company", "group", "council", "commission", "court", "office", "authority", "agency", "state",
# "party", "police", "centre", nor "ministry", "department", "committee", "university",
# "college": house styles capitalise those alone ("the Government should", "the Company sold", "the
# Group carried", India's "the Centre", a parliament's "What steps the Department is taking", a
# university's own "the University announced"); none of the listed ones stands so in the clean
# sets (caps8, about 1,200,000 words).
_INSTITUTION_WORDS = frozenset("""village villages county counties city province provinces township town district bureau
school hospital zone area region street station park
factory plant market museum airport bridge project plan program programme river lake mountain road highway railway
port center festival bank library temple hotel restaurant shop store farm mine reservoir dam canal tunnel expressway
scheme fund team club association institute academy foundation society union network platform system exhibition
fair forum summit conference competition contest campaign""".split())
# Posts: capitalised after "the" or an owner as a house style ("the Mayor", "its Director"), not
# after "a", a quantifier or a figure, where the post is no one's ("A Spokesman for the bureau
# said", "Several Ministers attended"; the blind sets' "title capitalised with no name").
_TITLE_WORDS = frozenset("""mayor mayors minister ministers governor governors director directors secretary
secretaries chairman chairwoman president presidents premier spokesman spokeswoman spokesperson official officials
officer officers judge judges professor professors ambassador ambassadors deputy deputies""".split())
# What follows a post that is no one's: a preposition and a lower-case word, or a verb ("a
# Spokesman for the bureau", "a Spokesman said"); not a mark ("before a Magistrate,").
_GENERIC_AFTER = re_programs.compile(r"[ \u00a0]+(?:(?:for|at|from|with|in|of)[ \u00a0]+[a-z]|said\b|says\b|told\b)")


def _plural_of_common(low) -> bool:
    """Is ``low`` the plural of a common word ("smartphones", "businesses", "factories")?"""
    from .capitalization import _common_word
    if not low.endswith("s") or low.endswith("ss"):
        return False
    stems = [low[:-1]]
    if low.endswith("ies"):
        stems.append(low[:-3] + "y")
    if low.endswith("es"):
        stems.append(low[:-2])
    return any(_common_word(s) for s in stems)


# A verb of saying after a post: "the Mayor said" names no one, where house styles that capitalise
# a post alone do so before other verbs too ("The Premier is expected", "back the Minister").
_SAID_AFTER = re_programs.compile(r"[ \u00a0]+(?:said|says|told|added|stated|noted|announced|stressed)\b")


def _forms(word):
    """The word and its singular or plural ("Note", "Notes"; "Bill", "Bills")."""
    return (word, word[:-1]) if word.endswith("s") else (word, word + "s")


def _name_head_after(text, end) -> bool:
    """Is the next word a head noun of a body's, a work's or an app's name ("the Members app",
    "the Workers Party")?"""
    from .capitalization import _BODY_HEADS, _NAMING_NOUN_WORDS
    m = _SPACES_THEN_LOWER.match(text[end:end + 30])
    return bool(m) and (m.group(1) in _BODY_HEADS or m.group(1) in _NAMING_NOUN_WORDS
                        or m.group(1) in ("account", "card", "page", "site", "portal", "platform", "channel"))


def _capital_uses(text):
    """How often the document writes each capitalised word outside the start of a sentence, and
    how often beside another capitalised word (inside a longer name: "Rice Research Institute");
    a word that opens the sentence before it ("The Villagers", "Local Farmers") is no part of a
    name."""
    alone, in_name = Counter(), Counter()
    words = [(m.start(), m.end(), m.group(1)) for m in _CAPITALISED_WORD.finditer(text)]
    opening = [SENTENCE_OPENS.search(text, max(0, s - 4), s) is not None for s, _, _ in words]
    for i, (start, end, word) in enumerate(words):
        if opening[i]:
            continue
        before = (i > 0 and _SPACES.fullmatch(text, words[i - 1][1], start) is not None
                  and not (opening[i - 1] and words[i - 1][2].lower() in _OPENERS))
        after = i + 1 < len(words) and _SPACES.fullmatch(text, end, words[i + 1][0]) is not None
        goes_on = _NAME_OF.match(text, end) is not None  # "Ministry of Manpower", "College of Design"
        (in_name if before or after or goes_on else alone)[word] += 1
    return alone, in_name


# A modal or an auxiliary before a verb: "will Connect the two districts", "have Grown steadily".
_MODAL_BEFORE = re_programs.compile(r"(?<![\w'’-])(?:will|would|can|could|should|may|might|must|shall|has|have|had|to be|been|being|"
                                    r"is|are|was|were)[ \u00a0]+(?:not[ \u00a0]+|also[ \u00a0]+|further[ \u00a0]+|already[ \u00a0]+)?$")
# A question's opening: "How can Apple compete", "Why did Google": a subject after the auxiliary.
_QUESTION_WORDS = re_programs.compile(r"(?:^|[.!?\"“][ \u00a0]*)(?:[A-Z][a-z]+[ \u00a0]+){0,3}$")


def _verb_form(low: str, auxiliary: str) -> bool:
    """Is ``low`` a verb form that fits after ``auxiliary``: a participle after a form of "have"
    or "be" ("grown", "increased"), a base form after a modal (a common word that is no plural)?"""
    from .capitalization import _VERB_FORM
    participle = bool(_VERB_FORM.fullmatch(low)) or low in _PARTICIPLES
    if auxiliary in ("has", "have", "had", "been", "being"):
        return participle
    if auxiliary in ("is", "are", "was", "were", "to be"):
        return participle and low.endswith(("ed", "en"))
    return not low.endswith("s") and not participle


# a filtered view of ``verb_forms.py``: the past participles of these verbs
_PARTICIPLES = frozenset(verb_forms.participles(
    "become begin buy break bring build choose do drive fall find freeze give go grow hold keep know lead leave lose "
    "make meet pay rise see send set show sell spend speak steal take think tell understand win write"))


# ---------------------------------------------------------------- a name's own letters

# A word as a name may spell it: letters, digits, an inner apostrophe, full stop or hyphen
# ("McDonald's", "JD.com", "Li-Ning").
_NAME_TOKEN = re_programs.compile(r"(?<![\w@#/&'’.-])([A-Za-z][A-Za-z0-9]*(?:['’.-][A-Za-z0-9]+)*)(?![\w@/&-]|\.\w)")
_INNER_CAPITAL = re_programs.compile(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]")


def _sentence_first(text, start, line_start) -> bool:
    return SENTENCE_OPENS.search(text, max(line_start, start - 4), start) is not None


# What any word with a capital inside it (``_CAPITAL_AFTER_LOWER``, ``_INNER_CAPITAL``) holds:
# a document without it has no spelling of its own for ``name_letters`` to hold others to. Found
# where ``[a-z][A-Z]|[A-Z]{2}[a-z]`` is (a capital after a lower-case letter, or two capitals
# before one), written to start at its capital: the engine skips to capitals in C, a quarter of
# the time of the alternation (issue 13, speed41a; tests/test_capital_patterns41.py checks the two agree).
_INNER_SHAPE = re_programs.compile(r"[A-Z](?:(?<=[a-z][A-Z])|[A-Z][a-z])")


def _lower_runs(doc) -> frozenset:
    """``letter_runs`` in lower case: a word ``name_letters`` reads, in any case, is made of them."""
    runs = doc.cache.get("capitalization-letter-runs-lower")
    if runs is None:
        runs = doc.cache["capitalization-letter-runs-lower"] = frozenset(r.lower() for r in letter_runs(doc))
    return runs


def name_letters(doc, state):
    """A name written with other letters in capitals than its own: a name of ``names`` ("WeChat",
    "ByteDance", "BYD", "Huawei") written "Wechat", "Bytedance", "Byd", "huawei", and a name
    the document writes with a capital inside it ("PetroChina") written otherwise elsewhere
    with a capital ("Petrochina"; "lidar" beside "LiDAR" is the common noun). Capitals throughout pass ("HUAWEI", a headline's or a brand's style), and a
    sentence's first word may open with a capital ("IPhone" there is left alone)."""
    from .capitalization import uses_of
    text = doc.text
    listed = state["names"]  # {"wechat": "WeChat"}
    if not _INNER_SHAPE.search(text) and not may_hold(_lower_runs(doc), tuple(listed)):
        return  # no word with a capital inside it and no listed name's letters: nothing to spell otherwise
    own = {}
    lower_lines = {}
    words = set(_NAME_TOKEN.findall(text))  # the text's words, each judged once; their places read only where needed
    inner = {word for word in words if not word[1:].islower()  # no capital after the first letter: "Huawei", "said"
             and (_CAPITAL_AFTER_LOWER.search(word) or _INNER_CAPITAL.search(word))}
    for m in uses_of(_NAME_TOKEN, text, inner):
        word, start = m.group(1), m.start(1)
        if _CAPITAL_AFTER_LOWER.search(word) or not _sentence_first(text, start, doc.line_at(start)[0]):
            own.setdefault(word.lower(), word)  # "PetroChina": the document's own spelling ("IPhone" opening a sentence is not)
    asked = {}  # a word of the text -> (it without "'s", the name it spells) where the two differ
    for token in words:
        low = token.lower()
        word = token
        good = listed.get(low) or own.get(low)
        if good is None and low.endswith(("'s", "’s")):
            word, low = token[:-2], low[:-2]  # "Petrochina's"
            good = listed.get(low) or own.get(low)
        if good is None or word == good:
            continue
        if word.islower() and low not in listed:
            continue  # "LiDAR" and "lidar": a word in lower case may be the common noun the name spells
        if word.isupper() and not good.isupper():
            continue  # "HUAWEI", "WECHAT PAY": capitals throughout
        asked[token] = (word, good)
    for m in uses_of(_NAME_TOKEN, text, asked):
        word, good = asked[m.group(1)]
        start = m.start(1)
        end = start + len(word)
        line_start, line_end = doc.line_at(start)
        if _sentence_first(text, start, line_start) and word[1:] == good[1:]:
            continue  # "IPhone sales ..." opening a sentence
        if word.islower() and (in_gloss(text, start, end, line_start, line_end)
                               or in_address(text, start, end, line_start, line_end)
                               or lower_line(text, line_start, line_end, lower_lines)):
            continue  # "@wechat", "wechat.com", a handle's post in lower case
        yield Hit(start, end, good, {"word": word, "other": good})


# ---------------------------------------------------------------- a formal title in lower case

# What may stand before a formal title used as part of a name: a mark, or a word that governs the
# whole name ("by president Xi Jinping", "said premier Li"); not "the", "former", "then", a
# capitalised word or a noun, which make the title a description ("Union president Derek
# Fournier", "the former president Donald Trump").
_TITLE_GOVERNORS = frozenset("""by with and said says told met meet meets meeting to from that when as for on at after
between under of while""".split())


# Participles that describe the holder of a post rather than govern the name ("the newly
# elected president", "the ousted premier"): no verb of meeting before a name.
_DESCRIBING_PARTICIPLES = frozenset("""elected appointed named retired disgraced deposed ousted jailed exiled assassinated
impeached re-elected reelected designated acting""".split())


def _verb_of_meeting(word: str) -> bool:
    """Is ``word`` a verb in the past taking a person as its object before the title ("thanked
    president Xi Jinping", "congratulated premier Li Qiang"): lower case, ending in "-ed", no
    participle that describes the post's holder?"""
    return word.islower() and len(word) > 4 and word.endswith("ed") and word not in _DESCRIBING_PARTICIPLES


@lru_cache(maxsize=8)
def _title_pattern(titles: tuple):
    """The titles, longest first, before a capitalised name (compiled once)."""
    alts = "|".join(re.escape(t).replace(r"\ ", r"[ \u00a0-]") for t in sorted(titles, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(" + alts + r")[ \u00a0]+(?=[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?(?![\w'’-]))")


# A nation's adjective or short name before the title: "Chinese president Xi Jinping", "US
# president Joe Biden" (not "Union president Derek Fournier", a body's post).
_DEMONYM_BEFORE = re_programs.compile(r"(?<![\w'’.-])(?:[A-Z][a-z]+(?:ese|ian|an|ish|ch|i)|U\.?S\.?|U\.?K\.?|EU)[ \u00a0]+$")


def titles_before_names(doc, state):
    """A formal title of a head of state or government (``titles``: "president", "premier",
    "vice premier") in lower case right before a person's capitalised name, after a word that
    governs the whole name or a mark ("a speech by president Xi Jinping", "On Tuesday, premier
    Li Qiang chaired"): a title before a name is part of it and takes capitals in news English."""
    text = doc.text
    if not state["titles"]:
        return
    titles = tuple(sorted(state["titles"]))
    if not may_hold(letter_runs(doc), titles):
        return  # no title's words in the document (each is bounded by no letter, as ``_title_pattern`` asks)
    for m in _title_pattern(titles).finditer(text):
        line_start, _ = doc.line_at(m.start())
        before = text[max(line_start, m.start() - 30):m.start()]
        demonym = _DEMONYM_BEFORE.search(before)
        if demonym:
            before = before[:demonym.start()]  # "by Chinese president Xi Jinping": what stands before "Chinese"
        if _MARK_OR_START_BEFORE.search(before) or demonym and SENTENCE_OPENS.search(before):
            pass  # "On Tuesday, premier Li Qiang", "Chinese president Xi Jinping said"
        else:
            word = _WORD_AND_SPACES_END.search(before)
            if not word or not (word.group(1) in _TITLE_GOVERNORS or _verb_of_meeting(word.group(1))):
                continue
        if _sentence_first(text, m.start(1), line_start):
            continue  # the sentence's first word: ``sentence_start`` reads it
        title = m.group(1)
        yield Hit(m.start(1), m.end(1), " ".join(w[0].upper() + w[1:] for w in title.split()), {"word": title})


# ---------------------------------------------------------------- names of common words in lower case

_INDEFINITE_BEFORE = re_programs.compile(r"(?<![\w'’-])(?:a|an|A|An)[ \u00a0]+$")
# An owner before a phrase English also uses as a common noun phrase: "the firm's long march",
# "its long march" (good32), as "a long march" is one; "China's great wall" stays a name.
_COMMON_PHRASES = frozenset({"long march", "great leap forward", "cultural revolution"})
_OWNER_BEFORE = re_programs.compile(r"(?:\w['’]s|\ws['’]|(?<![\w'’-])(?:" + "|".join(w + "|" + w.capitalize() for w in sorted(_OWNERS))
                                    + r"))[ \u00a0]+$")


# "in each German state", "of every province": the phrase is one of many, so a common noun
# phrase, not the one body or place its capitals would name (detect43d good set). "in a
# snowstorm", "in its heyday" say nothing of how many: the landmark before them stays (rm43d).
_EACH_AFTER = re_programs.compile(r"[ \u00a0]+(?:in|of|for)[ \u00a0]+(?:each|every|any|another)[ \u00a0]")


@lru_cache(maxsize=8)
def _phrase_pattern(phrases: tuple):
    """One pattern for the phrases, longest first, each word apart by spaces (compiled once)."""
    alts = "|".join(re.escape(p).replace(r"\ ", r"[ \u00a0]+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"(?<![\w'’@#/.-])(" + alts + r")(?![\w@/-]|\.\w)")


def lower_phrases(doc, state):
    """A name made of English words written wholly in lower case ("the great wall", "the yellow
    river", "the state council"): ``phrases``, names English always capitalises and never uses
    as common nouns. Passed: a line set in lower case throughout, the phrase in an address, and
    the phrase after "a", and a phrase English also uses as a common noun phrase after an owner
    ("a long march", "the firm's long march"; not "China's great wall")."""
    text = doc.text
    if not state["phrases"]:
        return
    phrases = tuple(sorted(state["phrases"]))
    if not may_hold(letter_runs(doc), phrases):
        return  # no phrase's words all in the document (each is bounded by no letter, as ``_phrase_pattern`` asks)
    lower_lines = {}
    for m in _phrase_pattern(phrases).finditer(text):
        line_start, line_end = doc.line_at(m.start())
        if lower_line(text, line_start, line_end, lower_lines) or in_address(text, m.start(1), m.end(1), line_start, line_end):
            continue
        if _INDEFINITE_BEFORE.search(text, max(line_start, m.start(1) - 4), m.start(1)):
            continue  # "a long march", "a great wall of water": a common noun phrase, no name (caps9)
        if _EACH_AFTER.match(text, m.end(1)):
            continue  # "the state council in each German state": one of many, a common noun phrase (detect43d)
        if m.group(1) in _COMMON_PHRASES and _OWNER_BEFORE.search(text, max(line_start, m.start(1) - 8), m.start(1)):
            continue  # "the firm's long march": an owner's, a common noun phrase too (good32)
        name = m.group(1)
        fix = " ".join(w if w in ("of", "the", "and") else w[0].upper() + w[1:] for w in name.split())
        yield Hit(m.start(1), m.end(1), fix, {"word": name})


# A run of two to four words in title case, each a word of letters ("Smoke Detectors", "High
# Quality Development"); hyphenated words count as one ("Short-Video Platforms").
_TITLE_RUN = re_programs.compile(r"([A-Z](?<![\w'’&-][A-Z])[a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \u00a0][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})"
                                 r"(?![\w'’&-])(?![ \u00a0]+[A-Z])")


def generic_runs(doc, state):
    """A common noun phrase of two to four words in title case inside a sentence, heading its
    phrase as ``generic_nouns`` reads one word ("fight Telecom Fraud among", "installed Smoke
    Detectors in", "20 Smart Greenhouses for", "promote High Quality Development of"): every
    word common and written in lower case by CC-CEDICT's glosses, none the head of a body's, a
    place's or a programme's name, and the run used once."""
    from .capitalization import (_common_word, mostly_foreign, clause_window, _defined_terms, headline_or_named, _NAME_GOES_ON,
                                 _BODY_HEADS, _RUN_NAME_HEADS, _RUN_NAME_OPENERS, whole_word_count)
    text = doc.text
    allow, min_zipf = state["allow"], state["min_zipf"]
    headline = {}
    slogans = state["phrases"]
    repeated = {}
    for m in _TITLE_RUN.finditer(text):
        run = m.group(1)
        words = run.split()
        low = [w.lower() for w in words]
        parts = [p for w in low for p in w.split("-")]
        if " ".join(low) in slogans:
            hit = _slogan(doc, m, headline)
            if hit:
                yield hit
            continue
        if any(p in allow or p in _BODY_HEADS or zipf_cached(p) < 3.0 or not (_common_word(p) or zipf_cached(p) >= 4.5)
               for p in parts):
            continue  # "Tally Assist", "Grade One": a rarer word or a name's head
        head = low[-1]
        plural = head.endswith("s") and _common_word(head[:-1])
        if zipf_cached(head[:-1] if plural else head) < min_zipf or head in _RUN_NAME_HEADS or low[0] in _RUN_NAME_OPENERS \
                or low[0] in _COLOURS:
            continue  # "Mao told Red Guards", "the Green Berets": a colour opens a group's or a body's name
        line_start, line_end = doc.line_at(m.start())
        if SENTENCE_OPENS.search(text, max(line_start, m.start(1) - 4), m.start(1)):
            continue
        after = _next_kind(text, m.end(1), line_end)
        if after not in ("function", "verb", "mark"):
            continue  # "the Rural Revitalization work": before a noun, the run may be a programme's name
        if _NAME_GOES_ON.match(text, m.end(1)) or _NAME_GOES_ON_TOO.match(text, m.end(1)):
            continue
        kind, before, opens = _context(text, m.start(1), line_start)
        if kind in ("none", "capital", "preposition", "definite"):
            continue  # "the Lunar New Year", "in Hong Kong": after "the" or a preposition, a name
        if kind == "verb" and before.lower() in _NAME_INTRODUCERS:
            continue  # "the charity Later Years", "the think-tank New Horizons": a noun naming what follows
        if not plural and not (kind == "verb" and _VERB_BEFORE_RUN.fullmatch(before.lower()) and after == "function"):
            continue  # a singular run is a name's as often ("an Employment Assistance Payment", "expand Tally
            #           Assist, a chatbot"), but not after "promote" or "fight" and before "of" or "among"
        if kind in ("a", "owner"):
            continue  # "the district's Care Teams", "a Purple Heart": a name's
        if kind in ("a", "definite") and _TO_A_NAME.match(text, m.end(1)):
            continue
        if _AFTER_A_NAME.search(text, max(line_start, m.start(1) - 40), m.start(1)):
            continue
        if before.lower() in _LABEL_VERBS:
            continue
        if run not in repeated:  # one search per run: a document repeats its runs
            repeated[run] = whole_word_count(text, run, 2) > 1
        if repeated[run]:
            continue  # the document's name for something
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if " ".join(low) in _defined_terms(text):
            continue
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), " ".join(low), {"word": run})


_LAST_WORD = re_programs.compile(r"([A-Za-z][\w'’-]*)[ \u00a0]+$")
_NAME_HEAD_BEFORE = re_programs.compile(r"[A-Z][\w'’-]*[ \u00a0]+(?:(?:of|for|and|on)[ \u00a0]+)?(?:the[ \u00a0]+)?$")


def _slogan(doc, m, headline):
    """A policy term of ``phrases`` in title case inside a sentence ("promote Common Prosperity",
    "the Rural Revitalization of the county"), not inside a longer name or a title ("the County
    Rural Revitalization Bureau", "China's Rural Revitalization: Practice and Progress")."""
    from .capitalization import _NAME_GOES_ON, headline_or_named
    text = doc.text
    line_start, line_end = doc.line_at(m.start())
    if SENTENCE_OPENS.search(text, max(line_start, m.start(1) - 4), m.start(1)):
        return None
    before = _LAST_WORD.search(text, max(line_start, m.start(1) - 40), m.start(1))
    if not before or not before.group(1).islower():
        return None  # "China's Rural Revitalization", "Congjiang County Rural Revitalization": a longer name
    if before.group(1) in ("of", "for", "and", "on", "the") and _NAME_HEAD_BEFORE.search(
            text, max(line_start, before.start(1) - 40), before.start(1)):
        return None  # "the Municipal Bureau of Rural Revitalization": the end of a body's name
    if _next_kind(text, m.end(1), line_end) in ("capital", "figure") or _NAME_GOES_ON.match(text, m.end(1)) \
            or text[m.end(1):m.end(1) + 1] == ":":
        return None  # "Green Development Guidelines", "Rural Revitalization: Practice": a title
    if headline_or_named(doc, headline, m.start(1), line_start, line_end):
        return None
    return Hit(m.start(1), m.end(1), m.group(1).lower(), {"word": m.group(1)})


_COLOURS = frozenset("red white black blue green yellow golden silver purple orange brown grey gray pink".split())


# Verbs that take a thing as their object, before a singular run in title case ("promote High
# Quality Development", "fight Telecom Fraud"): a name after a verb is mostly a person's, a
# place's or a firm's, which these verbs seldom take.
_VERB_BEFORE_RUN = re_programs.compile(r"(?:promote|promotes|promoting|promoted|develop|develops|developing|"
                                       r"fight|fights|fighting|boost|boosts|boosting|improve|improves|improving|"
                                       r"strengthen|strengthens|strengthening|advance|advances|advancing|use|uses|using|"
                                       r"build|builds|building|expand|expands|expanding|support|supports|supporting|"
                                       r"encourage|encourages|encouraging|combat|combating|combatting|prevent|prevents|"
                                       r"preventing|achieve|achieves|achieving|pursue|pursues|pursuing|ensure|ensures|"
                                       r"ensuring|accelerate|accelerates|accelerating)")


# ---------------------------------------------------------------- a text that opens in lower case

_FIRST_WORD = re_programs.compile(r"\s*([a-z][a-z'’]*)(?=[ \u00a0,;:])")


# Short words that open a sentence; other words of one or two letters opening a text are a brand
# or an abbreviation kept in lower case ("bp", "dj"). Particles of names ("de Gaulle").
_SHORT_OPENERS = frozenset("a an in on at by to we it he as if so no my up of or".split())
_NAME_PARTICLES = frozenset("de van von der den al el bin ibn da di du la le dos das del".split())


def opening_lower(doc, state):
    """The first word of a text in lower case, where the first line is a sentence of prose: eight
    words or more, a capitalised word after the first, a full stop, question or exclamation mark
    at its end ("the county will build 300 kilometres of roads this year, officials said.").
    ``lowercase-sentence-start`` reads the sentences after a stop; the first has none before it.
    Passed: a list's letter ("a. The maximum payout"), a handle or an address ("r/MandarinLearners"),
    a word English rarely uses (a name kept in lower case: "vivo", "iPhone"), and a line of
    fewer words (a tag line, a heading)."""
    text = doc.text
    m = _FIRST_WORD.match(text)
    if not m:
        return
    line_start, line_end = doc.line_at(m.start(1))
    line = text[line_start:line_end]
    words = _LETTER_RUN.findall(line)
    if len(words) < 8 or not any(w[0].isupper() for w in words[1:]) or not _STOP_AT_END.search(line):
        return
    if _LIST_LETTER.match(text[m.start(1):m.start(1) + 2]) or _HANDLE_MARK.search(text[m.start(1):m.end(1) + 2]):
        return
    word = m.group(1)
    if zipf_cached(word.lower()) < 3.5 or word.lower() in state["allow"]:
        return
    if len(word) <= 2 and word not in _SHORT_OPENERS or word in _NAME_PARTICLES and _SPACES_THEN_CAPITAL.match(text[m.end(1):m.end(1) + 3]):
        return  # "bp said", "de Gaulle's memoirs", "van Gogh's": a brand or a name's particle
    yield Hit(m.start(1), m.end(1), word[0].upper() + word[1:], {"word": word})


# ---------------------------------------------------------------- a word in capitals that heads its phrase

_DETERMINER_OR_COUNT = re_programs.compile(r"(?:\b(?:the|a|an|its|their|this|that|these|those|our|his|her|your|my|"
                                           r"some|many|several|more|most|all|each|every)|['’]s|\d)[ \u00a0]+$", re.IGNORECASE)


def caps_heads_phrase(text, start, end, line_start, line_end) -> bool:
    """Is the word in capitals at ``start``-``end`` an ordinary word by its place: the head of a
    noun phrase, after a determiner, an owner or a figure and before a function word or a verb
    ("the HARVEST was", "The VILLAGE now has"; a name or an acronym in capitals after "the" is
    an adjective before its noun: "the JUICE mission", "the CARE scheme"), or a verb after its
    auxiliary ("had DOUBLED compared")? ``all_caps`` asks it of a common word (CC-CEDICT's
    glosses write it in lower case) of five letters or more."""
    aux = _MODAL_BEFORE.search(text, max(line_start, start - 24), start)
    low = text[start:end].lower()
    if aux:
        auxiliary = " ".join(aux.group().split()[:2 if aux.group().startswith("to be") else 1])
        return _verb_form(low, auxiliary) and _next_kind(text, end, line_end) in ("function", "verb", "word", "mark")
    return (_DETERMINER_OR_COUNT.search(text, max(line_start, start - 12), start) is not None
            and _next_kind(text, end, line_end) in ("function", "verb"))
