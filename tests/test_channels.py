"""Who speaks through a channel (graph/channels.py): a cover, a statement, a series of posts.
Sentences written for these tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


def test_the_one_prompted_to_run_a_cover_speaks_through_it():
    # regression: "This prompted the tabloid to do a cover saying “…”" gave the words to "This"
    text = ("Friday, Baxter told the Valley Herald that Holt was \"afraid to debate\" and that her aides were "
            "\"hiding her.\" This prompted the tabloid to do a cover saying \"Don't be a coward, Holt!\"\n\n"
            "But when Holt agreed to debate, Baxter looked surprised.")
    q = quote_with(extract_text(text), "be a coward")
    assert "This" not in [s.text for s in q.sources]
    assert "the tabloid" in [s.text for s in q.sources]



def test_no_issuer_is_taken_from_inside_the_quotation_before_an_inverted_channel():
    # "“… the mayor's circle of advisers took …,” read the statement": the parse made "read" a
    # conjunct of the quotation's "took", whose subject is the quotation's, not the statement's issuer
    text = ("The council put out a response before dawn. \"In drafting the plan, the mayor's circle of advisers "
            "took ideas from many cities, and in a few places borrowed phrases that matched his own goals,\" "
            "read the statement.")
    q = quote_with(extract_text(text), "circle of advisers")
    assert "the statement" in [s.text for s in q.sources]
    assert q.speaker is None or "advisers" not in q.speaker.name


def test_the_paper_that_ran_a_piece_speaks_through_it():
    # regression: "ran a piece that noted …" gave the words to "a piece", no one
    text = "The Daily Courier recently ran a piece that noted his \"tax plan would help rich households more than poor ones.\""
    q = quote_with(extract_text(text), "tax plan would help")
    assert q.speaker is not None and "Daily Courier" in q.speaker.name


def test_a_participle_on_a_posted_message_speaks_for_its_poster_not_the_site():
    # regression: "posted a message on Twitter saying “…”" gave the words to "Twitter", the
    # noun the parse found right before the participle, not to the one who posted
    text = "Mayor Ines Varga posted a message on Facebook saying “We will rebuild the bridge by spring, whatever it costs.”"
    q = quote_with(extract_text(text), "rebuild the bridge")
    assert q.speaker is not None and q.speaker.name == "Ines Varga"


def test_a_statement_from_a_body_read_after_the_quotation_is_the_bodys():
    # regression: "“…,” read a statement from the ruling party" gave the words to "a statement",
    # nobody (the parse hangs the "from" phrase on the verb)
    q = quote_with(extract_text("\u201cThe elections will go ahead as planned,\u201d read a statement from the ruling party."),
                   "elections will go ahead")
    assert [s.text for s in q.sources] == ["the ruling party"]
    assert q.speaker is not None and q.speaker.name == "ruling party"


@pytest.mark.parametrize("text", [
    "The state will raise fuel taxes next year, according to an interview with Governor Ann Cole.",
    "The state will raise fuel taxes next year, according to an interview with Governor Ann Cole published by "
    "the Daily Ledger.",
])
def test_the_one_interviewed_speaks_not_the_outlet_that_ran_the_interview(text):
    # regression: "according to an interview with X published by Y" gave the words to Y and made
    # X the addressee; with no outlet named, to no one
    q = quote_with(extract_text(text), "raise fuel taxes")
    assert q.speaker is not None and q.speaker.name == "Ann Cole"
    assert q.addressee is None or q.addressee.name != "Ann Cole"


def test_an_interview_with_a_host_leaves_the_host_the_one_asking():
    text = "The state will raise fuel taxes next year, according to an interview with radio host Mark Reyes."
    q = quote_with(extract_text(text), "raise fuel taxes")
    assert q.speaker is None or q.speaker.name != "Mark Reyes"


def test_the_one_who_gave_the_interview_speaks_not_the_outlet_it_was_given_to():
    # regression: "according to an interview his brother X gave to Y" gave the words to no one
    text = ("The pilot was believed to have been on the flight, according to an interview his brother Alastair "
            "Brenn gave to the Daily Ledger.")
    q = quote_with(extract_text(text), "on the flight")
    assert q.speaker is not None and q.speaker.name == "Alastair Brenn"
