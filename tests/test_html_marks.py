"""Highlight tokens for the HTML pages: well-formed for any spans, overlapping or not, and
one first element per finding holding exactly its text once its pieces are joined."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.reporters.html_marks import tokens


@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet="ab c\n😀é", min_size=0, max_size=40))
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted), max_size=8))
    return text, [{"start": s, "end": e} for s, e in spans]


def _walk(text, findings):
    toks = tokens(text, findings)
    stack, plain, pieces, firsts = [], [], {i: "" for i in range(len(findings))}, []
    for t in toks:
        if t[0] == "text":
            plain.append(t[1])
            for i in stack:
                pieces[i] += t[1]
        elif t[0] == "open":
            stack.append(t[1])
            if t[2]:
                firsts.append(t[1])
        else:
            assert stack and stack[-1] == t[1], "a close must match the innermost open element"
            stack.pop()
    assert not stack
    return "".join(plain), pieces, firsts


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_tokens_are_well_formed_and_keep_the_text(case):
    text, findings = case
    plain, pieces, firsts = _walk(text, findings)
    assert plain == text
    assert sorted(firsts) == list(range(len(findings)))
    for i, f in enumerate(findings):
        assert pieces[i] == text[f["start"]:f["end"]]


def test_crossing_spans_split_the_later_one():
    text = "abcdefghij"
    toks = tokens(text, [{"start": 1, "end": 5}, {"start": 3, "end": 8}])
    assert toks == [("text", "a"), ("open", 0, True), ("text", "bc"), ("open", 1, True), ("text", "de"),
                    ("close", 1), ("close", 0), ("open", 1, False), ("text", "fgh"), ("close", 1), ("text", "ij")]
