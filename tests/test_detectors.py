"""Each detector type on small cases, through rules built in the test."""
import textwrap

import pytest
import yaml

from audit.engine import check_text
from audit.rules import load_rules


def make_rules(tmp_path, body: str):
    path = tmp_path / "rules.yaml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return load_rules(str(path))


BASE = """\
rules:
  - id: r
    category: {category}
    severity: minor
    message: "{message}"
    description: test rule
    examples: {{flag: ["x"], pass: ["y"]}}
"""


def rule(tmp_path, type_, params: dict, message="found {match}", category="style/awkward"):
    data = yaml.safe_load(BASE.format(category=category, message=message))
    data["rules"][0]["type"] = type_
    data["rules"][0].update(params)
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return load_rules(str(path))


def spans(catalog, text):
    return [(f.text, f.suggestion) for f in check_text(text, catalog)]


def test_pattern_with_suggestion_and_group(tmp_path):
    cat = rule(tmp_path, "pattern", {"pattern": r"\b(\d+)(CST)\b", "suggestion": r"\1 \2"})
    assert spans(cat, "at 11:55CST today") == [("55CST", "55 CST")]
    cat = rule(tmp_path, "pattern", {"pattern": r"big (data)", "group": 1})
    assert spans(cat, "big data") == [("data", None)]


def test_message_leaves_out_the_clause_of_a_missing_fix(tmp_path):
    # A named group with a fix names it; one without leaves the clause out, never "is ''".
    cat = rule(tmp_path, "pattern", {"pattern": r"\b(?:(?P<smart>wisdom city)|(?P<bare>cloud tourism))\b",
                                     "suggestions": {"smart": "smart city"}},
               message="'{match}' is a literal term; the usual English is '{suggestion}'")
    messages = [f.message for f in check_text("A wisdom city offers cloud tourism.", cat)]
    assert messages == ["'wisdom city' is a literal term; the usual English is 'smart city'",
                        "'cloud tourism' is a literal term"]
    cat = rule(tmp_path, "pattern", {"pattern": r"\b(\d+) (?:kg)\b"},
               message="'{match}': a measure is hyphenated ('{suggestion}')")
    assert [f.message for f in check_text("a 5 kg bag", cat)] == ["'5 kg': a measure is hyphenated"]


def test_pattern_unless_document_silences_a_whole_document(tmp_path):
    from audit.rules import RuleError

    cat = rule(tmp_path, "pattern", {"pattern": r"\bour country\b",
                                     "unless_document": r"(?m)^(?![^\n]*\")[^\n]*?\b(?:I|we|We)\b"})
    # third-person report: flagged, every match
    assert spans(cat, "Officials said our country grew. Later our country slowed.") == [
        ("our country", None), ("our country", None)]
    # the writer speaks as "we" in a paragraph of their own: nothing in the whole document
    assert spans(cat, "Officials said our country grew.\n\nWe should be proud.") == []
    # "we" only inside a quotation is someone else's voice: still flagged
    assert spans(cat, 'Officials said our country grew.\n\n"We are proud," Li said.') == [("our country", None)]
    with pytest.raises(RuleError, match="unless_document"):
        rule(tmp_path, "pattern", {"pattern": "x", "unless_document": "(unclosed"})


def test_pattern_when_document_keeps_findings_to_documents_it_matches(tmp_path):
    from audit.rules import RuleError

    cat = rule(tmp_path, "pattern", {"pattern": r"\b[Tt]he masses\b", "when_document": r"\b(?:China|Chinese)\b"})
    assert spans(cat, "Officials in China met the masses. The masses asked for roads.") == [
        ("the masses", None), ("The masses", None)]
    assert spans(cat, "Religion, Marx wrote, is the opium of the masses.") == []
    with pytest.raises(RuleError, match="when_document"):
        rule(tmp_path, "pattern", {"pattern": "x", "when_document": "(unclosed"})


def test_pattern_timeout_is_a_warning_not_a_hang(tmp_path):
    from audit.document import Document
    from audit.engine import check_document

    cat = rule(tmp_path, "pattern", {"pattern": r"(a|aa)+$", "timeout": 0.2})
    result = check_document(Document.from_text("a" * 60 + "b"), cat)
    assert result.findings == []
    assert result.warnings and result.warnings[0]["rule"] == "r"
    assert "timeout" in result.warnings[0]["message"]


def test_phrase_word_boundaries_case_and_quotes(tmp_path):
    cat = rule(tmp_path, "phrase", {"terms": [
        {"phrase": "mobile animal networking", "suggestion": "mobile Internet of Things", "source": "s"},
        {"phrase": "repair roads", "suggestion": "build infrastructure", "source": "s"},
    ]})
    text = "Mobile  Animal networking grows; immobile animal networking; we will “repair roads” and repair roads."
    found = spans(cat, text)
    # Double space, case and the capitalised suggestion; "immobile" is not a word match; by
    # default a quoted match counts too (MT quotes slogans and idioms).
    assert found == [("Mobile  Animal networking", "Mobile Internet of Things"), ("repair roads", "build infrastructure"),
                     ("repair roads", "build infrastructure")]
    # skip_quoted: the quoted metaphor is skipped, the bare one is not.
    cat = rule(tmp_path, "phrase", {"skip_quoted": True, "terms": [
        {"phrase": "repair roads", "suggestion": "build infrastructure", "source": "s"},
    ]})
    assert [(t, s) for t, s in spans(cat, text)] == [("repair roads", "build infrastructure")]
    assert [f.start for f in check_text(text, cat)] == [text.rindex("repair roads")]


def test_phrase_many_terms_leftmost_longest(tmp_path):
    terms = [{"phrase": f"term number {i}", "suggestion": f"fix {i}", "source": "s"} for i in range(3000)]
    terms.append({"phrase": "term number 1 extra", "suggestion": "long", "source": "s"})
    cat = rule(tmp_path, "phrase", {"terms": terms})
    assert spans(cat, "a term number 1 extra and term number 2999.") == [("term number 1 extra", "long"), ("term number 2999", "fix 2999")]


def test_repetition_modes(tmp_path):
    cat = rule(tmp_path, "repetition", {"mode": "adjacent", "allow": ["had"]})
    assert [t for t, _ in spans(cat, "the the plan; he had had enough")] == ["the the"]
    # the second word opens a hyphenated compound: a word of its own, not the word said twice
    assert [t for t, _ in spans(cat, "his first first-class hundred; a first first match")] == ["first first"]
    cat = rule(tmp_path, "repetition", {"mode": "coordinated", "allow": ["more"]})
    assert [t for t, _ in spans(cat, "reduced and reduced fees, more and more users")] == ["reduced and reduced"]
    # the emphatic verb, then a second clause of the same subject; a doubled verb with an object
    # after the chain still reports
    assert spans(cat, "tea that she stirs and stirs and never drinks; he waited and waited and still nobody came") == []
    assert [t for t, _ in spans(cat, "have reduced and reduced and exempted phone charges")] == ["reduced and reduced"]


def test_capitalization_all_caps(tmp_path):
    cat = rule(tmp_path, "capitalization", {"mode": "all_caps"})
    text = "all kinds of INFORMATION and the WHO, MIIT, 5G, Frank LIU and ZHANG Wei; ultra-HD."
    assert spans(cat, text) == [("INFORMATION", "information")]
    assert spans(cat, "CHINA WILL BUILD MORE NETWORKS") == []


@pytest.mark.parametrize("text,expected", [
    ("Shenzhen grew. Firms in SHENZHEN grew.", [("SHENZHEN", "Shenzhen")]),
    ("China and the field grew. The FIELD of CHINA grew.", [("FIELD", "field"), ("CHINA", "China")]),
    ("China grew, and the china shop too. The FIELD of CHINA grew.", [("FIELD", "field"), ("CHINA", "china")]),
])
def test_all_caps_fix_writes_the_word_as_the_document_does(tmp_path, text, expected):
    cat = rule(tmp_path, "capitalization", {"mode": "all_caps"})
    assert spans(cat, text) == expected


def test_capitalization_sentence_start(tmp_path):
    cat = rule(tmp_path, "capitalization", {"mode": "sentence_start"})
    text = "It grew. we go on. The U.S. team met at 9 a.m. today. I saw e.g. fine things. He bought an iPhone. iPads too."
    assert spans(cat, text) == [("we", "We")]
    # after a stray ",." the sentence goes on: the stray mark is the finding, not the next word
    assert spans(cat, "It will link the platform this year,. so that calls are answered. then it ends.") == [
        ("then", "Then")]
    # a wire desk's sign-off of initials closes the story; a slash inside a sentence does not excuse it
    assert spans(cat, "Its remarks are watched closely.\n\nmbh/jt\n") == []
    assert spans(cat, "Police found the car in a river.\nbur-ds/sst") == []
    assert spans(cat, "Its remarks are watched. and/or ignored.") == [("and", "And")]


def test_capitalization_name_case(tmp_path):
    cat = rule(tmp_path, "capitalization", {"mode": "name_case"})
    assert spans(cat, "Wen Ku spoke. Then Wen ku left.") == [("Wen ku", "Wen Ku")]
    assert spans(cat, "Wen ku spoke.") == []


@pytest.mark.parametrize("mode,text,expected", [
    ("stray", "construction.?. Thanks,. ok... fine?!", [".?.", ",."]),
    ("space_before", "the economy , which grew ; then .5 percent", [" ,", " ;"]),
    ("fullwidth", "5G，data centres；and 中文，没问题", ["，", "；"]),
    # U+FF0E is not U+3002; a quotation is no shelter; kana and hangul are text where the marks belong
    ("fullwidth", '"Prices will fall．" Imports rose［1］. 「東京」と「大阪」, 「서울」은', ["．", "［", "］"]),
    ("unbalanced", 'He said "yes. (aside\n\nNew “quote” fine.', ['"', "("]),
    # a bracket closed by the other width is the full-width rule's finding, not an unbalanced one
    ("unbalanced", "Sales rose 41 percent（year on year) in July. Exports (by value） fell.", []),
    ("unbalanced", "Sales（rose）by 4 percent) today. Exports (by value（ fell.", [")", "("]),
    # a quotation continued over a single line break (paragraphs split by one newline)
    ("unbalanced", 'The bureau said: "We will inspect every site.\n"Any firm that breaks the rules will be closed."', []),
    ("unbalanced", 'The bureau said: "We will inspect every site.\nAny firm that breaks the rules will be closed.', ['"']),
])
def test_punctuation_modes(tmp_path, mode, text, expected):
    cat = rule(tmp_path, "punctuation", {"mode": mode}, category="fluency/punctuation")
    assert [t for t, _ in spans(cat, text)] == expected


@pytest.mark.parametrize("text,expected", [
    ('"We will not buy more．" said the owner.', ("．", ",")),
    ('"We will not buy more。” she added.', ("。", ",")),
    ('"We will not buy more．" The owner left.', ("．", ".")),
    ("The plant opened．Output doubled.", ("．", ". ")),
    ("Profit（net）rose.", ("（", " (")),
])
def test_fullwidth_fix_is_the_mark_english_puts_there(tmp_path, text, expected):
    cat = rule(tmp_path, "punctuation", {"mode": "fullwidth"}, category="fluency/punctuation")
    assert spans(cat, text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("What is the timetable?. The minister left.", ("?.", "?")),
    ("He asked: \"Will it work?.\" Nobody knew.", ("?.", "?")),
    ("And how?. Nobody knew.", ("?.", "?")),
    ("Firms on the white list?. They get loans.", ("?.", ".")),
    ("the new infrastructure construction.?. Thank you.", (".?.", ".")),
    ("The plan was approved,. and work began.", (",.", ",")),
    ("The plan was approved,. Work began.", (",.", ".")),
    ("The plan was approved, . Work began.", (", .", ".")),
    ("Done!. Then we left.", ("!.", "!")),
])
def test_stray_punctuation_suggests_the_mark_the_sentence_needs(tmp_path, text, expected):
    cat = rule(tmp_path, "punctuation", {"mode": "stray"}, category="fluency/punctuation")
    assert spans(cat, text) == [expected]


def test_consistency_variants_flags_the_minority(tmp_path):
    cat = rule(tmp_path, "consistency", {"mode": "variants", "groups": [["spokesperson", "spokesman"]]})
    text = "The spokesperson said. Another spokesperson agreed. The spokesman left."
    assert spans(cat, text) == [("spokesman", "spokesperson")]


def test_consistency_truncation(tmp_path):
    cat = rule(tmp_path, "consistency", {"mode": "truncation"})
    text = "Ministry of Industry and Information Spokesperson: go. The Ministry of Industry and Information Technology said."
    assert spans(cat, text) == [("Ministry of Industry and Information", "Ministry of Industry and Information Technology")]


def test_truncation_passes_the_places_a_body_is_named_after(tmp_path):
    cat = rule(tmp_path, "consistency", {"mode": "truncation", "min_capitals": 2})  # as the catalog's rule
    # the places before the body's head, after a preposition of place: the places themselves, not a cut name
    assert spans(cat, "The Mull and Iona Ferry Committee met. Islanders on Mull and Iona have warned of cuts.") == []
    assert spans(cat, "The Hong Kong and Macao Affairs Office said. Travel between Hong Kong and Macao grew.") == []
    # with "the" before it, or with the head kept, the coordination is cut
    assert spans(cat, "The Mull and Iona Ferry Committee met. The Mull and Iona said it would appeal.") == [
        ("Mull and Iona", "Mull and Iona Ferry Committee")]
    assert spans(cat, "The Ministry of Industry and Information Technology met. Ministry of Industry staff said so.") == [
        ("Ministry of Industry", "Ministry of Industry and Information Technology")]
    # no preposition of place before it: a subject, cut from the body's name
    assert spans(cat, "The Mull and Iona Ferry Committee met. Xinhua: Mull and Iona said it would appeal.") == [
        ("Mull and Iona", "Mull and Iona Ferry Committee")]


def test_boilerplate_spans_whole_line(tmp_path):
    cat = rule(tmp_path, "boilerplate", {"patterns": ["scan the qr code"]}, category="other/boilerplate")
    text = "Article text.\n  Please scan the QR code below:  \nMore text."
    assert spans(cat, text) == [("Please scan the QR code below:", "")]


LIST_RULE = {"patterns": [r"^\s*related reading\s*$", r"^\s*source:"], "list_heads": [r"^\s*related reading\s*$"]}


@pytest.mark.parametrize("text,expected", [
    # the headlines under the head, blank lines between, up to the first line of running text
    ("Exports rose.\n\nRelated reading\n\nPort volumes climb 8%\n\n  Will rates fall?  \nThe bank said rates would hold.\nTrade talks resume",
     ["Related reading", "Port volumes climb 8%", "Will rates fall?"]),
    # a line that ends as a sentence ends the list at once, with a quotation mark or bracket after the stop
    ("Related reading\nShe said: \"We will go.\"\nPort volumes climb", ["Related reading"]),
    ("Related reading\nPort volumes climb\nSee the table (below.)\nOutput rises", ["Related reading", "Port volumes climb"]),
    # a long line is text, whatever its end
    ("Related reading\n" + "word " * 21 + "\nPort volumes climb", ["Related reading"]),
    # only a list head takes lines along: another line of the rule does not
    ("Source: Daily\n\nPort volumes climb", ["Source: Daily"]),
])
def test_boilerplate_list_head_takes_the_headlines_under_it(tmp_path, text, expected):
    cat = rule(tmp_path, "boilerplate", LIST_RULE, category="other/boilerplate")
    found = spans(cat, text)
    assert [t for t, _ in found] == expected
    assert all(fix == "" for _, fix in found)


def test_boilerplate_list_takes_at_most_a_dozen_links(tmp_path):
    cat = rule(tmp_path, "boilerplate", LIST_RULE, category="other/boilerplate")
    text = "Related reading\n" + "".join(f"Headline number {i}\n" for i in range(20))
    assert len(spans(cat, text)) == 1 + 12


@pytest.mark.parametrize("heads,reason", [(["("], "invalid regular expression"), ([r"\s*"], "empty string")])
def test_boilerplate_bad_list_heads_are_refused(tmp_path, heads, reason):
    from audit.rules import RuleError

    with pytest.raises(RuleError, match=reason):
        rule(tmp_path, "boilerplate", {"patterns": ["related"], "list_heads": heads}, category="other/boilerplate")


def test_one_span_one_finding_most_severe_wins(tmp_path):
    path = tmp_path / "two.yaml"
    path.write_text(textwrap.dedent("""\
        rules:
          - {id: a, type: pattern, pattern: 'foo', category: style/awkward, severity: minor, message: m,
             description: d, examples: {flag: [foo], pass: [bar]}}
          - {id: b, type: pattern, pattern: 'foo', category: style/awkward, severity: major, message: m,
             description: d, examples: {flag: [foo], pass: [bar]}}
        """), encoding="utf-8")
    found = check_text("a foo b", load_rules(str(path)))
    assert [(f.rule, f.severity.label) for f in found] == [("b", "major")]


def test_finding_inside_an_equally_severe_one_is_dropped(tmp_path):
    path = tmp_path / "nest.yaml"
    path.write_text(textwrap.dedent("""\
        rules:
          - {id: outer, type: pattern, pattern: 'mobile animal networking', category: terminology, severity: major,
             message: m, description: d, examples: {flag: [x], pass: [y]}}
          - {id: inner, type: pattern, pattern: 'animal networking', category: terminology, severity: major,
             message: m, description: d, examples: {flag: [x], pass: [y]}}
          - {id: caption, type: pattern, pattern: 'Caption: .*', category: other/boilerplate, severity: info,
             message: m, description: d, examples: {flag: [x], pass: [y]}}
        """), encoding="utf-8")
    found = check_text("the mobile animal networking. Caption: animal networking here", load_rules(str(path)))
    # The inner match of the same severity goes; the info caption keeps the minor-or-worse inside it.
    assert [(f.rule, f.text) for f in found] == [
        ("outer", "mobile animal networking"), ("caption", "Caption: animal networking here"), ("inner", "animal networking")]


def test_truncation_ignores_sibling_names_and_is_deterministic(tmp_path):
    cat = rule(tmp_path, "consistency", {"mode": "truncation"})
    text = ("The Ministry of Industry and Information Technology met. "
            "The Ministry of Industry and Information Security met.")
    assert spans(cat, text) == []
    text = ("Bureau of Ocean and Fisheries Management spoke. Bureau of Ocean and Fisheries Research spoke. "
            "Bureau of Ocean and Fisheries said no.")
    assert spans(cat, text) == [("Bureau of Ocean and Fisheries", "Bureau of Ocean and Fisheries Management")]


def test_boilerplate_pattern_matching_empty_lines_is_rejected(tmp_path):
    from audit.rules import RuleError

    with pytest.raises(RuleError, match="empty string"):
        rule(tmp_path, "boilerplate", {"patterns": [r"^(?:share)?\s*$"]}, category="other/boilerplate")


def test_pattern_suggestions_per_named_group(tmp_path):
    cat = rule(tmp_path, "pattern", {
        "pattern": r"\b(?:(?P<agent>intelligent body)|(?P<power>arithmetic power))\b",
        "flags": ["ignorecase"],
        "suggestions": {"agent": "AI agent", "power": "computing power"},
    })
    assert spans(cat, "Arithmetic power feeds each intelligent body.") == [
        ("Arithmetic power", "Computing power"), ("intelligent body", "AI agent")]


@pytest.mark.parametrize("suggestions,reason", [
    ({"nope": "x"}, "no group named 'nope'"),
    ({"agent": 3}, "must be a string"),
])
def test_pattern_suggestions_are_checked_when_loading(tmp_path, suggestions, reason):
    from audit.rules import RuleError

    with pytest.raises(RuleError, match=reason):
        rule(tmp_path, "pattern", {"pattern": r"(?P<agent>intelligent body)", "suggestions": suggestions})


def test_phrase_folding_is_the_translation_table():
    # phrase.folded replaces one character at a time; the table says what each becomes
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from audit.detectors import phrase

    alphabet = st.sampled_from(sorted({chr(k) for k in phrase._FOLD_TABLE} | set("aZ' İß\u2019")))

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=40) | st.text(max_size=40))
    def same(text):
        low = text.lower()
        if len(low) != len(text):
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        assert phrase.folded(text) == low.translate(phrase._FOLD_TABLE)

    same()


def test_repeated_word_pattern_takes_the_word_whole():
    # The possessive word of repetition._ADJACENT finds what the plain one finds.
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from audit.detectors import repetition

    plain = re.compile(r"\b([^\W\d_]+)((?:\s+\1\b)+)", re.IGNORECASE)
    words = st.sampled_from(["the", "The", "THE", "then", "he", "a", "A", "ſ", "s", "K", "\u212a", "k", "_a", "a1",
                             "éé", "ÉÉ", "ß", "ss"])
    gaps = st.sampled_from([" ", "  ", "\n", "\t", "", "-", ". ", "\u00a0"])

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.tuples(words, gaps), max_size=12))
    def same(parts):
        text = "".join(w + g for w, g in parts)
        assert [(m.span(), m.groups()) for m in repetition._ADJACENT.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]

    same()


@pytest.mark.parametrize("text,phrase,inside", [
    ('The council welcomed "healthy and orderly" exchanges.', "healthy and orderly", True),
    ('She said it would “waste the money of Taiwan compatriots” and more.', "Taiwan compatriots", True),
    ('He said: "We want healthy and orderly exchanges."', "healthy and orderly", False),  # a quoted sentence
    ('He said, "healthy and orderly growth is the aim."', "healthy and orderly", False),  # a quoted sentence
    ('"We want healthy and orderly growth," he said.', "healthy and orderly", False),  # a quoted sentence
    ('Beijing urged "Taiwan compatriots" to oppose it.', "Taiwan compatriots", True),
    ('"Healthy and orderly" growth remains the aim.', "Healthy and orderly", True),
    ('The council said, in its words, ‘healthy and orderly’.', "healthy and orderly", True),
    ('The city’s plan calls for healthy and orderly growth’s sake.', "healthy and orderly", False),
    ('"Good," he said, calling for healthy and orderly growth.', "healthy and orderly", False),  # outside
    ('It wants "steady" and healthy and orderly growth.', "healthy and orderly", False),  # after a closed one
    ('He called for "a long list of words that runs on and on and on past any fragment a reporter would ever care to keep, all of it in healthy and orderly ways" today.',
     "healthy and orderly", True),  # long, but the writer's sentence runs into it and on past it
    ('He said: "A long list of words that runs on and on and on past any fragment a reporter would ever care to keep, all of it in healthy and orderly ways" today.',
     "healthy and orderly", False),  # a long quotation opening in capitals is a quoted sentence
    ('He called for "' + "more and more words " * 20 + 'in healthy and orderly ways" today.',
     "healthy and orderly", False),  # past _LONG_FRAGMENT_WORDS: too long for a fragment
])
def test_partial_quotation(text, phrase, inside):
    from audit.detectors.pattern import in_partial_quote
    start = text.index(phrase)
    assert in_partial_quote(text, start, start + len(phrase)) is inside
