"""Words of a title, shared by the title rules (``titles``, ``title_lists``, ``title_owners``,
``earlier_titles``): the title written right before a name, its text as a role, the gender a
possessive pronoun before it asks for."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..model import EntityRef
from ._context import HONORIFICS, LEADER_OR_MINISTER, STATE_ACTORS, Context

POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "its": "thing", "their": "plural"}


def gender(ctx: Context, ref: EntityRef) -> str | None:
    """A person's gender as the document says it (a title, a pronoun), else as the forename
    does ("Jim Comey" is not the "her" of "her aide")."""
    return ctx.resolver.gender(ref)


def title_words(ctx: Context, end: int, lowercase: bool) -> list[Token]:
    """The title written right before token ``end``: plain words and hyphens, no name,
    article, possessive or punctuation ("special envoy", "son-in-law"), nearest last."""
    out: list[Token] = []
    i = end - 1
    while i >= 0 and len(out) < 6:
        t = ctx.doc[i]
        hyphen = t.text in ("-", "\u2010", "\u2011") and out and i > 0 and not t.whitespace_
        if not hyphen and (not t.is_alpha or ctx.index.cluster_at(t) is not None or gazetteer.demonym_token(t)
                           or t.lower_ in POSSESSIVE_PRONOUNS or t.pos_ in ("DET", "CCONJ", "ADP", "PART", "NUM")
                           and t.lower_ != "in" or lowercase and not t.is_lower):
            break
        out.insert(0, t)
        i -= 1
    while out and not out[0].is_alpha:
        out.pop(0)
    if out and out[0].lower_ == "in":  # "in" belongs only inside "son-in-law"
        return []
    return out


def role_text(words: list[Token]) -> str:
    return "".join(t.lower_ + t.whitespace_ for t in words if t.lower_.rstrip(".") not in HONORIFICS).strip()


def leader_state(ctx: Context, tok: Token) -> Token | None:
    """The state whose leader a possessor title names, when no name follows it: "Brazilian
    President's adviser", "the Israeli prime minister's spokesman", "Kenya's president's aide"
    (the aide works for the leader, and so for the state, as readers list it)."""
    if ctx.index.at(tok) is not None or tok.lower_ not in LEADER_OR_MINISTER:
        return None
    for c in tok.lefts:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON":
            ref = ctx.ent(c)
            if ref is not None and ref.type in STATE_ACTORS:
                return c
    return None
