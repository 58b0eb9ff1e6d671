"""Shortcuts of the pronoun detectors (issue 13, speed36b) rest on properties checked here on
the project's texts and on random texts built of the pieces that matter (pronouns, quotation
marks, sentence ends, white space):

- ``pronoun_gender.detect_mixed`` stops at once for a document whose pronouns outside
  quotations (``_blank_quotations``) take one gender: each pronoun it reads in a sentence of
  ``_quoted_sentences`` is a pronoun of the blanked text at the same place;
- ``pronoun_gender._surname_evidence`` blanks "he or she" (``_EITHER``) in its sentences only
  where the whole text holds one: a match in a sentence of ``_sentences`` is one of the text.
"""
import glob
import os
import random

import audit.detectors  # noqa: F401  (the registry screens the modules' patterns)
from audit.detectors import pronoun_gender
from rule_helpers import pieced_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _texts():
    for sub in ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/heldout6", "tests/corpus/clean",
                "benchmarks/data/clean_large", "benchmarks/data/clean_fresh60", "benchmarks/data/clean_fresh61",
                "benchmarks/data/clean_fresh62", "benchmarks/data/clean_fresh63"):
        for path in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt"))):
            yield open(path, encoding="utf-8").read()


def _sentence_pronouns_are_the_texts(text) -> int:
    plain = pronoun_gender._blank_quotations(text)
    whole = {(m.span(), bool(m.group("m"))) for m in pronoun_gender._PRONOUN.finditer(plain)}
    read = 0
    for s0, s1 in pronoun_gender._quoted_sentences(text):
        for start, end, gender in pronoun_gender._pronouns(plain[s0:s1], s0):
            assert ((start, end), gender == "m") in whole, (text[max(0, s0 - 20):s1 + 20], start)
            read += 1
    return read


def test_pronouns_of_the_sentences_are_pronouns_of_the_blanked_text_on_the_corpora():
    assert sum(_sentence_pronouns_are_the_texts(text) for text in _texts()) > 500


PIECES = ("he He HE she She her Her hers his him himself herself sheep hen The Li said Wang Ms", '"', "“", "”", "'",
          "...", ".", "!", "?", ",", "(", ")", "Q", "9", "_", "é", "he's", "she'd")
SEPARATORS = (" ", " ", "", "  ", "\n", "\t", ". ", '." ', "\r\n", " \n ", ".\u00a0")


def test_pronouns_of_the_sentences_are_pronouns_of_the_blanked_text_on_random_texts():
    rng = random.Random(51)
    pieces = PIECES[0].split(" ") + list(PIECES[1:])
    read = sum(_sentence_pronouns_are_the_texts(pieced_text(rng, pieces, SEPARATORS, 1, 40)) for _ in range(4000))
    assert read > 5000


def _either_in_sentences_is_in_the_text(text) -> int:
    whole = {m.span() for m in pronoun_gender._EITHER.finditer(text)}
    read = 0
    for s0, s1 in pronoun_gender._sentences(text):
        for m in pronoun_gender._EITHER.finditer(text[s0:s1]):
            assert (s0 + m.start(), s0 + m.end()) in whole, text[s0:s1]
            read += 1
    return read


def test_he_or_she_of_the_sentences_is_of_the_text():
    rng = random.Random(52)
    pieces = PIECES[0].split(" ") + list(PIECES[1:]) + ["or", "OR", "/", "he or she", "him/her", "She/he", "xhe"]
    texts = list(_texts()) + [pieced_text(rng, pieces, SEPARATORS, 1, 40) for _ in range(4000)]
    assert sum(_either_in_sentences_is_in_the_text(text) for text in texts) > 300


def test_doc_sentences_are_the_texts_sentences_cut_once_and_freed_with_the_analysis():
    from audit.document import Document, RULE_VIEWS

    text = ("Mr. Li grows grapes. He sells them in Urumqi! She said \u201cno.\u201d Then\n\n"
            "a new line ends here? Yes. ")
    doc = Document.from_text(text)
    sents = pronoun_gender.doc_sentences(doc)
    assert list(sents) == pronoun_gender._sentences(text) and len(sents) >= 4
    assert pronoun_gender.doc_sentences(doc) is sents  # read off doc.cache, not cut again
    assert pronoun_gender.SENTENCES in RULE_VIEWS
    doc.drop_analysis()
    assert pronoun_gender.SENTENCES not in doc.cache
    assert pronoun_gender.doc_sentences(Document.from_text("")) == ()
