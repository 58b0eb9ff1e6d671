"""The ``terms`` detector's shortcuts (issue 13, thirty-third round), each held to the plain
form it replaced: the second-word screen (``_second_near``) before ``_plausible``, the skip of
clauses with neither an opening pair nor two words joined by a hyphen (``_JOINED_WORDS``), and
the candidate terms of a word worked out once per run (``_opening_candidates``)."""
import glob
import os
import random
import re

import pytest

from audit import load_rules
from audit.analysis import Analysis
from audit.detectors import terms
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULE_ID = "mt-garbled-compound"
TERMS_FILE = os.path.join(ROOT, "references", "modern_terms.yaml")
GLOSSARY = os.path.join(ROOT, "references", "glossary.yaml")
GLUES = [frozenset({"of", "and"}), frozenset(), frozenset({"of", "and", "for", "the"})]

# words that open renderings of listed terms, glue words, words joined by hyphens, dashes
PIECES = ("intelligent net connection cars storage energy batteries calculation power network five dangers "
          "one gold payment arithmetic smart web joint vehicle end side body of and the for said new "
          "quality productive forces digital twin number inter-connect neck-stuck state-owned COVID-19 "
          "light abandonment sand governance cultural relics").split()
SEPARATORS = ["", " ", " ", " ", "-", ", ", ". ", " - ", "\n", " of ", " and "]


def _texts():
    rng = random.Random(33)
    texts = [pieced_text(rng, PIECES, SEPARATORS, 0, 40) for _ in range(600)]
    # glue words between the counted ones, as many as the screens allow ("five and dangers and one")
    texts += [pieced_text(rng, PIECES, [" of ", " and ", " of the ", " and of ", "-", " "], 2, 12) for _ in range(600)]
    texts += ["Employers must pay five and dangers and one gold.", "five of dangers and of one gold",
              "intelligent of net and connection cars", "arithmetic-power of and network hub"]
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))[:30]
    paths += sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    for folder in ["heldout"] + [f"heldout{n}" for n in range(5, 16)]:  # the WRITE sets: MT news
        paths += sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", folder, "*.txt")))
    rule = load_rules(os.path.join(ROOT, "rules.yaml")).get(RULE_ID)
    examples = [ex.text for kind in ("flag", "pass") for ex in rule.examples[kind]]
    return texts + examples + [open(p, encoding="utf-8").read() for p in paths]


@pytest.fixture(scope="module")
def texts():
    return _texts()


@pytest.mark.parametrize("glue", GLUES)
def test_the_second_word_screen_keeps_every_plausible_term(glue, texts):
    """A term with none of its stems in ``_second_near`` fails ``_plausible`` for two or more
    words needed, whatever the glue words: every candidate of every word of every clause."""
    term_list, starts, _, term_stems, _ = terms.load_terms(terms.file_key(TERMS_FILE, GLOSSARY))
    checked = turned_away = plausible = 0
    for text in texts:
        for start, end, _ in Analysis(text).clauses:
            toks = terms._tokens(text, start, end)
            for i, tok in enumerate(toks):
                stems = tok.stems + tok.joined + (toks[i + 1].stems if tok.hyphen else ())
                distinct = dict.fromkeys(k for st in stems for k in starts.get(st, ()))
                if not distinct:
                    continue
                near = terms._second_near(toks, i, glue)
                for k in distinct:
                    may = not near.isdisjoint(term_stems[k])
                    for need in (2, 3):
                        if terms._plausible(term_stems[k], toks, i, need, glue):
                            plausible += 1
                            assert may, (text[start:end], i, term_list[k].zh, need)
                    checked += 1
                    turned_away += not may
    assert checked > 10_000 and turned_away > checked // 2 and plausible > 100, (checked, turned_away, plausible)


def test_a_letter_each_side_of_a_hyphen_is_where_tokens_are_joined(texts):
    """``_JOINED_WORDS`` finds a match in a clause exactly when ``_tokens`` marks a hyphen there."""
    joined = plain = 0
    for text in texts + ["a-b", "-a-b-", "x- y", "x -y", "don't-stop", "é-a", "a-é", "COVID-19 a--b"]:
        for start, end, _ in Analysis(text).clauses:
            marked = any(t.hyphen for t in terms._tokens(text, start, end))
            assert (terms._JOINED_WORDS.search(text, start, end) is not None) == marked, text[start:end]
            joined += marked
            plain += "-" in text[start:end] and not marked
    assert joined > 200 and plain > 20, (joined, plain)


class _Everything:
    """A set that meets every other: the second-word screen turns nothing away."""

    def isdisjoint(self, other):
        return False


def test_findings_with_and_without_the_shortcuts_are_the_same(monkeypatch, texts):
    """``find`` with the shortcuts and without them (no second-word screen, every clause with
    a "-" listed, each word's candidates worked out at each use, every clause looked at):
    the same renderings, on word salad, clean news and the held-out texts."""
    state = load_rules(os.path.join(ROOT, "rules.yaml")).get(RULE_ID).state
    monkeypatch.setattr(terms, "_EMPTY", {})
    fast = [terms.find(t, state, Analysis(t)) for t in texts]
    monkeypatch.setattr(terms, "_second_near", lambda toks, i, glue: _Everything())
    monkeypatch.setattr(terms, "_JOINED_WORDS", re.compile(""))
    monkeypatch.setattr(terms, "_opening_candidates", lambda key, min_chars: None)
    monkeypatch.setattr(terms, "_EMPTY", {})
    plain = [terms.find(t, state, Analysis(t)) for t in texts]
    assert fast == plain
    assert sum(map(len, fast)) > 20, sum(map(len, fast))


def test_word_tokens_are_the_tokens_without_their_offsets(texts):
    """``_WordTokens`` of a clause with no hyphen, made from the clause's words, reads as
    ``_tokens`` with offsets (0, 0): by item, by slice and by length."""
    compared = 0
    for text in texts[:1300]:
        for start, end, words in Analysis(text).clauses:
            if "-" in text[start:end]:
                continue
            full = [t._replace(start=0, end=0) for t in terms._tokens(text, start, end)]
            light = terms._WordTokens(words)
            assert len(light) == len(full)
            assert [light[k] for k in reversed(range(len(light)))] == full[::-1]
            assert light[1:4] == full[1:4] and light[2:] == full[2:]
            compared += len(full)
    assert compared > 5_000, compared


def test_renderings_read_from_the_words_first_are_the_same(monkeypatch, texts):
    """``find`` hands ``_clause_renderings`` the clause's words, so that a clause with no hyphen
    is read from them first and tokenized only when some term survives ``_opening_terms``:
    the same renderings as reading every screened clause's tokens (no words given)."""
    state = load_rules(os.path.join(ROOT, "rules.yaml")).get(RULE_ID).state
    monkeypatch.setattr(terms, "_EMPTY", {})
    fast = [terms.find(t, state, Analysis(t)) for t in texts]
    whole = terms._clause_renderings
    monkeypatch.setattr(terms, "_clause_renderings",
                        lambda *args: whole(*args[:8]))  # the words left out
    monkeypatch.setattr(terms, "_EMPTY", {})
    plain = [terms.find(t, state, Analysis(t)) for t in texts]
    assert fast == plain
    assert sum(map(len, fast)) > 20, sum(map(len, fast))


def test_candidates_among_is_candidates_of(texts):
    """``_candidates_among`` (a table's term lengths read off a list) gives ``_candidates_of``'s
    tuple for the stems of every word of the texts, alone and joined to the next, at several
    ``min_chars``."""
    term_list, starts = terms.load_terms(terms.file_key(TERMS_FILE, GLOSSARY))[:2]
    readings = set()
    for text in texts[:1300]:
        for start, end, _ in Analysis(text).clauses:
            toks = terms._tokens(text, start, end)
            for i, tok in enumerate(toks):
                readings.add(tok.stems)
                readings.add(tok.stems + tok.joined + (toks[i + 1].stems if tok.hyphen else ()))
    nonempty = 0
    for min_chars in (1, 3, 4, 6):
        long = terms._long_enough(term_list, min_chars)
        for stems in readings:
            got = terms._candidates_among(stems, starts, long)
            assert got == terms._candidates_of(stems, starts, term_list, min_chars), (stems, min_chars)
            nonempty += bool(got)
    assert nonempty > 500, nonempty


def test_longest_first_reads_the_spans_kept_by_bisection():
    # ``_longest_first`` keeps the spans the plain reading keeps: longest first, each unless it
    # overlaps one kept before it (here against a scan of every span kept)
    rng = random.Random(11)
    for _ in range(300):
        found = [(a, a + rng.randint(1, 12), k) for k, a in enumerate(rng.randint(0, 80) for _ in range(rng.randint(0, 12)))]
        plain = []
        for s, e, t in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
            if not any(s < ke and ks < e for ks, ke, _ in plain):
                plain.append((s, e, t))
        assert terms._longest_first(list(found)) == sorted(plain, key=lambda f: (f[0], f[1]))


def test_a_rendering_is_flagged_each_time_in_a_story():
    from audit import check_text

    rule = load_rules().get("mt-garbled-compound").ungated()
    example = rule.examples["flag"][0]
    story = example.text + " The weather was mild and the roads were quiet. " + example.text
    got = [(f.start, f.text) for f in check_text(story, [rule]) if f.rule == rule.id]
    first = [(f.start, f.text) for f in check_text(example.text, [rule]) if f.rule == rule.id]
    assert first and got == first + [(s + len(story) - len(example.text), t) for s, t in first]
