"""short_names._Runs: the last capitalised run before a point that holds a head, read from runs
listed once, is the one re-reading the text up to the point finds (the definition)."""
import pytest

from audit.detectors import short_names


def _definition(text, head, at):
    last = None
    for m in short_names._RUN.finditer(text, 0, at):
        if head in short_names._tokens(m.group()):
            last = m
    return last


TEXTS = [
    "The European Commission met. The Commission said. The Shanxi Provincial Department of Natural "
    "Resources said. The Department said, and the US Department of Justice agreed; the Department added.",
    "Ministry of the Bureau of Statistics and the Bureau said; Bureau Chief Wang of the Bureau spoke.",
    "",
    "the Department of the Department of the Department",
]


@pytest.mark.parametrize("text", TEXTS)
def test_last_run_with_a_head_is_the_definitions(text):
    runs = short_names._Runs(text)
    for head in ("commission", "department", "bureau", "ministry", "statistics"):
        for at in range(len(text) + 1):
            want, got = _definition(text, head, at), runs.last_with(head, at)
            assert (want.span(), want.group()) == (got.span(), got.group()) if want else got is None, (head, at)
