"""Two people named together in the name of their ticket or bill (graph/relations/joint_names.py),
from sentences written for this test; a debate or a summit named for two sides is no alliance."""

import pytest

from ._helpers import between, pairs, run


@pytest.mark.parametrize("text, a, b", [
    ("Paul Ridley and Lisa Harmon toured Ohio. Voters cheered the Ridley-Harmon ticket on Friday.",
     "Paul Ridley", "Lisa Harmon"),
    ("Senators Ann Lowry and Tom Berger spoke. Both parties debated the 2019 Lowry-Berger border bill.",
     "Ann Lowry", "Tom Berger"),
    ("Gina Marsh and Owen Pryce spoke in Reno. The Marsh-Pryce campaign raised $2 million in May.",
     "Gina Marsh", "Owen Pryce"),
])
def test_a_ticket_or_bill_named_for_two_people(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Paul Ridley and Lisa Harmon spoke. Millions watched the Ridley-Harmon debate on Friday.",
    "Paul Ridley and Lisa Harmon spoke. A Ridley-Harmon race would be close.",
    # neither half is a person the text names
    "The Kansas-Nebraska Act was passed in 1854.",
    # the tagger may run the second name into the noun ("Frank Act"): no person of that surname
    "She praised Senator Dodd for the Dodd-Frank Act regulating Wall Street.",
])
def test_no_alliance_from_a_contest_or_from_places(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")
