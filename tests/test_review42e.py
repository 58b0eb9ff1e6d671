"""Review of round 42's figure_shares rules (issue 9): correct English with the same figure shapes
(tests/data/review42e_good.txt: shares of other bases, rounded and exact figures of one quantity,
approximate or bounded parts, overlapping parts, durations in two units, market reports, sport
results, converted units) passes them (overlapping parts said alike,
tests/data/review42e_doubtful.txt, pass only with the gate on), and MT renderings the rules were not written from
(tests/data/review42e_mt.txt) are reported with their spans, except those marked MISS: those
tests are tests/test_reviews.py's; here, the catalog's test of these rules only and the doubtful texts."""
from rule_helpers import catalog_findings_in, data_lines
from test_reviews import BY_NAME

ROUND42 = list(BY_NAME["review42e"].rules)
GOOD = BY_NAME["review42e"].good
DOUBTFUL = data_lines("review42e_doubtful.txt")


def _round42(found: dict) -> dict:
    """The findings of the round's rules only: older figure and name rules report a few of the
    good texts on main too (a share "of the total wage bill", "the Warriors")."""
    return {t: [f for f in fs if f[0] in ROUND42] for t, fs in found.items() if any(f[0] in ROUND42 for f in fs)}


def test_the_catalog_finds_nothing_in_the_good_texts(catalog_runs):
    assert _round42(catalog_findings_in(catalog_runs, GOOD)) == {}


def test_the_overlapping_parts_pass_with_the_gate_on(catalog_runs):
    assert catalog_findings_in(catalog_runs, DOUBTFUL) == {}
