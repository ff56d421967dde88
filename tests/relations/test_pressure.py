"""ADVERSARY_OF from criticism taken, hostility turned on someone and demands for someone's
removal (graph/relations/pressure.py), from sentences written for this test."""

import pytest

from ._helpers import between, pairs, run


@pytest.mark.parametrize("text, a, b", [
    ("Jane Holt came under fire from Tom Baker over her vote.", "Tom Baker", "Jane Holt"),
    ("Jane Holt drew sharp criticism from Tom Baker on Monday.", "Tom Baker", "Jane Holt"),
    ("Jane Holt was under sustained grilling from Tom Baker and Maria Lopez.", "Maria Lopez", "Jane Holt"),
    ("Jane Holt faced attacks from Tom Baker during the debate.", "Tom Baker", "Jane Holt"),
    ("Tom Baker turned his sights on Jane Holt.", "Tom Baker", "Jane Holt"),
    ("Jane Holt toughened her message amid attacks from Tom Baker over crime.", "Tom Baker", "Jane Holt"),
    ("Jane Holt signed the budget despite criticism from Tom Baker.", "Tom Baker", "Jane Holt"),
    ("Tom Baker called for the resignation of Jane Holt.", "Tom Baker", "Jane Holt"),
    ("Tom Baker now seeks the ouster of party chair Jane Holt.", "Tom Baker", "Jane Holt"),
    ("Tom Baker demanded Jane Holt's resignation.", "Tom Baker", "Jane Holt"),
])
def test_pressure_on_a_named_side(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Jane Holt did not draw criticism from Tom Baker.",
    "Tom Baker set his sights on the nomination.",
    "If Tom Baker calls for the resignation of Jane Holt, the party will split.",
    "Jane Holt drew praise from Tom Baker.",
    "Oil prices fell amid criticism from Tom Baker.",
    "Tom Baker announced the resignation of Jane Holt.",
])
def test_no_enmity_from_negations_praise_or_announcements(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Jane Holt rejected attacks from Tom Baker that she was soft on crime.",
    "Jane Holt brushed off criticism from Tom Baker on Monday.",
    "Jane Holt responded to accusations from Tom Baker at the hearing.",
    "Jane Holt's remarks drew a sharp rebuke from Tom Baker.",
])
def test_answering_criticism_from_someone_and_criticism_of_ones_words(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Tom Baker", "Jane Holt")


@pytest.mark.parametrize("text", [
    "Jane Holt rejected praise from Tom Baker.",
    "Jane Holt's death drew condemnation from Tom Baker.",
])
def test_praise_rejected_and_grief_are_no_enmity(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")
