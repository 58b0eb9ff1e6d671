"""The capitalization modes' reads of a document made once instead of a scan of the whole text
per phrase or word (issue 13, speed31c) give exactly what those scans gave, on the project's
texts and on random texts built of the patterns' own pieces:

- ``case_variants._uses``: a phrase's matches tried only where its first run of letters starts
  a run of letters in the text, against ``re.finditer`` of ``_phrase_pattern``; the runs found
  when a phrase asks for them (speed36b), against the text's runs listed in one scan;
- ``capitalization._lower_compound`` from ``_lower_pairs``, against the search of the whole text
  for the word, spaces and the stem's four letters;
- ``capital_shapes._pinyin_then_heads``: ``_PINYIN_THEN_HEAD`` tried only before each head,
  against its ``finditer`` over the whole text;
- ``capitalization.uses_of``: the matches of a word pattern whose word is one of a few, found
  with ``str.find``, against its ``finditer`` filtered (also ``capital_names._CANDIDATE``, the
  lower-case words ``pinyin_names`` reads, speed32b);
- ``capital_names._inert``: a word ``pinyin_names`` skips everywhere can yield no finding there;
- ``case_variants._CASED_WORD``: the words with a capital, against every word read and those in
  lower case skipped; and its two kinds read apart (``_INNER_CASED_WORD``, ``_TITLE_CASED_WORD``,
  speed36b), against its matches.
"""
import glob
import os
import random
import re

from audit.detectors import capital_names, capital_shapes, capitalization, case_variants
from audit.detectors.case_variants import _letter_runs, _phrase_pattern, _uses
from audit.document import Document
from rule_helpers import pieced_text, same_matches

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _whole_scan(text, phrase):
    return [m.span() for m in re.finditer(_phrase_pattern(phrase), text)]


def _indexed(text, phrase, runs):
    return [m.span() for m in _uses(text, phrase, runs)]


def _texts():
    for sub in ("tests/corpus/heldout", "tests/corpus/heldout5", "tests/corpus/clean", "benchmarks/data/clean_large"):
        for path in sorted(glob.glob(os.path.join(ROOT, sub, "*.txt"))):
            yield Document.from_text(open(path, encoding="utf-8").read()).text


def _phrases(text, rng):
    """The text's title-case runs (as ``title_runs`` lowers them) and pairs and triples of its
    lower-case words: phrases that occur, in either case, and some that do not."""
    phrases = {m.group(1).lower().replace("\u00a0", " ") for m in case_variants._RUN.finditer(text)}
    words = re.findall(r"[a-z]+(?:-[a-z]+)?", text)
    for _ in range(min(20, len(words))):
        i = rng.randrange(len(words))
        phrases.add(" ".join(words[i:i + rng.randint(2, 3)]))
    phrases = {" ".join(p.split()) for p in phrases if len(p.split()) >= 2}
    titles = {" ".join(w[:1].upper() + w[1:] for w in p.split()) for p in phrases}
    return sorted(phrases | titles)


def test_the_same_matches_as_the_whole_text_scan_on_the_corpora():
    rng = random.Random(31)
    found = 0
    for text in _texts():
        runs = _letter_runs(text)
        for phrase in _phrases(text, rng):
            expected = _whole_scan(text, phrase)
            assert _indexed(text, phrase, runs) == expected, phrase
            assert [m.span() for m in _uses(text, phrase)] == expected, phrase  # the scan a text's first phrases get
            found += len(expected)
    assert found > 1000


PIECES = ("long march Long March the a an 2 rural revitalisation Rural Revitalisation five-year Five-Year plan "
          "Plan bye Bye . , - ' ’ @ # / \u00a0 \n é caf\u00e9 x.y long-march march-long \"").split(" ")


def test_the_same_matches_on_random_texts_of_the_patterns_pieces():
    rng = random.Random(13)
    phrases = ("long march", "Long March", "rural revitalisation", "Rural Revitalisation", "five-year plan",
               "Five-Year Plan", "Five-year Plan", "bye bye", "Bye Bye", "march long march", "plan plan plan")
    found = 0
    for _ in range(3000):
        text = pieced_text(rng, PIECES, (" ", " ", "", "  ", "\u00a0"), 2, 30)
        runs = _letter_runs(text)
        for phrase in phrases:
            expected = _whole_scan(text, phrase)
            assert _indexed(text, phrase, runs) == expected, (text, phrase)
            found += len(expected)
    assert found > 100


def test_overlapping_uses_count_once_as_finditer_does():
    text = "bye bye bye bye bye"
    assert _indexed(text, "bye bye", _letter_runs(text)) == [(0, 7), (8, 15)]


def _compound_scan(text, low, after):
    """The search ``_lower_compound`` made before: the whole text, once per word and stem."""
    return len(after) >= 4 and re.search(r"(?<![\w'’-])" + re.escape(low) + r"[ \u00a0]+" + re.escape(after[:4]),
                                         text) is not None


def _compound_keys(text, rng):
    """(word, next word) pairs as ``_mid_sentence`` asks them: each capitalised word inside a
    sentence with the word after it, and pairs of the text's lower-case words, some mixed."""
    keys = {(m.group(1).lower(), m.group(2)) for m in capitalization._TITLE_INSIDE.finditer(text)}
    words = re.findall(r"[a-z][a-z'’-]*", text)
    for _ in range(min(30, len(words))):
        i = rng.randrange(len(words) - 1) if len(words) > 1 else 0
        keys.add((words[i], words[min(i + 1, len(words) - 1)]))
        keys.add((words[i], rng.choice(words)))
    return sorted((low, after) for low, after in keys if re.fullmatch(r"[a-z]{4,}", low))


def test_lower_compound_the_same_as_the_whole_text_search_on_the_corpora():
    rng = random.Random(7)
    found = asked = 0
    for text in _texts():
        pairs = capitalization._lower_pairs(text)
        for low, after in _compound_keys(text, rng):
            expected = _compound_scan(text, low, after)
            assert capitalization._lower_compound(text, low, after, pairs) == expected, (low, after)
            assert capitalization._lower_compound(text, low, after) == expected, (low, after)  # the search
            found += expected
            asked += 1
    assert found > 500 and asked > 5000


COMPOUND_PIECES = ("square Square dance dancing danc da\nnce sq square- -square 'square square' square’s "
                   "leash no \u00a0 \n é squaré x.square").split(" ")


def test_lower_compound_the_same_on_random_texts_of_the_patterns_pieces():
    rng = random.Random(17)
    keys = (("square", "dance"), ("square", "dancing"), ("square", "danc"), ("leash", "nope"))  # words of [a-z]{4,}, as asked
    found = 0
    for _ in range(3000):
        text = pieced_text(rng, COMPOUND_PIECES, (" ", " ", "", "  ", "\u00a0", "\n"), 2, 20)
        pairs = capitalization._lower_pairs(text)
        for low, after in keys:
            expected = _compound_scan(text, low, after)
            assert capitalization._lower_compound(text, low, after, pairs) == expected, (text, low, after)
            found += expected
    assert found > 300


def test_pinyin_then_heads_the_same_as_the_whole_text_scan_on_the_corpora():
    found = 0
    for text in _texts():
        expected = [m.span() for m in capital_shapes._PINYIN_THEN_HEAD.finditer(text)]
        assert [m.span() for m in capital_shapes._pinyin_then_heads(text)] == expected
        found += len(expected)
    assert found > 50


HEAD_PIECES = ("boao forum Forum tsinghua university xiong'an xiong’an new area chengdu-chongqing economic circle "
               "the a big old very long-named x.y @ # / - ' ’ games zone-a areas é fair \n").split(" ")


def test_pinyin_then_heads_the_same_on_random_texts_of_the_patterns_pieces():
    rng = random.Random(19)
    found = 0
    for _ in range(4000):
        text = pieced_text(rng, HEAD_PIECES, (" ", " ", " ", "", "  ", "\u00a0", "\n"), 2, 25)
        expected = [m.span() for m in capital_shapes._PINYIN_THEN_HEAD.finditer(text)]
        assert [m.span() for m in capital_shapes._pinyin_then_heads(text)] == expected, text
        found += len(expected)
    assert found > 1000


def _some_words(words, rng):
    words = sorted(words)
    return set(rng.sample(words, min(len(words), rng.randint(1, 12)))) if words else set()


def test_uses_of_the_same_as_finditer_filtered_on_the_corpora():
    # the word patterns of ``lowercase-proper-name`` and ``name-letter-case``, some words asked for
    rng = random.Random(29)
    found = 0
    for text in _texts():
        for pattern in (capitalization._LOWER_CANDIDATE, capital_names._NAME_TOKEN, capital_names._CANDIDATE):
            words = _some_words(pattern.findall(text), rng) | {"us", "US", "Wechat", "china", "li", "li-ning"}
            expected = [m.span() for m in pattern.finditer(text) if m.group(1) in words]
            assert [m.span() for m in capitalization.uses_of(pattern, text, words)] == expected
            found += len(expected)
    assert found > 5000


WORD_PIECES = ("china China us US USA WeChat Wechat wechat's Wechat’s JD.com jd.com Li-Ning li-ning li lin e-mail @wechat "
               "#china www.china.org china.org x/china & ' ’ . - huawei HUAWEI iPhone IPhone s").split(" ")


def test_uses_of_the_same_on_random_texts_of_the_patterns_pieces():
    rng = random.Random(37)
    found = 0
    for _ in range(3000):
        text = pieced_text(rng, WORD_PIECES, (" ", " ", "", ". ", "\n", "'s "), 1, 20)
        for pattern in (capitalization._LOWER_CANDIDATE, capital_names._NAME_TOKEN, capital_names._CANDIDATE):
            words = _some_words(set(WORD_PIECES) | set(pattern.findall(text)), rng)
            expected = [m.span() for m in pattern.finditer(text) if m.group(1) in words]
            assert [m.span() for m in capitalization.uses_of(pattern, text, words)] == expected, (text, words)
            found += len(expected)
    assert found > 1000


def test_inert_words_are_the_ones_no_branch_of_pinyin_names_can_report():
    surnames = frozenset({"li", "he", "zhang", "long"})
    assert capital_names._inert("he", surnames)  # a family name English uses too much, no pinyin of note
    assert capital_names._inert("guangdong", surnames)  # ``lower_name`` reports the provinces
    assert capital_names._inert("market", surnames)  # English
    assert not capital_names._inert("li", surnames)
    assert not capital_names._inert("zhang", surnames)
    assert not capital_names._inert("qiang", surnames)  # pinyin, no family name: "Premier li qiang"
    assert not capital_names._inert("chaoyang", surnames)  # a place before "district"


def test_pinyin_names_the_same_with_the_words_judged_before_or_in_the_document():
    # the judgment kept across documents gives what a first reading gives
    from audit import load_rules
    rule = next(r for r in load_rules(os.path.join(ROOT, "rules.yaml")).rules if r.id == "lowercase-pinyin-name")
    text = ("Premier li qiang met farmers in jingdezhen. said liu wei, a farmer. He went to chaoyang district "
            "and the guangdong office, where he said zhao, the head of it, was out.")
    capital_names._INERT.clear()
    first = [(h.start, h.end) for h in rule.detect(Document.from_text(text))]
    again = [(h.start, h.end) for h in rule.detect(Document.from_text(text))]
    assert first == again and (8, 16) in first and (79, 87) in first


# ``case_variants.name_forms`` read every word of letters before (speed32b) and skipped those in
# lower case; ``_CASED_WORD`` finds the others alone.
_ANY_WORD = re.compile(r"(?<![\w'’@#/.&-])([A-Za-z][a-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+|[a-z]+)(?![\w'’@/&-]|\.\w)")


def _cased_words_plain(text):
    return [m.span(1) for m in _ANY_WORD.finditer(text) if not m.group(1).islower()]


def _cased_words(text):
    return [m.span(1) for m in case_variants._CASED_WORD.finditer(text)]


def test_cased_words_the_same_as_every_word_filtered_on_the_corpora():
    assert same_matches(_texts(), _cased_words, _cased_words_plain) > 5000


CASED_PIECES = ("WeChat Wechat wechat iPhone iphone CATL Catl catl x.y JD.com jd.com e-mail @Wechat #CATL a/b & ' ’ . - "
                "abcDef abc-Def McDonald mcdonald's Mc é Café x.Wechat Wechat.com").split(" ")


def test_cased_words_the_same_on_random_texts_of_the_patterns_pieces():
    rng = random.Random(41)
    texts = [pieced_text(rng, CASED_PIECES, (" ", " ", "", ". ", "\n", "'s ", "-"), 1, 25) for _ in range(4000)]
    assert same_matches(texts, _cased_words, _cased_words_plain) > 3000


def _letter_runs_listed(text):
    """Every run of letters of ``text`` -> where it starts, listed in one scan (as
    ``case_variants._letter_runs`` was before speed36b found each run when asked)."""
    runs = {}
    for m in case_variants._LETTERS.finditer(text):
        runs.setdefault(m.group(), []).append(m.start())
    return runs


def _letter_runs_agree(text, asked):
    listed, lazy = _letter_runs_listed(text), _letter_runs(text)
    for run in asked:
        assert (run in lazy) == (run in listed), (text, run)
        if run in listed:
            assert lazy[run] == listed[run], (text, run)
    return sum(len(listed.get(run, ())) for run in asked)


def test_letter_runs_found_when_asked_are_the_listed_runs_on_the_corpora():
    found = 0
    for text in _texts():
        runs = _letter_runs_listed(text)
        asked = sorted(runs)[::3] + ["", "xqzv", "Rural", "é", "a b", "Rural2"]
        found += _letter_runs_agree(text, asked)
    assert found > 10000


def test_letter_runs_found_when_asked_are_the_listed_runs_on_random_texts():
    rng = random.Random(43)
    pieces = CASED_PIECES + ["bye", "Bye", "byebye", "bye2", "éBye", "bye_", "by"]
    found = 0
    for _ in range(3000):
        text = pieced_text(rng, pieces, (" ", "", ". ", "\n", "-", "'"), 1, 20)
        found += _letter_runs_agree(text, ["bye", "Bye", "by", "Wechat", "WeChat", "com", "x", "catl", "Mc", "Caf"])
    assert found > 2000


def _cased_words_of_two_kinds(text):
    """``name_forms``'s two scans (speed36b): the words with inner capitals and the words in
    title case, put back in the text's order, each with its kind."""
    inner = [(m.span(1), True) for m in case_variants._INNER_CASED_WORD.finditer(text)]
    titled = [(m.span(1), False) for m in case_variants._TITLE_CASED_WORD.finditer(text)]
    return sorted(inner + titled)


def _cased_words_with_kind(text):
    return [(m.span(1), not m.group(1)[1:].islower()) for m in case_variants._CASED_WORD.finditer(text)]


def test_cased_words_of_two_kinds_are_cased_words_on_the_corpora():
    assert same_matches(_texts(), _cased_words_of_two_kinds, _cased_words_with_kind) > 5000


def test_cased_words_of_two_kinds_are_cased_words_on_random_texts():
    rng = random.Random(42)
    texts = [pieced_text(rng, CASED_PIECES + ["Wechat2", "WeChat_", "WeChaté", "ÉWechat", "Wechat-x", "WeChat.x"],
                         (" ", " ", "", ". ", "\n", "'s ", "-", "@", "/", "&"), 1, 25) for _ in range(4000)]
    assert same_matches(texts, _cased_words_of_two_kinds, _cased_words_with_kind) > 2000


def test_lower_pairs_listed_by_findall_as_by_finditer():
    # ``_written_lower_pair`` lists the document's pairs with ``findall`` (speed32b)
    for text in _texts():
        assert set(capitalization._LOWER_PAIR.findall(text)) == \
            {(m.group(1), m.group(2)) for m in capitalization._LOWER_PAIR.finditer(text)}


def test_lower_bodies_first_word_is_the_runs_first_listed_word():
    # speed36b: ``capital_shapes.lower_bodies`` skips a run whose first word (up to its first
    # space) is no level word before it lists the run's words; that word is the first listed
    rng = random.Random(44)
    pieces = ["the", "The", "national", "state", "all-china", "people's", "people’s", "a-b", "x", "\u00a0", " ", "  ",
              "Bureau", "é", "9", "-", "'", "\n", ".", "commission", "the\u00a0national"]
    texts = list(_texts()) + [pieced_text(rng, pieces, (" ", "\u00a0", "", "  "), 1, 20) for _ in range(4000)]
    found = 0
    for text in texts:
        for m in capital_shapes._WORDS_AFTER_THE.finditer(text):
            listed = [w.group(0) for w in capital_shapes._LOWER_WORD.finditer(m.group(2))]
            assert m.group(2).split(None, 1)[0] == listed[0], m.group()
            found += listed[0] in capital_shapes._LEVELS
    assert found > 300
