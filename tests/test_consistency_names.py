"""``consistency._names`` (issue 13, thirty-fourth round) reads each run of capitals' words once
for all its tails; held to the reading it replaced, each tail's words read and stripped of a
possessive anew, on the project's texts and on random runs of capitals, linkers, titles, dates,
possessives and determiners."""
import glob
import os
import random

from audit.detectors import consistency as c
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout9", "tests/corpus/heldout12",
           "tests/corpus/clean", "benchmarks/data/clean_large")


def _names_plain(text):
    """``_names`` as it was in ``_truncation``."""
    names, linkers = [], []
    for m in c._NAME.finditer(text):
        base = m.start()
        spans = [(base + t.start(), base + t.end()) for t in c._TOKEN.finditer(m.group())]
        while spans and text[spans[0][0]:spans[0][1]] in c._DETERMINERS:
            spans = spans[1:]
        for k, (s, e) in enumerate(spans):
            if k and (c._is_role(text[s:e]) or text[s:e].strip(",.;:").lower() in c._DATE_WORDS):
                spans = spans[:k]
                break
        while spans and text[spans[-1][0]:spans[-1][1]].lower() in c._LINKERS:
            spans = spans[:-1]
        spans = spans[:c._MAX_NAME_TOKENS]
        first = text[spans[0][0]:spans[0][1]] if spans else ""
        owner = len(spans) > 1 and first[-2:] in ("'s", "’s") and c._bare(first) in c._GENERIC
        for k in range(int(owner), len(spans)):
            linked = k > 0 and not (owner and k == 1)
            if linked and text[spans[k - 1][0]:spans[k - 1][1]].lower() not in c._LINKERS:
                continue
            j = k - 1
            while j >= 0 and text[spans[j][0]:spans[j][1]].lower() in c._LINKERS:
                j -= 1
            if j >= 0 and c._bare(text[spans[j][0]:spans[j][1]]) in c._BODIES:
                continue
            sub = spans[k:]
            if sub and text[sub[0][0]].isupper() and text[sub[0][0]:sub[0][1]] not in c._DETERMINERS:
                names.append((tuple(c._POSSESSIVE.sub("", text[s:e]) for s, e in sub), sub))
                linkers.append(text[spans[k - 1][0]:spans[k - 1][1]].lower() if linked else "")
    return names, linkers


PIECES = ("Ministry", "Ministry's", "of", "and", "for", "the", "The", "on", "in", "&", "Industry", "Information",
          "Technology", "Science", "China's", "China", "National", "Development", "Reform", "Commission",
          "Director", "Director-General", "Spokesperson", "Tuesday", "May,", "Council", "State", "Administration",
          "Market", "Regulation", "People's", "Supreme", "Court", "Court’s", "A", "An", "Beijing", "officials",
          "said", "Group", "Co.,", "Ltd.", "Ministry,", "'s", "Xi'an")


def test_the_same_names_as_reading_each_tail_anew():
    rng = random.Random(34)
    texts = [pieced_text(rng, PIECES, (" ", " ", " ", "\u00a0", ", ", ". ", "\n"), 1, 40) for _ in range(4000)]
    texts += [open(p, encoding="utf-8").read() for sub in FOLDERS for p in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt")))]
    found = tails = 0
    for text in texts:
        expected = _names_plain(text)
        assert c._names(text) == expected, text[:300]
        found += len(expected[0])
        tails += sum(1 for linker in expected[1] if linker)
    assert found > 15_000 and tails > 1000, (found, tails)
