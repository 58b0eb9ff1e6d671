"""The twenty-eighth round's gated rules (issue 9): number forms, cut body names, capitals.

Each rule is taken from the bundled catalog and run ungated (a gated rule's detector, as the
examples test it); the cases pin the span each reports and what passes beside it."""
import dataclasses

import pytest

from audit import load_rules
from audit.engine import check_text
from audit.rules import RuleError
from tests.rule_helpers import one_rule, ungated_hits

CATALOG = load_rules()
RULES = {r.id: r.ungated() for r in CATALOG.rules}
ROUND = ["mt-number-more-than-more", "mt-number-times-forms", "mt-number-times-of-than",
         "mt-number-date-scale-calques", "mt-number-scale-plurals", "mt-number-impossible-percent",
         "mt-number-capital-unit", "mt-number-decade-holiday-forms", "mt-capital-list-item", "mt-capital-hyphen-compound", "mt-capital-short-noun",
         "mt-capital-function-word", "mt-caps-hyphen-compound",
         "mt-cut-name-loose", "mt-cut-name-head-before-of", "mt-cut-name-level-only", "mt-cut-name-abbreviation"]


def spans(rule_id, text):
    return ungated_hits(RULES[rule_id], text)


def test_every_rule_of_the_round_is_gated_and_in_one_section():
    ids = [r.id for r in CATALOG.rules]
    for rid in ROUND:
        rule = next(r for r in CATALOG.rules if r.id == rid)
        assert rule.gate is not None, rid
    positions = sorted(ids.index(rid) for rid in ROUND)
    assert positions == list(range(positions[0], positions[0] + len(ROUND)))
    # the twenty-ninth round's section follows (placed before compounds and units), then compounds and units
    assert ids[positions[-1] + 1] in ("mt-capital-clause-end-29", "spaced-compound-hyphen")


CASES = [
    # numbers
    # "more than N more" belongs to mt-number-frames-28, whose guard passes a comparison
    ("mt-number-more-than-more", "More than 200 more companies joined.", []),
    ("mt-number-more-than-more", "The festival drew more than 200 more visitors than last year.", []),
    ("mt-number-more-than-more", "Unions worried about more than 300 jobs.", []),
    ("mt-number-more-than-more", "He left. About more than 300 stayed.", ["About more than"]),
    ("mt-number-more-than-more", "The plant has approximately over 1,000 staff.", ["approximately over"]),
    ("mt-number-more-than-more", "It had 20 more stalls than last year.", []),
    ("mt-number-more-than-more", "about more than 300 people came", ["about more than"]),
    ("mt-number-times-forms", "Sales fell by 3 times in the year.", ["fell by 3 times"]),
    ("mt-number-times-forms", "Exports grew by 1 times.", ["by 1 times"]),
    ("mt-number-times-forms", "He won three times.", []),
    ("mt-number-times-forms", "Prices were cut three times in 2023.", []),  # a count of events
    ("mt-number-times-forms", "Output dropped five times last year, each time after a strike.", []),
    ("mt-number-times-forms", "The team has doubled three times in size since 2019.", []),
    ("mt-number-times-forms", "Output dropped five times.", ["dropped five times"]),
    ("mt-number-times-forms", "Costs were cut by three times in a year.", ["cut by three times"]),
    ("mt-number-times-of-than", "The price is 2 times than last year.", ["2 times than"]),
    ("mt-number-times-of-than", "Shops of 10,000 yuan below, they said.", ["10,000 yuan below"]),
    ("mt-number-times-of-than", "The town is 300 meters above sea level.", []),
    ("mt-number-times-of-than", "The hinge was tested for 500,000 folds.", []),
    ("mt-number-times-of-than", "Trains run until 23 o'clock.", ["23 o'clock"]),
    ("mt-number-times-of-than", "Trains run until 11 o'clock.", []),
    ("mt-number-date-scale-calques", "On the morning of the 12th, the fair opened.", ["morning of the 12th"]),
    ("mt-number-date-scale-calques", "On the morning of the 12th of May, the fair opened.", []),
    ("mt-number-date-scale-calques", "It rose 3.5% percent.", ["3.5% percent"]),
    ("mt-number-date-scale-calques", "more than ten hundred people", ["ten hundred"]),
    ("mt-number-scale-plurals", "a loss of 2.5 billions yuan", ["2.5 billions"]),
    ("mt-number-scale-plurals", "ten millions people", ["ten millions"]),
    ("mt-number-scale-plurals", "hundreds of millions of people", []),
    ("mt-number-impossible-percent", "Output dropped by nearly 200 percent.", ["200 percent"]),
    ("mt-number-impossible-percent", "Output dropped by 100 percent.", []),
    ("mt-number-impossible-percent", "Output rose by 200 percent.", []),
    ("mt-number-impossible-percent", "Losses fell by 150 percent, turning into a profit.", []),
    ("mt-number-impossible-percent", "The deficit of the fund fell by 120% this year.", []),
    ("mt-number-impossible-percent", "Imports account for 120 percent of domestic consumption.", []),
    ("mt-number-impossible-percent", "Losses were cut. Sales fell by 150 percent.", ["150 percent"]),
    ("mt-number-capital-unit", "They planted 3 million Trees on the hills.", ["Trees"]),
    ("mt-number-capital-unit", "City Plants 3 Million Trees on Hills", []),
    ("mt-number-capital-unit", "They ran the 10 Days Festival.", []),
    ("mt-number-decade-holiday-forms", "Sales rose in the 11.11 shopping festival.", ["the 11.11 shopping festival"]),
    ("mt-number-decade-holiday-forms", "It was built in the 1950s of the last century.", ["1950s of the last century"]),
    ("mt-number-decade-holiday-forms", "Version 5.1 holiday release notes", []),
    # capitals
    ("mt-capital-list-item", "Work focused on funds; Strengthening oversight is next.", ["Strengthening"]),
    ("mt-capital-list-item", "Beijing, Nanjing and Kunming agreed.", []),
    ("mt-capital-list-item", "The plan: Improving roads.", []),
    ("mt-capital-hyphen-compound", "the city promotes High-Quality development", ["High-Quality"]),
    ("mt-capital-hyphen-compound", "the city joined the High-Quality Development Forum", []),
    ("mt-capital-hyphen-compound", "She was named to the All-Star team last year.", []),
    ("mt-capital-hyphen-compound", "He ordered from the Self-Service kiosk at the station.", []),
    ("mt-capital-short-noun", "prices of Oil rose, and the Tax bill grew.", ["Oil", "Tax"]),
    ("mt-capital-short-noun", "the Oil and Gas Authority said so.", []),
    ("mt-capital-function-word", "the plan, Which was approved in May, works.", ["Which"]),
    ("mt-capital-function-word", "The Plan Which Works", []),
    ("mt-capital-function-word", "The report, titled The state of the nation, was published.", []),
    ("mt-capital-function-word", "The MP asked, Is this the best we can do?", []),
    ("mt-capital-function-word", "the MP said, Is this fair?", ["Is"]),
    ("mt-caps-hyphen-compound", "It is a LONG-TERM task for all.", ["LONG-TERM"]),
    ("mt-caps-hyphen-compound", "the US-CHINA Trade Council met", []),
    # truncated names
    ("mt-cut-name-loose",
     "The Wenzhou Meteorological Bureau issued an alert. The Wenzhou Meteorology said rain would last.",
     ["Wenzhou Meteorology"]),
    ("mt-cut-name-loose",  # the cut before the full name is no second reference
     "The Wenzhou Meteorology said rain would last. The Wenzhou Meteorological Bureau issued an alert.", []),
    ("mt-cut-name-loose",  # words that are not all the name's
     "The Wenzhou Meteorological Bureau issued an alert. The Wenzhou Water said supply was normal.", []),
    ("mt-cut-name-loose",  # a noun after the run makes it a modifier
     "The Xiamen Municipal Bureau of Commerce met. The Xiamen Municipal government said yes.", []),
    ("mt-cut-name-loose",  # no article: not read
     "The Wenzhou Meteorological Bureau issued an alert. Wenzhou Meteorology said rain would last.", []),
    ("mt-cut-name-loose",  # a run without a word of remit or level
     "The Belt and Road Forum opened. The Belt and Road said nothing.", []),
    ("mt-cut-name-head-before-of",
     "The Hubei Provincial Department of Education set rules. The Provincial Department said so.",
     ["Provincial Department"]),
    ("mt-cut-name-loose",  # English drops a police body's own Service or Department
     "The Metropolitan Police Service opened an inquiry. The Metropolitan Police said two men were arrested.", []),
    ("mt-cut-name-loose",
     "The Scottish Fire and Rescue Service sent crews. The Scottish Fire and Rescue said six engines attended.", []),
    ("mt-cut-name-loose",  # a Chinese body's cut drops its Detachment
     "The Hangzhou Traffic Police Detachment set rules. The Hangzhou Traffic Police said so.", ["Hangzhou Traffic Police"]),
    ("mt-cut-name-head-before-of",  # no level word before the head: an English short name
     "The Health Department of Western Australia issued advice. The Health Department said cases fell.", []),
    ("mt-cut-name-head-before-of",
     "The Education Bureau of Hong Kong set the rules. The Education Bureau said schools would reopen.", []),
    ("mt-cut-name-head-before-of",  # the head stands alone in the full name: the short form is whole
     "The Hubei Provincial Education Department set rules. The Provincial Department said so.", []),
    ("mt-cut-name-level-only", "The Provincial, in a notice, asked for reports.", ["Provincial"]),
    ("mt-cut-name-level-only", "The Provincial Party Committee said so.", []),
    ("mt-cut-name-level-only", "The Provincial, the city's oldest hotel, reopened.", []),
    ("mt-cut-name-abbreviation", "The Municipal Development Reform said so.", ["Development Reform"]),
    ("mt-cut-name-abbreviation", "The Gusu Cultural Tourism Center opened.", []),
    ("mt-cut-name-abbreviation", "Our Science Technology and Society course is new.", []),
    ("mt-cut-name-abbreviation", "The Natural Resource Defense Council sued.", []),
    ("mt-cut-name-abbreviation", "The Development Reform Act of 1994 was repealed.", []),
    ("mt-cut-name-abbreviation", "The Justice Hall in Nuremberg hosted the trials.", []),
    ("mt-cut-name-abbreviation", "She joined the Finance Hall of Fame in 2019.", []),
    ("mt-cut-name-abbreviation", "The Provincial Commerce Hall said so.", ["Commerce Hall"]),
    ("mt-cut-name-abbreviation", "The Provincial Agriculture and Rural Affairs Department said so.", []),
]


@pytest.mark.parametrize("rule_id,text,expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_round_rule_spans(rule_id, text, expected):
    assert spans(rule_id, text) == expected


def test_cut_name_message_names_the_full_name():
    text = "The Hefei Municipal Bureau of Education held a fair. The Hefei Education said 50 schools came."
    [f] = [f for f in check_text(text, [RULES["mt-cut-name-loose"]])]
    assert f.text == "Hefei Education"
    assert "Hefei Municipal Bureau of Education" in f.message


def test_cut_name_loose_rejects_an_unknown_mode(tmp_path):
    with pytest.raises(RuleError, match="mode"):
        one_rule(tmp_path, {"id": "x", "type": "cut_name_loose", "mode": "sideways", "category": "terminology",
                            "severity": "minor", "message": "m", "description": "d",
                            "examples": {"flag": ["a"], "pass": ["b"]}})


@pytest.mark.parametrize("key,value", [("heads", [1]), ("remit", [None]), ("followers", ["said", ["x"]]), ("heads", [" "])])
def test_cut_name_loose_rejects_a_list_that_is_not_words(tmp_path, key, value):
    with pytest.raises(RuleError, match=key):
        one_rule(tmp_path, {"id": "x", "type": "cut_name_loose", key: value, "category": "terminology",
                            "severity": "minor", "message": "m", "description": "d",
                            "examples": {"flag": ["a"], "pass": ["b"]}})


def test_cut_name_loose_keys_are_data(tmp_path):
    """The followers list is the rule's: without 'said' the cut before 'said' is not read."""
    rule = {"id": "x", "type": "cut_name_loose", "followers": ["announced"], "category": "terminology",
            "severity": "minor", "message": "m", "description": "d", "examples": {"flag": ["a"], "pass": ["b"]}}
    cat = one_rule(tmp_path, rule)
    text = "The Wenzhou Meteorological Bureau issued an alert. The Wenzhou Meteorology {} rain."
    assert [f.text for f in check_text(text.format("said"), cat)] == []
    assert [f.text for f in check_text(text.format("announced"), cat)] == ["Wenzhou Meteorology"]


def test_cut_name_loose_is_linear_in_repeated_names():
    """Many mentions of the same names are indexed once, not compared pairwise."""
    full = "The Wenzhou Meteorological Bureau issued an alert. "
    cut = "The Wenzhou Meteorology said rain would last. "
    text = (full + cut) * 2000
    found = check_text(text, [RULES["mt-cut-name-loose"]])
    assert len(found) == 2000
    assert all(text[f.start:f.end] == "Wenzhou Meteorology" for f in found)


def test_cut_name_loose_cost_is_linear_in_distinct_names(monkeypatch):
    """Each cut is compared only with the names that hold its words (an index by word), not with
    every name seen: on a long report with many bodies the comparisons grow with its length, and
    each cut still names its own full name."""
    from audit.detectors import cut_names_loose

    calls = []
    same = cut_names_loose._same
    monkeypatch.setattr(cut_names_loose, "_same", lambda a, b: calls.append(1) or same(a, b))
    letters = "bcdfghjklmnpqrstvwxz"
    places = [f"{a.upper()}{b}{c}ton" for a in letters for b in "aeiou" for c in letters][:600]
    text = "".join(f"The {p} Meteorological Bureau issued an alert. The {p} Meteorology said rain would last. "
                   for p in places)
    found = check_text(text, [RULES["mt-cut-name-loose"]])
    assert [f.text for f in found] == [f"{p} Meteorology" for p in places]
    assert all(f"{p} Meteorological Bureau" in f.message for p, f in zip(places, found))
    assert len(calls) < 20 * len(places)  # comparing each cut with every name would take ~180,000


def test_cut_name_loose_compares_a_run_met_again_once(monkeypatch):
    """A cut met again is compared with each name once (``cut_names_loose._holds``): the count of
    word comparisons is the same at 50 repeats as at 2,000, and every repeat keeps its finding."""
    from audit.detectors import cut_names_loose

    calls = []
    same = cut_names_loose._same
    monkeypatch.setattr(cut_names_loose, "_same", lambda a, b: calls.append(1) or same(a, b))
    unit = "The Wenzhou Meteorology said rain would last. "
    counts = []
    for repeats in (50, 2_000):
        calls.clear()
        text = "The Wenzhou Meteorological Bureau issued an alert. " + unit * repeats
        assert len(check_text(text, [RULES["mt-cut-name-loose"]])) == repeats
        counts.append(len(calls))
    assert counts[0] == counts[1] > 0


def test_cut_name_loose_words_of_a_run_read_once():
    """``cut_names_loose._words``: a run's words but its joining ones, lower-cased, the curly
    apostrophe straight; a run met again is read once (the same tuple back)."""
    from audit.detectors import cut_names_loose

    words = cut_names_loose._words("Wenzhou Municipal Bureau of Ecology and Environment")
    assert words == ("wenzhou", "municipal", "bureau", "ecology", "environment")
    assert cut_names_loose._words("Women\u2019s Federation of the City") == ("women's", "federation", "city")
    assert cut_names_loose._words("Wenzhou Municipal Bureau of Ecology and Environment") is words
