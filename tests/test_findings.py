"""The finding record: its dictionary form and severity labels."""
import dataclasses

import pytest

from audit.findings import Finding, Severity

FIELDS = dict(rule="r-1", category="style/awkward", severity=Severity.MAJOR, message="a message", start=3, end=9,
              line=1, column=4, text="spans", suggestion="fix", context="the spans here")


def test_to_dict_lists_every_field_in_declaration_order_and_leaves_out_no_source():
    data = Finding(**FIELDS).to_dict()
    names = [f.name for f in dataclasses.fields(Finding)]
    assert list(data) == [n for n in names if n != "source"]
    assert data == dict(FIELDS, severity="major")


def test_to_dict_writes_the_source_span_as_a_mapping_last():
    data = Finding(**FIELDS, source=(4, 6, "中文")).to_dict()
    assert list(data) == [f.name for f in dataclasses.fields(Finding)]
    assert data["source"] == {"start": 4, "end": 6, "text": "中文"}


def test_to_dict_keeps_defaults():
    f = Finding(**{k: v for k, v in FIELDS.items() if k not in ("suggestion", "context")})
    data = f.to_dict()
    assert data["suggestion"] is None and data["context"] == ""


@pytest.mark.parametrize("severity,label", [(Severity.INFO, "info"), (Severity.MINOR, "minor"),
                                            (Severity.MAJOR, "major"), (Severity.CRITICAL, "critical")])
def test_severity_labels_are_the_lower_case_names(severity, label):
    assert severity.label == label == severity.name.lower()
    assert Severity.parse(label) is severity
