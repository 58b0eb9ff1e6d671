"""``consistency``: one term rendered two ways in a document (variant groups from the rule),
and an official name that also appears cut short ("Ministry of Industry and Information"
beside "Ministry of Industry and Information Technology")."""
from __future__ import annotations

import functools
import os
import re
from collections import Counter

from . import check_choice, RULES_DIR, Hit, Key, ParamError, register, word_char
from . import official_names, prefilter, screen
from .body_names import BODIES as _BODIES, GENERIC as _GENERIC, HEADS as _HEADS, LINKERS as _LINKERS
from .body_names import POSSESSIVE as _POSSESSIVE, about_china as _about_china, bare as _bare
from .body_names import HOW as _HOW, name_core as _core, end_before_possessive as _end_before_possessive
from .body_names import second_forms as _second_forms
from .phrase import folded
from ..glossary import resolve_path
from .. import cedict
from ..zipf import zipf_cached
from .. import re_programs

# A run of capitalised words: "\b[A-Z]..." with the boundary tested after the first capital
# (the same matches; the search skips to capitals instead of trying the test everywhere).
_NAME = re_programs.compile(
    r"[A-Z](?<!\w[A-Z])[\w'’-]*(?:(?:[ \u00a0]+(?:of|and|for|the|on|in|&)){0,2}[ \u00a0]+[A-Z][\w'’-]*)+"
)
_ROLES = {"spokesperson", "spokesman", "spokeswoman", "director", "minister", "official", "officials",
          "head", "chief", "deputy", "secretary", "chairman", "chairwoman", "president", "press", "conference",
          "governor", "mayor", "ambassador", "commissioner", "envoy", "chair",
          "ceo", "spokespeople", "representative", "delegate", "premier", "professor", "economist",
          "analyst", "researcher", "member", "members", "staff", "leader", "leaders", "adviser", "advisor", "vice"}
# Legal forms after a company name: "China State Railway Group Co." is not a longer name.
_LEGAL_FORMS = {"co", "corp", "corporation", "company", "ltd", "limited", "inc", "incorporated", "plc", "llc",
                "group", "holdings", "sa", "ag", "gmbh"}
_DETERMINERS = {"The", "A", "An", "This", "That", "These", "Those"}


@register("consistency", {
    "mode": Key((str,), "variants", "variants | truncation | name_order | name_order_mixed | known_names"),
    "groups": Key((list,), [], "variants: lists of renderings of one term"),
    "plurals": Key((bool,), True, "variants: also match each variant with a plural -s/-es"),
    "min_capitals": Key((int,), 3, "truncation: capitalised words the short form must keep"),
    "surnames": Key((list,), [], "name_order, name_order_mixed: family names (romanised) that mark a person's name"),
    "min_names": Key((int,), 2, "name_order_mixed: people named family name first before a name given first "
                                "is flagged (and more of them than of the others)"),
    "min_names_rare": Key((int,), 1, "name_order_mixed: people named family name first before the one name given "
                                     "first is flagged when its given name is rare and reads as two syllables only"),
    "names": Key((list,), [], "known_names: official names whose cut forms are flagged wherever they stand"),
    "context_cuts": Key((dict,), {}, "known_names: cut forms that are complete names elsewhere, flagged only in a "
                                     "document with a `context` word: {cut: full name}"),
    "context": Key((list,), [], "known_names: words that show a document is about the bodies of `names`"),
    "second_forms": Key((bool,), False, "truncation: also, in a document about China, a body's second form with a "
                                        "member of a coordination or a content qualifier dropped, another head "
                                        "noun or a word in the wrong number"),
    "names_path": Key((str,), official_names.DEFAULT_PATH, "truncation: official names whose forms are bodies of "
                                                           "their own (second_forms)"),
}, fields=("other", "how"))
def prepare(p):
    check_choice(p, "mode", _MODES)
    if p["mode"] in ("name_order", "name_order_mixed") and not p["surnames"]:
        raise ParamError("surnames", f"mode '{p['mode']}' needs a list of family names")
    if p["min_names"] < 1:
        raise ParamError("min_names", "expected 1 or more")
    if p["min_names_rare"] < 1:
        raise ParamError("min_names_rare", "expected 1 or more")
    groups = []
    for i, group in enumerate(p["groups"]):
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(v, str) and v.strip() for v in group):
            raise ParamError(f"groups[{i}]", "each group is a list of two or more strings")
        if len({v.strip().lower() for v in group}) != len(group):
            raise ParamError(f"groups[{i}]", "variants must differ by more than letter case (matching ignores case)")
        groups.append([v.strip() for v in group])
    if p["mode"] == "variants" and not groups:
        raise ParamError("groups", "mode 'variants' needs at least one group")
    cuts, cuts_re = None, None
    if p["mode"] == "known_names":
        if not p["names"] or not all(isinstance(n, str) and len(n.split()) >= 2 for n in p["names"]):
            raise ParamError("names", "mode 'known_names' needs a list of official names of two or more words")
        cuts = _known_cuts([" ".join(n.split()) for n in p["names"]])
        if not cuts:
            raise ParamError("names", "no name of the list has a cut form to look for")
        for cut, whole in p["context_cuts"].items():
            if not (isinstance(whole, str) and whole.startswith(cut + " ")):
                raise ParamError("context_cuts", f"{cut!r} must map to the full name it starts")
        if p["context_cuts"] and not p["context"]:
            raise ParamError("context", "context_cuts need context words")
        cuts = {**cuts, **p["context_cuts"]}
        alternatives = "|".join(re.escape(c) for c in sorted(cuts, key=len, reverse=True))
        # (?=[...]) first, the cuts' first characters: ``re`` passes over other positions at once
        # (the same matches: tests/test_first_characters.py)
        firsts = "".join(sorted({re.escape(c[0]) for c in cuts}))
        cuts_re = re.compile(rf"(?=[{firsts}])(?<![\w'’-])(?:{alternatives})(?=['’]s\b|[^\w'’-]|$)")
    context = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in p["context"]) + r")\b") if p["context"] else None
    catalog = None
    if p["mode"] == "truncation" and p["second_forms"]:
        path = resolve_path(p["names_path"], base=p.get(RULES_DIR))
        if not os.path.isfile(path):
            raise ParamError("names_path", f"official names file not found: {p['names_path']} (looked for {path})")
        catalog = official_names.load_catalog(path)
    state = {**p, "groups": groups, "surnames": {str(n).strip().lower() for n in p["surnames"]}, "cuts": cuts,
             "cuts_re": cuts_re, "context_re": context, "catalog": catalog}
    if cuts:
        # known_names finds nothing in a text that holds none of the cut forms: the engine's
        # one pass per document (``prefilter``) turns such documents away, most of them.
        state["requires"] = prefilter.any_of(cuts)
        prefilter.register(state)
    return state


def _find_all(text, low, phrase, plurals):
    key = phrase.lower()
    out, pos = [], low.find(key)
    while pos >= 0:
        end = pos + len(key)
        if plurals and low.startswith("es", end) and not (end + 2 < len(text) and word_char(text[end + 2])):
            end += 2
        elif plurals and low.startswith("s", end) and not (end + 1 < len(text) and word_char(text[end + 1])):
            end += 1
        if not (pos > 0 and word_char(text[pos - 1])) and not (end < len(text) and word_char(text[end])):
            out.append((pos, end))
        pos = low.find(key, pos + 1)
    return out


def _variants(doc, state):
    text = doc.text
    if "folded" not in doc.cache:  # shared by every variants rule
        doc.cache["folded"] = folded(text)
    low = doc.cache["folded"]
    for group in state["groups"]:
        spots = {v: _find_all(text, low, v, state["plurals"]) for v in group}
        # A variant that sits inside a longer one of the same group is not a use of its own:
        # one sweep in (start, longest first) order with the furthest end seen so far.
        inside, reach = set(), -1
        for start, end in sorted({sp for v in group for sp in spots[v]}, key=lambda sp: (sp[0], -sp[1])):
            if end <= reach:
                inside.add((start, end))
            reach = max(reach, end)
        for v in group:
            spots[v] = [sp for sp in spots[v] if sp not in inside]
        used = [v for v in group if spots[v]]
        if len(used) < 2:
            continue
        counts = Counter({v: len(spots[v]) for v in used})
        first = {v: spots[v][0][0] for v in used}
        dominant = max(used, key=lambda v: (counts[v], -first[v]))
        for v in used:
            if v == dominant:
                continue
            for start, end in spots[v]:
                yield Hit(start, end, dominant, {"other": dominant})


@functools.lru_cache(maxsize=50_000)  # asked of each word of every run of capitals
def _is_role(token):
    """A title word ends the name before it: "Director", "Director-General", "Vice-Premier"."""
    return any(p in _ROLES for p in _bare(token).split("-"))


_MAX_NAME_TOKENS = 16
_DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
def _names_a_body(whole):
    """Does ``whole`` name a body: a body word that ends it or heads a phrase of it ("Bureau of
    ...", "Commission for ...", "... and Reform Commission")? In a headline set in title case
    the body word is followed by a capitalised verb ("Belt and Road Forum Ends With Pledges on
    ..."): the run is a headline, not a longer name of the forum."""
    last = len(whole) - 1
    return any(_bare(t) in _BODIES and (i == last or whole[i + 1].lower() in _LINKERS)
               for i, t in enumerate(whole))


def _generic_head_cut(whole, cut):
    """Is ``whole[:cut]`` a bare head noun with generic modifiers, cut before the "for"/"of"
    phrase that makes it a name ("State Administration | for Market Regulation")?"""
    if cut >= len(whole) or whole[cut] not in ("for", "of", "on"):
        return False
    short = [t.lower() for t in whole[:cut]]
    return short[-1] in _HEADS and all(t in _GENERIC for t in short[:-1]) and len(short) >= 2 \
        and any(t[:1].isupper() for t in whole[cut + 1:])


def _cut_in_coordination(whole, cut):
    """Is ``whole[:cut]`` a cut inside the coordination of one official name? "Ministry of
    Industry | and Information Technology" and "Ministry of Industry and Information |
    Technology" are; "Federal Reserve | and the FDIC" and "Northern Europe | and Japan" are
    two names joined, not one name cut."""
    ands = [i for i, t in enumerate(whole) if t in ("and", "&")]
    if not ands or any(i + 1 < len(whole) and whole[i + 1].lower() == "the" for i in ands):
        return False
    if ands[0] < cut:
        return True  # the short form keeps the coordination and loses what follows it
    return ands[0] == cut and any(t in ("of", "for", "on") for t in whole[:cut])


def _listed(state, whole) -> bool:
    """Is ``whole`` an official, short or former name of a body the names file lists (a
    Chinese body named in full: "State Administration for Market Regulation")?"""
    catalog = state.get("catalog")
    return catalog is not None and " ".join(whole) in catalog.forms


_TOKEN = re_programs.compile(r"[^\s\u00a0]+")
# A preposition of place right before a coordination of names ("on Mull and Iona", "between Hong
# Kong and Macao"): the places themselves, where a cut body name would follow "the" or stand as a subject.
# An office and "for" before a name: the name is the office's remit, a field of work ("the Shadow
# Secretary of State for Housing, Communities and Local Government", "the Minister for Local
# Government"); a body named after the same field ("the Housing, Communities and Local Government
# Committee") is another thing, not the full form of the remit.
_REMIT_BEFORE = re_programs.compile(r"\b(?:Secretary|Secretaries|Minister|Ministers|Commissioner|Commissioners|Spokesperson|"
                                    r"Spokesman|Spokeswoman|Envoy|Ambassador|Adviser|Advisor|Czar|Tsar|Undersecretary)"
                                    r"(?:[ \u00a0]+of[ \u00a0]+State)?[ \u00a0]+for[ \u00a0]+"
                                    r"(?:[A-Z][\w'’-]*,?[ \u00a0]+(?:and[ \u00a0]+)?)*$")
_PLACE_PREPOSITION_BEFORE = re_programs.compile(r"\b(?:on|in|at|between|from|to|across|around|near|off|throughout|within)[ \u00a0]+$")
_NEXT_WORD = re_programs.compile(r"[ \u00a0]+([A-Za-z][\w'’-]*)")


@functools.lru_cache(maxsize=20_000)  # a story repeats its names: each distinct run read once
def _run_names(run):
    """The names one run of capitals (a ``_NAME`` match) holds, with offsets from the run's
    start: a tuple of (words without a possessive, word spans, linker). What ``_names`` reads
    of each run depends on the run's text alone, so a run met again is read once."""
    spans = [t.span() for t in _TOKEN.finditer(run)]
    while spans and run[spans[0][0]:spans[0][1]] in _DETERMINERS:
        spans = spans[1:]
    # "... Technology and Director of ...": a title word ends the name it follows.
    for k, (s, e) in enumerate(spans):
        if k and (_is_role(run[s:e]) or run[s:e].strip(",.;:").lower() in _DATE_WORDS):
            spans = spans[:k]  # "... Council on Tuesday": a date ends the name too
            break
    while spans and run[spans[-1][0]:spans[-1][1]].lower() in _LINKERS:
        spans = spans[:-1]
    spans = spans[:_MAX_NAME_TOKENS]  # a run of capitals longer than any official name
    # "China's Supreme People's Court": a generic owner in the possessive is not part of
    # the name that follows it (no "China Supreme People's Court" for a cut to be of).
    words = [run[s:e] for s, e in spans]
    lows = [w.lower() for w in words]
    first = words[0] if spans else ""
    owner = len(spans) > 1 and first[-2:] in ("'s", "’s") and _bare(first) in _GENERIC
    plain = None  # the words without a possessive, made for the run's first name
    out = []
    # "Officials of the Ministry of Industry": the name may start after a linker too.
    for k in range(int(owner), len(spans)):
        linked = k > 0 and not (owner and k == 1)  # after a word of the run, not after the owner
        if linked and lows[k - 1] not in _LINKERS:
            continue
        j = k - 1
        while j >= 0 and lows[j] in _LINKERS:
            j -= 1
        if j >= 0 and _bare(words[j]) in _BODIES:
            continue  # "Science and Technology" of "Ministry of Science and Technology" names no body
        if words[k][0].isupper() and words[k] not in _DETERMINERS:
            # Compared without a possessive: "the Ministry of Industry's officials".
            if plain is None:
                plain = [_POSSESSIVE.sub("", w) for w in words]
            out.append((tuple(plain[k:]), tuple(spans[k:]), lows[k - 1] if linked else ""))
    return tuple(out)


def _names(text):
    """The names of ``text`` a cut may be of or be, each as (its words without a possessive,
    their spans), and beside them the "of", "and" ... each follows inside a longer run of
    capitals, or "": every run of capitals (``_NAME``) and each of its tails that starts after
    a linker, a determiner, a title or a date word left out. Each run's words are read once
    (tests/test_consistency_names.py holds them to reading each tail's words anew), and each
    distinct run once a document (``_run_names``: a long document repeats its names)."""
    names, linkers = [], []
    for m in _NAME.finditer(text):
        base = m.start()
        for words, spans, linker in _run_names(m.group()):
            names.append((words, [(base + s, base + e) for s, e in spans]))
            linkers.append(linker)
    return names, linkers


# Words that only qualify a head and never end an English name: a cut after one of them leaves
# the name without its head ("Huaiyang Intermediate" said, of the Huaiyang Intermediate People's
# Court; "Taicheng Vocational" of Taicheng Vocational and Technical College; "Haizhou Harbor
# Heavy" of Haizhou Harbor Heavy Industry Ship Repair Co.; issue 9, round 39, heldout42-48).
_MODIFIER_ENDS = frozenset(
    "intermediate vocational heavy technical higher municipal provincial "
    "comprehensive professional".split())


# Heads of a school's or hospital's name, read with ``_modifier_cut`` beside the bodies' heads.
_SCHOOL_HEADS = frozenset(("college", "university", "school", "institute", "academy", "hospital"))


# Lower-case heads that a place and an administrative adjective qualify in English ("Jiangsu
# Provincial officials", "Shanghai Municipal authorities", "a Huaiyang Intermediate court"): the
# words are used as adjectives there, not as a name cut short.
_ADJECTIVE_HEADS = frozenset(
    "official officials authority authorities government governments court courts leader leaders "
    "level levels department departments agency agencies regulator regulators police cadre cadres "
    "judge judges prosecutor prosecutors party".split())


def _used_as_adjective(text, end) -> bool:
    """Is the word after ``end`` a lower-case head the cut qualifies (``_ADJECTIVE_HEADS``)?"""
    after = _NEXT_WORD.match(text, end)
    return bool(after) and after.group(1) in _ADJECTIVE_HEADS


def _school(whole) -> bool:
    """Does ``whole`` end on a school's or hospital's head, before any "in" and a place ("Taicheng
    Vocational and Technical College in Jiangsu")?"""
    own = whole[:whole.index("in")] if "in" in whole else whole
    return bool(own) and _bare(own[-1]) in _SCHOOL_HEADS


def _modifier_cut(whole, n) -> bool:
    """Is the cut of ``whole`` after its first ``n`` words one that ends on a qualifying word
    (``_MODIFIER_ENDS``), the next word of the full name capitalised, in a story about China?"""
    return (n >= 2 and _bare(whole[n - 1]).lower() in _MODIFIER_ENDS and n < len(whole)
            and (whole[n][:1].isupper() or whole[n] == "and"))


def _truncation(doc, state):
    text = doc.text
    names, linkers = _names(text)  # linkers: the "of", "and" ... a name follows inside a longer run, or ""
    need = state["min_capitals"]
    reported = set()
    full = {toks for toks, _ in names if sum(t[0].isupper() for t in toks) > need}
    # Each full name under every proper prefix of it, longest names first: one dictionary
    # lookup per name instead of a scan of all full names.
    by_prefix = {}
    for whole in sorted(full, key=lambda w: (-len(w), w)):
        for n in range(1, len(whole)):
            by_prefix.setdefault(whole[:n], []).append(whole)
    # Whether the document is about China: at once for second forms, else when a cut needs it.
    china_story = functools.cache(lambda: bool(names) and _about_china(doc, names))
    china = state["second_forms"] and china_story()
    if china:
        # ... and without its place in a story about China: "the Development and Reform said"
        # after "the Hefei Development and Reform Commission"
        for whole in sorted(full, key=lambda w: (-len(w), w)):
            qualifier, _ = _core(whole)
            rest = whole[len(qualifier):]
            if qualifier and sum(t[0].isupper() for t in rest) > need:
                for n in range(1, len(rest)):
                    by_prefix.setdefault(rest[:n], []).append(rest)
    # Each full name under every ending left when generic words are dropped from its start:
    # "Development and Reform Commission" for "National Development and Reform Commission".
    by_suffix = {}
    for whole in sorted(full, key=lambda w: (-len(w), w)):
        for k in range(1, len(whole) - 1):
            if _bare(whole[k - 1]) not in _GENERIC:
                break
            by_suffix.setdefault(whole[k:], whole)
    for toks, spans in names:
        whole = by_suffix.get(toks)
        if whole is not None and spans[0][0] not in reported and sum(t[0].isupper() for t in toks) > need \
                and _bare(toks[-1]) in _BODIES:
            # The name without the words that say whose body it is ("National", "China"): at
            # three capitalised words it reads as a name of its own, the body changed.
            canonical = " ".join(whole)
            reported.add(spans[0][0])
            yield Hit(spans[0][0], _end_before_possessive(text, spans[-1]), canonical,
                      {"other": canonical, "how": _HOW["cut"]})
            continue
        # The short form must be a start of the full name, not a sibling that shares a start
        # with it ("... Information Security" is not a cut "... Information Technology").
        for whole in by_prefix.get(toks, ()):
            n = len(toks)
            while n and whole[n - 1].lower() in _LINKERS:
                n -= 1
            prefix, missing = whole[:n], whole[n:]
            # MT cuts a long name inside a coordination: "Ministry of Industry [and Information
            # Technology]", "... Industry and Information [Technology]". A longer name that only
            # adds words after a complete one ("State Council" / "State Council Information
            # Office") names another body, so it does not count.
            # A bare head cut before its "for"/"of"/"on" phrase is MT's cut of a Chinese body's
            # name ("the State Administration" for "... for Market Regulation"); elsewhere "the
            # Regional Committee" after "the Regional Committee on the Proposed Closure of ..."
            # is an ordinary second reference, so only a story about China counts it.
            if not (_cut_in_coordination(whole, len(toks))
                    or _generic_head_cut(whole, len(toks)) and (china_story() or _listed(state, whole))
                    or _modifier_cut(whole, len(toks)) and china_story()
                    and not _used_as_adjective(text, spans[-1][1])):
                continue
            if not (_names_a_body(whole) or _modifier_cut(whole, len(toks)) and _school(whole)):
                continue
            if sum(t[0].isupper() for t in prefix) < need:
                continue
            # where the full name is said to be ("... Group Corporation in China") is no word of it
            named = missing[:missing.index("in")] if "in" in missing else missing
            if all(t.lower().strip(",.;:") in _LEGAL_FORMS or t[0].islower() for t in named):
                continue  # "... Group Co., Ltd.", "... Group Corporation in China": the same body with its legal form
            if not any(t[0].isupper() for t in missing) or _is_role(missing[0]):
                continue  # "the Ministry ... Spokesperson" is the name plus a title, not a longer name
            if whole[len(toks)] == "in":
                continue  # "the ... Department in Beijing": the name and where it is
            if all(_bare(t) in _BODIES for t in missing if t[0].isupper()) \
                    and _REMIT_BEFORE.search(text, max(0, spans[0][0] - 160), spans[0][0]):
                continue  # "Secretary of State for Housing, Communities and Local Government": a remit, not a cut "... Committee"
            after = _NEXT_WORD.match(text, spans[-1][1])
            if after and after.group(1).lower().rstrip("s") == missing[0].lower().rstrip("s"):
                continue  # "local Development and Reform commissions": the head in lower case
            if not any(_bare(t) in _BODIES or t in ("of", "for", "on", "The") for t in prefix) \
                    and _PLACE_PREPOSITION_BEFORE.search(text, max(0, spans[0][0] - 12), spans[0][0]):
                continue  # "Islanders on Mull and Iona" beside "the Mull and Iona Ferry Committee": the places named, no body
            canonical = " ".join(whole)
            if spans[0][0] not in reported:
                reported.add(spans[0][0])
                yield Hit(spans[0][0], _end_before_possessive(text, spans[n - 1]), canonical,
                          {"other": canonical, "how": _HOW["cut"]})
            break
    if state["second_forms"] and names:
        yield from _second_forms(text, state["catalog"], names, linkers, reported, china)


# Two capitalised words in a row (a lookahead, so "Xu Wenjie Xu" yields both pairs); a
# romanised given name may be hyphenated ("Wen-jie"). The match is the first word's capital,
# tested for the word boundary after it, so that the search skips to capitals (``_pairs``: the
# same pairs as ``_PLAIN_PAIR``, the boundary tested first, at every position).
_PAIR = re_programs.compile(r"([A-Z])(?<!\w[A-Z])(?=([a-z]+(?:-[a-z]+)?)[ \u00a0]+([A-Z][a-z]+(?:-[a-z]+)?)\b)")
_PLAIN_PAIR = r"\b(?=([A-Z][a-z]+(?:-[a-z]+)?)[ \u00a0]+([A-Z][a-z]+(?:-[a-z]+)?)\b)"


def _pairs(text):
    """(first word, second word, start, end) of each pair of capitalised words (``_PAIR``)."""
    return [(m.group(1) + m.group(2), m.group(3), m.start(), m.end(3)) for m in _PAIR.finditer(text)]


def _document_pairs(doc) -> tuple:
    """``_pairs(doc.text)``, read once per document: the two name-order modes read them both."""
    pairs = doc.cache.get("consistency-pairs")
    if pairs is None:
        pairs = doc.cache["consistency-pairs"] = tuple(_pairs(doc.text))
    return pairs


# What introduces a name's other form on purpose, just before it in the same sentence.
_ALIAS = re_programs.compile(r"(?:\b(?:known|referred to|addressed|listed|written|spelt|spelled|romani[sz]ed|published|credited)\b[^.!?;\n]{0,40}\bas"
                             r"|\b(?:called|named|née|born|aka|a\.k\.a\.|or)"
                             r"|[(（])\s*$", re.IGNORECASE)

# A writer who speaks of the order of a person's names ("reversed the order of her name",
# "family name first", "in Western order") writes both orders on purpose (issue 9, seventeenth
# round: a profile of a scientist born "Li Wenjing" who publishes as "Wenjing Li").
_ORDER_TALK = re_programs.compile(
    r"\b(?:order of (?:his|her|their|the|its|a|my|our) (?:names?|surnames?|family names?)"
    r"|name order|(?:family name|surname)s? (?:comes? )?(?:first|last)"
    r"|(?:given|first) names? (?:comes? )?first|in (?:the )?(?:Chinese|Western|English|Asian) order)\b",
    re.IGNORECASE)
# ``_ORDER_TALK`` asked of its re2 screen first (``screen.Screened.may_match``: False only where
# it matches nowhere): a search of the whole text ignoring case costs ten times the screen on
# news, where it matches in hardly any document (issue 13, speed36b; tests/test_consistency.py).
_ORDER_TALK_SCREEN = screen.Screened(_ORDER_TALK)


def _talks_of_order(doc) -> bool:
    """Does the document speak of the order of names (``_ORDER_TALK``)? Asked once per
    document: both name-order modes ask it."""
    talks = doc.cache.get("consistency-order-talk")
    if talks is None:
        text = doc.text
        talks = doc.cache["consistency-order-talk"] = \
            _ORDER_TALK_SCREEN.may_match(text) and _ORDER_TALK.search(text) is not None
    return talks


# What joins two people in a list: "and", "&", "with", "versus" (a bare comma may start an
# apposition, "Xu Wenjie, Wenjie Xu in English").
_JOINED = re_programs.compile(r",?[ \u00a0]+(?:and|&|with|versus|vs\.?|v\.?)[ \u00a0]+")


def _coordinated(text, one, other):
    """Whether a name in one order and in the other stand side by side in a list ("Gao Feng
    and Feng Gao", "Gao Feng with Feng Gao"): one person is not listed beside themself, so the two
    orders name two people. ("or" is left out: "Wenjie Xu, or Xu Wenjie" gives an alias.)"""
    for first, second in ((one, other), (other, one)):
        for _, end in first:
            for start, _ in second:
                if start > end and _JOINED.fullmatch(text, end, start):
                    return True
    return False


# A name introduced by an appositive of its own: "Zhang Wei, a lawyer in Beijing,".
_INTRODUCED = re_programs.compile(r",[ \u00a0]+(?:a|an|who|whose)[ \u00a0]+([^,.;:!?\n]{3,60})")


def _introduced_apart(text, one, other):
    """Whether the first use of each order is introduced by an appositive of its own, and the
    two say different things ("Zhang Wei, a lawyer in Beijing, ... Wei Zhang, an economist at
    Pictet, ..."): a writer introduces one person once, so two introductions name two people."""
    first = [_INTRODUCED.match(text, spots[0][1]) for spots in (one, other)]
    return all(first) and first[0].group(1).lower() != first[1].group(1).lower()


# A writer saying that the name's other order is someone else: "Na Li, who is no relation,".
_NO_RELATION = re_programs.compile(r"[^.;!?\n]{0,40}?\b(?:no relation|not related|unrelated)\b")


# How common in English a given name written in pinyin may be (``_name_order``).
_PINYIN_GIVEN_ZIPF = 4.6


def _pinyin_pair(family: str, given: str) -> bool:
    """A family name the list lacks ("Nong", "Ou Yang" aside): one pinyin syllable, rare in
    English, before a given name of two ("Nong Wenfeng"), both orders in one document being
    what makes them one person's name (issue 9, fifteenth round)."""
    low, given_low = family.lower(), given.lower().replace("-", "")  # "Wen-feng" is two syllables
    return bool(1 in cedict.pinyin_syllables(low) and 2 in cedict.pinyin_syllables(given_low)
                and zipf_cached(low) < 3.5 and zipf_cached(given_low) < 3.5)


def _name_order(doc, state):
    """One person written "Family Given" (Xu Wenjie) and "Given Family" (Wenjie Xu) in one
    document: flag the order that differs from the document's first use of the name."""

    text, surnames = doc.text, state["surnames"]
    if _talks_of_order(doc):
        return  # the writer speaks of name order: both orders are written on purpose
    spots = {}
    for a, b, start, end in _document_pairs(doc):
        spots.setdefault((a, b), []).append((start, end))
    for (a, b), where in spots.items():
        if (b, a) not in spots or a.lower() not in surnames and not _pinyin_pair(a, b):
            continue  # only pairs starting with a family name, seen reversed too
        if a == b:
            continue  # a doubled name ("Lei Lei", the panda "Hua Hua") reads the same either way
        # The given name must not be an ordinary English word ("Gao Rising" is no name). A given
        # name in pinyin is common in English text as a name ("Kai", "Bin", "Hong": Zipf 3.7 to
        # 4.5), so it may be commoner than another word; "Long" (March) is still too common
        # (issue 9, fifteenth round: "Zhou Kai" and "Kai Zhou", "Xie Bin" and "Bin Xie" in one
        # development story each).
        given = b.lower().replace("-", "")
        if zipf_cached(given) >= (_PINYIN_GIVEN_ZIPF if cedict.pinyin_syllables(given) else 3.5):
            continue
        reversed_ = spots[(b, a)]
        if _coordinated(text, where, reversed_):
            continue  # "Gao Feng and Feng Gao are not related": a list names two people
        if _introduced_apart(text, where, reversed_):
            continue  # "Zhang Wei, a lawyer, ... Wei Zhang, an economist, ...": two people
        if any(_NO_RELATION.match(text, end) for _, end in where[:1] + reversed_[:1]):
            continue  # "Na Li, who is no relation, is a researcher": the writer says two people
        first_is_family = where[0][0] < reversed_[0][0]
        wrong, right = (reversed_, f"{a} {b}") if first_is_family else (where, f"{b} {a}")
        for start, end in wrong:
            if _ALIAS.search(text, max(0, start - 60), start):
                continue  # "known to colleagues as Zhang Wei", "(Zhang Wei in Chinese order)"
            yield Hit(start, end, right, {"other": right})


def _known_cuts(names):
    """Every cut form of the given official names that MT produces by dropping the last words
    of a run of capitalised words, as {cut: full name}: "National Development and Reform"
    (发改委 expanded word by word) for "National Development and Reform Commission",
    "Ministry of Human" for "Ministry of Human Resources and Social Security". A cut must keep
    three words or more, two of them capitalised, and must not end in a head noun ("State
    Council" of "State Council Information Office" names a body of its own) or a generic word;
    a cut shared by two names, or itself one of the names, is left out."""
    full = set(names)
    found = {}
    for name in names:
        toks = name.split(" ")
        for n in range(2, len(toks)):
            prefix, nxt = toks[:n], toks[n]
            if not (prefix[-1][:1].isupper() and nxt[:1].isupper()):
                continue  # a cut before "and"/"of" may leave a complete name ("Ministry of Ecology")
            if len(prefix) < 3 or sum(t[:1].isupper() for t in prefix) < 2:
                continue
            if _bare(prefix[-1]) in _BODIES or _bare(prefix[-1]) in _GENERIC:
                continue
            cut = " ".join(prefix)
            found.setdefault(cut, set()).add(name)
    return {cut: next(iter(whole)) for cut, whole in found.items() if len(whole) == 1 and cut not in full}


# A head noun and "of" or "for" just before a cut form: the name is written head first, whole
# ("Commission of Development and Reform", Beijing's own English name for its 发改委).
_HEAD_BEFORE_CUT = re_programs.compile(r"\b(?:Commission|Ministry|Bureau|Department|Administration|Office|Committee|Council|"
                                       r"Agency|Authority|Centre|Center)[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _known_names(doc, state):
    """A cut form of a listed official name wherever it stands: the next word is lower case
    (not "and"/"of", which may go on to another name), a title, or punctuation."""
    cuts, context_cuts = state["cuts"], state["context_cuts"]
    text = doc.text
    in_context = None
    for m in state["cuts_re"].finditer(text):
        if m.group() in context_cuts:
            # "Ministry of Industry" is a complete name in other countries: flagged only in a
            # document about China's bodies, and not after another country's name
            # ("Indonesia's Ministry of Industry", "the Thai Ministry of Industry").
            if in_context is None:
                in_context = bool(state["context_re"].search(text))
            before = _BEFORE_CUT.search(text, max(0, m.start() - 40), m.start())
            if not in_context or before and before.group(1)[0].isupper() and before.group(1) not in _OWN_COUNTRY:
                continue
            if _LIST_GOES_ON.match(text, m.end()):
                continue  # "the Department of Industry, Science and Resources": a longer name
        if _SERIES_GOES_ON.match(text, m.end()):
            continue  # "the Department of Human, Social and Political Sciences": a longer name
        if _HEAD_BEFORE_CUT.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the Beijing Municipal Commission of Development and Reform": the head comes first
        after = _AFTER_CUT.match(text, m.end())
        word = after.group(1) if after else None
        if word is None:
            rest = cuts[m.group()][len(m.group()):].split()
            if re.match(r"\s+" + r"\s+".join(map(re.escape, rest)) + r"\b", text[m.end():m.end() + 200]):
                continue  # "Ministry of Natural\nResources": the name goes on after a line break
            if text[m.end():m.end() + 1] in ("", "\n") or _PUNCT_AFTER.match(text, m.end()):
                yield Hit(m.start(), m.end(), cuts[m.group()], {"other": cuts[m.group()]})
            continue
        missing = cuts[m.group()][len(m.group()) + 1:].split(" ")[0]
        if word.lower() == missing.lower():
            continue  # "the China International Import expo": the head in lower case, not a cut
        if word[0].islower() and word not in _LINKERS:
            yield Hit(m.start(), m.end(), cuts[m.group()], {"other": cuts[m.group()]})
        elif word[0].isupper() and _is_role(word):
            yield Hit(m.start(), m.end(), cuts[m.group()], {"other": cuts[m.group()]})


_LIST_GOES_ON = re_programs.compile(r",[ \u00a0]+[A-Z]")
_CAPS = r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*"
_SERIES_GOES_ON = re_programs.compile(r",[ \u00a0]+" + _CAPS + r"(?:,[ \u00a0]+" + _CAPS + r")*,?[ \u00a0]+(?:and|&)[ \u00a0]+[A-Z]")
_BEFORE_CUT = re_programs.compile(r"([\w'’.-]+)[ \u00a0]+$")
_OWN_COUNTRY = {"The", "China's", "China’s", "Chinese", "A", "An", "In", "By", "From", "Of", "At", "On", "For", "With"}
_AFTER_CUT = re_programs.compile(r"(?:['’]s)?[ \u00a0]+([A-Za-z][\w'’-]*)")
_PUNCT_AFTER = re_programs.compile(r"(?:['’]s)?[,.;:)!?\]]")

def _given_in_pinyin(word: str) -> bool:
    """A given name of two pinyin syllables that is no English word ("Jianhua", "Xiu-ying")."""
    low = word.lower().replace("-", "")
    return 2 in cedict.pinyin_syllables(low) and zipf_cached(low) < 3.5


def _chinese_given(word: str) -> bool:
    """A given name after a family name, as evidence that a document writes names family name
    first: one or two pinyin syllables, no common English word ("Zhao Guoqiang", "Liu Chang",
    "Zheng Hao", "Lin Qiao"). A one-syllable given name may itself be a family name ("Chang",
    "Qiao"): "Liu Chang" still reads family name first in news about China, where the Western
    order of the same syllables is rare. Only counted, never flagged (issue 9, round 38: the
    development sets heldout42-48 name one or two people family name first, often by a
    one-syllable given name, beside one turned round)."""
    low = word.lower().replace("-", "")
    syllables = cedict.pinyin_syllables(low)
    return bool(syllables & {1, 2}) and zipf_cached(low) < (3.5 if 2 in syllables and 1 not in syllables
                                                             else _PINYIN_GIVEN_ZIPF)


# Before a place ("in Hong Kong", "the University of Hong Kong") and after one ("Hong Kong's
# economy", "Hong Kong Exchanges"): where a family name and one syllable may be a place.
_PLACE_BEFORE = re_programs.compile(r"\b(?:in|at|from|of|to|near|across|around|for|into|via)[ \u00a0]+$")
_PLACE_AFTER = re_programs.compile(r"(?:['’]s\b|[ \u00a0]+[A-Z])")


def _reads_as_place(text: str, given: str, spots) -> bool:
    """A family name and a one-syllable word that is a place somewhere in the document: after a
    preposition of place or before a possessive or another capitalised word ("in Hong Kong",
    "Hong Kong's", "Hong Kong Exchanges"; review of issue 9, round 38: one-syllable given names
    count for the order, and "Hong Kong" beside one leader named family name first made a
    document read as written family name first). Two-syllable given names keep their count."""
    if 2 in cedict.pinyin_syllables(given.lower().replace("-", "")):
        return False
    return any(_PLACE_BEFORE.search(text, max(0, start - 12), start) or _PLACE_AFTER.match(text, end)
               for start, end in spots)


_CAPITALISED_WORD = re_programs.compile(r"\b[A-Z][a-z]+\b")


def _capitalised_words(doc) -> Counter:
    """How often each capitalised word stands in the document, counted once per document. Where
    the first word of a name read as turned round stands more often than the name ("Sato Ren ...
    Sato said afterward"), the writer calls the person by it, so it is the family name: a Japanese
    or Korean name in its own order, not a Chinese one turned round (review of issue 9, round 38:
    tests/corpus/clean, a table-tennis report naming "Sato Ren" beside "Wang Lixin")."""
    words = doc.cache.get("consistency-capitalised")
    if words is None:
        words = doc.cache["consistency-capitalised"] = Counter(m.group() for m in _CAPITALISED_WORD.finditer(doc.text))
    return words


# How common in English a given name turned round may be where few names show the document's
# order (``_name_order_mixed``): "Jianhua" 1.4, "Xiaojun" 1.6; "Celia" 3.2, "Lao" 3.3.
_RARE_GIVEN_ZIPF = 2.5


def _plainly_given(word: str) -> bool:
    """A given name that can only be one: two pinyin syllables and never one ("Lao" reads la-o
    or lao), and rare in English text."""
    low = word.lower().replace("-", "")
    syllables = cedict.pinyin_syllables(low)
    return 2 in syllables and 1 not in syllables and zipf_cached(low) < _RARE_GIVEN_ZIPF


# The commonest Chinese family names (about half the people of China bear one). A one-syllable
# word before one of them that is none of them ("Fang Liu", "Hao Chen", "Wei Wang", "Yan Li") is a
# given name turned round: the rarer family name first and the commonest one as a given name is the
# far less likely reading (issue 9, round 39: heldout42-48 turned seven such names round beside
# others written family name first).
_COMMON_FAMILY = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie "
    "song tang han feng deng cao peng".split())


# Common family names that are as often a one-character given name (丽/力 Li, 晨 Chen, 林/琳 Lin,
# 阳 Yang, 鹏 Peng, 峰 Feng, 亮 Liang, 涵 Han, 旭 Xu, 松 Song, 铮 Zheng, 舟 Zhou, 和 He, 虎 Hu,
# 武 Wu, 章 Zhang, 珠 Zhu, 国 Guo): after a word that is itself a family name the pair reads as
# well family name first ("Gong Li", "Lei Feng", "Yao Chen", "Tian Liang", "Jiang Lin").
_GIVEN_TOO = frozenset("li chen lin yang peng feng liang han xu song zheng zhou he hu wu zhang zhu guo".split())


def _one_syllable_turned(first: str, second: str, surnames=frozenset()) -> bool:
    """A one-syllable given name before one of the commonest family names, itself none of them and
    no common English word ("Jun Ma", "Ming Zhao"; not "Long Wang", "Li Wang", "Sun Li"), and
    not a family name before a family name that is as often a given name ("Gong Li", "Yao Chen")."""
    low = first.lower()
    return (second.lower() in _COMMON_FAMILY and low not in _COMMON_FAMILY and len(low) > 1
            and not (low in surnames and second.lower() in _GIVEN_TOO)
            and 1 in cedict.pinyin_syllables(low) and zipf_cached(low) < 4.0)


# A village, town or county after "of" ("Xiaojun Bai of Jiulong Village"): where a person lives,
# not the firm or school of an expert who publishes in the Western order.
_PLACE_OF_AFTER = re_programs.compile(
    r"[ \u00a0]+(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w'’-]*[ \u00a0]+){1,2}"
    r"(?:Village|Town|Township|County|Hamlet)\b")


# A byline before a name ("(Reporting by Mia Chen and ...; Editing by ...)"): reporters sign in
# their own order.
_BYLINE_BEFORE = re_programs.compile(
    r"\b(?:[Rr]eport(?:ing|ed)|[Ww]rit(?:ing|ten)|[Ee]dit(?:ing|ed)|[Cc]ompil(?:ing|ed)|[Tt]ranslat(?:ing|ed)|"
    r"[Pp]hotos?|[Ff]ilm(?:ing|ed)|[Ss]tory|[Tt]ext)(?:[ \u00a0]+\w+)?[ \u00a0]+by\b[^;.\n()]*$")
# A capitalised word just before the pair: the pair ends a longer name ("Li Jing Wang", "Tan Mei Lin").
# A title there ("by Professor Wei Wang") names no longer name.
_NAME_BEFORE = re_programs.compile(
    r"(?<![.!?:\n\"“])[ \u00a0]+(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Director|Chairman|Chairwoman|President|"
    r"Secretary|Mayor|Governor|Manager|Deputy|Teacher|Uncle|Aunt|Auntie|Prosecutor|Judge|Captain|Coach|Doctor)"
    r"[ \u00a0])[A-Z][a-z]+[ \u00a0]+$")


def _name_order_mixed(doc, state):
    """Different people's Chinese names in different orders in one document: most written
    family name first ("Zhang Guoqiang", "Li Xiuying"), one or a few given name first ("Jianhua
    Liu"). An engine that turns some names round and keeps others leaves the reader unsure which
    word is the family name. The order most names take wins; a name written in both orders is
    ``_name_order``'s."""
    text, surnames = doc.text, state["surnames"]
    if _talks_of_order(doc):
        return  # the writer speaks of name order: both orders are written on purpose
    chinese, western = {}, {}
    for a, b, start, end in _document_pairs(doc):
        if a == b:
            continue
        if (b.lower() in surnames and a.lower() not in surnames and _given_in_pinyin(a)
                or _one_syllable_turned(a, b, surnames) and not _NAME_BEFORE.search(text, max(0, start - 30), start)
                and not _NAME_GOES_ON.match(text, end)):  # not in "Ma Xiao Li" (one name spaced)
            western.setdefault((b, a), []).append((start, end))  # keyed family name first
        elif a.lower() in surnames and _chinese_given(b):
            chinese.setdefault((a, b), []).append((start, end))
    for key in [k for k, spots in chinese.items() if _reads_as_place(text, k[1], spots)]:
        del chinese[key]  # "the University of Hong Kong", "Hong Kong's": a place, no person
    both = chinese.keys() & western.keys()  # one person in both orders: ``_name_order``'s
    people_cn = [k for k in chinese if k not in both]
    people_we = [k for k in western if k not in both]
    # Enough people family name first (``min_names``, and more than given name first) make the
    # document's order; else one person given name first beside ``min_names_rare`` family name
    # first is reported only when the given name is rare in English text and reads as two
    # syllables only ("Xiaojun Deng", not "Celia Tang" or "Lao Cai"; issue 9, round 38:
    # heldout42-48 often name only one other person, or that one by a one-syllable given name).
    sure = len(people_cn) >= state["min_names"] and len(people_cn) > len(people_we)
    if not people_we or not sure and (len(people_we) > 1 or len(people_cn) < state["min_names_rare"]):
        return
    examples = ", ".join(f"{a} {b}" for a, b in people_cn[:2])
    for family, given in people_we:
        spots = western[(family, given)]
        # A one-syllable given name ("Jun Ma") is read as the two-syllable ones are where few
        # names show the order, and always as those are read there: a wire's expert and a byline
        # keep their own order (a pair inside a name of three words, "Dr Mei Lin Tan", "Ma Xiao
        # Li", is not counted above).
        single = not _plainly_given(given) and _one_syllable_turned(given, family, surnames)
        if (not sure or single) and (not (_plainly_given(given) or single)
                                     or any(_FIRM_EXPERT_AFTER.match(text, end) and not _PLACE_OF_AFTER.match(text, end)
                                            for _, end in spots)):
            continue  # "said Zhiwei Zhang, chief economist at Pinpoint": wire copy's own order
        if any(_BYLINE_BEFORE.search(text, max(0, start - 80), start) for start, _ in spots):
            continue  # "(Reporting by Mia Chen and ...)": a reporter's own byline
        if _capitalised_words(doc)[given] > len(spots):
            continue  # "Sato Ren ... Sato said": the first word is the family name (Japanese order)
        right = f"{family} {given}"
        if not any(_AS_PERSON_AFTER.match(text, end) or _AS_PERSON_BEFORE.search(text, max(0, start - 30), start)
                   or _ROLE_BEFORE.search(text, max(0, start - 30), start) and not _NAME_GOES_ON.match(text, end)
                   for start, end in spots):
            continue  # "Guangxi Zhuang Autonomous Region", "the Shenzhen Peng team": no person is shown
        for start, end in spots:
            if _ALIAS.search(text, max(0, start - 60), start) or _NO_RELATION.match(text, end):
                continue  # "known in English as Jianhua Liu": the other order on purpose
            yield Hit(start, end, right, {"other": examples})


# What shows that two capitalised words name a person: an apposition or a verb of saying after
# them ("Jianhua Liu, deputy director", "Jianhua Liu said"), a title or a verb of saying before
# ("Director Jianhua Liu", "said Jianhua Liu").
_AS_PERSON_AFTER = re_programs.compile(
    r"(?:,[ \u00a0]+(?:a|an|the|who|whose|[a-z]+[ \u00a0]+(?:of|at|for|from)\b|deputy|vice|chief|head|director|"
    r"chairman|chairwoman|president|secretary|general|manager|mayor|governor|professor|researcher|teacher|"
    r"farmer|villager|resident|owner|founder|spokesman|spokeswoman|spokesperson|party|wearing|aged)\b"
    r"|,[ \u00a0]+\d{1,2},"
    r"|[ \u00a0]+(?:said|says|told|added|explained|noted|stressed|introduced|pointed|recalled|admitted|"
    r"believes|thinks|hopes|agreed|smiled|laughed)\b)")
_AS_PERSON_BEFORE = re_programs.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Director|Chairman|Chairwoman|President|Secretary|Mayor|Governor|"
    r"Manager|Deputy|Teacher|Uncle|Aunt|Auntie|said|says|told|according to|by)\.?[ \u00a0]+$")


# A noun of a role just before a name that stops there ("mason Wenfu Luo has", "ranger Jianguo
# Yan said", "Villager Xiuying Ma's"): a person is named, where a capitalised word after
# ("Guangxi Zhuang Autonomous Region") may show a place, and a verb before ("which China calls
# Xianbin Jiao", "under the title Shuiyuan Ji") a place or a book (issue 9, round 38).
_ROLE_BEFORE = re_programs.compile(
    r"(?<![\w'’-])(?:mason|ranger|villager|farmer|herder|herdsman|herdswoman|resident|worker|technician|teacher|"
    r"doctor|nurse|retiree|owner|driver|official|expert|engineer|veteran|chef|student|volunteer|inspector|judge|"
    r"prosecutor|procurator|officer|courier|rider|vendor|grower|fisherman|citizen|grandmother|grandfather|granny|"
    r"director|manager|chairman|chairwoman|researcher|scientist|keeper|guard|coach|player|athlete|craftsman|"
    r"artisan|apprentice|leader|cadre|staffer|employee|streamer|buyer|tourist|visitor|patient|operator|"
    r"dispatcher|supervisor|policeman|policewoman|shopkeeper|beekeeper|breeder|planter|carpenter|weaver|"
    r"potter|entrepreneur|boss|secretary|head|deputy|mediator|lawyer|librarian|curator|repairer|pilot|"
    r"captain|sailor|miner|trucker|contractor|designer|spokesperson|"
    r"spokesman|spokeswoman|correspondent|reporter|photographer|editor|principal|headmaster|"
    r"instructor|trainer|warden|guide|host|member|representative|monitor|patroller|man|woman)[ \u00a0]+$", re.IGNORECASE)
_NAME_GOES_ON = re_programs.compile(r"[ \u00a0-]+[A-Z0-9]")


# An economist, analyst, scholar or columnist of a named firm or school after a name, or anyone
# "at" or "for" a named body ("a director at Eurasia Group", "a columnist for Bloomberg"): wire
# copy writes them in the order they publish under, beside leaders named family name first ("Xi Jinping ...
# said Zhiwei Zhang, chief economist at Pinpoint Asset Management"; "Ting Lu of Nomura").
_FIRM_EXPERT_AFTER = re_programs.compile(
    r",[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,4}?(?:economists?|analysts?|strategists?|professor|scholar|fellow|"
    r"researcher|partner|fund[ \u00a0]+manager|portfolio[ \u00a0]+manager|investor|columnist|commentator|"
    r"scientist|journalist)\b"
    r"|,[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){1,6}?(?:at|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]"
    r"|[ \u00a0]+(?:of|at|from)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


_MODES = {"variants": _variants, "truncation": _truncation, "name_order": _name_order,
          "name_order_mixed": _name_order_mixed, "known_names": _known_names}


@prepare.detector
def detect(doc, state):
    return _MODES[state["mode"]](doc, state)
