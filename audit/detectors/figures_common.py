"""What ``arithmetic`` and ``figure_links`` both read figures with: count words, a digit, a
year, the significant digits of a value and the words that state a tenfold change."""
from __future__ import annotations

import re

from .. import re_programs

COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
DIGIT = re_programs.compile(r"\d")
YEAR = re.compile(r"(?:19|20)\d\d")


def tenfold(thousand: bool):
    """The words that state a tenfold or hundredfold change ("ten times", "hundredfold"), and a
    thousandfold one where ``thousand``: a story that states such a change gives figures that
    far apart on purpose."""
    many = "|thousand" if thousand else ""
    return re_programs.compile(r"(?=[tThH1])\b(?:ten|10|hundred|100" + many + r")(?:-fold|fold|[ ]times)\b"
                               r"|\b(?:tenfold|hundredfold" + ("|thousandfold" if thousand else "") + r")\b", re.IGNORECASE)


def significant(v: float) -> str:
    """The significant digits of ``v`` ("7,200" -> "72", "1.26 million" -> "126")."""
    return ("%.9g" % v).replace(".", "").replace("e+", "e").split("e")[0].strip("0")
