"""Names, terms and idioms that need the source.

* **terms**: a source term the glossary (``references/glossary.yaml``) knows, whose aligned
  English (the group and its neighbours) holds none of the term's correct forms. A wrong
  rendering the glossary lists is left to the monolingual glossary rules, which flag it already.
* **idioms**: a CC-CEDICT idiom (``(idiom)`` or ``lit.``) in the source whose aligned English
  renders its characters one by one (at least three of its image-bearing characters glossed by
  words of the English sentence) and says none of its sense; the suggestion is the dictionary's
  sense. Knowing the idiom from the source removes most of the guesswork of the English-only
  ``literal`` detector.
"""
from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from ..findings import Finding, Severity

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")


def _glossary(path: Optional[str] = None):
    from ..glossary import DEFAULT_PATH, GlossaryError, cached_glossary, resolve_path

    try:
        return cached_glossary(resolve_path(path or DEFAULT_PATH))
    except (OSError, GlossaryError):
        return None


def _group_of(spans: Sequence[Tuple[int, int]], pos: int) -> Optional[int]:
    for i, (s, e) in enumerate(spans):
        if s <= pos < e:
            return i
    return None


def _windows(pairs):
    """For every source sentence: (pair index, English sentence indexes of the pair and its neighbours)."""
    out = {}
    for k, p in enumerate(pairs):
        eng = [j for q in range(max(0, k - 1), min(len(pairs), k + 2)) for j in pairs[q].eng]
        for i in p.src:
            out[i] = (k, eng)
    return out


def term_findings(doc, source, pairs, sspans, espans, make, glossary_path: Optional[str] = None) -> List[Finding]:
    glossary = _glossary(glossary_path)
    if glossary is None:
        return []
    from ..glossary import normalize

    windows = _windows(pairs)
    out = []
    for entry in glossary.entries:
        if not entry.zh:
            continue
        for zh in (entry.zh if isinstance(entry.zh, (list, tuple)) else (entry.zh,)):
            pos = source.text.find(zh)
            while pos >= 0:
                i = _group_of(sspans, pos)
                pos_next = source.text.find(zh, pos + len(zh))
                if i is None or i not in windows:
                    pos = pos_next
                    continue
                k, eng = windows[i]
                own = pairs[k].eng
                if own:
                    window = normalize(" ".join(doc.text[espans[j][0]:espans[j][1]] for j in eng))
                    renderings = list(entry.correct) + list(entry.variants) + list(entry.forms)
                    if zh not in window and not any(normalize(r) in window for r in renderings):
                        span = (espans[own[0]][0], espans[own[-1]][1])
                        out.append(make(doc, "bilingual-term", "terminology/inconsistent", Severity.MINOR,
                                        f"The source names {zh}; the standard English is "
                                        f"'{entry.canonical}', which this sentence does not use",
                                        span, source.text, (pos, pos + len(zh))))
                pos = pos_next
    return [f for f in out if not any(g is not f and g.source[0] <= f.source[0] and f.source[1] <= g.source[1]
                                      and (g.source[1] - g.source[0]) > (f.source[1] - f.source[0]) for g in out)]


_IDIOMS = None


def _idioms():
    """CC-CEDICT idioms by their simplified form, and the character-gloss index."""
    global _IDIOMS
    if _IDIOMS is None:
        from ..detectors.literal import load_index

        index = load_index()
        _IDIOMS = (index, {e.simplified: e for e in index.entries if len(e.simplified) >= 4})
    return _IDIOMS


def idiom_findings(doc, source, pairs, sspans, espans, make) -> List[Finding]:
    from ..detectors.literal import stem

    try:
        index, idioms = _idioms()
    except Exception:  # the dictionary package missing or unreadable: no idiom findings
        return []
    windows = _windows(pairs)
    out = []
    text = source.text
    for i, (s, e) in enumerate(sspans):
        if i not in windows or not pairs[windows[i][0]].eng:
            continue
        own = pairs[windows[i][0]].eng
        e_start, e_end = espans[own[0]][0], espans[own[-1]][1]
        words = [(m.start() + e_start, m.end() + e_start, stem(m.group()))
                 for m in _WORD.finditer(doc.text[e_start:e_end])]
        pos = s
        while pos < e:
            found = None
            for n in (8, 7, 6, 5, 4):
                entry = idioms.get(text[pos:pos + n])
                if entry is not None:
                    found = entry
                    break
            if found is None:
                pos += 1
                continue
            chars = set(found.simplified)
            strong = {found.simplified[p] for p in found.strong} or chars
            hits = [(a, b, st) for a, b, st in words if index.char_stems.get(st, frozenset()) & strong]
            rendered = set()
            for _, _, st in hits:
                rendered |= index.char_stems.get(st, frozenset()) & strong
            sense = sum(1 for _, _, st in words if st in found.meaning_stems)
            if len(rendered) >= min(3, len(strong)) and sense <= 1 and found.meanings:
                a, b = _tight(hits)
                out.append(make(doc, "bilingual-idiom", "accuracy/mistranslation", Severity.MINOR,
                                f"{found.simplified} ({found.pinyin}) is rendered word for word; it means "
                                f"'{found.meanings[0]}'", (a, b), text, (pos, pos + len(found.simplified)),
                                suggestion=found.meanings[0]))
            pos += len(found.simplified)
    return out


def _tight(hits):
    """The shortest run of hit words covering as many distinct characters as all of them (at most 10 words)."""
    hits = sorted(hits)
    best = (hits[0][0], hits[-1][1])
    return best if best[1] - best[0] < 120 else (hits[0][0], hits[0][1])
