"""The state and party of a politician said by a description that stands for the name
(graph/relations/described_politicians.py), from sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, person, state", [
    ("Rep. Tom Alder is backing Sen. Mary Quint for governor. The Oregon congressman said he would vote for her.",
     "Tom Alder", "Oregon"),
    ("Dana Pike said the deal was dead. The Nevada Democrat said flatly that he would not vote for it.",
     "Dana Pike", "Nevada"),
    ('"You have Ben Carr, who never listens," Dana Pike said. The Nevada Democrat\'s biggest worry is turnout.',
     "Dana Pike", "Nevada"),
    ("As a New York senator, Carla Dunn voted for the bill in 2003.", "Carla Dunn", "New York"),
])
def test_a_description_gives_the_named_person_a_state(nlp, text, person, state):
    has(run(nlp, text), "ROLE", person, state)


def test_the_party_of_the_description_is_the_persons(nlp):
    ex = run(nlp, '"You have Ben Carr, who never listens," Dana Pike said. The Nevada Democrat\'s biggest worry '
                  'is turnout.')
    has(ex, "ROLE", "Dana Pike", "Democratic Party")
    has(ex, "MEMBER_OF", "Dana Pike", "Democratic Party")


@pytest.mark.parametrize("text", [
    "Gov. Ann Lowe spoke on Monday. The Ohio senator said nothing.",  # a governor is not the senator
    "Tom Alder attacked Ben Carr, and the Texas Republican answered him.",  # which of the two is a guess
    "Tom Alder met Ben Carr on Monday. The Texas senator said little.",  # two people before, no title
])
def test_no_state_when_whom_the_description_stands_for_is_unsure(nlp, text):
    assert not [r for r in rels(run(nlp, text), "ROLE") if r[1] in ("Ohio", "Texas")]


@pytest.mark.parametrize("text, person, party", [
    ("Dan Fogg held a rally on Monday. The GOP front-runner said he would win.", "Dan Fogg", "Republican Party"),
    ("Ann Lowe spoke in Iowa. The Democratic presidential nominee said she would win.", "Ann Lowe",
     "Democratic Party"),
])
def test_a_party_description_gives_the_named_person_the_party(nlp, text, person, party):
    has(run(nlp, text), "ROLE", person, party)


def test_no_party_when_two_people_were_just_named(nlp):
    ex = run(nlp, "Dan Fogg and Ann Lowe met. The Republican nominee said little.")
    assert not [r for r in rels(ex, "ROLE") if r[1] == "Republican Party"]


@pytest.mark.parametrize("text", [
    # the state's senator the text named is the one described, not the person named last
    "Vermont Sen. Ben Carr won the caucus. Money was raised by front-runner Ann Lowe. The Vermont senator "
    "has raised more.",
    # a spokeswoman is not the politician she speaks for
    "Spokeswoman Haley Moss says the campaign is lean. The former Maryland governor has been stuck in the polls.",
])
def test_no_state_for_someone_the_description_is_not(nlp, text):
    ex = run(nlp, text)
    assert not [r for r in rels(ex, "ROLE") if r[0] in ("Ann Lowe", "Haley Moss")]


def test_the_states_governor_named_once_is_the_one_sitting_governor(nlp):
    ex = run(nlp, "Indiana governor endorses Fogg. Gov. Mike Pike (R) said on Friday that he would vote for Dan Fogg.")
    has(ex, "ROLE", "Mike Pike", "Indiana")


def test_no_states_governor_with_two_sitting_governors(nlp):
    ex = run(nlp, "Indiana governor endorses Fogg. Gov. Mike Pike (R) said on Friday that he would vote for "
                  "Dan Fogg, as did Gov. Ann Lowe.")
    assert not [r for r in rels(ex, "ROLE") if r[1] == "Indiana"]


@pytest.mark.parametrize("text, person, state", [
    ("As Oregon's governor, Tom Becker signed a tax bill in 2010.", "Tom Becker", "Oregon"),
    ("As governor of Oregon, Tom Becker signed a tax bill in 2010.", "Tom Becker", "Oregon"),
    # a senator now: the clause still says the seat he held
    ("Sen. Tom Becker spoke first. As Oregon's governor, Becker signed a tax bill in 2010.", "Tom Becker", "Oregon"),
])
def test_a_seat_said_with_as_before_the_subject_is_its_role(nlp, text, person, state):
    has(run(nlp, text), "ROLE", person, state)


@pytest.mark.parametrize("text, person, state", [
    # the state after the noun: "from" names the state a legislator is sent from
    ("Dana Pike toured three factories on Monday. The senator from Nevada said wages must rise.",
     "Dana Pike", "Nevada"),
    # as an object: the subject of the clause is the other of the two just named
    ("Carla Dunn opened the year well ahead of Tom Alder. But she has never led the 61-year-old Oregon "
     "congressman in the polls of his own state.", "Tom Alder", "Oregon"),
])
def test_a_description_after_the_noun_or_as_an_object_gives_the_state(nlp, text, person, state):
    has(run(nlp, text), "ROLE", person, state)


@pytest.mark.parametrize("text", [
    # the object is someone other than the subject, but which of the two named before is a guess
    "Tom Alder met Ben Carr on Monday. Dana Pike then praised the Texas senator.",
    # "from" after a governor says where he comes from, not a seat
    "Dana Pike toured three factories on Monday. The governor from Texas said wages must rise.",
])
def test_no_state_for_an_object_or_from_whose_person_is_unsure(nlp, text):
    assert not [r for r in rels(run(nlp, text), "ROLE") if r[1] == "Texas"]


def test_a_description_after_a_quote_stands_for_the_he_who_said_it(nlp):
    # the sentence before names nobody but the "he" of its cue
    ex = run(nlp, "Democratic presidential candidate Dale Okafor promised on Monday to raise the minimum wage "
                  "beyond the plans of President Ruth Amory.\n\n"
                  "\u201cWorkers cannot wait any longer,\u201d he said in Reno at a forum hosted by a labor group.\n\n"
                  "The Nevada senator has been courting union voters for months.")
    has(ex, "ROLE", "Dale Okafor", "Nevada")


@pytest.mark.parametrize("text", [
    # an object description is the other one of the contest, not the "she" before it
    "The poll shows the pull of Okafor and the weakness of Ruth Amory. Since October she has been sliding. "
    "Her lead over the senator from Nevada has dropped to four points.",
    # a party's post after a quote's "he" may be the one the quote was about
    "Governor Lena Brook campaigned for Ruth Amory in Reno. \u201cNo nominee has known less than Dale Okafor,\u201d "
    "said Brook. \u201cHe is unqualified,\u201d she added. The Republican nominee has made a play for Nevada.",
])
def test_a_he_or_she_before_is_no_topic_for_an_object_or_a_party_post(nlp, text):
    ex = run(nlp, text)
    assert not [r for r in rels(ex, "ROLE") if (r[0], r[1]) in (("Ruth Amory", "Nevada"), ("Lena Brook", "Republican Party"))]
