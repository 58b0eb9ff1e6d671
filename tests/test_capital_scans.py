"""The capitalization modes' reads of a document made once instead of a scan of the whole text
per phrase or word (issue 13, speed31c) give exactly what those scans gave, on the project's
texts and on random texts built of the patterns' own pieces:

- ``case_variants._uses``: a phrase's matches tried only where its first run of letters stands
  as a whole run of letters in the text (found with ``str.find``), against ``re.finditer`` of
  ``_phrase_pattern``;
- ``capitalization._lower_compound`` from ``_lower_pairs``, against the search of the whole text
  for the word, spaces and the stem's four letters;
- ``capital_shapes._pinyin_then_heads``: ``_PINYIN_THEN_HEAD`` tried only before each head,
  against its ``finditer`` over the whole text;
- ``capitalization.uses_of``: the matches of a word pattern whose word is one of a few, found
  with ``str.find``, against its ``finditer`` filtered (also ``capital_names._CANDIDATE``, the
  lower-case words ``pinyin_names`` reads, speed32b);
- ``capital_names._inert``: a word ``pinyin_names`` skips everywhere can yield no finding there;
- ``case_variants.name_forms``: the words with inner capitals found from the letter-and-capital
  pairs, and the forms with one capital looked up by their spelling, against every word with a
  capital read in turn (speed, twenty-seventh round); its patterns and ``capital_shapes``' with
  the test of the character before moved after the first capital, against the patterns before.
"""
import glob
import os
import random
import re

from audit.detectors import capital_names, capital_shapes, capitalization, case_variants
from audit.detectors.case_variants import _phrase_pattern, _uses
from audit.document import Document
from rule_helpers import pieced_text, same_matches

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _whole_scan(text, phrase):
    return [m.span() for m in re.finditer(_phrase_pattern(phrase), text)]


def _found(text, phrase):
    return [m.span() for m in _uses(text, phrase)]


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
        for phrase in _phrases(text, rng):
            expected = _whole_scan(text, phrase)
            assert _found(text, phrase) == expected, phrase
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
        for phrase in phrases:
            expected = _whole_scan(text, phrase)
            assert _found(text, phrase) == expected, (text, phrase)
            found += len(expected)
    assert found > 100


def test_overlapping_uses_count_once_as_finditer_does():
    text = "bye bye bye bye bye"
    assert _found(text, "bye bye") == [(0, 7), (8, 15)]
    assert _found("byebye bye bye, bye-bye bye", "bye bye") == [(7, 14)]


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


# ``case_variants.name_forms`` as it was before the twenty-seventh round: every word with a
# capital read in turn (the forms with one capital listed, then matched against the inner forms).
_CASED_WORD = re.compile(r"(?<![\w'’@#/.&-])([A-Za-z][a-z]*[A-Z][A-Za-z]*|[A-Z][a-z]+)(?![\w'’@/&-]|\.\w)")


def _name_forms_plain(doc):
    text = doc.text
    shouted, inner, titles = {}, {}, []
    for m in _CASED_WORD.finditer(text):
        word = m.group(1)
        low = word.lower()
        if word[1:].islower():
            titles.append(m)
            continue
        line_start, line_end = doc.line_at(m.start())
        if not case_variants._camel(word) and (len(word) > case_variants._MAX_ABBREVIATION
                                               or capital_names.is_pinyin(low)):
            continue
        if not re.search(r"(?:[a-z,;:(]|[a-z][\"”’'])[ \u00a0]+$", text[max(line_start, m.start() - 4):m.start()]) \
                or case_variants._shouted(text, line_start, line_end, shouted):
            continue
        inner.setdefault(low, set()).add(word)
    out = []
    for m in titles if inner else ():
        word = m.group(1)
        forms = inner.get(word.lower())
        if not forms or len(forms) != 1:
            continue
        good = next(iter(forms))
        camel = case_variants._camel(good)
        if not camel and not case_variants._name_word(word.lower()):
            continue
        if not camel and case_variants._beside_capital(text, m.start(1), m.end(1)):
            continue
        out.append((m.start(1), m.end(1), good, {"word": word, "other": good}))
    return out


def _name_forms(doc):
    return [(h.start, h.end, h.suggestion, dict(h.fields)) for h in case_variants.name_forms(doc, {})]


def _inner_caps(text):
    return [m.span(1) for m in case_variants._inner_caps_words(text)]


def _inner_caps_plain(text):
    return [m.span(1) for m in case_variants._INNER_CAPS_WORD.finditer(text)]


CASED_PIECES = ("WeChat Wechat wechat iPhone iphone Iphone CATL Catl catl x.y JD.com jd.com e-mail @Wechat #CATL a/b & ' "
                "’ . - abcDef abc-Def Abcdef McDonald Mcdonald mcdonald's Mc é Café x.Wechat Wechat.com WechatPay "
                "ABCd US Us BYD Byd").split(" ")
CASED_SEPARATORS = (" ", " ", "", ". ", "\n", "'s ", "-", ", ", "\u00a0")


def _cased_texts(n, seed):
    rng = random.Random(seed)
    return [pieced_text(rng, CASED_PIECES, CASED_SEPARATORS, 1, 25) for _ in range(n)]


def test_name_forms_the_same_as_every_cased_word_read_on_the_corpora():
    docs = [Document.from_text(text) for text in _texts()]
    same_matches(docs, _name_forms, _name_forms_plain)  # its asserts: these texts have few such slips, if any
    assert same_matches([d.text for d in docs], _inner_caps, _inner_caps_plain) > 200


def test_name_forms_the_same_on_random_texts_of_the_patterns_pieces():
    texts = _cased_texts(4000, 41)
    assert same_matches(texts, _inner_caps, _inner_caps_plain) > 3000
    assert same_matches([Document.from_text(t) for t in texts], _name_forms, _name_forms_plain) > 300


# The patterns whose test of the character before now stands after their first capital, as they
# were: the same matches, found faster (``re`` tries them at capitals only).
_RUN_BEFORE = re.compile(r"(?<![\w'’&.-])"
                         r"([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \u00a0][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,3})"
                         r"(?![\w'’&–—-])(?![ \u00a0]+[A-Z])")
_NAME_PAIR_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \u00a0]([A-Z][a-z]{2,})(?![\w'’-])")
_NAME_THEN_LOWER_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \u00a0]([a-z]{3,})(?![\w'’@/-]|\.\w)")
_MOVED = ((case_variants._RUN, _RUN_BEFORE), (capital_shapes._NAME_PAIR, _NAME_PAIR_BEFORE),
          (capital_shapes._NAME_THEN_LOWER, _NAME_THEN_LOWER_BEFORE))
RUN_PIECES = ("Huawei Technologies technologies Rural Revitalisation Strategy strategy Five-Year Plan plan Ab abc "
              "X.Huawei x-Rural &Rural 'Rural ’Rural .Rural Rural– Geely Auto auto é Éclair 2Rural _Rural").split(" ")


def _spans(pattern):
    return lambda text: [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_moved_tests_of_the_character_before_match_as_before():
    rng = random.Random(27)
    texts = list(_texts()) + [pieced_text(rng, RUN_PIECES, (" ", " ", "", "\u00a0", "-", ". "), 1, 20)
                              for _ in range(3000)]
    for moved, before in _MOVED:
        assert same_matches(texts, _spans(moved), _spans(before)) > 1000, before.pattern


def test_lower_pairs_listed_by_findall_as_by_finditer():
    # ``_written_lower_pair`` lists the document's pairs with ``findall`` (speed32b)
    for text in _texts():
        assert set(capitalization._LOWER_PAIR.findall(text)) == \
            {(m.group(1), m.group(2)) for m in capitalization._LOWER_PAIR.finditer(text)}
