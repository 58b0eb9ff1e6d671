"""The ``pronoun_paragraph`` detector type (issue 9, twenty-seventh round): a paragraph about one
named person whose pronouns, outside quotations, take both genders. Run only behind the
catalog's evidence gate (``gated: true``).

Spoken Chinese says 他 and 她 alike (tā), and MT picks a pronoun per clause: "Li Shuqin, 52, a
farmer, said her house was one of the few ... because he had added a concrete frame". The
ungated pronoun rules (``pronoun_gender``, ``pronoun_flip``, ``pronoun_mixed``) ask for a
gendered title or noun, or for the two pronouns in neighbouring sentences, since clean English
talks of two people of different genders in one paragraph all the time. In a document that
already shows other signs of machine translation a looser reading is worth its risk: the
paragraph names exactly one person (a Chinese name, "Mr/Ms" and a name, or a family name
alone), no other person is named or introduced by a noun ("his wife", "a neighbour", "her
son"), and its pronouns outside quotations take both genders. The finding runs from the first
pronoun of one gender to the first of the other: one of the two is wrong, and only the source
says which.
"""
from __future__ import annotations

from . import Hit, Key, ParamError, register
from .. import re_programs

# "He" before a capitalised word is the family name He ("He Yun", "Zheng He" ends no sentence so).
_PRONOUN = re_programs.compile(r"\b(?:(?P<m>he|[Hh]e(?![ ][A-Z])|[Hh]im|[Hh]is|[Hh]imself)|(?P<f>[Ss]he|[Hh]er|[Hh]ers|[Hh]erself))\b")
# A quotation inside one line: its pronouns are the speaker's own people.
_QUOTATION = re_programs.compile(r"[\"“][^\"“”\n]*[\"”]|‘[^‘’\n]*’")
# Capitalised words, for the people a paragraph names.
_CAPITALISED = re_programs.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b")
_TITLE = re_programs.compile(r"\b(?:Mr|Ms|Mrs|Miss|Madam|Dr|Grandma|Grandpa|Granny|Uncle|Aunt|Auntie)\.?[ ]([A-Z][a-z]+)")
# Nouns that bring another person into the paragraph ("his wife", "a neighbour", "the doctor").
_PEOPLE = frozenset("""man men woman women father mother husband wife son sons daughter daughters brother brothers
sister sisters grandfather grandmother grandson granddaughter grandma grandpa granny uncle aunt auntie nephew niece
boy boys girl girls child children kid kids baby babies boyfriend girlfriend fiance fiancee friend friends
neighbour neighbours neighbor neighbors colleague colleagues boss doctor doctors nurse teacher teachers student
students pupil pupils classmate classmates customer customers client clients patient patients driver passenger
official officials officer officers policeman policewoman manager director chairman chairwoman head leader
secretary mayor governor minister spokesman spokeswoman spokesperson owner partner partners employer employee
worker workers villager villagers resident residents farmer farmers coach player players judge lawyer reporter
journalist expert experts engineer engineers volunteer volunteers staff member members official person people
someone somebody anyone nobody everyone man's woman's mother's father's wife's husband's parents grandparents
successor predecessor skipper widow widower spouse guest guests visitor visitors buyer seller""".split())
# A determiner or possessive before such a noun makes it another person ("his wife", "a
# neighbour"); the noun in an apposition after the name ("Zhou Ting, a 31-year-old accountant")
# is the person itself, read by ``_apposition``.
_OTHER_PERSON = re_programs.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Aa]|[Aa]n|[Tt]he|[Aa]nother|[Oo]ne|"
                                    r"two|three|[Oo]ther|[Ss]ome|several|many|whose)[ ](?:[a-z-]+[ ]){0,2}?([a-z']+)\b")
_APPOSITION = re_programs.compile(r"(?:^|[.!?][ ]|\n)[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:,[ ]\d+)?,[ ](?:a|an|the)[ ]"
                                  r"(?:[\w-]+[ ]){0,4}?[a-z]+(?=[,.]|[ ](?:who|from|in|at|of|with)\b)")


@register("pronoun_paragraph", {
    "surnames": Key((list,), [], "Chinese family names in pinyin: a paragraph's person is a name with one of them"),
}, fields=())
def prepare(p):
    surnames = frozenset(str(s) for s in p["surnames"])
    if not surnames:
        raise ParamError("surnames", "expected a list of family names")
    return {"surnames": surnames}


def _people(line, surnames):
    """The people ``line`` names: each a frozenset of the words of a Chinese name (in either
    order), or a family name alone, or the name after a title."""
    words = [(m.start(), m.group()) for m in _CAPITALISED.finditer(line)]
    people = set()
    i = 0
    while i < len(words):
        start, word = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        joined = nxt is not None and line[start + len(word):nxt[0]] == " "
        if word in surnames and joined and nxt[1] not in surnames:
            people.add(word)  # "Li Shuqin": the family name stands for the person
            i += 2
            continue
        if joined and nxt[1] in surnames:
            people.add(nxt[1])  # "Shuqin Li"
            i += 2
            continue
        if word in surnames:
            people.add(word)
        i += 1
    for m in _TITLE.finditer(line):
        people.add(m.group(1))
    return people


def _another_person(line, quotes):
    """Does ``line`` bring in another person with a noun after a determiner or possessive ("his
    wife", "a neighbour"), outside its quotations and not in the person's apposition?"""
    appositions = [(m.start(), m.end()) for m in _APPOSITION.finditer(line)]
    for m in _OTHER_PERSON.finditer(line):
        if m.group(1) not in _PEOPLE:
            continue
        pos = m.start(1)
        if any(a <= pos < b for a, b in quotes) or any(a <= pos < b for a, b in appositions):
            continue
        return True
    return False


@prepare.detector
def detect(doc, state):
    text = doc.text
    surnames = state["surnames"]
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        if len(line) < 40:
            continue
        quotes = [(m.start(), m.end()) for m in _QUOTATION.finditer(line)]
        pronouns = [m for m in _PRONOUN.finditer(line) if not any(a <= m.start() < b for a, b in quotes)]
        if not any(m.group("m") for m in pronouns) or not any(m.group("f") for m in pronouns):
            continue
        if len(_people(line, surnames)) != 1:
            continue  # nobody named, or two people: each pronoun may have its own
        if _another_person(line, quotes):
            continue
        first = pronouns[0]
        other = next(m for m in pronouns if bool(m.group("m")) != bool(first.group("m")))
        yield Hit(start + first.start(), start + other.end(), None, {})
