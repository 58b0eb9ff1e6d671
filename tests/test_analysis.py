"""The shared per-document analysis (``audit.analysis``): clauses and their words as the
`literal` and `terms` types define them, offsets into the decoded text, facts per word."""
import os

import pytest
from hypothesis import given, settings, strategies as st

from audit import diskcache
from audit.analysis import CLAUSE, TOKEN, Analysis, KeptWordFacts, WordFacts, plain_lower
from audit.document import Document

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CASES = [
    ("", []),
    ("The people-to-people exchanges, he said; grew (fast).",
     [("The people-to-people exchanges", ["The", "people", "to", "people", "exchanges"]),
      (" he said", ["he", "said"]), (" grew ", ["grew"]), ("fast", ["fast"])]),
    ("China’s new-energy vehicles — a “green” path\r\nNext line",
     [("China’s new-energy vehicles ", ["China’s", "new", "energy", "vehicles"]), (" a ", ["a"]),
      ("green", ["green"]), (" path", ["path"]), ("Next line", ["Next", "line"])]),
    ("a - b -c", [("a ", ["a"]), (" b ", ["b"]), ("c", ["c"])]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_clauses_and_their_words(text, expected):
    clauses = Analysis(text).clauses
    assert [(text[s:e], words) for s, e, words in clauses] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab Z'’-,.;\n\r—“”()é中")), max_size=60))
def test_clauses_are_the_clause_pattern_with_its_words(text):
    expected = [(m.start(), m.end(), TOKEN.findall(text, m.start(), m.end())) for m in CLAUSE.finditer(text)]
    analysis = Analysis(text)
    assert analysis.clauses == expected
    for s, e, words in analysis.clauses:
        assert TOKEN.findall(text[s:e]) == words  # offsets index the text as given


def test_word_facts_compute_once_per_word_and_stay_bounded():
    calls = []

    def fn(word):
        calls.append(word)
        return word.upper()

    facts = WordFacts(fn, limit=3)
    assert list(map(facts.__getitem__, ["a", "b", "a", "a"])) == ["A", "B", "A", "A"]
    assert calls == ["a", "b"]
    for w in "cdef":
        assert facts[w] == w.upper()
    assert len(facts) <= 3


def _kept_facts(calls, key="k1", valid=lambda v: type(v) is str):
    def fn(word):
        calls.append(word)
        return word.upper()

    return KeptWordFacts(fn, "test-word-facts", lambda: key, valid)


def test_kept_word_facts_are_read_back_in_the_next_run(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    calls = []
    facts = _kept_facts(calls)
    assert [facts[w] for w in ["a", "b", "a"]] == ["A", "B", "A"] and calls == ["a", "b"]
    facts.kept.save()                                       # as at the end of the process
    calls.clear()
    again = _kept_facts(calls)
    assert [again[w] for w in ["b", "a", "c"]] == ["B", "A", "C"]
    assert calls == ["c"]                                   # "a" and "b" read back, not worked out
    assert again.kept.dirty and again.kept.table == {"a": "A", "b": "B", "c": "C"}


def test_kept_word_facts_of_another_key_or_shape_are_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    calls = []
    facts = _kept_facts(calls)
    facts["a"]
    facts.kept.save()
    calls.clear()
    assert _kept_facts(calls, key="k2")["a"] == "A" and calls == ["a"]  # other code: worked out
    calls.clear()
    strict = _kept_facts(calls, valid=lambda v: v == "never")
    assert strict["a"] == "A" and calls == ["a"] and strict.kept.table == {"a": "A"}  # dropped, started over
    calls.clear()
    assert _kept_facts(calls, key=None)["a"] == "A" and calls == ["a"]  # no key: nothing kept


def test_kept_word_facts_keep_nothing_worked_out_while_a_table_is_built(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    facts = _kept_facts([])
    facts["a"]
    monkeypatch.setattr(diskcache, "building", 1)
    assert facts["b"] == "B"
    assert facts.kept.table == {"a": "A"}


def test_plain_lower():
    assert plain_lower("China’S") == "china's"


def test_a_document_keeps_its_analysis_until_dropped():
    doc = Document.from_text("One clause, two clauses.")
    first = doc.analysis
    assert doc.analysis is first
    assert [words for _, _, words in first.clauses] == [["One", "clause"], ["two", "clauses"]]
    doc.drop_analysis()
    assert doc.analysis is not first
    assert doc.analysis.clauses == first.clauses


def test_the_engine_drops_the_analysis_after_the_rules():
    from audit import load_rules
    from audit.engine import check_documents

    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    rules = [r for r in catalog.rules if r.type == "terms"]
    assert rules
    doc = Document.from_text("Sales of intelligent net connection cars rose.")
    result = check_documents([doc], rules)[0]
    assert "analysis" not in doc.__dict__
    assert [f.text for f in result.findings] == ["intelligent net connection cars"]


def test_literal_and_terms_find_the_same_with_the_documents_analysis():
    """``literal`` and ``terms`` read ``Document.analysis`` in ``detect``, and split bare text
    themselves (``literal.scan``, ``terms.find`` without an analysis): both ways find the same."""
    from audit import load_rules
    from audit.detectors import literal, terms

    text = ("Adding another layer of approval would be to draw a snake and add feet. Sales of "
            "intelligent net connection cars rose, and the relief loans were sending charcoal in the "
            "snow (for small firms) — the report said.")
    clauses = Analysis(text).clauses
    rules = {r.id: r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules}
    index = literal.load_index()
    bare = list(literal.scan(text, rules["mt-literal-rendering"].state, index))
    assert [text[s:e] for s, e, _ in bare] == ["draw a snake and add feet", "sending charcoal in the snow"]
    assert list(literal.scan(text, rules["mt-literal-rendering"].state, index, clauses)) == bare
    bare = terms.find(text, rules["mt-garbled-compound"].state)
    assert [text[s:e] for s, e, _ in bare] == ["intelligent net connection cars"]
    assert terms.find(text, rules["mt-garbled-compound"].state, Analysis(text)) == bare


# The clause pattern one character per round, as first written: CLAUSE takes runs whole.
_CLAUSE_PER_CHARACTER = r"(?:[^.!?,;:()\[\]\"“”\r\n\u2013\u2014-]|(?<=\w)-(?=\w))+"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab -,.\n\u2014\u2013'’()\"", max_size=40))
def test_clause_runs_match_clause_characters(text):
    import re

    assert [m.span() for m in CLAUSE.finditer(text)] == \
        [m.span() for m in re.finditer(_CLAUSE_PER_CHARACTER, text)]


def test_clause_runs_on_the_corpus():
    import glob
    import re

    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt"))):
        text = open(path, encoding="utf-8").read()
        assert [m.span() for m in CLAUSE.finditer(text)] == \
            [m.span() for m in re.finditer(_CLAUSE_PER_CHARACTER, text)], path
