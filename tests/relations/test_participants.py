"""Who takes part in a contact event (graph/relations/participants.py); sentences written for this test."""

from ._helpers import pairs, run

C = "COMMUNICATED_WITH"


def test_a_description_by_country_is_the_official_titled_with_that_country(nlp):
    # "the Chilean president" is Boric, not the president named in the sentence after it
    ex = run(nlp, "Governor Dan Reyes met with Chilean President Gabriel Boric on Wednesday. First Reyes went to "
                  "Texas. Reyes held a frank discussion with the Chilean president. President Barack Obama was silent.")
    assert pairs(ex, C) == {frozenset(("Dan Reyes", "Gabriel Boric"))}


def test_a_description_by_country_with_no_official_of_it_is_no_one(nlp):
    ex = run(nlp, "Governor Dan Reyes held talks with the Chilean president on Monday. President Barack Obama "
                  "was silent.")
    assert not any("Barack Obama" in p for p in pairs(ex, C))


def test_plural_counterparts_are_the_officials_titled_with_each_state(nlp):
    ex = run(nlp, "President Ana Soto hosted her Colombian and Venezuelan counterparts in Lima on Friday. "
                  "Colombian President Luis Mora and Venezuelan President Tomas Ruiz agreed to reopen the border.")
    assert {frozenset(("Ana Soto", "Luis Mora")), frozenset(("Ana Soto", "Tomas Ruiz"))} <= pairs(ex, C)


def test_he_after_a_trip_to_a_place_where_he_met_is_the_traveller(nlp):
    ex = run(nlp, "Governor Tom Bell spoke after Senator Ann Ruiz's trip to Lima, where she met President Luis Mora.")
    assert frozenset(("Ann Ruiz", "Luis Mora")) in pairs(ex, C)


def test_the_two_delegations_are_the_states_whose_teams_the_article_named(nlp):
    ex = run(nlp, "The Armenian delegation, led by Deputy Foreign Minister Aram Petrosyan, arrived in Vienna on Monday. "
                  "The Azerbaijani team is headed by presidential aide Elnur Aliyev. Austrian officials said the rooms "
                  "were ready. The two delegations talked for three hours on Tuesday, a diplomat said.")
    assert frozenset(("Armenia", "Azerbaijan")) in pairs(ex, C)


def test_a_trailing_participle_names_the_mediator_of_the_talks_held(nlp):
    ex = run(nlp, "Chile and Peru held indirect talks on Sunday, brokered by Qatar and Egypt.")
    assert {frozenset(("Qatar", "Chile")), frozenset(("Egypt", "Peru")), frozenset(("Chile", "Peru"))} <= pairs(ex, C)
