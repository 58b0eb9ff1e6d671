"""The aligner as a library: units, pairs, divergences, caching, the report. No torch here:
a tiny bag-of-words model stands in for the sentence encoder, so these tests check the
alignment logic itself, fast. tests/test_compare_cli.py runs the real MiniLM once."""
import os
import re
import subprocess
import sys
import zlib

import numpy as np
import pytest
import yaml
from hypothesis import given, settings as hsettings, strategies as st

from audit.align import (
    SCHEMA_VERSION, Alignment, Pair, Settings, Span, align_documents, build_report, build_side,
    char_ngram_matrix, compare, extract_names, find_dateline, find_divergences, split_clauses,
)
from audit.document import Document
from audit.embeddings import Embedder, EmbeddingCache
from audit.findings import Finding, Severity
from audit.schema import validate

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "is", "was", "were", "will", "by", "for", "it", "its",
         "that", "this", "they", "their", "at", "with", "be", "has", "have", "said", "over", "also"}


class FakeModel:
    """Bag of content words hashed into 256 dimensions: same words, same direction. Counts
    its calls so tests can see what the cache saved."""

    def __init__(self, model_id="fake-bow@1"):
        self.id = model_id
        self.calls = 0
        self.texts = 0

    def encode(self, texts):
        self.calls += 1
        self.texts += len(texts)
        out = np.zeros((len(texts), 256), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                if word not in _STOP:
                    out[row, zlib.crc32(word.rstrip("s").encode()) % 256] += 1.0
        return out

    def describe(self):
        return {"id": self.id}


def embedder(model=None, cache_dir=None):
    model = model or FakeModel()
    cache = EmbeddingCache(str(cache_dir)) if cache_dir else None
    return Embedder(model.encode, model.id, cache, model.describe())


def doc(text, path="<t>"):
    return Document.from_text(text, path=path)


def pair_texts(result):
    return [(" ".join(p.a.text.split()), " ".join(p.b.text.split())) for p in result.pairs]


# ------------------------------------------------------------------------------ units
def test_split_clauses_keeps_exact_offsets_and_short_pieces_joined():
    text = ("As we often say, investment goes to 5G, fibre, cloud and data centres, which the "
            "report said would grow in order to support the economy.")
    spans = split_clauses(text, 0, len(text), 3)
    pieces = [text[s:e] for s, e in spans]
    assert pieces == ["As we often say,", "investment goes to 5G,", "fibre, cloud and data centres,",
                      "which the report said would grow", "in order to support the economy."]
    short = "  One, two, three."
    assert [short[s:e] for s, e in split_clauses(short, 2, len(short), 3)] == ["One, two, three."]


def test_build_side_units_and_exclusions():
    text = ("Short opening line here.\n"
            "The ministry said it will accelerate the construction of 5G networks and data centres, "
            "promote gigabit fibre, and build an information superhighway across the whole country. "
            "A second sentence follows.\n\nFor queries, please contact x@example.com\n")
    d = doc(text)
    contact = text.index("For queries")
    side = build_side(d, [(contact, contact + 10)], Settings())
    kinds = {u.kind for u in side.units}
    assert kinds == {"sentence", "clause", "sentences"}
    assert [d.text[s:e] for s, e in side.excluded] == ["For queries, please contact x@example.com"]
    assert all(u.start >= 0 and u.end <= len(text) for u in side.units)
    assert not any(u.start >= contact for u in side.units)


# ---------------------------------------------------------------------------- alignment
A_TEXT = """Officials opened the new railway bridge across the river on Monday.
The bridge cost 120 million yuan and took three years to build.
Local farmers expect the crossing to cut their travel time to the market.
"""
B_TEXT = """Farmers in the area expect the crossing to cut travel time to the market.
Weather forecasters expect heavy snow in the northern provinces next week.
The new railway bridge over the river was opened by officials on Monday.
"""


def test_pairs_found_in_any_order_and_the_rest_unaligned():
    result = align_documents(doc(A_TEXT), doc(B_TEXT), embedder())
    assert pair_texts(result) == [
        ("Officials opened the new railway bridge across the river on Monday.",
         "The new railway bridge over the river was opened by officials on Monday."),
        ("Local farmers expect the crossing to cut their travel time to the market.",
         "Farmers in the area expect the crossing to cut travel time to the market."),
    ]
    assert [u.span.text for u in result.unaligned_a] == ["The bridge cost 120 million yuan and took three years to build."]
    assert [u.span.text for u in result.unaligned_b] == ["Weather forecasters expect heavy snow in the northern provinces next week."]
    assert all(u.reason == "no counterpart" for u in result.unaligned_a + result.unaligned_b)


def test_one_sentence_against_two_consecutive_sentences():
    a = doc("The company hired 300 workers and opened a second factory in Wuhan last spring.\n")
    b = doc("Nothing about the weather was said.\n\n"
            "The company hired 300 workers last spring. It also opened a second factory in Wuhan.\n")
    result = align_documents(a, b, embedder())
    assert len(result.pairs) == 1
    p = result.pairs[0]
    assert (p.a_kind, p.b_kind) == ("sentence", "sentences")
    assert p.b.text == "The company hired 300 workers last spring. It also opened a second factory in Wuhan."


def test_a_clause_of_a_long_sentence_pairs_when_only_it_is_shared():
    a = doc("Speaking at the annual meeting in Geneva on Tuesday, the minister said the government "
            "will accelerate the digital transformation of traditional industries, while critics "
            "pointed to the rising cost of housing in large cities.\n")
    b = doc("Football fans celebrated the victory late into the night.\n"
            "The government will accelerate the digital transformation of traditional industries.\n")
    result = align_documents(a, b, embedder())
    assert len(result.pairs) == 1
    p = result.pairs[0]
    assert p.a_kind == "clause" and p.label == "partial"
    assert "digital transformation of traditional industries" in p.a.text
    assert "housing" not in p.a.text and "Geneva" not in p.a.text
    leftover = " ".join(u.span.text for u in result.unaligned_a)
    assert "housing" in leftover


def test_identical_sentence_is_equivalent_and_scores_are_reported():
    a = doc("The port handled record cargo volumes in the first quarter of the year.\n")
    b = doc("The port handled record cargo volumes in the first quarter of the year.\n")
    (p,) = align_documents(a, b, embedder()).pairs
    assert p.label == "equivalent" and p.similarity == pytest.approx(1.0, abs=1e-4)
    assert p.chrf == pytest.approx(100.0)


def test_unrelated_documents_give_no_pairs():
    a = doc("The orchestra played Beethoven's ninth symphony to a full hall.\n")
    b = doc("Rainfall in the delta was twice the seasonal average this month.\n")
    result = align_documents(a, b, embedder())
    assert result.pairs == []
    assert len(result.unaligned_a) == len(result.unaligned_b) == 1


def test_threshold_controls_how_much_pairs():
    loose = align_documents(doc(A_TEXT), doc(B_TEXT), embedder(), Settings(threshold=0.5, min_similarity=0.0))
    strict = align_documents(doc(A_TEXT), doc(B_TEXT), embedder(), Settings(threshold=50))
    assert len(strict.pairs) == 0 < len(loose.pairs)


def test_short_units_never_pair_on_their_own():
    result = align_documents(doc("Thanks.\n"), doc("Thanks.\n"), embedder())
    assert result.pairs == []


def test_boilerplate_never_aligns_even_when_identical(catalog):
    contact = "For queries, please contact Frank LIU at liuxiaolei@smm.cn"
    promo = "Click to register: \"2020 China International Nickel, Cobalt and Lithium Summit Forum\""
    a = doc(A_TEXT + "\n" + promo + "\n\n" + contact + "\n")
    b = doc(B_TEXT + "\n" + contact + "\n\n" + promo + "\n")
    result = compare(a, b, embedder(), catalog)
    paired = " ".join(p.a.text + p.b.text for p in result.pairs)
    assert "contact" not in paired and "register" not in paired
    boiler_a = {u.span.text: u.rule for u in result.unaligned_a if u.reason == "boilerplate"}
    boiler_b = {u.span.text for u in result.unaligned_b if u.reason == "boilerplate"}
    assert set(boiler_a) == boiler_b == {contact, promo}
    assert all(boiler_a.values())   # the rule that matched is named


SENTENCES = [
    "The ministry will accelerate the construction of 5G networks.",
    "Officials opened a new bridge across the river on Monday.",
    "Farmers expect the crossing to cut travel time to market.",
    "Heavy snow is expected in the northern provinces next week.",
    "Exports of electric vehicles rose sharply in the first quarter.",
    "The central bank left interest rates unchanged.",
    "Tourism recovered as cloud travel and live streaming became popular.",
    "Wen Ku said the focus is on digital infrastructure.",
]


@hsettings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
       st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6),
       st.sampled_from(["\n", " ", "\r\n", "\n\n"]))
def test_spans_are_exact_and_never_overlap(sa, sb, sep):
    a, b = doc(sep.join(sa) + sep), doc(sep.join(sb) + sep)
    result = align_documents(a, b, embedder())
    for d, spans in ((a, [p.a for p in result.pairs] + [u.span for u in result.unaligned_a]),
                     (b, [p.b for p in result.pairs] + [u.span for u in result.unaligned_b])):
        spans = sorted(spans, key=lambda s: s.start)
        for s in spans:
            assert s.text == d.text[s.start:s.end] and s.text
        for x, y in zip(spans, spans[1:]):
            assert x.end <= y.start


# ---------------------------------------------------------------------------- divergences
def one_pair(text_a, text_b, path_a="<a>", path_b="<b>"):
    a, b = doc(text_a, path_a), doc(text_b, path_b)
    pa, pb = a.sentences[-1], b.sentences[-1]
    pair = Pair(Span.of(a, *pa), Span.of(b, *pb), "sentence", "sentence", 0.9, 2.0, 50.0, "equivalent")
    return Alignment(a, b, [pair], [], [])


DIVERGENCES = [
    # (kind, text a, text b, span a, span b)
    ("name", "Wen Ku said the plan would go ahead.", "Wen ku said that the plan would go ahead.",
     "Wen Ku", "Wen ku"),
    ("term", "He spoke at the Information Office of the State Council on Tuesday.",
     "He spoke at the State Council Information Office on Tuesday.",
     "Information Office of the State Council", "State Council Information Office"),
    ("number", "There are more than 70 platforms in the industrial Internet field.",
     "There are more than 60 platforms in the industrial Internet field.", "70", "60"),
    ("number", "Sales rose 12 percent in April.", "Sales rose 15% in April.", "12 percent", "15%"),
    ("number", "Two hundred million students studied online.", "In all, 300 million students studied online.",
     "Two hundred million", "300 million"),
    ("date", "The meeting was held on May 20 in Beijing.", "The meeting was held on May 21 in Beijing.",
     "May 20", "May 21"),
    ("date", "May 21, 2020 11:55 CST\n\nAt a press conference held today, he spoke.",
     "At a press conference held on May 20, he spoke.", "today", "May 20"),
    ("number", "The briefing started at 10:30 a.m. sharp.", "The briefing started at 11:30 a.m. sharp.",
     "10:30 a.m.", "11:30 a.m."),
]


@pytest.mark.parametrize("kind,text_a,text_b,want_a,want_b", DIVERGENCES)
def test_divergence_kinds(kind, text_a, text_b, want_a, want_b):
    alignment = one_pair(text_a, text_b)
    found = [d for d in find_divergences(alignment) if d.kind == kind]
    assert [(d.a.text, d.b.text) for d in found] == [(want_a, want_b)]
    d = found[0]
    assert alignment.doc_a.text[d.a.start:d.a.end] == d.a.text
    assert alignment.doc_b.text[d.b.start:d.b.end] == d.b.text
    assert d.message and d.pair == 0


NO_DIVERGENCE = [
    ("Wen Ku, director of the Department of Information and Communication Development, spoke.",
     "Mr. Wen Ku, director of the Department of Information and Communication Development, said so."),
    ("We will speed up 5G application from 2C to 2B.", "We will speed up 4G and 5G use from 2C to 2B."),
    ("Leaders of the 20 countries met online.", "200 million teachers and students stayed home."),
    ("Two hundred million students studied online.", "Some 200 million students studied online."),
    ("At a press conference held today, he spoke.", "At a press conference held on May 20, he spoke."),  # no dateline
    ("The Ministry of Industry and Information Technology said so.", "The Ministry of Industry and Information Technology agreed."),
]


@pytest.mark.parametrize("text_a,text_b", NO_DIVERGENCE)
def test_no_divergence_where_the_renderings_agree(text_a, text_b):
    assert find_divergences(one_pair(text_a, text_b)) == []


def _finding(d, needle, rule="demo-rule", suggestion=None, severity=Severity.MINOR):
    start = d.text.index(needle)
    line, col = d.line_col(start)
    return Finding(rule, "fluency/grammar", severity, f"Flagged '{needle}'", start, start + len(needle),
                   line, col, needle, suggestion, "")


def test_finding_on_one_side_where_the_other_reads_cleanly():
    alignment = one_pair("Operators have reduced and reduced phone charges for students.",
                         "Operators have reduced phone charges for students.")
    f = _finding(alignment.doc_a, "reduced and reduced", "coordinated-repetition", suggestion="reduced")
    (d,) = find_divergences(alignment, [f], [])
    assert d.kind == "finding" and d.rule == "coordinated-repetition"
    assert d.a.text == "reduced and reduced" and d.b.text == "reduced"
    assert "B reads cleanly" in d.message


def test_finding_on_the_b_side_points_at_the_a_rendering():
    alignment = one_pair("Wen Ku said that the next step is clear.", "Wen ku said that the next step is clear.")
    f = _finding(alignment.doc_b, "Wen ku", "name-case-variant", suggestion="Wen Ku")
    found = find_divergences(alignment, [], [f])
    # The name divergence and the finding coincide: one entry, carrying the rule id.
    assert [(d.kind, d.rule, d.a.text, d.b.text) for d in found] == [("name", "name-case-variant", "Wen Ku", "Wen ku")]


def test_no_finding_divergence_when_both_sides_carry_the_finding_or_it_is_info():
    alignment = one_pair("Phone charges were reduced and reduced.", "Phone charges were cut and cut.")
    fa = _finding(alignment.doc_a, "reduced and reduced", "coordinated-repetition")
    fb = _finding(alignment.doc_b, "cut and cut", "coordinated-repetition")
    info = _finding(alignment.doc_a, "Phone", "some-info", severity=Severity.INFO)
    assert find_divergences(alignment, [fa, info], [fb]) == []


FRAGMENTS = st.sampled_from([
    "Wen Ku", "Wen ku", "State Council Information Office", "Information Office of the State Council",
    "May 20", "21 May 2020", "today", "10:30 a.m.", "70 platforms", "two hundred million students",
    "15%", "Department of Information", " ", ", ", ".", "\n", "\u00a0", "\r\n", "Ünïcödé", "数字", "5G",
    "Xu Wen-jie", "Xu Wenjie", "Mao-Ning", "Tao Qin", "492.9 ten thousand", "4.93 million", "30-35 percent",
    "between 8 and", "up 1.2%", "fell", "Beijing, July 11 (", "on Thursday", "in April", "by 2025", "$",
    "RMB 3.6 trillion", "Ministry of Industry", " and Information Technology", "European Union's", "-",
])


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), min_size=1, max_size=12),
       st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), min_size=1, max_size=12))
def test_divergence_spans_are_exact_on_any_text(parts_a, parts_b):
    text_a, text_b = "".join(parts_a), "".join(parts_b)
    if not text_a.strip() or not text_b.strip():
        return
    a, b = doc("May 21, 2020\n" + text_a), doc(text_b)
    pair = Pair(Span.of(a, 0, len(a.text)), Span.of(b, 0, len(b.text)), "sentence", "sentence", 0.9, 2.0, 50.0,
                "partial")
    for d in find_divergences(Alignment(a, b, [pair], [], [])):
        assert a.text[d.a.start:d.a.end] == d.a.text and d.a.text
        assert b.text[d.b.start:d.b.end] == d.b.text and d.b.text


def test_extract_names():
    text = ("SMM: at a press conference held by the Information Office of the State Council today, "
            "Mr. Wen Ku, director of the Department of Information and Communications Development, said so.")
    assert [" ".join(t) for _, _, t in extract_names(text)] == [
        "Information Office of the State Council", "Wen Ku",
        "Department of Information and Communications Development"]


def test_dateline():
    d = doc("Title of the story\nMay 21,2020 11:55CST\nThe content below was translated.\n\nBody text today.\n")
    assert find_dateline(d).show() == "May 21, 2020"
    assert find_dateline(doc("No date anywhere in this short text.\n")) is None


# ---------------------------------------------------------------------------- lexical
def test_char_ngram_similarity():
    m = char_ngram_matrix(["It's really horrible.", "abc"], ["It's really horrifying.", "xyz", ""])
    assert m.shape == (2, 3)
    assert m[0, 0] > 0.5 and m[0, 1] == 0 and m[1, 2] == 0


# ---------------------------------------------------------------------------- caching
def test_second_run_reads_the_cache_and_does_not_encode(tmp_path):
    first_model = FakeModel()
    first = embedder(first_model, tmp_path)
    r1 = align_documents(doc(A_TEXT), doc(B_TEXT), first)
    assert first_model.texts > 0 and first.encoded == first_model.texts

    second_model = FakeModel()           # a new process: empty memory, same cache folder
    second = embedder(second_model, tmp_path)
    r2 = align_documents(doc(A_TEXT), doc(B_TEXT), second)
    assert second_model.calls == 0 and second.encoded == 0
    assert second.cache_hits == first.encoded
    assert pair_texts(r1) == pair_texts(r2)
    assert [p.similarity for p in r1.pairs] == [p.similarity for p in r2.pairs]


def test_cache_is_keyed_by_model(tmp_path):
    align_documents(doc(A_TEXT), doc(B_TEXT), embedder(FakeModel("model-one"), tmp_path))
    other = FakeModel("model-two")
    align_documents(doc(A_TEXT), doc(B_TEXT), embedder(other, tmp_path))
    assert other.texts > 0


def test_only_new_texts_are_encoded(tmp_path):
    align_documents(doc(A_TEXT), doc(B_TEXT), embedder(FakeModel(), tmp_path))
    model = FakeModel()
    align_documents(doc(A_TEXT + "A brand new closing sentence was added.\n"), doc(B_TEXT), embedder(model, tmp_path))
    assert 0 < model.texts <= 3   # the new sentence, and the joins it forms


def test_unusable_cache_is_a_warning_not_a_failure(tmp_path):
    target = tmp_path / "cache"
    target.mkdir()
    (target / "embeddings-v1.sqlite").write_bytes(b"this is not a database" * 100)
    e = embedder(FakeModel(), target)
    result = align_documents(doc(A_TEXT), doc(B_TEXT), e)
    assert len(result.pairs) == 2
    assert e.warnings and "continuing without it" in e.warnings[0]


# ---------------------------------------------------------------------------- report
def test_report_matches_the_schema_and_round_trips(catalog):
    a = doc("May 21, 2020\n\n" + A_TEXT + "\nFor queries, please contact press@example.com\n", "a.txt")
    b = doc(B_TEXT + "Wen Ku said officials opened the new railway bridge on May 20.\n", "b.txt")
    report = build_report(compare(a, b, embedder(), catalog))
    validate(report, "compare")
    assert report["schema"] == SCHEMA_VERSION == "mtaudit-compare/1"
    assert report["chrf"]["signature"].startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0")
    assert report["documents"]["a"]["dateline"] == "May 21, 2020"
    assert yaml.safe_load(yaml.safe_dump(report, allow_unicode=True)) == report
    for side, d in (("a", a), ("b", b)):
        for p in report["pairs"]:
            e = p[side]
            assert d.text[e["start"]:e["end"]] == e["text"]
            assert (e["line"], e["column"]) == d.line_col(e["start"])
        for u in report["unaligned"][side]:
            assert d.text[u["start"]:u["end"]] == u["text"]


def test_empty_document_gives_a_valid_report():
    report = build_report(align_documents(doc(""), doc(A_TEXT), embedder()))
    validate(report, "compare")
    assert report["pairs"] == [] and len(report["unaligned"]["b"]) == 3
    assert report["chrf"]["signature"].startswith("nrefs:1|")


def test_settings_reach_the_report():
    report = build_report(align_documents(doc(A_TEXT), doc(B_TEXT), embedder(), Settings(threshold=1.7)))
    assert report["settings"]["threshold"] == 1.7


# ---------------------------------------------------------------------------- import hygiene
@pytest.mark.parametrize("module", ["audit.cli", "audit.align", "audit.cli_compare", "audit.embeddings"])
def test_no_torch_on_import(module):
    code = (f"import {module}, sys; "
            "print(any(m in sys.modules for m in ('torch', 'sentence_transformers', 'transformers')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("text_a,text_b,side,form", [
    ("He spoke at the Information Office of the State Council on Tuesday.",
     "He spoke at the State Council Information Office on Tuesday.", "b", "State Council Information Office"),
    ("Wen Ku, director of the Department of Information and Communications Development, spoke.",
     "Wen Ku, director of the Department of Information and Communication Development, spoke.", "a",
     "Department of Information and Communications Development"),
])
def test_glossary_says_which_side_is_canonical(catalog, text_a, text_b, side, form):
    glossary = next(r.state["glossary"] for r in catalog.rules if r.type == "glossary")
    found = [d for d in find_divergences(one_pair(text_a, text_b), glossary=glossary) if d.kind in ("name", "term")]
    assert [d.canonical for d in found] == [{"side": side, "form": form}]
    assert f"{side.upper()} matches the glossary" in found[0].message


def test_no_canonical_side_without_a_glossary_entry(catalog):
    glossary = next(r.state["glossary"] for r in catalog.rules if r.type == "glossary")
    found = find_divergences(one_pair("Wen Ku said the plan would go ahead.", "Wen ku said that the plan would go ahead."),
                             glossary=glossary)
    assert [d.canonical for d in found if d.kind == "name"] == [None]


# ---------------------------------------------------------------------------- labels, gate, recall
def test_a_pair_with_a_divergence_is_not_equivalent(catalog):
    same = "The port handled 35.2 million tons of cargo in the first quarter of the year.\n"
    (p,) = compare(doc(same), doc(same), embedder(), catalog).pairs
    assert p.label == "equivalent"
    other = same.replace("35.2", "38.5")
    result = compare(doc(same), doc(other), embedder(), catalog)
    (p,) = result.pairs
    assert [d.kind for d in result.divergences] == ["number"]
    assert p.label == "partial"
    # without divergences computed (align_documents alone) the label says what the text says
    (raw,) = align_documents(doc(same), doc(other), embedder()).pairs
    assert raw.label == "equivalent"


UNRELATED_A = "The orchestra played the ninth symphony to a full hall in the city.\n"
UNRELATED_B = "Rainfall in the river delta was twice the seasonal average in the city.\n"


def test_gate_unrelated_documents_give_no_pairs_even_with_loose_settings():
    loose = dict(threshold=0.1, min_similarity=0.0, mutual_bonus=0.0)
    ungated = align_documents(doc(UNRELATED_A), doc(UNRELATED_B), embedder(),
                              Settings(related_similarity=0.0, **loose))
    assert len(ungated.pairs) == 1          # margin alone pairs the only two sentences
    gated = align_documents(doc(UNRELATED_A), doc(UNRELATED_B), embedder(), Settings(**loose))
    assert gated.pairs == [] and len(gated.unaligned_a) == len(gated.unaligned_b) == 1
    assert any("share no content" in w for w in gated.warnings)


def test_site_timestamp_lines_never_align(catalog):
    a = doc("2024-07-12 07:00  Weather Watch\n\n" + A_TEXT)
    b = doc("2024-07-12 10:30  Culture Weekly\n\n" + B_TEXT)
    result = compare(a, b, embedder(), catalog)
    assert all("2024" not in p.a.text and "2024" not in p.b.text for p in result.pairs)
    stamps = [(u.span.text, u.reason, u.rule) for u in result.unaligned_a if u.rule == "site-timestamp"]
    assert stamps == [("2024-07-12 07:00  Weather Watch", "boilerplate", "site-timestamp")]
    assert not [d for d in result.divergences if "07:00" in d.a.text]


def test_one_sentence_against_two_sentences_in_neighbouring_paragraphs():
    a = doc("The company hired 300 workers and opened a second factory in Wuhan last spring.\n")
    b = doc("Nothing about the weather was said.\n\n"
            "The company hired 300 workers last spring.\n\nIt also opened a second factory in Wuhan.\n")
    (p,) = align_documents(a, b, embedder()).pairs
    assert (p.a_kind, p.b_kind) == ("sentence", "sentences")
    assert p.b.text == "The company hired 300 workers last spring.\n\nIt also opened a second factory in Wuhan."


def test_a_kept_sentence_pair_widens_to_the_sentence_the_other_report_split_off():
    a = doc("The company hired 300 workers and opened a second factory in Wuhan last spring.\n")
    b = doc("Nothing about the weather was said.\n\n"
            "The company hired 300 workers last spring. It also opened a second factory in Wuhan.\n")
    # A two-sentence candidate ranked so low that competitive linking keeps one sentence first:
    # the widening step still finds that both sentences together say what A says.
    (p,) = align_documents(a, b, embedder(), Settings(join_penalty=5.0)).pairs
    assert (p.a_kind, p.b_kind) == ("sentence", "sentences")
    assert p.b.text == "The company hired 300 workers last spring. It also opened a second factory in Wuhan."


def test_a_headline_does_not_take_the_place_of_the_lead():
    from audit.align import select_pairs

    a = doc("Officials opened the new railway bridge across the river on Monday.\n")
    b = doc("New railway bridge opened\n\nThe city said officials opened the new railway bridge on Monday.\n")
    side_a, side_b = build_side(a), build_side(b)
    assert side_b.headings == frozenset({0}) and not side_a.headings
    kinds = [u.kind for u in side_b.units]
    assert kinds == ["sentence", "sentence", "sentences"]
    # the headline scores a little higher than the lead, as headlines do (few close neighbours)
    score = np.array([[2.0, 1.8, 0.0]], dtype=np.float32)
    cos = np.array([[0.8, 0.8, 0.5]], dtype=np.float32)
    lex = np.ones((1, 3), dtype=np.float32)
    picked = select_pairs(side_a, side_b, cos, score, lex, Settings())
    assert [side_b.units[j].start for _, j in picked] == [b.text.index("The city")]
    unpenalized = select_pairs(side_a, side_b, cos, score, lex, Settings(heading_penalty=0.0))
    assert [side_b.units[j].start for _, j in unpenalized] == [0]


def test_candidates_are_derived_from_one_pass_per_sentence_and_clause_piece():
    from audit.align.core import unit_vectors

    long_a = ("The ministry said it will accelerate the construction of 5G networks and data centres, "
              "promote gigabit fibre, and build an information superhighway across the whole country.\n"
              "A second sentence follows here.\n")
    side_a, side_b = build_side(doc(long_a)), build_side(doc(B_TEXT))
    seen = []

    def encode(texts):
        seen.extend(texts)
        return FakeModel().encode(texts)

    emb_a, emb_b = unit_vectors(side_a, side_b, encode, Settings())
    pieces = {" ".join(side_a.doc.text[s:e].split()) for s, e in side_a.atoms + side_a.sentences}
    pieces |= {" ".join(side_b.doc.text[s:e].split()) for s, e in side_b.atoms + side_b.sentences}
    assert sorted(seen) == sorted(pieces)            # each text once, no candidate windows
    assert len(seen) < len(side_a.units) + len(side_b.units)

    def norm(v):
        return v / np.linalg.norm(v)

    for k, u in enumerate(side_a.units):
        if u.kind == "clause":
            atoms = [norm(FakeModel().encode([" ".join(side_a.doc.text[s:e].split())])[0])
                     for s, e in (side_a.atoms[x] for x in u.atoms)]
            assert np.allclose(emb_a[k], norm(np.mean(atoms, axis=0)), atol=1e-5)
    assert np.allclose(np.linalg.norm(emb_a, axis=1), 1.0, atol=1e-5)
    # the old way encodes every candidate window
    seen.clear()
    unit_vectors(side_a, side_b, encode, Settings(derive_vectors=False))
    assert len(seen) == len(side_a.units) + len(side_b.units)


# ------------------------------------------------------------------- n-gram matrix, two ways
@pytest.mark.parametrize("texts_a,texts_b", [
    ([A_TEXT, "", "ab", "abc", "ABC  abc"], [B_TEXT, "abc", "Ünïcödé — “quotes” 数字基础设施"]),
    (["only a"], [""]),
    ([], ["x"]),
    (["".join(chr(0x4E00 + i) for i in range(9000))], ["".join(chr(0x4E00 + i) for i in range(100, 9100))]),
])
def test_packed_ngram_matrix_equals_the_dict_version(texts_a, texts_b):
    from audit.align.similarity import _char_ngram_matrix_dict

    fast = char_ngram_matrix(texts_a, texts_b)
    slow = _char_ngram_matrix_dict(texts_a, texts_b, (3, 4, 5))
    assert fast.shape == slow.shape == (len(texts_a), len(texts_b))
    assert np.array_equal(fast, slow)
