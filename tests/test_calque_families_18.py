"""Families of Chinese-style collocations added in issue 9's eighteenth round (from the misses of
heldout17 and heldout18): each construction, worded as another engine might word the same
source, is pinned to its rule and exact span, and correct English near misses draw no finding
from the whole catalog."""
import pytest

from audit import Severity, load_rules
from audit.engine import check_text

CATALOG = load_rules()

# (text, rule, span): renderings beyond the rules' own examples.
FLAGGED = [
    ("Hospitals should open all the fever clinics that should be opened.", "calque-all-that-should",
     "open all the fever clinics that should be opened"),
    ("The move marks that the province has entered a new era of clean energy.", "calque-marks-that", "marks that"),
    ("The project will realize the real-time sharing of medical records.", "calque-nominal-phrasing",
     "realize the real-time sharing of"),
    ("The camp insists on the public-welfare attribute and charges no fees.", "calque-nominal-phrasing",
     "insists on the public-welfare attribute"),
    ("The policy aims to let the elderly rest assured and their children be at ease.", "calque-let-causative",
     "let the elderly rest assured"),
    ("The district launched a campaign to let traditional culture enter the campus.", "calque-let-causative",
     "let traditional culture enter the campus"),
    ("The team keeps replacing practice with matches.", "calque-yi-frames", "replacing practice with matches"),
    ("Three bakeries were ordered to suspend business for rectification.", "calque-regulatory-phrasing",
     "business for rectification"),
    ("The defendants bear the compensation responsibility jointly.", "calque-regulatory-phrasing",
     "compensation responsibility"),
    ("The city will carry out vocational skill level identification for 5,000 workers.", "calque-regulatory-phrasing",
     "vocational skill level identification"),
    ("The bureau will jointly with the police carry out checks.", "calque-regulatory-phrasing", "will jointly with"),
    ("Firms that still fail after notified will lose their licences.", "calque-regulatory-phrasing", "after notified"),
    ("Patients can pay by scanning code at the counter.", "calque-regulatory-phrasing", "scanning code"),
    ("Investment kept a steady and positive momentum in the third quarter.", "calque-stable-progress",
     "steady and positive momentum"),
    ("Customers should avoid topping up too much amount at once.", "calque-size-amount-phrasing", "too much amount"),
    ("The city shortened the approval timeliness to three days.", "calque-official-set-phrases",
     "shortened the approval timeliness"),
]

# Correct English that uses the same words: nothing in the catalog may flag it.
NEAR_MISSES = [
    "Doctors checked the patients who should be discharged.",
    "The 50-point mark that separates growth from contraction was missed again.",
    "She realized the sharing economy had changed the city.",
    "The school keeps its public character and charges no fees.",
    "Let the record show that the witness nodded.",
    "The museum is bringing dance into schools this spring.",
    "The coach replaced the captain with a younger player.",
    "The bakery was closed for repairs after the fire.",
    "The firm accepted responsibility for compensating the victims.",
    "The bureau, together with the police, carried out checks.",
    "After being notified, the firm paid the fine.",
    "Security staff scan the code on each ticket at the gate.",
    "Ten large firms joined the fair.",
    "He paid too large an amount and asked for a refund.",
    "The bureau wants to improve the timeliness of its statistics.",
]


@pytest.mark.parametrize("text,rule,span", FLAGGED)
def test_family_construction_is_flagged_with_its_span(text, rule, span):
    hits = [(f.rule, f.text) for f in check_text(text, CATALOG, Severity.MINOR)]
    assert (rule, span) in hits, hits


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_english_near_miss_draws_no_finding(text):
    assert [(f.rule, f.text) for f in check_text(text, CATALOG, Severity.MINOR)] == []
