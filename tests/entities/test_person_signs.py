"""A name the small model reads as an organisation is a person's when the grammar says so
(graph/entities/person_signs.py): "he"/"she" takes it up, it is paired with a person as a
subject, or a lowercase particle sits inside it; from sentences written for this test."""

import pytest

from ._helpers import entities


def test_a_name_taken_up_by_he_is_a_person(nlp):
    names, _ = entities(nlp, "Colombia's government, led by Gustavo Petro, suspended the talks. "
                             "Gustavo Petro called the attack a war crime. He said the army would respond.")
    assert names.get("Gustavo Petro") == "person", names


def test_a_name_paired_with_a_person_is_a_person(nlp):
    names, _ = entities(nlp, "Gustavo Petro and Nicolás Maduro met at the border on Friday.")
    assert names.get("Gustavo Petro") == "person", names


def test_a_particle_inside_the_name_makes_a_person(nlp):
    names, ex = entities(nlp, "Dominique de Villepin said the war was a mistake. "
                              "De Villepin spoke on French television.")
    assert names.get("Dominique de Villepin") == "person", names
    assert "De Villepin" not in names, names


def test_a_place_with_a_particle_stays_a_place(nlp):
    names, _ = entities(nlp, "The leaders met in Sharm el Sheikh on Monday. Egypt hosted the summit.")
    assert "Sharm el Sheikh" not in names, names


def test_a_company_taken_up_by_it_stays_a_body(nlp):
    names, _ = entities(nlp, "Goldman Sachs cut its forecast on Monday. It said growth would slow.")
    assert names.get("Goldman Sachs") in (None, "organization"), names


def test_a_name_taken_up_by_his_is_a_person(nlp):
    names, _ = entities(nlp, "Emmerson Mnangagwa said his government would act. The opposition disagreed.")
    assert names.get("Emmerson Mnangagwa") == "person", names


def test_a_name_whose_surname_owns_something_alone_is_a_person(nlp):
    names, ex = entities(nlp, "According to Gustavo Petro, the deal was dead. Petro's office did not comment.")
    assert names.get("Gustavo Petro") == "person", names
    assert "Petro" not in names, names


def test_a_company_taken_up_by_its_stays_a_body(nlp):
    names, _ = entities(nlp, "Goldman Sachs said its profits rose. Morgan Stanley said revenue fell.")
    assert names.get("Goldman Sachs") == "organization" and names.get("Morgan Stanley") == "organization", names


def test_a_name_who_takes_up_is_a_person(nlp):
    names, _ = entities(nlp, "Emmerson Mnangagwa, who took power in 2017, said the economy was growing.")
    assert names.get("Emmerson Mnangagwa") == "person", names
    names, _ = entities(nlp, "Goldman Sachs, which cut jobs last year, said profits rose.")
    assert names.get("Goldman Sachs") == "organization", names


@pytest.mark.parametrize("text", [
    "Kassym-Jomart Tokayev spoke for an hour on Monday. He said the plan would fail.",
    "Kassym-Jomart Tokayev, who took office in 2019, said the plan would fail.",
])
def test_a_hyphened_forename_is_one_name_word(nlp, text):
    names, _ = entities(nlp, text)
    assert names.get("Kassym-Jomart Tokayev") == "person", names
