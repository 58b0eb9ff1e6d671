"""Three kinds of false alarm the blind clean set clean_fresh179 drew on the forty-fifth round's
catalog (issue 9; measured on the round's mended catalog before these fixes: 3 findings, one
major, in 11,196 words), each passed as a kind while the MT shape beside it is still reported: a
tenfold pair of figures whose ratio the story states ("equivalent to 10 per cent of"), a work's
title in title case with its year in brackets, and a term spelt out before its own acronym."""
import pytest

from audit import load_rules
from rule_helpers import catalog_hits

CATALOG = load_rules()


def _spans(rule_id, text):
    return catalog_hits(CATALOG.get(rule_id), text)


SHARES = "The company has 684,250,000 ordinary shares in issue. "


@pytest.mark.parametrize("rule_id, text, expected", [
    ("figure-scale-contradiction", SHARES + "The board may buy back up to 68,425,000 shares, equivalent to 10 per "
                                            "cent of the issued share capital.", []),
    ("figure-scale-contradiction", SHARES + "The board may buy back up to 68,425,000 shares, a tenth of the total.", []),
    # the ratio not stated: a slipped 万 or 千 is still reported
    ("figure-scale-contradiction", "About 28,000 pupils signed up in the first week. By the end of the month, 280,000 "
                                   "children were attending classes, 10 schools said.", ["280,000"]),
    # a rate of change near the pair says nothing of it (a second reading)
    ("figure-scale-contradiction", "About 28,000 pupils signed up in the first week, 10 percent more than planned. By "
                                   "the end of the month, 280,000 children were attending classes, the bureau said.",
     ["280,000"]),
    ("figure-scale-contradiction", "About 28,000 pupils signed up in the first week. By the end of the month, 280,000 "
                                   "children were attending classes, up 10% on last year.", ["280,000"]),
    # a capitalised run before a bracketed year with no work named before it (a second reading)
    ("random-capital-word", "The 1,460 restaurants will be inspected One By One (2021), and those that fail will close. "
                            "Every kitchen will be inspected one by one.", ["One By One"]),
    ("random-capital-word", "She wrote letters to her brother for years. Four books followed, including Letters to a "
                            "Dead Brother (1987) and The House on the Hill (1993).", []),
    ("random-capital-word", "She wrote letters to her brother. The factory sent Letters to every village in 1987.",
     ["Letters"]),
    ("capitalised-common-noun", "Four more books followed, including Letters to a Dead Brother (1987).", []),
    ("mt-garbled-compound", "Roll the money into an individual retirement account (IRA) before April.", []),
    # brackets that do not spell the words out keep the finding
    ("mt-garbled-compound", "The city has opened test roads for intelligent net connection cars (ICV).",
     ["intelligent net connection cars"]),
])
def test_kinds(rule_id, text, expected):
    assert _spans(rule_id, text) == expected
