"""The speaker written after its cue or between a quotation and its cue
(graph/attribution/inverted_speakers.py). Sentences written for these tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text", [
    '"Rates will stay where they are until the spring," the Bank of Canada governor said on Tuesday.',
    '"Rates will stay where they are until the spring," said the Bank of Canada governor.',
])
def test_a_post_held_at_a_body_named_with_of_is_the_speaker_not_the_body(text):
    # regression: "the Bank of England governor said" gave the words to the bank
    q = quote_with(extract_text(text), "Rates will stay")
    assert [s.text for s in q.sources] == ["the Bank of Canada governor"]
    assert q.speaker is not None and q.speaker.name == "Bank of Canada governor"


def test_the_object_of_a_verb_in_a_series_after_a_quoted_word_is_no_inverted_subject():
    # regression: "…as “careless,” criticized his record and said …" read "his record" as the
    # inverted subject of "criticized" and gave it the clause before
    text = ('Senator Ana Ruiz said the governor lacks "the vision" to lead. Ruiz further described the governor '
            'as "careless," criticized his record as treasurer and said he should "step aside now."')
    q = quote_with(extract_text(text), "careless")
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"
    assert "his record" not in [s.text for s in q.sources]


@pytest.mark.parametrize("text, source", [
    ('"We are weighing the offer," a spokesman for Mara Velde said on Friday.', "a spokesman for Mara Velde"),
    ('"We are weighing the offer," an aide to Mara Velde told reporters.', "an aide to Mara Velde"),
    ('"We are weighing the offer," Mara Velde\'s spokesman said.', "Mara Velde's spokesman"),
])
def test_the_one_named_inside_the_subject_after_a_quotation_is_whom_the_speaker_serves(text, source):
    # regression: with the quotation first, "a spokesman for X said" and "X's spokesman said"
    # gave the words to X, though "said a spokesman for X" and "A spokesman for X said: …" did not
    q = quote_with(extract_text(text), "weighing the offer")
    assert [s.text for s in q.sources] == [source]
    assert q.speaker is not None and q.speaker.name != "Mara Velde"


def test_the_named_speaker_after_a_quotation_still_speaks():
    text = '"We are weighing the offer," Mara Velde\'s spokesman, Ivo Brandt, said on Friday.'
    q = quote_with(extract_text(text), "weighing the offer")
    assert q.speaker is not None and q.speaker.name == "Ivo Brandt"


@pytest.mark.parametrize("text, source", [
    ('"The bill will not pass this session," a Labour MP said on Wednesday.', "a Labour MP"),
    ('"The bill will not pass this session," a senior Tory MP told the BBC.', "a senior Tory MP"),
    ('"The bill will not pass this session," a Green MSP said.', "a Green MSP"),
    ('"The bill will not pass this session," said a Labour MEP in Strasbourg.', "a Labour MEP in Strasbourg"),
])
def test_a_partys_member_of_a_chamber_speaks_not_the_party(text, source):
    # regression: the model tags "MP" a proper noun (and runs "Labour MEP" into one body), so the
    # party's name was taken for the speaker: "Labour", an organisation "Labour MEP"
    q = quote_with(extract_text(text), "will not pass")
    assert [s.text for s in q.sources] == [source]
    assert q.speaker is not None and q.speaker.type != "organization"
