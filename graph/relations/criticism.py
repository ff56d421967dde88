"""ADVERSARY_OF from criticism and attacks in words between two sides: attack verbs with the
one attacked as object ("Clinton blasted Trump", "the EU condemned Moscow's decision"), attacks
said with a particle or a noun ("lashed out at X", "took aim at X", "his attacks on Rubio"),
accusations ("accused X of lying"), critics and those critical of someone, quarrels "with"
someone ("clashed with X"), and beating someone in a contest ("Trump defeated Cruz").

Criticism verbs are common, so both sides must be clear: a named actor (or a pronoun a reader
resolves) as subject and as the one attacked; negations, plans, questions and conditions stay
out ("refused to criticize X", "may attack X", "if X attacks Y")."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .rivals import (_CANDIDACY, acting_sides, against, clause_sides, governor, name_before,
                     object_sides, possessor, quarrel_pairs, whose_words)

_PEOPLE = ("person",)
_SIDES = STATE_ACTORS + ("person",)

# Verbs of beating someone in a contest: "Trump defeated Cruz in Indiana".
_BEAT_VERBS = {"defeat", "beat", "trounce", "rout", "edge", "oust", "unseat", "crush", "outpoll", "outscore",
               "challenge", "battle", "fight"}  # "X, who is battling Y for the top spot"
# Verbs of attack in words, with the person attacked as object: "Clinton blasted Trump".
_ATTACK_VERBS = {"attack", "blast", "slam", "criticize", "criticise", "lambaste", "assail", "denounce",
                 "excoriate", "bash", "berate", "rip", "savage", "mock", "deride", "ridicule", "insult",
                 "belittle", "disparage", "smear", "castigate", "pummel", "skewer", "taunt", "sue",
                 "condemn", "rebuke", "scold", "chide", "impeach", "oppose", "vilify", "demonize", "demonise",
                 "hammer", "hit", "knock", "blame", "fault", "pound", "target", "rebut", "refute"}
# Verbs that attack only when they say what for: "hit Cruz over his vote", "blamed Russia for the
# attack", "knocked Clinton for her emails" ("the storm hit Florida", "hammered out a deal": none).
_FOR_ATTACKS = {"hammer", "hit", "knock", "blame", "fault", "pound"}
# Nouns of one who opposes someone, said with "of": "an outspoken critic of X".
_CRITIC_NOUNS = {"critic", "critics", "opponent", "opponents", "detractor", "detractors"}
# "took a swipe at X", "took aim at X": a noun of attack and "at"
_SWIPE_NOUNS = {"aim", "swipe", "swipes", "swing", "swings", "shot", "shots", "jab", "jabs", "potshot", "potshots"}
# "lashed out at X", "hit out at X", "railed against X", "went after X", "turned on X"
_PARTICLE_ATTACKS = {"lash": ("at",), "hit": ("at",), "rail": ("against", "at"), "go": ("after",),
                     "turn": ("on",), "fire": ("at",), "shoot": ("at",), "strike": ("at",), "push": ("against",),
                     "retaliate": ("against",), "stand": ("to",)}
# ... said with a particle only: "lashed out at", "hit back at", "shot back at", "pushed back against",
# "stood up to"
_PARTICLE_NEEDED = {"lash": ("out",), "hit": ("out", "back"), "shoot": ("back",), "strike": ("back", "out"),
                    "push": ("back",), "stand": ("up",)}

# Attacks in words said with a noun and the preposition naming the one attacked: "his attacks
# on Rubio", "Trump's criticism of X", "her swipes at Y".
_ATTACK_NOUNS = {"attack": ("on", "against"), "attacks": ("on", "against"), "criticism": ("of",),
                 "criticisms": ("of",), "critique": ("of",), "critiques": ("of",), "broadside": ("at", "against", "on"), "broadsides": ("at", "against", "on"),
                 "tirade": ("against", "at", "on"), "swipe": ("at",), "swipes": ("at",), "jab": ("at",), "jabs": ("at",),
                 "rebuke": ("of",), "denunciation": ("of",), "barbs": ("at", "against"), "insults": ("at", "against"),
                 "assault": ("on",), "offensive": ("against",), "offense": ("against",), "offence": ("against",)}

# Adjectives of one against another, said with "of"/"to": "critical of X", "hostile to X".
_MILD_ATTACKS = {"criticize", "criticise", "criticism", "criticisms", "critique", "critiques", "oppose", "fault", "knock"}
_AGAINST_ADJECTIVES = {"critical": ("of",), "dismissive": ("of",), "scornful": ("of",), "contemptuous": ("of",),
                       "hostile": ("to", "toward", "towards")}

# Verbs of making an attack one's own: "launched an attack on X", "went on the offensive against X".
_WAGE_VERBS = {"launch", "mount", "make", "step", "ratchet", "intensify", "escalate", "unleash", "level", "renew",
               "deliver", "go", "lead", "wage", "continue", "open", "sharpen", "double", "press", "keep"}

# Verbs of a quarrel with someone: "Clinton clashed with Johnson"; "fought with" may be "alongside".
_CLASH_VERBS = {"clash": ("with", "against"), "feud": ("with",), "spar": ("with",), "quarrel": ("with",),
                "tangle": ("with",), "wrangle": ("with",), "bicker": ("with",), "fight": ("against",),
                "battle": ("against",)}


TRIGGER_WORDS = frozenset(_SWIPE_NOUNS | set(_ATTACK_NOUNS) | _CRITIC_NOUNS | set(_AGAINST_ADJECTIVES) | {"accused"})


def at_token(ctx: Context, tok: Token) -> None:
    """The criticism rules that start at ``tok``."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in _AGAINST_ADJECTIVES and tok.pos_ == "ADJ":
        critical_of(ctx, tok)
    if low in _CRITIC_NOUNS and tok.pos_ == "NOUN":
        critic_of(ctx, tok)
    if low in _ATTACK_NOUNS and tok.pos_ == "NOUN":
        attack_noun(ctx, tok)
    if tok.pos_ == "VERB":
        if lemma in _BEAT_VERBS | _ATTACK_VERBS:
            beat_or_attack(ctx, tok)
        if lemma in _PARTICLE_ATTACKS or lemma == "take":
            attack_phrase(ctx, tok)
        if lemma == "take":
            take_on(ctx, tok)
        if lemma in _CLASH_VERBS:
            clash_with(ctx, tok)
        if lemma == "accuse":
            accused(ctx, tok)


def critic_of(ctx: Context, noun: Token) -> None:
    """ "X, an outspoken critic of Y,", "X has been a critic of Y" → ADVERSARY_OF."""
    targets = against(ctx, noun, ("of",))
    if not targets or noun.dep_ not in ("appos", "attr") or not told_as_fact(noun, steps=2):
        return
    holders = [a for t in ctx.described_by(noun) for a in ctx.actors(t, _PEOPLE)]
    ctx.add_pairs("ADVERSARY_OF", holders[:1], targets, noun, conf=0.55)


def critical_of(ctx: Context, adj: Token) -> None:
    """ "X, who has been critical of Y,", "X was sharply critical of Y's stance" →
    ADVERSARY_OF between two persons; not "was not critical of", "may be critical of"."""
    preps = _AGAINST_ADJECTIVES[adj.lower_]
    targets = against(ctx, adj, preps)
    verb = adj.head
    if not targets or adj.dep_ not in ("acomp", "oprd") or verb.pos_ not in ("AUX", "VERB") or not told_as_fact(verb):
        return
    ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], targets, adj, conf=0.55)


def beat_or_attack(ctx: Context, verb: Token) -> None:
    """ "Trump defeated Cruz", "Clinton blasted Trump over his remarks" → ADVERSARY_OF
    between two named persons; only a fact, not "could beat", "refused to criticize".

    Attacks in words are read between any sides, as news tells them of parties, governments
    and states as of persons: "Swanson slammed the Girl Scouts", "China criticized the United
    States", "Moscow condemned Washington's decision". A defeat stays between persons ("the
    Broncos beat the Patriots" is a game)."""
    lemma = verb.lemma_.lower()
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    if lemma in _FOR_ATTACKS and not any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in verb.children):
        return  # "the storm hit Florida", "hammered out a deal": no attack without its reason
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return
    types = _PEOPLE if lemma in _BEAT_VERBS else _SIDES
    others = object_sides(ctx, obj, types) if obj.lower_ not in _CANDIDACY else []
    if lemma not in _BEAT_VERBS:
        # a person attacked is named or a pronoun: "rebuked the former chancellor" leaves which
        # one to a guess the entity index may get wrong (the current holder of the title)
        others = [a for a in others if not (a[0].pos_ == "NOUN" and a[1].type == "person")]
    if not others and lemma in _ATTACK_VERBS - _MILD_ATTACKS:
        others = whose_words(ctx, obj, types)  # "Clinton bashed Trump's proposal": an attack on Trump
    sides = acting_sides(ctx, verb, types)
    conf = 0.6 if lemma in _BEAT_VERBS else 0.55
    quarrel_pairs(ctx, sides[:1], others, verb, obj, conf=conf)


def attack_phrase(ctx: Context, verb: Token) -> None:
    """ "X took a swipe at Y", "X took aim at Y", "X lashed out at Y", "X railed against Y",
    "X went after Y"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        swipe = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _SWIPE_NOUNS), None)
        if swipe is None:
            return
        targets = against(ctx, verb, ("at",)) or against(ctx, swipe, ("at",))
    else:
        preps = _PARTICLE_ATTACKS[lemma]
        need = _PARTICLE_NEEDED.get(lemma)
        if need and not any(c.dep_ in ("prt", "advmod") and c.lower_ in need for c in verb.children):
            return  # "hit at the price" is none; "hit back at X", "shot back at X" are
        targets = against(ctx, verb, preps, _SIDES)
    if not targets or not told_as_fact(verb):
        return
    sides = acting_sides(ctx, verb)
    quarrel_pairs(ctx, sides[:1], targets, verb, conf=0.55)


def accused(ctx: Context, verb: Token) -> None:
    """ "Trump accused Clinton of lying", "Sanders accused the DNC of bias", "the Kremlin
    accused Obama of meddling": a person on at least one side (two states: ``alliances``)."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return
    sides = acting_sides(ctx, verb)[:1]
    others = object_sides(ctx, obj, _SIDES)
    if not sides or not others or sides[0][1].type != "person" and all(o[1].type != "person" for o in others):
        return
    quarrel_pairs(ctx, sides, others, verb, conf=0.55)


def take_on(ctx: Context, verb: Token) -> None:
    """ "Clinton took on Trump in the debate" → ADVERSARY_OF (a fact, not "vowed to take on")."""
    if not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children) or not told_as_fact(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], object_sides(ctx, obj, _PEOPLE), verb, conf=0.6)


def attack_noun(ctx: Context, noun: Token) -> None:
    """ "Trump ratcheted up his attacks on Rubio", "Ryan's criticism of Trump" → ADVERSARY_OF
    between the one attacking and the person attacked (a state's attacks: ``alliances``)."""
    preps = _ATTACK_NOUNS[noun.lower_]
    targets = against(ctx, noun, preps)
    if not targets and noun.lower_ not in _MILD_ATTACKS:  # "his attacks on Trump's record"
        targets = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
                   for g in p.children if g.dep_ == "pobj" for a in whose_words(ctx, g)]
    wage = governor(noun) if noun.dep_ in ("dobj", "pobj") else None
    if not targets and wage is not None and wage.lemma_.lower() in _WAGE_VERBS:
        targets = against(ctx, wage, preps)  # "went on offense against X": the parse hangs it on the verb
    if not targets or not told_as_fact(noun, steps=2):
        return
    owners = possessor(ctx, noun)
    if not owners:  # "Trump's"-less "a Trump attack on X": a name before the noun
        owners = name_before(ctx, noun)
    if not owners and noun.dep_ in ("dobj", "pobj") and not any(c.dep_ == "poss" for c in noun.children):
        # "Clinton launched a blistering attack on Trump", "went on offense against Trump"
        verb = governor(noun)
        if verb is not None and verb.lemma_.lower() in _WAGE_VERBS and told_as_fact(verb):
            owners = clause_sides(ctx, verb, _PEOPLE)  # not "condemned the attack on X": someone else's
    owners = [o for o in owners if o[1].type == "person"]
    ctx.add_pairs("ADVERSARY_OF", owners[:1], targets, noun, conf=0.55)


def clash_with(ctx: Context, verb: Token) -> None:
    """ "Clinton clashed with Johnson at the hearing", "X has feuded with Y for years"."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    others = against(ctx, verb, _CLASH_VERBS[verb.lemma_.lower()], _SIDES)
    if others:
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb)[:1], others, verb, conf=0.6)
