"""Delayed identification: a wire story's lede describes who spoke, the next paragraph names
them.

    A deal is "within reach," the top Republican on the farm committee said Thursday.

    "We are down to two issues," Sen. Ola Berg of Kansas told reporters.

A reader takes "the top Republican" for Ola Berg: the lede holds back the name, the paragraph
after it gives it, in the words of the same speaker. This holds when nobody is named before
that second paragraph (else the description may be one of those already named), the name is
the subject of a speech verb there, and the description is no unnamed source's ("a senior
official", "a spokesman", "people familiar with …"), whom a story never names.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_speech_verb
from .model import EntityRef
from .speaker_words import SUBJECT_DEPS

# Descriptions of sources a story keeps unnamed, or of several people
_UNNAMED = frozenset("""official source diplomat aide adviser advisor spokesman spokeswoman spokesperson
person people insider observer witness resident analyst expert officer staffer employee member
representative lawmaker""".split())


def delayed_name(head: Token, person_at: dict[int, EntityRef], para_of: list[int]) -> EntityRef | None:
    """The person the paragraph after the lede names as speaking, when ``head`` (a cue's
    subject) describes, unnamed, one person in the story's first paragraph (see the module)."""
    if head.dep_ not in SUBJECT_DEPS or head.tag_ not in ("NN", "NNP") or head.lemma_.lower() in _UNNAMED \
            or not is_speech_verb(head.head.lemma_):
        return None
    doc = head.doc
    para = para_of[head.i]
    if any(t.text in ".!?" for t in doc[:head.i] if para_of[t.i] < para):
        return None  # paragraphs of text before: no lede
    if not person_at:
        return None
    first = min(person_at)
    if para_of[first] <= para:
        return None  # someone named already: the description may be theirs or another's
    if any(t.is_alpha for t in doc[head.i:first] if para < para_of[t.i] < para_of[first]):
        return None  # the name is not in the very next paragraph
    root = doc[first]
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    if root.dep_ not in SUBJECT_DEPS or not is_speech_verb(root.head.lemma_):
        return None
    return person_at[first]
