"""Names and ids without seeing other documents: the canonical forms of names and the keys
entity ids are made from, so that runs over different files agree.

**Ids without seeing other documents.** An entity's id is a hash of a canonical key computed
from its own name only, so runs over different files agree:

- a person's key is ``surname shape | first-name shape``: accents folded, transliteration
  endings unified (-off/-ov/-ow, -sky/-skiy/-skyy/-ski), w→v, y→i, doubled letters collapsed
  for the surname; the consonant skeleton of the first name after mapping common nicknames
  (Steve → Steven). "Steve Witkoff"/"Steven Witkov" and "Volodymyr Zelensky"/"Zelenskiy" get
  one id; "Joe Biden"/"Hunter Biden" two. A surname alone ("Witkov") keys as ``shape|``;
- every other entity keys on its canonical name (gazetteer name for countries, organisations
  and outlets: "U.S."/"America" → United States), lowercased, without "the".
- the id does not hold the type: a name shaped like a person's keys as a person whatever the
  model typed it, so "Umerov" typed person in one article and organisation in another is one
  node (``Entity.type`` is the majority over its mentions);
- generic names get ids scoped to their document: groups named by common nouns ("reporters",
  "a NATO diplomat": a described anonymous source is not the same person across articles; its
  link to the organisation is kept by relations) and offices with no owner ("Foreign
  Ministry"); an office with an owner keys on it ("Russia's"/"Russian Foreign Ministry").

>>> entity_id("person", "Steve Witkoff") == entity_id("person", "Steven Witkov")
True
>>> entity_id("person", "Joe Biden") == entity_id("person", "Hunter Biden")
False
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import gazetteer
from .model import stable_id

TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady gen gen. general lt lt. col col.
maj maj. adm adm. admiral sgt sgt. capt capt. captain rep rep. sen sen. senator representative gov gov.
governor president vice prime minister secretary chancellor premier king queen prince princess
pope rev rev. ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair chairperson director
chief deputy foreign defense defence state retired former late mayor judge justice navy army
presidential special senior top leader supreme dean sheikh emir crown commander marshal pastor father
taoiseach tanaiste tánaiste congressman congresswoman councilman councilwoman councillor councilor assemblyman assemblywoman
speaker whip ceo commissioner sheriff treasurer attorney
rabbi imam ayatollah cardinal bishop archbishop reverend professor lieutenant colonel sergeant corporal
detective inspector superintendent trooper officer coach sens sens. reps reps. govs govs.
alhaji alhaja hajia madam mallam moderator
""".split())

MEDIA_WORDS = ("news", "times", "post", "journal", "herald", "tribune", "gazette", "telegraph",
               "guardian", "reuters", "bloomberg", "associated press", "press", "cnn", "bbc", "nbc",
               "cbs", "abc", "fox", "msnbc", "npr", "xinhua", "tass", "spiegel", "politico", "axios",
               "agence france", "afp", "al jazeera", "ria novosti", "interfax", "kyodo", "nikkei",
               "economist", "daily", "magazine", "radio", "television", "tv", "wire", "dnyuz")

# Words that make a name an organisation's, not a person's (a union named by its members,
# "United Auto Workers", is no person: keyed as one it would join "United Mine Workers").
ORG_WORDS = frozenset("""
group institute university department ministry council party fund center centre office agency
bank committee commission union court forces army navy company corp corporation inc ltd llc
association foundation society congress parliament house senate assembly government
administration service bureau authority college school academy organization organisation
alliance coalition movement network platform global partners capital holdings club league
workers employees
""".split())

_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

# Common short forms of first names, mapped to one form so that keys agree.
_NICKNAMES = {
    "steve": "steven", "stephen": "steven", "joe": "joseph", "bill": "william", "will": "william",
    "mike": "michael", "bob": "robert", "rob": "robert", "bobby": "robert", "jim": "james",
    "jimmy": "james", "tom": "thomas", "tony": "anthony", "dan": "daniel", "dave": "david",
    "chris": "christopher", "nick": "nicholas", "alex": "alexander", "sasha": "alexander",
    "ben": "benjamin", "sam": "samuel", "matt": "matthew", "pete": "peter", "andy": "andrew",
    "larry": "lawrence", "rich": "richard", "dick": "richard", "rick": "richard", "ted": "edward",
    "ed": "edward", "ron": "ronald", "don": "donald", "jeff": "jeffrey", "greg": "gregory",
    "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine", "cathy": "catherine",
    "sue": "susan", "jen": "jennifer", "vlad": "vladimir", "volodymir": "volodymyr",
}


# The name forms below are pure functions of a string, asked again and again for the same
# names: memoised (bounded), which never changes an answer.
@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Lowercase ASCII form of a name for comparisons: "Zelenskyy’s" → "zelenskyy's"."""
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'")).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", s).strip().lower()


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and demonyms and trailing possessives: ["President", "Vladimir",
    "Putin's"] → ["Vladimir", "Putin"]."""
    words = [w for w in words if w.strip()]
    while len(words) > 1 and (words[0].lower().rstrip(".") in TITLES_BARE or gazetteer.demonym(words[0])
                              # "Field Marshal Asim Rauf" (not "Field Museum")
                              or words[0].lower() == "field" and words[1].lower() == "marshal"):
        words = words[1:]
    if words and words[-1].lower() in ("'s", "\u2019s", "'", "\u2019"):
        words = words[:-1]
    if words:
        words[-1] = re.sub(r"['\u2019]s?$", "", words[-1]) or words[-1]
    return words


# ("representative", "sen", "dr"): a title before a name, without its stop
TITLES_BARE = frozenset(t.rstrip(".") for t in TITLES)
_MEDIA_WORD = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in MEDIA_WORDS))


# -- keys and ids -----------------------------------------------------------------------------
def letters_of(word: str) -> str:
    return re.sub(r"[^a-z]", "", fold(word))


@lru_cache(maxsize=1 << 16)
def surname_shape(word: str) -> str:
    """The spelling-independent shape of a surname: "Witkoff", "Witkov" → "vitkov";
    "Zelensky", "Zelenskiy", "Zelenskyy" → "zelenski"."""
    s = letters_of(word)
    s = re.sub(r"(?<=[^aeiou])e$", "", s) if len(s) > 4 else s  # "Marlowe", "Browne"
    s = re.sub(r"(skyy|skyi|skiy|skii|sky|ski)$", "ski", s)
    s = re.sub(r"(off|ow|ev|eff)$", "ov", s)
    s = s.replace("ph", "f").replace("ck", "k").replace("kh", "h").replace("w", "v").replace("y", "i")
    s = re.sub(r"(.)\1+", r"\1", s)
    return s


@lru_cache(maxsize=1 << 16)
def first_shape(word: str) -> str:
    """The shape of a first name: nickname mapped, then its consonant skeleton ("Fabrice",
    "Fabrece" → "fbrc")."""
    s = letters_of(word)
    s = _NICKNAMES.get(s, s)
    if not s:
        return ""
    skel = s[0] + re.sub(r"[aeiouyhw]", "", s[1:])
    return re.sub(r"(.)\1+", r"\1", skel)


# Lowercase words inside a person's name, never a first name: they open a surname ("de Vries",
# "von der Leyen", "Lula da Silva", "dos Santos") or join a forename to a father's or family
# name ("Mohammed bin Salman", "Hamad bin Jassim"). The one list every name rule reads; not
# "al"/"el", which place names carry too ("Sharm el-Sheikh", "Ras al Khaimah").
NAME_PARTICLES = frozenset("""
von van der den de da di do dos das du del della des la le ter ten bin ibn bint
""".split())


def name_parts(name: str) -> tuple[str, str]:
    """(first name, surname) of a person's canonical name; first is "" for a single word.
    Middle names, initials and suffixes are ignored."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    words = [w for w in words if letters_of(w) not in _NAME_SUFFIXES] or words
    if len(words) == 1 or words[0] in NAME_PARTICLES:
        return "", words[-1]  # "de Vries", "von der Leyen": a surname with its particles, no first name
    return words[0], words[-1]


def person_key(name: str) -> str:
    """``surname shape | first-name shape`` of a person's name (see the module docstring);
    "Sr." marks the elder of two namesakes, another person ("Duncan Hunter" and "his father,
    Duncan Hunter Sr."), so it keys apart."""
    first, last = name_parts(name)
    key = f"{surname_shape(last)}|{first_shape(first) if first else ''}"
    return key + "|sr" if is_elder(name) else key


def is_elder(name: str) -> bool:
    """Whether a person's name ends in "Sr." (the father of a namesake)."""
    words = name.split()
    return len(words) > 2 and letters_of(words[-1]) == "sr"


def name_key(name: str) -> str:
    """The key of a non-person name: gazetteer key (lowercase, no "the", no dots)."""
    return gazetteer.key(name)


def entity_id(type_: str, name: str, scope: str = "") -> str:
    """The id of an entity: a function of its canonical key only (not of its type, so a name
    typed person in one document and organisation in another stays one node), so that graphs
    built from separate runs merge. ``scope`` (a document's id) makes the id local to one
    document: generic descriptors ("Foreign Ministry", "reporters") name different actors in
    different articles.

    >>> entity_id("person", "Steve Witkoff") == entity_id("person", "steve  witkoff")
    True
    >>> entity_id("organization", "the Asia Group") == entity_id("organization", "Asia Group")
    True
    >>> entity_id("person", "Rustem Umerov") == entity_id("organization", "Rustem Umerov")
    True
    """
    k = id_key(type_, name)
    return stable_id("ent", scope, k) if scope else stable_id("ent", k)


@lru_cache(maxsize=1 << 16)
def id_key(type_: str, name: str) -> str:
    """The key an id is made from. A person's name, and any other name shaped like one (one to
    three capitalised words, no organisation word, unknown to the gazetteer), keys as a person
    ("Umerov" tagged ORG is still ``umerov|``); an office owned by a country keys on the
    country ("Russian Foreign Ministry", "Russia's Foreign Ministry" → ``russia|foreign
    ministry``); every other name on its gazetteer key. A garbled name keys as mended, so that
    "PeÃ±a Nieto" is the Peña Nieto of the other articles."""
    name = repaired(name)
    if type_ == "group":
        return "group|" + name_key(name)
    if type_ == "person" or person_shaped(name):
        return person_key(name)
    owner, rest = split_owner(name)
    if owner:
        return f"{fold(owner)}|{name_key(rest)}"
    return name_key(name)


def person_shaped(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 3 or gazetteer.lookup(name) or gazetteer.is_place(name):
        return False
    if any(fold(w).strip(".,") in ORG_WORDS for w in words) or _MEDIA_WORD.search(fold(name)):
        return False
    return all(re.fullmatch(r"[A-Z][a-zÀ-ɏ'’-]+", w) for w in words)


# Heads of names that are generic on their own: every country has a "Foreign Ministry".
GENERIC_HEADS = frozenset("""ministry department government office embassy cabinet parliament
military army navy police council presidency administration mission delegation staff service
spokesperson spokesman spokeswoman""".split())


@lru_cache(maxsize=1 << 16)
def split_owner(name: str) -> tuple[str | None, str]:
    """(owning country, the rest) of an office's name: "Russian Foreign Ministry",
    "Russia's Foreign Ministry", "Foreign Ministry of Russia", "US State Department" →
    ("Russia", "Foreign Ministry") … ("United States", "State Department"); (None, name) when
    no country is named or the head is no office."""
    s = name.strip()
    m = re.match(r"^(.*?)\s+of\s+(?:the\s+)?(.+)$", s)
    if m and (gazetteer.country(m.group(2)) or gazetteer.seat(m.group(2))):
        own, rest = gazetteer.country(m.group(2)) or gazetteer.seat(m.group(2)), m.group(1)
    else:
        words = s.split()
        own, rest = None, s
        for k in (2, 1):
            if len(words) > k:
                head = re.sub(r"['’]s?$", "", " ".join(words[:k]))
                own = gazetteer.country(head) or gazetteer.demonym(head) or (
                    gazetteer.seat(head) if gazetteer.seat(head) != gazetteer.EU_OR_NATO else None)
                if own:
                    rest = " ".join(words[k:])
                    break
    if not own or not rest.split() or fold(rest.split()[-1]) not in GENERIC_HEADS:
        return None, name
    return own, rest


# UTF-8 read as Windows-1252, a web page's commonest garbling: "PeÃ±a" for "Peña",
# "â€™" for "’". The lead byte of a two- or three-byte sequence and a continuation byte.
_MOJIBAKE = re.compile("[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                       "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                       "|\u00e2\u20ac")


def repaired(name: str) -> str:
    """``name`` with UTF-8 that was read as Windows-1252 read again, when all of it reads back
    (twice over for a page garbled twice).

    >>> repaired("Enrique PeÃ±a Nieto")
    'Enrique Peña Nieto'
    >>> repaired("Peña Nieto")
    'Peña Nieto'
    >>> repaired("PeA\u0303\u00b1a")
    'Peña'
    >>> repaired("BasÃ\u0083Â¡ez")
    'Basáez'
    """
    for _ in range(3):
        mended = _read_again(name)
        if mended == name:
            break
        name = mended
    return name


def _read_again(name: str) -> str:
    composed = unicodedata.normalize("NFC", name)  # "Ã" may come decomposed, "A" and a tilde
    if not _MOJIBAKE.search(composed):
        return name
    raw = bytearray()
    try:
        for ch in composed:
            raw += bytes([ord(ch)]) if ord(ch) < 256 else ch.encode("cp1252")
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return name  # a real "Ã" or a sequence the page lost a byte of: leave it as written


def display_name(type_: str, name: str) -> str:
    """The name an actor is shown by. An office named with its owner in a possessive or a
    country's name ("Russia's Defense Ministry", "US State Department") is shown as the office
    ("Defense Ministry", "State Department"): the possessive is no part of the name, and a
    reader names the office and states the owner as its MEMBER_OF. A demonym adjective is part
    of the name ("the Russian Defense Ministry") and stays, and so does the owner of a common
    noun ("Sudan's army"). The id keys on the owner either way
    (``id_key``), so two countries' ministries stay two actors, and the full form stays an
    alias. Every other name is shown as it is, garbled letters mended ("PeÃ±a" → "Peña")."""
    name = repaired(name)
    if type_ != "organization":
        return name
    owner, rest = split_owner(name)
    if not owner or not rest.strip() or not name.endswith(rest):
        return name  # no owner, or "Foreign Ministry of Denmark": as written
    prefix = name[:len(name) - len(rest)].strip()
    if rest.islower():
        return name  # "Sudan's army": a common noun alone does not say which army
    if re.search(r"['\u2019]s?$", prefix) or gazetteer.country(prefix):
        return rest
    return name


def is_generic(type_: str, name: str) -> bool:
    """True for a name that does not say whose it is: an office with no owner ("Foreign
    Ministry", "State Department"), or a group named by common nouns ("reporters")."""
    if type_ == "group":
        return True
    if type_ not in ("organization",) or gazetteer.lookup(name):
        return False
    words = name.split()
    return bool(words) and fold(words[-1]) in GENERIC_HEADS and split_owner(name)[0] is None and not any(
        gazetteer.country(w) or gazetteer.demonym(w) for w in words)


def is_media_name(name: str) -> bool:
    if gazetteer.media(name):
        return True
    return _MEDIA_WORD.search(fold(name)) is not None


def compatible_first(a: str, b: str) -> bool:
    """Two first names that may be the same person's: same shape, one a prefix of the other,
    or one letter apart (at least three letters long)."""
    if not a or not b:
        return True
    fa, fb = _NICKNAMES.get(letters_of(a), letters_of(a)), _NICKNAMES.get(letters_of(b), letters_of(b))
    if first_shape(a) == first_shape(b) or fa.startswith(fb) and len(fb) >= 3 or fb.startswith(fa) and len(fa) >= 3:
        return True
    return min(len(fa), len(fb)) >= 4 and edit_distance(fa, fb) <= 1


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
