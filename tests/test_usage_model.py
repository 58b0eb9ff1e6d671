"""benchmarks/usage_model.py: sentence offsets, token-to-word scores and the span designs.

Token scores are written by hand here, so these tests need neither the language model nor
../shared/data.
"""
import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "benchmarks"))

import usage_model as um  # noqa: E402


@pytest.mark.parametrize("text", [
    "The cat sat. It ran away!\nA second line? Yes.",
    "  Leading space. \"Quoted.\" Then (bracket) 3 items.",
    "",
    "no end",
])
def test_sentences_are_spans_of_the_text(text):
    spans = um.sentences(text)
    assert all(text[a:b].strip() for a, b in spans)
    assert all("\n" not in text[a:b] for a, b in spans)
    # everything but white space is scored, except closing quotes and brackets after a sentence end
    joined = "".join(text[a:b] for a, b in spans).replace(" ", "")
    strip = str.maketrans("", "", "\"”’')]")
    assert joined.translate(strip) == "".join(text.split()).translate(strip)


def test_sentences_split_at_a_full_stop_before_a_capital():
    text = "Prices rose 3.5 percent. Exports fell."
    assert [text[a:b] for a, b in um.sentences(text)] == ["Prices rose 3.5 percent.", "Exports fell."]


def _tokens(text, pieces):
    """(start, end, ln P, best ln P, entropy) per piece; a piece's offsets include its leading space."""
    out, pos = [], 0
    for piece, lp, top, ent in pieces:
        start = text.index(piece, pos)
        out.append((start, start + len(piece), lp, top, ent))
        pos = start + len(piece)
    return out


def test_words_sum_their_tokens_and_keep_only_lower_case_content_words():
    text = "The number twin system of Beijing"
    toks = _tokens(text, [("The", -3.0, -1.0, 2.0), (" number", -8.0, -2.0, 5.0), (" tw", -9.0, -1.0, 2.0),
                          ("in", -1.0, -0.5, 1.0), (" system", -7.0, -1.0, 3.0), (" of", -1.0, -1.0, 2.0),
                          (" Beijing", -12.0, -2.0, 6.0)])
    ws = {w["w"]: w for w in um.words(text, toks)}
    assert ws["twin"]["lp"] == pytest.approx(-10.0)
    assert ws["twin"]["gap"] == pytest.approx(-9.0)  # -10 against the first token's best guess, -1
    assert ws["twin"]["sur"] == pytest.approx(10.0 - 2.0)
    assert ws["twin"]["ok"] and ws["number"]["ok"] and ws["system"]["ok"]
    assert not ws["The"]["ok"] and not ws["of"]["ok"] and not ws["Beijing"]["ok"]
    assert all(text[w["s"]:w["e"]] == w["w"] for w in ws.values())


def test_designs_give_spans_of_two_adjacent_content_words():
    text = "The number twin system works"
    toks = _tokens(text, [("The", -3.0, -1.0, 2.0), (" number", -14.0, -2.0, 2.0), (" twin", -16.0, -1.0, 2.0),
                          (" system", -3.0, -1.0, 2.0), (" works", -2.0, -1.0, 2.0)])
    ws = um.words(text, toks)
    spans = um.design("surprise2", 8)(text, ws)
    assert [text[a:b] for a, b in spans] == ["number twin"]
    assert [text[a:b] for a, b in um.design("surprise1", 12)(text, ws)] == ["number twin"]
    assert um.design("surprise2", 30)(text, ws) == []


def test_no_span_across_punctuation():
    text = "number, twin"
    toks = _tokens(text, [("number", -14.0, -2.0, 2.0), (",", -1.0, -1.0, 1.0), (" twin", -16.0, -1.0, 2.0)])
    assert um.design("surprise2", 5)(text, um.words(text, toks)) == []
