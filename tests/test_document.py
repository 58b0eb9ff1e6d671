"""Decoding, positions, paragraphs and sentences."""
import codecs

import pytest

from audit.document import Document, InputError, decode_bytes, load_document, segment_sentences

TEXT = "Wen Ku said “5G” café\u00a0networks.\r\nSecond line here.\n\nNew paragraph 中文."

ENCODINGS = [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (TEXT.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
]


@pytest.mark.parametrize("data,encoding", ENCODINGS)
def test_unicode_encodings_round_trip_exactly(data, encoding):
    text, enc = decode_bytes(data)
    assert text == TEXT
    assert enc == encoding


def test_gb18030_detected():
    src = "国务院新闻办公室今天举行新闻发布会，工业和信息化部新闻发言人闻库出席。" * 3
    text, enc = decode_bytes(src.encode("gb18030"))
    assert text == src
    assert enc == "gb18030"


def test_cp1252_detected():
    src = "The café’s “naïve” résumé — costs €5 and rose 3 ‰ this year, said the señor. " * 3
    text, enc = decode_bytes(src.encode("cp1252"))
    assert text == src
    assert enc == "cp1252"


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_refused(data):
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding):
    # some Windows tools save UTF-16 with no byte-order mark; it was refused as a binary file
    src = "Officials said the port handled 3.2 million TEU.\n\n深圳港 grew 5 percent, said Li Wei.\n"
    assert decode_bytes(src.encode(encoding)) == (src, encoding)


@pytest.mark.parametrize("data", [
    "odd length".encode("utf-16-le") + b"x",                 # half a code unit at the end
    "a control\x01 char in it".encode("utf-16-le"),          # decodes, but to a control character
    "a lone surrogate".encode("utf-16-le") + b"\x00\xd8",    # no valid UTF-16
    b"\x00\x01" * 100,                                      # NULs on one side, control codes
])
def test_nul_bytes_that_are_no_utf16_text_stay_binary(data):
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data)


def test_line_and_column_are_one_based_and_count_crlf():
    doc = Document.from_text("ab\r\ncd\nef")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(4) == (2, 1)
    assert doc.line_col(8) == (3, 2)


def test_paragraphs_split_on_blank_lines():
    doc = Document.from_text("One.\nTwo.\n\n  \nThree.")
    assert [doc.text[s:e] for s, e in doc.paragraphs] == ["One.\nTwo.", "Three."]


@pytest.mark.parametrize("text,expected", [
    ("Mr. Wen Ku spoke. It ended.", ["Mr. Wen Ku spoke.", "It ended."]),
    ("Officials in the U.S. agreed. Growth was 3.5 percent.", ["Officials in the U.S. agreed.", "Growth was 3.5 percent."]),
    ("It began at 9 a.m. on Monday. Then it ended.", ["It began at 9 a.m. on Monday.", "Then it ended."]),
    ('He said, "It is done." Then he left.', ['He said, "It is done."', "Then he left."]),
    ("The network was ready. we will go on.", ["The network was ready.", "we will go on."]),
])
def test_sentences(text, expected):
    spans = segment_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


def test_sentence_offsets_are_absolute():
    text = "Intro line.\n\nMr. Wen spoke. It ended."
    doc = Document.from_text(text)
    spans = doc.sentences
    assert [text[s:e] for s, e in spans] == ["Intro line.", "Mr. Wen spoke.", "It ended."]


def test_load_document_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(str(tmp_path / "missing.txt"))
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 100)
    with pytest.raises(InputError, match="max-bytes"):
        load_document(str(big), max_bytes=10)
    with pytest.raises(InputError, match="directory"):
        load_document(str(tmp_path))


def test_word_count():
    assert Document.from_text("Wen Ku's 5G plan, ultra-HD streams.").words == 6


@pytest.mark.parametrize("text", [TEXT, "", "   \n\n", "don't re-use co-op’s 5G, 中文 and café-bar_x"])
def test_word_list_is_the_words_it_counts_and_fills_the_count(text):
    doc = Document.from_text(text)
    tokens = doc.word_list()
    assert "words" in vars(doc)  # filled, not computed again
    assert doc.words == len(tokens) == Document.from_text(text).words
    assert tokens == doc.word_list()  # the same list each call (made anew, not kept)
    assert [t for t in tokens if not t.strip()] == []


def test_word_list_lists_the_words_in_order():
    assert Document.from_text("Wen Ku's co-op, 5G café.").word_list() == ["Wen", "Ku's", "co-op", "5G", "café"]
