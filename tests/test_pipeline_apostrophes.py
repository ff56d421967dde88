"""Curly apostrophes parse as straight ones (graph/pipeline.py): the models were trained on
"'s" and read "Baker’s" as a loose modifier more often than as the possessor every relation
rule looks for. Sentences written for this test."""

import pytest

from tests.relations._helpers import between, run


@pytest.mark.parametrize("text", [
    "It was Baker’s worst week, and Lopez’s best.",
    "Holt has been taking heat at home for not condemning Baker’s attacks on Lopez.",
    "Lopez didn’t say whether she’ll run, but Baker’s team thinks she will.",
])
def test_curly_and_straight_apostrophes_parse_alike(nlp, text):
    curly = nlp(text)
    straight = nlp(text.replace("’", "'"))
    assert [(t.dep_, t.head.i, t.tag_) for t in curly] == [(t.dep_, t.head.i, t.tag_) for t in straight]
    assert curly.text == text  # the text itself is untouched


def test_a_possessor_before_a_curly_apostrophe_owns_the_attacks(nlp):
    between(run(nlp, "Tom Baker, Maria Lopez and Ann Ruiz spoke. Ruiz was faulted for not condemning "
                     "Baker’s attacks on Lopez."), "ADVERSARY_OF", "Tom Baker", "Maria Lopez")
