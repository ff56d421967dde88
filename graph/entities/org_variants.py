"""Short and swapped forms of an organisation's or outlet's name, joined to the one full name
the document gives (the model tags each form on its own, and the graph then holds two actors):

- an outlet by the last word of its name, once the article named it in full ("The New York
  Times … the Times said", "The Washington Post … the Post reported");
- a body by the first word of its two-word name ("Smithsonian Museum … the Smithsonian",
  "Harvard University … Harvard"), when the second word says what kind of body it is (a part of
  a body, "Fatah Committee", is another actor) and the first is no generic word ("House");
- an office written both ways, "Department of Labor" and "Labor Department", "Ministry of
  Defence" and "Defence Ministry";
- a body by the words before the "of" of its name, two at least ("the Joint Chiefs of Staff …
  a spokesman for the Joint Chiefs");
- an office by its field alone, as a title before a name writes it, once the article named the
  office in full ("the Department of Homeland Security … Homeland Security Secretary X").

Each is joined only when exactly one full name fits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import gazetteer
from ..entity_ids import ORG_WORDS, fold, is_generic

if TYPE_CHECKING:  # spaCy types only annotate
    from .clusters import Cluster
    from .index import EntityIndex

# What kind of body a name is, after its own word ("Smithsonian Museum", "Harvard University");
# a part of a body ("Fatah Central Committee", "Hamas Political Bureau") is another actor
_KIND_WORDS = frozenset("""museum university college institution institute corporation corp company
inc group foundation""".split())
_OFFICE_NOUNS = "department|ministry|office|bureau|agency"
_OF_FORM = re.compile(rf"^(?:the\s+)?({_OFFICE_NOUNS})\s+(?:of\s+)(?:the\s+)?(.+)$", re.I)
_ADJ_FORM = re.compile(rf"^(?:the\s+)?(.+?)\s+({_OFFICE_NOUNS})$", re.I)


def _words(name: str) -> list[str]:
    words = [fold(w) for w in name.split()]
    return words[1:] if words and words[0] == "the" else words


def _office_key(name: str) -> str | None:
    """"department:labor" for "Department of Labor" and for "Labor Department"."""
    m = _OF_FORM.match(name)
    if m:
        return f"{m.group(1).lower()}:{fold(m.group(2))}"
    m = _ADJ_FORM.match(name)
    if m and len(m.group(1).split()) <= 3:
        return f"{m.group(2).lower()}:{fold(m.group(1))}"
    return None


def absorb_org_variants(index: EntityIndex) -> None:
    """Join the short and swapped forms of the document's organisations and outlets."""
    bodies = [c for c in index.clusters if c.type in ("organization", "media")]
    for c in bodies:
        if c not in index.clusters:
            continue
        host = _short_form_host(c, bodies, index) or _office_host(c, bodies, index) or _of_tail_host(c, bodies, index) \
            or _office_subject_host(c, bodies, index)
        if host is not None and host is not c:
            index.merge(c, host)


def _short_form_host(c: Cluster, bodies: list[Cluster], index: EntityIndex) -> Cluster | None:
    words = _words(c.name)
    if len(words) != 1:
        return None
    w = words[0]
    if w in ORG_WORDS or is_generic(c.type, c.name) or gazetteer.country(c.name) or gazetteer.demonym(c.name) \
            or gazetteer.lookup(c.name) and c.type != "media":
        return None
    live = [d for d in bodies if d is not c and d in index.clusters and len(_words(d.name)) > 1]
    if c.type == "media":
        hosts = [d for d in live if d.type == "media" and _words(d.name)[-1] == w]
        if len(hosts) == 1:
            return hosts[0]  # "the Times" → The New York Times
    hosts = [d for d in live if len(_words(d.name)) == 2 and _words(d.name)[0] == w and _words(d.name)[1] in _KIND_WORDS
             and (d.type == c.type or c.type == "organization")]
    return hosts[0] if len(hosts) == 1 else None


def _office_host(c: Cluster, bodies: list[Cluster], index: EntityIndex) -> Cluster | None:
    key = _office_key(c.name)
    if key is None or not _OF_FORM.match(c.name):
        return None  # the "X Department" form joins the "Department of X" one, never the other way
    hosts = [d for d in bodies if d is not c and d in index.clusters and d.type == c.type
             and not _OF_FORM.match(d.name) and _office_key(d.name) == key]
    return hosts[0] if len(hosts) == 1 else None


def _of_tail_host(c: Cluster, bodies: list[Cluster], index: EntityIndex) -> Cluster | None:
    """The one longer organisation whose name is ``c``'s words and then "of …" ("Joint Chiefs" →
    "Joint Chiefs of Staff"); two words at least, since one ("the Bank") may be any bank. A name
    that ends in its kind of body ("Party", "Organization", "Council") may have branches "of" a
    place, each another body ("the Republican Party of Wyoming" is not the Republican Party)."""
    words = _words(c.name)
    if c.type != "organization" or len(words) < 2 or words[-1] in ORG_WORDS:
        return None  # "the Republican Party" and "the Republican Party of Nevada": a body named by its kind has branches
    n = len(words)
    hosts = []
    for d in bodies:
        if d is c or d not in index.clusters or d.type != "organization":
            continue
        full = _words(re.sub(r"^[^'\u2019]+['\u2019]s\s+", "", d.name))  # "Japan's Joint Chiefs of Staff": its owner apart
        if len(full) > n + 1 and full[:n] == words and full[n] == "of":
            hosts.append(d)
    return hosts[0] if len(hosts) == 1 else None


def _office_subject_host(c: Cluster, bodies: list[Cluster], index: EntityIndex) -> Cluster | None:
    """The one office ("Department of Homeland Security", "Energy Ministry") whose field is all of
    ``c``'s name ("Homeland Security", which the model tags on its own in "Homeland Security
    Secretary X"); two words at least, since one ("Energy", "Defense") names a field, not a body."""
    words = _words(c.name)
    if c.type != "organization" or len(words) < 2 or words[-1] in ORG_WORDS or _office_key(c.name) is not None \
            or gazetteer.country(c.name) or gazetteer.lookup(c.name):
        return None
    field = " ".join(words)
    hosts = [d for d in bodies if d is not c and d in index.clusters and d.type == "organization"
             and (_office_key(d.name) or ":").split(":", 1)[1] == field]
    return hosts[0] if len(hosts) == 1 else None
