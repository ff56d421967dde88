"""Relations between entities, read off the parse: roles, who communicated with whom, and
alliances. Each relation keeps the span of text that says it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import COMMUNICATION_VERBS
from .entities import EntityIndex
from .model import Relation, Span
from .speakers import subject_of

_ROLE_NOUNS_SKIP = {"who", "which", "that"}


def find_relations(doc: Doc, index: EntityIndex) -> list[Relation]:
    """Every relation the text states, deduplicated by (subject, predicate, object, evidence)."""
    out: list[Relation] = []
    for tok in doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in COMMUNICATION_VERBS:
            out.extend(_communication(doc, tok, index))
        if tok.dep_ == "appos":
            out.extend(_apposition_role(doc, tok, index))
    seen, unique = set(), []
    for r in out:
        key = (r.subject, r.predicate, r.object, r.evidence.start, r.evidence.end)
        if key not in seen and r.subject != r.object:
            seen.add(key)
            unique.append(r)
    return unique


def _sentence_span(tok: Token) -> Span:
    sent = tok.sent
    return Span.of(tok.doc.text, sent.start_char, sent.end_char)


def _communication(doc: Doc, verb: Token, index: EntityIndex) -> list[Relation]:
    subj = subject_of(verb)
    if subj is None:
        return []
    source = index.at(subj)
    if source is None:
        return []
    out = []
    lemma = verb.lemma_.lower()
    for child in verb.children:
        target = None
        if child.dep_ in ("dobj", "dative"):
            target = child
        elif child.dep_ == "prep" and child.lower_ in ("with", "to") and lemma in ("speak", "talk", "write", "meet"):
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
        if target is None:
            continue
        obj = index.at(target)
        if obj is None or obj.type not in ("person", "organization", "country"):
            continue
        out.append(Relation(source.id, "COMMUNICATED_WITH", obj.id, _sentence_span(verb), 0.8, cue=lemma))
    return out


def _apposition_role(doc: Doc, appos: Token, index: EntityIndex) -> list[Relation]:
    """"Yuri Ushakov, a top aide to President Vladimir Putin" → ROLE(top aide) → Putin."""
    holder = index.at(appos.head)
    if holder is None or holder.type != "person":
        return []
    role_words = [t for t in appos.subtree if t.i <= appos.i and t.dep_ in ("amod", "compound") or t.i == appos.i]
    role = " ".join(t.text for t in role_words if t.i >= appos.left_edge.i).strip()
    for prep in appos.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "at", "of", "for", "with"):
            continue
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        obj = index.at(pobj)
        if obj is None:
            continue
        evidence = Span.of(doc.text, appos.head.idx if index.at(appos.head) else appos.idx,
                           appos.right_edge.idx + len(appos.right_edge))
        start = min(t.idx for t in doc[appos.head.left_edge.i: appos.head.i + 1] if index.at(t) or t.i == appos.head.i)
        evidence = Span.of(doc.text, start, appos.right_edge.idx + len(appos.right_edge))
        return [Relation(holder.id, "ROLE", obj.id, evidence, 0.8, role=role.lower())]
    return []
