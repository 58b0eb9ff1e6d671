"""The ``school_cut`` detector type (issue 9, thirty-seventh round): a Chinese university's,
institute's, college's or academy's name cut short after its full form in the same story.

Chinese shortens a school's name by its first syllables (华中科大, 哈工大), and MT renders the short
form as the words before the head noun: "Huazhong University of Science and Technology ...
Huazhong University said", "Harbin Institute of Technology ... the Harbin Institute", "Beijing
Normal University ... Normal University". English keeps the full name, the head noun alone ("the
university") or the school's own short form ("Tsinghua", "HUST"). Two shapes:

- ``of_dropped``: the words before the head and the head, with the "of" phrase that tells the
  school apart dropped ("Huazhong University" for "Huazhong University of Science and Technology");
- ``place_dropped``: the words between the place and the head and the head, with the place
  dropped ("Normal University" for "Beijing Normal University", "Agricultural University").

Read only for full names whose first words name a Chinese place (a listed province or city, or
pinyin) or China: "Imperial College of Science ... Imperial College" and "the Royal College of
Art ... the Royal College" are English's own short forms of British schools. What passes: the
cut form followed by "of" and a capitalised word (the full name again, or another school's),
one after a capitalised word (a longer name: "Capital Normal University"), a cut form that is
itself a full name written in the story, on a headline line.
"""
from __future__ import annotations

from . import check_choice, Hit, Key, register
from .. import re_programs
from .short_names import _chinese_place
from ..cedict import chinese_places
from . import official_names as names

_MODES = ("of_dropped", "place_dropped")
_HEADS = r"(?:University|Institute|College|Academy)"
# A full name: one to four capitalised words, a head, "of" and a capitalised word.
_FULL_OF = re_programs.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \u00a0]){1,4})(" + _HEADS + r")[ \u00a0]of[ \u00a0](?:the[ \u00a0])?([A-Z][\w'’-]*)")
# A full name with the head last: two to four capitalised words and a head.
_FULL_LAST = re_programs.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \u00a0]){2,4})(" + _HEADS + r")(?![\w'’-])")
_GENERIC = frozenset({"China", "Chinese"})
_STOP = frozenset({"The", "A", "An", "At", "In", "Of", "And", "For", "From", "By", "On", "To", "With"})
# A whole name: capitalised words joined by single spaces and "of", "and", "for", "the".
_NAME_RUN = re_programs.compile(r"[A-Z][\w'’-]*(?:[ \u00a0](?:(?:of|and|for|the)[ \u00a0]){0,2}[A-Z][\w'’-]*){0,12}")
_OF_AFTER = re_programs.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")


@register("school_cut", {
    "mode": Key((str,), doc="of_dropped | place_dropped"),
}, fields=("full",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return p


@prepare.detector
def detect(doc, state):
    return (_of_dropped if state["mode"] == "of_dropped" else _place_dropped)(doc)


def _place(words) -> bool:
    """Do ``words`` name a Chinese place (a listed province or city, or pinyin: ``short_names``)?"""
    words = [w.lower() for w in words]
    return bool(words) and (any(w.capitalize() in chinese_places() for w in words) or _chinese_place(words))


def _listed(word) -> bool:
    """Is ``word`` a listed Chinese province or city ("Wuhan", "Nanjing"; not "Huazhong")?"""
    return word.lower() in names.PLACES or word in chinese_places()


def _chinese(words) -> bool:
    return any(w in _GENERIC for w in words) or _place([w for w in words if w not in _GENERIC])


def _words(prefix):
    words = prefix.split()
    while words and words[0] in _STOP:
        words = words[1:]
    return words


def _capital_before(text, at) -> bool:
    """Is the word right before ``at`` (one space between) capitalised: a longer name?"""
    i = at - 1
    if i < 1 or text[i] not in " \u00a0":
        return False
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'’-."):
        j -= 1
    word = text[j:i]
    return bool(word) and word[0].isupper() and word not in _STOP


_HEAD_WORD = re_programs.compile(r"(?<![\w'’-])" + _HEADS + r"(?![\w'’-])")
# Up to four words before a head, each followed by one space: read in a window of bounded length.


def _words_before(text, at, most=4, longest=40):
    """Up to ``most`` words right before ``at``, each followed by one space (words of at most
    ``longest`` characters): a backward walk of bounded length."""
    words = []
    i = at
    while len(words) < most and i >= 2 and text[i - 1] in " \u00a0":
        j = i - 1
        while j > 0 and i - 1 - j < longest and (text[j - 1].isalnum() or text[j - 1] in "_'’-"):
            j -= 1
        if j == i - 1 or (j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_'’-")):
            break
        words.insert(0, text[j:i - 1])
        i = j
    return words


def _occurrences(text, keys):
    """Each (start, end, key) where a key of ``keys`` (words and a head, single spaces) stands in
    ``text`` as whole words: one pass over the heads, a bounded look back at each (a scan of the
    text per key took time of keys x length on a long line of many names)."""
    for h in _HEAD_WORD.finditer(text):
        words = _words_before(text, h.start())
        if not words:
            continue
        for k in range(1, len(words) + 1):
            key = " ".join(words[-k:] + [h.group()])
            if key not in keys:
                continue
            start = h.start() - len(" ".join(words[-k:])) - 1
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
                continue
            yield start, h.end(), key


def _of_dropped(doc):
    text = doc.text
    fulls = {}
    for m in _FULL_OF.finditer(text):
        words = _words(m.group(1))
        if not words or not _chinese(words):
            continue
        if _listed(m.group(3)) or m.group(3) in ("Hong", "Macau", "Macao", "Taiwan"):
            continue  # "City University of Hong Kong ... City University": an "of" phrase of a place, the school's own short form
        if m.group(2) == "University" and all(_listed(w) for w in words):
            continue  # "Wuhan University of Hydraulic ... Wuhan University": a city's own university
        short = " ".join(words + [m.group(2)])
        run = _NAME_RUN.match(text, m.start(1) + m.group(1).index(words[0]))
        fulls.setdefault(short, run.group())
    if not fulls:
        return
    for start, end, short in _occurrences(text, fulls):
        if _OF_AFTER.match(text, end) or _capital_before(text, start):
            continue
        yield Hit(start, end, fulls[short], {"full": fulls[short]})


def _place_dropped(doc):
    text = doc.text
    fulls = {}
    for m in _FULL_LAST.finditer(text):
        words = _words(m.group(1))
        if len(words) < 2:
            continue
        # the place: the longest run of first words that names a Chinese place
        for k in range(len(words) - 1, 0, -1):
            if _place(words[:k]) and not _place(words[k:k + 1]):
                rest = " ".join(words[k:] + [m.group(2)])
                fulls.setdefault(rest, " ".join(words + [m.group(2)]))
                break
    if not fulls:
        return
    for start, end, rest in _occurrences(text, fulls):
        if _capital_before(text, start) or _OF_AFTER.match(text, end):
            continue
        yield Hit(start, end, fulls[rest], {"full": fulls[rest]})
