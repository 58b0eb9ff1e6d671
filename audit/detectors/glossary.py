"""``glossary``: wrong renderings of official names and terms, with the canonical form as fix.

The terms live in a glossary file (``references/glossary.yaml``), not in the rule, so one
list serves the checks, ``mtaudit compare`` and the reference translations. A rule picks
which kinds of mistake it reports (``match``), so a catalog can give a mistranslated name
("Vulcan and Raytheon hospitals") a higher severity than a right name in the wrong form
("Information Office of the State Council").
"""
from __future__ import annotations

import os
import re

from . import RULES_DIR, Hit, Key, ParamError, register
from .phrase import text_view
from ..cedict import pinyin_word
from ..zipf import zipf_cached
from ..glossary import DEFAULT_PATH, FORM, ORDER, VARIANT, GlossaryError, KINDS, cached_glossary, content_words, resolve_path

HOW = (VARIANT, FORM, ORDER)


# A rendering the writer glosses with the Chinese word in pinyin right after it ("the letters and
# visits system, known as xinfang", "letters and visits (xinfang)"): English about China naming
# the term on purpose, not an engine's rendering. Up to two lower-case words may finish the
# phrase before the gloss ("system", "channel").
_PINYIN_GLOSS_AFTER = re.compile(r"(?:[ \u00a0][a-z]+){0,2},?[ \u00a0]+(?:known[ \u00a0]+as|called|or)[ \u00a0]+([a-z]+)\b"
                                 r"|(?:[ \u00a0][a-z]+){0,2}[ \u00a0]*[(\uff08]([a-z]+)[)\uff09]")


def _pinyin_glossed(text: str, end: int) -> bool:
    m = _PINYIN_GLOSS_AFTER.match(text, end, min(len(text), end + 60))
    if not m:
        return False
    word = m.group(1) or m.group(2)
    # Pinyin, and no English word even a rare one ("or a lawsuit", "called mingling", "or
    # sunning" are English; "xinfang", "hukou", "gaokao" are not: wordfreq Zipf under 2).
    return len(word) >= 4 and pinyin_word(word) and zipf_cached(word) < 2.0


def _match_case(suggestion: str, matched: str) -> str:
    if matched[:1].isupper() and suggestion[:1].islower():
        return suggestion[0].upper() + suggestion[1:]
    return suggestion


@register("glossary", {
    "path": Key((str,), DEFAULT_PATH, "glossary file; relative paths resolve against the rules file's "
                                      "folder, the project root, the installed data folder, then the "
                                      "working directory"),
    "match": Key((list,), list(HOW), "which mistakes to report: variant (wrong words), form (right "
                                     "words, wrong form), order (canonical words rearranged, strict entries)"),
    "kinds": Key((list,), [], "only entries of these kinds (default: all)"),
}, fields=("canonical", "zh", "kind", "how", "note"))
def prepare(p):
    for i, how in enumerate(p["match"]):
        if how not in HOW:
            raise ParamError(f"match[{i}]", f"{how!r} is not one of: {', '.join(HOW)}")
    if not p["match"]:
        raise ParamError("match", "needs at least one of: " + ", ".join(HOW))
    for i, kind in enumerate(p["kinds"]):
        if kind not in KINDS:
            raise ParamError(f"kinds[{i}]", f"{kind!r} is not one of: {', '.join(KINDS)}")
    path = resolve_path(p["path"], base=p.get(RULES_DIR))
    if not os.path.isfile(path):
        raise ParamError("path", f"glossary file not found: {p['path']} (looked for {path})")
    try:
        glossary = cached_glossary(path)
    except GlossaryError as exc:
        raise ParamError("path", str(exc)) from None
    return {"glossary": glossary, "match": tuple(p["match"]), "kinds": tuple(p["kinds"]) or None}


@prepare.detector
def detect(doc, state):
    for m in state["glossary"].find(doc.text, kinds=state["kinds"], how=state["match"], view=text_view(doc)):
        matched = doc.text[m.start:m.end]
        entry = m.entry
        if m.how == FORM and entry.kind == "body" and any(w[:1].islower() for w in content_words(matched)):
            # A body's words in lower case describe it ("posts with the national statistics
            # bureau", "the State Council's information office", "National statistics bureau
            # figures" opening a sentence); only a name capitalised throughout, in the wrong
            # form, is a wrong name.
            continue
        if _pinyin_glossed(doc.text, m.end):
            continue
        yield Hit(m.start, m.end, _match_case(entry.canonical, matched), {
            "canonical": entry.canonical, "zh": entry.zh, "kind": entry.kind, "how": m.how,
            "note": entry.note,
        })
