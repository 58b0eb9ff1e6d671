"""The terminology glossary: canonical English names and the wrong renderings MT produces.

``references/glossary.yaml`` holds one entry per term::

    - canonical: State Council Information Office
      zh: 国务院新闻办公室
      kind: body
      variants: [State Council Press Office]                # wrong words (a mistranslation)
      forms: [Information Office of the State Council]      # right words, wrong form
      allowed: []                                           # other correct forms
      strict: true          # also flag any other capitalised arrangement of the same words
      note: ...

``load_glossary(path)`` validates the file (safe YAML only) and raises ``GlossaryError``
naming the file, the entry and the key. ``Glossary.find(text)`` returns the wrong renderings
in a text with exact offsets; it never prints and never reads files.

Matching is case-insensitive on word boundaries and treats any run of whitespace as one
space and a curly apostrophe as a straight one. A wrong rendering that lies inside a correct
one is not flagged: "Ministry of Industry and Information" is a variant, but not inside
"Ministry of Industry and Information Technology".
"""
from __future__ import annotations

import hashlib
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Dict, Iterable, List, NamedTuple, Optional, Tuple

import ahocorasick
from . import yamlio
from .detectors.phrase import squeezed
from . import re_programs

KINDS = ("body", "title", "person", "place", "facility", "programme", "policy", "event",
         "technology", "publication", "term")
ENTRY_KEYS = {"canonical", "zh", "kind", "variants", "forms", "allowed", "strict", "note"}
VARIANT = "variant"   # wrong words: the term was mistranslated
FORM = "form"         # right words, wrong form (order, number, a word too many)
ORDER = "order"       # found by ``strict``: the canonical words rearranged

DEFAULT_PATH = os.path.join("references", "glossary.yaml")

_HAN = re_programs.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WS = re_programs.compile(r"\s+")
_TOKEN = re_programs.compile(r"\w+(?:['’-]\w+)*")
_LINKERS = {"of", "the", "and", "for", "on", "in", "at", "to", "a", "an", "&"}
# A run of name words (capitalised or digits) joined by single spaces, linkers allowed inside.
# The test of the character before the run stands after its first character, so that the search
# skips to capitals and digits (the same runs as ``_PLAIN_NAME_RUN``, which tests it first, at
# every position: tests/test_glossary.py).
_NAME_RUN = re_programs.compile(
    r"[A-Z0-9](?<![\w'’-][A-Z0-9])[\w'’-]*(?:[ \u00a0](?:(?:of|the|and|for|on|in|at|to|a|an|&)[ \u00a0])*[A-Z0-9][\w'’-]*)*")
_PLAIN_NAME_RUN = r"(?<![\w'’-])[A-Z0-9][\w'’-]*(?:[ \u00a0](?:(?:of|the|and|for|on|in|at|to|a|an|&)[ \u00a0])*[A-Z0-9][\w'’-]*)*"


class GlossaryError(Exception):
    """Anything wrong with a glossary file; ``str()`` names the file, the entry and the key."""

    def __init__(self, path: str, message: str, entry: Optional[str] = None, key: Optional[str] = None):
        self.path, self.entry, self.key, self.reason = path, entry, key, message
        where = path
        if entry:
            where += f": entry '{entry}'"
        if key:
            where += f": key '{key}'"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Entry:
    canonical: str
    kind: str
    zh: str = ""
    variants: Tuple[str, ...] = ()
    forms: Tuple[str, ...] = ()
    allowed: Tuple[str, ...] = ()
    strict: bool = False
    note: str = ""

    @property
    def correct(self) -> Tuple[str, ...]:
        return (self.canonical,) + self.allowed


class Match(NamedTuple):
    start: int
    end: int
    entry: Entry
    how: str          # VARIANT, FORM or ORDER
    wrong: str        # the glossary's spelling of the wrong rendering (or the text, for ORDER)


# -- text normalisation ------------------------------------------------------------------

def normalize(text: str) -> str:
    """How a term is compared: lower case, one space for any whitespace, straight apostrophes."""
    return _WS.sub(" ", text.strip()).lower().replace("’", "'")


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def stem(word: str) -> str:
    """A crude singular: 'hospitals' and 'hospital' compare equal (names, not grammar)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def content_words(text: str) -> List[str]:
    """The words of ``text`` without the linkers ("of", "the", "and" ...): "the Ministry of
    Commerce" -> ["Ministry", "Commerce"]."""
    return [w for w in _TOKEN.findall(text) if w.lower() not in _LINKERS]


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


_POSSESSIVE = re_programs.compile(r"(?:['’]s|(?<=s)['’])?\Z")

# -- the glossary ------------------------------------------------------------------------

_RUNS_SIZE = 50_000  # name runs whose arrangements a glossary keeps (``Glossary._runs``)

@dataclass
class Glossary:
    path: str
    entries: List[Entry]
    _automaton: object = field(default=None, repr=False)
    _strict: list = field(default_factory=list, repr=False)
    # ``_reordered``'s arrangements per name run, by the run's text (``_run_arrangements``)
    _runs: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self):
        auto = ahocorasick.Automaton()
        for entry in self.entries:
            for form in entry.correct:
                auto.add_word(normalize(form), (True, entry, "", form))
            for how, items in ((VARIANT, entry.variants), (FORM, entry.forms)):
                for wrong in items:
                    auto.add_word(normalize(wrong), (False, entry, how, wrong))
        auto.make_automaton()
        self._automaton = auto
        self._strict = []
        for entry in self.entries:
            if entry.strict:
                key = Counter(stem(w) for w in content_words(entry.canonical))
                self._strict.append((entry, key, sum(key.values()), {normalize(c) for c in entry.correct}))

    def __len__(self):
        return len(self.entries)

    def find(self, text: str, kinds: Optional[Iterable[str]] = None,
             how: Iterable[str] = (VARIANT, FORM, ORDER), view=None) -> List[Match]:
        """Wrong renderings in ``text``, leftmost-longest, sorted by position. ``view`` is
        ``squeezed(text)`` when the caller has it already."""
        kinds = set(kinds) if kinds else None
        how = set(how)
        low, to_original = view or squeezed(text)
        correct, wrong = [], []
        for end_idx, (is_correct, entry, h, spelled) in self._automaton.iter(low):
            key_len = len(normalize(spelled))
            s, e = end_idx - key_len + 1, end_idx + 1
            if s > 0 and _word(low[s - 1]) and _word(low[s]):
                continue
            if e < len(low) and _word(low[e]) and _word(low[e - 1]):
                continue
            start, end = to_original(s), to_original(e - 1) + 1
            (correct if is_correct else wrong).append((start, end, entry, h, spelled))
        shields = [(s, e) for s, e, *_ in correct]

        def shielded(s, e):
            return any(cs <= s and e <= ce for cs, ce in shields)

        candidates = [(s, e, entry, h, spelled) for s, e, entry, h, spelled in wrong if not shielded(s, e)]
        if ORDER in how and self._strict:
            # an arrangement that runs into a correct form is no name of its own: "the Ministry of
            # Industry and Information Technology and the Ministry of Natural Resources" holds
            # "Industry and Information Technology and the Ministry" across two names
            candidates.extend(c for c in self._reordered(text, shielded)
                              if not any(cs < c[1] and c[0] < ce for cs, ce in shields))
        candidates.sort(key=lambda c: (c[0], -c[1], c[3] == ORDER))
        out, last_end = [], -1
        for s, e, entry, h, spelled in candidates:
            if s < last_end:
                continue
            last_end = e
            if h in how and (kinds is None or entry.kind in kinds):
                out.append(Match(s, e, entry, h, spelled))
        return out

    def _reordered(self, text: str, shielded):
        """Capitalised names whose content words (singular/plural alike) are those of a
        ``strict`` entry but whose form is none of the entry's correct forms."""
        smallest = min(size for _, _, size, _ in self._strict)
        found = []
        runs = self._runs
        for m in _NAME_RUN.finditer(text):
            run = m.group()
            if run.count(" ") + run.count("\u00a0") + 1 < smallest:
                continue
            arranged = runs.get(run)
            if arranged is None:
                if len(runs) >= _RUNS_SIZE:
                    runs.clear()
                arranged = runs[run] = self._run_arrangements(run)
            for s, e, entry in arranged:
                s, e = m.start() + s, m.start() + e
                if shielded(s, e):
                    continue
                found.append((s, e, entry, ORDER, text[s:e]))
        return found

    def _run_arrangements(self, run_text: str) -> list:
        """(start, end, entry) in ``run_text``, a name run, of each arrangement of a ``strict``
        entry's content words that is none of its correct forms: what ``_reordered`` finds in
        the run before it asks whether another finding shields the span. It reads the run's
        text alone, so it is worked out once per distinct run (names come back again and again)."""
        out = []
        run = [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(run_text)]
        while run and run[-1][2].lower() in _LINKERS:
            run.pop()
        content_idx = [i for i, t in enumerate(run) if t[2].lower() not in _LINKERS]
        stems = [stem(run[i][2]) for i in content_idx]
        for entry, key, size, correct in self._strict:
            for a in range(0, len(content_idx) - size + 1):
                if Counter(stems[a:a + size]) != key:
                    continue
                s, e = run[content_idx[a]][0], run[content_idx[a + size - 1]][1]
                e -= len(_POSSESSIVE.search(run_text, s, e).group())   # "...Technology's": the name ends before 's
                if normalize(run_text[s:e]) in correct:
                    continue
                out.append((s, e, entry))
        return out

    @cached_property
    def _correct_patterns(self) -> list:
        """Each entry's canonical form and its correct forms as (needle, compiled pattern),
        compiled on the first comparison, not at load: a pattern per form per call overflows
        ``re``'s cache of compiled patterns with a few hundred entries, and every call compiled
        them all again."""
        return [(entry.canonical, [(normalize(form), re.compile(r"(?<!\w)" + re.escape(normalize(form)) + r"(?!\w)"))
                                   for form in entry.correct])
                for entry in self.entries]

    def judge(self, text: str) -> Dict[str, List[str]]:
        """Which canonical forms and which wrong renderings ``text`` uses (for comparisons).
        A form's pattern is tried only where its text occurs (it matches the form literally)."""
        low, _ = squeezed(text)
        canonical = [name for name, forms in self._correct_patterns
                     if any(needle in low and pattern.search(low) for needle, pattern in forms)]
        return {"canonical": canonical, "wrong": [m.entry.canonical for m in self.find(text)]}

    def prefer(self, a: str, b: str) -> Optional[str]:
        """For two renderings of one passage: ``"a"`` or ``"b"``, the one that uses the glossary's
        canonical forms where the other uses a wrong rendering, or None when neither does."""
        ja, jb = self.judge(a), self.judge(b)
        a_good = len(set(jb["wrong"]) & set(ja["canonical"])) - len(ja["wrong"])
        b_good = len(set(ja["wrong"]) & set(jb["canonical"])) - len(jb["wrong"])
        if a_good > b_good:
            return "a"
        if b_good > a_good:
            return "b"
        return None


# -- loading -----------------------------------------------------------------------------

def _strings(path, name, key, value, allow_empty=True) -> Tuple[str, ...]:
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GlossaryError(path, "must be a list of non-empty strings", name, key)
    if not value and not allow_empty:
        raise GlossaryError(path, "must not be empty", name, key)
    return tuple(_WS.sub(" ", v.strip()) for v in value)


def _entry(path: str, index: int, raw) -> Entry:
    if not isinstance(raw, dict):
        raise GlossaryError(path, f"entries[{index}] must be a mapping")
    canonical = raw.get("canonical")
    if not isinstance(canonical, str) or not canonical.strip():
        raise GlossaryError(path, f"entries[{index}] has no string 'canonical'", key="canonical")
    name = _WS.sub(" ", canonical.strip())
    for key in raw:
        if key not in ENTRY_KEYS:
            raise GlossaryError(path, f"unknown key (allowed: {', '.join(sorted(ENTRY_KEYS))})", name, str(key))
    kind = raw.get("kind")
    if kind not in KINDS:
        raise GlossaryError(path, f"{kind!r} is not a kind (expected one of: {', '.join(KINDS)})", name, "kind")
    zh = raw.get("zh", "") or ""
    if not isinstance(zh, str) or (zh and not _HAN.search(zh)):
        raise GlossaryError(path, "must be the Chinese source term", name, "zh")
    note = raw.get("note", "") or ""
    if not isinstance(note, str):
        raise GlossaryError(path, "must be a string", name, "note")
    strict = raw.get("strict", False)
    if not isinstance(strict, bool):
        raise GlossaryError(path, "must be true or false", name, "strict")
    variants = _strings(path, name, "variants", raw.get("variants"))
    forms = _strings(path, name, "forms", raw.get("forms"))
    allowed = _strings(path, name, "allowed", raw.get("allowed"))
    if not variants and not forms and not strict:
        raise GlossaryError(path, "needs 'variants', 'forms' or 'strict: true'", name, "variants")
    if strict:
        words = content_words(name)
        if len(words) < 3 or not all(_is_name_word(w) for w in words):
            raise GlossaryError(path, "'strict' needs a capitalised name of three or more content words", name, "strict")
    correct = {normalize(c) for c in (name,) + allowed}
    for key, items in (("variants", variants), ("forms", forms)):
        for wrong in items:
            if normalize(wrong) in correct:
                raise GlossaryError(path, f"{wrong!r} is also listed as correct", name, key)
            if not (_word(wrong[0]) or wrong[0] in "'’\"") or not (_word(wrong[-1]) or wrong[-1] in "'’\".)"):
                raise GlossaryError(path, f"{wrong!r} must start and end with a word character", name, key)
    return Entry(name, kind, zh, variants, forms, allowed, strict, note.strip())


def parse_glossary(data, path: str = "<glossary>") -> Glossary:
    """Validate already-parsed YAML data and build the glossary."""
    return Glossary(path, _validated_entries(data, path))


def _validated_entries(data, path: str) -> List[Entry]:
    """The entries of already-parsed YAML data, validated. Raises GlossaryError."""
    if isinstance(data, list):
        data = {"entries": data}
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise GlossaryError(path, "expected a mapping with an 'entries' list", key="entries")
    for key in data:
        if key not in ("entries", "version"):
            raise GlossaryError(path, "unknown top-level key (expected entries, version)", key=str(key))
    entries = [_entry(path, i, raw) for i, raw in enumerate(data["entries"])]
    if not entries:
        raise GlossaryError(path, "needs at least one entry", key="entries")
    owner: Dict[str, Tuple[str, str]] = {}
    for entry in entries:
        for form in entry.correct:
            key = normalize(form)
            prev = owner.get(key)
            if prev and prev[0] != entry.canonical:
                raise GlossaryError(path, f"{form!r} is listed twice (also in entry '{prev[0]}')", entry.canonical)
            owner[key] = (entry.canonical, "correct")
    for entry in entries:
        for key_name, items in (("variants", entry.variants), ("forms", entry.forms)):
            for wrong in items:
                key = normalize(wrong)
                prev = owner.get(key)
                if prev:
                    what = "correct" if prev[1] == "correct" else "a wrong rendering"
                    raise GlossaryError(path, f"{wrong!r} is also {what} in entry '{prev[0]}'", entry.canonical, key_name)
                owner[key] = (entry.canonical, "wrong")
    return entries


def load_glossary(path: str) -> Glossary:
    """Read and validate a glossary file. Raises GlossaryError.

    The validated entries of a file are kept in the cache directory (``audit.diskcache``,
    one ``glossary-entries`` table under a key of the file's bytes and the source of this
    module and of ``yamlio``): validating the bundled glossary's 574 entries cost 0.02 s of
    every run. A file that fails validation is not kept: it raises as before, every time."""
    from . import diskcache

    try:
        raw, data = yamlio.load_file(path)
    except yamlio.YamlFileError as exc:
        raise GlossaryError(path, str(exc)) from None
    try:
        key = diskcache.key_of([hashlib.sha256(raw).hexdigest(), diskcache.file_digest(__file__),
                                diskcache.file_digest(yamlio.__file__)])
    except OSError:  # a module that cannot be read: validated, not kept
        return parse_glossary(data, path)
    entries = diskcache.cached("glossary-entries", key,
                               lambda: [_entry_row(e) for e in _validated_entries(data, path)], _entries_of_rows)
    return Glossary(path, entries)


_ENTRY_FIELDS = ("canonical", "kind", "zh", "variants", "forms", "allowed", "strict", "note")


def _entry_row(entry: Entry) -> tuple:
    return tuple(getattr(entry, name) for name in _ENTRY_FIELDS)


def _entries_of_rows(rows) -> List[Entry]:
    """The entries of the rows ``load_glossary`` keeps; TypeError for rows of another shape."""
    if not isinstance(rows, list) or not rows or not all(isinstance(r, tuple) and len(r) == len(_ENTRY_FIELDS)
                                                         for r in rows):
        raise TypeError("not glossary entries")
    return [Entry(*row) for row in rows]


def project_root() -> str:
    """The checkout (or install prefix) that holds ``rules.yaml`` and ``references/``."""
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def resolve_path(path: str, base: Optional[str] = None) -> str:
    """Where a glossary path from a rule points: absolute paths as they are; a relative path
    against ``base`` (the rules file's folder, when known), then the project root, then the
    installed data folder (``share/mtaudit``), then the working directory. The first that
    exists wins; when none does, the project-root candidate is returned for the message."""
    if os.path.isabs(path):
        return path
    candidates = []
    if base:
        candidates.append(os.path.join(base, path))
    candidates += [
        os.path.join(project_root(), path),
        os.path.join(sys.prefix, "share", "mtaudit", path),
        os.path.abspath(path),
    ]
    for candidate in candidates:
        if os.path.isfile(candidate):
            return candidate
    return candidates[1] if base else candidates[0]


_CACHE: Dict[Tuple[str, float, int], Glossary] = {}


def cached_glossary(path: str) -> Glossary:
    """``load_glossary`` memoised on the file's path, mtime and size (rules load it per rule)."""
    st = os.stat(path)
    key = (os.path.abspath(path), st.st_mtime, st.st_size)
    if key not in _CACHE:
        _CACHE[key] = load_glossary(path)
    return _CACHE[key]
