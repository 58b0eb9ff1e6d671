"""Seven number frames for grammar slips of MT (issue 9, fortieth round, the kind `other`), run as
checks of the ``grammar`` type (``audit/detectors/grammar.py`` holds the registry):

- ``singular-have``: a clause's determiner, a singular count noun (an "of" phrase with a
  singular object may follow it) and "have", "are" or "were" ("and the recovery rate have
  risen", "The accuracy rate of sorting have increased", "the loading rate were"): the mirror
  of ``plural-be`` (``grammar_agreement.py``), which reads a plural and "was", "is" or "has";
- ``singular-which``: a determiner, a singular count noun and "which" or "who" with a verb's
  plain form ("build a glacier database which include", "a farmer who grow");
- ``count-singular``: a figure or a number word, at most one adjective and a singular count noun
  ("has found 2,863 ancient tree", "raise silkworms in four box");
- ``plural-adverb-verb``: a plural subject, an adverb in -ly and a verb in -s ("the sensors
  occasionally fails");
- ``demonstrative-subject``: "these" or "those", a singular noun and an auxiliary or a modal
  ("These problem must be solved");
- ``plural-which``: a plural noun, "which" and a verb in -s ("the prescription drugs which needs");
- ``whose-verb``: "whose", a singular noun and a verb's plain form ("routes whose loading rate
  fall below 20%").

Chinese verbs carry no number (回收率已从…提高到…, 包括…的数据库), so MT picks the verb's form from
the nearest cue or leaves it plain. English lets a group noun take a plural verb, in British
usage above all ("the team have", "the council who meet"), and institutions and places follow
("the club were", "the school have said"): those nouns, nouns with no plural in -s ("police",
"sheep", "children"), adjectives used as nouns ("the elderly") and heads of a part or a
quantity ("the rest of", "a third of") pass; each exception is named where it is made.
"""
from __future__ import annotations

from . import regex_cached as re
from . import verb_forms
from ..zipf import zipf_cached
from .grammar_agreement import _LIST_BEFORE, _MORE_GROUPS, _NUMBER_WORDS, _OPEN

# Nouns a plural verb may follow in correct English: groups and institutions (British usage,
# Quirk et al., 1985, 10.35: "The government are"), places standing for their people ("the
# whole village were out"), heads of a part or a quantity ("the rest were", "a lot have"),
# plurals and zero plurals without -s, and adjectives used as nouns.
_PLURAL_SENSE = {
    # groups and institutions
    "team", "family", "party", "side", "group", "government", "committee", "couple", "crew", "staff", "council",
    "board", "club", "union", "class", "company", "firm", "household", "department", "panel", "jury", "band",
    "audience", "public", "police", "management", "squad", "delegation", "ministry", "agency", "office", "bureau",
    "authority", "institute", "university", "college", "school", "hospital", "trust", "charity", "organisation",
    "organization", "society", "church", "paper", "newspaper", "magazine", "network", "channel", "station",
    "studio", "label", "brand", "store", "shop", "chain", "business", "corporation", "enterprise", "operator",
    "provider", "developer", "maker", "manufacturer", "producer", "retailer", "supplier", "carrier", "airline",
    "railway", "bank", "court", "tribunal", "commission", "service", "unit", "division", "force", "regime",
    "state", "country", "city", "town", "village", "county", "province", "region", "district", "neighbourhood",
    "neighborhood", "camp", "champion", "visitor", "opposition", "press", "campaign", "movement",
    "partnership", "cooperative", "co-operative", "collective", "outfit", "franchise",
    "house", "chamber", "lab", "laboratory", "centre", "center", "federation", "kingdom", "republic",
    "world", "industry", "sector", "market", "establishment", "bench", "dressing", "locker",
    # the sides of a contest, in court and in sport ("the prosecution were given a week", "the defence were
    # caught flat-footed")
    "defence", "defense", "prosecution", "attack", "midfield", "backline", "offence", "offense",
    # heads of a part or a quantity
    "number", "lot", "handful", "bunch", "dozen", "score", "majority", "minority", "half", "third",
    "quarter", "fifth", "tenth", "rest", "remainder", "bulk", "total", "percentage", "proportion", "fraction",
    "variety", "range", "series", "host", "array", "plenty", "multitude", "pair", "mass", "kind", "sort", "type",
    "set", "share", "part", "portion", "most", "all", "none", "other", "latter", "former", "one", "each",
    # no plural in -s, or a plural already
    "people", "men", "women", "children", "feet", "teeth", "mice", "geese", "oxen", "lice", "dice", "cattle",
    "data", "media", "criteria", "phenomena", "bacteria", "alumni", "fungi", "personnel", "clergy", "folk",
    "livestock", "poultry", "offspring", "aircraft", "spacecraft", "fish", "sheep", "deer", "swine", "salmon",
    "trout", "moose", "bison", "species", "means", "youth", "elite", "gentry", "nobility", "peasantry",
    "infantry", "cavalry", "militia", "faithful", "vermin",
    # adjectives used as nouns
    "rich", "poor", "elderly", "young", "old", "sick", "disabled", "blind", "deaf", "needy", "vulnerable",
    "jobless", "wealthy", "privileged", "homeless", "unemployed", "dead", "injured", "wounded", "accused",
    "brave", "living", "missing", "displaced", "unvaccinated", "insured", "uninsured", "affected",
    "ill", "innocent", "guilty", "bereaved", "infirm", "hungry", "powerful", "strong", "weak", "unborn",
    "destitute", "underprivileged", "deprived", "oppressed", "persecuted", "marginalised", "marginalized",
}
# Closed words spelt as a noun, never the subject's head: modals and auxiliaries ("the rule will
# not have": "wills" is a plural), adverbs.
_CLOSED = {"will", "can", "may", "must", "might", "should", "would", "could", "shall", "need", "dare", "ought",
           "used", "did", "does", "also", "still", "then", "now", "once", "too", "only", "even", "just", "ever",
           "never", "often", "both", "either", "neither", "alone", "together", "here", "there", "today",
           "who", "whom", "whose", "which", "what", "where", "when", "why", "how", "this", "that", "these", "those"}
# A finite verb in the clause before ", and": the words after it open a second clause, not a
# second subject ("Ms Rahman, 29, and her husband have applied").
_FINITE = re.compile(r"\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should"
                     r"|said|says|made|took|grew|rose|fell|began|became|came|went|got|gave|saw|found|built|sold"
                     r"|held|kept|left|met|paid|won|lost|spent|brought|bought|told|thought|ran|set|cut|put)\b")
_CLAUSE_START = re.compile(r"[.!?;:\n][^.!?;:\n]*\Z")

_DETERMINER = r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Aa]n?|[Ee]ach|[Ee]very)"
_DETERMINER_WORDS = {"the", "this", "that", "its", "their", "our", "his", "her", "my", "your", "a", "an", "each",
                     "every", "these", "those"}

# --- a singular subject and "have", "are" or "were" ----------------------------------------

# A clause's opening, or a second clause after ", and" or ", but" ("..., and the recovery rate
# have risen"; a list's last member is told apart in ``_singular_have``).
# The leading lookahead only says what group 1 begins with (the determiner and its space), so the
# matches are the same; the clause-opening lookbehinds are tried only where a determiner stands
# (the check 0.14 -> 0.09 s of CPU on 0.84 MB of clean news).
_SINGULAR_HAVE = re.compile(
    r"(?=" + _DETERMINER + r"[ ])(?:" + _OPEN + r"|(?<=,[ ]and[ ])|(?<=,[ ]but[ ])|(?<=;[ ]))(" + _DETERMINER + r"[ ](?:([a-z]+(?:-[a-z]+)*)[ ])?([a-z]{3,})"
    r"(?:[ ]of[ ](?:the[ ])?([a-z]{3,}))?"
    r"[ ](?:(?:also|still|now|already|only|not|even|often|usually|generally|recently)[ ])?(have|are|were))"
    r"(?![\w'’-])([ ][a-z]+)?", re.MULTILINE)

# Words before a clause that may take the subjunctive: "as if the city were", "even if the
# plan were to", "insisted that the firm have a licence".
_HYPOTHESIS = re.compile(r"\b(?:if|though|wish|wished|suppose|supposing|imagine|unless|whether|rather|lest)[ ,]"
                         r"[^.!?;\n]*\Z")
_MANDATE = re.compile(r"\b(?:require[sd]?|requiring|insist(?:s|ed)?|demand(?:s|ed)?|ask(?:s|ed)?|recommend(?:s|ed)?"
                      r"|suggest(?:s|ed)?|propose[sd]?|urge[sd]?|order(?:s|ed)?|stipulate[sd]?|mandate[sd]?"
                      r"|request(?:s|ed)?|direct(?:s|ed)|advise[sd]?|moved|specif(?:y|ies|ied)|prefer(?:s|red)?"
                      r"|essential|important|necessary|vital|crucial|imperative|rule[sd]?|decree[sd]?"
                      r"|desirable|advisable|preferable|urgent|critical|fitting|appropriate)[ ]"
                      r"(?:[^.!?;\n]{0,40}[ ])?that[ ]\Z")


def _count_noun(noun: str) -> bool:
    """A singular count noun: no plural sense, no ending of a plural, an adverb or a participle,
    and a common plural in -s beside a common singular."""
    from .grammar import _plural
    if noun in _PLURAL_SENSE or noun in _MORE_GROUPS or noun in _NUMBER_WORDS or noun in _CLOSED \
            or noun.endswith(("s", "ed", "ing", "ly", "ese", "ish")):
        return False
    return zipf_cached(noun) >= 3.0 and zipf_cached(_plural(noun)) >= 3.0


def _singular_have(text):
    from .grammar import _in_quotation_dialect
    at = 0
    while True:
        m = _SINGULAR_HAVE.search(text, at)
        if m is None:
            return
        if _singular_have_found(text, m, _in_quotation_dialect):
            yield m.start(1), m.end(1), None
            at = m.end(1)
        else:
            at = m.start(1) + 1  # read again from the next word: "that the reform have" from "the"


def _singular_have_found(text, m, _in_quotation_dialect) -> bool:
    modifier, noun, of_noun, verb, after = m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)
    if modifier is not None and (modifier in _PLURAL_SENSE or modifier in _NUMBER_WORDS or modifier in _CLOSED
                                 or modifier in _MORE_GROUPS or modifier.endswith(("s", "ly"))
                                 or modifier in _DETERMINER_WORDS):
        return False  # "the two firm...", "a lot more", "the players union": no singular head read; "the
        # mentally ill are": an adjective used as a noun after its adverb; "that the reform have": the
        # determiner is the second word (the frame is read again from it)
    if not _count_noun(noun):
        return False
    if of_noun is not None and (of_noun.endswith("s") or of_noun in _PLURAL_SENSE or of_noun in _MORE_GROUPS
                                or of_noun in _NUMBER_WORDS):
        return False  # the "of" phrase holds a plural or a group ("the team of experts are"): other frames'
    before = text[max(0, m.start(1) - 120):m.start(1)]
    if before.endswith((", and ", ", but ")):
        if _LIST_BEFORE.search(text, max(0, m.start(1) - 126), m.start(1) - 6):
            return False  # a list's last member: "The towns, the villages, and the city have grown"
        clause = _CLAUSE_START.search(before)
        if not _FINITE.search(clause.group() if clause else before):
            return False  # two subjects: "Ms Rahman, 29, and her husband have applied"
    if verb == "were" and (after == " to" or _HYPOTHESIS.search(before)):
        return False  # the subjunctive: "as if the city were", "if the plan were to fail"
    if verb == "have" and _MANDATE.search(before):
        return False  # the mandative subjunctive: "insisted that the firm have a licence"
    if _in_quotation_dialect(text, m.start(1)):
        return False  # a speaker's own grammar, kept as said
    return True


# --- a singular noun, "which" or "who" and a verb's plain form ------------------------------

_SINGULAR_WHICH = re.compile(
    r"(?<![\w'’-])([\w'’-]+[ ])?(" + _DETERMINER + r"[ ]((?:(?:[a-z]+(?:-[a-z]+)*)[ ]){0,2})([a-z]{3,})[ ](which|who)[ ]"
    r"([a-z]{3,}))(?![\w'’-])([ ][a-z]+)?")
# A determiner after these opens a noun phrase that another noun may govern ("the residents of
# the village who live", "workers at the plant who want"), or one member of two ("the city and
# the county, which share"): the relative may belong to either.
_NOT_HEAD = {"of", "in", "at", "on", "from", "for", "with", "by", "to", "among", "amongst", "between", "near",
             "under", "over", "into", "onto", "across", "around", "behind", "beside", "besides", "inside",
             "outside", "within", "without", "through", "throughout", "about", "like", "unlike",
             "and", "or", "nor", "than", "as", "plus", "versus", "via", "per", "toward", "towards", "along",
             "beyond", "above", "below", "beneath", "against", "despite", "after", "before", "during", "upon",
             "off", "past", "except", "opposite", "alongside", "amid", "up", "down", "both", "either", "neither"}


# Verbs of asking and telling, before an object whom "which" questions ("asked the clerk which
# form applies", "showed the visitor which door leads").
_ASK_TELL = re.compile(r"(?:ask|tell|told|show|shown|remind|inform|advise|teach|taught|instruct|warn|direct)"
                       r"(?:s|ed|ing)?\Z")


def _singular_which(text):
    from .grammar import _in_quotation_dialect
    from .grammar_agreement import _base_verb
    for m in _SINGULAR_WHICH.finditer(text):
        previous = (m.group(1) or "").strip().lower()
        modifiers, noun, verb, after = m.group(3).split(), m.group(4), m.group(6), m.group(7)
        if previous in _NOT_HEAD or previous.endswith(("'s", "’s")):
            continue  # "the residents of the village who live": the relative may be the first noun's
        if m.group(5) == "which" and _ASK_TELL.match(previous):
            continue  # "asked the pharmacist which brand works": "which" asks, and a noun follows it
        if verb in _PLURAL_SENSE or verb in _MORE_GROUPS:
            continue  # "a system which staff use": the subject of an object's relative, not its verb
        if any(w.endswith("s") or w in _NUMBER_WORDS or w in ("and", "or", "nor", "of", "the", "a", "an")
               for w in modifiers):
            continue  # a plural (or a verb in -s: "the firm employs staff who") or a second phrase
        if not _count_noun(noun) or verb in _CLOSED or not _base_verb(verb) \
                or any(w in _CLOSED for w in modifiers):
            continue
        if after in (" of", " to") and verb not in ("need", "want", "belong", "refer", "consist"):
            continue  # a noun after "which": "the question which way to go", "which part of"
        if _in_quotation_dialect(text, m.start(2)):
            continue
        yield m.start(2), m.end(2), None


# --- a count, an adjective and a singular noun ----------------------------------------------

# A figure or a number word, at most one adjective and a singular count noun that ends its phrase:
# "has found 2,863 ancient tree in the county", "raise silkworms in four box". Chinese counts with
# a measure word and no plural (四盒蚕, 2863株古树); MT drops the measure word and keeps the noun
# bare. `figure-noun-number` reads a figure right before the noun or after one of a few listed
# adjectives; this frame reads number words and any adjective `a-modifiers-plural` reads
# (a listed one, one by its ending, a hyphenated one), with that frame's tests of the noun.
_NUMBER_WORD = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety")
_COUNT_NOUN = re.compile(
    r"(?<![\w.,;$¥€£#/:+'’-])(\d{1,3}(?:,\d{3})+|\d+|(?:" + _NUMBER_WORD + r"))[ ](?:([a-z]+(?:-[a-z]+)*)[ ])?"
    r"([a-z]{3,})(?=[ ](?:in|on|at|for|from|of|with|to|that|who|which|have|had|are|were|will|can|said|last|this|every)\b"
    r"|[.,;:](?![\w]))")
_AFTER_PREPOSITION = re.compile(r"\b(?:in|into|of|for|with|by|from|about|than|on|at)[ ]\Z")
# A determiner, a noun for a group of people (a closed list) and "of" before the count: the count
# closes the group's noun phrase ("a cast of six", "a family of four", "the crew of three"), and
# a plain verb after it is the group's ("a cast of six play every role"), not a bare count noun.
_GROUP_OF = re.compile(r"\b(?:[Aa]|[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur)[ ](?:cast|crew|family|band|panel|"
                       r"party|squad|troupe|quartet|trio|couple|pair)[ ]of[ ]\Z")
# An object's determiner after the word (not a time: "every year", "this weekend"): the word is
# the group's verb.
_OBJECT_AFTER = re.compile(r"[ ](?:every|this)[ ](?!(?:year|month|week|weekend|day|night|morning|afternoon|evening|"
                           r"spring|summer|autumn|fall|winter|season|quarter|term|semester|time|round)\b)")
# The adjectives `figure-noun-number` reads after a figure (its own finding).
_FIGURE_ADJECTIVES = {"new", "more", "other", "local", "small", "large", "major", "different", "key", "main", "old",
                      "young", "rural", "foreign", "private", "public"}


def _count_noun_phrase(text):
    from .grammar import (_FIGURE_AFTER_LIST, _FIGURE_NOUN_SKIP, _IRREGULAR_PAST, _LABEL_BEFORE, _ONE_BEFORE,
                          _plural, _verb_base)
    from .grammar_slips import _modifier
    for m in _COUNT_NOUN.finditer(text):
        figure, modifier, noun = m.group(1), m.group(2), m.group(3)
        if figure[0].isdigit():
            digits = figure.replace(",", "")
            if modifier is None or modifier in _FIGURE_ADJECTIVES:
                continue  # `figure-noun-number`'s
            if int(digits) < 2 or digits.startswith("0") or (len(figure) == 4 and figure[:2] in ("19", "20")) \
                    or len(figure) >= 5 and "," not in figure:
                continue  # one; a year; a code
        if modifier is not None and not _modifier(modifier):
            continue  # a noun or a verb between ("two hundred", "the two work hard")
        if noun in _FIGURE_NOUN_SKIP or noun in _PLURAL_SENSE or noun in _CLOSED or noun in _IRREGULAR_PAST \
                or noun.endswith(("s", "ing", "ed", "ly", "er", "est")):
            continue  # units, groups, plurals, participles and comparatives
        if _FIGURE_AFTER_LIST.match(text, m.end()):
            continue  # a table's cells
        before = text[max(0, m.start() - 24):m.start()]
        label = _LABEL_BEFORE.search(before)
        if label or _ONE_BEFORE.search(before) or re.search(r"\b(?:[Tt]he|[Pp]er|[Tt]his|[Tt]hat)[ ]\Z", before):
            continue  # a label ("Line 3", "Chapter Two") or a compound ("a two-hour drive", "the 10 best hotel")
        if text[m.end():m.end() + 1] in ".," and m.end() + 1 < len(text) and text[m.end() + 1].isdigit():
            continue
        if zipf_cached(noun) < 3.0:
            continue
        if _verb_base(noun) and (not _AFTER_PREPOSITION.search(before) or _OBJECT_AFTER.match(text, m.end())
                                 and _GROUP_OF.search(text, max(0, m.start() - 40), m.start())):
            continue  # a number word as a pronoun, then its verb: "the two work in Shanghai"; after a
            # preposition the count opens a noun phrase ("in four box"), unless it closes a group's
            # before the group's verb and its object ("a cast of six play every role"; "a team of
            # five cook every summer" is still a count)
        plural = _plural(noun)
        if zipf_cached(plural) < 3.3 or zipf_cached(plural) < zipf_cached(noun) - 1.2:
            continue  # a mass noun or one whose plural is rare
        yield m.start(3), m.end(3), plural


# --- a plural subject, an adverb in -ly and a verb in -s ---------------------------------

# "Some residents complained that the sensors occasionally fails to register a car": after an
# adverb in -ly a word in -s is a verb, and a plural subject takes its plain form. The subject is
# read as ``plural-be`` reads it (a clause's determiner, at most one modifier, a plural of a
# common noun); nouns in -s with no plural sense pass ("the news usually comes").
_PLURAL_ADVERB_VERB = re.compile(
    _OPEN + r"((?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Mm]ost|[Ss]ome|[Bb]oth|[Aa]ll|[Ss]everal|[Mm]y|[Oo]ur|[Tt]heir"
    r"|[Hh]is|[Hh]er|[Ii]ts|[Yy]our)[ ](?:([a-z]+(?:-[a-z]+)*)[ ])?([a-z]{3,}s)[ ]([a-z]{4,}ly)[ ]([a-z]{3,}s))"
    r"(?![\w'’-])", re.MULTILINE)
# Words in -ly that are no adverb of a verb: adjectives and nouns.
_NOT_ADVERBS = {"early", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "only", "family", "supply",
                "likely", "unlikely", "lovely", "friendly", "elderly", "holy", "ugly", "silly", "lonely", "costly",
                "deadly", "orderly", "timely", "assembly", "belly", "bully", "jelly", "rally", "tally", "italy",
                "july", "ally", "apply", "reply", "rely", "comply", "imply", "multiply", "lily", "folly", "jolly",
                "kindly", "lively", "lowly", "manly", "sickly", "wily", "oily", "curly", "burly", "surly", "chilly",
                "hilly", "woolly", "bubbly", "wobbly", "prickly", "ghastly", "leisurely", "scholarly", "cowardly",
                "neighbourly", "neighborly", "motherly", "fatherly", "brotherly", "sisterly", "quarterly"}


def _plural_adverb_verb(text):
    from .grammar import _in_quotation_dialect, _plural, _third_person_base
    from .grammar_slips import _modifier
    from .grammar_agreement import _ADVERBS_IN_S, _ONE_THING, _singular_of
    for m in _PLURAL_ADVERB_VERB.finditer(text):
        modifier, noun, adverb, verb = m.group(2), m.group(3), m.group(4), m.group(5)
        if noun in _ONE_THING or noun in _ADVERBS_IN_S or noun.endswith(("ss", "us", "is", "ics", "ous", "as", "os")):
            continue
        if modifier is not None and (modifier in _NUMBER_WORDS or modifier.endswith("s")):
            continue
        if modifier is not None and _third_person_base(noun) is not None and not _modifier(modifier) \
                and not modifier.endswith(("ed", "ing", "ly")) and zipf_cached(modifier) >= 3.0 \
                and zipf_cached(_plural(modifier)) >= 3.0:
            continue  # "The shop sells mainly books": a singular subject and its verb, then an object
        if zipf_cached(_singular_of(noun)) < 3.0 or zipf_cached(noun) < 3.0:
            continue
        if adverb in _NOT_ADVERBS or zipf_cached(adverb) < 3.0:
            continue
        if verb.endswith(("ss", "us", "is", "ics", "ous")) or _third_person_base(verb) is None:
            continue
        if _in_quotation_dialect(text, m.start(1)):
            continue
        yield m.start(1), m.end(1), None


# --- "these" or "those", a singular noun and a verb -----------------------------------------

# "These problem must be solved", "Those village have no road": Chinese 这些/那些 marks the
# plural on the demonstrative alone. `demonstrative-singular-noun` reads the frame after a
# preposition; this one reads it as a clause's subject, before an auxiliary or a modal (so the
# word after "these" is a noun, not a verb: "These range from"). Adjectives that follow "those" as
# a pronoun pass ("those present will", "those eligible can", "those close to him").
_DEMONSTRATIVE_SUBJECT = re.compile(
    _OPEN + r"((?:[Tt]hese|[Tt]hose)[ ]([a-z]{3,})[ ](?:is|was|has|are|were|have|must|will|can|should|would|could"
    r"|may|might|need|needs))(?![\w'’-])", re.MULTILINE)
_AFTER_THOSE = {"present", "close", "subject", "due", "fit", "back", "home", "same", "very", "last", "first", "next",
                "absent", "responsible", "eligible", "concerned", "involved", "interested", "able", "aware", "willing",
                "keen", "ready", "liable", "worthy", "opposed", "inside", "outside", "abroad", "nearby", "alive",
                "above", "below", "over", "under", "left", "remaining", "such", "few", "many"}


# Past participles spelt as a count noun ("those shot", "those bound for Beijing", "those struck"):
# a filtered view of ``verb_forms.py``, the verbs whose participle is also a common noun or
# adjective or reads as one after "those".
_PARTICIPLES = verb_forms.participles("shoot bind strike stick swear grind wind spin sink sing hang shear tear wear "
                                      "slay sting fling string ring win lose bear")


def _demonstrative_subject(text):
    from .grammar import _SAME_PAST, _in_quotation_dialect
    for m in _DEMONSTRATIVE_SUBJECT.finditer(text):
        noun = m.group(2)
        if noun in _AFTER_THOSE or not _count_noun(noun):
            continue
        if m.group(1)[:5].lower() == "those" and (noun in _SAME_PAST or noun in _PARTICIPLES):
            continue  # "Those shot were taken to hospital": "those" as a pronoun and a past participle
        if _in_quotation_dialect(text, m.start(1)):
            continue
        yield m.start(1), m.end(2), None


# --- a plural noun, "which" and a verb in -s -------------------------------------------------

# "including the prescription drugs which needs a doctor's prescription": the mirror of
# ``singular-which``; `plural-who-singular-verb` reads "who" after a plural ("the riders who works").
# A word in -s after "which" may be a plural noun, so the verb's plain form must be a common verb
# (its -ed form common) and the word no plural of a common noun only.
_PLURAL_WHICH = re.compile(
    r"(?<![\w'’-])([\w'’-]+[ ])?(" + _DETERMINER.replace("[Aa]n?|[Ee]ach|[Ee]very", "[Tt]hese|[Tt]hose|[Mm]any|[Ss]ome|[Aa]ll")
    + r"[ ]((?:(?:[a-z]+(?:-[a-z]+)*)[ ]){0,2})([a-z]{3,}s)[ ]which[ ]([a-z]{3,}s))(?![\w'’-])")


def _plural_which(text):
    from .grammar import _in_quotation_dialect, _third_person_base
    from .grammar_agreement import _ADVERBS_IN_S, _ONE_THING, _singular_of
    for m in _PLURAL_WHICH.finditer(text):
        previous = (m.group(1) or "").strip().lower()
        modifiers, noun, verb = m.group(3).split(), m.group(4), m.group(5)
        if previous in _NOT_HEAD or previous.endswith(("'s", "’s")):
            continue  # "the roof of the houses which needs repair": the relative may be the first noun's
        if any(w in _NUMBER_WORDS or w in _CLOSED or w in ("and", "or", "nor", "of", "the", "a", "an") for w in modifiers):
            continue
        if noun in _ONE_THING or noun in _ADVERBS_IN_S or noun.endswith(("ss", "us", "is", "ics", "ous", "as", "os")):
            continue  # "the news which comes", "the series which runs"
        if zipf_cached(_singular_of(noun)) < 3.0 or zipf_cached(noun) < 3.0:
            continue
        if verb in ("means", "suggests", "shows", "indicates", "implies", "explains", "proves", "reflects"):
            continue  # "which" for the whole clause, its comma left out: "They cut the fees which means"
        base = _third_person_base(verb)
        if base is None or verb.endswith(("ss", "us", "is")) or base not in ("need", "want") and _ed_zipf_of(base) < 3.0:
            continue
        if _in_quotation_dialect(text, m.start(2)):
            continue
        yield m.start(2), m.end(2), None


def _ed_zipf_of(base: str) -> float:
    from .grammar import _IRREGULAR_BASE, _ed_zipf
    return 9.0 if base in _IRREGULAR_BASE else _ed_zipf(base)


# --- "whose", a singular noun and a verb's plain form ---------------------------------------

# "routes whose loading rate fall below 20%": the subject after "whose" is the noun after it, not
# the antecedent, and a singular one takes the verb in -s. The verb's plain form must be followed
# by a word that shows it is a verb (a preposition, a determiner, a figure or an adverb), for a
# noun spelt as a verb may close the phrase ("whose price increase was", "whose rate change is").
_WHOSE_VERB = re.compile(
    r"\b(whose[ ]((?:(?:[a-z]+(?:-[a-z]+)*)[ ]){0,2}?)([a-z]{3,})[ ]([a-z]{3,}))"
    r"(?=[ ](?:(?:below|above|to|by|from|under|over|into|the|a|an|more|less|sharply|again|slightly|further|every"
    r"|each)\b|[0-9]))")
# A singular verb later in the clause: the word read as a verb is a noun of the subject ("whose transfer
# request to the club was refused").
_SINGULAR_FINITE_AFTER = re.compile(r"[^,.;:!?\n]{0,60}?[ ](?:was|is|has|does)\b")


def _whose_verb(text):
    from .grammar import _in_quotation_dialect
    from .grammar_agreement import _base_verb
    for m in _WHOSE_VERB.finditer(text):
        modifiers, noun, verb = m.group(2).split(), m.group(3), m.group(4)
        if any(w.endswith("s") or w in _NUMBER_WORDS or w in _CLOSED or w in ("and", "or", "of", "the", "a", "an")
               for w in modifiers):
            continue
        if not _count_noun(noun) or verb in _CLOSED or not _base_verb(verb):
            continue
        if _SINGULAR_FINITE_AFTER.match(text, m.end()):
            continue  # "whose transfer request to the club was refused": the verb comes later
        if _in_quotation_dialect(text, m.start(1)):
            continue
        yield m.start(1), m.end(1), None


CHECKS = {
    "whose-verb": _whose_verb,
    "plural-which": _plural_which,
    "plural-adverb-verb": _plural_adverb_verb,
    "demonstrative-subject": _demonstrative_subject,
    "singular-have": _singular_have,
    "singular-which": _singular_which,
    "count-singular": _count_noun_phrase,
}
