"""Shared helpers of the relation tests: run a sentence through the real pipeline and read
the relations back by entity name."""

from quotegraph.extract import extract_parsed
from quotegraph.model import Document


def run(nlp, text: str):
    return extract_parsed(Document(text, "memo.txt"), nlp(text))


def rels(ex, predicate: str) -> list[tuple[str, str, object]]:
    """(subject name, object name, relation) of every relation with ``predicate``."""
    names = {e.id: e.name for e in ex.entities}
    return [(names[r.subject], names[r.object], r) for r in ex.relations if r.predicate == predicate]


def pairs(ex, predicate: str) -> set[frozenset]:
    """The unordered pairs of names related by ``predicate``."""
    return {frozenset((s, o)) for s, o, _ in rels(ex, predicate)}


def between(ex, predicate: str, a: str, b: str):
    """The relation between ``a`` and ``b`` (either way), checked for a sound evidence span."""
    for s, o, r in rels(ex, predicate):
        if {s, o} == {a, b}:
            assert ex.document.text[r.evidence.start:r.evidence.end] == r.evidence.text
            assert 0 < r.confidence <= 1
            return r
    raise AssertionError(f"no {a} {predicate} {b}: {[(s, o) for s, o, _ in rels(ex, predicate)]}")


def has(ex, predicate: str, subj: str, obj: str):
    """The relation from ``subj`` to ``obj``, checked for a sound evidence span."""
    for s, o, r in rels(ex, predicate):
        if s == subj and o == obj:
            assert ex.document.text[r.evidence.start:r.evidence.end] == r.evidence.text
            return r
    raise AssertionError(f"no {subj} {predicate} {obj}: {[(s, o) for s, o, _ in rels(ex, predicate)]}")
