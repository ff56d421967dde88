"""The audience named by the setting written around the cue in its sentence: "in an interview
with Axios", "in a letter to the prime minister", "speaking to reporters", "addressing delegates",
"at a news conference" (-> reporters), "when asked by reporters"."""

from __future__ import annotations

from typing import Iterator, NamedTuple, Sequence

from spacy.tokens import Token

from ..entities import EntityIndex
from ..model import EntityRef
from ..outlets import SPEAKING_TO
from ..speakers import GROUP_NOUNS, SpeakerResolver
from .audience import (OPENING_QUOTES, RESPONSES, audience, on_air, owns_quoted_title, press_event, programme_after,
                       reporters, someones_people)

# Channels whose "to"/"with" phrase names the audience: "in a letter to X", "an interview with X",
# "in a meeting with X".
_CHANNEL_NOUNS = frozenset("""
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
# Prepositions that place the words outside a channel: "after talks with Xi", "ahead of a call with
# Lee" ("before" too: "testimony before the committee" hangs on the channel, not on "before").
_OUTSIDE_THE_CHANNEL = frozenset("after before following ahead since".split())
# Channels always said in the plural: "in remarks to troops", "in comments to reporters", "during
# talks with Xi" are one telling, not many past ones.
_PLURAL_CHANNELS = frozenset("remarks comments talks".split())
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
# Participles of looking at those spoken to: "said, looking out at hundreds of farmers".
_LOOKING = frozenset("look gaze stare glance".split())
# Participles of speaking to someone: "addressing a seminar" ("speaking to reporters": SPEAKING_TO).
_ADDRESSING = frozenset("address brief".split())
# Channels whose "to" phrase is the audience whatever it is: "a video message to the convention".
ADDRESSED_CHANNELS = frozenset("letter message speech address remarks remark note email memo".split())


def _letter_sent_saying(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
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


def from_setting(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
                 said: Sequence[tuple[int, int]] = ()) -> EntityRef | None:
    """"In an interview with X, …", "…, speaking to reporters", "At a news conference, …": the
    audience named in the cue's sentence by a channel, a participle or a press event; never in
    the words said ("“My meeting with X went well,” Lee said" was not said to X). The first
    setting found decides (a press event even when its reporters cannot be named)."""
    return next(_settings(verb, index, resolver, said), None)


def _found(ref: EntityRef | None) -> tuple[EntityRef, ...]:
    """The audience a rule found, to yield from; nothing when it found none (the scan goes on)."""
    return (ref,) if ref is not None else ()


class _Reported(NamedTuple):
    """The words of the cue's sentence that tell of no setting of this telling (token indexes)."""
    fronted: set[int]
    after: set[int]
    others: set[int]
    asked: set[int]


def _reported(verb: Token) -> _Reported:
    # the clause reported before the cue ("Ruiz held a meeting with Quispe, an official said")
    # tells of no setting of the telling; one reported after it only by "in"/"during" ("said
    # Turkey wanted calm in an interview with Reuters", not "said he had a call with Lee")
    fronted = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i for t in c.subtree}
    after = {t.i for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for t in c.subtree}
    # the words another verb of the sentence reports ("explained that Kim meant his interviews
    # with the police, but insisted …"; "pointed out that Kim said his statements in a police
    # interview were true") tell of no setting of this telling
    others = {t.i for v in verb.sent if v.i != verb.i and v.pos_ in ("VERB", "AUX") and v.i not in after
              for c in v.children if c.dep_ == "ccomp" and verb not in c.subtree for t in c.subtree}
    # "Asked why he had not endorsed her during an appearance on “Face the Nation,” Lee said":
    # the parser hangs the appearance in the question, but it is where the asking was
    asked = {t.i for c in verb.sent if asking_clause(c, verb) for t in c.subtree}
    return _Reported(fronted, after, others, asked)


def _settings(verb: Token, index: EntityIndex, resolver: SpeakerResolver,
              said: Sequence[tuple[int, int]]) -> Iterator[EntityRef | None]:
    """The audiences the settings of the cue's sentence name, in order of precedence (the first
    decides; a None is a press event whose reporters could not be named)."""
    yield from _found(_letter_sent_saying(verb, index, resolver))
    if verb.dep_ == "conj" and verb.head.lemma_.lower() == "turn":
        yield from _found(_turned_to(verb.head, index, resolver))  # "Lowe turned to Vance and said, “…”"
    yield from _found(_went_on_air(verb, index) or _fronted_to_people(verb, index, resolver))
    event = _press_event_around(verb)
    if event is not None:
        yield reporters(event, index)
    reported = _reported(verb)
    for tok in verb.sent:
        if any(start <= tok.idx < end for start, end in said) or tok.i in reported.fronted:
            continue
        yield from _channel_setting(tok, verb, reported, index, resolver)
        yield from _held_event(tok, verb, index)
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.i != verb.i:
            yield from _speaking_participle(tok, index, resolver)
            yield from _facing_participle(tok, verb, index, resolver)
            yield from _addressing_participle(tok, verb, index, resolver)
        yield from _questions_answered(tok, verb, reported, index, resolver)
        yield from _place_of_telling(tok, verb, index, resolver)
        yield from _asked_by(tok, verb, index, resolver)
    # last: a setting of the cue's own ("in an interview with Reuters") comes before a clause of
    # speaking around it
    yield from _found(_spoke_to_around(verb, index, resolver))


def _channel_setting(tok: Token, verb: Token, reported: _Reported, index: EntityIndex,
                     resolver: SpeakerResolver) -> Iterator[EntityRef]:
    """ "In an interview with X", "in a letter to X", "On CNN's “New Day,” …": a channel of the
    telling, or a programme put before the cue."""
    low = tok.lemma_.lower()
    # (not "after multiple interviews with the State Department": many past ones place no words)
    # (not "After talks with Xi, Lee said": words said after or before a meeting are not said in it)
    if tok.pos_ == "NOUN" and low in _CHANNEL_NOUNS and (tok.tag_ != "NNS" or tok.lower_ in _PLURAL_CHANNELS) and not (
            tok.dep_ == "pobj" and tok.head.lower_ in _OUTSIDE_THE_CHANNEL) and (
            tok.i not in reported.others or tok.i in reported.asked and low in ("appearance", "interview")) and not (
            tok.i in reported.after and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during")
                                             and tok.head.head.pos_ in ("VERB", "AUX"))):
        yield from _found(channel_audience(tok, index, resolver) or _sat_down_with(tok, index, resolver))
    if tok.i < verb.i and tok.i not in reported.others and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        # (not "On CNN's “New Day,” Lee told host Kim Park …": the one told is named)
        yield from _found(_fronted_programme(tok, index))


def _held_event(tok: Token, verb: Token, index: EntityIndex) -> Iterator[EntityRef | None]:
    """ "He later held a news conference at his hotel. “…,” he said": reporters; "She held a rally
    in Bergen on Friday. “…,” she said": the people at the gathering the cue's verb held."""
    if tok.dep_ == "dobj" and tok.head.i == verb.i and verb.lemma_.lower() in HOLDING_VERBS:
        if press_event(tok):
            yield reporters(tok, index)
        # (not "hasn't held any rallies", nor "calling major fundraisers": people, no gathering)
        ref = _gathering(tok, index) if verb.lemma_.lower() in _GATHERING_HELD and tok.tag_ == "NN" \
            and not any(c.dep_ == "neg" for c in verb.children) \
            and not any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children) else None
        yield from _found(ref)


def _speaking_participle(tok: Token, index: EntityIndex, resolver: SpeakerResolver) -> Iterator[EntityRef | None]:
    """ "Speaking in parliament", "speaking on NBC's “Meet the Press”", "speaking to reporters":
    the chamber, the outlet on air or the people a participle of speaking names."""
    low = tok.lemma_.lower()
    if low not in SPEAKING_TO:
        return
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and low in ("speak", "talk"):
            # "Speaking in parliament, …", "speaking in the Bundestag": the chamber
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            yield from _found(_chamber(pobj, index, resolver) if pobj is not None else None)
        if prep.dep_ == "prep" and prep.lower_ == "on" and low in ("speak", "talk"):
            # "Speaking on NBC's “Meet the Press,” …": the outlet on air (not "speaking
            # on condition of anonymity", "on Monday": no outlet)
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            yield from _found(on_air(pobj, index) if pobj is not None else programme_after(prep, index))
        if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            yield from _found(audience(pobj, index, resolver, strict=True) if pobj is not None else None)
            if pobj is not None and press_event(pobj):
                yield reporters(pobj, index)


def _facing_participle(tok: Token, verb: Token, index: EntityIndex,
                       resolver: SpeakerResolver) -> Iterator[EntityRef]:
    """ "appearing on MSNBC", "testifying before the committee", "turning to Hale", "looking out
    at hundreds of farmers": the outlet, body, person or people a participle on the cue faces."""
    low = tok.lemma_.lower()
    if low == "appear" and (tok.head.i == verb.i or tok.dep_ == "acl" and tok.head.dep_ == "nsubj"
                            and tok.head.head.i == verb.i):
        # "Lee, appearing on MSNBC, said …": the outlet on air
        on = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "on"), None)
        pobj = next((g for g in on.children if g.dep_ == "pobj"), None) if on is not None else None
        yield from _found(on_air(pobj, index) if pobj is not None else None)
    if low == "testify" and tok.head.i == verb.i:
        # "Testifying before the committee, Strand said …": the body testified to
        before = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "before"), None)
        pobj = next((g for g in before.children if g.dep_ == "pobj"), None) if before is not None else None
        yield from _found(audience(pobj, index, resolver, strict=False) if pobj is not None else None)
    if low == "turn" and tok.head.i == verb.i:
        # "Turning to Hale, Berg said …": the person or the press turned to (not "turning
        # to the economy", nor a country)
        yield from _found(_turned_to(tok, index, resolver))
    if low in _LOOKING and tok.head.i == verb.i:
        # "“We will win,” Lee said, looking out at hundreds of farmers": the people looked at
        at = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("at", "to")), None) or next(
            (p for o in tok.children if o.dep_ in ("prt", "advmod") for p in o.children
             if p.dep_ == "prep" and p.lower_ == "at"), None)
        pobj = next((g for g in at.children if g.dep_ == "pobj"), None) if at is not None else None
        if pobj is not None and counted_people(pobj):
            yield from _found(audience(pobj, index, resolver, strict=False))  # people, checked above


def _addressing_participle(tok: Token, verb: Token, index: EntityIndex,
                           resolver: SpeakerResolver) -> Iterator[EntityRef]:
    """ "addressing a seminar"; "Lee weighed in, telling Mic in an interview, “…,” he said": the
    one a participle of the sentence addresses or tells."""
    low = tok.lemma_.lower()
    if not (low in _ADDRESSING or low == "tell" and tok.dep_ in ("advcl", "xcomp", "conj")):
        return
    dobj = next((g for g in tok.children if g.dep_ in ("dobj", "dative")), None)
    if dobj is None and low in _ADDRESSING and tok.dep_ == "amod" and tok.head.dep_ == "appos" \
            and tok.head.head.dep_ == "nsubj" and tok.head.head.head.i == verb.i:
        # "Lee, addressing supporters in Iowa, said …": the parser reads the aside as
        # "addressing" describing supporters in apposition to the speaker
        dobj = tok.head
    if dobj is not None:
        yield from _found(audience(dobj, index, resolver, strict=low == "tell"))


def _questions_answered(tok: Token, verb: Token, reported: _Reported, index: EntityIndex,
                        resolver: SpeakerResolver) -> Iterator[EntityRef]:
    """ "In response to a question from Dunn, Lee said", "took questions from reporters": the
    ones whose questions the words answer."""
    if tok.lemma_.lower() in _QUESTION_NOUNS and tok.i not in reported.others and tok.i not in reported.after \
            and _answering(tok, verb):
        yield from _found(_questioner(tok, index, resolver))
    if tok.lemma_.lower() == "question" and tok.tag_ == "NNS" and tok.dep_ == "dobj":
        yield from _found(_askers(tok, verb, index, resolver))


def _place_of_telling(tok: Token, verb: Token, index: EntityIndex,
                      resolver: SpeakerResolver) -> Iterator[EntityRef | None]:
    """Phrases on the cue that place the words: "in a post addressed to Ruiz", "On Sky News, …",
    "in front of a crowd", "at a hearing of the committee", "at a news conference", "at a rally"."""
    if tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.lower_ in ("in", "via", "through") \
            and tok.head.head.i == verb.i:
        yield from _found(_sent_to(tok, index, resolver))  # "she wrote in a post addressed to Ruiz"
    if tok.dep_ == "prep" and tok.lower_ == "on" and tok.head.i == verb.i \
            and (tok.i < verb.i or verb.lemma_.lower() in _GOING_ON_AIR):
        # "On Sky News, Kinsella dismissed the budget", "went on ABC's This Week to defend …":
        # an outlet the words went out on (after another verb, "unloaded on the Times",
        # "turned on CNN", it is a target)
        pobj = next((g for g in tok.children if g.dep_ == "pobj"), None)
        yield from _found(on_air(pobj, index) if pobj is not None else None)
    if tok.dep_ == "prep" and tok.head.i == verb.i:
        faced = _faced(tok)
        if faced is not None:
            yield from _found(audience(faced, index, resolver, strict=False))  # people, checked in _faced
    if tok.lemma_.lower() == "hearing" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "in") \
            and tok.head.head.i == verb.i:
        yield from _found(_body_heard(tok, index, resolver))
    if press_event(tok) and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "in", "to"):
        yield reporters(tok, index)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and _on_the_telling(tok.head, verb) \
            and not _anothers(tok, verb):
        yield from _found(_gathering(tok, index))


def _asked_by(tok: Token, verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> Iterator[EntityRef]:
    """ "Lee, interviewed by the BBC, said", "When asked by reporters whether …, Lee said", "Pressed
    by Dunn on her fees, Lee said": the answer goes to the one who asked."""
    lemma = tok.lemma_.lower()
    if not (tok.pos_ == "VERB" and tok.i != verb.i and (
            lemma == "interview" and tok.tag_ == "VBN"  # "Lee, interviewed by the BBC, said …"
            # "When asked by reporters whether …, Lee said": the answer goes to the one who asked
            or asking_clause(tok, verb)
            # "Pressed by Dunn on her fees, Lee said …": put to the question by someone
            or lemma in _PRESSED and tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.head.i == verb.i)):
        return
    by = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) \
        or _press_by_after_topic(tok)
    # "When asked by a reporter …": whoever the agent of asking names asked
    strict = by is None or lemma != "ask"
    if by is not None and by.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in by.children):
        by = None  # "asked by phone", "by email": the means, no one who asked
    if by is None and lemma == "ask" and tok.tag_ != "VBN":
        # "After Lunde asked the senator whether …, Brekke replied": the asker, when he
        # asked someone or asked a question
        by = next((c for c in tok.children if c.dep_ == "nsubj") , None) if any(
            c.dep_ in ("dobj", "dative") or c.dep_ == "ccomp" and _question(c) for c in tok.children) else None
    yield from _found(audience(by, index, resolver, strict=strict) if by is not None else None)


def _fronted_to_people(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "At rally after rally, to cheering crowds, he vows …": a "to" phrase set before the cue,
    naming people, is whom the words go to, before the gathering they were said at (not "to
    the crowd's delight": no people)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i < verb.i:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None and counted_people(pobj):
                return audience(pobj, index, resolver, strict=False)
    return None


# Verbs of holding a gathering the words were said at ("held a rally"; not "called a fundraiser").
_GATHERING_HELD = frozenset("hold host convene".split())
# Verbs of a crowd responding to what it hears: "as the crowd cheered", "while the audience booed".
_RESPONDING = frozenset("cheer applaud boo roar laugh clap jeer whoop erupt".split())


def crowds_responding(drafts: Sequence, index: EntityIndex, resolver: SpeakerResolver, speaker_of) -> None:
    """Quotes with no audience yet whose cue has a crowd respond as the words are said ("“…,” Lee
    said as the crowd cheered"): the crowd heard them. Run last, after the audiences carried
    from before ("told thousands of farmers at a rally. “…,” she said, as the crowd cheered":
    the farmers, whom the article names more fully)."""
    for d in drafts:
        if d.addressee is None and d.verb is not None:
            ref = _crowd_responding(d.verb, index, resolver)
            spk = speaker_of(d)
            d.addressee = ref if ref is None or spk is None or ref.id != spk.id else None


def _crowd_responding(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "“…,” Lee said as the crowd cheered", "As boos erupted from the crowd, Lee said": the
    crowd or audience that responds while the words are said heard them (not "as protesters
    chanted outside", "while 95 members favored Clinton": no crowd responding to the words; nor
    the crowd that speaks itself: "“Call the roll,” came shouts from the crowd, as the crowd booed")."""
    speaking = {t.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        # (the crowd responds, or its response is heard: "as jeers rose from the crowd")
        if subj is None or clause.lemma_.lower() not in _RESPONDING and subj.lemma_.lower() not in RESPONSES:
            continue
        crowd = subj
        if subj.lemma_.lower() in RESPONSES:
            # "as boos erupted from the crowd", "as cheers from supporters rang out"
            crowd = next((g for h in (clause, subj) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                          for g in c.children if g.dep_ == "pobj"), None)
        if crowd is not None and crowd.pos_ == "NOUN" and counted_people(crowd) \
                and crowd.lemma_.lower() not in speaking:
            return audience(crowd, index, resolver, strict=False)
    return None


# Participles of being put questions, whose agent asked: "Pressed by reporters", "Challenged by
# ABC's Dana Reis on her fees", "Questioned by the committee" (an agent needed: "pressed for time").
_PRESSED = frozenset("press question challenge quiz grill interrupt".split())


# Nouns of a question put to the speaker ("in response to a question from X", "under questioning
# from X", "answering questions from X").
_QUESTION_NOUNS = frozenset("question questioning".split())
# Words that lead from the cue to the question it answers: "in response to", "in reply to", "in
# answer to", "under (questioning)", "responding to", "answering", "replying to".
_ANSWERING_WORDS = frozenset("in under response reply answer to respond answering responding replying".split())


def _answering(question: Token, verb: Token) -> bool:
    """Whether the question phrase is the one the cue's words answer: a chain of the words of
    answering from the question up to the cue ("In response to a question from X, Lee said";
    "Responding to questions from X, Lee said"; "Under questioning from X, Lee said"), not a
    question told of ("said a question from X was unfair", "asked about a question from X")."""
    tok = question
    for _ in range(4):
        head = tok.head
        if head.i == verb.i:
            return tok.dep_ in ("prep", "advcl")
        if head.i == tok.i or head.lemma_.lower() not in _ANSWERING_WORDS and head.lower_ not in _ANSWERING_WORDS:
            return False
        tok = head
    return False


def _questioner(question: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The one the "from" phrase of a question names ("a question from the moderator, Dana Reis"
    → Reis; "questions from reporters" → reporters; "a question from a voter"), or its owner
    ("a reporter's question")."""
    from_ = next((c for c in question.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    asker = next((g for g in from_.children if g.dep_ == "pobj"), None) if from_ is not None else None
    if asker is None:
        # "In response to a reporter's question", "replying to Dunn's question": its owner asked
        asker = next((c for c in question.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
    if asker is None:
        return None
    if asker.lemma_.lower() in ("member", "one"):
        # "a question from a member of the audience": the audience the asker was one of
        of = next((c for c in asker.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        asker = next((g for g in of.children if g.dep_ == "pobj"), asker) if of is not None else asker
    if press_event(asker):
        return reporters(asker, index)
    return audience(asker, index, resolver, strict=False)


# Verbs a speaker goes on air with ("went on CNN", "was on Fox News", "came on the show").
_GOING_ON_AIR = frozenset("go come appear be".split())
# Verbs of holding a press event ("held a news conference, saying …"; not "skipped the briefing").
HOLDING_VERBS = frozenset("hold give call convene host".split())


def _press_event_around(verb: Token) -> Token | None:
    """ "held a news conference in which he continued his attack, saying …": a cue inside the
    clause that tells what went on at a press event was said to reporters; so is a participle on
    the holding of one ("held a news conference, saying …")."""
    if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and verb.head.lemma_.lower() in HOLDING_VERBS:
        held = next((c for c in verb.head.children if c.dep_ == "dobj" and press_event(c)), None)
        if held is not None:
            return held
    child = verb
    for anc in verb.ancestors:
        if child.dep_ == "relcl" and press_event(anc):
            return anc
        child = anc
    return None


# Gatherings whose people hear the words said at them: "said at a rally", "during a campaign
# rally", "at a town hall in Dover", "told a forum", "at a fundraiser". (A press event is reporters;
# a debate, a summit or a ceremony has no one audience a reader would name.)
_GATHERINGS = frozenset("rally forum fundraiser convention gathering vigil commencement".split())
# Gatherings named by a compound: "a town hall", "a town-hall meeting", "a campaign event".
_COMPOUND_GATHERINGS = {"hall": ("town",), "meeting": ("town", "hall"), "event": ("campaign",)}


def _gathering(tok: Token, index: EntityIndex) -> EntityRef | None:
    """The people at a rally, a town hall or a forum ``tok`` names, as one group named by the
    gathering's own words ("campaign rally", "town hall"; its date left out); None for another noun."""
    if tok.pos_ != "NOUN":
        return None
    low = tok.lemma_.lower()
    lefts = [t for t in tok.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ not in ("DATE", "TIME")]
    if low not in _GATHERINGS and not (low in _COMPOUND_GATHERINGS
                                       and any(t.lower_ in _COMPOUND_GATHERINGS[low] for t in lefts)):
        return None
    # (a modifier's own modifiers too: "a town hall meeting", not "hall meeting")
    start = min((t.left_edge.i for t in lefts), default=tok.i)
    words = [t for t in tok.doc[start:tok.i + 1] if t.ent_type_ not in ("DATE", "TIME") and not t.is_punct]
    cluster = index.add(tok.doc[start:tok.i + 1], "group", name=" ".join(t.text for t in words), audience=True)
    return index.ref(cluster) if cluster else None


def _anothers(gathering: Token, verb: Token) -> bool:
    """ "Moody, a shop owner, said at Mr. Lowe's rally": a gathering owned by someone named who is
    not the cue's subject was another's, where the speaker was one of the crowd talking to a
    reporter, not the one addressing it."""
    # (a day owns no rally: "said at Tuesday's rally")
    owner = next((c for c in gathering.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                  and c.ent_type_ not in ("DATE", "TIME")), None)
    if owner is None:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is None or subj.pos_ != "PROPN" or owner.lower_ != subj.lower_


def _on_the_telling(prep: Token, verb: Token) -> bool:
    """Whether a setting phrase places the cue's words: on the cue, on the verb its participle
    hangs on ("blasted her during a rally, calling her …"), or on a participle of its own
    ("speaking at a rally in Ohio, she said")."""
    head = prep.head
    return head.i == verb.i or verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and head.i == verb.head.i \
        or head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i == verb.i


# Nouns of a legislature spoken in ("speaking in parliament", "in the chamber").
_CHAMBERS = frozenset("parliament assembly chamber senate congress legislature house".split())


def _chamber(tok: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """A legislature spoken in: a chamber noun ("parliament", "the Senate") or a body the text names
    as one ("the Bundestag", "the House of Commons"); not a place ("in Paris") or a time."""
    named = index.at(tok)
    if named is not None:
        return named if named.type == "organization" and tok.ent_type_ == "ORG" else None
    if tok.lemma_.lower() in _CHAMBERS:
        return audience(tok, index, resolver, strict=False)
    return None


def _body_heard(hearing: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "said at a hearing of the House Oversight Committee", "at a hearing before the Senate
    Judiciary Committee", "during a Senate Armed Services Committee hearing": the body that held
    the hearing was spoken to."""
    for child in hearing.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "before"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            ref = audience(pobj, index, resolver, strict=True) if pobj is not None else None
            if ref is not None and ref.type in ("organization", "country"):
                return ref
    for child in hearing.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            ref = audience(child, index, resolver, strict=True)
            if ref is not None and ref.type in ("organization", "country"):
                return ref
    return None


def _faced(prep: Token) -> Token | None:
    """ "said in front of a crowd of about 1,000 people", "spoke before hundreds of farmers": the
    people a speaker stood before, on the cue itself (not "before the vote", "in front of the
    building": no people)."""
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if prep.lower_ == "in" and pobj.lower_ == "front":
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    elif prep.lower_ != "before":
        return None
    return pobj if pobj is not None and counted_people(pobj) else None


def asking_clause(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is a clause of asking that the cue ``verb`` answers: hanging on the cue
    ("When asked …, Lee said"), or on the words the cue's parataxis quotes ("Asked …, she said,
    “I read it”", where the parser makes the quote the root)."""
    if tok.lemma_.lower() != "ask" or tok.dep_ not in ("advcl", "ccomp"):
        return False
    return tok.head.i == verb.i or verb.dep_ == "parataxis" and tok.head.i == verb.head.i and tok.i < verb.i


# The press as the ones who ask: "asked about the deal by reporters".
_PRESS_ASKERS = frozenset("reporter journalist correspondent".split())


def _press_by_after_topic(asked: Token) -> Token | None:
    """ "Asked about the sanctions by reporters, Lee said": the parser hangs the agent on the
    topic asked about; the press in a "by" phrase there asked (only the press: "asked about
    attacks by the rebels" names who attacked, not who asked)."""
    for about in asked.children:
        if about.dep_ != "prep" or about.lower_ not in ("about", "on", "over"):
            continue
        for by in (t for t in about.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ == "NOUN"):
            pobj = next((g for g in by.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.tag_ == "NNS" and pobj.lemma_.lower() in _PRESS_ASKERS:
                return pobj
    return None


def _question(clause: Token) -> bool:
    """ "whether the plan would survive", "who would win": a clause that asks."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WP", "WRB", "WDT")


def counted_people(tok: Token) -> bool:
    """ "hundreds of farmers", "about 300 voters", "the crowd", "supporters": plural people or a
    gathering, not a place or a thing looked at ("looking at China", "looking at the figures")."""
    if tok.lower_ in ("hundreds", "thousands", "dozens", "scores") or tok.ent_type_ == "CARDINAL":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        # a crowd counted ("hundreds of farmers"; "dozens of Mainers", a plural demonym tagged NNP)
        return counted is not None and (counted.tag_ in ("NNS", "NNPS") or counted.tag_ == "NNP"
                                        and counted.lower_.endswith("s") and not counted.ent_type_)
    if tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children):
        return True  # "about 300 voters": a plural counted, whatever the noun, as "hundreds of" counts one
    return tok.tag_ in ("NNS", "NNPS") and (tok.lower_ in GROUP_NOUNS or tok.ent_type_ == "NORP") or tok.lemma_.lower() in (
        "crowd", "audience")


def sourced_to_channel(according: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "…, according to an interview with the Globe", "according to a letter to the council": the
    audience of the interview or letter the words are sourced to (not "according to a copy of the
    letter", "according to aides": no channel of the telling named)."""
    to = next((c for c in according.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if pobj is None or pobj.pos_ != "NOUN" or pobj.lemma_.lower() not in _CHANNEL_NOUNS or pobj.tag_ == "NNS" \
            and pobj.lower_ not in _PLURAL_CHANNELS:
        return None
    return channel_audience(pobj, index, resolver)


def channel_audience(noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """"an interview with Axios", "a letter to the prime minister", "an email interview in the
    newspaper the Sentinel", "a CNN interview", "remarks to reporters"."""
    low = noun.lemma_.lower()
    for child in noun.children:
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
            strict = not (child.lower_ == "to" and low in ADDRESSED_CHANNELS)  # "a video message to the convention"
            for pobj in (g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")):
                for cand in _with_appositions(pobj):
                    # "an interview with state television": an outlet described, not named, is the
                    # one interviewing (a "with" phrase otherwise needs a name or people)
                    # (people met, talked or called with are the audience whatever their noun: "a
                    # private meeting with donors", "a call with mayors"; one alone needs a name)
                    ref = audience(cand, index, resolver, strict=strict and not _outlet_described(cand) and not (
                        child.lower_ == "with" and low in _WITH_CHANNELS and cand.tag_ == "NNS"))
                    if ref is not None and child.lower_ in ("in", "on") and ref.type != "media":
                        continue  # "an interview in New York", "in her office": where, not to whom
                    if ref is not None:
                        return ref
            if child.lower_ == "with" and low in _WITH_CHANNELS and not any(g.dep_ == "pobj" for g in child.children):
                # "a discussion Thursday with BuzzFeed Editor-in-Chief Ben Smith hosted by …": the
                # parser, lost in the title, leaves "with" no object; the first person or outlet
                # named right after it is the one talked with
                ref = _named_right_after(child, index)
                if ref is not None:
                    return ref
        if child.dep_ == "acl" and child.tag_ == "VBN":
            ref = _sent_by(child, noun, index, resolver) or _aired_by(child, low, index)
            if ref is not None:
                return ref
        if low == "interview" and child.dep_ in ("compound", "poss") and child.i < noun.i:
            ref = index.at(child)
            if ref is not None and ref.type in ("media", "person", "organization"):
                return ref
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


def _turned_to(turn: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The person or the people "turned to" names (not "the economy", nor a country)."""
    to = next((p for p in turn.children if p.dep_ == "prep" and p.lower_ == "to"), None)
    pobj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    named = index.at(pobj) if pobj is not None else None
    if named is not None and named.type == "person":
        return named
    if pobj is not None and counted_people(pobj):
        return audience(pobj, index, resolver, strict=False)
    return None


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


def _sat_down_with(noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
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


# Verbs of answering the questions of an audience: "took questions from reporters", "fielding
# questions from lawmakers", "answered questions from voters".
_QUESTIONS_TAKEN = frozenset("take field answer face tackle".split())


def _askers(questions: Token, verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "Quispe took questions from reporters. “…,” she said"; "…,” she said, answering questions
    from lawmakers": the ones whose questions the speaker took hear the answers, when the taking
    is the cue's (or the sentence's before it) or a participle on the cue."""
    taking = questions.head
    if taking.lemma_.lower() not in _QUESTIONS_TAKEN or not (
            taking.i == verb.i or taking.tag_ == "VBG" and taking.dep_ in ("advcl", "xcomp", "conj")
            and taking.head.i == verb.i):
        return None
    for owner in (questions, taking):  # "from" on the noun, or on the verb as the parser may hang it
        for prep in owner.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                ref = audience(pobj, index, resolver, strict=True) if pobj is not None else None
                if ref is not None:
                    return ref
    return None


def _outlet_described(tok: Token) -> bool:
    """ "state television", "a local radio station", "the newspaper": a singular noun of an outlet."""
    return tok.tag_ == "NN" and tok.lemma_.lower() in _OUTLET_NOUNS


def _sent_to(noun: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
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
            for cand in _with_appositions(pobj) if pobj is not None else ():
                ref = audience(cand, index, resolver, strict=strict)
                if ref is not None:
                    return ref
    return None


# Verbs of going on a broadcast: "appeared on CNN", "visited NBC's “Today”".
_ON_AIR_VERBS = frozenset("appear visit".split())


def _went_on_air(verb: Token, index: EntityIndex) -> EntityRef | None:
    """ "Moe appeared on CNN on Sunday, saying …", "visited NBC's “Today” to discuss …, saying":
    a participle of saying on a verb of going on air was said to that outlet (an outlet named,
    itself or as the owner of a quoted programme; not "visited CNN's headquarters")."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VBG" or head.i == verb.i \
            or head.lemma_.lower() not in _ON_AIR_VERBS or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    for child in head.children:
        if child.i > verb.i:
            continue
        target = child if lemma == "visit" and child.dep_ == "dobj" else next(
            (g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "on" else None
        if lemma == "visit" and child.dep_ in ("dobj", "npadvmod"):
            # "visited [NBC]'s “Today”": the parse may take the programme for the object and
            # the outlet for its owner
            target = next((c for c in child.children if c.dep_ == "poss"), target)
        if target is None:
            continue
        named = index.at(target)
        if named is not None and named.type == "media" and (owns_quoted_title(target) or lemma == "appear"):
            return on_air(target, index)
    return None


# Verbs of speaking to people in a clause around the cue ("said as he spoke to reporters", "spoke to
# reporters and said", "when she met with donors, she said").
_SPOKE_TO = frozenset("speak talk address meet".split())
# Conjunctions of a clause at the time of the saying ("as", "when", "while"; not "after he spoke").
_AT_THE_TIME = frozenset("as when while".split())


def _spoke_to_around(verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """ "“…,” Bell said as he spoke to reporters", "When Bell spoke to reporters, he said …",
    "Bell met with reporters on Monday and said …": a clause of speaking to someone at the time of
    the cue, or one the cue goes on from with the same subject, names whom the words went to."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in _SPOKE_TO
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in _AT_THE_TIME and m.i < c.i for m in c.children)]
    # (met with someone, then said: a meeting, not the saying, with them -- "met with Lee and
    # declared in an interview with Reuters …")
    if verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.lemma_.lower() in _SPOKE_TO - {"meet"} and \
            not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("he", "she", "they") for c in verb.children):
        clauses.append(verb.head)
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "with"):
                target = next((g for g in child.children if g.dep_ == "pobj"), None)
            elif child.dep_ == "dobj" and clause.lemma_.lower() in ("address", "meet"):
                target = child
            else:
                continue
            ref = audience(target, index, resolver, strict=True) if target is not None else None
            if ref is not None:
                return ref
    return None


def _fronted_programme(prep: Token, index: EntityIndex) -> EntityRef | None:
    """ "On NBC's “Meet the Press,” while commenting on …, Moe said": an outlet's quoted programme
    put before the cue is where the words were said, the outlet on air; the parser reads the
    title as a clause and hangs the "on" on it, not on the cue (verbs.py reads it there)."""
    if prep.lower_ != "on" or prep.dep_ != "prep":
        return None
    # (the title may be parsed as a clause of its own: "on [CBS]'s “Face/pcomp the Nation”")
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return None
    # the outlet is the object ("on [NBC]'s “Meet the Press”") or owns it ("on CNN's [State] of …")
    owner = next((c for c in pobj.children if c.dep_ == "poss"), pobj)
    return on_air(owner, index) if owns_quoted_title(owner) else None


def _with_appositions(tok: Token) -> list[Token]:
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
