"""Threats and enemies described with a noun (graph/relations/threats.py): "X is the main threat
to Y", "the threat X poses to Y", "a threat to Y from X", "X is a danger to Y"; from sentences
written for this test. Hypotheses, denials and threats no longer posed stay out."""

import pytest

from ._helpers import between, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("Chile is the main threat to Peru, the report found.", "Chile", "Peru"),
    ("The pact deepened an old threat to Peru from Chile.", "Chile", "Peru"),
    ("The threat Chile poses to Peru has grown.", "Chile", "Peru"),
    ("The threat posed by Chile to Peru has grown.", "Chile", "Peru"),
    ("Chile is a danger to Peru, the envoy said.", "Chile", "Peru"),
])
def test_threats_owned_by_one_side(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Chile could pose a threat to Peru.",
    "Peru does not see Chile as a threat.",
    "Peru no longer sees Chile as an enemy.",
    "Peru does not regard Chile as a rival, the minister said.",
    "If Chile became a threat to Peru, Bolivia would respond.",
    "Chile is no threat to Peru.",
    "The threat Chile could pose to Peru has grown.",
    "Inflation is a danger to Peru.",
])
def test_no_threat_when_hypothetical_or_negated(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    # regression: the copula and "poses" threat rules read a threat that has ended as a present one
    "Bolivia is no longer a threat to Paraguay, the minister told parliament.",
    "Bolivia is no longer a danger to Paraguay.",
    "The threat Bolivia no longer poses to Paraguay came up at the summit.",
])
def test_no_threat_that_is_no_longer(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")
