"""Who speaks for a cue (graph/attribution/cue_speakers.py). Sentences written for these tests;
names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text, words, speaker", [
    ('Holt spoke just down the street from the old harbour, where about 50 dock workers had gathered on Friday '
     'morning, chanting "no contract, no work."', "no contract", "about 50 dock workers"),
    ('The minister arrived at the square, where hundreds of farmers had gathered, waving flags and shouting '
     '"no more cuts."', "no more cuts", "hundreds of farmers"),
])
def test_a_crowds_chant_after_a_relative_clause_about_the_crowd_is_the_crowds(text, words, speaker):
    # regression: the parse hangs the participle on the main verb, and the chant went to Holt
    q = quote_with(extract_text(text), words)
    assert [s.text for s in q.sources] == [speaker]


def test_a_participle_after_a_relative_clause_that_is_no_crowds_stays_with_the_main_subject():
    text = 'Holt visited the plant, where the workers had built the new engine, praising their "extraordinary skill."'
    q = quote_with(extract_text(text), "extraordinary skill")
    assert q.speaker is not None and q.speaker.name == "Holt"

