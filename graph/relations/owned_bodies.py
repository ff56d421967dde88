"""ROLE of a person at the body named as theirs in apposition: "Karl Rove's PAC, American
Crossroads", "Ackman's firm, Pershing Square", "her foundation, the Reyes Trust". The
possessive of a kind of body (a PAC, a firm, a company, a foundation) says the person runs or
stands behind it, and the name set off by commas says which body it is; readers list the
person's ROLE there. Kin, staff and members are the posts of ``roles``, not bodies."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import Context

# Kinds of body a person owns, runs or stands behind ("his PAC", "her firm"); not "group" or
# "team", which also name a person's company of friends or a month after a comma. Singular
# only: "Clinton's super PACs, A and B" back her, she holds no post there.
_KINDS = frozenset({"pac", "firm", "company", "foundation", "charity", "nonprofit", "business"})
TRIGGER_WORDS: frozenset[str] = _KINDS


def at_token(ctx: Context, noun: Token) -> None:
    """ "X's super PAC, Y" → ROLE X → Y."""
    if noun.lower_ not in _KINDS or noun.pos_ not in ("NOUN", "PROPN"):
        return
    owner_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
    body_tok = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i
                     and noun.doc[noun.i + 1].text == ","), None)
    if owner_tok is None or body_tok is None or any(t.lower_ == "parent" for t in noun.lefts):
        return  # "X's parent company, Y": Y owns X; X holds no post at Y
    owner = ctx.ent(owner_tok, resolve=True)
    body = ctx.ent(body_tok)
    if owner is None or owner.type != "person" or body is None or body.type != "organization" \
            or body.id == owner.id:
        return
    words = [t.lower_ for t in noun.lefts if t.dep_ in ("amod", "compound") and ctx.ent(t) is None] + [noun.lower_]
    ctx.add(owner, "ROLE", body, ctx.evidence(owner_tok, body_tok), 0.6, role=f"principal of {' '.join(words)}")
