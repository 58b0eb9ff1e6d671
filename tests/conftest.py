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


class CatalogRuns:
    """The findings (minor or worse) of one catalog in short texts, each text checked once.

    ``check_text(text, catalog, Severity.MINOR)`` one text at a time pays the whole catalog's
    per-rule cost for every example sentence; ``engine.check_documents`` runs each rule over
    many documents in one pass with the same results (its contract), several times faster on
    sentences. ``prime(texts)`` checks the texts not seen yet in batches, and calling the
    object with a text returns that text's findings, as ``check_text`` would (a new list each
    time). Texts with a Chinese source are not kept here: callers check those themselves."""

    BATCH = 64

    def __init__(self, catalog):
        self.catalog = catalog
        self._found = {}

    def prime(self, texts):
        from audit.document import Document
        from audit.engine import check_documents
        from audit.findings import Severity

        todo = list(dict.fromkeys(t for t in texts if t not in self._found))
        for at in range(0, len(todo), self.BATCH):
            batch = todo[at:at + self.BATCH]
            results = check_documents([Document.from_text(t) for t in batch], self.catalog, Severity.MINOR)
            for text, result in zip(batch, results):
                # a rule that failed or ran out of time on a text is a fault, not a silent pass
                assert not result.warnings, (text, result.warnings)
                self._found[text] = result.findings

    def __call__(self, text):
        if text not in self._found:
            self.prime([text])
        return list(self._found[text])


@pytest.fixture(scope="session")
def catalog_runs(catalog):
    """``CatalogRuns`` of the bundled catalog, shared by every test file of a worker."""
    return CatalogRuns(catalog)
