"""The ``arithmetic`` detector: figures of one sentence that contradict each other."""
import pytest

from audit import check_text, load_rules
from audit.detectors import figures_common
from audit.detectors.arithmetic import value
from audit.rules import RuleError

RULE = [r for r in load_rules().rules if r.id == "figures-do-not-add-up"]


@pytest.mark.parametrize("figure, expected", [
    ("2,400", 2400.0), ("4.05 million", 4.05e6), ("$1.2 billion", 1.2e9), ("1.86 hundred million", 1.86e8),
    ("3.6 ten thousand", 3.6e4), ("98", 98.0),
])
def test_value_reads_scale_words(figure, expected):
    assert value(figure) == pytest.approx(expected)


@pytest.mark.parametrize("figure", ["1" + "0" * 320, "9" * 400 + " billion", "1" + "0" * 300 + "bn"])
def test_value_of_a_figure_too_large_for_a_float_is_none(figure):
    assert value(figure) is None


def test_figures_too_large_for_a_float_do_not_crash_the_whole_catalog():
    big = "1" + "0" * 400
    text = (f"Output rose 12 percent, from {big} tonnes to 3,000 tonnes. The city paid {big} yuan to 12,800 farmers, "
            f"an average of {big} yuan each. Of the {big} schools, 160, or 40 percent, have a canteen.")
    check_text(text, load_rules())


@pytest.mark.parametrize("text, span", [
    ("Output rose 12 percent, from 2,400 tonnes to 3,000 tonnes.", "12 percent"),
    ("From 2,400 yuan to 3,000 yuan, an increase of 60 percent, the fee rose.", "60 percent"),
    ("The herd stood at 4.05 million, down 5 percent from 4.11 million.", "5 percent"),
    # a power of ten apart: the slip may be in either figure, and both are flagged in one span
    ("It cost 86 billion yuan, or about 1.2 billion U.S. dollars.", "86 billion yuan, or about 1.2 billion U.S. dollars"),
    ("It cost 86 billion yuan, or about 40 billion U.S. dollars.", "40 billion U.S. dollars"),
    ("The city paid 186 million yuan to 12,800 farmers, an average of 1.45 million yuan each.",
     "186 million yuan to 12,800 farmers, an average of 1.45 million"),
    ("The city paid 186 million yuan to 12,800 farmers, an average of 50,000 yuan each.", "50,000"),
])
def test_a_figure_the_others_contradict_is_flagged(text, span):
    assert [f.text for f in check_text(text, RULE)] == [span]


@pytest.mark.parametrize("text", [
    "Output rose 25 percent, from 2,400 tonnes to 3,000 tonnes.",
    "Output rose 24 percent, from 2,400 tonnes to 3,000 tonnes.",      # rounding passes
    "The rate rose 2 percent, from 10 percent to 12 percent.",          # points between percentages
    "It cost 86 billion yuan, or about 12 billion U.S. dollars.",
    "Fees run from 20,000 to 60,000 yuan ($2,800 to $8,400) a home.",   # two ranges
    "Profit was $148.6 million, or 98 cents a share, down 13% from $171.2 million.",
])
def test_figures_that_agree_pass(text):
    assert check_text(text, RULE) == []


def test_an_unknown_shape_is_refused(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nrules:\n  - id: x\n    type: arithmetic\n    shapes: [sum]\n    category: accuracy/number\n"
                    "    severity: minor\n    message: m\n    description: d\n", encoding="utf-8")
    with pytest.raises(RuleError):
        load_rules(str(path))


@pytest.mark.parametrize("text", [
    "Sales rose 40 percent from 2019 to 2023.",                               # years
    "Revenue grew steadily from 2019 to 2023, up 40 percent over the period.",
    "The firm had 3,200 employees last year, up 6 percent from 2022.",
    "The fund gave 50 million yuan to 200 firms over five years, an average of 10 million yuan a year.",
    "The bank lent 5 billion yuan to 12,000 small firms, an average of 40 percent more than a year earlier.",
    "Total investment reached 86 billion yuan ($12bn).",                      # a scale written short
    "The deal was worth 3.5 billion yuan ($490m).",
])
def test_shapes_stop_at_their_limits(text):
    assert check_text(text, RULE) == []


@pytest.mark.parametrize("text, span", [
    ('In all, 1,300 firms were named "little giants", up from 1,152 a year earlier, an increase of 248.', "248"),
    ("Sales hit 500 units, down from 700 last year, a decrease of 300.", "300"),
    ("Graduates will reach 1222 ten thousand, an increase of 21 million over last year.", "21 million"),
    ("Capacity will rise from 40,000 to 70,000 wafers by the end of 2027, an increase of 30 percent.", "30 percent"),
    ("Sales reached 12.7 billion yuan in the first 10 months of this year, up 29.6 percent from 980 million yuan.",
     "12.7 billion yuan in the first 10 months of this year, up 29.6 percent from 980 million"),
])
def test_differences_and_changes_after_a_few_words(text, span):
    assert [f.text for f in check_text(text, RULE)] == [span]


@pytest.mark.parametrize("text", [
    "In all, 1,300 firms were recognized, up from 1,152 a year earlier, an increase of 148.",
    "Sales hit 500 units, down from 700 last year, a decrease of 200.",
    "Net profit reached 2 million yuan, an increase of 3 million yuan over last year.",   # a swing past zero
    "Graduates will reach 12.22 million, an increase of 210,000 over last year.",
    "Capacity will rise from 40,000 to 70,000 wafers by the end of 2027, an increase of 75 percent.",
    "Exports were 500 units, up from 300 in 2019, an increase of 40 percent.",           # a percent is another shape
    "It had 1,300 members in 2024, up from 1,152 in 2023, a rise of 148.",
])
def test_differences_that_agree_pass(text):
    assert check_text(text, RULE) == []


# Issue 9, nineteenth round: conversions, shares, parts, changes of rates and listed counts.
NEW_RULES = [r for r in load_rules().rules
             if r.id in ("figure-unit-conversion", "figure-share-or-parts", "rate-change-unit-slip", "count-word-list-mismatch")]


@pytest.mark.parametrize("text, span", [
    ("The farm covers 3,000 mu (3,000 hectares) of land.", "3,000 hectares"),
    ("Pork sold for 15 yuan a jin, or 15 yuan a kilogram.", "15 yuan a kilogram"),
    ("It was minus 20 degrees Celsius (20 degrees Fahrenheit) at dawn.", "20 degrees Fahrenheit"),
    ("The road runs 40 kilometers (40 miles) along the coast.", "40 miles"),
    ("Prices are 10 yuan per jin (1 kilogram).", "1 kilogram"),
    ("Of 2,000 households, 500 of the 2,000 households, or 50 percent, joined.", "50 percent"),
    ("The county found 90 cases, 50 in Anyang and 45 in Linzhou.", "90"),
    ("Unemployment fell from 6.4 percent to 5.9 percent, down 0.5 percent.", "0.5 percent"),
    ("The bank set out five tasks: lending, saving and paying.", "five tasks"),
    # a title-case headline: the figure's unit is read in any case, and the span keeps it
    ("Clinics: 45 of 300 Villages, or 45 Percent, Have One", "45 Percent"),
    ("Jobless Rate Rose From 5.2 Percent to 5.8 Percent, Up 0.6 Percent", "0.6 Percent"),
])
def test_new_shapes_flag(text, span):
    assert len(NEW_RULES) == 4  # every rule the round added is in the catalog under its id
    assert [f.text for f in check_text(text, NEW_RULES)] == [span]


def test_a_change_in_a_title_case_headline_keeps_its_unit():
    found = check_text("Output Rose 12 Percent, From 2,400 Tonnes to 3,000 Tonnes", RULE)
    assert [f.text for f in found] == ["12 Percent"]


@pytest.mark.parametrize("text", [
    "The farm covers 3,000 mu (200 hectares) of land.",
    "Pork sold for 15 yuan a jin, or 30 yuan a kilogram.",
    "It was minus 20 degrees Celsius (minus 4 degrees Fahrenheit) at dawn.",
    "Temperatures will drop 8 degrees Celsius (14 degrees Fahrenheit) overnight.",   # a difference
    "The road runs 40 kilometers (25 miles) along the coast.",
    "The bag weighs 0.8kg (1lb 12oz).",                                              # a compound figure
    "The farm covers 20-30 mu (1.3-2 hectares).",                                     # two ranges
    "Of 2,000 households, 500 of the 2,000 households, or 25 percent, joined.",
    "Three of the 12 banks, or 60 percent of deposits, are state-owned.",            # another whole
    "The county found 95 cases, 50 in Anyang and 45 in Linzhou.",
    "The county found 120 cases, 50 in Anyang and 45 in Linzhou.",                   # some left out
    "Unemployment fell from 6.4 percent to 5.9 percent, down 0.5 percentage point.",
    "Sales rose 50 percent, from 200 to 300 units.",
    "The bank set out three tasks: lending, saving and paying.",
    "The bank set out five tasks, such as lending, saving and paying.",
])
def test_new_shapes_pass(text):
    assert check_text(text, NEW_RULES) == []


def test_approximate_and_bound_words_are_two_named_lists():
    from audit.detectors import arithmetic
    assert set(figures_common.APPROXIMATE).isdisjoint(figures_common.BOUND)
    assert "about" in figures_common.APPROXIMATE and "more than" in figures_common.BOUND
    # a bound alone, at the end of the text before a figure; an approximation is no bound
    assert figures_common.BOUND_BEFORE.search("sales more than ") and not figures_common.BOUND_BEFORE.search("sales about ")
    assert arithmetic._PARTS_APPROX.search("some ") and arithmetic._PARTS_APPROX.search("at least ")


SCALE = [r for r in load_rules().rules if r.id == "figure-scale-contradiction"]


@pytest.mark.parametrize("text", [
    "About 3,200 members voted, and the 32,000 members of the union were told the result.",   # another set
    "Sales rose from 3,200 tickets to 32,000 tickets, and the 32,000 tickets sold out.",        # a stated change
    "About 3,200 members voted, and the 32,000 members registered nationwide were told the result.",  # another set
])
def test_scale_leaves_other_sets_and_stated_changes_alone(text):
    assert check_text(text, SCALE) == []


def test_scale_still_flags_a_tenfold_restatement():
    text = "About 3,200 members voted. The result was sent to the 32,000 members by email."
    assert [f.text for f in check_text(text, SCALE)] == ["32,000"]


@pytest.mark.parametrize("text, found", [
    ("Aid came to 350 million dollars, about 25 billion yuan.", ["350 million dollars, about 25 billion yuan"]),
    ("Aid came to 350 million dollars, about 2.5 billion yuan.", []),
    ("The stake is worth US$500 million (36 billion yuan).", ["US$500 million (36 billion yuan"]),
    ("Fees run from $2,800 to $8,400 (20,000 to 60,000 yuan) a home.", []),   # two ranges
])
def test_dollars_with_their_yuan_value_after_them(text, found):
    assert [f.text for f in check_text(text, RULE)] == found


def test_unit_windows_found_once_give_what_each_shape_finds_alone():
    # figure-unit-conversion finds the units' windows once for its two shapes (speed32b)
    from audit.detectors.arithmetic import _CONVERT_WORD, _convert_hits, _gloss_hits, _windows
    text = ("Prices rose to 10 yuan per jin (20 yuan per kilogram) and 30 yuan per jin (45 yuan per kilogram). "
            "The farm covers 100 mu (about 6.7 hectares), or 200 mu (50 hectares). One mu (0.5 hectares) is small.")
    windows = _windows(text, _CONVERT_WORD)
    for hits in (_convert_hits, _gloss_hits):
        alone = list(hits(text, 0.05))
        shared = list(hits(text, 0.05, windows))
        assert alone == shared
    assert [(h.start, h.end) for h in _convert_hits(text, 0.05, windows)]  # something found


def test_value_reads_each_distinct_figure_once():
    """``figures_common.value`` is read once per distinct figure text (the figure rules ask for
    the same figures again and again): the same number back, with no new reading."""
    from audit.detectors import figures_common

    assert value("4.05 million") == 4_050_000.0 and value("$12bn") == 12e9 and value("no figure") is None
    assert value(" 3 ten thousand ") == 30_000.0 and value("9" * 400) is None
    before = figures_common.value.cache_info()
    assert value("4.05 million") == 4_050_000.0
    after = figures_common.value.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
