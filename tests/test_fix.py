"""`mtaudit fix` and its pure core, audit.fixes."""
from __future__ import annotations

import os
import shutil
import stat
from collections import Counter

import pytest

from audit import load_rules
from audit.cli import main
from audit.engine import check_text
from audit.findings import Finding, Severity
from audit.fixes import apply_fixes, fix_text, safe_rules
from audit.rules import RuleError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BRIEFING = os.path.join(ROOT, "corpus", "2020-05-20-scio-new-infrastructure")
CATALOG = load_rules()
SAFE = sorted(safe_rules(CATALOG))


def _f(start, end, suggestion, text, rule="r"):
    return Finding(rule, "fluency", Severity.MINOR, "m", start, end, 1, start + 1, text[start:end], suggestion)


def _check(text):
    return check_text(text, CATALOG)


# ------------------------------------------------------------------ the pure core
def test_overlapping_fixes_apply_one_at_a_time():
    text = "abcdef"
    result = apply_fixes(text, [_f(1, 4, "X", text), _f(2, 5, "Y", text), _f(5, 6, "", text)])
    assert result.text == "aXe"
    assert [s.finding.suggestion for s in result.skipped] == ["Y"]
    assert "overlaps" in result.skipped[0].reason


def test_unsafe_rules_and_missing_suggestions_are_left_alone():
    text = "abcdef"
    result = apply_fixes(text, [_f(0, 1, "A", text, "safe"), _f(1, 2, "B", text, "other"),
                                _f(2, 3, None, text, "safe")], rules={"safe"})
    assert result.text == "Abcdef"


def test_a_fix_that_draws_a_new_finding_is_not_applied():
    text = "one two"

    def check(t):
        return [_f(t.index("bad"), t.index("bad") + 3, None, t, "new")] if "bad" in t else []

    result = apply_fixes(text, [_f(0, 3, "bad", text), _f(4, 7, "TWO", text)], check=check)
    assert result.text == "one TWO"
    assert len(result.skipped) == 1 and "new" in result.skipped[0].reason


def test_fix_text_reaches_a_fixed_point():
    text = "Firms on the white list?. They will get loans first.Fine ."
    once = fix_text(text, _check, SAFE)
    assert once.changed
    again = fix_text(once.text, _check, SAFE)
    assert again.text == once.text and not again.applied


# ------------------------------------------------------------------ every safe rule on its examples
SAFE_EXAMPLES = [(rule.id, ex) for rule in CATALOG.rules if rule.safe_fix for ex in rule.examples["flag"]]


def test_the_catalog_marks_the_safe_rules():
    assert {"stray-punctuation", "date-comma-space", "glossary-form", "hundred-million-calque",
            "digit-grouping"} <= set(SAFE)
    assert "mt-literal-idioms" not in SAFE


@pytest.mark.parametrize("rule_id,example", SAFE_EXAMPLES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(SAFE_EXAMPLES)])
def test_each_safe_rule_fixes_its_examples(rule_id, example):
    text = example.text
    before = [f for f in _check(text) if f.rule == rule_id]
    result = fix_text(text, _check, {rule_id})
    if example.has_fix and example.fix is None:  # the rule offers no suggestion here
        assert result.text == text
        return
    if not any(f.suggestion is not None for f in before):  # flagged without a suggestion: left as it is
        assert result.text == text and not result.applied  # (or another rule holds the span)
        return
    if example.has_fix:
        assert result.text == example.fix, f"wrong fix in {rule_id}: {text!r}"
    assert result.applied and not result.skipped, f"{rule_id}: {result.skipped}"
    after = _check(result.text)
    assert not [f for f in after if f.rule == rule_id and f.suggestion is not None]
    assert fix_text(result.text, _check, {rule_id}).text == result.text


def test_examples_with_pinned_fixes_exist_for_most_safe_rules():
    pinned = {r for r, ex in SAFE_EXAMPLES if ex.has_fix and ex.fix is not None}
    assert len(pinned) >= len(SAFE) // 2


# ------------------------------------------------------------------ loader
def test_bad_fix_value_is_one_line_rule_error(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text("""rules:
  - id: x
    type: pattern
    pattern: "foo"
    category: fluency
    severity: minor
    message: m
    description: d
    fix: always
    examples: {flag: ["foo"], pass: ["bar"]}
""", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules(str(rules))
    assert "rule 'x': key 'fix'" in str(info.value) and "\n" not in str(info.value)


# ------------------------------------------------------------------ the command
@pytest.fixture
def briefing_copy(tmp_path):
    out = tmp_path / "briefing"
    shutil.copytree(BRIEFING, out)
    return out


def _texts(folder):
    return {p: open(os.path.join(folder, p), encoding="utf-8").read() for p in sorted(os.listdir(folder))
            if p.endswith(".txt")}


def test_fix_write_on_the_corpus_removes_every_safe_finding_and_is_idempotent(runner, briefing_copy):
    files = [str(briefing_copy / p) for p in _texts(briefing_copy)]
    os.chmod(files[0], 0o640)
    before = {p: _check(t) for p, t in _texts(briefing_copy).items()}
    assert sum(1 for fs in before.values() for f in fs if f.rule in SAFE and f.suggestion is not None) >= 5
    r = runner.invoke(main, ["fix", "--write", "--isolated", *files])
    assert r.exit_code in (0, 1), r.output
    assert "Traceback" not in r.output
    fixed = _texts(briefing_copy)
    for path, text in fixed.items():
        after = _check(text)
        assert not [f for f in after if f.rule in SAFE], path
        # nothing new: every remaining finding was there before (its text may hold a fix)
        old = Counter(f.rule for f in before[path])
        new = Counter(f.rule for f in after)
        assert not (new - old), path
    assert stat.S_IMODE(os.stat(files[0]).st_mode) == 0o640
    r2 = runner.invoke(main, ["fix", "--write", "--isolated", *files])
    assert _texts(briefing_copy) == fixed
    assert "fixed 0 findings" in r2.output
    assert not [n for n in os.listdir(briefing_copy) if n.startswith(".mtaudit-")]


def test_fix_diff_is_the_default_and_leaves_files_alone(runner, briefing_copy):
    original = _texts(briefing_copy)
    path = str(briefing_copy / "smm-wen-ku-digital-infrastructure.txt")
    r = runner.invoke(main, ["fix", "--isolated", path])
    assert _texts(briefing_copy) == original
    assert "-May 21,2020 11:55CST" in r.output and "+May 21, 2020 11:55 CST" in r.output
    assert "construction.?. Thank" in r.output and "construction. Thank" in r.output
    assert r.exit_code == 1  # as check: findings of major severity remain


def test_fix_unsafe_fixes_applies_more(runner, briefing_copy):
    path = str(briefing_copy / "smm-wen-ku-digital-infrastructure.txt")
    safe = runner.invoke(main, ["fix", "--isolated", path]).output
    unsafe = runner.invoke(main, ["fix", "--isolated", "--unsafe-fixes", path]).output
    assert unsafe.count("\n+") > safe.count("\n+")


def test_fix_exit_codes(runner, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("The minister spoke on May 21, 2020.\n", encoding="utf-8")
    r = runner.invoke(main, ["fix", "--isolated", str(clean)])
    assert r.exit_code == 0 and r.output.count("---") == 0
    fixable = tmp_path / "fixable.txt"
    fixable.write_text("The minister spoke on May 21,2020.\n", encoding="utf-8")
    r = runner.invoke(main, ["fix", "--isolated", "--write", str(fixable)])
    assert r.exit_code == 0
    assert fixable.read_text(encoding="utf-8") == "The minister spoke on May 21, 2020.\n"
    r = runner.invoke(main, ["fix", "--isolated", str(tmp_path / "missing.txt")])
    assert r.exit_code == 2 and "Traceback" not in r.output


# ------------------------------------------------------------------ invariants for any text
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@st.composite
def _fix_case(draw):
    text = draw(st.text(alphabet="ab .,?\n😀", max_size=30))
    n = len(text)
    raw = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n), st.sampled_from(["", "X", "YY", None])),
                        max_size=6))
    return text, [_f(min(s, e), max(s, e), sug, text) for s, e, sug in raw]


@settings(max_examples=300, deadline=None)
@given(_fix_case())
def test_applied_fixes_never_overlap_and_splice_exactly(case):
    text, findings = case
    result = apply_fixes(text, findings)
    spans = [(f.start, f.end) for f in result.applied]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] and (a != b or a[0] != a[1]) for a, b in zip(spans, spans[1:]))
    expected, cursor = [], 0
    for f in result.applied:
        expected += [text[cursor:f.start], f.suggestion]
        cursor = f.end
    assert result.text == "".join(expected) + text[cursor:]
    for f in result.applied:
        assert f.suggestion is not None and text[f.start:f.end] == f.text


def test_fix_write_through_a_symlink_changes_the_target(runner, tmp_path):
    target = tmp_path / "real.txt"
    target.write_text("The minister spoke on May 21,2020.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    r = runner.invoke(main, ["fix", "--isolated", "--write", str(link)])
    assert r.exit_code == 0, r.output
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == "The minister spoke on May 21, 2020.\n"


def test_fix_write_keeps_the_encoding(runner, tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes("北京消息: the minister spoke on May 21,2020 about the plan for the city.\n".encode("gb18030"))
    r = runner.invoke(main, ["fix", "--isolated", "--write", "--select", "date-comma-space", str(path)])
    assert r.exit_code in (0, 1), r.output
    data = path.read_bytes()
    assert data.decode("gb18030") == "北京消息: the minister spoke on May 21, 2020 about the plan for the city.\n"


def test_fix_reads_standard_input(runner):
    r = runner.invoke(main, ["fix", "--isolated", "--write", "-"], input="It was May 21,2020 in Beijing.\n")
    assert r.exit_code == 0
    assert r.stdout == "It was May 21, 2020 in Beijing.\n"
    r = runner.invoke(main, ["fix", "--isolated", "-", "--stdin-filename", "brief.txt"], input="It was May 21,2020.\n")
    assert "--- a/brief.txt" in r.stdout and "+It was May 21, 2020." in r.stdout
