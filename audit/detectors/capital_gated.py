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

from . import Hit, Key, ParamError, register
from .. import re_programs
from ..zipf import zipf_cached
# The strict rule's readers of names, titles and quotations: the loose rule passes what it passes
# (one definition of a headline, a naming word and a defined term for both).
from .capitalization import defined_words, mostly_foreign, headline_or_named, clause_window, title_line

_MODES = ("common_word", "title_run")

# A capitalised word of four letters or more after a lower-case word (or a comma) and a space,
# before a lower-case word: "by Satellite monitoring", "a few Visitors complained".
_INSIDE = re_programs.compile(r"(?<=[a-z,] )([A-Z][a-z]{3,})(?= ([a-z][a-z'’-]*))")
_CAPITAL_AFTER_AND = re_programs.compile(r" [A-Z]")
_PREV_WORD = re_programs.compile(r"([\w'’-]+),? $")
# A capitalised word beside another capitalised word: a name's word ("Satellite Application
# Center", "Long Jun", "Company Limited").
_NAME_PAIR = re_programs.compile(r"\b[A-Z][\w'’-]*[ \u00a0](?=[A-Z][\w'’-]*)")
_NAME_WORD = re_programs.compile(r"[A-Z][\w'’-]*")
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
    "mode": Key((str,), doc="common_word | title_run"),
    "min_zipf": Key((int, float), 4.0, "how common (Zipf scale) the lower-case word (each word of a run) must be"),
    "allow": Key((list,), [], "words English capitalises as names (Monday, Chinese, Christmas); "
                              "their plurals pass too (Fridays)"),
    "surnames": Key((list,), [], "family names that are English words too (Long, Song, Dong)"),
    "institutions": Key((list,), [], "words of a body's, a place's or an event's name (Bureau, Square, Festival): "
                                     "title_run: a run with one is a name; common_word: one after an article or a "
                                     "possessive is a body's short name (\"the Department\")"),
}, fields=("word",))
def prepare(p):
    if p["mode"] not in _MODES:
        raise ParamError("mode", f"expected one of {', '.join(_MODES)}")
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
    words (asked once per document). Not read: a pair after a capitalised function word that
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
        if lows[0] in _RUN_OPENERS or any(w in institutions for w in lows):
            continue
        if any(zipf_cached(w) < state["min_zipf"] or not ordinary_word(w) for w in lows):
            continue  # a rarer word, or one never inflected, is mostly a name's ("Haier", "Marcus Bell")
        if m.group(2) in _NAMED_NOUNS_AFTER or m.group(2) in _NAME_AFTER:
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).islower() or prev.group(1) in _PLACE_BEFORE:
            continue
        if prev.group(1) in _LINKS:
            head = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
            if head and not head.group(1).islower():
                continue
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), m.group(1).lower(), {"word": m.group(1)})


_MODE_FUNCTIONS = {"common_word": _common_word, "title_run": _title_run}
