"""The kind of false alarm the blind clean set clean_fresh185 drew on the forty-eighth round's
base catalog (issue 9; 1 finding in 11,157 words), passed as a kind while the MT shape beside it is
still reported: the first item of a list of paragraphs that a colon opens, ending in a semicolon
("among them that:" then "HMRC should ... claim;" then "HMRC should ..."); later items, the last
one before running text and cut paragraphs in a row are still read."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits

CATALOG = load_rules()

LIST = ("The report makes seven recommendations, among them that:\n\n"
        "HMRC should write to every NHS employee it has placed on a wrong tax code;\n\n"
        "HMRC should repay overpaid tax without a claim;\n\n"
        "where staff have underpaid, the department should write off the debt;\n\n"
        "and HMRC should publish a timetable for its reforms.\n")


@pytest.mark.parametrize("text, expected", [
    (LIST, []),
    ("Two steps follow:\n\nThe bureau will review the pilot;\n\nThe city will publish the results.\n", []),
    # a paragraph of running text that ends in a semicolon is still read
    ("The bureau said it would review the pilot at the end of the year;\n\nOther cities are watching.\n", [";"]),
    ("Officials met on Monday.\n\nThe bureau said it would review the pilot;\n\nOther cities are watching.\n", [";"]),
    ("The main tasks are:\n\nFirst, build roads;\n\nSecond, build schools;\n\nThird, build clinics;\n\n"
     "The meeting also called for more doctors.\n", [";", ";"]),
    ("The bureau would review the pilot;\n\nThe mayor said it would widen;\n\nOther cities are watching.\n",
     [";", ";"]),
])
def test_items_of_a_list_a_colon_opens(text, expected):
    assert catalog_hits(CATALOG.get("paragraph-end-semicolon"), text) == expected
