"""The entity a mention of the audience stands for (graph/addressees/audience.py); sentences invented
for this test."""

from __future__ import annotations

import pytest

from conftest import quote_of, quote_with
from quotegraph import extract_text


def test_a_programme_told_by_its_title_in_apposition():
    q = quote_of("\u201cI would do it again,\u201d the driver, Karl Moen, told the radio program "
                 "\u201cMorning Harbor\u201d after the hearing.", "do it again")
    assert q.addressee is not None and q.addressee.name == "Morning Harbor", q.addressee


def test_the_role_noun_told_is_not_the_teller_when_two_hold_it():
    # regression: "the senator" joined the latest senator named, the speaker, and was dropped
    text = ("Senator Ann Ruiz and Senator Tom Bell clashed over the budget during Tuesday's debate in "
            "Columbus. Bell said the state could not afford new roads. Ruiz accused him of ignoring rural "
            "voters. \u201cYou have never driven on these roads,\u201d she told the senator.")
    q = quote_of(text, "never driven")
    assert q.speaker is not None and q.speaker.name == "Ann Ruiz", q.speaker
    assert q.addressee is not None and q.addressee.name == "Tom Bell", q.addressee
    q = quote_of(text.replace("she told", "Ruiz told"), "never driven")
    assert q.addressee is not None and q.addressee.name == "Tom Bell", q.addressee


def test_them_told_after_people_named_in_the_sentence_before():
    text = ("A Chilean senator was pressed by journalists on Monday about the empty clinic. "
            "\u201cThe money was approved, but the ministry kept it,\u201d Brito told them.")
    q = quote_with(extract_text(text), "money was approved")
    assert q.addressee is not None and q.addressee.name == "journalists", q.addressee


def test_them_told_after_the_one_crowd_of_the_last_sentences():
    # the crowd two sentences back is the only one named there; a plural object beside it
    # ("met farmers") leaves "them" unread
    text = ("Maria Lopez gave a crowd of about 700 a warm speech in Dayton. She did not mention her rival.\n\n"
            "\u201cWe will win this state in two weeks,\u201d she told them.")
    q = quote_with(extract_text(text), "win this state")
    assert q.addressee is not None and q.addressee.name == "crowd", q.addressee
    q = quote_with(extract_text(text.replace("She did not mention her rival.", "She also met farmers.")),
                   "win this state")
    assert q.addressee is None, q.addressee


def test_a_group_told_keeps_what_says_who_they_are_not_what_the_telling_is_about():
    q = quote_of("Senator Rolf Aune warned the women of the valley against selling their land, saying the "
                 "toll roads would close.", "toll roads would close")
    assert q.addressee is not None and q.addressee.name == "women of valley", q.addressee


def test_a_group_or_session_told_is_named_by_its_people():
    q = quote_of("\u201cThe ferry will run all winter,\u201d Mayor Ida Holm told a small group of reporters.",
                 "ferry will run")
    assert q.addressee is not None and q.addressee.name == "reporters", q.addressee
    q = quote_of("President Dana Cole told a joint session of Congress that the ferry would run all winter.",
                 "ferry would run")
    assert q.addressee is not None and q.addressee.name == "Congress", q.addressee


def test_the_person_named_after_a_post_of_a_place_is_the_one_told():
    q = quote_with(extract_text("Senator Ingrid Solberg told the mayor of Tromsø, Harald Moe, that the ferry "
                                "would run all winter."), "ferry would run")
    assert q.addressee is not None and q.addressee.name == "Harald Moe", q.addressee


def test_an_outlet_named_after_its_noun_is_the_one_told():
    q = quote_with(extract_text("“The ferry will run all winter,” Senator Ingrid Solberg told the news agency "
                                "Reuters."), "ferry will run")
    assert q.addressee is not None and q.addressee.name == "Reuters", q.addressee


@pytest.mark.parametrize("text", [
    "The mayor told the chief judge of the district court, Laura Kemp, that the ferry rules had been broken.",
    "In the letter - addressed to the chief judge of the district court, Laura Kemp - Senator Ingrid Solberg "
    "asks for a ruling on whether \u201cthe ferry rules were broken.\u201d",
])
def test_the_person_named_after_a_post_set_off_by_commas(text):
    q = quote_with(extract_text(text), "ferry rules")
    assert q.addressee is not None and q.addressee.name == "Laura Kemp", q.addressee


def test_a_name_that_starts_a_clause_after_the_post_is_not_the_one_told():
    q = quote_with(extract_text("Senator Ingrid Solberg told the judge, Laura Kemp said, that the ferry rules had "
                                "been broken."), "ferry rules")
    assert q.addressee is None or q.addressee.name != "Laura Kemp", q.addressee


@pytest.mark.parametrize("text, people", [
    ("\u201cThe harbour budget is balanced,\u201d President Karl Berg told a meeting of party officials.",
     "party officials"),
    ("\u201cThe harbour budget is balanced,\u201d President Karl Berg told a summit of African leaders.",
     "African leaders"),
])
def test_the_people_a_meeting_or_a_summit_is_of(text, people):
    q = quote_with(extract_text(text), "harbour budget")
    assert q.addressee is not None and q.addressee.name == people, q.addressee
