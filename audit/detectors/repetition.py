"""``repetition``: a word said twice, either back to back ("the the") or coordinated with
itself ("reduced and reduced", a common rendering of Chinese paired verbs such as 减免)."""
from __future__ import annotations

import re

from . import Hit, Key, ParamError, register

_ADJACENT = re.compile(r"\b([^\W\d_]+)((?:\s+\1\b)+)", re.IGNORECASE)
_COORDINATED = re.compile(r"\b([^\W\d_]+)\s+(and|or)\s+\1\b", re.IGNORECASE)


@register("repetition", {
    "mode": Key((str,), doc="adjacent | coordinated"),
    "allow": Key((list,), [], "words that may repeat (had had, more and more)"),
    "allow_suffixes": Key((list,), [], "word endings that may repeat (comparatives: -er)"),
    "min_length": Key((int,), 1, "shortest word considered"),
}, fields=("word",))
def prepare(p):
    if p["mode"] not in ("adjacent", "coordinated"):
        raise ParamError("mode", "expected 'adjacent' or 'coordinated'")
    return {
        "re": _ADJACENT if p["mode"] == "adjacent" else _COORDINATED,
        "mode": p["mode"],
        "allow": {str(w).lower() for w in p["allow"]},
        "suffixes": tuple(str(s).lower() for s in p["allow_suffixes"]),
        "min_length": p["min_length"],
    }


@prepare.detector
def detect(doc, state):
    for m in state["re"].finditer(doc.text):
        word = m.group(1)
        low = word.lower()
        if len(word) < state["min_length"] or low in state["allow"]:
            continue
        if state["suffixes"] and low.endswith(state["suffixes"]):
            continue
        if state["mode"] == "adjacent":
            # "Walla Walla", "Bora Bora": capitalised doubles are names, not slips.
            if word[:1].isupper() and m.group(2).strip()[:1].isupper() and m.start() > 0 and doc.text[m.start() - 2:m.start()].strip() not in (".", "!", "?", ""):
                continue
        yield Hit(m.start(), m.end(), word, {"word": word})
