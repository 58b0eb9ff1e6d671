"""The calibrated score (audit.calibration): its features, the non-negative fit, out-of-fold
estimates, the shipped model file and the ``score.estimate`` of check reports."""
import json
import os

import numpy as np
import pytest

from audit import Document, Finding, Severity, check_document, load_rules
from audit.calibration import (BILINGUAL, MODEL_PATH, MODEL_SCHEMA, MONOLINGUAL, ModelError, bilingual_features,
                               cross_fitted, estimate, fit_nonnegative, load_model, monolingual_features, predict,
                               signature, with_part)
from audit import calibration
from audit.engine import CheckResult
from audit.report import build_report
from audit.scoring import document_score


def finding(start, end, text, severity="minor", category="fluency/grammar", source=None):
    return Finding(rule="r", category=category, severity=Severity.parse(severity), message="m", start=start,
                   end=end, line=1, column=start + 1, text=text[start:end], source=source)


TOY_MODEL = {
    "schema": MODEL_SCHEMA,
    "data": {"name": "toy.tsv", "sha256": "0" * 64, "translations": 4, "talks": 2},
    "models": {
        "monolingual": {"fitted": "2024-01-01", "features": list(MONOLINGUAL),
                        "weights": {"words": 0.1, "major": 5.0, "unknown": 1.0}},
        "bilingual": {"fitted": "2024-01-01", "features": list(BILINGUAL),
                      "weights": {"words": 0.1, "inadequate": 0.5, "omitted": 0.2}},
    },
}


# -- features --------------------------------------------------------------------------------

def test_monolingual_features_count_words_sentences_findings_and_vocabulary():
    text = "The minister visited 3 factories. He saw zxqvbn machines and a plenitude of robots."
    doc = Document.from_text(text)
    fs = [finding(0, 3, text), finding(4, 12, text, "major"), finding(33, 34, text, "minor", "fluency/punctuation"),
          finding(13, 20, text, "info"),
          finding(21, 22, text, "major", "accuracy/number", source=(0, 1, "3"))]  # a source finding: bilingual
    f = monolingual_features(doc, fs)
    assert f["words"] == doc.words == 14
    assert f["sentences"] == 2
    assert (f["minor"], f["major"], f["punctuation"]) == (1, 1, 1)
    assert f["numbers"] == 1
    assert f["unknown"] == 1          # 'zxqvbn'
    assert f["rare"] == 1             # 'plenitude'; names and capitalised words are never counted
    assert set(f) == set(MONOLINGUAL)


def test_bilingual_features_from_aligned_groups():
    text = "Prices rose sharply in May. Nobody knows why it happened at all today."
    doc = Document.from_text(text)
    aligned = [
        {"source": [0, 9], "english": [0, 27], "adequacy": 0.75,    # 5 words, a quarter inadequate
         "source_words": 4, "uncovered": 1},                        # one source word not rendered
        {"source": [10, 22], "english": None, "adequacy": 0.0,      # 12 source characters omitted
         "source_words": 6, "uncovered": 6},
        {"source": None, "english": [28, 70], "adequacy": None},    # 8 English words added
    ]
    fs = [finding(0, 6, text, "major", "accuracy/number", source=(0, 1, "x")),
          finding(7, 11, text, "minor", "terminology", source=(1, 2, "y"))]
    f = bilingual_features(doc, fs, aligned)
    assert f["inadequate"] == pytest.approx(0.25 * 5 + 0.56 * 12)
    assert f["omitted"] == 12
    # the omitted passage still counts as the English it should have had, all of it inadequate
    assert f["words"] == pytest.approx(doc.words + 0.56 * 12)
    assert f["added"] == 8
    assert f["source_major"] == 1 and f["source_minor"] == 1
    assert f["major"] == 0 and f["minor"] == 0      # source findings are not counted twice
    en = len("".join(text[0:27].split()))
    assert f["length_off"] == pytest.approx(abs(np.log((en + 5) / (3.1 * 9 + 5))) * 5)
    assert f["han_in_english"] == 0
    assert f["uncovered"] == 7                      # the omitted group's source words count too
    assert bilingual_features(Document.from_text("它 was 好"), [], [])["han_in_english"] == 2
    # groups without coverage counts (no dictionary at hand) count none
    assert bilingual_features(doc, [], [dict(g, uncovered=None) for g in aligned])["uncovered"] == 0
    assert set(f) == set(BILINGUAL)


def test_an_omitted_paragraph_raises_the_bilingual_estimate():
    tail = ("Exports fell by a tenth in the same month, the customs office said on Friday, and imports "
            "of machinery and electronics were down for the third month running as factories in the "
            "coastal provinces cut their orders ahead of the holiday season.")
    full = "Prices rose sharply in May. " + tail
    cut = "Prices rose sharply in May."
    # a source passage of the usual length for its 42 English words (about 0.56 words a character)
    src = "五月价格大幅上涨。" + ("海关总署周五表示，同月出口下降了一成，机电产品进口已连续第三个月下降，"
                            "因为沿海各省份的工厂在假期到来之前纷纷削减了订单，市场对此普遍感到担忧。")
    both = [{"source": [0, 9], "english": [0, 27], "adequacy": 0.8},
            {"source": [9, len(src)], "english": [28, len(full)], "adequacy": 0.8}]
    gap = [{"source": [0, 9], "english": [0, 27], "adequacy": 0.8},
           {"source": [9, len(src)], "english": None, "adequacy": 0.0}]
    omission = Finding(rule="omission", category="accuracy/omission", severity=Severity.MAJOR, message="m",
                       start=26, end=27, line=1, column=27, text=".", source=(9, len(src), src[9:]))
    model = load_model()     # the shipped weights
    with_gap = estimate(Document.from_text(cut), [omission], gap, model=model)["mqm"]
    assert with_gap > estimate(Document.from_text(full), [], both, model=model)["mqm"]


def test_estimate_is_additive_over_paragraphs():
    a = "The factory made 300 cars last year. It plans to double that."
    b = "Exports of the zxqvbn product fell in the spring."
    one = estimate(Document.from_text(a), [], model=TOY_MODEL)["mqm"]
    two = estimate(Document.from_text(b), [], model=TOY_MODEL)["mqm"]
    both = estimate(Document.from_text(a + "\n\n" + b), [], model=TOY_MODEL)["mqm"]
    assert both == pytest.approx(one + two)
    assert two == pytest.approx(0.1 * 9 + 1.0)   # 9 words, one unknown word


def test_estimate_fields_and_the_empty_document():
    text = "Officials said the plan works."
    doc = Document.from_text(text)
    est = estimate(doc, [finding(0, 9, text, "major")], model=TOY_MODEL)
    assert est["mqm"] == pytest.approx(0.5 + 5.0)
    assert est["normalized"] == pytest.approx(est["mqm"] * 100 / 5)
    assert est["per_words"] == 100
    assert est["model"] == "mtaudit-score-model/1|monolingual|data:toy.tsv@000000000000|features:3|fitted:2024-01-01"
    assert estimate(Document.from_text("  \n "), [], model=TOY_MODEL) is None


def test_estimate_uses_the_bilingual_model_when_aligned_groups_are_given():
    text = "Prices rose."
    doc = Document.from_text(text)
    est = estimate(doc, [], [{"source": [0, 4], "english": [0, 12], "adequacy": 0.5}], model=TOY_MODEL)
    assert est["model"].startswith("mtaudit-score-model/1|bilingual|")
    assert est["mqm"] == pytest.approx(0.1 * 2 + 0.5 * 0.5 * 2)
    mono_only = dict(TOY_MODEL, models={"monolingual": TOY_MODEL["models"]["monolingual"]})
    assert estimate(doc, [], [], model=mono_only)["model"].startswith("mtaudit-score-model/1|monolingual|")


def test_predict_never_goes_below_zero():
    assert predict({"words": -1.0}, {"words": 3}) == 0.0
    assert predict({"words": 0.5, "major": 2}, {"words": 4, "major": 1}) == 4.0


# -- fitting ---------------------------------------------------------------------------------

def test_fit_nonnegative_recovers_weights_and_clips_harmful_features():
    rng = np.random.default_rng(0)
    rows = [{"words": float(rng.integers(5, 40)), "major": float(rng.integers(0, 3)),
             "noise": float(rng.integers(0, 10))} for _ in range(400)]
    y = [0.1 * r["words"] + 5 * r["major"] - 0.3 * r["noise"] for r in rows]
    w = fit_nonnegative(rows, y, ["words", "major", "noise"], ridge=0.0)
    assert w["noise"] == 0.0                       # would need a negative weight
    exact = fit_nonnegative(rows, [0.1 * r["words"] + 5 * r["major"] for r in rows], ["words", "major"], ridge=0.0)
    assert exact["words"] == pytest.approx(0.1, abs=1e-6)
    assert exact["major"] == pytest.approx(5.0, abs=1e-6)
    with pytest.raises(ValueError):
        fit_nonnegative([], [], ["words"])


def test_cross_fitted_never_scores_a_group_with_its_own_targets():
    rows = [{"words": float(n)} for n in range(1, 13)]
    groups = ["a"] * 4 + ["b"] * 4 + ["c"] * 4
    y = [2.0 * r["words"] for r in rows]
    first, weights = cross_fitted(rows, y, groups, ["words"], ridge=0.0)
    changed = y[:4] + [100.0 * r["words"] for r in rows[4:8]] + y[8:]   # only group b's targets change
    second, _ = cross_fitted(rows, changed, groups, ["words"], ridge=0.0)
    assert second[4:8] == pytest.approx(first[4:8])      # b's estimates come from a and c only
    assert second[0:4] != pytest.approx(first[0:4])      # a's fit saw b's new targets
    assert sorted(weights) == ["a", "b", "c"]
    assert weights["a"]["words"] == pytest.approx(2.0)


# -- the model file --------------------------------------------------------------------------

def test_the_shipped_model_loads_with_both_parts_and_its_signature():
    model = load_model()
    assert model["schema"] == MODEL_SCHEMA
    assert len(model["data"]["sha256"]) == 64 and model["data"]["talks"] == 5
    for kind, feats in (("monolingual", MONOLINGUAL), ("bilingual", BILINGUAL)):
        part = model["models"][kind]
        assert part["features"] == list(feats)
        assert set(part["weights"]) == set(feats)
        assert all(w >= 0 for w in part["weights"].values())
        assert part["weights"]["words"] > 0
        assert part["out_of_fold"]["folds"] == "leave one talk out"
        assert signature(model, kind).startswith(f"{MODEL_SCHEMA}|{kind}|data:")


def test_load_model_rejects_bad_files(tmp_path):
    bad = tmp_path / "m.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="m.json"):
        load_model(str(bad))
    bad.write_text(json.dumps(dict(TOY_MODEL, schema="other/1")), encoding="utf-8")
    with pytest.raises(ModelError, match="schema"):
        load_model(str(bad))
    odd = json.loads(json.dumps(TOY_MODEL))
    odd["models"]["monolingual"]["weights"]["shoe_size"] = 1.0
    bad.write_text(json.dumps(odd), encoding="utf-8")
    with pytest.raises(ModelError, match="shoe_size"):
        load_model(str(bad))
    with pytest.raises(ModelError):
        load_model(str(tmp_path / "missing.json"))


def test_with_part_keeps_the_other_part_only_for_the_same_data():
    data = {"name": "d.tsv", "sha256": "a" * 64, "translations": 1, "talks": 1}
    one = with_part(None, "monolingual", {"words": 0.2}, data, "2024-02-02", {"note": 1})
    two = with_part(one, "bilingual", {"omitted": 0.1}, data, "2024-02-03", {})
    assert set(two["models"]) == {"monolingual", "bilingual"}
    assert two["models"]["monolingual"]["weights"]["words"] == 0.2
    assert two["models"]["monolingual"]["weights"]["major"] == 0.0     # every feature listed
    other = with_part(two, "bilingual", {"omitted": 0.1}, dict(data, sha256="b" * 64), "2024-02-04", {})
    assert set(other["models"]) == {"bilingual"}
    with pytest.raises(ValueError):
        with_part(None, "monolingual", {"omitted": 1.0}, data, "2024-02-02", {})
    with pytest.raises(ValueError):
        with_part(None, "trilingual", {}, data, "2024-02-02", {})


# -- reports ---------------------------------------------------------------------------------

def test_check_reports_carry_the_estimate_and_keep_the_penalty_verdict():
    import jsonschema

    catalog = load_rules()
    text = "The minister said the plan works well.  The  the factory opened."
    result = check_document(Document.from_text(text, path="a.txt"), catalog)
    report = build_report([result], catalog)
    s = report["documents"][0]["score"]
    plain = document_score(result.document, result.findings, catalog.scoring, model=load_model())
    assert s == plain
    assert s["estimate"]["mqm"] > 0 and s["estimate"]["model"].startswith(f"{MODEL_SCHEMA}|monolingual|")
    assert s["estimate"]["normalized"] == pytest.approx(s["estimate"]["mqm"] * 100 / result.document.words, abs=1e-3)
    assert {"penalty", "normalized", "verdict", "threshold", "per_words"} <= set(s)
    with open(os.path.join(os.path.dirname(MODEL_PATH), "schema", "report.schema.json"), encoding="utf-8") as fh:
        jsonschema.validate(report, json.load(fh))
    empty = build_report([CheckResult(Document.from_text("", path="e.txt"), [])], catalog)
    assert "estimate" not in empty["documents"][0]["score"]
    assert empty["documents"][0]["score"]["verdict"] == "pass"


def test_critical_findings_count_as_major():
    text = "Officials said the plan works."
    fs = [finding(0, 9, text, "critical"), finding(10, 14, text, "major")]
    f = monolingual_features(Document.from_text(text), fs)
    assert f["major"] == 2


def test_check_with_a_source_reports_the_bilingual_estimate():
    import yaml
    from click.testing import CliRunner

    from audit.cli import main

    data = os.path.join(os.path.dirname(__file__), "data", "bilingual")
    en, zh = os.path.join(data, "report.en.txt"), os.path.join(data, "report.zh.txt")
    plain = yaml.safe_load(CliRunner().invoke(main, ["check", en, "--isolated", "--no-references",
                                                     "--format", "yaml"]).output)
    result = CliRunner().invoke(main, ["check", en, "--source", zh, "--isolated", "--no-references",
                                       "--format", "yaml"])
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load(result.output)["documents"][0]
    est, mono = doc["score"]["estimate"], plain["documents"][0]["score"]["estimate"]
    assert est["model"].startswith(f"{MODEL_SCHEMA}|bilingual|")
    assert mono["model"].startswith(f"{MODEL_SCHEMA}|monolingual|")
    # the bilingual weights, applied to the features of this document and its aligned groups
    document = Document.from_text(open(en, encoding="utf-8").read())
    model = load_model()
    findings = check_document(document, load_rules()).findings
    feats = bilingual_features(document, findings, doc["adequacy"]["aligned"])
    assert est["mqm"] == pytest.approx(predict(model["models"]["bilingual"]["weights"], feats), abs=1e-3)
    assert 0.0 <= doc["adequacy"]["document"] <= 1.0       # the adequacy stays 0..1
    assert doc["score"]["verdict"] == plain["documents"][0]["score"]["verdict"]


def test_score_command_reports_the_reference_free_estimate(tmp_path):
    import yaml
    from click.testing import CliRunner

    from audit.cli import main

    hyp, ref = tmp_path / "hyp.txt", tmp_path / "ref.txt"
    hyp.write_text("The minister said the plan works well.\n\nExports fell in the spring.\n", encoding="utf-8")
    ref.write_text("The minister said the plan worked.\n\nExports fell in spring.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["score", str(hyp), "--ref", str(ref), "--format", "yaml"])
    assert result.exit_code == 0, result.output
    report = yaml.safe_load(result.output)
    doc = Document.from_text(hyp.read_text(encoding="utf-8"))
    expected = estimate(doc, check_document(doc, load_rules()).findings)
    assert report["estimate"] == expected and expected["mqm"] > 0
    text = CliRunner().invoke(main, ["score", str(hyp), "--ref", str(ref), "--format", "text"]).output
    assert f"estimated MQM penalty {expected['mqm']} ({expected['normalized']} per 100 words" in text


# -- properties ------------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PARAGRAPH = st.lists(st.sampled_from(["The", "minister", "said", "zxqvbn", "plenitude", "3.5", "cars", "it's",
                                      "well-known", ",", ".", "!", "?", "Beijing", "rose", "sharply"]),
                     min_size=1, max_size=25).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PARAGRAPH, PARAGRAPH)
def test_features_add_up_over_paragraphs(a, b):
    fa = monolingual_features(Document.from_text(a), [])
    fb = monolingual_features(Document.from_text(b), [])
    both = monolingual_features(Document.from_text(a + "\n\n" + b), [])
    assert both == {k: fa[k] + fb[k] for k in MONOLINGUAL}
    weights = load_model()["models"]["monolingual"]["weights"]
    assert predict(weights, both) == pytest.approx(predict(weights, fa) + predict(weights, fb))
    assert predict(weights, both) >= 0


def _vocabulary_by_characters(text):
    """The vocabulary counts word by word and character by character (the counting before
    the per-word kinds were kept)."""
    from audit.calibration import RARE_ZIPF, _words, _zipf

    counts = {"numbers": 0, "unknown": 0, "rare": 0}
    for token in _words(text):
        if any(c.isdigit() for c in token):
            counts["numbers"] += 1
        elif token[0].islower() and token.isascii():
            z = _zipf(token)
            if z == 0.0:
                counts["unknown"] += 1
            elif z < RARE_ZIPF:
                counts["rare"] += 1
    return counts


def test_vocabulary_counts_are_the_word_by_word_counts():
    import glob

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = sorted(glob.glob(os.path.join(root, "corpus", "*", "*.txt")) +
                   glob.glob(os.path.join(root, "tests", "corpus", "clean", "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in paths]
    texts += ["Ⅻ 12th ²3 x² co-op don't zzqxj Zzqxj é", "", "３月 ①"]
    totals = {"numbers": 0, "unknown": 0, "rare": 0}
    for text in texts:
        got = monolingual_features(Document.from_text(text), [])
        want = _vocabulary_by_characters(text)
        assert {k: got[k] for k in want} == want, text[:80]
        for k in totals:
            totals[k] += want[k]
    assert all(totals.values())  # every kind is met


def test_the_estimate_counts_the_words_once_and_leaves_the_count_on_the_document():
    from audit.calibration import estimate

    doc = Document.from_text("The ministry said on Tuesday that exports grew 5.2 percent.\nA second line.")
    assert "words" not in vars(doc)
    est = estimate(doc, [])
    assert vars(doc)["words"] == 14 == Document.from_text(doc.text).words
    assert est["per_words"] == 100 and abs(est["normalized"] - est["mqm"] * 100 / 14) < 1e-3


def _old_zipf(word):
    """``calibration._zipf`` as it was before its shortcuts: the reference the test compares."""
    import re
    from audit.zipf import zipf_cached

    parts = [p for p in re.split(r"[-'’]", word.lower()) if p]
    return min((zipf_cached(p) for p in parts), default=0.0)


def _old_kind(token):
    if any(c.isdigit() for c in token):
        return "numbers"
    if token[0].islower() and token.isascii():
        z = _old_zipf(token)
        if z == 0.0:
            return "unknown"
        if z < calibration.RARE_ZIPF:
            return "rare"
    return None


def test_word_kinds_shortcuts_answer_as_before():
    """``_TokenKinds`` and ``_zipf`` with their shortcuts (a word of letters alone holds no
    digit; a word with no hyphen or apostrophe is one part) give the answers of the plain
    per-character test and split, on every word of the clean corpus and words of digits,
    superscripts, other scripts, hyphens and apostrophes."""
    import glob
    import os

    from audit.document import _WORD_RE

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    words = set()
    for path in sorted(glob.glob(os.path.join(root, "tests", "corpus", "clean", "*.txt"))):
        words.update(_WORD_RE.findall(open(path, encoding="utf-8").read()))
    words.update(["x²", "²", "٣rd", "Ⅻ", "co-operate", "don't", "China’s", "u-turn", "abc_def", "ＡＢＣ", "ǅa",
                  "İstanbul", "straße", "ﬁnance", "7", "7-day", "a'", "--", "’s"])
    assert len(words) > 2000
    kinds = calibration._TokenKinds()
    for word in sorted(words):
        assert calibration._zipf(word) == _old_zipf(word), word
        assert kinds[word] == _old_kind(word), word
