"""The actors a relation's side names (graph/relations/_context.py), from sentences written
for this test."""

import pytest

from ._helpers import between, pairs, run


@pytest.mark.parametrize("text, predicate", [
    # the parser makes the state the object and the titled name its apposition
    ("Ann Lund backed Texas Senator Tom Brand in the primary.", "ALLY_OF"),
    ("Ann Lund, who once backed Texas Senator Tom Brand, is launching a group.", "ALLY_OF"),
    ("Ann Lund attacked Texas Senator Tom Brand in the primary.", "ADVERSARY_OF"),
    ("Ann Lund met with Ohio Gov. Tom Brand on Monday.", "COMMUNICATED_WITH"),
    # ... or the name an adverbial beside the state, on the verb
    ("Ann Lund slammed Vermont Senator Tom Brand.", "ADVERSARY_OF"),
    ("Ann Lund, who once endorsed Texas Senator Tom Brand, is launching a group.", "ALLY_OF"),
])
def test_state_before_a_titled_name_is_no_side(nlp, text, predicate):
    ex = run(nlp, text)
    between(ex, predicate, "Ann Lund", "Tom Brand")
    assert all("Texas" not in pair and "Ohio" not in pair for pair in pairs(ex, predicate))




def test_a_name_the_parse_hangs_on_the_first_of_a_list_is_a_member(nlp):
    # the parser makes "Marco Rubio" an apposition of "Scott Walker" and the rest of the list
    # conjuncts of it: the list goes on to a final "and" with a name, so all four endorse
    ex = run(nlp, "Scott Walker, Marco Rubio, Ohio Gov. John Kasich and Sen. Rand Paul all endorsed Mitt Romney.")
    assert pairs(ex, "ALLY_OF") == {frozenset((n, "Mitt Romney"))
                                    for n in ("Scott Walker", "Marco Rubio", "John Kasich", "Rand Paul")}


def test_a_description_in_a_list_is_no_member(nlp):
    ex = run(nlp, "Scott Walker, the former governor, and Marco Rubio both endorsed Mitt Romney.")
    assert pairs(ex, "ALLY_OF") == {frozenset(("Scott Walker", "Mitt Romney")), frozenset(("Marco Rubio", "Mitt Romney"))}
