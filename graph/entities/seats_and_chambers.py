"""Names of a place that may stand for a government or a body: whether a seat of government
acts or speaks ("Moscow sees") or is a mere place ("talks in Moscow"), "Brussels" read as NATO
or the EU by what the document is about, and a chamber's bare noun ("House"), which the
gazetteer's national reading names only as the chamber of a post.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer
from ..cues import DASHES
from ..entity_ids import fold
from .datelines import is_dateline_place

if TYPE_CHECKING:  # spaCy types only annotate: reading ids and names needs no spaCy
    from spacy.tokens import Span as SpacySpan


# Places a seat of government sits in, as opposed to acting ("talks in Moscow").
_PLACE_PREPS = {"in", "at", "near", "into", "outside", "across", "around", "inside", "within",
                "through", "throughout", "via", "over", "onto", "toward", "towards", "beyond"}
# Offices a city or a state holds of its own: "London's mayor", "the mayor of Paris" name the city,
# not the national government its name may stand for elsewhere ("London said").
_LOCAL_OFFICES = {"mayor", "governor", "gov", "councillor", "councilman", "councilwoman"}
_MOTION = {"visit", "travel", "fly", "go", "return", "arrive", "trip", "head", "move", "come",
           "send", "deploy", "journey", "flight", "race", "leave", "reach", "tour", "invite",
           "bring", "relocate", "drive", "rush"}


def seat_acts(ent: SpacySpan) -> bool:
    """True when a seat of government acts or speaks ("Moscow sees", "pressure from
    Oslo", "the Kremlin's plan"), False when it is a place ("talks in Moscow")."""
    doc = ent.doc
    root = ent.root
    nxt = doc[ent.end] if ent.end < len(doc) else None
    at_line_start = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws or doc[ent.start - 1].is_space
    if at_line_start and nxt is not None and (nxt.text in DASHES or nxt.text == ","):
        return False  # a dateline: "BRUSSELS —"
    if at_line_start and is_dateline_place(ent[0]):
        return False  # a wire's dateline: "LONDON (Reuters) -"
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj":
        prep = root.head.lower_
        if prep in _PLACE_PREPS:
            return False
        if prep in ("to", "from") and root.head.head.lemma_.lower() in _MOTION:
            return False
    if root.dep_ == "dobj" and root.head.lemma_.lower() in _MOTION:
        return False
    office = root.head if root.dep_ in ("poss", "compound") else \
        root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if office is not None and office.lower_.rstrip(".") in _LOCAL_OFFICES:
        return False  # "London's mayor", "Paris Mayor X": the city's own office
    return True


def brussels_means(ents: list[SpacySpan]) -> str:
    """What "Brussels" stands for in a document: NATO when it names NATO more often than the EU."""
    nato = sum(1 for e in ents if gazetteer.organization(e.text) == "NATO")
    eu = sum(1 for e in ents if gazetteer.organization(e.text) == "European Union")
    return "NATO" if nato > eu else "European Union"


# Legislative chambers a news story may name by their bare noun, national or a state's own.
_CHAMBERS = {"house", "senate", "assembly"}


def bare_chamber(span: SpacySpan) -> bool:
    """Whether ``span`` is a chamber's bare noun alone ("House")."""
    return len(span) == 1 and fold(span.text) in _CHAMBERS


def _chamber_of_a_post(span: SpacySpan) -> bool:
    """Whether ``span`` is a chamber's bare noun said as the body of a post: a noun's modifier
    ("House Speaker", "House Majority Leader") or the "of" after one ("speaker of the House");
    not a chamber where things happen ("served in the House")."""
    if not bare_chamber(span):
        return False
    root = span.root
    return root.dep_ == "compound" and root.head.i > root.i or root.dep_ == "pobj" \
        and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN")


def gazetteer_names(span: SpacySpan) -> bool:
    """Whether the gazetteer's name of ``span``'s words holds where they are written: always,
    but a chamber written by its bare noun ("House", which the gazetteer takes for the national
    one) only as a post's chamber and not after a place: "Ohio House Speaker X", "the state
    House" are a state's own chamber."""
    if not bare_chamber(span):
        return True
    before = span.doc[span.start - 1] if span.start else None
    local = before is not None and (before.lower_ == "state" or before.ent_type_ == "GPE" and before.text[:1].isupper())
    return _chamber_of_a_post(span) and not local
