"""``official_names``: the name of a Chinese body rendered wrongly, in text no list has seen.

MT renders the Chinese name of a ministry, commission or bureau word by word, or expands its
Chinese short form (人社部, 国资委, 市场监管总局) one character at a time. What comes out is
close to the official English name but is not it: cut short ("Ministry of Industry" for the
Ministry of Industry and Information Technology), with the wrong head noun ("Emergency
Management Department" for the Ministry of Emergency Management, "State Assets Committee"),
or with a content word replaced by a character's dictionary gloss ("Human Society Ministry",
"Market Supervision General Bureau").

The official names are data (``references/official_names.yaml``: each body's English name,
its Chinese name and short forms, its accepted English short forms and former names, and the
correct names of other governments that come close). A capitalised institution-like name in a
document about China is compared with every listed body by its content words (generic words
such as "National", "State", "China" and the place before a local body left out) and its head
noun, and reported when it is no accepted form of any body and one body explains it best:

* **cut short**: the same head, the body's content words with the last ones missing, in the
  official "Ministry of X" shape (the journalistic "Industry Ministry" is accepted);
* **wrong head**: the body's content words under another head noun that glosses the body's
  Chinese head character in CC-CEDICT (部 "department", 委员会 "committee", 局 "bureau") or
  that other bodies with that character use;
* **gloss swap**: at least one official content word kept and every other word a CC-CEDICT
  gloss of a character or word of the body's Chinese name or short form; for a local body at
  least one gloss must be a single character's: words that translate whole Chinese words
  ("Housing Construction Bureau", 住房 and 建设) are the shorter names some places give the body.

A word that neither the body's English name nor its Chinese glosses explain ("Texas", "Home",
"Electronics") means another body: such names are never reported, nor are names that two
bodies explain equally well.

A name beside a Chinese province or city ("the Zhejiang Provincial Department of Industry",
"the provincial Bureau of Housing in Sichuan") is a Chinese body's in any document; any other
name is compared only in a document about China. Beside the cuts at a name's end, a content
qualifier dropped from a name written head last ("Security Administration") and the first
member of an "of" coordination dropped ("Bureau of Social Security") are cuts when one listed
body alone explains them (``tail_match``).

Whether a document is about China is decided from the document: mentions of China, Chinese
places, bodies, Xinhua, the yuan or Chinese characters, at least two, and at least as many as
of any single other country or of Hong Kong, Macao or Taiwan (whose bodies have names of their
own). A name right after another country's name ("Indonesia's Ministry of Industry", "the
U.S. Commerce Department") is never compared.
"""
from __future__ import annotations

import functools
import os
import re
from typing import Dict, FrozenSet, List, NamedTuple, Optional, Sequence, Tuple


from . import RULES_DIR, Hit, Key, ParamError, register
from .. import cedict, diskcache, yamlio
from ..glossary import resolve_path
from . import literal_index
from .literal_index import content_words, stem
from .. import re_programs

DEFAULT_PATH = "references/official_names.yaml"
HAN_NAME = cedict.HAN

# Head nouns of institution names the detector looks at; "Federation", "Association" and
# "Academy" name bodies too but MT rarely changes them.
HEADS = frozenset({"ministry", "commission", "administration", "bureau", "office", "court", "procuratorate",
                   "committee", "council", "agency", "department", "center", "centre", "authority",
                   "inspectorate", "academy", "federation", "association", "institute", "division", "hall",
                   "board", "league", "conference", "congress", "foundation", "society", "group", "station",
                   "bank", "school"})
# Heads whose name the detector reports; the others only end or split names.
REPORTED_HEADS = frozenset({"ministry", "commission", "administration", "bureau", "office", "court",
                            "procuratorate", "committee", "council", "agency", "department", "center", "centre",
                            "authority", "inspectorate", "division", "hall"})
# Nouns that end a name of another kind: "the Ministry of Finance and the People's Bank".
_OTHER_BODIES = frozenset({"bank", "corporation", "company", "university", "party", "army",
                           "museum", "hospital", "school", "fund", "forum", "expo", "exchange"})
# Words that say whose body it is, not what it does: left out on both sides.
GENERIC = frozenset({"national", "state", "central", "general", "china", "chinese", "prc", "owned", "all",
                     "main", "the", "of", "and", "for", "on", "in", "&", "to"})
_LINKERS = frozenset({"of", "and", "for", "the", "on", "&"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "our"})
_ROLES = frozenset({"spokesperson", "spokesman", "spokeswoman", "director", "minister", "official", "officials",
                    "head", "chief", "deputy", "secretary", "chairman", "chairwoman", "president", "vice",
                    "governor", "mayor", "commissioner", "chair", "member", "members", "leader", "leaders",
                    "adviser", "advisor", "premier", "said", "says", "on", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "saturday", "sunday"})
_LOCAL_MARKERS = frozenset({"provincial", "municipal", "city", "county", "district", "prefecture", "prefectural",
                            "autonomous", "region", "regional", "township", "town", "province", "municipality",
                            "local", "new", "area", "zone", "special", "administrative", "league", "banner",
                            "zhuang", "hui", "uygur", "uyghur",
                            "no.", "1", "2", "3", "4", "5"})
# Provinces, autonomous regions and large cities of the mainland: a place before a body's name
# makes it a local body ("Guangdong Provincial Department of Education").
PLACES = frozenset("""anhui fujian gansu guangdong guizhou hainan hebei heilongjiang henan hubei hunan jiangsu
jiangxi jilin liaoning qinghai shaanxi shandong shanxi sichuan yunnan zhejiang guangxi ningxia xinjiang tibet
xizang mongolia inner beijing tianjin shanghai chongqing shenzhen guangzhou hangzhou nanjing wuhan chengdu xi'an
xian suzhou qingdao dalian xiamen ningbo hefei zhengzhou changsha jinan shenyang harbin kunming nanning fuzhou
guiyang lanzhou urumqi hohhot taiyuan shijiazhuang nanchang haikou dongguan foshan wuxi changzhou wenzhou
xiong'an sanya zhuhai yantai tangshan baotou luoyang yichang zhuzhou jiaxing shaoxing quanzhou huizhou
zhongshan kunshan jiangmen zhanjiang shantou yiwu hainan's guangdong's""".split())
# What shows a document is about China.
# Every word of these lists starts with a capital or with the letter of the lookahead after
# ``\b``: the lookahead changes no match, and lets ``re`` pass over the other positions at once
# instead of trying each word there (six times faster on news; ``tests/test_first_characters.py``
# compares them with the plain patterns). The lookahead around all three branches (a listed
# word, "mu" after a figure, a Chinese character) does the same for the whole alternation,
# which ``re`` otherwise tries at every position (0.107 -> 0.039 s over the 400 documents of
# ``benchmarks/make_corpus.py``).
_CHINA_CUE = re_programs.compile(
    "(?=[A-Zrym\u4e00-\u9fff])(?:"
    r"\b(?=[A-Zry])(?:China|China's|Chinese|Beijing|Xinhua|yuan|RMB|renminbi|CPC|State Council|PRC|Anhui|Fujian|Gansu|"
    r"Guangdong|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|Liaoning|Qinghai|"
    r"Shaanxi|Shandong|Shanxi|Sichuan|Yunnan|Zhejiang|Guangxi|Ningxia|Xinjiang|Xizang|Tianjin|Shanghai|"
    r"Chongqing|Shenzhen|Guangzhou|Hangzhou|Wuhan|Chengdu|Nanjing)\b|(?<=\d )mu\b|[\u4e00-\u9fff])")
# Other countries (names and adjectives), and Hong Kong, Macao and Taiwan, whose bodies have
# names of their own; counted per country.
_FOREIGN = {
    # ("Congress" and "English" are not counted: China has a National People's Congress, and
    # its stories say what a name is "in English".)
    "us": r"U\.S\.|US|USA|United States|America|American|Americans|Washington|Senate|Pentagon",
    "uk": r"UK|U\.K\.|Britain|British|England|Scotland|Scottish|Wales|Welsh|London|Westminster|"
          r"Whitehall|Commons",
    "eu": r"EU|European Union|Brussels|Europe|European",
    "india": r"India|India's|Indian|New Delhi|Delhi",
    "australia": r"Australia|Australian|Canberra",
    "japan": r"Japan|Japanese|Tokyo",
    "korea": r"Korea|Korean|Seoul",
    "singapore": r"Singapore|Singaporean",
    "malaysia": r"Malaysia|Malaysian|Kuala Lumpur",
    "indonesia": r"Indonesia|Indonesian|Jakarta",
    "thailand": r"Thailand|Thai|Bangkok",
    "vietnam": r"Vietnam|Vietnamese|Hanoi",
    "philippines": r"Philippines|Philippine|Filipino|Manila",
    "canada": r"Canada|Canadian|Ottawa",
    "russia": r"Russia|Russian|Moscow|Kremlin",
    "france": r"France|French|Paris",
    "germany": r"Germany|German|Berlin",
    "italy": r"Italy|Italian|Rome",
    "spain": r"Spain|Spanish|Madrid",
    "nigeria": r"Nigeria|Nigerian|Lagos|Abuja",
    "kenya": r"Kenya|Kenyan|Nairobi",
    "southafrica": r"South Africa|South African|Pretoria|Johannesburg",
    "brazil": r"Brazil|Brazilian|Brasilia",
    "pakistan": r"Pakistan|Pakistani|Islamabad",
    "ireland": r"Ireland|Irish|Dublin",
    "newzealand": r"New Zealand|Wellington",
    "hongkong": r"Hong Kong|HKSAR",
    "macao": r"Macao|Macau",
    "taiwan": r"Taiwan|Taiwanese|Taipei",
}
_FOREIGN_CUE = re_programs.compile(r"\b(?=[A-Z])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FOREIGN.items()) + r")(?![\w])")
# A country's name or adjective right before a body's name: "Indonesia's Ministry of ...".
_FOREIGN_BEFORE = re_programs.compile(r"(?:\b(?=[A-Z])(?:" + "|".join(_FOREIGN.values()) + r")(?:['’]s)?|\bthe [A-Z][a-z]+ian)"
                                      r"[ \u00a0]+(?:[A-Z][\w'’.-]*[ \u00a0]+){0,2}$")

_WORD = r"(?:[\w'’-]|\.(?=\w))*"  # "U.S." is one word; the full stop of "Commission." is not part of it
# (?=...) first: the characters a match can start with; ``re`` passes over other positions at
# once (the same matches: tests/test_first_characters.py).
_NAME = re_programs.compile(r"(?=[A-Z])(?<![\w'’.-])[A-Z]" + _WORD + r"(?:(?:[ \u00a0]+(?:of|and|for|the|on|&)){0,3}[ \u00a0]+"
                            r"(?:[A-Z]|\d)" + _WORD + r")*")
_TOKEN = re_programs.compile(r"[^\s\u00a0]+")
_POSSESSIVE = re_programs.compile(r"(?:['’]s|(?<=s)['’])$")
_ENDS_NAME = re_programs.compile(r"['’]s$")  # "Ministry of Commerce's": the name ends; "Veterans' Affairs" goes on
_OF_STATE_COUNCIL = re_programs.compile(r"[ \u00a0]+of[ \u00a0]+the[ \u00a0]+State[ \u00a0]+Council\b")
_OWNER = re_programs.compile(r"([A-Z][\w-]*(?:['’]s|s['’]))[ \u00a0]+$")
# The same owner named after the unit: "the Disciplinary Committee of the Chinese Football
# Association", "the Ethics Committee of Peking University": a sports, civic or business body
# whose own head noun no government body takes.
_OWNER_AFTER = re_programs.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:[A-Z][\w'’.&-]*[ \u00a0]+){0,5}"
                                   r"(?:Association|Federation|Confederation|League|Club|Union|University|College|"
                                   r"Corporation|Company|Group|Society|Foundation|Games|Olympic[ \u00a0]+Committee)\b")
# Shared with ``body_names`` (the ``consistency`` type's truncation mode), which compares the forms
# of one body inside a document: another country's name or adjective, and an owner's possessive,
# before a name.
FOREIGN_BEFORE, FOREIGN_CUE, OWNER = _FOREIGN_BEFORE, _FOREIGN_CUE, _OWNER
_LIST_GOES_ON = re_programs.compile(r"[ \u00a0]*,[ \u00a0]+[A-Z]")
# Chinese head characters and words, longest first: 委员会 before 会, 总局 before 局.
_ZH_HEADS = ("委员会", "联合会", "办公室", "联席会", "总工会", "研究院", "研究室", "办公厅", "总局", "总署", "中心",
             "协会", "机构", "总台", "通讯社", "参事室", "党校", "学院", "部", "委", "局", "署", "院", "办", "厅", "会",
             "室", "社", "团", "央")


def key(word: str) -> str:
    """How two content words compare: the first six letters of their stem, so "supervise"
    and "supervision", "industry" and "industrial" agree ("interior" and "international" do
    not)."""
    return stem(word)[:6]


class Name(NamedTuple):
    content: Tuple[str, ...]     # content words, lower case, in order
    head: Optional[str]          # the head noun, lower case
    shape: str                   # "of" (head first), "pre" (head last), "mixed", "none"

    @property
    def keys(self) -> Tuple[str, ...]:
        return _content_keys(self.content)

    @property
    def signature(self) -> Tuple[FrozenSet[str], Optional[str], str]:
        return _signature(self)


# A name's keys and signature, remembered by its words: the detectors ask them of every mention
# of a body, and a story (or a long line) names its bodies again and again.
@functools.lru_cache(maxsize=8192)
def _content_keys(content: Tuple[str, ...]) -> Tuple[str, ...]:
    return tuple(key(w) for w in content)


@functools.lru_cache(maxsize=8192)
def _signature(name: "Name") -> Tuple[FrozenSet[str], Optional[str], str]:
    return frozenset(name.keys), name.head, name.shape


def _words(token: str) -> List[str]:
    """The lower-case words of one name token: "State-owned" -> state, owned; "People's" -> people's."""
    low = _POSSESSIVE.sub("", token.lower().replace("’", "'").strip(",.;:()\"“”"))
    if low == "people":
        low = "people's"
    return [w for w in low.split("-") if w]


def parse(tokens: Sequence[str]) -> Name:
    """The content words, head noun and shape of a name's tokens (qualifiers already dropped)."""
    words = [w for t in tokens for w in _words(t)]
    # "State Council" before a name says whose office it is: "State Council General Office" is
    # no cut "State Council Information Office".
    words = [w for i, w in enumerate(words) if not (w == "council" and i and words[i - 1] == "state" and
                                                    i + 1 < len(words))]
    heads = [i for i, w in enumerate(words) if w in HEADS]
    if not heads:
        return Name(tuple(w for w in words if w not in GENERIC), None, "none")
    # The last word when it is a head ("State Council Information Office", "Human Society
    # Ministry"), else the first head of a reported kind ("Standing Committee of the National
    # People's Congress"), else the first head ("People's Bank of China").
    reported = [i for i in heads if words[i] in REPORTED_HEADS]
    h = len(words) - 1 if words[-1] in REPORTED_HEADS else (reported or heads)[0]
    content_before = [w for w in words[:h] if w not in GENERIC]
    content_after = [w for w in words[h + 1:] if w not in GENERIC and w not in HEADS]
    shape = "mixed" if content_before and content_after else "of" if content_after else "pre"
    return Name(tuple(content_before + content_after), words[h], shape)


@functools.lru_cache(maxsize=8192)
def parse_tokens(tokens: Tuple[str, ...]) -> Name:
    """``parse`` of a candidate's tokens (a tuple), remembered: ``official_names`` and
    ``cut_names`` parse every mention of a body, and a story names its bodies again and again."""
    return parse(tokens)


def _form_words(form: str) -> Tuple[str, ...]:
    """A listed form's words as a document's name tokens give them (``_words``), core only."""
    tokens = form.split()
    start, end, _ = core(tokens)
    return tuple(w for t in (tokens[start:end] or tokens) for w in _words(t))


def _link_keys(words: Sequence[str]) -> Tuple[str, ...]:
    """Words compared as names compare them: content words by ``key``, links as written, "the"
    left out."""
    return tuple(w if w in _LINKERS else key(w) for w in words if w != "the")


def parse_form(text: str) -> Name:
    """A listed name parsed as a name in a document is: "Research Office of the State Council"
    as "Research Office", "China Media Group" as "Media Group"."""
    tokens = text.split()
    start, end, _ = core(tokens)
    return parse(tokens[start:end] or tokens)


def _other_number(word: str, official: str) -> bool:
    """Is ``word`` ``official`` with a plural ending added or taken away?"""
    short, long_ = sorted((word, official), key=len)
    return len(short) > 3 and long_ in (short + "s", short + "es")


class Body(NamedTuple):
    en: str
    level: str
    name: Name
    heads: FrozenSet[str]        # head nouns that render its Chinese head
    glosses: FrozenSet[str]      # content-word keys the characters of its Chinese names gloss as
    renders: Dict[str, FrozenSet[Tuple[int, int]]]  # key -> the single characters glossed so:
    #                              (which Chinese name, character)
    state_council: bool = False  # one of the State Council's own offices (国务院…)
    cores: Tuple[int, ...] = ()  # characters before the head of each Chinese name (人社局: 2)


def _zh_head(zh: str) -> str:
    for head in _ZH_HEADS:
        if zh.endswith(head) and len(zh) > len(head):
            return head
    return ""


def _load(path: str):
    try:
        _, data = yamlio.load_file(path)  # parsed once per content, as the catalog is
    except (yamlio.YamlFileError, ValueError) as exc:  # ValueError: bytes that are not UTF-8
        raise ParamError("path", f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("bodies"), list):
        raise ParamError("path", f"{path}: expected a mapping with a list of 'bodies'")
    bodies = []
    for i, raw in enumerate(data["bodies"]):
        if not isinstance(raw, dict) or not isinstance(raw.get("en"), str) or not isinstance(raw.get("zh"), str):
            raise ParamError("path", f"{path}: bodies[{i}] needs 'en' and 'zh' strings")
        for field in ("short", "former", "zh_short"):
            if not isinstance(raw.get(field, []), list) or not all(isinstance(s, str) for s in raw.get(field, [])):
                raise ParamError("path", f"{path}: bodies[{i}] ({raw['en']}): '{field}' must be a list of strings")
        if not HAN_NAME.match(raw["zh"]):
            raise ParamError("path", f"{path}: bodies[{i}] ({raw['en']}): 'zh' must be Chinese characters")
        if raw.get("level", "national") not in ("national", "local"):
            raise ParamError("path", f"{path}: bodies[{i}] ({raw['en']}): level must be national or local")
        if parse_form(raw["en"]).head is None:
            raise ParamError("path", f"{path}: bodies[{i}] ({raw['en']}): no head noun ({', '.join(sorted(HEADS))})")
        bodies.append(raw)
    accepted = data.get("accepted", [])
    if not isinstance(accepted, list) or not all(isinstance(a, str) for a in accepted):
        raise ParamError("path", f"{path}: 'accepted' must be a list of names")
    return bodies, accepted


def _gloss_table(zh_words: Sequence[str]) -> Dict[str, Tuple[Tuple[str, ...], Tuple[str, ...]]]:
    """{Chinese word: (content keys of its CC-CEDICT glosses, head nouns among its glosses)}
    for every substring of ``zh_words``. A single character keeps its first four senses only:
    the later ones of 安 ("in good health") or 会 ("can") are not what MT writes for it."""
    wanted = set()
    for zh in zh_words:
        for i in range(len(zh)):
            for j in range(i + 1, min(len(zh), i + 4) + 1):
                wanted.add(zh[i:j])
    skip = cedict.skip_pattern(("surname ", "abbr. for", "classifier"))
    table: Dict[str, Tuple[set, set]] = {}
    for line in cedict.entries():
        if line.simplified not in wanted:
            continue
        senses = [g.strip().lower() for g in line.glosses if g.strip() and not skip.match(g.strip().lower())]
        if len(line.simplified) == 1:
            senses = senses[:4]
        keys, heads = table.setdefault(line.simplified, (set(), set()))
        for sense in senses:
            for w in content_words(cedict.PARENS.sub("", sense)):
                if w in HEADS:
                    heads.add(w)  # and a content word too: 社 "society" in "Human Society Ministry"
                if len(w) > 2 and w not in GENERIC:
                    keys.add(key(w))
    return {zh: (tuple(sorted(k)), tuple(sorted(h))) for zh, (k, h) in table.items()}


def _checked_file(data):
    """``_load``'s (bodies, accepted) as read back from the cache directory; raises on any other shape."""
    bodies, accepted = data
    if not (isinstance(bodies, list) and isinstance(accepted, list)
            and all(isinstance(b, dict) and isinstance(b.get("en"), str) and isinstance(b.get("zh"), str)
                    for b in bodies)
            and all(isinstance(a, str) for a in accepted)):
        raise ValueError("not an official names file")
    return bodies, accepted


def _checked_table(table):
    if not isinstance(table, dict):
        raise ValueError("not a gloss table")
    return table


class _Catalog:
    """The listed bodies with their glosses, built when a document first needs them."""

    def __init__(self, path: str, bodies: list, accepted: list):
        self.path = path
        self.raw = bodies
        # Accepted forms by level: a local body's "Emergency Management Department" is no
        # accepted name for China's ministry.
        # Other governments' names are no accepted name for China's bodies ("China's Commerce
        # Department").
        self.accepted = {"national": set(), "local": set(), "other": set()}
        # The full and former names by content words and head alone, in either order:
        # "Commission for Foreign Affairs" is the Foreign Affairs Commission written head first,
        # as ``compare`` takes it.
        self.reordered = {"national": set(), "local": set(), "other": set()}
        # The content words each accepted form spells, by signature: "Ministry of Natural
        # Resource" has the signature of "Ministry of Natural Resources" (stems compare) but
        # not its words.
        self.spelled: Dict[tuple, Dict[tuple, Optional[str]]] = {}  # signature -> {content: body or None}
        self.forms: List[str] = []  # every official, short and former name of the listed bodies
        # Every accepted form's words with its links, by signature: "Culture Tourism Bureau" has
        # the signature of "Culture and Tourism Bureau" (linkers are no content words) but not
        # its "and" (issue 9, fifteenth round).
        self.linked: Dict[tuple, List[Tuple[Optional[str], Tuple[str, ...]]]] = {}  # None: no fix
        for raw in bodies:
            for form in [raw["en"], *raw.get("short", []), *raw.get("former", [])]:
                self.forms.append(form)
                name = parse_form(form)
                # a former name is no fix: the press of its day wrote it either way ("Ministry of
                # Land Resources" for the Ministry of Land and Resources)
                current = form not in raw.get("former", []) or form in (raw["en"], *raw.get("short", []))
                self.linked.setdefault(name.signature, []).append((form if current else None,
                                                                   _form_words(form)))
                self.accepted[raw.get("level", "national")].add(name.signature)
                self.spelled.setdefault(name.signature, {})[name.content] = raw["en"]
                if form == raw["en"] or form not in raw.get("short", []):
                    # a short form's order is part of it: "Industry Ministry", not "Ministry of Industry"
                    self.reordered[raw.get("level", "national")].add(name.signature[:2])
        for form in accepted:
            name = parse_form(form)
            self.linked.setdefault(name.signature, []).append((None, _form_words(form)))
            self.accepted["other"].add(name.signature)
            self.reordered["other"].add(name.signature[:2])
            self.spelled.setdefault(name.signature, {}).setdefault(name.content, None)
        self._bodies = None

    def number_slip(self, name: "Name") -> Optional[Tuple[str, str, Optional[str]]]:
        """(word, official word, the body's official name or None for another government's)
        when ``name`` spells an accepted form but for one content word in the other number
        ("resource" for "resources", "affair" for "affairs"), else None."""
        spelled = self.spelled.get(name.signature, {})
        if name.content in spelled:
            return None
        slips = set()
        for form, body in spelled.items():
            if len(form) != len(name.content):
                continue
            diff = [(w, o) for w, o in zip(name.content, form) if w != o]
            if len(diff) == 1 and _other_number(*diff[0]):
                slips.add((*diff[0], body))
        return next(iter(slips)) if len(slips) == 1 else None

    def dropped_and(self, name: "Name", tokens: Sequence[str]) -> Optional[str]:
        """The listed form ``tokens`` spell with the "and" between two of its subjects left out
        ("Culture Tourism Bureau", "Development Reform Commission": 文旅局 and 发改委 read as
        one word each), when one listed body's current forms explain it so and no accepted
        form of any government is written without that "and"; else None."""
        if any(t.endswith(",") for t in tokens):
            return None  # a list of names, not one name
        words = tuple(w for t in tokens for w in _words(t))
        if "and" in words or "&" in words or len(words) < 3:
            return None
        spelled = _link_keys(words)
        found = set()
        for form, form_words in self.linked.get(name.signature, ()):
            if _link_keys(form_words) == spelled:
                return None  # an accepted form written so: nothing dropped
            if form is not None and "and" in form_words and \
                    _link_keys(tuple(w for w in form_words if w != "and")) == spelled:
                found.add(form)
        return next(iter(found)) if len(found) == 1 else None

    @property
    def bodies(self) -> List[Body]:
        if self._bodies is None:
            zh_words = [z for raw in self.raw for z in [raw["zh"], *raw.get("zh_short", [])]]
            try:
                dictionary = cedict.cedict_path()
                table = diskcache.derived("official-names", dictionary,
                                          [__file__, cedict.__file__, literal_index.__file__, self.path], [],
                                          lambda: _gloss_table(zh_words), _checked_table)
            except (RuntimeError, OSError):  # no dictionary: official words only
                table = {}
            en_heads: Dict[str, set] = {}
            for raw in self.raw:
                en_heads.setdefault(_zh_head(raw["zh"])[-1:], set()).add(parse_form(raw["en"]).head)
            out = []
            for raw in self.raw:
                name = parse_form(raw["en"])
                glosses: Dict[str, set] = {}
                cores = []
                heads = {name.head} | en_heads.get(_zh_head(raw["zh"])[-1:], set())
                for n, zh in enumerate([raw["zh"], *raw.get("zh_short", [])]):
                    head = _zh_head(zh)
                    core = zh[:len(zh) - len(head)] if head else zh
                    cores.append(len(core))
                    for i in range(len(core)):
                        for j in range(i + 1, min(len(core), i + 4) + 1):
                            for k in table.get(core[i:j], ((), ()))[0]:
                                spots = glosses.setdefault(k, set())
                                if j - i == 1:  # "social security" (社会保障) is no rendering of 保障 alone
                                    spots.add((n, i))  # the one character of core[i:j]
                    if head:
                        heads.update(table.get(head, ((), ()))[1])
                        heads.update(table.get(head[-1], ((), ()))[1])
                out.append(Body(raw["en"], raw.get("level", "national"), name, frozenset(heads & REPORTED_HEADS),
                                frozenset(glosses), {k: frozenset(v) for k, v in glosses.items()},
                                raw["zh"].startswith("国务院"), tuple(cores)))
            self._bodies = out
        return self._bodies


_CATALOGS: Dict[Tuple[str, str], _Catalog] = {}


def load_catalog(path: str) -> _Catalog:
    """The catalog of the official names file at ``path``, once per content in a process (keyed
    by the file's digest, as the ``terms`` type keys its files: a file rewritten within one
    clock tick is not mistaken for the old one)."""
    stamp = (os.path.abspath(path), diskcache.file_digest(path))
    if stamp not in _CATALOGS:
        # The file's checked contents, kept in the cache directory: parsing its YAML costs more
        # than reading them back. The cache keeps the last two tables of this name
        # (``diskcache.KEEP_PER_NAME``), so a test's own files replace older ones and none piles up.
        key = diskcache.key_of([stamp[1], diskcache.file_digest(__file__), diskcache.file_digest(yamlio.__file__)])
        bodies, accepted = diskcache.cached("official-names-file", key, lambda: _load(path), _checked_file)
        _CATALOGS[stamp] = _Catalog(path, bodies, accepted)
    return _CATALOGS[stamp]


class Match(NamedTuple):
    body: Body
    how: str       # "cut short", "wrong head noun", "glossed word by word"
    score: tuple


def compare(name: Name, body: Body) -> Optional[Match]:
    """How ``name`` renders ``body`` wrongly, or None (another body, or a right form)."""
    if name.head is None or name.head not in body.heads or not name.content:
        return None
    official = body.name.keys
    positions, glossed = [], []
    for k in name.keys:
        if k in official:
            positions.append(official.index(k))
        elif k in body.glosses:
            glossed.append(k)
        else:
            return None  # a word the body does not explain: another body
    # A gloss renders a character no official word of the name renders: "Business" (务) beside
    # "Affairs" (事务) adds nothing to the veterans' ministry, it names another body.
    covered = set().union(*(body.renders.get(official[p], ()) for p in positions))
    if any(body.renders[k] and body.renders[k] <= covered for k in glossed):
        return None
    gloss = len(glossed)
    # In order, a gap between two official words is filled by glosses: "Ministry of Business
    # Affairs" leaves the agriculture ministry's "Agriculture and Rural" to one word.
    previous, pending = -1, 0
    for k in name.keys:
        if k in official:
            if official.index(k) - previous - 1 > pending:
                return None
            previous, pending = official.index(k), 0
        else:
            pending += 1
    if not positions and _spells_a_short_form(name.keys, body):
        # "People's Society Bureau" (人社局), "Net Letter Office" (网信办): a short form
        # rendered character by character, no word of the official name kept
        return Match(body, "glossed word by word", (0, 0, name.head == body.name.head, -len(glossed)))
    if not positions or positions != sorted(positions) or len(set(positions)) != len(positions):
        return None
    missing = len(set(official) - {official[p] for p in positions})
    same_head = name.head == body.name.head
    if gloss:
        # A gloss stands in for an official word or for the head: "Ministry of Transport and
        # Communications" (交通 "communications") adds a word to a whole name; another body.
        if len(positions) + gloss < 2 or not missing and same_head:
            return None
        if body.level == "local" and not any(body.renders.get(k) for k in glossed):
            # every gloss translates a whole word of the Chinese name, none a single character:
            # a local body's own shorter name ("Housing Construction Bureau", 住房建设局, where
            # the list has 住房和城乡建设局), not a name glossed one character at a time
            return None
        how = "glossed word by word"
    elif missing:
        if positions != list(range(len(positions))):
            return None  # MT cuts a name at its end: "Ministry of Industry [and Information Technology]"
        if same_head and name.shape == "pre" and body.name.shape != "pre":
            return None  # "Industry Ministry", "Environment Ministry": the journalistic short form
        # ... but "State Assets Commission" cuts a name that is written so
        if name.shape != body.name.shape and not (name.shape == "mixed" or name.shape == "pre" and not same_head):
            return None  # "Bureau of Health" is no cut "National Healthcare Security Administration"
        if name.shape == "pre" and (name.content, name.head) in _UNIT_NAMES:
            return None  # a hospital's or a firm's unit, named so in English: "the Emergency Department"
        how = "cut short"
    elif not same_head:
        if body.level == "local" and (body.name.head, name.head) in _LOCAL_HEAD_VARIANTS:
            return None  # "Shanghai Municipal Administration of Culture and Tourism": the city's own English
        how = "wrong head noun"
    else:
        return None  # the same words and head in another order: "Transport Ministry"
    return Match(body, how, (len(positions), -missing, same_head, -gloss))


def _spells_a_short_form(keys: Sequence[str], body: Body) -> bool:
    """Whether ``keys`` (two or more) are glosses of the characters before the head of one of
    the body's Chinese short forms, one character each, in order, every character glossed:
    人社局 -> "People's Society Bureau". Only a short form (not the full Chinese name), whose
    characters MT expands one by one when it does not know the abbreviation."""
    if len(keys) < 2:
        return False
    for n, core in enumerate(body.cores):
        if n == 0 or core != len(keys):
            continue
        if all((n, c) in body.renders.get(k, ()) for c, k in enumerate(keys)):
            return True
    return False


# Units of hospitals, cities and firms that English names with one word and a head, not cut
# names of a Chinese body ("the Emergency Department will remain open" beside the Department of
# Emergency Management; issue 9, sixteenth round).
_UNIT_NAMES = frozenset((( w,), "department") for w in (
    "emergency", "outpatient", "inpatient", "fire", "police", "finance", "sales", "marketing", "legal", "radiology",
    "cardiology", "pediatrics", "paediatrics", "surgery", "pharmacy", "personnel", "accident", "casualty",
    "maternity", "nursing"))


# A local body's 局 is a "Bureau" in most places' English and an "Administration" in some
# cities' own (Shanghai's and Beijing's municipal administrations): either head is right there.
_LOCAL_HEAD_VARIANTS = frozenset({("bureau", "administration")})


def best_match(name: Name, bodies: Sequence[Body]) -> Optional[Match]:
    found = [m for m in (compare(name, b) for b in bodies) if m]
    if not found:
        return None
    found.sort(key=lambda m: m.score, reverse=True)
    tied = [m for m in found if m.score == found[0].score]
    if len({m.body.en for m in tied}) > 1:
        if len({m.body.name.keys for m in tied}) == 1 and {m.body.level for m in tied} == {"national", "local"}:
            # one name at two levels ("Development Commission" in a story naming a city: the
            # National or the city's Development and Reform Commission): the name they share
            body = _shared([m.body for m in tied])
            return next(m for m in tied if m.body is body)
        return None  # two bodies explain it equally: no suggestion to trust
    return found[0]


def _shared(bodies: Sequence[Body]) -> Body:
    """Of one name's bodies at two levels, the local one: its name is what both share."""
    return sorted(bodies, key=lambda b: (b.level != "local", b.en))[0]


def tail_match(name: Name, bodies: Sequence[Body]) -> Optional[Match]:
    """The one body whose official name ends in ``name`` with a content qualifier dropped from
    its start: "Security Administration" of the National Healthcare Security Administration,
    "Television Administration" of the National Radio and Television Administration (both
    written head last under the same head noun, the dropped words holding a content word:
    generic words such as "National" are no content words, so "Energy Administration" is a
    normal short form); or, written head first, with the first member of its coordination
    dropped ("Bureau of Social Security" of the Bureau of Human Resources and Social Security).
    None where no other body ends so ("Affairs Office": Taiwan's or Hong Kong and Macao's;
    "Regulatory Commission": securities or banking)."""
    if name.head is None or name.shape not in ("pre", "of") or not name.content:
        return None
    keys = name.keys
    if name.shape == "of":
        # the first member of the coordination after "of" dropped: "Bureau of Urban-Rural
        # Development" of the Bureau of Housing and Urban-Rural Development; a one-word rest is
        # another government's whole name too ("Ministry of Environment", "Ministry of Tourism")
        found = {b.en: b for b in bodies if len(keys) > 1 and b.name.head == name.head and b.name.shape == "of"
                 and _second_member(b.en) == keys}
    else:
        found = {b.en: b for b in bodies
                 if b.name.head == name.head and b.name.shape == "pre" and len(b.name.keys) > len(keys)
                 and b.name.keys[-len(keys):] == keys}
    if len({b.name.keys for b in found.values()}) != 1:
        return None
    # one name at two levels (the National Healthcare Security Administration and a city's
    # Healthcare Security Administration), as in a story naming a province: the shared name
    body = _shared(list(found.values()))
    return Match(body, "cut short", (len(keys), len(keys) - len(body.name.keys), True, 0))


@functools.lru_cache(maxsize=1024)
def _second_member(en: str) -> Tuple[str, ...]:
    """The content-word keys of what follows the "and" of an official name's "of" phrase
    ("Rural Affairs" of "Ministry of Agriculture and Rural Affairs"), or () where it has none."""
    tokens = en.split()
    for i, t in enumerate(tokens[:-1]):
        if _bare(t) in HEADS and tokens[i + 1] in ("of", "for"):
            phrase = tokens[i + 2:]
            if "and" in phrase:
                rest = phrase[phrase.index("and") + 1:]
                return tuple(key(w) for t2 in rest for w in _words(t2) if w not in GENERIC)
            return ()
    return ()


class Candidate(NamedTuple):
    start: int
    end: int
    tokens: Tuple[str, ...]
    level: str      # "national", "local" or "" (no marker)
    china: Optional[int] = None  # where "China", "Chinese" or "China's" right before it starts
    place: bool = False          # a Chinese province or city names its level: a Chinese body


# Sorted by spelling, then by length: the same pattern text in every process (``re_programs``).
_PLACE_ALT = "|".join(sorted(sorted(re.escape(p.capitalize()) for p in PLACES if "'" not in p), key=len, reverse=True))
# "Zhejiang Provincial", "Guangxi Zhuang Autonomous Region", "Hubei's", "the provincial ... in Zhejiang"
_PLACE_BEFORE = re_programs.compile(r"\b(?:" + _PLACE_ALT + r"|Xi'an|Xi’an)(?:['’]s)?(?:[ \u00a0]+(?:Provincial|Municipal|City|"
                                    r"County|District|Prefecture|Prefectural|Autonomous|Region|Zhuang|Hui|Uygur|Uyghur|"
                                    r"Mongolia|Special|Economic|Zone|New|Area))*[ \u00a0]+$")
_PLACE_AFTER = re_programs.compile(r"[ \u00a0]+(?:in|of)[ \u00a0]+(?:the[ \u00a0]+)?(?:" + _PLACE_ALT + r"|Xi'an|Xi’an)\b")


_LOOKAHEAD = 8
_MAX_NAME_WORDS = 16  # longer runs of capitals are headlines or tables, not one name


def _segments(run: str) -> List[List[Tuple[int, int, str]]]:
    """A run of capitalised words (``_NAME``) cut into names: at a possessive, a title, "and the",
    "of the" or "and" before another head noun; each word with its offsets in ``run``."""
    toks = [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(run)]
    out, cur, has_head, skip = [], [], False, 0
    for i, (s, e, w) in enumerate(toks):
        low = w.lower().strip(",.;:")
        if skip:
            skip -= 1
            continue
        if low == "of" and not has_head and i + 1 < len(toks) and toks[i + 1][2] == "the":
            # "Experts of the Suzhou Municipal Bureau of ...": what stands before "of the" with
            # no head noun in it says who speaks; the name begins after "the"
            cur, skip = [], 1
            continue
        if low in _ROLES and cur and low not in _LINKERS:
            out.append(cur)
            cur, has_head = [], False
            continue
        if low in ("and", "&", "of", "for") and has_head:
            # a few words ahead: what follows at once, never the rest of a long run of capitals
            rest = [_bare(t[2]) for t in toks[i + 1:i + 1 + _LOOKAHEAD]]
            conjunct = []  # the words up to the next linker, title or possessive: what "and" joins
            for word, raw in zip(rest, toks[i + 1:i + 1 + _LOOKAHEAD]):
                if word in _LINKERS or word in _ROLES:
                    break
                conjunct.append(word)
                if _POSSESSIVE.search(raw[2]) and word != "china" and word not in PLACES:
                    break
            # "... Ministry and the Ministry of ...", "... Commission of the State Council", "the
            # Commerce Department and China's Commerce Ministry": another name follows.
            if rest and (rest[0] == "the" or rest[0] in HEADS or rest[0] in _OTHER_BODIES
                         or low in ("and", "&") and any(x in HEADS or x in _OTHER_BODIES for x in conjunct)):
                out.append(cur)
                cur, has_head = [], False
                continue
        cur.append((s, e, w))
        has_head = has_head or _bare(w) in HEADS
        # "China's" and "Guangdong's" say whose body follows: kept as its qualifier.
        if _ENDS_NAME.search(w) and _bare(w) not in ("people", "china") and _bare(w) not in PLACES:
            out.append(cur)
            cur, has_head = [], False
    if cur:
        out.append(cur)
    return out


@functools.lru_cache(maxsize=50_000)
def _bare(token: str) -> str:
    return _POSSESSIVE.sub("", token.lower().replace("’", "'").strip(",.;:"))


_NATIONAL_TAILS = (["state", "council"], ["china"], ["people's", "republic", "of", "china"], ["prc"],
                   ["cpc", "central", "committee"], ["communist", "party", "of", "china"])
_LOCAL_TAILS = {"province", "municipality", "city", "county", "region", "district", "prefecture"}


def core(tokens: Sequence, word=lambda t: t) -> Tuple[int, int, str]:
    """Where the name itself lies in ``tokens`` (start, end) and its level marker: "national"
    ("China's", "of the State Council"), "local" ("Guangdong Provincial", "of X Province") or
    "". Determiners, China and the place of a local body are left out before it, "of the State
    Council" or "of Guangdong Province" after it."""
    start, end, level = 0, len(tokens), ""
    while start < end and _bare(word(tokens[end - 1])) in _LINKERS:
        end -= 1
    while start < end:
        low = _bare(word(tokens[start]))
        if low in _DETERMINERS:
            start += 1
        elif low in ("china", "chinese", "prc"):
            level, start = "national", start + 1
        elif low in PLACES or low in _LOCAL_MARKERS:
            level, start = "local", start + 1
        else:
            break
    words = [_bare(word(t)) for t in tokens[start:end]]
    for cut in range(1, len(words)):
        if words[cut] != "of":
            continue
        rest = [w for w in words[cut + 1:] if w != "the"]
        # "of Hunan Province" ends the name only where it is the whole rest: the "of" of
        # "Department of Housing and Urban-Rural Development of Hunan Province" does not
        if rest and not _LINKERS & set(rest) and (rest[-1] in _LOCAL_TAILS or all(w in PLACES for w in rest)):
            return start, start + cut, "local"
        if rest in _NATIONAL_TAILS:
            return start, start + cut, level or "national"
    return start, end, level


@functools.lru_cache(maxsize=4)
def candidates(text: str) -> Tuple[Candidate, ...]:
    """The capitalised names with a head noun in ``text``, once per text: the ``official_names``
    and ``cut_names`` types both read them (a tuple, so no caller can change what the other
    gets)."""
    return tuple(_candidates(text))


def _candidates(text: str) -> List[Candidate]:
    out = []
    names = {}  # a run's text -> its names (``_run_names``): a story names its bodies again and again
    for m in _NAME.finditer(text):
        run = m.group()
        found = names.get(run)
        if found is None:
            found = names[run] = _run_names(run)
        base = m.start()
        for start, end, tokens, level, china in found:
            start, end = base + start, base + end
            # what stands around the name is read at each mention
            place = bool(_PLACE_BEFORE.search(text, max(0, start - 60), start) or _PLACE_AFTER.match(text, end))
            out.append(Candidate(start, end, tokens, level, None if china is None else base + china, place))
    return out


def _run_names(run: str) -> List[Tuple[int, int, Tuple[str, ...], str, Optional[int]]]:
    """The names with a reported head in one run of capitalised words (``_NAME``), as ``run``
    alone says them: (start, end, tokens, level, where "China" or "Chinese" before the name
    starts or None), offsets in ``run``."""
    out = []
    if not any(_bare(w) in REPORTED_HEADS for w in run.split()):
        return out
    for seg in _segments(run):
        if len(seg) > _MAX_NAME_WORDS:
            continue
        first, last, level = core(seg, word=lambda t: t[2])
        china = seg[first - 1][0] if first and _bare(seg[first - 1][2]) in ("china", "chinese") else None
        seg = seg[first:last]
        if len(seg) < 2 or not any(_bare(t[2]) in REPORTED_HEADS for t in seg):
            continue
        start, end = seg[0][0], seg[-1][1]
        possessive = _POSSESSIVE.search(run, start, end)
        if possessive:
            end = possessive.start()
        while end > start and run[end - 1] in ",.;:)\"”":
            end -= 1
        out.append((start, end, tuple(t[2] for t in seg), level, china))
    return out


def document_candidates(doc) -> Tuple[Candidate, ...]:
    """``candidates`` of a document's text, worked out once per document: the
    ``official_names`` and ``cut_names`` types both read them, and the engine runs one rule over
    a batch of documents before the next, so a cache of the last few texts misses."""
    found = doc.cache.get("official-name-candidates")
    if found is None:
        found = doc.cache["official-name-candidates"] = candidates(doc.text)
    return found


def document_about_china(doc) -> bool:
    """``about_china`` of a document's text, worked out once per document (asked by the
    ``official_names``, ``cut_names`` and ``consistency`` types; see ``document_candidates``)."""
    answer = doc.cache.get("about-china")
    if answer is None:
        answer = doc.cache["about-china"] = about_china(doc.text)
    return answer


@functools.lru_cache(maxsize=8)  # official_names, cut_names and body_names ask it of one document
def about_china(text: str) -> bool:
    """At least two mentions of China (its name, places, bodies, Xinhua, the yuan, land in mu
    ("86,000 mu": 亩, issue 9, fifteenth round), Chinese characters) and no fewer than of any
    one other country, or of Hong Kong, Macao or Taiwan."""
    china = len(_CHINA_CUE.findall(text))
    if china < 2:
        china += _places_named(text)
    if china < 2:
        return False
    counts: Dict[str, int] = {}
    for m in _FOREIGN_CUE.finditer(text):
        counts[m.lastgroup] = counts.get(m.lastgroup, 0) + 1
    return china >= max(counts.values(), default=0)


# A capitalised word that may be a Chinese place's name ("Xining", "Lu'an").
_CAPITALISED = re_programs.compile(r"\b[A-Z][a-z]+(?:'[a-z]+)?\b")


def _places_named(text: str) -> int:
    """How many times ``text`` names a Chinese city, county or district that CC-CEDICT glosses as
    such and ``_CHINA_CUE`` does not list (``cedict.chinese_places``: "XINING" in a dateline,
    "Heze", "Lu'an"); counted only when the listed cues fall short, a story from a Chinese city
    often naming neither China nor its province (issue 9, sixteenth round). Counted only when
    two distinct such places are named or one opens a dateline: one name alone may name a place
    or a person elsewhere."""
    places = cedict.chinese_places()
    named = [w for w in _CAPITALISED.findall(text)
             if w in places or w in _LISTED_CITIES or w.endswith("'s") and w[:-2] in _LISTED_CITIES]
    datelines = [w.capitalize() for w in _DATELINE_CAPS.findall(text)
                 if w.capitalize() in places or w.capitalize() in _LISTED_CITIES]
    if not datelines and len(set(named)) < 2:
        return 0  # one name alone may be a place or a person elsewhere; two places, or a dateline
    return len(named) + len(datelines)


# The cities of ``PLACES`` (the official names file's places) that CC-CEDICT glosses otherwise
# than ``chinese_places`` reads ("Hefei", "Xiamen", "Qingdao": a capital or a city of its own
# plan), "Inner" and "Mongolia" left out, which are English words or another country's name:
# "HEFEI, Jan. 15 --" opens a story from China as "XINING, Sept 14 --" does.
_LISTED_CITIES = frozenset(p.capitalize() for p in PLACES if "'" not in p and p not in ("inner", "mongolia"))

# A dateline's place in capitals at a line's start ("XINING, Sept 14 --").
_DATELINE_CAPS = re_programs.compile(r"(?m)^([A-Z]{4,})(?=,)")


# Every word here starts with a capital or p, m, c: see _CHINA_CUE.
_LOCAL_DOC = re_programs.compile(r"\b(?=[A-Zpmc])(?:[Pp]rovinc(?:e|ial)|[Mm]unicipal(?:ity)?|[Pp]refecture|[Cc]ounty|"
                                 + "|".join(sorted(sorted(p.capitalize() for p in PLACES if "'" not in p and p not in
                                                 ("beijing", "shanghai", "inner", "mongolia")), key=len, reverse=True))
                                 + r")\b")


def _respell(name: str, word: str, official: str) -> Optional[str]:
    """``name`` with its one ``word`` spelled as ``official``, in the word's own case."""
    spots = [m for m in re.finditer(r"[\w]+", name) if m.group().lower() == word]
    if len(spots) != 1:
        return None
    m = spots[0]
    new = official[:1].upper() + official[1:] if m.group()[:1].isupper() else official
    return name[:m.start()] + new + name[m.end():]


LOCAL_DOC = _LOCAL_DOC  # shared with ``body_names`` (the ``consistency`` type's truncation mode)


@register("official_names", {
    "path": Key((str,), DEFAULT_PATH, "the official names file; relative paths resolve as the glossary's do"),
}, fields=("how", "other"))
def prepare(p):
    path = resolve_path(p["path"], base=p.get(RULES_DIR))
    if not os.path.isfile(path):
        raise ParamError("path", f"official names file not found: {p['path']} (looked for {path})")
    return {"catalog": load_catalog(path)}


@prepare.detector
def detect(doc, state):
    text = doc.text
    found = document_candidates(doc)
    if not found:
        return
    catalog = state["catalog"]
    local_doc, seen = None, {}
    for c in found:
        name = parse_tokens(c.tokens)
        if name.head not in REPORTED_HEADS:
            continue
        # A name after or before a Chinese province or city ("the Zhejiang Provincial Department
        # of Industry", "the provincial Department of Industry in Zhejiang") is a Chinese body's
        # wherever it stands; any other only in a document about China.
        if not c.place and not document_about_china(doc):
            continue
        if _FOREIGN_BEFORE.search(text, max(0, c.start - 60), c.start):
            continue  # "Indonesia's Ministry of Industry", "the U.S. Commerce Department"
        owner = _OWNER.search(text, max(0, c.start - 40), c.start)
        if owner and _bare(owner.group(1)) not in ("china",) and _bare(owner.group(1)) not in PLACES:
            continue  # "the National Health Commission's Bureau of ...": a unit of another body
        if _OWNER_AFTER.match(text, c.end):
            continue  # "the Disciplinary Committee of the Chinese Football Association": the same
        if _LIST_GOES_ON.match(text, c.end):
            continue  # "Department for Science, Innovation and Technology": a longer name
        # "China's Emergency Management Department": only a national body's forms are right;
        # without a marker any level's are ("the Department of Finance" of a province).
        # After a Chinese place, other governments' names are no accepted names either ("the
        # Guangdong Provincial Department of Industry" is no Australian department).
        levels = ["national"] if c.level == "national" else ["national", "local"] if c.place else catalog.accepted
        if any(name.signature in catalog.accepted[lv] for lv in levels):
            slip = catalog.number_slip(name)
            if slip:  # "Ministry of Natural Resource": the official word in the other number
                fixed = slip[2] or _respell(text[c.start:c.end], slip[0], slip[1])
                if fixed and fixed.endswith(" of China") and text.startswith(" of China", c.end):
                    fixed = fixed[:-len(" of China")]  # the name's own "of China" stays where it is
                if fixed:
                    yield Hit(c.start, c.end, fixed, {"how": "a word in the wrong number", "other": fixed})
                continue
            joined = catalog.dropped_and(name, c.tokens)
            if joined:  # "the Municipal Culture Tourism Bureau": 文旅局 read as one word
                yield Hit(c.start, c.end, joined, {"how": "the 'and' between its subjects left out",
                                                   "other": joined})
            continue
        if any(name.signature[:2] in catalog.reordered[lv] for lv in levels):
            continue  # a listed name's words and head in the other English order: that body, rightly
        level = c.level
        if not level and _bare(c.tokens[0]) in ("national", "state", "central"):
            level = "national"  # "National Administration of Radio and Television": no city's bureau
        if not level:
            if local_doc is None:
                local_doc = bool(_LOCAL_DOC.search(text))
            level = "" if local_doc else "national"
        # "Press Office of the State Council": one of the State Council's own offices
        council = bool(_OF_STATE_COUNCIL.match(text, c.end)) or \
            len(c.tokens) > 2 and [_bare(t) for t in c.tokens[:2]] == ["state", "council"]
        if (name, level, council) not in seen:  # a name met again is judged once
            bodies = [b for b in catalog.bodies if (not level or b.level == level) and (b.state_council or not council)]
            seen[(name, level, council)] = best_match(name, bodies) or tail_match(name, bodies)
        match = seen[(name, level, council)]
        if match is None:
            continue
        # "China Securities Supervision Commission" -> "China Securities Regulatory Commission":
        # the name's own "China" is part of what is replaced.
        start = c.china if c.china is not None and match.body.en.split()[0] in ("China", "Chinese") else c.start
        yield Hit(start, c.end, match.body.en, {"how": match.how, "other": match.body.en})
