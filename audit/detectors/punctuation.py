"""``punctuation``: stray sequences ("?.", ".?.", ",."), space before punctuation,
full-width (Chinese) punctuation left in English, and unbalanced quotes or brackets within
a paragraph."""
from __future__ import annotations

import re

from . import check_choice, Hit, Key, register
from .. import re_programs

# Two or more sentence/clause marks in a row. An ellipsis ("..."), "?!" and "!?" are fine.
# (?=...) first: the characters a match can start with; ``re`` passes over other positions at
# once (the same matches: tests/test_first_characters.py).
_STRAY = re_programs.compile(r"(?=[.,;:?!])(?<![.,;:?!])[.,;:?!](?:\s?[.,;:?!])+")
_ALLOWED_RUNS = {"...", "?!", "!?", "!!", "??", "…"}
_SPACE_BEFORE = re_programs.compile(r"(?<=\w)[ \t\u00a0]+([,;:?!]|\.(?![.\d\w]))(?=\s|$|[\"”’')\]])")
# The ideographic marks (。、《》【】「」) and the full-width forms of ASCII marks (U+FF01 to U+FF5E:
# "．" is U+FF0E, not "。"), which Chinese input methods type and MT copies: every one of them is a
# Chinese mark in English text, whether the sentence around it is quoted or not.
_FULLWIDTH = {"，": ",", "。": ".", "．": ".", "、": ",", "；": ";", "：": ":", "？": "?", "！": "!",
              "（": "(", "）": ")", "［": "[", "］": "]", "【": "[", "】": "]", "〔": "(", "〕": ")",
              "《": "\"", "》": "\"", "「": "\"", "」": "\"", "『": "\"", "』": "\"", "＂": "\"", "＇": "'"}
_FULLWIDTH_RE = re_programs.compile("[" + re.escape("".join(_FULLWIDTH)) + "]")
_QUOTES = "\"”’'"
# Chinese characters, and the Japanese kana and Korean syllables that share these marks.
_CJK = re_programs.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_PAIRS = {"(": ")", "[": "]", "{": "}", "“": "”", "「": "」", "『": "』"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_BRACKETS = re_programs.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + "]")


@register("punctuation", {
    "mode": Key((str,), doc="stray | space_before | fullwidth | unbalanced | quote_spacing"),
}, fields=("mark",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return p


# Two full stops after a lower-case word or a figure and before a new sentence or the end of a
# line: a doubled stop ("hotline 96595.."; issue 9, seventeenth round), not an ellipsis (three)
# nor a range ("1..10").
_DOUBLED_STOP = re_programs.compile(r"[a-z0-9]\.\.(?=[ \u00a0]+[A-Z\"“]|[\"”’'](?:[ \u00a0]|$)|[ \u00a0]*$)", re.MULTILINE)
# A percent sign typed twice after a figure ("91.5%%"): one sign (issue 9, fifteenth round).
# A full stop after a closing quotation mark whose quotation already ended on one ('every
# family.". said Li'): the sentence has two (issue 9, sixteenth round). "?" and "!" inside are
# left alone: British style may close the sentence after them ('called it "a disaster!".').
_STOP_AFTER_QUOTED_STOP = re_programs.compile(r'(?<=[^.]\.["”’])(\.)(?![.\w])')
_DOUBLED_PERCENT = re_programs.compile(r"(?<=\d)%%(?!%)")


def _stray(doc, state):
    for m in _STRAY.finditer(doc.text):
        run = m.group()
        compact = run.replace(" ", "")
        if set(compact) == {"."}:
            if run == ".." and _DOUBLED_STOP.match(doc.text, m.start() - 1):
                yield Hit(m.start(), m.end(), ".", {"mark": run})  # "platforms.. Pig-butchering": one stop
            continue  # an ellipsis
        if compact in _ALLOWED_RUNS:
            continue
        if compact[0] == "." and compact[1:2] in (",", ";", ":", "!", "?") and _abbreviation_before(doc.text, m.start()):
            continue  # "etc.,", "Co., Ltd.", "U.S.,", "until 4 p.m.!": the full stop belongs to an abbreviation
        if compact in ("?,", "!,") and (doc.text[m.end():m.end() + 1] in _QUOTES
                                         or doc.text[m.start() - 1:m.start()] in _QUOTES):
            continue  # '"Why now?," she asked': a quoted question before its speech verb
        if compact == "?," and _cited_question(doc.text, m.start()):
            continue  # "(How much will you pay this winter?, 25 November, page 28)": a cited headline
        if compact[0] in "!?" and _CHESS_MOVE.search(doc.text, max(0, m.start() - 12), m.start()):
            continue  # "19.Rxd6!, and": a chess move with its annotation mark, then the sentence's comma
        yield Hit(m.start(), m.end(), _stray_fix(doc.text, m.start(), m.end(), compact), {"mark": run})
    for m in _DOUBLED_PERCENT.finditer(doc.text):
        yield Hit(m.start(), m.end(), "%", {"mark": m.group()})
    for m in _STOP_AFTER_QUOTED_STOP.finditer(doc.text):
        yield Hit(m.start(1), m.end(1), "", {"mark": doc.text[m.start(1) - 2:m.end(1)]})


# A move in algebraic chess notation ending where a mark follows: "Rxd6", "exd5", "e8=Q+",
# "O-O-O". Chess reports annotate moves with "!", "?", "!?" before the sentence's own comma.
_CHESS_MOVE = re_programs.compile(r"(?:^|[\s.(])(?:[KQRBN][a-h]?[1-8]?x?[a-h][1-8]|[a-h](?:x[a-h])?[1-8](?:=[QRBN])?"
                                  r"|O-O(?:-O)?)[+#]?[!?]*$")


# Words that open a direct question in English ("What is ...?", "Will the ministry ...?").
_QUESTION_OPENERS = {"what", "why", "how", "when", "where", "who", "whom", "whose", "which", "is", "are",
                     "was", "were", "do", "does", "did", "can", "could", "will", "would", "shall",
                     "should", "may", "might", "must", "has", "have", "had"}
_CLAUSE_BREAK = re_programs.compile(r"[.!?:;\n\"“‘(]")
_CONJUNCTIONS = {"and", "but", "so", "or", "then"}


def _reads_as_question(text, start):
    clause = _CLAUSE_BREAK.split(text[max(0, start - 300):start])[-1]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", clause)[:2]]
    if words and words[0] in _CONJUNCTIONS:
        words = words[1:]
    return bool(words) and words[0] in _QUESTION_OPENERS


def _cited_question(text, start):
    """Whether the question ending at ``start`` opens a bracket with a capital and a question
    word: a headline cited in parentheses, which a corrections note follows with its date
    ("(How much will you pay this winter?, 25 November)"); issue 9, thirty-seventh round."""
    opening = text.rfind("(", max(0, start - 200), start)
    if opening < 0 or any(c in text[opening + 1:start] for c in ")\n"):
        return False
    inside = text[opening + 1:start]
    return inside[:1].isupper() and _reads_as_question(text, start) and _CLAUSE_BREAK.search(inside) is None


def _stray_fix(text, start, end, marks):
    """The one mark a stray run stands for. A question mark is kept when its clause reads as
    a question ("What is the timetable?."), dropped for a statement ("in the list?." -> ".");
    before a lower-case word the sentence goes on, so a clause mark wins ("approved,. and"
    -> "approved, and"); else a leading full stop or exclamation mark, else the last mark."""
    if "?" in marks:
        return "?" if _reads_as_question(text, start) else "."
    rest = text[end:end + 40].lstrip()
    clause = [c for c in marks if c in ",;:"]
    if clause and rest[:1].islower():
        return clause[0]
    return marks[0] if marks[0] in ".!" else marks[-1]


_ABBREVIATIONS = {"etc", "co", "ltd", "inc", "corp", "ft", "no", "nos", "vs", "jr", "sr", "st", "dr", "mr",
                  "mrs", "ms", "prof", "approx", "dept", "govt", "gov", "jan", "feb", "mar", "apr",
                  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "km", "kg", "lb", "lbs",
                  "oz", "in", "yd", "mi", "fig", "vol", "pp", "ed", "eds", "al", "cf", "esp", "rev",
                  # AP state abbreviations ("Bend, Ore., had") and military or civil titles
                  "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
                  "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
                  "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "gen", "lt", "col", "sgt", "capt", "rep",
                  "sen", "gov", "atty", "supt", "bros", "assn", "univ",
                  # scholarly references ("see ibid., 112-19", "op. cit.,")
                  "ibid", "id", "op", "cit", "loc", "viz", "seq", "ff"}
# Abbreviations that are also ordinary words, taken only as written with a capital ("Grand
# Forks, Man., said"): Canadian provinces and Australian states, street words, titles.
_CAPITAL_ABBREVIATIONS = {"Man", "Ont", "Que", "Sask", "Alta", "Nfld", "Qld", "Vic", "Tas", "Ave", "Blvd", "Rd",
                          "Mt", "Pte", "Bhd", "Hon", "Adm", "Maj", "Cpl", "Pvt"}


def _abbreviation_before(text, dot):
    token = re.search(r"([\w.]+)$", text[max(0, dot - 20):dot])
    if not token:
        return False
    tok = token.group(1)
    return "." in tok or len(tok) == 1 or tok.lower() in _ABBREVIATIONS or tok in _CAPITAL_ABBREVIATIONS


def _space_before(doc, state):
    text = doc.text
    first_mark = {}  # line start -> offset of the line's first non-space character
    for m in _SPACE_BEFORE.finditer(text):
        line_start = doc.line_at(m.start())[0]
        if line_start not in first_mark:  # once per line, not once per finding
            lead = _LEADING_SPACE.match(text, line_start)
            first_mark[line_start] = lead.end()
        if first_mark[line_start] >= m.start():
            continue
        yield Hit(m.start(), m.end(), m.group(1), {"mark": m.group(1)})


_LEADING_SPACE = re_programs.compile(r"[^\S\r\n]*")


def _fullwidth(doc, state):
    text = doc.text
    for m in _FULLWIDTH_RE.finditer(text):
        # Inside Chinese text the full-width mark is right; flag it only among Latin words.
        window = text[max(0, m.start() - 3):m.end() + 3]
        if _CJK.search(window):
            continue
        yield Hit(m.start(), m.end(), _fullwidth_fix(text, m.start(), m.end(), m.group()), {"mark": m.group()})


_SPEECH_VERB_AFTER = re_programs.compile(r"[\"”’'][ \t\u00a0]+(?:(?:he|she|they|we|I)[ \t\u00a0]+)?(?:said|says|say|asked|added|told|wrote|explained|noted|recalled)\b")


# Three digits ending a figure after a comma: the comma groups thousands ("１，２００"), not a list.
_THOUSANDS_AFTER = re_programs.compile(r"\d{3}(?![\d])")


def _fullwidth_fix(text, start, end, mark):
    """The ASCII mark, with the space English sets after a clause mark or closing bracket
    (and before an opening one) where the full-width mark needed none: "5G，data" -> "5G, data"."""
    fix = _FULLWIDTH[mark]
    if mark in "。．" and _SPEECH_VERB_AFTER.match(text, end):
        fix = ","  # '"... what I do not need．" said Li': a quotation before its speech verb ends in a comma
    if text[start - 1:start].isdigit() and (mark == "．" and text[end:end + 1].isdigit()
                                            or mark == "，" and _THOUSANDS_AFTER.match(text, end)):
        return fix  # "２．５", "１，２００": a decimal point or a thousands comma between digits takes no space
    if mark in "，。．、；：？！）】〕］" and text[end:end + 1].isalnum():
        fix += " "
    if mark in "（【" and text[start - 1:start].isalnum():
        fix = " " + fix
    return fix


def _opens_with_quote(text, pos):
    """Does the text from ``pos`` start (after spaces) with an opening quotation mark?"""
    return re.match(r"\s*[\"“‘]", text[pos:pos + 10]) is not None


# A line that opens on a quotation mark inside a paragraph: a new paragraph of quoted speech in
# copy whose paragraphs are split by single line breaks.
_QUOTE_LINE = re_programs.compile(r"\n[ \t]*(?=[\"“])")


def _quote_paragraphs(text, paragraphs):
    """``paragraphs`` with each also cut before a line that opens on a quotation mark, so that a
    quotation continued over a single line break reads as the news convention it is."""
    out = []
    for start, end in paragraphs:
        for m in _QUOTE_LINE.finditer(text, start, end):
            out.append((start, m.start()))
            start = m.end()
        out.append((start, end))
    return out


def _unbalanced(doc, state):
    text = doc.text
    paragraphs = _quote_paragraphs(text, doc.paragraphs)
    straight = [[q.start() for q in re.finditer('"', text[s:e])] for s, e in paragraphs]
    carried = False  # the paragraph before left a quotation open that this one closes
    for k, (p_start, p_end) in enumerate(paragraphs):
        para = text[p_start:p_end]
        # A quotation that runs on into the next paragraph leaves its opening mark unclosed
        # and the next paragraph opens with a quotation mark again (news style).
        continued = k + 1 < len(paragraphs) and _opens_with_quote(text, paragraphs[k + 1][0])
        # A quotation split over a paragraph break with no mark repeated (a verse quoted over
        # two stanzas): this paragraph leaves one open, the next closes one before it opens any.
        runs_on = k + 1 < len(paragraphs) and _closes_first(text, paragraphs[k + 1], straight[k + 1])
        received, carried = carried, False
        stack = []
        for bm in _BRACKETS.finditer(para):
            i, ch = bm.start(), bm.group()
            if ch in _PAIRS:
                stack.append((ch, i))
            elif ch in _CLOSERS:
                if stack and stack[-1][0] == _CLOSERS[ch]:
                    stack.pop()
                elif ch == "”" and received and not stack:
                    received = False  # closes the quotation the paragraph before opened
                elif ch == "”" or ch in ")]}":
                    # ")" after "1" or "a" opens a list item, not a bracket.
                    if ch == ")" and (i == 0 or re.match(r"(?:^|\s)\w?$", para[max(0, i - 2):i])):
                        continue
                    if ch == ")" and para.rfind("（", 0, i) > para.rfind("）", 0, i):
                        continue  # closes a full-width "（", which the full-width rule reports
                    yield Hit(p_start + i, p_start + i + 1, None, {"mark": ch})
        for ch, i in stack:
            if ch == "(" and _closed_full_width(para, i):
                continue  # closed by a full-width "）", which the full-width rule reports
            if ch == "“" and (continued or runs_on and (ch, i) == stack[-1]):
                carried = carried or not continued
                continue
            yield Hit(p_start + i, p_start + i + 1, None, {"mark": ch})
        quotes = straight[k]
        if len(quotes) % 2:
            if continued and para[quotes[-1] + 1:quotes[-1] + 2].strip():
                continue
            if runs_on and para[quotes[-1] + 1:quotes[-1] + 2].strip():
                carried = True
                continue
            if received and _closing_at(para, quotes[0]):
                continue
            # The quote that belongs to neither word (space on both sides) is the stray one;
            # without such a quote, the last one.
            pick = next((i for i in reversed(quotes) if _floating(para, i)), quotes[-1])
            yield Hit(p_start + pick, p_start + pick + 1, None, {"mark": '"'})


def _closed_full_width(para, i):
    """Is the "(" at ``i`` closed by a full-width "）" before any full-width "（" opens?"""
    close, reopen = para.find("）", i), para.find("（", i)
    return close != -1 and (reopen == -1 or close < reopen)


def _closing_at(para, i):
    """Is the straight quote at ``i`` a closing one: after a word or a mark, not before one?"""
    return i > 0 and not para[i - 1].isspace() and (i + 1 >= len(para) or not para[i + 1].isalnum())


def _closes_first(text, paragraph, quotes):
    """Does ``paragraph`` close a quotation before it opens one (an odd number of straight
    quotes, the first a closing one; or a curly closing mark before any opening one)?"""
    start, end = paragraph
    para = text[start:end]
    if len(quotes) % 2 and _closing_at(para, quotes[0]):
        return True
    close, open_ = para.find("”"), para.find("“")
    return close >= 0 and (open_ < 0 or close < open_)


def _quote_spacing(doc, state):
    """Paired straight quotes with a space inside: '" black holes "' -> '"black holes"'."""
    text = doc.text
    for p_start, p_end in doc.paragraphs:
        para = text[p_start:p_end]
        quotes = [q.start() for q in re.finditer('"', para)]
        if len(quotes) % 2:
            continue  # unbalanced: that rule speaks for this paragraph
        for o, c in zip(quotes[0::2], quotes[1::2]):
            if c - o < 3:
                continue
            # A space between a single and a double mark sets nested quotations apart
            # ("he said, 'Oh, it gets better,' " she recalled): a newspaper convention.
            if para[o + 1] in " \t\u00a0" and para[o + 2:o + 3] not in ("'", "‘"):
                yield Hit(p_start + o, p_start + o + 2, '"', {"mark": '" '})
            if para[c - 1] in " \t\u00a0" and para[c - 2:c - 1] not in ("'", "’"):
                yield Hit(p_start + c - 1, p_start + c + 1, '"', {"mark": ' "'})


def _floating(para, i):
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return before.isspace() and after.isspace()


_MODES = {"stray": _stray, "space_before": _space_before, "fullwidth": _fullwidth, "unbalanced": _unbalanced,
          "quote_spacing": _quote_spacing}


@prepare.detector
def detect(doc, state):
    return _MODES[state["mode"]](doc, state)
