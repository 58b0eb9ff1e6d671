"""The glossary: its file, its loader, the ``glossary`` detector type and every entry's variants."""
import os
import textwrap

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import audit.detectors.glossary  # noqa: F401  registers the detector type until the registry imports it
from audit import check_text, load_rules
from audit.engine import example_failures
from audit.glossary import (DEFAULT_PATH, FORM, KINDS, ORDER, VARIANT, GlossaryError, load_glossary,
                            parse_glossary, resolve_path)
from audit.rules import RuleError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GLOSSARY_PATH = os.path.join(ROOT, DEFAULT_PATH)
CORPUS = os.path.join(ROOT, "corpus", "2020-05-20-scio-new-infrastructure")
GLOSSARY = load_glossary(GLOSSARY_PATH)

# The block proposed for rules.yaml (kept here so its examples are tested before it lands).
RULE_BLOCK = """
  - id: glossary-mistranslation
    type: glossary
    path: references/glossary.yaml
    match: [variant]
    category: terminology
    severity: major
    message: "'{match}' mistranslates {zh}; the standard English is '{canonical}'"
    description: |
      Flags renderings of official names and policy terms that use the wrong words, from the
      project glossary (references/glossary.yaml): literal translations of place names
      ("Vulcan and Raytheon hospitals" for 火神山、雷神山医院), mistranslated characters
      ("mobile animal networking" for 移动物联网) and names cut short so that they name
      another body ("Ministry of Industry and Information" without "Technology"). A reader
      cannot look such a name up, and a wrong body name is a factual error.
      Example: "the construction of Vulcan and Raytheon hospitals" -> "the construction of
      the Huoshenshan and Leishenshan hospitals".
    examples:
      flag:
        - "For example, in the construction of Vulcan and Raytheon hospitals, the network was built."
        - "promoting the all-round development of mobile animal networking"
        - "Ministry of Industry and Information Spokesperson: Accelerate new consumption"
      pass:
        - "For example, when the Huoshenshan and Leishenshan hospitals were built."
        - "Wen Ku, spokesperson of the Ministry of Industry and Information Technology, said."
        - "Raytheon shares rose; the Vulcan rocket launched."

  - id: glossary-form
    type: glossary
    path: references/glossary.yaml
    match: [form, order]
    category: terminology
    severity: minor
    message: "'{match}': the official form is '{canonical}'"
    description: |
      Flags official names written with the right words in the wrong form: reordered
      ("Information Office of the State Council"), singular for plural ("Department of
      Information and Communication Development"), a word too many or too few. Entries
      marked strict in references/glossary.yaml also catch any other capitalised arrangement
      of their words. Official bodies publish one English name; news copy should use it.
      Example: "a press conference held by the Information Office of the State Council" ->
      "a press conference held by the State Council Information Office".
    examples:
      flag:
        - "at a press conference held by the Information Office of the State Council today"
        - "director of the Department of Information and Communication Development"
        - "the Commission of National Development and Reform said"
      pass:
        - "at a press conference of the State Council Information Office on May 20"
        - "director of the Department of Information and Communications Development"
        - "Information and communication technologies provided effective support."
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory):
    path = tmp_path_factory.mktemp("rules") / "rules.yaml"
    block = RULE_BLOCK.replace("path: references/glossary.yaml", f"path: {GLOSSARY_PATH!r}")
    path.write_text("rules:\n" + block, encoding="utf-8")
    return load_rules(str(path))


def _wrong_forms():
    for entry in GLOSSARY.entries:
        for how, items in ((VARIANT, entry.variants), (FORM, entry.forms)):
            for wrong in items:
                yield pytest.param(entry, how, wrong, id=f"{entry.canonical} <- {wrong}")


def _correct_forms():
    for entry in GLOSSARY.entries:
        for form in entry.correct:
            yield pytest.param(entry, form, id=form)


@pytest.mark.parametrize("entry,how,wrong", list(_wrong_forms()))
def test_every_wrong_rendering_is_flagged_with_its_canonical_form(rules, entry, how, wrong):
    text = f"Officials said on Monday that {wrong} would publish the figures."
    findings = [f for f in check_text(text, rules.rules) if f.rule.startswith("glossary-")]
    assert findings, f"false negative in glossary entry '{entry.canonical}': {wrong!r}"
    assert len(findings) == 1
    f = findings[0]
    assert f.text == wrong
    assert f.suggestion.lower() == entry.canonical.lower() and f.suggestion[1:] == entry.canonical[1:]
    assert f.rule == ("glossary-mistranslation" if how == VARIANT else "glossary-form")
    assert f.category == "terminology"


@pytest.mark.parametrize("entry,form", list(_correct_forms()))
def test_canonical_and_allowed_forms_are_not_flagged(rules, entry, form):
    for text in (f"Officials said on Monday that {form} would publish the figures.",
                 f"{form[0].upper()}{form[1:]} said so.", f"({form})"):
        hits = [f.text for f in check_text(text, rules.rules)]
        assert not hits, f"false positive in glossary entry '{entry.canonical}': {text!r} (flagged {hits[0]!r})"


def test_glossary_covers_what_the_issue_names():
    canon = {e.canonical for e in GLOSSARY.entries}
    for term in ("State Council Information Office", "Ministry of Industry and Information Technology",
                 "Huoshenshan Hospital", "Leishenshan Hospital", "Huoshenshan and Leishenshan hospitals",
                 "Internet of Things", "mobile Internet of Things", "G20 Leaders' Summit",
                 "Extraordinary G20 Leaders' Summit", "National Development and Reform Commission"):
        assert term in canon
    assert sum(e.kind == "body" for e in GLOSSARY.entries) >= 30
    assert {e.kind for e in GLOSSARY.entries} <= set(KINDS)
    assert all(e.zh for e in GLOSSARY.entries), "every entry names its Chinese source term"


def test_the_proposed_rule_block_passes_its_own_examples(rules):
    assert [r.id for r in rules.rules] == ["glossary-mistranslation", "glossary-form"]
    for rule in rules.rules:
        assert example_failures(rule) == []


# -- the cases the issue names -------------------------------------------------------------

def test_truncated_official_name_is_flagged_only_without_its_last_word(rules):
    text = "Ministry of Industry and Information Spokesperson: growth.\nThe Ministry of Industry and Information Technology agreed."
    findings = check_text(text, rules.rules)
    assert [(f.text, f.suggestion, f.severity.label) for f in findings] == [
        ("Ministry of Industry and Information", "Ministry of Industry and Information Technology", "major")]


def test_right_words_in_the_wrong_order(rules):
    text = "at a press conference held by the Information Office of the State Council today"
    (f,) = check_text(text, rules.rules)
    assert (f.text, f.suggestion, f.rule) == ("Information Office of the State Council",
                                              "State Council Information Office", "glossary-form")


@pytest.mark.parametrize("text,found,canonical", [
    ("the Commission of National Development and Reform said", "Commission of National Development and Reform",
     "National Development and Reform Commission"),
    ("its Development Department of Information and Communications", "Development Department of Information and Communications",
     "Department of Information and Communications Development"),
    ("The Council Information Office of the State answered.", "Council Information Office of the State",
     "State Council Information Office"),
])
def test_strict_entries_catch_unlisted_arrangements(text, found, canonical):
    assert [(text[m.start:m.end], m.entry.canonical) for m in GLOSSARY.find(text.replace(found, found + "'s"))] == \
        [(found, canonical)]                    # a possessive stays outside the flagged name
    (m,) = GLOSSARY.find(text)
    assert (text[m.start:m.end], m.entry.canonical, m.how) == (found, canonical, ORDER)


@pytest.mark.parametrize("text", [
    "The State Council Information Office (SCIO) held a briefing.",
    "State Council information on the plan was released.",
    "information office staff of the state council",          # not written as a name
    "the Department of Information and Communications Development of MIIT",
    "The Ministry of Industry and Information Technology's plan was published.",   # a possessive
    "the State Council Information Office’s spokesman",
    # two names joined: no arrangement runs across the end of a correct one
    "sent by the Ministry of Industry and Information Technology and the Ministry of Natural Resources",
])
def test_strict_entries_leave_correct_and_lowercase_text_alone(text):
    assert GLOSSARY.find(text, how=[ORDER]) == []


def test_matching_ignores_case_and_line_breaks_and_keeps_exact_offsets():
    text = "Built by\u00a0VULCAN and\r\n  Raytheon hospitals. The Ministry of Industry and\nInformation Technology said."
    (m,) = GLOSSARY.find(text)
    assert text[m.start:m.end] == "VULCAN and\r\n  Raytheon hospitals"
    assert m.entry.canonical == "Huoshenshan and Leishenshan hospitals"


def test_longest_variant_wins_over_a_shorter_one_inside_it():
    (m,) = GLOSSARY.find("the all-round development of mobile animal networking")
    assert m.entry.canonical == "mobile Internet of Things"


def test_suggestion_takes_a_capital_at_the_start_of_a_sentence(rules):
    (f,) = check_text("Mobile animal networking will grow.", rules.rules)
    assert f.suggestion == "Mobile Internet of Things"


def test_glossary_findings_on_the_corpus_carry_canonical_suggestions(rules):
    found = {}
    for name in sorted(os.listdir(CORPUS)):
        if name.endswith(".txt"):
            with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
                for f in check_text(fh.read(), rules.rules):
                    found[f.text] = f.suggestion
    assert found == {
        "Ministry of Industry and Information": "Ministry of Industry and Information Technology",
        "Department of Information and Communication Development": "Department of Information and Communications Development",
        "Vulcan and Raytheon hospitals": "Huoshenshan and Leishenshan hospitals",
        "suspension of classes and stay in school": "suspending classes without suspending learning",
        "integration of heaven and earth": "space-ground integration",
        "Information Office of the State Council": "State Council Information Office",
        "mobile animal networking": "mobile Internet of Things",
        "special summit of leaders of the 20 countries": "Extraordinary G20 Leaders' Summit",
    }


def test_the_references_use_the_canonical_forms():
    ref_dir = os.path.join(ROOT, "references", "2020-05-20-scio-new-infrastructure")
    for name in os.listdir(ref_dir):
        with open(os.path.join(ref_dir, name), encoding="utf-8") as fh:
            assert GLOSSARY.find(fh.read()) == [], name


def test_prefer_names_the_side_that_uses_the_canonical_form():
    a = "in the construction of Vulcan and Raytheon hospitals"
    b = "when the Huoshenshan and Leishenshan hospitals were built"
    assert GLOSSARY.prefer(a, b) == "b"
    assert GLOSSARY.prefer(b, a) == "a"
    assert GLOSSARY.prefer("the weather was fine", "it rained") is None
    assert GLOSSARY.judge(b) == {"canonical": ["Huoshenshan and Leishenshan hospitals"], "wrong": []}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from([w for e in GLOSSARY.entries for w in e.variants + e.forms]),
       st.text(max_size=40))
def test_offsets_index_the_text_for_any_surrounding_unicode(before, wrong, after):
    text = before + " " + wrong + " " + after
    matches = GLOSSARY.find(text)
    ends = [0]
    for m in matches:
        assert ends[-1] <= m.start < m.end <= len(text)  # sorted, in bounds, never overlapping
        ends.append(m.end)
    at = len(before) + 1
    assert any(m.start <= at and at + len(wrong) <= m.end for m in matches)


# -- loader --------------------------------------------------------------------------------

def _entry(**kw):
    entry = {"canonical": "Ministry of Finance", "zh": "财政部", "kind": "body", "variants": ["Ministry of Financial Affairs"]}
    entry.update(kw)
    return {k: v for k, v in entry.items() if v is not None}


@pytest.mark.parametrize("data,key,needle", [
    ({"entries": [_entry(kind="agency")]}, "kind", "not a kind"),
    ({"entries": [_entry(colour="red")]}, "colour", "unknown key"),
    ({"entries": [_entry(zh="caizhengbu")]}, "zh", "Chinese"),
    ({"entries": [_entry(variants=["Ministry of Finance"])]}, "variants", "also listed as correct"),
    ({"entries": [_entry(variants=[""])]}, "variants", "non-empty strings"),
    ({"entries": [_entry(variants=None)]}, "variants", "needs 'variants'"),
    ({"entries": [_entry(strict=True)]}, "strict", "three or more"),
    ({"entries": [_entry(), _entry(canonical="Treasury", zh="国库")]}, "variants", "also a wrong rendering"),
    ({"entries": [_entry(), _entry(canonical="Ministry of Financial Affairs", variants=["MoF Office"])]}, "variants",
     "also correct in entry 'Ministry of Financial Affairs'"),
    ({"entries": [_entry(), _entry(canonical="Treasury", zh="国库", variants=["Trez"], allowed=["Ministry of Finance"])]},
     None, "listed twice"),
    ({"entries": []}, "entries", "at least one"),
    ({"terms": []}, "entries", "'entries' list"),
])
def test_loader_rejects_bad_entries_naming_entry_and_key(data, key, needle):
    with pytest.raises(GlossaryError) as info:
        parse_glossary(data, "g.yaml")
    assert info.value.key == key
    assert needle in str(info.value)
    assert str(info.value).startswith("g.yaml")


def test_loader_reads_safe_yaml_only(tmp_path):
    path = tmp_path / "g.yaml"
    path.write_text("entries: !!python/object/apply:os.system ['echo unsafe']\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match="invalid YAML"):
        load_glossary(str(path))
    path.write_text("entries: [\n", encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"invalid YAML at line \d+"):
        load_glossary(str(path))
    with pytest.raises(GlossaryError, match="cannot read"):
        load_glossary(str(tmp_path / "missing.yaml"))


def test_validated_entries_are_kept_and_read_back(tmp_path, monkeypatch):
    import audit.glossary as glossary_module

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    first = load_glossary(GLOSSARY_PATH)                    # validated, kept
    assert [p.name.split("-")[:2] for p in (tmp_path / "cache" / "tables").glob("glossary-*")] == [["glossary", "entries"]]
    monkeypatch.setattr(glossary_module, "_validated_entries", lambda *a: pytest.fail("validated again"))
    again = load_glossary(GLOSSARY_PATH)                    # read back
    assert again.entries == first.entries == GLOSSARY.entries and again.path == GLOSSARY_PATH
    assert again.find("Xi Jingping met Li Keqiang") == first.find("Xi Jingping met Li Keqiang")
    monkeypatch.undo()
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "g.yaml"
    path.write_text("entries:\n  - {canonical: Xi Jinping, kind: person, variants: [Xi Jingping]}\n", encoding="utf-8")
    assert [e.variants for e in load_glossary(str(path)).entries] == [("Xi Jingping",)]
    path.write_text("entries:\n  - {canonical: Xi Jinping, kind: person, variants: [Xi Jinping]}\n", encoding="utf-8")
    for _ in range(2):                                      # a bad file raises every time: nothing kept
        with pytest.raises(GlossaryError, match="also listed as correct"):
            load_glossary(str(path))


def test_the_shipped_glossary_loads_and_is_plain_data():
    with open(GLOSSARY_PATH, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert data["version"] == 1 and len(data["entries"]) == len(GLOSSARY) >= 100


# -- the detector's keys -------------------------------------------------------------------

def _rules_file(tmp_path, extra):
    text = textwrap.dedent(f"""\
        rules:
          - id: g
            type: glossary
            {extra}
            category: terminology
            severity: minor
            message: "'{{match}}' -> '{{canonical}}' ({{kind}}, {{zh}}, {{how}})"
            description: test
            examples: {{flag: ["Vulcan and Raytheon hospitals"], pass: ["Huoshenshan Hospital"]}}
        """)
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("extra,key", [
    ("match: [spelling]", "match[0]"),
    ("match: []", "match"),
    ("kinds: [ministry]", "kinds[0]"),
    ("path: no/such/glossary.yaml", "path"),
])
def test_bad_detector_keys_name_the_key(tmp_path, extra, key):
    with pytest.raises(RuleError) as info:
        load_rules(_rules_file(tmp_path, extra))
    assert info.value.rule == "g" and info.value.key == key


def test_a_broken_glossary_is_reported_through_the_rule(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries: [{canonical: X, kind: body}]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="needs 'variants'"):
        load_rules(_rules_file(tmp_path, f"path: {str(bad)!r}"))


def test_message_fields_and_kinds_filter(tmp_path):
    catalog = load_rules(_rules_file(tmp_path, "kinds: [facility]"))
    (f,) = check_text("Vulcan and Raytheon hospitals and the Information Office of the State Council", catalog.rules)
    assert f.message == "'Vulcan and Raytheon hospitals' -> 'Huoshenshan and Leishenshan hospitals' (facility, 火神山、雷神山医院, variant)"


def test_relative_paths_resolve_against_the_project_root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_path(DEFAULT_PATH) == GLOSSARY_PATH
    (tmp_path / "mine.yaml").write_text("x", encoding="utf-8")
    assert resolve_path("mine.yaml") == str(tmp_path / "mine.yaml")
    assert resolve_path("mine.yaml", base=str(tmp_path)) == str(tmp_path / "mine.yaml")


def test_relative_glossary_path_resolves_against_the_rules_file(tmp_path):
    from audit.engine import check_text
    from audit.rules import load_rules

    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "terms.yaml").write_text(
        "entries:\n  - canonical: Widget Bureau\n    kind: body\n    variants: [Gadget Office of Widgets]\n",
        encoding="utf-8")
    (folder / "rules.yaml").write_text(
        "rules:\n  - {id: g, type: glossary, path: terms.yaml, category: terminology, severity: major,\n"
        "     message: \"use {canonical}\", description: d,\n"
        "     examples: {flag: [the Gadget Office of Widgets], pass: [the Widget Bureau]}}\n", encoding="utf-8")
    found = check_text("Ask the Gadget Office of Widgets.", load_rules(str(folder / "rules.yaml")))
    assert [(f.text, f.suggestion) for f in found] == [("Gadget Office of Widgets", "Widget Bureau")]


def test_a_body_named_in_lower_case_is_a_description_not_a_wrong_name(rules):
    # "the national statistics bureau" describes the body; "the National Statistics Bureau"
    # gives it a wrong name.
    described = "Posts with the national statistics bureau, customs and the railway police were sought after."
    assert not [f for f in check_text(described, rules.rules) if f.rule.startswith("glossary-")]
    named = "Posts with the National Statistics Bureau were sought after."
    (f,) = [f for f in check_text(named, rules.rules) if f.rule.startswith("glossary-")]
    assert f.rule == "glossary-form" and f.suggestion == "National Bureau of Statistics"
    # A wrong rendering (a variant) is wrong in any case.
    assert [f for f in check_text("the state bureau of statistics said", rules.rules) if f.rule == "glossary-mistranslation"]


def test_arrangements_are_worked_out_once_per_name_run_at_every_offset(monkeypatch):
    # ``_reordered`` keeps each name run's arrangements by the run's text (``_run_arrangements``,
    # relative offsets) and places them at every occurrence; a correct form that shields one
    # occurrence leaves the other flagged.
    glossary = load_glossary(os.path.join(ROOT, DEFAULT_PATH))
    run = "Commission of National Development and Reform"
    assert [(run[s:e], entry.canonical) for s, e, entry in glossary._run_arrangements(run)] == [
        (run, "National Development and Reform Commission")]
    assert glossary._run_arrangements("National Development and Reform Commission") == []
    assert glossary._run_arrangements(run + "'s") == [(0, len(run), glossary._run_arrangements(run)[0][2])]
    text = f"the {run} said.\nlater the {run} head spoke, and the {run}."
    at = [text.index(run), text.index(run, 10), text.rindex(run)]
    calls = []
    worked_out = glossary._run_arrangements
    monkeypatch.setattr(glossary, "_run_arrangements", lambda t: calls.append(t) or worked_out(t))
    found = [(text[m.start:m.end], m.start, m.how) for m in glossary.find(text, how=[ORDER])]
    assert found == [(run, a, ORDER) for a in at]
    assert calls == [run]  # the run's text worked out once
    assert [(m.start, m.end) for m in glossary.find(text, how=[ORDER])] == [(s, s + len(run)) for _, s, _ in found]
    assert len(calls) == 1  # the second find reads it from the memo
    shielded = glossary._reordered(text, lambda s, e: s == at[0])
    assert [(s, text[s:e]) for s, e, *_ in shielded] == [(at[1], run), (at[2], run)]


def test_name_runs_as_the_plain_pattern_finds_them():
    # _NAME_RUN tests the character before a run after its first character (the search skips to
    # capitals and digits): the same runs as the plain pattern, on corpora and random texts
    import glob
    import os
    import random
    import re
    from audit import glossary as glossary_module
    plain = re.compile(glossary_module._PLAIN_NAME_RUN)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    texts = [open(p, encoding="utf-8").read() for sub in ("tests/corpus/heldout", "tests/corpus/heldout5",
                                                          "tests/corpus/clean", "benchmarks/data/clean_large")
             for p in sorted(glob.glob(os.path.join(root, sub, "*.txt")))]
    pieces = ["Ministry", "of", "the", "and", "Industry", "Information", "1", "2024", "a", "A", "x", "_", "'", "’", "-",
              " ", " ", "\u00a0", "\n", ",", "É", "é", "ſ", "K", "&", "an", "State", "Council's", "x-Y", "9Z"]
    rng = random.Random(31)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    found = 0
    for text in texts:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in glossary_module._NAME_RUN.finditer(text)] == spans
        found += len(spans)
    assert found > 10000
