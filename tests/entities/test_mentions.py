"""Names the model cut short, made whole (graph/entities/mentions.py); sentences written for
this test."""

from ._helpers import entities


def test_a_forename_the_model_left_out_after_a_title_is_part_of_the_name(nlp):
    names, _ = entities(nlp, "Sanders now seeks the ouster of Democratic National Committee Chair Debbie "
                             "Wasserman Schultz and other party officials as payback.")
    assert names.get("Debbie Wasserman Schultz") == "person", names
    assert "Wasserman Schultz" not in names
