"""Names the model cut short, made whole (graph/entities/mentions.py); sentences written for
this test."""

from ._helpers import entities


def test_a_forename_the_model_left_out_after_a_title_is_part_of_the_name(nlp):
    names, _ = entities(nlp, "Sanders now seeks the ouster of Democratic National Committee Chair Debbie "
                             "Wasserman Schultz and other party officials as payback.")
    assert names.get("Debbie Wasserman Schultz") == "person", names
    assert "Wasserman Schultz" not in names


def test_an_untagged_acronym_before_a_title_is_an_organisation(nlp):
    names, _ = entities(nlp, "Indeed, AFL-CIO President Richard Trumka issued a memo last July.")
    assert names.get("AFL-CIO") == "organization", names


def test_a_known_acronym_or_a_capitalised_headline_makes_no_new_organisation(nlp):
    names, _ = entities(nlp, "TRUMP CAMPAIGN MANAGER COREY LEWANDOWSKI SPOKE. UK Prime Minister Tom Hale spoke.")
    assert not [n for n, t in names.items() if t == "organization" and ("CAMPAIGN" in n or n == "UK")], names
    assert names.get("United Kingdom") == "country", names
