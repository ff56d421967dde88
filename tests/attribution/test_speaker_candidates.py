"""Whether a token can speak for a cue (graph/attribution/speaker_candidates.py): "the two" just
named speak together. Sentences written for these tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text", [
    'Senator Ann Cole and Representative Tom Hale wrote to the agency on Monday. "We expect answers within thirty '
    'days," the two said in the letter.',
    'The council met the mayor and the treasurer last week. "We lost that vote fair and square," the two said.',
])
def test_the_two_named_just_before_are_the_source_not_the_first_of_them(text):
    # regression: "“…,” the two said": the number was no speaker, and the quote went to the
    # first person named in the sentence before
    q = quote_with(extract_text(text), "fair and square" if "fair" in text else "thirty days")
    assert [s.text for s in q.sources] == ["the two"]
    assert q.speaker is None or q.speaker.name != "Ann Cole"
