"""``roles.appointed_as``: a post given is a fact only when told as one ("may name X as his
running mate" gives no relation); sentences written for this test."""

import pytest

from ._helpers import rels, run


@pytest.mark.parametrize("text", [
    "The Kremlin may appoint Ivan Petrov as its chief negotiator.",
    "Tom Baker could name Maria Lopez as his running mate next week.",
    "The ministry did not appoint Ivan Petrov as its envoy.",
])
def test_a_possible_appointment_gives_no_relation(nlp, text):
    ex = run(nlp, text)
    assert not [r for r in ex.relations if r.predicate in ("ROLE", "SPEAKS_FOR", "ALLY_OF")], ex.relations


def test_an_appointment_told_as_fact_gives_the_role(nlp):
    ex = run(nlp, "The Kremlin reappointed Ivan Petrov as its chief negotiator.")
    assert ("Ivan Petrov", "Kremlin") in {(s, o) for s, o, _ in rels(ex, "ROLE")}
