"""A party label said once for several names (graph/relations/parties.py): a plural title
before a list, a plural description the list stands in apposition to, names given as
instances ("including"), and the last of two coordinated titles; from sentences written for
this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, persons, party", [
    ("Republican hopefuls Dana Whitfield, Carl Brandt and Ruth Mayhew met donors in Dallas.",
     ["Dana Whitfield", "Carl Brandt", "Ruth Mayhew"], "Republican Party"),
    ("The Democratic governors seeking a second term -- Lena Ortiz of Nevada, Paul Ostrander of "
     "New Mexico and Hal Ridley of Oregon -- signed the letter.",
     ["Lena Ortiz", "Paul Ostrander", "Hal Ridley"], "Democratic Party"),
    ("Every other Republican candidate, including Carl Brandt and Ruth Mayhew, backed the plan.",
     ["Carl Brandt", "Ruth Mayhew"], "Republican Party"),
])
def test_a_plural_party_title_covers_every_listed_name(nlp, text, persons, party):
    ex = run(nlp, text)
    for person in persons:
        has(ex, "ROLE", person, party)


def test_the_last_of_two_coordinated_titles_gives_the_party(nlp):
    ex = run(nlp, "Former Treasury Secretary and Democratic presidential hopeful Lena Ortiz spoke in Iowa.")
    has(ex, "ROLE", "Lena Ortiz", "Democratic Party")


@pytest.mark.parametrize("text, outsider", [
    # a singular title is one person's: the names after it are not under it
    ("Republican front-runner Dana Whitfield, Lena Ortiz and Hal Ridley spoke at the forum.", "Lena Ortiz"),
    # the list ends where other words come between the names
    ("Republican hopefuls Dana Whitfield and Carl Brandt praised the ruling that Lena Ortiz wrote.", "Lena Ortiz"),
    # a description of places, not persons
    ("Republican states, including Texas, sued over the rule, Lena Ortiz said.", "Lena Ortiz"),
])
def test_no_party_for_names_outside_the_list(nlp, text, outsider):
    ex = run(nlp, text)
    assert not [r for r in rels(ex, "ROLE") if r[0] == outsider and r[1] in ("Republican Party", "Democratic Party")]


def test_an_ap_party_state_tag_that_ends_the_sentence(nlp):
    # "R-Fla." closes the sentence: its stop is both the abbreviation's and the sentence's
    ex = run(nlp, "Voters preferred Dana Whitfield or Sen. Hal Ridley, R-Fla. In a second poll, they did not.")
    has(ex, "ROLE", "Hal Ridley", "Republican Party")
    has(ex, "ROLE", "Hal Ridley", "Florida")



def test_coordinated_labels_go_to_coordinated_names_in_order(nlp):
    ex = run(nlp, "Lena Ortiz and Hal Ridley, the likely Democratic and Republican nominees respectively, "
                  "spoke in Ohio.")
    has(ex, "ROLE", "Lena Ortiz", "Democratic Party")
    has(ex, "ROLE", "Hal Ridley", "Republican Party")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Hal Ridley" and r[1] == "Democratic Party"]


def test_one_label_on_a_plural_covers_both_names(nlp):
    ex = run(nlp, "Hal Ridley and Lena Ortiz, the Republican candidates, spoke in Ohio.")
    has(ex, "ROLE", "Hal Ridley", "Republican Party")
    has(ex, "ROLE", "Lena Ortiz", "Republican Party")


def test_a_plural_description_is_not_one_names(nlp):
    # the two members are the names after the description, not the one before it
    ex = run(nlp, "In addition to Mr. Delgado, two Republican members of Congress from Ohio, Lena Ortiz "
                  "and Hal Ridley, have said they will not back the plan.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Delgado" and r[1] == "Republican Party"]
