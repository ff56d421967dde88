"""A document's date: metadata first, then a date line or dateline at the top of a plain-text
article, else none (never the file's time). Test texts are written for these tests."""

from __future__ import annotations

import json
import os

import pytest

from quotegraph import iter_documents
from quotegraph.dates import find_text_date, normalize_date


@pytest.mark.parametrize("text, date", [
    ("Harbour Talks Resume\n\nUpdated March 3, 2031 1:17 pm ET\n\nBRUSSELS - Envoys met.", "2031-03-03"),
    ("Harbour Talks Resume\n\nPublished: 5 December 2030\n\nThe envoys met.", "2030-12-05"),
    ("Harbour Talks\nBy Ann Lee, Sept. 14, 2029\n\nThe envoys met on Monday.", "2029-09-14"),
    ("Harbour Talks\n2031-01-09\nThe envoys met.", "2031-01-09"),
    ("VALDORA, Norland, Feb 5, 2031 (Wire) - The envoys met on Thursday.", "2031-02-05"),
    ("VALDORA (Wire) 14 March 2031 — The envoys met on Thursday.", "2031-03-14"),
    ("Wednesday, July 2, 2031\n\nTalks resumed.", "2031-07-02"),
    # no date: no year, a date inside the story, an impossible date, nothing near the top
    ("VALDORA, Feb 5 (Wire) - The envoys met on Thursday.", None),
    ("The minister, who was born on March 3, 1960 in the capital and studied law, spoke.", None),
    ("Harbour Talks\nFebruary 30, 2031\nText.", None),
    ("Harbour Talks\n\n" + "The envoys talked for a long time about many things.\n" * 40 + "March 3, 2031", None),
])
def test_dates_at_the_top_of_a_plain_text_article(text, date):
    assert find_text_date(text) == date


def test_metadata_dates_are_normalised_and_odd_ones_kept():
    assert normalize_date("2031-03-03T10:00:00+02:00") == "2031-03-03"
    assert normalize_date("3 March 2031") == "2031-03-03"
    assert normalize_date("spring") == "spring" and normalize_date("") is None and normalize_date(None) is None


def test_documents_take_their_date_from_metadata_then_text_never_the_file_time(tmp_path):
    (tmp_path / "dated.txt").write_text("Talks\n\nMarch 9, 2031\n\nThe envoys met.", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("Talks\n\nThe envoys met on Monday.", encoding="utf-8")
    os.utime(tmp_path / "undated.txt", (1_900_000_000, 1_900_000_000))
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "a", "text": "March 9, 2031. Envoys met.", "date": "2031-04-01T08:00:00Z"}) + "\n"
        + json.dumps({"id": "b", "text": "Envoys met."}) + "\n", encoding="utf-8")
    (tmp_path / "page.html").write_text(
        "<html><head><meta property='article:published_time' content='2024-05-06T09:00:00Z'>"
        "<title>Talks</title></head><body><article><p>" + "The envoys met in the harbour town to talk. " * 8
        + "</p></article></body></html>", encoding="utf-8")
    dates = {os.path.basename(d.source): d.date for d in iter_documents([tmp_path])}
    assert dates == {"dated.txt": "2031-03-09", "undated.txt": None, "a": "2031-04-01", "b": None,
                     "page.html": "2024-05-06"}
