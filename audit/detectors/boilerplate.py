"""``boilerplate``: lines that are not the article: site navigation, promotions, contact
lines, MT-engine notices. The finding spans the whole line so an editor can delete it. A line
that heads a list of links ("Related reading") takes the headlines under it along."""
from __future__ import annotations

import bisect

import regex

from . import DetectorTimeout, Hit, Key, ParamError, register
from . import prefilter, screen
from .programs import PROGRAMS


@register("boilerplate", {
    "patterns": Key((list,), doc="regular expressions (case-insensitive) searched in each line"),
    "max_words": Key((int,), 40, "a longer line is article text, whatever it contains"),
    "timeout": Key((int, float), 0.5, "seconds one document may take"),
    "list_heads": Key((list,), [], "regular expressions (case-insensitive) of flagged lines that head a list of "
                                   "links ('Related reading'): the headlines under such a line are flagged too"),
    "list_words": Key((int,), 20, "list_heads: the longest line taken for a headline"),
})
def prepare(p):
    if not p["patterns"]:
        raise ParamError("patterns", "needs at least one pattern")
    compiled = _alternation(p, "patterns", PROGRAMS.compile, regex.IGNORECASE | regex.MULTILINE,
                            ", so every line would be boilerplate")
    heads = _alternation(p, "list_heads", regex.compile, regex.IGNORECASE) if p["list_heads"] else None
    if p["list_words"] < 1:
        raise ParamError("list_words", "must be positive")
    state = {"re": compiled, "max_words": p["max_words"], "timeout": float(p["timeout"]), "heads": heads,
             "list_words": p["list_words"], "patterns": tuple(p["patterns"]), "flags": regex.IGNORECASE | regex.MULTILINE}
    state["requires"] = _prefilter(compiled.pattern)
    prefilter.register(state)
    return state


def _alternation(p, key: str, compile_, flags, why: str = ""):
    """The regular expressions of ``p[key]`` compiled as one alternation; a pattern that does
    not compile, or one that matches the empty string, is refused naming ``key``."""
    try:
        compiled = compile_("|".join(f"(?:{pat})" for pat in p[key]), flags)
    except (regex.error, TypeError) as exc:
        raise ParamError(key, f"invalid regular expression: {exc}") from None
    if compiled.search("") is not None:
        raise ParamError(key, "a pattern matches the empty string" + why)
    return compiled


def _prefilter(combined: str):
    """The pattern detector's prefilter of the joined patterns (``prefilter.requirement``,
    decided by the same one pass per document): a document without the strings has no
    boilerplate line. Parts with a line break are left out: the search runs over the short
    lines joined by line breaks, where lines that are apart in the document meet. Read back from
    the cache directory after the first run (``prefilter.stored_requirement``)."""
    return prefilter.without(prefilter.stored_requirement(combined), lambda s: "\n" in s or "\r" in s)


def short_lines(doc, max_words: int):
    """The document's lines of at most ``max_words`` words, joined by newlines, with the
    offset of each in the joined text and in the document. Article paragraphs are long, so
    this is usually a small fraction of the text; it is cached per document."""
    key = ("short-lines", max_words)
    if key not in doc.cache:
        text = doc.text
        if "line-words" not in doc.cache:
            doc.cache["line-words"] = [(s, e, len(text[s:e].split())) for s, e in doc.lines]
        parts, joined_starts, spans, pos = [], [], [], 0
        for start, end, words in doc.cache["line-words"]:
            if not words or words > max_words:
                continue
            line = text[start:end]
            parts.append(line)
            joined_starts.append(pos)
            spans.append((start, end))
            pos += len(line) + 1
        doc.cache[key] = ("\n".join(parts), joined_starts, spans)
    return doc.cache[key]


@prepare.detector
def detect(doc, state):
    """One MULTILINE search over the short lines (``^``/``$`` are line edges). A match that
    crosses a line break is re-checked inside its own line, so the result is what a
    line-by-line search gives, at a fraction of the cost."""
    if not prefilter.may_match(doc, state):
        return  # no line can match
    joined, starts, spans = short_lines(doc, state["max_words"])
    if not spans:
        return
    pattern = _live_alternation(state, joined)
    if pattern is None:
        return  # no pattern can match these lines
    limit, text = state["timeout"], doc.text
    pos = 0
    try:
        while pos <= len(joined):
            m = pattern.search(joined, pos, timeout=limit)
            if m is None:
                break
            k = bisect.bisect_right(starts, m.start()) - 1
            j_start = starts[k]
            j_end = j_start + (spans[k][1] - spans[k][0])
            ok = m.end() <= j_end or pattern.search(joined[j_start:j_end], timeout=limit) is not None
            if ok:
                start, end = spans[k]
                yield _line_hit(text, start, end)
                if state["heads"] is not None and state["heads"].search(text[start:end], timeout=limit):
                    yield from _listed_headlines(doc, end, state["list_words"])
            pos = j_end + 1
    except TimeoutError:
        raise DetectorTimeout(f"boilerplate pattern ran past its {limit} s timeout") from None


# Per rule state: (state, each pattern's re2 screen or None for none, or None when the patterns
# are searched whole; the alternations of some of the patterns, compiled, by pattern numbers).
# Kept here, not in the state, which holds no re2 objects.
_SCREENS: dict = {}
# A numbered or named back reference counts groups across the joined patterns, and a flag set
# inside a pattern may reach the patterns after it: such patterns are searched whole
# (``_live_alternation``).
_WHOLE_ONLY = regex.compile(r"\\[1-9]|\(\?P=|\\g<|\(\?[aiLmsux]+\)")


def _live_alternation(state, joined: str):
    """The rule's patterns as one alternation, less those that cannot match anywhere in
    ``joined`` by their re2 screens (``screen.compiled``, each pattern screened alone): None when
    no pattern can. A short-line text holds a match of few of a rule's patterns, or none (the
    rule's prefilter lets most documents through, its patterns' words being common ones), and
    the ``regex`` module tries every alternative at every position: searching only the
    patterns that may match finds the same matches, since the others have none in the text or
    in any line of it (a screen drops every zero-width test, so a match inside one line is a
    match of the screen in the whole text). A pattern with no screen is always searched."""
    patterns = state["patterns"]
    kept = _SCREENS.get(id(state))
    if kept is None or kept[0] is not state:
        if len(_SCREENS) >= 1000:  # states made and dropped by the thousand (tests)
            _SCREENS.clear()
        whole = len(patterns) < 2 or any(_WHOLE_ONLY.search(p) for p in patterns)
        kept = _SCREENS[id(state)] = (state, None if whole else [screen.compiled(f"(?:{p})", state["flags"])
                                                                 for p in patterns], {})
    _, screens, alternations = kept
    if screens is None:
        return state["re"]
    text = screen.screen_text(joined)
    live = tuple(k for k, sc in enumerate(screens) if sc is None or sc.search(text) is not None)
    if not live:
        return None
    if len(live) == len(patterns):
        return state["re"]
    compiled = alternations.get(live)
    if compiled is None:
        if len(alternations) >= 1000:  # a bound on what unusual documents may add
            alternations.clear()
        compiled = alternations[live] = PROGRAMS.compile("|".join(f"(?:{patterns[k]})" for k in live), state["flags"])
    return compiled


def _line_hit(text, start, end):
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    trail = len(line) - len(line.rstrip())
    return Hit(start + lead, end - trail, "", {})


# The end of a line of running text: a full stop, colon, semicolon or comma, with or without a
# closing quotation mark or bracket after it. A headline ends in a word, a figure, "?" or "!".
_SENTENCE_END = regex.compile(r"[.:;,][\"”’')\]]*$")
_MAX_LISTED = 12  # links under one head: more is a page of headlines, not a list under a story


def _listed_headlines(doc, head_end, max_words):
    """The lines after a list head that read as headlines (at most ``max_words`` words, not
    ending as a sentence does), blank lines between them skipped; the first line that reads
    as running text ends the list ("Related reading" / "Zhejiang's trade tops 2 trillion yuan")."""
    lines, text = doc.lines, doc.text
    k = bisect.bisect_right(lines, (head_end, head_end))
    for start, end in lines[k:k + _MAX_LISTED]:
        line = text[start:end].strip()
        if not line:
            continue
        if len(line.split()) > max_words or _SENTENCE_END.search(line):
            return
        yield _line_hit(text, start, end)
