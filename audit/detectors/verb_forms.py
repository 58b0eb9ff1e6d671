"""One table of English irregular verbs: a plain form, its simple past and its past participle
(Quirk et al., 1985, 3.14-3.18, the irregular verbs; Biber et al., 1999, 6.2), read by the
``grammar`` checks (``grammar.py``, ``grammar_heads.py``, ``grammar_phrases.py``) and by
``capital_names.py``.

A form with two spellings lists the one news English uses first ("proven/proved",
"born/borne", "got/gotten"); the views read the first unless ``variants`` asks for all.

A check that was tuned on fewer verbs reads a *filtered view*: it names the plain forms it
reads and takes their forms from this table (``pasts``, ``participles``, ``past_participles``,
``bases``), so each form is spelt once, here, and a plain form missing from the table is an
error at import, not a silent gap. Widening a view to the whole table is a change of behaviour
to measure like any other.
"""
from __future__ import annotations

# plain form, simple past, past participle
_TABLE = """
arise arose arisen
be was/were been
bear bore born/borne
beat beat beaten
become became become
begin began begun
bid bid bid
bind bound bound
bite bit bitten
blow blew blown
break broke broken
bring brought brought
build built built
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
come came come
cost cost cost
cut cut cut
deal dealt dealt
dig dug dug
do did done
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forget forgot forgotten
freeze froze frozen
get got got/gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
know knew known
lay laid laid
lead led led
leave left left
lend lent lent
let let let
lose lost lost
make made made
mean meant meant
meet met met
mistake mistook mistaken
outrun outran outrun
overcome overcame overcome
overtake overtook overtaken
pay paid paid
prove proved proven/proved
put put put
quit quit quit
read read read
rerun reran rerun
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shear sheared shorn/sheared
shoot shot shot
show showed shown/showed
shrink shrank shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
speak spoke spoken
spend spent spent
spin spun spun
spread spread spread
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
strike struck struck
string strung strung
swear swore sworn
sweep swept swept
swim swam swum
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
understand understood understood
undertake undertook undertaken
uphold upheld upheld
wear wore worn
win won won
wind wound wound
withdraw withdrew withdrawn
withstand withstood withstood
write wrote written
"""


def _read(table: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    verbs = {}
    for line in table.strip().splitlines():
        base, past, participle = line.split()
        if base in verbs:
            raise ValueError(f"verb_forms: {base!r} twice")
        verbs[base] = (tuple(past.split("/")), tuple(participle.split("/")))
    return verbs


# plain form -> (simple pasts, past participles), the first spelling first
VERBS = _read(_TABLE)


def _forms(words: str | None) -> list[str]:
    if words is None:
        return list(VERBS)
    chosen = words.split()
    missing = [w for w in chosen if w not in VERBS]
    if missing:
        raise KeyError(f"verb_forms: not in the table: {' '.join(missing)}")
    return chosen


def bases(words: str | None = None) -> set[str]:
    """The plain forms ``words`` names (all the table's when None), each checked against the table."""
    return set(_forms(words))


def pasts(words: str | None = None, variants: bool = False) -> set[str]:
    """The simple pasts of the plain forms ``words`` names (all when None)."""
    return {p for w in _forms(words) for p in (VERBS[w][0] if variants else VERBS[w][0][:1])}


def participles(words: str | None = None, variants: bool = False) -> set[str]:
    """The past participles of the plain forms ``words`` names (all when None)."""
    return {p for w in _forms(words) for p in (VERBS[w][1] if variants else VERBS[w][1][:1])}


def past_participles(words: str | None = None) -> dict[str, str]:
    """Simple past -> past participle, in the order ``words`` names them, for the verbs whose two
    forms differ ("went" -> "gone", "began" -> "begun")."""
    return {VERBS[w][0][0]: VERBS[w][1][0] for w in _forms(words) if VERBS[w][0][0] != VERBS[w][1][0]}


# Verbs English never uses as an adjective after "be" (so "is develop a", "was establish in" and
# "should be strengthen." are slips), as a regular expression's alternation: ``verb-form``'s
# ``_BE_BASE`` (``grammar.py``) and ``be-plain-verb`` (``grammar_phrases.py``) read it.
BE_BASE_VERBS = (
    "accelerate|achieve|adopt|analyse|analyze|announce|approve|arrange|attract|build|carry|choose|collect|"
    "conduct|construct|continue|create|deliver|develop|discover|discuss|encourage|enhance|ensure|"
    "establish|expand|explore|hold|implement|improve|include|invest|investigate|launch|"
    "maintain|organise|organize|prepare|promote|protect|provide|publish|receive|reduce|release|"
    "renovate|require|select|send|solve|strengthen|submit|transform|upgrade|write|"
    "arrest|punish|detain|hire|recruit|train|inspect|repair|restore|demolish|relocate|allocate|"
    "distribute|donate|install|introduce|invite|raise|recognise|recognize|rescue|"
    "save|serve|ship|sign|sell|buy|bring|give|take|make|find|tell|teach|"
    "finish|begin|cancel|suspend|postpone|consider|decide|determine|"
    # round 45b: verbs of joining, never an adjective or a lone noun after "be" ("is connect to
    # the grid", "will be integrate with"); "associate" (a title: "is associate editor"), "link"
    # and "combine" (nouns: "the bottleneck is link capacity", "were combine parts") are left out
    "connect|integrate|relate|equip"
)
