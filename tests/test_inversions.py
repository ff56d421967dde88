"""Cues after their content with the speaker after the verb: "…, said Maria Gomez."
(sentences invented)."""

from __future__ import annotations

import pytest

from quotegraph import extract_text


def _only(text):
    quotes = extract_text(text).quotes
    assert len(quotes) == 1, [q.to_dict() for q in quotes]
    return quotes[0]


@pytest.mark.parametrize("text, content, speaker", [
    # quotation marks inside the clause make the parse take its start for a second subject
    ('The vote on the budget marks "a turning point" for the city, said Maria Gomez, a council member.',
     'The vote on the budget marks "a turning point" for the city', "Maria Gomez"),
    ("The new tariff means “a hard winter” for the small workshops, said Peter Olsen.",
     "The new tariff means “a hard winter” for the small workshops", "Peter Olsen"),
])
def test_a_clause_with_a_quoted_fragment_before_an_inverted_cue_is_what_was_said(text, content, speaker):
    q = _only(text)
    assert [c.text for c in q.contents] == [content]
    assert q.kind == "mixed"
    assert [f.text for f in q.fragments] and q.fragments[0].text in content
    assert speaker in q.sources[0].text


def test_an_inverted_cue_with_a_clause_of_its_own_after_it_is_left_alone():
    # "who added that …" reports something else: the sentence before the comma is not read as
    # the cue's content through the inverted-subject reading
    text = 'The vote marks "a turning point" for the city, said Gomez, who added that the mayor agreed.'
    for q in extract_text(text).quotes:
        assert not any(c.text.startswith("The vote") and "who added" in c.text for c in q.contents)


@pytest.mark.parametrize("text, content, speaker", [
    # a subordinate clause the writer set between the quotation and its inverted cue
    ("\u201cThe ruling is historic,\u201d since so many earlier cases were decided by one vote, "
     "said Lena Ortiz, who teaches law in Ohio.", "The ruling is historic,", "Lena Ortiz"),
    ("\u201cWe will win,\u201d when the last votes were counted, said Tom Berg.", "We will win,", "Tom Berg"),
])
def test_an_inverted_cue_past_a_clause_after_the_quotation_is_its_cue(text, content, speaker):
    q = _only(text)
    assert [c.text for c in q.contents] == [content]
    assert q.speaker is not None and q.speaker.name == speaker


def test_a_clause_after_the_quotation_with_no_cue_past_it_gives_no_speaker_from_it():
    text = "\u201cWe will win,\u201d when the last votes were counted, the hall fell silent."
    for q in extract_text(text).quotes:
        assert q.speaker is None or q.speaker.name != "hall"
