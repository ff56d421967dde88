"""What was said going on where the parse does not hang it on the cue's clause: a "that"-clause
after an adjunct between it and its cue ("argued at the hearing that …"), a clause of the
speaker's quoted words after "but" or "and" ("…, but “none of them were serious”"), an
object cue's second object or reason in marks, an adverbial clause holding the speaker's
quoted words, and the speaker's reason after "because".
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..cues import is_speech_verb
from ._words import OCCASIONS, OWN_SUBJECT, own_report


def quoted_sequel(verb: Token, head: Token) -> list[Token]:
    """The tokens of a clause the parse hangs on the cue after what it governs, when it goes
    on in the speaker's own words: "said he had offers for the car, but “none of them were
    serious”", "said the door was open, and he had walked in to find “a mess”". A clause of
    its own subject after "but" or "and" with a quotation in it and no speech verb: the
    reporter does not quote in a clause of their own (a speech verb there opens a report of
    its own: "…, but critics called it “a sham”"), and words of the speaker, not a name set in
    quotation marks ("…, and the “reform” wing walked out"). Empty when there is none."""
    return _sequel(verb, head.right_edge.i)


def sequel_after_cue(head: Token, cue: Token) -> list[Token]:
    """The same as ``quoted_sequel`` for a cue set in after what was said ("The rules are
    clear, Lee said, but “nobody reads them”"): a clause the parse hangs on the head of what
    was said, after the cue, in the speaker's own words."""
    if cue.head.i != head.i or cue.i < head.i:
        return []
    return _sequel(head, cue.right_edge.i)


def _sequel(owner: Token, after: int) -> list[Token]:
    doc = owner.doc
    for c in owner.rights:
        if c.dep_ != "conj" or c.i < after or c.pos_ not in ("VERB", "AUX"):
            continue
        if not any(g.dep_ in OWN_SUBJECT for g in c.children):
            return []
        between = doc[after + 1:c.left_edge.i]
        words = [t for t in between if not t.is_punct]
        if len(words) != 1 or words[0].lower_ not in ("but", "and") or words[0].dep_ != "cc":
            return []
        sub = list(c.subtree)
        marks = _quotation_in(sub, c.sent.end)
        if marks is None:
            return []
        opening, end = marks
        if sum(1 for t in doc[opening + 1:end] if not t.is_punct) < 3 or _reports_outside(sub, opening, end):
            return []
        return list(between) + sub
    return []


def _quotation_in(sub: list[Token], sent_end: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) of the first quotation that opens among ``sub``; the
    closing mark may hang on the sentence's root, outside the clause's subtree (the sentence's
    end when it never closes). None when no quotation opens there."""
    opening = next((t for t in sub if t.is_quote), None)
    if opening is None:
        return None
    closing = next((t for t in opening.doc[opening.i + 1:sent_end] if t.is_quote), None)
    return opening.i, closing.i if closing is not None else sent_end


def _reports_outside(sub: list[Token], opening: int, end: int) -> bool:
    """A speech verb among ``sub`` outside the marks: a report of its own (one inside them is
    the speaker's word: but “we don't ask them”)."""
    return any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and not opening < t.i < end for t in sub)


def _apart(clause: Token) -> bool:
    """A "that"-clause set apart from the noun it hangs on by a phrase of that noun's ("a crowd
    in Tulsa that …"): a noun's own content clause ("the news that …") follows it at once."""
    noun = clause.head
    return any(c.dep_ == "prep" and noun.i < c.i < clause.left_edge.i for c in noun.children)


def clause_after_adjunct(verb: Token) -> Token | None:
    """The "that"-clause a cue governs when the parse hangs it on the noun of a phrase set
    between them ("argued at the hearing that the agency had failed", "predicted at the debate
    that voters will take “every state”", "said following a vote in 2001 that he had …"): the
    parse reads a relative clause of "hearing", but a relative "that" is the clause's subject
    or object, and here the clause has a subject of its own and "that" is its conjunction (or
    its object place is taken). "said at the meeting that we held" stays a relative clause."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for tok in prep.subtree:
            # (the parse may also read the clause as a complement of the occasion's noun: "told the
            # nation in an address that …"; but "following news that …" is the news's content)
            # (nor on the audience set apart from it: "groused to a crowd in Tulsa that the paper
            # …"; but "responding to the news that …" is the news's content)
            if _under_passive_participle(tok, prep):
                pass  # "told CNN in an interview aired on Sunday that he was …": no participle says that
            elif not (tok.dep_ == "relcl" or tok.dep_ == "acl" and (tok.head.lemma_.lower() in OCCASIONS
                                                                    or prep.lower_ == "to" and _apart(tok))) \
                    or tok.pos_ not in ("VERB", "AUX") or tok.head.head.i != prep.i:
                continue  # (deeper down, "about the details, including the revelation that …", the clause is a noun's)
            that = tok.doc[tok.left_edge.i]
            if that.lower_ != "that" or that.head.i != tok.i:
                continue
            subj = next((c for c in tok.children if c.dep_ in OWN_SUBJECT and c.i != that.i), None)
            if subj is None or subj.i < that.i:
                continue
            # ("that we held on Monday that taxes would fall": a clause of its own is no object)
            taken = any(c.dep_ in ("dobj", "attr", "acomp", "oprd") and c.i != that.i for c in tok.children)
            if that.dep_ == "mark" or taken:
                return tok
    return None


def _under_passive_participle(tok: Token, prep: Token) -> bool:
    """A "that"-clause the parse hangs on a passive participle that describes the occasion
    between a cue and its clause ("told CNN in an interview aired on Sunday that …", "told
    reporters after a meeting held in the capital that …"): a participle of the passive takes
    no clause of what was said, so the clause is the cue's."""
    part = tok.head
    return tok.dep_ == "ccomp" and tok.pos_ in ("VERB", "AUX") and part.dep_ == "acl" and part.tag_ == "VBN" \
        and part.head.head.i == prep.i and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in part.children)


def object_sequel(verb: Token, last: Token, quoted_tokens: set[int]) -> list[Token]:
    """The tokens an object cue's report goes on with in the speaker's quoted words, which the
    parse hangs on the cue rather than on its object: a second object after "and" ("called the
    governor “the most extreme pick” and someone who had “threatened the port”") or the reason
    after "because" ("called them “boring returns” because “I remain one of the poor”"). Only
    with words in marks (or a reason right after the quoted label: "called it “a costly error”
    because few ships stop there") and no speech verb of their own (a report of its own);
    ``last`` is the report's last token so far. Empty when there is none."""
    doc = verb.doc
    for c in verb.rights:
        if c.i <= last.i or c.is_punct or c.dep_ == "cc":
            continue
        conj = c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")
        reason = c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("because", "since") for g in c.children)
        if not (conj or reason):
            return []
        between = [t for t in doc[last.i + 1:c.left_edge.i] if not (t.is_punct or t.is_space)]
        if any(t.lower_ != "and" for t in between) or (conj and not between):
            return []
        sub = list(doc[c.left_edge.i:c.right_edge.i + 1])
        if any(t.pos_ == "VERB" and is_speech_verb(t.lemma_) and t.dep_ not in ("relcl", "acl") for t in sub):
            return []
        # the reason for a quoted label is the labeller's, quoted or not ("calls the terminal
        # “a costly error” because hardly any ships stop there"), as after a clause
        if not any(t.i in quoted_tokens and not t.is_quote for t in sub) \
                and not (reason and _label_closed(doc, last, c, quoted_tokens)):
            return []
        return list(doc[last.i + 1:c.right_edge.i + 1])
    return []


def quoted_adverbial(verb: Token, last: Token) -> list[Token]:
    """An adverbial clause the parse hangs on the cue right after what it governs, in which the
    speaker's quoted words go on: "urged voters not to panic, even if rivals call the plan
    “reckless and doomed”", "said he would stay in the race, so he can push for “the boldest
    agenda this party has seen”". Words in marks are the speaker's, so the clause that holds
    them is too (one with a speech verb of its own outside the marks reports anew). Empty when
    there is none."""
    doc = verb.doc
    for c in verb.rights:
        if c.i <= last.i or c.is_punct or c.is_space:
            continue
        if c.dep_ != "advcl" or not any(g.dep_ == "mark" and g.i < c.i for g in c.children):
            return []
        if any(not (t.is_punct or t.is_space) for t in doc[last.i + 1:c.left_edge.i]) \
                or "\n" in doc[last.i:c.right_edge.i + 1].text:
            return []
        sub = list(doc[c.left_edge.i:c.right_edge.i + 1])
        marks = _quotation_in(sub, c.sent.end)
        if marks is None:
            return []
        opening, end = marks
        if sum(1 for t in doc[opening + 1:end] if t.is_alpha) < 3 or _reports_outside(sub, opening, end):
            return []
        return list(doc[last.i + 1:c.right_edge.i + 1])
    return []


def _label_closed(doc: Doc, last: Token, clause: Token, quoted_tokens: set[int]) -> bool:
    """The report so far ends in quoted words whose closing mark stands right before the
    clause, on the same line: "“a costly error” because …"."""
    gap = list(doc[last.i + 1:clause.left_edge.i])
    if last.is_quote and last.i > 0:
        gap, last = [last] + gap, doc[last.i - 1]  # (the closing mark may be in the report already)
    return last.i in quoted_tokens and not last.is_punct and len(gap) <= 2 \
        and any(t.is_quote for t in gap) and all(t.is_quote or t.text == "," for t in gap) \
        and "\n" not in doc[last.i:clause.left_edge.i + 1].text


def reason_after_clause(verb: Token, last: Token) -> list[Token]:
    """The reason the parse hangs on the cue right after the clause it governs: "wrote that the
    request was “futile,” because the agency now holds the files", "said the talks had stalled
    because neither side would move". A "because" after what was said gives the speaker's
    reason, as the speaker gave it (the reporter's why of the saying is rare and says "said so"),
    unless it holds a report of its own ("…, because Lee said …"). Empty when there is none."""
    doc = verb.doc
    for c in verb.rights:
        if c.i <= last.i or c.is_punct or c.is_space:
            continue
        if c.dep_ != "advcl" or not _because(c):
            return []
        if any(not (t.is_punct or t.is_space) for t in doc[last.i + 1:c.left_edge.i]) \
                or "\n" in doc[last.i:c.left_edge.i].text:
            return []
        sub = list(doc[c.left_edge.i:c.right_edge.i + 1])
        return [] if own_report(sub) else list(doc[last.i + 1:c.right_edge.i + 1])
    return []


def _because(clause: Token) -> bool:
    """An adverbial clause opened by "because" (a "since" may be a time)."""
    return any(g.dep_ == "mark" and g.lower_ == "because" and g.i == clause.left_edge.i for g in clause.children)
