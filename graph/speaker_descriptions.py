"""Definite descriptions and other nominals as speakers: "the president", "the diplomat",
"the statement", "the 52-year-old", "Takaichi's office", "a NATO diplomat".

A definite description takes up someone or something the story has already named (the
person given that role or demonym, the person just named as a subject, the issuer of an
earlier statement, the last outlet); an office speaks for its institution; anything else
is a described source of its own. ``DefiniteDescriptions`` is a mixin of
``SpeakerResolver`` (speakers.py), which holds the shared state these methods read.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span as SpacySpan, Token

from . import gazetteer
from .entities import PERSON_PRONOUNS
from .entity_ids import ORG_WORDS, TITLES_BARE, strip_titles
from .entities.coreference import RANK_WORDS, under_lesser_word, under_other_post
from .entities.untagged_people import person_holding
from .gender import EPITHET_NOUNS, noun_gender
from .model import EntityRef, Span
from .quote_frames import age_speaker
from .resolved_speaker import Speaker
from .speaker_pronouns import PARAGRAPHS_BACK
from .speaker_words import (DOCUMENT_NOUNS, FORCE_NOUNS, GROUP_NOUNS, MEDIA_NOUNS, OFFICE_NOUNS, PERSON_NOUNS,
                            SOURCE_NOUNS, SUBJECT_DEPS, agentive, country_words, description_of, group_name,
                            is_definite, mention_span, name_root, named_in_apposition, subject_of)


# Those who speak or work for someone else: "the spokesman" is not the last person named.
_STAFF_NOUNS = frozenset("spokesman spokeswoman spokesperson aide adviser advisor official diplomat negotiator "
                         "representative deputy".split())


class DefiniteDescriptions:
    """The nominal half of ``SpeakerResolver``: the methods that resolve a description."""

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
            earlier = self.index.find_by_role(noun, before=head.idx, exclude=self._own_verbs_subject(head),
                                              lesser=under_lesser_word(head),
                                              other_post=under_other_post(head))
            if earlier is not None:
                return Speaker(source, earlier, True, "nominal")
            earlier = self._described(span, head, noun) if is_definite(head) else None
            if earlier is not None:
                return Speaker(source, earlier, True, "nominal")
        named = next((ref for t in span if (ref := self.index.at(t)) is not None
                      and not _where_one_is(t, head, ref)), None)
        after = self.index.at(head.doc[head.i + 1]) if head.i + 1 < len(head.doc) else None
        if after is not None and after.type == "person" and head.text.istitle() and head.lower_ in TITLES_BARE:
            # "Representative Per Lind said": the parse hung the name under its title (reading
            # the forename as a preposition); the title's holder speaks
            return Speaker(source, after, False, "name")
        if named is not None and (noun in PERSON_NOUNS or head.lower_ in PERSON_NOUNS
                                  or agentive(head) and head.tag_ == "NN" and span[-1].i == head.i
                                  and any(t.lower_ == "of" and t.ent_type_ for t in span if t.i < head.i)):
            # "Russia's point man for relations with the US": a described person, not Russia;
            # "the Bank of England governor": one who holds a post there, not the bank
            named = None
            cluster = self.index.add(span, "group", name=group_name(words), description=description_of(head))
            return Speaker(source, self.index.ref(cluster) if cluster else None, True, "group")
        if head.lower_ in SOURCE_NOUNS or noun in SOURCE_NOUNS or head.lower_ in GROUP_NOUNS:
            cluster = self.index.add(span, "group", name=group_name(words), description=description_of(head))
            return Speaker(source, self.index.ref(cluster) if cluster else None, True, "group")
        if head.pos_ == "PROPN":
            # "Velde said he …": one capitalised word the model tagged as no name at all, taken
            # up by "he" or "she", is a surname ("Mashable announced", "as Vulture put it" stay
            # bodies: an outlet the model missed speaks in the same words)
            host = person_holding(self.index, " ".join(strip_titles([t.text for t in words]))) \
                if all(t.text.istitle() or t.text.isupper() for t in words) else None
            if host is not None:  # "Sheikh Tamim said" after "Sheikh Tamim bin Hamad": that person
                return Speaker(source, self.index.ref(host), False, "name")
            kind = "person" if _bare_surname(span, head) and _taken_up_as_a_person(head) else "organization"
            cluster = self.index.add(span, kind)
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
                if self._para_of[head.i] - self._para_of[i] > PARAGRAPHS_BACK:
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
                if ent.type != "person" and self._para_of[head.i] - self._para_of_char(c) <= 2:
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
                return ref if name_root(self.doc[i]).dep_ in SUBJECT_DEPS else None
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
            if self._para_of[head.i] - self._para_of[i] > PARAGRAPHS_BACK:
                break
            # the demonym or country stands in the name's own phrase ("French president
            # Emmanuel Macron", "President Henri Duval of France")
            window = doc[max(doc[i].sent.start, i - 6):min(doc[i].sent.end, i + 4)]
            words = {t.lower_ for t in window}
            if any(d.lower() in words or country_words(d) & words for d in demonyms):
                return self._person_ref.get(i)
        return None


def _bare_surname(span: SpacySpan, head: Token) -> bool:
    """One title-case word on its own, untagged by the model: a person's surname, unless it is
    an acronym or a letter ("Q: …"), a word of a body's name, a title ("Mayor: …" is whoever holds the post), a
    name with an article ("The Courier" is a thing's) or one the gazetteer knows as a body, a
    country, its seat, a region or a people ("Kyiv says …")."""
    return len(span) == 1 and span[0].i == head.i and not head.ent_type_ and head.is_alpha and len(head) > 2 \
        and head.text.istitle() and head.lower_ not in ORG_WORDS and head.lower_ not in TITLES_BARE \
        and head.lower_ not in PERSON_NOUNS and gazetteer.lookup(head.text) is None \
        and not gazetteer.is_place(head.text) and gazetteer.region(head.text) is None \
        and not gazetteer.demonym(head.text)


_PERSONAL = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})


def _taken_up_as_a_person(head: Token) -> bool:
    """Whether "he" or "she" (or their forms) follows ``head`` in its sentence or the next,
    with no other person's name between ("Velde said he would …")."""
    doc = head.doc
    sent = head.sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    for t in doc[head.i + 1:end]:
        if t.ent_type_ == "PERSON":
            return False
        if t.lower_ in _PERSONAL:
            return True
    return False


# Prepositions that place a described person ("a farmer in Lyon", "a shopkeeper from Gdansk").
_PLACING_PREPS = frozenset({"in", "from", "near", "outside"})


def _where_one_is(tok: Token, head: Token, ref: EntityRef) -> bool:
    """True for a place named in a phrase that says where the one described lives or comes
    from ("a farmer in Lyon, France", "a shopkeeper from Gdansk"): the place is no speaker."""
    if tok.i < head.i or ref.type != "country":  # ("an article in Politico": the outlet)
        return False
    # (the mention ends with the phrase: a state the parse hung on the verb, "a woman in
    # Dayton, Ohio told him", is still in it)
    return any(c.dep_ == "prep" and c.lower_ in _PLACING_PREPS and c.i < tok.i for c in head.children)

