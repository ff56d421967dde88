"""COMMUNICATED_WITH from an answer to someone's own message (graph/relations/replies.py);
sentences written for this test."""

import pytest

from ._helpers import between, pairs, run

C = "COMMUNICATED_WITH"


@pytest.mark.parametrize("text, a, b", [
    ("Senator Maria Lopez responded to Mayor Tom Reese's letter on Friday.", "Maria Lopez", "Tom Reese"),
    ("Senator Maria Lopez answered Mayor Tom Reese's questions at the hearing.", "Maria Lopez", "Tom Reese"),
    ("Senator Maria Lopez returned Mayor Tom Reese's call on Friday.", "Maria Lopez", "Tom Reese"),
])
def test_an_answer_reaches_the_one_whose_message_it_was(nlp, text, a, b):
    assert between(run(nlp, text), C, a, b).event == "message"


@pytest.mark.parametrize("text", [
    "Senator Maria Lopez responded to Mayor Tom Reese's criticism on Friday.",  # a reaction
    "Senator Maria Lopez responded to Mayor Tom Reese's call for a debate.",  # an appeal
    "Senator Maria Lopez did not respond to Mayor Tom Reese's letter.",
    "Senator Maria Lopez will answer Mayor Tom Reese's questions next week.",
    "Senator Maria Lopez did not respond to the Associated Press's request for comment.",
])
def test_no_answer_to_a_message(nlp, text):
    assert not pairs(run(nlp, text), C)
