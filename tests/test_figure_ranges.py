"""The ``range`` shape of ``figure_links`` (``figure_ranges``): one figure outside the range of
the thing its words tie it to, and the table of ranges it reads."""
import pytest

from audit import check_text, load_rules
from audit.detectors import figure_ranges
from audit.detectors.figures_common import correction_paragraphs

CATALOG = load_rules()
RULE = [r for r in CATALOG.rules if r.id == "figure-out-of-range"]


def _found(text):
    found = check_text(text, RULE)
    for f in found:
        assert text[f.start:f.end] == f.text
    return [f.text for f in found]


def test_every_range_has_a_source_and_a_bound():
    assert figure_ranges.RANGES
    for r in figure_ranges.RANGES:
        assert r.source and len(r.source) > 10, r
        assert r.low is not None or r.high is not None, r
        assert r.low is None or r.high is None or r.low < r.high, r


def test_a_malformed_line_is_refused(tmp_path):
    path = tmp_path / "ranges.txt"
    path.write_text("# comment\npopulation | village | people | - | 150000\n", encoding="utf-8")
    with pytest.raises(ValueError, match="ranges.txt:2: expected 6 fields"):
        figure_ranges.load(str(path))


@pytest.mark.parametrize("text, span", [
    ("Fuping, a county of 3.2 billion people in the Taihang Mountains, shook off poverty.", "3.2 billion people"),
    ("The district, home to 2.6 billion residents, opened its first subway line.", "2.6 billion residents"),
    ("The city's population of 850 million makes it the largest in the world.", "850 million"),
    ("Village doctors earn a monthly salary of 45 million yuan.", "45 million yuan"),
    ("Li earns 60 million yuan a month as a courier.", "60 million yuan"),
    ("Per capita disposable income of rural residents reached 390 million yuan.", "390 million yuan"),
    ("Average life expectancy in Tibet has risen to 7.8 years.", "7.8 years"),
    ("The county's forest coverage rate has climbed to 580 percent.", "580 percent"),
    ("The province's urbanization rate reached 0.66 percent.", "0.66 percent"),
    ("The surveyed urban unemployment rate stood at 52 percent in October.", "52 percent"),
])
def test_figures_outside_their_range_are_flagged(text, span):
    assert _found(text) == [span]


@pytest.mark.parametrize("text", [
    "Fuping, a county of 230,000 people in the Taihang Mountains, shook off poverty.",
    "The county of 320,000 people produced 3.2 billion yuan worth of tea last year.",
    "Chongqing, a city of 32 million people, is China's largest municipality.",
    "The Yangtze River Delta region, home to 235 million people, is an export hub.",
    "The Greater Bay Area, a city cluster of 86 million people, is an export hub.",
    "Average life expectancy in Tibet has risen to 72.2 years from 35.5 years in 1951.",
    "Bed occupancy at the county hospital reached 130 percent during the flu season.",
    "The unemployment rate for those aged 16 to 24 rose to 52 percent in June.",
    "The chief executive's annual salary of 45 million yuan drew criticism.",
    "Li, 45, earns about 60,000 yuan a month as a software engineer.",
    "The town, with a population of 1.2 million, is a centre of furniture making.",
])
def test_figures_inside_their_range_pass(text):
    assert _found(text) == []


def test_a_correction_notice_is_no_story_figure():
    text = ("The county has 320,000 people.\n"
            "Correction: An earlier version of this article said the county had a population of 3.2 billion.\n")
    assert _found(text) == []
    assert correction_paragraphs(text) == [(31, len(text) - 1)]


def test_word_alternations_do_not_depend_on_the_hash_seed():
    # longest first, one length in alphabetical order: the same pattern text in every process,
    # so the stored program of a pattern built from them is found (re_programs)
    from audit.detectors import figure_ranges, figures_common

    assert figures_common.words(("up to", "over"), ("under", "about", "some")) == \
        "(?:about|under|up[ \u00a0]to|over|some)"
    for kind in {r.kind for r in figure_ranges.RANGES}:
        parts = figure_ranges._WORDS(kind).split("|")
        assert parts == sorted(parts, key=lambda w: (-len(w), w))
