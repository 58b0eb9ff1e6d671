"""JSON: the same data as the YAML report, for tools that prefer it (any report kind)."""
import json

KINDS = ("check", "compare", "score", "summary")


def render(report: dict, **options) -> str:
    return "".join(pieces(report, "\n"))


def _plain(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _nested(value, depth: int) -> str:
    """``_plain(value)`` as it reads ``depth`` levels down an indented document: every line
    after the first indented by two spaces a level. A string never holds a raw line break
    (JSON escapes it), so the line breaks are all the encoder's own."""
    return _plain(value).replace("\n", "\n" + "  " * depth)


def pieces(report, end: str = "") -> list:
    """``json.dumps(report, ensure_ascii=False, indent=2) + end`` in pieces to join, byte for
    byte, made a top-level entry (and an item of a top-level list) at a time. The encoder
    holds every piece of the text it makes, a few words each, in one list before it joins
    them: a report of a few hundred documents made whole held about six times its size at
    once (the peak memory of a whole ``check``); here one document's at a time."""
    if not isinstance(report, dict) or not report or not all(isinstance(k, str) for k in report):
        return [_plain(report), end]
    out = ["{"]
    for n, (key, value) in enumerate(report.items()):
        out.append(("\n  " if not n else ",\n  ") + json.dumps(key, ensure_ascii=False) + ": ")
        if isinstance(value, list) and value:
            out.append("[")
            for k, item in enumerate(value):
                out.append(("\n    " if not k else ",\n    ") + _nested(item, 2))
            out.append("\n  ]")
        else:
            out.append(_nested(value, 1))
    out.append("\n}" + end)
    return out
