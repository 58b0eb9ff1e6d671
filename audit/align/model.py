"""The aligner's data: its settings and the result types (spans, pairs, divergences, the
alignment). Every span is character offsets into the decoded document, and ``text`` is always
``document.text[start:end]``."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence, Tuple

import numpy as np

from ..document import Document

SCHEMA_VERSION = "mtaudit-compare/1"

EmbedFn = Callable[[Sequence[str]], np.ndarray]


# ---------------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class Settings:
    """Knobs of the aligner. Defaults were calibrated on the corpus briefing and on the MQM
    TED cases of ``benchmarks/align_mqm.py`` (see that script for the figures)."""

    # Scores. A pair's score is the ratio margin of (embedding cosine + lexical_weight x
    # character n-gram cosine); see margin_scores.
    threshold: float = 1.3           # minimum score of a whole-sentence pair (--threshold)
    mutual_bonus: float = 0.1        # ...lowered by this when the two are each other's best match
    min_similarity: float = 0.45     # minimum embedding cosine, whatever the margin says
    k: int = 4                       # neighbours in the margin's denominator
    background: float = 0.10         # similarity assumed for neighbours a tiny document lacks
    lexical_weight: float = 1.0      # weight of the character n-gram cosine
    # Clauses: a pair involving part of a sentence needs more evidence.
    long_sentence_words: int = 24    # sentences at least this long are also cut into clauses
    min_piece_words: int = 3         # clause pieces shorter than this join their neighbour
    min_clause_words: int = 5        # a clause candidate (a run of pieces) has this many words
    max_clause_pieces: int = 8       # and at most this many pieces
    clause_margin: float = 0.3       # score >= threshold + clause_margin,
    clause_min_similarity: float = 0.6   # cosine >= this,
    clause_min_lexical: float = 0.3  # and content-word overlap (Dice) >= this
    clause_penalty: float = 0.06     # rank handicap per clause side: whole sentences win ties
    grow_tolerance: float = 0.25     # a clause pair widens by a neighbour clause if its cosine
    grow_overlap: float = 0.3        # drops at most this and the clause shares this share of words
    # One-to-many: two consecutive sentences of one paragraph against one sentence.
    join_penalty: float = 0.04       # rank handicap of a two-sentence candidate
    join_gain: float = 0.03          # together they must match this much better than either alone
    # Headlines rank after body text: a headline sums up the other report's lead by design.
    heading_penalty: float = 0.5
    # Embed each sentence and clause piece once and average them for longer candidates
    # (False: encode every candidate window on its own).
    derive_vectors: bool = True
    # Units shorter than this never pair on their own: "Wen Ku said.", "(Laughter)".
    min_unit_words: int = 2
    # The gate: documents are taken to share content only when some kept pair reaches this
    # cosine; otherwise nothing aligns (two unrelated stories of one folder).
    related_similarity: float = 0.6
    # Labels ("equivalent" also needs a pair without divergences, see compare).
    equivalent_similarity: float = 0.72  # a whole-sentence pair from this cosine is "equivalent"
    equivalent_length_ratio: float = 0.55  # if the shorter side has at least this share of words

    def as_dict(self) -> dict:
        return dict(self.__dict__)


# ------------------------------------------------------------------------------------- spans
@dataclass(frozen=True)
class Span:
    """``text == document.text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, doc: Document, start: int, end: int) -> "Span":
        return cls(start, end, doc.text[start:end])

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


# ------------------------------------------------------------------------------------ result
@dataclass(frozen=True)
class Pair:
    a: Span
    b: Span
    a_kind: str
    b_kind: str
    similarity: float      # cosine of the two spans' embeddings
    score: float           # ratio margin of embedding + n-gram similarity (what --threshold applies to)
    chrf: float            # sacrebleu chrF of b's text against a's (see the report's signature)
    label: str             # "equivalent" | "partial"


@dataclass(frozen=True)
class Unaligned:
    span: Span
    reason: str            # "no counterpart" | "boilerplate"
    rule: Optional[str] = None


@dataclass(frozen=True)
class Divergence:
    kind: str              # "name" | "term" | "number" | "date" | "finding"
    pair: int              # index into Alignment.pairs
    message: str
    a: Span
    b: Span
    rule: Optional[str] = None
    canonical: Optional[dict] = None  # {"side": "a"|"b", "form": glossary's form or None}

    @property
    def sort_key(self):
        return (self.pair, self.a.start, self.b.start, self.kind, self.message)


@dataclass
class Alignment:
    doc_a: Document
    doc_b: Document
    pairs: List[Pair]
    unaligned_a: List[Unaligned]
    unaligned_b: List[Unaligned]
    divergences: List[Divergence] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)
    model: dict = field(default_factory=dict)
    chrf_signature: str = ""
    sentences: Tuple[int, int] = (0, 0)       # sentences that could align, per side
    datelines: Tuple[Optional[str], Optional[str]] = (None, None)
    warnings: List[str] = field(default_factory=list)

