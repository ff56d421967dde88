"""The words a speech verb's phrases hold that were said: the cue's own words left out, a
preposed report cut before its cue and speaker, a clause without a trailing participle or
another act, a label to its quotation, and the rest of a sentence a cue interrupts when it
holds the speaker's words in marks.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Token

from ..cues import is_speech_verb
from ..boundaries.acts import drop_coordinated_acts, drop_object_acts
from ..boundaries.glosses import drop_gloss_after_quotation, drop_other_reports
from ..boundaries.quotations import quotation_set_off
from ..boundaries.sequels import object_sequel, quoted_adverbial, quoted_sequel, reason_after_clause
from ..addressees.verbs import told_after_object
from ..entities import EntityIndex
from ..quotes import QUOTE_MARKS
from .contents import clip
from .drafts import ReportedWords


def _label_clipped(tokens: list[Token], label: Token, quoted: set[int]) -> list[Token]:
    """"what Sroka called a “bold” approach - working with …": the label ends at the first
    dash, comma or semicolon after its words in marks; what follows is the reporter's gloss."""
    last = max((t.i for t in label.subtree if t.i in quoted), default=None)
    if last is None:
        return tokens
    cut = first_break(label.doc[last + 1:label.right_edge.i + 1])
    return tokens if cut is None else [t for t in tokens if t.i < cut]


def first_break(tokens: Iterable[Token]) -> int | None:
    """The index of the first dash, comma or semicolon among ``tokens`` (not a quotation mark
    or a stop): where a clause's own words end and a gloss or another clause begins."""
    return next((t.i for t in tokens if t.is_punct and not t.is_quote and t.text not in ".!?"), None)


def subtree_tokens(heads: list[Token], exclude: set[int] = frozenset()) -> list[Token]:
    out: dict[int, Token] = {}
    for h in heads:
        lo, hi = h.left_edge.i, h.right_edge.i
        for t in h.doc[lo:hi + 1]:
            if t.i not in exclude:
                out[t.i] = t
    return [out[i] for i in sorted(out)]


def said_tokens(doc: Doc, verb: Token, subj: Token, found: ReportedWords, in_quote: set[int],
                 index: EntityIndex) -> list[Token]:
    """The words of ``found``'s phrases that were said: without the cue's own words, clipped
    as its origin reads (before the cue and its speaker, after the cue, without a trailing
    participle or another act) and to the cue's paragraph."""
    heads, origin, label, quote_end, stranded = found
    exclude = set(t.i for t in verb.subtree) - set(t.i for h in heads for t in h.subtree) if origin == "preposed" \
        else set(t.i for t in verb.subtree) if origin == "aside" else set()
    if origin == "object" and (told := told_after_object(verb, index)) is not None:
        # "confirmed the news to the Toronto Star": the outlet told is the audience, not words said
        exclude = {t.i for t in told.subtree}
    tokens = subtree_tokens(heads, exclude)
    if label is not None:
        tokens = _label_clipped(tokens, label, getattr(in_quote, "anywhere", in_quote))
    if origin == "preposed":
        tokens = _before_the_cue(tokens, verb, subj, heads, in_quote)
    if origin == "aside" and all(t.is_punct or t.dep_ == "cc" for t in tokens if t.i < verb.left_edge.i):
        # "As the paper noted Thursday, the mayor …": the day the parse hung on the main verb is the aside's
        after = [t for t in tokens if t.i > verb.right_edge.i]
        k = 0
        while k < len(after) and after[k].ent_type_ in ("DATE", "TIME") and not after[k].is_punct:
            k += 1
        if k and k < len(after) and after[k].text == ",":
            tokens = after[k + 1:]
    if origin == "aside" and tokens and tokens[-1].i > verb.i \
            and all(t.is_punct or t.is_space for t in tokens if t.i > verb.i):
        # 'The economy is “on the mend,” as Lee said.': nor the comma and mark before a closing aside
        tokens = _without_closing_marks([t for t in tokens if t.i < verb.i])
    if origin == "clause":
        tokens = _drop_trailing_participle(tokens, heads)
        if heads[0].i > verb.i:
            # "the deal, which he said had saved …": the clause starts after its cue
            tokens = [t for t in tokens if t.i > (verb.i if stranded is None else verb.right_edge.i)]
        tokens = drop_coordinated_acts(tokens, heads[0], verb)
        if heads[0].i > verb.i and tokens and tokens[-1].i == heads[0].right_edge.i:
            tokens = tokens + (quoted_sequel(verb, heads[0]) or reason_after_clause(verb, tokens[-1])
                               or quoted_adverbial(verb, tokens[-1]))
    if origin == "infinitive":
        # "urged the city to create “a big spectacle,” leaving residents nervous": the comment
        # after the comma is the reporter's, as after a clause
        tokens = _drop_trailing_participle(tokens, heads)
        if tokens and tokens[-1].i == heads[0].right_edge.i:
            tokens = tokens + quoted_adverbial(verb, tokens[-1])
    if origin == "object":
        tokens = drop_object_acts(tokens, heads) if quote_end is None \
            else list(doc[heads[0].left_edge.i:quote_end.i])  # (the closing mark left out, as elsewhere)
        if tokens:
            tokens = tokens + object_sequel(verb, tokens[-1], getattr(in_quote, "anywhere", in_quote))
    return drop_gloss_after_quotation(clip(drop_other_reports(tokens, verb), verb, index))


def _before_the_cue(tokens: list[Token], verb: Token, subj: Token, heads: list[Token],
                    in_quote: set[int]) -> list[Token]:
    """The words of a preposed report ("…, an aide said"): those before the cue and its
    speaker, up to where a quotation set off before them ends."""
    tokens = [t for t in tokens if t.i < verb.i and t.i < subj.i]
    if heads[0].i == verb.head.i or heads[0].is_ancestor(verb):
        # the conjunct's (or the root's) whole subtree was taken, the cue's subject with it
        tokens = [t for t in tokens if t.i < subj.left_edge.i]
        if heads[0].dep_ == "ROOT" and heads[0].is_ancestor(verb):
            # (the comma and closing mark before the misplaced cue's subject are not words said)
            tokens = _without_closing_marks(tokens)
    named = _named_before_title(subj)
    if named is not subj:
        # "…,” Tom Reyes, the former governor, said": the speaker found is the title, but the
        # mention starts at the name the title stands beside
        tokens = [t for t in tokens if t.i < named.left_edge.i]
    return quotation_set_off(tokens, verb, getattr(in_quote, "anywhere", in_quote))


def quoted_remainder(verb: Token, in_quote: set[int]) -> list[Token]:
    """"Crews laid new cable downtown, she said, to “make sure everyone can watch” from home":
    a cue set inside the sentence it reports, with the rest of that sentence after it, hung on
    the same head, holding the speaker's words in marks. Empty when nothing after the cue is
    the head's, or none of it is quoted."""
    doc = verb.doc
    # (the parse hangs the rest on the head of what was said, or on the cue itself)
    owner, after = (verb.head, max(t.i for t in verb.subtree if not t.is_punct)) if verb.dep_ == "parataxis" \
        else (verb, verb.i)
    start = after + 1
    while start < len(doc) and (doc[start].is_punct and not doc[start].is_quote or doc[start].dep_ == "cc"):
        start += 1
    if start == after + 1 or doc[after + 1].text != ",":
        return []  # the cue set off by commas
    rights = [c for c in owner.rights if c.i > after and not c.is_punct and c.dep_ != "cc"]
    # (up to a clause coordinated with the cue or the head: a new act, or the parse's slip)
    rights = rights[:next((k for k, c in enumerate(rights) if c.dep_ in ("conj", "parataxis")), len(rights))]
    if not rights or rights[0].left_edge.i != start or any(c.dep_ == "dobj" for c in rights):
        return []
    tokens = [t for c in rights for t in c.subtree]
    quoted = getattr(in_quote, "anywhere", in_quote)
    outside = [t for t in tokens if t.i not in quoted and not t.is_punct]
    if not any(t.i in quoted for t in tokens) or not outside \
            or any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and t.i not in quoted for t in tokens):
        return []  # (a quotation alone is read as one; a speech verb of its own reports anew)
    return tokens


def _named_before_title(subj: Token) -> Token:
    """The name a speaker's title is set beside ("Tom Reyes, the former governor of Ohio"): an
    appositive with only a comma between it and the noun it hangs on (a quotation mark between
    them means the parse hung the title on the quoted words instead). ``subj`` itself if none."""
    doc = subj.doc
    m = subj
    while m.dep_ == "appos" and m.head.i < m.i and m.head.pos_ == "PROPN" \
            and any(t.text == "," for t in doc[m.head.i + 1:m.i]) \
            and not any(t.is_quote for t in doc[m.head.i + 1:m.i]):
        m = m.head
    return m


def _without_closing_marks(tokens: list[Token]) -> list[Token]:
    """``tokens`` less the commas and closing quotation marks that end them: the punctuation
    between the words said and a cue after them (“…,” she said) is no word said."""
    while tokens and tokens[-1].text in (",", '"', "\u201d"):
        tokens = tokens[:-1]
    return tokens


def _drop_trailing_participle(tokens: list[Token], heads: list[Token]) -> list[Token]:
    """", implicitly putting his name on the line": a participle clause after a comma
    comments on the report; it is not part of what was said."""
    for h in heads:
        for c in h.rights:
            if c.dep_ != "advcl" or c.tag_ != "VBG" or c.left_edge.i == 0:
                continue
            if not is_speech_verb(c.lemma_) and any(t.is_quote for t in c.subtree):
                # "…, coming from far behind to a “dead heat”": the speaker's words go on (a
                # speech verb, "…, adding “…”", is a report of its own)
                continue
            k = c.left_edge.i - 1
            while k > h.i and c.doc[k].text in QUOTE_MARKS:
                k -= 1  # "has “expanded the party,” claiming …": the comma stands inside the quote
            if c.doc[k].text == ",":
                return [t for t in tokens if t.i < k]
    return tokens
