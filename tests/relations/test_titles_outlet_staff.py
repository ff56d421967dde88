"""ROLE of a journalist at an outlet (graph/relations/title_owners.py, ``owned_names``): "X at the
Daily Ledger", and no post for "at" a body; from sentences written for this test."""

from ._helpers import has, rels, run


def test_a_journalist_at_an_outlet(nlp):
    ex = run(nlp, "That is what Dan Reyes at the Daily Ledger wrote recently.")
    has(ex, "ROLE", "Dan Reyes", "Daily Ledger")


def test_at_a_place_or_body_is_no_post(nlp):
    # where someone was is not whom they work for
    ex = run(nlp, "Later Lena Ortiz at the Brookings Institution said the plan was fine.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Lena Ortiz"]


def test_a_headline_word_glued_to_a_name_is_no_staff_post(nlp):
    """ "CNN's Fault Ted Cruz Says": the headline's word between the outlet and the name says
    no one works at the outlet."""
    ex = run(nlp, "CNN's Fault Ted Cruz Says\n\nTed Cruz spoke on Monday.")
    assert not rels(ex, "ROLE")


def test_a_country_owns_each_name_of_a_pair_even_one_the_model_mislabelled(nlp):
    ex = run(nlp, "But neither Germany's Hanna Vogel nor France's Marie Dubois have gone as far as the mayor.")
    has(ex, "ROLE", "Hanna Vogel", "Germany")
    has(ex, "ROLE", "Marie Dubois", "France")


def test_a_country_owns_a_name_after_its_possessive_however_the_pair_is_parsed(nlp):
    ex = run(nlp, "But neither Germany\u2019s Hanna Vogel nor France\u2019s Pierre Lemaire have gone as far as the mayor "
                  "in chiding Lopez who, if he wins in November, would be in charge.")
    has(ex, "ROLE", "Pierre Lemaire", "France")


def test_an_outlet_ending_in_s_owns_a_name_after_its_bare_apostrophe(nlp):
    ex = run(nlp, "Instead, Reuters’ Dana Pike and Tom Varga argued that the plan would fail.")
    has(ex, "ROLE", "Dana Pike", "Reuters")


def test_a_one_word_body_named_twice_owns_a_name_after_its_possessive(nlp):
    ex = run(nlp, "Gallup found that approval rose in May. Gallup's Karen Miller wrote that the rise would last.")
    has(ex, "ROLE", "Karen Miller", "Gallup")


def test_a_one_word_owner_that_is_a_persons_surname_owns_no_name(nlp):
    # the model may type a surname ORG: "Varga" is the senator's, not a body's
    ex = run(nlp, "Sen. Ilona Varga spoke on Monday, Varga said. Varga's Tom Reed was there too.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Tom Reed"]


def test_a_body_named_for_a_person_owns_a_name_after_its_possessive(nlp):
    # a name that starts with a forename may be a person the model typed ORG, but not one
    # that says it is a body
    ex = run(nlp, "Helen Dorsey Group's Tom Brand said the poll was wrong.")
    has(ex, "ROLE", "Tom Brand", "Helen Dorsey Group")
