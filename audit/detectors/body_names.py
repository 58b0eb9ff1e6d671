"""The names of government bodies in a document: the words they are made of (head nouns,
generic words, linkers), shared by the ``consistency`` type's truncation and known-names modes,
and the second forms of one body that the truncation mode reports with ``second_forms``.

A body named in full and then again in a form MT makes of it: a member of a coordination
dropped ("the Development Commission" for the Hefei Development and Reform Commission), a
content qualifier dropped from its start ("the Security Administration" for the National
Healthcare Security Administration), another head noun that renders the same Chinese head
("Health Committee" for a Health Commission), a content word in the other number ("Ministry
of Natural Resource"), or a local body's level and head kept with its subject cut or said in
other words ("the Municipal Civil Bureau" for the Nanjing Municipal Civil Affairs Bureau). Places,
levels and generic words dropped are normal second references.
"""
from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections import Counter

from . import Hit
from . import official_names
from .. import cedict
from ..cedict import chinese_places
from ..spans import Occurrences
from ..zipf import zipf_cached
from .. import re_programs

LINKERS = {"of", "and", "for", "the", "on", "in", "&"}
POSSESSIVE = re_programs.compile(r"['’]s?$")


@functools.lru_cache(maxsize=50_000)  # a few thousand distinct tokens per megabyte, each asked often
def bare(token):
    """A name token without its punctuation and possessive: "Ministry's," -> "ministry"."""
    return token.lower().strip(",.;:'’").replace("’s", "").replace("'s", "")


# A short form made only of these words and a body's head noun names no body by itself:
# "State Administration" for "State Administration for Market Regulation".
GENERIC = {"state", "national", "provincial", "municipal", "central", "general", "people's", "china", "chinese",
           "regional", "county", "city", "district", "local", "federal", "main"}
HEADS = {"administration", "ministry", "commission", "bureau", "department", "office", "committee", "agency",
         "authority", "center", "centre", "institute", "association", "academy", "council", "board", "service"}
# A cut official name names a body: "Belt and Road" (of the Belt and Road Initiative) used as a
# modifier ("Belt and Road countries") is no truncation.
BODIES = HEADS | {"corporation", "company", "group", "bank", "university", "court", "procuratorate", "government",
                  "organization", "organisation", "federation", "union", "party", "congress", "assembly",
                  "fund", "foundation", "society", "league", "conference", "forum"}


def end_before_possessive(text, span):
    """Where a name token ends without its possessive: the fix keeps the "'s" of "Ministry's"."""
    possessive = POSSESSIVE.search(text, span[0], span[1])
    return possessive.start() if possessive else span[1]


def about_china(doc, names):
    """A document about China, as the ``official_names`` type decides, or one that names a
    body of a Chinese province or city ("the Ningbo Development and Reform Commission")."""
    if official_names.document_about_china(doc):
        return True
    return any(bare(toks[0]) in official_names.PLACES and _head_at(toks) is not None for toks, _ in names)


# -- second forms of one body in a document (truncation mode, `second_forms`) --

HOW = {"cut": "a shortened form", "gap": "a form with words left out from inside the name", "middle": "a form with a member of the coordination dropped",
       "qualifier": "a form without the words that say which body it is",
       "head": "a form with another head noun", "number": "a form with a word in the wrong number",
       "qualifier head": "a form with another head noun and without the words that say which body it is",
       "subject": "a form that keeps its level and head noun but says what the body does in other words",
       "part": "a form made of some of its words"}
# The kinds of second form, in the order one is named when a form is of more than one kind: a
# qualifier dropped from the start says most about "Headquarters Office" for the Flood Control and
# Drought Relief Headquarters Office, and it also holds where a member of the coordination went.
_HOW_ORDER = ("qualifier", "qualifier head", "middle")
# Head nouns of a government body that a second form keeps; "Bank", "Exchange", "Court" and
# "Council" are left out: "Bank of China" beside "People's Bank of China", "the Stock Exchange"
# after "the London Stock Exchange", "People's Court" and "Security Council" are names of their own.
_BODY_HEADS = {"administration", "ministry", "commission", "bureau", "department", "office", "committee", "agency",
               "authority", "academy", "inspectorate"}
# Head nouns that render one Chinese head (委员会 / 委, 局, 办, 部): MT picks one or the other.
_HEAD_SWAPS = ({"commission", "committee"}, {"bureau", "office"}, {"bureau", "administration"},
               {"ministry", "department"})
_LEVELS = {"provincial", "municipal", "city", "county", "district", "prefecture", "prefectural", "autonomous",
           "regional", "municipality", "province", "region", "town", "township", "new", "area", "zone"}
_PLACE_WORDS = {"hong", "kong", "macao", "macau", "taiwan", "xi'an", "tibet"}
_NATIONAL = {"national", "state", "central", "china", "chinese"}
# Words of an international body's name that a second reference drops: "the Atomic Energy
# Agency" for the International Atomic Energy Agency.
_BROAD = {"international", "world", "global", "united", "nations", "asian", "african", "european", "american",
          "pacific", "federal", "joint", "inter-american", "multilateral"}


# Nouns that end the name of a place, a site or an event: dropped words ending so are whose
# body it is, not what it does ("Yangtze River", "Zhongguancun Science Park", "Asian Games").
_SITES = {"river", "lake", "sea", "bay", "delta", "basin", "plateau", "valley", "mountain", "mountains", "island",
          "islands", "port", "park", "zone", "area", "district", "games", "expo", "olympics", "forum", "festival",
          "fair", "exhibition", "summit", "university", "college", "school", "hospital"}
# Words that say what kind of committee a body is: "the Organizing Committee", "the Management
# Committee" of a park are normal second references.
_KINDS_OF_BODY = {"organizing", "organising", "standing", "executive", "steering", "advisory", "preparatory",
                  "working", "management", "administrative", "coordinating", "leading", "expert", "review",
                  "ethics", "selection", "judging", "arbitration", "evaluation", "joint", "special", "select",
                  "supervisory", "audit", "academic",
                  # a Party committee (党委) is one kind of committee: "the Party Committee" after "the
                  # Chengdu Municipal Committee of the Communist Party of China"
                  "party"}


# Nouns of a level of government that end a place's name ("Cook County", "Manhattan District",
# "Shanghai Municipal"): the capitalised words before one are the place, whatever their
# frequency in English ("Cook", "Fairfax", "Santa Clara"), and a second form that drops them is an
# ordinary second reference ("the Health Department" after "the Cook County Health Department").
_PLACE_LEVELS = {"county", "district", "city", "municipal", "provincial", "prefecture", "prefectural", "province",
                 "township", "borough", "parish"}


def _place_with_level(toks, k):
    """Whether ``toks[:k]`` is a place named with its level: capitalised words that end in a level
    noun ("Cook County", "Santa Clara County") or stand before one that starts the rest
    ("Manhattan" of "Manhattan District Attorney's Office")."""
    if not 0 < k < len(toks) or not all(t[:1].isupper() for t in toks[:k]):
        return False
    return bare(toks[k - 1]) in _PLACE_LEVELS or bare(toks[k]) in _PLACE_LEVELS


def _swapped_heads(head):
    """The head nouns that render the same Chinese head as ``head``, but "Ministry" and
    "Department", which also name two levels of government."""
    return {h for pair in _HEAD_SWAPS if head in pair and pair != {"ministry", "department"} for h in pair} - {head}


@functools.lru_cache(maxsize=50_000)  # asked of each token of every full name and form, again and again
def _place(token):
    """A place, a level of government or a word of a proper name ("Ningbo", "Municipal",
    "Hong Kong", an acronym): a second form may drop it, as a second reference drops the city."""
    word = bare(token)
    if word in official_names.PLACES or word in _LEVELS or word in _PLACE_WORDS or token.isupper():
        return True
    return bool(official_names.FOREIGN_CUE.fullmatch(token.rstrip(",.;:"))) or zipf_cached(word) < 3.5


def _head_at(toks):
    """Where a body's name has its head: the last word ("Health Commission"), else its first
    ("Ministry of Commerce"); None for a name of another shape."""
    if bare(toks[-1]) in _BODY_HEADS:
        return len(toks) - 1
    if bare(toks[0]) in _BODY_HEADS and len(toks) > 2 and toks[1].lower() in ("of", "for"):
        return 0
    return None


@functools.lru_cache(maxsize=20_000)  # the names of a document, asked again for each of its forms
def name_core(toks):
    """A name without its place and level ("Ningbo", "Hubei Provincial"), nor "of China", "of
    the State Council" or "of X Province" after it; generic words ("National", "China") stay."""
    start, end = 0, len(toks)
    while start < end - 1 and (_place(toks[start]) and bare(toks[start]) not in GENERIC - _LEVELS or
                               bare(toks[start]) in ("china", "chinese") and bare(toks[start + 1]) in _BODY_HEADS):
        start += 1  # "Hubei Provincial", "Ningbo", and "China's" before "Ministry"
    if "in" in toks[start:]:
        end = toks.index("in", start)  # "the Ministry of Natural Resources in Beijing"
    _, tail_end, _ = official_names.core(list(toks[start:end]))
    words = [bare(t) for t in toks[start:end]]
    if tail_end < len(words) and (words[tail_end] == "of"):
        end = start + tail_end
    return toks[:start], toks[start:end]


def _content(toks, head):
    """The words that say what a body does: not generic, not a linker, not its head."""
    return tuple(bare(t) for i, t in enumerate(toks) if i != head and t.lower() not in LINKERS
                 and bare(t) not in GENERIC and bare(t) not in official_names.PLACES)


def _accepted(catalog, toks, chinese=False):
    """Is this form an accepted name of a listed body, or of another government's (not with
    ``chinese``)?"""
    if catalog is None:
        return False
    signature = official_names.parse_form(" ".join(toks)).signature
    return any(signature in forms for level, forms in catalog.accepted.items() if not chinese or level != "other")


@functools.lru_cache(maxsize=8)
def _official_words(catalog):
    """The words of the listed bodies' official, short and former names, lower case (not of the
    file's ``accepted`` names of other governments)."""
    return frozenset(bare(w) for n in catalog.forms for w in n.split())


def _coordination_drops(core):
    """The forms of ``core`` with a member of one of its coordinations dropped, or the "and",
    or the whole coordination: "Development [and Reform] Commission", "Ministry of [Housing
    and] Urban-Rural Development", "State-owned Assets [Supervision and Administration]
    Commission". The head and some content word stay."""
    head = _head_at(core)
    out = set()
    for i, tok in enumerate(core):
        if tok not in ("and", "&") or i + 1 >= len(core) or core[i + 1].lower() == "the":
            continue
        left = i
        while left > 0 and left - 1 != head and core[left - 1][:1].isupper() and core[left - 1].lower() not in LINKERS:
            left -= 1
        right = i + 1
        while right < len(core) and right != head and core[right][:1].isupper() and core[right].lower() not in LINKERS:
            right += 1
        if left == i or right == i + 1:
            continue
        for a in range(left, i + 1):
            for b in range(i + 1, right + 1):
                form = core[:a] + core[b:]
                h = _head_at(form) if form else None
                if h is not None and _content(form, h) and bare(form[h]) == bare(core[head]):
                    out.add(form)
    return out


# "Former" before a person's role speaks of the person's past, not the body's ("a case against
# the former port chief", "a former official of the bureau", "the former deputy director"):
# up to two words may stand between (cuts10).
_PERSON_ROLES = (r"chiefs?|heads?|directors?|officials?|officers?|mayors?|secretar(?:y|ies)|governors?|chairm[ae]n|"
                 r"chairwom[ae]n|chairpersons?|presidents?|deputy|deputies|vice|ministers?|employees?|staff|"
                 r"executives?|managers?|bosses|boss|leaders?|cadres?|judges?|prosecutors?|members?|colleagues?|"
                 r"wife|husband|commanders?|workers?|students?|players?|coach(?:es)?|champions?|spokesm[ae]n|"
                 r"spokeswom[ae]n|spokespersons?|inspectors?|auditors?|clerks?|accountants?|aides?|partners?")

# A sentence that speaks of a body's past: a shorter name there is the body before a merger or a
# split ("Before 2019, such sales were approved by the Municipal Planning Bureau"), not a cut.
_HISTORY = re_programs.compile(r"\b(?:formerly|former(?![ ](?:[\w'’-]+[ ]){0,2}?(?:" + _PERSON_ROLES + r")\b)|"
                               r"predecessors?|previously|used[ ]to[ ]be|merger|merged|split[ ]up|abolished|renamed|"
                               r"dissolved|(?:before|until|till|prior[ ]to)[ ](?:the[ ])?(?:(?:19|20)\d\d\b|"
                               r"(?:\d{4}[ ])?(?:merger|reform|restructuring|reorgani[sz]ation)))", re.IGNORECASE)


def _in_history(text, start):
    """Whether the sentence holding ``start``, or the one before it, speaks of a body's past
    (``_HISTORY``: "... was split up in 2018. Drug oversight passed to the Provincial Drug
    Administration")."""
    stops, lines, questions = _sentence_marks(text)
    left = max(stops.rfind(start), lines.rfind(start), questions.rfind(start))
    left = max(stops.rfind(max(left, 0)), lines.rfind(max(left, 0)))
    right = min((k for k in (stops.find(start), lines.find(start)) if k >= 0), default=len(text))
    return bool(_HISTORY.search(text, left + 1, right))


@functools.lru_cache(maxsize=2)
def _sentence_marks(text):
    """The places of ". ", "\n" and "? " in ``text`` (``_in_history`` reads the nearest ones
    around a name; ``str.rfind`` and ``str.find`` read a line without them to its ends, once
    per name)."""
    return Occurrences(text, ". "), Occurrences(text, "\n"), Occurrences(text, "? ")


def second_forms(text, catalog, names, linkers, reported, china):
    """The second forms of ``_second_forms`` that do not stand in a sentence about a body's past
    (``_in_history``): there a shorter name is the body before a merger or a split."""
    for hit in _second_forms(text, catalog, names, linkers, reported, china):
        if not _in_history(text, hit.start):
            yield hit


def _second_forms(text, catalog, names, linkers, reported, china):
    """A body named in full and then in a form MT makes of it: a member of a coordination
    dropped ("Development Commission" for the Hefei Development and Reform Commission), a
    content qualifier dropped from its start ("Security Administration" for the National
    Healthcare Security Administration), another head noun that renders the same Chinese head
    ("Health Committee" for a Health Commission) or a word in the other number ("Ministry of
    Natural Resource"). Places, levels and generic words dropped are normal second references
    ("the Development and Reform Commission" for Hefei's), and so are lower-case forms, which
    are never read. A qualifier dropped and another head noun are read only in a document about
    China, whose bodies' names are the kind MT renders so."""
    forms = {}  # a second form -> {(how, fix)}
    for whole in {toks for (toks, _), linker in zip(names, linkers) if linker not in ("and", "&")}:
        qualifier, core = name_core(whole)
        if len(core) < 2 or _head_at(core) is None:
            continue
        fix = (" ".join(core), frozenset(bare(t) for t in qualifier))
        # Outside China's stories a name and its member are often two bodies ("Department of
        # Health and Human Services", a state's "Department of Human Services").
        for form in _coordination_drops(core) if china or _accepted(catalog, core, chinese=True) else ():
            k = 0
            while True:  # also without the generic words of its start: "[National] Forestry Administration"
                forms.setdefault(form[k:], set()).add(("middle", fix))
                if k + 2 < len(form) and bare(form[k]) in GENERIC:
                    k += 1
                else:
                    break
        head = _head_at(core)
        if china and head == len(core) - 1:
            # "[National Healthcare] Security Administration": the rest names no body of its own
            for k in range(1, len(core) - 1):
                dropped, rest = core[:k], core[k:]
                if rest[0].lower() in LINKERS or not _content(rest, len(rest) - 1):
                    continue
                if any(bare(t) in BODIES for t in dropped) or any(bare(t) in BODIES for t in rest[:-1]):
                    continue  # "[CPC Central Committee] Organization Department": a unit of a body
                if any(t.lower() in LINKERS - {"and", "&"} for t in dropped):
                    continue  # "[Port of] Rotterdam Authority", "[Financial Services and the] Treasury Bureau"
                qualifiers = [t for t in dropped if t.lower() not in LINKERS and bare(t) not in GENERIC
                              and bare(t) not in _BROAD]
                if qualifiers and not any(_place(t) for t in qualifiers) and not _place_with_level(core, k):
                    # "[Yangtze River] Water Resources Commission", "[Asian Games] Organizing
                    # Committee": whose body it is; "the Organizing Committee" is good English
                    if not any(bare(t) in _SITES for t in qualifiers) and \
                            not all(bare(t) in _KINDS_OF_BODY for t in rest[:-1]):
                        forms.setdefault(rest, set()).add(("qualifier", fix))
                    # ... but not under another head for the same Chinese head: "[Suzhou Industrial
                    # Park] Administrative Commission" for its Administrative Committee
                    for other in _swapped_heads(bare(rest[-1])):
                        forms.setdefault(rest[:-1] + (other.capitalize(),), set()).add(("qualifier head", fix))
    groups = {}  # content words without a plural ending -> [(index of the name, head, core)]
    for n, (toks, spans) in enumerate(names):
        if linkers[n] in ("and", "&"):
            continue  # "[National Radio and] Television Administration" inside the full name
        qualifier, core = name_core(toks)
        # "the Development Commission", or "the Hefei Development Commission" when the full
        # name had that place too
        places = {bare(t) for t in qualifier}
        found = {(how, fix) for how, (fix, _) in forms.get(toks, ())}
        if found:
            qualifier = ()
        else:
            found = {(how, fix) for how, (fix, where) in forms.get(core, ()) if qualifier and places <= where}
        if found and not _accepted(catalog, toks):
            kinds = {fix for _, fix in found}
            if len(kinds) == 1 and spans[0][0] not in reported and not _foreign(text, spans[0][0]):
                # one fix, made by more than one kind of form: name the kind by a fixed order, not
                # by the set's order (which follows the process's string hashing)
                how, fix = min(found, key=lambda pair: _HOW_ORDER.index(pair[0]))
                fix = " ".join([*qualifier, fix])
                last = spans[-1] if not qualifier else spans[len(qualifier) + len(core) - 1]
                reported.add(spans[0][0])
                yield Hit(spans[0][0], end_before_possessive(text, last), fix, {"other": fix, "how": HOW[how]})
                continue
        head = _head_at(core) if len(core) >= 2 else None
        if head is None or linkers[n] or _foreign(text, spans[0][0]):
            continue
        content = _content(core, head)
        if content:
            key = tuple(w[:-1] if w.endswith("s") and len(w) > 4 else w for w in content)
            groups.setdefault(key, []).append((n, qualifier, core, head, content))
    yield from _swaps(text, catalog, names, groups, reported, china)
    if china:
        yield from _changed_subjects(text, catalog, names, linkers, reported)
    yield from _headless_starts(text, names, reported, china)
    yield from _gapped_forms(text, catalog, names, linkers, reported, china)
    if china:
        yield from _scattered_parts(text, catalog, reported)


def _foreign(text, start):
    """Another country's body ("the U.S. Commerce Department") or an owner's unit ("the NPC's
    Foreign Affairs Committee") starts here."""
    if official_names.FOREIGN_BEFORE.search(text, max(0, start - 60), start):
        return True
    owner = official_names.OWNER.search(text, max(0, start - 40), start)
    return bool(owner) and bare(owner.group(1)) not in official_names.PLACES and bare(owner.group(1)) != "china"


def _swaps(text, catalog, names, groups, reported, china):
    """One body under two head nouns that render one Chinese head, or with one content word
    in two numbers: the form used less (later, when as often) is flagged, with the other's
    head or word as fix."""
    for members in groups.values():
        variant_of = {n: (bare(core[head]), content) for n, _, core, head, content in members}
        counts = Counter(variant_of.values())
        if len(counts) < 2:
            continue
        first = {}
        for n, *_ in members:
            first.setdefault(variant_of[n], names[n][1][0][0])
        main = max(counts, key=lambda v: (counts[v], -first[v]))
        main_forms = [(q, core, head) for n, q, core, head, _ in members if variant_of[n] == main]
        main_places = [{bare(t) for t in q} for q, _, _ in main_forms]
        # The same qualifiers or fewer: "Provincial Health Committee" after "Shaanxi Provincial
        # Health Commission". A form with a place of its own names another body ("Shenzhen
        # Municipal Taxation Bureau" beside the "State Taxation Administration"), and so does
        # every form like it in the document.
        other_body = {variant_of[n] for n, q, *_ in members
                      if not any({bare(t) for t in q} <= places for places in main_places)}
        _, main_core, main_head = main_forms[0]
        for n, qualifier, core, head, content in members:
            variant = variant_of[n]
            if variant == main or variant in other_body:
                continue
            if content != main[1]:
                if variant[0] != main[0]:
                    continue
                how = "number"
                ours = {w for w, m in zip(content, main[1]) if w != m}
                theirs = {m for w, m in zip(content, main[1]) if w != m}
                if catalog is not None and ours <= _official_words(catalog) and not theirs <= _official_words(catalog):
                    continue  # the form used less has the official word: "Communications"
            elif china and any(variant[0] in pair and main[0] in pair for pair in _HEAD_SWAPS):
                how = "head"
                if any(main_places) and (variant[0] == "ministry" or _NATIONAL & {bare(t) for t in core}):
                    continue  # "the Ministry of Natural Resources" beside a provincial department
                if {variant[0], main[0]} == {"ministry", "department"} and (
                        official_names.LOCAL_DOC.search(text) or official_names.FOREIGN_CUE.search(text)):
                    continue  # a province's "Department of Education", the U.S. "Commerce Department"
                if _accepted(catalog, core):
                    continue  # "Foreign Affairs Committee" (NPC) beside "Central Foreign Affairs Commission"
            else:
                continue
            toks, spans = names[n]
            start = spans[0][0]
            if start in reported:
                continue
            if how == "head" and (head == 0) == (main_head == 0):
                fix_core = [t if i != head else main_core[main_head] for i, t in enumerate(core)]
            elif how == "head":
                fix_core = list(main_core)
            else:
                by_word = dict(zip(content, main[1]))
                fix_core = [_same_case(t, by_word[bare(t)]) if bare(t) in by_word else t for t in core]
            fix = " ".join([*qualifier, *fix_core])
            reported.add(start)
            yield Hit(start, end_before_possessive(text, spans[len(qualifier) + len(core) - 1]), fix,
                      {"other": fix, "how": HOW[how]})


def _same_case(token, word):
    """``word`` written as ``token`` is: "Resource" -> "Resources"."""
    return word[:1].upper() + word[1:] if token[:1].isupper() else word


# -- a body's level and head kept, what it does said in other words (``_changed_subjects``) --

# Levels of local government that a second form keeps while dropping the place: "the Municipal
# Civil Bureau" after "the Nanjing Municipal Civil Affairs Bureau".
_LOCAL_LEVELS = {"provincial", "municipal", "county", "district", "prefecture", "prefectural", "township"}
# Words MT picks for the subject of a local department beside the official one (交通 "traffic"
# for "transport", 农业 "farm" for "agriculture", 广电 "broadcasting" for "radio and television"):
# each maps to the stem it stands for.
_SUBJECT_VARIANTS = {"traffic": "tran", "farm": "agri", "farming": "agri", "farmland": "agri",
                     "broadcasting": "radi", "broadcast": "radi"}


def _subject_stems(content):
    """The first four letters of each content word ("social" and "society" meet in "soci"),
    with the stem a known variant stands for."""
    return {_SUBJECT_VARIANTS.get(w, w[:4]) for w in content if len(w) > 3}


def _changed_subjects(text, catalog, names, linkers, reported):
    """A body named in full with its place and level ("the Nanjing Municipal Civil Affairs
    Bureau"), then with its level and head but what it does said in other words: a word of its
    subject dropped ("the Municipal Civil Bureau", "the Provincial Agriculture Rural Department"
    for the Department of Agriculture and Rural Affairs) or rendered another way ("the County
    Traffic Bureau" for the Yilong County Transport Bureau). Every word of the second form must
    be a word (or a known variant of one) of exactly one full name of its level and head, so
    that another body of the same level ("the Provincial Department of Water Resources" beside
    "... of Natural Resources") is not read as a cut of it, and no body of the document may be
    named in full with its words. Read in documents about China only."""
    fulls, seconds = [], []
    for (toks, spans), linker in zip(names, linkers):
        if linker:
            continue
        qualifier, core = name_core(toks)
        head = _head_at(core) if len(core) >= 2 else None
        if head is None:
            continue
        content = _content(core, head)
        words = {bare(t) for t in qualifier}
        levels = words & _LOCAL_LEVELS
        if not content or len(levels) != 1:
            continue
        entry = (next(iter(levels)), bare(core[head]), content, core, qualifier, spans)
        if words - _LOCAL_LEVELS:
            fulls.append(entry)  # a place and a level: a full name
        elif len(qualifier) == 1:
            seconds.append(entry)  # the level alone
    if not fulls or not seconds:
        return
    named = {(level, head, content) for level, head, content, *_ in fulls}
    for level, head, content, core, qualifier, spans in seconds:
        if (level, head, content) in named or spans[0][0] in reported or _accepted(catalog, core):
            continue
        stems = _subject_stems(content)
        matches = {full_core for lv, hd, full_content, full_core, _, _ in fulls
                   if lv == level and hd == head and full_content != content
                   and stems <= _subject_stems(full_content)}
        if len(matches) != 1:
            continue
        fix = " ".join([*qualifier, *next(iter(matches))])
        reported.add(spans[0][0])
        yield Hit(spans[0][0], end_before_possessive(text, spans[len(qualifier) + len(core) - 1]), fix,
                  {"other": fix, "how": HOW["subject"]})


# -- a place and the first words of a body's name, its head left off (issue 9, eleventh round) --

# Heads of a government body, a court or a post whose name MT cuts before them: "the Wuxi
# Intermediate [People's Court]", "the Xiamen Exit-Entry [Frontier Inspection Station]".
_CUT_HEADS = _BODY_HEADS | {"court", "procuratorate", "station", "brigade", "detachment", "corps", "center",
                            "centre", "council", "institute", "association", "federation"}
# A cut that ends so names a site, an event or a firm of its own ("the Hangzhou Asian Games",
# "the Beijing Capital International Airport", "the Nanjing Massacre"), not a body cut short.
_OWN_NAMES = _SITES | {"airport", "airports", "airlines", "airline", "railway", "metro", "subway", "stadium", "museum",
                       "library", "theatre", "theater", "bridge", "tunnel", "dam", "reservoir", "market", "exchange",
                       "earthquake", "massacre", "incident", "war", "uprising", "movement", "memorial", "square",
                       "temple", "hall", "garden", "gardens", "cup", "league", "marathon", "open", "group", "bank",
                       "company", "corporation", "holdings", "club", "team", "fc", "index", "hotel", "line",
                       "express", "daily", "news", "times", "post", "tv", "radio", "television", "base", "lab",
                       "laboratory", "farm", "plant", "factory", "mine", "village", "road", "street", "tower", "project"}
# What follows a name that is the subject of a verb or ends a phrase: an auxiliary, a modal, an
# adverb of a news sentence, a verb in the past, or a mark. ("the Xinhua News app", "the Wuxi
# Intermediate court" go on with a noun and pass.)
_VERB_OR_MARK_AFTER = re_programs.compile(r"(?:[ ](?:also|would|will|has|had|have|is|was|were|are|said|says|can|could|"
                                          r"should|must|did|does|then|later|now|still|plans|[a-z]{3,}ed)\b|[,.;:])")

# A preposition after the cut: it stands as the object of a verb ("ask the Qingdao Taxation through
# its hotline", "report it to the Hangzhou Market Regulation by phone"), a noun phrase of its
# own; a noun after it ("the Qingdao Taxation account") still passes (cuts10).
_PREPOSITION_AFTER = re_programs.compile(r"[ ](?:through|via|by|at|on|in|for|from|with|about|over|under|within|"
                                         r"before|after|against|to)[ ]")

def _headless_starts(text, names, reported, china):
    """A body named in full with a place before it ("the Wuxi Intermediate People's Court"),
    then by the place and the first words of its name alone, standing as a noun: after "the"
    and before a verb or a mark ("the Wuxi Intermediate arranged", "the Zhaoqing Urban
    Management had received"). English cuts a name to its head ("the court"), never to the
    words before it; MT leaves the head off (中级人民法院 ending in 法院, 出入境边防检查站 in 站).
    The cut holds a word besides its place and ends in no head; the fix is the full name. Read
    in a document about China, or for a name whose place is a listed Chinese one."""
    full, written = {}, {}
    for toks, spans in names:
        if len(toks) >= 3 and _place(toks[0]) and bare(toks[0]) not in _LEVELS | GENERIC \
                and bare(toks[-1]) in _CUT_HEADS and (china or bare(toks[0]) in official_names.PLACES):
            full.setdefault(tuple(bare(t) for t in toks), toks)
            written.setdefault(toks, text[spans[0][0]:spans[-1][1]])  # "People's" as written
            # and without its level words: "the Qingdao Taxation" for the Qingdao Municipal
            # Taxation Bureau (cuts10)
            unlevelled = tuple(bare(t) for t in toks if bare(t) not in _LEVELS)
            if len(unlevelled) >= 3 and len(unlevelled) < len(toks):
                full.setdefault(unlevelled, toks)
            # and without its place and level: "the Market Supervision said" for the Suzhou Market
            # Supervision Administration; a name whose own words open on a generic one ("National
            # ...") or on a site or event ("Asian Games ...") is left alone; a cut that ends in a site's noun passes below (cuts10)
            qualifier, core = name_core(toks)
            if qualifier and len(core) >= 3 and bare(core[-1]) in _CUT_HEADS and bare(core[0]) not in GENERIC \
                    and not any(bare(t) in LINKERS | _BROAD | BODIES - {bare(core[-1])}
                                for t in core):
                full.setdefault(tuple(bare(t) for t in core), toks)
    # "the Changsha Housing", "the Municipal Housing" for the Changsha Municipal Bureau of Housing
    # and Urban-Rural Development: its place or level and the first words of its "of" phrase
    for toks, spans in names:
        qualifier, core = name_core(toks)
        # "the Human Resources and Social Security said" for the Ministry of Human Resources and
        # Social Security: the whole "of" phrase of a head-first name, its head left off, in a
        # document about China; two words or more, none a head or a body's noun (cuts10)
        if china and len(core) >= 4 and _head_at(core) == 0 and bare(core[1]) in ("of", "for") \
                and not any(bare(t) in _CUT_HEADS | BODIES | _BROAD or t.lower() in LINKERS - {"and", "&"}
                            for t in core[2:]):
            full.setdefault(tuple(bare(t) for t in core[2:]) + ("",), toks)
            written.setdefault(toks, text[spans[0][0]:spans[-1][1]])
        if not qualifier or len(core) < 3 or _head_at(core) != 0 or bare(core[1]) not in ("of", "for") \
                or not (china or bare(toks[0]) in official_names.PLACES):
            continue
        place = [t for t in qualifier if bare(t) not in _LEVELS | GENERIC]
        level = [t for t in qualifier if bare(t) in _LEVELS]
        subject = core[2:]
        for n in range(1, len(subject)):
            if subject[n - 1].lower() in LINKERS:
                continue
            for before in {tuple(place), tuple(level), tuple(qualifier)} - {()}:
                key = tuple(bare(t) for t in (*before, *subject[:n]))
                if len(key) >= 2:
                    full.setdefault(key + ("",), toks)  # a cut of the whole name, never the name
                    written.setdefault(toks, text[spans[0][0]:spans[-1][1]])
    if not full:
        return
    by_prefix = {}
    for key, toks in full.items():
        for n in range(2, len(key)):
            by_prefix.setdefault(key[:n], []).append(toks)
    for toks, spans in names:
        key = tuple(bare(t) for t in toks)
        wholes = by_prefix.get(key)
        if not wholes or spans[0][0] in reported or len({" ".join(w) for w in wholes}) != 1:
            continue
        whole = wholes[0]
        if any(bare(t) in _CUT_HEADS or bare(t) in BODIES for t in toks) or bare(toks[-1]) in _OWN_NAMES:
            continue  # "the Wuxi Intermediate Court": a head of its own
        if whole[len(toks)].lower() in LINKERS - {"and", "&"} or all(_place(t) for t in toks):
            continue  # "the Beijing Municipal" is no body's start; "Ministry of ..." cut before "of"
        start, end = spans[0][0], spans[-1][1]
        if text[max(0, start - 4):start].lower() != "the " or POSSESSIVE.search(text, start, end):
            continue
        if not _VERB_OR_MARK_AFTER.match(text, end) and not _PREPOSITION_AFTER.match(text, end):
            continue
        fix = written[whole]
        reported.add(start)
        yield Hit(start, end, fix, {"other": fix, "how": HOW["cut"]})


# Heads a gapped second form keeps or ends before: a body's, a court's, a utility's ("State Grid
# Baoding Power Supply Company") or a development zone's.
_GAP_HEADS = _CUT_HEADS | {"company", "zone"}


def _embedding(part, whole):
    """The positions of ``part``'s words in ``whole``, in order and leftmost, or None."""
    out, i = [], 0
    for w in part:
        while i < len(whole) and whole[i] != w:
            i += 1
        if i == len(whole):
            return None
        out.append(i)
        i += 1
    return out


def _gapped_forms(text, catalog, names, linkers, reported, china):
    """A body named in full and then, after "the", by some of its words with others left out
    from between them: "the Baoding Supply Company" for the State Grid Baoding Power Supply
    Company, "the Technological Zone" for the Wuhan Economic and Technological Development
    Zone, "the Nanjing Administration" for the Nanjing Municipal Administration for Market
    Regulation, "the Ecological Exchange" for the Guizhou Ecological Resources Exchange Center
    (issue 9, twelfth round). English shortens a name to its head ("the company", "the zone") or
    keeps its words together; MT keeps scattered words of a long name (供电公司, 经济技术开发区).
    The form ends in a head noun of the name, or, with the name's own head left off, stands
    before a verb or a mark; it leaves out a word that says what the body does (places, levels
    and generic words left out alone make a normal second reference: "the Beijing Commission of
    Education"); one full name holds it. Read in a document about China."""
    if not china:
        return
    wholes = {}
    for (toks, spans), linker in zip(names, linkers):
        for stop in ("in", "the"):  # "... for Market Regulation in Jiangsu", "... and the ..."
            if stop in toks:
                toks, spans = toks[:toks.index(stop)], spans[:toks.index(stop)]
        if not linker and len(toks) >= 3 and any(bare(t) in _GAP_HEADS for t in toks[1:]) and text[spans[0][0]].isupper():
            key = tuple(bare(t) for t in toks)
            wholes.setdefault(key, (toks, spans[-1][1], text[spans[0][0]:spans[-1][1]]))
    if not wholes:
        return
    by_word = {}  # a word -> the full names holding it: each form is compared with those only
    for key in wholes:
        for w in set(key):
            by_word.setdefault(w, []).append(key)
    for toks, spans in names:
        start, end = spans[0][0], spans[-1][1]
        if len(toks) < 2 or start in reported or text[max(0, start - 4):start].lower() != "the ":
            continue
        part = tuple(bare(t) for t in toks)
        if any(w in LINKERS for w in part) or POSSESSIVE.search(text, start, end):
            continue
        found = set()
        for key in by_word.get(part[0], ()):
            whole, whole_end, written = wholes[key]
            if whole_end > start or len(key) <= len(part):
                continue
            pos = _embedding(part, key)
            if pos is None or pos[-1] - pos[0] + 1 == len(part):
                continue  # not in it, or its words together: a cut the other forms judge
            if any(key[i] in ("and", "&") for i in range(pos[0], pos[-1])):
                continue  # a member of a coordination dropped: the "middle" forms judge it
            if part[-1] not in _GAP_HEADS:
                if key[-1] not in _GAP_HEADS or pos[-1] == len(key) - 1 or not _VERB_OR_MARK_AFTER.match(text, end):
                    continue
            left_out = [whole[i] for i in range(pos[0], len(key)) if i not in pos]
            if not any(bare(t) not in LINKERS | GENERIC | _GAP_HEADS | {"people"} and not _place(t) for t in left_out):
                continue  # only a place, a level or a generic word left out
            found.add(written)
        if len(found) != 1 or _foreign(text, start) or catalog is not None and " ".join(toks) in catalog.forms:
            continue
        fix = found.pop()
        reported.add(start)
        yield Hit(start, end_before_possessive(text, spans[-1]), fix, {"other": fix, "how": HOW["gap"]})


# -- a body's second form made of some of its words, in any order (issue 9, eighteenth round) --

# A full name: capitalised words joined by spaces, linkers and commas ("the Qiqihar Municipal
# Bureau of Culture, Radio, Television, Tourism and Sports"); the first letter is tested after
# the boundary so that the search skips to capitals.
_PART_FULL = re_programs.compile(r"[A-Z](?<![\w'’-][A-Z])[\w'’-]*(?:(?:,?[ \u00a0]+(?:(?:of|and|for|the|&)[ \u00a0]+){0,2}|-)"
                                 r"[A-Z][\w'’-]*)+")
# A second form: capitalised words with no linker but "and", ending in a head noun ("the Culture
# and Tourism Bureau", "the Degree Center"), or a head noun and its "of" phrase ("the Institute
# of Archaeology"), after "the" or a lower-case word.
_PART_FORM = re_programs.compile(r"[A-Z](?<![\w'’-][A-Z])[\w'’-]*(?:[ \u00a0]+(?:(?:and|&)[ \u00a0]+)?[A-Z][\w'’-]*"
                                 r"|[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’-]*)*"
                                 r"(?![ \u00a0]*(?:[A-Z]|of\b|for\b|and[ \u00a0]+[A-Z]))")
# The word before a second form: a lower-case word or "the" (not a capitalised word, which
# makes the form the end of a longer name).
_PART_BEFORE = re_programs.compile(r"(?:^|[^\w'’-])([\w'’-]+)[ \u00a0]+$")


_PART_TOKEN = re_programs.compile(r"[^\s\u00a0,]+")
# Words that open a sentence before a name ("At Guangzhou South Railway Station"): no part of it.
_PART_FUNCTION_WORDS = frozenset({"at", "in", "on", "by", "from", "to", "with", "as", "after", "before", "under",
                                  "during", "when", "while", "a", "an", "this", "that", "its", "their", "our", "his",
                                  "her", "if", "since", "but", "or", "so", "then", "about", "like", "among", "via"})


def _part_key(word):
    """A content word without a plural ending ("Degrees" -> "degree")."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


# Head nouns of a body whose second form keeps its head and some of its words: a government
# body's, an institute's, a centre's, a headquarters' (指挥部).
_PART_HEADS = {_part_key(h) for h in _CUT_HEADS | {"headquarters", "branch", "fund"}}
# Heads that render one Chinese head (研究院, 委员会, 局): MT picks one or the other.
_PART_SWAPS = {"academy": ("institute",), "institute": ("academy",), "commission": ("committee",),
               "committee": ("commission",), "bureau": ("office", "administration"),
               "branch": ("detachment",)}


def _part_head(words):
    """Where a name's head is: its last word, or its first before "of"/"for"; else None."""
    if _part_key(words[-1]) in _PART_HEADS:
        return len(words) - 1
    if len(words) > 2 and words[0] in _PART_HEADS and words[1] in ("of", "for"):
        return 0
    return None


def _part_content(words, head, toks):
    """The words of a name that say what the body does: not its head, a linker, a generic or
    level word, nor a place (a word the places list lacks, rare in English, before the rest:
    "Jinyun County")."""
    first = 0
    while first < head and _place(toks[first]):
        first += 1
    # a place with its level before the rest ("Cook County Health Department")
    first = max([first] + [k for k in range(1, head) if _place_with_level(toks, k)])
    return {_part_key(w) for i, w in enumerate(words) if i >= first and i != head and w not in LINKERS
            and w not in GENERIC and w not in _LEVELS and w not in official_names.PLACES and w != "people"
            and w not in official_names.GENERIC}


def _says_what(word) -> bool:
    """Whether a word left out of a second form says what the body does: not a place (a listed
    one, or a word that reads as pinyin and is rare in English: "Wuhou"), a site's or event's
    noun, nor a word of an international body's name ("Asian Games" of the organizing committee).
    A rare word that is no pinyin says it ("Informatization")."""
    if word in official_names.PLACES or word in _SITES or word in _BROAD:
        return False
    return zipf_cached(word) >= 3.5 or not cedict.pinyin_syllables(word)


def _first_members(content, full) -> bool:
    """Whether the form's words are the first members of the full name's coordination, up to
    its "and" ("the Housing Bureau" for the Bureau of Housing and Urban-Rural Development, "the
    Agriculture Department" for the Department of Agriculture and Rural Affairs): a short form
    the press uses (red team of correct English, issue 9, tenth round)."""
    keys = [_part_key(w) for w in full]
    at = [i for i, w in enumerate(keys) if any(_part_match(c, w) for c in content)]
    if not at or len(at) != len(content) or at != list(range(at[0], at[0] + len(at))):
        return False
    before = [w for w in keys[:at[0]] if w not in LINKERS and w not in GENERIC and w not in _LEVELS
              and w not in _PART_HEADS and w not in official_names.PLACES and not _place(w)]
    return not before and at[-1] + 1 < len(keys) and keys[at[-1] + 1] in ("and", "&")


def _part_match(word, other) -> bool:
    """Whether a content word of a second form renders a content word of the full name: the
    same word, a word of the same stem ("Economic" for "Economy": six letters shared), or a
    word MT picks for it ("Broadcasting" for "Radio")."""
    return word == other or len(word) >= 6 and len(other) >= 6 and word[:6] == other[:6] \
        and not (other.endswith(_ADJECTIVE_ENDS) and not word.endswith(_ADJECTIVE_ENDS)) \
        or _SUBJECT_VARIANTS.get(word) == other[:4]


# Endings of an adjective: "Finance" renders no "Financial" (the Local Financial Supervision
# Bureau and the Finance Bureau are two bodies), "Economic" renders "Economy".
_ADJECTIVE_ENDS = ("ic", "ical", "al", "ial", "ary")


def _left_out(content, full):
    """The full name's content words that no word of the form renders, or None where a word of
    the form renders none of them."""
    if not all(any(_part_match(w, v) for v in full) for w in content):
        return None
    return {v for v in full if not any(_part_match(w, v) for w in content)}


def _ends_with(name, listed) -> bool:
    """Whether ``name`` is ``listed`` or ends in it after a place or level ("Hubei Provincial
    Health Commission" ends in "Health Commission")."""
    return name == listed or name.endswith(" " + listed)


def _listed_names(catalog):
    """Each listed body's official, short and former names, lower case, one list per body."""
    if catalog is None:
        return
    for raw in catalog.raw:
        yield [n.lower() for n in (raw["en"], *raw.get("short", []), *raw.get("former", []))]


def _listed_name_of(catalog, form, full) -> bool:
    """Whether ``form`` and ``full`` end in listed names (official, short or former) of one
    body: "the Culture Bureau" after "the Xi'an Municipal Bureau of Culture and Tourism" is the
    bureau's former name, which the press keeps; after "the Qiqihar Municipal Bureau of Culture,
    Radio, Television, Tourism and Sports", "the Culture and Tourism Bureau" is another body's;
    "the Hubei Provincial Health Commission" after "the Hubei Provincial Health and Family Planning
    Commission" is the body renamed."""
    if catalog is None:
        return False
    bodies = _bodies_by_listed_name(catalog)
    return bool(_bodies_ended_in(bodies, form.lower()) & _bodies_ended_in(bodies, full.lower()))


def _listed_with_swapped_head(catalog, form) -> bool:
    """Whether ``form`` with its head swapped for the noun engines use for the same Chinese head
    ends in a listed name: "National Health Committee" is the National Health Commission
    misnamed, which the official-name and glossary rules report with the listed fix, not a part
    of another rendering beside it ("National Health Care Commission"). Issue 9, eighteenth round."""
    words = form.split()
    alternatives = _PART_SWAPS.get(words[-1].lower(), ()) if words else ()
    swapped = [" ".join(words[:-1] + [alt]).lower() for alt in alternatives]
    if catalog is None:
        return False
    bodies = _bodies_by_listed_name(catalog)
    return any(_bodies_ended_in(bodies, f) for f in swapped)


_LISTED_INDEX: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _bodies_by_listed_name(catalog) -> dict:
    """Each lower-case listed name (``_listed_names``) -> the bodies (their places in the
    catalog) that list it; built once per catalog (a form was read against every listed name)."""
    try:
        index = _LISTED_INDEX.get(catalog)
    except TypeError:  # an object without weak references (a test's stand-in): built each time
        index = None
    if index is None:
        index = {}
        for k, names in enumerate(_listed_names(catalog)):
            for n in names:
                index.setdefault(n, set()).add(k)
        try:
            _LISTED_INDEX[catalog] = index
        except TypeError:  # an object without weak references (a test's stand-in): built each time
            pass
    return index


def _bodies_ended_in(bodies: dict, name: str) -> set:
    """The bodies of ``bodies`` (``_bodies_by_listed_name``) with a listed name that ``name``
    ends in (``_ends_with``): the name itself, or what follows one of its spaces."""
    out = set(bodies.get(name, ()))
    i = name.find(" ")
    while i >= 0:
        out.update(bodies.get(name[i + 1:], ()))
        i = name.find(" ", i + 1)
    return out


_PART_WINDOW = 40


def full_parts(run, comma_after=False):
    """The full names ``_scattered_parts`` reads in one run of capitalised words (``_PART_FULL``),
    as the run alone says them: (head key, content, the name as written, its words), each head
    of the run ending a name (head last) or opening one (head first). ``comma_after``: whether a
    comma follows the run (it ends a series of members). Pure: worked out once per distinct run."""
    spans = [t.span() for t in _PART_TOKEN.finditer(run)]
    written = [run[s:e] for s, e in spans]
    words = [bare(t) for t in written]
    probe = run + "," if comma_after else run
    comma = [probe.startswith(",", e) for _, e in spans]  # a comma after the word
    out = []
    # where a name ends: a possessive ("Fenwick University's"), a title or a verb of a
    # headline ("Ministry of Commerce Official Explains"), a word that opens a sentence ("At")
    owned = {k for k, t in enumerate(written) if POSSESSIVE.search(t) and words[k] != "people"}  # ends after
    stops = {k for k in range(len(words)) if words[k] in official_names._ROLES or words[k] in _PART_FUNCTION_WORDS}
    for i, w in enumerate(words):
        # each head in the run ends a name (head last) or opens one (head first)
        if _part_key(w) not in _PART_HEADS or i in stops:
            continue
        left = i
        while left > 0 and left - 1 not in stops and left - 1 not in owned \
                and (not comma[left - 1] or "and" in words[left:i]) \
                and (words[left - 1] not in LINKERS or words[left - 1] in ("and", "&") and left > 1) \
                and _part_key(words[left - 1]) not in _PART_HEADS:
            left -= 1
        right = i + 1
        if i + 2 < len(words) and words[i + 1] in ("of", "for") and not comma[i] and i not in owned \
                and (words[i + 1] == "for" or words[i + 2] != "the"
                     or not _part_content(words[left:i + 1], i - left, written[left:i + 1])):
            # the "for" or "of" phrase of a head ("the Innovation Academy for Microsatellites",
            # "the Hubei Provincial Institute of Cultural Relics and Archaeology"), but "of the"
            # after a head with a content word before it, which names the body's owner ("the
            # Foreign Affairs Office of the People's Government of Yunnan Province"); a series of its members goes on
            # past a comma only to an "and" ("Bureau of Culture, Radio, Television, Tourism
            # and Sports")
            right = i + 2
            while right < len(words) and _part_key(words[right]) not in _PART_HEADS and right not in stops \
                    and words[right:right + 2] != ["of", "the"]:  # "... of the Chinese Academy of Sciences": its owner
                if comma[right] and "and" not in words[right + 1:right + 8] or right in owned:
                    right += 1  # the end of the series, or of the name ("... Archaeology's experts")
                    break
                right += 1
        while words[right - 1] in LINKERS:
            right -= 1
        content = _part_content(words[left:right], i - left, written[left:right])
        if len(content) >= 2:
            out.append((_part_key(w), content, run[spans[left][0]:end_before_possessive(run, spans[right - 1])],
                        tuple(words[left:right])))
    return out


@functools.lru_cache(maxsize=20_000)  # a story repeats its forms: each distinct run read once
def _form_plan(run):
    """What ``_scattered_parts`` reads of one second-form run (a ``_PART_FORM`` match) alone:
    (whether it opens on an article, None where the run is no form to judge, else the form's
    word spans from the run's start, its words, head key, content, content as a set, places,
    extra generic words and the form as written). A story repeats its forms: each distinct run
    is read once."""
    spans = [t.span() for t in _PART_TOKEN.finditer(run)]
    article = run[spans[0][0]:spans[0][1]] in ("The", "A", "An")
    if article:
        spans = spans[1:]
    words = [bare(run[s:e]) for s, e in spans]
    linked = [i for i, w in enumerate(words) if w in ("of", "for", "the")]
    if linked and any(_part_key(w) in _PART_HEADS for w in words[:linked[0]]):
        if _part_key(words[0]) not in _PART_HEADS or _part_key(words[-1]) in _PART_HEADS:
            return article, None  # "the National Council for Social Security Fund": a name of its own shape
    elif linked:
        # "the Director of the County Emergency Bureau": the name after the last linker
        spans, words = spans[linked[-1] + 1:], words[linked[-1] + 1:]
    if not words:
        return article, None
    head = _part_head(words)
    if head is None:
        # a person's name or a title after the name ("the County Emergency Bureau Ying
        # Weidong"): the name ends at its last head
        last = max((i for i, w in enumerate(words) if _part_key(w) in _PART_HEADS), default=None)
        rest = words[last + 1:] if last is not None else ()
        if last is None or len(rest) > 3 or not all(w in official_names._ROLES or zipf_cached(w) < 3.5 for w in rest):
            return article, None
        spans, words, head = spans[:last + 1], words[:last + 1], last
    content = _part_content(words, head, [run[a:b] for a, b in spans])
    if not content or content <= _KINDS_OF_BODY:
        return article, None  # "the Organizing Committee" of the Asian Games: a normal second reference
    # the form's place must be the full name's ("the Wuhu Development Commission" after the
    # Hefei Development and Reform Commission is another city's)
    places = {w for w, t in zip(words, spans) if w in official_names.PLACES
              or POSSESSIVE.sub("", run[t[0]:t[1]]) in chinese_places()}
    # generic words of the form's own ("the Municipal State Security Bureau" beside the
    # Public Security Bureau) say it is another body
    extra = {w for w in words if w in GENERIC and w not in _LEVELS and w not in LINKERS}
    return article, (tuple(spans), tuple(words), _part_key(words[head]), content, frozenset(content), places, extra,
                     " ".join(run[a:b] for a, b in spans))


def _scattered_parts(text, catalog, reported):
    """A body named in full and then by its head and some of its content words, in any order:
    "the Institute of Archaeology" after "the Hubei Provincial Institute of Cultural Relics and
    Archaeology", "the Ancient Books Center" after "the National Center for the Preservation of
    Ancient Books", "the Culture and Tourism Bureau" after "the Qiqihar Municipal Bureau of
    Culture, Radio, Television, Tourism and Sports". MT renders each mention of a long Chinese
    name on its own and keeps some of its words, so that the second form reads as another body;
    English shortens a name to its head ("the institute") or writes it whole. The form keeps the
    full name's head and leaves out a word that says what the body does; exactly one full name
    before it holds its words, and no name of the document says only what it says. Read in a
    document about China."""
    fulls = []  # (end, head key, content, written, words)
    parts_of = {}  # a run and whether a comma follows it -> its full names: a story repeats its names
    for m in _PART_FULL.finditer(text):
        run = (m.group(), text.startswith(",", m.end()))
        parts = parts_of.get(run)
        if parts is None:
            parts = parts_of[run] = full_parts(*run)
        fulls.extend((m.end(),) + part for part in parts)
    if not fulls:
        return
    # The full names by head, each with its place among them: a form reads only those of its
    # head and of the heads MT swaps for it, not every full name before it (a document's full
    # names grow with its length, and so did the forms' reading of them).
    by_head = {}
    for n, f in enumerate(fulls):
        by_head.setdefault(f[1], []).append((n, f))
    # per head: the ends of its full names (in order, for bisection), and each content's word
    # runs, so that a form's tests cost the same whatever the document's length (issue 13: a
    # 1 MB line of names took minutes when each form read every full name of its head)
    ends_of = {key: [f[0] for _, f in named] for key, named in by_head.items()}
    runs_of = {}
    for key, named in by_head.items():
        for _, f in named:
            runs_of.setdefault(key, {}).setdefault(frozenset(f[2]), set()).add(f[4])
    # each full name's content and words as sets, and the answers of ``_left_out`` and
    # ``_first_members`` (pure) by the form's content and the full name's: a form reads up to
    # ``_PART_WINDOW`` full names of its head, and a story repeats its names and their forms
    frozen = [(frozenset(f[2]), frozenset(f[4])) for f in fulls]
    left_outs, firsts = {}, {}
    for m in _PART_FORM.finditer(text):
        article, form = _form_plan(m.group())
        if not article and (before := _PART_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
                and before.group(1)[0].isupper() and before.group(1) not in ("The", "A", "An"):
            continue  # the end of a longer name
        if form is None:
            continue
        spans, words, key, content, held, places, extra, form = form
        start, end = m.start() + spans[0][0], m.start() + spans[-1][1]
        if start in reported:
            continue
        same_runs = runs_of.get(key, {}).get(held, set())
        if same_runs - {words}:
            continue  # another name of the document says only this ("the Department of Commerce")
        # a full name before it with its head and more words, at least one no place ("the
        # Wuhou District People's Government" for "the District Government" is a second
        # reference); or with all its words under a head MT picks for the same Chinese head
        # ("the Microsatellite Innovation Institute" for "the Innovation Academy for
        # Microsatellites": 研究院)
        within = []
        # the full names of its head, or of a swapped one, that end before it, in their order
        # (``fulls`` is in the order of their ends)
        # (the last ``_PART_WINDOW`` of each head: a story's names; a long line of names is read
        # in windows of as many)
        heads = [(key, by_head.get(key, ()))] + [(k, by_head.get(k, ())) for k in _PART_SWAPS.get(key, ()) if k != key]
        near = []
        for k, named in heads:
            upto = bisect.bisect_right(ends_of.get(k, ()), start)
            near.extend(named[max(0, upto - _PART_WINDOW):upto])
        for n, f in sorted(near):
            swapped = f[1] in _PART_SWAPS.get(key, ())
            full_content, full_words = frozen[n]
            if (held, full_content) not in left_outs:
                left_outs[held, full_content] = _left_out(content, f[2])
            left_out = left_outs[held, full_content]
            if left_out is None or not places <= full_words or not extra <= full_words:
                continue  # not its words, or another place's body ("the Wuhu Development Commission")
            if (held, f[4]) not in firsts:
                firsts[held, f[4]] = _first_members(content, f[4])
            if firsts[held, f[4]]:
                continue  # the first members of its coordination: a short form the press uses
            if any(_says_what(w) for w in left_out) \
                    or swapped and not same_runs:
                within.append(f)
        if len({frozenset(f[2]) for f in within}) != 1:
            continue  # no full name holds it, or two bodies do
        fix = max((f[3] for f in within), key=len)  # "Jinyun County Emergency Management Bureau"
        if _foreign(text, start) or _listed_name_of(catalog, form, fix) or _listed_with_swapped_head(catalog, form):
            continue
        reported.add(start)
        yield Hit(start, end_before_possessive(text, (start, end)), fix, {"other": fix, "how": HOW["part"]})
