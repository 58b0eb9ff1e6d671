"""The ``capitalization`` type's all_caps mode on words in capitals inside running text:
hyphenated compounds, runs of ordinary words, and long words beside a name."""
import pytest

from rule_helpers import found, one_rule


def catalog(tmp_path, **params):
    params.setdefault("short_words", ["NEW", "BIG"])
    if params.get("mode") == "mid_sentence":
        params.pop("short_words")
    rule = {"id": "c", "type": "capitalization", "category": "fluency/spelling", "severity": "minor",
            "message": "{match}", "description": "test rule", "examples": {"flag": ["x"], "pass": ["y"]},
            "mode": "all_caps", **params}
    return one_rule(tmp_path, rule)


FLAG = [
    ("The city will promote HIGH-QUALITY development.", [("HIGH-QUALITY", "high-quality")]),
    ("We will build WORLD-CLASS ports.", [("WORLD-CLASS", "world-class")]),
    ("The development of NEW ENERGY vehicles accelerated.", [("NEW ENERGY", "new energy")]),
    ("Output of HIGH TECH products rose; Shenzhen led.", [("HIGH TECH", "high tech")]),
    # a long word the document writes in lower case is no surname, even beside a name
    ("The Shenzhen INNOVATION centre opened, and innovation grew.", [("INNOVATION", "innovation")]),
    # a listed short word between lower-case words
    ("We will build a NEW type of power grid.", [("NEW", "new")]),
    # ... or after a lower-case word at the end of its sentence, inside a quotation too
    ('"Everyone wants a car NEW." Prices are BIG.', [("NEW", "new"), ("BIG", "big")]),
    # a determiner opening the quotation is no given name beside the word (issue 9, seventeenth round)
    ('"The SOIL here used to be white," she said. The soil is better now.', [("SOIL", "soil")]),
    # a common word after a capitalised word, but no scheme's noun after it (issue 9, twenty-fifth round)
    ("The city said the Provincial GOVERNMENT would act.", [("GOVERNMENT", "government")]),
    # before a scheme's noun, but the capitalised word opens the sentence
    ("Officials met. Riverside WATCH scheme staff came too.", [("WATCH", "watch")]),
    # before a scheme's noun, but the document writes the word in lower case elsewhere
    ("The council's Riverside WATCH scheme opened; residents watch the banks.", [("WATCH", "watch")]),
]

PASS = [
    "The story ran on XINHUA NEWS first, then on CGTN.",
    "The NEW YORK TIMES was sold out.",  # a run that opens the sentence, with a rare-ish word
    "Patients with COVID-19 and SARS-CoV-2 tests were seen by WHO-CHINA teams.",
    "For queries, contact Frank LIU or ZHANG Wei.",
    "Frank LIU said liu was a common name.",  # a given name still marks a surname in capitals
    "Sales of the BYD-GAC joint venture rose.",
    "The ANTI-MONEY LAUNDERING ACT took effect.",
    "NEW ENERGY: the plan sets targets.",  # a label opening the line
    "Shares of FLUX-DATA and WELL-OFF rose.",
    "The Frank INNOVATION prize went to Amy.",  # not written in lower case elsewhere
    # a very common word in capitals, a scheme's name in its own style (issue 9, twenty-fifth round)
    "Since 2019 the council's Riverside WATCH scheme has cleared 40 kilometres of banks.",
    "The ministry's Healthy Schools FIRST campaigns reached 300 schools.",
    "NEW rules: the WHO and a BIG Data firm met.",  # short words at a line start or beside a capital
    "The firm makes BIG, small and medium cranes. The NEW. Cranes: BIG.",  # a comma ends no sentence; no lower-case word before
]


@pytest.mark.parametrize("text, expected", FLAG)
def test_all_caps_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path), text) == expected


@pytest.mark.parametrize("text", PASS)
def test_all_caps_passes(tmp_path, text):
    assert found(catalog(tmp_path), text) == []


def test_run_longer_than_max_run_is_a_heading(tmp_path):
    text = "the plan of the city government is to BUILD NEW HIGH QUALITY ENERGY systems in the province"
    assert found(catalog(tmp_path, max_run=3), text) == []
    assert found(catalog(tmp_path, max_run=5), text) == [("BUILD NEW HIGH QUALITY ENERGY",
                                                          "build new high quality energy")]


def mid(tmp_path, **params):
    return catalog(tmp_path, mode="mid_sentence", min_zipf=4.0, **params)


@pytest.mark.parametrize("text, expected", [
    ("Imports rose, and exports Increased by 5 percent as sales increased.", [("Increased", "increased")]),
    ("The city's Economy grew, and the economy of the province grew.", [("Economy", "economy")]),
    # a past tense or participle is no name: no lower-case use needed
    ("Imports rose, and exports Increased by 5 percent.", [("Increased", "increased")]),
    # after a linker that follows a lower-case word: no name goes on here
    ("the development of Digital economy and the digital age", [("Digital", "digital")]),
    # no body named "... of Defence" in the document: the capital is not a short name
    ("The plan will strengthen national Defence this year, as defence spending rises.", [("Defence", "defence")]),
])
def test_mid_sentence_flags(tmp_path, text, expected):
    assert found(mid(tmp_path), text) == expected


@pytest.mark.parametrize("text", [
    # never written in lower case here: a name or the house style
    "Imports rose, and the Economy grew.",
    # a short -ed word may be a name
    "The talks were led by Fred and by Ted today.",
    # inside a name, after a linker, before "of", after a capitalised word or a naming word
    "The National Bureau of Statistics said statistics improved; the Ministry of Commerce met the ministry.",
    "Mr Field spoke of the field; the app Moments grew as the moments passed.",
    # a headline in title case
    "Chinese Exports Increased Sharply as imports increased",
    # a rare word is more often a name
    "the city of Wuhan and the wuhan noodles",
    "the Department for Education said education grew",
    # a body named "<head> of <field>" is called by its field alone (Australian and British copy)
    "The Secretary of the Department of Defence spoke. Senators asked whether Defence had cut defence spending.",
])
def test_mid_sentence_passes(tmp_path, text):
    assert found(mid(tmp_path), text) == []


def test_mid_sentence_allow_list(tmp_path):
    text = "Officials said the Commission would meet, and the commission met."
    assert found(mid(tmp_path), text) == [("Commission", "commission")]
    assert found(mid(tmp_path, allow=["Commission"]), text) == []


@pytest.mark.parametrize("text, expected", [
    ("The fund holds 5 billion Yuan in bonds.", [("Yuan", "yuan")]),
    ("Output rose 30 Percent.", [("Percent", "percent")]),
    ("He won 3 Yuan Longping prizes; the fund holds 5 billion yuan.", []),
    ("China's Economy Grows 5.2 Percent in Second Quarter", []),
])
def test_unit_capitalised_after_its_figure(tmp_path, text, expected):
    assert found(mid(tmp_path), text) == expected


# The title_run mode (rule title-case-common-phrase): a common noun phrase in title case, ending
# in a plural, inside a sentence of a story about China (issue 9, seventeenth round: after any lower-case
# content word, every word of Zipf 3 or more, the last a plural noun's).
def _title_case_rule():
    from audit import load_rules
    return [r for r in load_rules().rules if r.id == "title-case-common-phrase"]


@pytest.mark.parametrize("text, expected", [
    ("Insurers in Guangdong, China, advised drivers to keep Repair Invoices and photos.",
     [("Repair Invoices", "repair invoices")]),
    ("Mines in Henan, China, will find and fix Hidden Dangers at factories this year.",
     [("Hidden Dangers", "hidden dangers")]),
    ("Farmers in Hunan, China, sell shiitake, Dried Bamboo Shoots, honey and noodles online.",
     [("Dried Bamboo Shoots", "dried bamboo shoots")]),
    ("Three banks in Gansu, China, merged; the three Credit Cooperatives had bad loans.",
     [("Credit Cooperatives", "credit cooperatives")]),
    # a surname in "s" after a role noun, a run after a preposition or a naming verb
    ("Shanghai, China, went ahead through Brazilian forward Felipe Santos, but Shenhua equalised.", []),
    ("The federation in Beijing, China, said members of Trade Unions rose.", []),
    ("The app in Beijing, China, is called Red Envelopes by its users.", []),
    ("Fans in Shanghai, China, cheered the band Arctic Monkeys and the team Shanghai Sharks.", []),
    ("Fans in Shanghai, China, saw the hosts beat Shanghai Sharks and Qingdao Eagles.", []),
    # a story not about China
    ("Insurers in Ohio advised drivers to keep Repair Invoices and photos.", []),
])
def test_title_case_run_after_a_content_word(text, expected):
    assert found(_title_case_rule(), text) == expected


# -- issue 9, eighteenth round: an adverb in "-ly" before a mark, a doubled phrase, an adjective in capitals --

@pytest.mark.parametrize("text, expected", [
    ("keep the contract and invoice Properly.", [("Properly", "properly")]),
    ("the fees were cut Sharply, officials said", [("Sharply", "sharply")]),
    ("restaurants will be inspected One By One, and those that fail will close", [("One By One", "one by one")]),
    ("the reforms will go ahead Step By Step.", [("Step By Step", "step by step")]),
])
def test_adverb_and_doubled_phrase_in_title_case(tmp_path, text, expected):
    assert found(mid(tmp_path), text) == expected


@pytest.mark.parametrize("text", [
    # a name in "-ly": after a determiner or a preposition, after a comma of places, a rare stem
    "donations may be made to Self-Help for the Elderly.",
    "prosecutors in Agrigento, Sicily, opened an investigation.",
    "a third brand, Firefly, is planned.",
    "she spoke with Claire Donnelly, who teaches driving.",
    # a title after a naming word; a headline in title case
    "she sang the song Side By Side, and the crowd joined in",
    "Engineer Who Taught Skyscrapers to Sway Safely, Dies at 87",
])
def test_adverb_and_doubled_phrase_names_pass(tmp_path, text):
    assert found(mid(tmp_path), text) == []


def test_an_adjective_in_capitals_after_the(tmp_path):
    rule = catalog(tmp_path, min_zipf=3.0)
    assert found(rule, "pay attention to the warnings issued by the METEOROLOGICAL department today") == \
        [("METEOROLOGICAL", "meteorological")]
    # a name in capitals after "the" is a noun
    assert found(rule, "engineers on the ARTEMIS programme said the launch would slip") == []


def test_a_listed_word_in_a_compound_written_in_lower_case(tmp_path):
    rule = mid(tmp_path, allow=["Square"])
    assert found(rule, "they teach square dancing, and she leads one of the Square dance teams") == \
        [("Square", "square")]
    # the name's short form: no lower-case compound of the same stem
    assert found(rule, "crowds filled the Square at dawn, and square dancing began at dusk") == []


def test_an_adverb_between_lower_case_words_needs_no_lower_case_use(tmp_path):
    assert found(mid(tmp_path), "the regulations Strictly prohibit carving on the wall") == [("Strictly", "strictly")]
    # a reply after a handle opens its sentence; a name in "-ly" after "the"
    assert found(mid(tmp_path), "@rainfall_data Really useful thread, thanks") == []
    assert found(mid(tmp_path), "staff at the Weekly reported the fire") == []


# -- issue 9, twentieth round: rarer words written in lower case, title-case runs the document
# -- writes in lower case too, proper names in lower case

def test_a_rarer_word_the_document_writes_in_lower_case(tmp_path):
    rule = mid(tmp_path)
    text = ("Dogs must be kept on a Leash no longer than 1.5 meters. A leash must be held, "
            "and a leash law applies.")
    assert found(rule, text) == [("Leash", "leash")]
    # written in lower case once only, or before an article or a word of another language: a name
    assert found(rule, "Dogs must be kept on a Leash no longer than 1.5 meters. A leash must be held.") == []
    assert found(rule, "We walked round Loch an Eilein. The loch was still, and the loch froze.") == []
    assert found(rule, "She named it Begonia khooae. The begonia grows wild; a begonia flowers.") == []


@pytest.mark.parametrize("text, expected", [
    # singular or plural, after any lower-case word, when the document writes the term in lower case too
    ("Most families in Hebei, China, now use the Air Source Heat Pump, and heat pump sales rose.",
     [("Air Source Heat Pump", "air source heat pump")]),
    ("Homes in Hefei, Anhui, China, get a Smart Water Meter this year; smart water meters cut waste.",
     [("Smart Water Meter", "smart water meter")]),
    # never in lower case: the document's name for it
    ("Most families in Hebei, China, now use the Air Source Heat Pump made in Baoding.", []),
    # a name's head, a longer name, a figure or a bracket after it, a defined term
    ("Officials in Hunan, China, said the Village Committee met; every village committee votes.", []),
    ("The Ministry of Emergency Management in Beijing, China, said emergency management improved.", []),
    ("Pupils in Shenzhen, China, go through Posting Groups 1 and 2; posting groups are set by scores.", []),
    ('Under the lease in Shanghai, China (the "Lease Agreement"), the Lease Agreement runs five years; '
     'a lease agreement is normal.', []),
    # a story not about China
    ("Most families in Ohio now use the Air Source Heat Pump, and heat pump sales rose.", []),
])
def test_title_case_run_written_in_lower_case_elsewhere(text, expected):
    assert found(_title_case_rule(), text) == expected


def _lower_name_rule():
    from audit import load_rules
    return [r for r in load_rules().rules if r.id == "lowercase-proper-name"]


@pytest.mark.parametrize("text, expected", [
    ("Officials in shenzhen said the line would open.", [("shenzhen", "Shenzhen")]),
    ("The plant sells to chinese and japanese carmakers.", [("chinese", "Chinese"), ("japanese", "Japanese")]),
    ("The hearing is on tuesday, and guangdong's output rose.", [("tuesday", "Tuesday"), ("guangdong", "Guangdong")]),
    # a CC-CEDICT place the document writes with its capital inside a sentence as often or more
    ("Farmers in Yizhou District raise silkworms. Cocoon prices in yizhou rose.", [("yizhou", "Yizhou")]),
])
def test_lower_case_proper_name(text, expected):
    assert found(_lower_name_rule(), text) == expected


@pytest.mark.parametrize("text", [
    # the document's own word in lower case, capitalised only where a sentence opens
    "Hukou reform is slow. A local hukou is hard to get, and a rural hukou brings land.",
    # an address, a handle, a gloss in pinyin, Chinese characters, porcelain, a sentence's start
    "See www.beijing.gov.cn or follow @shanghaidaily for the notice.",
    "The phrase (shanghai Zhongguo renmin de ganqing) is common.",
    "The bowls are fine china, and the jars are bone china.",
    "It rained. shanghai was flooded.",
    "the inner walls were built in 1520, and xian means first",
    # a line set in lower case throughout, as a handle's post is
    "great day out in beijing with friends",
])
def test_lower_case_proper_name_passes(text):
    assert found(_lower_name_rule(), text) == []


def _bundled(rule_id):
    from audit import load_rules
    return [r for r in load_rules().rules if r.id == rule_id]


@pytest.mark.parametrize("text, expected", [
    ("Prices of pork rose To record levels in May.", [("To", "to")]),
    ("Farmers sold rice And wheat, and the plan Was approved.", [("And", "and"), ("Was", "was")]),
    ("Officials said They would open the road.", [("They", "they")]),
    # after a subject pronoun, or a function word opening the sentence
    ("She Said the fund was short.", [("Said", "said")]),
    ("In This way the rate rose Between two and three yuan.", [("This", "this"), ("Between", "between")]),
])
def test_function_word_capitalised_between_lower_case_words(text, expected):
    assert found(_bundled("random-capital-word"), text) == expected


@pytest.mark.parametrize("text", [
    "Officials unveiled the Government's Housing for All plan on Monday.",  # the end of a name
    "He Yadong said consumers, He said, would decide.",  # the surname He
    "She starred in the film Gone With the Wind and later taught drama.",  # a title after a naming word
    "Prices Rose To Record Levels In May",  # a headline in title case
    "an A grade and a B grade",  # "A" is no listed word
    "Edward Said argued that the plan failed.",  # after a name
    "Technicians From the bureau came.",  # after a content word opening the sentence
])
def test_function_word_capitalised_passes(text):
    assert found(_bundled("random-capital-word"), text) == []


@pytest.mark.parametrize("text, expected", [
    ("The county will build roads TO every village.", [("TO", "to")]),
    ("He said the plan HAD been approved.", [("HAD", "had")]),
    # acronyms left out of the list
    ("The IT department and US officials met.", []),
    # a word CC-CEDICT writes in lower case, rarer than Zipf 4, between lower-case words
    ("Workers said the staff CANTEEN serves lunch at noon.", [("CANTEEN", "canteen")]),
    # ... but not in a resolution that sets its operative verbs in capitals
    ("1. RECALLS the aims;\n\n2. WELCOMES the report, and therefore INVITES the Commission to act;", []),
])
def test_short_function_word_in_capitals(text, expected):
    assert found(_bundled("all-caps-word"), text) == expected


# Mend of the twentieth round's review: the scans once per document give the answers the
# per-candidate searches gave, and a 200 KB document checks in well under a second per rule
# (before: lowercase-proper-name 27 s, random-capital-word 39 s, title-case-common-phrase 13 s).
_SHAPES = ("Dogs must be kept on a Leash no longer than a leash law says; leashes too. "
           "On the Somerset Levels, parts of the Levels flood; in Paris the Louvre Museum opened. "
           "The Department of the Defence and the Ministry of Finance met; whether Defence agreed. "
           "Firms sell heat pumps and heat-pump parts, air source-heat pumps, new  energy vehicles. "
           "yizhou's farmers, Yizhou's; leash-law. x_leash _heat pumps")


def test_lower_counts_match_the_search_per_word():
    import re
    from audit.detectors.capitalization import _lower_counts
    counts = _lower_counts(_SHAPES)
    for low in ("leash", "dog", "heat", "pump", "energy", "law", "yizhou"):
        assert counts[low] + counts[low + "s"] == len(
            re.findall(r"(?<![\w'’-])" + re.escape(low) + r"s?(?![\w'’-])", _SHAPES)), low


def test_short_forms_match_the_search_per_word():
    import re
    from audit.detectors.capitalization import _BODY_OF, _short_forms
    places, bodies, units = _short_forms(_SHAPES)
    assert units == set(re.findall(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er) ([A-Z][a-z]{3,}) "
                                   r"(?:segment|segments|division|divisions|unit|arm)\b", _SHAPES))
    assert _short_forms("The Medical segment grew; its Retail division and the Consumer arm did not.")[2] == {
        "Medical", "Retail", "Consumer"}
    for word in ("Levels", "Louvre", "Museum", "Defence", "Finance", "Paris", "Somerset", "Leash"):
        assert (word in places) == bool(re.search(
            r"\b(?:the|on|in|of|at|to|from|across|near|over|along)[ \u00a0][A-Z][a-z]+[ \u00a0]" + word + r"\b",
            _SHAPES)), word
        assert (word in bodies) == bool(re.search(
            r"\b" + _BODY_OF + r"[ \u00a0]of[ \u00a0](?:the[ \u00a0])?" + word + r"\b", _SHAPES)), word
    assert "Museum" in places and "Defence" in bodies and "Finance" in bodies  # overlapping matches found


@pytest.mark.parametrize("first, last", [("heat", "pump"), ("heat", "part"), ("source", "heat"), ("new", "energy"),
                                         ("energy", "vehicle"), ("air", "source"), ("leash", "law"), ("x", "leash"),
                                         ("heat-pump", "part")])
def test_written_lower_pair_matches_the_search(first, last):
    import re
    from audit.detectors.capitalization import _written_lower_pair
    tail = re.escape(first) + r"[ \u00a0-]+" + re.escape(last) + r"(?:s|es)?"
    expected = re.search(r"(?<![\w'’-])" + tail + r"(?![\w'’-])", _SHAPES) is not None
    assert _written_lower_pair(_SHAPES, first, last, {}) == expected


@pytest.mark.parametrize("text", [
    "She inherited antique china from her aunt.",
    "They chose wedding china at the shop.",
    "The best china stays in the cupboard. China makes most of it.",
    "The china cabinet stood in the hall.",
])
def test_china_the_porcelain_passes(text):
    assert found(_bundled("lowercase-proper-name"), text) == []


@pytest.mark.parametrize("text", [
    "Exports to china rose, and China's imports fell.",  # "China" elsewhere, after a preposition
    "The plant ships parts to china and to Korean buyers.",  # another country's name near it
])
def test_china_the_country_is_flagged(text):
    assert found(_bundled("lowercase-proper-name"), text) == [("china", "China")]


def test_the_capitals_modules_read_chinese_characters_with_one_class():
    # one definition of a Chinese character (cedict.HAN_CHAR), no copy of its own per module;
    # a compatibility ideograph (U+F900-U+FAFF) near a word counts as the others do
    from audit import cedict
    from audit.detectors import capital_names, capitalization
    assert not hasattr(capitalization, "_HAN_NEAR") and not hasattr(capital_names, "_HAN")
    assert capitalization.HAN_CHAR is cedict.HAN_CHAR and capital_names.HAN_CHAR is cedict.HAN_CHAR
    assert all(cedict.HAN_CHAR.match(ch) for ch in "\u3400\u4e2d\u9fff\uf900\ufaff")


def test_lower_compound_reads_the_documents_pairs():
    # "square dancing" beside "Square dance": found; a stem under four letters: False
    from audit.detectors import capitalization

    text = "the Square dance teams met; square\u00a0dancing is popular"
    assert capitalization._lower_compound(text, "square", "dance") is True
    assert capitalization._lower_compound("the Square dance teams met", "square", "dance") is False
    assert capitalization._lower_compound(text, "square", "dancing") is True  # "danc" of "dancing"
    assert capitalization._lower_compound("the Leash law; a leash no", "leash", "no") is False  # "no": too short
    assert capitalization._lower_compound("a red-square dance", "square", "dance") is False  # after a hyphen
    pairs = capitalization._lower_pairs(text)
    assert ("square", "danc") in pairs and ("teams", "met;") in pairs
