"""Precision review of the short_name rules (issue 9, thirty-fifth round): with the gate off they
report nothing on the professional English of tests/data/short_names_review35.yaml (the same head
nouns, levels and firm names used as English uses them: lower-case and national second
references, committees, American county bodies, a defined "(the Group)", "The Office", "the Group
of 20", brand short forms "Zhejiang Geely", "Chongqing Changan", "Hainan Airlines"), and they find
the renderings written for the review on their exact spans."""
import os

import pytest
import yaml

from audit import load_rules
from audit.document import Document
from audit.engine import check_document

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = yaml.safe_load(open(os.path.join(HERE, "data", "short_names_review35.yaml"), encoding="utf-8"))
CATALOG = load_rules()
MINE = ("mt-short-name-place-dropped", "mt-short-name-bare-head", "mt-short-name-firm-cut")
UNGATED = [CATALOG.get(i).ungated() for i in MINE]


def test_the_review_has_its_material():
    assert len(DATA["good"]) >= 150 and len(DATA["mt"]) >= 20


@pytest.mark.parametrize("text", DATA["good"])
def test_silent_on_good_english_with_the_gate_off(text):
    found = check_document(Document.from_text(text), UNGATED).findings
    assert not found, [(f.rule, f.text) for f in found]


@pytest.mark.parametrize("item", DATA["mt"], ids=lambda i: i["span"])
def test_finds_the_rendering_on_its_span(item):
    text = item["text"]
    found = check_document(Document.from_text(text), UNGATED).findings
    start = text.rindex(item["span"])
    assert (item["rule"], start, start + len(item["span"])) in [(f.rule, f.start, f.end) for f in found]
    for f in found:
        assert text[f.start:f.end] == f.text
