"""Who takes part in a communication event: the actors a token names, read the way a reader
reads them. The entity itself and its conjuncts; a delegation, negotiator or official for its
country or for the person it is led by; "his Ukrainian counterpart" for the Ukrainian official
the article names; "the two leaders" / "both sides" for the pair just named (read in
participant_pairs.py, with hyphenated pairs, "U.S.-China talks"); the mediator or host of an event
("U.S.-brokered talks"). The person a pronoun continues is read in continued_subjects.py.

Kept apart from ``communication`` (which finds the events and emits the relations) so that
each reads alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import gazetteer
from ..entities import PERSON_PRONOUNS
from ..entities.datelines import is_dateline_place
from ..model import EntityRef
from ._context import FIRST_PERSON, LEADER_WORDS, Context, asserted, names_glued_before
from .contact_lexicon import (HEADS_OF_MISSION, ACTOR_TYPES, MEDIATING_VERBS, OFFICE_WORDS, ONE_PERSON,
                              PAIR_NOUNS, PAIR_WORDS, PARTY_NOUNS)
from .participant_pairs import counted_group, the_several, the_two


def parties(ctx: Context, tok: Token | None, context_tok: Token | None = None) -> list[tuple[Token, EntityRef]]:
    """The actors ``tok`` names (persons, countries and organizations only, ``ACTOR_TYPES``: callers
    need not filter again): the entity itself and its conjuncts; a delegation, negotiator
    or official stands for its country or for the person it is led by ("the Ukrainian
    delegation", "envoys from Russia and the US", "delegations from X, Y and Z"); a plural
    noun for the names listed with it ("partners, including France and Italy"); "his
    Ukrainian counterpart" for the Ukrainian official the article names; "the two leaders" for
    the pair named just before."""
    if tok is None:
        return []
    out: list[tuple[Token, EntityRef]] = []
    todo = [tok]
    while todo and len(out) < 12:
        t = todo.pop(0)
        todo.extend(c for c in t.children if c.dep_ == "conj")
        todo.extend(names_glued_before(t))  # "met both X and Y", misparsed
        if _possessor_misread_as_conjunct(t):
            continue
        if is_dateline_place(t):
            # "LIMA, March 3 - The ministers of X and Y met": the parser reads the dateline as
            # the subject and the real one as its apposition; the place is no party
            # (not the agency in parentheses: "Jakarta (ANTARA) - The minister …")
            todo.extend(c for c in t.children if c.dep_ == "appos" and not (c.i > 0 and t.doc[c.i - 1].text == "("))
            continue
        for found_tok, ref in _one_party(ctx, t, context_tok or tok):
            if ref.type in ACTOR_TYPES and all(r.id != ref.id for _, r in out):
                out.append((found_tok, ref))
    return out


def _possessor_misread_as_conjunct(t: Token) -> bool:
    """ "Chile's Lopez and Peru's Ortega": the parser may join "Peru" to "Lopez" and hang
    "Ortega" on "Lopez" as a second conjunct; a conjunct that carries the possessive "'s" and is
    followed by another conjunct of the same head owns that one, it is no party of its own."""
    if t.dep_ != "conj" or not any(c.dep_ == "case" for c in t.children):
        return False
    return any(c.dep_ == "conj" and c.i > t.i and c.left_edge.i == t.right_edge.i + 1 for c in t.head.children)


def _one_party(ctx: Context, t: Token, context_tok: Token) -> list[tuple[Token, EntityRef]]:
    """The actors the one token ``t`` names (its conjuncts are read by ``parties``): the entity
    the index links it to, read again where a reader would read it otherwise
    (``_entity_read_again``); else what the words say (``_party_of_words``)."""
    # only "he"/"she"/"him"/"her" stand for one person named before, and "I", "we" for the
    # speaker of the verbatim words they stand in; "them", "you" do not
    # ("those" only as the group a named side is put among: ``_named_among``)
    if t.pos_ == "PRON" and t.lower_ not in PERSON_PRONOUNS and t.lower_ not in ("it", "they", "those") \
            and not (t.lower_ in FIRST_PERSON and ctx.ent(t, resolve=True) is not None):
        return []
    ref = _entity_named(ctx, t)
    again = _entity_read_again(ctx, t, ref, context_tok)
    if again is not None:
        return again
    if ref is not None and ref.type != "group":
        return [(t, ref)]
    return _party_of_words(ctx, t, context_tok)


def _entity_named(ctx: Context, t: Token) -> EntityRef | None:
    """The entity ``t`` names: the index's, a seat of government for its country, or a
    surname read before."""
    ref = ctx.ent(t, resolve=t.pos_ == "PRON")
    if ref is None and t.pos_ == "PROPN" and t.dep_ in ("dobj", "pobj", "conj") and ctx.index.cluster_at(t) is None \
            and gazetteer.country(gazetteer.seat(t.text) or ""):
        # "visiting Beijing", "greeted in Moscow": a seat of government for its country
        cluster = ctx.index.add(ctx.doc[t.i:t.i + 1], "country", name=gazetteer.seat(t.text))
        ref = ctx.index.ref(cluster) if cluster else None
    if ref is None and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and t.text[:1].isupper() and \
            t.pos_ in ("NOUN", "PROPN") and not any(c.dep_ in ("compound", "det") for c in t.children):
        ref = _surname_read_before(ctx, t)
    return ref


def _entity_read_again(ctx: Context, t: Token, ref: EntityRef | None,
                       context_tok: Token) -> list[tuple[Token, EntityRef]] | None:
    """The parties a reader takes ``t`` for where the entity linked to it (``ref``, or none)
    is not the one: a described person in apposition, the names a plural includes, the
    official a country's title names, the holder of a title, the state a body acts for. None
    when the entity stands as linked."""
    if ref is None and t.dep_ == "appos" and t.pos_ == "NOUN" and t.tag_ == "NN" \
            and (named := ctx.ent(t.head)) is not None and named.type == "person":
        # "said Ana Ruiz, a former party chair who has been in touch with Bell": the noun in
        # apposition (the one a relative clause on it tells of) is the person it describes
        return [(t.head, named)]
    if ref is not None and t.tag_ in ("NNS", "NNPS"):
        # "met with Senate Democrats, including X and Y": those the text names, though the
        # plural is an actor of its own (the party)
        included = [(x, r) for p in t.children if p.dep_ == "prep" and p.lower_ == "including"
                    for g in p.children if g.dep_ == "pobj" for x in _conjuncts(g)
                    for r in [ctx.ent(x)] if r is not None and r.type in ACTOR_TYPES]
        if included:
            return included
    if ref is not None and ref.type == "person" and t.pos_ == "NOUN" and t.tag_ == "NN":
        # "the Chilean president": the person the article titles with that country, not
        # whichever president the index linked the description to
        country = next((r for m in t.lefts if m.dep_ in ("amod", "compound")
                        for r in [ctx.ent(m)] if r is not None and r.type == "country"), None)
        if country is not None:
            official = _official_of(ctx, country, context_tok, t.lower_)
            if official is None or official[1].id != ref.id:
                return [(t, official[1])] if official is not None else []
    if (ref is None or ref.type == "organization") and t.lower_ in _TITLE_HEADS and t.pos_ in ("NOUN", "PROPN"):
        # "the U.S. Trade Representative, Sarah Goldberg", "Minister for Political Affairs Hadi
        # Kusuma" (the name parsed inside the title): the person, not the office
        holder = _title_holder(ctx, t) or _name_closing_title(ctx, t)
        if holder is not None:
            return [holder]
    if ref is not None and ref.type == "organization":
        state = _named_by_its_state(ctx, t)  # "the Norwegian administration" registered as a body
        if state:
            return state
    return None


def _party_of_words(ctx: Context, t: Token, context_tok: Token) -> list[tuple[Token, EntityRef]]:
    """The parties a word names that names no entity (or a described group) of its own: a
    subject "it"/"they" for the clause's subject above, a style ("His Highness") for the one
    styled so, "the two" for the pair just named, and a common noun as ``_party_of_noun``
    reads it."""
    if t.lower_ in ("it", "they") and t.dep_ in ("nsubj", "nsubjpass"):
        return _subject_above(ctx, t)
    if t.lower_ in _STYLES and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in t.children):
        styled = _styled_before(ctx, t)  # "His Highness also received …": the one styled so before
        return [styled] if styled is not None else []
    if t.pos_ == "NUM" and t.lower_ == "two" and t.dep_ in ("nsubj", "nsubjpass") and \
            any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return the_two(ctx, t, None)  # "The two also discussed …"
    if t.lower_ == "those":
        return _named_among(ctx, t)  # "X was among those who met Y"
    if t.pos_ not in ("NOUN", "PROPN"):
        return []
    return _party_of_noun(ctx, t, context_tok)


def _subject_above(ctx: Context, pron: Token) -> list[tuple[Token, EntityRef]]:
    """ "Norway says it is playing the role of mediator": a subject "it"/"they" is the country
    or body that is the subject of a clause above it."""
    head = pron.head
    # ("China surprised many when it brokered …": an adverbial clause's "it" too)
    while head.dep_ in ("ccomp", "conj", "xcomp", "advcl") and head.head.i != head.i:
        head = head.head
        up = next((c for c in head.children if c.dep_ == "nsubj" and ctx.ent(c) is not None
                   and ctx.ent(c).type in ("country", "organization")), None)
        if up is not None:
            return [(up, ctx.ent(up))]
    return []


def _party_of_noun(ctx: Context, t: Token, context_tok: Token) -> list[tuple[Token, EntityRef]]:
    """The parties a common noun stands for: the name in apposition or after a comma, the owner
    of a seat, the body at a sitting (``_body_at_sitting``), the pair "both sides" stands for,
    the states or people listed with a plural, a country's people for the country, the leader
    of a group, and the senders of a delegation or an official (``_sent_by``)."""
    named = next((c for c in t.children if c.dep_ == "appos" and ctx.ent(c) is not None), None)
    if named is not None:  # "his counterpart, Wang Yi"
        return [(x, r) for x in [named, *[c for c in named.children if c.dep_ == "conj"]]
                for r in [ctx.ent(x)] if r is not None]
    after = _named_after_comma(ctx, t) if t.tag_ == "NN" else None
    if after is not None:
        return [after]  # "a call with Qatar's emir, Sheikh Tamim, on Monday": the name hung elsewhere
    low = t.lower_
    if low in ("headquarters", "capital", "embassy", "offices", "seat"):
        owner = next((c for c in t.children if c.dep_ in ("poss", "compound") and ctx.ent(c) is not None), None)
        return [(owner, ctx.ent(owner))] if owner is not None else []  # "a trip to NATO's headquarters"
    if _at_sitting(t):
        return _body_at_sitting(ctx, t, context_tok)
    if _graduates(t):
        return _school_of(ctx, t)
    among = _named_among(ctx, t)
    if among:
        return among
    if low in PAIR_NOUNS and any(c.lower_ in PAIR_WORDS for c in t.children):
        return the_two(ctx, t, PAIR_NOUNS[low])
    if low in PAIR_NOUNS and (count := counted_group(t)):
        return the_several(ctx, t, PAIR_NOUNS[low], count)
    listed = [(p.lower_, x) for p in t.children if p.dep_ == "prep" and p.lower_ in ("including", "from", "of")
              for g in p.children if g.dep_ == "pobj" for x in _conjuncts(g)]
    if low in ("partners", "allies", "countries", "states", "governments") and listed:
        return [(x, r) for _, x in listed for r in [ctx.ent(x)] if r is not None and r.type in ACTOR_TYPES]
    included = [(x, r) for how, x in listed if how == "including" for r in [ctx.ent(x)]
                if r is not None and r.type in ACTOR_TYPES]
    if included and t.tag_ in ("NNS", "NNPS"):
        return included  # "met with Senate Democrats, including X and Y": those the text names
    if low in ("people", "public", "nation", "electorate") and t.tag_ in ("NN", "NNS"):
        # "telling the British people", "addressed the Ukrainian nation": the country itself
        state = next(((m, r) for m in t.lefts if m.dep_ in ("amod", "compound", "poss")
                      for r in [ctx.ent(m)] if r is not None and r.type == "country"), None)
        return [state] if state is not None else []
    if low not in PARTY_NOUNS:
        # "More than 40 senators, led by X, wrote to Y", "a group of lawmakers headed by X":
        # those a leader takes along act with the leader, the one the text names
        led = _led_by(ctx, t) if t.tag_ == "NNS" or low in _LED_GROUPS else None
        return [led] if led is not None else []
    return _sent_by(ctx, t, listed, context_tok)


def _named_among(ctx: Context, t: Token) -> list[tuple[Token, EntityRef]]:
    """ "X was among the lawmakers who met with Y", "X is one of the senators who called Y",
    "X was among those who spoke with Y", "X was part of the delegation that met Y": the group
    a copula puts a named side in did what its relative clause tells with that side in it; it
    stands for the side the text names (the others it leaves unnamed)."""
    prep = t.head
    part = prep.lower_ == "of" and prep.head.lower_ == "part" and prep.head.dep_ == "attr"
    if t.tag_ not in ("NNS", "NNPS") and t.lower_ != "those" and not (part and t.tag_ == "NN") \
            or t.dep_ != "pobj" or not any(c.dep_ == "relcl" for c in t.children):
        return []
    if prep.lower_ == "among":
        be = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ in ("one", "part") and prep.head.dep_ == "attr":
        be = prep.head.head
    else:
        return []
    if be.lemma_.lower() != "be" or not asserted(be):
        return []  # "X was not among those who met Y", "X would be one of …": not in the group
    subj = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return parties(ctx, subj)


def _sent_by(ctx: Context, t: Token, listed: list[tuple[str, Token]],
             context_tok: Token) -> list[tuple[Token, EntityRef]]:
    """A delegation, negotiator or official (``PARTY_NOUNS``) stands for the states or bodies
    that sent it, named before it or in its "from"/"of" phrase (``listed``), or for the one it
    is led by; "counterparts" and the nouns of one person for the officials the article titles
    with those states."""
    low = t.lower_
    found: list[tuple[Token, EntityRef]] = []
    mods = [c for c in t.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")]
    mods = [x for m in mods for x in _conjuncts(m)]  # "Ukrainian and Russian negotiators"
    # "envoys from Russia and the US"; "the foreign ministers of Chile and Peru" (a plural: the
    # singular "the minister of X" is one person, read below)
    sent_by = [x for how, x in listed if how == "from" or how == "of" and t.tag_ == "NNS"]
    for m in mods + sent_by:
        r = ctx.ent(m)  # "the North Korean regime": ctx.ent reads both words of the demonym
        if r is not None and r.type in ("country", "organization") and all(r.id != f.id for _, f in found):
            found.append((m, r))
    led = _led_by(ctx, t)
    if not found and led is not None:
        found.append(led)  # "a delegation led by Anna Lee"
    if low == "counterparts" and found:
        # "hosted his Colombian and Venezuelan counterparts": for each state, the person the
        # article titles with it (named before or after)
        # (the evidence stays at the noun: the names may come a sentence later)
        # (a state whose counterpart the article never names: the state itself, as for an
        # unnamed ambassador)
        people = [(t, p[1]) if p is not None else (m, r) for m, r in found
                  for p in [_official_of(ctx, r, context_tok, None)]
                  if p is not None or r.type == "country" and not _name_follows(t)]
        return [p for k, p in enumerate(people) if all(p[1].id != q[1].id for q in people[:k])]
    if low in ONE_PERSON and found:
        # "his Ukrainian counterpart", "the British minister": a person, the one the article
        # titles so; never the country itself
        person = _official_of(ctx, found[0][1], context_tok, None if low == "counterpart" else low)
        if person is None and (low in HEADS_OF_MISSION or low == "counterpart" and not _name_follows(t)) \
                and found[0][1].type == "country":
            return found[:1]  # "summoned the Argentine ambassador": unnamed, the envoy of the state
        return [person] if person is not None else []
    if led is not None and all(led[1].id != r.id for _, r in found):
        # "a Hamas delegation headed by X": X took part in person, for the body the delegation is of
        found.append(led)
    return found


def _at_sitting(t: Token) -> bool:
    """Whether ``t`` is an object that names a sitting of a body ("told a session of …") or its
    members bare ("wrote to members of …"; "some members", "Republican members of" say a part)."""
    if t.dep_ not in ("dobj", "dative", "pobj"):
        return False
    return t.lower_ in _SITTINGS or t.lower_ in _MEMBERS and t.tag_ == "NNS" and \
        not any(c.dep_ in ("amod", "compound", "nummod", "poss") for c in t.children)


def _body_at_sitting(ctx: Context, t: Token, context_tok: Token) -> list[tuple[Token, EntityRef]]:
    """ "told a session of the European Parliament", "addressed a meeting of NATO": the body
    that sits there is the one told, named in the "of" phrase or before the noun ("addressed
    the NRA convention", "the party's conference", "told a Planned Parenthood gathering");
    members told are their body (``_body_of_members``)."""
    if t.lower_ in _MEMBERS:
        return _body_of_members(ctx, t, context_tok)
    held_by = objects_of(t, ("of",)) + [m for m in t.lefts if m.dep_ in ("compound", "poss") and m.pos_ == "PROPN"]
    found = _bodies(ctx, held_by)
    if found:
        return found
    glued = ctx.body_glued_before(t)  # a body the entity reading took into one group with the noun
    return [glued] if glued is not None else []


def _body_of_members(ctx: Context, t: Token, context_tok: Token) -> list[tuple[Token, EntityRef]]:
    """ "told members of the executive council", "wrote to members of Congress": the body they
    are members of; "told delegates at the party's convention": the body whose sitting they are
    at (the parser may hang the "at" on the verb)."""
    held_by = objects_of(t, ("of", "at", "to"))
    if t.dep_ == "dobj" and not held_by:
        held_by = [g for p in t.head.children if p.dep_ == "prep" and p.lower_ == "at" and p.i == t.i + 1
                   for g in p.children if g.dep_ == "pobj"]
    found = _bodies(ctx, held_by)
    return found or [p for g in held_by if g.lower_ in _SITTINGS for p in _one_party(ctx, g, context_tok)]


def objects_of(t: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the prepositions ``preps`` hung on ``t`` ("a session *of parliament*")."""
    return [g for p in t.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children if g.dep_ == "pobj"]


def _bodies(ctx: Context, toks: list[Token]) -> list[tuple[Token, EntityRef]]:
    """The organisations and countries among ``toks``."""
    return [(g, r) for g in toks for r in [ctx.ent(g)] if r is not None and r.type in ("organization", "country")]


# singular nouns of a body of people a leader heads: "a group of senators led by X"
_LED_GROUPS = frozenset("group coalition bloc caucus contingent party".split())


def _led_by(ctx: Context, t: Token) -> tuple[Token, EntityRef] | None:
    """The one a delegation or team is led by ("a delegation led by Anna Lee", "a team headed
    by the EU Special Representative, Karl Brenner")."""
    leader = next((g for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
                   for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
    if leader is None:
        return None
    # (the leader as any party is read: "the AU Special Envoy for the Sahel, Moussa Diallo")
    return next(iter(parties(ctx, leader)), None)


# the styles of a ruler or envoy that stand for them on a later mention ("His Highness", "His Majesty")
_STYLES = frozenset("highness majesty excellency".split())


def _styled_before(ctx: Context, t: Token) -> tuple[Token, EntityRef] | None:
    """The last person named before ``t`` with the same style just before the name ("President
    His Highness Sheikh X … His Highness also received …")."""
    best = None
    for ent in ctx.index.layout.ents:
        if ent.label_ != "PERSON" or ent.start >= t.i:
            continue
        if any(w.lower_ == t.lower_ for w in ctx.doc[max(0, ent.start - 3):ent.start]):
            ref = ctx.ent(ent.root)
            if ref is not None and ref.type == "person":
                best = (ent.root, ref)
    return best


def _name_follows(t: Token) -> bool:
    """Whether a name follows the noun, with or without a comma ("his counterpart Han Min-koo"):
    then the counterpart is named, even if the entity reading missed the name."""
    doc = t.doc
    k = t.i + 1 + (t.i + 1 < len(doc) and doc[t.i + 1].text == ",")
    return k < len(doc) and doc[k].pos_ == "PROPN"


# the sittings of a body: "a plenary session of parliament", "a meeting of the board"
_SITTINGS = frozenset("session sessions sitting meeting gathering assembly conference summit convention".split())


# the members of a body, told or met as the body: "told members of the executive council",
# "wrote to members of Congress", "told delegates at the party's convention" (bare: "some members", "Republican members of" say a part)
_MEMBERS = frozenset({"members", "delegates"})


# a school's people a commencement speaker addresses: "Ohio State University graduates", "Boston
# College's graduating class", "the class of 2014 at X" (its "class" only so: "America's middle
# class" is no audience)
_GRADUATES = frozenset({"graduates", "class", "alumni"})


def _graduates(t: Token) -> bool:
    """Whether ``t`` names the graduates or a graduating class of a school as the one told."""
    if t.lower_ not in _GRADUATES or t.dep_ not in ("dobj", "dative", "pobj"):
        return False
    return t.lower_ != "class" or any(c.lower_ == "graduating" for c in t.lefts) or any(
        g.like_num for g in objects_of(t, ("of",)))


def _school_of(ctx: Context, t: Token) -> list[tuple[Token, EntityRef]]:
    """The body a school's graduates belong to, named before them or in their "of"/"at" phrase."""
    held_by = [m for m in t.lefts if m.dep_ in ("compound", "poss") and m.pos_ == "PROPN"] + objects_of(t, ("of", "at"))
    return [(g, r) for g in held_by for r in [ctx.ent(g)] if r is not None and r.type == "organization"]


# the head words of a title that the entity reading may register as a body of its own ("the
# Minister of Foreign Affairs of Portugal", "the EU Special Representative for the Horn of Africa")
_TITLE_HEADS = frozenset("minister secretary envoy ambassador representative commissioner chief director "
                         "president chancellor premier chairman chairwoman chair governor coordinator "
                         "adviser advisor general head executive".split())
# the words a title phrase runs through before the comma that opens its holder's name
_TITLE_FILLERS = frozenset("of for the on to and -".split())


def _title_holder(ctx: Context, t: Token) -> tuple[Token, EntityRef] | None:
    """The person a title is followed by, after a comma: "the Minister of Foreign Affairs of
    Portugal, Duarte Meireles", "the U.S. Trade Representative, Sarah Goldberg". The title runs
    through capitalised words and the small words of a title ("of", "for", "the") up to the
    comma, whatever the parse made of the apposition."""
    doc = t.doc
    k = t.i + 1
    while k < len(doc) and k < t.i + 16 and doc[k].text != ",":
        w = doc[k]
        if not (w.text[:1].isupper() or w.lower_ in _TITLE_FILLERS or w.text in ("-", "\u2013", "'s", "\u2019s")
                or t.text.islower() and w.pos_ in ("NOUN", "ADJ", "DET")):  # "the chief of staff, X"
            return None
        k += 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    return _named_after_comma(ctx, doc[k - 1])


def _name_closing_title(ctx: Context, t: Token) -> tuple[Token, EntityRef] | None:
    """The person whose name closes a title the parser made the head of the phrase: "Minister
    for Political Affairs Hadi Kusuma", "President His Highness Sheikh X" (the name hung inside
    the title's "for" phrase or apposition)."""
    last = t.right_edge
    if last.i == t.i or any(w.pos_ in ("VERB", "AUX") or w.is_punct and w.text != "-" for w in t.doc[t.i:last.i + 1]):
        return None
    ref = ctx.ent(last)
    return (last, ref) if ref is not None and ref.type == "person" else None


def _named_by_its_state(ctx: Context, t: Token) -> list[tuple[Token, EntityRef]]:
    """ "the Hong Kong administration", "the Norwegian government": a common noun for those who
    act for a state stands for the state it names, even when the whole phrase was registered
    as a body of its own."""
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in PARTY_NOUNS or t.lower_ in ONE_PERSON:
        return []
    # "Poland's Ministry of Foreign Affairs": a body whose own name says no state ("Ministry of
    # Foreign Affairs" would be one entity across every country's articles) is its owner's; a
    # body named with its state ("the Canadian foreign ministry") stays the body
    body = ctx.ent(t)
    generic = body is not None and body.type == "organization" and \
        not any(gazetteer.country(w) or gazetteer.demonym(w) for w in body.name.split())
    for c in t.lefts:
        if c.dep_ in ("amod", "compound") and t.pos_ == "NOUN" or c.dep_ == "poss" and generic:
            ref = ctx.ent(c)
            if ref is None or ref.type != "country":
                ref = ctx.named_country(c.text, c) if c.text[:1].isupper() else None
            if ref is not None and ref.type == "country":
                return [(c, ref)]
    return []


def _named_after_comma(ctx: Context, noun: Token) -> tuple[Token, EntityRef] | None:
    """The person named right after a role noun and a comma, whatever the parse made of it:
    "a call with Qatar's emir, Sheikh Tamim, on Monday" (the name hung on the verb)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    inside = False  # "Lt Gen (retd) Asim Qureshi": a rank's aside in parentheses
    for t in doc[noun.i + 2:min(len(doc), noun.i + 9)]:
        if t.text in ("(", ")") or inside:
            inside = t.text != ")" and (inside or t.text == "(")
            continue
        ref = ctx.ent(t)
        if ref is not None:
            end = t.i
            while end + 1 < len(doc) and ctx.ent(doc[end + 1]) == ref:
                end += 1
            follows = doc[end + 1].text if end + 1 < len(doc) else "."
            return (t, ref) if ref.type == "person" and follows in (",", ".", ";", ")") else None
        if t.pos_ != "PROPN":
            return None  # only a title may stand before the name ("Sheikh")
    return None


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and every token coordinated with it ("Chile, Peru and Bolivia")."""
    out, todo = [], [tok]
    while todo and len(out) < 12:
        t = todo.pop(0)
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _official_of(ctx: Context, country: EntityRef, before: Token, noun: str | None) -> tuple[Token, EntityRef] | None:
    """The person the article titles with ``country`` (and ``noun``, when given: "Ukrainian
    Foreign Minister Dmytro Kuleba" for "the Ukrainian minister"), the nearest to ``before``."""
    best: tuple[int, tuple[Token, EntityRef]] | None = None
    # "the Peruvian leader" is the one titled President, Prime Minister or Chancellor of Peru
    wanted = LEADER_WORDS if noun == "leader" else {noun}
    for ent in ctx.index.layout.ents:
        if ent.label_ != "PERSON":
            continue
        ref = ctx.ent(ent.root)
        if ref is None or ref.type != "person":
            continue
        # the title before the name ("Ukrainian Foreign Minister X"), else in apposition after
        # it ("X, Ukraine's foreign minister,")
        title = [list(ctx.doc[max(ent.sent.start, ent.start - 5):ent.start])]  # (not the sentence before)
        title += [list(a.subtree) for a in ent.root.children if a.dep_ == "appos" and a.i >= ent.end]
        for words in title:
            at = next((k for k, t in enumerate(words) if (o := ctx.ent(t)) is not None and o.id == country.id), None)
            if at is None or noun is not None and not any(t.lower_ in wanted for t in words[at:]):
                continue
            dist = abs(ent.start - before.i)
            if best is None or dist < best[0]:
                best = (dist, (ent.root, ref))
            break
    if best is None and noun is not None and noun != "leader":
        # "the British minister" for "UK Foreign Secretary X": the one person titled so
        only = {id(p[1]): p for p in _titled_with(ctx, country)}
        titled = {p[1].id: p for p in only.values()}
        return next(iter(titled.values())) if len(titled) == 1 else None
    return best[1] if best else None


def _surname_read_before(ctx: Context, t: Token) -> EntityRef | None:
    """ "Trump on Monday urged Kyiv …": a bare surname the tagger missed (a capitalised word
    at the start of a sentence, tagged as a common noun) stands for the person named so
    earlier in the article, when exactly one was."""
    found = {ctx.index.ref(c).id: ctx.index.ref(c) for _, c in ctx.index.persons_before(t.idx)
             if ctx.index.ref(c).name.split()[-1] == t.text}
    return next(iter(found.values())) if len(found) == 1 else None


def _titled_with(ctx: Context, country: EntityRef) -> list[tuple[Token, EntityRef]]:
    """People whose title names ``country`` ("Ukrainian Foreign Minister X")."""
    out = []
    for ent in ctx.index.layout.ents:
        ref = ctx.ent(ent.root) if ent.label_ == "PERSON" else None
        if ref is None or ref.type != "person":
            continue
        before = ctx.doc[max(0, ent.start - 5):ent.start]
        if any((o := ctx.ent(t)) is not None and o.id == country.id for t in before) and \
                any(t.lower_ in OFFICE_WORDS for t in before) and not any(t.lower_ in LEADER_WORDS for t in before):
            out.append((ent.root, ref))
    return out


# "talks hosted by", "discussions conducted through": a mediator's verbs and the plain verbs of holding talks
_HOSTING_VERBS = MEDIATING_VERBS | {"conduct", "hold"}


def mediators_of(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """Who hosts or brokers the event: "U.S.-brokered talks", "talks hosted by China",
    "discussions conducted through Omani mediators"."""
    out: list[tuple[Token, EntityRef]] = []
    for j in range(max(0, noun.i - 4), noun.i):
        t = ctx.doc[j]
        if t.lower_.endswith(("brokered", "mediated", "hosted", "sponsored")):
            for k in (j - 1, j - 2):  # "U.S.-brokered", "U.S. - brokered", "Qatari-mediated"
                if k >= 0 and ctx.ent(ctx.doc[k]) is not None:
                    out.append((ctx.doc[k], ctx.ent(ctx.doc[k])))
                    break
            if "-" in t.text and ctx.named_country(t.text.split("-")[0], t) is not None:
                out.append((t, ctx.named_country(t.text.split("-")[0], t)))
    for c in [*noun.children, *(noun.head.children if noun.dep_ == "pobj" and noun.head.head.lower_ == "round" else [])]:
        if c.dep_ == "acl" and c.lemma_.lower() in _HOSTING_VERBS:
            for a in c.children:
                if a.dep_ == "agent" and c.lemma_.lower() in MEDIATING_VERBS:
                    out += [p for g in a.children if g.dep_ == "pobj" for p in parties(ctx, g)]
                if a.dep_ == "prep" and a.lower_ in ("through", "via"):
                    out += [p for g in a.children if g.dep_ == "pobj" for p in parties(ctx, g)]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "X and Y held talks on Sunday, mediated by Qatar": the participle trails the clause
        # and the parser hangs it on the verb
        out += [p for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > noun.i
                and c.lemma_.lower() in MEDIATING_VERBS and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" for p in parties(ctx, g)]
    return [(t, r) for t, r in out if r.type in ACTOR_TYPES]


