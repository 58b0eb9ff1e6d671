"""The `literal` type's data of the forty-second round (issue 9): chengyu and sayings CC-CEDICT
holds untagged or lacks, listed in ``audit/detectors/literal_idioms.txt``, and the everyday
English of common image characters in ``literal_glosses.txt``; found on their word-for-word
renderings with the exact span, silent on correct English that uses the same concrete words
idiomatically (``tests/data/literal42d_good.txt``: horse racing, mountain roads, water supply,
"by hand", "head office", "fire safety", "dragon boat", the English idioms beside the sayings)."""
import os
from pathlib import Path

import pytest

from audit import check_text, load_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOOD = Path(__file__).parent / "data" / "literal42d_good.txt"

FLAG = [
    ("The old man blew his beard and stared his eyes at the children.",
     "blew his beard and stared his eyes at the children"),
    ("The lack of funds has become the tiger blocking the road for the project.", "tiger blocking the road"),
    ("Well water does not offend river water between the two departments.",
     "Well water does not offend river water"),
    ("Letting him go would be letting the tiger return to the mountain.",
     "letting the tiger return to the mountain"),
    ("The locals rely on the mountain and eat the mountain.", "rely on the mountain and eat the mountain"),
    ("He is an old yellow ox who never complains.", "old yellow ox"),
    ("Villagers helped with seven hands and eight feet.", "seven hands and eight feet"),
    ("Farmers rise early and covet the dark in the harvest season.", "rise early and covet the dark"),
]


@pytest.fixture(scope="module")
def rule():
    return next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "mt-literal-rendering")


# A second set of correct sentences written before the rule was run on them (wildlife, travel,
# myth and religion, crafts, farming, courts, sport), and renderings of the listed sayings
# phrased otherwise than the examples above: those found are asserted with their spans.
REVIEW_GOOD = Path(__file__).parent / "data" / "literal42d_review_good.txt"
REVIEW_FLAG = [
    ("The supervisor blew his beard and glared his eyes at the workers.", "blew his beard and glared his eyes"),
    ("Ten pairs of chopsticks firmly hold together, the secretary said.", "Ten pairs of chopsticks firmly hold together"),
    ("Everyone rows the oars to drive the big ship forward.", "Everyone rows the oars to drive the big ship"),
    ("Let us open the skylight and speak bright words.", "open the skylight and speak bright words"),
    ("Riding a donkey and reading the libretto, we will see.", "Riding a donkey and reading the libretto"),
    ("The road is far and you know the horse's strength.", "road is far and you know the horse's strength"),
]


@pytest.mark.parametrize("text,span", FLAG + REVIEW_FLAG)
def test_rendering_is_found_with_its_span(rule, text, span):
    assert [f.text for f in check_text(text, [rule])] == [span]


@pytest.mark.parametrize("good", [GOOD, REVIEW_GOOD], ids=lambda path: path.stem)
def test_correct_english_with_the_same_image_words_is_silent(rule, good):
    lines = [ln for ln in good.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(lines) >= 150
    hits = [(ln, f.text) for ln in lines for f in check_text(ln, [rule])]
    assert hits == []
