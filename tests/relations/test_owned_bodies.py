"""ROLE at a body named as a person's in apposition (graph/relations/owned_bodies.py);
sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, holder, body", [
    ("The ad is paid for by Michael Bloomberg's super PAC, Independence USA.", "Michael Bloomberg", "Independence USA"),
    ("The ad was paid for by Dana Reyes's foundation, the Reyes Trust.", "Dana Reyes", "Reyes Trust"),
    ("Dana Reyes spoke. Her foundation, the Reyes Trust, paid for the ad.", "Dana Reyes", "Reyes Trust"),
])
def test_a_persons_body_named_in_apposition_is_where_they_hold_a_role(nlp, text, holder, body):
    assert has(run(nlp, text), "ROLE", holder, body).role.startswith("principal of")


def test_a_body_named_without_commas_or_owner_gives_no_role(nlp):
    ex = run(nlp, "The super PAC Independence USA spent $2 million in Ohio.")
    assert not rels(ex, "ROLE")


def test_a_parent_company_owns_the_body_not_the_other_way(nlp):
    ex = run(nlp, "Dana Reyes spoke. Her parent company, Tarn Holdings, paid for the ad.")
    assert not rels(ex, "ROLE")
