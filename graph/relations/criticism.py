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

from ..entities.coreference import RANK_WORDS
from ..entities.mentions import FIGURE_UNITS, KIN_AND_AIDES, head_type
from ..speaker_words import GROUP_NOUNS, PERSON_NOUNS, agentive
from ..speakers import subject_of
from . import hostilities
from ._context import NOT_ROLES, STATE_ACTORS, Context, past_dateline
from ._facts import match_set, modifies_noun, told_as_fact
from .rivals import (CANDIDACY, RIVAL_NOUNS, acting_sides, against, clause_sides, governor, headline_sides, included_sides, name_before,
                     name_glued_to_time, object_sides, only_person_surnamed, possessor, present_forms, quarrel_pairs,
                     whose_words)

_PEOPLE = ("person",)
_SIDES = STATE_ACTORS + ("person",)
_BODIES = STATE_ACTORS + ("media",)

# Verbs of beating someone in a contest: "Trump defeated Cruz in Indiana".
BEAT_VERBS = {"defeat", "beat", "trounce", "rout", "edge", "oust", "unseat", "crush", "outpoll", "outscore",
              "challenge", "battle", "fight",  # "X, who is battling Y for the top spot"
              "debate",  # "Clinton debated Trump in Las Vegas": a contest face to face
              "whip", "best", "thrash", "drub", "clobber", "thump", "sweep", "vanquish"}  # "Sanders whipped Clinton in …"
# Verbs of attack in words, with the person attacked as object: "Clinton blasted Trump".
ATTACK_VERBS = {"attack", "blast", "slam", "criticize", "criticise", "lambaste", "assail", "denounce",
                "excoriate", "bash", "berate", "rip", "savage", "mock", "deride", "ridicule", "insult",
                "belittle", "disparage", "smear", "castigate", "pummel", "skewer", "taunt", "sue",
                "condemn", "rebuke", "scold", "chide", "impeach", "oppose", "vilify", "demonize", "demonise",
                "hammer", "hit", "knock", "blame", "fault", "pound", "target", "rebut", "refute",
                "rebuff", "snub", "needle", "lampoon", "pillory",
                # enmity said as a feeling toward a named side: "Baker despises Lopez"
                "hate", "despise", "loathe", "detest", "dislike", "distrust",
                # hindering a side's work: "Republicans obstructed Obama's agenda"
                "obstruct", "undermine"}
# Verbs that attack only when they say what for: "hit Cruz over his vote", "blamed Russia for the
# attack", "knocked Clinton for her emails" ("the storm hit Florida", "hammered out a deal": none).
FOR_ATTACKS = {"hammer", "hit", "knock", "blame", "fault", "pound"}
# Nouns of one who opposes someone, said with "of": "an outspoken critic of X".
_CRITIC_NOUNS = {"critic", "critics", "opponent", "opponents", "detractor", "detractors"}
# "took a swipe at X", "took aim at X": a noun of attack and "at"
_SWIPE_NOUNS = {"aim", "swipe", "swipes", "swing", "swings", "shot", "shots", "jab", "jabs", "potshot", "potshots",
                "whack", "whacks", "dig", "digs", "poke", "pokes"}  # "took a whack at X", "took a dig at X"
# "lashed out at X", "hit out at X", "railed against X", "went after X", "turned on X"
PARTICLE_ATTACKS = {"lash": ("at",), "hit": ("at",), "rail": ("against", "at"), "go": ("after",),
                    "turn": ("on",), "fire": ("at",), "shoot": ("at",), "strike": ("at",), "push": ("against",),
                    "retaliate": ("against",), "stand": ("to",),
                    # "tore into X", "laid into X", "lit into X": attacks said with "into"
                    "tear": ("into",), "lay": ("into",), "light": ("into",), "rip": ("into",),
                    # "unloaded on X", "pounced on X's remarks"
                    "unload": ("on",), "pounce": ("on",),
                    # "kept hammering at X's record", "sniped at X", "chipped away at X"
                    "hammer": ("at",), "snipe": ("at",), "chip": ("at",),
                    "gun": ("for",),  # "X is gunning for Y", "X and Y gunning for each other"
                    # rulings, testimony and votes against a named side: "a judge ruled against X"
                    "rule": ("against",), "testify": ("against",), "vote": ("against",), "speak": ("against",),
                    "come": ("against",)}  # "X came out against Y": only with its particle
# Of these, outbursts: said against anything of a person's, they attack the person ("railed
# against Baker's wall"), as a vote or a ruling against someone's motion does not.
_OUTBURSTS = {"lash", "rail", "tear", "lay", "light", "unload", "pounce", "hammer", "snipe"}
# ... said with a particle only: "lashed out at", "hit back at", "shot back at", "pushed back against",
# "stood up to"
PARTICLE_NEEDED = {"lash": ("out",), "hit": ("out", "back"), "shoot": ("back",), "strike": ("back", "out"),
                   "push": ("back",), "stand": ("up",), "chip": ("away",), "come": ("out",)}

# Attacks in words said with a noun and the preposition naming the one attacked: "his attacks
# on Rubio", "Trump's criticism of X", "her swipes at Y".
_ATTACK_NOUNS = {"attack": ("on", "against", "at"), "attacks": ("on", "against", "at"), "criticism": ("of",),
                 "criticisms": ("of",), "critique": ("of",), "critiques": ("of",), "broadside": ("at", "against", "on"), "broadsides": ("at", "against", "on"),
                 "tirade": ("against", "at", "on"), "swipe": ("at",), "swipes": ("at",), "jab": ("at",), "jabs": ("at",),
                 "rebuke": ("of",), "denunciation": ("of",), "barbs": ("at", "against"), "insults": ("at", "against"),
                 "assault": ("on",), "offensive": ("against",), "offense": ("against",), "offence": ("against",),
                 # charges made against someone: "Sanders' accusations against Clinton's campaign"
                 "accusation": ("against",), "accusations": ("against",), "allegation": ("against",),
                 "allegations": ("against",)}

# Of these, charges: against someone only when said so ("accusations against X")
_CHARGE_NOUNS = {"accusation", "accusations", "allegation", "allegations"}

# Adjectives of one against another, said with "of"/"to": "critical of X", "hostile to X".
_MILD_ATTACKS = {"criticize", "criticise", "criticism", "criticisms", "critique", "critiques", "oppose", "fault", "knock",
                 "dislike", "distrust"}  # "dislikes his plan" is no enmity with its owner
_AGAINST_ADJECTIVES = {"critical": ("of",), "dismissive": ("of",), "scornful": ("of",), "contemptuous": ("of",),
                       "hostile": ("to", "toward", "towards")}

# Verbs of making an attack one's own: "launched an attack on X", "went on the offensive against X".
_WAGE_VERBS = {"launch", "mount", "make", "step", "ratchet", "intensify", "escalate", "unleash", "level", "renew",
               "deliver", "go", "lead", "wage", "continue", "open", "sharpen", "double", "press", "keep",
               "lob", "hurl", "direct", "aim", "fire", "sling"}  # "lobbing attacks at X"

# Verbs of a quarrel with someone: "Clinton clashed with Johnson"; "fought with" may be "alongside".
CLASH_VERBS = {"clash": ("with", "against"), "feud": ("with",), "spar": ("with",), "quarrel": ("with",),
               "tangle": ("with",), "wrangle": ("with",), "bicker": ("with",), "fight": ("against",),
               "squabble": ("with",), "tussle": ("with",), "joust": ("with",),  # "X has been squabbling with Y"
               "battle": ("against",), "argue": ("with",), "debate": ("with", "against"),
               "fall": ("with",)}  # "X fell out with Y": only with its particle (``_CLASH_NEEDED``)
# ... said with a particle only: "fell out with" ("fell with" is none)
_CLASH_NEEDED = {"fall": ("out",)}


# "Trump versus Clinton", "Cruz vs. Trump": two sides set against each other by a preposition
_VERSUS = {"versus", "vs.", "vs", "v."}
# Contests one side faces another in: "faced Trump in the second debate", "in the primary"
_CONTEST_EVENTS = {"debate", "debates", "primary", "primaries", "election", "race", "runoff", "contest", "caucus",
                   "caucuses", "matchup", "showdown", "duel", "rematch", "general", "bout", "final", "vote",
                   "round"}  # "will face X in the second round" (of a two-round election)

# Verbs of an attack or a win over someone, built once rather than at every verb read.
BEAT_OR_ATTACK_VERBS = frozenset(BEAT_VERBS | ATTACK_VERBS)
# Headline verbs of attack: "Trump rips Joe Scarborough", "Cruz accuses Trump of …"
_HEADLINE_ATTACKS = present_forms(BEAT_OR_ATTACK_VERBS | {"accuse", "investigate", "probe"})
# ... and those said with a particle or a preposition: "Clinton swipes at Trump", "X lashes out at Y"
_HEADLINE_AT = present_forms({"swipe", "jab", "snipe", "lash", "rail", "fire", "hit", "strike", "go", "turn", "push"})
# (built once: at_token tests it at every token)
_ANY_HEADLINE_ATTACKS = _HEADLINE_ATTACKS | _HEADLINE_AT
# Verbs of winning, with the one beaten after "over": "Trump won by a wide margin over Cruz"
_WIN_VERBS = {"win", "prevail", "triumph"}

TRIGGER_WORDS = frozenset(_SWIPE_NOUNS | set(_ATTACK_NOUNS) | _CRITIC_NOUNS | set(_AGAINST_ADJECTIVES) | _VERSUS
                          | {"accused", "streak"} | _ANY_HEADLINE_ATTACKS)


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
        if lemma in BEAT_OR_ATTACK_VERBS:
            beat_or_attack(ctx, tok)
        if tok.dep_ == "amod" and (lemma in BEAT_OR_ATTACK_VERBS or lemma == "accuse"):
            clause_read_as_name(ctx, tok)
        if lemma in PARTICLE_ATTACKS or lemma == "take":
            attack_phrase(ctx, tok)
        if lemma == "take":
            take_on(ctx, tok)
        if lemma in CLASH_VERBS:
            clash_with(ctx, tok)
        if lemma == "accuse":
            accused(ctx, tok)
        if lemma == "face":
            faced_in_contest(ctx, tok)
    if low in _VERSUS and tok.dep_ == "prep":
        versus(ctx, tok)
    if low in _ANY_HEADLINE_ATTACKS:
        headline_attack(ctx, tok)
    if tok.pos_ == "VERB" and lemma in _WIN_VERBS or low == "streak":
        won_over(ctx, tok)
    if tok.pos_ == "NOUN" and low in _ATTACKING_FORMS:
        _one_of_many_as_noun(ctx, tok)


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
    one = _one_among(verb)
    if one is not None:
        _one_of_many(ctx, verb, one)
        return
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) or name_glued_to_time(verb)
    if obj is None:
        _attacked_by(ctx, verb)
        return
    if lemma in FOR_ATTACKS and not any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in verb.children):
        # "the storm hit Florida", "hammered out a deal": no attack without its reason, unless
        # one named person hits another ("Sanders continued to hammer Clinton")
        if any(c.dep_ == "prt" for c in verb.children) or not _person_on_person(ctx, verb, obj):
            return
    types = _PEOPLE if lemma in BEAT_VERBS else _SIDES
    others = object_sides(ctx, obj, types) if obj.lower_ not in CANDIDACY else []
    if lemma not in BEAT_VERBS:
        # a person attacked is named or a pronoun: "rebuked the former chancellor" leaves which
        # one to a guess the entity index may get wrong (the current holder of the title); a
        # description narrowed by a party or a place ("slammed the Republican nominee") is
        # the one person the article titled so
        others = [a for a in others if not (a[0].pos_ == "NOUN" and a[1].type == "person")
                  or _narrowed(a[0]) or ctx.index.sole_titled(a[0])]
    if not others and lemma in ATTACK_VERBS - _MILD_ATTACKS:
        others = whose_words(ctx, obj, types)  # "Clinton bashed Trump's proposal": an attack on Trump
    sides = acting_sides(ctx, verb, types)
    conf = 0.6 if lemma in BEAT_VERBS else 0.55
    # "leaders, including X and Y, denounced Z": each one named; else the first subject
    quarrel_pairs(ctx, included_sides(ctx, verb, types) or sides[:1], others, verb, obj, conf=conf)


# What may stand before a clause the tagger read as one name: the sentence's start or the
# comma after an opening phrase ("In March, Trump blasted Disney for …")
_CLAUSE_OPENERS = {",", ";", ":", "—", "--"}


def clause_read_as_name(ctx: Context, verb: Token) -> None:
    """ "In March, Trump blasted Disney for its practices", "At a town hall, Trump accused Cruz
    of lying": the tagger may read a whole clause as one name, the past verb a modifier of the
    second name and the first name a compound of it. A past form of an attack between two
    names, the first opening the clause and the second its root, is that clause's verb →
    ADVERSARY_OF between the two (a defeat between persons; "accused" only with its charge,
    "hit"/"blamed" only with their reason)."""
    doc, obj = verb.doc, verb.head
    subj = doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ not in ("VBD", "VBN") or obj.pos_ != "PROPN" or obj.dep_ != "ROOT" or obj.i <= verb.i \
            or subj is None or subj.pos_ != "PROPN" or subj.dep_ != "compound" or subj.head.i != obj.i \
            or any(t.pos_ != "PROPN" for t in doc[verb.i + 1:obj.i]):
        return
    start = subj.i
    while start > obj.sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in (subj.i, obj.i):
        start -= 1
    if start > obj.sent.start and doc[start - 1].text not in _CLAUSE_OPENERS:
        return
    lemma = verb.lemma_.lower()
    reasons = {c.lower_ for c in obj.children if c.dep_ == "prep"}
    if lemma == "accuse" and "of" not in reasons or lemma in FOR_ATTACKS and not reasons & {"for", "over"}:
        return
    types = _PEOPLE if lemma in BEAT_VERBS else _SIDES
    quarrel_pairs(ctx, ctx.actors(subj, types)[:1], ctx.actors(obj, types)[:1], verb, conf=0.55)


def _one_among(verb: Token) -> Token | None:
    """The "one" a participle tells the act of in "X is one of many slamming Y", "X is one of
    several senators criticizing Y", "X, one of the candidates defeated by Y": the parse hangs
    the participle on "of", on "one" or on the noun after "of"."""
    if verb.tag_ not in ("VBG", "VBN"):
        return None
    head = verb.head
    if verb.dep_ == "pobj" and head.lower_ == "of":
        one = head.head
    elif verb.dep_ == "acl" and head.lower_ == "one":
        one = head
    elif verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "of":
        one = head.head.head
    else:
        return None
    return one if one.lower_ == "one" and one.dep_ in ("attr", "appos") else None


def _one_of_many(ctx: Context, verb: Token, one: Token) -> None:
    """ "X is one of many slamming Y" → X ADVERSARY_OF Y, as "X slammed Y"; "X, one of the
    candidates defeated by Y" → Y ADVERSARY_OF X: the one described does the act the
    participle tells of the many (passive: suffers it), as a fact when the clause that
    describes them is ("X could be one of many criticizing Y": none)."""
    lemma = verb.lemma_.lower()
    if one.dep_ == "attr" and not told_as_fact(one.head):
        return
    types = _PEOPLE if lemma in BEAT_VERBS else _SIDES
    described = [a for s in ctx.described_by(one) for a in ctx.actors(s, types)]
    if verb.tag_ == "VBN":
        agents = [a for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                  for a in ctx.actors(g, types)]
        quarrel_pairs(ctx, agents[:1], described[:1], verb)
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or lemma in FOR_ATTACKS:
        return
    others = [a for a in object_sides(ctx, obj, types) if a[0].pos_ == "PROPN"]
    quarrel_pairs(ctx, described[:1], others, verb, obj, conf=0.55)


def _ing_form(verb: str) -> str:
    """ "slam" → "slamming", "criticize" → "criticizing", "attack" → "attacking"."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou" \
            and len(verb) <= 4:
        return verb + verb[-1] + "ing"  # one-syllable verbs double the last consonant
    return verb + "ing"


# Participles of attack the tagger may read as nouns in "X is one of many slamming Y"
_ATTACKING_FORMS = frozenset(_ing_form(v) for v in ATTACK_VERBS - FOR_ATTACKS)


def _one_of_many_as_noun(ctx: Context, ing: Token) -> None:
    """ "X is one of many slamming Y" with "slamming" tagged a noun: the noun after "of" (with
    Y its object), or a modifier of Y, the name after "of" → X ADVERSARY_OF Y, as a fact when
    the clause that describes X is."""
    if ing.dep_ == "pobj" and ing.head.lower_ == "of":
        of, named = ing.head, next((c for c in ing.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    elif ing.dep_ == "amod" and ing.head.pos_ == "PROPN" and ing.head.dep_ == "pobj" and ing.head.head.lower_ == "of":
        of, named = ing.head.head, ing.head
    else:
        return
    one = of.head
    if named is None or one.lower_ != "one" or one.dep_ not in ("attr", "appos"):
        return
    if one.dep_ == "attr" and not told_as_fact(one.head):
        return
    described = [a for s in ctx.described_by(one) for a in ctx.actors(s, _SIDES)]
    quarrel_pairs(ctx, described[:1], ctx.actors(named, _SIDES), ing, named, conf=0.55)


_PEOPLE_WORDS = NOT_ROLES | PERSON_NOUNS | GROUP_NOUNS | KIN_AND_AIDES


def _names_people(noun: Token) -> bool:
    """Whether a noun names a person or people ("predecessor", "attackers", "aides"), not a
    thing of someone's ("wall", "influence")."""
    lemma = noun.lemma_.lower()
    return bool({noun.lower_, lemma} & _PEOPLE_WORDS) or head_type(lemma) == "person" or agentive(noun) \
        or noun.tag_ == "NNS" and lemma.endswith(("er", "or", "ist", "ian"))


def _narrowed(noun: Token) -> bool:
    """ "the Republican nominee", "the Vermont senator": a definite description with a proper
    word before its noun (a party, a place), and none of time or rank ("the former chancellor")."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i]
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and any(c.text[:1].isupper() for c in mods) and not any(c.lower_ in RANK_WORDS for c in mods)


def _attacked_by(ctx: Context, verb: Token) -> None:
    """ "McCain was crushed by Obama", "Clinton was criticized by Sanders over her speeches" →
    ADVERSARY_OF between the one named after "by" and the subject; a defeat between persons
    only. Verbs that attack only with their reason ("was hit by a car") stay out without it."""
    lemma = verb.lemma_.lower()
    if lemma in FOR_ATTACKS and not any(c.dep_ == "prep" and c.lower_ in ("for", "over") for c in verb.children):
        return
    types = _PEOPLE if lemma in BEAT_VERBS else _SIDES
    agents = [a for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj" and g.pos_ == "PROPN" for a in ctx.actors(g, types)]
    if not agents:
        return
    described = _described_by_participle(verb)
    if described is not None:
        # "Assad, aided by Moscow and opposed by Washington, held on": the name the participle
        # describes suffers the attack (a fact as its clause is)
        if told_as_fact(verb):
            quarrel_pairs(ctx, agents[:1], ctx.actors(described, types)[:1], verb, conf=0.55)
        return
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return
    quarrel_pairs(ctx, agents[:1], clause_sides(ctx, verb, types)[:1], verb, conf=0.55)


def _described_by_participle(verb: Token) -> Token | None:
    """The name a past participle set off by a comma describes: "X, criticized by Y," and "X,
    backed by Z and opposed by Y," (the second participle a conjunct of the first); None when
    the participle is no such modifier of a name."""
    first = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else verb
    if verb.tag_ != "VBN" or first.dep_ != "acl" or first.head.pos_ != "PROPN":
        return None
    before = verb.doc[first.i - 1] if first.i > 0 else None
    return first.head if before is not None and before.text == "," and first.head.i < first.i else None


def _person_on_person(ctx: Context, verb: Token, obj: Token) -> bool:
    """Whether a person named as subject acts on a person named as object (a name, not "him")."""
    objs = ctx.actors(obj, _PEOPLE) if obj.pos_ == "PROPN" else []
    return bool(objs) and bool(clause_sides(ctx, verb, _PEOPLE))


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
        preps = PARTICLE_ATTACKS[lemma]
        need = PARTICLE_NEEDED.get(lemma)
        if need and not any(c.dep_ in ("prt", "advmod") and c.lower_ in need for c in verb.children):
            return  # "hit at the price" is none; "hit back at X", "shot back at X" are
        targets = against(ctx, verb, preps, _SIDES)
    if not targets:  # "took a swipe at her rival Tom Baker's stance": at its owner
        pobjs = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "against", "after", "on")
                 for g in p.children if g.dep_ == "pobj"]
        targets = [a for g in pobjs for n in (g, *[c for c in g.children if c.dep_ == "appos"])
                   for a in whose_words(ctx, n, _SIDES)]
        if not targets and (lemma in _OUTBURSTS or lemma == "speak" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
            # "spoke out sharply against Trump's influence", "railed against Baker's wall": an
            # outburst at anything of a named person's is at that person
            # (not at someone's people: "railed against Lee's predecessor", "spoke out against
            # Lee's attackers" may side with Lee)
            targets = [a for g in pobjs if not _names_people(g) for c in g.children
                       if c.dep_ == "poss" and c.pos_ == "PROPN" for a in ctx.actors(c, _PEOPLE)]
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
    if obj is None or not charge_follows(verb, obj):
        return
    sides = acting_sides(ctx, verb)[:1]
    others = object_sides(ctx, obj, _SIDES)
    if not sides and others:
        # "Ethiopia's prime minister accused Eritrea of …": an official described, not named,
        # quarrels for the state they hold the post at (settled by ``leaders_quarrels``)
        subj = past_dateline(verb, subject_of(verb))
        for ts, official in ctx.actors(subj, ("group",))[:1]:
            for to, o in others:
                if o.type == "country":
                    ev = ctx.evidence(*sorted({subj.left_edge, ts, verb, to}, key=lambda t: t.i))
                    ctx.leader_quarrel(official, o, ev, 0.55)
        return
    if not sides or not others or sides[0][1].type != "person" and all(o[1].type != "person" for o in others):
        return
    quarrel_pairs(ctx, sides, others, verb, conf=0.55)


def charge_follows(verb: Token, obj: Token) -> bool:
    """ "accused X of lying": the charge is the "of" of the verb; with two accused ("accused X
    and his allies of lying", "accused the media and the Ruiz campaign of …") the parser hangs
    it on the last of them, right after it (a name's own "of", "the Bank of X", is no charge)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return True
    last = obj.conjuncts[-1] if obj.conjuncts else None
    if last is None:
        return False
    for of in last.children:
        if of.dep_ != "prep" or of.lower_ != "of" or of.i != last.i + 1 or of.ent_type_:
            continue
        # "of trying to …" (a gerund) after a noun; after a name, any "of" is the charge
        if last.pos_ == "PROPN" or any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in of.children):
            return True
    return False


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
    made = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _WAGE_VERBS), None)
    if not targets and made is not None and not modifies_noun(made) and told_as_fact(made):
        # "an attack he leveled at Clinton", "the barbs Baker hurled at Lopez": the relative
        # clause's subject made the attack, its preposition names the one attacked
        aimed = against(ctx, made, preps)
        if aimed:
            ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, made, _PEOPLE)[:1], aimed, noun, made, conf=0.55)
            return
    if not targets and noun.lower_ in _CHARGE_NOUNS:
        targets = _charged_in_clause(ctx, noun)  # "Baker's accusations that the Ruiz campaign broke the law"
    if not targets and noun.lower_ in _CHARGE_NOUNS:
        _body_charges(ctx, noun, preps)  # no person charged: a body may charge a body
    if not targets and not any(p.dep_ == "prep" and p.lower_ in preps for p in noun.children) \
            and noun.lower_ not in _CHARGE_NOUNS:  # "dismissed X's accusations that …": answers a charge, no quarrel named
        answered_attack(ctx, noun)
    # a named owner's attacks are there whatever is said of them: "for not condemning Trump's
    # attacks on X", "refused to defend Baker's attack on Y" tell the attacks as given
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)
    if not targets or not (owned or told_as_fact(noun, steps=2)):
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
    if not owners and noun.lower_ in _CHARGE_NOUNS:
        # persons charged, but no person charging: a body may be the one (a second entry, not
        # one before the checks above, which would let a body charge where a person's charge
        # is named, "the Times repeated Baker's charges against Ruiz")
        _body_charges(ctx, noun, preps)
    ctx.add_pairs("ADVERSARY_OF", owners[:1], targets, noun, conf=0.55)


def _body_charges(ctx: Context, noun: Token, preps: tuple[str, ...]) -> None:
    """ "The Times made the same allegations against the NRA", "the league leveled accusations
    against Senator X" → ADVERSARY_OF between a body or an outlet named as the subject and the
    side it charges, made with a verb of its own (a person's charges: ``attack_noun``)."""
    verb = governor(noun) if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in _CHARGING_VERBS or not told_as_fact(verb):
        return
    # the clause's own subject, an outlet too ("the sides" a clause names leave outlets out)
    owners = [a for a in ctx.actors(past_dateline(verb, subject_of(verb)), _BODIES) if a[0].pos_ == "PROPN"]
    targets = [a for a in against(ctx, noun, preps, _SIDES) if a[0].pos_ == "PROPN"]
    if owners and targets:
        quarrel_pairs(ctx, owners[:1], targets, verb, noun, conf=0.55)


def _charged_in_clause(ctx: Context, noun: Token) -> list:
    """The one a charge's "that" clause says did wrong: "Baker's accusations that Ruiz lied",
    "her allegation that the Ruiz campaign broke the law" (a candidate's campaign stands for
    the candidate). Only a clause opened by "that" (not a relative clause, "the accusations
    that he made"), and only its subject."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")
                   and c.left_edge.lower_ == "that" and _opens_content(c.left_edge)), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    if subj is None:
        return []
    if subj.lower_ in ("campaign", "camp") and subj.pos_ == "NOUN":
        owner = next((c for c in subj.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
        if owner is None:
            return []
        return ctx.actors(owner, _PEOPLE) or only_person_surnamed(ctx, owner)
    return ctx.actors(subj, _SIDES) if subj.pos_ == "PROPN" else []


# Verbs a charge is made with: "the accusations that Baker made" is a relative clause
_CHARGING_VERBS = _WAGE_VERBS | {"make", "bring", "file", "lodge", "raise", "repeat", "hurl", "press", "air", "voice"}


def _opens_content(that: Token) -> bool:
    """Whether "that" opens the charge's content ("that Ruiz lied"), not a relative clause
    ("that Baker made"): the parser marks the first, or takes "that" for the object of a verb
    that makes no charge."""
    return that.dep_ == "mark" or that.dep_ == "dobj" and that.head.lemma_.lower() not in _CHARGING_VERBS


# Verbs of answering an attack, whose subject is the one attacked: "X brushed off Y's criticism"
_ANSWER_VERBS = {"respond": ("to",), "reply": ("to",), "answer": (), "rebut": (), "dismiss": (), "brush": (),
                 "shrug": (), "deflect": (), "counter": (), "weather": (), "endure": (), "withstand": (),
                 "defend": ("against",)}


def answered_attack(ctx: Context, noun: Token) -> None:
    """ "Weller responded to Marsh's attacks", "X brushed off Y's criticism", "X defended
    herself against Y's attacks" → ADVERSARY_OF between the one attacking (named before the
    noun) and the one answering; "X joined Y's attacks" (siding) and "X praised Y's attacks on
    Z" (another target) stay out."""
    owners = [o for o in possessor(ctx, noun) if o[1].type == "person" and o[0].pos_ == "PROPN"]
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if not owners or verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _ANSWER_VERBS:
        return
    preps = _ANSWER_VERBS[verb.lemma_.lower()]
    if (noun.dep_ == "pobj") != bool(preps) or noun.dep_ == "pobj" and noun.head.lower_ not in preps:
        return
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    answering = [a for a in clause_sides(ctx, verb, _PEOPLE) if a[1].id != owners[0][1].id]
    ctx.add_pairs("ADVERSARY_OF", owners[:1], answering[:1], noun, conf=0.55)


def clash_with(ctx: Context, verb: Token) -> None:
    """ "Clinton clashed with Johnson at the hearing", "X has feuded with Y for years"."""
    if modifies_noun(verb) or not told_as_fact(verb) or not has_clash_particle(verb):
        return
    preps = CLASH_VERBS[verb.lemma_.lower()]
    others = against(ctx, verb, preps, _SIDES)
    if not others and verb.lemma_.lower() == "clash":
        # "China has clashed with Philippine vessels", "Indian troops clashed with Chinese
        # soldiers": a state's forces or ships stand for the state
        others = [a for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                  for g in p.children if g.dep_ == "pobj" for a in hostilities.forces_owner(ctx, g)]
        sides = clause_sides(ctx, verb, STATE_ACTORS) or hostilities.forces_owner(
            ctx, next((c for c in verb.children if c.dep_ == "nsubj"), None))
        ctx.add_pairs("ADVERSARY_OF", sides[:1], others, verb, conf=0.6)
        return
    if others:
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb)[:1], others, verb, conf=0.6)


def has_clash_particle(verb: Token) -> bool:
    """Whether a clash verb has the particle it needs, if any ("fell out with X")."""
    need = _CLASH_NEEDED.get(verb.lemma_.lower())
    return not need or any(c.dep_ in ("prt", "advmod") and c.lower_ in need for c in verb.children)


def versus(ctx: Context, prep: Token) -> None:
    """ "The race came down to Trump vs. Clinton", "Cruz versus Trump: the final debate" →
    ADVERSARY_OF between the two sides, persons against persons or states and bodies against
    each other; not in a condition or a question ("if the election is X versus Y")."""
    left = _figure_holder(prep.head)
    right = [a for g in prep.children if g.dep_ == "pobj" for a in ctx.actors(_figure_holder(g), _SIDES)]
    sides = ctx.actors(left, _SIDES) if left.pos_ == "PROPN" else []
    if not sides or not right:
        return
    if any(not told_as_fact(t, steps=4) for t in (left, governor(left)) if t is not None):
        return
    kind = "person" if sides[0][1].type == "person" else "state"
    right = [a for a in right if (a[1].type == "person") == (kind == "person")]
    ctx.add_pairs("ADVERSARY_OF", sides[:1], right[:1], prep, conf=0.6)


def _figure_holder(left: Token) -> Token:
    """The one a poll figure belongs to, for a figure set "versus" another side: "the poll
    shows X with 47 percent versus Y", "X's 47 percent versus Y"; any other word stands as
    itself."""
    if left.lower_ not in FIGURE_UNITS:
        return left
    poss = next((c for c in left.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    if left.dep_ == "pobj" and left.head.lower_ in ("with", "at"):
        holder = left.head.head
        if holder.pos_ == "VERB":  # "shows X with 47 percent": the object holds the figure
            holder = next((c for c in holder.children if c.dep_ == "dobj" and c.i < left.i), holder)
        return holder
    return left


def faced_in_contest(ctx: Context, verb: Token) -> None:
    """ "Clinton faced Trump in the second debate", "X faces Y in the June primary" →
    ADVERSARY_OF between two persons named; "faced criticism", "faced reporters" and guesses
    ("could face X") stay out; a race already set ("will face X in November") is in."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PROPN" or modifies_noun(verb) or not match_set(verb):
        return
    # the contest is named ("in the primary"), or the one faced is titled as the other side
    # ("faces challenger X", "will face Democratic opponent X")
    titled = any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in RIVAL_NOUNS for c in obj.lefts)
    events = {g.lower_ for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "during", "at")
              for g in p.children if g.dep_ == "pobj" and g.lower_ in _CONTEST_EVENTS}
    if not titled and not events:
        return
    if not told_as_fact(verb) and not titled and not events - {"debate", "debates", "bout", "final"}:
        return  # "will face X in the second debate": an appearance to come, not a race already run
    ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, verb, _PEOPLE)[:1], ctx.actors(obj, _PEOPLE), verb, conf=0.6)


def headline_attack(ctx: Context, verb: Token) -> None:
    """ "Trump rips Joe Scarborough", "Sanders blasts Clinton over speeches" in the title
    line → ADVERSARY_OF between the two names around the verb."""
    found = headline_sides(ctx, verb, ("out", "back", "at", "against", "after", "on")) \
        if verb.lower_ in _HEADLINE_AT else headline_sides(ctx, verb)
    if found is not None:
        quarrel_pairs(ctx, [found[0]], [found[1]], verb, conf=0.55)


def won_over(ctx: Context, tok: Token) -> None:
    """ "Trump won by a compelling margin over Cruz", "Sanders prevailed over Clinton in
    Wisconsin", "continuing his win streak over Clinton" → ADVERSARY_OF between two persons
    (not "won over voters": a verb with its particle; not "could win over Y")."""
    if tok.pos_ == "VERB":
        if any(c.dep_ == "prt" for c in tok.children) or not told_as_fact(tok):
            return
        heads = [tok, *[g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]]
        beaten = [a for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "over"
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN" for a in ctx.actors(g, _PEOPLE)]
        ctx.add_pairs("ADVERSARY_OF", clause_sides(ctx, tok, _PEOPLE)[:1], beaten, tok, conf=0.6)
        return
    beaten = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "over"
              for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _PEOPLE)]
    if beaten and told_as_fact(tok, steps=2):
        ctx.add_pairs("ADVERSARY_OF", possessor(ctx, tok)[:1], beaten, tok, conf=0.55)

