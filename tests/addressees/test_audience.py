"""The entity a mention of the audience stands for (graph/addressees/audience.py); sentences invented
for this test."""

from __future__ import annotations

from conftest import quote_with
from quotegraph import extract_text


def _quote(text, words):
    return quote_with(extract_text(text), words)


def test_a_programme_told_by_its_title_in_apposition():
    q = _quote("\u201cI would do it again,\u201d the driver, Karl Moen, told the radio program "
               "\u201cMorning Harbor\u201d after the hearing.", "do it again")
    assert q.addressee is not None and q.addressee.name == "Morning Harbor", q.addressee
