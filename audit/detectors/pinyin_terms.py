"""``pinyin_term``: a Chinese common noun left in pinyin, lower case, with nothing that says what
it means: "rooms in the village minsu" (民宿, guesthouses), "officials of the jiedao" (街道,
the subdistrict), "200 nongjiale" (农家乐, farm stays). An engine that does not know a word of
the source copies its reading; an English reader cannot look it up.

The test reads the word's shape, not a list of words: lower case, two to four pinyin syllables
(``cedict.pinyin_word``), no English word (wordfreq Zipf below ``max_zipf``, far below the
pinyin words English has taken in: "hukou" 2.0, "gaokao" 1.4; and no word CC-CEDICT's glosses
write in lower case), and the reading, tones dropped, of a CC-CEDICT word of two to four
characters that is no name reading (the message names such words and their first senses). A word the
document explains anywhere passes everywhere: quoted, in brackets, after "known as", "called",
"the term", before an appositive (", a form of detention", " -- glutinous rice dumplings",
", or"), beside other pinyin or Chinese characters, in an address or a handle, and a word
before an English noun that names what it is ("a lusheng dance", "gongbao chicken"). ``known`` lists
pinyin words English writes unexplained that are still rarer than ``max_zipf``, and the one-word
accepted forms of the terms file and the glossary count as known too ("dibao"). A document
that writes ``MANY_WORDS`` different such words or more is about Chinese words (a food guide, a
glossary, a column on slang), and passes.
"""
from __future__ import annotations

import functools
import re

from . import Hit, Key, ParamError, register
from .. import cedict, re_programs
from ..analysis import WordFacts
from ..glossary import DEFAULT_PATH as GLOSSARY_PATH
from ..zipf import zipf_cached
from .capital_names import any_mention, in_address as _in_address, in_gloss as _in_gloss, is_pinyin, lower_line as _lower_line, not_english
from .literal_index import FUNCTION_WORDS
from .slogans import accepted_forms
from .terms import _FINITE_PAST, _PAST_IRREGULAR, DEFAULT_PATH as TERMS_PATH

# A lower-case word of four letters or more that is no part of a hyphenated word, an address,
# a handle or a contraction.
_CANDIDATE = re_programs.compile(r"(?<![\w'’@#/.\-])([a-z]{4,})(?![\w'’@/\-])")
# What explains the word where it stands, after it (or after the noun it stands before,
# "changfan machines, small dredgers"): an appositive in lower case or in quotation marks
# (", a form of detention", ", fresh soy milk", ', "the slow life"'), a dash, a colon, a
# bracket, or the language named ("neijuan in Chinese").
_EXPLAINED_AFTER = re_programs.compile(
    r"(?:[ \u00a0]+[a-z]+)?[ \u00a0]*(?:,[ \u00a0]+[a-z\"“‘']|[—–(:!]|--)"
    r"|,[ \u00a0]+(?:Chinese|Mandarin|Cantonese)\b"
    r"|[ \u00a0]+in[ \u00a0]+(?:Chinese|Mandarin|Cantonese|pinyin)\b"
    r"|[ \u00a0]+[a-z]*[üāáǎàēéěèīíǐìōóǒòūúǔù]"  # beside a word in pinyin with its marks ("quanzhi ernü")
    r"|[.!?][ \u00a0]+(?:The|This|That|It)[ \u00a0]+(?:word|term|phrase|expression|is|means)\b")
# ... or before it: "known (in Chinese) as (the)", "called", "the term", "a word for".
_EXPLAINED_BEFORE = re_programs.compile(
    r"\b(?:known|called|dubbed|termed|named|term|terms|word|words|phrase|expression|say|says|call|calls)\b"
    r"(?:[ \u00a0]+[\w’']+){0,3}[ \u00a0]+$", re.IGNORECASE)
_WORD_CHARS = 4  # most characters of a CC-CEDICT word read
MANY_WORDS = 3


_SHOWN = 3  # dictionary words named in the message
# An English noun right after the word names what it is ("a lusheng dance", "lusheng pipes",
# "gongbao chicken"): a lower-case word at least this common in English (wordfreq Zipf) that is
# no function word, no adverb in -ly and no verb in the past ("a wanghong sold").
_HEAD_ZIPF = 3.5
_NEXT_WORD = re_programs.compile(r"[ \u00a0]+([a-z]+)\b")


def _english_head_after(text: str, end: int, line_end: int) -> bool:
    m = _NEXT_WORD.match(text, end, line_end)
    if not m:
        return False
    word = m.group(1)
    return (word not in FUNCTION_WORDS and zipf_cached(word) >= _HEAD_ZIPF and not word.endswith(("ed", "ly"))
            and word not in _FINITE_PAST and word not in _PAST_IRREGULAR)


# Readings are stored in parts by their first three letters (``diskcache.bucketed``, 1,744
# parts): a check asks about a few pinyin-shaped words (108 over 320 news files, which open 73
# parts: 9 ms), and unpacking all 63,000 readings was 35-40 ms of every run that met one (by
# two letters, 136 parts, 43 opened: 15 ms).
_READING_PREFIX = 3


@functools.lru_cache(maxsize=1)
def _readings():
    """``_build_readings``, kept in the cache directory (``audit.diskcache``): building it reads
    the whole dictionary (about 1.3 s); read once per process, when a document first holds a
    word shaped like pinyin, as a ``diskcache.Buckets`` (``get`` and ``[]`` as a dict's) whose
    parts are unpacked when a word of theirs is first asked about."""
    from .. import diskcache

    def check(data):
        return diskcache.Buckets(data, _READING_PREFIX, _checked_readings, value_type=(str, type(None)))

    return diskcache.Derived("pinyin-readings", cedict.cedict_path(), (__file__, cedict.__file__),
                             (_WORD_CHARS, _SHOWN, _READING_PREFIX)).get(
        lambda: diskcache.bucketed(_checked_readings(), _READING_PREFIX), check)


def _checked_readings() -> dict:
    """``_build_readings``, its shape checked (a damaged stored part rebuilds the whole table)."""
    data = _build_readings()
    if not all(isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()):
        raise ValueError("not a table of readings")
    return data


def _build_readings() -> dict:
    """Toneless pinyin, written as one word ("dibao"), -> the CC-CEDICT words of two to
    ``_WORD_CHARS`` characters with that reading, as "低保 'subsistence allowance'" (first
    sense; words of a noun sense first, then file order; name readings, capitalised, left out);
    None where a sense of one of them writes the reading itself (English has taken it in:
    "sanxian, ... instruments")."""
    found: dict = {}
    for line in cedict.entries():
        if line.pinyin[:1].isupper() or not 2 <= len(line.simplified) <= _WORD_CHARS:
            continue
        key = re.sub(r"[1-5\s]", "", line.pinyin.lower()).replace("u:", "v")
        if not key.isalpha() or found.get(key, ()) is None:
            continue
        senses = [" ".join(cedict.PARENS.sub("", g).split()) for g in line.glosses]
        senses = [s for s in senses if s and not s.lower().startswith(cedict.NO_MEANING)]
        if not senses:
            continue
        if any(key in cedict.GLOSS_WORD.findall(s.lower()) for s in senses):
            found[key] = None
            continue
        found.setdefault(key, []).append((senses[0].lower().startswith("to "), line.simplified, senses[0]))
    out = {}
    for key, words in found.items():
        if words is None:
            out[key] = None
            continue
        shown, seen = [], set()
        for _, zh, sense in sorted(words, key=lambda w: w[0]):  # stable: file order within each group
            if zh not in seen:
                seen.add(zh)
                shown.append(f"{zh} '{sense}'")
        out[key] = " or ".join(shown[:_SHOWN])
    return out


# A word in pinyin, capitalised or not, just before: the two are one phrase in pinyin ('"Gongxi facai"').
_PINYIN_BEFORE = re_programs.compile(r"(?<![\w'’-])([A-Za-z]+)[ \u00a0]+$")


def _explained(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    before = _PINYIN_BEFORE.search(text, max(line_start, start - 20), start)
    if before and candidate(before.group(1).lower(), 3.0):
        return True
    return (_in_gloss(text, start, end, line_start, line_end)
            or _EXPLAINED_AFTER.match(text, end, line_end) is not None
            or _EXPLAINED_BEFORE.search(text, max(line_start, start - 40), start) is not None)


def _explained_in(doc, word: str) -> bool:
    """Does the document explain ``word`` (in any case) at any mention?"""
    return any_mention(doc, word, _explained)


def candidate(word: str, max_zipf: float) -> bool:
    """Is ``word`` (lower case) shaped like a Chinese word in pinyin: two to four syllables, no
    English word, rarer than ``max_zipf``?"""
    return (zipf_cached(word) < max_zipf and is_pinyin(word, 4) and not is_pinyin(word, 1)
            and not_english(word))


@register("pinyin_term", fields=("chinese",), keys={
    "max_zipf": Key((int, float), 1.0, "a word as common in English as this (wordfreq Zipf) or more is English"),
    "known": Key((list,), [], "pinyin words English writes unexplained (lower case), never reported"),
    "terms": Key((str,), TERMS_PATH, "terms file whose one-word accepted English forms are never reported ('' for none)"),
    "glossary": Key((str,), GLOSSARY_PATH, "glossary whose one-word canonical and allowed forms are never reported "
                                           "('' for none)"),
})
def prepare(p):
    known = set()
    for i, item in enumerate(p["known"]):
        if not isinstance(item, str) or not re.fullmatch(r"[a-z]+", item):
            raise ParamError(f"known[{i}]", "must be a lower-case word")
        known.add(item)
    known |= {form for form in accepted_forms(p) if form.isalpha()}  # "dibao": the files accept it as English
    if not 0 < p["max_zipf"] <= 3:
        raise ParamError("max_zipf", "must be above 0 and at most 3")
    return {"max_zipf": float(p["max_zipf"]), "known": frozenset(known)}


@functools.lru_cache(maxsize=8)
def _shaped(max_zipf: float, known: frozenset) -> WordFacts:
    """Whether a word is shaped like pinyin of a CC-CEDICT word, for a rule's ``max_zipf`` and
    ``known`` words: a fact of the word alone, worked out once per distinct word of a run, not
    once per document (a document's words are mostly those of the documents before it)."""
    return WordFacts(lambda word: word not in known and candidate(word, max_zipf)
                     and _readings().get(word) is not None)


@prepare.detector
def detect(doc, state):
    text = doc.text
    # the distinct words (``_CANDIDATE``'s one group) shaped like pinyin of a CC-CEDICT word
    words = set(filter(_shaped(state["max_zipf"], state["known"]).__getitem__, set(_CANDIDATE.findall(text))))
    if not words or len(words) >= MANY_WORDS:
        return
    words = {w for w in words if not _explained_in(doc, w)}
    lower_lines = {}
    for m in _CANDIDATE.finditer(text):
        word = m.group(1)
        if word not in words:
            continue
        line_start, line_end = doc.line_at(m.start())
        if _english_head_after(text, m.end(), line_end) \
                or _in_address(text, m.start(), m.end(), line_start, line_end) \
                or _lower_line(text, line_start, line_end, lower_lines):
            continue
        yield Hit(m.start(), m.end(), None, {"word": word, "chinese": _readings()[word]})
