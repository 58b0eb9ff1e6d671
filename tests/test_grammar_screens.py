"""The module-level patterns of the grammar frames of rounds 38-39 (``grammar_agreement``,
``grammar_slips``) are ``screen.Screened`` like ``grammar``'s own (``detectors/__init__``): a
whole-text scan asks the pattern's re2 screen first and tries the pattern only where an attempt
may match. The frames open on any clause's first word ("the places was full", "nobody want"),
so each plain scan tried every position of a document. The scans must give the same matches,
in the same order, as the plain pattern: at a line's start, after a quotation mark or a
clause's opening word, at the text's end, on a line with several matches, on random texts
pieced from the frames' examples and their neighbours."""

import random

import pytest
import regex

from audit.detectors import grammar_agreement as ga
from audit.detectors import grammar_heads as gh
from audit.detectors import grammar_phrases as gp
from audit.detectors import grammar_slips as gs
from audit.detectors import screen
from rule_helpers import pieced_text, same_matches

FRAMES = {
    "each-of-verb": ga._EACH_OF_VERB,
    "plural-be": ga._PLURAL_SUBJECT,
    "together-with": ga._TOGETHER_WITH,
    "hyphen-plural": gs._HYPHEN_PLURAL,
    "plural-who-singular": gs._PLURAL_WHO,
    "responsible-to-verb": gs._RESPONSIBLE_TO,
    "indefinite-base": gs._INDEFINITE_BASE,
    "a-modifiers-plural": gs._A_MODIFIERS_PLURAL,
    "less-plural": gs._LESS_PLURAL,
    "short-comparative": gs._MORE_ADJECTIVE,
    "singular-have": gh._SINGULAR_HAVE,
    "singular-which": gh._SINGULAR_WHICH,
    "count-noun": gh._COUNT_NOUN,
    "plural-adverb-verb": gh._PLURAL_ADVERB_VERB,
    "demonstrative-subject": gh._DEMONSTRATIVE_SUBJECT,
    "plural-which": gh._PLURAL_WHICH,
    "whose-verb": gh._WHOSE_VERB,
    "plural-phrase-singular": gp._PLURAL_PHRASE,
    "partitive-figure": gp._PARTITIVE,
    "plural-its-own": gp._PLURAL_ITS_OWN,
    "there-past": gp._THERE_PAST,
    "plural-relative": gp._PLURAL_RELATIVE,
    "quantity-singular": gp._QUANTITY,
    "infinitive-form": gp._INFINITIVE_FORM,
    "be-plain-verb": gp._BE_PLAIN,
    "modal-adverb-past": gp._MODAL_ADVERB_PAST,
}

# Pieces that make each frame match, or nearly: the slips, correct English with the same words,
# and words that open a clause (the frames' lookbehinds read them on the line before a match).
PIECES = [
    "Each of the 46 households in Sanhe Village have signed", "each of the provisions are aimed",
    "Every one of the satellites send images", "Each set of results were printed", "the number of cases have fallen",
    "After registration opened, the places was full", "my mushrooms is sold", "In the past, farmers was selling",
    "said the farmers also has", "The tunnel, together with four pumping stations, are designed",
    "The school, along with two clinics, were rebuilt", "a 67-years-old farmer", "a three-rooms house",
    "the 24-hours-a-day service", "the riders who works at night", "Old people who lives alone",
    "They are responsible to patrol", "is mainly responsible to manage", "nobody want to go", "Everyone know the rules",
    "did anyone notice", "Does everyone agree?", "that", "because", "said", "The", "farmers", "was", "is", "has",
    "\"Our lads was brilliant,\" he said", "(the houses is", "\u201cThe plans has", "each", "every",
    "a hull-cleaning underwater robots.", "a modern cold storages", "has less ships than", "no less buses",
    "make the process more fast.", "The most old tree stands", "more strong and more brave",
    "and the recovery rate have risen", "The cast were praised", "a glacier data base which include",
    "the prescription drugs which needs", "2,863 ancient tree in", "in four box", "the sensors occasionally fails",
    "These problem must", "Those shot were taken", "whose loading rate fall below", "whose transfer request was refused",
    "the defence were", "asked the pharmacist which brand works",
    "The houses in the village was rebuilt", "the prices of vegetables in the markets has", "lots of the work was",
    "The reports on how the money is spent", "of which 3,218 is wheat", "among them 1,016 is", "500 yuan, of which 300 is",
    "the workshops, which cannot afford its own", "Many villages have its own clinic", "The companies each have its own",
    "There were 300 people attended the meeting", "has 1,256 families signed the contracts",
    "there were 30 people injured in the crash", "There were 86 teams and 1,400 players took part",
    "The projects that was approved", "the roof of the houses that was damaged", "farmers who has been trained",
    "Thousands of visitor came", "several hundred farmer joined", "Both village were", "both home to",
    "in order to improved", "so as to attracting", "decided to found", "the key to increased", "plans to supply treated",
    "should be strengthen in", "was implement,", "be rescue", "all they did was build", "can effectively reduced",
    "His will clearly stated", "Only then can newly trained", "will supply",
]
SEPARATORS = [" ", ", ", ". ", "\n", "\n\n", ".\n", ": ", " \"", "\u201d "]


@pytest.mark.parametrize("module", [ga, gh, gp, gs])
def test_the_frames_patterns_are_screened(module):
    patterns = {k: v for k, v in vars(module).items() if isinstance(v, (screen.Screened, regex.Pattern))}
    assert patterns and all(isinstance(v, screen.Screened) for v in patterns.values()), sorted(patterns)
    for v in patterns.values():
        assert isinstance(v.compiled, regex.Pattern) and v.pattern == v.compiled.pattern


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_screened_scan_is_the_plain_scan(name):
    pattern = FRAMES[name]
    assert isinstance(pattern, screen.Screened)

    def plain(text):
        return [(m.span(), m.groups()) for m in pattern.compiled.finditer(text)]

    def fast(text):
        return [(m.span(), m.groups()) for m in pattern.finditer(text)]

    rng = random.Random(name)
    texts = [pieced_text(rng, PIECES, SEPARATORS, 1, 30) for _ in range(300)]
    texts += list(PIECES) + ["\n".join(PIECES), " ".join(PIECES), "\n" + "\n".join(PIECES) + "\n",
                             " ".join(PIECES) * 40]  # past screen.LOCAL_MIN_CHARS: the long texts' allowance
    assert len(texts[-1]) > screen.LOCAL_MIN_CHARS
    assert same_matches(texts, fast, plain) > 0  # the frame matched somewhere: the texts test it
