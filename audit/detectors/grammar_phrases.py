"""Six number frames over longer phrases (issue 9, forty-first round, the kind `other`) and three
verb-form frames (forty-second round: ``infinitive-form``, ``be-plain-verb``,
``modal-adverb-past``, each described where it is made), run as checks of the ``grammar`` type
(``audit/detectors/grammar.py`` holds the registry):

- ``plural-phrase-singular``: a clause's determiner, a plural head noun, one or two
  prepositional phrases and "is", "was" or "has" ("The results of the survey shows" is the
  verb-in-s half, read elsewhere; "The houses in the village was rebuilt", "The prices of
  vegetables in the markets has risen"): the verb agrees with the head, not with the nearer
  singular of the prepositional phrase (Quirk et al., 1985, 10.14). ``plural-be``
  (``grammar_agreement.py``) reads the plural right before the verb; this frame reads across the
  phrase;
- ``partitive-figure``: "of which", "of whom" or "among them", a figure above one and "is",
  "was" or "has" ("5,000 samples, of which 3,218 is wheat"): a count of more than one takes the
  plural verb (Chinese 其中 ... 为 carries no number);
- ``plural-its-own``: a plural subject at a clause's opening, an optional relative pronoun, at
  most three auxiliaries or adverbs, a verb and "its own" ("The workshops, which cannot afford its
  own equipment", "Many villages have its own clinic"): "own" points back to the subject of its
  clause, so a plural subject takes "their own" (Chinese 自己的 carries no number);
- ``there-past``: "there were" or "has", a count, a plural and a finite past ("There were 300
  people attended the meeting"): Chinese 有 ... 参加了 keeps both verbs;
- ``plural-relative``: a plural, "that", "which" or "who", "was", "is" or "has" and a participle
  ("the villages that was hit"): the relative takes its antecedent's number;
- ``quantity-singular``: a count of many and a singular count noun before a past or a closed
  word ("Thousands of visitor came", "Both village were flooded").

Every frame is read from closed words (determiners, prepositions, auxiliaries, relative pronouns)
and wordfreq's frequencies of a noun and its plural; nouns in -s with no plural sense, amounts
and quantities, groups, names and quotations pass, each where the exception is made.
"""
from __future__ import annotations

from . import regex_cached as re
from . import verb_forms
from ..zipf import zipf_cached
from .grammar_agreement import _ADVERBS_IN_S, _NUMBER_WORDS, _ONE_THING, _OPEN, _singular_of

# Words that end a noun phrase or open another one: relatives and questions, conjunctions,
# auxiliaries and modals, pronouns, determiners (a determiner is read only right after a
# preposition, so "the figures in the report the ministry publishes" is a relative clause, not
# a phrase), verbs of saying and adverbs of a verb.
_STOP = (r"that|which|who|whom|whose|where|when|while|what|how|why|whether|and|or|but|nor|as|than|because|if|"
         r"unless|until|since|after|before|is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|"
         r"may|might|must|shall|be|been|being|not|to|we|they|you|he|she|it|I|me|us|them|him|there|here|this|"
         r"these|those|the|a|an|its|their|our|his|her|my|your|each|every|said|says|say|also|still|now|all|"
         r"already|only|both|either|neither|one|ones|by|of|in|at|on|from|for|with|near|across|around|along|"
         r"under|inside|outside|within|behind|beside|between|among|per|plus|like|about|including|such|nobody|everyone|"
         r"everybody|someone|somebody|anyone|anybody|nothing|everything|something|anything")
_PREPOSITION = r"(?:of|in|at|on|from|for|with|near|across|around|along|under|inside|outside|within|behind|beside)"
_PHRASE_DET = r"(?:(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your)[ ])"
_PHRASE_WORD = r"(?:(?!(?:" + _STOP + r")(?![\w'’-]))[\w][\w'’-]*)"
# A preposition, an optional determiner and one to four words that hold no closed word
_PHRASE = _PREPOSITION + r"[ ]" + _PHRASE_DET + r"?(?:" + _PHRASE_WORD + r"[ ]){0,3}" + _PHRASE_WORD
_SUBJECT_DET = (r"(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Mm]y|[Oo]ur|[Tt]heir|[Hh]is"
                r"|[Hh]er|[Yy]our|[Aa]ll[ ]the|[Bb]oth[ ]the|[Aa]ll[ ]our|[Aa]ll[ ]their)")
_OPEN_SUBJECT = _OPEN.replace(r"|but|", "|").replace(r"|as|since|", "|")

# Plural heads that English may give a singular verb after an "of" phrase: a part or a quantity
# ("lots of the work was", "two thirds of the land is", "tons of rubbish was"), a kind ("these
# kinds of behaviour is", debated in usage guides), and the heads ``plural-be`` passes already
# (times and measures, fields, one thing's name in -s: ``_ONE_THING``).
_PART_HEADS = {"lots", "loads", "heaps", "tons", "tonnes", "piles", "masses", "oodles", "bits", "kinds", "sorts",
               "types", "thirds", "quarters", "halves", "fifths", "sixths", "eighths", "tenths", "hundredths",
               "percents", "parts", "portions", "shares", "amounts", "quantities", "volumes", "levels", "totals"}


def _plural_head(noun: str) -> bool:
    """A plural count noun in -s: not a noun in -s with a singular sense, a part or a quantity,
    and a common singular beside a common plural."""
    if not noun.endswith("s") or noun in _ONE_THING or noun in _ADVERBS_IN_S or noun in _PART_HEADS \
            or noun.endswith(("ss", "us", "is", "ics", "ous", "as", "os", "'s", "’s")):
        return False
    return zipf_cached(noun) >= 3.0 and zipf_cached(_singular_of(noun)) >= 3.0


def _plain_modifier(modifier) -> bool:
    from .grammar_slips import _NOT_MODIFIERS
    return modifier is None or not (modifier in _NUMBER_WORDS or modifier in _NOT_MODIFIERS)


def _plural_subject(modifier, noun) -> bool:
    """A plural head (``_plural_head``) after a plain modifier or none, the modifier no plural of
    its own ("the sales figures" may be read wrong: two plurals, no head to trust); "the two
    million yuan of funds is", "lots of the work was", "the past years of" pass."""
    return _plural_head(noun) and _plain_modifier(modifier) and (modifier is None or not _plural_head(modifier))


_SINGULAR_VERB = {"is": "are", "was": "were", "has": "have"}

# --- a plural head, a prepositional phrase and "is", "was" or "has" -------------------------

_PLURAL_PHRASE = re.compile(
    _OPEN_SUBJECT + r"(" + _SUBJECT_DET + r"[ ](?:([a-z]+(?:-[a-z]+)*)[ ])?([a-z]{3,}s)[ ](?:([a-z]{3,}(?:ed|ing))[ ])?" + _PHRASE
    + r"(?:[ ]" + _PHRASE + r")?[ ](?:(?:also|still|now|already|only|not|long|recently|just)[ ])?(is|was|has))"
    r"(?![\w'’-])", re.MULTILINE)


# A lowercase noun, then a capitalised word right before the verb (and its adverb)
_NAME_CLAUSE = re.compile(r"[ ](?!(?:" + _STOP + r")[ ])[a-z][\w'’-]*[ ][A-Z][\w'’-]*(?:[ ][a-z]+)?[ ](?:is|was|has)\Z")


def _plural_phrase_singular(text):
    from .grammar import _in_quotation_dialect
    for m in _PLURAL_PHRASE.finditer(text):
        if not _plural_subject(m.group(2), m.group(3)):
            continue
        if _NAME_CLAUSE.search(m.group(1)):
            continue  # "the workers at the plant Apple has built": a name after a common noun opens a
            # relative clause with its own subject, whose verb this is
        if _in_quotation_dialect(text, m.start(1)):
            continue  # a speaker's own grammar, kept as said
        yield m.start(1), m.end(1), None


# --- "of which", "of whom" or "among them", a figure and "is", "was" or "has" ----------------

_COUNT = (r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[2-9]|[1-9][0-9]{1,2}|[1-9][0-9]{4,}"
          r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy"
          r"|eighty|ninety)")
_PARTITIVE = re.compile(
    r"(?<![\w'’-])((?:[Oo]f[ ](?:which|whom)|[Aa]mong[ ](?:them|which|whom|these|those))(?:,)?[ ]"
    r"(?:(?:about|around|nearly|almost|over|some|only|just|roughly|exactly|more[ ]than|at[ ]least|a[ ]total"
    r"[ ]of)[ ])?" + _COUNT + r"[ ](is|was|has))(?![\w'’-])")
# An amount just before the frame: a count of money, a share or a measure reads as one sum
# ("a loan of 500 yuan, of which 300 is interest", "80 hectares, of which 30 is forest").
_AMOUNT_BEFORE = re.compile(
    r"(?:yuan|dollars?|euros?|pounds?|rupees?|yen|won|RMB|USD|[$¥€£%]|percent|per[ ]cent|tonnes?|tons?|mu"
    r"|hectares?|acres?|square|metres?|meters?|kilometres?|kilometers?|kilograms?|kg|km|litres?|liters?|points?"
    r"|roubles?|rubles?|rand|baht|pesos?|rupiah|ringgit|francs?|lira|dong|grams?|tons?|ounces?|gallons?|barrels?"
    r"|miles?|feet|foot|yards?|inches|centimetres?|centimeters?|millimetres?|millimeters?|calories?"
    r"|watts?|kilowatts?|megawatts?|gigawatts?|kWh|MW|GW|bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?"
    r"|KB|MB|GB|TB|hours?|minutes?|seconds?"
    r"|budget|funds?|funding|money|cash|revenue|income|sum|cost|costs|spending|investment|loan|debt|area|land"
    r"|million|billion|trillion|thousand)\b[^.!?;\n]{0,40}\Z")


def _partitive_figure(text):
    from .grammar import _in_quotation_dialect
    for m in _PARTITIVE.finditer(text):
        if _AMOUNT_BEFORE.search(text[max(0, m.start(1) - 80):m.start(1)]):
            continue  # an amount is one sum ("500 yuan, of which 300 is interest")
        if _in_quotation_dialect(text, m.start(1)):
            continue
        verb = m.group(2)
        yield m.start(1), m.end(1), text[m.start(1):m.start(2)] + _SINGULAR_VERB[verb]


# --- a plural subject, a verb and "its own" ------------------------------------------------

_AUXILIARY = (r"(?:can|cannot|could|will|would|should|must|may|might|shall|do|does|did|have|has|had|are|is|was|were"
              r"|not|also|still|now|already|only|often|usually|never|always|each|all|both|to|be|been)")
_PLURAL_ITS_OWN = re.compile(
    _OPEN_SUBJECT + r"(" + _SUBJECT_DET + r"[ ](?:([a-z]+(?:-[a-z]+)*)[ ])?([a-z]{3,}s),?[ ]"
    r"(?:(which|that|who)[ ])?((?:" + _AUXILIARY + r"[ ]){0,3})"
    r"((?:have|has|had|need|needs)|(?!(?:" + _STOP + r")(?![\w'’-]))[a-z]{3,})[ ]its[ ]own)(?![\w'’-])", re.MULTILINE)


# Verbs that set the subject against another party ("the figures contradict its own claims",
# "the documents reveal its own doubts", "these rules govern its own disclosures"): "its" may be
# that party's, named before.
_RELATIONAL = re.compile(r"(?:contradict|reveal|undermin|question|challeng|critici[sz]|reflect|mirror|exceed|outnumber"
                         r"|dwarf|rival|match|echo|expos|threaten|surpass|outstrip|outpac|support|back|confirm|contest"
                         r"|dispute|doubt|weaken|strengthen|overshadow|eclips|belie|betray|undercut|erod|embarrass"
                         r"|reject|ignor|show|prov|cast|govern|regulat|restrict|constrain)(?:e|es|s|ed|d|ing)?\Z")


def _plural_its_own(text):
    from .grammar import _in_quotation_dialect
    for m in _PLURAL_ITS_OWN.finditer(text):
        if not _plural_subject(m.group(2), m.group(3)):
            continue
        if _RELATIONAL.match(m.group(6)):
            continue  # "the figures contradict its own claims": a verb between two parties, whose "its"
            # may be an institution named before
        if any(w in ("each", "every") for w in m.group(5).split()):
            continue  # "the villages each have its own clinic": "each" makes the subject of "own" singular
        if _in_quotation_dialect(text, m.start(1)):
            continue
        yield m.start(1), m.end(1), None


# --- "there were" or "has", a count, a plural and a finite past ------------------------------

# "there were 300 people attended the meeting", "the city has 1,256 families signed the
# contracts": Chinese 有 ... 参加了 opens a clause on a count whose verb follows it, and MT keeps
# both verbs; English says "300 people attended" or "there were 300 people at" ("had" is left
# out: "the vote would have passed had 300 people attended the meeting"). The past is a
# simple past that is no participle ("took", "went", "came"), a verb with no passive ("died",
# "participated", "arrived") or a past in -ed with its object after it (a determiner), which a
# passive participle cannot have ("there were 30 people injured in the crash", "the firm has 30
# workers trained each year" pass). Verbs that take two objects or an object's complement pass
# in the passive ("there were 300 people given the vaccine", "two men named the winners").
_ROLE_PASSIVES = {"given", "sent", "offered", "shown", "told", "taught", "awarded", "granted", "paid", "handed",
                  "denied", "refused", "promised", "lent", "owed", "allowed", "charged", "fined", "asked",
                  "assigned", "allocated", "issued", "served", "brought", "left", "named", "called", "elected",
                  "appointed", "made", "considered", "found", "declared", "deemed", "thought", "kept", "voted",
                  "rated", "ranked", "crowned", "dubbed", "labelled", "labeled", "termed", "judged", "deprived",
                  "spared", "saved", "cost", "billed", "fed", "supplied", "provided", "sold", "bought", "rewarded",
                  "presented", "trained", "hired", "recruited", "employed", "tested", "scanned", "screened",
                  "checked", "vaccinated", "forbidden", "banned", "barred", "ordered", "required", "expected",
                  "encouraged", "invited", "urged", "advised", "instructed", "warned", "reminded", "informed",
                  "notified", "moved", "placed"}
_SIMPLE_PAST = ("took|went|came|gave|grew|rose|fell|began|ran|ate|wrote|drove|flew|chose|spoke|broke|knew"
                "|became|did|saw|won")
_NO_PASSIVE = r"died|participated|arrived|graduated|stayed|lived"
# "won" is a participle too ("there were 20 medals won by Chinese athletes")
_THERE_SIMPLE_PAST = _SIMPLE_PAST.replace("|won", "")
_COUNT_PLURAL = (r"(?:(?:about|around|nearly|almost|over|some|more[ ]than|at[ ]least|a[ ]total[ ]of)[ ])?"
                 + _COUNT + r"(?:[ ](?:thousand|million))?[ ](?:[a-z]+(?:-[a-z]+)*[ ])?(?:[a-z]{3,}s|people|children"
                 r"|men|women)")
_THERE_PAST = re.compile(
    r"\b((?:[Tt]here[ ](?:are|were)|has|have)[ ]" + _COUNT_PLURAL + r"(?:[ ]and[ ]" + _COUNT_PLURAL + r")?"
    r"[ ](?:(?:also|all|each|jointly|together|successfully)[ ])?"
    r"(?:(" + _THERE_SIMPLE_PAST + r"|" + _NO_PASSIVE +
    r")|([a-z]{3,}ed)(?=[ ](?:the|a|an|their|its|his|her|this|these|those|our|my|your)[ ])))(?![\w'’-])")


_TIME_AFTER = re.compile(
    r"[ ](?:the|this|that|these|those|its|their)[ ](?:same|following|next|previous|last|first|past|day|week|weekend"
    r"|month|year|morning|afternoon|evening|night|summer|winter|spring|autumn|season|time|weeks|months|years|days)\b")


def _there_past(text):
    from .grammar import _in_quotation_dialect
    for m in _THERE_PAST.finditer(text):
        participle = m.group(3)
        if participle is not None and participle in _ROLE_PASSIVES:
            continue  # "there were 300 people given the vaccine": a passive with a second object
        if participle is not None and _TIME_AFTER.match(text, m.end(1)):
            continue  # "there were 12 people arrested the same day": a time, not an object
        words = text[m.start(1):m.end(1)].split()
        if any(_plural_head(a) and (_plural_head(b) or b in ("people", "men", "women", "children"))
               for a, b in zip(words, words[1:])):
            continue  # "there are three things people did wrong": a relative with its own subject
        if _in_quotation_dialect(text, m.start(1)):
            continue
        yield m.start(1), m.end(1), None


# --- a plural, "that", "which" or "who", "was", "is" or "has" and a participle ---------------

# "the projects that was approved", "the houses which has been built", "farmers who was trained":
# the relative pronoun takes its antecedent's number (Quirk et al., 1985, 10.48), and MT gives its
# verb the singular that Chinese 的 leaves unmarked. ``plural-which`` (``grammar_heads.py``) reads
# "which" and a verb in -s; this frame reads the three relatives, an auxiliary and a participle.
# A noun after a preposition passes: the relative may belong to the noun before it ("the roof of
# the houses that was damaged", "one of the few people who has"), or the noun closes a fronted
# phrase and "that" is a demonstrative ("For investors that has meant losses"). A relative after a
# comma may belong to any noun before it ("hydrogen from coking plants, which is purified"): the
# frame reads the restrictive relative only.
# A past participle: a regular one in -ed, or an irregular one from a filtered view of
# ``verb_forms.py`` (the verbs this frame was tuned on).
_PARTICIPLE = r"(?:[a-z]{3,}ed|" + "|".join(sorted(verb_forms.participles(
    "build hit make hold set put cut sell buy bring catch teach find lose keep leave pay send spend tell win shut "
    "lead feed run dig shoot strike hang lay mean give take see show know grow choose drive write break speak "
    "steal eat fall forget hide beat freeze prove swear tear wear draw throw fly blow do begin become come go"))) + r")"
_PLURAL_RELATIVE = re.compile(
    r"(?<![\w'’-])(?:(?!(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Ss]ome|[Ss]everal|[Aa]ll|[Oo]ur|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)[ ])"
    r"([\w'’-]+[ ]))?((?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Ss]ome|[Ss]everal|[Aa]ll|[Oo]ur|[Tt]heir"
    r"|[Ii]ts|[Hh]is|[Hh]er)[ ](?:([a-z]+(?:-[a-z]+)*)[ ])?)?([a-z]{3,}s)[ ](?:that|which|who)[ ]"
    r"(?:(?:also|still|now|already|only|not|recently|just|once|since)[ ])?(was|is|has)[ ]"
    r"(?:(?:been|being|not|also|already|now|just|recently|still|since|then|later|first|newly)[ ]){0,2}"
    + _PARTICIPLE + r")(?![\w'’-])")


def _plural_relative(text):
    from .grammar import _in_quotation_dialect
    from .grammar_heads import _ASK_TELL, _NOT_HEAD
    for m in _PLURAL_RELATIVE.finditer(text):
        previous = (m.group(1) or "").strip().lower()
        modifier, noun = m.group(3), m.group(4)
        if previous in _NOT_HEAD or previous.endswith(("'s", "’s")) \
                or any(w.lower() in _NOT_HEAD for w in text[max(0, m.start(2) - 40):m.start(2)].split()[-3:]):
            continue  # "the roof of the houses that was damaged", "hydrogen at nearby coking plants which is
            # purified": the relative may be the first noun's
        if _ASK_TELL.match(previous):
            continue  # "reporters asked the officials who was chosen": "who" asks, it relates nothing
        if modifier is not None and modifier.lower() in _NOT_HEAD:
            continue  # the frame began inside a phrase ("of houses that was"): read from the determiner only
        if not _plural_subject(modifier, noun):
            continue
        if _in_quotation_dialect(text, m.start(2)):
            continue
        verb_at = m.start(5) - m.start(2)
        span = m.group(2)
        yield m.start(2), m.end(2), span[:verb_at] + _SINGULAR_VERB[m.group(5)] + span[verb_at + len(m.group(5)):]


# --- a large count word and a singular count noun before a past or a closed word -------------

# "Thousands of visitor came", "Dozens of new shop opened in May", "several hundred farmer
# joined", "Both village were flooded": a count of many takes a plural noun (Chinese 数千名游客,
# 几百户农民 marks no plural). ``quantifier-number`` (``grammar.py``) reads "many", "several",
# "hundreds of" and the like before a closed word; this frame adds a past verb after the noun
# ("came", "opened"), counts of hundreds or thousands after "several", "a few", "many" or "some",
# "tens of thousands of", and "both". The noun ends its phrase (a past, a closed word or a mark
# follows), so a noun that modifies another passes ("thousands of tourist visits", "both parent
# companies"); so do a noun spelt as a verb's plain form ("Both live in Beijing", "Both work in
# the city"), "both" inside a sentence, which may float after its noun ("Japan and the Netherlands,
# both home to toolmakers"), "head" ("hundreds of head of cattle"), a noun with no common plural (a mass noun or
# a unit: "several hundred yuan"), and a pair after "both" ("both farmer and consumer").
_QUANTITY = re.compile(
    r"(?<![\w'’-])((?:[Hh]undreds|[Tt]housands|[Mm]illions|[Dd]ozens|[Tt]ens[ ]of[ ]thousands|[Hh]undreds[ ]of"
    r"[ ]thousands)[ ]of|(?:[Ss]everal|[Aa][ ]few|[Mm]any|[Ss]ome)[ ](?:hundred|thousand|million)|(?:(?<=^)|(?<=\n)|(?<=[.!?][ ]))Both)[ ]"
    r"(?:([a-z]+(?:-[a-z]+)*)[ ])??([a-z]{3,})"
    r"(?=[ ](?:(in|on|at|for|from|of|with|to|that|who|which|have|had|are|were|will|can|could|would|said|and|or"
    r"|nor|as|also|all|each)\b|(?:[a-z]{3,}ed|" + _SIMPLE_PAST + r")\b)|[.,;:!?])")


# Number words ("several hundred thousand were evacuated") and nouns of a group read as its
# people ("dozens of crew were rescued", "thousands of youth attended")
_COUNTS_AND_GROUPS = {"hundred", "thousand", "million", "billion", "trillion", "dozen", "score", "crew", "youth",
                      "staff", "personnel", "faculty", "militia", "police", "clergy", "infantry", "cavalry", "livestock",
                      "poultry", "cattle", "offspring", "kin", "folk", "game"}


def _count_singular(noun: str) -> bool:
    """A singular count noun: no ending of a plural, a participle or an adverb, not a verb's
    plain form, and a common plural beside it."""
    from .grammar import _plural, _verb_base
    if noun.endswith(("s", "ing", "ed", "ly", "est")) or noun in ("head", "home", "more", "other", "less", "most", "such") \
            or noun in _COUNTS_AND_GROUPS:
        return False
    if _verb_base(noun) or zipf_cached(noun) < 3.0:
        return False
    plural = _plural(noun)
    return zipf_cached(plural) >= 3.3 and zipf_cached(plural) >= zipf_cached(noun) - 1.2


def _quantity_singular(text):
    from .grammar import _in_quotation_dialect, _plural
    from .grammar_slips import _modifier
    for m in _QUANTITY.finditer(text):
        modifier, noun, closed = m.group(2), m.group(3), m.group(4)
        if modifier is not None and not _modifier(modifier):
            continue  # "thousands of tourist visit": the word before is no adjective, the noun may modify
        if not _count_singular(noun):
            continue
        if m.group(1) == "Both" and modifier is None and max(
                zipf_cached(f) for f in (noun + "ing", noun + noun[-1] + "ing", noun[:-1] + "ing")) >= 3.7:
            continue  # "Both bid for the contract": a verb's plain form (or its past) after the pronoun
        if closed in ("and", "or", "nor", "as"):
            continue  # "both farmer and consumer": a pair of singulars; "thousands of individual and
            # institutional investors": adjectives joined before their noun
        if _in_quotation_dialect(text, m.start(1)):
            continue
        yield m.start(3), m.end(3), _plural(noun)


# --- an infinitive's "to" and a past or an -ing form -----------------------------------------

# "in order to improved transport", "so as to attracting buyers", "were unable to completed",
# "tried to solved the problem": "in order to", "so as to", "able to" and "unable to", and a
# closed list of verbs that take only an infinitive after "to" (try, want, plan, decide, hope,
# manage, fail, strive, seek, intend, aim), then an optional adverb, and a verb's past (a
# regular past in -ed, or an irregular simple past from ``verb_forms.py``) or its -ing form.
# After these words "to" marks an infinitive, never a preposition, so only the plain form is
# English (Quirk et al., 1985, 3.56 and 15.17); Chinese 为了 ... and 努力 ... mark no tense and MT
# keeps the past of the sentence on the verb. ``to-past-form`` (``grammar.py``) reads "to" and a
# past before a determiner after any word; this frame reads any object after the infinitive-only
# words, where a "to" that is a preposition ("committed to reduced tariffs", "the key to
# increased output", "due to rising costs") cannot be. Passed: plain forms that end in -ed or
# -ing ("to need", "to proceed", "to bring", "to string": a common -ing form of their own, or a
# lemma that is the word itself), "to fell" and "to found" (plain verbs), "to be" and "to have".
_INFINITIVE_ONLY = (r"(?:[Ii]n[ ]order|[Ss]o[ ]as|(?:un)?able|tr(?:y|ies|ied|ying)|want(?:s|ed|ing)?|plan(?:s|ned|ning)?"
                    r"|decid(?:e|es|ed|ing)|hop(?:e|es|ed|ing)|manag(?:e|es|ed|ing)|fail(?:s|ed|ing)?"
                    r"|striv(?:e|es|ing)|strove|seek(?:s|ing)?|sought|intend(?:s|ed|ing)?)")
_INFINITIVE_PAST = sorted((set(verb_forms.past_participles(
    "go begin write take give come speak break choose drive run eat know grow draw fly throw swim sing do "
    "freeze steal shake ride hide wear tear sink ring shrink become undertake overtake withdraw mistake"))
    | verb_forms.pasts("bring buy send sell tell pay meet win think teach catch seek build make hold keep lose "
                       "spend stand understand")))
_INFINITIVE_FORM = re.compile(
    r"(?<![\w'’-])" + _INFINITIVE_ONLY + r"[ ]to[ ]"
    r"(?:([a-z]{3,}ly|further|also|not|better|still|even|first|then|again|soon)[ ])?"
    r"([a-z]{3,}ed|[a-z]{3,}ing|" + "|".join(_INFINITIVE_PAST) + r")(?![\w'’-])")


# "hope", "plan", "want" and "try" (and their forms in -s) are nouns too, and a noun's "to" is a
# preposition: "brings hope to affected families", "showed the plans to visiting officials",
# "sent its plan to affected provinces". The word is read as the verb only after a subject, not
# after a determiner, a possessive, a quantifier or adjective of the noun, or a verb that takes it
# as its object (a verb's plain form, its form in -s, or its past: "gave", "offers", "delivered").
_NOUN_TOO_BEFORE_TO = {"hope", "hopes", "plan", "plans", "want", "wants", "try", "tries"}
_NOUN_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these",
                     "those", "no", "any", "some", "much", "little", "every", "each", "such", "own", "new", "fresh",
                     "renewed", "false", "real", "great", "high", "slim", "last", "only", "best", "big", "bold",
                     "of", "with", "for", "and", "or", "but", "in", "into", "without"}


# Words after which "hope", "plan", "want" or "try" is the verb: a subject pronoun, a modal, "to",
# "not", "do" and adverbs of the verb ("we hope", "will try", "also plan").
_VERB_BEFORE = {"i", "we", "you", "they", "who", "will", "would", "can", "could", "shall", "should", "must", "may",
                "might", "to", "not", "do", "did", "also", "still", "now", "further", "therefore", "thus"}


def _noun_before_to(text, start, head):
    """Whether ``head`` ("hope", "plans"...) at ``start`` is a noun: after a determiner, a
    possessive, an adjective of the closed list, a preposition, or a verb whose object it is."""
    if head not in _NOUN_TOO_BEFORE_TO:
        return False
    from .grammar import _IRREGULAR_PAST, _is_past_of_verb, _third_person_base, _verb_base
    before = re.search(r"([\w'’-]+)[ ]$", text[max(0, start - 40):start])
    if before is None:
        return False
    prev = before.group(1)
    low = prev.lower()
    if low in _NOUN_DETERMINERS or low.endswith(("'s", "’s", "s'", "s’")):
        return True
    if prev != low:
        return False  # "China plans", "Beijing hopes": a name is a subject
    if low in _VERB_BEFORE or low.endswith("ly"):
        return False
    if not head.endswith("s") and not low.endswith("s"):
        # the plain form after a noun in the singular is the noun of a compound after its
        # determiner ("the development plan to affected provinces", "its five-year plan to
        # invited experts"); after a plural it is the verb ("the farmers hope to")
        words = re.findall(r"[\w'’-]+", text[max(0, start - 60):start])[-4:-1]
        if any(w.lower() in _NOUN_DETERMINERS or w.lower().endswith(("'s", "’s")) for w in words):
            return True
    return (_verb_base(low) or _third_person_base(low) is not None or low in _IRREGULAR_PAST
            or low.endswith("ed") and _is_past_of_verb(low))


def _infinitive_form(text):
    from .grammar import _TO_INFINITIVE_VERB, _TO_PAST, _in_quotation_dialect, _is_past_of_verb, _verb_base
    for m in _INFINITIVE_FORM.finditer(text):
        adverb, word = m.group(1), m.group(2)
        if _noun_before_to(text, m.start(), text[m.start():text.index(" ", m.start())]):
            continue  # "brings hope to affected families", "the plans to visiting officials"
        if adverb is not None and adverb.endswith("ly") and _verb_base(adverb):
            continue  # "to supply treated water": the word in -ly is the verb
        if word.endswith("ed"):
            if not _is_past_of_verb(word):
                continue  # "to need", "to proceed", "to embed": a plain form in -ed
        elif word.endswith("ing"):
            stem = word[:-3]
            if word in verb_forms.VERBS or not (_verb_base(stem) or _verb_base(stem + "e") or len(stem) > 2
                                                and stem[-1] == stem[-2] and _verb_base(stem[:-1])):
                continue  # "to bring", "to sing": a plain form in -ing; "to Ning": no verb before the -ing
        to = text.rfind(" to ", m.start(), m.start(2)) + 1
        if adverb is None and (_TO_PAST.match(text, to) or _TO_INFINITIVE_VERB.match(text, m.start())):
            continue  # `verb-form`'s ("tried to solved the", "hope to increasing their")
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(), m.end(2), None


# --- "be" and a verb's plain form before a mark or after "be" ---------------------------------

# "Cooperation should be strengthen in the coming years", "the income are not reduce.", "The
# plan was implement, officials said": a form of "be", an optional adverb, and a verb's plain form
# from the closed list of verbs English never uses as an adjective after "be"
# (``verb_forms.BE_BASE_VERBS``), before a mark, the line's end, or (after "be") the words ``verb-form``
# reads. The passive takes the participle (Quirk et al., 1985, 3.63-3.64); Chinese 被/得到加强 marks
# no participle. ``verb-form-after-auxiliary`` reads "is", "was", "been" and the like before an
# object or a preposition; this frame adds "be" itself (after a modal or "to") and the verb that
# ends its clause. Left out of the list: verbs also common as nouns that may stand alone after
# "is" ("The fastest way is train.", "the answer was release"): train, ship, sign, raise, release,
# launch, hold, carry, repair, upgrade, save, serve; passed: a pseudo-cleft after "do" ("all
# they did was build"), headlines and quotations.
_NOUN_TOO = {"train", "ship", "sign", "raise", "release", "launch", "hold", "carry", "repair", "upgrade", "save",
             "rescue",
             "serve", "finish", "arrest", "select",
             "buy", "sell"}  # an analyst's rating: "the consensus rating is buy", "its advice was sell"


def _be_plain_verbs():
    return "|".join(v for v in verb_forms.BE_BASE_VERBS.split("|") if v not in _NOUN_TOO)


_BE_PLAIN = re.compile(
    r"(?<![\w'’-])((?:[Bb]e|is|are|was|were|been|being)[ ](?:(?:also|not|now|still|already|currently|then|further|"
    r"gradually|jointly|fully|actively|effectively|greatly|continuously|constantly|steadily|vigorously)[ ])?"
    r"(" + _be_plain_verbs() + r"))(?:(?=[.,;:!?\"”)]|$)|(?<=\b[Bb]e[ ](?:[a-z]+[ ])?[a-z]+)(?=[ ](?:the|a|an|its|their|his|"
    r"her|our|this|these|those|more|new|in|on|at|by|to|for|from|with|into|and)\b|[ ]\d))", re.MULTILINE)


# A plain verb after a comma or "or": the first of a list of plain verbs named as choices or a slogan.
# The next word must itself end a list item ("build, build, build", "buy, lease or build"); a
# verb that opens a clause ("was implement, say officials") does not.
_NEXT_PLAIN = re.compile(r"(?:,[ ]|[ ]or[ ])([a-z]+)(?=[,.;:!?]|[ ](?:or|and)[ ]|$)", re.MULTILINE)


def _be_plain(text):
    from .grammar import _PSEUDO_CLEFT, _in_quotation_dialect, _verb_base
    for m in _BE_PLAIN.finditer(text):
        if _PSEUDO_CLEFT.search(text, max(0, m.start() - 60), m.start()):
            continue  # "what they did was build"
        after = _NEXT_PLAIN.match(text, m.end(2))
        if after is not None and _verb_base(after.group(1)):
            continue  # a slogan or a list of choices: "the mantra is build, build, build", "were buy, lease or build"
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(1), m.end(1), None


# --- a modal, an adverb in -ly and a past ----------------------------------------------------

# "The measures can effectively reduced costs", "the city will gradually... " is
# ``modal-past-form``'s (a closed list of adverbs); this frame reads any adverb in -ly between
# the modal and a verb's past ("will significantly improved", "should strictly followed"): a
# modal takes the plain form (Quirk et al., 1985, 3.40). The modal's noun senses after a
# determiner or an adjective ("his will clearly stated", "a tin can nearly filled") pass, as do
# questions and inversions ("Only then can newly trained staff..."), a word in -ly that is a
# verb ("will supply", "can rely"), plain forms in -ed ("can easily exceed", "will surely
# need"), "found" and "fell", and quotations.
_MODAL_ADVERB_PAST = re.compile(
    r"(?<![\w'’-])(?<!(?i:the|his|her|its|our|their|your|my|whose|this|that|free|good|ill|own|last|iron|strong|sheer|"
    r"political|popular|public|collective|general|tin|trash|garbage|watering|spray|beer|soda|paint|oil|gas|at|a|an|of|"
    r"living)[ ])(?<![\w]['’]s[ ])(?<![\w]s['’][ ])(?<!\b(?:[Ww]hen|[Hh]ow|[Ww]here|[Ww]hy|[Ww]hat|[Ww]hich|[Ww]ho|[Tt]hen|[Ss]oon|[Oo]nly)(?:[ ][\w-]+){0,2}[ ])"
    r"((?:will|would|can|could|shall|should|must|may)(?:[ ]not)?[ ](?!(?:only|jointly|gradually|fully)[ ])([a-z]{2,}ly)[ ]"
    r"([a-z]{3,}ed|" + "|".join(sorted(set(_INFINITIVE_PAST) | verb_forms.pasts(
        "rise leave lead meet win sell tell pay send feel hear mean sit")))
    + r"))(?![\w'’-])")
# The mark that ends the sentence after a match: a question ("... will newly built homes go on
# sale?") is passed. Read from each match to the next mark once, not to the line's end at each
# match: a 1 MB line without a mark took minutes.
_SENTENCE_MARK = re.compile(r"[.!?\n]")


def _modal_adverb_past(text):
    from .grammar import _in_quotation_dialect, _is_past_of_verb, _opens_sentence, _verb_base
    mark = -1  # where the mark after the last match read stands; len(text) where none is left
    for m in _MODAL_ADVERB_PAST.finditer(text):
        if mark < m.end():
            found = _SENTENCE_MARK.search(text, m.end())
            mark = found.start() if found else len(text)
        if mark < len(text) and text[mark] == "?":
            continue  # a question
        adverb, word = m.group(2), m.group(3)
        if _verb_base(adverb):
            continue  # "will supply treated water", "can rely"
        if word.endswith("ed") and not _is_past_of_verb(word):
            continue  # "can easily exceed", "will surely need"
        if _opens_sentence(text, m.start(1)):
            continue  # "Could newly trained staff...": an inversion
        if _in_quotation_dialect(text, m.start(1)):
            continue
        yield m.start(1), m.end(1), None


CHECKS = {
    "plural-phrase-singular": _plural_phrase_singular,
    "partitive-figure": _partitive_figure,
    "plural-its-own": _plural_its_own,
    "there-past": _there_past,
    "plural-relative": _plural_relative,
    "quantity-singular": _quantity_singular,
    "infinitive-form": _infinitive_form,
    "be-plain-verb": _be_plain,
    "modal-adverb-past": _modal_adverb_past,
}
