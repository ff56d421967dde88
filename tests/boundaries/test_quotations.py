"""A quotation the parse breaks off its report, read from its marks (graph/boundaries/
quotations.py): over two sentences, after an object or a relative label, set off before a
trailing cue (sentences invented)."""

from __future__ import annotations

import pytest

from conftest import quote_of
from quotegraph import extract_text


def test_a_quotation_running_over_two_sentences_keeps_its_lead_in():
    # the parse gives the cue only the second sentence of the quotation; the utterance starts
    # at its opening mark, and the paraphrase before the mark introduces it
    text = ('Small towns along the coast "need a doctor who stays. That is the whole problem," '
            'said the woman who runs the clinic.')
    q = quote_of(text, "That is the whole problem")
    assert q.contents[0].text.startswith("Small towns along the coast")
    assert q.kind == "mixed"


def test_a_lead_in_with_a_cue_of_its_own_is_not_taken_into_the_next_report():
    text = ('Ortiz, who says the repairs were "far too slow," described the winter as "grim. . . . '
            'It really wears you down," he said.')
    for q in extract_text(text).quotes:
        if any("wears you down" in c.text for c in q.contents):
            assert not any("repairs" in c.text for c in q.contents)


@pytest.mark.parametrize("text, obj, words", [
    # a sentence break inside the marks: the parse leaves the object alone
    ('Lee called Ortiz "a real smart guy. I think he understands the data."', "Ortiz",
     "I think he understands the data"),
    ('Lee praised the plan, calling it "a real step forward for the city. We have waited years for this."',
     "it", "We have waited years for this"),
    # a second root inside the marks
    ('Ortiz used the hearing to demand wealthy landlords "pay their fair share into the fund. . . . '
     'My plan would lift the cap on rents."', "wealthy landlords", "My plan would lift the cap"),
    ('At the rally, Lee introduced her running mate, calling Ann Ortiz "my partner in this campaign and in '
     'the statehouse ... to make the city safe again."', "Ann Ortiz", "to make the city safe again"),
])
def test_a_quotation_right_after_an_object_cues_object_is_what_was_said(text, obj, words):
    q = quote_of(text, words)
    assert q.kind == "mixed" and q.contents[0].text.startswith(obj + ' "'), q.contents[0].text
    assert q.speaker is not None and q.speaker.name in ("Lee", "Ortiz")
    assert any(words in f.text for f in q.fragments)


def test_a_quotation_after_the_object_stops_at_its_own_closing_mark():
    text = ('Ortiz called the mayor “unhinged.” “So the mayor, you know, is great at the one-liners, '
            'but he is a chaos candidate,” Ortiz said.')
    q = quote_of(text, "unhinged")
    assert "chaos" not in q.contents[0].text
    assert any(c.text.startswith("So the mayor") for x in extract_text(text).quotes for c in x.contents)


@pytest.mark.parametrize("text, words, lead", [
    # a parenthesis or a dash opens an utterance of its own: the trailing cue frames just that
    ('The plant closing drew some anger from local workers ("We were never asked," wrote Jane Doe, a nurse '
     "in Dayton, on the union's page), and more complaints are expected this week.",
     "We were never asked", "plant closing"),
    ('Council member Tom Reyes argued that the new budget was reckless - "We cannot keep borrowing like this," '
     "he said - and urged the council to vote it down.", "We cannot keep borrowing", "budget was reckless"),
    # a comma after a report with a speech verb of its own, the words in the marks a clause
    ('Governor Ann Miller weighed in as well, telling reporters at a briefing on Tuesday, "But frankly, both of '
     'them are ready," she said, adding, "I trust them both."', "But frankly, both of them", "weighed in"),
])
def test_a_quotation_set_off_before_a_trailing_cue_starts_at_its_mark(text, words, lead):
    q = quote_of(text, words)
    assert q.kind == "direct" and q.contents[0].text.startswith(words[:8]), q.contents[0].text
    assert lead not in q.contents[0].text


def test_a_gloss_between_two_pieces_of_one_quotation_stays_in_it():
    text = ("The campaign's pollster, Dana Fisk, says her candidate has the money and the time. \"I don't think the "
            'old view" -- that the senator is a creature of Washington -- "is going to hold," she says. '
            '"Voters will come around."')
    q = quote_of(text, "is going to hold")
    assert q.contents[0].text.startswith("\"I don't think"), q.contents[0].text


def test_a_relative_label_takes_all_the_words_in_its_marks():
    # regression: "what the governor called “the loudest, most bitter, …”" stopped at "most bitter",
    # where the parse breaks the rest of the quotation off the label
    text = ("As the city prepares for what the governor called “the loudest, most bitter, most costly and, in some "
            "ways, most curious race in modern memory,” the former mayor is weighing a run.")
    q = quote_of(text, "the loudest")
    assert "most curious race in modern memory" in q.contents[0].text
    assert q.speaker is not None and q.speaker.name.endswith("governor")
