"""Two people named together in the name of what they share: "the Clinton-Kaine ticket",
"the Johnson-Weld campaign", "the Rubio-Schumer immigration plan", "the McCain-Feingold bill"
→ ALLY_OF between the two.

A ticket is a pair of running mates, and a bill or plan named for two lawmakers is one they
wrote or sponsored together: each side of the hyphen is on the other's side. Only nouns of a
shared ticket or piece of legislation count: "the Trump-Clinton debate", "the Biden-Xi summit"
or "the Cruz-Rubio feud" name a contest or a meeting, not a side taken. Each half must be a
person the document names (a surname only one of its people bears), so "the Kansas-Nebraska
Act" or "the Dodd-Frank rules" of an article that names neither man add nothing."""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import DASH_MARKS, glued_mark
from ..model import EntityRef, Span
from . import rivals
from ._context import Context

# what two people share when it bears both their names: a ticket and its campaign or government
# ("the Johnson-Weld campaign", "the Obama-Biden administration"), a bill they wrote (a contest
# between two is a "race" or a "matchup": "a Trump-Clinton race" is no shared campaign)
_SHARED_NOUNS = {"ticket", "campaign", "administration", "duo", "pairing",
                 "bill", "bills", "plan", "plans", "act", "amendment", "legislation", "proposal",
                 "proposals", "compromise", "measure", "framework", "law", "reform", "reforms"}

TRIGGER_WORDS: frozenset[str] = frozenset(_SHARED_NOUNS)


def at_token(ctx: Context, tok: Token) -> None:
    """The joint-name rule that starts at ``tok``."""
    if tok.lower_ in _SHARED_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        joint_name(ctx, tok)


def joint_name(ctx: Context, noun: Token) -> None:
    """ "the Clinton-Kaine ticket", "the 2013 Rubio-Schumer amnesty plan": the pair of names
    joined by a dash within the noun's own phrase, up to two words (a year, a topic) before it."""
    start = max(noun.left_edge.i, noun.i - 5)
    window = ctx.doc[start:noun.i]
    for a, b in zip(window, window[2:]):
        if glued_mark(a, DASH_MARKS) is None:
            continue  # "Clinton - and Kaine": a dash of the sentence, not of a joint name
        if b.i + 1 < noun.i - 2:
            continue  # too far from the noun to be its name
        ra, rb = _person(ctx, a), _person(ctx, b)
        if ra is None or rb is None or ra.id == rb.id:
            continue
        ctx.add(ra, "ALLY_OF", rb, Span.of(ctx.text, a.idx, noun.idx + len(noun)), 0.7)


def _person(ctx: Context, tok: Token) -> EntityRef | None:
    """The person a capitalised surname in a joint name stands for: the entity over it when it
    is a person whose name ends with that word, else the one person of the document who bears
    that surname."""
    if not tok.is_alpha or not tok.text[:1].isupper():
        return None
    ref = ctx.ent(tok)
    if ref is not None and ref.type == "person" and ref.name.split()[-1] == tok.text:
        return ref  # (not "Frank Act" of "the Dodd-Frank Act", a name the tagger ran into the noun)
    # the tagger often takes the whole joint name for one firm or building ("Lowry-Berger")
    found = rivals.only_person_surnamed(ctx, tok)
    return found[0][1] if found else None
