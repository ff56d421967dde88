"""ALLY_OF and ADVERSARY_OF: allies, backers, rivals, treaties, hostile acts, accusations and threats.

Five families of their own start from here too: ``quarrels`` (both sides of one quarrel,
critics, insults by name), ``contests`` (standings in a race: leads,
trails, victories over), ``truces`` (the sides of a ceasefire, peace talks, a prisoner swap or
a mediation), ``rivals`` (politicians in a contest: rivals,
running against, attacks in words, campaign support) and ``blocs`` (states in blocs and
alliances: membership, members listed, pacts, arms supplies, sides said of a pair). Whether a
tie is told as a fact is ``_facts.told_as_fact``."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Span
from ..speakers import subject_of
from . import blocs, contests, quarrels, rivals, truces
from ._context import STATE_ACTORS, Context, asserted
from ._facts import modifies_noun, told_as_fact

# Who sides with whom, said with a noun: "rivals Hamas and Fatah", "Ukraine's main allies, France and …".
_SIDE_NOUNS = {"ally": "ALLY_OF", "allies": "ALLY_OF", "backer": "ALLY_OF", "backers": "ALLY_OF",
               "partner": "ALLY_OF", "partners": "ALLY_OF", "rival": "ADVERSARY_OF", "rivals": "ADVERSARY_OF",
               "adversary": "ADVERSARY_OF", "adversaries": "ADVERSARY_OF", "enemy": "ADVERSARY_OF",
               "enemies": "ADVERSARY_OF", "foe": "ADVERSARY_OF", "foes": "ADVERSARY_OF"}
# Hostile acts and the preposition naming their target: "Russia's invasion of Ukraine".
_HOSTILE_NOUNS = {"invasion": ("of",), "occupation": ("of",), "war": ("against", "on"), "attack": ("on", "against"),
                  "attacks": ("on", "against"), "aggression": ("against",), "offensive": ("against",),
                  "action": ("against",)}  # "action" only when military: see ``hostile_act``
_TREATY_NOUNS = {"treaty", "alliance", "pact", "partnership"}
# "supporter" and "backer" side a person with another ("Graham, a Cruz supporter,"), as "ally" does.
_ALLY_NOUNS = {"ally", "allies", "partner", "partners", "supporter", "supporters", "backer", "backers",
               "supplier", "suppliers",  # "supplier" only of arms: see ``ally_noun``
               # a politician's own people: "a longtime Ruiz loyalist", "a surrogate for Clinton"
               "loyalist", "loyalists", "surrogate", "surrogates", "confidant", "confidante", "protege", "protégé",
               "endorser", "endorsers"}
# "a surrogate for X": these speak for the one they stand by, said with "for"
_FOR_NOUNS = {"surrogate", "surrogates", "backer", "backers", "supporter", "supporters"}
# What an arms supplier supplies: "Syria's main arms supplier"; a gas supplier is no ally.
_ARMS_WORDS = {"arms", "arm", "weapons", "weapon", "military", "defense", "defence", "munitions", "ammunition"}
_ALLIANCE_NOUNS = {"alliance", "partnership", "pact"}
# Partners in something other than an alliance.
_NOT_ALLIED_PARTNERS = {"trading", "trade", "business", "commercial", "economic", "negotiating", "junior",
                        "senior", "managing", "founding", "coalition", "sparring", "dialogue", "investment"}
_THREAT_NOUNS = {"threat", "threats", "adversary", "adversaries", "enemy", "enemies", "foe", "foes", "rival", "rivals"}


# Nouns of a tie between sides and the prepositions naming the other side: "China's support
# for Russia", "deepening ties with Moscow", "U.S. security guarantees for Ukraine", "sanctions
# on Russia", "threats toward Taiwan", "strikes on Iran's nuclear sites".
_TIE_NOUNS = {
    # "from": the other side gives it ("Lopez won an endorsement from Baker", "support from China")
    "support": ("ALLY_OF", ("for", "to", "from", "of")), "ties": ("ALLY_OF", ("with", "to")),
    "friendship": ("ALLY_OF", ("with",)), "partnership": ("ALLY_OF", ("with",)),
    "cooperation": ("ALLY_OF", ("with",)), "guarantees": ("ALLY_OF", ("for", "to")),
    "guarantee": ("ALLY_OF", ("for", "to")), "backing": ("ALLY_OF", ("of", "for", "from")),
    "lifeline": ("ALLY_OF", ("for", "to")), "aid": ("ALLY_OF", ("to", "for")),
    "assistance": ("ALLY_OF", ("to", "for")), "solidarity": ("ALLY_OF", ("with",)),
    "alliance": ("ALLY_OF", ("with",)), "supplier": ("ALLY_OF", ("to", "for", "of")),
    "sanctions": ("ADVERSARY_OF", ("on", "against")), "strikes": ("ADVERSARY_OF", ("on", "against")),
    "strike": ("ADVERSARY_OF", ("on", "against")), "threats": ("ADVERSARY_OF", ("to", "against", "toward", "towards")),
    "hostility": ("ADVERSARY_OF", ("toward", "towards", "to")), "rivalry": ("ADVERSARY_OF", ("with",)),
    "confrontation": ("ADVERSARY_OF", ("with",)), "conflict": ("ADVERSARY_OF", ("with",)),
    "war": ("ADVERSARY_OF", ("with", "against", "on")), "campaign": ("ADVERSARY_OF", ("against",)),
    "actions": ("ADVERSARY_OF", ("against", "toward", "towards")),
    "bombardment": ("ADVERSARY_OF", ("of",)), "bombing": ("ADVERSARY_OF", ("of",)),
    "shelling": ("ADVERSARY_OF", ("of",)), "airstrikes": ("ADVERSARY_OF", ("on", "against")),
    "airstrike": ("ADVERSARY_OF", ("on", "against")), "raids": ("ADVERSARY_OF", ("on", "against", "into")),
    "incursion": ("ADVERSARY_OF", ("into",)), "incursions": ("ADVERSARY_OF", ("into",)),
    "endorsement": ("ALLY_OF", ("of", "for", "from")), "endorsements": ("ALLY_OF", ("of", "for", "from")),
    "blockade": ("ADVERSARY_OF", ("of", "on")),
    # quarrels said with the other side: "China's territorial dispute with Japan", "tensions with Iran"
    "dispute": ("ADVERSARY_OF", ("with",)), "disputes": ("ADVERSARY_OF", ("with",)),
    "standoff": ("ADVERSARY_OF", ("with",)), "feud": ("ADVERSARY_OF", ("with",)), "row": ("ADVERSARY_OF", ("with",)),
    "spat": ("ADVERSARY_OF", ("with",)), "tensions": ("ADVERSARY_OF", ("with",)), "clashes": ("ADVERSARY_OF", ("with",)),
    "retaliation": ("ADVERSARY_OF", ("against",)),
}
# quarrels are a state of affairs between two sides: owned ("China's dispute with Japan") or
# had ("Japan has a dispute with China"), never the subject's of any clause they sit in ("amid
# tensions with Taiwan, Trump is ready …" is no quarrel of Trump's)
_QUARREL_TIES = {"dispute", "disputes", "standoff", "feud", "row", "spat", "tensions", "clashes"}
# verbs that lay a measure on its target, with the one who lays it as their agent: "sanctions
# imposed on Russia by the United States"
_IMPOSING_VERBS = {"impose", "levy", "slap", "place", "announce", "launch", "carry", "conduct", "unleash", "wage"}
# Verbs of a pledge of support, which is a stand taken now: "pledged support for Ukraine".
_PLEDGE_VERBS = {"pledge", "promise", "vow", "offer", "reaffirm", "reiterate", "affirm", "express", "voice"}
# "actions" and "campaign" are hostile only when said so
_HOSTILE_MODIFIERS = {"aggressive", "hostile", "coercive", "military", "unlawful", "provocative", "destabilizing",
                      "destabilising", "escalating", "illegal", "brutal"}
# "military aid", "security guarantees": kinds of support that make allies; "humanitarian aid" does not
_NOT_ALLIED_SUPPORT = {"humanitarian", "public", "popular", "financial", "domestic", "bipartisan"}
# verbs of hostility with an actor object: "Russia invaded Ukraine", "the EU sanctioned Iran"
_HOSTILE_VERBS = {"invade", "attack", "sanction", "bomb", "threaten", "annex", "blockade", "shell", "fight", "strike",
                  "bombard", "raid", "besiege", "occupy", "shoot", "expel", "seize", "hack"}
# weapons fired at a side: "North Korea fired missiles toward Japan", "Hamas launched rockets into Israel"
_WEAPONS = {"missile", "missiles", "rocket", "rockets", "shell", "shells", "drone", "drones", "mortar", "mortars",
            "bomb", "bombs", "torpedo", "torpedoes", "projectile", "projectiles", "artillery", "munitions"}
# hostile verbs whose object may be a place or a thing of the state hit: "shot down a Russian
# jet", "expelled 35 Russian diplomats", "seized Ukrainian ships"
_STRIKING_VERBS = {"attack", "bomb", "shell", "strike", "raid", "bombard", "shoot", "expel", "seize"}
# verbs of acting together as one side: "joined forces", "teamed up", "partnered with"
_TEAM_VERBS = {"join", "team", "partner", "unite", "combine"}
# verbs of siding: "sided with Russia"; of help with an actor object: "China supports Russia"
# "campaigned with Trump": a politician who takes the stage beside another sides with them
_SIDING_VERBS = {"side": ("with",), "align": ("with",), "ally": ("with",), "campaign": ("with", "alongside"),
                 "throw": ("behind",)}  # "threw her weight behind X": only with "weight" (see below)
# "endorsed Cruz": political support given in words, an alliance as readers of political news list it
_HELPING_VERBS = {"support", "defend", "protect", "arm", "back", "endorse"}
# nouns of enmity between the sides they name: "clashes between Manila and Beijing"
_ENMITY_NOUNS = {"tensions", "tension", "hostility", "hostilities", "enmity", "rivalry", "clashes", "clash",
                 "conflict", "war", "feud", "dispute", "fighting"}
# hyphenated pairs before these nouns are at war: "the Russia-Ukraine war"
_WAR_NOUNS = {"war", "conflict", "fighting", "hostilities"}

# relations said to have gone bad: "relations between Lima and Santiago soured", "ties with
# Chile have become strained", "the tense relations between …"
_RELATION_NOUNS = {"relations", "relationship", "ties"}
_SOUR_ADJECTIVES = {"tense", "strained", "hostile", "frosty", "icy", "fraught", "sour", "soured", "acrimonious",
                    "antagonistic", "adversarial", "troubled", "rocky"}
_SOUR_VERBS = {"sour", "deteriorate", "worsen", "nosedive", "plunge", "plummet", "fray", "sink", "crumble"}

_ALLIANCE_WORDS = _ALLY_NOUNS | _ALLIANCE_NOUNS | {"members"} | _THREAT_NOUNS
TRIGGER_WORDS = frozenset(_ALLIANCE_WORDS | set(_SIDE_NOUNS) | _TREATY_NOUNS | set(_HOSTILE_NOUNS) | set(_TIE_NOUNS)
                          | {"backed", "accused", "accuse", "accuses", "accusing", "between", "mate"} | _RELATION_NOUNS
                          | rivals.TRIGGER_WORDS | blocs.TRIGGER_WORDS | contests.TRIGGER_WORDS
                          | truces.TRIGGER_WORDS)


def at_token(ctx: Context, tok: Token) -> None:
    """The alliance and adversary rules that start at ``tok``."""
    pos, low = tok.pos_, tok.lower_
    if low in _ALLIANCE_WORDS:
        alliance_words(ctx, tok)
    if pos == "NOUN" and low in _SIDE_NOUNS:
        side_list(ctx, tok)
    if pos == "NOUN" and low in _TREATY_NOUNS:
        treaty_with(ctx, tok)
    if pos == "NOUN" and low in _HOSTILE_NOUNS:
        hostile_act(ctx, tok)
    if pos == "VERB" and tok.lemma_.lower() in _TEAM_VERBS:
        joined_forces(ctx, tok)
    if pos == "VERB" and tok.lemma_.lower() in ("fire", "launch", "lob"):
        fired_at(ctx, tok)
    if pos == "VERB" and tok.lemma_.lower() in ("back", "accuse"):
        backed_or_accused(ctx, tok, tok.lemma_.lower())
    if pos == "NOUN" and low in _TIE_NOUNS:
        tie_noun(ctx, tok)
    if pos == "NOUN" and low in _WAR_NOUNS | {"rivalry", "tensions"}:
        hyphen_war(ctx, tok)
    if pos == "NOUN" and low in _ENMITY_NOUNS:
        enmity_between(ctx, tok)
    if pos == "NOUN" and low in _RELATION_NOUNS:
        soured_relations(ctx, tok)
    if pos == "VERB" and (tok.lemma_.lower() in _HOSTILE_VERBS | _HELPING_VERBS or tok.lemma_.lower() in _SIDING_VERBS):
        hostile_or_siding_verb(ctx, tok)
    if pos == "NOUN" and low in ("rival", "rivals", "adversary", "enemy") and tok.dep_ in ("compound", "amod"):
        owned_rival(ctx, tok)
    if low == "mate" and tok.i > 0 and ctx.doc[tok.i - 1].lower_ == "running":
        running_mate(ctx, tok)
    rivals.at_token(ctx, tok)
    quarrels.at_token(ctx, tok)
    contests.at_token(ctx, tok)
    truces.at_token(ctx, tok)
    blocs.at_token(ctx, tok)


def running_mate(ctx: Context, mate: Token) -> None:
    """ "X is joining his running mate Y", "X named Y as his running mate", "Y's running mate
    X" → ALLY_OF: a ticket is an alliance. The mate is the name in apposition or the object
    of "named … as"; the one whose mate it is, the possessor, or for "his"/"her" the clause's
    subject."""
    verb = mate.head.head if mate.dep_ in ("pobj", "appos") else mate.head
    if verb.pos_ not in ("VERB", "AUX") or not asserted(verb):
        return
    people = STATE_ACTORS + ("person",)
    named = [a for c in mate.children if c.dep_ == "appos" for a in ctx.actors(c, ("person",))]
    if not named and mate.dep_ == "appos":  # "Lisa Harmon, Ridley's running mate,"
        named = ctx.actors(mate.head, ("person",))
    if not named and mate.dep_ == "compound":
        named = ctx.actors(mate.head, ("person",))
    if not named and mate.dep_ == "pobj" and mate.head.lower_ == "as":
        named = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c, ("person",))]
    poss = next((c for c in mate.children if c.dep_ == "poss"), None)
    if poss is None or not named:
        return
    if poss.pos_ == "PRON":
        if poss.lower_ not in ("his", "her"):
            return
        owners = [a for a in ctx.subjects(verb) if a[1].type == "person"]
    else:
        owners = ctx.actors(poss, people)
    owners = [a for a in owners if all(a[1].id != n[1].id for n in named)]
    _pairwise(ctx, owners[:1], "ALLY_OF", named, mate)


def _sides_of(ctx: Context, noun: Token) -> list[tuple[Token, object]]:
    """Who holds a tie said with a noun: its owner ("China's support"), a name or demonym
    before it ("U.S. security guarantees", "Chinese support"), or the subject of the verb it
    is the object of ("Beijing has forged deeper ties with Russia"); "its" and "their" stand
    for that subject."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ != "PRON":
        # a leader's tie is said as often as a state's: "Xi's close friendship with Putin"
        return ctx.actors(poss, STATE_ACTORS + ("person",))
    mods = [a for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") for a in ctx.actors(c)]
    if mods:
        return mods
    t = noun
    while t.dep_ == "conj":
        t = t.head
        first_poss = next((c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if first_poss is not None:  # "China's assertive moves and threats toward Taiwan"
            return ctx.actors(first_poss)
    if t.dep_ in ("dobj", "pobj") or poss is not None:
        verb = t.head if t.dep_ == "dobj" else t.head.head if t.head.dep_ in ("prep", "agent") else None
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            return [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS + ("person",)]
    return []


def _targets(ctx: Context, noun: Token, preps: tuple[str, ...]) -> list[tuple[Token, object]]:
    """The other side: the object of the noun's preposition, or its owner ("strikes on Iran's
    nuclear sites")."""
    out = []
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            found = ctx.actors(g, STATE_ACTORS + ("person",))
            if not found:  # "strikes on Iran's nuclear sites", "Russian strikes on Ukrainian infrastructure"
                owner = next((c for c in g.children if c.dep_ in ("poss", "compound", "amod") and ctx.ent(c) is not None
                              and ctx.ent(c).type in STATE_ACTORS), None)
                found = ctx.actors(owner) if owner is not None else []
            out += found
    return out


def tie_noun(ctx: Context, noun: Token) -> None:
    """ "China's support for Russia", "ties with Moscow", "U.S. security guarantees for
    Ukraine", "sanctions on Russia", "aggressive actions toward Taiwan"."""
    pred, preps = _TIE_NOUNS[noun.lower_]
    mods = {c.lower_ for c in noun.lefts}
    if noun.lower_ in ("actions", "campaign") and not mods & _HOSTILE_MODIFIERS:
        return
    if noun.lower_ in ("support", "aid", "assistance") and mods & _NOT_ALLIED_SUPPORT:
        return
    if noun.lower_ in ("ties", "cooperation") and mods & _NOT_ALLIED_PARTNERS:
        return  # "trade ties", "economic cooperation": business, not an alliance
    if not told_as_fact(noun, steps=2) and not _pledged(noun, pred):  # a state of affairs: only its own clause can deny it
        return
    targets = _targets(ctx, noun, preps)
    if not targets and noun.dep_ == "dobj":
        # "imposed sanctions on Moscow", "received an endorsement from X": the parse hangs it on the verb
        targets = _targets(ctx, noun.head, preps)
    laid = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _IMPOSING_VERBS
                 and c.tag_ == "VBN"), None) if pred == "ADVERSARY_OF" else None
    if not targets and laid is not None:  # "sanctions imposed on Russia by the United States"
        targets = _targets(ctx, laid, preps)
    if not targets:
        return
    if noun.lower_ in _QUARREL_TIES and not (any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in noun.children)
                                               or noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have"):
        return
    sides = [a for a in _sides_of(ctx, noun) if a[1].type in STATE_ACTORS + ("person",)]
    if not sides and laid is not None:
        sides = [a for c in laid.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                 for a in ctx.actors(g, STATE_ACTORS + ("person",))]
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if poss is not None and any(t.type == "person" for _, t in sides):
        # a leader's own tie binds them to another leader ("Xi's friendship with Putin"); a
        # person's "support for NATO" is a stance, not an alliance
        targets = [a for a in targets if a[1].type == "person"] or targets
        sides = [a for a in sides if a[1].type != "person" or all(t.type == "person" for _, t in targets)]
    if not sides and noun.lower_ == "endorsement" and poss is not None:
        sides = ctx.actors(poss, STATE_ACTORS + ("person",))  # "Harmon's endorsement of Ridley"
    _pairwise(ctx, sides, pred, targets, noun)


def joined_forces(ctx: Context, verb: Token) -> None:
    """ "X and Y joined forces to block the bill", "X teamed up with Y", "X partnered with Y"
    → ALLY_OF between the sides (not "refused to team up with", "may join forces")."""
    lemma = verb.lemma_.lower()
    if lemma == "join" and not any(c.dep_ == "dobj" and c.lower_ == "forces" for c in verb.children):
        return  # "joined the army", "joined NATO": membership, read elsewhere
    if lemma == "team" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return
    if lemma in ("unite", "combine") and not any(c.dep_ == "dobj" and c.lower_ in ("forces", "efforts") for c in verb.children):
        return  # "united the party": no second side
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    sides = rivals.clause_sides(ctx, verb)
    others = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, STATE_ACTORS + ("person",))]
    # the evidence runs to "forces" / "up": "joined" alone says nothing
    last = max([verb, *[c for c in verb.children if c.dep_ in ("dobj", "prt")]], key=lambda t: t.i)
    if others:
        _pairwise(ctx, sides, "ALLY_OF", others, verb)  # "Germany and France teamed up with Britain": each
    elif len(sides) >= 2:
        for k, (ta, a) in enumerate(sides):
            for tb, b in sides[k + 1:]:
                ctx.add(a, "ALLY_OF", b, ctx.evidence(ta, tb, last), 0.65)


def _pledged(noun: Token, pred: str) -> bool:
    """ "The U.S. pledged continued support for Ukraine", "offered its backing to X": a pledge
    of support is itself the stand a reader lists as an alliance (a pledge to attack is not an
    attack, so only ALLY_OF)."""
    verb = noun.head
    return pred == "ALLY_OF" and noun.dep_ == "dobj" and verb.lemma_.lower() in _PLEDGE_VERBS \
        and told_as_fact(verb) and not any(c.dep_ == "amod" and c.lower_ in ("possible", "potential") for c in noun.children)


def enmity_between(ctx: Context, noun: Token) -> None:
    """ "tensions between the US and China", "clashes between Manila and Beijing" →
    ADVERSARY_OF between the sides named."""
    sides = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
             for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if len(sides) == 2 and asserted(noun, steps=2):
        (ta, a), (tb, b) = sides
        ctx.add(a, "ADVERSARY_OF", b, ctx.evidence(noun, ta, tb), 0.65)


def soured_relations(ctx: Context, noun: Token) -> None:
    """ "Relations between Lima and Santiago nosedived", "Chile's ties with Peru have become
    strained", "the tense relations between …" → ADVERSARY_OF between the two sides: relations
    said to be bad, as a fact (not "could sour", not "have not soured")."""
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    sour = any(c.dep_ == "amod" and c.lower_ in _SOUR_ADJECTIVES for c in noun.children)
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        sour = sour or verb.lemma_.lower() in _SOUR_VERBS or verb.lower_ in _SOUR_ADJECTIVES or any(
            c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in _SOUR_ADJECTIVES for c in verb.children)
        if sour and not asserted(verb):
            return
    if not sour or not asserted(noun, steps=1):
        return
    sides = ctx.relationship_sides(noun)
    if sides:
        (ta, a), (tb, b) = sides
        ctx.add(a, "ADVERSARY_OF", b, ctx.evidence(noun, ta, tb), 0.65)


def _named_before(ctx: Context, tok: Token):
    """The state or body of the document named ``tok``'s text, when the model did not tag
    this mention ("Hamas" inside "the Israel-Hamas war")."""
    if tok.pos_ != "PROPN":
        return None
    return next((ctx.index.ref(c) for c in ctx.index.clusters if c.type in STATE_ACTORS and c.name == tok.text), None)


def hyphen_war(ctx: Context, noun: Token) -> None:
    """ "the Russia-Ukraine war" → ADVERSARY_OF between the two named."""
    window = ctx.doc[max(0, noun.i - 4):noun.i]
    for a, dash, b in zip(window, window[1:], window[2:]):
        if dash.text in ("-", "\u2013") and not dash.whitespace_:
            ra = ctx.ent(a) or ctx.named_country(a.text, a) or _named_before(ctx, a)
            rb = ctx.ent(b) or ctx.named_country(b.text, b) or _named_before(ctx, b)
            # "the Russia-Ukraine war"; a movement at war too: "the Israel-Hamas war"
            if ra and rb and ra.id != rb.id and ra.type in STATE_ACTORS and rb.type in STATE_ACTORS:
                ctx.add(ra, "ADVERSARY_OF", rb, ctx.evidence(a, noun), 0.7)
                return
    for c in window:
        parts = [x for x in c.text.split("-") if x] if "-" in c.text else []
        refs = [ctx.named_country(x, c) for x in parts]
        if len(refs) == 2 and all(refs) and refs[0].id != refs[1].id:
            ctx.add(refs[0], "ADVERSARY_OF", refs[1], ctx.evidence(c, noun), 0.7)
            return


def hostile_or_siding_verb(ctx: Context, verb: Token) -> None:
    """ "Russia invaded Ukraine", "the EU sanctioned Iran", "Trump threatened sanctions on
    Moscow" → ADVERSARY_OF; "Hungary sided with Russia" → ALLY_OF. Not when negated,
    hypothetical or planned ("if Russia attacks a NATO member")."""
    lemma = verb.lemma_.lower()
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    sides = rivals.clause_sides(ctx, verb)
    if lemma in _SIDING_VERBS:
        if lemma == "throw" and not any(c.dep_ == "dobj" and c.lower_ in ("weight", "support") for c in verb.children):
            return  # "threw a party behind the house": no siding
        pobjs = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in _SIDING_VERBS[lemma]
                 for g in p.children if g.dep_ == "pobj"]
        others = [a for g in pobjs for a in ctx.actors(g, STATE_ACTORS + ("person",))]
        # "threw her weight behind Obama's advice", "sided with Trump's position": behind its owner
        others = others or [a for g in pobjs for a in rivals.whose_words(ctx, g, STATE_ACTORS + ("person",))]
        _pairwise(ctx, sides, "ALLY_OF", others, verb)
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return
    if lemma == "shoot" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return  # "shot down a Russian jet" is hostile; "shot a video" is not
    if lemma in ("expel", "seize") and obj.lower_ not in _HELD_THINGS:
        return  # "expelled diplomats", "seized ships"; "seized the opportunity" is none
    # a politician endorses or supports a person as often as a country or a party
    # "Christie defended Trump" stands by a person as "defended Ukraine" by a state
    others = rivals.object_sides(ctx, obj) if lemma in ("endorse", "support", "defend") else ctx.actors(obj)
    if not others and lemma == "endorse":  # "endorsed Sanders' approach": endorsed Sanders
        others = rivals.whose_words(ctx, obj)
    if lemma in _HELPING_VERBS:
        if lemma != "back":  # "back" is read by backed_or_accused
            _pairwise(ctx, sides, "ALLY_OF", others, verb)
        return
    striking = lemma in _STRIKING_VERBS or lemma == "fight" and obj.lemma_.lower() in _FORCES
    if not others and striking and obj.lemma_.lower() not in _WORDS_AND_WAYS:
        # "Ukraine struck Russian oil refineries", "Israel bombed Iran's nuclear sites": the owner
        # is hit ("attacked China's trade practices" is a word against a policy, read by rivals)
        others = [(c, ctx.ent(c)) for c in obj.children if c.dep_ in ("poss", "amod", "compound")
                  and ctx.ent(c) is not None and ctx.ent(c).type == "country"]
        if others:
            _pairwise(ctx, sides, "ADVERSARY_OF", others, obj)
            return
    if not others and lemma == "threaten" and obj.lower_ in ("sanctions", "strikes", "attacks", "war", "force"):
        others = [a for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                  for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    _pairwise(ctx, sides, "ADVERSARY_OF", others, verb)


# A state's armed forces, whom fighting is fighting the state: "fought the Afghan army",
# "battled Russian troops" ("fought Chinese imports" is trade).
_FORCES = {"army", "force", "military", "troop", "soldier", "navy", "fighter", "militia", "marine", "guard"}
# What one state expels or seizes of another's, as an act against it.
_HELD_THINGS = {"diplomats", "diplomat", "ambassador", "envoy", "officials", "ships", "ship", "vessels", "vessel",
                "tanker", "tankers", "sailors", "troops", "soldiers", "aircraft", "drone", "drones", "assets",
                "embassy", "consulate", "territory"}


# Things a state does or says, which an "attack" in words targets: not its sites.
_WORDS_AND_WAYS = {"practice", "policy", "record", "remark", "comment", "statement", "position", "stance",
                   "approach", "plan", "proposal", "decision", "strategy", "handling", "response", "claim",
                   "rhetoric", "behavior", "behaviour", "conduct", "tactic", "leadership", "government"}


def owned_rival(ctx: Context, tok: Token) -> None:
    """ "China could threaten its diplomatic rival Taiwan": the owner of "its" is the clause's
    subject."""
    named = ctx.actors(tok.head)
    poss = next((c for c in tok.head.children if c.dep_ == "poss"), None)
    if not named or poss is None:
        return
    if poss.pos_ != "PRON":
        sides = ctx.actors(poss)
    elif poss.lower_ in ("its", "their"):
        t = tok.head
        verb = t.head if t.dep_ in ("dobj", "nsubj") else None
        sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS] if verb is not None else []
    else:
        return
    _pairwise(ctx, sides, "ADVERSARY_OF", named, tok)


def side_list(ctx: Context, noun: Token) -> None:
    """ "rivals Hamas and Fatah" → pairwise ADVERSARY_OF; "Ukraine's main allies – France,
    Germany and Britain" → each ALLY_OF Ukraine; "Ukraine and its backers, led by the US"."""
    pred = _SIDE_NOUNS[noun.lower_]
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        named = ctx.actors(noun.head)  # "longtime rivals Saudi Arabia and Iran"
    else:
        named = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c)]
    owner_tok = ctx.owner(noun)
    owner = ctx.ent(owner_tok)
    if owner is not None and owner.type in STATE_ACTORS:
        leaders = [g for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "lead"
                   for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        if noun.dep_ == "conj":  # "Ukraine and its backers, led by …": the clause hangs on the first
            leaders += [g for c in noun.head.children if c.dep_ == "acl" and c.lemma_.lower() == "lead" and c.i > noun.i
                        for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        for t in leaders:  # "its Western backers, led by the United States"
            named.extend(ctx.actors(t))
        for t, ref in named:
            ctx.add(ref, pred, owner, ctx.evidence(owner_tok, noun, t) if owner_tok.i < t.i
                     else ctx.evidence(t, owner_tok), 0.7)
    elif owner_tok is None and len(named) >= 2 and not any(c.dep_ == "prep" for c in noun.children):
        for k, (ta, a) in enumerate(named):
            for tb, b in named[k + 1:]:
                ctx.add(a, pred, b, ctx.evidence(noun, ta, tb), 0.7)


def treaty_with(ctx: Context, noun: Token) -> None:
    """ "Japan has a defense treaty with Washington" → ALLY_OF."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if prep is None:
        return
    partners = ctx.actors(next((g for g in prep.children if g.dep_ == "pobj"), None))
    owner_tok = ctx.owner(noun)
    if owner_tok is not None:
        sides = ctx.actors(owner_tok)
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("have", "sign", "hold", "maintain", "keep", "share"):
        sides = [a for a in ctx.subjects(noun.head) if a[1].type in STATE_ACTORS]
    else:
        return
    _pairwise(ctx, sides, "ALLY_OF", partners, noun)


def hostile_act(ctx: Context, noun: Token) -> None:
    """ "Russia's invasion of Ukraine", "Israel wages war against Hamas" → ADVERSARY_OF."""
    preps = _HOSTILE_NOUNS[noun.lower_]
    if noun.lower_ == "action" and not any(c.lower_ == "military" for c in noun.lefts):
        return  # "legal action against", "action against inflation": no hostility between sides
    targets = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
               for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if not targets and noun.dep_ == "dobj":  # "wages war against X" with the target on the verb
        targets = [a for p in noun.head.children if p.dep_ == "prep" and p.lower_ in preps and p.i > noun.i
                   for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if not targets:
        return
    owner_tok = ctx.owner(noun)
    if owner_tok is None:  # "the U.S. military action against Libya", "the Russian invasion of Ukraine"
        owner_tok = next((c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod") and ctx.ent(c) is not None
                          and ctx.ent(c).type in STATE_ACTORS), None)
    if owner_tok is not None:
        actors = ctx.actors(owner_tok)
    elif noun.dep_ == "dobj" and (noun.head.lemma_.lower() in ("wage", "launch", "start", "mount", "carry")
                                    or noun.head.lower_.startswith("wag")):  # the tagger lemmatises "wages" as "wag"
        actors = [a for a in ctx.subjects(noun.head) if a[1].type in STATE_ACTORS]
    else:
        return
    _pairwise(ctx, actors, "ADVERSARY_OF", targets, noun)


def fired_at(ctx: Context, verb: Token) -> None:
    """ "North Korea fired missiles toward Japan", "Hamas launched rockets into Israel",
    "Iran fired drones at Israeli cities" → ADVERSARY_OF (not "test-fired a missile into the
    sea": no side hit; not "may fire")."""
    weapons = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WEAPONS), None)
    if weapons is None or modifies_noun(verb) or not told_as_fact(verb):
        return
    preps = ("at", "toward", "towards", "into", "on", "against")
    targets = _targets(ctx, verb, preps) or _targets(ctx, weapons, preps)
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    _pairwise(ctx, sides, "ADVERSARY_OF", [t for t in targets if t[1].type in STATE_ACTORS], verb)


def _pairwise(ctx: Context, subjects: list, predicate: str, objects: list, noun: Token) -> None:
    """One relation from every subject to every object named around ``noun`` ("treaty",
    "invasion"), its evidence running from the first of them to the last."""
    for ts, s in subjects:
        for to, o in objects:
            ctx.add(s, predicate, o, ctx.evidence(ts, noun, to) if ts.i < noun.i
                    else ctx.evidence(noun, *sorted((ts, to), key=lambda t: t.i)) if ts.i > to.i
                    else ctx.evidence(noun, to), 0.7)


def backed_or_accused(ctx: Context, verb: Token, lemma: str) -> None:
    """ "Backed by Iran and Russia, Assad …" / "Russia backs Assad" → ALLY_OF; "Ukraine
    accused Russia of …" → ADVERSARY_OF (between states and organisations)."""
    agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not told_as_fact(verb):
        return  # "Sanders will back Clinton", "refused to back X": no tie yet
    if lemma == "back":
        if agent is not None:  # passive: the subject is backed by the agent
            base = verb.head if verb.dep_ == "acl" else subject_of(verb)
            sides, others = ctx.actors(base, STATE_ACTORS + ("person",)), ctx.actors(agent)
        elif obj is not None:
            sides, others = rivals.clause_sides(ctx, verb), rivals.object_sides(ctx, obj)
        else:
            return
        for ts, s in sides:
            for to, o in others:
                ctx.add(s, "ALLY_OF", o, ctx.evidence(*sorted((ts, verb, to), key=lambda t: t.i)), 0.7)
        return
    if obj is None or modifies_noun(verb):
        return
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return  # "accused of": someone else's charge
    for ts, s in [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]:
        for to, o in ctx.actors(obj):
            ctx.add(s, "ADVERSARY_OF", o, ctx.evidence(*sorted((ts, verb, to), key=lambda t: t.i)), 0.65)


def alliance_words(ctx: Context, tok: Token) -> None:
    low = tok.lower_
    if low in _ALLIANCE_NOUNS or (low in ("allies",) and tok.dep_ != "compound"):
        # "the U.S.-Japan alliance", "the Japan - Australia alliance"
        window = ctx.doc[max(0, tok.i - 4):tok.i]
        for a, dash, b in zip(window, window[1:], window[2:]):
            if dash.text in ("-", "\u2013"):
                ra, rb = ctx.ent(a), ctx.ent(b)
                if dash.text in ("-", "\u2013") and ra and rb and ra.type == rb.type == "country":
                    ctx.add(ra, "ALLY_OF", rb, Span.of(ctx.text, a.idx, tok.idx + len(tok)), 0.8)
        for c in ctx.doc[max(0, tok.i - 2):tok.i]:
            if "-" in c.text:
                parts = [p for p in c.text.split("-") if p]
                refs = [ctx.named_country(p, c) for p in parts]
                if len(refs) == 2 and all(refs):
                    ctx.add(refs[0], "ALLY_OF", refs[1], Span.of(ctx.text, c.idx, tok.idx + len(tok)), 0.8)
    if low in _ALLY_NOUNS:
        ally_noun(ctx, tok)
    if low in ("allies", "partners", "members"):
        the_two(ctx, tok)
    if low in _THREAT_NOUNS:
        threat(ctx, tok)


def ally_noun(ctx: Context, tok: Token) -> None:
    """An ally or partner said with a predicate noun or an apposition: "Iceland is a close
    ally of Canada", "Belarus, Russia's closest partner,", "Japan, a key U.S. ally,",
    "Belarus is one of Russia's closest allies", "urged X, a close ally, …" (the ally of
    the one urging); "the close partner of Russia" standing for the country just named."""
    described = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("one", "some", "two", "both"):
        described = tok.head.head  # "one of Russia's closest allies"
    while described.dep_ == "conj" and described.head.pos_ in ("NOUN", "PROPN"):
        described = described.head  # "X, a former candidate and a Cruz supporter,": the first noun describes X
    if tok.lower_.startswith("partner") and any(c.lower_ in _NOT_ALLIED_PARTNERS for c in tok.lefts):
        return  # "its largest trading partner": trade, not an alliance
    if tok.lower_.startswith("supplier") and not any(c.lower_ in _ARMS_WORDS for c in tok.lefts):
        return  # "Europe's main gas supplier": trade, not an alliance
    # whose ally: "of/to X (and Y)", "X's", "a U.S. ally"
    preps = ("of", "to", "for") if tok.lower_ in _FOR_NOUNS else ("of", "to")
    owners = [t for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in preps
              for g in prep.children if g.dep_ == "pobj" for t, _ in ctx.actors(g, STATE_ACTORS + ("person",))]
    owners += [c for c in tok.lefts if c.dep_ == "poss" and c.pos_ != "PRON" and ctx.ent(c) is not None]
    # "a U.S. ally", and a named person too: "a Trump ally", "a Cruz supporter"
    owners += [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and ctx.ent(c) is not None
               and (ctx.ent(c).type in STATE_ACTORS or ctx.ent(c).type == "person" and c.pos_ == "PROPN")]
    conf = 0.75
    if described.dep_ in ("attr", "appos"):
        subjects = ctx.described_by(described)
    elif tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        subjects, conf = ctx.antecedent_state(tok, owners), 0.6
    elif tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and owners:
        # "longtime Ruiz ally Carl Moss": the noun titles the name after it; between persons
        # only ("Kremlin confidant X" is a post at the state, read as a role)
        owners = [o for o in owners if ctx.ent(o).type == "person"]
        subjects, conf = [tok.head], 0.65
    else:
        return
    if not owners and described.i == tok.i and tok.dep_ == "appos" and tok.lower_ == "ally" and \
            not any(c.dep_ in ("prep", "poss", "compound", "nmod", "relcl", "acl") for c in tok.children):
        # "Trump advised Takaichi, a close ally, not to …": the ally of the clause's subject
        named = tok.head
        verb = named.head if named.dep_ in ("dobj", "dative") else None
        if verb is None and named.left_edge.i > 0 and ctx.doc[named.left_edge.i - 1].pos_ == "VERB":
            verb = ctx.doc[named.left_edge.i - 1]  # the object the parse hung on a clause below
        if verb is not None and verb.pos_ == "VERB":
            owner_tok = subject_of(verb)
            owner = ctx.ent(owner_tok)
            if owner is not None and owner.type in STATE_ACTORS + ("person",) and owner_tok.i < named.i:
                owners, conf = [owner_tok], 0.6
    for s in subjects:
        subj = ctx.ent(s)
        if subj is None or subj.type == "group" or tok.lower_.startswith("partner") and subj.type == "person":
            continue  # a person's partner is a role (at a firm), read elsewhere
        for o in owners:
            obj = ctx.ent(o)
            if obj is None or obj.type == "group":
                continue
            pred = "MEMBER_OF" if ctx.alliance is not None and obj.id == ctx.alliance.id and o.i < tok.i \
                else "ALLY_OF"  # "Turkey, a NATO ally"
            ev = ctx.evidence(*sorted((s, o, tok), key=lambda t: t.i))
            ctx.add(subj, pred, obj, ev, conf)


def the_two(ctx: Context, noun: Token) -> None:
    """ "the two NATO allies" after "Denmark summoned the U.S. envoy": ALLY_OF between the
    two countries and MEMBER_OF the alliance for each, only when exactly two countries act
    in that sentence and the one before (places and topics do not count)."""
    two = next((c for c in noun.children if c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet")), None)
    if two is None or two.lower_ == "two" and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return
    if any(c.dep_ in ("appos", "prep", "poss", "relcl") for c in noun.children) or noun.dep_ == "compound":
        return  # "the two allies, X and Y": named, read elsewhere
    orgs = [c for c in noun.lefts if c.dep_ in ("compound", "nmod") and ctx.ent(c) is not None
            and ctx.ent(c).type == "organization"]
    if noun.lower_ == "members" and not orgs:
        return
    found = ctx.acting_countries(two.i)
    if len(found) != 2:
        return
    left = min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "punct")
    ev = Span.of(ctx.text, ctx.doc[left].idx, noun.idx + len(noun))
    a, b = (ctx.ent(t) for t in found.values())
    if a is None or b is None or a.id == b.id:
        return
    if noun.lower_ != "members":
        ctx.add(a, "ALLY_OF", b, ev, 0.55)
    for org_tok in orgs[:1]:
        for country in (a, b):
            ctx.add(country, "MEMBER_OF", ctx.ent(org_tok), ev, 0.55)


def threat(ctx: Context, tok: Token) -> None:
    """ "Russia poses the biggest threat to the Western alliance"; "leaders describe
    Russia as their biggest threat"; "Russia, an adversary of …"."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("pose", "represent", "remain", "be"):
        subj = ctx.ent(subject_of(head))
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "for"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                obj = ctx.ent(pobj)
                if obj is None and pobj is not None and pobj.lower_ == "alliance":
                    obj = ctx.alliance
                if subj and obj:
                    ctx.add(subj, "ADVERSARY_OF", obj, ctx.evidence(subject_of(head), pobj), 0.75)
    if tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in ("see", "describe", "view",
                                                                                   "regard", "consider", "call", "label", "brand"):
        verb = head.head
        seen = next((c for c in verb.children if c.dep_ == "dobj"), None)
        viewer_tok = subject_of(verb)
        viewer = ctx.ent(viewer_tok)
        if viewer is None and viewer_tok is not None:
            for c in viewer_tok.lefts:  # "most NATO leaders", "European governments"
                viewer = viewer or ctx.ent(c)
        if viewer is not None and viewer.type in ("person", "group"):
            viewer = None  # a person's view is not an alliance fact
        obj = ctx.ent(seen)
        if viewer and obj:
            ctx.add(obj, "ADVERSARY_OF", viewer, ctx.evidence(viewer_tok, tok), 0.7)
    if tok.dep_ == "appos" and not any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children):
        # "Russia, an adversary that has worked … to undermine U.S. global leadership"
        subj = ctx.ent(tok.head)
        target = next((t for t in tok.subtree if t.i > tok.i and ctx.ent(t) is not None
                       and ctx.ent(t).type == "country"), None)
        if subj is not None and subj.type == "country" and target is not None:
            ctx.add(subj, "ADVERSARY_OF", ctx.ent(target), ctx.evidence(tok.head, target), 0.6)
    if tok.dep_ in ("appos", "attr") and not any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in tok.children):
        # "Russia, a U.S. adversary,"; "Russia and China are America's main rivals"
        owner = next((c for c in tok.lefts if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"
                      and ctx.ent(c) is not None and ctx.ent(c).type in STATE_ACTORS), None)
        described = ctx.described_by(tok) if owner is not None else []
        for s in described:
            subj = ctx.ent(s)
            if subj is not None and subj.type in STATE_ACTORS:
                ctx.add(subj, "ADVERSARY_OF", ctx.ent(owner), ctx.evidence(described[0], owner, tok), 0.7)
    if tok.dep_ == "appos":
        subj = ctx.ent(tok.head)
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if subj and ctx.ent(pobj):
                    ctx.add(subj, "ADVERSARY_OF", ctx.ent(pobj), ctx.evidence(tok.head, pobj), 0.7)
