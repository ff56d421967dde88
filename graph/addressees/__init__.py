"""Addressees: to whom a quote was said, when the text names its audience.

Three places name it, as a reader finds them:

1. the cue's own words: the object of "told", "urged", "asked", "warned" ("told Yuri
   Ushakov", "urged the region's countries to …"), the "to" phrase of any speech verb ("said
   to reporters", "wrote to the minister", "explained to his counterpart"), and a meeting told
   something ("told a news briefing" → reporters);
2. the setting written around the cue in its sentence: "in an interview with Axios", "in a
   letter to the prime minister", "speaking to reporters", "addressing delegates", "at a news
   conference" (→ reporters);
3. the sentences after it: a quote that goes on in the same interview or press conference
   ("…, he told CNN. “…,” he said.") was said to the same audience; an answer goes to the one
   who asked ("Lee asked Ruiz whether … “…,” Ruiz said"; "When asked by reporters …, Ruiz said"),
   and so do a transcript's turn after a question and words that open the paragraph after one.

A news outlet that was told is the addressee and the outlet that carried the quote at once.

The rules are in ``verbs`` (1), ``settings`` (2), ``sequence`` and ``exchanges`` (3), ``vocatives``
(a quote that calls its audience by name: "“Governor Hale, let me help you out”") and ``audience``
(the entity a mention of the audience stands for).
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..entities import EntityIndex
from ..model import EntityRef
from ..speakers import SpeakerResolver
from .audience import on_air, person_told_before
from .sequence import (answers, carry_over, outlet_told, questions_answered, questions_put, said_in_channel,
                       setting_before, setting_named_before, titles_told)
from .remarks import remarks_placed_after
from .channels import sourced_to_channel
from .crowds import counted_people, crowd_worked, crowds_responding
from .exchanges import turns_answered
from .settings import from_setting
from .verbs import APPEAL_VERBS, OBJECT_AUDIENCE_VERBS, SPEECH_VERBS, from_verb, glued_audience
from .vocatives import vocatives

__all__ = ["OBJECT_AUDIENCE_VERBS", "addressee_of", "answers", "carry_over", "crowds_responding", "from_setting",
           "from_verb", "glued_audience", "on_air", "outlet_told", "person_told_before", "questions_answered",
           "questions_put", "remarks_placed_after", "said_in_channel", "setting_before", "setting_named_before",
           "sourced_to_channel", "titles_told", "turns_answered", "vocatives"]


# verbs of telling, speaking or appealing: a cue hung on one shares its audience ("told Congress when asked …")
_TELLING_VERBS = OBJECT_AUDIENCE_VERBS | SPEECH_VERBS | APPEAL_VERBS


# participles that tell someone ("telling USA TODAY", "assuring the crowd", "warning Congress")
_TELLING_PARTICIPLES = frozenset("tell assure reassure warn inform remind advise urge".split())


# Participles that carry the words to the ones written to or called ("emailed supporters saying").
_SAYING = frozenset("say tell ask urge warn".split())


def _people_told(obj: Token, index: EntityIndex) -> bool:
    """Whether the object ``obj`` is someone: a person or body named, a pronoun, or people."""
    named = index.at(obj)
    return named is not None and named.type in ("person", "group", "organization", "media") \
        or obj.pos_ == "PRON" or counted_people(obj)


def _same_subject(verb: Token) -> bool:
    """Whether a coordinated clause goes on with the same speaker: no subject of its own, or
    "he"/"she"/"they" ("told supporters that …, and he vowed …")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.lower_ in ("he", "she", "they")


def _telling_before_quote(verb: Token, said: Sequence[tuple[int, int]]) -> Token | None:
    """A participle of telling whose phrase runs up to the opening of the words quoted, when a
    cue after them repeats the speaker ("He weighed in, telling Mic in an interview, “…,” he
    said"): the writer named the audience before the words and the speaker again after them.
    None when a clause of its own stands between ("telling Mic he was wrong. “…,” he said")."""
    opening = min(start for start, _ in said)
    sent = verb.sent
    if not sent.start_char < opening < verb.idx:
        return None
    before = [t for t in sent if t.idx < opening]
    while before and (before[-1].is_punct or before[-1].is_quote):
        before.pop()  # the comma or colon and the quotation mark that open the words
    if not before:
        return None
    last = before[-1]
    for t in reversed(before):
        # the participle, or "told" itself ("Reed told the Gazette, “…,” he said")
        telling = t.tag_ == "VBG" and t.lemma_.lower() in _TELLING_PARTICIPLES \
            and not any(c.dep_ == "nsubj" for c in t.children) or t.tag_ == "VBD" and t.lemma_.lower() == "tell"
        if telling and t.left_edge.i <= last.i <= t.right_edge.i and not any(
                c.dep_ == "ccomp" and c.idx < opening for c in t.children):
            return t
    return None


def addressee_of(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                 speaker: EntityRef | None = None, said: Sequence[tuple[int, int]] = ()) -> EntityRef | None:
    """The audience the cue ``verb`` names, or its sentence does around it outside the words
    quoted (``said``: their character ranges); a cue that hangs on a verb of telling ("who told
    Congress when asked …: “…”", "told reporters, adding …") has that verb's audience."""
    ref = from_verb(verb, index, resolver, speaker)
    if ref is None and verb.head.pos_ == "VERB" and (
            verb.dep_ == "advcl" and verb.head.lemma_.lower() in _TELLING_VERBS
            # "told supporters that …, and he vowed …": the telling goes on to the same audience
            # (not "called on Voss to resign and said …": words about the one called on)
            or verb.dep_ == "conj" and verb.head.lemma_.lower() == "tell" and _same_subject(verb)):
        ref = from_verb(verb.head, index, resolver, speaker)
    if ref is None:
        # "He denounced the coup, telling USA TODAY he had nothing to do with it": a participle
        # of telling on the cue names whom the words went to
        telling = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG"
                        and c.i > verb.i and c.lemma_.lower() in _TELLING_PARTICIPLES), None)
        if telling is not None:
            ref = from_verb(telling, index, resolver, speaker)
    if ref is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in _SAYING \
            and verb.head.dep_ == "dobj" and _people_told(verb.head, index) \
            and verb.head.head.lemma_.lower() in OBJECT_AUDIENCE_VERBS and verb.head.head.pos_ == "VERB":
        # "emailed supporters saying: “…”": the parser hangs the participle on the ones written
        # to; the words went to them (not "emailed a news article reporting that …": a thing
        # sent, which says the words itself)
        ref = from_verb(verb.head.head, index, resolver, speaker)
    if ref is None and said:
        # "…, telling Mic in an interview, “…,” he said": the telling right before the words
        telling = _telling_before_quote(verb, said)
        if telling is not None:
            ref = from_verb(telling, index, resolver, speaker)
    if ref is None:
        ref = crowd_worked(verb, index, resolver)
    if ref is None:
        ref = from_setting(verb, index, resolver, said)
    if ref is not None and speaker is not None and ref.id == speaker.id:
        return None  # "the minister told his ministry's staff …" resolved to himself: no audience
    return ref

