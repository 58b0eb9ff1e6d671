"""Every rule's own examples: `flag` ones must be flagged by it, `pass` ones must not."""
import pytest

from audit import Severity, engine, load_rules
from audit.engine import check_text, example_failures, suggested_fix

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


@pytest.fixture(scope="module")
def whole_catalog(catalog_runs):
    """The whole catalog's findings in every pass example and every flag example before and
    after its rule's fix, worked out in batches once for this file (``CatalogRuns``): the
    tests below ask for them example by example, as before."""
    texts = [ex.text for r in CATALOG.rules for ex in r.examples["pass"] if not ex.source]
    for rule in CATALOG.rules:
        ungated = rule.ungated()
        for ex in rule.examples["flag"]:
            if ex.source:
                continue
            texts.append(ex.text)
            fixed = suggested_fix(ungated, ex.text)
            if fixed is not None:
                texts.append(fixed)
    catalog_runs.prime(texts)
    return catalog_runs


@pytest.mark.parametrize("rule", CATALOG.rules, ids=lambda r: r.id)
def test_rule_examples_are_flagged_where_pinned_and_their_fixes_break_nothing(rule, whole_catalog, monkeypatch):
    """Pinned spans and fixes hold, and every flag example's fixed text draws no new finding
    (minor or worse) from the whole catalog: "fix in RULE triggers OTHER"."""
    real = engine.check_text

    def check(text, catalog, min_severity=Severity.INFO, source=None, **kw):
        # the whole catalog's runs come from the batches above; any other check runs as it is
        if catalog is whole_catalog.catalog and min_severity == Severity.MINOR and source is None and not kw:
            return whole_catalog(text)
        return real(text, catalog, min_severity, source, **kw)

    monkeypatch.setattr(engine, "check_text", check)
    assert example_failures(rule, whole_catalog.catalog) == []


PASS_WITHOUT_SOURCE = [(r, ex) for r in CATALOG.rules for ex in r.examples["pass"] if not ex.source]


@pytest.mark.parametrize("rule,example", PASS_WITHOUT_SOURCE,
                         ids=[f"{r.id}-pass-{i}" for i, (r, _) in enumerate(PASS_WITHOUT_SOURCE)])
def test_pass_examples_are_clean_for_the_whole_catalog(rule, example, whole_catalog):
    """A pass example is good English, so no rule of the catalog may flag it (minor or worse),
    not only the rule that carries it: a branch of one rule that fires on another's pass
    example is a false alarm."""
    hits = [(f.rule, f.text) for f in whole_catalog(example.text)]
    assert hits == [], f"{rule.id}'s pass example {example.text!r} is flagged by {hits}"

