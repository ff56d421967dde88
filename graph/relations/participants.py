"""Who takes part in a communication event: the actors a token names, read the way a reader
reads them. The entity itself and its conjuncts; a delegation, negotiator or official for its
country or for the person it is led by; "his Ukrainian counterpart" for the Ukrainian official
the article names; "the two leaders" / "both sides" for the pair just named; hyphenated pairs
("U.S.-China talks"); the mediator or host of an event ("U.S.-brokered talks"); and, for a
subject "he"/"she" or a possessive "his", the person the pronoun continues.

Kept apart from ``communication`` (which finds the events and emits the relations) so that
each reads alone.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .. import gazetteer
from ..entities import PERSON_PRONOUNS
from ..entities.datelines import is_dateline_place
from ..model import EntityRef
from ..speakers import subject_of
from ._context import FIRST_PERSON, LEADER_WORDS, Context, asserted, names_glued_before
from .contact_lexicon import (_GROUP_COUNTS, HEADS_OF_MISSION, _ACTOR_TYPES, _MEDIATING_VERBS, _OFFICE_WORDS, _ONE_PERSON,
                              _PAIR_NOUNS, _PAIR_WORDS, _PARTY_NOUNS)


def parties(ctx: Context, tok: Token | None, context_tok: Token | None = None) -> list[tuple[Token, EntityRef]]:
    """The actors ``tok`` names: the entity itself and its conjuncts; a delegation, negotiator
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
            if ref.type in _ACTOR_TYPES and all(r.id != ref.id for _, r in out):
                out.append((found_tok, ref))
    return out


def _undated(subj: Token) -> Token | None:
    """The subject itself, or for a dateline read as the subject the apposition the parser hung
    the real subject on (none when there is no such apposition)."""
    if not is_dateline_place(subj):
        return subj
    return next((c for c in subj.children if c.dep_ == "appos"), None)


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
    if t.pos_ == "PRON" and t.lower_ not in PERSON_PRONOUNS and t.lower_ not in ("it", "they") \
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
                    for r in [ctx.ent(x)] if r is not None and r.type in _ACTOR_TYPES]
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
    if low in _PAIR_NOUNS and any(c.lower_ in _PAIR_WORDS for c in t.children):
        return the_two(ctx, t, _PAIR_NOUNS[low])
    if low in _PAIR_NOUNS and (count := counted_group(t)):
        return the_several(ctx, t, _PAIR_NOUNS[low], count)
    listed = [(p.lower_, x) for p in t.children if p.dep_ == "prep" and p.lower_ in ("including", "from", "of")
              for g in p.children if g.dep_ == "pobj" for x in _conjuncts(g)]
    if low in ("partners", "allies", "countries", "states", "governments") and listed:
        return [(x, r) for _, x in listed for r in [ctx.ent(x)] if r is not None and r.type in _ACTOR_TYPES]
    included = [(x, r) for how, x in listed if how == "including" for r in [ctx.ent(x)]
                if r is not None and r.type in _ACTOR_TYPES]
    if included and t.tag_ in ("NNS", "NNPS"):
        return included  # "met with Senate Democrats, including X and Y": those the text names
    if low in ("people", "public", "nation", "electorate") and t.tag_ in ("NN", "NNS"):
        # "telling the British people", "addressed the Ukrainian nation": the country itself
        state = next(((m, r) for m in t.lefts if m.dep_ in ("amod", "compound", "poss")
                      for r in [ctx.ent(m)] if r is not None and r.type == "country"), None)
        return [state] if state is not None else []
    if low not in _PARTY_NOUNS:
        # "More than 40 senators, led by X, wrote to Y", "a group of lawmakers headed by X":
        # those a leader takes along act with the leader, the one the text names
        led = _led_by(ctx, t) if t.tag_ == "NNS" or low in _LED_GROUPS else None
        return [led] if led is not None else []
    return _sent_by(ctx, t, listed, context_tok)


def _sent_by(ctx: Context, t: Token, listed: list[tuple[str, Token]],
             context_tok: Token) -> list[tuple[Token, EntityRef]]:
    """A delegation, negotiator or official (``_PARTY_NOUNS``) stands for the states or bodies
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
    if low in _ONE_PERSON and found:
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
    if t.pos_ not in ("NOUN", "PROPN") or t.lower_ not in _PARTY_NOUNS or t.lower_ in _ONE_PERSON:
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
                any(t.lower_ in _OFFICE_WORDS for t in before) and not any(t.lower_ in LEADER_WORDS for t in before):
            out.append((ent.root, ref))
    return out


def the_two(ctx: Context, noun: Token, want: str | None) -> list[tuple[Token, EntityRef]]:
    """ "the two leaders", "both sides": the two parties of the last COMMUNICATED_WITH read in
    this sentence or the two before it; else the last two actors of the wanted type."""
    if noun.lower_ in _DELEGATION_PAIRS:
        sent = _delegations_before(ctx, noun)
        if len(sent) == 2:  # "The Ukrainian delegation … The Russian team … The two delegations talked"
            return [(noun, r) for r in sent]
    last = last_contact(ctx, noun, want)
    if last:
        return last
    sents = ctx.index.layout.sent_of
    here = sents[noun.i]
    seen: list[EntityRef] = []
    for j in range(noun.i - 1, -1, -1):
        if sents[j] < here - 1:
            break
        ref = ctx.index.at(ctx.doc[j])
        if ref is not None and ref.type == (want or "country") and all(s.id != ref.id for s in seen) \
                and not _named_as_topic(ctx, ctx.doc[j], ref):
            seen.append(ref)
    if len(seen) == 2:
        return [(noun, seen[1]), (noun, seen[0])]
    if want is None:
        # a bare "The two also exchanged views on …" a few sentences after "X met Y": the pair
        # of that meeting, when no two states acted since ("aid to Ukraine" is a topic)
        return last_contact(ctx, noun, None, reach=_BARE_TWO_REACH)
    return []


def counted_group(noun: Token) -> int:
    """How many "the three leaders", "the four ministers" counts (0 for any other noun)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return 0
    return next((_GROUP_COUNTS[c.lower_] for c in noun.children if c.dep_ == "nummod" and c.lower_ in _GROUP_COUNTS), 0)


def the_several(ctx: Context, noun: Token, want: str | None, count: int) -> list[tuple[Token, EntityRef]]:
    """ "the three leaders" after "Voss, Mora and Brandt gathered in Rome": the ``count``
    actors of the wanted type named in this sentence and the one before, when that many are
    named there (a topic, "aid to Peru", does not count); else none."""
    sents = ctx.index.layout.sent_of
    here = sents[noun.i]
    seen: list[EntityRef] = []
    for j in range(noun.i - 1, -1, -1):
        if sents[j] < here - 1:
            break
        ref = ctx.index.at(ctx.doc[j])
        if ref is not None and ref.type == (want or "country") and all(s.id != ref.id for s in seen) \
                and not _named_as_topic(ctx, ctx.doc[j], ref):
            seen.append(ref)
    return [(noun, r) for r in reversed(seen)] if len(seen) == count else []


# how many sentences back a bare "the two" may reach for the meeting it continues (a readout
# tells the meeting, then its agenda in a few sentences, then "The two also …")
_BARE_TWO_REACH = 5
# prepositions whose object is a party of what is told, not a topic of it
_PARTY_PREPOSITIONS = frozenset("between with by".split())


def _named_as_topic(ctx: Context, tok: Token, ref: EntityRef) -> bool:
    """Whether the state at ``tok`` is only a topic of its clause ("support for Ukraine", "the
    conference in Norway") rather than one who acts or is acted with ("between Peru and Chile")."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.i != t.i and (h := ctx.index.at(t.head)) is not None and h.id == ref.id:
        t = t.head  # the name's head word ("United" in "United States" hangs on "States")
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "aid to Peru and Chile": the first conjunct's place
    return t.dep_ == "pobj" and t.head.lower_ not in _PARTY_PREPOSITIONS


# plural nouns of the teams states send: "the two delegations" are the two the article has told of
_DELEGATION_PAIRS = frozenset("delegations teams".split())
_DELEGATION_WORDS = frozenset("delegation team".split())


def _delegations_before(ctx: Context, noun: Token) -> list[EntityRef]:
    """The states whose delegation or team the article names before ``noun`` ("The Ukrainian
    delegation, led by X, arrived. The Russian team is headed by Y."), when they are two."""
    found: list[EntityRef] = []
    for t in ctx.doc[:noun.i]:
        if t.lower_ not in _DELEGATION_WORDS or t.tag_ != "NN":
            continue
        for m in t.lefts:
            r = ctx.ent(m) if m.dep_ in ("amod", "compound", "poss", "nmod") else None
            if r is not None and r.type == "country" and all(r.id != f.id for f in found):
                found.append(r)
    return found if len(found) == 2 else []


def last_contact(ctx: Context, noun: Token, want: str | None = None,
                 events: tuple[str, ...] = (), reach: int = 2) -> list[tuple[Token, EntityRef]]:
    """The two parties of the last COMMUNICATED_WITH read before ``noun`` in its sentence or
    the ``reach`` before it (of type ``want`` and one of ``events`` when given): "the two
    leaders", "the talks, brokered by Qatar," after the talks were told."""
    sents = ctx.index.layout.sent_of
    here = sents[noun.i]
    for r in reversed(ctx.out):
        if r.predicate != "COMMUNICATED_WITH" or r.evidence.start >= noun.idx:
            continue
        tok = ctx.doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
        if tok is None or sents[tok.start] < here - reach:
            break
        if events and r.event not in events:
            continue
        a, b = ctx.ref_by_id(r.subject), ctx.ref_by_id(r.object)
        if a is not None and b is not None and (want is None or a.type == b.type == want):
            return [(noun, a), (noun, b)]
    return []


def last_event_parties(ctx: Context, noun: Token, events: tuple[str, ...],
                       reach: int = 2) -> list[tuple[Token, EntityRef]]:
    """Every party of the last event of these kinds read before ``noun`` (its sentence or the
    ``reach`` before it): "X hosted Y and Z. The meeting was also attended by W" (the meeting
    of X, Y and Z). One event is one sentence's relations of that kind."""
    sents = ctx.index.layout.sent_of
    here = sents[noun.i]
    found: list[EntityRef] = []
    at: int | None = None
    for r in reversed(ctx.out):
        if r.predicate != "COMMUNICATED_WITH" or r.evidence.start >= noun.idx or r.event not in events:
            continue
        tok = ctx.doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
        if tok is None or sents[tok.start] < here - reach or at is not None and sents[tok.start] != at:
            break
        at = sents[tok.start]
        for ref in (ctx.ref_by_id(r.subject), ctx.ref_by_id(r.object)):
            if ref is not None and all(ref.id != f.id for f in found):
                found.append(ref)
    return [(noun, r) for r in found]


def they_pair(ctx: Context, pron: Token) -> list[tuple[Token, EntityRef]]:
    """ "X spoke with Y on Monday. They discussed the border.": a subject "they" right after a
    contact between two parties is that pair (only a contact read in this sentence or the one
    before; nothing else is a guide to who "they" are)."""
    sents = ctx.index.layout.sent_of
    for r in reversed(ctx.out):
        if r.predicate != "COMMUNICATED_WITH" or r.evidence.start >= pron.idx:
            continue
        tok = ctx.doc.char_span(r.evidence.start, r.evidence.end, alignment_mode="expand")
        if tok is None or sents[tok.start] < sents[pron.i] - 1:
            return []
        a, b = ctx.ref_by_id(r.subject), ctx.ref_by_id(r.object)
        return [(pron, a), (pron, b)] if a is not None and b is not None else []
    return []


def joint_pair(ctx: Context, pron: Token) -> list[tuple[Token, EntityRef]]:
    """ "X toured the flooded town with Y. They shook hands at the airport.": a subject "they"
    right after a sentence whose main verb tells two people acting together (its subject
    with a person in its *with* phrase, or two people as its subject) is that pair, when the
    sentence names no one else beside them there."""
    start = pron.sent.start
    if start == 0:
        return []
    root = ctx.doc[start - 1].sent.root
    if root.pos_ not in ("VERB", "AUX") or not asserted(root):
        return []
    people = ctx.actors(subject_of(root), ("person",))
    # (the parser may hang the "with" on the object: "toured the site with Y")
    held = [root, *(c for c in root.children if c.dep_ == "dobj")]
    people += [p for h in held for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj" for p in ctx.actors(g, ("person",))]
    pair = list({r.id: r for _, r in people}.values())
    return [(pron, r) for r in pair] if len(pair) == 2 else []


def hyphen_pair(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """ "U.S.-China talks", "the Russia-Ukraine negotiations": the two named before the noun."""
    window = ctx.doc[max(0, noun.i - 5):noun.i]
    for a, dash, b in zip(window, window[1:], window[2:]):
        if dash.text in ("-", "\u2013", "\u2010", "\u2011") and not dash.whitespace_ or dash.text == "\u2013":
            ra, rb = ctx.ent(a) or ctx.named_country(a.text, a), ctx.ent(b) or ctx.named_country(b.text, b)
            if ra and rb and ra.id != rb.id and {ra.type, rb.type} <= {"country", "organization", "person"}:
                return [(a, ra), (b, rb)]
    for c in window:
        if "-" in c.text and not c.text.startswith("-"):
            parts = [p for p in c.text.split("-") if p]
            refs = [ctx.named_country(p, c) for p in parts]
            if len(refs) == 2 and all(refs) and refs[0].id != refs[1].id:
                return [(c, refs[0]), (c, refs[1])]
    return []


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
        if c.dep_ == "acl" and c.lemma_.lower() in _MEDIATING_VERBS | {"conduct", "hold"}:
            for a in c.children:
                if a.dep_ == "agent" and c.lemma_.lower() in _MEDIATING_VERBS:
                    out += [p for g in a.children if g.dep_ == "pobj" for p in parties(ctx, g)]
                if a.dep_ == "prep" and a.lower_ in ("through", "via"):
                    out += [p for g in a.children if g.dep_ == "pobj" for p in parties(ctx, g)]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "X and Y held talks on Sunday, mediated by Qatar": the participle trails the clause
        # and the parser hangs it on the verb
        out += [p for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i > noun.i
                and c.lemma_.lower() in _MEDIATING_VERBS and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj" for p in parties(ctx, g)]
    return [(t, r) for t, r in out if r.type in _ACTOR_TYPES]


def continued_subject(ctx: Context, pron: Token) -> tuple[Token, EntityRef] | None:
    """``_continued_subject``, never the speaker of the verbatim words the pronoun stands in:
    "Holt spoke on Monday. “He is talking to Democrats,” she said" is not about her."""
    found = _continued_subject(ctx, pron)
    speaker = ctx.words_of(pron)
    return None if found is not None and speaker is not None and found[1].id == speaker.id else found


def acting_parties(ctx: Context, subj: Token, context_tok: Token | None = None) -> list[tuple[Token, EntityRef]]:
    """The parties a clause's subject names, as ``parties``; a pronoun other than "I"/"we" stands
    for the subject it continues ("he"/"she", ``continued_subject``), or for no one ("they",
    "it"): "he repeated it on X's show" is the one the sentences before were about."""
    if subj.pos_ == "PRON" and subj.lower_ not in FIRST_PERSON:
        kept = continued_subject(ctx, subj) if subj.lower_ in ("he", "she") else None
        return [(subj, kept[1])] if kept is not None else []
    return parties(ctx, subj, context_tok)


def _continued_subject(ctx: Context, pron: Token) -> tuple[Token, EntityRef] | None:
    """The person a subject "he"/"she" continues: the subject of a clause it is embedded in
    ("Ruiz said she had met X"), else the main subject of the sentence before (a pronoun
    there is followed back one more sentence); the nearest name read is no guide ("met X,
    head of the agency, … He was also meeting Y": he is not X)."""
    want = PERSON_PRONOUNS.get(pron.lower_)

    def person(t: Token) -> tuple[Token, EntityRef] | None:
        if t.pos_ == "PRON":
            return None
        for tok, ref in parties(ctx, t):
            if ref.type == "person" and ctx.resolver.gender(ref) in (None, want):
                return tok, ref
        return None

    head = pron.head
    for _ in range(6):  # the clauses the pronoun's clause is embedded in
        if head.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in head.children):
            # "flew to Athens, where he met X": the one who went there, the subject of the
            # verb the place hangs on
            place, owner = _place_of_clause(head, person)
            if owner is not None:
                return owner
            if place.pos_ not in ("VERB", "AUX"):
                break
            head = place
        elif head.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "dep") or head.head.i == head.i:
            break
        else:
            head = head.head
        subj = next((u for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i
                     for u in [_undated(c)] if u is not None), None)
        if subj is not None:
            found = person(subj)
            if found is not None:
                return found
            if subj.pos_ != "PRON":
                return None  # "the talks ended, and he met X": someone not named as a person
    sents = list(ctx.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= pron.i < s.end)
    own_root = sents[here].root
    # the main subject of this sentence before the pronoun ("Ruiz arrived and he met X")
    candidates = [u for c in own_root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i
                  for u in [_undated(c)] if u is not None]
    for k in range(here - 1, max(-1, here - 3), -1):
        root = sents[k].root
        candidates += [c for v in [root, *[c for c in root.children if c.dep_ == "conj"]]
                       for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                       for u in [_undated(c)] if u is not None][:1]
    for c in candidates:
        if c.pos_ == "PRON" and c.lower_ == pron.lower_:
            continue  # "He said … He met": one more sentence back
        found = person(c)
        if found is not None:
            return found
        if c.pos_ != "PRON":
            return None  # the sentence before is about someone or something else
    return None


# nouns of a journey, whose owner went where the journey went: "his trip to Beijing, where he met X"
_JOURNEYS = frozenset("visit trip tour journey stop stopover".split())


def _place_of_clause(clause: Token, person: Callable[[Token], tuple[Token, EntityRef] | None]
                     ) -> tuple[Token, tuple[Token, EntityRef] | None]:
    """The word a "where"/"when" clause's place hangs on, up through its phrase ("flew to
    Athens, where …": "flew"), and the person who made a journey named on the way ("after
    Rasheed's trip to Beijing, where he met X": Rasheed, as ``person`` reads the owner)."""
    place = clause.head
    while place.dep_ in ("pobj", "prep", "npadvmod") and place.head.i != place.i:
        place = place.head
        if place.pos_ == "NOUN" and place.lemma_.lower() in _JOURNEYS:
            # "after Rasheed's trip to Beijing, where he met X": the one who made the trip
            owner = next((person(c) for c in place.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            if owner is not None:
                return place, owner
    return place, None


def topic_before(ctx: Context, noun: Token, others: set[str]) -> list[tuple[Token, EntityRef]]:
    """The person or state the sentence before is about (its main subject), as the holder of
    an event told without one; none when that subject is something else."""
    sents = list(ctx.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
    if here == 0:
        return []
    root = sents[here - 1].root
    subj = next((u for c in root.children if c.dep_ in ("nsubj", "nsubjpass") for u in [_undated(c)] if u is not None),
                None)
    if subj is None:
        return []
    if subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
        found = continued_subject(ctx, subj)
        return [(noun, found[1])] if found is not None and found[1].id not in others else []
    return [(noun, r) for _, r in parties(ctx, subj) if r.type in ("person", "country") and r.id not in others][:1]


def possessor(ctx: Context, pron: Token, others: set[str]) -> EntityRef | None:
    """The person "his"/"her" stands for: the nearest person of that gender named before,
    other than the event's other side, when that person is a subject there ("Trump praised
    NATO … his summit with Putin"); otherwise none (too often someone else)."""
    want = PERSON_PRONOUNS.get(pron.lower_)
    for _, cluster in ctx.index.persons_before(pron.idx):
        ref = ctx.index.ref(cluster)
        if ref.id in others or ctx.resolver.gender(ref) not in (None, want):
            continue
        same_sentence = ctx.index.layout.sent_of[ctx.doc.char_span(*_first_mention_before(cluster, pron.idx),
                                                                   alignment_mode="expand").start] \
            == ctx.index.layout.sent_of[pron.i]
        return ref if same_sentence or ctx.was_subject(ref, pron) else None
    return None


def _first_mention_before(cluster, char: int) -> tuple[int, int]:  # noqa: ANN001 - an EntityIndex cluster
    """The (start, end) of the cluster's last mention ending before ``char``."""
    return max(((m.start, m.end) for m in cluster.mentions if m.end <= char), default=(0, 0))
