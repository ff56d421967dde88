"""Shared by the entity tests: extract a text written for the test, through the public API."""

from quotegraph.extract import extract_parsed
from quotegraph.model import Document


def entities(nlp, text):
    """{name: type} of every entity extracted from ``text``, and the extraction."""
    ex = extract_parsed(Document(text, "memo.txt"), nlp(text))
    return {e.name: e.type for e in ex.entities}, ex
