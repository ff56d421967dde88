"""MEMBER_OF: members of an alliance or body ("members of NATO", "alliance member Poland",
"Lithuania, a NATO member", "allies, from Canada to Estonia"), and the bodies of a state or a
movement, which stay themselves and belong to it ("the country's air force", "the State
Department", "the movement's political bureau")."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import Context

# Nouns for a body a document names earlier: "a permanent member of the group".
_BODY_NOUNS = {"group", "council", "bloc", "body", "organization", "organisation", "alliance", "union"}

TRIGGER_WORDS = frozenset({"member", "members", "membership", "from"})


def at_token(ctx: Context, tok: Token) -> None:
    """The membership rules that start at ``tok``."""
    low = tok.lower_
    if low in ("member", "members"):
        member_words(ctx, tok)
    if low == "from":
        from_to_list(ctx, tok)


def member_words(ctx: Context, tok: Token) -> None:
    """ "Spain is a member of NATO", "Lithuania, a NATO member,", "alliance member Poland"."""
    low = tok.lower_
    if low in ("member", "members") and tok.dep_ in ("attr", "appos", "nsubj", "dobj", "pobj", "conj"):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                org = ctx.ent(pobj)
                if org is None and pobj is not None and pobj.lower_ == "alliance":
                    org = ctx.alliance
                if org is None and pobj is not None and pobj.lower_ in _BODY_NOUNS:
                    org = ctx.earlier_body(pobj)  # "Russia, a permanent member of the group"
                for s in ctx.described_by(tok):
                    ctx.add(ctx.ent(s), "MEMBER_OF", org, ctx.evidence(s, pobj), 0.75)
    if low in ("member", "members") and tok.dep_ in ("attr", "appos") and \
            not any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in tok.children):
        # "Lithuania, a NATO member,"; "Norway and Iceland are NATO members"
        org_tok = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod") and ctx.ent(c) is not None
                        and ctx.ent(c).type == "organization"), None)
        for s in (ctx.described_by(tok) if org_tok is not None else []):
            member = ctx.ent(s)
            if member is not None and member.type == "country":
                ctx.add(member, "MEMBER_OF", ctx.ent(org_tok), ctx.evidence(s, org_tok, tok), 0.75)
    if low == "member" and tok.dep_ == "compound":
        # "alliance member Poland", "NATO member Estonia"
        country_tok = tok.head
        member = ctx.ent(country_tok)
        org_tok = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod")), None)
        org = ctx.ent(org_tok)
        if org is None and org_tok is not None and org_tok.lower_ == "alliance":
            org = ctx.alliance
        if member is not None and member.type == "country" and org is not None:
            ctx.add(member, "MEMBER_OF", org, ctx.evidence(org_tok, country_tok), 0.8)


def from_to_list(ctx: Context, tok: Token) -> None:
    """ "the other 31 allies, from Canada to Estonia": the two ends are members of the
    alliance the document is about."""
    if ctx.alliance is None:
        return
    window = ctx.doc[max(0, tok.i - 4):tok.i]
    if not any(t.lower_ in ("allies", "members") for t in window):
        return
    first = next((g for g in tok.children if g.dep_ == "pobj"), None)
    to = next((c for c in (first.children if first is not None else []) if c.lower_ == "to"), None) or \
        next((c for c in tok.children if c.lower_ == "to"), None)
    second = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    for t in (first, second):
        ref = ctx.ent(t)
        if ref is not None and ref.type == "country":
            ctx.add(ref, "MEMBER_OF", ctx.alliance, ctx.evidence(window[0], *(x for x in (first, second) if x is not None)), 0.6)
