"""Reported speech found from its cue (graph/attribution/reported.py). Sentences written for
these tests; names invented."""

from conftest import quote_with
from quotegraph import extract_text


def test_a_calling_clause_after_the_main_clause_reports_its_quoted_label():
    # regression: the parse hung the one called on the quoted label, leaving "calling" no object
    text = ("The race went on.\n\n"
            "Campaign spokesman Tom Fell responded on Twitter, calling Reade's charge \"pathetic\" and \"dangerous.\"")
    q = quote_with(extract_text(text), "pathetic")
    assert q.kind == "mixed" and q.cue.text == "calling"
    assert q.speaker.name == "Tom Fell"

