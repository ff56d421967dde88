"""ALLY_OF and ADVERSARY_OF: allies, backers, rivals, treaties, hostile acts, accusations and threats.

Ties said with a noun ("China's support for Russia", "sanctions on Iran", "tensions between
X and Y", soured relations) are ``ties``; hostile acts and siding verbs ("Russia invaded
Ukraine", "fired missiles toward Japan", "sided with Russia", "endorsed Cruz") are
``hostilities``; attacks in words and criticism are ``criticism``; praise and standing by
someone are ``support``; allies said with a noun that describes or names them ("Japan, a key
U.S. ally,", "a Cruz supporter", "among Ukraine's staunchest allies") are ``ally_nouns``; threats
and enemies described with a noun ("Chile is the main threat to Peru", "Russia, a U.S.
adversary,") are ``threats``. Both start from ``alliance_words`` here.

Five families of their own start from here too: ``quarrels`` (both sides of one quarrel,
critics, insults by name), ``contests`` (standings in a race: leads,
trails, victories over), ``truces`` (the sides of a ceasefire, peace talks, a prisoner swap or
a mediation), ``rivals`` (politicians in a contest: rivals,
running against, attacks in words, campaign support) and ``blocs`` (states in blocs and
alliances: membership, members listed, pacts, arms supplies, sides said of a pair). Whether a
tie is told as a fact is ``_facts.told_as_fact``."""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..model import Span
from ..speakers import PERSON_NOUNS, subject_of
from . import ally_nouns, attack_ads, backing, blocs, contests, criticism, hostilities, intents, joint_names, pressure, quarrels, reciprocals, rivals, support, threats, ties, truces
from ._context import SPEAKS_NOUNS, STATE_ACTORS, Context, asserted
from ._facts import modifies_noun, told_as_fact
from .ties import noun_owner
from .ties import pairwise as _pairwise

# Who sides with whom, said with a noun: "rivals Hamas and Fatah", "Ukraine's main allies, France and …".
_SIDE_NOUNS = {"ally": "ALLY_OF", "allies": "ALLY_OF", "backer": "ALLY_OF", "backers": "ALLY_OF",
               "partner": "ALLY_OF", "partners": "ALLY_OF", "rival": "ADVERSARY_OF", "rivals": "ADVERSARY_OF",
               "adversary": "ADVERSARY_OF", "adversaries": "ADVERSARY_OF", "enemy": "ADVERSARY_OF",
               "enemies": "ADVERSARY_OF", "foe": "ADVERSARY_OF", "foes": "ADVERSARY_OF"}
_TREATY_NOUNS = {"treaty", "alliance", "pact", "partnership"}
_ALLIANCE_NOUNS = {"alliance", "partnership", "pact"}


# verbs of acting together as one side: "joined forces", "teamed up", "partnered with"
_TEAM_VERBS = {"join", "team", "partner", "unite", "combine"}
_ALLIANCE_WORDS = ally_nouns.TRIGGER_WORDS | _ALLIANCE_NOUNS | {"members"} | threats.TRIGGER_WORDS
TRIGGER_WORDS = frozenset(_ALLIANCE_WORDS | set(_SIDE_NOUNS) | _TREATY_NOUNS
                          | ally_nouns.TRIGGER_WORDS | threats.TRIGGER_WORDS
                          | {"backed", "accused", "accuse", "accuses", "accusing", "between", "mate"}
                          | ties.TRIGGER_WORDS | hostilities.TRIGGER_WORDS | criticism.TRIGGER_WORDS
                          | support.TRIGGER_WORDS | quarrels.TRIGGER_WORDS
                          | rivals.TRIGGER_WORDS | blocs.TRIGGER_WORDS
                          | contests.TRIGGER_WORDS | truces.TRIGGER_WORDS
                          | reciprocals.TRIGGER_WORDS | pressure.TRIGGER_WORDS
                          | attack_ads.TRIGGER_WORDS | backing.TRIGGER_WORDS | intents.TRIGGER_WORDS
                          | joint_names.TRIGGER_WORDS)


def at_token(ctx: Context, tok: Token) -> None:
    """The alliance and adversary rules that start at ``tok``."""
    pos, low = tok.pos_, tok.lower_
    if low in _ALLIANCE_WORDS:
        alliance_words(ctx, tok)
    if pos == "NOUN" and low in _SIDE_NOUNS:
        side_list(ctx, tok)
    if pos == "NOUN" and (low in _TREATY_NOUNS or blocs.is_defence_agreement(tok)):
        treaty_with(ctx, tok)
    if pos == "VERB" and tok.lemma_.lower() in _TEAM_VERBS:
        joined_forces(ctx, tok)
    if pos == "VERB" and tok.lemma_.lower() == "join":
        joined_in(ctx, tok)
    if pos == "VERB" and tok.lemma_.lower() in ("back", "accuse"):
        backed_or_accused(ctx, tok, tok.lemma_.lower())
    if low == "mate" and tok.i > 0 and ctx.doc[tok.i - 1].lower_ == "running":
        running_mate(ctx, tok)
    ties.at_token(ctx, tok)
    hostilities.at_token(ctx, tok)
    support.at_token(ctx, tok)
    rivals.at_token(ctx, tok)
    criticism.at_token(ctx, tok)
    quarrels.at_token(ctx, tok)
    contests.at_token(ctx, tok)
    truces.at_token(ctx, tok)
    reciprocals.at_token(ctx, tok)
    pressure.at_token(ctx, tok)
    attack_ads.at_token(ctx, tok)
    backing.at_token(ctx, tok)
    intents.at_token(ctx, tok)
    blocs.at_token(ctx, tok)
    joint_names.at_token(ctx, tok)


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
    if not named and mate.dep_ == "attr" and verb.lemma_.lower() == "be" and verb.tag_ in ("VBZ", "VBD", "VBP"):
        # "X is Ridley's running mate": the copula's subject, a fact (``asserted`` above) said
        # by a finite verb ("talk of being Trump's running mate" is talk)
        named = [a for a in ctx.subjects(verb) if a[1].type == "person"]
    if not named and mate.dep_ == "pobj" and mate.head.lower_ == "as":
        # "X, whom he named as his running mate": the relative pronoun stands for X
        named = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(rivals.antecedent(c), ("person",))]
    poss = next((c for c in mate.children if c.dep_ == "poss"), None)
    if poss is None or not named:
        return
    if poss.pos_ == "PRON":
        if poss.lower_ not in ("his", "her"):
            return
        # "he" as a reader takes him: "X, whom he named as his running mate"
        owners = rivals.clause_sides(ctx, verb, ("person",))
    else:
        owners = ctx.actors(poss, people)
    owners = [a for a in owners if all(a[1].id != n[1].id for n in named)]
    _pairwise(ctx, owners[:1], "ALLY_OF", named, mate)


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


def joined_in(ctx: Context, verb: Token) -> None:
    """ "France joined Germany in condemning the strikes", "joining Britain and the United
    States in leading the effort" → ALLY_OF: one side takes up what the other does, with it
    (not "joined the army in 2005", no act shared; not "may join Y in …")."""
    shared = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
              for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if not shared or obj is None or modifies_noun(verb) or not told_as_fact(verb):
        return
    # "joined other Republicans in …" names fellow members of a party, not the party as an ally
    others = [(t, r) for t, r in ctx.actors(obj, STATE_ACTORS + ("person",))
              if not (t.tag_ == "NNPS" and t.lower_ not in r.name.lower())]
    sides = [a for a in rivals.clause_sides(ctx, verb) if all(a[1].id != o[1].id for o in others)]
    _pairwise(ctx, sides, "ALLY_OF", others, verb)


def side_list(ctx: Context, noun: Token) -> None:
    """ "rivals Hamas and Fatah" → pairwise ADVERSARY_OF; "Ukraine's main allies – France,
    Germany and Britain" → each ALLY_OF Ukraine; "Ukraine and its backers, led by the US"."""
    pred = _SIDE_NOUNS[noun.lower_]
    if noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        named = ctx.actors(noun.head)  # "longtime rivals Saudi Arabia and Iran"
    else:
        named = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c)]
    owner_tok = noun_owner(noun)
    owner = ctx.ent(owner_tok)
    if owner is not None and owner.type in STATE_ACTORS:
        leaders = _led_by(noun)
        if noun.dep_ == "conj":  # "Ukraine and its backers, led by …": the clause hangs on the first
            leaders += _led_by(noun.head, after=noun.i)
        for t in leaders:  # "its Western backers, led by the United States"
            named.extend(ctx.actors(t))
        for t, ref in named:
            ctx.add(ref, pred, owner, ctx.evidence(owner_tok, noun, t) if owner_tok.i < t.i
                     else ctx.evidence(t, owner_tok), 0.7)
    elif owner is not None and owner.type == "person" and owner_tok.i < noun.i and noun.lower_ == "allies":
        # "Hollis's allies, led by Majority Whip Dennis Park,": the one leading a person's camp is in it
        for t, ref in [a for g in _led_by(noun) for a in ctx.actors(g, ("person",))]:
            ctx.add(ref, pred, owner, ctx.evidence(owner_tok, noun, t), 0.65)
    elif owner_tok is None and len(named) >= 2 and not any(c.dep_ == "prep" for c in noun.children):
        for k, (ta, a) in enumerate(named):
            for tb, b in named[k + 1:]:
                ctx.add(a, pred, b, ctx.evidence(noun, ta, tb), 0.7)



def _led_by(noun: Token, after: int = -1) -> list[Token]:
    """The ones a "led by" clause on ``noun`` names ("its Western backers, led by the United
    States"), of the clauses after token ``after``."""
    return [g for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "lead" and c.i > after
            for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]

# Verbs of having or making a treaty, whose subject is its side: "Japan has a defense treaty with X"
_TREATY_VERBS = {"have", "sign", "hold", "maintain", "keep", "share", "conclude", "seal"}


def treaty_with(ctx: Context, noun: Token) -> None:
    """ "Japan has a defense treaty with Washington" → ALLY_OF."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if prep is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TREATY_VERBS:
        # "signed a defence agreement with Turkey": the parse may hang "with" on the verb
        prep = next((c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > noun.i), None)
    if prep is None:
        return
    partners = ctx.actors(next((g for g in prep.children if g.dep_ == "pobj"), None))
    owner_tok = noun_owner(noun)
    if owner_tok is not None:
        sides = ctx.actors(owner_tok)
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in _TREATY_VERBS:
        sides = [a for a in ctx.subjects(noun.head) if a[1].type in STATE_ACTORS]
    else:
        return
    _pairwise(ctx, sides, "ALLY_OF", partners, noun)


def backed_or_accused(ctx: Context, verb: Token, lemma: str) -> None:
    """ "Backed by Iran and Russia, Assad …" / "Russia backs Assad" → ALLY_OF; "Ukraine
    accused Russia of …" → ADVERSARY_OF (between states and organisations)."""
    # every "by" of the verb: "backed by a union and by a former leader" hangs two agents on it
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agent = agents[0] if agents else None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not told_as_fact(verb):
        return  # "Sanders will back Clinton", "refused to back X": no tie yet
    if lemma == "back":
        if agent is not None:  # passive: the subject is backed by the agent
            base = verb.head if verb.dep_ == "acl" else subject_of(verb)
            sides, others = ctx.actors(base, STATE_ACTORS + ("person",)), [a for g in agents for a in ctx.actors(g, STATE_ACTORS + ("person",))]
        elif obj is not None:
            sides, others = _who_backed(ctx, verb, rivals.clause_sides(ctx, verb)), rivals.object_sides(ctx, obj)
        else:
            return
        for ts, s in sides:
            for to, o in others:
                ctx.add(s, "ALLY_OF", o, ctx.evidence(*sorted((ts, verb, to), key=lambda t: t.i)), 0.7)
        if agent is None:
            hostilities.backed_against(ctx, verb, others)  # "X backed Y against Z"
        return
    if obj is None and agent is not None and not modifies_noun(verb) and \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        # "Ukraine has been accused by Mali of helping rebels": the agent accuses the subject
        # (states and bodies only: "accused by U.N. experts" is a finding, not a side)
        accusers = [a for a in ctx.actors(agent, STATE_ACTORS)]
        accused = [a for c in verb.children if c.dep_ == "nsubjpass" for a in ctx.actors(c, STATE_ACTORS)]
        _pairwise(ctx, accusers, "ADVERSARY_OF", accused, verb)
        return
    if obj is None or modifies_noun(verb):
        return
    if not criticism.charge_follows(verb, obj):
        return  # "accused of": someone else's charge
    for ts, s in rivals.clause_sides(ctx, verb, STATE_ACTORS):  # "Peru and its allies, led by Chile,": Chile too
        for to, o in ctx.actors(obj):
            ctx.add(s, "ADVERSARY_OF", o, ctx.evidence(*sorted((ts, verb, to), key=lambda t: t.i)), 0.65)


def _who_backed(ctx: Context, verb: Token, sides: list) -> list:
    """The backers of "…, who backed X": "who" stands for a person, so a firm inside a phrase
    the parse took for the antecedent ("X, the co-founder of Acme Capital who once backed Y")
    gives way to the person the apposition describes."""
    if verb.dep_ != "relcl" or verb.head.dep_ != "pobj" or \
            not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return sides  # (a name "who" follows at once is the antecedent, however the tagger typed it)
    people = [a for a in sides if a[1].type == "person"]
    if people or not sides:
        return people
    t = verb.head
    for _ in range(6):
        if t.dep_ == "appos" and (people := ctx.actors(t.head, ("person",))):
            return people
        if t.dep_ not in ("pobj", "prep", "compound", "conj", "appos"):
            break
        t = t.head
    return []


def alliance_words(ctx: Context, tok: Token) -> None:
    low = tok.lower_
    if low in _ALLIANCE_NOUNS or (low in ("allies",) and tok.dep_ != "compound"):
        # "the U.S.-Japan alliance", "the Japan - Australia alliance"
        window = ctx.doc[max(0, tok.i - 4):tok.i]
        for a, dash, b in zip(window, window[1:], window[2:]):
            if dash.text in ("-", "\u2013"):
                ra, rb = ctx.ent(a), ctx.ent(b)
                if ra and rb and ra.type == rb.type == "country":
                    ctx.add(ra, "ALLY_OF", rb, Span.of(ctx.text, a.idx, tok.idx + len(tok)), 0.8)
        for c in ctx.doc[max(0, tok.i - 2):tok.i]:
            if "-" in c.text:
                parts = [p for p in c.text.split("-") if p]
                refs = [ctx.named_country(p, c) for p in parts]
                if len(refs) == 2 and all(refs):
                    ctx.add(refs[0], "ALLY_OF", refs[1], Span.of(ctx.text, c.idx, tok.idx + len(tok)), 0.8)
    # the ally nouns here, after the hyphened alliance and before "the two allies": the first of two
    # equally sure readings of one relation is the one kept, so the rules keep their order
    ally_nouns.at_token(ctx, tok)
    if low in ("allies", "partners", "members") or low in _PAIR_ENEMIES:
        the_two(ctx, tok)
    # last: the threats and enemies described, after "the two rivals" (the order of the rules decides
    # which of two equally sure readings of one relation is kept)
    threats.at_token(ctx, tok)


# "the two rivals": the pair named just before, as enemies
_PAIR_ENEMIES = {"rivals", "adversaries", "foes", "enemies", "arch-rivals", "archrivals"}


def the_two(ctx: Context, noun: Token) -> None:
    """ "the two NATO allies" after "Denmark summoned the U.S. envoy": ALLY_OF between the
    two countries and MEMBER_OF the alliance for each, only when exactly two countries act
    in that sentence and the one before (places and topics do not count); "the two regional
    rivals" after "Tehran and Riyadh restored ties": ADVERSARY_OF between them."""
    two = next((c for c in noun.children if c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet")), None)
    if two is None or two.lower_ == "two" and not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return
    if any(c.dep_ in ("appos", "prep", "poss", "relcl") for c in noun.children) or noun.dep_ == "compound":
        return  # "the two allies, X and Y": named, read elsewhere
    if any(c.lower_ in ("former", "onetime", "one-time", "erstwhile", "ex") for c in noun.lefts):
        return  # "the two former allies": no longer
    if any(c.dep_ in ("compound", "nmod", "amod") and ctx.ent(c) is not None and ctx.ent(c).type == "country"
           for c in noun.lefts):
        return  # "both U.S. treaty allies": allies of the country named, read by ``ally_nouns.ally_noun``
    orgs = [c for c in noun.lefts if c.dep_ in ("compound", "nmod") and ctx.ent(c) is not None
            and ctx.ent(c).type == "organization"]
    if noun.lower_ == "members" and not orgs:
        return
    # "Tehran and Riyadh restored ties in a deal brokered by China, but … the two rivals": the
    # one pair of countries named together is the two, whoever else acts; else the two that act
    found = ctx.coordinated_pair(two.i)
    if len(found) != 2 and noun.lower_ not in _PAIR_ENEMIES:  # enmity only between a pair named as one
        found = _acting_countries(ctx, two.i)
    if len(found) != 2:
        return
    left = min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "punct")
    ev = Span.of(ctx.text, ctx.doc[left].idx, noun.idx + len(noun))
    a, b = (ctx.ent(t) for t in found.values())
    if a is None or b is None or a.id == b.id:
        return
    if noun.lower_ in _PAIR_ENEMIES:
        ctx.add(a, "ADVERSARY_OF", b, ev, 0.55)
        return
    if noun.lower_ != "members":
        ctx.add(a, "ALLY_OF", b, ev, 0.55)
    for org_tok in orgs[:1]:
        for country in (a, b):
            ctx.add(country, "MEMBER_OF", ctx.ent(org_tok), ev, 0.55)


# Nouns for people acting for a country ("the U.S. envoy", "Danish citizens").
_PERSONISH = PERSON_NOUNS | SPEAKS_NOUNS | frozenset("""official officials diplomat diplomats citizen citizens
government administration authorities forces troops officer officers""".split())


def _acting_countries(ctx: Context, before: int) -> dict[str, Token]:
    """Countries that act (as subject, object, owner, or beside a person: "the U.S.
    envoy", "Danish Foreign Minister") in the sentence up to token ``before`` and the one
    before it, by name, each with its latest mention. Places ("in Greenland") and topics
    ("Greenland influence reports") are left out."""
    sents = ctx.index.layout.sent_of
    found: dict[str, Token] = {}
    j = before - 1
    while j >= 0 and sents[j] >= sents[before] - 1:
        t = ctx.doc[j]
        j -= 1
        ref = ctx.index.at(t)
        if ref is not None:
            if ref.type != "country":
                continue
            name = ref.name
        elif t.text[:1].isupper() and (demonym := gazetteer.demonym_token(t)):
            name = gazetteer.country(demonym) or demonym
        else:
            continue
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head  # "France and Germany signed": each conjunct acts as the first does
        head = t.head
        while head.dep_ == "compound" and head.head.i != head.i and head.pos_ in ("PROPN", "NOUN") \
                and ctx.index.at(head) is None:
            head = head.head  # "Foreign Minister" → the name it titles
        beside_person = t.dep_ in ("compound", "amod", "nmod") and (
            head.lemma_.lower() in _PERSONISH or head.lower_ in _PERSONISH
            or (ctx.index.at(head) is not None and ctx.index.at(head).type == "person"))
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "poss") or beside_person or \
                t.dep_ == "pobj" and t.head.lower_ in ("between", "with", "by"):
            if name not in found:
                found[name] = ctx.doc[j + 1]
    return found
