"""The ``given_name_ref`` detector type (issue 9, thirtieth round): a Chinese person referred to
by the given name where English news uses the family name.

A Chinese story names a person in full once ("Zhang Guoqiang, head of the county bureau") and
then, in features, often by the given name alone (国强说) or with a title before a name that an
engine takes for the family name. English news refers to the person by the family name: "Zhang
said", "Mr Zhang", "Director Zhang". An engine that reads the last word of a name as the family
name, or renders 国强 alone, writes "Guoqiang said" and "Mr. Guoqiang", and the reader meets a
new person or a name used as a surname that is none.

The evidence is the document's own: a given name counts only when the document writes it beside
a listed family name ("Zhang Guoqiang" or "Guoqiang Zhang"), when it is two pinyin syllables and
no English word ("Guoqiang", "Xiu-ying"; not "Manning", which never stands beside "Zhang"), and
when it is not a family name itself ("Ouyang"), and when the full name is shown once as a
person's (an apposition, a verb after it, a title or "said" before it: "Guangxi Zhuang" and
"Ruyuan Yao" name places). Two modes:

- ``title``: a title before the given name alone ("Mr. Guoqiang", "Director Jianhua"); the fix
  puts the family name after the title.
- ``alone``: the given name alone shown as a person's (a verb of saying after it, "who", or
  "said" before it), not beside another capitalised word ("Guoqiang Road", "Jianhua Middle
  School" name places), outside quotation marks (a speaker may address a person by the given
  name), not after "known as" or "called", not for a child (an age under 18 after the full
  name), and only when no other person of the document shares the family name (a story of a
  family calls its members by their given names on purpose). It passes a name the document
  shows as a firm's or a place's elsewhere ("the state-run Xinhua", "Dongfeng Motor"), one after
  a preposition of place ("officials in Jianhua said") or before "said its", one before a
  linking verb ("Xiaogang is the village"), and one the document introduces anywhere as used
  alone on purpose ("who performs as Yundi").

A given name must be pinyin as the dictionary's readings write it ("Sato" cuts into "sa" and
"to", no syllable of a reading: "Sato Ren" is a Japanese player, not a Chinese "Ren").
"""
from __future__ import annotations

import bisect
import re

from .. import re_programs
from . import check_choice, Hit, Key, ParamError, register
from .. import cedict
from ..zipf import zipf_cached

_MODES = ("title", "alone")
# A capitalised word of letters, one inner hyphen allowed ("Xiu-ying").
_WORD = r"[A-Z][a-z]+(?:-[a-z]+)?"
# Two capitalised words, the second read by a lookahead so that pairs overlap: in "Director
# Zhang Guoqiang" both "Director Zhang" and "Zhang Guoqiang" are read.
_PAIR = re_programs.compile(r"(?<![\w'’-])(" + _WORD + r")[ \u00a0]+(?=(" + _WORD + r")(?![\w'’-]))")
# A capitalised word after a name: the name goes on ("Guoqiang Road", "Guangxi Zhuang
# Autonomous Region").
_CAP_AFTER = re_programs.compile(r"[ \u00a0]+[A-Z]")
# What shows that a name is a person's: an apposition or a verb of saying after it, a title or
# a verb of saying before it.
_SAYING = (r"said|says|told|tells|added|adds|explained|explains|noted|notes|stressed|recalled|recalls|admitted|"
           r"believes|thinks|hopes|smiled|laughed|pointed|introduced|replied|asked|agreed|insisted|continued|"
           r"went on|knows|remembers|has|had|is|was")
_PERSON_AFTER = re_programs.compile(
    r"(?:,[ \u00a0]+(?:a|an|the|who|whose|deputy|vice|chief|head|director|chairman|chairwoman|president|"
    r"secretary|general|manager|mayor|governor|professor|researcher|teacher|farmer|villager|resident|"
    r"owner|founder|spokesman|spokeswoman|spokesperson|party|\d{1,3})\b|[ \u00a0]+(?:" + _SAYING + r"|[a-z]+ed)\b)")
_PERSON_BEFORE = re_programs.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Director|Chairman|Chairwoman|President|Secretary|Mayor|Governor|"
    r"Manager|Deputy|said|says|told|asked|according to)\.?[ \u00a0]+$")
# The given name alone shown as a person's: a verb of saying after it ("Guoqiang said",
# "Guoqiang, who") or before it ("said Guoqiang").
# "is", "was", "has" and "had" show no person here ("Xiaogang is the village where the reform
# began", "Dongfeng has a new plant"): a place or a firm named like the person.
_ALONE_SAYING = _SAYING.replace("|has|had|is|was", "")
_ALONE_AFTER = re_programs.compile(r"(?:[ \u00a0]+(?:" + _ALONE_SAYING + r")\b|,[ \u00a0]+who\b)")
# A preposition of place before the given name alone ("officials in Jianhua said"): a place.
_PLACE_BEFORE = re_programs.compile(r"\b(?:in|from|at|near|across|around|outside|inside|into|throughout)[ \u00a0]+$")
# A firm that speaks of itself ("Yutong said its sales rose", "Weibo says its users"): no person.
_FIRM_AFTER = re_programs.compile(r"[ \u00a0]+(?:said|says|added|noted)[ \u00a0]+(?:that[ \u00a0]+)?its\b")
_ALONE_BEFORE = re_programs.compile(r"\b(?:said|says|told|asked|according to)[ \u00a0]+$")
# A given name counts when it is rare in English (``zipf_cached`` below this).
_GIVEN_ZIPF = 3.5


def _given(word: str, surnames: frozenset) -> bool:
    low = word.lower()
    plain = low.replace("-", "")
    if low in surnames or 2 not in cedict.pinyin_syllables(plain) or zipf_cached(plain) >= _GIVEN_ZIPF:
        return False
    # Pinyin as pinyin writes it, where the dictionary is installed: "Sato" (a Japanese family name
    # before "Ren") cuts into "sa" and "to", and "to" is no syllable a reading uses.
    return not cedict.pinyin_inventory() or cedict.pinyin_word(plain, 2)


@register("given_name_ref", {
    "mode": Key((str,), doc="title | alone"),
    "surnames": Key((list,), doc="romanised family names that mark a person's name (the name-order rules' list)"),
    "titles": Key((list,), [], "the words before a name that take the family name (Mr, Director); mode alone "
                                "leaves a name after one to mode title"),
}, fields=("other",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    for key in ("surnames", "titles"):
        bad = [w for w in p[key] if not isinstance(w, str) or not re.fullmatch(r"[A-Za-z]+", w)]
        if bad:
            raise ParamError(key, f"expected a list of words, got {bad[0]!r}")
    if not p["titles"]:
        raise ParamError("titles", "expected at least one title (mode alone passes a name after one: the title mode's)")
    if not p["surnames"]:
        raise ParamError("surnames", "expected at least one family name")
    titles = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, p["titles"]), key=len, reverse=True))
                        + r")\.?[ \u00a0]+$")
    return {"mode": p["mode"], "surnames": frozenset(w.lower() for w in p["surnames"]), "titles": titles}


def _people(text: str, surnames: frozenset) -> dict:
    """{given name: set of family names written beside it} over the whole document, family name
    first ("Zhang Guoqiang") or given name first ("Guoqiang Zhang")."""
    people, shown = {}, set()
    for m in _PAIR.finditer(text):
        a, b, end = m.group(1), m.group(2), m.end(2)
        if _CAP_AFTER.match(text, end):
            continue  # "Guangxi Zhuang Autonomous Region": a longer name, no person
        if a.lower() in surnames and _given(b, surnames):
            given, family = b, a
        elif b.lower() in surnames and _given(a, surnames):
            given, family = a, b
        else:
            continue
        people.setdefault(given, set()).add(family)
        if _PERSON_AFTER.match(text, end) or _PERSON_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            shown.add(given)
    # A given name counts only when its full name is shown once as a person's: "Zhang Guoqiang,
    # head of the bureau", "Zhang Guoqiang said", "said Zhang Guoqiang", "Director Zhang
    # Guoqiang" (a place may read as a name: "Ruyuan Yao", "Guangxi Zhuang").
    return {given: fams for given, fams in people.items() if given in shown}


class _Quotes:
    """Where a document's lines hold quotation marks, read once: ``inside(pos)`` asks whether
    ``pos`` is inside a quotation on its line (an odd number of straight marks before it, or an
    opening curly mark not closed) in time that does not grow with the line's length."""

    def __init__(self, text: str):
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.straight = [m.start() for m in re.finditer('"', text)]
        self.opens = [m.start() for m in re.finditer("\u201c", text)]
        self.closes = [m.start() for m in re.finditer("\u201d", text)]

    @staticmethod
    def _last(marks, line_start, pos):
        k = bisect.bisect_left(marks, pos) - 1
        return marks[k] if k >= 0 and marks[k] >= line_start else -1

    def inside(self, pos: int) -> bool:
        k = bisect.bisect_left(self.breaks, pos)
        line_start = self.breaks[k - 1] + 1 if k else 0
        if (bisect.bisect_left(self.straight, pos) - bisect.bisect_left(self.straight, line_start)) % 2:
            return True
        return self._last(self.opens, line_start, pos) > self._last(self.closes, line_start, pos)


# A capitalised word just before the given name ("Jianhua Middle School" is read after it): the
# name is part of a longer name, unless the word opens its sentence.
_CAP_BEFORE = re_programs.compile(r"([A-Z][\w'’-]*)[ \u00a0]+$")
_OPENERS = frozenset({"The", "A", "An", "In", "At", "On", "For", "But", "And", "When", "After", "Before", "Then",
                      "Later", "Now", "Yesterday", "Today", "Since", "As", "While", "So", "Yet", "Still"})


# What introduces the given name alone on purpose, just before it ("known to friends as Yiping",
# "nicknamed", "called").
_ALIAS = re_programs.compile(r"\b(?:known|referred to|addressed|performs?|performing|performed|plays|played|writes|wrote|"
                    r"signs|signed|trades|traded|goes|went)\b[^.!?;\n]{0,30}\b(?:as|by)[ \u00a0]+$"
                    r"|\b(?:called|named|nicknamed|dubbed)[ \u00a0]+$", re.IGNORECASE)
# The given name as a thing's name elsewhere in the document: after an article or "state-run"
# ("the state-run Xinhua", "the Dongfeng plant") or before a capitalised word that is not the
# person's family name ("Dongfeng Motor", "Guoqiang Road"). Then "Xinhua said" may be the agency.
_THING_BEFORE = re_programs.compile(r"\b(?:the|a|an|state-run|state-owned|official|via)[ \u00a0]+$", re.IGNORECASE)


def _thing(text: str, given: str, fams: set) -> bool:
    if re.search(r"(?<![\w'’-])" + re.escape(given) + r"-brand(?:ed)?\b", text, re.IGNORECASE):
        return True  # "Guoqiang-brand trucks": a brand named like the person
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(given) + r"(?![\w-])", text):
        if _THING_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return True
        after = re.match(r"[ \u00a0]+([A-Z][\w'’-]*)", text[m.end():m.end() + 40])
        if after and after.group(1) not in fams and not _sentence_start(text, m.end() + after.start(1)):
            return True
    return False
# A child: the full name with an age under 18 after it ("Wang Haoran, 9,", "Li Mei, aged 12,");
# English news may call a child by the given name.
_CHILD = re_programs.compile(r",[ \u00a0]+(?:aged[ \u00a0]+)?(\d{1,2})\b")


def _child(text: str, fam: str, given: str) -> bool:
    for m in re.finditer(r"\b(?:" + re.escape(fam) + r"[ \u00a0]+" + re.escape(given) + r"|" + re.escape(given)
                         + r"[ \u00a0]+" + re.escape(fam) + r")\b", text):
        age = _CHILD.match(text, m.end())
        if age and int(age.group(1)) < 18:
            return True
    return False


def _aliased(text: str, given: str) -> bool:
    """Does the document introduce the given name alone on purpose anywhere ("known to friends
    as Yiping", "who performs as Yundi")? Then every later use is the writer's choice."""
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(given) + r"(?![\w-])", text):
        if _ALIAS.search(text, max(0, m.start() - 50), m.start()):
            return True
    return False


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \u00a0\"“'‘")
    return pos == 0 or not before or before[-1] in ".!?\n:;"


@prepare.detector
def detect(doc, state):
    text, surnames = doc.text, state["surnames"]
    cached = doc.cache.get(("given-names", surnames))
    if cached is None:  # read once per document for both modes: the people and their given names
        people = _people(text, surnames)
        pattern = people and re.compile(r"(?<![\w'’-])(" + "|".join(sorted(map(re.escape, people), key=len, reverse=True))
                                        + r")(?![\w-])")
        cached = doc.cache[("given-names", surnames)] = (people, pattern)
    people, pattern = cached
    if not people:
        return
    families = {}
    for given, fams in people.items():
        for fam in fams:
            families.setdefault(fam, set()).add(given)
    named, children, quotes = {}, {}, None
    for m in pattern.finditer(text):
        given, start, end = m.group(1), m.start(1), m.end(1)
        fams = people[given]
        if len(fams) != 1:
            continue  # "Zhang Wei" and "Li Wei": the given name alone names nobody in particular
        fam = next(iter(fams))
        if _CAP_AFTER.match(text, end):
            continue  # "Guoqiang Zhang", "Guoqiang Road": a longer name
        if state["mode"] == "title":
            if not state["titles"].search(text, max(0, start - 30), start):
                continue
            yield Hit(start, end, fam, {"other": f"{fam} {given}"})
            continue
        cap = _CAP_BEFORE.search(text, max(0, start - 40), start)
        if cap and not (cap.group(1) in _OPENERS and _sentence_start(text, cap.start(1))):
            continue  # "Zhang Guoqiang", "Jinhua Guoqiang Village"
        if state["titles"].search(text, max(0, start - 30), start):
            continue  # "Mr. Guoqiang": the title mode's (the dot stops ``_CAP_BEFORE``)
        if len(families[fam]) > 1:
            continue  # two people of one family: the story tells them apart by their given names
        if quotes is None:
            quotes = _Quotes(text)
        if quotes.inside(start):
            continue  # '"Guoqiang, come and see," his mother called': a speaker's address
        if given not in named:  # once per given name, not once per use: cost stays linear
            named[given] = _aliased(text, given) or _thing(text, given, fams)
        if named[given]:
            continue  # "known to friends as Yiping", "performs as Yundi": the given name alone on
            # purpose; "the state-run Xinhua", "Dongfeng Motor": a firm or a place
        if _FIRM_AFTER.match(text, end):
            continue  # "Yutong said its sales rose": a firm
        if _PLACE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "Officials in Jianhua said": a place named like the person
        if not (_ALONE_AFTER.match(text, end) or _ALONE_BEFORE.search(text, max(0, start - 20), start)):
            continue  # "across Guangxi", "next to Dezhong": no person is shown speaking or acting
        if (fam, given) not in children:  # once per person: the scan reads the whole document
            children[(fam, given)] = _child(text, fam, given)
        if children[(fam, given)]:
            continue  # "Wang Haoran, 9, ... Haoran wants to become a doctor": a child
        yield Hit(start, end, fam, {"other": f"{fam} {given}"})
