"""Reporting layers: the nearest one speaks.

A report can hold another one with a speaker of its own, in a clause that is not what the
outer speaker said but the writer's aside on it:

    Ruiz criticised the ministry's plan, which an audit said was “badly costed”.
    Lund suggested that a leader who dodges questions cannot govern, while Ortiz said the
    “stakes are too high”.

The audit calls the plan “badly costed”, not Ruiz; Ortiz speaks of the stakes, not Lund. A
reader stops the outer report where the relative clause or the contrasting adverbial clause
starts and gives what follows to the inner report's own subject. A clause the outer verb
reports ("Lee said Kim told him …") is still the outer speaker's words: only relative clauses
and clauses opened by a subordinator that sets a second voice beside the first are cut.

A speech noun with an owner of its own inside another report is a layer too: in "Vance
mocked the press for seizing on Ames's claim that the port “was sold”", Ames claims the
port was sold; Vance only mocked the press. The owned claim keeps its clause and the outer
report stops before it.

An outlet's report of a report is the other way round ("A spokesman said the navy would
respond, Reuters reported"): the outlet only carried the words, so the inner report is the
quote, with the outlet as ``reported_by``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..cues import CONTRASTING_MARKS
from ..model import Span
from ..speaker_words import MEDIA_NOUNS
from .contents import kind_of
from .drafts import Draft

# CONTRASTING_MARKS open a clause that sets another voice beside the report rather than
# inside it ("…, while Ortiz said …", "…, whereas the union argued …"); boundaries.glosses cuts
# a content there too.


def clip_at_inner_reports(doc: Doc, drafts: list[Draft], text: str) -> None:
    """Cut each reported draft's last content where a relative or contrasting clause holding
    another report with its own subject starts (in place)."""
    reports = [d for d in drafts if d.kind != "direct" and d.verb is not None and d.subj is not None]
    for outer in reports:
        for inner in reports:
            if inner is outer:
                continue
            last = outer.contents[-1]
            verb, subj = inner.verb, inner.subj
            if not (last.start < verb.idx < last.end and last.start < subj.idx < verb.idx):
                continue  # not a report with its own subject inside the outer one's words
            if subj.pos_ == "PRON" or subj.lower_ in ("who", "which", "that", "whom") \
                    or subj.lower_ == outer.subj.lower_:
                # "the man, who told police …" is about the outer report's noun; "…, though she
                # noted …", "the money he says he raised" go on with the same speaker
                continue
            clause = _aside(verb, outer.verb)
            if clause is None or not clause.left_edge.i <= subj.i <= clause.right_edge.i:
                continue  # "a conversation that demands respect": the antecedent is no voice of its own
            right = doc[clause.right_edge.i]
            if text[right.idx + len(right):last.end].strip(" .,;:!?\u201d\"'\u2019"):
                continue  # "the plan, which Lee said was costly, would pass": the report goes on after it
            cut = doc[clause.left_edge.i].idx
            while cut > last.start and text[cut - 1] in " ,;\u2014\u2013-\n":
                cut -= 1
            if cut <= last.start or len(text[last.start:cut].split()) < 2:
                continue
            outer.contents[-1] = Span.of(text, last.start, cut)
            if len(outer.contents) == 1 and outer.kind != "direct":
                outer.kind = kind_of(outer.contents[0])


def yield_to_owned_claims(drafts: list[Draft], text: str) -> None:
    """Cut each reported draft's last content before the clause of a speech noun that has an
    owner of its own ("X's claim that …", "the remark by X that …") inside it, so that clause
    is the owner's report rather than the outer speaker's (in place)."""
    owned = [d for d in drafts if d.origin == "noun" and d.verb is None and d.subj is not None
             and d.cue is not None and len(d.contents) == 1]
    for inner in owned:
        for outer in drafts:
            if outer is inner or outer.kind == "direct" or outer.cue is None or outer.subj is None:
                continue
            last = outer.contents[-1]
            if not (last.start < inner.cue.start and inner.cue.end <= inner.start and last.start < inner.start
                    and inner.end <= last.end + 2):
                continue  # the claim and its clause stand inside the outer report's last words
            if outer.subj.i == inner.subj.i or inner.subj.pos_ == "PRON":
                continue  # "Lee repeated his claim that …": the owner is the outer speaker again
            if not text.startswith("that", inner.start):
                continue  # "denounced Lee's call for “…”": a call or a pledge is what was denounced
            noun = inner.subj.doc[inner.cue_token] if inner.cue_token is not None else None
            if noun is None or noun.dep_ in ("nsubj", "nsubjpass"):
                continue  # "said Rubio's claim that … is “not true”": the claim is what the outer one judges
            cut = inner.start
            while cut > last.start and text[cut - 1] in " ,;\n":
                cut -= 1
            if len(text[last.start:cut].split()) < 2:
                continue
            outer.contents[-1] = Span.of(text, last.start, cut)
            if len(outer.contents) == 1:
                outer.kind = kind_of(outer.contents[0])


def _aside(verb: Token, outer: Token) -> Token | None:
    """``verb`` itself when it heads an aside of the writer's inside ``outer``'s report: a
    relative clause, or an adverbial clause opened by a contrasting subordinator; None when
    ``verb`` stands in what ``outer`` reports (a speech verb deeper in the aside, as in
    "though she noted clients demand …", is the aside's own report, not a second voice)."""
    if verb.dep_ == "relcl" or verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONTRASTING_MARKS for c in verb.children):
        return verb if outer in verb.ancestors else None
    return None


def outlets_carry(drafts: list[Draft]) -> list[Draft]:
    """Drop each reported draft whose speaker is an outlet and whose clause is itself a report
    with its own speaker; that inner report is the quote, carried by the outlet (the inner
    drafts get ``reported_by``). Run once speakers are resolved."""
    dropped: set[int] = set()
    for outer in drafts:
        if outer.kind == "direct" or outer.verb is None or outer.speaker is None or outer.subj is None:
            continue
        media = outer.speaker.entity is not None and outer.speaker.entity.type == "media"
        if not media and (outer.subj.lemma_.lower() not in MEDIA_NOUNS or outer.speaker.entity is not None
                          and outer.speaker.entity.type in ("organization", "country", "person")):
            continue  # "the agency said …" of a health agency named before: its own report
        for inner in drafts:
            if inner is outer or inner.kind == "direct" or inner.verb is None or inner.subj is None \
                    or inner.speaker is None or inner.speaker.entity is None:
                continue
            if inner.verb.head.i != outer.verb.i or inner.verb.dep_ != "ccomp" or inner.origin != "clause" \
                    or not (outer.start <= inner.subj.idx and inner.end <= outer.end):
                continue  # only the clause the outlet reported, when that clause reports words
            if inner.speaker.entity == outer.speaker.entity:
                continue  # "Twitter said, adding that it condemns …": the outlet's own words
            if media:
                inner.reported_by = inner.reported_by or outer.speaker.entity
            dropped.add(id(outer))
    return [d for d in drafts if id(d) not in dropped]
