"""``repetition``: a word said twice, either back to back ("the the") or coordinated with
itself ("reduced and reduced", a common rendering of Chinese paired verbs such as 减免)."""
from __future__ import annotations

import re

from . import Hit, Key, check_choice, register
from ..zipf import zipf_cached
from .. import re_programs

# The word is taken whole (possessive ++): a shorter one is followed by a letter, never by the
# white space the repeat needs, so giving letters back never helps and only costs time.
# Within a paragraph: a line break may fall between the two ("the\nthe" in wrapped text), a
# blank line may not ("Radio\n\nRadio 4": a heading and the line under it).
_ADJACENT = re_programs.compile(r"\b([^\W\d_]++)((?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)\1\b)+)", re.IGNORECASE)
_TONE_MARK = re_programs.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")
_LINE_OF_ONE_WORD = re_programs.compile(r"(?:^|(?<=\n))[^\W\d_]+[^\S\n]*\n", re.MULTILINE)
# (?=...) first: the characters a match can start with; ``re`` passes over other positions at
# once (the same matches: tests/test_first_characters.py).
_CONJUNCTION = re_programs.compile(r"(?=\s)(?<=\w)\s+(?:and|or)\s+(?=\w)", re.IGNORECASE)
# A word that is part of a hyphenated compound is not the word said twice: "his son and
# son-in-law", "full-time and time-served".
_LAST_WORD = re_programs.compile(r"(?<![\w-])[^\W\d_]+$")
_FIRST_WORD = re_programs.compile(r"[^\W\d_]+(?![\w-])")


# A word doubled by a slip is an English word the engine or the editor wrote twice; a doubled
# word English rarely uses on its own is a reduplicated loanword or dish ("moin moin", "ylang
# ylang") or the repeated part of a binomial name ("Rattus rattus").
_LOANWORD_ZIPF = 3.5


# What a preposition opens when it follows the same word closing a phrasal verb ("asking for |
# for years", "came in | in June", "signed on | on Friday"): a time or a date.
_SPAN_OPENS = re_programs.compile(r"[ \u00a0]+(?:(?:a|an|the|several|many|some|two|three|four|five|ten|\d+)[ \u00a0]+)?"
                                  r"(?:years?|months?|weeks?|days?|hours?|decades?|ages|centuries|generations|"
                                  r"(?:long|good|short)[ \u00a0]+(?:time|while)|while|"
                                  r"January|February|March|April|May|June|July|August|September|October|November|"
                                  r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})\b")


# A doubled word that is a phrase of its own, between commas, dashes or brackets: said on
# purpose (Swahili "pole pole", "slowly"; "chop chop"); a slip sits inside a phrase.
_SET_OFF_BEFORE = re_programs.compile(r"(?:[,(\u2013\u2014]|--) ?$|[\"“‘']$")
_SET_OFF_AFTER = re_programs.compile(r" ?(?:[,)\u2013\u2014]|--)|[\"”’']")


def _adjacent(text):
    """(start, end, word, is_name) for "the the"; "Walla Walla"-style capitalised doubles
    inside a sentence are names, not slips, and a doubled word set off alone between commas,
    dashes or brackets is said on purpose."""
    for m in _ADJACENT.finditer(text):
        word = m.group(1)
        second = m.group(2).lstrip()
        before = text[max(0, m.start() - 2):m.start()].strip()
        is_name = word[:1].isupper() and second[:1].isupper() and (
            m.start() > 0 and before not in (".", "!", "?", "")
            # opening a sentence, a doubled capitalised word that is no common English word is a
            # name ("Yang Yang and Hua Hua arrived", the pandas); "The The" is a slip
            or zipf_cached(word.lower()) < 4.0)
        if _TONE_MARK.search(word):
            is_name = True  # "yánjiū yánjiū": pinyin, where a doubled verb is Chinese grammar
        elif zipf_cached(word.lower()) < _LOANWORD_ZIPF:
            is_name = True  # "moin moin", "Rattus rattus": a reduplicated loanword or a binomial name
        elif word.lower() in ("for", "in", "on", "to") and _SPAN_OPENS.match(text, m.end()):
            is_name = True  # "asking for for years", "logged on on Monday": a verb's particle, then a time
        elif text[m.end():m.end() + 1] in "-\u2010\u2011" and text[m.end() + 1:m.end() + 2].isalpha():
            # "his first first-class hundred", "a small small-business loan": the second word
            # opens a hyphenated compound, a word of its own (issue 9, twentieth round: a blind
            # clean set's cricket report)
            is_name = True
        elif "\n" in m.group(2) and _LINE_OF_ONE_WORD.match(text, m.start()):
            is_name = True  # "Radio\nRadio 4": a one-word heading, then a line that starts with it
        elif _SET_OFF_BEFORE.search(text, max(0, m.start() - 2), m.start()) and _SET_OFF_AFTER.match(text, m.end()) \
                and "\n" not in m.group(2):
            # "Regulators have begun, pole pole, to catch up", "the 'ding ding' trams": a doubled
            # word set off alone, or quoted alone (a nickname, a sound; issue 9, sixteenth round)
            is_name = True
        yield m.start(), m.end(), word, is_name


def _coordinated(text):
    """(start, end, word, False) for "X and X", visiting each conjunction (a few per cent of
    the words) instead of trying a back-reference at every word."""
    for m in _CONJUNCTION.finditer(text):
        left = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
        right = _FIRST_WORD.match(text, m.end())
        if left and right and left.group().lower() == right.group().lower():
            word = left.group()
            # "World Bank and Bank of England": capitalised words are parts of two names.
            is_name = word[:1].isupper() and right.group()[:1].isupper() and not _sentence_start(text, left.start())
            # "time and time again", "round and round again": a fixed intensifying phrase.
            if _AGAIN.match(text, right.end()):
                is_name = True
            # "builds and builds and builds until": a word said three times is said for emphasis;
            # the MT doubling of two source verbs gives two copies, never three (a blind clean
            # set's album review, issue 9, forty-third round).
            elif _third_copy(text, left.start(), right.end(), word):
                is_name = True
            # "might or might not", "will or will not": a choice between a verb and its negation;
            # "what it does and does not say": both, set against each other.
            elif _NOT.match(text, right.end()):
                is_name = True
            # "either not working or working far below capacity": the word negated, then said
            # with a qualification, a contrast English makes on purpose.
            elif _NEGATED_BEFORE.search(text, max(0, left.start() - 20), left.start()):
                is_name = True
            # "we waited and waited for the rain", "talked and talked.": a verb repeated for
            # emphasis takes no object; the MT doubling of two source verbs does
            # ("reduced and reduced phone charges").
            elif _NO_OBJECT.match(text, right.end()):
                is_name = True
            # "down there and there's nothing": the second copy opens a clause of its own
            elif _CONTRACTION.match(text, right.end()):
                is_name = True
            # "in-lamb ewes and ewes with lambs at foot": a noun whose second copy a phrase or
            # clause qualifies names two kinds of one thing; MT's doubled verb takes an object.
            elif _POST_MODIFIER.match(text, right.end()):
                is_name = True
            # "pork or pork products", "steel and steel exports", "cash and cash equivalents": the
            # second copy modifies a head noun that names goods made from, trade in or things
            # counted as the first, two kinds of one thing; "the arts and arts education": a field
            # and the work, teaching or funding in it.
            elif _GOODS_HEAD.match(text, right.end()):
                is_name = True
            yield left.start(), right.end(), word, is_name


_NOT = re_programs.compile(r"\s+not\b", re.IGNORECASE)
_CONTRACTION = re_programs.compile(r"['’](?:s|re|ll|d|ve|m)\b", re.IGNORECASE)
_NEGATED_BEFORE = re_programs.compile(r"\b(?:not|never|no longer|n['’]t)[ \u00a0]+$", re.IGNORECASE)
# ("emerging industries and industries of the future": an "of" or "for" phrase qualifies the
# second copy too; issue 9, sixteenth round)
_POST_MODIFIER = re_programs.compile(r"\s+(?:with|that|who|which|whose|from|of|for)\b", re.IGNORECASE)
_GOODS_HEAD = re_programs.compile(r"[ -](?:products?|goods|items|imports|exports|prices|industr(?:y|ies)|sectors?|"
                                  r"supplies|producers|substitutes|derivatives|by-?products|processing|"
                                  r"equivalents?|alternatives?|analog(?:ue)?s?|related|linked|based|"
                                  # a field and work in it: "the performing arts and arts education"
                                  r"education|training|polic(?:y|ies)|funding|programm?e?s?|festivals?|venues?|"
                                  r"organi[sz]ations?|groups|companies|firms|workers|jobs|facilities|projects)\b", re.IGNORECASE)
_AGAIN = re_programs.compile(r"\s+(?:again|anew|over)\b", re.IGNORECASE)
_NO_OBJECT = re_programs.compile(r"\s*(?:[.,;:!?…)\"”’—–]|$)|\s+(?:for|until|till|but|as|while|before|after|without|"
                                 r"then|all|away|on|in|at|into|to)\b"
                                 # "stirs and stirs and never drinks": the emphatic verb, then a
                                 # second clause of the same subject (a blind clean set's review,
                                 # issue 9, thirty-fifth round)
                                 r"|\s+and\s+(?:never|still|then|finally|eventually|yet|not|nothing|no\s+one)\b", re.IGNORECASE)


_AND_AFTER = re_programs.compile(r"\s+(?:and|or)\s+([^\W\d_]+)(?![\w-])", re.IGNORECASE)
_AND_BEFORE = re_programs.compile(r"(?<![\w-])([^\W\d_]+)\s+(?:and|or)\s+$", re.IGNORECASE)


def _third_copy(text, start, end, word):
    """Is the pair ``text[start:end]`` ("builds and builds") one end of a run of three copies of
    ``word`` joined by "and" or "or"?"""
    after = _AND_AFTER.match(text, end)
    if after and after.group(1).lower() == word.lower():
        return True
    before = _AND_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and before.group(1).lower() == word.lower())


def _sentence_start(text, pos):
    before = text[max(0, pos - 3):pos].strip()
    return not before or before[-1] in ".!?\"“:"


_MODES = {"adjacent": _adjacent, "coordinated": _coordinated}


@register("repetition", {
    "mode": Key((str,), doc="adjacent | coordinated"),
    "allow": Key((list,), [], "words that may repeat (had had, more and more)"),
    "allow_suffixes": Key((list,), [], "word endings that may repeat (comparatives: -ier)"),
    "min_length": Key((int,), 1, "shortest word considered"),
}, fields=("word",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return {
        "find": _MODES[p["mode"]],
        "allow": {str(w).lower() for w in p["allow"]},
        "suffixes": tuple(str(s).lower() for s in p["allow_suffixes"]),
        "min_length": p["min_length"],
    }


@prepare.detector
def detect(doc, state):
    for start, end, word, is_name in state["find"](doc.text):
        low = word.lower()
        if is_name or len(word) < state["min_length"] or low in state["allow"]:
            continue
        if state["suffixes"] and low.endswith(state["suffixes"]):
            continue
        yield Hit(start, end, word, {"word": word})
