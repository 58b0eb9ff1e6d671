"""Candidate fluency signals from an English 3-gram language model, for measuring only.

``benchmarks/mqm_correlation.py`` uses this module to test whether a reference-free,
source-free fluency figure ranks translations the way human MQM raters do. The measured
answer (README, "The score") is that none of these signals does on the TED dev set: they are
benchmarks, not part of ``mtaudit``'s score.

The model is the English 3-gram model that the ``pocketsphinx`` wheel ships
(``model/en-us/en-us.lm.bin``; ``pip install pocketsphinx``, nothing is downloaded at run time).
Its vocabulary is lower-case words and contractions with no digits or punctuation, so a text
is read as follows (``tokenize``):

* sentences are split at ``. ! ?`` followed by white space; each gets ``<s>`` ... ``</s>``;
* words are runs of letters with inner apostrophes (curly ones made straight), lower-cased;
  digits and punctuation are not words;
* a word the model does not know (a name, a rare term, a typo) is counted as out of
  vocabulary, not scored, and breaks the context: the next word is scored with no history.
  Names and numbers therefore never dominate a segment's figure.

Per text (``features``), with log-probabilities in nats:

* ``mean_logprob``: the mean of log P(w | two previous words) over scored tokens (``</s>``
  included);
* ``slor``: the mean of log P(w | history) - log P(w) (the syntactic log-odds ratio of Lau,
  Clark and Lappin: the unigram term takes out how common the words are);
* ``improbable``: tokens whose conditional log-probability is below ``IMPROBABLE`` nats;
* ``oov``: words not in the model's vocabulary.

``LanguageModel`` is the interface: anything with ``logprob(word, history)`` returning nats
or None for an unknown word (history: the preceding words, most recent last). Tests use a
small table; ``PocketsphinxLM`` wraps the real model.
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Protocol, Sequence, Tuple

BOS, EOS = "<s>", "</s>"
IMPROBABLE = -10.0  # nats: about 1 in 22,000
_MISSING = object()

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")


class LanguageModel(Protocol):
    def logprob(self, word: str, history: Sequence[str]) -> Optional[float]:
        """ln P(word | history), history most recent last; None when ``word`` is unknown."""


def tokenize(text: str) -> List[List[str]]:
    """Sentences of lower-cased words (no ``<s>``/``</s>``); empty sentences are dropped."""
    text = text.replace("’", "'").replace("‘", "'")
    out = []
    for sentence in _SENTENCE_END.split(text):
        words = [w.lower() for w in _WORD.findall(sentence)]
        if words:
            out.append(words)
    return out


@dataclass(frozen=True)
class Features:
    tokens: int        # words plus one </s> per sentence
    scored: int        # tokens the model knows
    oov: int           # words the model does not know
    mean_logprob: float
    slor: float
    improbable: int

    @property
    def oov_share(self) -> float:
        return self.oov / self.tokens if self.tokens else 0.0


def token_scores(text: str, lm: LanguageModel) -> List[Tuple[str, float, float]]:
    """(token, ln P(token | history), ln P(token)) for every token the model knows."""
    out = []
    for words in tokenize(text):
        history = [BOS]
        for word in words + [EOS]:
            unigram = lm.logprob(word, ())
            if unigram is None:
                history = []  # an unknown word: the next word starts afresh
                continue
            conditional = lm.logprob(word, history[-2:]) if history else unigram
            out.append((word, conditional, unigram))
            history.append(word)
    return out


def features(text: str, lm: LanguageModel, improbable: float = IMPROBABLE) -> Features:
    scores = token_scores(text, lm)
    tokens = sum(len(s) + 1 for s in tokenize(text))
    n = len(scores)
    return Features(
        tokens=tokens,
        scored=n,
        oov=tokens - n,
        mean_logprob=sum(c for _, c, _ in scores) / n if n else 0.0,
        slor=sum(c - u for _, c, u in scores) / n if n else 0.0,
        improbable=sum(1 for _, c, _ in scores if c < improbable),
    )


class TableLM:
    """A language model from a table {(h2, h1, w) or (h1, w) or (w,): ln p}, with the plain
    unigram as back-off: enough for tests and examples."""

    def __init__(self, table: Dict[Tuple[str, ...], float]):
        self.table = dict(table)

    def logprob(self, word: str, history: Sequence[str]) -> Optional[float]:
        if (word,) not in self.table:
            return None
        for k in range(min(2, len(history)), 0, -1):
            key = tuple(history[-k:]) + (word,)
            if key in self.table:
                return self.table[key]
        return self.table[(word,)]


class PocketsphinxLM:
    """The English 3-gram model shipped in the pocketsphinx wheel, lookups cached."""

    # pocketsphinx returns log base 1.0001 scores; -2**29 means "no such word".
    _UNIT = math.log(1.0001)
    _UNKNOWN = -(2 ** 29)

    def __init__(self, path: Optional[str] = None):
        # Imported here: only this benchmark needs pocketsphinx (an optional dependency).
        import pocketsphinx

        self.path = path or os.path.join(os.path.dirname(pocketsphinx.__file__), "model", "en-us", "en-us.lm.bin")
        self._model = pocketsphinx.NGramModel.readfile(self.path)
        self._cache: Dict[Tuple[str, ...], Optional[float]] = {}

    def logprob(self, word: str, history: Sequence[str]) -> Optional[float]:
        key = (word, *reversed(history[-2:]))  # pocketsphinx wants the history reversed
        value = self._cache.get(key, _MISSING)
        if value is _MISSING:
            raw = self._model.prob(list(key))
            value = None if raw <= self._UNKNOWN else raw * self._UNIT
            self._cache[key] = value
        return value
