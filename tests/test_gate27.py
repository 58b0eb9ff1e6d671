"""Gated rules of issue 9's twenty-seventh round (``capital_loose``, audit/detectors/
capital_gated.py; ``pronoun_paragraph``, audit/detectors/pronoun_paragraph.py; and
``mt-caps-negation-app``, ``mt-collective-noun-plural-verb``, ``mt-active-for-passive-future``):
what each reads ungated, and that the catalog's evidence gate keeps
them quiet in a document with no other sign of machine translation."""
from __future__ import annotations

import pytest

from audit import load_rules
from audit.detectors import DETECTORS, ParamError, check_params
from audit.document import Document
from audit.engine import check_document, check_text

CATALOG = load_rules("rules.yaml")
RULES = ("mt-capitalised-common-word", "mt-title-case-phrase", "mt-caps-negation-app", "mt-pronoun-gender-paragraph",
         "mt-collective-noun-plural-verb", "mt-active-for-passive-future")


def _spans(rule_id, text):
    """The texts the rule flags in ``text``, run alone and ungated."""
    rule = CATALOG.get(rule_id).ungated()
    return [f.text for f in check_document(Document.from_text(text), [rule]).findings]


COMMON_WORD = [
    # flagged: no lower-case use of the word is needed
    ("No burning has been found by Satellite monitoring since harvest began.", ["Satellite"]),
    ("Some workshops were booked, and a few Visitors complained about the food.", ["Visitors"]),
    ("The key is to make the Villagers understand that the walls must be tied.", ["Villagers"]),
    ("Toilets will be built at every village Square and tourist site.", ["Square"]),
    ("Passengers can buy a Ticket online before boarding.", ["Ticket"]),
    # passed: a name's word, written beside another capitalised word elsewhere
    ("The Satellite Application Center said no burning was found by Satellite monitoring.", []),
    # passed: a place after its preposition, a nationality, a day
    ("Trucks carrying durians from Vietnam are clearing customs.", []),
    ("Customs also works with Vietnamese authorities on the checks.", []),
    ("Museums open late on Fridays and Saturdays for the summer.", []),
    ("The foreign minister of Uruguay will pay an official visit.", []),
    # passed: a name in two parts, a family name, a body's words after "of"
    ("Exports to the countries along the Belt and Road kept growing.", []),
    ("In Zhaoxing, a Dong village in Liping county, guests stay in wooden houses.", []),
    ("Officials of the Bureau of Statistics said output rose.", []),
    # passed: the word before is capitalised ("Mr Field"), or a naming word introduces it
    ("Officials said Mr Field would retire.", []),
    ("Users can post on the app Moments every day.", []),
    # passed: a word English seldom inflects is read as a name ("a Reuters poll", "bowled England
    # out"); so is "Leash" ("leashes" Zipf 2.4): a known miss
    ("Traders said so in a Reuters poll of analysts.", []),
    ("Dogs must be kept on a Leash no longer than 1.5 meters.", []),
    # passed: a body's word after an article ("the Department", "a Treasury spokesman")
    ("The Department said the rules would change, a Treasury spokesman added.", []),
    # passed: a rare word (a name, mostly), a defined term, a headline line
    ("The buyers met in the Xiaomi store yesterday.", []),
    ('The bonds (the "Notes") are due in 2030, and the Notes pay interest.', []),
]


@pytest.mark.parametrize("text,expected", COMMON_WORD)
def test_common_word(text, expected):
    assert _spans("mt-capitalised-common-word", text) == expected


TITLE_RUN = [
    ("The county is putting Bus Stops within two kilometers of every village.", ["Bus Stops"]),
    ("Residents can report violations to the Fire Branch through the hotline.", ["Fire Branch"]),
    # passed: a name word in the run, a run that opens names, a title's noun after it
    ("The upper law, the Forest Law, contains only general principles.", []),
    ("Officials from the United States met their counterparts.", []),
    ("The city launched the Clean Air campaign last year.", []),
    # passed: a place after its preposition, a rarer word in the run
    ("She moved to New York with her family.", []),
    ("The firm opened a Haier Smart store last week.", []),
]


@pytest.mark.parametrize("text,expected", TITLE_RUN)
def test_title_run(text, expected):
    assert _spans("mt-title-case-phrase", text) == expected


NEGATION_APP = [
    ("It is NOT a free lunch that anyone can take.", ["NOT"]),
    ("Prices will NEVER return to those levels.", ["NEVER"]),
    ("Residents should install the Anti-Fraud Center APP, which blocks calls.", ["APP"]),
    ("More than 300 APPS were removed from the stores.", ["APPS"]),
    ("NOT GUILTY, the jury said.", []),            # a headline's capitals open the line
    ("The APP Store lists the game.", []),         # before a capitalised word: a name
    ("It is not a free lunch.", []),
]


@pytest.mark.parametrize("text,expected", NEGATION_APP)
def test_negation_and_app(text, expected):
    assert _spans("mt-caps-negation-app", text) == expected


PRONOUN_PARAGRAPH = [
    # one person named, pronouns of both genders outside quotations: from the first of one
    # gender to the first of the other
    ("Li Shuqin, 52, a farmer, said her house survived because he had added a frame.",
     ["her house survived because he"]),
    ("Xiaoyu Tian added that he might switch to the metro once Line 3 reaches her neighborhood.",
     ["he might switch to the metro once Line 3 reaches her"]),
    # the person's own apposition brings in nobody else
    ("Zhou Ting, a 31-year-old accountant in the city, said her bills had grown, and he would use the money.",
     ["her bills had grown, and he"]),
    # ... but a person noun after a determiner inside it does ("her second son" may be the "he")
    ("Zhou Ting, a 31-year-old accountant who had her second son in January, said he would use the money.", []),
    # a noun after a possessive is another person whatever comes between ("Her downstairs
    # neighbour"); after "a" or "the", a name that follows it is that person ("the deputy
    # director, Han Lei")
    ("Her downstairs neighbour, a delivery rider who gave his name only as Mr Wong, welcomed the plan.", []),
    ("Lau's widow, Cheng Meiling, said she did not blame his co-workers.", []),
    ("The bureau's deputy director, Han Lei, said it would open at night. He added that she would check the fire exits.",
     ["He added that she"]),
    # a subject pronoun before the name has an antecedent of its own; a title other than Mr or Ms
    # names another person
    ("She adopted a starting point of six years, and reduced it for Wong's plea, but not for his repayment.", []),
    ("Historians ask whether Lin understood the power he was provoking; he wrote to Queen Victoria to appeal to her conscience.", []),
    # a family name that is also an English word names a person after a title or with a given name
    ("Mr He said the company had grown fast since she joined it, and he smiled.", ["she joined it, and he"]),
    ("He Yun, 25, said her team had grown fast since he joined it.", ["her team had grown fast since he"]),
    # the family name alone stands for the full name of that family
    ("Li Shuqin said her house survived. Li added that he had paid for the frame.",
     ["her house survived. Li added that he"]),
    # another person: a noun after a possessive or a determiner, at a sentence's start too
    ("Wang Jun said his wife had added a frame before she left for work.", []),
    ("Lin Chaoyang sold tea to a buyer from Dubai. She said it was his first order.", []),
    ("Her coach, Jiang Wei, said he had told the swimmer to be patient.", []),
    # two people named; nobody named
    ("Li Shuqin said Wang Jun had helped her, and he added a frame.", []),
    ("The farmer said her house survived because he had added a frame.", []),
    # a family name that is also an English word, with no title and no given name, names nobody
    ("He said the company had grown fast since she joined it.", []),
    ("Long before the flood, she had warned that he would come.", []),
    ("Song said the company had grown fast since she joined it, and he smiled.", []),
    # a name that is not Chinese is another person; so is a capitalised word after "met", "told"
    ("Wang Yi met Annalena Baerbock in Munich, where she pressed him on trade, and he said China would respond.", []),
    ("Wang Yi met Baerbock in Munich, where she pressed him on trade, and he said China would respond.", []),
    ("Ms Baerbock met Wang Yi in Munich, where she pressed him on trade.", []),
    # people are keyed by the full name: two of one family are two people
    ("Zhang Xiaoming met Zhang Lihua at the fair, and he proposed to her.", []),
    # pronouns inside a quotation are the speaker's own people; "He Yun" is a family name
    ('Li Shuqin said: "He added a frame to the house," and she smiled.', []),
    ("He Yun, 25, ran with a group of four athletes and was fourth at 35 kilometres. She won in the end.", []),
    # one paragraph (line) at a time
    ("Li Shuqin said her house survived.\nHe added that the county paid for the frames.", []),
]


@pytest.mark.parametrize("text,expected", PRONOUN_PARAGRAPH)
def test_pronoun_paragraph(text, expected):
    assert _spans("mt-pronoun-gender-paragraph", text) == expected


def test_pronoun_paragraph_needs_surnames():
    spec = DETECTORS["pronoun_paragraph"]
    with pytest.raises(ParamError) as err:
        spec.prepare(check_params(spec, {}))
    assert err.value.key == "surnames"


GRAMMAR_FRAMES = [
    ("mt-collective-noun-plural-verb", "The emergency department were not affected.", ["were"]),
    ("mt-collective-noun-plural-verb", "It rained. Each village have a clinic now.", ["have"]),
    ("mt-collective-noun-plural-verb", "The emergency department was not affected.", []),
    # the noun must be the subject opening the sentence, and plural nouns agree
    ("mt-collective-noun-plural-verb", "The staff of the department were not affected.", []),
    ("mt-collective-noun-plural-verb", "The police were called, and the hospitals are full.", []),
    ("mt-active-for-passive-future", "The names of the companies will also publish on the website.", ["will also publish"]),
    ("mt-active-for-passive-future", "The bridge is scheduled to complete in 2026.", ["is scheduled to complete"]),
    ("mt-active-for-passive-future", "The results will release.", ["will release"]),
    # an object after the verb, or the passive, passes; so does a verb English uses intransitively
    ("mt-active-for-passive-future", "The bureau will also publish the names on the website.", []),
    ("mt-active-for-passive-future", "The bridge is scheduled to be completed in 2026.", []),
    ("mt-active-for-passive-future", "The road will open to traffic next month.", []),
]


@pytest.mark.parametrize("rule_id,text,expected", GRAMMAR_FRAMES)
def test_grammar_frames(rule_id, text, expected):
    assert _spans(rule_id, text) == expected


@pytest.mark.parametrize("rule_id", RULES)
def test_rules_are_gated(rule_id):
    assert CATALOG.get(rule_id).gate is not None


# One sentence each rule flags ungated; with no other sign of machine translation the gate stays
# shut and the catalog reports none of them.
QUIET = ("Toilets will be built at every village Square and tourist site. Residents can report violations "
         "to the Fire Branch through the hotline. It is NOT a free lunch.\n"
         "Li Shuqin, 52, a farmer, said her house survived because he had added a frame.\n"
         "The emergency department were not affected. The results will release next week.")


def test_gate_keeps_them_quiet_without_evidence():
    assert [f.rule for f in check_text(QUIET, CATALOG) if f.rule in RULES] == []


def test_gate_opens_with_evidence():
    # "15 hundred million" and "3.5 ten thousand" (one rule), "intelligent net connection cars"
    # and "2023 year 5 month 10 day": findings of other rules open the gate
    evidence = ("The investment reached 15 hundred million yuan, and exports rose to 3.5 ten thousand tons. "
                "The park makes intelligent net connection cars. The plan was issued on 2023 year 5 month 10 day. ")
    found = check_text(evidence + QUIET, CATALOG)
    assert len({f.rule for f in found if f.rule not in RULES}) >= 2
    gated = sorted((f.rule, f.text) for f in found if f.rule in RULES)
    assert gated == [("mt-active-for-passive-future", "will release"), ("mt-capitalised-common-word", "Square"),
                     ("mt-caps-negation-app", "NOT"), ("mt-collective-noun-plural-verb", "were"),
                     ("mt-pronoun-gender-paragraph", "her house survived because he"),
                     ("mt-title-case-phrase", "Fire Branch")]
    assert all("other signs of machine translation" in f.message for f in found if f.rule in RULES)


def test_fix_is_the_lower_case():
    rule = CATALOG.get("mt-capitalised-common-word").ungated()
    (f,) = check_document(Document.from_text("It was found by Satellite monitoring."), [rule]).findings
    assert f.suggestion == "satellite"


def test_unknown_mode_is_refused():
    spec = DETECTORS["capital_loose"]
    with pytest.raises(ParamError) as err:
        spec.prepare(check_params(spec, {"mode": "everything"}))
    assert err.value.key == "mode"


def test_pronoun_paragraph_reads_quotations_by_bisection():
    # a pronoun is in a quotation when the last quotation to start at or before it holds it
    # (``pronoun_paragraph._quoted``, found by bisection): the same answer as a scan of them all
    from audit.detectors import pronoun_paragraph

    line = 'Li said "he" and "she" then \u201cHe went\u201d, \u2018she\u2019 and he.'
    quotes = [(m.start(), m.end()) for m in pronoun_paragraph._QUOTATION.finditer(line)]
    starts = [a for a, _ in quotes]
    assert len(quotes) == 4
    assert [pronoun_paragraph._quoted(quotes, starts, i) for i in range(len(line) + 1)] == \
        [any(a <= i < b for a, b in quotes) for i in range(len(line) + 1)]
    # a paragraph of a story with quotations before and after the switch: still flagged
    story = ('Li Shuqin said: "It stood." She said her house survived. Li added that he had paid for '
             'the frame, "every yuan of it."\nThe county said 30 houses were rebuilt.')
    assert _spans("mt-pronoun-gender-paragraph", story) == ["She said her house survived. Li added that he"]
