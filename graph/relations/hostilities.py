"""ALLY_OF and ADVERSARY_OF from acts of one side on another: hostile acts said with a noun
("Russia's invasion of Ukraine", "Israel wages war against Hamas"), weapons fired at a side
("North Korea fired missiles toward Japan"), hostile verbs ("Russia invaded Ukraine", "the EU
sanctioned Iran"), a state's own rival ("its diplomatic rival Taiwan"), and the verbs of
siding and help ("Hungary sided with Russia", "Christie endorsed Trump", "China supports
Russia"). Not when negated, hypothetical or planned ("if Russia attacks a NATO member")."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef
from . import rivals
from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .contact_lexicon import STATE_ENVOYS
from .ties import coalition_leader, noun_owner, targets_of_tie
from .ties import pairwise as _pairwise

# Hostile acts and the preposition naming their target: "Russia's invasion of Ukraine".
_HOSTILE_NOUNS = {"invasion": ("of",), "occupation": ("of",), "war": ("against", "on"), "attack": ("on", "against"),
                  "attacks": ("on", "against"), "aggression": ("against",), "offensive": ("against",),
                  "action": ("against",),  # "action" only when military: see ``hostile_act``
                  "counteroffensive": ("against",), "counter-offensive": ("against",), "assault": ("on", "against"),
                  "airstrikes": ("on", "against"), "airstrike": ("on", "against"), "bombardment": ("of", "on"),
                  # a strike or an operation only when military ("strikes against a firm", "an
                  # operation against smugglers"): see ``hostile_act``
                  "strikes": ("on", "against"), "operation": ("against",), "operations": ("against",)}
# what makes a strike or an operation an act of war: "air strikes", "missile strikes", "a military operation"
_MILITARY_MODS = {"military", "air", "missile", "drone", "rocket", "artillery", "naval", "ground", "retaliatory"}
# verbs of hostility with an actor object: "Russia invaded Ukraine", "the EU sanctioned Iran"
_HOSTILE_VERBS = {"invade", "attack", "sanction", "bomb", "threaten", "annex", "blockade", "shell", "fight", "strike",
                  "bombard", "raid", "besiege", "occupy", "shoot", "expel", "seize", "hack"}
# weapons fired at a side: "North Korea fired missiles toward Japan", "Hamas launched rockets into Israel"
_WEAPONS = {"missile", "missiles", "rocket", "rockets", "shell", "shells", "drone", "drones", "mortar", "mortars",
            "bomb", "bombs", "torpedo", "torpedoes", "projectile", "projectiles", "artillery", "munitions",
            # "coast guard ships fired water cannon at a supply boat", "fired warning shots at"
            "cannon", "cannons", "shots", "bullets", "flares"}
# hostile verbs whose object may be a place or a thing of the state hit: "shot down a Russian
# jet", "expelled 35 Russian diplomats", "seized Ukrainian ships"
_STRIKING_VERBS = {"attack", "bomb", "shell", "strike", "raid", "bombard", "shoot", "expel", "seize"}
_STRIKING_OR_SANCTIONING = _STRIKING_VERBS | {"sanction"}
# verbs of siding: "sided with Russia"; of help with an actor object: "China supports Russia"
# "campaigned with Trump": a politician who takes the stage beside another sides with them
_SIDING_VERBS = {"side": ("with",), "align": ("with",), "ally": ("with",), "campaign": ("with", "alongside"),
                 "throw": ("behind",),  # "threw her weight behind X": only with "weight" (see below)
                 "fight": ("alongside",)}  # "fought alongside Bolivia"; any other "fought" is hostile
# "endorsed Cruz": political support given in words, an alliance as readers of political news list it
# "Moscow bolstered Assad's army": strengthening another's hand is help as arming it is
_HELPING_VERBS = {"support", "defend", "protect", "arm", "back", "endorse", "bolster"}
# (built once: at_token tests it at every verb)
_HOSTILE_OR_HELPING_VERBS = _HOSTILE_VERBS | _HELPING_VERBS


def hostile_or_siding_verb(ctx: Context, verb: Token) -> None:
    """ "Russia invaded Ukraine", "the EU sanctioned Iran", "Trump threatened sanctions on
    Moscow" → ADVERSARY_OF; "Hungary sided with Russia" → ALLY_OF. Not when negated,
    hypothetical or planned ("if Russia attacks a NATO member")."""
    lemma = verb.lemma_.lower()
    if modifies_noun(verb) or not (told_as_fact(verb) or _pledged_help(verb)):
        return
    sides = rivals.clause_sides(ctx, verb)
    if not sides and lemma in _HOSTILE_VERBS:
        sides = _forces_of(ctx, verb)  # "American troops are fighting the Taliban"
    if lemma in _SIDING_VERBS and not (lemma == "fight" and not _prep_objects(verb, _SIDING_VERBS[lemma])):
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
        if lemma in ("endorse", "support"):
            _endorsed_by(ctx, verb, sides)
        elif lemma in _HOSTILE_VERBS:
            _hit_by(ctx, verb)
        return
    if lemma == "shoot" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return  # "shot down a Russian jet" is hostile; "shot a video" is not
    if lemma in ("expel", "seize") and obj.lower_ not in _HELD_THINGS:
        return  # "expelled diplomats", "seized ships"; "seized the opportunity" is none
    # a politician endorses or supports a person as often as a country or a party
    # "Christie defended Trump" stands by a person as "defended Ukraine" by a state
    others = rivals.object_sides(ctx, obj) if lemma in ("endorse", "support", "defend") else ctx.actors(obj)
    if not others and lemma in ("endorse", "defend"):  # "endorsed Sanders' approach": endorsed Sanders
        others = rivals.whose_words(ctx, obj)
    if not others and lemma in _HELPING_VERBS:
        # "armed the Syrian army", "supports the Venezuelan government", "bolstered Assad's
        # military": the forces or the government helped stand for the state or leader they serve
        others = forces_owner(ctx, obj) or ctx.government_of(obj) or _commander_of(ctx, obj)
    if lemma in _HELPING_VERBS:
        if lemma != "back":  # "back" is read by backed_or_accused
            _pairwise(ctx, sides, "ALLY_OF", others, verb)
            if lemma in ("endorse", "support"):
                backed_against(ctx, verb, others)
        return
    # "sanctioned Venezuela's oil sector", "sanctioned Russian banks": the owner is the one hit
    striking = lemma in _STRIKING_OR_SANCTIONING or lemma == "fight" and obj.lemma_.lower() in _FORCES
    # ("bombed Hamas positions": a position bombed is a place; one attacked may be a stance)
    if not others and striking and (obj.lemma_.lower() not in _WORDS_AND_WAYS
                                    or lemma != "attack" and obj.lemma_.lower() in _MILITARY_SITES):
        # "Ukraine struck Russian oil refineries", "Israel bombed Iran's nuclear sites": the owner
        # is hit ("attacked China's trade practices" is a word against a policy, read by rivals)
        # an armed group's own sites too, named outright: "struck Houthi targets", "bombed
        # Hamas positions" (not "Apple's offices": what a company owns is no target of war)
        others = [(c, ctx.ent(c)) for c in obj.children if c.dep_ in ("poss", "amod", "compound")
                  and ctx.ent(c) is not None and (ctx.ent(c).type == "country" or ctx.ent(c).type == "organization"
                                                  and obj.lemma_.lower() in _MILITARY_SITES)]
        if not others and (obj.lower_ in _HELD_THINGS or obj.lemma_.lower() in _MILITARY_SITES):
            # the owner after "of": "expelled three diplomats of Russia", "shelled positions of
            # the militia" (the same acts as "Russian diplomats", "militia positions")
            others = [a for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, STATE_ACTORS)]
        if others:
            _pairwise(ctx, sides, "ADVERSARY_OF", others, obj)
            return
    if not others and lemma == "threaten" and obj.lower_ in ("sanctions", "strikes", "attacks", "war", "force"):
        others = [a for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                  for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    _pairwise(ctx, sides, "ADVERSARY_OF", others, verb)


# Verbs of a pledge: "pledged to defend Ukraine", "vowed to support Clinton". A pledge to stand by a
# side is itself the stand a reader lists (as "pledged support for X" is, in ``ties``); a pledge
# to attack is no attack, so only the helping verbs are let through.
_PLEDGE_VERBS = {"pledge", "vow", "promise", "reaffirm", "commit"}
# A pledge, or a duty: "is bound by law to help Taiwan", "obliged to help".
_OWING_VERBS = _PLEDGE_VERBS | {"bind", "oblige", "obligate"}


def _pledged_help(verb: Token) -> bool:
    """ "Canada pledged to defend Peru", "she vowed to support him": a helping verb whose
    pledge is told as a fact, with no condition on either ("pledged to back X if he wins",
    "did not pledge to support X", "may vow to defend X" stay out)."""
    pledge = verb.head
    if verb.lemma_.lower() not in _HELPING_VERBS or verb.dep_ != "xcomp" or pledge.lemma_.lower() not in _PLEDGE_VERBS:
        return False
    if pledge.lemma_.lower() == "commit" and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in pledge.children):
        return False  # "committed to defending": "commit" pledges only as "is committed" / "committed itself"
    conditional = any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless", "once", "when")
                                                for g in c.children) for t in (verb, pledge) for c in t.children)
    return not conditional and told_as_fact(pledge)


def _prep_objects(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``verb``'s prepositions ``preps``."""
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def backed_against(ctx: Context, verb: Token, backed: list) -> None:
    """ "X supported Y against Z in the Senate race", "the union endorsed Y over Z", "X backed
    Y against Z" → Y ADVERSARY_OF Z: support given to one person against (or over) another
    names the two sides of a race. Persons only, named after the preposition ("backed Y over
    her remarks" names no side); the caller has read the support itself as a fact."""
    people = [b for b in backed if b[1].type == "person"]
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("against", "over")]
    appos = [c for c in people[0][0].children if c.dep_ == "appos"] if people else []
    if not preps and appos:
        # "backed Y, the former governor, against Z": after the apposition the parse hangs
        # "against" on the name backed, or on the apposition
        preps = [p for t in (people[0][0], *appos) for p in t.children if p.dep_ == "prep" and p.lower_ == "against"
                 and p.i > appos[0].i]
    # a bare surname the model types as a place or a body is the one person of the story so named
    rivals_named = [a for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                    for a in ctx.actors(g, ("person",)) or rivals.only_person_surnamed(ctx, g)]
    _pairwise(ctx, people[:1], "ADVERSARY_OF", rivals_named[:1], verb)


def _endorsed_by(ctx: Context, verb: Token, endorsed: list) -> None:
    """ "X, who was endorsed by Y", "X has been endorsed by Y and Z", "X is supported by Y" →
    ALLY_OF between the one endorsed (the passive's subject) and each one named after "by"."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return
    agents = [a for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
              for a in ctx.actors(g, STATE_ACTORS + ("person",))]
    _pairwise(ctx, endorsed[:1], "ALLY_OF", agents, verb)


def _hit_by(ctx: Context, verb: Token) -> None:
    """ "the commander has been sanctioned by the European Union", "X was invaded by Y" →
    ADVERSARY_OF between the one hit (the passive's subject, a state or a person) and a state
    or organisation named after "by" (a person "threatened by" another is a quarrel, read by
    ``criticism``)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return
    agents = [a for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
              for a in ctx.actors(g, STATE_ACTORS)]
    hit = ctx.actors(subj, STATE_ACTORS + ("person",))
    _pairwise(ctx, agents, "ADVERSARY_OF", [a for a in hit if all(a[1].id != b[1].id for b in agents)], verb)


# A state's armed forces, whom fighting is fighting the state: "fought the Afghan army",
# "battled Russian troops" ("fought Chinese imports" is trade).
_FORCES = {"army", "force", "military", "troop", "soldier", "navy", "fighter", "militia", "marine", "guard",
           # a state's ships and aircraft act for it as its troops do: "Chinese coast guard ships
           # fired water cannon", "clashed with Philippine vessels"
           "ship", "vessel", "boat", "warship", "jet", "warplane", "aircraft", "coastguard"}


def _forces_of(ctx: Context, verb: Token) -> list:
    """The state whose armed forces are the subject of a hostile verb: "American troops are
    fighting the Taliban", "Russian forces shelled Kharkiv" (the forces act for their state)."""
    return forces_owner(ctx, next((c for c in verb.children if c.dep_ == "nsubj"), None))


# Nouns of armed forces, plurals the lemmatizer may keep as written ("forces", "troops") with them.
_ARMED_FORCES = _FORCES | {"forces", "troops"}


def forces_owner(ctx: Context, noun: Token | None) -> list:
    """[(token, state)] when ``noun`` is a state's forces, ships or aircraft named by its
    modifier ("Russian forces", "Philippine vessels", "China's coast guard ships"), else []."""
    if noun is None or noun.lemma_.lower() not in _ARMED_FORCES:
        return []
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            ref = ctx.ent(c) or (ctx.named_country(c.text, c) if c.text[:1].isupper() else None)
            if ref is not None and ref.type == "country":
                return [(c, ref)]
    return []


def _commander_of(ctx: Context, noun: Token) -> list:
    """[(token, leader or state)] when ``noun`` is armed forces owned by a name ("Assad's
    army", "Maduro's forces"), else []."""
    if noun.lemma_.lower() not in _ARMED_FORCES:
        return []
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return ctx.actors(poss, STATE_ACTORS + ("person",)) if poss is not None else []


# What a state strikes of an armed group's: "struck Houthi targets", "shelled Hezbollah positions".
_MILITARY_SITES = {"target", "position", "base", "camp", "stronghold", "fighter", "militant", "commander",
                   "facility", "depot", "site", "launcher", "outpost", "tunnel", "hideout", "infrastructure"}


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


# Verbs of starting or carrying out a hostile act, whose subject does it: "launched an offensive against X"
_LAUNCH_VERBS = {"wage", "launch", "start", "mount", "carry", "conduct"}
# Verbs of carrying on, ending or answering for one's own act: "sustain its invasion", "ended its occupation".
_OWN_ACT_VERBS = {"sustain", "continue", "escalate", "intensify", "expand", "widen", "step", "resume", "end", "halt",
                  "pause", "finance", "fund", "justify", "defend", "prolong", "press"}


def hostile_act(ctx: Context, noun: Token) -> None:
    """ "Russia's invasion of Ukraine", "Israel wages war against Hamas" → ADVERSARY_OF."""
    preps = _HOSTILE_NOUNS[noun.lower_]
    if noun.lower_ == "action" and not any(c.lower_ == "military" for c in noun.lefts):
        return  # "legal action against", "action against inflation": no hostility between sides
    # "the U.S.-led coalition's strikes on X": a coalition's acts are its leader's, and of war
    led = coalition_leader(ctx, noun_owner(noun))
    if noun.lower_ in ("strikes", "operation", "operations") and not led \
            and not any(c.lower_ in _MILITARY_MODS for c in noun.lefts):
        return  # "strikes against the carmaker", "an operation against smugglers"
    targets = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
               for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if not targets and noun.lower_ in ("attack", "attacks", "invasion", "occupation"):
        # "Russia's attacks on Ukrainian power plants", "the invasion of Ukraine's east": the
        # place or thing hit belongs to the side attacked
        targets = [a for a in targets_of_tie(ctx, noun, preps) if a[1].type in STATE_ACTORS]
    if not targets and noun.dep_ == "dobj":  # "wages war against X" with the target on the verb
        targets = [a for p in noun.head.children if p.dep_ == "prep" and p.lower_ in preps and p.i > noun.i
                   for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    holder = _complement_holder(noun, preps)
    if not targets and holder is not noun:
        targets = _pobj_actors(ctx, holder, preps)  # "a blockade or invasion of Taiwan": shared complement
    if not targets:
        return
    owner_tok = noun_owner(noun)
    if owner_tok is None:  # "the U.S. military action against Libya", "the Russian invasion of Ukraine"
        owner_tok = next((c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod") and ctx.ent(c) is not None
                          and ctx.ent(c).type in STATE_ACTORS), None)
    agents = _pobj_actors(ctx, holder, ("by",)) if owner_tok is None and not led else []
    if led:
        actors = led
    elif owner_tok is not None:
        actors = ctx.actors(owner_tok)
    elif agents:
        actors = agents  # "the invasion of Kuwait by Iraq": the one after "by" acts
    elif noun.dep_ == "dobj" and (noun.head.lemma_.lower() in _LAUNCH_VERBS
                                    or noun.head.lemma_.lower() in _OWN_ACT_VERBS
                                    and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)):
        # "its invasion" carried on by the clause's subject ("helped Moscow sustain its invasion of
        # X"); not "Poland condemned its invasion", where "its" is another's
        if noun.head.lemma_.lower() in _LAUNCH_VERBS and not told_as_fact(noun.head):
            return  # "may launch an offensive against X", "did not launch an attack on X"
        actors = [a for a in ctx.subjects(noun.head) if a[1].type in STATE_ACTORS]
        if noun.head.lemma_.lower() in _OWN_ACT_VERBS:
            # "its" read through a subject named outright; "allowed the group to continue its
            # attacks" leans on what "the group" stands for, once too often
            actors = [a for a in actors if a[0].pos_ == "PROPN"]
    else:
        return
    _pairwise(ctx, actors, "ADVERSARY_OF", targets, noun)


def _complement_holder(noun: Token, preps: tuple[str, ...]) -> Token:
    """The noun whose prepositions complete ``noun``: itself, or for the second of two joined
    nouns with none of its own ("a blockade or invasion of Taiwan by China") the first."""
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" \
            and not any(p.dep_ == "prep" and p.lower_ in preps + ("by",) for p in noun.children):
        return noun.head
    return noun


def _pobj_actors(ctx: Context, holder: Token, preps: tuple[str, ...]) -> list[tuple[Token, EntityRef]]:
    """The actors named after ``holder``'s prepositions ``preps``."""
    return [a for g in _prep_objects(holder, preps) for a in ctx.actors(g)]


# Words a side defends itself with: "helped Chad defend itself"
_REFLEXIVES = {"itself", "themselves", "himself", "herself"}


def helped_defend(ctx: Context, verb: Token) -> None:
    """ "France helped Chad defend itself", "the United States is bound by law to help Taiwan
    defend itself", "pledged to help Ukraine defend itself" → ALLY_OF between the helper and
    the one defended (not "refused to help X defend itself", "may help …")."""
    helper = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or helper.lemma_.lower() != "help" \
            or not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        return
    if not (told_as_fact(helper) or _help_owed(helper)):
        return
    defended = [a for c in verb.children if c.dep_ == "nsubj" for a in ctx.actors(c, STATE_ACTORS)]
    _pairwise(ctx, rivals.clause_sides(ctx, helper, STATE_ACTORS), "ALLY_OF", defended, helper)


def _help_owed(helper: Token) -> bool:
    """ "pledged to help X", "is bound by law to help X": help owed or promised, told as a fact."""
    owes = helper.head
    if helper.dep_ not in ("xcomp", "advcl") or owes.lemma_.lower() not in _OWING_VERBS:
        return False
    return told_as_fact(owes)


def fired_at(ctx: Context, verb: Token) -> None:
    """ "North Korea fired missiles toward Japan", "Hamas launched rockets into Israel",
    "Iran fired drones at Israeli cities" → ADVERSARY_OF (not "test-fired a missile into the
    sea": no side hit; not "may fire")."""
    weapons = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WEAPONS), None)
    if weapons is None or modifies_noun(verb) or not told_as_fact(verb):
        return
    preps = ("at", "toward", "towards", "into", "on", "against")
    targets = targets_of_tie(ctx, verb, preps) or targets_of_tie(ctx, weapons, preps)
    if not targets:  # "fired water cannon at a Philippine supply boat": the boat's state is hit
        targets = [a for holder in (verb, weapons) for g in _prep_objects(holder, preps) for a in forces_owner(ctx, g)]
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS] or _forces_of(ctx, verb)
    _pairwise(ctx, sides, "ADVERSARY_OF", [t for t in targets if t[1].type in STATE_ACTORS], verb)



# Land one state claims of another's: "Venezuela claims two-thirds of Guyana's territory".
_LANDS = {"territory", "land", "lands", "region", "province", "islands", "island", "waters", "coast", "coastline",
          "border", "soil", "enclave", "exclave", "peninsula"}
# What one claims that is no land: "claimed responsibility for the attack on Israel's territory"
_CLAIMED_DEEDS = {"responsibility", "credit", "victory", "win", "success", "asylum", "damages", "benefits"}


def claimed_land(ctx: Context, verb: Token) -> None:
    """ "Venezuela claims two-thirds of Guyana's territory", "China claims islands of the
    Philippines" → ADVERSARY_OF: a territorial claim on another state's land. Not when
    negated or hypothetical ("does not claim"), nor "claimed responsibility"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() in _CLAIMED_DEEDS or modifies_noun(verb) or not told_as_fact(verb):
        return
    owners = []
    for land in obj.subtree:
        if land.lower_ not in _LANDS or land.pos_ != "NOUN":
            continue
        owners += [a for c in land.children if c.dep_ == "poss" for a in ctx.actors(c, ("country",))]
        owners += [a for p in land.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, ("country",))]
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    _pairwise(ctx, sides, "ADVERSARY_OF", [o for o in owners if all(o[1].id != s[1].id for s in sides)], verb)


TRIGGER_WORDS = frozenset(_HOSTILE_NOUNS)


def recalled_envoy(ctx: Context, verb: Token) -> None:
    """ "Canada recalled its ambassador from India", "Niger withdrew its envoy to France" →
    ADVERSARY_OF the state the envoy leaves: a break in relations, as "cut ties with" is (the
    envoy its subject's own, "its"/"their"; told as a fact)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in STATE_ENVOYS or not told_as_fact(verb) \
            or not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children):
        return
    preps = [p for t in (verb, obj) for p in t.children if p.dep_ == "prep" and p.lower_ in ("from", "to", "in")]
    others = [a for p in preps for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, ("country",))]
    sides = [a for a in rivals.clause_sides(ctx, verb) if a[1].type == "country"]
    _pairwise(ctx, sides, "ADVERSARY_OF", others, verb)


# Verbs that put a side on a list of enemies: "designated Hamas a terrorist organization",
# "listed the IRGC as a terrorist entity".
_BRANDING_VERBS = {"designate", "list", "brand", "label", "declare", "blacklist", "classify"}


def branded_terrorist(ctx: Context, verb: Token) -> None:
    """ "The United States designated Hamas a terrorist organization", "Canada listed the IRGC
    as a terrorist entity" → ADVERSARY_OF between the one who lists and the one listed (as a
    fact: not "refused to designate", "may list")."""
    category = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
    category += [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    category = [c for c in category if any(m.dep_ in ("amod", "compound") and m.lower_ in ("terrorist", "terror")
                                           for m in c.children)]
    if not category or not told_as_fact(verb):
        return
    listed = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass") and c.i != category[0].i]
    others = [a for c in listed for a in ctx.actors(c, STATE_ACTORS + ("person",))]
    sides = [a for a in rivals.clause_sides(ctx, verb) if a[1].type in STATE_ACTORS]
    _pairwise(ctx, sides, "ADVERSARY_OF", others, verb)


def at_token(ctx: Context, tok: Token) -> None:
    """The hostile-act and siding rules that start at ``tok``."""
    pos, low, lemma = tok.pos_, tok.lower_, tok.lemma_.lower()
    if pos == "NOUN" and low in _HOSTILE_NOUNS:
        hostile_act(ctx, tok)
    if pos == "VERB" and lemma in ("fire", "launch", "lob"):
        fired_at(ctx, tok)
    if pos == "VERB" and lemma == "claim":
        claimed_land(ctx, tok)
    if pos == "VERB" and lemma == "defend":
        helped_defend(ctx, tok)
    if pos == "VERB" and (lemma in _HOSTILE_OR_HELPING_VERBS or lemma in _SIDING_VERBS):
        hostile_or_siding_verb(ctx, tok)
    if pos == "NOUN" and low in ("rival", "rivals", "adversary", "enemy") and tok.dep_ in ("compound", "amod"):
        owned_rival(ctx, tok)
    if pos == "VERB" and lemma in ("recall", "withdraw"):
        recalled_envoy(ctx, tok)
    if pos == "VERB" and lemma in _BRANDING_VERBS:
        branded_terrorist(ctx, tok)
