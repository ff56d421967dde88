"""ADVERSARY_OF from quarrels news tells without one side acting on the other in a clause of
its own: both sides as the subject of one quarrel ("X and Y clashed", "X and Y traded barbs",
"X and Y kept up their feud", "X and Y are at odds"), the critics someone has ("Y, one of X's fiercest critics",
"X's critics include Y", "Y is among X's detractors", "a Trump critic, Y,"), and the names
one side calls the other ("X called Y a liar", "X branded the group a terrorist
organisation", "calling him 'the most ignorant president'").

Any two sides: persons, parties, governments and states quarrel in the same words. Negations,
plans and conditions stay out ("X and Y may clash", "X did not call Y a liar"), as do
quarrels of one side with itself."""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Token

from ..model import EntityRef
from ..speaker_words import subject_of
from ._context import STATE_ACTORS, Context, no_longer
from ._facts import modifies_noun, told_as_fact
from .participants import parties
from .rivals import clause_sides, name_before, object_sides, quarrel_pairs, whose_words

_SIDES = STATE_ACTORS + ("person",)

# Verbs of a quarrel whose sides are all in the subject: "X and Y clashed over taxes".
RECIPROCAL_VERBS = {"clash", "spar", "feud", "quarrel", "bicker", "tangle", "wrangle", "squabble", "brawl", "fight",
                    "battle", "collide", "butt",
                    "debate"}  # "X and Y debated taxes": its object is the topic, the two face each other
# Blows given both ways: "X and Y traded barbs", "the two exchanged insults".
_EXCHANGE_VERBS = {"trade", "exchange", "swap"}
_BLOWS = {"barbs", "insults", "jabs", "shots", "blows", "accusations", "attacks", "punches", "fire", "threats",
          "strikes", "recriminations", "broadsides", "salvos", "potshots", "swipes", "charges", "taunts", "volleys",
          "criticism", "accusation", "gunfire", "words"}
# A quarrel both sides keep: "X and Y kept up their feud", "the two renewed their rivalry".
_QUARREL_NOUNS = {"feud", "feuds", "rivalry", "battle", "battles", "fight", "fights", "spat", "spats", "quarrel",
                  "quarrels", "war", "dispute", "disputes", "standoff", "row", "clash", "clashes", "enmity",
                  "hostilities", "sparring", "squabble", "squabbling"}

# Nouns of those who stand against an owner: "X's critics", "a Trump detractor".
_CRITIC_NOUNS = {"critic", "critics", "detractor", "detractors", "opponent", "opponents", "foe", "foes", "enemy",
                 "enemies", "adversary", "adversaries", "nemesis", "archenemy", "arch-enemy"}

# Nouns of an enemy said with "of": "Iran, a sworn enemy of Israel", "X is a longtime rival of Y"
_ENEMY_NOUNS = {"enemy", "enemies", "adversary", "adversaries", "foe", "foes", "rival", "rivals", "nemesis",
                "archenemy", "arch-enemy", "archrival", "arch-rival", "archrivals",
                # "X, the Democratic challenger to Y", "X, a leading opponent of Y"
                "challenger", "challengers", "opponent", "opponents"}

# Verbs of calling someone something: "called Y a liar", "branded Y a threat", "labeled Y".
_NAMING_VERBS = {"call", "brand", "label", "dub", "deem", "describe", "denounce", "declare",
                 # "X cast Y as a fraud", "painted Y as a liar", "dismissed Y as a phony": "as" names too
                 "cast", "paint", "portray", "depict", "dismiss",
                 "refer"}  # "referred to Y as a fraud": the one named after "to"
_AS_NAMING = {"describe", "cast", "paint", "portray", "depict", "dismiss", "refer"}
# Names that make an enemy of the one so named: the common vocabulary of political and
# international insult, nouns and adjectives (news across outlets and years uses these same few).
_INSULTS = {"liar", "fraud", "crook", "bigot", "racist", "demagogue", "disgrace", "loser", "clown", "phony", "phoney",
            "hypocrite", "con", "joke", "bully", "coward", "idiot", "moron", "fool", "failure", "menace", "traitor",
            "puppet", "thug", "dictator", "tyrant", "criminal", "murderer", "butcher", "terrorist", "terrorists",
            "enemy", "enemies", "threat", "danger", "aggressor", "extremist", "fascist", "lightweight", "charlatan",
            "huckster", "buffoon", "psychopath", "lunatic", "nut", "embarrassment", "disaster", "sham", "misogynist",
            "sexist", "xenophobe", "hater", "warmonger", "occupier", "invader", "regime", "rogue",
            "dangerous", "unfit", "unqualified", "incompetent", "dishonest", "corrupt", "crooked", "crazy", "ignorant",
            "pathetic", "lying", "racist", "reckless", "hostile", "delusional", "unhinged", "stupid", "dumb", "weak",
            "disgraceful", "despicable", "deplorable", "irresponsible", "illegitimate", "evil", "hypocritical",
            "untrustworthy", "unstable", "incapable", "clueless", "nasty", "mean", "vile", "treasonous"}
# words around an insult that take it back or make it praise: "not a liar", "no threat", "the least dangerous"
_SOFTENERS = {"not", "no", "never", "least", "hardly", "anything", "nothing"}

# Proceedings one side brings against another: "the FBI's investigation into Clinton", "Starr's
# probe of the Clintons", "the impeachment of X", "an inquiry into X by the committee".
_PROCEEDINGS = {"investigation": ("into", "of"), "investigations": ("into", "of"), "probe": ("into", "of"),
                "probes": ("into", "of"), "inquiry": ("into", "of"), "impeachment": ("of",),
                "prosecution": ("of",), "indictment": ("of",)}
# verbs of running a proceeding: "the committee launched an investigation into X"
_RUN_VERBS = {"launch", "open", "lead", "conduct", "head", "order", "begin", "start", "run", "pursue", "expand",
              "oversee", "announce", "initiate", "reopen", "take"}

# Verbs of a proceeding against someone: "the FBI investigated Clinton", "prosecutors indicted X",
# "the committee subpoenaed X" ("charged X with fraud" only with "with": "charged $5" is none);
# a lawsuit too: "Texas and 25 other states sued the administration"
_PROCEEDING_VERBS = {"investigate", "probe", "prosecute", "indict", "subpoena", "charge", "sue"}

# Verbs of saying whose clause can call a named side a name: "X said Y was a disaster".
_SAYING_VERBS = {"say", "argue", "claim", "insist", "charge", "contend", "suggest", "write", "tweet", "declare",
                 "add", "complain", "assert", "maintain", "allege"}

TRIGGER_WORDS = frozenset(_INSULTS)  # verbs and nouns pass the sieve anyway; insults may be adjectives


def at_token(ctx: Context, tok: Token) -> None:
    """The quarrel rules that start at ``tok``."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    if tok.pos_ == "VERB" and not modifies_noun(tok):
        if lemma in RECIPROCAL_VERBS:
            clashed(ctx, tok)
        if lemma in _EXCHANGE_VERBS:
            traded_blows(ctx, tok)
        if lemma in _NAMING_VERBS:
            called_names(ctx, tok)
        if lemma in _PROCEEDING_VERBS:
            proceeding_verb(ctx, tok)
        if lemma in _SAYING_VERBS:
            said_names(ctx, tok)
        if any(c.dep_ == "dobj" and c.lower_ in _QUARREL_NOUNS for c in tok.children):
            their_quarrel(ctx, tok)
    if tok.pos_ == "NOUN" and low in _CRITIC_NOUNS:
        critics_of_owner(ctx, tok)
    if tok.pos_ == "NOUN" and low in _PROCEEDINGS:
        proceeding(ctx, tok)
    if low in _ENEMY_NOUNS and tok.pos_ in ("NOUN", "PROPN"):
        enemy_of(ctx, tok)
    if low in _INSULTS or lemma in _INSULTS:
        quoted_insult(ctx, tok)
    if low in _AT_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "at":
        at_odds(ctx, tok)


# "at odds with", "at war with", "at loggerheads with": a standing quarrel said with "at"
_AT_NOUNS = {"odds", "war", "loggerheads"}


def at_odds(ctx: Context, noun: Token) -> None:
    """ "X and Y have been at odds over water for decades", "X is at odds with Y", "the two
    countries remain at odds", "Peru has been at war with Chile", "X and Y are at loggerheads"."""
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or not told_as_fact(verb):
        return
    if no_longer(verb):
        return  # "are no longer at odds": made up
    withs = [a for p in [*noun.children, *noun.head.children, *verb.children] if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]
    if withs:
        quarrel_pairs(ctx, clause_sides(ctx, verb)[:1], withs, verb, noun, conf=0.6)
    else:
        sides = _both_sides(ctx, verb)
        subj = subject_of(verb)
        if not sides and subj is not None:
            sides = [a for a in parties(ctx, subj) if a[1].type in _SIDES]  # "the two countries"
        quarrel_every_pair(ctx, sides, verb, noun)


def quarrel_every_pair(ctx: Context, sides: list[tuple[Token, EntityRef]], *toks: Token, conf: float = 0.6) -> None:
    """ADVERSARY_OF between every two of ``sides``."""
    for a, b in combinations(sides, 2):
        quarrel_pairs(ctx, [a], [b], *toks, conf=conf)


def _both_sides(ctx: Context, verb: Token) -> list[tuple[Token, EntityRef]]:
    """The actors of a coordinated subject, two or more ("X and Y", "X, Y and Z")."""
    sides = [a for a in ctx.subjects(verb) if a[1].type in _SIDES]
    return sides if len(sides) >= 2 else []


def _duration(prep: Token) -> bool:
    """ "for years", "for two decades", "for much of the campaign": how long, not what for."""
    if prep.lower_ != "for":
        return False
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in _TIME_SPANS)


# Nouns of a stretch of time: "feuded for months"
_TIME_SPANS = {"year", "month", "week", "day", "decade", "hour", "while", "time", "generation", "century"}


def clashed(ctx: Context, verb: Token) -> None:
    """ "X and Y clashed over taxes", "X and Y have feuded for years", "X and Y debated taxes"
    (the "with" form, "X clashed with Y", is read by ``rivals``). "X and Y fought" is a war as often as a quarrel,
    and either makes adversaries; "fought together"/"side by side" makes none."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "alongside", "for", "beside", "against") and not _duration(c)
           for c in verb.children):
        return  # "fought with Y" may be beside Y; "fought for Z"/"against Z" names the cause, not the sides
    if any(c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
           for c in verb.children):
        return  # "X and Y fought for years to pass the bill": side by side, for a purpose
    debate = verb.lemma_.lower() == "debate"
    if not debate and any(c.dep_ == "dobj" and c.lower_ not in _QUARREL_NOUNS for c in verb.children):
        return  # "X and Y fought the tax", "battled the pandemic": a common target, not each other
    if any(c.lower_ in ("together", "side", "jointly") for c in verb.subtree if c.head.i == verb.i or c.head.head.i == verb.i):
        return
    sides = _both_sides(ctx, verb)
    if debate and (any(a[1].type != "person" for a in sides)
                   or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)):
        return  # "the House and Senate debated the bill" weigh a matter; "debated whether to run" is a choice
    if sides and told_as_fact(verb):
        quarrel_every_pair(ctx, sides, verb)


def traded_blows(ctx: Context, verb: Token) -> None:
    """ "X and Y traded barbs", "the candidates exchanged insults", "Israel and Iran exchanged
    fire"; "X traded barbs with Y" (one side in a "with" phrase)."""
    blows = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _BLOWS), None)
    if blows is None or not told_as_fact(verb):
        return
    if blows.lower_ == "words" and not any(c.lower_ in ("angry", "harsh", "sharp", "heated", "bitter", "tough")
                                           for c in blows.children):
        return  # "exchanged a few words" is a talk; "exchanged angry words" a quarrel
    withs = [a for p in [*verb.children, *blows.children] if p.dep_ == "prep" and p.lower_ == "with"
             for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]
    if withs:
        quarrel_pairs(ctx, clause_sides(ctx, verb)[:1], withs, verb, conf=0.6)
    else:
        quarrel_every_pair(ctx, _both_sides(ctx, verb), verb, blows)


def their_quarrel(ctx: Context, verb: Token) -> None:
    """ "X and Y kept up their feud", "Trump and Cruz maintained their battle", "the two
    countries renewed their rivalry": a quarrel the coordinated subject shares ("their")."""
    noun = next(c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _QUARREL_NOUNS)
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        return
    if verb.lemma_.lower() in ("end", "settle", "resolve", "bury", "drop", "abandon", "halt", "stop", "win", "lose"):
        return  # "ended their feud": made peace; "won their battle": a fight they shared
    if any(c.dep_ == "prep" and c.lower_ in ("against", "on", "with") for c in noun.children):
        return  # "their fight against Z", "their war on drugs": both on one side, against another
    sides = _both_sides(ctx, verb)
    if sides and told_as_fact(verb) and told_as_fact(noun, steps=1):
        quarrel_every_pair(ctx, sides, verb, noun)


def _critic_holders(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """Who the critics are: "Y, a critic of" (the name the noun describes), "Y, one of X's
    critics", "Y is among X's critics", "counted Y among X's critics", "X's critics include
    Y", "X's critics, including Y", "critics such as Y"."""
    found = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c, _SIDES)]
    for p in noun.children:  # "X's critics, including Y", "critics such as Y"
        if p.dep_ == "prep" and p.lower_ in ("including", "like", "as"):
            found += [a for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]
    if found:
        return found
    top = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "some", "two", "many"):
        top = noun.head.head  # "Y, one of X's critics": "one" stands in for the noun
    while top.dep_ == "conj" and top.head.pos_ == "NOUN" and top.head.dep_ in ("appos", "attr", "conj"):
        top = top.head  # "Y, a consultant and longtime Trump critic,": the first noun describes Y
    if top.dep_ in ("appos", "attr"):
        return [a for t in ctx.described_by(top) for a in ctx.actors(t, _SIDES)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "among":
        verb = noun.head.head  # "Y is among X's critics", "count Y among X's detractors"
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:  # (the tagger takes a sentence-initial "Count" for a noun as often)
            return ctx.actors(obj, _SIDES)
        if verb.pos_ in ("VERB", "AUX"):
            return ctx.subjects(verb)
        return ctx.actors(verb, _SIDES)  # "Calderon, among Trump's detractors, said"
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "include":  # "X's critics include Y"
        return [a for c in noun.head.children if c.dep_ == "dobj" for a in ctx.actors(c, _SIDES)]
    return []


def critics_of_owner(ctx: Context, noun: Token) -> None:
    """ "Y, one of X's fiercest critics,", "X's critics include Y", "Y is among X's
    detractors", "a longtime Trump critic, Y," → ADVERSARY_OF between X and Y. The owner is
    named (a possessive or a name before the noun); "his critics" leaves the owner to a guess
    and stays out. ("a critic of X" is read by ``rivals``.)"""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.pos_ == "PROPN":
        owners = ctx.actors(poss, _SIDES)
    elif poss is None:
        owners = name_before(ctx, noun) or [(c, r) for c in noun.lefts if c.dep_ in ("compound", "nmod")
                                              and c.pos_ == "PROPN" for r in [ctx.ent(c)]
                                              if r is not None and r.type in STATE_ACTORS]
    else:
        return
    if not owners or not told_as_fact(noun, steps=3):
        return
    holders = [h for h in _critic_holders(ctx, noun) if all(h[1].id != o[1].id for o in owners)]
    quarrel_pairs(ctx, owners[:1], holders, noun, conf=0.55)


def _insulting(tok: Token) -> bool:
    """An insult a reader takes as enmity: "a liar", "dangerous", "a dangerous man", "the
    most ignorant president", "a con artist"; not "not a liar", "the least dangerous"."""
    words = [tok, *[c for c in tok.children if c.dep_ in ("amod", "compound", "advmod", "acomp")]]
    if any(c.lower_ in _SOFTENERS for c in tok.subtree):
        return False
    if tok.lemma_.lower() == "sponsor":  # "a state sponsor of terrorism"; "the sponsor of the bill" is none
        return any(t.lower_ in _TERROR for t in tok.subtree)
    return any(w.lower_ in _INSULTS or w.lemma_.lower() in _INSULTS for w in words)


_TERROR = {"terror", "terrorism", "terrorists", "terrorist"}


def called_names(ctx: Context, verb: Token) -> None:
    """ "X called Y a liar", "X branded Y a terrorist organisation", "X called Y dangerous",
    "calling him 'the most ignorant president in our history'" → ADVERSARY_OF."""
    lemma = verb.lemma_.lower()
    if lemma in _AS_NAMING:  # "described Y as dangerous", "painted Y as a liar"
        names = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                 if g.dep_ in ("pobj", "amod", "acomp")]
    else:
        names = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and c.i > verb.i]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma == "refer":  # "referred to Y as a fraud" ("as" may hang on Y)
        to = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        obj = to[0] if to else None
        names += [g for t in to for p in t.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                  if g.dep_ in ("pobj", "amod", "acomp")]
    dative = next((c for c in verb.children if c.dep_ == "dative"), None)
    if dative is not None and obj is not None:  # "branded the PKK a terrorist group": parsed as giving
        obj, names = dative, [obj]
    if obj is None and names and names[0].dep_ in ("ccomp", "xcomp"):
        # "called him dangerous" parsed as a small clause: its subject is the one named
        obj = next((c for c in names[0].children if c.dep_ == "nsubj"), None)
    insults = [n for n in names if not n.is_punct and _insulting(n)]
    if obj is not None and not insults:
        # "called Trump's remarks dangerous", "called Baker's plan “a disgrace”": the parse hangs
        # the name on the noun, as a modifier or (quoted) as an apposition
        insults = [c for c in obj.children if c.dep_ in ("amod", "appos") and c.i > obj.i and _insulting(c)]
    if obj is None or not insults or not told_as_fact(verb):
        return
    if any(c.dep_ == "prt" for c in verb.children):
        return  # "called off", "called up": no naming
    others = object_sides(ctx, obj, _SIDES) or whose_words(ctx, obj, _SIDES)
    quarrel_pairs(ctx, clause_sides(ctx, verb)[:1], others, verb, insults[0], conf=0.55)


def proceeding(ctx: Context, noun: Token) -> None:
    """ "the FBI's investigation into Clinton", "Starr's investigation of the Clintons", "the
    committee launched a probe into X's foundation", "an inquiry into X by the Senate", "the
    impeachment of X by the House" → ADVERSARY_OF between the one who brings it and the person
    it is into (or whose things it is into). Who brings it must be named: "an investigation
    into X" alone, "calls for an investigation", "a possible probe" stay out."""
    preps = _PROCEEDINGS[noun.lower_]
    pobjs = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]
    # into a person or a body ("into the Clinton Foundation"); an inquiry into a state (a U.N.
    # investigation of Syria) is a body's work on a country's conduct, not a feud with it
    targets = [a for g in pobjs for a in ctx.actors(g, ("person", "organization"))]
    if not targets:  # "into Clinton's email server": into its owner
        targets = [a for g in pobjs for c in g.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                   for a in ctx.actors(c, ("person",))]
    if not targets or not told_as_fact(noun, steps=2):
        return
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    owners = ctx.actors(poss, _SIDES) if poss is not None and poss.pos_ == "PROPN" else []
    if not owners:  # "the FBI investigation", "a House probe"
        owners = [a for c in noun.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                  for a in ctx.actors(c, _SIDES)]
    if not owners:  # "an inquiry into X by the Senate"
        owners = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]
    if not owners and noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be":
        # "an investigation of X is underway by the FBI": the "by" the parse hangs on the verb
        owners = [a for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]
    if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RUN_VERBS and told_as_fact(noun.head):
        owners = clause_sides(ctx, noun.head)  # "the committee launched an investigation into X"
    owners = [o for o in owners if all(o[1].id != t[1].id for t in targets)]
    quarrel_pairs(ctx, owners[:1], targets, noun, conf=0.5)


def enemy_of(ctx: Context, noun: Token) -> None:
    """ "Iran is a sworn enemy of Israel", "X, a longtime rival of Y,", "X is one of Y's
    fiercest foes"-like forms said with "of" → ADVERSARY_OF between the one described and the
    one named after "of" (persons, bodies or states alike)."""
    preps = ("of", "to") if noun.lower_.startswith(("rival", "archrival", "arch-rival", "challenger")) else ("of",)
    targets = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in preps
               for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, _SIDES)]
    top = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("one", "some", "two"):
        top = noun.head.head
    emerged = top.dep_ == "pobj" and top.head.lower_ == "as" and top.head.head.pos_ == "VERB" \
        and top.head.head.lemma_.lower() in ("emerge", "become", "remain", "serve", "stand")
    if not targets or (top.dep_ not in ("attr", "appos") and not emerged) or not told_as_fact(top, steps=2):
        return
    if emerged:  # "Cruz has emerged as a serious rival to Trump": the subject of "emerged"
        holders = [a for a in ctx.subjects(top.head.head) if a[1].type in _SIDES]
    else:
        holders = [a for t in ctx.described_by(top) for a in ctx.actors(t, _SIDES)]
    holders = [h for h in holders if all(h[1].id != t[1].id for t in targets)]
    quarrel_pairs(ctx, holders[:1], targets, noun, conf=0.6)


def proceeding_verb(ctx: Context, verb: Token) -> None:
    """ "The FBI investigated Clinton", "the committee is probing X's foundation", "X was
    indicted by the grand jury", "prosecutors charged X with fraud" (the prosecutors named) →
    ADVERSARY_OF between the one who brings the proceeding and the person or body it is
    against; both named. Not "may investigate", "refused to indict"."""
    if not told_as_fact(verb):
        return
    if verb.lemma_.lower() == "charge" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return
    agent = [a for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
             for a in ctx.actors(g, _SIDES)]
    if agent:  # "X was investigated by the FBI"
        owners = agent
        targets = [a for a in ctx.subjects(verb) if a[1].type in ("person", "organization")]
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return
        targets = ctx.actors(obj, ("person", "organization")) if obj.pos_ == "PROPN" else []
        if not targets:  # "probing Tom Baker's foundation": into its owner
            targets = [a for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                       for a in ctx.actors(c, ("person",))]
        owners = clause_sides(ctx, verb)
    owners = [o for o in owners if all(o[1].id != t[1].id for t in targets)]
    quarrel_pairs(ctx, owners[:1], targets, verb, conf=0.5)


def said_names(ctx: Context, verb: Token) -> None:
    """ "X said Y was a disaster as secretary of state", "X argued that Y is unfit to serve",
    "'Y is a liar,' X said", "'She is a liar,' X said of Y" → ADVERSARY_OF between the speaker
    and the one named, as "X called Y a liar" ("Y would be a disaster" too: a prediction about Y
    attacks Y); the one named is a name, not a pronoun (whose
    reading the insult would hang on) unless "of Y" names who the words are about, and "Y was not a liar", "Y may be dangerous", "if Y is unfit" stay out."""
    if not told_as_fact(verb):
        return
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("AUX", "VERB")):
        # ("Y would be a disaster": a prediction about Y is an attack on Y all the same)
        if clause.lemma_.lower() != "be" or not told_as_fact(clause, steps=1, predictions=True):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        names = [c for c in clause.children if c.dep_ in ("attr", "acomp") and c.i > clause.i]
        if subj is None or not any(_insulting(n) for n in names):
            continue
        if subj.pos_ == "PROPN":
            others = ctx.actors(subj, _SIDES)
        elif subj.lower_ in ("he", "she"):
            # "'She is a liar,' X said of Y": the one the words are said of is named after "of"
            others = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, ("person",))]
        else:
            continue
        sides = [s for s in clause_sides(ctx, verb) if all(s[1].id != o[1].id for o in others)]
        quarrel_pairs(ctx, sides[:1], others, verb, clause, conf=0.5)


def quoted_insult(ctx: Context, word: Token) -> None:
    """In a speaker's own quoted words, an insult said of a named person: "'Crooked Hillary
    will never be president,' Trump said", "'Cruz is a liar. Cruz is dangerous,' Trump said"
    → ADVERSARY_OF between the speaker and the one insulted. The insult modifies the name or
    is said of it with "be"; "X is not a liar", "if X is unfit" stay out."""
    speaker = ctx.words_of(word)
    if speaker is None or speaker.type != "person":
        return
    if word.dep_ in ("amod", "compound") and word.head.pos_ == "PROPN" and word.i < word.head.i:
        named, verb = word.head, None
    elif word.dep_ in ("attr", "acomp") and word.head.lemma_.lower() == "be":
        verb = word.head
        named = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    else:
        return
    if named is None or named.pos_ != "PROPN" or not _insulting(word):
        return
    if verb is not None and not told_as_fact(verb, steps=1, predictions=True):
        return
    targets = [a for a in ctx.actors(named, ("person",)) if a[1].id != speaker.id]
    if targets:
        ctx.add(speaker, "ADVERSARY_OF", targets[0][1], ctx.evidence(*sorted((word, named), key=lambda t: t.i)), 0.5)

