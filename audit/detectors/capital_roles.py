"""The ``capital_frame`` detector type (issue 9, thirty-seventh round): capitals MT carries into
three frames where news style writes lower case, read behind the catalog's evidence gate.

Chinese has no letter case; an MT engine capitalises a title, a policy's verb phrase or a
sector it took for a name. Three frames that the strict and loose capital rules leave alone:

- ``role_of``: a title in title case inside a sentence, not before a name but before "of" and
  a lower-case owner ("Wang Jun, the Party Committee Secretary of the county, said", "the Deputy
  Director of the bureau"), after "the", or after a comma when the title holds a local or Party
  word ("Li Ming, Deputy Township Head of the town": a press release writes "Professor Zheng,
  President of the university"); or a Party title before "of" and any owner ("the Party
  Secretary of Hefei Rail Transit Group"). House style (AP, Xinhua, the Guardian) capitalises
  a title only right before a name ("Party Secretary Li Qiang").
- ``to_run``: "to" and two to four words in title case whose first is a verb ("proposed to
  Promote High-Quality Development", "pledged to Strengthen Ecological Protection"): a policy's
  wording capitalised as if it were a slogan's name.
- ``possessive_run``: a lower-case owner's possessive and two or three common words in title case
  that end on a plural or a sector noun ("the city's Tourism Industry", "the county's Tea
  Farmers"): a common noun phrase, where a name after a possessive is mostly one word or a
  named thing ("the company's Annual Report").

What passes: a run at a sentence's start, on a headline line, after a naming word, in another
language; a run with a word that is rare (Zipf below ``min_zipf``) or never inflected (a name's),
or one of ``allow`` / ``institutions`` (Monday, Chinese; Bureau, Festival); a role run before a
capitalised owner unless it opens on "Party"; a run before a noun that makes it a name.
"""
from __future__ import annotations

from . import check_choice, Hit, Key, register
from .. import re_programs
from ..zipf import zipf_cached
from .capitalization import headline_or_named, mostly_foreign, clause_window
from .capital_gated import ordinary_word, _NAMED_NOUNS_AFTER, _PREV_WORD

_MODES = ("role_of", "to_run", "possessive_run", "body_once")

# Titles that head a role ("Secretary", "Director"), with "-General" allowed after one.
_ROLES = ("Secretary|Director|Mayor|Head|Chief|Manager|Chairman|Chairwoman|Chairperson|Engineer|Leader|"
          "President|Governor|Commissioner|Dean|Principal|Captain|Inspector|Administrator|Supervisor|"
          "Accountant|Coordinator|Representative|Deputy|Commander|Instructor|Curator")
# Up to three words in title case, then a role, then " of ": "Party Committee Secretary of".
_ROLE_OF = re_programs.compile(
    r"(?<=[a-z,] )((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){0,3}(?:" + _ROLES + r")(?:-General)?)"
    r"(?=[ \u00a0]of[ \u00a0]+(?:(the|a|an|this|its|their)[ \u00a0]+)?([A-Za-z][\w'’-]*)(?:[ \u00a0]+([a-z]+))?)")
# Words before a role that are part of a title ("Vice", "Deputy", "Party", "Village").
_ROLE_WORDS_OK = frozenset("""party committee branch deputy vice executive general chief village township county
assistant acting associate senior head standing first second third""".split()) | frozenset(_ROLES.lower().split("|"))
# Words of the titles of Chinese local and Party posts, which no house style capitalises in apposition.
_LOCAL_TITLE_WORDS = frozenset("party village township county branch committee district".split())
# Words after a capitalised owner that make it a longer name ("the College of Design").
_LINKS = frozenset("of and for on in at to the".split())
# Owners after "of the" that are a name's own words ("the Secretary of the Interior").
_OWNER_NAMES = frozenset("""interior treasury navy army exchequer board""".split())

# "to" and two to four words in title case, before a lower-case word or a mark.
_TO_RUN = re_programs.compile(
    r"(?<![\w'’-])([a-z]+)[ \u00a0]to[ \u00a0]((?:[A-Z][a-z]+(?:-[A-Za-z]+)*[ \u00a0](?:and[ \u00a0])?){1,3}[A-Z][a-z]+(?:-[A-Za-z]+)*)"
    r"(?=[ \u00a0]+[a-z]|[,.;:])")
# Words before "to" that take an infinitive, where "to" is no preposition ("pledged to", "aims to",
# "efforts to"): "flew to New York", "trains to Bath Spa" and "went to Old Trafford" pass.
_INFINITIVE_BEFORE = frozenset("""aim aims aimed aiming plan plans planned planning pledge pledges pledged vow vows
vowed continue continues continued strive strives strove striving seek seeks sought propose proposes proposed decide
decides decided agree agrees agreed promise promises promised hope hopes hoped try tries tried effort efforts
measures steps move moves moved order need needs needed will must able expected intends intend intended
designed set sets working work works worked endeavor endeavour endeavors endeavours resolved determined committed
called urged asked encouraged required pushed striven going wants want wanted requested instructed ordered""".split())
# A lower-case possessive ("city's", "county's") and two or three words in title case.
_POSS_RUN = re_programs.compile(
    r"(?<![\w'’-])([A-Za-z]+)['’]s[ \u00a0]((?:[A-Z][a-z]+[ \u00a0]){1,2}[A-Z][a-z]+)(?=[ \u00a0]+([a-z][a-z'’-]*)|[,.;:])")
# Singular heads a common noun phrase of a sector or a service ends on ("Tourism Industry").
_SECTOR_HEADS = frozenset("""industry sector economy heritage output treatment production construction consumption
employment agriculture tourism education environment development transformation supply demand market""".split())
# Plurals that end names ("Armed Forces", "Olympic Games", "Golden Globes").
# Words of the names of bodies, events, places and documents (a run with one is a name's).
_NAME_WORDS = frozenset("""games cup festival expo fair awards award prize university college school institute museum
hospital bank party council ministry commission bureau department office committee court congress parliament union
fund foundation society association club team group company corporation river lake mountain mountains park bridge
street road square station airport port act law bill treaty agreement initiative plan programme program project
strategy campaign report index exchange state government police army navy church league series olympics trust
times post news daily weekly review journal magazine network center centre world royal olympic imperial""".split())
_NAME_PLURALS = frozenset("""forces games awards islands records nations studies services times holdings industries
systems communications airlines teams championships fathers mothers motors arts sciences affairs resources relations rights works brothers sisters
friends stars knights giants rangers kings lions tigers bulls bears eagles wolves scouts guides pioneers boys
girls marines cadets guards""".split())


@register("capital_frame", {
    "mode": Key((str,), doc="role_of | to_run | possessive_run | body_once"),
    "min_zipf": Key((int, float), 4.0, "how common (Zipf scale) each lower-case word of the run must be"),
    "allow": Key((list,), [], "words English capitalises as names (Monday, Chinese)"),
    "institutions": Key((list,), [], "words of a body's, a place's or an event's name (Bureau, Festival)"),
}, fields=("word",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    names = frozenset(str(w).lower() for w in p["allow"]) | frozenset(str(w).lower() for w in p["institutions"])
    return {**p, "names": names | {w + "s" for w in names}}


@prepare.detector
def detect(doc, state):
    return _MODE_FUNCTIONS[state["mode"]](doc, state)


def _quiet(doc, headline, start, end) -> bool:
    """A headline, a word after a naming word, or a quotation in another language."""
    line_start, line_end = doc.line_at(start)
    return headline_or_named(doc, headline, start, line_start, line_end) \
        or mostly_foreign(clause_window(doc.text, start, end, line_start, line_end))


def _prev_lower(text, start) -> bool:
    """Is the word before ``start`` (a comma allowed after it) in lower case?"""
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    return bool(prev) and prev.group(1).islower() or text[max(0, start - 2):start] == ", "


def _lower_run(run) -> str:
    return " ".join(w if w == "Party" else w.lower() for w in run.split(" "))


def _role_of(doc, state):
    """``role_of``: of the module's docstring."""
    text = doc.text
    headline = {}
    for m in _ROLE_OF.finditer(text):
        run = m.group(1)
        words = run.replace("-", " ").split()
        owner = m.group(3)
        if owner[0].isupper() and not (m.group(2) == "the" and m.group(4) and m.group(4) not in _LINKS):
            # "the Changsha development zone" is a common noun's owner; "Director of the FBI" a name
            if words[0] != "Party" or m.group(2):
                continue  # "the Secretary of State", "Director of the FBI": a name's owner
        elif owner.lower() in _OWNER_NAMES:
            continue
        if any(w.lower() not in _ROLE_WORDS_OK and (zipf_cached(w.lower()) < state["min_zipf"] or w.lower() in state["names"]
                                                    and w != "Party") for w in words):
            continue  # "Xinhua Bureau Chief", "the Asia Director": a name's words
        if not _prev_lower(text, m.start(1)):
            continue
        prev = _PREV_WORD.search(text, max(0, m.start(1) - 40), m.start(1))
        if prev and prev.group(1) in ("of", "and", "for", "to", "whose"):
            continue  # "Office of the Deputy Director of ...": inside a longer name
        if not (prev and prev.group(1) == "the") and not any(w.lower() in _LOCAL_TITLE_WORDS for w in words):
            continue  # "Professor Zheng, President of the university": a press release's style
        if _quiet(doc, headline, m.start(1), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), _lower_run(run), {"word": run})


# Endings of abstract nouns and derived adjectives, which are no names' words ("Employment",
# "Ecological", "Tourism").
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ity", "ism", "ness", "ance", "ence", "al", "ic", "ive", "ous", "ary")


def _abstract(low) -> bool:
    return low.endswith(_ABSTRACT_ENDINGS) and len(low) >= 6


def _name_word(low) -> bool:
    """A word seldom met but as a name's: not inflected and not common ("thornton", "vernon")."""
    return zipf_cached(low) < 4.0 and not ordinary_word(low) and not _abstract(low)


def _verb_like(low) -> bool:
    """Is ``low`` a verb's base form: not a plural, with a common past or -ing form?"""
    if low.endswith("s") or len(low) < 4:
        return False
    stem = low[:-1] if low.endswith("e") else low
    past = low + "d" if low.endswith("e") else (low[:-1] + "ied" if low.endswith("y") else low + "ed")
    return zipf_cached(past) >= 3.0 and zipf_cached(stem + "ing") >= 3.0 and zipf_cached(low) >= 3.0


def _to_run(doc, state):
    """``to_run``: of the module's docstring."""
    text = doc.text
    headline = {}
    for m in _TO_RUN.finditer(text):
        if m.group(1) not in _INFINITIVE_BEFORE:
            continue
        run = m.group(2)
        words = [w for w in run.split() if w[0].isupper()]
        if len(words) < 2 or not _verb_like(words[0].lower()):
            continue
        lows = [w.lower() for w in " ".join(words).replace("-", " ").split()]
        if any(w in state["names"] or w in _NAME_WORDS for w in lows):
            continue
        if any(zipf_cached(w) < state["min_zipf"] - 0.5 or _name_word(w) for w in lows[1:]):
            continue  # "to Save Venice", "moved to Grant Thornton": a name's word
        if lows[0] in _PLACE_FIRST or lows[-1] in _PLACE_HEADS:
            continue  # "moved to Long Beach", "to Mount Pleasant": a place's name
        nxt = _PREV_WORD_AFTER.match(text, m.end(2))
        if nxt and nxt.group(1) in _NAMED_NOUNS_AFTER or _NAME_GOES_ON.match(text, m.end(2)):
            continue  # "to Build Back Better plan"
        if _quiet(doc, headline, m.start(2), m.end(2)):
            continue
        yield Hit(m.start(2), m.end(2), run.lower(), {"word": run})


# Words that open or end a place's name, which a policy's wording never does ("Long Beach", "Round
# Rock", "Battle Creek", "Long Island", "Mount Pleasant", "Fort Worth").
_PLACE_FIRST = frozenset("mount fort port lake cape glen saint san santa los las".split())
_PLACE_HEADS = frozenset("""beach rock rocks creek island islands hill hills valley springs spring falls lake bay point
heights park city town river harbor harbour ridge grove field fields wood woods heath green cross gardens lane square
village county mountain mountains cove shore coast bridge junction station""".split())
_NAME_GOES_ON = re_programs.compile(r"[ \u00a0]+(?:of|for|on|and|in|&)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_PREV_WORD_AFTER = re_programs.compile(r"[ \u00a0]+([a-z][a-z'’-]*)")


def _plain_plural(low) -> bool:
    """Is ``low`` a common noun's plural: its singular about as common as it or more ("farmers";
    not "collins", a surname far commoner than "collin")?"""
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
    return zipf_cached(singular) >= zipf_cached(low) - 0.8 or low.endswith("men")


def _possessive_run(doc, state):
    """``possessive_run``: of the module's docstring."""
    text = doc.text
    headline = {}
    for m in _POSS_RUN.finditer(text):
        run = m.group(2)
        owner = m.group(1)
        if owner[0].isupper() and (not owner[1:].islower() or zipf_cached(owner.lower()) >= 3.0 or not _prev_lower(text, m.start(1))):
            continue  # "Apple's", "The city's": only a place's name ("Hunan's") inside a sentence
        words = run.split()
        lows = [w.lower() for w in words]
        last = lows[-1]
        plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
        if not (plural and _plain_plural(last) or last in _SECTOR_HEADS) or last in _NAME_PLURALS:
            continue
        if any(w in state["names"] or w in _NAME_WORDS for w in lows):
            continue
        if any(zipf_cached(w) < state["min_zipf"] - 0.5 for w in lows):
            continue
        if plural and len(lows) == 3 and last not in _SECTOR_HEADS:
            continue  # "the city's New York Yankees", "Boston Red Sox": three words and a plural name a team or a body
        if m.group(3) in _NAMED_NOUNS_AFTER or _NAME_GOES_ON.match(text, m.end(2)):
            continue  # "the club's Young Players of the Year": the name goes on
        if _quiet(doc, headline, m.start(2), m.end(2)):
            continue
        yield Hit(m.start(2), m.end(2), run.lower(), {"word": run})


# "the" and two or three words in title case ending on a local body's head, not after a capitalised
# word: "members of the Village Committee visited".
_THE_BODY = re_programs.compile(
    r"(?<![\w'’-])(?:the|The)[ \u00a0]((?:[A-Z][a-z]+[ \u00a0]){1,2}(?:Committee|Bureau|Office|Department|Brigade|"
    r"Station|Center|Centre|Team|Branch|Detachment|Commission|Administration|Association|Cooperative|Hospital|School))"
    r"(?![\w'’-])")
# Bodies' kinds whose names are their kind ("the Standing Committee", "the Organizing Committee").
_KIND_WORDS = frozenset("standing organizing organising executive steering advisory central national state "
                        "general joint select special".split())


def _body_once(doc, state):
    """``body_once``: a body's name in title case once, where the document writes the same words in
    lower case twice or more ("the village committee ... the Village Committee ... the village
    committee"): the document's own usage says the words are no name."""
    text = doc.text
    headline = {}
    seen = {}
    for m in _THE_BODY.finditer(text):
        run = m.group(1)
        seen.setdefault(run, []).append(m)
    lower_counts = _lower_body_counts(text, {run.lower() for run, ms in seen.items() if len(ms) == 1})
    for run, ms in seen.items():
        if len(ms) != 1:
            continue  # written so twice: the document's usage
        lows = run.lower().split()
        if lows[0] in _KIND_WORDS or any(w in state["names"] for w in lows[:-1]):
            continue
        m = ms[0]
        if _OF_CAPITAL.match(text, m.end(1)):
            continue  # "the Village Committee of Xiaogang": a named body
        # the same frame, "the" (a word between) and the words: "a home office", "home office furniture" are no body
        if lower_counts.get(run.lower(), 0) < 2:
            continue
        if _quiet(doc, headline, m.start(1), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), run.lower(), {"word": run})


_BODY_HEADS_LOWER = re_programs.compile(
    r"(?<![\w'’-])(?:committee|bureau|office|department|brigade|station|center|centre|team|branch|detachment|"
    r"commission|administration|association|cooperative|hospital|school)(?![\w'’-])")
_LOWER_BEFORE = re_programs.compile(r"(?<![\w'’-])(?:[A-Za-z]+[ \u00a0]){2,4}$")


def _lower_body_counts(text, runs):
    """How often each of ``runs`` (lower case) stands after "the" (a lower-case word between
    allowed): one pass over the heads, a bounded look back at each (a scan of the text per run
    took time of runs x length on a long line of many bodies)."""
    counts = {}
    if not runs:
        return counts
    for h in _BODY_HEADS_LOWER.finditer(text):
        before = _LOWER_BEFORE.search(text, max(0, h.start() - 80), h.start())
        if not before:
            continue
        words = before.group().split()
        for k in (1, 2):
            if len(words) < k + 1:
                continue
            run = " ".join(words[-k:] + [h.group()])
            if run not in runs:
                continue
            rest = words[:-k]
            if rest[-1] in ("the", "The") or len(rest) >= 2 and rest[-2] in ("the", "The") and rest[-1].islower():
                counts[run] = counts.get(run, 0) + 1
    return counts


_OF_CAPITAL = re_programs.compile(r"[ \u00a0]+(?:of|in|for)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


_MODE_FUNCTIONS = {"role_of": _role_of, "to_run": _to_run, "possessive_run": _possessive_run, "body_once": _body_once}
