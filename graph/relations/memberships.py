"""MEMBER_OF: members of an alliance or body ("members of NATO", "alliance member Poland",
"Lithuania, a NATO member", "allies, from Canada to Estonia"), and the bodies of a state or a
movement, which stay themselves and belong to it ("the country's air force", "the State
Department", "the movement's political bureau")."""

from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Token

from .. import gazetteer
from ..model import EntityRef, Span
from ._context import Context, asserted

# Nouns for a body a document names earlier: "a permanent member of the group".
_BODY_NOUNS = {"group", "council", "bloc", "body", "organization", "organisation", "alliance", "union"}

# Bodies of a state or a movement by their head word, with the words one of which must come
# before it when the head alone says little ("air force", "general staff", "political bureau");
# None: the head is enough ("the Russian Defense Ministry", "the State Department").
_BODY_HEADS: dict[str, frozenset[str] | None] = {
    # (not "parliament": readers list a legislature as the country's own, not as a member of it)
    "ministry": None, "department": None, "navy": None, "army": None, "politburo": None,
    "staff": frozenset({"general", "joint"}), "force": frozenset({"air", "space", "defense", "defence", "self-defense"}),
    "service": frozenset({"security", "intelligence", "diplomatic", "secret", "foreign", "border"}),
    "agency": frozenset({"intelligence", "security", "space", "nuclear"}),
    "bureau": frozenset({"political", "federal"}),
    "guard": frozenset({"national", "coast", "border", "revolutionary"}),
}
# A state's legislature, which readers list as the state's own, not as a member of it (see
# ``_BODY_HEADS``): "a member of Britain's Parliament" holds a seat there, and that is all.
_LEGISLATURES = {"parliament", "congress", "senate", "house", "assembly", "legislature", "duma", "knesset",
                 "bundestag", "diet", "chamber"}
# Head words of a fellowship, whose member holds no seat or post there, only a membership: "a
# member of the Harbor Yacht Club", "a member of the Congressional Black Caucus".
_FELLOWSHIP_HEADS = {"club", "society", "association", "league", "caucus", "coalition", "fraternity",
                     "sorority", "lodge", "brotherhood", "guild", "gang"}
# The US Congress as a whole: its member sits in the House or the Senate, which it does not say.
_WHOLE_CONGRESS = {"congress", "u.s. congress", "us congress", "united states congress"}


def member_of_whole_congress(body: EntityRef | None) -> bool:
    """True for the US Congress as a whole, where a member holds no post that readers list: they
    seat a member in the House or the Senate, which "Congress" leaves unsaid (a committee's
    member keeps the seat)."""
    return body is not None and body.name.lower().removeprefix("the ") in _WHOLE_CONGRESS


# "the country's air force", "the movement's political bureau": the owner named before
_OWNER_NOUNS = {"country": "country", "nation": "country", "state": "country", "kingdom": "country",
                "republic": "country", "movement": "organization", "group": "organization",
                "party": "organization", "organization": "organization", "organisation": "organization"}

# Verbs of staying in a body, which presume the one who stays is in it now whatever the clause
# says of the staying: "Britain should remain in the EU", "urged Norway to stay in NATO", "X's
# remaining within the Union"; and "be in" told as a fact ("the Baltic states, which are in NATO").
_STAYING = {"remain", "stay"}
_STAYING_WORDS = {"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying"}

# Verbs of entering a body as a member: "Sweden joined NATO", "Croatia acceded to the EU".
_JOINING_VERBS = {"join", "accede"}

TRIGGER_WORDS = frozenset({"member", "members", "membership", "from", "in", "within"} | set(_BODY_HEADS)
                          | _STAYING_WORDS)


def at_token(ctx: Context, tok: Token) -> None:
    """The membership rules that start at ``tok``."""
    low = tok.lower_
    if low in ("member", "members"):
        member_words(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _JOINING_VERBS:
        joined(ctx, tok)
    if low == "from":
        from_to_list(ctx, tok)
    if low in ("in", "within") and tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
        in_a_body(ctx, tok)


def in_a_body(ctx: Context, prep: Token) -> None:
    """ "Britain should remain in the European Union", "Norway's staying in NATO", "the Baltic
    states, which are also in NATO" → MEMBER_OF between a state and the body it is in. Staying
    presumes being in, so it needs no fact; "be in" does ("Turkey hopes to be in the EU": none)."""
    verb = prep.head
    lemma = verb.lemma_.lower()
    if lemma not in _STAYING and not (lemma == "be" and asserted(verb)):
        return
    body_tok = next((g for g in prep.children if g.dep_ == "pobj"), None)
    body = ctx.ent(body_tok)
    if body_tok is None or body is None or body.type != "organization" or body_tok.pos_ != "PROPN":
        if body_tok is not None and body_tok.lower_ in _BODY_NOUNS and ctx.doc[body_tok.i - 1].lower_ == "the":
            body = _earlier_body(ctx, body_tok)  # "remaining within the Union"
        if body is None or body.type != "organization":
            return
    members = _stayers(ctx, verb)
    for tm, m in members:
        if m.type in ("country", "group") and m.id != body.id:
            ctx.add(m, "MEMBER_OF", body, ctx.evidence(*sorted((tm, body_tok), key=lambda t: t.i)), 0.6)


def _stayers(ctx: Context, verb: Token) -> list:
    """Who is in the body: the verb's subject ("which" for the noun it hangs on), the owner of
    a gerund ("Britain's remaining in"), or for "urged Britain to remain" the one urged."""
    poss = next((c for c in verb.children if c.dep_ == "poss"), None)
    if poss is not None:
        return ctx.actors(poss, ("country", "group"))
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return ctx.actors(subj, ("country", "group")) if subj is not None else []


def bodies_first(ctx: Context, toks: Iterable[Token]) -> None:
    """Every body of a state among ``toks`` (``body_of``), before any other rule reads the
    sentence: "Egypt backs Sudan's army" needs the army as an actor when "backs" is read."""
    for tok in toks:
        if tok.lower_ in _BODY_HEADS and tok.pos_ in ("NOUN", "PROPN"):
            body_of(ctx, tok)


def national_bodies(ctx: Context) -> None:
    """A body of one country's state named without its country ("the State Department",
    "the Pentagon", ``gazetteer.national_institution``) is MEMBER_OF that country, when the
    document names the country and no rule has given the body an owner already."""
    owned = {r.subject for r in ctx.out if r.predicate == "MEMBER_OF"}
    countries = ctx.countries()
    for c in ctx.index.clusters:
        if c.type != "organization" or not c.mentions:
            continue
        body = ctx.index.ref(c)
        country = countries.get(gazetteer.national_institution(c.name) or "")
        if country is None or body.id in owned:
            continue
        m = min(c.mentions, key=lambda s: s.start)
        ctx.add(body, "MEMBER_OF", country, Span.of(ctx.text, m.start, m.end), 0.6)


# Members of NATO since 1999 at the latest: the alliance has only grown since, so each was a
# member whenever an article this tool reads was written (later members are left to the text).
_NATO_SINCE_1999 = frozenset({"united states", "canada", "united kingdom", "france", "germany", "italy", "netherlands",
                              "belgium", "luxembourg", "denmark", "norway", "iceland", "portugal", "spain", "greece",
                              "turkey", "türkiye", "turkiye", "poland", "hungary", "czech republic", "czechia"})
_NATO_NAMES = {"nato", "north atlantic treaty organization", "north atlantic alliance"}


def standing_members(ctx: Context) -> None:
    """A long-standing NATO member that acts toward NATO in its own clause is MEMBER_OF NATO,
    as a reader lists it ("the US has not withdrawn troops from NATO", "Washington remains
    committed to NATO"): the membership is what the clause presumes. Named beside NATO ("the
    United States, NATO and others", "criticism from Berlin") says no membership; members that
    joined after 1999 are left to what the text says."""
    nato = next((c for c in ctx.index.clusters if c.type == "organization" and c.name.lower() in _NATO_NAMES), None)
    if nato is None:
        return
    nato_toks = {t.i for m in nato.mentions
                 for t in (ctx.doc.char_span(m.start, m.end, alignment_mode="expand") or [])}
    alliance = ctx.index.ref(nato)
    for c in ctx.index.clusters:
        if c.type != "country" or c.name.lower() not in _NATO_SINCE_1999:
            continue
        for m in sorted(c.mentions, key=lambda x: x.start):
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            subj = span.root
            while subj.dep_ == "conj" and subj.head.i != subj.i:
                subj = subj.head  # "the U.S. and its allies founded NATO"
            if subj.dep_ not in ("nsubj", "nsubjpass"):
                continue
            verb = subj.head
            own = {t.i for t in subj.subtree}
            hit = next((t for t in verb.subtree if t.i in nato_toks and t.i not in own), None)
            if hit is None or _owned_by_another(ctx, hit, verb, c):
                continue
            lo, hi = sorted((span[0], hit), key=lambda t: t.i)
            ctx.add(ctx.index.ref(c), "MEMBER_OF", alliance, ctx.evidence(lo, hi), 0.55)
            break


def _owned_by_another(ctx: Context, hit: Token, verb: Token, member) -> bool:  # noqa: ANN001 - a Cluster
    """Whether NATO is named inside what another actor owns or does: "blocked Sweden's bid to
    join NATO", "opposed Ukraine's membership of NATO", "urged Kyiv to join NATO". The clause
    acts on that actor's bid, not toward the alliance, and a bid is no membership."""
    t = hit.head
    while t.i != verb.i and t.head.i != t.i:
        others = [c for c in t.children if c.dep_ in ("poss", "nsubj") and c.i != hit.i]
        if t.pos_ == "VERB" and t.dep_ in ("xcomp", "ccomp"):
            # "urged Ukraine to join NATO": the object of the verb above is the infinitive's subject
            others += [c for c in t.head.children if c.dep_ == "dobj"]
        for o in others:
            ref = ctx.ent(o)
            if ref is not None and ref.id != ctx.index.ref(member).id:
                return True
        t = t.head
    return False


def body_of(ctx: Context, head: Token) -> None:
    """A body of a state or movement stays itself and is MEMBER_OF its owner: "Russia's
    Defense Ministry", "the Danish Foreign Ministry", "the U.S. State Department", "the
    country's air force" (the country named before), "Hamas' political bureau", "the Security
    Service of Ukraine"."""
    need = _BODY_HEADS[head.lower_]
    lefts = [c for c in head.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if need is not None and not any(c.lower_ in need for c in lefts):
        return
    owner_tok = next((c for c in lefts if c.dep_ == "poss"), None)
    owner = None
    if owner_tok is not None:
        owner = _owner(ctx, owner_tok, head)
        if owner is None and owner_tok.lower_ in _OWNER_NOUNS:
            owner = _named_before(ctx, owner_tok, _OWNER_NOUNS[owner_tok.lower_])
    else:
        of = [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        for c in [*lefts, *of]:
            owner = _owner(ctx, c, head)
            if owner is not None:
                owner_tok = c
                break
    if owner is None or owner.type not in ("country", "organization"):
        return
    cluster = ctx.index.cluster_at(head)
    if cluster is not None and not _heads_mention(ctx, cluster, head):
        return  # "a spokesman for the foreign ministry", "a statement from the ministry": not the body
    body = ctx.ent(head)
    if body is None or body.id == owner.id or body.type not in ("organization", "group"):
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "poss", "case", "punct")
                 and not any(a.dep_ == "poss" for a in t.ancestors if a.i != head.i and a.head.i == head.i)
                 and not (t.pos_ == "PROPN" and t.i != head.i and ctx.ent(t) is not None)]
        if not words or words[-1].i != head.i:
            return
        span = ctx.doc[words[0].i:head.i + 1]
        name = " ".join(t.text for t in span if t in words)
        name = name[:1].upper() + name[1:]
        if len(words) == 1 and head.pos_ == "NOUN" and owner_tok.dep_ == "poss":
            name = f"{owner.name}'s {head.lower_}"  # "Sudan's army": a lone "Army" says nothing of whose
        cluster = ctx.index.add(span, "organization", name=name)
        body = ctx.index.ref(cluster) if cluster else None
    if body is None or body.type not in ("organization", "group") or body.id == owner.id:
        return
    ev = ctx.evidence(*sorted((owner_tok, head), key=lambda t: t.i))
    ctx.add(body, "MEMBER_OF", owner, ev, 0.7)


def _heads_mention(ctx: Context, cluster, head: Token) -> bool:  # noqa: ANN001 - an EntityIndex cluster
    """Whether ``head`` is the head word of the entity's mention around it."""
    for m in cluster.mentions:
        if m.start <= head.idx < m.end:
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            return span is not None and span.root.i == head.i
    return False


def _owner(ctx: Context, tok: Token, head: Token):  # -> EntityRef | None
    """The country or organisation ``tok`` names, also when the parser took it into the
    body's own name ("the Danish Foreign Ministry", "the Security Service of Ukraine")."""
    ref = ctx.ent(tok)
    if ref is not None and ctx.index.cluster_at(tok) is not None and \
            ctx.index.cluster_at(tok) is ctx.index.cluster_at(head):
        ref = None
        name = gazetteer.country(tok.text) or gazetteer.demonym_token(tok)
        if name:
            cluster = ctx.index.add(ctx.doc[tok.i:tok.i + 1], "country", name=name)
            ref = ctx.index.ref(cluster) if cluster else None
    return ref if ref is not None and ref.type in ("country", "organization") else None


def _named_before(ctx: Context, tok: Token, type_: str):  # -> EntityRef | None
    """The nearest entity of ``type_`` named before ``tok`` in its sentence or the one before."""
    sents = ctx.index.layout.sent_of
    own = ctx.index.at(tok)  # "the group's political bureau" is no group named before itself
    for j in range(tok.i - 1, -1, -1):
        if sents[j] < sents[tok.i] - 1:
            return None
        ref = ctx.index.at(ctx.doc[j])
        if ref is not None and ref.type == type_ and (own is None or ref.id != own.id):
            return ref
    return None


def _owner_in_name(ctx: Context, org: EntityRef | None) -> EntityRef | None:
    """The owner a body's name starts with, in a possessive, when the document names it as an
    actor of its own: "Hamas' Political Bureau" → Hamas."""
    if org is None or org.type != "organization":
        return None
    m = re.match(r"^(.+?)['\u2019]s?\s+\S", org.name)
    if m is None:
        return None
    for c in ctx.index.clusters:
        if c.name == m.group(1) and c.type in ("organization", "country"):
            return ctx.index.ref(c)
    return None


def is_fellowship(body: EntityRef | None) -> bool:
    """Whether ``body`` is a club, society, caucus or the like ("Harvard Club of NYC", "Gang of
    Eight"), whose member holds a membership, not a seat or a post."""
    if body is None or body.type != "organization":
        return False
    words = body.name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in _FELLOWSHIP_HEADS


def member_words(ctx: Context, tok: Token) -> None:
    """ "Spain is a member of NATO", "Lithuania, a NATO member,", "alliance member Poland"."""
    low = tok.lower_
    if tok.dep_ == "attr" and not asserted(tok):
        return  # "Poland is not a member of the group", "if Kyiv were a member of NATO"
    if low in ("member", "members") and tok.dep_ in ("attr", "appos", "nsubj", "dobj", "pobj", "conj"):
        preps = list(tok.children)
        if tok.dep_ == "conj" and not any(p.dep_ == "prep" for p in preps):
            # "a lifelong athlete and member of the X Club": the parse hangs "of" on the first noun
            preps = [p for p in tok.head.children if p.i > tok.i]
        for prep in preps:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                _member_of(ctx, tok, prep)
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


def _member_of(ctx: Context, tok: Token, prep: Token) -> None:
    """ "Spain is a member of NATO", "X, a member of the bureau": those "member" describes are
    members of the body its "of"/"in" phrase names (a person holds a seat there, a ROLE, and a
    party's member is its MEMBER_OF too), and a body owned by another is that one's member."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    for body in (pobj.conjuncts if pobj is not None else ()):
        # "a member of the Harbor Yacht Club, the Lakeside Rowing Club and …": each body listed
        listed = ctx.ent(body)
        if listed is not None and listed.type in ("organization", "country"):
            _member_of_body(ctx, tok, body)
    _member_of_body(ctx, tok, pobj)


def _member_of_body(ctx: Context, tok: Token, pobj: Token | None) -> None:
    """``_member_of`` for one body named by ``pobj``."""
    org = ctx.ent(pobj)
    if org is None and pobj is not None and pobj.lower_ == "alliance":
        org = ctx.alliance
    if org is None and pobj is not None and pobj.lower_ in _BODY_NOUNS:
        org = _earlier_body(ctx, pobj)  # "Russia, a permanent member of the group"
    poss = next((c for c in pobj.children if c.dep_ == "poss"), None) if pobj is not None else None
    owner = _owner_in_name(ctx, org) or (ctx.ent(poss) if org is not None else None)
    if owner is not None and owner.type not in ("organization", "country"):
        owner = None
    for s in _described_members(ctx, tok):
        member = ctx.ent(s)
        if member is not None and member.type == "person" and is_fellowship(org):
            ctx.add(member, "MEMBER_OF", org, ctx.evidence(s, pobj), 0.75)  # a club's member: no seat
            continue
        if member is not None and member.type == "person":
            # a person holds a seat ("a member of the bureau"): a ROLE, as readers
            # list it, there and at the body's owner ("Hamas' Political Bureau")
            for where in (org, owner):
                if member_of_whole_congress(where):
                    continue  # readers seat "a member of Congress" in a chamber, which "Congress" leaves unsaid
                ctx.add(member, "ROLE", where, ctx.evidence(s, pobj), 0.75, role="member")
            if org is not None and org.type == "organization" and org.name.split()[-1:] == ["Party"]:
                # "X, a member of the Social Democratic Party": a party's member is
                # its member as the spec's MEMBER_OF says, as a party label tells it
                ctx.add(member, "MEMBER_OF", org, ctx.evidence(s, pobj), 0.75)
            continue
        ctx.add(member, "MEMBER_OF", org, ctx.evidence(s, pobj), 0.75)
    if owner is not None and pobj is not None and pobj.lower_ not in _LEGISLATURES:
        ctx.add(org, "MEMBER_OF", owner, ctx.evidence(pobj), 0.65)


def _described_members(ctx: Context, tok: Token) -> list[Token]:
    """Those "member" describes, also as the second of two nouns: "X was a keen sailor and a
    member of the Y Club" (the parse joins "member" to "sailor")."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i < first.i:
        first = first.head
    return ctx.described_by(first)


def joined(ctx: Context, verb: Token) -> None:
    """ "Sweden formally joined NATO", "Finland and Sweden joined the alliance", "Croatia
    acceded to the EU" → MEMBER_OF, a state entering a named body as a fact (not "applied to
    join", "will join", "refused to join", nor a person joining a firm, which is a post)."""
    if verb.lemma_.lower() == "join":
        bodies = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        bodies = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if not bodies or not asserted(verb) or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return  # "hopes to join NATO", "its bid to join the EU": sought, not held
    if verb.dep_ == "pcomp" and verb.head.lower_ not in ("after", "since", "upon", "on"):
        return  # "warned Finland against joining NATO", "barred from joining": no entry told ("since joining" is)
    body = ctx.ent(bodies[0])
    if body is None and bodies[0].lower_ == "alliance":
        body = ctx.alliance
    if body is None or body.type != "organization":
        return
    for s, member in ctx.subjects(verb):
        if member.type == "country":
            ctx.add(member, "MEMBER_OF", body, ctx.evidence(s, bodies[0]), 0.7)


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


def _earlier_body(ctx: Context, tok: Token) -> EntityRef | None:
    """ "the group" / "the council": the nearest organisation named before it in the
    same or the previous sentence."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    return _named_before(ctx, tok, "organization")
