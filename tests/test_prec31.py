"""Issue 9, prec31 round: false alarms of older rules on good English, mended by general tests."""
import pytest

from audit.detectors.literal_index import _stem as stem  # worked out, not read from the kept table


@pytest.mark.parametrize("word, other", [("ride", "rid"), ("note", "not"), ("rating", "rat"), ("tone", "ton"),
                                          ("site", "sit"), ("plane", "plan"), ("hoping", "hop")])
def test_a_word_is_not_stemmed_to_another_word_it_does_not_inflect_to(word, other):
    assert stem(word) != stem(other)


# "bits" stays "bit" and "bit" is "bite" (an irregular past): a plural is not read as an
# irregular verb form ("bests" is no "good", which made "said personal bests would be discussed"
# a rendering of 能言善辩).
@pytest.mark.parametrize("forms", [("ride", "rides", "riding", "rode", "ridden"), ("rid", "ridding"),
                                   ("rate", "rated", "rating"), ("hop", "hopping"), ("plan", "planned", "plans"),
                                   ("hope", "hoped", "hoping"), ("run", "running"), ("care", "caring"),
                                   ("grow", "growing", "grown"), ("make", "making", "made"),
                                   ("breathe", "breathed", "breathing"), ("moral", "morals")])
def test_inflections_still_meet_their_base(forms):
    assert len({stem(w) for w in forms}) == 1


def test_a_plural_is_not_read_as_an_irregular_form():
    assert stem("bests") != stem("good")
