"""``boilerplate``: lines that are not the article: site navigation, promotions, contact
lines, MT-engine notices. The finding spans the whole line so an editor can delete it."""
from __future__ import annotations

import regex

from . import DetectorTimeout, Hit, Key, ParamError, register


@register("boilerplate", {
    "patterns": Key((list,), doc="regular expressions (case-insensitive) searched in each line"),
    "max_words": Key((int,), 40, "a longer line is article text, whatever it contains"),
    "timeout": Key((int, float), 0.5, "seconds one document may take"),
})
def prepare(p):
    if not p["patterns"]:
        raise ParamError("patterns", "needs at least one pattern")
    try:
        compiled = regex.compile("|".join(f"(?:{pat})" for pat in p["patterns"]), regex.IGNORECASE | regex.MULTILINE)
    except (regex.error, TypeError) as exc:
        raise ParamError("patterns", f"invalid regular expression: {exc}") from None
    return {"re": compiled, "max_words": p["max_words"], "timeout": float(p["timeout"])}


@prepare.detector
def detect(doc, state):
    """One regex scan over the whole text (MULTILINE, so ``^``/``$`` are line edges); a match
    that crosses a line break is re-checked inside its own line, so the result is what a
    line-by-line search gives, at a fraction of the cost."""
    text, pattern, limit = doc.text, state["re"], state["timeout"]
    if "\r" in text.replace("\r\n", ""):
        yield from _per_line(doc, state)  # lone CR line ends: ^ and $ do not see them
        return
    pos = 0
    try:
        while pos <= len(text):
            m = pattern.search(text, pos, timeout=limit)
            if m is None:
                break
            start, end = doc.line_at(m.start())
            line = text[start:end]
            ok = m.end() <= end or (m.start() == m.end() == end)
            if not ok:
                ok = pattern.search(line, timeout=limit) is not None
            if ok and line.strip() and len(line.split()) <= state["max_words"]:
                lead = len(line) - len(line.lstrip())
                trail = len(line) - len(line.rstrip())
                yield Hit(start + lead, end - trail, "", {})
            pos = end + (2 if text.startswith("\r\n", end) else 1)
    except TimeoutError:
        raise DetectorTimeout(f"boilerplate pattern ran past its {limit} s timeout") from None


def _per_line(doc, state):
    text = doc.text
    for start, end in doc.lines:
        line = text[start:end]
        if len(line.split()) > state["max_words"]:
            continue
        try:
            found = state["re"].search(line, timeout=state["timeout"])
        except TimeoutError:
            raise DetectorTimeout(f"boilerplate pattern ran past its {state['timeout']} s timeout") from None
        if found:
            lead = len(line) - len(line.lstrip())
            trail = len(line) - len(line.rstrip())
            yield Hit(start + lead, end - trail, "", {})
