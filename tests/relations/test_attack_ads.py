"""ADVERSARY_OF from ads made to attack someone (graph/relations/attack_ads.py), from sentences
written for this test; plans, negations and praise stay out."""

import pytest

from ._helpers import between, pairs, run


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker's campaign released an ad attacking Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker aired a new ad that attacks Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("The Ohio Democratic Party ran ads that promote Tom Baker and attack Maria Lopez.", "Ohio Democratic Party",
     "Maria Lopez"),
])
def test_ads_attacking_someone(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker may air ads attacking Maria Lopez.",
    "Tom Baker aired an ad that does not attack Maria Lopez.",
    "Tom Baker aired an ad praising Maria Lopez.",
])
def test_no_enmity_from_planned_negated_or_praising_ads(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")
