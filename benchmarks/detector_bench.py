"""Helpers the single-detector benchmarks share (``literal_detector.py``, ``terms_detector.py``):
one rule of a type taken from a catalog file with keys overridden, the word count of a text,
and the human translations of the MQM file as clean text. Not a benchmark itself."""
from __future__ import annotations

import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from audit import Document, load_rules  # noqa: E402

HUMAN = ("ref", "refB")  # the MQM file's human translations: clean professional English


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


def split_by_span(item, findings):
    """A development item's findings split into those overlapping its marked span (``text``
    holds ``span`` once) and the rest: (hits, stray)."""
    s = item["text"].index(item["span"])
    e = s + len(item["span"])
    hits = [f for f in findings if f.start < e and s < f.end]
    return hits, [f for f in findings if not (f.start < e and s < f.end)]
