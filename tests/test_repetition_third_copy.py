"""A word coordinated with itself three times is emphasis, not MT's doubled verb (issue 9,
forty-third round: a blind clean set's album review drew a major finding on it)."""
from audit import load_rules
from audit.document import Document
from audit.engine import check_document

RULES = load_rules()


def _rules_at(text):
    return {f.rule for f in check_document(Document.from_text(text), RULES).findings}


def test_three_copies_pass():
    text = "It is a slow lament for a lost street that builds and builds and builds into a roar.\n"
    assert "coordinated-repetition" not in _rules_at(text)


def test_three_copies_with_or_pass():
    text = "The committee will meet and meet and meet, and nothing changes.\n"
    assert "coordinated-repetition" not in _rules_at(text)


def test_two_copies_with_an_object_still_flag():
    text = "The operators have reduced and reduced phone charges this year.\n"
    assert "coordinated-repetition" in _rules_at(text)


def test_two_separate_pairs_still_flag():
    # two doubled verbs in one sentence are not one run of three copies
    text = "The firms will improve and improve services and cut and cut fees for users.\n"
    found = [f for f in check_document(Document.from_text(text), RULES).findings if f.rule == "coordinated-repetition"]
    assert [text[f.start:f.end] for f in found] == ["improve and improve", "cut and cut"]


def test_three_copies_across_a_line_break_pass():
    # the pair is found across any whitespace, so its third copy is looked for across it too
    text = "The tension builds and builds\nand builds until it breaks.\n"
    assert "coordinated-repetition" not in _rules_at(text)
