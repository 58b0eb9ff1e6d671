"""Aligning two documents: units of each side, their scores, the chosen pairs and what is left
unaligned (:func:`align_documents`); and the entry point that also checks both documents and
lists divergences (:func:`compare`)."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, List, Optional, Set, Tuple

import numpy as np

from ..document import Document
from .divergences import find_divergences
from .extraction import find_dateline, timestamp_span
from .model import Alignment, Pair, Settings, Span, Unaligned
from .selection import select_pairs
from .similarity import (
    _embed_with, _normalize, char_ngram_matrix, chrf_score, chrf_signature, lexical_matrix, margin_scores,
    one_blas_thread,
)
from .units import Side, Unit, _words, build_side

def _label(pair_a: Unit, pair_b: Unit, cos: float, words_a: int, words_b: int, settings: Settings) -> str:
    whole = pair_a.kind != "clause" and pair_b.kind != "clause"
    ratio = min(words_a, words_b) / max(1, max(words_a, words_b))
    if whole and cos >= settings.equivalent_similarity and ratio >= settings.equivalent_length_ratio:
        return "equivalent"
    return "partial"


def _unaligned(side: Side, used: Set[int]) -> List[Unaligned]:
    out = []
    doc = side.doc
    run: Optional[List[int]] = None
    for atom, (s, e) in enumerate(side.atoms):
        sentence = side.atom_sentence[atom]
        if atom in used:
            if run:
                out.append(run)
            run = None
            continue
        if run is not None and run[2] == sentence:
            run[1] = e
        else:
            if run:
                out.append(run)
            run = [s, e, sentence]
    if run:
        out.append(run)
    return [Unaligned(Span.of(doc, s, e), "no counterpart") for s, e, _ in out]


def unit_vectors(side_a: Side, side_b: Side, encode, settings: Settings) -> Tuple[np.ndarray, np.ndarray]:
    """Normalized embeddings of every unit of both sides.

    With ``settings.derive_vectors`` (the default) the model encodes each sentence and each
    clause piece of a long sentence once; a run of clauses and a two-sentence unit get the
    mean of their pieces' (or sentences') normalized vectors, renormalized, as Vecalign does
    for concatenated sentences. Otherwise every candidate text is encoded on its own (one
    model pass per candidate window: many more texts for long sentences)."""
    if not settings.derive_vectors:
        texts = [side_a.text(u) for u in side_a.units] + [side_b.text(u) for u in side_b.units]
        vectors = _checked(encode, texts)
        return vectors[:len(side_a.units)], vectors[len(side_a.units):]
    pieces: List[str] = []
    index: dict = {}

    def text_id(text: str) -> int:
        if text not in index:
            index[text] = len(pieces)
            pieces.append(text)
        return index[text]

    plans = []
    for side in (side_a, side_b):
        atom_ids = [text_id(" ".join(side.doc.text[s:e].split())) for s, e in side.atoms]
        sentence_ids = [text_id(" ".join(side.doc.text[s:e].split())) for s, e in side.sentences]
        plans.append((side, atom_ids, sentence_ids))
    vectors = _checked(encode, pieces)
    out = []
    for side, atom_ids, sentence_ids in plans:
        rows = []
        for u in side.units:
            if u.kind == "sentence":
                rows.append(vectors[sentence_ids[u.sentence]])
            elif u.kind == "clause":
                rows.append(vectors[[atom_ids[x] for x in u.atoms]].mean(0))
            else:   # two sentences
                rows.append(vectors[[sentence_ids[u.sentence], sentence_ids[u.sentence + 1]]].mean(0))
        out.append(_normalize(np.stack(rows)) if rows else np.zeros((0, vectors.shape[1]), dtype=np.float32))
    return out[0], out[1]


def _checked(encode, texts: List[str]) -> np.ndarray:
    vectors = _normalize(encode(texts))
    if vectors.shape[0] != len(texts):
        raise ValueError(f"embedding function returned {vectors.shape[0]} rows for {len(texts)} texts")
    return vectors


TIMESTAMP = "site-timestamp"   # the "rule" of an unaligned site timestamp line


def align_documents(doc_a: Document, doc_b: Document, embed, settings: Optional[Settings] = None,
                    exclude_a: Iterable[Tuple[int, int, str]] = (),
                    exclude_b: Iterable[Tuple[int, int, str]] = ()) -> Alignment:
    """Pair the content of ``doc_a`` and ``doc_b``.

    ``embed`` is an :class:`audit.embeddings.Embedder`, a model with ``encode``, or any function
    from a list of texts to a 2-D array. ``exclude_*`` are ``(start, end, rule)`` spans
    (boilerplate) whose sentences never align. No divergences are computed here; see
    :func:`compare`.
    """
    settings = settings or Settings()
    warnings: List[str] = []
    exclude_a, exclude_b = list(exclude_a), list(exclude_b)
    side_a = build_side(doc_a, [(s, e) for s, e, _ in exclude_a], settings)
    side_b = build_side(doc_b, [(s, e) for s, e, _ in exclude_b], settings)
    texts_a = [side_a.text(u) for u in side_a.units]
    texts_b = [side_b.text(u) for u in side_b.units]
    encode = _embed_with(embed)
    if texts_a and texts_b:
        emb_a, emb_b = unit_vectors(side_a, side_b, encode, settings)
        with one_blas_thread():
            cos = (emb_a @ emb_b.T).astype(np.float32)
            lex = lexical_matrix(texts_a, texts_b)
            sim = cos + settings.lexical_weight * char_ngram_matrix(texts_a, texts_b)
            score = margin_scores(sim, side_a.base, side_b.base, settings.k, settings.background)
            chosen = select_pairs(side_a, side_b, cos, score, lex, settings)
        if not chosen or max(float(cos[i, j]) for i, j in chosen) < settings.related_similarity:
            # The gate: two documents of one folder that share no content (a weather alert and
            # a museum notice) still have a "best" pair by margin; without one pair that says
            # clearly the same thing, none of them is trusted. With no pair at all the reports
            # share nothing either, and the editor is told the same.
            warnings.append(f"the two documents share no content (no pair reaches similarity "
                            f"{settings.related_similarity}); nothing aligned")
            chosen = []
    else:
        cos = score = np.zeros((len(texts_a), len(texts_b)), dtype=np.float32)
        chosen = []
    pairs = []
    used_a: Set[int] = set()
    used_b: Set[int] = set()
    for i, j in chosen:
        ua, ub = side_a.units[i], side_b.units[j]
        used_a.update(ua.atoms)
        used_b.update(ub.atoms)
        c = float(cos[i, j])
        pairs.append(Pair(
            a=Span.of(doc_a, ua.start, ua.end), b=Span.of(doc_b, ub.start, ub.end),
            a_kind=ua.kind, b_kind=ub.kind, similarity=round(c, 4), score=round(float(score[i, j]), 4),
            chrf=round(chrf_score(texts_b[j], texts_a[i]), 2),
            label=_label(ua, ub, c, _words(texts_a[i]), _words(texts_b[j]), settings),
        ))

    def boiler(side: Side, excl) -> List[Unaligned]:
        out = []
        for s, e in side.excluded:
            rules = sorted({r for xs, xe, r in excl if xs < e and s < xe})
            out.append(Unaligned(Span.of(side.doc, s, e), "boilerplate", ",".join(rules) or None))
        return out

    un_a = sorted(_unaligned(side_a, used_a) + boiler(side_a, exclude_a), key=lambda u: u.span.start)
    un_b = sorted(_unaligned(side_b, used_b) + boiler(side_b, exclude_b), key=lambda u: u.span.start)
    return Alignment(doc_a, doc_b, pairs, un_a, un_b, settings=settings, chrf_signature=chrf_signature(),
                     sentences=(len(side_a.sentences), len(side_b.sentences)), model=_model_info(embed),
                     warnings=list(getattr(embed, "warnings", None) or []) + warnings)


def _model_info(embed) -> dict:
    """What the report says about the model: an Embedder's or Model's own description, else
    whatever id the object carries."""
    info = getattr(embed, "info", None)
    if info is None and hasattr(embed, "describe"):
        info = embed.describe()
    if not info:
        info = {"id": str(getattr(embed, "model_id", None) or getattr(embed, "id", None) or
                          getattr(embed, "__name__", None) or "custom")}
    return dict(info)



def compare(doc_a: Document, doc_b: Document, model, catalog=None,
            settings: Optional[Settings] = None, findings=None) -> Alignment:
    """Align two reports of one event and list their divergences.

    ``model``: an :class:`audit.embeddings.Embedder` (or anything :func:`align_documents`
    accepts). ``catalog``: a Catalog or list of rules (default: the bundled catalog); its
    ``boilerplate`` rules decide what never aligns and all its rules give the findings of
    the "one side has a finding" divergences. ``findings``: both documents' findings with
    that catalog, when the caller has them.
    """
    from ..engine import check_document
    from ..rules import load_rules

    if catalog is None:
        catalog = load_rules()
    rules = list(getattr(catalog, "rules", catalog))
    boiler_ids = {r.id for r in rules if r.type == "boilerplate"}
    if findings is not None:  # the caller checked both documents with this catalog already
        found_a, found_b = findings
    else:
        found_a = check_document(doc_a, rules).findings
        found_b = check_document(doc_b, rules).findings
    exclude_a = [(f.start, f.end, f.rule) for f in found_a if f.rule in boiler_ids]
    exclude_b = [(f.start, f.end, f.rule) for f in found_b if f.rule in boiler_ids]
    # The site's timestamp line ("2024-07-12 09:30  Source: ...") is furniture too: two of them
    # would pair and disagree on nothing an editor can fix.
    for doc, exclude in ((doc_a, exclude_a), (doc_b, exclude_b)):
        stamp = timestamp_span(doc)
        if stamp:
            exclude.append((stamp[0], stamp[1], TIMESTAMP))
    alignment = align_documents(doc_a, doc_b, model, settings, exclude_a, exclude_b)
    glossary = next((r.state["glossary"] for r in rules if r.type == "glossary"), None)
    alignment.divergences = find_divergences(
        alignment, [f for f in found_a if f.rule not in boiler_ids], [f for f in found_b if f.rule not in boiler_ids],
        glossary=glossary)
    # "equivalent" promises an editor that the two spans say the same thing: not if they
    # disagree on a name, a figure or a date.
    diverging = {d.pair for d in alignment.divergences}
    alignment.pairs = [replace(p, label="partial") if k in diverging and p.label == "equivalent" else p
                       for k, p in enumerate(alignment.pairs)]
    lines = (find_dateline(doc_a), find_dateline(doc_b))
    alignment.datelines = tuple(d.show() if d else None for d in lines)
    return alignment


