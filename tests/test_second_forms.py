"""Second forms of one body in a document (``consistency`` type, truncation mode with
``second_forms``, rule truncated-official-name; ``audit/detectors/body_names.py``): a member of a coordination dropped, a content
qualifier dropped, another head noun for one Chinese head, a word in the other number; and
the normal second references that must pass."""
import pytest

from audit import check_text, load_rules
from audit.detectors import body_names
from audit.rules import RuleError
from rule_helpers import found, one_rule


@pytest.fixture(scope="module")
def catalog():
    return [r for r in load_rules().rules if r.id == "truncated-official-name"]


FLAG = [
    # a member of a coordination dropped
    ("The Hefei Development and Reform Commission met. Wu said the Development Commission would publish a map "
     "of chargers in the Chinese city.", "Development Commission", "Development and Reform Commission"),
    ("The Ministry of Housing and Urban-Rural Development said Chinese compounds would be renovated in Beijing. "
     "The Ministry of Urban-Rural Development gave no cost.", "Ministry of Urban-Rural Development",
     "Ministry of Housing and Urban-Rural Development"),
    ("The Hubei Provincial Department of Human Resources and Social Security raised wages. The Department of "
     "Social Security said the rise starts in July.", "Department of Social Security",
     "Department of Human Resources and Social Security"),
    ("The State-owned Assets Supervision and Administration Commission met Chinese firms in Beijing. The "
     "State-owned Assets Commission said profits rose.", "State-owned Assets Commission",
     "State-owned Assets Supervision and Administration Commission"),
    # a content qualifier dropped from the start, in a document about China
    ("BEIJING -- The National Healthcare Security Administration said China settled 86 million visits. Huang "
     "said the Security Administration would widen the Chinese scheme.", "Security Administration",
     "National Healthcare Security Administration"),
    ("The China Securities Regulatory Commission approved listings in Shanghai and Shenzhen. The Regulatory "
     "Commission said more would follow.", "Regulatory Commission", "China Securities Regulatory Commission"),
    ("The Civil Aviation Administration of China said Chinese airlines flew more. The Aviation Administration "
     "expects Beijing Daxing to grow.", "Aviation Administration", "Civil Aviation Administration"),
    # another head noun for one Chinese head
    ("The Shaanxi Provincial Health Commission opened clinics in Xi'an. The Provincial Health Committee said "
     "most patients had flu.", "Provincial Health Committee", "Provincial Health Commission"),
    ("The Taiwan Affairs Office of the State Council said Beijing welcomed Taiwanese firms in Fujian. The "
     "Taiwan Affairs Bureau gave no figures.", "Taiwan Affairs Bureau", "Taiwan Affairs Office"),
    # a word in the other number
    ("China's Ministry of Natural Resources mapped landslides in Sichuan. The Ministry of Natural Resource's "
     "officials said 30,000 people would move.", "Ministry of Natural Resource", "Ministry of Natural Resources"),
    ("China's Ministry of Foreign Affairs summoned the envoy in Beijing. A spokeswoman for the Ministry of "
     "Foreign Affair said China had protested.", "Ministry of Foreign Affair", "Ministry of Foreign Affairs"),
]


@pytest.mark.parametrize("text,span,fix", FLAG)
def test_a_second_form_is_flagged_with_the_full_form(catalog, text, span, fix):
    assert found(catalog, text) == [(span, fix)]


PASS = [
    # normal second references
    "The National Development and Reform Commission set prices in China. The Commission said prices in Beijing "
    "would rise.",
    "The Hefei Development and Reform Commission approved the plan in China. The Development and Reform "
    "Commission said Hefei would build 20,000 chargers.",
    "The National Health Commission reported cases in China. The Health Commission said all were in Beijing.",
    "The London Stock Exchange said Chinese firms would list. The Stock Exchange said three had applied.",
    "The People's Bank of China cut rates. The Bank of China said it would lower mortgage rates in Beijing.",
    "China's Ministry of Commerce said exports rose. The Commerce Ministry expects trade with Chinese partners "
    "to slow.",
    "The Hong Kong Monetary Authority raised rates. The Monetary Authority said the peg was secure, and "
    "Beijing and China said nothing.",
    # two bodies, not one body in two forms
    "China's Ministry of Commerce criticised the tariffs in Beijing. The Commerce Department added Huawei to "
    "the Entity List, the U.S. said, and China protested.",
    "The Ministry of Education said Chinese schools would reopen. In Guangdong, the Department of Education "
    "said classes in Shenzhen would start on Monday.",
    "The Sichuan Provincial Department of Natural Resources mapped risks. The Ministry of Natural Resources in "
    "Beijing sent 30 Chinese geologists.",
    "The State Taxation Administration said Chinese firms paid more. The Shanghai Municipal Taxation Bureau "
    "said Shanghai firms paid 300 billion yuan, and the Shanghai Municipal Taxation Bureau fined ten.",
    "China's Foreign Affairs Committee of the National People's Congress met. The Central Foreign Affairs "
    "Commission in Beijing set China's policy.",
    "The China Banking Regulatory Commission and the China Insurance Regulatory Commission merged into the "
    "China Banking and Insurance Regulatory Commission in Beijing in 2018.",
    "The Hong Kong Securities and Futures Commission fined the Chinese broker. The Futures Commission in "
    "Hong Kong said Beijing agreed.",
    "The International Atomic Energy Agency inspected the Chinese plant. The Atomic Energy Agency said the "
    "plant in Beijing's plan was safe.",
    "The Ministry of Science and Technology funds Chinese labs. The Science and Technology Department of "
    "Guangdong Province said Shenzhen labs got most.",
    "The U.S. Department of Health and Human Services and Oregon's Department of Human Services agreed. The "
    "Department of Human Services said so.",
    "The Port of Rotterdam Authority said Chinese ships waited. The Rotterdam Authority said Beijing's "
    "shipping lines and China's exporters would be paid.",
    "The National Radio and Television Administration in Beijing banned the Chinese drama.",
    # a kind of committee, and whose body it is (a site, an event, a river)
    "The Hangzhou Asian Games Organizing Committee said China would host 12,000 athletes. The Organizing "
    "Committee said tickets in Hangzhou sold out.",
    "The Zhongguancun Science Park Management Committee in Beijing approved 40 Chinese start-ups. The "
    "Management Committee said most work on AI.",
    "The Ministry of Water Resources and the Yangtze River Water Resources Commission warned of floods in "
    "China. The Water Resources Commission said Wuhan was safe.",
    "The CPPCC Education Committee visited Beijing schools. The Beijing Municipal Education Commission "
    "hosted them in China.",
    "The Chinese Olympic Committee named 400 athletes. The International Olympic Committee in Lausanne "
    "welcomed China's team, and the Olympic Committee said Beijing was ready.",
]


@pytest.mark.parametrize("text", PASS)
def test_a_normal_second_reference_or_another_body_passes(catalog, text):
    assert found(catalog, text) == []


def test_the_fix_keeps_a_possessive_out_of_the_span(catalog):
    text = ("China's Ministry of Natural Resources mapped landslides in Sichuan. The Ministry of Natural "
            "Resource's officials said 30,000 people would move.")
    (f,) = [f for f in check_text(text, catalog)]
    assert text[f.end:f.end + 2] == "'s"
    assert "a word in the wrong number" in f.message


def test_the_message_says_how_the_form_differs(catalog):
    text = ("The Ningbo Development and Reform Commission approved the port in China. Officials said the "
            "Development Commission would publish the tender in Beijing.")
    (f,) = check_text(text, catalog)
    assert f.message == ("'Development Commission' looks like a form with a member of the coordination dropped "
                         "of 'Development and Reform Commission', used elsewhere in this document")


def test_a_qualifier_drop_needs_a_document_about_china(catalog):
    text = ("The National Healthcare Security Administration settled visits. Huang said the Security "
            "Administration would go further.")
    assert found(catalog, text) == []
    assert found(catalog, "BEIJING, China -- " + text + " Chinese patients welcomed it.") == \
        [("Security Administration", "National Healthcare Security Administration")]


def test_coordination_drops_keep_the_head_and_a_content_word():
    forms = body_names._coordination_drops(("Development", "and", "Reform", "Commission"))
    assert forms == {("Development", "Commission"), ("Reform", "Commission"), ("Development", "Reform", "Commission")}
    assert ("Commission",) not in body_names._coordination_drops(("Radio", "and", "Television", "Commission"))


def test_places_and_levels_are_a_names_qualifier_not_its_core():
    assert body_names.name_core(("Hubei", "Provincial", "Department", "of", "Civil", "Affairs")) == \
        (("Hubei", "Provincial"), ("Department", "of", "Civil", "Affairs"))
    assert body_names.name_core(("Civil", "Aviation", "Administration", "of", "China")) == \
        ((), ("Civil", "Aviation", "Administration"))
    assert body_names.name_core(("China", "Ministry", "of", "Commerce")) == (("China",), ("Ministry", "of", "Commerce"))


def _rule(tmp_path, **params):
    return one_rule(tmp_path, {"id": "t", "type": "consistency", "mode": "truncation", "min_capitals": 2,
                               "category": "terminology", "severity": "major", "message": "{match} -> {other}",
                               "description": "d", "examples": {"flag": ["x"], "pass": ["y"]}, **params})


def test_second_forms_are_off_unless_asked(tmp_path):
    text = ("The Hefei Development and Reform Commission met in China. Wu said the Development Commission "
            "would publish a map in Beijing.")
    assert found(_rule(tmp_path), text) == []
    assert found(_rule(tmp_path, second_forms=True), text) == [("Development Commission",
                                                                 "Development and Reform Commission")]


def test_a_missing_names_file_is_one_error(tmp_path):
    with pytest.raises(RuleError, match="official names file not found"):
        _rule(tmp_path, second_forms=True, names_path=str(tmp_path / "none.yaml"))


def test_a_listed_name_is_never_the_form_flagged(catalog):
    # Both forms wrong, the listed one used less: the listed one is not "corrected" to the other.
    text = ("The China Civil Aviation Bureau said Chinese airlines flew more, and the China Civil Aviation "
            "Bureau in Beijing agreed. The China Civil Aviation Administration said so too.")
    assert found(catalog, text) == []


def test_the_official_word_is_not_put_in_the_other_number(catalog):
    text = ("The Information and Communication Development Department said China's networks grew, and the "
            "Information and Communication Development Department in Beijing agreed. The Information and "
            "Communications Development Department said so too.")
    assert found(catalog, text) == []
    # ... but the slip of an official word is flagged
    text = ("China's Ministry of Water Resources warned of floods in Hubei. The Ministry of Water Resource "
            "said reservoirs in China were full.")
    assert found(catalog, text) == [("Ministry of Water Resource", "Ministry of Water Resources")]


# -- mt-official-name-near-miss: a listed name with one content word in the other number --

@pytest.fixture(scope="module")
def near_miss():
    return [r for r in load_rules().rules if r.id == "mt-official-name-near-miss"]


@pytest.mark.parametrize("text,span,fix", [
    ("China's Ministry of Natural Resource said Beijing would act in China.", "Ministry of Natural Resource",
     "Ministry of Natural Resources"),
    ("The Ministry of Veteran Affairs in Beijing said Chinese veterans got more.", "Ministry of Veteran Affairs",
     "Ministry of Veterans Affairs"),
    ("The Guangdong Provincial Department of Civil Affair said Chinese pensions rose.",
     "Department of Civil Affair", "Department of Civil Affairs"),
    # the body's official name, not only the word respelled
    ("Officials from the General Administration of Sports met Chinese officials in Beijing.",
     "General Administration of Sports", "General Administration of Sport of China"),
])
def test_a_listed_name_with_a_word_in_the_other_number(near_miss, text, span, fix):
    assert found(near_miss, text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "China's Ministry of Natural Resources and the Ministry of Veterans Affairs in Beijing met.",
    "China's Ministry of Natural Resource said so.",  # one mention of China: not a document about China
    "The U.S. Department of Veteran Affairs met Chinese officials in Beijing, China said.",
])
def test_right_names_and_foreign_bodies_pass(near_miss, text):
    assert found(near_miss, text) == []


def test_other_number_needs_a_plural_ending():
    from audit.detectors.official_names import _other_number
    assert _other_number("resource", "resources") and _other_number("affairs", "affair")
    assert not _other_number("economy", "economics") and not _other_number("bus", "buses")


def test_a_qualifier_dropped_and_the_head_changed(catalog):
    text = ("The Suzhou Industrial Park Administrative Committee signed deals with Chinese chipmakers. The "
            "Administrative Commission said the deals were worth 9 billion yuan.")
    assert found(catalog, text) == [("Administrative Commission", "Industrial Park Administrative Committee")]
    # generic words dropped and the head changed is a head swap (局 rendered "bureau"), fixed in the
    # second form's own words
    text = ("The National Immigration Administration said Chinese crossings rose. The Immigration Bureau said "
            "Beijing's airports were busiest.")
    assert found(catalog, text) == [("Immigration Bureau", "Immigration Administration")]
    # ... but a bureau with a place of its own is a local body
    text = ("The National Immigration Administration said Chinese crossings rose. The Shenzhen Immigration "
            "Bureau said Luohu was busiest.")
    assert found(catalog, text) == []


def test_a_second_form_with_the_full_names_place(catalog):
    text = ("The Hefei Development and Reform Commission met in China. Wu said the Hefei Development Commission "
            "would publish a map in Beijing.")
    assert found(catalog, text) == [("Hefei Development Commission", "Hefei Development and Reform Commission")]
    # another city's commission is another body
    assert found(catalog, text.replace("the Hefei Development Commission", "the Wuhu Development Commission")) == []


@pytest.mark.parametrize("text", [
    "The National Health and Family Planning Commission became the National Health Commission in 2018, China "
    "said in Beijing.",
    "The Hubei Provincial Health and Family Planning Commission became the Hubei Provincial Health Commission "
    "in 2018, China said in Beijing.",
])
def test_a_listed_body_left_when_a_member_goes_is_not_flagged(catalog, text):
    assert found(catalog, text) == []


def test_a_name_cut_at_its_end_without_its_place(catalog):
    text = ("The Hefei Development and Reform Commission met in China. Wu said the Development and Reform would "
            "publish a map in Beijing.")
    assert found(catalog, text) == [("Development and Reform", "Development and Reform Commission")]
    text = ("The Guangdong Provincial Department of Industry and Information Technology met in China. The "
            "Department of Industry said Beijing agreed.")
    assert found(catalog, text) == [("Department of Industry", "Department of Industry and Information Technology")]
    # the head in lower case is no cut
    text = ("The Hefei Development and Reform Commission met in China. The Development and Reform commissions "
            "of Anhui in Beijing agreed.")
    assert found(catalog, text) == []


# -- a second form made of some of the full name's words, in any order (issue 9, eighteenth round) --

SCATTERED = [
    ("The Hubei Provincial Institute of Cultural Relics and Archaeology in Wuhan, China, dug the tomb. "
     "Researchers from the Institute of Archaeology used CT scans.", "Institute of Archaeology",
     "Hubei Provincial Institute of Cultural Relics and Archaeology"),
    ("The Qiqihar Municipal Bureau of Culture, Radio, Television, Tourism and Sports in Heilongjiang, China, said "
     "37 players were picked. The Culture and Tourism Bureau said hotels were full.", "Culture and Tourism Bureau",
     "Qiqihar Municipal Bureau of Culture, Radio, Television, Tourism and Sports"),
    ("The National Center for the Preservation of Ancient Books in Beijing, China, funded it. The Ancient Books "
     "Center has listed 214 books.", "Ancient Books Center", "National Center for the Preservation of Ancient Books"),
    # a title, then the name and a person's name after it
    ("The Jinyun County Emergency Management Bureau in Zhejiang, China, held a briefing. The director of the County "
     "Emergency Bureau Ying Weidong spoke.", "County Emergency Bureau", "Jinyun County Emergency Management Bureau"),
    # a word in the other number, a word of the same stem
    ("The results were released by the China Academic Degrees and Graduate Education Development Center in "
     "Beijing, China. Duan said the Degree Center had not published the ranking.", "Degree Center",
     "China Academic Degrees and Graduate Education Development Center"),
    ("The Hefei Municipal Bureau of Economy and Information Technology in Anhui, China, named the firm. An official "
     "of the Economic Information Bureau said exports rose.", "Economic Information Bureau",
     "Hefei Municipal Bureau of Economy and Information Technology"),
    # the same Chinese head rendered by another noun (研究院)
    ("The Innovation Academy for Microsatellites of the Chinese Academy of Sciences in Shanghai, China, built it. "
     "The Microsatellite Innovation Institute said it weighs 500 kilograms.", "Microsatellite Innovation Institute",
     "Innovation Academy for Microsatellites"),
]


@pytest.mark.parametrize("text,span,fix", SCATTERED)
def test_a_second_form_made_of_some_of_the_names_words(catalog, text, span, fix):
    assert found(catalog, text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    # the same words in another order; a place left out; a name's owner after it or before it
    "The Ministry of Commerce in Beijing, China, issued rules. The Commerce Ministry said exports rose.",
    "The Office of the Wuhou District People's Government in Chengdu, China, hosted the event. The District "
    "Government Office said 14 compounds were renovated.",
    "The Foreign Affairs Office of the People's Government of Yunnan Province in Kunming, China, welcomes visitors. "
    "The Foreign Affairs Office opens at 9.",
    "Fenwick University's Center for Law and Language in Beijing, China, wrote it. About the Center for Law and "
    "Language: it studies Chinese law.",
    # a kind of committee; a listed former name of the same body; a unit of a university after a comma
    "The Hangzhou Asian Games Organizing Committee said China would host 12,000 athletes. The Organizing Committee "
    "said tickets in Hangzhou sold out.",
    "The Xi'an Municipal Bureau of Culture and Tourism in Shaanxi, China, said visitor numbers doubled. The Culture "
    "Bureau said the museum would open late.",
    "Department of Sociology, Nanjing University, Nanjing, China (Sun). The Department of Sociology in Nanjing, "
    "China, ran the survey.",
    # the first members of a coordination, up to its "and"; a generic word of the form's own (red team)
    "The Wuhan Municipal Bureau of Housing and Urban-Rural Development said sales rose in Hubei, China. The Housing "
    "Bureau said it would lift purchase limits.",
    "The Shanghai Municipal Public Security Bureau said 20 people were detained in Shanghai, China. The Municipal "
    "State Security Bureau declined to comment.",
    # two bodies hold the form's words
    "The Shanghai Institute of Organic Chemistry and the Shanghai Institute of Applied Chemistry in China signed a "
    "deal. The Institute of Chemistry said more would follow in Shanghai.",
])
def test_a_second_form_of_its_own_passes(catalog, text):
    assert found(catalog, text) == []


def test_a_full_name_in_the_possessive_keeps_its_last_word(catalog):
    text = ("The Hubei Provincial Institute of Cultural Relics and Archaeology's experts in Wuhan, China, dug the "
            "tomb. Researchers from the Institute of Archaeology used CT scans.")
    assert found(catalog, text) == [("Institute of Archaeology",
                                     "Hubei Provincial Institute of Cultural Relics and Archaeology")]


def test_scattered_parts_in_one_long_document(catalog):
    # _scattered_parts reads, for each form, only the full names of its head and of the heads
    # MT swaps for it (``by_head``): with the examples one after another, full names of other
    # heads between them, each form still finds its own full name (the swapped head's too)
    fillers = ("The Hunan Provincial Bureau of Water Resources and Hydropower Engineering met. ",
               "The Guangxi Regional Department of Agriculture and Rural Affairs spoke. ",
               "The Suzhou Municipal Commission of Commerce and Foreign Trade agreed. ")
    text = "".join(fillers[k % 3] + t + " " for k, (t, _, _) in enumerate(SCATTERED))
    hits = [(text[h.start:h.end], h.suggestion) for h in body_names._scattered_parts(text, None, set())]
    assert hits == [(span, fix) for _, span, fix in SCATTERED]


def test_a_scattered_part_is_read_against_the_last_full_names_of_its_head():
    """Issue 13: a form reads the last ``_PART_WINDOW`` full names of its head before it (a
    story's names), so that a long line of names costs the same per form; a story with 30 other
    institutes before the full name still gets its finding."""
    rule = [r for r in load_rules().rules if r.id == "truncated-official-name"]
    story = ("The Hubei Provincial Institute of Cultural Relics and Archaeology in Wuhan, China, dug the tomb. "
             "Researchers from the Institute of Archaeology used CT scans.")
    others = " ".join(f"The Hubei Provincial Institute of Rice Breeding No. {i} met in Wuhan." for i in range(30))
    assert body_names._PART_WINDOW >= 30
    assert [s for s, _ in found(rule, story)] == ["Institute of Archaeology"]
    assert [s for s, _ in found(rule, others + " " + story)] == ["Institute of Archaeology"]


_TWO_KINDS = ("The Jiangxi Provincial Forest Fire Prevention and Emergency Rescue Headquarters Office said "
              "on Monday that patrols would double in China. The Headquarters Office also said drones would "
              "fly. Officials of the county Agriculture and Rural Bureau came. The Rural Bureau pays for fuel.")


def test_a_form_of_two_kinds_is_named_the_same_in_every_process(catalog):
    """A form both a qualifier dropped and a coordination member dropped make ("Headquarters
    Office", "Rural Bureau") is named by a fixed order: the message was the first of a set, so it
    changed with the process's string hashing (PYTHONHASHSEED)."""
    import os
    import subprocess
    import sys
    code = ("import sys; from audit import load_rules, check_text; "
            "cat = [r for r in load_rules().rules if r.id == 'truncated-official-name']; "
            "print('|'.join(f.message for f in check_text(sys.argv[1], cat)))")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    messages = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=root)
        out = subprocess.run([sys.executable, "-c", code, _TWO_KINDS], env=env, cwd=root, check=True,
                             capture_output=True, text=True).stdout.strip()
        messages.add(out)
    assert messages == {"|".join(f.message for f in check_text(_TWO_KINDS, catalog))}
    (only,) = messages
    assert only.count("without the words that say which body it is") == 2


@pytest.mark.parametrize("run, parts", [
    ("Hubei Provincial Institute of Cultural Relics and Archaeology",
     [("institute", {"relic", "archaeology", "cultural"}, "Hubei Provincial Institute of Cultural Relics and Archaeology",
       ("hubei", "provincial", "institute", "of", "cultural", "relics", "and", "archaeology"))]),
    ("Qiqihar Municipal Bureau of Culture, Radio, Television, Tourism and Sports",
     [("bureau", {"sport", "culture", "television", "radio", "tourism"},
       "Qiqihar Municipal Bureau of Culture, Radio, Television, Tourism and Sports",
       ("qiqihar", "municipal", "bureau", "of", "culture", "radio", "television", "tourism", "and", "sports"))]),
    ("Bureau of Culture, Radio", []),
    ("Good Morning", []),
])
def test_full_parts_reads_one_run_alone(run, parts):
    # ``_scattered_parts`` works out each distinct run's full names once (``full_parts``) and puts
    # them at each mention's end
    assert body_names.full_parts(run) == parts
    assert body_names.full_parts(run, comma_after=True) == parts


@pytest.mark.parametrize("run, plan", [
    # (opens on an article, (spans from the run's start, words, head key, content, content set,
    # places, extra generic words, the form as written)), or None where the run is no form
    ("The Institute of Archaeology",
     (True, (((4, 13), (14, 16), (17, 28)), ("institute", "of", "archaeology"), "institute", {"archaeology"},
             frozenset({"archaeology"}), set(), set(), "Institute of Archaeology"))),
    ("Institute of Archaeology",
     (False, (((0, 9), (10, 12), (13, 24)), ("institute", "of", "archaeology"), "institute", {"archaeology"},
              frozenset({"archaeology"}), set(), set(), "Institute of Archaeology"))),
    # the name after the last linker
    ("The Director of the County Emergency Bureau",
     (True, (((20, 26), (27, 36), (37, 43)), ("county", "emergency", "bureau"), "bureau", {"emergency"},
             frozenset({"emergency"}), set(), set(), "County Emergency Bureau"))),
    ("The Organizing Committee", (True, None)),  # a normal second reference
    ("Good Morning", (False, None)),  # no head
])
def test_form_plan_reads_one_run_alone(run, plan):
    # ``_scattered_parts`` reads each distinct run of a second form's shape once a document
    # (``_form_plan``) and puts it at each mention's start
    assert body_names._form_plan(run) == plan


def test_scattered_parts_with_its_forms_met_again(catalog):
    # the examples repeated in one line: each mention of a form is judged at its own place (the
    # full names before it, what is already reported), as when each is read anew
    text = " ".join(t for t, _, _ in SCATTERED) + " "
    hits = [(text[h.start:h.end], h.suggestion) for h in body_names._scattered_parts(text * 3, None, set())]
    once = [(text[h.start:h.end], h.suggestion) for h in body_names._scattered_parts(text, None, set())]
    assert once and hits[:len(once)] == once and len(hits) >= len(once)
    reported = {h.start for h in body_names._scattered_parts(text * 3, None, set())}
    assert list(body_names._scattered_parts(text * 3, None, set(reported))) == []
