"""Cues in the frame before a quotation (graph/attribution/frame_cues.py). Sentences written
for these tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


def test_a_colon_clause_joined_after_a_report_is_the_colon_quotes_cue():
    # regression: in "X said …, but he gave …: “…”" the parse hung "gave" on the quotation and
    # the colon quote took "said", leaving the report before it with no cue of its own
    text = ("The Senate leader spoke to reporters on Wednesday.\n\n"
            "Reid said both Rubio and Cruz are \"non-entities in the Senate,\" but he gave the Texan a "
            "back-handed compliment: \"You never have to guess where he is. He is not winning contests here.\"")
    q = quote_with(extract_text(text), "never have to guess")
    assert q.cue.text == "gave"
    assert q.speaker.name == "Reid"


def test_a_that_clause_of_the_report_leaves_the_speech_verb_the_cue():
    text = ("Readers online were split.\n\n"
            "Another said he hoped with his \"whole heart\" that Lee wins the election: "
            "\"Then I can laugh at the show for years.\"")
    q = quote_with(extract_text(text), "laugh at the show")
    assert q.cue.text == "said"


def test_a_who_clause_with_its_own_object_before_a_colon_is_not_the_cue():
    # regression: "… coming from a man who promised open trade: “…”" gave the words to the man
    text = ("The governor posted a video about the new border fence on Monday.\n\n"
            "Local reporter Nina Strand tweeted back at the governor, noting how odd the video was coming from a man "
            "who promised open trade: \"So the plan is to spend millions on a fence to stop the trucks you said you "
            "wanted.\"\n")
    q = quote_with(extract_text(text), "spend millions")
    assert q.speaker is not None and q.speaker.name == "Nina Strand"


def test_a_who_clause_ending_on_its_speech_verb_before_a_colon_is_the_cue():
    text = ("The mayor spoke with reporters on Monday, and it was an aide who added: \"We expect the vote to pass "
            "easily next week.\"\n")
    q = quote_with(extract_text(text), "vote to pass")
    assert q.speaker is None or q.speaker.name != "mayor"


@pytest.mark.parametrize("name", ["Sanders", "Fields", "Sands"])
def test_a_surname_tagged_as_a_common_noun_before_a_comma_intro_speaks(name):
    # regression: "Sanders shot back, “…”" with the surname tagged NOUN gave the words to the last speaker
    text = (f"Senator Ed {name} and Governor Ana Ruiz clashed at the debate in Albany.\n\n"
            f"When {name} accused Ruiz of being too reliant on Wall Street, she said \"I stood up against the "
            f"behavior of the banks\" for years. {name} shot back, \"Governor Ruiz called them out. Oh my, they "
            f"must have been crushed by that.\"\n")
    q = quote_with(extract_text(text), "crushed by that")
    assert q.speaker is not None and q.speaker.name == f"Ed {name}"


def test_a_colon_intro_from_someones_post_is_theirs():
    # regression: "From Bush's Facebook post: “…”" left the quotation with no speaker
    text = ("Councilman Ed Rourke endorsed Mayor Ann Pell on Friday. From Rourke's Facebook post: \"For the sake "
            "of our city, we must put the old fights behind us and back the mayor.\"")
    q = quote_with(extract_text(text), "old fights")
    assert q.speaker is not None and q.speaker.name == "Ed Rourke"


@pytest.mark.parametrize("text, words, source", [
    ("The group released a new television ad on Monday. “Mayor Lane has failed our schools and our children,” "
     "a voice-over in the ad states. “We deserve better.”", "failed our schools", "ad"),
    ("Investigators kept the records sealed. \"No deposits were made after March,\" the document states.",
     "No deposits", "document"),
    ("The ministers sent a paper to the council. \"Our country is a partner in the fight against smuggling on "
     "all fronts,\" the Ukrainians state in the paper, which was handed out on Friday.", "smuggling", "Ukrainians"),
])
def test_a_speech_verb_the_model_tags_as_a_noun_after_a_quotation_is_its_cue(text, words, source):
    # regression: "“…,” the document states" with "states" tagged a plural noun (and "the
    # Ukrainians state" with "state" a singular one) left the quotation with no cue, so it went to
    # the last speaker named ("Lane")
    q = quote_with(extract_text(text), words)
    assert q.cue is not None and q.cue.text.startswith("state")
    assert source in [s.text for s in q.sources]


def test_a_plural_noun_after_a_speech_verb_is_no_cue():
    q = quote_with(extract_text("\"It is over,\" Lane told reporters in both states."), "It is over")
    assert q.cue.text == "told"


@pytest.mark.parametrize("text", [
    "The mayor was asked about the budget.\n\nFormer governor Linda Marsh: \"We had the money. We simply chose "
    "to spend it on roads instead.\"",
    "The mayor was asked about the budget.\n\nFormer secretary of state Linda Marsh:\"We had the money. We simply "
    "chose to spend it on roads instead.\"",
])
def test_a_speakers_line_with_a_title_before_the_name(text):
    q = quote_with(extract_text(text), "chose to spend it")
    assert q.speaker is not None and q.speaker.name == "Linda Marsh"


@pytest.mark.parametrize("text, who", [
    ("Tech firms are moving to Lisbon because, in Forbes' words, \u201cit is the most entrepreneurial city on "
     "the continent.\u201d", "Forbes"),
    ("Ortega said the plan was sound. In the words of the Tribune, \u201cthe mayor has lost control of his own "
     "council.\u201d", "Tribune"),
])
def test_in_their_words_gives_the_quotation_to_the_owner_of_the_words(text, who):
    q = [x for x in extract_text(text).quotes if x.kind == "direct"][0]
    assert q.speaker is not None and who in q.speaker.name


def test_a_speech_word_made_an_adjective_of_the_channel_is_not_the_cue():
    # regression: "in a written statement" made "written" the cue and the statement the speaker
    text = ("Morales told the Herald in a written statement, \u201cI never wanted the job, because it demands "
            "more patience than I have.\u201d")
    q = quote_with(extract_text(text), "never wanted the job")
    assert q.cue.text == "told"
    assert q.speaker is not None and q.speaker.name == "Morales"


@pytest.mark.parametrize("text, cue, addressee", [
    ('"I was terrified," the survivor, who asked not to be named, told Reuters.', "told", "Reuters"),
    ('"Nobody came to help," a resident, who declined to give her name, told AFP.', "told", "AFP"),
])
def test_a_relative_clause_between_a_quotation_and_its_cue_is_no_cue(text, cue, addressee):
    q = quote_with(extract_text(text), text[1:9])
    assert q.cue.text == cue
    assert q.addressee is not None and q.addressee.name == addressee


def test_a_surname_spelt_like_a_speech_verb_is_no_cue():
    text = 'According to Health Minister Omar Said, "the outbreak is now under control."'
    q = quote_with(extract_text(text), "outbreak")
    assert q.cue.text.lower() == "according to"
    assert q.speaker is not None and q.speaker.name == "Omar Said"


def test_a_person_a_possessor_has_before_a_colon_speaks_not_the_possessor():
    # regression: "Kenya's president: '…'" gave the words to Kenya, as "Lee's answer was:" gives
    # them to Lee; a person noun is who speaks
    text = ("Talks between the government and the opposition resumed on Monday.\n\n"
            "Freedonia's president: 'We will not walk away from the table.'")
    q = quote_with(extract_text(text), "walk away")
    assert q.sources[0].text == "Freedonia's president"
    assert q.speaker is not None and q.speaker.name != "Freedonia"


def test_a_possessor_still_owns_the_words_its_noun_names_before_a_colon():
    text = "The council met late into the night.\n\nMarta Lind's reply was: \"We will vote again in June.\""
    q = quote_with(extract_text(text), "vote again")
    assert q.speaker.name == "Marta Lind"


@pytest.mark.parametrize("frame", ["wanted to know", "wants to know"])
def test_wanting_to_know_before_a_comma_puts_the_question(frame):
    # regression: "Lee wanted to know, “…?”" was no cue, and the question went to the speaker
    # quoted before it (the interviewer's guest here)
    text = ("“We will finish the rail line by spring,” the transport minister told the program on Sunday.\n\n"
            f"But host Dana Whitfield {frame}, “Why should anyone believe that after three missed deadlines?”\n")
    q = quote_with(extract_text(text), "three missed deadlines")
    assert q.cue is not None and q.cue.text == "know"
    assert q.speaker is not None and q.speaker.name == "Dana Whitfield"
