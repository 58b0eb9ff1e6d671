"""Reference metrics: sentence alignment across different splits, sacrebleu scores, thresholds."""
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.document import Document
from audit.metrics import (Bead, align, check_thresholds, common_segments, parse_threshold, score_report,
                           score_texts)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRIEFING = "2020-05-20-scio-new-infrastructure"

S = [
    "Wen Ku said the focus of development is digital infrastructure.",
    "The ministry has issued documents on 5G and the mobile Internet of Things.",
    "Investment in 5G drives the whole industrial chain, from equipment to terminals.",
    "Online education, smart homes and immersive games are new types of consumption.",
    "More than 70 industrial Internet platforms now have regional influence.",
]


def _join(a, b):
    """Two sentences as one: "A, and b" (the segmenter keeps it whole)."""
    return a[:-1] + ", and " + b[0].lower() + b[1:]


def shapes(beads):
    return [(b.hyp[1] - b.hyp[0], b.ref[1] - b.ref[0]) for b in beads]


# -- alignment -----------------------------------------------------------------------------

def test_identical_texts_align_one_to_one():
    assert shapes(align(S, S)) == [(1, 1)] * len(S)


def test_two_hypothesis_sentences_joined_in_the_reference_align_two_to_one():
    ref = [S[0], S[1][:-1] + ", and " + S[2][0].lower() + S[2][1:], S[3], S[4]]
    assert shapes(align(S, ref)) == [(1, 1), (2, 1), (1, 1), (1, 1)]


def test_one_hypothesis_sentence_split_in_the_reference_aligns_one_to_two():
    hyp = [S[0], S[1][:-1] + "; " + S[2][0].lower() + S[2][1:], S[3]]
    assert shapes(align(hyp, S[:4])) == [(1, 1), (1, 2), (1, 1)]


def test_split_and_join_in_the_same_document():
    hyp = [S[0] + " " + S[1], S[2], S[3], S[4]]
    ref = [S[0], S[1], S[2] + " " + S[3], S[4]]
    assert shapes(align(hyp, ref)) == [(1, 2), (2, 1), (1, 1)]


def test_lines_an_editor_deleted_align_to_nothing():
    hyp = ["Home / Metal News / Cobalt & Lithium", S[0], S[1], "The content below was translated automatically.",
           S[2], "For queries, please contact Frank LIU at frank@example.com"]
    assert shapes(align(hyp, S[:3])) == [(1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (1, 0)]


def test_post_edited_sentences_still_align_with_their_originals():
    hyp = ["Wen ku said that at present, the focus of development is on digital infrastructure.",
           "Recently the Ministry has continuously issued documents such as promoting 5G and mobile animal networking.",
           "we will give better play to the role of stabilizing investment."]
    ref = ["Wen Ku said the current focus of development is digital infrastructure.",
           "Recently, the ministry has issued documents on promoting 5G and the mobile Internet of Things, "
           "and it will give full play to its role in stabilizing investment."]
    assert shapes(align(hyp, ref)) == [(1, 1), (2, 1)]


def test_empty_sides():
    assert align([], []) == []
    assert shapes(align(S[:2], [])) == [(1, 0), (1, 0)]
    assert shapes(align([], S[:2])) == [(0, 1), (0, 1)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(S), max_size=7), st.lists(st.sampled_from(S), max_size=7))
def test_alignment_is_monotone_and_covers_both_sides(hyp, ref):
    beads = align(hyp, ref)
    i = j = 0
    for b in beads:
        assert b.hyp[0] == i and b.ref[0] == j
        assert (b.hyp[1] - i) + (b.ref[1] - j) >= 1
        i, j = b.hyp[1], b.ref[1]
    assert (i, j) == (len(hyp), len(ref))


def test_common_segments_cut_only_where_every_reference_has_a_boundary():
    one = [Bead((0, 1), (0, 1), 1), Bead((1, 2), (1, 2), 1), Bead((2, 3), (2, 3), 1)]
    two = [Bead((0, 2), (0, 1), 1), Bead((2, 3), (1, 3), 1)]
    segs = common_segments(3, [one, two])
    assert [(s.hyp, s.refs) for s in segs] == [((0, 2), ((0, 2), (0, 1))), ((2, 3), ((2, 3), (1, 3)))]


def test_reference_sentences_with_no_counterpart_join_the_segment_before_them():
    beads = [Bead((0, 0), (0, 1), 0), Bead((0, 1), (1, 2), 1), Bead((1, 1), (2, 3), 0), Bead((1, 2), (3, 4), 1)]
    segs = common_segments(2, [beads])
    assert [(s.hyp, s.refs) for s in segs] == [((0, 1), ((0, 3),)), ((1, 2), ((3, 4),))]
    assert [(s.hyp, s.refs) for s in common_segments(0, [beads[:1]])] == [((0, 0), ((0, 1),))]


# -- scores --------------------------------------------------------------------------------

def test_identical_documents_score_perfectly_with_signatures():
    text = "\n".join(S)
    result = score_texts(text, [text])
    m = result["metrics"]
    assert (m["bleu"]["score"], m["chrf"]["score"], m["ter"]["score"]) == (100.0, 100.0, 0.0)
    for name in ("bleu", "chrf", "ter"):
        assert m[name]["signature"].startswith("nrefs:1|") and "version:" in m[name]["signature"]
    assert m["bleu"]["signature"].split("|")[1:4] == ["case:mixed", "eff:no", "tok:13a"]
    assert all(row["edits"] == 0 and row["sentences"] == "1-1" for row in result["segments"])


def test_per_sentence_ter_uses_the_matching_reference_text_across_different_splits():
    hyp = "We met the minister. It rained all day.\nThe end."
    ref = "We met the minister and it rained all day.\nThe end."
    result = score_texts(hyp, [ref])
    top = result["segments"][0]
    assert top["sentences"] == "2-1"
    assert top["hypothesis"] == "We met the minister. It rained all day."
    assert top["references"] == ["We met the minister and it rained all day."]
    from sacrebleu.metrics import TER

    assert top["edits"] == TER().sentence_score(top["hypothesis"], top["references"]).num_edits
    assert result["segments"][1]["edits"] == 0
    assert hyp[top["start"]:top["end"]] == top["hypothesis"] and top["line"] == 1


def test_segments_come_most_edits_first_and_deleted_lines_cost_their_words():
    hyp = "\n".join([S[0], "Click to register for the summit forum now", S[1], S[2]])
    ref = "\n".join([S[0], S[1].replace("issued", "published"), S[2]])
    rows = score_texts(hyp, [ref])["segments"]
    assert [r["edits"] for r in rows] == sorted((r["edits"] for r in rows), reverse=True)
    assert rows[0]["sentences"] == "1-0" and rows[0]["edits"] == 8 and rows[0]["references"] == [""]
    assert rows[1]["edits"] == 1 and rows[1]["line"] == 3
    assert len(score_texts(hyp, [ref], top=2)["segments"]) == 2


def test_corpus_ter_is_total_edits_over_total_reference_words():
    hyp = "\n".join([S[0], "Click to register for the summit forum now", S[1]])
    ref = "\n".join([S[0], S[1]])
    result = score_texts(hyp, [ref])
    aligned = result["aligned"]
    assert result["metrics"]["ter"]["score"] == round(100 * aligned["edits"] / aligned["ref_words"], 2)
    assert result["metrics"]["ter"]["unit"] == "aligned segments"


def test_two_references_that_split_differently():
    hyp = "\n".join(S[:4])
    ref1 = "\n".join([_join(S[0], S[1]), S[2], S[3]])
    ref2 = "\n".join([S[0], S[1], _join(S[2], S[3])])
    result = score_texts(hyp, [ref1, ref2])
    assert result["metrics"]["chrf"]["signature"].startswith("nrefs:2|")
    assert result["metrics"]["ter"]["signature"].startswith("nrefs:2|")
    # Cut only where both references have a boundary: after the second sentence.
    assert sorted(r["sentences"] for r in result["segments"]) == ["2-1/2", "2-2/1"]
    assert all(r["edits"] == 0 for r in result["segments"])  # TER takes the closer reference
    assert result["aligned"]["reference_sentences"] == [3, 3]


def test_empty_hypothesis_and_missing_reference():
    result = score_texts("", ["Some reference words here."])
    assert result["metrics"]["ter"]["score"] == 100.0
    assert result["segments"][0]["edits"] == 4
    with pytest.raises(ValueError):
        score_texts("text", [])


def test_score_report_on_a_corpus_document_and_its_reference():
    hyp_path = os.path.join(ROOT, "corpus", BRIEFING, "smm-wen-ku-digital-infrastructure.txt")
    ref_path = os.path.join(ROOT, "references", BRIEFING, "smm-wen-ku-digital-infrastructure.txt")
    docs = []
    for p in (hyp_path, ref_path):
        with open(p, "rb") as fh:
            docs.append(Document.from_bytes(fh.read(), path=p))
    report = score_report(docs[0], docs[1:], [("chrf", 50.0), ("ter", 40.0)])
    assert report["schema"] == "mtaudit-score/1"
    assert 20 < report["metrics"]["bleu"]["score"] < 80
    assert 50 < report["metrics"]["chrf"]["score"] < 95
    assert report["metrics"]["ter"]["score"] > 40
    assert [c["passed"] for c in report["thresholds"]] == [True, False]
    assert report["verdict"] == "fail"
    rows = {r["hypothesis"][:24]: r for r in report["segments"]}
    # The navigation line, the MT notice and the promotions are deleted in the reference.
    # Rows hold the text as scored: whitespace (NBSP too) reduced to single spaces.
    for deleted in ("Home / Metal News / Coba", "The content below was tr", "For queries, please cont"):
        assert rows[deleted]["references"] == [""], deleted


# -- thresholds ----------------------------------------------------------------------------

@pytest.mark.parametrize("spec,expected", [
    ("chrf=55", ("chrf", 55.0)), ("BLEU=20.5", ("bleu", 20.5)), (" ter = 60 ", ("ter", 60.0)),
])
def test_parse_threshold(spec, expected):
    assert parse_threshold(spec) == expected


@pytest.mark.parametrize("spec", ["chrf", "meteor=3", "chrf=abc", "ter=-1", "bleu=nan", "=5"])
def test_parse_threshold_rejects(spec):
    with pytest.raises(ValueError):
        parse_threshold(spec)


@pytest.mark.parametrize("metric,value,limit,passed", [
    ("chrf", 55.0, 55.0, True), ("chrf", 54.99, 55.0, False), ("bleu", 30.0, 20.0, True),
    ("ter", 60.0, 60.0, True), ("ter", 60.01, 60.0, False), ("ter", 10.0, 60.0, True),
])
def test_ter_fails_above_its_limit_and_the_others_below(metric, value, limit, passed):
    (row,) = check_thresholds({metric: {"score": value}}, [(metric, limit)])
    assert row["passed"] is passed
    assert row["rule"] == ("at most" if metric == "ter" else "at least")


# -- finding a document's references --------------------------------------------------------

def _tree(tmp_path):
    (tmp_path / "corpus" / "brief").mkdir(parents=True)
    (tmp_path / "references" / "brief").mkdir(parents=True)
    (tmp_path / "corpus" / "brief" / "a.txt").write_text("\n".join(S[:3]), encoding="utf-8")
    (tmp_path / "corpus" / "brief" / "lonely.txt").write_text(S[0], encoding="utf-8")
    (tmp_path / "references" / "brief" / "a.txt").write_text("\n".join(S[:3]), encoding="utf-8")
    (tmp_path / "references" / "brief" / "a.b.txt").write_text("\n".join(S[:2]), encoding="utf-8")
    (tmp_path / "references" / "brief" / "ab.txt").write_text("not a reference of a.txt", encoding="utf-8")
    return tmp_path


def test_find_references_by_naming_convention(tmp_path, monkeypatch):
    from audit.references import find_references

    root = _tree(tmp_path)
    refs = find_references(str(root / "corpus" / "brief" / "a.txt"))
    assert refs == [str(root / "references" / "brief" / "a.b.txt"), str(root / "references" / "brief" / "a.txt")]
    assert find_references(str(root / "corpus" / "brief" / "lonely.txt")) == []
    assert find_references(str(root / "references" / "brief" / "a.txt")) == []   # a reference has none
    assert find_references("<text>") == []
    monkeypatch.chdir(root / "corpus")
    assert len(find_references(os.path.join("brief", "a.txt"))) == 2              # relative paths too


def test_the_corpus_documents_have_references():
    from audit.references import find_references

    corpus = os.path.join(ROOT, "corpus", BRIEFING)
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt"):
            assert find_references(os.path.join(corpus, name)) == [os.path.join(ROOT, "references", BRIEFING, name)]


def test_reference_scores_for_mtaudit_check(tmp_path):
    from audit.document import load_document
    from audit.references import reference_scores

    root = _tree(tmp_path)
    doc = load_document(str(root / "corpus" / "brief" / "a.txt"))
    scores = reference_scores(doc, top=1)
    assert [os.path.basename(p) for p in scores["paths"]] == ["a.b.txt", "a.txt"]
    assert set(scores["metrics"]) == {"bleu", "chrf", "ter"}
    assert scores["metrics"]["chrf"]["signature"].startswith("nrefs:2|")
    assert scores["metrics"]["ter"]["score"] == 0.0 and len(scores["segments"]) == 1
    assert reference_scores(load_document(str(root / "corpus" / "brief" / "lonely.txt"))) is None
    (root / "references" / "brief" / "a.b.txt").write_bytes(b"\x00\x00binary")
    assert "binary" in reference_scores(doc)["error"]
