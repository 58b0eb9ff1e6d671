"""``capitalization``: ALL-CAPS ordinary words inside a sentence, sentences that start in
lower case, and one name written with two casings in a document."""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache

from . import check_choice, Hit, Key, register
from ..document import segment_sentences
from ..zipf import zipf_cached
from ..cedict import HAN_CHAR, pinyin_syllables
from .. import re_programs
from .capital_words import inside_capitals, matches_at, mostly_capitals
from .capital_names import _ADDRESS_MARK, _LETTER_RUN, _LINE_WORD, _WORD_AND_SPACES_END, letter_runs


# Patterns the functions below search with, compiled once (issue 13, speed33a: written inline,
# each went through ``re``'s cache of 512, which a check's own patterns and pysbd's turn over,
# and was compiled again after it dropped out).
_CHINA_WARE_BEFORE = re_programs.compile(r"\b(?:bone|fine|porcelain|blue-and-white)[ \u00a0]+$")
_LAST_WORD = re_programs.compile(r"[A-Za-z]+$")
_LOWER_WHOLE_WORD = re_programs.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# A web or e-mail address ("weather.gov/seattle", "www.example.com", "news@city.org"): its words
# are no ordinary writing of them (a blind clean set, issue 9, forty-sixth round); a pair written
# with a slash ("fast/slow") is ordinary writing.
_ADDRESS = re_programs.compile(r"\b(?:https?://|www\.)\S+|\S+@[\w-]+\.\S+|"
                               r"\b[\w-]+(?:\.[\w-]+)*\.(?:gov|com|org|net|edu|int|io|info|cn|uk|us|au|ca|hk|sg)"
                               r"(?:\.[a-z]{2})?(?:/\S*)?(?![\w-])")
_ORDINARY_FORM = re_programs.compile(r"\b[A-Za-z][a-z]+\b")
_SPACES_THEN_WORD = re_programs.compile(r"[ \u00a0]+([A-Za-z]+)")
_SPACE_RUN = re_programs.compile(r"[ \u00a0]+")
_SPACE_RUN_KEPT = re_programs.compile(r"([ \u00a0]+)")
_SURNAME_HE = re_programs.compile(r"\bHe[ \u00a0][A-Z][a-z]")


# Searches for a word the document gives at run time, made with ``str`` methods instead of a
# pattern compiled per word: ``re`` keeps 512 patterns, and a check compiles a few hundred of
# these per run, pushing out (and compiling again) the patterns of every other module as well
# (issue 13, speed33a; each proven against its pattern in tests/test_capital_searches.py).

def is_word_char(ch: str) -> bool:
    """Whether ``ch`` is a character ``\\w`` matches (``re``, a ``str`` pattern)."""
    return ch.isalnum() or ch == "_"


def in_word(ch: str) -> bool:
    """Whether ``ch`` is one of ``[\\w'’-]``: a character a word may hold."""
    return ch in "'’-" or ch.isalnum() or ch == "_"


# A comma, a semicolon or a dash after a word in capitals, then up to four lower-case words: where
# the voice takes the stressed word up again in lower case ("They are LOANS, and loans must be repaid").
_TAKEN_UP = re_programs.compile(r"(?:,|;|[ \u00a0]?[—–])[ \u00a0]+((?:[a-z]+[ \u00a0]+){0,3}[a-z]+)\b")


def _said_again_after(text: str, start: int, stop: int, low: str) -> bool:
    """Is the word ``low`` one of the first four words in lower case after a comma, a semicolon or
    a dash at ``start``, before ``stop`` (the stressed word taken up again)?"""
    m = _TAKEN_UP.match(text, start, stop)
    return bool(m) and low in m.group(1).split()


def said_before(window: str, low: str) -> bool:
    """``re.search(r"\\b" + re.escape(low) + r",?[ \\u00a0]+$", window) is not None`` for a
    word ``low`` that starts and ends with a letter: ``low``, a comma or not, and spaces end the
    window (or stand before a line break that ends it)."""
    ends = [len(window)]
    if window.endswith("\n"):
        ends.append(len(window) - 1)  # ``$`` before a final line break
    for end in ends:
        k = end
        while k > 0 and window[k - 1] in " \u00a0":
            k -= 1
        if k == end:
            continue  # no space before the end
        for stop in ((k - 1, k) if window[k - 1] == "," else (k,)):
            start = stop - len(low)
            if start >= 0 and window.startswith(low, start) and (start == 0 or not is_word_char(window[start - 1])):
                return True
    return False


def word_then(text: str, word: str, tail: str) -> bool:
    """``re.search(r"(?<![\\w'’-])" + re.escape(word) + r"[ \\u00a0]+" + re.escape(tail), text)
    is not None`` for a non-empty ``word``: ``word`` after no character of a word, spaces, then
    ``tail`` (after any number of the spaces, as the pattern may give some back)."""
    n, size = len(word), len(text)
    at = text.find(word)
    while at >= 0:
        if at == 0 or not in_word(text[at - 1]):
            k = at + n
            while k < size and text[k] in " \u00a0":
                k += 1
                if text.startswith(tail, k):
                    return True
        at = text.find(word, at + 1)
    return False


def whole_word_count(text: str, word: str, most: int = -1) -> int:
    """``len(re.findall(r"(?<![\\w'’-])" + re.escape(word) + r"(?![\\w'’-])", text))`` for a
    non-empty ``word``, counted up to ``most`` (-1: all): the uses of ``word`` with no character
    of a word on either side, each found after the end of the last, as ``findall`` finds them."""
    n, size = len(word), len(text)
    count = 0
    at = text.find(word)
    while at >= 0 and count != most:
        if (at == 0 or not in_word(text[at - 1])) and (at + n == size or not in_word(text[at + n])):
            count += 1
            at = text.find(word, at + n)
        else:
            at = text.find(word, at + 1)
    return count


@lru_cache(maxsize=1024)
def _compiled(pattern: str, flags: int = 0):
    """A pattern made from a document's words, compiled once a process (``re``'s own cache of
    512 is shared with every module and with pysbd, and turns over within one run)."""
    return re.compile(pattern, flags)

# Guards against the character before a match are checked after its first letter or digit
# (``[A-Z](?<![\w&/.-][A-Z])``): the same matches, and the engine skips to candidate
# characters in C (tests/test_number_patterns.py checks them against the plain forms).
_CAPS = re_programs.compile(r"([A-Z](?<![\w&/.@-][A-Z])[A-Z]+(?:-[A-Z]{2,})*)(?![\w&/@-]|\.\w)")
_LOWER_AFTER_STOP = re_programs.compile(r"[.!?][\"”’')\]]?\s+(?=[a-z])")
# The second word in a lookahead, so "Later Wen ku" yields both "Later Wen" and "Wen ku". (The
# first word is consumed, its guard checked after its capital: the same start and groups as
# ``\b(?=([A-Z][a-z]+)[ \u00a0]+([A-Za-z][a-z]+)\b)``, whose matches are empty, found faster.)
_TITLE_PAIR = re_programs.compile(r"([A-Z](?<!\w[A-Z])[a-z]+)(?=[ \u00a0]+([A-Za-z][a-z]+)\b)")
# A news dateline opens a paragraph: "BEIJING, July 10 (Xinhua) --", "SHENZHEN, China, March 3 —",
# "WASHINGTON (AP) —", "HONG KONG —", "HONG KONG/SHANGHAI, Feb. 18 --". The place names are in
# capitals by convention, accented letters too ("SÃO PAULO —", "BOGOTÁ, Colombia —").
_DATELINE = re_programs.compile(
    # a caption's number or a bullet may open the line: "5. LONDON — A Yeoman Warder ..."
    r"[ \t\u00a0]*(?:(?:\d{1,3}[.)]|[-*•])[ \t\u00a0]+)?(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-ÞĀ-Ž'’.-]+[ \u00a0/]?){1,4}"
    r"(?:,[ \u00a0]*[A-Z][\w.'’ -]{0,30}?){0,2}"
    r"(?:,?[ \u00a0]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+\d{1,2}(?:,[ \u00a0]*\d{4})?"
    r"|\d{1,2}[ \u00a0]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:[ \u00a0]+\d{4})?))?"
    r"[ \u00a0]*(?:\([^()\n]{1,40}\)[ \u00a0]*)?(?:--|—|–|-|:)"
)
# A roundup's scoreline opening its paragraph, each team in capitals before its score ("CELTICS
# 122, WIZARDS 104: Jayson Tatum scored", "No. 5 DUKE 78, NORTH CAROLINA 70 (OT):"): the agencies'
# sports style, capitals by convention (issue 9, round 43: clean_formats43).
_SCORELINE = re_programs.compile(
    r"[ \t\u00a0]*(?:(?:No\.|#)[ \u00a0]*\d{1,2}[ \u00a0]+)?(?:[A-Z0-9][A-Z0-9'’.&-]*[ \u00a0]+){1,4}\d{1,3},[ \u00a0]+"
    r"(?:(?:No\.|#)[ \u00a0]*\d{1,2}[ \u00a0]+)?(?:[A-Z0-9][A-Z0-9'’.&-]*[ \u00a0]+){1,4}\d{1,3}"
    r"(?:,?[ \u00a0]+\(?\d?OT\)?|,?[ \u00a0]+\(?(?:aet|pens?)\)?)?[ \u00a0]*[:.—–-]"
)
# A picture credit closing a caption, the agency and the photographer in capitals after its slash
# ("... in Tokyo. EPA-EFE/FRANCK RICHARD", "(AFP PHOTO/JOHN BAKER)"): the agencies' style, a name.
_CREDIT_BEFORE = re_programs.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Z]+)?(?:[ \u00a0]+PHOTO)?[ \u00a0]*/[ \u00a0]*(?:[A-Z][A-Z'’.-]*[ \u00a0]+){0,3}$")
_CREDIT_END = re_programs.compile(r"(?:[ \u00a0]+[A-Z][A-Z'’.-]*){0,3}[ \u00a0]*\)?[ \u00a0]*$")
# The first words of a story set in capitals, as popular papers open one ("SHOPPERS are in for",
# "A FAMILY of five spent"): up to three words in capitals at a paragraph's start, lower case after.
# A byline on the line before ("By Tom Hedley"): the next line opens the story, whose first word a
# popular paper sets in capitals, an article too ("THE family butchers behind"; detect44a).
_BYLINE_BEFORE = re_programs.compile(r"(?:^|\n)[ \t]*By[ \u00a0]+[A-Z][\w'’.-]*(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w'’.-]*){0,5}"
                                     r"[ \t]*\n[ \t]*\n?[ \t]*$")
_LEAD_IN = re_programs.compile(r"(?:(?:A|An|The)[ \u00a0]+)?(?:[A-Z][A-Z'’-]+[ \u00a0]+){0,2}[A-Z][A-Z'’-]+(?=[ \u00a0]+[a-z])")
# ... or quoted from a sign, a word or a spelling: "The sign read NO ENTRY", "the word SALE"
_NAMED_BEFORE = re_programs.compile(r"\b(?:known as|called|named|dubbed|code-?named|titled|entitled|reads?|reading|spells?|spelt|"
                                    r"spelled|spelling|the words?|marked|labell?ed|stamped|printed|painted|emblazoned with|"
                                    r"acronyms?|abbreviations?|initialisms?|mnemonics?|"
                                    # a name given after a naming verb or a noun that introduces one: a ship
                                    # "renamed"/"the name", a share's "ticker", a "code", an "exercise", a
                                    # "charity" or a "band"; words sung or chanted ("chanted NO MORE WAR")
                                    r"renamed|re-named|the name|tickers?|ticker symbol|symbol|codes?|exercises?|"
                                    r"charity|band|chant(?:s|ed|ing)?(?: of)?|sang|sung|sing(?:s|ing)?)[ \u00a0]+"
                                    r"(?:[A-Z][A-Z'’-]*[ \u00a0]+){0,3}$",
                                    re.IGNORECASE)
# Another word in capitals listed beside this one (a comma or a slash between them).
_CAPS_LISTED_BEFORE = re_programs.compile(r"\b[A-Z][A-Z'’-]+[ \u00a0]*[,/][ \u00a0]*$")
# Another word in capitals before this one and "from": a rating or a grade changed ("a BUY, up from HOLD").
_CAPS_FROM_BEFORE = re_programs.compile(r"\b[A-Z][A-Z'’-]+,?[ \u00a0]+(?:(?:up|down|upgraded|downgraded|raised|cut)[ \u00a0]+)?from[ \u00a0]+$")
# A study or a trial named after its acronym or word in capitals ("the RECOVERY trial").
_TRIAL_AFTER = re_programs.compile(r"(?:[ \u00a0]+[A-Z][A-Z'’-]+)*[ \u00a0]+(?:trials?|study|studies)\b")
# A quotation introduced by a colon or a verb of writing ('wrote: "The Fake News is working
# OVERTIME"'): the words of a post or a notice, set as their writer set them.
_QUOTE_OPENED = re_programs.compile(r"(?::|\b(?:wrote|posted|tweeted|typed))[ \u00a0]*[\"“][^\"“”]*$")
_QUOTE_CLOSED = re_programs.compile(r"[^\"“”]*[\"”]")
# How far a quoted post is read back and on from a word in capitals: a bound, so that a line of
# many such words is read in time linear in its length (a quotation longer is rare in news).
_QUOTE_REACH = 400
_CAPS_LISTED_AFTER = re_programs.compile(r"[ \u00a0]*[,/][ \u00a0]*[A-Z][A-Z'’-]+\b")
# A word in capitals quoted alone: the quotation marks around it, a comma or full stop inside.
_OPEN_QUOTES = ("\"", "“", "‘", "'")
_CLOSE_QUOTE_AFTER = re_programs.compile(r"[,.!?]?[\"”’']")
_INITIAL_BEFORE = re_programs.compile(r"(?:^|(?<=[\s(\"“]))[A-Z]\.$")  # one capital letter and its stop
# "per cent." is an abbreviation in British bond and legal documents ("5.25 per cent. guaranteed
# notes", "101 per cent. of their principal amount").
_ABBREV_BEFORE = re_programs.compile(r"(?:\b(?:e\.g|i\.e|etc|vs|cf|approx|incl|max|min|avg|est|no|nos|fig|p|pp|vol|ch|sec|ca|a\.m|p\.m|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|per cent)|\.\.)\.$", re.IGNORECASE)


@register("capitalization", {
    "mode": Key((str,), doc="all_caps | sentence_start | name_case | mid_sentence | title_run | lower_name | pinyin_name | generic_noun | name_letters | title_before_name | lower_phrase | case_variant | after_mark | lower_body | given_lower | common_after_the | capital_once"),
    "min_length": Key((int,), 4, "all_caps: shortest word considered (acronyms are short)"),
    "min_zipf": Key((int, float), 3.0, "all_caps: how common (Zipf scale) the lower-case word must be"),
    "common_zipf": Key((int, float), 4.5, "all_caps: above this a word is flagged without further evidence"),
    "allow": Key((list,), [], "words never flagged (AIDS, OPEC, ...)"),
    "long_word": Key((int,), 7, "all_caps: a word this long written in lower case elsewhere is flagged beside a name"),
    "short_words": Key((list,), [], "all_caps: words shorter than min_length flagged between lower-case words (NEW, BIG)"),
    "opening_words": Key((list,), [], "all_caps: words shorter than min_length flagged where they open a sentence or a "
                                      "quotation before two lower-case words (THE, ALL)"),
    "max_run": Key((int,), 3, "all_caps: longest run of capitals words judged as ordinary words"),
    "function_words": Key((list,), [], "mid_sentence: function words flagged when capitalised between lower-case words"),
    "names": Key((list,), [], "lower_name: names English always capitalises (countries, nationalities, days, months); "
                              "name_letters: names as their owners spell them (WeChat, BYD)"),
    "places": Key((bool,), False, "lower_name: also China's provinces and large cities, and the CC-CEDICT places "
                                  "the document writes with a capital elsewhere"),
    "surnames": Key((list,), [], "pinyin_name: Chinese family names in pinyin (a name's first word)"),
    "titles": Key((list,), [], "pinyin_name: titles and forms of address before a person's name (premier, mr); "
                               "title_before_name: formal titles capitalised before a name (president, premier)"),
    "place_nouns": Key((list,), [], "pinyin_name: nouns after a place's name that say what it is (county, river)"),
    "phrases": Key((list,), [], "lower_phrase: names of English words never written in lower case (great wall); "
                                "generic_noun: policy terms news English writes in lower case (common prosperity)"),
}, fields=("word", "other"))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return {**p, "allow": {str(w).lower() for w in p["allow"]}, "short_words": {str(w).lower() for w in p["short_words"]},
            "opening_words": {str(w).lower() for w in p["opening_words"]},
            "names": (frozenset(str(w).lower() for w in p["names"]) if p["mode"] != "name_letters"
                      else {str(w).lower(): str(w) for w in p["names"]}),
            "function_words": frozenset(str(w).lower() for w in p["function_words"]),
            "surnames": frozenset(str(w).lower() for w in p["surnames"]),
            "titles": frozenset(str(w).lower() for w in p["titles"]),
            "place_nouns": frozenset(str(w).lower() for w in p["place_nouns"]),
            "phrases": frozenset(" ".join(str(w).split()) if p["mode"] == "lower_phrase" else " ".join(str(w).lower().split())
                                 for w in p["phrases"])}


_SPACES = re_programs.compile(r"\s*")
# A phone number spelt with a word: a calling verb, then a digit group right before the word.
_PHONE_BEFORE = re_programs.compile(r"\b(?:call|calling|phone|ring|dial|text|SMS|hotline|helpline|line)\s+(?:on\s+)?\d[\d -]{0,8}[ -]$",
                                    re.IGNORECASE)
_NEAR = 64  # characters looked at for the words beside a capitalised word
_LOWER_WORD = re_programs.compile(r"[a-z][\w'’-]*")


# Three or more words in capitals, short ones counted, opening a quotation or a sentence before
# the word: a message set in capitals ('"THIS IS A TEST of the State Emergency Alert System."';
# issue 9, eighteenth round, clean_fresh142).
_SHOUTED_OPENING = re_programs.compile(r"(?:^|(?<=[\"“‘'])|(?<=[.!?:][ ]))(?:[A-Z]+[ ]){3,}$")


# A word in capitals that a person speaks to ("tells PEOPLE", "talks to PEOPLE", "sat down with
# PEOPLE"): an outlet or a body that writes its name so, wherever the document writes it so again
# ("PEOPLE can exclusively confirm"; detect44a, a clean set's magazine stories).
_ADDRESSED_CAPS = re_programs.compile(r"\b(?:tells?|told|telling|(?:talks?|talked|talking|speaks?|spoke|speaking)[ \u00a0]to|"
                                      r"(?:sat|sits|sit|sitting)[ \u00a0]down[ \u00a0]with)[ \u00a0]+([A-Z]{4,})\b(?![-'’]?[a-z])"
                                      # not the people told to do something ("told VILLAGERS to leave")
                                      r"(?![ \u00a0]+to[ \u00a0]+[a-z])")


_CAPS_TOKEN = r"[A-Z][A-Z'’-]*[A-Z]"  # a word in capitals, two letters or more (a notice's words)
_CAPS_WORD = re_programs.compile(r"\b" + _CAPS_TOKEN + r"\b")


def _bulletin_words(text: str) -> frozenset:
    """The pairs of words next to each other in the lines set wholly in capitals, four words or
    more, after the document's first line (a headline): a notice, warning or bulletin the
    document quotes as issued ("...WINTER STORM WARNING IN EFFECT FROM 4 AM FRIDAY..."; a blind
    clean set's weather story, issue 9, forty-sixth round). A run of capitals inside a sentence
    that repeats such a pair names what the notice names; a single word does not (a subhead in
    capitals clears none of its words: a second reading)."""
    words = set()
    first = True
    for line in text.split("\n"):
        if not line.strip():
            continue
        if first:
            first = False
            continue
        caps = _CAPS_WORD.findall(line)
        if len(caps) >= 4 and mostly_capitals(line):
            words.update(m.group(1, 2) for m in _CAPS_PAIR.finditer(line))
    return frozenset(words)


_CAPS_PAIR = re_programs.compile(r"\b(" + _CAPS_TOKEN + r")[ \u00a0]+(?=(" + _CAPS_TOKEN + r")\b)")
_NEXT_CAPS = re_programs.compile(r"[ \u00a0]+(" + _CAPS_TOKEN + r")\b")
_PREV_CAPS = re_programs.compile(r"\b(" + _CAPS_TOKEN + r")[ \u00a0]+$")
# A term in capitals defined where it stands: "A WATCH means that conditions are favorable",
# "An ADVISORY means ..." (a notice's grades, as the agency sets them).
_DEFINED_AFTER = re_programs.compile(r"[ \u00a0](?:means|is[ \u00a0]defined[ \u00a0]as|refers[ \u00a0]to)\b")
_ARTICLE_OPENING = re_programs.compile(r"(?:^|[.!?][ \u00a0]+|\n)(?:A|An|The)[ \u00a0]+$")


def _in_bulletin_pair(text: str, start: int, end: int, pairs: frozenset) -> bool:
    """Whether the word in capitals at ``text[start:end]`` and the word in capitals next to it
    make a pair of ``pairs`` (``_bulletin_words``)."""
    word = text[start:end]
    after = _NEXT_CAPS.match(text, end)
    if after and (word, after.group(1)) in pairs:
        return True
    before = _PREV_CAPS.search(text, max(0, start - 40), start)
    return bool(before and (before.group(1), word) in pairs)


def _all_caps(doc, state):
    text = doc.text
    addressed = frozenset(m.group(1) for m in _ADDRESSED_CAPS.finditer(text))
    ordinary = None  # how the document writes words in ordinary case: {"shenzhen": {"Shenzhen"}}
    named = None  # words in capitals that the document uses inside a name somewhere
    shouted = {}
    bulletin = None  # ``_bulletin_words(text)``: asked once, when a word first reaches that test
    done = -1  # end of the last run of capitals judged as a whole
    for m in _CAPS.finditer(text):
        if m.start() < done:
            continue
        line_start, line_end = doc.line_at(m.start())
        if line_start not in shouted:
            # A headline or a shouted line: case is a style choice there.
            shouted[line_start] = mostly_capitals(text[line_start:line_end])
        if shouted[line_start]:
            continue
        word = m.group(1)
        parts = word.split("-")
        low = word.lower()
        if low in state["allow"] or any(p.lower() in state["allow"] for p in parts):
            continue
        if word in addressed:
            continue  # "tells PEOPLE": an outlet's name in its own capitals, here and wherever it stands
        if bulletin is None:
            bulletin = _bulletin_words(text)
        if bulletin and _in_bulletin_pair(text, m.start(1), m.end(1), bulletin):
            continue  # "issue HIGH WIND WARNING for coast" under "...HIGH WIND WARNING IN EFFECT...": the
            #           document quotes a notice in capitals, and names its words as the notice does
        if _DEFINED_AFTER.match(text, m.end(1)) and _ARTICLE_OPENING.search(text, max(0, m.start(1) - 6), m.start(1)):
            continue  # "A WATCH means that ...": a term in capitals, defined where it stands
        opening = False
        if len(parts) == 1 and len(word) < state["min_length"]:
            opening = low in state["opening_words"] and _opens_before_lower(text, m.start(1), m.end(1), line_start, line_end)
            if not opening and not (low in state["short_words"]
                                    and _between_lower_words(text, m.start(1), m.end(1), line_start, line_end)):
                continue  # short words in capitals are mostly acronyms; `short_words` lists the common ones
        dropped = None
        if len(parts) == 1 and not opening:
            # Every check from here to the frequency test only drops a word: one the frequency
            # test drops, in no run of capitals, is skipped at once (a one-line document of
            # 1 MB repeats such words tens of thousands of times). The same verdicts.
            if ordinary is None:
                ordinary = _ordinary_forms(text)
            dropped = _dropped_by_frequency(text, m, word, low, state, ordinary, line_start, line_end)
            if dropped and _caps_run(text, m.start(), m.end(), line_start, line_end) is None:
                continue
        segment = clause_window(text, m.start(1), m.end(1), line_start, line_end)
        if len(segment.split()) >= 3 and mostly_capitals(segment):
            continue  # '"NEITHER, IN THE END, DO THE READERS."': a sentence quoted in capitals
        if text[m.start() - 1:m.start()] in ("(", "[") and text[m.end():m.end() + 1] in (")", "]"):
            continue  # "(MUSIC)", "[APPLAUSE]": a stage direction, not a word in a sentence
        if said_before(text[max(line_start, m.start() - len(word) - 3):m.start()], low):
            continue  # "really, REALLY wants", "please, PLEASE ask": a word said again louder, for emphasis
        if _said_again_after(text, m.end(), min(line_end, m.end() + 40), low):
            continue  # "They are LOANS, and loans must be repaid": the stressed word taken up again (detect44a)
        if text[m.start() - 1:m.start()] in _OPEN_QUOTES and _CLOSE_QUOTE_AFTER.match(text, m.end()):
            continue  # 'watermarked "RETRACTED"': a word quoted alone, as a stamp or a sign shows it
        if m.start() == line_start and _LABEL_AFTER.match(text, m.end(), line_end):
            continue  # "UPDATE 2-Dockworkers ...", "UPDATE, 10.20am:": a label opening the line
        if text[m.end():m.end() + 1] == ":" and _AFTER_SENTENCE.search(text, max(line_start, m.start() - 4), m.start()):
            continue  # "... three years. PHOTO: ITE": a caption's label after a sentence (issue 9, seventeenth round)
        if text[m.end():m.end() + 1] == "!" and text[m.start() - 1:m.start()] in ("", " ", "\n", "\"", "“", ":"):
            continue  # "77 min: GOAL!": a shouted exclamation, capitals by choice
        if m.start() - line_start <= 4:
            lead = _LEAD_IN.match(text, line_start, line_end)
            if lead and m.end() <= lead.end() and text.count("\n\n", 0, line_start) <= 4 and (
                    len(word) >= 4 and low not in state["opening_words"]
                    or _BYLINE_BEFORE.search(text, max(0, line_start - 80), line_start)):
                continue  # "A FAMILY of five spent ...": a story's first words set in capitals; after
                #           a byline even a short first word ("By Tom Hedley" / "THE family butchers")
        if m.start() - line_start < 60:
            dateline = _DATELINE.match(text, line_start, line_end)
            if dateline and dateline.end() > m.start():
                continue  # "BEIJING, July 10 (Xinhua) --": a dateline, capitals by convention
        if _CREDIT_BEFORE.search(text, max(line_start, m.start() - 60), m.start()) \
                and _CREDIT_END.match(text, m.end(), line_end):
            continue  # "EPA-EFE/FRANCK RICHARD": a picture credit closing its caption, a photographer's name
        if m.start() - line_start < 80:
            scoreline = _SCORELINE.match(text, line_start, line_end)
            if scoreline and scoreline.end() > m.start():
                continue  # "KNICKS 98, HEAT 91: Jalen Brunson scored": a roundup's scoreline, teams in capitals
        if _SHOUTED_OPENING.search(text, max(line_start, m.start() - 40), m.start()):
            continue  # '"THIS IS A TEST of the alert system."': a message opening in capitals, short words too
        if _CAPS_LISTED_BEFORE.search(text, max(line_start, m.start() - 40), m.start()) \
                or _CAPS_LISTED_AFTER.match(text, m.end(), line_end):
            continue  # "FAIR, CHANGE, STORMY", "YES/NO": words of a sign or a form, listed in capitals
        if _NAMED_BEFORE.search(text, max(line_start, m.start() - 60), m.start()):
            continue  # "a study known as SENIOR-PREVENT", "The sign read NO ENTRY", "the acronym FAST": a name or a quoted word
        if _CAPS_FROM_BEFORE.search(text, max(line_start, m.start() - 40), m.start()):
            continue  # "a BUY, up from HOLD": an analyst's rating changed, both in capitals
        if _TRIAL_AFTER.match(text, m.end(), line_end):
            continue  # "the RECOVERY trial": a trial or a study named by its word in capitals
        if _QUOTE_OPENED.search(text, max(line_start, m.start() - _QUOTE_REACH), m.start()) \
                and _QUOTE_CLOSED.match(text, m.end(), min(line_end, m.end() + _QUOTE_REACH)):
            continue  # 'wrote: "The Fake News is working OVERTIME"': a post or a notice quoted as written
        if _CONTRAST_AFTER.match(text, m.end(), line_end) or _WH_CLAUSE_AFTER.match(text, m.end(), line_end):
            continue  # "a LOAN, not a gift", "knew EXACTLY what": a voice's stress on a contrast or a clause
        run = _caps_run(text, m.start(), m.end(), line_start, line_end)
        if run is not None:
            done = run[1]
            hit = _ordinary_run(text, run, state, line_start, line_end)
            if hit is not None and _SCHEME_AFTER_RUN.match(text, run[1], line_end):
                continue  # "the NEXT GENERATION recovery plan": a plan's or a campaign's name in its own capitals
            if hit is not None:
                if ordinary is None:
                    ordinary = _ordinary_forms(text)
                words = _SPACE_RUN_KEPT.split(text[run[0]:run[1]])
                fix = "".join(w if not w.strip() else _ordinary_case(w, ordinary.get(w.lower(), ())) for w in words)
                yield Hit(run[0], run[1], fix, {"word": text[run[0]:run[1]]})
            continue  # "CGTN NEWS", "NEW YORK TIMES": a name or heading set in capitals
        if _PHONE_BEFORE.search(text, max(line_start, m.start() - 40), m.start()):
            continue  # "call 13 HEALTH (13 43 25 84)", "dial 1-800-FLOWERS": a phone word
        if _NAME_AFTER.match(text, m.end(), line_end):
            continue  # "the CHIPS and Science Act": capitals inside a proper name
        if _BRAND_BEFORE.search(text, max(line_start, m.start() - 40), m.start()):
            continue  # "HarmonyOS NEXT", "iPhone AIR": a product's own capitals after its mixed-case name
        if _PROTOCOL_AFTER.match(text, m.end(), line_end):
            continue  # "a crafted HTTP request", "repeated POST requests": a protocol or its method
        if (len(word) <= 4 and _THE_BEFORE.search(text, max(line_start, m.start() - 16), m.start())
                and _PLACE_OR_SCHEME_AFTER.match(text, m.end(), line_end)):
            continue  # "the SITE area", "the CARE scheme": a short acronym naming a place or a scheme
        if _INDEX_AFTER.match(text, m.end(), line_end):
            continue  # "the STAR 50 index", "the CSI 300 Index": a market index's name
        if len(parts) > 1:
            # "HIGH-QUALITY", "PEOPLE-CENTERED": a compound of ordinary words, each too long for
            # an acronym ("WHO-CHINA") and common (Zipf 4 and more: "FLUX-DATA" is a brand), one
            # of them common enough to be flagged alone.
            zipfs = [zipf_cached(p.lower()) for p in parts]
            if min(len(p) for p in parts) < state["min_length"] or min(zipfs) < 4.0 or max(zipfs) < state["common_zipf"]:
                continue
            if ordinary is None:
                ordinary = _ordinary_forms(text)
            fix = "-".join(_ordinary_case(p, ordinary.get(p.lower(), ())) for p in parts)
            yield Hit(m.start(1), m.end(1), fix, {"word": word})
            continue
        if dropped is None:
            if ordinary is None:
                ordinary = _ordinary_forms(text)
            dropped = _dropped_by_frequency(text, m, word, low, state, ordinary, line_start, line_end)
        if dropped:
            continue
        if _INITIAL_THEN_SPACE.search(text, max(line_start, m.start() - 4), m.start()):
            continue  # "HARLAN E. CABLE, 1929-1968": a surname after an initial, a name in capitals
        if named is None:
            named = _named_caps(text)
        if word in named:
            continue  # "The STAR 50 index" beside "the STAR Market", "Tokamak (EAST)": the document's name for it
        if ordinary is None:
            ordinary = _ordinary_forms(text)
        fix = _ordinary_case(word, ordinary.get(low, ()))
        if opening:
            fix = fix[0].upper() + fix[1:]  # "THE hard part" -> "The hard part": it opens its sentence
        yield Hit(m.start(1), m.end(1), fix, {"word": word})


# Capitalised words beside a word in capitals that are no given name: a determiner or a
# preposition opening its sentence or quotation ('"The SOIL here used to be white"').
_NO_GIVEN_NAME = frozenset({"the", "a", "an", "this", "that", "these", "those", "our", "its", "their", "his", "her",
                            "my", "your", "every", "each", "some", "any", "all", "no", "in", "on", "at", "for",
                            "of", "by", "from", "to", "with", "and", "but", "or", "if", "when", "now", "so"})


def _dropped_by_frequency(text, m, word, low, state, ordinary, line_start, line_end):
    """Does ``_all_caps`` drop the one-part word in capitals ``m`` for its frequency: an
    acronym (rare), or a moderately common word this document never writes in ordinary case,
    or one beside a capitalised word? ``ordinary``: ``_ordinary_forms(text)``."""
    zipf = zipf_cached(low)
    # "while RECYCLABLE paper": a long word between lower-case words, no determiner before
    # it, is no acronym even when it is rare (issue 9, eleventh round)
    long_between = (len(word) >= _LONG_CAPS and zipf >= _LONG_CAPS_ZIPF and low.endswith(_DERIVED)
                    and _between_lower_words(text, m.start(1), m.end(1), line_start, line_end)
                    and _LOWER_WORD_AFTER.match(text, m.end(1), line_end)
                    and not (_DETERMINER_BEFORE.search(text, max(line_start, m.start() - 12), m.start())
                             and not low.endswith(_ADJECTIVE_DERIVED)))
    if zipf < state["min_zipf"] and not long_between:
        return True  # an acronym: MIIT, SMM
    if long_between:
        pass
    elif zipf < state["common_zipf"]:
        # Moderately common words are often names or acronyms too (LISA, LIU, WANG). A word of five
        # letters or more that CC-CEDICT's glosses write in lower case (``_common_word``: "canteen",
        # "supervision", no surname) counts as common between lower-case words too (issue 9,
        # twentieth round), except in a document that sets its operative verbs in capitals.
        # Flag them only when this document also writes them in ordinary case and no
        # given name stands beside them ("Frank LIU", "LIU Xiaolei"); a long word written
        # in lower case elsewhere is no surname ("the Shenzhen INNOVATION centre").
        if ((zipf >= _COMMON_BETWEEN or _common_word(low) and not _operative_capitals(text)) and len(word) >= 5
                and _between_lower_words(text, m.start(1), m.end(1), line_start, line_end)
                and _LOWER_WORD_AFTER.match(text, m.end(1), line_end)
                and not (_DEFINITE_BEFORE if low.endswith(_ADJECTIVE_ENDINGS) else _DETERMINER_BEFORE).search(
                    text, max(line_start, m.start() - 12), m.start())):
            pass  # "the price is STABLE at": a common word between lower-case words is no name
            #       ("the JUICE mission", "the BILLY bookcase": after a determiner, a name)
        elif len(word) >= 5 and _common_word(low) and _caps_heads_phrase(text, m.start(1), m.end(1), line_start, line_end):
            pass  # "the HARVEST was", "had DOUBLED compared": a head noun or a verb by its place (caps8)
        elif low not in ordinary:
            return True
        elif len(word) < state["long_word"] or not any(f.islower() for f in ordinary[low]):
            # A bounded window each side: slicing to the line's ends costs the line per word.
            prev_word = _LAST_WORD.search(text[max(line_start, m.start() - _NEAR):m.start()].rstrip())
            next_word = _LETTER_RUN.match(text[m.end():min(line_end, m.end() + _NEAR)].lstrip())
            if any(w and w.group()[0].isupper() and w.group()[1:].islower() and w.group().lower() not in _NO_GIVEN_NAME
                   for w in (prev_word, next_word)):
                return True
    elif (_SCHEME_NOUN_AFTER.match(text, m.end(), line_end) and not any(f.islower() for f in ordinary.get(low, ()))
          and _after_name_word(text, m.start(), line_start)):
        return True  # "the council's Riverside WATCH scheme": a scheme's name in its own capitals
    return False


# A contrast after a word in capitals ("a LOAN, not a gift", "a MARATHON, rather than a sprint"),
# and a clause it stresses ("knew EXACTLY what was at stake", "said PRECISELY how"): a voice's
# stress, as English sets it in capitals; MT's capitals stand before a noun, a verb's object or
# a figure (issue 9, thirty-sixth round: none of all-caps-word's finds on the development sets
# stands so).
_CONTRAST_AFTER = re_programs.compile(r",?[ \u00a0]+(?:not|never|rather[ \u00a0]+than|instead[ \u00a0]+of)[ \u00a0]+(?:a|an|the|just|only|[a-z]+ly)?\b")
_WH_CLAUSE_AFTER = re_programs.compile(r"[ \u00a0]+(?:what|how|why|whether)\b")
# A run of capitals before the noun of a plan, a programme or a campaign, up to two lower-case
# words between ("the NEXT GENERATION recovery plan", "the SAFE ROADS campaign"): its name.
_SCHEME_AFTER_RUN = re_programs.compile(r"(?:[ \u00a0]+[a-z]+){0,2}?[ \u00a0]+(?:plan|plans|scheme|schemes|programme|programmes|"
                                        r"program|programs|project|projects|initiative|campaign|campaigns|strategy|"
                                        r"operation|drive|appeal)\b")


# A scheme, a campaign or a prize after its name, and a capitalised word that does not open its
# sentence, with what stands before it.
_SCHEME_NOUN_AFTER = re_programs.compile(r"[ \u00a0]+(?:scheme|programme|program|project|initiative|campaign|fund|"
                                         r"network|award|prize|festival|challenge|partnership|alliance)s?\b")
_NAME_WORD_BEFORE = re_programs.compile(r"(?:^|(.)[ \u00a0]*)\b([A-Z][a-z]{2,})[ \u00a0]+$")


def _after_name_word(text, start, line_start) -> bool:
    """Does a capitalised word that is no sentence's first word and no determiner or
    preposition stand just before ``start`` ("Riverside WATCH")? A common word in capitals
    there, before the noun of a scheme or a campaign and never written in lower case in the
    document, is part of the scheme's name set in its own style; "the Shenzhen INNOVATION
    project" in a story that writes "innovation" elsewhere, and "the Provincial GOVERNMENT
    said", are still slips (issue 9, twenty-fifth round, from a blind clean set)."""
    m = _NAME_WORD_BEFORE.search(text, max(line_start, start - _NEAR), start)
    if m is None or m.group(2).lower() in _NO_GIVEN_NAME:
        return False
    before = m.group(1)
    return before is not None and before not in ".!?:;\"\u201c\u2018'([" and m.start(2) > line_start


# A paragraph of a resolution or of a council's conclusions opening on its verb in capitals
# ("1. RECALLS that", "3. WELCOMES the progress"): such a document sets its operative verbs in
# capitals inside paragraphs too ("and therefore INVITES the Commission").
_OPERATIVE_OPENING = re_programs.compile(r"^[ \t]*(?:\d{1,3}\.[ \t]*)?[A-Z]{4,}S\b", re.MULTILINE)


@lru_cache(maxsize=4)
def _operative_capitals(text) -> bool:
    """Does the document open two paragraphs or more on a verb in capitals (a resolution's or a
    council's style)? Worked out once per document: asked for each word in capitals, a scan of
    200,000 characters each time was quadratic."""
    return len(_OPERATIVE_OPENING.findall(text, 0, 200_000)) >= 2


# An initial just before a word: "E. " in "HARLAN E. CABLE".
_INITIAL_THEN_SPACE = re_programs.compile(r"(?<![\w.])[A-Z]\.[ \u00a0]$")

# Zipf above which a word of five letters or more in capitals between lower-case words is
# flagged without a lower-case use elsewhere ("STABLE" 4.5; surnames such as WANG 3.9 stay below).
_COMMON_BETWEEN = 4.0
# A word this long in capitals between lower-case words, no determiner before it, of at least
# this Zipf, is an ordinary word ("while RECYCLABLE paper"): acronyms so long are rare, and a
# name in capitals takes "the" ("the ARTEMIS programme"; issue 9, eleventh round).
_LONG_CAPS = 8
_LONG_CAPS_ZIPF = 2.5
# ... and ends as a derived English word does, which a brand in capitals rarely does
# ("PETROCHINA", "VOLKSWAGEN" pass).
_DERIVED = ("able", "ible", "tion", "sion", "ment", "ness", "ive", "ous", "ity", "ing", "ised", "ized", "ful", "less",
            "ally", "ical")
# ... of those, the endings of an adjective: after "the" too such a word is ordinary ("issued by
# the METEOROLOGICAL department"), where a name in capitals is a noun ("the ARTEMIS programme";
# issue 9, eighteenth round: none after a determiner in the clean sets).
_ADJECTIVE_DERIVED = ("ical", "ous", "ive", "able", "ible", "ful", "less")
_LOWER_WORD_AFTER = re_programs.compile(r"[ \u00a0]+[a-z]")  # a word goes on: "see AUTHORS." is a file's name
# The same without "a" and "an": a name in capitals takes "the" or an owner ("the JUICE
# mission", "its BILLY bookcase"), an ordinary word "a" too ("a VIRTUAL reality room";
# issue 9, eleventh round).
_DEFINITE_BEFORE = re_programs.compile(r"(?:\b(?:the|its|their|his|her|our|your|this|that|these|those|new)|['’]s)[ \u00a0]+$",
                                       re.IGNORECASE)
# Endings of an adjective: after "a" or "an" only such a word is read as ordinary ("a VIRTUAL
# reality room"), not a protocol or a verb ("a PATCH request", "an HTTPS connection").
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "able", "ible", "ful", "less", "ary", "ent", "ant")
# "the" or an owner's "'s" ("the SITE area", "the firm's STAR programme").
_THE_BEFORE = re_programs.compile(r"(?:\b[Tt]he|\w['’]s)[ \u00a0]+$")
# The noun after a short acronym that names a place or a scheme ("the SITE area"): not any
# noun, since MT capitalises short words before their nouns too ("the MAIN task").
_PLACE_OR_SCHEME_AFTER = re_programs.compile(r"[ \u00a0]+(?:area|areas|zone|zones|estate|estates|district|campus|site|"
                                             r"scheme|schemes|programme|program|project|initiative|index|network)\b")
_DETERMINER_BEFORE = re_programs.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|your|this|that|these|those|new)|['’]s)[ \u00a0]+$",
                                         re.IGNORECASE)


def _between_lower_words(text, start, end, line_start, line_end):
    """Does a lower-case word stand before the short word, and a lower-case word or the end of
    the sentence after it ("a NEW type", "saving money NOW.")? An acronym is mostly introduced
    or followed by a name, a figure or a bracket instead."""
    before = _WORD_AND_SPACES_END.search(text[max(line_start, start - 30):start])
    if not (before and before.group(1).islower()):
        return False
    after = _AFTER_SHORT_WORD.match(text, end, min(line_end, end + 30))
    return bool(after and (after.group(1) is None or after.group(1).islower()))


# What opens a sentence or a quotation: the line's start, a quotation mark, or a full stop,
# question or exclamation mark (a closing quotation mark or bracket after it) and a space.
_OPENS = re_programs.compile(r'(?:^[ \t]*|["“‘]|[.!?]["”’)]?[ \u00a0]+)$')
_TWO_LOWER_WORDS = re_programs.compile(r"[ \u00a0]+(?!(?:is|was|are|were|has|have|had|said|says|can|will|may|would|could|should|"
                                       r"does|did|and|or)\b)[a-z]+[ \u00a0,]+[a-z]")


def _opens_before_lower(text, start, end, line_start, line_end):
    """Does the short word open its sentence or quotation, two lower-case words after it ('"THE
    hard part', "ALL villages in")? An acronym opening a sentence is mostly followed by a
    capitalised word, a figure or a verb ("WHO said", "ALL is a leukemia"); a determiner in
    capitals before a lower-case noun is an ordinary word in capitals."""
    return bool(_OPENS.search(text[max(line_start, start - 4):start])
                and _TWO_LOWER_WORDS.match(text, end, min(line_end, end + 40)))


# A lower-case word after the short word, or the mark that ends its sentence (then a space,
# a closing quotation mark or bracket, or the end of the line).
_AFTER_SHORT_WORD = re_programs.compile(r"[ \u00a0]+([A-Za-z]+)|[.!?](?=[\"”’')]?(?:\s|$))")


def _ordinary_forms(text):
    """How ``text`` writes words in ordinary case, a mapping from a lower-case word to its
    forms (``_OrdinaryForms``)."""
    return _OrdinaryForms(text)


class _OrdinaryForms:
    """The words of ``_ORDINARY_FORM`` in ``text`` by their lower-case form, as
    ``{"shenzhen": {"Shenzhen"}}``, each word's forms found when it is first asked for:
    ``_all_caps`` asks for a handful of words, and listing every word of the document cost
    more than its other checks together (issue 13, speed36b). A match of ``_ORDINARY_FORM``
    is a whole run of ``\\w`` characters (it opens and ends at a word boundary and holds word
    characters only), "Xxxx" or "xxxx" in ASCII letters, so a word's forms are those of its
    lower-case and its capitalised spellings that stand in the text as a whole run of word
    characters (tests/test_capital_searches.py checks them against the listed forms)."""

    __slots__ = ("text", "known")

    def __init__(self, text):
        self.text = text
        self.known = {}

    def _forms(self, low):
        forms = self.known.get(low)
        if forms is None:
            forms = self.known[low] = _written_forms(self.text, low)
        return forms

    def get(self, low, default=None):
        return self._forms(low) or default

    def __contains__(self, low):
        return bool(self._forms(low))

    def __getitem__(self, low):
        forms = self._forms(low)
        if not forms:
            raise KeyError(low)
        return forms


def _written_forms(text, low):
    """The spellings of the lower-case word ``low`` that ``_ORDINARY_FORM`` finds in ``text``
    ("shenzhen" -> {"Shenzhen"}), an empty set for none."""
    if len(low) < 2 or not (low.isascii() and low.isalpha() and low.islower()):
        return frozenset()  # _ORDINARY_FORM's words are of two ASCII letters or more
    return frozenset(form for form in (low, low[0].upper() + low[1:]) if whole_word_in(text, form))


def whole_word_in(text: str, word: str) -> bool:
    """``re.search(r"\\b" + re.escape(word) + r"\\b", text) is not None`` for a ``word`` of
    word characters: ``word`` as a whole run of word characters in ``text``."""
    n, size = len(word), len(text)
    at = text.find(word)
    while at >= 0:
        if (at == 0 or not is_word_char(text[at - 1])) and (at + n == size or not is_word_char(text[at + n])):
            return True
        at = text.find(word, at + 1)
    return False


def _ordinary_case(word, forms):
    """How the document writes ``word`` in ordinary case: lower case when it ever does
    ("INFORMATION" -> "information"), capitalised when it only writes it so, as a name
    ("SHENZHEN" -> "Shenzhen"), else lower case."""
    low = word.lower()
    if low in forms or not forms:
        return low
    return low[0].upper() + low[1:]


# A brand or product word written in mixed case (a capital after a lower-case letter: HarmonyOS,
# iPhone, MacBook, PlayStation) right before the word: capitals after it are the product's name.
_BRAND_BEFORE = re_programs.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*[ \u00a0]+$")
# A protocol's or a method's name before "request(s)", "method", "protocol", "header(s)".
_PROTOCOL_AFTER = re_programs.compile(r"[ \u00a0]+(?:requests?|methods?|protocols?|headers?|endpoints?)\b")
_AFTER_SENTENCE = re_programs.compile(r"[.!?][\"”’)]?[ \u00a0]+$")
_LABEL_AFTER = re_programs.compile(r"[ \u00a0]*(?:\d|[-–—:,|])")
_INDEX_AFTER = re_programs.compile(r"[ \u00a0]+\d{1,4}[ \u00a0]+(?:[Ii]ndex|[Ii]ndices)\b")
_NAME_AFTER = re_programs.compile(r"[ \u00a0]+(?:(?:and|of|&|for)[ \u00a0]+)?[A-Z][a-z]")


@lru_cache(maxsize=4)
def lower_words(text: str) -> frozenset:
    """The words the document writes wholly in lower case: asked by the all-caps and the
    mid-sentence checks of one document, listed once."""
    return frozenset(_lower_counts(text))


@lru_cache(maxsize=4)
def _lower_counts(text: str) -> Counter:
    """How often the document writes each word wholly in lower case, counted once per document
    (``_rare_written_lower`` asks it for each capitalised word: a scan per word was quadratic)."""
    counts = Counter(_LOWER_WHOLE_WORD.findall(text))
    for address in _ADDRESS.finditer(text):
        counts.subtract(_LOWER_WHOLE_WORD.findall(address.group()))
    return +counts  # the words written in lower case outside addresses


# Four words or more in capitals listed with commas or semicolons, the last perhaps after "and" or
# "or" ("COLD, CORD, CARD, WARD, WARM", a puzzle's answers), in a document that writes many words
# in capitals (``_CITED_CAPS`` distinct ones at least): the document cites words in capitals, there
# and wherever it writes them again ("change COLD into WARM"; clean_fresh183). A slogan's three
# words ("SAFETY, QUALITY, EFFICIENCY") clear no later capital of theirs.
_CAPS_LIST = re_programs.compile(r"\b[A-Z][A-Z'’-]+(?:[ \u00a0]*[,;][ \u00a0]*[A-Z][A-Z'’-]+\b){2,}"
                                 r"(?:,?[ \u00a0]+(?:and|or)[ \u00a0]+[A-Z][A-Z'’-]+\b)?")
_CAPS_LIST_WORD = re_programs.compile(r"[A-Z][A-Z'’-]+")
_CITED_CAPS = 12


def _named_caps(text):
    """The words in capitals that open a name somewhere in the document ("the STAR Market"),
    that it introduces as an acronym in brackets ("the Experimental Advanced Superconducting
    Tokamak (EAST)") or that it writes in capitals three times or more and never in lower case
    ("China's FAST radio telescope") or lists with three others in a document of many words in
    capitals ("COLD, CORD, CARD, WARD, WARM"): the same word elsewhere is that name or a cited
    word, not a shouted word."""
    caps = list(_CAPS.finditer(text))
    counts = Counter(m.group(1) for m in caps)
    lower = None
    repeated = set()
    for word, n in counts.items():
        if n >= 3:
            if lower is None:
                lower = lower_words(text)
            if word.lower() not in lower:
                repeated.add(word)  # "FAST" three times and "fast" never: the telescope's name
    listed = set()
    if len(counts) >= _CITED_CAPS:
        for m in _CAPS_LIST.finditer(text):
            words = _CAPS_LIST_WORD.findall(m.group())
            if len(words) >= 4:
                listed.update(words)
    return ({m.group(1) for m in caps if _NAME_AFTER.match(text, m.end())}
            | set(_ACRONYM_DEFINED.findall(text)) | _initials(text) | repeated | listed)


# A capitalised name of three words or more, "of", "and", "for", "the" between them allowed.
_TITLED_NAME = re_programs.compile(r"\b[A-Z][a-z]+(?:[ \u00a0]+(?:(?:of|and|for|the|on)[ \u00a0]+)*[A-Z][a-z]+){2,}")


def _initials(text):
    """The initials of the capitalised names in the document ("State Administration of Foreign
    Exchange" -> SAFE): an acronym the writer uses without brackets once the name is spelt out."""
    out = set()
    for m in _TITLED_NAME.finditer(text):
        words = m.group().split()
        if words[0] == "The":
            words = words[1:]  # "The State Administration of ..." opening a sentence
        out.add("".join(w[0] for w in words if w[0].isupper()))
    return out


# (?= \() first: see tests/test_first_characters.py
_ACRONYM_DEFINED = re_programs.compile(r"(?= \()(?<=[a-z]) \(([A-Z]{2,}(?:-[A-Z]{2,})*)\)")


# The word before and after a word in capitals, "&" between them allowed (``_caps_run``; matched
# in slices of the text: the guard before the word sees nothing before the slice).
_RUN_WORD_BEFORE = re_programs.compile(r"(?<![\w&/.-])([A-Za-z][A-Za-z'’-]*)(?:[ \u00a0]+&)?[ \u00a0]+$")
_RUN_WORD_AFTER = re_programs.compile(r"(?:[ \u00a0]+&)?[ \u00a0]+([A-Za-z][A-Za-z'’-]*)(?![\w&/])")


def _caps_run(text, start, end, line_start, line_end):
    """The (start, end) of the run of words in capitals ("XINHUA NEWS", "NEW YORK TIMES",
    "NEW ENERGY") that the capitals word at ``start`` belongs to, or None when it stands alone."""
    run_start, run_end = start, end
    while True:
        before = _RUN_WORD_BEFORE.search(text[max(line_start, run_start - 40):run_start])
        if not before or len(before.group(1)) < 2 or not before.group(1).isupper():
            break
        run_start -= len(before.group(0))
    while True:
        after = _RUN_WORD_AFTER.match(text[run_end:min(line_end, run_end + 40)])
        if not after or len(after.group(1)) < 2 or not after.group(1).isupper():
            break
        run_end += len(after.group(0))
    if (run_start, run_end) == (start, end):
        return None
    return run_start, run_end


def _ordinary_run(text, run, state, line_start, line_end):
    """Is a run of capitals ordinary words set in a sentence ("the development of NEW ENERGY
    vehicles")? Every word must be common in English, and lower-case words must stand on
    both sides: a name or a heading in capitals ("XINHUA NEWS", "CGTN") has a rare word, and
    one that opens or closes the line is a label."""
    words = _SPACE_RUN.split(text[run[0]:run[1]])
    if len(words) > state["max_run"]:
        return None
    for w in words:
        for part in w.split("-"):
            if len(part) < 2 or part.lower() in state["allow"] or zipf_cached(part.lower()) < state["common_zipf"]:
                return None
    before = _WORD_AND_SPACES_END.search(text[max(line_start, run[0] - 30):run[0]])
    after = _SPACES_THEN_WORD.match(text[run[1]:min(line_end, run[1] + 30)])
    if not (before and after and before.group(1).islower() and after.group(1).islower()):
        return None
    return run


# A list item's letter or roman numeral opening a line: "b. The household income threshold ...",
# "iv) a fee", "(c)" is no word. Lower case is how such lists are set.
_LIST_MARK = re_programs.compile(r"(?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x)[.)][ \t\u00a0]")


# A line of editors' initials joined by slashes that closes a wire story ("mbh/jt", "ds/sst").
_SIGN_OFF = re_programs.compile(r"[a-z]{1,5}(?:-[a-z]{1,5})*(?:/[a-z]{1,5}(?:-[a-z]{1,5})*)+[ \t]*"
                                r"(?:\([^()\n]{1,80}\)[ \t]*)?(?:\n|$)")  # "mk/sri (Reuters, AFP, dpa)": sources after it


def _sentence_start(doc, state):
    """A sentence that starts in lower case after a full stop, question or exclamation mark.

    Candidates come from a cheap scan; the sentence segmenter then confirms each one, so an
    abbreviation ("U.S. officials", "e.g. the") never counts as a sentence end.
    """
    text = doc.text
    for m in _LOWER_AFTER_STOP.finditer(text):
        pos = m.end()
        if _ABBREV_BEFORE.search(text[max(0, m.start() - 9):m.start() + 1]):
            continue
        if _INITIAL_BEFORE.search(text, max(0, m.start() - 2), m.start() + 1):
            continue  # "E. came home": an initial, not the end of a sentence
        if m.start() and text[m.start() - 1] in ",;:":
            continue  # ",." ends no sentence: the stray mark is the stray-punctuation rule's finding
        if _SIGN_OFF.match(text, pos):
            continue  # a wire desk's sign-off line of initials ("mbh/jt"), not a sentence
        if _LIST_MARK.match(text, pos) and _SPACES.match(text, doc.line_at(pos)[0], pos).end() == pos:
            continue  # "b. The threshold will rise": a lettered or roman item opening its line
        # The sentence segmenter is asked last, only where every other test lets the word
        # through: it is the costliest test by far (pysbd: its import, hundreds of patterns it
        # compiles, and some 0.4 ms a window), and each test here reads the text alone.
        word = _LOWER_WORD.match(text, pos).group()  # matched in place: no copy of the rest
        if _ROMAN_PAGES.match(text, pos):
            continue  # "2025. xiv + 318 pp.": a book's front-matter pages, in lower-case roman numerals
        if _CAMEL_START.match(word) or word.lower() in state["allow"]:
            continue  # iPhone, eBay: brand names keep their lower-case start
        if _lower_case_name(text, word, pos):
            continue  # "vivo", "bilibili": a name the document always writes in lower case
        if not _segmenter_agrees(doc, pos):
            continue
        yield Hit(pos, pos + len(word), word[0].upper() + word[1:], {"word": word})


# A brand's lower-case start before a capital ("iPhone", "eBay").
_CAMEL_START = re_programs.compile(r"[a-z]+[A-Z]")
# Pages in lower-case roman numerals before a count of pages: "xiv + 318 pp.", "xii, 240 pp."
_ROMAN_PAGES = re_programs.compile(r"(?=[ivxlc]{2,}\b)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})[ \u00a0]*[+,][ \u00a0]*\d+[ \u00a0]*pp?\b")


# A word English rarely uses (wordfreq Zipf below this) that the document also writes in lower
# case inside a sentence, after a lower-case word, is a name kept in lower case by its owner (the
# phone maker vivo, the video site bilibili), not a sentence an engine forgot to capitalise: the
# words an engine leaves in lower case there are common ones ("we", "the", "according").
_LOWER_NAME_ZIPF = 3.5


def _lower_case_name(text, word, pos):
    if not word.isalpha() or zipf_cached(word.lower()) >= _LOWER_NAME_ZIPF:
        return False
    # the matches of r"(?<=[a-z] )" + re.escape(word) + r"\b", found with ``str.find`` (a word
    # of letters: no two of them overlap)
    n = len(word)
    at = text.find(word)
    while at >= 0:
        if (at != pos and at >= 2 and text[at - 1] == " " and "a" <= text[at - 2] <= "z"
                and (at + n == len(text) or not is_word_char(text[at + n]))):
            return True
        at = text.find(word, at + 1)
    return False


def _segmenter_agrees(doc, pos, before=160, after=60):
    """Does the sentence segmenter start a sentence at ``pos``? It reads a window of the line
    around ``pos`` (cut at spaces): boundaries depend on nearby abbreviations only, and
    segmenting whole long lines for every candidate is the slowest part of a check."""
    text = doc.text
    line_start, line_end = doc.line_at(pos)
    if _SPACES.match(text, line_start, pos).end() == pos:
        return True  # a line's first word always starts a sentence (segment_sentences): no pysbd call
    start = max(line_start, pos - before)
    if start > line_start:
        cut = text.find(" ", start, pos)
        start = cut + 1 if cut >= 0 else start
    end = min(line_end, pos + after)
    if end < line_end:
        cut = text.rfind(" ", pos, end)
        end = cut if cut > pos else end
    return pos - start in _sentence_starts(text[start:end])


@lru_cache(maxsize=4096)
def _sentence_starts(window: str) -> frozenset:
    """Offsets in ``window`` where the segmenter starts a sentence. Cached by the window's
    text: segmentation depends on nothing else, and repeated lines (boilerplate, a hostile
    one-line file) ask about the same window again and again."""
    return frozenset(s for s, _ in segment_sentences(window))


def _title_case(line):
    """Is the line a headline in title case (most longer words capitalised)?"""
    words = [w for w in _LINE_WORD.findall(line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


TITLE_LINES = "capitalization-title-lines"  # the ``Document.cache`` key of ``title_line``'s answers


def title_line(doc, memo, line_start, line_end) -> bool:
    """Is the line of ``doc`` from ``line_start`` to ``line_end`` set in title case
    (``_title_case``: a headline, where capitals are style)? Asked once per line, the answer
    kept in ``memo`` (the capitals modules share this one helper), and worked out once a
    document for all the rules that ask (``doc.cache[TITLE_LINES]``, freed with the analysis:
    each rule read a 1 MB line whole again)."""
    if line_start not in memo:
        shared = doc.cache.get(TITLE_LINES)
        if shared is None:
            shared = doc.cache[TITLE_LINES] = {}
        answer = shared.get((line_start, line_end))
        if answer is None:
            answer = shared[line_start, line_end] = _title_case(doc.text[line_start:line_end])
        memo[line_start] = answer
    return memo[line_start]


# A capitalised word right after a pair: the pair is the start of a longer name, whose own
# capitals say nothing of how the document writes the pair alone ("Umnugovi aimag" beside "the
# Umnugovi Aimag Road Transport Center", "Hunan province" beside "Hunan Province Museum").
# A capitalised word right before a pair, inside its sentence: the pair ends a longer name.
# A name joined to the pair by "of (the)", "for" or "on" is a longer name too (issue 9,
# eighteenth round: an exhibition's title, "Chinese Stoneware of the Song Dynasty", beside the
# review's own "Song dynasty ceramics").
_LONGER_NAME_BEFORE = re_programs.compile(
    r"(?<![.!?:] )(?<![.!?:]\u00a0)\b[A-Z][a-z][\w'’-]*[ \u00a0](?:(?:of|of the|for|on)[ \u00a0])?$")
_LONGER_NAME_AFTER = re_programs.compile(r"[ \u00a0]+(?:(?:of|of the|for|on)[ \u00a0]+)?[A-Z][a-z]")


# A work's title after the noun for the work ("The book, Wednesday Lunches,", "the film Red
# Sorghum"): its capitals are the title's, not a name's (issue 9, fifteenth round). Only works:
# after "the team" or "the club" the capitals are a name's ("The team Shandong Taishan").
_WORK_TITLE_BEFORE = re_programs.compile(
    r"\b(?:book|novel|film|movie|song|album|play|opera|poem|painting|documentary|series|show|magazine|newspaper|"
    r"exhibition|cookbook|memoir|column)\.?,? $", re.IGNORECASE)


def _first_line(text):
    """The span of the document's first non-blank line when it reads as a headline (no stop at
    its end), else None: headlines in sentence case lower-case the second word of a name."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if not line or line[-1] in ".!?" or len(line) > 150:
        return None
    return start, start + len(line)


def _pairs_both_ways(text) -> frozenset:
    """The pairs ``_TITLE_PAIR`` finds in ``text`` (first word, second word in lower case) whose
    second word the text writes both capitalised and not ("Wen Ku" and "Wen ku")."""
    pairs = set(_TITLE_PAIR.findall(text))
    capitalised = {(first, second.lower()) for first, second in pairs if second[0].isupper()}
    if not capitalised:
        return frozenset()
    return frozenset(capitalised.intersection((first, second) for first, second in pairs if not second[0].isupper()))


def _name_case(doc, state):
    """'Wen Ku' and 'Wen ku' in one document: flag the form that breaks the name."""
    text = doc.text
    # Only a pair written both ways is reported: those pairs are found first from the distinct
    # pairs (``findall``, in C), and the text's pairs are read one by one only in a document that
    # has one (a few in a hundred); the spots of other pairs were dropped unread below.
    both = _pairs_both_ways(text)
    if not both:
        return
    found = defaultdict(list)
    for m in _TITLE_PAIR.finditer(text):
        second = m.group(2)
        key = (m.group(1), second.lower())
        if key in both:
            found[key].append((m.start(1), m.end(2), second[0].isupper()))
    # Only a pair written both ways can break a name: the headline test (a look at the whole
    # line) is made for those alone, a few in a document, not for every pair of capitalised words.
    headline = {}
    pairs = []
    for key, spots in found.items():
        if all(s[2] for s in spots) or not any(s[2] for s in spots):
            continue
        kept = []
        for spot in spots:
            if spot[2]:
                line_start, line_end = doc.line_at(spot[0])
                if title_line(doc, headline, line_start, line_end):
                    continue  # "Private Rents Rise ...": a headline capitalises every word
                if _LONGER_NAME_AFTER.match(text, spot[1]):
                    continue  # "the Umnugovi Aimag Road Transport Center": a longer name's capitals
                if _LONGER_NAME_BEFORE.search(text, max(line_start, spot[0] - 30), spot[0]):
                    continue  # "Australia's Lynas Rare Earths": the end of a longer name
                if _WORK_TITLE_BEFORE.search(text, max(line_start, spot[0] - 40), spot[0]):
                    continue  # "The book, Wednesday Lunches, contains": a title, not the pair's name
            kept.append(spot)
        if not kept:
            continue
        pairs.append((kept[0][0], key, kept))
    pairs.sort()  # in the order of each pair's first use outside a headline
    first_line = _first_line(text)
    for _, (first, second), spots in pairs:
        proper = [s for s in spots if s[2]]
        broken = [s for s in spots if not s[2]]
        if not proper or not broken or second in state["allow"]:
            continue
        if first.lower() in _DETERMINERS or first.lower() in ("the", "its", "our", "his", "her"):
            continue  # "The Prefecture Forest ..." beside "The prefecture": a determiner opens no name
        # The name must look like a name: its second word rare as an ordinary word, or the
        # capitalised form the usual one in this document.
        if len(proper) < len(broken) or zipf_cached(second) >= 4.0:
            continue
        good = text[proper[0][0]:proper[0][1]]
        for start, end, _ in broken:
            if first_line and first_line[0] <= start < first_line[1]:
                continue  # "Councillors back Connemara greenway route": a headline in sentence case
            yield Hit(start, end, good, {"word": text[start:end], "other": good})


# An ordinary word capitalised between two lower-case words: "exports Increased by 5 percent".
_TITLE_INSIDE = re_programs.compile(r"([A-Z](?<=[a-z,] [A-Z])[a-z]{3,})(?= ([a-z][a-z'’-]*))")
# Words that introduce a name, a title or a quoted word: "the app Moments", "called Progress".
# Nouns that introduce a name after them ("the app Moments", "the band Arctic Monkeys"): read by
# ``_NAMING`` before one capitalised word and by ``_title_run`` (``_NAMING_NOUNS``) before a run.
_NAMING_NOUN_WORDS = ("term word brand app apps film movie novel book song album magazine newspaper show series game "
                      "games team club band label ship vessel operation drama play opera documentary poem painting "
                      "campaign drive slogan motto theme exhibition initiative").split()
# Craft and animals people name, a name after them when "the" or an owner comes first ("the yacht
# Mate", "their horse Mate", "her dog, Mate,"; detect44a, correct English written in review): a
# noun before another noun is as often a modifier ("pet Owners", "a horse Stable": still read).
_PET_NOUN_WORDS = "boat yacht dog puppy cat kitten horse pony pet parrot".split()
PET_NAMING = (r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Ii]ts|[Ww]hose)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:"
              + "|".join(_PET_NOUN_WORDS) + r")")
_NAMING = re_programs.compile(r"(?:" + PET_NAMING + r",?[ \u00a0]$)|"
                              r"\b(?:called|named|dubbed|titled|entitled|" + "|".join(_NAMING_NOUN_WORDS) + r"|"
                              r"codenamed|nicknamed|known as|known as the|called the|named the|dubbed the|as in|mr|mrs|ms|dr|st|year of the|"
                              r"city of|town of|village of|port of|county of|island of|province of|state of|river)\.? $", re.IGNORECASE)


# A board game's sides named in brackets after the players: "Wang Jiarui (Black)".
_SIDE_LABEL = re_programs.compile(r"\((?:Black|White)\)")
# Nouns after a capitalised word that make it a label on a device or screen ("press the Filter
# button", "the Step key") or a name of an age ("a Song dynasty city", "the Edo period").
_LABEL_NOUNS = frozenset({"button", "buttons", "key", "keys", "switch", "tab", "icon", "menu", "setting", "settings",
                          "knob", "dial", "indicator"})
_ERA_NOUNS = frozenset({"dynasty", "dynasties", "era", "period", "reign"})
# Colour levels of weather and alert systems, capitalised as their names ("the Black signal").
_SIGNAL_COLOURS = frozenset({"black", "red", "amber", "orange", "yellow", "blue", "green", "white"})
_SIGNAL_NOUNS = frozenset({"signal", "signals", "warning", "warnings", "alert", "alerts", "rainstorm", "level",
                           "code", "category"})
# The animals of the Chinese zodiac, capitalised before "year(s)": "in Dragon years".
_ZODIAC = frozenset({"rat", "ox", "tiger", "rabbit", "dragon", "snake", "horse", "goat", "sheep", "ram", "monkey",
                     "rooster", "dog", "pig"})

# A numbered move in algebraic chess notation: "19.Rxd6", "24...Ke8", "31. O-O-O".
_CHESS_MOVE = re_programs.compile(r"\b\d+\.(?:\.\.)?[ \u00a0]?(?:[KQRBN][a-h]?[1-8]?x?[a-h][1-8]|[a-h](?:x[a-h])?[1-8]|O-O)")


def _mid_sentence(doc, state):
    """A common word capitalised inside a sentence, between lower-case words, that the same
    document writes in lower case elsewhere ("exports Increased by ...; sales increased"), and
    a currency or unit capitalised after its figure ("5 billion Yuan")."""
    text = doc.text
    headline = {}
    for m in _UNIT_AFTER_FIGURE.finditer(text):
        line_start, line_end = doc.line_at(m.start())
        if m.group(1).lower() not in state["allow"] and not title_line(doc, headline, line_start, line_end):
            yield Hit(m.start(1), m.end(1), m.group(1).lower(), {"word": m.group(1)})
    lower = None
    chess = None  # whether the document gives chess moves ("24...Ke8"): asked once
    short_forms = None  # ``_short_forms(text)``: asked once
    compounds = {}  # ``_lower_compound`` by (word, the next word's first four letters)
    pairs = None  # ``_lower_pairs(text)``: read after a few words and stems searched for
    for m in matches_at(_TITLE_INSIDE, text, inside_capitals(doc)):  # each match opens at one
        word = m.group(1)
        low = word.lower()
        if m.group(2) in _NAME_LINKS:
            continue
        if low in state["allow"]:
            key = (low, m.group(2)[:4])
            if key not in compounds:  # one search per word and stem, not per capitalised use
                if pairs is None and len(compounds) >= _SEARCHES_BEFORE_PAIRS:
                    pairs = _lower_pairs(text)
                compounds[key] = _lower_compound(text, low, m.group(2), pairs)
            if not compounds[key]:
                continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).islower():
            continue  # "The Economist", "Mr Field": the word before must be lower case too
        if _ORDINAL_FIGURE.fullmatch(prev.group(1)):
            # "the 6th Circuit", "the 3rd Battalion", "the 1st District": a numbered unit's name (a
            # blind clean set's court report, issue 9, thirty-fifth round)
            continue
        if prev.group(1) in _NAME_LINKS or prev.group(1) in _TITLE_LINKS:
            # "Bureau of Statistics", "Department for Education" go on a name; "the development
            # of Digital economy" does not.
            head = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
            if not head or not head.group(1).islower():
                continue
            if prev.group(1) in _TITLE_LINKS and head.group(1) in _NAME_LINKS:
                # "the Commentary on the Images", "the Book of the Dead": a title of two links
                name = _PREV_WORD.search(text, max(0, head.start() - 40), head.start())
                if name and name.group(1)[:1].isupper():
                    continue
        if zipf_cached(low) < state["min_zipf"] and not _rare_written_lower(text, low, m.group(2)):
            continue  # a rarer word is more often a name ("the Xiaomi phone", "in Wuhan")
        if low in ("black", "white"):
            if chess is None:
                chess = bool(_CHESS_MOVE.search(text) or _SIDE_LABEL.search(text))
            if chess:
                continue  # "offered Black more chances": a side in a report with its moves or sides
        if m.group(2) in _LABEL_NOUNS or m.group(2) in _ERA_NOUNS or (low in _ZODIAC and m.group(2) in ("year", "years")):
            continue  # "the Filter button", "a Song dynasty city", "in Dragon years": a label or a name
        if low in _SIGNAL_COLOURS and m.group(2) in _SIGNAL_NOUNS:
            continue  # "the Black signal", "a Red rainstorm warning": a warning level's name (issue 9, sixteenth round)
        if lower is None:
            lower = lower_words(text)
        if low not in lower and not _VERB_FORM.fullmatch(low) \
                and not (_is_adverb(low) and prev.group(1).isalpha() and prev.group(1) not in _NOT_BEFORE_ADVERB
                         and text[prev.start(1) - 1:prev.start(1)] != "@") and not (
                low in _DETERMINERS and len(prev.group(1)) > 1 and text[m.start(1) - 2:m.start(1) - 1].isalpha()
                and prev.group(1) not in ("the", "an")):  # "the Every drop counts drive": a title
            continue  # the document never writes it as an ordinary word: a name or a house style
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue  # a headline's word, a name after a naming word, a dated work's title
        if _TIME_LABEL.fullmatch(text, line_start, m.start(1)):
            continue  # "3pm Take a taxi west": an itinerary's entry opens after its time
        if short_forms is None:
            short_forms = _short_forms(text)
        if word in short_forms[0]:
            continue  # "parts of the Levels" after "on the Somerset Levels": a name's short form
        if word in short_forms[1]:
            continue  # "whether Defence had considered" after "the Department of Defence": the department's short name
        if word in short_forms[2] and _verb_after_unit(m.group(2)):
            continue  # "Medical grew" after "the Medical segment": the unit's own name as a subject
        if low in defined_words(text):
            continue  # '(the "Notes")': a defined term of a legal or financial document
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue  # "auf diesen Moment gewartet": a quotation in German, whose nouns take capitals
        yield Hit(m.start(1), m.end(1), low, {"word": word})
    yield from _adverbs(doc, headline)
    yield from _doubled(doc, headline)
    if state["function_words"]:
        yield from _function_words(doc, state, headline)


# A short word capitalised between two lower-case words: "prices rose To record levels", "sold
# rice And wheat", "the plan Was approved" (issue 9, twentieth round).
_SHORT_TITLE_INSIDE = re_programs.compile(r"([A-Z](?<=[A-Za-z,] [A-Z])[a-z]{1,8})(?= [a-z])")


_SUBJECT_PRONOUNS = frozenset({"He", "She", "They", "We", "It", "I"})


def _short_forms(text):
    """The words that end "<preposition> <Capitalised> word" and "<Body> of (the) word" in the
    document, and those that name a unit ("the Medical segment"), as three sets: the short forms
    of names ``_mid_sentence`` passes, listed once per document (a search of the whole text per
    capitalised word was quadratic)."""
    places = {m.group(1) for m in _AFTER_PLACE_NAME.finditer(text)}
    bodies = set()
    for m in _AFTER_BODY_OF.finditer(text):
        bodies.add(m.group(1))
        if m.group(1) == "the" and m.group(2):
            bodies.add(m.group(2))
    units = {m.group(1) for m in _UNIT_NAMED.finditer(text)}
    return places, bodies, units


# A work's title in title case with its year in brackets after it ("four more books, including
# Letters to a Dead Brother (1987) and ..."): its first word is capitalised as the title's (a blind
# clean set's obituary, issue 9, forty-fifth round). The run holds another capitalised word and
# ends on one; between them only capitalised words and the short words titles keep lower case.
# A run before a bracketed year is no title by itself ("members of the Village Committee (2021)",
# "inspected One By One (2021)": a second reading), so the run must open after a lower-case word
# or a mark, and a noun of works or "including"/"titled" must stand shortly before it.
_DATED_TITLE = re_programs.compile(r"[A-Z][\w'’-]*(?:(?:[ \u00a0](?:a|an|the|of|to|in|on|at|by|for|and|or|with|from|into))*"
                                   r"[ \u00a0][A-Z][\w'’-]*){1,8}[ \u00a0]\((?:1[5-9]|20)\d\d\)")
_WORK_BEFORE = re_programs.compile(r"\b(?:including|titled|entitled|called|books?|novels?|memoirs?|films?|plays?|albums?|"
                                   r"poems?|essays?|stories|collections?|translations?|works|series|studies|songs?)\b")


def dated_title(text: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` opens a work's title with its year in brackets
    after it, a noun of works or "including" shortly before it ("her books, including Letters to
    a Dead Brother (1987)")."""
    if not _DATED_TITLE.match(text, start):
        return False
    before = text[max(0, start - 60):start]
    if before and before[-1:] in " \u00a0":
        words = before.rstrip().split()
        if words and words[-1][:1].isupper() and not words[-1].endswith((",", ":", ";", "(", '"', "“")):
            return False  # inside a longer capitalised run: not where a title opens
    return _WORK_BEFORE.search(before) is not None


# A business unit named by one capitalised word before its kind ("the Medical segment", "its
# Retail division", "the Consumer arm"): the word alone is then the unit's name, as an earnings
# report writes it ("Medical grew in the low teens"; a blind clean set's false alarm, issue 9,
# forty-fifth round).
_UNIT_NAMED = re_programs.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)[ \u00a0]([A-Z][a-z]{3,})[ \u00a0]"
                                  r"(?:segment|segments|division|divisions|unit|arm)\b")
_UNIT_VERBS_AFTER = frozenset("is was has had will would could can may might should must did does grows grew "
                              "rose fell made makes lost sold won posted reported recorded accounted contributed "
                              "declined increased expanded slipped gained dropped climbed rises falls posts "
                              "reports accounts".split())


def _verb_after_unit(word: str) -> bool:
    """Whether the word after a unit's one-word name reads as its verb ("Medical grew", "Retail
    would be sold"), so the name stands alone; before a noun ("Medical equipment") or a
    participle ("Medical related spending": a second reading) it is an ordinary word capitalised.
    A closed list of a unit's verbs, as "-ed" alone cannot tell a verb from a participle."""
    return word in _UNIT_VERBS_AFTER


def _function_words(doc, state, headline):
    """A function word (``function_words``: an article, preposition, conjunction, pronoun or
    auxiliary) capitalised before a lower-case word, after a lower-case word, a capitalised
    subject pronoun or a function word opening the sentence ("rose To record levels", "She Said
    the", "In This way"). No name or title puts a capitalised function word between lower-case
    words: a title capitalises the word after it too ("Gone With the Wind" aside, which follows
    "the film"). Passed: the end of a name ("Housing for All plan"), a title after an article
    ("the Every drop counts drive"), the surname He where the document names a person so,
    headlines in title case, a word after a noun or verb that introduces a name (``_NAMING``),
    a quotation in another language, a reply after a handle."""
    text = doc.text
    surname_he = None  # whether the document names a person He ("He Yadong"): asked once
    words = state["function_words"]
    for m in matches_at(_SHORT_TITLE_INSIDE, text, inside_capitals(doc)):
        word = m.group(1)
        if word.lower() not in words:
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).isalpha() or text[prev.start(1) - 1:prev.start(1)] in ("@", "#"):
            continue
        if not prev.group(1).islower() and not (
                prev.group(1) in _SUBJECT_PRONOUNS or prev.group(1).lower() in words
                and _OPENS.search(text[max(0, prev.start(1) - 4):prev.start(1)])):
            continue  # "She Said the", "In This way": a pronoun, or a function word opening its sentence
        if prev.group(1) in _ARTICLES:
            continue  # "the Every drop counts drive": a title after an article
        if prev.group(1) in _NAME_LINKS or prev.group(1) in _TITLE_LINKS:
            head = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
            if head and head.group(1)[:1].isupper():
                continue  # "the Government's Housing for All plan": the end of a name
        if word == "He":
            if surname_he is None:
                surname_he = _SURNAME_HE.search(text) is not None
            if surname_he:
                continue  # "He Yadong said ...": the surname He
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), word.lower(), {"word": word})


# A rarer word (below ``min_zipf``) capitalised between lower-case words is still an ordinary
# word when the document writes it in lower case twice or more ("dogs must be kept on a Leash
# no longer than", "silk quilts, mulberry tea and Silkworm pupa food" beside "silkworm eggs";
# issue 9, twentieth round): a name is not written in lower case, and one that is a rare word too
# ("Begonia khooae", "Loch an Eilein") stands before a word of another language or an article.
_RARE_LOWER_ZIPF = 2.0  # an English word at all (wordfreq knows "silkworm" at 2.4)
_ARTICLES = frozenset({"a", "an", "the"})


def _rare_written_lower(text, low, after) -> bool:
    if zipf_cached(low) < _RARE_LOWER_ZIPF or low not in lower_words(text) or after in _ARTICLES \
            or zipf_cached(after) < _RARE_LOWER_ZIPF:
        return False
    counts = _lower_counts(text)  # the word, or it and "s", each a whole lower-case word
    return counts[low] + counts[low + "s"] >= 2


def _lower_compound(text, low, after, pairs=None) -> bool:
    """Whether the document writes ``low`` (lower-case letters) in lower case before a word of
    the same stem as ``after`` ("square dancing" beside "the Square dance teams"): a listed word
    ("Square" of "Tiananmen Square") capitalised there is the compound's ordinary word, not a
    name's short form (issue 9, eighteenth round). ``pairs``: ``_lower_pairs(text)``, read once per
    document after a few searches of the text (a search of the whole text per word and stem grew
    with the document's length times its capitalised words), or None for a search."""
    if len(after) < 4:
        return False
    if pairs is None:  # a search of the text, as a document's first few words and stems get
        if low not in text or after[:4] not in text:
            return False  # a piece of the pattern nowhere in the text: no pattern to compile
        return word_then(text, low, after[:4])
    return (low, after[:4]) in pairs


# The words and stems ``_mid_sentence`` searches a text for before it reads ``_lower_pairs``
# once: a search is cheaper for a short text with a few, the pairs for a long one with many.
_SEARCHES_BEFORE_PAIRS = 4


# A lower-case word of four letters or more, not after a word character, an apostrophe or a
# hyphen, the spaces after it, and the (up to) four characters after them on the line.
_LOWER_BEFORE_SPACE = re_programs.compile(r"(?<![\w'’-])([a-z]{4,})[ \u00a0]+(?=(.{0,4}))")


def _lower_pairs(text) -> set:
    r"""Every (lower-case word, the four characters after its spaces) of ``text``: where
    ``(?<![\w'’-])word[ \u00a0]+next`` matches for a word of ``[a-z]{4,}`` and a ``next`` of
    four characters that opens with a letter (the spaces are all taken before it; a ``next``
    cut short by the line's end is no four characters and matches no stem)."""
    return set(_LOWER_BEFORE_SPACE.findall(text))


# An adverb in "-ly" capitalised after a lower-case word, before a mark: "keep the contract and
# invoice Properly." (issue 9, eighteenth round). The word after it in ``_TITLE_INSIDE``'s shape
# is a mark here, where names end phrases ("shares in Apple."): the adverb's stem must be a
# common word ("proper", "careful", "easy"), and the word before it no determiner ("for the
# Elderly." is a charity's name).
_ADVERB_BEFORE_MARK = re_programs.compile(r"([A-Z](?<=[a-z,] [A-Z])[a-z]{3,}ly)(?=[.,;:!?])")
_NOT_BEFORE_ADVERB = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "my",
                                "your", "his", "her", "of", "for", "and", "in", "at", "on", "by", "to", "from"})


def _is_adverb(low) -> bool:
    """Whether ``low`` is an adverb in "-ly" of a common stem ("properly", "easily", "probably"),
    no name ("Kelly", "Sicily", "Donnelly")."""
    if not low.endswith("ly"):
        return False
    stem = low[:-2]
    stems = (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem, stem + "le" if stem.endswith("ab") else stem)
    return len(stem) >= 4 and zipf_cached(low) >= 3.0 and max(zipf_cached(w) for w in stems) >= 4.0


def _adverbs(doc, headline):
    text = doc.text
    for m in matches_at(_ADVERB_BEFORE_MARK, text, inside_capitals(doc)):
        low = m.group(1).lower()
        if not _is_adverb(low):
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).islower() or not prev.group(1).isalpha() \
                or prev.group(1) in _NOT_BEFORE_ADVERB or text[prev.start(1) - 1:prev.start(1)] == "@":
            continue  # after a determiner, or a handle ("@rainfall_data Really useful")
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        yield Hit(m.start(1), m.end(1), low, {"word": m.group(1)})


# A phrase of a word, a preposition and the word again, in title case after a lower-case word:
# "the restaurants will be inspected One By One," (逐一), "Step By Step", "Face To Face", "Year On
# Year" (issue 9, eighteenth round): an adverbial English writes in lower case; none in the clean
# sets, where such a run is a title ("the song Side By Side", read by ``_NAMING``) or a headline's.
_DOUBLED = re_programs.compile(r"(([A-Z](?<=[a-z,] [A-Z])[a-z]+)[ \u00a0](?:By|To|In|On|After|For|And|Upon)[ \u00a0]\2)(?![\w'’-])")


def _doubled(doc, headline):
    text = doc.text
    for m in matches_at(_DOUBLED, text, inside_capitals(doc)):
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).islower():
            continue
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        yield Hit(m.start(1), m.end(1), m.group(1).lower(), {"word": m.group(1)})


# A time of day that labels a line of an itinerary or a schedule ("3pm", "9.30am", "14:00").
_TIME_LABEL = re_programs.compile(r"[ \t]*(?:\d{1,2}(?:[.:]\d{2})?[ \u00a0]?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2})[ \t,:\u2013\u2014-]*")

# The heads of a body named "<head> of <field>" ("the Department of Defence", "the Ministry of
# Health", "the Office of Management"): where a document names one, the field alone capitalised
# is that body's short name ("Defence estimates that ...", "whether Health had been told"), as
# Australian and British copy writes it (issue 9, twentieth round: a blind clean set).
_BODY_OF = r"(?:Department|Ministry|Minister|Secretary|Office|Bureau|Board|Commission|Commissioner|Agency|Directorate|Inspectorate)"
# "on the Somerset Levels": the word after a preposition and a capitalised word; "the Department
# of (the) Defence": the word after a body's head and "of", or "for" as British departments are
# named ("the Department for Transport", "the Secretary of State for Transport", then "Transport
# questions": a blind clean set, issue 9, forty-sixth round). Lookaheads, so that the word after may open the next match.
_AFTER_PLACE_NAME = re_programs.compile(r"\b(?:the|on|in|of|at|to|from|across|near|over|along)[ \u00a0][A-Z][a-z]+[ \u00a0](?=(\w+))")
_AFTER_BODY_OF = re_programs.compile(r"\b" + _BODY_OF + r"[ \u00a0](?:of[ \u00a0]State[ \u00a0]for|of|for)[ \u00a0](?=(\w+)(?:[ \u00a0](\w+))?)")
# A defined term: '(the "Notes")', '(each a "Guarantor")', '("Listing Rules")'.
_DEFINED = re_programs.compile(r"\((?:the |each |each a |each an |a |an |together, the |collectively, the )?[\"“]([A-Z][\w'’ -]{0,60})[\"”]\)")
_LATIN_WORD = re_programs.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=4)
def defined_words(text: str) -> frozenset:
    """The words of the terms the document defines (``_DEFINED``), in lower case: read once per
    document, for every mode that passes a defined term's word."""
    return frozenset(word.lower() for term in _DEFINED.findall(text) for word in term.split())


@lru_cache(maxsize=4)
def _defined_terms(text: str) -> frozenset:
    """The terms the document defines (``_DEFINED``), in lower case, single-spaced."""
    return frozenset(" ".join(term.lower().split()) for term in _DEFINED.findall(text))


def headline_or_named(doc, headline, start, line_start, line_end) -> bool:
    """Is the capitalised word at ``start`` on a headline line (``title_line``, ``headline`` its
    memo), right after a word that introduces a name (``_NAMING``: "called", "the Year of the") or
    the first word of a work's title with its year after it (``dated_title``: "her books,
    including Letters to a Dead Brother (1987)")?"""
    return title_line(doc, headline, line_start, line_end) \
        or _NAMING.search(doc.text, max(line_start, start - 20), start) is not None \
        or dated_title(doc.text, start)


_SEGMENT_END = re_programs.compile(r"[\"“”\[\]().!?;]")


def clause_window(text, start, end, line_start, line_end):
    """The stretch around a word up to the nearest quotation mark, bracket or sentence mark
    each side, at most 160 characters each way: a quotation, or a clause."""
    lo = max(line_start, start - 160)
    left = max((m.end() for m in _SEGMENT_END.finditer(text, lo, start)), default=lo)
    right = _SEGMENT_END.search(text, end, min(line_end, end + 160))
    return text[left:right.start() if right else min(line_end, end + 160)]


def mostly_foreign(window):
    """Is most of ``window`` words English does not use (Zipf below 3): another language?"""
    words = _LATIN_WORD.findall(window)
    return len(words) >= 6 and 2 * sum(zipf_cached(w.lower()) >= 3.0 for w in words) < len(words)


# A currency or unit after its figure is lower case in English: "5 billion Yuan" (Yuan the
# surname or dynasty goes on with a capitalised word, which the lookahead leaves alone).
_UNIT_AFTER_FIGURE = re_programs.compile(
    r"\d(?<![\w.,]\d)[\d,]*(?:\.\d+)?(?:[ \u00a0](?:million|billion|trillion|thousand|hundred))?[ \u00a0]"
    r"(Yuan|Dollars|Euros|Percent|Tons|Tonnes|Kilometers|Kilometres|Meters|Metres)(?=[ \u00a0][a-z]|[,.;:)!?]|$)",
    re.MULTILINE)
# A past tense or participle of six letters or more ("Increased", "Achieved") is no name, so it
# needs no lower-case use elsewhere; shorter -ed words are names too (Fred, Ted, Reed).
_VERB_FORM = re_programs.compile(r"[a-z]{3,}(?<!e)ed")
_PREV_WORD = re_programs.compile(r"([\w'’-]+),? $")
_ORDINAL_FIGURE = re_programs.compile(r"\d+(?:st|nd|rd|th)")
# Determiners and quantifiers of four letters or more: before a lower-case noun inside a
# sentence ("posted at Every kilometer", "pollinated to Another flower") no name starts with
# one, so they need no lower-case use elsewhere in the document (issue 9, seventh round).
# "Your" is left out: licences capitalise it as a defined term ("Your modifications").
_DETERMINERS = frozenset({"every", "each", "another", "their", "these", "those", "such", "both", "either", "neither",
                          "several", "whose", "this", "that", "some", "many", "most"})
# A capitalised word followed by one of these may open a name ("the Ministry of Commerce").
_NAME_LINKS = {"of", "and", "for", "de", "du", "la", "von", "van", "da", "on", "in", "at", "&"}

# Small words inside a title in title case ("the Right to Read report", "Race to the Top"):
# after a capitalised word they go on a name, as "of" and "and" do.
_TITLE_LINKS = {"to", "the", "a", "an", "with", "from", "by", "into", "over", "under"}

# A run of two to five words in title case ending in a plural inside a sentence: "putting Bus
# Stops within two kilometres", "four Bird Watching Platforms" (``_title_run``).
# (Its first word written out, the guard before it checked after its capital: re skips to
# capitals, where a lookahead and a lookbehind first were tried at every character; the same
# matches as ``(?=[A-Z])(?<=[a-z0-9,][ \u00a0])((?:[A-Z](?<!\w[A-Z])[a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){1,4}``
# and the rest, tests/test_capital_patterns41.py; so ``_THE_RUN`` and ``_ANY_TITLE_RUN``.)
_TITLE_RUN = re_programs.compile(r"([A-Z](?<=[a-z0-9,][ \u00a0][A-Z])[a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]"
                                 r"(?:[A-Z](?<!\w[A-Z])[a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){0,3}"
                                 r"[A-Z][a-z]+s)\b(?![ \u00a0]+[A-Z])(?!['’&-])")
# A title-case run after "the" (one pass per document): a run the document names so is a name.
_THE_RUN = re_programs.compile(r"[Tt](?<!\w[Tt])he[ \u00a0]+((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){1,4}[A-Z][a-z]+s)\b")
# Last words that end names (firms, events, awards, places, works): "Hydro Holdings", "Asian Games".
_RUN_NAME_HEADS = frozenset("""holdings games awards islands images pictures regulations shares records ventures
partners analytics futures developments chemicals goods press genetics finals terminals nations states lakes falls
letters books recordings championships lights streets olympics prizes medals globes stars times news sciences
studies services systems solutions technologies industries resources networks communications investments
properties brands foods airlines airways motors pharmaceuticals laboratories labs affairs works rights
heights gardens hills springs woods fields mills brothers sons friends zones workers giants maps players
pioneers heroes champions scholars ambassadors""".split())
# First words that open names or figures, not a common noun phrase ("These Regulations", "United
# States", "Four Seasons").
_RUN_NAME_OPENERS = frozenset("""these this those the china chinese hong new united great north south east west world
northern southern eastern western first second third one two three four five six seven eight nine ten eleven twelve
twenty thirty forty fifty hundred thousand""".split())
# What stands before a common noun phrase that MT capitalised, and seldom before a name: a
# figure or a quantifier ("60 Key Enterprises", "some Fans Groups"), a verb that takes things
# as its object ("use Air Source Heat Pumps", "helping Large Models"), a preposition of motion
# or inclusion ("onto Industrial Internet Platforms").
_RUN_BEFORE = frozenset("""two three four five six seven eight nine ten eleven twelve dozens hundreds thousands some
many more several all most few other various numerous use uses pick picks build builds buy buys sell sells install
installs allow allows help helps put puts make makes produce produces grow grows plant plants add adds give gives
offer offers provide provides support supports develop develops promote promotes deploy deploys onto into about
between among including like""".split())
_FIGURE = re_programs.compile(r"\d[\d,.]*")


# Words before a title-case run that stand before names as often as before common nouns: the
# articles, prepositions, conjunctions, pronouns, auxiliaries, and the verbs that say or name
# ("said Elena Brooks", "of Trade Unions", "called Red Envelopes"; measured on the clean sets,
# where a run after a preposition is mostly a name or a headline's words).
_NOT_RUN_BEFORE = frozenset("""the a an in of by to for and at as on from with or nor but near between into onto under over
about after before during than via per against among across through toward towards within without upon beyond
beside besides behind below above around along its their his her our your my this these those which who whom whose
where when while that what why how then there here it they he she we you i us them him me
be been being is was are were am has have had do does did will would shall should can could may might must
not only both either neither each every any some all most more many such also
said says say saying told tells tell named called dubbed titled entitled renamed nicknamed joined visited
like unlike including except""".split())


def _modifies_noun(after) -> bool:
    """Is ``after``, the lower-case word after a title-case run, the noun the run qualifies
    ("Houston Rockets center", "Chicago Bears linebacker"), not a function word, an auxiliary
    or a verb in the past or in -ing after a subject ("Heat Pumps installed", "Bus Stops are")?
    With a first word that CC-CEDICT's glosses never write in lower case (a place or a brand:
    Houston, Dallas), such a run is a name used as a modifier (issue 9, thirty-sixth round)."""
    return (after not in _NOT_RUN_BEFORE and not after.endswith(("ed", "ing")) and after not in _RUN_VERBS_AFTER
            and zipf_cached(after) >= 3.0)


# Present-tense verbs that follow a plural subject, which a run's next word may be ("Cooperatives provide").
_RUN_VERBS_AFTER = frozenset("""provide offer help make get take give need use cover serve allow include remain become
cost pay sell buy say show hold keep run work come go""".split())


def _content_word_before(before, last):
    """Is ``before`` a lower-case content word, a verb, noun or adjective ("keep Repair
    Invoices", "fix Hidden Dangers", "yuan Red Envelopes", "shiitake, Dried Bamboo Shoots"),
    and the run's last word ``last`` a plural noun, whose singular is about as common as it or
    more ("invoices" 3.1, "invoice" 3.3)? A surname ending in "s" is commoner than its
    singular ("Santos" 3.7, "santo" 3.4; "Evans", "Collins", "Ross"): "forward Felipe Santos"."""
    return (before.isalpha() and before.islower() and before not in _NOT_RUN_BEFORE
            and before not in _NAMING_NOUNS and zipf_cached(last[:-1]) >= zipf_cached(last) - 0.2)


def _opens_with_a_place(word):
    """Is ``word`` the name of a Chinese province or city (the official names file's places,
    CC-CEDICT's cities and counties)? A run opening with one is a name."""
    from .official_names import PLACES
    from ..cedict import chinese_places
    return word.lower() in PLACES or word in chinese_places()


# Before a run, also the nouns of organisations and projects ("the startup Deep Blue Robotics").
_NAMING_NOUNS = frozenset(_NAMING_NOUN_WORDS) | frozenset("group firm company startup studio programme program project".split())


# Nouns after a title-case run that make it the title of a publication, a measure or a prize
# ("the quarterly Grain Stocks report", "the Producer Prices index"; issue 9, seventeenth round:
# a clean commodity story).
_NAMED_BEFORE_NOUNS = frozenset("""report reports survey index bulletin review release data figures statistics outlook
estimate estimates forecast act law bill award awards prize list ranking rankings exhibition festival series
magazine newsletter database""".split())
_NEXT_WORD = re_programs.compile(r"[ \u00a0]+([a-z]+)\b")


def _title_run(doc, state):
    """A common noun phrase in title case inside a sentence of a story about China, after a
    figure, a quantifier, a verb or a preposition that seldom stands before a name ("putting
    Bus Stops within two kilometres", "four Bird Watching Platforms", "use Air Source Heat
    Pumps"): MT carried the capitals of a heading or of the source's emphasis over. Every word
    is common (Zipf >= ``min_zipf``), the last a plural of a common word, and the run is no
    name of a kind English capitalises (``_RUN_NAME_HEADS``, ``_RUN_NAME_OPENERS``) nor one the
    document names with "the" elsewhere."""
    from .official_names import document_about_china
    text = doc.text
    headline = {}
    china = None
    named = None  # the runs the document names with "the" somewhere, read once when first asked
    done = []  # the runs found, which the second test leaves alone
    for m in matches_at(_TITLE_RUN, text, inside_capitals(doc)):
        run = m.group(1)
        words = run.split()
        low = [w.lower() for w in words]
        if low[-1] in _RUN_NAME_HEADS or low[0] in _RUN_NAME_OPENERS:
            continue
        if _opens_with_a_place(words[0]):
            continue  # "beat Shanghai Sharks", "Guangzhou Lions": a team's, a firm's or a venue's name
        after = _NEXT_WORD.match(text, m.end())
        if after and after.group(1) in _NAMED_BEFORE_NOUNS:
            continue  # "its quarterly Grain Stocks report": the title of a report, an index, a law
        if after and _modifies_noun(after.group(1)) and not _common_word(low[0]):
            continue  # "the former Houston Rockets center": a team's or a firm's name before the noun it qualifies
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        before = prev.group(1) if prev else ""
        if not (before in _RUN_BEFORE or _FIGURE.fullmatch(before)
                or before.endswith("ing") and before.islower() and zipf_cached(before) >= 3.0
                or _content_word_before(before, low[-1])):
            continue
        if any(zipf_cached(part) < state["min_zipf"] for w in low for part in w.split("-")) \
                or zipf_cached(low[-1][:-1]) < 3.0:
            continue
        line_start, line_end = doc.line_at(m.start())
        if title_line(doc, headline, line_start, line_end):
            continue
        if named is None:
            named = {" ".join(n.group(1).split()) for n in _THE_RUN.finditer(text)}
        if " ".join(words) in named:
            continue  # named with "the" elsewhere: a name
        if china is None:
            china = document_about_china(doc)
        if not china:
            return
        done.append((m.start(1), m.end(1)))
        yield Hit(m.start(1), m.end(1), " ".join(low), {"word": run})
    if china is None:
        china = document_about_china(doc)
    if china:
        yield from _title_run_written_lower(doc, state, headline, done)


# Any run of two to five words in title case after a lower-case word (a singular end too):
# ``_title_run_written_lower``.
_ANY_TITLE_RUN = re_programs.compile(r"([A-Z](?<=[a-z0-9,][ \u00a0][A-Z])[a-z]+(?:-[A-Za-z][a-z]+)?[ \u00a0]"
                                     r"(?:[A-Z](?<!\w[A-Z])[a-z]+(?:-[A-Za-z][a-z]+)?[ \u00a0]){0,3}"
                                     r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)\b(?![ \u00a0]+[A-Z])(?!['’&-])")
# Words that make a title-case run the name of a body, a place, a post, a document, an event or
# a work whatever its other words ("the Village Committee", "Rural Revitalization Bureau",
# "Deputy Minister", "the Lease Agreement", "Tropical Storm"), anywhere in the run.
_BODY_HEADS = frozenset("""commission ministry bureau office department administration committee council agency
authority board center centre institute academy university college school hospital museum library association
federation union society foundation fund bank group company corporation exchange court tribunal congress assembly
party league cup games award awards prize medal festival expo fair forum summit conference week day year plan
program programme project scheme initiative strategy act law bill regulation regulations rules code policy treaty
agreement convention charter index list market station airport port bridge road street lane avenue way square tower
hall palace temple pavilion garden gardens park lake river mountain mountains hill hills island islands bay sea
ocean coast beach point head falls valley belt area district county province city town village region zone
network alliance team club service services force forces guard police army navy press post times journal review
letters minister secretary officer director chairman president governor mayor chief deputy vice prosecutor
commissioner manager storm typhoon signal warning alert line route highway railway terminal period date""".split())
# What comes after a run and makes it a name: "of", "for", "and", "on" or "&" and a capitalised
# word (the name goes on: "Visitor Levy (Scotland) Act"), a bracket or quotation mark before one
# ("Tropical Storm "Sinag"", "the Lease Agreement (the ..."), or a figure ("Posting Groups 1, 2").
_NAME_GOES_ON = re_programs.compile(r"[ \u00a0]+(?:(?:of|for|and|on|&)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]|[(\"“'‘]|\d)")


@functools.lru_cache(maxsize=1 << 16)  # asked for every word of every title-case run
def _common_word(word) -> bool:
    """Is ``word`` (lower case) a word CC-CEDICT's glosses write in lower case, itself or its
    singular ("pumps", "cities")?"""
    from ..cedict import common_lowercase_words
    common = common_lowercase_words()
    return (word in common or word.endswith("s") and word[:-1] in common
            or word.endswith("ies") and word[:-3] + "y" in common or word.endswith("es") and word[:-2] in common)


# Two whole lower-case words apart by spaces or hyphens ("heat pumps", "heat-pump"); a lookahead
# for the second, which may open the next pair.
_LOWER_PAIR = re_programs.compile(r"(?<![\w'’-])([a-z]+)[ \u00a0-]+(?=([a-z]+)(?![\w'’-]))")
_LETTERS = re_programs.compile(r"[a-z]+")


def _written_lower_pair(text, first, last, tails) -> bool:
    """Does the document write ``first`` and then ``last`` (or its plural in -s or -es) in lower
    case, apart by spaces or hyphens ("heat pumps" for "Heat Pump")? ``tails``: a dict kept for
    one document, which holds the document's pairs of lower-case words (listed once: a search of
    the whole text per title-case run was quadratic) and the answers of other shapes."""
    if _LETTERS.fullmatch(first) and _LETTERS.fullmatch(last):
        pairs = tails.get(None)
        if pairs is None:
            pairs = tails[None] = set(_LOWER_PAIR.findall(text))  # (word, next word) of each match, listed in C
        return any((first, last + end) in pairs for end in ("", "s", "es"))
    key = (first, last)
    if key not in tails:
        tail = re.escape(first) + r"[ \u00a0-]+" + re.escape(last) + r"(?:s|es)?"
        tails[key] = _compiled(r"(?<![\w'’-])" + tail + r"(?![\w'’-])").search(text) is not None
    return tails[key]


def _title_run_written_lower(doc, state, headline, done):
    """A run of common words in title case inside a sentence of a story about China, singular or
    plural, after any lower-case word, whose last two words the same document writes in lower
    case elsewhere ("the Air Source Heat Pumps" beside "heat pumps", "the New Energy Vehicle
    industry" beside "new energy vehicles"; issue 9, twentieth round): MT capitalised a term where
    its source had emphasis or a heading, not a name, which a document keeps in one case. Every
    word is common in English (Zipf >= ``min_zipf``) and written in lower case by CC-CEDICT's
    glosses (``_common_word``: not "Tang", "Western", "Pink"); none is a head of a body's, a
    place's, a post's or a document's name (``_BODY_HEADS``), and the run neither goes on into a
    longer name (``_NAME_GOES_ON``), nor follows "Ministry of" or a noun or verb that introduces
    a name (``_NAMING``), nor is a defined term ('(the "Lease Agreement")')."""
    text = doc.text
    tails = {}  # ``_written_lower_pair``'s pairs and answers, for this document
    for m in matches_at(_ANY_TITLE_RUN, text, inside_capitals(doc)):
        if any(s < m.end(1) and m.start(1) < e for s, e in done):
            continue  # ``_title_run`` has it
        run = m.group(1)
        words = run.split()
        low = [w.lower() for w in words]
        parts = [p for w in low for p in w.split("-")]
        if any(w in _BODY_HEADS for w in parts) or low[0] in _RUN_NAME_OPENERS:
            continue
        if _NAME_GOES_ON.match(text, m.end(1)):
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).islower() or prev.group(1) in _NAMING_NOUNS:
            continue
        if prev.group(1) in _NAME_LINKS or prev.group(1) in _TITLE_LINKS:
            head = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
            if head and head.group(1)[:1].isupper():
                continue  # "the Ministry of Emergency Management": the end of a longer name
            if head and (head.group(1) in _NAME_LINKS or head.group(1) in _TITLE_LINKS):
                name = _PREV_WORD.search(text, max(0, head.start() - 40), head.start())
                if name and name.group(1)[:1].isupper():
                    continue  # "the Federation of the Trade Unions"
        if any(zipf_cached(p) < state["min_zipf"] or not _common_word(p) for p in parts):
            continue
        last = low[-1][:-1] if low[-1].endswith("s") else low[-1]
        if not _written_lower_pair(text, low[-2], last, tails):
            continue  # never written in lower case: the document's name for something
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if " ".join(low) in _defined_terms(text):
            continue
        yield Hit(m.start(1), m.end(1), " ".join(low), {"word": run})


# A word in lower case, not part of an address, a handle, a file name or a hyphenated or
# elided word; "'s" may follow ("guangdong's").
_LOWER_CANDIDATE = re_programs.compile(r"(?<![\w@#/.&'’-])([a-z]{2,})(?=['’]s\b|(?![\w@/&'’-]|\.\w))")


def uses_of(pattern, text, words):
    """The matches of ``pattern`` (a word as its group 1, refused after any character the word
    may hold, so that its matches never overlap) whose word is one of ``words``, in the order of
    ``pattern.finditer(text)``: each word found with ``str.find`` and tried there, instead of a
    Python step for every word of the text when a few are asked for."""
    starts = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    for start in sorted(set(starts)):
        m = pattern.match(text, start)
        if m and m.group(1) in words:
            yield m


# What opens a sentence or a line: the lower-case start there is ``sentence_start``'s finding.
_OPENS_SENTENCE = re_programs.compile(r"(?:^|[.!?:][\"”’')\]]?[ \u00a0]+|[\"“‘(\[])[ \t]*$")
_WORD_BEFORE = re_programs.compile(r"([A-Za-z]+)[ \u00a0,]*$")
_WORD_AFTER = re_programs.compile(r"[ \u00a0,]*([A-Za-z]+)")
# Places of the mainland that are English words or pinyin of other words as well ("Inner
# Mongolia"'s first word, "xian" 先 in a gloss of a slogan): left to the list in the rule.
_NOT_ONLY_A_PLACE = frozenset({"inner", "xian"})
# A whole word in lower case, "'s" allowed after it: the form ``_lower_name`` counts.
_LOWER_FORM = re_programs.compile(r"(?<![\w'’-])([a-z]+)(?=['’]s\b|(?![\w'’-]))")
_GAP = re_programs.compile(r"[ \t]")
# Two words joined by a hyphen or an en dash, not inside an address or a longer compound.
_NAME_PAIR = re_programs.compile(r"(?<![\w@#/.&'’-])([A-Za-z]{2,})[-\u2013]([A-Za-z]{2,})(?![\w@/&'’\u2013-]|\.\w)")


def _lower_name(doc, state):
    """A proper name written in lower case inside a sentence: a country, a nationality, a day or a
    month, a Chinese province or city ("the mayor of shenzhen said", "chinese exporters", "on
    tuesday"; ``names`` and, with ``places``, the official names' provinces and cities), or a
    Chinese county, district or city that the same document writes with its capital elsewhere
    ("Yizhou District ... farmers in yizhou"; CC-CEDICT's places). MT engines lower-case a name
    they do not recognise as one, or one the source glossed in pinyin. Passed: words inside an
    address, a handle or a file name ("@xinhua", "beijing.gov.cn"), words among pinyin or other
    words English does not use (a gloss, "gongtong fuyu"), words near Chinese characters, "bone
    china", and a sentence's first word (``sentence_start`` reads that)."""
    text = doc.text
    names = state["names"]
    if state["places"]:
        from .official_names import PLACES
        names = names | (PLACES - _NOT_ONLY_A_PLACE)
    written = None  # the CC-CEDICT places the document writes with a capital
    china_capitalised = None  # whether the document writes "China" with its capital somewhere
    lower_forms = None  # how often the document writes each word in lower case ("yizhou's" too): counted once
    spaces = {}  # the spaces and tabs of each line, by the line's start: listed once per line
    headline = {}
    asked = set()  # the words of the text that may be a name in lower case, judged once a word
    places = None  # CC-CEDICT's places (``_places_written_capitalised`` counts only those)
    # Each word read below is one of the document's runs of letters (shared by the modes:
    # ``letter_runs``), bounded by no letter on either side: the words in lower case that may
    # be a name, judged by the word alone, first; none, and no scan is made.
    runs = [r for r in letter_runs(doc) if r[0].islower()]
    if not _may_be_lower_name(runs, names, state["places"]):
        return
    for word in set(_LOWER_CANDIDATE.findall(text)):
        if word not in names:
            if not state["places"] or zipf_cached(word) >= 3.0:
                continue
            # Only a place's name can be written with its capital in ``written``, and the
            # document's capitals and lower-case forms are counted only when a word may be one
            # (issue 13, speed36b: they were counted for every rare word; the same verdicts).
            if places is None:
                from ..cedict import chinese_places
                places = chinese_places()
            if word[0].upper() + word[1:] not in places:
                continue  # written.get(word, 0) is 0: the word is no place's name
            if written is None:
                written = _places_written_capitalised(text)
            capitalised = written.get(word, 0)
            if not capitalised:
                continue
            if lower_forms is None:
                lower_forms = Counter(_LOWER_FORM.findall(text))
            if capitalised < lower_forms[word]:
                continue  # "hukou" (and the county Hukou): the document's own word in lower case
        asked.add(word)
    for m in uses_of(_LOWER_CANDIDATE, text, asked):
        word = m.group(1)
        if word == "china" and _CHINA_WARE_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            continue  # "bone china": porcelain
        if word == "china":
            if china_capitalised is None:
                china_capitalised = _CHINA_CAPITALISED.search(text) is not None
            if not _china_the_country(text, m.start(), m.end(), names, china_capitalised):
                continue  # "antique china", "The china cabinet": porcelain, an ordinary noun
        line_start, line_end = doc.line_at(m.start())
        if _OPENS_SENTENCE.search(text, max(line_start, m.start() - 4), m.start()):
            continue
        # The token around the word, between the spaces or tabs of its line (a search to the
        # line's ends per word was quadratic on a long line without tabs).
        gaps = spaces.get(line_start)
        if gaps is None:
            gaps = spaces[line_start] = [g.start() for g in _GAP.finditer(text, line_start, line_end)]
        i = bisect_left(gaps, m.start())
        token_start = gaps[i - 1] + 1 if i else line_start
        j = bisect_left(gaps, m.end(), i)
        token_end = gaps[j] if j < len(gaps) else line_end
        if _ADDRESS_MARK.search(text[max(line_start, token_start):token_end]):
            continue  # "beijing.gov.cn", "@shanghaidaily", "#wuhan": an address or a handle
        before = _WORD_BEFORE.search(text, max(line_start, m.start() - 30), m.start())
        after = _WORD_AFTER.match(text, m.end(), min(line_end, m.end() + 30))
        if any(w and _not_english(w.group(1), names) for w in (before, after)):
            continue  # "(伤害中国人民的感情, shanghai Zhongguo renmin de ganqing)": pinyin or a foreign phrase
        if HAN_CHAR.search(text, max(line_start, m.start() - 15), min(line_end, m.end() + 15)):
            continue
        if line_start not in headline:
            headline[line_start] = _lower_line(text[line_start:line_end])
        if headline[line_start]:
            continue  # "beijing weekend guide": a line set in lower case throughout, as a style
        yield Hit(m.start(1), m.end(1), word[0].upper() + word[1:], {"word": word})
    # Two names joined by a hyphen, one or both in lower case ("the china-myanmar border", "the
    # Yunnan-laos railway"; issue 9, thirty-third round): the hyphen hides them from the words
    # read above, and two names joined are names ("china" beside "myanmar" is no porcelain).
    for m in _NAME_PAIR.finditer(text):
        pair = (m.group(1), m.group(2))
        if not any(w[0].islower() for w in pair) or not all(w.lower() in names for w in pair):
            continue
        line_start, line_end = doc.line_at(m.start())
        if HAN_CHAR.search(text, max(line_start, m.start() - 15), min(line_end, m.end() + 15)):
            continue
        if line_start not in headline:
            headline[line_start] = _lower_line(text[line_start:line_end])
        if headline[line_start]:
            continue
        for k, word in enumerate(pair, 1):
            if word[0].islower() and word.lower() == word and not (
                    k == 1 and _OPENS_SENTENCE.search(text, max(line_start, m.start() - 4), m.start())):
                yield Hit(m.start(k), m.end(k), word[0].upper() + word[1:], {"word": word})


def _may_be_lower_name(runs, names, places) -> bool:
    """Can ``_lower_name`` find anything in a document whose runs of letters opening in lower
    case are ``runs``: is one a name in any case (a word of a hyphenated pair, "china-Myanmar"),
    or, with ``places``, a rare word in lower case whose capitalised form is a CC-CEDICT place?
    The test is the word's alone, the same as ``_lower_name``'s before it reads the text."""
    if not names.isdisjoint(map(str.lower, runs)):
        return True
    if not places:
        return False
    chinese = _places_in_lower_case()
    return any(zipf_cached(run) < 3.0 for run in runs if run in chinese and run.islower())


@lru_cache(maxsize=1)
def _places_in_lower_case() -> frozenset:
    """CC-CEDICT's places made of ASCII letters, a capital and then small letters, in lower case:
    a word of small letters ``w`` is one of them when ``w[0].upper() + w[1:]`` is such a place."""
    from ..cedict import chinese_places
    return frozenset(p.lower() for p in chinese_places()
                     if p.isascii() and p.isalpha() and p[0].isupper() and (p[1:].islower() or len(p) == 1))


# "china" is porcelain too ("antique china", "wedding china", "The china cabinet"): the country
# needs evidence, a country's, a nationality's or a Chinese place's name near it ("exports to
# china and Korea", "chinese"), or the document writing "China" with its capital elsewhere and
# this "china" after a preposition, a conjunction or a mark, where no determiner or adjective
# makes it a noun for dishes ("exports to china rose").
_CHINA_CAPITALISED = re_programs.compile(r"\bChina\b")
_CHINA_NEAR = 300  # characters each side looked at for another name
_CHINA_AFTER = frozenset("""to in from of and or with by for into across between against including about than
like via on at toward towards beyond outside inside within throughout""".split())
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february april june july
september october november december jan feb apr jul aug sept oct nov""".split())


def _china_the_country(text, start, end, names, capitalised) -> bool:
    """Is the lower-case "china" at ``start``-``end`` the country (see ``_CHINA_AFTER``)?
    ``names``: the rule's names (and places); ``capitalised``: whether the document writes
    "China" elsewhere."""
    from .official_names import PLACES
    near = text[max(0, start - _CHINA_NEAR):start] + " " + text[end:end + _CHINA_NEAR]
    for w in _LETTER_RUN.findall(near):
        low = w.lower()
        if low != "china" and low not in _CALENDAR and low not in _NOT_ONLY_A_PLACE and (low in names or low in PLACES):
            return True  # "exports to china and korea", "chinese buyers"
    if not capitalised:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is None or before.group(1).lower() in _CHINA_AFTER or text[before.end(1):start].strip() != ""


# A capitalised word after a lower-case word or a comma: inside a sentence, where only a name
# is capitalised.
_CAPITALISED_INSIDE = re_programs.compile(r"(?<=[a-z,] )([A-Z][a-z]+)(?![\w'’-])")


def _places_written_capitalised(text):
    """How often the document writes each CC-CEDICT place inside a sentence with its capital,
    by the name in lower case ({"yizhou": 3})."""
    from ..cedict import chinese_places
    places = chinese_places()
    counts = Counter(_CAPITALISED_INSIDE.findall(text))
    return {w.lower(): n for w, n in counts.items() if w in places}


def _not_english(word, names) -> bool:
    """Is ``word`` a lower-case word of pinyin or of a language English does not borrow from
    ("renmin", "zhongguo"): rare (Zipf below 2.5) and pinyin, or unknown to wordfreq? A rare
    English word ("carmakers") is not."""
    if not word.islower() or word in names:
        return False
    zipf = zipf_cached(word)
    return zipf == 0 or zipf < 2.5 and bool(pinyin_syllables(word))



def _lower_line(line):
    """Is the line set in lower case as a style (a handle's post, a tag line): three words or
    more and no capital letter at all?"""
    return len(_LETTER_RUN.findall(line)) >= 3 and not any(map(str.isupper, line))


def _pinyin_name(doc, state):
    from .capital_names import pinyin_names  # its own module: it imports helpers from this one
    from .capital_shapes import pinyin_before_heads
    hits = list(pinyin_names(doc, state))
    yield from hits
    for h in pinyin_before_heads(doc, state):  # "the boao forum", "the qianhai free trade zone" (caps10)
        if not any(h.start < o.end and o.start < h.end for o in hits):
            yield h


def _generic_noun(doc, state):
    from .capital_names import generic_nouns, generic_runs
    from .capital_shapes import title_runs_after_a
    yield from generic_nouns(doc, state)
    yield from generic_runs(doc, state)
    yield from title_runs_after_a(doc)  # "set up a Clean Air Action to" (caps10)


def _case_variant(doc, state):
    from .case_variants import case_variants  # its own module: it imports helpers from this one
    from .capital_shapes import lower_name_tails
    yield from case_variants(doc, state)
    yield from lower_name_tails(doc)  # "Huawei Technologies ... Huawei technologies" (caps10)


def _after_mark(doc, state):
    from .capital_marks import after_marks  # its own module: it imports helpers from this one
    return after_marks(doc, state)


def _caps_heads_phrase(text, start, end, line_start, line_end):
    from .capital_names import caps_heads_phrase  # its own module: it imports helpers from this one
    return caps_heads_phrase(text, start, end, line_start, line_end)


def _elsewhere(module: str, name: str):
    """A mode whose reading lives in a neighbouring module (``capital_names``, ``capital_shapes``),
    imported at its first use: those modules import helpers from this one."""
    def mode(doc, state):
        import importlib
        return getattr(importlib.import_module("." + module, __package__), name)(doc, state)
    return mode


def _sentence_start_or_opening(doc, state):
    """``_sentence_start``, and a text's first word in lower case (``capital_names.opening_lower``:
    the first sentence has no stop before it)."""
    from .capital_names import opening_lower
    from .capital_shapes import headline_lower
    yield from opening_lower(doc, state)
    yield from headline_lower(doc, state)  # "china's exports rise in May" opening a text (caps10)
    yield from _sentence_start(doc, state)


_MODES = {"all_caps": _all_caps, "sentence_start": _sentence_start_or_opening, "name_case": _name_case,
          "mid_sentence": _mid_sentence, "title_run": _title_run, "lower_name": _lower_name,
          "pinyin_name": _pinyin_name, "generic_noun": _generic_noun,
          "name_letters": _elsewhere("capital_names", "name_letters"),
          "title_before_name": _elsewhere("capital_names", "titles_before_names"),
          "lower_phrase": _elsewhere("capital_names", "lower_phrases"), "case_variant": _case_variant,
          "after_mark": _after_mark, "lower_body": _elsewhere("capital_shapes", "lower_bodies"),
          "given_lower": _elsewhere("capital_shapes", "lower_given_names"),
          "common_after_the": _elsewhere("capital_shapes", "capitals_after_the"),
          "capital_once": _elsewhere("capital_shapes", "common_words_capitalised_once")}


@prepare.detector
def detect(doc, state):
    return _MODES[state["mode"]](doc, state)

