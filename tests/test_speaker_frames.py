"""Who speaks when the words around the cue mislead the parse (issue 13): a quoted sentence
that runs on past its closing mark before an inverted cue, a wire dateline before the subject,
a place coordinated with the speaker's name, a channel whose issuer stands in a participle's
"by" phrase. Sentences written for these tests; names invented."""

import pytest

from conftest import quote_of
from quotegraph import extract_text


@pytest.mark.parametrize("text,words,who", [
    ('"This will be a long winter" for the farmers, said Tom Brandt.', "long winter", "Tom Brandt"),
    ("“We are very happy” about the vote, said Ann Olsen, who heads the dockers' union.", "very happy",
     "Ann Olsen"),
])
def test_words_after_a_quotation_before_an_inverted_cue_are_not_the_speaker(text, words, who):
    q = quote_of(text, words)
    assert q.speaker is not None and q.speaker.name == who
    assert [s.text for s in q.sources] == [who]


def test_a_wire_dateline_is_not_the_speaker():
    text = ("Budget row deepens.\n\n"
            "Lisbon (AFP) – Finance minister Clara Dumont has criticised the spending plan, saying that "
            "\"reckless cuts\" would hurt growth.")
    q = quote_of(text, "reckless cuts")
    assert q.speaker is not None and q.speaker.name == "Clara Dumont"


def test_a_place_before_the_speakers_name_is_not_the_speaker():
    text = ("Speaking at a rally in Dover, Delaware, Rand went after his rival, calling him "
            "\"a total failure.\"")
    q = quote_of(text, "total failure")
    assert q.speaker is not None and q.speaker.name == "Rand"


def test_the_issuer_in_a_channels_by_phrase_is_the_mention_of_the_speaker():
    text = ("Race tightens.\n\n"
            "A campaign email sent out by Dana Whitfield on Monday warned of the hard road ahead: "
            "\"There are ten votes in the next week, and our opponents will spend heavily to stop us.\"")
    q = quote_of(text, "ten votes")
    assert q.speaker is not None and q.speaker.name == "Dana Whitfield"
    assert [s.text for s in q.sources] == ["Dana Whitfield"]


@pytest.mark.parametrize("text,words,who", [
    ("That said, young voters say they believe success will require \"a lifetime of hard work.\"",
     "lifetime", "young voters"),
    ("Having said that, the mayor admitted that the plan \"needs more money.\"", "more money", "mayor"),
])
def test_that_said_is_the_writers_concession_not_a_cue(text, words, who):
    q = quote_of(text, words)
    assert q.cue is not None and q.cue.text != "said"
    assert q.speaker is not None and who in q.speaker.name


def test_one_of_a_group_with_a_name_beside_it_is_that_person():
    q = quote_of("One of her advisers, Tad Morrow, told reporters that the remarks were \"taken out of context.\"",
                 "out of context")
    assert q.speaker is not None and q.speaker.name == "Tad Morrow"


# -- feature-style articles, whole, the forms held-out sets showed ------------------------------

HARBOUR = """A harbour town learns to live with the tide

KESTRA BAY — The water came up the high street twice this winter. The second time, it stayed for a week.

Harbour master Olga Brenn has watched the sea wall crumble for a decade. "We patch it every spring," she said, standing on the slipway. "Every autumn it opens up again."

"Nobody in the capital wants to hear that."

"They send a surveyor, he writes a report, and the report goes in a drawer."

A statement from the transport ministry said the wall was "a local responsibility" and that funds had been offered in 2022.

The minister also discussed the wall with the town council last month, according to his spokesman.

Pieter Lasko, councillor: "We wrote six letters. We got one answer, and it was a leaflet."

BRENN: Some of it will have to move. The school is first.

LASKO: The church stays where it is.

Asked whether she would stay, Brenn laughed. "Where would I go? The sea is my job."
"""

MARKET = """What the market traders say

Stallholders on Friday were split over the new parking rules.

Ana Ruiz, 34, nurse: "I come here every week and now I pay more to park than for my vegetables."

Tomas Berg, retired teacher: "It was always going to happen. The town needs the money."
"""


@pytest.mark.parametrize("words,who", [
    ("every spring", "Olga Brenn"),
    ("hear that", "Olga Brenn"),  # a chain of quotation paragraphs keeps the speaker
    ("goes in a drawer", "Olga Brenn"),
    ("local responsibility", "transport ministry"),
    ("discussed the wall", "spokesman"),
    ("six letters", "Pieter Lasko"),  # a signature with what the person is, in lower case
    ("school is first", "Olga Brenn"),
    ("church stays", "Pieter Lasko"),
    ("sea is my job", "Olga Brenn"),
])
def test_a_feature_article_gives_each_quote_its_speaker(words, who):
    q = quote_of(HARBOUR, words)
    assert q.speaker is not None and who in q.speaker.name


@pytest.mark.parametrize("words,who", [("vegetables", "Ana Ruiz"), ("always going to happen", "Tomas Berg")])
def test_a_vox_pop_signature_with_an_age_or_a_job_is_a_person(words, who):
    ex = extract_text(MARKET)
    q = next(q for q in ex.quotes if any(words in c.text for c in q.contents))
    assert q.speaker is not None and q.speaker.name == who
    assert q.speaker.type == "person" and [s.text for s in q.sources] == [who]


@pytest.mark.parametrize("text,words,who", [
    ("Lee said he felt they were saying, 'We're safe now.'", "safe now", "Lee"),
    ('Vote nears.\n\nSenator Ruth Ortiz thinks voters are telling Washington, "Enough is enough."', "Enough is", "Ruth Ortiz"),
])
def test_a_quotation_inside_what_someone_feels_is_theirs(text, words, who):
    q = quote_of(text, words)
    assert q.speaker is not None and q.speaker.name == who


def test_they_never_stands_for_one_described_person():
    text = 'Row.\n\n"We will not back down," the senator, 70, told the anchor.\n\nThey were saying, "We are safe now."'
    q = quote_of(text, "safe now")
    assert q.speaker is None or "senator" not in q.speaker.name


@pytest.mark.parametrize("silent", ["Diaz did not respond.", "Diaz declined to comment on the meeting."])
def test_he_is_not_the_man_who_said_nothing(silent):
    text = (f"Talks fail.\n\nSenator Tom Hale met Governor Rick Diaz on Monday. {silent}\n\n"
            "\"It was a waste of a day,\" he said later.")
    q = quote_of(text, "waste of a day")
    assert q.speaker is not None and q.speaker.name == "Tom Hale"


@pytest.mark.parametrize("spoke", ["Mayor Lena Diaz did not deny the report.",
                                   "Mayor Lena Diaz did not say when the plant would close."])
def test_she_is_the_woman_who_did_not_deny_something(spoke):
    # a negated speech verb with what was (not) said is no silence: Diaz spoke
    text = (f"Governor Ann Baker visited the plant on Monday. {spoke}\n\n"
            "\u201cWe are working on it,\u201d she said.")
    q = quote_of(text, "working on it")
    assert q.speaker is not None and q.speaker.name == "Lena Diaz"


def test_a_count_of_people_is_the_group_that_speaks():
    text = ("Budget talks stall.\n\nHundreds of angry farmers marched through the capital on Monday, chanting "
            "\"No farms, no food,\" and raising fresh questions about the plan.")
    q = quote_of(text, "No farms")
    assert any("farmers" in s.text for s in q.sources)


def test_a_long_description_before_a_manner_verb_after_the_quotation_speaks():
    text = ("Debate night.\n\n\u201cGovernor Vance, let me help you out - the answer is no,\u201d the Republican "
            "vice-presidential nominee riffed on Vance's non-answer.")
    q = quote_of(text, "help you out")
    assert q.cue is not None and q.cue.text == "riffed"
    assert [s.text for s in q.sources] == ["the Republican vice-presidential nominee"]
