"""Settling drafts so each stretch of text has one attribution (graph/attribution/settling.py).
Sentences written for these tests; names invented."""

from conftest import quote_with
from quotegraph import extract_text


def test_a_report_run_on_into_the_next_quote_ends_at_its_comma():
    # regression: the reported clause ran on past ", but she offered …:" into the direct quote
    # after it and was dropped for overlapping it
    text = ("Mayor Jane Holt said the new budget was \"a disaster for the city,\" but she offered the council "
            "a small concession: \"We can talk again in June. I am not closing the door.\"")
    doc = extract_text(text)
    q = quote_with(doc, "a disaster for the city")
    assert q.kind == "mixed"
    assert q.contents[0].text == "the new budget was \"a disaster for the city,\""
    assert q.speaker.name == "Jane Holt"
    assert quote_with(doc, "closing the door").kind == "direct"
