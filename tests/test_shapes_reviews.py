"""Reviews of a round's rules (gated ones with their gate off) on sentences their writers did
not see, one data module a round (``tests/data/shapesNN_review.py``: GOOD, MT, RULES and the
least sizes): correct English with the same words gets no span from any of the round's rules
with the gate off, and MT renderings the rules' own data do not list are reported by their rule
with the span given, except the known misses (a span of None, pinned as silence).

- ``shapes40c_review``: ``mt-parallel-idiom-shapes-40c``, ``mt-body-name-chain-40c`` and
  ``mt-one-x-calques-40c`` (literal counts, "went from weak to strong", "as important as
  protecting your eyes", American county and city units, "Capital One Card Services", headlines in
  title case).
- ``shapes45a_review``: ``mt-small-big-slogans-45a``, ``mt-term-postposed-modifier-45a``,
  ``mt-quoted-campaign-action-45a`` and the forty-fifth round's branch of ``mt-campaign-action``,
  with ``mt-idiom-slogans-36b`` and ``mt-official-formula``, whose round-45 branches ("treasure",
  "It is learned,") a second reading took back (a small change and a big difference, small
  business and big business, the game's "Attack action", "of a new type", "the future of first
  class", "was treasure under the Treasure Act", "It is learned, the psychologist said").
- ``shapes45b_review``: the verbs of joining in the plain forms after "be" (``verb-form-after-auxiliary``,
  ``be-plain-verb-passive``, ``mt-verb-form-slips-28``: "link", "combine", "equip with").
- ``shapes46b_review``: ``preposition-before-clause`` ("because of the bridge was closed"; reduced
  relatives, "political will", "had to" pass).
- ``shapes46a_review``: the forty-sixth round's "output value" in yuan, "+" formulas of a Chinese
  farming model and "the problem of hard to V", with ``calque-let-causative``, whose round-46
  widening a second reading took back ("The whole county turned out for the funeral", "Let your
  body gradually become used to the cold water", "base + bonus + equity", "hard to reach voters").
- ``shapes47c_review``: ``mt-literal-rendering``'s narrowing of the forty-seventh round (affix
  glosses, "the will", literary function senses: "suitable homes means the limit", "taken profits
  in a couple of names", "continue to inform how posts" pass).
- ``shapes48a_review``: the forty-eighth round's review of the title-case shapes, kept on the older
  ``mt-title-run-after-a`` and ``mt-half-capitalised-name`` after the round's two rules for other
  heads were dropped (names of laws, bodies, events, honours and products after "a"; names used
  as modifiers: "the Water Cube pool, which", "Pizza Hut restaurants", "an Octopus Card")."""

import pytest

from rule_helpers import data_module, reported_by_its_rule_only

ROUNDS = {name: data_module(name) for name in ("shapes40c_review", "shapes45a_review", "shapes45b_review", "shapes46a_review", "shapes46b_review", "shapes47c_review", "shapes48a_review")}
GOOD = [(name, text) for name, data in ROUNDS.items() for text in data.GOOD]
MT = [(name, *row) for name, data in ROUNDS.items() for row in data.MT]


@pytest.fixture(scope="module")
def rules(catalog):
    return {name: {rid: catalog.get(rid) for rid in data.RULES} for name, data in ROUNDS.items()}


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_sizes(name):
    data = ROUNDS[name]
    assert len(data.GOOD) >= data.GOOD_AT_LEAST and len(data.MT) >= data.MT_AT_LEAST
    assert sum(span is not None for *_, span in data.MT) >= data.FOUND_AT_LEAST


@pytest.mark.parametrize("name,text", GOOD, ids=[f"{name}-{i}" for i, (name, _) in enumerate(GOOD)])
def test_good_english_passes(rules, name, text):
    reported_by_its_rule_only(rules[name], text)


@pytest.mark.parametrize("name,rid,zh,text,span", MT, ids=[f"{name}-{i}" for i, (name, *_) in enumerate(MT)])
def test_mt_rendering(rules, name, rid, zh, text, span):
    reported_by_its_rule_only(rules[name], text, rid, span)
