"""From a cue to its speaker: the mention as written (``sources``) and the entity it means
(``speaker``).

A reader resolves "he" to the man the last sentences were about, "the president" to the
president named earlier, "Witkoff" to Steve Witkoff, "a NATO diplomat" to a described source of
its own, "Takaichi's office" to an office (not to Takaichi); this module does the same, over the
parse and the document's ``EntityIndex``. Speakers are resolved in text order, so that every
speaker met before a pronoun, in quotes or in reported speech, is a candidate for it.

``SpeakerResolver`` is the shared context: it holds the parse, the index and the speakers
remembered so far, and dispatches a mention by its kind. The rules for pronouns live in
speaker_pronouns.py and those for definite descriptions and other nominals in
speaker_descriptions.py, as mixins the resolver inherits; the ``Speaker`` record lives in
resolved_speaker.py and is re-exported here.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterator

from spacy.tokens import Doc, Token

from . import gazetteer
from .entities import PERSON_PRONOUNS, EntityIndex, fold
from .described_speakers import delayed_name, described_subject_before
from .gender import forename_gender, is_forename, pronoun_votes
from .model import EntityRef, Span
from .quote_frames import is_age_noun
from .resolved_speaker import Speaker
from .speaker_descriptions import DefiniteDescriptions
from .speaker_pronouns import PronounAntecedents
from .speaker_words import CHAMBER_MEMBER_NOUNS, RELATIVE_PRONOUNS, is_definite, mention_span, name_root, named_in_apposition, which_follows
# re-exported: other modules take these words from here
from .speaker_words import (DOCUMENT_NOUNS, GROUP_NOUNS, MEDIA_NOUNS, OFFICE_NOUNS, PERSON_NOUNS,  # noqa: F401
                            SOURCE_NOUNS, SUBJECT_DEPS, subject_of)


# Words that pick some out of a group, as "one" does ("several of the sources said"); not "none"
# or "neither": "None of the senators said they would back it" tells that no one said it.
_PARTITIVES = frozenset("some several many most both all each either".split())


class SpeakerResolver(PronounAntecedents, DefiniteDescriptions):
    """Resolves the subjects of cues to entities, in text order, remembering the speakers
    seen so far (call ``resolve`` in the order of the mentions)."""

    def __init__(self, doc: Doc, index: EntityIndex, in_quote: set[int] | frozenset = frozenset()) -> None:
        self.doc = doc
        self.text = index.text
        self.index = index
        self.in_quote = in_quote
        self.last: list[tuple[int, EntityRef]] = []  # (char, entity) of each speaker found
        self._last_chars: list[int] | None = []  # their chars while remembered in text order, else None
        self._first_said: dict[str, int] = {}  # person id → char where it first spoke
        self._learned: dict[str, str] = {}  # person id → the gender of a pronoun resolved to it
        self._resolving_subject = False  # guards _own_verbs_subject against resolving in a loop
        person_at: dict[int, str] = {}
        self._person_ref: dict[int, EntityRef] = {}
        others: list[tuple[int, EntityRef]] = []
        for i, ref in index.refs():
            if ref.type == "person":
                person_at[i] = ref.id
                self._person_ref[i] = ref
            elif ref.type in ("organization", "country", "group"):
                others.append((i, ref))
        # the small model tags a name as a person in one sentence and an organisation in the
        # next ("Trump"): a name a person of the document bears is that person
        by_name = {fold(r.name).split()[-1]: r for r in self._person_ref.values() if fold(r.name).split()}
        for r in self._person_ref.values():
            words = fold(r.name).split()
            # surname-first names ("Wang" for "Wang Yi"); a known forename says nothing
            if len(words) > 1 and not is_forename(r.name):
                by_name.setdefault(words[0], r)
        by_name.update({fold(r.name): r for r in self._person_ref.values()})
        self._person_by_name = by_name
        for i, ref in others:
            person = by_name.get(fold(ref.name))
            if person is not None:
                person_at[i] = person.id
                self._person_ref[i] = person
        self._person_tokens = sorted(person_at)
        self._voted = pronoun_votes(doc, person_at, set(in_quote), index.layout)
        self._para_of = index.layout.para_of
        self._sent_of = index.layout.sent_of
        self._not_person = self._evidently_institutions(person_at)

    def _evidently_institutions(self, person_at: dict[int, str]) -> frozenset[str]:
        """Ids of the "persons" the small model made of organisations ("Kalvor said"), by
        what the gazetteer or the document says of them: a place or an organisation the
        gazetteer knows, a descriptor noun ("Kalvor, the grid operator"), "which" after the
        name. ("It" in the next sentence is no evidence: it may take up anything.) A person
        with a gendered title or forename is never one."""
        doc = self.doc
        out: set[str] = set()
        checked: set[str] = set()
        people: set[str] = set()  # a gendered title or forename says so
        for i in sorted(person_at):
            ref = self._person_ref[i]
            if ref.id in out or ref.id in people or ref.type != "person":
                continue
            if ref.id not in checked:
                checked.add(ref.id)
                if self.index.gender(ref.id) or forename_gender(ref.name):
                    people.add(ref.id)
                    continue
                votes = self.index.type_evidence(ref.name)
                institution = sum(n for t, n in votes.items() if t in ("organization", "media", "place"))
                if gazetteer.lookup(ref.name) or gazetteer.is_place(ref.name) or institution > votes.get("person", 0):
                    out.add(ref.id)
                    continue
            root = name_root(doc[i])
            if root.i != i:
                continue  # look at each mention once, from its head word
            if which_follows(root):
                out.add(ref.id)
        return frozenset(out)

    # -- memory ---------------------------------------------------------------------------
    def remember(self, char: int, entity: EntityRef | None) -> None:
        if entity is not None:
            self.last.append((char, entity))
            if self._last_chars is not None:
                if self._last_chars and char < self._last_chars[-1]:
                    self._last_chars = None  # out of order: look back the slow way
                else:
                    self._last_chars.append(char)
            if entity.type == "person" and char < self._first_said.get(entity.id, char + 1):
                self._first_said[entity.id] = char

    def gender(self, ref: EntityRef) -> str | None:
        return self.index.gender(ref.id) or forename_gender(ref.name) or self._voted.get(ref.id) \
            or self._learned.get(ref.id)

    # -- resolving ------------------------------------------------------------------------
    def resolve(self, head: Token) -> Speaker:
        """The speaker a mention headed by ``head`` stands for."""
        found = self._resolve(head)
        if (found.entity is None or found.entity.type != "person") and (head.pos_ == "NOUN" or head.ent_type_ == "NORP"):
            # "…, the top Republican on the committee said Thursday." with the name in the
            # next paragraph (described_speakers)
            person = delayed_name(head, self._person_ref, self._para_of)
            if person is not None:
                return Speaker(found.source, person, True, "nominal")
        return found

    def _resolve(self, head: Token) -> Speaker:
        extra: tuple[Span, ...] = ()
        clause = head.head
        while clause.dep_ == "conj" and clause.head.i < clause.i and head.lower_ in ("who", "which"):
            clause = clause.head  # "Lee, who is running … and who told them": the first relative clause's
        if head.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
            # "the Chicago Police Department, which reported …": the pronoun as written, and
            # its antecedent as the entity
            antecedent = clause.head
            inner = self.resolve(antecedent)
            source = Span.of(self.text, head.idx, head.idx + len(head))
            return Speaker(source, inner.entity, inner.resolved, inner.how, (inner.source,))
        span = mention_span(head, self.index)
        source = Span.of(self.text, span.start_char, span.end_char)
        low = head.lower_
        if (low == "one" or head.like_num or low in _PARTITIVES) and head.i + 1 < len(self.doc) \
                and self.doc[head.i + 1].lower_ == "of":
            # "one of two witnesses", "two of the sources": a described source, some of the
            # group the phrase names; "one of them": of the group the last sentences quoted
            group = next((g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
            if group is not None and group.pos_ in ("NOUN", "PROPN"):
                return self._nominal(mention_span(group, self.index), group, source)
            if group is not None and group.lower_ in ("them", "us"):
                ref = self._institution_antecedent(group, plural=True)
                if ref is not None:
                    return Speaker(source, ref, True, "pronoun")
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS:
            if low in ("i", "me", "you"):
                return Speaker(source, None, False, "unknown")
            return Speaker(source, self._pronoun(head), True, "pronoun")
        own = self.index.at(head)
        if own is not None and own.type != "person" and head.lower_ in CHAMBER_MEMBER_NOUNS:
            own = None  # "said a Labour MEP": the model runs the party over the member; one member speaks
        if head.ent_type_ == "NORP" and is_definite(head) and head.tag_ in ("NN", "NNP") and (
                own is None or own.type != "person"):
            # "“…,” the Republican said", "the Briton added": a party or a nationality as a
            # singular noun with "the" is one person described by it, the one the story gave
            # that word, not the party or the country
            person = self._person_described(head, [head.text])
            if person is not None:
                return Speaker(source, person, True, "nominal")
        if own is not None:
            if own.type != "person" and head.pos_ == "PROPN":
                # the small model types one mention of a person's name as a group or an
                # organisation ("Zelenskyy said"): a name a person of the document bears is that person
                person = self._person_by_name.get(fold(own.name))
                if person is not None:
                    own = person
            if own.type == "group" and head.pos_ == "NOUN" and is_definite(head):
                # "the French leader" indexed as a described source: first see whether it
                # names someone the story has already introduced
                earlier = self._described(span, head, head.lemma_.lower())
                if earlier is not None:
                    return Speaker(source, earlier, True, "nominal")
            return Speaker(source, own, False, "name")
        if is_age_noun(head):
            # "said the 52-year-old": the person the story is about, described by age (the one
            # just described, when the sentence before is about someone unnamed)
            described = described_subject_before(head)
            if described is not None:
                inner = self.resolve(described)
                return Speaker(source, inner.entity, True, "nominal")
            return Speaker(source, self._person_antecedent(head, None), True, "nominal")
        named = named_in_apposition(head, self.index)
        if named is not None:
            # "Trump's senior adviser Jason Miller", "Trump's ambassador, Richard Grenell,"
            ref, tok = named
            span = mention_span(tok, self.index)
            return Speaker(Span.of(self.text, span.start_char, span.end_char), ref, False, "name")
        if (head.pos_ in ("NOUN", "ADV") or head.tag_ == "MD") and head.text[:1].isupper() and len(span) == 1:
            # a surname the model tags as a common noun ("Tamsin: ‘…’" in a title), ending in
            # "-ly" as an adverb ("said Skelly"), or as a modal ("May said") is the person of
            # the document who bears it
            person = self._person_by_name.get(fold(head.text))
            if person is not None:
                return Speaker(source, person, False, "name")
        if head.pos_ in ("NOUN", "PROPN"):
            return self._nominal(span, head, source)
        return Speaker(source, None, False, "unknown", extra)

    def _recent_speaker(self, before: int, want_person: bool | None) -> Iterator[tuple[int, EntityRef]]:
        """The speakers remembered before char ``before``, latest first."""
        if self._last_chars is not None and len(self._last_chars) == len(self.last):
            k = bisect_left(self._last_chars, before)  # all before k are earlier
            candidates = (self.last[j] for j in range(k - 1, -1, -1))
        else:
            candidates = ((c, e) for c, e in reversed(self.last) if c < before)
        for c, e in candidates:
            if want_person is None or (e.type == "person") == want_person:
                yield c, e

    def _para_of_char(self, char: int) -> int:
        """The paragraph of the token at char ``char`` (a remembered speaker's, from
        ``_recent_speaker``), 0 when no token stands there."""
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self._para_of[tok.start] if tok is not None and len(tok) else 0
