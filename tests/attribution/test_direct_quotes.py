"""The frame of a direct quotation (graph/attribution/direct_quotes.py): which clause around
it is its cue. Sentences written for these tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text, words", [
    ("The rally ran late into the night. When Holt finally finished — “We will rebuild this town together!” — "
     "the confetti rained down on the hall.", "rebuild this town"),
    ("Nobody expected the vote to pass. As the clerk read out the count — “The motion carries by seven votes to two!” — the doors "
     "swung open.", "motion carries"),
])
def test_the_clause_after_a_dashed_aside_is_not_its_frame(text, words):
    # regression: "— “…!” — the balloons cascaded" gave the quotation to "the balloons"
    q = quote_with(extract_text(text), words)
    assert not any(w in (s.text for s in q.sources) for w in ("the confetti", "the doors"))


def test_a_dashed_aside_after_a_speech_verb_keeps_its_speaker():
    text = "Mayor Dana Holt lamented the delays — “why now?” — and the council agreed to wait."
    q = quote_with(extract_text(text), "why now")
    assert q.speaker is not None and q.speaker.name == "Dana Holt"
