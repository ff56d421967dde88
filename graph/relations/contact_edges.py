"""The COMMUNICATED_WITH edges an event gives: each source with each target, each side with
the others, a mediator with each party."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..model import EntityRef
from ._context import Context


def emit(ctx: Context, sources: list, targets: list, trigger: Token, event: str, cue: str,
          conf: float) -> None:
    if event == "visit":
        targets = [t for t in targets if not _place_read_as_person(ctx, t[1])]
    # a name the trigger is part of is a title the tagger read as a name ("Report Reveals
    # Clinton's Meetings with Foundation Donors" in a headline's capitals), never a side
    inside = ctx.ent(trigger)
    if inside is not None:
        sources = [p for p in sources if p[1].id != inside.id]
        targets = [p for p in targets if p[1].id != inside.id]
    for ts, s in _with_seats(ctx, sources):
        for tt, t in _with_seats(ctx, targets):
            if s.id != t.id and not _seat_as_state_at_home(ctx, ts, s, t) and not _seat_as_state_at_home(ctx, tt, t, s):
                ctx.add(s, "COMMUNICATED_WITH", t, ctx.evidence(ts, trigger, tt), conf, cue=cue, event=event)


def pairwise(ctx: Context, sides: list, trigger: Token, event: str, cue: str, conf: float) -> None:
    for k, (ta, a) in enumerate(sides):
        emit(ctx, [(ta, a)], sides[k + 1:], trigger, event, cue, conf)


def mediate(ctx: Context, mediators: list, sides: list, trigger: Token, cue: str) -> None:
    """A mediator relates to each party; the parties to one another."""
    side_ids = {r.id for _, r in sides}
    mediators = [m for m in mediators if m[1].id not in side_ids]
    emit(ctx, mediators, sides, trigger, "mediation", cue, 0.7)


def _place_read_as_person(ctx: Context, ref: EntityRef) -> bool:
    """Whether the one a visit is paid to is a place the small model tagged as a person
    ("the president visited Kharkiv"): one the article never writes as a person anywhere: one
    word every time (a person is named in full once at least), no title, forename or pronoun
    gives it a gender, it holds no post, and it says or does nothing as a clause's subject.
    People are visited far more rarely than places, and a visited person is named as one
    ("visited Pope Francis", "visited Ortega … Ortega said")."""
    if ref.type != "person":
        return False  # (a place tagged as a body stays: "visited Tesla" is a visit to a firm)
    cluster = ctx.index.cluster_by_id(ref.id)
    if cluster is None or ctx.resolver.gender(ref) is not None or cluster.roles:
        return False
    for m in cluster.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if len(span) > 1:
            return False  # "visited Carlos Ortega in hospital": a person is named in full once at least
        root = span.root
        if root.dep_ == "nsubj" and root.head.pos_ == "VERB" or root.dep_ == "appos":
            return False  # "Trump later praised him", "X, the mayor,": someone who acts or is described
    return True


def _seat_as_state_at_home(ctx: Context, tok: Token, ref: EntityRef, other: EntityRef) -> bool:
    """Whether ``ref`` is the country a seat of government stands for opposite an organisation
    ("discussions between the White House and the Sanders campaign"): with a campaign, a party
    or a firm the seat deals as the one body it is, not as the state (whose side is taken
    opposite another state, an international body or a person: "the White House held talks
    with Russia", "with NATO")."""
    return ref.type == "country" and other.type == "organization" and gazetteer.organization(other.name) is None \
        and ctx.institution(tok) is not None


def _with_seats(ctx: Context, parties: list) -> list:
    """Each party, and beside a country named by its seat of government ("the White House held
    talks", "visited the Kremlin") the seat itself: the article says both, and readers list
    either (as for the posts held there)."""
    out = list(parties)
    for tok, ref in parties:
        seat = ctx.institution(tok)
        if seat is not None and seat.id != ref.id and all(seat.id != r.id for _, r in out):
            out.append((tok, seat))
    return out
