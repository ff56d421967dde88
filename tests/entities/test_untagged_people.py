"""People the small model leaves untagged: a known forename and a surname acting in the
sentence (graph/entities/untagged_people.py); sentences written for this test."""

import pytest

from ._helpers import entities


@pytest.mark.parametrize("text, person", [
    ("Ana Ruiz spoke by phone with Marek Kowal on Monday.", "Ana Ruiz"),
    ("Chilean President Ana Ruiz said the talks had failed.", "Ana Ruiz"),
])
def test_a_forename_and_surname_left_untagged_is_a_person(nlp, text, person):
    names, _ = entities(nlp, text)
    assert names.get(person) == "person", names


@pytest.mark.parametrize("text, person", [
    # regression: the tagger read the forename as a preposition ("Per") or an auxiliary
    # ("Will"), and the title with the name under it became a group
    ("Representative Per Lind said the plan was too expensive.", "Per Lind"),
    ("\u201cThe plan is too expensive,\u201d said Senator Will Hurd.", "Will Hurd"),
])
def test_a_forename_the_tagger_reads_as_a_function_word_after_a_title(nlp, text, person):
    names, ex = entities(nlp, text)
    assert names.get(person) == "person", names
    assert [q.speaker.name for q in ex.quotes] == [person]


def test_the_untagged_person_holds_the_title_before_the_name(nlp):
    _, ex = entities(nlp, "Chilean President Ana Ruiz spoke by phone with Marek Kowal.")
    names = {e.id: e.name for e in ex.entities}
    roles = {(names[r.subject], names[r.object]) for r in ex.relations if r.predicate == "ROLE"}
    assert ("Ana Ruiz", "Chile") in roles, roles


@pytest.mark.parametrize("text, thing", [
    ("They walked along Maria Street to the harbour.", "Maria Street"),
    ("The choir sang at Grace Church on Sunday.", "Grace Church"),
    ("Fans of the Charlotte Hornets waited outside.", "Charlotte Hornets"),
])
def test_a_place_or_team_led_by_a_forename_is_no_person(nlp, text, thing):
    names, _ = entities(nlp, text)
    assert names.get(thing) != "person", names


@pytest.mark.parametrize("text, place", [
    ("He took the Elizabeth Line to Victoria Station on Monday.", "Victoria Station"),
    ("He took the Elizabeth Line to Victoria Station on Monday.", "Elizabeth Line"),
    ("Flights resumed at John Lennon Airport on Friday.", "John Lennon Airport"),
])
def test_a_place_named_for_a_person_the_model_tags_as_one_is_no_person(nlp, text, place):
    # regression: "Victoria Station" and "Elizabeth Line" were people
    names, _ = entities(nlp, text)
    assert names.get(place) != "person", names


def test_a_name_that_goes_on_before_the_forename_is_no_person(nlp):
    # regression: "Second Thomas Shoal" gave a person "Thomas Shoal"
    names, _ = entities(nlp, "Chinese ships blocked a resupply mission to Second Thomas Shoal on Monday.")
    assert "Thomas Shoal" not in names, names


@pytest.mark.parametrize("text, name", [
    ("Femi Olatunde, the opposition leader, accused the government of chaos.", "Femi Olatunde"),
    ("Governor Femi Olatunde accused the government of chaos.", "Femi Olatunde"),
    ("Mayor Femi Olatunde blamed the rain.", "Femi Olatunde"),
])
def test_a_name_with_a_post_is_a_person_whatever_the_forename(nlp, text, name):
    """Regression: an untagged name the forename lists do not know became an organisation
    though the text gives it a title or a post in apposition."""
    names, _ = entities(nlp, text)
    assert names.get(name) == "person", names


def test_an_unknown_forename_before_a_surname_tagged_elsewhere_is_a_person(nlp):
    # regression: "Tearlach Dunmore" left untagged (its forename is in no list) while "Dunmore" was
    # a person later: the quotes right after went to nobody
    text = ("The last boats of Kelby Bay\n\n"
            "Tearlach Dunmore has fished the bay since 1983.\n\n"
            "“There were thirty boats here once,” he says.\n\n"
            "Dunmore is unimpressed.")
    names, ex = entities(nlp, text)
    assert names.get("Tearlach Dunmore") == "person", names


def test_a_west_african_honorific_says_person_and_sex(nlp):
    # "Madam" before an untagged name makes it a woman's: her "she" is not the governor's
    text = ("The head of the market women, Madam Comfort Ebere, urged Governor Tunde Bakare to act. "
            "“He promised us a new roof,” she said.")
    names, ex = entities(nlp, text)
    assert names.get("Comfort Ebere") == "person", names
    q = next(q for q in ex.quotes if "new roof" in q.contents[0].text)
    assert q.speaker is not None and q.speaker.name == "Comfort Ebere", q.speaker


def test_an_honorific_is_no_part_of_the_name(nlp):
    names, _ = entities(nlp, "Leading the protest, Alhaji Sani Gombe, the union chairman, addressed the crowd.")
    assert "Sani Gombe" in names and "Alhaji Sani Gombe" not in names, names


def test_a_name_the_model_reads_as_a_work_is_a_person(nlp):
    # the model tags "Marina Albuquerque" a WORK_OF_ART: her later "she added" had no one to be
    text = ("“Every dam we have built has flooded a valley,” Marina Albuquerque told AFP in an interview.\n\n"
            "“It is not a question of opinion,” she added.")
    names, ex = entities(nlp, text)
    assert names.get("Marina Albuquerque") == "person", names
    q = next(q for q in ex.quotes if "question of opinion" in q.contents[0].text)
    assert q.speaker is not None and q.speaker.name == "Marina Albuquerque", q.speaker


def test_a_title_before_part_of_a_full_name_is_that_person(nlp):
    # "Prince X" is read as the title of a work, "Tamim" alone as a nationality
    names, ex = entities(nlp, "Prince Faisal bin Nawaf, a Saudi investor, said the deal was fair. "
                              "\u201cWe are patient,\u201d Prince Faisal said. Sheikh Tamim bin Khalid Al Nuaimi met "
                              "the envoy. Sheikh Tamim said talks would go on.")
    assert "Prince Faisal" not in names and "Tamim" not in names, names
    speakers = {q.speaker.name for q in ex.quotes if q.speaker}
    assert speakers == {"Faisal bin Nawaf", "Tamim bin Khalid Al Nuaimi"}, [(q.text, q.speaker) for q in ex.quotes]



def test_a_surname_read_as_a_nationality_after_an_untagged_forename_is_a_person(nlp):
    # the model leaves "Rosine" untagged and reads "Kalbakian" as a nationality (NORP)
    from spacy.tokens import Span as SpacySpan
    from quotegraph.extract import extract_parsed
    from quotegraph.model import Document
    text = ("Rosine Kalbakian, a Lyft spokeswoman, said the app was safe. "
            "\u201cWe take this seriously,\u201d Kalbakian said.")
    doc = nlp(text)
    at = [t.i for t in doc if t.text == "Kalbakian"]
    doc.ents = [SpacySpan(doc, i, i + 1, label="NORP") for i in at] + [e for e in doc.ents if e.text == "Lyft"]
    ex = extract_parsed(Document(text, "memo.txt"), doc)
    names = {e.name: e.type for e in ex.entities}
    assert names.get("Rosine Kalbakian") == "person", names
    speakers = {q.speaker.name for q in ex.quotes if q.speaker}
    assert speakers == {"Rosine Kalbakian"}, [(q.text, q.speaker) for q in ex.quotes]


@pytest.mark.parametrize("text, person", [
    # regression: the lower-case particle broke the run, and the quote went to "the mayor"
    ("\u201cWe will have to build more bridges than roads,\u201d quipped the mayor, Jan de Vries.", "Jan de Vries"),
    ("\u201cThe ferry will run again in May,\u201d said the harbour master, Pieter van Dam, on Friday.",
     "Pieter van Dam"),
])
def test_a_name_with_a_particle_set_after_a_post_is_a_person(nlp, text, person):
    names, _ = entities(nlp, text)
    assert names.get(person) == "person", names


def test_a_surname_spelled_another_way_is_the_person_named_in_full(nlp):
    # regression: "Zelenskiy", left untagged, became an organisation beside "Volodymyr Zelensky"
    names, ex = entities(nlp, "Volodymyr Zelensky thanked the allies. \u201cWe are grateful,\u201d Zelensky said in "
                              "his nightly address. Zelenskiy also called for more air defence.")
    assert "Zelenskiy" not in names, names
    assert {q.speaker.name for q in ex.quotes} == {"Volodymyr Zelensky"}, [q.speaker for q in ex.quotes]
