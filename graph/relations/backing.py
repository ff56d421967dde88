"""ALLY_OF from backing given by acts, one person for another: a vote ("X voted for Y", "cast
her ballot for Y"), money raised ("X raised money for Y", "hosted a fundraiser for Y") and money
given ("X donated $2,700 to Y's campaign").

Between two named persons only ("voted for the bill", "raised money for the victims" back no
one), and only as a fact ("would vote for Y", "did not raise money for Y" stay out).

Backing handed over as a thing given is read between any two named sides: "the union gave Y
the nod", "X gave Y her endorsement", "X lent Y its support" ("gave a nod to his predecessor"
is a courtesy, not a choice: only "the nod"); and a side named as the backer before a hyphen
("Iran-backed Hezbollah", "the U.S.-backed government of Z", "the Hamas-linked cleric X"), a
fact by its form.

Backing taken back is ADVERSARY_OF between two named persons: "X rescinded his endorsement of
Y, saying he lacks the temperament", "X withdrew her support for Y" (not "has not withdrawn
his support for Y", nor support for a bill). So is working against someone's run: "X fought Y's
nomination", "spent money to combat Y's candidacy", "opposed the candidacy of Y"."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef
from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .rivals import against, clause_sides, object_sides, only_person_surnamed

_PEOPLE = ("person",)

# "cast his vote for Y", "raised money for Y", "held a fundraiser for Y": the object and its verbs
_BACKING_OBJECTS = {"vote": {"cast"}, "ballot": {"cast"}, "money": {"raise"}, "funds": {"raise"},
                    "cash": {"raise"}, "fundraiser": {"hold", "host", "throw", "headline"},
                    "fundraisers": {"hold", "host", "throw", "headline"}}

# Backing handed over: "gave Y the nod", "gave Y his endorsement", "lent Y its support"
_GIVE_VERBS = {"give", "lend"}
_GIVEN_BACKING = {"nod", "endorsement", "endorsements", "backing", "blessing", "support", "vote", "votes"}
# "Iran-backed Hezbollah", "the Kremlin-funded broadcaster RT": the backer before a hyphen
# ("al Qaeda-linked", "Kremlin-allied", "Moscow-aligned": of the backer's side, as "backed" is)
_BACKED_PARTICIPLES = {"backed", "funded", "financed", "sponsored", "supported", "armed", "linked", "allied",
                       "aligned"}
_SIDES = STATE_ACTORS + ("person",)

# Backing taken back: "rescinded his endorsement of Y", "withdrew her support for Y"
_TAKE_BACK_VERBS = {"rescind", "withdraw", "retract", "revoke", "pull"}
_TAKEN_BACK = {"endorsement", "support", "backing"}
# Money given to a candidate's campaign: "X donated $2,700 to Y's campaign", "X gave $500 to the Y
# campaign"; what "gave" hands over must be money
_DONATE_VERBS = {"donate", "contribute"}
_MONEY_GIVING = _DONATE_VERBS | {"give"}
_MONEY_WORDS = {"money", "cash", "funds", "dollars", "$", "donation", "donations", "contribution", "contributions"}
_CAMPAIGN_NOUNS = {"campaign", "candidacy", "bid", "reelection", "re-election"}
# Working against a run: "fought Y's nomination", "combat Y's candidacy", "opposed Y's bid"
_AGAINST_RUN_VERBS = {"combat", "fight", "oppose", "block", "derail", "thwart", "sink", "torpedo", "stop"}
_RUN_NOUNS = {"candidacy", "nomination", "bid", "candidacies", "nominations", "bids"}

# A body described by the one it backs: "X, a super PAC supporting Y", "the group backing Y, X,",
# "X, a super PAC aligned with Y"; the nouns of such a body (the tagger's "PAC" too)
_BACKING_BODIES = {"pac", "pacs", "group", "committee", "organization", "organisation", "coalition", "union",
                   "fund", "network", "outfit", "nonprofit", "non-profit", "association", "alliance"}
_BODY_BACKING = {"backing": None, "supporting": None, "aligned": "with", "allied": "with"}

TRIGGER_WORDS = (frozenset(_BACKING_OBJECTS) | frozenset(_BODY_BACKING) | {"voted", "votes", "voting"}
                 | {"give", "gives", "gave", "given", "giving", "lend", "lends", "lent", "lending"}
                 | {"donate", "donates", "donated", "donating", "contribute", "contributes", "contributed",
                    "contributing"})


def at_token(ctx: Context, tok: Token) -> None:
    """The backing rules that start at ``tok``."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() == "vote":
        voted_for(ctx, tok)
    if tok.pos_ == "NOUN" and tok.lower_ in _BACKING_OBJECTS and tok.dep_ == "dobj":
        backed_with(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _GIVE_VERBS:
        gave_backing(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _TAKE_BACK_VERBS:
        took_back_backing(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _MONEY_GIVING:
        donated_to(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _AGAINST_RUN_VERBS:
        against_run(ctx, tok)
    if tok.lower_ in _BODY_BACKING and tok.dep_ == "acl":
        body_backing(ctx, tok)


def body_backing(ctx: Context, verb: Token) -> None:
    """ "Priorities USA, a super PAC supporting Clinton,", "the group backing Lee's bid, Ohio
    First,", "American Crossroads, a super PAC aligned with Karl Rove" → ALLY_OF between the
    named body and the one it backs (a body left unnamed, "a super PAC supporting Lee", or a
    person described, "a pollster working for Lee", gives none)."""
    noun = verb.head
    if noun.lower_ not in _BACKING_BODIES or any(c.dep_ == "neg" for c in verb.children):
        return
    prep = _BODY_BACKING[verb.lower_]
    if prep is None:
        backed = [a for c in verb.children if c.dep_ == "dobj" for a in object_sides(ctx, c, _SIDES)]
    else:
        backed = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == prep
                  for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]
    named = [noun.head] if noun.dep_ == "appos" else []
    named += [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > verb.i]
    bodies = [a for t in named for a in ctx.actors(t, ("organization",))]
    backed = [a for a in backed if all(a[1].id != b[1].id for b in bodies)]
    if bodies and backed:
        ctx.add_pairs("ALLY_OF", bodies[:1], backed[:1], verb, conf=0.6)


def against_run(ctx: Context, verb: Token) -> None:
    """ "X fought Y's nomination", "X opposed the candidacy of Y" → ADVERSARY_OF between two
    named persons (the run's owner named, not "his bid"); only a fact."""
    run = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _RUN_NOUNS), None)
    if run is None or modifies_noun(verb) or not told_as_fact(verb):
        return
    owners = [a for a in object_sides(ctx, run, _PEOPLE) if a[0].pos_ == "PROPN"]
    if owners:
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], owners[:1], verb, run, conf=0.55)


def took_back_backing(ctx: Context, verb: Token) -> None:
    """ "X rescinded his endorsement of Y" → ADVERSARY_OF between two named persons: a reader
    lists one who turns against a candidate once backed as set against him."""
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TAKEN_BACK), None)
    if thing is None or modifies_noun(verb) or not told_as_fact(verb):
        return
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in thing.children):
        return  # "withdrew Baker's endorsement of Y": someone else's backing
    taken = [a for a in against(ctx, thing, ("of", "for"), _PEOPLE) + against(ctx, verb, ("from", "for"), _PEOPLE)
             if a[0].pos_ == "PROPN"]
    if taken:
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], taken[:1], verb, thing, conf=0.55)


def voted_for(ctx: Context, verb: Token) -> None:
    """ "X voted for Y" → ALLY_OF between two persons."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    chosen = [a for a in against(ctx, verb, ("for",), _PEOPLE) if a[0].pos_ == "PROPN"]
    if chosen:
        ctx.add_pairs("ALLY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], chosen[:1], verb, conf=0.55)


def backed_with(ctx: Context, noun: Token) -> None:
    """ "X cast her vote for Y", "X raised money for Y", "X hosted a fundraiser for Y"."""
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BACKING_OBJECTS[noun.lower_] or modifies_noun(verb) \
            or not told_as_fact(verb):
        return
    chosen = against(ctx, noun, ("for",), _PEOPLE) or against(ctx, verb, ("for",), _PEOPLE)
    chosen = [a for a in chosen if a[0].pos_ == "PROPN"]
    if chosen:
        ctx.add_pairs("ALLY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], chosen[:1], verb, noun, conf=0.55)


def donated_to(ctx: Context, verb: Token) -> None:
    """ "X donated $2,700 to Y's campaign", "X gave $500 to the Y campaign" → ALLY_OF between two
    named persons, as a fact ("would donate to Y's campaign", "gave to charity": none)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.lemma_.lower() == "give" and (obj is None or obj.lower_ not in _MONEY_WORDS and obj.tag_ != "$"
                                          and obj.ent_type_ != "MONEY"):
        return  # "gave a speech to Y's campaign staff": no money
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    # "to" is a preposition of the verb or of the sum, or the parse's dative ("gave $500 to Y")
    recipients = [g for h in (verb, obj) if h is not None for p in h.children
                  if p.dep_ in ("prep", "dative") and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    for g in recipients:
        # only to a campaign ("to Lopez's campaign", "to the Lopez campaign"): money given to a
        # person ("Trump gave money to Clinton" years ago) is no side taken, as readers list it
        if g.lower_ not in _CAMPAIGN_NOUNS:
            continue
        backed = [a for c in g.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
                  for a in ctx.actors(c, _PEOPLE)]
        # the tagger may take the surname for an adjective: the one person who bears it
        backed = backed or [a for c in g.children if c.dep_ == "amod" and c.text[:1].isupper()
                            for a in only_person_surnamed(ctx, c)]
        if backed:
            ctx.add_pairs("ALLY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], backed[:1], verb, g, conf=0.55)
            return


def gave_backing(ctx: Context, verb: Token) -> None:
    """ "The union gave Y the nod", "X gave Y her endorsement", "X lent its support to Y" →
    ALLY_OF between the giver and the named one backed; not "is unlikely to give Y the nod"."""
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _GIVEN_BACKING), None)
    if thing is None or modifies_noun(verb) or not told_as_fact(verb):
        return
    if thing.lower_ == "nod" and not any(c.dep_ == "det" and c.lower_ == "the" for c in thing.children):
        return  # "gave a nod to the old guard": a courtesy
    # the one given it: the dative, or a name the parse made a second object before the thing
    # ("gave Lopez the nod" read as two objects)
    backed = [a for c in verb.children if (c.dep_ == "dative" or c.dep_ == "dobj" and c.i < thing.i)
              and c.pos_ == "PROPN" for a in ctx.actors(c, _SIDES)]
    if not backed:  # "gave the nod to Y", "lent its support to Y"
        backed = [a for a in against(ctx, verb, ("to",), _SIDES) + against(ctx, thing, ("to",), _SIDES)
                  if a[0].pos_ == "PROPN"]
    if backed:
        ctx.add_pairs("ALLY_OF", clause_sides(ctx, verb, _SIDES), backed, verb, thing, conf=0.55)


def hyphen_backed(ctx: Context) -> None:
    """ "Iran-backed Hezbollah", "U.S.-backed South Vietnam" → ALLY_OF between the backer
    named before the hyphen and the named side the phrase modifies (a side not named, as in
    "Russian-backed separatists", gives none). Over the whole document: the tokenizer leaves
    "U.S.-backed" one word, which no trigger word matches."""
    for tok in ctx.doc:
        low = tok.lower_
        if "-" not in low and low not in _BACKED_PARTICIPLES:
            continue
        head, _, last = low.rpartition("-")
        if last not in _BACKED_PARTICIPLES or tok.dep_ not in ("amod", "dep", "compound"):
            continue
        if head:  # "U.S.-backed": one token
            backer = tok
            ref = ctx.named_country(tok.text[:len(head)], tok) or _named_state(ctx, tok.text[:len(head)])
        else:  # "Iran - backed": three
            dash = ctx.doc[tok.i - 1] if tok.i > 1 else None
            if dash is None or dash.text not in ("-", "\u2011") or dash.whitespace_ or ctx.doc[tok.i - 2].whitespace_:
                continue
            backer = ctx.doc[tok.i - 2]
            ref = ctx.ent(backer) or ctx.named_country(backer.text, backer) or _named_state(ctx, backer.text) \
                or _named_state(ctx, _backer_name(backer)) \
                or next((r for _, r in only_person_surnamed(ctx, backer)), None)  # "Koch-backed": Charles Koch
        backed = _backed_named(ctx, tok)
        if ref is not None and ref.type in _SIDES and backed:
            ctx.add_pairs("ALLY_OF", [(backer, ref)], backed[:1], tok, conf=0.55)


def _backed_named(ctx: Context, tok: Token) -> list[tuple[Token, EntityRef]]:
    """The named side "X-backed" modifies: "Iran-backed Hezbollah", and a name set after a
    common noun ("the Hamas-linked cleric Omar Aziz", "the Koch-backed advocacy group Americans
    for Prosperity"); none for a kind ("Russian-linked money", "Iran-backed militias")."""
    noun = tok.head
    if noun.i < tok.i:
        return []
    if noun.pos_ == "PROPN":
        return ctx.actors(noun, _SIDES)
    if noun.pos_ != "NOUN":
        return []
    name = noun.head
    if noun.dep_ == "compound" and name.pos_ == "PROPN" and name.i > noun.i \
            and all(t.pos_ == "PROPN" for t in tok.doc[noun.i + 1:name.i]):
        return ctx.actors(name, _SIDES)  # "cleric Omar Aziz": the parse's compound
    named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1]
    return ctx.actors(named[0], _SIDES) if named else []


def _backer_name(tok: Token) -> str:
    """The words of the backer before the hyphen, with the name's first words the parse hung
    on it ("al Qaeda" of "al Qaeda-linked")."""
    first = min([tok, *(c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")], key=lambda t: t.i)
    return tok.doc[first.i:tok.i + 1].text


def _named_state(ctx: Context, name: str):
    """The state or body of the document called ``name`` ("Koch" in "Koch-backed"), a hyphen
    read as a space ("al Qaeda" is the index's "al-Qaeda")."""
    key = _hyphen_blind(name)
    return next((ctx.index.ref(c) for c in ctx.index.clusters if c.type in _SIDES and _hyphen_blind(c.name) == key),
                None)


def _hyphen_blind(name: str) -> str:
    """``name`` lowercased with hyphens and runs of spaces as one space: "al-Qaeda" → "al qaeda"."""
    return " ".join(name.lower().replace("-", " ").split())
