"""A quotation's own frame as its cue, whatever the verb: “Go home,” the mayor barked.

A reader needs no list of reporting verbs to see who speaks in “…,” X barked / snapped / shot
back / went on: a quotation whose words end on a comma, a question or an exclamation mark,
followed by a subject and its verb (or the verb and its subject, “…,” barked the mayor), is
that subject's speech. The parse says the same when the quotation hangs on the verb; this
module reads that shape, so that verbs of manner (barked, mocked, boomed) and phrasal ones
(shot back, went on) attribute like "said" does, with no word list.

Also here: the age noun "the 52-year-old" as a speaker, which the small model tags as a date.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

# What a quotation that hands over to its frame ends with, inside the marks.
_HANDOVER = (",", "?", "!", "\u2014", "\u2013", "-", "\u2026")
_SUBJECTS = ("nsubj", "nsubjpass")
_AGE = re.compile(r"^\d+$")


def frame_verb(doc: Doc, q_first: int, q_end: int, content: str, frame: list[Token],
               usable) -> tuple[Token, Token] | None:
    """(verb, subject) of a quotation's after-frame when it has the speech shape, or None.

    ``q_first``/``q_end`` are the quotation's first token and the token after it, ``content``
    its words, ``frame`` the tokens after it up to the sentence end, ``usable(tok, verb)`` tells
    whether a token can be a speaker of ``verb``.
    """
    if not frame or not content.rstrip().endswith(_HANDOVER):
        return None
    for verb in frame[:10]:  # "the Republican vice-presidential nominee riffed": a long description
        if verb.pos_ not in ("VERB",) or verb.lemma_ in ("be", "have"):
            continue
        named = _name_hung_on_participle(verb, frame)
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not _past_read_as_base(verb, frame) and named is None:
            continue
        hangs = any(t.head.i == verb.i for t in doc[q_first:q_end])
        alone = verb.dep_ == "ROOT" and all(q_first <= t.head.i < q_end for t in doc[q_first:q_end])
        # "“…,” read the statement": the parse hung an inverted frame verb, right after the
        # quotation, on a verb of the quotation instead of the quotation on it (only there: a
        # verb after a subject of its own may open the next sentence, "“…!” Former Gov. Lee broke …")
        hung = q_first <= verb.head.i < q_end and verb.dep_ in ("dep", "conj", "parataxis", "ccomp") \
            and all(t.is_punct for t in frame[:frame.index(verb)])
        # (a name read as the participle's modifier hangs it on the quotation in any way)
        hung = hung or named is not None and q_first <= verb.head.i < q_end
        if not (hangs or alone or hung):
            return None  # the quotation is part of some other clause
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS and q_end <= c.i), named)
        if subj is None and all(t.is_punct for t in frame[:frame.index(verb)]) \
                and not any(c.dep_ in _SUBJECTS for c in verb.children):
            # "“…,” exhorted the mayor's introducer": a verb right after the quotation with no
            # subject of its own is inverted; the parse takes its subject for an object
            subj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i <= verb.i + 4), None)
        if subj is None:
            return None
        if subj.i < verb.i and any(t.pos_ in ("VERB", "AUX") for t in doc[subj.i + 1:verb.i]):
            return None
        if subj.i > verb.i + 4:
            return None
        subj = age_speaker(subj) or subj
        return (verb, subj) if usable(subj, verb) else None
    return None


def _name_hung_on_participle(verb: Token, frame: list[Token]) -> Token | None:
    """"“…,” Lee barked and a guard led him out": the small model reads a past tense right
    after a name that follows the quotation as a participle, and the name as its modifier; the
    name is the verb's subject. None unless the name alone stands between the mark and the verb."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    k = frame.index(verb)
    words = [t for t in frame[:k] if not t.is_punct]
    if not words or len(words) > 3 or any(t.pos_ != "PROPN" for t in words) \
            or any(t.head.i not in {w.i for w in words} | {verb.i} for t in words):
        return None
    return words[-1]


def _past_read_as_base(verb: Token, frame: list[Token]) -> bool:
    """"“…,” read the statement": a past tense spelled like the base form ("read", "put",
    "set") tagged as the base right after the quotation, with no auxiliary or "to" to make it
    one; an imperative cannot stand there."""
    return verb.tag_ == "VB" and verb.text.islower() and verb.dep_ not in _SUBJECTS \
        and all(t.is_punct for t in frame[:frame.index(verb)]) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def age_head(tok: Token) -> Token | None:
    """The head word of "the 52-year-old" (tagged a date by the small model) when ``tok`` is
    part of it, else None."""
    doc = tok.doc
    lo = max(0, tok.i - 4)
    hi = min(len(doc), tok.i + 5)
    for i in range(lo, hi - 4):
        words = [t.lower_ for t in doc[i:i + 5]]
        if _AGE.match(words[0]) and words[1:] == ["-", "year", "-", "old"] and i <= tok.i <= i + 4:
            return doc[i + 4]
    return None


def age_speaker(tok: Token) -> Token | None:
    """The speaker's head word when ``tok`` is part of an age: "the 52-year-old" alone, or the
    noun the age describes ("the 52-year-old mayor", "the 45-year-old mother of two"), which
    is the mention a reader points at. None when ``tok`` is no part of an age."""
    head = age_head(tok)
    if head is None:
        return None
    if head.dep_ == "amod" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return head


def is_age_noun(tok: Token) -> bool:
    """"the 52-year-old": a person described by age, not a date."""
    head = age_head(tok)
    if head is None or head.i != tok.i:
        return False
    return any(c.dep_ == "det" for c in tok.children) or tok.i >= 5 and tok.doc[tok.i - 5].lower_ in ("the", "a")


# Verbs of thinking or feeling: what follows them is the thinker's impression, not a report.
_THINKING = frozenset("feel think believe imagine sense suppose guess figure reckon".split())


def imagined_by(verb: Token) -> Token | None:
    """The subject a quotation's cue stands under when the cue is inside what someone thinks
    or feels: in "Lee said he felt they were saying, ‘We're safe now’" the words are Lee's
    rendering of a mood, not a report of what "they" said. The one who reports the thought
    ("Lee"), else the thinker; None when the cue is no part of a thought."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _THINKING:
            thinker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if thinker is None:
                return None
            if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in ("say", "tell"):
                teller = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                if teller is not None:
                    return teller
            return thinker
    return None

