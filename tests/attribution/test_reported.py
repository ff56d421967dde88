"""Reported speech cues (graph/attribution/reported.py). Sentences written for these tests;
names invented."""

from quotegraph import extract_text


def test_speaks_volumes_is_a_figure_of_speech_not_a_cue():
    # regression: "that fact speaks volumes about …" made "fact" a speaker
    ex = extract_text("The governor's silence speaks volumes about how little the state \"cares for its farmers.\"")
    assert not any("volumes" in c.text or "cares for" in c.text for q in ex.quotes for c in q.contents)
