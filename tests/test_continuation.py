"""Cue-less quotation paragraphs (continuation.py, attribution.settling.link), on paragraphs written
for these tests (names invented)."""

import pytest
from conftest import quote_of, quote_with
from quotegraph import extract_text


def test_a_paragraph_about_the_last_speaker_does_not_stop_the_speech():
    text = ("“Voters keep rejecting the insiders. They want someone new,” Harlan Vey says.\n\n"
            "Vey is upbeat about Ruiz's chances in November, in part because he sees Ruiz as a uniter.\n\n"
            "“Not only can Ruiz win in November, she is the one with the best chance of winning.”")
    q = quote_of(text, "best chance")
    assert q.cue is None and q.speaker is not None and q.speaker.name == "Harlan Vey"
    assert [s.text for s in q.sources] == ["Vey"]


def test_a_paragraph_about_someone_else_still_stops_it():
    text = ("“Voters keep rejecting the insiders. They want someone new,” Harlan Vey says.\n\n"
            "Mira Ruiz left the rally early, in part because she had a flight to catch.\n\n"
            "“Not only can we win in November, we are the ones with the best chance of winning.”")
    q = quote_of(text, "best chance")
    assert q.speaker is None or q.speaker.name != "Harlan Vey"


def test_a_portrait_paragraph_hands_a_first_person_quotation_to_its_subject():
    text = ("Smog season in the valley\n\n"
            "Thousands marched through the city on Saturday to demand cleaner air.\n\n"
            "Rafael Quiroga has driven a night bus in the valley for thirty years. He keeps a mask "
            "in his pocket.\n\n"
            "\u201cI can taste the smoke every morning. It was not like this when I was young.\u201d")
    q = quote_of(text, "taste the smoke")
    assert q.speaker is not None and q.speaker.name == "Rafael Quiroga"


def test_a_portrait_paragraph_does_not_take_a_quotation_in_no_ones_voice():
    text = ("Rafael Quiroga has driven a night bus in the valley for thirty years. He keeps a mask "
            "in his pocket.\n\n"
            "\u201cThe valley traps the smoke every winter, and the wind rarely clears it.\u201d")
    q = quote_of(text, "valley traps")
    assert q.speaker is None or q.speaker.name != "Rafael Quiroga"


def test_a_chain_of_quotations_after_a_sentence_naming_the_speaker_keeps_the_speaker():
    text = ("How the levy would work is anyone's guess, since Mayor Tomas Rubio spoke only in "
            "slogans at the hearing.\n\n"
            "\u201cWe have to act and we have to act soon.\u201d\n"
            "\u201cWe have to be much tougher on the polluters.\u201d\n"
            "\u201cWe are not fighting it hard enough.\u201d\n\n"
            "The hearing resumes on Monday.")
    for words in ("act soon", "tougher on the polluters", "hard enough"):
        q = quote_of(text, words)
        assert q.speaker is not None and q.speaker.name == "Tomas Rubio", words


def test_one_something_is_done_to_is_not_handed_a_first_person_quotation():
    # regression: the passive subject of the paragraph before took a quotation with no cue
    text = ("The cyclist was thrown from her bike when the van turned into the lane.\n\n"
            "\u201cI heard the brakes and then a terrible crash.\u201d")
    q = quote_of(text, "terrible crash")
    assert q.speaker is None or "cyclist" not in q.speaker.name


def test_a_roman_numeral_is_no_first_person():
    from quotegraph.continuation import in_own_voice
    assert not in_own_voice("The museum is full of tanks from World War I and the years after.")
    assert in_own_voice("Then I saw the tanks.")


def test_answers_after_an_interviewers_questions_are_the_interviewees():
    # regression: in a question-and-answer piece the answers had no speaker
    text = ("Talking to the man who quit\n\n"
            "Piotr Nowicki ran the port authority for six years before he resigned in March. "
            "He spoke to us in Gdansk.\n\n"
            "Why did you leave?\n\n"
            "“Because the decisions were being taken in another building.”\n\n"
            "By whom?\n\n"
            "“By people nobody elected. I will not say their names.”")
    ex = extract_text(text)
    for words in ("another building", "nobody elected"):
        q = quote_with(ex, words)
        assert q.speaker is not None and q.speaker.name == "Piotr Nowicki", words


def test_a_portrait_paragraph_ending_on_a_thing_still_hands_the_word_to_its_subject():
    # regression: the paragraph between names the speaker's own shop, and its last sentence's
    # subject is the shop, so the first-person quotation after it had no speaker
    text = ("“Nobody told me it would be this hard,” Ingrid Solberg says.\n\n"
            "Solberg, 52, opened Fjord Tools on the high street in 2009 with her savings. "
            "Today the shop employs eleven people.\n\n"
            "“My brother said I would last a year.”")
    q = quote_of(text, "last a year")
    assert q.speaker is not None and q.speaker.name == "Ingrid Solberg"



def test_an_introduction_on_a_line_of_its_own_is_no_narration_between():
    # regression: "Stated Reade:" alone on its line put two paragraphs between the cue and the
    # paragraph going on with the quotation, which then had no speaker
    text = ("Mayor Tom Reade spoke to a radio host on Monday.\n\nSaid Reade:\n\n"
            "“I think the vote was unfair, and the count has made that pretty clear.”\n\n"
            "“… There is proof that the ballots were moved. It will happen again if the race is close.”\n\n"
            "“There is no other way to see it.”")
    for words in ("ballots were moved", "no other way"):
        q = quote_of(text, words)
        assert q.cue is None and q.speaker is not None and q.speaker.name == "Tom Reade", words


@pytest.mark.parametrize("text", [
    ("Mayor Dana Whitfield spoke to a crowd of supporters in Lowell on Friday.\n\n"
     "\"Your support means everything to me,\" Whitfield told the crowd, after the organizers announced that "
     "the hall was full. \"I will keep fighting for this city.\""),
    ("Governor Ellis Marrow won the primary on Tuesday night.\n\n"
     "\"We are going to keep winning,\" Marrow said at his party in Concord, an hour after television networks "
     "declared him the winner. \"I will keep fighting for this state.\""),
])
def test_a_report_in_a_clause_timing_the_cue_does_not_take_the_next_quotation(text):
    # regression: the quotation after went on with those reported in the "after" clause
    q = quote_of(text, "keep fighting")
    assert q.speaker is not None and q.speaker.name in ("Dana Whitfield", "Ellis Marrow")


def test_a_report_in_a_clause_of_its_own_still_takes_the_next_quotation():
    text = ("\"Is it over?\" Kline said, while Ruiz said the count was still going. \"We wait for the last county.\"")
    q = quote_of(text, "We wait")
    assert q.speaker is None or q.speaker.name != "Kline"


@pytest.mark.parametrize("text, name", [
    ("The goalkeeper, Tomas Rivera, was blunt about the defeat. “We gave away three easy goals.”", "Tomas Rivera"),
    ("The envoy, Ines Molnar, picked her words with care. “Nobody in this room wants a wider war.”", "Ines Molnar"),
])
def test_a_subject_described_with_a_name_beside_it_introduces_the_quotation(text, name):
    q = quote_of(text, "")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text", [
    "Reporters pressed Senator Hugo Brandt on the vote. His answer was short. “I voted my conscience.”",
    "Reporters pressed Senator Hugo Brandt on the vote. Brandt's reply was curt. “I voted my conscience.”",
])
def test_the_answer_of_a_person_introduces_the_quotation(text):
    q = quote_of(text, "my conscience")
    assert q.speaker is not None and q.speaker.name == "Hugo Brandt"


def test_an_answer_of_no_one_named_introduces_no_speaker():
    text = "Reporters pressed Senator Hugo Brandt on the vote. The answer was short. “It was a close call.”"
    q = quote_of(text, "close call")
    assert q.speaker is None or q.speaker.name != "Reporters"


@pytest.mark.parametrize("intro", [
    "Questioned about the delays, Ruth Okafor was unapologetic.",
    "Asked whether the plant would close, Ruth Okafor shrugged.",
])
def test_a_paragraph_on_the_manner_of_a_reply_introduces_the_next_one(intro):
    text = f"The board met on Monday to approve the budget.\n\n{intro}\n\n“The schedule was always ambitious.”"
    q = quote_of(text, "always ambitious")
    assert q.speaker is not None and q.speaker.name == "Ruth Okafor"


def test_a_paragraph_on_someone_s_state_introduces_no_one():
    text = "The board met on Monday to approve the budget.\n\nRuth Okafor was tired.\n\n“The schedule was always ambitious.”"
    q = quote_of(text, "always ambitious")
    assert q.speaker is None or q.speaker.name != "Ruth Okafor"


@pytest.mark.parametrize("intro", [
    "Mayor Pia Lindqvist had sharp words for the council.",
    "Mayor Pia Lindqvist was scathing.",
])
def test_the_last_sentence_of_a_paragraph_naming_who_speaks_introduces_the_next_one(intro):
    text = f"The council voted down the tram plan on Thursday. {intro}\n\n“They have wasted four years of work.”"
    q = quote_of(text, "four years")
    assert q.speaker is not None and q.speaker.name == "Pia Lindqvist"


def test_a_response_from_a_person_introduces_the_quotation():
    text = "The council voted down the tram plan. The response from Mayor Pia Lindqvist was swift. “We will try again.”"
    q = quote_of(text, "try again")
    assert q.speaker is not None and q.speaker.name == "Pia Lindqvist"


@pytest.mark.parametrize("intro, speaker", [
    ("The senator told the crowd about her first campaign.", "The senator"),  # about speaking
    ("The pastor then turned to the coming election.", "The pastor"),  # a first-person quotation
])
def test_one_person_described_just_before_a_quotation_in_the_same_paragraph_speaks(intro, speaker):
    text = f"Voters filled the church hall on Sunday.\n\n{intro} “I knocked on every door in the county.”"
    q = quote_of(text, "every door")
    assert [s.text for s in q.sources] == [speaker], q.sources


def test_one_described_who_is_no_speaker_introduces_no_quotation():
    text = "Voters filled the church hall on Sunday.\n\nThe driver was hurt in the crash. “It was a terrible day.”"
    q = quote_of(text, "terrible day")
    assert not q.sources


def test_the_name_saying_fronted_words_introduces_the_next_quotation():
    # regression: the parse made the fronted "Ann Lee" the subject of "says" and hung the
    # strategist on it, so the quotation after went to Lee
    text = ("Or maybe Ann Lee, party strategist Tom Voss says. “Several polls suggest a second look "
            "is happening for Lee in Ohio.”")
    q = next(q for q in extract_text(text).quotes if "Several polls" in q.text)
    assert q.speaker is not None and q.speaker.name == "Tom Voss"


@pytest.mark.parametrize("text, who", [
    ('"Call me if you need a ride," Nora Lind said, and her brother cut in. "Do not forget the tickets -- '
     'I bought them myself."', "her brother"),
    ('"Call me if you need a ride," Nora Lind said, and Tom Park added. "Do not forget the tickets -- '
     'I bought them myself."', "Tom Park"),
])
def test_someone_who_takes_the_word_at_the_end_of_the_cues_sentence_says_the_next_quotation(text, who):
    # regression: the quotation after ", and her brother cut in." was joined to Lind's words
    q = quote_of(text, "Do not forget the tickets")
    assert [s.text for s in q.sources] == [who]


def test_the_cues_speaker_goes_on_when_no_one_else_takes_the_word():
    q = quote_of('"Call me if you need a ride," Nora Lind said, and smiled. "Do not forget the tickets."',
                 "Do not forget the tickets")
    assert q.speaker is not None and q.speaker.name == "Nora Lind"


@pytest.mark.parametrize("noun", ["judge", "nurse", "coach"])
def test_a_person_described_by_a_calling_introduces_a_quotation(noun):
    # regression: "Then the judge replied. “…”" left the quotation with no speaker, where
    # "Then the senator replied." introduced it: the calling was in no list of person nouns
    text = (f"Ana Ortiz has been the {noun} here for ten years. Tom Reyes asked her about the new rules "
            f"on Monday. Then the {noun} replied. “We will not change a thing this season.”")
    q = quote_with(extract_text(text), "change a thing")
    assert q.speaker is not None and q.speaker.name != "Tom Reyes"
    assert q.sources and q.sources[0].text == f"the {noun}"
