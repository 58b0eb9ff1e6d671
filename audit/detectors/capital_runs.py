"""The ``capital_run`` detector type (issue 9, fortieth round): ordinary words set in title case in
the middle of a running sentence, in the two places where a noun phrase's end shows that the run is
no name used as a modifier, read behind the catalog's evidence gate (``gated: true``).

Chinese has no letter case; MT engines carry over the capitals of a heading, of the source's
emphasis or of a term they took for a name: "and Parking Fees are calculated to the minute",
"trucks loaded with Boxed Walnut Kernels are lining up", "an abnormal rise in Meltwater Runoff,
and". ``capital_loose``'s ``title_run`` reads such a run only when every word is common (Zipf 4 or
more) and inflected, so a participle or a gerund ("Boxed", "Parking", "Mixed") and a rarer
technical noun ("Cocoons", "Kernels", "Runoff") let the run through. This type reads those words
too, but only where the sentence itself says the run is a common noun phrase in subject place:

- ``subject``: a run ending on a plural, right before an auxiliary or a modal ("Parking Fees are",
  "Boxed Walnut Kernels are"), after "and", "or", "nor", "with" or "plus" (after any other word a
  phrase or a clause opened before the run, and a name is as likely there: "In the capital
  Special Forces were", "which Meridian Books will");
- ``subject_the``: the same after "the" ("the Fresh Cocoons can"), where a plural in title case is
  mostly a band's, a team's, a group's or a region's name ("the Rolling Stones were", "the Home
  Counties are"): every word glossed in lower case by CC-CEDICT, no person's or group's plural,
  no colour opener and no work's or place's head (``_NAME_HEADS``) anywhere in the run.

(A clause-end shape, "rise in Meltwater Runoff,", was measured and left out: with the gate off it
found 112 clean spans, names of firms, journals, people and places made of common words.)

Every word of the run must be an ordinary English word: written in lower case by CC-CEDICT's
glosses, inflected, or derived from a common word (-ing, -ed, -ity, -ness, -ment, -tion, a
compound of two common words), and no word of ``allow`` or ``surnames``. Passed: a run opening on
a place or a word that opens names ("United", "North"), a run with a number word, a run the
document writes again in title case (its name for something), a run beside a capitalised word
or a name's "of" (a longer name), a run after a naming word ("called", "the film") or inside
quotation marks, a headline, and a clause in another language.
"""
from __future__ import annotations

from . import check_choice, Hit, Key, register
from .. import re_programs
from ..zipf import zipf_cached
from .capital_gated import ordinary_word, with_word_sets
from .capitalization import _common_word as glossed_lower, _opens_with_a_place, clause_window, defined_words, \
    headline_or_named, mostly_foreign

_MODES = ("subject", "subject_the")

# Two to four words in title case (a hyphenated word's parts each capitalised: "Fine-Variety"), after
# a lower-case word and a space, then an auxiliary or a mark.
_RUN = re_programs.compile(r"(?<=[A-Za-z] )((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \u00a0]){1,3}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                           r"[ \u00a0]+([a-z]+)\b")
_PREV_WORD = re_programs.compile(r"([\w'’-]+) $")
# Auxiliaries and modals after a plural subject: the run ended the subject's noun phrase.
_SUBJECT_VERBS = frozenset("""are were have had can could will would must should may might need""".split())
# Words before a run that make it a name whatever its words: articles and possessives (a body, a band,
# a team), words that name ("called", "titled"), the verbs of reading, watching, singing and playing
# (a work's title), the verbs of buying, drinking and eating (a product's), and a place's prepositions
# before a run that is no clause's end.
_NOT_BEFORE = frozenset("""the a an this that these those its their his her our my your whose
called named dubbed titled entitled renamed nicknamed known
read reads reading wrote writes written watch watched watching watches saw see sees seen sang sing sings singing
sung play played plays playing perform performed performs starred stars star directed publish published
buy bought buys buying drink drank drinks drinking eat ate eats eating order ordered orders ordering
wear wore wears wearing drive drove drives driving use used uses using said says told""".split())
# Last words of names English writes in title case from common words: a work's, a product's or a
# place's head ("Amazing Grace", "Red Bull", "Microsoft Word", "Silicon Valley").
_NAME_HEADS = frozenset("""grace birthday bull word watch mac box door world life time times story stories house home
heart hearts man men woman women boy boys girl girls child children king queen prince princess lady lord sir dog
cat bird birds lion lions tiger tigers bear bears eagle eagles horse horses wolf wolves star stars sun moon
night day days week weeks morning evening light lights dream dreams love war wars peace game games show
way trail path gate gates well wells hill hills field fields wood woods farm mill bridge market square place
cross church chapel abbey cathedral castle tower towers lane row walk drive end green common heath moor""".split())
# Links inside a name: a run after one and a capitalised word is the name's tail ("Department for
# Culture, Media and Sport").
_LINKS = frozenset("of and for on in at to with from by under over into & de du la von van da".split())
# Words that open a clause whose subject follows: a name is as likely there as a common noun ("which
# Meridian Books will publish").
_CLAUSE_OPENERS = frozenset("""which that who whom whose where when while if because since although though unless
whether once after before until as than so but nor or""".split())
# Words that join the run to what went before as a new subject: "and Parking Fees are", "trucks loaded
# with Boxed Walnut Kernels are" (a lower-case noun before the run ends a phrase and the run may be a
# name in subject place: "In the capital Special Forces were").
_JOINS = frozenset("and or nor with plus".split())
# Plural endings of persons' and groups' nouns, which name teams, bands and movements after "the"
# ("the Blue Jays", "the Young Pioneers", "the Foo Fighters").
_AGENT_ENDS = ("ers", "ors", "ists", "ians", "eers", "ants", "ents", "ays", "ines", "ards")
# Colours and metals that open the names of teams, honours and schemes ("the Blue Jays", "the Red Arrows").
_COLOUR_OPENERS = frozenset("red blue green white black purple silver golden gold bronze yellow orange pink".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve first second third".split())
_RUN_OPENERS = frozenset("""these this those the china chinese hong united great north south east west northern
southern eastern western new old royal national international""".split())
_DERIVED_ENDINGS = ("ity", "ness", "ment", "tion", "sion", "ance", "ence", "ability", "ibility")


def _derived(low) -> bool:
    """Is ``low`` made from a common word: its -ing or -ed form ("parking", "boxed", "mixed"), a noun
    derived by a suffix ("traceability", "guarantee"), or a compound of two common words
    ("meltwater", "runoff")?"""
    for end in ("ing", "ed"):
        if low.endswith(end) and len(low) > len(end) + 2:
            stem = low[:-len(end)]
            if max(zipf_cached(stem), zipf_cached(stem + "e"), zipf_cached(stem[:-1]) if stem[-1:] == stem[-2:-1] else 0) >= 3.5:
                return True
    if low.endswith(_DERIVED_ENDINGS) and zipf_cached(low) >= 2.0:
        return True
    for i in range(3, len(low) - 2):
        if zipf_cached(low[:i]) >= 4.3 and zipf_cached(low[i:]) >= 4.3:
            return True
    return False


def _singulars(low):
    """``low`` and the singulars it may be the plural of ("counties": "county")."""
    forms = [low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s"):
        forms.append(low[:-1])
    return forms


def _glossed(low) -> bool:
    return glossed_lower(low) and zipf_cached(low) >= 2.0 and not low.endswith(("ing", "ed"))


def _plain(low, state) -> bool:
    """Is ``low`` (a word or a hyphenated word's part, lower case) an ordinary English word?"""
    if low in state["allow"] or low in state["surnames"] or low in _NUMBER_WORDS:
        return False
    if zipf_cached(low) < state["min_zipf"] and not _derived(low):
        return False
    return glossed_lower(low) or ordinary_word(low) or _derived(low)


@register("capital_run", {
    "mode": Key((str,), doc="subject | subject_the"),
    "min_zipf": Key((int, float), 2.0, "how common (Zipf scale) each word of the run must be, unless derived"),
    "allow": Key((list,), [], "words English capitalises as names (Monday, Chinese, Christmas)"),
    "surnames": Key((list,), [], "family names that are English words too (Long, Song, Dong)"),
    "institutions": Key((list,), [], "words of a body's, a place's or an event's name (Bureau, Square, Festival): "
                                     "a run with one is a name"),
}, fields=("word",))
def prepare(p):
    check_choice(p, "mode", _MODES)
    return with_word_sets(p)


@prepare.detector
def detect(doc, state):
    text = doc.text
    subject = state["mode"] == "subject"
    headline = {}
    defined = None
    counts = {}
    for m in _RUN.finditer(text):
        run, after = m.group(1), m.group(2)
        if after not in _SUBJECT_VERBS:
            continue
        words = run.split()
        lows = [w.lower() for w in words]
        parts = [part for w in lows for part in w.split("-")]
        if lows[0] in _RUN_OPENERS or lows[0] in _COLOUR_OPENERS or any(f in state["institutions"] for p in parts for f in _singulars(p)):
            continue
        if not (lows[-1].endswith("s") and not lows[-1].endswith("ss")):
            continue  # a singular subject may be a name ("Green Day are"): only a plural's run
        if (parts[-1:] if subject else parts)[-1] in _NAME_HEADS or not subject and any(p in _NAME_HEADS for p in parts):
            continue
        if not all(_plain(p, state) for p in parts):
            continue
        prev = _PREV_WORD.search(text, max(0, m.start(1) - 40), m.start(1))
        if not prev:
            continue
        before = prev.group(1)
        if subject and before not in _JOINS:
            continue  # "In the capital Special Forces were", "Last year Ordinary Shares were": a phrase ended before the run
        if not subject and lows[-1].endswith(_AGENT_ENDS):
            continue  # "the Young Pioneers were", "the Blue Jays were": a group's, a team's or a band's name
        if not subject and (before.lower() != "the" or not all(_glossed(p) for p in parts)):
            continue
        if before in _LINKS:
            head = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
            if head and not head.group(1).islower():
                continue  # "the Three-Year Action Plan for Mulberry Silkworm Industry Revitalization": the name goes on
        if _opens_with_a_place(words[0]):
            continue
        if run not in counts:
            counts[run] = text.count(run)  # once per run: a 1 MB line of one run asks once
        if counts[run] > 1:
            continue  # written so again: the document's name for something
        line_start, line_end = doc.line_at(m.start(1))
        if headline_or_named(doc, headline, m.start(1), line_start, line_end):
            continue
        window = clause_window(text, m.start(1), m.end(1), line_start, line_end)
        if mostly_foreign(window):
            continue
        if defined is None:
            defined = defined_words(text)
        if any(w in defined for w in lows):
            continue
        yield Hit(m.start(1), m.end(1), run.lower(), {"word": run})
