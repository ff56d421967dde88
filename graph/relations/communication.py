"""COMMUNICATED_WITH as events: calls, meetings, visits, talks, mediation, messages and
summonses, each with its ``event`` (the CAMEO "consult" family that GDELT and ICEWS code, plus
calls and messages).

Triggers are verbs ("phoned", "met", "hosted", "visited", "negotiated", "mediated", "told",
"urged", "briefed", "summoned") and nouns ("a call with", "talks between", "a visit to", "a
letter to"). Participants come from wherever the sentence puts them: the subject and its
conjuncts, the object, *with/between/to/from* phrases, the agent of a passive ("was summoned
by"), a possessor ("Trump's call with Putin"), hyphenated pairs ("U.S.-China talks"),
delegations, negotiators and officials standing for their country ("Ukrainian and Russian
negotiators met"), "his Ukrainian counterpart" for the Ukrainian official the article names,
and "the two leaders" / "both sides" for the pair the article has just named. A mediator or
host relates to each party. Negated, denied, hypothetical and planned events ("did not
meet", "would not confirm a call", "will meet next week", "an upcoming meeting", "plans to
visit") are left out.

Who the participants are (the parse's actors, delegations, counterparts, "the two leaders",
mediators, pronouns continued) is read in ``participants``; the trigger words are in
``contact_lexicon``; the verbs are read in ``contact_verbs``, the nouns in ``contact_nouns``, and
the edges an event gives are drawn in ``contact_edges``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ._context import Context
from .agreements import agreement_noun
from .contact_lexicon import GATHERING_VERBS, NOUN_EVENTS, VERB_EVENTS
from .contact_nouns import communication_noun, show_guest, spent_meeting
from .contact_verbs import communication_verb, gathering_verb, made_clear
from .home_country import home_country
from .parties import is_party_name
from .replies import answered_message
from .seats import US_STATES

TRIGGER_WORDS: frozenset[str] = frozenset()  # verbs and nouns pass the sieve anyway


def at_token(ctx: Context, tok: Token) -> None:
    """The communication rules that start at ``tok``."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in VERB_EVENTS:
        communication_verb(ctx, tok)
    if tok.pos_ == "VERB" and lemma in GATHERING_VERBS:
        gathering_verb(ctx, tok)
    if tok.pos_ == "VERB" and lemma == "make":
        made_clear(ctx, tok)  # "made it clear to X that …"
    if tok.pos_ == "VERB":
        answered_message(ctx, tok)  # "responded to X's letter", "answered X's questions"
    if tok.pos_ == "NOUN" and (lemma in NOUN_EVENTS or tok.lower_ in NOUN_EVENTS):
        communication_noun(ctx, tok)
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj":
        show_guest(ctx, tok)  # "said on Ruiz's radio show"
    if tok.pos_ == "NOUN" and tok.dep_ == "compound":
        spent_meeting(ctx, tok)  # "spent Tuesday meeting Ann Lund", parsed as one noun phrase
    if tok.pos_ == "NOUN":
        agreement_noun(ctx, tok)  # "X and Y signed a deal": the sides negotiated it



def own_country_contacts(ctx: Context) -> None:
    """Drop a contact between a person and the country they hold a post at or speak for
    ("Clinton calls on the U.S. to …" by a former secretary of state, "the prime minister
    visited Gaza" for his own territory, "the president told Americans"): an appeal to one's
    own country or a trip home is no communication between two actors. Run once every post is
    read."""
    countries = {r.id for r in map(ctx.index.ref, ctx.index.clusters) if r.type == "country"}
    people = {r.id for r in map(ctx.index.ref, ctx.index.clusters) if r.type == "person"}
    own = {(r.subject, r.object) for r in ctx.out
           if r.predicate in ("ROLE", "SPEAKS_FOR") and r.subject in people and r.object in countries}
    appeals_home = _home_appellants(ctx, people)
    ctx.out[:] = [r for r in ctx.out if r.predicate != "COMMUNICATED_WITH"
                  or (r.subject, r.object) not in own and (r.object, r.subject) not in own
                  and not (r.cue == "call" and r.event == "message" and (r.subject, r.object) in appeals_home)]


def _home_appellants(ctx: Context, people: set[str]) -> set[tuple[str, str]]:
    """(person, country) for each person whose post is in a US state ("Vermont senator X": the
    United States) or whose party is at home in the article's own country ("Democratic
    presidential frontrunner Y" in an American story): "X called on the U.S. to lead" is then a
    politician's appeal to their own country in public, as an appeal by its own minister is.
    Only appeals are dropped for it (a ``message`` with the cue "call"); a party or a state
    says too little of a country for any other contact."""
    countries = ctx.countries()
    home_name = home_country(ctx)
    home = countries.get(home_name) if home_name else None
    us = countries.get("United States")
    names = {r.id: r.name for r in map(ctx.index.ref, ctx.index.clusters)}
    found: set[tuple[str, str]] = set()
    for r in ctx.out:
        if r.predicate not in ("ROLE", "MEMBER_OF") or r.subject not in people:
            continue
        if us is not None and names.get(r.object) in US_STATES:
            found.add((r.subject, us.id))
        elif home is not None and is_party_name(names.get(r.object, "")):
            found.add((r.subject, home.id))
    return found
