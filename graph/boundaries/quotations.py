"""A quotation the parse breaks off from the report it belongs to, read from its marks: the
opening mark in an earlier sentence of the paragraph ("Small towns “need a doctor. That is the
problem,” said the woman"), the quotation right after an object cue's object or a relative
label ("called Lee “a smart guy. I think …”"), and a quotation set off by a dash, a
parenthesis or another report's lead-in before a trailing cue.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from ..cues import DASHES, is_speech_verb
from ..quotes import Quoted
from ._words import OWN_SUBJECT


def quotation_opened_before(doc: Doc, start: int, cue_start: int, quoted: Sequence[Quoted]) -> int | None:
    """Where a reported content that starts inside a quotation should start: at the start of
    the sentence holding the quotation's opening mark, when the mark opens in an earlier
    sentence of the same paragraph and the cue comes after the quotation closes.

    "Small towns “need a doctor who stays. That is the whole problem,” said the woman": the
    parse sees two sentences and gives the cue only the second, but the words in the marks are
    one utterance and the lead-in before them is the paraphrase that introduces it. None when
    the content does not start inside such a quotation."""
    text = doc.text
    for q in quoted:
        if not (q.inner_start < start < q.inner_end) or q.end > cue_start or not q.closed:
            continue
        if "\n" in text[q.start:start]:
            return None  # a quotation over paragraphs is a speech of its own, read elsewhere
        opening = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if opening is None:
            return None
        first = opening.sent.start_char
        while first < q.start and text[first].isspace():
            first += 1
        if "\n" in text[first:q.start]:
            return None
        return first
    return None


# An opening mark and the marks that close it (a nested ‘…’ inside “…” does not).
_CLOSERS = {"\u201c": "\u201d\"", '"': '"\u201d', "\u00ab": "\u00bb", "\u201e": "\u201c\u201d"}


def quotation_after_object(verb: Token, quoted_tokens: set[int]) -> tuple[Token, Token] | None:
    """(object, closing mark) when an object cue's object is followed at once by a quotation
    the parse breaks off from it: "called Lee “a smart guy. I think he gets the data.”",
    "calling it “a step forward for the city. We waited years.”", "used the hearing to demand
    landlords “pay their fair share.”" A sentence break inside the marks, or a second root,
    leaves the object alone (and a preposition inside the marks may pass for the cue's
    own: "for the city"), but words in marks right after the object of a verb that reports
    through its object are what it was called, demanded, praised: the speaker's words.
    None when there is no such quotation, or when the object's own subtree already holds it
    (the content then reads as parsed)."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and not any(c.dep_ == "dobj" for c in verb.children):
        # "called the city's plan “weak.”": the parse may give the object as a predicate (oprd)
        obj = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    if obj is None or obj.i in quoted_tokens:
        return None
    k = obj.right_edge.i + 1
    if k >= len(doc) or not doc[k].is_quote or k not in quoted_tokens or doc[k].whitespace_ \
            or (k > 0 and k - 1 in quoted_tokens):
        return None  # an opening mark hangs on the next word
    end = _closing_mark(doc, k, quoted_tokens)
    if end is None:
        return None
    covered = {t.i for t in obj.subtree}
    covered |= {t.i for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > obj.i for t in c.subtree}
    if all(i in covered for i in range(k, end + 1)):
        return None
    return obj, doc[end]


def _closing_mark(doc: Doc, k: int, quoted_tokens: set[int]) -> int | None:
    """The closing mark of the quotation opened by the mark ``k``, in its paragraph; None when
    it does not close or holds fewer than two tokens."""
    closers = _CLOSERS.get(doc[k].text)
    end = k + 1
    while end < len(doc) and end in quoted_tokens and "\n" not in doc[end - 1].whitespace_ \
            and not (doc[end].is_quote and closers is not None and doc[end].text in closers):
        end += 1  # (the first closing mark of its kind: "“unhinged.” “So …”" are two quotations)
    if end >= len(doc) or end - k < 3 or not doc[end].is_quote or closers is None or doc[end].text not in closers:
        return None  # an unclosed mark, or nothing in it
    return end


def quotation_of_label(verb: Token, label: Token, quoted_tokens: set[int]) -> Token | None:
    """The closing mark of the quotation a relative label opens right after its verb, when the
    parse breaks the quotation off the label: in "what the mayor called “the longest, most
    bitter and, in some ways, most pointless strike in memory,”" the label's subtree stops at
    "most bitter", but all the words in the marks are what she called it. None when the
    quotation does not open at the label or the label's subtree holds all of it."""
    doc = verb.doc
    k = verb.i + 1
    if k >= len(doc) or not doc[k].is_quote or k not in quoted_tokens or label.left_edge.i != k + 1:
        return None
    end = _closing_mark(doc, k, quoted_tokens)
    if end is None or end <= label.right_edge.i + 1:
        return None
    return doc[end]


def quotation_set_off(tokens: list[Token], verb: Token, quoted_tokens: set[int]) -> list[Token]:
    """``tokens`` (what stands before a trailing cue: "…, he said") from the opening mark of
    the quotation that ends them, when that quotation is set off from the words before it.

    "Reyes argued the budget was reckless - “We cannot keep borrowing,” he said - and …",
    "The closing drew anger from workers (“We were never asked,” wrote one nurse), and …":
    a dash or a parenthesis opens an utterance of its own, and the cue after it frames just
    that. So does a comma after a report with a speech verb of its own ("…, telling reporters
    on Tuesday, “Both of them are ready,” she said"), when the words in the marks are a clause:
    the lead-in is the other report's. A quotation run on from a paraphrase ("Small towns
    “need a doctor,” said the woman", "The plan is fine, “but costly,” he said") keeps it."""
    if len(tokens) < 3:
        return tokens
    doc = verb.doc
    last = tokens[-1]
    if last.i not in quoted_tokens or last.i >= verb.i:
        return tokens
    first_of_frame = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in OWN_SUBJECT and c.i < verb.i])
    if any(not t.is_punct for t in doc[last.i + 1:first_of_frame]):
        return tokens  # the quotation does not close right before the frame
    k = last.i
    while k - 1 >= tokens[0].i and k - 1 in quoted_tokens and not doc[k].is_quote:
        k -= 1
    if not doc[k].is_quote or k <= tokens[0].i + 1 or "\n" in doc.text[doc[tokens[0].i].idx:doc[k].idx]:
        return tokens
    before = doc[k - 1]
    if before.text in DASHES:
        # "“I doubt the old view” -- that he is a nanny -- “will last,” he says": the dash closes
        # the reporter's gloss inside one quotation, which starts at the first piece's mark
        opening = next((t for t in reversed(tokens) if t.i < k - 1 and t.text in DASHES and t.whitespace_
                        and t.tag_ != "HYPH"), None)  # (not the hyphen of "nanny-state")
        if opening is not None and opening.i - 1 in quoted_tokens and doc[opening.i - 1].is_quote:
            j = opening.i - 2
            while j > tokens[0].i and j in quoted_tokens and not doc[j].is_quote:
                j -= 1
            k = j if doc[j].is_quote and j > tokens[0].i + 1 else tokens[0].i
        return [t for t in tokens if t.i >= k]
    if before.text == "(":
        return [t for t in tokens if t.i >= k]
    if before.text not in (",", ":"):
        return tokens
    inside = doc[k + 1:last.i + 1]
    clause = any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in range(k + 1, last.i + 1)
                 and t.head.pos_ in ("VERB", "AUX") for t in inside)
    lead = [t for t in tokens if t.i < k - 1]
    if clause and any(t.pos_ == "VERB" and t.i not in quoted_tokens and is_speech_verb(t.lemma_) for t in lead):
        return [t for t in tokens if t.i >= k]
    return tokens
