"""A body's name with a possessive inside stays whole (graph/entities/possessive_names.py and
mentions.org_name): "the Alzheimer's Association", not "Association"; from sentences written
for this test."""

from ._helpers import entities


def test_a_possessive_inside_a_body_name_stays(nlp):
    names, _ = entities(nlp, "Officials at the Alzheimer's Association said the Alzheimer's Impact Movement "
                             "would lobby for the bill.")
    assert "Alzheimer's Impact Movement" in names and "Impact Movement" not in names, names
    assert "Alzheimer's Association" in names and "Association" not in names, names


def test_an_owner_that_is_an_actor_stays_out(nlp):
    names, _ = entities(nlp, "The Kremlin's Security Council met on Friday. The BBC's World Service said so.")
    assert not any(n.startswith("Kremlin's") or n.startswith("BBC's") for n in names), names
