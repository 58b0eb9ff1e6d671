"""A Chinese local body's name cut in a later mention (issue 9, thirty-fifth round): the
``short_name`` type (rules mt-short-name-place-dropped and mt-short-name-bare-head) on the
development passages of benchmarks/data/truncated_names_dev35.yaml, written before the code: each
cut form of the shapes the type reads is found on its exact span, every cut form is found by some
truncated-name rule, and no name rule fires on the documents with normal short forms."""
import os
import re

import pytest
import yaml

from audit import load_rules
from audit.document import Document
from audit.engine import check_document

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = yaml.safe_load(open(os.path.join(HERE, "..", "benchmarks", "data", "truncated_names_dev35.yaml"),
                           encoding="utf-8"))
CATALOG = load_rules()
MINE = ("mt-short-name-place-dropped", "mt-short-name-bare-head", "mt-short-name-firm-cut")
SHORT = [CATALOG.get(i).ungated() for i in MINE]
NAME_RULES = [r.ungated() for r in CATALOG.rules
              if any(k in r.id for k in ("truncated", "cut-name", "official-name", "capital-body", "short-name"))]
# the shapes the short_name type reads, and the rule that reads each
SHAPES = {"place dropped": "mt-short-name-place-dropped", "level only": "mt-short-name-place-dropped",
          "bare head": "mt-short-name-bare-head", "firm cut": "mt-short-name-firm-cut"}


def _span(item):
    """The cut form: the last mention of the span that is no part of a longer name (no capitalised
    word but "The" just before it, none just after it)."""
    text, span = item["text"], item["span"]

    def free(start, end):
        before = text[:start].split()[-1:]
        ok_before = not before or before[0] in ("The", "the") or before[0][0].islower() or before[0][-1] in ".,;:!?"
        return ok_before and not re.match(r" [A-Z]", text[end:])

    starts = [m.start() for m in re.finditer(re.escape(span), text) if free(m.start(), m.end())]
    # "the Committee Fu Hongmei said": a title before a name
    starts = starts or [m.start() for m in re.finditer(r"(?<=the )" + re.escape(span), text)]
    return starts[-1], starts[-1] + len(span)


def _findings(text, rules):
    found = check_document(Document.from_text(text), rules).findings
    for f in found:
        assert text[f.start:f.end] == f.text
    return found


@pytest.mark.parametrize("item", [i for i in DATA["flag"] if i["shape"] in SHAPES], ids=lambda i: i["span"])
def test_short_name_finds_the_cut_on_its_span(item):
    start, end = _span(item)
    found = [(f.rule, f.start, f.end) for f in _findings(item["text"], SHORT)]
    assert (SHAPES[item["shape"]], start, end) in found, found


@pytest.mark.parametrize("item", DATA["flag"], ids=lambda i: i["span"])
def test_every_cut_form_is_found_by_a_name_rule(item):
    start, end = _span(item)
    assert any(f.start < end and start < f.end for f in _findings(item["text"], NAME_RULES)), item["span"]


@pytest.mark.parametrize("text", DATA["pass"])
def test_normal_short_forms_pass(text):
    assert [(f.rule, f.text) for f in _findings(text, NAME_RULES)] == []


def test_needs_a_story_about_china():
    # the same shape with no Chinese place and no mention of China
    text = "The Alberta Provincial Department of Energy set limits. The Energy Department said wells fell."
    assert _findings(text, SHORT) == []


def test_gated_rules_stay_quiet_in_clean_english():
    # the gate: a document with no other sign of machine translation gets nothing from the rules
    item = next(i for i in DATA["flag"] if i["shape"] == "bare head")
    gated = [CATALOG.get(i) for i in MINE]
    assert all(r.gate is not None for r in gated)
    assert check_document(Document.from_text(item["text"]), gated).findings == []


def test_bare_head_before_a_name_of_its_own_passes():
    text = ("The Beijing Municipal Bureau of Statistics in China said prices rose. "
            "The Bureau of Statistics of Tianjin said prices fell. The Group Company said little.")
    assert _findings(text, SHORT) == []


def test_a_headline_in_title_case_is_no_full_name():
    text = ("Shanghai Neighborhood Canteens Offer Cheap Meals and Company\n\n"
            "SHANGHAI, China -- Retirees in Shanghai eat for 15 yuan. The Company of friends matters, one said.")
    assert _findings(text, SHORT) == []
