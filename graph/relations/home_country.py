"""The article's own country, which a reader supplies where the article leaves it unwritten:
"President Obama" in an American story is the United States' president though the text never
writes the country (``offices`` asks ``home_country`` and makes the entity with ``home_entity``).

The article's home country is read from the whole text, never from a name: the country its
places and institutions belong to (its country mentions, the US states, capitals and seats of
government it names, the party-state tags "(R-Texas)" of American legislators, "Congress"),
when one country clearly leads. Without a clear home country nothing is added: an office
alone ("President X" may be anyone's) says no country.

(Tried and left out, since most reader-written sets did not list them: the chamber of Congress
for "Sen. X" / "Rep. Y" beside the party and state readers do list, and the department of
"former Secretary of State X" beside her country or party.)"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .. import gazetteer
from ..model import EntityRef
from ._context import Context
from .seats import US_STATES  # the US states as the seat rules know them

_US = "United States"
# American signals besides places: the party-state tag of a legislator and the name of its legislature.
_PARTY_TAG = re.compile(r"\(\s*[RDI]\s*[-\u2013]\s*[A-Z][A-Za-z. ]{1,19}\)")
_US_WORDS = {"congress", "capitol hill", "gop"}


def home_country(ctx: Context) -> str | None:
    """The article's own country: the one its country mentions, places and institutions
    belong to, at least two signals and half as many again as any other; else None."""
    if "home_country" in ctx.memo:
        return ctx.memo["home_country"]  # type: ignore[return-value]
    score: dict[str, int] = {}
    for c in ctx.index.clusters:
        if c.type == "country" and gazetteer.country(c.name):
            score[c.name] = score.get(c.name, 0) + len(c.mentions)
    for ent in ctx.index.layout.ents:
        if ent.label_ not in ("GPE", "ORG", "FAC", "LOC", "NORP"):
            continue
        ref = ctx.index.at(ent.root)
        if ref is not None and ref.type == "country" and gazetteer.country(ref.name):
            continue  # counted with its country
        text = ent.text.strip()
        text = re.sub(r"^(?:the|The)\s+", "", text)
        owner = _US if text in US_STATES else gazetteer.seat(text) or gazetteer.national_institution(text) \
            or (gazetteer.demonym(text) if ent.label_ == "NORP" else None)
        if owner is None and text.lower() in _US_WORDS:
            owner = _US
        if owner and gazetteer.country(owner):
            score[owner] = score.get(owner, 0) + 1
    tags = len(_PARTY_TAG.findall(ctx.text))
    if tags:
        score[_US] = score.get(_US, 0) + 2 * tags  # no other country's press writes them
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    home = None
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 1.5 * ranked[1][1]):
        home = ranked[0][0]
    ctx.memo["home_country"] = home  # read once per document
    return home


def home_entity(ctx: Context, name: str, at: Token) -> EntityRef | None:
    """The home country ``name`` as an entity: the document's own when it names it, else one
    mentioned at ``at`` (the office that implies it)."""
    found = ctx.countries().get(name)
    if found is not None:
        return found
    cluster = ctx.index.add(ctx.doc[at.i:at.i + 1], "country", name=name)
    return ctx.index.ref(cluster) if cluster else None
