"""Words said back and forth: a transcript's turns and a question answered in the next paragraph
(graph/addressees/exchanges.py); sentences invented."""

from __future__ import annotations

from conftest import quote_of
from quotegraph import extract_text

_TRANSCRIPT = (
    "Senator Ines Hale spoke with the Oslo Herald senior writer Ole Berg on her flight home. Here is the edited "
    "transcript.\n\n"
    "Q: Do you regret the vote on the harbour bill?\n\n"
    "A: I do. It was a mistake, and I said so at the time.\n\n"
    "Q: Will you run again next year?\n\n"
    "A: Not next year. Maybe later.\n")


def test_a_transcripts_answer_goes_to_the_one_who_asked_and_the_question_to_the_one_who_answered():
    answer = quote_of(_TRANSCRIPT, "It was a mistake")
    question = quote_of(_TRANSCRIPT, "run again next year")
    assert answer.speaker is not None and "Hale" in answer.speaker.name, answer.speaker
    assert question.speaker is not None and answer.addressee is not None, (question.speaker, answer.addressee)
    assert answer.addressee.id == question.speaker.id, "the answer did not go to the one who asked"
    assert question.addressee is not None and "Hale" in question.addressee.name, question.addressee


def test_a_turn_after_a_statement_goes_to_no_one_in_particular():
    text = ("Governor Ines Hale appeared on the evening news on Sunday. A partial transcript follows.\n\n"
            "TOM HOLT: The president spoke about the harbour on Friday. Take a listen.\n\n"
            "PRESIDENT: We will build the harbour, and we will build it this year.\n\n"
            "HOLT: Governor, do you believe him?\n\n"
            "HALE: I believe he means it, and I will hold him to it.\n")
    clip = quote_of(text, "build it this year")
    assert clip.addressee is None or "Holt" not in clip.addressee.name, "a clip after a statement went to the host"
    answer = quote_of(text, "hold him to it")
    assert answer.addressee is not None and "Holt" in answer.addressee.name, answer.addressee
    question = quote_of(text, "do you believe him")
    assert question.addressee is not None and "Hale" in question.addressee.name, question.addressee


def test_an_answer_that_opens_the_next_paragraph_goes_to_the_one_who_asked():
    text = ("Talk show host Ida Moe interviewed Governor Ines Hale on Tuesday night.\n\n"
            "\u201cA farmer for a running mate?\u201d Moe repeated.\n\n"
            "\u201cWhy not? Farmers feed this country,\u201d Hale remarked.\n")
    answer = quote_of(text, "Farmers feed this country")
    assert answer.addressee is not None and "Moe" in answer.addressee.name, answer.addressee
    question = quote_of(text, "A farmer for a running mate")
    assert question.addressee is not None and "Hale" in question.addressee.name, question.addressee


def test_a_question_and_a_sentence_about_someone_else_are_no_exchange():
    text = ("\u201cThere was waste,\u201d said a former auditor, Tom Reed. \u201cBut was it a crime?\u201d\n\n"
            "Governor Ines Hale has since apologized: \u201cI should have kept two accounts.\u201d\n")
    assert quote_of(text, "two accounts").addressee is None, "a sentence about its speaker taken for an answer"
    assert quote_of(text, "was it a crime").addressee is None, "a question put to the speaker of the next paragraph"
