"""COMMUNICATED_WITH from nouns of contact: "a phone call with Trump", "Trump's call with
Takaichi", "talks between X and Y", "U.S.-brokered talks", "Kuleba's visit to Hong Kong", "a letter
to X"; the holder is the noun's owner or the subject of the verb it hangs on."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities import PERSON_PRONOUNS
from ..model import EntityRef
from ..speakers import subject_of
from ._context import FIRST_PERSON, Context, asserted
from .contact_edges import emit, mediate, pairwise
from .contact_lexicon import (
    ARRIVAL_VERBS,
    CARRYING_VERBS,
    GETTING_VERBS,
    MEDIATING_VERBS,
    NOUN_EVENTS,
    SENDING_VERBS,
    TAKING_PART_VERBS,
    VERB_EVENTS,
)
from .continued_subjects import acting_parties, continued_subject, possessor, topic_before
from .participant_pairs import hyphen_pair, last_contact, last_event_parties
from .participants import mediators_of, parties

# the actors a phrase names, each with the token that names it
_Parties = list[tuple[Token, EntityRef]]


def communication_noun(ctx: Context, noun: Token) -> None:
    """ "a phone call with Trump", "Trump's call with Takaichi", "talks between X and Y",
    "U.S.-brokered talks", "Kuleba's visit to Hong Kong", "a letter to X", "in a meeting with
    his Chinese counterpart"."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    event = NOUN_EVENTS.get(low) or NOUN_EVENTS.get(lemma)
    if event is None or noun.dep_ == "compound":
        return
    if lemma == "conference" and not any(c.lower_ in ("news", "press", "joint") for c in noun.lefts):
        return  # a conference with many is no exchange between two
    # "paid a courtesy call on the general secretary": a visit paid to someone, met in person
    courtesy = lemma == "call" and (any(c.lower_ == "courtesy" for c in noun.lefts)
                                    or noun.dep_ == "dobj" and noun.head.lemma_.lower() == "pay")
    if courtesy:
        event = "meeting"
    if lemma == "call" and not courtesy and any(c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "on" and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children)) for c in noun.children):
        return  # "a call for calm", "calls on X to": a demand, not a phone call
    if lemma == "talk" and low == "talk" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return
    if lemma == "touch" and not (noun.dep_ == "pobj" and noun.head.lower_ == "in"):
        return  # "in touch with X" only
    if any(c.lower_ == "phone" for c in noun.lefts):
        event = "call"
    if not (asserted(noun.head) if _ended(noun) else asserted(noun)) or _journey_ahead(noun):
        return
    with_side, between, from_side = _sides_named(ctx, noun, event, lemma, courtesy)
    if event in ("visit", "message") and not with_side and not from_side:
        return  # "a letter", "the visit": no other side said
    between += hyphen_pair(ctx, noun) if not between else []
    mediators = mediators_of(ctx, noun)
    guests = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children
              if g.dep_ == "pobj" for p in parties(ctx, g, noun)] \
        if event == "meeting" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HOSTING_VERBS else []
    if guests and asserted(noun.head):
        # "hosted a working breakfast for the leaders of X, Y and Z": the host met each guest,
        # and the guests one another
        hosts = parties(ctx, subject_of(noun.head), noun)
        emit(ctx, hosts, guests, noun, event, lemma, 0.7)
        pairwise(ctx, guests, noun, event, lemma, 0.6)
        return
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() == "attend" and event in ("meeting", "talks"):
        # "The meeting was also attended by W": W met each of those who met there
        attendees = [p for a in noun.head.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"
                     for p in parties(ctx, g, noun)]
        sides = between + with_side
        if not sides and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            sides = last_event_parties(ctx, noun, ("meeting", "talks"))
        if attendees and asserted(noun.head):
            emit(ctx, attendees, sides, noun, event, "attend", 0.65)
        return
    owners, owner_tok, their, head_verb = _holders(ctx, noun, event, with_side, from_side, mediators)
    _emit_noun_contact(ctx, noun, event, lemma if lemma in NOUN_EVENTS else low, with_side, between, from_side,
                       mediators, owners, owner_tok, their, head_verb)


def _sides_named(ctx: Context, noun: Token, event: str, lemma: str, courtesy: bool) -> tuple[_Parties, _Parties, _Parties]:
    """The parties a noun of contact names in its own phrases: the other side ("a call *with
    X*", "a visit *to Peru*"), the sides it goes between ("talks *between X and Y*") and the
    one it came from ("a call *from X*"), with the phrases the parser hangs on the verb."""
    # the parties the noun itself names
    with_side: list[tuple[Token, EntityRef]] = []
    between: list[tuple[Token, EntityRef]] = []
    from_side: list[tuple[Token, EntityRef]] = []
    # "talks brokered by Qatar between Israel and Hamas": the parse hangs "between" on the
    # mediator's participle, and the sides it names are the talks' own
    brokered = [p for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in MEDIATING_VERBS
                for p in a.children if p.dep_ == "prep" and p.lower_ in ("between", "among")]
    for prep in [*noun.children, *brokered]:
        if prep.dep_ != "prep":
            continue
        pobjs = [g for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "with" or prep.lower_ == "to" and event in ("visit", "message", "call") \
                or courtesy and prep.lower_ in ("on", "upon"):
            found = [p for g in pobjs for p in parties(ctx, g, noun)]
            first = ctx.ent(pobjs[0]) if pobjs else None
            if (first is None or first.type == "group") and found:
                found = found[:1] if ctx.ent(found[0][0]) is not None and found[0][0].i != pobjs[0].i else found
            with_side += found
        elif prep.lower_ in ("between", "among"):
            between += [p for g in pobjs for p in parties(ctx, g, noun)]
        elif prep.lower_ == "of" and event in ("meeting", "talks") and lemma not in ("exchange", "argument"):
            # "a meeting of France, Germany and Poland", "the talks of the two leaders": those it
            # gathers, when it names two or more ("a meeting of NATO ministers" names one)
            members = [p for g in pobjs for p in parties(ctx, g, noun)]
            between += members if len(members) >= 2 else []
        elif prep.lower_ == "from" and event in ("call", "message", "visit"):
            from_side += [p for g in pobjs for p in parties(ctx, g, noun)]
        if prep.lower_ == "of":
            # "an exchange of views with X", "a discussion of the budget with Y": the parser hangs
            # the other side on the "of" phrase's noun (a topic, no actor itself)
            with_side += [p for g in pobjs if ctx.ent(g) is None for w in g.children
                          if w.dep_ == "prep" and w.lower_ == "with" for x in w.children if x.dep_ == "pobj"
                          for p in parties(ctx, x, noun)]
    if not from_side and event in ("call", "message", "visit") and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in ("receive", "get", "take"):
        # "received a phone call today from X": the parser hangs "from" on the verb
        from_side = [p for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g, noun)]
    if not with_side and event in ("call", "message") and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in SENDING_VERBS:
        # "penned a note to X": the parser hangs "to" on the verb
        with_side = [p for c in noun.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g, noun)]
        if not with_side and noun.head.lemma_.lower() == "give" \
                and not any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in noun.children):
            # "gave Lee a call", "gave him a briefing": the one given it, as the verb's first
            # object (not "gave them a call to action", "a call for calm": a demand)
            with_side = [p for c in noun.head.children if c.dep_ == "dative" and c.i < noun.i
                         and c.pos_ in ("PROPN", "NOUN", "PRON") for p in parties(ctx, c, noun)]
    if event == "visit" and not with_side and not from_side:
        with_side = _visit_host(ctx, noun)  # "his British trip", "arrived in Beijing for a visit"
    return with_side, between, from_side


def _holders(ctx: Context, noun: Token, event: str, with_side: _Parties, from_side: _Parties,
             mediators: _Parties) -> tuple[_Parties, Token | None, bool, Token | None]:
    """Who holds the contact a noun tells: its owner ("Trump's call"), the agent or subject of
    the verb it hangs on ("held talks"), the one sent or gathered for it, the one whose words
    were said there, the topic of the sentence before. Returns the holders, the owner token
    (None when there is none or a pronoun stands for no one), whether the owner is "their", and
    the verb the noun hangs on; a subject that hosts talks between others joins ``mediators``."""
    # who holds it: its owner, else the subject of the verb it is the object of ("held talks")
    owners, owner_tok, their, owned_by = _owner_of(ctx, noun, with_side)
    head_verb = _governing_verb(noun)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is not None and not owners and event in ("visit", "call", "message"):
        # "a visit to Ukraine by X": X made it, not the one who wrote about it
        owners = [p for g in by.children if g.dep_ == "pobj" for p in parties(ctx, g, noun)]
        head_verb = None
    if not owners and head_verb is None and noun.dep_ == "pobj" and noun.head.head.pos_ in ("PROPN", "NOUN"):
        holder = noun.head.head  # "Trump, in a phone call with X, urged …"
        owners = [p for p in parties(ctx, holder, noun) if ctx.ent(holder) is not None]
        if not owners and holder.dep_ in ("nsubj", "nsubjpass"):
            owners = parties(ctx, holder, noun) if ctx.ent(holder, resolve=True) else []
    agent = next((c for c in head_verb.children if c.dep_ == "agent"), None) if head_verb is not None else None
    if not owners and agent is not None and noun.dep_ == "pobj" and from_side:
        # "the plan was drawn up by X with input from Y": the agent did it, not the thing done
        owners = [p for g in agent.children if g.dep_ == "pobj" for p in parties(ctx, g, noun)]
    if not owners and head_verb is not None and _sent_for(noun, head_verb):
        # "sent his counsel to the Capitol for a meeting with X": the one sent takes part, not the sender
        owners = [p for c in head_verb.children if c.dep_ == "dobj" for p in parties(ctx, c, noun)]
        head_verb = None if owners else head_verb
    if not owners and agent is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("during", "at", "in") \
            and with_side and any(c.dep_ == "auxpass" for c in head_verb.children):
        # "The message was delivered by X during a meeting with Y": the one who acted, not the thing acted on
        owners = [p for g in agent.children if g.dep_ == "pobj" for p in parties(ctx, g, noun)]
    if not owners and head_verb is not None:
        owners = _subject_holders(ctx, noun, head_verb, with_side, from_side, mediators, owned_by)
    if not owners and with_side and owner_tok is None:
        owners = _words_owner(ctx, noun, with_side)  # "pointed to his remarks at a news conference with X"
    if not owners and with_side and owner_tok is None and noun.dep_ in ("nsubj", "nsubjpass") \
            and event in ("meeting", "call", "talks"):
        # "The meeting with X took place after Y's arrival": the one the article is telling
        # of, the main subject of the sentence before
        owners = topic_before(ctx, noun, {r.id for _, r in with_side})
    return owners, owner_tok, their, head_verb


def _owner_of(ctx: Context, noun: Token, with_side: _Parties) -> tuple[_Parties, Token | None, bool, str | None]:
    """The owner of a noun of contact ("Trump's call", "his call with X", "my call with X"):
    the owners read, the owner token (None when a pronoun stands for no one), whether it is
    "their", and the "his"/"her" the pronoun reading could not resolve."""
    owner_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
    owners: list[tuple[Token, EntityRef]] = []
    their = False
    owned_by: str | None = None  # "his"/"her" the pronoun reading could not resolve
    if owner_tok is not None:
        if owner_tok.pos_ == "PRON" and owner_tok.lower_ in ("his", "her"):
            # "his call with X": the person the pronoun continues, when that person was the
            # subject just before; otherwise too often someone else
            ref = possessor(ctx, owner_tok, {r.id for _, r in with_side})
            if ref is None:
                owned_by = owner_tok.lower_
                owner_tok = None
            else:
                owners = [(owner_tok, ref)]
        elif owner_tok.pos_ == "PRON":
            their = owner_tok.lower_ == "their"  # "after their meeting, X and Y said": the clause's subjects
            ref = ctx.ent(owner_tok, resolve=True)  # "my call with X": the speaker's, in their own words
            owners = [(owner_tok, ref)] if ref is not None and owner_tok.lower_ in FIRST_PERSON else []
            owner_tok = owner_tok if owners else None
        else:
            # "the call with Xi and Trump's call with Takaichi": the nearest owner
            owner_tok = ([owner_tok] + [c for c in owner_tok.children if c.dep_ == "conj"])[-1] \
                if with_side else owner_tok
            owners = owners or parties(ctx, owner_tok, noun)
            owners = _misparsed_first_owner(ctx, noun, owner_tok) + owners
    return owners, owner_tok, their, owned_by


def _subject_holders(ctx: Context, noun: Token, head_verb: Token, with_side: _Parties, from_side: _Parties,
                     mediators: _Parties, owned_by: str | None) -> _Parties:
    """The subject of the verb a noun of contact hangs on, as its holder ("X held talks with Y",
    "X went to Rome for a meeting with Y"); a subject hosting talks between others joins
    ``mediators`` instead ("China hosted talks between Hamas and Fatah")."""
    owners: _Parties = []
    subj = subject_of(head_verb)
    if subj is not None and not parties(ctx, subj, noun):
        subj = next((c for c in head_verb.children if c.dep_ == "nsubj" and parties(ctx, c, noun)), subj)
    if head_verb.lemma_.lower() in MEDIATING_VERBS and noun.dep_ == "dobj":
        if subj is not None:
            mediators += parties(ctx, subj, noun)  # "China hosted talks between Hamas and Fatah"
    elif subj is not None and (noun.dep_ in ("pobj", "nsubj") or head_verb.lemma_.lower() in TAKING_PART_VERBS
                               or noun.dep_ == "dobj" and head_verb.lemma_.lower() in VERB_EVENTS
                               or _sent_or_got(noun, head_verb, with_side, from_side)
                               or _own_recollection(ctx, noun, head_verb, subj, with_side)):
        subj_parties = parties(ctx, subj, noun)
        if subj.pos_ == "PRON" and subj.lower_ not in FIRST_PERSON and subj_parties \
                and not ctx.was_subject(subj_parties[0][1], subj):
            # "after two days in Tokyo, where he held talks with X": he continues the subject
            # of the clause the place hangs on, as for a verb of contact
            kept = continued_subject(ctx, subj) if subj.lower_ in ("he", "she") else None
            subj_parties = [(subj, kept[1])] if kept is not None else []
        if noun.dep_ == "nsubj" and not with_side:
            subj_parties = []  # "talks resumed": the noun is the subject itself
        if owned_by is not None and not (subj_parties and subj_parties[0][1].type == "person" and
                                         ctx.resolver.gender(subj_parties[0][1]) in (None, PERSON_PRONOUNS[owned_by])):
            # "After her meeting with Obama, the White House announced …": her meeting, so
            # none but a person the pronoun may stand for held it
            subj_parties = []
        owners = subj_parties
    return owners


def _emit_noun_contact(ctx: Context, noun: Token, event: str, cue: str, with_side: _Parties, between: _Parties,
                       from_side: _Parties, mediators: _Parties, owners: _Parties, owner_tok: Token | None,
                       their: bool, head_verb: Token | None) -> None:
    """The relations of a noun of contact: a message carried on, a call from someone, a
    mediator between the sides, the holders with the other side, or the holders with one
    another ("X and Y held talks")."""
    lemma = noun.lemma_.lower()
    carried_to = [p for c in noun.head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g, noun)] \
        if from_side and noun.dep_ == "dobj" and noun.head.lemma_.lower() in CARRYING_VERBS else []
    if carried_to:
        # "X, who delivered a message from Y to Z": Y's message reached Z (X carried it)
        emit(ctx, from_side, carried_to, noun, event, cue, 0.7)
    elif from_side and not with_side:  # "a call from X": X called the owner
        emit(ctx, from_side, owners, noun, event, cue, 0.7)
    if between and lemma in ("mediator", "broker", "mediation"):
        # "the White House is playing the role of mediator between Russia and Ukraine"
        holders = owners or ([p for p in parties(ctx, subject_of(head_verb), noun)] if head_verb is not None else [])
        if not holders and noun.dep_ == "pobj" and noun.head.head.dep_ == "dobj":  # "the role of mediator"
            holders = parties(ctx, subject_of(noun.head.head.head), noun) if subject_of(noun.head.head.head) else []
        mediate(ctx, mediators + holders, between, noun, cue)
        return
    if between:
        pairwise(ctx, between, noun, event, cue, 0.7)
        mediate(ctx, mediators + owners, between, noun, cue)
        return
    if with_side:
        emit(ctx, owners, with_side, noun, event, cue, 0.7)
        mediate(ctx, mediators, owners + with_side, noun, cue)
        return
    if mediators and not owners and event in ("talks", "meeting") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        # "Israel and Hamas held indirect talks. The talks, brokered by Qatar and Egypt, …": the
        # talks told just before, and their parties
        sides = [p for p in last_contact(ctx, noun, events=("talks", "meeting"))
                 if all(p[1].id != m.id for _, m in mediators)]
        if len(sides) == 2:
            mediate(ctx, mediators, sides, noun, cue)
            return
    held = head_verb is not None and noun.dep_ == "dobj" and head_verb.lemma_.lower() in TAKING_PART_VERBS \
        or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _MEASURE_NOUNS \
        or _within(noun, head_verb)
    if head_verb is not None and _gathered_for(noun, head_verb):
        # "X joined Y and Z for talks": the one joining and those joined all took part
        owners += [p for c in head_verb.children if c.dep_ == "dobj" for p in parties(ctx, c, noun)
                   if all(p[1].id != r.id for _, r in owners)]
        held = True
    if mediators and len(owners) == 1 and head_verb is not None and _within(noun, head_verb):
        # "X spoke with Y in talks mediated by Z": the verb's other side took part too
        owners += [p for c in head_verb.children if c.dep_ == "prep" and c.lower_ == "with"
                   for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g, noun)
                   if p[1].id != owners[0][1].id]
    if len(owners) >= 2 and event in ("talks", "meeting", "call") and (held or owner_tok is not None or their):
        # "Ukraine and Russia concluded a round of U.S.-brokered talks"
        pairwise(ctx, owners, noun, event, cue, 0.65)
        mediate(ctx, mediators, owners, noun, cue)


# what one says at an event: "his remarks at a news conference with X", "Ruiz's comments
# during a meeting with Y" (the one who said them was there)
_SAYING_NOUNS = frozenset("comment remark statement word speech answer question".split())


def _words_owner(ctx: Context, noun: Token, with_side: list[tuple[Token, EntityRef]]) -> list[tuple[Token, EntityRef]]:
    """The one whose remarks were made at the event ``noun`` ("his remarks at a news conference
    with X", "pointed to his comments Thursday at a news conference with X": the parser hangs
    the event on the remarks or on the verb before them): the remarks' possessor (a "his"/"her"
    only as for "his call with X")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "during", "in"):
        return []
    words = _words_under(noun.head.head, noun.head)
    if words is None:
        return []
    owner = next((c for c in words.children if c.dep_ == "poss"), None)
    if owner is None:
        return []
    if owner.pos_ == "PRON":
        if owner.lower_ not in ("his", "her"):
            return []
        ref = possessor(ctx, owner, {r.id for _, r in with_side})
        return [(owner, ref)] if ref is not None and ref.type == "person" else []
    return [p for p in parties(ctx, owner, words) if p[1].type == "person"]


def _words_under(on: Token, prep: Token) -> Token | None:
    """The remarks the event's phrase ``prep`` hangs on: ``on`` itself ("his remarks at …"), or
    the remarks a verb governs before it ("pointed to his comments Thursday at …")."""
    if on.pos_ == "NOUN" and on.lemma_.lower() in _SAYING_NOUNS:
        return on
    if on.pos_ != "VERB":
        return None
    for c in on.children:
        if c.i >= prep.i or c.dep_ not in ("dobj", "prep"):
            continue
        for w in [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]:
            if w.lemma_.lower() in _SAYING_NOUNS:
                return w
    return None


# verbs that end the event that is their object: the event took place ("ending a three-day
# trip to Peru", "cut short his visit to Chile"), though "ending aid" stops what is no event
_ENDING_VERBS = frozenset("end cut".split())


def _misparsed_first_owner(ctx: Context, noun: Token, owner_tok: Token) -> _Parties:
    """ "Turkey and Greece's talks broke down": the parser may join the noun itself to the first
    name ("Turkey … and … talks"), leaving it only the second as its owner; the first name, just
    before "and" and the second, owns the noun too."""
    first = noun.head
    if noun.dep_ != "conj" or first.i + 2 != owner_tok.left_edge.i or ctx.doc[first.i + 1].lower_ != "and" \
            or ctx.ent(first) is None:
        return []
    return parties(ctx, first, noun)


def _ended(noun: Token) -> bool:
    """ "just before ending a three-day trip to Peru": an event ended was held (its verb is
    read for negation and plans instead: "will end his visit" is still a plan)."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _ENDING_VERBS


# verbs whose subject gives a meal or meeting "for" its guests: "hosted a dinner for X"
_HOSTING_VERBS = frozenset("host give throw".split())


# nouns that measure the event they hold with "of": "a second round of talks", "three hours of
# talks", "a series of meetings" (the event is the one held)
_MEASURE_NOUNS = frozenset("round rounds series session sessions hours days minutes weeks months years".split())
# with the nouns of a share or a count ("part of the talks", "a number of meetings")
_MEASURE_OR_SHARE_NOUNS = _MEASURE_NOUNS | {"part", "number", "couple", "string"}


# Verbs whose subjects come together for the event "for" names: "X and Y gathered in Geneva for
# talks", "X joined Y for talks"
_GATHERING_VERBS = {"gather", "join", "convene", "assemble", "meet", "sit"}


# verbs of telling what one went through: "recounted a tense call with X", "recalled her meeting with Y"
_RECOUNTING_VERBS = frozenset("recount recall remember describe relate".split())


def _own_recollection(ctx: Context, noun: Token, verb: Token, subj: Token,
                      with_side: list[tuple[Token, EntityRef]]) -> bool:
    """ "She recounted a tense call with X": a person telling of a call or meeting "with"
    someone tells of their own (a body or outlet describing a meeting does not take part)."""
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _RECOUNTING_VERBS or not with_side:
        return False
    found = parties(ctx, subj, noun)
    return bool(found) and found[0][1].type == "person"


def _within(noun: Token, verb: Token | None) -> bool:
    """ "X and Y discussed trade in a phone call", "during their talks, X and Y agreed": the
    subjects of the verb did it within the event, so they took part in it together."""
    return verb is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") \
        and noun.head.head.i == verb.i and verb.pos_ == "VERB" and not any(c.dep_ == "nsubjpass" for c in verb.children)


def _gathered_for(noun: Token, verb: Token) -> bool:
    """ "gathered in Geneva for talks", "joined Y and Z for a summit": coming together for it
    (the parser may hang the "for" on the one joined: "joined Y for lunch")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or verb.lemma_.lower() not in _GATHERING_VERBS:
        return False
    on = noun.head.head
    return on.i == verb.i or on.dep_ == "dobj" and on.head.i == verb.i


def _sent_or_got(noun: Token, verb: Token, with_side: list, from_side: list) -> bool:
    """ "placed a call to X", "signed a letter to X": the subject sent it to the one its "to"
    names; "got a call from X": the subject is the one it reached."""
    if noun.dep_ != "dobj":
        return False
    lemma = verb.lemma_.lower()
    return lemma in SENDING_VERBS and bool(with_side) or lemma in GETTING_VERBS and bool(from_side)


def _sent_for(noun: Token, verb: Token) -> bool:
    """ "sent X to Cairo for talks", "dispatched an envoy for a meeting": the event the one sent goes to."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.i == verb.i \
        and verb.lemma_.lower() in ("send", "dispatch") and any(c.dep_ == "dobj" for c in verb.children)


def _journey_ahead(noun: Token) -> bool:
    """ "is heading to Oslo for talks", "will fly to Lima for a meeting": the event is the
    purpose of a journey still under way, not (yet) held."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ARRIVAL_VERBS and (
        verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "to") for c in verb.children))


def _visit_host(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """The country a visit with no "to" phrase is paid to: the country its modifier names ("his
    British trip", "her Moscow visit"), or the place the visitor arrived in or went to for it
    ("arrived in Beijing on Monday for a three-day visit"; a capital stands for its country)."""
    for mod in noun.lefts:
        if mod.dep_ in ("amod", "compound") and mod.pos_ in ("ADJ", "PROPN"):
            ref = ctx.ent(mod)
            if ref is not None and ref.type == "country":
                return [(mod, ref)]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "on") and noun.head.head.pos_ == "VERB" \
            and noun.head.head.lemma_.lower() in ARRIVAL_VERBS:
        verb = noun.head.head
        return [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")
                for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g, noun) if p[1].type == "country"][:1]
    return []


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object or prepositional object the noun is ("held talks", "in a meeting
    with", "concluded a second round of talks")."""
    t = noun
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head.head
            if t.pos_ == "NOUN" and t.lower_ in _MEASURE_OR_SHARE_NOUNS:
                continue
            if t.pos_ == "NOUN" and t.dep_ in ("pobj", "dobj") and noun.head.lower_ in ("in", "during") \
                    and t.head.pos_ in ("VERB", "ADP"):
                continue  # "thanked X for its support in a call with Y": the parser hung the call on the noun
            if t.dep_ == "dobj" and noun.head.lower_ == "for" and t.head.lemma_.lower() in _GATHERING_VERBS:
                continue  # "joined Y for lunch": the parser hung the "for" on the one joined
            if t.pos_ not in ("VERB", "AUX"):
                return None  # "his comments at a news conference with X": the comments' owner spoke
        elif t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
            t = t.head
        else:
            return None
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


# programmes whose host talks with the guest: "said on X's radio show", "appeared on Y's podcast"
_SHOW_NOUNS = frozenset("show program programme podcast".split())


def show_guest(ctx: Context, noun: Token) -> None:
    """ "Bell said on Ruiz's radio show that …", "Bell appeared on Ruiz's podcast": the guest
    spoke with the host who owns the programme (a person; an outlet's programme is an interview,
    left to the quote's addressee). Only an act of the guest's own: not a passive ("was mocked
    on X's show"), not a plan ("will appear on X's show")."""
    if noun.lemma_.lower() not in _SHOW_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "on":
        return
    verb = noun.head.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or not asserted(verb):
        return
    # (the parser may hang the owner on the programme's compound: "X's radio show")
    owner = next((c for m in (noun, *(c for c in noun.children if c.dep_ == "compound")) for c in m.children
                  if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    hosts = [p for p in parties(ctx, owner, noun) if p[1].type == "person"] if owner is not None else []
    subj = subject_of(verb)
    if not hosts or subj is None:
        return
    emit(ctx, acting_parties(ctx, subj, noun), hosts, noun, "message", noun.lemma_.lower(), 0.65)


def spent_meeting(ctx: Context, gerund: Token) -> None:
    """ "X spent Tuesday meeting Ann Lund": the parser reads the day, the gerund and the name as
    one noun phrase, the object of "spent", with "meeting" a modifier of the name; the subject
    of "spent" met the one named ("spent Tuesday meeting with X" parses as a verb)."""
    if gerund.lower_ != "meeting" or gerund.dep_ != "compound":
        return
    name = gerund.head
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    spend = name.head
    if name.dep_ != "dobj" or spend.lemma_.lower() != "spend" or not asserted(spend):
        return
    targets = [p for p in parties(ctx, name) if p[1].type == "person"]
    sources = parties(ctx, subject_of(spend), gerund) if targets else []
    emit(ctx, sources, targets, gerund, "meeting", "meet", 0.75)
