"""``figure_agreement``: one thing stated twice in a story, in two ways that cannot both hold.

The other figure checks read a relation inside one clause (a change with its two ends, a span
with its length). An editor also reads a story as a whole: a port called the largest in the world
and, three paragraphs on, the world's second-busiest; a man of 58 who is 63 in the next quote; a
total of 1,200 athletes that later are "the 1,500 athletes". MT translates sentence by sentence,
so a misread 第二 or 十 in one of them leaves two statements of one fact that disagree. Each check
first makes sure the two figures are of the same thing (the same name, the same superlative and
noun head, the same scope and measure; the same person; the same counted noun), and that nothing
puts them at different times (another year, "then", "once", "will"), before it compares them:

* ``rank``: a rank given twice for one name and one superlative ("Yiwu is the world's largest
  small-commodity market" ... "Yiwu, the world's third-largest small-commodity market"), and
  "ranked first" or "tops" with a name ranked before it in its clause ("ranked first in China's
  grain output last year, second only to Heilongjiang").
* ``age``: a person's age given twice ("Li Jianguo, 58," ... "Li Jianguo, 63,"); an age "at age
  N" or "when he was N" against a year of birth and the year in its clause; a thing "opened 20
  years ago" marking its 25th anniversary this year; and the year a founding with "N years ago"
  or an anniversary "this year" puts the story in, after the present or before a year the story
  reports as past.
* ``total``: a figure given as a total ("a total of 1,200 athletes", "In all, 2,800
  exhibitors") restated otherwise ("The 1,500 athletes competed"), or smaller than another figure
  of the same noun in the story that it must include.
* ``partition``: two parts that split a whole in two (women and men, urban and rural, "the
  remaining 240") and do not add up to it ("Of the 500 companies, 320 are private and the
  remaining 240 are state-owned").
* ``multiple``: "doubled", "tripled", "halved" with its two ends apart in its clause ("doubled
  from 40 in 2020 to 60 in 2023"; "doubled to 60 from 40"), the ratio more than a fifth off.

The span is the figure the other makes suspect (the later rank, age or total; the parts; the
multiple); no fix.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Optional

from . import Hit, Key, check_choices, register
from .. import re_programs
from .figure_dates import _MONTH_NAMES
from .figure_reading import document_sentences, story_figures
from .figures_common import DIGIT, THIS_YEAR, outside_corrections, value

SHAPES = ("rank", "age", "total", "partition", "multiple")
_YEAR = re_programs.compile(r"(?<![\d,.$])(?:19|20)\d\d(?!\d|,\d|\.\d)")
_S = r"[ \u00a0]"

# ---------------------------------------------------------------- rank

_ORDINAL_WORDS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                  "tenth": 10, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
# Superlatives of one family ("largest" and "biggest" rank the same thing).
_SUPER_FAMILY = {"largest": "size", "biggest": "size", "busiest": "busiest", "highest": "highest", "richest": "richest",
                 "tallest": "tallest", "longest": "longest", "oldest": "oldest", "most populous": "populous"}
_SUPER = r"(?:largest|biggest|busiest|highest|richest|tallest|longest|oldest|most[ \u00a0-]populous)"
# A rank claim: a name, then "is (now) the" or an apposition ", the", a possessive scope ("the
# world's", "China's"), an ordinal, the superlative and its noun, and the words after it in
# its clause (a scope "in the world", a measure "by population").
_CLAIM = re_programs.compile(
    r"(?<![\w'’.-])(?P<subj>(?-i:[A-Z])[\w'’&-]*(?:" + _S + r"(?-i:[A-Z])[\w'’&-]*){0,4})"
    r"(?P<link>," + _S + r"+|" + _S + r"+(?:is|remains|has" + _S + r"+become)" + _S + r"+(?:now" + _S + r"+|still" + _S + r"+|also" + _S + r"+)?)"
    r"(?:the" + _S + r"+)?(?:(?P<poss>[A-Za-z][\w-]*)['’]s" + _S + r"+)?"
    r"(?:(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|10th)[ \u00a0-])?"
    r"(?P<sup>" + _SUPER + r")"
    r"(?P<noun>(?:" + _S + r"(?!in\b|by\b|of\b|on\b|for\b|and\b|with\b|after\b|behind\b|as\b|to\b|that\b|which\b|among\b)[a-z][\w-]*){0,3})"
    r"(?P<tail>[^.;:!?\n]{0,60})")
_WORLD = re_programs.compile(r"\b(?:in" + _S + r"+the" + _S + r"+world|worldwide|globally|on" + _S + r"+the" + _S + r"+planet|on" + _S + r"+earth)\b", re.IGNORECASE)
_COUNTRY = re_programs.compile(r"\b(?:in" + _S + r"+(?:the" + _S + r"+)?(?:country|nation|China)|nationwide|nationally)\b")
_IN_PLACE = re_programs.compile(r"\bin" + _S + r"+(?:the" + _S + r"+)?(?P<p>(?-i:[A-Z])[\w-]+|province|region|city|county|southwest|northwest|"
                                r"southeast|northeast|south|north|east|west)\b")
_BY = re_programs.compile(r"\bby" + _S + r"+(?P<m>[a-z][\w-]*(?:" + _S + r"[a-z][\w-]*)?)")
_SCOPES = {"world": "world", "global": "world", "planet": "world", "country": "country", "nation": "country",
           "china": "country", "chinese": "country", "asia": "asia", "province": "province", "region": "region"}
# Words that put a claim at another time than the story's present.
_OTHER_TIME = re_programs.compile(r"\b(?:once|formerly|previously|used" + _S + r"+to|will|would|then|until|ago|had" + _S + r"+been|"
                                  r"was|were|became|by" + _S + r"+the" + _S + r"+end|expected|set" + _S + r"+to|poised|aims?)\b", re.IGNORECASE)


def _scope(m) -> Optional[str]:
    if m.group("poss"):
        return _SCOPES.get(m.group("poss").lower(), m.group("poss").lower())
    tail = m.group("tail")
    if _WORLD.search(tail):
        return "world"
    if _COUNTRY.search(tail):
        return "country"
    place = _IN_PLACE.search(tail)
    if place:
        return _SCOPES.get(place.group("p").lower(), place.group("p").lower())
    return None


# "As the world's largest small-commodity market, Yiwu ...": the name after the claim.
_AS_CLAIM = re_programs.compile(
    r"\b[Aa]s" + _S + r"+(?:the" + _S + r"+)?(?:(?P<poss>[A-Za-z][\w-]*)['’]s" + _S + r"+)?"
    r"(?:(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|10th)[ \u00a0-])?"
    r"(?P<sup>" + _SUPER + r")"
    r"(?P<noun>(?:" + _S + r"(?!in\b|by\b|of\b|on\b|for\b|and\b)[a-z][\w-]*){0,3})"
    r"(?P<tail>[^,.;:!?\n]{0,60}),(?:" + _S + r"+(?:the" + _S + r"+)?)?(?P<subj>(?-i:[A-Z])[\w'’&-]*(?:" + _S + r"(?-i:[A-Z])[\w'’&-]*){0,4})\b")


def _claims(text: str, lo: int, hi: int):
    for m in sorted(list(_CLAIM.finditer(text, lo, hi)) + list(_AS_CLAIM.finditer(text, lo, hi)), key=lambda m: m.start("sup")):
        subj = re.sub(r"^(?:The|A|An|Last|This|With|In)" + _S + r"+", "", m.group("subj"))
        if not subj or subj in ("It", "Its", "The", "This", "That"):
            continue
        tail = m.group("tail")
        cut = re.search(r",|\b(?:and|but|while|after|behind|trailing|following|second" + _S + r"+only)\b", tail)
        if cut:
            tail = tail[:cut.start()]
        noun = m.group("noun").split()
        measure = _BY.search(tail)
        ordinal = _ORDINAL_WORDS.get((m.group("ord") or "").lower(), 1)
        sup = re.sub(r"[ \u00a0-]+", " ", m.group("sup").lower())
        key = (subj.lower(), _SUPER_FAMILY.get(sup, sup), " ".join(noun) or None, _scope(m),
               measure.group("m") if measure else None)
        yield key, ordinal, (m.start("ord") if m.group("ord") else m.start("sup")), m.end("sup")


# "ranked first" or "tops" with a name ranked before it later in its clause.
_FIRST = re_programs.compile(
    r"\b(?:(?:rank(?:s|ed)?|came|comes|placed|stood|stands)" + _S + r"+(?:the" + _S + r"+)?(?P<o>first|top|No\." + _S + r"?1|number" + _S + r"+one)"
    r"|(?P<o2>tops|topped|topping|leads|led)" + _S + r"+(?:the" + _S + r"+)?(?:country|nation|province|world|list|ranking|rankings|table|China)\b)"
    r"(?P<rest>[^.;:!?\n]{0,80}?),?" + _S + r"+(?P<w>second" + _S + r"+only" + _S + r"+to|(?:trails|trailed|trailing)" + _S + r"+only|behind" + _S + r"+only|"
    r"after" + _S + r"+only|only" + _S + r"+behind|bested" + _S + r"+only" + _S + r"+by|surpassed" + _S + r"+only" + _S + r"+by)" + _S + r"+(?:the" + _S + r"+)?"
    r"(?-i:[A-Z])[\w'’.-]*(?:" + _S + r"+(?-i:[A-Z])[\w'’.-]*)*(?:['’]s)?(?P<after>[^.;:!?\n]{0,30})", re.IGNORECASE)
_RANK_BREAK = re_programs.compile(r"\b(?:and|but|while|whereas|second|third|fourth|fifth|largest|biggest)\b|;", re.IGNORECASE)
_OWN_SCOPE = re_programs.compile(r"^" + _S + r"*(?:globally|worldwide|nationally|nationwide|overall|in" + _S + r"+(?:the" + _S + r"+)?"
                                 r"(?:world|country|nation|China|Asia|Europe))\b", re.IGNORECASE)


# In one sentence: a superlative said of the sentence's subject ("As the country's largest tea
# producer", ", the world's second-busiest port", "is China's largest") and a rank given with the
# same scope and no measure of its own ("ranked third nationwide").
_SAID_SUPER = re_programs.compile(
    r"(?:\b[Aa]s|,|\bis|\bremains|\band)" + _S + r"+(?:(?:also|now|still)" + _S + r"+)?(?:the" + _S + r"+)?(?:(?P<poss>[A-Za-z][\w-]*)['’]s" + _S + r"+)?"
    r"(?:(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|10th)[ \u00a0-])?"
    r"(?P<sup>" + _SUPER + r")(?P<noun>(?:" + _S + r"(?!in\b|by\b|of\b|on\b|for\b|and\b)[a-z][\w-]*){0,3})(?P<tail>(?:(?!\band\b)[^,.;:!?\n]){0,40})")
_RANKED_AS = re_programs.compile(
    r"\b(?:rank(?:s|ed|ing)?|came|comes|placed|finished|stood|stands)" + _S + r"+(?:the" + _S + r"+)?"
    r"(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[2-9](?:nd|rd|th)|10th|No\." + _S + r"?[1-9])\b(?P<after>[^,.;:!?\n]{0,40})")
_RANKED_SCOPE = {"country": re_programs.compile(r"^" + _S + r"*(?:nationwide|nationally|in" + _S + r"+(?:the" + _S + r"+)?(?:country|nation|China)|across" + _S + r"+(?:the" + _S + r"+)?(?:country|nation|China))\b"),
                 "world": re_programs.compile(r"^" + _S + r"*(?:worldwide|globally|in" + _S + r"+the" + _S + r"+world)\b"),
                 "province": re_programs.compile(r"^" + _S + r"*(?:province-wide|provincewide|in" + _S + r"+the" + _S + r"+province)\b")}
_CLAUSE_TURN = re_programs.compile(r"\b(?:but|while|whereas|although|though|yet|even)\b|;")


def _one_sentence_ranks(text: str, lo: int, hi: int):
    said = list(_SAID_SUPER.finditer(text, lo, hi))
    ranked = list(_RANKED_AS.finditer(text, lo, hi))
    if len(said) == 2 and not ranked:
        yield from _two_superlatives(text, lo, hi, *said)
    if len(said) != 1 or len(ranked) != 1:
        return
    s_, r = said[0], ranked[0]
    scope = _scope(s_)
    if scope is None or scope not in _RANKED_SCOPE:
        return
    m = _RANKED_SCOPE[scope].match(r.group("after"))
    if not m or re.search(r"\b(?:in|by|for|of|among)\b", r.group("after")[m.end():]):
        return  # another scope, or a measure of its own ("ranked third nationwide in exports")
    a, b = sorted((s_, r), key=lambda x: x.start())
    if _CLAUSE_TURN.search(text, a.end(), b.start()) or _OTHER_TIME.search(text, lo, hi) or _YEAR.search(text, lo, hi):
        return
    o = r.group("o").lower()
    ordinal = 1 if o == "first" else _ORDINAL_WORDS.get(o) or (int(o[-1]) if o.startswith("no") else None)
    superlative = _ORDINAL_WORDS.get((s_.group("ord") or "").lower(), 1)
    if ordinal and ordinal != superlative:
        yield Hit(r.start("o"), r.end("o"), None, {"computed": f"the {'' if superlative == 1 else s_.group('ord') + '-'}{s_.group('sup')} in the same sentence"})


# Fields one inside the other, (wider, narrower): a rank in the wider one is never better than in
# the narrower.
_WIDER = {("world", "asia"), ("world", "country"), ("world", "province"), ("asia", "country"), ("asia", "province"),
          ("country", "province"), ("world", "region"), ("country", "region")}


def _two_superlatives(text: str, lo: int, hi: int, a, b):
    """Two superlatives of one noun and scope said of a sentence's subject at two places
    ("Shandong, China's largest vegetable producer, is also the country's third-largest
    vegetable producer")."""
    def key(m):
        tail = m.group("tail")
        measure = _BY.search(tail)
        sup = re.sub(r"[ \u00a0-]+", " ", m.group("sup").lower())
        return (_SUPER_FAMILY.get(sup, sup), " ".join(m.group("noun").split()) or None, _scope(m), measure.group("m") if measure else None)
    ka, kb = key(a), key(b)
    if _CLAUSE_TURN.search(text, a.end(), b.start()) or _OTHER_TIME.search(text, lo, hi) or _YEAR.search(text, lo, hi):
        return
    oa, ob = (_ORDINAL_WORDS.get((m.group("ord") or "").lower(), 1) for m in (a, b))
    nested = (ka[2], kb[2]) in _WIDER or (kb[2], ka[2]) in _WIDER
    if nested and ka[0] == kb[0] and ka[3] == kb[3] and (ka[1] == kb[1] or kb[1] is None):
        # a place in a wider field is no better than in a field inside it: "the largest in the
        # world and the third-largest in China" cannot both hold
        wide, narrow = (oa, ob) if (ka[2], kb[2]) in _WIDER else (ob, oa)
        if narrow > wide:
            yield Hit(b.start("ord") if b.group("ord") else b.start("sup"), b.end("sup"), None,
                      {"computed": f"number {narrow} in {kb[2] if narrow == ob else ka[2]}, inside a field where it is number {wide}"})
        return
    if ka != kb or ka[1] is None or ka[2] is None:
        return
    if oa != ob:
        yield Hit(b.start("ord") if b.group("ord") else b.start("sup"), b.end("sup"), None,
                  {"computed": f"the {'' if oa == 1 else a.group('ord') + '-'}{a.group('sup')} earlier in the sentence"})


def _rank_hits(text: str, spans):
    claims = {}
    for lo, hi in spans:
        sentence = text[lo:hi]
        if not re.search(r"largest|biggest|busiest|highest|richest|tallest|longest|oldest|populous", sentence):
            pass
        else:
            timed = bool(_YEAR.search(text, lo, hi) or _OTHER_TIME.search(text, lo, hi))
            for key, ordinal, start, end in _claims(text, lo, hi):
                if key[2] is None and key[3] is None:
                    continue  # "X is the largest": of what, the clause does not say
                if timed:
                    continue
                earlier = claims.get(key)
                if earlier is not None and earlier != ordinal:
                    first = "the first" if earlier == 1 else f"number {earlier}"
                    yield Hit(start, end, None, {"computed": f"{first} in the story before, for the same name, thing and scope"})
                claims.setdefault(key, ordinal)
        lower = sentence.lower()
        if any(w in lower for w in ("rank", "came", "placed", "finished", "stood", "stands", "largest", "biggest", "busiest", "highest",
                                    "richest", "tallest", "longest", "oldest", "populous")):
            yield from _one_sentence_ranks(text, lo, hi)
        if "only" in lower and ("first" in lower or "top" in lower or "lead" in lower or "led " in lower or "no." in lower or "number one" in lower):
            for m in _FIRST.finditer(text, lo, hi):
                if _RANK_BREAK.search(m.group("rest")) or _OWN_SCOPE.match(m.group("after")):
                    continue
                g = "o" if m.group("o") else "o2"
                yield Hit(m.start(g), m.end(g), None, {"computed": "not the first, with a name ranked before it"})


# ---------------------------------------------------------------- age

_NAME_AGE = re_programs.compile(r"(?<![\w'’-])(?P<name>(?-i:[A-Z])[a-z]+(?:" + _S + r"(?-i:[A-Z])[a-z]+(?:-[a-z]+)?){0,2}),"
                                + _S + r"+(?:aged" + _S + r"+|who" + _S + r"+is" + _S + r"+)?(?P<n>\d{1,3})(?:,|" + _S + r"+years?" + _S + r"+old,)")
# The comma of every ``_NAME_AGE`` match, found by a pattern that opens on it (which ``re`` finds
# fast): ``_NAME_AGE`` opens on a look-behind and is tried only in the sentences that hold one.
_AGE_COMMA = re_programs.compile(r",(?=" + _S + r"+(?:aged" + _S + r"+|who" + _S + r"+is" + _S + r"+)?\d{1,3}(?:,|" + _S + r"+years?" + _S + r"+old,))")
_THEN = re_programs.compile(r"\b(?:then|at" + _S + r"+the" + _S + r"+time|ago|when|now|today|later|earlier|former|late)\b", re.IGNORECASE)
_BORN_IN = re_programs.compile(r"\bborn" + _S + r"+(?:in" + _S + r"+)?(?:[A-Z][a-z]+" + _S + r"+(?:\d{1,2}," + _S + r"+)?)?(?P<y>(?:19|20)\d\d)\b")
_AGE_THEN = re_programs.compile(r"\bat" + _S + r"+age" + _S + r"+(?P<n>\d{1,3})\b|\bwhen" + _S + r"+(?:he|she)" + _S + r"+was" + _S + r"+(?:just" + _S + r"+|only" + _S + r"+)?(?P<n2>\d{1,3})\b"
                                r"|\b(?:he|she)" + _S + r"+was" + _S + r"+(?:just" + _S + r"+|only" + _S + r"+)?(?P<n3>\d{1,3})" + _S + r"+when\b", re.IGNORECASE)
_AGO_FOUNDED = re_programs.compile(
    r"\b(?:(?:was|were)" + _S + r"+(?:first" + _S + r"+)?(?:founded|built|established|set" + _S + r"+up|opened|launched|completed|created|started)|"
    r"(?:opened|began|started|launched)(?:" + _S + r"+its" + _S + r"+doors)?)"
    r"" + _S + r"+(?P<approx>(?:about|nearly|some|more" + _S + r"+than|over|almost|around)" + _S + r"+)?(?P<n>\d{1,3}|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
    r"" + _S + r"+years" + _S + r"+ago\b", re.IGNORECASE)
_ANNIV_NOW = re_programs.compile(r"\b(?P<o>\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|tenth|twentieth|thirtieth|"
                                 r"fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|fifteenth)" + _S + r"+anniversary\b", re.IGNORECASE)
_NOW_WORDS = re_programs.compile(r"\b(?:this" + _S + r"+(?:year|month|week)|today|on" + _S + r"+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                                 r"is" + _S + r"+(?:marking|celebrating)|marks|celebrates)\b")
_NOT_NOW = re_programs.compile(r"\b(?:next" + _S + r"+year|last" + _S + r"+year|will" + _S + r"+(?!celebrate|mark)|would|planned|plans|in" + _S + r"+(?:19|20)\d\d|"
                               r"when|then)\b", re.IGNORECASE)
_FOUNDED_YEAR = re_programs.compile(r"\b(?:founded|built|established|set" + _S + r"+up|opened|launched|completed|created|inaugurated)" + _S + r"+in"
                                    + _S + r"+(?:[A-Z][a-z]+" + _S + r"+(?:\d{1,2}," + _S + r"+)?)?(?P<y>(?:19|20)\d\d)\b")
# What every match of ``_FOUNDED_YEAR`` holds, in a pattern that opens on a literal letter (which
# ``re`` finds fast): a text without it has no founding to read, sentence by sentence.
_FOUNDED_VERBS = ("founded", "built", "established", "set", "opened", "launched", "completed", "created", "inaugurated")
_FOUNDED_WORD = re_programs.compile(r"(?:founded|built|established|set" + _S + r"+up|opened|launched|completed|created|inaugurated)"
                                    + _S + r"+in" + _S)
_FUTURE = re_programs.compile(r"\b(?:will|would|plans?|planned|expected|target|targets|goal|aims?|set" + _S + r"+to|due|scheduled|by|until|"
                              r"projected|forecast|next)\b", re.IGNORECASE)
_TENS_WORDS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "hundred": 100, "tenth": 10, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
               "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "fifteenth": 15}


def _count(word: str) -> Optional[int]:
    word = word.lower()
    m = re.match(r"(\d+)", word)
    if m:
        return int(m.group(1))
    return _TENS_WORDS.get(word)


_FAMILY = re_programs.compile(r"\b(?:sons?|daughters?|father|mother|parents?|wife|husband|brothers?|sisters?|grand[a-z]+|uncle|aunt|"
                              r"cousins?|nephews?|nieces?|family|families|twins?|siblings?|daughter-in-law|son-in-law)\b", re.IGNORECASE)


def _named(text: str, surname: str) -> set:
    """The full names of ``text`` that begin with ``surname`` ("Wang Guixiang's", "Wang Haoran")."""
    return {m.group(1) for m in re.finditer(r"\b(" + re.escape(surname) + r"[ \u00a0][A-Z][a-z]+(?:-[a-z]+)?)\b", text)}


def _age_hits(text: str, spans):
    # a person's age given twice; a surname alone is the one person of that name, unless the
    # story speaks of a family (a mother and her son share it)
    # whether the story speaks of a family: asked only of a surname given alone with an age
    # (most stories give none), and then once
    family = functools.cache(lambda: bool(_FAMILY.search(text)))
    ages = {}
    full = {}
    lower = text.lower()
    # an age is a figure: the sentences with a name and an age, read once for both passes
    aged = []
    commas = [m.start() for m in _AGE_COMMA.finditer(text)]
    for lo, hi in spans:
        i = bisect.bisect_left(commas, lo)
        if i < len(commas) and commas[i] < hi:  # the comma before an age: where ``_NAME_AGE`` can hold
            found = list(_NAME_AGE.finditer(text, lo, hi))
            if found:
                aged.append((lo, hi, found))
    for _, _, found in aged:
        for m in found:
            name = m.group("name")
            if len(name.split()) >= 2:
                full.setdefault(name.split()[0], set()).add(name)
    for lo, hi, found in aged:
        timed = bool(_YEAR.search(text, lo, hi) or _THEN.search(text, lo, hi))
        for m in found:
            name, n = m.group("name"), int(m.group("n"))
            if n > 110:
                continue
            if len(name.split()) == 1:
                names = full.get(name, set())
                if len(names) != 1 or len(_named(text, name)) != 1 or family():
                    continue  # "Wang, 67," beside Wang Guixiang and Wang Haoran: which Wang?
                name = next(iter(names))
            if timed:
                ages.setdefault(name, None)
                continue
            earlier = ages.get(name)
            if earlier and abs(earlier - n) >= 1:
                yield Hit(m.start("n"), m.end("n"), None, {"computed": f"{earlier} earlier in the story"})
            if name not in ages or ages[name] is None:
                ages[name] = n
    # an age then against a year of birth and the year of its clause
    born = [m for lo, hi in spans for m in _BORN_IN.finditer(text, lo, hi)] if "born" in text else []
    if len({m.group("y") for m in born}) == 1:
        y0 = int(born[0].group("y"))
        for lo, hi in spans:
            found = list(_AGE_THEN.finditer(text, lo, hi))
            years = {int(y.group()) for y in _YEAR.finditer(text, lo, hi)} - {y0}
            if len(found) != 1 or len(years) != 1:
                continue
            m, yr = found[0], years.pop()
            g = next(g for g in ("n", "n2", "n3") if m.group(g))
            n = int(m.group(g))
            if yr > y0 and n <= 110 and abs((yr - y0) - n) > 1:
                yield Hit(m.start(g), m.end(g), None, {"computed": f"{yr - y0} from {y0} to {yr}"})
    # "opened 20 years ago" beside its "25th anniversary" this year
    # each pattern holds its word ("ago", "anniversary"): a story without it has no match
    ago = [m for lo, hi in spans for m in _AGO_FOUNDED.finditer(text, lo, hi)] if "ago" in lower else []
    anniversaries = ([(m, lo, hi) for lo, hi in spans for m in _ANNIV_NOW.finditer(text, lo, hi)]
                     if "anniversary" in lower else [])
    now_marks = [(m, lo, hi) for m, lo, hi in anniversaries if _NOW_WORDS.search(text, lo, hi) and not _NOT_NOW.search(text, lo, hi)
                 and not {y.group() for y in _YEAR.finditer(text, lo, hi)} - {f.group("y") for f in _FOUNDED_YEAR.finditer(text, lo, hi)}]
    if len(ago) == 1 and len(anniversaries) == 1 and now_marks:
        n, (m, _, _) = _count(ago[0].group("n")), now_marks[0]
        k = _count(m.group("o"))
        if n and k and abs(n - k) > (2 if ago[0].group("approx") else 0):
            yield Hit(m.start(), m.end(), None, {"computed": f"the {n}th, from {ago[0].group().strip()}"})
    # the year a founding puts the story in; the foundings read once for both checks
    founded = ([(m, lo, hi) for lo, hi in spans for m in _FOUNDED_YEAR.finditer(text, lo, hi)]
               if any(w in text for w in _FOUNDED_VERBS) and _FOUNDED_WORD.search(text) else [])
    yield from _told_hits(text, spans, ago, now_marks, founded)
    yield from _across_hits(text, spans, born, anniversaries, founded)


# (an age bracket of a population, "aged 60 or older", "aged 16 to 24", "aged 65+", is no one's
# age: issue 9, thirty-fifth round, a review set of good English)
_AGED = re_programs.compile(r"\b(?:aged|at" + _S + r"+the" + _S + r"+age" + _S + r"+of)" + _S + r"+(?P<n>\d{1,3})\b"
                            r"(?!\+|" + _S + r"*(?:-|–|to" + _S + r")" + _S + r"*\d|" + _S + r"+(?:or|and)" + _S
                            + r"+(?:older|over|above|more|younger|under|below|up)\b|" + _S + r"+(?:plus|and" + _S + r"+up)\b)")
_NOW_AGE = re_programs.compile(r"\b(?:[Nn]ow|who" + _S + r"+is" + _S + r"+now|is" + _S + r"+now)" + _S + r"+(?:aged" + _S + r"+)?(?P<n>\d{1,3})(?=" + _S + r"*[,.;]|"
                               + _S + r"+years?" + _S + r"+old\b)|\bturns" + _S + r"+(?P<n2>\d{1,3})" + _S + r"+this" + _S + r"+year\b")
_ANNIV_OF_OTHER = re_programs.compile(r"" + _S + r"+of" + _S + r"+(?!(?:its|the|their|his|her)" + _S + r"+(?:founding|establishment|opening|creation|launch|birth)\b)")


def _across_hits(text: str, spans, born, anniversaries, founded_in):
    """Dates a sentence gives with a year of birth or of founding in another sentence: an age
    in a year ("in 2010, aged 45"), an age now ("Now 45,") against the years the story reports,
    and an anniversary in a year ("In 2024 it marked its 30th anniversary")."""
    if len({m.group("y") for m in born}) == 1:
        y0 = int(born[0].group("y"))
        at = next(i for i, (lo, hi) in enumerate(spans) if lo <= born[0].start() < hi)
        for i, (lo, hi) in enumerate(spans):
            if i in (at, at + 1):
                continue  # the sentence of the birth and the next: ``date-arithmetic-does-not-fit``'s
            found = list(_AGED.finditer(text, lo, hi))
            years = {int(y.group()) for y in _YEAR.finditer(text, lo, hi)} - {y0}
            if len(found) == 1 and len(years) == 1:
                yr, n = years.pop(), int(found[0].group("n"))
                if yr > y0 and n <= 110 and abs((yr - y0) - n) > 1:
                    yield Hit(found[0].start("n"), found[0].end("n"), None, {"computed": f"{yr - y0} from {y0} to {yr}"})
        told = []
        for i in (at, at + 1):
            if i < len(spans):
                for m in _NOW_AGE.finditer(text, *spans[i]):
                    g = "n" if m.group("n") else "n2"
                    told.append((y0 + int(m.group(g)), m.start(g), m.end(g)))
        if len(told) == 1:
            latest = _latest(text, spans)
            year, start, end = told[0]
            if year > THIS_YEAR + 1:
                yield Hit(start, end, None, {"computed": f"a story told in {year}, after the present, from the birth in {y0}"})
            elif latest is not None and year < latest - 1:
                yield Hit(start, end, None, {"computed": f"a story told in {year}, before {latest}, a year it reports"})
    founded = [m for m, _, _ in founded_in]
    if len({m.group("y") for m in founded}) != 1 or len(anniversaries) != 1:
        return
    y0 = int(founded[0].group("y"))
    m, lo, hi = anniversaries[0]
    if _FOUNDED_YEAR.search(text, lo, hi) or _ANNIV_OF_OTHER.match(text, m.end()) or re.search(r"\bnext" + _S + r"+year\b", text[lo:hi]):
        return
    if _other_owner(text, lo, m.start(), text[founded_in[0][1]:founded_in[0][2]]):
        return
    years = {int(y.group()) for y in _YEAR.finditer(text, lo, hi)}
    k = _count(m.group("o"))
    near = _YEAR.search(text, max(lo, m.start() - 40), min(hi, m.end() + 40))
    if len(years) == 1 and k and near and not _NOW_WORDS.search(text, lo, hi):
        yr = years.pop()
        if yr > y0 and k != yr - y0:
            yield Hit(m.start(), m.end(), None, {"computed": f"the {yr - y0}th from {y0} to {yr}"})


# A name in a sentence: a capitalised word or an acronym after the sentence's first word.
_NAME_WORD = re_programs.compile(r"(?<=[ \u00a0(])(?:[A-Z][a-z]+|[A-Z]{2,})\b")
_NOT_NAMES = frozenset("""In On At By For From This That These Those The It Its Monday Tuesday Wednesday Thursday Friday
Saturday Sunday""".split()) | {m.capitalize() for m in _MONTH_NAMES}


# The words of the founding's sentence that name what was founded: its nouns before the year.
_CONTENT_WORD = re_programs.compile(r"[A-Za-z]{3,}")
_FUNCTION = frozenset("""the this that these those its their his her was were has have had been and for with from
into which who when where first founded established opened launched set built started created""".split())


def _other_owner(text: str, lo: int, at: int, founding: str) -> bool:
    """Does the anniversary's sentence, before the anniversary, name what marks it with names
    the founding's sentence lacks ("The Thousand Talents Plan was launched in 2008" ... "The CCP
    marked its 100th anniversary in July 2021", good33): another thing's anniversary. A sentence
    that repeats a word naming what was founded ("the university") is the same thing's, whatever
    place or person it names besides ("In Beijing, the university marked ...")."""
    before = text[lo:at].lower()
    if any(re.search(r"\b" + re.escape(w) + r"\b", before)
           for w in {w.group().lower() for w in _CONTENT_WORD.finditer(founding)} - _FUNCTION):
        return False
    names = {w.group() for w in _NAME_WORD.finditer(text, lo, at)} - _NOT_NAMES
    first = re.match(r"[ \u00a0\"“‘(]*([A-Z][A-Za-z]+|[A-Z]{2,})\b", text[lo:at])
    if first and first.group(1) not in _NOT_NAMES:
        names.add(first.group(1))
    return bool(names) and not any(re.search(r"\b" + re.escape(n) + r"\b", founding) for n in names)


def _latest(text: str, spans):
    """The latest year the story reports in a sentence of no time to come."""
    latest = None
    for lo, hi in spans:
        if _FUTURE.search(text, lo, hi):
            continue
        for y in _YEAR.finditer(text, lo, hi):
            latest = max(latest or 0, int(y.group()))
    return latest


def _told_hits(text: str, spans, ago, now_marks, founded):
    if len({m.group("y") for m, _, _ in founded}) != 1:
        return
    y0 = int(founded[0][0].group("y"))
    told = []
    for m, lo, hi in founded:
        for a in ago:
            if lo <= a.start() < hi and not a.group("approx"):
                told.append((y0 + _count(a.group("n")), a.start("n"), a.end()))
    for m, lo, hi in now_marks:
        k = _count(m.group("o"))
        if k:
            told.append((y0 + k, m.start(), m.end()))
    if not told:
        return
    latest = _latest(text, spans)
    for year, start, end in told:
        if year > THIS_YEAR + 1:
            yield Hit(start, end, None, {"computed": f"a story told in {year}, after the present, from the founding in {y0}"})
        elif latest is not None and year < latest - 1:
            yield Hit(start, end, None, {"computed": f"a story told in {year}, before {latest}, a year it reports"})


# ---------------------------------------------------------------- total

_TOTAL_BEFORE = re_programs.compile(r"(?:\b(?:a" + _S + r"+total" + _S + r"+of|in" + _S + r"+total,?|in" + _S + r"+all,?|altogether,?|all" + _S + r"+told,?)" + _S + r"+)$", re.IGNORECASE)
_TOTAL_AFTER = re_programs.compile(r"" + _S + r"+(?:in" + _S + r"+total|in" + _S + r"+all|altogether)\b")
_THE_BEFORE = re_programs.compile(r"\b(?:[Tt]he|[Aa]ll|[Aa]ll" + _S + r"+the|[Aa]ll" + _S + r"+of" + _S + r"+the)" + _S + r"+$")
_BOUND_BEFORE = re_programs.compile(r"\b(?:about|around|roughly|approximately|some|nearly|almost|close" + _S + r"+to|more" + _S + r"+than|less" + _S + r"+than|"
                                    r"fewer" + _S + r"+than|over|under|at" + _S + r"+least|at" + _S + r"+most|up" + _S + r"+to|just|another|other|additional|"
                                    r"extra|new|further|first|last|top|only)" + _S + r"+(?:a" + _S + r"+total" + _S + r"+of" + _S + r"+)?$", re.IGNORECASE)
# A word after "the 1,500 athletes" that opens a qualifier: they are not the whole set.
_QUALIFIER_AFTER = re_programs.compile(r"" + _S + r"+(?:from|in|of|at|on|who|that|which|whose|with|under|over|aged|living|working|selected|chosen|"
                                       r"registered|enrolled|named|listed|surveyed|polled|questioned|interviewed|tested|sampled|involved|affected|"
                                       r"injured|killed|a|an|per|each|every|this|last|next|to|for|by|between|across|within|outside|inside|among|"
                                       r"had|have|who|still|already|remaining|left)\b")
_COMMA_OR_BRACKET_AFTER = re_programs.compile(r"[ \u00a0]*[,(]")
_RATE_AFTER = re_programs.compile(r"" + _S + r"+(?:a|an|per|each|every)" + _S + r"+(?:day|week|month|year|hour|night|season|session)\b|" + _S + r"+(?:daily|annually|monthly|weekly|yearly)\b")
# Counted nouns too wide to be one set through a story, and units that are measures.
_WIDE = frozenset(("people persons residents times units items cases years months days weeks hours minutes points percent "
                   "tonnes tons kilograms kilometres kilometers metres meters hectares acres miles litres liters degrees "
                   "members households families homes jobs products goods others ones").split())
_TIMES = re_programs.compile(r"\b(?:last|this|next|previous|coming|past)" + _S + r"+(?:year|month|week|season|edition)|\byear['’]s\b|\bago\b|\bsince\b|\bwill\b|\bexpected\b"
                             r"|\b(?:so|thus)" + _S + r"+far\b|\bby" + _S + r"+the" + _S + r"+end\b|\bcumulative|\bannual", re.IGNORECASE)


_STORY_SENTENCES = 200


def _sentence_of(spans, pos):
    for lo, hi in spans:
        if lo <= pos < hi:
            return lo, hi
    return None


def _total_hits(text: str, spans):
    if "investment" in text:
        yield from _investment_hits(text, spans)
    yield from _owned_hits(text, spans)
    figs = story_figures(text)
    totals, plain, restated = [], [], []
    for f in figs:
        if f.kind != "count" or f.money or not f.unit or f.unit in _WIDE or f.value < 10:
            continue
        before = text[max(0, f.start - 30):f.start]
        if _BOUND_BEFORE.search(before) or _RATE_AFTER.match(text, f.end):
            continue
        if _TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(text, f.end):
            totals.append(f)
        elif _THE_BEFORE.search(before):
            if not _QUALIFIER_AFTER.match(text, f.end) and not _COMMA_OR_BRACKET_AFTER.match(text, f.end):
                restated.append(f)
        else:
            plain.append(f)
    if not totals:
        return
    # Each figure's sentence found once (by bisection over the sentence starts) and each
    # sentence's tests made once: a long one-line document with many totals stays near linear
    # (issue 13: a 1 MB line of figures took 34 s when every pair searched the sentence list).
    ordered = sorted(spans)
    starts = [lo for lo, _ in ordered]

    def sentence(pos):
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and ordered[i][0] <= pos < ordered[i][1]:
            return ordered[i]
        return _sentence_of(spans, pos)  # spans that overlap or are out of order: the plain search

    facts = {}

    def sentence_facts(span):
        if span not in facts:
            facts[span] = (_TIMES.search(text, *span) is not None, set(_YEAR.findall(text, *span)))
        return facts[span]

    total_ids = {id(f) for f in totals}
    where = {id(f): sentence(f.start) for f in restated + totals + plain}
    # A total is compared with the figures of the sentences around it, ``_STORY_SENTENCES`` either
    # side: a whole news story, while a 1 MB line of figures costs the same per figure wherever it
    # stands. Each group keeps its order (figures by position), restated and totals before parts.
    groups = []
    for group, how in ((restated, "restated"), (totals, "restated"), (plain, "part")):
        groups.append((group, [bisect.bisect_right(starts, f.start) for f in group], how))

    def around(t):
        at = bisect.bisect_right(starts, t.start)
        for group, index, how in groups:
            lo = bisect.bisect_left(index, at - _STORY_SENTENCES)
            hi = bisect.bisect_right(index, at + _STORY_SENTENCES)
            for f in group[lo:hi]:
                yield f, how

    seen = set()
    for t in totals:
        ts = where[id(t)]
        if ts is None or sentence_facts(ts)[0]:
            continue
        years = sentence_facts(ts)[1]
        for other, how in around(t):
            if other is t or other.unit != t.unit or other.value == t.value or other.start in seen:
                continue
            os_ = where[id(other)]
            if os_ is None or os_ == ts:
                continue
            other_times, other_years = sentence_facts(os_)
            if other_times or other_years != years:
                continue
            if how == "restated" and (id(other) in total_ids and other.start < t.start
                                      or id(other) not in total_ids and other.start < t.start):
                continue
            if how == "part" and other.value <= t.value:
                continue
            ratio = max(other.value, t.value) / min(other.value, t.value)
            if ratio > 5:
                continue  # a power of ten apart is ``figure-restated-scale``'s; far apart, another set
            seen.add(other.start)
            if how == "part":
                later = other if other.start > t.start else t
                computed = f"more than the total of {text[t.start:t.end]}" if later is other else f"a total under {text[other.start:other.end]} given before"
                yield Hit(later.start, later.end, None, {"computed": computed})
            else:
                yield Hit(other.start, other.end, None, {"computed": f"{text[t.start:t.end]} in total before"})


# A project's total investment and "the N-yuan project" later: one amount.
_MONEY = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_INVESTMENT = re_programs.compile(r"\b(?:a" + _S + r"+)?(?:total" + _S + r"+)?investment" + _S + r"+of" + _S + r"+(?P<v>" + _MONEY + r"" + _S
                                  + r"+(?:million|billion|trillion))" + _S + r"+(?P<cur>yuan|dollars|euros)\b", re.IGNORECASE)
_THE_PROJECT = re_programs.compile(r"\b[Tt]he" + _S + r"+(?P<v>" + _MONEY + r"(?:-|" + _S + r")(?:million|billion|trillion))(?:-|" + _S
                                   + r")(?P<cur>yuan|dollar)" + _S + r"+(?:[a-z-]+" + _S + r"+)?(?:project|programme|program|scheme|plant|park|base|facility|complex|line)\b")
_MONEY_BOUND = re_programs.compile(r"\b(?:about|around|roughly|nearly|almost|some|more" + _S + r"+than|over|under|at" + _S + r"+least|up" + _S + r"+to|less" + _S + r"+than)" + _S + r"+$", re.IGNORECASE)


def _investment_hits(text: str, spans):
    totals = [m for m in _INVESTMENT.finditer(text) if not _MONEY_BOUND.search(text, max(0, m.start("v") - 14), m.start("v"))]
    projects = list(_THE_PROJECT.finditer(text))
    if len(totals) != 1 or len(projects) != 1 or len({m.group("v") for m in totals}) != 1:
        return
    t, p = totals[0], projects[0]
    a, b = value(t.group("v")), value(p.group("v").replace("-", " "))
    if not a or not b or t.group("cur")[:4].lower() != p.group("cur")[:4].lower():
        return
    ratio = max(a, b) / min(a, b)
    ps = _sentence_of(spans, p.start())
    if ps is None or re.search(r"\b(?:phase|phases|stage|stages|part|share|portion|first|second|third|earlier|another)\b", text[ps[0]:ps[1]], re.IGNORECASE):
        return  # a phase of the project has an amount of its own
    if 1.1 < ratio <= 5 and _sentence_of(spans, t.start()) != ps:
        later = p if p.start() > t.start() else t
        other = t if later is p else p
        yield Hit(later.start("v"), later.end("cur"), None, {"computed": f"{other.group('v')} {other.group('cur')} elsewhere in the story"})


# ---------------------------------------------------------------- partition

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:" + _S + r"(?:thousand|million|billion))?"
_PAIRS = [("women", "men"), ("female", "male"), ("girls", "boys"), ("urban", "rural"), ("public", "private"),
          ("domestic", "foreign"), ("state-owned", "private"), ("full-time", "part-time"), ("local", "non-local"),
          ("inbound", "outbound"), ("imported", "local"), ("new", "existing"), ("overseas", "domestic"), ("abroad", "china"),
          ("foreign", "chinese"), ("overseas", "chinese"), ("abroad", "home"), ("indoor", "outdoor"), ("online", "offline")]
_PAIR = {}
for _a, _b in _PAIRS:
    _PAIR.setdefault(_a, set()).add(_b)
    _PAIR.setdefault(_b, set()).add(_a)
_REST = r"(?:the" + _S + r"+(?:remaining|rest|other|others)|the" + _S + r"+remaining|the" + _S + r"+other|another|the" + _S + r"+rest)"
# The whole: "Of the 500 companies in the park, A ..." ; "The 3,000 students include A ..."; "600
# primary schools, A of them ...".
_WHOLE_OF = re_programs.compile(r"\b[Oo]f" + _S + r"+(?:the|its|their|(?-i:[A-Z])[\w-]*['’]s|all)" + _S + r"+(?:[a-z][\w-]*['’]s" + _S + r"+)?(?P<t>" + _NUM + r")"
                                r"(?P<noun>(?:" + _S + r"[a-z][\w-]*){1,3})[^,.;:\d]{0,40},")
_WHOLE_INCLUDE = re_programs.compile(r"(?<![\d,.])(?P<t>" + _NUM + r")(?P<noun>(?:" + _S + r"[a-z][\w-]*){1,3}?)" + _S + r"+(?:include|included|includes|comprise|comprised|"
                                     r"are" + _S + r"+made" + _S + r"+up" + _S + r"+of|were" + _S + r"+made" + _S + r"+up" + _S + r"+of|consist" + _S + r"+of|consisted" + _S + r"+of)\b")
_WHOLE_THEM = re_programs.compile(r"(?<![\d,.])(?P<t>" + _NUM + r")(?P<noun>(?:" + _S + r"[a-z][\w-]*){1,3}?),(?=" + _S + r"+" + _NUM + r"(?:" + _S + r"[a-z][\w-]*){0,2}?" + _S + r"+of" + _S + r"+them\b)")
# "A total of 50 companies signed up: 30 from China and 15 from abroad"; "1,200 delegates
# attended, including 800 men and 300 women".
_WHOLE_LIST = re_programs.compile(r"(?<![\d,.])(?P<t>" + _NUM + r")(?P<noun>(?:" + _S + r"[a-z][\w-]*){1,3}?)(?:" + _S + r"+[a-z][\w-]*){0,5}?"
                                  r"(?::|," + _S + r"+(?:including|among" + _S + r"+(?:them|whom|which)|of" + _S + r"+(?:whom|which)))(?=" + _S + r"+(?:the" + _S + r"+remaining" + _S + r"+)?\d)")
_PART = re_programs.compile(r"(?P<rest>" + _REST + _S + r"+)?(?P<n>" + _NUM + r")(?![\d,.]?\d|" + _S + r"?(?:percent|per" + _S + r"cent|%))"
                            r"(?P<words>(?:" + _S + r"+(?!and\b)[\w-]+){0,5}?)(?=" + _S + r"*(?:,|;|\.|$|" + _S + r"and\b))")


_TWO_PARTS = re_programs.compile(_PART.pattern + r"[ \u00a0]+and[ \u00a0]+" + _PART.pattern.replace("(?P<rest>", "(?P<rest2>")
                                 .replace("(?P<n>", "(?P<n2>").replace("(?P<words>", "(?P<words2>"))


def _part_words(words: str) -> set:
    return {w.lower().rstrip("s") if w.lower() not in ("women", "men") else w.lower() for w in re.findall(r"[A-Za-z][\w-]*", words)} | \
        {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", words)}


_ONE_PART = r"(?:" + _NUM + r")(?![\d,.]?\d|" + _S + r"?(?:percent|per" + _S + r"cent|%))(?:" + _S + r"+(?!and\b)[\w-]+){0,5}?"
_PART_LIST = re_programs.compile(_ONE_PART + r"(?:," + _S + r"+" + _ONE_PART + r"){1,8},?" + _S + r"+and" + _S + r"+" + _ONE_PART
                                 + r"(?=" + _S + r"*(?:[.;:!?\n]|$))")
_PART_NUMBER = re_programs.compile(r"(?<![\w,.])" + _NUM + r"(?![\d,.]?\d)")
_LIST_BOUND = re_programs.compile(r"\b(?:about|around|roughly|nearly|almost|some|more" + _S + r"+than|over|under|at" + _S + r"+least|"
                                  r"less" + _S + r"+than|fewer" + _S + r"+than|up" + _S + r"+to|including|among)\b|%|percent", re.IGNORECASE)


def _list_exceeds(text: str, w, total: float, hi: int):
    """Three parts or more listed after a whole that add up to more than it ("Of the 120
    projects, 80 are in industry, 30 in services and 25 in farming")."""
    start = w.end() + len(re.match(r"[ \u00a0]*", text[w.end():hi]).group())
    m = _PART_LIST.match(text, start, hi)
    if not m or _LIST_BOUND.search(m.group()):
        return
    numbers = [value(n.group()) for n in _PART_NUMBER.finditer(m.group())]
    if len(numbers) < 3 or any(n is None or n >= total for n in numbers):
        return
    if sum(numbers) > total * 1.005:
        yield Hit(m.start(), m.end(), None, {"computed": f"{sum(numbers):,.0f} in all, more than the whole of {w.group('t')}"})


# Each pattern of a whole with words one of which every match of it holds (the pattern is
# tried at every position of a sentence; the words are looked up at once).
_WHOLE_PATTERNS = ((_WHOLE_OF, ("of", "Of")), (_WHOLE_INCLUDE, ("include", "comprise", "made", "consist")),
                   (_WHOLE_THEM, ("them",)), (_WHOLE_LIST, (":", "including", "among", "whom", "which")))


def _partition_hits(text: str, spans):
    for lo, hi in spans:
        if " and " not in text[lo:hi] or "respectively" in text[lo:hi] or not DIGIT.search(text, lo, hi):
            continue  # "1,935, 2,284 and 3,106 applications respectively, of which 1,602, 1,947 and 2,698": wholes of their own
        sentence = text[lo:hi]
        for pattern, words in _WHOLE_PATTERNS:
            if not any(word in sentence for word in words):
                continue  # a word every match of the pattern holds is not in the sentence
            for w in pattern.finditer(text, lo, hi):
                total = value(w.group("t"))
                if not total:
                    continue
                before = text[max(lo, w.start() - 25):w.start("t")]
                if _BOUND_BEFORE.search(before) or re.search(r"\d(?:,|" + _S + r"+and|" + _S + r"+or)" + _S + r"*$", before):
                    continue  # the last whole of a list ("1,935, 2,284 and 3,106 applications")
                yield from _list_exceeds(text, w, total, hi)
                # the two parts after the whole: "A words and (the remaining) B words"
                m = _TWO_PARTS.match(
                    text, w.end() + len(re.match(r"[ \u00a0]*(?:including[ \u00a0]+|with[ \u00a0]+)?", text[w.end():hi]).group()), hi)
                if not m or m.group("rest"):
                    continue
                if re.search(r"(?:about|around|roughly|nearly|almost|some|more than|over|under|at least|less than|fewer than)[ \u00a0]+$",
                             text[m.start("n") - 14:m.start("n")] + "|" + text[m.start("n2") - 14:m.start("n2")]):
                    continue
                if re.search(r"\b(?:about|around|roughly|nearly|almost|some|more[ \u00a0]than|over|under|at[ \u00a0]least)[ \u00a0]+$", text[m.start("n2") - 14:m.start("n2")]):
                    continue
                a, b = value(m.group("n")), value(m.group("n2"))
                if a is None or b is None or a >= total or b >= total:
                    if not (a and b and (a >= total or b >= total) and m.group("rest2")):
                        continue
                w1, w2 = _part_words(m.group("words")), _part_words(m.group("words2"))
                split = bool(m.group("rest2")) or any(_PAIR.get(x, set()) & w2 for x in w1)
                if not split:
                    continue
                if abs(a + b - total) > 0.005 * total:
                    yield Hit(m.start("n"), m.end("n2"), None, {"computed": f"{a + b:,.0f} in all, against the whole of {w.group('t')}"})


# A whole set given twice with its owner: "The county has 12 townships" ... "the county's 14
# townships"; "Suzhou's 9,000 factories" ... "Suzhou is home to 12,000 factories".
_OWNER_HAS = re_programs.compile(
    r"\b(?P<owner>(?:[Tt]he" + _S + r"+)?[A-Za-z][\w-]*)" + _S + r"+(?:now" + _S + r"+)?(?:has|is" + _S + r"+home" + _S + r"+to|comprises|consists" + _S + r"+of|"
    r"governs|administers|oversees|employs|operates|runs)" + _S + r"+(?P<n>" + _NUM + r")" + _S + r"+(?P<noun>[a-z][a-z-]+s)\b(?P<next>" + _S + r"*[\w,.;:]*)")
_OWNER_POSS = re_programs.compile(
    r"\b(?P<owner>(?:[Tt]he" + _S + r"+)?[A-Za-z][\w-]*)['’]s" + _S + r"+(?P<n>" + _NUM + r")" + _S + r"+(?P<noun>[a-z][a-z-]+s)\b(?P<next>" + _S + r"*[\w,.;:]*)")
# The verb or possessive and the figure after it that every match of ``_OWNER_HAS`` and
# ``_OWNER_POSS`` holds, in a pattern that opens on a literal character (which ``re`` finds
# fast): the two patterns, tried at every position, read only the sentences that hold it.
_OWNED_CUE = re_programs.compile(r"(?:has|is" + _S + r"+home" + _S + r"+to|comprises|consists" + _S + r"+of|governs|administers|oversees|"
                                 r"employs|operates|runs|['’]s)(?=" + _S + r"+\d)")
_OWNER_NEXT_OK = re_programs.compile(r"^" + _S + r"*(?:[,.;:]|$|(?:and|are|were|is|was|have|had|will|can|could|must|should|would|now|all|each|together|also|still|"
                                     r"employ|employed|produce|produced|reported|received|saw|made|make|need|needed|face|faced|won|got|account|accounted)\b)")
_OWNER_WIDE = _WIDE | frozenset(("residents inhabitants villagers citizens workers employees students visitors tourists users customers "
                                 "cars vehicles animals trees dollars yuan euros").split())


def _owned_hits(text: str, spans):
    found = {}
    cues = [m.start() for m in _OWNED_CUE.finditer(text)]
    for lo, hi in spans:
        i = bisect.bisect_left(cues, lo)
        if i == len(cues) or cues[i] >= hi:
            continue  # each of its patterns holds a verb or a possessive before a figure
        if _TIMES.search(text, lo, hi) or _OTHER_TIME.search(text, lo, hi):
            continue
        years = frozenset(_YEAR.findall(text, lo, hi))
        for pattern in (_OWNER_HAS, _OWNER_POSS):
            for m in pattern.finditer(text, lo, hi):
                owner = re.sub(r"^[Tt]he" + _S + r"+", "the ", m.group("owner"))
                if owner.lower() in ("it", "its", "this", "that", "there", "which", "who", "he", "she", "they", "and") or m.group("noun") in _OWNER_WIDE:
                    continue
                if not _OWNER_NEXT_OK.match(m.group("next")):
                    continue  # "the county's 14 townships in the hills": a part of them
                before = text[max(lo, m.start("n") - 20):m.start("n")]
                if _BOUND_BEFORE.search(before) or re.search(r"\b(?:about|around|nearly|almost|more" + _S + r"+than|over|some)" + _S + r"+$", before):
                    continue
                v = value(m.group("n"))
                if not v or v < 2:
                    continue
                key = (owner.lower(), m.group("noun"))
                found.setdefault(key, []).append((m.start(), m.start("n"), m.end("noun"), v, years, (lo, hi)))
    for key, items in found.items():
        first = items[0]
        for item in items[1:]:
            if item[5] == first[5] or item[4] != first[4] or item[3] == first[3]:
                continue
            if max(item[3], first[3]) / min(item[3], first[3]) > 5:
                continue
            yield Hit(item[1], item[2], None, {"computed": f"{text[first[1]:first[2]]} of {key[0]} given before"})
            break


# ---------------------------------------------------------------- multiple

_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_FIG = r"(?:[$¥€£][ \u00a0]?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:bn|m|k)?(?:" + _S + r"(?:thousand|million|billion|trillion))?"
_WHEN = r"(?:" + _S + r"+(?:[a-z]+" + _S + r"+)?[a-z]+)?(?:" + _S + r"+(?:in|at" + _S + r"+the" + _S + r"+end" + _S + r"+of|by)" + _S + r"+(?:19|20)\d\d|" + _S + r"+(?:a|last|the" + _S + r"+previous)" + _S + r"+year(?:" + _S + r"+earlier)?)?"
_MULT = re_programs.compile(
    r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b(?P<mid>[^.;:!?\n\d]{0,70}?)\b(?:from" + _S + r"+(?P<a>" + _FIG + r")" + _WHEN
    + _S + r"+to" + _S + r"+(?P<b>" + _FIG + r")|to" + _S + r"+(?P<b2>" + _FIG + r")" + _WHEN + r",?" + _S + r"+from" + _S + r"+(?P<a2>" + _FIG + r"))"
    r"(?![\d,.]?\d|" + _S + r"?(?:percent|per" + _S + r"cent|%))", re.IGNORECASE)
_FACTORS.update({"doubling": 2.0, "tripling": 3.0, "trebling": 3.0, "quadrupling": 4.0, "halving": 0.5})
# "rose from 40 in 2020 to 60 in 2023, doubling": the multiple after its ends.
_MULT_AFTER = re_programs.compile(
    r"\bfrom" + _S + r"+(?P<a>" + _FIG + r")" + _WHEN + r"(?:" + _S + r"+[a-z]+)?" + _S + r"+to" + _S + r"+(?P<b>" + _FIG + r")(?![\d,.]?\d|" + _S + r"?(?:percent|per" + _S + r"cent|%))" + _WHEN +
    r"(?P<mid>[^.;:!?\n\d]{0,40}?),?" + _S + r"+(?:an?" + _S + r"+)?(?P<verb>doubling|tripling|trebling|quadrupling|halving)\b", re.IGNORECASE)
_MULT_BREAK = re_programs.compile(r"\b(?:and|but|while|whereas|although|though|as|rose|fell|grew|increased|decreased|dropped|declined|climbed)\b|;", re.IGNORECASE)
_MULT_BOUND = re_programs.compile(r"\b(?:more" + _S + r"+than|nearly|almost|about|roughly|around|over|some|close" + _S + r"+to|at" + _S + r"+least|than)" + _S + r"*$", re.IGNORECASE)


def _multiple_hits(text: str, spans):
    from .figures_common import MULTIPLE
    for lo, hi in spans:
        lower = text[lo:hi].lower()
        if not any(w in lower for w in ("doubl", "tripl", "trebl", "quadrupl", "halv")):
            continue
        for m in _MULT.finditer(text, lo, hi):
            if _MULT_BREAK.search(m.group("mid")) or _MULT_BOUND.search(text, max(lo, m.start() - 20), m.start()):
                continue
            fa, fb = (m.group("a"), m.group("b")) if m.group("a") else (m.group("a2"), m.group("b2"))
            if any(re.fullmatch(r"(?:19|20)\d\d", f) for f in (fa, fb)) or ("$" in fa) != ("$" in fb):
                continue
            a, b = value(fa), value(fb)
            if not a or b is None:
                continue
            factor = _FACTORS[m.group("verb").lower()]
            ratio = b / a
            if abs(ratio - factor) <= 0.2 * factor:
                continue
            if MULTIPLE.match(text, m.start()) and abs(ratio - factor) > 0.25 * factor:
                continue  # ``figures-do-not-add-up`` reads "doubled from A to B" with nothing between
            yield Hit(m.start("verb"), m.end("verb"), None, {"computed": f"a ratio of {ratio:.2f} from {fa} to {fb}"})
        for m in _MULT_AFTER.finditer(text, lo, hi):
            if _MULT_BREAK.search(m.group("mid")) or re.search(r"(?:more" + _S + r"+than|nearly|almost|about|roughly|over)" + _S + r"*$", text[m.start("verb") - 20:m.start("verb")], re.IGNORECASE):
                continue
            fa, fb = m.group("a"), m.group("b")
            if any(re.fullmatch(r"(?:19|20)\d\d", f) for f in (fa, fb)) or ("$" in fa) != ("$" in fb):
                continue
            a, b = value(fa), value(fb)
            if not a or b is None:
                continue
            factor, ratio = _FACTORS[m.group("verb").lower()], b / a
            if abs(ratio - factor) <= 0.2 * factor:
                continue
            if MULTIPLE.search(text, m.start(), m.end() + 1) and abs(ratio - factor) > 0.25 * factor:
                continue  # ``figures-do-not-add-up`` reads "from A to B, doubling" with nothing between
            yield Hit(m.start("verb"), m.end("verb"), None, {"computed": f"a ratio of {ratio:.2f} from {fa} to {fb}"})


# ---------------------------------------------------------------- the type

_CHECKS = {"rank": _rank_hits, "age": _age_hits, "total": _total_hits, "partition": _partition_hits, "multiple": _multiple_hits}
_NEEDS = {"rank": ("rank", "largest", "biggest", "busiest", "highest", "richest", "tallest", "longest", "oldest", "populous", "only"),
          "age": ("born", "ago", "anniversary", ", ", "aged", "age of", "now"), "total": ("total", "in all", "altogether", "all told", "investment", "'s ", "’s ", " has ", " home to ", "comprises", "consists",
                    "governs", "administers", "oversees", "employs", "operates", " runs "),
          "partition": ("of ", "includ", "comprise", "made up", "consist", ":", "among"),
          "multiple": ("doubl", "tripl", "trebl", "quadrupl", "halv")}


@register("figure_agreement", {
    "shapes": Key((list,), list(SHAPES), "which statements to compare: " + ", ".join(SHAPES)),
}, fields=("computed",))
def prepare(p):
    check_choices(p, "shapes", SHAPES)
    return {"shapes": tuple(s for s in SHAPES if s in p["shapes"])}


@prepare.detector
def detect(doc, state):
    text = doc.text
    digits = bool(DIGIT.search(text))
    lower = text.lower()
    spans = None
    for shape in state["shapes"]:
        if shape != "rank" and not digits or not any(w in lower for w in _NEEDS[shape]):
            continue
        if spans is None:
            spans = outside_corrections(text, document_sentences(doc), lambda s: s[0])
        yield from _CHECKS[shape](text, spans)
