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
from .cues import is_speech_past, is_speech_verb
from .entities import PERSON_PRONOUNS, EntityIndex, fold
from .gender import EPITHET_NOUNS, forename_gender, noun_gender, pronoun_votes
from .model import EntityRef, Span
from .quote_frames import is_age_noun

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# Nouns that name an unnamed source ("a NATO diplomat", "people familiar with the matter").
SOURCE_NOUNS = frozenset("""
official officials diplomat diplomats source sources spokesman spokeswoman spokesperson aide aides
adviser advisers advisor advisors analyst analysts expert experts people person officer officers
lawmaker lawmakers senator minister ministers member members observer observers insider insiders
critic critics supporter supporters resident residents witness witnesses leader leaders envoy
negotiator negotiators representative representatives executive executives economist economists
researcher researchers scholar scholars professor academic academics activist activists
commentator commentators voter voters worker workers employee employees staffer staffers
investigator investigators prosecutor prosecutors lawyer lawyers attorney attorneys doctor doctors
""".split())
GROUP_NOUNS = frozenset({"reporters", "journalists", "press", "audience", "crowd", "supporters", "lawmakers"})
# Nouns for an institution speaking through its staff ("Takaichi's office denied …").
OFFICE_NOUNS = frozenset("""
office ministry department campaign administration government embassy commission committee
council agency secretariat cabinet presidency bureau court parliament
""".split())
# Common nouns for one person in an office ("the French leader", "Russia's point man"): a
# described person, never the country or organisation named beside them.
PERSON_NOUNS = frozenset("""
man woman leader president premier chancellor minister secretary envoy ambassador diplomat
official spokesman spokeswoman spokesperson negotiator chief head boss czar tsar aide adviser
advisor deputy commander general emissary representative foreign counterpart
""".split())
# Nouns a definite description of an outlet uses ("the newspaper said").
MEDIA_NOUNS = frozenset("newspaper paper broadcaster outlet agency network channel daily magazine station "
                        "website tabloid publication".split())
# What an institution's words come in ("the statement said", "the readout added").
DOCUMENT_NOUNS = frozenset("statement readout communique communiqué release letter notice post note "
                           "report document transcript".split())
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


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of ``verb``, climbing through conjunctions and controls
    ("X said …, adding …" gives X for "adding")."""
    seen = 0
    tok: Token | None = verb
    while tok is not None and seen < 4:
        child = _nearest_subject(tok)
        if child is not None:
            if child.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                return tok.head
            return child
        if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # object control: in "That prompted Lee to call it “…”" / "urged Kim to say …" the
            # one who calls is the object of the verb above, not its subject
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is not None and (obj.pos_ == "PROPN" or obj.lower_ in ("him", "her", "them")):
                return obj  # a person named or pointed at ("used blunt language to denounce" is no control)
        if tok.dep_ in ("conj", "xcomp", "advcl") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head.head  # "began by saying …"
        elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok.head  # "a State Department official, speaking on …, said" / "…, speaking"
        else:
            tok = None
        seen += 1
    return None


def _nearest_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` a reader takes: the first, but not a place when the parse gives
    another ("Paris (AFP) – Finance minister Dubois has criticised …" makes the dateline a
    second subject); a place with a name coordinated after it gives way to the name ("Speaking
    in Dover, Delaware, Rand went after Smith": the parse joins the place and the speaker)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return None
    subj = subjects[0]
    if len(subjects) > 1 and (subj.ent_type_ in ("GPE", "LOC") or _in_dateline(subj)):
        subj = next((c for c in subjects[1:] if c.ent_type_ not in ("GPE", "LOC")), subj)
    if subj.ent_type_ in ("GPE", "LOC"):
        person = next((c for c in subj.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                       and c.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
                       and c.i < verb.i and subj.doc[c.i - 1].text == ","), None)
        if person is not None:
            return person
    return subj


_DATELINE_DASHES = ("-", "\u2013", "\u2014", "--")


def _in_dateline(tok: Token) -> bool:
    """True for a word of a dateline opening its sentence: names and an agency in brackets,
    then a dash ("Lisbon (AFP) –", "MILL VALLEY, Calif. —")."""
    doc = tok.doc
    start = tok.sent.start
    for t in doc[start:min(start + 9, tok.sent.end)]:
        if t.text in _DATELINE_DASHES and t.tag_ != "HYPH" and t.i > start and doc[t.i - 1].whitespace_:
            return start <= tok.i < t.i  # a dash set off by spaces, not the hyphen of "R-Wis."
        if not (t.pos_ == "PROPN" or t.is_punct):
            return False
    return False


def mention_span(head: Token, index: EntityIndex) -> SpacySpan:
    """The mention a reader would point at for ``head``: the named entity around it, or its
    noun phrase without appositions and relative clauses."""
    ent = index.layout.ent_at(head.i)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC") and "\n" not in ent.text:
        if len(ent) > 1 and ent[0].is_sent_start and is_speech_past(ent[0].text) and ent[0].i != head.i:
            return ent[1:]  # "Stated Pell: …": the verb glued to the name is the cue
        return ent
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case"):
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        # "people familiar with the matter", "a spokesman for the office that …"
        if child.dep_ in ("amod", "prep", "compound") and child.i == right + 1:
            if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
                break  # "Trump on Monday said": the date is not part of the mention
            right = child.right_edge.i
    # a mention never runs over a line break ("2025\nNews\n\nA full-body MRI")
    doc = head.doc
    while left < head.i and any("\n" in t.text or "\n" in t.whitespace_ for t in doc[left:head.i]):
        left += 1
    while right > head.i and any("\n" in t.text or "\n" in t.whitespace_ for t in doc[head.i:right]):
        right -= 1
    return doc[left:right + 1]


def description_of(head: Token) -> str:
    """A described source with all the text says of it: "a NATO diplomat, who, like others,
    spoke on the condition of anonymity"."""
    toks = [t for t in head.subtree]
    while toks and toks[-1].is_punct:
        toks.pop()
    if len(toks) > 30:
        toks = toks[:30]
    return head.doc[toks[0].i:toks[-1].i + 1].text if toks else head.text


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
            if _which_follows(root):
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
        return self.index.gender(ref.id) or forename_gender(ref.name) or self._voted.get(ref.id)

    # -- resolving ------------------------------------------------------------------------
    def resolve(self, head: Token) -> Speaker:
        """The speaker a mention headed by ``head`` stands for."""
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
        if head.ent_type_ == "NORP" and _definite(head) and head.tag_ in ("NN", "NNP") and (
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
            if own.type == "group" and head.pos_ == "NOUN" and _definite(head):
                # "the French leader" indexed as a described source: first see whether it
                # names someone the story has already introduced
                earlier = self._described(span, head, head.lemma_.lower())
                if earlier is not None:
                    return Speaker(source, earlier, True, "nominal")
            return Speaker(source, own, False, "name")
        if is_age_noun(head):
            # "said the 52-year-old": the person the story is about, described by age
            return Speaker(source, self._person_antecedent(head, None), True, "nominal")
        named = _named_in_apposition(head, self.index)
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
        if low in ("he", "she", "him", "her", "his"):
            return self._person_antecedent(head, want)
        if low == "it":
            # "it" speaks only for an institution the last sentences were about
            return self._institution_antecedent(head, plural=False)
        if low in _PLURAL_PRONOUNS:
            return self._institution_antecedent(head, plural=True)
        return None

    def _person_antecedent(self, head: Token, want: str | None) -> EntityRef | None:
        """The person a reader takes "he"/"she" for: the most salient gender-compatible
        person of the last few sentences: recent, a subject, a speaker, outside quotes."""
        doc = self.doc
        para = self._para_of[head.i]
        best: tuple[float, EntityRef] | None = None
        seen: set[str] = set()
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
            if head.dep_ in SUBJECT_DEPS and head.head in tok.ancestors and not _reports(tok):
                # "with Zelensky, he said": a name inside the pronoun's own clause is someone
                # else; but in "Tate said that …, he said" the cue is said twice, by Tate
                continue
            if i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
                continue  # score a name once, by its last word
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > i:
                continue  # "the Zaporizhzhia nuclear plant": a name modifying a thing is no person
            seen.add(ref.id)
            if ref.id in self._not_person:
                continue  # an organisation the model took for a person is no "he" or "she"
            g = self.gender(ref)
            if want is not None and g is not None and g != want:
                continue
            sents_back = self._sent_of[head.i] - self._sent_of[i]
            score = -1.0 * sents_back - 0.5 * (para - self._para_of[i])
            root = tok
            while root.dep_ in ("compound", "flat") and root.head.i != root.i:
                root = root.head
            if root.dep_ in SUBJECT_DEPS and _kept_silent(root.head):
                score -= 2.0  # "Diaz did not respond. “…,” he said": the one who said nothing is not "he"
            elif root.dep_ in SUBJECT_DEPS:
                score += 1.0
            elif root.dep_ == "poss":
                score -= 0.5
            elif root.dep_ in ("pobj", "dobj"):
                score -= 0.3
            if i in self.in_quote:
                score -= 2.0
            elif _inside_report(root):
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
            if self.gender(ent) in (None, want) and ent.id not in self._not_person:
                return ent
        return None

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
        if head.lower_ in OFFICE_NOUNS or noun in OFFICE_NOUNS:
            # "Takaichi's office", "the Trump campaign": the institution speaks, not its owner
            cluster = self.index.add(span, "organization", name=_group_name(words))
            return Speaker(source, self.index.ref(cluster) if cluster else None, True, "office")
        if definite:
            # "the diplomat" after "a NATO diplomat"; "the president" after "President Trump"
            earlier = self.index.find_by_role(noun, before=head.idx)
            if earlier is not None:
                return Speaker(source, earlier, True, "nominal")
            earlier = self._described(span, head, noun) if _definite(head) else None
            if earlier is not None:
                return Speaker(source, earlier, True, "nominal")
        named = next((self.index.at(t) for t in span if self.index.at(t) is not None), None)
        if named is not None and (noun in PERSON_NOUNS or head.lower_ in PERSON_NOUNS):
            # "Russia's point man for relations with the US": a described person, not Russia
            named = None
            cluster = self.index.add(span, "group", name=_group_name(words), description=description_of(head))
            return Speaker(source, self.index.ref(cluster) if cluster else None, True, "group")
        if head.lower_ in SOURCE_NOUNS or noun in SOURCE_NOUNS or head.lower_ in GROUP_NOUNS:
            cluster = self.index.add(span, "group", name=_group_name(words), description=description_of(head))
            return Speaker(source, self.index.ref(cluster) if cluster else None, True, "group")
        if head.pos_ == "PROPN":
            cluster = self.index.add(span, "organization")
            return Speaker(source, self.index.ref(cluster) if cluster else None, False, "name")
        if named is not None and named.type != "person":
            return Speaker(source, named, True, "nominal")
        cluster = self.index.add(span, "group", name=_group_name(words), description=description_of(head))
        return Speaker(source, self.index.ref(cluster) if cluster else None, True, "group")


    def _described(self, span: SpacySpan, head: Token, noun: str) -> EntityRef | None:
        """What a definite description refers back to, by the kind of thing it names: "the
        newspaper" → the last outlet named; "the statement" → the institution last heard;
        "the French leader" → the person last in the story given that demonym."""
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
        if noun not in PERSON_NOUNS and _agentive(head) and noun not in SOURCE_NOUNS and head.tag_ == "NN" \
                and not any(c.dep_ == "nummod" for c in head.children):
            # "Hale, a former banker, says … “…,” the developer said": a description of one who
            # does something, right after a person was named, is that person
            return self._person_just_named(head)
        if noun not in PERSON_NOUNS or noun in ("man", "woman", "foreign", "counterpart"):
            return None
        if head.tag_ != "NN" or any(c.dep_ == "nummod" for c in head.children):
            return None  # "the two leaders": several people, not the last one named
        demonyms = [t.text for t in span if t.i != head.i and t.ent_type_ in ("NORP", "GPE")]
        if not demonyms:
            return self._person_antecedent(head, None)
        return self._person_described(head, demonyms)

    def _person_just_named(self, head: Token) -> EntityRef | None:
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
        if head.lemma_.lower() not in EPITHET_NOUNS and head.lemma_.lower() not in said_of and not any(
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
                named = _named_in_apposition(holder, self.index)  # "its chief, Gregor Lind, released …"
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
            if any(d.lower() in words or _country_words(d) & words for d in demonyms):
                return self._person_ref.get(i)
        return None


_ANSWER_VERBS = frozenset("respond reply return answer comment speak talk".split())


def _kept_silent(verb: Token) -> bool:
    """True for a verb saying its subject did not speak: "did not respond", "declined to
    comment", "refused to answer", "could not be reached"."""
    lemma = verb.lemma_.lower()
    if lemma in ("decline", "refuse"):
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _ANSWER_VERBS | {"say", "discuss", "elaborate"}
                   for c in verb.children)
    if lemma == "reach" and any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "neg" for c in verb.children)
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if lemma in _ANSWER_VERBS:
        return True
    # another speech verb is silence only said bare ("did not say", "would not elaborate"): one
    # with what was not said spoke ("did not deny the report", "did not say when it would close")
    return is_speech_verb(lemma) and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)


# (not "-ent"/"-ant": "the first incident", "the agreement" are things more often than people)
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")
_NOT_AGENTS = frozenset("order paper number letter report statement quarter center centre member matter "
                        "government department parliament agreement document".split())


def _agentive(head: Token) -> bool:
    """A common noun for one who does something ("the developer", "the former banker", "the
    ferryman"), by its ending or a "former"/"retired" before it; not a thing ("the letter")."""
    low = head.lower_
    if low in _NOT_AGENTS or low in DOCUMENT_NOUNS or low in MEDIA_NOUNS or low in OFFICE_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("former", "retired", "veteran", "longtime") for c in head.children):
        return True
    return low.endswith(_AGENT_ENDINGS) and len(low) > 4


def _one_described(ref: EntityRef) -> bool:
    """True for a described source that is one person ("the senator", "a spokesman"): never
    what "they" or "we" stand for."""
    words = ref.name.lower().split()
    return ref.type == "group" and bool(words) and (words[-1] in PERSON_NOUNS or words[-1] in SOURCE_NOUNS) \
        and not words[-1].endswith("s") and words[-1] not in ("people", "staff", "police")


def _reports(tok: Token) -> bool:
    """True when the name ``tok`` heads is the subject of a speech verb."""
    root = tok
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    verb = root.head
    return root.dep_ in SUBJECT_DEPS and verb.pos_ == "VERB" and is_speech_verb(verb.lemma_)


def _inside_report(tok: Token) -> bool:
    """True when ``tok`` stands in the clause a speech verb reports ("Tyler said that [Cruz
    has …]"), under that verb's own subject: a name there is what the report is about, less
    salient for a later "he" than the reporter."""
    child = tok
    for anc in tok.ancestors:
        if child.dep_ == "ccomp" and anc.pos_ == "VERB" and anc.i < tok.i and is_speech_verb(anc.lemma_) \
                and any(c.dep_ in SUBJECT_DEPS and c.i < anc.i for c in anc.children):
            return True
        child = anc
    return False


def _which_follows(name: Token) -> bool:
    """"Kalvor, which runs the grid, …": a relative "which" takes up things, not people."""
    return any(c.dep_ == "relcl" and any(g.lower_ == "which" and g.i > name.i and g.dep_ in SUBJECT_DEPS + ("dobj",)
                                         for g in c.children)
               for c in name.children)


def _definite(head: Token) -> bool:
    """"the French leader", "the newspaper": the noun's own article is definite."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.lefts)


def _country_words(demonym: str) -> set[str]:
    """The lowercase words of the country a demonym names ("french" → {"france"})."""
    name = gazetteer.demonym(demonym) or gazetteer.country(demonym)
    return set(name.lower().split()) if name else set()


def _named_in_apposition(head: Token, index: EntityIndex) -> tuple[EntityRef, Token] | None:
    """A person named right next to a role noun: its apposition or the name it qualifies."""
    for child in head.children:
        if child.dep_ in ("appos", "compound", "flat") and child.i > head.i:
            ref = index.at(child)
            if ref is not None and ref.type == "person":
                return ref, child
    if head.dep_ in ("compound", "appos") and head.head.i > head.i:
        ref = index.at(head.head)
        if ref is not None and ref.type == "person":
            return ref, head.head
    return None


def _para_of_char(resolver: SpeakerResolver, char: int) -> int:
    tok = resolver.doc.char_span(char, char + 1, alignment_mode="expand")
    return resolver._para_of[tok.start] if tok is not None and len(tok) else 0


def _group_name(words: list[Token]) -> str:
    """A described source's name: its words without the article ("a NATO diplomat" →
    "NATO diplomat")."""
    name = "".join(t.text_with_ws for t in words).strip()  # "45-year-old", not "45 - year - old"
    return name.replace(" ’s", "’s").replace(" 's", "'s") or "unnamed source"
