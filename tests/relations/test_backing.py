"""ALLY_OF from backing given by acts: votes and money (graph/relations/backing.py), and support
given "to" someone (graph/relations/ties.py), from sentences written for this test."""

import pytest

from ._helpers import between, has, pairs, run


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker voted for Maria Lopez in the primary.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker cast his vote for Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker raised money for Maria Lopez in Ohio.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker hosted a fundraiser for Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker lent his support to Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker gave his endorsement to Maria Lopez.", "Tom Baker", "Maria Lopez"),
    # money given to a candidate or to the candidate's campaign
    ("Tom Baker donated $2,700 to Maria Lopez's campaign.", "Tom Baker", "Maria Lopez"),
    ("Maria Lopez spoke in Ohio. Tom Baker contributed $5,000 to the Lopez campaign in May.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker gave $1,000 to Maria Lopez's campaign.", "Tom Baker", "Maria Lopez"),
])
def test_backing_by_acts(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker said he would vote for Maria Lopez.",
    "Tom Baker did not vote for Maria Lopez.",
    "Tom Baker voted for the bill.",
    "Tom Baker raised money for the victims.",
    "Tom Baker did not give his endorsement to Maria Lopez.",
    "Tom Baker would donate to Maria Lopez's campaign.",
    "Tom Baker gave a speech to Maria Lopez's campaign staff.",
    "Tom Baker donated $5 million to the Lopez Foundation.",
    "Maria Lopez spoke in Ohio. Tom Baker gave money to Maria Lopez years ago.",
])
def test_no_backing_from_plans_negations_or_causes(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, body", [
    ("Egypt backs Sudan's army in the war.", "Sudan's army"),
    ("Egypt, which backs the Sudanese army, urged calm.", "Sudanese army"),
])
def test_a_state_backing_another_states_army_is_its_ally(nlp, text, body):
    """Regression: the army was made an actor only after "backs" was read, so no ALLY_OF; and
    "Sudan's army" was shown as "Army"."""
    ex = run(nlp, text)
    has(ex, "ALLY_OF", "Egypt", body)
    has(ex, "MEMBER_OF", body, "Sudan")


@pytest.mark.parametrize("text, a, b", [
    # backing handed over: the one given it is the dative
    ("The Carpenters Union gave Maria Lopez the nod on Tuesday.", "Carpenters Union", "Maria Lopez"),
    ("Tom Baker gave Maria Lopez his endorsement after the debate.", "Tom Baker", "Maria Lopez"),
    # the backer named before a hyphen, glued to the participle or not
    ("The Iran-backed Hezbollah fired rockets across the border.", "Iran", "Hezbollah"),
    ("Troops of the U.S.-backed Ukraine held the line.", "United States", "Ukraine"),
    # "linked" as "backed", and the name set after a common noun
    ("The Hamas-linked cleric Omar Aziz was killed in 2011.", "Hamas", "Omar Aziz"),
    ("The Iran-allied cleric Ali Hassan spoke on Friday.", "Iran", "Ali Hassan"),
])
def test_backing_given_and_hyphen_backers(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "The Carpenters Union is unlikely to give Maria Lopez the nod.",
    "Tom Baker gave a nod to Maria Lopez in his speech.",  # a courtesy, not a choice
    "Tom Baker did not give Maria Lopez his endorsement.",
    "Tom Baker gave Maria Lopez a ride to the airport.",
    "Russian-backed separatists shelled the town.",  # the side backed is not named
    "Russian-linked money flowed into the campaign.",
    "The Hamas-linked cleric was killed in 2011.",
])
def test_no_backing_given_when_refused_courteous_or_unnamed(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


def test_backing_handed_over_by_each_of_coordinated_givers(nlp):
    ex = run(nlp, "The Teamsters and the United Steelworkers gave Maria Lopez the nod on Monday.")
    between(ex, "ALLY_OF", "Teamsters", "Maria Lopez")
    between(ex, "ALLY_OF", "United Steelworkers", "Maria Lopez")


@pytest.mark.parametrize("text, a, b", [
    ("Senator Ann Ruiz, who faces a hard race at home, rescinded her endorsement of Tom Baker, "
     "saying he lacks the temperament to lead.", "Ann Ruiz", "Tom Baker"),
    ("Senator Ann Ruiz withdrew her support for Tom Baker on Friday.", "Ann Ruiz", "Tom Baker"),
    ("Senator Ann Ruiz pulled her endorsement of Tom Baker after the tape surfaced.", "Ann Ruiz", "Tom Baker"),
])
def test_backing_taken_back_sets_the_two_against_each_other(nlp, text, a, b):
    ex = run(nlp, text)
    between(ex, "ADVERSARY_OF", a, b)
    assert frozenset((a, b)) not in pairs(ex, "ALLY_OF")


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz has not withdrawn her support for Tom Baker.",
    "Senator Ann Ruiz may rescind her endorsement of Tom Baker.",
    "Senator Ann Ruiz withdrew her support for the bill Tom Baker wrote.",
    "Ann Ruiz withdrew from the race and endorsed Tom Baker.",
])
def test_no_enmity_from_backing_kept_planned_or_for_a_bill(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Senator Mark Hale won. Governor Ann Park opposed Hale's nomination.", "Ann Park", "Mark Hale"),
    ("Senator Mark Hale won. Jim Cole fought the nomination of Hale.", "Jim Cole", "Mark Hale"),
])
def test_working_against_a_named_run(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Senator Mark Hale won. Tom Ruiz may oppose Hale's bid.",
    "Senator Mark Hale won. Tom Ruiz did not fight Hale's nomination.",
    "Senator Mark Hale won. Tom Ruiz opposed his nomination for other reasons.",
])
def test_no_enmity_from_planned_denied_or_unowned_runs(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # a named body described by the one it backs
    ("The Liberty Fund, a super PAC supporting Senator Ann Ruiz, spent $2 million on ads.", "Liberty Fund", "Ann Ruiz"),
    ("Greenfield Forward, a group backing Senator Ann Ruiz, ran ads in Dayton.", "Greenfield Forward", "Ann Ruiz"),
    ("Greenfield Forward, a super PAC aligned with strategist Tom Baker, ran ads in Dayton.", "Greenfield Forward", "Tom Baker"),
])
def test_a_body_described_by_the_one_it_backs_is_an_ally(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    # an unnamed body backs no one named; a person working for a body is no body
    "A super PAC supporting Senator Ann Ruiz spent $2 million on ads.",
    "Tom Baker, a pollster working for Senator Ann Ruiz, spoke on Monday.",
])
def test_no_ally_from_an_unnamed_body(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


def test_backing_handed_over_when_the_one_given_it_is_parsed_as_an_object(nlp):
    # the givers named in apposition to "two unions"; the parse takes the name for a second object
    ex = run(nlp, "Two holdout unions, the Boilermakers and the Teamsters, gave Senator Maria Lopez the nod on Friday.")
    between(ex, "ALLY_OF", "Teamsters", "Maria Lopez")
