"""From a cue to its speaker: the mention as written (``sources``) and the entity it means
(``speaker``).

A reader resolves "he" to the last man named, "the diplomat" to the diplomat introduced
earlier, "Witkoff" to Steve Witkoff; this module does the same, over the parse and the
document's ``EntityIndex``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan, Token

from .entities import PERSON_PRONOUNS, EntityIndex, fold
from .model import EntityRef, Span

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = {"who", "which", "that"}
# Nouns that name an unnamed source ("a NATO diplomat", "people familiar with the matter").
SOURCE_NOUNS = frozenset("""
official officials diplomat diplomats source sources spokesman spokeswoman spokesperson aide aides
adviser advisers advisor advisors analyst analysts expert experts people person officer officers
lawmaker lawmakers senator minister ministers member members observer observers insider insiders
critic critics supporter supporters resident residents witness witnesses leader leaders envoy
negotiator negotiators representative representatives executive executives economist economists
researcher researchers scholar scholars professor academic academics activist activists
commentator commentators voter voters worker workers employee employees staffer staffers
""".split())
GROUP_NOUNS = frozenset({"reporters", "journalists", "press", "audience", "crowd", "supporters", "lawmakers"})


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the mention as written, and the entity (None when unknown)."""

    source: Span
    entity: EntityRef | None
    resolved: bool  # True when found through a pronoun or a nominal, not a name


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of ``verb``, climbing through conjunctions and controls
    ("X said …, adding …" gives X for "adding")."""
    seen = 0
    tok: Token | None = verb
    while tok is not None and seen < 4:
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in _RELATIVE and tok.dep_ == "relcl":
                    return tok.head
                return child
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head is not tok:
            tok = tok.head
        elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok.head  # "a State Department official, speaking on …, said" / "…, speaking"
        else:
            tok = None
        seen += 1
    return None


def mention_span(head: Token, index: EntityIndex) -> SpacySpan:
    """The mention a reader would point at for ``head``: the named entity around it, or its
    noun phrase without appositions and relative clauses."""
    if head.ent_iob_ in ("B", "I"):  # the entity around it, found from its tokens (doc.ents
        doc = head.doc               # would build every entity span of the document, each call)
        start, end = head.i, head.i + 1
        while doc[start].ent_iob_ == "I" and start > 0:
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case"):
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        # "people familiar with the matter", "a spokesman for the office that …"
        if child.dep_ in ("amod", "prep") and child.i == right + 1:
            right = child.right_edge.i
    return head.doc[left:right + 1]


class SpeakerResolver:
    """Resolves subjects of cues to entities, remembering the speakers seen so far."""

    def __init__(self, doc: Doc, index: EntityIndex) -> None:
        self.doc = doc
        self.index = index
        self.last: list[tuple[int, EntityRef]] = []  # (char, entity) of each speaker found

    def remember(self, char: int, entity: EntityRef | None) -> None:
        if entity is not None:
            self.last.append((char, entity))

    def resolve(self, head: Token) -> Speaker:
        span = mention_span(head, self.index)
        source = Span.of(self.index.text, span.start_char, span.end_char)
        named = self.index.at(span.root) or next((self.index.at(t) for t in span if self.index.at(t)), None)
        if named is not None and head.pos_ != "PRON":
            return Speaker(source, named, False)
        low = head.lower_
        if low in PERSON_PRONOUNS or low in ("i", "we", "they", "it"):
            return Speaker(source, self._pronoun(head), True)
        if head.pos_ in ("NOUN", "PROPN"):
            return Speaker(source, self._nominal(span, head), True)
        return Speaker(source, None, False)

    def _pronoun(self, head: Token) -> EntityRef | None:
        low = head.lower_
        want = PERSON_PRONOUNS.get(low)
        if low in ("he", "she"):
            # A reader takes the last person quoted, then the last person named.
            for char, ent in reversed(self.last):
                if char < head.idx and ent.type == "person" and self.index.gender(ent.id) in (None, want):
                    return ent
            for _, cluster in self.index.persons_before(head.idx):
                ref = self.index.ref(cluster)
                if self.index.gender(ref.id) in (None, want):
                    return ref
            return None
        if low in ("it", "they", "we"):
            for char, ent in reversed(self.last):
                if char < head.idx and ent.type != "person":
                    return ent
        return None

    def _nominal(self, span: SpacySpan, head: Token) -> EntityRef | None:
        words = [t for t in span if t.dep_ != "det"]
        definite = any(t.lower_ in ("the", "this", "that") for t in span if t.dep_ == "det")
        noun = head.lemma_.lower()
        if definite:
            # "the diplomat" after "a NATO diplomat"; "the president" after "President Trump"
            earlier = self.index.find_by_role(noun, before=head.idx)
            if earlier is not None:
                return earlier
        if head.lower_ in SOURCE_NOUNS or noun in SOURCE_NOUNS or head.lower_ in GROUP_NOUNS:
            description = " ".join(t.text for t in span)
            cluster = self.index.add(span, "group", name=_group_name(words), description=description)
            return self.index.ref(cluster) if cluster else None
        cluster = self.index.add(span, "organization" if head.pos_ == "PROPN" else "group")
        return self.index.ref(cluster) if cluster else None


def _group_name(words: list[Token]) -> str:
    """A described source's name: its words without the article ("a NATO diplomat" →
    "NATO diplomat")."""
    return " ".join(t.text for t in words).strip() or "unnamed source"


def same_name(a: str, b: str) -> bool:
    return fold(a) == fold(b)
