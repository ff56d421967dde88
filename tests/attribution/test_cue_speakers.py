"""Who speaks for a cue (graph/attribution/cue_speakers.py). Sentences written for these tests;
names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text, words, speaker", [
    ('State media quoted President Kim Sol as saying the tests were "a success."', "the tests", "Kim Sol"),
    ('The agency quoted Pavel Orlov as saying: "We are ready for dialogue."', "ready for dialogue", "Pavel Orlov"),
    ('The newspaper cited Mayor Ines Lin as saying that "nothing will change."', "nothing will change", "Ines Lin"),
])
def test_the_one_quoted_as_saying_speaks_not_the_outlet(text, words, speaker):
    doc = extract_text(text)
    q = quote_with(doc, words)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue.text == "saying"
    assert len(doc.quotes) == 1
