"""``pattern``: a regular expression (the ``regex`` module, for its match timeout)."""
from __future__ import annotations

import bisect
import gc
import time

import regex

from . import DetectorTimeout, Hit, Key, ParamError, register
from .. import diskcache
from . import lookahead, prefilter, screen, windows
from .lookahead import looking_ahead_first
from .prefilter import requirement
from .programs import PROGRAMS
from ..spans import Occurrences

_FLAGS = {"ignorecase": regex.IGNORECASE, "multiline": regex.MULTILINE, "dotall": regex.DOTALL}


def _document_regex(p, key):
    """The compiled document-level gate a rule declares under ``key`` (``unless_document``:
    no finding in a document it matches; ``when_document``: findings only in one it matches)."""
    if p.get(key) is None:
        return None
    try:
        return PROGRAMS.compile(p[key])  # the stored program: a rule's fixed text, as regex.compile makes it
    except regex.error as exc:
        raise ParamError(key, f"invalid regular expression: {exc}") from None


@register("pattern", {
    "pattern": Key((str,), doc="regular expression; the match (or `group`) is the span"),
    "group": Key((int, str), 0, "group whose span is reported"),
    "flags": Key((list,), [], "any of ignorecase, multiline, dotall"),
    "suggestion": Key((str, type(None)), None, "replacement; may use \\1 or \\g<name>"),
    "suggestions": Key((dict,), {}, "replacement per named group: the first group that matched picks its own"),
    "timeout": Key((int, float), 0.5, "seconds of CPU time one document may take before the rule gives up"),
    "unless_document": Key((str, type(None)), None, "regular expression: a document in which it matches anywhere "
                           "gets no finding from this rule (a voice or genre the rule is not about)"),
    "when_document": Key((str, type(None)), None, "regular expression: only a document in which it matches "
                         "somewhere gets findings from this rule (the kind of story the error arises in)"),
    "window": Key((dict, type(None)), None, "{anchor: ..., through: ...}: search only the runs of `through` characters "
                  "(an ASCII class) that hold a match of `anchor`; the loader checks that the pattern reads no further, "
                  "tests that every match's run holds an anchor match (audit/detectors/windows.py)"),
    "skip_partial_quotes": Key((bool,), False, "skip a match inside a partial quotation: a quoted fragment, not a "
                               "quoted sentence (welcomed \"healthy and orderly\" exchanges), where a reporter keeps "
                               "a source's own wording"),
    "skip_speech": Key((bool,), False, "skip a match in a speaker's own words as published: a transcript turn (a line "
                       "that opens with a speaker's label, 'MA SHUHE:', 'Q (Bloomberg):') or a speech's text (a "
                       "document headed 'Remarks by ...' or with a 'Ladies and Gentlemen,' salutation), where the "
                       "register is the speaker's, not a translation slip"),
}, fields=("groups",))
def prepare(p):
    flags = 0
    for name in p["flags"]:
        if name not in _FLAGS:
            raise ParamError("flags", f"unknown flag {name!r} (expected {', '.join(_FLAGS)})")
        flags |= _FLAGS[name]
    flags = int(flags)  # a plain int: the facts table's key is written with marshal
    facts, compiled = _FACTS.get(p["pattern"], flags), None
    if facts is None:
        try:
            compiled = regex.compile(p["pattern"], flags)
        except regex.error as exc:
            raise ParamError("pattern", f"invalid regular expression: {exc}") from None
        facts = _FACTS.put(p["pattern"], flags, compiled.groups, dict(compiled.groupindex),
                           prefilter.screened(requirement(p["pattern"])))
    groups, groupindex, requires = facts
    if p["timeout"] <= 0:
        raise ParamError("timeout", "must be positive")
    if isinstance(p["group"], int) and p["group"] > groups:
        raise ParamError("group", f"pattern has only {groups} groups")
    if isinstance(p["group"], str) and p["group"] not in groupindex:
        raise ParamError("group", f"pattern has no group named {p['group']!r}")
    for name, value in p["suggestions"].items():
        if name not in groupindex:
            raise ParamError("suggestions", f"pattern has no group named {name!r}")
        if not isinstance(value, str):
            raise ParamError("suggestions", f"the suggestion for {name!r} must be a string")
    unless, when = _document_regex(p, "unless_document"), _document_regex(p, "when_document")
    state = {"re": _Regex(p["pattern"], flags, compiled, (groups, dict(groupindex))),
             "group": p["group"], "suggestion": p["suggestion"],
             "suggestions": dict(p["suggestions"]), "timeout": float(p["timeout"]), "requires": requires,
             "unless": unless, "when": when, "window": _window(p.get("window"), p["pattern"], flags),
             "skip_partial_quotes": bool(p.get("skip_partial_quotes", False)),
             "skip_speech": bool(p.get("skip_speech", False))}
    prefilter.register(state)
    return state


_PARTIAL_QUOTE_WORDS = 25
_LONG_FRAGMENT_WORDS = 80  # a fragment the writer's sentence runs through, however long
# A word of the writer's sentence, or the colon that introduces a quoted phrase ('in planning
# documents: "innovation as the first driving force."'), right before the opening mark.
_WORD_BEFORE_QUOTE = PROGRAMS.compile(r"[a-z:][ \u00a0]$")
_OPENERS = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"'}


# A transcript turn: a line that opens with a speaker's label of one to four words, in
# capitals or capitalised, an outlet in brackets allowed, then a colon ("MA SHUHE:", "Gao
# Wenjing:", "Q (Bloomberg):", "A:").
_SPEAKER_LABEL = PROGRAMS.compile(r"[ \t]*(?:[A-Z][\w.'’-]*)(?:[ \u00a0][A-Z][\w.'’-]*){0,3}(?:[ \u00a0]\([^()\n]{1,40}\))?:[ \u00a0]")
_SPEAKER_LINE = PROGRAMS.compile(r"(?m)^" + _SPEAKER_LABEL.pattern)
# A speech's text: a heading that names it, or the salutation it opens with.
_SPEECH_DOCUMENT = PROGRAMS.compile(r"(?m)\A(?:[^\n]*\n){0,3}?[ \t]*(?:(?:Full )?[Tt]ext of )?(?:Remarks|Speech|Address|Keynote "
                                 r"(?:[Ss]peech|[Aa]ddress)|Toast|Statement) (?:by|of|at)\b|^[ \t]*(?:Ladies and [Gg]entlemen|"
                                 r"Dear (?:[Ff]riends|[Cc]olleagues))[,!]?[ \t]*$")


def in_speech(doc, start: int) -> bool:
    """Whether ``start`` lies in a speaker's own words as published: a transcript turn (its line
    opens with a speaker's label, and the document has two such lines or more) or anywhere in a
    speech's text (``_SPEECH_DOCUMENT``)."""
    speech = doc.cache.get("speech_document")
    if speech is None:
        speech = doc.cache["speech_document"] = bool(_SPEECH_DOCUMENT.search(doc.text))
    if speech:
        return True
    turns = doc.cache.get("speaker_turns")
    if turns is None:
        # a transcript has turns: one line that opens "Beijing:" is a dateline, not a speaker
        inline = [m.start() for m in _SPEAKER_LINE.finditer(doc.text)]
        alone = [m.end() for m in _LABEL_ALONE.finditer(doc.text)]
        if len(inline) + len(alone) >= 2:
            blocks = _turn_blocks(doc.text, alone, inline)
            turns = doc.cache["speaker_turns"] = (frozenset(inline), blocks)
        else:
            turns = doc.cache["speaker_turns"] = (frozenset(), ())
    inline, blocks = turns
    if any(a <= start < b for a, b in blocks):
        return True
    line_start = doc.text.rfind("\n", 0, start) + 1
    if line_start not in inline:
        return False
    return _SPEAKER_LABEL.match(doc.text, line_start).end() <= start


# A speaker's label alone on its line, the turn's words on the lines after it ("Han Yuelin:" then
# the answer, as press-conference transcripts are laid out; issue 9, sixteenth round).
_LABEL_ALONE = PROGRAMS.compile(r"(?m)^[ \t]*(?:[A-Z][\w.'’-]*)(?:[ \u00a0][A-Z][\w.'’-]*){0,3}(?:[ \u00a0]\([^()\n]{1,40}\))?:[ \t]*\n")


def _turn_blocks(text: str, alone, inline) -> tuple:
    """The stretches of ``text`` that a label alone on its line opens: from the line after it to
    the next label of either kind, or the end."""
    starts = sorted(set(alone) | set(inline))
    blocks = []
    for a in alone:
        later = [s for s in starts if s > a]
        blocks.append((a, later[0] if later else len(text)))
    return tuple(blocks)


class QuoteMarks:
    """The line breaks and quotation marks of one text, found once (``spans.Occurrences``), for
    ``in_partial_quote`` at many hits of a long text: each call read the line back to its start
    for every opening mark (and counted its straight quotes), so a 1 MB one-line document with
    thousands of hits of a rule that skips partial quotes was quadratic."""

    __slots__ = ("at", "closing_rsquo")

    def __init__(self, text: str):
        self.at = {m: Occurrences(text, m) for m in ("\n", '"', "\u201c", "\u201d", "\u2018", "\u2019")}
        # a right single mark that closes: one not followed by a letter (else an apostrophe)
        self.closing_rsquo = [k for k in self.at["\u2019"]._at if k + 1 >= len(text) or not text[k + 1].isalpha()]

    def rfind(self, mark: str, lo: int, hi: int) -> int:
        """``text.rfind(mark, lo, hi)`` for a mark of one character."""
        k = self.at[mark].rfind(hi)
        return k if k >= lo else -1

    def find(self, mark: str, lo: int, hi: int) -> int:
        """``text.find(mark, lo, hi)`` for a mark of one character."""
        k = self.at[mark].find(lo)
        return k if 0 <= k < hi else -1

    def find_closing_rsquo(self, lo: int, hi: int) -> int:
        """The first right single mark in ``[lo, hi)`` not followed by a letter inside the line
        (``hi`` its end), else -1."""
        i = bisect.bisect_left(self.closing_rsquo, lo)
        return self.closing_rsquo[i] if i < len(self.closing_rsquo) and self.closing_rsquo[i] < hi else -1


def in_partial_quote(text: str, start: int, end: int, marks: "QuoteMarks | None" = None) -> bool:
    """Whether ``text[start:end]`` lies inside a partial quotation on its line: a quoted
    fragment, not a quoted sentence, of at most ``_PARTIAL_QUOTE_WORDS`` words ('it welcomed
    "healthy and orderly" exchanges', 'urged "Taiwan compatriots" to', '"Healthy and orderly"
    growth remains the aim', 'in its words, ‘healthy and orderly’.'). A quotation that ends
    on a full stop, a question or exclamation mark or a comma inside its marks is a quoted
    sentence (MT renders whole quoted speeches, calques and all), unless it opens in lower
    case right after a word of the writer's sentence ('would "waste the money of Taiwan
    compatriots."'). A longer quotation is a fragment only when it opens in lower case right
    after a word of the writer's sentence and ends with no mark of its own, up to
    ``_LONG_FRAGMENT_WORDS`` words ('said it would "continue to ... all peoples", a spokeswoman
    said')."""
    # ``marks`` (the text's marks found once) answers the same finds by bisection
    rfind = text.rfind if marks is None else (lambda m, lo, hi: marks.rfind(m, lo, hi))
    find = text.find if marks is None else (lambda m, lo, hi: marks.find(m, lo, hi))
    line_start = rfind("\n", 0, start) + 1
    line_end = find("\n", end, len(text))
    line_end = len(text) if line_end < 0 else line_end
    opening, mark = -1, ""
    for m in _OPENERS:
        k = rfind(m, line_start, start)
        if k > opening:
            opening, mark = k, m
    if opening < 0:
        return False
    if mark == '"' and (text.count('"', line_start, opening) if marks is None
                        else marks.at['"'].count(line_start, opening)) % 2:
        return False  # a straight quote after an odd count closes a quotation
    if mark == "\u2018" and opening > line_start and text[opening - 1].isalpha():
        return False
    closer = _OPENERS[mark]
    if closer == "\u2019" and marks is not None:
        closing = marks.find_closing_rsquo(end, line_end)
    else:
        closing = find(closer, end, line_end)
        while closer == "\u2019" and 0 <= closing < line_end - 1 and text[closing + 1].isalpha():
            closing = find(closer, closing + 1, line_end)  # an apostrophe ("the city’s"), not the mark
    if closing < 0 or (mark != '"' and find(closer, opening + 1, start) >= 0):
        return False
    inside = text[opening + 1:closing]
    words = len(inside.split())
    sentence_end = inside.rstrip().endswith((".", "!", "?", ",", "\u2026"))
    if words > _PARTIAL_QUOTE_WORDS:
        # a long quotation is a fragment only when the writer's sentence runs into it and on
        # past it: it opens in lower case right after a word ('would "continue to ...') and
        # ends with no full stop or comma of its own
        return (words <= _LONG_FRAGMENT_WORDS and not sentence_end and inside[:1].islower()
                and bool(_WORD_BEFORE_QUOTE.search(text, max(line_start, opening - 2), opening)))
    if not sentence_end:
        return True  # a fragment: the writer's sentence goes on after it, or ends outside its marks
    return (inside[:1].islower() and words <= 15
            and bool(_WORD_BEFORE_QUOTE.search(text, max(line_start, opening - 2), opening)))


def _window(declared, pattern_text: str, flags: int):
    """The rule's ``windows.Windows``, or None when it declares none."""
    if declared is None:
        return None
    if set(declared) != {"anchor", "through"} or not all(isinstance(v, str) for v in declared.values()):
        raise ParamError("window", "expected {anchor: <expression>, through: <character class>}")
    refused = windows.CHECKED.get(pattern_text, flags, declared["anchor"], declared["through"])
    if refused is not None:
        raise ParamError("window", refused)
    return windows.Windows(declared["anchor"], declared["through"])


class _Regex:
    """A pattern compiled on first use, from its stored program when there is one
    (``programs.PROGRAMS``): most rules match nothing in most documents and their prefilter
    turns the document away, so a run compiles only the patterns some document needs. Nothing
    before the screens compiles it: whether the pattern compiles, and its groups, are known at
    load time (``_FACTS``), whether a search may begin late is read from its text
    (``_may_start_late``), and a rule tried locally compiles it once its re2 form matches
    (``_local_matches``). What is compiled
    is ``compiled_text``: the pattern with its lookbehind-led branches looking ahead first
    (``lookahead.looking_ahead_first``: the same matches, found without trying every branch at
    every position); ``pattern`` stays the rule's own text."""
    __slots__ = ("pattern_text", "flags", "_compiled", "late", "_compiled_text", "_shape")

    def __init__(self, pattern_text: str, flags: int, compiled=None, shape=None):
        self.pattern_text, self.flags, self._compiled = pattern_text, flags, None
        self._compiled_text = None
        self._shape = shape  # (groups, groupindex) of the rule's own text, when known (``_FACTS``)
        if compiled is not None and self.compiled_text == pattern_text:
            self._compiled = compiled
        self.late = None  # whether a search may begin past the text's start (``_may_start_late``)

    @property
    def pattern(self) -> str:
        return self.pattern_text

    @property
    def compiled_text(self) -> str:
        if self._compiled_text is None:
            self._compiled_text = _REWRITES.get(self.pattern_text, self.flags)
        return self._compiled_text

    def compiled(self):
        if self._compiled is None:
            compiled = None
            if self.compiled_text != self.pattern_text:
                try:
                    compiled = PROGRAMS.compile(self.compiled_text, self.flags)
                except regex.error:
                    pass
                if self._shape is None:
                    own = PROGRAMS.compile(self.pattern_text, self.flags)
                    self._shape = (own.groups, dict(own.groupindex))
                if compiled is None or (compiled.groups, dict(compiled.groupindex)) != self._shape:
                    # the rewrite misread the text (a group it did not see): compile it as written
                    self._compiled_text, compiled = self.pattern_text, None
            self._compiled = compiled if compiled is not None else PROGRAMS.compile(self.pattern_text, self.flags)
        return self._compiled

    def finditer(self, *args, **kwargs):
        return self.compiled().finditer(*args, **kwargs)

    def __getattr__(self, name):  # pattern, groups, groupindex, search, ...: the compiled pattern's
        if name.startswith("__") or name in _Regex.__slots__:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return _Regex, (self.pattern_text, self.flags)


def _may_start_late(pattern: "_Regex") -> bool:
    """Whether a search of ``pattern`` may begin past the text's start with the same matches
    as from the start: not for ``\\G`` (it matches where the search begins) nor a reverse
    search (``(?r)``). Read from the pattern's text and flags; compiled only when its text may
    turn the reverse flag on inline (``_may_reverse``), which no catalog pattern's does: the
    detector asks before its screen, which turns most documents away uncompiled."""
    late = pattern.late
    if late is None:
        text = pattern.pattern_text
        if "\\G" in text or pattern.flags & regex.REVERSE:
            late = False
        elif not _may_reverse(text):
            late = True
        else:
            late = not pattern.compiled().flags & regex.REVERSE
        pattern.late = late
    return late


def _may_reverse(text: str) -> bool:
    """Whether ``text`` may hold an inline flag group that holds ``r`` (``(?r)``, ``(?ir)``,
    ``(?r:...)``): a ``(?`` followed by letters, digits or ``-`` among which is an ``r``. Also
    true of such characters escaped or in a class; the compiled pattern's flags decide then."""
    at = text.find("(?")
    while at >= 0:
        i = at + 2
        while i < len(text) and (text[i].isalnum() or text[i] == "-"):
            if text[i] == "r":
                return True
            i += 1
        at = text.find("(?", at + 2)
    return False


def _local_matches(pattern: "_Regex", starts, doc, timeout, pos: int = 0, first=None):
    """``screen.local_finditer``'s matches of ``pattern`` in ``doc`` (``starts``: its re2 form
    from the start), compiling the pattern only once that form matches: in most documents a
    rule's prefilter lets through it matches nowhere, and the pattern is not needed. The
    search begins at that first match, as one from the start would find nothing before it.
    The rule's timeout counts this thread's CPU time across the search, less the garbage
    collector's (``_search_clock``):
    a document dense with matches (a 1 MB line of one rule's own words, 19,455 matches of
    mt-term-grassroots-38c in 0.25 s of CPU) is not stopped because other work shares the
    machine, which stretched that search past 0.5 s of wall-clock time twice, losing its
    findings; a pattern that backtracks without end spends the timeout on the CPU, and each
    attempt is still stopped, wall-clock, at what is left of it (``detect`` resumes a search
    so stopped while CPU time is left). ``pos``: where the search begins (a resumed one,
    ``detect``), as ``finditer(text, pos)``; ``first``: the leftmost match of ``starts`` from the
    start, when ``detect`` has asked re2 for it already (``_first_start_hit``)."""
    screened = screen._screen_text(doc)
    hit = first if first is not None and not pos else screen.leftmost(starts, screened, pos)
    if hit is None:
        return
    yield from screen.local_finditer(pattern.compiled(), starts, doc.text, screened, hit[0], timeout,
                                     clock=_search_clock, short_range=screen.PATTERN_SHORT_RANGE)


class _Facts(diskcache.ExitSavedTable):
    """What loading a pattern rule learns of its pattern, kept on disk between runs
    (``audit.diskcache``, one table under a key of the source of this module and of
    ``prefilter.py`` and the ``regex`` version): that it compiles, its groups and named groups, its prefilter
    (``prefilter.requirement``, weakened by ``prefilter.screened``). Reading them back costs a dictionary look-up; working them out costs a
    compilation and two parses per pattern at every start. A missing or unreadable table, or
    a pattern not in it, means working them out as before; new facts are written once, when
    the process ends."""
    _NAME = "pattern-facts"
    _LIMIT = 5000  # patterns kept: a catalog has dozens; test runs make thousands of one-off ones

    def _key(self) -> str:
        # the code that works the facts out: this module and the prefilter's parser
        return diskcache.key_of([diskcache.file_digest(__file__), diskcache.file_digest(prefilter.__file__),
                                 str(getattr(regex, "__version__", ""))])

    def get(self, pattern_text: str, flags: int):
        facts = self._load().get((pattern_text, flags))
        if not (isinstance(facts, tuple) and len(facts) == 3 and isinstance(facts[0], int)
                and isinstance(facts[1], dict)):
            return None
        return facts

    def put(self, pattern_text: str, flags: int, groups: int, groupindex: dict, requires):
        facts = (groups, groupindex, requires)
        self._store((pattern_text, flags), facts)
        return facts


_FACTS = _Facts()


class _Rewrites(diskcache.ExitSavedTable):
    """``looking_ahead_first``'s answers kept on disk between runs (one table under a key of the
    source of ``lookahead.py`` and the ``regex`` version): the rewrite reads a pattern branch by
    branch in Python, about 1.4 ms a catalog pattern, which every run paid again for each of the
    some 280 patterns its documents needed (0.38 s of a 0.66 MB check); reading one back costs a
    dictionary look-up. The answer is the same text."""
    _NAME = "lookahead-rewrites"
    _LIMIT = 5000  # as ``_Facts``: test runs make thousands of one-off patterns

    def _key(self) -> str:
        return diskcache.key_of([diskcache.file_digest(lookahead.__file__), str(getattr(regex, "__version__", ""))])

    def get(self, pattern_text: str, flags: int) -> str:
        flags = int(flags)  # a plain int: the table's keys are written with marshal
        # ``looking_ahead_first`` looked up when called, so that a test can stand in for it
        return self._text_answer((pattern_text, flags), lambda: looking_ahead_first(pattern_text, flags))


_REWRITES = _Rewrites()


# CPU time the garbage collector spends, counted by a callback from this module's import (the
# real ``time.thread_time`` of the thread that collects): a collection that falls inside a search
# is no time of the search (a full collection of a process holding tens of thousands of findings,
# a test worker's or a batch audit's, takes a good part of a rule's 0.5 s). ``_search_clock``
# leaves it out.
_GC = {"spent": 0.0, "started": None}
_THREAD_TIME = time.thread_time


def _gc_timer(phase, _info):
    if phase == "start":
        _GC["started"] = _THREAD_TIME()
    elif _GC["started"] is not None:
        _GC["spent"] += _THREAD_TIME() - _GC["started"]
        _GC["started"] = None


gc.callbacks.append(_gc_timer)


def _search_clock() -> float:
    """The calling thread's CPU time less the collector's (``_GC``): what a search has spent."""
    return time.thread_time() - _GC["spent"]


# The rule's timeout is CPU time: a search stops once the thread running it has spent ``timeout``
# seconds of CPU on it, whatever the wall clock says (a stall of a loaded machine, another process
# on the core or a swap, once stopped a 0.2 ms search at 0.5 s and lost its finding). The thread's,
# not the process's: the search runs on its own thread, and no other thread's work is its (two CI
# failures on one-line sentences were the garbage collector's pauses, left out below, not other
# threads). Every path of ``_hits`` reckons what it has left on ``_search_clock`` (the thread's CPU
# time less the garbage collector's); the ``regex`` module can stop one
# call only on the wall clock, so a call it stops is a search that ``detect`` resumes with the
# CPU time left, while at least this share of the timeout is left (a pattern that backtracks
# without end spends its timeout on the CPU and is stopped at its first try on a quiet machine;
# on one that gives it half the core, at its fourth).
_LEAST_LEFT_SHARE = 0.125
# From this length on, a text's quotation marks are found once (``QuoteMarks``) for the hits that
# skip partial quotes; a shorter text is read around each hit.
_MARKS_FROM_CHARS = 20_000


@prepare.detector
def detect(doc, state):
    """The hits of ``_hits``. A search stopped by a timeout is tried again with the CPU time the
    tries have not spent (``_LEAST_LEFT_SHARE``); ``DetectorTimeout`` once it is spent. The new
    try resumes after the last non-empty match the stopped one handled (``_Progress``), so the
    time spent before it is not spent again, and gives only the hits after those already given
    (the search is deterministic: the same text gives the same hits in the same order). Where no
    such match is known (none yet, or a ``\\G`` or reverse search, which cannot begin late) it
    starts over from the beginning."""
    if not prefilter.may_match(doc, state):
        return  # no match is possible
    first = _first_start_hit(doc, state)
    if first is False:
        return  # the re2 form of the pattern matches nowhere: nor does the pattern
    spent, timeout = 0.0, state["timeout"]
    progress, tried = _Progress(), state if first is None else dict(state, first=first)
    while True:
        cpu = _search_clock()
        skip = progress.given - progress.given_at  # hits given past the point the try resumes at
        try:
            for k, hit in enumerate(_hits(doc, tried, progress)):
                if k >= skip:
                    progress.given += 1
                    yield hit
            return
        except TimeoutError:
            spent += _search_clock() - cpu
            left = timeout - spent
            if left < _LEAST_LEFT_SHARE * timeout:
                raise DetectorTimeout(f"regular expression ran past its {timeout} s timeout") from None
            tried = dict(tried, timeout=left, resume=progress.point)


def _first_start_hit(doc, state):
    """The leftmost match (start, end) of the rule's re2 form from the start
    (``screen.compiled_from_start``) in ``doc``, as ``_hits``'s first search on its local path
    finds it; False when there is none (the pattern has no match: ``_hits`` would give nothing);
    None when ``_hits`` takes another path (a window, a pattern that may not start late, no re2
    form). Asked before the tries of ``detect`` are set up: nine searches in ten that the
    prefilters let through end here, and a generator stack and two CPU clock readings a search
    (``_hits``, ``_recorded``, ``_local_matches``) cost more than re2's answer."""
    starts = _local_starts(doc, state["re"], state.get("window"))
    if starts is None:
        return None
    hit = screen.leftmost(starts, screen._screen_text(doc), 0)
    return False if hit is None else hit


def _local_starts(doc, pattern, window):
    """The rule's re2 form from the start (``screen.compiled_from_start``) where ``_hits`` takes
    its local path in ``doc``, else None (a window, a text shorter than
    ``screen.PATTERN_LOCAL_MIN_CHARS``, a pattern that may not start late, no re2 form).

    On that path the pattern is tried only where an attempt may match (``screen.local_finditer``),
    and this one form is the screen too: an attempt of the pattern that matches starts where a
    match of that form starts, so where it matches nowhere the first re2 search says so and nothing
    is tried. One re2 program a rule, not two (``screen.first_start``'s own, which a run compiled
    and searched for every rule its documents let through: 0.3 s of a 0.66 MB check)."""
    if window is not None or len(doc.text) < screen.PATTERN_LOCAL_MIN_CHARS or not _may_start_late(pattern):
        return None
    return screen.compiled_from_start(pattern.pattern_text, pattern.flags)


class _Progress:
    """How far the tries of ``_hits`` got (``detect``): ``given``, the hits given; ``point``,
    where a search resumed finds the matches still to come (the end of the last non-empty match
    handled in full: its hit given or skipped; on the windowed path, the window's number and that
    end), read back by ``_hits`` under ``resume``; ``given_at``, the hits given when it was
    noted. None and 0 until such a match is handled, or for a search that cannot begin late."""
    __slots__ = ("point", "given", "given_at")

    def __init__(self):
        self.point, self.given, self.given_at = None, 0, 0


def _recorded(matches, progress: _Progress, window_of=None):
    """``matches``, noting each non-empty one in ``progress`` once the caller asks for the next
    (it has then handled that one in full); ``window_of()``: the number of the window searched,
    on the windowed path. An empty match is not noted: a search resumed at its end would find it
    again."""
    for m in matches:
        yield m
        end = m.end()
        if end > m.start():
            progress.point = end if window_of is None else (window_of(), end)
            progress.given_at = progress.given


def _hits(doc, state, progress: "_Progress" = None):
    """The rule's hits in ``doc`` (whose prefilter ``detect`` has passed); ``TimeoutError`` when
    a search runs past ``state["timeout"]`` seconds of CPU time, or one call into the pattern
    past what is left of them on the wall clock (``detect`` tells the two apart). ``progress``:
    where to note how far the search got (``_recorded``); ``state["resume"]``: where a try
    stopped before got to (``detect``)."""
    group = state["group"]
    pattern, window = state["re"], state.get("window")
    # A search stopped by a timeout resumes (``detect``) where it was: past the text's start,
    # so only a pattern whose search may begin late (``_may_start_late``) notes how far it got.
    resume = state.get("resume")
    late = _may_start_late(pattern)
    if not late:
        progress = resume = None
    if window is None:
        starts = _local_starts(doc, pattern, window)
        if starts is not None:
            matches = _local_matches(pattern, starts, doc, state["timeout"], resume or 0, state.get("first"))
        else:
            # No match starts before the leftmost match of the re2 screen (``screen.first_start``):
            # the search begins there, as a search from the start would find nothing before it. A
            # search's ``pos`` leaves lookbehinds, ``\b`` and anchors reading the whole text; only
            # ``\G`` and a reverse search read it, and they start from the beginning.
            start = screen.first_start(doc, pattern.pattern_text, pattern.flags)
            if start is None:
                return  # re2 finds no match of a wider pattern: the pattern has none
            if start and not late:
                start = 0
            if resume is not None:
                start = max(start, resume)
            matches = pattern.finditer(doc.text, start, timeout=state["timeout"])
        if progress is not None:
            matches = _recorded(matches, progress)
    else:
        # The windows are the screen here (the catalog's one windowed rule, mt-noun-stack: its
        # wider pattern matched in every document that had a window, 214 of 400)
        spans = window.spans(doc)
        if not spans:
            return  # no run the pattern could match in
        where = [0]  # the number of the window searched (``windows.finditer``)
        matches = windows.finditer(pattern.compiled(), doc.text, spans, state["timeout"], clock=_search_clock,
                                   resume=resume, where=where)
        if progress is not None:
            matches = _recorded(matches, progress, lambda: where[0])
    unless, when = state.get("unless"), state.get("when")
    quote_marks = None  # a long text's marks, found at its first hit (``QuoteMarks``)
    for m in matches:
        start, end = m.span(group)
        if start < 0 or end <= start:
            continue
        if state.get("skip_partial_quotes"):
            if quote_marks is None and len(doc.text) >= _MARKS_FROM_CHARS:
                quote_marks = QuoteMarks(doc.text)
            if in_partial_quote(doc.text, start, end, quote_marks):
                continue
        if state.get("skip_speech") and in_speech(doc, start):
            continue
        if unless is not None:
            # searched once, at the first match: most documents have none
            if unless.search(doc.text, timeout=state["timeout"]):
                return
            unless = None
        if when is not None:
            # searched once, at the first match, like ``unless``
            if not when.search(doc.text, timeout=state["timeout"]):
                return
            when = None
        suggestion = None
        template = next((v for k, v in state["suggestions"].items() if m.group(k) is not None), state["suggestion"])
        if template is not None:
            try:
                suggestion = m.expand(template)
            except (regex.error, IndexError):
                suggestion = template
            if suggestion and m.group(group)[:1].isupper() and suggestion[:1].islower():
                suggestion = suggestion[0].upper() + suggestion[1:]
        yield Hit(start, end, suggestion, {"groups": m.groups()})
