"""ADVERSARY_OF from threats and vows to harm or beat a named side, and from what one side took
from another (graph/relations/intents.py), from sentences written for this test."""

import pytest

from ._helpers import between, pairs, run


@pytest.mark.parametrize("text, a, b", [
    ("The Islamic State has threatened to attack the United States.", "Islamic State", "United States"),
    ("Tom Baker vowed to destroy the Islamic State.", "Tom Baker", "Islamic State"),
    ("Maria Lopez pledged to defeat Tom Baker in November.", "Maria Lopez", "Tom Baker"),
    ("Russia annexed Crimea from Ukraine in 2014.", "Russia", "Ukraine"),
])
def test_threats_vows_and_seizures(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker vowed not to attack Maria Lopez.",
    "Tom Baker never threatened to sue Maria Lopez.",
    "If Tom Baker threatens to sue Maria Lopez, she will respond.",
    "Tom Baker promised to beat the traffic.",
    "Russia did not seize Crimea from Ukraine.",
])
def test_no_enmity_from_negated_or_supposed_threats(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")
