"""ADVERSARY_OF from peacemaking: the sides of a ceasefire, a truce, peace talks, a peace deal, a
prisoner swap or a mediation are the sides of a conflict. International news tells a war as
often through its ending as through its fighting: "a ceasefire between Israel and Hamas",
"Ukraine and Russia held peace talks in Abu Dhabi", "Azerbaijan signed a peace deal with
Armenia", "Qatar mediated between Kabul and the Taliban".

The enmity is what makes peace needed, so a ceasefire still to come or only proposed says it as
well ("will hold peace talks"); only "no … between" says nothing, and so does a peace in an
article that tells no fight at all (a reader takes the enmity from the war, which the sides
reaching a deal does not tell: that is a negotiation, read in ``agreements``). Talks, deals and exchanges
without "peace" or "prisoner" before them are trade or diplomacy, read elsewhere."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef
from ._context import STATE_ACTORS, Context

_SIDES = STATE_ACTORS + ("person",)

# Nouns that end a fight on their own: "a ceasefire between X and Y".
_TRUCE_NOUNS = {"ceasefire", "cease-fire", "truce", "armistice", "ceasefires", "truces"}
# Nouns that end one only when "peace" says so: "peace talks", "a peace deal".
_PEACE_HEADS = {"talks", "deal", "agreement", "treaty", "accord", "negotiations", "process", "plan", "summit",
                "settlement", "pact", "framework"}
# Nouns of an exchange of captives: "a prisoner swap", "the exchange of prisoners of war".
_SWAP_HEADS = {"swap", "swaps", "exchange", "exchanges"}
_CAPTIVES = {"prisoner", "prisoners", "pow", "pows", "hostage", "hostages", "captive", "captives"}
# One who stands between two sides of a conflict: "the mediator between Russia and Ukraine".
_MEDIATOR_NOUNS = {"mediator", "mediators", "mediation", "intermediary", "go-between"}

TRIGGER_WORDS = frozenset(_TRUCE_NOUNS | _PEACE_HEADS | _SWAP_HEADS | _MEDIATOR_NOUNS | {"mediate", "mediated"})


def at_token(ctx: Context, tok: Token) -> None:
    """The peacemaking rules that start at ``tok``."""
    if tok.pos_ == "NOUN" and _ends_a_fight(tok):
        peace_between(ctx, tok)
    if tok.pos_ == "NOUN" and tok.lower_ in _MEDIATOR_NOUNS or tok.pos_ == "VERB" and tok.lemma_.lower() == "mediate":
        _pairs_of(ctx, tok, _between(ctx, tok))


def _ends_a_fight(noun: Token) -> bool:
    low = noun.lower_
    mods = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    if low in _TRUCE_NOUNS:
        return True
    if low in _PEACE_HEADS:
        return "peace" in mods
    if low in _SWAP_HEADS:  # "a prisoner swap", "an exchange of prisoners"
        of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return bool(mods & _CAPTIVES) or any(g.lower_ in _CAPTIVES for g in of)
    return False


def _between(ctx: Context, tok: Token) -> list[tuple[Token, EntityRef]]:
    return [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "between"
            for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]


# Words that tell a fight: "the war", "weeks of fighting", "the invasion", "cross-border shelling".
_FIGHT_LEMMAS = {"war", "fighting", "fight", "conflict", "invasion", "invade", "hostility", "hostilities", "clash",
                 "offensive", "shelling", "shell", "bombardment", "battle", "combat", "insurgency", "occupation",
                 "airstrike", "bombing", "attack", "strike", "missile", "drone", "troops", "skirmish"}


def _fight_told(ctx: Context) -> bool:
    """Whether the article tells a fight anywhere: the sides of a peace are enemies because of
    the war it ends, which a reader takes from the article, not from the peace alone ("India
    and Pakistan agreed to a ceasefire", told alone, says that they reached a deal)."""
    if "fight_told" not in ctx.memo:
        ctx.memo["fight_told"] = any(t.lemma_.lower() in _FIGHT_LEMMAS or t.lower_ in _FIGHT_LEMMAS
                                     for t in ctx.doc if t.pos_ in ("NOUN", "VERB"))
    return bool(ctx.memo["fight_told"])


def _pairs_of(ctx: Context, tok: Token, sides: list[tuple[Token, EntityRef]]) -> None:
    """ADVERSARY_OF between each two of ``sides`` of one kind (states and bodies, or persons),
    in an article that tells a fight."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return  # "no ceasefire between X and Y" says nothing of either
    if not _fight_told(ctx):
        return
    for k, (ta, a) in enumerate(sides):
        for tb, b in sides[k + 1:]:
            if a.id != b.id and (a.type == "person") == (b.type == "person"):
                ctx.add(a, "ADVERSARY_OF", b, ctx.evidence(*sorted((ta, tb, tok), key=lambda t: t.i)), 0.6)


# Verbs whose subjects are the sides of the peace they make, keep or break ("Ukraine and Russia
# held peace talks", "Azerbaijan signed a peace deal with Armenia"); others have bystanders,
# mediators or callers for it as subjects ("called for", "brokered", "welcomed", "discussed").
_SIDES_VERBS = {"agree", "sign", "reach", "hold", "conclude", "violate", "break", "breach", "observe",
                "negotiate", "end", "resume", "begin", "start", "accept", "declare", "extend", "honor",
                "honour", "respect", "implement", "strike", "seal"}


def peace_between(ctx: Context, noun: Token) -> None:
    """ "a ceasefire between Israel and Hamas"; "Ukraine and Russia held peace talks" (two
    sides as the subject); "Azerbaijan signed a peace deal with Armenia" (the subject and the
    object of "with")."""
    between = _between(ctx, noun)
    if len(between) >= 2:
        _pairs_of(ctx, noun, between)
        return
    verb = noun.head
    while verb.dep_ in ("pobj", "prep", "dobj", "conj") and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "agreed to a ceasefire", "end second round of peace talks"
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _SIDES_VERBS:
        return  # "France and Germany called for a ceasefire", "Qatar brokered a truce": not its sides
    subjects = [a for a in ctx.subjects(verb) if a[1].type in _SIDES]
    with_ = [a for t in (noun, verb) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]
    if len(subjects) >= 2 and not with_:
        _pairs_of(ctx, noun, subjects)
    elif subjects and with_:
        _pairs_of(ctx, noun, subjects[:1] + with_[:1])
