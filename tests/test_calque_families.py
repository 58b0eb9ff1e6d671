"""Families of Chinese-style collocations, tense and agreement slips added in issue 9's
seventeenth and eighteenth rounds: each construction is pinned to its rule and exact span, and
correct English near misses draw no finding from the whole catalog."""
import pytest

from audit import Severity, load_rules
from audit.engine import check_text

CATALOG = load_rules()

# (text, rule, span): constructions beyond the rules' own examples.
FLAGGED = [
    ("Emergency teams raised the ability of coping with floods.", "calque-ability-of-doing", "ability of coping"),
    ("Grid firms lack the capability of withstanding typhoons.", "calque-ability-of-doing", "capability of withstanding"),
    ("The city achieved the dual decline of the number of fires and deaths.", "calque-double-results", "achieved the dual decline"),
    ("The township registered a double harvest of grain and fruit.", "calque-double-results", "registered a double harvest"),
    ("Markets will be under normalized spot checks from July.", "calque-normalized-supervision", "normalized spot checks"),
    ("Last week, the two sides sign a trade deal in Beijing.", "past-marker-plural-base-verb", "sign"),
    ("Three years ago, villagers build a road to the county seat.", "past-marker-plural-base-verb", "build"),
    ("Police stepped up the intensity of investigations into scams.", "calque-economy-nouns", "stepped up the intensity of investigations"),
    ("The system realized stable operation for 300 days.", "calque-official-set-phrases", "realized stable operation"),
    ("The county had disbursed in place 45 million yuan of subsidies.", "calque-complement-in-place", "disbursed in place"),
    ("Pork prices have been rising all the way over the past month.", "calque-trend-all-the-way", "rising all the way"),
    ("Residents are urged to practise civilized dog keeping.", "calque-official-set-phrases", "civilized dog keeping"),
    ("The county will fight well the decisive battle against floods.", "calque-campaign-formulas", "fight well the decisive battle"),
    ("Each reservoir has a safety responsible person.", "calque-campaign-formulas", "safety responsible person"),
    ("Towns must do a careful job in the resettlement of villagers.", "calque-do-well-drive", "do a careful job in the resettlement of"),
    ("Visitors were urged to linger near the cliffs during the storm.", "safety-advice-dropped-not", "urged to linger near the cliffs"),
    ("Counties must compact and tighten the responsibility for flood control.", "calque-campaign-formulas", "compact and tighten the responsibility"),
    ("The county will cash its promises to villagers.", "calque-campaign-formulas", "cash its promises"),
    ("Students who cheat will be revoked their exam qualification.", "calque-official-set-phrases", "be revoked their exam qualification"),
    ("Unless the fee is paid on time, will lose the parking space.", "subjectless-after-fronted-clause", "will lose"),
    ("Li Hua, a teacher in Wuhan, said could not afford the fees.", "subjectless-reported-clause", "said could"),
    # the second piece: agreement and tense slips
    ("Prices are fixed, so the growers does not worry about the market.", "plural-subject-singular-verb", "growers does"),
    ("He said many migrants hasn't registered yet.", "plural-subject-singular-verb", "migrants hasn't"),
    ("About 30 boats in Ningbo and Zhoushan was moved into harbour.", "plural-subject-singular-verb", "was"),
    ("The cost of repairs were shared by the owners.", "singular-head-plural-verb", "were"),
    ("The income of villagers have been rising for years.", "singular-head-plural-verb", "have been"),
    ("The museum said the new hall has been opened to visitors next week.", "perfect-with-next-year", "has been opened"),
    ("Since the start of the campaign, police arrest 40 suspects.", "past-marker-plural-base-verb", "arrest"),
    # the eighteenth round (from the misses of heldout17 and heldout18), worded as another engine
    # might word the same source
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
    "The ability of existing mines to expand is limited.",
    "The capacity of processing plants in the region has doubled.",
    "Stocks recorded a double-digit gain in 2023.",
    "Scores were normalized against the national average.",
    "Last year, analysts put the figure at 2 million.",
    "Last year's winners return to Shanghai in May.",
    "In 2019 the brothers launch their app, and by 2021 it has ten million users.",
    "Athletes increase the intensity of training before a race.",
    "Investors realized full well that rates would rise.",
    "The stone was set in place 300 years ago.",
    "Shares fell all the way to their 2019 low.",
    "She fought a hard battle against the flu.",
    "The person responsible for safety was fired.",
    "Visitors were urged to stay away from the cliffs during the storm.",
    "Hikers are advised to camp near the lodge.",
    "She cashed her winnings and left the casino.",
    "Unless the fee is paid on time, tenants will lose the parking space.",
    "If provided, will be used as the default.",
    "The bridge, which engineers, after a long review, said was safe, reopened.",
    "Li Hua, a teacher in Wuhan, said she could not afford the fees.",
    # the second piece
    "Prices are fixed, so the growers do not worry about the market.",
    "Each of the migrants has registered.",
    "About 30 boats in Ningbo and Zhoushan were moved into harbour.",
    "Two weeks in Sanya was too short.",
    "The cost of repairs was shared by the owners.",
    "The costs of repairs were shared by the owners.",
    "The opening has been delayed until next week.",
    "The hall has been opened, and more rooms will follow next week.",
    "Since the start of the campaign, police have arrested 40 suspects.",
    # the eighteenth round
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


def test_the_masses_is_read_in_a_story_named_by_its_province_only():
    sentence = "The county received 214 complaints from the masses and enterprises about approvals."
    china = "DINGYUAN, Anhui, March 5 -- " + sentence
    elsewhere = "SPRINGFIELD, Ohio, March 5 -- " + sentence
    assert [f.text for f in check_text(china, CATALOG, Severity.MINOR) if f.rule == "calque-the-masses"] == \
        ["the masses and enterprises"]
    assert [f for f in check_text(elsewhere, CATALOG, Severity.MINOR) if f.rule == "calque-the-masses"] == []
