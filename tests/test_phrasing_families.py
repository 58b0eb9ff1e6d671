"""Families of Chinese-style phrasing added in issue 9's phrasing round (phrasing8): empty verbs
carrying a noun of process, causatives, empty head nouns, verb pairs with one object said twice,
measure words before plurals, official formulas, everyday and news collocations, synonym verb
pairs, abstract nouns and well-known sayings. Each construction (taken from
``benchmarks/data/phrasing_dev.yaml``, beyond the rules' own examples) is pinned to its rule and
exact span, and correct English near misses draw no finding from the whole catalog."""
import os

import pytest
import yaml

from audit import Severity, load_rules
from audit.engine import check_text

CATALOG = load_rules()
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, os.pardir, "benchmarks", "data", "phrasing_dev.yaml")

# (text, rule, span)
FLAGGED = [
    ("The township carried out the registration of all rental homes in May.",
     "calque-process-noun-frames", "carried out the registration of"),
    ("The district will carry out unified management on shared bikes.",
     "calque-process-noun-frames", "carry out unified management on"),
    ("Buses are carried out disinfection twice a day.", "calque-process-noun-frames", "are carried out disinfection"),
    ("Experts conducted the evaluation and acceptance of the pilot projects.",
     "calque-process-noun-frames", "conducted the evaluation and acceptance of"),
    ("The ski resort will make the county become a winter sports centre.",
     "calque-causative-frames", "make the county become"),
    ("The project will let every family can drink safe water.", "calque-causative-frames", "let every family can"),
    ("The mediation work of the village committee has solved 300 disputes.",
     "calque-empty-head-nouns", "The mediation work"),
    ("Officials were told to serve the enterprises and help the enterprises.",
     "calque-paired-verb-object", "serve the enterprises and help the enterprises"),
    ("The bureau set out nine items of duties for village doctors.",
     "calque-measure-word-plurals", "items of duties"),
    ("The new airport has an important significance for the region's opening up.",
     "calque-official-frames", "has an important significance"),
    ("Taking the opportunity of the expo, the city signed 40 contracts.",
     "calque-official-frames", "Taking the opportunity of"),
    ("Judges provided zero-distance legal services to herders.", "calque-official-frames", "zero-distance"),
    ("The county develops new materials with the industrial park as the carrier.",
     "calque-official-openers", "with the industrial park as the carrier"),
    ("Zhang said when he accepted an interview with reporters.",
     "calque-everyday-collocations", "accepted an interview with"),
    ("The course helps farmers learn more knowledge about e-commerce.",
     "calque-everyday-collocations", "learn more knowledge"),
    ("The bank will perfect and improve its risk control system.", "calque-synonym-verb-pairs", "perfect and improve"),
    ("The college trains excellent talents for the port.", "calque-abstract-noun-choices", "excellent talents"),
    ("Officials must not wait for the rabbit by the tree stump.",
     "calque-famous-sayings", "wait for the rabbit by the tree stump"),
    ("The third company chose to sit on the mountain and watch the tigers fight.",
     "calque-famous-sayings", "sit on the mountain and watch the tigers fight"),
    ("Before the exam many students embrace Buddha's feet.", "calque-famous-sayings", "embrace Buddha's feet"),
    ("The landlord is a famous iron cock.", "calque-famous-sayings", "iron cock"),
    ("The city attracted a large amount of visitors over the holiday.",
     "calque-news-collocations", "a large amount of visitors"),
]

# Correct English near the same triggers: no finding from the whole catalog.
PASSES = [
    "The army carried out the rescue of the trapped miners.",
    "Troops carried out the withdrawal of heavy weapons.",
    "The clean-up was carried out quickly.",
    "Tests were conducted using samples from 200 patients.",
    "The drought made the price of rice rise.",
    "The rain let the farmers plant early.",
    "The social work of the charity has helped 300 families.",
    "His education work in rural schools won praise.",
    "The museum owns 400 pieces of pottery and 12 pieces of furniture.",
    "The agenda has three items of business.",
    "The decision has great significance for the region.",
    "Taking the opportunity to speak, she thanked her team.",
    "The reforms will lower costs and reduce delays for exporters.",
    "The council will improve and expand the bus service.",
    "Heavy rain hit the city on Monday night.",
    "A big storm hit the city on Monday night.",
    "The group acquired knowledge of the local market.",
    "The talks met with difficulties; the team made great progress.",
    "A Chinese proverb says that \"when you drink water, remember its source\".",
    "Experts should not pour cold water on the plan, the founder said.",
    "The fund raised a large amount of money.",
    "The team finished in first place.",
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_family_construction_is_flagged_with_its_span(text, rule, span):
    hits = [f for f in check_text(text, CATALOG, Severity.MINOR) if f.rule == rule]
    assert [f.text for f in hits] == [span], (rule, [f.text for f in hits])
    for f in hits:
        assert text[f.start:f.end] == f.text


@pytest.mark.parametrize("text", PASSES)
def test_english_near_miss_draws_no_finding(text):
    assert [(f.rule, f.text) for f in check_text(text, CATALOG, Severity.MINOR)] == []


def test_development_passages_are_well_formed():
    with open(DEV, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert len(data["flag"]) >= 190 and len(data["pass"]) >= 160
    for item in data["flag"]:
        assert item["text"].count(item["span"]) == 1, item
        assert item["shape"] and item.get("batch", 1) in (1, 2, 3)
