"""Helpers the single-detector benchmarks share (``literal_detector.py``, ``terms_detector.py``,
``grammar_families.py``): one rule of a type taken from a catalog file with keys overridden, the
word count of a text, the human translations of the MQM file as clean text (by segment or by
document), the clean sets' folders and the documentation of the installed packages. Not a
benchmark itself."""
from __future__ import annotations

import ast
import collections
import glob
import os
import sys
import sysconfig
import warnings

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from audit import Document, load_rules  # noqa: E402

HUMAN = ("ref", "refB")  # the MQM file's human translations: clean professional English
# The clean sets listed in clean_sets.py (measured ones only: a new, blind set is not read here).
sys.path.insert(0, HERE)
from clean_sets import CLEAN_SETS  # noqa: E402

CLEAN_DIRS = [os.path.join(ROOT, folder) for folder, _ in CLEAN_SETS]
DOC_SUFFIXES = (".md", ".rst", ".txt")


def load_rule(path, rule_type, overrides, defaults=None):
    """The first rule of type ``rule_type`` in the catalog ``path``, its keys overridden by
    ``KEY=VALUE`` strings (values read as YAML) and, where the rule lacks them, set from
    ``defaults``; loaded as the catalog loader would. Exits naming the file when there is none."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    rules = data["rules"] if isinstance(data, dict) else data
    rules = [r for r in rules if r.get("type") == rule_type]
    if not rules:
        sys.exit(f"{path}: no rule of type '{rule_type}'")
    rule = dict(rules[0])
    for item in overrides:
        key, _, value = item.partition("=")
        rule[key] = yaml.safe_load(value)
    for key, value in (defaults or {}).items():
        rule.setdefault(key, value)
    tmp = os.path.join(HERE, f".{rule_type}_rule.tmp.yaml")
    with open(tmp, "w", encoding="utf-8") as fh:
        yaml.safe_dump([rule], fh, allow_unicode=True)
    try:
        return load_rules(tmp).rules[0]
    finally:
        os.remove(tmp)


def words(text):
    """Words of ``text`` as a report counts them."""
    return Document.from_text(text).words


def human_texts(segments):
    """(``mqm:SYSTEM``, text) of each human-translated MQM segment, once per segment."""
    seen, out = set(), []
    for s in segments:
        if s.system in HUMAN and (s.system, s.doc, s.seg_id) not in seen:
            seen.add((s.system, s.doc, s.seg_id))
            out.append(("mqm:" + s.system, s.text))
    return out


def clean_set_texts():
    """(path from the repository root, text) of every story of the clean sets (``CLEAN_DIRS``)."""
    out = []
    for folder in CLEAN_DIRS:
        for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
            with open(path, encoding="utf-8") as fh:
                out.append((os.path.relpath(path, ROOT), fh.read()))
    return out


def human_documents(segments):
    """(``SYSTEM/DOC``, text) of each human-translated MQM document, its segments in order, one
    a line: for rules that read across sentences."""
    docs = collections.defaultdict(dict)
    for s in segments:
        if s.system in HUMAN:
            docs[(s.system, s.doc)][s.seg_id] = s.text
    return [(f"{system}/{doc}", "\n".join(segs[k] for k in sorted(segs))) for (system, doc), segs in sorted(docs.items())]


def _docstrings(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node, clean=True)
            if doc:
                yield doc


def doc_texts(limit_words):
    """Documentation of the installed packages, in path order, up to ``limit_words`` words
    (counted roughly, by spaces): one text per file."""
    site = sysconfig.get_paths()["purelib"]
    out, total = [], 0
    for folder, dirs, files in os.walk(site):
        # the project's own metadata is its README, which quotes the errors the rules find
        dirs[:] = sorted(d for d in dirs if not (d.startswith("mtaudit-") and d.endswith(".dist-info")))
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                if name == "METADATA" or name.endswith(DOC_SUFFIXES) and "LICENSE" not in name.upper() \
                        and os.path.getsize(path) < 2_000_000:
                    with open(path, encoding="utf-8") as fh:
                        text = fh.read()
                elif name.endswith(".py") and os.path.getsize(path) < 2_000_000:
                    with open(path, encoding="utf-8") as fh:
                        text = "\n\n".join(_docstrings(fh.read()))
                else:
                    continue
            except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
                continue
            if not text.strip():
                continue
            out.append((os.path.relpath(path, site), text))
            total += len(text.split())
            if total >= limit_words:
                return out
    return out


def split_by_span(item, findings):
    """A development item's findings split into those overlapping its marked span (``text``
    holds ``span`` once) and the rest: (hits, stray)."""
    s = item["text"].index(item["span"])
    e = s + len(item["span"])
    hits = [f for f in findings if f.start < e and s < f.end]
    return hits, [f for f in findings if not (f.start < e and s < f.end)]
