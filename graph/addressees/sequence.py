"""Audiences across quotes: a quote that goes on in the same interview, letter or press
conference keeps its audience; an answer goes to the one who asked; the sentence before may
tell the setting; a news outlet told carried the quote."""

from __future__ import annotations

from bisect import bisect_right
from typing import Protocol, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .. import gazetteer
from ..cues import BACK_RETORTS
from ..entities import EntityIndex
from ..model import EntityRef
from ..outlets import outlet_shaped, told_by_title
from ..speakers import MEDIA_NOUNS, SpeakerResolver
from .audience import audience, press_event, reporters
from .channels import channel_audience
from .crowds import counted_people
from .questions import asking_clause
from .settings import HOLDING_VERBS, from_setting
from .verbs import from_verb


class _Attributed(Protocol):
    """What ``carry_over`` reads and sets on an attribution being assembled."""

    addressee: EntityRef | None
    reported_by: EntityRef | None
    para: int
    start: int
    end: int


# Channels a conversation goes on in: the quotes after one said in them keep its audience.
# A court filing or brief too: "told the court in his filing. “…,” he wrote."; a message or an
# email as a letter ("sent a text message to his backers, asking them to …. “…,” he said").
_GOING_ON = frozenset("""interview letter message email call conversation session exchange chat filing brief
discussion""".split())


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
    # an answer to the one who asked ("After Lunde asked her whether …, she replied") opens an
    # exchange that the next quotes go on in
    return any(channel(t) or asking_clause(t, verb) for t in verb.sent)


# Cues of an appeal to someone ("urged lawmakers to …", "called on Americans to …"): the one
# appealed to is that appeal's audience, not of the words quoted after it.
_APPEALS = frozenset("urge call ask invite challenge encourage press beg implore exhort order instruct".split())
# Cues that go on with the words just said ("…,” he added"; "she continued"): the same audience.
_GOING_ON_CUES = frozenset("add continue".split())


def carry_over(drafts: Sequence, speaker_of, in_channel=lambda d: False, cue_lemma=lambda d: None,
               named_before=lambda d: None, reach: int = 1) -> None:
    """Quotes that go on in the same interview or press conference keep its audience: a quote
    right after one told to an outlet or to reporters, by the same speaker, with no audience
    of its own and nobody else quoted in between (the paragraph after at most). A person told
    is kept only when the first quote was said in an interview, a letter or a call
    (``in_channel``) or the next quote goes on from it ("Kim told Lee that … “…,” Kim added"; a
    quote with no cue of its own in the same paragraph):
    "Kim told Lee: “…” “…,” Kim said" may have turned to someone else. Nor is an audience kept
    past a sentence that puts the speaker in another setting (``named_before``: "… Hale told
    Reuters. He repeated the pledge at a town hall in Perth. “…,” he said"). ``reach``: how many
    paragraphs on an audience is kept (0: in its own paragraph only)."""
    prev = None
    carried: set[int] = set()  # the interview goes on: "…,” he continued. “…,” he added.
    for d in drafts:
        spk = speaker_of(d)
        if prev is not None and d.addressee is None and spk is not None:
            p_spk = speaker_of(prev)
            if p_spk is not None and p_spk.id == spk.id and prev.addressee is not None \
                    and (prev.addressee.type in ("media", "group") or in_channel(prev) or id(prev) in carried
                         # "told parliament that …. “…,” she said": a body spoken to hears the
                         # speaker go on, when the next words are said on (not "announced", "talks about")
                         or prev.addressee.type == "organization" and cue_lemma(d) in _SAYING_ON
                         or cue_lemma(d) in _GOING_ON_CUES
                         # "…,” Kim told Lee. “…”: words quoted on with no cue of their own, in
                         # the same paragraph, are the same telling
                         or cue_lemma(d) is None and d.para == prev.para) \
                    and 0 <= d.para - prev.para <= reach and not (cue_lemma(prev) in _APPEALS and not in_channel(prev)
                                                         and cue_lemma(d) not in _GOING_ON_CUES) \
                    and d.start >= prev.end and _same_setting(named_before(d), prev.addressee) \
                    and not _placed_by_cue(d.verb) and not _posted(d):
                d.addressee = prev.addressee
                carried.add(id(d))
                if prev.addressee.type == "media" and d.reported_by is None:
                    d.reported_by = prev.addressee
        prev = d


# Cues of words said on to the same body ("“…,” she said", "she added"), not a new act of speech.
_SAYING_ON = frozenset("say add continue".split())
# Verbs of telling someone something, whose object the words said next go on to ("Lee warned the
# donors against complacency. “Do not believe the polls,” she said."); not appeals ("urged
# Congress to act"), which may be made elsewhere.
_TELLING = frozenset("tell warn assure reassure remind".split())


def _same_setting(named: EntityRef | None, kept: EntityRef) -> bool:
    """Whether a kept audience still holds: no setting named since, or that same one again."""
    return named is None or named.id == kept.id


def _placed_by_cue(verb: Token | None) -> bool:
    """Whether a cue places its words itself ("Lew said at the opening session of the talks",
    "she said during the debate"): then they were not said where an earlier quote or the
    sentence before was ("… at a university forum"). A time ("at noon", "at one point") places nothing."""
    if verb is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("at", "during") and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.pos_ in ("NOUN", "PROPN")
        and g.lemma_.lower() not in _TIME_NOUNS for g in c.children) for c in verb.children)


# Where words are posted or issued rather than said to someone: "on his Facebook page, writing
# “…”", "in a statement", "in a post on X". (Not a book or a letter: "she said, as recalled by an
# aide in a book" was said to those the sentence before names; interviews adds them, and a speech.)
POSTED_CHANNELS = frozenset("post tweet account feed blog column website statement video op-ed".split())


def _posted(d) -> bool:  # noqa: ANN001 - an attribution being assembled
    """Whether the cue's sentence, outside the words quoted, posts or issues them ("shared a
    syllabus on his Facebook page, writing “…”"): they went to no interviewer kept from before
    (the parser may hang "on his page" anywhere in the sentence, so the sentence is read)."""
    if d.verb is None:
        return False
    return any(t.dep_ == "pobj" and t.head.lower_ in ("on", "in", "via") and not d.start <= t.idx < d.end
               and (t.lemma_.lower() in POSTED_CHANNELS or gazetteer.is_platform(t.text)
                    or t.lower_ == "ed" and any(c.lower_ == "op" for c in t.children)  # "op-ed", split
                    # "on his Facebook page", not "on the site of the collapse"
                    or t.lemma_.lower() == "page" and any(c.dep_ == "compound" for c in t.children))
               for t in d.verb.sent)


# Nouns of a moment, not a place: "at one point", "at the time", "at the end".
_TIME_NOUNS = frozenset("point time moment end start beginning outset close stage".split())


def answers(drafts: Sequence, speaker_of, cue_lemma) -> None:
    """A question and the answer right after it, by two speakers ("“That would be you?” Lee
    asked. “It would,” the senator said."): the answer goes to the one who asked, and the
    question to the one who answered, when the text names no other audience."""
    for prev, d in zip(drafts, drafts[1:]):
        if not 0 <= d.para - prev.para <= 1 or d.start < prev.end:
            continue
        if cue_lemma(prev) != "ask":
            _retort(prev, d, speaker_of, cue_lemma)
            continue
        asker, answerer = speaker_of(prev), speaker_of(d)
        if asker is None or answerer is None or asker.id == answerer.id:
            continue
        if d.addressee is None and (prev.addressee is None or prev.addressee.id == answerer.id):
            d.addressee = asker
            if prev.addressee is None:
                prev.addressee = answerer


def questions_put(drafts: Sequence, index: EntityIndex, resolver: SpeakerResolver, speaker_of) -> None:
    """ "Asked whether he would run again, Brun said …", "When asked by Reed how she would pay for
    it, Varga said …": the question a fronted "asked" reports was put to the one whose answer
    the sentence goes on to give, the subject of the clause the participle hangs on (whoever
    asked: the agent, or no one named). The one asked is the question's audience before the
    place of the asking ("Asked … during an appearance on CBS, Lee said": the question to Lee)."""
    for d in drafts:
        verb = d.verb
        if verb is None or verb.lemma_.lower() != "ask" or verb.tag_ != "VBN" \
                or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        doc = verb.doc
        if not (doc[verb.left_edge.i].idx <= d.start and d.end <= doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i])):
            continue  # the question itself, not words quoted outside it ("“…,” he told Reuters when asked if …")
        # the answer quoted is the best witness of who answered ("Asked …, she said, “I read it”":
        # the parser may make the quote the root, whose subject is the speaker's "I")
        answerer = next((who for e in drafts if e is not d and e.verb is not None and asking_clause(verb, e.verb)
                         for who in [speaker_of(e)] if who is not None), None)
        ref = answerer if answerer is not None else _answering_subject(verb, index, resolver)
        own = speaker_of(d)
        if ref is not None and (own is None or own.id != ref.id):
            d.addressee = ref


def _answering_subject(asked: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The subject of the clause a fronted "asked" hangs on ("Asked …, Rubio gave a roundabout
    answer"): a name or a pronoun, outside quotation marks."""
    head = asked.head
    if head.pos_ not in ("VERB", "AUX") or head.i < asked.i:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    named = index.at(subj)
    if named is not None:
        return named if named.type in ("person", "organization", "group") else None
    if subj.pos_ == "PRON" and subj.lower_ in ("he", "she"):
        return resolver.resolve(subj).entity
    return None


def questions_answered(drafts: Sequence, speaker_of) -> None:
    """A question quoted to someone and that one's words right after ("A nurse asked Varga about
    the clinic. “Will you reopen it?” the nurse said. “We will,” Varga said."): the answer goes to
    the one who asked, whatever the question's cue (run once the questions have their audience)."""
    for prev, d in zip(drafts, drafts[1:]):
        if d.addressee is not None or not 0 <= d.para - prev.para <= 1 or d.start < prev.end:
            continue
        asker, answerer = speaker_of(prev), speaker_of(d)
        if asker is None or answerer is None or asker.id == answerer.id or not _a_question(prev):
            continue
        if prev.addressee is not None and prev.addressee.id == answerer.id:
            d.addressee = asker


def _a_question(d) -> bool:  # noqa: ANN001 - an attribution being assembled
    """Whether words quoted end with a question mark ("“Should we believe them?” she said")."""
    return d.kind == "direct" and d.contents[-1].text.rstrip(" \"'\u201d\u2019").endswith("?")


# Cues of a retort to the words just quoted: "“…,” Lee shot back", "Berg replied".
_RETORTS = frozenset("reply respond retort counter".split())


def _retort(prev, d, speaker_of, cue_lemma) -> None:  # noqa: ANN001
    """“You never paid your share,” Lowe said. “That's not true,” Vance shot back: a retort goes
    to the one whose words it answers, when the two are people and the first was said to no one
    else (or to the one retorting)."""
    lemma = cue_lemma(d)
    if d.addressee is not None or d.verb is None or not (
            lemma in _RETORTS or lemma in BACK_RETORTS and any(
                c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in d.verb.children)):
        return
    if d.para != prev.para and not (getattr(prev, "kind", None) == getattr(d, "kind", None) == "direct"):
        # across paragraphs only an exchange of words quoted ("“…,” Maddow said. ¶ “…,” Lee
        # responded"); "Toomey refused, responding that …" may answer reporters
        return
    first, answering = speaker_of(prev), speaker_of(d)
    if first is None or answering is None or first.id == answering.id or "person" != first.type \
            or answering.type != "person":
        return
    if prev.addressee is None or prev.addressee.id == answering.id:
        d.addressee = first


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
        if d.addressee is None and d.verb is not None:
            d.addressee = _interview_named_before(d.verb, index, resolver, spk)
            if d.addressee is not None and d.addressee.type == "media" and d.reported_by is None:
                d.reported_by = d.addressee  # an outlet that interviewed carried the words
        if d.addressee is not None or spk is None:
            continue
        if starts is None:
            starts = [t.idx for t in doc]
        before = _sentence_before(d, doc, starts)
        if before is None:
            continue
        root, subj = _clause_of(before)
        if subj is None:
            continue
        who = _who_is(subj, index, resolver)
        if who is not None and who.id != spk.id and root.lemma_.lower() in _QUESTIONED:
            # "Lee asked Ruiz whether … “…,” Ruiz said"; "Dunn pressed her on her record. “…,” she
            # responded": the answer goes to the one who asked
            asked = next((c for c in root.children if c.dep_ in ("dobj", "dative")), None)
            asked_ref = None if asked is None else index.at(asked) or (
                resolver.resolve(asked).entity if asked.pos_ == "PRON" else None)
            if asked_ref is not None and asked_ref.id == spk.id or asked is not None and _many_asked(asked) \
                    and d.verb is not None and d.verb.lemma_.lower() in _REPLIES:
                # (and "The moderator asked the candidates whether … “No,” Kasich replied": one of
                # those asked answers, by a verb of answering)
                d.addressee = who
            continue
        if root.lemma_.lower() == "ask" and (who is not None and who.id == spk.id
                                                    or who is None and _same_description(subj, d.verb)):
            # "A woman asked Lee about the charges. “Should we believe them?” the woman said":
            # the asker's words go on to the one asked
            asked = next((c for c in root.children if c.dep_ in ("dobj", "dative")), None)
            ref = index.at(asked) if asked is not None else None
            if ref is not None and ref.type == "person" and ref.id != spk.id:
                d.addressee = ref
            continue
        if who is None:
            # "About 300 people stood in the rain to hear Lee speak. “You honor us,” Lee said":
            # the people who came to hear the speaker heard the words
            ref = _came_to_hear(root, subj, spk, index, resolver)
            if ref is not None:
                d.addressee = ref
                continue
        if who is not None and who.id != spk.id and who.type == "person" and d.verb is not None \
                and d.verb.lemma_.lower() in _REPLIES \
                and _addressed(root, spk, index, resolver):
            # "Costa wrote to Minister Neves in May. He replied that …": the reply goes to the one
            # who wrote, asked or told
            d.addressee = who
            continue
        if _placed_by_cue(d.verb) or _posted(d):
            continue  # posted words were not said where the sentence before was ("In an op-ed, Lee wrote")
        if who is None or who.id != spk.id:
            ref = _press_event_held(before, spk, index)
            if ref is not None:
                d.addressee = ref
            continue
        ref = _asked_by(root, index, resolver) or _told_before(root, d, spk, index, resolver) \
            or _spoke_to(root, index, resolver) or _audience_of_setting(root, spk, index, resolver)
        if ref is not None:
            d.addressee = ref
            if ref.type == "media" and d.reported_by is None:
                d.reported_by = ref


def _press_event_held(sent, speaker: EntityRef, index: EntityIndex) -> EntityRef | None:  # noqa: ANN001
    """The reporters of a press event a clause below the sentence's own says the speaker held
    ("Bell spoke hours after Ruiz held a news conference nearby", "…, Ruiz, who held a news
    conference on Monday, …"), or None: the setting is the speaker's though the sentence's
    subject is someone else."""
    for verb in sent:
        if verb.dep_ == "ROOT" or verb.lemma_.lower() not in HOLDING_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
            subj = verb.head  # "Ruiz, who held …": the name the clause hangs on
        named = index.at(subj) if subj is not None else None
        held = next((c for c in verb.children if c.dep_ == "dobj" and press_event(c)), None)
        if named is not None and named.id == speaker.id and held is not None:
            return reporters(held, index)
    return None


# Verbs of coming to hear someone: "stood in the rain to hear Lee speak", "packed a gym to listen
# to Lee", "lined up to see Lee".
_HEARING = frozenset("hear listen see watch".split())


def _came_to_hear(root: Token, subj: Token, speaker: EntityRef, index: EntityIndex,
                  resolver: SpeakerResolver) -> EntityRef | None:
    """The people of ``subj`` when the sentence has them come to hear the speaker ("about 300
    people stood in the rain to hear Lee and Moe speak", "a crowd gathered to hear Lee"), else None."""
    if not (subj.tag_ in ("NNS", "NNPS") or counted_people(subj)) or subj.pos_ not in ("NOUN", "PROPN") \
            or root.tag_ != "VBD":
        return None  # people, a crowd, who came: not "the bill", "Lee", nor "voters will get to hear Lee"
    for hear in root.children:
        if hear.dep_ not in ("advcl", "xcomp") or hear.lemma_.lower() not in _HEARING \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in hear.children):
            continue
        heard = [c for c in hear.children if c.dep_ == "dobj"]
        heard += [g for c in hear.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        heard += [g for c in hear.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"]  # "to listen to Lee"
        for tok in (t for h in heard for t in (h, *h.conjuncts)):  # "to hear Lee and Moe speak"
            ref = index.at(tok) or (resolver.resolve(tok).entity if tok.pos_ == "PRON" else None)
            if ref is not None and ref.id == speaker.id:
                return audience(subj, index, resolver, strict=False)
    return None


# Verbs of being put questions: "was pressed by Dunn on her emails", "was asked by a voter".
_QUESTIONED = frozenset("ask press question quiz grill challenge".split())


# Verbs whose object is the audience spoken to: "addressed the convention", "briefed reporters".
_ADDRESSING = frozenset("address brief".split())
# Nouns of the press met: "met reporters", "met with journalists" (one met alone may be a meeting
# the words were not said in).
_PRESS_MET = frozenset("reporter journalist press media".split())


def _spoke_to(root: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """"Lowe spoke to about 300 voters at a gym. “…,” she said": the people or the person the
    speaker spoke or talked to (a name, a pronoun or people); also the ones addressed or briefed
    ("Lowe addressed the party congress on Monday"), the press met ("met reporters in Oslo") and
    the hearers of a speech given to them ("gave a speech to farmers in Bergen")."""
    low = root.lemma_.lower()
    if low in _ADDRESSING or low == "meet":
        obj = next((c for c in root.children if c.dep_ == "dobj"), None) if low in _ADDRESSING else next(
            (g for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in _PRESS_MET for g in (c,)), None) \
            or next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                     if g.dep_ == "pobj" and g.lemma_.lower() in _PRESS_MET), None)
        # (a name, a body or people: not "addressed the issue", "briefed the details")
        return audience(obj, index, resolver, strict=not counted_people(obj)) if obj is not None else None
    if low in ("give", "deliver", "make"):
        # "gave a speech to farmers": the parser hangs the "to" phrase on the verb, not the speech
        said = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in ("speech", "address")), None)
        to = next((g for c in root.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"), None)
        return audience(to, index, resolver, strict=False) if said is not None and to is not None else None
    if low not in ("speak", "talk"):
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is None:
                continue
            ref = audience(pobj, index, resolver, strict=not counted_people(pobj))  # "about 300 voters"
            if ref is not None:
                return ref
    return None


def _asked_by(root: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """"Lowe was pressed by Dunn on her emails. “…,” she said": the answer goes to the one who
    pressed (a name, a pronoun or people, as the agent names them)."""
    if root.lemma_.lower() not in _QUESTIONED or not any(c.dep_ == "nsubjpass" for c in root.children):
        return None
    by = next((g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return audience(by, index, resolver, strict=True) if by is not None else None


def _told_before(root: Token, d, speaker: EntityRef, index: EntityIndex,  # noqa: ANN001 - a draft
                 resolver: SpeakerResolver) -> EntityRef | None:
    """"Ostrand warned the donors against complacency. “Do not believe the polls,” she said": the
    people or the outlet the sentence before has the speaker tell or warn hear the words said on (a cue of saying
    on, not "announced" or "wrote", which may be another occasion)."""
    if root.lemma_.lower() not in _TELLING or d.verb is None or d.verb.lemma_.lower() not in _SAYING_ON:
        return None
    ref = from_verb(root, index, resolver, speaker)
    # (a gathering or an outlet hears the speaker go on; one person told may not: "Ekberg told
    # Voss that …. “…,” Ekberg said later" may be to anyone, as ``carry_over`` holds)
    return ref if ref is not None and ref.id != speaker.id and ref.type in ("group", "media") else None


def _many_asked(asked: Token) -> bool:
    """A plural the speaker may be one of: "asked the candidates", "asked Republicans"."""
    return asked.tag_ in ("NNS", "NNPS") or asked.pos_ == "PROPN" and asked.lower_.endswith("s") \
        and asked.ent_type_ == "NORP"


def _clause_of(sent) -> tuple[Token, Token | None]:  # noqa: ANN001
    """The main verb of a sentence and its subject. "At a town hall, a young farmer asked Weber
    about …": the small model may read "asked" as a reduced relative on the noun it makes the
    root ("a farmer [who was] asked"); a past-tense verb with an object is the clause's verb, and
    the noun its subject."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        # (the noun may hang anywhere under a root that is no verb: "At a town hall in Dover, a
        # nurse asked Weber …" parsed with "At" the root and the nurse an apposition of the town)
        acl = next((c for c in sent if c.dep_ == "acl" and c.tag_ == "VBD" and c.head.pos_ in ("NOUN", "PROPN")
                    and any(g.dep_ in ("dobj", "dative") for g in c.children)), None)
        if acl is not None:
            return acl, acl.head
    return root, next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _sentence_before(d, doc, starts: list[int]):  # noqa: ANN001
    """The sentence before the one a quote starts in, within the paragraph before at most."""
    k = bisect_right(starts, d.start) - 1
    if k <= 0:
        return None
    here = doc[k].sent
    if here.start == 0:
        return None
    before = doc[here.start - 1].sent
    if d.start - before.start_char > 1500 or "\n\n" in doc.text[before.end_char:here.start_char] and \
            doc.text[before.end_char:here.start_char].count("\n") > 2:
        return None  # at most the paragraph before
    return before


def setting_named_before(d, doc, index: EntityIndex, resolver: SpeakerResolver, speaker: EntityRef | None,
                         starts: list[int]) -> EntityRef | None:  # noqa: ANN001
    """The setting the sentence before a quote puts its speaker in ("He repeated the pledge at a
    town hall in Perth. “…,” he said" → the town hall), or None; a sentence of asking is left to
    ``setting_before``."""
    if speaker is None or d.verb is None:
        return None
    before = _sentence_before(d, doc, starts)
    if before is None or before.root.lemma_.lower() == "ask" or d.verb.sent.start == before.start:
        return None
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    who = _who_is(subj, index, resolver)
    if who is None or who.id != speaker.id:
        return None
    if before.root.lemma_.lower() in _TELLING and d.verb.lemma_.lower() in _SAYING_ON:
        # "Benitez told supporters at a rally in Cordoba that …. “…,” she said": the ones told are
        # the audience the sentence names, the rally only where they were (for words said on;
        # "she also suggested …" may be another occasion)
        told = from_verb(before.root, index, resolver, speaker)
        if told is not None and told.id != speaker.id:
            return told
    return _audience_of_setting(before.root, speaker, index, resolver)


def _who_is(subj: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The one the subject of the sentence before names, or the pronoun there stands for (only a
    pronoun is resolved here: resolving a description would register it)."""
    named = index.at(subj)
    if named is None and subj.pos_ == "NOUN":
        # "The moderator, Carla Dunn, asked Vance …": the one named in apposition
        named = next((index.at(c) for c in subj.children if c.dep_ == "appos" and index.at(c) is not None), None)
    return named or (resolver.resolve(subj).entity if subj.pos_ == "PRON" else None)


# What a setting may hand a quote as its audience: an outlet, a gathering, a person, a body.
_SETTING_AUDIENCES = ("media", "group", "person", "organization")


def _audience_of_setting(verb: Token, speaker: EntityRef, index: EntityIndex,
                         resolver: SpeakerResolver) -> EntityRef | None:
    """The audience of the setting ``verb``'s sentence puts the speaker in, when it is someone
    else than the speaker."""
    # (or "In the same interview, Lee seemed to soften. “…,” she said": the interview named before)
    ref = from_setting(verb, index, resolver) or _interview_named_before(verb, index, resolver, speaker)
    return ref if ref is not None and ref.id != speaker.id and ref.type in _SETTING_AUDIENCES else None


# Cues of an answer to the one who addressed the speaker just before.
_REPLIES = frozenset("reply respond answer retort".split())


def _addressed(verb: Token, speaker: EntityRef, index: EntityIndex, resolver: SpeakerResolver) -> bool:
    """Whether ``verb`` addresses ``speaker``: its object or "to" phrase ("wrote to Neves",
    "told him", "asked the minister") is the speaker."""
    for c in verb.children:
        target = c if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON") else next(
            (g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ in ("prep", "dative") and c.lower_ == "to" \
            else None
        if target is None:
            continue
        ref = index.at(target) or (resolver.resolve(target).entity if target.lower_ in ("him", "her") else None)
        if ref is not None and ref.id == speaker.id:
            return True
    return False


def _same_description(before: Token, verb: Token | None) -> bool:
    """ "a retired nurse asked … “…,” the nurse said": the cue's subject takes up, with "the",
    the noun that described the one in the sentence before."""
    mine = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return mine is not None and mine.pos_ == "NOUN" and before.pos_ == "NOUN" \
        and mine.lemma_.lower() == before.lemma_.lower() and any(c.lower_ == "the" for c in mine.children)


def _interview_named_before(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                            speaker: EntityRef | None) -> EntityRef | None:
    """ "… in an interview with Fox News' Chris Wallace that aired Sunday. … “…,” Lee said in
    the interview": the interview the cue places the words in by "the interview" is the one
    named last before it (a few paragraphs back at most), and its audience is theirs."""
    here = next((t for t in verb.sent if t.pos_ == "NOUN" and t.lower_ == "interview" and t.dep_ == "pobj"
                 and t.head.lower_ in ("in", "during") and t.head.head.i == verb.i
                 and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in t.children)
                 and not any(c.dep_ in ("prep", "compound", "poss") for c in t.children)), None)
    if here is None:
        return None
    doc = verb.doc
    lo = max(0, verb.sent.start - 400)
    for tok in reversed(doc[lo:verb.sent.start]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "interview" and tok.idx >= verb.sent.start_char - 3000:
            ref = channel_audience(tok, index, resolver)
            if ref is not None and (speaker is None or ref.id != speaker.id):
                return ref
    return None


# what a letter's words are quoted with: "the letter says", "the letter continues", "they wrote"
_LETTER_NOUNS = frozenset("letter email memo message note".split())
_LETTER_CUES = frozenset("write say continue add read state warn demand".split())
# Where a letter is sent that stands for the one it is sent to: "sent to his office".
_ADDRESSES = frozenset("home house apartment office residence address".split())


def _letter_written_before(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                           speaker: EntityRef | None = None) -> EntityRef | None:
    """The one a letter named a few sentences before was sent to ("sent a letter to the FBI
    director … “…,” the letter continues"; "… they wrote"): the audience of words quoted from it,
    when the cue is "wrote" or has the letter as its subject and names no channel of its own
    ("wrote on Twitter", "wrote in a column"). A letter someone else is named as sending is
    not the speaker's ("Ruiz sent a letter to Moss. … “…,” Baker wrote" was not written to Moss)."""
    lemma = verb.lemma_.lower()
    if lemma not in _LETTER_CUES or any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ in ("on", "in", "to")
                                        and not _the_letter(c) for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "… they said in the letter": words placed in a letter referred back to, whatever the cue
    in_letter = any(c.dep_ == "prep" and _the_letter(c) for c in verb.children)
    if lemma != "write" and not in_letter and (subj is None or subj.lemma_.lower() not in _LETTER_NOUNS):
        return None
    doc, here = verb.doc, verb.sent
    sents = list(doc[max(0, here.start - 600):here.start].sents)[-6:]  # the few sentences before
    for sent in reversed(sents):
        for tok in reversed(list(sent)):
            if tok.pos_ == "VERB" and tok.lemma_.lower() in ("write", "post", "tweet") and any(
                    c.dep_ == "prep" and c.lower_ in ("on", "in") and not any(
                        g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
                    for c in tok.children):
                # "wrote on Twitter" in between: the writing since is elsewhere (not "wrote to
                # Berg on Monday": a day, no channel)
                return None
            if tok.pos_ == "VERB" and tok.lemma_.lower() == "write" and tok.i < verb.sent.start:
                # "wrote to the head of the bank last week asking for a loan. “…,” he wrote in
                # the letter": the one written to
                to = next((g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                           for g in c.children if g.dep_ == "pobj"), None)
                writer = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                by = index.at(writer) if writer is not None else None
                if to is not None and (speaker is None or by is None or by.id == speaker.id):
                    ref = audience(to, index, resolver, strict=False)
                    return ref if ref is None or speaker is None or ref.id != speaker.id else None
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _LETTER_NOUNS:
                continue
            # "a letter to X", or "sent a letter to X" with the "to" on the verb, or "the letter
            # was sent to X"
            owners = [tok, tok.head] if tok.dep_ == "dobj" or tok.dep_ == "nsubjpass" and \
                tok.head.lemma_.lower() in ("send", "address", "mail", "deliver") else [tok]
            to = next((g for o in owners for c in o.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                       for g in c.children if g.dep_ == "pobj"), None)
            if to is not None and to.lemma_.lower() in _ADDRESSES:
                # "sent to Ines Berg's office": the one whose office it is
                to = next((c for c in to.children if c.dep_ == "poss"), None)
            if to is not None:
                sender = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) \
                    if tok.dep_ == "dobj" else None
                # "Lee and Ortiz sent a letter …": any of the senders may sign; only a person
                # named as the one sender other than the speaker makes it another's letter
                sent_by = [index.at(s) for s in (sender, *sender.conjuncts)] if sender is not None else []
                if speaker is not None and speaker.type == "person" and sent_by and all(
                        r is not None and r.type == "person" and r.id != speaker.id for r in sent_by):
                    return None  # the nearest letter is another's
                return audience(to, index, resolver, strict=False)
    return None


def _the_letter(prep: Token) -> bool:
    """ "in the letter", "in that email": a letter referred back to, not a channel of its own."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return prep.lower_ == "in" and pobj is not None and pobj.lemma_.lower() in _LETTER_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in pobj.children)


def titles_told(doc: Doc) -> list[SpacySpan]:
    """The organisations ``doc`` says were told, written as a publication's title ("told The
    Hill"): read once a document for ``outlet_told``, not once a quote."""
    return [e for e in doc.ents if told_by_title(e)]


def outlet_told(addressee: EntityRef | None, reported_by: EntityRef | None,
                verb: Token | None = None, titles: Sequence[SpacySpan] | None = None) -> EntityRef | None:
    """A news outlet that was told carried the quote too ("…, he told Reuters"); an organisation
    ``verb`` told by a publication's title too ("told The Hill", "told Rolling Stone"; ``titles``:
    ``titles_told`` of the document, read here when not given)."""
    if reported_by is None and addressee is not None and (addressee.type == "media" or addressee.type in (
            "organization", "group") and _named_as_outlet(addressee.name)):
        return addressee
    if reported_by is None and addressee is not None and addressee.type == "organization" and verb is not None \
            and any(addressee.name in e.text and (e.root.head.i == verb.i or e.root.head.head.i == verb.i)
                    for e in (titles if titles is not None else titles_told(verb.doc))):
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
