"""Descriptions joined to the person they describe (graph/entities/coreference.py); from
sentences written for this test."""

import pytest

from ._helpers import entities


@pytest.mark.parametrize("text, described", [
    # regression: a state or a party before the role was taken for a word narrowing the role
    ("Sen. Ada Holm, a Democrat from Vermont, met the mayor on Tuesday. The Vermont senator said the visit "
     "was useful.", "The Vermont senator"),
    ("Democratic Sen. Ada Holm opposed the bridge on Tuesday. The Democratic senator said it cost too much.",
     "The Democratic senator"),
])
def test_a_place_or_party_before_the_role_still_describes_its_holder(nlp, text, described):
    _, ex = entities(nlp, text)
    holm = next(e for e in ex.entities if e.name == "Ada Holm")
    assert described in [m.text for m in holm.mentions], [m.text for m in holm.mentions]


def test_an_honorific_picks_the_namesake_of_its_sex(nlp):
    """"Mr. Obama" beside Barack and Michelle Obama is Barack, though Michelle was named last;
    "Mrs. Obama" is Michelle."""
    base = ("President Carl Lind hosted the leaders on Monday. His wife, Anna Lind, greeted them. "
            "Representative Tom Baker told {} Lind that the bill would fail.")
    for title, who in (("Mr.", "Carl Lind"), ("Mrs.", "Anna Lind")):
        _, ex = entities(nlp, base.format(title))
        names = {e.id: e.name for e in ex.entities}
        told = [names[r.object] for r in ex.relations if r.predicate == "COMMUNICATED_WITH"]
        assert told == [who], told


@pytest.mark.parametrize("text, body", [
    ("Fighters of the Wagner Group left the city on Monday. The group said it had won.", "Wagner Group"),
    ("Officers of the Metropolitan Police searched the house. The police said two men were held.",
     "Metropolitan Police"),
])
def test_the_kind_of_body_alone_is_the_body_named_before(nlp, text, body):
    """Regression: "the group", "the police" became speakers of their own beside the body named."""
    _, ex = entities(nlp, text)
    assert [q.speaker.name for q in ex.quotes] == [body]
