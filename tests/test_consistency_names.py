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


def test_run_names_reads_one_run_with_offsets_from_its_start():
    # (words without a possessive, their spans in the run, the linker before) of each name the
    # run holds: the run itself and each tail after a linker that follows no body's head
    # ("Industry ..." after "Ministry of" names no body of its own)
    run = "Ministry of Industry and Information Technology's"
    assert c._run_names(run) == (
        (("Ministry", "of", "Industry", "and", "Information", "Technology"),
         ((0, 8), (9, 11), (12, 20), (21, 24), (25, 36), (37, 49)), ""),
        (("Information", "Technology"), ((25, 36), (37, 49)), "and"),
    )
    assert c._run_names("The Director") == ((("Director",), ((4, 12),), ""),)  # the determiner left out
    # a title word ends the name: the run is read up to it
    assert c._run_names("State Council Director Li") == (
        (("State", "Council"), ((0, 5), (6, 13)), ""),)


def test_a_run_met_again_gives_the_names_of_reading_it_anew():
    # ``_names`` reads each distinct run once a document; its names at each place are those of
    # reading every run anew (the hostile 1 MB lines repeat a handful of runs)
    rng = random.Random(46)
    for _ in range(300):
        runs = [pieced_text(rng, PIECES, (" ",), 2, 8) for _ in range(3)]
        text = "".join(rng.choice(runs) + rng.choice((". ", " said. ", ", and ", "\n")) for _ in range(30))
        assert c._names(text) == _names_plain(text), text[:300]
    line = "The General Administration said Beijing. The Department of Natural said China. " * 50
    names, linkers = c._names(line)
    assert (names, linkers) == _names_plain(line) and len(names) == 100
