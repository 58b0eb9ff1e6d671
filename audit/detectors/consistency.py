"""``consistency``: one term rendered two ways in a document (variant groups from the rule),
and an official name that also appears cut short ("Ministry of Industry and Information"
beside "Ministry of Industry and Information Technology")."""
from __future__ import annotations

import os
import re
from collections import Counter

from . import RULES_DIR, Hit, Key, ParamError, register, word_char
from . import official_names
from .phrase import folded
from ..glossary import resolve_path
from ..zipf import zipf_cached

_NAME = re.compile(
    r"\b[A-Z][\w'’-]*(?:(?:[ \u00a0]+(?:of|and|for|the|on|in|&)){0,2}[ \u00a0]+[A-Z][\w'’-]*)+"
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
_LINKERS = {"of", "and", "for", "the", "on", "in", "&"}


@register("consistency", {
    "mode": Key((str,), "variants", "variants | truncation | name_order | known_names"),
    "groups": Key((list,), [], "variants: lists of renderings of one term"),
    "plurals": Key((bool,), True, "variants: also match each variant with a plural -s/-es"),
    "min_capitals": Key((int,), 3, "truncation: capitalised words the short form must keep"),
    "surnames": Key((list,), [], "name_order: family names (romanised) that mark a person's name"),
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
    if p["mode"] not in _MODES:
        raise ParamError("mode", f"expected one of {', '.join(_MODES)}")
    if p["mode"] == "name_order" and not p["surnames"]:
        raise ParamError("surnames", "mode 'name_order' needs a list of family names")
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
        cuts_re = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?=['’]s\b|[^\w'’-]|$)")
    context = re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in p["context"]) + r")\b") if p["context"] else None
    catalog = None
    if p["mode"] == "truncation" and p["second_forms"]:
        path = resolve_path(p["names_path"], base=p.get(RULES_DIR))
        if not os.path.isfile(path):
            raise ParamError("names_path", f"official names file not found: {p['names_path']} (looked for {path})")
        catalog = official_names.load_catalog(path)
    return {**p, "groups": groups, "surnames": {str(n).strip().lower() for n in p["surnames"]}, "cuts": cuts,
            "cuts_re": cuts_re, "context_re": context, "catalog": catalog}


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


def _bare(token):
    """A name token without its punctuation and possessive: "Ministry's," -> "ministry"."""
    return token.lower().strip(",.;:'’").replace("’s", "").replace("'s", "")


def _is_role(token):
    """A title word ends the name before it: "Director", "Director-General", "Vice-Premier"."""
    return any(p in _ROLES for p in _bare(token).split("-"))


# A short form made only of these words and a body's head noun names no body by itself:
# "State Administration" for "State Administration for Market Regulation".
_GENERIC = {"state", "national", "provincial", "municipal", "central", "general", "people's", "china", "chinese",
            "regional", "county", "city", "district", "local", "federal", "main"}
_HEADS = {"administration", "ministry", "commission", "bureau", "department", "office", "committee", "agency",
          "authority", "center", "centre", "institute", "association", "academy", "council", "board", "service"}


_MAX_NAME_TOKENS = 16
_POSSESSIVE = re.compile(r"['’]s?$")
_DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
# A cut official name names a body: "Belt and Road" (of the Belt and Road Initiative) used as a
# modifier ("Belt and Road countries") is no truncation.
_BODIES = _HEADS | {"corporation", "company", "group", "bank", "university", "court", "procuratorate", "government",
                    "organization", "organisation", "federation", "union", "party", "congress", "assembly",
                    "fund", "foundation", "society", "league", "conference", "forum"}


def _names_a_body(whole):
    return any(_bare(t) in _BODIES for t in whole)


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


_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w'’-]*)")


def _end_before_possessive(text, span):
    """Where a name token ends without its possessive: the fix keeps the "'s" of "Ministry's"."""
    possessive = _POSSESSIVE.search(text, span[0], span[1])
    return possessive.start() if possessive else span[1]


def _truncation(doc, state):
    text = doc.text
    names, linkers = [], []  # linkers: the "of", "and" ... a name follows inside a longer run, or ""
    for m in _NAME.finditer(text):
        spans = [(m.start() + t.start(), m.start() + t.end()) for t in re.finditer(r"[^\s\u00a0]+", m.group())]
        while spans and text[spans[0][0]:spans[0][1]] in _DETERMINERS:
            spans = spans[1:]
        # "... Technology and Director of ...": a title word ends the name it follows.
        for k, (s, e) in enumerate(spans):
            if k and (_is_role(text[s:e]) or text[s:e].strip(",.;:").lower() in _DATE_WORDS):
                spans = spans[:k]  # "... Council on Tuesday": a date ends the name too
                break
        while spans and text[spans[-1][0]:spans[-1][1]].lower() in _LINKERS:
            spans = spans[:-1]
        spans = spans[:_MAX_NAME_TOKENS]  # a run of capitals longer than any official name
        # "Officials of the Ministry of Industry": the name may start after a linker too.
        for k in range(len(spans)):
            if k and text[spans[k - 1][0]:spans[k - 1][1]].lower() not in _LINKERS:
                continue
            j = k - 1
            while j >= 0 and text[spans[j][0]:spans[j][1]].lower() in _LINKERS:
                j -= 1
            if j >= 0 and _bare(text[spans[j][0]:spans[j][1]]) in _BODIES:
                continue  # "Science and Technology" of "Ministry of Science and Technology" names no body
            sub = spans[k:]
            if sub and text[sub[0][0]].isupper() and text[sub[0][0]:sub[0][1]] not in _DETERMINERS:
                # Compared without a possessive: "the Ministry of Industry's officials".
                names.append((tuple(_POSSESSIVE.sub("", text[s:e]) for s, e in sub), sub))
                linkers.append(text[spans[k - 1][0]:spans[k - 1][1]].lower() if k else "")
    need = state["min_capitals"]
    reported = set()
    full = {toks for toks, _ in names if sum(t[0].isupper() for t in toks) > need}
    # Each full name under every proper prefix of it, longest names first: one dictionary
    # lookup per name instead of a scan of all full names.
    by_prefix = {}
    for whole in sorted(full, key=lambda w: (-len(w), w)):
        for n in range(1, len(whole)):
            by_prefix.setdefault(whole[:n], []).append(whole)
    china = state["second_forms"] and bool(names) and _about_china(text, names)
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
            if not (_cut_in_coordination(whole, len(toks)) or _generic_head_cut(whole, len(toks))):
                continue
            if not _names_a_body(whole):
                continue
            if sum(t[0].isupper() for t in prefix) < need:
                continue
            if all(t.lower().strip(",.;:") in _LEGAL_FORMS or t[0].islower() for t in missing):
                continue  # "... Group Co., Ltd.": the same body with its legal form
            if not any(t[0].isupper() for t in missing) or _is_role(missing[0]):
                continue  # "the Ministry ... Spokesperson" is the name plus a title, not a longer name
            if whole[len(toks)] == "in":
                continue  # "the ... Department in Beijing": the name and where it is
            after = _NEXT_WORD.match(text, spans[-1][1])
            if after and after.group(1).lower().rstrip("s") == missing[0].lower().rstrip("s"):
                continue  # "local Development and Reform commissions": the head in lower case
            canonical = " ".join(whole)
            if spans[0][0] not in reported:
                reported.add(spans[0][0])
                yield Hit(spans[0][0], _end_before_possessive(text, spans[n - 1]), canonical,
                          {"other": canonical, "how": _HOW["cut"]})
            break
    if state["second_forms"] and names:
        yield from _second_forms(text, state["catalog"], names, linkers, reported, china)


def _about_china(text, names):
    """A document about China, as the ``official_names`` type decides, or one that names a
    body of a Chinese province or city ("the Ningbo Development and Reform Commission")."""
    if official_names.about_china(text):
        return True
    return any(_bare(toks[0]) in official_names.PLACES and _head_at(toks) is not None for toks, _ in names)


# -- second forms of one body in a document about China (truncation mode, `second_forms`) --

_HOW = {"cut": "a shortened form", "middle": "a form with a member of the coordination dropped",
        "qualifier": "a form without the words that say which body it is",
        "head": "a form with another head noun", "number": "a form with a word in the wrong number",
        "qualifier head": "a form with another head noun and without the words that say which body it is"}
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
                  "organizing", "supervisory", "audit", "academic"}


def _swapped_heads(head):
    """The head nouns that render the same Chinese head as ``head``, but "Ministry" and
    "Department", which also name two levels of government."""
    return {h for pair in _HEAD_SWAPS if head in pair and pair != {"ministry", "department"} for h in pair} - {head}


def _place(token):
    """A place, a level of government or a word of a proper name ("Ningbo", "Municipal",
    "Hong Kong", an acronym): a second form may drop it, as a second reference drops the city."""
    word = _bare(token)
    if word in official_names.PLACES or word in _LEVELS or word in _PLACE_WORDS or token.isupper():
        return True
    return bool(official_names.FOREIGN_CUE.fullmatch(token.rstrip(",.;:"))) or zipf_cached(word) < 3.5


def _head_at(toks):
    """Where a body's name has its head: the last word ("Health Commission"), else its first
    ("Ministry of Commerce"); None for a name of another shape."""
    if _bare(toks[-1]) in _BODY_HEADS:
        return len(toks) - 1
    if _bare(toks[0]) in _BODY_HEADS and len(toks) > 2 and toks[1].lower() in ("of", "for"):
        return 0
    return None


def _core(toks):
    """A name without its place and level ("Ningbo", "Hubei Provincial"), nor "of China", "of
    the State Council" or "of X Province" after it; generic words ("National", "China") stay."""
    start, end = 0, len(toks)
    while start < end - 1 and (_place(toks[start]) and _bare(toks[start]) not in _GENERIC - _LEVELS or
                               _bare(toks[start]) in ("china", "chinese") and _bare(toks[start + 1]) in _BODY_HEADS):
        start += 1  # "Hubei Provincial", "Ningbo", and "China's" before "Ministry"
    if "in" in toks[start:]:
        end = toks.index("in", start)  # "the Ministry of Natural Resources in Beijing"
    _, tail_end, _ = official_names.core(list(toks[start:end]))
    words = [_bare(t) for t in toks[start:end]]
    if tail_end < len(words) and (words[tail_end] == "of"):
        end = start + tail_end
    return toks[:start], toks[start:end]


def _content(toks, head):
    """The words that say what a body does: not generic, not a linker, not its head."""
    return tuple(_bare(t) for i, t in enumerate(toks) if i != head and t.lower() not in _LINKERS
                 and _bare(t) not in _GENERIC and _bare(t) not in official_names.PLACES)


def _accepted(catalog, toks, chinese=False):
    """Is this form an accepted name of a listed body, or of another government's (not with
    ``chinese``)?"""
    if catalog is None:
        return False
    signature = official_names.parse_form(" ".join(toks)).signature
    return any(signature in forms for level, forms in catalog.accepted.items() if not chinese or level != "other")


_VOCABULARY = {}


def _official_words(catalog):
    """The words of the official and accepted names of the names file, lower case."""
    if id(catalog) not in _VOCABULARY:
        names = [n for raw in catalog.raw for n in [raw["en"], *raw.get("short", []), *raw.get("former", [])]]
        _VOCABULARY[id(catalog)] = (catalog, {_bare(w) for n in names for w in n.split()})
    return _VOCABULARY[id(catalog)][1]


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
        while left > 0 and left - 1 != head and core[left - 1][:1].isupper() and core[left - 1].lower() not in _LINKERS:
            left -= 1
        right = i + 1
        while right < len(core) and right != head and core[right][:1].isupper() and core[right].lower() not in _LINKERS:
            right += 1
        if left == i or right == i + 1:
            continue
        for a in range(left, i + 1):
            for b in range(i + 1, right + 1):
                form = core[:a] + core[b:]
                h = _head_at(form) if form else None
                if h is not None and _content(form, h) and _bare(form[h]) == _bare(core[head]):
                    out.add(form)
    return out


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
        qualifier, core = _core(whole)
        if len(core) < 2 or _head_at(core) is None:
            continue
        fix = (" ".join(core), frozenset(_bare(t) for t in qualifier))
        # Outside China's stories a name and its member are often two bodies ("Department of
        # Health and Human Services", a state's "Department of Human Services").
        for form in _coordination_drops(core) if china or _accepted(catalog, core, chinese=True) else ():
            k = 0
            while True:  # also without the generic words of its start: "[National] Forestry Administration"
                forms.setdefault(form[k:], set()).add(("middle", fix))
                if k + 2 < len(form) and _bare(form[k]) in _GENERIC:
                    k += 1
                else:
                    break
        head = _head_at(core)
        if china and head == len(core) - 1:
            # "[National Healthcare] Security Administration": the rest names no body of its own
            for k in range(1, len(core) - 1):
                dropped, rest = core[:k], core[k:]
                if rest[0].lower() in _LINKERS or not _content(rest, len(rest) - 1):
                    continue
                if any(_bare(t) in _BODIES for t in dropped) or any(_bare(t) in _BODIES for t in rest[:-1]):
                    continue  # "[CPC Central Committee] Organization Department": a unit of a body
                if any(t.lower() in _LINKERS - {"and", "&"} for t in dropped):
                    continue  # "[Port of] Rotterdam Authority", "[Financial Services and the] Treasury Bureau"
                qualifiers = [t for t in dropped if t.lower() not in _LINKERS and _bare(t) not in _GENERIC
                              and _bare(t) not in _BROAD]
                if qualifiers and not any(_place(t) for t in qualifiers):
                    # "[Yangtze River] Water Resources Commission", "[Asian Games] Organizing
                    # Committee": whose body it is; "the Organizing Committee" is good English
                    if not any(_bare(t) in _SITES for t in qualifiers) and \
                            not all(_bare(t) in _KINDS_OF_BODY for t in rest[:-1]):
                        forms.setdefault(rest, set()).add(("qualifier", fix))
                    # ... but not under another head for the same Chinese head: "[Suzhou Industrial
                    # Park] Administrative Commission" for its Administrative Committee
                    for other in _swapped_heads(_bare(rest[-1])):
                        forms.setdefault(rest[:-1] + (other.capitalize(),), set()).add(("qualifier head", fix))
    groups = {}  # content words without a plural ending -> [(index of the name, head, core)]
    for n, (toks, spans) in enumerate(names):
        if linkers[n] in ("and", "&"):
            continue  # "[National Radio and] Television Administration" inside the full name
        qualifier, core = _core(toks)
        # "the Development Commission", or "the Hefei Development Commission" when the full
        # name had that place too
        places = {_bare(t) for t in qualifier}
        found = {(how, fix) for how, (fix, _) in forms.get(toks, ())}
        if found:
            qualifier = ()
        else:
            found = {(how, fix) for how, (fix, where) in forms.get(core, ()) if qualifier and places <= where}
        if found and not _accepted(catalog, toks):
            kinds = {fix for _, fix in found}
            if len(kinds) == 1 and spans[0][0] not in reported and not _foreign(text, spans[0][0]):
                how, fix = next(iter(found))
                fix = " ".join([*qualifier, fix])
                last = spans[-1] if not qualifier else spans[len(qualifier) + len(core) - 1]
                reported.add(spans[0][0])
                yield Hit(spans[0][0], _end_before_possessive(text, last), fix, {"other": fix, "how": _HOW[how]})
                continue
        head = _head_at(core) if len(core) >= 2 else None
        if head is None or linkers[n] or _foreign(text, spans[0][0]):
            continue
        content = _content(core, head)
        if content:
            key = tuple(w[:-1] if w.endswith("s") and len(w) > 4 else w for w in content)
            groups.setdefault(key, []).append((n, qualifier, core, head, content))
    yield from _swaps(text, catalog, names, groups, reported, china)


def _foreign(text, start):
    """Another country's body ("the U.S. Commerce Department") or an owner's unit ("the NPC's
    Foreign Affairs Committee") starts here."""
    if official_names.FOREIGN_BEFORE.search(text, max(0, start - 60), start):
        return True
    owner = official_names.OWNER.search(text, max(0, start - 40), start)
    return bool(owner) and _bare(owner.group(1)) not in official_names.PLACES and _bare(owner.group(1)) != "china"


def _swaps(text, catalog, names, groups, reported, china):
    """One body under two head nouns that render one Chinese head, or with one content word
    in two numbers: the form used less (later, when as often) is flagged, with the other's
    head or word as fix."""
    for members in groups.values():
        variant_of = {n: (_bare(core[head]), content) for n, _, core, head, content in members}
        counts = Counter(variant_of.values())
        if len(counts) < 2:
            continue
        first = {}
        for n, *_ in members:
            first.setdefault(variant_of[n], names[n][1][0][0])
        main = max(counts, key=lambda v: (counts[v], -first[v]))
        main_forms = [(q, core, head) for n, q, core, head, _ in members if variant_of[n] == main]
        main_places = [{_bare(t) for t in q} for q, _, _ in main_forms]
        # The same qualifiers or fewer: "Provincial Health Committee" after "Shaanxi Provincial
        # Health Commission". A form with a place of its own names another body ("Shenzhen
        # Municipal Taxation Bureau" beside the "State Taxation Administration"), and so does
        # every form like it in the document.
        other_body = {variant_of[n] for n, q, *_ in members
                      if not any({_bare(t) for t in q} <= places for places in main_places)}
        main_q, main_core, main_head = main_forms[0]
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
                if any(main_places) and (variant[0] == "ministry" or _NATIONAL & {_bare(t) for t in core}):
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
                fix_core = [_same_case(t, by_word[_bare(t)]) if _bare(t) in by_word else t for t in core]
            fix = " ".join([*qualifier, *fix_core])
            reported.add(start)
            yield Hit(start, _end_before_possessive(text, spans[len(qualifier) + len(core) - 1]), fix,
                      {"other": fix, "how": _HOW[how]})


def _same_case(token, word):
    """``word`` written as ``token`` is: "Resource" -> "Resources"."""
    return word[:1].upper() + word[1:] if token[:1].isupper() else word


# Two capitalised words in a row (a lookahead, so "Xu Wenjie Xu" yields both pairs); a
# romanised given name may be hyphenated ("Wen-jie").
_PAIR = re.compile(r"\b(?=([A-Z][a-z]+(?:-[a-z]+)?)[ \u00a0]+([A-Z][a-z]+(?:-[a-z]+)?)\b)")


# What introduces a name's other form on purpose, just before it in the same sentence.
_ALIAS = re.compile(r"(?:\b(?:known|referred to|addressed|listed|written|spelt|spelled|romani[sz]ed)\b[^.!?;\n]{0,40}\bas"
                    r"|\b(?:called|named|née|aka|a\.k\.a\.|or)"
                    r"|[(（])\s*$", re.IGNORECASE)


def _name_order(doc, state):
    """One person written "Family Given" (Xu Wenjie) and "Given Family" (Wenjie Xu) in one
    document: flag the order that differs from the document's first use of the name."""

    text, surnames = doc.text, state["surnames"]
    spots = {}
    for m in _PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        spots.setdefault((a, b), []).append((m.start(1), m.end(2)))
    for (a, b), where in spots.items():
        if a.lower() not in surnames or (b, a) not in spots:
            continue  # only pairs starting with a family name, seen reversed too
        # The given name must not be an ordinary English word ("Gao Rising" is no name).
        if zipf_cached(b.lower().replace("-", "")) >= 3.5:
            continue
        reversed_ = spots[(b, a)]
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
        after = _AFTER_CUT.match(text, m.end())
        word = after.group(1) if after else None
        if word is None:
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


_LIST_GOES_ON = re.compile(r",[ \u00a0]+[A-Z]")
_BEFORE_CUT = re.compile(r"([\w'’.-]+)[ \u00a0]+$")
_OWN_COUNTRY = {"The", "China's", "China’s", "Chinese", "A", "An", "In", "By", "From", "Of", "At", "On", "For", "With"}
_AFTER_CUT = re.compile(r"(?:['’]s)?[ \u00a0]+([A-Za-z][\w'’-]*)")
_PUNCT_AFTER = re.compile(r"(?:['’]s)?[,.;:)!?\]]")

_MODES = {"variants": _variants, "truncation": _truncation, "name_order": _name_order,
          "known_names": _known_names}


@prepare.detector
def detect(doc, state):
    return _MODES[state["mode"]](doc, state)
