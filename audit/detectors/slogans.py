"""``quoted_slogan``: a Chinese count slogan kept in quotation marks as a bare number and one
word, with nothing that says what it stands for: 两卡 'the "two cards"', 两新 'the national
"two new" policy', “双高”基地 '"double-high" bases', “三有”动物 '"three-haves" protected
animals'. Chinese abbreviates a policy to a count of its parts; MT keeps the count and the
quotation marks and drops the parts, so an English reader cannot tell what the slogan names.

A good writer either uses the slogan's accepted English ("dual carbon", "two sessions": the
forms that ``references/modern_terms.yaml`` and ``references/glossary.yaml`` accept, and the
rule's ``known`` list) or explains it where it stands: in brackets, after a colon or a dash,
with "meaning", "or", "which means", "under which", or before it with "known as", "called",
"literally". A slogan explained at one mention is explained for the whole document, a quoted
slogan among other quoted slogans is being discussed as a name (an essay on policy language),
and a line with Chinese characters glosses its slogans on purpose.
"""
from __future__ import annotations

import bisect
import functools
import os

import regex

from . import RULES_DIR, Hit, Key, ParamError, register
from .literal_index import FUNCTION_WORDS
from .terms import DEFAULT_PATH as TERMS_PATH, TermsError, read_terms
from ..glossary import DEFAULT_PATH as GLOSSARY_PATH, GlossaryError, cached_glossary, resolve_path


@register("quoted_slogan", {
    "numbers": Key((list,), ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "double", "dual"],
                   "the count words a slogan opens on (lower case)"),
    "terms": Key((str,), TERMS_PATH, "terms file whose accepted English forms are never reported ('' for none)"),
    "glossary": Key((str,), GLOSSARY_PATH, "glossary whose canonical and allowed forms are never reported "
                                           "('' for none)"),
    "known": Key((list,), [], "accepted English of count slogans the two files do not hold, never reported"),
})
def prepare(p):
    numbers = [w.strip().lower() for w in p["numbers"] if isinstance(w, str)]
    if not numbers or len(numbers) != len(p["numbers"]) or not all(regex.fullmatch(r"[a-z]+", w) for w in numbers):
        raise ParamError("numbers", "needs one or more lower-case words")
    accepted = set()
    for i, item in enumerate(p["known"]):
        if not isinstance(item, str) or not item.strip():
            raise ParamError(f"known[{i}]", "must be a non-empty string")
        accepted.add(_normal(item))
    accepted |= accepted_forms(p)
    slogan = regex.compile(r"[\"“]((?:" + "|".join(sorted(set(numbers))) + r")[- ]([a-z]+))[\"”]")
    heads = {" ".join(form.split()[:k]) for form in accepted for k in range(1, len(form.split()))}
    return {"slogan": slogan, "accepted": frozenset(accepted), "heads": frozenset(heads),
            "numbers": frozenset(numbers), "english_numbers": tuple(sorted(set(numbers)))}


def _english_compounds(numbers: tuple) -> frozenset:
    """The "number word, word" pairs (lower case, one space) that CC-CEDICT's English glosses
    use, hyphenated or not: English compounds ("one-way", "double-edged", "two-party"), whatever
    quotation marks a writer puts round them. Built from the bundled dictionary in about a
    second and kept in the cache directory (``audit.diskcache``); read once per process, when
    a document first holds a quoted slogan."""
    from .. import cedict, diskcache

    pair = regex.compile(r"\b(" + "|".join(numbers) + r")[- ]([a-z]+)\b")

    def build():
        return sorted({f"{m.group(1)} {m.group(2)}" for line in cedict.entries()
                       for m in pair.finditer(line.body.lower())})

    def check(data):
        if not isinstance(data, list) or not all(isinstance(x, str) and x.count(" ") == 1 for x in data):
            raise ValueError("not a list of word pairs")
        return frozenset(data)

    return diskcache.Derived("slogan-compounds", cedict.cedict_path(), (__file__, cedict.__file__),
                             numbers).get(build, check)


@functools.lru_cache(maxsize=8)
def _compounds_of(numbers: tuple) -> frozenset:
    return _english_compounds(numbers)


def accepted_forms(p) -> set:
    """The accepted English forms, normalised (``_normal``), of the terms file and the glossary a
    rule's ``terms`` and ``glossary`` keys name ('' for none); a missing or unreadable file is the
    rule's error. Shared by the detector types that pass what the two files accept as English."""
    forms = set()
    if p["terms"]:
        path = resolve_path(p["terms"], base=p.get(RULES_DIR))
        if not os.path.isfile(path):
            raise ParamError("terms", f"terms file not found: {p['terms']} (looked for {path})")
        try:
            forms |= _term_forms(path, os.path.getmtime(path))
        except TermsError as exc:
            raise ParamError("terms", str(exc)) from None
    if p["glossary"]:
        path = resolve_path(p["glossary"], base=p.get(RULES_DIR))
        if not os.path.isfile(path):
            raise ParamError("glossary", f"glossary file not found: {p['glossary']} (looked for {path})")
        try:
            forms |= {_normal(form) for entry in cached_glossary(path).entries for form in entry.correct}
        except GlossaryError as exc:
            raise ParamError("glossary", str(exc)) from None
    return forms


@functools.lru_cache(maxsize=8)
def _term_forms(path: str, mtime: float) -> frozenset:
    """The accepted English forms of a terms file, normalised; cached per path and modification
    time, so an edited file is read again."""
    terms, _ = read_terms(path)
    return frozenset(_normal(form) for _, english in terms for form in english)


def _normal(text: str) -> str:
    """Lower case, hyphens as spaces, one space between words: "Dual-carbon" is "dual carbon"."""
    return " ".join(text.lower().replace("-", " ").split())


# An explanation right after the closing mark: a bracket, a colon or a dash, or a comma (or
# none) and "or", "meaning", "which means", "under which", "i.e." ...; or an apposition (", a
# ...", ", the ...").
_AFTER = regex.compile(r"\s*(?:[(:—–]|--\s|-\s|,?\s(?:or|i\.e\.|that is|namely|meaning|referring|which|under which|"
                       r"in which|whereby|where)\b|,\s(?:a|an|the)\b)", regex.IGNORECASE)
# ... or before the opening mark: "known as", "translated as", "called", "literally", "the term", "or".
_BEFORE = regex.compile(r"\b(?:as|called|dubbed|calls?|terms?|phrases?|slogans?|literally|means|meaning|"
                        r"translations?|says?|or|nicknamed)\s*(?:the\s+|a\s+|an\s+|its\s+)?$", regex.IGNORECASE)
# ... or later in the same sentence: a bracket, a colon, a dash or a defining clause.
_LATER = regex.compile(r"[(:—–]|--|\s-\s|,\s(?:which (?:means|refers|is|are)|under which|in which|whereby|meaning|"
                       r"referring|i\.e\.|that is|namely)\b|\bas (?:a|the) translation\b", regex.IGNORECASE)
# ... or a defining clause on the noun the slogan names ('the "two new" policy, which covers', '... policy, a plan to').
_NOUN_WHICH = regex.compile(r"(?:\s+[a-z][a-z-]*){1,2},\s+(?:which|under which|in which|whereby|a|an)\b")
_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n")
# Another quoted phrase joined to this one by a comma or "and"/"or": a list of slogans named.
_LIST_AFTER = regex.compile(r"[,;]?\s*(?:(?:and|or)\s+)?(?:the\s+)?[\"“]")
_LIST_BEFORE = regex.compile(r"[\"”][,;]?\s*(?:(?:and|or)\s+)?(?:the\s+)?$")
_HAN = regex.compile(r"\p{Han}")
# An indefinite article before the mark: a kind of thing, an English compound in scare quotes
# ('a "two-tier" health service', 'a "double-dip" recession'), not the name of one policy.
_INDEFINITE = regex.compile(r"\b(?:a|an)\s+$", regex.IGNORECASE)
# "of" right after the mark: an English noun with its complement ('the "double cover" of 3D
# space', 'the "twin conditions" of Section 37'); a slogan names a whole policy and takes none.
_OF_AFTER = regex.compile(r"\s+of\b")
_SPACES = regex.compile(r"\s*")
_NOUN_WORDS = regex.compile(r"(?:\s+[a-z][a-z-]*){1,2}")


# The regex module checks that a pattern's required literal ("of", ",") occurs somewhere between
# the start and the end of the search, even for ``match``: over the rest of the document when it
# does not, once per candidate. These two give each pattern an end just past the furthest it can
# reach, so the check reads a few characters.
def _of_after(text: str, end: int) -> bool:
    stop = _SPACES.match(text, end).end()
    return _OF_AFTER.match(text, end, min(len(text), stop + 3)) is not None


def _noun_which(text: str, end: int) -> bool:
    words = _NOUN_WORDS.match(text, end)
    if words is None or not text.startswith(",", words.end()):
        return False
    stop = _SPACES.match(text, words.end() + 1).end()
    return _NOUN_WHICH.match(text, end, min(len(text), stop + 12)) is not None


class _Scan:
    """Positions in one document, looked up in increasing order: the line a position stands on,
    whether that line holds Chinese characters, the end of its sentence and whether a later
    explanation (``_LATER``) stands before that end. Every answer is found once per line or per
    sentence rather than once per candidate, so a document of a million characters on one line
    costs what its length does (issue 9, twentieth round's review: 387 s before)."""

    def __init__(self, text: str):
        self.text = text
        self.newlines = [m.start() for m in regex.finditer(r"\n", text)]
        self.stops = [m.start() for m in _SENTENCE_END.finditer(text)]
        self.has_han = _HAN.search(text) is not None
        self.han_lines = {}
        self.later = {}  # sentence end -> (searched from, the match found or None)

    def line(self, pos: int) -> tuple:
        """(start, end) of the line that holds text[pos]."""
        i = bisect.bisect_left(self.newlines, pos)
        start = self.newlines[i - 1] + 1 if i else 0
        return start, self.newlines[i] if i < len(self.newlines) else len(self.text)

    def line_has_han(self, pos: int) -> bool:
        if not self.has_han:
            return False
        start, end = self.line(pos)
        if start not in self.han_lines:
            self.han_lines[start] = _HAN.search(self.text, start, end) is not None
        return self.han_lines[start]

    def later_explained(self, end: int) -> bool:
        """Does ``_LATER`` match between text[end] and the end of its sentence? A match found from
        an earlier position answers for every later one up to its start; none found answers for
        the rest of the sentence (the patterns look only at the text, never at where a search began)."""
        i = bisect.bisect_left(self.stops, end)
        stop = self.stops[i] if i < len(self.stops) else len(self.text)
        cached = self.later.get(stop)
        if cached is not None and cached[0] <= end and (cached[1] is None or cached[1].start() >= end):
            return cached[1] is not None
        found = _LATER.search(self.text, end, stop)
        self.later[stop] = (end, found)
        return found is not None


def _explained(text: str, start: int, end: int, scan: "_Scan | None" = None) -> bool:
    """Is the quoted slogan text[start:end] (its marks included) explained where it stands?"""
    if _AFTER.match(text, end) or _noun_which(text, end):
        return True
    scan = scan or _Scan(text)
    line_start = scan.line(start)[0]
    if _BEFORE.search(text, max(line_start, start - 40), start):
        return True
    return scan.later_explained(end)


def _listed(text: str, start: int, end: int) -> bool:
    """Does another quoted phrase stand right before or after it, joined by a comma or "and"?"""
    return bool(_LIST_AFTER.match(text, end) or _LIST_BEFORE.search(text, max(0, start - 12), start))


_CARDINALS = frozenset("one two three four five six seven eight nine ten".split())
_NUMBER_WORDS = _CARDINALS | frozenset("""eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion nil""".split())
# A verb or "by" right before the mark, with no determiner between: a count quoted as a
# quantity, a predicate or a margin ('the plan was "one option" among many', 'the team was
# "two goals" short', 'they lost "two nil"', 'won by "two points"'). A slogan names one policy
# and stands as a noun with "the" ('the "two cards"') or before the noun it modifies ('the
# national "two new" policy', 'built "double-high" bases', 'the list of "three-haves" animals').
_QUANTITY_BEFORE = regex.compile(r"\b(?:is|are|was|were|be|been|being|lost|won|drew|trailed|by)\s+$", regex.IGNORECASE)


def _measure_compound(slogan: str) -> bool:
    """A cardinal and a singular noun joined by a hyphen: the compound adjective English makes
    from any count ("four-day" week, "six-party" talks, "two-state" solution). A count slogan
    counts its parts in the plural ("three-haves") or with an adjective after "double"."""
    first, _, second = slogan.partition("-")
    return bool(second) and first.lower() in _CARDINALS and not second.endswith("s")


@prepare.detector
def detect(doc, state):
    text = doc.text
    if '"' not in text and "“" not in text:
        return
    found = list(state["slogan"].finditer(text))
    if not found:
        return
    scan = _Scan(text)
    explained = set()
    for m in found:
        words = _normal(m.group(1))
        if words not in explained and _explained(text, m.start(), m.end(), scan):
            explained.add(words)
    for m in found:
        words = _normal(m.group(1))
        if m.group(2) in FUNCTION_WORDS or m.group(2) in state["numbers"] or m.group(2) in _NUMBER_WORDS:
            continue  # a verb's particle, a doubled count or a score: "double down", "double eleven", "two nil"
        if words in explained or words in state["accepted"]:
            continue
        if words in state["heads"]:
            continue  # the first words of an accepted form: "dual carbon" of "dual carbon goals"
        if words in _compounds_of(state["english_numbers"]):
            continue  # an English compound: "one-way", "double-edged"
        if _listed(text, m.start(), m.end()) or _INDEFINITE.search(text, max(0, m.start() - 4), m.start()):
            continue
        if _of_after(text, m.end()):
            continue
        if _measure_compound(m.group(1)):
            continue
        if m.group(1).split("-")[0].split(" ")[0].lower() in _CARDINALS and \
                _QUANTITY_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue  # a count quoted as a quantity: 'was "two goals" short', 'lost "two nil"'
        if scan.line_has_han(m.start()):
            continue
        yield Hit(m.start(1), m.end(1), None, {})
