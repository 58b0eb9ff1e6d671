"""The ``capitalization`` modes of the caps10 round, kept apart from ``capitalization.py`` and
``capital_names.py``: each reads one shape in one sentence.

- ``lower_body`` (``lower_bodies``): the full name of a national body or of a law of China,
  translated word by word and left in lower case ("the national development and reform
  commission", "the labor contract law of the people's republic of china"). The shape says it is
  a name: a level word that only a name puts after "the", with two content words, "people's" or
  a field after "of"/"for" beside a body's head.
- ``given_lower`` (``lower_given_names``): a pinyin given name left in lower case after its
  capitalised family name ("Li keqiang", "Xi jinping").
- ``common_after_the`` (``capitals_after_the``): a common noun capitalised after "the" inside a
  sentence, as the subject of a verb ("the Economy grew", "the Harvest was").
"""
from __future__ import annotations

from collections import Counter

from . import Hit
from .. import re_programs
from ..cedict import pinyin_syllables
from ..zipf import zipf_cached
from .capital_words import form_of_address, inside_capitals, lower_words_before, matches_at
from .capital_names import _HANDLE_MARK, _LETTER_RUN, glossed_elsewhere, in_address, in_gloss, is_pinyin, lower_line, not_english


# Patterns the functions below search with, compiled once (issue 13, speed33a: written inline,
# each went through ``re``'s cache of 512, which a check's own patterns and pysbd's turn over,
# and was compiled again after it dropped out).
_JOINED_CAPITAL_AFTER = re_programs.compile(r"[ \u00a0]+(?:or|and|&)[ \u00a0]+(?:[A-Z]|[a-z]+[A-Z])")
_STOP_AT_LINE_END = re_programs.compile(r"[.!?][\"”’')]?$")
_WORD_TOKEN = re_programs.compile(r"[\w'’-]+")

# ---------------------------------------------------------------- bodies and laws in lower case

# Words that, after "the" and before a content word and a body's head, make the phrase a name:
# the level of a body of the state ("the national health commission", "the supreme people's
# court", "the china securities regulatory commission").
_LEVELS = frozenset("national state central supreme china chinese all-china".split())
# Heads of bodies of the state. Not "bank" ("the central bank" is a common noun), "agency"
# ("the state news agency"), "team", "service" or "office" (words English uses of any national thing).
_BODY_HEADS = frozenset("""commission commissions committee council administration bureau ministry court procuratorate
congress conference academy federation""".split())
_WORDS_AFTER_THE = re_programs.compile(r"(?<![\w'’@#/.-])([Tt]he)[ \u00a0]+((?:[a-z][a-z'’-]*[ \u00a0]+){0,5}[a-z][a-z'’-]*)")
_LOWER_WORD = re_programs.compile(r"[a-z][a-z'’-]*")
# What every run of ``_WORDS_AFTER_THE`` that ``lower_bodies`` reads holds: "[Tt]he", spaces and a
# level word as a whole word (a run's words are whole: each is followed by a space or by none of
# its letters), searched from its literal "he" (a fifth of the time of "[Tt]he"). A text without
# it has no such run, and the scan of every "the" and the words after it is skipped there
# (issue 13, speed37b: 273 of the 320 stories of clean_fresh60-79).
_LEVEL_AFTER_THE = re_programs.compile(r"he[ \u00a0]+(?:" + "|".join(sorted(_LEVELS, key=lambda w: (-len(w), w)))
                                       + r")(?![a-z'’-])")
# What every match of ``_PEOPLES_REPUBLIC`` and of ``_LAW_OF_PRC`` holds ("republic" or
# "Republic"): a text without it skips both scans (309 of those 320 stories).
_REPUBLIC = "epublic"
# Words that end the name: function words, verbs of news and saying, words that open a clause.
_NOT_NAME_WORDS = frozenset("""the a an of for on and or in at to by with from as is are was were be been has have had
will would can could should may might must said says that which who this these those its their his her our
its after before since under over into about than""".split())
# Verbs that follow a body's name in news ("the bureau of statistics showed"): not the field's words.
_NEWS_VERBS = frozenset("""says shows call calls urges urge plans plan warns warn issues issue sets set adds add
wants want expects expect""".split())
_PEOPLES_REPUBLIC = re_programs.compile(r"(?<![\w'’-])people['’]s[ \u00a0]+republic[ \u00a0]+of[ \u00a0]+china(?![\w'’-])")
_LAW_OF_PRC = re_programs.compile(r"(?<![\w'’-])the[ \u00a0]+((?:[a-z][a-z-]*[ \u00a0]+){1,5}law)[ \u00a0]+of[ \u00a0]+the[ \u00a0]+"
                                  r"(?:people['’]s|People['’]s)[ \u00a0]+(?:republic|Republic)[ \u00a0]+of[ \u00a0]+(?:china|China)\b")


def _name_words(words):
    """The words of a lower-case run after "the" up to its body's head and the field after it,
    as the end index in ``words`` or None: a level word first, then a head after two content
    words or "people's", or a head with "of"/"for" and a field; the field goes on through "and"
    ("the state administration for market regulation and quality")."""
    if not words:
        return None
    first = words[0]
    if first not in _LEVELS:
        return None  # "the ministry of emergency management": some house styles write a ministry so
    start = 1
    head = None
    for i in range(start, len(words)):
        w = words[i]
        if w == "and" and i > start and i + 1 < len(words) and words[i + 1] not in _NOT_NAME_WORDS:
            continue  # "the national development and reform commission"
        if w in _NOT_NAME_WORDS or (w.endswith(("'s", "’s")) and w not in ("people's", "people’s")):
            break
        if w in _BODY_HEADS:
            head = i
            break
    if head is None:
        return None
    end = head + 1
    if end < len(words) and words[end] in ("of", "for"):
        field_end = None
        for j in range(end + 1, len(words)):
            w = words[j]
            if w == "and" and field_end is not None:
                continue
            if w in _NOT_NAME_WORDS or w in _NEWS_VERBS or w.endswith("ed"):
                break
            field_end = j + 1
        if field_end is not None:
            end = field_end
    if first in _LEVELS and end == head + 1 and head - start < 2 and not any(
            w in ("people's", "people’s") for w in words[start:head]):
        # "the national committee", "the national film administration", "the state weather
        # bureau": one word or none between, a description that news English writes in lower case
        return None
    return end


def lower_bodies(doc, state):
    """A national body or a law of China named in full in lower case (see the module's
    docstring). Passed: a line set in lower case throughout, an address, a gloss."""
    text = doc.text
    lower_lines = {}
    seen_ends = set()
    for m in _WORDS_AFTER_THE.finditer(text) if _LEVEL_AFTER_THE.search(text) else ():
        run = m.group(2)
        # ``_name_words`` reads a run that opens on a level word only: the run's first word (it
        # ends at the first space) looked at before its words are listed (issue 13, speed36b)
        if run.split(None, 1)[0] not in _LEVELS:
            continue
        run_start = m.start(2)
        words = [w.group(0) for w in _LOWER_WORD.finditer(m.group(2))]
        spans = [(run_start + w.start(), run_start + w.end()) for w in _LOWER_WORD.finditer(m.group(2))]
        end = _name_words(words)
        if end is None:
            continue
        start, stop = spans[0][0], spans[end - 1][1]
        if stop in seen_ends:
            continue
        line_start, line_end = doc.line_at(start)
        if lower_line(text, line_start, line_end, lower_lines) or in_address(text, start, stop, line_start, line_end):
            continue
        seen_ends.add(stop)
        name = text[start:stop]
        fix = " ".join(w if w in ("of", "for", "and", "the") else w[0].upper() + w[1:] for w in name.split())
        yield Hit(start, stop, fix, {"word": name})
    if _REPUBLIC not in text:
        return
    for m in _PEOPLES_REPUBLIC.finditer(text):
        line_start, line_end = doc.line_at(m.start())
        if lower_line(text, line_start, line_end, lower_lines) or in_address(text, m.start(), m.end(), line_start, line_end):
            continue
        yield Hit(m.start(), m.end(), "People's Republic of China", {"word": m.group(0)})
    for m in _LAW_OF_PRC.finditer(text):
        if m.group(1).split()[0] in _NOT_NAME_WORDS:
            continue
        name = m.group(1)
        fix = " ".join(w[0].upper() + w[1:] for w in name.split())
        yield Hit(m.start(1), m.end(1), fix, {"word": name})


# ---------------------------------------------------------------- a given name in lower case

_SURNAME_THEN_WORD = re_programs.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]{0,5})[ \u00a0]([a-z]{4,})(?![\w'’@/-]|\.\w)")
_NOT_GIVEN_ZIPF = 2.5


def lower_given_names(doc, state):
    """A Chinese given name in lower case after its family name in capitals ("Li keqiang", "Xi
    jinping"): the family name one of ``surnames``, the next word two or three syllables of
    pinyin and no English word. One syllable is left out: "Tai chi", "Feng shui", "Gan bei"
    are words English borrows with their case. Passed: a gloss (quoted, bracketed, beside
    other pinyin, near Chinese characters), an address."""
    text = doc.text
    surnames = state["surnames"]
    for m in _SURNAME_THEN_WORD.finditer(text):
        if m.group(1).lower() not in surnames:
            continue
        given = m.group(2)
        if is_pinyin(given, 1) or not is_pinyin(given, 3):
            continue
        if zipf_cached(given) >= _NOT_GIVEN_ZIPF or not not_english(given):
            continue
        line_start, line_end = doc.line_at(m.start())
        if in_gloss(text, m.start(1), m.end(2), line_start, line_end) or in_address(text, m.start(2), m.end(2), line_start, line_end):
            continue
        fix = m.group(1) + " " + given[0].upper() + given[1:]
        yield Hit(m.start(1), m.end(2), fix, {"word": m.group(0)})


# ---------------------------------------------------------------- a common noun capitalised after "the"

# "the" inside a sentence (after a lower-case word or a comma), a capitalised word, and a verb
# of which it is the subject.
_SUBJECT_VERBS = (r"is|was|are|were|has|had|have|will|would|could|can|should|may|"
                  r"might|must|did|does|grew|rose|fell|went|came|took|made|became|began|remained|turned|showed|reached|dropped|"
                  r"increased|decreased|declined|expanded|shrank|slowed|recovered|improved|worsened")
_THE_CAPITAL_VERB = re_programs.compile(
    r"(?:(?<=[ \u00a0(])(?P<prev>[a-z]+),?|,)[ \u00a0]the[ \u00a0]([A-Z][a-z]{3,})[ \u00a0](?=(" + _SUBJECT_VERBS + r")\b)")
# What every match of ``_THE_CAPITAL_VERB`` holds, searched from its literal "the" (the pattern
# itself tries its opening word at every position): a text without it skips the scan (issue 13,
# speed37b: 307 of the 320 stories of clean_fresh60-79; 30 ms of scans -> 1 ms).
_THE_CAPITAL_VERB_HINT = re_programs.compile(r"the[ \u00a0][A-Z][a-z]{3,}[ \u00a0](?:" + _SUBJECT_VERBS + r")\b")
# Words news English capitalises alone after "the" as a name's short form or a house style:
# bodies, posts, the state's institutions and documents, sports events, places, sacred and
# heavenly names.
_NAME_ALONE = frozenset("""government parliament congress senate house cabinet treasury budget exchequer church crown
army navy court police party bank company group board council commission committee ministry department office bureau
agency authority union league championship premiership cup games olympics open masters tour series final finals
strip city bay valley village island isle coast gulf state states republic kingdom commonwealth federation union
constitution bible koran quran torah internet web earth moon sun pope queen king prince princess duke duchess emperor
empress father lord god almighty devil west east north south left right opposition coalition alliance fund issuer
trust firm museum gallery palace school college university institute academy hospital centre center foundation society
association tribunal inquiry review act bill code treaty agreement convention charter accord fed reserve establishment
president premier chancellor governor mayor minister secretary speaker ambassador chairman chairwoman chair director
general admiral commissioner prosecutor judge justice attorney senator sheriff coroner bishop cardinal archbishop
bridge tower square street road wall gate market airport station chamber channel lords commons
guardian times post economist observer telegraph independent mirror star herald tribune globe journal""".split())


_NAME_LINKS = frozenset("of for and on in at to".split())
_CAPITAL_BEFORE = re_programs.compile(r"[A-Z][\w'’-]*[ \u00a0]+$")


def capitals_after_the(doc, state):
    """A common noun capitalised after "the" inside a sentence, as the subject of a verb ("the
    Economy grew", "the Harvest was the best"): a common English word (Zipf ``min_zipf`` or
    more) that no house style capitalises alone (``_NAME_ALONE``: bodies, posts, institutions,
    documents, events, places), written with its capital only here (a name's short form recurs:
    "the Budget ... the Budget"), and not the end of a longer name the document writes ("Silicon
    Valley ... the Valley"). Passed: headlines in title case, defined terms ('(the "Notes")')."""
    from .capitalization import _common_word, defined_words, title_line, whole_word_count
    text = doc.text
    headline = {}
    for m in _THE_CAPITAL_VERB.finditer(text) if _THE_CAPITAL_VERB_HINT.search(text) else ():
        word = m.group(2)
        low = word.lower()
        if low in _NAME_ALONE or low in state["allow"]:
            continue
        if m.group("prev") in _NAME_LINKS and _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the Great Hall of the People would": the end of a longer name
        if zipf_cached(low) < state["min_zipf"] or not _common_word(low):
            continue  # "the Atlantic", "the Japanese": a name, or a word CC-CEDICT's glosses never write in lower case
        line_start, line_end = doc.line_at(m.start())
        if title_line(doc, headline, line_start, line_end):
            continue
        if whole_word_count(text, word, 2) > 1:  # ``word``: letters (``_THE_CAPITAL_VERB``)
            continue  # the document writes it with its capital again: a name's short form or a house style
        if low in defined_words(text):
            continue
        yield Hit(m.start(2), m.end(2), low, {"word": word})


# ---------------------------------------------------------------- a firm's name with its head in lower case

# A firm's name: a word that is no common English word (a brand, a place) and the head of a
# firm's name in title case ("Huawei Technologies", "Alibaba Group", "Geely Auto").
_NAME_PAIR = re_programs.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]{2,})[ \u00a0]([A-Z][a-z]{2,})(?![\w'’-])")
_NAME_THEN_LOWER = re_programs.compile(r"([A-Z](?<![\w'’.-][A-Z])[a-z]{2,})[ \u00a0]([a-z]{3,})(?![\w'’@/-]|\.\w)")
# Heads of firms' and institutions' names, which English writes in lower case only as common
# nouns ("a technology group", "a Shenzhen university"): after a name the document writes with
# the head capitalised, the lower case is the same name written another way ("Tsinghua
# University ... Tsinghua university"). Not "port", "station", "park" or a river's or a
# mountain's noun, which house styles write in lower case after a place ("Qingdao port").
_FIRM_HEADS = frozenset("""group technologies technology holdings company corporation motors motor airlines airways
electric telecom pharmaceutical pharmaceuticals energy bank securities insurance media entertainment network networks
software semiconductor semiconductors electronics automobile auto steel mobile industries industry logistics foods
solar power chemical chemicals construction shipping
university college institute hospital airport museum daily academy stadium temple palace gallery library school""".split())
_BRAND_ZIPF = 3.5
_OF_AFTER = re_programs.compile(r"[ \u00a0]+(?:of|that|which|who)\b")


def lower_name_tails(doc):
    """A firm's name written with its head in lower case where the same document writes it in
    title case ("Huawei Technologies opened ... Huawei technologies said"): the first word no
    common English word (Zipf below ``_BRAND_ZIPF``), the head one of ``_FIRM_HEADS``. Asked
    by ``case-variant-in-document``."""
    text = doc.text
    names = set()
    for m in _NAME_PAIR.finditer(text):
        head = m.group(2).lower()
        if head in _FIRM_HEADS and zipf_cached(m.group(1).lower()) < _BRAND_ZIPF:
            names.add((m.group(1), head))
    if not names:
        return
    for m in _NAME_THEN_LOWER.finditer(text):
        if (m.group(1), m.group(2)) not in names:
            continue
        if _OF_AFTER.match(text, m.end()):
            continue  # "the Alibaba group of companies": a common noun with its own complement
        line_start, line_end = doc.line_at(m.start())
        if in_address(text, m.start(), m.end(), line_start, line_end):
            continue
        fix = m.group(1) + " " + m.group(2)[0].upper() + m.group(2)[1:]
        yield Hit(m.start(), m.end(), fix, {"word": m.group(0), "other": fix})


# ---------------------------------------------------------------- a title-case run after "a" or "an"

# "a" or "an" inside a sentence, a run of two to four capitalised words, and what ends a noun
# phrase after it: a function word, a verb of being or having, or a mark.
_A_TITLE_RUN = re_programs.compile(
    r"a(?<=[a-z,] a)n?[ \u00a0]((?:[A-Z][a-z]+[ \u00a0]){1,3}[A-Z][a-z]+)(?=[ \u00a0]+(?:to|in|at|for|that|which|last|this|"
    r"on|and|with|from|by|was|is|will|has|had|were|are)\b|[.,;:])")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_RUN_ZIPF = 3.0
# Heads of the honours, documents and permits English capitalises as the names of one thing that
# many hold ("a Purple Heart", "a Silver Bear", "a White Paper", "a Green Card", "a Blue Badge"),
# and the meetings company law names ("an Annual General Meeting", "an Extraordinary General
# Meeting": "meeting" only after "General"). An engine's run ends on a place, a body or an event
# ("a Convenience Service Station", "a Square Dance Competition"), not on these.
_HONOUR_DOCUMENT_HEADS = frozenset("""heart bear lion globe palm medal cross star paper card badge visa flag""".split())
# ... and of the tickets, permits, court and council orders and degrees that British copy
# capitalises as the name of the thing one holds ("a Season Ticket", "a Freedom Pass", "a
# Compulsory Purchase Order", "an Honorary Doctorate"; issue 9, thirty-sixth round): an
# engine's run names a facility, a body, an event or a campaign, not a paper one holds.
_HELD_PAPER_HEADS = frozenset("""ticket pass permit licence license order warrant notice certificate doctorate degree
diploma""".split())
# ... and of the charges, payments and reliefs that British copy capitalises as the name of the
# scheme a council or a tax office runs, a compound of three words or more ("a Second Homes
# Premium", "a Winter Fuel Payment", "a Single Person Discount", "a Council Tax Reduction"; issue 9,
# forty-fourth round, a false alarm in the blind clean set clean_fresh176): an engine's run names a
# facility, a body, an event or a campaign, not a sum paid or waived; an adjective and the head in
# capitals ("a Significant Reduction") is an engine's.
_CHARGE_HEADS = frozenset("""premium payment discount levy tax duty surcharge rebate relief credit supplement reduction
exemption""".split())
# Words before "a" that make the run a post or an honour: the complement of a copula or of a
# naming verb ("served as a Special Constable", "appointed a Chief Constable", "received an
# Honorary Doctorate"), as ``mt-title-run-after-a`` reads them.
_ROLE_BEFORE_A = frozenset("""is was are were be been being become became becomes named appointed appoint appoints
elected as made won wins received awarded earned hired""".split())
_PREV_WORD_A = re_programs.compile(r"([A-Za-z]+)[ \u00a0]+(?:a|an)[ \u00a0]$")
# Brands, products and studios named by common words (``_CAPITALISED_ONCE_OK``'s): a run opened by
# one is a product's name ("an Apple Watch"); and a chain's product named in its own capitals ("a
# Happy Meal", "a Big Mac"): a meal.
_PRODUCT_HEADS = frozenset("meal".split())
# A name that goes on after the run ("a Special Announcement on Flooding", "a Quality Framework
# for Traineeships") or is defined after it (", or ECCN", "(ECCN)").
_RUN_GOES_ON = re_programs.compile(r"[ \u00a0]+(?:of|for|on|and|to|in)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]|,?[ \u00a0]*(?:or[ \u00a0]+|\()[A-Z]{2,}")
# A title around the article: a capitalised word and a link before it ("Hymn for a House Fire",
# "Skills for a Competitive Economy").
_TITLE_BEFORE_A = re_programs.compile(r"[A-Z][\w'’-]*[ \u00a0]+(?:for|of|to|in|on|with|from|and|like)[ \u00a0]+$")


def title_runs_after_a(doc):
    """A run of common words in title case after "a" or "an" inside a sentence, ending its noun
    phrase ("set up a Clean Air Action to cut coal use", "opened an Elderly Canteen last
    month"): a name is seldom counted with "a" unless it heads another noun ("a Premier League
    club", passed: the run must end before a function word, a verb of being or a mark). Every
    word a common English word (Zipf ``_RUN_ZIPF`` or more, written in lower case by CC-CEDICT's
    glosses). Passed: a run ending in a body's or a document's head ("a Black Soil Protection
    Law", "a Village Committee": the name of one of many), a name that goes on or is defined
    after it, a title around the article, a number word ("a Grade One"), headlines. Asked by
    ``capitalised-common-noun``."""
    from .capitalization import _BODY_HEADS, _common_word, title_line
    text = doc.text
    headline = {}
    for m in _A_TITLE_RUN.finditer(text):
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        if lows[-1] in _BODY_HEADS or lows[-1] in _NUMBER_WORDS:
            continue
        if lows[-1] in _HONOUR_DOCUMENT_HEADS or lows[-1] in _PRODUCT_HEADS or lows[0] in _CAPITALISED_ONCE_OK:
            continue  # "a Purple Heart", "a White Paper", "a Green Card", "an Apple Watch", "a Happy Meal"
        if lows[-1] == "meeting" and len(lows) > 1 and lows[-2].endswith(("al", "ic", "ary")):
            continue  # "an Annual General Meeting", "a Public Meeting": company and local government law's meetings
        if lows[-1] in _HELD_PAPER_HEADS:
            continue  # "a Season Ticket for", "a Compulsory Purchase Order for": a ticket, a permit or an order held
        if lows[-1] in _CHARGE_HEADS and len(lows) >= 3:
            continue  # "a Second Homes Premium on", "a Council Tax Reduction in": a scheme's charge or payment
            # (named by a compound; "a Significant Reduction in", "a Big Discount on" are still read)
        before_a = _PREV_WORD_A.search(text, max(0, m.start() - 40), m.start(1))
        if before_a is not None and before_a.group(1).lower() in _ROLE_BEFORE_A:
            continue  # "served as a Special Constable for", "appointed a Special Envoy for": a post or an honour
        if not all(_common_word(w) and zipf_cached(w) >= _RUN_ZIPF for w in lows):
            continue
        if _RUN_GOES_ON.match(text, m.end()):
            continue
        if _TITLE_BEFORE_A.search(text, max(0, m.start() - 40), m.start()):
            continue
        line_start, line_end = doc.line_at(m.start())
        if title_line(doc, headline, line_start, line_end):
            continue
        yield Hit(m.start(1), m.end(1), " ".join(lows), {"word": m.group(1)})


# ---------------------------------------------------------------- a very common word capitalised once

# A capitalised word after a whole lower-case word and a space, before a lower-case word.
_CAPITAL_BETWEEN = re_programs.compile(r"(?<![\w'’.@#/-])([a-z]+)[ \u00a0]([A-Z][a-z]{3,})(?=[ \u00a0]([a-z][a-z'’-]*))")
# Words before the capital that make it a name or a house style's capital: determiners ("the
# Economy" is ``capitals_after_the``'s), quantifiers ("what little Money remains": older prose).
_NOT_BEFORE_ONCE = frozenset("""the a an this that these those its their his her our your my every each some any no
little much more less enough what""".split())
# Words after the capital that go on a name: links, and the particles of other languages'
# names ("Técnica Particular de Loja").
_NAME_GOES_ON_ONCE = frozenset("of for on in at to the with from by into de la del di da du von van der le v vs".split())
_LABEL_AFTER = frozenset("mode modes button buttons key keys tab menu setting settings icon option".split())
_LINK_BEFORE = frozenset("of for and on in at to with from by into".split())
# Words capitalised by news English alone: the sports (a cricket "Test"), the parliamentary
# "Lady", races and colours as groups; brands, products, studios and journals named by common
# words ("run Windows and", "a share Universal said", "published in Nature"); towns and their
# clubs named by common words ("the uncapped Sale winger"). Institutions' and clubs' short
# names are the rule's ``allow`` (``random-capital-word``'s list).
_CAPITALISED_ONCE_OK = frozenset("""test tests lady gentleman black white brown
windows office word excel teams universal paramount shell target gap next virgin sky visa apple orange amazon
mercury jaguar puma dove nature science cell sale reading bath nice wells hull wigan
tube underground overground""".split())
# (the last line: a city's transport system named by a common word, "the busiest Tube lines")


def common_words_capitalised_once(doc, state):
    """A very common English word (Zipf ``min_zipf`` or more, written in lower case by
    CC-CEDICT's glosses) capitalised once inside a sentence, between a lower-case word and a
    lower-case word, that the document never writes in lower case ("posted at every village
    Square and tourist site"): ``random-capital-word`` reads the word the document writes in
    lower case too. Chinese has no letter case; an engine capitalises a word it took for a
    name. Passed: words capitalised elsewhere in the document (its name for something), after
    a determiner or a quantifier, a word before a link or another language's particle (a name
    goes on; "Fields v. City"), after a time ("3pm Drop your bags": an itinerary), after a link that follows a capitalised word ("Ministry of Ecology and
    Environment"), before "and"/"or" and a capital (a list of names: "Apple or Nvidia"), the
    words of ``_NAME_ALONE`` and ``_CAPITALISED_ONCE_OK``, a reply after a handle, a headline,
    a word after a naming noun, a name's short form, and a quotation in another language."""
    from .capitalization import _NAMING, _common_word, mostly_foreign, lower_words, clause_window, _short_forms, title_line
    text = doc.text
    headline = {}
    lower = None
    short_forms = None
    tokens = None
    for m in matches_at(_CAPITAL_BETWEEN, text, lower_words_before(text, inside_capitals(doc))):
        prev, word, after = m.group(1), m.group(2), m.group(3)
        low = word.lower()
        if prev in _NOT_BEFORE_ONCE or after in _NAME_GOES_ON_ONCE or after in _LABEL_AFTER:
            continue  # "in Automatic mode", "the Start button": a label
        if low in _NAME_ALONE or low in _CAPITALISED_ONCE_OK or low in state["allow"]:
            continue
        if zipf_cached(low) < state["min_zipf"] or not _common_word(low):
            continue
        if form_of_address(text, m.start(2), word):
            continue  # "my right hon. and learned Friend": a parliament's form of address
        if prev in _LINK_BEFORE and _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the Ministry of Ecology and Environment": a name's last word
        if _JOINED_CAPITAL_AFTER.match(text[m.end():m.end() + 12]):
            continue  # "Apple or Nvidia", "Windows and macOS": a list of names
        if lower is None:
            lower = lower_words(text)
        if low in lower:
            continue  # the document writes it in lower case too: ``random-capital-word``'s finding
        if tokens is None:  # the word's uses, counted once a document (a maximal run of word characters)
            tokens = Counter(_WORD_TOKEN.findall(text))
        if tokens[word] > 1:
            continue  # capitalised again: the document's name for something
        line_start, line_end = doc.line_at(m.start())
        if "@" in text[max(line_start, m.start() - 40):m.start()]:
            continue  # a reply after a handle
        if title_line(doc, headline, line_start, line_end):
            continue
        if _NAMING.search(text, max(line_start, m.start(2) - 20), m.start(2)):
            continue
        if short_forms is None:
            short_forms = _short_forms(text)
        if word in short_forms[0] or word in short_forms[1]:
            continue
        if mostly_foreign(clause_window(text, m.start(2), m.end(2), line_start, line_end)):
            continue
        yield Hit(m.start(2), m.end(2), low, {"word": word})


# ---------------------------------------------------------------- a headline opening in lower case

_HEADLINE_FIRST = re_programs.compile(r"\s*([a-z][a-z]*)(?:['’]s)?(?=[ \u00a0,:])")
_HEADLINE_ZIPF = 3.5
_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE_WORDS = 20
# A story under the headline: a later line opening on a capital or a figure.
_BODY_AFTER = re_programs.compile(r"\n[ \t]*[A-Z0-9]")


def headline_lower(doc, state):
    """A text's first line, a headline (four to twenty words, no stop at its end), opening on a
    common English word in lower case ("china's exports rise 5 percent in May"): no house style
    opens a headline in lower case; a story follows it (a later line opening on a capital or a
    figure). ``opening_lower`` reads a first line that is a sentence.
    Passed: a handle or an address ("r/MandarinLearners"), a byline ("by Li Wei"), a word
    English rarely uses (a brand kept in lower case: "iPhone", "vivo"), and a first line in
    lower case throughout (a style). Asked by ``lowercase-sentence-start``."""
    text = doc.text
    m = _HEADLINE_FIRST.match(text)
    if not m:
        return
    line_start, line_end = doc.line_at(m.start(1))
    line = text[line_start:line_end].rstrip()
    words = _LETTER_RUN.findall(line)
    if not _MIN_HEADLINE_WORDS <= len(words) <= _MAX_HEADLINE_WORDS or _STOP_AT_LINE_END.search(line):
        return  # a sentence (``opening_lower``'s) or a paragraph
    if not _BODY_AFTER.search(text, line_end):
        return  # a fragment alone ("including R&D and production"), no headline over a story
    if lower_line(text, line_start, line_end) or _HANDLE_MARK.search(line[:m.end(1) - line_start + 2]):
        return
    word = m.group(1)
    if word == "by" or zipf_cached(word) < _HEADLINE_ZIPF or word in state["allow"]:
        return
    yield Hit(m.start(1), m.end(1), word[0].upper() + word[1:], {"word": word})


# ---------------------------------------------------------------- a pinyin name before its head in lower case

# A lower-case word (hyphens and the pinyin apostrophe allowed: "chengdu-chongqing", "xiong'an"),
# up to two lower-case words, and the head of a name of an institution, an event or a zone.
_INSTITUTION_HEADS = (r"(?:university|college|institute|hospital|airport|museum|academy|stadium|forum|fair|expo|summit|"
                      r"festival|games|zone|area|circle)(?![\w'’-])")
_PINYIN_THEN_HEAD = re_programs.compile(
    r"(?<![\w'’@#/.-])([a-z]+(?:['’][a-z]+)?(?:-[a-z]+(?:['’][a-z]+)?)*)(?=(?:[ \u00a0][a-z]+){0,2}[ \u00a0]"
    + _INSTITUTION_HEADS + ")")
# The space before a head of ``_PINYIN_THEN_HEAD``: where its lookahead ends.
_SPACE_THEN_HEAD = re_programs.compile(r"[ \u00a0]" + _INSTITUTION_HEADS)
# Words no name holds between its pinyin and its head: "the gaokao as a fair route" is no fair's name.
_NOT_IN_A_NAME = frozenset("""a an the as is are was were be been to in on at by with from or but that which who than so
if its their his her this these those it""".split())
# What ``_PINYIN_THEN_HEAD`` reads before that space: its word's letters and marks, and spaces.
_CHAIN = frozenset("abcdefghijklmnopqrstuvwxyz'’- \u00a0")


def _pinyin_then_heads(text):
    """The matches of ``_PINYIN_THEN_HEAD`` in ``text``, the same as its ``finditer`` gives,
    tried only just before each head: a match is a word of letters, marks and hyphens and up to
    two more words, each after one space, before the space that opens the head, so it starts
    after the third space back from that one at the furthest, and no character outside
    ``_CHAIN`` lies between (a scan of every word of the text for a head that most texts lack
    was the mode's largest cost). A match takes no character a later one could start at (its
    lookbehind refuses a start after a letter, a mark or a hyphen)."""
    starts = set()
    for head in _SPACE_THEN_HEAD.finditer(text):
        i, spaces = head.start() - 1, 0
        while i >= 0 and text[i] in _CHAIN:
            if text[i] in " \u00a0":
                spaces += 1
                if spaces > 2:
                    break
            i -= 1
        # only where a word opens: inside the stretch, after a space (its lookbehind refuses a
        # start after a letter, a mark or a hyphen, so a match elsewhere there fails; speed41a)
        starts.add(i + 1)
        starts.update(k + 1 for k in range(i + 1, head.start()) if text[k] in " \u00a0")
    for start in sorted(starts):
        m = _PINYIN_THEN_HEAD.match(text, start)
        if m:
            yield m


_LOOSE_PINYIN_ZIPF = 2.0


def _pinyin_name_word(word: str) -> bool:
    """Is ``word`` (lower case; parts joined by hyphens, syllables by an apostrophe) a Chinese
    name in pinyin: every part one to four syllables of pinyin, rare in English (below Zipf
    3.0), no word CC-CEDICT's glosses write in lower case?"""
    parts = word.replace("’", "'").split("-")
    for part in parts:
        plain = part.replace("'", "")
        if not plain or not not_english(plain):
            return False
        if not all(is_pinyin(p, 4) for p in part.split("'")) and not (
                zipf_cached(plain) < _LOOSE_PINYIN_ZIPF and any(n <= 4 for n in pinyin_syllables(plain))):
            return False  # "boao" (Bo'ao) is pinyin written without its apostrophe: unknown to English, read loosely
    return True


def pinyin_before_heads(doc, state):
    """A Chinese name in pinyin left in lower case before the head of an institution's, an
    event's or a zone's name ("the boao forum", "tsinghua university", "the xiong'an new area",
    "the chengdu-chongqing economic circle"): ``lowercase-pinyin-name`` reads places before
    their nouns (province, county, river). Passed: a gloss (quoted, bracketed, beside other
    pinyin, near Chinese characters), an address, a line in lower case throughout. Asked by
    ``lowercase-pinyin-name``."""
    text = doc.text
    lower_lines = {}
    for m in _pinyin_then_heads(text):
        word = m.group(1)
        if not _pinyin_name_word(word):
            continue
        head = _SPACE_THEN_HEAD.search(text, m.end(1), m.end(1) + 80)
        if head and any(w in _NOT_IN_A_NAME for w in text[m.end(1):head.start()].split()):
            continue  # "promote the gaokao as a fair route": a function word between, no name's words (good32)
        line_start, line_end = doc.line_at(m.start())
        if lower_line(text, line_start, line_end, lower_lines) or in_address(text, m.start(1), m.end(1), line_start, line_end):
            continue
        if in_gloss(text, m.start(1), m.end(1), line_start, line_end) or glossed_elsewhere(doc, word):
            continue  # "farm stays, known as nongjiale": a word explained, no name
        fix = "-".join(p[0].upper() + p[1:] for p in word.split("-"))
        yield Hit(m.start(1), m.end(1), fix, {"word": word})
