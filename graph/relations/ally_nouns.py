"""Allies said with a noun that describes or names them: "Japan, a key U.S. ally,", "Iceland is
a close ally of Canada", "a Cruz supporter", "a longtime Ruiz loyalist", "a major donor to X",
"France, Lebanon's traditional protector,", "Kerr's longtime ally Paul Green", "Poland is among
Ukraine's staunchest allies" → ALLY_OF (and MEMBER_OF for "a NATO ally").

Split out of ``alliances``, which still reads the ally nouns that list both sides ("rivals X and
Y", "Ukraine's allies, France and …": ``side_list``), "the U.S.-Japan alliance" and "the two
allies"; its ``alliance_words`` calls ``at_token`` here, between those rules, so that they keep
the order in which they have always run."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..model import EntityRef
from ..speakers import subject_of
from . import rivals
from ._context import STATE_ACTORS, Context, asserted, no_longer
from ._facts import told_as_fact
from .ties import NOT_ALLIED_PARTNERS

# "supporter" and "backer" side a person with another ("Graham, a Cruz supporter,"), as "ally" does.
_ALLY_NOUNS = {"ally", "allies", "partner", "partners", "supporter", "supporters", "backer", "backers",
               "supplier", "suppliers",  # "supplier" only of arms: see ``ally_noun``
               # a politician's own people: "a longtime Ruiz loyalist", "a surrogate for Clinton"
               "loyalist", "loyalists", "surrogate", "surrogates", "confidant", "confidante", "protege", "protégé",
               "endorser", "endorsers",
               # "X, a campaigner for Sanders": for a person only (see ``ally_noun``)
               "campaigner", "campaigners",
               # a candidate's money men: "Rubio donor X", "X, a major donor to Y" (see ``ally_noun``)
               "donor", "donors", "bundler", "bundlers",
               # a state's patron or guarantor: "France, Lebanon's traditional protector,", "Iran,
               # the group's main patron,", "the United States, Israel's security guarantor"
               "protector", "protectors", "patron", "patrons", "guarantor", "guarantors",
               # "France, a longtime friend of Lebanon": between states only (see ``ally_noun``);
               # a person's friend is a private tie
               "friend", "friends"}
_FRIEND_NOUNS = {"friend", "friends"}
# Nouns that make an ally between states and bodies only: a person's friend is a private tie, and
# a person's patronage a sponsor's ("Prince X, a patron of the Royal Ballet", "a protector of the
# Amazon"), no side taken.
_SIDES_ONLY_NOUNS = _FRIEND_NOUNS | {"protector", "protectors", "patron", "patrons", "guarantor", "guarantors"}
# "a surrogate for X": these speak for the one they stand by, said with "for"
_FOR_NOUNS = {"surrogate", "surrogates", "backer", "backers", "supporter", "supporters", "campaigner", "campaigners"}
# a campaigner for a cause or a group ("a campaigner for Amnesty", "an anti-war campaigner") works
# for it; only one for a person sides with them
_PERSON_ONLY_NOUNS = {"campaigner", "campaigners"}
# Nouns of money given to a person's campaign: a party's or a cause's donor ("a Republican donor",
# "a donor to the museum") takes no side with anyone named, so only a person's donor is an ally.
_DONOR_NOUNS = {"donor", "donors", "bundler", "bundlers"}
# the nouns whose owner may follow "for" ("a surrogate for Lee", "a donor for Lee's campaign")
_FOR_OR_DONOR_NOUNS = _FOR_NOUNS | _DONOR_NOUNS
# Nouns of an amount or a band between "one of" and the ally noun: "one of a clutch of celebrity
# supporters of X", "one of a handful of Y's allies"
_AMOUNT_NOUNS = {"handful", "number", "group", "clutch", "host", "slew", "string", "band", "crop", "circle",
                 "coterie", "cadre", "legion", "army", "bevy", "roster", "stable", "list", "few", "couple",
                 "dozen", "dozens", "lot", "series", "core", "network"}
# What an arms supplier supplies: "Syria's main arms supplier"; a gas supplier is no ally.
_ARMS_WORDS = {"arms", "arm", "weapons", "weapon", "military", "defense", "defence", "munitions", "ammunition"}

TRIGGER_WORDS: frozenset[str] = frozenset(_ALLY_NOUNS)
# who a token of an owner names: the person a bare surname before the noun stands for, else its entity
_Ref = Callable[[Token], "EntityRef | None"]


def at_token(ctx: Context, tok: Token) -> None:
    """The ally-noun rules that start at ``tok``."""
    if tok.lower_ in _ALLY_NOUNS:
        ally_noun(ctx, tok)
        among_allies(ctx, tok)
        owned_ally(ctx, tok)
        between_names(ctx, tok)


def _one_of(tok: Token) -> Token:
    """What the ally noun ``tok`` describes when it is counted: "one" of "one of Russia's closest
    allies", also past a band between ("one of a handful of Cruz's supporters"); else ``tok``."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _AMOUNT_NOUNS \
            and tok.head.head.dep_ == "pobj" and tok.head.head.head.lower_ == "of":
        of = tok.head.head.head  # the "of" after "one", before the band
    else:
        of = tok.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in ("one", "some", "two", "both"):
        return of.head
    return tok


def ally_noun(ctx: Context, tok: Token) -> None:
    """An ally or partner said with a predicate noun or an apposition: "Iceland is a close
    ally of Canada", "Belarus, Russia's closest partner,", "Japan, a key U.S. ally,",
    "Belarus is one of Russia's closest allies", "urged X, a close ally, …" (the ally of
    the one urging); "the close partner of Russia" standing for the country just named."""
    described = _one_of(tok)
    while described.dep_ == "conj" and described.head.pos_ in ("NOUN", "PROPN"):
        described = described.head  # "X, a former candidate and a Cruz supporter,": the first noun describes X
    if tok.lower_.startswith("partner") and any(c.lower_ in NOT_ALLIED_PARTNERS for c in tok.lefts):
        return  # "its largest trading partner": trade, not an alliance
    if tok.lower_.startswith("supplier") and not any(c.lower_ in _ARMS_WORDS for c in tok.lefts):
        return  # "Europe's main gas supplier": trade, not an alliance
    surnamed = _surname_before(ctx, tok)

    def ref(o: Token) -> EntityRef | None:
        return surnamed.get(o.i) or ctx.ent(o)

    owners = _whose_ally(ctx, tok, surnamed, ref)
    if described.dep_ == "attr" and not told_as_fact(described):
        return  # "Chile is not / no longer an ally of Peru", "would be a natural partner"
    found = _allies_described(ctx, tok, described, owners, ref)
    if found is None:
        return
    subjects, owners, conf = found
    if not owners and described.i == tok.i and tok.dep_ == "appos":
        owners, conf = _owner_of_a_bare_apposition(ctx, tok, conf)
    _add_allies(ctx, tok, subjects, owners, ref, conf)


def _whose_ally(ctx: Context, tok: Token, surnamed: dict, ref: _Ref) -> list[Token]:
    """The tokens of those whose ally ``tok`` names: "of/to X (and Y)", "X's", "a U.S. ally",
    kept to persons for the nouns of a person's side only."""
    preps = ("of", "to", "for") if tok.lower_ in _FOR_OR_DONOR_NOUNS else ("of", "to")
    owners = [t for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in preps
              for g in prep.children if g.dep_ == "pobj" for t, _ in ctx.actors(g, STATE_ACTORS + ("person",))]
    if not owners and tok.lower_ in _FOR_OR_DONOR_NOUNS:
        # "a supporter of Clinton's 2016 bid", "a backer of Huckabee's campaign": the candidate
        owners = [c for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in preps
                  for g in prep.children if g.dep_ == "pobj" and g.lower_ in rivals.CANDIDACY
                  for c in g.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and getattr(ctx.ent(c), "type", None) == "person"]
    owners += [c for c in tok.lefts if c.dep_ == "poss" and c.pos_ != "PRON" and ctx.ent(c) is not None]
    # "a U.S. ally", and a named person too: "a Trump ally", "a Cruz supporter"
    owners += [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and ctx.ent(c) is not None
               and (ctx.ent(c).type in STATE_ACTORS or ctx.ent(c).type == "person" and c.pos_ == "PROPN")]
    owners += [c for c in tok.lefts if c.i in surnamed]
    if tok.lower_ in _PERSON_ONLY_NOUNS:
        owners = [o for o in owners if ref(o).type == "person"]
    if tok.lower_ in _DONOR_NOUNS:
        # a candidate's donor, and a state's own ("Germany is Ukraine's largest donor", "the
        # biggest donor to Kyiv": aid, as "aid to Ukraine" is); not "a U.S. donor", whose country
        # is the donor's own
        owners = [o for o in owners if ref(o).type == "person"
                  or ref(o).type == "country" and o.dep_ in ("poss", "pobj")]
    return owners


def _allies_described(ctx: Context, tok: Token, described: Token, owners: list[Token],
                      ref: _Ref) -> tuple[list[Token], list[Token], float] | None:
    """The tokens of the ones the noun ``tok`` says are allies (as a predicate noun, an
    apposition, "the close partner" standing for a country named before, or a title before a
    name), with the owners kept for that reading and its confidence; None when it says none."""
    if described.dep_ in ("attr", "appos"):
        return ctx.described_by(described), owners, 0.75
    if (verb := _serving_as(described)) is not None:
        # "Moss has served as one of Kerr's surrogates": the clause's subject, as "is" would say
        subject = subject_of(verb)
        return ([subject] if subject is not None and subject.i < described.i else []), owners, 0.7
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return _antecedent_state(ctx, tok, owners), owners, 0.6
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and owners:
        # "longtime Ruiz ally Carl Moss": the noun titles the name after it; between persons
        # only ("Kremlin confidant X" is a post at the state, read as a role)
        return [tok.head], [o for o in owners if ref(o).type == "person"], 0.65
    if owners and any(o.i < tok.i and o.dep_ in ("compound", "nmod", "amod") for o in owners) and \
            (titled := [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == tok.right_edge.i
                        and c.left_edge.i == tok.i + 1]):
        # "hosted by Trump ally Chris Christie": the same title, the name parsed as its apposition
        return titled, [o for o in owners if ref(o).type == "person"], 0.65
    return None


# Verbs whose "as" phrase says what their subject is: "served as Kerr's surrogate", "acts as its patron"
_SERVING_VERBS = {"serve", "act"}


def _serving_as(described: Token) -> Token | None:
    """The verb of "served as" / "acts as" whose "as" takes ``described``, told as a fact; else None."""
    prep = described.head
    if described.dep_ != "pobj" or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SERVING_VERBS or not told_as_fact(verb):
        return None
    return verb


def _owner_of_a_bare_apposition(ctx: Context, tok: Token, conf: float) -> tuple[list[Token], float]:
    """Whose ally an apposition with no owner of its own names, read off the clause of the one
    it describes; no one (and ``conf`` as it was) when the clause does not say."""
    if tok.lower_ == "ally" and \
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
                return [owner_tok], 0.6
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
        # "Serbia counts on Russia and China, its main backers,": "its" is the clause's subject,
        # whose object the apposition describes
        return _subject_owning(ctx, tok.head), 0.6
    return [], conf


def _add_allies(ctx: Context, tok: Token, subjects: list[Token], owners: list[Token], ref: _Ref,
                conf: float) -> None:
    """ALLY_OF (MEMBER_OF for "a NATO ally") from each one described to each owner, but for a
    person's partner (a post at a firm) and a friend who is no state (a private tie)."""
    friend = tok.lower_ in _SIDES_ONLY_NOUNS
    for s in subjects:
        subj = ctx.ent(s)
        if subj is None and s.pos_ == "NOUN":
            # "said former Vermont governor X (D), a Clinton supporter": the apposition hangs on the
            # title, whose own apposition before the noun is the name
            s = next((c for c in s.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < tok.i), s)
            subj = ctx.ent(s) if s.pos_ == "PROPN" else None
        if subj is None or subj.type == "group" or tok.lower_.startswith("partner") and subj.type == "person":
            continue  # a person's partner is a role (at a firm), read elsewhere
        if friend and subj.type not in STATE_ACTORS:
            continue  # "Reid, a friend of Moss": a private tie, no side taken
        for o in owners:
            obj = ref(o)
            if obj is None or obj.type == "group" or friend and obj.type not in STATE_ACTORS:
                continue
            pred = "MEMBER_OF" if ctx.alliance is not None and obj.id == ctx.alliance.id and o.i < tok.i \
                else "ALLY_OF"  # "Turkey, a NATO ally"
            ev = ctx.evidence(*sorted((s, o, tok), key=lambda t: t.i))
            ctx.add(subj, pred, obj, ev, conf)


def _surname_before(ctx: Context, tok: Token) -> dict:
    """{token index: person} for a capitalised word before the noun that no entity covers but
    that is the surname of the one person of the document who bears it: "a Trump supporter",
    "Clinton surrogate X", where the tagger took the surname for an adjective or a firm."""
    out = {}
    for c in tok.lefts:
        if c.dep_ in ("compound", "nmod", "amod") and c.is_alpha and c.text[:1].isupper() \
                and not c.is_sent_start and ctx.ent(c) is None:
            out.update((t.i, person) for t, person in rivals.only_person_surnamed(ctx, c))
    return out


# "his former ally X": an alliance that has ended
_FORMER = {"former", "onetime", "one-time", "erstwhile", "ex"}


def owned_ally(ctx: Context, noun: Token) -> None:
    """ "Kerr's longtime ally Paul Green", "her allies, X and Y", "Kerr's allies, including X"
    → ALLY_OF between the person who owns the noun and each person it names (a state's allies
    are ``side_list``'s; a name the noun describes, "X, Kerr's ally,", is ``ally_noun``'s)."""
    if noun.lower_ in _SIDES_ONLY_NOUNS or noun.lower_.startswith("partner") \
            or any(c.lower_ in _FORMER for c in noun.lefts):
        return  # a person's partner is at a firm, a friend a private tie
    head = noun.head if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "PROPN" else noun
    named = rivals.named_by_noun(ctx, noun, ("person",)) or [
        a for p in noun.children if p.dep_ == "prep" and p.lower_ == "including"
        for g in p.children if g.dep_ == "pobj" for a in ctx.actors(g, ("person",))]
    owners = [o for o in rivals.possessor(ctx, head) if o[1].type == "person"]
    if not named and not owners and noun.lower_ in ("ally", "allies") and head is noun \
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        # "Japan sent ships to its ally the Philippines": a state's ally named in apposition,
        # "its" the state the clause is about ("Peru's allies, X and Y," is ``ally_noun``'s)
        allies = rivals.named_by_noun(ctx, noun, STATE_ACTORS)
        states = [o for o in rivals.possessor(ctx, head) if o[1].type in STATE_ACTORS]
        if allies and asserted(noun, steps=1):
            ctx.add_pairs("ALLY_OF", allies, states, noun, conf=0.6)
        return
    if not named or not owners or not asserted(noun, steps=1):
        return
    owners = [o for o in owners if all(o[1].id != n[1].id for n in named)]
    # a pronoun's owner is a reading, not a name: a little less sure
    conf = 0.55 if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) else 0.65
    ctx.add_pairs("ALLY_OF", owners[:1], named, noun, conf=conf)


def _subject_owning(ctx: Context, named: Token) -> list[Token]:
    """The state subject of the clause whose object (or a preposition's object) is ``named``,
    said before it: the owner "its" stands for in "Serbia relies on X, its main backer"."""
    head = named.head
    if named.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif named.dep_ not in ("dobj", "dative"):
        return []
    if head.pos_ != "VERB":
        return []
    owner_tok = subject_of(head)
    owner = ctx.ent(owner_tok)
    if owner is None or owner.type not in STATE_ACTORS or owner_tok.i > named.i:
        return []
    return [owner_tok]


# Verbs that place their object among someone's allies: "Caracas counts Moscow among its allies".
_PLACING_VERBS = {"count", "number", "list", "rank", "include"}


def among_allies(ctx: Context, tok: Token) -> None:
    """ "Poland is among Ukraine's staunchest allies" → Poland ALLY_OF Ukraine; "Caracas counts
    Russia and Cuba among its closest allies" → each ALLY_OF Venezuela (the owner of "its" is
    the one counting). States only, as a fact ("could be among", "is no longer among": none)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "among" or not tok.lower_.startswith(("all", "partner", "backer")):
        return
    if tok.lower_.startswith("partner") and any(c.lower_ in NOT_ALLIED_PARTNERS for c in tok.lefts):
        return  # "among its biggest trading partners"
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or not told_as_fact(verb) or no_longer(verb):
        return
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return
    lemma = verb.lemma_.lower()
    if lemma == "be":
        named = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS]
    elif lemma in _PLACING_VERBS:
        named = [a for c in verb.children if c.dep_ == "dobj" for a in ctx.actors(c)]
    else:
        return
    if poss.pos_ == "PRON":
        owners = [a for a in ctx.subjects(verb) if a[1].type in STATE_ACTORS] if lemma != "be" and \
            poss.lower_ in ("its", "their") else []
    else:
        owners = ctx.actors(poss)
    ctx.add_pairs("ALLY_OF", named, owners, tok, conf=0.7)


def _antecedent_state(ctx: Context, noun: Token, owners: list[Token]) -> list[Token]:
    """The country a definite description ("the close partner of Russia") stands for:
    the nearest country named before it in its sentence, other than its owners."""
    skip = {ctx.ent(o).id for o in owners if ctx.ent(o) is not None}
    sents = ctx.index.layout.sent_of
    for j in range(noun.left_edge.i - 1, -1, -1):
        if sents[j] != sents[noun.i]:
            return []
        ref = ctx.index.at(ctx.doc[j])
        if ref is not None and ref.type == "country" and ref.id not in skip:
            return [ctx.doc[j]]
    return []


# the ally nouns that title one person by another's full name: "Donald Trump surrogate Omarosa
# Manigault" (not a state's friend or patron, nor a partner: a person's partner is at a firm)
_TITLING_NOUNS = {"ally", "supporter", "backer", "loyalist", "surrogate", "confidant", "confidante",
                  "protege", "protégé", "endorser", "donor", "bundler"}
# the short titles that may stand between the noun and the name it titles: "Clinton surrogate Sen. X"
_SHORT_TITLES = {"sen", "sen.", "rep", "rep.", "gov", "gov.", "senator", "governor", "congressman",
                 "congresswoman", "mayor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "gen", "gen."}


def between_names(ctx: Context, noun: Token) -> None:
    """ "Donald Trump surrogate Omarosa Manigault", "top Sanders surrogate Rep. Tulsi Gabbard"
    → ALLY_OF between the two people, read off the words when the parse took the noun for an
    adjective of the second name and hung the first elsewhere (``ally_noun`` reads the noun
    when the parse has the first name as its compound)."""
    doc = ctx.doc
    if noun.lower_ not in _TITLING_NOUNS or noun.i == 0 or noun.i + 1 >= len(doc) or not noun.whitespace_:
        return
    before = doc[noun.i - 1]
    owner = ctx.ent(before)
    if owner is None and before.pos_ == "PROPN" and before.is_alpha and not before.is_sent_start:
        # a bare surname the tagger took for a place or a firm ("Rubio donor X"): its one person
        owner = next((p for _, p in rivals.only_person_surnamed(ctx, before)), None)
    if owner is None or owner.type != "person" or before.head.i == noun.i and noun.dep_ == "compound":
        return  # no person right before, or a title ``ally_noun`` reads off the parse
    start = before
    while start.i > 0 and (ref := ctx.ent(doc[start.i - 1])) is not None and ref.id == owner.id:
        start = doc[start.i - 1]
    if start.i > 0 and doc[start.i - 1].lower_ in _FORMER:
        return  # "former Trump ally X": an alliance that has ended
    j = noun.i + 1
    while j < len(doc) and j <= noun.i + 2 and doc[j].lower_ in _SHORT_TITLES:
        j += 1
    if j >= len(doc):
        return
    named = ctx.ent(doc[j])
    if named is None or named.type != "person" or named.id == owner.id:
        return
    ctx.add(named, "ALLY_OF", owner, ctx.evidence(start, noun, doc[j]), 0.6)
