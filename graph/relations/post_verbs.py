"""ROLE (and SPEAKS_FOR) said by a main clause's verb: "the delegation was led by X", "the
Kremlin reappointed X as its chief negotiator", "X will serve as a delegate for Smith", "X chairs
the Senate Armed Services Committee", "X works for the Asia Group". (A relative clause's verb,
"X, who served as …", is read in ``roles``.)"""

from __future__ import annotations

from spacy.tokens import Token

from ..speakers import subject_of
from ._context import STATE_ACTORS, Context, asserted
from .roles import is_post, role_phrase, runs_owned_unit

TRIGGER_WORDS = frozenset({"led", "as"})  # (verbs pass the sieve anyway)


def at_token(ctx: Context, tok: Token) -> None:
    """The rules of posts said by a verb that start at ``tok``."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and tok.dep_ != "relcl":
        if lemma in ("employ", "work"):
            employed(ctx, tok)
        if lemma == "lead":
            led_by(ctx, tok)
        if lemma in _HEAD_VERBS:
            heads_body(ctx, tok)
        if lemma in _RUNNING_VERBS:
            runs_owned(ctx, tok)
    if tok.pos_ == "VERB" and lemma in _LEADING_VERBS:
        heads_delegation(ctx, tok)
    if tok.lower_ == "as" and tok.dep_ == "prep":
        appointed_as(ctx, tok)
        serves_as(ctx, tok)


def led_by(ctx: Context, verb: Token) -> None:
    """ "Ukraine's delegation was led by X" → ROLE head of delegation → Ukraine (+ SPEAKS_FOR);
    "the US mission … is led by X"; an organisation led by X → ROLE head."""
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is None:
        return
    if ctx.ent(agent) is None:  # "led by Putin's aide, Vladimir Medinsky"
        agent = next((c for c in agent.children if c.dep_ == "appos" and ctx.ent(c)), agent)
    led = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    holders = ctx.actors(agent, ("person",))
    if led is None or not holders:
        return
    led_ref = ctx.ent(led)
    if led_ref is not None and led_ref.type == "organization":
        owners, role = [led], "head"
    elif led.lower_ in ("delegation", "mission", "team", "embassy", "ministry", "office"):
        owners = [c for c in led.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                  and ctx.ent(c) is not None and ctx.ent(c).type in STATE_ACTORS + ("person",)]
        role = f"head of {led.lower_}"
    else:
        return
    for th, h in holders:
        for o in owners:
            ev = ctx.evidence(*sorted((o, verb, th), key=lambda t: t.i))
            ctx.add(h, "ROLE", ctx.ent(o), ev, 0.75, role=role)
            if led.lower_ in ("delegation", "mission", "embassy", "ministry", "office"):
                ctx.add(h, "SPEAKS_FOR", ctx.ent(o), ev, 0.7)


def appointed_as(ctx: Context, prep: Token) -> None:
    """ "the Kremlin reappointed X as its chief negotiator" → ROLE + SPEAKS_FOR the subject."""
    verb = prep.head
    noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if verb.pos_ != "VERB" or noun is None or not asserted(verb):
        return  # "may name X as its negotiator", "refused to appoint X as …": no post held
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in ("its", "their", "his", "her"):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    holders = ctx.actors(obj, ("person",))
    principals = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS + ("person",)]
    if not holders or len(principals) != 1:
        return
    role = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ in ("amod", "compound") or t.i == noun.i)
    tp, principal = principals[0]
    for th, h in holders:
        ev = ctx.evidence(*sorted((tp, th, noun), key=lambda t: t.i))
        ctx.role_and_principal(h, noun, role, [tp], ev, 0.75)


# Verbs whose "as <post>" is a post their subject takes or holds ("serve as a delegate for X",
# "signed up as a Smith delegate", "joined as an adviser to X"); "run as" names a party, "seen
# as" a stance, and both are left out.
_TAKE_POST_VERBS = {"serve", "sign", "act", "join", "remain", "stay", "return", "continue", "work"}


def serves_as(ctx: Context, prep: Token) -> None:
    """ "X will serve as a delegate for Smith", "X signed up as a Smith delegate" → ROLE of
    the subject, at or for whom the post's phrase names."""
    verb = prep.head
    noun = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKE_POST_VERBS or verb.dep_ == "relcl" \
            or noun is None or not is_post(noun) or not asserted(verb):
        return  # "who served as …" is read by served_as; "refused to serve as": no post
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in noun.children):
        return  # "named X as its envoy": appointed_as
    subj = subject_of(verb)
    holder = ctx.ent(subj, resolve=True) if subj is not None else None
    if holder is not None and holder.type == "person":
        role_phrase(ctx, holder, noun, subj, former=verb.tag_ == "VBD" and verb.lemma_.lower() == "serve")


# Verbs of running a body that say a post in a main clause too ("X chairs the committee");
# "lead" and "run" are left to relative clauses: "Trump leads the field", "X runs for office".
_HEAD_VERBS = {"chair", "head"}


def heads_body(ctx: Context, verb: Token) -> None:
    """ "Rita Moss chairs the Senate Armed Services Committee" → ROLE chair → the committee,
    when told as a fact of a named person and a named organisation."""
    subj = subject_of(verb)
    holder = ctx.ent(subj, resolve=True) if subj is not None and subj.dep_ == "nsubj" else None
    obj_tok = next((c for c in verb.children if c.dep_ == "dobj"), None)
    obj = ctx.ent(obj_tok)
    if holder is None or holder.type != "person" or obj is None or obj.type != "organization" or not asserted(verb):
        return
    ctx.add(holder, "ROLE", obj, ctx.evidence(subj, obj_tok), 0.7, role=verb.lemma_.lower())


# Verbs that, in a main clause too, say a post when their object is a unit someone owns ("X
# managed Ortiz's campaign"); "lead" is left out ("X leads Ortiz's campaign in donations").
_UNIT_VERBS = {"manage", "run", "direct"}
# (both built once: at_token tests them at every verb)
_RUNNING_VERBS = _HEAD_VERBS | _UNIT_VERBS
_LEADING_VERBS = _HEAD_VERBS | {"lead"}


def runs_owned(ctx: Context, verb: Token) -> None:
    """ "Tom Reyes managed Dan Ortiz's 2004 campaign" → ROLE → Dan Ortiz, told as a fact of a
    named person (``roles.runs_owned_unit``, as a relative clause says it)."""
    subj = subject_of(verb)
    holder = ctx.ent(subj, resolve=True) if subj is not None and subj.dep_ == "nsubj" else None
    unit = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if holder is None or holder.type != "person" or unit is None or ctx.ent(unit) is not None or not asserted(verb):
        return
    runs_owned_unit(ctx, holder, subj, verb, unit)


# What a person heads for a state or a leader: "heads Ukraine's delegation", "leads the Russian
# negotiating team" (the post is named by the noun, as in ``led_by``).
_DELEGATION_NOUNS = {"delegation", "mission", "team", "embassy"}


def heads_delegation(ctx: Context, verb: Token) -> None:
    """ "Umerov heads Ukraine's delegation", "Medinsky, who leads the Russian delegation," →
    ROLE head of delegation → the state (+ SPEAKS_FOR), as "the delegation is led by X" says it.
    Main clause or relative clause; told as a fact."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in _DELEGATION_NOUNS or not asserted(verb):
        return
    subj = verb.head if verb.dep_ == "relcl" else subject_of(verb)
    holder = ctx.ent(subj, resolve=True) if subj is not None else None
    if holder is None or holder.type != "person":
        return
    owners = [c for c in obj.children if c.dep_ in ("poss", "compound", "amod", "nmod")
              and ctx.ent(c) is not None and ctx.ent(c).type in STATE_ACTORS]
    role = f"head of {obj.lower_}"
    for o in owners:
        ev = ctx.evidence(*sorted((subj, verb, o, obj), key=lambda t: t.i))
        ctx.add(holder, "ROLE", ctx.ent(o), ev, 0.75, role=role)
        if obj.lower_ != "team":
            ctx.add(holder, "SPEAKS_FOR", ctx.ent(o), ev, 0.7)


def employed(ctx: Context, verb: Token) -> None:
    """ "Lee was employed by G4S for a decade", "Lee works for the Asia Group" → ROLE staff
    (former when told in the past)."""
    if not asserted(verb):
        return
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_.lower() == "employ" and passive:
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        bodies = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    elif verb.lemma_.lower() == "work" and not passive:
        subj = subject_of(verb)
        bodies = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "at")
                  for g in c.children if g.dep_ == "pobj"]
    else:
        return
    holder = ctx.ent(subj, resolve=True)
    if holder is None or holder.type != "person":
        return
    past = verb.tag_ == "VBD" or any(c.lower_ in ("was", "had", "previously", "formerly") for c in verb.children)
    for body_tok in bodies:
        body_tok = next((c for c in body_tok.children if c.dep_ == "appos" and ctx.ent(c) is not None), body_tok)
        body = ctx.ent(body_tok)
        if body is not None and body.type in ("organization", "media"):
            ctx.add(holder, "ROLE", body, ctx.evidence(subj, verb, body_tok), 0.6,
                    role="former staff" if past else "staff")
