"""Every wrong rendering the catalog knows, one test each: its rule flags it, and its
suggestion, put in its place, reads clean to the whole catalog.

Phrase-list terms and glossary variants are generated from the data, so a new term is tested
the moment it is added. The carrier sentence is neutral: on its own it draws no finding."""
import re

import pytest

from audit import Severity, check_text, load_rules
from audit.engine import apply_suggestions, suggested_fix
from audit.glossary import FORM, VARIANT, cached_glossary, resolve_path

CATALOG = load_rules()
CARRIER = "Officials said on Monday that {} would be discussed."
_ARTICLE = re.compile(r"(?i)^(?:a|an|the)\b")


def _phrase_terms():
    for rule in CATALOG.rules:
        if rule.type == "phrase":
            for term in rule.params["terms"]:
                yield pytest.param(rule, term["phrase"], term, id=f"{rule.id}: {term['phrase']}")


def _glossary_rule(how):
    for rule in CATALOG.rules:
        if rule.type == "glossary" and how in rule.params["match"]:
            return rule
    return None


def _glossary_wrongs():
    seen = set()
    for rule in CATALOG.rules:
        if rule.type != "glossary":
            continue
        path = resolve_path(rule.params["path"], base=rule.params.get("__rules_dir__"))
        if path in seen:
            continue
        seen.add(path)
        for entry in cached_glossary(path).entries:
            for how, items in ((VARIANT, entry.variants), (FORM, entry.forms)):
                for wrong in items:
                    yield pytest.param(_glossary_rule(how), wrong, entry, id=f"{entry.canonical} <- {wrong}")


def _flag_and_fix(rule, wrong):
    """The carrier with ``wrong`` in it: the rule's findings there and the text after its fix."""
    text = CARRIER.format(wrong)
    hits = [f for f in check_text(text, [rule]) if f.rule == rule.id]
    assert [f.text for f in hits] == [wrong], f"{rule.id} does not flag exactly {wrong!r} in {text!r}"
    return hits[0], apply_suggestions(text, hits)


def _fixed_texts(cases):
    for rule, wrong in cases:
        if rule is None:
            continue
        fixed = suggested_fix(rule, CARRIER.format(wrong))
        if fixed is not None:
            yield fixed


@pytest.fixture(scope="module")
def whole_catalog(catalog_runs):
    """The whole catalog's findings in every term's fixed carrier, worked out in batches once
    for this file (conftest ``CatalogRuns``); each test below still asks for its own."""
    cases = [(p.values[0], p.values[1]) for p in list(_phrase_terms()) + list(_glossary_wrongs())]
    catalog_runs.prime(list(_fixed_texts(cases)))
    return catalog_runs


def test_the_carrier_sentence_is_neutral():
    assert check_text(CARRIER.format("the plan"), CATALOG, Severity.MINOR) == []


@pytest.mark.parametrize("rule,phrase,term", list(_phrase_terms()))
def test_phrase_term_is_flagged_and_its_suggestion_reads_clean(rule, phrase, term, whole_catalog):
    hit, fixed = _flag_and_fix(rule, phrase)
    suggestion = term.get("suggestion")
    if suggestion is None:
        assert term.get("alternatives"), f"{rule.id}: {phrase!r} has neither a suggestion nor alternatives"
        assert hit.suggestion is None
        return
    # One fix that applies as it stands: no choice between two ("ensure / carry out"), no
    # placeholder "(the ministry)", no article of its own where the phrase has none (the
    # text's own article would double: "The an official").
    for mark in ("/", "(", ")", "[", ";"):
        assert mark in phrase or mark not in suggestion, f"{rule.id}: {phrase!r} -> {suggestion!r} offers a choice or a placeholder"
    assert bool(_ARTICLE.match(suggestion)) <= bool(_ARTICLE.match(phrase)), \
        f"{rule.id}: {phrase!r} -> {suggestion!r} brings its own article"
    assert suggestion.lower() != phrase.lower()
    found = [(f.rule, f.text) for f in whole_catalog(fixed)]
    assert found == [], f"fix in {rule.id} triggers {found[0][0]}: {fixed!r} (flags {found[0][1]!r})"


@pytest.mark.parametrize("rule,wrong,entry", list(_glossary_wrongs()))
def test_glossary_rendering_is_flagged_and_its_canonical_form_reads_clean(rule, wrong, entry, whole_catalog):
    assert rule is not None, "the catalog has no glossary rule for this kind of mistake"
    hit, fixed = _flag_and_fix(rule, wrong)
    assert hit.suggestion.lower() == entry.canonical.lower()
    found = [(f.rule, f.text) for f in whole_catalog(fixed)]
    assert found == [], f"fix in {rule.id} triggers {found[0][0]}: {fixed!r} (flags {found[0][1]!r})"
