"""The knowledge tables of ``quotegraph.gazetteer``: leaders by office (written for this test)."""

import json
from importlib import resources

import pytest

from quotegraph import gazetteer


@pytest.mark.parametrize("name, office, country", [
    ("Barack Obama", "president", "United States"),
    ("Obama", "president", "United States"),
    ("Joseph R. Biden Jr.", "president", "United States"),  # a middle initial and a suffix
    ("Xi", "president", "China"),                           # a family name written first
    ("Zelenskiy", "president", "Ukraine"),                  # a spelling variant listed
    ("Erdoğan", "president", "Turkey"),                     # accents folded
    ("Lavrov", "foreign minister", "Russia"),
])
def test_a_leader_by_name_and_office(name, office, country):
    assert gazetteer.leader_country(name, office) == country


@pytest.mark.parametrize("name, office", [
    ("Obama", "prime minister"),  # not an office he held
    ("Johnson", "president"),     # no president of that name since 2000
    ("Ann Quist", "president"),
    ("", "president"),
])
def test_no_leader_where_name_or_office_do_not_fit(name, office):
    assert gazetteer.leader_country(name, office) is None


def test_every_leaders_country_is_a_country_the_gazetteer_knows():
    data = json.loads(resources.files("quotegraph").joinpath("data/leaders.json").read_text("utf-8"))
    assert all(gazetteer.country(c) == c for c in data if not c.startswith("_"))


def test_a_romanised_given_name_is_no_family_name():
    # regression: "Moon Jae-in" made "In" a president's family name
    assert gazetteer.leader_country("In", "president") is None
    assert gazetteer.leader_country("Moon", "president") == "South Korea"


def test_capitals_of_many_countries_stand_for_them():
    # regression: "Lima" and "Abuja" were no seats of government
    assert gazetteer.seat("Lima") == "Peru" and gazetteer.seat("Abuja") == "Nigeria"
    assert gazetteer.seat("Juba") is None  # a name as well as a capital


def test_a_demonym_is_the_words_that_name_it():
    """Regression: a country's mention took in the word before it ("the US", "” Norwegian")."""
    from quotegraph import extract_text

    ex = extract_text("The US envoy met the North Korean leader. “We talk,” Norwegian Fisheries Minister "
                      "Ann Berg said.")
    spans = {e.name: [m.text for m in e.mentions] for e in ex.entities if e.type == "country"}
    assert spans == {"United States": ["US"], "Norway": ["Norwegian"], "North Korea": ["North Korean"]}, spans


@pytest.mark.parametrize("name, kind", [("CIA", "agency"), ("the F.B.I.", "bureau"), ("Nato", "alliance"),
                                        ("E.U.", "bloc")])
def test_a_body_known_by_its_kind(name, kind):
    assert kind in gazetteer.body_kinds(name)


def test_no_kind_for_an_unknown_body_or_a_lowercase_word():
    assert not gazetteer.body_kinds("Harbor Times")
    assert not gazetteer.body_kinds("who")
