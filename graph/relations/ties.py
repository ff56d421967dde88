"""ALLY_OF and ADVERSARY_OF from ties said with a noun between two sides: "China's support
for Russia", "deepening ties with Moscow", "U.S. security guarantees for Ukraine", "sanctions
on Russia", "Lopez won an endorsement from Baker"; enmity between the sides it names ("tensions
between the US and China", "the Russia-Ukraine war"); relations said to have gone bad
("relations between Lima and Santiago soured"). A tie must be told as a fact or pledged now.
The two sides a relationship noun names and the owner of a noun are read here for every rule
of the alliance family."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef
from ._context import STATE_ACTORS, Context, asserted
from ._facts import modifies_noun, told_as_fact

# Partners in something other than an alliance.
NOT_ALLIED_PARTNERS = {"trading", "trade", "business", "commercial", "economic", "negotiating", "junior",
                        "senior", "managing", "founding", "sparring", "dialogue", "investment"}

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
    # "by": the one who gives it ("a Trump endorsement by X")
    "endorsement": ("ALLY_OF", ("of", "for", "from", "to", "by")),
    "endorsements": ("ALLY_OF", ("of", "for", "from", "to", "by")),
    "blockade": ("ADVERSARY_OF", ("of", "on")),
    # quarrels said with the other side: "China's territorial dispute with Japan", "tensions with Iran"
    "dispute": ("ADVERSARY_OF", ("with",)), "disputes": ("ADVERSARY_OF", ("with",)),
    "standoff": ("ADVERSARY_OF", ("with",)), "feud": ("ADVERSARY_OF", ("with",)), "row": ("ADVERSARY_OF", ("with",)),
    "spat": ("ADVERSARY_OF", ("with",)), "tensions": ("ADVERSARY_OF", ("with",)), "clashes": ("ADVERSARY_OF", ("with",)),
    "retaliation": ("ADVERSARY_OF", ("against",)),
    # a fight or coalition against a state or an armed group: "Obama's fight against the Islamic
    # State", "the U.S.-led coalition against the Islamic State"
    "fight": ("ADVERSARY_OF", ("against",)), "battle": ("ADVERSARY_OF", ("against",)),
    "coalition": ("ADVERSARY_OF", ("against",)),
}
# quarrels are a state of affairs between two sides: owned ("China's dispute with Japan") or
# had ("Japan has a dispute with China"), never the subject's of any clause they sit in ("amid
# tensions with Taiwan, Trump is ready …" is no quarrel of Trump's)
_QUARREL_TIES = {"dispute", "disputes", "standoff", "feud", "row", "spat", "tensions", "clashes"}
# fights waged on a side itself, never on what it owns
_FIGHT_TIES = {"fight", "battle", "coalition"}
# words of a sporting contest, where a "fight" or "battle" against a country is a match
_SPORT_WORDS = {"match", "game", "games", "final", "semifinal", "semi-final", "quarterfinal", "cup", "copa",
                "tournament", "league", "championship", "olympics", "qualifier", "derby", "medal", "title", "squad"}
# verbs that lay a measure on its target, with the one who lays it as their agent: "sanctions
# imposed on Russia by the United States"
_IMPOSING_VERBS = {"impose", "levy", "slap", "place", "announce", "launch", "carry", "conduct", "unleash", "wage"}
# verbs that keep or widen a measure already laid: "sanctions were tightened by X"
_KEEPING_VERBS = {"tighten", "extend", "expand", "renew", "reimpose", "broaden", "maintain", "widen", "deepen"}
_MEASURE_VERBS = _IMPOSING_VERBS | _KEEPING_VERBS
# Verbs of a pledge of support, which is a stand taken now: "pledged support for Ukraine".
_PLEDGE_VERBS = {"pledge", "promise", "vow", "offer", "reaffirm", "reiterate", "affirm", "express", "voice"}
# "actions" and "campaign" are hostile only when said so
_HOSTILE_MODIFIERS = {"aggressive", "hostile", "coercive", "military", "unlawful", "provocative", "destabilizing",
                      "destabilising", "escalating", "illegal", "brutal"}
# "military aid", "security guarantees": kinds of support that make allies; "humanitarian aid" does not
_NOT_ALLIED_SUPPORT = {"humanitarian", "public", "popular", "financial", "domestic", "bipartisan"}

# nouns of enmity between the sides they name: "clashes between Manila and Beijing"
_ENMITY_NOUNS = {"tensions", "tension", "hostility", "hostilities", "enmity", "rivalry", "clashes", "clash",
                 "conflict", "war", "feud", "dispute", "fighting"}
# hyphenated pairs before these nouns are at war: "the Russia-Ukraine war"
_WAR_NOUNS = {"war", "conflict", "fighting", "hostilities"}
_WAR_OR_TENSION_NOUNS = _WAR_NOUNS | {"rivalry", "tensions"}

# relations said to have gone bad: "relations between Lima and Santiago soured", "ties with
# Chile have become strained", "the tense relations between …"
_RELATION_NOUNS = {"relations", "relationship", "ties"}
_SOUR_ADJECTIVES = {"tense", "strained", "hostile", "frosty", "icy", "fraught", "sour", "soured", "acrimonious",
                    "antagonistic", "adversarial", "troubled", "rocky",
                    "brittle", "testy", "prickly", "thorny", "uneasy", "rancorous", "contentious", "fractious",
                    "chilly", "frigid", "bitter"}
_SOUR_VERBS = {"sour", "deteriorate", "worsen", "nosedive", "plunge", "plummet", "fray", "sink", "crumble"}



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
    # the doer of a hostile act named after the noun: "condemned the strikes by Azerbaijan on
    # Armenian villages" (not the subject of the verb that judges it; an endorsement "by" X
    # is read in ``tie_noun``)
    hostile = _TIE_NOUNS.get(noun.lower_, ("",))[0] == "ADVERSARY_OF"
    doers = [a for p in noun.children if hostile and p.dep_ in ("prep", "agent") and p.lower_ == "by"
             for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, STATE_ACTORS)]
    if doers:
        return doers
    t = noun
    while t.dep_ == "conj":
        t = t.head
        first_poss = next((c for c in t.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if first_poss is not None:  # "China's assertive moves and threats toward Taiwan"
            return ctx.actors(first_poss)
    if t.dep_ == "nsubjpass" and t.head.lemma_.lower() in _MEASURE_VERBS:
        # "sanctions on Iran were tightened by the United States": the agent holds it
        agents = [a for c in t.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                  for a in ctx.actors(g, STATE_ACTORS + ("person",))]
        if agents:
            return agents
    if t.dep_ == "pobj" and t.head.lower_ == "including" and t.head.head.dep_ == "dobj":
        # "X had strong backing, including endorsements from Y": the tie is one of the things
        # the subject has or won, as if it were the verb's own object ("sought backing,
        # including …", "read the letters, including …" give it to no one)
        held = t.head.head
        if held.head.lemma_.lower() not in _HOLDING_VERBS or not told_as_fact(held.head):
            return []
        t = held
    if t.dep_ in ("dobj", "pobj") or poss is not None:
        verb = t.head if t.dep_ == "dobj" else t.head.head if t.head.dep_ in ("prep", "agent") else None
        if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _DECRYING_VERBS:
            return []  # "Poland condemned the strikes on Ukraine": a judge of the tie, not its holder
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            led = coalition_leader(ctx, next((c for c in verb.children if c.dep_ == "nsubj"), None))
            if led:  # "the Saudi-led coalition carried out strikes on X"
                return led
            if poss is not None and poss.lower_ in ("its", "their") and t.dep_ == "pobj":
                # "sent troops to help Russia in its war against Ukraine": "its" is the one
                # helped, named as the verb's object before it, not the helper
                helped = [a for c in verb.children if c.dep_ == "dobj" and c.i < t.i
                          for a in ctx.actors(c, STATE_ACTORS)]
                if helped:
                    return helped
            return [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS + ("person",)]
    return []


# Verbs of judging a tie that is someone else's: "condemned the strikes on Ukraine",
# "denounced the support for the junta".
_DECRYING_VERBS = {"condemn", "denounce", "deplore", "decry", "criticize", "criticise", "protest", "lament", "mourn"}


# Verbs of having or winning what a list under "including" names: "won wide support, including …"
_HOLDING_VERBS = {"have", "win", "receive", "get", "gain", "secure", "earn", "collect", "enjoy", "boast", "land",
                  "garner", "attract", "amass"}


# Bodies of several states that act as one side under a leader: "the Saudi-led coalition".
_LED_BODIES = {"coalition", "alliance", "force", "forces", "mission", "bloc", "operation", "campaign"}


def coalition_leader(ctx: Context, noun: Token | None) -> list[tuple[Token, EntityRef]]:
    """The state that leads a coalition named by ``noun``: "the Saudi-led coalition", "the
    coalition led by Saudi Arabia"; readers take the coalition's acts as the leader's."""
    if noun is None or noun.lower_ not in _LED_BODIES:
        return []
    for c in noun.children:
        if c.lower_.endswith("-led") and c.dep_ in ("amod", "compound", "nmod") and len(c.text) > 4:
            # "the U.S.-led coalition": the tokenizer keeps the name and "-led" one word
            ref = ctx.named_country(c.text[:-4], c) if c.text[:1].isupper() else None
            if ref is not None and ref.type in STATE_ACTORS:
                return [(c, ref)]
            continue
        if c.lower_ != "led" or c.dep_ not in ("amod", "acl"):
            continue
        if c.dep_ == "acl":  # "the coalition led by Saudi Arabia"
            return [a for by in c.children if by.dep_ == "agent" for g in by.children if g.dep_ == "pobj"
                    for a in ctx.actors(g, STATE_ACTORS)][:1]
        # "the Saudi-led coalition": the name glued before the hyphen
        lead = ctx.doc[c.i - 2] if c.i >= 2 and ctx.doc[c.i - 1].text in ("-", "\u2010", "\u2011") else None
        if lead is not None and not lead.whitespace_:
            ref = ctx.ent(lead) or (ctx.named_country(lead.text, lead) if lead.text[:1].isupper() else None)
            if ref is not None and ref.type in STATE_ACTORS:
                return [(lead, ref)]
    return []


def targets_of_tie(ctx: Context, noun: Token, preps: tuple[str, ...]) -> list[tuple[Token, object]]:
    """The other side: the object of the noun's preposition, or its owner ("strikes on Iran's
    nuclear sites")."""
    out = []
    for p in noun.children:
        if p.dep_ not in ("prep", "dative") or p.lower_ not in preps:  # "lent his support to X": a dative "to"
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
    if noun.lower_ in ("ties", "cooperation") and mods & NOT_ALLIED_PARTNERS:
        return  # "trade ties", "economic cooperation": business, not an alliance
    if pred == "ALLY_OF" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _BREAKING_VERBS:
        return  # "severed diplomatic ties with Qatar": a tie broken off, enmity (``severed_ties``)
    if noun.lower_ in _RELATION_NOUNS and _gone_sour(noun):
        return  # "ties with Moscow deteriorated", headline "Ties with Moscow sour": bad ties, no alliance
    # a named owner's tie as a clause's subject is given whatever the clause says of it:
    # "Graham's endorsement of Cruz will raise questions", "China's support for Russia could
    # prolong the war" (as an object it is the verb's to deny: "did not seek Obama's endorsement")
    owned_subject = noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "poss" and c.pos_ == "PROPN"
                                                                 for c in noun.children)
    if not owned_subject and not told_as_fact(noun, steps=2) and not _pledged(noun, pred) and not _their_bond(noun):
        return  # a state of affairs: only its own clause can deny it
    if noun.lower_ == "war" and any(c.dep_ == "poss" or c.dep_ in ("amod", "compound") and ctx.ent(c) is not None
                                    for c in noun.children):
        # "Russia's war in Ukraine", "its war in Ukraine": a war owned by one side is waged in the
        # other's land; without an owner ("the war in Ukraine", "fought in the war in Syria") it is a place
        preps = preps + ("in",)
    givers = targets_of_tie(ctx, noun, ("by",)) if noun.lower_ in ("endorsement", "endorsements") else []
    backed = targets_of_tie(ctx, noun, ("of", "for")) if givers else []
    if backed:
        # "the endorsement of Ridley by Harmon": "by" names the one who gives it, "of" the one backed
        pairwise(ctx, givers, pred, backed, noun)
        return
    targets = targets_of_tie(ctx, noun, preps)
    if not targets and noun.dep_ == "dobj":
        # "imposed sanctions on Moscow", "received an endorsement from X": the parse hangs it on the verb
        targets = targets_of_tie(ctx, noun.head, preps)
    laid = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _IMPOSING_VERBS
                 and c.tag_ == "VBN"), None) if pred == "ADVERSARY_OF" else None
    if not targets and laid is not None:  # "sanctions imposed on Russia by the United States"
        targets = targets_of_tie(ctx, laid, preps)
        if not targets:  # "sanctions imposed by Canada on Venezuela": the parse hangs "on" on the agent
            targets = [a for by in laid.children if by.dep_ == "agent" for g in by.children if g.dep_ == "pobj"
                       for a in targets_of_tie(ctx, g, preps)]
    if noun.lower_ in _FIGHT_TIES:
        # "the fight against Peru's drug cartels" is no fight against Peru: the side itself only
        targets = [a for a in targets if a[0].dep_ in ("pobj", "conj", "appos")]
        if any(t.lower_ in _SPORT_WORDS for t in noun.sent):
            return  # "Brazil's fight against Argentina in the World Cup final": a match, no enmity
    if not targets:
        if pred == "ALLY_OF":
            shared_tie(ctx, noun)
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
    if not sides and noun.lower_ in ("endorsement", "endorsements"):
        # "an influential Trump endorsement by X": the person named before the noun is endorsed
        sides = [a for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                 for a in ctx.actors(c, ("person",))]
    pairwise(ctx, sides, pred, targets, noun)


# Ties two sides hold together, said with no "with": "Chile and Peru deepened their defence
# cooperation", "the two signed a strategic partnership"; and the verbs that have or build them.
_SHARED_TIES = {"ties", "cooperation", "partnership", "friendship", "alliance"}
_BUILDING_VERBS = {"deepen", "strengthen", "expand", "boost", "bolster", "forge", "cement", "upgrade", "enhance",
                   "build", "intensify", "broaden", "tighten", "solidify", "have", "maintain", "enjoy", "sign",
                   "form", "renew", "reaffirm", "seal", "launch", "establish"}


def shared_tie(ctx: Context, noun: Token) -> None:
    """ "Chile and Peru have deepened their defence cooperation", "Chile and Peru signed a
    strategic partnership" → ALLY_OF between the coordinated subjects, each pair once: the tie
    is theirs together. Only a tie the subjects own ("their") or an unowned one, as a fact."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _BUILDING_VERBS or noun.lower_ not in _SHARED_TIES:
        return
    if any(c.dep_ == "poss" and c.lower_ != "their" for c in noun.children):
        return  # "Chile and Peru praised Bolivia's cooperation": someone else's tie
    if modifies_noun(verb) or not (told_as_fact(verb) or _their_bond(noun)):
        return
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    for k, (ta, a) in enumerate(sides):
        for tb, b in sides[k + 1:]:
            if a.id != b.id:
                ctx.add(a, "ALLY_OF", b, ctx.evidence(ta, tb, noun), 0.65)


def _their_bond(noun: Token) -> bool:
    """ "their alliance" is had whatever is done to it: "pledged to strengthen their alliance",
    "vowed to deepen their friendship" (not when the doing is denied, "did not strengthen
    their alliance"; a cooperation or ties may be only sought: "hope to expand their cooperation")."""
    return noun.lower_ in ("alliance", "friendship") and noun.dep_ == "dobj" \
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) and asserted(noun.head, steps=1)


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


def _sour_word(tok: Token) -> bool:
    return tok.lower_ in _SOUR_ADJECTIVES or tok.lower_ in _SOUR_VERBS or tok.lemma_.lower() in _SOUR_VERBS


def _sour_in_phrase(noun: Token) -> bool:
    """A word of souring inside the noun's own phrase after it: a verbless headline ("Ties with
    Moscow sour") is parsed with the verb as a modifier or a noun of the last name."""
    return any(_sour_word(t) for t in noun.subtree if t.i > noun.i and t.dep_ in ("amod", "compound", "appos", "dep"))


def _gone_sour(noun: Token) -> bool:
    """Whether the relations ``noun`` names are told as gone bad, whatever the tense or the
    negation: "tense relations", "ties … deteriorated", "have become strained"."""
    if any(c.dep_ == "amod" and c.lower_ in _SOUR_ADJECTIVES for c in noun.children) or _sour_in_phrase(noun):
        return True
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and (_sour_word(verb) or any(
        c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in _SOUR_ADJECTIVES for c in verb.children))


def soured_relations(ctx: Context, noun: Token) -> None:
    """ "Relations between Lima and Santiago nosedived", "Chile's ties with Peru have become
    strained", "the tense relations between …" → ADVERSARY_OF between the two sides: relations
    said to be bad, as a fact (not "could sour", not "have not soured")."""
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    sour = any(c.dep_ == "amod" and c.lower_ in _SOUR_ADJECTIVES for c in noun.children) or _sour_in_phrase(noun)
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        sour = sour or verb.lemma_.lower() in _SOUR_VERBS or verb.lower_ in _SOUR_ADJECTIVES or any(
            c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in _SOUR_ADJECTIVES for c in verb.children)
        if sour and not asserted(verb):
            return
    if not sour or not asserted(noun, steps=1):
        return
    sides = relationship_sides(ctx, noun)
    if sides:
        (ta, a), (tb, b) = sides
        ctx.add(a, "ADVERSARY_OF", b, ctx.evidence(noun, ta, tb), 0.65)


# Verbs that break a tie off: "Mali cut diplomatic ties with Ukraine", "severed relations with X".
_BREAKING_VERBS = {"cut", "sever", "break", "suspend", "downgrade", "rupture"}


def severed_ties(ctx: Context, noun: Token) -> None:
    """ "Mali cut diplomatic ties with Ukraine", "Niger severed relations with France", "broke
    off relations with X" → ADVERSARY_OF between the subject and the other side: a break is
    an act of enmity, told as a fact (not "threatened to cut ties", "did not sever")."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _BREAKING_VERBS:
        return
    verb = noun.head
    if verb.lemma_.lower() == "break" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
        return  # "broke ties" alone is rare; "broke the record" is none
    if modifies_noun(verb) or not asserted(verb):
        return
    others = [a for holder in (noun, verb) for p in holder.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    pairwise(ctx, sides, "ADVERSARY_OF", others, noun)


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


def pairwise(ctx: Context, subjects: list, predicate: str, objects: list, noun: Token) -> None:
    """One relation from every subject to every object named around ``noun`` ("treaty",
    "invasion"), its evidence running from the first of them to the last."""
    for ts, s in subjects:
        for to, o in objects:
            ctx.add(s, predicate, o, ctx.evidence(ts, noun, to) if ts.i < noun.i
                    else ctx.evidence(noun, *sorted((ts, to), key=lambda t: t.i)) if ts.i > to.i
                    else ctx.evidence(noun, to), 0.7)



TRIGGER_WORDS = frozenset(set(_TIE_NOUNS) | _ENMITY_NOUNS | _WAR_NOUNS | _RELATION_NOUNS)


def at_token(ctx: Context, tok: Token) -> None:
    """The tie rules that start at ``tok``."""
    if tok.pos_ != "NOUN":
        return
    low = tok.lower_
    if low in _TIE_NOUNS:
        tie_noun(ctx, tok)
    if low in _WAR_OR_TENSION_NOUNS:
        hyphen_war(ctx, tok)
    if low in _ENMITY_NOUNS:
        enmity_between(ctx, tok)
    if low in _RELATION_NOUNS:
        soured_relations(ctx, tok)
        severed_ties(ctx, tok)


def relationship_sides(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """The two sides a relationship noun names: "relations between X and Y", "X's ties with
    Y"; empty unless exactly two different actors."""
    sides = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
             for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if len(sides) != 2:
        others = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "with"
                  for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        owners = ctx.actors(poss) if poss is not None else []
        sides = owners[:1] + others[:1] if len(owners) == 1 and len(others) == 1 else []
    return sides if len(sides) == 2 and sides[0][1].id != sides[1][1].id else []


def noun_owner(noun: Token) -> Token | None:
    """Who a noun belongs to: its possessor ("Ukraine's allies"); "its" when the noun is
    coordinated with that owner ("Ukraine and its backers")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ in ("its", "their") and noun.dep_ == "conj":
        return noun.head
    return None if poss.pos_ == "PRON" else poss
