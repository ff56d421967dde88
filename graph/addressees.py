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
   who asked ("Lee asked Ruiz whether … “…,” Ruiz said"; "When asked by reporters …, Ruiz said").

A news outlet that was told is the addressee and the outlet that carried the quote at once.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Protocol, Sequence

from spacy.tokens import Token

from .entities import EntityIndex
from .model import EntityRef
from .outlets import SPEAKING_TO, outlet_shaped
from .speakers import GROUP_NOUNS, MEDIA_NOUNS, OFFICE_NOUNS, PERSON_NOUNS, SpeakerResolver, mention_span

# Verbs whose direct object is the one spoken to ("told X", "urged X to").
OBJECT_AUDIENCE_VERBS = frozenset("""
tell ask inform notify assure reassure advise urge warn instruct remind order brief call phone
text email write press implore beg caution exhort encourage invite challenge
""".split())
# Events that are an audience of reporters: "told a news briefing", "at a press conference".
_PRESS_EVENTS = frozenset("conference briefing presser".split())
_PRESS_WORDS = frozenset("news press media".split())
# Channels whose "to"/"with" phrase names the audience: "in a letter to X", "an interview with X",
# "in a meeting with X".
_CHANNEL_NOUNS = frozenset("""
interview letter message speech address remarks remark note email memo statement comments comment
call conversation podcast broadcast meeting talks session exchange chat
""".split())
# Channels whose "with" phrase is the one talked to: "an interview with X", "a call with X", "a
# question-and-answer session with reporters".
_WITH_CHANNELS = frozenset("interview call conversation meeting talks session exchange chat".split())
# Participles of speaking to someone: "addressing a seminar" ("speaking to reporters": SPEAKING_TO).
_ADDRESSING = frozenset("address brief".split())
# Nouns that count the audience: "told hundreds of supporters".
_QUANTITY_NOUNS = frozenset("hundreds thousands dozens scores millions tens crowds".split())
# Channels whose "to" phrase is the audience whatever it is: "a video message to the convention".
_ADDRESSED_CHANNELS = frozenset("letter message speech address remarks remark note email memo".split())
# Verbs of speaking whose "to" phrase is an audience when it is someone's people ("wrote to his
# followers", "said to its 2,000 members"), not only when it names them.
_SPEECH_VERBS = frozenset("say speak talk write explain tweet post announce declare repeat complain confide".split())
_NOT_AUDIENCE = frozenset("it that this what which who something anything nothing everything".split())


def addressee_of(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                 speaker: EntityRef | None = None, said: Sequence[tuple[int, int]] = ()) -> EntityRef | None:
    """The audience the cue ``verb`` names, or its sentence does around it outside the words
    quoted (``said``: their character ranges); a cue that hangs on a verb of telling ("who told
    Congress when asked …: “…”", "told reporters, adding …") has that verb's audience."""
    ref = _from_verb(verb, index, resolver, speaker)
    if ref is None and verb.dep_ == "advcl" and verb.head.pos_ == "VERB" \
            and verb.head.lemma_.lower() in OBJECT_AUDIENCE_VERBS | _SPEECH_VERBS:
        ref = _from_verb(verb.head, index, resolver, speaker)
    if ref is None:
        ref = _from_setting(verb, index, resolver, said)
    if ref is not None and speaker is not None and ref.id == speaker.id:
        return None  # "the minister told his ministry's staff …" resolved to himself: no audience
    return ref


def _from_verb(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
               speaker: EntityRef | None = None) -> EntityRef | None:
    lemma = verb.lemma_.lower()
    if lemma == "call" and (any(c.dep_ in ("oprd", "attr") for c in verb.children)
                            or sum(c.dep_ in ("dobj", "dative") for c in verb.children) >= 2):
        return None  # "calling him a “train wreck”": a name given, no one called
    glued = glued_audience(verb, index)
    if glued is not None:
        return _audience(glued[0], index, resolver, strict=True)
    children = list(verb.children)
    told = _told_one(verb, lemma, children)
    if told is not None:
        ref = _audience(told, index, resolver, strict=False)
        if ref is not None:
            return ref
    for child in list(children):
        if child.dep_ in ("xcomp", "advcl", "amod") and child.lower_ == "visiting" and child.i == verb.i + 1:
            children.extend(child.children)  # "told visiting Foreign Minister Kuleba"
    for child in children:
        if child.i < verb.i and child.dep_ != "dative":
            continue
        target = None
        if lemma in OBJECT_AUDIENCE_VERBS and child.dep_ in ("dobj", "dative") \
                and child.pos_ in ("PROPN", "NOUN", "PRON"):
            if _possessor_of_next(child, children):
                continue  # "told CNN's Jake Tapper" parsed as two objects: Tapper was told
            target = child
        elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
        elif lemma in _SPEECH_VERBS and child.dep_ == "prep" and child.lower_ == "on":
            # "said on CNN", "said on CNN's State of the Union": an interview on air
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            ref = _on_air(pobj, index) if pobj is not None else None
            if ref is not None:
                return ref
            continue
        elif lemma == "call" and child.dep_ in ("prep", "prt") and child.lower_ == "on" and \
                any(c.dep_ == "xcomp" and c.i > child.i for c in children):
            # "called on Peru to …" ("on" parsed as a preposition or as a particle)
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
        if target is None:
            continue
        if target.lower_ in _PRONOUN_GENDER and target.dep_ in ("dobj", "dative", "pobj"):
            ref = _pronoun_told(target, index, resolver, speaker)
            if ref is not None:
                return ref
        # after "told" or before a clause ("urged the council to …", "warned them that …") the
        # object is the audience whatever it is; "urged restraint" urges no one
        strict = not (child.dep_ in ("dobj", "dative") and (lemma == "tell" or _clause_after(verb, target))
                      or child.dep_ in ("prep", "prt") and child.lower_ == "on"  # "called on the board to …"
                      or lemma in _SPEECH_VERBS and _someones_people(target))
        ref = _audience(target, index, resolver, strict=strict)
        if ref is not None:
            return ref
    return None


def _told_one(verb: Token, lemma: str, children: list[Token]) -> Token | None:
    """ "Lee was told by the envoy that …", "the agency, after being warned by Oslo that …": a
    verb of telling in the passive has the one told as its subject (the speaker is the agent);
    a participle with no subject of its own ("after being warned") takes its clause's."""
    if lemma not in OBJECT_AUDIENCE_VERBS or verb.tag_ != "VBN" or \
            not any(c.dep_ == "auxpass" for c in children):
        return None
    subj = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return subj
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "after being warned": the preposition's verb
    elif verb.dep_ != "advcl":
        return None
    if head.pos_ not in ("VERB", "AUX") or head.i == verb.i:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj"), None)


def _possessor_of_next(obj: Token, siblings: list[Token]) -> bool:
    """ "told CNN's Jake Tapper": an object that carries the possessive "'s" and is followed by
    another object of the same verb is that object's owner, misparsed."""
    return any(c.dep_ == "case" for c in obj.children) and \
        any(c.dep_ in ("dobj", "dative") and c.i > obj.i and c.pos_ in ("PROPN", "NOUN") for c in siblings)


def glued_audience(verb: Token, index: EntityIndex) -> tuple[Token, Token] | None:
    """ "told the BBC Iran was ready": with no "that", the parser glues the one told to the
    subject of the clause as a compound (of that subject, or of a false object with the clause
    left subjectless). (the one told, the clause's real subject), or None."""
    if verb.lemma_.lower() not in OBJECT_AUDIENCE_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:  # "told [the BBC Peru] [was ready]": the object is the clause's subject
        subj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    elif any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    if subj is None or not subj.ent_type_ or subj.ent_iob_ != "B":
        return None
    before = subj.doc[subj.i - 1] if subj.i > 0 else None
    if before is None or before.dep_ != "compound" or before.head.i != subj.i:
        return None
    other = index.at(before)
    if other is not None and other.type in ("media", "organization") or \
            other is None and before.is_upper and len(before) >= 2 and before.pos_ == "PROPN":
        return before, subj
    return None


def _someones_people(tok: Token) -> bool:
    """ "his 20,000 followers", "the party's members": a plural noun owned or counted."""
    return tok.tag_ == "NNS" and any(c.dep_ in ("poss", "nummod") for c in tok.children)


def _clause_after(verb: Token, obj: Token) -> bool:
    return any(c.dep_ in ("xcomp", "ccomp") and c.i > obj.i for c in verb.children) or \
        any(c.dep_ in ("xcomp", "ccomp", "acl") and c.i > obj.i for c in obj.children)


def _from_setting(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                  said: Sequence[tuple[int, int]] = ()) -> EntityRef | None:
    """"In an interview with X, …", "…, speaking to reporters", "At a news conference, …": the
    audience named in the cue's sentence by a channel, a participle or a press event; never in
    the words said ("“My meeting with X went well,” Lee said" was not said to X)."""
    sent = verb.sent
    # the clause reported before the cue ("Ruiz held a meeting with Quispe, an official said")
    # tells of no setting of the telling; one reported after it only by "in"/"during" ("said
    # Turkey wanted calm in an interview with Reuters", not "said he had a call with Lee")
    fronted = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i for t in c.subtree}
    after = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for t in c.subtree}
    for tok in sent:
        if any(start <= tok.idx < end for start, end in said) or tok.i in fronted:
            continue
        low = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and low in _CHANNEL_NOUNS and not (
                tok.i in after and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during"))):
            ref = _channel_audience(tok, index, resolver)
            if ref is not None:
                return ref
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.i != verb.i:
            if low in SPEAKING_TO:
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                        ref = _audience(pobj, index, resolver, strict=True) if pobj is not None else None
                        if ref is not None:
                            return ref
                        if pobj is not None and _press_event(pobj):
                            return _reporters(pobj, index)
            if low in _ADDRESSING:
                dobj = next((g for g in tok.children if g.dep_ == "dobj"), None)
                if dobj is not None:
                    ref = _audience(dobj, index, resolver, strict=False)
                    if ref is not None:
                        return ref
        if _press_event(tok) and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "in", "to"):
            return _reporters(tok, index)
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and tok.i != verb.i and (
                lemma == "interview" and tok.tag_ == "VBN"  # "Lee, interviewed by the BBC, said …"
                # "When asked by reporters whether …, Lee said": the answer goes to the one who asked
                or lemma == "ask" and tok.dep_ in ("advcl", "ccomp") and tok.head.i == verb.i):
            by = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            ref = _audience(by, index, resolver, strict=True) if by is not None else None
            if ref is not None:
                return ref
    return None


def _channel_audience(noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """"an interview with Axios", "a letter to the prime minister", "an email interview in the
    newspaper the Sentinel", "a CNN interview", "remarks to reporters"."""
    low = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ == "prep" and (child.lower_ == "to" or low == "interview" and child.lower_ in ("with", "in", "on")
                                     or low in _WITH_CHANNELS and child.lower_ == "with"):
            strict = not (child.lower_ == "to" and low in _ADDRESSED_CHANNELS)  # "a video message to the convention"
            for pobj in (g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")):
                for cand in _with_appositions(pobj):
                    ref = _audience(cand, index, resolver, strict=strict)
                    if ref is not None:
                        return ref
        if low == "interview" and child.dep_ in ("compound", "poss") and child.i < noun.i:
            ref = index.at(child)
            if ref is not None and ref.type in ("media", "person", "organization"):
                return ref
    return None


def _with_appositions(tok: Token) -> list[Token]:
    """"the British newspaper the Independent": the name in apposition first."""
    return [c for c in tok.children if c.dep_ == "appos"] + [tok]


def _press_event(tok: Token) -> bool:
    """"a news conference", "a press briefing", "a Moscow news briefing", "the presser"."""
    if tok.lemma_.lower() not in _PRESS_EVENTS:
        return False
    if tok.lower_ == "presser":
        return True
    return any(c.lower_ in _PRESS_WORDS for c in tok.children if c.i < tok.i) or tok.lemma_.lower() == "briefing"


def _reporters(tok: Token, index: EntityIndex) -> EntityRef | None:
    span = mention_span(tok, index)
    # "a joint news conference with X": the press event's own words, not X named after it
    span = tok.doc[span.start:tok.i + 1]
    cluster = index.add(span, "group", name="reporters", audience=True)
    return index.ref(cluster) if cluster else None


# one official described by post and country ("his Ukrainian counterpart", "the British minister")
_DESCRIBED_OFFICIALS = frozenset("counterpart minister envoy ambassador diplomat negotiator official".split())


def _official_described(target: Token, index: EntityIndex) -> EntityRef | None:
    """The person the article names for a description by post and country ("told his
    Ukrainian counterpart" → the Ukrainian minister named earlier), read as the communication
    rules read the same words, so that the quote's audience and the COMMUNICATED_WITH edge agree."""
    from .relations._context import Context  # the relations package reads this module: import late
    from .relations.participants import parties

    return next((r for _, r in parties(Context(target.doc, index), target) if r.type == "person"), None)


def _audience(target: Token | None, index: EntityIndex, resolver: SpeakerResolver,
              strict: bool) -> EntityRef | None:
    """The entity a mention of the audience stands for. ``strict`` (a "to" phrase of any verb,
    where "said to be", "referred to the plan" abound) asks for a name, a pronoun or a noun
    for people; after "told"/"urged" any noun phrase is the audience."""
    if target is None or target.lower_ in _NOT_AUDIENCE:
        return None
    target = _counted(target)
    if target.pos_ == "PRON":
        before = _person_object_before(target, index, resolver)
        if before is not None:
            # "sent the referral to the attorney, asking him to …": the one just written to
            ref = _audience(before, index, resolver, strict=False)
            if ref is not None:
                return ref
    named_after = next((c for c in target.children if c.dep_ == "appos" and index.at(c) is not None
                        and index.at(c).type in ("person", "media")), None)
    if named_after is not None and target.pos_ == "NOUN":
        target = named_after  # "told conservative radio host Hal Brun": the host named
    if _press_event(target):
        return _reporters(target, index)
    if target.tag_ == "NN" and target.lemma_.lower() in _DESCRIBED_OFFICIALS:
        official = _official_described(target, index)  # "told his Ukrainian counterpart"
        if official is not None:
            return official
    named = index.at(target)
    if named is not None:
        return named
    outlet = _outlet_named_before(target, index) or _outlet_told_before(target, index)
    if outlet is not None:
        return outlet
    if target.pos_ == "PRON":
        ref = resolver.resolve(target).entity
        if ref is None and target.lower_ == "them":
            # "emailed supporters on Monday, telling them …": the people just addressed
            before = _plural_object_before(target)
            return _audience(before, index, resolver, strict=False) if before is not None else None
        return ref
    if target.pos_ not in ("NOUN", "PROPN"):
        return None
    low = target.lower_
    if low in GROUP_NOUNS:
        cluster = index.add(mention_span(target, index), "group", name=low)
        return index.ref(cluster) if cluster else None
    span = mention_span(target, index)
    if target.pos_ == "PROPN":
        cluster = index.add(span, "organization")
        return index.ref(cluster) if cluster else None
    if target.lemma_.lower() in OFFICE_NOUNS:
        # "the city's government": the office itself, owned by its place when the text says
        cluster = index.add(span, "organization")
        return index.ref(cluster) if cluster else None
    if target.tag_ == "NNS" and (not strict or _people(target)):
        words = [t for t in span if t.lower_ not in ("the", "a", "an") and not t.is_punct]  # "both sides" stays
        name = " ".join(t.text for t in words).replace(" ’s", "’s").replace(" 's", "'s")
        cluster = index.add(span, "group", name=name) if name else None
        return index.ref(cluster) if cluster else None
    if target.lower_ in PERSON_NOUNS or _people(target):
        # "his Ukrainian counterpart", "the British minister": the person, when the article names them
        entity = resolver.resolve(target).entity
        if entity is not None:
            return entity
    if not strict and target.tag_ == "NN":
        # "addressing a seminar", "told the assembly": the gathering, by its own words
        words = [t for t in target.lefts if t.dep_ in ("amod", "compound")] + [target]
        cluster = index.add(target.doc[words[0].i:target.i + 1], "group", name=" ".join(t.text for t in words),
                           audience=True)
        return index.ref(cluster) if cluster else None
    return None


def _on_air(tok: Token, index: EntityIndex) -> EntityRef | None:
    """A news outlet ``tok`` names, itself or as the owner of a programme ("CNN's State of
    the Union"); None for anything else ("on Twitter", "on Monday")."""
    for t in [tok, *[c for c in tok.children if c.dep_ == "poss"]]:
        ref = index.at(t)
        if ref is not None and ref.type == "media":
            return ref
    return None


def _outlet_told_before(noun: Token, index: EntityIndex) -> EntityRef | None:
    """ "told the newspaper": the news outlet named last before it (within a few paragraphs),
    for a bare definite outlet noun."""
    if noun.lower_ not in MEDIA_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in ("compound", "poss", "amod") for c in noun.children):
        return None
    best: tuple[int, EntityRef] | None = None
    for cluster in index.clusters:
        if cluster.type != "media":
            continue
        ends = [m.end for m in cluster.mentions if m.end <= noun.idx and noun.idx - m.end < 2000]
        if ends and (best is None or max(ends) > best[0]):
            best = (max(ends), index.ref(cluster))
    return best[1] if best else None


def _outlet_named_before(noun: Token, index: EntityIndex) -> EntityRef | None:
    """ "the Financial Times newspaper", "the BBC's Persian service": a common noun whose
    compound or possessor names a news outlet is that outlet."""
    if noun.pos_ != "NOUN":
        return None
    for mod in noun.lefts:
        if mod.dep_ in ("compound", "poss"):
            ref = index.at(mod)
            if ref is not None and ref.type == "media":
                return ref
    return None


def _counted(tok: Token) -> Token:
    """ "hundreds of cheering supporters", "dozens of reporters": the people counted."""
    if tok.lower_ in _QUANTITY_NOUNS or tok.ent_type_ == "CARDINAL" and tok.pos_ in ("NOUN", "NUM"):
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
            return pobj
    return tok


def _plural_object_before(pron: Token) -> Token | None:
    """The nearest plural noun before ``pron`` in its sentence that is the object of a verb or
    preposition ("emailed supporters …, telling them"; "wrote to investors, telling them")."""
    for t in reversed(list(pron.sent[:pron.i - pron.sent.start])):
        if t.tag_ == "NNS" and t.dep_ in ("dobj", "pobj", "dative") and t.head.lower_ not in ("of", "in", "at", "on"):
            return t
    return None


_PRONOUN_GENDER = {"him": "m", "her": "f"}


def _pronoun_told(pron: Token, index: EntityIndex, resolver: SpeakerResolver,
                  speaker: EntityRef | None) -> EntityRef | None:
    """ "Berg met Governor Hale on Monday. She told him …": the one told is the nearest person
    of his or her gender named in this sentence or the one before, other than the speaker
    (the resolver's pick for a subject pronoun, a salient earlier speaker, is not whom a
    speaker addresses). A person told in the participle's own clause comes first."""
    before = _person_object_before(pron, index, resolver)
    if before is not None:
        return None  # read by _audience from the clause itself
    want = _PRONOUN_GENDER[pron.lower_]
    sent = pron.sent
    lo = pron.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    own_subj = {c.i for c in pron.head.children if c.dep_ in ("nsubj", "nsubjpass")}
    for end, cluster in index.persons_before(pron.idx):
        if end < lo:
            break
        ref = index.ref(cluster)
        if speaker is not None and ref.id == speaker.id:
            continue
        if any(pron.doc[i].idx < end <= pron.doc[i].idx + len(pron.doc[i]) for i in own_subj):
            continue
        if resolver.gender(ref) in (None, want):
            return ref
    return None


def person_told_before(pron: Token, index: EntityIndex, gender_of) -> Token | None:
    """The mention a him/her told in a participle clause stands for ("wrote to the minister,
    urging him to …"), or None; ``gender_of`` gives an entity's gender ("m", "f" or None)."""
    return _person_object_before(pron, index, _Gendered(gender_of))


class _Gendered:
    """A resolver reduced to the one question ``_person_object_before`` asks."""

    def __init__(self, gender_of) -> None:
        self.gender = gender_of


def _person_object_before(pron: Token, index: EntityIndex, resolver: SpeakerResolver) -> Token | None:
    """ "wrote to the minister, urging him to …", "called Ada Voss, telling her that …": a
    him/her told in a participle clause stands for the one person the clause's verb has just
    reached (its object, or its "to" phrase), when the gender does not disagree."""
    gender = _PRONOUN_GENDER.get(pron.lower_)
    verb = pron.head
    if gender is None or pron.dep_ not in ("dobj", "dative") or verb.tag_ != "VBG" \
            or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
        return None
    main = verb.head
    found = []
    for c in main.children:
        if c.i >= verb.i:
            continue
        if c.dep_ in ("dobj", "dative") and c.pos_ in ("NOUN", "PROPN"):
            found.append(c)
        elif c.dep_ in ("prep", "dative") and c.lower_ == "to":
            found.extend(g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
    for cand in reversed(found):
        if cand.tag_ in ("NNS", "NNPS"):
            continue
        ref = index.at(cand)
        if ref is not None:
            if ref.type == "person" and resolver.gender(ref) in (None, gender):
                return cand
            continue  # a place, a body, a person of the other gender: not him or her
        if cand.pos_ == "NOUN" and cand.tag_ == "NN" and (cand.lower_ in PERSON_NOUNS or _people(cand)):
            return cand  # "the U.S. attorney", "her counterpart": him or her, by the pronoun
    return None


def _people(tok: Token) -> bool:
    """A noun for people or states ("delegates", "allies", "countries"), by its NER and the
    parse rather than a list: plural nouns heading a mention with a nationality or a place."""
    if tok.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
        return True
    return any(c.ent_type_ in ("NORP", "GPE") for c in tok.lefts) or tok.lower_ in GROUP_NOUNS


class _Attributed(Protocol):
    """What ``carry_over`` reads and sets on an attribution being assembled."""

    addressee: EntityRef | None
    reported_by: EntityRef | None
    para: int
    start: int
    end: int


# Channels a conversation goes on in: the quotes after one said in them keep its audience.
_GOING_ON = frozenset("interview letter call conversation session exchange chat".split())


def said_in_channel(verb: Token) -> bool:
    """Whether the cue's sentence puts the words in an interview, a letter or a call ("said in
    an interview with MSNBC's Tamron Hall", "sent a letter to Comey, asking …")."""
    def channel(t: Token) -> bool:
        # the channel hangs on the cue: "said in an interview", "in a call with X, she told",
        # "sent a letter"; not "the session" or "the call for calm" elsewhere in the sentence
        return t.pos_ == "NOUN" and t.lemma_.lower() in _GOING_ON and not any(
            c.dep_ == "prep" and c.lower_ in ("for", "on", "of") for c in t.children) and (
            t.dep_ == "dobj" and t.head.i in anchors
            or t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "on", "over") and t.head.head.i in anchors)
    anchors = {verb.i, verb.head.i}  # the cue, or the verb its participle hangs on ("sent a letter, asking")
    return any(channel(t) for t in verb.sent)


def carry_over(drafts: Sequence, speaker_of, in_channel=lambda d: False) -> None:
    """Quotes that go on in the same interview or press conference keep its audience: a quote
    right after one told to an outlet or to reporters, by the same speaker, with no audience
    of its own and nobody else quoted in between (the paragraph after at most). A person told
    is kept only when the first quote was said in an interview, a letter or a call
    (``in_channel``): "Kim told Lee: “…” “…,” Kim said" may have turned to someone else."""
    prev = None
    carried: set[int] = set()  # the interview goes on: "…,” he continued. “…,” he added.
    for d in drafts:
        spk = speaker_of(d)
        if prev is not None and d.addressee is None and spk is not None:
            p_spk = speaker_of(prev)
            if p_spk is not None and p_spk.id == spk.id and prev.addressee is not None \
                    and (prev.addressee.type in ("media", "group") or in_channel(prev) or id(prev) in carried) \
                    and 0 <= d.para - prev.para <= 1 \
                    and d.start >= prev.end:
                d.addressee = prev.addressee
                carried.add(id(d))
                if prev.addressee.type == "media" and d.reported_by is None:
                    d.reported_by = prev.addressee
        prev = d


def answers(drafts: Sequence, speaker_of, cue_lemma) -> None:
    """A question and the answer right after it, by two speakers ("“That would be you?” Lee
    asked. “It would,” the senator said."): the answer goes to the one who asked, and the
    question to the one who answered, when the text names no other audience."""
    for prev, d in zip(drafts, drafts[1:]):
        if cue_lemma(prev) != "ask" or not 0 <= d.para - prev.para <= 1 or d.start < prev.end:
            continue
        asker, answerer = speaker_of(prev), speaker_of(d)
        if asker is None or answerer is None or asker.id == answerer.id:
            continue
        if d.addressee is None and (prev.addressee is None or prev.addressee.id == answerer.id):
            d.addressee = asker
            if prev.addressee is None:
                prev.addressee = answerer


def setting_before(drafts: Sequence, doc, index: EntityIndex, resolver: SpeakerResolver, speaker_of) -> None:
    """A quote with no audience of its own that follows a sentence about its speaker in an
    interview or at a press conference ("Mr Lee, speaking at a news conference with X,
    stressed this point. “…,” he said."; "In an interview with Axios, Lee described the plan
    as unfair. “…”") was said there: the sentence before tells the setting."""
    starts: list[int] | None = None
    for d in drafts:
        spk = speaker_of(d)
        if d.addressee is None and d.verb is not None:
            d.addressee = _letter_written_before(d.verb, index, resolver, spk)
        if d.addressee is not None or spk is None:
            continue
        if starts is None:
            starts = [t.idx for t in doc]
        k = bisect_right(starts, d.start) - 1
        if k <= 0:
            continue
        here = doc[k].sent
        if here.start == 0:
            continue
        before = doc[here.start - 1].sent
        if d.start - before.start_char > 1500 or "\n\n" in doc.text[before.end_char:here.start_char] and \
                doc.text[before.end_char:here.start_char].count("\n") > 2:
            continue  # at most the paragraph before
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        # (only a pronoun is resolved here: resolving a description would register it)
        who = index.at(subj) or (resolver.resolve(subj).entity if subj.pos_ == "PRON" else None)
        if who is not None and who.id != spk.id and before.root.lemma_.lower() == "ask":
            # "Lee asked Ruiz whether … “…,” Ruiz said": the answer goes to the one who asked
            asked = next((c for c in before.root.children if c.dep_ in ("dobj", "dative")), None)
            if asked is not None and index.at(asked) is not None and index.at(asked).id == spk.id:
                d.addressee = who
            continue
        if who is None or who.id != spk.id:
            continue
        ref = _from_setting(before.root, index, resolver)
        if ref is not None and ref.id != spk.id and ref.type in ("media", "group", "person"):
            d.addressee = ref
            if ref.type == "media" and d.reported_by is None:
                d.reported_by = ref


# what a letter's words are quoted with: "the letter says", "the letter continues", "they wrote"
_LETTER_NOUNS = frozenset("letter email memo message note".split())
_LETTER_CUES = frozenset("write say continue add read state".split())


def _letter_written_before(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                           speaker: EntityRef | None = None) -> EntityRef | None:
    """The one a letter named a few sentences before was sent to ("sent a letter to the FBI
    director … “…,” the letter continues"; "… they wrote"): the audience of words quoted from it,
    when the cue is "wrote" or has the letter as its subject and names no channel of its own
    ("wrote on Twitter", "wrote in a column"). A letter someone else is named as sending is
    not the speaker's ("Ruiz sent a letter to Moss. … “…,” Baker wrote" was not written to Moss)."""
    lemma = verb.lemma_.lower()
    if lemma not in _LETTER_CUES or any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("on", "in", "to")
                                        for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if lemma != "write" and (subj is None or subj.lemma_.lower() not in _LETTER_NOUNS):
        return None
    doc, here = verb.doc, verb.sent
    sents = list(doc[max(0, here.start - 600):here.start].sents)[-6:]  # the few sentences before
    for sent in reversed(sents):
        for tok in reversed(list(sent)):
            if tok.pos_ == "VERB" and tok.lemma_.lower() in ("write", "post", "tweet") and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "in") for c in tok.children):
                return None  # "wrote on Twitter" in between: the writing since is elsewhere
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _LETTER_NOUNS:
                continue
            # "a letter to X", or "sent a letter to X" with the "to" on the verb
            owners = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
            to = next((g for o in owners for c in o.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                       for g in c.children if g.dep_ == "pobj"), None)
            if to is not None:
                sender = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) \
                    if tok.dep_ == "dobj" else None
                # "Lee and Ortiz sent a letter …": any of the senders may sign; only a person
                # named as the one sender other than the speaker makes it another's letter
                sent_by = [index.at(s) for s in (sender, *sender.conjuncts)] if sender is not None else []
                if speaker is not None and speaker.type == "person" and sent_by and all(
                        r is not None and r.type == "person" and r.id != speaker.id for r in sent_by):
                    return None  # the nearest letter is another's
                return _audience(to, index, resolver, strict=False)
    return None


def outlet_told(addressee: EntityRef | None, reported_by: EntityRef | None) -> EntityRef | None:
    """A news outlet that was told carried the quote too ("…, he told Reuters")."""
    if reported_by is None and addressee is not None and (addressee.type == "media" or addressee.type in (
            "organization", "group") and _named_as_outlet(addressee.name)):
        return addressee
    return reported_by


# the head nouns that make a told organisation's name an outlet's ("told Al-Ahram newspaper",
# "told the Kathimerini daily"); "agency", "network", "channel" name other bodies too
_OUTLET_HEADS = MEDIA_NOUNS - {"agency", "network", "channel", "outlet", "website", "publication"}


def _named_as_outlet(name: str) -> bool:
    """Whether a name ends in a noun for a news outlet ("Al-Ahram newspaper") or has an outlet's shape."""
    words = name.split()
    if not any(w[:1].isupper() for w in words):
        return False  # "a local newspaper": no outlet named
    return words[-1].lower() in _OUTLET_HEADS or outlet_shaped(name, strong_only=True)
