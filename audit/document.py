"""Documents: bytes in, exactly decoded text out, with paragraphs, sentences and positions.

Offsets everywhere index ``Document.text``, the decoded text as read: CRLF, NBSP and
zero-width characters are kept, only a byte-order mark is dropped by the codec.
"""
from __future__ import annotations

import bisect
import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from functools import cached_property
from typing import List, Optional, Tuple

from .analysis import Analysis
from . import re_programs

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

Span = Tuple[int, int]


class InputError(Exception):
    """A document could not be read or decoded; the message is one line for the user."""


# Encodings a detector may pick for text that is not UTF-8: the ones Chinese->English news
# archives actually hold. Restricting the candidates keeps short Latin texts from being
# guessed as an exotic code page.
_CANDIDATES = ["cp1252", "gb18030", "big5"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf16_without_bom(data: bytes):
    """``(text, encoding)``, the encoding "utf-16-le" or "utf-16-be", for UTF-16 text written
    without a byte-order mark (some Windows tools save so), else None. Text of Latin letters in UTF-16 has a NUL in one byte of
    most code units and almost never in the other; the bytes must then decode with no lone
    surrogate to text holding no control character but tab and line ends."""
    if len(data) % 2:
        return None
    evens, odds = data[0::2].count(0), data[1::2].count(0)
    units = len(data) // 2
    for name, zeros, other in (("utf-16-le", odds, evens), ("utf-16-be", evens, odds)):
        if zeros >= 0.3 * units and other <= 0.01 * units:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                return None
            if any(ch < " " and ch not in "\t\n\r\f" or "\ud800" <= ch <= "\udfff" for ch in text):
                return None
            return text, name
    return None


def decode_bytes(data: bytes) -> Tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise InputError when it is not text."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {name} after its byte-order mark at byte {exc.start}") from None
    if b"\x00" in data:
        decoded = _utf16_without_bom(data)
        if decoded is None:
            raise InputError("binary file (NUL bytes and no UTF-16 byte-order mark)")
        return decoded
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # charset-normalizer is imported here: UTF-8 input (the common case) never pays for it.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise InputError("undecodable bytes: not UTF-8, UTF-16, GB18030, Big5 or cp1252 text")
    name = codecs.lookup(best.encoding).name
    if name in _CHINESE:
        return _likelier_chinese(data, name)
    return data.decode(name), name


# GB18030 and Big5 share their byte ranges, and on English copy holding a few Chinese
# characters ("(工信部)") charset-normalizer often picks Big5 for GB18030 bytes, reading them as
# rare characters and symbols ("(馱陓窒)"). When the bytes decode strictly in both, the decoding
# with more common Chinese characters and punctuation wins (a tie keeps the detector's pick).
# Common: a GB2312 level-1 character (its 3,755 most frequent), a character of Big5's frequent
# range (A440-C67E, 5,401), or the full-width punctuation news uses. The codecs hold both
# lists, so no table is shipped.
_CHINESE = {"gb18030": "big5", "big5": "gb18030"}
_CJK_PUNCTUATION = frozenset("，。、：；！？“”‘’（）《》〈〉「」『』【】—…·％")
_SCORED_CHARS = 100_000  # enough to tell the two apart; a huge file is not scanned whole


def _common_chinese(text: str) -> int:
    n = 0
    for ch in text[:_SCORED_CHARS]:
        if ch < "\x80":
            continue
        if ch in _CJK_PUNCTUATION:
            n += 1
            continue
        try:
            b = ch.encode("gb2312")
            if len(b) == 2 and 0xB0 <= b[0] <= 0xD7:
                n += 1
                continue
        except UnicodeEncodeError:
            pass
        try:
            b = ch.encode("big5")
        except UnicodeEncodeError:
            continue
        if len(b) == 2 and (0xA4 <= b[0] <= 0xC5 or (b[0] == 0xC6 and b[1] <= 0x7E)):
            n += 1
    return n


def _likelier_chinese(data: bytes, name: str) -> Tuple[str, str]:
    """``(text, encoding)``: the detector's pick, or the other Chinese encoding where that reads
    more common characters; each decoding made once."""
    text = data.decode(name)
    other = _CHINESE[name]
    try:
        other_text = data.decode(other)
    except UnicodeDecodeError:
        return text, name
    return (other_text, other) if _common_chinese(other_text) > _common_chinese(text) else (text, name)


# A paragraph: consecutive lines that each hold something other than white space.
_PARA_RE = re_programs.compile(r"[^\S\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\S\r\n]*\S[^\r\n]*)*")
_WORD_RE = re_programs.compile(r"\w+(?:[-'’]\w+)*")


# Keys of ``Document.cache`` that only the rules read, freed with the analysis once they have
# run (a set of words per document: kept for a whole corpus, 28 MB more at the peak over 640 stories).
RULE_VIEWS = ("capitalization-letter-runs", "capitalization-letter-runs-lower",
              "capitalization-inside-capitals",  # the offsets capital_words.inside_capitals keeps
              "capital-more-name-openings",  # capital_more.name_openings, read by two of its modes
              "capitalization-title-lines",  # capitalization.title_line's answers, asked by the capitals rules
              "pronoun-gender-sentences")  # pronoun_gender.doc_sentences, read by the pronoun and flip rules


@dataclass
class Document:
    """Decoded text plus lazily computed structure. Build with ``Document.from_text`` or
    ``load_document``."""

    text: str
    path: str = "<text>"
    encoding: str = "utf-8"
    sha256: str = ""
    cache: dict = field(default_factory=dict, repr=False, compare=False)  # derived views detectors share

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> "Document":
        return cls(text=text, path=path, encoding="utf-8",
                   sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())

    @classmethod
    def from_bytes(cls, data: bytes, path: str = "<bytes>") -> "Document":
        text, encoding = decode_bytes(data)
        return cls(text=text, path=path, encoding=encoding, sha256=hashlib.sha256(data).hexdigest())

    # -- positions -------------------------------------------------------------------------
    @cached_property
    def _line_starts(self) -> List[int]:
        starts = [0]
        text = self.text
        for m in re.finditer(r"\r\n|\r|\n", text):
            starts.append(m.end())
        return starts

    def line_col(self, offset: int) -> Tuple[int, int]:
        """1-based line and column of a character offset."""
        idx = bisect.bisect_right(self._line_starts, offset) - 1
        return idx + 1, offset - self._line_starts[idx] + 1

    # -- structure -------------------------------------------------------------------------
    @cached_property
    def paragraphs(self) -> List[Span]:
        """Blocks of non-empty lines separated by blank lines; one-line blocks too."""
        out = []
        for m in _PARA_RE.finditer(self.text):
            chunk = m.group()
            out.append((m.start() + len(chunk) - len(chunk.lstrip()), m.end() - (len(chunk) - len(chunk.rstrip()))))
        return out

    @cached_property
    def lines(self) -> List[Span]:
        return [m.span() for m in re.finditer(r"[^\r\n]+", self.text)]

    def line_at(self, offset: int) -> Span:
        idx = bisect.bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[idx]
        end = self._line_starts[idx + 1] if idx + 1 < len(self._line_starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return (start, end)

    def sentences_in(self, para: Span) -> List[Span]:
        """Sentence spans inside one paragraph (computed on demand and cached)."""
        key = ("sentences", para)
        if key not in self.cache:
            self.cache[key] = segment_sentences(self.text, para[0], para[1])
        return self.cache[key]

    @property
    def sentences(self) -> List[Span]:
        out: List[Span] = []
        for para in self.paragraphs:
            out.extend(self.sentences_in(para))
        return out

    @cached_property
    def analysis(self) -> Analysis:
        """The document's clauses and their words, shared by the detectors that read them
        (``audit.analysis``); ``drop_analysis`` frees it once the rules have run."""
        return Analysis(self.text)

    def drop_analysis(self) -> None:
        self.__dict__.pop("analysis", None)
        for key in RULE_VIEWS:  # views only the rules read, as large as the analysis
            self.cache.pop(key, None)

    @cached_property
    def words(self) -> int:
        return len(_WORD_RE.findall(self.text))  # one list of strings in C, not a match object per word

    def word_list(self) -> List[str]:
        """The words ``words`` counts, in order; listed anew on each call (a list of every word
        costs more memory than it saves), and ``words`` is filled from it, so a caller that
        needs both (the report's score estimate) tokenises the text once."""
        tokens = _WORD_RE.findall(self.text)
        self.__dict__["words"] = len(tokens)  # where cached_property keeps ``words``
        return tokens


_SEGMENTER = None


def _segmenter():
    global _SEGMENTER
    if _SEGMENTER is None:
        # pysbd is imported lazily: many runs never need sentence boundaries.
        import pysbd

        _SEGMENTER = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return _SEGMENTER


# pysbd's cost grows faster than the length of what it is given: a line longer than this is
# cut into blocks at a likely sentence end (or at a space) and each block segmented alone.
SEGMENT_BLOCK = 4000
_BLOCK_END = re_programs.compile(r"[.!?。！？][\"”’')\]]?\s+(?=[A-Z\"“‘(\d])")


def _blocks(chunk: str) -> List[Span]:
    """``chunk`` as consecutive spans of about SEGMENT_BLOCK characters, cut after a likely
    sentence end, else after a space, else anywhere."""
    out, pos, n = [], 0, len(chunk)
    while n - pos > SEGMENT_BLOCK * 2:
        m = _BLOCK_END.search(chunk, pos + SEGMENT_BLOCK, pos + SEGMENT_BLOCK * 2)
        if m:
            cut = m.end()
        else:
            space = chunk.rfind(" ", pos + SEGMENT_BLOCK, pos + SEGMENT_BLOCK * 2)
            cut = space + 1 if space >= 0 else pos + SEGMENT_BLOCK * 2
        out.append((pos, cut))
        pos = cut
    out.append((pos, n))
    return out


def segment_sentences(text: str, start: int = 0, end: Optional[int] = None) -> List[Span]:
    """Sentence spans of ``text[start:end]`` as absolute offsets, whitespace trimmed.

    Line breaks inside a paragraph end a sentence too: news copy puts one sentence or one
    heading per line far more often than it wraps a sentence.
    """
    end = len(text) if end is None else end
    spans: List[Span] = []
    for line in re.finditer(r"[^\r\n]+", text[start:end]):
        for b_start, b_end in _blocks(line.group()):
            spans.extend(_segment_line(line.group()[b_start:b_end], start + line.start() + b_start))
    return spans


def _segment_line(chunk: str, base: int) -> List[Span]:
    """Sentence spans of one line (or block of one), offset by ``base``, whitespace trimmed."""
    spans: List[Span] = []
    if not chunk.strip():
        return spans
    try:
        pieces = _segmenter().segment(chunk)
    except Exception:  # pysbd can fail on pathological input; fall back to the line
        pieces = []
    cursor = 0
    found: List[Span] = []
    for piece in pieces:
        s_text = piece.sent
        pos = chunk.find(s_text, cursor) if s_text else -1
        if pos < 0:  # offsets could not be confirmed; keep the line whole
            found = []
            break
        found.append((pos, pos + len(s_text)))
        cursor = pos + len(s_text)
    if not found:
        found = [(0, len(chunk))]
    for s, e in found:
        seg = chunk[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if e - trail > s + lead:
            spans.append((base + s + lead, base + e - trail))
    return spans


READ_BLOCK = 1 << 20


def read_limited(fh, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of ``fh`` (all of it when ``max_bytes`` is 0), read in
    blocks: ``fh.read(max_bytes + 1)`` allocates that many bytes up front, a MemoryError for a
    limit near 2**53 even on a small file."""
    if not max_bytes:
        return fh.read()
    parts, left = [], max_bytes + 1
    while left > 0:
        block = fh.read(min(left, READ_BLOCK))
        if not block:
            break
        parts.append(block)
        left -= len(block)
    return b"".join(parts)


def load_document(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and decode one file; raise InputError with a one-line reason on any failure."""
    try:
        if os.path.isdir(path):
            raise InputError("is a directory")
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the run forever, a device never end
            raise InputError("not a regular file (a FIFO, socket or device); only regular files are read")
        size = info.st_size
        if max_bytes and size > max_bytes:
            raise InputError(f"file is {size} bytes, over the --max-bytes limit of {max_bytes}")
        with open(path, "rb") as fh:
            data = read_limited(fh, max_bytes)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError("no such file (or a broken symlink)") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    if max_bytes and len(data) > max_bytes:
        raise InputError(f"file is over the --max-bytes limit of {max_bytes}")
    return Document.from_bytes(data, path=path)
