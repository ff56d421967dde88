"""Seats said of a name only when the name is the person's (graph/relations/seats.py); from
sentences written for this test."""

from ._helpers import rels, run


def test_a_name_with_an_article_is_no_holder(nlp):
    # the senator is compared to the man named; that man holds no seat
    ex = run(nlp, "Supporters called the Ohio senator “the next Abraham Lincoln” at the rally.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Abraham Lincoln"]
