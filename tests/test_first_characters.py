"""Patterns that begin with a lookahead for the characters a match can start with (``re``
then passes over other positions at once): each finds what the pattern without it finds."""
import glob
import os
import re

import pytest

from audit import load_rules
from audit.detectors import (capitalization, cut_names, numbers, official_names, pronoun_gender, punctuation,
                             repetition)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# (pattern, its lookahead, the pattern as it was written before: the lookahead taken out)
CASES = [
    (punctuation._STRAY, "(?=[.,;:?!])", ""),
    (numbers._CHINESE_DATE, r"(?=\d)", ""),
    (repetition._CONJUNCTION, r"(?=\s)", ""),
    (cut_names._PLACELESS, "(?=[ARP])", ""),
    (official_names._NAME, "(?=[A-Z])", ""),
    (official_names._LOCAL_DOC, r"\b(?=[A-Zpmc])", r"\b"),
    (official_names._CHINA_CUE, r"\b(?=[A-Zry])", r"\b"),
    (official_names._CHINA_CUE, "(?=[A-Zrym\u4e00-\u9fff])", ""),
    (official_names._FOREIGN_CUE, r"\b(?=[A-Z])", r"\b"),
    (official_names._FOREIGN_BEFORE, r"\b(?=[A-Z])", r"\b"),
    (capitalization._ACRONYM_DEFINED, r"(?= \()", ""),
    (pronoun_gender._PRONOUN, "(?=[hs])", ""),
] + [(r.state["cuts_re"], r.state["cuts_re"].pattern.split("(?<!", 1)[0], "")  # known_names: the cuts' first letters
     for r in load_rules().rules if r.type == "consistency" and r.state["mode"] == "known_names"]


def _texts():
    paths = sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    paths += sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in paths]
    # edges the lookaheads must not move: other scripts, digits, underscores, marks, no spaces
    texts.append("ÉUS US_ _US 9US 12 mu 12 mum mu 4mu éChina China9 Chinaé yuanÉ ÜBritish British's the Indian renminbi rRMB RMB- "
                 "U.S.A. Hong Kong's 中国 Indonesia's Ministry of Trade. ..,, ?!. ;; a,.b 12,0000 yuan ٣,٠٠٠٠ "
                 "x1,0000 people ,1,0000 people 2023 year 5 month 10 day 5月 5 months\u00a010 days. "
                 "and\u00a0or cats\nand\tdogs _ and _ the Autonomous Region Health, XRegion Prefecture "
                 "province Provincial municipality County county Xprovince Guangxi, Hubei_ the Ministry of Industry said "
                 "a body (ABC) and (ABC) xMinistry of Industry of "
                 "He said his; SHE herself, Hers him_ _she ſhe ſHE éhe heé HIMSELF's she's sheer ash he9 9his")
    return texts


TEXTS = _texts()


@pytest.mark.parametrize("pattern, lookahead, plain_form", CASES, ids=lambda c: getattr(c, "pattern", c)[:24])
def test_a_first_character_lookahead_changes_no_match(pattern, lookahead, plain_form):
    assert pattern.pattern.count(lookahead) == 1
    plain = re.compile(pattern.pattern.replace(lookahead, plain_form, 1), pattern.flags)
    found = 0
    for text in TEXTS:
        expected = [(m.span(), m.groups(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)] == expected, text[:60]
        found += len(expected)
        for end in range(0, len(text), 89):  # searches in windows, as detectors make them
            start = max(0, end - 60)
            hit = plain.search(text, start, end)
            assert bool(pattern.search(text, start, end)) == bool(hit)
            found += hit is not None
    assert found or pattern in (numbers._MYRIAD, numbers._CHINESE_DATE, cut_names._PLACELESS)


def test_every_listed_word_starts_with_a_character_of_its_lookahead():
    foreign = [w for v in official_names._FOREIGN.values() for w in v.split("|")]
    assert all("A" <= w[0] <= "Z" for w in foreign)
    china = official_names._CHINA_CUE.pattern.split("(?=[A-Zry])(?:", 1)[1].split(")", 1)[0].split("|")
    assert len(china) > 40 and all("A" <= w[0] <= "Z" or w[0] in "ry" for w in china)
    # _LOCAL_DOC: four words with a capital or p, m, c, and the places, capitalised
    assert all("A" <= p.capitalize()[0] <= "Z" for p in official_names.PLACES if "'" not in p)
