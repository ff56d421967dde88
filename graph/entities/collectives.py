"""Collective actors news writes as plain words, which the small model leaves untagged or
tags NORP (and ``MentionTypes`` then drops): a party by its members' plural ("Democrats",
"the Tories" → the party), a chamber's caucus ("House Democrats", "Senate Republicans",
"congressional Democrats" → its own group: the members of one chamber act, not the party; a
reader names them so, and "House Democrats who signed the letter to X" is no act of the
party's chairman or its candidate), a body named after the person who leads it
("the Obama administration", "the Trump campaign", "the Netanyahu government" → an
organisation "Obama administration"), and "the West" as a bloc. Each becomes an entity, so the
relation families can take it as a subject or an object ("Republicans accused Democrats of …"
→ ADVERSARY_OF between the parties).

Precision is kept by the construction, not by article words: the party plural must be
capitalised ("social democrats", "republican values" are no actor), must not be the tail of
another party's name ("Social Democrats", "Sweden Democrats", "Liberal Democrats"), and the
singular ("a Democrat") stays the one person it describes (``relations.parties`` reads it as
their party role). A leader's body needs a person the document names as the compound of
the head noun, and the head noun must head its phrase ("the Trump campaign manager" is a
person, "Trump campaign promises" a thing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import gazetteer

if TYPE_CHECKING:  # spaCy types only annotate
    from spacy.tokens import Span as SpacySpan, Token

    from .index import EntityIndex


# Capitalised labels that name one party wherever they stand before a title or a name ("Republican
# Sen. X", "GOP hopeful Y", "Labour MP Z"); read by the party rules and by coreference.
PARTY_LABELS = {"republican": "Republican Party", "republicans": "Republican Party", "gop": "Republican Party",
                "democrat": "Democratic Party", "democratic": "Democratic Party", "democrats": "Democratic Party",
                "labour": "Labour Party", "tory": "Conservative Party", "conservative": "Conservative Party"}
# Plurals that name a party by its members, capitalised: the party they are members of.
_PARTY_PLURALS = {"democrats": "Democratic Party", "dems": "Democratic Party",
                  "republicans": "Republican Party", "gop": "Republican Party",
                  "tories": "Conservative Party"}
# Words before a plural that make it another party's name: "Social Democrats", "Liberal Democrats",
# "Sweden Democrats" (relations.parties keeps its own list for the words before a singular label).
_OTHER_PARTY_WORDS_BEFORE_PLURAL = {"social", "christian", "liberal", "national", "progressive", "new", "free",
                                    "united", "swiss", "european", "young", "sweden", "people's", "independent",
                                    "justice"}
# The bodies of one party a plural may be qualified by: "House Republicans", "Senate Democrats".
_PARTY_BODIES = {"house", "senate", "congressional", "state", "national", "top", "moderate", "conservative",
                 "progressive", "liberal", "many", "some", "most", "establishment", "fellow", "other"}
# The chambers whose members of one party a reader names as a group of their own: "House Democrats",
# "Senate Republicans", "congressional Democrats".
_CHAMBERS = {"house", "senate", "congressional"}
# Bodies named after the person who leads them: "the Obama administration", "the Trump campaign".
_LED_BODIES = {"administration", "campaign", "government", "cabinet"}
# Prepositions that make "the West" a place ("in the West"), not an actor.
_PLACE_PREPS = {"in", "across", "throughout", "to", "from", "into", "toward", "towards", "at"}


def party_plural(span: SpacySpan) -> str | None:
    """The party a mention names by its members' plural ("Democrats", "House Republicans",
    "the GOP"), or None."""
    words = [t for t in span if t.is_alpha]
    if not words:
        return None
    last = words[-1]
    party = _PARTY_PLURALS.get(last.lower_)
    if party is None or not last.text[:1].isupper():
        return None
    if last.dep_ in ("appos", "attr") or (last.dep_ == "conj" and last.head.dep_ in ("appos", "attr")):
        return None  # "Tim Ray and Ann Lowe, both Republicans,": a label of persons (their party ROLE)
    for t in words[:-1]:
        if t.lower_ not in _PARTY_BODIES and not (t.lower_ == "the" or _us_state(t)):
            return None  # "Social Democrats", "Sweden Democrats": another party's own name
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.text[:1].isupper() and prev.lower_ in _OTHER_PARTY_WORDS_BEFORE_PLURAL:
        return None
    if prev is not None and prev.text[:1].isupper() and (gazetteer.country(prev.text) or gazetteer.demonym_token(prev)) \
            and prev.head.i == last.i:
        return None  # "the Sweden Democrats", "Danish Social Democrats": a party of that country
    return party


def caucus_name(span: SpacySpan) -> str | None:
    """The name of the chamber's caucus a party plural names ("House Democrats", "top Senate
    Republicans" → "Senate Republicans", "congressional Democrats"), whether the chamber word is
    in the mention or, tagged apart ("House" ORG + "Democrats" NORP), just before it; None for
    the party itself ("Democrats", "state Republicans")."""
    if party_plural(span) is None:
        return None
    last = [t for t in span if t.is_alpha][-1]
    doc = span.doc
    before = [t for t in span if t.i < last.i]
    if span.start > 0 and doc[span.start - 1].head.i == last.i and doc[span.start - 1].dep_ in ("compound", "amod"):
        before.append(doc[span.start - 1])
    chamber = next((t for t in before if t.lower_ in _CHAMBERS and t.head.i == last.i
                    and (t.text[:1].isupper() or t.lower_ == "congressional")), None)
    if chamber is None:
        return None
    word = chamber.lower_ if chamber.lower_ == "congressional" else chamber.lower_.capitalize()
    return f"{word} {last.text}"


def is_caucus_name(name: str) -> bool:
    """Whether an entity's name is a chamber's caucus ``caucus_name`` made ("House Democrats")."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in _CHAMBERS and words[1].lower() in _PARTY_PLURALS


def _us_state(tok: Token) -> bool:
    from ..relations.seats import us_state  # here: relations imports entities
    return bool(tok.text[:1].isupper() and us_state(tok.text))


def add_collective_actors(index: EntityIndex) -> None:
    """Add the collective actors the NER left out: party plurals, bodies named after their
    leader, "the West"."""
    doc = index.doc
    for tok in doc:
        if index.cluster_at(tok) is not None and tok.lower_ not in _LED_BODIES:
            continue
        if tok.lower_ in _PARTY_PLURALS:
            _party(index, tok)
        elif tok.lower_ in _LED_BODIES and tok.pos_ == "NOUN" and index.cluster_at(tok) is None:
            _led_body(index, tok)
        elif tok.text == "West" and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            _west(index, tok)
    _own_led_bodies(index)


def _own_led_bodies(index: EntityIndex) -> None:
    """ "Trump administration" is one body in every article that names its leader: a generic
    head ("administration", "government") would otherwise scope its id to the document, and
    three articles gave three "Trump administration" nodes."""
    surnames = {c.name.split()[-1] for c in index.clusters if c.type == "person"}
    for c in index.clusters:
        words = c.name.split()
        if c.type == "organization" and len(words) == 2 and words[1] in _LED_BODIES and words[0] in surnames:
            c.scope = ""


def _party(index: EntityIndex, tok: Token) -> None:
    doc = index.doc
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i:
        return  # "Republican leaders", "Democrats' plan" is a possessive, not a compound
    start = tok.i
    while start > 0 and doc[start - 1].head.i == tok.i and doc[start - 1].dep_ in ("compound", "amod", "nmod") \
            and (doc[start - 1].lower_ in _PARTY_BODIES or _us_state(doc[start - 1])):
        start -= 1
    span = doc[start:tok.i + 1]
    party = party_plural(span)
    if party is not None:
        index.add(span, "organization", name=caucus_name(span) or party)


def _led_body(index: EntityIndex, noun: Token) -> None:
    """ "the Obama administration", "the Trump campaign", "Obama's administration": an
    organisation named after the person the document names."""
    if noun.dep_ == "compound":
        return  # "the Trump campaign manager": a person; "Trump campaign promises": a thing
    if (noun.dep_ == "poss" and noun.head.pos_ == "NOUN") or \
            (noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" and noun.head.head.i < noun.i):
        return  # "the Smith campaign's director", "a spokeswoman for the Smith campaign": a post held
        # for the leader (``relations.roles`` reads it so), not the body acting
    leader = next((c for c in noun.lefts if c.dep_ in ("compound", "poss") and _person(index, c)), None)
    if leader is None or (leader.dep_ == "poss" and noun.lower_ not in ("administration", "government")):
        return  # "Putin's campaign against dissidents": an effort, not a body
    person = index.cluster_at(leader) or _named_person(index, leader)
    surname = person.name.split()[-1]
    index.add(index.doc[noun.i:noun.i + 1], "organization", name=f"{surname} {noun.lower_}")


def _person(index: EntityIndex, tok: Token) -> bool:
    """A person the document names, tagged here or, left untagged ("the Trump campaign"),
    the surname of a person it names elsewhere."""
    if not tok.text[:1].isupper():
        return False
    c = index.cluster_at(tok)
    if c is not None:
        return c.type == "person"
    return tok.pos_ == "PROPN" and _named_person(index, tok) is not None


def _named_person(index: EntityIndex, tok: Token):
    return next((c for c in index.clusters if c.type == "person" and c.name.split()[-1] == tok.text), None)


def _west(index: EntityIndex, tok: Token) -> None:
    """ "the West" acting or acted on, not "in the West" or "the West Bank"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
        return  # "the West Bank", "the West Wing"
    if tok.dep_ == "compound" or tok.ent_type_ not in ("", "LOC", "GPE", "NORP", "ORG"):
        return
    if tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS:
        return  # "leaders in the West": a place
    index.add(tok.doc[tok.i:tok.i + 1], "organization", name="the West")


# Faiths the model tags ORG: no actor ("the argument over Islam").
RELIGIONS = frozenset({"Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Catholicism",
                       "Protestantism", "Sikhism"})


def demonym_plural(span: SpacySpan) -> bool:
    """A capitalised plural of a demonym ("Americans") or of a place the document names
    ("Iowans" where "Iowa" is named): people of a place, a described group, never an
    organisation."""
    text = span.text
    if len(span) != 1 or not (text.endswith("ans") and text[:1].isupper() and span[0].tag_ == "NNPS"):
        return False
    singular = text[:-1]
    if gazetteer.demonym(singular):
        return True
    stem = singular[:-2]
    return len(stem) >= 3 and any(e.label_ == "GPE" and e.text.startswith(stem) for e in span.doc.ents)
