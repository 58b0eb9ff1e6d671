"""The ``short_name`` detector type (issue 9, thirty-fifth round): a Chinese local body named in
full with its place and level, and later by a capitalised form that keeps its head noun but drops
the words that say whose body it is. Read only in a document about China, and run behind the
catalog's evidence gate (``gated: true``).

Chinese names a local body by place, level, remit and head (山西省自然资源厅, 江北区卫生健康委员会);
a second mention drops the place (省自然资源厅, 区卫健委) or keeps the head alone (该厅, 该局), and MT
renders what is left as a name of its own: "the Natural Resources Department", "the Health
Commission", "the County Bureau", "the Department". In English that form names another body (a
national one, or any county's) or reads as a defined term the story never defined; English writes
the whole name again or the head noun in lower case ("the department", "the bureau").

A full name is a run of capitalised words (joined by "and", "of", "for", "the") that

- starts with a place (a capitalised word that is no level, remit, head or generic word),
- holds a level word after the place (Provincial, Municipal, District, County, Prefecture ...),
- has a head noun (Bureau, Department, Commission, Administration, Committee, Office, Center,
  Station, Detachment, Brigade, Institute, Academy) last or before its "of" phrase ("Department of
  Natural Resources"); a group, company or corporation needs no level word, but its first word
  must be a Chinese province or city ("Shandong Port Group");
- or is such a run after a level word in lower case ("the provincial Department of Natural
  Resources", "district Agriculture and Rural Committee"), the level standing for the place.

The full name may stand before or after the cut form, but not on it.

Mode ``head_kept``: after "the" (or starting with a level word, with no article: "According to
Provincial Education Department"), a run of two or more capitalised words whose head is the full
name's head and whose other words all stand in the full name after its place ("the Natural
Resources Department", "the Education Department", "the Health Commission", "the County
Bureau"). A run with a place of its own ("the Department of Natural Resources of Shanxi
Province"), a word of another body ("the Ministry of Education"), or a word saying what kind of
committee it is ("the Standing Committee", "the Organizing Committee") passes.

Mode ``bare_head``: the head noun alone, capitalised, after "the" ("the Bureau said", "By 2030 the
Department aims"), not before "of"/"for" and a capital, nor before another head noun. Groups count
here too ("Shandong Port Group ... the Group will invest"). The span is the head noun, without
"the".
"""
from __future__ import annotations

import bisect
import functools
import os
import re
from collections import defaultdict

from . import check_choice, RULES_DIR, Hit, Key, ParamError, register
from . import official_names as names
from ..cedict import chinese_places, pinyin_word
from ..zipf import zipf
from .body_names import _in_history, _listed_name_of
from ..glossary import resolve_path
from .cut_names_loose import _FOLLOWERS, _REMIT, _same

_MODES = ("head_kept", "bare_head", "firm_cut")
# The head nouns of a local body's name that a second mention keeps.
_GOV_HEADS = frozenset({"bureau", "department", "commission", "administration", "committee", "office", "center",
                        "centre", "station", "detachment", "brigade", "institute", "academy"})
# A company's head: read in bare_head mode only ("the Group"), with no level word in the full name.
_FIRM_HEADS = frozenset({"group", "company", "corporation"})
_LEVELS = frozenset({"provincial", "municipal", "prefectural", "prefecture", "county", "district", "township",
                     "city", "autonomous"})
# Words that start a national or foreign name, never a Chinese local body's place.
_GENERIC = frozenset({"national", "state", "central", "general", "china", "chinese", "people's", "federal",
                      "international", "world", "united", "new", "us", "u.s.", "european", "the", "a", "an"})
# Words that say what kind of committee or office a body is: "the Standing Committee", "the
# Organizing Committee" are normal second references (a bureau's "Emergency Management" is its
# remit, so they count before a committee, commission or office only).
_KINDS = frozenset({"standing", "organizing", "organising", "executive", "steering", "advisory",
                    "preparatory", "working", "management", "administrative", "coordinating", "leading", "expert",
                    "review", "ethics", "selection", "judging", "arbitration", "evaluation", "joint", "special",
                    "select", "supervisory", "academic", "general", "people's", "congress", "neighborhood",
                    "neighbourhood", "village", "residents'", "residents"})
_KIND_HEADS = frozenset({"committee", "commission", "office"})
# Words of a body that is no government department: "the Party Committee", "the People's Congress".
_NEVER = frozenset({"party", "people's", "congress", "communist", "cpc"})
_OTHER_HEADS = frozenset({"ministry", "agency", "authority", "group", "company", "corporation", "bank", "council",
                          "government", "congress", "court", "procuratorate", "team", "center", "centre",
                          "institute", "station", "brigade", "detachment", "office", "bureau", "department",
                          "commission", "administration", "committee", "association", "federation"})

# The common words of a trade a Chinese state firm's name holds after its place: a cut that ends on
# one ("Hefei Rail" of Hefei Rail Transit Group) names no firm.
_TRADES = frozenset(_REMIT) | frozenset({
    "rail", "transit", "metro", "subway", "port", "ports", "urban", "construction", "power", "gas", "heat",
    "heating", "communications", "asset", "assets", "state-owned", "transport", "transportation", "traffic",
    "tourism", "travel", "culture", "cultural", "media", "investment", "water", "energy", "expressway", "highway",
    "railway", "airport", "bus", "logistics", "agricultural", "environmental", "sanitation", "housing", "land",
    "property", "properties", "finance", "financial"}) - {"development", "industry", "public", "people's"}
# The words of a firm's legal form: a cut that drops only these is the firm's own short name.
_LEGAL_FORMS = frozenset({"group", "company", "corporation", "holding", "holdings", "limited", "co", "co.", "ltd",
                          "ltd.", "industry", "industrial", "joint-stock", "stock", "share", "shares", "and",
                          "of", "for", "the", "international"})

_RUN = re.compile(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]*(?:(?: (?:and|for|of(?: the)?))* [A-Z][\w'’-]*)*")
_JOINS = frozenset({"and", "of", "for", "the"})
_BARE = re.compile(r"(?<![\w'’-])(?:the|The) (Bureau|Department|Commission|Administration|Committee|Office|Center|Centre|Station|"
                   r"Detachment|Brigade|Institute|Academy|Group|Company|Corporation)"
                   r"(?![\w'’-])")


@register("short_name", {
    "mode": Key((str,), "head_kept", "head_kept: a run that keeps the full name's head and drops its place; "
                                     "bare_head: the head noun alone, capitalised; firm_cut: a group's name "
                                     "cut two words or more before its head"),
    "names_path": Key((str,), names.DEFAULT_PATH, "official names: a form that is a listed name of the full "
                                                  "name's body (a short or former name) passes"),
}, fields=("full",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    path = resolve_path(p["names_path"], base=p.get(RULES_DIR))
    if not os.path.isfile(path):
        raise ParamError("names_path", f"official names file not found: {p['names_path']} (looked for {path})")
    return {"mode": p["mode"], "catalog": names.load_catalog(path)}


def _tokens(run: str) -> list:
    return [w.lower().replace("’", "'") for w in run.split()]


def _head(toks, heads):
    """The head noun of a name's tokens: the one before its "of"/"for" phrase, or its last."""
    for i, t in enumerate(toks):
        if t in ("of", "for") and i and toks[i - 1] in heads:
            return toks[i - 1]
    return toks[-1] if toks and toks[-1] in heads else None


@functools.lru_cache(maxsize=20_000)  # a story repeats its names: each distinct run read once
def _full_name(run: str, level_before: bool = False):
    """(head, every head noun, words after the place) of a local body's full name, or None.
    ``level_before``: the run follows a level word in lower case ("the provincial Department of
    Natural Resources", "district Agriculture and Rural Committee"), which stands for the place."""
    toks = _tokens(run)
    if level_before:
        head = _head(toks, _GOV_HEADS)
        if len(toks) < 2 or head is None or toks[0] in _OTHER_HEADS:
            return None
        return head, frozenset(t for t in toks if t in _GOV_HEADS), tuple(t for t in toks if t not in _JOINS)
    if len(toks) < 3 or toks[0] in _GENERIC or toks[0] in _REMIT or toks[0] in _LEVELS or toks[0] in _OTHER_HEADS:
        return None
    head = _head(toks, _GOV_HEADS | _FIRM_HEADS)
    if head is None:
        return None
    level = next((i for i, t in enumerate(toks) if t in _LEVELS), None)
    if head in _GOV_HEADS:
        if level is None or level == 0 or not _chinese_place(toks[:level]):
            return None
        rest = toks[level:]
    elif toks[0] in names.PLACES:  # a group named after a Chinese province or city: "Shandong Port Group"
        rest = toks[1:]
    else:
        return None
    # "the Jiangbei District Market Supervision Administration Bureau": either head may come back.
    return head, frozenset({head} | {t for t in rest if t in _GOV_HEADS}), tuple(t for t in rest if t not in _JOINS)


# wordfreq's Zipf frequency below which a word of pinyin is no English word or American county's
# name (Hennepin 2.5, Pima 2.7, Napa 3.3; Pudong 2.2, Chaoyang 1.8)
_RARE = 2.4


def _chinese_place(words) -> bool:
    """Whether the words before a full name's level word name a Chinese place: a listed province or
    city, or words that are all pinyin ("Jiangbei", "Zhouzhi"). "Cook County Health Department",
    "the Manhattan District Attorney's Office", "Santa Clara County Public Health Department" name
    American bodies, and English refers back to them as "the Health Department" or "the District
    Attorney's Office"."""
    words = [w for w in words if w not in _JOINS]
    if any(w in names.PLACES for w in words):
        return True
    parts = [x for w in words for x in re.split(r"[-'’]", w) if x]
    # pinyin that is no common English word: "Orange", "Alameda", "Yuma" read as pinyin too
    return bool(parts) and all(pinyin_word(x) and (x.capitalize() in chinese_places() or zipf(x) < _RARE)
                               for x in parts)


_LEVEL_BEFORE = re.compile(r"(?<![\w'’-])(?:provincial|municipal|district|county|prefectural|city) $")


def _headline(text: str, at: int) -> bool:
    """A run on a short line with no closing stop is a headline in title case ("Shanghai
    Neighborhood Canteens Offer Cheap Meals and Company"), not a body's name."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    return len(line) < 150 and not line.endswith((".", "!", "?", '"', "”", ":", ";", ","))


def _full_names(text: str):
    """(start, end, head, heads, words after the place, text) of every full name in the document."""
    found = []
    # each line's verdict once (bounds by bisection over the line breaks): a one-line document of
    # 1 MB was otherwise copied whole for every run
    breaks = [m.start() for m in re.finditer("\n", text)]
    lines = {}
    for m in _RUN.finditer(text):
        line = bisect.bisect_left(breaks, m.start())
        headline = lines.get(line)
        if headline is None:
            headline = lines[line] = _headline(text, m.start())
        if headline:
            continue
        got = _full_name(m.group(), bool(_LEVEL_BEFORE.search(text, max(0, m.start() - 12), m.start())))
        if got:
            found.append((m.start(), m.end(), *got, m.group()))
    return found


@prepare.detector
def detect(doc, state):
    text = doc.text
    if not _BARE.search(text) and state["mode"] == "bare_head":
        return []
    # the three rules of this type read the same full names: worked out once per document
    full = doc.cache.get("short-names-full")
    if full is None:
        full = doc.cache["short-names-full"] = _full_names(text)
    if not full or not names.document_about_china(doc):
        return []
    found = {"bare_head": _bare_heads, "head_kept": _heads_kept, "firm_cut": _firm_cuts}[state["mode"]](text, full)
    # a sentence about a body's past ("Before the 2019 merger, the Municipal Culture Bureau ran
    # the museums") names the body before a merger or a split; a listed short or former name of
    # the full name's body ("the Culture Bureau") is the press's own
    return [h for h in found if not _in_history(text, h.start)
            and not (_drops_content(text[h.start:h.end], h.fields["full"])
                     and _listed_name_of(state["catalog"], text[h.start:h.end], h.fields["full"]))]


def _drops_content(form, full):
    """Whether ``form`` leaves out a word of what ``full`` does (a word after its level that is no
    head noun): "the Culture Bureau" for the "Bureau of Culture and Tourism" may be its listed
    former name; "the Health Commission" for the "Jiangbei District Health Commission" drops only
    the place, and the listed generic "Health Commission" does not excuse it."""
    words = [t for t in _tokens(form) if t not in _JOINS]
    rest = _after_level(full) or _tokens(full)[1:]
    content = [t for t in rest if t not in _JOINS and t not in _OTHER_HEADS]
    return any(not any(_same(c, w) for w in words) for c in content)


_SPORT_GROUP = r" (?:stage|phase|round|matches|match|games|game|table|standings|winners?|leaders|rivals|opponents)\b"


def _title_the(text, at):
    """Whether "The" at ``at`` is capitalised inside a sentence: a title ("fans of The Office")."""
    if text[at] != "T":
        return False
    # one space before it, after a character that closes no sentence and opens no quotation
    # (read at the point: a slice of the text before it, per bare head, was quadratic)
    return at >= 2 and text[at - 1] == " " and text[at - 2] != " " and text[at - 2] not in ".!?:;\n\"“”'‘’(—-"


def _defined(text, word):
    """Whether the document defines the capitalised head as its own short term: "Zhejiang Geely
    Holding Group (the Group)", 'Shanghai Electric Group Company Limited (the "Company")'."""
    return re.search(r"\((?:hereinafter(?: referred to as)?,? )?(?:the )?[\"“']?(?:the )?" + word + r"[\"”']?\)", text)


class _Runs:
    """The document's capitalised runs, read once, and for each token the runs that hold it (in
    order): ``_other_body_before`` asks for the last run before a point that holds a head, once
    per bare head, which re-reading every run from the start made quadratic (code review)."""

    def __init__(self, text):
        self.text = text
        self.runs = list(_RUN.finditer(text))
        self.ends = [m.end() for m in self.runs]
        self.holding = defaultdict(list)
        for i, m in enumerate(self.runs):
            for t in set(_tokens(m.group())):
                self.holding[t].append(i)

    def last_with(self, head, at):
        """The last run of ``text[:at]`` that holds ``head`` (a run that goes on past ``at`` read as
        far as ``at``, as ``_RUN.finditer(text, 0, at)`` reads it), or None."""
        k = bisect.bisect_right(self.ends, at)  # runs[:k] end by ``at``
        if k < len(self.runs) and self.runs[k].start() < at:
            last = None
            for m in _RUN.finditer(self.text, self.runs[k].start(), at):
                if head in _tokens(m.group()):
                    last = m
            if last is not None:
                return last
        held = self.holding.get(head, ())
        n = bisect.bisect_left(held, k)
        return self.runs[held[n - 1]] if n else None


def _other_body_before(text, at, head, full, runs) -> bool:
    """Whether the last name before ``at`` that holds ``head`` is another body's: a run of two
    words or more ("European Commission", "US Department of Justice") that is no full name, has no
    level word in lower case before it ("the provincial Department of Natural Resources") and
    starts with no level word or Chinese province or city."""
    last = runs.last_with(head, at)
    if last is None or any(start == last.start() for start, *_ in full):
        return False
    toks = _tokens(last.group())
    return (len(toks) > 1 and toks[0] not in _LEVELS and toks[0] not in names.PLACES
            and not _LEVEL_BEFORE.search(text, max(0, last.start() - 12), last.start()))


def _bare_heads(text, full):
    hits = []
    runs = None  # read when a bare head first needs it
    defined = {}  # head: whether the document defines it as its own short term, asked once
    for m in _BARE.finditer(text):
        head = m.group(1).lower()
        # a title ("fans of The Office"), a term the document defines ("(the Group)")
        if m.group(1) not in defined:
            defined[m.group(1)] = bool(_defined(text, m.group(1)))
        if _title_the(text, m.start()) or defined[m.group(1)]:
            continue
        # "the Group of 20", "the Institute for 21st Century Studies": a name of its own; "the Group
        # stage", "the Group winners": a tournament's group
        if re.match(r" (?:of|for|on)(?: the)? [0-9]", text[m.end():m.end() + 12]) or (
                head == "group" and re.match(_SPORT_GROUP, text[m.end():m.end() + 14])):
            continue
        # the nearest name with this head before it is another body's ("the European Commission
        # ... The Commission said", "the US Department of Justice ... The Department said")
        if runs is None:
            runs = _Runs(text)
        if _other_body_before(text, m.start(), head, full, runs):
            continue
        if re.match(r" (?:of|for|on)(?: the)? [A-Z]|[ -][A-Z]", text[m.end():m.end() + 12]):
            nxt = re.match(r" ([A-Z][\w'’-]*)", text[m.end():m.end() + 40])
            # "the Committee Fu Hongmei said" (a title before a name) is a cut; "the Bureau of
            # Statistics", "the Group Company" are names of their own.
            if not nxt or nxt.group(1).lower() in _OTHER_HEADS or re.match(r" (?:of|for|on)\b", text[m.end():]):
                continue
        for start, end, _, heads, _, name in full:
            # the full name may come later ("By 2030 the Department aims", with "the Shanxi
            # Provincial Department of Natural Resources" in the next paragraph)
            if (end <= m.start() or start >= m.end()) and head in heads:
                hits.append(Hit(m.start(1), m.end(1), None, {"full": name}))
                break
    return hits


def _after_level(name):
    """A full name's tokens after its level word ("Bureau of Market Regulation" of "Chengdu
    Municipal Bureau of Market Regulation")."""
    toks = _tokens(name)
    level = next((i for i, t in enumerate(toks) if t in _LEVELS), None)
    return toks[level + 1:] if level is not None else None


def _runs_after_the(text):
    """(start, end, run) of each run of capitalised words after "the" or starting with a level
    word ("According to Provincial Education Department": 省教育厅 with no article), and of each
    part of a run after its "of the" ("Officials of the Market Supervision Bureau")."""
    opens, parts = {}, {}  # each distinct run's level word and its parts after "of the", read once
    for m in _RUN.finditer(text):
        run = m.group()
        level = opens.get(run)
        if level is None:
            level = opens[run] = _tokens(run)[0] in _LEVELS
        if level or text[max(0, m.start() - 4):m.start()] in ("the ", "The "):
            yield m.start(), m.end(), run
        after = parts.get(run)
        if after is None:
            after = parts[run] = [k.end() for k in _OF_THE.finditer(run)]
        for k in after:
            yield m.start() + k, m.end(), run[k:]


_OF_THE = re.compile(r"\bof the (?=[A-Z])")


@functools.lru_cache(maxsize=20_000)
def _kept_form(run):
    """(tokens, words without joins, head) of a run ``_heads_kept`` holds against the full names
    of its head, or None for a run it passes whatever names the document holds."""
    toks = _tokens(run)
    words = tuple(t for t in toks if t not in _JOINS)
    if len(words) < 2 or any(w in _NEVER for w in words):
        return None
    head = _head(toks, _GOV_HEADS | _FIRM_HEADS)
    if head is None or sum(w in _OTHER_HEADS for w in words) > 1:
        return None
    if head in _KIND_HEADS and any(w in _KINDS for w in words):
        return None
    return toks, words, head


def _words_kept(words, rest) -> bool:
    """Whether every word of a form renders a word of a full name's ``rest`` ("City" its
    "Municipal")."""
    return all(any(_same(w, r) or w == "city" and r == "municipal" for r in rest) for w in words)


def _heads_kept(text, full):
    # The full names each run is held against: those of its head only, and of each full name
    # (its head, words and text) its first two places in the document. A run overlaps at most
    # one full name (both are parts of one match of ``_RUN``, whose matches do not overlap), so
    # a later copy of a name answers as one of its first two would; a one-line document of names
    # had each run read against every full name of the document.
    by_head, copies = {}, {}
    for entry in full:
        _, _, fhead, _, rest, name = entry
        key = (fhead, rest, name)  # ``rest``: a tuple (``_full_name``)
        if copies.get(key, 0) < 2:
            copies[key] = copies.get(key, 0) + 1
            by_head.setdefault(fhead, []).append(entry)
    hits = []
    kept = {}  # ``_words_kept`` by (words, rest)
    for start_, end_, run in _runs_after_the(text):
        form = _kept_form(run)
        if form is None:
            continue
        toks, words, head = form
        for start, end, fhead, _, rest, name in by_head.get(head, ()):
            if start < end_ and start_ < end or name == run:  # by_head holds only names of this head
                continue
            # "the City Commerce Bureau" after "the Qingdao Municipal Bureau of Commerce" (市商务局)
            same = kept.get((words, rest))
            if same is None:
                same = kept[words, rest] = _words_kept(words, rest)
            if same:
                if ("of" in toks or "for" in toks) and toks == _after_level(name):
                    break  # "the Bureau of Market Regulation": the full name less its place, in English order
                hits.append(Hit(start_, end_, None, {"full": name}))
                break
    return hits


def _firm_cuts(text, full):
    """A group's or company's name cut two words or more before its head, before a verb: "Hefei
    Rail also said" for Hefei Rail Transit Group. One word less is English's own short form
    ("Shandong Port said" for Shandong Port Group)."""
    hits = []
    firms = [(start, end, _tokens(name)) for start, end, head, _, _, name in full if head in _FIRM_HEADS]
    if not firms:
        return hits
    for m in _RUN.finditer(text):
        toks = _tokens(m.group())
        if len(toks) < 2 or toks[0] not in names.PLACES or any(t in _OTHER_HEADS for t in toks):
            continue
        # the cut ends on a common word of a trade ("Hefei Rail", "Shenzhen Water"), which names
        # nothing; a brand ("Zhejiang Geely", "Chongqing Changan", "Anhui Conch", "Beijing
        # Capital") or an industry ("Hainan Airlines", "Shanghai Automotive") is English's own
        # short form of the firm
        if toks[-1] not in _TRADES:
            continue
        after = re.match(r" ([a-z]+)\b", text[m.end():m.end() + 20])
        # before a verb of saying or acting, or after "according to" ("According to Hefei Rail, ...")
        if (not after or after.group(1) not in _FOLLOWERS) and not re.search(
                r"\b[Aa]ccording to $", text[max(0, m.start() - 13):m.start()]):
            continue
        for start, end, name in firms:
            # what the cut drops holds a word of the firm's trade, not only its legal form
            # ("Wuhan Iron and Steel" for Wuhan Iron and Steel Group Corporation)
            if (not (start < m.end() and m.start() < end) and name[:len(toks)] == toks and len(name) - len(toks) >= 2
                    and any(t not in _LEGAL_FORMS for t in name[len(toks):])):
                hits.append(Hit(m.start(), m.end(), None, {"full": " ".join(text[start:end].split())}))
                break
    return hits
