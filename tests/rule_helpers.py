"""Helpers the detector tests share: a rule of the bundled catalog as data, a catalog of one
rule written as a rules file, the (text, suggestion) pairs a catalog finds, with every span
checked against the text, the hits of one ``grammar`` check, a made-up dictionary in CC-CEDICT's line format, and the texts and
the comparison the tests of the pattern shortcuts use."""
import glob
import os

import yaml

from audit import check_text
from audit.rules import load_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


_BUNDLED: dict = {}  # (size, mtime) of rules.yaml -> {rule id: rule data}


def bundled_rules() -> dict:
    """{rule id: rule data} of the bundled ``rules.yaml``, parsed once per process while the file
    stays as it is (as the loader reads it, ``audit.yamlio``: libyaml's parser where PyYAML has
    it). The pure-Python parser took 3 s of CPU for the 3 MB catalog, and the tests that build
    one-rule catalogs from a bundled rule asked for it once per catalog. Callers get copies
    (``bundled_rule``): never change these."""
    from audit import yamlio

    path = os.path.join(ROOT, "rules.yaml")
    info = os.stat(path)
    key = (info.st_size, info.st_mtime_ns)
    if key not in _BUNDLED:
        _BUNDLED.clear()
        with open(path, encoding="utf-8") as fh:
            _BUNDLED[key] = {r["id"]: r for r in yamlio.load(fh)["rules"]}
    return _BUNDLED[key]


def bundled_rule(rule_id: str) -> dict:
    """The rule ``rule_id`` of the bundled ``rules.yaml``, as data: a copy of its own, which the
    caller may change."""
    import copy

    return copy.deepcopy(bundled_rules()[rule_id])


def one_rule(tmp_path, rule: dict):
    """The catalog of ``rule`` alone, loaded through the real loader from a rules file."""
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump({"rules": [rule]}), encoding="utf-8")
    return load_rules(str(path))


def checked_findings(text, rules):
    """The findings of ``rules`` in ``text``, every span checked against the text."""
    findings = check_text(text, rules)
    for f in findings:
        assert text[f.start:f.end] == f.text, (f.rule, text)
    return findings


def catalog_hits(rule, text) -> list:
    """The spans ``rule`` (a catalog rule, its gate as the catalog has it) reports in ``text``,
    every span checked against the text."""
    return [f.text for f in checked_findings(text, [rule]) if f.rule == rule.id]


def found(cat, text):
    return [(f.text, f.suggestion) for f in checked_findings(text, cat)]


def grammar_found(check: str, text: str) -> list:
    """(matched text, suggestion) of one check of the ``grammar`` detector type on ``text``, as
    the detector reports them (the detector's own hits, without a rule or the engine)."""
    from audit.detectors import DETECTORS
    from audit.document import Document

    state = DETECTORS["grammar"].prepare({"check": check})
    return [(text[h.start:h.end], h.suggestion) for h in DETECTORS["grammar"].detect(Document.from_text(text), state)]


def mini_dictionary(tmp_path, monkeypatch, lines: str) -> str:
    """The path of a made-up dictionary holding ``lines`` (CC-CEDICT's line format), with the
    cache directory moved under ``tmp_path`` so that its index is built afresh."""
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "mini.txt"
    path.write_text(lines, encoding="utf-8")
    return str(path)


def pattern_texts(rules):
    """The clean stories, the seed reports and the examples of ``rules``, and a line whose
    letters fold to ASCII under IGNORECASE (the Kelvin sign to k, the long s to s): the texts
    the pattern machinery's tests compare a shortcut's answer with the regex on."""
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")) +
                       glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt"))):
        with open(path, encoding="utf-8") as fh:
            yield fh.read()
    for rule in rules:
        for kind in ("flag", "pass"):
            for ex in rule.examples[kind]:
                yield ex.text
    yield "THE RELEVANT DEPARTMENTS \u212aEPT \u017fuch as MA\u017fSES OF THE PEOPLE"


# The tests of the pattern machinery compare a shortcut with the plain regex for each pattern
# rule (``RuleTexts``): on the stories, the seed reports, the rule's own examples and the examples
# of one rule in SAMPLE_EVERY (other rules' near misses). A rule's matches lie in its own flag
# examples and in the stories; running each rule over every rule's examples (about 530 KB of
# text, 400 times over in each of four test files) was a third of the suite's time.
SAMPLE_EVERY = 8


class RuleTexts:
    """The texts each of ``rules`` is compared on: ``shared`` (``pattern_texts`` of one rule in
    ``every``, then ``more``), each rule's own examples after them (``texts``); and those texts as
    documents (``docs``), the shared ones made once per name (``SharedDocuments``)."""

    def __init__(self, rules, more=(), every=SAMPLE_EVERY):
        sampled = list(rules)[::every]
        self.more = list(more)
        self.shared = list(pattern_texts(sampled)) + self.more
        self._sampled = {r.id for r in sampled}
        self._shared_docs = SharedDocuments(self.shared)

    def own(self, rule) -> list:
        """The examples of ``rule`` the shared texts lack (none when its rule was sampled)."""
        if rule.id in self._sampled:
            return []
        return [ex.text for kind in ("flag", "pass") for ex in rule.examples[kind]]

    def texts(self, rule, more: bool = True) -> list:
        """The shared texts (without ``more`` where ``more`` is false) and the rule's own examples."""
        shared = self.shared if more or not self.more else self.shared[:-len(self.more)]
        return shared + self.own(rule)

    def docs(self, rule, name: str) -> list:
        """``texts(rule)`` as documents: the shared ones of ``name`` and new ones of the rest."""
        from audit.document import Document
        return self._shared_docs(name) + [Document.from_text(t) for t in self.own(rule)]


class SharedDocuments:
    """Documents of ``texts``, made once per name and shared by every rule a test runs over them,
    as a check shares one document among the catalog's rules (what a detector works out once
    per document, in ``doc.cache``, is worked out once per text, not once per rule and text).
    A test that compares two ways of running a rule keeps one name per way, so that nothing one
    way leaves in a document's cache answers for the other."""

    def __init__(self, texts):
        self.texts = list(texts)
        self._made = {}

    def __call__(self, name: str) -> list:
        if name not in self._made:
            from audit.document import Document
            self._made[name] = [Document.from_text(t) for t in self.texts]
        return self._made[name]


def requirement_met(node, held) -> bool:
    """Whether a prefilter requirement ``node`` ("any" of strings, "all" or "or" of nodes) holds
    for a text that holds the strings ``held``: read from the node as written, not through the
    prefilter's compiled test (what the prefilter tests compare with it)."""
    kind, parts = node
    if kind == "any":
        return not held.isdisjoint(parts)  # some string of the node is in the text
    # stops at the first part that decides, as the prefilter's compiled test does (plain loops:
    # the catalog's "or"s of hundreds of branches are read for thousands of texts)
    if kind == "all":
        for k in parts:
            if not requirement_met(k, held):
                return False
        return True
    for k in parts:
        if requirement_met(k, held):
            return True
    return False


class RequirementVerdicts:
    """``requirement_met(node, held)`` for the many ``held`` sets of a comparison over texts,
    worked out once per set of the node's own strings that ``held`` contains: the requirement
    reads nothing else (whether each string of its "any" nodes is in ``held``), so texts that
    hold the same of its strings get the same verdict. Most texts hold none or a few of a
    rule's strings; the node read afresh for each of thousands of texts took most of the
    prefilter comparisons' time."""

    def __init__(self, node):
        self.node = node
        self.strings = frozenset(_node_strings(node))
        self._verdicts = {}

    def __call__(self, held) -> bool:
        key = self.strings.intersection(held)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = requirement_met(self.node, held)
        return verdict


def _node_strings(node) -> set:
    kind, parts = node
    if kind == "any":
        return set(parts)
    return set().union(*(_node_strings(k) for k in parts))


class HeldStrings:
    """The strings of ``strings`` that a case-folded text holds, found from every piece of the
    text as long as some string: the same set as ``{s for s in strings if s in folded}``,
    without the prefilter's automaton (what the prefilter tests compare it with) and without one
    search per string (the catalog's prefilters name tens of thousands)."""

    def __init__(self, strings):
        self.strings = frozenset(strings)
        self.lengths = sorted({len(s) for s in self.strings})

    def __call__(self, folded: str) -> set:
        strings = self.strings
        return {piece for size in self.lengths for at in range(len(folded) - size + 1)
                if (piece := folded[at:at + size]) in strings}


def same_matches(texts, fast, plain) -> int:
    """Asserts that ``fast(text) == plain(text)`` for each of ``texts`` (a shortcut and the
    plain search it stands for; the start of a text that differs is the message); the number
    of matches ``plain`` found, so that a test can ask for some."""
    found = 0
    for text in texts:
        expected = plain(text)
        assert fast(text) == expected, text[:200]
        found += len(expected)
    return found


def pieced_text(rng, pieces, separators, fewest, most) -> str:
    """A random text of ``fewest`` to ``most`` of ``pieces``, each followed by one of
    ``separators`` (drawn from ``rng`` in that order): the texts the scan tests compare a
    shortcut and the plain search on."""
    return "".join(rng.choice(pieces) + rng.choice(separators) for _ in range(rng.randint(fewest, most)))


def joined_texts(pieces):
    """Random texts made of ``pieces``: up to 40 joined by spaces, or up to 60 run together
    (a hypothesis strategy; the pattern tests compare a shortcut with the regex on them)."""
    from hypothesis import strategies as st
    return st.one_of(st.lists(st.sampled_from(pieces), max_size=40).map(" ".join),
                     st.lists(st.sampled_from(pieces), max_size=60).map("".join))


# Texts with other signs of machine translation (three findings or more of two ungated rules
# or more): a gated family reports inside a story that begins with one, and not alone.
MT_EVIDENCE_TERMS = ("Sales of intelligent net connection cars doubled. Two dragon head firms signed the deal. "
                     "Officials from the National Health and Health Commission briefed reporters in Beijing. ")
MT_EVIDENCE_REPORT = ("In the next step, the county will give full play to the role of the grassroots. "
                      "According to the introduction, the county has realized the full coverage of the "
                      "service. The broad masses praised it.\n")


def ungated_hits(rule, text):
    """The spans ``rule`` reports in ``text`` with its gate taken off, every span checked
    against the text."""
    return [f.text for f in checked_findings(text, [rule.ungated()]) if f.rule == rule.id]


def ungated_rules(rule_ids) -> list:
    """The rules ``rule_ids`` of the bundled catalog (``load_rules()``), each with its gate taken
    off, in that order: what a module's ``rules`` fixture runs its texts through."""
    from audit import load_rules

    catalog = load_rules()
    return [catalog.get(rule_id).ungated() for rule_id in rule_ids]


def rule_spans(text, rules) -> list:
    """(rule, span text, start) of each finding of ``rules`` in ``text``: a rendering found by its
    rule on its exact span, where the span stands."""
    return [(f.rule, f.text, f.start) for f in check_text(text, rules)]


def reported_by_its_rule_only(rules: dict, text: str, rid=None, span=None):
    """With their gates off, of ``rules`` ({rule id: rule}) the rule ``rid`` reports ``span`` in
    ``text`` and every other rule nothing; where ``rid`` or ``span`` is None, no rule reports
    anything (a family's pass sentence, or a rendering it leaves alone)."""
    for other, rule in rules.items():
        found = ungated_hits(rule, text)
        assert found == ([span] if other == rid and span is not None else []), (other, text, found)


def good_passes_and_bad_is_reported(rule, good, bad, span):
    """A precision mend's pin: with the gate off ``rule`` passes the good English and still
    reports ``span`` in the MT shape beside it."""
    assert ungated_hits(rule, good) == []
    assert ungated_hits(rule, bad) == [span]


def family_findings(text, catalog, family_ids):
    """{rule: span} of the findings of ``family_ids`` in ``text``, every span checked against
    the text."""
    return {f.rule: f.text for f in checked_findings(text, catalog) if f.rule in family_ids}


def assert_gated_family(rules, family_ids, category):
    """Every rule of ``family_ids`` is gated, of ``category``, and carries flag and pass examples."""
    for rid in family_ids:
        rule = rules[rid]
        assert rule.gate is not None, rid
        assert rule.category == category, rid
        assert rule.examples["flag"] and rule.examples["pass"], rid


def alone_and_inside(catalog, rid, evidence, text):
    """(text, suggestion) pairs of ``rid`` in ``text`` alone and after ``evidence``."""
    return tuple([(f.text, f.suggestion) for f in check_text(t, catalog) if f.rule == rid]
                 for t in (text, evidence + text))


def data_lines(name: str) -> list:
    """The lines of ``tests/data/NAME`` that are neither blank nor comments (``#``), without
    their line ends: the texts of a round's review files, one a line."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name), encoding="utf-8") as fh:
        return [line.rstrip("\n") for line in fh if line.strip() and not line.startswith("#")]


def data_module(name: str):
    """``tests/data/NAME.py`` loaded as a module of its own (the review and rendering data of a
    round), without putting tests/data on the import path."""
    import importlib.util

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", name + ".py")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spans_by_text(rules, texts):
    """{text: [(rule, span text)]} for ``rules`` over ``texts``, one pass per rule
    (``engine.check_documents``), each span checked against its text."""
    from audit.document import Document
    from audit.engine import check_documents

    out = {}
    for text, res in zip(texts, check_documents([Document.from_text(t) for t in texts], rules)):
        for f in res.findings:
            assert text[f.start:f.end] == f.text
        out[text] = [(f.rule, f.text) for f in res.findings]
    return out


def ungated_findings_in(catalog, rule_ids, texts) -> dict:
    """{text: [(rule, span text)]} of the texts of ``texts`` in which a rule of ``rule_ids`` of
    ``catalog``, its gate taken off, reports anything (``spans_by_text``): {} where they pass
    every text."""
    found = spans_by_text([catalog.get(r).ungated() for r in rule_ids], texts)
    return {t: f for t, f in found.items() if f}


def catalog_findings_in(catalog_runs, texts) -> dict:
    """{text: [(rule, span text)]} of the texts of ``texts`` in which the whole catalog
    (``catalog_runs``, primed with them first) reports anything: {} where it passes them all."""
    catalog_runs.prime(texts)
    found = {t: [(f.rule, f.text) for f in catalog_runs(t)] for t in texts}
    return {t: f for t, f in found.items() if f}


def tab_rows(name: str) -> list:
    """The lines of ``tests/data/NAME`` (``data_lines``) split at their tabs, a tuple each: the
    (rule, text, span) rows of a review's MT renderings."""
    return [tuple(line.split("\t")) for line in data_lines(name)]


def read_as_each_repeat(find, unit: str, size: int = 100_000) -> bool:
    """Whether ``find`` (a text -> its findings, as a list) gives something on ``unit`` and, on
    ``unit`` repeated to about ``size`` characters of one line, exactly that once per repeat: a
    detector that rereads the line from its start at each candidate is what made such lines slow,
    and one that stops early or reads across repeats finds otherwise (the time of 1 MB lines is
    printed by benchmarks/hostile_scaling.py, not asserted by tests)."""
    once = find(unit)
    repeats = size // len(unit)
    return bool(once) and find(unit * repeats) == once * repeats
