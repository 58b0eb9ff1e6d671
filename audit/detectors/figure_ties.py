"""What the ``figure_links`` shapes read to tie two figures together: the words of a change
(rose, fell, down) before or after a percentage, the words that keep two figures in one clause,
an approximation before a figure, the nouns that count people, and the one finding over all the
figures of a tie where a power of ten has slipped in one of them."""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

from . import Hit
from .. import re_programs
from ..searches import search_once
from .figure_reading import Figure
from .figures_common import APPROXIMATE_OR_BOUND


def over_all(figs, computed: str) -> Hit:
    """One finding over all the figures of a tie, from the first to the last: where a power of
    ten has slipped in one of them, only the source says which (the relation stated between
    them is likely right)."""
    return Hit(min(f.start for f in figs), max(f.end for f in figs), None,
               {"computed": computed + "; a power of ten apart: 万, 亿 or a decimal point slipped in one of these figures"})


class Span(NamedTuple):
    """A stretch of text that is no figure (a change in words, "tripled") in a tie's span."""
    start: int
    end: int


# Nouns that count people, read as one unit ("320,000 people ... the 3.2 million visitors").
PEOPLE_CLASS = frozenset(("people persons residents villagers inhabitants visitors tourists passengers travellers travelers "
                          "spectators participants attendees pupils students children workers employees staff members "
                          "volunteers patients athletes runners").split())


def unit_class(f: Figure) -> Optional[str]:
    return "people" if f.unit in PEOPLE_CLASS else f.unit


def singular(unit: Optional[str]) -> str:
    """The singular of a unit ("tonnes" -> "tonne", "families" -> "family"), "" for none."""
    if not unit:
        return ""
    if unit.endswith("ies"):
        return unit[:-3] + "y"
    return unit[:-1] if unit.endswith("s") else unit


# The words of a change before or after a percentage ("rose 12 percent", "12 percent higher").
UP_WORDS = ("rose|rise|rises|risen|rising|grew|grow|grows|grown|growth|increased|increase|increases|climbed|jumped|"
            "surged|soared|gained|gain|(?<!make[ ])(?<!made[ ])(?<!makes[ ])(?<!making[ ])up|higher|more|jump|surge|expanded|added")
DOWN_WORDS = ("fell|fall|falls|fallen|dropped|drop|drops|declined|decline|declines|decreased|decrease|slumped|slid|"
              "shrank|plunged|tumbled|down|lower|less|fewer|cut|reduced|reduction|lost")
CHANGE_BEFORE_PCT = re_programs.compile(
    r"\b(?P<w>" + UP_WORDS + "|" + DOWN_WORDS + r")(?:[ \u00a0](?:by|of|nearly|about|almost|some|over|around|a|an|year[ \u00a0]on[ \u00a0]year|"
    r"year-on-year))*[ \u00a0]$", re.IGNORECASE)


def change_before(text: str, lo: int, start: int):
    """``CHANGE_BEFORE_PCT.search(text, lo, start)``: the word of a change that ends just before
    a percentage at ``start`` ("up 12", "fell by nearly"), searched from ``lo``, once a text and
    window (``search_once``): a percentage's change word is asked by several figure rules (the
    changes of a group, a multiple's percentage, the shares that are no change), each search
    trying the 40 positions before the figure (issue 13, forty-seventh round: 31,856 searches
    of 8,849 windows on a 1 MB line of the figure_shares examples)."""
    return search_once(CHANGE_BEFORE_PCT, text, lo, start)


CHANGE_AFTER_PCT = re_programs.compile(r"[ \u00a0](?P<w>" + UP_WORDS + "|" + DOWN_WORDS + r")\b", re.IGNORECASE)
DOWN = re_programs.compile(r"(?:" + DOWN_WORDS + r")", re.IGNORECASE)

# A break between two clauses, each of which may state its own change.
CLAUSE_BREAK = re_programs.compile(r";|,[ \u00a0]+(?:and|but|while|whereas|as|although|though)[ \u00a0]|[ \u00a0]while[ \u00a0]")
LETTER = re_programs.compile(r"[A-Za-z]")

# The words between figures of one clause, and what ends a clause among them.
GAP_WORDS = re_programs.compile(r"[A-Za-z][\w'’-]*")
GAP_STOP = re_programs.compile(r";|\b(?:and|but|while|whereas|as|although|though|because)\b|\b(?!(?:rising|falling|increasing|decreasing|"
                               r"climbing|dropping|declining|growing|during|according|compared))[a-z]+ing\b", re.IGNORECASE)


def close_together(text: str, figs) -> bool:
    """Whether figures in order stand close together in one clause: at most six words between
    each two, and no conjunction, semicolon or other verb in -ing ("rose 12 percent, lifting
    the share to 30 percent")."""
    for a, b in zip(figs, figs[1:]):
        gap = text[a.end:b.start]
        if len(GAP_WORDS.findall(gap)) > 6 or GAP_STOP.search(gap):
            return False
    return True


# An approximation or a bound right before a figure ("about 2,300", "more than 40 percent").
APPROX_BEFORE = re_programs.compile(r"\b" + APPROXIMATE_OR_BOUND + r"[ \u00a0]$", re.IGNORECASE)

