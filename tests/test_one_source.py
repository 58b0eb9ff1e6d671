"""One source for each wrong rendering: the glossary (official names and terms with one
canonical English form) or a phrase list in rules.yaml (idioms, collocations, renderings
whose fix keeps words around a name), never both, and the sources agree on what is right."""
from collections import defaultdict

from audit import load_rules
from audit.glossary import cached_glossary, normalize, resolve_path

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
