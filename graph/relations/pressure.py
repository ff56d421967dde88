"""ADVERSARY_OF from pressure one side puts on another, said from the side of the one under
it or as a demand: criticism taken from someone ("X came under fire from Y", "X drew sharp
criticism from Y", "X was under sustained grilling from Y"), hostility turned on someone
("X turned his sights on Y", "directed her ire at Y") and demands for someone's removal
("X called for the resignation of Y", "X demanded Y's ouster").

Both sides must be named (or a pronoun a reader resolves); negations, plans and conditions
stay out ("X did not draw criticism from Y", "if X calls for Y's resignation")."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef
from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .rivals import against, clause_sides, quarrel_pairs, whose_words

_SIDES = STATE_ACTORS + ("person",)

# Criticism and attacks one takes from another: "came under fire from X", "drew criticism from X"
_BLAME_NOUNS = {"fire", "attack", "attacks", "criticism", "criticisms", "grilling", "condemnation", "rebuke",
                "rebukes", "scorn", "ridicule", "flak", "flack", "broadside", "broadsides", "barbs", "jabs",
                "insults", "ire", "wrath", "derision", "censure", "denunciation", "denunciations",
                "accusations", "allegations"}
# Verbs of taking it: "drew", "faced", "received", "attracted", "took", "endured", "weathered"
_TAKING_VERBS = {"draw", "face", "receive", "attract", "take", "endure", "weather", "absorb", "get", "earn",
                 "suffer", "incur"}
# Prepositions that set an act among the attacks its doer takes: "X sharpened his message amid
# attacks from Y", "X pressed on despite criticism from Y"
_AMID = ("amid", "amidst", "despite")
# Verbs of answering it, whose subject is still the one attacked: "X rejected attacks from Y",
# "X brushed off criticism from Y", "X responded to accusations from Y"
_ANSWER_VERBS = {"reject": (), "dismiss": (), "rebuff": (), "deflect": (), "brush": (), "shrug": (), "rebut": (),
                 "counter": (), "answer": (), "deny": (), "respond": ("to",), "reply": ("to",)}
# The verbs whose object may be the attacks taken: taking them, or answering them with no preposition
_TAKING_OR_ANSWERING = _TAKING_VERBS | {v for v, p in _ANSWER_VERBS.items() if not p}
# Hostility turned on someone: "turned his sights on X", "directed her ire at X", "trained his fire on X"
_AIM_NOUNS = {"sights", "ire", "wrath", "fire", "guns", "venom", "scorn"}
_AIM_VERBS = {"turn", "set", "train", "direct", "focus", "aim", "level", "vent", "unleash"}
# Removals demanded of someone: "called for the resignation of X", "demanded X's ouster"
_REMOVAL_NOUNS = {"resignation", "ouster", "removal", "firing", "dismissal", "sacking", "recall", "arrest"}
_DEMAND_VERBS = {"demand": (), "seek": (), "urge": (), "want": (), "call": ("for",), "push": ("for",),
                 "press": ("for",), "ask": ("for",), "clamor": ("for",), "clamour": ("for",)}

TRIGGER_WORDS = frozenset(_BLAME_NOUNS | _AIM_NOUNS | _REMOVAL_NOUNS)


def at_token(ctx: Context, tok: Token) -> None:
    """The pressure rules that start at ``tok``."""
    if tok.pos_ != "NOUN":
        return
    if tok.lower_ in _BLAME_NOUNS:
        under_fire(ctx, tok)
    if tok.lower_ in _AIM_NOUNS:
        aimed_at(ctx, tok)
    if tok.lower_ in _REMOVAL_NOUNS:
        removal_sought(ctx, tok)


def _verb_of(noun: Token, preps: tuple[str, ...] = ()) -> Token | None:
    """The verb ``noun`` is the object of, directly or after one of ``preps``."""
    if noun.dep_ == "dobj" and not preps:
        head = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in preps:
        head = noun.head.head
    else:
        return None
    return head if head.pos_ in ("VERB", "AUX") and not modifies_noun(head) else None


def under_fire(ctx: Context, noun: Token) -> None:
    """ "X came under fire from Y", "X was under grilling from Y", "X drew criticism from Y",
    "X faced attacks from Y", "X held firm amid attacks from Y" → ADVERSARY_OF between Y and X."""
    verb = _verb_of(noun, ("under",)) or _verb_of(noun, _AMID)
    if verb is None:
        verb = _verb_of(noun)
        if verb is None or verb.lemma_.lower() not in _TAKING_OR_ANSWERING:
            verb = _verb_of(noun, ("to",))
            if verb is None or _ANSWER_VERBS.get(verb.lemma_.lower()) != ("to",):
                return
    if not told_as_fact(verb):
        return
    sources = against(ctx, noun, ("from",), _SIDES) or against(ctx, verb, ("from",), _SIDES)
    if not sources:
        return
    taking = clause_sides(ctx, verb)[:1]
    if not taking:  # "Baker's remarks drew criticism from Lopez": at the one whose words they were
        taking = whose_words(ctx, next((c for c in verb.children if c.dep_ == "nsubj"), None), _SIDES)[:1]
    quarrel_pairs(ctx, sources[:4], taking, verb, noun, conf=0.55)  # "from X, Y and Z": each


def aimed_at(ctx: Context, noun: Token) -> None:
    """ "X turned his sights on Y", "X directed her ire at Y" → ADVERSARY_OF (not "set his
    sights on the nomination": no side named)."""
    verb = _verb_of(noun)
    if verb is None or verb.lemma_.lower() not in _AIM_VERBS or not told_as_fact(verb):
        return
    targets = against(ctx, noun, ("on", "at", "against"), _SIDES) or against(ctx, verb, ("on", "at", "against"), _SIDES)
    if targets:
        quarrel_pairs(ctx, clause_sides(ctx, verb)[:1], targets, verb, noun, conf=0.55)


def _removed(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """Who is to go: "the resignation of X", "X's ouster" (a name, not "his": whose is unsure)."""
    found = against(ctx, noun, ("of",), _SIDES)
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return found or (ctx.actors(poss, _SIDES) if poss is not None else [])


def removal_sought(ctx: Context, noun: Token) -> None:
    """ "X called for the resignation of Y", "X demanded Y's ouster", "X seeks the removal of
    Y" → ADVERSARY_OF between X and Y."""
    verb = _verb_of(noun) or _verb_of(noun, ("for",))
    if verb is None:
        return
    lemma = verb.lemma_.lower()
    want = _DEMAND_VERBS.get(lemma)
    if want is None or want != (("for",) if noun.dep_ == "pobj" else ()) or not told_as_fact(verb):
        return
    gone = _removed(ctx, noun)
    if gone:
        quarrel_pairs(ctx, clause_sides(ctx, verb)[:1], gone, verb, noun, conf=0.55)
