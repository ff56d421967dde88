"""Speakers a cue describes without naming them, whom the sentences around it name.

The sentence before: "The opposition leader, a farmer herself, was scathing. “…,” said the
58-year-old." (``described_subject_before``).

The paragraph after a wire story's lede, which describes who spoke and holds the name back
(``delayed_name``):

    A deal is "within reach," the top Republican on the farm committee said Thursday.

    "We are down to two issues," Sen. Ola Berg of Kansas told reporters.

A reader takes "the top Republican" for Ola Berg: the paragraph after the lede gives the name,
in the words of the same speaker. This holds when nobody is named before that second
paragraph (else the description may be one of those already named), the name is the subject
of a speech verb there, and the description is no unnamed source's ("a senior official", "a
spokesman", "people familiar with …"), whom a story never names.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_speech_verb
from .model import EntityRef
from .speaker_words import PERSON_NOUNS, SOURCE_NOUNS, SUBJECT_DEPS, agentive, is_definite, name_root

_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "obj", "iobj"})

# Descriptions of sources a story keeps unnamed, or of several people (narrower than
# SOURCE_NOUNS, whose titles, "senator", "minister", a lede does name in the next paragraph)
_UNNAMED = frozenset("""official source diplomat aide adviser advisor spokesman spokeswoman spokesperson
person people insider observer witness resident analyst expert officer staffer employee member
representative lawmaker""".split())


def described_subject_before(head: Token) -> Token | None:
    """The subject of the sentence before ``head``'s when it is a person described, not named
    ("The opposition leader, a farmer herself, was scathing. “…,” said the 58-year-old."): a
    definite common noun for one person, in the same paragraph, in a sentence that names no
    one else and points at no one else ("him"). A reader takes "the 58-year-old" for the one
    the story was just about, named or not."""
    sent = head.sent
    if sent.start == 0:
        return None
    between = head.doc[sent.start - 1:sent.start + 1].text
    if "\n" in between:
        return None  # another paragraph
    before = head.doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or not is_definite(subj):
        return None
    if any(t.ent_type_ == "PERSON" for t in subj.subtree):
        return None  # "The mayor, Anna Kovac,": named after all
    if any(t.ent_type_ == "PERSON" or t.lower_ in ("him", "her") and t.dep_ in _OBJECT_DEPS
           for t in before if t.i != subj.i):
        # "The prosecutor questioned him for hours.", "The officer who arrested him was fired.":
        # the sentence is about someone named too, whom "the 44-year-old" may well be
        return None
    noun = subj.lemma_.lower()
    return subj if noun in PERSON_NOUNS or noun in SOURCE_NOUNS or agentive(subj) else None


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
    root = name_root(doc[first])
    if root.dep_ not in SUBJECT_DEPS or not is_speech_verb(root.head.lemma_):
        return None
    return person_at[first]
