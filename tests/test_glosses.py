"""Quoted glosses (audit/glosses.py): English a writer quotes as the rendering of Chinese shown
beside it, or calls literal, is cited; the same words in a writer's own sentence are judged."""
import pytest

from audit import load_rules
from audit.document import Document
from audit.engine import check_text
from audit.findings import Severity
from audit.glosses import cited_gloss

CATALOG = load_rules()


def _span(text, words):
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize("text,words", [
    ('新质生产力 | xin zhi shengchanli | "new quality productive forces"', "new quality productive forces"),
    ('Its literal sense is "residence foundation land," an official term.', "residence foundation land"),
    ('A word-for-word rendering would be "new-nature productive forces."', "new-nature productive"),
    ('The phrase “horse horse tiger tiger” renders 马马虎虎 character by character.', "horse horse"),
    # a cue after the closing mark: the writer names the words a set phrase
    ('"Coal is our ballast stone," an official told reporters, using a phrase favored by planners.', "ballast stone"),
    # words right after the closing mark explain the image: a gerund after "or", "meaning", an
    # appositive line with its author
    ('Critics call it "killing the chicken to scare the monkey", or punishing one person as a warning.',
     "killing the chicken"),
    ('Critics call it "killing the chicken to scare the monkey," or punishing one person.', "killing the chicken"),
    ('Diplomats like to say "a single spark can start a prairie fire", a line borrowed from Mao.', "a single spark"),
    ('The aim is to "cross the river by feeling the stones" -- meaning reform by trial.', "cross the river"),
    # a dash, then a gerund: what the image does (good34)
    ('Analysts likened the move to "killing the chicken to scare the monkey" \u2014 punishing one firm to warn others.',
     "killing the chicken"),
    ('They called the fines "killing the chicken to scare the monkey"--punishing one firm as a warning.', "killing the chicken"),
    ('Farmers were told to "raise chickens under the trees", an old proverb in the hills.', "raise chickens"),
    # words right before the opening mark give the phrase as a name in use
    ('Paid commenters, known as the "water army", flood the comment sections.', "water army"),
    ('The policy, which Beijing called "dynamic clearing", ended in December.', "dynamic clearing"),
    ('Gifts of paintings, the so-called "elegant bribery", are harder to detect.', "elegant bribery"),
    ('The press dubbed it "elegant bribery" within a week.', "elegant bribery"),
    # a pinyin term right before the mark, joined by "or" or a bracket: the quotation renders it
    # (thirtieth round, good30)
    ('The term lanwei lou, or "rotten-tail buildings", refers to unfinished housing.', "rotten-tail buildings"),
    ('Young people embraced tang ping ("lying flat") as a protest.', "lying flat"),
    ('Without a local hukou, or "household registration", migrants pay more.', "household registration"),
])
def test_a_quoted_rendering_beside_chinese_or_called_literal_is_cited(text, words):
    assert cited_gloss(Document.from_text(text), *_span(text, words))


@pytest.mark.parametrize("text,words", [
    # quoted, but no Chinese on the line and nothing calls it a rendering: an engine's slogan in quotes
    ('The county said the "double carbon" goals were met.', "double carbon"),
    # a cue, but the words are not inside the quotation
    ('Literally speaking, the double carbon goals were met, the "plan" said.', "double carbon"),
    # Chinese on the line, but the words are the writer's own, outside any quotation
    ('The county met its double carbon goals (双碳) early.', "double carbon"),
    # a quotation on another line does not reach this one
    ('"新基建," he said.\nThe county met its double carbon goals.', "double carbon"),
    # a cue word in the next sentence says nothing of this quotation
    ('"Coal is our ballast stone," an official said. The phrase is new.', "ballast stone"),
    # "or" before another quotation joins a list; before a plain verb it is no gloss
    ('The plan lists "double carbon", "three rural", or "new infrastructure" as goals.', "three rural"),
    ('The plan lists "double carbon", or "new infrastructure" as goals.', "double carbon"),
    ('He urged cadres to "carry the big beam" or face being replaced.', "carry the big beam"),
    # "line" says nothing of the quotation unless it names whose line it is
    ('He urged cadres to "grasp the bull nose", the line of the county.', "grasp the bull"),
    # "called" elsewhere in the sentence is any verb: only right before the mark does it name
    ('The county called on villagers to "carry the big beam" in the campaign.', "carry the big beam"),
    ('Officials known as reformers urged cadres to "carry the big beam" at once.', "carry the big beam"),
    # "or" after an English word, or after a pinyin spelling that is a common English word
    ('The bonus, or "rotten-tail buildings", was paid in May.', "rotten-tail buildings"),
    ('The gang, or "rotten-tail buildings", was caught.', "rotten-tail buildings"),
    ('Pay the fee (or "the big beam") at once.', "the big beam"),
    # a dash before anything but a gerund, or a gerund that opens another quotation, is no gloss
    ('He urged cadres to "carry the big beam" \u2014 the county\'s plan said so.', "carry the big beam"),
    ('He urged cadres to "carry the big beam" \u2014 "building" was next.', "carry the big beam"),
    # a preposition or a noun in -ing after the dash is no gerund of a gloss (review of the round)
    ('The county urged cadres to "kill the chicken to scare the monkey" \u2014 during the spring planting.',
     "kill the chicken"),
    ('The county urged young cadres to "carry the big beam" \u2014 according to the plan.', "carry the big beam"),
    ('He urged cadres to "carry the big beam" -- nothing less would do.', "carry the big beam"),
    ('He urged cadres to "carry the big beam" \u2014 including the township heads.', "carry the big beam"),
])
def test_words_outside_a_quoted_gloss_are_not_cited(text, words):
    assert not cited_gloss(Document.from_text(text), *_span(text, words))


def test_the_engine_keeps_a_gloss_out_and_the_same_words_in_running_text():
    cited = 'The "double carbon" (双碳, shuang tan) goals refer to two targets.'
    running = 'The county said the "double carbon" goals were met.'
    assert not [f for f in check_text(cited, CATALOG, Severity.MINOR) if f.text == "double carbon"]
    assert [f.rule for f in check_text(running, CATALOG, Severity.MINOR) if f.text == "double carbon"] == ["calque-policy-verbs"]


def test_untranslated_chinese_is_still_judged_inside_a_gloss_line():
    # the gloss passes the words, not Chinese left in running text on the same line
    text = 'The city built a 十四五 plan, "five-year plan" in the report.'
    assert [f.rule for f in check_text(text, CATALOG, Severity.MINOR) if f.text == "十四五"] == ["untranslated-chinese"]


def test_words_a_document_glossed_are_cited_when_it_uses_them_again():
    text = ('有关部门 (youguan bumen): "the relevant departments." This phrase is everywhere.\n\n'
            'When an official says the relevant departments are handling a matter, nobody is named.')
    again = text.rindex("the relevant departments")
    assert [f for f in check_text(text, CATALOG, Severity.MINOR) if f.start == again] == []
    # the same sentence in a document that never glossed the words is judged
    alone = "When an official says the relevant departments are handling a matter, nobody is named."
    assert [f.rule for f in check_text(alone, CATALOG, Severity.MINOR)] == ["calque-official-roles"]


def test_glossed_phrases_are_short_quotations_cited_as_glosses():
    from audit.glosses import glossed_phrases, repeats_gloss
    doc = Document.from_text('三农 (sannong), literally "three agriculture," and "the three rural issues." '
                             'He said: "We will keep the relevant departments informed of every step we take."\n'
                             'A "double carbon" goal.')
    phrases = glossed_phrases(doc)
    assert phrases == {"three agriculture", "the three rural issues"}  # the speech is longer than eight words
    assert repeats_gloss(phrases, "three rural issues")
    assert not repeats_gloss(phrases, "rural is")  # whole words only
    assert not repeats_gloss(phrases, "double carbon")  # quoted on a line with no Chinese and no cue


def test_the_per_document_tables_give_the_line_by_line_answers():
    # review of the twentieth round: one long line with a quotation in every sentence made each
    # quotation read its whole line again; the tables read it once and must answer the same
    from audit import glosses
    from audit.document import Document
    line = ('Officials praised the "two new" policy. The register is rendered "hukou" in English. '
            'He said "it is fine," and left. The phrase "iron rice bowl" is a slogan of the planners. ')
    text = line * 40 + "\n新质生产力 is glossed as \"new quality productive forces\" here.\n" + line
    doc = Document.from_text(text)
    seen = []
    for m in glosses._QUOTED.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.start(g), m.end(g)
        line_start, line_end = doc.line_at(start)[0], doc.line_at(end)[1]
        straight = glosses._tables(doc)[0]
        assert glosses._quotation(text, start, end, line_start, line_end, straight) == \
            glosses._quotation(text, start, end, line_start, line_end)
        seen.append((m.group(g), glosses.cited_gloss(doc, start, end)))
    assert seen[:4] == [("two new", False), ("hukou", True), ("it is fine,", False), ("iron rice bowl", True)]
    assert ("new quality productive forces", True) in seen


def test_the_mark_tables_give_the_answers_of_the_line_searches():
    # issue 13, the thirty-third round: each span looked for every quotation mark along its
    # whole line (a 1 MB line with a quoted slogan in every sentence: 1.2 s of str.rfind); the
    # positions of the marks, read once, must give what the searches gave, for every span
    import random
    from audit import glosses
    from audit.document import Document
    from rule_helpers import pieced_text
    pieces = ['"two new"', "\u201ctwo new\u201d", "\u2018it\u2019", '"', "\u201c", "\u201d", "\u2018", "\u2019",
              "the policy", "rendered", "literally", "a slogan", "新质生产力", "It is", "fine,"]
    separators = [" ", " ", ". ", "\n", ", ", ""]
    rng = random.Random(26)
    compared = found = 0
    for _ in range(1500):
        text = pieced_text(rng, pieces, separators, 1, 30)
        doc = Document.from_text(text)
        straight, _, _, marks = glosses._tables(doc)
        for start in range(0, len(doc.text), 3):
            end = min(len(doc.text), start + rng.randint(0, 6))
            line_start, line_end = doc.line_at(start)[0], doc.line_at(end)[1]
            plain = glosses._quotation(doc.text, start, end, line_start, line_end)
            assert glosses._quotation(doc.text, start, end, line_start, line_end, straight, marks) == plain, \
                (doc.text, start, end)
            compared += 1
            found += plain is not None
    assert compared > 20000 and found > 2000
