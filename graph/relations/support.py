"""ALLY_OF from support given in words: praise ("Cruz praised Pence for cutting taxes", "Trump
hailed Putin as a strong leader"), standing by someone ("Christie stood by Trump", "Graham
vouched for Cruz"), coming to someone's defence ("Pence rushed to Trump's defense"), being in favour of someone
("X is in favor of Trump").
(Endorsements, backing and "defended X" are ``hostilities``; campaign support is ``rivals``;
nouns of support, "a supporter of X", are ``ally_nouns``.)

Praise is the weakest of these: rivals praise each other ("Clinton applauded Sanders for his
campaign") without being allies. Praise is therefore read last, over the whole document, and
kept only between two sides the article sets against each other nowhere. Both sides are named
(or a pronoun a reader resolves), persons with persons or states and bodies with each other ("X
praised Russia's restraint" is a stance, read by none). Negations, plans, questions and
conditions stay out ("refused to praise X", "may stand by X")."""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import HYPHENS, glued_mark
from ..model import EntityRef
from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .rivals import clause_sides, headline_sides, object_sides, only_person_surnamed, present_forms

_SIDES = STATE_ACTORS + ("person",)

# Verbs of praise with the one praised as object: "praised X", "commended X for …".
_PRAISE_VERBS = {"praise", "commend", "hail", "laud", "applaud", "salute", "extol", "compliment", "tout"}
# Verbs of standing by someone and the preposition naming them: "stood by X", "vouched for X".
# ("stood alongside X", "standing beside X": at X's side, as "stood with X" is)
_STANDING_VERBS = {"stand": ("by", "behind", "with", "alongside", "beside"), "stick": ("by", "with"),
                   "vouch": ("for",)}
# "came to X's defense", "rushed to X's defence", "leapt to X's aid"
_DEFENCE_NOUNS = {"defense", "defence", "aid", "rescue"}
_DEFENCE_VERBS = {"come", "rush", "leap", "jump", "spring", "rally", "race", "hurry"}

# Headline verbs of support: "Perry endorses Cruz", "Christie defends Trump"
_HEADLINE_SUPPORT = present_forms({"endorse", "back", "defend", "praise", "hail", "commend", "laud", "applaud"})

TRIGGER_WORDS: frozenset[str] = frozenset(_DEFENCE_NOUNS | _HEADLINE_SUPPORT | {"pro", "favor", "favour"})


def at_token(ctx: Context, tok: Token) -> None:
    """The support rules that start at ``tok`` (praise is read by ``whole_document``)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _STANDING_VERBS:
        stood_by(ctx, tok)
    if tok.pos_ == "NOUN" and tok.lower_ in _DEFENCE_NOUNS:
        came_to_defence(ctx, tok)
    if tok.lower_ in _HEADLINE_SUPPORT:
        headline_support(ctx, tok)
    if tok.lower_ == "pro":
        pro_side(ctx, tok)
    if tok.pos_ == "NOUN" and tok.lower_ in ("favor", "favour"):
        in_favor_of(ctx, tok)


def whole_document(ctx: Context) -> None:
    """Praise between two sides the article does not set against each other: run after every
    ADVERSARY_OF rule."""
    enemies = {frozenset((r.subject, r.object)) for r in ctx.out if r.predicate == "ADVERSARY_OF"}
    for tok in ctx.doc:
        if tok.pos_ == "VERB" and (tok.lemma_.lower() in _PRAISE_VERBS or tok.lemma_.lower() == "thank"
                                   and _thanked_for_support(tok)):
            praised(ctx, tok, enemies)


# What one thanks an ally for: "thanked Poland for its support" (not "for the dinner", "for coming").
_SUPPORT_NOUNS = {"support", "help", "backing", "aid", "assistance", "solidarity", "friendship", "loyalty"}


def _thanked_for_support(verb: Token) -> bool:
    """ "Ukraine thanked Poland for its support": thanks for help given is praise of an ally;
    thanks for anything else ("thanked the hosts for the dinner") sides with no one."""
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and g.lower_ in _SUPPORT_NOUNS
                                                              for g in p.children) for p in verb.children)


def _alike(a: EntityRef, b: EntityRef) -> bool:
    """Persons side with persons and states or bodies with each other; a person's praise of
    a state is a stance on its policy."""
    return (a.type == "person") == (b.type == "person")


def _add(ctx: Context, sides: list, others: list, toks: tuple[Token, ...], conf: float,
         enemies: frozenset | set = frozenset()) -> None:
    for s in sides[:1]:
        kept = [o for o in others if _alike(s[1], o[1]) and frozenset((s[1].id, o[1].id)) not in enemies]
        ctx.add_pairs("ALLY_OF", [s], kept, *toks, conf=conf)


# What praise of a person's own merit names: "praised Christie's leadership", "applauded Lee's
# record" (one act praised, "praised X's speech / remarks / decision", is agreement on one point)
_MERIT_NOUNS = {"leadership", "record", "history", "ability", "abilities", "character", "experience",
                "integrity", "courage", "judgment", "judgement", "service",
                "commitment", "dedication", "vision", "temperament", "stewardship", "qualifications"}


def praised(ctx: Context, verb: Token, enemies: set) -> None:
    """ "Cruz praised Pence for cutting taxes", "Trump hailed Putin as a strong leader",
    "Reyes praised Lee's leadership" → ALLY_OF; praise of what someone did ("praised X's
    speech") is agreement on one point and stays out, as does praise between rivals."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.pos_ == "NOUN" and obj.lower_ in _MERIT_NOUNS:
        owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        others = object_sides(ctx, owner, ("person",))  # (none without a named owner)
        _add(ctx, clause_sides(ctx, verb, ("person",)), others, (verb, obj), 0.55, enemies)
        return
    if obj is None or obj.pos_ != "PROPN":
        return  # "she applauded him": rivals are as often meant, and the pronoun is a guess
    _add(ctx, clause_sides(ctx, verb), object_sides(ctx, obj), (verb, obj), 0.55, enemies)


def stood_by(ctx: Context, verb: Token) -> None:
    """ "Christie stood by Trump after the tape", "Graham vouched for Cruz", "stuck with
    Trump" → ALLY_OF ("stood by the door": no side named; "stood with reporters": no side)."""
    lemma = verb.lemma_.lower()
    if lemma == "stand" and any(c.dep_ == "prt" for c in verb.children):
        return  # "stood up", "stood down", "stood out": no standing by
    others = [a for p in verb.children if p.dep_ == "prep" and p.lower_ in _STANDING_VERBS[lemma]
              for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN" for a in ctx.actors(g, _SIDES)]
    if not others or modifies_noun(verb) or not told_as_fact(verb):
        return
    _add(ctx, clause_sides(ctx, verb), others, (verb,), 0.6)


def came_to_defence(ctx: Context, noun: Token) -> None:
    """ "Pence rushed to Trump's defense", "Graham came to Cruz's aid" → ALLY_OF between the
    one who comes and the one defended (named by the possessive)."""
    prep = noun.head
    verb = prep.head if noun.dep_ == "pobj" and prep.lower_ == "to" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _DEFENCE_VERBS or not told_as_fact(verb):
        return
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    others = object_sides(ctx, poss) if poss is not None and poss.pos_ == "PROPN" else []
    if others:
        _add(ctx, clause_sides(ctx, verb), others, (verb, noun), 0.6)


def in_favor_of(ctx: Context, noun: Token) -> None:
    """ "Hunter told reporters he is in favor of Baker", "X came out in favor of Y" → ALLY_OF
    between two named persons (a vote or a ruling "in favor of" a bill or a firm sides with no
    one: persons only)."""
    prep = noun.head
    verb = prep.head if noun.dep_ == "pobj" and prep.lower_ == "in" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or modifies_noun(verb) or not told_as_fact(verb):
        return
    if verb.lemma_.lower() in ("rule", "vote", "decide", "find", "argue", "testify", "speak", "lobby"):
        return  # a ruling or a vote for one party to a case or a motion
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return  # "Lee was passed over in favor of Baker": the one set aside, not a supporter
    chosen = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN" for a in ctx.actors(g, ("person",))]
    if chosen:
        ctx.add_pairs("ALLY_OF", clause_sides(ctx, verb, ("person",))[:1], chosen, verb, noun, conf=0.55)


def headline_support(ctx: Context, verb: Token) -> None:
    """ "Perry endorses Cruz", "Christie defends Trump" in the title line → ALLY_OF."""
    found = headline_sides(ctx, verb)
    if found is not None:
        _add(ctx, [found[0]], [found[1]], (verb,), 0.55)



# Nouns that name a kind of body, not one body: "the pro-Clinton super PAC"
BARE_BODIES = {"pac", "super pac", "pacs", "super pacs", "group", "committee"}


def glued_hyphen(tok: Token) -> Token | None:
    """The hyphen glued right after ``tok`` in "pro-X" / "anti-X", or None."""
    return glued_mark(tok, HYPHENS)


def side_named_after(ctx: Context, last: Token, prefix: str) -> list[tuple[Token, EntityRef]]:
    """The side a "pro-X" / "anti-X" stands for, X ending at ``last``: the actor there (not one
    the entity index named "pro-X" itself), else the one person of the story with that surname."""
    found = [a for a in ctx.actors(last, _SIDES) if not a[1].name.lower().startswith(prefix)]
    return found or only_person_surnamed(ctx, last)


def pro_body(tok: Token) -> Token | None:
    """The body a "pro-X" phrase describes: "the pro-X super PAC Y" (the name it modifies),
    "Y, a pro-X group", "Y, the largest of the pro-X groups"."""
    host = tok.head
    if host.pos_ == "PROPN" and not (host.lower_ in BARE_BODIES and host.dep_ in ("appos", "pobj")):
        # (the tagger's proper "PAC" of "Y, a pro-X super PAC," or "Y, the largest of the pro-X
        # super PACs," is the bare noun, Y the body)
        return host
    named = next((c for c in host.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:
        return named
    if host.dep_ == "appos":
        return host.head
    if host.dep_ == "pobj" and host.head.lower_ == "of" and host.head.head.dep_ == "appos":
        return host.head.head.head
    return None


def pro_side(ctx: Context, tok: Token) -> None:
    """ "the pro-Cruz super PAC Keep Faith", "Keep Faith, a pro-Cruz group," → ALLY_OF between
    the named body and the one it is for; "pro-Russian rebels" or "a pro-Cruz crowd" name no body."""
    nxt = glued_hyphen(tok)
    if nxt is None:
        return
    name = [t for t in tok.doc[nxt.i + 1:nxt.i + 5]]
    run = []
    for t in name:
        if t.pos_ != "PROPN" and not t.is_title:  # the tagger often takes "pro-Cruz" for an adjective
            break
        run.append(t)
    if not run:
        return
    favoured = side_named_after(ctx, run[-1], "pro")
    body = pro_body(tok)
    backers = [a for a in ctx.actors(body, ("organization", "person"))] if body is not None and body.i not in {t.i for t in run} else []
    # the bare noun ("the pro-Clinton super PAC") names no body
    backers = [a for a in backers if a[1].name.lower() not in BARE_BODIES and not a[1].name.lower().startswith("pro")]
    if favoured and backers and told_as_fact(body.head if body.head.pos_ in ("VERB", "AUX") else body):
        ctx.add_pairs("ALLY_OF", backers[:1], favoured[:1], tok, body, conf=0.55)
