"""The ``capital_in_story`` detector type (issue 9, twenty-ninth round): an ordinary word that a
story writes in lower case and, once, with a capital inside a sentence where nothing makes it a
name, read on the story's own evidence and run only behind the catalog's evidence gate
(``gated: true``).

Chinese has no letter case, so an MT engine's stray capital is not a style: "The income is not
lower than the Rice," beside "samples of rice" and "give up rice"; "Now the Company recognizes my
skill" beside "The company pay them" and "some small companies". The loose ``capital_loose``
rule (``common_word``) reads a capital only before a lower-case word and passes a body's word
after an article ("the Company", "the Bureau": English's short name of a body); the strict
``capitalization`` rule (``mid_sentence``) also wants a lower-case word after it. This type reads
the two places they leave, with the story's own lower-case use as the evidence:

- ``clause_end``: a capitalised word after a lower-case word and before a mark (a comma, a
  full stop, a closing quotation mark or bracket): "than the Rice,", "bought a new House.";
- ``body_word``: a body's word (``institutions``) after an article or a possessive and before a
  lower-case word, in a story that names no body with that word: "the Company recognizes"
  where no "X Company" or "Company of X" stands anywhere.

Either way the word must be common (Zipf >= ``min_zipf``; a body's word also inflected in
English, ``ordinary_word``, as "Reuters" is not), not after a word that stands before a
person's name ("said Rice.", "coach Brown,"), the story must write it (or its plural or singular) wholly in lower
case elsewhere, and nothing may make it a name: a capitalised word beside it anywhere in the
story ("the Company" beside "Shandong Steel Company"), a name's "of" ("Bureau of Statistics"), a
naming word before it ("called", "the app"), a headline, a defined term ('(the "Company")'),
a quotation in another language, the words English always capitalises (``allow``) and family
names that are English words (``surnames``).
"""
from __future__ import annotations

import re
from collections import Counter

from . import check_choice, Hit, Key, param_words, register
from ..zipf import zipf_cached
from .capital_gated import inflected_forms, ordinary_word
from .capitalization import clause_window, defined_words, headline_or_named, lower_words, mostly_foreign

_MODES = ("clause_end", "body_word")

# A capitalised word after a lower-case word and a space, before a mark: "than the Rice,".
_AT_END = re.compile(r"(?<=[a-z] )([A-Z][a-z]{3,})(?=[,.;:!?\"”’)])")
# A capitalised word after a lower-case word and a space, before a space and a lower-case word.
_BEFORE_LOWER = re.compile(r"(?<=[a-z] )([A-Z][a-z]{3,})(?= [a-z])")
# After the word: a name's "of"/"for" before a capital or a figure ("the Group of 20", "College of
# Design"), or "and" before a capital ("the University and College Union").
_NAME_GOES_ON = re.compile(r" (?:(?:of|for|on)(?: the)? [A-Z0-9]|and [A-Z])")
# Capitalised words after a lower-case word anywhere in the story, counted once per document.
_CAPITAL_AFTER_LOWER = re.compile(r"(?<=[a-z] )([A-Z][a-z]{3,})\b")
_PREV_WORD = re.compile(r"([\w'’-]+),? $")
# A capitalised word beside another one ("Shandong Steel Company", "Company Limited"), or before
# a name's "of"/"for" and a capital ("Bureau of Statistics", "Department for Education").
_NAME_PAIR = re.compile(r"\b([A-Z][\w'’-]*) (?=([A-Z][\w'’-]*))")
_NAME_OF = re.compile(r"\b([A-Z][a-z]+) (?=(?:of|for|on)(?: the)? [A-Z0-9])")
# Words that open a sentence in capitals before a capitalised word ("The Company" as a
# sentence's first two words says nothing of a name).
_OPENERS = frozenset({"The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "By", "With",
                      "From", "To", "As", "And", "But", "Or", "So", "If", "When", "While", "After", "Before",
                      "Since", "It", "Its", "Our", "Their", "His", "Her", "We", "They", "He", "She", "I", "All",
                      "Some", "Many", "Most", "Every", "Each", "Last", "Next", "Now", "Then", "There", "Here"})
# Words that place a name after them ("buyers in Kenya", "called Hope"): no evidence against one.
_PLACE_BEFORE = frozenset({"in", "of", "with", "from", "into", "across", "near", "via", "throughout", "outside",
                           "inside", "to", "towards", "toward", "around", "called", "named", "dubbed", "titled",
                           "entitled", "brand", "app", "platform", "magazine", "newspaper", "film", "book", "song",
                           "programme", "program", "show", "game", "journal", "dear"})
# clause_end: the word before must be a determiner or an adjective ("than the Rice,", "a new
# House."): after a verb or a conjunction a capital opens a name more often ("informed Police.",
# "estimated that Frontier, one of"; "that" is a conjunction as often as a determiner).
_BEFORE_NOUN = frozenset({"the", "a", "an", "this", "these", "those", "its", "their", "our", "his", "her", "my",
                          "your", "whose", "every", "each", "some", "many", "all", "other", "more", "most", "few",
                          "new", "old", "local", "big", "small", "large", "young", "good", "poor", "rich", "same"})
_ADJECTIVE_END = re.compile(r"[a-z]{3,}(?:al|ive|ous|ful|ic|ern|ese|ian|less|ish)$")
# Lower-case words inside a title or a name ("The Lion Plays With the Ball", "Mercy Valley at Home").
_TITLE_LINKS = frozenset({"the", "a", "an", "of", "in", "on", "at", "with", "for", "and", "to", "from", "by", "under",
                          "near", "into", "over", "behind", "beyond", "without"})
_NAME_BEFORE = frozenset({"said", "says", "told", "asked", "added", "by", "and", "or", "with", "minister", "secretary",
                          "president", "chairman", "director", "professor", "coach", "judge", "reporter", "writer",
                          "author", "actor", "singer", "player", "captain", "manager", "officer", "sergeant", "dr"})
# Unique bodies English calls by one capitalised word besides the catalog's list ("the Mint",
# "the Fed", "the Met", "the Bar", "the Lords").
_SHORT_NAMES = frozenset({"mint", "fed", "met", "bar", "bench", "lords", "commons", "senate", "crown", "treasury",
                          "city", "house", "palace", "kremlin", "vatican", "pentagon", "navy", "army", "guard",
                          "met", "yard", "court", "assembly", "cabinet", "exchequer", "admiralty", "speaker"})
_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "our", "his", "her", "my", "your", "whose"})
_DEFINITE = "(?i:the|this|that|its|their|our|his|her|my|your|whose)"


# A lower-case word after a definite determiner, not before "of" ("the ashes of"); a lookahead,
# so that a determiner read as the word ("the this company") does not hide the next one.
_AFTER_DEFINITE = re.compile(r"\b" + _DEFINITE + r" (?=([a-z]+)\b(?! of\b))")


def _definite_lowers(text: str) -> frozenset:
    """The words the story writes in lower case after a definite determiner ("the company",
    "The company pay them"), read once per document. After "the" a capital may name a unique
    referent (the Resistance, the Depression, the Opposition, the Ashes, a contract's Lender, a
    house's Hospital), and the story's lower-case use in another frame ("resistance to the
    occupation") is no evidence against it; the same determiner before the lower-case word is."""
    return frozenset(m.group(1) for m in _AFTER_DEFINITE.finditer(text))


@register("capital_in_story", {
    "mode": Key((str,), doc="clause_end | body_word"),
    "min_zipf": Key((int, float), 4.0, "how common (Zipf scale) the lower-case word must be"),
    "allow": Key((list,), [], "words English capitalises as names (Monday, Chinese, Christmas)"),
    "surnames": Key((list,), [], "family names that are English words too (Long, Song, Dong)"),
    "institutions": Key((list,), [], "the words of a body's name (Company, Bureau, Bank): body_word reads "
                                     "them after an article or a possessive, clause_end passes them"),
}, fields=("word",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    allow = param_words(p, "allow")
    return {"mode": p["mode"], "min_zipf": p["min_zipf"], "allow": allow | {w + "s" for w in allow},
            "surnames": param_words(p, "surnames"), "institutions": param_words(p, "institutions")}


def _name_words(text: str) -> frozenset:
    """The capitalised words the story writes as a name's words: beside another capitalised
    word (a sentence's capitalised opener aside) or before a name's "of" and a capital. Read
    once per document."""
    words = set()
    for m in _NAME_PAIR.finditer(text):
        if m.group(1) not in _OPENERS:
            words.add(m.group(1))
        words.add(m.group(2))
    words.update(m.group(1) for m in _NAME_OF.finditer(text))
    return frozenset(words)


def _in_title(text: str, pos: int) -> bool:
    """Is the word ending before ``pos`` (a lower-case link: "the", "with", "at") preceded, over
    lower-case links only, by a capitalised word that does not open a sentence ("Plays With the
    Ball", "Valley at Home"), or by one after an opening mark inside a sentence ('contender "Wine
    on the Wave"')?"""
    tokens = re.findall(r"[^\s]+", text[max(0, pos - 80):pos])
    i = len(tokens) - 1
    while i >= 0 and tokens[i].strip(",") in _TITLE_LINKS:
        i -= 1
    if i < 0 or i == len(tokens) - 1:
        return False
    word = tokens[i]
    opener = i == 0 or tokens[i - 1][-1:] in ".!?\"“”:"
    if word[:1] in "\"“(‘'" and word[1:2].isupper():
        return not opener  # 'contender "Wine on the Wave"', "(Strolling in the Garden)": a title in marks
    return word[:1].isupper() and not opener


def _ends_partial_quote(text: str, end: int, line_start: int) -> bool:
    """Does a closing quotation mark follow the word at ``end`` (after at most one comma or
    full stop) and close a quotation opened after a lower-case word inside the sentence (a quoted
    phrase: 'caused by "fire ... of the Builder"'), not a quoted sentence ('"The income ... than
    the Rice," she said')?"""
    close = re.match(r'[,.]?["”]', text[end:end + 2])
    if not close:
        return False
    opening = max(text.rfind('"', line_start, end), text.rfind("“", line_start, end))
    if opening < 0:
        return False
    before = text[max(line_start, opening - 3):opening].rstrip()
    return bool(before) and (before[-1].islower() or before[-1] == ",")


def _written_lower(low: str, lower: frozenset) -> bool:
    """Does the story write ``low``, its plural or its singular wholly in lower case?"""
    return low in lower or any(f in lower for f in inflected_forms(low))


@prepare.detector
def detect(doc, state):
    text = doc.text
    body = state["mode"] == "body_word"
    finder = _BEFORE_LOWER if body else _AT_END
    names = lower = capitals = defined = definite = None
    headline = {}
    for m in finder.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low in state["allow"] or low in state["surnames"]:
            continue
        if (low not in state["institutions"]) if body else (low in state["institutions"] or low in _SHORT_NAMES):
            continue  # body_word reads only a body's word; clause_end every other word ("the House.", "the Mint.")
        if zipf_cached(low) < state["min_zipf"]:
            continue  # a rarer word is mostly a name ("Xiaomi")
        if body and not ordinary_word(low):
            continue
        prev = _PREV_WORD.search(text, max(0, m.start() - 40), m.start())
        if not prev or not prev.group(1).islower() or prev.group(1) in _PLACE_BEFORE:
            continue
        if body and prev.group(1) not in _DETERMINERS:
            continue
        if not body and (prev.group(1) in _NAME_BEFORE
                         or not (prev.group(1) in _BEFORE_NOUN or _ADJECTIVE_END.match(prev.group(1)))):
            continue  # "said Rice.", "informed Police.": a name after a verb, a conjunction or a figure
        if body and _NAME_GOES_ON.match(text, m.end(1)):
            continue  # "the Group of 20", "the College of Design": a name goes on
        if _in_title(text, prev.end(1)):
            continue  # "The Lion Plays With the Ball", "Mercy Valley at Home": a title or a name
        if lower is None:
            lower, names = lower_words(text), _name_words(text)
        if word in names or not _written_lower(low, lower):
            continue  # a name's word ("Shandong Steel Company"), or a word the story never writes in lower case
        if capitals is None:
            capitals = Counter(_CAPITAL_AFTER_LOWER.findall(text))
        if capitals[word] > 1:
            continue  # "the Company" over and over, "35th Street": a house style or a name, not a slip
        if prev.group(1) in _DETERMINERS:
            if definite is None:
                definite = _definite_lowers(text)  # once per document, not a search per candidate
            if low not in definite:
                continue  # "fought in the Resistance" beside "resistance to": a unique referent, not a slip
        line_start, line_end = doc.line_at(m.start())
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        if not body and _ends_partial_quote(text, m.end(1), line_start):
            continue  # 'control of the Builder".': a quoted phrase keeps its source's (a contract's) capitals
        if defined is None:
            defined = defined_words(text)  # once per document, not per candidate
        if low in defined:
            continue  # '(the "Company")': a defined term
        if mostly_foreign(clause_window(text, m.start(1), m.end(1), line_start, line_end)):
            continue
        yield Hit(m.start(1), m.end(1), low, {"word": word})
