"""From a cue to its speaker: the mention as written (``sources``) and the entity it means
(``speaker``).

A reader resolves "he" to the man the last sentences were about, "the president" to the
president named earlier, "Witkoff" to Steve Witkoff, "a NATO diplomat" to a described source of
its own, "Takaichi's office" to an office (not to Takaichi); this module does the same, over the
parse and the document's ``EntityIndex``. Speakers are resolved in text order, so that every
speaker met before a pronoun, in quotes or in reported speech, is a candidate for it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Span as SpacySpan, Token

from . import gazetteer
from .entities import PERSON_PRONOUNS, EntityIndex, fold
from .cues import is_speech_verb
from .described_speakers import delayed_name, described_subject_before
from .entities.coreference import RANK_WORDS
from .gender import EPITHET_NOUNS, forename_gender, noun_gender, pronoun_votes
from .model import EntityRef, Span
from .quote_frames import age_speaker, is_age_noun
from .speaker_words import (DOCUMENT_NOUNS, FORCE_NOUNS, GROUP_NOUNS, MEDIA_NOUNS, OFFICE_NOUNS, PERSON_NOUNS,  # noqa: F401 (used by other modules)
                            RELATIVE_PRONOUNS, SOURCE_NOUNS, SUBJECT_DEPS, agentive, country_words,
                            description_of, group_name, inside_report,
                            introduces_with_colon, is_definite, kept_silent, mention_span,
                            named_in_apposition, reports, subject_of, which_follows)

_PLURAL_PRONOUNS = {"they", "we"}
_PARAGRAPHS_BACK = 4  # how far back a pronoun looks for its antecedent


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the mention as written, and the entity (None when unknown)."""

    source: Span
    entity: EntityRef | None
    resolved: bool  # True when found through a pronoun or a nominal, not a name
    how: str = "name"  # name, pronoun, nominal, group, office, unknown
    extra_sources: tuple[Span, ...] = ()  # a relative pronoun's antecedent ("…, who said")




# Those who speak or work for someone else: "the spokesman" is not the last person named.
_STAFF_NOUNS = frozenset("spokesman spokeswoman spokesperson aide adviser advisor official diplomat negotiator "
                         "representative deputy".split())


class SpeakerResolver:
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
            if len(words) > 1 and forename_gender(r.name) is None:
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
            root = doc[i]
            while root.dep_ in ("compound", "flat") and root.head.i != root.i:
                root = root.head
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
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            # "the Chicago Police Department, which reported …": the pronoun as written, and
            # its antecedent as the entity
            antecedent = head.head.head
            inner = self.resolve(antecedent)
            source = Span.of(self.text, head.idx, head.idx + len(head))
            return Speaker(source, inner.entity, inner.resolved, inner.how, (inner.source,))
        span = mention_span(head, self.index)
        source = Span.of(self.text, span.start_char, span.end_char)
        low = head.lower_
        if low == "one" and head.i + 1 < len(self.doc) and self.doc[head.i + 1].lower_ == "of":
            # "one of two witnesses": a described source, one of the group the phrase names
            group = next((g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
            if group is not None and group.pos_ in ("NOUN", "PROPN"):
                return self._nominal(mention_span(group, self.index), group, source)
        if head.pos_ == "PRON" or low in PERSON_PRONOUNS:
            if low in ("i", "me", "you"):
                return Speaker(source, None, False, "unknown")
            return Speaker(source, self._pronoun(head), True, "pronoun")
        own = self.index.at(head)
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
        if head.pos_ == "NOUN" and head.text[:1].isupper() and len(span) == 1:
            # a surname the model tags as a common noun ("Tamsin: ‘…’" in a title) is the
            # person of the document who bears it
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

    def _pronoun(self, head: Token) -> EntityRef | None:
        low = head.lower_
        want = PERSON_PRONOUNS.get(low)
        if low in ("he", "she") and head.dep_ in SUBJECT_DEPS:
            described = self._described_speaker_before(head, want)
            if described is not None:
                return described
        if low in ("he", "she", "him", "her", "his"):
            ref = self._person_antecedent(head, want)
            if ref is not None and want is not None and self.gender(ref) is None:
                # "“…,” he says" taken for Carrick makes Carrick a man: a later "she" is
                # someone else ("His neighbour, Morag Lind, …. “…,” she says")
                self._learned[ref.id] = want
            return ref
        if low == "it":
            # "it" speaks only for an institution the last sentences were about
            return self._institution_antecedent(head, plural=False)
        if low in _PLURAL_PRONOUNS:
            return self._institution_antecedent(head, plural=True)
        return None

    def _described_speaker_before(self, head: Token, want: str | None) -> EntityRef | None:
        """"The Prime Minister's spokesman insisted …. Asked whether …, he said": the one
        person described, unnamed, as the last sentence's subject goes on speaking, unless a
        name of that gender stands before the pronoun outside its own clause (a name inside
        it, "Asked whether Lee would …", is what was asked about)."""
        doc = head.doc
        sent = head.sent
        if sent.start == 0 or "\n" in doc[sent.start - 1:sent.start + 1].text:
            return None  # the first sentence, or another paragraph
        before = doc[sent.start - 1].sent
        said = before.root
        subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in PERSON_NOUNS | SOURCE_NOUNS \
                or not is_speech_verb(said.lemma_) or noun_gender(subj.lower_) not in (None, want) \
                or not (is_definite(subj) or any(c.dep_ == "poss" for c in subj.children) or _a_source(subj)):
            return None
        inside = set(range(subj.left_edge.i, subj.right_edge.i + 1))
        if any(t.ent_type_ == "PERSON" and (t.i not in inside or t.head.i == subj.i and t.dep_ != "poss")
               for t in before):
            return None  # "The spokesman, Ola Berg,": named; "… said Lee would go": someone else to be "he"
        verb = head.head
        for tok in doc[sent.start:head.i]:
            ref = self._person_ref.get(tok.i)
            if ref is not None and verb not in tok.ancestors and self.gender(ref) in (None, want):
                return None
        return self.resolve(subj).entity

    def _person_antecedent(self, head: Token, want: str | None) -> EntityRef | None:
        """The person a reader takes "he"/"she" for: the most salient gender-compatible
        person of the last few sentences: recent, a subject, a speaker, outside quotes."""
        doc = self.doc
        para = self._para_of[head.i]
        best: tuple[float, EntityRef] | None = None
        # "“…,” he told Rubio": a subject pronoun is never the one its own verb is said to, nor
        # is the object of a verb its subject ("Ruiz told the senator")
        seen: set[str] = self._own_verbs_objects(head) | self._own_verbs_subject(head)
        told = set(seen)
        for k in range(bisect_left(self._person_tokens, head.i) - 1, -1, -1):
            i = self._person_tokens[k]
            if para - self._para_of[i] > _PARAGRAPHS_BACK:
                break
            tok = doc[i]
            ref = self._person_ref.get(i)
            if ref is None or ref.id in seen:
                continue
            if self._sent_of[i] == self._sent_of[head.i] and \
                    not any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:head.i]):
                continue  # "On Friday, with Zelensky, he said": a name in the pronoun's own clause
            if head.dep_ in SUBJECT_DEPS and head.head in tok.ancestors and not reports(tok) \
                    and not introduces_with_colon(tok):
                # "with Zelensky, he said": a name inside the pronoun's own clause is someone
                # else; but in "Tate said that …, he said" the cue is said twice, by Tate
                continue
            if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
                continue  # score a name once, by its last word
            acting = _verb_read_as_noun(tok)
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > i and not acting:
                continue  # "the Zaporizhzhia nuclear plant": a name modifying a thing is no person
            seen.add(ref.id)
            if ref.id in self._not_person:
                continue  # an organisation the model took for a person is no "he" or "she"
            g = self.gender(ref)
            if want is not None and g is not None and g != want:
                continue
            sents_back = self._sent_of[head.i] - self._sent_of[i]
            score = -1.0 * sents_back - 0.5 * (para - self._para_of[i])
            root = _clause_role(tok)
            if root.dep_ in SUBJECT_DEPS and kept_silent(root.head):
                score -= 2.0  # "Diaz did not respond. “…,” he said": the one who said nothing is not "he"
            elif root.dep_ in SUBJECT_DEPS or acting:
                asker = sents_back >= 1 and any(_asked_a_question(o) for o in root.head.children if o.dep_ == "dobj")
                score += 0.0 if asker else 1.0  # the one who asked is not the one who answers
            elif root.dep_ == "poss":
                score -= 0.5
            elif root.dep_ in ("pobj", "dobj"):
                score -= 0.3
                if sents_back >= 1 and _asked_a_question(root):
                    score += 1.8  # "Conroy asked Sanders whether …. “Sure,” he said": the one asked answers
            if i in self.in_quote:
                score -= 2.0
            elif inside_report(root):
                score -= 1.0  # "Tyler said Cruz has “…,” he said": the reporter, not whom he reports on
            if self._first_said.get(ref.id, head.idx) < head.idx:  # spoke before
                score += 0.8
            if sents_back == 0:
                score += 0.2  # the same sentence
            if g == want:
                score += 0.3
            if best is None or score > best[0]:
                best = (score, ref)
        if best is not None:
            return best[1]
        for _, ent in self._recent_speaker(head.idx, True):
            if self.gender(ent) in (None, want) and ent.id not in self._not_person and ent.id not in told:
                return ent
        return None

    def _own_verbs_subject(self, head: Token) -> set[str]:
        """The id of the subject of the verb ``head`` is the object or the one told of ("she
        told the senator", "said to the senator"): the one the description cannot be."""
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ in ("to", "with") and verb.dep_ in ("prep", "dative"):
            verb = verb.head
        elif head.dep_ not in ("dobj", "dative", "iobj"):
            return set()
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i == head.i or self._resolving_subject:
            return set()
        self._resolving_subject = True  # a subject resolved through its own object would loop
        try:
            ref = self.resolve(subj).entity
        finally:
            self._resolving_subject = False
        return {ref.id} if ref is not None else set()

    def _own_verbs_objects(self, head: Token) -> set[str]:
        """Ids of the people named as the object or the one told of a subject pronoun's own
        verb ("he told Rubio", "she said to Lee", "he met with Ruiz"): none of them is the
        pronoun, which would say the verb of oneself."""
        if head.dep_ not in SUBJECT_DEPS:
            return set()
        verb = head.head
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
        objs += [g for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with")
                 for g in p.children if g.dep_ == "pobj"]
        out: set[str] = set()
        for obj in objs:
            for tok in self.doc[obj.left_edge.i:obj.right_edge.i + 1]:
                ref = self._person_ref.get(tok.i)
                if ref is not None and tok.pos_ == "PROPN" and (  # a name, not the index's guess for a noun
                        tok.i == obj.i or tok.head.i == obj.i and tok.dep_ in ("compound", "flat")):
                    out.add(ref.id)
        return out

    def _institution_antecedent(self, head: Token, plural: bool) -> EntityRef | None:
        """An organisation, country or described group named as a subject in this sentence
        or the previous one, or the last institution quoted in this paragraph."""
        doc = self.doc
        sent = head.sent
        prev = doc[sent.start - 1].sent if sent.start > 0 else None
        lo = prev.start if prev is not None else sent.start
        for i in range(head.i - 1, lo - 1, -1):
            tok = doc[i]
            if tok.dep_ not in SUBJECT_DEPS or i in self.in_quote:
                continue
            ref = self.index.at(tok)
            if ref is not None and (ref.type != "person" or ref.id in self._not_person) \
                    and not (plural and _one_described(ref)):
                return ref
            if plural and tok.tag_ in ("NNS", "NNPS") and (tok.lower_ in SOURCE_NOUNS or tok.lower_ in GROUP_NOUNS):
                return self._nominal(mention_span(tok, self.index), tok, None).entity
        for c, ent in self._recent_speaker(head.idx, False):
            if plural and _one_described(ent):
                continue  # "the senator, 70, told …" is one person: no "they"
            if self._para_of[head.i] - _para_of_char(self, c) <= 1:
                return ent
            break
        return None

    def _nominal(self, span: SpacySpan, head: Token, source: Span | None) -> Speaker:
        if source is None:
            source = Span.of(self.text, span.start_char, span.end_char)
        words = list(span)
        while words and (words[0].pos_ == "DET" or words[0].dep_ in ("det", "predet")):
            words.pop(0)  # "a NATO diplomat"; the article inside "familiar with the call" stays
        definite = any(t.lower_ in ("the", "this", "that") for t in span if t.dep_ == "det")
        noun = head.lemma_.lower()
        if (head.lower_ in OFFICE_NOUNS or noun in OFFICE_NOUNS) and \
                (noun not in FORCE_NOUNS or not any(t.lower_ in ("a", "an") for t in span)):
            if definite and len(words) == 1:
                # "Sudan's army said …. “…,” the army said": the body of that kind just named
                body = self.index.latest_body(head.lower_, before=head.idx)
                if body is not None:
                    return Speaker(source, body, True, "office")
            # "Takaichi's office", "the Trump campaign": the institution speaks, not its owner;
            # "his office" is shown by whose it is ("Donald Tusk's office"), one per owner
            name = group_name(words)
            poss = next((t for t in words if t.dep_ == "poss" and t.head.i == head.i
                         and t.lower_ in ("his", "her")), None)
            owner = self._pronoun(poss) if poss is not None else None
            if owner is not None and owner.type == "person":
                name = f"{owner.name}'s {group_name([t for t in words if t.i > poss.i])}"
            cluster = self.index.add(span, "organization", name=name)
            return Speaker(source, self.index.ref(cluster) if cluster else None, True, "office")
        if definite:
            # "the diplomat" after "a NATO diplomat"; "the president" after "President Trump";
            # "she told the senator": not she herself, in a story with two senators
            earlier = self.index.find_by_role(noun, before=head.idx, exclude=self._own_verbs_subject(head))
            if earlier is not None:
                return Speaker(source, earlier, True, "nominal")
            earlier = self._described(span, head, noun) if is_definite(head) else None
            if earlier is not None:
                return Speaker(source, earlier, True, "nominal")
        named = next((self.index.at(t) for t in span if self.index.at(t) is not None), None)
        if named is not None and (noun in PERSON_NOUNS or head.lower_ in PERSON_NOUNS):
            # "Russia's point man for relations with the US": a described person, not Russia
            named = None
            cluster = self.index.add(span, "group", name=group_name(words), description=description_of(head))
            return Speaker(source, self.index.ref(cluster) if cluster else None, True, "group")
        if head.lower_ in SOURCE_NOUNS or noun in SOURCE_NOUNS or head.lower_ in GROUP_NOUNS:
            cluster = self.index.add(span, "group", name=group_name(words), description=description_of(head))
            return Speaker(source, self.index.ref(cluster) if cluster else None, True, "group")
        if head.pos_ == "PROPN":
            cluster = self.index.add(span, "organization")
            return Speaker(source, self.index.ref(cluster) if cluster else None, False, "name")
        if named is not None and named.type != "person":
            return Speaker(source, named, True, "nominal")
        cluster = self.index.add(span, "group", name=group_name(words), description=description_of(head))
        return Speaker(source, self.index.ref(cluster) if cluster else None, True, "group")


    def _described(self, span: SpacySpan, head: Token, noun: str) -> EntityRef | None:
        """What a definite description refers back to, by the kind of thing it names: "the
        newspaper" → the last outlet named; "the statement" → the institution last heard;
        "the French leader" → the person last in the story given that demonym."""
        if any((aged := age_speaker(t)) is not None and aged.i == head.i for t in head.lefts):
            # "Muldoon said …. “…,” the 29-year-old defender said": an age singles out one
            # person, the one just named as a subject and heard from, whatever the noun (one
            # who only did something, "Mayor Reed visited", leaves "the 45-year-old fisherman"
            # to be someone new)
            ref = self._person_just_named(head, any_noun=True)
            return ref if ref is not None and self._first_said.get(ref.id, head.idx) < head.idx else None
        if noun in MEDIA_NOUNS:
            for i in range(head.i - 1, -1, -1):
                if self._para_of[head.i] - self._para_of[i] > _PARAGRAPHS_BACK:
                    break
                ref = self.index.at(self.doc[i])
                if ref is not None and ref.type == "media":
                    return ref
            return None
        if noun in DOCUMENT_NOUNS:
            issuer = self._issuer_of_earlier(head, noun)
            if issuer is not None:
                return issuer
            for c, ent in self._recent_speaker(head.idx, None):
                if ent.type != "person" and self._para_of[head.i] - _para_of_char(self, c) <= 2:
                    return ent
                break
            return None
        if noun not in PERSON_NOUNS and agentive(head) and noun not in SOURCE_NOUNS and head.tag_ == "NN" \
                and not any(c.dep_ == "nummod" for c in head.children):
            # "Hale, a former banker, says … “…,” the developer said": a description of one who
            # does something, right after a person was named, is that person
            return self._person_just_named(head)
        if noun not in PERSON_NOUNS or noun in ("man", "woman", "foreign", "counterpart") or noun in _STAFF_NOUNS:
            # "Tom Lee met voters. The spokesman said …": a spokesman or an aide is someone the
            # story has not named (``find_by_role``, tried first, finds one it has), not Lee
            return None
        if head.tag_ != "NN" or any(c.dep_ == "nummod" for c in head.children):
            return None  # "the two leaders": several people, not the last one named
        demonyms = [t.text for t in span if t.i != head.i and t.ent_type_ in ("NORP", "GPE")]
        if not demonyms:
            if any(c.dep_ in ("compound", "amod") and c.i < head.i and c.ent_type_ not in ("NORP", "GPE")
                   and c.pos_ in ("NOUN", "ADJ") and c.lower_ not in RANK_WORDS for c in head.children):
                # "the opposition leader", "the regional governor": a role narrowed by its own
                # words is someone given that role (``find_by_role``, tried first), not merely
                # the last person named ("the former president" narrows nothing: when, not which)
                return None
            return self._person_antecedent(head, None)
        return self._person_described(head, demonyms)

    def _person_just_named(self, head: Token, any_noun: bool = False) -> EntityRef | None:
        """The person a reader takes a description for when one was the subject of one of the
        two sentences before it: the most salient such (see ``_person_antecedent``), else None.
        A person named in the description's own sentence is someone else ("Reed was told by
        the governor")."""
        # "the businesswoman" is no man: a gendered noun takes only a person of its gender
        ref = self._person_antecedent(head, noun_gender(head.lower_))
        if ref is None:
            return None
        cluster = self.index.cluster_by_id(ref.id)
        said_of = cluster.roles if cluster is not None else set()
        if not any_noun and head.lemma_.lower() not in EPITHET_NOUNS and head.lemma_.lower() not in said_of and not any(
                c.dep_ == "amod" and c.lower_ in ("former", "retired", "longtime") for c in head.children):
            return None  # "Mayor Fisk visited. “…,” the volunteer said": someone else
        for k in range(bisect_left(self._person_tokens, head.i) - 1, -1, -1):
            i = self._person_tokens[k]
            back = self._sent_of[head.i] - self._sent_of[i]
            if back == 0:
                if self._person_ref[i].id == ref.id:
                    return None
                continue
            if back > 2:
                return None
            if self._person_ref[i].id == ref.id:
                root = self.doc[i]
                while root.dep_ in ("compound", "flat") and root.head.i != root.i:
                    root = root.head
                return ref if root.dep_ in SUBJECT_DEPS else None
        return None

    def _issuer_of_earlier(self, head: Token, noun: str) -> EntityRef | None:
        """Who issued the document "the statement" takes up: the same noun met a paragraph or
        two before, with its issuer written beside it ("Lind released a statement …", "said in a
        statement", "a statement from the ministry", "the ministry's statement"). A person
        issues it as well as an institution. None when the earlier document names no issuer."""
        doc = self.doc
        for i in range(head.i - 1, -1, -1):
            if self._para_of[head.i] - self._para_of[i] > 2:
                return None
            tok = doc[i]
            if tok.lemma_.lower() != noun or tok.pos_ != "NOUN" or i in self.in_quote:
                continue
            holder = next((c for c in tok.children if c.dep_ == "poss"), None)
            if holder is None:
                holder = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                               for g in c.children if g.dep_ == "pobj"), None)
            if holder is None and (tok.dep_ == "dobj" or tok.dep_ == "pobj" and tok.head.lower_ == "in"):
                # "defended the plan in a letter": the parse may hang "in" on the object; the
                # verb above it is the one whose subject wrote
                verb = tok.head if tok.dep_ == "dobj" else next((a for a in tok.ancestors if a.pos_ == "VERB"), tok)
                if verb.pos_ == "VERB" and verb.sent.start == tok.sent.start:
                    holder = subject_of(verb)
            if holder is None:
                return None
            ref = self.index.at(holder)
            if ref is None and holder.pos_ == "PROPN":
                # "Tove Rask": the small model may type only part of the name
                ref = next((r for t in mention_span(holder, self.index) if (r := self.index.at(t)) is not None), None)
            if ref is None and holder.lower_ in PERSON_PRONOUNS:
                ref = self._pronoun(holder)
            if ref is None:
                named = named_in_apposition(holder, self.index)  # "its chief, Gregor Lind, released …"
                ref = named[0] if named is not None else None
            return ref
        return None

    def _person_described(self, head: Token, demonyms: list[str]) -> EntityRef | None:
        """The last person before ``head``, within a few paragraphs, whose own phrase bears one
        of ``demonyms`` or its country ("French president Emmanuel Macron", "Sen. Amy Hollis,
        a Republican")."""
        doc = self.doc
        for k in range(bisect_left(self._person_tokens, head.i) - 1, -1, -1):
            i = self._person_tokens[k]
            if self._para_of[head.i] - self._para_of[i] > _PARAGRAPHS_BACK:
                break
            # the demonym or country stands in the name's own phrase ("French president
            # Emmanuel Macron", "President Henri Duval of France")
            window = doc[max(doc[i].sent.start, i - 6):min(doc[i].sent.end, i + 4)]
            words = {t.lower_ for t in window}
            if any(d.lower() in words or country_words(d) & words for d in demonyms):
                return self._person_ref.get(i)
        return None



def _a_source(subj: Token) -> bool:
    """"A spokeswoman for the firm said …. “…,” she said": a source introduced with "a" is
    the one the next sentence's pronoun goes on with, as "the spokeswoman" would be."""
    return subj.lower_ in SOURCE_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)


def _clause_role(tok: Token) -> Token:
    """The word that holds a name's place in its clause: the head of the name, or the noun
    the name is set beside ("Its director, Ann Roe, said": Roe stands as the subject)."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.dep_ in SUBJECT_DEPS:
        tok = tok.head
    return tok


def _verb_read_as_noun(tok: Token) -> bool:
    """True for a name opening its sentence before a present-tense verb the parse took for a
    plural noun ("Lund shrugs when he hears this.", "Okafor laughs."): the name is the subject
    a later "he" or "she" stands for, not a word modifying a thing."""
    head = tok.head
    return tok.ent_type_ == "PERSON" and tok.dep_ == "compound" and head.dep_ == "ROOT" and head.tag_ == "NNS" \
        and head.i == tok.i + 1 and all(t.ent_type_ == "PERSON" for t in tok.doc[tok.sent.start:tok.i + 1]) \
        and not any(c.dep_ == "det" for c in head.children)


def _one_described(ref: EntityRef) -> bool:
    """True for a described source that is one person ("the senator", "a spokesman"): never
    what "they" or "we" stand for."""
    words = ref.name.lower().split()
    return ref.type == "group" and bool(words) and (words[-1] in PERSON_NOUNS or words[-1] in SOURCE_NOUNS) \
        and not words[-1].endswith("s") and words[-1] not in ("people", "staff", "police")


def _para_of_char(resolver: SpeakerResolver, char: int) -> int:
    tok = resolver.doc.char_span(char, char + 1, alignment_mode="expand")
    return resolver._para_of[tok.start] if tok is not None and len(tok) else 0


def _asked_a_question(obj: Token) -> bool:
    """True when ``obj`` is the one a question was put to: "asked Sanders whether …", "asked
    her about …", "pressed him on …" (not a request, "asked Lee to resign")."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in ("ask", "question", "press", "quiz"):
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "asked Lee to resign": a request, not a question
    return any(c.dep_ == "ccomp" and any(g.lower_ in ("whether", "if") or g.tag_ in ("WDT", "WP", "WRB")
                                         for g in c.children) or c.dep_ == "prep" and c.lower_ in ("about", "on")
               for c in verb.children)
