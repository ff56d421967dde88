"""Settling drafts so each stretch of text has one attribution (graph/attribution/settling.py).
Sentences written for these tests; names invented."""

from conftest import quote_with
from quotegraph import extract_text


def test_a_report_run_on_into_the_next_quote_ends_at_its_comma():
    # regression: the reported clause ran on past ", but she offered …:" into the direct quote
    # after it and was dropped for overlapping it
    text = ("Mayor Jane Holt said the new budget was \"a disaster for the city,\" but she offered the council "
            "a small concession: \"We can talk again in June. I am not closing the door.\"")
    doc = extract_text(text)
    q = quote_with(doc, "a disaster for the city")
    assert q.kind == "mixed"
    assert q.contents[0].text == "the new budget was \"a disaster for the city,\""
    assert q.speaker.name == "Jane Holt"
    assert quote_with(doc, "closing the door").kind == "direct"


def test_a_sentence_after_a_closed_cue_that_ends_on_quoted_words_goes_on_with_its_speaker():
    # "“…,” Lee said. But that is not “…”": no cue of its own, the same speaker's paraphrase
    text = ("The port plan passed in March. \u201cThe plan is finished,\u201d Dorian Pell said. But that is "
            "not the same thing as \u201ca plan that works.\u201d")
    q = quote_with(extract_text(text), "a plan that works")
    assert q.kind == "mixed" and q.speaker.name == "Dorian Pell"
    assert q.contents[0].text.startswith("But that is not")


def test_a_sentence_naming_someone_else_after_a_closed_cue_is_not_the_speakers():
    text = ("\u201cThe plan is finished,\u201d Dorian Pell said. The crowd outside chanted \u201cMore!\u201d "
            "Then Lena Cort wrote that it was \u201ca plan that works.\u201d")
    doc = extract_text(text)
    assert all(q.speaker is None or q.speaker.name != "Dorian Pell" for q in doc.quotes if "More" in q.text)
    assert quote_with(doc, "a plan that works").speaker.name == "Lena Cort"


def test_a_quote_after_another_person_speaks_up_is_not_the_last_speakers():
    # "“…,” Lee said. Park disagreed. “…”": the sentence before the cue-less quotation has
    # another person speak; the word has passed to him
    text = ("\u201cThe harbour needs a new wall,\u201d Ines Varga said on Tuesday. Omar Quist disagreed. "
            "\u201cThe old wall will stand for another fifty years.\u201d")
    q = quote_with(extract_text(text), "another fifty years")
    assert q.speaker is not None and q.speaker.name == "Omar Quist"


def test_a_quotation_ending_the_speakers_own_sentence_points_at_that_mention():
    # regression: "Lee also defended the cuts -- “…”" went on the speaker of the paragraph
    # before and pointed at that paragraph's mention, not the subject of its own sentence
    text = ("Harbour master Ines Olsen met the crews on Friday. \u201cThe north pier is closing,\u201d "
            "Olsen said.\n\nOlsen also defended the new fees -- \u201cNobody likes them, but the pier "
            "needs repairs.\u201d")
    q = quote_with(extract_text(text), "Nobody likes them")
    assert q.speaker.name == "Ines Olsen"
    assert q.sources[0].start == text.index("Olsen also")


def test_a_quotation_opening_its_own_sentence_keeps_the_mention_it_inherits():
    # a quotation opening a sentence of its own is not the subject's sentence before it (on a
    # train article the parse glued "… in November. ''All the …''" to that sentence, and its
    # subject stood for the speaker instead of the cue the quotation goes on from)
    text = ("Ines Olsen praised the crews - \u201cthey never quit,\u201d she said - and argued for a new pier "
            "before the winter storms begin in November. \u201cAll the talk does not matter if the pier "
            "falls.\u201d")
    q = quote_with(extract_text(text), "All the talk")
    assert q.speaker is not None and q.speaker.name == "Ines Olsen"
    assert q.sources[0].start == text.index("she said"), q.sources  # the cue it goes on from


def test_a_quotation_resumed_in_lower_case_after_an_aside_goes_on_with_the_one_broken_into():
    # regression: "and bring back …" went to the crowd whose chant stood in the aside
    text = ('Sheriff Ann Lee backed the plan. She said, "Tom Voss will fix the roads" - at which point '
            'the crowd chanted "Fix the roads!" - "and bring back the buses and the trains."')
    q = next(q for q in extract_text(text).quotes if q.text.startswith("and bring back"))
    assert q.speaker is not None and q.speaker.name == "Ann Lee"
