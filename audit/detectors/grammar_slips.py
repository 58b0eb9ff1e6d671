"""Seven closed-class frames for grammar slips of MT (issue 9, thirty-eighth round, the kind
`other`), run as checks of the ``grammar`` type (``audit/detectors/grammar.py`` holds the
registry, ``_CHECKS``):

- ``short-comparative``: "more" or "most" before a one-syllable adjective that takes -er and
  -est ("make the process more fast", "The most old tree", "more strong and more brave");
- ``hyphen-plural``: a plural noun inside a hyphenated compound that counts ("a 67-years-old",
  "a three-rooms flat");
- ``plural-who-singular``: a plural noun, "who" and a verb in -s ("the riders who works");
- ``responsible-to-verb``: "responsible to" and a verb's plain form ("responsible to patrol");
- ``a-modifiers-plural``: "a", modifiers and a plural noun ("a hull-cleaning underwater robots");
- ``less-plural``: "less" before a plural count noun ("has less ships");
- ``indefinite-base``: "nobody", "everyone" and kin before a verb's plain form ("everyone know").

Chinese marks neither number nor degree on its words (更快 "more fast", 67岁 "67 years old", 负
责巡护 "responsible [to] patrol"), so MT builds each English form from the nearest cue. Each
frame opens on a closed word and asks of the open word after it what wordfreq's frequencies
answer (is its -er form common, is it a plural of a common noun, is it a verb's plain form);
each exception correct English needs is named where it is made.
"""
from __future__ import annotations

from . import regex_cached as re
from ..spans import Occurrences
from ..zipf import zipf_cached


class _InQuotation:
    """``grammar._in_quotation_dialect`` for many positions of one text (an odd count of straight
    quotes, or more opening than closing curly ones, between the line's start and the position),
    with the marks and line breaks found once (``spans.Occurrences``): counting them from the
    line's start for each candidate made a one-line document of 1 MB quadratic.
    ``_in_quotation_dialect`` reads a long text through it too."""

    def __init__(self, text):
        self.marks = {mark: Occurrences(text, mark) for mark in ("\n", "\"", "“", "”")}

    def __call__(self, pos):
        marks = self.marks
        start = marks["\n"].rfind(pos) + 1
        return marks["\""].count(start, pos) % 2 == 1 or marks["“"].count(start, pos) > marks["”"].count(start, pos)

# --- "more" / "most" before a short adjective ---------------------------------------------

# "more" or "most", then a lower-case word, where the phrase ends (a mark, "than", or "and more"
# / "and most"), or "the most" and the word before a verb of being or having, a preposition or
# "one" ("The most old is a camphor tree", "the most old of them"), or a sentence's opening
# "The most" before any word ("The most old tree stands by the gate"). Inside a sentence, before
# a noun, the adjective may open a compound or a mass noun's phrase that "most" counts ("had the
# most high school graduates", "has the most fresh water"), an object's more often than a subject's. "more old people", "more small and medium-sized firms": "more" counts the noun
# after the adjective, so an adjective that runs on into a noun is never read after plain "more".
_MORE_ADJECTIVE = re.compile(
    r"(?<![\w'’-])((?:[Mm]ore|[Mm]ost|(?<=\b[Tt]he[ ])most)[ ]([a-z]{2,}))(?![\w'’-])"
    r"(?:(?=[ ]?[.,;:!?)]|[ ]than\b|[ ]and[ ]m(?:ore|ost)\b)|(?<=\b[Tt]he[ ]most[ ][a-z]+)(?=[ ](?:is|was|are|were|has|have|had|of|in|among|on|at|one|ones|can|could|will|would|stands?|remains?)\b)"
    r"|(?<=\bThe[ ]most[ ][a-z]+)(?=[ ][a-z]))")
# Words whose -er and -est forms are common but that "more" also counts as nouns ("more light",
# "more cold", "more green" for parks), or that edited English compares with "more" too
# ("more clear", "more fair", "more true" fall below the frequency test already).
_MORE_NOUNS = {"light", "cold", "green", "heat", "dark", "fine", "wet", "dry", "few", "new", "blue", "red",
               "white", "black", "yellow", "brown", "gray", "grey", "pink", "fat", "sweet", "salt"}
_VOWELS = re.compile(r"[aeiouy]+")


def _er_est(adjective: str):
    """The -er and -est forms of a one-syllable adjective ("big" -> "bigger", "brave" ->
    "braver", "dry" -> "drier"), or None where the word has more than one syllable."""
    groups = _VOWELS.findall(adjective.rstrip("e") if len(adjective) > 3 else adjective)
    if len(groups) != 1:
        return None
    if adjective.endswith("e"):
        return adjective + "r", adjective + "st"
    if adjective.endswith("y") and adjective[-2] not in "aeiou":
        return adjective[:-1] + "ier", adjective[:-1] + "iest"
    if len(adjective) >= 3 and adjective[-1] not in "aeiouwxy" and adjective[-2] in "aeiou" \
            and adjective[-3] not in "aeiou":
        return adjective + adjective[-1] + "er", adjective + adjective[-1] + "est"
    return adjective + "er", adjective + "est"


# A plural noun after "the most" and its adjective: "most" is the quantity word, the
# superlative of "many" ("Guangdong has the most small businesses", "the most young players of
# any club"), as after plain "more".
_PLURAL_AFTER = re.compile(r"[ ](?:[a-z]{2,}(?<![su']s)s|people|children|men|women)\b(?![\w'’-])")


# "more A than B", where B is a second adjective that ends the clause: English weighs two
# qualities with "more" whatever their length ("more warm than hot", "more brave than wise":
# Quirk et al., 1985, 7.85). B is read as an adjective where its own -er form, its -ly adverb or
# its -ness noun is common; the standards a degree is measured against ("than usual", "than
# necessary", "than expected") are no second quality.
_THAN_ONE_WORD = re.compile(r"[ ]than[ ]([a-z]{3,})(?=[ ]?[.,;:!?)]|[ ](?:and|or|but)\b|$)")
_STANDARDS = {"usual", "necessary", "expected", "needed", "required", "planned", "normal", "average", "possible",
              "ideal", "hoped", "predicted", "thought", "anticipated", "promised", "advertised", "allowed",
              "ever", "before", "previously", "originally", "elsewhere", "intended", "imagined",
              "feared", "forecast", "estimated", "reported", "projected", "budgeted", "scheduled", "customary"}


def _two_qualities(text, end):
    m = _THAN_ONE_WORD.match(text, end)
    if m is None or m.group(1) in _STANDARDS:
        return False
    word = m.group(1)
    forms = _er_est(word)
    stem = word[:-1] + "i" if word.endswith("y") else word
    return (forms is not None and zipf_cached(forms[0]) >= 3.2) \
        or max(zipf_cached(stem + "ly"), zipf_cached(stem + "ness"),
               zipf_cached(word[:-1] + "y") if word.endswith("le") else 0.0) >= 3.0


def _short_comparative(text):
    for m in _MORE_ADJECTIVE.finditer(text):
        adjective = m.group(2)
        if adjective in _MORE_NOUNS or adjective in ("than", "and", "or", "of", "the", "to", "so"):
            continue
        forms = _er_est(adjective)
        if forms is None or min(zipf_cached(forms[0]), zipf_cached(forms[1])) < 3.2:
            continue  # "more fun", "more clear", "most apt": no common -er and -est
        superlative = m.group(1).lower().startswith("most")
        if not superlative and _two_qualities(text, m.end(1)):
            continue  # "more warm than hot", "more brave than wise": two qualities weighed, not degree
        if superlative and _PLURAL_AFTER.match(text, m.end(1)):
            continue  # "the most small businesses", "the most young players": "most" counts the noun
        yield m.start(1), m.end(1), forms[1] if superlative else forms[0]


# --- a plural inside a hyphenated compound that counts -------------------------------------

_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                 "fifty|sixty|seventy|eighty|ninety|hundred|thousand")
# A figure or number word, a hyphen, a plural noun, and either another hyphen ("67-years-old",
# "six-hours-long") or, after "a" / "an", a noun ("a three-rooms flat"). A compound that runs
# on before the figure is left alone: "a once-in-50-years event" and "a best-of-19-frames final"
# are set phrases of edited English (clean_fresh65, clean_fresh42). English leaves the counted noun of a compound singular
# (Quirk et al., 1985, 17.104: "a ten-year-old boy", "a three-room flat").
_HYPHEN_PLURAL = re.compile(
    r"(?<=\b[Aa]n?[ ])((?:\d[\d,.]*|" + _NUMBER_WORDS + r"|" + _NUMBER_WORDS.title() + r")-"
    r"([a-z]{3,}s))(?=[ ][a-z]{2,}|-[a-z])"
    r"|(?<![\w'’.,-])((?:\d[\d,.]*|" + _NUMBER_WORDS + r"|" + _NUMBER_WORDS.title() + r")-([a-z]{3,}s))(?=-[a-z])")
# Plurals a compound keeps: fractions ("a two-thirds majority"), "times" ("a three-times
# champion"), nouns in -s with no plural sense ("a 3-series"), and "24-hours-a-day".
_HYPHEN_KEEP = {"thirds", "quarters", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths", "halves",
                "times", "series", "species", "means", "news", "lens", "plus", "sixes", "sevens", "tens"}


def _hyphen_plural(text):
    for m in _HYPHEN_PLURAL.finditer(text):
        group = 1 if m.group(1) else 3
        noun = m.group(group + 1)
        if noun in _HYPHEN_KEEP or noun.endswith(("ss", "us", "is", "ics")):
            continue
        if text.startswith(("-a-", "-an-", "-to-", "-in-", "-of-", "-per-", "-plus", "-or-", "-and-"), m.end(group)):
            continue  # "24-hours-a-day", "a two-sets-to-love lead", "a 2-years-plus sentence": a phrase, not a count
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
        if zipf_cached(singular) < 3.0 or zipf_cached(noun) < 3.0:
            continue
        compound = m.group(group)
        yield m.start(group), m.end(group), compound[:-len(noun)] + singular


# --- a plural noun, "who" and a verb in -s -------------------------------------------------

_PLURAL_WHO = re.compile(r"(?<![\w'’-])((?:[a-z]{3,}s|people|children|men|women))[ ]who[ ]([a-z]{3,}s)\b")
_WHO_SKIP = {"ours", "yours", "hers", "theirs", "its", "this", "thus", "towards", "besides", "afterwards",
             "sometimes", "always", "perhaps", "whereas", "unless", "news", "series", "species", "means", "lens",
             "others", "ones", "was", "has", "does", "is", "politics", "physics", "economics", "ethics",
             "headquarters", "thanks", "works", "odds", "plus", "bus", "gas", "yes", "less",
             # decades of a life ("a haulier in his fifties who carries": clean_fresh167)
             "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
             "nineties"}
# "one of the few people who knows": a head of one, read by many editors as the verb's subject.
_ONE_OF = re.compile(r"\b(?:one|One|the[ ]only[ ]one|none|None)[ ]of\b[^.!?;\n]*$")


def _plural_who(text):
    from .grammar import _third_person_base  # the verb test of the type's other frames
    for m in _PLURAL_WHO.finditer(text):
        noun, verb = m.group(1), m.group(2)
        if noun in _WHO_SKIP or verb in ("was", "has", "does", "is", "news", "less") or noun.endswith(("ss", "us", "is", "ics", "ous")):
            continue
        if noun not in ("people", "children", "men", "women"):
            singular = max((noun[:-3] + "y", noun[:-1]) if noun.endswith("ies") else (noun[:-2], noun[:-1])
                           if noun.endswith("es") else (noun[:-1],), key=zipf_cached)
            if zipf_cached(singular) < 3.0 or zipf_cached(noun) < 3.0:
                continue
            if _third_person_base(noun) is not None:
                continue  # "he asks who knows": a verb, and "who" opens a question
        base = _third_person_base(verb)
        if base is None or verb.endswith("ss") or zipf_cached(verb) < 3.0:
            continue
        if _ONE_OF.search(text, max(0, m.start() - 120), m.start()):
            continue
        yield m.start(2), m.end(2), base


# --- "responsible to" and a verb -----------------------------------------------------------

# "responsible" after a form of "be" only: after a noun it is a postponed adjective and the verb
# is the object's ("the people responsible to face justice", "hold those responsible to
# account", "invite the councillors responsible to spend a morning": clean_fresh17, 29, 165).
_RESPONSIBLE_TO = re.compile(r"\b(?:is|are|was|were|be|been|being|am|'re|'s)[ ](?:(?:also|mainly|chiefly|directly|"
                             r"jointly|fully|solely|primarily|now|not|still|only)[ ])?"
                             r"(responsible[ ]to[ ]([a-z]{3,}))\b(?![\w'’-])")
# Bodies and persons one answers to whose -ed form is also common ("responsible to staff", "to
# head office", "to state and federal regulators", "to parent companies").
_RESPONSIBLE_NOUNS = {"staff", "head", "state", "host", "chair", "crown", "board", "father", "mother",
                      "master", "party", "police", "school", "court", "house", "council", "man", "people",
                      "government", "management", "shareholder", "owner", "parent", "client", "customer",
                      "voter", "member", "employer", "whoever", "both", "one", "all", "each", "any",
                      "public", "local", "federal", "central", "senior", "national", "regional", "provincial"}


def _responsible_to(text):
    from .grammar import _IRREGULAR_BASE, _ed_zipf
    for m in _RESPONSIBLE_TO.finditer(text):
        word = m.group(2)
        if word in _RESPONSIBLE_NOUNS or word.endswith(("s", "ing", "ed")) \
                or word not in _IRREGULAR_BASE and _ed_zipf(word) < 2.5:
            continue
        yield m.start(1), m.end(1), None  # "responsible for" and the -ing form


# --- "a" or "an", modifiers and a plural noun ---------------------------------------------

# "a" or "an", one or two modifiers and a plural noun that ends its phrase: "a hull-cleaning
# underwater robots.", "that of a modern cold storages.", "a persimmon-themed tourisms in". The
# open-vocabulary `each-plural` frame reads one listed adjective; this one reads a hyphenated
# modifier, an adjective by its ending (-al, -ic, -ive, -ous, -ful, -less, -able, -ible, -ary,
# -ern, -ese, -ish) or a listed common adjective, so a verb between ("a man sells goods.", "a
# teacher said students") never stands for a modifier. Counting words that make "a" plural
# ("a few", "a lot", "a dozen", "a couple", "a good many", "a record 30") end the frame.
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern", "ese", "ish")
_COMMON_ADJECTIVES = {"modern", "old", "new", "big", "small", "large", "cold", "hot", "warm", "young", "smart",
                      "local", "rural", "urban", "major", "key", "main", "single", "huge", "tiny", "underwater",
                      "green", "clean", "digital", "senior", "junior", "whole", "entire", "special", "famous",
                      "popular", "unique", "rare", "common", "poor", "rich", "high", "low", "long", "short",
                      "deep", "wide", "fresh", "dry", "wet", "ancient", "typical", "elderly", "private",
                      "public", "foreign", "domestic", "advanced", "automated", "intelligent", "efficient"}
_NOT_MODIFIERS = {"few", "lot", "lots", "dozen", "couple", "many", "number", "total", "record", "further", "mere",
                  "good", "great", "whole", "half", "third", "quarter", "hundred", "thousand", "million",
                  "billion", "score", "handful", "series", "pair", "bit", "little", "fair", "precious", "select",
                  "happy", "lucky", "chosen", "estimated", "additional", "extra", "full", "whopping"}
_A_MODIFIERS_PLURAL = re.compile(
    r"(?<![\w'’.-])(?:an?|(?:(?<=^)|(?<=\n)|(?<=[.!?][ ]))(?:A|An))[ ]((?:[a-z]+(?:-[a-z]+)*[ ]){1,2})"
    r"([a-z]{3,}s)"
    r"(?=[ ](?:in|on|at|for|from|of|with|to|that|who|which|have|has|had|are|is|were|was|will|can|must|should|"
    r"shall|would|could|may)\b|[.,;:](?![\w]))")


def _ing_zipf(verb: str) -> float:
    """The frequency of the commonest -ing spelling of ``verb`` ("bet" -> "betting")."""
    forms = [verb + "ing", verb + verb[-1] + "ing"]
    if verb.endswith("e"):
        forms.append(verb[:-1] + "ing")
    return max(zipf_cached(form) for form in forms)


def _modifier(word: str) -> bool:
    if word in _NOT_MODIFIERS or any(part in _NOT_MODIFIERS for part in word.split("-")):
        return False
    if "-" in word:
        return all(part.isalpha() for part in word.split("-"))
    return word in _COMMON_ADJECTIVES or len(word) > 4 and word.endswith(_ADJECTIVE_ENDINGS)


def _a_modifiers_plural(text):
    from .grammar import _EACH_PLURAL_SKIP, _IRREGULAR_BASE, _third_person_base
    for m in _A_MODIFIERS_PLURAL.finditer(text):
        modifiers, noun = m.group(1).split(), m.group(2)
        if not all(_modifier(word) for word in modifiers):
            continue
        if len(modifiers) == 1 and "-" not in modifiers[0]:
            continue  # one plain adjective: the `each-plural` frame's, with its own list
        if noun in _EACH_PLURAL_SKIP or noun.endswith(("ss", "us", "is", "as", "os", "ics", "ous", "ess")):
            continue
        singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-2] \
            if noun.endswith(("ches", "shes", "xes", "zes")) else noun[:-1]
        if _third_person_base(noun) is not None or singular in _IRREGULAR_BASE or _ing_zipf(singular) >= 3.0:
            continue  # "a well-known figure says", "a start-up bets on" (betting): a verb
        if zipf_cached(singular) < 3.0:
            continue  # a plural however rare ("storages", "tourisms": a mass noun counted)
        yield m.start(2), m.end(2), singular


# --- "less" before a plural ---------------------------------------------------------------

# "less" and the plural of a common count noun: "has less ships than", "less people". English
# counts with "fewer" and measures with "less" (Quirk et al., 1985, 5.24); Chinese 少 does both.
# "much less", "no less", "more or less", "nothing less", "any less" and "little less" are
# other idioms; a verb's -s form with no common singular noun ("less goes to schools", in the
# clean sets), one before an object ("less means the rest") and nouns in -s with no plural sense
# ("less news", "less politics") pass.
_LESS_PLURAL = re.compile(r"(?<![\w'’-])(?<!\b(?:no|much|more|or|nothing|little|any|even|far)[ ])"
                          r"((?:[Ll]ess)[ ]([a-z]{3,}s|people))\b(?![\w'’-])")


_OBJECT_AFTER = re.compile(r"[ ](?:the|a|an|his|her|their|its|our|them|him|us|me|it|that|this|to|into|up|out)\b")


def _less_plural(text):
    from .grammar import _EACH_PLURAL_SKIP, _third_person_base
    quoted = None
    for m in _LESS_PLURAL.finditer(text):
        noun = m.group(2)
        quoted = quoted or _InQuotation(text)
        if quoted(m.start()):
            continue  # a speaker's own words ("We want less cars," a protester shouted), kept as said
        if noun != "people":
            if noun in _EACH_PLURAL_SKIP or noun.endswith(("ss", "us", "is", "as", "os", "ics", "ous", "ness")):
                continue
            singular = max((noun[:-3] + "y", noun[:-1]) if noun.endswith("ies") else (noun[:-2], noun[:-1])
                           if noun.endswith("es") else (noun[:-1],), key=zipf_cached)
            if zipf_cached(singular) < 3.0 or zipf_cached(noun) < 3.0:
                continue
            if _third_person_base(noun) is not None and _OBJECT_AFTER.match(text, m.end()):
                continue  # "less helps them", "less means the rest": "less" the subject of a verb
        yield m.start(1), m.end(1), ("Fewer " if m.group(1)[0] == "L" else "fewer ") + noun


# --- an indefinite pronoun and a verb's plain form -----------------------------------------

# "nobody", "everyone", "someone" and their kin are singular: "nobody want to leave",
# "everyone know the rules". Chinese verbs have no person, and MT leaves the English one bare.
# The plain form is right after an auxiliary or a question ("does anyone know"), after verbs
# that take a bare infinitive ("let everyone see", "made everyone laugh", "help everyone find",
# "have everyone sign", "watching someone pour water", clean_fresh9) and in the subjunctive after "that" or a verb of asking ("insisted that
# everyone wear masks"); a word that is also an adverb, an adjective or a preposition after the
# pronoun ("everyone else", "everyone present", "someone like him", "anyone close to",
# "everyone back home") is no verb, and neither is a modal ("nobody can", "no one will", "nobody
# need worry", British).
_INDEFINITE_BASE = re.compile(
    r"(?<!\b(?i:did|does|do|will|would|could|can|may|might|must|should|shall|to|let|lets|make|makes|made|"
    r"making|help|helps|helped|helping|have|has|had|having|watch|watched|watching|watches|see|saw|seeing|sees|"
    r"hear|heard|hearing|hears|notice|noticed|noticing|feel|felt|feeling|letting|that|lest|"
    r"whether|why|where|how|when|what|suggest|suggested|insist|insisted|demand|demanded|require|required|"
    r"requires|recommend|recommended|ask|asked|urge|urged|propose|proposed|request|requested|not|n't)[ ])"
    r"(?<![\w'’-])((?:[Nn]obody|[Ee]verybody|[Ss]omebody|[Aa]nybody|[Ee]veryone|[Ss]omeone|[Aa]nyone|[Nn]o[ ]one)"
    r"[ ]([a-z]{3,}))\b(?![\w'’-])(?![^.!?\n]*\?)")
_NOT_VERBS_AFTER_PRONOUN = {"can", "could", "will", "would", "shall", "should", "may", "might", "must", "need",
                            "ought", "did", "does", "had", "else", "present", "alike", "together", "alone", "back", "home", "here", "there", "now",
                            "too", "inside", "outside", "aboard", "ever", "once", "first", "last", "still", "even",
                            "just", "only", "except", "like", "close", "fit", "over", "under", "near", "round",
                            "around", "but", "and", "nor", "yet", "who", "whom", "whose", "new", "old", "young",
                            "famous", "special", "important", "interested", "concerned", "involved", "already",
                            "also", "never", "always", "really", "actually", "simply", "then", "today", "later",
                            "right", "wrong", "willing", "able", "ready", "keen", "eager", "free", "safe", "sick",
                            "well", "aged", "less", "more", "most", "else's", "with", "from", "for", "such",
                            "within", "without", "above", "below", "beyond", "behind", "across"}


def _indefinite_base(text):
    from .grammar import _IRREGULAR_BASE, _SAME_PAST, _ed_zipf, _opens_sentence
    quoted = None
    for m in _INDEFINITE_BASE.finditer(text):
        verb = m.group(2)
        if verb == "dare" and m.group(1).lower().startswith(("no", "any")):
            continue  # modal "dare" where the clause is negative or open: "no one dare speak", "if anyone dare"
        if verb in _NOT_VERBS_AFTER_PRONOUN or verb in _SAME_PAST or verb.endswith(("s", "ed", "ing", "ly")):
            continue  # "because nobody read your meter": a past spelt as the plain form
        if verb not in _IRREGULAR_BASE and _ed_zipf(verb) < 3.0:
            continue
        third = verb[:-1] + "ies" if verb.endswith("y") and verb[-2] not in "aeiou" else verb + "es" \
            if verb.endswith(("ch", "sh", "x", "z", "o")) else verb + "s"
        if zipf_cached(third) < 3.0:
            continue
        quoted = quoted or _InQuotation(text)
        if quoted(m.start()) or _opens_sentence(text, m.start(1)):
            continue  # "Somebody give this film a distributor.", "Everybody get down!": imperatives
        yield m.start(1), m.end(1), None


CHECKS = {
    "indefinite-base": _indefinite_base,
    "less-plural": _less_plural,
    "a-modifiers-plural": _a_modifiers_plural,
    "short-comparative": _short_comparative,
    "hyphen-plural": _hyphen_plural,
    "plural-who-singular": _plural_who,
    "responsible-to-verb": _responsible_to,
}
