"""The ``firm_part`` detector type (issue 9, thirty-seventh round): a Chinese firm named in full
and elsewhere by a middle part of its name, its first words dropped.

MT shortens a firm's name as Chinese does, by keeping some of its syllables, and the English words
it keeps are no name: "China National Petroleum Corporation ... National Petroleum said", "China
Merchants Group ... Merchants Group", "Contemporary Amperex Technology Co., Limited ... Amperex
said". English keeps the first words ("China Merchants"), a brand ("Geely" of "Zhejiang Geely
Holding Group"), the firm's own short form ("CATL", "CNPC") or "the company". Read:

- a full name: capitalised words (joined by "and", "of") ending on a legal form (Group,
  Corporation, Company, Co., Ltd., Limited) and starting with "China" or a Chinese place, or
  followed by "Co., Ltd." / "Co., Limited" (the registry's form of a Chinese firm);
- a part: a whole run of capitalised words elsewhere (no capitalised word before or after it;
  "The" may open it) that is the full name's words from the second on, stopping anywhere;
  reported when the dropped first words hold a word that is no place (the part is then no
  brand: "Amperex"), or when every word of the part is a common English word (Zipf >= 3.5: "National
  Petroleum", "Holding Group"); a rare word after a dropped place is a brand ("Geely", "Yili").

What passes: a part that is a place, a legal form or a generic word alone ("Group", "China"), a
part that is itself another full name the story writes, a headline line.
"""
from __future__ import annotations

from . import Hit, Key, register
from .. import re_programs
from ..zipf import zipf_cached
from .school_cuts import _listed, _place
from .capital_gated import _OPENERS as _SENTENCE_OPENERS

# Capitalised function words that open a sentence or a heading before a name ("About", "The").
_OPENERS = _SENTENCE_OPENERS | frozenset("about according under over between among during against like unlike".split())

_FULL = re_programs.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \u00a0](?:[A-Z][\w'’-]*|of)){0,8}?)[ \u00a0]"
    r"(Group|Corporation|Company|Holdings|Limited|Co\.,[ \u00a0](?:Ltd\.?|Limited))(?![\w'’-])")
_AND_BEFORE = re_programs.compile(r"(?:and|&|,)[ \u00a0]$")
_REGISTRY = re_programs.compile(r"[ \u00a0]Co\.,[ \u00a0](?:Ltd|Limited)")
_LEGAL = frozenset("group corporation company holdings holding limited co ltd".split())
_GENERIC = frozenset("china chinese national state general new the".split())
_RUN = re_programs.compile(r"(?<![\w'’-])(?:The[ \u00a0])?([A-Z][\w'’-]*(?:[ \u00a0][A-Z][\w'’-]*){0,4})(?![\w'’-])")


@register("firm_part", {
    "min_zipf": Key((int, float), 3.5, "how common (Zipf) each word of a part after a dropped place must be"),
}, fields=("full",))
def prepare(p):
    return p


def _firms(text):
    """Each full name of a Chinese firm in ``text`` -> its words (legal form included)."""
    firms = {}
    for m in _FULL.finditer(text):
        words = m.group(1).split()
        while words and (words[0] == "of" or words[0].lower() in _OPENERS):
            words = words[1:]
        if not words or words[0] == "of" or _AND_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "Muyuan Foods and Wens Foodstuff Group": a list, whose start is unknown
        legal = m.group(2)
        full = " ".join(words) + " " + legal
        if legal.startswith("Co.") or _REGISTRY.match(text, m.end()):
            firms[full] = words + legal.replace(",", "").split()[:1]
        elif words[0] in ("China", "Chinese") or _place(words[:1]) or _place(words[:2]):
            firms[full] = words + [legal]
    return firms


def _capital_side(text, start, end) -> bool:
    """Is a capitalised word right before ``start`` or right after ``end`` (one space between)?"""
    before = text[max(0, start - 2):start]
    if len(before) == 2 and before[1] in " \u00a0" and (before[0].isalpha() or before[0] in "'’"):
        j = start - 1
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’-"):
            j -= 1
        if text[j:start - 1][:1].isupper():
            return True
    after = text[end:end + 2]
    return len(after) == 2 and after[0] in " \u00a0" and after[1].isupper()


@prepare.detector
def detect(doc, state):
    text = doc.text
    firms = _firms(text)
    if not firms:
        return
    parts = {}
    for full, words in firms.items():
        for i in range(1, len(words)):
            dropped, rest = words[:i], words[i:]
            for j in range(len(rest), 0, -1):
                part = rest[:j]
                lows = [w.lower().rstrip(".") for w in part]
                if part[-1] in ("of", "and") or part[0] in ("of", "and"):
                    continue
                if all(w in _LEGAL or w in _GENERIC for w in lows) or (len(part) == 1 and _listed(part[0])):
                    continue
                if len(part) == 1 and zipf_cached(lows[0]) >= state["min_zipf"]:
                    continue  # "Railway", "Bank": an ordinary word, as often the story's own
                places = all(w in ("China", "Chinese", "of", "and") or _place([w]) for w in dropped)
                if places and any(zipf_cached(w) < state["min_zipf"] for w in lows if w not in ("of", "and")):
                    continue  # "Geely" of "Zhejiang Geely Holding Group": a brand
                parts.setdefault(" ".join(part), full)
    if not parts:
        return
    for m in _RUN.finditer(text):
        run = m.group(1)
        full = parts.get(run)
        if full is None or run in firms:
            continue
        if _capital_side(text, m.start(1) if not m.group().startswith("The ") else m.start(), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), full, {"full": full})
