"""The compare test set (tests/data/compare_cases, measured by benchmarks/compare_cases.py) is
well formed: every case has both reports, planted and agreeing texts occur in their report
(as whole words), and dev and held-out cases are kept apart. No model is needed here."""
import glob
import os
import re

import pytest
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "data", "compare_cases")
PATHS = sorted(glob.glob(os.path.join(CASES, "*", "*.yaml")))


def test_both_sets_exist_and_are_apart():
    dev = {os.path.basename(p) for p in glob.glob(os.path.join(CASES, "dev", "*.yaml"))}
    held = {os.path.basename(p) for p in glob.glob(os.path.join(CASES, "heldout", "*.yaml"))}
    assert len(dev) >= 4 and len(held) >= 4 and not dev & held
    assert {os.path.basename(os.path.dirname(p)) for p in PATHS} == {"dev", "heldout"}


def occurrences(text, needle):
    """Whole-word occurrences, as benchmarks/compare_cases.py counts them."""
    return len(re.findall(r"(?<![\w.,])" + re.escape(str(needle)) + r"(?![\w]|[.,]\d)", text))


@pytest.mark.parametrize("path", PATHS, ids=[os.path.relpath(p, CASES) for p in PATHS])
def test_case_is_well_formed(path):
    with open(path, encoding="utf-8") as fh:
        case = yaml.safe_load(fh)
    a, b = case["a"]["text"], case["b"]["text"]
    assert a.strip() and b.strip() and case["a"]["path"] != case["b"]["path"]
    for item in case.get("planted") or []:
        assert item["kind"] in ("name", "term", "number", "date")
        assert occurrences(a, item["a"]) >= 1 and occurrences(b, item["b"]) >= 1, item
    for item in case.get("agreeing") or []:
        assert occurrences(a, item["a"]) >= 1 and occurrences(b, item["b"]) >= 1, item
    if case.get("unrelated"):
        assert not case.get("planted") and not case.get("agreeing")
    else:
        assert case.get("planted"), "a case of one event plants at least one divergence"
