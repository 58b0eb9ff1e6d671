"""``grammar``: closed-class grammar checks that a regular expression cannot make alone, because
each asks about the form of an open-class word (is it a verb's plain form, its past, a noun's
plural?) with wordfreq's frequencies and short closed lists (issue 9, twenty-first round).

Chinese marks neither tense nor number on its words and has no articles, so MT picks each
English form from the nearest cue and slips where the cue is far or missing: "Officials met to
discussed the plan", "Production has went up", "The cooperative was establish in 2015", "The
new app can helps", "Each of the firms have agreed", "There have 200 scenic spots", "farmers
which joined", "a important hub". Each check here reads one frame whose first word is closed
(an article, an auxiliary, "to", a quantifier, a relative pronoun) and tests the open word after
it; a frame correct English also has is left alone, and each such exception is named where it
is made.
"""
from __future__ import annotations

import bisect
import functools
import re as std_re

from . import regex_cached as re  # regex, its patterns from stored programs: variable-width look-behinds (the closed word lists before a modal or a pronoun)

from . import Hit, Key, ParamError, register, screen, verb_forms
from ..zipf import zipf_cached
from .grammar_slips import CHECKS as _SLIP_CHECKS, _InQuotation
from .grammar_agreement import CHECKS as _AGREEMENT_CHECKS, _MORE_GROUPS
from .grammar_heads import CHECKS as _HEAD_CHECKS
from .figures_common import MONTH_ABBREVIATIONS, MONTH_NAMES
from .grammar_phrases import CHECKS as _PHRASE_CHECKS

# --- word forms -----------------------------------------------------------------------------

# Irregular verbs whose simple past differs from the past participle: after "have" only the
# participle is English ("has gone", not "has went"). (Quirk et al., 1985, the irregular verbs.)
# The forms come from the one table of ``verb_forms.py``; these checks read a filtered view of it,
# the verbs they were tuned on (past -> participle, in this order).
_SIMPLE_PAST_ONLY = verb_forms.past_participles(
    "go begin write take give come speak break choose drive run eat know grow draw fly throw swim sing do "
    "freeze steal shake ride hide bite fall wear tear sink ring shrink become undertake overtake withdraw mistake")

# Plain forms of irregular verbs (they take no -ed), for the tests that ask whether a word is a
# verb's plain form (a view of ``verb_forms.py``: each is checked against its table).
_IRREGULAR_BASE = verb_forms.bases(
    "be begin break bring build buy catch choose come cut deal do draw drink drive eat fall feel fight find fly "
    "forget freeze get give go grow hang have hear hold keep know lay lead leave lend lose make mean meet pay put "
    "read ride ring rise run say see seek sell send set shake shoot show shut sing sink sit sleep speak spend "
    "stand steal strike swim take teach tear tell think throw understand undertake wear win withdraw write arise "
    "overcome withstand uphold")

# Irregular simple pasts: those above and the pasts of these verbs (a view of ``verb_forms.py``).
_IRREGULAR_PAST = set(_SIMPLE_PAST_ONLY) | verb_forms.pasts(
    "bring buy think send leave keep hold build stand make say tell sell spend lose pay meet lead win feel hear "
    "mean teach catch fight seek deal lend find rise")


def _regular_verb(word: str) -> bool:
    """Whether ``word`` looks like the plain form of a regular verb: its -ed form is a common
    word (wordfreq Zipf 3 or more): "develop" (developed), "improve" (improved), "carry"
    (carried), "plan" (planned)."""
    return len(word) >= 3 and _ed_zipf(word) >= 3.0


def _ed_zipf(word: str) -> float:
    """The frequency (wordfreq Zipf) of the commonest spelling of ``word`` + -ed."""
    forms = [word + "ed"]
    if word.endswith("e"):
        forms.append(word + "d")
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        forms.append(word[:-1] + "ied")
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms.append(word + word[-1] + "ed")
    return max(zipf_cached(f) for f in forms)


def _verb_base(word: str) -> bool:
    return word in _IRREGULAR_BASE or _regular_verb(word)


def _third_person_base(word: str):
    """The plain form of a verb in -s ("helps" -> "help", "carries" -> "carry",
    "pushes" -> "push"), or None."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return None
    if word.endswith("ies"):
        candidates = [word[:-3] + "y"]
    elif word.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        candidates = [word[:-2]]
    else:
        candidates = [word[:-1]]
    for base in candidates:
        if base in _IRREGULAR_BASE or _regular_verb(base):
            return base
    if word in ("does", "has", "goes"):
        return {"does": "do", "has": "have", "goes": "go"}[word]
    return None


# --- a / an ---------------------------------------------------------------------------------

# Words spelt with a vowel that open with a consonant sound: "a university", "a European",
# "a one-off", "a ewe", "a Ukrainian", "a usual"; "uni-" not followed by n, m or d is /ju:/
# ("union", "unit", "unique"), while "unintended", "unimportant", "unidentified" open on "un-".
_YOO = re.compile(r"(?:uni(?![nmd])|unanim|url|unid(?:i|ire)|use|usu|usa|usur|uti|ute(?!r)|ura|uri|uro|ubi|uku|ukr|uga|uta|uto|"
                  r"eu|ewe|one(?![a-z])|once|ouija)", re.IGNORECASE)
# Words spelt with a consonant that open with a vowel sound: "an hour", "an honest", "an heir",
# and "an historic" / "an hotel", an older British use; every h-word is left alone.
_A_AN = re.compile(r"(?<![\w'’.-])(?:(a)|(an)|(A)|(An))[ ]([A-Za-z][a-z]+)(?![\w'’-]|\.[a-z])")
# A rare lowercase word with an English suffix that opens on a vowel letter read as a vowel (not
# "u", "eu" or "ew", which may sound "yoo"): "a electrolyser", "a aquaculturist", "a oncologist"
# (issue 9, fortieth round). The suffix keeps out foreign words ("a empresa", "a otro").
_RARE_VOWEL_WORD = re.compile(r"(?:[aio]|e(?![uw]))[a-z]{3,}(?:yser|yzer|iser|izer|er|or|ion|ism|ist|ity|ment|ness|ive"
                              r"|ical|ic|ous|ant|ent|ance|ence|able|ible|ure|ate|ogy|graph|meter|scope)\Z")
_FOREIGN = {"de", "la", "le", "les", "der", "die", "das", "den", "dem", "el", "del", "di", "da",
            "do", "du", "los", "las", "un", "une", "et", "ou", "al", "il", "lo"}


_FUNCTION_WORDS = {"and", "or", "is", "are", "was", "were", "of", "on", "in", "into", "at", "as", "if", "along",
                   "an", "a", "it", "its", "up", "upon", "over", "out", "onto", "after", "about", "above",
                   "across", "against", "among", "around", "except", "unless", "until", "also", "again",
                   "already", "always", "each", "either", "else", "even", "ever", "every", "only", "other",
                   "under", "until", "use", "used", "using", "itself", "must", "by", "to", "the", "be", "has",
                   "have", "had", "with", "for", "from", "so", "than", "that", "then", "this", "which"}


def _a_an(text):
    for m in _A_AN.finditer(text):
        article = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        word = m.group(5)
        low = word.lower()
        if article[0] == "A" and not _opens_sentence(text, m.start()):
            continue  # "Grade A", "vitamin A", "Type A eggs": a letter, not the article
        if m.start() > 0 and text[m.start() - 1] == "(":
            continue  # "(a)": a list's mark
        if low in _FOREIGN or zipf_cached(low) < 3.0 and not (article == "a" and _RARE_VOWEL_WORD.match(word)):
            continue  # a word English rarely uses: a name, a foreign phrase ("a Oaxaca"); a rare
            # lowercase word of English make that opens on a vowel's sound is read ("a electrolyser")
        if low in _FUNCTION_WORDS:
            continue  # "of a and b", "If a is a matrix": a variable or a letter, not the article
        if not re.search("[aeiouy]", low):
            continue  # "an rv", "an fd", "an rms": letters read aloud
        if word[0].isupper() and (article.lower() == "an" and not _YOO.match(low) or low[0] == "u"):
            continue  # "an Nvidia chip", "an Xbox", "a Unesco site": a name's letters are read aloud
        vowel_sound = low[0] in "aeiou" and not _YOO.match(low)
        if article.lower() == "a" and vowel_sound:
            yield m.start(), m.start(5) - 1, article + "n"
        elif article.lower() == "an" and not vowel_sound and not low.startswith("h"):
            yield m.start(), m.start(5) - 1, article[0]


def _opens_sentence(text, pos):
    before = text[max(0, pos - 3):pos].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?:\n"


# --- verb forms -----------------------------------------------------------------------------

_DETERMINER = r"(?:the|a|an|its|their|his|her|our|this|that|these|those|all|more|new|some)"

# "to" and a past form before a determiner: "met to discussed the plan", "agreed to took the
# lead". A participle after the preposition "to" is an adjective before its noun ("due to
# increased demand", "to trained staff"), never before a determiner.
_TO_PAST = re.compile(r"\bto[ ]([a-z]{3,}ed|" + "|".join(sorted((set(_SIMPLE_PAST_ONLY) - {"fell", "bit"}) | {"brought", "bought", "sent", "sold", "told", "paid", "met", "won"}))
                      + r")[ ]" + _DETERMINER + r"\b")
# "have" and a simple past that is not the participle: "has went", "have began". A "have" that
# ends a contact relative clause on a pronoun-like head ("what" is left out: "That is what I
# have saw" is the slip) is the main verb "have", and the past
# after it is the sentence's own verb: "Everything we have came out of the ground", "All they
# had went to the bank".
_PERFECT_PAST = re.compile(r"(?<!\b(?i:everything|all|anything|nothing|something|much|little)[ ]"
                           r"(?:I|we|you|they|he|she|it)[ ])\b(?:has|have|had|having)[ ](?:(?:already|also|just|not|never|now|since|recently|"
                           r"jointly|successfully|finally|ever|all|both)[ ])?("
                           + "|".join(sorted(w for w in _SIMPLE_PAST_ONLY if w not in ("fell", "bit", "did")))
                           + r")\b")
# A modal and a verb in -s: "can helps", "will increases". The modal follows a subject-like word,
# not a determiner ("his will states", "the can holds"), and no question follows.
_MODAL_S = re.compile(r"(?=will|would|can|could|shall|should|must|may)(?<![\w'’-])(?<!(?i:the|his|her|its|our|their|your|my|whose|this|that|political|a|an|of|free|good|"
                      r"ill|own|living|beer|tin|watering|spray|oil|paint|soda|trash|garbage|gas|last|first|new|valid|written|"
                      r"earlier|latest|iron|strong|sheer|popular|public|collective|general|as|so|nor|than|neither) )"
                      r"(will|would|can|could|shall|should|must|may)(?:[ ](?:also|not|still|further|then|soon|only|"
                      r"now|all|both|first|jointly|gradually|fully|never|again|no longer))?[ ]([a-z]{3,}s)\b(?![^.!?\n]*\?)")
# "be" and a verb's plain form with its object or a preposition: "is develop a new park", "was
# establish in 2015", "are encourage to sort". The verb must be one English never uses as an
# adjective or a noun after "be" (a closed list: "is complete", "is open", "is increase"? are
# not in it); "all we did was build a road" (a pseudo-cleft after "do") is left alone.
_BE_BASE_VERBS = verb_forms.BE_BASE_VERBS  # the closed list, shared with grammar_phrases
_BE_BASE = re.compile(r"\b(?:is|are|was|were|been|being)[ ](?:(?:also|not|now|still|being|already|currently|then|"
                      r"further|gradually|jointly|fully|actively)[ ])?(" + _BE_BASE_VERBS + r")[ ]"
                      r"(?:(?:the|a|an|its|their|his|her|our|this|these|those|more|new|in|on|at|by|to|for|from|with|"
                      r"into|and)\b|\d)")
# Adjectives among the verbs above: after "be" they need no object test of their own, they are
# simply left out ("is complete", "is open", "is close to", "is free").
_BE_ADJECTIVES = {"complete", "open", "close", "clean", "clear", "free", "slow", "separate", "correct"}
_PSEUDO_CLEFT = re.compile(r"\b(?:do|does|did|done|doing)\b[^.!?\n;]{0,60}$", re.IGNORECASE)

# "have" and a verb's plain form before an adverb of degree or a determiner: "has increase
# rapidly", "have develop the". (A noun after "have" takes no determiner after it, so "have
# access to" and "had lunch the next day" pass.)
# Participles spelt as a plain form: "has run a shop", "have come a long way", "had found a van".
_BASE_PARTICIPLE = {"run", "come", "become", "overcome", "found", "bound", "wound", "ground", "outrun", "rerun"}
_PERFECT_BASE = re.compile(r"(?<!\b(?:do|does|did|don't|doesn't|didn't)[ ])\b(?:has|have|had)[ ](?:(?:already|also|just|not|never|now|recently|greatly|further)[ ])?"
                           r"([a-z]{3,})[ ](?:rapidly|sharply|significantly|steadily|greatly|gradually|quickly|"
                           r"dramatically|slightly|markedly|substantially|considerably|the|its|their|a|an|"
                           r"this|these|our)\b")
# Verbs that take no object and so no passive: "was happened", "is existed", "is consisted of".
_INTRANSITIVE_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be)[ ](?:(?:also|not|still|already)[ ])?"
                                   r"(happened|occurred|existed|consisted|emerged|arisen|arose|disappeared|"
                                   r"resulted|originated|appeared|died|belonged|remained)\b")
_INTRANSITIVE_BASE = {"happened": "happened", "occurred": "occurred", "existed": "exists", "consisted": "consists",
                      "emerged": "emerged", "arisen": "arisen", "arose": "arose", "disappeared": "disappeared",
                      "collapsed": "collapsed", "resulted": "resulted", "originated": "originated",
                      "appeared": "appeared", "died": "died", "belonged": "belonged", "remained": "remained"}
# "was/were" + "remained", "appeared", "collapsed", "died": a participle as an adjective is
# rare but "the deceased were died" is not English either; "was appeared" likewise.

# Verbs that take "to" and a plain verb: after them "to" is the infinitive's marker, not the
# preposition, so an -ing form is a slip ("plans to improving"). (Quirk et al., 1985, verbs
# with a to-infinitive complement.)
_TO_INFINITIVE_VERB = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aimed|decided?|decides|hopes?|hoped|intends?|intended|"
    r"wants?|wanted|agreed?|agrees|promised?|promises|pledged?|pledges|vowed?|vows|refused?|refuses|"
    r"failed|managed|tried|tries|try|expects?|expected|is[ ]set|are[ ]set|was[ ]set|going|"
    r"need|needs|needed|has|have|had|able|unable|order|so[ ]as|would[ ]like|began|begin|begins|"
    r"started|seeks?|sought|strives?|strived|continues?|continued|wishes|wished|attempts?|attempted|"
    r"is[ ]expected|are[ ]expected|is[ ]scheduled|are[ ]scheduled|is[ ]due|are[ ]due|"
    r"is[ ]likely|are[ ]likely|is[ ]unlikely|is[ ]required|are[ ]required)[ ]to[ ]([a-z]{3,}ing)[ ]"
    r"(?:the|a|an|its|their|his|her|our|this|these|those|more|new|public|local)\b")
# A verb that also takes "to" as a preposition with an -ing object: "continued to rising
# prices"? no; "has to" and "have to" are infinitive only. "Began to" likewise. "Order to" is
# "in order to". Nothing more is left out.

# "to" a preposition in a fixed frame, then a verb's plain form and its object: "look forward
# to see the", "committed to provide a", "contribute to improve the", "pay attention to
# protect the" (the -ing form is English).
_TO_PREPOSITION_FRAME = re.compile(
    r"\b(?:look(?:s|ed|ing)?[ ]forward|(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|"
    r"fully|firmly|deeply|always)[ ](?:committed|dedicated|devoted)|contribut(?:e|es|ed|ing)|"
    r"(?:pay|pays|paid|paying)[ ](?:more[ ]|close[ ]|special[ ]|great[ ])?attention|"
    r"attach(?:es|ed|ing)?[ ](?:great[ ]|more[ ])?importance|conducive|accustomed|"
    r"with[ ]a[ ]view|in[ ]addition|(?:is|are|was|were)[ ]opposed|is[ ]key|the[ ]key|are[ ]key|"
    r"give[ ]priority|gives[ ]priority|gave[ ]priority)[ ]to[ ]([a-z]{3,})[ ]"
    r"(?:the|a|an|its|their|his|her|our|this|these|those|more|new|local|public|rural|our)\b")

# "make" and a person, then "to" and a verb: "made residents to feel proud" (the passive
# "were made to feel" and "make it to the final" are English).
_PERSONS = (r"(?:them|him|her|us|me|people|residents|villagers|farmers|workers|students|children|consumers|users|"
            r"customers|citizens|passengers|visitors|tourists|drivers|patients|employees|officials|parents|"
            r"businesses|companies|firms|enterprises|everyone|everybody|the[ ]public)")
_MAKE_TO = re.compile(r"\b(?:make|makes|made|making)[ ](?:(?:the|local|more|many|all|our|their|its)[ ])?" + _PERSONS
                      + r"[ ]to[ ]([a-z]{3,})\b")
# "suggest" and "recommend" take a clause or an -ing form: "suggested to build a reservoir".
_SUGGEST_TO = re.compile(r"(?<!\b(?:is|are|was|were|be|been|being|it's|not|strongly|highly|also|generally|usually|"
                         r"often|therefore|thus|now)[ ])\b(?:suggest|suggests|suggested|suggesting|recommend|recommends|recommended|"
                         r"recommending)[ ]to[ ]([a-z]{3,})[ ](?:the|a|an|its|their|more|new|local)\b")


# Irregular verbs given the regular -ed ("has builded", "teached", "buyed"): the engine's or the
# writer's regularised past, never English (Quirk et al., 1985, the irregular verbs).
_REGULARISED = {
    "builded": "built", "teached": "taught", "buyed": "bought", "catched": "caught", "runned": "ran",
    "growed": "grew", "speaked": "spoke", "writed": "wrote", "bringed": "brought", "thinked": "thought",
    "goed": "went", "taked": "took", "gived": "gave", "comed": "came", "finded": "found", "leaved": "left",
    "keeped": "kept", "selled": "sold", "sended": "sent", "spended": "spent", "payed": "paid",
    "meeted": "met", "holded": "held", "knowed": "knew", "drawed": "drew", "throwed": "threw",
    "choosed": "chose", "drived": "drove", "rised": "rose", "falled": "fell", "feeled": "felt",
    "losed": "lost", "maked": "made", "telled": "told", "standed": "stood", "understanded": "understood",
    "fighted": "fought", "beginned": "began", "breaked": "broke", "winned": "won",
    "hurted": "hurt", "setted": "set", "cutted": "cut",
    "shutted": "shut", "spreaded": "spread", "hitted": "hit", "forgetted": "forgot", "eated": "ate",
    "drinked": "drank", "sitted": "sat", "sleeped": "slept", "weared": "wore", "striked": "struck",
}
_REGULARISED_RE = re.compile(r"\b(" + "|".join(sorted(_REGULARISED)) + r")\b", re.IGNORECASE)
# A modal and an -ing form: "The museum will opening next month", "can providing".
_MODAL_ING = re.compile(r"(?=will|would|can|could|shall|should|must|may)(?<![\w'’-])(?<!(?i:the|his|her|its|our|their|your|my|whose|this|that|political|a|an|of|free|"
                        r"good|ill|own|living|beer|tin|last|first|new|popular|public|general|as|so|nor|than) )"
                        r"((?:will|would|can|could|shall|should|must|may)(?:[ ](?:also|not|still|further|soon|"
                        r"gradually|fully|jointly))?[ ](?!(?:being|during|nothing|something|anything|everything)\b)"
                        r"[a-z]{2,}ing)\b(?![^.!?\n]*\?)")


_ING_VERBS = {"bring", "sing", "ring", "spring", "swing", "sting", "string", "cling", "fling", "wring", "sling",
              "wing", "ping", "ding", "king", "thing", "bling"}


def _verb_forms(text):
    for m in _REGULARISED_RE.finditer(text):
        word = m.group(1)
        if word[0].isupper() and not _opens_sentence(text, m.start()):
            continue  # a name ("Mr Rised")
        yield m.start(1), m.end(1), _REGULARISED[word.lower()] if word.islower() else None
    for m in _MODAL_ING.finditer(text):
        if _opens_sentence(text, m.start(1)):
            continue
        verb = m.group(1).rsplit(" ", 1)[1]
        stem = verb[:-3]
        if verb in _IRREGULAR_BASE or verb in _ING_VERBS or len(stem) < 3:
            continue  # "will bring", "can sing": a plain form in -ing
        if not (_verb_base(stem) or _verb_base(stem + "e") or len(stem) > 2 and stem[-1] == stem[-2]
                and _verb_base(stem[:-1])):
            continue  # "will Ning", "can sing" (no -ing form): not a verb's -ing
        yield m.start(1), m.end(1), None
    for m in _TO_PAST.finditer(text):
        word = m.group(1)
        if word.endswith("ed") and not _is_past_of_verb(word):
            continue
        yield m.start(), m.end(1), None
    for m in _PERFECT_PAST.finditer(text):
        word = m.group(1)
        yield m.start(1), m.end(1), _SIMPLE_PAST_ONLY[word]
    for m in _MODAL_S.finditer(text):
        word = m.group(2)
        if _opens_sentence(text, m.start(1)):
            continue  # "Will prices rise", "Should costs rise, ..." : an inversion
        base = _third_person_base(word)
        if base is None or word in ("news", "yes", "thus", "less", "lots", "days", "years", "times",
                                    "sometimes", "always", "perhaps", "towards", "afterwards", "whereas",
                                    "besides", "ones", "others", "plus", "nevertheless", "unless"):
            continue
        if zipf_cached(word) < 3.0:
            continue
        after = _NEXT_WORD.match(text, m.end(2))
        if after and after.group(1) not in _DETERMINER_WORDS and _verb_base(after.group(1)):
            continue  # "operations would stop should conditions deteriorate": an inverted condition
        yield m.start(1), m.end(2), None
    for m in _BE_BASE.finditer(text):
        verb = m.group(1)
        if verb in _BE_ADJECTIVES:
            continue
        if _PSEUDO_CLEFT.search(text, max(0, m.start() - 60), m.start()):
            continue  # "what they did was build a road"
        yield m.start(), m.end(1), None
    for m in _PERFECT_BASE.finditer(text):
        verb = m.group(1)
        if verb in _BE_ADJECTIVES or verb in _SAME_PAST or verb in _FUNCTION_WORDS or verb in _BASE_PARTICIPLE \
                or not _verb_base(verb) \
                or verb.endswith(("s", "ed", "ing")) or _ed_zipf(verb) < 3.5 and verb not in _IRREGULAR_BASE:
            continue
        yield m.start(), m.end(1), None
    for m in _INTRANSITIVE_PASSIVE.finditer(text):
        yield m.start(), m.end(1), None
    for m in _TO_INFINITIVE_VERB.finditer(text):
        yield m.start(1) - 3, m.end(1), None
    for m in _TO_PREPOSITION_FRAME.finditer(text):
        word = m.group(1)
        if word.endswith(("ing", "s")) or not _verb_base(word):
            continue
        yield m.start(), m.end(1), None
    for m in _MAKE_TO.finditer(text):
        word = m.group(1)
        if not _verb_base(word) or word in ("the", "order", "measure"):
            continue
        if re.search(r"\b(?:was|were|be|been|being|is|are)[ ]$", text[max(0, m.start() - 8):m.start()]):
            continue
        yield m.start(), m.end(1), None
    for m in _SUGGEST_TO.finditer(text):
        if not _verb_base(m.group(1)):
            continue
        yield m.start(), m.end(1), None


_NEXT_WORD = re.compile(r"[ ]([a-z]+)\b")
_DETERMINER_WORDS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
                     "all", "more", "new", "some", "any", "no", "every", "each", "many", "much", "most"}


def _is_past_of_verb(word: str) -> bool:
    """Whether a word in -ed is a verb's past ("discussed", "carried", "planned"), not an
    adjective spelt so ("naked", "sacred", "hundred", "wicked"), nor a plain verb that ends so,
    known by its own common -ing form ("breed", "proceed", "embed": "breeding", "embedding")."""
    if any(zipf_cached(form) >= 3.0 for form in (word + "ing", word + word[-1] + "ing")):
        return False
    stem = word[:-2]
    candidates = [stem, stem + "e"]
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return any(zipf_cached(c) >= 3.0 for c in candidates if len(c) >= 3)


# --- agreement ------------------------------------------------------------------------------

# "Each of" and a plural, "One of the" and a plural, "the number of" and a plural, each as a
# clause's subject, then a plural verb right after the noun phrase.
_PLURAL_VERB = r"(?:have|are|were|do|have[ ]been)"
_EACH_OF = re.compile(r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n)|(?<=, )|(?<=\band )|(?<=\bthat ))"
                      r"(?:[Ee]ach|[Ee]very[ ]one|[Nn]either|[Ee]ither)[ ]of[ ](?!whose|which|whom)(?:the[ ]|these[ ]|those[ ]|its[ ]|their[ ]|our[ ])?"
                      r"(?:[a-z]+[ ]){0,2}?[a-z]+s[ ](" + _PLURAL_VERB + r")\b", re.MULTILINE)
_EACH_OF_THEM = re.compile(r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n)|(?<=, )|(?<=\band ))"
                           r"(?:[Ee]ach|[Ee]very[ ]one|[Nn]either)[ ]of[ ](?:them|us|you|these|those)[ ](" + _PLURAL_VERB + r")\b",
                           re.MULTILINE)
# Nouns for a group, which British English may give a plural verb ("each team have two
# players", as "the government are"): left alone.
_COLLECTIVE = {"team", "family", "party", "side", "group", "government", "committee", "couple", "crew", "staff",
               "council", "board", "club", "union", "class", "company", "firm", "household", "department",
               "panel", "jury", "band", "audience", "public", "police", "management", "squad", "delegation"}
_ONE_OF = re.compile(r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n)|(?<=, )|(?<=\band )|(?<=\bbut ))"
                     r"[Oo]ne[ ]of[ ](?:the|these|those|its|their|our|his|her)[ ](?:(?:most[ ])?[a-z]+[ ])?"
                     r"([a-z]{3,}s)[ ](are|were|have)[ ](?!(?:been[ ])?(?:[a-z]+ed|[a-z]+en)[ ]by\b)", re.MULTILINE)
_NUMBER_OF = re.compile(r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n)|(?<=, )|(?<=\band )|(?<=\bbut )|(?<=\bthat ))"
                        r"[Tt]he[ ](?:total[ ]|overall[ ]|average[ ])?number[ ]of[ ]"
                        r"((?:(?!(?:who|that|which|we|they|you|i|he|she|it|there|whom|whose)\b)[a-z-]+[ ]){0,4}?)"
                        r"[a-z]+s[ ](have|are|were|have[ ]been)\b", re.MULTILINE)
# "There is" or "There was" and a plural quantity: "There is many problems". ("There is 20
# percent", an amount, and "there's a few", a common spoken use, are left alone.)
_THERE_IS_MANY = re.compile(r"\b[Tt]here[ ](is|was)[ ](?:many|several|numerous|various|two|three|four|five|six|seven|"
                            r"eight|nine|ten|dozens|hundreds|thousands)[ ](?:[a-z]+[ ])?"
                            r"(?!(?:years|months|weeks|days|hours|minutes|percent|per|times|yuan|dollars|kilometres|"
                            r"kilometers|metres|meters|tonnes|tons|miles|feet|pounds|euros)\b)[a-z]+s\b")
# "There have" for 有 ("There have more than 200 scenic spots"): English "there have" is only
# the perfect ("there have been") or the modal "have to" ("there have to be").
_CLAUSE_OPENS = (r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n)|(?<=[.!?][\"”’][ ])|(?<=, )|(?<=\b(?:and|but|said|says|that|because|so|if|"
                 r"as|where|when|while|since|although|though) ))")
_THERE_HAVE = re.compile(_CLAUSE_OPENS + r"([Tt]here[ ](?:have|has|had))[ ](?!(?:(?:\w+[ ]){0,2}been|to|got|always|never|"
                         r"long|also|yet|since|just|already|recently)\b)(?:more[ ]than|many|no|a[ ]lot|several|some|"
                         r"few|over|about|nearly|almost|\d)\b", re.MULTILINE)
_PLACE_HAVE = re.compile(r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n))((?:In|At|On|Among)[ ](?:the[ ]|this[ ]|our[ ])?"
                         r"(?:[A-Za-z-]+[ ]){0,3}?[a-z]+[ ](?:have|has))[ ](?:more[ ]than[ ]|over[ ]|about[ ]|nearly[ ])?"
                         r"(?:\d|many|several|a[ ]total)", re.MULTILINE)
# A personal pronoun and a verb of the other number: "he have worked", "it have received",
# "they has". Not after a modal or an auxiliary that inverts ("should he have", "had she
# known"), nor after "that" (the mandative subjunctive: "insisted that he have a lawyer").
_PRONOUN_VERB = re.compile(r"(?=(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)[ ])(?<![\w'’-])(?<!(?i:should|would|could|might|must|will|can|shall|did|does|do|had|has|have|that|"
                           r"may|let|make|made|help|helped|watch|saw|see|heard|lest|if|whether|not|to|and|or|than|nor) )"
                           r"((?:[Hh]e|[Ss]he)[ ](?:have|are|were[ ](?:not[ ])?(?!to\b|able\b)[a-z]+ed|do[ ]not)"
                           r"|(?:[Tt]hey|[Ww]e)[ ](?:has|is|was[ ](?:not[ ])?[a-z]+ed|does[ ]not))\b")


# "it" is an object as often as a subject ("Parts of it are reproduced", "Beneath it are his
# name"): only the "it" that opens a clause is read.
_IT_VERB = re.compile(_CLAUSE_OPENS + r"([Ii]t[ ](?:have|are|were[ ](?:not[ ])?(?!to\b|able\b)[a-z]+ed|do[ ]not))\b",
                      re.MULTILINE)


# "news" is singular: "The news are good". (Only after a determiner: "BBC News are reporting"
# is a body's name.)
_NEWS_PLURAL = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Gg]ood|[Bb]ad|[Ss]uch|[Tt]he[ ]good|[Tt]he[ ]bad|[Tt]he[ ]latest)[ ]"
                          r"(news[ ](?:are|were|have))\b")
# A number of people with a singular verb: "More than 2,000 people has signed up".
_PEOPLE_SINGULAR = re.compile(r"(?<![\d.,])\b(?:\d[\d,]*|hundreds|thousands|millions|many|more|few|fewer|most|(?:two|three|four|"
                              r"five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand|million)[ ]?)[ ]"
                              r"(?:(?:local|young|old|elderly|rural|more)[ ])?(people[ ](?:has|was[ ](?:not[ ])?[a-z]+ed))\b")
# ("a town of 1.9 million people has been": the head is the town)


_OF_FIGURE_BEFORE = re.compile(r"\bof[ ](?:about[ ]|some[ ]|nearly[ ]|over[ ]|more[ ]than[ ])?[\d.,]*[ ]?(?:[a-z]+[ ])?$")


# A short subject opening a sentence, then a verb of the other number with its object: "This
# policy benefit thousands", "Each year, the city attract millions", "The new rules requires
# all", "The villagers was very happy", "The main problem are the lack". Bodies and groups,
# which British English may give a plural verb, are left alone ("The team win", "The
# government are").
_SIMPLE_SUBJECT = re.compile(
    r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n)|(?<=[.!?][\"”’][ ])|(?<=(?:year|month|week|day|time|Today|today|Now|now),[ ]))"
    r"((?:The|This|That|Its|Their|Our|the|this|its|their|our)[ ](?:[a-z]+['’]s[ ])?(?:(?:new|main|local|biggest|"
    r"largest|key|first|second|old|young|current|latest|rural|whole|entire|new|other|two|three|many|few|same|"
    r"provincial|municipal|national|central|small|large|major)[ ])?([a-z]{3,})[ ]([a-z]{2,}))[ ]"
    r"(?=(?:the|a|an|its|their|his|her|our|more|many|all|\d|thousands|millions|hundreds|very|not|so|too|"
    r"increasingly|still|also|[a-z]+ly|been|[a-z]{3,}ed)\b)", re.MULTILINE)
_SINGULAR_BE = {"are", "were", "have"}
_PLURAL_BE = {"is", "was", "has"}
_GROUP_NOUNS = _COLLECTIVE | {"people", "police", "data", "media", "criteria", "staff", "cattle", "youth",
                              "personnel", "clergy", "majority", "minority", "number", "rest", "remainder",
                              "bulk", "pair", "series", "species", "news", "means", "headquarters", "works",
                              "barracks", "crossroads", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand", "million", "dozen",
                              "both", "others", "latter", "former", "accused", "injured", "dead", "wounded", "poor",
                              "rich", "elderly", "young", "unemployed", "homeless", "sick", "disabled"}


def _plural(noun: str) -> str:
    """The regular plural of a singular noun ("policy" -> "policies", "tax" -> "taxes")."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("ch", "sh", "x", "z", "s")):
        return noun + "es"
    return noun + "s"


_MODALS = {"may", "will", "can", "must", "should", "would", "could", "might", "shall", "also", "then", "now"}


def _anchored_matches(pattern, openings, text):
    """The matches of ``pattern.finditer(text)`` for a pattern whose matches open on a word of
    ``openings`` (a stdlib ``re`` pattern of literal alternatives, which it finds fast): the
    pattern (look-behinds first, tried at every position of the text by a whole-text scan) is
    tried only where such a word stands, in order, past the end of the last match
    (tests/test_sentence_scans.py checks the same matches)."""
    compiled = screen.unscreened_where_may_match(pattern, text)
    if compiled is None:
        return  # no match anywhere, as the whole-text scan would have been told
    pos = 0
    for opening in openings.finditer(text):
        start = opening.start()
        if start < pos:
            continue
        m = compiled.match(text, start)
        if m:
            yield m
            pos = m.end()


# The words ``_SIMPLE_SUBJECT`` and ``_QUANTIFIER_NOUN`` open on (a superset: "its " inside
# "bits ", "ten" inside "often"), for ``_anchored_matches``.
_SUBJECT_OPENINGS = std_re.compile(r"(?:The|This|That|Its|Their|Our|the|this|its|their|our) ")
_QUANTIFIER_OPENINGS = std_re.compile(  # by first letter: each alternative opens on a literal character
    r"(?:M(?:any|illions)|m(?:any|illions)|S(?:everal|even|ix)|s(?:everal|even|ix)|N(?:umerous|ine)|n(?:umerous|ine)"
    r"|V(?:arious)|v(?:arious)|A(?: few| number| series)|a(?: few| number| series)|F(?:ew|our|ive)|f(?:ew|our|ive|ifty)"
    r"|D(?:ozens)|d(?:ozens)|H(?:undreds)|h(?:undred)|T(?:housands|wo|hree|en)|t(?:housands|wo|hree|en|welve|wenty|hirty)"
    r"|E(?:ight)|e(?:ight))")


def _simple_subject(text):
    for m in _anchored_matches(_SIMPLE_SUBJECT, _SUBJECT_OPENINGS, text):
        noun, verb = m.group(2), m.group(3)
        if noun in _GROUP_NOUNS or noun in _MORE_GROUPS or noun in _FUNCTION_WORDS or noun in _MODALS \
                or zipf_cached(noun) < 3.0:
            continue  # groups ("The cast were praised", "The army were deployed": British agreement)
        irregular = _irregular_plural(noun)
        plural = irregular or noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ics")) \
            and zipf_cached(noun[:-1]) >= 2.5
        singular = not irregular and not noun.endswith("s") and zipf_cached(_plural(noun)) >= 3.0 \
            and not _verb_base(noun) and not noun.endswith(("ing", "ed", "ly"))
        if singular and (verb in _SINGULAR_BE or (verb not in _IRREGULAR_PAST and verb not in _SAME_PAST
                                                  and not verb.endswith(("s", "ed", "ing")) and verb in _COMMON_VERBS)):
            if verb not in _SINGULAR_BE and _PAST_NEXT.match(text, m.end(3)):
                continue  # "The grain harvest reached a record": the plain form heads a noun, a verb in the past follows (good33)
            yield m.start(1), m.end(3), None
        elif plural and (verb in _PLURAL_BE or (verb.endswith("s") and _third_person_base(verb) in _COMMON_VERBS)):
            yield m.start(1), m.end(3), None


# A verb in the past right after the word read as the plain verb, then its object's determiner, a
# figure, a particle or preposition, or a mark ("The grain harvest reached a record"): that word is
# a noun's head. A past participle before a noun is an adjective ("The factory produce processed
# food" keeps its finding).
_PAST_NEXT = re.compile(r"[ ](?:[a-z]{3,}ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")"
                        r"(?=[ ](?:a|an|the|its|their|his|her|this|that|these|those|some|more|about|over|nearly|almost|"
                        r"up|down|to|in|on|at|by|for|from|with|\d)\b|[,.;:!?])")
_IRREGULAR_PLURALS = {"men", "women", "children", "feet", "teeth", "mice", "geese", "oxen", "lice"}


def _irregular_plural(noun: str) -> bool:
    """A plural with no -s ("The women have", "the fishermen have"), whose -s form ("womens")
    wordfreq may still count as a common word."""
    return noun in _IRREGULAR_PLURALS or noun.endswith("men") and zipf_cached(noun[:-3] + "man") >= 2.5


# Common verbs of news whose plain form is no noun or adjective a subject could be followed by:
# the open test ("is it a verb?") is too loose for agreement, so these are listed.
_COMMON_VERBS = {
    "attract", "benefit", "require", "provide", "include", "receive", "offer", "cover", "employ", "produce",
    "support", "help", "create", "need", "want", "plan", "hope", "expect", "allow", "encourage", "promote",
    "improve", "reduce", "increase", "raise", "attend", "serve", "sell", "buy", "own", "hold", "contain",
    "remain", "become", "seem", "appear", "grow", "rise", "fall", "face", "meet", "reach", "exceed", "account",
    "involve", "affect", "cost", "earn", "pay", "spend", "take", "give", "make", "bring", "send", "keep",
    "show", "mean", "say", "believe", "think", "know", "plant", "harvest", "export", "import", "host",
    "welcome", "visit", "build", "develop", "operate", "manage", "run", "lead", "drive", "ensure", "protect",
    "prevent", "face", "win", "lose", "stand", "lie", "sit", "stay", "live", "work", "depend", "rely",
}


def _agreement(text):
    yield from _simple_subject(text)
    for m in _NEWS_PLURAL.finditer(text):
        yield m.start(1), m.end(1), None
    for m in _PEOPLE_SINGULAR.finditer(text):
        if _OF_FIGURE_BEFORE.search(text, max(0, m.start() - 30), m.start() + len(m.group().split()[0]) + 1):
            continue
        yield m.start(1), m.end(1), None
    for m in _EACH_OF.finditer(text):
        yield m.start(), m.end(1), None
    for m in _EACH_OF_THEM.finditer(text):
        yield m.start(), m.end(1), None
    for m in _ONE_OF.finditer(text):
        noun = m.group(1)
        if noun.endswith(("ss", "us", "is")):
            continue
        yield m.start(), m.end(2), None
    for m in _NUMBER_OF.finditer(text):
        yield m.start(), m.end(2), None
    for m in _THERE_IS_MANY.finditer(text):
        yield m.start(), m.end(1), None
    for m in _THERE_HAVE.finditer(text):
        yield m.start(1), m.end(1), None
    for m in _PLACE_HAVE.finditer(text):
        yield m.start(1), m.end(1), None
    for pattern in (_PRONOUN_VERB, _IT_VERB):
        for m in pattern.finditer(text):
            if _in_quotation_dialect(text, m.start()):
                continue
            yield m.start(1), m.end(1), None


# A sentence that opens on "The", a singular head noun and "of" a plural, then a plural verb:
# "The construction of the two bridges were completed", "The quality of the new products are
# good" (MT agrees the verb with the nearest noun; Chinese marks no agreement). The rule
# `singular-head-plural-verb` lists the heads of price and quantity; this reads any head that
# is a singular count noun (its plural a common word). What passes: heads of a part, an amount
# or a kind, which English lets agree with what follows ("The majority of residents are", "The
# rest of the villages are", "The bulk of the funds were", "The kind of problems"), group
# nouns ("The staff of the hotels are"), a name ("The Ministry of ... are": capitalised),
# coordinated or relative phrases ("of pork and vegetables are", "of homes that were").
_HEAD_OF_PLURAL = re.compile(
    r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n)|(?<=[.!?][\"”][ ]))[Tt]he[ ](?:(?:new|main|overall|total|whole|average|annual|"
    r"local|rapid|smooth|successful|first|final)[ ])?([a-z]{3,})[ ]of[ ]"
    r"(?:(?!(?:and|or|that|which|who|whose|as|than|in|on|at|for|with|from|by|to)\b)[a-z-]+[ ]){0,2}"
    r"([a-z-]+[a-z](?<![su])s)[ ](were|are|have[ ]been|have|weren't|aren't|haven't)\b", re.MULTILINE)
_HEAD_OF_SKIP = _GROUP_NOUNS | {"majority", "minority", "rest", "remainder", "bulk", "lot", "couple", "variety", "range",
                                "series", "host", "handful", "pair", "set", "kind", "type", "sort", "half", "third",
                                "quarter", "part", "portion", "percent", "dozen", "plenty", "total", "sum", "mass",
                                "multitude", "array", "selection", "collection", "mix", "combination", "class",
                                "category", "list", "fraction", "proportion", "percentage", "share", "body", "crowd",
                                "flock", "herd", "army", "fleet", "board", "panel", "council", "committee", "jury",
                                "none", "one", "each", "all", "some", "any", "most", "many", "top", "best", "first",
                                "last", "likes", "lives", "people", "same", "other", "average"}


def _head_of_plural(text):
    for m in _HEAD_OF_PLURAL.finditer(text):
        head = m.group(1)
        if head in _HEAD_OF_SKIP or head.endswith(("s", "ing", "ed", "ly")) or zipf_cached(head) < 3.0:
            continue
        if zipf_cached(_plural(head)) < 3.0:
            continue  # a mass noun or no noun: "The more of them are"
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(3), m.end(3), None


def _in_quotation_dialect(text, pos):
    """A pronoun and verb inside a quotation: a speaker's own grammar, kept as said."""
    if len(text) < _LONG_TEXT:
        line_start = text.rfind("\n", 0, pos) + 1
        before = text[line_start:pos]
        return (before.count("\"") % 2 == 1) or (before.count("“") > before.count("”"))
    # a long text: the same counts from the places of the newlines and quotation marks (a
    # line of 1 MB was read from its start, and its quotation marks counted, at each candidate)
    return _quotation_reader(text)(pos)


_LONG_TEXT = 20_000  # characters from which ``_in_quotation_dialect`` counts from stored places


@functools.lru_cache(maxsize=2)
def _quotation_reader(text):
    """The places of newlines and of straight, opening and closing double quotation marks of
    ``text``, found once (``grammar_slips._InQuotation``, which the slip frames share)."""
    return _InQuotation(text)


# --- relative pronouns ----------------------------------------------------------------------

# "which" after a plural noun for people, "who" after a thing: "farmers which joined",
# "the bridge who". The noun must be the head the clause follows (not "of" a group: "a group
# of farmers which", "the share of residents which"), and no comma comes between.
_PEOPLE = ("people|residents|villagers|farmers|workers|students|pupils|teachers|doctors|nurses|children|parents|"
           "officials|visitors|tourists|passengers|patients|volunteers|citizens|consumers|drivers|employees|"
           "experts|scholars|entrepreneurs|fishermen|herders|migrants|retirees|men|women|athletes|players|"
           "villager|resident|farmer|worker|student|teacher|doctor|nurse|official|visitor|tourist|passenger|"
           "patient|volunteer|citizen|consumer|driver|employee|expert|person|man|woman|child|entrepreneur")
_PEOPLE_WHICH = re.compile(r"(?=[A-Za-z]{3,}[ ]which\b)\b((?i:" + _PEOPLE + r"))[ ](which)[ ](?:have|has|had|are|is|were|was|will|can|could|would|"
                           r"live|lives|work|works|worked|joined|[a-z]+ed)\b")
_ASKING = re.compile(r"\b(?:ask|asks|asked|asking|tell|tells|told|show|shows|showed|know|knows|knew|decide|decided|"
                     r"choose|chose|explain|explained|inform|informed|advise|advised|remind|reminded|teach|taught|"
                     r"guide|guided|help|helped|let)[ ](?:[a-z]+[ ]){0,3}$")
_THINGS = ("bridge|road|project|plan|policy|building|factory|machine|product|system|app|platform|car|vehicle|"
           "train|building|park|hospital|school|programme|program|measure|rule|law|regulation|device|"
           "technology|facility|station|plant|equipment|document|report|book|film|exhibition")
_THING_WHO = re.compile(r"\b(?=(?:the|a|an|this|that|its|their|new)[ ](?:[a-z]+[ ]){1,2}who[ ])"
                        r"(?:the|a|an|this|that|its|their|new)[ ](?:[a-z]+[ ])?(" + _THINGS + r")[ ](who)[ ]"
                        r"(?:have|has|had|are|is|were|was|will|can|[a-z]+ed|[a-z]+s)\b")

# People before a phrase of place that holds the thing: "who" may take the people ("several
# people in the building who", "anyone at the plant who").
_PERSON_THEN_PLACE = re.compile(r"\b(?:(?i:" + _PEOPLE + r")|anyone|everyone|someone|nobody|those|others|staff)[ ]"
                                r"(?:in|at|on|from|near|inside|outside|behind|by|with|around|across)[ ]$")


def _relative_pronoun(text):
    if "which" not in text and "Which" not in text and " who " not in text:
        return
    for m in _PEOPLE_WHICH.finditer(text):
        before = text[max(0, m.start() - 25):m.start()]
        if re.search(r"\bof[ ](?:the[ ]|these[ ]|those[ ]|its[ ]|their[ ])?(?:[a-z]+[ ])?$", before):
            continue  # "a group of farmers which", "the share of residents which"
        if _ASKING.search(text, max(0, m.start() - 50), m.start()):
            continue  # "Ask a provincial official which firms ...": "which" asks a question
        yield m.start(1), m.end(2), None
    for m in _THING_WHO.finditer(text):
        if _PERSON_THEN_PLACE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "several people in the building who had not been accounted for": the people's clause (good33)
        yield m.start(1), m.end(2), None


# --- the article dropped in a fixed phrase ----------------------------------------------------

# Fixed phrases that take an article English never drops: "as a result", "for the first time",
# "at the same time", "on the other hand", "in the same period", "in the long run" (Swan,
# 2005, on articles in set expressions). Only the article-less form is matched.
_FIXED_NO_ARTICLE = re.compile(
    r"(?<![\w'’-])(?:[Aa]s[ ]result\b(?![ ]of[ ]the[ ]way)|[Ff]or[ ](?:first|second|third|fourth|fifth|last)[ ]time\b|"
    r"[Aa]t[ ]same[ ]time\b|[Oo]n[ ]other[ ]hand\b|[Ii]n[ ]same[ ]period\b|[Oo]ver[ ]same[ ]period\b|"
    r"(?:with|from)[ ]same[ ]period\b|[Ii]n[ ]long[ ]run\b|[Ii]n[ ](?:long|short|medium)[ ]term\b|[Ii]n[ ]near[ ]future\b|"
    r"[Ii]n[ ]meantime\b|[Aa]ll[ ]over[ ]world\b|[Aa]round[ ]world\b|[Ii]n[ ]past[ ](?:few|two|three|five|ten|several)[ ]"
    r"(?:years|months|decades|weeks|days)\b|[Ww]ith[ ]help[ ]of\b|[Uu]nder[ ]leadership[ ]of\b|"
    r"[Ii]n[ ]process[ ]of\b|[Aa]t[ ](?:beginning|end)[ ]of[ ](?:the|this|last|next|year|month|20\d\d)\b|"
    r"[Ii]n[ ]middle[ ]of\b|[Oo]n[ ]basis[ ]of\b|[Ii]n[ ]field[ ]of\b|[Aa]t[ ]same[ ]level\b|"
    r"[Ii]s[ ]same[ ]as\b|[Tt]he[ ]same[ ]period[ ]of[ ]last[ ]year[ ]last[ ]year)")

# A superlative without "the" before its noun: "is largest producer of", "became biggest
# market for" ("demand is highest in winter", a predicative superlative, takes no article).
_SUPERLATIVE = re.compile(r"\b(?:is|was|are|were|become|became|becomes|remains|remained|as|be)[ ]"
                          r"((?:largest|biggest|highest|lowest|oldest|newest|longest|tallest|fastest|"
                          r"smallest|deepest|busiest|strongest|richest|poorest|greatest|most[ ]important|"
                          r"most[ ]popular|most[ ]advanced)[ ]([a-z]{3,}))\b")
_NOT_NOUN_AFTER_SUPERLATIVE = {"ever", "yet", "since", "among", "during", "when", "while", "than", "and", "but",
                               "since", "after", "before", "for", "from", "with", "this", "that", "last", "there",
                               "here", "near", "along", "around", "across", "across", "overall", "again", "also",
                               "still", "too", "today", "now", "then", "per", "through", "outside", "inside",
                               "of", "on", "in", "at", "to", "by", "where", "because", "unless", "if", "or",
                               "in", "recorded", "measured", "seen", "reported", "ranked", "since"}

# A role noun for a person, with no article after "is", "was", "became" or "worked as": "is
# teacher at a school". Roles that are one person's office ("is chairman of", "became
# president", "is head of", "is professor of") take no article and are not in the list.
_ROLE_NO_ARTICLE = re.compile(r"\b(?:is|was|became|becomes|worked[ ]as|works[ ]as|working[ ]as)[ ]"
                              r"((?:(?:retired|local|former|young|senior|rural|migrant|primary[ ]school|"
                              r"middle[ ]school|village|township|county|part-time|full-time)[ ])?"
                              r"(?:teacher|doctor|farmer|worker|nurse|driver|engineer|student|villager|"
                              r"volunteer|businessman|businesswoman|entrepreneur|shopkeeper|retiree|member|"
                              r"lawyer|scientist|researcher|technician|pupil|employee|police[ ]officer|"
                              r"graduate|native|resident|vendor|herder|fisherman|civil[ ]servant|accountant|"
                              r"cook|chef|cleaner|soldier|veteran|engineer|journalist|reporter|artist|writer|"
                              r"singer|actor|actress|photographer|designer|programmer|waiter|waitress|mechanic|"
                              r"electrician|plumber|economist|analyst|housewife|carpenter|tailor|miner|"
                              r"courier|cashier|salesman|saleswoman|receptionist|pharmacist|dentist|surgeon))"
                              r"(?:[ ](?:at|in|of|from|for|with|who|and[ ]a)\b|[,.;])")


# "one of" and a superlative with no "the": "one of most important projects", "one of biggest".
_ONE_OF_SUPERLATIVE = re.compile(r"\b([Oo]ne[ ]of[ ](?:most[ ][a-z]+|[a-z]{3,}est|best|worst|largest|biggest))[ ]"
                                 r"[a-z]{3,}")
_EST_NOT_SUPERLATIVE = {"interest", "honest", "modest", "forest", "harvest", "protest", "contest", "request", "guest",
                        "west", "test", "rest", "nest", "chest", "quest", "invest", "suggest", "manifest",
                        "arrest", "digest", "conquest", "earnest", "behest", "inquest", "pest", "vest", "crest",
                        "latest"}


def _missing_article(text):
    for m in _ONE_OF_SUPERLATIVE.finditer(text):
        word = m.group(1).split()[-1]
        if word in _EST_NOT_SUPERLATIVE or m.group(1).split()[2] == "most" and word in ("of", "them", "us", "these"):
            continue
        yield m.start(1), m.end(1), None
    for m in _FIXED_NO_ARTICLE.finditer(text):
        yield m.start(), m.end(), None
    for m in _SUPERLATIVE.finditer(text):
        noun = m.group(2)
        if noun in _NOT_NOUN_AFTER_SUPERLATIVE or noun.endswith(("ly", "s")) or zipf_cached(noun) < 3.0 \
                or max(zipf_cached(noun + "s"), zipf_cached(noun + "es")) < 3.0:
            continue
        if re.search(r"\b(?:the|a|an|its|their|his|her|our|whose)[ ](?:[a-z]+[ ]){0,3}$",
                     text[max(0, m.start() - 40):m.start()]):
            continue
        yield m.start(1), m.end(1), None
    for m in _ROLE_NO_ARTICLE.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if re.search(r"\b(?:and|or|between|both|as)[ ][a-z]+[ ]$", before):
            continue
        if m.group(1).endswith("resident") and text.startswith(" in ", m.end(1)):
            continue  # the adjective: "everyone who is resident in the UK" lives there
        yield m.start(1), m.end(1), None


_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]]*\s*$")


def _headline(text, pos):
    """Whether ``pos`` lies in a headline, a caption or a list's line: a line with no mark to end
    a sentence. Headlines drop articles and use the present for the past ("Waiting lists fall for
    first time"), on purpose."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    return not _SENTENCE_END.search(line)


class _Headlines:
    """``_headline`` for many positions of one text: each line is read once (its bounds found by
    bisection over the text's line breaks), not once per candidate; a one-line document of 1 MB
    would otherwise be searched whole for every candidate."""

    def __init__(self, text):
        self.text = text
        self.breaks = None  # found on the first call: most checks find no candidate in most texts
        self.lines = {}

    def __call__(self, pos):
        if self.breaks is None:
            self.breaks = [m.start() for m in std_re.finditer("\n", self.text)]
        i = bisect.bisect_left(self.breaks, pos)
        got = self.lines.get(i)
        if got is None:
            start = self.breaks[i - 1] + 1 if i else 0
            end = self.breaks[i] if i < len(self.breaks) else len(self.text)
            got = self.lines[i] = not _SENTENCE_END.search(self.text[start:end])
        return got


# A verb of making, opening or holding, then at most one adjective and a concrete count noun
# with nothing before it, where the noun ends its phrase: "built new bridge over", "opened new
# factory in", "signed agreement on", "held meeting on". Chinese has no articles (修建了新桥), so
# MT may write none. Closed lists on both sides: the verbs take a made or held thing as object,
# and the nouns are never mass nouns in news English ("took place", "made progress", "reached
# agreement", "took office", "held talks" have none of these nouns).
# Past and third-person forms only: a plain form or an -ing form before a noun is as often the
# noun's modifier ("launch event", "opening ceremony", "holding company").
_MAKING_VERBS = (r"(?:built|builds|opened|opens|set[ ]up|sets[ ]up|launched|launches|held|holds|issued|"
                 r"signed|established|establishes|founded|unveiled|unveils|introduced|introduces|released|"
                 r"completed|completes|adopted|adopts|formulated|formulates|approved|approves|published|"
                 r"publishes|organi[sz]ed|organi[sz]es|started|created|creates|constructed|constructs|"
                 r"played|plays|became|becomes|is|was|as|announced|announces|proposed|proposes|passed|"
                 r"bought|buys|purchased|rented|received|receives|won|wins|developed|develops|designed|"
                 r"invented|conducted|conducts|carried[ ]out|made|makes|visited|attended|hired|"
                 r"found|got|drew[ ]up|draws[ ]up|submitted|filed|opened[ ]up|put[ ]forward|"
                 r"initiated|initiates|staged|stages|hosted|hosts|formed|forms|"
                 r"(?:is|are|was|were)[ ](?:now[ ]|also[ ]|currently[ ])?(?:building|opening|launching|setting[ ]up|"
                 r"developing|holding|constructing|drafting|planning|preparing|organi[sz]ing|establishing))")
_COUNT_NOUNS = (r"(?:bridge|factory|plant|fund|campaign|meeting|notice|plan|project|programme|program|measure|"
                r"step|school|hospital|road|station|centre|center|park|agreement|contract|platform|mechanism|"
                r"conference|forum|ceremony|seminar|exhibition|festival|competition|contest|event|workshop|"
                r"company|firm|enterprise|cooperative|committee|team|task[ ]force|office|museum|library|"
                r"warehouse|terminal|port|airport|railway|highway|tunnel|dam|reservoir|base|zone|pilot|"
                r"document|guideline|regulation|rule|policy|law|circular|report|statement|announcement|"
                r"memorandum|deal|treaty|role|challenge|task|goal|target|priority|milestone|"
                r"destination|model|example|symbol|landmark|hub|engine|driver|breakthrough|opportunity|decision|"
                r"solution|car|house|apartment|licen[cs]e|loan|award|prize|medal|visa|permit|certificate|"
                r"ticket|phone|computer|website|account|store|shop|restaurant|hotel|branch|subsidiary|"
                r"joint[ ]venture|survey|study|investigation|inquiry|crackdown|initiative|scheme|"
                r"product|vehicle|vaccine|device|robot|satellite|proposal|bill|lawsuit|complaint|"
                r"application|request|petition|budget|roadmap|blueprint|framework|alliance|"
                r"partnership|coalition|association|foundation|laboratory|lab|clinic|kindergarten|"
                r"university|college|village|town|city|county)")
_ADJECTIVES_BEFORE = (r"(?:new|special|key|major|important|big|large|small|first|second|third|joint|national|"
                      r"provincial|municipal|local|pilot|modern|crucial|vital|significant|popular|leading|"
                      r"main|great|huge|rare|serious|new-type|free|public|temporary|permanent|three-year|"
                      r"five-year|long-term|comprehensive|dedicated|regular|weekly|monthly|annual|online|"
                      r"famous|well-known|green|smart|digital|industrial|international|global|regional)")
_BARE_COUNT_NOUN = re.compile(r"(?=[a-z])(?<![\w'’-])(?<!\b(?i:the|a|an|its|their|his|her|our|this|that|these|those|whose|"
                              r"[a-z]+ly|new|newly)[ ])(" + _MAKING_VERBS + r"[ ](?:" + _ADJECTIVES_BEFORE + r"[ ]){0,2}"
                              + _COUNT_NOUNS + r")(?=[ ](?:in|on|at|for|with|of|to|over|across|near|that|which|"
                              r"worth|from|between|and[ ](?:a|an|the)|by|under|covering|aimed|to|against|last|this|next|yesterday|"
                              r"[a-z]+ing)\b|[.,;])")
# "is" + an adjective of rank and a count noun is `missing-article-adjective-noun`'s; "is" and
# "as" with no adjective are names of a role or office ("served as chairman"), so both need one.
_NEEDS_ADJECTIVE = re.compile(r"(?:is|was|as|became|becomes|become)[ ]")
_PROGRESSIVE = re.compile(r"(?:is|are|was|were)[ ](?:[a-z]+[ ])?[a-z]+ing\b")
# Set phrases that take these nouns bare: "held office", "took part", "set up shop", "played
# host", "open to the public", "as part of", "became law", "plan ahead", "in (the) event of",
# "they've got school in the morning" (school as the day's lessons).
_BARE_COUNT_ALLOWED = re.compile(r"(?:held|holds|hold|holding)[ ]office|(?:as|is|was|became|becomes)[ ]part|"
                                 r"(?:became|becomes|become)[ ](?:law|policy)|(?:played|plays|play)[ ](?:host|"
                                 r"(?:a[ ])?part)|(?:open|opens|opened)[ ]fire|signed[ ]off|"
                                 r"(?:issue|issues|issued)[ ](?:notice|statement)[ ]of|(?:start|started|starts)[ ]"
                                 r"(?:school|work)|(?:opened|open)[ ](?:office|plan)|(?:completed|complete)[ ]"
                                 r"(?:school|law)|(?:is|was)[ ](?:law|policy|part|home|priority)|"
                                 r"(?:as|is|was)[ ](?:company|firm|team)[ ]policy|(?:builds?|built|building)[ ]"
                                 r"(?:momentum|capacity)|(?:made|makes)[ ](?:history|way|landfall|contact|progress)|"
                                 r"(?:found|got|set)[ ](?:shop|foot|sail|fire)|got[ ](?:school|college|university)|(?:passed|passes)[ ](?:muster|judgment|"
                                 r"judgement|sentence|away|through)|(?:visited|visits)[ ](?:town|city|village)[ ]"
                                 r"(?:in|on|at|for)|(?:won|wins)[ ](?:office|power|approval)|(?:is|was|as)[ ]village")

# A common noun for a body or a person, capitalised at a sentence's start and used as the subject
# with no article: "Government will invest", "Reporter learned that", "Company said".
_BARE_SUBJECT = re.compile(r"(?:(?<=[.!?][ ])|(?<=[.!?][\"”’][ ])|(?<=^)|(?<=\n))"
                           r"((?:Government|Company|Reporter|Hospital|Bureau|Ministry|Department|Committee|"
                           r"Commission|Factory|Village|Township|County|Province|City|School|University|"
                           r"Project|Plant|Station|Spokesman|Spokesperson|Spokeswoman|Official|Expert|Enterprise|"
                           r"Cooperative|Museum|Centre|Center|Platform|Team|Firm)[ ]"
                           r"(?:will|has|have|is|was|said|says|announced|plans|planned|also|had|would|can|"
                           r"learned|learnt|reported|stated|noted|added|invested|issued|launched|built|opened|"
                           r"held|set|started|completed|decided|requires|required|expects|expected))\b", re.MULTILINE)


# A club named by its name's last word with a plural verb, as sports English writes teams ("City
# are 17th", "County have won once"): the document's "City will pay" is the club's too. A
# place's name ("Hefei City ... City will invest") takes no plural verb, and is still read.
_CLUB_PLURAL = re.compile(r"\b(City|County)[ ](?:are|were|have)\b")


def _count_nouns(text):
    for m in _BARE_COUNT_NOUN.finditer(text):
        phrase = m.group(1)
        if _BARE_COUNT_ALLOWED.match(phrase):
            continue
        if _NEEDS_ADJECTIVE.match(phrase) and not re.match(r"\S+[ ]" + _ADJECTIVES_BEFORE + r"[ ]", phrase) \
                and not _PROGRESSIVE.match(phrase):
            continue
        yield m.start(1), m.end(1), None
    clubs = None
    for m in _BARE_SUBJECT.finditer(text):
        word = m.group(1).split(" ", 1)[0]
        if word in ("City", "County"):
            if clubs is None:  # once per document
                clubs = set(_CLUB_PLURAL.findall(text))
            if word in clubs:
                continue  # "City will pay ... City are 17th": a club named by its name's last word
        yield m.start(1), m.end(1), None


# --- tense ------------------------------------------------------------------------------------

# Where a sentence starts: after a stop and a space (a closing quote between), or at a line's start.
_SENTENCE_START = r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n)|(?<=[.!?][\"”’][ ]))"
# A clause that opens on a time that is over ("Two years ago,", "Last year,", "Yesterday", "In 2019,").
_PAST_OPENING = (r"(?:(?:Two|Three|Four|Five|Six|Ten|\d+)[ ](?:days|weeks|months|years)[ ]ago|Last[ ](?:year|month|week|"
                 r"spring|summer|autumn|winter)|Yesterday|In[ ](?:19\d\d|200\d|201\d|202[0-2]))[ ]?,?[ ]")

# A verb in the present (-s) after a short subject, then in the same clause a time that is over:
# "The hospital opens a new wing last month", "the firm signs a deal with Tesla yesterday".
# Chinese marks no tense (上个月开设), and MT may take the present; the time after the verb
# says it happened. Words between may not open another clause or compare ("than last year",
# "since last year", "from last year's"), and a possessive time ("last year's") is a noun's.
_PRESENT_THEN_PAST = re.compile(
    _SENTENCE_START +
    r"((?:The|This|Our|Its|Their|[A-Z][a-z]+)(?:[ ](?:[a-z]+|[A-Z][a-z]+)){0,3}?[ ]([a-z]{3,}s))[ ]"
    r"(?=(?:the|a|an|its|their|his|her|our|this|these|more|new|\d)\b)"
    r"((?:(?!(?:than|since|from|compared|as|that|which|who|when|after|before|until|what|and|but|"
    r"while|because|if|by|to|for|over)\b)[\w'’-]+[ ]){1,8}?)"
    r"(last[ ](?:year|month|week|weekend|night|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|yesterday|(?:two|three|four|five|six|ten|\d+)[ ](?:days|weeks|months|years)[ ]ago)"
    r"(?![\w'’-])", re.MULTILINE)
_NOT_PRESENT = {"news", "series", "species", "means", "politics", "economics", "physics", "always", "sometimes",
                "perhaps", "this", "thus", "was", "has", "is", "does", "its", "his", "hers", "ours", "yours",
                "theirs", "less", "unless", "across", "towards", "besides", "nevertheless", "whereas", "plus",
                "us", "bus", "gas", "status", "campus", "census", "bonus", "virus", "focus", "consensus",
                "crisis", "analysis", "basis", "thesis", "emphasis", "diagnosis", "chaos", "process"}


# A clause that opens on a time that is over, then a singular subject and a verb's plain form
# with its object: "Two years ago, the village's income reach 3 million yuan", "Last year, the
# city invest 2 billion yuan". Verbs whose past is their plain form ("cut", "put", "set") pass.
_PAST_OPENING_BASE = re.compile(
    _SENTENCE_START + _PAST_OPENING +
    r"(?:the|its|their|his|her|our|this|that)[ ](?:[a-z'’-]+[ ]){0,3}?([a-z]{3,})[ ]([a-z]{3,})[ ]"
    r"(?=(?:the|a|an|its|their|his|her|our|more|\d|about|nearly|over|almost)\b)", re.MULTILINE)
# The same opening, then a singular subject and a verb in -s: "In 2019, the government launches
# a programme", "Yesterday, the mayor visits the villages". Not after a pronoun ("In 1998 she
# opens a shop": a life told in the present), nor a subject with a relative clause ("In 2020,
# the team that wins the league plays in Asia": a rule of that year, in the present).
_PAST_OPENING_PRESENT = re.compile(
    _SENTENCE_START + _PAST_OPENING +
    r"(?:the|its|their|his|her|our|this|that)[ ](?:[a-z'’-]+[ ]){0,3}?([a-z]{3,}s)[ ]"
    r"(?=(?:the|a|an|its|their|his|her|our|more|\d|about|nearly|over|almost|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|dozens|hundreds|thousands)\b)", re.MULTILINE)
_SAYING = re.compile(r"(?:says|thinks|believes|hopes|expects|knows|claims|argues|reports|notes|shows|suggests|"
                     r"admits|insists|recalls|remembers|estimates|calculates|reckons|warns|adds)\Z")
_SAME_PAST = {"cut", "put", "set", "hit", "let", "cost", "spread", "hurt", "shut", "quit", "bid", "beat", "read",
              "broadcast", "forecast", "upset", "burst", "cast", "split", "shed", "slit", "thrust", "fit", "bet",
              "rid", "wed", "spit", "sublet", "reset", "offset", "input", "output", "outbid", "recast", "overrun"}


# A past narrative, then "then" and a clause in the present: "was found by a drone and fined
# 2,000 yuan, then he blames the cooperative". Chinese 然后 / 随后 carries no tense, and MT may
# switch to the present mid-sentence. Conditions and habits ("if ..., then he loses", "every
# year ..., then they sell") pass.
_THEN_PRESENT = re.compile(r"(?:,|\band)[ ]then[ ]((?:he|she|it)[ ]([a-z]{3,}s)|(?:they|we)[ ]([a-z]{3,}))\b")
_HABIT_OR_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|once|every|each|usually|often|always|sometimes|"
                                 r"typically|generally|normally|until|before|after)\b", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed|went|came|took|gave|made|said|told|found|left|began|"
                        r"brought|bought|sold|sent|paid|met|won|lost|held|built|rose|fell|grew)\b")


# The finished times `_PRESENT_THEN_PAST` ends on: the pattern runs only on the sentences that
# hold one (its subject-verb-object opening, tried at every capital, cost a second a megabyte).
_FINISHED_TIME = re.compile(r"\b(?:last[ ](?:year|month|week|weekend|night|spring|summer|autumn|winter|Monday|Tuesday|"
                            r"Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|(?:days|weeks|months|years)[ ]ago)\b")


def _present_then_past(text):
    start, done, seen = 0, -1, 0
    for t in _FINISHED_TIME.finditer(text):
        # the last sentence end before this time, looked for only since the last time (linear)
        for mark in (". ", "\n", "? ", "! "):
            start = max(start, text.rfind(mark, seen, t.start()))
        seen = t.start()
        if start <= done:
            continue  # this sentence was read for an earlier time in it
        done = start
        yield from _PRESENT_THEN_PAST.finditer(text, start, t.end())


def _tense(text):
    for m in _WILL_IN_TIME_CLAUSE.finditer(text):
        yield m.start(1), m.end(1), None
    start, seen = 0, 0
    for m in _THEN_PRESENT.finditer(text):
        for mark in (". ", "\n"):
            found = text.rfind(mark, seen, m.start())
            if found >= 0:
                start = max(start, found + 1)
        seen = m.start()
        before = text[max(start, m.start() - 300):m.start()]  # a sentence's reach, not a megabyte's
        if not _PAST_VERB.search(before) or _HABIT_OR_CONDITION.search(before) or '"' in before or "“" in before:
            continue
        verb = m.group(2) or m.group(3)
        if m.group(2):
            if verb in _NOT_PRESENT or _third_person_base(verb) is None:
                continue
        elif verb in _FUNCTION_WORDS or verb in _SAME_PAST or verb.endswith(("ed", "s", "ing")) or not _verb_base(verb):
            continue
        yield m.start(1), m.end(1), None
    for m in _PAST_OPENING_PRESENT.finditer(text):
        verb = m.group(1)
        if verb in _NOT_PRESENT or verb.endswith(("ss", "us", "is", "ous")) or _third_person_base(verb) is None:
            continue
        if _SAYING.match(verb):
            continue
        if re.search(r"\b(?:who|which|that|where)[ ]", m.group()[: m.start(1) - m.start()].split(",", 1)[-1]):
            continue
        yield m.start(1), m.end(1), None
    for m in _PAST_OPENING_BASE.finditer(text):
        head, verb = m.group(1), m.group(2)
        if head.endswith("s") and not head.endswith(("ss", "us", "is")):
            continue  # a plural head: `past-marker-plural-base-verb`'s
        if head in _FUNCTION_WORDS or verb in _SAME_PAST or verb in _FUNCTION_WORDS:
            continue
        if verb.endswith(("s", "ed", "ing", "ly")) or not _verb_base(verb):
            continue
        if head in ("will", "would", "can", "could", "should", "must", "may", "might", "did", "to"):
            continue
        yield m.start(2), m.end(2), None
    for m in _present_then_past(text):
        verb = m.group(2)
        if verb in _NOT_PRESENT or verb.endswith(("ss", "us", "is", "ous")):
            continue
        if _third_person_base(verb) is None:
            continue
        between = m.group(3)
        if re.search(r"\b(?:[a-z]+ed|said|says|was|were|had|did|became|began|went|took|made|held|won|lost|"
                     r"rose|fell|grew)\b", between):
            continue  # another verb, past, in between: "The firm says it lost money last year"
        subject = m.group(1)[: m.start(2) - m.start(1)]
        if re.search(r"\b(?:says|said|thinks|believes|hopes|expects|knows|claims|argues|reports|notes|"
                     r"shows|suggests|admits|insists|lists|cites|describes|mentions|records|details|counts|"
                     r"names|includes|covers|follows|recalls|remembers|marks|reflects|compares|exceeds|"
                     r"surpasses|matches|tops|beats|doubles|triples|trails|lags|outpaces)\b", verb):
            continue  # a verb of saying or comparing in the present ("Li says ... last year") reports
        head = between.split()[-1]
        if len(head) >= 6 and head.endswith(("tion", "sion", "ment", "al", "ure", "ance", "ence", "ing", "ings")):
            continue  # "follows the publication last month of": the time dates an event's noun
        if re.search(r"\b(?:who|which|that|where)\b", subject):
            continue
        yield m.start(2), m.end(2), None


# --- comparatives --------------------------------------------------------------------------

# A comparative with "as" for "than": "8 percent higher as last year", "lower as expected".
_COMPARATIVE_AS = re.compile(r"\b((?:higher|lower|greater|larger|bigger|smaller|fewer|cheaper|faster|slower|"
                             r"stronger|weaker|better|worse)[ ]as)[ ](?:last|the[ ]previous|a[ ]year[ ](?:ago|earlier)|"
                             r"expected|forecast|planned|usual|before|in[ ](?:19|20)\d\d)\b")


def _comparatives(text):
    for m in _COMPARATIVE_AS.finditer(text):
        yield m.start(1), m.end(1), None


# --- number after quantifiers ----------------------------------------------------------------

# A quantifier that counts more than one, then a singular noun that is only a noun (its -ed
# form is no common word, so it is no verb: "many student from", "three year to", "several
# village in") and its plural a common word, where the noun ends its phrase. Nouns that are
# also verbs ("Many believe that", "two remain in hospital") and units that English leaves
# singular before another noun ("a three year plan") are left alone.
_QUANTIFIER_NOUN = re.compile(
    r"(?<![\w'’-])(?<!\band[ ])((?:[Mm]any|[Ss]everal|[Nn]umerous|[Vv]arious|[Aa][ ]few|[Ff]ew|[Dd]ozens[ ]of|"
    r"[Hh]undreds[ ]of|[Tt]housands[ ]of|[Mm]illions[ ]of|[Aa][ ]number[ ]of|"
    r"[Aa][ ]series[ ]of|two|three|four|five|six|seven|eight|nine|"
    r"ten|twelve|twenty|thirty|fifty|hundred|(?<=^|[.!?][ ]|\n)(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten))"
    r"[ ](?:(?:new|more|other|local|small|large|"
    r"major|different|key|main|old|young|rural|foreign|private|public)[ ])?)([a-z]{3,})(?=[ ](?:in|on|at|for|"
    r"from|of|with|to|that|who|which|have|had|are|were|will|can|said|ago|and|or)\b|[.,;:])")
_QUANTIFIER_SKIP = {"more", "other", "others", "times", "hundred", "thousand", "million", "billion", "dozen",
                    "percent", "per", "cent", "people", "children", "staff", "police", "personnel", "cattle",
                    "livestock", "poultry", "data", "media", "criteria", "phenomena", "men", "women", "feet",
                    "youth", "sheep", "fish", "deer", "aircraft", "offspring", "series", "species", "such",
                    "each", "both", "all", "far", "much", "few", "less", "least", "most", "week", "way",
                    "kind", "sort", "type", "side", "half", "third", "quarter", "fifth", "tenth", "ones",
                    "time", "year", "day", "crew", "head", "foot", "stone", "pound", "new", "old", "young",
                    "local", "small", "large", "major", "different", "key", "main", "rural", "foreign",
                    "private", "public"}


# A noun that modifies a plural head shared with the next conjunct: "several delivery and
# security workers", "many rail or bus routes" (the thirtieth round: clean_fresh162).
_SHARED_HEAD = re.compile(r"[ ](?:and|or)[ ][a-z-]+[ ][a-z-]{3,}s\b")


def _quantifier_number(text):
    for m in _anchored_matches(_QUANTIFIER_NOUN, _QUANTIFIER_OPENINGS, text):
        noun = m.group(2)
        if noun in _QUANTIFIER_SKIP or noun.endswith(("s", "ing", "ed", "ly", "er", "est")):
            continue
        if _SHARED_HEAD.match(text, m.end(2)):
            continue  # "several delivery and security workers": a modifier of a shared plural head
        if _verb_base(noun) or zipf_cached(noun) < 3.0:
            continue
        plural = _plural(noun)
        if zipf_cached(plural) < 3.3 or zipf_cached(plural) < zipf_cached(noun) - 1.2:
            continue  # no common plural: a mass noun ("several equipment" is another rule's)
        yield m.start(2), m.end(2), plural


# A figure in digits above one, then a singular noun that is only a noun and ends its phrase:
# "more than 30 enterprise in the city", "1,200 household were", "15 village." (MT copies 30家企业
# without the plural that Chinese never marks). The tests on the noun are those of
# ``_quantifier_number``. What passes: a year ("in 2020 alone"), a figure that labels rather
# than counts ("Line 3", "No. 5", "grade 3 student", "Article 30"), a figure after a month or any
# capitalised word inside a sentence ("March 5 meeting", "Windows 10"), a figure inside a code
# or a range end ("COVID-19", "G20", "OSC 9;4"), a figure after "a" ("a client 500 response"), decimals and "1", units and nouns that English leaves
# singular before another noun ("a 30 minute walk").
_FIGURE_NOUN = re.compile(
    r"(?<![\w.,;$¥€£#/:+'’-])(\d{1,3}(?:,\d{3})+|\d+)[ ](?:(?:new|more|other|local|small|large|major|different|"
    r"key|main|old|young|rural|foreign|private|public)[ ])?([a-z]{3,})(?=[ ](?:in|on|at|for|from|of|with|to|that|"
    r"who|which|have|had|are|were|will|can|said)\b|[.,;:](?![\w]))")
_LABEL_WORDS = tuple("""no nos number numbers grade grades level levels class phase line lines route routes article
articles section sections chapter chapters room rooms floor floors page pages version step steps
stage stages tier category item items type types size gate gates exit terminal platform lane block
building unit district zone area plot batch round game match season episode volume issue figure
table ward bed seat row bus flight train highway road street clause paragraph part lot team group
verse act scene top bottom aged age ages u vol fig art sec ch p pp year years model form division
band score scored scoring beat won lost drew minute hour day week month times x""".split())
_LABEL_BEFORE = re.compile(r"(?:\b(?i:" + "|".join(_LABEL_WORDS) + r")\.?"
                           r"|[A-Z][\w.'’-]*|[)\]%])[ ]$")
_CAPITAL_OK = {"In", "On", "At", "For", "From", "With", "By", "About", "Around", "Nearly", "Almost", "Some",
               "Over", "More", "Another", "Only", "Just", "All", "The", "These", "Those", "Its", "Their", "Our",
               "Of", "Among", "After", "Before", "Since", "During", "Of", "And", "But", "Last", "This"}
# "a" before the figure makes it a label, not a count: "a client 500 response", "a 3 bedroom".
_ONE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Ee]ach|[Ee]very)[ ](?!(?:total|further|record|combined|whopping|mere|staggering|"
                         r"reported|estimated|full|net|additional|maximum|minimum|peak|high|low)\b)(?:[a-z-]+[ ])?$")
_FIGURE_AFTER_LIST = re.compile(r"[,;][ ]\d|\)")
# A figure and "by", "x" or "×" before the figure: a size of two figures ("1,920 by 1,200
# resolution": issue 9, forty-fourth round, a blind clean set's laptop review).
_DIMENSION_BEFORE = re.compile(r"\d[ ]?(?:by|x|×)[ ]$")
_FIGURE_NOUN_SKIP = _QUANTIFIER_SKIP | {"hour", "minute", "second", "month", "inch", "mile", "ton", "tonne",
                                        "metre", "meter", "acre", "degree", "point", "kilometre", "kilometer",
                                        "yuan", "dollar", "euro", "yen", "won", "rupee", "digit", "noon", "midnight",
                                        "o'clock", "percentage", "kilogram", "gram", "litre", "liter", "mph",
                                        "cent", "storey", "story", "plus", "odd", "something", "strong", "wide",
                                        "high", "deep", "long", "tall", "alone", "apiece", "each", "all", "total",
                                        "overall", "straight", "consecutive", "running"}


# A model's number: a figure right after a capitalised word inside a sentence ("38 Boeing 737s",
# "flies the Airbus 320"), or three digits written with a model's plural or suffix ("737s", "737
# MAX"; not "the 30s" nor "1990s", decades, nor "300-400", a range).
_MODEL_AFTER_NAME = re.compile(r"(?<=[a-z,][ ])([A-Z][a-z]+)[ ](\d{2,4})(?![\d,.]?\d)")
_MODEL_SUFFIX = re.compile(r"(?<![\w.,-])(\d{3})(?:s\b|[ ]MAX\b)")
_MONTHS_AND_LABELS = (frozenset(m.capitalize() for m in MONTH_NAMES) | frozenset(MONTH_ABBREVIATIONS)
                      | frozenset(w.capitalize() for w in _LABEL_WORDS) | {"Covid"})


def _named_figures(text):
    """The figures the document writes as a model's number: right after a capitalised word inside a
    sentence that is no month, label or opening word ("operates 38 Boeing 737s"), or with a
    model's suffix ("737s", "737 MAX"). Read once per document."""
    found = {m.group(2) for m in _MODEL_AFTER_NAME.finditer(text)
             if m.group(1) not in _MONTHS_AND_LABELS and m.group(1) not in _CAPITAL_OK}
    found.update(m.group(1) for m in _MODEL_SUFFIX.finditer(text))
    return found


def _figure_number(text):
    named = None
    for m in _FIGURE_NOUN.finditer(text):
        figure, noun = m.group(1), m.group(2)
        digits = figure.replace(",", "")
        if int(digits) < 2 or digits.startswith("0") or (len(figure) == 4 and figure[:2] in ("19", "20")) \
                or len(figure) >= 5 and "," not in figure:
            continue  # "1" counts one; a year; "12306", a code or a line's number, not a count
        if noun in _IRREGULAR_PAST or _FIGURE_AFTER_LIST.match(text, m.end()):
            continue  # "3,912 rose and 1,203 fell"; "(1,162 intervention, 1,154 control)": a table's cells
        if noun in _FIGURE_NOUN_SKIP or noun.endswith(("s", "ing", "ed", "ly", "er", "est")):
            continue
        before = text[max(0, m.start() - 24):m.start()]
        label = _LABEL_BEFORE.search(before)
        if label and label.group().strip() not in _CAPITAL_OK or _ONE_BEFORE.search(before):
            continue
        if _DIMENSION_BEFORE.search(before):
            continue  # "1,920 by 1,200 resolution", "4 x 4 metre": a size's second figure, the noun a modifier
        if named is None:
            named = _named_figures(text)
        if figure in named:
            continue  # "the whole 737 fleet" beside "Boeing 737s": a model's number, named elsewhere
        if text[m.end():m.end() + 1] in ".," and m.end() + 1 < len(text) and text[m.end() + 1].isdigit():
            continue
        if _verb_base(noun) or zipf_cached(noun) < 3.0:
            continue
        plural = _plural(noun)
        if zipf_cached(plural) < 3.3 or zipf_cached(plural) < zipf_cached(noun) - 1.2:
            continue
        if m.start(2) == m.end(1) + 1:  # the figure and the noun, as `count-noun-singular` spans them
            yield m.start(1), m.end(2), f"{figure} {plural}"
        else:
            yield m.start(2), m.end(2), plural


# "One of the" (or "each", "either", "neither", "both", "many", "several", "few", "two" ... of
# the) and a singular noun that ends its phrase, with at most two words before it: "one of the
# most important city in", "one of the highlight of the fair", "two of the village were", and a
# quantifier whose "of" counts things ("a series of measure", "a number of enterprise",
# "hundreds of village", "the number of visitor"): "most", "all" and "some" of the are left out
# ("most of the village" is one village's most), and so are "kinds of", "types of" ("different
# types of ship" is English), and "most" alone before the word ("a few of the most common:").
# after "of the" or "of" the word is a noun, so nouns that are also verbs count. What passes:
# an adjective or a superlative used as a noun ("one of the best", "one of the poor"), group
# nouns ("one of the family", "one of the team"), a noun before a possessive or another noun
# ("one of the world's", "one of the city centres"), mass nouns (no common plural).
_OF_COUNT = re.compile(
    r"(?<![\w'’-])(?:((?:[Oo]ne|[Ee]ach|[Ee]ither|[Nn]either|[Bb]oth|[Mm]any|[Ss]everal|[Ff]ew|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)"
    r"[ ]of[ ](?:the|its|their|our|his|her|these)[ ]"
    r"(?:(?:most|more|least)[ ])?(?:[a-z-]+[ ]){0,1}?)|"
    r"((?:[Aa][ ](?:series|number|couple|handful|host)|[Tt]he[ ](?:total[ ])?number|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|"
    r"[Tt]ens[ ]of[ ]thousands)[ ]of[ ](?:(?:new|other|local|small|large|major|different|key|main|rural|"
    r"foreign|private|public)[ ])?))"
    r"([a-z]{3,})(?=[ ](?:in|on|at|for|from|of|with|to|that|who|"
    r"which|have|has|had|are|is|were|was|will|can)\b|[.,;:](?![\w]))")
_OF_COUNT_SKIP = _QUANTIFIER_SKIP | _COLLECTIVE | {"top", "best", "first", "last", "latest", "key", "elite", "lucky",
                                                   "poor", "rich", "wealthy", "chosen", "few", "many", "two", "three",
                                                   "four", "five", "six", "seven", "eight", "nine", "ten", "former",
                                                   "latter", "above", "following", "same", "other", "rest", "whole",
                                                   "public", "world", "gang", "crowd", "pack", "herd", "flock",
                                                   "audience", "elderly", "young", "disabled", "injured", "dead",
                                                   "wounded", "accused", "deceased", "faithful", "unemployed",
                                                   "homeless", "kind", "sort", "type", "lot", "bunch", "pair",
                                                   "thing", "number", "series", "variety", "range", "total"}


def _of_count_number(text):
    for m in _OF_COUNT.finditer(text):
        words, noun = (m.group(1) or "").split()[3:], m.group(3)
        if words and words[-1] in ("most", "more", "least"):
            continue  # "one of the most common", "a few of the most popular": an adjective as a noun
        words = [w for w in words if w not in ("most", "more", "least")]
        if words and (words[0] in _QUANTIFIER_SKIP or words[0] in _GROUP_NOUNS or _verb_base(noun)):
            continue  # "a handful of people park": a noun, then a verb; "one of the main highlight" is lost
        if noun in _OF_COUNT_SKIP or noun.endswith(("s", "ing", "ed", "ly", "er", "est", "ese", "ish", "ian", "ful")):
            continue
        if any(w.endswith("s") and w not in ("most", "less") or w in _FUNCTION_WORDS or w in _DETERMINER_WORDS
               for w in words):
            continue
        if zipf_cached(noun) < 3.0:
            continue
        plural = _plural(noun)
        if zipf_cached(plural) < 3.3 or zipf_cached(plural) < zipf_cached(noun) - 1.2:
            continue
        yield m.start(3), m.end(3), plural


# "Each", "every", "a", "an" or "another" and a plural noun that is only a noun and ends its
# phrase: "Every villagers received", "each enterprises must", "in each districts.", "a local
# residents said" (MT copies the plural of 各位, 每个 and a noun's 们 or of 所有). A plural that
# is also a verb ("each plays a part", a pronoun before its verb) and nouns in -s with no plural
# sense ("each means", "every species", "a series") pass; so do "each other", "every two years"
# and a capital "A" inside a sentence ("the A major episodes": a letter, a key).
_EACH_PLURAL = re.compile(
    r"(?<![\w'’.-])(?:[Ee]ach|[Ee]very|an?|another|(?:(?<=^)|(?<=\n)|(?<=[.!?][ ]))(?:A|An|Another))[ ]"
    r"(?:(?:new|local|single|individual|key|major|rural|urban)[ ])?([a-z]{3,}s)"
    r"(?=[ ](?:in|on|at|for|from|of|with|to|that|who|which|have|has|had|are|is|were|was|will|can|must|should|"
    r"shall|would|could|may|received|receives|gets|got|said|say|says)\b|[.,;:](?![\w]))")
_EACH_PLURAL_SKIP = {"means", "series", "species", "news", "headquarters", "works", "crossroads", "barracks",
                     "odds", "whereabouts", "physics", "mathematics", "economics", "politics", "ethics", "lens",
                     "thanks", "others", "times", "days", "years", "ones", "hours", "weeks", "months", "yes",
                     "chassis", "corps", "kudos", "diabetes", "measles", "premises", "alms", "arms", "this",
                     "was", "has", "his", "its", "plus", "bus", "gas", "yes", "us",
                     # nouns whose singular ends in -s too (Quirk et al., 1985, 5.84: "an innings", "a
                     # gallows"; clean_fresh165's cricket report)
                     "innings", "gallows", "shambles", "mews", "bellows", "summons",
                     "rabies", "herpes", "mumps", "billiards", "athletics", "gymnastics", "aerobics"}


def _each_plural(text):
    for m in _EACH_PLURAL.finditer(text):
        noun = m.group(1)
        if noun in _EACH_PLURAL_SKIP or noun.endswith(("ss", "us", "is", "as", "os", "ics", "ous", "ess")):
            continue
        if _third_person_base(noun) is not None:
            continue  # "each plays a part": "each" as a pronoun before its verb
        if noun.endswith("ies"):
            singular = noun[:-3] + "y"
        elif noun.endswith(("ches", "shes", "xes", "zes")):
            singular = noun[:-2]
        else:
            singular = noun[:-1]
        if zipf_cached(singular) < 2.5 or zipf_cached(noun) < 3.0:
            continue
        yield m.start(1), m.end(1), singular


# --- prepositions ----------------------------------------------------------------------------

# A preposition before a time that takes none or another: "in last year", "on next month"
# ("last year" and "next month" take none), "in Monday" and "in March 5" (days and dates take
# "on"); and "reach to" a figure (达到 "reach", a verb that takes its object directly).
# Verbs whose particle "in" a date may follow: "will be sworn in Jan. 5", "move in next year".
_IN_PARTICLE = (r"\b(?:sworn|swear|moved?|moving|brought|bring|came|come|coming|kick(?:ed|s)?|phased?|set|hand(?:ed)?|"
                r"turn(?:ed)?|check(?:ed)?|log(?:ged)?|sign(?:ed)?|fil(?:e|ed)|settled?|usher(?:ed)?|step(?:ped)?|"
                r"went|go|goes|fit(?:ted)?|fill(?:ed)?|call(?:ed)?|pa(?:y|id)|put|taken?|took|gave|given?|"
                r"lock(?:ed)?|book(?:ed)?|lodged?|sent|send|pour(?:ed)?|flood(?:ed)?|roll(?:ed)?|rolling|"
                r"cash(?:ed)?|weigh(?:ed)?|chip(?:ped)?|pitch(?:ed)?|voted?|born|dropp?(?:ed)?)")
# Each branch opens on its own literal word, and the particle before it is asked in code, once
# per match: a look-behind of many words tried at every position cost 8 s a megabyte.
_LAST_NEXT = re.compile(r"\b((?:[Ii]n|[Aa]t|[Dd]uring)[ ](?:last|next)[ ](?:year|month|week|weekend|spring|summer|"
                        r"autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\w'’-])")
_IN_WEEKDAY = re.compile(r"\b((?:[Ii]n|[Aa]t)[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
                         r"(?=[,.;]|[ ](?:morning|afternoon|evening|night|and|when)\b(?!['’]s))")
_IN_MONTH_DAY = re.compile(r"\b([Ii]n[ ](?:January|February|March|April|June|July|August|September|October|November|"
                           r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)[ ](?:[1-9]|[12]\d|3[01])"
                           r"(?:st|nd|rd|th)?)(?![\d,.]?\d)"
                           r"(?![ ](?:years?|months?|days?|weeks?|percent|per|times|p\.m|a\.m|pm|am|o'clock|%|-))")
_REACH_TO = re.compile(r"\b((?:reach|reaches|reached|reaching)[ ]to)[ ](?=\d|about[ ]\d|nearly[ ]\d|more[ ]than[ ]\d|"
                       r"over[ ]\d|a[ ]record)")
_PARTICLE_BEFORE = re.compile(_IN_PARTICLE + r"[ ]\Z")
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[.!?][ ]|\n|,[ ])\Z")
_WORD_BEFORE = re.compile(r"[a-z][ ]\Z")


# More closed preposition slips: "arrived to Beijing" (arrive in / at), "at 2010" and "on 1985"
# before a mark (a year takes "in"), "since five years" (a duration takes "for"), "depend of"
# (depend on).
_OTHER_PREPOSITION = re.compile(
    r"\b((?:arrive|arrives|arrived|arriving)[ ]to)[ ](?=[A-Z]|the[ ](?:city|capital|village|town|airport|station|"
    r"site|scene|port|county|province)\b)|"
    r"(?<!\b(?:from|to|until|till|between|and|or|around|about|by)[ ])\b(at[ ](?:19|20)\d\d)(?=[.,;]|[ ]and\b)|"
    r"\b([Ss]ince[ ](?:two|three|four|five|six|seven|eight|nine|ten|many|several|\d+)[ ](?:years|months|weeks|days|"
    r"decades))\b(?![ ]ago|[ ]earlier|[ ]before|[ ]after|[ ]later|,[ ]\w+[ ]ago)|"
    r"\b((?:depend|depends|depended|depending)[ ]of)\b")


def _prepositions(text):
    for m in _LAST_NEXT.finditer(text):
        before = text[max(0, m.start() - 20):m.start()]
        if _PARTICLE_BEFORE.search(before):
            continue  # "move in next year", "sworn in next week": the verb's particle
        if not (_CLAUSE_START_BEFORE.search(before) or _WORD_BEFORE.search(before)):
            continue
        if m.group(1)[:2].lower() == "at" and not _CLAUSE_START_BEFORE.search(before):
            continue
        yield m.start(1), m.end(1), None
    for pattern in (_IN_WEEKDAY, _IN_MONTH_DAY):
        for m in pattern.finditer(text):
            if _PARTICLE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "will be sworn in Jan. 5"
            yield m.start(1), m.end(1), None
    for m in _REACH_TO.finditer(text):
        yield m.start(1), m.end(1), None
    for m in _OTHER_PREPOSITION.finditer(text):
        group = next(i for i in range(1, 5) if m.group(i))
        yield m.start(group), m.end(group), None


# "these" or "those" after a preposition, then a singular count noun that ends its phrase: "Work
# on these project began", "for those reason.". After a preposition the demonstrative opens an
# object, so the next word is no verb ("These range from ..." is).
_THESE_SINGULAR = re.compile(r"\b(?:in|on|of|for|from|with|to|at|by|under|about|among|between|through|after|"
                             r"before|during)[ ]((?:these|those)[ ]([a-z]{3,}))(?=[ ](?:in|on|at|for|from|of|with|to|"
                             r"that|which|who|is|was|are|were|has|have|had|will|began|begins|and|or)\b|[.;:]|,(?![ ][a-z]+[ ,])|,(?=[ ](?:the|a|an|"
                             r"and|but|which|who|it|they|he|she|we)\b))")
# "those who", "at those that have", "of those whose": the pronoun "those" and a relative word.
_WH_WORDS = {"who", "whom", "whose", "what", "when", "where", "why", "how"}
_THESE_SKIP = _QUANTIFIER_SKIP | {"kind", "sort", "type", "same", "two", "three", "four", "five", "ten", "criteria",
                                  "phenomena", "bacteria", "alumni", "folk", "youth", "clergy", "kin", "alike",
                                  "days", "times", "latter", "former", "matter"}


def _demonstrative_number(text):
    for m in _THESE_SINGULAR.finditer(text):
        noun = m.group(2)
        if noun in _THESE_SKIP or noun in _FUNCTION_WORDS or noun in _WH_WORDS \
                or noun.endswith(("s", "ing", "ed", "ly", "er", "est", "ese", "ish", "ian")):
            continue
        if zipf_cached(noun) < 3.0 or noun in _SAME_PARTICIPLE or noun in _AFTER_THOSE:
            continue  # "of those cast", "those present": a participle or an adjective after the pronoun
        plural = _plural(noun)
        if zipf_cached(plural) < 3.3:
            continue
        if _has_superlative(noun):
            continue  # "among these rich, developed-market democracies": an adjective (richest)
        yield m.start(1), m.end(1), None


def _has_superlative(word) -> bool:
    """Is ``word`` an adjective by its superlative, a common word ("rich": "richest", "big":
    "biggest", "late": "latest", "busy": "busiest")? A noun has none ("project", "village")."""
    if word.endswith("e"):
        forms = (word + "st",)
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        forms = (word[:-1] + "iest",)
    else:
        forms = (word + "est", word + word[-1] + "est")
    return any(zipf_cached(f) >= 3.0 for f in forms)


# Adjectives that follow the pronoun "those": "those present", "those responsible".
_AFTER_THOSE = {"present", "responsible", "eligible", "alive", "absent", "available", "able", "willing", "over",
                "under", "here", "there", "inside", "outside", "abroad", "online", "aboard", "ashore", "alone",
                "close", "closest", "nearby", "around", "above", "below", "least", "likely", "unable", "keen",
                "ready", "aware", "due", "left", "right", "still", "too", "also", "then", "now", "again",
                "already", "just", "only", "even", "back", "home", "away", "first", "last", "next", "incident",
                "concerned", "involved"}
_SAME_PARTICIPLE = {"cast", "put", "set", "hit", "cut", "hurt", "shut", "spread", "bid", "let", "quit", "read",
                    "built", "held", "made", "paid", "sold", "sent", "kept", "left", "lost", "found", "won", "led",
                    "born", "known", "shown", "seen", "given", "taken", "chosen", "done", "gone"}


# --- word order ------------------------------------------------------------------------------

# "Only" and a phrase of manner, time or condition opening a sentence, then a subject before its
# modal: "Only in this way, we can solve the problem" (English inverts: "can we solve"). Chinese
# 只有……才 keeps subject-verb order, and MT keeps it too (Quirk et al., 1985, on inversion after a
# fronted negative or restrictive adverbial).
_ONLY_NO_INVERSION = re.compile(
    _SENTENCE_START +
    r"(Only[ ](?:in[ ]this[ ]way|in[ ]that[ ]way|so|then|thus|through[ ][^,.;!?\n]{3,60}|by[ ][^,.;!?\n]{3,60}|"
    r"when[ ][^,.;!?\n]{3,60}|if[ ][^,.;!?\n]{3,60}|after[ ][^,.;!?\n]{3,60}|with[ ][^,.;!?\n]{3,60}),?[ ]"
    r"(?:we|they|he|she|it|you|I|the[ ][a-z]+(?:[ ][a-z]+)?|our[ ][a-z]+|farmers|residents|people|enterprises|"
    r"companies)[ ](?:can|could|will|would|should|must|may|is|are|was|were|have|has|had|do|does|did)"
    r"(?:n[’']t)?)\b(?![^.!?\n]*\?)", re.MULTILINE)
# A question word inside a reported clause with the question's order: "asked where is the
# station", "explained why are prices rising" ("where the station is"). "what is" is left alone
# ("what is the best option": "what" may be the subject).
_EMBEDDED_QUESTION = re.compile(
    r"\b((?:know|knows|knew|ask|asks|asked|asking|wonder|wonders|wondered|understand|understood|explain|"
    r"explains|explained|tell|tells|told|find[ ]out|found[ ]out|figure[ ]out|learn|learned|see|saw|decide|"
    r"decided|unclear|clear|sure|certain)[ ](?:(?:me|us|them|him|her|reporters|officials)[ ])?"
    r"(?:where|why|how|when|whether|if)[ ](?:is|are|was|were|will|can|does|do|did|has|have)[ ]"
    r"(?:(?:the|a|an|its|their|his|her|our|this|these|those)[ ][a-z]+|[a-z]{3,}s[ ][a-z]+ing))\b(?![^.!?\n]*\?)")
_HOW_ADJECTIVE = re.compile(r"how[ ](?:is|are|was|were)[ ]")


# A comma splice: a sentence's clause, a comma, and a new clause opened by a subject pronoun and
# its finite verb with no conjunction ("The factory opened in 2020, it employs 500 people").
# Chinese joins clauses with commas (一逗到底), and MT keeps the comma where English needs a full
# stop, a semicolon or "and" (Pinkham, 2000). The sentence must open on its subject ("The", a
# possessive, a pronoun), and the pronoun after the comma must differ from that opening one (a
# speaker's parallel clauses, "We have banned ..., we have introduced", are rhetoric). Reporting
# tags (", it said"), a clause before the comma already joined or qualified (a conjunction, a
# relative, a list), a parenthesis (", he liked to say,"), quotations and short openings pass.
_SPLICE = re.compile(r",[ ]((?:it|they|he|she|we)[ ](?:is|are|was|were|has|have|had|will|would|can|could|also|now|still|"
                     r"then|[a-z]{3,}))\b")
_SPLICE_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "also", "now",
               "still", "then"}
_SPLICE_SKIP_VERBS = {"said", "says", "added", "adds", "noted", "notes", "reported", "reports", "stated", "states",
                      "told", "warned", "argued", "argues", "explained", "explains", "wrote", "writes", "recalled",
                      "recalls", "insisted", "insists", "claimed", "claims", "believes", "believed", "thinks",
                      "thought", "hopes", "hoped", "admitted", "admits", "agreed", "agrees", "announced",
                      "estimated", "estimates", "suggested", "suggests", "concluded", "seems", "seemed",
                      "appears", "appeared", "means", "meant", "is", "was"}


def _comma_splice(text):
    start, seen = 0, 0
    for m in _SPLICE.finditer(text):
        for mark in (". ", "\n", "? ", "! "):
            found = text.rfind(mark, seen, m.start())
            if found >= 0:
                start = max(start, found + 1)
        seen = m.start()
        verb = m.group(1).split()[1]
        if verb in _SPLICE_SKIP_VERBS or verb in _NOT_PRESENT or verb.endswith(("ss", "us", "is")):
            continue
        if not (verb in _SPLICE_AUX or verb in _IRREGULAR_PAST or verb in _SAME_PAST or verb.endswith(("s", "ed"))):
            continue
        if verb.endswith("s") and _third_person_base(verb) is None:
            continue
        if verb.endswith("ed") and not _is_past_of_verb(verb):
            continue
        sentence = text[max(start, m.start() - 300):m.start()].lstrip()
        if len(sentence.split()) < 4 or _in_quotation_dialect(text, m.start()):
            continue  # a short opening; a speaker's own sentence
        if re.search(r"[\"“”,;:()—–]|[ ]-[ ]|--|(?<=[a-z])-(?=\d)|\b(?:who|which|that|when|if|because|although|though|while|as|after|before|since|"
                     r"unless|until|whether|where|and|but|or|so)\b", sentence):
            continue  # a clause already joined or qualified; a list; a quotation
        if not _PAST_VERB.search(sentence) and not re.search(r"\b(?:is|are|has|have|will|can)\b", sentence):
            continue  # no finite verb before the comma: an opening phrase
        first = sentence.split()[0].strip("\"“‘'(")
        if _TIME_CLAUSE_OPENING.match(sentence):
            continue  # "The first time we targeted ..., we changed ...": a clause of time
        if first not in _SUBJECT_OPENERS or first.lower() == m.group(1).split()[0]:
            continue  # a participle or a phrase opens the sentence ("Having built ..., they"); or a
            #           speaker's parallel clauses ("We have banned ..., we have introduced")
        if re.match(r"(?:[ ][\w'’-]+){0,4},", text[m.end(1):m.end(1) + 60]):
            continue  # "It was a lesson he learnt, he liked to say, from ...": a parenthesis
        if _COMMENT_TAIL.match(text, m.start(1)):
            continue  # "The bridge is safe, we are told.": a comment on the clause, not a new one
        yield m.start(1), m.end(1), None


# A tag that ends a sentence with a comment on what it said, as a reporting verb does: "The bridge
# is safe, we are told.", "It was a mistake, it turned out." (passive verbs of telling; "turn out").
_COMMENT_TAIL = re.compile(r"(?:(?:we|they|he|she|it)[ ](?:are|were|is|was|have[ ]been|has[ ]been|had[ ]been)[ ]"
                           r"(?:told|assured|informed|reminded|warned|promised|advised)|it[ ]turn(?:s|ed)[ ]out)"
                           r"(?=[ ]?[.!?…\n]|$)")


# A noun of time opening the sentence makes its clause one of time, not a main clause: "The first
# time we targeted these countries, we changed ...", "Every time prices rise, they ...", "The
# moment the gates opened, fans ..." (a conjunction in all but name).
_TIME_CLAUSE_OPENING = re.compile(r"(?:The|Each|Every|Any|Next)[ ](?:(?:first|last|next|very|same|second|third|final)[ ])?"
                                  r"(?:time|times|moment|minute|instant|day|night|morning|evening|week|month|year|hour)\b")


_SUBJECT_OPENERS = {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "He",
                    "She", "It", "They", "We"}


# "will" in a clause of time about the future: "When the project will be completed, it will
# ..." (English: "When the project is completed"). The clause opens the sentence with its subject
# (so "When will the project ..." is a question) and a comma ends it.
_WILL_IN_TIME_CLAUSE = re.compile(r"(?:(?<=[.!?][ ])|(?<=^)|(?<=\n))((?:When|After|Before|Once|As[ ]soon[ ]as|Until)[ ]"
                                  r"(?:the|this|these|its|their|our|all|[a-z]+s|it|they|we|he|she)[ ]"
                                  r"(?:[a-z'’-]+[ ]){0,4}?will)[ ][a-z]+[^,.;!?\n]{0,80},[ ]"
                                  r"(?:[^.!?\n]{0,60}?\b(?:will|can|should|must|may)\b)", re.MULTILINE)


def _word_order(text):
    for m in _ONLY_NO_INVERSION.finditer(text):
        yield m.start(1), m.end(1), None
    for m in _EMBEDDED_QUESTION.finditer(text):
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(1), m.end(1), None


# --- a clause joined by a comma alone, with a noun subject or none ----------------------------

# The sentence so far, when it is one plain main clause: it opens on its subject (a determiner,
# a pronoun, or a capitalised name), holds a finite verb, and no comma, quotation mark, colon,
# dash, conjunction, relative pronoun or reporting verb ("The ministry said on Monday, the
# plan ..." is a reporting frame). `_comma_splice` reads the same frame before a pronoun.
_JOINED = re.compile(r"[\"“”‘’;:()—–]|,(?!\d)|\b(?:who|whom|whose|which|that|when|whenever|if|because|although|though|"
                     r"while|as|after|before|since|unless|until|whether|where|and|but|or|nor|so|than|once|"
                     r"said|says|say|told|tells|added|adds|announced|noted|reported|stated|wrote|writes|"
                     r"believes|believed|thinks|thought|hopes|hoped|know|knows|knew|asked|asks|"
                     r"what|how|why|not|no|never|only|neither|either|both|the[ ](?:more|less|[a-z]+er)|whichever|whatever|"
                     r"wherever|however|whoever|whenever)\b",
                     re.IGNORECASE)
_MAIN_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|can|could|would|should|must|may|did|does|"
                        r"[a-z]{3,}ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")


_NOT_PLURAL_OPENERS = {"afterwards", "towards", "besides", "nowadays", "perhaps", "sometimes", "always", "thus",
                       "unless", "whereas", "regardless", "nevertheless", "overseas", "indoors", "outdoors"}


def _name_or_plural(word):
    """Whether a capitalised word opening a sentence is a subject: a rare word (a name, "Zhang",
    "Huawei") or a plural noun ("Sales", "Prices", "Farmers")."""
    low = word.lower()
    if not word[:1].isupper() or not low.isalpha() or low in _FUNCTION_WORDS or low in _NOT_PRESENT:
        return False
    if zipf_cached(low) < 4.5:
        return True
    return (low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in _NOT_PLURAL_OPENERS
            and zipf_cached(low[:-1]) >= 3.0)


@functools.lru_cache(maxsize=2)
def _sentence_marks(text):
    """Where each sentence-end mark stands in ``text``, in order: listed once a text, since a
    search back from every candidate comma to the text's start grew with candidates x length."""
    return {mark: [m.start() for m in re.finditer(re.escape(mark), text)] for mark in (". ", "\n", "? ", "! ")}


def _sentence_start(text, pos):
    """Just after the last sentence-end mark that ends before ``pos`` (the text's start if none):
    what ``text.rfind(mark, 0, pos) + 1`` gives, over the four marks."""
    start = 0
    for mark, at in _sentence_marks(text).items():
        i = bisect.bisect_right(at, pos - len(mark)) - 1
        if i >= 0:
            start = max(start, at[i] + 1)
    return start


_WORD_RUN = re.compile(r"\S+")


def _plain_clause_before(text, pos):
    """The sentence from its start up to ``pos`` (a comma), when it is one plain main clause
    that opens on a subject; else None."""
    start = _sentence_start(text, pos)
    for count, _ in enumerate(_WORD_RUN.finditer(text, start, pos), 1):
        if count > 30:
            return None  # counted up to the 31st word, not sliced: a line with no sentence mark
            #              made each candidate read back to the line's start (a second reading,
            #              forty-sixth round)
    sentence = text[start:pos].strip()
    words = sentence.split()
    if len(words) < 4 or _JOINED.search(sentence) or _TIME_CLAUSE_OPENING.match(sentence):  # > 30: counted above
        return None
    first = words[0]
    if first.lower() in _PREPOSITION_OPENERS:
        return None  # "Alongside a handful of export wares, the curators have placed ...": a phrase
    verbs = [v for v in _finite_verbs(sentence) if v > 0]
    if first not in _SUBJECT_OPENERS and first not in _QUANTIFIER_OPENERS and not _name_or_plural(first) and not (
            first[0].isupper() and first.isalpha() and not first.lower().endswith(("ly", "ing", "ed"))
            and first.lower() not in _FUNCTION_WORDS and verbs[:1] == [len(first) + 1]):
        return None  # "In 2020, the firm ...", "Yesterday, ...": a phrase opens the sentence (a noun
        #              and its verb, "Construction began in 2021", open a clause)
    if not verbs:
        return None  # no finite verb: "The custom path to the deployed model, ..." is a noun phrase
    return sentence


_QUANTIFIER_OPENERS = {"Most", "Many", "Some", "All", "Each", "Every", "Several", "Half", "Few"}
# Prepositions that open a sentence with a phrase, not a subject, and that a word list of function
# words may lack ("Alongside a handful of export wares, the curators have placed ...": issue 9,
# forty-fourth round, a blind clean set's exhibition review).
_PREPOSITION_OPENERS = frozenset("""alongside amid amidst among amongst despite beneath beside besides beyond
throughout underneath unlike upon via towards toward outside inside across behind below above near opposite
within without against along around following regarding concerning notwithstanding""".split())
_NOT_AFTER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those|newly|of|in|on|at|for|with|from|"
                        r"by|to|into|per|\d+|new|old|local|many|some|all|two|three|four|five|ten)[ ]\Z", re.IGNORECASE)


def _finite_verbs(sentence):
    """Where a word that reads as a finite verb starts in ``sentence``: an auxiliary, a past form,
    or a verb in -s, none of them after a determiner, a preposition or a number (where they
    are a modifier or a noun: "the deployed model", "in 300 tons", "of prices")."""
    found = []
    for v in re.finditer(r"\b[a-z]{2,}\b", sentence):
        word = v.group()
        if _NOT_AFTER.search(sentence[:v.start()]):
            continue
        if _MAIN_VERB.fullmatch(word):
            found.append(v.start())
        elif (word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PRESENT
              and word not in _FUNCTION_WORDS and _third_person_base(word)):
            found.append(v.start())
    return found


# The first of the marks ". ", "? ", "! " and a line break: one search that stops there, not a
# search per mark that may run to the text's end (which grew with candidates x length).
_SENTENCE_MARK = re.compile(r"[.?!][ ]|\n")
_END_CHAR = re.compile(r"[.!?\n]")


def _first_end_char(text, pos):
    """Where the first ".", "!", "?" or line break at or after ``pos`` stands (the text's length
    if none)."""
    found = _END_CHAR.search(text, pos)
    return found.start() if found else len(text)


def _rest_of_sentence(text, pos):
    end = _SENTENCE_MARK.search(text, pos)
    return text[pos:end.start() if end else len(text)]


# After the comma, "and" or "or" further on makes a series of clauses ("The hedgerows are full,
# the swifts are back, and the rota is ..."), which English joins with commas.
_SERIES = re.compile(r",[ ](?:and|or)\b|\b(?:and|or)[ ](?:[\w'’-]+[ ]){1,4}?(?:is|are|was|were|has|have|had|will|can)\b")


# A comma, then a new clause on a noun subject ("the" or a possessive and one or two words) and
# its finite verb: "The plant opened in 2020, the company employs 500 people", "Sales rose 8
# percent, the growth was driven by exports". Chinese joins a paragraph's clauses with commas
# (一逗到底), and MT keeps the comma. Reporting tags (", the ministry said") pass, and so do
# appositions (", the first plant of its kind": no finite verb) and comparisons ("the more ...").
_NOUN_SPLICE = re.compile(r",[ ]((?:the|its|their|this|these|those)[ ](?:[a-z][a-z-]+[ ]){0,1}?([a-z][a-z-]{2,})[ ]"
                          r"(is|are|was|were|has|have|had|will|would|can|could|also[ ][a-z]{3,}|[a-z]{3,}))\b")
_OBJECT_NEXT = re.compile(r"[ ](?:(?:the|a|an|its|their|his|her|our|this|these|those|more|about|nearly|over|almost|"
                          r"some|many)\b|\d)")
_SAYING_WORDS = ("said|announced|confirmed|revealed|reported|told|warned|added|noted|stated|explained|"
                 "estimated|found|shown|shows|learned|learnt|say|says|claimed|insisted|argued|acknowledged")
_NOUN_SPLICE_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}


def _comma_splice_noun(text):
    for m in _NOUN_SPLICE.finditer(text):
        noun, verb = m.group(2), m.group(3).split()[-1]
        if noun in _FUNCTION_WORDS or noun.endswith("ly") or noun in ("more", "less", "same", "first", "last", "best"):
            continue
        if verb not in _NOUN_SPLICE_AUX and (verb in _SPLICE_SKIP_VERBS or verb in _NOT_PRESENT):
            continue  # ", the ministry said": a reporting tag
        if verb not in _NOUN_SPLICE_AUX:
            if not _OBJECT_NEXT.match(text, m.end(1)):
                continue  # "the categories considered suitable", "the word fragments that": a noun's
                #           modifier or a compound, not a verb with its object
            if verb.endswith("ed") and _is_past_of_verb(verb):
                pass
            elif verb in _IRREGULAR_PAST and verb not in ("left", "found", "led", "met"):
                pass
            elif verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and _third_person_base(verb):
                pass
            else:
                continue
        before = _plain_clause_before(text, m.start())
        if before is None:
            continue  # tested first: it reads at most 30 words back, the tests below to the sentence's
            #           end (a line with no sentence mark made each candidate read to its end)
        rest = _rest_of_sentence(text, m.end(1))
        if _SERIES.search(rest):
            continue
        if _in_quotation_dialect(text, m.start()):
            continue
        if re.match(r"(?:[ ][\w'’-]+){0,4},(?!\d)", rest) or not rest.strip(" .") or re.match(
                r"[ ](?:also[ ])?(?:been[ ])?(?:" + _SAYING_WORDS + r")(?:[.,;!?]|[ ](?:that|on|in|at|to|this|last|"
                r"yesterday|today)\b|$)", rest):
            continue  # a parenthesis (", the minister said, ..."); a reporting tag (", the
            #           government has announced.")
        if verb in _NOUN_SPLICE_AUX and re.search(r"\b" + verb + r"\b", before):
            continue  # parallel clauses on one verb, a contrast English writes with a comma ("The
            #           first model is cheap, the second is fast")
        yield m.start(1), m.end(1), None


# A comma, then a finite verb with no subject: "The museum was built in 1990, is the largest in
# the province", "The line runs 40 kilometres, will open next year". Chinese drops a subject
# its reader knows (承前省略), and MT keeps the gap. After a plain main clause only: a subject
# with a parenthesis ("The bridge, built in 1990, is") has a comma before, and question tags
# (", isn't it", ", is it?") pass.
_NO_SUBJECT = re.compile(r",[ ]((?:is|are|was|were|has|have|had|will|would|can|could|should|must)"
                         r"(?:[ ](?:also|not|still|now|expected|set|likely|planned|scheduled|due))?)[ ]([a-z]+)\b")


# A series of predicates closed by "and" or "or" and an auxiliary, with no word between ("He has
# sat in the House for 31 years, has never held office and has no wish to"): ``_SERIES`` wants a
# subject's words between the conjunction and its verb (a blind clean set, forty-sixth round).
# Only the series' own closing "and": no comma, relative or subordinate word, or verb of saying
# between the verb after the comma and it ("is expected to expand to 20 counties where schools
# are poor and have few books" keeps its finding: a second reading, forty-sixth round).
_SERIES_AUX = re.compile(r"\b(?:and|or)[ ](?:(?:also|not|never|still|now)[ ])?"
                         r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|does|do|did)[ ]")
_SERIES_BREAK = re.compile(r",[ ]|\b(?:where|which|who|whom|whose|that|when|while|if|because|unless|"
                           r"although|though|say|says|said|think|thinks|believe|believes)\b")


def _series_aux(rest):
    """Whether ``rest`` (the sentence after the verb that follows the comma) closes a series of
    predicates on "and" or "or" and an auxiliary, with nothing between that opens a clause."""
    m = _SERIES_AUX.search(rest)
    return m is not None and _SERIES_BREAK.search(rest, 0, m.start()) is None


def _comma_no_subject(text):
    for m in _NO_SUBJECT.finditer(text):
        if m.group(2) in ("it", "he", "she", "they", "we", "you", "i", "there", "that", "this", "n't"):
            continue  # a question tag or an inversion
        if _plain_clause_before(text, m.start()) is None:
            continue  # tested first: it reads at most 30 words back, the tests below to the sentence's end
        end = _first_end_char(text, m.end())
        rest = _rest_of_sentence(text, m.end(1))
        if text[end:end + 1] == "?" or _SERIES.search(rest) or _series_aux(rest):
            continue  # a question; a series of verbs ("roared about, was arrested, and escaped"; "has
            #           sat ..., has never held ... and has no ...")
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(1), m.end(1), None


# --- a relative clause cut off as a sentence ---------------------------------------------------

# A sentence that opens on "Which" and a verb and ends on a full stop: "Prices rose 20 percent.
# Which has put pressure on restaurants." Chinese starts a sentence on 这 / 此举 ("this"), and MT
# renders it as a relative pronoun cut off from its clause. An essayist's "Which is why ..." or
# "Which is, when you think about it, ..." (a copula) and questions ("Which has the most?")
# pass; so do "Which route the line takes is ..." (a determiner: a question's word as subject)
# and the essayist's turn "Which brings us to ...".
_WHICH_OPENING = re.compile(_SENTENCE_START + r"(Which)[ ](?:(?:has|have|had|will|would|can|could|may)[ ][a-z]+|"
                            r"([a-z]{3,}(?:s|ed))(?=[ ](?:(?:the|a|an|its|their|his|her|our|this|these|those|more|"
                            r"it|them|people|residents)\b|\d)))[^.?!\n]*(?:[.!]|$)", re.MULTILINE)


def _dangling_which(text):
    for m in _WHICH_OPENING.finditer(text):
        verb = m.group(2)
        if verb and not (verb.endswith("ed") and _is_past_of_verb(verb) or verb in _IRREGULAR_PAST
                         or verb.endswith("s") and _third_person_base(verb)):
            continue
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(1), m.end(1), None


# --- a past narrative that slips into the present ------------------------------------------------

# A sentence on a finished time, a verb in the past, then "and" and a verb of a news event in
# the present: "Last week the vice-governor toured three villages and visits a school", "On
# Monday the city opened two parks, and the mayor announces plans for ten more". Chinese marks
# no tense (视察了……并看望), so MT may take the past for one verb and the present for the next.
# The verbs after "and" are a closed list of one-off events (a state, "and employs 500 people",
# may hold now); a present with a time still to come ("and opens again next month"), or with
# "now", "today", "every" (a habit or a state today) passes.
_PAST_TIME = (r"(?:[Ll]ast[ ](?:week|month|year|weekend|night|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|"
              r"Thursday|Friday|Saturday|Sunday)|[Yy]esterday|[Oo]n[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|"
              r"Saturday|Sunday)|[Ii]n[ ](?:19\d\d|200\d|201\d|202[0-4])|(?:two|three|four|five|six|ten|\d+)[ ]"
              r"(?:days|weeks|months|years)[ ]ago|[Ee]arlier[ ]this[ ](?:week|month|year))")
_EVENT_VERBS = ("visits|announces|decides|signs|opens|launches|meets|inspects|releases|issues|orders|approves|"
                "unveils|attends|pledges|urges|vows|donates|tells|arrives|begins|starts|sends|calls|asks|"
                "promises|hands|receives|introduces|holds|reveals|publishes|submits|files|sues|arrests|fines")
_SHIFT = re.compile(_SENTENCE_START + r"(?=[^.!?\n]*?\b" + _PAST_TIME + r"\b)([^.!?\n]*?)"
                    r"(?:,[ ])?\band[ ](?:(?:then|later|also)[ ])?(?:(?:the|its|their|his|her)[ ](?:[a-z-]+[ ]){0,2}?"
                    r"|he[ ]|she[ ]|it[ ]|(?:in|on)[ ](?:19\d\d|20\d\d|[A-Z][a-z]+)[ ](?:the[ ][a-z-]+[ ]|it[ ]|he[ ]|she[ ])?)?"
                    r"(" + _EVENT_VERBS + r")\b([^.!?\n]*)", re.MULTILINE)
_NOT_PAST_AFTER = re.compile(r"\b(?:now|today|currently|still|every|each|usually|always|next|tomorrow|later[ ]this|"
                             r"this[ ](?:week|month|year)|from|upcoming|soon|will)\b", re.IGNORECASE)


# A finished time on its own: ``_SHIFT`` matches only in a stretch of text between two stops
# or line ends that holds one.
_PAST_TIME_ALONE = std_re.compile(r"\b" + _PAST_TIME + r"\b")
_STOPS = ".!?\n"


def _shift_matches(text):
    """``_SHIFT.finditer(text)``, run only over the stretches between stops ([.!?] or a line
    end) that hold a finished time (``_PAST_TIME_ALONE``): a match starts where a sentence
    starts, needs such a time before the sentence's next stop and ends before it, so a long text
    costs a search for the times and a read of their sentences, not the sentence pattern tried
    at every sentence (tests/test_sentence_scans.py holds the two to the same matches)."""
    shift = screen.unscreened_where_may_match(_SHIFT, text)
    if shift is None:
        return  # no match anywhere, as the whole-text scan would have been told
    done = 0
    for t in _PAST_TIME_ALONE.finditer(text):
        if t.start() < done:
            continue
        start = max(text.rfind(c, 0, t.start()) for c in _STOPS) + 1
        ends = [k for k in (text.find(c, t.end()) for c in _STOPS) if k >= 0]
        done = min(ends) + 1 if ends else len(text)  # the stop itself read too: a ``\b`` before it
        yield from shift.finditer(text, start, done)


def _tense_shift(text):
    for m in _shift_matches(text):
        before, after = m.group(1), m.group(3)
        if not _PAST_VERB.search(before) or _NOT_PAST_AFTER.search(after):
            continue
        if re.search(r"\b(?:is|are|has|have|will|can|says|plans|hopes|expects|every|each|usually|often|always|if|"
                     r"when|whenever)\b", before):
            continue  # the present is already in the sentence: a report, a habit, a condition
        if any(before[v:v + 1].islower() and re.match(r"[a-z]+s\b", before[v:]) for v in _finite_verbs(before)):
            continue  # a narrative in the present ("Olsen steps aboard ... and starts the diesel")
        if _in_quotation_dialect(text, m.start(2)):
            continue
        yield m.start(2), m.end(2), None


# --- a sentence with no finite verb ----------------------------------------------------------------

# A sentence that opens on a singular subject, then "worth", "located", "situated" or "aimed"
# where English needs "is" ("The project worth 2 billion yuan", "The museum located in the old
# town"), with no finite verb after it, or only one after "and". Chinese needs no copula
# before 值 / 位于 / 旨在 (项目总投资20亿元), and MT may write none. A participle or "worth" that
# modifies its noun in a sentence with its own verb passes ("A project worth 2 billion yuan
# will be finished", "The museum located in the old town draws 2 million visitors"), and so do
# plural subjects (their verb's plain form, "grow", reads like any other word).
_NO_COPULA = re.compile(_SENTENCE_START + r"((?:The|This|Its|Their|Our)[ ](?:[a-z-]+[ ]){0,2}?[a-z-]{3,}[ ]"
                        r"(?:worth|located|situated|aimed))\b([^.!?\n]*)[.!]", re.MULTILINE)


_LINKING = {"appear", "appeared", "seem", "seemed", "remain", "remained", "look", "looked", "become", "became",
            "stay", "stayed", "prove", "proved", "sound", "sounded", "feel", "felt", "get", "got"}


def _missing_copula(text):
    for m in _NO_COPULA.finditer(text):
        words = m.group(1).split()[1:-1]
        if any(w.endswith("s") or w in _FUNCTION_WORDS or w in _LINKING for w in words):
            continue  # a plural subject; "The new rules appear aimed at ...": a linking verb
        rest = m.group(2)
        verbs = _finite_verbs(rest)
        if verbs and not re.search(r"\band[ ]\Z", rest[:verbs[0]]):
            continue  # the sentence has its verb: the phrase modifies its noun
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(1), m.end(1), None


# --- two main clauses with no mark between them ------------------------------------------------

# A plain main clause that ends on a time (a year, a date, "last year", "two years ago", "on
# Tuesday morning"), then a subject pronoun and its finite verb with no mark or conjunction:
# "The plant opened in 2020 it employs 500 people", "Li joined the hospital in 1998 she was
# promoted". Chinese closes a clause on its time and starts the next with no word between
# (工厂2020年投产，目前有员工500人), and MT may drop even the comma. A time before the pronoun is
# asked for because a noun before it is often a relative clause with no "that" ("The plant they
# built employs", "spent the money they earned"). What passes: the sentence opening on a phrase
# ("In 2020 it employed", "By 2030 it will"), a cleft ("It was in 2018 they first planted"), a
# verb of saying, knowing or feeling before the time ("told reporters on Monday they would",
# "He felt in 2019 he had", with "that" left out), and any clause already joined or qualified
# (`_plain_clause_before`: "so", "not until", "as", a comma).
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RUN_ON = re.compile(
    r"(?:\b(?:1[89]\d\d|20\d\d)|\bago|\byesterday|\b(?:last|this)[ ](?:year|month|week|weekend|spring|summer|autumn|"
    r"winter|night|morning|afternoon|evening|season|quarter)|\b" + _WEEKDAYS + r"(?:[ ](?:morning|afternoon|evening|night))?"
    r"|\b" + _MONTHS + r"(?:[ ]\d{1,2})?|\d[ ](?:[a-z]+[ ])?(?:long|wide|high|tall|deep|old))"
    r"[ ]((it|they|he|she|we)[ ](?:(?:also|now|still|then|later|soon|quickly|mostly|already)[ ])?([a-z]{2,}))\b")
# The same end of a clause, then a noun subject ("the", "its", "their" and one to three words)
# and a finite verb: "The plant opened in 2020 the company employs 500 people".
_RUN_ON_NOUN = re.compile(
    r"(?:\b(?:1[89]\d\d|20\d\d)|\bago|\byesterday|\b(?:last|this)[ ](?:year|month|week|weekend|spring|summer|autumn|"
    r"winter|night|morning|afternoon|evening|season|quarter)|\d[ ](?:[a-z]+[ ])?(?:long|wide|high|tall|deep|old))"
    r"[ ]((?:the|its|their)[ ](?:[a-z][a-z-]+[ ]){0,2}?([a-z][a-z-]{2,})[ ](is|are|was|were|has|have|had|will|can|"
    r"[a-z]{3,}))\b")
_CLAUSE_VERBS = re.compile(r"\b(?:felt|feels|feel|realised|realized|realises|realizes|found|finds|decided|decides|"
                           r"expected|expects|feared|fears|learned|learnt|learns|heard|hears|saw|sees|noticed|"
                           r"notices|guessed|suspected|reckoned|assumed|predicted|predicts|promised|promises|"
                           r"warned|warns|insisted|agreed|admitted|argued|argues|claimed|claims|recalled|recalls|"
                           r"remembered|remembers|understood|understands|explained|explains|announced|confirmed|"
                           r"assured|reminded|informed|convinced|showed|shows|shown|proved|meant|means|wished|"
                           r"hoped|hopes|thought|think|believed|believe|knew|know|said|says|told|tells|reported|"
                           r"estimated|concluded|judged|ensured|ensures|guaranteed|pledged|vowed|signalled|"
                           r"signaled|indicated|indicates|suggested|suggests|revealed|noted|stated|wrote|added)\b")


def _run_on(text):
    for m in _RUN_ON.finditer(text):
        pronoun, verb = m.group(2), m.group(3)
        if verb in _SPLICE_AUX or verb in _IRREGULAR_PAST or verb in _SAME_PAST:
            pass
        elif verb.endswith("ed") and _is_past_of_verb(verb):
            pass
        elif pronoun in ("it", "he", "she"):
            if verb in _NOT_PRESENT or verb.endswith(("ss", "us", "is")) or _third_person_base(verb) is None:
                continue
        elif verb in _FUNCTION_WORDS or verb.endswith(("ing", "ly")) or not _verb_base(verb):
            continue  # "they" and "we" with a plain verb
        before = _plain_clause_before(text, m.start(1))
        if before is None:
            continue
        if re.match(r"(?:It|This|That|There)[ ](?:is|was|'s|’s|has[ ]been|had[ ]been)\b", before):
            continue  # a cleft: "It was in 2018 they first planted kiwifruit"
        if _CLAUSE_VERBS.search(before):
            continue  # a clause object with no "that": "He felt in 2019 he had done enough"
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(1), m.end(1), None
    for m in _RUN_ON_NOUN.finditer(text):
        noun, verb = m.group(2), m.group(3)
        if noun in _FUNCTION_WORDS or noun.endswith("ly") or noun in ("more", "less", "same", "first", "last", "best"):
            continue
        if re.match(r"(?:the|its|their)[ ](?:same[ ]|very[ ])?(?:year|day|month|week|time|moment|season|date|night|"
                    r"morning|summer|spring|autumn|winter|period|era|decade)\b", m.group(1)):
            continue  # "in 2019, the year his wife opened the shop": a time in apposition
        if verb not in _NOUN_SPLICE_AUX:
            if verb in _SPLICE_SKIP_VERBS or verb in _NOT_PRESENT or not _OBJECT_NEXT.match(text, m.end(1)):
                continue  # "in 2020 the company said": a reporting tag; a noun's modifier
            if not (verb.endswith("ed") and _is_past_of_verb(verb) or verb in _IRREGULAR_PAST
                    or verb.endswith("s") and not verb.endswith(("ss", "us", "is")) and _third_person_base(verb)):
                continue
        before = _plain_clause_before(text, m.start(1))
        if before is None or _CLAUSE_VERBS.search(before) or re.match(
                r"(?:It|This|That|There)[ ](?:is|was|'s|’s|has[ ]been|had[ ]been)\b", before):
            continue
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(1), m.end(1), None


# A sentence that opens on its subject, then a predicate adjective of a closed list ("willing",
# "able", "ready", "eager", "likely", "due") or a figure, with no verb anywhere in the clause:
# "The two sides willing to deepen cooperation", "The company able to produce 10,000 tonnes",
# "The total investment 2 billion yuan", "The new bridge 1.2 kilometres long". Chinese needs no
# copula before an adjective or a figure (双方愿意深化合作; 项目总投资20亿元; 大桥全长1.2公里), and
# MT may write none. The adjectives are not verbs, so the frame is closed; `missing-copula` reads
# "worth", "located", "situated" and "aimed". What passes: the phrase modifying its noun in a
# sentence with its own verb ("Farmers eager to try the seeds lined up", "Countries ready to
# sign include France": a plain verb counts after a plural subject unless a determiner, a
# preposition, "to", "and" or a comma comes before it, where it is a noun), an apposition ("The
# project, expected to", commas), a colon or question mark (a fragment for effect: "The answer?
# A new bridge."), headlines, captions, quotations.
_NO_VERB_ADJECTIVES = r"(?:willing|unwilling|able|unable|ready|eager|keen|likely|unlikely|due|reluctant|determined)"
# The nouns of a measure that Chinese gives a figure with no verb (总投资, 面积, 全长, 人口, 产值).
# "cost", "total", "exports" and "yield" are verbs too ("The room cost 300 yuan"): not listed.
_MEASURE_NOUNS = (r"(?:investment|output|area|length|population|revenue|revenues|budget|capacity|"
                  r"size|height|width|depth|distance|income|turnover|spending|funding|volume|gdp|value|"
                  r"span|amount|scale|reserves|debt|subsidy|payout)")
_NO_VERB = re.compile(_SENTENCE_START + r"(?:(?:(?:Last|This)[ ](?:year|month|week)|In[ ](?:19|20)\d\d|So[ ]far|"
                      r"At[ ]present|Currently|Today|Now),[ ](?=(?:the|its|their)[ ]))?"
                      r"((?:The|This|That|These|Those|Its|Their|Our|Both|All|Most|Many|Some|the|its|their|"
                      r"Local|Two|Three|Four|Five|Several|[A-Z][a-z]+)[ ](?:[a-z][a-z-]+[ ]){0,3}?"
                      r"(?:[a-z][a-z-]{2,}[ ]" + _NO_VERB_ADJECTIVES + r"\b|" + _MEASURE_NOUNS + r"[ ](?=\d)|"
                      r"[a-z][a-z-]{2,}[ ](?=[\d.,]+[ ](?:[a-z]+[ ])?(?:long|wide|high|tall|deep)\b)))([^.!?\n]*)([.!?])",
                      re.MULTILINE)
_NO_VERB_CLAUSE_END = re.compile(r",[ ](?:of[ ]which|which|who|whose|where|when|while|whereas)\b")
# Where a match of ``_NO_VERB`` can turn on its adjective, measure noun or figure: the space
# before it (each alternative of the subject ends there). A match holds one of these, with no
# sentence-end mark between its start and it.
_NO_VERB_ANCHOR = re.compile(r"[ ](?:" + _NO_VERB_ADJECTIVES + r"\b|" + _MEASURE_NOUNS + r"(?=[ ]\d)|"
                             r"(?=[\d.,]+[ ](?:[a-z]+[ ])?(?:long|wide|high|tall|deep)\b))")
_NO_VERB_MARK = re.compile(r"[.!?\n]")


def _no_verb_matches(text):
    """The matches of ``_NO_VERB`` in ``text``, in order, as its ``finditer`` gives them, tried only
    at the sentence starts just after the last mark before an anchor (a mark, then at most a
    closing quotation mark and a space): the whole-text scan backtracked at every sentence start
    (0.2 s on a 1 MB line)."""
    anchors = [m.start() for m in _NO_VERB_ANCHOR.finditer(text)]
    if not anchors:
        return
    marks = [m.start() for m in _NO_VERB_MARK.finditer(text)]
    end, tried = 0, set()
    for a in anchors:
        i = bisect.bisect_left(marks, a) - 1
        q = marks[i] if i >= 0 else -1
        for start in (q + 1, q + 2, q + 3):
            if start < end or start > a or start in tried:
                continue
            tried.add(start)
            m = _NO_VERB.match(text, start)
            if m:
                yield m
                end = m.end()
                break
_PLURAL_OPENERS = {"These", "Those", "Both", "All", "Most", "Many", "Some", "Two", "Three", "Four", "Five", "Several"}
_NOUN_POSITION = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those|of|in|on|at|for|with|from|by|"
                            r"to|into|per|and|or|new|more|many|some|all|each|every|such)|,|\d)[ ]\Z", re.IGNORECASE)


def _missing_verb(text):
    for m in _no_verb_matches(text):
        if m.group(3) == "?" or _in_quotation_dialect(text, m.start()):
            continue
        phrase = m.group(1).rstrip()
        subject = phrase.split()
        adjective = not m.group(1).endswith(" ")
        head_words = [w for w in (subject[:-1] if adjective else subject)
                      if w[0].islower() and w not in ("the", "its", "their")]
        if any(w in _FUNCTION_WORDS or w.endswith("ly") or w in _LINKING or _MAIN_VERB.fullmatch(w) for w in head_words) \
                or _finite_verbs(phrase):
            continue  # a verb or a function word in the subject: "The firm was able", "The plan runs until 2030"
        if subject[0][0].isupper() and subject[0] not in _PLURAL_OPENERS and not re.fullmatch(
                r"The|This|That|Its|Their|Our|Local", subject[0]) and zipf_cached(subject[0].lower()) >= 4.5:
            continue  # a common word opening the sentence is not a subject ("Yesterday", "Nearly")
        if subject[0][0].isupper() and (_verb_base(subject[0].lower()) or _third_person_base(subject[0].lower())
                                        or subject[0].endswith(("ed", "ing"))):
            continue  # an imperative or a docstring's verb ("Cancel any dumping due to", "Determines the
            #           update due to")
        if not head_words and subject[0] in ("The", "This", "That", "Its", "Their", "Our", "the", "its", "their"):
            continue
        rest = m.group(2)
        cut = _NO_VERB_CLAUSE_END.search(rest)
        clause = rest[:cut.start()] if cut else rest
        if re.search(r"[:;\"“”()—–]", m.group(1) + clause):
            continue  # a colon or a dash: a fragment set out on purpose; a quotation
        if _finite_verbs(clause) or re.search(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|"
                                               r"should|must|may|might|do|does|did)\b", clause):
            continue
        plural = subject[0] in _PLURAL_OPENERS or any(
            w.endswith("s") and not w.endswith(("ss", "us", "is")) or w in _PLURAL_FORMS for w in head_words[-1:])
        if plural and any(_verb_base(v.group()) and not _NOUN_POSITION.search(clause[:v.start()])
                          for v in re.finditer(r"\b[a-z]{3,}\b", clause)):
            continue  # "Countries ready to sign the agreement include France": the plain verb
        yield m.start(1), m.start(1) + len(phrase), None


# A subject and a relative clause set off by commas, then a figure where the main verb should
# be, and no verb to the sentence's end: "The main exhibition, which opened on Saturday, more
# than 80,000 visitors in its first two days." (吸引了 left out: MT drops a verb the figure
# follows). The subject opens the sentence on a determiner; the relative clause has its own
# verb; after its closing comma comes a figure (perhaps after "more than", "about", "nearly")
# and the rest of the sentence reads no finite verb, auxiliary or verb in -s. What passes: a
# main verb anywhere after the comma ("..., more than 80,000 visitors came"), a figure that
# ends an inner list inside the clause (the clause must close on its comma), quotations.
_RELATIVE_FIGURE = re.compile(
    _SENTENCE_START + r"((?:The|This|That|These|Those|Its|Their|Our)[ ][^,.!?\n;:\"“”()]{3,80}?),[ ]"
    r"(?:which|who)[ ]([^,.!?\n;:\"“”()]{3,100}),[ ]((?:(?:more[ ]than|about|nearly|almost|over|some|around|"
    r"roughly|up[ ]to)[ ])?\d[\d,.]*(?:[ ](?:million|billion|thousand))?[ ][a-z][^.!?\n;:\"“”()]{0,100})([.!?])",
    re.MULTILINE)


def _relative_figure(text):
    for m in _RELATIVE_FIGURE.finditer(text):
        if _finite_verbs(m.group(1)) or not _finite_verbs(m.group(2)):
            continue  # the subject has a verb of its own, or the "relative clause" has none
        rest = m.group(3)
        if _finite_verbs(rest) or re.search(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|"
                                            r"should|must|may|might|do|does|did)\b", rest):
            continue
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(3), m.end(3), None


_PLURAL_FORMS = {"children", "men", "women", "people", "police", "staff", "cattle", "villagers"}


# A sentence that opens on a time told from the story's own past ("A year later", "The
# following year", "Two months later", "That day"), then a subject and a verb of a one-off
# news event in the present, after a sentence of the same paragraph told in the past with a
# time that is over: "The county closed the quarry in 2019. The following year it turns the
# site into a park", "The county signed a deal in 2021. A year later the firm signs a second".
# "In March" is not asked: after a past sentence it may name the March to come ("Last year
# the firm posted record profits. In March it opens a second factory"). Chinese marks no tense (次年，该县把……改造成公园), so MT may drop into the
# present mid-story. The verbs are `tense-shift-after-and`'s closed list of one-off events (a
# state, "it employs 800 people", may hold now). What passes: a story told in the present
# throughout (a verb in -s in the sentence before), a time still to come ("next", "will",
# "from", "until"), a sentence before with "will", "plans" or a verb of saying in the present,
# quotations and headlines.
_STORY_TIME = (r"(?:(?:A|One|Two|Three|Four|Five|Six|Ten|\d+)[ ](?:day|days|week|weeks|month|months|year|years)[ ]later|"
               r"Later[ ]that[ ](?:day|week|month|year)|The[ ](?:next|following)[ ](?:day|week|month|year|spring|summer|"
               r"autumn|winter)|That[ ](?:same[ ])?(?:day|week|month|year|spring|summer|autumn|winter|evening|night)|"
               r"Soon[ ]after|Shortly[ ](?:after|afterwards))")
_STORY_PRESENT = re.compile(_SENTENCE_START + _STORY_TIME + r"[ ]?,?[ ](?:(?:the|its|their|his|her|this)[ ]"
                            r"(?:[a-z'’-]+[ ]){0,3}?|it[ ]|he[ ]|she[ ])(?:also[ ])?(" + _EVENT_VERBS + r"|hires|builds|"
                            r"completes|wins|buys|sells|sets[ ]up|closes|turns|becomes|moves|returns|joins|leaves|"
                            r"invests|raises|cuts|adds|expands|lists|acquires|merges|recalls|suspends|bans|"
                            r"resumes)\b([^.!?\n]*)", re.MULTILINE)
_FINISHED_TIME_IN_STORY = re.compile(r"\b(?:[Ll]ast[ ](?:year|month|week|weekend|night|spring|summer|autumn|winter|"
                                     r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|[Yy]esterday|"
                                     r"(?:days|weeks|months|years)[ ]ago|[Ii]n[ ](?:19\d\d|20[01]\d|202[0-4])|"
                                     r"[Ii]n[ ](?:" + _MONTHS[3:-1] + r")[ ](?:19\d\d|20[01]\d|202[0-4]))\b")


def _past_story_before(text, start):
    """Whether the sentence before the one at ``start``, in the same paragraph, tells a past
    story: a past verb and a time that is over, and no present verb, "will" or quotation."""
    if start == 0 or text[start - 1] == "\n" and text[max(0, start - 2)] == "\n":
        return False  # no sentence before it in the paragraph
    line = text.rfind("\n", 0, start - 1) + 1
    previous = text[max(line, _sentence_start(text, start - 2)):start]
    if "\n" in previous.strip() or not _FINISHED_TIME_IN_STORY.search(previous) or not _PAST_VERB.search(previous):
        return False
    if re.search(r"\b(?:is|are|has|have|will|can|says|plans|hopes|expects)\b|[\"“”]", previous) or any(
            previous[v:v + 1].islower() and re.match(r"[a-z]+s\b", previous[v:]) for v in _finite_verbs(previous)):
        return False  # the sentence before is in the present: a story told in the present, a report
    return True


# With no time opening the sentence, a subject and two verbs of one-off events in the present
# ("The company opens a plant in Hefei and hires 800 workers"), or one and a date that is over
# ("The county opens the park on May 1, 2021"), after a past story in the same paragraph: the
# present of a scheduled event ("The store opens on Friday") has one verb and no past date.
_STORY_EVENTS = (_EVENT_VERBS + r"|hires|builds|completes|wins|buys|sells|closes|invests|raises|expands|acquires|"
                 r"recalls|suspends|bans|resumes")
_PRESENT_EVENTS = re.compile(_SENTENCE_START + r"(?:(?:The|Its|Their|His|Her|This)[ ](?:[a-z'’-]+[ ]){0,3}?|It[ ]|He[ ]|"
                             r"She[ ])(?:also[ ])?(" + _STORY_EVENTS + r")\b([^.!?\n]*)", re.MULTILINE)
_SECOND_EVENT = re.compile(r"\band[ ](?:also[ ])?(?:" + _STORY_EVENTS + r")\b|\b(?:in[ ](?:19\d\d|20[01]\d|202[0-2])|"
                           r"on[ ]" + _MONTHS + r"[ ]\d{1,2},[ ](?:19\d\d|20[01]\d|202[0-2]))\b")


def _story_present(text):
    for m in _STORY_PRESENT.finditer(text):
        if _NOT_PAST_AFTER.search(m.group(2)) or _in_quotation_dialect(text, m.start()):
            continue  # a time to come or a state today ("opens again next month", "now")
        if _past_story_before(text, _sentence_start(text, m.start())):
            yield m.start(1), m.end(1), None
    for m in _PRESENT_EVENTS.finditer(text):
        rest = m.group(2)
        if not _SECOND_EVENT.search(rest) or _NOT_PAST_AFTER.search(rest) or _in_quotation_dialect(text, m.start()):
            continue
        if re.search(r"\b(?:says|say|said|plans|hopes|expects)\b", rest):
            continue  # a report of a plan ("opens a plant next year and hires 800, it says")
        if _past_story_before(text, _sentence_start(text, m.start())):
            yield m.start(1), m.end(1), None


# --- a pronoun's number ------------------------------------------------------------------------

# An organisation named as the subject, "they" for it after a verb of saying, and "its" for it in
# the same clause: "The company said they would expand its sales network". Chinese 他们 / 它 /
# 其 are picked apart by MT from the nearest cue, so one body becomes plural and singular within
# a clause. British English may call a firm "they", but not "they ... its" at once; "they" for
# other people ("The ministry said they would lose its support": a body's "its" with another
# "they") is rarer than the slip, and a plural verb after the body's own noun passes.
_ORGANISATIONS = ("company|firm|government|ministry|bureau|county|city|province|department|bank|group|school|"
                  "hospital|committee|commission|council|court|agency|administration|university|carmaker|"
                  "operator|authority|platform|airline|cooperative|association|federation|centre|center")
_THEY_ITS = re.compile(r"\b((?:[Tt]he|[Tt]his)[ ](?:[a-z-]+[ ])?(?:" + _ORGANISATIONS + r")[ ](?:said|says|announced|"
                       r"added|stated|noted|told[ ][a-z]+|pledged|promised|revealed)[ ](?:on[ ][A-Z][a-z]+[ ])?"
                       r"(?:that[ ])?(they))[ ](?:[^.!?\n;]*?)\b(its)\b", re.MULTILINE)


def _pronoun_number(text):
    for m in _THEY_ITS.finditer(text):
        if _in_quotation_dialect(text, m.start()):
            continue
        yield m.start(2), m.end(2), None


_CHECKS = {
    "story-present": _story_present,
    "missing-verb": _missing_verb,
    "run-on": _run_on,
    "comma-splice": _comma_splice,
    "comma-splice-noun": _comma_splice_noun,
    "comma-no-subject": _comma_no_subject,
    "dangling-which": _dangling_which,
    "tense-shift": _tense_shift,
    "missing-copula": _missing_copula,
    "pronoun-number": _pronoun_number,
    "word-order": _word_order,
    "preposition": _prepositions,
    "demonstrative-number": _demonstrative_number,
    "tense": _tense,
    "comparative": _comparatives,
    "quantifier-number": _quantifier_number,
    "figure-number": _figure_number,
    "of-count-number": _of_count_number,
    "each-plural": _each_plural,
    "head-of-plural": _head_of_plural,
    "relative-figure": _relative_figure,
    "bare-count-noun": _count_nouns,
    "a-an": _a_an,
    "verb-form": _verb_forms,
    "agreement": _agreement,
    "relative-pronoun": _relative_pronoun,
    "missing-article": _missing_article,
    **_SLIP_CHECKS,  # the thirty-eighth round's frames (audit/detectors/grammar_slips.py)
    **_AGREEMENT_CHECKS,  # the thirty-ninth round's (audit/detectors/grammar_agreement.py)
    **_HEAD_CHECKS,  # the fortieth round's (audit/detectors/grammar_heads.py)
    **_PHRASE_CHECKS,  # the forty-first round's (audit/detectors/grammar_phrases.py)
}


@register("grammar", {
    "check": Key((str,), doc="one of: " + ", ".join(sorted(_CHECKS))),
}, fields=())
def prepare(p):
    if p["check"] not in _CHECKS:
        raise ParamError("check", f"unknown check {p['check']!r} (expected one of {', '.join(sorted(_CHECKS))})")
    return {"find": _CHECKS[p["check"]]}


@prepare.detector
def detect(doc, state):
    seen = set()
    text = doc.text
    headline = _Headlines(text)
    for start, end, suggestion in state["find"](text):
        if (start, end) in seen or headline(start):
            continue
        seen.add((start, end))
        yield Hit(start, end, suggestion)


