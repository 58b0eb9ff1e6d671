"""Review of the forty-first round's new modern terms (references/modern_terms.yaml) and sayings
(audit/detectors/literal_idioms.txt), issue 9: correct English with the same words
(tests/data/review41c_good.txt: China coverage in the accepted forms, and counts, trade meetings,
smuggled goods, health and sport in ordinary words) passes the rules that read those files and the
whole catalog, and MT renderings the entries were not written from (tests/data/review41c_mt.txt)
are reported with their spans, except those marked MISS: those tests are tests/test_reviews.py's;
here, a run of number words."""
from audit import check_text


def test_a_run_of_number_words_is_a_count(catalog):
    """双千兆 glossed 双 "two", 千 "thousand", 兆 "million" is "two thousand million", an English
    count; "double thousand mega" is still a rendering."""
    rule = catalog.get("mt-garbled-compound")
    assert check_text("The world now has more than two thousand million smartphone users.", [rule]) == []
    assert [f.text for f in check_text("The province built double thousand mega networks.", [rule])] \
        == ["double thousand mega"]
