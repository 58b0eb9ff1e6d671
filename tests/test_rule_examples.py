"""Every rule's own examples: `flag` ones must be flagged by it, `pass` ones must not."""
import pytest

from audit import Severity, load_rules
from audit.engine import check_text, example_failures

CATALOG = load_rules()


EXAMPLES = [(r, "flag", ex) for r in CATALOG.rules for ex in r.examples["flag"]] + \
           [(r, "pass", ex) for r in CATALOG.rules for ex in r.examples["pass"]]


@pytest.mark.parametrize("rule,kind,example", EXAMPLES,
                         ids=[f"{r.id}-{k}-{i}" for i, (r, k, _) in enumerate(EXAMPLES)])
def test_rule_example(rule, kind, example):
    text = example.text  # bilingual rules' examples carry the source the text translates
    # a gated rule's examples test its detector ungated: one sentence shows no other evidence
    hits = [f for f in check_text(text, [rule.ungated()], source=example.source) if f.rule == rule.id]
    if kind == "flag":
        assert hits, f"false negative in {rule.id}: {text!r}"
    else:
        assert not hits, f"false positive in {rule.id}: {text!r} flagged {[f.text for f in hits]}"


def test_catalog_is_large_enough():
    types = {r.type for r in CATALOG.rules}
    assert {"pattern", "phrase", "repetition", "capitalization", "punctuation", "consistency", "boilerplate"} <= types
    terms = sum(len(r.params["terms"]) for r in CATALOG.rules if r.type == "phrase")
    assert terms >= 150, f"only {terms} phrase entries"
    for rule in CATALOG.rules:
        if rule.type == "phrase":
            for term in rule.params["terms"]:
                assert term.get("suggestion") or term.get("alternatives"), f"{rule.id}: {term['phrase']!r} has no suggestion"
                assert term.get("source"), f"{rule.id}: {term['phrase']!r} has no source"


@pytest.mark.parametrize("rule", CATALOG.rules, ids=lambda r: r.id)
def test_rule_examples_are_flagged_where_pinned_and_their_fixes_break_nothing(rule):
    """Pinned spans and fixes hold, and every flag example's fixed text draws no new finding
    (minor or worse) from the whole catalog: "fix in RULE triggers OTHER"."""
    assert example_failures(rule, CATALOG) == []


PASS_WITHOUT_SOURCE = [(r, ex) for r in CATALOG.rules for ex in r.examples["pass"] if not ex.source]


@pytest.mark.parametrize("rule,example", PASS_WITHOUT_SOURCE,
                         ids=[f"{r.id}-pass-{i}" for i, (r, _) in enumerate(PASS_WITHOUT_SOURCE)])
def test_pass_examples_are_clean_for_the_whole_catalog(rule, example):
    """A pass example is good English, so no rule of the catalog may flag it (minor or worse),
    not only the rule that carries it: a branch of one rule that fires on another's pass
    example is a false alarm."""
    hits = [(f.rule, f.text) for f in check_text(example.text, CATALOG, Severity.MINOR)]
    assert hits == [], f"{rule.id}'s pass example {example.text!r} is flagged by {hits}"

