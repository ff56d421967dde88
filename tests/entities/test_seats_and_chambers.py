"""Seats of government acting for their country or standing as mere places, "Brussels" read by
what the story is about, and a chamber's bare noun (graph/entities/seats_and_chambers.py).
Sentences written for these tests; names invented."""

from ._helpers import entities, named, run


def test_the_bare_house_is_the_house_of_representatives_but_a_states_house_is_its_own(nlp):
    names, _ = entities(nlp, "House Speaker Dana Whitcomb said the bill would pass the House on Friday.")
    assert names.get("House of Representatives") == "organization", names
    names, _ = entities(nlp, "Ohio House Speaker Carl Renner said the bill would pass.")
    assert "House of Representatives" not in names, names


def test_seats_of_government_act_for_their_country(nlp):
    ex = run(nlp, "Moscow and Beijing see opportunity in the crisis, analysts say.")
    assert named(ex, "Russia").type == "country"
    assert "Moscow" in named(ex, "Russia").aliases
    assert named(ex, "China").type == "country"


def test_a_seat_as_a_place_is_no_actor(nlp):
    ex = run(nlp, "The delegates met in Moscow on Friday.")
    assert not any(e.name in ("Russia", "Moscow") for e in ex.entities)


def test_a_capital_is_never_a_person(nlp):
    ex = run(nlp, "Kyiv rejected the plan on Tuesday. Kyiv's allies were surprised.")
    assert not any(e.type == "person" for e in ex.entities)
    assert named(ex, "Ukraine").type == "country"


def test_brussels_is_nato_in_a_nato_story(nlp):
    ex = run(nlp, "NATO ministers met on Monday. NATO said it would act. "
                  "Brussels warned that the alliance was ready.")
    nato = named(ex, "NATO")
    assert "Brussels" in nato.aliases


def test_a_wire_dateline_is_a_place_not_the_government(nlp):
    ex = run(nlp, "LONDON (Reuters) - The mayor spoke on Monday about buses.\n"
                  "Critics attacked London's newly elected mayor Tom Baker over the fares.")
    assert not any(e.name == "United Kingdom" for e in ex.entities), [(e.name, e.aliases) for e in ex.entities]
