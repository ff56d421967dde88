"""Names lost at the edges of an article: after a dateline joined by a dash, and glued to the
title's words (graph/entities/datelines.py); from sentences written for this test."""

import pytest

from ._helpers import entities


@pytest.mark.parametrize("text, person", [
    ("BOSTON - Rahm Emanuel may be the most skilled mayor in the state. Emanuel said so on Monday.", "Rahm Emanuel"),
    ("DENVER — Gloria Tanning said on Tuesday that the race was over. Tanning spoke to voters.", "Gloria Tanning"),
])
def test_the_person_after_a_dateline(nlp, text, person):
    names, _ = entities(nlp, text)
    assert names.get(person) == "person", names


@pytest.mark.parametrize("text, glued, person", [
    ("Farm Donor Haskell and Trump May be Aligning on Trade.\n\n"
     "Farm donor Walter Haskell said on Friday he met Donald Trump this week.", "Trump May be Aligning", "Donald Trump"),
    ("Race over. Will Sanders come down off the stage?\n\n"
     "After Tuesday night, Bernie Sanders said he would stay in the race.", "Will Sanders", "Bernie Sanders"),
])
def test_the_title_words_glued_to_a_name_are_cut(nlp, text, glued, person):
    names, ex = entities(nlp, text)
    assert glued not in names and names.get(person) == "person", names


def test_a_title_keeps_the_forename_the_body_leaves_out(nlp):
    names, _ = entities(nlp, "Donald Trump Weighs a Second Term\n\nTrump said on Monday that he would decide soon.")
    assert "Donald Trump" in names, names


def test_an_opening_paragraph_is_no_title(nlp):
    text = ("According to people familiar with the matter, Donald Trump is considering scaling back his "
            "commitments to several allies if he returns to the White House next year.\n\nTrump said nothing.")
    names, _ = entities(nlp, text)
    assert "Donald Trump" in names, names


@pytest.mark.parametrize("text, person", [
    # regression: a memo's short first paragraph was read as a title, whose names keep only the
    # words the body uses ("Luc Martin")
    ("Jean-Luc Martin spoke to the dairy farmers.\n\nMartin said the subsidies would stay until May.",
     "Jean-Luc Martin"),
    ("Ingrid van den Berg met the dairy farmers.\n\nBerg said the subsidies would stay until May.",
     "Ingrid van den Berg"),
])
def test_a_short_opening_sentence_is_no_title(nlp, text, person):
    names, _ = entities(nlp, text)
    assert names.get(person) == "person", names


def test_a_hyphen_inside_a_name_at_a_line_start_is_no_dateline(nlp):
    names, _ = entities(nlp, "Weekly digest\n\nNATO-Ukraine Commission members met on Tuesday in Vienna.")
    assert "Ukraine Commission" not in names and names.get("NATO-Ukraine Commission") == "organization", names


def test_the_dateline_walk_back_is_bounded_on_a_line_with_many_dashes(nlp):
    # one line, no breaks, a spaced dash every seven words: each dash used to be walked back to
    # the line's start (quadratic); a dateline is a few words, so the walk stops after them.
    # CPU time, not wall time: a loaded machine (CI, parallel benches) once stretched the wall
    # clock of this 5 ms call past the limit
    import time

    from quotegraph.entities.datelines import dateline_dash

    doc = nlp.make_doc(" ".join("the tide came in slowly that day -" for _ in range(4000)))
    start = time.process_time()
    assert dateline_dash(list(doc)) is None
    assert time.process_time() - start < 2.0


def test_the_place_of_a_dateline_is_no_actor(nlp):
    # regression: "NEW YORK (AP) —" gave a country "NEW YORK"
    names, _ = entities(nlp, "NEW YORK (AP) — Donald Trump said on Monday he would win the state easily.")
    assert "NEW YORK" not in names and "New York" not in names, names
    names, _ = entities(nlp, "New York sued the company on Monday, the attorney general said.")
    assert names.get("New York") == "country", names


def test_a_wire_dateline_with_a_date_is_no_part_of_an_actor_or_of_what_was_said(nlp):
    # regression: "BRUSSELS, Oct 14 (Reuters) - European Union foreign ministers" was a group with a
    # ROLE at Reuters, and the content ran from "Oct 14"
    text = ("BRUSSELS, Oct 14 (Reuters) - European Union foreign ministers agreed on Monday to impose new "
            "sanctions on Chile, two diplomats said.")
    names, ex = entities(nlp, text)
    assert not [n for n in names if "Oct" in n or "Reuters)" in n], names
    by_id = {e.id: e.name for e in ex.entities}
    assert not [r for r in ex.relations if by_id[r.object] == "Reuters"], ex.relations
    assert ex.quotes[0].contents[0].text.startswith("European Union foreign ministers")


def test_a_title_line_name_keeps_the_particles_and_surname_after_the_body_short_form(nlp):
    # regression: the body writes "Lula" only, and the title line's name was cut to "Inacio Lula"
    names, _ = entities(nlp, "Inacio Lula da Silva was sworn in on Sunday.\n\nLula vowed to rebuild the "
                             "Amazon protection agency.\n\nLula also named 37 ministers.")
    assert names.get("Inacio Lula da Silva") == "person", names
    assert "Inacio Lula" not in names
