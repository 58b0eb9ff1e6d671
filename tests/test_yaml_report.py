"""The fast YAML emitter of reports: the same data as PyYAML's dump, read back exactly."""
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import yamlio

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
    st.sampled_from(["no", "Yes", "null", "~", "1.0", "0x1f", "2020-05-20", "a: b", "- x", "#c", "", " ",
                     "a\x85b", "\u2028", "\ufeff", "\x7f", "\t", "'", '"', "\\", "&a", "*b", "!t", "%", "@",
                     "`", "{}", "[]", "?", "|", ">", ".inf", "-.nan", "<<", "=", "e5", "_", "on", "OFF"]),
)
DATA = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.text(max_size=8), SCALARS.filter(
        lambda v: isinstance(v, str))), inner, max_size=4)), max_leaves=25)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(max_size=8), DATA, min_size=1, max_size=5))
def test_reads_back_equal(data):
    text = yamlio.dump_report(data)
    assert yaml.safe_load(text) == data
    assert yamlio.load(text) == data


def test_report_shape_and_plain_scalars():
    report = {"schema": "mtaudit-report/1", "documents": [
        {"path": "a b.txt", "findings": [{"rule": "repeated-word", "severity": "minor", "start": 3,
                                          "text": "the the", "suggestion": None}]},
        {"path": "c.txt", "findings": []}], "summary": {"score": 1.5, "passed": True, "by_rule": {"no": 1}}}
    assert yamlio.dump_report(report) == (
        "schema: mtaudit-report/1\n"
        "documents:\n"
        "- path: \"a b.txt\"\n"
        "  findings:\n"
        "  - rule: repeated-word\n"
        "    severity: minor\n"
        "    start: 3\n"
        "    text: \"the the\"\n"
        "    suggestion: null\n"
        "- path: c.txt\n"
        "  findings: []\n"
        "summary:\n"
        "  score: 1.5\n"
        "  passed: true\n"
        "  by_rule:\n"
        "    \"no\": 1\n")
    assert yaml.safe_load(yamlio.dump_report(report)) == report


def test_other_types_go_through_pyyaml():
    data = {"when": (1, 2)}  # a tuple: PyYAML's representer decides
    assert yamlio.dump_report(data) == yamlio.dump(data)
    assert yamlio.dump_report({}) == yamlio.dump({})


def test_a_key_longer_than_an_implicit_key_reads_back():
    data = {"by_rule": {"x" * 1500: 1, "a": 2}}
    assert yaml.safe_load(yamlio.dump_report(data)) == data


def test_strings_rendered_once_read_back_the_same(monkeypatch):
    """Rendered strings are kept by value (``_STRINGS``): a string met again, one too long to
    keep and a full table all give what a first rendering gives; a string with a surrogate is
    refused and not kept."""
    monkeypatch.setattr(yamlio, "_STRINGS", {})
    monkeypatch.setattr(yamlio, "_STRINGS_SIZE", 3)
    data = {"findings": [{"rule": "a b", "message": "x: y", "context": "c" * 400 + " d", "n": i} for i in range(5)]}
    first = yamlio.dump_report(data)
    assert yamlio.dump_report(data) == first and yaml.safe_load(first) == data
    assert "c" * 400 + " d" not in yamlio._STRINGS and len(yamlio._STRINGS) <= 3
    with pytest.raises(yamlio._Unsupported):  # a surrogate: dump_report hands the data to PyYAML
        yamlio._scalar("a\ud800b")
    assert "a\ud800b" not in yamlio._STRINGS
    for k in range(10):  # the table empties when full
        assert yaml.safe_load(yamlio.dump_report({"k": f"v {k}"})) == {"k": f"v {k}"}
    assert len(yamlio._STRINGS) <= 3
