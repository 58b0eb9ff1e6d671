"""The ``capital_loose`` detector type (issue 9, twenty-seventh round): capitals that clean
English forbids the strict capital rules to read, run only behind the catalog's evidence gate
(``gated: true``).

Chinese has no letter case. An MT engine capitalises an ordinary English word where the source
had a Latin-letter word, a term it took for a name, or emphasis: "by Satellite monitoring", "a
few Visitors complained", "the Company recognizes my skill". The strict rule
(``capitalization`` mode ``mid_sentence``) reports such a word only when the same document also
writes it in lower case, since good English capitalises ordinary words in names, defined terms
and house styles ("the Notes", "the Year of the Dragon"). In a document that already shows other
signs of machine translation that test is dropped; what still passes:

- a word of a name: the word before or after it is capitalised, or it is capitalised beside
  another capitalised word anywhere in the document ("Satellite Application Center");
- the words English always capitalises (``allow``: days, months, nationalities, languages,
  religions, festivals), rare words (below ``min_zipf``: mostly names, "the Bund");
- a word after a noun or verb that introduces a name ("the app Moments", "called Hope"), a
  defined term ('(the "Company")'), a headline in title case, a quotation in another language;
- a word English never inflects (``ordinary_word``: "England", "Reuters", "Seoul" have no common
  plural, singular or verb form; "satellite" has "satellites"), and a body's word after an
  article or a possessive ("the Department", "a Treasury spokesman").

Mode ``title_run`` reads two to four such words in title case in a row ("putting Bus Stops
within two kilometers"), which the strict ``title_run`` of ``capitalization`` reads only after a
figure, a quantifier or a verb and before a plural.
"""
from __future__ import annotations

from . import check_choice, Hit, Key, register
from .. import re_programs
from ..zipf import zipf_cached
# The strict rule's readers of names, titles and quotations: the loose rule passes what it passes
# (one definition of a headline, a naming word and a defined term for both).
from .capitalization import defined_words, mostly_foreign, headline_or_named, clause_window, title_line
from .capitalization import PET_NAMING, _NAMING_NOUN_WORDS
from .capital_clauses import _SCHEME_HEADS

_MODES = ("common_word", "title_run", "indefinite_run", "half_name", "caps_run", "caps_word")

# A capitalised word of four letters or more after a lower-case word (or a comma) and a space,
# before a lower-case word: "by Satellite monitoring", "a few Visitors complained".
_INSIDE = re_programs.compile(r"(?<=[a-z,] )([A-Z][a-z]{3,})(?= ([a-z][a-z'’-]*))")
_CAPITAL_AFTER_AND = re_programs.compile(r" [A-Z]")
_PREV_WORD = re_programs.compile(r"([\w'’-]+),? $")
# A capitalised word beside another capitalised word: a name's word ("Satellite Application
# Center", "Long Jun", "Company Limited").
_NAME_PAIR = re_programs.compile(r"\b[A-Z][\w'’-]*[ \u00a0](?=[A-Z][\w'’-]*)")
_NAME_WORD = re_programs.compile(r"[A-Z][\w'’-]*")
# A capitalised word a naming verb introduces, or a pet's or a craft's noun after "the" or an
# owner (``capitalization.PET_NAMING``), a comma between or not ("her dog, Mate, ran", "a boat
# called Hope"): the document's name for it, alone again later ("and Mate barked"; detect44a,
# correct English written in review). Not any naming noun: "the show", "the game", "data show"
# come before a capitalised word that is no name ("After the show, Visitors were asked").
_INTRODUCED = re_programs.compile(r"(?:" + PET_NAMING + r"|\b(?:called|named|nicknamed|dubbed)),?"
                                  r"[ \u00a0]+([A-Z][a-z]+)\b")
# Words between two parts of a name: before one, a word after a capitalised word goes on that name
# ("Bureau of Statistics", "the Agriculture and Rural Department").
_LINKS = frozenset({"of", "and", "for", "de", "du", "la", "von", "van", "da", "on", "in", "at", "&", "to", "the",
                    "with", "from", "by", "into", "over", "under"})
# Words after a capitalised word that make it part of a name, or a name ("Bureau of Statistics",
# "Department for Education", "Smith said").
_NAME_AFTER = frozenset({"of", "for", "de", "du", "la", "von", "van", "da", "said", "says", "told", "added", "explained",
                         "noted", "wrote", "asked", "replied", "recalled", "stressed", "pointed", "introduced"})
# Prepositions a place's name follows with no article ("in Kenya", "from Dubai", "the minister of
# Uruguay", "work with Uruguay"); an ordinary noun after them mostly takes one ("in the summer").
# Verbs whose object is a person, a body or a service, a name in title case ("to contact Crime
# Stop", "will join Human Rights Watch", "to call Friends of the Earth"): detect43d's good set.
_NAME_OBJECT_VERBS = frozenset("""contact contacted contacting contacts join joined joining joins call called calling
phone phoned email emailed meet met meeting meets thank thanked sue sued suing hire hired""".split())
_PLACE_BEFORE = frozenset({"in", "of", "with", "from", "into", "across", "near", "via", "throughout", "outside", "inside", "to",
                           "visit", "visited", "visiting", "visits", "towards", "toward", "around"})
# Capitalised function words that open a sentence before a capitalised word ("The Visitors").
_OPENERS = frozenset({"the", "a", "an", "this", "these", "that", "those", "in", "on", "at", "for", "by", "with", "from",
                      "to", "as", "and", "but", "or", "so", "if", "when", "while", "after", "before", "since", "it",
                      "its", "our", "their", "his", "her", "we", "they", "he", "she", "i", "all", "some", "many",
                      "most", "every", "each", "last", "next", "now", "then", "there", "here", "what", "why", "how"})
# Nouns a label or a name comes before ("the Filter button", "a Song dynasty city").
_LABEL_AFTER = frozenset({"button", "buttons", "key", "keys", "switch", "tab", "icon", "menu", "setting", "settings",
                          "dynasty", "dynasties", "era", "period", "reign"})


@register("capital_loose", {
    "mode": Key((str,), doc="common_word | title_run | indefinite_run | half_name | caps_run | caps_word"),
    "min_zipf": Key((int, float), 4.0, "how common (Zipf scale) the lower-case word (each word of a run) must be"),
    "allow": Key((list,), [], "words English capitalises as names (Monday, Chinese, Christmas); "
                              "their plurals pass too (Fridays)"),
    "surnames": Key((list,), [], "family names that are English words too (Long, Song, Dong)"),
    "institutions": Key((list,), [], "words of a body's, a place's or an event's name (Bureau, Square, Festival): "
                                     "title_run: a run with one is a name; common_word: one after an article or a "
                                     "possessive is a body's short name (\"the Department\")"),
}, fields=("word",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return with_word_sets(p)


def with_word_sets(p: dict) -> dict:
    """The parameters ``p`` with their word lists as sets of lower-case words: ``allow`` with
    each word's plural in -s ("Fridays"), ``surnames`` and ``institutions`` (the ``capital_loose``
    and ``capital_run`` types)."""
    allow = frozenset(str(w).lower() for w in p["allow"])
    return {**p, "allow": allow | {w + "s" for w in allow}, "surnames": frozenset(str(w).lower() for w in p["surnames"]),
            "institutions": frozenset(str(w).lower() for w in p["institutions"])}


# Quantifiers and determiners, which no inflection test reads: "posted at Every kilometer".
_QUANTIFIERS = frozenset({"every", "each", "another", "several", "some", "many", "most", "both", "either", "neither",
                          "such", "other", "others", "these", "those", "their", "whose"})
# Words before a body's word that make it the body's short name ("the Department", "a Treasury
# spokesman", "its Board").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our", "his", "her", "whose", "each", "every"})
_INFLECTED_ZIPF = 2.8  # a sibling form this common (Zipf) makes a word an ordinary one


def inflected_forms(low):
    """The forms English inflects ``low`` into or from: the singular of a plural, the plural,
    past and -ing forms of a word that is none ("satellite" -> "satellites", "villagers" ->
    "villager")."""
    forms = set()
    if low.endswith("ies"):
        forms.add(low[:-3] + "y")
    if low.endswith("es"):
        forms.add(low[:-2])
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        forms.add(low[:-1])
    else:
        forms.update((low + "s", low + "es", low + "ed", low + "ing", low + "d"))
        if low.endswith("y"):
            forms.update((low[:-1] + "ies", low[:-1] + "ied"))
        if low.endswith("e"):
            forms.add(low[:-1] + "ing")
    return [f for f in forms if len(f) >= 4 and f != low]


def ordinary_word(low) -> bool:
    """Is ``low`` an ordinary English word rather than a name? A name is seldom inflected
    ("england", "reuters", "seoul", "glasgow": no common plural, singular or verb form), an
    ordinary noun, adjective or verb is ("satellite"/"satellites", "visitors"/"visitor",
    "official"/"officials"); a quantifier needs no test ("every")."""
    return low in _QUANTIFIERS or any(zipf_cached(f) >= _INFLECTED_ZIPF for f in inflected_forms(low))


def _name_words(doc, headline) -> frozenset:
    """The capitalised words the document writes beside another capitalised word, as a name's
    words, or after a naming verb or a pet's noun after "the" or an owner ("her dog, Mate,"; asked
    once per document). Not read: a pair after a capitalised function word that
    opens a sentence ("The Visitors"), and headlines in title case."""
    text = doc.text
    words = set()
    for m in _NAME_PAIR.finditer(text):
        first = text[m.start():m.end()].strip()
        if first.lower() in _OPENERS:
            continue
        line_start, line_end = doc.line_at(m.start())
        if title_line(doc, headline, line_start, line_end):
            continue
        words.add(first)
        nxt = _NAME_WORD.match(text, m.end())
        if nxt:
            words.add(nxt.group())
    words.update(m.group(1) for m in _INTRODUCED.finditer(text))
    return frozenset(words)


@prepare.detector
def detect(doc, state):
    return _MODE_FUNCTIONS[state["mode"]](doc, state)


def _common_word(doc, state):
    """``common_word``: of the module's docstring."""
    text = doc.text
    names = None
    headline = {}
    for m in _INSIDE.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in state["allow"] or low in state["surnames"] or m.group(2) in _NAME_AFTER or m.group(2) in _LABEL_AFTER:
            continue
        if zipf_cached(low) < state["min_zipf"]:
            continue  # a rarer word is more often a name ("the Xiaomi phone", "in Wuhan")
        if not ordinary_word(low):
            continue  # "a Reuters poll", "bowled England out", "a Chicago hospital": a name
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).islower():
            continue  # "Mr Field": the word before must be lower case
        if low in state["institutions"] and prev.group(1) in _DETERMINERS:
            continue  # "the Department", "a Treasury spokesman": a body's short name
        if m.group(2) == "and" and _CAPITAL_AFTER_AND.match(text, m.end(2)):
            continue  # "the Belt and Road", "the Housing and Urban-Rural Development Bureau": a name of two parts
        if prev.group(1) in _PLACE_BEFORE:
            continue  # "buyers in Kenya", "durians from Vietnam": a place's name after its preposition
        if prev.group(1) in _LINKS:
            head = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
            if head and not head.group(1).islower():
                continue  # "Bureau of Statistics", "the Belt and Road": a name goes on
        if names is None:
            names = _name_words(doc, headline)
        if word in names:
            continue  # "by Satellite monitoring" beside "the Satellite Application Center": the name's short form
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue  # a headline; "the app Moments", "called Hope"
        if low in defined_words(text):
            continue  # '(the "Company")': a defined term
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), low, {"word": word})


# Two to four words in title case after a lower-case word (or a comma) and a space, before a
# lower-case word: "most families now use Air Source Heat Pumps, which", "putting Bus Stops within".
_RUN = re_programs.compile(r"(?<=[a-z,] )((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+)(?=[ ,]+([a-z][a-z'’-]*))")
# Nouns after a run that make it a name or a title: "the Clean Air campaign", "the Grain Stocks report".
_NAMED_NOUNS_AFTER = frozenset("""campaign campaigns drive action actions initiative plan plans programme program project
projects scheme strategy policy award awards prize prizes festival report reports survey index bulletin review release
data figures statistics outlook estimate estimates forecast act law bill list ranking rankings exhibition series
magazine newsletter database brand app platform account accounts hotline website film movie book song show game
team club label model models dynasty era period reign movement war mission""".split())
# Words that open names rather than common noun phrases ("These Regulations", "United States").
_RUN_OPENERS = frozenset("""these this those the china chinese hong united great north south east west northern
southern eastern western first second third one two three four five six seven eight nine ten""".split())


def _title_run(doc, state):
    """``title_run``: a run of two to four ordinary words in title case inside a sentence ("most
    families now use Air Source Heat Pumps, which cost", "many in the New Energy and
    semiconductor industries"): every word common (Zipf >= ``min_zipf``), none a word of a
    body's, place's or event's name (``institutions``, ``allow``, ``surnames``), the run after a
    lower-case word that introduces no name and no place, and before no noun that makes it a
    name or a title ("the Clean Air campaign")."""
    text = doc.text
    headline = {}
    institutions = state["institutions"] | state["allow"] | state["surnames"]
    for m in _RUN.finditer(text):
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        if lows[0] in _RUN_OPENERS or any(w in institutions for w in lows) or lows[-1] in _SCHEME_HEADS:
            continue  # a body's, a place's or an event's word; a tax's or a benefit's name ending on its head
        if any(zipf_cached(w) < state["min_zipf"] or not ordinary_word(w) for w in lows):
            continue  # a rarer word, or one never inflected, is mostly a name's ("Haier", "Marcus Bell")
        if m.group(2) in _NAMED_NOUNS_AFTER or m.group(2) in _NAME_AFTER:
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).islower() or prev.group(1) in _PLACE_BEFORE:
            continue
        if prev.group(1) in _NAME_OBJECT_VERBS:
            continue  # "to contact Crime Stop", "join Human Rights Watch": a verb whose object is a name (detect43d)
        if prev.group(1) in _LINKS:
            head = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
            if head and head.group(1) in _LINKS and head.group(1) != prev.group(1):
                head = _PREV_WORD.search(text, max(0, head.start() - 40), head.start())  # "Dream of the Red Chamber"
            if head and not head.group(1).islower():
                continue
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), m.group(1).lower(), {"word": m.group(1)})


# "a" or "an", then two to four words in title case, then a word that ends the noun phrase (a
# preposition, a relative, a verb that follows a subject) or a mark: "set up a Live Streaming
# Base next to the warehouse", "opened an Elderly Care Canteen where", "hold a Job Fair for".
_A_RUN = re_programs.compile(r"(?<![\w'’-])(?:a|an)[ \u00a0](?:(?!(?:of|and|or|in|on|at|to|for|by|with|the|from)\b)[a-z][a-z0-9-]*[ \u00a0]){0,2}((?:[A-Z][a-z]+[ \u00a0]){1,3}[A-Z][a-z]+)"
                             r"(?=[,.;:](?![\w])|[ \u00a0]([a-z]+)\b)")
# Words after such a run that show the noun phrase ended there ("a Job Fair for", "a Living
# Allowance of 300 yuan"); a noun after it makes the run a name used as a modifier ("a Supreme
# Court ruling", "a Foreign Ministry spokesman").
_PHRASE_ENDS_BEFORE = frozenset("""for with where which that who to in on at of next near nearby by from since under
inside outside is was has had will would can could should may might opened built set located covering run
and or""".split())
# Words before "a" that make the run a role, an honour or a greeting ("was a Chief Executive at", "won a
# Silver Bear at", "wished viewers a Happy New Year"): the complement of a copula or of a naming verb.
_ROLE_BEFORE_A = frozenset("""is was are were be been being become became becomes named appointed elected as made
won wins received awarded earned wished hired""".split())
# Heads of the facilities, courses and payments MT names literally ("a Job Fair", "a Live Streaming Base",
# "a Living Allowance", "an Online Shop"): a run reports only when it ends on one of them, since a
# title-case term after "a" is as often a body's, a dish's, a product's or a procedure's in British copy
# ("a Food Bank", "a Select Committee", "a Consultation Period", "a Flat White", "a Season Ticket",
# "a Fixed Rate Bond").
_FACILITY_HEADS = frozenset("""fair fairs base bases canteen canteens allowance allowances center centre centers
centres shop shops station stations platform platforms apartment apartments workshop workshops hall halls subsidy
subsidies class classes course courses corridor pavilion kitchen clinic plaza room rooms point points window windows
desk desks counter counters""".split())
# Colours and metals that open two-word names of honours, documents and schemes ("a Purple Heart", "a
# White Paper", "a Blue Badge", "a Golden Ball"), and greetings ("a Happy Meal", "a Happy New Year").
_COLOUR_OPENERS = frozenset("""red blue green white black purple silver golden gold bronze yellow orange pink
happy merry""".split())
# A title's words before "a": "Strengthening Skills for a Competitive Economy", "Hymn for a House Fire".
_TITLE_BEFORE_A = re_programs.compile(r"[A-Z][a-z]+[ \u00a0]+(?:for|of|to|in|on|with|from|and|at)[ \u00a0]+$")
# The run's acronym after it: "an Export Control Classification Number, or ECCN" / "(ECCN)".
_ACRONYM_AFTER = re_programs.compile(r"(?:,[ \u00a0]+or|[ \u00a0]+\()[ \u00a0]*[A-Z]{2,}\b")
# Number words: a grade, a league or a class ("a Grade One race", "a League One side").
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
# After the run, a preposition and a capitalised word: the name goes on ("a Quality Framework for
# Traineeships", "a Special Announcement on Flooding").
_A_NAME_GOES_ON = re_programs.compile(r"[ \u00a0]+(?:of|for|on|and|in|&)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


# Endings of a derived adjective, which English never inflects ("cultural", "public", "creative").
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ary", "able")


def _ordinary_derived(low) -> bool:
    """Is ``low`` the -ing form of a common verb ("streaming": "stream", "training": "train"), or a
    common derived adjective ("cultural", "public")?"""
    if low.endswith(_ADJECTIVE_ENDINGS) and zipf_cached(low) >= 4.0:
        return True
    return low.endswith("ing") and len(low) >= 6 and max(zipf_cached(low[:-3]), zipf_cached(low[:-3] + "e")) >= 3.5


def _all_plain(lows, state) -> bool:
    """Is every word common (Zipf >= ``min_zipf``, or 3.0 and written in lower case by CC-CEDICT's
    glosses) and ordinary (glossed in lower case, inflected or derived)? A rarer word, or one
    never inflected, is mostly a name's ("a Haier fridge", "a Ford Focus")."""
    from .capitalization import _common_word as glossed_lower
    return all((zipf_cached(w) >= state["min_zipf"] or zipf_cached(w) >= 3.0 and glossed_lower(w))
               and (glossed_lower(w) or ordinary_word(w) or _ordinary_derived(w)) for w in lows)


def _line_case(text, counts, line_start, line_end):
    """(upper-case letters, lower-case letters) of the line at ``line_start``, counted once per
    line and kept in ``counts`` for the document."""
    if line_start not in counts:
        line = text[line_start:line_end]
        counts[line_start] = (sum(map(str.isupper, line)), sum(map(str.islower, line)))
    return counts[line_start]


def _indefinite_run(doc, state):
    """``indefinite_run``: "a" or "an" (and up to two lower-case words: "a cold chain") before two
    to four ordinary words in title case that end a noun phrase ("set up a Live Streaming Base
    next to the warehouse", "will hold a Job Fair for migrant workers"). A name English capitalises seldom takes "a": a body, a place or a project
    is "the" one, and "a" before a name makes the name a modifier ("a Supreme Court ruling", "a
    Foreign Ministry spokesman"), which the word after the run shows. MT writes the literal name
    of a Chinese programme or facility in title case. Every word is common (Zipf >=
    ``min_zipf``, or 3.0 and written in lower case by CC-CEDICT's glosses); passed: a run opening
    on a word of ``allow`` or ``surnames``, a place or a word that opens names, a run that ends on no
    facility, course or payment noun (``_FACILITY_HEADS``: "a Golden Globe", "a World Heritage
    Site", "a Food Bank"), a headline, a defined
    term and a clause in another language."""
    from .capitalization import _opens_with_a_place
    text = doc.text
    headline = {}
    names = state["allow"] | state["surnames"]
    for m in _A_RUN.finditer(text):
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        after = m.group(2)
        if after is not None and after not in _PHRASE_ENDS_BEFORE:
            continue
        if lows[0] in _RUN_OPENERS or lows[0] in names or any(w in _NUMBER_WORDS for w in lows):
            continue
        if _opens_with_a_place(words[0]) or _A_NAME_GOES_ON.match(text, m.end(1)):
            continue
        if lows[0] in _COLOUR_OPENERS and (len(lows) == 2 or lows[0] in ("happy", "merry")):
            continue  # "a Purple Heart for", "a Blue Badge from", "a Happy Meal for": an honour, a scheme, a product
        if lows[-1] not in _FACILITY_HEADS:
            continue  # "a Food Bank in", "a Select Committee to", "a Fixed Rate Bond with": a term of British copy
        before_a = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if before_a is not None and before_a.group(1).lower() in _ROLE_BEFORE_A:
            continue  # "joined as a Managing Director in", "won a Silver Bear at": a role or an honour
        if not _all_plain(lows, state):
            continue  # a rarer word, or one never inflected, is mostly a name's ("a Haier fridge", "a Ford Focus")
        if _TITLE_BEFORE_A.search(text, max(0, m.start() - 40), m.start()) or _ACRONYM_AFTER.match(text, m.end(1)):
            continue
        if text.count(m.group(1)) > 1:
            continue  # "a Global Pass" written so again: the name of a product or a scheme
        line_start, line_end = doc.line_at(m.start(1))
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if any(w in defined_words(text) for w in lows):
            continue
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), m.group(1).lower(), {"word": m.group(1)})


# Two to four words in title case, then the lower-case noun that heads a facility's, a body's or
# a course's name: "attended the Embroidery Training class", "the Prefecture Commerce bureau".
_HALF_NAME = re_programs.compile(r"(?<![\w'’-])((?:[A-Z][a-z]+[ \u00a0]){1,3}[A-Z][a-z]+)[ \u00a0]"
                                 r"(class|classes|port|office|bureau|bridge|team|station|centre|center|base|"
                                 r"department|hall|school|hospital|association|museum|library|square|park|market|"
                                 r"village|town|county|district|township|street|road|zone|company|cooperative|"
                                 r"workshop|factory)\b(?![ \u00a0]+(?:of|for)[ \u00a0]+[A-Z])")


# Words of a place's name ("Box Hill station", "the Hunts Point market", "the Fort Collins office").
_PLACE_KINDS = frozenset("""hill hills point fort mount bay beach lake river valley creek island heights springs falls
harbour harbor cove cape head gate cross wood woods field fields end
hook street avenue road lane square district county valley grove ridge bend wharf park""".split())


def _common_compound(word) -> bool:
    """Is ``word`` a hyphenated compound of common words, capitalised or not ("World-class")?"""
    parts = word.lower().split("-")
    return len(parts) > 1 and all(zipf_cached(p) >= 4.0 for p in parts)


def _half_name(doc, state):
    """``half_name``: a name of common words half in title case, its head noun in lower case
    ("more than 1,500 trainees attended the Embroidery Training class", "the Prefecture Commerce
    bureau"). MT capitalises the words it took for a name and leaves the head as the source's
    generic noun; English writes such a name wholly in lower case, or wholly capitalised when it
    is the body's own name. Every word of the run is common (as ``indefinite_run``) and none a
    body's word (``institutions``: "the Communist Party committee", "the Foreign Ministry
    office", where the lower-case noun is a unit of the body); passed: a run opening on a word
    of ``allow`` or ``surnames``, a place, a number word or a word that opens names, a run after
    a lower-case naming word or a capitalised word, a headline and another language."""
    from .capitalization import _opens_with_a_place
    text = doc.text
    headline = {}
    names = state["allow"] | state["surnames"]
    institutions = state["institutions"]
    for m in _HALF_NAME.finditer(text):
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        if len(words) < 2 or lows[0] in _RUN_OPENERS or lows[0] in names or lows[-1] in _SCHEME_HEADS \
                or any(w in institutions or w in _NUMBER_WORDS or w in _PLACE_KINDS for w in lows):
            continue
        if _opens_with_a_place(words[0]):
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if prev is None or not (prev.group(1).islower() or _common_compound(prev.group(1))):
            continue  # at a sentence's start or after a capitalised word: a name goes on
        if not _all_plain(lows, state):
            continue
        line_start, line_end = doc.line_at(m.start(1))
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if mostly_foreign(clause_window(text, m.start(1), m.end(2), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(2), text[m.start(1):m.end(2)].lower(), {"word": text[m.start(1):m.end(2)]})


# Two to four words in capitals after a lower-case word, before a lower-case word or the mark that
# ends the sentence: "pay with a bank card or ANHUI TRANSPORT CARD.", "the GOLDEN SIGNBOARD of".
_CAPS_WORDS = re_programs.compile(r"(?:(?<=[a-z] )|(?<=[a-z], ))((?:[A-Z]{2,}[ \u00a0]){1,3}[A-Z]{2,})(?=[ \u00a0]+[a-z]|[.,;](?!\S))")
# Marks around a run that make it a quotation, a sign or a heading ('"NO ENTRY"', "(NEW)").
_QUOTED = "\"“”‘’'(["
# Words of a date or a deictic phrase shouted for emphasis ("opens THIS SATURDAY").
_DEICTIC = frozenset("""this that these those next last every each today tonight tomorrow monday tuesday wednesday
thursday friday saturday sunday week weekend month year only""".split())


# Words before capitals that cite them as text, a code name or an event's name ("a banner reading BLACK
# LIVES MATTER", "the code name GOLDEN EAGLE", "an app called STEPS", "flew missions during DESERT STORM").
_CITING_BEFORE = frozenset("""reading read reads saying says words word name named names called dubbed codenamed
marked labelled labeled stamped titled entitled slogan motto chant chanting chanted shouting shouted spelling
spelled during operation exercise term terms phrase sang sing sings singing""".split())
# Words that make capitals a voice's stress, not a name: degree words and those before a verb or an adjective
# ("This is MUCH WORSE", "We must STOP PRETENDING", "I am ABSOLUTELY CERTAIN").
_STRESS_WORDS = frozenset("""much more most less least very really just even still never always ever only quite
rather too also""".split())
_STRESS_BEFORE = frozenset("""i we you they he she am is are was were be must should will would can could may might
do does did""".split())


# A noun that introduces a name just before capitals, a comma between or not ("the band's new
# album, SUMMER NIGHTS, topped"; issue 9, thirty-sixth round).
_WORK_NOUN_BEFORE = re_programs.compile(r"\b(?:" + "|".join(_NAMING_NOUN_WORDS) + r"),?[ \u00a0]+$")


def _cited_or_stressed(text, start, lows, run=True) -> bool:
    """Are the capitals at ``start`` (their words ``lows``) cited as text or a code name (after
    "reading", "called", "during"), or a voice's stress (an adverb in -ly or a degree word among
    them, or, for a run, after a pronoun, a copula or a modal: "They knew EXACTLY", "This is MUCH
    WORSE"; one word after a modal is MT's verb: "will INVEST 2 billion")?"""
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    before = prev.group(1).lower() if prev is not None else ""
    if before in _CITING_BEFORE or run and before in _STRESS_BEFORE:
        return True
    return any(w.endswith("ly") and len(w) > 4 or w in _STRESS_WORDS for w in lows)


def _inside_quotation(text, start, line_start) -> bool:
    """Does an open quotation mark stand before ``start`` in its sentence's line, not closed before
    it ('he wrote: "The Fake News is working OVERTIME to')?"""
    before = text[line_start:start]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _caps_run(doc, state):
    """``caps_run``: a name or a phrase of two to four ordinary words set wholly in capitals
    inside a sentence ("residents can pay with a bank card or ANHUI TRANSPORT CARD.", "make
    the pig a GOLDEN SIGNBOARD"): MT or a copy pipeline kept the source's capitals. Every word
    but a Chinese place that opens the run is common (Zipf >= ``min_zipf``) and four letters or
    more; ``all-caps-word`` reads runs between two lower-case words and no run with a place.
    Passed: a word of ``allow``, a run in quotation marks or brackets, a line mostly in
    capitals (a headline or a shouted line) and another language."""
    from .capitalization import _opens_with_a_place
    text = doc.text
    shouted = {}
    for m in _CAPS_WORDS.finditer(text):
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        place = _opens_with_a_place(words[0].capitalize())
        common = lows[1:] if place else lows
        if len(common) < 2 or any(len(w) < 4 or zipf_cached(w) < state["min_zipf"] or w in state["allow"] for w in common):
            continue
        if any(w in _DEICTIC for w in lows) or _cited_or_stressed(text, m.start(1), lows):
            continue  # "opens THIS SATURDAY", "a sign reading ROAD CLOSED AHEAD", "is MUCH WORSE": cited or stressed
        if text[m.start(1) - 1:m.start(1)] in _QUOTED or text[m.end(1):m.end(1) + 1] in _QUOTED:
            continue
        if _WORK_NOUN_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
            continue  # "the band's new album, SUMMER NIGHTS,": a work's name set in capitals
        if text.count(m.group(1)) > 1:
            continue  # "SHADOW WOLVES" again and again: a team's, a song's or a product's name in its own style
        line_start, line_end = doc.line_at(m.start(1))
        upper, lower = _line_case(text, shouted, line_start, line_end)
        if upper - sum(map(str.isupper, m.group(1))) > 0.5 * lower:
            continue  # a headline or a line shouted beside the run
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        fix = " ".join(w.capitalize() if place and i == 0 else w for i, w in enumerate(lows))
        yield Hit(m.start(1), m.end(1), fix, {"word": m.group(1)})


# One word of four letters or more in capitals after a lower-case word, before a lower-case word,
# a figure or a mark: "has been widely WELCOMED by", "prices would remain STABLE.", "will INVEST 2
# billion", "sells VEGETABLES, fruit".
_CAPS_WORD = re_programs.compile(r"(?<=[a-z,] )([A-Z]{4,})(?=[ \u00a0]+[a-z0-9]|[,.;:](?!\S))")


_EMPHASIS_ZIPF = 5.5
# A verb after a word in capitals: the word is a subject noun, not a name before its noun ("The
# SUBSIDY will be paid", "the HARVEST was").
_VERB_AFTER = re_programs.compile(r"[ \u00a0]+(?:will|would|is|was|are|were|has|have|had|can|could|must|should|may|shall)\b")


# A personal pronoun and a copula before a word: "They are LOANS,", "it was WRONG.": a voice's stress.
_PRONOUN_COPULA = re_programs.compile(r"(?i:\b(?:i|we|you|they|he|she|it|this|that)[ \u00a0]+(?:am|is|are|was|were|'re|’re|'s|’s)[ \u00a0]+)$")


# Another ordinary word in capitals shortly before: a rating, a verdict or a label among others ("a BUY,
# up from HOLD", "TRUE, not FALSE").
_OTHER_CAPS = re_programs.compile(r"(?<![\w'’-])[A-Z]{3,}(?![\w'’-])")


def _subject_pronoun_copula(text, start) -> bool:
    return _PRONOUN_COPULA.search(text, max(0, start - 20), start) is not None


def _caps_word(doc, state):
    """``caps_word``: one ordinary word in capitals inside a sentence that ``all-caps-word``
    leaves for its place (after a determiner, before a figure or a mark, a word of middling
    frequency): "has been widely WELCOMED by", "prices would remain STABLE.", "The SUBSIDY will
    be paid". Read: a word the document writes once in capitals, common (Zipf >= ``min_zipf``)
    and ordinary (inflected, a derived form, or written in lower case by CC-CEDICT's glosses);
    passed: a word of ``allow`` (acronyms that are words: NATO, CARE), a word in quotation
    marks or brackets, a line mostly in capitals and another language."""
    from .capitalization import _common_word as glossed_lower, _PROTOCOL_AFTER
    text = doc.text
    shouted = {}
    for m in _CAPS_WORD.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in state["allow"] or not state["min_zipf"] <= zipf_cached(low) < _EMPHASIS_ZIPF:
            continue  # a rare word is an acronym's; the commonest ("REALLY", "PLEASE", "ONLY") are set so for emphasis
        if _A_NAME_GOES_ON.match(text, m.end(1)) or _NAME_WORD.match(text, m.end(1) + 1) or _PROTOCOL_AFTER.match(text, m.end(1)):
            continue  # "the CHIPS and Science Act", "DART Mission": a name's word
        if not (glossed_lower(low) or ordinary_word(low) or _ordinary_derived(low)):
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if prev is not None and (prev.group(1) in _DETERMINERS or prev.group(1)[0].isupper() or prev.group(1).endswith(("'s", "’s"))
                                 or prev.group(1) in ("with", "we", "i", "you")) \
                and not _VERB_AFTER.match(text, m.end(1)):
            continue  # "the BILLY bookcase", "NASA's DART spacecraft", "with MICE, sport": a name; "We INVENTED": a voice
        if text[m.start(1) - 1:m.start(1)] in _QUOTED or text[m.end(1):m.end(1) + 1] in _QUOTED:
            continue
        between = prev is not None and prev.group(1).islower() and text[m.end(1):m.end(1) + 1] in " \u00a0" \
            and text[m.end(1) + 1:m.end(1) + 2].islower()
        if between and not (prev.group(1) in _DETERMINERS and _VERB_AFTER.match(text, m.end(1))):
            continue  # between two lower-case words: `all-caps-word`'s place, read with its own tests
        if _cited_or_stressed(text, m.start(1), [low], run=False) or _subject_pronoun_copula(text, m.start(1)):
            continue  # "an app called STEPS,", "They are LOANS,": cited, or a voice's stress
        if any(o.group(0).lower() != low and zipf_cached(o.group(0).lower()) >= state["min_zipf"]
               for o in _OTHER_CAPS.finditer(text, max(0, m.start(1) - 60), m.start(1))):
            continue  # "rate the stock a BUY, up from HOLD.": labels set in capitals side by side
        if _inside_quotation(text, m.start(1), doc.line_at(m.start(1))[0]):
            continue  # 'he wrote: "The Fake News is working OVERTIME': a quotation keeps its writer's capitals
        if text.count(word) > 1:
            continue  # "the STAR Market" and "STAR 50": the document's own name or acronym
        line_start, line_end = doc.line_at(m.start(1))
        upper, lower = _line_case(text, shouted, line_start, line_end)
        if upper - len(word) > 0.5 * lower:
            continue
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), low, {"word": word})


_MODE_FUNCTIONS = {"common_word": _common_word, "title_run": _title_run, "indefinite_run": _indefinite_run,
                   "half_name": _half_name, "caps_run": _caps_run, "caps_word": _caps_word}
