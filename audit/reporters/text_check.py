"""Text view of a check report, for a terminal.

One line per finding as ``path:line:col: severity rule message -> suggestion`` (the form
compilers use, so editors and terminals make it a link), then the excerpt with the span
marked »like this«, cut at word boundaries. Findings whose spans overlap are listed together
over one excerpt of their joint span. ``colour=True`` adds ANSI colours (the command turns it
on for a terminal only, and never with NO_COLOR set).

With ``texts={path: text}`` excerpts come from the document itself (the line around the span);
without it, from each finding's ``context``.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from .. import re_programs
from .terminal import visible
from ..wording import count

_HIDDEN = {"below_min_severity": "below --min-severity", "baseline": "in the baseline",
           "inline": "disabled by mtaudit-disable comments"}
_SGR = {"critical": "1;31", "major": "31", "minor": "33", "info": "36", "path": "1", "rule": "2", "mark": "1;4",
        "fail": "1;31", "pass": "1;32", "fix": "32"}
WINDOW = 60  # characters of context either side, before cutting back to a word boundary
_BREAK = re_programs.compile(r"\r\n|\r|\n")
CUT_CONTEXT = 150  # a stored context this long may have been cut mid-word (audit.engine keeps 160 at most)


def _paint(on: bool, style: str, text: str) -> str:
    return f"\x1b[{_SGR[style]}m{text}\x1b[0m" if on and text else text


def _count(doc: dict) -> str:
    listed = len(doc["findings"])
    below = doc.get("hidden", {}).get("below_min_severity", 0)
    total = count(listed + below, "finding")
    return f"{total} ({listed} listed)" if below else total


def clusters(findings: List[dict]) -> List[List[dict]]:
    """Findings grouped where their spans overlap (or one holds the other), in position order."""
    out: List[List[dict]] = []
    end = -1
    for f in sorted(findings, key=lambda f: (f["start"], -f["end"], f["rule"])):
        if out and f["start"] < end:
            out[-1].append(f)
            end = max(end, f["end"])
        else:
            out.append([f])
            end = f["end"]
    return out


def _words_left(s: str) -> str:
    """``s`` (text before a span) cut after its first break, so it starts on a whole word."""
    m = re.search(r"\s", s)
    return s[m.end():] if m else ""


def _words_right(s: str) -> str:
    m = None
    for m in re.finditer(r"\s", s):
        pass
    return s[:m.start()] if m else ""


def _collapse(span: str) -> str:
    """A span's white space runs as one space each, kept at its ends too: a finding on a space
    (' ,', a double space) shows the space it flags between the marks."""
    return re.sub(r"\s+", " ", span)


def excerpt(text: str, start: int, end: int, colour: bool = False) -> str:
    """The line around ``text[start:end]``, at most WINDOW characters either side cut back to
    whole words ("…" where cut), the span marked »«, white space collapsed."""
    line_start = max([m.end() for m in _BREAK.finditer(text, 0, start)] or [0])
    m = _BREAK.search(text, end)
    line_end = m.start() if m else len(text)
    left, right = text[line_start:start], text[end:line_end]
    lcut = len(left) > WINDOW
    rcut = len(right) > WINDOW
    if lcut:
        left = _words_left(left[-WINDOW:])
    if rcut:
        right = _words_right(right[:WINDOW])
    span = visible(_collapse(text[start:end]))
    left, right = re.sub(r"\s+", " ", left).lstrip(), re.sub(r"\s+", " ", right).rstrip()
    left, right = visible(left), visible(right)
    return ("…" if lcut else "") + left + "»" + _paint(colour, "mark", span) + "«" + right + ("…" if rcut else "")


def _context_excerpt(finding: dict, colour: bool) -> str:
    """An excerpt from a finding's stored context when the document text is not at hand."""
    context, text = finding.get("context") or "", _collapse(finding["text"])
    context, text = visible(" ".join(context.split())), visible(text)
    pos = context.find(text) if text else -1
    if pos < 0:
        return f"»{_paint(colour, 'mark', text)}«"
    left, right = context[:pos], context[pos + len(text):]
    # a long stored context was cut at a character count: drop a word cut in two at either end
    if len(context) >= CUT_CONTEXT:
        if left:
            left = "…" + _words_left(left)
        if right:
            right = _words_right(right) + "…"
    return f"{left}»{_paint(colour, 'mark', text)}«{right}"


def _finding_line(path: str, f: dict, colour: bool) -> str:
    fix = ""
    if f.get("suggestion") is not None:
        fix = "  -> " + (_paint(colour, "fix", repr(f["suggestion"])) if f["suggestion"] else "delete")
    # the location stays plain text, so terminals and editors recognise it as a link
    return (f"{visible(path)}:{f['line']}:{f['column']}: {_paint(colour, f['severity'], f['severity'])} "
            f"{_paint(colour, 'rule', f['rule'])} {visible(f['message'])}{fix}")


def render(report: dict, colour: bool = False, texts: Optional[Dict[str, str]] = None, **options) -> str:
    out = []
    texts = texts or {}
    for doc in report.get("documents", []):
        s = doc["score"]
        verdict = _paint(colour, s["verdict"] if s["verdict"] in _SGR else "path", s["verdict"].upper())
        out.append(f"{_paint(colour, 'path', visible(doc['path']))}  ({count(doc['words'], 'word')}, {doc['encoding']}): "
                   f"{_count(doc)}, penalty {s['penalty']}, "
                   f"{s['normalized']} per {s['per_words']} words -> {verdict}")
        est = s.get("estimate")
        if est:
            kind = est["model"].split("|")[1] if est["model"].count("|") else est["model"]
            out.append(f"  estimated MQM penalty {est['mqm']} ({est['normalized']} per {est['per_words']} words; "
                       f"{kind} model calibrated on rated MT)")
        ref = doc.get("references")
        if ref and "metrics" in ref:
            m = ref["metrics"]
            out.append(f"  against reference: BLEU {m['bleu']['score']}, chrF {m['chrf']['score']}, "
                       f"TER {m['ter']['score']}")
        if doc.get("source"):
            a = doc.get("adequacy", {})
            out.append(f"  against source {doc['source']['path']}: adequacy {a.get('document')} "
                       f"({a.get('sentences')} aligned groups, {a.get('omitted')} omitted, {a.get('added')} added)")
        text = texts.get(doc["path"])
        if text is not None and any(text[f["start"]:f["end"]] != f["text"] for f in doc["findings"]):
            text = None
        for group in clusters(doc["findings"]):
            for f in group:
                out.append(_finding_line(doc["path"], f, colour))
            if text is not None:
                shown = excerpt(text, min(f["start"] for f in group), max(f["end"] for f in group), colour)
            elif len(group) == 1:
                shown = _context_excerpt(group[0], colour)
            else:
                widest = max(group, key=lambda f: f["end"] - f["start"])["text"]
                shown = f"»{_paint(colour, 'mark', visible(_collapse(widest)))}«"
            note = f"  ({len(group)} overlapping findings)" if len(group) > 1 else ""
            out.append(f"    {shown}{note}")
            for f in group:
                if f.get("source"):  # bilingual mode: the source beside the translation
                    out.append(f"    source: »{visible(' '.join(f['source']['text'].split()))}«")
        if doc.get("hidden"):
            out.append("  not listed: " + ", ".join(f"{n} {_HIDDEN.get(k, k)}" for k, n in doc["hidden"].items()))
        for w in doc.get("warnings", []):
            out.append(f"  warning: rule {w['rule']}: {w['message']}")
        out.append("")
    for e in report.get("errors", []):
        out.append(f"error: {visible(e['path'])}: {visible(e['reason'])}")
    summary = report.get("summary", {})
    if "by_severity" in summary:
        sev = ", ".join(f"{k} {v}" for k, v in summary["by_severity"].items())
        out.append(f"{count(summary['documents'], 'document')}, {count(summary['findings'], 'finding')} ({sev}), "
                   f"{summary['failed']} failed, {count(summary['errors'], 'error')}")
    gate = summary.get("gate")
    if gate:
        limit = ""
        if gate["fail_on"] == "verdict":
            # the threshold the verdicts were decided by (--score-threshold, the config, the rules)
            limits = {(d["score"]["threshold"], d["score"]["per_words"]) for d in report.get("documents", [])
                      if isinstance(d.get("score"), dict) and "threshold" in d["score"]}
            if len(limits) == 1:
                threshold, per = next(iter(limits))
                limit = f" (a score over {threshold:g} per {per} words fails)"
        out.append(f"gate --fail-on {gate['fail_on']}{limit}: {count(gate['failing'], 'document')} failing -> "
                   f"{gate['status'].upper()} (exit {gate['exit_code']})")
    return "\n".join(out) + "\n"
