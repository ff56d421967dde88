"""Other ways an article writes the name of a person it names in full are that person
(graph/entities/name_variants.py): an epithet before the first name, an initial for the first
name, a surname written with an apostrophe (O'/D'); from sentences written for this test."""

import pytest

from ._helpers import entities


def test_an_epithet_before_the_first_name_is_the_person_named_in_full(nlp):
    names, ex = entities(nlp, "Gloria Tanning spoke at the rally. Hale said Sleepy Gloria would lose the race.")
    assert "Gloria Tanning" in names
    assert not any(n.startswith("Sleepy") for n in names), names
    gloria = next(e for e in ex.entities if e.name == "Gloria Tanning")
    assert "Sleepy Gloria" in gloria.aliases


def test_two_people_of_one_family_stay_two(nlp):
    # a forename before the surname is a person of their own
    names, _ = entities(nlp, "Hillary Clinton spoke first. Chelsea Clinton spoke after her.")
    assert {"Hillary Clinton", "Chelsea Clinton"} <= set(names), names


def test_an_initial_for_the_first_name_is_the_person_named_in_full(nlp):
    names, ex = entities(nlp, "Senator Barack Obama voted against the bill. His critics called him "
                              "B. Hussein Obama in their leaflets.")
    assert "B. Hussein Obama" not in names, names
    assert "B. Hussein Obama" in next(e for e in ex.entities if e.name == "Barack Obama").aliases


def test_a_surname_with_an_apostrophe_stays_in_the_name(nlp):
    # the small model reads "O’Reilly" as an adverb and tags "Bill" alone
    names, ex = entities(nlp, "On Friday, Newt Gingrich told Bill O’Reilly of Fox News that he was ready. "
                              "Later Gingrich told O’Reilly that he would wait.")
    assert "Bill O’Reilly" in names and "Bill" not in names, names
    assert len(next(e for e in ex.entities if e.name == "Bill O’Reilly").mentions) == 2


def test_also_known_as_joins_the_two_names(nlp):
    names, ex = entities(nlp, "Mahmoud Abbas, also known as Abu Mazen, met the envoy in Ramallah. "
                              "Abbas said the talks had failed.")
    assert "Abu Mazen" not in names, names
    assert "Abu Mazen" in next(e for e in ex.entities if e.name == "Mahmoud Abbas").aliases


def test_better_known_as_joins_the_two_names(nlp):
    names, _ = entities(nlp, "Ahmed al-Sharaa, better known as Abu Mohammed al-Jolani, led the rebels into "
                             "Damascus. Sharaa said Syria would be rebuilt.")
    assert "Abu Mohammed al-Jolani" not in names and "Ahmed al-Sharaa" in names, names


@pytest.mark.parametrize("text, name, real", [
    ("Eminem Jr, whose real name is Marshall Mathers, met Tom Bell.", "Eminem Jr", "Marshall Mathers"),
    ("Ziggy Marlowe, whose real name is Peter Hanson, met Tom Bell.", "Ziggy Marlowe", "Peter Hanson"),
])
def test_whose_real_name_is_joins_a_name_the_model_read_as_a_body(nlp, text, name, real):
    names, ex = entities(nlp, text)
    assert real not in names and names.get(name) == "person", names
    assert real in next(e for e in ex.entities if e.name == name).aliases


def test_a_stage_name_the_model_left_untagged_joins_the_real_name(nlp):
    # regression: the alias step ran before "Sting" was an entity, so two people came out
    names, ex = entities(nlp, "Sting, whose real name is Gordon Sumner, played in London. "
                              "\u201cI love this city,\u201d Sting said.")
    assert names.get("Sting") == "person", names
    assert "Gordon Sumner" not in names
    assert [q.speaker.name for q in ex.quotes] == ["Sting"]
