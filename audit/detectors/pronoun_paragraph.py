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

import bisect

from . import Hit, Key, ParamError, register
from .. import re_programs
from ..cedict import pinyin_syllables

# "He" before a capitalised word is the family name He ("He Yun", "Zheng He" ends no sentence so).
_PRONOUN = re_programs.compile(r"\b(?:(?P<m>he|[Hh]e(?![ ][A-Z])|[Hh]im|[Hh]is|[Hh]imself)|(?P<f>[Ss]he|[Hh]er|[Hh]ers|[Hh]erself))\b")
# A quotation inside one line: its pronouns are the speaker's own people.
_QUOTATION = re_programs.compile(r"[\"“][^\"“”\n]*[\"”]|‘[^‘’\n]*’")
# Runs of capitalised words joined by single spaces, for the people a paragraph names.
_RUN = re_programs.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?)*\b")
# A title, and the family name after it ("Mr He", "Director Long").
_TITLE = re_programs.compile(r"\b(?:Mr|Ms|Mrs|Miss|Madam|Dr|Prof|Professor|Director|President|Premier|Chairman|Chairwoman|"
                             r"Secretary|Minister|Governor|Mayor|Judge|Captain|Coach|Master|Teacher|Grandma|Grandpa|Granny|"
                             r"Uncle|Aunt|Auntie|Queen|King|Prince|Princess|Emperor|Empress|Pope|Lord|Lady|Sir|Saint)\.?[ ]([A-Z][a-z]+)\b")
# A capitalised word after a verb of meeting or speaking: somebody else ("met Merkel", "told Reuters").
_ADDRESSEE = re_programs.compile(r"\b(?:said|says|met|meets|meeting|told|tells|asked|thanked|called)[ ]([A-Z][a-z]+)\b")
# Words that open a sentence or a clause with a capital and name nobody ("When Wang Yi ...", "The Ministry").
_OPENERS = frozenset("""A An The This That These Those It Its In On At For From By With Without To Of As And But Or So
If When While After Before Since Until Although Though Because Once During Over Under About Among Between Last Next
Every Each Some Many Most All Both Other Another His Her Their Our My Your We They He She I You There Here Then Now
Today Yesterday Tomorrow Yet Still Also However Meanwhile Besides Later Earlier Such Why How What Where Who Which
According Despite Apart Unlike Like Even Only Just Not No Nor Mr Ms Mrs Miss Dr Monday Tuesday Wednesday Thursday
Friday Saturday Sunday January February March April May June July August September October November December""".split())
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
successor predecessor skipper widow widower spouse guest guests visitor visitors buyer seller singer singers actor
actress artist artists writer writers author poet businessman businesswoman entrepreneur founder co-worker co-workers
coworker coworkers rider officer king queen prince princess emperor commissioner counsel defendant victim victims""".split())
# A determiner or possessive before such a noun makes it another person ("his wife", "a
# neighbour"); the noun in an apposition after the name ("Zhou Ting, a 31-year-old accountant")
# is the person itself, read by ``_apposition``.
_OTHER_PERSON = re_programs.compile(r"\b(?P<det>[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Aa]|[Aa]n|[Tt]he|[Aa]nother|[Oo]ne|"
                                    r"two|three|[Oo]ther|[Ss]ome|several|many|whose|[A-Z][a-z]+'s)"
                                    r"(?=((?:[ ][a-z'-]+){1,3}))")
# Words that end the words after a determiner: the noun phrase is over ("his plan for workers").
_PHRASE_END = frozenset("in of for to at on with and or that who which from by as is was said has had".split())
_POSSESSIVE = re_programs.compile(r"[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|whose|[A-Z][a-z]+'s")
_APPOSITION = re_programs.compile(r"(?:^|[.!?][ ]|\n)[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:,[ ]\d+)?,[ ](?:a|an|the)[ ]"
                                  r"(?:[\w-]+[ ]){0,4}?[a-z]+(?=[,.]|[ ](?:who|from|in|at|of|with)\b)")
# A word (a run of word characters): where a name can start, and whether a name ends at a word's edge.
_WORD = re_programs.compile(r"\w+")


@register("pronoun_paragraph", {
    "surnames": Key((list,), [], "Chinese family names in pinyin: a paragraph's person is a name with one of them"),
    "word_surnames": Key((list,), [], "family names that are also English words (He, Long, Song, Fan): each names a "
                                      "person only after a title or with a given name"),
    "not_people": Key((list,), [], "lower-case words that make a run of capitalised words a body or a place, no "
                                   "person (university, province, river)"),
}, fields=())
def prepare(p):
    surnames = frozenset(str(s) for s in p["surnames"])
    if not surnames:
        raise ParamError("surnames", "expected a list of family names")
    return {"surnames": surnames, "word_surnames": frozenset(str(s) for s in p["word_surnames"]),
            "not_people": frozenset(str(s).lower() for s in p["not_people"])}


def _given(word):
    """Can ``word`` be a Chinese given name in pinyin: one or two syllables ("Yi", "Shuqin",
    "Xiao-ming")?"""
    syllables = pinyin_syllables(word.replace("-", "").lower())
    return bool(syllables) and min(syllables) <= 2


def _last_before(line, end):
    """``line[:end].rstrip()[-1:]``: the last character before ``end`` that is no whitespace,
    or "" (without copying the line up to ``end``: a 1 MB line was copied once per name)."""
    i = end - 1
    while i >= 0 and line[i].isspace():
        i -= 1
    return line[i] if i >= 0 else ""


def _people(line, state):
    """The people ``line`` names, each keyed by a full Chinese name and mapped to its family name ("Li Shuqin", "Xiaoyu Tian";
    a family name alone or after a title stands for the one full name of that family, or for
    itself), and whether it may name somebody else: two capitalised words in a row that are no
    Chinese name, a body or a place ("Annalena Baerbock"), or a capitalised word after "said",
    "met", "told". A family name that is also an English word ("He", "Long") counts only after a
    title or with a given name."""
    surnames, word_surnames, not_people = state["surnames"], state["word_surnames"], state["not_people"]
    full = {}       # full name -> its family name
    alone = set()   # family names without a given name
    other = False
    for m in _RUN.finditer(line):
        words = m.group().split(" ")
        at_start = _last_before(line, m.start()) in ("", ".", "!", "?", ":", '"', "“")
        while (words and words[0] in _OPENERS and (at_start or len(words) > 1)
               and not (words[0] in surnames and len(words) > 1 and _given(words[1]))):  # "He Yun" stays
            words = words[1:]
        if any(w.lower() in not_people for w in words):
            continue  # "Beijing Normal University", "Guangdong Province"
        rest = []
        i = 0
        while i < len(words):
            word = words[i]
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is not None and word in surnames and _given(nxt) and (word, nxt) != ("Hong", "Kong"):
                full[word + " " + nxt] = word  # "Li Shuqin", "He Yun"
                i += 2
                continue
            if nxt is not None and nxt in surnames and word not in surnames and _given(word):
                full[word + " " + nxt] = nxt  # "Xiaoyu Tian"
                i += 2
                continue
            rest.append(word)
            i += 1
        if len(rest) >= 2:
            other = True  # "Annalena Baerbock": a person who is no Chinese name
        elif len(words) == 1 and rest and rest[0] in surnames and rest[0] not in word_surnames:
            alone.add(rest[0])  # "Li said"
    # the words of the full names (each was read for every title and addressee of the line)
    named_words = {w for name in full for w in name.split(" ")}
    for m in _TITLE.finditer(line):
        if m.group(1) in surnames:
            alone.add(m.group(1))  # "Mr He"
        elif m.group(1) not in named_words:
            other = True  # "Ms Baerbock"
    named = dict(full)
    named.update((a, a) for a in alone if a not in full.values())
    for m in _ADDRESSEE.finditer(line):
        word = m.group(1)
        if word in _OPENERS or word in surnames or word in named_words:
            continue
        other = True  # "met Merkel", "told Reuters"
    return named, other


def _another_person(line, quotes):
    """Does ``line`` bring in another person with a noun after a determiner or possessive ("his
    wife", "a neighbour", "Her downstairs neighbour", "Lau's widow"), outside its quotations and
    not in the person's apposition ("Zhou Ting, a 31-year-old accountant"; "the bureau's deputy
    director, Han Lei": a person noun after "a" or "the" that a name follows is that person)?"""
    appositions = [(m.start(), m.end()) for m in _APPOSITION.finditer(line)]
    for m in _OTHER_PERSON.finditer(line):
        pos = m.start(2)
        for word in m.group(2).split(" ")[1:]:
            pos += 1
            if word in _PHRASE_END:
                break
            if word in _PEOPLE:
                end = pos + len(word)
                named_after = line[end:end + 2] == ", " and line[end + 2:end + 3].isupper()
                if named_after and not _POSSESSIVE.fullmatch(m.group("det")):
                    break  # "the deputy director, Han Lei"
                if any(a <= pos < b for a, b in quotes) or any(a <= pos < b for a, b in appositions):
                    break
                return True
            pos += len(word)
    return False


def _first_mention(line, person, family):
    """Where ``line`` first names the person, by the full name or the family name alone, each a
    whole word or run of words ("Li Shuqin", "Li"; "Xiaoyu Tian", "Tian"); None if nowhere."""
    for m in _WORD.finditer(line):
        at = m.start()
        if m.group() == family:
            return at
        end = at + len(person)
        if line.startswith(person, at) and not _WORD.match(line, end):
            return at
    return None


def _quoted(quotes, starts, at):
    """Whether ``at`` lies in one of ``quotes`` (the quotations of a line in order, none
    overlapping another, ``starts`` their starts): only the last to start at or before ``at`` can
    hold it, found by bisection (each pronoun against every quotation was a scan of length x
    pronouns on a long line)."""
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and at < quotes[i][1]


@prepare.detector
def detect(doc, state):
    text = doc.text
    for start, end in doc.lines:
        if end - start < 40:
            continue
        line = text[start:end]
        quotes = [(m.start(), m.end()) for m in _QUOTATION.finditer(line)]
        titled = {m.start(1) for m in _TITLE.finditer(line)}  # "Mr He": a name, no pronoun
        quote_starts = [a for a, _ in quotes]
        pronouns = [m for m in _PRONOUN.finditer(line)
                    if not _quoted(quotes, quote_starts, m.start()) and m.start() not in titled]
        if not any(m.group("m") for m in pronouns) or not any(m.group("f") for m in pronouns):
            continue
        named, other = _people(line, state)
        if len(named) != 1 or other:
            continue  # nobody named, or two people, or maybe two: each pronoun may have its own
        if _another_person(line, quotes):
            continue
        ((person, family),) = named.items()
        mention = _first_mention(line, person, family)
        if mention is not None and any(m.group().lower() in ("he", "she") and m.start() < mention for m in pronouns):
            continue  # "She adopted ... Wong's plea": a subject before the name has its own antecedent
        first = pronouns[0]
        switch = next(m for m in pronouns if bool(m.group("m")) != bool(first.group("m")))
        yield Hit(start + first.start(), start + switch.end(), None, {})
