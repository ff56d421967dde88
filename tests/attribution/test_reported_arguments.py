"""What an object cue's label says (graph/attribution/reported_arguments.py): a one-word
quoted label reads with its object, an "as" label after an adjunct stays with it (sentences
invented)."""

from __future__ import annotations

import pytest

from conftest import quote_of


def test_an_as_label_after_an_adjunct_stays_with_its_object():
    # the parse hangs "as" on "interview"; the label is still what the governor called the plan
    text = 'The governor described the plan during a radio interview as "a relic of another time."'
    q = quote_of(text, "the plan")
    assert q.contents[0].text.endswith("a relic of another time")
    assert [f.text for f in q.fragments] == ["a relic of another time"]


@pytest.mark.parametrize("text, said", [
    ('Lee described the plan as "reckless."', 'the plan as "reckless'),
    ('Lee criticized the mayor for "dithering."', 'the mayor for "dithering'),
])
def test_a_one_word_quoted_label_reads_with_its_object(text, said):
    q = quote_of(text, said)
    assert q.kind == "mixed" and q.contents[0].text == said and q.speaker.name == "Lee"
