"""Figures for the ``literal`` detector (literal renderings of Chinese idioms, via CC-CEDICT).

Prints:

(a) false alarms per 1,000 words on clean professional English: the human translations
    (systems ``ref`` and ``refB``) of ``../shared/data/mqm_ted_zhen.tsv`` (markers stripped,
    each segment once) and ``benchmarks/data/literal_dev_clean.txt`` (news text written for
    this project; it ends with 337 correct sentences of news written to make the rule fire:
    counts, weather, landscapes, pairs such as "wind and rain", issue 9's red team). Every
    finding there counts as a false alarm; each is listed.
(b) recall on ``benchmarks/data/literal_dev.yaml``: an item counts as found when a finding
    overlaps its span; findings elsewhere in the sentence are listed as stray. With
    ``--held-apart``, also on the list's held-apart third and on ``literal_dev_apart4.yaml``
    (issue 9's fourth pass: famous chengyu, written before that pass changed any code) and on
    ``literal_dev_apart6.yaml`` (the fifth pass: idioms, sayings and policy images, with correct
    English sentences of English idioms whose findings are false alarms).
(c) precision on the MT system outputs of the MQM file: a finding is a hit when it shares a
    character with a span any rater marked in that segment.
(e) with ``--general DIR``: findings per 100,000 words of the documentation files under DIR
    (README, METADATA, .rst, .md, .txt: general English beyond news), each a false alarm.
(d) the suggestions: every entry's suggestion is checked with the whole catalog
    (``--rules``, default the bundled rules.yaml, plus the rule itself); any finding is listed.

The rule comes from ``--rule-file`` (default the bundled ``rules.yaml``, its literal rule);
``--set KEY=VALUE`` overrides one of its detector keys, for threshold sweeps. Run from the
repository root::

    .venv/bin/python benchmarks/literal_detector.py [--set image_zipf=4.5] [--no-suggestions] \
        [--general .venv/lib/python3.11/site-packages] [--held-apart]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path[:0] = [ROOT, HERE]  # this checkout's audit package, and the sibling mqm_data module

from audit import check_text, load_rules  # noqa: E402

from detector_bench import HUMAN, human_texts, load_rule, split_by_span, words  # noqa: E402
from mqm_data import DEFAULT_DATA, load_mqm  # noqa: E402

CLEAN_TEXT = os.path.join(HERE, "data", "literal_dev_clean.txt")
DEV_LIST = os.path.join(HERE, "data", "literal_dev.yaml")
# The fourth pass's held-apart list: famous chengyu rendered word by word, written before that
# pass changed any code and measured only before and after it (``--held-apart``).
APART4_LIST = os.path.join(HERE, "data", "literal_dev_apart4.yaml")
# The fifth pass's held-apart list: idioms, sayings and policy images (``items``) and correct
# English with English idioms and concrete imagery (``clean``), written before that pass changed
# any code and measured only before and after it (``--held-apart``).
APART6_LIST = os.path.join(HERE, "data", "literal_dev_apart6.yaml")


def clean_figures(rule, segments):
    print("(a) false alarms on clean professional English")
    texts = human_texts(segments)
    with open(CLEAN_TEXT, encoding="utf-8") as fh:
        texts.append(("literal_dev_clean.txt", fh.read()))
    totals = {}
    for name, text in texts:
        findings = [f for f in check_text(text, [rule])]
        n_words, n_found = totals.get(name, (0, 0))
        totals[name] = (n_words + words(text), n_found + len(findings))
        for f in findings:
            print(f"    FALSE ALARM [{name}] {f.text!r} -> {f.suggestion!r}   «{f.context}»")
    all_words = sum(w for w, _ in totals.values())
    all_found = sum(n for _, n in totals.values())
    for name, (w, n) in sorted(totals.items()):
        print(f"    {name:24s} {w:7d} words {n:4d} findings  {1000 * n / max(w, 1):.3f} per 1,000 words")
    print(f"    {'all clean text':24s} {all_words:7d} words {all_found:4d} findings  "
          f"{1000 * all_found / max(all_words, 1):.3f} per 1,000 words")
    return all_found, all_words


# ``added`` of an item: who wrote it (the first pass, the second pass of issue 9 with set
# phrases, the third or the fourth pass, before its changes were made).
PASSES = {None: "before issue 9's second pass", True: "in its second pass", 3: "in its third pass",
          4: "in its fourth pass"}
# Who wrote the items of ``literal_dev_apart4.yaml`` and ``literal_dev_apart6.yaml``, which carry
# no ``added``.
APART4_PASS = "in its fourth pass, held apart"
APART6_PASS = "in its fifth pass, held apart"
HELD_APART_LISTS = {"apart4": (APART4_LIST, APART4_PASS), "apart6": (APART6_LIST, APART6_PASS)}


def recall_figures(rule, part="dev"):
    """Recall on one part of the development list: ``dev`` (the items thresholds and gloss
    sources are chosen on), ``apart`` (the random third marked ``part: apart``, measured only
    at the end of a pass) or ``apart4`` (the fourth pass's own held-apart list,
    ``literal_dev_apart4.yaml``). Each miss gets a cause (``diagnose``), counted in a table."""
    print(f"(b) recall on the development list, {part} part")
    if part in HELD_APART_LISTS:
        with open(HELD_APART_LISTS[part][0], encoding="utf-8") as fh:
            items = yaml.safe_load(fh)["items"]
    else:
        with open(DEV_LIST, encoding="utf-8") as fh:
            items = [i for i in yaml.safe_load(fh)["items"] if i.get("part", "dev") == part]
    found = right = 0
    passes = {}  # which pass of issue 9 wrote the item (``PASSES``, ``APART4_PASS``) -> [found, items]
    causes = {}
    for item in items:
        text, span = item["text"], item["span"]
        findings = check_text(text, [rule])
        hit, stray = split_by_span(item, findings)
        found += bool(hit)
        tally = passes.setdefault(HELD_APART_LISTS[part][1] if part in HELD_APART_LISTS
                                  else PASSES[item.get("added")], [0, 0])
        tally[0] += bool(hit)
        tally[1] += 1
        same = any(item["source"] in f.message for f in hit)  # the message names the entry
        right += same
        mark = ("found" if same else "other") if hit else "MISS "
        got = "; ".join(f"{f.text!r} -> {f.suggestion!r}" for f in hit)
        why = ""
        if not hit:
            s = text.index(span)
            cause, detail = diagnose(text, s, s + len(span), item["source"], rule)
            causes.setdefault(cause, []).append(item["source"])
            why = f"  [{cause}: {detail}]"
        print(f"    {mark} {item['source']:8s} {span!r}  {got}{why}")
        for f in stray:
            print(f"      stray finding {f.text!r} -> {f.suggestion!r}")
    print(f"    recall {found}/{len(items)} = {found / len(items):.3f} "
          f"({right} with the item's own idiom as the source, {found - right} with another entry)")
    for name in (*PASSES.values(), APART4_PASS, APART6_PASS):
        if name in passes:
            f, n = passes[name]
            print(f"    items written {name}: {f}/{n} = {f / n:.3f}")
    print(f"    misses by cause ({len(items) - found}):")
    for cause in CAUSES:
        if cause in causes:
            print(f"      {len(causes[cause]):3d}  {cause:34s} {' '.join(causes[cause])}")
    return found, len(items)


# The causes of a miss, in the order ``diagnose`` tries them.
CAUSES = (
    "no CC-CEDICT entry",            # the expression is not in the dictionary at all
    "entry not indexed",             # it is, but neither as an idiom nor as a set phrase
    "split over punctuation",        # the rendering crosses a comma or another clause mark
    "inflection not in the glosses", # a lemma of a word of the span would render the character
    "synonym not in the glosses",    # a content word stands where the character's gloss was expected
    "paraphrased or left out",       # a character has no word in the span at all
    "too few meaning characters",    # every character rendered, but the idiom's order or size forbids
    "too few words",                 # fewer than three distinct words render the entry
    "too few uncommon words",        # fewer than min_uncommon words rarer than uncommon_zipf
    "no image word",                 # no word rarer than image_zipf (long_image_zipf) but verb forms
    "order, extra or function words",  # the rest of the match's tests
)


def _entry_of(source):
    """(entry, index, is a set phrase) for a dictionary form, or None."""
    from audit.detectors.literal_index import load_index

    for phrases in (False, True):
        index = load_index(set_phrases=phrases)
        for entry in index.entries:
            if entry.simplified == source:
                return entry, index, phrases
    return None


def diagnose(text, start, end, source, rule):
    """(cause, detail): why no finding covers ``text[start:end]``, the rendering of ``source``.
    It reads the index as the detector does (``literal._content_tokens``, ``literal._cover``)
    and tries the causes of ``CAUSES`` in order."""
    import simplemma

    from audit import cedict
    from audit.detectors import literal as L

    found = _entry_of(source)
    if found is None:
        if any(simp == source for simp, _, _, _ in cedict.entries()):
            return "entry not indexed", "in CC-CEDICT, not an idiom nor a set phrase by its glosses"
        return "no CC-CEDICT entry", ""
    entry, index, phrase = found
    if not any(m.start() <= start and end <= m.end() for m in L._CLAUSE.finditer(text)):
        return "split over punctuation", text[start:end]
    state = rule.state["phrase_state"] if phrase else rule.state
    toks = L._content_tokens(text, start, end, index, state)
    own = [t for t in toks if not t.name and (t.stem in entry.units or t.stem in entry.literal_stems)]
    foreign = [text[t.start:t.end] for t in toks if t not in own]
    taken, in_order, _ = L._cover(own, entry)
    need = set(range(len(entry.simplified))) if phrase else set(entry.strong)
    missing = sorted(need - taken)
    lit_missing = entry.literal_stems - {t.stem for t in own}
    if missing and (lit_missing or len(entry.literal_stems) < 3):
        chars = "".join(entry.simplified[i] for i in missing)
        for word in foreign:
            lemma = L.stem(simplemma.lemmatize(word.lower(), lang="en"))
            if set(index.char_stems.get(lemma, ())) & set(chars):
                return "inflection not in the glosses", f"{word!r} for {chars}"
        if len(foreign) >= len(missing):
            return "synonym not in the glosses", f"{', '.join(map(repr, foreign))} for {chars}"
        return "paraphrased or left out", f"{chars} unrendered"
    if len({t.stem for t in own}) < 3:
        return "too few words", ", ".join(text[t.start:t.end] for t in own)
    if not in_order and 2 * len(entry.strong) < len(entry.simplified):
        return "too few meaning characters", f"{len(entry.strong)} of {len(entry.simplified)}, out of order"
    words = [L._bare(text[t.start:t.end]) for t in own]
    zipfs = {w: round(L.zipf_cached(w), 1) for w in words}
    detail = f"Zipf {zipfs}" + (f", foreign {foreign}" if foreign else "")
    if sum(z < state["uncommon_zipf"] for z in zipfs.values()) < state["min_uncommon"]:
        return "too few uncommon words", detail
    _, ordered, assigned = L._cover(own, entry)
    image = state["image_zipf"]
    if ordered and len(assigned) >= state.get("long_words", 4):
        image = max(image, state.get("long_image_zipf", image))
    if min((z for w, z in zipfs.items() if not w.endswith(("ed", "ing"))), default=99) >= image:
        return "no image word", detail
    return "order, extra or function words", detail


def apart6_clean_figures(rule):
    """False alarms on the ``clean`` sentences of ``literal_dev_apart6.yaml``: correct English
    with English idioms and concrete imagery; every finding there is a false alarm."""
    print("(b') false alarms on the fifth pass's held-apart clean sentences")
    with open(APART6_LIST, encoding="utf-8") as fh:
        sentences = yaml.safe_load(fh)["clean"]
    n_found = 0
    for text in sentences:
        for f in check_text(text, [rule]):
            n_found += 1
            print(f"    FALSE ALARM {f.text!r} -> {f.suggestion!r}   «{text}»")
    print(f"    {n_found} findings in {len(sentences)} sentences")
    return n_found, len(sentences)


GENERAL_NAMES = ("README", "METADATA", "DESCRIPTION", "LICENSE", "AUTHORS", "CHANGES", "HISTORY", "NEWS")
GENERAL_EXTS = (".rst", ".md", ".txt")


def general_files(root):
    """Documentation files under ``root`` (an installed site-packages, say): README, METADATA,
    changelogs and every .rst, .md and .txt file under 1 MB, in a stable order."""
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            if (name.upper().split(".")[0] in GENERAL_NAMES or name.lower().endswith(GENERAL_EXTS)) \
                    and not name.endswith((".py", ".pyc")) and os.path.getsize(path) < 1_000_000:
                yield path


def general_figures(rule, roots):
    """(e) findings per 100,000 words of general English beyond news: every one is a false alarm
    (documentation of installed packages says nothing a Chinese idiom says)."""
    import re

    print("(e) findings on general English (package documentation)")
    n_words = n_found = n_files = 0
    for root in roots:
        for path in general_files(root):
            with open(path, encoding="utf-8", errors="replace") as fh:
                text = fh.read()
            n_files += 1
            n_words += len(re.findall(r"[A-Za-z]+", text))
            for f in check_text(text, [rule]):
                n_found += 1
                print(f"    FALSE ALARM [{os.path.relpath(path, root)}] {f.text!r} -> {f.suggestion!r}")
    print(f"    {n_files} files, {n_words} words, {n_found} findings = "
          f"{100_000 * n_found / max(n_words, 1):.2f} per 100,000 words")
    return n_found, n_words


SPEED_SETS = ("tests/corpus/clean", "benchmarks/data/clean_large", "benchmarks/data/clean_stress")


def speed_figures(rule):
    """(f) CPU seconds of the rule alone on the three clean news sets joined and repeated three
    times (about 1.1 MB), best of three runs: what the rule costs a check."""
    import glob

    texts = [open(p, encoding="utf-8").read() for d in SPEED_SETS for p in sorted(glob.glob(os.path.join(ROOT, d, "*.txt")))]
    text = "\n\n".join(texts) * 3
    best = None
    for _ in range(3):
        t0 = time.process_time()
        check_text(text, [rule])
        spent = time.process_time() - t0
        best = spent if best is None else min(best, spent)
    mb = len(text.encode("utf-8")) / 1e6
    print(f"(f) the rule alone: {best:.2f} s CPU for {mb:.2f} MB of clean news = {best / mb:.2f} s per MB")
    return best / mb


def precision_figures(rule, segments):
    print("(c) precision on MT system outputs (hit = overlaps a rated span)")
    hits = total = n_words = 0
    for s in segments:
        if s.system in HUMAN:
            continue
        n_words += words(s.text)
        for f in check_text(s.text, [rule]):
            total += 1
            ok = bool(s.spans_overlapping(f.start, f.end))
            hits += ok
            cats = ",".join(sorted({sp.category for sp in s.spans_overlapping(f.start, f.end)}))
            print(f"    {'hit ' if ok else 'miss'} [{s.system}] {f.text!r} -> {f.suggestion!r} {cats}")
    prec = hits / total if total else float("nan")
    print(f"    {total} findings in {n_words} words of MT output; {hits} hits; precision {prec:.3f}")
    return hits, total


def suggestion_figures(rule, rules_path):
    print("(d) suggestions checked by the catalog")
    from audit.detectors.literal import _suggestion, load_index

    catalog = load_rules(rules_path)
    rules = [r for r in catalog.rules if r.id != rule.id] + [rule]
    flagged = offered = 0
    index = load_index()
    for entry in index.entries:
        suggestion = _suggestion(entry, "x", rule.state, index)  # what a match would offer
        if suggestion is None:
            continue
        offered += 1
        found = check_text(suggestion, rules)
        if found:
            flagged += 1
            print(f"    FLAGGED {entry.simplified} {suggestion!r}: "
                  + "; ".join(f"{f.rule} {f.text!r}" for f in found))
    print(f"    {flagged} of {offered} suggestions flagged ({len(index.entries) - offered} entries offer none)")
    return flagged


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rule-file", default=os.path.join(ROOT, "rules.yaml"))
    ap.add_argument("--rules", default=None, help="catalog for (d); default the bundled rules.yaml")
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--no-suggestions", action="store_true", help="skip (d)")
    ap.add_argument("--general", action="append", default=[], metavar="DIR",
                    help="(e) false alarms per 100,000 words in the documentation files under DIR")
    ap.add_argument("--speed", action="store_true", help="(f) CPU seconds per MB of the rule alone")
    ap.add_argument("--held-apart", action="store_true",
                    help="(b) on the held-apart third of the list and the fourth pass's held-apart list too "
                         "(measure them only at the end of a pass)")
    args = ap.parse_args(argv)
    rule = load_rule(args.rule_file, "literal", args.set)
    t0 = time.perf_counter()
    check_text("warm up", [rule])
    print(f"rule {rule.id} ({args.rule_file}; overrides {args.set or 'none'}); dictionary loaded in "
          f"{time.perf_counter() - t0:.2f} s")
    segments = load_mqm(args.data).segments
    t0 = time.perf_counter()
    fa, fw = clean_figures(rule, segments)
    rf, rn = recall_figures(rule)
    af = an = a4f = a4n = a6f = a6n = None
    if args.held_apart:
        af, an = recall_figures(rule, "apart")
        a4f, a4n = recall_figures(rule, "apart4")
        a6f, a6n = recall_figures(rule, "apart6")
        c6f, c6n = apart6_clean_figures(rule)
    ph, pt = precision_figures(rule, segments)
    elapsed = time.perf_counter() - t0
    gf = general_figures(rule, args.general) if args.general else None
    if args.speed:
        speed_figures(rule)
    sf = None if args.no_suggestions else suggestion_figures(rule, args.rules)
    print("summary")
    print(f"    false alarms {fa} in {fw} clean words = {1000 * fa / fw:.3f} per 1,000 words (goal <= 0.1)")
    print(f"    recall, dev part {rf}/{rn} = {rf / rn:.3f} (goal >= 0.5)")
    if an:
        print(f"    recall, held-apart part {af}/{an} = {af / an:.3f}")
    if a4n:
        print(f"    recall, fourth pass's held-apart list {a4f}/{a4n} = {a4f / a4n:.3f}")
    if a6n:
        print(f"    recall, fifth pass's held-apart list {a6f}/{a6n} = {a6f / a6n:.3f}; "
              f"false alarms on its {c6n} clean sentences: {c6f}")
    print(f"    MT precision {ph}/{pt}" + (f" = {ph / pt:.3f}" if pt else ""))
    if gf is not None:
        print(f"    general English: {gf[0]} findings in {gf[1]} words = {100_000 * gf[0] / max(gf[1], 1):.2f} "
              f"per 100,000 words")
    if sf is not None:
        print(f"    suggestions flagged by the catalog: {sf}")
    print(f"    (a)-(c) checked in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
