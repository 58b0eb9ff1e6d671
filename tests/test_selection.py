"""--select / --ignore / --extend-select: rule ids, categories and id prefixes, as ruff does."""
import pytest
import yaml

from audit import load_rules
from audit.cli import main
from audit.selection import SelectionError, override_severities, select_rules

CATALOG = load_rules()
RULES = CATALOG.rules
IDS = [r.id for r in RULES]
PUNCT = [r.id for r in RULES if r.category == "fluency/punctuation"]
FLUENCY = [r.id for r in RULES if r.category.startswith("fluency/")]
GLOSSARY = [r.id for r in RULES if r.id.startswith("glossary-")]


def ids(**kw):
    return [r.id for r in select_rules(RULES, **kw)]


SELECTIONS = [
    # (select, ignore, extend_select, expected ids)
    (None, [], [], IDS),
    (["stray-punctuation"], [], [], ["stray-punctuation"]),
    (["fluency/punctuation"], [], [], PUNCT),
    (["fluency"], [], [], FLUENCY),
    (["glossary-"], [], [], GLOSSARY),
    (["ALL"], ["fluency"], [], [i for i in IDS if i not in FLUENCY]),
    (["fluency"], ["fluency/punctuation"], [], [i for i in FLUENCY if i not in PUNCT]),
    # the more specific token wins: an id beats a category, either way round
    (["fluency/punctuation"], ["stray-punctuation"], [], [i for i in PUNCT if i != "stray-punctuation"]),
    (None, ["fluency"], ["stray-punctuation"], [i for i in IDS if i not in FLUENCY or i == "stray-punctuation"]),
    # an id prefix is narrower than a category
    (["fluency/punctuation"], ["stray"], [], [i for i in PUNCT if not i.startswith("stray")]),
    (["stray-punctuation"], [], ["glossary-"], ["stray-punctuation"] + GLOSSARY),
    # equal weight: ignore wins
    (["stray-punctuation"], ["stray-punctuation"], [], []),
]


@pytest.mark.parametrize("select,ignore,extend,expected", SELECTIONS)
def test_selection_table(select, ignore, extend, expected):
    assert ids(select=select, ignore=ignore, extend_select=extend) == [i for i in IDS if i in expected]


def test_the_catalog_has_what_the_table_needs():
    assert len(PUNCT) >= 3 and len(GLOSSARY) >= 2 and set(PUNCT) < set(FLUENCY)


@pytest.mark.parametrize("option", ["select", "ignore", "extend_select"])
def test_unknown_tokens_are_errors(option):
    with pytest.raises(SelectionError, match="'no-such-rule'"):
        select_rules(RULES, **{option: ["no-such-rule"]})
    with pytest.raises(SelectionError):
        select_rules(RULES, **{option: ["fluency/punctuatio"]})


@pytest.mark.parametrize("token,hint", [
    ("punctuation", "did you mean 'fluency/punctuation'?"),   # the last part of a category
    ("Grammar", "did you mean 'fluency/grammar'?"),
    ("splice", "did you mean 'comma-splice-noun', 'comma-splice-pronoun'"),  # part of rule ids
])
def test_a_token_that_names_nothing_gets_a_hint(token, hint):
    with pytest.raises(SelectionError) as err:
        select_rules(RULES, select=[token])
    assert hint in str(err.value) and "\n" not in str(err.value)


def test_no_hint_when_nothing_is_near():
    with pytest.raises(SelectionError) as err:
        select_rules(RULES, select=["zzzz"])
    assert "did you mean" not in str(err.value)


def test_severity_overrides_most_specific_wins():
    rules = override_severities(RULES, {"fluency": "info", "stray-punctuation": "critical"})
    sev = {r.id: r.severity.label for r in rules}
    assert sev["stray-punctuation"] == "critical"
    assert all(sev[i] == "info" for i in FLUENCY if i != "stray-punctuation")
    with pytest.raises(SelectionError):
        override_severities(RULES, {"stray-punctuation": "fatal"})
    with pytest.raises(SelectionError):
        override_severities(RULES, {"no-such-rule": "minor"})
    # an override for a rule the selection left out is fine when the catalog has it
    punct = select_rules(RULES, ["fluency/punctuation"])
    assert override_severities(punct, {"glossary-form": "major"}, RULES) == punct


SAMPLE = "The network was built. we will go on.?. Vulcan and Raytheon hospitals were built.\n"


@pytest.fixture
def sample(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.txt").write_text(SAMPLE, encoding="utf-8")
    return "doc.txt"


def rules_found(runner, *args):
    result = runner.invoke(main, ["check", *args, "--isolated", "--fail-on", "never", "--no-references"])
    assert result.exit_code == 0, result.output
    return {f["rule"] for f in yaml.safe_load(result.stdout)["documents"][0]["findings"]}


def test_cli_selection_by_id_category_and_prefix(runner, sample):
    everything = rules_found(runner, sample)
    assert {"stray-punctuation", "lowercase-sentence-start", "wuhan-hospital-names"} <= everything
    assert rules_found(runner, sample, "--select", "stray-punctuation") == {"stray-punctuation"}
    assert rules_found(runner, sample, "--select", "fluency/punctuation") == {"stray-punctuation"}
    assert rules_found(runner, sample, "--ignore", "fluency") == everything - {"stray-punctuation",
                                                                               "lowercase-sentence-start"}
    assert rules_found(runner, sample, "--select", "stray,lowercase") == {"stray-punctuation",
                                                                          "lowercase-sentence-start"}
    assert rules_found(runner, sample, "--select", "stray-punctuation", "--extend-select", "wuhan") == {
        "stray-punctuation", "wuhan-hospital-names"}


def test_cli_unknown_rule_is_a_usage_error(runner, sample):
    result = runner.invoke(main, ["check", sample, "--isolated", "--ignore", "stray-punctuaton"])
    assert result.exit_code == 2
    assert "'stray-punctuaton' is not a rule id, category or id prefix" in result.output
    assert "Traceback" not in result.output


def test_ignored_rules_do_not_count_toward_score_or_exit(runner, sample):
    result = runner.invoke(main, ["check", sample, "--isolated", "--no-references", "--fail-on", "major",
                                  "--ignore", "stray-punctuation,wuhan-hospital-names,glossary-"])
    report = yaml.safe_load(result.stdout)
    assert result.exit_code == 0
    assert all(f["severity"] != "major" for f in report["documents"][0]["findings"])
