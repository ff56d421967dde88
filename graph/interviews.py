"""Interviews: what a speaker says in an interview is said to the interviewer, quote after quote.

A reader who meets "Lee told radio host Mark Reyes on Tuesday that …" or "Grant defended his
vote in an interview with the Herald" takes every later quote of that speaker that names no
setting of its own as said in that interview, however much narration or however many other
speakers' quotes stand in between: the article goes on reporting the interview until it names
another setting of the same speaker ("said at a rally", "told reporters", "wrote on Twitter",
"said in a statement", "said last year"), which takes over.

An interview is a setting a reader recognises as one: a news outlet told or spoken to, an
"interview" named in the sentence, "appeared on X", "on X's show", or a person the article
presents as a journalist (a host, anchor, reporter … or someone of an outlet). A person told in
a conversation ("Kim told Lee: …") is not: Kim may have turned to someone else since, and
``carry_over`` keeps that audience for the very next quote only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from spacy.tokens import Doc, Span as SpacySpan, Token

from .addressees import from_setting, from_verb, on_air, outlet_told
from .addressees.audience import audience, press_event, reporters
from .addressees.sequence import POSTED_CHANNELS
from .addressees.settings import HOLDING_VERBS
from .entities import EntityIndex
from .model import EntityRef
from .outlets import outlet_shaped
from .speakers import SpeakerResolver

# The press as an audience ("told reporters", "a news conference" → reporters): a press
# conference goes on, quote after quote, as an interview does.
_PRESS = frozenset({"reporters", "journalists"})
# Cues of an appeal ("urged …", "called on Americans to …"): the one appealed to is no new setting.
# Unlike the addressee rules' list (addressees/sequence.py), no "ask": a journalist's question
# starts an interview here.
_APPEALS_NO_SETTING = frozenset("urge call invite challenge encourage press beg implore exhort".split())
# Role nouns of people who interview for a living ("radio host Mark Reyes", "Reyes, a reporter").
_JOURNALIST_NOUNS = frozenset("""
host anchor anchorman anchorwoman reporter interviewer journalist correspondent presenter columnist
editor commentator broadcaster moderator podcaster newscaster
""".split())
# Programmes an interview is given on ("on Reyes's show", "on the network's morning program").
_SHOW_NOUNS = frozenset("show program programme podcast broadcast segment".split())
# Verbs whose words are written, not said in an interview ("wrote on Twitter", "posted").
_WRITTEN = frozenset("write tweet post publish blog".split())
# Prepositions that place words in a setting of their own ("at a rally", "in a statement", "on Twitter").
_SETTING_PREPS = frozenset("at in during on via through over before after from".split())
# Verbs of narration whose object or "to" phrase is one spoken to ("told Dane", "spoke to the Herald");
# "referred to Obama", "wrote to the board" are not an interview.
_TELLING = frozenset("tell speak talk say explain".split())
# Channels of words of their own when a cue's clause uses them ("used his speech to call for …",
# "used her blog to …"): those words are posted or issued in, a speech and a piece of writing.
_OWN_CHANNELS = POSTED_CHANNELS | frozenset("speech address letter book essay ad".split())
# Phrasal verbs of talking to someone, with their particle and preposition ("sat down with X",
# "opened up to X"): an interview when X is an outlet or a journalist.
_PHRASAL_TALK = {"sit": ("down", "with"), "open": ("up", "to")}
# Verbs by which a speaker gives an interview ("gave an interview to the Herald").
_GIVING = frozenset("give grant do".split())
# Conjunctions of a time clause that dates the words ("when he was in Iowa, he said").
_TIME_MARKS = frozenset("when while as after before since until once".split())
# Links from a cue up to the clause whose setting it shares ("booed …; praised …; declared").
_CLAUSE_LINKS = frozenset("conj relcl acl advcl xcomp".split())


@dataclass(frozen=True)
class _Interview:
    """An interview going on: who is told, and the day it is dated by (folded), if any."""

    audience: EntityRef
    day: str | None
    past: bool = False  # told in the past tense ("said Sunday on NBC"): "he says" is another occasion


def interviews_go_on(drafts: Sequence, doc: Doc, index: EntityIndex, resolver: SpeakerResolver,
                     speaker_of: Callable) -> None:
    """Give every quote with no audience of its own, said after an interview of its speaker
    was named and before another setting of that speaker is, the interviewer as addressee
    (and, for an outlet, as the outlet that carried it)."""
    going: dict[str, _Interview | None] = {}  # speaker id → the interview of theirs going on
    aside: set[str] = set()  # speakers whose last quote was set aside: a cue-less quote after it follows it
    spans = (doc.char_span(d.start, d.end, alignment_mode="expand") for d in drafts)
    quote_sents = {span.sent.start for span in spans if span is not None}
    quote_sents |= {d.verb.sent.start for d in drafts if d.verb is not None}
    sents = list(doc.sents)
    n = 0
    for d in sorted(drafts, key=lambda d: d.start):
        while n < len(sents) and sents[n].end_char <= d.start:
            if sents[n].start not in quote_sents:
                _narrated(sents[n], index, resolver, going)
            else:
                # "… after Lee held a news conference in which he continued his attack, saying …":
                # a quote's sentence may tell of a press event its speaker goes on at
                _press_event_held(sents[n], index, resolver, going)
            n += 1
        spk = speaker_of(d)
        if spk is None:
            continue
        sent = d.verb.sent if d.verb is not None else None
        if d.addressee is not None and d.verb is not None and d.verb.lemma_.lower() == "ask" \
                and d.addressee.type == "person" and _journalist(spk, index, doc):
            # "Dane asked Lindqvist whether …": the one a journalist asks is interviewed
            going[d.addressee.id] = _Interview(spk, _day(d.verb), d.verb.tag_ == "VBD")
        if d.addressee is not None and d.verb is not None and d.verb.lemma_.lower() in _APPEALS_NO_SETTING \
                and going.get(spk.id) is not None and d.addressee.id != going[spk.id].audience.id:
            continue  # "as he called on Americans not to …": an appeal names no new setting
        if d.addressee is not None:
            # its own audience: an interview that goes on (or starts), or another setting
            now = going.get(spk.id)
            if now is not None and now.audience.id == d.addressee.id:
                # the same interview told again ("…,” she told Dane): it keeps its day
                going[spk.id] = _Interview(now.audience, _day(d.verb) or now.day, now.past)
            else:
                going[spk.id] = _Interview(d.addressee, _day(d.verb), d.verb.tag_ == "VBD") \
                    if sent is not None and _interview(d.addressee, sent, index) else None
            continue
        now = going.get(spk.id)
        if now is None:
            continue
        anchor = d.verb if d.verb is not None else doc[d.cue_token] if d.cue_token is not None else None
        where = _setting_of(anchor, now.day, [(c.start, c.end) for c in d.contents]) if anchor is not None else None
        if where is None and now.past and anchor is not None and anchor.tag_ in ("VBZ", "VBP"):
            where = "aside"  # "Perez said on NBC …" then a profile's "he says": the reporter's own talk
        if where is None and anchor is None and spk.id in aside:
            where = "aside"  # "…,” he says. “…”: the words after go on where those were said
        aside.discard(spk.id)
        if where is not None:
            aside.add(spk.id)
            if where == "own":
                going[spk.id] = None  # "said at a rally", "said last year": another setting takes over
            continue
        d.addressee = now.audience
        # an outlet that interviewed carried the words; not a host the model typed as an
        # organisation ("talk show host Victor Dane"), as for the quote told to them
        d.reported_by = outlet_told(now.audience, d.reported_by)


_ONE_PERSON = frozenset({"he", "she", "him", "her"})


def _person_named(tok: Token | None, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The actor ``tok`` names, or the one person "he"/"him"/"she"/"her" stands for (only
    those: resolving "they" registers the group it stands for, "NATO foreign ministers", an
    actor no quote needs)."""
    if tok is None:
        return None
    return index.at(tok) or (resolver.resolve(tok).entity if tok.lower_ in _ONE_PERSON else None)


def _narrated(sent: SpacySpan, index: EntityIndex, resolver: SpeakerResolver,
              going: dict[str, _Interview | None]) -> None:
    """A sentence of narration about a speaker that names a setting of theirs ("Grant defended
    his vote in an interview with the Herald on Friday"; "Reyes asked her about the plant")."""
    if _press_event_held(sent, index, resolver, going):
        return
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return
    who = _person_named(subj, index, resolver)
    if who is None:
        return
    if root.lemma_.lower() == "ask" and _journalist(who, index, sent.doc):
        # "Reyes asked her about the plant": the one asked is interviewed by the asker
        asked = next((c for c in root.children if c.dep_ in ("dobj", "dative")), None)
        one = _person_named(asked, index, resolver)
        if one is not None and one.id != who.id:
            going[one.id] = _Interview(who, _day(root), root.tag_ == "VBD")
        return
    if root.lemma_.lower() == "interview" and root.pos_ == "VERB" and not any(c.dep_ == "neg" for c in root.children):
        _interviewed(root, subj, who, index, resolver, going)
        return
    if root.lemma_.lower() in _WRITTEN:
        going[who.id] = None  # "she also wrote an op-ed for the Times": writing, no interview
        return
    if who.id not in going and who.type != "person":
        return  # only a speaker's setting matters; a body is rarely interviewed in narration
    if any(t.pos_ == "NOUN" and t.lemma_.lower() == "interview" and not (
            t.dep_ == "pobj" and t.head.lower_ in ("in", "during", "over", "on")
            or t.dep_ == "dobj" and t.head.i == root.i and root.lemma_.lower() in _GIVING
            and not any(c.dep_ == "neg" for c in root.children)) for t in sent):
        return  # "he watched old Trump interviews": interviews talked about, not one given here
        # ("gave an interview to the Herald" is one given)
    told = from_verb(root, index, resolver, who) if root.lemma_.lower() in _TELLING else _sat_with(root, index, resolver)
    ref = _on_show(root, index) or told or from_setting(root, index, resolver)
    if ref is None or ref.id == who.id:
        return
    # "opened up to Rolling Stone", "gave GQ an interview": no one opens up to or is given an
    # interview by a body that is not an outlet, whatever type the model gave its name
    certain = ref is told and ref.type == "organization" and _only_an_interview(root)
    # "sat down with Rolling Stone", "opened up to GQ": a verb that opens an interview frames the
    # profile that follows, whose words go on in its present tense ("…,” she says), unlike
    # "said on NBC" and a profile's "he says" after it, the writer's own talk
    opened = ref is told and root.lemma_.lower() not in _TELLING
    going[who.id] = _Interview(ref, _day(root), root.tag_ == "VBD" and not opened) \
        if certain or _interview(ref, sent, index) else None


def _interviewed(verb: Token, subj: Token, who: EntityRef, index: EntityIndex, resolver: SpeakerResolver,
                 going: dict[str, _Interview | None]) -> None:
    """ "The Herald interviewed Lee on Monday", "Lee was interviewed by the Herald": the one
    interviewed speaks to the interviewer in the quotes after, when that is an outlet or a
    journalist (not "the police interviewed Lee": no one the words go to in an article)."""
    if subj.dep_ == "nsubjpass":
        by = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        one, interviewer = who, audience(by, index, resolver, strict=True) if by is not None else None
    else:
        asked = next((c for c in verb.children if c.dep_ == "dobj"), None)
        one = _person_named(asked, index, resolver)
        interviewer = who
    if one is None or interviewer is None or one.id == interviewer.id:
        return
    # (an outlet the model typed an organisation has an outlet's name: "the Des Moines Register")
    if interviewer.type == "media" or interviewer.type == "organization" and outlet_shaped(interviewer.name) \
            or _journalist(interviewer, index, verb.doc):
        going[one.id] = _Interview(interviewer, _day(verb), verb.tag_ in ("VBD", "VBN"))


def _press_event_held(sent: SpacySpan, index: EntityIndex, resolver: SpeakerResolver,
                      going: dict[str, _Interview | None]) -> bool:
    """ "… hours after Lee held a news conference nearby in which he attacked Ruiz. “…,” Lee
    said": a speaker said to hold a press event anywhere in a sentence of narration speaks to its
    reporters in the quotes after it, as in an interview."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOLDING_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        event = next((c for c in verb.children if c.dep_ == "dobj" and press_event(c)), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if event is None or subj is None:
            continue
        who = _person_named(subj, index, resolver)
        ref = reporters(event, index) if who is not None and who.type == "person" else None
        if ref is not None:
            going[who.id] = _Interview(ref, _day(verb), verb.tag_ == "VBD")
            return True
    return False


def _only_an_interview(verb: Token) -> bool:
    """Whether a verb can only open an interview: "opened up to X", "gave X an interview"."""
    return _gives_an_interview(verb) or verb.lemma_.lower() == "open" and _has_particle(verb, "up")


def _gives_an_interview(verb: Token) -> bool:
    """ "gave CNN an interview", "granted an interview to the Herald"."""
    return verb.lemma_.lower() in _GIVING and any(c.dep_ == "dobj" and c.lemma_.lower() == "interview"
                                                  for c in verb.children)


def _has_particle(verb: Token, particle: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def _sat_with(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The one a phrasal verb of talking names ("sat down with CNN's Tom Reyes", "opened up to
    the Herald") or an interview is given ("gave CNN an interview"): an interview when that
    one is an outlet or a journalist."""
    if _gives_an_interview(verb):
        # "gave CNN an exclusive interview": the one given it is the interviewer
        given = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
        return audience(given, index, resolver, strict=True) if given is not None else None
    prep = _PHRASAL_TALK.get(verb.lemma_.lower())
    if prep is None or not _has_particle(verb, prep[0]):
        return None
    pobj = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == prep[1]
                 for g in c.children if g.dep_ == "pobj"), None)
    return audience(pobj, index, resolver, strict=True) if pobj is not None else None


def _interview(ref: EntityRef, sent: SpacySpan, index: EntityIndex) -> bool:
    """Whether an audience named in ``sent`` is an interviewer: an outlet, the reporters of a
    news conference ("told reporters", "at a news conference"), anyone in a sentence that names
    an interview or a show, or a journalist."""
    if ref.type == "media" or ref.type == "group" and ref.name.lower() in _PRESS:
        return True
    if ref.type == "organization" and not any(w[:1].isupper() for w in ref.name.split()):
        return False  # "an interview in his office": a place, no interviewer named
    # the one named in the phrase of an interview or a show ("an interview with X", "X's show",
    # "appeared on X"); not anyone else in its sentence ("during interviews, he referred to Y")
    named = [t for t in sent if index.at(t) is not None and index.at(t).id == ref.id]
    for t in sent:
        low = t.lemma_.lower()
        if low in ("interview", "interviewer") or low in _SHOW_NOUNS and t.pos_ == "NOUN" \
                or low == "appear" and any(c.lower_ == "on" for c in t.children):
            if ref.type in ("person", "organization") and any(n in t.subtree or n.head.i == t.i for n in named):
                return True
    return _journalist(ref, index, sent.doc)


def _journalist(ref: EntityRef, index: EntityIndex, doc: Doc) -> bool:
    """Whether the article presents a person as a journalist: a role noun of the trade ("radio
    host Mark Reyes", "Reyes, a reporter") or an outlet they belong to ("CNN's Jake Tapper",
    "Megyn Kelly of Fox News")."""
    if ref.type not in ("person", "organization"):
        return False  # (a person the model missed is kept as an organization: "host Victor Dane")
    cluster = index.cluster_by_id(ref.id)
    if cluster is None:
        return False
    if cluster.roles & _JOURNALIST_NOUNS:
        return True
    for m in cluster.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        near = [c for c in head.children if c.dep_ in ("compound", "amod", "appos", "poss")]
        near += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "at")
                 for g in c.children if g.dep_ == "pobj"]
        if head.dep_ == "appos":
            near.append(head.head)  # "a reporter, Mark Reyes"
        for t in near:
            if t.lemma_.lower() in _JOURNALIST_NOUNS:
                return True
            owner = index.at(t)
            if owner is not None and owner.type == "media":
                return True
    return False


def _on_show(verb: Token, index: EntityIndex) -> EntityRef | None:
    """ "appeared on CNN", "said on Reyes's show": the outlet, or the show's owner."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if verb.lemma_.lower() == "appear":
            ref = on_air(pobj, index)
            if ref is not None:
                return ref
        if pobj.lemma_.lower() in _SHOW_NOUNS:
            owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
            ref = index.at(owner) if owner is not None else None
            if ref is not None and ref.type in ("person", "media", "organization"):
                return ref
    return None


def _day(verb: Token | None) -> str | None:
    """The date a cue or narration verb is dated by ("on Friday", "Tuesday"), folded."""
    if verb is None:
        return None
    for t in _setting_words(verb):
        if t.ent_type_ in ("DATE", "TIME"):
            return t.lower_
    return None


def _setting_words(verb: Token) -> list[Token]:
    """The heads of the phrases that place the words of ``verb``: its own "at/in/on …" phrases
    and bare dates, and those of a participle hanging on it ("speaking at a rally, she said")."""
    owners = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    found = []
    for o in owners:
        for c in o.children:
            if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS:
                found.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ in ("npadvmod", "tmod") and c.ent_type_ in ("DATE", "TIME"):
                found.append(c)
    return found


def _setting_of(verb: Token, day: str | None, said: Sequence[tuple[int, int]]) -> str | None:
    """How a quote's cue stands to the interview going on: "own" when the cue names a setting
    of its own, which takes over (written words; a place or channel: "at a rally", "in a
    statement", "on Twitter"; another date: "said last year", "in 2014"; a time clause: "when he
    was in Iowa, he said"); "aside" when only the narration around it is placed elsewhere, so
    this quote is not in the interview but the interview goes on (a date in its sentence outside
    the words ``said``: "30 years ago, according to him, …"; the clause it hangs on or is
    coordinated with: "a week in which he was booed at a debate and declared …", "used his
    speech to call for …"); None when it is in the interview. The interview's day is no other."""
    if verb.lemma_.lower() in _WRITTEN:
        return "own"
    t = verb
    while True:
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in c.children)
               for c in t.children):
            return "own" if t is verb else "aside"
        if t is not verb and any(c.dep_ == "dobj" and c.lemma_.lower() in _OWN_CHANNELS for c in t.children):
            return "aside"  # "used his acceptance speech to call for …"
        for w in _setting_words(t):
            if w.ent_type_ in ("DATE", "TIME"):
                if w.lower_ != day:
                    return "own" if t is verb else "aside"
            elif w.pos_ == "PROPN" or any(c.dep_ in ("det", "poss") for c in w.children):
                return "own" if t is verb else "aside"
        if t.dep_ not in _CLAUSE_LINKS or t.head.i == t.i:
            break
        if t.dep_ in ("relcl", "acl") and t.head.ent_type_ in ("DATE", "TIME"):
            return "aside"  # "the week in which he declared …": dated by its own time
        t = t.head
    if any(e.label_ in ("DATE", "TIME") and (day is None or day not in e.text.lower().split())
           and not e.text.isdigit() and not _inside(e, said) for e in verb.sent.ents):
        return "aside"  # "He crossed the border 30 years ago after, according to him, …"
    return None


def _inside(span: SpacySpan, said: Sequence[tuple[int, int]]) -> bool:
    """Whether a span stands in the words said (which date nothing about the saying): in the
    quote's contents, or between quotation marks in its sentence."""
    if any(start <= span.start_char < end for start, end in said):
        return True
    before = span.doc[span.sent.start:span.start]
    return sum(t.is_quote for t in before) % 2 == 1
