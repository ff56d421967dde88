"""The COMMUNICATED_WITH edges an event gives: each source with each target, each side with
the others, a mediator with each party."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import Context


def emit(ctx: Context, sources: list, targets: list, trigger: Token, event: str, cue: str,
          conf: float) -> None:
    for ts, s in _with_seats(ctx, sources):
        for tt, t in _with_seats(ctx, targets):
            if s.id != t.id:
                ctx.add(s, "COMMUNICATED_WITH", t, ctx.evidence(ts, trigger, tt), conf, cue=cue, event=event)


def pairwise(ctx: Context, sides: list, trigger: Token, event: str, cue: str, conf: float) -> None:
    for k, (ta, a) in enumerate(sides):
        emit(ctx, [(ta, a)], sides[k + 1:], trigger, event, cue, conf)


def mediate(ctx: Context, mediators: list, sides: list, trigger: Token, cue: str) -> None:
    """A mediator relates to each party; the parties to one another."""
    side_ids = {r.id for _, r in sides}
    mediators = [m for m in mediators if m[1].id not in side_ids]
    emit(ctx, mediators, sides, trigger, "mediation", cue, 0.7)



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
