"""The ``body_subset`` detector type (issue 9, thirty-seventh round): a body named in full with its
head last and elsewhere, after "the", by some of its words in order and its head, a word that
tells it apart dropped: "China Securities Regulatory Commission ... the Securities Commission",
"Wuhu Public Security Bureau ... the Security Bureau", "Shijiazhuang Housing Provident Fund
Management Center ... the Fund Center".

English refers back to such a body by its head alone ("the commission", "the bureau"), by its full
name without its place ("the Public Security Bureau") or by its own short form (CSRC); a form
that keeps some content words and drops others names no body. Read: a full name of two to eight
capitalised words ending on a head (Commission, Bureau, Administration, Department, Court,
Center, Centre, Observatory, Procuratorate, Detachment, Station); later "the" and a run of one to
three capitalised words and the same head whose words stand in the full name in order, with a
content word of the full name dropped (not a place, a level, a generic word such as "National",
"China" or "International"). What passes: a run that keeps every content word (a place or level
dropped: "the Health Commission"), a kind of committee or court ("the Standing Committee",
"the Central Committee"), a run that is itself the full name of another body in the story, a run
followed by "of" and a capitalised word, a headline line. A body whose words name no Chinese
place or level ("the Securities Regulatory Commission") is read only when the document is about
China (``official_names.document_about_china``): "the New York City Police Department ... the
Police Department" is American usage, not a cut name.
"""
from __future__ import annotations

from . import Hit, register
from .. import re_programs
from .official_names import document_about_china
from .school_cuts import _place

_HEADS = ("Commission|Bureau|Administration|Department|Court|Center|Centre|Observatory|Procuratorate|"
          "Detachment|Station")
_FULL = re_programs.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \u00a0]){2,8})(" + _HEADS + r")(?![\w'’-])")
_THE_RUN = re_programs.compile(r"(?<![\w'’-])(?:the|The)[ \u00a0]((?:[A-Z][\w'’-]*[ \u00a0]){1,3})(" + _HEADS + r")(?![\w'’-])")
_OF_CAPITAL = re_programs.compile(r"[ \u00a0]+(?:of|for|in)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]")
_LEVELS = frozenset("provincial municipal prefectural prefecture county district city township autonomous "
                    "regional municipality province".split())
_GENERIC = frozenset("china chinese national state central general international the".split())
_KINDS = frozenset("standing organizing organising executive steering advisory central supreme higher "
                   "intermediate basic joint select special".split())
_OPENERS = frozenset("the a an in at on for by with from to as and but of".split())


@register("body_subset", {}, fields=("full",))
def prepare(p):
    return p


def _content(word) -> bool:
    low = word.lower()
    return low not in _LEVELS and low not in _GENERIC and not _place([word])


# Levels only a Chinese body's name holds ("Guangdong Provincial", "Wuhu Municipal").
_CHINESE_LEVELS = frozenset("provincial municipal prefectural autonomous township".split())


def _chinese_body(words) -> bool:
    """Is the body Chinese: China, a Chinese place or a Chinese level among its words? English
    refers back to its own bodies by the name less its place: "the New York City Police Department
    ... the Police Department" (New York Times style)."""
    return any(w in ("China", "Chinese") or w.lower() in _CHINESE_LEVELS for w in words) or _place(words[:1]) \
        or _place(words[:2])


def _subsequence(short, full) -> bool:
    it = iter(full)
    return all(any(w == f for f in it) for w in short)


@prepare.detector
def detect(doc, state):
    text = doc.text
    fulls = {}
    china = None  # whether the document is about China, decided when a body's words do not say
    for m in _FULL.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _OPENERS:
            words = words[1:]
        owners = [i for i, w in enumerate(words) if w.endswith(("'s", "’s")) and w not in ("People's", "People’s")]
        if owners:
            words = words[owners[-1] + 1:]  # "Indonesia's Constitutional Court": the owner is no word of the name
        if len(words) >= 2 and not _chinese_body(words):
            # a body whose words name no Chinese place or level is read in a story about China
            # (MT names a Chinese body without its place as often as with it)
            if china is None:
                china = document_about_china(doc)
            if not china:
                continue
        if len(words) >= 2:
            fulls.setdefault((m.group(2), tuple(words)), m.start())
    if not fulls:
        return
    names = {" ".join(words) for _, words in fulls}
    # the full names by head and word: a run's candidates are the names holding its rarest word,
    # and a run's answer is kept (a loop over every name per run took time of runs x names)
    index = {}
    for key in fulls:
        for w in set(key[1]):
            index.setdefault((key[0], w), []).append(key)
    answers = {}
    for m in _THE_RUN.finditer(text):
        head = m.group(2)
        run = m.group(1).split()
        if run[-1].lower() in _OPENERS or all(w.lower() in _KINDS or not _content(w) for w in run) and \
                any(w.lower() in _KINDS for w in run):
            continue  # "the Standing Committee", "the Intermediate Court" of a kind
        if " ".join(run) in names or _OF_CAPITAL.match(text, m.end(2)):
            continue
        key = (head, tuple(run))
        if key not in answers:
            answers[key] = _full_of(run, min((index.get((head, w), ()) for w in run), key=len))
        full = answers[key]
        if full:
            yield Hit(m.start(1), m.end(2), full, {"full": full})


def _full_of(run, candidates):
    """The first full name among ``candidates`` of which ``run`` is a part with a content word
    dropped, or None."""
    for full_head, words in candidates:
        if tuple(run) == words or not _subsequence(run, words):
            continue
        dropped = list(words)
        for w in run:
            dropped.remove(w)
        if not any(_content(w) for w in dropped):
            continue  # "the Health Commission": a place or level dropped, English's own short form
        if not any(_content(w) for w in run) and not any(w.lower() in _LEVELS for w in run):
            continue
        return " ".join(words) + " " + full_head
    return None
