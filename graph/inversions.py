"""Cues that follow their content with the speaker after the verb: "…, said Maria Gomez."

A sentence that ends ", said NAME." (or ", added the minister.") reports all the words
before the comma, whatever the parse made of them. Quotation marks inside those words ("The
vote marks “a turning point” for the city, said Gomez") often make the small model hang
the start of the sentence on the cue as a second subject instead of its complement, and
the cue then seems to have neither content nor a speaker of its own. The word order says
both: the subject stands right after the verb, the content is the sentence before the comma.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .speakers import SUBJECT_DEPS

# Parse labels a clause standing before the cue may get when the parse has gone wrong: the
# subject-looking head, or a complement/dependent the verb keeps.
_FRONT_DEPS = frozenset(SUBJECT_DEPS) | {"ccomp", "advcl", "dep", "npadvmod", "parataxis", "dobj", "attr"}


def inverted_tail(verb: Token, in_quote: set[int],
                  fits: Callable[[Token, Token, set[int]], bool]) -> tuple[Token, list[Token]] | None:
    """``(speaker head, content tokens)`` for "CLAUSE, said SPEAKER." ending its sentence, when
    every word of the clause hangs on the cue; None otherwise.

    ``fits`` says whether a token can be the speaker of the verb (the caller's test, so that a
    date or a quoted word is never one)."""
    doc = verb.doc
    sent = verb.sent
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i - 1 <= sent.start or doc[verb.i - 1].text != ",":
        return None
    # the subject right after the verb ("said Maria Gomez", "said the woman who runs it")
    after = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i]
    if not after or after[0].left_edge.i != verb.i + 1 or not fits(after[0], verb, in_quote):
        return None
    speaker = after[0]
    # nothing else after the subject but asides and the sentence's end: "…, said Gomez, a council
    # member." — not "…, said Gomez, who then added that …" with a second clause to report
    for c in verb.children:
        if c.i > verb.i and c.i != speaker.i and c.dep_ not in ("punct", "npadvmod", "prep", "advmod"):
            return None
    first = sent.start
    while first < verb.i and (doc[first].is_space or doc[first].is_punct and doc[first].text not in "\"“‘'"):
        first += 1
    tokens = [t for t in doc[first:verb.i - 1]]
    if len([t for t in tokens if t.is_alpha]) < 3:
        return None
    if any(t.i in in_quote for t in tokens):
        return None  # a whole quotation before the cue is a direct quote's frame, read elsewhere
    # every word before the comma belongs to the cue: its heads are the verb's own left children
    fronts = [c for c in verb.lefts if c.i >= first]
    if not fronts or any(c.dep_ not in _FRONT_DEPS and c.dep_ != "punct" for c in fronts):
        return None
    if any(t.head.i >= verb.i and t.head.i != verb.i for t in tokens):
        return None
    if not all(verb.i in {a.i for a in t.ancestors} or t.i == verb.i for t in tokens):
        return None
    return speaker, tokens
