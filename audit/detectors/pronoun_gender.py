"""``pronoun_gender``: a person named with a gendered title or noun ("Ms Li", "Wang Fang, a
mother of two") whom the next sentence calls by the third-person pronoun of the other gender.

Spoken Chinese says 他 (he) and 她 (she) alike (tā), and MT, which often translates from text
that an engine or a speech recogniser wrote, or which loses the referent across a sentence
break, swaps them. The check is strict, precision first: the naming sentence names exactly
one person and gives that person one gender, the next sentence names nobody (no other name,
no title, no noun for a person), neither sentence holds a quotation or a first-person word,
and the next sentence's third-person pronouns all have the other gender. A story with two
people in it is never judged.
"""
from __future__ import annotations

import itertools
import re
from typing import Dict, List, Optional, Tuple

from . import Hit, Key, ParamError, register, screen
from ..zipf import zipf_cached  # the table itself loads on the first question
from .. import re_programs

MALE, FEMALE = "male", "female"
_OTHER = {MALE: FEMALE, FEMALE: MALE}

_TITLES = {"Mr": MALE, "Sir": MALE, "Mrs": FEMALE, "Ms": FEMALE, "Miss": FEMALE, "Mme": FEMALE,
           "Madam": FEMALE, "Dame": FEMALE}
_MALE_NOUNS = ("man father husband son brother grandfather grandson uncle nephew boy businessman "
               "chairman spokesman congressman policeman fisherman sportsman salesman king prince "
               "monk widower boyfriend gentleman dad grandpa").split()
_FEMALE_NOUNS = ("woman mother wife daughter sister grandmother granddaughter aunt niece girl "
                 "businesswoman chairwoman spokeswoman congresswoman policewoman fisherwoman "
                 "sportswoman saleswoman queen princess nun widow girlfriend lady mum mom grandma "
                 "actress waitress").split()
_NOUN_GENDER = {**{w: MALE for w in _MALE_NOUNS}, **{w: FEMALE for w in _FEMALE_NOUNS}}

# Nouns for a person (or people) other than the one named: any of them in either sentence
# could be the pronoun's referent, so the pair is not judged.
# Things English may call "he" or "she" (a ship, a horse) count as someone the pronoun could mean.
_SHE_THINGS = ("ship ships boat boats vessel vessels trawler trawlers yacht yachts ferry ferries liner liners "
               "tanker tankers horse horses filly fillies colt colts mare mares stallion stallions gelding "
               "geldings yearling yearlings dog dogs cat cats bull bulls cow cows puppy kitten")
_PERSON_NOUNS = set(_SHE_THINGS.split()) | set(_MALE_NOUNS + _FEMALE_NOUNS) | set((
    "men women fathers mothers husbands wives sons daughters brothers sisters boys girls "
    "grandparents grandchildren kings queens "
    "person people child children kid kids baby babies friend friends colleague colleagues "
    "partner partners boss bosses neighbour neighbours neighbor neighbors customer customers "
    "client clients official officials spokesperson teacher teachers doctor doctors nurse nurses "
    "student students worker workers farmer farmers driver drivers owner owners manager managers "
    "director directors president presidents minister ministers mayor mayors governor governors "
    "reporter reporters journalist journalists officer officers police player players coach "
    "coaches team couple couples family families parent parents relative relatives resident "
    "residents villager villagers visitor visitors tourist tourists expert experts analyst "
    "analysts economist economists scientist scientists researcher researchers engineer "
    "engineers leader leaders chief head founder founders employee employees staff member "
    "members secretary judge judges lawyer lawyers patient patients victim victims suspect "
    "suspects author authors writer writers artist artists singer singers actor actors "
    "actresses spouse fiance fiancee host guest guests buyer buyers seller sellers "
    "passenger passengers user users fan fans volunteer volunteers vendor vendors chef chefs "
    "surgeon surgeons physician physicians dentist dentists pharmacist pharmacists vet vets "
    "pilot pilots captain captains soldier soldiers guard guards inspector inspectors detective "
    "detectives prosecutor prosecutors attorney attorneys officer trainer trainers jockey jockeys "
    "referee referees umpire umpires priest priests monk monks nun nuns pastor pastors bishop "
    "tutor tutors professor professors lecturer lecturers principal principals clerk clerks "
    "cashier cashiers waiter waiters waitress waitresses mechanic mechanics plumber plumbers "
    "builder builders contractor contractors consultant consultants adviser advisers advisor "
    "advisors interpreter interpreters translator translators photographer photographers "
    "someone somebody anyone anybody everyone everybody nobody whom whose who").split())

# (?=[hs]) first: the characters a match can start with; ``re`` passes over other positions at
# once (the same matches: tests/test_first_characters.py).
_PRONOUN = re_programs.compile(r"(?=[hs])\b(?:(?P<m>he|him|his|himself)|(?P<f>she|her|hers|herself))\b", re.IGNORECASE)


def _has_pronoun(doc) -> bool:
    """Whether ``doc``'s text holds a third-person pronoun (``_PRONOUN``): the first question of
    each pronoun rule (most documents hold none), searched once per document, not once per rule."""
    found = doc.cache.get("third-person-pronoun")
    if found is None:
        found = doc.cache["third-person-pronoun"] = _PRONOUN.search(doc.text) is not None
    return found
_FIRST_PERSON = re_programs.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves)\b|\b(?:We|Our|Us|My|Me)\b")
_QUOTE = re_programs.compile(r"[\"“”‘]|(?<![A-Za-z])'|'(?![A-Za-z])")
_WORD = re_programs.compile(r"[A-Za-z][A-Za-zà-ÿ'’-]*")
_CAP = r"[A-Z][a-z'’-]+"
_NAME = rf"{_CAP}(?:[ ]{_CAP}){{0,2}}"
# "Ms Li, a tea farmer in Anxi," : the appositive describes the same person
_TITLED = re_programs.compile(rf"\b(?P<title>{'|'.join(_TITLES)})\.?[ ](?P<name>{_NAME})"
                              rf"(?:,[ ](?:\d+,[ ])?(?:(?:a|an|the)[ ][^,.;:!?\"“”]{{1,60}}(?=,)|\d+(?=[,.])))?")
_NOUN_ALT = "|".join(sorted(_NOUN_GENDER, key=len, reverse=True))


def _by_first_letter(words) -> str:
    """An alternation of ``words`` (plain lower-case words) grouped by first letter, each group
    in the order of ``words``: the same matches, since words of different first letters never
    match at one place, found three times faster where the engine tries every position (one
    test of the first letter instead of one per word; tests/test_pattern_rewrites.py)."""
    groups: Dict[str, List[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(first + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                    for first, rest in groups.items())


# "Wang Fang, a mother of two," / "Wang Fang, 45, the daughter of a miner,"
# "Ma Xiaoyan, chairwoman of the park," too: a title noun with no article (issue 9, fifteenth round)
_APPOSITIVE = re_programs.compile(rf"(?P<name>{_NAME}),[ ](?:\d+,[ ])?(?:(?:a|an|the)[ ](?:[\w-]+[ ]){{0,3}}?"
                         rf"|(?:(?:deputy|vice|acting|former)[ -])?(?=(?:chair|spokes|business|congress)))"
                         rf"(?P<noun>{_NOUN_ALT})\b(?P<rest>[^,.;:!?]{{0,60}})")
# Common Chinese surnames in pinyin: without a title, only a name that starts with one is read
# as a person's ("Hong Kong said her ships were safe" is a place, and "Hong" is not listed).
_SURNAMES = set((
    "Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Gao Lin Luo Zheng "
    "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye "
    "Cheng Su Wei Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou "
    "Meng Xiong Qin Qiu Hou Yin Xue Yan Duan Lei Tao Gu Mao Hao Gong Shao Wan Qian Dai Mo Kong "
    "Xiang Qi Niu Yi Ou Ni Lai Qu Kang Shang Guan Lan Rao Ge Fei Dou Hua").split())
# A name of two or three words opening a sentence, its subject: "Li Hua said", "Zhang Wei runs"
_SUBJECT_NAME = re_programs.compile(rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{1,2}})(?=[ ][a-z])")
# "mother-of-two Wang Fang", "businessman Li Gang"
_PRENOUN = re_programs.compile(rf"\b(?P<noun>(?i:{_by_first_letter(_NOUN_ALT.split('|'))}))(?:-of-[a-z]+)?[ ](?P<name>{_NAME})")
# "The grandfather of three has volunteered ...", "A mother in Wuhan said ...": a gendered noun
# as the subject that opens the sentence, with no name
_SUBJECT_NOUN = re_programs.compile(rf"(?:The|A|An)[ ](?:[a-z-]+[ ]){{0,2}}?(?P<noun>{_NOUN_ALT})\b(?![-'’])"
                                    rf"(?:[ ]of[ ](?:one|two|three|four|five|six|seven|eight|nine|ten|\d+))?")
# A run of capitalised words: a possible name (of a person, a place, a body).
_CAPS_RUN = re_programs.compile(rf"\b{_CAP}(?:[ ]{_CAP})*")
# Capitalised words that name no person: sentence openers, calendar words, nationalities.
_NOT_NAMES = set((
    "The A An He She His Her Him It Its They Their Them This That These Those There Then Now "
    "In On At By For From With Without To Of As After Before During Since Until When While "
    "Where Why How What Which Who Whose If But And Or So Yet Also Still However Although Though "
    "Because Despite Over Under Last Next Each Every Some Many Most Several Both All Such Today "
    "Yesterday Tomorrow According Born Like Unlike Among Between Across Around Through "
    "Here One Two Three Four Five Six Seven Eight Nine Ten First Second Third Later Earlier "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
    "June July August September October November December Chinese China American British "
    "Japanese Korean French German Russian Indian European African Asian Australian Canadian "
    "Italian Spanish English Taiwanese Vietnamese Thai New Year Spring").split())
# The last word of a run that names a place or a body ("Tsinghua University", "Anxi County").
_BODY_HEADS = set((
    "Province City County District Village Town Street Road River Lake Mountain Mountains Island "
    "University College School Institute Academy Hospital Company Group Bank Ministry Bureau "
    "Department Commission Office Party Government Council Congress Festival Museum Park Port "
    "Airport Station Zone Area Region Centre Center Association Federation Corporation "
    "Agency Administration Court Committee Fund Exchange Market").split())
_NOT_IN_A_PERSONS_NAME = frozenset(_NOT_NAMES | _BODY_HEADS | set(_TITLES))
# A capitalised run after one of these names a place or a body, not a person.
_PLACE_BEFORE = re_programs.compile(r"\b(?:in|at|into|near|across|around|outside|inside|throughout|above|below|beyond|along|the)[ ]+$")


def _has_quote(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a quotation mark."""
    return bool(_QUOTE.search(text, start, end))


def _person_patterns(text: str) -> Tuple:
    """Those of ``_TITLED``, ``_APPOSITIVE`` and ``_PRENOUN`` whose re2 screen lets them match
    somewhere in ``text``: a sentence of the text (a slice between sentence ends, at spaces and
    marks, which no match of theirs needs beyond) can hold a match of no other, so its scans of
    the others are left out (asked once a document instead of once a sentence each;
    tests/test_sentence_scans.py)."""
    return tuple(p for p in (_TITLED, _APPOSITIVE, _PRENOUN) if getattr(p, "may_match", None) is None or p.may_match(text))


def _gender_of_person(sentence: str, patterns: Optional[Tuple] = None
                      ) -> Optional[Tuple[str, Tuple[int, int], List[Tuple[int, int]]]]:
    """(gender, name span, spans that describe the same person) of the one person this
    sentence names with a gendered title or noun; None when it names none, or several.
    ``patterns``: ``_person_patterns`` of the sentence's text, when it is a slice of one; None
    for all three. (Not a default tuple of the three: the module screens them after this
    definition, so such a tuple would hold patterns no longer named ``_TITLED`` ...)"""
    if patterns is None:
        patterns = (_TITLED, _APPOSITIVE, _PRENOUN)
    found = []
    if _TITLED in patterns:
        for m in _TITLED.finditer(sentence):
            found.append((_TITLES[m.group("title")], m.span("name"), [m.span()]))
    if _APPOSITIVE in patterns:
        for m in _APPOSITIVE.finditer(sentence):
            found.append((_NOUN_GENDER[m.group("noun")], m.span("name"), [m.span()]))
    if _PRENOUN in patterns:
        for m in _PRENOUN.finditer(sentence):
            found.append((_NOUN_GENDER[m.group("noun").lower()], m.span("name"), [m.span()]))
    if not found:
        m = _SUBJECT_NOUN.match(sentence)
        if m:
            return _NOUN_GENDER[m.group("noun")], m.span("noun"), [m.span()]
        # "Li Hua said her shop had reopened": a full name opening the sentence, with the
        # possessives of one gender only
        m = _SUBJECT_NAME.match(sentence)
        if m and m.group("name").split()[0] in _SURNAMES \
                and not set(m.group("name").split()) & _NOT_IN_A_PERSONS_NAME:
            genders = {("m" if p.group("m") else "f") for p in _PRONOUN.finditer(sentence, m.end())}
            if genders == {"m"} or genders == {"f"}:
                gender = MALE if genders == {"m"} else FEMALE
                return gender, m.span("name"), [m.span("name")]
        return None
    genders = {g for g, _, _ in found}
    names = {sentence[s:e].split()[-1] for _, (s, e), _ in found}
    if len(genders) != 1 or len(names) != 1:
        return None  # two people, or one person given both genders
    gender = found[0][0]
    name_span = min((span for _, span, _ in found), key=lambda s: s[0])
    described = [span for _, _, spans in found for span in spans]
    return gender, name_span, described


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)


def _plural(noun: str) -> bool:
    """Whether a noun for people reads as plural ("workers", "police", "staff"): after the
    pronoun only a singular one could be its referent. (Read by its ending; one in "ss" is
    singular: "the boss", "a waitress".)"""
    return noun.endswith(("s", "people", "men", "children", "police", "staff")) and not noun.endswith("ss")


_ROYAL = re_programs.compile(r"\bthe (?:Pope|Pontiff|King|Queen|Emperor|Empress|Prince|Princess|Duke|Duchess|Sultan|Emir|Dalai Lama)\b")


def _names_other_people(sentence: str, person_tokens: set, described, until: int = -1,
                        person_nouns=frozenset(_PERSON_NOUNS)) -> bool:
    """Whether the sentence may name someone other than the person: a noun for a person outside
    the words that describe the person (``described``; before ``until`` when it is given, or a
    singular one anywhere), or a capitalised run anywhere that is neither the person's name,
    nor a calendar word or nationality, nor a body, nor a place after a preposition."""
    for m in _WORD.finditer(sentence):
        if _inside(m.start(), described):
            continue
        word = m.group()
        if word[:1].islower() and (word in person_nouns or len(word) > 4 and word.endswith(_PERSON_ENDINGS)):
            # after the pronoun only a singular noun could be its referent (cataphora);
            # "she employs 20 workers" names no rival
            if until < 0 or m.start() < until or not _plural(word):
                return True
    if _ROYAL.search(sentence):
        return True  # "Ms Ng interviewed the Pope. He spoke ..."
    for m in _CAPS_RUN.finditer(sentence):
        words = [w for w in m.group().split() if w[:1].isupper()]
        in_description = _inside(m.start(), described)
        if all(w in person_tokens or w in _NOT_NAMES or w in _TITLES
               or (in_description and w.lower() in _NOUN_GENDER) for w in words):
            continue
        if words[-1] in _BODY_HEADS:
            continue
        if _PLACE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        if m.group().isupper():
            continue
        return True
    return False


# A sentence ends at a mark and white space before a capital, a digit or an opening quote, or
# at a line break. pysbd (``Document.sentences``) is exact but costs more than every other rule
# of a check together; this rule needs only the sentences around a title, and a wrong cut
# after an abbreviation makes it judge fewer pairs, never more people.
# Written as alternatives that each open on one literal character (the stop, the question and
# exclamation marks; a space or tab before a line break; a line break) so that ``re`` looks for
# those characters first instead of trying the pattern at every position: the same matches as
# ``[.!?][\"”’)]*[ \t]+(?=[\"“‘(]?[A-Z0-9])|[ \t]*(?:\r?\n)+[ \t]*`` (tests/test_sentence_scans.py),
# a quarter of its time.
_END_TAIL = r"[\"”’)]*[ \t]+(?=[\"“‘(]?[A-Z0-9])"
_END = re_programs.compile(r"\." + _END_TAIL + r"|!" + _END_TAIL + r"|\?" + _END_TAIL +
                           r"| [ \t]*(?:\r?\n)+[ \t]*|\t[ \t]*(?:\r?\n)+[ \t]*|\r\n(?:\r?\n)*[ \t]*|\n(?:\r?\n)*[ \t]*")
_ABBREVIATION = re_programs.compile(r"(?:\b(?:Mr|Mrs|Ms|Mme|Dr|Prof|St|No|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jr|Sr|Inc|Co|"
                                    r"Corp|Ltd|vs|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|"
                                    r"\b(?:[A-Za-z]\.)+[A-Za-z])\.$")


def _sentences(text: str) -> List[Tuple[int, int]]:
    out, start = [], 0
    for m in _END.finditer(text):
        if text[m.start()] == "." and _ABBREVIATION.search(text, max(0, m.start() - 8), m.start() + 1):
            continue
        end = m.start() + len(m.group().rstrip()) if not m.group().strip() == "" else m.start()
        if end > start:
            out.append((start, end))
        start = m.end()
    if start < len(text.rstrip()):
        out.append((start, len(text.rstrip())))
    return out


SENTENCES = "pronoun-gender-sentences"  # the ``Document.cache`` key of ``doc_sentences``


def doc_sentences(doc) -> Tuple[Tuple[int, int], ...]:
    """``_sentences(doc.text)``, cut once per document (``doc.cache``, freed with the analysis):
    the pronoun rule and the flip rule both read the whole text's sentences, and a 1 MB line of
    the grammar rules' examples was cut twice (about 0.1 s each)."""
    sents = doc.cache.get(SENTENCES)
    if sents is None:
        sents = doc.cache[SENTENCES] = tuple(_sentences(doc.text))
    return sents


# "Xinyue Ma said he planned ...": a person named again later in the story as the subject of a
# verb of saying, with a pronoun right after it (the reported clause's subject or possessive).
# A full name and its verb of saying: "Xinyue Ma said", "Li Hua also told reporters".
_SAYS_NAME = (rf"(?P<name>{_CAP}[ ]{_CAP}(?:[ ]{_CAP})?)[ ](?:also[ ])?(?:said|says|added|adds|noted|explained|recalled"
              rf"|told[ ](?:reporters|the[ ]\w+))")
_SAYS = re_programs.compile(_SAYS_NAME + rf"(?:[ ]that)?[ ](?P<pron>(?P<m>he|his)|(?P<f>she|her))\b")


# A determiner and at most one word after it, before a noun: "the suspect", "her new editor".
_DETERMINED = r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)[ ](?:[a-z-]+[ ])?"


def _rival_before(sentence: str, person_tokens: set, gender: str, nouns) -> bool:
    """Whether the sentence before a judged one names someone the pronoun could refer to: a
    capitalised name other than the person's, or a singular noun for a person after a
    determiner ("a manager", "the suspect") that is not one of the person's own gender ("the
    only woman"); a noun used as a modifier ("several host cities") has no determiner."""
    if _names_other_people(sentence, person_tokens, [], 0, frozenset()):
        return True
    for m in _DET_NOUN.finditer(sentence):
        for noun in (m.group("noun").lower(), (m.group("first") or "").lower()):
            if noun in nouns and _NOUN_GENDER.get(noun) != gender and not _plural(noun):
                return True
    return False


# the noun after a determiner, or the word between them ("The headmaster raised", "her new editor")
_DET_NOUN = re_programs.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)[ ]"
                                r"(?:(?P<first>[a-z-]+)[ ])?(?P<noun>[a-z]+)\b(?![-'’])")


# A person's own sentence giving the gender by pronouns alone (issue 9, thirteenth round): it
# opens on the full name, after at most a description between commas, as the subject of a
# verb ("Tian Xiaoyu, a nurse who drives to work, said the fee would cost her ... if she
# parked"), and its pronouns outside quotation marks all have one gender.
_OPENS_ON_NAME = re_programs.compile(rf"(?P<name>{_CAP}[ ]{_CAP}(?:[ ]{_CAP})?)(?P<desc>,[ ][^,;:.!?\"“”]{{1,120}},)?[ ](?=[a-z])")
# A capitalised word before a number names a thing, not a person: "Line 3", "Terminal 2".
_NUMBERED = re_programs.compile(r"\b[A-Z][a-z]+[ ]\d+\b")
# How many sentences before the judged one may name someone the pronoun could mean: the
# pronoun right after "<name> said" is that person unless someone else was named just before.
_RIVAL_WINDOW = 2


def _without_common_opener(sentence: str, nouns) -> str:
    """``sentence`` with a plural noun for people that opens it blanked ("Officials said",
    "Experts say": no name, and no referent of "he" or "she"; offsets unchanged)."""
    m = re.match(r"[ ]*([A-Z][a-z]+)\b(?![-'’])", sentence)
    if m and m.group(1).lower() in nouns and _plural(m.group(1).lower()):
        return sentence[:m.start(1)] + " " * len(m.group(1)) + sentence[m.end(1):]
    return sentence


def _opening_person(sentence: str):
    """(name match, the sentence with its quotations blanked, the pronouns after the name) of a
    sentence that opens on one person's full name (a common Chinese surname among its words)
    and holds no first-person word outside quotation marks; None otherwise. What
    ``_gender_by_pronouns`` and ``_gender_by_first_pronoun`` read first."""
    m = _OPENS_ON_NAME.match(sentence)
    if m is None or not set(m.group("name").split()) & _SURNAMES \
            or set(m.group("name").split()) & _NOT_IN_A_PERSONS_NAME:
        return None
    plain = _QUOTATION.sub(lambda q: " " * len(q.group()), sentence)
    if _FIRST_PERSON.search(plain):
        return None
    return m, plain, list(_PRONOUN.finditer(plain, m.end()))


def _gender_by_pronouns(sentence: str, nouns):
    """(gender, name span, described spans) of a sentence that opens on one person's full name
    (a common Chinese surname among its words) and calls that person by pronouns of one gender
    only, outside quotation marks, naming nobody else; None otherwise."""
    opened = _opening_person(sentence)
    if opened is None:
        return None
    m, plain, pronouns = opened
    genders = {("m" if p.group("m") else "f") for p in pronouns}
    if len(genders) != 1:
        return None
    described = [m.span("name")] + ([m.span("desc")] if m.group("desc") else [])
    if _names_other_people(plain, set(m.group("name").split()), described, person_nouns=nouns):
        return None
    return (MALE if genders == {"m"} else FEMALE), m.span("name"), described


def _named_again(text: str, sents, nouns):
    """Findings for a person whose gender the story has given by a title or a gendered noun
    ("Ma Xinyue, 20, the only woman on the team") and who is named again, in either order of
    the name, as the subject of "said" with a pronoun of the other gender after it ("Xinyue
    Ma said he planned to stay"). The later sentence, the one before it and every one since
    the sentence that gave the gender must name nobody
    else (no other name, no noun for a person, no first-person word), so the pronoun has no
    other referent; a name the story gives both genders is never judged. The gender may also
    come from the person's own sentence, one that opens on the full name as its subject and
    calls the person by pronouns of one gender ("Tian Xiaoyu, a nurse, said the fee would
    cost her ... if she parked" before "Xiaoyu Tian added that he might switch"). Where a
    title or a gendered noun gave the gender, only the ``_RIVAL_WINDOW`` sentences before the
    judged one must name nobody else ("Ma Xinyue, 20, the only woman on the team" many
    paragraphs above "Xinyue Ma said he planned"), since the pronoun right after a full name
    and "said" means that person unless someone else was named just before (issue 9,
    thirteenth round)."""
    if not _SAYS.search(text) and not _SPEAKER.search(text):
        return
    known, where = {}, {}  # the person's words -> gender, and the last sentence giving it
    by_pronouns = set()  # the people whose gender only their own pronouns gave
    patterns = _person_patterns(text)
    for j, (s0, s1) in enumerate(sents):
        sentence = text[s0:s1]
        if any(p.search(sentence) for p in patterns):
            person = _gender_of_person(sentence, patterns)
            if person is None:
                continue
            gender, (a, b), _ = person
            words = frozenset(text[s0 + a:s0 + b].split())
            if len(words) < 2:
                continue
            if words in by_pronouns:
                by_pronouns.discard(words)
                known.pop(words)
            known[words] = gender if known.get(words, gender) == gender else None
            where[words] = j
        elif _PRONOUN.search(sentence):
            # the first sentence that opens on the name gives it; a title or a gendered noun
            # anywhere overrides it, and a later pronoun never does (it may be the one judged)
            person = _gender_by_pronouns(sentence, nouns)
            if person is None:
                continue
            words = frozenset(sentence[person[1][0]:person[1][1]].split())
            if words not in known:
                known[words], where[words] = person[0], j
                by_pronouns.add(words)
    if not known:
        return
    for k, (s0, s1) in enumerate(sents):
        sentence = text[s0:s1]
        for m in _said_with_pronoun(text, sents, k):
            words = frozenset(m.group("name").split())
            gender = known.get(words)
            if gender is None or not m.group(_OTHER[gender][0]):
                continue
            if _FIRST_PERSON.search(sentence) or _has_quote(text, s0 + m.start(), s1):
                continue
            # before a pronoun of the next sentence only a singular noun could be its referent
            # ("said 14 tenants had moved in. He said ..." names no rival)
            until = 0 if isinstance(m, _NextSpeaker) else m.start("pron")
            if _names_other_people(_NUMBERED.sub(lambda n: " " * len(n.group()), sentence), set(words),
                                   [m.span("name")], until, nouns):
                continue
            # anyone named between the sentence giving the gender and this one ("Ms Zhou Lan runs
            # a shop. Her husband Li Gang cooks. ... Zhou Lan said he works"), or just before it
            first = min(where[words] + 1, max(k - 1, 0))
            if words not in by_pronouns:
                first = max(first, k - _RIVAL_WINDOW)
            if any(_rival_before(_without_common_opener(text[a:b], nouns), set(words), gender, nouns)
                   for a, b in sents[first:k]):
                continue
            yield Hit(s0 + m.start("pron"), s0 + m.end("pron"), None,
                      {"name": m.group("name"), "gender": gender})


class _NextSpeaker:
    """A ``_SAYS`` match made of a sentence that opens on a full name and its verb of saying,
    with no pronoun of its own, and the pronoun that opens the next sentence as its speaker
    ("Xiaoyan Ma said 14 tenants had moved in. He said the park would ..."): that pronoun is
    the named person unless someone else is named in between. Offsets are the first
    sentence's, the pronoun's past its end; ``group`` and ``span`` answer as a match does."""

    def __init__(self, said, pron, offset):
        self._said, self._pron, self._offset = said, pron, offset

    def group(self, name):
        if name == "name":
            return self._said.group("name")
        if name == "pron":
            return self._pron.group("pron")
        if name in ("m", "f"):
            return self._pron.group("pron") if self._pron.group("pron").lower()[0] == ("h" if name == "m" else "s") \
                else None
        raise IndexError(name)

    def span(self, name):
        if name == "name":
            return self._said.span("name")
        return self._pron.start("pron") + self._offset, self._pron.end("pron") + self._offset

    def start(self, name=0):
        return self._said.start() if name == 0 else self.span(name)[0]

    def end(self, name=0):
        return self.span("pron")[1] if name == 0 else self.span(name)[1]


_SAYS_OPEN = re_programs.compile(_SAYS_NAME + r"\b")


def _said_with_pronoun(text: str, sents, k: int):
    """The ``_SAYS`` matches of sentence ``k``, and a ``_NextSpeaker`` when the sentence opens
    on a name and its verb of saying with no pronoun, and the next sentence opens on "He said"
    or "She added" (issue 9, fifteenth round: "Xiaomin Long said most of the money ... He added
    that ...", the name written in the other order from the one that gave the gender)."""
    s0, s1 = sents[k]
    sentence = text[s0:s1]
    found = list(_SAYS.finditer(sentence))
    if found or k + 1 >= len(sents):
        return found
    opening = _SAYS_OPEN.match(sentence)
    if opening is None or _PRONOUN.search(sentence):
        return found
    n0, n1 = sents[k + 1]
    speaker = _SPEAKER.match(text[n0:n1])
    if speaker is None:
        return found
    return [_NextSpeaker(opening, speaker, n0 - s0)]


# How many sentences after the naming one may keep the person in focus before the one judged:
# each must name nobody else and either call the person by the pronoun of the title's gender
# ("Mr Deng grows grapes. He sells them in Urumqi. She said ...") or by their name.
_CARRY = 2


@register("pronoun_gender", {
    "person_nouns": Key((list,), [], "more nouns for a person: one in either sentence means someone "
                                     "else may be the pronoun's referent, and the pair is not judged"),
}, fields=("name", "gender"))
def prepare(p):
    extra = []
    for noun in p["person_nouns"]:
        if not isinstance(noun, str) or not noun.strip() or " " in noun.strip():
            raise ParamError("person_nouns", f"expected single words, got {noun!r}")
        extra.append(noun.strip().lower())
    return {"person_nouns": frozenset(_PERSON_NOUNS | _MORE_PERSON_NOUNS | set(extra))}


@prepare.detector
def detect(doc, state):
    text = doc.text
    if not _has_pronoun(doc):
        return
    sents = doc_sentences(doc)
    nouns = state["person_nouns"]
    seen = set()
    patterns = _person_patterns(text)
    for i in range(len(sents) - 1):
        s0, s1 = sents[i]
        naming = text[s0:s1]
        person = _gender_of_person(naming, patterns)
        if person is None:
            continue
        gender, (a, b), described = person
        if _has_quote(text, s0, s1) or _FIRST_PERSON.search(naming):
            continue
        tokens = set(naming[a:b].split())
        # pronouns of the naming sentence must agree with the title (else it is not one person)
        if any(m.group(_OTHER[gender][0]) for m in _PRONOUN.finditer(naming)):
            continue
        if _names_other_people(naming, tokens, described, person_nouns=nouns):
            continue
        for n0, n1 in sents[i + 1:i + 2 + _CARRY]:
            nxt = text[n0:n1]
            if _has_quote(text, n0, n1) or _FIRST_PERSON.search(nxt):
                break
            pronouns = list(_PRONOUN.finditer(nxt))
            if _names_other_people(nxt, tokens, [], pronouns[0].start() if pronouns else -1, nouns):
                break
            if not pronouns:
                if tokens & set(_WORD.findall(nxt)):
                    continue  # named again: still in focus
                break
            if any(m.group(_OTHER[gender][0]) for m in pronouns):
                if not any(m.group(gender[0]) for m in pronouns):
                    m = pronouns[0]
                    seen.add(n0 + m.start())
                    yield Hit(n0 + m.start(), n0 + m.end(), None,
                              {"name": naming[a:b], "gender": gender})
                break  # judged, or a pronoun of each gender: two referents
            # every pronoun has the person's gender: still in focus
    for hit in _named_again(text, sents, nouns):
        if hit[0] not in seen:
            seen.add(hit[0])
            yield hit
    for hit in _surname_again(text, sents, nouns):
        if hit[0] not in seen:
            seen.add(hit[0])
            yield hit


# ---------------------------------------------------------------------------------------------
# A person named again by the surname alone, paragraphs after the story gave the gender
# (issue 9, eighteenth round): "Chief designer Zhou Yanqiu said ... \"Our task is ...,\" she
# said." ... "Zhou said data would be shared, and that his team had begun ..."; "Chen Wanru,
# chief physician, said each paste is made for his or her constitution. \"...,\" she said." ...
# "Chen gave three reminders: ... He added that ...".

# A quotation that opens its sentence and its speaker's pronoun after it: '"Our task is ...," she said.'
_QUOTE_SPEAKER = re_programs.compile(r"[\"“][^\"“”\n]{2,}[\"”],?[ ](?P<pron>(?P<m>he)|(?P<f>she))[ ](?:also[ ])?"
                                     r"(?:said|says|added|adds|told|explained|noted|stressed|recalled)\b")
# A person's name and a verb of saying after it, at most a description between commas: the
# speaker whose quotation the next sentence gives.
_NAME_SAYS = re_programs.compile(rf"(?P<name>{_CAP}[ ]{_CAP}(?:[ ]{_CAP})?)(?P<desc>,[ ][^;:.!?\"“”]{{1,120}}?,)?[ ]"
                                 rf"(?:also[ ])?(?:said|says|told|added|explained|noted|stressed|recalled)\b")
# "his or her", "he or she": anyone at all, no gender
_EITHER = re_programs.compile(r"\b(?:he|she|him|her|his|hers)[ ]*(?:or|/)[ ]*(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
# A sentence that opens on a person's name or surname as its subject: "Zhou said", "Chen gave"
_OPENS_ON_PERSON = re_programs.compile(rf"(?:(?:But|And|Meanwhile|Later|Then),?[ ]|[A-Z][^,;:\"“”]{{2,80}}?,[ ])?(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})"
                                       rf"(?P<desc>,[ ][^;:.!?\"“”]{{1,80}}?,)?[ ](?:also[ ]|further[ ]|then[ ])?(?=[a-z]{{2,}}\b)")
# The subject or possessive of a reported clause: "said his team", "and that he", "adding that she"
_REPORTED_PRONOUN = re_programs.compile(r"\b(?:said|says|added|adds|noted|explained|stressed|recalled|warned|believed|hoped|"
                                        r"admitted|insisted|saying|adding|and)(?:[ ]that)?[ ]"
                                        r"(?P<pron>(?P<m>he|his)|(?P<f>she|her))\b")
# A possessive "'s" and a month's abbreviation name nobody ("China's", "Dec. 21").
_NO_NAME = re_programs.compile(r"(?<=[A-Za-z])['’]s\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.")


def _blank(pattern, text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _person_key(words):
    """(surname, given name) of a run of two or three capitalised words that reads as a Chinese
    person's name in either order ("Zhou Yanqiu", "Yanqiu Zhou"); None when no word or both
    words of a two-word run are common surnames (which is which is unclear), or when a word
    names no person."""
    if len(words) not in (2, 3) or set(words) & _NOT_IN_A_PERSONS_NAME or " ".join(words) in _PLACE_NAMES:
        return None
    if len(words) == 2:
        first, second = (w in _SURNAMES for w in words)
        if first == second:
            return None
        return (words[0], words[1]) if first else (words[1], words[0])
    if words[0] in _SURNAMES:
        return words[0], " ".join(words[1:])
    if words[2] in _SURNAMES:
        return words[2], " ".join(words[:2])
    return None


def _gender_by_first_pronoun(sentence: str, nouns):
    """(gender, name span, described spans) of a sentence that opens on one person's full name
    (after at most a description between commas) as its subject and whose pronouns outside
    quotation marks all have one gender, with no other name or noun for a person between the
    name and the first of them ("Zhou Yiming, secretary-general of the committee, said in his
    speech that consumer protection ..."): the first pronoun after the subject is the subject's.
    None otherwise."""
    opened = _opening_person(sentence)
    if opened is None:
        return None
    m, plain, pronouns = opened
    genders = {("m" if p.group("m") else "f") for p in pronouns}
    if len(genders) != 1 or _BOTH.search(plain):
        return None
    described = [m.span("name")] + ([m.span("desc")] if m.group("desc") else [])
    if _names_other_people(_blank(_NO_NAME, plain[:pronouns[0].start()]), set(m.group("name").split()),
                           described, person_nouns=nouns):
        return None
    return (MALE if genders == {"m"} else FEMALE), m.span("name"), described


def _surname_again(text: str, sents, nouns):
    """Findings for a person the story names in full, whose gender it gives elsewhere (a title
    or a gendered noun, the person's own pronouns in a sentence that opens on the name, or the
    speaker's pronoun after the quotation that follows the sentence in which the person
    speaks), and whom a sentence opens on (after at most a fronted phrase) by the surname alone
    or the full name as its subject, with a pronoun of the other gender in the reported clause
    of that sentence ("Zhou said ..., and that his team"), or opening the next sentence as its
    subject ("Chen gave three reminders ... He added"), or as the speaker of the quotation
    that follows ('Tang said ... "...," he said'). Strict: no other person in the story has
    the surname (a two-word name whose both words are surnames is not read), the story's other
    evidence never gives the person the other gender, the judged sentence (before the
    pronoun) and the one before it name nobody else, and neither holds a first-person word
    outside quotation marks."""
    people, events = _surname_evidence(text, sents, nouns)
    if events:
        yield from _surname_judged(text, sents, nouns, people, events)


def _surname_evidence(text: str, sents, nouns):
    """The evidence pass of _surname_again: who the story names, as surname -> the given names
    read with it (None for a surname inside a body's name or a longer run: unclear), and which
    gender each full-named person is given, as (surname, given name) -> [(sentence index,
    gender)], from a title or gendered noun or the person's own pronouns in a sentence that
    opens on the name, or from the speaker's pronoun after the quotation that follows the
    sentence in which the person speaks. The events are empty when nobody is given a gender."""
    people: Dict[str, set] = {}
    for m in _CAPS_RUN.finditer(text):
        words = m.group().split()
        if len(words) == 1:
            continue
        key = _person_key(words) if len(words) <= 3 else None
        if key is None:
            for w in words:
                if w in _SURNAMES:
                    people.setdefault(w, set()).add(None)  # a body or a longer run: unclear
            continue
        people.setdefault(key[0], set()).add(key[1])
    if not people:
        return people, {}
    events: Dict[Tuple[str, str], List[Tuple[int, str]]] = {}  # person -> (sentence, gender)

    def give(key, gender, j):
        if key is not None:
            events.setdefault(key, []).append((j, gender))

    # "he or she" blanked in each sentence only where the text holds one (its re2 screen asked
    # first where screened): a sentence of ``_sentences`` opens and ends beside white space or
    # the text's ends, so a match in a sentence is one in the text (tests/test_pronoun_scans.py)
    either = bool(_EITHER.findall(text))
    for j, (s0, s1) in enumerate(sents):
        sentence = _blank(_EITHER, text[s0:s1]) if either else text[s0:s1]
        if _PRONOUN.search(sentence):
            person = _gender_of_person(sentence) or _gender_by_first_pronoun(sentence, nouns)
            if person is not None:
                gender, (a, b), _ = person
                give(_person_key(sentence[a:b].split()), gender, j)
        # the speaker of the quotation that opens the next sentence
        if j + 1 < len(sents):
            n0, n1 = sents[j + 1]
            q = _QUOTE_SPEAKER.match(text, n0)  # the quotation may run over several sentences
            if q is not None:
                plain = _blank(_QUOTATION, sentence)
                said = list(_NAME_SAYS.finditer(plain))
                # nobody else named by a capitalised name before the name (a title as "Chief
                # designer" aside)
                if len(said) == 1 and len(_blank(_NO_NAME, plain[:said[0].start()]).split()) <= 3:
                    end = said[0].end("desc") if said[0].group("desc") else said[0].end("name")
                    give(_lone_speaker(plain, said[0], end), MALE if q.group("m") else FEMALE, j + 1)
            sp = _SPEAKER.match(text, n0, n1) if q is None else None
            if sp is not None:
                # the speaker named after a quotation ('"...," said Gao Shuping, head of the
                # division.') is the "She" who goes on speaking in the next sentence ("She said
                # the money ..."; issue 9, nineteenth round)
                plain = _blank(_QUOTATION, sentence)
                said = list(_SAID_NAME.finditer(plain))
                rest = _blank(_QUOTATION, text[n0:n1])
                gender = "m" if sp.group("pron") == "He" else "f"
                if len(said) == 1 and not plain[:said[0].start()].strip(" ,") \
                        and not _FIRST_PERSON.search(rest) and not _BOTH.search(rest) \
                        and all(p.group(gender) for p in _PRONOUN.finditer(rest)) \
                        and not _names_other_people(_blank(_NO_NAME, rest), set(), [], 0, frozenset()):
                    give(_lone_speaker(plain, said[0], said[0].end("name")), MALE if gender == "m" else FEMALE, j + 1)
    return people, events


def _lone_speaker(plain: str, said, end: int):
    """The person key (surname, given name) of the speaker `said` names in `plain` (a sentence
    with its quotations blanked), or None: the sentence must hold no third-person pronoun and no
    first-person word, and name nobody else by a capitalised name after the speaker (from
    `end`, where the name or its description ends). Shared by the two speaker-evidence shapes
    of _surname_evidence: the quotation that opens the next sentence, and the next sentence
    that goes on after a quotation whose speaker is named after it."""
    if _PRONOUN.search(plain) or _FIRST_PERSON.search(plain):
        return None
    key = _person_key(said.group("name").split())
    if key is None or _names_other_people(_blank(_NO_NAME, plain[end:]), set(), [], 0, frozenset()):
        return None
    return key


# A quotation's speaker named after it: '"...," said Gao Shuping, head of the division.'
_SAID_NAME = re_programs.compile(rf"\b(?:said|says|added|explained|noted|stressed)[ ](?P<name>{_CAP}[ ]{_CAP}(?:[ ]{_CAP})?)\b(?![ ]{_CAP})")


def _surname_judged(text: str, sents, nouns, people, events):
    """The judging pass of _surname_again: for each sentence that opens on a person of
    `events` by the surname alone (one given name known for it in `people`) or the full name,
    the pronoun that contradicts the gender the rest of the story gives the person, in the
    sentence's reported clause, as the next sentence's subject, or as the speaker of the
    quotation that follows; nobody else may be named before it."""
    for k, (s0, s1) in enumerate(sents):
        if k == 0:
            continue
        sentence = text[s0:s1]
        m = _OPENS_ON_PERSON.match(sentence)
        if m is None:
            continue
        words = m.group("name").split()
        if len(words) == 1:
            givens = people.get(words[0], set())
            if len(givens) != 1 or None in givens:
                continue
            key = (words[0], next(iter(givens)))
        else:
            key = _person_key(words)
            if key is None or people.get(key[0]) != {key[1]}:
                continue
        if key not in events:
            continue
        plain = _blank(_QUOTATION, sentence)
        if _FIRST_PERSON.search(plain):
            continue
        pronouns = list(_PRONOUN.finditer(plain, m.end()))
        genders = {"m" if p.group("m") else "f" for p in pronouns}
        reported = list(_REPORTED_PRONOUN.finditer(plain, m.end()))
        judged = None
        if len(genders) == 1 and reported:
            # the reported clause: "Zhou said ..., and that his team"
            pron = reported[0]
            other = pron.group("m") and MALE or FEMALE
            start, end, judged, at = s0 + pron.start("pron"), s0 + pron.end("pron"), plain[:pron.start("pron")], k
        elif len(genders) <= 1 and k + 1 < len(sents):
            # the next sentence's subject or the speaker of its quotation
            n0, n1 = sents[k + 1]
            nxt = _NEXT_SUBJECT.match(text, n0, n1) or _QUOTE_SPEAKER.match(text, n0)
            if nxt is None:
                continue
            n1 = max(n1, nxt.end())
            other = nxt.group("m") and MALE or FEMALE
            if genders and genders != {_OTHER[other][0]}:
                continue  # the judged sentence itself calls the person by the pronoun judged
            rest = _blank(_QUOTATION, text[n0:n1])
            if any(p.group(_OTHER[other][0]) for p in _PRONOUN.finditer(rest)) or _FIRST_PERSON.search(rest):
                continue
            start, end, judged, at = nxt.start("pron"), nxt.end("pron"), plain, k + 1
            if text[nxt.start()] in "\"“":
                # the speaker of a quotation after "<name> said ..." is that person: only another
                # person's name could take it ("Yuwen Tang said Xichen would not ..." names a firm)
                judged = _CAPS_RUN.sub(lambda c: c.group() if set(c.group().split()) & (_SURNAMES | set(_TITLES))
                                       else " " * len(c.group()), judged)
        if judged is None:
            continue
        given = {g for j, g in events[key] if j != at}
        if given != {_OTHER[other]}:
            continue
        gender = _OTHER[other]
        described = [m.span("name")] + ([m.span("desc")] if m.group("desc") else [])
        tokens = set(words) | {key[0]} | set(key[1].split())
        # only a singular noun could be the pronoun's referent ("shared with researchers abroad,
        # and that his team" names no rival)
        if at == k and _names_other_people(_blank(_NO_NAME, judged), tokens, described, 0, nouns):
            continue
        if at > k:
            # the whole sentence before the next one's pronoun: a name, or a singular noun for
            # a person after a determiner ("the nurse"; "consumer protection" is a modifier)
            for a, b in described[1:]:
                judged = judged[:a] + " " * (b - a) + judged[b:]
            if _rival_before(_blank(_NO_NAME, judged), tokens, gender, nouns):
                continue
        p0, p1 = sents[k - 1]
        if _rival_before(_blank(_NO_NAME, _without_common_opener(_blank(_QUOTATION, text[p0:p1]), nouns)),
                         tokens, gender, nouns):
            continue
        yield Hit(start, end, None, {"name": m.group("name"), "gender": gender})


# The subject that opens a sentence: "He added that ...", "She now works as ..."
_NEXT_SUBJECT = re_programs.compile(r"(?P<pron>(?P<m>He)|(?P<f>She))[ ](?=[a-z]{2,}\b)")


# "Han Lei said ... He added that ... She said ...": one speaker, two pronouns.
_SPEAKER = re_programs.compile(r"(?P<pron>He|She)[ ](?:also[ ])?(?:said|says|added|adds|noted|explained|stressed|told|pointed[ ]out|warned|urged|emphasi[sz]ed)\b")


def _one_named_person(sentence: str, nouns) -> Optional[Tuple[int, int]]:
    """The span of the one person's name (two or three capitalised words, one a common
    Chinese surname) in a sentence that names nobody else: no other capitalised run that is a
    name, and no singular noun for a person but one in apposition to the name ("the bureau's
    deputy director, Han Lei," and "Han Lei, a deputy director," describe the same person)."""
    found = None
    for m in screen.unscreened(_CAPS_RUN).finditer(sentence):  # it matches in most sentences: no screen first
        words = m.group().split()
        if all(w in _NOT_NAMES or w in _TITLES for w in words) or words[-1] in _BODY_HEADS:
            continue
        if _PLACE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()) or m.group().isupper():
            continue
        if found is not None or not 2 <= len(words) <= 3 or not set(words) & _SURNAMES:
            return None
        found = m.span()
    if found is None:
        return None
    for m in _WORD.finditer(sentence):
        word = m.group()
        if word[:1].islower() and word in nouns and not _plural(word):
            before = sentence[m.end():found[0]] if m.end() <= found[0] else None
            after = sentence[found[1]:m.start()] if m.start() >= found[1] else None
            if not (before is not None and _APPOSITION_BEFORE.fullmatch(before)
                    or after is not None and _APPOSITION_AFTER.fullmatch(after)):
                return None
    return found


# "deputy director, Han Lei," / "Han Lei, a deputy director": the noun stands in apposition
_APPOSITION_BEFORE = re_programs.compile(r",?[ ]")
_APPOSITION_AFTER = re_programs.compile(r",[ ](?:\d+,[ ])?(?:(?:a|an|the)[ ])?(?:[\w'’-]+[ ]){0,4}")


@register("pronoun_flip", {
    "person_nouns": Key((list,), [], "more nouns for a person: one in the naming sentence that is not in "
                                     "apposition to the name, or one in either of the two sentences, "
                                     "means someone else may be a pronoun's referent"),
}, fields=("name",))
def prepare_flip(p):
    return prepare(p)


@prepare_flip.detector
def detect_flip(doc, state):
    """Two sentences in a row that open on a pronoun and a verb of saying ("He added ...",
    "She said ..."), of the two genders, after a sentence that names one person and nobody
    else; neither of the two names anybody, holds a quotation or a first-person word, or a
    pronoun of the other gender. The span runs from the first pronoun to the second: only the
    source says which is wrong."""
    text = doc.text
    if not _SPEAKER.search(text):
        return
    sents = doc_sentences(doc)
    for k in range(1, len(sents) - 1):
        (a0, a1), (b0, b1), (c0, c1) = sents[k - 1], sents[k], sents[k + 1]
        mb, mc = _SPEAKER.match(text, b0, b1), _SPEAKER.match(text, c0, c1)
        if not mb or not mc or mb.group("pron") == mc.group("pron"):
            continue
        # the naming sentence may quote its speaker: the quotation is not read
        naming = _blank_quotations(text[a0:a1])  # a sentence never spans a line break
        name = _one_named_person(naming, state["person_nouns"])
        if name is None or _FIRST_PERSON.search(naming):
            continue
        ok = True
        for s0, s1, m in ((b0, b1, mb), (c0, c1, mc)):
            sentence = text[s0:s1]
            if _has_quote(text, s0, s1) or _FIRST_PERSON.search(sentence) \
                    or _names_other_people(sentence, set(), [], 0, state["person_nouns"]):
                ok = False
                break
            gender = "m" if m.group("pron") == "He" else "f"
            if any(not p.group(gender) for p in _PRONOUN.finditer(sentence)):
                ok = False
                break
        if ok:
            yield Hit(b0, c0 + len(mc.group("pron")), None, {"name": text[a0 + name[0]:a0 + name[1]]})


# ---------------------------------------------------------------------------------------------
# ``pronoun_mixed``: one person in focus, called "he" and "she" within a few sentences.

# A quotation on one line: its words belong to the speaker and are not read (the pronouns and
# first-person words inside it refer to other people, or to the speaker as "I").
_QUOTATION = re_programs.compile(r'"[^"\n]*"|“[^”\n]*”')
# A lone surname opening a sentence as its subject: "Chen, who grew up in Dali, ...", "Chen said".
_LONE_SURNAME = re_programs.compile(rf"(?P<name>{_CAP})(?=,[ ]|[ ](?:said|says|added|told|recalled|explained)\b)")
# Words that open a sentence and a place after them: "In Yangbi county, ..."
_PLACE_OPENERS = frozenset("In At Near From Across Around Outside Inside Throughout Along".split())
_RELATIVES = frozenset(("who", "whom", "whose"))
# Nouns for a group, which "he" or "she" cannot refer to ("her team", "his family").
_GROUPS = frozenset(("team", "couple", "family", "crew", "staff", "band", "squad", "jury", "panel", "council",
                     "committee", "board", "club", "company", "firm", "group", "household", "class",
                     "everyone", "everybody", "nobody"))
# More singular nouns for a person (``prepare`` adds them to every type's ``person_nouns``): in a
# stretch with no title or gendered noun, any of them may be the referent of the pronoun of the
# other gender ("her editor ... He").
_MORE_PERSON_NOUNS = frozenset((
    "editor stranger publisher presenter commentator critic reviewer follower viewer reader spectator "
    "bystander witness survivor citizen voter taxpayer investor shareholder creditor debtor borrower lender "
    "executive supervisor foreman coworker co-worker intern recruit cadet veteran hero heroine idol celebrity "
    "legend rookie novice diplomat ambassador envoy senator lawmaker legislator delegate aide ally enemy foe "
    "acquaintance cook baker butcher tailor barber carpenter herder herdsman shepherd miner labourer laborer "
    "porter courier postman gardener cleaner janitor housekeeper maid nanny babysitter caregiver carer medic "
    "paramedic counsellor counselor inmate prisoner convict fugitive thief robber burglar killer murderer "
    "attacker gunman assailant kidnapper smuggler fraudster scammer hacker spy informant whistleblower "
    "tipster constable sheriff warden ranger sailor commander colonel sergeant lieutenant admiral rider "
    "traveller traveler pedestrian motorist commuter hiker climber diver swimmer runner athlete sprinter "
    "boxer wrestler golfer striker defender midfielder goalkeeper batsman bowler pitcher quarterback "
    "teammate skipper premier chancellor magistrate juror barrister solicitor claimant petitioner applicant "
    "appellant respondent complainant litigant orphan lover suitor newlywed bachelor godfather godmother "
    "ancestor descendant sibling graduate alumnus freshman scholar academic dean headmaster headmistress "
    "benefactor entrepreneur tycoon magnate billionaire millionaire banker trader accountant auditor "
    "receptionist bureaucrat loser contestant competitor medallist medalist supplier consumer shopper diner "
    "patron supporter protester demonstrator campaigner organiser organizer chairperson producer dancer "
    "composer conductor painter sculptor poet correspondent blogger influencer anchor filmmaker designer "
    "architect programmer developer inventor imam rabbi pope abbot believer pilgrim worshipper stepbrother "
    "stepsister half-brother half-sister godson goddaughter boyfriend girlfriend ex-wife ex-husband "
    # family words and forms of address a story uses for someone it does not name
    "papa mama pa grandad granddad granny gran grandpapa stepdad stepmum stepmom firstborn eldest youngest "
    "sweetheart fiancé fiancée protégé bridegroom bridesmaid groomsman lad lass chap bloke guy gal gent fellow "
    "tot deceased newcomer old-timer runner-up chair chairperson "
    # rulers and religious titles in lower case ("the emperor slept in a different room")
    "emperor empress tsar czar shah sultan emir khan pharaoh monarch sovereign ruler chieftain warlord lord "
    "duke duchess earl baron knight lama guru master mistress disciple prophet hermit shaman sage "
    # trades and roles whose ending does not show a doer
    "cobbler chauffeur masseur masseuse lifeguard caretaker hostess stewardess heiress countess seamstress "
    "servant migrant immigrant emigrant occupant entrant informant attendant participant merchant peasant "
    "inhabitant dependant superintendent regent adolescent hostage captive refugee bandit pirate rebel cleric "
    "matron midwife housewife "
    # people around a person in a story: home, school, work, court and sport ("Her landlord
    # raised the rent. He said ..."); pronoun-gender reads no ending in -er or -or as a doer,
    # so those it needs are listed here too ("deputy" and "assistant" are left out: as
    # modifiers, "the deputy director, Han Lei", they would make the title a second person)
    "landlord landlady landowner tenant lodger roommate flatmate housemate classmate schoolmate cellmate "
    "cousin stepson stepdaughter pupil headteacher vicar bride groom toddler infant teenager "
    "rival opponent challenger champion successor predecessor mentor employer caller "
    "bartender defendant").split())
# Endings of a noun for a person: "the ferryman", "the shopkeeper", "a locksmith", "the filmmaker".
_PERSON_ENDINGS = ("man", "keeper", "wife", "smith", "maker")
# Capitalised abbreviations for a person's post: "the CEO", "her GP", "the MP" (plurals are groups).
_POST_ABBREVIATION = re_programs.compile(_DETERMINED + r"(?:CEO|CFO|COO|CTO|MP|MEP|PM|GP|DJ|MC|VP|GM|MD|QC|KC)\b(?!s)")
# A country or city that English may call "she" ("China had lost her fleet"): the pronoun has a
# referent other than the person.
_COUNTRY_SHE = re_programs.compile(r"\b(?:China|Britain|England|France|Japan|Russia|America|Germany|Italy|Spain|India|"
                                   r"Korea|Scotland|Ireland|Greece|Rome|Venice|Holland)\b(?:[ ][a-z]+){0,3}[ ](?:her|she)\b")
# Both pronouns side by side ("he and she", "his or her"): two people, or anyone at all.
_BOTH = re_programs.compile(r"\b(?:he|she|him|her|his|hers)[ ]*(?:and|or|/)[ ]*(?:he|she|him|her|his|hers)\b", re.IGNORECASE)
# Places whose names read like a Chinese person's (a surname among their words).
_PLACE_NAMES = frozenset(("Hong Kong", "Mong Kok", "Wan Chai", "Sha Tin", "Tai Po", "Kwun Tong", "Yuen Long",
                          "Tuen Mun", "Sai Kung", "Kai Tak", "Lo Wu", "Sham Shui Po", "Ma On Shan",
                          "Tin Shui Wai", "Kowloon Tong", "Tsim Sha Tsui", "Lan Kwai Fong"))
# How many sentences after the naming one the window runs, each naming nobody else.
_FOCUS = 4


# What separates two clauses of a sentence: a mark or a conjunction.
_CLAUSE_BREAK = re_programs.compile(r"[,;:()]|\b(?:and|but|or|because|while|when|after|before|so|although|though|since|until|as|if|"
                                    r"which|who|that|where)\b|[.!?]")


# A speaker's own possessive in the clause they report, after at most a few words: "He said
# her family lost ...", "She said it was his first export order" (issue 9, nineteenth round).
_SAID_OWN = re_programs.compile(r"(?:He|She)[ ](?:also[ ])?(?:said|says|added|adds|noted|explained|recalled)(?:[ ]that)?"
                                r"[ ](?:(?:it|this|that)[ ](?:was|is|had[ ]been|has[ ]been)[ ])?(?:his|her)[ ](?=[a-z])")


def _one_clause(text: str, pronouns) -> bool:
    """Whether two pronouns of the two genders stand next to each other in one clause ("he
    had been unfair to her", "he told her", "she said he"): one person is not both. A
    sentence that opens on the speaker's pronoun and puts a possessive right after the verb
    of saying ("He said her family", "She said it was his first order") is not two people
    by that alone: in a stretch that names one person, the possessive is the speaker's."""
    for (a0, a1, ga), (b0, b1, gb) in zip(pronouns, pronouns[1:]):
        if ga != gb and not _CLAUSE_BREAK.search(text, a1, b0):
            own = _SAID_OWN.match(text, a0)
            if own is None or own.end() != b1 + 1:
                return True
    return False


def _pronouns(sentence: str, offset: int) -> List[Tuple[int, int, str]]:
    """The third-person pronouns of ``sentence`` (which starts at ``offset`` in the text): their
    span in the text and their gender, "m" or "f"."""
    return [(offset + p.start(), offset + p.end(), "m" if p.group("m") else "f") for p in _PRONOUN.finditer(sentence)]


def _quoted_sentences(text: str) -> List[Tuple[int, int]]:
    """The sentences of ``text`` as they stand once its quotations are blanked: a quotation
    never splits a sentence, but one that opens a sentence still ends the sentence before it
    ('... in one night. "We worked ...," said Guo Xiuying ...'; a blanked quotation left no
    capital for the sentence end to see, and the two sentences were read as one)."""
    return _sentences(_QUOTATION.sub(lambda q: '"Q' + " " * (len(q.group()) - 2), text))


def _blank_quotations(text: str) -> str:
    """``text`` with every quotation on one line blanked to spaces (offsets unchanged)."""
    return _QUOTATION.sub(lambda q: " " * len(q.group()), text)


def _common_opener(word: str, nouns) -> bool:
    """Whether a capitalised word opening a sentence is a common word rather than a name:
    a plural noun for people ("Experts", "Inspectors") or a frequent English word ("Please")
    that is not a common Chinese surname."""
    lower = word.lower()
    if lower in nouns and _plural(lower):
        return True
    return word not in _SURNAMES and zipf_cached(lower) >= 4.0


# A singular noun after a determiner with an ending that makes a noun for a person ("the
# astronaut", "a cyclist", "the physician", "the interviewee"), listed or not: it may be someone
# a pronoun refers to.
_DOER = re_programs.compile(_DETERMINED + r"(?P<noun>[a-z]{3,}(?:ist|naut|ician|ographer)|"
                            r"(?:train|employ|interview|nomin|appoint|detain|escap|refug|retir|"
                            r"return|divorc|licens|pay|grant|attend|devot|amput|absent)ee)\b(?![-'’])")


# "the 19-year-old" standing for a person ("beat the 19-year-old in straight sets").
_AGED = re_programs.compile(r"\b\d+-year-old(?=[ ]*(?:[,.;:!?)]|$)|[ ](?:said|says|was|is|has|had|who|won|beat|lost|will|would|can|could|told|added|from|in)\b)")


# A singular noun in -er or -or that ends its noun phrase ("lost to a qualifier.", "the
# interviewer asked"): a noun for a doer when what is left without the ending is an English
# word ("qualify", "interview"); "the former chairman" goes on, and "the water" is no doer.
_AGENT = re_programs.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)[ ](?:[a-z-]+[ ])?(?P<noun>[a-z]{4,}(?:er|or))"
                             r"(?=[ ]*(?:[,.;:!?)]|$)|[ ](?:[a-z]+ed|[a-z]+s|said|was|is|has|had|who|won|beat|lost|will|would|can|"
                             r"could|told|from|in|at|on|of|for|with|to|and|or)\b)")


def _agent_noun(word: str) -> bool:
    """Whether ``word`` (in -er or -or) is a verb or noun with the doer's ending: a word of its
    own once the ending is gone ("driver", "editor", "runner", "qualifier")."""
    stems = {word[:-2], word[:-1]}
    if len(word) > 5 and word[-3] == word[-4]:
        stems.add(word[:-3])  # "runner", "winner"
    if word.endswith("ier"):
        stems.add(word[:-3] + "y")  # "qualifier", "carrier"
    return any(len(stem) >= 3 and zipf_cached(stem) >= 3.3 for stem in stems)


def _someone_else(sentence: str, plain: str, tokens: set, described, nouns) -> bool:
    """Whether the sentence may name someone other than the person whose name is ``tokens``.
    ``sentence`` is read whole for nouns (a speaker's "my wife" brings a wife into the story)
    and ``plain``, the same sentence with its quotations blanked, for names: a singular noun
    for a person or a doer after a determiner outside ``described`` (plurals and nouns for a
    group cannot be a referent of "he" or "she", and "who" leans on a noun already read), a
    royal title, or a capitalised run that is neither the person's name, a calendar word or
    nationality, a body, nor a place after a preposition; a common word that opens the
    sentence ("Experts say", "In Yangbi county") is not a name."""
    for m in _WORD.finditer(sentence):
        word = re.sub(r"['’]s?$", "", m.group())  # "the patient's heart"
        if not word[:1].islower() or _inside(m.start(), described):
            continue
        # "her ex-husband", "her brother-in-law", "his wife-to-be", "the runner-up": a hyphened
        # word with a noun for a person among its parts
        parts = [word] if word in nouns else word.split("-")
        for part in parts:
            if part in nouns and part not in _RELATIVES and part not in _GROUPS and not _plural(part):
                return True
        if len(word) > 4 and word.endswith(_PERSON_ENDINGS) and not _plural(word):
            return True  # "the ferryman", "the shopkeeper"
    if _POST_ABBREVIATION.search(sentence) or _COUNTRY_SHE.search(sentence):
        return True
    if _AGED.search(sentence):
        return True
    for m in _AGENT.finditer(sentence):
        if not _inside(m.start("noun"), described) and _agent_noun(m.group("noun")):
            return True
    for m in _DOER.finditer(sentence):
        if not _inside(m.start("noun"), described):
            return True
    if _ROYAL.search(sentence):
        return True
    lead = len(plain) - len(plain.lstrip())
    for m in _CAPS_RUN.finditer(plain):
        words = m.group().split()
        if m.start() == lead:
            if words[0] in _PLACE_OPENERS and len(words) > 1:
                continue
            if _common_opener(words[0], nouns):
                words = words[1:]
        if all(w in tokens or w in _NOT_NAMES or w in _TITLES for w in words):
            continue
        if words[-1] in _BODY_HEADS or m.group().isupper():
            continue
        before = plain[max(0, m.start() - 12):m.start()]
        if _PLACE_BEFORE.search(before) or (before.endswith("from ") and words[0] not in _SURNAMES):
            continue
        return True
    return False


def _focus_name(sentence: str, plain: str, nouns) -> Optional[Tuple[int, int]]:
    """The span of the one person this sentence names (``_one_named_person``), or of a lone
    common Chinese surname opening it as its subject, when it names nobody else: a noun in
    apposition to the name describes the person ("Li Na, a nurse in Wuhan,", "the bureau's
    deputy director, Han Lei,"), but only the first one ("a lawyer for the defendant" names
    the defendant too)."""
    name = _one_named_person(plain, nouns)
    if name is not None and plain[name[0]:name[1]] in _PLACE_NAMES:
        return None
    if name is None:
        lead = len(plain) - len(plain.lstrip())
        m = _LONE_SURNAME.match(plain, lead)
        if m is None or m.group("name") not in _SURNAMES:
            return None
        name = m.span("name")
    described = [(name[0], name[1])]
    for m in (_APPOSITION_NOUN.match(plain, name[1]), _APPOSITION_NOUN_BEFORE.search(plain, 0, name[0])):
        if m is None:
            continue
        for w in _WORD.finditer(plain, m.start(), m.end()):
            if w.group().lower() in nouns or _DOER.match(plain, max(m.start(), w.start() - 4)):
                described.append((m.start(), w.end()))
                break
    if _someone_else(sentence, plain, set(plain[name[0]:name[1]].split()), described, nouns):
        return None
    return name


# A description after the name: between commas ("Zhou Bin, 52, the village head, said"), or
# closing the sentence when it opens on an article ("said Guo Lan, a 58-year-old farmer."); a
# clause closing the sentence ("Mr Shi, said he met his bride ...") describes nobody.
_APPOSITION_NOUN = re_programs.compile(r",[ ](?:\d+,[ ])?(?:(?:(?:a|an|the)[ ])?[^,;:.!?]{1,60}(?=,)"
                                      r"|(?:a|an|the)[ ][^,;:.!?]{1,60}(?=[.!?]?[ ]*$))")
_APPOSITION_NOUN_BEFORE = re_programs.compile(r"[a-z'’-]+(?:[ ][a-z'’-]+){0,3},?[ ]$")


@register("pronoun_mixed", {
    "person_nouns": Key((list,), [], "more nouns for a person: a singular one in the window that is not in "
                                     "apposition to the name means someone else may be a pronoun's referent"),
}, fields=("name", "other"))
def prepare_mixed(p):
    return prepare(p)


@prepare_mixed.detector
def detect_mixed(doc, state):
    """A sentence that names one person and nobody else, and the sentences after it (up to
    ``_FOCUS``) that name nobody else either, whose third-person pronouns outside quotation
    marks have both genders. The first pronoun of the gender used less often is reported; when
    the two are used equally often, the first pronoun of all is, since only the source says
    which is wrong (the message names the other)."""
    text = doc.text
    if not _has_pronoun(doc):
        return
    nouns = state["person_nouns"]
    plain = _blank_quotations(text)
    # A finding needs pronouns of both genders outside quotations, each one of ``plain``'s: a
    # sentence of ``_quoted_sentences`` opens and ends beside white space in ``plain`` too, so
    # its pronouns are pronouns of ``plain`` at the same places. A document whose unquoted
    # pronouns take one gender (two in three of those with a pronoun, on news) stops here,
    # before its sentences are read (issue 13, speed36b; tests/test_pronoun_gender.py).
    if len({"m" if p.group("m") else "f" for p in _PRONOUN.finditer(plain)}) < 2:
        return
    sents = _quoted_sentences(text)
    reported = set()
    for i, (s0, s1) in enumerate(sents):
        naming = plain[s0:s1]
        if _FIRST_PERSON.search(naming):
            continue  # tested before the costlier _focus_name
        name = _focus_name(text[s0:s1], naming, nouns)
        if name is None:
            continue
        pronouns = _pronouns(naming, s0)
        # a pronoun before the name may refer back to someone named earlier
        if any(p[0] < s0 + name[0] for p in pronouns):
            continue
        tokens = set(naming[name[0]:name[1]].split())
        # the sentence before must name nobody else: in the same paragraph, nobody at all; a
        # heading or caption line just above (no full stop), nobody but the person ("Zhou Bin,
        # village head" above "Xu Na said ... He pushed for it")
        if i > 0:
            b0, b1 = sents[i - 1]
            if "\n" not in plain[b1:s0]:
                if _FIRST_PERSON.search(plain[b0:b1]) or _someone_else(text[b0:b1], plain[b0:b1], set(), [], nouns):
                    continue
            elif not plain[b0:b1].rstrip().endswith((".", "!", "?", '"', "”")) \
                    and _someone_else(text[b0:b1], plain[b0:b1], tokens, [], nouns):
                continue
        last = s1
        read = 0
        for n0, n1 in itertools.islice(sents, i + 1, None):  # no copy of the tail per naming sentence
            if read == _FOCUS:
                break
            nxt = plain[n0:n1]
            if _FIRST_PERSON.search(nxt) or _someone_else(text[n0:n1], nxt, tokens, [], nouns):
                break
            last = n1
            pronouns += _pronouns(nxt, n0)
            if nxt.strip():
                read += 1  # a sentence that is all quotation is not counted: it goes with its speaker's
        if _BOTH.search(plain, s0, last) or _one_clause(plain, pronouns):
            continue  # "he and she", "he had been unfair to her": two people
        male = [p for p in pronouns if p[2] == "m"]
        female = [p for p in pronouns if p[2] == "f"]
        if not male or not female:
            continue
        if len(male) != len(female):
            flagged = (male if len(male) < len(female) else female)[0]
            other = (female if len(male) < len(female) else male)[0]
        else:
            flagged = pronouns[0]
            other = next(p for p in pronouns if p[2] != flagged[2])
        if flagged[0] in reported:
            continue
        reported.add(flagged[0])
        yield Hit(flagged[0], flagged[1], None,
                  {"name": naming[name[0]:name[1]], "other": text[other[0]:other[1]]})


# ---------------------------------------------------------------------------------------------
# ``pronoun_speaker``: the pronouns that can only mean the person a paragraph opens on (issue 9,
# eleventh round).

_SPEECH = r"(?:said|says|added|adds|noted|explained|recalled|recalls|told|asked|admitted|insisted|continued)"
# The speaker of a quotation: '"...," she said', '"...," he added'.
_TAG_AFTER_QUOTE = re_programs.compile(rf"[,.!?][\"”][ ]+(?:(?P<m>he)|(?P<f>she))[ ](?:also[ ]|then[ ])?{_SPEECH}\b")
# The subject or possessive of a reported clause right after the verb: "said her family ...".
_SAID_PRONOUN = re_programs.compile(rf"\b{_SPEECH}(?:[ ]that)?[ ](?:(?P<m>he|his)|(?P<f>she|her))\b")
# A sentence that opens on the pronoun as its subject: "He used to commute ...".
_OPENING_PRONOUN = re_programs.compile(r"[ ]*(?:(?P<m>He)|(?P<f>She))[ ](?:also[ ]|now[ ]|still[ ])?[a-z]")
# A paragraph that opens on a person's name, after a capitalised word for their trade or none
# ("Villager Lei Xiaoping of Dongkeng Town said", "Wu Siqi, a 26-year-old engineer, ...").
_OPENING_NAME = re_programs.compile(rf"[ ]*(?:(?P<role>[A-Z][a-z]+)[ ])?(?P<name>{_CAP}[ ]{_CAP})"
                                    rf"(?P<of>[ ]of[ ]{_CAP}(?:[ ]{_CAP}){{0,3}})?(?=,|[ ][a-z])")
# A description between commas after the name, before its verb: ", a 46-year-old father of two
# who has kept goal for Zhongbao Village since the first season,".
_DESCRIPTION = re_programs.compile(r",[ ](?:\d+,[ ])?(?:an?|the)[ ][^;:.!?\"“”]{1,160}?,(?=[ ][a-z])")
# The description's own noun: the words before its first preposition or relative word.
_DESCRIPTION_HEAD = re_programs.compile(r"[ ](?:who|whose|of|at|in|from|for|with|on|and|since)[ ]")
# A possessive or object in a relative clause of the description: "who gave birth to her
# second son", "who runs his own shop".
_WHO_PRONOUN = re_programs.compile(r"\bwho[ ](?:[a-z'’-]+[ ]){1,4}?(?:(?P<m>his|him|himself)|(?P<f>her|herself))\b")


def _gender_of(m) -> str:
    return "m" if m.group("m") else "f"


@register("pronoun_speaker", {
    "person_nouns": Key((list,), [], "more nouns for a person: a singular one outside the description of the "
                                     "paragraph's person means someone else may be the referent"),
}, fields=("name", "other"))
def prepare_speaker(p):
    return prepare(p)


@prepare_speaker.detector
def detect_speaker(doc, state):
    """A paragraph that opens on one person's name (and a description between commas), whose
    pronouns in the places that can only mean that person (the speaker of a quotation, '"...,"
    she said'; the subject opening a sentence, "He used to ..."; the subject or possessive
    right after the person's verb of saying, "said her family") have both genders, or the
    gender other than the description's ("a father of two", "who gave birth to her second
    son"). Sentences are read while they name nobody else."""
    text = doc.text
    if not _has_pronoun(doc):
        return
    nouns = state["person_nouns"]
    plain_text = _blank_quotations(text)
    start = 0
    for line in text.split("\n"):
        p0, start = start, start + len(line) + 1
        m = _OPENING_NAME.match(line)
        if m is None:
            continue
        tokens = m.group("name").split()
        if not set(tokens) & _SURNAMES or set(tokens) & _NOT_IN_A_PERSONS_NAME \
                or m.group("name") in _PLACE_NAMES:
            continue
        role = m.group("role")
        if role and role.lower() not in nouns and not role.lower().endswith(_PERSON_ENDINGS):
            continue  # "Yangbi Chen Hua": not a trade before the name
        plain = plain_text[p0:p0 + len(line)]
        sents = _sentences(plain)
        if not sents or _FIRST_PERSON.search(plain[sents[0][0]:sents[0][1]]):
            continue
        described = m.end()
        anchor = None
        others = False  # a noun for another person in the description: "a nurse who looked after the boy"
        d = _DESCRIPTION.match(line, m.end())
        if d:
            described = d.end()
            head = _DESCRIPTION_HEAD.split(d.group()[2:], 1)[0].rstrip(",").split()
            others = any(w.group() in nouns and not _plural(w.group()) and w.group() not in _GROUPS
                         and w.group() not in _RELATIVES and w.group() != (head[-1] if head else "")
                         for w in _WORD.finditer(d.group()))
            gender = _NOUN_GENDER.get(head[-1]) if head else None
            if gender:
                anchor = "m" if gender == MALE else "f"
            who = {_gender_of(w) for w in _WHO_PRONOUN.finditer(d.group())}
            if len(who) == 1 and anchor in (None, *who):
                anchor = who.pop()
            if any(set(r.group().split()) & _SURNAMES - set(tokens) and r.group().split()[-1] not in _BODY_HEADS
                   for r in _CAPS_RUN.finditer(d.group())):
                continue  # another person's name inside the description ("a friend of Wang Wei")
        s0, s1 = sents[0]
        if _someone_else(line[described:s1], plain[described:s1], set(tokens), [], nouns):
            continue
        found = []  # (offset in the line, end, gender)
        said = None if others else _SAID_PRONOUN.search(plain, described, s1)
        if said and said.start() - described < 40:
            g = _gender_of(said)
            found.append((said.start(g), said.end(g), g))
        last = s1
        for n0, n1 in sents[1:]:
            if _FIRST_PERSON.search(plain[n0:n1]) or _someone_else(line[n0:n1], plain[n0:n1], set(tokens), [], nouns):
                break
            o = None if others else _OPENING_PRONOUN.match(plain, n0, n1)
            if o:
                g = "m" if o.group("m") else "f"
                found.append((o.start(g), o.end(g), g))
            last = n1
        for t in _TAG_AFTER_QUOTE.finditer(line, 0, last):
            if t.start() >= s0:
                g = _gender_of(t)
                found.append((t.start(g), t.end(g), g))
        found.sort()
        if not found or _BOTH.search(plain, 0, last) or _one_clause(plain, _pronouns(plain[:last], 0)):
            continue
        genders = [g for _, _, g in found]
        if anchor is not None:
            flagged = next((f for f in found if f[2] != anchor), None)
            other = "he" if anchor == "m" else "she"
        elif len(set(genders)) == 2:
            minority = min(("m", "f"), key=lambda g: (genders.count(g), g != genders[0]))
            flagged = next(f for f in found if f[2] == minority)
            other_pron = next(f for f in found if f[2] != minority)
            other = line[other_pron[0]:other_pron[1]]
        else:
            continue
        if flagged is None:
            continue
        yield Hit(p0 + flagged[0], p0 + flagged[1], None, {"name": m.group("name"), "other": other})

