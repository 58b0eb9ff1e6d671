"""``cut_names``: a body's name whose own shape shows that it was cut short.

The ``official_names`` type and the ``consistency`` type's truncation mode find a cut name by
comparing it with a listed official name or with the full name elsewhere in the document. Two
shapes give a cut away without either:

* **a dangling modifier**: the name ends in an adjective after its head noun ("Ministry of
  Natural", "Bureau of Ecological", "Department of Housing and Urban-Rural"). MT drops the
  last word of a long name (自然资源部, 生态环境局), and an English name never ends in an
  adjective, in any country. Reported in any document; the fix is the listed Chinese body the
  rest of the name starts, where the name is a Chinese body (a Chinese place before or after
  it, or a document about China) and such a body is listed; otherwise no fix.
* **generic words and a head only**: "the General Administration", "the State Administration",
  "the National Bureau" without the "of"/"for" phrase that says which body (国家体育总局 cut to
  its head, 总局). Reported in a document about China when no full form with those words is in
  it (the ``consistency`` type compares the two forms then); the fix is the one listed body so
  named, or of several so named ("General Administration of Customs", "... of Sport of
  China") the one whose subject the document speaks of ("sport" or "sports"), or none.

* **the head noun dropped**: "the" + a place or a level word of local government + a listed
  body's subject or its start, and the sentence goes on ("the Hunan Public Security said", "the
  Guangdong Provincial Education", "the Ordos Forestry and Grass": 湖南省公安厅, 教育厅, 林业和草原局
  with 厅/局 left out). Reported in a document about China, without a fix (bureau or department:
  only the source says). After a place alone the subject needs two content words ("the Shenzhen
  Energy plant" is a firm's), or one as the subject of a reporting verb ("the Hubei Tax
  warned"); a run with a head, a firm's or event's noun or ending in a place word passes.
* **where a body's name stands** (the subject of a reporting verb, or after "director of the"
  and the like before a mark): one word of any listed body's subject after a listed place ("the
  Guizhou Communications said", "director of the Taiyuan Sports."), a place and a head with no
  subject ("the Hefei Association said"), a head and then a modifier ("the Education Ministry
  Vocational said"), or a modifier that stands before a committee's head ("the Film Week
  Organizing said"). In a document about China, without a fix.
* **a place word without its place**: "Region", "Autonomous Region" or "Prefecture" opening a
  name with no place name before it ("the Region Forestry Bureau said", "report to Autonomous
  Region Finance": 区 / 自治区 / 州 of a body's name rendered without the place), in a document
  about China or one that names such a place in full elsewhere; without a fix.

Known problems: a cut before a title ("the Ministry of Natural Spokesperson") is reported; a
cut form that ends in a noun ("Ministry of Water") says nothing by its shape and is left to the
other types.
"""
from __future__ import annotations

import os
import re

from . import RULES_DIR, Hit, Key, ParamError, register
from . import official_names as names
from ..glossary import resolve_path
from .. import re_programs
from ..cedict import chinese_places as _chinese_places
from ..zipf import zipf_cached

# Adjectives that cannot end a body's name: a name is a noun phrase, and these are no nouns
# ("Interior", "General" and "Public Health" are, or end names: "Ministry of the Interior",
# "Inspector General"). Relational adjectives of the subjects bodies are named after.
DANGLING = frozenset("""natural ecological environmental rural urban urban-rural economic financial medical
industrial agricultural scientific technological cultural regulatory administrative statistical political legal
social civil foreign human educational judicial commercial ethnic religious strategic meteorological geological
municipal provincial national international internal external digital postal fiscal monetary intellectual
historical archaeological vocational hydrological sanitary preventive procuratorial prosecutorial disciplinary
supervisory""".split())
# Modifiers that stand before "Committee" or "Group" in a body's name (组委会, 筹备组, 领导小组,
# 协调小组) and never end one ("the Film Week Organizing said"): the head after them was dropped.
_COMMITTEE_MODIFIERS = frozenset({"organizing", "organising", "preparatory", "coordinating", "co-ordinating",
                                  "steering", "leading", "advisory"})
# What shows that a name goes on after the adjective: another member ("Department of Natural
# and Cultural Resources", "Department of Human, Social and Political Sciences"), a hyphen or a
# line break before a capital, or the noun in lower case ("the Department of Human resources").
_GOES_ON = re_programs.compile(r"[ \u00a0]*(?:,[ \u00a0]*(?:and[ \u00a0]+)?[A-Z]|[-/–&]|\n[ \t]*[A-Z])"
                               r"|[ \u00a0]+(?:and|or|nor|&)\b"
                               r"|[ \u00a0]+(?:resources|affairs|services|security|development|rights|relations|sciences?|"
                               r"protection|management|planning|environment|health|welfare|works|safety|supervision|"
                               r"regulation|technology|information|heritage|survey|policy|studies|engineering)\b")
# A body named by its place or level and its subject with the head noun dropped ("the Hunan
# Public Security said", "the Provincial Education", "the Weifang Development and Reform"):
# a run of capitalised words after "the", up to the word after it.
# The test of the character before "the" stands after it, so that the engine skips to a "t" or a
# "T" instead of trying the test at every position (same matches: tests/test_pattern_rewrites.py).
_RUN = re_programs.compile(r"[tT]he(?<![\w'’-][tT]he)[ \u00a0]+([A-Z][\w'’-]*(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w'’-]*)*)"
                           r"(?=([ \u00a0]+[a-z][\w'’-]*|[,.;:]))")
# Level words of Chinese local government; a run with one names a body ("Taikang County Civil").
_LEVELS = frozenset({"provincial", "municipal", "county", "prefecture", "prefectural", "district", "township"})
_PLACE_ENDS = frozenset({"province", "city", "county", "district", "prefecture", "town", "township", "region",
                         "municipality"})
# Nouns that end a name of another kind, or a place: a run holding one has its head.
_NOT_HEADLESS = (names.HEADS | frozenset({
    "corporation", "company", "co", "ltd", "inc", "university", "college", "party", "army", "museum", "hospital",
    "fund", "forum", "expo", "exchange", "government", "headquarters", "team", "brigade", "corps", "unit", "union",
    "club", "fair", "show", "festival", "games", "cup", "line", "road", "street", "bridge", "river", "lake",
    "mountain", "park", "zone", "area", "village", "market", "law", "act", "plan", "program", "programme", "project", "campaign",
    "initiative", "award", "prize", "daily", "news", "times", "post", "gazette", "press", "television", "radio"}))

# Of those, the nouns that end the name of a body, place or firm in its own right, whose units
# are named after it (a stock exchange's listing committee, a new area's administrative
# committee): not a compound a longer subject goes on from ("Administrative Law Enforcement").
_WHOLE_BODIES = frozenset({
    "corporation", "company", "co", "ltd", "inc", "university", "college", "party", "army", "museum", "hospital",
    "fund", "exchange", "government", "headquarters", "team", "brigade", "corps", "union", "club", "park", "zone",
    "area", "village", "daily", "times", "gazette", "press", "television", "radio", "forum", "expo"})

# Generic words that say whose body it is, not which: before a head noun alone they name none.
_GENERIC_FIRST = frozenset({"national", "state", "general", "central"})
_GENERIC_HEADS = frozenset({"administration", "bureau", "commission"})


@register("cut_names", {
    "path": Key((str,), names.DEFAULT_PATH, "the official names file; relative paths resolve as the glossary's do"),
}, fields=("how", "advice"))
def prepare(p):
    path = resolve_path(p["path"], base=p.get(RULES_DIR))
    if not os.path.isfile(path):
        raise ParamError("path", f"official names file not found: {p['path']} (looked for {path})")
    catalog = names.load_catalog(path)
    subjects = _subjects(catalog)
    return {"catalog": catalog, "subjects": subjects, "subject_words": frozenset(w for sub in subjects for w in sub)}


def _subjects(catalog) -> frozenset:
    """The content words of each listed body's name without its head and generic words, as
    tuples ("Ministry of Public Security" -> ("public", "security"))."""
    got = set()
    # each body's official name as listed (``Body.en``): read from the file's entries, so that
    # preparing the rule does not build the bodies' gloss tables (``_Catalog.bodies``), which a
    # document with no cut name never needs
    for raw in catalog.raw:
        words = [names._bare(w) for w in raw["en"].split()]
        rest = tuple(w for w in words if w not in names.GENERIC and w not in names.HEADS and w not in _LEVELS)
        if rest:
            got.add(rest)
    return frozenset(got)


_REPORTING = frozenset({"said", "says", "warned", "announced", "added", "noted", "reported", "stressed", "urged",
                        "issued", "released", "stated", "explained", "disclosed", "revealed", "required", "asked",
                        "called", "pointed", "introduced", "confirmed", "estimated", "predicted", "emphasized",
                        "emphasised", "described", "told", "pledged", "promised", "ordered"})


# A modal after the run makes it a subject as a reporting verb does ("the Provincial Department
# will set up", "the Municipal Party will prepare"; issue 9, fifteenth round).
_MODALS = frozenset({"will", "would", "shall", "should", "must", "can", "could", "may", "might"})


# Adverbs between a subject and its verb ("the Photovoltaic Industry also said").
_ADVERBS = frozenset({"also", "further", "recently", "previously", "earlier", "later", "then", "still", "again",
                      "jointly", "today", "yesterday", "once", "already", "newly"})
_WORD_AFTER_ADVERB = re_programs.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+([a-z]+)\b")
# Auxiliaries and verbs of intent after a subject ("the Intermediate People's plans to share").
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "plans", "planned", "aims", "intends", "hopes", "expects",
                          "received", "launched", "held", "set", "sent", "made", "took", "gave"})
# A verb in the past tense: a lower-case word of six letters or more ending in "-ed" ("delegated").
_PAST_TENSE = re_programs.compile(r"[a-z]{4,}ed")


# A title and "of the" before the run: the run names the title's body ("director of the Taiyuan
# Sports."), so it is read as a body's name however the sentence goes on.
_ROLE_OF = re_programs.compile(r"\b(?:director|head|chief|spokesperson|spokesman|spokeswoman|official|officials|deputy|"
                               r"secretary|chairman|chairwoman|commissioner|inspector|inspectors|staff|officer|officers|"
                               r"leader|leaders|division|section|forecaster|forecasters|engineer|engineers|expert|experts|researcher|"
                               r"researchers|analyst|analysts|employee|employees|representative|representatives)"
                               r"[ \u00a0]+of[ \u00a0]+$")
_HEAD_LEVELS = frozenset({"provincial", "municipal", "prefectural"})  # 省厅, 市局, 州局 with no subject
_HEAD_ONLY = frozenset({"association", "federation", "bureau", "department", "commission", "administration",
                        "committee"})


def _singular(word: str) -> str:
    """``word`` without a plural "s" ("sports" -> "sport"); short words as they are."""
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _is_subject_word(word, subject_words) -> bool:
    """Whether ``word`` is a word of some listed body's subject ("communications" of the China
    Academy of Information and Communications Technology, "sports" of Sport)."""
    return word in subject_words or _singular(word) in subject_words


def _extends_a_subject_word(word, subject_words) -> bool:
    """Whether ``word`` is a longer form of a word of a listed body's subject, of six letters or
    more ("transportation" of "transport")."""
    return any(len(sub) >= 6 and word.startswith(sub) and word != sub for sub in subject_words)


def _starts_a_subject(words, subjects) -> bool:
    """Whether ``words`` (content words) begin some listed body's subject, the last of them
    possibly cut inside its word ("Forestry and Grass" of "Forestry and Grassland")."""
    n = len(words)
    last = _singular(words[-1])  # "Sports" of "Sport"
    for sub in subjects:
        if len(sub) >= n and all(map(_same_stem, words[:-1], sub[:n - 1])) \
                and (sub[n - 1].startswith(last) or n > 1 and _same_stem(last, sub[n - 1])):
            return True
    return False


def _same_stem(word, sub) -> bool:
    """Whether ``word`` is the listed subject's word ``sub`` or its adjective ("ecological" of
    "ecology", "economic" of "economy", "agricultural" of "agriculture"): MT renders a noun of a
    body's subject as the adjective (生态环境 -> "Ecological Environment"). The two share all of
    ``sub`` but its last letter, six letters at least."""
    if word == sub:
        return True
    stem = sub[:-1]
    return len(stem) >= 6 and word.startswith(stem) and word.endswith(_ADJECTIVE_ENDS)


_ADJECTIVE_ENDS = ("ic", "ical", "al", "ial", "ary")


def _headless(doc, state):
    """"the Hunan Public Security said": a place or a level word, then a listed body's subject
    (or its start), and no head noun; see the module docstring."""
    text = doc.text
    subjects = state["subjects"]
    full_names = {}  # filled at the first run that asks (``_inside_a_full_name``)
    named = {}  # run -> whether the text gives it with a head after it (``_named_with_head``)
    starting = {}  # content words -> whether they start a listed subject, read once a text

    def starts_a_subject(content):  # ``_starts_a_subject``, each run of words judged once
        key = tuple(content)
        if key not in starting:
            starting[key] = _starts_a_subject(content, subjects)
        return starting[key]

    for m in _RUN.finditer(text):
        tokens = m.group(1).split()
        words = [names._bare(t) for t in tokens]
        after = m.group(2).strip().lower()
        if after in _ADVERBS:
            # "the Photovoltaic Industry also said": the verb after an adverb says the same
            verb = _WORD_AFTER_ADVERB.match(text, m.end())
            after = verb.group(1) if verb else after
        # where a body's name stands: the subject of a reporting verb, or the body of a title
        # before a mark ("director of the Taiyuan Sports.")
        if after == "," and _goes_on_to_head(text, m.end()):
            continue  # the first part of a coordinated name that ends in its head
        reported = after in _REPORTING or (after in (",", ".", ";", ":")
                                           and bool(_ROLE_OF.search(text, max(0, m.start() - 40), m.start())))
        said = reported or after in _MODALS
        # the subject of any finite verb: an auxiliary, "plans", or a verb in the past tense
        # ("the Civil Aviation delegated", "the Provincial Flood Control has sent")
        acts = said or after in _AUXILIARIES or bool(_PAST_TENSE.fullmatch(after))
        how = _cut_with_head(words, said) or _whole_subject(words, acts, subjects)
        if how:
            if names.document_about_china(doc):
                yield _run_hit(text, m, how)
            continue
        # (issue 9, nineteenth round) the subject of a relative clause after a comma stands where
        # a body's name does too, when the document gives the run with a head right after it (the
        # subject of any finite verb was tried too: "The Beijing Capital International Airport
        # handled" beside "... Airport Authority", a catalog pass example, was flagged)
        # ("The Bankruptcy Affairs, which the city set up" after "the Shenzhen Bankruptcy Affairs
        # Administration"; "the Tibetan Plateau, which" or "the Yellow River, which" pass)
        relative = not said and after == "," and bool(_RELATIVE_AFTER.match(text, m.end())) \
            and words[-1] not in _PLACE_ENDS and _named_with_head(text, m.group(1), named)
        if (said or relative or after == "," and _ACCORDING_TO.search(text, max(0, m.start() - 20), m.start())) \
                and _inside_a_full_name(text, words, full_names) and names.document_about_china(doc):
            yield _run_hit(text, m, "it says what a body named in full in this document does, but has no head noun")
            continue
        if any(w in _NOT_HEADLESS for w in words) or words[-1] in _PLACE_ENDS:
            continue  # a head, or a place ("the Hunan Province")
        levels = [i for i, w in enumerate(words) if w in _LEVELS]
        named_place = False
        if levels:
            first = levels[-1] + 1
        else:
            first = 0
            while first < len(words) and words[first] in names.PLACES:
                first += 1
            named_place = bool(first)
            first = first or 1  # a place the list lacks ("the Ordos Forestry and Grass")
        content = [w for w in words[first:] if w not in ("and", "&")]
        if not content:
            continue
        if after in names.HEADS:
            continue  # "the Hunan Public Security bureau": the head in lower case
        if levels:
            # (issue 9, thirteenth round) a committee's modifier ends it too ("the Provincial
            # People's Standing held": 常委会), and the level word may stand before a longer form of
            # a listed subject's word ("the County Transportation has asked": Transport)
            ok = content[-1] in DANGLING or starts_a_subject(content) \
                or content[-1] in _COMMITTEE_MODIFIERS or content[-1] == "standing" \
                or len(content) == 1 and _extends_a_subject_word(content[0], state["subject_words"]) \
                or acts and len(content) >= 2 and levels[-1] == len(words) - len(content) - 1 \
                and all(w not in names._ROLES and zipf_cached(w) >= 3.0 for w in content)
        elif not named_place and len(words) >= 2 and words[-1] in DANGLING and (
                words[-2] in DANGLING or starts_a_subject([w for w in words if w not in ("and", "&")])):
            # no noun at all (issue 9, thirteenth round): a place the list lacks and two
            # modifiers ("the Wuyuan Rural Commercial also offers": 农村商业银行), or a listed
            # subject cut after its modifier ("the Housing and Urban-Rural would": 住房和城乡建设局)
            ok = True
        elif len(content) >= 2:
            # a place alone: two content words, which a firm's name ("Shenzhen Energy") has not;
            # after a place the list lacks, the start of a listed subject only
            ok = content[-1] in DANGLING and named_place or starts_a_subject(content)
        else:
            # one subject word after a place: only where a body's name stands, as the subject of
            # a reporting verb ("the Xingguo Health said", "the Hubei Tax warned") or after a
            # title ("director of the Taiyuan Sports."): "the" before a firm's name is rare. After
            # a listed place any word of a listed subject will do ("the Guizhou Communications
            # said"); after another word, the start of one.
            ok = reported and (starts_a_subject(content)
                               or named_place and _is_subject_word(content[0], state["subject_words"]))
        if not ok:
            continue
        if not names.document_about_china(doc):
            continue
        yield _run_hit(text, m, "it has a place and a subject but no head noun (bureau, department, commission ...)")


# A comma that goes on with the name's coordinated subjects to its head ("the Rongjiang County
# Culture, Sports, Radio, Television and Tourism Bureau"): capitalised words, commas, one "and".
_COORDINATED_HEAD = re_programs.compile(r",(?:[ \u00a0]+[A-Z][\w'’-]*)+(?:,(?:[ \u00a0]+[A-Z][\w'’-]*)+)*,?"
                                        r"[ \u00a0]+(?:and|&)(?:[ \u00a0]+[A-Z][\w'’-]*)+")


def _goes_on_to_head(text, end) -> bool:
    """Whether the run ending at ``end`` is the first part of a coordinated name whose last part
    holds a head noun (bureau, department ...)."""
    m = _COORDINATED_HEAD.match(text, end)
    return bool(m) and any(names._bare(w) in names.HEADS for w in m.group().split()[-4:])


_ACCORDING_TO = re_programs.compile(r"\b[Aa]ccording[ \u00a0]+to[ \u00a0]+$")
_RELATIVE_AFTER = re_programs.compile(r",[ \u00a0]+(?:which|who)\b")


_HEAD_AFTER = re_programs.compile(r"[ \u00a0]+(?:" + "|".join(sorted(h.capitalize() for h in names.REPORTED_HEADS)) + r")\b")


def _named_with_head(text, run, named) -> bool:
    """Whether ``text`` gives ``run`` with a reported head noun right after it ("Bankruptcy
    Affairs Administration" for the run "Bankruptcy Affairs"); ``named`` keeps the answers of
    one text, so that a run met again is looked for once."""
    if run not in named:
        found, at = False, text.find(run)
        while at >= 0 and not found:
            found = bool(_HEAD_AFTER.match(text, at + len(run)))
            at = text.find(run, at + 1)
        named[run] = found
    return named[run]


# A body's name with its head: capitalised words joined by "and", "of", "for", with a head noun.
_BODY_NAME = re_programs.compile(r"[A-Z][\w'’-]*(?:[ \u00a0]+(?:(?:and|of|for|&)[ \u00a0]+)?[A-Z][\w'’-]*)*")
# Heads of bodies that are no government body but are cut the same way ("the Shenzhen Stock
# would" after "the Shenzhen Stock Exchange"; issue 9, sixteenth round).
_OTHER_BODY_HEADS = frozenset({"exchange", "union", "cooperative", "branch"})
_NOT_SUBJECT = _LEVELS | names.GENERIC | names.HEADS | _OTHER_BODY_HEADS | {"and", "of", "for", "&", "the"}


def _subject_stems(words):
    """The first four letters of each word of a body's name that says what it does."""
    return {w[:4] for w in words if w not in _NOT_SUBJECT and w not in names.PLACES}


def _inside_a_full_name(text, words, full_names) -> bool:
    """Whether a headless run ("the Municipal Ocean and Fishery", "the Urban Management and
    Administrative Law") says, in two words or more, only what one body named in full with its
    head in the same document does ("the Yantai Municipal Bureau of Ocean Development and
    Fisheries"): the second form of that name with its head dropped. ``full_names`` holds the
    document's named bodies' subject stems, worked out at the first call."""
    if any(w in names.HEADS for w in words):
        return False  # a head: the name is whole
    stems = _subject_stems(words)
    # One subject word is enough after the place the full name opens with ("the Hefei Education
    # warned" after "the Hefei Municipal Education Bureau"; issue 9, sixteenth round): the place
    # and the subject say which body.
    place = words[0] if len(stems) == 1 and words[0] in names.PLACES else None
    if len(stems) < 2 and not place:
        return False
    if "bodies" not in full_names:
        found = {}
        for m in _BODY_NAME.finditer(text):
            name_words = [names._bare(t) for t in m.group().split()]
            if any(w in names.HEADS or w in _OTHER_BODY_HEADS for w in name_words):
                found.setdefault(frozenset(_subject_stems(name_words)), name_words)
        full_names["bodies"] = found
    within = [name_words for body, name_words in full_names["bodies"].items() if stems <= body
              and (not place or len(stems) == len(body) and place in name_words[:2])]
    if len(within) != 1:
        return False
    # a firm's, an event's or a law's noun ("the Ocean Development Fund said", "the Food Safety
    # Law says") ends a name of another kind; such a word names no body cut short unless the
    # full name goes on after it ("the Provincial Market Regulation" of "... Administration for
    # Market Regulation", "the Urban Management and Administrative Law" of "... Administrative
    # Law Enforcement")
    # A body, a place or a firm of its own ("the Shenzhen Stock Exchange" beside "the Shenzhen
    # Stock Exchange Listing Committee", "the Binhai New Area" beside its Administrative
    # Committee) is whole even when a unit of it is named after it.
    return words[-1] not in _NOT_HEADLESS or (words[-1] not in _WHOLE_BODIES
                                              and _goes_on_after(words[-2:], within[0]))


def _goes_on_after(last, name_words) -> bool:
    """Whether the words ``last`` stand together in the name ``name_words`` with a word of its
    subject after them ("Administrative Law" in "... Administrative Law Enforcement"; not
    "Management Law", a law's name, of "Urban Management and Administrative Law Enforcement")."""
    n = len(last)
    return any(name_words[j:j + n] == list(last) and j + n < len(name_words)
               and name_words[j + n] not in _NOT_SUBJECT for j in range(len(name_words)))


def _cut_with_head(words, said):
    """How a run after "the" shows a cut though it has a head or none is needed: a place and a
    head with no subject ("the Hefei Association said", "the Provincial Department said"), a
    head and then a modifier ("the
    Education Ministry Vocational said"), or a modifier of a committee's head as its last word
    ("the Film Week Organizing said"). Only where a body's name stands (``said``)."""
    if not said:
        return None
    if words[-1] in _HEAD_LEVELS and all(w in names.PLACES or w in _HEAD_LEVELS for w in words):
        # "the Sichuan Provincial said" (issue 9, sixteenth round): a level word ends no name
        return f"it ends in '{words[-1]}', a level word, with neither a subject nor a head: which body?"
    if len(words) >= 2 and words[-1] in _HEAD_ONLY and all(w in names.PLACES or w in _HEAD_LEVELS for w in words[:-1]):
        levels = any(w in _HEAD_LEVELS for w in words[:-1])
        if not (levels and words[-1] == "committee"):  # "the Shanghai Municipal Committee": the Party's
            return f"it has a place or a level and a head ('{words[-1]}') but no subject: which {words[-1]}?"
    if words[-1] in DANGLING and any(w in names.HEADS for w in words[:-1]):
        return f"it ends in '{words[-1]}', a modifier that cannot end a name"
    if words[-1] in _COMMITTEE_MODIFIERS and len(words) >= 2 and not any(w in names.HEADS for w in words):
        return f"it ends in '{words[-1]}', which stands before a head (committee, group) that was dropped"
    return None


# Listed subjects that are a body's whole name in English without a head: "the Red Cross said".
_WHOLE_WITHOUT_HEAD = frozenset({("red", "cross")})


def _whole_subject(words, acts, subjects):
    """A run that is a listed body's whole subject of two words or more and nothing else, as the
    subject of a verb: the body's name with its head dropped ("the Civil Aviation delegated" of
    the Civil Aviation Administration, "the Intermediate People's plans" of the Intermediate
    People's Court); or a level word and "Party" ("the Municipal Party will": 市委, the committee
    dropped). No English name is a subject without its noun."""
    if not acts:
        return None
    content = tuple(w for w in words if w not in ("and", "&"))
    if len(content) >= 2 and content in subjects and content not in _WHOLE_WITHOUT_HEAD \
            and not any(w in _NOT_HEADLESS for w in content):
        # ("the Communist Party will" is whole: the subject of the Party's own listed organs)
        return "it is the subject of a listed body's name with its head (administration, court ...) dropped"
    if len(words) >= 2 and words[-1] == "party" and all(w in names.PLACES or w in _HEAD_LEVELS for w in words[:-1]) \
            and any(w in _HEAD_LEVELS for w in words[:-1]):
        return "it ends in 'Party' after a level word: the committee (委) was dropped"
    return None


def _run_hit(text, m, how):
    start, end = m.start(1), m.end(1)
    while end > start and text[end - 1] in ",.;:)\"”":
        end -= 1
    return Hit(start, end, None, {"how": how, "advice": "give the body's whole name"})


# A place word with no place before it opening a body's name: 自治区 or 区 and 州 of a body's name
# rendered without the place they belong to ("the Region Forestry Bureau said", "report to
# Autonomous Region Finance"). After "the" or a lower-case word; after a capitalised word it is
# part of the place ("Guangxi Zhuang Autonomous Region Health Commission").
# (?=...) first: the characters a match can start with; ``re`` passes over other positions at
# once (the same matches: tests/test_first_characters.py).
_PLACELESS = re_programs.compile(r"(?=[ARP])(?<![\w'’.–-])((?:Autonomous[ \u00a0]+)?(?:Region|Prefecture)"
                                 r"(?:[ \u00a0]+(?:and[ \u00a0]+)?[A-Z][\w'’-]*)+)")
# The place written in full elsewhere in the story ("Liangshan Yi Autonomous Prefecture"): the
# place word alone later is that place's, cut from a body's name.
_PLACE_NAMED = re_programs.compile(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]*[ \u00a0]+(?:Autonomous[ \u00a0]+)?(?:Region|Prefecture)\b")
_WORD_BEFORE = re_programs.compile(r"([\w'’.-]+)[ \u00a0]+$")


_LONG_WORD = re_programs.compile(r"[A-Za-z][\w'’-]*")


def _long_words(span):
    """(words over three letters, those capitalised) in ``span``."""
    words = [w for w in _LONG_WORD.findall(span) if len(w) > 3]
    return len(words), sum(w[0].isupper() for w in words)


def _placeless(doc, state):
    """"the Region Forestry Bureau said": a body's name opened by a place word without its
    place; see the module docstring."""
    text = doc.text
    if "Region" not in text and "Prefecture" not in text:
        return  # every match holds one of the two (a search at every position costs more)
    lines = {}  # line start -> (longer words, capitalised ones): counted once per line
    placed = None  # a story about China, or one naming such a place in full: asked once
    for m in _PLACELESS.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and before.group(1)[0].isupper() and before.group(1) != "The":
            continue  # "Guangxi Zhuang Autonomous Region Health Commission": the place is there
        line_start, line_end = doc.line_at(m.start())
        if line_start not in lines:
            lines[line_start] = _long_words(text[line_start:line_end])
        own = _long_words(m.group(1))
        n, caps = lines[line_start][0] - own[0], lines[line_start][1] - own[1]  # the rest of the line
        if n >= 2 and caps >= 0.8 * n:
            continue  # a headline in title case: most longer words of the rest of the line capitalised
        end = m.end(1)
        while end > m.start(1) and text[end - 1] in "'’":
            end -= 1
        if placed is None:
            placed = bool(names.document_about_china(doc) or _PLACE_NAMED.search(text))
        if not placed:
            return  # neither a story about China nor one that names the place in full elsewhere
        place = "Autonomous Region" if text.startswith("Autonomous", m.start(1)) else m.group(1).split()[0]
        yield Hit(m.start(1), end, None, {"how": f"it opens with '{place}' and no place name before it",
                                          "advice": "give the place, or the body's whole name"})


def _advice(full):
    return f"the full name is '{full}'" if full else "give the body's whole name"


@prepare.detector
def detect(doc, state):
    hits = []
    for shape in (_cut_after_head, _headless, _placeless, _inner_word_dropped):  # an earlier shape's span wins
        taken = [(h.start, h.end) for h in hits]
        hits += [h for h in shape(doc, state) if not any(h.start < e and s < h.end for s, e in taken)]
    return sorted(hits, key=lambda h: (h.start, h.end))


def _cut_after_head(doc, state):
    """The two shapes of a name with its head noun: a dangling modifier, generic words only."""
    text = doc.text
    found = names.document_candidates(doc)
    if not found:
        return
    catalog = state["catalog"]
    doc_keys = None
    judged = {}  # a name met again is judged once: (kind, words, level) -> (fix, advice) or None
    for c in found:
        words = [names._bare(t) for t in c.tokens]
        heads = [i for i, w in enumerate(words) if w in names.REPORTED_HEADS]
        if not heads:
            continue
        if names.FOREIGN_BEFORE.search(text, max(0, c.start - 60), c.start):
            continue  # "Indonesia's Ministry of ...": another government's body
        if words[-1] in DANGLING and heads[0] < len(words) - 1 and words[heads[0] + 1] in ("of", "for"):
            if _GOES_ON.match(text, c.end):
                continue
            full = None
            if c.place or names.document_about_china(doc):
                # The listed Chinese body this name starts, if one does (the ``official_names``
                # rule reports the same span with the same fix; one span keeps one finding).
                name = names.parse_tokens(c.tokens)
                if ("dangling", name, c.level) not in judged:
                    bodies = [b for b in catalog.bodies if not c.level or b.level == c.level]
                    match = names.best_match(name, bodies)
                    judged[("dangling", name, c.level)] = match.body.en if match and match.how == "cut short" else None
                full = judged[("dangling", name, c.level)]
            how = f"it ends in '{c.tokens[-1]}', a modifier that cannot end a name"
            yield Hit(c.start, c.end, full, {"how": how, "advice": _advice(full)})
            continue
        if len(words) == 2 and words[0] in _GENERIC_FIRST and words[1] in _GENERIC_HEADS and not c.place:
            if names.OWNER.search(text, max(0, c.start - 40), c.start):
                continue  # "the bank's General Administration": a unit of the owner's
            if not names.document_about_china(doc):
                continue
            phrase = text[c.start:c.end]
            if ("generic", phrase) not in judged:
                judged[("generic", phrase)] = bool(
                    re.search(re.escape(phrase) + r"[ \u00a0]+(?:of|for|on)[ \u00a0]+[A-Z]", text))
            if judged[("generic", phrase)]:
                continue  # the full form is in the document: the consistency rule compares them
            if ("listed", phrase) not in judged:
                # the listed national bodies this phrase starts, judged once per phrase (the
                # answer depends on the phrase and the whole document only)
                bodies = {b.en: b for b in catalog.bodies if b.level == "national"
                          and b.en.lower().startswith(phrase.lower() + " ")}
                listed = sorted(bodies)
                if len(listed) > 1:
                    # the one whose subject the story speaks of: "General Administration" in a story
                    # about athletes and sports is of Sport, not of Customs
                    if doc_keys is None:
                        doc_keys = {names.key(w) for w in re.findall(r"[a-z]{3,}", text.lower())}
                    spoken = [n for n in listed if set(bodies[n].name.keys) <= doc_keys]
                    listed = spoken if len(spoken) == 1 else listed
                judged[("listed", phrase)] = listed
            listed = judged[("listed", phrase)]
            full = listed[0] if len(listed) == 1 else None
            how = "generic words and a head noun, without the words that say which body"
            yield Hit(c.start, c.end, full, {"how": how, "advice": _advice(full) if full or not listed else
                                             "give the body's whole name (" + " or ".join(f"'{n}'" for n in listed[:3])
                                             + ")"})


# A place and one or two words as the subject of a reporting verb or a modal, at a sentence's
# start or after "the": "Xining Supply said" (``_inner_word_dropped``).
_PLACE_SUBJECT = re_programs.compile(
    r"(?=[A-Z])(?:(?<=^)|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\b[Tt]he[ \u00a0]))"
    r"([A-Z][a-z'’]+(?:[ \u00a0]+[A-Z][a-z]+){1,2})(?=[ \u00a0]+([a-z]+)\b)", re.MULTILINE)
# Heads of firms' names, which a full name may end in beside a body's heads.
_FIRM_HEADS = frozenset({"co", "company", "group", "corporation", "corp", "ltd", "limited"})


def _inner_word_dropped(doc, state):
    """A firm's or a body's name written in full in the story and later as its place and its
    last content word with a content word between them dropped, as the subject of a reporting
    verb or a modal ("Xining Water Supply Co., Ltd. said ... Xining Supply said residents ...":
    MT keeps the ends of a long name; issue 9, sixteenth round). A run that is itself the start
    of a name in the story, or any full name's own words in order, is no cut."""
    text = doc.text
    full = None
    for m in _PLACE_SUBJECT.finditer(text):
        if m.group(2) not in _REPORTING and m.group(2) not in _MODALS:
            continue
        words = [names._bare(t) for t in m.group(1).split()]
        if words[0] not in names.PLACES and m.group(1).split()[0] not in _chinese_places():
            continue
        if full is None:
            # each full name once, in the order first named (a copy answers as the first does),
            # and the starts of them all in one set: a line of names read every copy per run
            full, seen = [], set()
            for b in _BODY_NAME.finditer(text):
                name_words = [names._bare(t) for t in b.group().split()]
                if name_words and name_words[0] == "the":
                    name_words = name_words[1:]
                if any(w in names.HEADS or w in _FIRM_HEADS or w in _OTHER_BODY_HEADS for w in name_words) \
                        and tuple(name_words) not in seen:
                    seen.add(tuple(name_words))
                    full.append(name_words)
            starts = {tuple(n[:k]) for n in full for k in range(1, len(n) + 1)}
        if tuple(words) in starts:
            continue  # the start of a name in the story ("Xining Water" of "Xining Water Supply Co")
        cut = None
        for n in full:
            if n[0] != words[0] or len(n) <= len(words) + 1:
                continue
            # the run's words in order inside the name, a content word skipped between two
            i, skipped = 1, []
            for w in words[1:]:
                try:
                    j = n.index(w, i)
                except ValueError:
                    break
                skipped += n[i:j]
                i = j + 1
            else:
                if any(w not in _NOT_SUBJECT and w not in _FIRM_HEADS for w in skipped) \
                        and i < len(n) and any(w in names.HEADS or w in _FIRM_HEADS or w in _OTHER_BODY_HEADS
                                               for w in n[i:]):
                    cut = n
                    break
        if cut is None or not names.document_about_china(doc):
            continue
        whole = " ".join(w.capitalize() for w in cut)
        yield Hit(m.start(1), m.end(1), None, {"how": f"it drops words of '{whole}', named in full in this story",
                                               "advice": "give the name in full, or the short form the body uses"})
