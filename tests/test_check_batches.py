"""Checking documents in batches (``engine.check_documents``, ``Policy.check_many``, the
``check`` command's read-ahead): one rule over several documents before the next, and rules
whose prefilter turns a document away not called at all. None of it may change a finding, a
warning, the order of a report's documents or errors, or which document a bug is charged to."""
import dataclasses
import glob
import os

import pytest
import yaml

import audit.cli
from audit import load_rules
from audit.cli import main
from audit.detectors import DETECTORS, prefilter
from audit.document import Document
from audit.engine import check_document, check_documents
from audit.policy import Policy
from rule_helpers import HeldStrings, RequirementVerdicts, requirement_met

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOG = load_rules()


def _texts():
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")) +
                   glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in paths]
    for rule in CATALOG.rules:
        texts.extend(ex.text for ex in rule.examples["flag"])
    return texts


TEXTS = _texts()


def _dicts(result):
    return [f.to_dict() for f in result.findings], result.warnings


def test_a_batch_finds_what_one_by_one_finds():
    assert len(TEXTS) > 200
    one_by_one = [_dicts(check_document(Document.from_text(t), CATALOG)) for t in TEXTS]
    together = check_documents([Document.from_text(t) for t in TEXTS], CATALOG)
    assert [_dicts(r) for r in together] == one_by_one
    assert sum(len(f) for f, _ in one_by_one) > 300  # the comparison saw findings


def test_min_severity_and_a_rule_list_as_for_one_document():
    from audit.findings import Severity

    rules = CATALOG.rules[::3]
    texts = TEXTS[:60]
    for severity in (Severity.MINOR, Severity.MAJOR):
        expected = [_dicts(check_document(Document.from_text(t), rules, severity)) for t in texts]
        got = check_documents([Document.from_text(t) for t in texts], rules, severity)
        assert [_dicts(r) for r in got] == expected


def _raising_on(marker, exc):
    real = DETECTORS["repetition"]

    def detect(doc, state):
        if marker in doc.text:
            raise exc
        return real.detect(doc, state)

    return dataclasses.replace(real, detect=detect)


def test_a_rule_that_raises_fails_its_document_only(monkeypatch):
    texts = ["The the plan.", "Trigger the the bug.", "A plan plan."]
    expected = [_dicts(check_document(Document.from_text(t), CATALOG)) for t in texts]
    monkeypatch.setitem(DETECTORS, "repetition", _raising_on("Trigger", KeyError("boom")))
    failures = {}
    got = check_documents([Document.from_text(t) for t in texts], CATALOG, failures=failures)
    assert list(failures) == [1] and isinstance(failures[1], KeyError)
    assert got[1] is None
    assert [_dicts(got[0]), _dicts(got[2])] == [expected[0], expected[2]]
    with pytest.raises(KeyError):  # without ``failures``, as check_document: the exception goes up
        check_documents([Document.from_text(t) for t in texts], CATALOG)


def test_a_rule_whose_prefilter_turns_a_document_away_is_not_called(monkeypatch):
    # A catalog loaded now: the registry of gated states is bounded, and the many catalogs the
    # other test modules load at collection may have pushed this module's out of it.
    catalog = load_rules()
    gated = [r for r in catalog.rules if prefilter.gate(r.state) is not None]
    assert len(gated) > 20 and {r.type for r in gated} == {"pattern", "boilerplate", "consistency"}
    calls = []
    real = DETECTORS["pattern"]

    def detect(doc, state):
        calls.append(state)
        return real.detect(doc, state)

    monkeypatch.setitem(DETECTORS, "pattern", dataclasses.replace(real, detect=detect))
    doc = Document.from_text("The ministry said the plan is ready.")
    check_documents([doc], catalog)
    pattern_rules = [r for r in catalog.rules if r.type == "pattern"]
    assert calls and len(calls) < len(pattern_rules)
    assert all(prefilter.may_match(doc, state) for state in calls)
    # an unregistered copy of a state is called whatever its prefilter says: the promise is the detector's
    assert prefilter.gate(dict(gated[0].state)) is None


REQUIRING = [r for r in CATALOG.rules if isinstance(r.state, dict) and r.state.get("requires") is not None]
# the strings of every requirement that a case-folded text holds as substrings (found without
# the prefilter's automaton): a requirement read on them (``requirement_met``) is
# ``prefilter._holds`` on the text
HELD = HeldStrings(set().union(*(prefilter.strings_of(r.state["requires"]) for r in REQUIRING)))


def test_a_requirement_on_the_held_strings_is_holds_on_the_text():
    for rule in REQUIRING[::9]:
        requires = rule.state["requires"]
        for text in TEXTS[::40] + [rule.examples["flag"][0].text]:
            folded = text.casefold()
            assert requirement_met(requires, HELD(folded)) == prefilter._holds(requires, folded)


def test_prefilter_tests_answer_as_the_requirement():
    texts = TEXTS[::5] + [""]
    presents = [prefilter.PREFILTERS.present(Document.from_text(text)) for text in texts]
    held = [HELD(text.casefold()) for text in texts]
    for rule in REQUIRING:
        requires = rule.state["requires"]
        test = prefilter.PREFILTERS.test(requires)
        met = RequirementVerdicts(requires)  # requirement_met(requires, strings), read once per set of its strings
        example = rule.examples["flag"][0].text
        for text, present, strings in zip(texts + [example], presents + [prefilter.PREFILTERS.present(
                Document.from_text(example))], held + [HELD(example.casefold())]):
            if present is None:
                continue
            for _ in range(2):  # the same answer when asked again
                assert test(present) == met(strings), (rule.id, text[:60])


def test_a_documents_passing_set_is_every_requirement_it_meets():
    gated = [r for r in load_rules().rules if prefilter.gate(r.state) is not None]  # registered now, as above
    assert set().union(*(prefilter.strings_of(r.state["requires"]) for r in gated)) <= HELD.strings
    # requirement_met(rule's requirement, held) of each rule, read once per set of its strings
    verdicts = [RequirementVerdicts(r.state["requires"]) for r in gated]
    met_somewhere = set()
    for text in TEXTS + ["", "xyz"]:
        doc = Document.from_text(text)
        met = prefilter.passing(doc)
        if met is None:  # a text no prefilter may judge
            assert prefilter.PREFILTERS.present(doc) is None
            continue
        held = HELD(text.casefold())  # a requirement read on these is prefilter._holds on the text
        # Asked afresh: a document of the same text whose passing set is never worked out, so
        # each rule's answer comes from its own test of the strings present (found once per
        # text, not once per rule: the same strings every time).
        fresh = Document.from_text(text)
        for rule, requirement_met_on in zip(gated, verdicts):
            verdict = requirement_met_on(held)
            assert (prefilter.gate(rule.state) in met) == verdict, (rule.id, text[:60])
            # a detector's own question, answered from the passing set, and afresh
            assert prefilter.may_match(doc, rule.state) == verdict, (rule.id, text[:60])
            assert prefilter.may_match(fresh, rule.state) == verdict, (rule.id, text[:60])
            if verdict:
                met_somewhere.add(rule.id)
        assert "pattern-passing" not in fresh.cache  # afresh to the last rule
    assert len(met_somewhere) > 20


def test_a_requirement_made_later_joins_the_passing_sets():
    doc = Document.from_text("The zqxjv plan and the vvkqz one.")
    before = prefilter.passing(doc)
    state = {"requires": prefilter.requirement(r"zqxjv (?:plan|scheme)")}
    prefilter.register(state)
    assert prefilter.gate(state) not in before
    assert prefilter.gate(state) in prefilter.passing(doc)
    other = {"requires": prefilter.requirement(r"vvkqz plan")}
    prefilter.register(other)
    assert prefilter.gate(other) not in prefilter.passing(doc)


def test_each_branch_of_an_or_is_a_candidate_of_its_own():
    # An "or" requirement is met where one branch is; each branch is tested only where its own
    # necessary strings are present (``_Prefilters.test``): a branch whose necessary string is
    # present but whose other part is not passes nothing, and any branch alone passes the whole.
    state = {"requires": prefilter.requirement(r"(?:qzv one wkx|jjq two|(?<=ppr )three yyk)")}
    assert state["requires"][0] == "or"
    prefilter.register(state)
    key = prefilter.gate(state)
    for text, met in [("a qzv one wkx here", True), ("jjq two", True), ("ppr three yyk", True),
                      ("qzv one and wkx apart, jjq alone", False), ("three yyk without its opening", False),
                      ("nothing of it", False), ("jjq two and qzv one wkx", True)]:
        doc = Document.from_text(text)
        assert (key in prefilter.passing(doc)) is met, text
        assert prefilter.may_match(Document.from_text(text), state) is met, text  # the whole test
        assert prefilter.PREFILTERS.test(state["requires"])(prefilter.PREFILTERS.present(doc)) is met, text
    # a later "or" gets branches of its own: each document meets only its own
    again = {"requires": prefilter.requirement(r"(?:zzw four|kkv five)")}
    prefilter.register(again)
    assert prefilter.gate(again) in prefilter.passing(Document.from_text("kkv five"))
    assert prefilter.gate(again) not in prefilter.passing(Document.from_text("jjq two"))


def test_a_branch_with_necessary_strings_fails_on_a_text_holding_nothing():
    # ``_Prefilters.test`` puts a branch among those tried on every document only when it has no
    # set of necessary strings, without compiling it: one with such a set fails on a text that
    # holds no string (``_fails_on_nothing``). Checked on every branch of the catalog's
    # requirements and on hand-made nestings of every kind.
    requirements = [rule.state["requires"] for rule in CATALOG.rules
                    if isinstance(getattr(rule, "state", None), dict) and rule.state.get("requires")]
    assert len(requirements) > 300
    made = [("all", ()), ("or", ()), ("any", ()), ("all", (("or", ()),)),
            ("or", (("any", ("ab",)), ("all", ()))), ("all", (("all", ()), ("any", ("x",)))),
            ("or", (("all", (("any", ("a",)), ("or", (("any", ("b",)), ("any", ("c",)))))), ("any", ("d",))))]
    checked = 0
    for requires in requirements + made:
        for branch in (requires[1] if requires[0] == "or" else (requires,)):
            if prefilter._necessary(branch) is not None:
                assert prefilter._fails_on_nothing(branch), branch
                checked += 1
    assert checked > 5000


def test_branch_tests_are_compiled_where_a_document_asks_them():
    # A registered requirement's branches are compiled on first use, by ``passing``; the
    # verdicts are those of the tests compiled at once (``_compile``).
    state = {"requires": prefilter.requirement(r"(?:qqdefer \d+ one|kkdefer \d+ two)")}
    prefilter.register(state)
    filters = prefilter.PREFILTERS
    entries = [e for e in filters.branches.values() if e[1] is state["requires"]]
    assert len(entries) == 2 and all(e[2] is None for e in entries)
    key = prefilter.gate(state)
    assert state["requires"][0] == "or"
    for text, met in [("a kkdefer 2 two", True), ("kkdefer two", False), ("qqdeferred 1 one", False)]:
        doc = Document.from_text(text)
        assert (key in prefilter.passing(doc)) is met, text
        assert prefilter._compile(state["requires"])(filters.present(doc)) is met, text
        assert filters.test(state["requires"])(filters.present(doc)) is met, text
    # no text held the first branch's necessary string ("qqdefer "): it was never compiled
    assert [e[2] is None for e in entries] == [True, False]


def test_policy_check_many_is_check_of_each():
    # documents with two rule sets (a per-path ignore), in one call
    policy = Policy(CATALOG, per_path={"skip*.txt": ["fluency"]}, base_dir=ROOT)
    items = [(Document.from_text(t, path=f"doc{k}.txt"), os.path.join(ROOT, f"skip{k}.txt" if k % 3 else f"doc{k}.txt"))
             for k, t in enumerate(TEXTS[:40])]
    expected = [policy.check(Document.from_text(d.text, d.path), p) for d, p in items]
    got = policy.check_many(items)
    assert [(_dicts(r), h) for r, h in got] == [(_dicts(r), h) for r, h in expected]
    categories = [{f["category"].split("/")[0] for f in _dicts(r)[0]} for r, _ in got]
    assert not any("fluency" in c for c, (_, p) in zip(categories, items) if "skip" in p)
    assert any("fluency" in c for c, (_, p) in zip(categories, items) if "skip" not in p)


@pytest.mark.parametrize("batch_docs", [1, 2, 100])
def test_check_reports_documents_and_errors_in_input_order(runner, tmp_path, monkeypatch, batch_docs):
    files = {"a.txt": "The the plan.\n", "b.txt": "Trigger the bug.\n", "c.txt": b"\x00\x01binary",
             "d.txt": "A plan plan is ready.\n", "e.txt": "Trigger again.\n", "f.txt": "The ministry said so.\n"}
    for name, body in files.items():
        path = tmp_path / name
        path.write_bytes(body) if isinstance(body, bytes) else path.write_text(body, encoding="utf-8")
    monkeypatch.setitem(DETECTORS, "repetition", _raising_on("Trigger", IndexError("list index out of range")))
    monkeypatch.setattr(audit.cli, "BATCH_DOCS", batch_docs)
    result = runner.invoke(main, ["check", str(tmp_path), "--isolated", "--fail-on", "never", "--format", "json"])
    assert result.exit_code == 3
    report = yaml.safe_load(result.stdout)
    assert [os.path.basename(d["path"]) for d in report["documents"]] == ["a.txt", "d.txt", "f.txt"]
    assert [(os.path.basename(e["path"]), e["reason"].split(":")[0]) for e in report["errors"]] == [
        ("b.txt", "internal error"), ("c.txt", "binary file (NUL bytes and no UTF-16 byte-order mark)"),
        ("e.txt", "internal error")]
    assert [f["text"] for f in report["documents"][0]["findings"]] == ["The the"]


def test_check_settles_what_it_keeps_and_hands_it_back_to_a_caller(runner, tmp_path, monkeypatch):
    """``check`` moves what is alive after each batch, and after each table it reads or builds,
    out of the garbage collector's reach (``settle_checked_objects``, ``settle_loaded_tables``);
    run from a caller that goes on (Click's runner, or main() with sys.argv), the group hands it
    back at the end and unsets the table hook; run as the program (cli.program), it leaves it so."""
    import gc

    import audit.cli_common
    from audit import diskcache

    for k in range(5):
        (tmp_path / f"d{k}.txt").write_text("The the plan is ready.\n", encoding="utf-8")
    settled = []
    monkeypatch.setattr(audit.cli, "settle_checked_objects", lambda: settled.append(gc.get_freeze_count())
                        or audit.cli_common.settle_checked_objects())
    monkeypatch.setattr(audit.cli, "BATCH_DOCS", 2)
    assert gc.get_freeze_count() == 0
    result = runner.invoke(main, ["check", str(tmp_path), "--isolated", "--fail-on", "never"])
    assert result.exit_code == 0 and len(yaml.safe_load(result.stdout)["documents"]) == 5
    assert len(settled) == 3 and settled[1] > 0  # after each of the three batches
    assert gc.get_freeze_count() == 0 and diskcache.after_table is None
    monkeypatch.setattr("sys.argv", ["mtaudit", "check", str(tmp_path), "--isolated", "--fail-on", "never",
                                     "-o", str(tmp_path / "out.yaml")])
    with pytest.raises(SystemExit):  # main() from Python with sys.argv: handed back as well
        main()
    assert gc.get_freeze_count() == 0 and diskcache.after_table is None
    ended = []
    monkeypatch.setattr(audit.cli, "_end_process", ended.append)  # the program, without ending pytest
    monkeypatch.setattr(audit.cli, "_WHOLE_PROCESS", False)
    try:
        with pytest.raises(SystemExit):
            audit.cli.program()
        assert len(ended) == 1 and ended[0].code == 0
        assert gc.get_freeze_count() > 0 and diskcache.after_table is audit.cli_common.settle_loaded_tables
    finally:
        diskcache.after_table = None
        gc.unfreeze()


def test_tables_settle_only_for_a_command_that_owns_the_process(tmp_path, monkeypatch):
    """A table read or built through the library leaves the caller's heap alone (no
    ``gc.freeze``); with the hook a command sets, each table is settled as it arrives."""
    import gc

    from audit import diskcache

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    assert gc.get_freeze_count() == 0 and diskcache.after_table is None
    built = diskcache.cached("settle-test", "k1", lambda: {"a": [1, 2]}, dict)
    again = diskcache.cached("settle-test", "k1", lambda: {"b": [3]}, dict)
    assert built == again == {"a": [1, 2]} and gc.get_freeze_count() == 0
    calls = []
    monkeypatch.setattr(diskcache, "after_table", lambda: calls.append(1))
    assert diskcache.cached("settle-test", "k1", lambda: {}, dict) == {"a": [1, 2]}  # read back
    assert diskcache.cached("settle-test", "k2", lambda: {"c": []}, dict) == {"c": []}  # built
    assert len(calls) == 2 and gc.get_freeze_count() == 0


def test_a_known_names_rule_is_gated_only_where_it_finds_nothing():
    # The consistency type's known_names mode registers "one of the cut forms" as its
    # requirement: a text its prefilter turns away has no finding of the rule.
    rules = [r for r in load_rules().rules if r.type == "consistency" and r.state["mode"] == "known_names"]
    assert rules and all(prefilter.gate(r.state) is not None for r in rules)
    for rule in rules:
        texts = TEXTS + [ex.text for ex in rule.examples["flag"] + rule.examples["pass"]]
        turned_away = 0
        for text in texts:
            doc = Document.from_text(text)
            found = list(rule.detect(doc))
            if not prefilter.may_match(doc, rule.state):
                turned_away += 1
                assert not found, (rule.id, text[:60])
        for ex in rule.examples["flag"]:
            assert prefilter.may_match(Document.from_text(ex.text), rule.state)
        assert turned_away
