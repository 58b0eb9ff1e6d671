"""Three agreement frames for grammar slips of MT (issue 9, thirty-ninth round, the kind `other`),
run as checks of the ``grammar`` type (``audit/detectors/grammar.py`` holds the registry):

- ``each-of-verb``: "each of" / "every one of" (or "each" and a singular head before "of", or
  "the number of"), a noun phrase of up to seven words with a plural in it, and a plural verb
  ("Each of the 46 households in Sanhe Village have signed", "analysts said each of the
  provisions are aimed", "Each of the satellites send images", "Each set of results were");
- ``plural-be``: a determiner that opens a clause, a plural noun and "was",
  "is" or "has" ("After registration opened, the places was full", "my mushrooms is sold",
  "In the past, farmers was selling");
- ``together-with``: a singular subject, a phrase of accompaniment between commas and a plural
  verb ("The tunnel, together with four pumping stations, are designed").

Chinese verbs carry no number, so MT picks "was" or "have" from the nearest cue. The frames of
``grammar._agreement`` read "each of" after a clause's opening and before a short phrase and
"have/are/were/do"; ``_simple_subject`` reads a sentence's opening with a listed verb and its
object after. These read the same closed words with a longer phrase, any clause opening and a
verb's plain form (wordfreq), and each exception correct English needs is named where it is made.
"""
from __future__ import annotations

from . import regex_cached as re
from ..zipf import zipf_cached

# Where a subject opens a clause: a sentence's or line's start (after a quotation mark or a
# bracket too), a comma, or a conjunction or verb of saying that takes a clause. "and" is in
# none of the frames: "the house and the gardens is" is rare, "the mayor and the governor"
# common; the second frame (``_PLURAL_SUBJECT``) leaves out "but", "as" and "since" too.
_OPEN = (r"(?:(?<=^)|(?<=\n)|(?<=[.!?:][ ])|(?<=[.!?][\"”’][ ])|(?<=[\"“(])|(?<=,[ ])"
         r"|(?<=\b(?:that|because|so|if|while|when|where|as|since|though|although|but|said|says|say|added|noted"
         r"|believe|believes|found|find|finds|shows|showed)[ ]))")

# --- "each of" and a plural verb ------------------------------------------------------------

# Words that end the subject's noun phrase: a relative, a conjunction, an auxiliary or modal.
# A verb after any of them belongs to another clause ("each of the firms that have", "each of
# the towns and cities are": "each of" A and B is still singular, but the frame stays narrow).
_PHRASE_ENDS = ("that|which|who|whom|whose|where|when|while|and|or|but|nor|as|than|because|if|is|are|was|were|"
                "has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall|be|been|not|to|with|"
                "we|they|you|he|she|it|I|there|this|these|those")
# "each of" and a determiner, or "the number of" ("the number of trapping incidents in the
# district have fallen", whose verb `agreement-closed-subject` reads only right after the plural),
# and up to seven words (the matching stops at a phrase's end), then the
# verb is found in the words: "have", "are", "were" or "do" anywhere after a plural ("Each of the
# 46 households in Sanhe Village have"), a verb's plain form right after the plural ("Each of the
# satellites send"; after a preposition's object it may be a noun: "each of the projects in the
# plan has").
# "Each" or "every" and a singular head before "of" ("Each set of results were printed"): not a
# time ("Every year of the plan"), "one", "other", or a head of a kind or part, which English
# lets agree with what follows ("every kind of", "each half of").
_EACH_HEAD_SKIP = ("one|other|day|week|month|year|time|morning|evening|night|season|spring|summer|autumn|winter|"
                   "weekend|hour|minute|decade|century|step|stage|part|half|kind|sort|type|variety|bit|piece|"
                   "member|couple|pair|group|team|family|lot|number|series")
_EACH_OF_VERB = re.compile(
    _OPEN + r"((?:[Ee]ach|[Ee]very[ ]one)[ ]of[ ](?:the|these|those|its|their|our|his|her|my|your|[A-Z][\w]*['’]s)[ ]"
    r"|[Tt]he[ ](?:total[ ]|overall[ ]|average[ ]|annual[ ])?number[ ]of[ ](?:the[ ])?"
    r"|(?:[Ee]ach|[Ee]very)[ ](?!(?:" + _EACH_HEAD_SKIP + r")\b)[a-z]{3,}(?<!s)[ ]of[ ](?:the[ ]|these[ ]|those[ ]|its[ ]|their[ ]|our[ ])?)"
    r"((?:(?:(?!(?:" + _PHRASE_ENDS + r")\b)[\w'’-]+)[ ]){1,7}(?:(?!(?:" + _PHRASE_ENDS + r")\b)[\w'’-]+|have|are|were|do)?)",
    re.MULTILINE)
_WORD = re.compile(r"[\w'’-]+")
_PLURAL_VERBS = {"have", "are", "were", "do"}
_ADVERBS = {"also", "still", "now", "already", "only", "usually", "often", "currently", "each", "all", "both"}
# Adverbs and adjectives that may close the noun phrase, never verbs.
_NOT_BASE = {"alone", "together", "combined", "included", "listed", "above", "below", "here", "there", "today",
             "again", "too", "either", "own", "apart", "aside", "ago", "later", "earlier", "per", "each", "all",
             "both", "more", "less", "most", "least", "first", "last", "next", "same", "new", "old", "alike",
             "present", "concerned", "involved", "named", "mentioned", "shown", "selected", "chosen",
             # adjectives, adverbs and prepositions spelt as a verb's plain form, which may close the
             # noun phrase: "each of the villages close to the river has", "each of the players back
             # in the squad has", "each of the parks open to the public has"
             "close", "back", "open", "near", "home", "like", "free", "due", "down", "up", "out", "off", "over",
             "round", "well", "clear", "right", "wrong", "long", "short", "late", "early", "high", "low",
             "deep", "even", "still", "past", "fit", "ready", "empty", "dry", "clean", "light", "slow", "fast",
             "better", "worse", "complete", "abroad", "nearby", "ahead", "away", "far", "inside", "outside",
             # participles spelt as the plain form: "each of the machines run by the firm is"
             "run", "come", "become", "overrun", "outrun"}
# Plurals that modify a noun after them ("the number of sports clubs have"): a plural and a noun
# right after it are read as one phrase; any other plural and a noun after it open a relative
# clause with "that" left out, whose verb is not the subject's ("each of the tasks workers are
# given is", "the number of hours staff are required to work has").
_ATTRIBUTIVE_PLURALS = {"sales", "sports", "arts", "goods", "savings", "customs", "news", "arms", "jobs", "drugs",
                        "parts", "systems", "services", "communications", "operations", "materials", "rights", "farmers",
                        "workers", "members", "students", "villagers"}


def _plural_word(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s", "us", "is")) \
        and word[:1].islower()


def _base_verb(verb: str) -> bool:
    from .grammar import _IRREGULAR_BASE, _SAME_PAST, _ed_zipf
    if verb in _NOT_BASE or verb in _SAME_PAST or verb.endswith(("s", "ed", "ing", "ly")) or not verb.isalpha() \
            or not verb.islower():
        return False  # "each of the houses cost": a past spelt as the plain form
    if verb not in _IRREGULAR_BASE and _ed_zipf(verb) < 3.0:
        return False
    third = verb[:-1] + "ies" if verb.endswith("y") and verb[-2] not in "aeiou" else verb + "es" \
        if verb.endswith(("ch", "sh", "x", "z", "o")) else verb + "s"
    return zipf_cached(third) >= 3.0 and zipf_cached(verb) >= 3.0


def _each_of_verb(text):
    from .grammar import _in_quotation_dialect, _third_person_base
    for m in _EACH_OF_VERB.finditer(text):
        words = [(w.group(), w.start(), w.end()) for w in _WORD.finditer(m.group(2))]
        seen_plural = plurals_before = False
        number_of = "number of" in m.group(1)  # "the number of": auxiliaries only
        for i, (word, start, end) in enumerate(words):
            previous = words[i - 1][0] if i else ""
            if i and word in _PLURAL_VERBS and seen_plural:
                if i >= 2 and _plural_word(words[i - 2][0]) and words[i - 2][0] not in _ATTRIBUTIVE_PLURALS \
                        and not previous.endswith(("ing", "ed")) and previous not in _ADVERBS:
                    break  # "each of the tasks workers are given is": the verb of a contact clause
                hit = end
            elif i and word in _ADVERBS and i + 1 < len(words) and words[i + 1][0] in _PLURAL_VERBS and seen_plural:
                continue
            elif i and _plural_word(previous) and not plurals_before and not number_of and _base_verb(word) \
                    and _third_person_base(previous) is None:
                hit = end  # right after the first plural only, and one no verb: "every learner of Mandarin meets measure words"
            else:
                if _plural_word(previous):
                    plurals_before = True
                seen_plural = seen_plural or _plural_word(word)
                continue
            if not _in_quotation_dialect(text, m.start(1)):
                yield m.start(1), m.start(2) + hit, None
            break


# --- a plural subject and "was", "is" or "has" ---------------------------------------------

_PLURAL_SUBJECT = re.compile(
    _OPEN.replace(r"|but|", "|").replace(r"|as|since|", "|")
    + r"((?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Mm]ost|[Ss]ome|[Bb]oth|[Aa]ll|[Ss]everal|[Mm]y|[Oo]ur|[Tt]heir"
    r"|[Hh]is|[Hh]er|[Ii]ts|[Yy]our|[Aa]ll[ ]the|[Bb]oth[ ]the|[Aa]ll[ ]our|[Aa]ll[ ]their)[ ]"
    r"(?:([a-z]+(?:-[a-z]+)*)[ ])?)?"
    r"([a-z]{3,}s))[ ](?:(?:also|still|now|all|already|only)[ ])?(was|is|has)\b(?![\w'’-])", re.MULTILINE)
# Nouns in -s with no plural sense, or whose plural English may treat as one amount or one
# thing: times and measures ("the past five years has seen", "ten miles is"), fields and games
# ("politics", "darts"), bodies and places ("customs", "headquarters", "the works"). Words in
# -ss, -us, -is, -ics, -ous, -as and -os ("politics", "kudos", "euros") pass by their ending
# (``_plural_subject``), and the subject's noun ends in "s": neither list names them.
_ONE_THING = {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "nights",
              "points", "degrees", "dollars", "pounds", "miles", "metres", "meters", "kilometres", "kilometers",
              "tonnes", "tons", "kilograms", "acres", "hectares", "times", "rounds", "laps", "inches", "yards",
              "calories", "words", "pages", "steps", "darts", "bowls", "billiards", "dominoes", "checkers", "cards",
              "arts", "customs", "goods", "damages", "proceeds", "remains", "savings", "earnings", "contents",
              "outskirts", "falls", "woods", "stairs", "trousers", "scissors", "glasses", "clothes", "looks",
              "manners", "spirits", "wages", "funds", "sales", "letters", "humanities", "sciences", "suds", "dues",
              "riches", "gains", "losses", "odds", "thanks", "means", "news", "series", "species", "works",
              "headquarters", "premises", "barracks", "crossroads", "whereabouts", "arms", "alms", "innings",
              "gallows", "lens", "corps", "diabetes", "measles", "mumps", "rabies", "ones", "others",
              # one thing's name in -s ("the blues is a genre", "the summons was served"), a decade ("the
              # sixties was"), a round number as an amount ("for a start-up, millions is a lot")
              "blues", "summons", "outdoors", "shambles", "bellows", "mews", "tens", "dozens", "hundreds",
              "thousands", "millions", "billions", "trillions", "teens", "twenties", "thirties", "forties",
              "fifties", "sixties", "seventies", "eighties", "nineties"}


_ADVERBS_IN_S = {"sometimes", "besides", "afterwards", "towards", "nowadays", "perhaps", "always", "ours", "yours",
                 "hers", "theirs"}
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
                 "thousand", "million", "billion", "dozen", "few", "many", "more", "most", "less", "fewer", "other",
                 "such", "same", "first", "last", "next", "only", "past", "previous", "coming", "following", "final",
                 "several", "various", "remaining", "whole", "entire", "total", "combined", "own", "very"}


def _singular_of(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
        return noun[:-2]
    return noun[:-1]


def _plural_subject(text):
    from .grammar import _in_quotation_dialect, _third_person_base
    from .grammar_slips import _COMMON_ADJECTIVES, _NOT_MODIFIERS, _modifier
    for m in _PLURAL_SUBJECT.finditer(text):
        modifier, noun = m.group(2), m.group(3)
        if noun in _ONE_THING or noun in _ADVERBS_IN_S or noun.endswith(("ss", "us", "is", "ics", "ous", "as", "os")):
            continue
        singular = _singular_of(noun)
        if zipf_cached(singular) < 3.0 or zipf_cached(noun) < 3.0:
            continue  # no common noun and its plural ("perhaps", "always", a rare word)
        if modifier is not None:
            if modifier in _NUMBER_WORDS or modifier in _NOT_MODIFIERS:
                continue  # a quantity English may count as one amount ("the two million yuan is")
            adjective = modifier in _COMMON_ADJECTIVES or _modifier(modifier) and zipf_cached(modifier + "s") < 3.0
            noun_modifier = not modifier.endswith("s") and zipf_cached(modifier) >= 3.0 \
                and _third_person_base(noun) is None
            if not (adjective or noun_modifier):
                continue  # "What the official says is": a subject and its verb, not a noun's modifier
        elif m.group(1) == noun and not (m.start(1) >= 2 and text.startswith(", ", m.start(1) - 2)):
            continue  # a bare plural is read after a comma only ("In the past, farmers was")
        if _in_quotation_dialect(text, m.start(1)):
            continue  # a speaker's own grammar, kept as said ("Our lads was brilliant," he said)
        yield m.start(1), m.end(4), None


# --- a singular subject, ", together with ...," and a plural verb ---------------------------

# "The tunnel, together with four pumping stations, are designed to": a phrase of accompaniment
# between commas adds nothing to the subject's number (Quirk et al., 1985, 10.39: "The captain,
# as well as the crew, was saved"); MT renders 连同 and agrees the verb with the nearer plural.
# The subject is "the", "this" or "its", at most one modifier and a singular count noun at a
# clause's opening; group nouns, which British English may give a plural verb anyway ("The
# team, along with its coach, were"), pass.
_TOGETHER_WITH = re.compile(
    _OPEN + r"((?:[Tt]he|[Tt]his|[Ii]ts)[ ](?:([a-z]+(?:-[a-z]+)*)[ ])?([a-z]{3,}),[ ]"
    r"(?:together[ ]with|along[ ]with|as[ ]well[ ]as|in[ ]addition[ ]to|accompanied[ ]by|plus)[ ]"
    r"[^,.;:!?\n]{1,80},[ ](?:are|were|have))\b(?![\w'’-])", re.MULTILINE)


# A noun phrase opened by a determiner right before the comma that opens the match, after a
# clause's or sentence's start: the match is a list's later member.
_LIST_BEFORE = re.compile(r"(?:^|(?<=[.!?;:\n][ ])|(?<=\n)|(?<=,[ ]))(?:[Tt]he|[Tt]his|[Ii]ts|[Aa]n?|[Oo]ur|[Tt]heir|[Hh]is"
                          r"|[Hh]er|[Tt]hese|[Tt]hose)[ ](?:[\w'’-]+[ ]){0,2}[\w'’-]+\Z", re.MULTILINE)


# Group nouns beside grammar's: a cast, an orchestra, a nation in sport ("The host nation, along
# with the champions, are in group A").
_MORE_GROUPS = {"cast", "nation", "orchestra", "choir", "troupe", "trio", "duo", "quartet", "army", "navy",
                "regiment", "parliament", "cabinet", "administration", "faculty", "alliance", "coalition", "league",
                "federation", "association", "population", "generation", "elite", "mob", "crowd", "gang", "herd",
                "flock", "fleet", "electorate", "opposition", "press", "community", "ministry", "workforce",
                "leadership", "membership", "congregation", "brigade", "battalion", "platoon", "clan", "tribe",
                "consortium", "syndicate", "ensemble", "senate", "assembly", "legislature", "peloton", "jury"}


def _together_with(text):
    from .grammar import _GROUP_NOUNS, _plural
    for m in _TOGETHER_WITH.finditer(text):
        noun = m.group(3)
        if m.start(1) >= 2 and text.startswith(", ", m.start(1) - 2) and _LIST_BEFORE.search(text, max(0, m.start(1) - 120), m.start(1) - 2):
            continue  # the second of a list: "The school, the clinic, as well as the market, were rebuilt"
        if noun in _GROUP_NOUNS or noun in _MORE_GROUPS or noun.endswith(("s", "ing", "ed", "ly")) or zipf_cached(noun) < 3.0 \
                or zipf_cached(_plural(noun)) < 3.0:
            continue  # a group, a plural or mass noun: "The staff, along with volunteers, were"
        yield m.start(1), m.end(1), None


CHECKS = {
    "each-of-verb": _each_of_verb,
    "plural-be": _plural_subject,
    "together-with": _together_with,
}
