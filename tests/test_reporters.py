"""The reporter registry: every report kind renders through one registry, by name."""
import json

import pytest
import yaml

from audit import load_rules
from audit.document import Document
from audit.engine import check_document
from audit.report import build_report
from audit.reporters import KINDS, REPORTERS, UnsupportedFormat, formats_for, kind_of, registry, render

CATALOG = load_rules()
TEXT = "The network was built. we will go on.?. Vulcan and Raytheon hospitals were built.\n"


def check_report():
    return build_report([check_document(Document.from_text(TEXT, "doc.txt"), CATALOG)], CATALOG)


SUMMARY = {
    "schema": "mtaudit-summary/1", "tool": {"name": "mtaudit", "version": "0"}, "rules": {}, "model": None,
    "overall": {"documents": 1, "groups": 1, "errors": 0, "findings": 2,
                "by_severity": {"info": 0, "minor": 1, "major": 1, "critical": 0}, "by_rule": {},
                "passed": 0, "failed": 1},
    "documents": [{"path": "a.txt", "group": "g", "words": 10, "findings": 2, "penalty": 6.0,
                   "normalized": 60.0, "verdict": "fail", "top_rules": [{"rule": "r", "count": 2}],
                   "by_severity": {"minor": 1, "major": 1}}],
    "groups": [], "errors": [],
}


def test_kinds_are_read_from_the_schema_field():
    assert kind_of(check_report()) == "check"
    assert kind_of(SUMMARY) == "summary"
    assert kind_of({"schema": "mtaudit-compare/1"}) == "compare"
    assert kind_of({"schema": "mtaudit-score/1"}) == "score"


def test_every_kind_has_yaml_json_and_text():
    for kind in KINDS:
        assert {"yaml", "json", "text"} <= set(formats_for(kind)), kind
    assert set(registry()) == set(REPORTERS)


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_data_formats_round_trip_any_kind(fmt):
    for report in (check_report(), SUMMARY):
        out = render(fmt, report)
        assert (json.loads(out) if fmt == "json" else yaml.safe_load(out)) == report


def test_summary_text_view_lists_documents_worst_first():
    out = render("text", SUMMARY)
    assert out.splitlines()[0].startswith("1 document in 1 group: 2 findings")
    assert "60.00  FAIL  a.txt  (r 2)" in out


def test_a_format_without_a_view_of_a_kind_is_refused():
    only_check = [f for f in REPORTERS if "summary" not in registry()[f]]
    for fmt in only_check:
        with pytest.raises(UnsupportedFormat):
            render(fmt, SUMMARY)
    with pytest.raises(UnsupportedFormat):
        render("nosuch", SUMMARY)


def test_commands_do_not_import_private_helpers_from_cli():
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[1] / "audit"
    for path in root.glob("cli_*.py"):
        source = path.read_text(encoding="utf-8")
        assert "from .cli import" not in source, path.name
