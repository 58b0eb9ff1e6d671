"""What compare reads out of two aligned spans: figures as values, names in two forms, dates
against a dateline; and the divergences an editor is shown for them. No model: pairs are
made by hand (one sentence of each side), as in tests/test_align.py."""
import pytest

from audit.align import Alignment, Pair, Span, find_dateline, find_divergences
from audit.align.extraction import _dates, name_relation
from audit.align.figures import figures, match_figures
from audit.document import Document
from audit.glossary import parse_glossary


def doc(text, path="<t>"):
    return Document.from_text(text, path=path)


def one_pair(text_a, text_b):
    """The last sentence of each text as one pair (earlier lines can carry a dateline)."""
    a, b = doc(text_a), doc(text_b)
    pair = Pair(Span.of(a, *a.sentences[-1]), Span.of(b, *b.sentences[-1]), "sentence", "sentence", 0.9, 2.0, 50.0,
                "equivalent")
    return Alignment(a, b, [pair], [], [])


def found(text_a, text_b, kind=None, glossary=None):
    out = find_divergences(one_pair(text_a, text_b), glossary=glossary)
    return [(d.kind, d.a.text, d.b.text) for d in out if kind is None or d.kind == kind]


# ------------------------------------------------------------------------------ figures
FIGURES = [
    # text, figure text, low, high, unit
    ("Exports rose 35.2% year on year.", "35.2%", 35.2, 35.2, "percent"),
    ("exports were up 35.2 percent", "35.2 percent", 35.2, 35.2, "percent"),
    ("output reached 4.93 million units", "4.93 million", 4.93e6, 4.93e6, "unit"),
    ("output reached 492.9 ten thousand units", "492.9 ten thousand", 4.929e6, 4.929e6, "unit"),
    ("revenue of 1.2 hundred million yuan", "1.2 hundred million", 1.2e8, 1.2e8, "CNY"),
    ("exports of 650,000 vehicles", "650,000", 650000, 650000, "vehicle"),
    ("RMB 3.6 trillion in deposits", "RMB 3.6 trillion", 3.6e12, 3.6e12, "CNY"),
    ("growth of 30-35 percent", "30-35 percent", 30, 35, "percent"),
    ("between 8 and 10 percent", "8 and 10 percent", 8, 10, "percent"),
    ("10 to 20 million tons", "10 to 20 million", 1e7, 2e7, "ton"),
    ("a rise of 3.5 percentage points", "3.5 percentage points", 3.5, 3.5, "point"),
    ("$12.5 billion in bonds", "$12.5 billion", 1.25e10, 1.25e10, "USD"),
    ("Two hundred million students", "Two hundred million", 2e8, 2e8, "student"),
]


@pytest.mark.parametrize("text,shown,low,high,unit", FIGURES)
def test_figures_are_read_as_values(text, shown, low, high, unit):
    (f,) = figures(text)
    assert (text[f.start:f.end], f.unit) == (shown, unit)
    assert f.low == pytest.approx(low) and f.high == pytest.approx(high)


def test_years_numbers_inside_words_and_changes():
    assert figures("In 2023 the 5G rollout and COVID-19 tests went on.") == []
    assert [f.change for f in figures("Exports fell 1.2% while imports rose 3 percent.")] == ["down", "up"]
    # "from 4.1 million to 4.93 million" is two figures, not a range
    assert [(f.low, f.high) for f in figures("from 4.1 million to 4.93 million vehicles")] == \
        [(4.1e6, 4.1e6), (4.93e6, 4.93e6)]
    # "up 5 percent to 3.6 trillion yuan": the change belongs to the percent only
    assert [(f.unit, f.change) for f in figures("rose 5 percent to 3.6 trillion yuan")] == \
        [("percent", "up"), ("CNY", None)]


AGREE = [
    ("output of 492.9 ten thousand units", "output of 4.93 million units"),
    ("sales of 35.2% of the total", "sales of 35.2 percent of the total"),
    ("a loan of 1.2 hundred million yuan", "a loan of 120 million yuan"),
    ("84 hundred million trips", "8.4 billion trips"),
    ("deposits of RMB 3.6 trillion", "deposits of 3.6 trillion yuan"),
    ("imports of 7,800 hundred million yuan", "imports of 780 billion yuan"),
    ("growth of 6.0% in output", "growth of 6% in output"),
]
DISAGREE = [
    ("exports of 60.5 ten thousand vehicles", "exports of 650,000 vehicles"),
    ("a share of 35.2%", "a share of 35.5 percent"),
    ("growth of between 8 and 10 percent", "growth of 8-12 percent"),
    ("exports to the EU fell 1.2%", "exports to the EU rose 1.2 percent"),
    ("box office of 15.19 billion yuan", "box office of 1.519 billion yuan"),
]


@pytest.mark.parametrize("a,b", AGREE)
def test_agreeing_figures(a, b):
    (x,), (y,) = figures(a), figures(b)
    assert x.agrees(y) and y.agrees(x)
    assert match_figures([x], [y]) == []


@pytest.mark.parametrize("a,b", DISAGREE)
def test_disagreeing_figures_are_matched(a, b):
    (x,), (y,) = figures(a), figures(b)
    assert not x.agrees(y)
    assert match_figures([x], [y]) == [(x, y)]


def test_figures_are_matched_by_what_they_count_not_every_number_with_every_number():
    a = "Exports rose 35.2% to 4.93 million vehicles, and 3.92 million 5G base stations were built."
    b = "Exports of 4.93 million vehicles were up 35.5 percent; 3.92 million base stations were built."
    pairs = match_figures(figures(a), figures(b))
    assert [(a[x.start:x.end], b[y.start:y.end]) for x, y in pairs] == [("35.2%", "35.5 percent")]
    # a percent is never compared with a count, nor yuan with dollars
    assert match_figures(figures("sales of 12 percent"), figures("sales of 15 vehicles")) == []
    assert match_figures(figures("sales of 5 billion yuan"), figures("sales of 6 billion US dollars")) == []


def test_number_divergence_message_gives_both_values():
    (d,) = find_divergences(one_pair("Exports of new energy vehicles were 60.5 ten thousand.",
                                     "Exports of new energy vehicles reached 650,000."))
    assert (d.kind, d.a.text, d.b.text) == ("number", "60.5 ten thousand", "650,000")
    assert "605,000 against 650,000" in d.message


# ------------------------------------------------------------------------------ names
RELATIONS = [
    ("European Union", "European Union's", "possessive"),
    ("Wen Ku", "Wen ku", "case"),
    ("Department of Information and Communications Development",
     "Department of Information and Communication Development", "plural"),
    ("Xu Wen-jie", "Xu Wenjie", "spelling"),
    ("Xu Wen Jie", "Xu Wenjie", "spelling"),
    ("Wenjie Xu", "Xu Wenjie", "order"),
    ("Information Office of the State Council", "State Council Information Office", "order"),
    ("Tao Qing", "Tao Qin", "near"),
    ("Mi Feng", "Mi Fengguo", "near"),
    ("Ministry of Industry", "Ministry of Industry and Information Technology", "truncated"),
    ("National Development and Reform Commission", "National Development Commission", "truncated"),
    ("National Financial Regulatory Administration", "Financial Regulatory Administration", "truncated"),
    ("Mao-Ning", "Mao Ning", "spelling"),
    ("Ministry of Emergency Management", "Ministry of Emergency", None),   # only the glossary can tell
    ("Li Chao", "Li Zhao", "near"),            # ch / zh: one initial romanised two ways
    ("Li Ming", "Li Ping", None),              # m / p are not
    ("Li Keqiang", "Li Qiang", None),          # two people
    ("Wen Ku", "Teng Han Wen Ku", None),       # a byline run into a name: no official name cut short
    ("State Council", "State Council Information Office", None),   # two bodies
    ("Zhang Wei", "Zhang Min", None),
    ("Ministry of Commerce", "Ministry of Finance", None),
]


@pytest.mark.parametrize("x,y,relation", RELATIONS)
def test_name_relation(x, y, relation):
    assert name_relation(x.split(), y.split()) == relation
    assert name_relation(y.split(), x.split()) == relation


NAME_DIVERGENCES = [
    ("Xu Wenjie, spokesperson of the ministry, said output rose.",
     "Xu Wen-jie, spokesman of the ministry, said output rose.", "name", "Xu Wenjie", "Xu Wen-jie",
     "one name written two ways"),
    ("Spokesperson Shu Jueting said trade grew.", "Jueting Shu, the spokeswoman, said trade grew.",
     "name", "Shu Jueting", "Jueting Shu", "word order"),
    ("Vice Minister Tao Qing said 5G will grow.", "Vice Minister Tao Qin said 5G will grow.",
     "name", "Tao Qing", "Tao Qin", "probably the same person, spelled differently"),
    ("The Ministry of Industry and Information Technology held a briefing.",
     "The Ministry of Industry held a briefing.", "term", "Ministry of Industry and Information Technology",
     "Ministry of Industry", "official name cut short"),
]


@pytest.mark.parametrize("a,b,kind,want_a,want_b,words", NAME_DIVERGENCES)
def test_name_divergences(a, b, kind, want_a, want_b, words):
    (d,) = find_divergences(one_pair(a, b))
    assert (d.kind, d.a.text, d.b.text) == (kind, want_a, want_b)
    assert words in d.message


@pytest.mark.parametrize("a,b", [
    ("The European Union welcomed the plan.", "The European Union's members welcomed the plan."),
    ("He leads the Department of Information and Communications Development.",
     "He leads the Department of Information and Communication Development."),   # no glossary: a plural is grammar
    ("Xu Wenjie said so.", "Xu Wenjie's ministry said so."),
])
def test_possessives_and_plurals_are_not_divergences(a, b):
    assert found(a, b) == []


def test_glossary_gives_its_verdict_on_a_name():
    glossary = parse_glossary({"version": 1, "entries": [{"canonical": "Tao Qing", "kind": "person", "variants": ["Tao Ching"]}]})
    (d,) = find_divergences(one_pair("Vice Minister Tao Qin spoke.", "Vice Minister Tao Qing spoke."),
                            glossary=glossary)
    assert d.canonical == {"side": "b", "form": "Tao Qing"}
    assert "B matches the glossary ('Tao Qing')" in d.message


def test_official_name_cut_short_across_reports_with_the_glossary(catalog):
    glossary = next(r.state["glossary"] for r in catalog.rules if r.type == "glossary")
    a = doc("The press conference was held in Beijing on Monday.\n"
            "Xu Wenjie, spokesperson of the Ministry of Industry and Information Technology, spoke.\n")
    b = doc("The Ministry of Industry held the press conference in Beijing on Monday.\n")
    pair = Pair(Span.of(a, *a.sentences[0]), Span.of(b, *b.sentences[0]), "sentence", "sentence", 0.9, 2.0, 50.0,
                "partial")
    (d,) = find_divergences(Alignment(a, b, [pair], [], []), glossary=glossary)
    assert (d.kind, d.pair, d.a.text, d.b.text) == ("term", 0, "Ministry of Industry and Information Technology",
                                                    "Ministry of Industry")
    assert d.canonical == {"side": "a", "form": "Ministry of Industry and Information Technology"}
    assert a.text[d.a.start:d.a.end] == d.a.text and b.text[d.b.start:d.b.end] == d.b.text


# ------------------------------------------------------------------------------ dates
BODY = ("Ministry holds briefing on exports\n2024-07-12 09:30  Source: Example Daily\n\n"
        "Beijing, July 11 (Reporter Li Ming) The ministry said today that exports rose.\n")


def test_dateline_in_the_body_wins_over_the_site_timestamp():
    line = find_dateline(doc(BODY))
    assert (line.show(), line.dateline) == ("July 11, 2024", True)   # the year comes from the timestamp
    assert find_dateline(doc("Title\nMay 21,2020 11:55CST\n\nBody today.\n")).show() == "May 21, 2020"
    assert find_dateline(doc("BEIJING, Oct. 19 (Xinhua) -- China said so.\n")).show() == "October 19"


@pytest.mark.parametrize("sentence,resolved", [
    ("The ministry said today that exports rose.", ["July 11, 2024"]),
    ("The fair closed yesterday.", ["July 10, 2024"]),
    ("Officials met on Wednesday.", ["July 10, 2024"]),
    ("Officials met on Thursday.", ["July 11, 2024"]),
    ("Officials met last Thursday.", ["July 4, 2024"]),
    ("The fair will open on Friday.", ["July 12, 2024"]),
])
def test_relative_dates_and_weekdays_resolve_against_the_dateline(sentence, resolved):
    d = doc("2024-07-12 09:30\n\nBeijing, July 11 (Reporter Li Ming) " + sentence + "\n")
    line = find_dateline(d)
    assert [x.show() for x in _dates(d.text, 0, line)] == ["July 12, 2024"] + resolved


def test_date_divergence_uses_the_body_dateline():
    got = found(BODY, "At the press conference on July 10, the ministry said exports rose.", "date")
    assert got == [("date", "today", "July 10")]
    assert found(BODY, "At the press conference on July 11, the ministry said exports rose.", "date") == []
    # the dateline itself says when the report was filed: it is not a date of the pair
    assert found("Beijing, July 11 (Reporter Li Ming) Exports rose, the ministry said.",
                 "Exports rose, the ministry said on Thursday.", "date") == []


def test_weekday_divergence():
    a = "2023-10-20 10:12\n\nBEIJING, Oct. 19 (Trade News) -- The ministry said on Thursday that trade grew.\n"
    b = "2023-10-19\n\nThe ministry told reporters on Wednesday that trade grew.\n"
    assert found(a, b, "date") == [("date", "Thursday", "Wednesday")]


def test_counted_nouns_sharing_a_word_are_the_same_quantity():
    (x,), (y,) = figures("organize 1,200 job fairs"), figures("hold 1,500 recruitment fairs")
    assert match_figures([x], [y]) == [(x, y)]
    (x,), (y,) = figures("organize 1,200 job fairs"), figures("train 1,500 teachers")
    assert match_figures([x], [y]) == []


def test_clause_pair_reads_dates_from_its_whole_sentences():
    a = doc("2024-03-01 09:40\n\nBeijing, Feb. 29 (Reporter Lin Qing) Spending rose, Vice Minister Wu Zhaohui "
            "of the Ministry of Science and Technology said yesterday.\n")
    b = doc("Spending rose 8.1 percent, Wu Zhaohui, vice minister of science and technology, said on February 27.\n")
    sa, sb = a.text.index("Vice Minister"), b.text.index("Wu Zhaohui")
    pair = Pair(Span.of(a, sa, len(a.text.rstrip())), Span.of(b, sb, b.text.index(" said on")), "clause",
                "clause", 0.9, 2.0, 50.0, "partial")
    (d,) = find_divergences(Alignment(a, b, [pair], [], []))
    assert (d.kind, d.a.text, d.b.text) == ("date", "yesterday", "February 27")
    assert "February 28, 2024" in d.message


def test_months_without_a_day():
    assert found("The campaign will start in April, he said.", "The campaign will start in May, he said.",
                 "date") == [("date", "April", "May")]
    assert found("The campaign will start in April, he said.", "It starts on April 3, he said.", "date") == []
    assert found("It may rain in June.", "It may rain in June.", "date") == []


def test_figures_are_one_content_word_by_value():
    from audit.align.similarity import content_words

    a = content_words("it received 4.27 million consumer complaints, up 12.4 percent")
    b = content_words("regulators handled 427 ten thousand complaints from consumers, an increase of 14.2 percent")
    assert "#4.27e+06" in a & b and "#12.4" in a and "#14.2" in b


def test_glossary_tells_an_official_name_cut_at_the_end(catalog):
    glossary = next(r.state["glossary"] for r in catalog.rules if r.type == "glossary")
    long_, short = "Ministry of Emergency Management".split(), "Ministry of Emergency".split()
    assert name_relation(long_, short, glossary) == "truncated"
    # "State Council" is a body of its own in the glossary, not a cut "State Council Information Office"
    assert name_relation("State Council Information Office".split(), "State Council".split(), glossary) is None


def test_a_hyphenated_name_is_a_name():
    assert found("Spokesperson Mao Ning said the summit will be held next year.",
                 "Mao-Ning, a spokeswoman, said the summit will be held next year.") == \
        [("name", "Mao Ning", "Mao-Ning")]


def test_days_pair_with_days_and_months_with_months():
    a = ("2024-03-23 10:15\n\nBeijing, March 22 (Reporter Tang Wei) Users reached 1.092 billion by the end of "
         "December 2023, according to a report released on Friday.\n")
    b = "2024-03-22\n\nChina had 10.92 hundred million users at the end of last year, a report released on Thursday showed.\n"
    assert found(a, b, "date") == [("date", "Friday", "Thursday")]


def test_years_alone():
    assert found("The ministry will add 2 million beds by 2025.", "Two million beds will be added by 2026.",
                 "date") == [("date", "2025", "2026")]
    assert found("Output grew in 2023, he said.", "Output grew on May 5, 2023, he said.", "date") == []
    assert found("Output grew in 2023, he said.", "Output grew last year, he said.", "date") == []
