import atexit
import os
import shutil
import tempfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")


def _link_or_copy(src, dst):
    """A hard link to a file the cache writes only by renaming a new file into place (tables,
    exported models); a copy of the embedding cache's SQLite files, written in place."""
    if ".sqlite" not in os.path.basename(src):
        try:
            os.link(src, dst)
            return dst
        except OSError:
            pass
    return shutil.copy2(src, dst)


def pytest_configure(config):
    """The suite keeps what it derives in a cache directory of its own, so that the small
    prefilter automata and rule tables its tests build never push the user's tables out of the
    user's cache (``audit.diskcache`` keeps two tables per name). The directory starts as the
    user's cache (hard links to its tables and exported models, a copy of its embedding cache),
    so a warm cache stays warm, and what the suite writes lands in its own directory only. An
    explicit ``MTAUDIT_CACHE_DIR`` is left as it is. The directory is removed when the process
    exits, by a handler registered here, before any test runs: ``atexit`` runs the handlers
    registered later first, so the tables a test leaves to be saved at exit
    (``diskcache.ExitSavedTable``) are saved into it, not into the user's cache, and removed."""
    if os.environ.get("MTAUDIT_CACHE_DIR"):
        return
    import platformdirs  # where ``audit.diskcache.cache_dir`` looks; ``audit`` is not imported
    # before the variable is set, since importing it reads and saves tables

    source = platformdirs.user_cache_dir("mtaudit", appauthor=False)
    own = tempfile.mkdtemp(prefix="mtaudit-test-cache-")
    atexit.register(shutil.rmtree, own, ignore_errors=True)  # before any table is left to be saved at exit
    if os.path.isdir(source):
        try:
            shutil.copytree(source, own, copy_function=_link_or_copy, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns(".*.tmp"))
        except (OSError, shutil.Error):
            pass  # whatever could not be linked or copied is built again
    os.environ["MTAUDIT_CACHE_DIR"] = own  # inherited by xdist's workers and by subprocesses


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
