"""SPEAKS_FOR and ROLE of described sources and offices: "a NATO diplomat" → NATO,
"Takaichi's office" → Takaichi, "a spokesman for the Beijing office that handles …",
"the United States was represented by X"."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..actors import is_actor_noun
from ..entities.datelines import after_dateline
from ..model import EntityRef, Span
from ..speaker_words import group_name
from ._context import Context
from .titles import pronoun_owner

# Heads of described sources that belong to what modifies them ("a NATO diplomat").
_OFFICIAL_NOUNS = frozenset("""official officials diplomat diplomats spokesman spokeswoman spokesperson
minister ministers envoy envoys negotiator negotiators officer officers lawmaker lawmakers ambassador
representative representatives commander commanders planner planners""".split())
_OFFICE_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson"})


_SOURCE_NOUNS = _OFFICIAL_NOUNS | _OFFICE_NOUNS
TRIGGER_WORDS = frozenset(_SOURCE_NOUNS)


def at_token(ctx: Context, tok: Token) -> None:
    """The representation rules that start at ``tok``."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "represent":
        represented(ctx, tok)
    if tok.pos_ == "NOUN" and tok.lower_ in _SOURCE_NOUNS:
        described_source(ctx, tok)


def whole_document(ctx: Context) -> None:
    """Described sources and offices among the document's entities."""
    for c in list(ctx.index.clusters):
        if c.type in ("group", "organization"):
            described(ctx, c)


def represented(ctx: Context, verb: Token) -> None:
    """ "the United States was represented by Deputy Secretary of State Christopher Landau"."""
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if agent is not None:
        rep, principal = agent, subj
    else:
        rep, principal = subj, next((c for c in verb.children if c.dep_ == "dobj"), None)
    a, b = ctx.ent(rep), ctx.ent(principal)
    if a is not None and b is not None and a.type == "person" and b.type in ("country", "organization", "person"):
        ctx.add(a, "SPEAKS_FOR", b, ctx.evidence(principal, rep) if principal.i < rep.i else ctx.evidence(rep, principal), 0.75)


def described_source(ctx: Context, noun: Token) -> None:
    """ "a NATO diplomat", "a State Department official", "a senior Russian official" →
    a group entity with a ROLE at what it belongs to; "Takaichi's office" → SPEAKS_FOR."""
    if noun.lower_ in ("spokesman", "spokeswoman", "spokesperson") and noun.dep_ != "compound":
        spokesperson_for(ctx, noun)
    if ctx.index.cluster_at(noun) is not None and ctx.index.cluster_at(noun).type != "group":
        return
    if noun.dep_ in ("compound", "appos") or any(c.dep_ == "appos" for c in noun.children):
        return  # "envoy Steve Witkoff", "an aide, Yuri Ushakov": titles, read elsewhere
    if ctx.doc[noun.i + 1:noun.i + 2].text[:1].isupper() and ctx.doc[noun.i + 1].ent_type_ == "PERSON":
        return
    # "BRUSSELS, Oct 14 (Reuters) - EU foreign ministers": the parse may hang the dateline on the noun
    first = after_dateline(list(ctx.doc[noun.left_edge.i:noun.i + 1]))[0].i
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i >= first]
    owners = [c for c in mods if ctx.ent(c) is not None and ctx.ent(c).type != "group"]
    if not owners:
        return
    office = noun.lower_ in _OFFICE_NOUNS
    existing = ctx.index.cluster_at(noun)
    if existing is None and not office:
        # a new described source only when written as one: "a NATO diplomat", "a State
        # Department official" (named owner, indefinite, not a list or a title)
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return
        owners = [c for c in owners if c.ent_type_ in ("ORG", "GPE") and not gazetteer.demonym_token(c)]
        if not owners or noun.dep_ == "conj":
            return
    if office and not any(c.dep_ == "poss" for c in owners):
        return
    if not office and any(c.dep_ == "poss" for c in owners):
        return  # "Trump's advisers": read as roles of named people elsewhere
    left = max(first, min([noun.i, *[c.left_edge.i for c in noun.lefts if c.dep_ != "det"]]))
    span = ctx.doc[left:noun.i + 1]
    holder_cluster = ctx.index.cluster_at(noun)
    if holder_cluster is None:
        holder_cluster = ctx.index.add(span, "group", name=group_name(list(span)),
                                        description=ctx.doc[noun.left_edge.i:noun.i + 1].text)
    if holder_cluster is None:
        return
    holder = ctx.index.ref(holder_cluster)
    ev = Span.of(ctx.text, span.start_char, span.end_char)
    for o in owners:
        obj = ctx.ent(o)
        if obj is None or obj.id == holder.id:
            continue
        if office:
            ctx.add(holder, "SPEAKS_FOR", obj, ev, 0.7)
        elif not (noun.lower_ in ("official", "officials") and obj.type == "country"):  # as in ``described``
            ctx.add(holder, "ROLE", obj, ev, 0.65, role=noun.lemma_.lower())


def spokesperson_for(ctx: Context, noun: Token) -> None:
    """ "A spokesman for the Madrid office that handles trade" → SPEAKS_FOR that office."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("for", "of")), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return
    cluster = ctx.index.cluster_at(noun)
    if cluster is not None and cluster.type != "group":
        return
    if any(a.dep_ == "appos" and ctx.ent(a) is not None and ctx.ent(a).type == "person"
           for a in [*pobj.children, *noun.children]):
        return  # "A spokesperson for the commission, Lina Varga,": she is the one (roles.apposition),
        # wherever the parse hangs her name
    person = ctx.ent(noun.head) if noun.dep_ == "appos" and cluster is None else None
    if person is not None and person.type == "person":
        holder = person  # "Wu Qian, a spokesman for the army,": he speaks for it, no group beside him
    elif cluster is None:
        left = min([noun.i, *[c.left_edge.i for c in noun.lefts if c.dep_ != "det"]])
        words = [t for t in ctx.doc[left:pobj.i + 1] if not (t.dep_ == "det" and t.head.i == noun.i)]
        cluster = ctx.index.add(ctx.doc[left:noun.i + 1], "group", name=group_name(words),
                                 description=ctx.doc[noun.left_edge.i:pobj.i + 1].text)
        if cluster is None:
            return
        holder = ctx.index.ref(cluster)
    else:
        holder = ctx.index.ref(cluster)
    obj = ctx.ent(pobj)
    if obj is None or obj.id == holder.id:
        obj = _office(ctx, pobj)
    if obj is not None:
        ctx.add(holder, "SPEAKS_FOR", obj, Span.of(ctx.text, noun.left_edge.idx,
                                                     pobj.right_edge.idx + len(pobj.right_edge)), 0.75)


def described(ctx: Context, cluster) -> None:  # noqa: ANN001 - an EntityIndex cluster
    """Described sources and offices: "a NATO diplomat" → ROLE diplomat → NATO;
    "Takaichi's office" → SPEAKS_FOR Takaichi; "a spokesman for the Beijing office …"."""
    holder = ctx.index.ref(cluster)
    for m in cluster.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.pos_ not in ("NOUN",):
            continue
        if root.lower_ in _VOICE_NOUNS:
            # "…, his office said", "her spokesman said": the person the pronoun stands for
            for poss in (c for c in root.children if c.dep_ == "poss" and c.lower_ in ("his", "her")):
                owner = pronoun_owner(ctx, poss)
                if owner is not None and owner.id != holder.id:
                    ctx.add(holder, "SPEAKS_FOR", owner, Span.of(ctx.text, m.start, m.end), 0.7)
        if cluster.type == "group" and not is_actor_noun(root.lemma_):
            continue  # where words were addressed ("told a Moscow news briefing"): no one's post
        if cluster.type == "group":
            _post_of_group(ctx, holder, root, m)
        # "a spokesman for the Beijing office that handles Taiwan affairs"
        if root.lower_ in ("spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"):
            _spokesman_for(ctx, holder, root, m)


def _post_of_group(ctx: Context, holder: EntityRef, root: Token, m: Span) -> None:
    """ "a NATO diplomat", "Chinese foreign ministry officials": the post a described group
    holds at the bodies named before its noun (not the states of "NATO leaders", not a
    country's unnamed officials), or the one it speaks for ("the Kremlin's press office")."""
    objs = [c for c in root.lefts if c.dep_ in ("compound", "poss", "amod", "nmod")
            and ctx.ent(c) is not None and ctx.ent(c).id != holder.id
            and c.idx >= m.start]  # inside the mention: not a dateline's agency the parse hung on it
    ev = Span.of(ctx.text, m.start, m.end)
    if objs and root.lower_ not in _SOURCE_NOUNS:
        objs = [o for o in objs if o.dep_ != "amod" and not gazetteer.demonym_token(o)]
    if root.lower_ in ("leader", "leaders", "heads"):
        # "most NATO leaders": heads of the member states, not leaders of the alliance
        states_of = {r.object for r in ctx.out if r.predicate == "MEMBER_OF"}
        if ctx.alliance is not None:
            states_of.add(ctx.alliance.id)
        objs = [o for o in objs if ctx.ent(o).id not in states_of]
    if root.lower_ in ("official", "officials"):
        # "a Chinese official", "U.S. officials": an unnamed member of a country's
        # government, said to be so only by the demonym; readers list no role for it
        objs = [o for o in objs if ctx.ent(o).type != "country"]
    if objs:
        noun = root.lower_
        if noun in ("office", "offices", "team", "campaign", "spokesman", "spokeswoman", "spokesperson",
                    "ministry", "embassy", "mission", "delegation"):
            for o in objs:
                ctx.add(holder, "SPEAKS_FOR", ctx.ent(o), ev, 0.75)
        else:
            ctx.role_and_principal(holder, root, root.lemma_.lower(), objs, ev, 0.7)


def _spokesman_for(ctx: Context, holder: EntityRef, root: Token, m: Span) -> None:
    """ "a spokesman for the Beijing office that handles Taiwan affairs": whom a spokesman or
    representative speaks for, named in its "for"/"of" phrase."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            obj = ctx.ent(pobj)
            if obj is None or obj.id == holder.id:
                obj = _office(ctx, pobj)
            if obj is not None:
                ctx.add(holder, "SPEAKS_FOR", obj, Span.of(ctx.text, m.start,
                         pobj.right_edge.idx + len(pobj.right_edge)), 0.75)


# The nouns for those who speak for a person: "his office", "her spokeswoman".
_VOICE_NOUNS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "team",
                          "campaign", "aides", "lawyer", "lawyers", "attorney", "attorneys", "representative"})


def _office(ctx: Context, tok: Token | None) -> EntityRef | None:
    """An unnamed office or ministry as an organisation: "the Beijing office that handles
    Taiwan affairs", "the Norwegian foreign ministry"."""
    if tok is None or tok.lemma_.lower() not in ("office", "ministry", "department", "agency", "embassy",
                                                   "government", "council", "commission", "committee"):
        return None
    toks = [t for t in tok.subtree if t.dep_ != "det" or t.i > tok.i]
    toks = [t for t in toks if not (t.dep_ == "det" and t.head.i == tok.i)]
    span = ctx.doc[toks[0].i: toks[-1].i + 1]
    name = " ".join(t.text for t in span if not (t.dep_ == "det" and t.head.i == tok.i)).strip()
    cluster = ctx.index.add(span, "organization", name=name[:1].upper() + name[1:])
    return ctx.index.ref(cluster) if cluster else None
