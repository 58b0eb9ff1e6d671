"""Invariants that hold for any text: offsets exact, findings sorted, YAML round trip."""
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import load_rules
from audit.document import Document
from audit.engine import check_document
from audit.report import build_report
from audit.reporters import REPORTERS

CATALOG = load_rules()

# Text built from arbitrary Unicode (no lone surrogates: decoded files never hold them) mixed
# with fragments that trigger rules, so both paths get exercised.
FRAGMENTS = st.sampled_from([
    ".?.", " ,", "INFORMATION and ", "Wen Ku", "Wen ku", "the the ", "reduced and reduced",
    "mobile animal networking", "\r\n", "\n\n", "\u00a0", "\u200b", "“", "”", '"', "(", "中文",
    "Vulcan and Raytheon hospitals", "May 21,2020 11:55CST", ". we", "Mr. ", "U.S. ", "，",
    "Home / News / A", "translated by Tencent automatically", "İ", "ß", "ﬁ", "\t",
])
TEXT = st.lists(st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30), FRAGMENTS),
                max_size=25).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_findings_are_exact_sorted_and_deterministic(text):
    doc = Document.from_text(text)
    findings = check_document(doc, CATALOG).findings
    assert findings == sorted(findings, key=lambda f: f.sort_key)
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start:f.end]
        line, col = doc.line_col(f.start)
        assert (f.line, f.column) == (line, col) and line >= 1 and col >= 1
    assert check_document(Document.from_text(text), CATALOG).findings == findings


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_yaml_report_round_trips(text):
    doc = Document.from_text(text)
    report = build_report([check_document(doc, CATALOG)], CATALOG)
    assert yaml.safe_load(REPORTERS["yaml"](report)) == report
    for f in report["documents"][0]["findings"]:
        assert text[f["start"]:f["end"]] == f["text"]
