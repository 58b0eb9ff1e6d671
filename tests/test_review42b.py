"""Review of the forty-second round's capital shapes (audit/detectors/capital_more.py: half_name's
wider first words, lower_first, tail_elsewhere, title_elsewhere), issue 9: correct English with the
same words and shapes (tests/data/review42b_good.txt: festivals, palaces, parks, rivers, councils,
ministries and courts in full and short forms, 'the state' and AP's 'the state Assembly', generic
plurals, brands, teams, slogans, headlines, British and American house styles) passes the rules
gate off and the whole catalog; MT renderings their examples do not list
(tests/data/review42b_mt.txt) are found on their span, except those marked MISS: those tests are
tests/test_reviews.py's; here, the shapes after "the" and the catalog's test of these rules only."""
import pytest

from audit import check_text
from rule_helpers import catalog_findings_in, ungated_hits
from test_reviews import BY_NAME

RULES = list(BY_NAME["review42b"].rules)
GOOD = BY_NAME["review42b"].good


@pytest.mark.parametrize("text", [
    "The old town is crowded and old town hotels are full; the Old Town is a Unesco World Heritage site.",
    "The city's night market is busy and night market stalls sell noodles; the Night Market opens at six.",
    "The Big Four of accounting were fined, and the big four firms said the big four would appeal.",
])
def test_a_definite_short_name_after_the_passes(catalog, text):
    """After "the", a title-case run is a phrase MT capitalised only when "of" and a determiner
    follow it ("the Economic Growth of the region"); otherwise it is the definite short name a
    house style capitalises."""
    assert ungated_hits(catalog.get("mt-phrase-title-case-once-42"), text) == []


def test_a_phrase_with_a_complement_after_the_is_found(catalog):
    text = "Officials said economic growth slowed and economic growth will recover, but the Economic Growth of the region depends on exports."
    assert ungated_hits(catalog.get("mt-phrase-title-case-once-42"), text) == ["Economic Growth"]


def test_a_run_opening_the_text_reads_no_comma_from_its_end(catalog):
    """A run at the text's first character has no character two before it: the text's end (here a
    comma) is not read as one."""
    rule = catalog.get("mt-phrase-title-case-once-42").ungated()
    text = "Sign Language courses are offered. Nurses did not know sign language, and sign language classes were rare, so,"
    assert [f.text for f in check_text(text, [rule])] == ["Sign Language"]


def test_the_catalog_finds_none_of_these_rules_in_the_good_texts(catalog_runs):
    """The whole catalog, gates on: none of the rules reviewed here. (Older rules read some of these
    texts: lowercase-landmark-name 'the state council of Bavaria', case-variant-in-document 'the
    Big Four' beside 'the big four', truncated-official-name 'Belt and Road projects'; their own
    reviews, not this one.)"""
    found = catalog_findings_in(catalog_runs, GOOD)
    assert {t: hits for t, f in found.items() if (hits := [h for h in f if h[0] in RULES])} == {}
