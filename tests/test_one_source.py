"""One source for each wrong rendering: the glossary (official names and terms with one
canonical English form) or a phrase list in rules.yaml (idioms, collocations, renderings
whose fix keeps words around a name), never both, and the sources agree on what is right."""
from bisect import bisect_right
from collections import defaultdict

from audit import Severity, load_rules
from audit.engine import check_text
from audit.glossary import cached_glossary, normalize, resolve_path
from rule_helpers import one_rule

CATALOG = load_rules()


def _glossaries():
    paths = {resolve_path(r.params["path"], base=r.params.get("__rules_dir__"))
             for r in CATALOG.rules if r.type == "glossary"}
    return [cached_glossary(p) for p in sorted(paths)]


def wrong_renderings(catalog=CATALOG, glossaries=None):
    """{normalized rendering: [(where, rendering, fix), ...]} over every glossary the catalog
    reads and every phrase rule."""
    found = defaultdict(list)
    for glossary in _glossaries() if glossaries is None else glossaries:
        for entry in glossary.entries:
            for wrong in entry.variants + entry.forms:
                found[normalize(wrong)].append((f"glossary entry '{entry.canonical}'", wrong, entry.canonical))
    for rule in catalog.rules:
        if rule.type == "phrase":
            for term in rule.params["terms"]:
                found[normalize(term["phrase"])].append((f"rule {rule.id}", term["phrase"], term.get("suggestion")))
    return found


def problems(found, correct):
    out = []
    for key, places in sorted(found.items()):
        if len(places) > 1:
            fixes = {normalize(fix or "") for _, _, fix in places}
            what = "with different fixes" if len(fixes) > 1 else "twice"
            out.append(f"{places[0][1]!r} is listed {what}: " +
                       "; ".join(f"{where} -> {fix!r}" for where, _, fix in places))
        if key in correct:
            out.append(f"{places[0][1]!r} is wrong in {places[0][0]} but correct in {correct[key]}")
        for where, wrong, fix in places:
            if fix and normalize(fix) in found and normalize(fix) != key:
                other = found[normalize(fix)][0][0]
                out.append(f"{where} fixes {wrong!r} with {fix!r}, which {other} lists as wrong")
    return out


def _correct_forms(glossaries):
    return {normalize(form): f"glossary entry '{e.canonical}'" for g in glossaries for e in g.entries for form in e.correct}


def test_each_wrong_rendering_lives_in_one_place_and_sources_agree():
    glossaries = _glossaries()
    assert glossaries, "the catalog reads no glossary"
    assert problems(wrong_renderings(CATALOG, glossaries), _correct_forms(glossaries)) == []


def test_the_check_catches_a_duplicate_a_conflicting_fix_and_a_disagreement():
    found = defaultdict(list)
    found["state council news office"] += [("glossary entry 'SCIO'", "State Council News Office", "State Council Information Office"),
                                           ("rule r", "state council news office", "State Council Press Office")]
    found["state council press office"] += [("glossary entry 'SCIO'", "State Council Press Office", "State Council Information Office")]
    found["square cabin hospital"] += [("rule r", "square cabin hospital", "Fangcang shelter hospital")]
    found["wisdom city"] += [("glossary entry 'smart city'", "wisdom city", "smart city"),
                             ("rule r", "wisdom city", "smart city")]
    correct = {"square cabin hospital": "glossary entry 'X'"}
    assert problems(found, correct) == [
        "'square cabin hospital' is wrong in rule r but correct in glossary entry 'X'",
        "'State Council News Office' is listed with different fixes: glossary entry 'SCIO' -> "
        "'State Council Information Office'; rule r -> 'State Council Press Office'",
        "rule r fixes 'state council news office' with 'State Council Press Office', which glossary entry 'SCIO' lists as wrong",
        "'wisdom city' is listed twice: glossary entry 'smart city' -> 'smart city'; rule r -> 'smart city'",
    ]


# ---------------------------------------------------------------- pattern rules against the lists
# The engine keeps one finding per span (the first rule wins), so a pattern branch that repeats a
# listed rendering hides in a full run but shows, without the list's fix, under --select. Each
# rendering sits in its own paragraph of one carrier text, and each pattern rule runs once alone.
CARRIER = "Officials said on Monday that {} would be discussed."


def carrier_text(found):
    """One paragraph of CARRIER per listed rendering: the text and, per paragraph, (start, end
    of the rendering, the paragraph, its offset, its places)."""
    paragraphs, spans = [], []
    offset = 0
    for key, places in sorted(found.items()):
        _, wrong, _ = places[0]
        para = CARRIER.format(wrong)
        start = offset + para.index(wrong)
        spans.append((start, start + len(wrong), para, offset, places))
        paragraphs.append(para)
        offset += len(para) + 2
    return "\n\n".join(paragraphs), spans


def pattern_disagreements(found, rules):
    """'rendering (where -> fix): RULE gives ...' for each pattern rule that, run alone, flags a
    listed rendering and does not leave the carrier as the list's fix does: no fix, or another."""
    text, spans = carrier_text(found)
    starts = [s for s, *_ in spans]
    out = []
    for rule in rules:
        for f in check_text(text, [rule], Severity.INFO):
            i = bisect_right(starts, f.end - 1) - 1
            if i < 0:
                continue
            start, end, para, base, places = spans[i]
            if not (f.start < end and start < f.end):
                continue
            where, wrong, fix = places[0]
            want = normalize(para.replace(wrong, fix or "", 1))
            got = None if f.suggestion is None else normalize(
                para[:f.start - base] + f.suggestion + para[f.end - base:])
            if fix is None or got != want:
                out.append(f"{wrong!r} ({where} -> {fix!r}): {rule.id} flags {f.text!r} -> {f.suggestion!r}")
    return sorted(out)


PATTERN_RULES = [r for r in CATALOG.rules if r.type == "pattern"]

def test_pattern_rules_agree_with_the_lists_on_every_listed_rendering():
    # each pattern rule run alone (as --select would): a rendering flagged with another fix, or
    # none, means the expression has two homes
    assert pattern_disagreements(wrong_renderings(), PATTERN_RULES) == []


def test_pattern_check_sees_a_fixless_copy_and_another_fix_but_not_an_agreeing_one(tmp_path):
    found = defaultdict(list)
    found["head-patting decision"].append(("rule r", "head-patting decision", "snap decision"))
    found["sweep the qr code"].append(("rule r", "sweep the QR code", "scan the QR code"))
    found["wisdom medical"].append(("rule r", "wisdom medical", "smart healthcare"))
    rule = {"id": "copy", "type": "pattern", "category": "style/awkward", "severity": "minor", "message": "m", "description": "d",
            "flags": ["ignorecase"],
            "pattern": r"\b(?:head-patting decisions?|(?P<scan>sweep)(?= the QR code)|(?P<smart>wisdom)(?= medical))\b",
            "suggestions": {"scan": "scan", "smart": "smart"},
            "examples": {"flag": ["a head-patting decision"], "pass": ["a snap decision"]}}
    assert pattern_disagreements(found, one_rule(tmp_path, rule).rules) == [
        "'head-patting decision' (rule r -> 'snap decision'): copy flags 'head-patting decision' -> None",
        "'wisdom medical' (rule r -> 'smart healthcare'): copy flags 'wisdom' -> 'smart'",
    ]


def full_run_misses(found, catalog):
    """'rendering (where -> fix): ...' for each listed rendering that a run of the whole catalog
    does not flag, or flags without a finding that leaves the carrier as the list's fix does."""
    text, spans = carrier_text(found)
    findings = check_text(text, catalog, Severity.INFO)
    out = []
    for start, end, para, base, places in spans:
        where, wrong, fix = places[0]
        hits = [f for f in findings if f.start < end and start < f.end]
        want = normalize(para.replace(wrong, fix or "", 1))
        fixed = [f for f in hits if f.suggestion is not None and
                 normalize(para[:f.start - base] + f.suggestion + para[f.end - base:]) == want]
        if not hits or (fix is not None and not fixed):
            got = "; ".join(f"{f.rule} flags {f.text!r} -> {f.suggestion!r}" for f in hits) or "not flagged"
            out.append(f"{wrong!r} ({where} -> {fix!r}): {got}")
    return sorted(out)


def test_a_full_run_flags_every_listed_rendering_with_the_lists_fix():
    # what users see without --select: the one home's fix, whichever rule the engine keeps
    assert full_run_misses(wrong_renderings(), CATALOG) == []


def test_full_run_check_sees_a_missing_term_and_a_fixless_copy(tmp_path):
    found = defaultdict(list)
    found["head-patting decision"].append(("rule r", "head-patting decision", "snap decision"))
    found["sweep the qr code"].append(("rule r", "sweep the QR code", "scan the QR code"))
    found["wisdom city"].append(("rule r", "wisdom city", "smart city"))
    rule = {"id": "copy", "type": "pattern", "category": "style/awkward", "severity": "minor", "message": "m", "description": "d",
            "flags": ["ignorecase"], "pattern": r"\b(?:head-patting decisions?|(?P<smart>wisdom)(?= city))\b",
            "suggestions": {"smart": "smart"},
            "examples": {"flag": ["a head-patting decision"], "pass": ["a snap decision"]}}
    assert full_run_misses(found, one_rule(tmp_path, rule)) == [
        "'head-patting decision' (rule r -> 'snap decision'): copy flags 'head-patting decision' -> None",
        "'sweep the QR code' (rule r -> 'scan the QR code'): not flagged",
    ]


# Renderings that two pattern rules once shared; each now has one home.
ONE_HOME = {
    "As is known to all, the plan works.": "calque-report-rhetoric",
    "As we all know, the plan works.": "calque-report-rhetoric",
    "The city is a bridgehead of opening to South Asia.": "calque-policy-images",
    "The county is a value depression for investors.": "calque-policy-images",
    "The region is a value lowland.": "calque-policy-images",
    "The pilots blossomed everywhere.": "calque-policy-images",
    "The projects blossom everywhere in the province.": "calque-policy-images",
    "The campaign is going on like fire like tea.": "calque-policy-images",
    "The campaign is going on like fire and tea.": "calque-policy-images",
    "Exports achieved a growth of 20% last year.": "calque-results-achieved",
    "The company realized a year-on-year growth of 12 percent.": "calque-results-achieved",
    "The policy fell to the ground quickly.": "calque-grasp-landing",
    "Projects landed and took root in the county.": "calque-grasp-landing",
    "The measures will land and take effect.": "calque-grasp-landing",
    "The landing of AI applications in factories is speeding up.": "calque-grasp-landing",
    "The company accelerated the landing of the project.": "calque-grasp-landing",
    "The new policies have fallen to the ground.": "calque-grasp-landing",
}


def test_each_shared_rendering_has_one_pattern_rule():
    for text, home in ONE_HOME.items():
        rules = sorted({f.rule for r in PATTERN_RULES for f in check_text(text, [r], Severity.INFO)})
        assert rules == [home], f"{text!r} is flagged by {rules}, expected only {home}"


def test_landing_span_leaves_the_article_out():
    text = "The landing of the policies was faster than expected."
    spans = [f.text for f in check_text(text, CATALOG, Severity.INFO)]
    assert spans == ["landing of the policies"]
