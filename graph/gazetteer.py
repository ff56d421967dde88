"""Names the small NER model gets wrong or leaves ambiguous: countries, capitals and seats of
government, demonyms, international organisations and news outlets.

Countries come from ISO 3166 via ``pycountry`` (maintained); short names ("Russia", "South
Korea"), aliases ("U.S.", "America", "Britain"), seats of government ("Washington", "the
Kremlin"), demonyms, organisations and outlets come from ``data/gazetteer.json`` shipped with
the package. Everything is read once, at first use, and never changes afterwards.

>>> country("the U.S."), seat("the Kremlin"), demonym("Japanese"), organization("E.U.")
('United States', 'Russia', 'Japan', 'European Union')
>>> lookup("Der Spiegel")
('media', 'Der Spiegel')
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

EU_OR_NATO = "@EU_OR_NATO"  # "Brussels": the EU or NATO, whichever the document is about


# Names recur across a document and a corpus: the forms are memoised (a pure function of the
# string, so the memo never changes an answer; bounded, so it never grows without end).
@lru_cache(maxsize=1 << 16)
def key(name: str) -> str:
    """The form names are compared in: accents folded, lowercase, no leading "the", no dots,
    no possessive: "the U.S.’s" → "us"."""
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'")).encode("ascii", "ignore").decode()
    s = s.strip().lower()
    s = re.sub(r"['\u2019]s?$", "", s)
    s = re.sub(r"^the\s+", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[\s\-]+", " ", s)
    return s.strip(" ,")


@lru_cache(maxsize=1)
def _data() -> dict:
    """``data/gazetteer.json``, parsed once for every table built from it."""
    return json.loads(resources.files(__package__).joinpath("data/gazetteer.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    data = _data()
    import pycountry

    countries: dict[str, str] = {}
    for c in pycountry.countries:
        canonical = data["country_names"].get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None), canonical):
            if n:
                countries[key(n)] = canonical
    for alias, canonical in data["country_aliases"].items():
        countries[key(alias)] = canonical
    orgs: dict[str, str] = {}
    for canonical, aliases in data["organizations"].items():
        for n in [canonical, *aliases]:
            orgs[key(n)] = canonical
    media: dict[str, str] = {}
    for canonical, aliases in data["media"].items():
        for n in [canonical, *aliases]:
            media[key(n)] = canonical
    for n in data.get("platforms", ()):
        media[key(n)] = n
    return {
        "country": countries,
        "seat": {key(k): v for k, v in data["seats"].items()},
        "demonym": {key(k): v for k, v in data["demonyms"].items()},
        "organization": orgs,
        "media": media,
        "region": {key(r): r for r in data.get("regions", ())},
        "platform": {key(p): p for p in data.get("platforms", ())},
        "office": {key(k): v for k, v in data.get("national_offices", {}).items()},
        "usual_office": {key(k): v for k, v in data.get("usual_national_offices", {}).items()},
        "institution": {key(k): v for k, v in data.get("national_institutions", {}).items()},
    }


def _get(table: str, name: str) -> str | None:
    if not name or name.islower():  # names are capitalised; "us" is a pronoun, not the U.S.
        return None
    return _tables()[table].get(key(name))


def country(name: str) -> str | None:
    """The canonical name of the country ``name`` names, or None."""
    return _get("country", name)


def seat(name: str) -> str | None:
    """The country a capital or seat of government stands for ("Moscow", "the White House"),
    ``EU_OR_NATO`` for Brussels, or None."""
    return _get("seat", name)


def demonym(word: str) -> str | None:
    """The country of a demonym or adjective ("Chinese" → China, "U.S." → United States)."""
    return _get("demonym", word)


def demonym_token(tok) -> str | None:  # noqa: ANN001 - a spaCy Token (no spaCy import here)
    """The country of the demonym a token is part of: both words of "North Korean" give
    North Korea (the last word alone, "Korean", would be South Korea)."""
    hit = demonym_words(tok)
    return hit[0] if hit is not None else None


def demonym_words(tok) -> tuple[str, int, int] | None:  # noqa: ANN001 - a spaCy Token
    """``demonym_token``'s country with the tokens that name it, ``doc[start:end]`` ("North
    Korean" both words, "Korean" alone one), or None."""
    doc = tok.doc
    if tok.ent_type_ in ("NORP", "GPE"):
        a, b = tok.i, tok.i + 1
        while a > 0 and doc[a].ent_iob_ == "I":
            a -= 1
        while b < len(doc) and doc[b].ent_iob_ == "I":
            b += 1
        if b - a > 1 and (hit := demonym(doc[a:b].text)):
            return hit, a, b
    for a, b in ((tok.i - 1, tok.i + 1), (tok.i, tok.i + 2)):
        # two capitalised words, neither an article ("The US" is the US, one word)
        if a >= 0 and b <= len(doc) and all(t.text[:1].isupper() and t.lower_ != "the" for t in doc[a:b]) \
                and (hit := demonym(doc[a:b].text)):
            return hit, a, b
    hit = demonym(tok.text)
    return (hit, tok.i, tok.i + 1) if hit else None


def organization(name: str) -> str | None:
    """The canonical name of an international organisation ("E.U." → European Union)."""
    return _get("organization", name)


@lru_cache(maxsize=1)
def _body_kinds() -> dict[str, frozenset[str]]:
    return {key(k): frozenset(v) for k, v in _data().get("body_kinds", {}).items()}


def body_kinds(name: str) -> frozenset[str]:
    """The kind nouns news calls a body by when its name does not say it ("CIA" → agency,
    "NATO" → alliance), or none."""
    if not name or name.islower():
        return frozenset()
    return _body_kinds().get(key(name), frozenset())


def media(name: str) -> str | None:
    """The canonical name of a news outlet ("WSJ" → The Wall Street Journal)."""
    return _get("media", name)


def is_platform(name: str) -> bool:
    """True for a social platform ("Twitter"): media where posts appear, no one interviewed."""
    return _get("platform", name) is not None


def lookup(name: str) -> tuple[str, str] | None:
    """(type, canonical name) for a name the gazetteer knows as such, seats excepted (they
    need context: see ``seat``)."""
    for table, type_ in (("media", "media"), ("organization", "organization"), ("country", "country")):
        hit = _get(table, name)
        if hit:
            return type_, hit
    return None


def region(name: str) -> str | None:
    """The canonical name of a world region, sea or territory ("the Middle East", "Crimea"):
    a place where things happen, never an actor."""
    return _get("region", name)


def is_place(name: str) -> bool:
    """True for a country or a seat of government: never a person's name."""
    return bool(country(name) or seat(name))


def national_office(title: str) -> str | None:
    """The one country that gives the office ``title`` names ("Secretary of State" → United
    States, "treasury secretary" → United States), or None when several do ("president",
    "foreign minister") or ``title`` names no office. Titles are matched in any case."""
    if not title:
        return None
    found = _tables()["office"].get(key(title))
    words = title.split()
    if found is None and len(words) > 2 and words[0].lower() in _DEPUTY_RANKS:
        # "Deputy Secretary of State": the deputy of a one-country office serves that country
        found = national_office(" ".join(words[1:]))
    return found


# Ranks below an office's holder that keep its country ("Deputy Secretary of State",
# "Assistant Secretary of Defense", "Under Secretary of State").
_DEPUTY_RANKS = frozenset({"deputy", "assistant", "under", "acting", "principal"})


def usual_national_office(title: str) -> str | None:
    """The country news most often holds the office ``title`` for when several give it
    ("defense secretary" → United States): to be taken only when the article is about that
    country, never alone."""
    return _tables()["usual_office"].get(key(title)) if title else None


def national_institution(name: str) -> str | None:
    """The country whose state body ``name`` names when written without its country ("the
    State Department", "the Pentagon" → United States), or None."""
    return _get("institution", name)


_SUFFIXES = {"jr", "sr", "jnr", "snr", "ii", "iii"}


@lru_cache(maxsize=1)
def _leaders() -> tuple[dict[tuple[str, str], set[str]], dict[tuple[str, str], set[str]]]:
    """(office, full name key) → countries, and (office, surname key) → countries."""
    data = json.loads(resources.files(__package__).joinpath("data/leaders.json").read_text("utf-8"))
    full: dict[tuple[str, str], set[str]] = {}
    surnames: dict[tuple[str, str], set[str]] = {}
    for country_name, offices in data.items():
        if country_name.startswith("_"):
            continue
        for office, names in offices.items():
            for name in names:
                words = [w for w in key(name).split() if w not in _SUFFIXES]
                full.setdefault((office, " ".join(words)), set()).add(country_name)
                # the family name news shortens to: the last word ("Obama"), or the first of
                # a name written family name first ("Xi" of "Xi Jinping", "Moon" of "Moon Jae-in");
                # a romanised given name ("Jae-in", "Ing-wen") is none: its second part is lower case
                written = [w for w in name.split() if key(w) not in _SUFFIXES]
                for w in {written[-1], written[0]}:
                    if all(part[:1].isupper() for part in w.split("-")):
                        surnames.setdefault((office, key(w)), set()).add(country_name)
    return full, surnames


def leader_country(name: str, office: str) -> str | None:
    """The country whose ``office`` ("president", "prime minister", "foreign minister", …) a
    holder of that name held since 2000, when one country alone fits: a reader's knowledge
    ("President Obama" → United States), used only for a holder the text titles so.

    >>> leader_country("Barack Obama", "president"), leader_country("Xi", "president")
    ('United States', 'China')
    >>> leader_country("Obama", "prime minister") is None
    True
    """
    full, surnames = _leaders()
    words = [w for w in key(name).split() if w not in _SUFFIXES]
    if not words:
        return None
    found = full.get((office, " ".join(words)))
    if found is None and len([w for w in name.split() if key(w) not in _SUFFIXES]) == 1:
        found = surnames.get((office, " ".join(words)))  # "Obama", "Amir-Abdollahian"
    if found is None and len(words) > 1:
        # "Joseph R. Biden" for "Joe Biden": the family name and the first initial agree
        found = {c for (o, n), cs in full.items() if o == office and n.split()[-1] == words[-1]
                 and n[0] == words[0][0] for c in cs} or None
    return next(iter(found)) if found and len(found) == 1 else None
