"""COMMUNICATED_WITH from speeches, addresses and testimony to a named body
(graph/relations/speeches.py); sentences written for this test."""

import pytest

from ._helpers import between, pairs, run

C = "COMMUNICATED_WITH"


@pytest.mark.parametrize("text, a, b", [
    ("Senator Mara Quill addressed the National Association of Letter Carriers on Tuesday.",
     "Mara Quill", "National Association of Letter Carriers"),
    ("Governor Tomas Reade spoke at the convention of the American Federation of Teachers in Denver.",
     "Tomas Reade", "American Federation of Teachers"),
    ("FBI Director Alan Pryce testified before the Senate Judiciary Committee on Thursday.",
     "Alan Pryce", "Senate Judiciary Committee"),
    ("“We must act,” Senator Dana Holt said during a speech at the Heritage Foundation in Washington.",
     "Dana Holt", "Heritage Foundation"),
    ("Mayor Lena Holt, who addressed the National Urban League on Monday, said nothing new.",
     "Lena Holt", "National Urban League"),
    # a gathering held by the body named before it, and "said at" such a gathering
    ("Governor Tomas Reade spoke at the National Rifle Association conference in Denver on Friday.",
     "Tomas Reade", "National Rifle Association"),
    ("Senator Dana Holt said at the Farm Workers Council's convention that the bill was dead.",
     "Dana Holt", "Farm Workers Council"),
    ("“The bill is dead,” Senator Dana Holt said at a forum hosted by the Farm Workers Council.",
     "Dana Holt", "Farm Workers Council"),
    # a gala is a gathering too: its "of" phrase and the body holding it name who heard the speech
    ("Governor Tomas Reade spoke at a gala of the American Federation of Teachers in Denver.",
     "Tomas Reade", "American Federation of Teachers"),
    ("Senator Dana Holt said at the Farm Workers Council's gala that the bill was dead.",
     "Dana Holt", "Farm Workers Council"),
])
def test_a_speech_relates_the_speaker_to_the_body(nlp, text, a, b):
    assert between(run(nlp, text), C, a, b).event == "message"


@pytest.mark.parametrize("text", [
    "Senator Ruth Ellery is scheduled to address the Faith and Freedom Coalition on Friday.",
    "Senator Ruth Ellery will give a speech at the Cato Institute next week.",
    "Senator Ruth Ellery did not testify before the Senate Judiciary Committee.",
    "Senator Ruth Ellery addressed the issue in Detroit.",
    "Senator Ruth Ellery spoke at a rally in Ohio.",
    # "said at" a place, a party's convention, an outlet's event or a chamber's hearing
    "Senator Ruth Ellery said at the White House that the bill was dead.",
    "Senator Ruth Ellery said at the Republican convention that the bill was dead.",
    "Senator Ruth Ellery said at a Politico event that the bill was dead.",
    "Senator Ruth Ellery said at a Senate hearing that the bill was dead.",
    # a member at her own party's gathering
    "Senator Ruth Ellery gave a rousing address at the party's convention in Denver.",
    "Senator Ruth Ellery spoke at the Labour Party conference in Leeds.",
])
def test_no_speech_to_a_body(nlp, text):
    assert not pairs(run(nlp, text), C)


@pytest.mark.parametrize("text, a, b", [
    # a commencement speech: a school's graduates or graduating class stand for the school
    ("In 2011, Senator Mara Quill delivered a speech to Larkin College's graduating class.",
     "Mara Quill", "Larkin College"),
    ("Governor Tomas Reade spoke to the graduating class of Brennan University on Sunday.",
     "Tomas Reade", "Brennan University"),
    ("Senator Mara Quill addressed Larkin College graduates on Saturday.", "Mara Quill", "Larkin College"),
])
def test_a_speech_to_a_schools_graduates(nlp, text, a, b):
    assert between(run(nlp, text), C, a, b) is not None


@pytest.mark.parametrize("text", [
    "Senator Mara Quill told America's middle class that taxes would fall.",
    "Senator Mara Quill will speak to the graduating class of Brennan University in May.",
])
def test_no_speech_to_graduates(nlp, text):
    assert not pairs(run(nlp, text), C)


@pytest.mark.parametrize("text", [
    # a relative clause on the speech names its speaker and its audience
    "The sharpest line came in a 2012 address Senator Mara Quill gave to the Sierra Club.",
    "The speech that Senator Mara Quill delivered to the Sierra Club ran long.",
])
def test_a_speech_given_to_a_body_in_a_relative_clause(nlp, text):
    assert between(run(nlp, text), C, "Mara Quill", "Sierra Club") is not None


def test_a_speech_still_to_be_given_in_a_relative_clause(nlp):
    assert not pairs(run(nlp, "The speech Senator Mara Quill will give to the Sierra Club is long."), C)
