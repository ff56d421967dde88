"""ADVERSARY_OF from peacemaking (graph/relations/truces.py): the sides of a ceasefire, peace
talks, a peace deal, a prisoner swap or a mediation; from sentences written for this test.
Trade deals and talks without "peace" stay out, and so does "no ceasefire"."""

import pytest

from ._helpers import between, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("A ceasefire between Israel and Hamas took effect on Sunday after months of war.", "Israel", "Hamas"),
    ("Ukraine and Russia held peace talks in Abu Dhabi on Thursday. The fighting went on.", "Ukraine", "Russia"),
    ("Azerbaijan signed a peace deal with Armenia in Washington, decades after their first war.",
     "Azerbaijan", "Armenia"),
    ("Qatar has long served as a mediator between Israel and Hamas. The conflict has killed thousands.",
     "Israel", "Hamas"),
    ("Russia and Ukraine agreed to a prisoner swap, officials said, as drone attacks continued.", "Russia", "Ukraine"),
])
def test_the_sides_of_a_peace_are_adversaries(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    # the peace alone tells a deal reached, not the war a reader takes the enmity from
    "India and Pakistan agreed to a ceasefire on Saturday.",
    "Azerbaijan signed a peace deal with Armenia in Washington.",
    "Kenya offered to mediate between Ethiopia and Eritrea.",
])
def test_a_peace_in_an_article_that_tells_no_fight_says_no_enmity(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "The United States and China signed a trade deal in January.",
    "Japan and Australia held talks on defence cooperation.",
    "There is no ceasefire between India and Pakistan, the report said.",
])
def test_no_enmity_from_trade_deals_plain_talks_or_no_ceasefire(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    # regression: those who call for, broker or welcome a truce were made its sides
    "France and Germany called for a ceasefire in the region.",
    "Egypt and Qatar brokered a ceasefire.",
    "The United States and Britain welcomed the peace deal.",
])
def test_callers_brokers_and_bystanders_are_no_sides(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")
