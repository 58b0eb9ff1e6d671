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


def test_a_head_kept_is_read_against_the_first_copies_of_each_full_name():
    # ``_heads_kept`` reads each run against the full names of its head, each name's first two
    # places only: in a story that names the body three times, the cut form is still flagged
    # (and, with the full name read from its own place, no run of the full name itself is)
    from audit.engine import check_text
    from audit.rules import load_rules

    rule = load_rules().get("mt-short-name-place-dropped").ungated()
    full = "The Jiangbei District Health Commission in Chongqing, China, said 300 cases were found. "
    story = full * 3 + "The Health Commission plans to link the records next year. " + full
    got = [(f.start, f.text) for f in check_text(story, [rule])]
    assert got == [(story.index("Health Commission plans"), "Health Commission")]
    assert "Jiangbei District Health Commission" in check_text(story, [rule])[0].message


def test_kept_form_reads_one_run_alone():
    # ``_heads_kept`` reads each distinct run after "the" once a document (``_kept_form``):
    # its tokens, its words without joins and its head, or None for a run no full name can hold
    from audit.detectors import short_names
    assert short_names._kept_form("City Commerce Bureau") == (
        ["city", "commerce", "bureau"], ("city", "commerce", "bureau"), "bureau")
    assert short_names._kept_form("Bureau") is None  # one word
    assert short_names._kept_form("Good Morning") is None  # no head


def test_words_kept_holds_every_word_of_the_form_in_the_full_name():
    from audit.detectors import short_names
    assert short_names._words_kept(("city", "commerce", "bureau"), ["municipal", "bureau", "commerce"])  # City: Municipal
    assert not short_names._words_kept(("city", "commerce", "bureau"), ["bureau", "of", "commerce"])


def test_runs_after_the_the_same_for_a_run_met_again():
    # each distinct run's level word and "of the" parts are read once; every mention still yields
    # its own offsets
    from audit.detectors import short_names
    one = "Officials of the Market Supervision Bureau said. According to Provincial Education Department, the Qingdao Bureau met. "
    runs = list(short_names._runs_after_the(one))
    assert [r[2] for r in runs] == ["Market Supervision Bureau", "Provincial Education Department", "Qingdao Bureau"]
    again = list(short_names._runs_after_the(one * 3))
    assert again == [(s + k * len(one), e + k * len(one), r) for k in range(3) for s, e, r in runs]
