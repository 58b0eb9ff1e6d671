"""Correct English written to come close to the rules' triggers (red teams) draws no finding."""
import os

import pytest

from audit.findings import Severity

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def _passages(name):
    with open(os.path.join(HERE, "data", name), encoding="utf-8") as fh:
        return [line.rstrip("\n").replace("\\n", "\n") for line in fh
                if line.strip() and not line.startswith("#")]


PASSAGES = (_passages("red_team_round9.txt") + _passages("red_team_round10.txt") + _passages("red_team_round11.txt")
            + _passages("red_team_round13.txt"))


@pytest.fixture(scope="module")
def whole_catalog(catalog_runs):
    """The bundled catalog's findings (minor or worse) in every passage, worked out in batches
    once (conftest ``CatalogRuns``); each test below asks for its own passage's."""
    assert os.path.samefile(catalog_runs.catalog.path, os.path.join(ROOT, "rules.yaml"))
    catalog_runs.prime(PASSAGES)
    return catalog_runs


def test_the_red_team_files_hold_passages():
    assert len(_passages("red_team_round9.txt")) >= 150
    assert len(_passages("red_team_round10.txt")) >= 200
    assert len(_passages("red_team_round11.txt")) >= 250
    assert len(_passages("red_team_round13.txt")) >= 240


@pytest.mark.parametrize("text", PASSAGES, ids=[str(i) for i in range(len(PASSAGES))])
def test_correct_passage_draws_no_finding(whole_catalog, text):
    found = [(f.rule, text[f.start:f.end]) for f in whole_catalog(text) if f.severity >= Severity.MINOR]
    assert found == []
