"""Shared by the entity tests: extract a text written for the test, through the public API."""

from quotegraph.extract import extract_parsed
from quotegraph.model import Document


def entities(nlp, text):
    """{name: type} of every entity extracted from ``text``, and the extraction."""
    ex = extract_parsed(Document(text, "memo.txt"), nlp(text))
    return {e.name: e.type for e in ex.entities}, ex


def run(nlp, text: str, source: str = "memo.txt"):
    """The extraction of ``text``, written for the test, through the public API."""
    return extract_parsed(Document(text, source), nlp(text))


def named(ex, name: str):
    """The one entity of ``ex`` named ``name``."""
    hits = [e for e in ex.entities if e.name == name]
    assert len(hits) == 1, (name, [(e.name, e.type) for e in ex.entities])
    return hits[0]
