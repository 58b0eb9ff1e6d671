"""The ``cut_name_loose`` detector type (issue 9, twenty-eighth round): a body named in full once
and later by a run of its own words that stops before its head noun, read loosely and run only
behind the catalog's evidence gate (``gated: true``).

Chinese shortens a body's name by keeping its first syllables (杭州市公安局交通警察支队 ->
杭州交警, 合肥市教育局 -> 合肥教育); MT renders the short form word for word and leaves a name
with no head noun: "the Hangzhou Traffic Police Detachment ... The Hangzhou Traffic Police said",
"the Guiyang Municipal Bureau of Ecology and Environment ... the Municipal Ecology and Environment
issued". English shortens to the head noun ("the bureau", "the detachment").

A hit is a run of capitalised words (joined by "and", "of") that

- stands after "the" (a cut form is a second reference, always with the article),
- has two words or more, none of them a head noun (``heads``: Bureau, Commission, Detachment ...),
  at least one of them a word of a body's remit or level (``remit``: Education, Traffic,
  Municipal ...),
- whose words all stand in one full name written earlier in the document (a name with a head
  noun; "Ecological" matches "Ecology", "Taxation" matches "Tax"), and is not that name,
- and is followed by a verb of reporting or acting, or by a comma or full stop (``followers``),
  so "the Hangzhou Municipal government" and "the Provincial Party Committee" pass.

Mode ``head_before_of`` reads the other cut: a run that ends on the head noun that the full name
puts before its "of" phrase ("the Shenzhen Municipal Bureau of Commerce ... the Municipal Bureau
said"), where English would say "the bureau" or give the whole name. The words before the head
must hold a level word (municipal, provincial ...): "the Health Department of Western Australia ...
the Health Department said" is English's own short name. In the words mode a run that is its full
name less a final Service, Department or Force passes ("the Metropolitan Police Service ... the
Metropolitan Police said"): English drops those heads itself.

Full names are indexed by their words' first three letters (two words ``_same`` joins share
them), so a cut is compared only with the names that hold its rarest word, not with every name.

The strict rules of ``consistency`` (mode ``truncation``) and ``cut_names`` keep to cuts inside a
coordination or before a known head; this one drops those tests, so it runs only in a document
that already shows other signs of machine translation.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import check_choice, Hit, Key, param_words, register

_HEADS = ("bureau", "commission", "department", "ministry", "committee", "administration", "office", "court",
          "procuratorate", "detachment", "brigade", "corps", "squad", "center", "centre", "company", "federation",
          "association", "station", "hall", "agency", "authority", "headquarters", "bank", "group", "corporation",
          "council", "congress", "conference", "party", "government", "institute", "academy", "university",
          "college", "school", "hospital", "service", "league", "union", "team", "division", "section", "unit",
          "zone", "park", "exchange", "fund", "society", "museum", "library", "club", "network", "press", "daily",
          "post", "times", "news", "television", "radio", "forum", "expo", "fair", "festival", "region",
          "prefecture", "province", "city", "county", "district", "town", "township", "village", "sub-district",
          "subdistrict", "street", "road", "square", "port", "airport", "court's", "leadership", "group's",
          # titles: "the Minister of Health" is a person, not a cut body
          "minister", "ministers", "secretary", "director", "governor", "mayor", "chairman", "president",
          "commissioner", "chief", "head", "inspector", "spokesperson", "spokesman")
_REMIT = ("municipal", "provincial", "prefectural", "public", "security", "traffic", "police", "education",
          "educational", "health", "commerce", "commercial", "civil", "affairs", "transport", "transportation",
          "housing", "urban-rural", "development", "reform", "natural", "resources", "ecology", "ecological",
          "environment", "environmental", "agriculture", "agricultural", "rural", "forestry", "forest",
          "grassland", "water", "culture", "cultural", "tourism", "market", "supervision", "regulation",
          "taxation", "tax", "finance", "financial", "emergency", "management", "human", "social", "science",
          "technology", "industry", "information", "meteorology", "meteorological", "statistics", "audit",
          "justice", "judicial", "veterans", "sports", "sport", "planning", "grain", "food", "drug", "medical",
          "insurance", "healthcare", "customs", "fire", "rescue", "disabled", "persons'", "women's", "youth",
          "intermediate", "procuratorial", "people's", "standing", "exit-entry", "immigration", "administrative",
          "approval", "petition", "letters", "visits", "energy", "supply", "railway", "highway", "postal",
          "propaganda", "discipline", "inspection", "supervisory", "ethnic", "religious", "archives", "trading",
          "investment", "promotion", "economic", "law", "enforcement", "comprehensive", "reserves", "strategic",
          "radio", "film", "television", "broadcasting", "publicity", "organization", "organizing", "power",
          "garden", "landscape", "greening", "construction", "quality", "standards", "price", "prices",
          "employment", "labor", "labour", "pension", "welfare", "family", "planning", "population", "epidemic",
          "disease", "control", "prevention", "flood", "drought", "earthquake", "seismological", "ocean",
          "fisheries", "fishery", "animal", "husbandry", "veterinary", "cyberspace", "data", "outpatient")
_FOLLOWERS = ("said", "says", "has", "had", "have", "is", "was", "will", "would", "also", "then", "recently",
              "announced", "issued", "held", "launched", "asked", "required", "requires", "urged", "stressed",
              "noted", "added", "reported", "released", "decided", "approved", "organized", "organised", "sent",
              "called", "received", "published", "introduced", "explained", "disclosed", "revealed", "pointed",
              "investigated", "handled", "carried", "conducted", "set", "opened", "started", "began", "plans",
              "planned", "warned", "reminded", "advised", "suggested", "told", "found", "checked", "inspected",
              "imposed", "fined", "arrested", "closed", "completed", "confirmed", "responded", "replied",
              # a noun of the body's own channel or staff: "the Qingdao Taxation account on WeChat"
              "account", "accounts", "website", "hotline", "spokesman", "spokeswoman",
              "spokesperson", "official", "officials", "staff", "director", "head", "chief")

# A run of capitalised words, joined by "and", "of", "for": "Municipal Ecology and Environment".
_RUN = re.compile(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]*(?:(?: (?:and|for|on|of(?: the)?))* [A-Z][\w'’-]*)*")
_JOINS = frozenset({"and", "of", "for", "on", "the"})


_MODES = ("words", "head_before_of")
# The head nouns a body's name puts before its "of"/"for" phrase: "the Municipal Bureau of Commerce".
_OF_HEADS = frozenset({"bureau", "department", "commission", "administration", "ministry", "office"})


@register("cut_name_loose", {
    "mode": Key((str,), "words", "words: a run of the full name's words with no head noun; head_before_of: "
                                 "a run that ends on the head noun the full name puts before its 'of' phrase"),
    "heads": Key((list,), list(_HEADS), "head nouns of a body's name: a run with one is a name, not a cut"),
    "remit": Key((list,), list(_REMIT), "words of a body's remit or level: a cut has one"),
    "followers": Key((list,), list(_FOLLOWERS), "words after a cut (besides a comma or a full stop)"),
}, fields=("full",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return {"mode": p["mode"], **{key: param_words(p, key) for key in ("heads", "remit", "followers")}}


@lru_cache(maxsize=20_000)
def _words(run: str) -> tuple:
    """A run's words but its joining ones, lower-cased, the curly apostrophe made straight: read
    once per distinct run (the two modes' rules read every run of capitals in the text, and a
    story names its bodies again and again)."""
    return tuple(w.lower().replace("’", "'") for w in run.split() if w not in _JOINS)


def _same(a: str, b: str) -> bool:
    """The same word or stem: 'ecological' and 'ecology', 'taxation' and 'tax'."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and long_.startswith(short) or len(short) >= 5 and short[:5] == long_[:5]


def _followed(text: str, end: int, followers) -> bool:
    rest = text[end:end + 30]
    if rest[:1] in (",", "."):
        return True
    m = re.match(r" ([a-z]+)\b", rest)
    return bool(m) and m.group(1) in followers


# The level words a head_before_of cut rests on: "the Municipal Bureau" (the city's bureau), never
# "the Health Department" or "the Education Bureau", which English uses as a body's short name.
_LEVELS = frozenset({"municipal", "provincial", "prefectural", "county", "district", "city"})
# The head nouns English itself drops from a police or fire body's name: "the Metropolitan Police
# Service ... the Metropolitan Police said", "the Los Angeles Police Department ... the Los Angeles
# Police"; a Chinese body's cut drops Bureau, Detachment or Brigade instead.
_DROPPED = frozenset({"service", "department", "force"})


def _key(word: str) -> str:
    """A word's bucket: two words that ``_same`` joins share their first three letters."""
    return word[:3]


def _holds(memo: dict, words: list, at: int, name: list) -> bool:
    """Whether every word of ``words`` stands in ``name`` (``_same``), the ``at``-th full name,
    kept in ``memo``: a run met again is compared with each name once (a 1 MB line of the
    rules' own examples compared the same runs with the same names 150,000 times)."""
    key = (tuple(words), at)
    held = memo.get(key)
    if held is None:
        held = memo[key] = all(any(_same(w, n) for n in name) for w in words)
    return held


@prepare.detector
def detect(doc, state):
    text = doc.text
    heads, remit = state["heads"], state["remit"]
    full = {}  # frozenset of words -> (end, words, text) of the first run with a head noun that has them
    names = []  # the values of ``full`` in the order they were first seen
    index = {}  # a word's bucket -> positions in ``names`` of the names holding a word of that bucket
    hits = []
    head_mode = state["mode"] == "head_before_of"
    holds = {}  # (a run's words, a name's place in ``names``) -> whether every word stands in the name
    for m in _RUN.finditer(text):
        words = _words(m.group())
        if any(w in heads for w in words):
            key = (frozenset(words), m.group() if head_mode else "")
            if key not in full:
                full[key] = (m.end(), words, m.group())
                for k in {_key(w) for w in words}:
                    index.setdefault(k, []).append(len(names))
                names.append(full[key])
            if not head_mode or len(words) < 2 or words[-1] not in _OF_HEADS or not any(w in _LEVELS for w in words[:-1]):
                continue
            if any(w in heads for w in words[:-1]):
                continue
        elif head_mode or len(words) < 2 or not any(w in remit for w in words):
            continue
        if text[max(0, m.start() - 4):m.start()] not in ("the ", "The "):
            continue
        if not _followed(text, m.end(), state["followers"]):
            continue
        # Every word of the run stands in the name, so the name is in the smallest of their buckets.
        bucket = min((index.get(_key(w), ()) for w in words), key=len)
        for at in bucket:
            end, name, name_text = names[at]
            if end > m.start():
                continue
            if head_mode:
                if re.search(r"(?<![\w-])" + re.escape(m.group()) + r" (?:of|for) [A-Z]", name_text):
                    hits.append(Hit(m.start(), m.end(), None, {"full": name_text}))
                    break
            elif _holds(holds, words, at, name):
                if name_text[len(m.group()):].lower().split() in ([w] for w in _DROPPED) and name_text.startswith(m.group()):
                    continue
                hits.append(Hit(m.start(), m.end(), None, {"full": name_text}))
                break
    return hits
