"""ROLE said by a choice of someone for a post (graph/relations/appointments.py): elections and
appointments, and "X as his running mate"; sentences written for this test."""

import pytest

from ._helpers import between, has, rels, run


@pytest.mark.parametrize("text", [
    "Omar Haddad was elected as mayor of Leeds last week.",
    "Omar Haddad was elected mayor of Leeds last week.",
])
def test_one_elected_to_a_seat_holds_it(nlp, text):
    assert has(run(nlp, text), "ROLE", "Omar Haddad", "Leeds").role == "mayor"


@pytest.mark.parametrize("text, mate, chooser", [
    ("Wednesday added one more development: Sen. Tom Hale of Ohio, a candidate eliminated from winning, "
     "naming businesswoman Dana Reyes as his running mate.", "Dana Reyes", "Tom Hale"),
    ("Two priorities have been harmed by Ann Ruiz's selection of Tom Hale as her running mate.", "Tom Hale",
     "Ann Ruiz"),
])
def test_a_running_mate_holds_the_post_for_the_chooser_and_is_an_ally(nlp, text, mate, chooser):
    ex = run(nlp, text)
    assert has(ex, "ROLE", mate, chooser).role == "running mate"
    between(ex, "ALLY_OF", mate, chooser)


@pytest.mark.parametrize("text", [
    "The senator may name Dana Reyes as his running mate.",  # not chosen yet
    "Voters may elect Omar Haddad mayor of Leeds next year.",
])
def test_a_choice_not_made_is_no_post(nlp, text):
    ex = run(nlp, text)
    assert not rels(ex, "ROLE") and not rels(ex, "ALLY_OF")
