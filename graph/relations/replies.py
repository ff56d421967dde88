"""COMMUNICATED_WITH from an answer to someone's own message: "responded to Ruiz's question",
"replied to the mayor's letter", "answered Lee's questions". The one who answers reaches the one
whose question, letter or request it was (event ``message``). Only a message someone sends is
answered so: "responded to Ruiz's criticism" or "answered Ruiz's attacks" is a reaction that
readers list as no contact, and an outlet's questions ("respond to AP's request") are an
interview, which they list as the quote's audience rather than as a relation.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..outlets import outlet_shaped
from ..speakers import subject_of
from ._context import Context, asserted
from .participants import parties

# verb lemma → how it takes what it answers: through "to" ("responded to X's letter") or as its
# object ("answered X's questions")
_ANSWER_VERBS = {"respond": "to", "reply": "to", "answer": None, "return": None}
# what someone sends that an answer goes back to ("returned Lee's call" as well)
_MESSAGES = frozenset("question questions query queries letter letters email emails e-mail e-mails request "
                      "requests invitation invitations message messages note notes inquiry inquiries tweet "
                      "tweets text texts call calls voicemail".split())
# of those, the ones "returned" takes ("returned Lee's call"; not "returned Lee's letter" unopened)
_RETURNED = frozenset("call calls message messages voicemail".split())


def answered_message(ctx: Context, verb: Token) -> None:
    """The answerer and the owner of the message answered ("Ruiz responded to Lee's letter")."""
    lemma = verb.lemma_.lower()
    if lemma not in _ANSWER_VERBS or verb.pos_ != "VERB" or not asserted(verb):
        return
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "acl"):
        return  # "the responding officer"
    prep = _ANSWER_VERBS[lemma]
    if prep is None:
        messages = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        messages = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep
                    for g in c.children if g.dep_ == "pobj"]
    kinds = _RETURNED if lemma == "return" else _MESSAGES
    messages = [m for m in messages if m.lower_ in kinds]
    if lemma in ("respond", "reply"):
        # "responded to Sanders' call for a debate": a call for something is an appeal, not a phone call
        messages = [m for m in messages if not (m.lemma_.lower() == "call" and any(
            c.dep_ == "prep" and c.lower_ in ("for", "to") for c in m.children))]
    subj = subject_of(verb)
    if subj is None or not messages:
        return
    answering = parties(ctx, subj)
    if not answering or subj.pos_ == "PRON" and not ctx.was_subject(answering[0][1], subj):
        return
    for message in messages:
        owner = next((c for c in message.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ == "PRON":
            continue
        for to, o in parties(ctx, owner):
            if outlet_shaped(o.name):  # media entities are typed apart
                continue
            for ts, s in answering[:1]:
                if s.id != o.id:
                    ctx.add(s, "COMMUNICATED_WITH", o, ctx.evidence(ts, verb, message, to), 0.7,
                            cue=lemma, event="message")
