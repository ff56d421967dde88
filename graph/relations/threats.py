"""Threats said with a noun: "Chile is the main threat to Peru", "Russia poses a threat to the
alliance", "the threat Russia poses to Europe", "a threat to Peru from Chile", "Iran is a danger to
Israel", "leaders see Russia as their biggest threat", "Russia, a U.S. adversary," → ADVERSARY_OF
between the one threatening and the one threatened (a person's view of a state as a threat is no
enmity between states). Hypotheses, denials and threats no longer posed stay out.

Split out of ``alliances``, which still reads enemies listed with their noun ("rivals X and Y":
``side_list``) and "the two rivals"; its ``alliance_words`` calls ``at_token`` here, last of its
noun rules, so that they keep the order in which they have always run."""

from __future__ import annotations

from spacy.tokens import Token

from ..speakers import subject_of
from ._context import STATE_ACTORS, Context, asserted, no_longer
from ._facts import told_as_fact

# The nouns of a threat and of an enemy described ("an adversary of X", "a U.S. rival").
_THREAT_NOUNS = {"threat", "threats", "adversary", "adversaries", "enemy", "enemies", "foe", "foes", "rival", "rivals"}
TRIGGER_WORDS: frozenset[str] = frozenset(_THREAT_NOUNS | {"danger"})


def at_token(ctx: Context, tok: Token) -> None:
    """The threat rules that start at ``tok``."""
    low = tok.lower_
    if low in _THREAT_NOUNS:
        threat(ctx, tok)
    elif low == "danger" and tok.dep_ == "attr" and tok.head.lemma_.lower() in ("be", "remain", "become") \
            and told_as_fact(tok):  # (as a fact: not "no longer a danger")
        _threat_to(ctx, tok, subject_of(tok.head))  # "Iran is a danger to Israel"


def threat(ctx: Context, tok: Token) -> None:
    """ "Russia poses the biggest threat to the Western alliance"; "leaders describe
    Russia as their biggest threat"; "Russia, an adversary of …"."""
    head = tok.head
    if tok.lower_ in ("threat", "threats") and (not told_as_fact(tok) or no_longer(head)):
        return  # "could pose a threat to X", "does not see X as a threat", "if X became a threat",
        # "X is no longer a threat to Y"
    if tok.lower_ == "threat" and tok.dep_ == "attr" and head.lemma_.lower() in ("be", "remain", "become"):
        _threat_to(ctx, tok, subject_of(head))  # "Chile is the main threat to Peru"
    if tok.lower_ == "threat":
        _threat_from(ctx, tok)  # "an existential threat to Peru from Chile"
        _threat_posed(ctx, tok)  # "the threat Russia poses to Europe", "the threat posed by Russia to Poland"
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("pose", "represent", "remain", "be"):
        subj = ctx.ent(subject_of(head))
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "for"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                obj = ctx.ent(pobj)
                if obj is None and pobj is not None and pobj.lower_ == "alliance":
                    obj = ctx.alliance
                if subj and obj:
                    ctx.add(subj, "ADVERSARY_OF", obj, ctx.evidence(subject_of(head), pobj), 0.75)
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in ("see", "describe", "view",
                                                                                   "regard", "consider", "call", "label", "brand"):
        verb = head.head
        if not told_as_fact(verb) or no_longer(verb):
            return  # "no longer sees Vietnam as an enemy", "does not regard X as a rival": no view held
        seen = next((c for c in verb.children if c.dep_ == "dobj"), None)
        viewer_tok = subject_of(verb)
        viewer = ctx.ent(viewer_tok)
        if viewer is None and viewer_tok is not None:
            for c in viewer_tok.lefts:  # "most NATO leaders", "European governments"
                viewer = viewer or ctx.ent(c)
        if viewer is not None and viewer.type in ("person", "group"):
            viewer = None  # a person's view is not an alliance fact
        obj = ctx.ent(seen)
        if viewer and obj:
            ctx.add(obj, "ADVERSARY_OF", viewer, ctx.evidence(viewer_tok, tok), 0.7)
    if tok.dep_ == "appos" and not any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children):
        # "Russia, an adversary that has worked … to undermine U.S. global leadership"
        subj = ctx.ent(tok.head)
        target = next((t for t in tok.subtree if t.i > tok.i and ctx.ent(t) is not None
                       and ctx.ent(t).type == "country"), None)
        if subj is not None and subj.type == "country" and target is not None:
            ctx.add(subj, "ADVERSARY_OF", ctx.ent(target), ctx.evidence(tok.head, target), 0.6)
    if tok.dep_ in ("appos", "attr") and not any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children):
        # "Russia, a U.S. adversary,"; "Russia and China are America's main rivals"
        owner = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"
                      and ctx.ent(c) is not None and ctx.ent(c).type in STATE_ACTORS), None)
        described = ctx.described_by(tok) if owner is not None else []
        for s in described:
            subj = ctx.ent(s)
            if subj is not None and subj.type in STATE_ACTORS:
                ctx.add(subj, "ADVERSARY_OF", ctx.ent(owner), ctx.evidence(described[0], owner, tok), 0.7)
    if tok.dep_ == "appos":
        subj = ctx.ent(tok.head)
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if subj and ctx.ent(pobj):
                    ctx.add(subj, "ADVERSARY_OF", ctx.ent(pobj), ctx.evidence(tok.head, pobj), 0.7)


def _threat_to(ctx: Context, tok: Token, subj_tok: Token | None) -> None:
    """ "Chile is the main threat to Peru": the subject of the copula threatens the object of "to"."""
    subj = ctx.ent(subj_tok) if subj_tok is not None else None
    if subj is None or subj.type not in STATE_ACTORS:
        return
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for to, obj in ctx.actors(pobj, STATE_ACTORS):
                    ctx.add(subj, "ADVERSARY_OF", obj, ctx.evidence(subj_tok, tok, to), 0.7)


def _threat_from(ctx: Context, tok: Token) -> None:
    """ "a threat to Peru from Chile", "the threat from Chile to Peru": both sides said with the noun."""
    by_prep: dict[str, list] = {"to": [], "from": []}
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in by_prep:
            by_prep[prep.lower_] += [a for g in prep.children if g.dep_ == "pobj" for a in ctx.actors(g, STATE_ACTORS)]
    for tf, source in by_prep["from"]:
        for tt, target in by_prep["to"]:
            ctx.add(source, "ADVERSARY_OF", target, ctx.evidence(*sorted((tok, tf, tt), key=lambda t: t.i)), 0.7)


def _threat_posed(ctx: Context, tok: Token) -> None:
    """ "the threat Russia poses to Europe", "the threat posed by Russia to Poland": the one who
    poses it (the clause's subject, or the agent of "posed by") threatens the one it is posed to."""
    for clause in tok.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in ("pose", "represent") \
                or not asserted(clause, steps=1):
            continue  # "the threat Russia could pose": not posed yet; "no longer poses": not now
        if clause.dep_ == "relcl":
            sources = [(c, ctx.ent(c)) for c in clause.children if c.dep_ == "nsubj" and ctx.ent(c) is not None]
        else:
            sources = [a for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                       for a in ctx.actors(g, STATE_ACTORS)]
        targets = [a for holder in (clause, tok) for p in holder.children if p.dep_ == "prep" and p.lower_ == "to"
                   for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, STATE_ACTORS)]
        for ts, source in sources:
            if source.type not in STATE_ACTORS:
                continue
            for tt, target in targets:
                ctx.add(source, "ADVERSARY_OF", target, ctx.evidence(*sorted((tok, ts, tt), key=lambda t: t.i)), 0.7)
