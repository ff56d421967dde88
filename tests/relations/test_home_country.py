"""The article's own country for an office whose phrase names none (graph/relations/
home_country.py, through graph/relations/offices.py); from sentences written for this test."""

from ._helpers import has, rels, run

_AMERICAN = ("Lawmakers in Ohio and Texas argued over the farm bill in Congress on Tuesday, and "
             "Sen. Paul Ostrander (R-Ohio) said the vote would slip. ")


def test_the_president_of_the_articles_own_country(nlp):
    ex = run(nlp, _AMERICAN + "President Obama said he would veto the bill.")
    has(ex, "ROLE", "Obama", "United States")


def test_no_country_without_a_clear_home(nlp):
    # nothing says which country's president this is: no country is made up
    ex = run(nlp, "President Obama said he would veto the bill.")
    assert not [r for r in rels(ex, "ROLE") if r[1] == "United States"]


def test_a_home_country_must_lead_clearly(nlp):
    # as many British as American places: the article has no home, and no country is made up
    ex = run(nlp, "Officials in London, Ohio and Manchester met. Lawmakers in Texas and in "
                  "Downing Street agreed. President Obama said he would veto the bill.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Obama"]


def test_the_home_country_is_not_anothers_office(nlp):
    # a president the reader knows to be another country's keeps no American role
    ex = run(nlp, _AMERICAN + "President Xi said little.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Xi" and r[1] == "United States"]
