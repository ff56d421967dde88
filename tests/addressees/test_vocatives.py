"""A direct quote that calls its audience by name (graph/addressees/vocatives.py); sentences invented."""

from __future__ import annotations

import pytest

from conftest import quote_of, quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text, words, audience", [
    ("Governor Ines Hale spoke first at the debate. \u201cGovernor Hale, let me help you out - the answer is no,\u201d "
     "Senator Ole Berg said.", "help you out", "Ines Hale"),
    ("Senator Ole Berg spoke first. \u201cMr. Berg, you are simply wrong about the port,\u201d Governor Ines Hale "
     "said.", "simply wrong", "Berg"),
])
def test_a_quote_that_calls_someone_by_name_speaks_to_them(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and audience in q.addressee.name


@pytest.mark.parametrize("text, words", [
    # a name spoken of, not to
    ("Governor Ines Hale spoke first. \u201cHale, frankly, is a disaster for the port,\u201d Senator Ole Berg said.",
     "disaster for the port"),
    ("\u201cOslo, the capital, will pay for the port,\u201d Senator Ole Berg said.", "pay for the port"),
    # the speaker's own name is no audience
    ("\u201cBerg, you know, never gives up,\u201d Senator Ole Berg said of himself.", "never gives up"),
])
def test_a_name_at_the_head_of_a_quote_that_is_not_called(text, words):
    assert quote_of(text, words).addressee is None


@pytest.mark.parametrize("text, words, audience", [
    ("Senator Ole Berg and Governor Ines Hale met on stage. \u201cYou voted for every one of those cuts, Ole. "
     "Every one,\u201d Hale said.", "every one of those cuts", "Ole Berg"),
    ("Judge Ines Hale took the stand on Monday. \u201cYou did not answer my question, Judge Hale,\u201d Senator "
     "Ole Berg said.", "not answer my question", "Ines Hale"),
])
def test_a_vocative_closing_a_sentence_of_the_quote(text, words, audience):
    q = quote_of(text, words)
    assert q.addressee is not None and q.addressee.name == audience, q.addressee


def test_a_name_in_apposition_at_the_end_is_not_called():
    for text, words in [
        ("Senator Ole Berg and Governor Ines Hale met on stage. \u201cI thanked my running mate, Senator Berg. "
         "He is a good man,\u201d Hale said.", "my running mate"),
        ("Senator Ole Berg and Governor Ines Hale met on stage. \u201cWe met the new senator from the north, Ole "
         "Berg,\u201d Hale said.", "new senator"),
    ]:
        q = quote_of(text, words)
        assert q.addressee is None, (q.addressee, text)


@pytest.mark.parametrize("text, called", [
    ("President Karl Berg met his finance minister on Monday. \u201cMr. President, the harbour budget is "
     "balanced,\u201d Finance Minister Ida Holm said.", "Karl Berg"),
    ("Prime Minister Karl Berg spoke first. \u201cMr. Prime Minister, the harbour budget is a fiction,\u201d "
     "opposition leader Ida Holm said.", "Karl Berg"),
])
def test_an_office_called_by_its_form_of_address_is_the_one_holding_it(text, called):
    q = quote_with(extract_text(text), "harbour budget")
    assert q.addressee is not None and q.addressee.name == called, q.addressee


def test_an_office_no_one_named_holds_is_no_audience():
    q = quote_with(extract_text("\u201cMr. President, the harbour budget is balanced,\u201d Finance Minister Ida Holm "
                                "said."), "harbour budget")
    assert q.addressee is None, q.addressee
