"""The ``quoted_slogan`` type (audit/detectors/slogans.py) and its rule mt-quoted-count-slogan:
a quoted count slogan with nothing that says what it counts is flagged, with its span inside
the marks; every form of explanation, the accepted English of the reference files and of the
known list, lists of quoted slogans and glossary lines pass; correct English written close to
the shape draws nothing from the whole catalog."""
import os

import pytest

from audit import load_rules
from audit.detectors import DETECTORS, ParamError, check_params
from audit.document import Document
from audit.engine import check_document
from audit.findings import Severity

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RULE = "mt-quoted-count-slogan"
TYPE = DETECTORS["quoted_slogan"]


def _state(**keys):
    raw = {"terms": "", "glossary": ""}
    raw.update(keys)
    return TYPE.prepare(check_params(TYPE, raw))


def _spans(text, state=None):
    doc = Document.from_text(text)
    hits = list(TYPE.detect(doc, state or _state()))
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(doc.text)
    return [doc.text[h.start:h.end] for h in hits]


@pytest.mark.parametrize("text, spans", [
    ('Police focused on the "two cards" that gangs buy.', ["two cards"]),
    ("Police focused on the “two cards” that gangs buy.", ["two cards"]),
    ('The region built "double-high" bases of 5 million mu.', ["double-high"]),
    ('It is part of the "two new" policy. Shops joined the "two new" policy too.', ["two new", "two new"]),
    ('The "two high" plan and the "three cards" plan were dropped.', ["two high", "three cards"]),
])
def test_unexplained_slogans_are_flagged_inside_their_marks(text, spans):
    assert _spans(text) == spans


@pytest.mark.parametrize("text", [
    'The "two cards" (bank cards and phone cards) are sold to gangs.',
    'The "two cards": bank cards and phone cards.',
    'The "two cards" — bank cards and phone cards — are sold.',
    'The "two cards", or bank and phone cards, are sold.',
    'The "two cards", meaning bank and phone cards, are sold.',
    'What officials call the "two cards" are bank and phone cards.',
    'Police used what is known as "two cards" checks.',
    'The "two new" policy, which covers trade-ins, runs to 2027.',
    'The "two new" policy, a plan to replace old equipment, runs to 2027.',
    'Since 2014 the "double-high" bases have grown, each of them (high yield, high sugar) large.',
    'The "two new" plan, under which firms replace equipment, began in 2024.',
])
def test_explained_slogans_pass(text):
    assert _spans(text) == []


def test_a_slogan_explained_once_is_explained_for_the_whole_document():
    text = ('The "two cards" (bank cards and phone cards) are rented out.\n\n'
            'Police checked 2,000 "two cards" accounts last year.')
    assert _spans(text) == []


def test_lists_of_quoted_slogans_and_glossary_lines_pass():
    assert _spans('Officials coined the "six stables," the "six ensures" and the "two safeguards".') == []
    assert _spans('Then came the "two safeguards" and "four comprehensives".') == []
    assert _spans('The "two new" policy (两新) began in 2024.') == []
    assert _spans('The "two new" policy began in 2024 under 两新.') == []


def test_capitals_and_other_words_are_not_slogans():
    assert _spans('Their album "Two Tickets to Qingdao" sold well.') == []
    assert _spans('She said "twin conditions" apply.') == []
    assert _spans('The "second line" runs at the ports.') == []
    assert _spans('He wrote "two cards" in blue.', _state(numbers=["three"])) == []


def test_english_compounds_kinds_particles_and_doubled_counts_pass():
    assert _spans('The "one-way" street was closed.') == []  # a CC-CEDICT gloss: English
    assert _spans('The "double-edged" sword cut both ways.') == []
    assert _spans('Critics warn of a "two-tier" health service.') == []  # "a": a kind of thing
    assert _spans('A "three-peat" is rare.') == []
    assert _spans('The coach told them to "double down".') == []
    assert _spans('He scored a "double double".') == []
    assert _spans('Shoppers spent heavily on "double eleven".') == []
    assert _spans('Users may want the "double cover" of 3D space.') == []  # a noun with its complement
    assert _spans('The "six-party" talks resumed, and the "four-day" week spread.') == []  # measure compounds
    assert _spans('The "six-parties" scheme began.') == ["six-parties"]
    assert _spans('The "two cards" were rented, and a "two-tier" market grew.') == ["two cards"]


def test_known_forms_and_their_heads_pass():
    state = _state(known=["dual carbon goals", "two sessions"])
    assert _spans('The "dual carbon" goals were set in 2020.', state) == []
    assert _spans('Delegates met at the "two sessions".', state) == []
    assert _spans('Delegates met at the "two cards".', state) == ["two cards"]


def test_reference_files_supply_accepted_forms():
    state = TYPE.prepare(check_params(TYPE, {}))
    assert _spans('The province pursued its "dual carbon" goals.', state) == []
    assert _spans('Delegates gathered for the annual "two sessions".', state) == []
    assert _spans('Police focused on the "two cards" that gangs buy.', state) == ["two cards"]


@pytest.mark.parametrize("keys, key", [
    ({"numbers": []}, "numbers"),
    ({"numbers": ["Two words"]}, "numbers"),
    ({"numbers": ["two", 3]}, "numbers"),
    ({"known": [""]}, "known[0]"),
    ({"terms": "no/such/file.yaml"}, "terms"),
    ({"glossary": "no/such/file.yaml"}, "glossary"),
])
def test_bad_keys_are_refused_by_name(keys, key):
    raw = {"terms": "", "glossary": ""}
    raw.update(keys)
    with pytest.raises(ParamError) as err:
        TYPE.prepare(check_params(TYPE, raw))
    assert err.value.key == key


# Correct English written close to the shape (general knowledge of news prose, not the
# development sets): the whole catalog must stay silent on each.
RED_TEAM = [
    'The band\'s debut, "Two Hearts", went gold.',
    'The government introduced the "triple lock" on pensions in 2011, guaranteeing rises.',
    'China\'s "dual carbon" goals call for a peak in emissions before 2030.',
    'Delegates arrived for the "two sessions" on Tuesday.',
    'After the "three red lines" took effect, developers cut borrowing.',
    'The "one-child policy" ended in 2015.',
    'Analysts say the "four comprehensives" and the "three represents" still shape party language.',
    'The coach told his players to "double down" after the break.',
    'She described the deal as "two steps forward", adding that more talks were needed.',
    'The so-called "two new" programme (equipment upgrades and trade-ins) has lifted sales.',
    'Officials call it "double reduction": less homework and less private tutoring.',
    'Residents nicknamed the towers "twin peaks".',
    'He scored a "double double" with 22 points and 11 rebounds.',
    'The "three-child policy", announced in 2021, has done little for births.',
    'The company calls its approach "one roof", meaning every service in one building.',
    'The phrase "two systems" appears in every speech on Hong Kong.',
    'Beijing\'s "dual circulation" strategy leans on domestic demand.',
    'The campaign against the "four winds", namely formalism, bureaucratism, hedonism and extravagance, continues.',
    'The "two mountains" theory holds that clear waters are as valuable as gold.',
    'Scholars translate wuxing as "five phases" rather than five elements.',
    'Economists fear a "double-dip" recession.',
    'Sales returned to "double-digit" growth in the quarter.',
    'Europe risks becoming a "two-speed" union.',
    'The "one-way" system around the square confuses visitors.',
    'It was a "two-horse" race from the start.',
    'The film is a "two-hander" set in a lift.',
    'She has spoken of the "double vision" of her childhood in two countries.',
    'The court found he had not met the "twin conditions" of the bail law.',
    'Carmakers must meet the "dual-credit" targets for fuel use and electric vehicles.',
    'Diplomats hoped to revive the "two-state" solution.',
    'California repealed parts of its "three-strikes" law.',
]


@pytest.fixture(scope="module")
def catalog():
    return load_rules(os.path.join(ROOT, "rules.yaml"))


@pytest.mark.parametrize("text", RED_TEAM)
def test_red_team_passage_draws_nothing(catalog, text):
    findings = [f for f in check_document(Document.from_text(text), catalog).findings
                if f.severity >= Severity.MINOR]
    assert not findings, [(f.rule, f.text) for f in findings]


@pytest.mark.parametrize("text, span", [
    ('Farmers joined the "three guarantees" scheme last spring.', "three guarantees"),
    ('Inspectors checked every pasture for the "five cleans" last month.', "five cleans"),
    ("The county's “double-zero” villages drew praise.", "double-zero"),
])
def test_unseen_wordings_are_flagged_by_the_rule(catalog, text, span):
    findings = [f for f in check_document(Document.from_text(text), catalog).findings if f.rule == RULE]
    assert [f.text for f in findings] == [span]


@pytest.mark.parametrize("text", [
    'The plan was "one option" among many.',
    'The team was "two goals" short.',
    'They lost "two nil".',
    'The side trailed "three goals" at the break.',
])
def test_a_count_quoted_as_a_quantity_or_score_passes(text):
    assert _spans(text) == []


def test_a_slogan_after_the_or_before_its_noun_is_still_flagged_next_to_a_quantity():
    assert _spans('The team was "two goals" short, and police focused on the "two cards" that gangs buy.') == \
        ["two cards"]


def test_one_long_line_finds_every_slogan():
    """Issue 9, twentieth round's review: a megabyte of one line with a quoted slogan in every
    sentence took 80 s (387 s on the reviewer's machine); each candidate searched the whole line
    for Chinese characters, the rest of the text for its sentence end, and the regex module scanned
    the rest of the text for the literal "of" or "," that two anchored patterns need. The time is
    measured in benchmarks/hostile_scaling.py (a 1 MB line of this sentence); here, that the
    per-document tables give every candidate its own answer."""
    from audit.detectors import slogans
    state = _state()
    slogans._compounds_of(state["english_numbers"])
    for unit in ('Officials praised the “two new” policy. ', 'Officials praised the “two new” policy and '):
        doc = Document.from_text(unit * 2000)
        hits = list(TYPE.detect(doc, state))
        assert len(hits) == 2000
        assert {doc.text[h.start:h.end] for h in hits} == {"two new"}


def test_the_bounded_anchored_patterns_agree_with_the_plain_ones():
    from audit.detectors import slogans
    for text in ('"x" of it', '"x"   of', '"x" office', '"x"\n\tof.', '"x" policy, which', '"x" new policy, a plan',
                 '"x" policy,  under which', '"x" policy, an', '"x" policy, anyway', '"x" a b c, which', '"x"'):
        end = 3
        assert slogans._of_after(text, end) == bool(slogans._OF_AFTER.match(text, end)), text
        assert slogans._noun_which(text, end) == bool(slogans._NOUN_WHICH.match(text, end)), text
