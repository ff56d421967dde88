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


def test_vented_and_fumed_report_speech():
    text = ("The board met again.\n\n"
            "Flying home one night, Ann Pell vented to her husband, Frank Pell, that the fight would be "
            "\"incredibly ugly.\"\n\n"
            "\"This is a circus,\" Walter Hale fumed.")
    ex = extract_text(text)
    q = quote_with(ex, "incredibly ugly")
    assert q.cue.text == "vented" and q.speaker.name == "Ann Pell"
    assert quote_with(ex, "This is a circus").speaker.name == "Walter Hale"


def test_an_engine_fuming_or_fans_venting_anger_report_nothing():
    text = "The old engine fumed and sputtered on the ramp. Fans vented their anger on the team's page."
    assert not extract_text(text).quotes


def test_speaks_volumes_is_a_figure_of_speech_not_a_cue():
    # regression: "that fact speaks volumes about …" made "fact" a speaker
    ex = extract_text("The governor's silence speaks volumes about how little the state \"cares for its farmers.\"")
    assert not any("volumes" in c.text or "cares for" in c.text for q in ex.quotes for c in q.contents)
