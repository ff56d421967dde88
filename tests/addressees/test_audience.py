"""The entity a mention of the audience stands for (graph/addressees/audience.py); sentences invented
for this test."""

from __future__ import annotations

from quotegraph import extract_text


def _quote(text, words):
    for q in extract_text(text).quotes:
        if any(words in c.text for c in q.contents):
            return q
    raise AssertionError(f"no quote with {words!r}: {[q.text for q in extract_text(text).quotes]}")


def test_a_programme_told_by_its_title_in_apposition():
    q = _quote("\u201cI would do it again,\u201d the driver, Karl Moen, told the radio program "
               "\u201cMorning Harbor\u201d after the hearing.", "do it again")
    assert q.addressee is not None and q.addressee.name == "Morning Harbor", q.addressee
