"""Official names cut short: the ``consistency`` type's truncation mode (the full name is in
the document) and known_names mode (a listed name cut wherever it stands); and the
``official_names`` type: a Chinese body's name cut short, with the wrong head or a character
gloss, judged against references/official_names.yaml in text no list has seen."""
import pytest

from audit.detectors.consistency import _known_cuts
from audit.rules import RuleError
from rule_helpers import found, one_rule


def catalog(tmp_path, **params):
    rule = {"id": "t", "type": "consistency", "category": "terminology", "severity": "major",
            "message": "{match} -> {other}", "description": "test rule", "examples": {"flag": ["x"], "pass": ["y"]},
            **params}
    return one_rule(tmp_path, rule)


MIIT = "Ministry of Industry and Information Technology"
NDRC = "National Development and Reform Commission"


@pytest.mark.parametrize("text, expected", [
    # a possessive does not hide the cut, and the span stops before it
    (f"The {MIIT} met. The Ministry of Industry's officials spoke.", [("Ministry of Industry", MIIT)]),
    # "Vice" is a title: the name before it is the cut one
    (f"The {MIIT} met. Ministry of Industry Vice Minister Xin spoke.", [("Ministry of Industry", MIIT)]),
    # generic words dropped from the start
    (f"The {NDRC} set prices. The Development and Reform Commission said so.",
     [("Development and Reform Commission", NDRC)]),
    (f"The {NDRC}'s staff met. The Development and Reform Commission's staff agreed.",
     [("Development and Reform Commission", NDRC)]),
])
def test_truncation_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, mode="truncation", min_capitals=2), text) == expected


@pytest.mark.parametrize("text", [
    f"The {MIIT}'s officials met. The {MIIT} agreed.",
    "The People's Bank of China cut rates. The Bank of China raised its deposit rate.",
    f"The {NDRC} met. The Commission said local development and reform commissions agreed.",
    "The U.S. Securities and Exchange Commission sued. The Securities and Exchange Commission said so.",
    "The Guangdong Provincial Development and Reform Commission met. The Shenzhen Development and Reform Commission too.",
])
def test_truncation_passes(tmp_path, text):
    assert found(catalog(tmp_path, mode="truncation", min_capitals=2), text) == []


def test_known_cuts_are_cuts_inside_a_run_of_capitalised_words():
    cuts = _known_cuts([NDRC, "State Council Information Office", "Ministry of Ecology and Environment",
                        "Ministry of Human Resources and Social Security", "Supreme People's Court",
                        "Supreme People's Procuratorate", "National Health Commission"])
    assert cuts == {
        "National Development and Reform": NDRC,
        "State Council Information": "State Council Information Office",
        "Ministry of Human": "Ministry of Human Resources and Social Security",
        "Ministry of Human Resources and Social": "Ministry of Human Resources and Social Security",
    }


NAMES = [NDRC, "Ministry of Emergency Management", "Department of Water Resources", MIIT]


@pytest.mark.parametrize("text, expected", [
    ("The National Development and Reform said prices held.", [("National Development and Reform", NDRC)]),
    ("Figures from the Ministry of Emergency.", [("Ministry of Emergency", "Ministry of Emergency Management")]),
    ("The National Development and Reform's plan; a National Development and Reform Spokesperson said so.",
     [("National Development and Reform", NDRC), ("National Development and Reform", NDRC)]),
    ("The Ministry of Industry and Information said so.",
     [("Ministry of Industry and Information", MIIT)]),
])
def test_known_names_flags(tmp_path, text, expected):
    assert found(catalog(tmp_path, mode="known_names", names=NAMES), text) == expected


@pytest.mark.parametrize("text", [
    f"The {NDRC} said prices held; the Ministry of Emergency Management agreed.",
    "The Department of Water and Power and the Department of Water of Kenya met.",  # a name that goes on
    "The National Development and Reform Commissions of 31 provinces met.",
    "NATIONAL DEVELOPMENT AND REFORM said nothing; the national development and reform plan.",
    "The Ministry of Industry said so.",  # a cut before "and" may be a complete name
])
def test_known_names_passes(tmp_path, text):
    assert found(catalog(tmp_path, mode="known_names", names=NAMES), text) == []


@pytest.mark.parametrize("names", [[], ["Ministry"], ["Ministry of Commerce"]])
def test_known_names_needs_names_with_cuts(tmp_path, names):
    with pytest.raises(RuleError, match="names"):
        catalog(tmp_path, mode="known_names", names=names)


def context_catalog(tmp_path):
    return catalog(tmp_path, mode="known_names", names=NAMES,
                   context_cuts={"Ministry of Industry": MIIT}, context=["China", "yuan"])


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Industry said output in China rose.", [("Ministry of Industry", MIIT)]),
    ("China's Ministry of Industry said so.", [("Ministry of Industry", MIIT)]),
    ("The plan cost 5 billion yuan, the Ministry of Industry's office said.", [("Ministry of Industry", MIIT)]),
    # not about China; after another country's name; a longer name; a list that goes on
    ("The Ministry of Industry said output in Jakarta rose.", []),
    ("China met Indonesia's Ministry of Industry and the Thai Ministry of Industry officials.", []),
    ("China met the Ministry of Industry and Trade of Vietnam.", []),
    ("China met the Ministry of Industry, Mines and Energy.", []),
])
def test_context_cuts(tmp_path, text, expected):
    assert found(context_catalog(tmp_path), text) == expected


@pytest.mark.parametrize("params", [
    {"context_cuts": {"Ministry of Industry": "Ministry of Commerce"}, "context": ["China"]},
    {"context_cuts": {"Ministry of Industry": MIIT}},
])
def test_context_cuts_are_checked(tmp_path, params):
    with pytest.raises(RuleError, match="context"):
        catalog(tmp_path, mode="known_names", names=NAMES, **params)


def test_a_head_noun_in_lower_case_is_no_cut(tmp_path):
    cat = catalog(tmp_path, mode="known_names", names=["China International Import Expo"])
    assert found(cat, "The China International Import expo opened.") == []
    assert found(cat, "The China International Import opened.") == [
        ("China International Import", "China International Import Expo")]


# -- the official_names type: names no list has seen, judged against references/official_names.yaml --
import os  # noqa: E402

import yaml  # noqa: E402

from audit import check_text, load_rules  # noqa: E402
from audit.detectors import official_names as on  # noqa: E402

NEAR_MISS = [r for r in load_rules().rules if r.id == "mt-official-name-near-miss"]
SAMR = "State Administration for Market Regulation"
MOHRSS = "Ministry of Human Resources and Social Security"


@pytest.mark.parametrize("text, expected", [
    # cut short in the official shape
    ("China's Ministry of Industry said output rose, Xinhua reported from Beijing.", [("Ministry of Industry", MIIT)]),
    ("The Ministry of Science in Beijing said Chinese research spending grew.",
     [("Ministry of Science", "Ministry of Science and Technology")]),
    ("The Housing Ministry of Urban-Rural said prices in 70 Chinese cities fell, Beijing said.",
     [("Housing Ministry of Urban-Rural", "Ministry of Housing and Urban-Rural Development")]),
    # the wrong head noun (a gloss of the Chinese head, or a head other bodies with it use)
    ("China's Emergency Management Department said the Beijing floods receded.",
     [("Emergency Management Department", "Ministry of Emergency Management")]),
    ("The National Health Committee said flu cases in Beijing fell, Xinhua said.",
     [("National Health Committee", "National Health Commission")]),
    ("China's Customs General Office said exports in yuan terms rose.",
     [("Customs General Office", "General Administration of Customs")]),
    ("China's Commerce Department said exports rose in Beijing.", [("Commerce Department", "Ministry of Commerce")]),
    # a word swapped for a character's gloss
    ("The Human Society Ministry in Beijing said China added 6 million jobs.", [("Human Society Ministry", MOHRSS)]),
    ("China's Market Supervision General Bureau fined the platform 18 billion yuan.",
     [("Market Supervision General Bureau", SAMR)]),
    ("The Supreme People's Inspection Court said Chinese prosecutors charged 1,200 officials, Xinhua said.",
     [("Supreme People's Inspection Court", "Supreme People's Procuratorate")]),
    ("The State Assets Committee said China's central state firms earned 1.2 trillion yuan.",
     [("State Assets Committee", "State-owned Assets Supervision and Administration Commission")]),
    # a cut of a name written head last is a cut; "Industry Ministry" of a head-first name is not
    ("The State Assets Commission said China's central state firms earned 1.2 trillion yuan.",
     [("State Assets Commission", "State-owned Assets Supervision and Administration Commission")]),
    # "China" of the name is part of what is replaced, and a possessive stays outside the span
    ("The China Securities Supervision Commission approved 30 Chinese listings in Beijing.",
     [("China Securities Supervision Commission", "China Securities Regulatory Commission")]),
    ("The Human Society Ministry's officials in Beijing said China added jobs.", [("Human Society Ministry", MOHRSS)]),
    # a local body, after its place
    ("The Guangdong Provincial Department of Science said Chinese chipmakers won 300 million yuan.",
     [("Department of Science", "Department of Science and Technology")]),
    ("The Shenzhen Municipal Human Society Bureau said Chinese wages rose 5 percent.",
     [("Human Society Bureau", "Bureau of Human Resources and Social Security")]),
    # a short form spelt character by character, no official word kept (issue 9, seventeenth round)
    ("Wages in Xi'an, Shaanxi, China, rose, Xinhua said. The People's Society Bureau will keep the hotlines open.",
     [("People's Society Bureau", "Bureau of Human Resources and Social Security")]),
    ("Sites in Beijing, China, were shut, Xinhua said. The Net Letter Office said 300 sites closed.",
     [("Net Letter Office", "Cyberspace Administration of China")]),
])
def test_near_misses_are_flagged_with_the_official_name(text, expected):
    assert found(NEAR_MISS, text) == expected


@pytest.mark.parametrize("text", [
    # official names, acronyms, journalistic and lower-case short forms, former names
    "China's Ministry of Industry and Information Technology said output rose, Xinhua reported from Beijing.",
    "China's industry ministry, the Commerce Ministry and the MIIT said in Beijing that exports rose.",
    "The Ministry of Agriculture said in 2015 that China's grain output rose, Beijing said.",
    "China's Supreme Court and the Supreme People's Procuratorate in Beijing issued guidelines.",
    "The State Council Information Office held a briefing in Beijing on Chinese exports.",
    "The Research Office of the State Council in Beijing said Chinese growth held.",
    # local bodies with and without their place
    "The Beijing Municipal Health Commission said Chinese cases fell; the NDRC agreed.",
    "The Department of Finance of Guangdong Province said Chinese revenue rose 3 percent.",
    "The Shanghai No. 1 Intermediate People's Court in China sentenced the founder, Xinhua said.",
    # other governments, Hong Kong and Taiwan
    "Chinese exporters met the U.S. Commerce Department in Beijing; China's Ministry of Commerce joined.",
    "Indonesia's Ministry of Industry met Chinese firms in Beijing to discuss nickel.",
    "Hong Kong's Housing Department said flats were ready; China's Housing Ministry in Beijing agreed.",
    "The Department for Science, Innovation and Technology met Chinese officials in Beijing.",
    "Chinese firms in Beijing met the Ministry of Transport and Communications of Oman.",
    # not about China: the same words pass
    "The Ministry of Industry said output rose 5 percent, the Jakarta office said.",
    "The Emergency Management Department of Los Angeles County said fires spread.",
    # names no listed body explains
    "Chinese students at the Department of Physics of Peking University in Beijing won.",
    "China's Ministry of Public Security's Traffic Management Bureau in Beijing issued rules.",
    # a unit named after its owner; "and" joins up to a possessive
    "The National Health Commission's Bureau of Disease Prevention and Control in Beijing met Chinese doctors.",
    "The Ministry of Ecology and Environment's Department of Climate Change in Beijing met Chinese firms.",
    # a short word is not the official one it begins ("Rail" is no "Railway")
    "The Office of Rail and Road met China's National Railway Administration in Beijing.",
    "The Beijing Municipal Commission of Transport and the Shanghai Municipal Commission of Commerce met in China.",
    # a gloss must render what no official word of the name renders, and gaps are filled in order
    "Officials from the Ministry of Business Affairs met Chinese officials in Beijing.",
    # "of the State Council": only the State Council's own offices are compared
    "The Press Office of the State Council met Chinese officials in Beijing.",
    "The State Council Press Office and the State Council General Office met Chinese officials in Beijing.",
    "The U.S. Commerce Department and China's Commerce Ministry met in Beijing.",
    # a local department's name without its place may be the province's: only "China's" says not
    "The Emergency Management Department said floods in Beijing and China's north receded.",
])
def test_right_names_and_other_bodies_pass(text):
    assert found(NEAR_MISS, text) == []


def _data():
    with open(os.path.join(os.path.dirname(__file__), "..", "references", "official_names.yaml"), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def test_every_listed_form_passes_in_a_story_about_china():
    # each official name, short form and former name, and each accepted name of another
    # government, in a sentence about China: none is taken for a wrong rendering
    data = _data()
    names = [n for b in data["bodies"] for n in [b["en"], *b.get("short", []), *b.get("former", [])]]
    flagged = []
    for name in names + data["accepted"]:
        text = f"Officials from the {name} met Chinese officials in Beijing."
        flagged += [(f.text, f.suggestion) for f in check_text(text, NEAR_MISS)]
    assert flagged == []


def test_the_list_names_every_body_once_with_a_chinese_name():
    data = _data()
    ens = [b["en"] for b in data["bodies"]]
    assert len(ens) == len(set(ens))
    assert all(on.HAN_NAME.match(b["zh"]) for b in data["bodies"])
    assert len(data["bodies"]) >= 150


@pytest.mark.parametrize("text, expected", [
    ("China's ministry said yuan loans rose.", True),
    ("The ministry in Beijing said so.", False),                       # one mention is not enough
    ("China and the US: Washington and the U.S. Congress met American and Chinese envoys.", False),
    ("Hong Kong's government and Hong Kong lawmakers met China's envoy in Beijing.", True),
    ("Hong Kong's government, Hong Kong lawmakers and Hong Kong courts met China's envoy.", False),
    ("工业和信息化部 said output rose.", True),                         # Chinese characters count
    # "Congress" is China's too, so it counts for no country
    ("China's National People's Congress opened in Beijing; the Congress heard reports and the Congress closed.", True),
    # a story from a city that names neither China nor its province: the dictionary's places
    ("XINING, Sept 14 -- Xining Water Supply said pipes in Chengxi District would be replaced.", True),
    ("Heze and Lu'an reported rain.", True),
    ("The Guide to Boxing was published in Song.", False),            # place names that are English words
    # places and people elsewhere that share a mainland place's name, and Taiwan's places
    ("The Jurong Lake Gardens in western Singapore have new platforms. Jurong residents cheered.", False),
    ("HOUMA, La. -- Houma officials said they would add heat pumps.", False),
    ("TAINAN -- The Tainan City Government said it would add street lamps in Tainan.", False),
])
def test_about_china(text, expected):
    assert on.about_china(text) is expected


@pytest.mark.parametrize("name, how", [
    ("Ministry of Industry", "cut short"),
    ("Emergency Management Department", "wrong head noun"),
    ("Human Society Ministry", "glossed word by word"),
    ("Ministry of Retired Soldiers Affairs", "glossed word by word"),
    ("Ministry of Human Resources and Social Guarantee", "glossed word by word"),
])
def test_compare_says_how_a_name_is_wrong(name, how):
    bodies = on.load_catalog(on.resolve_path(on.DEFAULT_PATH)).bodies
    match = on.best_match(on.parse(name.split()), [b for b in bodies if b.level == "national"])
    assert match is not None and match.how == how


@pytest.mark.parametrize("keys, expected", [
    (("people", "society"), True),    # 人社局: every character before the head, in order
    (("society", "people"), False),   # out of order
    (("people",), False),             # one word is no spelling of a short form
])
def test_a_short_form_spelt_character_by_character(keys, expected):
    bodies = on.load_catalog(on.resolve_path(on.DEFAULT_PATH)).bodies
    body = next(b for b in bodies if b.en == "Bureau of Human Resources and Social Security")
    assert on._spells_a_short_form([on.key(k) for k in keys], body) is expected


@pytest.mark.parametrize("name", ["Industry Ministry", "Transport Ministry", "Ministry of Housing and Urban Development",
                                  "Ministry of Rural Development", "Interior Ministry", "Ministry of Security"])
def test_compare_leaves_short_forms_other_bodies_and_ties_alone(name):
    bodies = on.load_catalog(on.resolve_path(on.DEFAULT_PATH)).bodies
    assert on.best_match(on.parse(name.split()), [b for b in bodies if b.level == "national"]) is None


def near_miss_rule(tmp_path, data):
    path = tmp_path / "names.yaml"
    path.write_text(data, encoding="utf-8")
    rule = {"id": "t", "type": "official_names", "path": str(path), "category": "terminology", "severity": "major",
            "message": "{match} -> {other} ({how})", "description": "test rule",
            "examples": {"flag": ["x"], "pass": ["y"]}}
    return one_rule(tmp_path, rule)


def test_a_list_of_its_own_is_used(tmp_path):
    cat = near_miss_rule(tmp_path, "bodies:\n  - {en: Ministry of Space and Time, zh: 时空部}\n")
    assert found(cat, "China's Ministry of Space said in Beijing.") == [("Ministry of Space", "Ministry of Space and Time")]


@pytest.mark.parametrize("data, message", [
    ("bodies:\n  - {en: Space and Time, zh: 时空部}\n", "no head noun"),
    ("bodies:\n  - {en: Ministry of Space}\n", "needs 'en' and 'zh'"),
    ("bodies:\n  - {en: Ministry of Space, zh: MOS}\n", "Chinese characters"),
    ("bodies:\n  - {en: Ministry of Space, zh: 时空部, level: galactic}\n", "level"),
    ("bodies:\n  - {en: Ministry of Space, zh: 时空部, short: MOS}\n", "'short' must be a list"),
    ("bodies: [}\n", "cannot read"),
    ("- just a list\n", "list of 'bodies'"),
    ("bodies: []\naccepted: Home Office\n", "'accepted' must be a list"),
])
def test_a_bad_list_is_one_error_naming_the_file(tmp_path, data, message):
    with pytest.raises(RuleError, match=message):
        near_miss_rule(tmp_path, data)


def test_a_missing_list_is_an_error(tmp_path):
    rule = {"id": "t", "type": "official_names", "path": str(tmp_path / "none.yaml"), "category": "terminology",
            "severity": "major", "message": "m", "description": "d", "examples": {"flag": ["x"], "pass": ["y"]}}
    with pytest.raises(RuleError, match="not found"):
        one_rule(tmp_path, rule)


def test_the_names_file_read_back_from_the_cache_is_the_file(tmp_path, monkeypatch):
    # load_catalog keeps the checked file in the cache directory: a second process reads the
    # same bodies back; a table of the wrong shape is read again from the file.
    from audit import diskcache
    from audit.detectors import official_names as names

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    expected = names._load(names.DEFAULT_PATH)
    names._CATALOGS.clear()
    first = names.load_catalog(names.DEFAULT_PATH)
    names._CATALOGS.clear()
    again = names.load_catalog(names.DEFAULT_PATH)
    assert (first.raw, again.raw) == (expected[0], expected[0])
    assert [p.name for p in (tmp_path / "tables").iterdir() if p.name.startswith("official-names-file-")]
    with pytest.raises(ValueError):
        names._checked_file(([{"en": 1}], []))
    names._CATALOGS.clear()
    assert diskcache.cached("x", "y", lambda: expected, names._checked_file) == expected



def test_a_full_name_in_the_other_english_order_is_that_body():
    # "Commission for Foreign Affairs" is the Central Foreign Affairs Commission written head
    # first, not the NPC's Foreign Affairs Committee under a wrong head
    from audit import Severity, check_text, load_rules
    text = ("BEIJING, May 6 (Xinhua) -- Wang Yi, director of the Office of the Central Commission for "
            "Foreign Affairs, met Chinese envoys in Beijing on Tuesday, Xinhua said.")
    assert [f for f in check_text(text, load_rules(), Severity.MINOR) if f.rule == "mt-official-name-near-miss"] == []
    # a short form's order is part of it: the cut "Ministry of Industry" is still reported
    cut = "China's Ministry of Industry said output rose, Xinhua reported from Beijing."
    assert "Ministry of Industry" in [f.text for f in check_text(cut, load_rules(), Severity.MINOR)]


@pytest.mark.parametrize("tokens, expected", [
    (("Culture", "Tourism", "Bureau"), "Culture and Tourism Bureau"),
    (("Cultural", "Tourism", "Bureau"), "Culture and Tourism Bureau"),  # words compare by stem
    (("Bureau", "of", "Culture", "Tourism"), "Bureau of Culture and Tourism"),
    (("Development", "Reform", "Commission"), "Development and Reform Commission"),
    # nothing dropped, a list, or too short to have dropped anything
    (("Culture", "and", "Tourism", "Bureau"), None),
    (("Bureau", "of", "Culture,", "Radio,", "Television", "and", "Tourism"), None),
    (("Culture", "Bureau"), None),
])
def test_a_name_without_the_and_between_its_subjects(tokens, expected):
    from audit.detectors import official_names as names
    catalog = names.load_catalog(names.DEFAULT_PATH)
    assert catalog.dropped_and(names.parse(tokens), tokens) == expected


def test_no_and_is_missing_where_an_accepted_form_has_none(tmp_path):
    # another government's accepted form written without "and" is no dropped "and"
    from audit.detectors import official_names as names
    path = tmp_path / "names.yaml"
    path.write_text("version: 1\nbodies:\n"
                    "  - {en: Bureau of Culture and Tourism, zh: 文化和旅游局, level: local}\n"
                    "accepted: [Culture Tourism Bureau]\n", encoding="utf-8")
    catalog = names.load_catalog(str(path))
    tokens = ("Culture", "Tourism", "Bureau")
    assert catalog.dropped_and(names.parse(tokens), tokens) is None


def test_a_former_name_without_its_and_is_left_alone():
    # 国土资源厅's English was written with and without "and" while it existed
    from audit.detectors import official_names as names
    catalog = names.load_catalog(names.DEFAULT_PATH)
    tokens = ("Department", "of", "Land", "Resources")
    assert catalog.dropped_and(names.parse(tokens), tokens) is None
    tokens = ("Department", "of", "Culture", "Tourism")
    assert catalog.dropped_and(names.parse(tokens), tokens) == "Department of Culture and Tourism"


def test_chinese_places_are_dictionary_cities_of_two_syllables_or_more():
    from audit import cedict
    places = cedict.chinese_places()
    assert {"Xining", "Heze", "Wenzhou", "Lu'an"} <= places
    assert not {"Guide", "Mile", "Boxing", "Zhang", "Song"} & places  # English words, family names
    assert len(places) > 1500


def test_a_hospital_unit_is_no_cut_name():
    text = ("The Shanghai Sixth People's Hospital in China said the Emergency Department will remain open "
            "24 hours a day.")
    assert [f for f in check_text(text, NEAR_MISS)] == []


@pytest.mark.parametrize("tokens", [
    ("Ministry", "of", "Commerce"), ("State", "Council", "Information", "Office"),
    ("National", "Health", "Commission's"), ("Human", "Society", "Ministry"), ("Development", "Commission"),
])
def test_parse_tokens_is_parse_remembered(tokens):
    name = on.parse_tokens(tokens)
    assert name == on.parse(list(tokens))
    assert on.parse_tokens(tokens) is name  # remembered: a story's bodies are parsed once
    assert name.keys == tuple(on.key(w) for w in name.content)
    assert name.signature == (frozenset(name.keys), name.head, name.shape)


@pytest.mark.parametrize("run, names", [
    ("China's Ministry of Commerce's", [(8, 28, ("Ministry", "of", "Commerce's"), "national", 0)]),
    ("Chinese National Health Commission and the Ministry of Finance",
     [(8, 34, ("National", "Health", "Commission"), "national", 0), (43, 62, ("Ministry", "of", "Finance"), "", None)]),
    ("Beijing Municipal Bureau of Culture,", [(18, 35, ("Bureau", "of", "Culture,"), "local", None)]),
    ("Good Morning", []),
])
def test_run_names_reads_one_run_alone(run, names):
    # ``_candidates`` works out each distinct run once (``_run_names``) and shifts it to each mention
    assert on._run_names(run) == names


def test_candidates_of_a_run_met_again_differ_only_where_they_stand():
    text = ("Officials said China's Ministry of Commerce's staff met the Zhejiang Provincial Department of "
            "Education and the Ministry of Commerce; then China's Ministry of Commerce's staff left.")
    found = on._candidates(text)
    assert [(text[c.start:c.end], c.level, c.place) for c in found] == [
        ("Ministry of Commerce", "national", False), ("Department of Education", "local", True),
        ("Ministry of Commerce", "", False), ("Ministry of Commerce", "national", False)]
    assert [text[c.china:c.china + 5] for c in found if c.china is not None] == ["China", "China"]
