"""MQM scoring: the ``scoring:`` section of rules.yaml (weights per severity and per category,
per 100 or 1000 words, threshold) and the penalty, normalised score and verdict it yields."""
import textwrap

import pytest

from audit import Finding, Severity, load_rules
from audit.rules import DEFAULT_SCORING, RuleError, Scoring
from audit.scoring import score

RULE = textwrap.dedent("""\
    rules:
      - id: x
        type: pattern
        pattern: 'xx'
        category: fluency/spelling
        severity: minor
        message: "m"
        description: d
        examples: {flag: ["xx"], pass: ["y"]}
    """)


def catalog_with(tmp_path, scoring_yaml):
    path = tmp_path / "rules.yaml"
    path.write_text(RULE + textwrap.dedent(scoring_yaml), encoding="utf-8")
    return load_rules(str(path))


def finding(severity, category="accuracy/mistranslation"):
    return Finding(rule="r", category=category, severity=Severity.parse(severity), message="m",
                   start=0, end=1, line=1, column=1, text="x")


@pytest.fixture(scope="module")
def mqm():
    return Scoring(**{**DEFAULT_SCORING, "weights": dict(DEFAULT_SCORING["weights"])})


# -- weights -------------------------------------------------------------------------------

@pytest.mark.parametrize("severity,category,weight", [
    ("info", "accuracy/mistranslation", 0.0),
    ("minor", "accuracy/mistranslation", 1.0),
    ("major", "accuracy/mistranslation", 5.0),
    ("critical", "accuracy/mistranslation", 25.0),
    ("minor", "fluency/punctuation", 0.1),           # the MQM punctuation exception
    ("minor", "fluency/punctuation/quotes", 0.1),    # applies to sub-categories too
    ("major", "fluency/punctuation", 5.0),           # only minor punctuation is discounted
    ("minor", "fluency/punctuationish", 1.0),        # a prefix means a whole path segment
    ("minor", "terminology", 1.0),
])
def test_default_weights_per_severity_and_category(mqm, severity, category, weight):
    assert mqm.weight(Severity.parse(severity), category) == weight


def test_the_longest_category_prefix_wins(tmp_path):
    cat = catalog_with(tmp_path, """\
        scoring:
          weights: {minor: 1, major: 5, critical: 25}
          category_weights:
            fluency: {minor: 0.5}
            fluency/punctuation: {minor: 0.1}
            terminology: {major: 10}
        """)
    s = cat.scoring
    assert s.weight(Severity.MINOR, "fluency/grammar") == 0.5
    assert s.weight(Severity.MINOR, "fluency/punctuation") == 0.1
    assert s.weight(Severity.MAJOR, "fluency/punctuation") == 5.0
    assert s.weight(Severity.MAJOR, "terminology") == 10.0
    assert s.weight(Severity.MINOR, "terminology") == 1.0


# -- penalty, normalisation, verdict -------------------------------------------------------

def test_penalty_is_the_sum_of_weights_and_info_never_counts(mqm):
    fs = [finding("minor"), finding("major"), finding("minor", "fluency/punctuation"), finding("info")]
    s = score(fs, 200, mqm)
    assert s["penalty"] == 6.1
    assert s["normalized"] == 3.05 and s["per_words"] == 100
    assert s["verdict"] == "pass"


@pytest.mark.parametrize("per_words,normalized", [(100, 2.5), (1000, 25.0)])
def test_normalisation_per_100_or_per_1000_words(tmp_path, per_words, normalized):
    cat = catalog_with(tmp_path, f"""\
        scoring:
          per_words: {per_words}
          threshold: 30
        """)
    s = score([finding("major")], 200, cat.scoring)
    assert (s["per_words"], s["normalized"]) == (per_words, normalized)


@pytest.mark.parametrize("penalty_findings,words,verdict", [
    (["major"], 100, "pass"),                 # 5.0 per 100 words: at the threshold passes
    (["major", "minor"], 100, "fail"),        # 6.0 > 5.0
    (["major"] * 3, 1000, "pass"),            # 1.5
    ([], 0, "pass"),                          # an empty document: no division by zero
    (["minor"], 0, "fail"),                   # words counted as at least 1: 100 per 100 words
    (["minor"] * 50, 1000, "pass"),           # exactly 5.0
    (["minor"] * 51, 1000, "fail"),           # 5.1
])
def test_threshold_sets_the_verdict(mqm, penalty_findings, words, verdict):
    assert score([finding(s) for s in penalty_findings], words, mqm)["verdict"] == verdict


def test_a_critical_finding_fails_whatever_the_score(mqm):
    s = score([finding("critical")], 1_000_000, mqm)
    assert s["normalized"] < mqm.threshold
    assert s["verdict"] == "fail"


def test_a_custom_threshold_and_weights_from_the_rules_file(tmp_path):
    cat = catalog_with(tmp_path, """\
        scoring:
          weights: {minor: 2, major: 10, critical: 50}
          threshold: 1.5
        """)
    s = score([finding("minor")], 100, cat.scoring)
    assert (s["penalty"], s["normalized"], s["threshold"], s["verdict"]) == (2.0, 2.0, 1.5, "fail")
    # Keys left out keep their defaults: punctuation is still discounted, per 100 words.
    assert cat.scoring.weight(Severity.MINOR, "fluency/punctuation") == 0.1
    assert cat.scoring.per_words == 100


def test_the_bundled_catalog_uses_the_mqm_weights():
    s = load_rules().scoring
    assert s.weights == {"minor": 1.0, "major": 5.0, "critical": 25.0}
    assert s.weight(Severity.MINOR, "fluency/punctuation") == 0.1
    assert s.per_words in (100, 1000)
    assert s.threshold > 0


# -- the loader rejects a bad scoring section, naming the key ------------------------------

@pytest.mark.parametrize("section,key", [
    ("scoring: {per_words: 500}", "scoring.per_words"),
    ("scoring: {threshold: -1}", "scoring.threshold"),
    ("scoring: {threshold: yes}", "scoring.threshold"),
    ("scoring: {weights: {minor: -1}}", "scoring.weights"),
    ("scoring: {weights: {minor: true}}", "scoring.weights"),
    ("scoring: {weights: {blocker: 3}}", "scoring.weights"),
    ("scoring: {category_weights: {fluency: 0.1}}", "scoring.category_weights"),
    ("scoring: {bonus: 1}", "scoring.bonus"),
    ("scoring: [1, 2]", "scoring"),
])
def test_bad_scoring_sections_are_rejected(tmp_path, section, key):
    with pytest.raises(RuleError) as info:
        catalog_with(tmp_path, section + "\n")
    assert info.value.key == key
    assert str(info.value).startswith(str(tmp_path / "rules.yaml"))


def test_penalty_adds_the_weights_in_finding_order_to_the_last_bit(mqm):
    # ``score`` weighs each (severity, category) once; the sum must be the finding-by-finding one
    kinds = [(Severity.MINOR, "fluency/punctuation"), (Severity.MAJOR, "accuracy/mistranslation"),
             (Severity.MINOR, "style/awkward"), (Severity.INFO, "style/awkward"), (Severity.CRITICAL, "accuracy")]
    findings = [Finding(rule="r", category=c, severity=s, message="m", start=i, end=i + 1, line=1, column=i + 1,
                        text="x") for i, (s, c) in enumerate(kinds * 37)]
    expected = round(sum(mqm.weight(f.severity, f.category) for f in findings), 4)
    assert score(findings, 1000, mqm)["penalty"] == expected
    assert score([], 1000, mqm)["penalty"] == 0
