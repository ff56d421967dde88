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


def test_a_name_glued_behind_a_body_and_a_title_is_the_person(nlp):
    # regression: the model read "Westbrook Fire Chief Odell Marsh" as one work of art, and the
    # speaker became an organisation of that name, apart from the later "Marsh"
    names, _ = entities(nlp, "“The roof came down in seconds,” Westbrook Fire Chief Odell Marsh told reporters. "
                             "Marsh said nobody was hurt.")
    assert names.get("Odell Marsh") == "person", names
    assert not any("Chief" in n for n in names), names


def test_a_forename_the_lists_do_not_know_before_a_tagged_surname_is_part_of_the_name(nlp):
    # regression: "Filipina nurse Maricel Dela Cruz" gave a person "Dela Cruz" alone
    names, _ = entities(nlp, "Filipina nurse Maricel Dela Cruz was more cautious about the new routes.")
    assert names.get("Maricel Dela Cruz") == "person", names
