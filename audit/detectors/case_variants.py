"""The ``case_variant`` mode of ``capitalization`` (issue 9, twenty-second round, caps9): one
term written with two letter cases in one document, the form that breaks the document's own
usage flagged. Chinese has no letter case, so an MT engine capitalises a term where its source
sentence looked like a heading or a name and leaves it in lower case elsewhere; an editor makes
the text agree with itself. Two shapes, each read once per document:

- ``title_runs``: a run of two to four words in title case inside a sentence ("the Rural
  Revitalisation Strategy") that the document also writes as an ordinary phrase in lower case
  ("the rural revitalisation strategy"): the run is no name there.
- ``name_forms``: a name written with capitals inside it in one place ("WeChat", "iPhone", or
  a short abbreviation: "CATL") and with one capital only in another ("Wechat", "Catl"): the
  plain form is flagged, as the owner's spelling has inner capitals.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import Hit
from .capital_words import matches_at, mostly_capitals, runs_with_inner_capitals
from .. import re_programs
from ..analysis import WordFacts
from ..zipf import zipf_cached

# A run of two to four words in title case, each of letters (a hyphenated word counts as one);
# not after or before another capitalised word, which would make it part of a longer name. The
# guard before the run is checked after its first capital (``(?<![\w'’&.-])`` first, re tried
# it at every character; begun with the capital, it skips to capitals: issue 13, speed41a,
# tests/test_capital_patterns41.py).
_RUN = re_programs.compile(r"([A-Z](?<![\w'’&.-][A-Z])[a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \u00a0][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})"
                           r"(?![\w'’&–—-])(?![ \u00a0]+[A-Z])")
# A word of letters with a capital ("WeChat", "iPhone", "CATL", "Wechat"), not after or before a
# character of an address, a handle or a file name.
_CASED_WORD = re_programs.compile(r"(?<![\w'’@#/.&-])([A-Za-z][a-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+)(?![\w'’@/&-]|\.\w)")
# ``_CASED_WORD``'s two kinds apart: a word with a capital after its first letter ("WeChat",
# "CATL"), and a word in title case ("Wechat"). A match of either is a whole run of letters
# with no word character after it, and a run is of one kind or of neither, so the matches of
# the two together are those of ``_CASED_WORD`` (tests/test_capital_scans.py): ``name_forms``
# reads the title-case words only in a document that writes a word with inner capitals.
_INNER_CASED_WORD = re_programs.compile(r"(?<![\w'’@#/.&-])([A-Za-z][a-z]*[A-Z][A-Za-z]*)(?![\w'’@/&-]|\.\w)")
_TITLE_CASED_WORD = re_programs.compile(r"(?<![\w'’@#/.&-])([A-Z][a-z]+)(?![\w'’@/&-]|\.\w)")
# What before a lower-case phrase makes it another use than the name's: "a", "an", a figure or
# a word that makes the phrase a common noun of its kind ("a green development", "two rural
# roads", "is our Big Bang the only big bang in the universe?", "another long march"), also
# with one word between ("a similar big bang", "its own big bang").
_INDEFINITE_BEFORE = re_programs.compile(r"(?:\b(?:a|an|one|only|another|any|every|each|no|such|own)"
                                         r"(?:[ \u00a0]+[a-z]+)?|\d)[ \u00a0]+$", re.IGNORECASE)
# A word English does not use below this Zipf frequency: a name ("wechat" 0, "catl" 0,
# "pinduoduo" 0), not a word with a use of its own ("apple", "shell", "next").
_NAME_ZIPF = 3.0


def _english_word(word: str) -> bool:
    """Is ``word`` (lower case) an English word, no syllable of a name in pinyin ("hong",
    "jinping"): common, or rarer and no pinyin ("revitalisation")?"""
    from .capitalization import _common_word
    from .capital_names import is_pinyin
    z = zipf_cached(word)
    return _common_word(word) or z >= 3.5 or z >= 1.5 and not is_pinyin(word)


# ``_english_word`` of each word, worked out once a process: it depends on the word alone, and
# ``title_runs`` asks it for every word of every run of every document (issue 13, speed36b).
_english = WordFacts(_english_word).__getitem__


def _opens_sentence(text, start, line_start) -> bool:
    from .capital_names import SENTENCE_OPENS
    return SENTENCE_OPENS.search(text, max(line_start, start - 4), start) is not None


def title_runs(doc, state):
    """A title-case run the document also writes, its first two words or more, as a lower-case
    phrase inside a sentence (see the module's docstring). Passed: a run opening its sentence,
    on a headline line, after a naming word ("called", "the Year of the"), before "of the X"
    (a body's name), the words of a defined term ("(RRS)"), and a lower-case phrase after "a",
    "an", a figure or a word such as "only" or "another", which is a common noun where the run
    may be a name ("the Long March" ... "a long march"). A phrase is reported at its first
    title-case use only."""
    from .capitalization import _NAMING, _NAME_GOES_ON, _common_word, title_line
    from .capital_names import letter_runs
    text = doc.text
    headline = {}
    lowered = {}  # phrase -> does the document write it in lower case as a definite phrase
    reported = set()
    named = {}  # the run's words -> a body's name or a name's words
    runs = None  # the text's runs of letters -> where they start, read after a few phrases counted
    scans = 0  # phrases counted so far
    for m in _RUN.finditer(text):
        run, start = m.group(1), m.start(1)
        words = run.split()
        if words[0].lower() in _DETERMINERS:
            if len(words) == 2:
                continue  # "The Comparison": a heading, or a determiner and its noun
            start += len(words[0]) + 1  # "The Green Development plan": the run after the determiner
            words = words[1:]
            run = text[start:m.end(1)]
        low = [w.lower() for w in words]
        key = tuple(low)
        if key not in named:  # asked once a phrase: a document repeats its runs
            named[key] = low[-1] in _body_heads() or not all(_english(p) for w in low for p in w.split("-"))
        if named[key]:
            continue  # "the Nomination Committee": a body's name; "Hong Kong": a name's words
        found = " ".join(low)
        if found not in lowered and not letter_runs(doc).issuperset(_LETTERS.findall(found)):
            # a word of the phrase is no run of letters of the document: no lower-case use of
            # it, read before the run's context (the document's runs are listed once, shared)
            lowered[found] = False
        if lowered.get(found) is False:
            continue
        line_start, line_end = doc.line_at(m.start())
        if _opens_sentence(text, start, line_start) or _after_capital(text, start, line_start) \
                or _NAME_HEAD_BEFORE.search(text, max(line_start, start - 60), start) \
                or _inside_title(text, start, line_start):
            continue  # "the Ministry of Emergency Management", "the Workgroup on Older Workers"
        if found not in lowered:
            # the stray form is the rarer one: a document that writes "the Big Bang" three times
            # and "the big bang" once has a name with one slip the other way, not a stray capital
            scans += 1
            if runs is None and scans > _SCANS_BEFORE_INDEX:
                runs = _letter_runs(text)
            lower = _lower_uses(text, found, runs)
            lowered[found] = lower > 0 and _title_uses(text, found, runs) <= lower
        if not lowered[found]:
            continue
        if _NAME_GOES_ON.match(text, m.end(1)) or _LINK_TO_CAPITAL.match(text, m.end(1)) \
                or _COUNT_BEFORE.search(text, max(line_start, start - 12), start) \
                or title_line(doc, headline, line_start, line_end) \
                or _NAMING.search(text, max(line_start, start - 20), start) or _quoted_title(text, start, line_start):
            continue
        if found in reported:
            continue  # one finding a phrase: the document's two forms are one matter for the editor
        reported.add(found)
        yield Hit(start, m.end(1), " ".join(low), {"word": run, "other": found})


# The phrases whose uses a document's text is scanned for before its runs of letters are read
# once (``_letter_runs``): a short text with a few phrases, or a long one repeating one, is
# scanned; one with many phrases is read once, as scans per phrase grow with length x phrases.
_SCANS_BEFORE_INDEX = 4


_CAPITAL_BEFORE = re_programs.compile(r"([A-Z][\w'’-]*)[ \u00a0]+$")
_DETERMINERS = frozenset("the this these that those its their our his her a an".split())


def _after_capital(text, start, line_start) -> bool:
    """Does a capitalised word stand right before ``start`` (the run ends a longer name), other
    than a determiner opening the sentence ("The Green Development plan")?"""
    m = _CAPITAL_BEFORE.search(text, max(line_start, start - 40), start)
    if not m:
        return False
    return not (m.group(1).lower() in _DETERMINERS and _opens_sentence(text, m.start(1), line_start))


# A capitalised word and a linking word before the run: the run ends a longer name ("the
# Ministry of Emergency Management", "the Workgroup on Older Workers", "Conservation in the New Era").
_NAME_HEAD_BEFORE = re_programs.compile(r"[A-Z][\w'’-]*[ \u00a0]+(?:of|for|and|on|in|to|at)[ \u00a0]+(?:the[ \u00a0]+)?$")


# A short link and a capitalised word after the run: a longer name or a title ("The Consumer
# Protection from Unfair Trading Regulations", "The River Takes the Salt").
_LINK_TO_CAPITAL = re_programs.compile(r"[ \u00a0]+[a-z]{1,5}[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
# A figure or an ordinal before the run: a numbered plan or event ("the 15th Five-Year Plan").
_COUNT_BEFORE = re_programs.compile(r"\d\w*[ \u00a0]+$")


_CAPITAL_THE_BEFORE = re_programs.compile(r"([A-Z][\w'’-]*)[ \u00a0]+the[ \u00a0]+$")


def _inside_title(text, start, line_start) -> bool:
    """Does a capitalised word, not opening its sentence, stand before "the" and the run: a
    title of a law or a work ("The Regulations on Optimizing the Business Environment")?"""
    m = _CAPITAL_THE_BEFORE.search(text, max(line_start, start - 40), start)
    return m is not None and not _opens_sentence(text, m.start(1), line_start)


def _quoted_title(text, start, line_start) -> bool:
    """Is the run inside a quotation opened by a capitalised word (a title: '"China's Water
    Conservation in the New Era"')?"""
    m = re.search(r"[\"“]([^\"“”]*)$", text[max(line_start, start - 120):start])
    return m is not None and re.match(r"[A-Z]", m.group(1) or "X") is not None


# Heads of a programme's name, which news English writes in lower case as often as not: a run
# ending in one is judged by the document's own usage ("the Rural Revitalisation Strategy").
_PROGRAMME_HEADS = frozenset("strategy strategies plan plans initiative programme program campaign policy project scheme".split())


@lru_cache(maxsize=1)
def _body_heads():
    """The heads of bodies' and places' names ("committee", "bureau", "bank"), not programmes'
    (made once: asked for each phrase)."""
    from .capitalization import _BODY_HEADS, _RUN_NAME_HEADS
    return (_BODY_HEADS | _RUN_NAME_HEADS) - _PROGRAMME_HEADS


def _letter_runs(text) -> "_LetterRuns":
    """Each run of letters in ``text`` (case kept) -> the offsets where it starts: where a
    phrase's pattern may match, instead of a scan of the text per phrase."""
    return _LetterRuns(text)


class _LetterRuns:
    """The runs of letters (``_LETTERS``) of a text -> the offsets where each starts, in order,
    found for each run when it is first asked for (``str.find``): a document's phrases ask for
    a few runs, and listing every run of the text cost more than the phrases' reads together
    (issue 13, speed36b). A run of ``_LETTERS`` is a stretch of ASCII letters with none on
    either side (tests/test_capital_scans.py holds the reads to the listed runs)."""

    __slots__ = ("text", "known")

    def __init__(self, text):
        self.text = text
        self.known = {}

    def _starts(self, run):
        starts = self.known.get(run)
        if starts is None:
            starts = self.known[run] = _run_starts(self.text, run)
        return starts

    def __contains__(self, run):
        return bool(self._starts(run))

    def __getitem__(self, run):
        starts = self._starts(run)
        if not starts:
            raise KeyError(run)
        return starts


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _run_starts(text, run):
    """Where the run of ASCII letters ``run`` stands in ``text`` with no letter on either side."""
    if not run or not all(ch in _ASCII_LETTERS for ch in run):
        return []  # no run of ``_LETTERS`` is so
    n, size, starts = len(run), len(text), []
    at = text.find(run)
    while at >= 0:
        if (at == 0 or text[at - 1] not in _ASCII_LETTERS) and (at + n == size or text[at + n] not in _ASCII_LETTERS):
            starts.append(at)
            at = text.find(run, at + n)
        else:
            at = text.find(run, at + 1)
    return starts


_LETTERS = re_programs.compile(r"[A-Za-z]+")


def _uses(text, phrase, runs=None):
    """The matches of ``_phrase_pattern(phrase)`` in ``text``, none and no pattern compiled
    where a word of the phrase is nowhere in the text. With ``runs`` (``_letter_runs(text)``)
    the same matches as ``re.finditer`` gives (leftmost first, none overlapping), tried only
    where the phrase's first run of letters starts a run of letters in the text (a match starts
    after no word character and its first word ends at a space or a hyphen)."""
    if runs is None:
        if all(word in text for word in phrase.split(" ")):
            yield from re.finditer(_phrase_pattern(phrase), text)
        return
    parts = _LETTERS.findall(phrase)
    if not all(part in runs for part in parts):
        return
    pattern = re.compile(_phrase_pattern(phrase))
    end = 0
    for start in runs[parts[0]]:
        if start >= end:
            m = pattern.match(text, start)
            if m:
                end = m.end()
                yield m


def _lower_uses(text, phrase, runs=None) -> int:
    """How often ``text`` writes ``phrase`` in lower case, not after "a", "an", a figure or a
    word that makes it a common noun of its kind (``runs``: ``_letter_runs(text)``, or None
    for a scan of the text)."""
    return sum(1 for m in _uses(text, phrase, runs)
               if not _INDEFINITE_BEFORE.search(text, max(0, m.start() - 30), m.start()))


def _lower_use(text, phrase) -> bool:
    """Does ``text`` write ``phrase`` in lower case, not after "a", "an" or a figure?"""
    return _lower_uses(text, phrase) > 0


def _title_uses(text, phrase, runs=None) -> int:
    """How often ``text`` writes ``phrase`` with every word capitalised."""
    title = " ".join(w[:1].upper() + w[1:] for w in phrase.split())
    return sum(1 for _ in _uses(text, title, runs))


def _phrase_pattern(phrase) -> str:
    """``phrase`` as a whole-word pattern, its spaces any run of spaces or no-break spaces."""
    return r"(?<![\w'’@#/.-])" + re.escape(phrase).replace(r"\ ", r"[ \u00a0]+") + r"(?![\w'’@/-]|\.\w)"


def _shouted(text, line_start, line_end, seen) -> bool:
    """Is the line set mostly in capitals (a headline, a banner): asked once per line."""
    if line_start not in seen:
        seen[line_start] = mostly_capitals(text[line_start:line_end])
    return seen[line_start]


def _name_word(low: str) -> bool:
    """Is ``low`` (lower case) no English word: Zipf below ``_NAME_ZIPF`` and not written in
    lower case by CC-CEDICT's glosses ("catl", "pinduoduo"; not "aids", "who", "us")?"""
    from .capitalization import _common_word
    return len(low) >= 3 and zipf_cached(low) < _NAME_ZIPF and not _common_word(low)


def _camel(word: str) -> bool:
    """A capital after a lower-case letter: an owner's spelling ("WeChat", "iPhone", "McDonald")."""
    return _CAMEL.search(word) is not None


def _inner_form_of(word: str) -> bool:
    """Can ``word`` (inner capitals, or in capitals) be a name's owner's spelling: camel case
    ("WeChat"), or a short word in capitals that pinyin does not spell ("CATL", not "HONG")?"""
    from .capital_names import is_pinyin
    return _camel(word) or not (len(word) > _MAX_ABBREVIATION or is_pinyin(word.lower()))


# ``_inner_form_of`` of each word, worked out once a process (it depends on the word alone).
_inner_form = WordFacts(_inner_form_of).__getitem__
# A lower-case word or a mark, then spaces, before a word with inner capitals.
_AFTER_LOWER_OR_MARK = re_programs.compile(r"(?:[a-z,;:(]|[a-z][\"”’'])[ \u00a0]+$")
_CAMEL = re_programs.compile(r"[a-z][A-Z]")


def name_forms(doc, state):
    """``name_forms`` of the module's docstring: a word written with one capital where the
    document writes it with inner capitals, the owner's spelling. The inner form counts where
    it stands inside a sentence after a lower-case word or a mark, not on a line set in capitals
    or opening a line (a dateline: "YANTAI, Jan 5"); a form in capitals counts only for a short
    word (an abbreviation: "CATL", "BYD") and only against a title-case word English does not use
    and pinyin does not spell ("Catl", not "Yantai" or "Aids"). Passed: a word English uses
    (Zipf ``_NAME_ZIPF`` or more, or written in lower case by CC-CEDICT's glosses)."""
    text = doc.text
    shouted = {}
    inner = {}  # lower-case word -> its forms with inner capitals inside sentences
    # The words with inner capitals first (``_INNER_CASED_WORD``), then the title-case words
    # that are one of them in lower case and another case (``_TITLE_CASED_WORD``): together the
    # words of ``_CASED_WORD``, each kind in the text's order; most documents write no word so.
    for m in matches_at(_INNER_CASED_WORD, text, runs_with_inner_capitals(text)):
        word = m.group(1)
        if not _inner_form(word):
            continue
        low = word.lower()
        line_start, line_end = doc.line_at(m.start())
        if not _AFTER_LOWER_OR_MARK.search(text[max(line_start, m.start() - 4):m.start()]) \
                or _shouted(text, line_start, line_end, shouted):
            continue
        inner.setdefault(low, set()).add(word)
    # a word in title case is judged where it is one of these in lower case with one form
    # inside sentences: the capitalised spelling of that word (the words are of ASCII letters)
    titled = {low[0].upper() + low[1:] for low, forms in inner.items() if len(forms) == 1}
    if not any(word in text for word in titled):
        return
    for m in _TITLE_CASED_WORD.finditer(text):
        word = m.group(1)
        if word not in titled:
            continue
        low = word.lower()
        forms = inner[low]
        good = next(iter(forms))
        if not _camel(good) and not _name_word(low):
            continue  # "Us" beside "US", "Aids" beside "AIDS": an English word of its own
        if not _camel(good) and _beside_capital(text, m.start(1), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), good, {"word": word, "other": good})


# The longest word in capitals read as an abbreviation a name is spelt with ("CATL", "OPPO").
_MAX_ABBREVIATION = 5


def _beside_capital(text, start, end) -> bool:
    """Is the word beside another capitalised word (part of a longer name)?"""
    return re.search(r"[A-Z][\w'’-]*[ \u00a0]$", text[max(0, start - 30):start]) is not None \
        or re.match(r"[ \u00a0][A-Z]", text[end:end + 2]) is not None


def case_variants(doc, state):
    yield from title_runs(doc, state)
    yield from name_forms(doc, state)
