"""Review of round 42's figure_shares rules (issue 9): correct English with the same figure shapes
(tests/data/review42e_good.txt: shares of other bases, rounded and exact figures of one quantity,
approximate or bounded parts, overlapping parts, durations in two units, market reports, sport
results, converted units) passes them (overlapping parts said alike,
tests/data/review42e_doubtful.txt, pass only with the gate on), and MT renderings the rules were not written from
(tests/data/review42e_mt.txt) are reported with their spans, except those marked MISS."""
import pytest

from rule_helpers import catalog_findings_in, data_lines, tab_rows, ungated_findings_in, ungated_hits

ROUND42 = ["figure-share-ratio-does-not-fit", "figure-parts-share-does-not-fit", "figures-do-not-add-up"]
GOOD = data_lines("review42e_good.txt")
MT = tab_rows("review42e_mt.txt")
DOUBTFUL = data_lines("review42e_doubtful.txt")


def test_there_are_enough_texts():
    assert len(GOOD) >= 150 and len(MT) >= 20


def test_the_rules_find_nothing_in_the_good_texts(catalog):
    assert ungated_findings_in(catalog, ROUND42, GOOD) == {}


@pytest.mark.parametrize("rule,text,span", [row for row in MT if row[2] != "MISS"])
def test_the_mt_renderings_are_reported(catalog, rule, text, span):
    assert ungated_hits(catalog.get(rule), text) == [span]


def _round42(found: dict) -> dict:
    """The findings of the round's rules only: older figure and name rules report a few of the
    good texts on main too (a share "of the total wage bill", "the Warriors")."""
    return {t: [f for f in fs if f[0] in ROUND42] for t, fs in found.items() if any(f[0] in ROUND42 for f in fs)}


def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs):
    assert _round42(catalog_findings_in(catalog_runs, GOOD)) == {}


def test_the_overlapping_parts_pass_with_the_gate_on(catalog_runs):
    assert catalog_findings_in(catalog_runs, DOUBTFUL) == {}
