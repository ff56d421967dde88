"""The audience named by the setting written around the cue in its sentence: "in an interview
with Axios", "in a letter to the prime minister", "speaking to reporters", "addressing delegates",
"at a news conference" (-> reporters), "when asked by reporters". The scan of the sentence is here;
the families it reads are channels.py (interviews, letters), crowds.py (people faced, gatherings)
and questions.py (the one who asked)."""

from __future__ import annotations

from typing import Iterator, NamedTuple, Sequence

from spacy.tokens import Token

from ..entities import EntityIndex
from ..model import EntityRef
from ..outlets import SPEAKING_TO
from ..speakers import SpeakerResolver
from .audience import audience, on_air, owns_quoted_title, press_event, programme_after, programme_owner, reporters
from .channels import CHANNEL_NOUNS, PLURAL_CHANNELS, channel_audience, letter_sent_saying, sat_down_with, sent_to
from .crowds import (GATHERING_HELD, anothers_gathering, body_heard, chamber, counted_people, fronted_to_people,
                     gathering_audience, people_faced)
from .questions import (PRESSED, QUESTION_NOUNS, answering, askers, asking_clause, is_question, press_by_after_topic,
                        questioner)

# Prepositions that place the words outside a channel: "after talks with Xi", "ahead of a call with
# Lee" ("before" too: "testimony before the committee" hangs on the channel, not on "before").
_OUTSIDE_THE_CHANNEL = frozenset("after before following ahead since".split())
# Participles of looking at those spoken to: "said, looking out at hundreds of farmers".
_LOOKING = frozenset("look gaze stare glance".split())
# Participles of speaking to someone: "addressing a seminar" ("speaking to reporters": SPEAKING_TO).
_ADDRESSING = frozenset("address brief".split())


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
    yield from _found(letter_sent_saying(verb, index, resolver))
    if verb.dep_ == "conj" and verb.head.lemma_.lower() == "turn":
        yield from _found(_turned_to(verb.head, index, resolver))  # "Lowe turned to Vance and said, “…”"
    yield from _found(_went_on_air(verb, index) or fronted_to_people(verb, index, resolver))
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
    if tok.pos_ == "NOUN" and low in CHANNEL_NOUNS and (tok.tag_ != "NNS" or tok.lower_ in PLURAL_CHANNELS) and not (
            tok.dep_ == "pobj" and tok.head.lower_ in _OUTSIDE_THE_CHANNEL) and (
            tok.i not in reported.others or tok.i in reported.asked and low in ("appearance", "interview")) and not (
            tok.i in reported.after and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during")
                                             and tok.head.head.pos_ in ("VERB", "AUX"))):
        yield from _found(channel_audience(tok, index, resolver) or sat_down_with(tok, index, resolver))
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
        ref = gathering_audience(tok, index) if verb.lemma_.lower() in GATHERING_HELD and tok.tag_ == "NN" \
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
            yield from _found(chamber(pobj, index, resolver) if pobj is not None else None)
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


def _prep_object(tok: Token, prep: str) -> Token | None:
    """The object of ``tok``'s first preposition ``prep`` ("appearing on MSNBC" → MSNBC)."""
    first = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == prep), None)
    return next((g for g in first.children if g.dep_ == "pobj"), None) if first is not None else None


def _facing_participle(tok: Token, verb: Token, index: EntityIndex,
                       resolver: SpeakerResolver) -> Iterator[EntityRef]:
    """ "appearing on MSNBC", "sitting down with CNN", "testifying before the committee", "turning to
    Hale", "looking out at hundreds of farmers": the outlet, body, person or people a participle on
    the cue faces."""
    low = tok.lemma_.lower()
    if low == "appear" and (tok.head.i == verb.i or tok.dep_ == "acl" and tok.head.dep_ == "nsubj"
                            and tok.head.head.i == verb.i):
        # "Lee, appearing on MSNBC, said …": the outlet on air
        pobj = _prep_object(tok, "on")
        yield from _found(on_air(pobj, index) if pobj is not None else None)
    if low == "sit" and tok.head.i == verb.i and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        # "Sitting down with MSNBC's “The Rachel Maddow Show,” Lee remarked …": the outlet or the
        # person sat down with
        pobj = _prep_object(tok, "with")
        yield from _found(on_air(pobj, index) or audience(pobj, index, resolver, strict=True) if pobj is not None
                          else None)
    if low == "testify" and tok.head.i == verb.i:
        # "Testifying before the committee, Strand said …": the body testified to
        pobj = _prep_object(tok, "before")
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
    if tok.lemma_.lower() in QUESTION_NOUNS and tok.i not in reported.others and tok.i not in reported.after \
            and answering(tok, verb):
        yield from _found(questioner(tok, index, resolver))
    if tok.lemma_.lower() == "question" and tok.tag_ == "NNS" and tok.dep_ == "dobj":
        yield from _found(askers(tok, verb, index, resolver))


def _place_of_telling(tok: Token, verb: Token, index: EntityIndex,
                      resolver: SpeakerResolver) -> Iterator[EntityRef | None]:
    """Phrases on the cue that place the words: "in a post addressed to Ruiz", "On Sky News, …",
    "in front of a crowd", "at a hearing of the committee", "at a news conference", "at a rally"."""
    if tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.lower_ in ("in", "via", "through") \
            and tok.head.head.i == verb.i:
        yield from _found(sent_to(tok, index, resolver))  # "she wrote in a post addressed to Ruiz"
    if tok.dep_ == "prep" and tok.lower_ == "on" and tok.head.i == verb.i \
            and (tok.i < verb.i or verb.lemma_.lower() in _GOING_ON_AIR):
        # "On Sky News, Kinsella dismissed the budget", "went on ABC's This Week to defend …":
        # an outlet the words went out on (after another verb, "unloaded on the Times",
        # "turned on CNN", it is a target)
        pobj = next((g for g in tok.children if g.dep_ == "pobj"), None)
        yield from _found(on_air(pobj, index) if pobj is not None else None)
    if tok.dep_ == "prep" and tok.lower_ == "on" and tok.head.i != verb.i and _on_the_telling(tok, verb):
        # "trashed the plan on NBC's “Today,” calling it …": a programme is where the words went
        # out, on the verb the cue's participle hangs on too (a bare outlet there may be a target)
        yield from _found(programme_owner(tok, index))
    if tok.dep_ == "prep" and tok.head.i == verb.i:
        faced = people_faced(tok)
        if faced is not None:
            yield from _found(audience(faced, index, resolver, strict=False))  # people, checked in faced
    if tok.lemma_.lower() == "hearing" and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "in") \
            and tok.head.head.i == verb.i:
        yield from _found(body_heard(tok, index, resolver))
    if press_event(tok) and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during", "in", "to"):
        yield reporters(tok, index)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during") and _on_the_telling(tok.head, verb) \
            and not anothers_gathering(tok, verb):
        yield from _found(gathering_audience(tok, index))


def _asked_by(tok: Token, verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> Iterator[EntityRef]:
    """ "Lee, interviewed by the BBC, said", "When asked by reporters whether …, Lee said", "Pressed
    by Dunn on her fees, Lee said": the answer goes to the one who asked."""
    lemma = tok.lemma_.lower()
    if not (tok.pos_ == "VERB" and tok.i != verb.i and (
            lemma == "interview" and tok.tag_ == "VBN"  # "Lee, interviewed by the BBC, said …"
            # "When asked by reporters whether …, Lee said": the answer goes to the one who asked
            or asking_clause(tok, verb)
            # "Pressed by Dunn on her fees, Lee said …": put to the question by someone
            or lemma in PRESSED and tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.head.i == verb.i)):
        return
    by = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None) \
        or press_by_after_topic(tok)
    # "When asked by a reporter …": whoever the agent of asking names asked
    strict = by is None or lemma != "ask"
    if by is not None and by.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in by.children):
        by = None  # "asked by phone", "by email": the means, no one who asked
    if by is None and lemma == "ask" and tok.tag_ != "VBN":
        # "After Lunde asked the senator whether …, Brekke replied": the asker, when he
        # asked someone or asked a question
        by = next((c for c in tok.children if c.dep_ == "nsubj") , None) if any(
            c.dep_ in ("dobj", "dative") or c.dep_ == "ccomp" and is_question(c) for c in tok.children) else None
    yield from _found(audience(by, index, resolver, strict=strict) if by is not None else None)


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


def _on_the_telling(prep: Token, verb: Token) -> bool:
    """Whether a setting phrase places the cue's words: on the cue, on the verb its participle
    hangs on ("blasted her during a rally, calling her …"), or on a participle of its own
    ("speaking at a rally in Ohio, she said"), or on one set off after the cue's subject ("Lee,
    speaking at a rally in Ohio, said": the parser hangs it on the subject)."""
    head = prep.head
    return head.i == verb.i or verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and head.i == verb.head.i \
        or head.dep_ == "advcl" and head.tag_ == "VBG" and head.head.i == verb.i \
        or head.dep_ == "acl" and head.tag_ == "VBG" and head.lemma_.lower() in SPEAKING_TO \
        and head.head.dep_ == "nsubj" and head.head.head.i == verb.i


def _turned_to(turn: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
    """The person or the people "turned to" names (not "the economy", nor a country)."""
    pobj = _prep_object(turn, "to")
    named = index.at(pobj) if pobj is not None else None
    if named is not None and named.type == "person":
        return named
    if pobj is not None and counted_people(pobj):
        return audience(pobj, index, resolver, strict=False)
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


