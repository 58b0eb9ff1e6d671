"""Chinese names written in lower case (``capitalization`` mode ``pinyin_name``): a person's
name after a title ("Premier li qiang", "Mr. zhang"), a family name and a given name both in
lower case ("said liu wei"), a place before the noun that says what it is ("chaoyang district",
"xiaogang village"), a place after a preposition of place ("in jingdezhen"), and a name the
same document writes with its capital elsewhere ("Huang Ping ... according to huang").

Chinese has no letter case: an engine that does not take a romanised word for a name leaves it
in lower case, and an editor marks it. The tests read the shape of the words, not a list of
names: a name in pinyin is made of pinyin syllables and is no English word (wordfreq, and
CC-CEDICT's glosses, which write English words in lower case), and what stands around it (a
title, a family name, a place noun, a preposition of place) says it is a name. A romanised word
English borrows ("hukou", "guanxi", "tang ping") stands in a gloss: in quotation marks or
brackets, after "called", "known as", "the term", or beside other words of pinyin; those pass.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import Hit
from .. import re_programs
from ..cedict import pinyin_word
from ..zipf import zipf_cached

# A word English does not use below this Zipf frequency: a name in pinyin ("jinping" 2.8,
# "qiang" 2.4, "chaoyang" 1.8) rather than an English word that spells a syllable ("ping" 3.8).
_NOT_ENGLISH_ZIPF = 3.0
# A given name has at most three syllables; a family name one (two for "ouyang", "sima": left out).
_MAX_GIVEN_SYLLABLES = 3

_WORD_AT = re_programs.compile(r"[a-z]+(?:['’][a-z]+)?")
_WORD_BEFORE = re_programs.compile(r"([A-Za-z]+)\.?[ \u00a0]+$")
_HAN = re_programs.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
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


def _in_gloss(text, start, end, line_start, line_end) -> bool:
    """Is the stretch ``start``-``end`` a romanised word quoted or glossed ("the term tang ping",
    '"neijuan"', "(guanxi)"), one of several words of pinyin or of another language in a row
    ("gongtong fuyu"), or near Chinese characters?"""
    if _GLOSS_BEFORE.search(text, max(line_start, start - 24), start):
        return True
    if _GLOSS_AFTER.match(text, end, line_end):
        return True
    before = re.search(r"([A-Za-z]+)[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?$", text[max(line_start, start - 30):start])
    if before and _pinyin_neighbour(before.group(1)):
        return True
    after = re.match(r"[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?([A-Za-z]+)", text[end:min(line_end, end + 30)])
    if after and _pinyin_neighbour(after.group(1)):
        return True
    return _HAN.search(text, max(line_start, start - 15), min(line_end, end + 15)) is not None


def _glossed_elsewhere(doc, name) -> bool:
    """Does the document write ``name`` (in any case) in a gloss somewhere: beside Chinese
    characters, quoted or explained ("Tang ping (躺平)" opening an entry)?"""
    text = doc.text
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", text, re.IGNORECASE):
        line_start, line_end = doc.line_at(m.start())
        if _in_gloss(text, m.start(), m.end(), line_start, line_end):
            return True
    return False


def _in_address(text, start, end, line_start, line_end) -> bool:
    """Is the word part of an address, a handle, a tag or a file name ("@lihua", "#wuhan",
    "beijing.gov.cn", "li_qiang")?"""
    lo = start
    while lo > line_start and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < line_end and not text[hi].isspace():
        hi += 1
    return re.search(r"[/@_\\#]|\.\w|www|://", text[lo:hi]) is not None


def _lower_line(text, line_start, line_end) -> bool:
    """Is the line set in lower case throughout (a handle's post, a tag line)?"""
    line = text[line_start:line_end]
    return len(re.findall(r"[A-Za-z]+", line)) >= 3 and not any(map(str.isupper, line))


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
    """How often the document writes each word in lower case, and how often it writes each
    family name of ``surnames`` capitalised before a given name of pinyin ("Huang Ping"): read
    once per document."""
    lower = Counter(re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text))
    named = Counter(m.group(1).lower() for m in _FULL_NAME.finditer(text)
                    if m.group(1).lower() in surnames and _given_name(m.group(2).lower()))
    return lower, named


def pinyin_names(doc, state):
    """Hits for Chinese names in lower case (see the module's docstring). ``state``: the rule's
    ``surnames``, ``titles`` and ``place_nouns`` (lower case)."""
    from .official_names import PLACES
    from .capitalization import _common_word
    from ..cedict import chinese_places
    text = doc.text
    surnames, titles, nouns = state["surnames"], state["titles"], state["place_nouns"]
    places = None  # CC-CEDICT's places, in lower case: read when first asked
    counts = None
    glossed = {}
    done = -1
    for m in _CANDIDATE.finditer(text):
        if m.start() < done:
            continue
        word = m.group(1)
        parts = word.split("-")
        if word in PLACES or any(p in PLACES for p in parts) and len(parts) == 1:
            continue  # ``lower_name`` reports the provinces and large cities
        line_start, line_end = doc.line_at(m.start())
        prev = _PREV_WORD.search(text, max(line_start, m.start() - 30), m.start())
        prev_word = prev.group(1).lower() if prev else ""
        after = _NEXT_WORD.match(text, m.end(1), line_end)
        next_word = after.group(1) if after else ""
        surname = len(parts) == 1 and word in surnames and zipf_cached(word) < _SURNAME_MAX_ZIPF
        pinyin = all(not_english(p) and is_pinyin(p) for p in parts)
        place = all(p in PLACES or not_english(p) and is_pinyin(p) for p in parts)
        span = None
        if prev and prev_word in titles and (surname or pinyin and len(parts) == 1):
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
        if _in_gloss(text, span[0], span[1], line_start, line_end) \
                or _in_address(text, span[0], span[1], line_start, line_end) or _lower_line(text, line_start, line_end):
            continue
        name = text[span[0]:span[1]]
        if name not in glossed:  # one search per name: a document repeats its names
            glossed[name] = _glossed_elsewhere(doc, name)
        if glossed[name]:
            continue  # "Tang ping (躺平)" heading the entry, "If tang ping is ...": the document's term
        done = span[1]
        fix = re.sub(r"(?<![\w'’])[a-z]", lambda c: c.group().upper(), name)
        yield Hit(span[0], span[1], fix, {"word": name})
