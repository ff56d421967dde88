"""COMMUNICATED_WITH from verbs of contact: "Ruiz phoned Haddad", "Ruiz and Haddad met", "Holm
was summoned by Ruiz", "Qatar mediated between Chile and Peru", "Ruiz urged Haddad to …", "the
summit brought together X and Y"; plans, bids and names given ("called him a liar") are no event."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..addressees import glued_audience, person_told_before
from ..model import EntityRef
from ..outlets import outlet_shaped
from ..speakers import subject_of
from ._context import FIRST_PERSON, Context, asserted
from .contact_edges import emit, mediate, pairwise
from .contact_lexicon import (
    ACTOR_TYPES,
    APPEAL_ONLY,
    CARRYING_VERBS,
    MATTER_OBJECT_VERBS,
    MEDIATING_VERBS,
    MUTUAL_VERBS,
    NOUN_EVENTS,
    OBJECT_VERBS,
    PAIR_NOUNS,
    PAIR_WORDS,
    PERSON_OBJECT_VERBS,
    PHRASAL,
    RAISED_WORDS,
    RECIPROCAL_VERBS,
    SHARED_WORDS,
    VERB_EVENTS,
    VERB_PREPS,
)
from .continued_subjects import acting_parties, continued_subject
from .participant_pairs import counted_group, joint_pair, they_pair
from .participants import parties


def communication_verb(ctx: Context, verb: Token) -> None:
    """ "Ruiz phoned Haddad", "Ruiz and Haddad met", "Holm was summoned by Ruiz", "Qatar
    mediated between Chile and Peru", "Ruiz urged Haddad to …", "Ruiz visited Peru"."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBG" and (verb.dep_ == "amod" or verb.dep_ == "acl" and not any(
            c.dep_ == "dobj" for c in verb.children)):
        return  # "told visiting Foreign Minister X": an attribute, not an act
    appeal = lemma == "call" and _called_on(verb)  # "called on Peru to reopen the border": urged Peru
    # "called in the ambassador", "was called in by the ministry": summoned
    called_in = lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    # "called on President X and discussed …": a courtesy call, a visit paid to X
    courtesy = lemma == "call" and not appeal and not called_in and _courtesy_call(ctx, verb)
    # "and on Tuesday called Indian Minister X": with no object, the parser may read the one
    # called as a predicate ("called him a liar" has both)
    misread = _object_read_as_predicate(ctx, verb) if lemma == "call" else None
    if lemma == "call" and not appeal and not called_in and not courtesy and any(c.dep_ in ("oprd", "xcomp", "ccomp", "prt") and (misread is None or c.i != misread.i)
            and not _call_with_purpose(verb, c) or c.dep_ == "prep" and (
            c.lower_ == "for" or c.lower_ in ("on", "upon") and not _on_a_date(c) and not any(d.dep_ == "dobj" for d in verb.children))
            for c in verb.children):
        return  # "called the talks productive", "called for", "called on"
    if lemma == "call" and any(_quote_follows(c) for c in verb.children if c.dep_ == "dobj"):
        return  # "calling him “unfit to serve”": a name given, not a phone call
    if lemma == "call" and any(sum(g.dep_ == "appos" for g in c.children) >= 2 for c in verb.children if c.dep_ == "dobj"):
        return  # "called X, a former driver, an outstanding leader": the second noun phrase says what X is
    if _wording_tells_no_contact(ctx, verb, lemma):
        return
    if not asserted(verb) or _going_to(verb) or _bidden(verb):
        return
    if _message_passed_on(ctx, verb, lemma):
        return
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "neg" for c in verb.head.children) \
            and not asserted(verb.head):
        return  # "is considering cutting aid and pushing Kyiv to …": the plan governs both
    event = _event_of(ctx, verb, lemma, appeal, called_in, courtesy)
    if event is None:
        return  # a verb that carries a contact ("held", "sent") with no noun of one as its object
    passive_agent = _passive_agent(ctx, verb, lemma)
    if passive_agent is not None:  # "Holm was summoned by Ruiz"
        _passive_contact(ctx, verb, lemma, event, passive_agent)
        return
    acting = _acting_sides(ctx, verb, lemma, event)
    if acting is None:
        return
    subj_tok, sources, they = acting
    targets, between = _reached(ctx, verb, lemma, event, appeal, courtesy, misread)
    if event == "message":
        targets = _without_outlets(ctx, verb, targets)
    if lemma in ("visit", "address"):
        targets = [t for t in targets if t[1].type in ACTOR_TYPES]
    elif lemma in PERSON_OBJECT_VERBS and not _envoys_received(verb, lemma):
        targets = [t for t in targets if t[1].type == "person"]
    elif not targets and _envoys_received(verb, lemma):
        # "received a delegation from Hamas": the parser hangs the senders' "from" on the verb
        targets = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g)]
    # one of those who act is not also the one they reach ("Bell and Ortega wrote to the
    # attorney, asking him …": him is not Ortega)
    source_ids = {r.id for _, r in sources}
    targets = [t for t in targets if t[1].id not in source_ids]
    _emit_contact(ctx, verb, lemma, event, subj_tok, sources, targets, between, they)


# those a host receives on behalf of the ones who sent them: "hosted a delegation from Russia",
# "received the Iranian envoy" (the sender is met through them; "hosted the team" is no envoy)
_ENVOY_OBJECTS = frozenset("delegation delegations envoy envoys emissary emissaries ambassador ambassadors "
                           "negotiator negotiators diplomat diplomats representative representatives".split())


def _envoys_received(verb: Token, lemma: str) -> bool:
    """ "Qatar hosted a delegation from Russia", "received a Russian delegation": a host meets the
    country or body whose envoys it receives, so the object may be more than a person."""
    return lemma in ("host", "receive", "welcome", "greet") and any(
        c.dep_ == "dobj" and c.lower_ in _ENVOY_OBJECTS for c in verb.children)


def _event_of(ctx: Context, verb: Token, lemma: str, appeal: bool, called_in: bool, courtesy: bool) -> str | None:
    """The ``event`` a contact verb tells: its own ("phoned": a call), or for a verb that only
    carries one ("held talks with X", "sent a letter to X", "exchanged views") its object
    noun's; None when the object names no contact."""
    event = "message" if appeal else "summons" if called_in else "meeting" if courtesy else VERB_EVENTS[lemma]
    if lemma == "present":  # "presented her credentials to the president": received by them
        event = "meeting"
    if event is None:  # "held talks with X", "sent a letter to X": the object noun says which
        noun = next((c for c in verb.children if c.dep_ == "dobj" and
                     (c.lemma_.lower() in NOUN_EVENTS or c.lower_ in NOUN_EVENTS)), None)
        if noun is None and _told_of_by_clause(ctx, verb):
            noun = verb.head  # "a letter the campaign sent the committee": the noun the clause tells of
        swapped = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _EXCHANGED), None) \
            if lemma == "exchange" and noun is None else None
        lodged = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _LODGED), None) \
            if lemma in ("lodge", "file") else None
        if swapped is not None:  # "exchanged views", "exchanged greetings": what only people swap
            event = _EXCHANGED[swapped.lemma_.lower()]
        elif lodged is not None:  # "lodged a protest with China": a message to it
            event = "message"
        elif noun is None or lemma in CARRYING_VERBS and NOUN_EVENTS.get(noun.lemma_.lower()) != "message":
            return None
        else:
            event = NOUN_EVENTS.get(noun.lower_) or NOUN_EVENTS[noun.lemma_.lower()]
            if any(c.lower_ == "phone" for c in noun.lefts):
                event = "call"
    if event == "meeting" and lemma in ("speak", "talk", "chat") and _by_phone(verb):
        event = "call"
    return event


def _passive_contact(ctx: Context, verb: Token, lemma: str, event: str, passive_agent: Token) -> None:
    """ "Holm was summoned by Ruiz", "talks mediated by Qatar", "Asked by Ruiz to explain the
    delay, Holm said …": the agent reaches the subject (or the noun the participle is on)."""
    subj_tok = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj_tok is None and verb.dep_ == "acl":
        subj_tok = verb.head
    elif subj_tok is None and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i:
        # "Asked by Ruiz to explain the delay, Holm said …": a fronted participle with no
        # subject of its own tells of the main clause's subject
        subj_tok = subject_of(verb.head)
    sources, targets = parties(ctx, passive_agent), parties(ctx, subj_tok)
    if not targets and lemma in MEDIATING_VERBS and verb.dep_ == "acl":
        sides = _sides_of_the_deed(ctx, verb.head)
        if len(sides) >= 2:
            # "X and Y exchanged prisoners in a swap mediated by Z": Z went between X and Y
            mediate(ctx, sources, sides, verb, lemma)
            return
    if not targets:  # "UNITED NATIONS, New York — The Security Council was briefed": the dateline parsed as a subject too
        targets = next((found for c in verb.children if c.dep_ == "nsubjpass" and subj_tok is not None
                        and c.i != subj_tok.i for found in [parties(ctx, c)] if found), [])
    emit(ctx, sources, targets, verb, event, lemma, 0.75)


def _acting_sides(ctx: Context, verb: Token, lemma: str,
                  event: str) -> tuple[Token, list[tuple[Token, EntityRef]], bool] | None:
    """The subject token of an active contact verb, the parties it names and whether they are
    a "they" read as the pair just named; None when the subject is no one to read (none, or a
    pronoun that continues no subject)."""
    subj_tok = _main_clause_subject(verb) or subject_of(verb) or _gerund_subject(verb)
    if subj_tok is None:
        return None
    sources = parties(ctx, subj_tok)
    if not sources:  # "KYIV, Feb 5 - Ukraine and Russia concluded …": the dateline parsed as a subject too
        subj_tok = next((c for c in verb.children if c.dep_ == "nsubj" and c.i != subj_tok.i and parties(ctx, c)), subj_tok)
        sources = parties(ctx, subj_tok)
    if not sources and lemma in MEDIATING_VERBS and verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        subj_tok = subject_of(verb.head.head) or subj_tok  # "it played a role brokering …"
        sources = parties(ctx, subj_tok)
    they = not sources and subj_tok.lower_ == "they" and event in ("meeting", "call", "talks") and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "to") or c.dep_ in ("dobj", "dative") and lemma in OBJECT_VERBS
        for c in verb.children)
    if they:  # "X spoke with Y on Monday. They discussed the border.": the pair just named
        sources = they_pair(ctx, subj_tok)
        if not sources and lemma in MUTUAL_VERBS:  # "X toured the site with Y. They shook hands."
            sources = joint_pair(ctx, subj_tok)
    if subj_tok.pos_ == "PRON" and subj_tok.lower_ in ("he", "she"):
        # "He was also meeting …" after "the Iranian official met X": he continues the
        # subject before him, not the last name read (X)
        kept = continued_subject(ctx, subj_tok)
        if kept is not None:
            sources = [(subj_tok, kept[1])]  # the evidence stays in this sentence
        elif sources and not ctx.was_subject(sources[0][1], subj_tok):
            return None  # neither a subject continued nor the resolver's pick a subject just before
    elif subj_tok.pos_ == "PRON" and subj_tok.lower_ not in FIRST_PERSON and sources \
            and not ctx.was_subject(sources[0][1], subj_tok):
        return None  # ("I", "we" are the speaker of the words they stand in: no subject to continue)
    return subj_tok, sources, they


def _reached(ctx: Context, verb: Token, lemma: str, event: str, appeal: bool, courtesy: bool,
             misread: Token | None) -> tuple[list[tuple[Token, EntityRef]], list[tuple[Token, EntityRef]]]:
    """Those an active contact verb reaches (its object, dative or "with"/"to" phrase, the
    ones whose credentials are received, the one urged read as a subject below …) and those
    it goes between ("mediated between X and Y", "held talks between …")."""
    targets: list[tuple[Token, EntityRef]] = []
    between: list[tuple[Token, EntityRef]] = []
    glued = glued_audience(verb, ctx.index)  # "told the BBC Peru was ready": Peru was not told
    for child in verb.children:
        if lemma == "receive" and child.dep_ == "dobj" and child.lemma_.lower() in _CREDENTIALS:
            # "received the credentials of the new ambassador, X", "received X's credentials": a
            # meeting with the one presenting them
            targets += [p for c in child.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                        for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g)]
            targets += [p for c in child.children if c.dep_ == "poss" and c.pos_ != "PRON" for p in parties(ctx, c)]
        elif child.dep_ in ("dobj", "dative") and lemma in OBJECT_VERBS:
            if glued is not None and child.i == glued[1].i or _object_of_infinitive(verb, child):
                continue
            if child.lower_ in ("whom", "who") and verb.dep_ == "relcl":
                child = verb.head  # "Ruiz, whom Bell met on Monday": the one the clause is on
            if child.lower_ in ("him", "her"):
                # "sent the referral to the attorney, asking him to …": the one just written
                # to, not the last man named (an actor only if that one is)
                before = person_told_before(child, ctx.index, ctx.resolver.gender)
                if before is not None:
                    targets += parties(ctx, before)
                    continue
            targets += parties(ctx, child) or _show_host(ctx, child)
        elif misread is not None and child.i == misread.i:
            targets += parties(ctx, child)
        elif _name_read_as_verb(verb, child, lemma):
            targets += [p for p in parties(ctx, child) if p[1].type == "person"]  # "explained to Trump that …"
        elif (child.dep_ == "dative" and child.pos_ != "ADP" or child.dep_ == "dobj" and child.tag_ not in ("WDT", "WP")
              and _told_of_by_clause(ctx, verb)) and lemma in CARRYING_VERBS:
            # ("the letter X sent Y": the parser reads Y as the object)
            targets += parties(ctx, child)  # "sent Haddad a letter": the letter checked above
        elif child.dep_ in ("ccomp", "xcomp") and lemma in ("advise", "urge", "ask", "tell", "warn", "invite", "instruct"):
            # "advised Takaichi not to provoke Beijing": the addressee parsed as the subject below
            if any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children):
                targets += [p for g in child.children if g.dep_ == "nsubj" and g.i < child.i and g.pos_ == "PROPN"
                            for p in parties(ctx, g)]
        elif (appeal or courtesy) and child.dep_ == "prep" and child.lower_ in ("on", "upon"):
            targets += [p for g in child.children if g.dep_ == "pobj" for p in parties(ctx, g)]
        elif child.dep_ in ("prep", "dative") and child.lower_ in VERB_PREPS.get(lemma, ()):
            # "spoke with X and with Y": the second "with" hangs on the first
            preps = [child, *(c for c in child.children if c.dep_ == "conj" and c.lower_ == child.lower_)]
            pobjs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
            if child.lower_ == "between":
                between += [p for g in pobjs for p in parties(ctx, g)]
            else:
                targets += [p for g in pobjs for p in parties(ctx, g) or _show_host(ctx, g)]
    if not targets and lemma in OBJECT_VERBS and _object_read_as_head(verb):
        named = verb.head
        while named.dep_ == "compound" and named.head.i > named.i:
            named = named.head  # the title the verb hangs on, and the name it is part of
        targets += parties(ctx, named)  # "Voss hosted President Luis Mora": read as "the hosted Mora"
    if event is not None and lemma in ("hold", "have") or lemma in MEDIATING_VERBS or lemma in CARRYING_VERBS:
        # "held talks between …" / "China hosted talks between Hamas and Fatah"
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if noun is not None:
            between += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
                        for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g)]
    if not targets and not between and (event == "talks" and VERB_EVENTS[lemma] is not None or lemma in ("speak", "talk")):
        # "discussed ways to revive the truce with X": the with phrase hangs lower in the object
        targets += _with_in_object(ctx, verb)
    if lemma in ("share", "lodge", "file", "raise") and not targets:
        # "shared intelligence with Peru", "lodged a protest with China": the parser hangs "with" on the
        # object, or on the noun of its "of" phrase ("raised the matter of detained migrants with X")
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [g for c in objs for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                 for g in o.children if g.dep_ == "pobj" and ctx.ent(g) is None]
        targets += [p for c in objs for w in c.children if w.dep_ == "prep"
                    and w.lower_ == "with" for g in w.children if g.dep_ == "pobj" for p in parties(ctx, g)]
    return targets, between


def _emit_contact(ctx: Context, verb: Token, lemma: str, event: str, subj_tok: Token,
                  sources: list[tuple[Token, EntityRef]], targets: list[tuple[Token, EntityRef]],
                  between: list[tuple[Token, EntityRef]], they: bool) -> None:
    """The relations of an active contact: a go-between to each side, the subject to each one
    reached (and a host's guests with one another), or a subject pair with each other
    ("exchanged letters", "the two met", "Rubio and Lavrov met")."""
    if between:
        if lemma in MEDIATING_VERBS or lemma in CARRYING_VERBS:
            # ("carried messages between the two delegations": a go-between)
            mediate(ctx, sources, between, verb, lemma)
            return
        targets += between
    if targets:
        emit(ctx, sources, targets, verb, event, lemma, 0.8)
        if lemma == "host" and len(targets) >= 2 and not any(c.lower_ == "separately" for c in verb.children):
            # "X hosted Y and Z for talks": the guests met one another too
            pairwise(ctx, targets, verb, event, lemma, 0.6)
    elif len(sources) >= 2 and lemma == "exchange" and not any(c.dep_ == "prep" and c.lower_ == "with"
                                                                 for c in verb.children):
        # "Mexico and Canada exchanged letters": each wrote to the other
        pairwise(ctx, sources, verb, event, lemma, 0.7)
    elif len(sources) >= 2 and (_names_a_pair(subj_tok) or they) and event in ("meeting", "call", "talks"):
        # "The two also discussed …", "both sides talked for hours": the pair with each other
        pairwise(ctx, sources[:2], verb, event, lemma, 0.65)
    elif len(sources) >= 3 and counted_group(subj_tok) == len(sources) and event in ("meeting", "talks"):
        # "The three leaders met for two hours": each with each other
        pairwise(ctx, sources, verb, event, lemma, 0.65)
    elif lemma in RECIPROCAL_VERBS and len(sources) >= 2 and not _has_other_side(verb) and \
            (lemma in MUTUAL_VERBS or _with_each_other(verb)) and not any(c.lower_ == "separately" for c in verb.children) \
            and (lemma not in MATTER_OBJECT_VERBS or any(c.dep_ == "nsubj" for c in verb.children)):
        # (a matter discussed by a subject borrowed from the verb above is no talk between them:
        # "X and Y flew to Z to discuss a plan" talked with Z)
        # "Rubio and Lavrov met", "Ukrainian and Russian negotiators met in Geneva"; "X and Y
        # spoke" only "by phone" or "with each other" (else each may have given a speech)
        pairwise(ctx, sources, verb, event, lemma, 0.7)


def gathering_verb(ctx: Context, verb: Token) -> None:
    """ "The summit brought together Biden, Scholz and Macron", "Qatar convened envoys of X
    and Y": those gathered met one another; a gatherer that is an actor mediated between them."""
    if verb.lemma_.lower() == "bring" and not any(c.lower_ == "together" for c in verb.children):
        return
    if verb.tag_ == "VBG" and verb.dep_ in ("amod", "acl") or not asserted(verb) or _going_to(verb):
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return
    gathered = parties(ctx, obj)
    if obj.lower_ in _GATHERED_GROUPS or obj.lemma_.lower() in _GATHERED_GROUPS:
        # "brought together the leaders of France and Italy": the ones the group's "of" names
        gathered += [p for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                     for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g)
                     if all(p[1].id != q[1].id for q in gathered)]
    if len(gathered) < 2:
        return
    pairwise(ctx, gathered, verb, "meeting", verb.lemma_.lower(), 0.65)
    subj = subject_of(verb)
    if subj is not None and subj.pos_ != "PRON" and not _of_a_sitting(verb):
        mediate(ctx, parties(ctx, subj), gathered, verb, verb.lemma_.lower())


def _of_a_sitting(verb: Token) -> bool:
    """ "the meeting of the Arab Contact Group, which brought together X, Y and Z": a relative
    clause on the body a meeting is of tells who met at it; the body gathered them, it did not
    go between them."""
    if verb.dep_ != "relcl":
        return False
    t = verb.head
    for _ in range(3):
        if t.lemma_.lower() in NOUN_EVENTS or t.lower_ in NOUN_EVENTS:
            return True
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return t.lemma_.lower() in NOUN_EVENTS


# what only those in contact swap: "exchanged views" (talks), "exchanged greetings" (a meeting)
_EXCHANGED = {"view": "talks", "views": "talks", "greeting": "meeting", "greetings": "meeting",
              "pleasantry": "meeting", "pleasantries": "meeting", "note": "message", "notes": "message"}


# what is lodged with someone: "lodged a protest with X", "filed a complaint with X"
_LODGED = frozenset("protest complaint objection".split())


# plural nouns for the people gathered, whose "of"/"from" phrase names whom they stand for
_GATHERED_GROUPS = frozenset("leaders ministers envoys delegations representatives officials negotiators "
                             "heads presidents".split())


def _wording_tells_no_contact(ctx: Context, verb: Token, lemma: str) -> bool:
    """Whether the verb's object or particle shows a sense of it that is no contact: these verbs
    tell of one only with some objects or particles ("shared intelligence with", not "shares a
    border with"; "sat down with", not "sat on the board")."""
    if lemma == "share" and not any(c.dep_ == "dobj" and (c.lower_ in SHARED_WORDS or c.lemma_.lower() in SHARED_WORDS)
                                    for c in verb.children):
        return True  # "shares a border with Peru": nothing told
    if lemma == "raise" and not any(c.dep_ == "dobj" and c.lower_ in RAISED_WORDS for c in verb.children):
        return True  # "raised funds with donors", "raised rates": nothing put to anyone
    if lemma == "present" and not any(c.dep_ == "dobj" and c.lemma_.lower() in _CREDENTIALS for c in verb.children):
        return True  # "presented a plan to X" is read from the plan's noun, if at all
    if lemma == "remind" and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return True  # "she reminds me of Reagan": a likeness, not a reminder
    if lemma in APPEAL_ONLY and not _bids_its_object(verb) and not _pressed_on(ctx, verb):
        return True  # "pressed the case", "pushed a bill"
    if lemma in PHRASAL and not any(c.dep_ == PHRASAL[lemma][0] and c.lower_ == PHRASAL[lemma][1]
                                     for c in verb.children):
        return True  # "sat on the board", "reached a deal", "shook the market"
    return False


def _main_clause_subject(verb: Token) -> Token | None:
    """ "X affirmed that Vietnam attaches importance to the partnership and congratulated Y": a
    past-tense conjunct the parser hung on a present-tense verb of the reported clause goes on
    the past-tense verb that reports it, whose subject is the one who acted."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ not in ("VBZ", "VBP") or head.dep_ != "ccomp" \
            or head.head.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubj"), None)


def _sides_of_the_deed(ctx: Context, noun: Token) -> list[tuple[Token, EntityRef]]:
    """The subjects of the clause a deal or swap is the frame of ("X and Y exchanged prisoners
    in a swap mediated by Z", "X and Y agreed a truce under a deal brokered by Z")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "under", "through", "as") \
            or noun.head.head.pos_ not in ("VERB", "AUX"):
        return []
    subj = subject_of(noun.head.head)
    return parties(ctx, subj) if subj is not None and subj.pos_ != "PRON" else []


# verbs a message is passed on or addressed with, in the passive
_PASSED_ON_VERBS = CARRYING_VERBS | {"address"}


def _message_passed_on(ctx: Context, verb: Token, lemma: str) -> bool:
    """ "The letter was handed to X by Y", "The memo, written by Y, was addressed to X": a
    message noun as the subject of a passive verb of sending, whose "to" names the one it
    reached and whose "by" (on the verb, or on the noun's participle of writing) the one who
    sent or carried it. True when the verb was read so."""
    if lemma not in _PASSED_ON_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if noun is None or NOUN_EVENTS.get(noun.lemma_.lower()) != "message":
        return False
    to = [p for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj" for p in parties(ctx, g)]
    agent = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agent += [g for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() in _WRITING_VERBS
              for c in a.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    senders = [p for g in agent for p in parties(ctx, g)]
    if not to or not senders:
        return False
    emit(ctx, senders, to, verb, "message", lemma, 0.75)
    return True


# participles that name who wrote a message: "the memo, written by X", "a letter signed by Y"
_WRITING_VERBS = frozenset("write sign draft send author".split())


def _object_read_as_predicate(ctx: Context, verb: Token) -> Token | None:
    """The name the parser hung on "called" as a predicate when the verb has no object ("and
    on Tuesday called Indian Minister X"): the one phoned, when it names an actor."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    oprd = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
    if oprd is None or any(c.dep_ in ("appos", "det") for c in oprd.children) \
            or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # ("has been called a Republican Obama": a name given)
    # the clause ends at the name ("… called Minister X." / "… called X on Monday"); a name with
    # more after it is one given ("called Clinton, his rival, a liar", "called Trump a “blowhard”")
    nxt = oprd.doc[oprd.right_edge.i + 1] if oprd.right_edge.i + 1 < len(oprd.doc) else None
    if nxt is not None and nxt.text not in (".", ";") and nxt.lower_ not in _AFTER_THE_ONE_CALLED:
        return None
    return oprd if parties(ctx, oprd) else None


# what may follow the one phoned where no name given follows: "called X on Monday", "called X to discuss"
_AFTER_THE_ONE_CALLED = frozenset("on to about after before in from".split())


def _passive_agent(ctx: Context, verb: Token, lemma: str) -> Token | None:
    """The one who acts on a contact verb in the passive: its "by" phrase ("Holm was summoned
    by Ruiz"), else, with no "by", the place that greeted or summoned ("greeted in Beijing",
    "summoned to the foreign ministry"); None for an active verb."""
    passive_agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                          and g.lemma_.lower() not in _MEANS), None)  # ("spoke by phone": no agent)
    if passive_agent is None and lemma in PERSON_OBJECT_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        # "Putin has been greeted in Beijing": the host is where
        # (the "in" of a place: "In contrast, X was greeted in Beijing" has two)
        passive_agent = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                              for g in c.children if g.dep_ == "pobj" and parties(ctx, g)), None)
    if passive_agent is None and lemma == "summon" and any(c.dep_ == "auxpass" for c in verb.children):
        # "the ambassador was summoned to the Russian foreign ministry": the ministry summoned
        passive_agent = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                              for g in c.children if g.dep_ == "pobj" and parties(ctx, g)), None)
    return passive_agent


# a broadcast programme, whose host is the one spoken to: "told Hannity's radio show", "spoke to
# Levin's program"
_SHOWS = frozenset("show program programme podcast".split())


def _show_host(ctx: Context, tok: Token) -> list[tuple[Token, EntityRef]]:
    """The person whose show ``tok`` is ("told Bell's radio show"): the one talked with there (an
    outlet's show is an interview, left to the quote's addressee)."""
    if tok.lemma_.lower() not in _SHOWS:
        return []
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    return [p for p in parties(ctx, owner) if p[1].type == "person"] if owner is not None else []


def _without_outlets(ctx: Context, verb: Token, targets: list[tuple[Token, EntityRef]]) -> list[tuple[Token, EntityRef]]:
    """The ones a message reached, less the outlets told and their programmes."""
    # "told BBC Radio Four's Any Questions" parsed as two objects: the programme of an outlet
    outlet_objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and any(g.dep_ == "case" for g in c.children)
                   and ((r := ctx.ent(c)) is not None and r.type == "media"
                        or outlet_shaped(ctx.doc[c.left_edge.i:c.i + 1].text))]
    if outlet_objs:
        targets = [t for t in targets if t[1].type == "person" or not any(
            t[0].i > o.i and t[0].dep_ in ("dobj", "dative") and t[0].head.i == verb.i for o in outlet_objs)]
    # "told CNN", "said to the BBC": an interview is the quote's addressee and outlet, not a
    # channel between two actors
    targets = [t for t in targets if t[1].type != "media" and not _outlets_programme(ctx, t[0])
               and not _short_for_an_outlet(ctx, t[1].name)]
    return targets


def _object_read_as_head(verb: Token) -> bool:
    """ "Voss hosted President Luis Mora on Monday": the parser may read the verb in the past as
    an adjective on the titled name after it ("the hosted President"), though the verb has its
    own subject; the name it hangs on is its object."""
    return verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.i < verb.head.i \
        and any(c.dep_ == "nsubj" for c in verb.children)


def _short_for_an_outlet(ctx: Context, name: str) -> bool:
    """Whether ``name`` is the first words of an outlet the article names in full ("told Yahoo"
    after "an interview with Yahoo News", "told Fox" after "Fox News Sunday"): the outlet told,
    shortened, which the outlet table may not know and the entity reading may take for a person
    (a person the article names in full is no outlet's first words)."""
    outlets = ctx.memo.get("outlet_names")
    if outlets is None:
        outlets = [c.name.split() for c in ctx.index.clusters if c.type == "media" or outlet_shaped(c.name)]
        ctx.memo["outlet_names"] = outlets
    words = name.split()
    return any(len(full) > len(words) and full[:len(words)] == words for full in outlets)


def _told_of_by_clause(ctx: Context, verb: Token) -> bool:
    """ "a letter the campaign sent the committee", "the talks that Chile held with Peru": a
    light verb in a relative clause on the event noun, whose object is the noun itself (an
    object it has is the relative pronoun or the one sent to)."""
    head = verb.head
    return verb.dep_ == "relcl" and head.pos_ == "NOUN" and \
        (head.lemma_.lower() in NOUN_EVENTS or head.lower_ in NOUN_EVENTS) and \
        all(c.dep_ != "dobj" or c.tag_ in ("WDT", "WP") or ctx.ent(c) is not None or c.lower_ in _SENT_TO_PRONOUNS
            for c in verb.children)


# the one a message was sent to, as a pronoun: "an email she had sent him"
_SENT_TO_PRONOUNS = frozenset({"him", "her", "them"})


def _going_to(verb: Token) -> bool:
    """ "was gonna tell", "is going to meet": a plan, not an event (the parser reads "going"
    as the verb the event is the complement of)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG" and \
        not any(c.dep_ == "prep" or c.dep_ == "advmod" and c.lower_ in ("there", "home") for c in head.children)


# verbs that bid someone to do what their "to" clause says: "invited her to visit Nairobi",
# "urged both sides to meet": the visit or the meeting is asked for, not held
_BIDDING_VERBS = frozenset("invite ask urge encourage call press tell advise allow permit persuade "
                           "pressure push request want expect need authorize authorise instruct order".split())


def _gerund_subject(verb: Token) -> Token | None:
    """ "X has endured criticism for telling Y", "X was praised for visiting Y": a gerund
    after "for" on the clause's object or verb has the clause's subject."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in ("for", "after", "before", "by"):
        return None
    t = verb.head.head
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "attr"):
        t = t.head
    if t.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _bidden(verb: Token) -> bool:
    """Whether ``verb`` is the deed another verb bids someone do ("invited X to visit Y")."""
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _BIDDING_VERBS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _pressed_on(ctx: Context, verb: Token) -> bool:
    """ "pressed Mora on the mining dispute", "pushed Beijing for an answer": a named person or
    state pressed about something (not "pressed the case", "pushed a bill")."""
    return verb.lemma_.lower() in ("press", "push", "pressure", "lobby") and \
        any(c.dep_ == "prep" and c.lower_ in ("on", "for", "over", "about") for c in verb.children) and \
        any(c.pos_ == "PROPN" and parties(ctx, c) for c in _pressed_ones(verb))


def _pressed_ones(verb: Token) -> list[Token]:
    """Who a verb of pressure names besides its subject: its object, or in the passive its
    agent ("Lee was pressed by Ward on taxes": Ward pressed her)."""
    return [c for c in verb.children if c.dep_ == "dobj"] + \
        [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _bids_its_object(verb: Token) -> bool:
    """ "pressed both sides to settle": an object and a "to" clause after it (the parser may
    hang the clause on the verb or read the object as its subject)."""
    clause = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i
                   and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if clause is None:
        return False
    # ("Lee, pressed by Ward to release her records, …": in the passive the one bid is the subject)
    return any(c.dep_ in ("dobj", "dative", "agent") and c.i < clause.i for c in verb.children) or \
        any(g.dep_ == "nsubj" and g.i < clause.i for g in clause.children)


def _outlets_programme(ctx: Context, tok: Token) -> bool:
    """ "told ABC's This Week": a programme owned by a news outlet is an interview too."""
    if (own := ctx.ent(tok)) is not None and own.type == "person":
        return False  # "told ABC's George Stephanopoulos": a journalist is a person told, not a programme
    # the owner an outlet by its entity or by its name's shape ("BBC Radio Four's Any Questions")
    return any(c.dep_ == "poss" and ((r := ctx.ent(c)) is not None and r.type == "media"
                                     or outlet_shaped(ctx.doc[c.left_edge.i:c.i + 1].text))
               for c in tok.children)


def _quote_follows(obj: Token) -> bool:
    """Whether a quotation mark opens right after the object ("called him “a liar”"), or after
    the article or adjective that opens the name given ("called Ruiz the ‘best player’ of …",
    "calling Ruiz a “co-founder”")."""
    doc = obj.doc
    nxt = _past_aside(doc, obj.right_edge.i + 1)
    for _ in range(2):
        if nxt < len(doc) and doc[nxt].lower_ in ("a", "an", "the", "his", "her", "their", "its", "our", "my"):
            nxt += 1
    return nxt < len(doc) and doc[nxt].is_quote


def _past_aside(doc: Doc, i: int) -> int:
    """The token after a short aside set off by commas at ``i`` ("calling him, among other
    things, “a failed candidate”"), else ``i``: an aside does not part the name given from the
    one it names."""
    if i >= len(doc) or doc[i].text != ",":
        return i
    end = next((j for j in range(i + 1, min(i + 7, len(doc))) if doc[j].text == ","), None)
    if end is None or any(doc[k].is_quote or doc[k].pos_ in ("VERB", "AUX") for k in range(i + 1, end)):
        return i
    return end + 1


# "received the credentials of the new ambassador", "presented his credentials to X"
_CREDENTIALS = {"credential", "credentials"}


def _object_of_infinitive(verb: Token, obj: Token) -> bool:
    """ "urged Congress to fast track the Trans-Pacific Partnership": a second object the
    parser hangs on the verb after the one urged and a "to" between them is the object of the
    infinitive it failed to read as a verb, not a second one urged."""
    return any(c.dep_ in ("dobj", "dative") and c.i < obj.i for c in verb.children) and \
        any(t.lower_ == "to" and t.dep_ == "aux" for t in verb.doc[verb.i + 1:obj.i])


def _courtesy_call(ctx: Context, verb: Token) -> bool:
    """ "called on President X and discussed …", "called on the prime minister on Monday": a
    visit paid to a person (as the wires of India, Japan and Britain write it), when the one
    called on is a named person and nothing is asked of them (no "to" clause, no "for")."""
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and not _on_a_date(c)), None)
    if on is None or any(c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "prt") or c.dep_ == "prep" and c.lower_ == "for"
                         or c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                         for c in verb.children):
        return False
    pobj = next((g for g in on.children if g.dep_ == "pobj"), None)
    if pobj is None or any(g.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in g.children)
                           for g in pobj.subtree):
        return False  # "called on X to step down", the clause hung on the name
    found = parties(ctx, pobj)
    return bool(found) and all(r.type == "person" for _, r in found)


def _called_on(verb: Token) -> bool:
    """ "called on (or upon) Peru to reopen the border": an appeal to someone, told as "urged" is (not
    "called on Monday", "called for talks")."""
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and not _on_a_date(c)
               and any(g.dep_ == "pobj" for g in c.children)), None)
    # (the parser hangs the "to" clause as a complement or as an adverbial one)
    return on is not None and any(c.dep_ in ("xcomp", "advcl") and c.i > on.i and any(g.dep_ == "aux" and g.lower_ == "to"
                                                                         for g in c.children)
                                  for c in verb.children)


def _names_a_pair(tok: Token) -> bool:
    """ "the two", "the two leaders", "both sides", "X and his Chinese counterpart" (a
    counterpart is met across the table)."""
    return tok.lower_ in PAIR_NOUNS and any(c.lower_ in PAIR_WORDS for c in tok.children) or \
        tok.pos_ == "NUM" and tok.lower_ == "two" or \
        any(c.dep_ == "conj" and c.lower_ == "counterpart" for c in tok.children)


def _with_in_object(ctx: Context, verb: Token) -> list[tuple[Token, EntityRef]]:
    """ "discussed ways to revive the truce with X", "spoke about the border with X": a
    *with* phrase inside the verb's object or topic names the other side when it names a
    person or a state (the parser hangs it on the nearest noun or verb)."""
    out: list[tuple[Token, EntityRef]] = []
    for child in verb.children:
        if child.dep_ not in ("dobj", "prep") or child.dep_ == "prep" and child.lower_ in ("with", "between"):
            continue
        for prep in child.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > verb.i:
                out += [p for g in prep.children if g.dep_ == "pobj" for p in parties(ctx, g)
                        if p[1].type in ("person", "country")]
    return out[:4]


def _call_with_purpose(verb: Token, clause: Token) -> bool:
    """ "called her to apologize", "called Ruiz to say he would sign": a "to" clause after the
    one called says what the call was for (not a name given, "called him a liar", nor a
    judgement, "called the talks productive")."""
    return clause.dep_ == "xcomp" and clause.pos_ == "VERB" and clause.i > verb.i \
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children) \
        and any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children)


def _on_a_date(prep: Token) -> bool:
    """ "called X on Monday": a date, not "called on X to …"."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _with_each_other(verb: Token) -> bool:
    """ "spoke by phone", "talked over a video link", "spoke with each other"."""
    words = " ".join(t.lower_ for c in verb.children if c.i > verb.i for t in c.subtree)
    return _by_phone(verb) or "each other" in words or "one another" in words or bool(_face_to_face(verb)) or any(
        c.dep_ == "advmod" and c.lower_ in _FACE_TO_FACE for c in verb.children)


# adverbs that make a plural subject's talk one with each other: "X and Y sat down together",
# "the two spoke directly for an hour", "met face to face"
_FACE_TO_FACE = {"together", "directly", "privately"}


# the means a talk is held over: "spoke by phone", "talked over a video link"
_MEANS = frozenset("phone telephone call videoconference video link".split())


def _by_phone(verb: Token) -> bool:
    # ("spoke by telephone": the parser may read the "by" as a passive's agent)
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "on", "over") and
               any(g.dep_ == "pobj" and g.lemma_.lower() in _MEANS for g in c.children) for c in verb.children)


def _has_other_side(verb: Token) -> bool:
    """Whether the verb names a counterpart the parser could not resolve ("met officials",
    "spoke to reporters"): then its subjects did not only talk among themselves."""
    phrasal = PHRASAL.get(verb.lemma_.lower())  # "shook hands": the object is the verb's own word
    matter = verb.lemma_.lower() in MATTER_OBJECT_VERBS  # "discussed trade": the object is what was said
    no_one = _face_to_face(verb)  # "met face to face": the object or "to" phrase the parse makes of it
    return any(c.dep_ in ("dobj", "dative") and not (phrasal and (c.dep_, c.lower_) == phrasal) and not matter
               or c.dep_ == "prep" and c.lower_ in ("with", "to") for c in verb.children if c.i not in no_one)


def _face_to_face(verb: Token) -> range:
    """The tokens of "face to face" right after ``verb``, which the parser reads as an object
    or a "to" phrase though they name no one met (empty when there is none)."""
    doc = verb.doc
    for start in (verb.i + 1, verb.i + 2):  # ("met briefly face to face")
        words = [t.lower_ for t in doc[start:start + 5]]
        if words[:3] == ["face", "to", "face"]:
            return range(start, start + 3)
        if words[:5] == ["face", "-", "to", "-", "face"]:
            return range(start, start + 5)
    return range(0)



# adjectives of a point made to someone: "made it clear to X that …", "made plain to Y"
_MADE_PLAIN = frozenset("clear plain known".split())


def made_clear(ctx: Context, verb: Token) -> None:
    """ "Ruiz made it clear to Bell that …", "Ruiz made plain to the senators that …": a
    message to the one the "to" phrase names (not "made clear that …", said to no one)."""
    adj = next((c for c in verb.children if c.dep_ in ("ccomp", "acomp", "oprd", "xcomp", "dobj")
                and c.lower_ in _MADE_PLAIN), None)
    if adj is None or not asserted(verb):
        return
    to = [g for h in (adj, verb) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj"]
    subj = subject_of(verb)
    if not to or subj is None:
        return
    targets = _without_outlets(ctx, verb, [p for g in to for p in parties(ctx, g)])
    emit(ctx, acting_parties(ctx, subj), targets, verb, "message", "make clear", 0.7)


def _name_read_as_verb(verb: Token, child: Token, lemma: str) -> bool:
    """ "explained to Trump that …": a surname that is also a verb, right after the verb's "to",
    read by the parser as an infinitive; capitalised inside the sentence, it is the name."""
    doc = verb.doc
    return child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" and "to" in VERB_PREPS.get(lemma, ()) \
        and child.i == verb.i + 2 and doc[verb.i + 1].lower_ == "to" and child.text[:1].isupper() \
        and not child.is_sent_start and not child.text.isupper()
