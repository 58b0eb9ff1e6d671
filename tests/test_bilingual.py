"""Bilingual mode (issue 15): source loading, numbers, alignment, findings with source spans,
the CLI options. The multilingual encoder is a dependency of the package, so these run it."""
from __future__ import annotations

import json
import os
import shutil

import pytest
import yaml
from click.testing import CliRunner

from audit.bilingual.numbers import en_numbers, same, zh_numbers
from audit.bilingual.segment import zh_sentences
from audit.bilingual.source import find_source, source_for
from audit.cli import main
from audit.document import Document, load_document
from audit.schema import validate

DATA = os.path.join(os.path.dirname(__file__), "data", "bilingual")
ZH = os.path.join(DATA, "report.zh.txt")
EN = os.path.join(DATA, "report.en.txt")

ZH_NUMBERS = [
    ("新建5G基站3.5万个", "3.5万", 35_000),
    ("累计超过19万个", "19万", 190_000),
    ("投资十万亿元", "十万亿", 10_000_000_000_000),
    ("一亿五千万人", "一亿五千万", 150_000_000),
    ("两千三百万元", "两千三百万", 23_000_000),
    ("占百分之五", "百分之五", 5),
    ("增长12%", "12%", 12),
    ("二〇二〇年", "二〇二〇", 2020),
    ("1,200人", "1,200", 1200),
]


@pytest.mark.parametrize("text,span,value", ZH_NUMBERS)
def test_zh_numbers(text, span, value):
    nums = zh_numbers(text)
    assert [text[n.start:n.end] for n in nums] == [span]
    assert same(nums[0].values, frozenset([float(value)]))


def test_zh_ordinal_single_numeral_is_a_figure():
    assert [("第五名"[n.start:n.end], min(n.values)) for n in zh_numbers("第五名")] == [("五", 5.0)]


def test_en_ordinals_are_figures():
    text = "On the 10th, the 21st batch and the 3rd team; 5G and 10x are not."
    assert [text[n.start:n.end] for n in en_numbers(text)] == ["10th", "21st", "3rd"]
    assert same(en_numbers("the 10th")[0].values, zh_numbers("10日")[0].values)


def test_number_finding_names_the_nearest_source_figure(embed):
    from audit.bilingual.check import check_bilingual

    source = Document.from_text("国家统计局10日发布数据显示，5月份居民消费价格同比上涨0.2%。")
    english = "Data released by the statistics bureau on the 10th showed consumer prices rose 0.7% in May."
    found = [f for f in check_bilingual(Document.from_text(english), source, embed).findings
             if f.rule == "bilingual-number"]
    assert [(f.text, f.source[2]) for f in found] == [("0.7", "0.2%")]


@pytest.mark.parametrize("text", ["一些人", "一季度", "三思而行", "万一"])
def test_zh_single_numerals_are_words(text):
    assert zh_numbers(text) == []


def test_en_numbers_match_zh_scales():
    text = "35,000 stations, 1.5 billion people, 10 trillion yuan"
    nums = en_numbers(text)
    assert [text[n.start:n.end] for n in nums] == ["35,000", "1.5 billion", "10 trillion"]
    assert same(nums[0].values, zh_numbers("3.5万")[0].values)
    assert same(nums[1].values, zh_numbers("15亿")[0].values)
    assert same(nums[2].values, zh_numbers("十万亿")[0].values)
    assert not same(en_numbers("53,000")[0].values, zh_numbers("3.5万")[0].values)


def test_zh_sentences_spans():
    text = "第一句。第二句！“第三句？”\n标题\n"
    spans = zh_sentences(text)
    assert [text[s:e] for s, e in spans] == ["第一句。", "第二句！", "“第三句？”", "标题"]


@pytest.mark.parametrize("name,encoding", [("report.zh.txt", "utf-8"), ("report.zh.gb18030.txt", "gb18030"),
                                           ("report.zh.utf16.txt", "utf-16")])
def test_source_encodings(name, encoding):
    doc = load_document(os.path.join(DATA, name))
    assert doc.encoding == encoding
    assert doc.text == load_document(ZH).text


def test_source_layouts(tmp_path):
    (tmp_path / "corpus" / "brief").mkdir(parents=True)
    (tmp_path / "sources" / "brief").mkdir(parents=True)
    doc = tmp_path / "corpus" / "brief" / "a.txt"
    doc.write_text("x")
    (tmp_path / "sources" / "brief" / "a.txt").write_text("源")
    assert find_source(str(doc)) == str(tmp_path / "sources" / "brief" / "a.txt")
    assert find_source(str(tmp_path / "sources" / "brief" / "a.txt")) is None
    (tmp_path / "src" / "brief").mkdir(parents=True)
    (tmp_path / "src" / "brief" / "a.txt").write_text("源")
    assert source_for(str(doc), str(tmp_path / "corpus"), str(tmp_path / "src")) == str(tmp_path / "src" / "brief" / "a.txt")
    assert source_for(str(doc), str(tmp_path / "corpus"), str(tmp_path / "sources" / "none")) is None


@pytest.fixture(scope="module")
def embed():
    from audit.bilingual.encoder import load_embedder

    return load_embedder(use_cache=False).embed


def _check(english, embed):
    from audit.bilingual.check import check_bilingual

    return check_bilingual(Document.from_text(english), load_document(ZH), embed)


def _spans_hold(result, english, source):
    for f in result.findings:
        assert english[f.start:f.end] == f.text
        assert source[f.source[0]:f.source[1]] == f.source[2]


def test_clean_translation_has_no_findings(embed):
    english = load_document(EN).text
    result = _check(english, embed)
    assert result.findings == []
    assert [(p.src, p.eng) for p in result.pairs] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
    assert 0.3 < result.adequacy <= 1.0


def test_aligned_groups_carry_lexical_coverage(embed):
    english = load_document(EN).text
    clean = _check(english, embed).sentences
    assert all(0 <= g["uncovered"] <= g["source_words"] for g in clean)
    assert sum(g["uncovered"] for g in clean) <= 0.25 * sum(g["source_words"] for g in clean)
    # the last paragraph replaced by English about something else: its source words go uncovered
    paras = english.split("\n\n")
    paras[-1] = "The weather in the capital was mild and sunny for most of the week, forecasters said."
    changed = _check("\n\n".join(paras), embed).sentences
    assert changed[-1]["source_words"] == clean[-1]["source_words"]
    assert changed[-1]["uncovered"] >= clean[-1]["uncovered"] + 5


def test_changed_figure_is_a_number_finding(embed):
    english = load_document(EN).text.replace("35,000", "53,000")
    source = load_document(ZH).text
    result = _check(english, embed)
    assert [f.rule for f in result.findings] == ["bilingual-number"]
    f = result.findings[0]
    assert (f.text, f.category, f.start) == ("53,000", "accuracy/number", english.index("53,000"))
    assert f.source == (source.index("3.5万"), source.index("3.5万") + 4, "3.5万")
    _spans_hold(result, english, source)


def test_removed_paragraph_is_an_omission_with_its_source(embed):
    paras = load_document(EN).text.split("\n\n")
    english = "\n\n".join(paras[:1] + paras[2:])
    source = load_document(ZH).text
    result = _check(english, embed)
    omissions = [f for f in result.findings if f.category == "accuracy/omission"]
    assert len(omissions) == 1
    f = omissions[0]
    second = source.split("\n\n")[1]
    assert f.source[2] == second and f.source[0] == source.index(second)
    assert f.text == paras[0]  # reported after the sentence it follows
    _spans_hold(result, english, source)


def test_untranslated_sentence(embed):
    paras = load_document(EN).text.split("\n\n")
    zh_paras = load_document(ZH).text.split("\n\n")
    english = "\n\n".join(paras[:2] + [zh_paras[2]] + paras[3:])
    result = _check(english, embed)
    assert [f.rule for f in result.findings] == ["bilingual-untranslated"]
    assert result.findings[0].text == zh_paras[2]


# -- the command line ---------------------------------------------------------------------------
def test_check_with_source_reports_source_spans():
    result = CliRunner().invoke(main, ["check", EN, "--source", os.path.join(DATA, "report.zh.gb18030.txt"),
                                       "--format", "json", "--isolated", "--no-references"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    validate(report)
    doc = report["documents"][0]
    assert doc["source"]["encoding"] == "gb18030"
    assert doc["adequacy"]["sentences"] == 4 and doc["adequacy"]["omitted"] == 0
    assert [a["source"] for a in doc["adequacy"]["aligned"]][0] == [0, 31]


def test_check_with_source_number_finding_yaml(tmp_path):
    english = load_document(EN).text.replace("190,000", "290,000")
    path = tmp_path / "a.txt"
    path.write_text(english, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--source", ZH, "--isolated", "--no-references"])
    assert result.exit_code == 1, result.output
    report = yaml.safe_load(result.output)
    validate(report)
    (f,) = report["documents"][0]["findings"]
    source = load_document(ZH).text
    assert f["text"] == "290,000" and f["source"] == {"start": source.index("19万"), "end": source.index("19万") + 3,
                                                 "text": "19万"}


def test_text_view_prints_source_and_translation(tmp_path):
    english = load_document(EN).text.replace("35,000", "53,000")
    path = tmp_path / "a.txt"
    path.write_text(english, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--source", ZH, "--isolated", "--no-references",
                                       "--format", "text"])
    assert "»53,000«" in result.output
    assert "source: »3.5万«" in result.output
    assert "against source" in result.output


def test_sources_dir_maps_relative_paths(tmp_path):
    (tmp_path / "en" / "brief").mkdir(parents=True)
    (tmp_path / "zh" / "brief").mkdir(parents=True)
    shutil.copy(EN, tmp_path / "en" / "brief" / "a.txt")
    shutil.copy(ZH, tmp_path / "zh" / "brief" / "a.txt")
    shutil.copy(EN, tmp_path / "en" / "brief" / "b.txt")  # no source: checked as before
    result = CliRunner().invoke(main, ["check", str(tmp_path / "en"), "--sources", str(tmp_path / "zh"),
                                       "--format", "json", "--isolated", "--no-references"])
    assert result.exit_code == 0, result.output
    docs = {os.path.basename(d["path"]): d for d in json.loads(result.output)["documents"]}
    assert "source" in docs["a.txt"] and "adequacy" in docs["a.txt"]
    assert "source" not in docs["b.txt"] and "adequacy" not in docs["b.txt"]


def test_without_source_nothing_changes():
    plain = CliRunner().invoke(main, ["check", EN, "--format", "json", "--isolated", "--no-references"])
    doc = json.loads(plain.output)["documents"][0]
    assert "source" not in doc and "adequacy" not in doc
    assert all("source" not in f for f in doc["findings"])


@pytest.mark.parametrize("args,message", [
    (["--source", ZH, "--sources", DATA], "exclude each other"),
    (["--source", os.path.join(DATA, "missing.txt")], "no such file"),
    (["--sources", os.path.join(DATA, "missing")], "no such directory"),
])
def test_bad_source_options_are_usage_errors(args, message):
    result = CliRunner().invoke(main, ["check", EN, *args, "--isolated"])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_source_for_two_documents_is_refused():
    result = CliRunner().invoke(main, ["check", EN, EN, "--source", ZH, "--isolated"])
    assert result.exit_code == 2 and "--sources DIR" in result.output


def test_undecodable_source_is_a_warning(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    result = CliRunner().invoke(main, ["check", EN, "--source", str(bad), "--format", "json", "--isolated",
                                       "--no-references"])
    assert result.exit_code == 0
    doc = json.loads(result.output)["documents"][0]
    assert any("source" in w["message"] and "binary" in w["message"] for w in doc["warnings"])
    assert "adequacy" not in doc


def test_audit_uses_sources_beside_the_corpus(tmp_path):
    from audit.schema import validate as check_schema

    corpus = tmp_path / "corpus"
    (corpus / "brief").mkdir(parents=True)
    (tmp_path / "sources" / "brief").mkdir(parents=True)
    english = load_document(EN).text.replace("35,000", "53,000")
    (corpus / "brief" / "a.txt").write_text(english, encoding="utf-8")
    (corpus / "brief" / "b.txt").write_text(load_document(EN).text, encoding="utf-8")  # no source
    shutil.copy(os.path.join(DATA, "report.zh.utf16.txt"), tmp_path / "sources" / "brief" / "a.txt")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["audit", str(corpus), "-o", str(out), "--no-align", "--quiet",
                                       "--fail-on", "never", "--isolated"])
    assert result.exit_code == 0, result.output
    a = yaml.safe_load((out / "documents" / "brief" / "a.txt.yaml").read_text(encoding="utf-8"))
    b = yaml.safe_load((out / "documents" / "brief" / "b.txt.yaml").read_text(encoding="utf-8"))
    check_schema(a, "document")
    assert a["document"]["source"]["encoding"] == "utf-16"
    assert [f["text"] for f in a["document"]["findings"] if f["rule"] == "bilingual-number"] == ["53,000"]
    assert "source" not in b["document"] and "source_sha256" not in b["inputs"]
    summary = yaml.safe_load((out / "summary.yaml").read_text(encoding="utf-8"))
    check_schema(summary, "summary")
    assert [d.get("adequacy") is not None for d in sorted(summary["documents"], key=lambda d: d["path"])] == [True, False]

    # A second run reuses both reports (the one with a source too); a source added for b redoes b.
    def mtimes():
        return {n: (out / "documents" / "brief" / n).stat().st_mtime_ns for n in ("a.txt.yaml", "b.txt.yaml")}

    args = ["audit", str(corpus), "-o", str(out), "--no-align", "--quiet", "--fail-on", "never", "--isolated"]
    before = mtimes()
    assert CliRunner().invoke(main, args).exit_code == 0
    assert mtimes() == before
    shutil.copy(os.path.join(DATA, "report.zh.utf16.txt"), tmp_path / "sources" / "brief" / "b.txt")
    assert CliRunner().invoke(main, args).exit_code == 0
    after = mtimes()
    assert after["a.txt.yaml"] == before["a.txt.yaml"] and after["b.txt.yaml"] != before["b.txt.yaml"]
    b = yaml.safe_load((out / "documents" / "brief" / "b.txt.yaml").read_text(encoding="utf-8"))
    assert b["document"]["source"]["encoding"] == "utf-16" and "source_sha256" in b["inputs"]


def test_idiom_rendered_word_for_word_and_term_rendered_otherwise(embed):
    from audit.bilingual.check import check_bilingual

    english = load_document(os.path.join(DATA, "idiom.en.txt"))
    source = load_document(os.path.join(DATA, "idiom.zh.txt"))
    result = check_bilingual(english, source, embed)
    by_rule = {f.rule: f for f in result.findings}
    assert sorted(by_rule) == ["bilingual-idiom", "bilingual-term"]
    idiom = by_rule["bilingual-idiom"]
    assert idiom.text == "drawing a snake and adding feet"
    assert idiom.source == (19, 23, "画蛇添足")
    assert idiom.suggestion == "to ruin the effect by adding something superfluous"
    term = by_rule["bilingual-term"]  # 国务院新闻办公室 wins over the 国务院 inside it
    assert term.source == (0, 8, "国务院新闻办公室") and term.category == "terminology/inconsistent"
    assert "State Council Information Office" in term.message
    _spans_hold(result, english.text, source.text)


def test_added_sentence_is_an_addition(embed):
    paras = load_document(EN).text.split("\n\n")
    extra = "The reporter also visited a zoo in the suburbs where pandas were eating bamboo shoots all afternoon."
    english = "\n\n".join(paras[:2] + [extra] + paras[2:])
    source = load_document(ZH).text
    result = _check(english, embed)
    assert [f.rule for f in result.findings] == ["bilingual-addition"]
    f = result.findings[0]
    assert f.text == extra and f.category == "accuracy/addition" and f.start == english.index(extra)
    _spans_hold(result, english, source)


def test_audit_pairs_of_one_source_show_the_source(tmp_path):
    """Two translations of one source in a briefing: the audit's pair report gives each pair
    the source it renders, its HTML page shows it, and a changed source redoes the pair."""
    from audit.schema import validate as check_schema

    corpus = tmp_path / "corpus"
    (corpus / "brief").mkdir(parents=True)
    (tmp_path / "sources" / "brief").mkdir(parents=True)
    english = load_document(EN).text
    (corpus / "brief" / "a.txt").write_text(english, encoding="utf-8")
    (corpus / "brief" / "b.txt").write_text(english.replace("35,000", "53,000"), encoding="utf-8")
    for name in ("a.txt", "b.txt"):
        shutil.copy(ZH, tmp_path / "sources" / "brief" / name)
    out = tmp_path / "out"
    args = ["audit", str(corpus), "-o", str(out), "--quiet", "--fail-on", "never", "--isolated",
            "--cache-dir", str(tmp_path / "cache")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    (pair_file,) = list((out / "comparisons").rglob("*.yaml"))
    pair = yaml.safe_load(pair_file.read_text(encoding="utf-8"))
    check_schema(pair, "compare")
    source = load_document(ZH).text
    assert pair["source"]["sha256"] == pair["inputs"]["source_sha256"]
    spans = [p["source"] for p in pair["pairs"] if "source" in p]
    assert spans and all(source[s["start"]:s["end"]] == s["text"] for s in spans)
    html = CliRunner().invoke(main, args[:-2] + ["--cache-dir", str(tmp_path / "cache"), "--format", "html"])
    assert html.exit_code == 0, html.output
    pages = [p.read_text(encoding="utf-8") for p in out.rglob("*.html") if "compar" in str(p)]
    assert any(spans[0]["text"][:6] in page for page in pages)
    # one of the two sources changes: the pair no longer has one shared source, and is redone
    with open(tmp_path / "sources" / "brief" / "b.txt", "a", encoding="utf-8") as fh:
        fh.write("\n附记。\n")
    assert CliRunner().invoke(main, args).exit_code == 0
    pair = yaml.safe_load(pair_file.read_text(encoding="utf-8"))
    assert "source" not in pair and "source_sha256" not in pair["inputs"]
