"""The pair or group a word of contact stands for, read from the text before it: "the two leaders",
"both sides", "the two delegations", "the three ministers", a subject "they" after a contact or a
joint act, hyphenated pairs ("U.S.-China talks"), and the parties of the last contact told.

Kept apart from ``participants`` (the actors a token names itself), which reads "the two …" here.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef
from ..speakers import subject_of
from ._context import Context, asserted
from .contact_lexicon import GROUP_COUNTS


def the_two(ctx: Context, noun: Token, want: str | None) -> list[tuple[Token, EntityRef]]:
    """ "the two leaders", "both sides": the two parties of the last COMMUNICATED_WITH read in
    this sentence or the two before it; else the last two actors of the wanted type."""
    if noun.lower_ in _DELEGATION_PAIRS:
        sent = _delegations_before(ctx, noun)
        if len(sent) == 2:  # "The Ukrainian delegation … The Russian team … The two delegations talked"
            return [(noun, r) for r in sent]
    last = last_contact(ctx, noun, want)
    if last:
        return last
    seen = _named_just_before(ctx, noun, want)
    if len(seen) == 2:
        return [(noun, seen[1]), (noun, seen[0])]
    if want is None:
        # a bare "The two also exchanged views on …" a few sentences after "X met Y": the pair
        # of that meeting, when no two states acted since ("aid to Ukraine" is a topic)
        return last_contact(ctx, noun, None, reach=_BARE_TWO_REACH)
    return []


def _named_just_before(ctx: Context, noun: Token, want: str | None) -> list[EntityRef]:
    """The actors of the wanted type (a country by default) named before ``noun`` in its
    sentence and the one before, nearest first, each once; a topic ("aid to Peru") is none."""
    sents = ctx.index.layout.sent_of
    here = sents[noun.i]
    seen: list[EntityRef] = []
    for j in range(noun.i - 1, -1, -1):
        if sents[j] < here - 1:
            break
        ref = ctx.index.at(ctx.doc[j])
        if ref is not None and ref.type == (want or "country") and all(s.id != ref.id for s in seen) \
                and not _named_as_topic(ctx, ctx.doc[j], ref):
            seen.append(ref)
    return seen


def counted_group(noun: Token) -> int:
    """How many "the three leaders", "the four ministers" counts (0 for any other noun)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return 0
    return next((GROUP_COUNTS[c.lower_] for c in noun.children if c.dep_ == "nummod" and c.lower_ in GROUP_COUNTS), 0)


def the_several(ctx: Context, noun: Token, want: str | None, count: int) -> list[tuple[Token, EntityRef]]:
    """ "the three leaders" after "Voss, Mora and Brandt gathered in Rome": the ``count``
    actors of the wanted type named in this sentence and the one before, when that many are
    named there (a topic, "aid to Peru", does not count); else none."""
    seen = _named_just_before(ctx, noun, want)
    return [(noun, r) for r in reversed(seen)] if len(seen) == count else []


# how many sentences back a bare "the two" may reach for the meeting it continues (a readout
# tells the meeting, then its agenda in a few sentences, then "The two also …")
_BARE_TWO_REACH = 5


# prepositions whose object is a party of what is told, not a topic of it
_PARTY_PREPOSITIONS = frozenset("between with by".split())


def _named_as_topic(ctx: Context, tok: Token, ref: EntityRef) -> bool:
    """Whether the state at ``tok`` is only a topic of its clause ("support for Ukraine", "the
    conference in Norway") rather than one who acts or is acted with ("between Peru and Chile")."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.i != t.i and (h := ctx.index.at(t.head)) is not None and h.id == ref.id:
        t = t.head  # the name's head word ("United" in "United States" hangs on "States")
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "aid to Peru and Chile": the first conjunct's place
    return t.dep_ == "pobj" and t.head.lower_ not in _PARTY_PREPOSITIONS


# plural nouns of the teams states send: "the two delegations" are the two the article has told of
_DELEGATION_PAIRS = frozenset("delegations teams".split())


_DELEGATION_WORDS = frozenset("delegation team".split())


def _delegations_before(ctx: Context, noun: Token) -> list[EntityRef]:
    """The states whose delegation or team the article names before ``noun`` ("The Ukrainian
    delegation, led by X, arrived. The Russian team is headed by Y."), when they are two."""
    found: list[EntityRef] = []
    for t in ctx.doc[:noun.i]:
        if t.lower_ not in _DELEGATION_WORDS or t.tag_ != "NN":
            continue
        for m in t.lefts:
            r = ctx.ent(m) if m.dep_ in ("amod", "compound", "poss", "nmod") else None
            if r is not None and r.type == "country" and all(r.id != f.id for f in found):
                found.append(r)
    return found if len(found) == 2 else []


def last_contact(ctx: Context, noun: Token, want: str | None = None,
                 events: tuple[str, ...] = (), reach: int = 2) -> list[tuple[Token, EntityRef]]:
    """The two parties of the last COMMUNICATED_WITH read before ``noun`` in its sentence or
    the ``reach`` before it (of type ``want`` and one of ``events`` when given): "the two
    leaders", "the talks, brokered by Qatar," after the talks were told."""
    sents = ctx.index.layout.sent_of
    here = sents[noun.i]
    for r in reversed(ctx.out):
        if r.predicate != "COMMUNICATED_WITH" or r.evidence.start >= noun.idx:
            continue
        tok = ctx.doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
        if tok is None or sents[tok.start] < here - reach:
            break
        if events and r.event not in events:
            continue
        a, b = ctx.ref_by_id(r.subject), ctx.ref_by_id(r.object)
        if a is not None and b is not None and (want is None or a.type == b.type == want):
            return [(noun, a), (noun, b)]
    return []


def last_event_parties(ctx: Context, noun: Token, events: tuple[str, ...],
                       reach: int = 2) -> list[tuple[Token, EntityRef]]:
    """Every party of the last event of these kinds read before ``noun`` (its sentence or the
    ``reach`` before it): "X hosted Y and Z. The meeting was also attended by W" (the meeting
    of X, Y and Z). One event is one sentence's relations of that kind."""
    sents = ctx.index.layout.sent_of
    here = sents[noun.i]
    found: list[EntityRef] = []
    at: int | None = None
    for r in reversed(ctx.out):
        if r.predicate != "COMMUNICATED_WITH" or r.evidence.start >= noun.idx or r.event not in events:
            continue
        tok = ctx.doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
        if tok is None or sents[tok.start] < here - reach or at is not None and sents[tok.start] != at:
            break
        at = sents[tok.start]
        for ref in (ctx.ref_by_id(r.subject), ctx.ref_by_id(r.object)):
            if ref is not None and all(ref.id != f.id for f in found):
                found.append(ref)
    return [(noun, r) for r in found]


def they_pair(ctx: Context, pron: Token) -> list[tuple[Token, EntityRef]]:
    """ "X spoke with Y on Monday. They discussed the border.": a subject "they" right after a
    contact between two parties is that pair (only a contact read in this sentence or the one
    before; nothing else is a guide to who "they" are)."""
    sents = ctx.index.layout.sent_of
    for r in reversed(ctx.out):
        if r.predicate != "COMMUNICATED_WITH" or r.evidence.start >= pron.idx:
            continue
        tok = ctx.doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
        if tok is None or sents[tok.start] < sents[pron.i] - 1:
            return []
        a, b = ctx.ref_by_id(r.subject), ctx.ref_by_id(r.object)
        return [(pron, a), (pron, b)] if a is not None and b is not None else []
    return []


def joint_pair(ctx: Context, pron: Token) -> list[tuple[Token, EntityRef]]:
    """ "X toured the flooded town with Y. They shook hands at the airport.": a subject "they"
    right after a sentence whose main verb tells two people acting together (its subject
    with a person in its *with* phrase, or two people as its subject) is that pair, when the
    sentence names no one else beside them there."""
    start = pron.sent.start
    if start == 0:
        return []
    root = ctx.doc[start - 1].sent.root
    if root.pos_ not in ("VERB", "AUX") or not asserted(root):
        return []
    people = ctx.actors(subject_of(root), ("person",))
    # (the parser may hang the "with" on the object: "toured the site with Y")
    held = [root, *(c for c in root.children if c.dep_ == "dobj")]
    people += [p for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj" for p in ctx.actors(g, ("person",))]
    pair = list({r.id: r for _, r in people}.values())
    return [(pron, r) for r in pair] if len(pair) == 2 else []


def hyphen_pair(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """ "U.S.-China talks", "the Russia-Ukraine negotiations": the two named before the noun."""
    window = ctx.doc[max(0, noun.i - 5):noun.i]
    for a, dash, b in zip(window, window[1:], window[2:]):
        if dash.text in ("-", "\u2013", "\u2010", "\u2011") and not dash.whitespace_ or dash.text == "\u2013":
            ra, rb = ctx.ent(a) or ctx.named_country(a.text, a), ctx.ent(b) or ctx.named_country(b.text, b)
            if ra and rb and ra.id != rb.id and {ra.type, rb.type} <= {"country", "organization", "person"}:
                return [(a, ra), (b, rb)]
    for c in window:
        if "-" in c.text and not c.text.startswith("-"):
            parts = [p for p in c.text.split("-") if p]
            refs = [ctx.named_country(p, c) for p in parts]
            if len(refs) == 2 and all(refs) and refs[0].id != refs[1].id:
                return [(c, refs[0]), (c, refs[1])]
    return []
