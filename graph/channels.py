"""Channels: the statement, post or tweet is how someone spoke, never who spoke.

"The embassy issued a statement saying …", "a statement from the ministry said …", "the
senator's post said …", "Lee released the following statement: “…”": the parse gives the
channel as the subject of the cue (a participle hangs on "statement", "statement" is the
subject of "said"), and a reader looks through it to who issued it. ``speaker_behind`` does
the same: the issuer when the sentence names one (its possessor, its "from"/"by" phrase, or
the subject of the verb whose object it is), else the channel itself, which the resolver then
takes back to the institution last heard from ("the statement said" → the ministry).
"""

from __future__ import annotations

from spacy.tokens import Token

from .addressees import OBJECT_AUDIENCE_VERBS
from .cues import is_speech_verb
from .speakers import (DOCUMENT_NOUNS, GROUP_NOUNS, MEDIA_NOUNS, OFFICE_NOUNS, PERSON_NOUNS, SOURCE_NOUNS,
                       SUBJECT_DEPS)

# What words come in: the documents an institution issues, and the media a person posts on.
CHANNEL_NOUNS = DOCUMENT_NOUNS | frozenset("""
tweet tweets post posts message messages email emails video videos ad ads advertisement banner banners
sign signs placard placards leaflet flyer memo op-ed editorial column blog broadcast speech remarks
article articles piece
""".split())


# Verbs by which a channel's author puts it out ("an email sent by Lee"), as opposed to those
# of someone who only handles it ("emails reviewed by the paper", "a memo obtained by Reuters").
_ISSUING_VERBS = frozenset("send release issue post publish write sign circulate distribute draft author "
                           "tweet pen deliver put".split())


def is_channel(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in CHANNEL_NOUNS or tok.lemma_.lower() in CHANNEL_NOUNS)


def issuer(tok: Token) -> Token | None:
    """Who issued the channel ``tok`` names, when the sentence says so; None otherwise."""
    if not is_channel(tok):
        return None
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN") and not is_channel(child):
            return child  # "the ministry's statement"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of") and child.i == tok.i + 1:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON") and not is_channel(pobj):
                return pobj  # "a statement from the embassy", "a post by Lee"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in ("from", "by") and nxt.dep_ == "prep" and nxt.head.i == tok.head.i \
            and tok.dep_ in ("dobj", "nsubj") and tok.head.pos_ == "VERB":
        # "“…,” read a statement from the ruling party": the parse hung the "from" phrase
        # right after the channel on the verb
        pobj = next((g for g in nxt.children if g.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in ("PROPN", "NOUN") and not is_channel(pobj):
            return pobj
    for child in tok.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i == tok.i + 1 \
                and child.lemma_.lower() in _ISSUING_VERBS:
            # "an email sent out by Lee warned", "a memo released by the ministry said"
            agent = next((g for c in child.children if c.dep_ == "agent" for g in c.children
                          if g.dep_ == "pobj"), None)
            if agent is not None and agent.pos_ in ("PROPN", "NOUN", "PRON") and not is_channel(agent):
                return agent
    verb = tok.head
    if tok.dep_ == "dobj" and verb.pos_ == "VERB":
        # "the embassy issued a statement saying", "Lee released the following statement:",
        # "protesters held signs reading"
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") \
                and not any(t.is_quote for t in tok.doc[verb.head.i:verb.i]):
            # (not across a quotation mark: in "“… took notes …,” read the statement" the parse
            # made "read" a conjunct of the quotation's verb, whose subject is no issuer)
            subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and not is_channel(subj) and subj.lower_ not in ("which", "that"):
            return subj
    return None


# Nouns that can speak for themselves: people, groups, institutions, outlets.
_AGENT_NOUNS = SOURCE_NOUNS | PERSON_NOUNS | GROUP_NOUNS | OFFICE_NOUNS | MEDIA_NOUNS


def _governing_subject(tok: Token) -> Token | None:
    """The subject of the nearest verb above ``tok``: in "Lee unleashed a series of tweets
    criticizing the judge" the one who criticizes is Lee."""
    t = tok
    for _ in range(6):
        if t.dep_ == "ROOT" or t.head.i == t.i:
            return None
        below, t = t, t.head
        if t.pos_ in ("VERB", "AUX"):
            if below.dep_ == "xcomp":
                # "This prompted the tabloid to run a cover saying …": the object of a verb of
                # prompting does the infinitive's deed, not the verb's subject
                # (a person or a body: "used blunt language to issue …" is no control)
                obj = next((c for c in t.children if c.dep_ == "dobj" and c.i < below.i), None)
                if obj is not None and (obj.pos_ == "PROPN" or obj.lower_ in ("him", "her", "them")
                                        or obj.pos_ == "NOUN" and not _a_thing(obj)):
                    return issuer(obj) or obj
            subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS and c.i < t.i), None)
            if subj is not None and subj.lower_ == "this" and subj.pos_ in ("DET", "PRON"):
                return None  # "This prompted …": an event, no one who says
            if subj is not None and subj.lower_ not in ("which", "that"):  # "it" is resolved later
                return issuer(subj) or subj
            if t.dep_ not in ("conj", "xcomp", "advcl"):
                return None
    return None


def _a_thing(tok: Token) -> bool:
    """A common noun that cannot speak for itself ("tweets", "a news conference", "softer
    language"), as opposed to a person, a group, an institution or a name."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and tok.lower_ not in _AGENT_NOUNS \
        and tok.lemma_.lower() not in _AGENT_NOUNS and not tok.text[:1].isupper()


def _addressing_verb(noun: Token) -> Token | None:
    """The verb by which ``noun`` was spoken or written to: "emailed supporters", "told the
    crowd", "a letter to the governor", "sent a message to donors"; None when ``noun`` is no
    audience ("footage of Lee asking", "the poll shows voters saying": those speak)."""
    head = noun.head
    if noun.dep_ in ("dobj", "dative") and head.pos_ == "VERB" and head.lemma_.lower() in OBJECT_AUDIENCE_VERBS:
        return head
    if noun.dep_ != "pobj" or head.lower_ != "to" or head.dep_ not in ("prep", "dative"):
        return None
    holder = head.head
    if holder.pos_ == "NOUN" and is_channel(holder) and holder.head.pos_ == "VERB":
        return holder.head  # "sent a letter to the governor"
    if holder.pos_ == "VERB" and (is_speech_verb(holder.lemma_) or holder.lemma_.lower() in OBJECT_AUDIENCE_VERBS
                                  or any(c.dep_ == "dobj" and is_channel(c) for c in holder.children)):
        return holder  # "wrote to the governor", "sent an email to donors"
    return None


def speaker_of_audience(noun: Token) -> Token | None:
    """Who spoke to ``noun`` when ``noun`` is the audience of a message: in "the senator
    emailed supporters saying …" and "wrote a letter to the governor asking …" the participle
    hangs on the audience in the parse, but the one who emailed or wrote says it."""
    verb = _addressing_verb(noun)
    if verb is None:
        return None
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        if subj is not None:
            return None if subj.lower_ in ("which", "that") else subj
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# Role nouns of those who put the questions in an interview ("an interview with radio host Mark
# Reyes"): the interviewer, never the one who answers.
_INTERVIEWERS = frozenset("""
host anchor reporter interviewer journalist correspondent presenter columnist editor moderator
""".split())
# Verbs by which the one interviewed grants an interview ("an interview Lee gave to the Herald").
_GRANTING = frozenset("give grant".split())


def interviewee(tok: Token) -> Token | None:
    """"according to an interview with Ann Lund published by the Herald", "an interview Lund
    gave to the Herald": the one interviewed speaks; the interview is only where, and the outlet
    that ran it only carried it. A person named after "with" (not an interviewer: "an interview
    with host Mark Reyes", "with CNN's Reyes"), or the subject of "gave"/"granted" in a relative
    clause on "interview"; None otherwise."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "interview":
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ == "PERSON" and pobj.pos_ == "PROPN" \
                    and not any(t.lower_ in _INTERVIEWERS or t.dep_ == "poss" for t in pobj.subtree if t.i < pobj.i):
                return pobj
        if child.dep_ == "relcl" and child.lemma_.lower() in _GRANTING:
            # (whoever gives it is the one interviewed: "an interview his brother gave to ITV",
            # "an interview she granted the Herald")
            subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in ("PROPN", "NOUN", "PRON") \
                    and subj.lower_ not in ("which", "that", "who"):
                return subj
    return None


def speaker_behind(tok: Token, verb: Token | None = None) -> Token:
    """The speaker's head token for a cue ``verb`` whose subject is ``tok``: the issuer of a
    channel; the sender of a message, when a participle hangs on its audience ("emailed
    supporters saying …"); for a participle hanging on a thing ("a series of tweets
    criticizing …", "a news conference announcing …"), the subject of the clause that holds
    the thing; the one interviewed, for an interview (``interviewee``); else ``tok``."""
    found = issuer(tok) or interviewee(tok)
    if found is not None:
        return found
    if verb is not None and verb.dep_ == "acl" and verb.head.i != tok.i and verb.head.i < verb.i \
            and (found := issuer(verb.head)) is not None:
        # "Lee posted a message on Twitter saying/reading “…”": the participle hangs on the
        # channel, whatever noun stands right before it ("Twitter" is where, not who)
        return found
    if tok.lower_ in ("which", "that") and tok.head.dep_ == "relcl":
        # "Lee released a video that said, “…”": the relative pronoun stands for the channel
        found = issuer(tok.head.head)
        if found is not None:
            return found
    if verb is not None and verb.tag_ == "VBG" and (verb.head.i == tok.i or verb.i == tok.i + 1):
        sender = speaker_of_audience(tok)
        if sender is not None:
            return issuer(sender) or sender
    if verb is not None and verb.tag_ == "VBG" and (verb.head.i == tok.i or verb.i == tok.i + 1) and _a_thing(tok):
        return _governing_subject(tok) or tok
    return tok
