"""The ``figure_dates`` detector: spans of years and days with their lengths, ages, anniversaries,
editions and ranks that the words tie together and that do not agree."""
import pytest

from audit import check_text, load_rules
from audit.rules import RuleError

CATALOG = load_rules()
RULES = {r.id: [r] for r in CATALOG.rules if r.type == "figure_dates"}
DATES, RANK = "date-arithmetic-does-not-fit", "rank-does-not-fit-names-before"


def _found(rule, text):
    return [f.text for f in check_text(text, RULES[rule])]


@pytest.mark.parametrize("text, span", [
    ("Between 2003 and 2013, a span of 20 years, the village's population halved.", "20 years"),
    ("Over the 12 years from 2010 to 2015, the county planted 30 million trees.", "12 years"),
    ("The plan covers 2021-2025, a period of three years.", "three years"),
    ("Construction began in 2016 and the bridge opened in 2021, eight years later.", "eight years"),
    ("The tunnel, started in 2017, opened in 2022 after seven years of work.", "seven years"),
    ("The fishing ban runs from May 1 to August 31, a total of 60 days.", "60 days"),
    ("The 45-day campaign runs from June 1 to June 30.", "45-day"),
    ("Li, who was born in 1978, became party secretary in 2008, aged 35.", "35"),
    ("Zhang (1930-2020) died in Beijing aged 80.", "80"),
    ("The school, founded in 1984, celebrated its 30th anniversary in 2024.", "30th anniversary"),
    ("The fair, first held in 2015 and staged every year since, opened its 12th edition in 2023.", "12th"),
])
def test_dates_that_do_not_add_up_are_flagged(text, span):
    assert _found(DATES, text) == [span]


@pytest.mark.parametrize("text", [
    "Between 2003 and 2013, a span of 10 years, the village's population halved.",
    "Between 2003 and 2013, a span of 11 years, the village's population halved.",   # both ends counted
    "From 2010 to 2015 the county planted trees, and over the past 10 years it built 40 dams.",
    "Construction began in 2016 and the bridge opened in 2021, five years later.",
    "The tunnel, started in 2017, opened in 2022 after five years of work.",
    "The fishing ban runs from May 1 to August 31, a total of 123 days.",
    "The 30-day campaign runs from June 1 to June 30.",
    "The 29-day campaign runs from February 1 to February 28.",
    "Li, who was born in 1978, became party secretary in 2008, aged 30.",
    "Li, 45, who was born in 1979, joined the firm in 2005.",                         # an age now, a year then
    "The school, founded in 1984, celebrated its 40th anniversary in 2024.",
    "This year marks the 50th anniversary of the relations established in 1979.",     # no year it falls in
    "The fair, first held in 2015 and staged every year since, opened its ninth edition in 2023.",
    "The fair, first held in 2015, opened its fifth edition in 2023.",               # not said to be yearly
    "The biennial fair, first held in 2013, opened its sixth edition in 2023.",
    "In 2019 the firm had 300 staff; eight years later it had 3,000.",
])
def test_dates_that_add_up_or_are_not_tied_pass(text):
    assert _found(DATES, text) == []


@pytest.mark.parametrize("text, span", [
    ("Guangdong ranked second nationwide, behind Jiangsu and Shandong.", "second"),
    ("The port is the fourth busiest in the world, after Shanghai and Singapore.", "fourth"),
    ("The city's GDP ranked third in the province, after only the provincial capital.", "third"),
    ("The county ranked third, second only to Kunshan.", "third"),
])
def test_a_rank_that_does_not_fit_the_names_before_it_is_flagged(text, span):
    assert _found(RANK, text) == [span]


@pytest.mark.parametrize("text", [
    "Guangdong ranked third nationwide, behind Jiangsu and Shandong.",
    "The port is the third busiest in the world, after Shanghai and Singapore.",
    "The team finished third after a penalty shootout.",
    "Paquette finished seventh, 112 votes behind Tsang.",
    "The county ranked second, second only to Kunshan.",
])
def test_ranks_that_fit_or_are_not_tied_pass(text):
    assert _found(RANK, text) == []


def test_spans_are_the_text_they_name():
    text = ("Construction began in 2016 and the bridge opened in 2021, eight years later. Guangdong ranked second "
            "nationwide, behind Jiangsu and Shandong.")
    found = check_text(text, RULES[DATES] + RULES[RANK])
    assert len(found) == 2 and all(text[f.start:f.end] == f.text for f in found)


def test_an_unknown_shape_is_refused(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text("version: 1\nrules:\n  - id: x\n    type: figure_dates\n    shapes: [weekday]\n    category: accuracy/number\n"
                    "    severity: minor\n    message: m\n    description: d\n", encoding="utf-8")
    with pytest.raises(RuleError):
        load_rules(str(path))


@pytest.mark.parametrize("text, expected", [
    ("From March 2019 to June 2021, a period of 18 months, the line was built.", ["18 months"]),
    ("From March 2019 to June 2021, a period of 27 months, the line was built.", []),
    ("The project, launched in March 2019 and completed in June 2021, took 18 months.", ["18 months"]),
    ("The project, launched in March 2019 and completed in June 2021, took 27 months.", []),
    ("From June 1 to June 30, the 45-day campaign will run.", ["45-day"]),
    ("The project took eight years, from 2015 to 2020.", ["eight years"]),
    ("In 2023, the 45-year-old farmer, born in 1968, planted rice.", ["45"]),
    ("In 2023, the 55-year-old farmer, born in 1968, planted rice.", []),
])
def test_months_lengths_before_a_span_and_an_age_in_a_sentence_that_opens_with_its_year(text, expected):
    assert _found(DATES, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Suzhou ranked first, behind Shanghai.", ["first"]),
    ("The county ranked 18th among the 16 counties.", ["18th"]),
    ("The county ranked 8th among the 16 counties.", []),
    ("Suzhou ranked first in the province.", []),
])
def test_a_first_place_behind_a_name_and_a_rank_past_the_number_ranked(text, expected):
    assert _found(RANK, text) == expected


# Numbers round 6: a length later in the span's clause, a possessive before the ordinal, names
# after "following", and a superlative with a name ranked before it.
@pytest.mark.parametrize("rule, text, span", [
    (DATES, "The expressway, which was built from 2017 to 2022, was completed in three years.", "three years"),
    (DATES, "The restoration of the temple, carried out from 2008 to 2021, took ten years.", "ten years"),
    (RANK, "Ningbo-Zhoushan is the largest port in the world by cargo tonnage, second only to Shanghai.", "largest"),
    (RANK, "The province's grain output ranked first in the country, after only Heilongjiang.", "first"),
    (RANK, "Hangzhou is China's third-largest e-commerce hub, after Shenzhen, Guangzhou and Shanghai.", "third"),
    (RANK, "Jiangxi came in second, following Fujian, Guangdong and Hunan, in the tea output table.", "second"),
])
def test_round6_ties_are_flagged(rule, text, span):
    assert _found(rule, text) == [span]


@pytest.mark.parametrize("rule, text", [
    (DATES, "The expressway, which was built from 2017 to 2022, was completed in five years."),
    (DATES, "From 2013 to 2018 the township relocated 4,000 households, and the next phase will take another three years."),
    (DATES, "From 2010 to 2020 the city grew fast; each new line took three years to build."),
    (RANK, "Ningbo-Zhoushan is the second-largest port in the world, second only to Shanghai."),
    (RANK, "Hong Kong's airport is the busiest cargo hub in Asia, second only to Memphis worldwide."),
    (RANK, "The airport is the busiest in Asia, second only to New York worldwide."),
    (RANK, "The city is the largest in the province and second only to Chengdu in the southwest."),
    (RANK, "Tencent is the largest private employer in the city, second only to the government."),
    (RANK, "Hangzhou is China's fourth-largest e-commerce hub, after Shenzhen, Guangzhou and Shanghai."),
])
def test_round6_ties_that_agree_pass(rule, text):
    assert _found(rule, text) == []


@pytest.mark.parametrize("text, span", [
    ("Wang Fang, 52, who was born in 1990, runs a noodle shop in the old town.", "52"),
    ("The company, founded 30 years ago in 2005, now employs 3,000 people.", "30 years ago"),
    ("The school, founded in 1990, has a 60-year history.", "60"),
    ("In 2023 the plant opened a second line. Li Ming, 45, who was born in 1970, is its manager.", "45"),
    ("The factory was founded in 1995, 20 years ago. In 2023 it exported 3,000 tonnes of tea.", "20 years ago"),
])
def test_a_story_year_after_the_present_or_before_its_past_is_flagged(text, span):
    assert _found(DATES, text) == [span]


@pytest.mark.parametrize("text", [
    "In 2023 the plant opened a second line. Li Ming, 53, who was born in 1970, is its manager.",
    "Li moved here 30 years ago, and in 2005 he opened a shop.",
    "The firm marked its 70-year history in 2019.",
    "In 2030 the city will open a new airport. Li, 45, who was born in 1978, heads the project.",
    "Zhang, who was born in 1930, died in 2010 at the age of 80.",
    "The company, founded 15 years ago in 2005, now employs 3,000 people.",
])
def test_a_story_year_that_fits_passes(text):
    assert _found(DATES, text) == []


def test_a_sentence_with_no_past_year_is_not_read_for_another_time(monkeypatch):
    # issue 13, forty-seventh round: ``_THEN`` (a time other than the story's) is asked only of a
    # sentence that reports a year; the findings are those of asking it of every sentence
    from audit.detectors import figure_dates

    text = ("The factory was founded in 1995, 20 years ago. It exports tea. Sales rose. "
            "In 2023 it exported 3,000 tonnes. By 2030 it plans to double that.")
    spans, lo = [], 0
    for sentence in text.split(". "):
        spans.append((lo, lo + len(sentence)))
        lo += len(sentence) + 2
    asked = []
    real = figure_dates._THEN

    class Counting:
        def search(self, s, lo, hi):
            asked.append(s[lo:hi])
            return real.search(s, lo, hi)

    monkeypatch.setattr(figure_dates, "_THEN", Counting())
    hits = [(h.start, h.end) for h in figure_dates._story_year_hits(text, spans)]
    # the two sentences with "in 1995" and "In 2023" (the first read again by ``_told_in``); not
    # "By 2030", "It exports tea", "Sales rose"
    assert set(asked) == {"The factory was founded in 1995, 20 years ago", "In 2023 it exported 3,000 tonnes"}
    assert [text[s:e] for s, e in hits] == ["20 years ago"]
    assert _found(DATES, text) == ["20 years ago"]
