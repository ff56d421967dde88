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


@pytest.mark.parametrize("text", [
    "Councillor Pia Strand is seeking to oust Mayor Kofi Mensah.",
    "Councillor Pia Strand worked to defeat Mayor Kofi Mensah in 2019.",
])
def test_setting_out_to_unseat_someone_is_enmity(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Pia Strand", "Kofi Mensah")


@pytest.mark.parametrize("text", [
    "Councillor Pia Strand did not try to stop Mayor Kofi Mensah.",
    "Councillor Pia Strand tried to strike a deal with Mayor Kofi Mensah.",
])
def test_no_enmity_from_a_negated_effort_or_a_deal(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")
