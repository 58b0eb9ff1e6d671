"""The ``terms`` detector: modern Chinese compounds rendered one character at a time.

Cases run the bundled ``mt-garbled-compound`` rule of ``rules.yaml`` alone, or a rule built here
over a small terms file; spans and suggestions are pinned, not only "something fired"."""
import os

import pytest
import yaml

from audit import Severity, check_text, load_rules
from audit.detectors import terms
from audit.glossary import cached_glossary
from audit.rules import RuleError
import rule_helpers

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULE_ID = "mt-garbled-compound"
TERMS_FILE = os.path.join(ROOT, "references", "modern_terms.yaml")
GLOSSARY = os.path.join(ROOT, "references", "glossary.yaml")


def bundled_rule() -> dict:
    """The bundled rule, as data (a copy of its own: ``rule_helpers.bundled_rule``, which parses
    ``rules.yaml`` once per process, where each one-rule catalog here parsed it again)."""
    return rule_helpers.bundled_rule(RULE_ID)


@pytest.fixture(scope="module")
def rule(tmp_path_factory):
    path = tmp_path_factory.mktemp("terms") / "rules.yaml"
    rule = dict(bundled_rule(), path=TERMS_FILE, glossary=GLOSSARY)
    path.write_text(yaml.safe_dump([rule], allow_unicode=True), encoding="utf-8")
    return load_rules(str(path))


def found(catalog, text):
    out = []
    for f in check_text(text, catalog, Severity.INFO):
        assert text[f.start:f.end] == f.text
        out.append((f.text, f.suggestion))
    return out


def small_rule(tmp_path, terms_yaml: str, **params):
    """A one-rule catalog of type terms over the terms file ``terms_yaml``, no glossary."""
    (tmp_path / "terms.yaml").write_text(terms_yaml, encoding="utf-8")
    rule = dict(bundled_rule(), path="terms.yaml", glossary="", **params)
    rule["examples"] = {"flag": ["unused here"], "pass": ["unused here"]}  # the loader wants both lists
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump([rule], allow_unicode=True), encoding="utf-8")
    return load_rules(str(path))


FLAGGED = [
    ("Test roads for intelligent net connection cars opened.", "intelligent net connection cars",
     "intelligent connected vehicles"),
    ("The province will build an arithmetic power network hub.", "arithmetic power network",
     "computing power network"),
    ("The chip supports end side intelligent bodies.", "end side intelligent bodies", "on-device AI agents"),
    ("Villages developed the forest under economy.", "forest under economy", "under-forest economy"),
    ("Employers must pay the five dangers and one gold.", "five dangers and one gold",
     "social insurance and housing provident fund"),
    ("Smart web joint vehicles were tested.", "Smart web joint vehicles", "Intelligent connected vehicles"),
    ("Sales of white family electricity fell.", "white family electricity", "white goods"),
    # two glosses joined by a hyphen: the parts are words of the run ...
    ("The province set up a fund for the low-empty economy.", "low-empty economy", "low-altitude economy"),
    # ... and a hyphenated pair that is one English word written whole is read as that word too
    ("The city hosts the industry inter-connect net summit.", "industry inter-connect net",
     "industrial Internet"),
    # ... and the two words of a hyphenated pair may render two units head last, as English
    # compounds are written (卡脖子: 卡 "stuck", 脖子 "neck")
    ("Firms must break through neck-stuck technologies.", "neck-stuck technologies",
     "chokepoint technologies"),
    # terms of the fifth round (2018-2026 news)
    ("The pilot tests vehicle-net interaction in three districts.", "vehicle-net interaction",
     "vehicle-grid interaction"),
    ("Residents must not charge electric move self-walking cars indoors.", "electric move self-walking cars",
     "electric bicycles"),
    # a two-character verb-object part rendered head last, the verb as a noun (弃光率, 弃 "abandon")
    ("The light abandonment rate fell to 3 percent.", "light abandonment rate", "solar curtailment rate"),
    # sixteenth round, second pass: domain vocabulary (manufacturing, ecology, banking, customs,
    # housing), terms written from knowledge
    ("The company built a black lamp factory in Suzhou.", "black lamp factory", "lights-out factory"),
    ("The city promoted carbon universal benefit among residents.", "carbon universal benefit",
     "carbon inclusion"),
    ("The bank cut the net interest difference again.", "net interest difference", "net interest margin"),
    ("Trade through the land road mouth bank rose.", "land road mouth bank", "land port"),
    ("Residents complained about the group rent houses in the area.", "group rent houses",
     "overcrowded rentals"),
    ("The bank expanded its support small re-loan program.", "support small re-loan",
     "relending for small businesses"),
]


@pytest.mark.parametrize("text,span,suggestion", FLAGGED)
def test_a_rendering_is_flagged_with_the_accepted_english(rule, text, span, suggestion):
    assert found(rule, text) == [(span, suggestion)]


PASSED = [
    "Test roads for intelligent connected vehicles opened.",       # the accepted English
    "Smart connected cars were tested.",                           # another accepted form
    "Large data sets are used to train the model.",                # a part rendered whole: 大 "large"
    "A new energy source is needed for the probe.",                # the dictionary's own sense of 能源
    "The ministry sent working groups to both provinces.",         # two words: an English collocation
    "Net, connection and car were the three words on the card.",   # a clause boundary inside
    "The Net Connection Car Company was founded in 1990.",         # names render nothing
    "Test roads for smart vehicles and net connection opened.",    # the characters out of order
    "The plan backs computing-power trading platforms.",           # a run starting inside a compound
    "The city hosts the industrial Internet summit.",              # the accepted English
    "The pilot tests vehicle-to-grid charging in three districts.",
    "Prices of second-hand homes fell in 70 cities.",
    "They inter-connect the two nets at the port.",                # no term rendered whole
    "Villages developed the under-forest economy.",                # head last, as the accepted form
    "Firms must break through chokepoint technologies.",
    "They bought energy-saving lamps and stuck-neck bottles.",     # 节能 in its own sense; no term
    # fourteenth round, blind clean sets: a finite past form renders nothing through its base verb
    # (took: 管 "take"), and two words turned round must end on a noun made from a verb
    "The largest exchange of the war took place in May.",
    "Leasehold reform bill clears Commons despite backbench revolt.",
    "The leasehold reform bill cleared its first hurdle on Tuesday.",
    '"It was delivered first class and signed for," he told supporters.',
    # sixteenth round, second pass: the accepted English of new terms, and clean-set English that
    # drafted entries read as renderings (高速公路服务区 before it listed "highway service areas";
    # 号贩子 and 知识产权法院, left out)
    "The company built a lights-out factory in Suzhou.",
    "The bank cut its net interest margin again.",
    "Highway service areas still see long lines during the holidays.",
    "Online shopping has taken a large bite out of the business of selling things.",
    "Gao Ruiqing, a professor of intellectual property law, said the ruling was clear.",
]


@pytest.mark.parametrize("text", PASSED)
def test_english_and_near_misses_pass(rule, text):
    assert found(rule, text) == []


def test_hyphenated_words_that_are_one_english_word_are_joined():
    toks = terms._tokens("an inter-connect net, a computing-power grid, co-operation", 0, 58)
    joined = {t.word: t.joined for t in toks}
    assert joined["inter"] == terms.word_stems("interconnect")
    assert joined["co"] == terms.word_stems("cooperation")
    assert joined["computing"] == () and joined["connect"] == () and joined["net"] == ()
    assert terms._joined_stems("vehiclenet") == ()


def test_the_plausibility_screen_reads_a_hyphenated_pair_as_one_word():
    text = "industry inter-connect net"
    toks = terms._tokens(text, 0, len(text))
    stems = frozenset(terms.word_stems("industry") + terms.word_stems("interconnect") + terms.word_stems("net"))
    assert terms._plausible(stems, toks, 0, 2, frozenset())
    assert not terms._plausible(stems - set(terms.word_stems("interconnect")), toks, 0, 2, frozenset())


def test_every_character_must_be_rendered(rule):
    # 智能网联汽车 without 汽车: no term is rendered whole
    assert found(rule, "The intelligent net connection was slow.") == []


def test_glue_words_and_the_minimum_of_words(tmp_path):
    small = "glosses:\n  联: [connection]\nterms:\n  - {zh: 网联 汽车, en: [connected vehicle]}\n"
    cat = small_rule(tmp_path, small)
    assert found(cat, "We tested net connection cars.") == [("net connection cars", "connected vehicles")]
    assert found(cat, "We tested net and connection cars.") == [("net and connection cars", "connected vehicles")]
    assert found(cat, "We tested net the connection cars.") == []  # "the" is no glue
    cat3 = small_rule(tmp_path, small, min_words=4)
    assert found(cat3, "We tested net connection cars.") == []


def test_a_split_part_rendered_by_accepted_words_is_not_literal(tmp_path):
    # 新型: "new" and "type" are its dictionary sense, so "new type infrastructure" is left to
    # mt-garbled-term-parts-2; a part rendered by the accepted English is a translation
    cat = small_rule(tmp_path, "terms:\n  - {zh: 新型 基础设施, en: [new infrastructure]}\n", longer=False)
    assert found(cat, "Investment in new type infrastructure rose.") == []
    # with longer (sixteenth round), three words where every accepted form has two are the
    # parts rendered one by one; a form of three words says they are English
    cat = small_rule(tmp_path, "terms:\n  - {zh: 新型 基础设施, en: [new infrastructure]}\n", longer=True)
    assert found(cat, "Investment in new type infrastructure rose.") == [("new type infrastructure", "new infrastructure")]
    cat = small_rule(tmp_path, "terms:\n  - {zh: 新型 基础设施, en: [new infrastructure, new types of infrastructure]}\n",
                     longer=True)
    assert found(cat, "Investment in new type infrastructure rose.") == []
    cat = small_rule(tmp_path, "glosses:\n  联: [connection]\nterms:\n  - {zh: 网联 汽车, en: [net connection car]}\n")
    assert found(cat, "We tested net connection cars.") == []


def test_extra_glosses_of_the_file_render_characters(tmp_path):
    without = small_rule(tmp_path, "terms:\n  - {zh: 算力 网络, en: [computing power network]}\n")
    # 算 "calculate" is CC-CEDICT's; "calculation" reaches it without its suffix
    assert found(without, "A calculation power network was built.") == [("calculation power network", "computing power network")]
    cat = small_rule(tmp_path, "glosses:\n  算: [reckoning]\nterms:\n  - {zh: 算力 网络, en: [computing power network]}\n")
    assert found(cat, "A reckoning power network was built.") == [("reckoning power network", "computing power network")]
    assert found(without, "A reckoning power network was built.") == []


def test_glossary_terms_count_with_their_canonical_form(tmp_path):
    glossary = tmp_path / "glossary.yaml"
    glossary.write_text("version: 1\nentries:\n  - canonical: Internet of Things\n    zh: 物联网\n    kind: technology\n"
                        "    variants: [thing networking]\n",
                        encoding="utf-8")
    cat = small_rule(tmp_path, "terms: []\n")
    assert found(cat, "Sensors form an object join network.") == []
    rule = dict(bundled_rule(), path="terms.yaml", glossary="glossary.yaml")
    rule["examples"] = {"flag": ["unused here"], "pass": ["unused here"]}  # the loader wants both lists
    path = tmp_path / "rules2.yaml"
    path.write_text(yaml.safe_dump([rule], allow_unicode=True), encoding="utf-8")
    assert found(load_rules(str(path)), "Sensors form an object join network.") == [
        ("object join network", "Internet of Things")]


@pytest.mark.parametrize("content,message", [
    ("terms: [{zh: abc, en: [x]}]\n", "terms[0] 'abc': key 'zh'"),
    ("terms: [{zh: 网联, en: []}]\n", "terms[0] '网联': key 'en'"),
    ("terms: [{zh: 网联, en: [x], note: y}]\n", "key 'note': unknown key"),
    ("terms: [{zh: 网联, en: [x]}, {zh: 网 联, en: [y]}]\n", "listed twice"),
    ("glosses: {abc: [x]}\nterms: []\n", "glosses: key 'abc'"),
    ("terms: [\n", "invalid YAML"),
    ("- just a list\n", "expected a mapping with a 'terms' list"),
])
def test_a_bad_terms_file_is_one_error_naming_file_entry_and_key(tmp_path, content, message):
    with pytest.raises(RuleError) as info:
        small_rule(tmp_path, content)
    assert message in str(info.value) and "terms.yaml" in str(info.value)


def test_a_terms_file_is_read_for_its_errors_once_per_content(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    good = tmp_path / "good.yaml"
    good.write_text("terms: [{zh: 网联, en: [connected]}]\n", encoding="utf-8")
    reads = []
    real = terms.read_terms
    monkeypatch.setattr(terms, "read_terms", lambda path: reads.append(path) or real(path))
    terms._check_terms_file(str(good))
    terms._check_terms_file(str(good))                     # noted: not read again
    assert reads == [str(good)]
    good.write_text("terms: [{zh: 网联, en: [linked]}]\n", encoding="utf-8")
    terms._check_terms_file(str(good))                     # another content: read
    assert reads == [str(good)] * 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("terms: [{zh: 网联, en: []}]\n", encoding="utf-8")
    for _ in range(2):                                      # an error is never noted: raised every time
        with pytest.raises(terms.TermsError, match="key 'en'"):
            terms._check_terms_file(str(bad))
    assert reads == [str(good)] * 2 + [str(bad)] * 2


def test_a_missing_terms_file_is_named(tmp_path):
    rule = dict(bundled_rule(), path="nowhere.yaml")
    rule["examples"] = {"flag": ["unused here"], "pass": ["unused here"]}  # the loader wants both lists
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump([rule], allow_unicode=True), encoding="utf-8")
    with pytest.raises(RuleError, match="terms file not found: nowhere.yaml"):
        load_rules(str(path))


def test_the_bundled_terms_file_reads_and_repeats_no_glossary_term():
    listed, extra = terms.read_terms(TERMS_FILE)
    assert len(listed) >= 300 and extra
    in_glossary = {e.zh for e in cached_glossary(GLOSSARY).entries if e.zh}
    repeated = sorted("".join(parts) for parts, _ in listed if "".join(parts) in in_glossary)
    assert repeated == []  # one home for each accepted English


def test_accepted_forms_draw_no_finding_from_the_catalog():
    # every accepted form (the first is the suggestion) in a carrier; rules that compare one
    # form with another in the same document (consistency) are left out, since the carrier
    # holds every form of every term at once
    catalog = load_rules()
    # holds every form of every term at once; name-letter-case compares a name's letters with the
    # document's own ("LiDAR" beside "lidar") and is left out for the same reason
    rules = [r for r in catalog.rules if r.type != "consistency" and r.id != "name-letter-case"]
    listed, _ = terms.read_terms(TERMS_FILE)
    text = "\n\n".join(f"Officials said {form} would be discussed." for _, en in listed for form in en)
    bad = [(f.rule, f.text) for f in check_text(text, rules) if f.severity >= Severity.MINOR]
    assert bad == []


def test_more_words_than_every_accepted_form_are_a_rendering(tmp_path):
    # sixteenth round: each part rendered in a dictionary sense, one word more than English says
    cat = small_rule(tmp_path, "terms:\n  - {zh: 银发 经济, en: [silver economy]}\n", longer=True)
    assert found(cat, "The silver hair economy is growing.") == [("silver hair economy", "silver economy")]
    assert found(cat, "The silver economy is growing.") == []
    cat = small_rule(tmp_path, "terms:\n  - {zh: 银发 经济, en: [silver economy]}\n", longer=False)
    assert found(cat, "The silver hair economy is growing.") == []
    # one word part: the run is CC-CEDICT's own gloss of the term (新能源 "new energy source")
    cat = small_rule(tmp_path, "terms:\n  - {zh: 新能源, en: [new energy]}\n", longer=True)
    assert found(cat, "A new energy source is needed for the probe.") == []


def test_an_adjective_of_a_gloss_noun_renders_but_ends_no_rendering(tmp_path):
    # sixteenth round: "ecological" renders 生态 ("ecology"), "industrial" 工业 ("industry")
    assert "ecology" in terms.word_stems("ecological")
    assert "industry" in terms.word_stems("industrial")
    assert "geography" in terms.word_stems("geographical")
    assert "tolerat" in terms.word_stems("tolerance")
    cat = small_rule(tmp_path, "terms:\n  - {zh: 生态 产品 价值 实现, en: [realization of ecological product value]}\n")
    assert found(cat, "Pilots of ecological product value realization began.") == [
        ("ecological product value realization", "realization of ecological product value")]
    # an adjective at the end of the run modifies the word after it: "rules on industrial safety"
    cat = small_rule(tmp_path, "terms:\n  - {zh: 规上 工业, en: [large industrial firms]}\n", min_words=3)
    assert found(cat, "New rules on industrial safety took effect.") == []


def test_word_stems_take_off_noun_suffixes():
    assert terms.word_stems("payment")[1:] == ("pay",)
    assert "connect" in terms.word_stems("connection")
    assert terms.word_stems("cars") == ("car",)
    assert "intelligent" in terms.word_stems("intelligence")  # 智能 "intelligent"
    assert "important" in terms.word_stems("importance")


def test_a_final_suffix_may_be_left_unrendered(tmp_path):
    # 一体化: the engine writes "one body" and drops 化 ("-ization"); rendered, 化 is taken too
    cat = small_rule(tmp_path, "glosses:\n  一: [one]\n  乡: [village]\nterms:\n  - {zh: 城乡 一体化, en: [urban-rural integration]}\n")
    assert found(cat, "The county pushed city village one body reform.") == [
        ("city village one body", "urban-rural integration")]
    assert found(cat, "The county pushed city village one body change.") == [
        ("city village one body change", "urban-rural integration")]


def test_the_longest_rendering_wins_over_a_shorter_charitable_one(tmp_path):
    # "electricity" renders 电 and also the whole of 电厂 ("electric power plant"); the rendering
    # that stops there is two words, the one that goes on to "factory" for 厂 is the error
    cat = small_rule(tmp_path, "terms:\n  - {zh: 虚拟 电厂, en: [virtual power plant]}\n")
    assert found(cat, "The city built a virtual electricity factory.") == [
        ("virtual electricity factory", "virtual power plant")]
    assert found(cat, "The city built a virtual power plant.") == []


def test_two_characters_of_one_part_with_a_shared_gloss_are_one_word(tmp_path):
    # 穿 and 戴 both gloss "wear" (here the file's glosses, as in the bundled file): 穿戴 is
    # rendered by one "wear"
    text = "Shops sold more can wear equipment."
    cat = small_rule(tmp_path, "glosses:\n  可: [can]\n  穿: [wear]\n  戴: [wear]\nterms:\n  - {zh: 可穿戴 设备, en: [wearable device]}\n")
    assert found(cat, text) == [("can wear equipment", "wearable device")]
    # not across two parts: 插电混动, where 电 and 混 share "get"
    cat = small_rule(tmp_path, "terms:\n  - {zh: 插电 混动, en: [plug-in hybrid]}\n")
    assert found(cat, "The new systems would take getting used to.") == []


def test_dictionary_terms_count_when_asked_and_the_file_wins(tmp_path, monkeypatch):
    # CC-CEDICT's own entries (``dictionary_terms``; measured in the README, not bundled), stood in
    # for by two entries: one the terms file lists too (the file's English wins), one it does not
    monkeypatch.setattr(terms, "_dictionary_terms", lambda heads="": [
        (("网联", "汽车"), ("networked automobile",)), (("算力", "网络"), ("computing power network",))])
    small = "glosses:\n  联: [connection]\nterms:\n  - {zh: 网联 汽车, en: [connected vehicle]}\n"
    text = "We tested net connection cars on a calculation power network."
    assert found(small_rule(tmp_path, small), text) == [("net connection cars", "connected vehicles")]
    assert found(small_rule(tmp_path, small, dictionary_terms=True), text) == [
        ("net connection cars", "connected vehicles"), ("calculation power network", "computing power network")]


def test_dictionary_heads_keep_nouns_of_things_and_places():
    # ``dictionary_heads`` (measured in the README, not bundled): entries ending in a listed head
    # character, with no verb sense
    kept = terms._dictionary_terms(heads="站")
    assert kept and all("".join(parts)[-1] == "站" for parts, _ in kept)
    assert not any(e.lower().startswith("to ") for _, en in kept for e in en)
    assert any("".join(parts) == "火车站" for parts, _ in kept)


def test_accepted_words_in_the_chinese_order_are_a_rendering(rule, tmp_path):
    assert found(rule, "The plant makes storage energy batteries.") == [
        ("storage energy batteries", "energy storage batteries")]
    assert found(rule, "The plant makes energy storage batteries.") == []
    cat = small_rule(tmp_path, "terms:\n  - {zh: 储能 电池, en: [energy storage battery]}\n", order=False)
    assert found(cat, "The plant makes storage energy batteries.") == []


def plain_openings(words, pairs: frozenset, glue: frozenset) -> set:
    """The clause screen written plainly, the reference ``terms._opening_positions`` is held
    to: positions of the words that, with the next word (or the one after a glue word), may
    render the first two units of some term (a pair of ``pairs``)."""
    stems = [terms.word_stems(w.lower().replace("’", "'")) for w in words]
    out = set()
    for i in range(len(words) - 1):
        nxt = [stems[i + 1]]
        if i + 2 < len(words) and words[i + 1].lower() in glue:
            nxt.append(stems[i + 2])
        if any((a, b) in pairs for a in stems[i] for group in nxt for b in group):
            out.add(i)
    return out


@pytest.mark.parametrize("screen", ["plain", "the detector's"])
def test_the_clause_screen_lets_an_opening_pair_through_and_nothing_else(screen):
    key = terms.file_key(TERMS_FILE, GLOSSARY)
    pairs, glue = terms.load_terms(key)[2], frozenset({"of", "and"})
    index = terms._opening_index(key, glue)

    def openings(words):
        return plain_openings(words, pairs, glue) if screen == "plain" else terms._opening_positions(words, index, glue)

    assert openings(["for", "intelligent", "net", "connection", "cars"]) == {1, 2}
    assert openings(["five", "dangers", "and", "one", "gold"]) >= {0}
    assert openings(["the", "minister", "said", "on", "Monday"]) == set()


def _corpus_clauses():
    import glob

    from audit.analysis import Analysis

    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))
    paths += sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    texts = [open(p, encoding="utf-8").read() for p in paths]
    with open(os.path.join(ROOT, "benchmarks", "data", "terms_dev.yaml"), encoding="utf-8") as fh:
        dev = yaml.safe_load(fh)
    texts += [item["text"] for item in dev["items"]] + dev.get("pass", [])  # items are mappings, pass sentences strings
    return [words for text in texts for _, _, words in Analysis(text).clauses]


GLUES = [frozenset({"of", "and"}), frozenset(), frozenset({"of", "and", "for", "the"})]


@pytest.mark.parametrize("glue", GLUES)
def test_the_fast_opening_screen_equals_the_plain_one_on_real_clauses(glue):
    key = terms.file_key(TERMS_FILE, GLOSSARY)
    pairs, index = terms.load_terms(key)[2], terms._opening_index(key, glue)
    clauses = _corpus_clauses()
    assert len(clauses) > 1000
    opened = 0
    for words in clauses:
        expected = plain_openings(words, pairs, glue)
        assert terms._opening_positions(words, index, glue) == expected, words
        opened += bool(expected)
    assert opened > 10  # the comparison saw clauses that open a rendering


@pytest.mark.parametrize("glue", GLUES)
def test_the_fast_opening_screen_equals_the_plain_one_on_word_salad(glue):
    """Words drawn from the opening pairs' own renderings, glue words and others, in any
    order and capitalisation: every opening the plain screen finds, and no other."""
    import random

    from audit.detectors.literal_index import stem

    key = terms.file_key(TERMS_FILE, GLOSSARY)
    pairs, index = terms.load_terms(key)[2], terms._opening_index(key, glue)
    opening_words = sorted(set("intelligent net connection cars storage energy batteries calculation power network "
                               "five dangers one gold payment arithmetic smart web joint vehicle end side body".split()))
    vocab = opening_words + ["of", "and", "the", "Of", "AND", "for", "said", "Monday", "don't", "China’s"]
    rng = random.Random(7)
    opened = 0
    for _ in range(3000):
        words = [rng.choice(vocab) for _ in range(rng.randint(0, 9))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.1 else w for w in words]
        expected = plain_openings(words, pairs, glue)
        assert terms._opening_positions(words, index, glue) == expected, words
        opened += bool(expected)
    assert any(stem(w) in {a for a, _ in pairs} for w in opening_words)
    assert opened > 100, opened  # the lists compared include many that open a rendering


def _clause_by_clause(text, clauses, need, index, glue):
    """``terms._screened_clauses`` written clause by clause: the form it is held to."""
    out = []
    for start, end, words in clauses:
        if len(words) <= need:
            continue
        opening = terms._opening_positions(words, index, glue)
        if opening or "-" in text[start:end]:
            out.append((start, end, words, opening))
    return out


@pytest.mark.parametrize("glue", GLUES)
@pytest.mark.parametrize("need", [1, 2, 3])
def test_the_screen_of_a_whole_text_equals_the_screen_clause_by_clause(glue, need):
    """One opening screen over the words of every clause in a row (``_screened_clauses``): the
    same clauses and positions as the screen run on each clause alone, whatever clause a
    pair would straddle; texts of word salad with clause breaks and hyphens, and real ones."""
    import glob
    import random

    from audit.analysis import Analysis

    key = terms.file_key(TERMS_FILE, GLOSSARY)
    index = terms._opening_index(key, glue)
    vocab = ("intelligent net connection cars storage energy batteries calculation power network five dangers "
             "one gold payment arithmetic smart web joint vehicle end side body of and the for said").split()
    rng = random.Random(11)
    texts = []
    for _ in range(400):
        parts = [rng.choice(vocab) + rng.choice(["", "", "", " ", "-", ", ", ". ", "\n", " - ", " (", ") "])
                 for _ in range(rng.randint(0, 30))]
        texts.append(" ".join(parts))
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))[:20]
    texts += [open(p, encoding="utf-8").read() for p in paths]
    opened = 0
    for text in texts:
        clauses = Analysis(text).clauses
        expected = _clause_by_clause(text, clauses, need, index, glue)
        assert list(terms._screened_clauses(text, clauses, need, index, glue)) == expected, text
        opened += any(e[3] for e in expected)
    assert opened > 40  # texts with clauses that open a rendering


def test_another_sense_of_a_part_word_for_word_is_a_rendering(tmp_path):
    # 排放 is "discharge" and "emission"; the accepted form says "emission": three words, one
    # of them another sense of the same word, the others as the form has them
    cat = small_rule(tmp_path, "terms:\n  - {zh: 碳 排放权, en: [carbon emission rights]}\n", senses=3)
    assert found(cat, "Firms traded carbon discharge rights.") == [("carbon discharge rights", "carbon emission rights")]
    assert found(cat, "Firms traded carbon emission rights.") == []
    # two words are English too often ("big numbers" for 大数据, "food safety" for 粮食安全)
    cat = small_rule(tmp_path, "terms:\n  - {zh: 大 数据, en: [big data]}\n", senses=2, min_words=2)
    assert found(cat, "Children like big numbers.") == [("big numbers", "big data")]
    cat = small_rule(tmp_path, "terms:\n  - {zh: 大 数据, en: [big data]}\n", senses=3)
    assert found(cat, "Children like big numbers.") == []
    # "firms" and "enterprises" stand for one another in English names: not another sense
    cat = small_rule(tmp_path, "terms:\n  - {zh: 小微 企业, en: [small and micro enterprises]}\n", senses=3)
    assert found(cat, "Small and micro firms need credit.") == []


def test_the_stored_opening_pairs_are_the_worked_out_ones():
    """The table keeps the opening pairs grouped by first stem (``_Pairs``): the same set of
    pairs as ``_opening_pairs`` of the terms, and the same answers to membership."""
    key = terms.file_key(TERMS_FILE, GLOSSARY)
    compiled, _, pairs, _, _ = terms.load_terms(key)
    want = frozenset(terms._opening_pairs(compiled))
    assert len(pairs) == len(want) and frozenset(pairs) == want
    a, b = next(iter(want))
    assert (a, b) in pairs and (b + "\0", a) not in pairs and "ab" not in pairs and None not in pairs


def test_the_stored_second_stems_and_the_lazy_groups_are_the_pairs_own():
    """The table stores every stem a pair has second (``_Pairs.seconds``) beside the groups,
    and ``_opening_index`` makes a group a frozenset only when its first stem is looked up
    (``_Follows``): the same stems as the pairs, made once, and a KeyError for a stem that
    opens no pair, as a dict gives."""
    key = terms.file_key(TERMS_FILE, GLOSSARY)
    pairs = terms.load_terms(key)[2]
    assert pairs.seconds == frozenset(b for _, b in pairs) == terms._Pairs(pairs.follows).seconds
    assert all(type(group) is tuple and list(group) == sorted(set(group)) for group in pairs.follows.values())
    follows = terms._Follows(pairs.follows)
    assert len(follows) == 0  # nothing made before a look-up
    first = next(iter(pairs.follows))
    made = follows[first]
    assert made == frozenset(pairs.follows[first]) and type(made) is frozenset
    assert follows[first] is made and len(follows) == 1
    with pytest.raises(KeyError):
        follows["\0 no stem"]
    assert terms._opening_index(key, frozenset({"of", "and"}))[0].stored is pairs.follows


def _candidate_texts():
    import glob
    import random

    vocab = ("intelligent net connection cars storage energy batteries calculation power network five dangers "
             "one gold payment arithmetic smart web joint vehicle end side body of and the for said new "
             "quality productive forces digital twin number").split()
    rng = random.Random(5)
    texts = []
    for _ in range(300):
        parts = [rng.choice(vocab) + rng.choice(["", "", "", " ", "-", ", ", ". ", " - "])
                 for _ in range(rng.randint(0, 30))]
        texts.append(" ".join(parts))
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "corpus", "clean", "*.txt")))[:30]
    paths += sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.txt")))
    return texts + [open(p, encoding="utf-8").read() for p in paths]


@pytest.mark.parametrize("glue", GLUES)
def test_the_candidate_screen_keeps_every_plausible_term(glue):
    """``_may_follow`` turns a candidate term away only where ``_plausible`` would, whatever the
    number of words needed: it reads the stems of the words up to the first one after the next
    that is not a glue word, where the first counted word must stand."""
    from audit.analysis import Analysis

    term_list, starts, _, term_stems, _ = terms.load_terms(terms.file_key(TERMS_FILE, GLOSSARY))
    checked = turned_away = 0
    for text in _candidate_texts():
        for start, end, _ in Analysis(text).clauses:
            toks = terms._tokens(text, start, end)
            for i, tok in enumerate(toks):
                stems = tok.stems + tok.joined + (toks[i + 1].stems if tok.hyphen else ())
                distinct = dict.fromkeys(k for st in stems for k in starts.get(st, ()))
                kept = list(terms._may_follow(distinct, term_stems, toks, i, glue))
                assert len(kept) == len(distinct)
                for k, may in zip(distinct, kept):
                    for need in (1, 2, 3):
                        if terms._plausible(term_stems[k], toks, i, need, glue):
                            assert may, (text[start:end], i, term_list[k].zh)
                    checked += 1
                    turned_away += not may
    assert checked > 10_000 and turned_away > checked // 2


def test_findings_with_and_without_the_candidate_screen_are_the_same(monkeypatch):
    from audit.analysis import Analysis

    state = load_rules(os.path.join(ROOT, "rules.yaml")).get(RULE_ID).state
    texts = _candidate_texts()
    screened = [terms.find(t, state, Analysis(t)) for t in texts]
    monkeypatch.setattr(terms, "_may_follow", lambda candidates, *args: [True] * len(candidates))
    monkeypatch.setattr(terms, "_EMPTY", {})  # every clause looked at again, none passed over
    assert [terms.find(t, state, Analysis(t)) for t in texts] == screened
    assert sum(map(len, screened)) > 0


def test_a_clause_that_lists_nothing_is_passed_over_when_met_again(monkeypatch):
    # ``find`` remembers, per rule state, the text of a screened clause in which
    # ``_clause_renderings`` listed nothing, and passes it over when it comes again; the
    # findings are those of looking at every clause.
    from audit.analysis import Analysis

    state = load_rules(os.path.join(ROOT, "rules.yaml")).get(RULE_ID).state
    texts = _candidate_texts() + [t for t, _, _ in FLAGGED]
    monkeypatch.setattr(terms, "_EMPTY", {})
    first = [terms.find(t, state, Analysis(t)) for t in texts]
    empty = set(terms._empty_clauses(state))
    assert empty and sum(map(len, first)) > 0
    again = [terms.find(t, state, Analysis(t)) for t in texts]
    monkeypatch.setattr(terms, "_EMPTY", {})
    plain = []
    for t in texts:
        terms._EMPTY.clear()
        plain.append(terms.find(t, state, Analysis(t)))
    assert again == first == plain
    # a remembered clause costs no listing the second time; a flagged one is listed each time
    calls = []
    listing = terms._clause_renderings
    monkeypatch.setattr(terms, "_clause_renderings", lambda text, s, e, *a: calls.append(text[s:e]) or listing(text, s, e, *a))
    clause = min(empty, key=len)
    assert clause.strip() and terms.find(f"{clause}\n{clause}\n", state) == []
    assert calls == [clause]
    flagged = FLAGGED[1][0]
    calls.clear()
    assert terms.find(flagged, state) == terms.find(flagged, state) != []
    assert len(calls) == 2


def test_the_stored_term_table_is_keyed_by_the_gloss_code_it_runs(monkeypatch):
    # the table is built with literal_index's gloss_stems: a change there must build it anew
    # (a table kept from before "one-tenth of a peck" stopped reading as "one" went on
    # reading "one workers' group" as 合作社)
    from audit import diskcache
    from audit.detectors import literal_index, terms
    seen = {}

    def capture(name, data_file, modules, params, build, check):
        seen["modules"] = list(modules)
        raise RuntimeError("captured")

    monkeypatch.setattr(diskcache, "derived", capture)
    with pytest.raises(RuntimeError):
        terms.load_terms.__wrapped__(terms.file_key(terms.DEFAULT_PATH, None))
    assert literal_index.__file__ in seen["modules"] and terms.__file__ in seen["modules"]


def test_a_fraction_in_a_measure_gloss_names_no_number():
    from audit.detectors.literal_index import gloss_stems
    stems = gloss_stems(["100 ml", "one-tenth of a peck"])
    assert "one" not in stems and "peck" in stems


def test_stored_units_hold_each_equal_tuple_once():
    # ``_one_each``: equal stems and tuples become one object, values and types unchanged
    one = {}.setdefault
    first = terms._one_each({"car": [[4, 5, False], [5, 5, True]], "vehicl": ((4, 5, False),)}, one)
    second = terms._one_each({"car": [(5, 5, True)], "auto": [(4, 5, False)]}, one)
    assert first == {"car": ((4, 5, False), (5, 5, True)), "vehicl": ((4, 5, False),)}
    assert second == {"car": ((5, 5, True),), "auto": ((4, 5, False),)}
    assert first["car"][0] is first["vehicl"][0] is second["auto"][0]
    assert type(first["car"][1][2]) is bool
    phrases = terms._one_each({"cultur": [("relic", 0, 1)]}, one)
    assert phrases == {"cultur": (("relic", 0, 1),)}


def test_a_run_of_number_words_is_whole_words_only():
    """A count is number words apart ("two thousand million", "fourteen-hundred"); a word that only
    ends in "teen" ("canteen", "velveteen") is none, and a long run is read in linear time."""
    from audit.detectors.terms import _NUMBER_RUN
    assert _NUMBER_RUN.fullmatch("two thousand million")
    assert _NUMBER_RUN.fullmatch("fourteen-hundred and twelve")
    assert not _NUMBER_RUN.fullmatch("one canteen")
    assert not _NUMBER_RUN.fullmatch("velveteen")
    assert not _NUMBER_RUN.fullmatch("teen" * 40 + "x")
