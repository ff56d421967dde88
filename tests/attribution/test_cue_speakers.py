"""Who speaks for a cue (graph/attribution/cue_speakers.py). Sentences written for these tests;
names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text, words, speaker", [
    ('State media quoted President Kim Sol as saying the tests were "a success."', "the tests", "Kim Sol"),
    ('The agency quoted Pavel Orlov as saying: "We are ready for dialogue."', "ready for dialogue", "Pavel Orlov"),
    ('The newspaper cited Mayor Ines Lin as saying that "nothing will change."', "nothing will change", "Ines Lin"),
])
def test_the_one_quoted_as_saying_speaks_not_the_outlet(text, words, speaker):
    doc = extract_text(text)
    q = quote_with(doc, words)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue.text == "saying"
    assert len(doc.quotes) == 1


def test_citing_someone_as_doing_is_the_citers_label():
    # regression: "citing X as giving" was read as "cited X as saying", which dropped the
    # citer's mixed quote and its verbatim fragment
    text = ("A joint communique called the company a \u201creckless supplier\u201d of the junta, citing it as "
            "providing \u201csteady support for the army's drone programme.\u201d")
    frags = [f.text for q in extract_text(text).quotes for f in q.fragments]
    assert any("steady support for the army" in f for f in frags), frags


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


@pytest.mark.parametrize("text, words, speaker", [
    ('Holt spoke just down the street from the old harbour, where about 50 dock workers had gathered on Friday '
     'morning, chanting "no contract, no work."', "no contract", "about 50 dock workers"),
    ('The minister arrived at the square, where hundreds of farmers had gathered, waving flags and shouting '
     '"no more cuts."', "no more cuts", "hundreds of farmers"),
])
def test_a_crowds_chant_after_a_relative_clause_about_the_crowd_is_the_crowds(text, words, speaker):
    # regression: the parse hangs the participle on the main verb, and the chant went to Holt
    q = quote_with(extract_text(text), words)
    assert [s.text for s in q.sources] == [speaker]


def test_a_participle_after_a_relative_clause_that_is_no_crowds_stays_with_the_main_subject():
    text = 'Holt visited the plant, where the workers had built the new engine, praising their "extraordinary skill."'
    q = quote_with(extract_text(text), "extraordinary skill")
    assert q.speaker is not None and q.speaker.name == "Holt"


def test_the_subject_the_parse_gave_a_fronted_participle_speaks_for_the_verb():
    # the parse hangs "Dole" on "alleging" and leaves "said" without a subject
    text = "Governor Sam Dole, later alleging that Mayor Tim Rask wanted to raise taxes, said he would cut fees."
    q = quote_with(extract_text(text), "he would cut fees")
    assert q.cue.text == "said" and q.speaker.name == "Sam Dole"



@pytest.mark.parametrize("text, words, speaker", [
    ("LONDON (AP) \u2014 Prime Minister Helen Marsh said on Tuesday that the plan had failed.",
     "the plan had failed", "Helen Marsh"),
    ("LONDON (AP) \u2014 British Prime Minister Helen Marsh said the plan had failed.",
     "the plan had failed", "Helen Marsh"),
    ("LONDON (AP) -- Foreign Secretary Alan Hughes told lawmakers that the embassy would reopen.",
     "the embassy would reopen", "Alan Hughes"),
    ("KABUL (Reuters) - President Omar Rahimi said the attack was cowardly.", "the attack was cowardly", "Omar Rahimi"),
    ("BRUSSELS (AP) \u2014 NATO Secretary-General Peter Larsen said the alliance stood united.",
     "the alliance stood united", "Peter Larsen"),
    ("Vote delayed\n\nLONDON (AP) \u2014 Prime Minister Helen Marsh said the plan had failed.",
     "the plan had failed", "Helen Marsh"),
    ("UNITED NATIONS (AP) \u2014 The Security Council said on Friday that the sanctions would stay.",
     "the sanctions would stay", "UN Security Council"),
])
def test_a_datelines_place_is_no_speaker(text, words, speaker):
    # regression: the parse made the place of a wire dateline the subject and hung the titled
    # name after the dash on it, and the place spoke ("United Kingdom" for LONDON)
    q = quote_with(extract_text(text), words)
    assert q.speaker is not None and q.speaker.name == speaker


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
