"""The speech shape of a quotation's after-frame (graph/quote_frames.py). Sentences written for
these tests; names invented."""

from conftest import quote_with
from quotegraph import extract_text


def test_an_inverted_verb_the_parse_hung_on_the_quotation_is_its_cue():
    # regression: the parse made "read" a conjunct of the quotation's "took", so the frame had no
    # cue and the quotation no source
    text = ("The council put out a response before dawn. \"In drafting the plan, the mayor's circle of advisers "
            "took ideas from many cities, and in a few places borrowed phrases that matched his own goals,\" "
            "read the statement. \"The mayor's record speaks for itself.\"")
    q = quote_with(extract_text(text), "circle of advisers")
    assert q.cue is not None and q.cue.text == "read"
    assert "the statement" in [s.text for s in q.sources]
    assert "advisers" not in (q.speaker.name if q.speaker else "")


def test_a_name_the_parse_hung_on_a_past_tense_read_as_a_participle_is_its_subject():
    # regression: the parse read "barked" as a participle with the name as its modifier, so the
    # quotation had no cue and took the speaker of the paragraph before
    text = "“Sit down and be quiet,” Pruitt barked and a guard led Voss out."
    q = quote_with(extract_text(text), "Sit down")
    assert q.cue is not None and q.cue.text == "barked", q.cue
    assert [s.text for s in q.sources] == ["Pruitt"], q.sources
