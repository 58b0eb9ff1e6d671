"""One Chinese person's name spelled two ways in a document (``name_forms``).

MT engines and copy desks split or join the syllables of a romanised given name from one
mention to the next: "Chen Xiaodong" and "Chen Xiao-dong", "Guo Zhiqiang" and "Guo Zhi Qiang",
"Situ Jing" and "Si Tu Jing", "Deng Yaping" and "Ya Ping Deng". A reader cannot tell whether one
person is meant. A name here is a run of capitalised words joined by single spaces or hyphens,
every word pinyin, a listed family name first (or last, in Western order) and a given name of one
or two syllables. Two runs are one person's name when their family names and the letters of
their given names are the same; the runs differ in the spaces and hyphens between syllables (a
difference of order alone is the ``name_order`` mode's). The document's usual form is kept: the
commonest form, and of equally common forms the one written as mainland news writes it ("Chen
Xiaodong": the family name, then the given name in one word), else the first. Every other form
is reported, with the kept form as its fix.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Dict, List, Optional, Tuple

from .. import cedict
from ..zipf import zipf_cached
from . import Hit, Key, ParamError, param_words, register
from .. import re_programs

# A run of capitalised words joined by one space or one hyphen (a word after a hyphen may be
# lower case: "Xiao-dong"); no word joined to the run by an apostrophe or a letter.
_RUN = re_programs.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:(?: |-)[A-Z][a-z]+|-[a-z]+)+(?![\w'’-])")
_PART = re_programs.compile(r"[A-Za-z]+")
_MAX_GIVEN_SYLLABLES = 2
_GIVEN_ZIPF = 4.6


@register("name_forms", {
    "surnames": Key((list,), [], "family names (romanised) that mark a person's name"),
}, fields=("other",))
def prepare(p):
    if not p["surnames"]:
        raise ParamError("surnames", "needs a list of family names")
    return {"surnames": param_words(p, "surnames", "family names")}


def _syllables(word: str) -> set:
    return set(cedict.pinyin_syllables(word.lower()))


def _reading(parts: List[str], surnames) -> Optional[Tuple[str, str, bool]]:
    """(family, given, family first) of a run's words read as one name, or None."""
    low = [p.lower() for p in parts]
    if not all(_syllables(p) for p in low):
        return None
    for first in (True, False):
        for n in (1, 2):  # a family name of one word, or of two words that join ("Si Tu")
            if len(low) <= n:
                continue
            fam_words = low[:n] if first else low[-n:]
            given_words = low[n:] if first else low[:-n]
            family = "".join(fam_words)
            given = "".join(given_words)
            if family not in surnames:
                continue
            if not any(k <= _MAX_GIVEN_SYLLABLES for k in cedict.pinyin_syllables(given)):
                continue
            if len(given_words) > _MAX_GIVEN_SYLLABLES:
                continue
            # the given name is no ordinary English word ("Later Chen": "later" is pinyin too);
            # a pinyin given name may be as common as a name is ("Kai", "Bin": as name_order)
            if zipf_cached(given) >= _GIVEN_ZIPF:
                continue
            return family, given, first
    return None


def _standard(form: str, family_first: bool, family: str) -> bool:
    """"Chen Xiaodong": the family name, a space, then the given name as one capitalised word."""
    words = form.split(" ")
    return (family_first and len(words) == 2 and "-" not in form and words[0].lower() == family
            and words[1][:1].isupper() and words[1][1:].islower())


def run_name(run: str, surnames):
    """The longest stretch of a run of capitalised words (``_RUN``) that reads as one name, at
    most four words ("Director Wei Lan-ying" holds "Wei Lan-ying"): (its start and end in the
    run, family, given, family first), or None. It depends on the run alone: ``detect`` reads
    each distinct run once a document."""
    words = list(_PART.finditer(run))
    parts = [w.group() for w in words]
    found = None
    for i in range(len(parts)):
        for j in range(min(len(parts), i + 4), i + 1, -1):
            if found and j - i <= found[1] - found[0]:
                break
            reading = _reading(parts[i:j], surnames)
            if reading:
                found = (i, j, reading)
                break
    if not found:
        return None
    i, j, (family, given, first) = found
    # the stretch's offsets: the i-th word's start to the (j-1)-th word's end (``_RUN`` joins
    # words by one space or hyphen, so the text is the form)
    return words[i].start(), words[j - 1].end(), family, given, first


@prepare.detector
def detect(doc, state):
    text = doc.text
    surnames = state["surnames"]
    seen: Dict[Tuple[str, str], List[Tuple[int, int, str, bool]]] = {}
    read = {}  # a run -> run_name(run): a story repeats its names
    for m in _RUN.finditer(text):
        found = read.get(m.group(), False)
        if found is False:
            found = read[m.group()] = run_name(m.group(), surnames)
        if not found:
            continue
        start, end, family, given, first = found
        start, end = m.start() + start, m.start() + end
        seen.setdefault((family, given), []).append((start, end, text[start:end], first))
    for (family, given), spots in seen.items():
        forms = Counter(form for _, _, form, _ in spots)
        if len(forms) < 2:
            continue
        first_of, order = {}, []
        for _, _, form, fam_first in spots:
            first_of.setdefault(form, fam_first)
            order.append(form)
        keep = max(forms, key=lambda f: (forms[f], _standard(f, first_of[f], family), -order.index(f)))
        for start, end, form, _ in spots:
            if form != keep and not _same_but_order(form, keep):
                yield Hit(start, end, keep, {"other": keep})


def _same_but_order(a: str, b: str) -> bool:
    """"Wenjie Xu" against "Xu Wenjie": the same two words in another order (name_order's; a
    name of three words, "Ya Ping Deng" against "Deng Ya Ping", is ours)."""
    return len(a.split(" ")) == 2 and sorted(a.split(" ")) == sorted(b.split(" ")) and "-" not in a + b
