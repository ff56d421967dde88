"""A title told once with its country, then given to a name without it: "The Chinese finance
minister jabbed back … The finance minister, Lou Jiwei, said" → ROLE finance minister → China."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..model import Span
from ._context import KIN_NOUNS, LIST_ROLE_NOUNS, Context, represents
from ._title_words import role_text


def owner_from_earlier_title(ctx: Context) -> None:
    """ "The Chinese finance minister jabbed back … The finance minister, Lou Jiwei, said":
    a title given once with its country and then, without it, to a name. The name holds the
    title of the earlier mention when every earlier mention of that title gives one owner."""
    for ent, holder in ctx.named_persons():
        titles = [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end]
        if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN" and ent.root.head.i < ent.start:
            titles.append(ent.root.head)  # "The finance minister, Lou Jiwei,"
        for title in titles:
            if title.lower_ not in _TITLE_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
                continue  # "a finance minister" may be anyone's
            if any(ctx.ent(c) is not None and ctx.ent(c).id != holder.id
                   for c in title.subtree if not ent.start <= c.i < ent.end):
                continue  # its owner is said here: the apposition rules read it
            mods = {c.lower_ for c in title.children if c.dep_ in ("amod", "compound")}
            owners = _earlier_owners(ctx, title, mods)
            if len({ctx.named_country(o.text, o).id for o in owners}) != 1:
                continue
            country = ctx.named_country(owners[-1].text, owners[-1])
            role = role_text([c for c in title.lefts if c.dep_ in ("amod", "compound")] + [title])
            ev = Span.of(ctx.text, owners[-1].idx, max(ent.end_char, title.idx + len(title)))
            # added here, not through role_and_principal: the earlier description may already
            # stand for this very name, so its words resolve to the person, not the country
            ctx.add(holder, "ROLE", country, ev, 0.6, role=role)
            if represents(role, title.lower_):
                ctx.add(holder, "SPEAKS_FOR", country, ev, 0.55)


# Titles whose holder a definite description names once: "the finance minister", "the governor".
_TITLE_HEADS = (LIST_ROLE_NOUNS | {"president", "premier", "chancellor", "governor", "mayor", "secretary"}) \
    - KIN_NOUNS - {"official", "officials", "partner", "partners", "lawyer", "lawyers"}


def _earlier_owners(ctx: Context, title: Token, mods: set[str]) -> list[Token]:
    """The country owners of the earlier mentions of ``title`` with at least its modifiers
    ("the Chinese finance minister" for "the finance minister"), named or not."""
    out: list[Token] = []
    for t in ctx.doc[:title.i]:
        if t.lower_ != title.lower_ or t.pos_ != "NOUN":
            continue
        kids = [c for c in t.children if c.dep_ in ("amod", "compound", "poss")]
        if not mods <= {c.lower_ for c in kids}:
            continue
        # the owner by its own word: the description itself may already stand for the name
        owner = next((c for c in kids if c.text[:1].isupper() and (gazetteer.country(c.text) or gazetteer.demonym_token(c))
                      and ctx.named_country(c.text, c) is not None), None)
        if owner is not None:
            out.append(owner)
    return out
