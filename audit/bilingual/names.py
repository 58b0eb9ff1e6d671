"""Names romanised two ways in one translation (rule kind ``name``).

A run of two to four Chinese characters of the source is taken for a name when, at one of its
occurrences, the aligned English spells its pinyin exactly (CC-CEDICT readings of each
character, tones dropped; capitalised words, spaces and hyphens ignored): "Xu Wenjie" for 许文杰.
Every other occurrence of it is looked up in its own aligned English: the same letters in
another surface form ("Xu Wen-jie"), the words swapped ("Wenjie Xu") or one letter off
("Xu Wenjia", "Tao Qin" for 陶清 when the name has six letters or more). When one name has two
spellings, each occurrence spelt the rarer way is reported, with the source name as the source
span and the other spelling in the message. A name with a single occurrence cannot disagree
with itself, and a run that no English spells exactly is not taken for a name (so common words
never are).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Dict, FrozenSet, List, Optional, Tuple

from ..findings import Finding, Severity

_CHUNK = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*(?:[ \u00a0]+[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*)*")
_WORD = re.compile(r"\S+")
MAX_READINGS = 16      # pinyin strings tried per run (polyphonic characters multiply them)
NEAR_MIN_LETTERS = 6   # a spelling one letter off counts only for names this long or longer

_READINGS: Optional[Dict[str, FrozenSet[str]]] = None


def readings() -> Dict[str, FrozenSet[str]]:
    """Toneless pinyin readings of every single character of CC-CEDICT (ü written u and v)."""
    global _READINGS
    if _READINGS is None:
        from ..detectors.literal import cedict_path

        out: Dict[str, set] = {}
        line_re = re.compile(r"\S+ (\S) \[([A-Za-z:]+)\d?\] /")
        with open(cedict_path(), encoding="utf-8") as fh:
            for line in fh:
                m = line_re.match(line)
                if not m:
                    continue
                syllable = m.group(2).lower()
                forms = {syllable.replace("u:", "u"), syllable.replace("u:", "v")} if "u:" in syllable else {syllable}
                out.setdefault(m.group(1), set()).update(forms)
        _READINGS = {ch: frozenset(v) for ch, v in out.items()}
    return _READINGS


def pinyin_keys(name: str) -> FrozenSet[str]:
    """The letter strings a romanisation of ``name`` may read as (at most MAX_READINGS)."""
    table = readings()
    options = [sorted(table.get(ch, ())) for ch in name]
    if not all(options):
        return frozenset()
    return frozenset("".join(p) for p in itertools.islice(itertools.product(*options), MAX_READINGS))


def _key(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def _candidates(text: str, start: int, end: int) -> List[Tuple[int, int, str, List[str]]]:
    """Runs of one to three capitalised words in ``text[start:end]``: (start, end, surface, word keys)."""
    out = []
    for m in _CHUNK.finditer(text, start, end):
        words = [(w.start() + m.start(), w.end() + m.start()) for w in _WORD.finditer(m.group())]
        for i in range(len(words)):
            for j in range(i, min(len(words), i + 3)):
                s, e = words[i][0], words[j][1]
                out.append((s, e, text[s:e], [_key(text[a:b]) for a, b in words[i:j + 1]]))
    return out


def _near(a: str, b: str) -> bool:
    """One letter inserted, deleted or changed (``a`` and ``b`` of six letters or more)."""
    if min(len(a), len(b)) < NEAR_MIN_LETTERS or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(a == b[:i] + b[i + 1:] for i in range(len(b)))


def _match(keys: FrozenSet[str], words: List[str]) -> Optional[str]:
    """'exact' when the words spell a key, 'variant' when swapped or one letter off, else None."""
    joined = "".join(words)
    if joined in keys:
        return "exact"
    if len(words) > 1 and any("".join(words[i:] + words[:i]) in keys for i in range(1, len(words))):
        return "variant"
    if any(_near(joined, k) for k in keys):
        return "variant"
    return None


def name_findings(doc, source, pairs, sspans, espans, make) -> List[Finding]:
    stext, etext = source.text, doc.text
    own: Dict[int, Tuple[int, int]] = {}
    for p in pairs:
        if p.src and p.eng:
            for i in p.src:
                own[i] = (espans[p.eng[0]][0], espans[p.eng[-1]][1])
    # the source's runs of 2-4 characters that occur at least twice (their positions and
    # sentences), longest first; one pass over the source
    where: Dict[str, List[Tuple[int, int]]] = {}
    for i, (s, e) in enumerate(sspans):
        if i not in own:
            continue
        for m in re.finditer(r"[\u3400-\u4dbf\u4e00-\u9fff]+", stext[s:e]):
            run, base = m.group(), s + m.start()
            for n in (4, 3, 2):
                for k in range(len(run) - n + 1):
                    where.setdefault(run[k:k + n], []).append((base + k, i))
    # a name's exact spelling must occur somewhere in the English
    spelt = {"".join(words) for _, _, _, words in _candidates(etext, 0, len(etext))}
    names = sorted((h for h, at in where.items() if len(at) >= 2), key=lambda h: -len(h))
    out: List[Finding] = []
    claimed: List[Tuple[int, int]] = []  # English spans already read as a (longer) name
    cand_cache: Dict[Tuple[int, int], list] = {}
    for name in names:
        keys = pinyin_keys(name)
        if not keys & spelt:
            continue
        seen = []  # (source start, english start, english end, surface, how)
        for pos, i in where[name]:
            window = own[i]
            if window not in cand_cache:
                cand_cache[window] = _candidates(etext, *window)
            used = {x[1] for x in seen}
            best = None
            for a, b, surface, words in cand_cache[window]:
                how = _match(keys, words)
                if how and a not in used and not any(c <= a and b <= d and (c, d) != (a, b) for c, d in claimed):
                    if best is None or (how == "exact") > (best[4] == "exact"):
                        best = (pos, a, b, surface, how)
            if best:
                seen.append(best)
        if not any(x[4] == "exact" for x in seen):
            continue  # no English spells it: not taken for a name
        claimed.extend((a, b) for _, a, b, _, _ in seen)
        forms = Counter(x[3] for x in seen)
        if len(forms) < 2:
            continue
        first = {}
        for x in seen:
            first.setdefault(x[3], x)
        usual = max(forms, key=lambda f: (forms[f], first[f][4] == "exact", -first[f][1]))
        line = doc.line_col(first[usual][1])[0]
        shown = "/".join(sorted(keys))[:40]
        for pos, a, b, surface, _ in seen:
            if surface == usual:
                continue
            out.append(make(doc, "bilingual-name", "terminology/inconsistent", Severity.MINOR,
                            f"{name} ({shown}) is spelt '{surface}' here and '{usual}' elsewhere (line {line}): "
                            f"spell a name one way throughout", (a, b), stext, (pos, pos + len(name)),
                            suggestion=usual))
    return out

