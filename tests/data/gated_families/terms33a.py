"""The data of the gated families of test_terms33a.py, tested by tests/test_gated_families.py.

Gated term families (issue 9, thirty-third round): Chinese Party-affairs, discipline-inspection
and cadre-management terms; statistical-report, public-finance, tax, banking and capital-market
terms; market-regulation and enterprise-support terms rendered word for word. Each family is run
ungated on renderings its catalog examples do not hold (made up from general knowledge) and on
ordinary English that uses the same trigger words in their usual senses (the sentences the
branches were narrowed for); the full catalog shows that the gate keeps a family quiet in a
document with no other sign of machine translation."""

from pathlib import Path
from rule_helpers import MT_EVIDENCE_TERMS

FAMILIES = ["mt-term-party-cadre-33a", "mt-term-reports-finance-33a", "mt-term-business-33a"]

# (rule, rendering, the span it must report)
FOUND = [
    ('mt-term-party-cadre-33a', 'The provincial patrol inspection and patrol investigation covered 40 counties.', 'patrol inspection and patrol investigation'),
    ('mt-term-party-cadre-33a', 'The county promoted the standardisation construction of village party branches.', 'standardisation construction'),
    ('mt-term-party-cadre-33a', 'Young cadres were sent to the grassroots for hanging training.', 'hanging training'),
    ('mt-term-party-cadre-33a', 'A fault-tolerant and error-correcting mechanism for cadres was set up.', 'fault-tolerant and error-correcting mechanism'),
    ('mt-term-party-cadre-33a', 'Small and micro powers of village officials will be listed and supervised.', 'Small and micro powers'),
    ('mt-term-party-cadre-33a', 'The political ecology of the county has been further purified.', 'political ecology of the county has been further purified'),
    ('mt-term-party-cadre-33a', 'The township developed 12 new party members last year.', 'developed 12 new party members'),
    ('mt-term-party-cadre-33a', 'The change of term of community committees ended in May.', 'change of term of community committees'),
    ('mt-term-reports-finance-33a', 'The regulated industrial added value grew 6 percent.', 'regulated industrial added value'),
    ('mt-term-reports-finance-33a', 'The above-quota catering enterprises reported revenue of 2 billion yuan.', 'above-quota catering enterprises'),
    ('mt-term-reports-finance-33a', 'The special debt quota was 50 billion yuan.', 'special debt'),
    ('mt-term-reports-finance-33a', 'Five firms debuted on the Deep Stock Exchange this year.', 'the Deep Stock Exchange'),
    ('mt-term-reports-finance-33a', 'The tax silver interaction was deepened.', 'tax silver interaction'),
    ('mt-term-reports-finance-33a', 'The third industry accounted for 52 percent of GDP.', 'The third industry'),
    ('mt-term-reports-finance-33a', 'Ten projects formed a physical workload this year.', 'formed a physical workload'),
    ('mt-term-reports-finance-33a', 'The enterprise is in counseling for listing.', 'in counseling for listing'),
    ('mt-term-business-33a', 'The reform of separating certificates and licenses was deepened.', 'separating certificates and licenses'),
    ('mt-term-business-33a', 'The individual businesses households got tax relief.', 'individual businesses households'),
    ('mt-term-business-33a', 'Government-enterprise face to face symposiums solved 50 problems.', 'Government-enterprise face to face symposiums'),
    ('mt-term-business-33a', 'We will build a cordial and clean political-business relationship.', 'cordial and clean political-business relationship'),
    ('mt-term-business-33a', 'The people camp economy is an important force.', 'people camp economy'),
]

# ordinary English with the same trigger words (each branch was narrowed until these pass)
PASSED = [line for line in (Path(__file__).parent.parent / "good_english_33a.txt").read_text(encoding="utf-8").splitlines()
                if line.strip()]

CATEGORY = "terminology"

PASSED_AT_LEAST = 8 * len(FAMILIES)

# A story with other signs of MT and the same sentence alone: the gated family reports only in
# the story.
STORY_TERM = "The county issued special debts of 12 billion yuan for 40 projects."

# the story's rule, evidence and (span, suggestion) pairs: quiet on STORY_TERM alone,
# these after the evidence
STORY = ("mt-term-reports-finance-33a", MT_EVIDENCE_TERMS, STORY_TERM, [("special debts", None)])
