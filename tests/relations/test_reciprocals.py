"""ADVERSARY_OF between sides set against each other (graph/relations/reciprocals.py), from
sentences written for this test; negated ones and contests that name no two sides stay out."""

import pytest

from ._helpers import between, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker and Maria Lopez attacked each other on Monday.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker and Maria Lopez criticized one another at the forum.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker and Maria Lopez, who had gone after each other in earlier debates, both turned on Jane Holt.",
     "Tom Baker", "Maria Lopez"),
    ("Jane Holt and Tom Baker are locked in a tight race in Ohio.", "Jane Holt", "Tom Baker"),
    ("Tom Baker is locked in a tight race with Maria Lopez.", "Tom Baker", "Maria Lopez"),
])
def test_sides_against_each_other(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker and Maria Lopez never attacked each other.",
    "Tom Baker and Maria Lopez praised each other.",
    "Tom Baker and Maria Lopez are locked in talks over the budget.",
])
def test_no_enmity_from_negations_praise_or_talks(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_remaining_locked_in_a_rivalry_is_a_rivalry(nlp):
    between(run(nlp, "Morocco and Algeria remain locked in a bitter rivalry."), "ADVERSARY_OF", "Morocco", "Algeria")


@pytest.mark.parametrize("text", [
    "Morocco and Algeria remain locked in talks.",
    "Morocco and Algeria may remain locked in a rivalry.",
])
def test_locked_in_talks_or_maybe_locked_is_no_rivalry(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Dara Mwangi and Paul Otieno were fierce opponents in the 2017 election.", "Dara Mwangi", "Paul Otieno"),
    ("Senator Lena Ortiz and Governor Sam Pike have become bitter rivals since the primary.", "Lena Ortiz", "Sam Pike"),
])
def test_named_together_as_rivals_are_adversaries(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Senator Lena Ortiz and Governor Sam Pike are opponents of the tax bill.",
    "Senator Lena Ortiz and Governor Sam Pike could become rivals.",
])
def test_opponents_of_a_cause_or_maybe_rivals_are_not_each_others(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_someone_elses_rivals_are_not_each_others(nlp):
    found = run(nlp, "Senator Lena Ortiz and Governor Sam Pike are Walsh's rivals.")
    assert frozenset(("Lena Ortiz", "Sam Pike")) not in pairs(found, "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Senator Iris Vahl and Governor Mo Tanaka spoke on Sunday. A Vahl-Tanaka matchup would be close.",
    "Senator Iris Vahl and Governor Mo Tanaka spoke on Sunday. Voters tuned in to the Vahl-Tanaka debate.",
])
def test_two_names_joined_before_a_contest_are_its_sides(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Iris Vahl", "Mo Tanaka")


def test_two_names_joined_before_a_ticket_are_no_contest(nlp):
    found = run(nlp, "Senator Iris Vahl and Governor Mo Tanaka spoke on Sunday. The Vahl-Tanaka ticket won Ohio.")
    assert not pairs(found, "ADVERSARY_OF")
