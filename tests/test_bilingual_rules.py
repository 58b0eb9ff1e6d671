"""Bilingual findings as catalog rules (issue 15): selection, severities, baselines and
suppressions apply to them; names romanised two ways; gaps beside unmatched English; the
source in the HTML and compare views. The multilingual encoder is a package dependency, so
these run it (no on-disk cache)."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from audit import load_rules
from audit.bilingual.align import Pair
from audit.bilingual.check import _counterpart, _covered_by_neighbour, _held
from audit.bilingual.names import _match, _near, pinyin_keys
from audit.cli import main
from audit.document import load_document
from audit.engine import check_text
from audit.rules import RuleError
from audit.schema import validate

DATA = os.path.join(os.path.dirname(__file__), "data", "bilingual")
ZH = os.path.join(DATA, "report.zh.txt")
EN = os.path.join(DATA, "report.en.txt")
BASE = ["--isolated", "--no-references"]

NAME_ZH = "合肥教师许文杰获奖。评委会说，许文杰已执教三十年。许文杰感谢了他的学生。"
NAME_EN = ("Xu Wenjie, a teacher in Hefei, won the prize. The committee said {} had taught for thirty years. "
           "Xu Wenjie thanked his students.")


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _changed(tmp_path):
    return _write(tmp_path, "a.txt", load_document(EN).text.replace("35,000", "53,000"))


# -- the catalog --------------------------------------------------------------------------------
def test_every_bilingual_kind_has_one_rule_with_source_examples():
    from audit.detectors.bilingual import KINDS

    rules = [r for r in load_rules().rules if r.type == "bilingual"]
    assert sorted(r.params["kind"] for r in rules) == sorted(KINDS)
    for r in rules:
        assert all(ex.source for kind in ("flag", "pass") for ex in r.examples[kind]), r.id


def test_bilingual_rules_find_nothing_without_a_source():
    for rule in load_rules().rules:
        if rule.type == "bilingual":
            for ex in rule.examples["flag"]:
                assert check_text(ex.text, [rule]) == []


@pytest.mark.parametrize("body,key,reason", [
    ("kind: spelling\n    examples: {flag: [{text: a, source: 源}], pass: [{text: b, source: 源}]}", "kind", "unknown kind"),
    ("kind: number\n    examples: {flag: [a], pass: [{text: b, source: 源}]}", "examples.flag[0]", "needs a 'source'"),
    ("kind: number\n    examples: {flag: [{text: a, source: 源}], pass: [{text: b, source: ''}]}", "examples.pass[0].source",
     "non-empty string"),
])
def test_loader_rejects_bad_bilingual_rules(tmp_path, body, key, reason):
    path = tmp_path / "rules.yaml"
    path.write_text("rules:\n  - id: b\n    type: bilingual\n    category: accuracy/number\n    severity: major\n"
                    "    message: '{detail}'\n    description: d\n    " + body + "\n", encoding="utf-8")
    with pytest.raises(RuleError) as exc:
        load_rules(str(path))
    assert exc.value.rule == "b" and exc.value.key == key and reason in str(exc.value)


def test_explain_prints_the_example_sources():
    result = CliRunner().invoke(main, ["rules", "--explain", "bilingual-number"])
    assert result.exit_code == 0
    assert "source: 今年一季度，全国新建5G基站3.5万个，累计超过19万个。" in result.output


# -- selection, severities, baselines, suppressions ---------------------------------------------
def _findings(args):
    result = CliRunner().invoke(main, ["check", *args, "--format", "json", *BASE])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)["documents"][0]


def test_ignore_and_select_apply_to_bilingual_rules(tmp_path):
    path = _changed(tmp_path)
    doc = _findings([path, "--source", ZH])
    assert [f["rule"] for f in doc["findings"]] == ["bilingual-number"]
    assert _findings([path, "--source", ZH, "--ignore", "bilingual-number"])["findings"] == []
    assert _findings([path, "--source", ZH, "--ignore", "accuracy/number"])["findings"] == []
    only = _findings([path, "--source", ZH, "--select", "bilingual"])
    assert [f["rule"] for f in only["findings"]] == ["bilingual-number"]
    assert "adequacy" in _findings([path, "--source", ZH, "--ignore", "bilingual"])  # the score stays


def test_severity_override_and_gate(tmp_path, monkeypatch):
    path = _changed(tmp_path)
    (tmp_path / "mtaudit.yaml").write_text("severity: {bilingual-number: minor}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the config is found from here
    result = CliRunner().invoke(main, ["check", path, "--source", ZH, "--format", "json", "--no-references"])
    assert result.exit_code == 0, result.output  # minor does not fail the default gate
    (f,) = json.loads(result.output)["documents"][0]["findings"]
    assert f["severity"] == "minor" and f["source"]["text"] == "3.5万"


def test_baseline_hides_bilingual_findings(tmp_path):
    path = _changed(tmp_path)
    baseline = str(tmp_path / "baseline.yaml")
    wrote = CliRunner().invoke(main, ["check", path, "--source", ZH, *BASE, "--write-baseline", baseline])
    assert wrote.exit_code == 0, wrote.output
    doc = _findings([path, "--source", ZH, "--baseline", baseline])
    assert doc["findings"] == [] and doc["hidden"] == {"baseline": 1}


def test_inline_suppression_applies(tmp_path):
    english = load_document(EN).text.replace("35,000", "53,000")
    md = "<!-- mtaudit-disable bilingual-number -->\n" + english
    path = _write(tmp_path, "a.md", md)
    doc = _findings([path, "--source", ZH])
    assert doc["findings"] == [] and doc["hidden"] == {"inline": 1}


def test_bilingual_findings_do_not_swallow_surface_findings(tmp_path):
    """A sentence-wide bilingual finding and a surface finding inside it both stand."""
    english = load_document(EN).text.replace("35,000", "53,000").replace("were built", "were were built")
    doc = _findings([_write(tmp_path, "a.txt", english), "--source", ZH])
    rules = sorted(f["rule"] for f in doc["findings"])
    assert "bilingual-number" in rules and len(rules) >= 2


# -- names --------------------------------------------------------------------------------------
def test_pinyin_keys_from_cedict():
    assert "xuwenjie" in pinyin_keys("许文杰")
    assert {"lu", "lv"} <= pinyin_keys("吕")
    assert pinyin_keys("许x") == frozenset()


@pytest.mark.parametrize("words,how", [
    (["xu", "wenjie"], "exact"), (["xu", "wenjie"], "exact"), (["wenjie", "xu"], "variant"),
    (["xu", "wenjia"], "variant"), (["xu", "wenjieh"], "variant"), (["xu", "wenjiaa"], None), (["zhang", "wei"], None),
])
def test_name_matching(words, how):
    assert _match(pinyin_keys("许文杰"), words) == how


def test_near_needs_six_letters():
    assert _near("taoqing", "taoqin") and not _near("lina", "linan")


def _names(english, source=NAME_ZH):
    rule = load_rules().get("bilingual-name")
    return check_text(english, [rule], source=source)


@pytest.mark.parametrize("other", ["Xu Wenjia", "Xu Wen-jie", "Wenjie Xu"])
def test_name_spelt_two_ways(other):
    english = NAME_EN.format(other)
    (f,) = _names(english)
    assert (f.text, f.start) == (other, english.index(other))
    assert f.source == (NAME_ZH.index("许文杰", 10), NAME_ZH.index("许文杰", 10) + 3, "许文杰")
    assert f.suggestion == "Xu Wenjie" and "'Xu Wenjie' elsewhere (line 1)" in f.message


def test_name_spelt_one_way_or_not_a_name():
    assert _names(NAME_EN.format("Xu Wenjie")) == []
    assert _names(NAME_EN.format("he")) == []  # one spelling only
    # the source run is no name: no English spells its pinyin, however the words differ
    assert _names("The teacher won the prize. He had taught for years. The teacher thanked them.",
                  "教师获奖。他执教多年。教师感谢了他们。") == []


# -- gaps beside unmatched English --------------------------------------------------------------
def test_short_unmatched_english_is_no_counterpart():
    src = Pair((0,), ())
    laughter = Pair((), (0,))
    assert not _counterpart([laughter], src, slens=[40], elens=[10])   # "(Laughter)" for 40 characters
    assert _counterpart([laughter], src, slens=[40], elens=[110])
    assert not _counterpart([Pair((1,), (1,))], src, slens=[40, 5], elens=[110, 5])


def test_unmatched_english_holds_only_what_its_length_allows():
    eng = [Pair((), (0,))]
    assert _held(eng, [0, 1], slens=[20, 20], elens=[60]) == 1
    assert _held(eng, [0, 1], slens=[20, 20], elens=[130]) == 2


def test_a_neighbour_too_short_for_the_gap_does_not_cover_it():
    import numpy as np

    v = np.eye(3, dtype=np.float32)
    same = np.stack([v[0], v[0], v[0]])  # every sentence says the same: similarity never drops
    pairs = [Pair((0,), (0,), 1.0), Pair((1,), ())]
    # the English (124 letters) is long enough for both sentences (20 + 20 characters) ...
    assert _covered_by_neighbour(pairs, 1, 1, [1], same, same[:1], slens=[20, 20], elens=[124])
    # ... not for 20 + 60, however alike the vectors
    assert not _covered_by_neighbour(pairs, 1, 1, [1], same, same[:1], slens=[20, 60], elens=[124])


def test_unmatched_english_beside_two_omitted_sentences(tmp_path):
    """Unrelated English in place of one sentence is a mistranslation; the next sentence, also
    gone, is still an omission."""
    paras = load_document(EN).text.split("\n\n")
    junk = "Subscribe today for unlimited access to our archive and weekly newsletters."
    english = "\n\n".join([paras[0], junk, paras[3]])
    doc = _findings([_write(tmp_path, "a.txt", english), "--source", ZH])
    by_rule = {f["rule"]: f for f in doc["findings"]}
    assert by_rule["bilingual-unrelated"]["text"] == junk
    assert by_rule["bilingual-omission"]["source"]["text"] == load_document(ZH).text.split("\n\n")[2]


# -- views --------------------------------------------------------------------------------------
def test_html_check_page_shows_the_source(tmp_path):
    path = _changed(tmp_path)
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["check", path, "--source", ZH, "--format", "html", "-o", str(out), *BASE])
    assert result.exit_code == 1, result.output
    page = out.read_text(encoding="utf-8")
    assert '<details class="source" open>' in page
    assert 'data-severity="major" title="bilingual-number:' in page and ">3.5万</mark>" in page
    assert 'source: <q lang="zh">3.5万</q>' in page


def test_html_check_page_without_source_is_unchanged(tmp_path):
    out = tmp_path / "r.html"
    CliRunner().invoke(main, ["check", EN, "--format", "html", "-o", str(out), *BASE])
    page = out.read_text(encoding="utf-8")
    assert 'class="source"' not in page and "against source" not in page


def test_compare_with_source(tmp_path):
    b = _changed(tmp_path)
    out = tmp_path / "c.json"
    result = CliRunner().invoke(main, ["compare", EN, b, "--source", ZH, "--format", "json", "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    validate(report, "compare")
    source = load_document(ZH).text
    assert report["source"]["path"].endswith("report.zh.txt")
    for p in report["pairs"]:
        s = p["source"]
        assert source[s["start"]:s["end"]] == s["text"]
    number = next(p for p in report["pairs"] if "35,000" in p["a"]["text"])
    assert number["source"]["text"] == "今年一季度，全国新建5G基站3.5万个，累计超过19万个。"
    text = CliRunner().invoke(main, ["compare", EN, b, "--source", ZH, "--format", "text", "--no-cache"])
    assert "  ZH         今年一季度，全国新建5G基站3.5万个" in text.output
    html = CliRunner().invoke(main, ["compare", EN, b, "--source", ZH, "--format", "html", "--no-cache"])
    assert 'source: <q lang="zh">今年一季度' in html.output


def test_compare_without_source_has_none(tmp_path):
    b = _changed(tmp_path)
    result = CliRunner().invoke(main, ["compare", EN, b, "--format", "json", "--no-cache"])
    report = json.loads(result.output)
    assert "source" not in report and all("source" not in p for p in report["pairs"])


def test_compare_missing_source_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["compare", EN, EN, "--source", str(tmp_path / "none.txt"), "--no-cache"])
    assert result.exit_code != 0 and "none.txt" in result.output and "Traceback" not in result.output


def test_one_span_one_finding_with_the_monolingual_name_rule(tmp_path):
    """'Wenjie Xu' beside 'Xu Wenjie': the monolingual name-order rule and bilingual-name see the
    same span; the catalog reports it once."""
    english = NAME_EN.format("Wenjie Xu")
    doc = _findings([_write(tmp_path, "a.txt", english), "--source", _write(tmp_path, "zh.txt", NAME_ZH)])
    at = [f for f in doc["findings"] if f["text"] == "Wenjie Xu"]
    assert len(at) == 1
    other = _findings([_write(tmp_path, "b.txt", NAME_EN.format("Xu Wenjia")), "--source", str(tmp_path / "zh.txt")])
    assert [f["rule"] for f in other["findings"] if f["text"] == "Xu Wenjia"] == ["bilingual-name"]
