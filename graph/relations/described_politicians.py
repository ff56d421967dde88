"""The state and party of a politician said by a description that stands for the name, the way
US political news refers back to someone it has just named: "Welch said … The Vermont
congressman also plans to vote", "Reid said. … the Nevada Democrat's biggest takeaway", and the
role a sentence gives its subject with "as": "As a New York senator, Clinton voted for the law".
The name the description stands for is the one person named, outside quoted words, in the nearest
sentence before it that names anyone (of several, the one titled with the described office); a
description in a sentence that already names someone else before it is left alone (whom it
stands for is then a guess)."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EntityRef, Span
from ._context import Context
from . import parties, seats

# Nouns a description of a politician ends in; the office ones must agree with the person's title.
_OFFICES = {"senator": "senator", "congressman": "representative", "congresswoman": "representative",
            "representative": "representative", "governor": "governor", "mayor": "mayor"}
_LEGISLATORS = {"lawmaker", "legislator"}
_PARTY_NOUNS = {"democrat", "republican"}
# Posts in a party's race a label may describe someone by ("the GOP front-runner"; the hyphen
# splits "front-runner", leaving "runner" as the head).
_PARTY_POSTS = {"nominee", "front-runner", "frontrunner", "runner", "candidate", "hopeful", "leader"}
# Title words an earlier name may carry, by the office they hold.
_TITLE_OFFICE = {"sen": "senator", "senator": "senator", "rep": "representative", "representative": "representative",
                 "congressman": "representative", "congresswoman": "representative", "gov": "governor",
                 "governor": "governor", "mayor": "mayor"}
# How many sentences back the person a description stands for may have been named.
_REACH = 2


def whole_document(ctx: Context) -> None:
    """ROLE at the state (and the party, when a label says it) of every "the <State> <office>"
    or "the <State> Democrat" that stands for a named person, and of "as a <State> <office>";
    the party of "the GOP front-runner", "the Democratic nominee" standing for one."""
    for noun in ctx.doc:
        low = noun.lower_
        if low not in _OFFICES and low not in _LEGISLATORS and low not in _PARTY_NOUNS and low not in _PARTY_POSTS:
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "appos") \
                or any(c.dep_ == "appos" for c in noun.children):
            continue  # "the Ohio senator, Tom Baker,": the apposition rules read the name
        state_tok = _state_modifier(noun) if low not in _PARTY_POSTS else None
        if state_tok is None and not parties.has_label(noun):
            continue
        det = next((c for c in noun.lefts if c.dep_ == "det"), None)
        if det is not None and det.lower_ == "the":
            holder = person_described(ctx, noun)
        elif det is not None and det.lower_ in ("a", "an") and noun.head.lower_ == "as" and noun.dep_ == "pobj":
            holder = _subject_of_as(ctx, noun.head)
        else:
            continue
        if holder is None or not _agrees(ctx, holder, noun):
            continue
        if state_tok is not None:
            _add_state(ctx, holder, noun, state_tok)
        parties.described_label(ctx, holder, noun)


def _state_modifier(noun: Token) -> Token | None:
    """The US state written before the noun ("the Vermont congressman", "the New York
    Democrat"): the last word of the state's name, hung on the noun."""
    for c in noun.lefts:
        if c.dep_ not in ("compound", "nmod", "amod") or c.ent_type_ != "GPE":
            continue
        words = [t for t in c.subtree if t.ent_type_ == "GPE"]
        if seats.us_state("".join(t.text for t in words)) is not None:
            return c
    return None


def person_described(ctx: Context, noun: Token) -> EntityRef | None:
    """The person a definite description stands for: the one person named, outside quotes, in
    the nearest sentence before that names anyone (of several, the one titled with the office)."""
    known = ctx.ent(noun)
    if known is not None and known.type not in ("person", "group") and noun.lower_ not in _PARTY_NOUNS | _PARTY_POSTS:
        return None  # a body the index read ("Democrat" alone is only a label, a group a description)
    # the index's reading is not enough: it joins "the senator" to the latest senator named,
    # and of two senators named together either may be "the Oregon senator"

    sents = ctx.index.layout.sent_of
    own = sents[noun.i]
    # "Cruz attacked Rubio, and the Florida senator replied": whom it stands for is a guess
    for t in ctx.doc[noun.sent.start:noun.i]:
        if _person_outside_quotes(ctx, t) is not None:
            return None
    people: dict[str, EntityRef] = {}
    for i in range(noun.sent.start - 1, -1, -1):
        if own - sents[i] > _REACH:
            break
        if people and sents[i] != sents[i + 1]:
            break  # the nearest sentence that names anyone is read whole
        ref = _person_outside_quotes(ctx, ctx.doc[i])
        if ref is not None:
            people[ref.id] = ref
    if len(people) > 1 and noun.lower_ in _OFFICES:
        # "Rep. Welch is backing Sen. Sanders … The Vermont congressman": the one titled so
        people = {k: v for k, v in people.items() if _titled(ctx, v) == {_OFFICES[noun.lower_]}}
    return next(iter(people.values())) if len(people) == 1 else None


def _person_outside_quotes(ctx: Context, tok: Token) -> EntityRef | None:
    """The person ``tok`` names, when it is a name in the writer's own words (a name inside a
    quote is someone the speaker talks about)."""
    if tok.pos_ != "PROPN" or ctx.words_of(tok) is not None:
        return None
    ref = ctx.ent(tok)
    return ref if ref is not None and ref.type == "person" else None


def _subject_of_as(ctx: Context, prep: Token) -> EntityRef | None:
    """ "As a New York senator, Clinton voted …": the subject of the clause "as" opens."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or prep.i > verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ref = ctx.ent(subj, resolve=True) if subj is not None else None
    return ref if ref is not None and ref.type == "person" else None


def _agrees(ctx: Context, holder: EntityRef, noun: Token) -> bool:
    """Whether the person may be the description: an office noun must be the office the
    person's title gives, if it gives one ("Gov. X … the Ohio senator" is someone else)."""
    office = _OFFICES.get(noun.lower_)
    if office is None:
        return True
    titled = _titled(ctx, holder)
    return not titled or office in titled


def _titled(ctx: Context, person: EntityRef) -> set[str]:
    """The offices the titles given to ``person`` in the article say ("Sen." → senator)."""
    cluster = ctx.index.cluster_by_id(person.id)
    return {_TITLE_OFFICE[r] for r in (cluster.roles if cluster is not None else ()) if r in _TITLE_OFFICE}


def _add_state(ctx: Context, holder: EntityRef, noun: Token, state_tok: Token) -> None:
    words = [t for t in state_tok.subtree if t.ent_type_ == "GPE"]
    state = seats.us_state("".join(t.text for t in words))
    place = seats.state_entity(ctx, words, state)
    if place is None:
        return
    former = any(c.lower_ == "former" for c in noun.lefts)
    role = _OFFICES.get(noun.lower_) or ("legislator" if noun.lower_ in _LEGISLATORS else "politician")
    role = f"former {role}" if former else role
    lo, hi = min(words[0].i, noun.i), noun.i
    ctx.add(holder, "ROLE", place, Span.of(ctx.text, ctx.doc[lo].idx, ctx.doc[hi].idx + len(ctx.doc[hi])), 0.6,
            role=role)
