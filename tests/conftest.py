import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")


@pytest.fixture(scope="session")
def catalog():
    from audit import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def corpus_dir():
    return CORPUS


@pytest.fixture
def runner():
    from click.testing import CliRunner

    return CliRunner()
