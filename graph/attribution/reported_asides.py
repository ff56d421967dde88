"""Cues set aside from the words they report: a trailing cue ("The deal is dead, he said."),
one that interrupts them ("…, Mr. Obama said, a majority …", "Instead, Lee told CNN, her plan
…"), an "as" aside at the start or end of the sentence ("As Lee noted, …", "as Lee put it").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..cues import ADDRESSEE_VERBS, SUBORDINATORS, is_speech_verb
from .reported_clauses import first_word, fronted_clause


def aside_words(doc: Doc, verb: Token, subj: Token, gapped: tuple[Token, Token] | None,
                 headline: int) -> tuple[list[Token], str] | None:
    """The words a cue set aside from them reports, with their origin: the clause a trailing
    cue hangs on ("The deal is dead, he said."), the one a cue interrupts ("…, Mr. Obama said,
    a majority …"), the main clause of an "as" aside, a gapped object's clause, a fronted clause."""
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        return [verb.head], "preposed"  # "The deal is dead, he said."
    if verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.right_edge.i + 1 < len(doc) \
            and (doc[verb.i + 1].text == "," or _set_off(verb)) or _opening_aside(verb):
        # "During his years in office, Mr. Obama said, a majority of Americans have come to …"
        return [verb.head], "parenthetical"
    if (main := _as_aside(verb)) is not None:
        # "As the paper noted Friday, the mayor “has lost the trust of the port”": the clause
        # the aside hangs on is what was noted
        return [main], "aside"
    if gapped is not None:
        return [gapped[0]], "preposed"
    fronted = fronted_clause(verb, subj, headline)
    if fronted is not None:
        # "Stop funding the rebels, the minister told Sweden": the clause before the cue
        return [fronted], "preposed"
    return None


# Verbs of putting forward an act to be done: "as X proposes/urged/promised" names the plan's
# owner, not a source of the sentence around it.
_PROPOSING = frozenset("propose suggest recommend urge demand promise pledge vow advocate".split())


def put_it_idiom(verb: Token) -> bool:
    """"as Lee put it": the idiom of wording, whose "it" stands for the words the aside
    attributes (an aside of "as" only; "as Lee put it on the table", "put it off" place a thing)."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
        and not any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in _PLACING for c in verb.children)


_PLACING = frozenset("on onto into under over behind above below beside near by through to toward towards".split())


def _as_aside(verb: Token) -> Token | None:
    """The main verb of a sentence that an "as" aside at its start or end attributes: "As Lee
    noted, the plan …", "The plan is dead, as Lee wrote." Not an aside that says something
    of its own ("as he said he would", "as she said goodbye") nor one inside the sentence
    ("the fact that …, as Lee said, only raises …": the words said are only part of it)."""
    head = verb.head
    if verb.dep_ != "advcl" or head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX"):
        return None
    put_it = put_it_idiom(verb)  # "As Lee put it, the plan …"
    if not (is_speech_verb(verb.lemma_) or put_it) or verb.tag_ == "VBG":
        return None  # "As he spoke in the lobby, …", "as they were joking": while, not a source
    if verb.lemma_.lower() in _PROPOSING:
        # "One can weigh a tax to pay for tuition, as Ruiz proposes": the aside says whose the
        # plan is, not who says the sentence
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "advcl", "oprd", "acomp", "auxpass", "nsubjpass") \
                or c.dep_ == "dobj" and verb.lemma_.lower() not in ADDRESSEE_VERBS and not (put_it and c.lower_ == "it") \
                or c.dep_ == "prep" and c.lower_ in ("with", "to"):
            # ("as it was called" names a thing; "as she joked with friends" is a while)
            return None
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    while hi > verb.i and doc[hi].is_punct:
        hi -= 1  # (the parse may hang the comma after the aside on its verb)
    first = verb.sent.start
    while first < lo and (doc[first].is_punct or doc[first].dep_ == "cc"):
        first += 1  # "But as Lee noted, …"
    last = verb.sent.end - 1
    while last > hi and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    end = hi
    while end + 1 < len(doc) and doc[end + 1].ent_type_ in ("DATE", "TIME") and not doc[end + 1].is_punct:
        end += 1  # "As the paper noted in an editorial Thursday, …": the parse may hang the day on the main verb
    opening = first == lo and end + 1 < len(doc) and doc[end + 1].text == ","
    # (a comma inside the closing mark of a quotation ends the clause too: 'is “on the mend,” as Lee said')
    closing = last == hi and lo > 0 and (doc[lo - 1].text == "," or lo > 1 and doc[lo - 1].is_quote
                                         and doc[lo - 2].text == ",")
    if not (opening or closing):
        return None
    if any(t.lower_ in ("whether", "if") and not lo <= t.i <= hi for t in head.subtree):
        # "It does not show whether he had a gun, as police said": the aside vouches for the
        # question's answer, not for the sentence around it
        return None
    return head


def _opening_aside(verb: Token) -> bool:
    """"Instead, Lee told CNN, her plan would be …": the parse made the clause after the comma
    the root and hung the cue on it as an aside or as its complement. The cue's clause opens
    the sentence, has its own subject and no subordinator, and a comma closes it before a
    clause with a subject of its own: that clause is what was said."""
    doc = verb.doc
    if verb.dep_ not in ("ccomp", "parataxis") or verb.head.i < verb.i or verb.head.dep_ != "ROOT":
        return False
    hi = verb.right_edge.i
    if hi + 1 >= verb.head.i or doc[hi + 1].text != ",":
        return False
    first = first_word(verb, verb.i)
    if verb.left_edge.i > first:
        return False
    if any(c.dep_ == "mark" or c.dep_ == "advmod" and (c.lower_ in SUBORDINATORS or c.tag_ == "WRB")
           for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) or is_speech_verb(verb.head.lemma_):
        return False  # ("Crowds grew, police added, the paper reported": the later cue reports)
    head = verb.head
    if not any(not c.is_punct and not c.is_space and c.dep_ != "cc" for c in head.rights):
        return False  # "…, Fox found.": the later verb reports the first clause, not the reverse
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > hi for c in head.children)


def _set_off(verb: Token) -> bool:
    """"The war, he told CNN, has …": the cue's clause stands between commas."""
    doc = verb.doc
    lo, hi = verb.left_edge.i, verb.right_edge.i
    left = doc[lo].text == "," or lo > 0 and doc[lo - 1].text == ","
    right = doc[hi].text == "," or hi + 1 < len(doc) and doc[hi + 1].text == ","
    return left and right
