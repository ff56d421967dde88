"""The audience named by the setting written around the cue in its sentence: "in an interview
with Axios", "in a letter to the prime minister", "speaking to reporters", "addressing delegates",
"at a news conference" (-> reporters), "when asked by reporters"."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..entities import EntityIndex
from ..model import EntityRef
from ..outlets import SPEAKING_TO
from ..speakers import SpeakerResolver
from .audience import audience, press_event, reporters

# Channels whose "to"/"with" phrase names the audience: "in a letter to X", "an interview with X",
# "in a meeting with X".
_CHANNEL_NOUNS = frozenset("""
interview letter message speech address remarks remark note email memo statement comments comment
call conversation podcast broadcast meeting talks session exchange chat
""".split())
# Channels whose "with" phrase is the one talked to: "an interview with X", "a call with X", "a
# question-and-answer session with reporters".
_WITH_CHANNELS = frozenset("interview call conversation meeting talks session exchange chat".split())
# Participles of speaking to someone: "addressing a seminar" ("speaking to reporters": SPEAKING_TO).
_ADDRESSING = frozenset("address brief".split())
# Channels whose "to" phrase is the audience whatever it is: "a video message to the convention".
_ADDRESSED_CHANNELS = frozenset("letter message speech address remarks remark note email memo".split())


def from_setting(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                 said: Sequence[tuple[int, int]] = ()) -> EntityRef | None:
    """"In an interview with X, …", "…, speaking to reporters", "At a news conference, …": the
    audience named in the cue's sentence by a channel, a participle or a press event; never in
    the words said ("“My meeting with X went well,” Lee said" was not said to X)."""
    sent = verb.sent
    # the clause reported before the cue ("Ruiz held a meeting with Quispe, an official said")
    # tells of no setting of the telling; one reported after it only by "in"/"during" ("said
    # Turkey wanted calm in an interview with Reuters", not "said he had a call with Lee")
    fronted = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i for t in c.subtree}
    after = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for t in c.subtree}
    for tok in sent:
        if any(start <= tok.idx < end for start, end in said) or tok.i in fronted:
            continue
        low = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and low in _CHANNEL_NOUNS and not (
                tok.i in after and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during"))):
            ref = channel_audience(tok, index, resolver)
            if ref is not None:
                return ref
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.i != verb.i:
            if low in SPEAKING_TO:
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                        ref = audience(pobj, index, resolver, strict=True) if pobj is not None else None
                        if ref is not None:
                            return ref
                        if pobj is not None and press_event(pobj):
                            return reporters(pobj, index)
            if low in _ADDRESSING or low == "tell" and tok.dep_ in ("advcl", "xcomp", "conj"):
                # "addressing a seminar"; "Lee weighed in, telling Mic in an interview, “…,” he
                # said": the one a participle of the sentence tells
                dobj = next((g for g in tok.children if g.dep_ in ("dobj", "dative")), None)
                if dobj is not None:
                    ref = audience(dobj, index, resolver, strict=low == "tell")
                    if ref is not None:
                        return ref
        if press_event(tok) and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "in", "to"):
            return reporters(tok, index)
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and tok.i != verb.i and (
                lemma == "interview" and tok.tag_ == "VBN"  # "Lee, interviewed by the BBC, said …"
                # "When asked by reporters whether …, Lee said": the answer goes to the one who asked
                or lemma == "ask" and tok.dep_ in ("advcl", "ccomp") and tok.head.i == verb.i):
            by = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            ref = audience(by, index, resolver, strict=True) if by is not None else None
            if ref is not None:
                return ref
    return None


def channel_audience(noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """"an interview with Axios", "a letter to the prime minister", "an email interview in the
    newspaper the Sentinel", "a CNN interview", "remarks to reporters"."""
    low = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ == "to" or low == "interview" and child.lower_ in ("with", "in", "on")
                                     or low in _WITH_CHANNELS and child.lower_ == "with"):
            strict = not (child.lower_ == "to" and low in _ADDRESSED_CHANNELS)  # "a video message to the convention"
            for pobj in (g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")):
                for cand in _with_appositions(pobj):
                    ref = audience(cand, index, resolver, strict=strict)
                    if ref is not None:
                        return ref
        if low == "interview" and child.dep_ in ("compound", "poss") and child.i < noun.i:
            ref = index.at(child)
            if ref is not None and ref.type in ("media", "person", "organization"):
                return ref
    return None


def _with_appositions(tok: Token) -> list[Token]:
    """"the British newspaper the Independent": the name in apposition first."""
    return [c for c in tok.children if c.dep_ == "appos"] + [tok]

