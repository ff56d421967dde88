"""``doc.text``, once per Doc.

spaCy rebuilds ``Doc.text`` from every token each time it is read, so a loop that reads it per
candidate quote or speaker is quadratic in the document's length. The text never changes for a
Doc, so it is kept in ``doc.user_data`` the first time.

>>> import spacy
>>> doc = spacy.blank("en")("One two.")
>>> doc_text(doc) == doc.text
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "quotegraph.text"


def doc_text(doc: "Doc") -> str:
    """The text of ``doc`` (the same string as ``doc.text``), computed once."""
    text = doc.user_data.get(_KEY)
    if text is None or len(text) != _length(doc):  # the length check is O(1): a guard, not a cost
        text = doc.user_data[_KEY] = doc.text
    return text


def forget_text(doc: "Doc") -> None:
    """Drop the kept copy (when the extractor is done with the Doc)."""
    doc.user_data.pop(_KEY, None)


def _length(doc: "Doc") -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
