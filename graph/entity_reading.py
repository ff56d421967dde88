"""The entities the tokens of one document name, read over its entity index: a demonym as its
country ("a Canadian official"), a pronoun as the person it stands for, a speaker's "I" and "we"
inside their own words as that speaker. Underneath the relation rules' shared context (which
adds what they find) and usable without it: attribution reads the parties of a description
("told his Ukrainian counterpart") with it, as the communication rules read them."""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from . import gazetteer
from .cues import HYPHENS, SPEECH_VERBS, glued_mark
from .entities import PERSON_PRONOUNS, EntityIndex
from .model import EntityRef, Quote, Relation
from .speakers import SpeakerResolver, subject_of

# A speaker's words about themselves: "“I met the minister,” Lee said".
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}


def _hyphen_joined(tok: Token) -> bool:
    """ "an African-American delegate", "pro-Russian separatists": a demonym joined by a
    hyphen to the word before describes an origin or a leaning, not the country's post."""
    doc = tok.doc
    return tok.i >= 2 and glued_mark(doc[tok.i - 2], HYPHENS) is not None and doc[tok.i - 2].is_alpha \
        and not gazetteer.country(doc[tok.i - 2].text)


# What makes a people's name a part of them, not their state: "the ethnic Russians", "the
# Russians who live in Latvia", "the two Americans", "the Americans held hostage".
_PART_OF_PEOPLE = {"amod", "compound", "nummod", "quantmod", "relcl", "acl", "prep", "appos", "poss"}


def _the_nation(tok: Token) -> str | None:
    """ "talks with the Russians", "the Iranians walked out": a people named plural with
    "the" and nothing else stands for its state's side, as news English uses it; the country,
    or None (a described part of the people, "the ethnic Russians", "the Russians in Riga", is
    people)."""
    if tok.tag_ != "NNPS" or tok.ent_type_ != "NORP" or not tok.text.endswith("s") or not tok.text[:1].isupper():
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(c.dep_ in _PART_OF_PEOPLE for c in kids):
        return None
    return gazetteer.demonym(tok.text[:-1])


class EntityReading:
    """One document's entities as its tokens name them, and the relations read so far."""

    def __init__(self, doc: Doc, index: EntityIndex, quotes: Sequence[Quote] = ()) -> None:
        """``quotes``: the document's quotes, so that "I" and "we" in a speaker's own words
        are that speaker ("“I met the minister,” Lee said")."""
        self.doc = doc
        self.text = index.text  # once: each ``doc.text`` walks the whole document
        self.index = index
        self.out: list[Relation] = []  # the relation rules add here; "the two" reads what they found
        self.resolver = SpeakerResolver(doc, index)
        self._own_words = [(span.start, span.end, q.speaker) for q in quotes if q.speaker is not None
                                 for span in (q.contents if q.kind == "direct" else q.fragments)]
        self._own_words.sort(key=lambda w: (w[0], w[1]))

    def ent(self, tok: Token | None, resolve: bool = False) -> EntityRef | None:
        if tok is None:
            return None
        ref = self.index.at(tok)
        if ref is not None and ref.type == "group" and gazetteer.demonym_token(tok) and tok.text[:1].isupper() \
                and not _hyphen_joined(tok):
            return self._country(tok)  # "a Canadian official": the demonym inside a described source
        if ref is None and resolve and tok.lower_ in FIRST_PERSON:
            return self._speaker_of_words(tok)  # "I", "my", "us": the speaker, never a third person
        if ref is None and resolve and tok.pos_ == "PRON" and tok.lower_ not in ("it", "they", "you"):
            ref = self._pronoun(tok)
            if ref is not None and ref.id == getattr(self._speaker_of_words(tok), "id", None):
                # inside a speaker's verbatim words "he" and "she" are someone the speaker
                # speaks of, never the speaker ("“He is talking to Democrats,” she said")
                ref = None
        if ref is None and tok.pos_ in ("ADJ", "PROPN", "NOUN") and gazetteer.demonym_token(tok) and tok.text[:1].isupper() \
                and not _hyphen_joined(tok):
            return self._country(tok)
        if ref is None and (name := _the_nation(tok)) is not None:
            cluster = self.index.add(self.doc[tok.i:tok.i + 1], "country", name=name)
            return self.index.ref(cluster) if cluster else None
        return ref

    def named_persons(self) -> Iterator[tuple[SpacySpan, EntityRef]]:
        """Each PERSON name the model tagged, once, with the person it names; and a name it
        tagged as an organisation that the index reads as a person ("Sanders, a U.S. senator from
        Vermont," where the model took the surname for a body)."""
        seen: set[tuple[int, int]] = set()
        for ent in self.index.layout.ents:
            if ent.label_ not in ("PERSON", "ORG") or (ent.start, ent.end) in seen:
                continue
            seen.add((ent.start, ent.end))
            holder = self.ent(ent.root)
            if holder is not None and holder.type == "person":
                yield ent, holder

    def _pronoun(self, tok: Token) -> EntityRef | None:
        """A subject pronoun as the speaker resolver reads it; an object pronoun ("urged
        her") as the nearest earlier person of that gender other than the clause's subject."""
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return self.resolver.resolve(tok).entity
        want = PERSON_PRONOUNS.get(tok.lower_)
        subj = self.ent(subject_of(tok.head)) if tok.head.pos_ in ("VERB", "AUX") else None
        if subj is None and tok.dep_ == "pobj":
            # "X said Y wrote to her", "Y placed calls to her": a pronoun after a preposition
            # is no more the subject of its clause than an object is
            verb = _clause_verb(tok)
            subj = self.ent(subject_of(verb)) if verb is not None else None
        reporter = self._reporter(tok)
        if reporter is not None and (subj is None or reporter.id != subj.id) \
                and self.index.gender(reporter.id) in (None, want):
            return reporter
        for _, cluster in self.index.persons_before(tok.idx):
            ref = self.index.ref(cluster)
            if (subj is None or ref.id != subj.id) and self.index.gender(ref.id) in (None, want):
                return ref
        return None

    def _reporter(self, tok: Token) -> EntityRef | None:
        """The person who reports the clause an object pronoun stands in ("Ruiz said Bell
        called her", "she disclosed that Bell had written to her"): a him/her in what someone
        tells of is, first, the teller (whom the nearest earlier name need not be)."""
        if tok.dep_ not in ("dobj", "dative", "pobj"):
            return None
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else _clause_verb(tok)
        for _ in range(3):
            if verb is None or verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
                return None
            head = verb.head
            if verb.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in SPEECH_VERBS:
                teller = subject_of(head)
                if teller is None or teller.i > tok.i:
                    return None  # ("…, Bell told her, Ruiz said": the teller after it is no antecedent)
                ref = self.ent(teller, resolve=True)
                return ref if ref is not None and ref.type == "person" else None
            verb = head
        return None

    def _speaker_of_words(self, tok: Token) -> EntityRef | None:
        """Who says "I" or "we": the speaker of the verbatim words ``tok`` stands in."""
        k = bisect_right(self._own_words, (tok.idx, float("inf"), None)) if self._own_words else 0
        for start, end, speaker in reversed(self._own_words[max(0, k - 3):k]):
            if start <= tok.idx < end and speaker.type in ("person", "organization", "country"):
                return speaker
        return None

    def words_of(self, tok: Token) -> EntityRef | None:
        """The speaker whose verbatim words ``tok`` stands in, if any."""
        return self._speaker_of_words(tok)

    def _country(self, tok: Token) -> EntityRef | None:
        """The country a demonym names, as an entity of this document."""
        hit = gazetteer.demonym_words(tok)  # "North Korean": both words, not "North"
        if hit is None:
            return None
        name, start, end = hit
        cluster = self.index.add(self.doc[start:end], "country", name=name)
        return self.index.ref(cluster) if cluster else None

    def countries(self) -> dict[str, EntityRef]:
        """The document's countries by name (the last entity of a name, as read so far)."""
        return {c.name: self.index.ref(c) for c in self.index.clusters if c.type == "country"}

    def ref_by_id(self, entity_id: str) -> EntityRef | None:
        """The entity of this document with id ``entity_id``."""
        c = self.index.cluster_by_id(entity_id)
        return self.index.ref(c) if c is not None else None

    def was_subject(self, ref: EntityRef, pron: Token) -> bool:
        """Whether ``ref`` is a subject earlier in the pronoun's sentence or in the one
        before: a subject pronoun continues a subject, not the last name read."""
        sents = self.index.layout.sent_of
        j = pron.i - 1
        while j >= 0 and sents[j] >= sents[pron.i] - 1:
            t = self.doc[j]
            if t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "pobj" and t.head.dep_ == "agent":  # "pronounced by Putin when he spoke"
                other = self.ent(t)
                if other is not None and other.id == ref.id:
                    return True
            j -= 1
        return False

    def named_country(self, text: str, tok: Token) -> EntityRef | None:
        name = gazetteer.country(text) or gazetteer.demonym(text)
        if name is None:
            return None
        cluster = self.index.add(self.doc[tok.i:tok.i + 1], "country", name=name)
        return self.index.ref(cluster) if cluster else None

    def body_glued_before(self, noun: Token) -> tuple[Token, EntityRef] | None:
        """ "told a Planned Parenthood gathering": the organisation the model tagged in the
        proper nouns glued before ``noun``, which the entity index took into one described group
        with the noun, as a body of its own (registered when first read, as ``named_country``
        registers a country): the body whose sitting the noun is."""
        last = self.doc[noun.i - 1] if noun.i else None
        if last is None or last.dep_ != "compound" or last.head.i != noun.i:
            return None
        span = self.doc[last.left_edge.i:noun.i]  # "Sierra Club": the first word hangs on the second
        if not all(w.pos_ == "PROPN" and w.ent_type_ == "ORG" for w in span):
            return None
        cluster = self.index.add(span, "organization", name=span.text)
        ref = self.index.ref(cluster) if cluster else None
        return (last, ref) if ref is not None and ref.type == "organization" else None


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a prepositional object stands in ("wrote to her", "placed calls
    to her", "sent a letter to him"): up through its preposition and at most one noun."""
    t = tok.head
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ not in ("prep", "dative", "dobj", "pobj") or t.head.i == t.i:
            return None
        t = t.head
    return None
