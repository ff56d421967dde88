"""The audience a sentence after a quote names for it (graph/addressees/remarks.py); sentences
invented for this test."""

from __future__ import annotations

import pytest

from conftest import quote_of


@pytest.mark.parametrize("after, audience", [
    ("She made the remarks to reporters outside the town hall.", "reporters"),
    ("She made the comments in an interview with the Bergen Tribune.", "Bergen Tribune"),
    ("Her remarks came at a news conference in Bergen.", "reporters"),
])
def test_the_sentence_after_places_the_words(after, audience):
    q = quote_of("\u201cThe ferry will run all winter,\u201d Mayor Ida Holm said on Monday. " + after, "ferry will run")
    assert q.addressee is not None and q.addressee.name == audience, q.addressee


@pytest.mark.parametrize("after", [
    "Governor Paul Weber made the remarks to reporters outside the town hall.",  # someone else's remarks
    "She made other remarks to reporters later.",  # not the words quoted
])
def test_remarks_that_are_not_the_words_quoted(after):
    q = quote_of("\u201cThe ferry will run all winter,\u201d Mayor Ida Holm said on Monday. " + after, "ferry will run")
    assert q.addressee is None, q.addressee
