"""``bilingual``: findings that need the Chinese source (issue 15).

A rule of this type names one ``kind`` of what ``audit.bilingual.check`` finds (omissions,
additions, figures, names, ...). It finds nothing in a document checked without a source, so
a catalog with these rules behaves as before there. With a source (``--source``, ``--sources``,
``sources/`` beside an audited corpus) the source document sits in ``doc.cache`` under
``SOURCE_KEY``; the first bilingual rule run on the document aligns it with the source once
(``audit.bilingual.run.analysis``) and every rule takes the findings of its kind, so the
catalog's selection, severities, per-path ignores, inline suppressions and baselines apply to
them as to every other rule. Each hit carries the span of the source it concerns.
"""
from __future__ import annotations

from . import Hit, Key, ParamError, register

# doc.cache key of the source Document (set by audit.bilingual.run.use_source)
SOURCE_KEY = "bilingual-source"

# kind -> the rule id audit.bilingual.check gives its findings of that kind
KINDS = {
    "omission": "bilingual-omission",
    "addition": "bilingual-addition",
    "number": "bilingual-number",
    "untranslated": "bilingual-untranslated",
    "mistranslation": "bilingual-mistranslation",
    "unrelated": "bilingual-unrelated",
    "term": "bilingual-term",
    "name": "bilingual-name",
    "idiom": "bilingual-idiom",
}


@register("bilingual", {
    "kind": Key((str,), doc="what the rule reports: " + ", ".join(KINDS)),
}, fields=("detail",))
def prepare(p):
    if p["kind"] not in KINDS:
        raise ParamError("kind", f"unknown kind {p['kind']!r} (expected one of: {', '.join(KINDS)})")
    return {"kind": p["kind"], "id": KINDS[p["kind"]]}


@prepare.detector
def detect(doc, state):
    if SOURCE_KEY not in doc.cache:
        return []
    # imported here: bilingual mode (and its encoder) only runs when a source is given
    from ..bilingual.run import analysis

    result = analysis(doc)
    if result is None:
        return []
    return [Hit(f.start, f.end, f.suggestion, {"detail": f.message}, source=f.source)
            for f in result.findings if f.rule == state["id"]]
