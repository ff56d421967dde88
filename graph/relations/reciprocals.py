"""ADVERSARY_OF between the sides of a coordinated subject set against each other: attacks
said as mutual ("X and Y attacked each other", "X and Y, who had gone after one another",
"X and Y sparred with each other") and a contest both are caught in ("X and Y are locked in
a tight race", "X is locked in a bitter battle with Y").

The attack words are those of ``criticism`` and ``quarrels``; both sides must be named (or a
pronoun a reader resolves), and negations, plans and conditions stay out ("X and Y never
attacked each other", "X and Y could be locked in a long race")."""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import glued_mark
from ..model import EntityRef
from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .criticism import BEAT_OR_ATTACK_VERBS, CLASH_VERBS, PARTICLE_ATTACKS, PARTICLE_NEEDED, has_clash_particle
from .quarrels import RECIPROCAL_VERBS, quarrel_every_pair
from .rivals import against, clause_sides, only_person_surnamed, quarrel_pairs

_SIDES = STATE_ACTORS + ("person",)

# "each other", "one another": the second word and the one that must go with it
_MUTUAL = {"other": "each", "another": "one"}
# Verbs of being caught in a contest: "locked in a race", "embroiled in a feud"
_CAUGHT_VERBS = {"lock", "embroil", "mire", "entangle"}
# the same said as an adjective after "remain", "stay", "seem": "remain locked in a feud"
_CAUGHT_WORDS = {"locked", "embroiled", "mired", "entangled"}
# Contests two sides are caught in together (not "talks": a contact; not "war" alone: see ``hostilities``)
_CONTESTS = {"race", "battle", "fight", "contest", "struggle", "duel", "feud", "showdown", "standoff", "dispute",
             "rivalry", "primary", "runoff", "clash", "quarrel", "tussle", "slugfest", "brawl", "dogfight"}

# What two sides named together are to each other: "X and Y were fierce opponents"
_EACH_OTHERS = {"rivals", "opponents", "foes", "adversaries", "enemies", "nemeses", "archrivals", "arch-rivals"}
# Verbs that say what the subject is or has become
_COPULAS = {"be", "become", "remain", "stay"}

# Contests named by the two sides joined with a hyphen: "a Marsh-Weller matchup", "the Ruiz-Hale debate"
_PAIRED_CONTESTS = {"matchup", "match-up", "rematch", "debate", "debates", "election", "primary", "race", "feud",
                    "showdown", "contest", "rivalry", "battle", "runoff", "duel"}
# either kind of contest noun (built once: at_token tests it at every token)
_ANY_CONTESTS = _CONTESTS | _PAIRED_CONTESTS

TRIGGER_WORDS = frozenset(set(_MUTUAL) | _CAUGHT_WORDS | _EACH_OTHERS | _ANY_CONTESTS)


def at_token(ctx: Context, tok: Token) -> None:
    """The reciprocal rules that start at ``tok``."""
    if tok.lower_ in _MUTUAL and tok.pos_ != "VERB":
        mutual_attack(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _CAUGHT_VERBS:
        caught_in_contest(ctx, tok)
    elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and tok.lower_ in _CAUGHT_WORDS:
        caught_in_contest(ctx, tok, clause=tok.head)  # "X and Y remain locked in a rivalry"
    if tok.lower_ in _EACH_OTHERS and tok.dep_ == "attr" and tok.head.lemma_.lower() in _COPULAS:
        rivals_to_each_other(ctx, tok)
    if tok.lower_ in _ANY_CONTESTS and tok.pos_ == "NOUN":
        hyphenated_pair(ctx, tok)


def _mutual_words(tok: Token) -> tuple[Token, str] | None:
    """ "each other" / "one another" as said in the sentence: the word the parse hangs the pair
    on (the verb's object or a preposition's) and its dependency; None for "the other"."""
    first = _MUTUAL[tok.lower_]
    if any(c.lower_ == first for c in tok.children):  # "each/det other"
        return tok, tok.dep_
    if tok.dep_ == "det" and tok.head.lower_ == first:  # "one/dobj another/det"
        return tok.head, tok.head.dep_
    prev = tok.doc[tok.i - 1] if tok.i else None
    if prev is not None and prev.lower_ == first and prev.head.i == tok.i:
        return tok, tok.dep_
    return None


def _both_sides(ctx: Context, verb: Token) -> list[tuple[Token, EntityRef]]:
    """The actors of a coordinated subject, two or more ("X and Y", "X, Y and Z")."""
    sides = [a for a in clause_sides(ctx, verb) if a[1].type in _SIDES]
    return sides if len(sides) >= 2 else []


def _hostile(verb: Token, prep: Token | None) -> bool:
    """Whether ``verb`` (with ``prep`` before "each other", if any) is an attack or a quarrel."""
    lemma = verb.lemma_.lower()
    if prep is None:
        return lemma in BEAT_OR_ATTACK_VERBS
    if lemma in PARTICLE_ATTACKS and prep.lower_ in PARTICLE_ATTACKS[lemma]:
        need = PARTICLE_NEEDED.get(lemma)
        return not need or any(c.dep_ in ("prt", "advmod") and c.lower_ in need for c in verb.children)
    if lemma in CLASH_VERBS and prep.lower_ in CLASH_VERBS[lemma]:
        return has_clash_particle(verb)  # "fell out with", never "fell with"
    return lemma in RECIPROCAL_VERBS and prep.lower_ in ("with", "against")


def mutual_attack(ctx: Context, tok: Token) -> None:
    """ "X and Y attacked each other", "X and Y, who had gone after each other", "X and Y
    have sparred with one another for weeks" → ADVERSARY_OF between every two of them."""
    found = _mutual_words(tok)
    if found is None:
        return
    words, dep = found
    if dep == "dobj":
        verb, prep = words.head, None
    elif dep == "pobj" and words.head.dep_ == "prep":
        verb, prep = words.head.head, words.head
    else:
        return
    if verb.pos_ != "VERB" or modifies_noun(verb) or not _hostile(verb, prep) or not told_as_fact(verb):
        return
    quarrel_every_pair(ctx, _both_sides(ctx, verb), verb, words)


def caught_in_contest(ctx: Context, verb: Token, clause: Token | None = None) -> None:
    """ "X and Y are locked in a tight race", "X is locked in a bitter battle with Y", "X and
    Y are embroiled in a feud", "X and Y remain locked in a rivalry" (``clause``: the verb
    that has the subject, when ``verb`` is an adjective after it) → ADVERSARY_OF; "locked in
    talks" or "in a battle with cancer" name no two sides."""
    clause = clause if clause is not None else verb
    contest = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                    for g in p.children if g.dep_ == "pobj" and g.lower_ in _CONTESTS), None)
    if contest is None or not told_as_fact(clause):
        return
    others = against(ctx, contest, ("with", "against"), _SIDES) or against(ctx, verb, ("with", "against"), _SIDES)
    if others:
        quarrel_pairs(ctx, clause_sides(ctx, clause)[:1], others, verb, contest, conf=0.6)
        return
    quarrel_every_pair(ctx, _both_sides(ctx, clause), verb, contest)


def rivals_to_each_other(ctx: Context, noun: Token) -> None:
    """ "X and Y were fierce opponents in 2022", "X and Y have become bitter rivals" →
    ADVERSARY_OF between every two of them; "X and Y are Clinton's rivals" (someone else's),
    "X and Y are opponents of the bill" (of a cause) and "could become rivals" stay out."""
    if any(c.dep_ == "poss" for c in noun.children) or \
            any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in noun.children):
        return
    verb = noun.head
    if not told_as_fact(verb):
        return
    quarrel_every_pair(ctx, _both_sides(ctx, verb), verb, noun)


def _person(ctx: Context, tok: Token) -> list[tuple[Token, EntityRef]]:
    """The person a name in a hyphenated pair stands for: its own entity, or the one person
    of the document with that surname (the model often tags the pair as one organisation)."""
    ref = ctx.ent(tok)
    if ref is not None and ref.type == "person":
        return [(tok, ref)]
    return only_person_surnamed(ctx, tok)


def hyphenated_pair(ctx: Context, noun: Token) -> None:
    """ "a Marsh-Weller matchup", "the Ruiz-Hale debate" → ADVERSARY_OF between the two persons
    the hyphen joins before a contest noun (persons only: "the U.S.-Japan alliance" is no contest,
    and "a U.S.-China trade war" is read by ``hostilities``)."""
    words = [t for t in ctx.doc[noun.left_edge.i:noun.i]]
    for a, b in zip(words, words[2:]):
        if glued_mark(a, ("-", "\u2013")) is None or a.pos_ != "PROPN" or b.pos_ != "PROPN":
            continue
        left, right = _person(ctx, a), _person(ctx, b)
        if left and right and left[0][1].id != right[0][1].id:
            quarrel_pairs(ctx, left, right, a, noun, conf=0.6)
            return
