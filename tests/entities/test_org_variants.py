"""Short and swapped forms of an organisation's or outlet's name are the one named in full
(graph/entities/org_variants.py); from sentences written for this test."""

from ._helpers import entities, named


def test_an_outlet_by_the_last_word_of_its_name(nlp):
    names, ex = entities(nlp, "The mayor told The Denver Times editorial board that the plan was dead. "
                              "The Times published the remarks on Monday.")
    full = [n for n in names if n.endswith("Denver Times")]
    assert len(full) == 1 and "Times" not in names and "The Times" not in names, names


def test_an_office_written_both_ways(nlp):
    names, ex = entities(nlp, "The Department of Labor issued the rule. A Labor Department spokesman said it would stand.")
    assert len([n for n, t in names.items() if "Labor" in n and t != "group"]) == 1, names


def test_a_body_by_the_first_word_of_its_name(nlp):
    names, ex = entities(nlp, "The painting was offered to the Smithsonian Museum in Washington. The Smithsonian declined.")
    assert "Smithsonian" not in names and "Smithsonian Museum" in names, names


def test_a_part_of_a_body_stays_another_actor(nlp):
    names, _ = entities(nlp, "Fatah and Hamas met in Cairo. The Fatah Central Committee said the talks went well.")
    assert {"Fatah", "Fatah Central Committee"} <= set(names), names


def test_a_body_by_the_words_before_the_of_of_its_name(nlp):
    """Issue 12 item 5: "the Joint Chiefs" after "Japan's Joint Chiefs of Staff" is that body,
    shown by its full name."""
    names, ex = entities(nlp, "Japan's Joint Chiefs of Staff said the drone flew for an hour. Aiko Mori, a "
                              "spokeswoman for the Joint Chiefs, said the air force had tracked it.")
    assert "Joint Chiefs" not in names, names
    assert "Joint Chiefs" in named(ex, "Joint Chiefs of Staff").aliases


def test_a_branch_named_for_a_place_is_another_body(nlp):
    names, _ = entities(nlp, "Ana Ruiz, chairwoman of the Republican Party of Nevada, backed the bill on Monday. "
                             "The Republican Party said nothing.")
    assert "Republican Party" in names and "Republican Party of Nevada" in names, names


def test_an_office_by_its_field_alone_in_a_title_is_the_office_named_in_full(nlp):
    names, ex = entities(nlp, "The Department of Veterans Affairs closed the clinic. Senators met with Veterans "
                              "Affairs Secretary Lena Ortiz on Tuesday.")
    assert "Veterans Affairs" not in names and "Department of Veterans Affairs" in names, names
