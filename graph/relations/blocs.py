"""States in blocs and alliances, the forms ``memberships`` does not read: membership said
with a noun ("Britain's membership of the EU", "Sweden's NATO membership"), members listed
after the bloc's name ("NATO members Poland and Estonia", "EU member states such as Spain"),
allies listed by example ("U.S. allies such as Japan and South Korea"), and the close tie
said of a relationship ("the special relationship between Britain and the United States").
A bid, a wish or a plan is no membership ("Ukraine's bid for NATO membership")."""

from __future__ import annotations

from spacy.tokens import Token

from ._context import STATE_ACTORS, Context
from ._facts import modifies_noun, told_as_fact
from .ties import NOT_ALLIED_PARTNERS, noun_owner, relationship_sides

# Adjectives that make a relationship an alliance: "the special relationship", "close ties".
_CLOSE = {"special", "close", "closer", "closest", "strategic", "warm", "warmer", "friendly", "strong", "stronger",
          "unbreakable", "unshakable", "unshakeable", "deep", "deeper", "privileged", "fraternal"}
_RELATIONSHIP = {"relationship", "relations", "partnership", "friendship"}
_MEMBER_HEADS = {"state", "states", "country", "countries", "nation", "nations", "government", "governments"}

# Pacts that make allies of those who sign them (not a trade or peace deal): "Peru and Chile
# signed a defence pact".
_PACT_NOUNS = {"alliance", "pact", "partnership", "treaty"}
_NOT_ALLIED_PACTS = {"trade", "free-trade", "economic", "peace", "ceasefire", "cease-fire", "arms", "nuclear",
                     "investment", "tax", "extradition", "fishing", "border", "climate", "business", "commercial"}
_PACT_VERBS = {"sign", "forge", "form", "seal", "conclude", "strike", "have", "share", "build", "renew",
               "deepen", "strengthen", "cement", "upgrade"}  # "deepening a strategic partnership"
# An agreement, accord or deal makes allies only when it is of a defence kind: "signed a defence
# cooperation agreement"; a trade deal, a nuclear deal or a peace accord does not.
AGREEMENT_NOUNS = {"agreement", "agreements", "accord", "accords", "deal"}
_DEFENCE_KINDS = {"military", "defense", "defence", "security"}
# Ties said between two sides: "defence cooperation between Peru and Chile".
_BETWEEN_TIES = {"cooperation", "partnership", "alliance", "friendship", "solidarity"}
# "military cooperation"; "economic cooperation" is business
_ALLIED_KINDS = {"military", "defense", "defence", "security", "strategic", "intelligence", "nuclear"}
# Verbs of giving arms, and what is given: "Peru sent weapons to Chile", "supplied Chile with tanks".
_ARMING_VERBS = {"send", "supply", "provide", "deliver", "give", "ship", "sell", "transfer", "furnish"}
# Verbs of getting arms from a supplier: "Armenia bought artillery from France".
_BUYING_VERBS = {"buy", "purchase", "acquire", "order", "receive", "obtain", "import"}
_ARMS = {"weapons", "arms", "missiles", "tanks", "jets", "ammunition", "munitions", "drones", "artillery",
         "rockets", "howitzers", "interceptors", "warplanes", "fighters", "weaponry", "shells", "bombs"}
# Nouns that say what two named sides are to each other: "Peru and Chile are close allies".
_PAIR_NOUNS = {"allies": "ALLY_OF", "rivals": "ADVERSARY_OF", "enemies": "ADVERSARY_OF", "foes": "ADVERSARY_OF",
               "adversaries": "ADVERSARY_OF", "arch-rivals": "ADVERSARY_OF", "archrivals": "ADVERSARY_OF",
               # "China and Pakistan are ironclad friends", "Peru and Chile are strategic partners":
               # between states only (two persons' friendship is private, their partnership a firm's)
               "friends": "ALLY_OF", "partners": "ALLY_OF"}
_STATE_ONLY_PAIRS = {"friends", "partners"}
# Sales and deliveries of arms to a side: "U.S. arms sales to Taiwan", "Russia's weapons
# deliveries to Syria" make the seller an ally of the buyer, as ``arming`` does for the verb.
_SALE_NOUNS = {"sale", "sales", "delivery", "deliveries", "shipment", "shipments", "transfer", "transfers"}
# Verbs whose subject makes the sales it has: "Washington approved arms sales to Taiwan" (not
# "China opposes arms sales to Taiwan": someone else's)
_SELLING_VERBS = {"approve", "announce", "make", "resume", "continue", "authorize", "authorise", "clear",
                  "increase", "expand", "step", "boost", "complete"}
# "the Iran-backed Houthis", "Russian-backed separatists": the backer before the hyphen
_BACKED = {"backed", "supported", "allied", "aligned", "armed", "sponsored"}
# Side nouns whose members a clause lists with "include": "Chile's backers include Peru and Canada".
_INCLUDED = {"allies": "ALLY_OF", "backers": "ALLY_OF", "supporters": "ALLY_OF", "rivals": "ADVERSARY_OF",
             "enemies": "ADVERSARY_OF", "adversaries": "ADVERSARY_OF", "opponents": "ADVERSARY_OF"}

TRIGGER_WORDS = frozenset({"membership", "member", "members", "allies", "partners", "war", "wars"} | _RELATIONSHIP
                          | _SALE_NOUNS
                          | _PACT_NOUNS | _BETWEEN_TIES | _ARMS | set(_INCLUDED) | set(_PAIR_NOUNS) | _BACKED)


def at_token(ctx: Context, tok: Token) -> None:
    """The bloc rules that start at ``tok``."""
    low = tok.lower_
    if low == "membership" and tok.pos_ == "NOUN":
        membership(ctx, tok)
    if low in ("member", "members") and tok.pos_ in ("NOUN", "PROPN"):
        members_listed(ctx, tok)
    if low == "allies" and tok.pos_ == "NOUN":  # "EU partners such as Norway": trade, not allies
        allies_such_as(ctx, tok)
    if low in _RELATIONSHIP and tok.pos_ == "NOUN":
        close_relationship(ctx, tok)
    if (low in _PACT_NOUNS or is_defence_agreement(tok)) and tok.pos_ == "NOUN":
        signed_pact(ctx, tok)
    if low in _BETWEEN_TIES and tok.pos_ == "NOUN":
        tie_between(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _ARMING_VERBS:
        arming(ctx, tok)
    if tok.pos_ == "VERB" and tok.lemma_.lower() in _BUYING_VERBS:
        bought_arms(ctx, tok)
    if tok.pos_ == "NOUN" and low in _JOINT_ACTS:
        joint_exercises(ctx, tok)
    if low in _PAIR_NOUNS and tok.dep_ == "attr":
        are_a_pair(ctx, tok)
    if low in _SALE_NOUNS and tok.pos_ == "NOUN":
        arms_sales(ctx, tok)
    if low in _BACKED and tok.i >= 2 and ctx.doc[tok.i - 1].text in ("-", "\u2010", "\u2011"):
        backed_by_hyphen(ctx, tok)
    if low in ("war", "wars") and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "fight":
        fought_a_war(ctx, tok)
    if low in _INCLUDED and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "include":
        sides_include(ctx, tok)


def _bloc(ctx: Context, tok: Token | None):
    ref = ctx.ent(tok)
    return ref if ref is not None and ref.type == "organization" else None


def _examples(ctx: Context, noun: Token, types: tuple[str, ...]) -> list:
    """The actors a noun lists by example: "states such as X and Y", "allies, including X"."""
    return [a for p in noun.children if p.dep_ == "prep" and (p.lower_ == "including" or p.lower_ == "as" and any(
            c.lower_ == "such" for c in [*noun.children, *p.children]))
            for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, types)]


def membership(ctx: Context, noun: Token) -> None:
    """ "Britain's membership of the European Union", "Sweden's NATO membership",
    "Turkey's membership in NATO" → MEMBER_OF; not "a bid for membership", "future membership"."""
    if not told_as_fact(noun, steps=3):
        return
    blocs = [(g, _bloc(ctx, g)) for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
             for g in p.children if g.dep_ == "pobj"]
    blocs += [(c, _bloc(ctx, c)) for c in noun.lefts if c.dep_ in ("compound", "nmod")]
    blocs = [(t, b) for t, b in blocs if b is not None]
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    members = ctx.actors(poss, ("country",)) if poss is not None else []
    if not members:  # "British membership of the EU"
        members = [(c, r) for c in noun.lefts if c.dep_ == "amod" for r in [ctx.ent(c)]
                   if r is not None and r.type == "country"]
    for tm, m in members:
        for tb, b in blocs[:1]:
            ctx.add(m, "MEMBER_OF", b, ctx.evidence(*sorted((tm, noun, tb), key=lambda t: t.i)), 0.7)


def members_listed(ctx: Context, tok: Token) -> None:
    """ "NATO members Poland and Estonia", "fellow EU member Hungary", "EU member states such as
    Spain and Portugal", "NATO member states, including Poland", "NATO's eastern members, notably
    Poland and Estonia"."""
    noun = tok
    if tok.dep_ == "compound" and tok.head.lower_ in _MEMBER_HEADS:
        noun = tok.head  # "member states"
    # the bloc before the noun, or its owner: "NATO's easternmost members, particularly Poland"
    bloc_tok = next((c for c in [*tok.lefts, *(noun.lefts if noun.i != tok.i else [])]
                     if c.dep_ in ("compound", "nmod", "amod", "poss") and _bloc(ctx, c) is not None), None)
    if bloc_tok is None:
        return
    bloc = _bloc(ctx, bloc_tok)
    named = [a for c in noun.children if c.dep_ == "appos" for a in ctx.actors(c, ("country",))]
    named += _examples(ctx, noun, ("country",))
    if not named and noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
        named = ctx.actors(noun.head, ("country",))  # "NATO member Poland"
    if not named and noun.i != tok.i and noun.dep_ in ("appos", "attr"):
        # "Spain and Portugal, both EU member states,"; "member" alone: ``memberships``
        named = [a for t in ctx.described_by(noun) for a in ctx.actors(t, ("country",))]
        if noun.dep_ == "attr" and not told_as_fact(noun.head):
            return
    for tn, n in named:
        ctx.add(n, "MEMBER_OF", bloc, ctx.evidence(*sorted({bloc_tok, tn, noun}, key=lambda t: t.i)), 0.7)


def allies_such_as(ctx: Context, noun: Token) -> None:
    """ "U.S. allies such as Japan and South Korea", "America's allies, including Britain",
    "the United States and allies such as Japan" → each ALLY_OF the owner."""
    named = _examples(ctx, noun, STATE_ACTORS)
    if not named or any(c.lower_ in ("trading", "trade", "business", "commercial", "economic") for c in noun.lefts):
        return
    owners = ctx.actors(noun_owner(noun)) if noun_owner(noun) is not None else []
    if not owners:
        owners = [(c, r) for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod") for r in [ctx.ent(c)]
                  if r is not None and r.type in STATE_ACTORS]
    if not owners and noun.dep_ == "conj" and not any(c.dep_ == "poss" for c in noun.children):
        owners = [(noun.head, r) for r in [ctx.ent(noun.head)] if r is not None and r.type in STATE_ACTORS]
    if not told_as_fact(noun, steps=2):
        return
    for to, o in owners[:1]:
        for tn, n in named:
            if n.id != o.id:
                ctx.add(n, "ALLY_OF", o, ctx.evidence(*sorted((to, noun, tn), key=lambda t: t.i)), 0.65)


def close_relationship(ctx: Context, noun: Token) -> None:
    """ "the special relationship between Britain and the United States", "Britain's special
    relationship with America", "Japan's close relations with Washington" → ALLY_OF."""
    if not any(c.dep_ == "amod" and c.lower_ in _CLOSE for c in noun.children) or not told_as_fact(noun, steps=2):
        return
    sides = relationship_sides(ctx, noun)
    if sides:
        (ta, a), (tb, b) = sides
        ctx.add(a, "ALLY_OF", b, ctx.evidence(*sorted((ta, noun, tb), key=lambda t: t.i)), 0.65)


def is_defence_agreement(noun: Token) -> bool:
    """ "a defence cooperation agreement", "a military agreement", "security accords": an
    agreement whose modifiers (at any depth before it) name a defence kind."""
    if noun.lower_ not in AGREEMENT_NOUNS:
        return False
    mods = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    return any(t.lower_ in _DEFENCE_KINDS for t in mods) and not any(t.lower_ in _NOT_ALLIED_PACTS for t in mods)


def signed_pact(ctx: Context, noun: Token) -> None:
    """ "Peru and Chile signed a defence pact", "the two formed an alliance in 1949" (the
    signers named as coordinated subjects); not a trade or peace deal, not a plan."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _PACT_VERBS:
        return
    if any(c.lower_ in _NOT_ALLIED_PACTS for c in noun.lefts) or any(
            c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return  # "a trade pact"; "a pact with X" is read by ``alliances.treaty_with``
    verb = noun.head
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    if len(sides) < 2 or not told_as_fact(verb):
        return
    for k, (ta, a) in enumerate(sides):
        ctx.add_pairs("ALLY_OF", [(ta, a)], sides[k + 1:], noun, conf=0.7)


def tie_between(ctx: Context, noun: Token) -> None:
    """ "defence cooperation between Peru and Chile", "the alliance between Japan and the
    United States" → ALLY_OF; cooperation only of a military or security kind."""
    if noun.lower_ == "cooperation" and not any(c.lower_ in _ALLIED_KINDS for c in noun.lefts):
        return
    if any(c.lower_ in _NOT_ALLIED_PACTS for c in noun.lefts) or not told_as_fact(noun, steps=2):
        return
    sides = [a for p in noun.children if p.dep_ == "prep" and p.lower_ == "between"
             for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if len(sides) == 2:
        ctx.add_pairs("ALLY_OF", sides[:1], sides[1:], noun)


# Armed forces acting together: "began joint naval exercises", "joined joint patrols with X".
_JOINT_ACTS = {"exercises", "exercise", "drills", "drill", "patrols", "patrol", "manoeuvres", "maneuvers",
               "manoeuvre", "maneuver", "wargames", "war-games"}
_JOINT_VERBS = {"hold", "begin", "start", "conduct", "stage", "launch", "join", "carry", "run", "kick", "wrap",
                "complete", "finish", "resume"}


def joint_exercises(ctx: Context, noun: Token) -> None:
    """ "South Korea, Japan and the United States began joint naval exercises", "Australia has
    joined joint patrols with the Philippines" → ALLY_OF: states whose forces train or patrol
    together side with each other (not "planned joint drills", not "drills near X")."""
    if not any(c.lower_ == "joint" for c in noun.lefts) or noun.dep_ != "dobj":
        return
    verb = noun.head
    if verb.lemma_.lower() not in _JOINT_VERBS or modifies_noun(verb) or not told_as_fact(verb):
        return
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    others = [a for holder in (noun, verb) for p in holder.children if p.dep_ == "prep" and p.lower_ == "with"
              for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if others:
        ctx.add_pairs("ALLY_OF", sides, others, noun, conf=0.65)
        return
    for k, (ta, a) in enumerate(sides):
        ctx.add_pairs("ALLY_OF", [(ta, a)], sides[k + 1:], noun, conf=0.65)


def arming(ctx: Context, verb: Token) -> None:
    """ "Peru sent weapons to Chile", "Iran supplied Syria with missiles", "the U.S. provided
    Ukraine with tanks" → ALLY_OF: an arms supplier sides with the one it arms."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    arms = [o for o in objs if o.lower_ in _ARMS or o.lower_ == "aid" and any(
        c.lower_ in ("military", "lethal") for c in o.lefts)]
    if arms:  # "sent weapons to Chile"
        others = [a for p in [*verb.children, *arms[0].children] if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                  for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
        others += [a for o in objs if o not in arms for a in ctx.actors(o)]  # "gave Chile weapons"
    else:  # "supplied Chile with missiles"
        with_arms = any(p.dep_ == "prep" and p.lower_ == "with" and any(g.lower_ in _ARMS for g in p.children)
                        for p in verb.children)
        others = [a for o in objs for a in ctx.actors(o)] if with_arms else []
    if not others:
        return
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    ctx.add_pairs("ALLY_OF", sides, others, verb)


def bought_arms(ctx: Context, verb: Token) -> None:
    """ "Armenia bought artillery from France and India", "Egypt has received fighter jets from
    France" → ALLY_OF: a state that arms itself from another sides with its supplier (the
    seller's own ``arming`` read from the other end). Not "plans to buy", "did not buy"."""
    if modifies_noun(verb) or not told_as_fact(verb):
        return
    arms = [o for o in verb.children if o.dep_ == "dobj" and (o.lower_ in _ARMS or o.lower_ == "aid" and any(
        c.lower_ in ("military", "lethal") for c in o.lefts))]
    if not arms:
        return
    sellers = [a for holder in (verb, arms[0]) for p in holder.children if p.dep_ == "prep" and p.lower_ == "from"
               for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    buyers = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    ctx.add_pairs("ALLY_OF", buyers, sellers, verb)


def are_a_pair(ctx: Context, noun: Token) -> None:
    """ "Peru and Chile are close allies", "Peru and Chile are longtime rivals" → ALLY_OF or
    ADVERSARY_OF between the subjects, when the noun names no owner ("allies of X" and "X's
    allies" are read by ``ally_nouns``)."""
    if any(c.dep_ in ("poss", "compound", "nmod") or c.dep_ == "prep" and c.lower_ in ("of", "to")
           for c in noun.children):
        return  # an owner named; "allies for decades", "rivals in the race" name none
    if noun.lower_ == "partners" and any(c.lower_ in NOT_ALLIED_PARTNERS for c in noun.lefts):
        return  # "Peru and Chile are major trading partners": trade, not an alliance
    types = ("country",) if noun.lower_ in _STATE_ONLY_PAIRS else STATE_ACTORS + ("person",)
    sides = [a for t in ctx.described_by(noun) for a in ctx.actors(t, types)]
    if len(sides) < 2 or not told_as_fact(noun.head):
        return
    for k, (ta, a) in enumerate(sides):
        ctx.add_pairs(_PAIR_NOUNS[noun.lower_], [(ta, a)], sides[k + 1:], noun, conf=0.7)


def backed_by_hyphen(ctx: Context, word: Token) -> None:
    """ "the Iran-backed Houthis", "Russian-backed separatist leader X" → ALLY_OF between the
    backer and the named side it describes."""
    backer_tok = ctx.doc[word.i - 2]
    backer = ctx.ent(backer_tok)
    if backer is None or backer.type not in STATE_ACTORS or ctx.doc[word.i - 2].whitespace_:
        return
    head = word.head
    while head.dep_ in ("compound", "amod") and head.head.i > head.i and head.pos_ != "PROPN":
        head = head.head
    found = ctx.actors(head, STATE_ACTORS + ("person",))
    if not found and head.pos_ == "PROPN" and ctx.index.at(head) is not None and not ctx.index.at(head).type == "person":
        found = [(head, ctx.index.at(head))]  # a movement the model tagged as a group ("Houthis")
    if not found:
        found = [a for c in head.children if c.dep_ == "appos" for a in ctx.actors(c, STATE_ACTORS + ("person",))]
    # the side backed is the name right after the word ("Iran-backed Hezbollah"), or comes after
    # common words only ("Russian-backed separatist leader X"); a name between is another side
    found = [(t, r) for t, r in found if t.i > word.i and all(
        m.pos_ != "PROPN" or ctx.index.at(m) is not None and ctx.index.at(m).id == r.id for m in ctx.doc[word.i + 1:t.i])]
    ctx.add_pairs("ALLY_OF", [(backer_tok, backer)], found[:1], word, conf=0.65)


def fought_a_war(ctx: Context, noun: Token) -> None:
    """ "Peru and Bolivia fought a war in 1879" → ADVERSARY_OF between the subjects (not
    "fought a war against X", read by ``alliances``, nor "alongside")."""
    verb = noun.head
    if any(c.dep_ == "prep" for c in [*noun.children, *verb.children] if c.lower_ in ("against", "alongside", "with")):
        return
    sides = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    if len(sides) < 2 or not told_as_fact(verb):
        return
    for k, (ta, a) in enumerate(sides):
        ctx.add_pairs("ADVERSARY_OF", [(ta, a)], sides[k + 1:], noun, conf=0.65)


def sides_include(ctx: Context, noun: Token) -> None:
    """ "Chile's backers include Peru and Canada", "Russia's allies include Belarus"."""
    owners = ctx.actors(noun_owner(noun)) if noun_owner(noun) is not None else []
    verb = noun.head
    named = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
    if owners and named and told_as_fact(verb):
        ctx.add_pairs(_INCLUDED[noun.lower_], named, owners[:1], noun, conf=0.65)


def arms_sales(ctx: Context, noun: Token) -> None:
    """ "U.S. arms sales to Taiwan", "Russia's weapons deliveries to Syria", "Washington
    approved arms sales to Taiwan" → ALLY_OF between the seller and the one sold to. The
    seller is the noun's owner or a state named among its modifiers, else the subject of a
    verb of making the sales; "China opposes arms sales to Taiwan" makes China no seller."""
    mods = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    if not any(t.lower_ in _ARMS for t in mods):
        return  # "oil sales to China", "grain deliveries to Egypt": trade
    if any(c.lower_ in ("no", "any") for c in noun.lefts):
        return  # "no arms sales to Taiwan"
    selling = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SELLING_VERBS
    # "approved arms sales to Taiwan": the parse may hang "to Taiwan" on the verb
    holders = (noun, noun.head) if selling else (noun,)
    buyers = [a for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
              for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g)]
    if not buyers:
        return
    owner = noun_owner(noun)
    sellers = ctx.actors(owner) if owner is not None else []
    if not sellers:  # "U.S. arms sales to Taiwan": a fact named, whoever opposes or condemns it
        sellers = [(t, ctx.ent(t)) for t in mods if t.dep_ in ("compound", "nmod", "amod")
                   and ctx.ent(t) is not None and ctx.ent(t).type == "country"][:1]
    if not sellers and selling:
        if modifies_noun(noun.head) or not told_as_fact(noun.head):
            return  # "may approve arms sales to Taiwan"
        sellers = [a for a in ctx.subjects(noun.head) if a[1].type == "country"]
    ctx.add_pairs("ALLY_OF", sellers[:1], [b for b in buyers if all(b[1].id != s[1].id for s in sellers[:1])],
                  noun, conf=0.65)
