"""Cues in the passive: the agent speaks ("was told by the governor"), the one asked or told
is only the addressee ("Lee was asked"), the words are put to someone by no one named ("Asked
whether …, Lee said"), and a quoting verb's object speaks ("quoted Lavrov as saying").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..cues import ADDRESSEE_VERBS, is_speech_verb
from ..speaker_words import stranded_subject
from ..speakers import SUBJECT_DEPS


# Verbs whose passive subject is the one spoken to ("was asked", "was told", "was warned");
# not "was called …" or "was written", whose subject is what is named or written.
_ASKED_PASSIVES = ADDRESSEE_VERBS - {"call", "phone", "text", "email", "write", "order"}


def _auxpass(verb: Token) -> bool:
    """True for a verb with a written-out passive "be" ("was asked"; not "who's called for",
    where the parse may take the contracted "has" for "is")."""
    return any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "\u2019s") for c in verb.children)


# Verbs that report another's words through "as saying" ("quoted Lavrov as saying …").
_QUOTING = frozenset({"quote", "cite"})


def quoted_as_saying(verb: Token) -> Token | None:
    """The one quoted in "The agency quoted Lavrov as saying …", "state media cited the
    minister as saying …" when ``verb`` is the "saying": the quoting verb's object speaks, its
    subject (an outlet, a channel) only passes the words on. None for any other verb."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "as" or prep.dep_ != "prep" \
            or not is_speech_verb(verb.lemma_):
        return None  # "citing China as giving support": the citer's own label, not another's words
    quoting = prep.head
    if quoting.pos_ != "VERB" or quoting.lemma_.lower() not in _QUOTING:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj" and quoting.i < c.i < prep.i), None)


def is_passive(verb: Token) -> bool:
    """True for a verb in the passive with a written-out "be" and its subject ("Lee was asked")."""
    return _auxpass(verb) and any(c.dep_ == "nsubjpass" for c in verb.children)


def asked_passive(verb: Token) -> bool:
    """True for a passive verb whose object is the addressee ("was asked", "was told"): its
    subject is the one spoken to, not the speaker."""
    return verb.lemma_.lower() in _ASKED_PASSIVES and is_passive(verb)


# Passive cues whose subject still speaks: "is quoted as saying", "was heard telling".
_SPEAKING_PASSIVES = {"quote", "hear", "overhear", "record", "cite"}


def unnamed_speaker(verb: Token) -> bool:
    """True for a speech verb in the passive with no agent: "Lee was asked to name …", "it was
    announced that …", "the mayor was accused of …", "Asked whether …, Lee said". The words
    are put to the one the clause is about, or said of them, by someone the sentence does not
    name: the subject is the addressee or the topic, never the speaker."""
    if verb.lemma_.lower() in _SPEAKING_PASSIVES or any(c.dep_ == "agent" for c in verb.children):
        return False
    if _auxpass(verb):
        return True
    # a bare participle hung on the one it is about: "Asked whether …, Lee said", "officials,
    # asked about the plan, said"; a past tense the tagger took for one has a subject or an aux
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children) and stranded_subject(verb) is None


def put_to_subject(verb: Token) -> bool:
    """True for a speech verb asked or told of someone, by no one named: "Asked to describe
    the device, Lee said …", "Lee was urged to explain the delay": the words are requested,
    and the one asked has not said them."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in _ASKED_PASSIVES \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and unnamed_speaker(head)

