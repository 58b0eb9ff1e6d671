"""``literal._acceptable_entries`` (issue 13, thirty-fourth round): ``_clause_results`` lists
as candidates only the entries that some window of the clause may pass ``_may_accept`` for (a
word of the entry's image and its uncommon words in the clause), not every entry three of the
clause's stems use. Held to listing them all: the same spans, ranks and "spanned" answer for
every clause and every pair of clauses, for the idioms and the set phrases, on the project's
texts and on random texts made of the words of the rule's own examples."""
import glob
import os
import random

import pytest

from audit import load_rules
from audit.detectors import literal
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDERS = ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout9", "tests/corpus/clean",
           "benchmarks/data/clean_large")


@pytest.fixture(scope="module")
def rule():
    return next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "mt-literal-rendering")


def _random_texts(rule):
    words = sorted({w for kind in ("flag", "pass") for ex in rule.examples[kind] for w in ex.text.split()})
    words += [w.capitalize() for w in words[::7]] + ["cooked", "cooking", "said", "the", "and", "Beijing"]
    rng = random.Random(34)
    return [pieced_text(rng, words, (" ", " ", " ", ", ", ". ", " the ", " and "), 3, 30) for _ in range(1500)]


def _everything(text, content, state, index, among):
    return among


def _readings(text, state, index):
    """``_clause_results`` of each clause and of each two clauses read as one (``_halves_matches``),
    for every entry and for the four-character ones alone."""
    spans = [m.span() for m in literal._CLAUSE.finditer(text)]
    asks = [(s, e, -1) for s, e in spans] + [(s1, e2, -1) for (s1, _), (_, e2) in zip(spans, spans[1:])]
    asks += [(s1, e2, literal._four_bits(index)) for (s1, _), (_, e2) in zip(spans, spans[1:])]
    return [literal._clause_results(text, s, e, state, index, only) for s, e, only in asks]


def test_the_same_results_as_listing_every_entry(rule, monkeypatch):
    texts = [open(p, encoding="utf-8").read() for sub in FOLDERS for p in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt")))]
    texts += [ex.text for kind in ("flag", "pass") for ex in rule.examples[kind]] + _random_texts(rule)
    assert len(texts) > 1500
    real = literal._acceptable_entries
    counts = {"asked": 0, "narrowed": 0, "spanned": 0, "results": 0}

    def counting(text, content, state, index, among):
        kept = real(text, content, state, index, among)
        counts["asked"] += 1
        counts["narrowed"] += kept != among
        return kept

    for state, index in ((rule.state, literal.load_index()),
                         (rule.state["phrase_state"], literal.load_index(set_phrases=True))):
        for text in texts:
            monkeypatch.setattr(literal, "_PLANS", {})  # each reading works its plans out
            monkeypatch.setattr(literal, "_acceptable_entries", counting)
            cut = _readings(text, state, index)
            monkeypatch.setattr(literal, "_PLANS", {})
            monkeypatch.setattr(literal, "_acceptable_entries", _everything)
            assert cut == _readings(text, state, index), text[:300]
            counts["spanned"] += sum(spanned for _, spanned in cut)
            counts["results"] += sum(len(results) for results, _ in cut)
    assert counts["narrowed"] > 2000 and counts["spanned"] > 300 and counts["results"] > 100, counts


def test_an_entry_without_its_image_in_the_clause_is_left_out(rule):
    index = literal.load_index()
    text = "When the rabbits die, the hounds are cooked."
    state = rule.state
    content = literal._content_tokens(text, 0, len(text), index, state)
    stems = {t.stem for t in content if not t.name}
    among = literal._three_entries(stems, index)
    kept = literal._acceptable_entries(text, content, state, index, among)
    assert kept and kept & among == kept
    # the same words, none of them rare: no entry keeps an image
    common = [t._replace(zipf=6.0) for t in content]
    assert literal._acceptable_entries(text, common, dict(state, curated_words=0), index, among) == 0
