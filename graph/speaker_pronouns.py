"""Pronoun antecedents for speakers: whom "he", "she", "it", "they" or "we" stands for when
a cue's subject is a pronoun ("“…,” he said").

A reader takes "he" for the most salient person of the last few sentences who fits: of
the right gender, recent, a subject, one already heard, outside quotes, and not the one
the pronoun's own verb is said to; "it" and "they" for the institution or group the last
sentences were about. ``PronounAntecedents`` is a mixin of ``SpeakerResolver``
(speakers.py), which holds the shared state these methods read (the parse, the entity
index, the speakers remembered so far).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from .cues import is_speech_verb
from .entities import PERSON_PRONOUNS
from .gender import noun_gender
from .model import EntityRef
from .speaker_words import (GROUP_NOUNS, OFFICE_NOUNS, SOURCE_NOUNS, SOURCE_OR_PERSON_NOUNS, SUBJECT_DEPS,
                            inside_report, introduces_with_colon, is_definite, kept_silent, mention_span, name_root,
                            reports, reports_by_participle)

_PLURAL_PRONOUNS = {"they", "we"}
PARAGRAPHS_BACK = 4  # how far back a pronoun looks for its antecedent


class PronounAntecedents:
    """The pronoun half of ``SpeakerResolver``: the methods that find a pronoun's antecedent."""

    def _pronoun(self, head: Token) -> EntityRef | None:
        low = head.lower_
        want = PERSON_PRONOUNS.get(low)
        if low in ("he", "she") and head.dep_ in SUBJECT_DEPS:
            outer = self._reporter_of_relative(head, want)
            if outer is not None:
                return outer
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

    def _reporter_of_relative(self, head: Token, want: str | None) -> EntityRef | None:
        """"Lee said voters must defeat Ortiz, whom he called “a fraud”": the pronoun of a report
        set in a relative clause inside another report is that report's speaker, whose words
        the writer goes on with (not a name inside what was said, which is whom it is about)."""
        doc = self.doc
        verb = head.head
        if head.i == 0 or doc[head.i - 1].lower_ not in ("which", "who", "whom") \
                or doc[head.i - 1].tag_ not in ("WDT", "WP") or not is_speech_verb(verb.lemma_):
            return None
        outer = next((a for a in verb.ancestors if a.pos_ == "VERB" and is_speech_verb(a.lemma_)
                      and any(c.dep_ == "nsubj" for c in a.children)), None)
        if outer is None:
            return None
        subj = next(c for c in outer.children if c.dep_ == "nsubj")
        ref = self.resolve(subj).entity
        if ref is None or ref.type != "person" or want is not None and self.gender(ref) not in (None, want):
            return None
        return ref

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
        if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in SOURCE_OR_PERSON_NOUNS \
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
            if para - self._para_of[i] > PARAGRAPHS_BACK:
                break
            tok = doc[i]
            ref = self._person_ref.get(i)
            if ref is None or ref.id in seen:
                continue
            if self._sent_of[i] == self._sent_of[head.i] and \
                    not any(t.pos_ in ("VERB", "AUX") for t in doc[i + 1:head.i]):
                continue  # "On Friday, with Zelensky, he said": a name in the pronoun's own clause
            if head.dep_ in SUBJECT_DEPS and head.head in tok.ancestors and not reports(tok) \
                    and not introduces_with_colon(tok) and not reports_by_participle(tok):
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
            elif _after_that(root):
                score -= 0.5  # "Lee, claiming that Roe wanted it, said he …": Roe is what Lee claimed
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
        if head.dep_ == "pobj" and verb.lower_ in ("to", "with", "for") and verb.dep_ in ("prep", "dative"):
            verb = verb.head
        elif head.dep_ not in ("dobj", "dative", "iobj"):
            return set()
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i == head.i or self._resolving_subject:
            return set()
        # "Her husband, X, and her daughter, Y, campaigned for her": no conjunct of the subject
        # either (the parse may hang the conjunct on the first one's apposition)
        subjects = [subj, *(c for t in (subj, *(a for a in subj.children if a.dep_ == "appos"))
                            for c in t.children if c.dep_ == "conj")]
        self._resolving_subject = True  # a subject resolved through its own object would loop
        try:
            refs = [self.resolve(t).entity for t in subjects]
        finally:
            self._resolving_subject = False
        return {ref.id for ref in refs if ref is not None}

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
            if not plural and ref is None and _body_by_kind(tok) and any(t.i in self.in_quote for t in sent):
                # "The foreign ministry rejected the offer. “…,” it said": a body named by its
                # kind alone, which the model tags as no name, is "it" as a name would be
                return self._nominal(mention_span(tok, self.index), tok, None).entity
        for c, ent in self._recent_speaker(head.idx, False):
            if plural and _one_described(ent):
                continue  # "the senator, 70, told …" is one person: no "they"
            if self._para_of[head.i] - self._para_of_char(c) <= 1:
                return ent
            break
        return None


def _body_by_kind(tok: Token) -> bool:
    """Whether ``tok`` is an office noun with "the" or a possessor as the subject of its
    sentence's main verb ("The foreign ministry rejected …", "Lee's campaign backtracked"),
    not of a clause inside it ("notes the government monitors …")."""
    return tok.tag_ == "NN" and tok.lower_ in OFFICE_NOUNS and tok.head.dep_ == "ROOT" \
        and (is_definite(tok) or any(c.dep_ == "poss" for c in tok.children))


def _a_source(subj: Token) -> bool:
    """"A spokeswoman for the firm said …. “…,” she said": a source introduced with "a" is
    the one the next sentence's pronoun goes on with, as "the spokeswoman" would be."""
    return subj.lower_ in SOURCE_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)


def _after_that(tok: Token) -> bool:
    """A subject set after the "that" opening its clause ("… claiming that Roe wanted …"): the
    clause is what someone else claims or fears, its subject less salient than the main one
    (inside_report covers the clause of a speech verb with its own subject before it)."""
    if tok.dep_ not in SUBJECT_DEPS:
        return False
    verb = tok.head
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < tok.i for c in verb.children)


def _clause_role(tok: Token) -> Token:
    """The word that holds a name's place in its clause: the head of the name, or the noun
    the name is set beside ("Its director, Ann Roe, said": Roe stands as the subject)."""
    tok = name_root(tok)
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
    return ref.type == "group" and bool(words) and words[-1] in SOURCE_OR_PERSON_NOUNS \
        and not words[-1].endswith("s") and words[-1] not in ("people", "staff", "police")


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
