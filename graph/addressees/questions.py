"""The one who asked what the cue's words answer: "in response to a question from Dunn", "when
asked by reporters", "pressed by Dunn on her fees", "took questions from reporters"."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities import EntityIndex
from ..model import EntityRef
from ..speakers import SpeakerResolver
from .audience import audience, press_event, reporters


# Participles of being put questions, whose agent asked: "Pressed by reporters", "Challenged by
# ABC's Dana Reis on her fees", "Questioned by the committee" (an agent needed: "pressed for time").
PRESSED = frozenset("press question challenge quiz grill interrupt".split())


# Nouns of a question put to the speaker ("in response to a question from X", "under questioning
# from X", "answering questions from X").
QUESTION_NOUNS = frozenset("question questioning".split())


# Words that lead from the cue to the question it answers: "in response to", "in reply to", "in
# answer to", "under (questioning)", "responding to", "answering", "replying to".
_ANSWERING_WORDS = frozenset("in under response reply answer to respond answering responding replying".split())


def answering(question: Token, verb: Token) -> bool:
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


def questioner(question: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
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


def asking_clause(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is a clause of asking that the cue ``verb`` answers: hanging on the cue
    ("When asked …, Lee said"), or on the words the cue's parataxis quotes ("Asked …, she said,
    “I read it”", where the parser makes the quote the root)."""
    if tok.lemma_.lower() != "ask" or tok.dep_ not in ("advcl", "ccomp"):
        return False
    return tok.head.i == verb.i or verb.dep_ == "parataxis" and tok.head.i == verb.head.i and tok.i < verb.i


# The press as the ones who ask: "asked about the deal by reporters".
_PRESS_ASKERS = frozenset("reporter journalist correspondent".split())


def press_by_after_topic(asked: Token) -> Token | None:
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


def is_question(clause: Token) -> bool:
    """ "whether the plan would survive", "who would win": a clause that asks."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in ("whether", "if") or first.tag_ in ("WP", "WRB", "WDT")


# Verbs of answering the questions of an audience: "took questions from reporters", "fielding
# questions from lawmakers", "answered questions from voters".
_QUESTIONS_TAKEN = frozenset("take field answer face tackle".split())


def askers(questions: Token, verb: Token, index: EntityIndex, resolver: SpeakerResolver) -> EntityRef | None:
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
