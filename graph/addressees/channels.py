"""The audience a channel of the telling names: "in an interview with Axios", "in a letter to the
prime minister", "remarks to reporters", "a post addressed to Ruiz", "sent a letter to the governor
saying …", "according to an interview with the Globe"."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities import EntityIndex
from ..model import EntityRef
from ..speakers import SpeakerResolver
from .audience import OPENING_QUOTES, audience, on_air, programme_after, programme_owner, someones_people
from .crowds import counted_people


# Channels whose "to"/"with" phrase names the audience: "in a letter to X", "an interview with X",
# "in a meeting with X".
CHANNEL_NOUNS = frozenset("""
interview letter message speech address remarks remark note email memo statement comments comment
call conversation podcast broadcast meeting talks talk session exchange chat breakfast lunch luncheon dinner
appearance testimony discussion
""".split())


# Channels whose "with" phrase is the one talked to: "an interview with X", "a call with X", "a
# question-and-answer session with reporters".
# "a breakfast with reporters", "a lunch with donors": the meal is a meeting. ("talk": the lemma
# of "talks", which the parse gives.)
_WITH_CHANNELS = frozenset("interview call conversation meeting talks talk session exchange chat breakfast lunch luncheon "
                           "dinner discussion".split())


# Channels always said in the plural: "in remarks to troops", "in comments to reporters", "during
# talks with Xi" are one telling, not many past ones.
PLURAL_CHANNELS = frozenset("remarks comments talks".split())


# Nouns of a broadcaster or paper that, with a modifier, stand for an outlet the text does not name:
# "an interview with state television", "an interview with a local radio station".
_OUTLET_NOUNS = frozenset("television tv radio newspaper broadcaster station channel daily magazine".split())


# Participles that send a piece of writing or a speech to its reader or hearer: "a post addressed
# to the governor", "a letter sent Tuesday to Senate leaders", "a speech delivered to the
# convention", "a video message directed at the junta's leader" ("at" only after the aiming
# ones: "a letter sent at noon" names a time).
_SENT_TO = frozenset("address direct send aim deliver hand write".split())


_AIMED = frozenset("direct aim".split())


# Verbs that send a piece of writing to someone: "sent a letter to", "fired off an email to"
# (the senders of the participles above, and the verbs of mail).
_SENDING = (_SENT_TO - _AIMED) | frozenset("mail fire email forward".split())


# Channels whose "to" phrase is the audience whatever it is: "a video message to the convention".
ADDRESSED_CHANNELS = frozenset("letter message speech address remarks remark note email memo".split())


def letter_sent_saying(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "sent a letter to the governor saying …", "sent an email to his staff on Monday, saying
    …": a participle of saying on the letter, or on the sending, has the words go to whom the
    letter was sent (the "to" phrase hangs on the verb of sending, not on the letter)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp"):
        return None
    head = verb.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        letter, sending = head, head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "to":
        # "sent a text message to supporters saying …": the parser hangs the participle on them
        sending = head.head.head
        letter = next((c for c in sending.children if c.dep_ == "dobj"), None)
    else:
        sending = head
        letter = next((c for c in head.children if c.dep_ == "dobj"), None)
    if letter is None or letter.lemma_.lower() not in ADDRESSED_CHANNELS or sending.lemma_.lower() not in _SENDING:
        return None
    for prep in sending.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            ref = audience(pobj, index, resolver, strict=False) if pobj is not None else None
            if ref is not None:
                return ref
    return None


def sourced_to_channel(according: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "…, according to an interview with the Globe", "according to a letter to the council": the
    audience of the interview or letter the words are sourced to (not "according to a copy of the
    letter", "according to aides": no channel of the telling named)."""
    to = next((c for c in according.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or pobj.pos_ != "NOUN" or pobj.lemma_.lower() not in CHANNEL_NOUNS or pobj.tag_ == "NNS" \
            and pobj.lower_ not in PLURAL_CHANNELS:
        return None
    return channel_audience(pobj, index, resolver)


def channel_audience(noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """"an interview with Axios", "a letter to the prime minister", "an email interview in the
    newspaper the Sentinel", "a CNN interview", "remarks to reporters"."""
    low = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "to", "with"):
            ref = programme_owner(child, index)
            if ref is not None:
                return ref
        if low in ("appearance", "interview") and child.dep_ == "prep" and child.lower_ == "on" and \
                not any(g.dep_ == "pobj" for g in child.children):
            # "an interview on “Meet the Press”": a programme's quoted title
            ref = programme_after(child, index)
            if ref is not None:
                return ref
            continue
        if child.dep_ == "prep" and (low, child.lower_) in (("broadcast", "by"), ("interview", "on")):
            # "in an interview broadcast on Sunday by Al Jazeera" (the small model makes
            # "broadcast" the noun): the outlet that aired it; "in an interview on CNN's State of
            # the Union": the outlet on air, owner of the programme (as "said on CNN's State of
            # the Union" is), before the title as a body
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            ref = on_air(pobj, index) if pobj is not None else None
            if ref is not None:
                return ref
        if low in ("appearance", "broadcast") and child.dep_ == "prep" and child.lower_ == "on":
            # "in an appearance on CNN", "in an interview broadcast on Fox News" (the small model
            # makes "interview" a compound of "broadcast"): the outlet on air, never a "to"/"with" phrase
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            # (a programme's quoted title the parser took apart: "on “BBC Breakfast”")
            ref = on_air(pobj, index) or programme_after(child, index) if pobj is not None else None
            if ref is not None:
                return ref
            continue
        if low in ("testimony", "appearance", "speech", "address", "remarks") and child.dep_ == "prep" \
                and child.lower_ == "before":
            # "in testimony before the Senate Judiciary Committee", "during an appearance before the
            # Chamber of Commerce", "a speech before the legislature": the body spoken before
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            # (people counted are faced whatever their noun: "a speech before about 300 donors")
            ref = audience(pobj, index, resolver, strict=not counted_people(pobj)) if pobj is not None else None
            if ref is not None:
                return ref
            continue
        if low == "appearance":
            continue
        if low == "interview" and child.dep_ == "prep" and child.lower_ == "with" and \
                not any(g.dep_ == "pobj" for g in child.children):
            # "an interview with CBS's “Face the Nation”": the parser reads the programme's title
            # as a clause ("Face" a verb) and leaves "with" no object; the outlet owns the title
            ref = _outlet_owning_title(child, index)
            if ref is not None:
                return ref
        if child.dep_ == "prep" and (child.lower_ == "to" or low == "interview" and child.lower_ in ("with", "in", "on")
                                     or low in _WITH_CHANNELS and child.lower_ == "with"):
            ref = _addressed_in_phrase(child, low, index, resolver)
            if ref is not None:
                return ref
        if child.dep_ == "acl" and child.tag_ == "VBN":
            ref = _sent_by(child, noun, index, resolver) or _aired_by(child, low, index)
            if ref is not None:
                return ref
        elif child.dep_ in ("acl", "relcl") and child.tag_ in ("VBG", "VBD"):
            # "in an interview airing Sunday on NBC", "an interview that aired Sunday on CNN"
            ref = _aired_by(child, low, index)
            if ref is not None:
                return ref
        if low == "interview" and child.dep_ in ("compound", "poss") and child.i < noun.i:
            ref = index.at(child)
            if ref is not None and ref.type in ("media", "person", "organization"):
                return ref
    return None


def _addressed_in_phrase(prep: Token, low: str, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The one a channel's "to", "with" (or an interview's "in", "on") phrase names as its
    audience: "a letter to the prime minister", "an interview with Axios", "a meeting with
    donors"; ``low``: the channel noun's lemma."""
    strict = not (prep.lower_ == "to" and low in ADDRESSED_CHANNELS)  # "a video message to the convention"
    for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")):
        for cand in with_appositions(pobj):
            # "an interview with state television": an outlet described, not named, is the
            # one interviewing (a "with" phrase otherwise needs a name or people)
            # (people met, talked or called with are the audience whatever their noun: "a
            # private meeting with donors", "a call with mayors"; one alone needs a name)
            ref = audience(cand, index, resolver, strict=strict and not _outlet_described(cand) and not (
                prep.lower_ == "with" and low in _WITH_CHANNELS and cand.tag_ == "NNS"))
            if ref is not None and prep.lower_ in ("in", "on") and ref.type != "media":
                continue  # "an interview in New York", "in her office": where, not to whom
            if ref is not None:
                return ref
    if prep.lower_ == "with" and low in _WITH_CHANNELS and not any(g.dep_ == "pobj" for g in prep.children):
        # "a discussion Thursday with BuzzFeed Editor-in-Chief Ben Smith hosted by …": the
        # parser, lost in the title, leaves "with" no object; the first person or outlet
        # named right after it is the one talked with
        return _named_right_after(prep, index)
    return None


def _named_right_after(prep: Token, index: EntityIndex) -> EntityRef | None:
    """The person named within the few words after ``prep`` (up to a comma or a verb), or else the
    outlet ("with CNN's Dana Reis" → Reis; "with the Herald's editors" → the Herald)."""
    doc = prep.doc
    found: list[EntityRef] = []
    for tok in doc[prep.i + 1:min(len(doc), prep.i + 8)]:
        if tok.is_punct and tok.text not in ("-", "\u2010", "\u2011") or tok.pos_ in ("VERB", "AUX"):
            break
        ref = index.at(tok)
        if ref is not None and ref.type in ("person", "media"):
            found.append(ref)
    return next((r for r in found if r.type == "person"), found[0] if found else None)


# Participles of a channel put on air ("an interview broadcast on Fox News").
_AIRED = frozenset("broadcast air publish televise".split())


def _aired_by(part: Token, low: str, index: EntityIndex) -> EntityRef | None:
    """ "in an interview broadcast on Fox News": the outlet an interview's participle puts it on."""
    if part.lemma_.lower() not in _AIRED or low not in ("interview", "appearance"):
        return None
    for prep in part.children:
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.dep_ in ("prep", "dative") else None
        if pobj is not None and prep.lower_ in ("on", "by", "in"):
            ref = on_air(pobj, index)
            if ref is not None:
                return ref
    return None


def sat_down_with(noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The one a speaker "sat down with" or "spoke with" for an interview ("Moss sat down with
    NBC's Lena Holt for an interview that aired Sunday"): the "with" phrase is the verb's, the
    interview the purpose."""
    if noun.lemma_.lower() != "interview" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" or prep.dep_ == "prt" and any(
                g.dep_ == "prep" and g.lower_ == "with" for g in prep.children):
            with_ = prep if prep.lower_ == "with" else next(g for g in prep.children if g.lower_ == "with")
            pobj = next((g for g in with_.children if g.dep_ == "pobj"), None)
            ref = audience(pobj, index, resolver, strict=True) if pobj is not None else None
            if ref is not None:
                return ref
    return None


def _outlet_owning_title(prep: Token, index: EntityIndex) -> EntityRef | None:
    """The outlet right after ``prep`` that owns a quoted programme title ("with CBS's “Face the
    Nation”"), or the title itself as the outlet ("with “Face the Nation”")."""
    doc = prep.doc
    nxt = prep.i + 1
    if nxt + 1 < len(doc) and doc[nxt + 1].lower_ in ("'s", "\u2019s"):
        ref = index.at(doc[nxt])
        if ref is not None and ref.type == "media" and nxt + 2 < len(doc) and doc[nxt + 2].text in OPENING_QUOTES:
            return ref
        return None
    return programme_after(prep, index)


def _outlet_described(tok: Token) -> bool:
    """ "state television", "a local radio station", "the newspaper": a singular noun of an outlet."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in _OUTLET_NOUNS


def sent_to(noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "in a post addressed to Ruiz", "a video message addressed to the colonel": the one a
    piece of writing or a message is sent to, by a participle on it."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            ref = _sent_by(acl, noun, index, resolver)
            if ref is not None:
                return ref
    return None


def _sent_by(part: Token, noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The one the participle ``part`` sends ``noun`` to: "a letter sent Tuesday to Senate
    leaders", "a post addressed to Ruiz". A letter, a message or a speech goes to whoever its
    "to" phrase names (``ADDRESSED_CHANNELS``); any other noun to a name, a pronoun or people
    ("a post addressed to the editor" is left to the text around it)."""
    lemma = part.lemma_.lower()
    if lemma not in _SENT_TO:
        return None
    for prep in part.children:
        if prep.dep_ in ("prep", "dative") and (prep.lower_ == "to" or prep.lower_ == "at" and lemma in _AIMED):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            # ("a post addressed to her followers": someone's own people, as "wrote to his followers")
            strict = noun.lemma_.lower() not in ADDRESSED_CHANNELS and not (
                pobj is not None and someones_people(pobj))
            # ("addressed to the U.S. attorney, Ana Ruiz": the one named in apposition first)
            for cand in with_appositions(pobj) if pobj is not None else ():
                ref = audience(cand, index, resolver, strict=strict)
                if ref is not None:
                    return ref
    return None


def with_appositions(tok: Token) -> list[Token]:
    """"the British newspaper the Independent": the name in apposition first (not the speaker
    the parser hung on the phrase: "In a statement to the Chicago Tribune, her adviser, Lee, said")."""
    return [c for c in tok.children if c.dep_ == "appos" and not _subject_run_on(c)] + [tok]


def _subject_run_on(appos: Token) -> bool:
    """An apposition that runs up to the comma before a verb with no subject of its own is that
    verb's subject: "In a statement to the Tribune, her campaign chairman, Paul Weber, said"; so
    is one that runs right up to the verb the phrase hangs on ("In an email to the Post, a
    spokesman for Lee said")."""
    doc = appos.doc
    last = appos.right_edge.i
    # the speaker's name in apposition after his description is one more apposition of the same
    # noun ("to the Tribune, a spokesman for Lee, Paul Weber, said"): the run goes over it
    for sib in sorted((c for c in appos.head.children if c.dep_ == "appos" and c.i > appos.i), key=lambda c: c.i):
        if all(doc[k].text in (",", "\u2014") for k in range(last + 1, sib.left_edge.i)):
            last = max(last, sib.right_edge.i)
    while last > appos.i and doc[last].text in (",", "\u2014"):
        last -= 1  # (the parser often keeps the closing comma inside the apposition)
    end = last + 1
    while end < len(doc) and doc[end].text in (",", "\u2014"):
        end += 1
    if end >= len(doc):
        return False
    verb = doc[end]
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    # (with no comma, only the verb the phrase hangs on: "an interview with the paper Bild
    # published Sunday" hangs the participle on the paper)
    return end > last + 1 or verb in appos.ancestors
