"""Cross-report alignment: what two reports of one event share, and where they disagree.

The two inputs are comparable text, not parallel text: different articles about the same
briefing, in a different order, each with content the other lacks. Aligners for parallel text
(Bertalign, Vecalign) assume monotone order and fail here, so this package scores every unit
of one side against every unit of the other and never looks at position:

1. **Units** (:mod:`.units`). Sentences of each document (``Document.sentences_in``); long
   sentences are also cut into clauses, and every run of consecutive clauses is a candidate,
   so a clause can pair when only part of a sentence is shared. Two consecutive sentences of
   one paragraph or of neighbouring paragraphs form a candidate too, which gives one-to-many
   pairs. Spans that overlap a boilerplate finding of the check engine (navigation,
   promotions, contact lines, MT notices, photo credits) or the site's timestamp line are
   never units; headlines are units that rank after body text.
2. **Scores** (:mod:`.similarity`). The model embeds each sentence and clause piece once;
   longer candidates average their pieces' normalized vectors (Vecalign). The similarity of
   two units is the cosine of their embeddings plus the cosine of their character n-gram profiles (the lexical
   signal: names, numbers and shared wording that an embedding blurs). It is turned into the
   ratio margin of Artetxe & Schwenk (2019): ``sim(x, y)`` divided by the mean similarity of
   ``x`` and ``y`` to their ``k`` nearest sentences on the other side. A pair scores high only
   when it stands out from both neighbourhoods, which removes the "everything about 5G looks
   alike" effect of one-topic documents. Missing neighbours of tiny documents are filled with
   a background similarity, so three-sentence texts behave.
3. **Selection** (:mod:`.selection`). Competitive linking: candidate pairs are taken best
   first, and a pair is kept only when none of its clauses is already used on either side and
   it passes the threshold (lowered a little for two whole sentences that are each other's
   best match). Pairs involving a clause need a higher score and shared content words; a
   two-sentence unit must match better than either of its sentences. Small rank penalties make
   a whole sentence win unless the finer or wider unit is clearly better. Neighbouring clause
   pairs are then merged, clause pairs widened where both sides go on about the same thing,
   and sentence pairs widened to the neighbouring sentence one report split off. A gate drops
   every pair when none reaches ``related_similarity``: unrelated stories align nothing.
4. **Divergences** (:mod:`.extraction` for names and dates, :mod:`.figures` for numbers as
   values, :mod:`.divergences`) inside each kept pair: one name in two forms (case, hyphens
   and spaces, word order, a near miss), an official name cut short, one body rendered two
   ways, figures about the same thing that disagree beyond rounding, dates and times that
   disagree (a body dateline resolves "today" and weekdays), and rule findings of the check
   engine on one side where the other side reads cleanly. A pair with a divergence is never
   labelled "equivalent".

:mod:`.core` runs the steps (:func:`align_documents`, :func:`compare`); :mod:`.report` turns
the result into the ``mtaudit-compare/1`` report; :mod:`.model` holds the settings and the
result types. Imports point one way: core → divergences/report → extraction/selection →
similarity → figures → units → model.

Everything here is pure: documents, vectors and findings in, an :class:`Alignment` out.
The embedding function is injected (``embed(texts) -> array``), so tests run with a tiny
deterministic vectorizer and never import torch.
"""
from .core import align_documents, compare
from .divergences import find_divergences
from .extraction import extract_names, find_dateline
from .model import SCHEMA_VERSION, Alignment, Divergence, EmbedFn, Pair, Settings, Span, Unaligned
from .report import build_report
from .selection import select_pairs
from .similarity import (
    char_ngram_matrix, chrf_score, chrf_signature, content_words, lexical_matrix, margin_scores,
)
from .units import Side, Unit, build_side, split_clauses

__all__ = [
    "SCHEMA_VERSION", "Alignment", "Divergence", "EmbedFn", "Pair", "Settings", "Side", "Span", "Unaligned",
    "Unit", "align_documents", "build_report", "build_side", "char_ngram_matrix", "chrf_score",
    "chrf_signature", "compare", "content_words", "extract_names", "find_dateline", "find_divergences",
    "lexical_matrix", "margin_scores", "select_pairs", "split_clauses",
]
