"""The ``capital_more`` detector type (issue 9, forty-first round): five shapes of capitals an
editor changes that the older capital checks leave alone, each read from the text's own letter
case and CC-CEDICT's, with no list of the words seen in the development sets.

- ``half_name``: a name CC-CEDICT's glosses write in title case ("Spring Festival", "Yellow
  River", "Lantern Festival") written inside a sentence with its first word capitalised and a
  later one in lower case ("before the Spring festival"). English writes a name whole in title
  case, or as a description all in lower case, never half of it; MT capitalises the word it took
  for a name's and leaves the head.
- ``to_verb``: "to" inside a sentence, one verb in title case that CC-CEDICT glosses as "to
  VERB" and writes in lower case, then a determiner or a figure ("plans to Dredge 1,300
  kilometres"): a verb is no name (``mt-title-case-verb-phrase`` reads runs of two or more).
- ``lower_elsewhere``: one common word capitalised inside a sentence, after a lower-case word,
  that the same document writes in lower case inside sentences at least twice and nowhere else
  capitalised inside one ("the income is not lower than the Rice" beside "rice" five times).
- ``caps_elsewhere``: two or three common words in capitals between lower-case words ("took part
  in the ICE HOCKEY league") that the same document writes otherwise ("Ice Hockey", "ice
  hockey"): the capitals are no acronym's and no house style of the text's.
- ``name_elsewhere``: a name the document writes whole in title case ("the Ministry of
  Commerce") written elsewhere in it with some words capitalised and some not ("the ministry of
  Commerce"), a common word among the capitalised ones: the text's own name, half kept.
- ``lower_first`` (forty-second round): "the", a common word in lower case, then a head of names
  (``heads``: council, ministry, festival, palace ...) capitalised, the two a name CC-CEDICT's
  glosses write in title case ("the state Council"): the name's head kept, its first word not.

``half_name`` also reads a first word joined by a hyphen ("the Mid-Autumn festival") and one
after a sentence's opening "The" ("The Summer palace is"), forty-second round.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from . import check_choice, Hit, Key, param_words, register
from .. import re_programs
from ..zipf import zipf_cached
from .capitalization import _opens_with_a_place, clause_window, defined_words, headline_or_named, mostly_foreign

_MODES = ("half_name", "to_verb", "lower_elsewhere", "caps_elsewhere", "name_elsewhere", "lower_first", "tail_elsewhere",
          "title_elsewhere")

# A capitalised word inside a sentence: after a lower-case word or a comma and a space.
_INNER_CAP = re_programs.compile(r"(?<=[a-z,] )([A-Z][a-z]+)\b(?![-'’.]\w)")
# A name's first word for ``half_name``: inside a sentence, or after a sentence's opening "The"
# ("The Summer palace is"); its parts may be joined by a hyphen ("the Mid-Autumn festival").
_HALF_FIRST = re_programs.compile(r"(?:(?<=[a-z,] )|(?<=^The )|(?<=[.!?] The )|(?<=[.!?][\"”’)] The ))"
                                  r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?![-'’.]\w)", re.M)
# A lower-case word after "the" and one capitalised word (for ``lower_first``): "the state Council".
_LOWER_FIRST = re_programs.compile(r"(?<![\w'’-])(?:the|The) ([a-z]+(?:-[a-z]+)?(?: [a-z]+)?) ([A-Z][a-z]+)\b(?![-'’.]\w)")
# Two to four words in title case between a lower-case word and one that is not capitalised (for
# ``title_elsewhere``): "the Economic Growth of the region".
_TITLE_RUN = re_programs.compile(r"(?<=[a-z,] )([A-Z][a-z]+(?: [A-Z][a-z]+){1,3})\b(?![-'’.]\w)(?! [A-Z0-9])")
# What follows a name's head that ends the name: a mark, a preposition, a conjunction, a verb's
# auxiliary (for ``half_name``'s ``name_heads``: "the Forbidden city during", "the Lama temple.").
_HEAD_ENDS = re_programs.compile(r"(?:[.,;:!?)]|$| (?:of|in|on|at|during|for|to|from|and|or|with|near|by|is|was|were|are|has|had|have|will|would)\b)")
# The same run opening a sentence, or after a sentence's opening "The", a word in lower case after it.
_TITLE_OPEN = re_programs.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’)] )|(?<=[\"“]))(?:The )?([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"
                                  r"\b(?![-'’.]\w)(?= [a-z])", re.M)
# After "the", a title-case run is read only as a phrase's head with a complement: "of" and a
# determiner ("the Economic Growth of the region"); "the Old Town is", "the Night Market opens",
# "the Big Four of accounting" are definite short names, a house style's capitals.
_OF_COMPLEMENT = re_programs.compile(r"[ \u00a0]of[ \u00a0](?:the|a|an|this|that|these|those|its|their|our|his|her|all|every|each|such)\b")
_TITLE_BEFORE_NAME = re_programs.compile(r" [a-z]+ [A-Z]")
_FIRST_GOES_ON = re_programs.compile(r"[ \u00a0](?:(?:of|for)[ \u00a0](?:the[ \u00a0])?)?[A-Z]")
# One to three words after a capitalised word (for ``half_name``): a hyphen joins a word's parts.
_NEXT_WORDS = re_programs.compile(r"((?:[ ][A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})")
# A capitalised word's run in a CC-CEDICT gloss: two to four words each in title case.
_GLOSS_TITLE_RUN = re.compile(r"(?<![\w'-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,3})(?![\w'-])")
_GLOSS_VERB = re.compile(r"^to ([a-z]+)\b")
# A time after a place's or a firm's name ("flew to Split the next day", "sold to Shell the
# following year"): the capitalised word is where, no verb.
_TIME_AFTER = (r"(?:next|following|previous|same|last|first|other|day|week|weekend|month|year|season|"
               r"summer|winter|spring|autumn|morning|afternoon|evening|night)\b")
# "to", a capitalised word, then a determiner, a possessive or a figure (not a score: "lost to
# Arsenal 2-1").
_TO_VERB = re_programs.compile(r"(?<=[a-z] )to ([A-Z][a-z]+) (?:(?:the|a|an|its|their|his|her|our|more|all|some|new|local) "
                               r"(?![A-Z]|" + _TIME_AFTER + r")|(?:[1-9]\d{0,2}(?:,\d{3})+|\d+\.\d+|[1-9]\d{2,})(?= [a-z])|"
                               r"\d+(?: (?:million|billion|thousand|hundred|percent|per cent)\b|%))")
# A score or a label's number after a noun ("lost to Arsenal 2-1", "to Grade 2", "to Line 10") is
# left alone by taking only large figures, decimals, amounts and percentages.
# A word of letters inside a sentence, lower case or capitalised, for ``lower_elsewhere``'s counts.
_WORD = re_programs.compile(r"(?<=[a-z,;] )([A-Za-z][a-z]+)\b(?![-'’]\w)")
_ANY_CAP = re_programs.compile(r"(?<![\w'’-])[A-Z][a-z]+\b")
# A capitalised word after it, or a link and a capitalised word: the name goes on.
_NAME_GOES_ON = re_programs.compile(r"(?:[ \u00a0](?:of|and|for|on|&|de|du|la|upon|in|under|at|or)(?:[ \u00a0]the)?)?[ \u00a0]\(?[A-Z0-9]")
_LINKS = frozenset("of and for on & de du la upon in under at the or".split())
_CAP_BEFORE_LINK = re_programs.compile(r"[A-Z][\w'’.-]*(?:[ \u00a0](?:of|and|for|on|&|de|du|la|upon|in|under|at|the|or)){1,2}[ \u00a0]$")
# An indefinite before a capitalised word: what follows is a description ("a Nanjing university").
_INDEFINITE = re_programs.compile(r"\b(?:a|an|one|another|each|every|any|some|no|several|many|two|three)[ \u00a0]$")
# Two or three words in capitals after a lower-case word and before one ("the ICE HOCKEY league").
_CAPS_RUN = re_programs.compile(r"(?<=[a-z] )([A-Z]{3,}(?:[ \u00a0][A-Z]{3,}){1,2})(?=[ \u00a0][a-z])")
_LETTERS = re_programs.compile(r"[A-Za-z]+")
# A name in title case: capitalised words, links between ("Ministry of Commerce", "Ministry of
# Industry and Information Technology"); not after another capitalised word (a maximal run).
_NAME_LINKS = frozenset("of and for the on in".split())
_GOES_ON_LOWER = re_programs.compile(r" [a-z]")
# Words of an edition or a series before a name, in lower case in good English ("the fourth Forum").
_EDITION = frozenset("""first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
thirteenth fourteenth fifteenth twentieth next last latest annual inaugural biennial previous new""".split())
_LONGEST = 8  # the most words of a name ``name_elsewhere`` reads
_TITLE_NAME = re_programs.compile(r"(?<![\w'’&-])[A-Z][a-z]+(?:(?: (?:of|and|for|on|in)(?: the)?)? [A-Z][a-z]+)+"
                                  r"(?![\w'’-])")
# A preposition straight before a capitalised singular word, no determiner between: English
# sets no common noun so ("engineers at Shell", "a supplier to Apple"); the word is a name.
_BARE_BEFORE = frozenset("at for with by from to into via against".split())
# Words of newspapers' names, after "the" ("told the Times", "ran in the Mirror").
_PRESS = frozenset("""times mirror express sun mail star post herald globe observer independent telegraph
guardian standard chronicle tribune journal economist examiner courier gazette record inquirer
nation statesman spectator""".split())
# Words that introduce a name or a title, after which a capital is the name's ("called Spring").
_NAMING = frozenset("""called named dubbed titled entitled nicknamed known film book novel song album show
magazine newspaper ship team brand dear""".split())


@functools.lru_cache(maxsize=1)
def _tables():
    """(title-case runs of CC-CEDICT's glosses in lower case, verbs glossed as "to VERB"): read
    once a process and kept on disk; empty when the dictionary is not installed."""
    from .. import diskcache
    from ..cedict import cedict_path
    try:
        path = cedict_path()
    except RuntimeError:
        return frozenset(), frozenset()

    def build():
        from ..cedict import PARENS, entries
        runs, verbs = set(), set()
        for e in entries(path):
            for g in e.glosses:
                runs.update(r.lower() for r in _GLOSS_TITLE_RUN.findall(PARENS.sub(" ", g)))
                m = _GLOSS_VERB.match(g)
                if m:
                    verbs.add(m.group(1))
        return [sorted(runs), sorted(verbs)]

    table = diskcache.derived("capital-more", path, [__file__], [1], build, lambda t: t)
    return frozenset(table[0]), frozenset(table[1])


@register("capital_more", {
    "mode": Key((str,), doc="half_name | to_verb | lower_elsewhere | caps_elsewhere | name_elsewhere | lower_first | "
                            "tail_elsewhere | title_elsewhere"),
    "min_zipf": Key((int, float), 3.0, "how common (Zipf scale) the capitalised word must be"),
    "allow": Key((list,), [], "words English capitalises as names (Monday, Chinese, Christmas)"),
    "heads": Key((list,), [], "half_name: heads English style books write in lower case after a name "
                              "(party, river): a half name with one after its first word passes; "
                              "lower_first: the heads of names read (council, ministry, festival)"),
    "min_lower": Key((int,), 2, "lower_elsewhere: lower-case uses the document must hold"),
    "name_heads": Key((list,), [], "half_name: heads read only after 'the' and before a mark, a preposition "
                                   "or an auxiliary ('the Forbidden city during'; not 'Manchester city centre')"),
}, fields=("word",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    p = dict(p)
    p["allow"] = param_words(p, "allow")
    p["heads"] = param_words(p, "heads")
    p["name_heads"] = param_words(p, "name_heads")
    return p


def _quiet(doc, headline, start, end) -> bool:
    """Is the word at ``start`` on a headline, after a naming word, in a quotation's or another
    language's clause?"""
    line_start, line_end = doc.line_at(start)
    if headline_or_named(doc, headline, start, line_start, line_end):
        return True
    window = clause_window(doc.text, start, end, line_start, line_end)
    return mostly_foreign(window)


def _quiet_or_defined(doc, headline, known, start, end) -> bool:
    """Is the word at ``start`` quiet (``_quiet``), or, in lower case, a term the document
    defines (``defined_words``, worked out once a document and kept in ``known``)?"""
    if _quiet(doc, headline, start, end):
        return True
    if "defined" not in known:
        known["defined"] = defined_words(doc.text)
    return doc.text[start:end].lower() in known["defined"]


def _prev_word(text, start):
    """The word before ``start`` (a comma and spaces between skipped), hyphenated parts and all;
    empty when it is part of a handle, an address or a figure ("@mei_in_nanning")."""
    j = start - 1
    while j >= 0 and text[j] in " ,":
        j -= 1
    k = j
    while k >= 0 and (text[k].isalpha() or text[k] in "'’-"):
        k -= 1
    if k >= 0 and not (text[k].isspace() or text[k] in "\"“‘(["):
        return ""
    return text[k + 1:j + 1]


def _half_names(doc, state):
    """``half_name``'s findings: each half name (``_half_name_spans``) unless the document writes
    it so twice or more and never whole in title case (a house style: "as the Mid-Autumn
    festival approaches ... during the Mid-Autumn festival")."""
    found = list(_half_name_spans(doc, state))
    if not found:
        return
    seen, whole = {}, {}
    for hit in found:
        seen[hit.fields["word"]] = seen.get(hit.fields["word"], 0) + 1
    for hit in found:
        word = hit.fields["word"]
        if seen[word] > 1:
            if hit.suggestion not in whole:  # once a form: how often the text writes the name whole
                whole[hit.suggestion] = sum(1 for _ in re.finditer(r"(?<![\w-])" + re.escape(hit.suggestion) + r"(?![\w-])", doc.text))
            if not whole[hit.suggestion]:
                continue
        yield hit


def _half_name_spans(doc, state):
    runs, _ = _tables()
    text = doc.text
    headline = {}
    passed = {}  # a first word -> whether it may open a half name, wherever it stands (asked once a word)
    tails = {}  # (first word, the words after it) -> half_name_tails
    for m in _HALF_FIRST.finditer(text):
        first = m.group(1)
        ok = passed.get(first)
        if ok is None:
            # a rare first word is a name's own ("Qing dynasty", "Shaolin temple"); a place's opens a
            # description ("a Nanjing university")
            ok = passed[first] = not (first.lower() in state["allow"] or zipf_cached(first.lower()) < state["min_zipf"]
                                      or _opens_with_a_place(first))
        if not ok or _INDEFINITE.search(text, max(0, m.start() - 12), m.start()):
            continue  # an indefinite's description, no name ("a Nanjing university")
        nxt = _NEXT_WORDS.match(text, m.end())
        if not nxt:
            continue
        plan = tails.get((first, nxt.group(1)))
        if plan is None:
            plan = tails[first, nxt.group(1)] = half_name_tails(first, nxt.group(1), runs, state["heads"],
                                                                 state["name_heads"])
        for size, name_head, fix in plan:
            end = m.end() + size
            if name_head and not (
                    text[m.start() - 4:m.start()].lower() == "the " and _HEAD_ENDS.match(text, end)):
                continue  # "Manchester city centre": a place's description; "the Forbidden city." is read
            after = text[end:end + 2]
            if after[:1] == " " and after[1:2].isupper() or after[:1] and after[:1] in "-'’":
                break  # the name goes on ("Spring festival Gala"): another shape
            prev = _prev_word(text, m.start())
            if prev == "The" and text[m.start() - 4:m.start()] == "The ":
                prev = "the"  # a sentence's opening "The" (_HALF_FIRST took only that one)
            if not prev[:1].islower() or prev in _NAMING or _quiet(doc, headline, m.start(), end):
                break  # "a Delhi University college": the name began before
            yield Hit(m.start(), end, fix, {"word": text[m.start():end]})
            break


def half_name_tails(first, following, runs, heads, name_heads):
    """The tails ``half_name`` may read after the capitalised ``first`` word, given the one to
    three words ``following`` it (each after one space): for each number of those words, most
    first, whose last is in lower case, none a head of ``heads``, and that make with ``first``
    a name of ``runs``: (its length with the space before it, whether its last word is one of
    ``name_heads``, the name in title case). They depend on the words alone: a document's
    mentions of one half name are read once."""
    words = following.split()
    out = []
    for n in range(len(words), 0, -1):
        tail = words[:n]
        if not tail[-1][0].islower() or any(w.lower() in heads for w in tail):
            continue
        if " ".join([first.lower()] + [w.lower() for w in tail]) not in runs:
            continue
        out.append((len(" " + " ".join(tail)), tail[-1].lower() in name_heads,
                    " ".join(w[0].upper() + w[1:] for w in [first] + tail)))
    return tuple(out)


def _to_verbs(doc, state):
    _, verbs = _tables()
    from ..cedict import common_lowercase_words
    lower = common_lowercase_words()
    text = doc.text
    headline, known = {}, {}
    for m in _TO_VERB.finditer(text):
        word = m.group(1)
        low = word.lower()
        if len(low) < 4 or low not in verbs or low not in lower or low in state["allow"] or zipf_cached(low) < state["min_zipf"]:
            continue
        if _quiet_or_defined(doc, headline, known, m.start(1), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), low, {"word": word})


def _lower_elsewhere(doc, state):
    from ..cedict import common_lowercase_words
    lower = common_lowercase_words()
    text = doc.text
    counts = {}
    caps = []
    for m in _WORD.finditer(text):
        word = m.group(1)
        low = word.lower()
        if word[0].islower():
            counts[low] = counts.get(low, 0) + 1
        elif low in lower and low not in state["allow"]:
            caps.append(m)
    if not caps:
        return
    seen = {}
    for m in caps:
        seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    anywhere = None
    headline, known = {}, {}
    for m in caps:
        word = m.group(1)
        low = word.lower()
        if seen[word] > 1 or counts.get(low, 0) < state["min_lower"] or zipf_cached(low) < state["min_zipf"]:
            continue
        if text[m.start(1) - 2] == ",":
            continue  # after a comma a capital may open a quotation or a list's name
        if _NAME_GOES_ON.match(text, m.end(1)):
            continue  # a name of two words or more ("Rice University", "Work and Pensions")
        prev = _prev_word(text, m.start(1))
        if not prev[:1].islower() or prev in _NAMING:
            continue  # "Bishop Rock": the name's second word
        if prev in _BARE_BEFORE or prev == "the" and low in _PRESS:
            continue  # "engineers at Shell", "told the Times": a firm's or a paper's name
        if prev in _LINKS and _CAP_BEFORE_LINK.search(text, max(0, m.start(1) - 60), m.start(1)):
            continue  # "the Department for Work": the name's tail after a link
        if anywhere is None:  # every capitalised word of the text, once a document
            anywhere = {}
            for w in _ANY_CAP.findall(text):
                anywhere[w] = anywhere.get(w, 0) + 1
        if anywhere.get(word, 0) > 1:
            continue  # written so elsewhere too (a sentence's or a heading's first word counted)
        if _quiet_or_defined(doc, headline, known, m.start(1), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), low, {"word": word})


def _grams(text):
    """How often each run of two and three words occurs in ``text``: in lower case, and as
    written; one pass over the words, once a document."""
    words = _LETTERS.findall(text)
    lower, exact = {}, {}
    for n in (2, 3):
        for i in range(len(words) - n + 1):
            gram = words[i:i + n]
            key = " ".join(gram)
            low = key.lower()
            lower[low] = lower.get(low, 0) + 1
            if key.isupper():
                exact[key] = exact.get(key, 0) + 1
    return lower, exact


def _caps_elsewhere(doc, state):
    text = doc.text
    grams = None
    headline = {}
    for m in _CAPS_RUN.finditer(text):
        run = m.group(1)
        words = run.split()
        if any(zipf_cached(w.lower()) < state["min_zipf"] or w.lower() in state["allow"] for w in words):
            continue  # an acronym's letters ("NATO", "CPPCC"), or a name's
        if not _prev_word(text, m.start(1))[:1].islower():
            continue
        if grams is None:
            grams = _grams(text)
        key = " ".join(words)
        if grams[0].get(key.lower(), 0) - grams[1].get(key, 0) < 1 or grams[1].get(key, 0) > 1:
            continue  # not written otherwise elsewhere, or written in capitals twice (a brand's style)
        if _quiet(doc, headline, m.start(1), m.end(1)):
            continue
        yield Hit(m.start(1), m.end(1), key.lower(), {"word": run})


def _name_keys(text):
    """The document's names in title case (``_TITLE_NAME``, maximal runs of two content words or
    more, links between) inside a sentence, in lower case."""
    keys = set()
    for m in _TITLE_NAME.finditer(text):
        start = m.start()
        inner = start >= 2 and text[start - 1] == " " and (text[start - 2].islower() or text[start - 2] == ",")
        words = m.group(0).split()
        # the run, if inside a sentence (a sentence's, a heading's or a title-case line's first capital
        # may be the place's), and what follows each link in it ("Staff of the Ministry of Commerce")
        # a sentence's "The" and a name, the sentence going on in lower case ("The Ministry of
        # Education said"), not a heading's ("Report: The Fourth Yangtze Forum, Wuhan")
        opens = (words[0] == "The" and len(words) > 2 and (start == 0 or text[start - 1] == "\n"
                 or text[start - 2:start] in (". ", "; ")) and _GOES_ON_LOWER.match(text, m.end()))
        starts = [0] if inner else [1] if opens else []
        starts += [k + 1 for k in range(1, len(words) - 1) if words[k] in _NAME_LINKS and words[k + 1][0].isupper()]
        for k in starts:
            if len(words) - k > _LONGEST:
                continue  # longer than any name the reader looks for: left out, so a long run stays linear
            part = words[k:]
            if sum(w[0].isupper() for w in part) >= 2:
                keys.add(" ".join(w.lower() for w in part))
    return keys


NAME_OPENINGS = "capital-more-name-openings"  # the ``Document.cache`` key of ``name_openings``


def name_openings(text):
    """Where the words of one of the document's names (``_name_keys``) stand inside a sentence,
    whatever their letter case: a list of (token index, start, [(n, end, words), ...]), the
    names' sizes n longest first, each run of n words one space apart. What ``name_elsewhere``
    and ``tail_elsewhere`` read before their own tests, worked out once a document for both."""
    keys = _name_keys(text)
    if not keys:
        return []
    lengths = {}  # each first word of a name: the names' lengths in words, longest first
    for k in keys:
        words = k.split(" ")
        lengths.setdefault(words[0], set()).add(len(words))
    lengths = {w: sorted(ns, reverse=True) for w, ns in lengths.items()}
    tokens = list(_LETTERS.finditer(text))
    out = []
    named = {}  # a stretch of n words -> _spaced_name of it
    for i in opening_tokens(list(map(_GROUP, tokens)), lengths):
        start = tokens[i].start()
        if not (start >= 2 and text[start - 1] == " " and (text[start - 2].islower() or text[start - 2] == ",")):
            continue  # inside a sentence only
        runs = []
        for n in lengths[tokens[i].group(0).lower()]:
            if i + n > len(tokens):
                continue
            end = tokens[i + n - 1].end()
            # n words one space apart, a name's: judged by the stretch's text alone, once a document
            words = named.get(text[start:end], False)
            if words is False:
                words = named[text[start:end]] = _spaced_name(text[start:end], n, keys)
            if words is not None:
                runs.append((n, end, list(words)))
        if runs:
            out.append((i, start, runs))
    return out


def _spaced_name(stretch, n, keys):
    """The words of ``stretch`` (``n`` runs of letters, the first and last at its ends) when they
    stand one space apart and, in lower case, make one of ``keys``; else None."""
    words = stretch.split(" ")
    if len(words) != n or not all(_LETTERS.fullmatch(w) for w in words):
        return None
    return tuple(words) if stretch.lower() in keys else None


_GROUP = re.Match.group  # a token's text, asked of every token in C (``map``)


def opening_tokens(words, firsts):
    """The indices of ``words`` whose lower case is a key of ``firsts``, in order: each distinct
    word's case folded once (``name_openings``: a long document repeats its words), the
    indices picked by set lookups."""
    opening = {w for w in set(words) if w.lower() in firsts}
    if not opening:
        return []
    return [i for i, w in enumerate(words) if w in opening]


def _name_elsewhere(doc, state, tail=False):
    from ..cedict import common_lowercase_words
    text = doc.text
    openings = doc.cache.get(NAME_OPENINGS)
    if openings is None:
        openings = doc.cache[NAME_OPENINGS] = name_openings(text)
    if not openings:
        return
    lower = common_lowercase_words()
    headline, known = {}, {}
    after = 0  # the first token a name may open on: none inside a name reported
    for i, start, runs in openings:
        if i < after:
            continue
        found = 0
        for n, end, words in runs:  # the longest name that opens here
            content = [w for w in words if w.lower() not in _NAME_LINKS]
            caps = [w for w in content if w[0].isupper()]
            if tail:  # ``tail_elsewhere``: only the last word in lower case, two capitals or more before
                if len(caps) != len(content) - 1 or len(caps) < 2 or content[-1][0].isupper() or \
                        words[-1] != content[-1] or content[-1] not in state["heads"]:
                    break
                if _tail_count(known, text, " ".join(words)) > 1:
                    break  # written so twice or more: the text's own style ("Yangtze River delta")
            else:
                if len(caps) == len(content) or not caps or not any(w.lower() in lower for w in caps):
                    break  # the name as written, in lower case, or capitalised only in a name's own word
            first_cap = next(k for k, w in enumerate(content) if w[0].isupper())
            if any(w.lower() in _EDITION for w in content[:first_cap]):
                break  # "the fourth Yangtze Forum": an edition's word before the name, no part of it
            if not tail and not any(w[0].islower() for w in content[:first_cap]):
                break  # only a tail in lower case ("Rocky Mountain spotted fever"): half_name's shape, or a kind
            if not words[0][0].isupper() and _prev_word(text, start)[:1].isupper():
                break  # "Hubei provincial ...": another, longer name
            if text[end:end + 1] and text[end:end + 1] in "-'’" or \
                    text[end:end + 1] == " " and text[end + 1:end + 2].isupper():
                break  # the name goes on
            if _quiet(doc, headline, start, end):
                break
            fix = " ".join(w if w.lower() in _NAME_LINKS else w[0].upper() + w[1:] for w in words)
            yield Hit(start, end, fix, {"word": text[start:end]})
            found = n
            break
        after = i + max(found, 1)


def _tail_count(known, text, variant):
    """How often ``text`` holds ``variant`` as written (the counts of the variants asked about, one
    pass of the text's runs of two to eight words a document, kept in ``known``)."""
    counts = known.get("variants")
    if counts is None:
        counts = known["variants"] = {}
        words = _LETTERS.findall(text)
        for i in range(len(words)):
            if words[i][0].isupper() and i + 1 < len(words) and words[i + 1][0].isupper():
                for n in range(3, min(_LONGEST, len(words) - i) + 1):
                    gram = words[i:i + n]
                    if gram[-1][0].islower():
                        key = " ".join(gram)
                        counts[key] = counts.get(key, 0) + 1
                        break  # a run's first word in lower case ends it
    return counts.get(variant, 0)


def _tail_elsewhere(doc, state):
    """``tail_elsewhere``: a name the document writes whole in title case ("the Yangtze River
    Delta") written elsewhere in it once with only its last word in lower case ("the Yangtze
    River delta")."""
    yield from _name_elsewhere(doc, state, tail=True)


def _lower_grams(text):
    """How often each run of two and three words in lower case occurs in ``text`` (a
    ``Counter``: each word's case asked once, in C, and the runs counted by ``Counter``'s own
    loop; the two-word runs first, as the loop over each size gave them)."""
    words = _LETTERS.findall(text)
    low = list(map(str.islower, words))
    counts = Counter(a + " " + b for a, b, x, y in zip(words, words[1:], low, low[1:]) if x and y)
    counts.update(a + " " + b + " " + c for a, b, c, x, y, z in zip(words, words[1:], words[2:], low, low[1:], low[2:])
                  if x and y and z)
    return counts


def _title_elsewhere(doc, state):
    """``title_elsewhere``: two or three common English words in title case inside a sentence ("the
    Economic Growth of the region") that the document writes in lower case at least ``min_lower``
    times and in title case nowhere else: a phrase, no name. Also such a run after a sentence's
    opening "The" ("The Village Cadres must") or opening a sentence itself before a word in lower
    case ("Sign Language courses are offered": its first capital kept)."""
    runs, _ = _tables()
    text = doc.text
    grams = title = None
    headline, known = {}, {}
    found = [(m, "inner") for m in _TITLE_RUN.finditer(text)] + [(m, "open") for m in _TITLE_OPEN.finditer(text)]
    for m, where in found:
        if where == "open" and m.group(0)[:4] == "The ":
            where = "the"
        words = m.group(1).split()
        if len(words) > 3:
            continue
        lows = [w.lower() for w in words]
        if any(w in state["allow"] or zipf_cached(w) < state["min_zipf"] for w in lows):
            continue
        key = " ".join(lows)
        if key in runs:
            continue  # a name CC-CEDICT writes in title case ("Supreme Court")
        prev = _prev_word(text, m.start(1)) if where == "inner" else "the"
        if not prev[:1].islower() or prev in _NAMING or prev in _BARE_BEFORE or \
                m.start(1) >= 2 and text[m.start(1) - 2] == ",":
            continue  # (no slice before the text's start read as a comma: text[-2] is its end)
        if (where == "the" or where == "inner" and prev == "the") and not _OF_COMPLEMENT.match(text, m.end(1)):
            continue  # "the Old Town is", "the Big Four of accounting": a definite short name; "the Economic Growth of the region" is read
        if prev in _LINKS and _CAP_BEFORE_LINK.search(text, max(0, m.start(1) - 60), m.start(1)):
            continue  # "the Bureau of Urban Management": a name's tail after a link
        if _NAME_GOES_ON.match(text, m.end(1)) or _TITLE_BEFORE_NAME.match(text, m.end(1)):
            continue  # "Economic Growth in Asia", "Foreign Ministry spokesperson Mao Ning": a title's or a name's words go on
        if grams is None:
            grams = _lower_grams(text)
            title = {}
            for run in {t.start(1): t.group(1) for t, _ in found}.values():  # a run both regexes read, once
                title[run] = title.get(run, 0) + 1
        if grams.get(key, 0) < state["min_lower"] or title.get(m.group(1), 0) > 1:
            continue
        if _quiet_or_defined(doc, headline, known, m.start(1), m.end(1)):
            continue
        fix = key if where != "open" else " ".join([words[0]] + lows[1:])
        yield Hit(m.start(1), m.end(1), fix, {"word": m.group(1)})


def _lower_first(doc, state):
    """``lower_first``: "the", a common word in lower case and one capitalised head (``heads``),
    the two a name CC-CEDICT's glosses write in title case ("the state Council", "the dragon-boat
    Festival"): the name's head kept, its first word lower-cased."""
    runs, _ = _tables()
    text = doc.text
    headline = {}
    for m in _LOWER_FIRST.finditer(text):
        first, head = m.group(1), m.group(2)
        lows = first.split(" ")
        if head.lower() not in state["heads"] or lows[0] in _EDITION:
            continue
        if any(zipf_cached(w) < state["min_zipf"] for w in lows) or f"{first} {head.lower()}" not in runs:
            continue
        end = m.end(2)
        if text[end:end + 1] and text[end:end + 1] in "-'’" or _FIRST_GOES_ON.match(text, end):
            continue  # the name goes on ("the state Council Information Office"): another shape
        if _quiet(doc, headline, m.start(1), end):
            continue
        fix = " ".join("-".join(p[0].upper() + p[1:] for p in w.split("-")) for w in lows)
        yield Hit(m.start(1), end, f"{fix} {head}", {"word": text[m.start(1):end]})


_READERS = {"half_name": _half_names, "to_verb": _to_verbs, "lower_elsewhere": _lower_elsewhere,
            "caps_elsewhere": _caps_elsewhere, "name_elsewhere": _name_elsewhere, "lower_first": _lower_first,
            "tail_elsewhere": _tail_elsewhere, "title_elsewhere": _title_elsewhere}


@prepare.detector
def detect(doc, state):
    yield from _READERS[state["mode"]](doc, state)
