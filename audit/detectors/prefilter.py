"""Prefilters of regular expressions: the strings a document must contain for a pattern to
match, read from the parsed pattern, and one pass per document that finds which of every
prefilter's strings a document holds, so that each rule's test is set look-ups. Used by the
``pattern`` and ``boilerplate`` detectors: a rule whose strings a document lacks does not
search it; ``consistency`` registers a list of names the same way."""
from __future__ import annotations

import hashlib
import marshal
import warnings
from operator import itemgetter
from typing import Optional

import ahocorasick

from .. import diskcache
from .. import re_programs


# Syntax that the ``regex`` module reads one way and ``re``'s parser another (or not at all but
# silently): fuzzy constraints "(?:colour){e<=1}", POSIX classes "[[:digit:]]" and nested sets
# "[[a-z]--[aeiou]]", also inside a wider set ("[a[:digit:]]"). A prefilter computed by ``re`` from such a pattern could name text that a
# match does not contain, so such patterns get no shortcut.
_REGEX_ONLY = re_programs.compile(r"\{\s*[edisc]\s*(?:[<>=]|\})|\[\[|\[\^\[|--\[|&&\[|\|\|\[|~~\[|\[:\^?[A-Za-z]+:\]")


def _parser():
    """The ``re`` module's parser and its constants (private modules: named ``sre_*`` before
    Python 3.11)."""
    try:
        from re import _constants as const, _parser as parser
    except ImportError:  # pragma: no cover - older Pythons name them sre_*
        import sre_constants as const
        import sre_parse as parser
    return const, parser


_PRODUCT = 64  # the most strings one run of adjacent literal parts expands to


def requirement(pattern: str):
    """A test of the case-folded text that every document with a match passes: every part of
    the pattern that must match adds its own literals (all of them are needed), adjacent
    literal parts are joined ("one (?:city|county)" needs "one city" or "one county", not just
    "one "), and a lookaround's literals are needed too (they lie in the text, if not in the
    match). A node is ("any", strings): one of them occurs; ("all", nodes); ("or", nodes).
    None when nothing is known: the pattern uses syntax only the ``regex`` module reads, or it
    may match without any literal."""
    const, parser = _parser()
    if _REGEX_ONLY.search(pattern):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = parser.parse(_re_readable(pattern))
        node = _simplify(_seq(parsed, const)[1])
    except Exception:  # not a pattern the re parser reads: no shortcut
        return None
    return None if node is not None and _unsafestrings_of(strings_of(node)) else node


# Case-insensitive matching and case folding disagree on a few letters: ``(?i)i`` matches the
# dotted capital I, which folds to "i" + U+0307, ``(?i)I`` matches the dotless i, which folds to
# itself, and U+1DF95 matches the sharp s. Folded text then lacks a string that a match holds. A
# document holding one of these characters is searched without the prefilter (``present``), and
# a pattern whose strings fold to one of them (its "i" could match a plain "i") gets none.
_FOLD_TRAPS_TEXT = ("\u0130", "\u0131", "\U0001df95")


_OTHER_DIGITS = None


def _other_digit(text: str) -> bool:
    """Whether ``text`` holds a decimal digit other than 0-9 (Arabic-Indic, full-width ...):
    prefilters spell ``\\d`` as the ten ASCII digits only. Asked of the ``regex`` module, whose
    Unicode tables decide what ``\\d`` matches."""
    global _OTHER_DIGITS
    if text.isascii():
        return False
    if _OTHER_DIGITS is None:
        from .programs import PROGRAMS

        _OTHER_DIGITS = PROGRAMS.compile(r"[^\D0-9]")
    return _OTHER_DIGITS.search(text) is not None


class _Stored(diskcache.ExitSavedTable):
    """``requirement`` of patterns, kept on disk between runs (``audit.diskcache``: a table
    keyed by this module's source): a rule whose long alternation ``re``'s parser reads at
    every start (``boilerplate``'s six rules: about 0.02 s) looks its requirement up instead."""
    _NAME = "prefilter-requirements"
    _LIMIT = 5000  # patterns kept: a catalog has a few; test runs make many one-off ones

    def _key(self) -> str:
        return diskcache.key_of([diskcache.file_digest(__file__)])

    def get(self, pattern: str):
        kept = self._load().get(pattern)
        if isinstance(kept, tuple) and len(kept) == 1 and (kept[0] is None or _well_formed(kept[0])):
            return kept[0]
        node = requirement(pattern)
        self._store(pattern, (node,))
        return node


def _well_formed(node) -> bool:
    """Whether ``node`` is a requirement as ``requirement`` makes them (a table read back)."""
    if not (isinstance(node, tuple) and len(node) == 2 and isinstance(node[1], tuple)):
        return False
    if node[0] == "any":
        return all(isinstance(s, str) and s for s in node[1])
    return node[0] in ("all", "or") and all(_well_formed(k) for k in node[1])


_STORED = _Stored()


def stored_requirement(pattern: str):
    """``requirement(pattern)``, read back from the cache directory when a run worked it out
    before (``_Stored``)."""
    return _STORED.get(pattern)


def any_of(strings):
    """The requirement that a text hold one of ``strings`` as written (a case-sensitive search
    for them finds nothing otherwise): ("any", their case-folded forms). None when one is empty
    or folds to a string case-insensitive matching and folding disagree on."""
    folded = {s.casefold() for s in strings}
    if not folded or "" in folded or _unsafestrings_of(folded):
        return None
    return _any(folded)


def _unsafestrings_of(strings) -> bool:
    return any("\u0307" in s or "\u0131" in s for s in strings)



def _re_readable(pattern: str) -> str:
    """``pattern`` with two constructs only the ``regex`` module reads made plain, outside
    character classes: a branch reset group ``(?|`` (it numbers groups, it matches as ``(?:``)
    and ``\\K`` (it moves the start of the reported match; the text it consumed before is still
    in the document). What the pattern requires of the text is the same."""
    if "(?|" not in pattern and "\\K" not in pattern:
        return pattern  # neither construct: nothing to change (most patterns, no walk)
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            pair = pattern[i:i + 2]
            if not (pair == "\\K" and not in_class):
                out.append(pair)
            i += 2
            continue
        if in_class:
            if c == "]" and pattern[i - 1] != "[" and pattern[i - 2:i] != "[^":
                in_class = False
        elif c == "[":
            in_class = True
        elif pattern.startswith("(?|", i):
            out.append("(?:")
            i += 3
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _any(strings):
    """("any", strings) with each string that contains another dropped (the shorter one
    occurs whenever the longer does); None when the empty string is among them."""
    strings = set(strings)
    if "" in strings:
        return None
    kept = [s for s in strings if not _holds_another(s, strings)]
    return ("any", tuple(sorted(kept)))


def _holds_another(s: str, strings: set) -> bool:
    """Whether a string of ``strings`` other than ``s`` occurs in ``s``: by looking each shorter
    part of ``s`` up when it has fewer of them than ``strings`` has strings (alternations of
    hundreds of words), else by testing each string."""
    n = len(s)
    if n * (n + 1) // 2 - 1 < len(strings):  # the parts of s shorter than s
        return any(s[i:j] in strings for i in range(n) for j in range(i + 1, n + 1) if j - i < n)
    return any(o != s and o in s for o in strings)


def _seq(items, const):
    """(every string the sequence matches, case-folded, or None when there are too many or
    infinitely many; the requirement node of the sequence)."""
    needs, run, whole = [], {""}, True
    # A run's parts ("one " of "one (?:city|county)") are not needed of their own: every string
    # of the run holds one string of each part, so the run's node decides alone. (Each part was
    # once a node too, cheaper to test than the run; since candidates are found by their
    # necessary strings (``_Prefilters.passing``), those nodes only put their strings, "ing " and
    # " the " among them, into the automaton: a fifth of its hits on news text.)

    def close():
        node = _any(run)
        if node is not None:
            needs.append(node)

    for op, av in items:
        strings, node = _item(op, av, const)
        if op is const.ASSERT and av[0] >= 0 and run != {""}:
            # A lookahead's text follows the run's at once ("-(?=\d)" needs "-0" ... "-9").
            ahead = _seq(av[1], const)[0]
            if ahead is not None and ahead != {""} and len(run) * len(ahead) <= _PRODUCT:
                joined = _any(a + b for a in run for b in ahead)
                if joined is not None:
                    needs.append(joined)
        if strings is not None and len(run) * len(strings) <= _PRODUCT:
            run = {a + b for a in run for b in strings}
        else:
            whole = False
            close()
            run = set(strings) if strings is not None else {""}
        if node is not None and (strings is None or strings == {""}):  # not implied by the run
            needs.append(node)
        last = _last_repeat(op, av, const)
        if last is not None and run == {""}:
            # A repeat of one or more: its last round ends just before what follows
            # ("\d{1,2}(?:st|nd)" needs "0st" ... "9nd"). The run is no longer the match's text.
            run, whole = last, False
        if op is const.ASSERT and av[0] < 0 and run == {""}:
            # Nothing consumed yet: the lookbehind's last characters come just before what
            # follows ("(?<=fell )-" needs "fell -"). The run is no longer the match's text.
            tail = _tail(av[1], const)
            if tail != {""}:
                run, whole = tail, False
    close()
    return (frozenset(run) if whole else None), (("all", tuple(needs)) if needs else None)


def _last_repeat(op, av, const) -> Optional[set]:
    """For a repeat of at least one round whose body matches a few strings, those strings (the
    text its last round matched); else None."""
    if op not in (const.MAX_REPEAT, const.MIN_REPEAT, getattr(const, "POSSESSIVE_REPEAT", None)):
        return None
    lo, hi, body = av
    if lo < 1 or lo == hi == 1:
        return None
    strings = _seq(body, const)[0]
    if strings is None or "" in strings or len(strings) > _PRODUCT:
        return None
    return set(strings)


def _tail(items, const) -> set:
    """The strings the longest finite end of the sequence ``items`` matches."""
    tail = {""}
    for op, av in reversed(list(items)):
        strings = _item(op, av, const)[0]
        if strings is None or len(tail) * len(strings) > _PRODUCT:
            break
        tail = {a + b for a in strings for b in tail}
    return tail


def _item(op, av, const):
    """(strings, requirement) of one parsed item, as ``_seq``."""
    if op is const.LITERAL:
        return {chr(av).casefold()}, None
    if op in (const.AT, const.ASSERT_NOT):  # zero-width, nothing required
        return {""}, None
    if op is const.ASSERT:  # zero-width; its text is in the document all the same
        return {""}, _seq(av[1], const)[1]
    if op is const.SUBPATTERN:
        return _seq(av[-1], const)
    if op is const.BRANCH:
        parts = [_seq(branch, const) for branch in av[1]]
        strings = None
        if all(s is not None for s, _ in parts):
            strings = set().union(*(s for s, _ in parts))
            if len(strings) > _PRODUCT:
                strings = None
        if any(n is None for _, n in parts):
            return strings, None
        return strings, ("or", tuple(n for _, n in parts))
    if op is const.IN:
        chars = set()
        for kind, value in av:
            if kind is const.LITERAL:
                chars.add(chr(value))
            elif kind is const.RANGE and value[1] - value[0] < 26:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            elif kind is const.CATEGORY and value is const.CATEGORY_DIGIT:
                # \d: the ten ASCII digits. It matches every decimal digit of Unicode, but a
                # document holding any other one gets no prefilter (``_OTHER_DIGIT``).
                chars.update("0123456789")
            else:  # negated sets, other categories (\w, \s), wide ranges
                return None, None
        return {c.casefold() for c in chars}, None
    if op in (const.MAX_REPEAT, const.MIN_REPEAT, getattr(const, "POSSESSIVE_REPEAT", None)):
        lo, hi, body = av
        strings, node = _seq(body, const)
        if lo == hi == 1:
            return strings, node
        if lo == 0 and hi == 1 and strings is not None:
            return strings | {""}, None
        if lo >= 1:
            return None, (_any(strings) if strings is not None else node)
        return None, None
    return None, None  # any character, classes, back references: nothing known


def _simplify(node):
    """Flatten nested "all" nodes, merge an "or" of plain "any" nodes into one, drop empty
    nodes; None when nothing is required."""
    if node is None or node[0] == "any":
        return node
    kids = [k for k in (_simplify(k) for k in node[1])]
    if node[0] == "or":
        if any(k is None for k in kids):
            return None
        if all(k[0] == "any" for k in kids):
            return _any(s for k in kids for s in k[1])
        return ("or", tuple(kids))
    flat = []
    for k in kids:
        if k is None:
            continue
        flat.extend(k[1] if k[0] == "all" else (k,))
    if not flat:
        return None
    # Cheapest first: one missing part ends the test.
    flat.sort(key=_cost)
    return flat[0] if len(flat) == 1 else ("all", tuple(flat))


def _cost(node):
    return len(node[1]) if node[0] == "any" else sum(_cost(k) for k in node[1])


def _holds(node, folded: str) -> bool:
    """Whether the case-folded text ``folded`` meets the requirement ``node``."""
    return _compile(node)(_Contains(folded))


class _Contains:
    """``in`` over a text, spelt as the set of strings it contains (for ``_compile``'s tests)."""
    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def isdisjoint(self, strings) -> bool:
        for s in strings:
            if s in self.text:
                return False
        return True


def _compile(node):
    """The requirement ``node`` as a test of ``present``, a set of strings: every string of the
    catalog's prefilters that the document's case-folded text contains (``_present``). ("any",
    strings) holds when one of them is present: one C-level set operation."""
    kind, parts = node
    if kind == "any":
        strings = frozenset(parts)
        return lambda present: not present.isdisjoint(strings)
    # The "any" children are tested in place (a set operation each, no call), the others after
    # them: the verdict is the same in any order, and the "any" ones are the cheap ones.
    anys = tuple(frozenset(k[1]) for k in parts if k[0] == "any")
    kids = tuple(_compile(k) for k in parts if k[0] != "any")
    if kind == "all":
        def all_of(present):
            isdisjoint = present.isdisjoint
            for strings in anys:
                if isdisjoint(strings):
                    return False
            for k in kids:
                if not k(present):
                    return False
            return True
        return all_of

    def one_of(present):
        isdisjoint = present.isdisjoint
        for strings in anys:
            if not isdisjoint(strings):
                return True
        for k in kids:
            if k(present):
                return True
        return False
    return one_of


class _Deferred:
    """``_compile(node)``, compiled when first called: the test of a whole requirement, asked
    only where a document's ``passing`` set is out of date (``may_match``)."""
    __slots__ = ("node", "compiled")

    def __init__(self, node):
        self.node, self.compiled = node, None

    def __call__(self, present) -> bool:
        compiled = self.compiled
        if compiled is None:
            compiled = self.compiled = _compile(self.node)
        return compiled(present)


def _fails_on_nothing(node) -> bool:
    """Whether ``_compile(node)`` fails on a text that holds no string at all. Whenever
    ``_necessary(node)`` is a set (not None) it does, by induction on the node: an "any" needs
    one of its strings; an "all" whose necessary set is one part's fails where that part
    fails; an "or" with a necessary set has one for every branch, and each branch fails.
    (``passing`` relies on this; tests check it against the compiled tests.)"""
    return not _compile(node)(frozenset())


def _necessary(node) -> Optional[frozenset]:
    """Strings one of which every text meeting ``node`` holds: an "any" node's own, for "or"
    those of every branch, for "all" those of one part (the one whose shortest string is
    longest: long strings are the rare ones). None when no such set is known (an "all" of
    nothing)."""
    kind, parts = node
    if kind == "any":
        return frozenset(parts)
    kids = [_necessary(k) for k in parts]
    if kind == "all":
        known = [k for k in kids if k]
        return max(known, key=lambda k: (min(map(len, k)), -len(k))) if known else None
    if not kids or any(k is None for k in kids):
        return None
    return frozenset().union(*kids)


def strings_of(node):
    """Every string the requirement ``node`` names."""
    return _strings_and_short(node)[0]


def _strings_and_short(node):
    """(every string ``node`` names, those of them one or two characters long): one walk of
    the node's "any" parts, the short ones picked out only from a part that holds one (most
    hold none), so that the automaton's build need not pick them out of all the catalog's
    some 90,000 strings again (``_Prefilters._build``)."""
    strings, short, todo = set(), set(), [node]
    while todo:
        kind, parts = todo.pop()
        if kind != "any":
            todo.extend(parts)
            continue
        strings.update(parts)
        short.update(s for s in parts if len(s) <= 2)
    return strings, short


# The prefilter of every pattern rule is decided by one pass over each document: an
# Aho-Corasick automaton of every string some prefilter names finds those the case-folded text
# contains, and each rule's test is then set look-ups ("any" node: one set intersection)
# instead of a substring search per string per rule. The automaton holds the strings of every
# prefilter seen in this process (rules of any catalog). Strings that rules bring after it was
# built go to a second, small automaton, rebuilt alone; the two are merged into one when the
# small one reaches an eighth of the large one. Building the large one takes about 15 ms, and
# a process that prepares one-off rules by the thousand (the test suite) would otherwise pay
# it for each. A document's set of present strings is kept in its cache with the generation
# of automata it came from.
class _Prefilters:
    def __init__(self):
        self.strings: set = set()      # every string of every requirement seen
        self.built: set = set()        # ... those in the large automaton
        self.short: set = set()        # ... those of one or two characters (``_build``)
        self.large = None              # the large automaton
        self.automata: tuple = ()      # (large, small) or (large,); () when out of date
        self.generation = None         # a new object whenever the automata change
        self.tests: dict = {}  # id(requires) -> (requires, test)
        self.by_string: dict = {}  # string -> numbers of the branches that need it (``_necessary``)
        self.needed = None         # frozenset(by_string), made again when it grows
        self.always: set = set()   # numbers of branches met by a text holding none of their strings
        self.version = 0           # grows with every test made: ``passing`` sets are out of date
        self.branches: dict = {}   # number -> (key, requirement, test) of a branch (``test``)
        self.numbered = 0          # the numbers given to branches so far
        # Every requirement that brought strings, in the order they came (``_logged``): ``strings``
        # is a function of this log, so its digest names them for the automaton kept on disk,
        # where sorting the some 90,000 strings and joining them to name them cost 0.07 s of
        # every run (``_kept_automaton``); the log costs 0.01 s.
        self.log = hashlib.sha256()

    def test(self, requires):
        """The test of one rule's requirement: ``test(present) -> bool``, False when no match
        is possible. Made once per requirement, whose strings join the automaton."""
        key = id(requires)
        kept = self.tests.get(key)
        if kept is not None and kept[0] is requires:
            return kept[1]
        # The cyclic garbage collector is held off while the test is made: a catalog's tests
        # make some 80,000 sets (``by_string``, the requirement's strings), none of them garbage,
        # and the collections they set off walked everything the process holds (half the time
        # of making the catalog's tests), as ``diskcache`` holds it off while a table is read.
        with diskcache._CollectionsHeld():
            return self._made(key, requires)

    def _made(self, key, requires):
        """``test``'s work: the test of ``requires`` made and kept under ``key``."""
        strings, short = _strings_and_short(requires)
        # The compiled test itself, not one remembered by the strings it reads: ``passing``
        # asks only the few requirements whose necessary strings a text holds, and there the
        # set operations of the test cost a third of an intersection, a hash and a look-up.
        # An "or" is met when one of its branches is: each branch is a candidate of its own,
        # tested only where its own necessary strings are present (``passing``). The catalog's
        # long alternations of sayings are "or"s of dozens of branches, of which a text holds
        # the necessary strings of a few, where the test of the whole tried every branch in turn.
        # The tests themselves are compiled on first use (``_Deferred``, ``passing``): a run
        # asks the branches whose necessary strings its documents hold, a few hundred of the
        # catalog's some 7,000, and compiling them all took 0.1 s of every run's start-up.
        branches = requires[1] if requires[0] == "or" else (requires,)
        test = _Deferred(requires)
        if not strings <= self.strings:
            self.strings |= strings
            self.short |= short
            self.automata = ()
            self.log.update(_logged(requires))
        if len(self.tests) >= 10_000:  # states made and dropped by the thousand (tests): start over
            self.tests.clear()
            self.by_string.clear()
            self.always.clear()
            self.branches.clear()
        self.tests[key] = (requires, test)
        for branch in branches:
            number = self.numbered
            self.numbered += 1
            # [key, requirement, its compiled test once made (``passing``), the branch]
            self.branches[number] = [key, requires, None, branch]
            needed = _necessary(branch)
            # A branch with a set of necessary strings fails on a text holding none of them
            # (``_fails_on_nothing``): only one without such a set can hold on every text.
            if needed is None:
                self.always.add(number)
            else:
                by_string = self.by_string
                for s in needed:
                    numbers = by_string.get(s)
                    if numbers is None:  # (``setdefault`` made an empty set per string, some 76,000 a catalog)
                        by_string[s] = {number}
                    else:
                        numbers.add(number)
                self.needed = None
        self.version += 1
        return test

    def passing(self, doc) -> Optional[frozenset]:
        """The keys (ids) of every requirement made so far (``test``) that ``doc`` meets, worked
        out once per document: only the branches (``test``) one of whose necessary strings
        (``_necessary``) the text holds are tested (a few in ten), found by one set
        intersection and a look-up per string found, instead of a test per rule. None when
        ``present`` is None: no prefilter may turn the document away."""
        present = self.present(doc)
        if present is None:
            return None
        kept = doc.cache.get("pattern-passing")
        if kept is not None and kept[0] is self.generation and kept[1] == self.version:
            return kept[2]
        by_string, tests, branches = self.by_string, self.tests, self.branches
        if self.needed is None:
            self.needed = frozenset(by_string)
        candidates = set(self.always)
        for s in present & self.needed:
            candidates |= by_string[s]
        met = set()
        for number in candidates:
            entry = branches[number]
            key, requires, branch_test = entry[0], entry[1], entry[2]
            # a branch of a requirement that a later one of the same id replaced reads nothing
            if key in met or tests.get(key, _NONE)[0] is not requires:
                continue
            if branch_test is None:
                branch_test = entry[2] = _compile(entry[3])
            if branch_test(present):
                met.add(key)
        met = frozenset(met)
        doc.cache["pattern-passing"] = (self.generation, self.version, met)
        return met

    def may_match(self, doc, requires) -> bool:
        """``test(requires)(present(doc))``, read off the document's ``passing`` set when that
        is up to date (the engine works it out before it calls a gated detector, which asks
        again): a requirement is in it exactly when its test holds, since one whose necessary
        strings the text lacks fails its test (``_necessary``)."""
        present = self.present(doc)
        if present is None:
            return True
        kept = doc.cache.get("pattern-passing")
        if kept is not None and kept[0] is self.generation and kept[1] == self.version:
            key = id(requires)
            made = self.tests.get(key)
            if made is not None and made[0] is requires:
                return key in kept[2]
        return self.test(requires)(present)

    def _build(self):
        # Strings of one or two characters (single letters of a character class: [a-z])
        # would be matched thousands of times per document: they are looked up directly.
        new = self.strings - self.built
        self.chars = frozenset(s for s in self.short if len(s) == 1)
        self.pairs = tuple(sorted(s for s in self.short if len(s) == 2))
        if self.large is None or len(new) * 8 > len(self.built):
            self.built = set(self.strings)
            # the strings named by the log of the requirements that brought them (``log``)
            words = len(self.built) - len(self.chars) - len(self.pairs)
            self.large = _kept_automaton(self.built, (self.log.hexdigest(), words))
            new = set()
        self.automata = (self.large, _automaton(new)) if new else (self.large,)
        self.pair_set = _pair_set(self.pairs)
        self.generation = object()

    def present(self, doc) -> Optional[frozenset]:
        """The prefilter strings that ``doc``'s case-folded text contains; None when the text
        holds a character on which folding and case-insensitive matching disagree
        (``_FOLD_TRAPS_TEXT``) or a decimal digit other than 0-9 (``_other_digit``): then no
        prefilter may turn it away."""
        if not self.automata:
            self._build()
        generation = self.generation
        kept = doc.cache.get("pattern-present")
        if kept is not None and kept[0] is generation:
            return kept[1]
        if any(c in doc.text for c in _FOLD_TRAPS_TEXT) or _other_digit(doc.text):
            doc.cache["pattern-present"] = (generation, None)
            return None
        folded = _folded(doc)
        found = set()
        for automaton in self.automata:
            if len(automaton):
                found.update(map(_second, automaton.iter(folded)))  # C all the way: hundreds of hits a page
        chars = set(folded)
        found.update(self.chars.intersection(chars))
        pairs = _pairs_in(self.pair_set, self.pairs, folded)
        if pairs is None:
            # a two-character string is searched for only when the text holds both its characters
            pairs = [s for s in self.pairs if s[0] in chars and s[1] in chars and s in folded]
        found.update(pairs)
        found = frozenset(found)
        doc.cache["pattern-present"] = (generation, found)
        return found


def _logged(requires) -> bytes:
    """``requires`` as ``_Prefilters.log`` records it: ``marshal`` version 2 (no references to
    objects written before, so equal requirements give equal bytes whatever objects they share;
    the bytes read back as the requirement, so different requirements give different bytes),
    with its length first, so that the log reads back as its requirements one by one."""
    data = marshal.dumps(requires, 2)
    return len(data).to_bytes(8, "little") + data


def _pair_set(pairs):
    """The two-character strings as one re2 ``Set`` of literals (google-re2), which finds those
    a text holds in one compiled pass, instead of a test per string per document; index 0 is
    the empty string, which every text holds: a pass that reports it did not fail. None without
    google-re2 or any pair."""
    if not pairs:
        return None
    try:
        import re2
    except ImportError:
        return None
    options = re2.Options()
    options.literal, options.log_errors = True, False
    found = re2.Set.SearchSet(options)
    try:
        for s in ("",) + tuple(pairs):
            found.Add(s)
        found.Compile()
    except Exception:  # re2 refused them: the test per string
        return None
    return found


def _pairs_in(pair_set, pairs, folded: str):
    """The strings of ``pairs`` that ``folded`` contains, by ``pair_set`` (``_pair_set``); None
    when that cannot tell (no set, a text with no UTF-8 form, a pass that ran out of memory)."""
    if pair_set is None:
        return None
    try:
        hits = pair_set.Match(folded.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate
        return None
    if not hits or 0 not in hits:  # the empty string, index 0, is in every text: re2 gave up
        return None
    return [pairs[i - 1] for i in hits if i]


def _automaton(strings):
    automaton = ahocorasick.Automaton()
    for s in strings:
        if len(s) > 2:
            automaton.add_word(s, s)
    automaton.make_automaton()
    return automaton


def _kept_automaton(strings, logged=None):
    """``_automaton(strings)``, kept on disk between runs: the catalog's prefilters name some
    80,000 strings (its term families), and adding them one by one took 0.24 s of every run;
    the automaton's own state (what ``pickle`` would store: byte chunks, counts and the
    strings, all plain values) reads back in a fifth of that. Keyed by the strings, this module
    and the ``ahocorasick`` extension's bytes (its layout of that state), and stored with a
    sha256 of that key and the state (``_state_digest``): a state whose digest differs (bytes
    changed on disk, or a state of other strings put under the key) is built again, as is one
    the extension refuses or that rebuilds an automaton of another size or kind. (The trie's
    chunks hold padding bytes that a build leaves unset, so a state cannot be compared with a
    new build's; the digest costs some 25 ms of the 23 MB a catalog's state holds.)

    ``logged``: (the hex digest of the log of the requirements whose strings ``strings`` is the
    union of, how many of ``strings`` are longer than two characters), from ``_Prefilters``:
    the key is made of that digest instead of the strings sorted and joined, and the automaton
    is kept under a name of its own."""
    name = "prefilter-automaton"
    if logged is not None:
        name, count, words = "prefilter-automaton-by-requirements", logged[1], None
    else:
        words = sorted(s for s in strings if len(s) > 2)
        count = len(words)
    if not count:  # an empty automaton (its state is empty and its kind another): nothing to keep
        return _automaton(())
    try:
        code = [diskcache.file_digest(__file__), diskcache.file_digest(ahocorasick.__file__)]
        key = diskcache.key_of(code + (["\n".join(words)] if logged is None else ["requirements", logged[0]]))
    except (OSError, TypeError):  # no file to read the code's digest from: built, not kept
        return _automaton(strings)

    def build():
        state = _automaton(sorted(s for s in strings if len(s) > 2) if words is None else words).__reduce__()[1]
        return _state_digest(key, state), state

    def check(data):
        digest, state = data
        if not isinstance(digest, str) or digest != _state_digest(key, state):
            raise ValueError("a stored automaton changed or of other strings")
        automaton = ahocorasick.Automaton(*state)
        if len(automaton) != count or automaton.kind != ahocorasick.AHOCORASICK:
            raise ValueError("a stored automaton of other strings")
        return automaton

    return diskcache.cached(name, key, build, check)


def _state_digest(key: str, state) -> str:
    """The sha256 of ``key`` and an automaton's state (``Automaton.__reduce__()[1]``: its byte
    chunks, its counts and the strings it holds); raises on a state of another shape."""
    chunks, counts, strings = state[0], state[1:-1], state[-1]
    digest = hashlib.sha256(key.encode("ascii"))
    for chunk in chunks:
        digest.update(chunk)
    digest.update(repr(tuple(counts)).encode("ascii"))
    # the same bytes as the strings encoded one by one and joined, in one call (some 90,000 of them)
    digest.update("\0".join(strings).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


PREFILTERS = _Prefilters()


_REGISTERED: dict = {}  # id(state) -> state, for ``gate``
_second = itemgetter(1)
_NONE = (None,)


def register(state) -> None:
    """At load time: the strings of a prepared rule's requirement (``state["requires"]``, if
    any) join the automaton now, not in the middle of a run.

    Registering is also a promise: the detector finds nothing in a document for which
    ``may_match(doc, state)`` is False (it returns at once), so the engine need not call it
    there (``gate``)."""
    if state.get("requires") is not None:
        PREFILTERS.test(state["requires"])
        if len(_REGISTERED) >= 10_000:  # states made and dropped by the thousand (tests)
            # The older half goes, so the catalog loaded last keeps its gates; a state no longer
            # listed is merely called, and turns the document away itself.
            for key in list(_REGISTERED)[:5_000]:
                del _REGISTERED[key]
        _REGISTERED[id(state)] = state


def gate(state):
    """For a state registered with a requirement (``register``: its detector finds nothing
    where ``may_match`` is False), the key of that requirement in ``passing`` sets; else None.
    Callers ask it of every rule before working out any ``passing`` set: it makes the
    requirement's test again if a full table dropped it."""
    if _REGISTERED.get(id(state)) is not state:
        return None
    PREFILTERS.test(state["requires"])
    return id(state["requires"])


def passing(doc) -> Optional[frozenset]:
    """``PREFILTERS.passing``: the keys (``gate``) of the requirements ``doc`` meets, or None
    when every rule must search it."""
    return PREFILTERS.passing(doc)


def may_match(doc, state) -> bool:
    """False when the rule's requirement (``state["requires"]``) rules out any match in
    ``doc``: the detector need not search it. True when there is no requirement, or the
    document's text is one no prefilter may judge (``present``)."""
    requires = state.get("requires")
    if requires is None:
        return True
    return PREFILTERS.may_match(doc, requires)


# Strings of the catalog's prefilters that at least four in five news stories hold, case-folded
# (``benchmarks/prefilter_common.py`` over ``benchmarks/data/clean_large``, 62 stories: 140 of
# them made 43,684 of the automaton's 101,787 hits there). A requirement's part that names one
# passes on nearly every story, and finding their every occurrence was most of the prefilter's
# work per document (``screened``).
COMMON = frozenset((
    ' 20', ' a ', ' about', ' about ', ' and', ' and ', ' are', ' as', ' at', ' at ', ' by', ' by ',
    ' for', ' for ', ' from', ' from ', ' has', ' has ', ' have', ' have ', ' he', ' in', ' in ',
    ' is', ' is ', ' it', ' more', ' of', ' of ', ' of th', ' of the', ' of the ', ' on', ' on ',
    ' said', ' so', ' than', ' that', ' that ', ' the', ' the ', ' to', ' to ', ' we', ' with',
    ' with ', ' year', ', a', ', t', ', w', 'about', 'about ', 'aid', 'all', 'an ', 'and', 'and ',
    'are', 'art', 'as ', 'at ', 'ate', 'but', 'by ', 'com', 'con', 'd the ', 'day', 'ding', 'ding ',
    'e, ', 'ed ', 'een', 'es ', 'est', 'eve', 'f the ', 'for', 'for ', 'from', 'from ', 'han',
    'has', 'has ', 'have', 'have ', 'he ', 'her', 'ies', 'ill', 'in ', 'in the ', 'ing', 'ing ',
    'ion', 'is ', 'it ', 'lin', 'men', 'ment', 'more', 'more ', 'n the ', 'ned', 'ns ', 'of ',
    'of the ', 'on ', 'one', 'ore', 'our', 'out', 'ove', 'over', 'per', 'red', 'rs ', 's and ',
    's, ', 'said', 'said ', 't the ', 't, ', 'ted', 'ted ', 'ter', 'than', 'than ', 'that', 'that ',
    'the', 'the ', 'tion', 'to ', 'ts ', 'ver', 'with', 'with ', 'y, ', 'year',
))


def screened(node):
    """``node`` without its parts that name a string of ``COMMON`` (``without``): a weaker
    requirement, so one that every match still meets, and the same findings, that turns away
    nearly the same documents (those parts pass on nearly every story) and keeps those strings
    out of the automaton: on 320 clean news stories its hits fell from 547,128 to 253,840 and
    the rules let through rose by 1.8% (20,725 to 21,101). ``node`` itself when nothing would
    be left, so a rule never loses its prefilter."""
    kept = without(node, COMMON.__contains__)
    return node if kept is None else kept


def without(node, bad):
    """The requirement ``node`` with every "any" node holding a string for which ``bad`` is
    true dropped: a weaker requirement, so still one that every match meets. None when nothing
    is left (an "or" loses a branch: nothing is known of that branch's documents)."""
    if node is None:
        return None
    if node[0] == "any":
        return None if any(bad(s) for s in node[1]) else node
    kids = [without(k, bad) for k in node[1]]
    if node[0] == "or":
        return None if any(k is None for k in kids) else ("or", tuple(kids))
    kids = [k for k in kids if k is not None]
    if not kids:
        return None
    return kids[0] if len(kids) == 1 else ("all", tuple(kids))


def _folded(doc) -> str:
    folded = doc.cache.get("casefold")
    if folded is None:
        folded = doc.cache["casefold"] = doc.text.casefold()
    return folded
