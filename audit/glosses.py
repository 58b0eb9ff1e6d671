"""Quoted glosses: English in quotation marks that a writer gives as the rendering of Chinese
shown beside it, or introduces as a literal or word-for-word rendering ('新质生产力 | xin zhi
shengchanli | "new quality productive forces"', 'literally "residence foundation land"', 'the
famous word-for-word rendering "horse horse tiger tiger"'). The words are cited on purpose, as a
dictionary or a translator's note cites them; an engine's output shows no Chinese beside its
English and does not call its own words literal.

Once a document has glossed words that way, the same words used again in it (the writer goes on
to discuss the phrase: 'When an official says the relevant departments are handling it...') are
cited too: ``glossed_phrases`` collects the document's short quoted glosses once, and
``repeats_gloss`` tells whether a span's words are one of them or inside one."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import cedict
from .cedict import HAN_CHAR
from .document import _WORD_RE  # the words ``Document.words`` counts, as calibration reads them
from . import re_programs
from .zipf import zipf_cached

# Double quotation marks and the single curly ones; a straight single quote is too often an
# apostrophe to open a quotation.
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019"}
# A cue before the opening mark, in the same sentence: the writer says the words are a rendering.
_CUE = re_programs.compile(r"\b(?:literal|literally|lit\.|word[- ]for[- ]word|word by word|rendering|rendered|renders|"
                           r"translat(?:es|ed|ing|ion|ions)|calque|gloss(?:ed|es)?|means|meaning)\b", re.IGNORECASE)
_SENTENCE_END = re_programs.compile(r"[.!?]\s")
# A cue after the closing mark, in the same sentence: the writer names the words a set phrase
# ('"Coal is our ballast stone," an official said, using a phrase favoured by planners').
_CUE_AFTER = re_programs.compile(r"\b(?:phrase|phrases|term|expression|slogan|formulation|metaphor|catchphrase|"
                                 r"buzzword|watchword|coinage|idiom|saying|proverb|maxim|adage|motto)\b", re.IGNORECASE)
# An explanation right after the closing mark (after a comma on either side of it, or a dash):
# the writer says what the quoted image means ('as "killing the chicken to scare the monkey", or punishing one
# person as a warning to others'; '"a single spark can start a prairie fire", a line borrowed
# from Mao'; '"killing the chicken to scare the monkey" — punishing one company to warn others':
# a dash, then a gerund, good34). "or" opens a gloss only before a gerund: before anything else it may join a list
# of quotations ('"A", "B", or "C"'); "line" only as an appositive that says whose line it is; an
# appositive that names the words a formula, a mantra or a slogan ('officials who "fail to act,
# dare not act or cannot act", a formula repeated at congresses': clean_fresh183; not "infant
# formula" later in the sentence).
_EXPLAINED_AFTER = re_programs.compile(
    r"(?:[,;:]|--|[\u2013\u2014])?[ \u00a0]*(?:(?:,|--|[\u2013\u2014])[ \u00a0]*)?(?:"
    r"or[ \u00a0]+(?:simply[ \u00a0]+|roughly[ \u00a0]+)?[a-z]+ing\b(?![ \u00a0]*[\"\u201c])"
    r"|(?:meaning|i\.e\.|that is(?: to say)?|in other words)\b"
    r"|(?:an?|the)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?line[ \u00a0]+(?:from|by|borrowed|taken|coined|attributed|made famous)\b"
    r"|(?:an?|the|one[ \u00a0]+of[ \u00a0]+the)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:formulas?|formulae|formulations?|mantras?|refrains?|slogans?|watchwords?)\b)")
# A dash, then a gerund and its object: the writer says what the quoted image does (good34:
# '"killing the chicken to scare the monkey" — punishing one company to warn others'). Not a
# preposition or noun in -ing ("— during the planting", "— according to the plan", "— nothing less").
_DASH_GERUND_AFTER = re_programs.compile(
    r"[ \u00a0]*(?:--|[\u2013\u2014])[ \u00a0]*"
    r"(?!(?:during|according|including|excluding|following|regarding|concerning|considering|notwithstanding|"
    r"pending|nothing|something|anything|everything|morning|evening|things?|spring|bring|string|ring|king|wing|"
    r"building|meeting|beginning|ceiling|sibling|darling|wedding|pudding|clothing|housing|funding|training|"
    r"timing|setting|being)\b)[a-z]+ing[ \u00a0]+[a-z]")
# Words right before the opening mark that give what follows as a name in use ('known as the
# "water army"', 'the so-called "dynamic clearing"', 'what officials call "look-back"'): the
# writer cites the phrase, as English about China glosses its coinages. Only right before the
# mark (an article between), not anywhere in the sentence: 'called' elsewhere is any verb.
_NAMED_BEFORE = re_programs.compile(r"\b(?:known|referred to|described|translated|rendered) as[ \u00a0]*,?[ \u00a0]*(?:the[ \u00a0]+|an?[ \u00a0]+)?$"
                                    r"|\b(?:so-called|dubbed|nicknamed|termed|called|calls|call|labelled|labeled|branded)"
                                    r"(?:[ \u00a0]+(?:it|them|this|that|these|those))?"
                                    r"[ \u00a0]*,?[ \u00a0]*(?:the[ \u00a0]+|an?[ \u00a0]+|its[ \u00a0]+|their[ \u00a0]+)?$",
                                    re.IGNORECASE)
# A romanised Chinese term right before the opening mark, joined to it by "or" or an opening
# bracket ('the term lanwei lou, or "rotten-tail buildings"', 'tang ping ("lying flat")'): the
# quotation renders the term, as English about China glosses pinyin (thirtieth round, good30).
_TERM_BEFORE = re_programs.compile(r"([A-Za-z]+(?:[ \u00a0-][A-Za-z]+){0,3})(?:,?[ \u00a0]+or|[ \u00a0]*[(\uff08])[ \u00a0]*$")


def _pinyin_term_before(text: str, lo: int, hi: int) -> bool:
    """Is the run of words that ends right before ``hi`` (before "or" or a bracket) pinyin: each
    word of it pinyin as a reading writes it and no common English word (Zipf below 4), two
    words at least or one rare in English ("lanwei lou", "tang ping", "hukou")?"""
    m = _TERM_BEFORE.search(text, lo, hi)
    if m is None:
        return False
    run = []
    for word in reversed(re.split(r"[ \u00a0-]", m.group(1).lower())):
        if not cedict.pinyin_word(word) or zipf_cached(word) >= 4.0:
            break
        run.append(word)
    return len(run) >= 2 or (len(run) == 1 and zipf_cached(run[0]) < 3.0)


# A quoted gloss is a term or a short phrase; a longer quotation is speech, whose words are not
# the subject of the text when they come back.
_MAX_GLOSS_WORDS = 8
_QUOTED = re_programs.compile(r'"([^"\n]{2,100})"|\u201c([^\u201d\n]{2,100})\u201d|\u2018([^\u2019\n]{2,100})\u2019')


_MARKS = "".join(sorted(set(_QUOTES) | set(_QUOTES.values())))  # every opening and closing mark
_MARK = re_programs.compile("[" + _MARKS + "]")


def _tables(doc):
    """Per-document positions read once (a long line with a quotation in every sentence asked
    each quotation to read its whole line again: minutes for a megabyte): the straight quotes,
    the ends of ``_SENTENCE_END`` matches, the lines that show Chinese characters, and the
    positions of each quotation mark (``_QUOTES``), in order."""
    tables = doc.cache.get("glosses")
    if tables is None:
        text = doc.text
        marks = {c: [] for c in _MARKS}
        for m in _MARK.finditer(text):
            marks[m.group()].append(m.start())
        tables = doc.cache["glosses"] = (marks['"'], [m.end() for m in _SENTENCE_END.finditer(text)], {}, marks)
    return tables


def _last_before(positions, lo: int, hi: int) -> int:
    """``text.rfind(mark, lo, hi)`` for a mark at ``positions`` (in order)."""
    i = bisect_left(positions, hi) - 1
    return positions[i] if i >= 0 and positions[i] >= lo else -1


def _first_from(positions, lo: int, hi: int) -> int:
    """``text.find(mark, lo, hi)`` for a mark at ``positions`` (in order)."""
    i = bisect_left(positions, lo)
    return positions[i] if i < len(positions) and positions[i] < hi else -1


def _quotation(text: str, start: int, end: int, line_start: int, line_end: int, straight=None, marks=None):
    """(opening, closing) of the nearest well-formed quotation around ``text[start:end]`` inside
    its line (``line_start``, ``line_end``), or None. Unlike ``pattern.in_partial_quote``, which
    judges only the nearest opening mark, a gloss may sit in any quotation that closes on its
    line. ``straight``: the positions of the text's straight quotes, in order; ``marks``: those of
    every quotation mark (``_tables``), so that a mark the line lacks is not looked for along the
    whole line once per span (a megabyte's line with a finding in every sentence: findings x
    length)."""
    best = None
    for opener, closer in _QUOTES.items():
        k = text.rfind(opener, line_start, start) if marks is None else _last_before(marks[opener], line_start, start)
        if k < 0:
            continue
        if opener == '"':
            before = (bisect_left(straight, k) - bisect_left(straight, line_start) if straight is not None
                      else text.count('"', line_start, k))
            if before % 2:
                continue  # an odd straight quote before it: this one closes a quotation
        if marks is None:
            closing = text.find(closer, end, line_end)
            between = text.find(closer, k + 1, start)
        else:
            closing = _first_from(marks[closer], end, line_end)
            between = _first_from(marks[closer], k + 1, start)
        if closing < 0 or between >= 0:
            continue
        if best is None or k > best[0]:
            best = (k, closing)
    return best


def cited_gloss(doc, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` lies inside a quoted gloss: a quotation on a line that
    shows Chinese characters, or one whose sentence calls it a rendering, literal or translated,
    or after it a phrase, term, slogan, saying or metaphor, or whose next words explain it, or
    that the words right before it give as a name in use ("known as", "so-called", "dubbed") or
    as the rendering of a pinyin term ('lanwei lou, or "rotten-tail buildings"')."""
    text = doc.text
    line_start, line_end = doc.line_at(start)[0], doc.line_at(end)[1]
    straight, ends, han, marks = _tables(doc)
    span = _quotation(text, start, end, line_start, line_end, straight, marks)
    if span is None:
        return False
    if (line_start, line_end) not in han:
        han[line_start, line_end] = HAN_CHAR.search(text, line_start, line_end) is not None
    if han[line_start, line_end]:
        return True
    # the sentence opens after the last "[.!?] " of the line before the quotation (matches of two
    # characters, which cannot overlap, so the document's list of their ends is the line's)
    k = bisect_right(ends, span[0]) - 1
    sentence = ends[k] if k >= 0 and ends[k] - 2 >= line_start else line_start
    if _CUE.search(text, sentence, span[0]) is not None:
        return True
    if _NAMED_BEFORE.search(text, max(sentence, span[0] - 40), span[0]) is not None:
        return True
    if _pinyin_term_before(text, max(sentence, span[0] - 40), span[0]):
        return True
    if _EXPLAINED_AFTER.match(text, span[1] + 1, line_end) is not None \
            or _DASH_GERUND_AFTER.match(text, span[1] + 1, line_end) is not None:
        return True
    after = _SENTENCE_END.search(text, span[1] + 2, line_end)
    return _CUE_AFTER.search(text, span[1], after.start() if after else line_end) is not None


def _words(text: str) -> str:
    return " ".join(w.lower() for w in _WORD_RE.findall(text))


def glossed_phrases(doc) -> frozenset:
    """The document's quoted glosses of at most eight words, lower-cased, as space-joined words."""
    found = set()
    for m in _QUOTED.finditer(doc.text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        words = _words(m.group(group))
        if words and words.count(" ") < _MAX_GLOSS_WORDS and cited_gloss(doc, m.start(group), m.end(group)):
            found.add(words)
    return frozenset(found)


def repeats_gloss(phrases, text: str) -> bool:
    """Whether the words of ``text`` are one of ``phrases`` (from ``glossed_phrases``) or a run of
    whole words inside one."""
    words = _words(text)
    return bool(words) and any(f" {words} " in f" {p} " for p in phrases)
