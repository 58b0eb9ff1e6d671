"""The ``capital_clause`` detector type (issue 9, forty-third round): title case on words that
a sentence's grammar shows to be no name, read from the words around them and CC-CEDICT's
lower-case glosses, with no list of the words seen in the development sets.

- ``bare_object``: a singular run of two to four common words in title case, with no article,
  the object of a verb that follows "to" or a modal ("cameras to recognize Mixed Delivery
  Behaviour,", "will add gardens and introduce Fine-Variety Mulberry from"). English sets a
  singular common noun after a verb with an article or none only when it is a mass noun, and a
  mass noun is no name; a name there is a person's, a place's, a firm's or a service's, which the
  words around it or the document show (``_passed``).
- ``comma_the``: ", The" inside a sentence, a common noun, then a lower-case word that is no
  function word ("arrive on the same day, The Cost saved every year is"): a clause spliced on
  with a comma and opened as a sentence (Chinese runs clauses on with commas, 一逗到底), which
  English never capitalises; a title or a paper after a comma ("film, The Woman on the Bridge",
  "said, The Guardian reported") passes by its naming word, its preposition or its noun.
- ``title_clause``: a clause or a verb phrase in title case inside a sentence, its article
  capitalised too ("and Build A Three-Level Network of", "and The Life Becomes Colorful Again."):
  a name holds no verb and no article inside it in news copy; a title of a work does, and one is
  passed after a naming word anywhere before it in its clause or inside quotation marks.

Chinese has no letter case: MT carries title case over from a heading, a slogan or a term it
took for a name (Pinkham, *The Translator's Guide to Chinglish*, on capitals for emphasis).
"""
from __future__ import annotations

from . import check_choice, Hit, Key, param_words, register
from .. import re_programs
from ..zipf import zipf_cached

_MODES = ("bare_object", "title_clause", "comma_the")

# A run of two to four words in title case, hyphenated words counting as one, with no capital
# after it ("Mixed Delivery Behaviour", "Fine-Variety Mulberry").
_TITLE_RUN = re_programs.compile(r"([A-Z](?<![\w'’&-][A-Z])[a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \u00a0][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})"
                                 r"(?![\w'’&-])(?![ \u00a0]+[A-Z])")
# "to" or a modal, then the verb, straight before the run; or a verb after "and" in a clause
# whose first verb stands so ("will add new gardens and introduce X").
_INFINITIVE_BEFORE = re_programs.compile(r"(?<![\w'’-])(?:to|will|would|can|could|should|must|may|might|shall)[ \u00a0]+"
                                         r"(?:[a-z]+[ \u00a0]+(?:and|or)[ \u00a0]+)?([a-z]+)[ \u00a0]+$")
_AND_VERB_BEFORE = re_programs.compile(r"(?<![\w'’-])and[ \u00a0]+([a-z]+)[ \u00a0]+$")
_MODAL_IN_CLAUSE = re_programs.compile(r"(?<![\w'’-])(?:to|will|would|can|could|should|must|may|might|shall)[ \u00a0]+[a-z]+[ \u00a0]"
                                       r"[^.!?;:\n\"“”]*$")
# What says the run is a name: words after it that say what it is ("expand Tally Assist, a
# chatbot"), or that go on naming ("of", "for" and a capital), a number after it ("contact Crime
# Stop on 08600 10111").
_APPOSITION_AFTER = re_programs.compile(r",[ \u00a0]+(?:a|an|the|its|their|which|who)[ \u00a0]")
_NAME_GOES_ON = re_programs.compile(r"[ \u00a0]+(?:of|for|and|on|in|at|de|&)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]|[ \u00a0]*\(")
_NUMBER_SOON = re_programs.compile(r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?\+?\d")
# Verbs whose object is a person, a body, a service or a work, each a name in title case ("to
# contact Crime Stop", "will join Human Rights Watch", "to visit Silicon Valley", "to play Harry
# Lime"): general knowledge of English verbs of meeting, calling, joining and reading.
_NAME_VERBS = frozenset("""contact call phone ring email text visit join meet thank ask tell told follow watch read play
hire sue beat face replace help inform notify invite elect appoint name rename call dial leave quit lead host
attend tour reach serve represent sign acquire buy sell fund back endorse praise blame criticise criticize
interview marry succeed see hear
stream air broadcast screen download install win claim""".split())
# ... and verbs of showing, getting or winning a work, an app, an award or a benefit ("to stream
# Squid Game", "to download Google Maps", "to win Best Actor", "to claim Universal Credit"): rm43d.
# Words before a title of a work or a name, anywhere in its clause ("the novels ... and The Sun
# Also Rises", "a campaign called ...").
_NAMING = frozenset("""called named dubbed titled entitled nicknamed known film films movie movies book books novel novels
song songs album albums show shows series play plays musical musicals opera poem poems painting paintings
programme program exhibition slogan motto theme headline episode chapter column game games app brand""".split())
_ARTICLES = frozenset({"A", "An", "The"})
# Heads of the names English gives its taxes, benefits and forces ("to pay Inheritance Tax", "must
# pay Stamp Duty", "can claim Pension Credit", "aboard Air Force One"): a mass noun after a verb
# with this head is the scheme's or the body's own name (detect44a, correct English written in
# review; the ``institutions`` of the gated capital rules hold the same words).
_SCHEME_HEADS = frozenset("tax taxes credit credits duty levy force forces".split())
# A clause in title case: three to seven words in title case after a lower-case word or a
# comma, one of them inside it an article.
_CLAUSE_RUN = re_programs.compile(r"(?<=[a-z,;][ \u00a0])((?:[A-Z][a-z'’]*(?:-[A-Za-z][a-z'’]*)*)"
                                  r"(?:[ \u00a0][A-Z][a-z'’]*(?:-[A-Za-z][a-z'’]*)*){2,6})(?=[ \u00a0,.;:!?)]|$)")
_SUBJECT_LINKS = frozenset("and but so".split())
_VERB_LINKS = frozenset("and but so or to then also".split())
_WORD_BEFORE = re_programs.compile(r"([A-Za-z][\w'’-]*)[ \u00a0,;]+$")


@register("capital_clause", {
    "mode": Key((str,), doc="bare_object | title_clause | comma_the"),
    "min_zipf": Key((int, float), 3.0, "how common (Zipf scale) each word in title case must be"),
    "allow": Key((list,), [], "words English capitalises as names (Monday, Chinese, Christmas): a run holding one passes"),
}, fields=("word",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    p = dict(p)
    p["allow"] = param_words(p, "allow")
    return p


def _american(word: str) -> str:
    """The American spelling of a British one, for CC-CEDICT's glosses, written in American
    ("behaviour" -> "behavior", "organise" -> "organize")."""
    if word.endswith("our") and len(word) > 5:
        return word[:-3] + "or"
    if word.endswith("ise") and len(word) > 5:
        return word[:-3] + "ize"
    return word


def _common(part: str, state) -> bool:
    """A common English word written in lower case: Zipf at least ``min_zipf`` and glossed in
    lower case by CC-CEDICT (or very common, Zipf 4.5), not one of ``allow``."""
    from .capitalization import _common_word
    if part in state["allow"] or zipf_cached(part) < state["min_zipf"]:
        return False
    return _common_word(part) or _common_word(_american(part)) or zipf_cached(part) >= 4.5


def _in_quotes(text: str, line_start: int, start: int) -> bool:
    """Is ``start`` inside a quotation opened on its line, up to 300 characters before it (an odd
    count of straight marks, or an opening curly mark not closed)?"""
    before = text[max(line_start, start - 300):start]  # a bounded window: a 1 MB line stays linear
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _named_in_clause(text: str, line_start: int, start: int) -> bool:
    """A naming word earlier in the clause ("the novels ... and The Sun Also Rises")."""
    window = text[max(line_start, start - 120):start]
    for stop in ".!?;:":
        window = window.rsplit(stop + " ", 1)[-1]
    return any(w.lower().strip("'’,") in _NAMING for w in window.split())


def _quiet(doc, headline, start, end) -> bool:
    from .capitalization import clause_window, headline_or_named, mostly_foreign
    line_start, line_end = doc.line_at(start)
    if headline_or_named(doc, headline, start, line_start, line_end):
        return True
    return mostly_foreign(clause_window(doc.text, start, end, line_start, line_end))


def _bare_objects(doc, state):
    from .capital_names import _COLOURS, _next_kind
    from .capitalization import _BODY_HEADS, _RUN_NAME_HEADS, _RUN_NAME_OPENERS, _common_word, _defined_terms, whole_word_count
    text = doc.text
    headline = {}
    for m in _TITLE_RUN.finditer(text):
        run = m.group(1)
        low = [w.lower() for w in run.split()]
        parts = [p for w in low for p in w.split("-")]
        if any(p in _BODY_HEADS or not _common(p, state) for p in parts) or parts[-1] in _SCHEME_HEADS:
            continue  # a rarer word, a name's word, a body's head ("Bureau"), or a run ending on a tax's ("Inheritance Tax")
        head = low[-1]
        if head.endswith("s") and _common_word(head[:-1]) or head in _RUN_NAME_HEADS \
                or low[0] in _RUN_NAME_OPENERS or low[0] in _COLOURS:
            continue  # a plural (``title-case-common-phrase`` reads those), a place's or a group's name
        line_start, line_end = doc.line_at(m.start())
        verb = _INFINITIVE_BEFORE.search(text, max(line_start, m.start(1) - 60), m.start(1))
        if not verb:
            verb = _AND_VERB_BEFORE.search(text, max(line_start, m.start(1) - 40), m.start(1))
            if not verb or not _MODAL_IN_CLAUSE.search(text, max(line_start, m.start(1) - 160), verb.start()):
                continue
        if verb.group(1) in _NAME_VERBS or not _is_verb(verb.group(1)):
            continue  # "to contact Crime Stop", "to visit Silicon Valley": a verb whose object is a name;
            #           "Europe and the Middle East": no verb at all
        if head.endswith(_AGENT_ENDINGS) and zipf_cached(head + "s") >= zipf_cached(head) - 1.0:
            continue  # "to win Best Actor", "will name Player": a person's noun, countable, is no mass noun (rm43d)
        if _next_kind(text, m.end(1), line_end) not in ("function", "verb", "mark"):
            continue  # "offer Tally Assist services": before a noun the run may be a product's name
        if _APPOSITION_AFTER.match(text, m.end(1)) or _NAME_GOES_ON.match(text, m.end(1)) \
                or _NUMBER_SOON.match(text, m.end(1)):
            continue
        if _in_quotes(text, line_start, m.start(1)) or _named_in_clause(text, line_start, m.start(1)):
            continue
        if whole_word_count(text, run, 2) > 1 or " ".join(low) in _defined_terms(text):
            continue  # the document's name for something, used again or defined
        if _quiet(doc, headline, m.start(1), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), " ".join(low), {"word": run})


def _is_verb(word: str) -> bool:
    """A verb's plain form: one the grammar checks know, or one CC-CEDICT glosses as "to VERB",
    and no function word ("the", "its")."""
    from .capital_more import _tables
    from .grammar import _verb_base
    from .capital_names import _FUNCTION_AFTER
    if word in _FUNCTION_AFTER or word in _DETERMINERS:
        return False
    return _verb_base(word) or word in _tables()[1]


_DETERMINERS = frozenset("the a an its their his her our your my this that these those other another all some any no every each".split())


def _verb_in(words) -> bool:
    """Does the run hold a verb: a common verb's plain form first ("Build A ..."), or a
    present-tense one after its first word ("The Life Becomes ...")? A verb is one the grammar
    checks know or one CC-CEDICT glosses as "to VERB"."""
    from .capital_more import _tables
    from .grammar import _third_person_base, _verb_base
    verbs = _tables()[1]
    first = words[0].lower()
    if words[0] not in _ARTICLES and (_verb_base(first) or first in verbs):
        return True
    for w in words[1:]:
        low = w.lower()
        if w in _ARTICLES or not low.endswith("s") or low.endswith("ss"):
            continue
        bases = (low[:-3] + "y",) if low.endswith("ies") else (low[:-1], low[:-2])
        if _third_person_base(low) or any(b in verbs for b in bases):
            return True
    return False


# A capitalised word straight before the "and" of a run ("The Guardian and The ..."): names
# listed, not a clause joined on.
_NAME_BEFORE_LINK = re_programs.compile(r"[A-Z][\w'’.-]*[ \u00a0]+$")


def _title_clauses(doc, state):
    from .capital_more import _PRESS
    from .capital_names import _next_kind
    text = doc.text
    headline = {}
    for m in _CLAUSE_RUN.finditer(text):
        words = m.group(1).split()
        if not any(w in _ARTICLES for w in words[1:-1]) and not (words[0] == "The" and len(words) >= 4):
            continue  # no article inside the run: a name's words ("the Ministry Of Commerce" aside)
        if not all(_common(p, state) for w in words if w not in _ARTICLES for p in w.lower().split("-")):
            continue  # a name's or a rarer word
        if not _verb_in(words):
            continue
        line_start, line_end = doc.line_at(m.start())
        before = _WORD_BEFORE.search(text, max(line_start, m.start(1) - 40), m.start(1))
        if not before or not before.group(1).islower():
            continue
        if words[0] == "The" and before.group(1) not in _SUBJECT_LINKS:
            continue  # "read The Sun Also Rises": a title after a verb; a clause opens after "and"
        if words[0] == "The" and (words[-1].lower() in _PRESS or _NAME_BEFORE_LINK.search(text, max(line_start, before.start(1) - 40), before.start(1))):
            continue  # "The Guardian and The New York Times": a paper's name, or a list of names (rm43d)
        if words[0] != "The" and before.group(1) not in _VERB_LINKS \
                and "," not in text[before.end(1):m.start(1)]:
            continue  # "readers chose Build A Better Town as": a title as a verb's object; a verb
            #           phrase runs on after "and", "to" or a comma (rm43d)
        if _next_kind(text, m.end(1), line_end) == "verb":
            continue  # "and Save The Children thanked her": the run is a verb's subject, a name or a title (rm43d)
        if _in_quotes(text, line_start, m.start(1)) or _named_in_clause(text, line_start, m.start(1)):
            continue
        if _quiet(doc, headline, m.start(1), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), m.group(1).lower(), {"word": m.group(1)})


# ", The" inside a sentence, a common noun, then a lower-case word that is no function word: a
# new clause spliced on with a comma and opened as a sentence ("arrive on the same day, The Cost
# saved every year is"); "film, The Woman on the Bridge", "Last year, The Will to Win sold" are
# titles (a naming word, a preposition after the noun).
_COMMA_THE = re_programs.compile(r"(?<=[a-z0-9)],[ \u00a0])(The[ \u00a0]+([A-Za-z][a-z]+))(?=[ \u00a0]+([a-z]+)\b)")
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
# The words that open an introductory phrase or a subordinate clause before a sentence's
# subject ("On Monday, The Voice returned", "Last week, The Crown won", "As the ship sank, The
# Titanic's band"): after one the comma ends no clause, and a capital after it opens a title or a
# band's or a show's name, not a clause run on (rm43d).
_INTRO_OPENERS = frozenset("""in on at by for from with after before during since until till under over through
throughout across within without despite like unlike amid amongst among between near outside inside beyond
following according as when while if although though because once whenever where whereas unless upon toward
towards against along around last next this earlier later meanwhile yesterday today tonight separately
however instead also still again elsewhere overall one two three four five six seven eight nine ten""".split())
_SENTENCE_START = re_programs.compile(r"(?:^|(?<=\n)|[.!?;:][\"”’')\]]*[ \u00a0]+)([A-Za-z0-9][\w'’-]*)[^.!?;:\n]*$")


def _after_intro(text: str, line_start: int, comma: int) -> bool:
    """Does the comma at ``comma`` close an introductory phrase or a subordinate clause: its
    sentence opens with a preposition, a subordinator, a time word, a number, an -ing or an -ly
    word, six words at most before the comma (read in a bounded window of 200 characters)?"""
    m = _SENTENCE_START.search(text, max(line_start, comma - 200), comma)
    if not m:
        return False
    if len(text[m.start(1):comma].split()) > 6:
        return False  # "In 2019 the port cut its fees, The price fell": a phrase and a clause before the comma
    first = m.group(1).lower()
    return first in _INTRO_OPENERS or first[0].isdigit() or first.endswith(("ing", "ly"))


def _comma_the(doc, state):
    from .capital_more import _PRESS
    from .capital_names import _FUNCTION_AFTER
    text = doc.text
    headline = {}
    for m in _COMMA_THE.finditer(text):
        noun, after = m.group(2).lower(), m.group(3)
        if after in _FUNCTION_AFTER or after in _DETERMINERS or noun in _PRESS or noun.endswith(_AGENT_ENDINGS):
            continue  # "film, The Woman on", "said, The Guardian reported": a title's or a paper's
        if noun in _FUNCTION_AFTER or not _common(noun, state) or zipf_cached(noun) < 4.0:
            continue
        line_start, _ = doc.line_at(m.start())
        if _after_intro(text, line_start, m.start(1) - 2):
            continue  # "On Monday, The Voice returned": an opening phrase, then a title or a name (rm43d)
        if _in_quotes(text, line_start, m.start(1)) or _named_in_clause(text, line_start, m.start(1)):
            continue
        if _quiet(doc, headline, m.start(1), m.end(1)):
            continue
        if m.group(2)[0].isupper():
            yield Hit(m.start(1), m.end(1), "the " + noun, {"word": m.group(1)})  # "The Cost" -> "the cost"
        else:
            yield Hit(m.start(1), m.start(1) + 3, "the", {"word": "The"})


_READERS = {"bare_object": _bare_objects, "title_clause": _title_clauses, "comma_the": _comma_the}


@prepare.detector
def detect(doc, state):
    yield from _READERS[state["mode"]](doc, state)
