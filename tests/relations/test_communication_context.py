"""COMMUNICATED_WITH whose parties the sentence leaves to the article around it: a subject
pronoun that continues the subject before it, a meeting told without its holder, "the two",
a bare surname the tagger missed, a *with* phrase hung lower in the object, and hosts who
chair or moderate. Every sentence is written for this test."""

import pytest

from ._helpers import between, has, pairs, rels, run

C = "COMMUNICATED_WITH"


def test_a_pronoun_continues_the_subject_not_the_last_name_read(nlp):
    ex = run(nlp, "Foreign Minister Ali Karimi met on Monday with Tomas Varga, head of the energy agency, "
                  "as the agency head seeks answers. He was also meeting with the Omani foreign minister, "
                  "Salim al-Harthi.")
    assert between(ex, C, "Ali Karimi", "Salim al-Harthi").event == "meeting"
    assert frozenset(("Tomas Varga", "Salim al-Harthi")) not in pairs(ex, C)


def test_a_pronoun_in_reported_speech_is_the_reporter(nlp):
    ex = run(nlp, "Foreign Minister Anna Berg said on Monday she had discussed ways to revive the truce "
                  "with Peruvian Foreign Minister Jorge Salas.")
    r = between(ex, C, "Anna Berg", "Jorge Salas")
    assert r.event == "talks"


def test_a_pronoun_after_another_subject_is_left_out(nlp):
    ex = run(nlp, "The harbour authority closed the port on Monday. He met Jorge Salas in Lima.")
    assert not pairs(ex, C)


def test_a_meeting_told_without_its_holder_and_the_two(nlp):
    ex = run(nlp, "Foreign Minister Anna Berg arrived in Oslo on Monday for a seminar on the war. "
                  "The two-hour meeting with Jorge Salas took place soon after her arrival. "
                  "The two also discussed the fishing dispute, the ministry said.")
    assert pairs(ex, C) == {frozenset(("Anna Berg", "Jorge Salas"))}
    assert {r.event for _, _, r in _all(ex)} >= {"meeting", "talks"}


def test_the_two_a_few_sentences_on_are_the_meeting_not_states_named_as_topics(nlp):
    # the two states are topics of the agenda ("support for Ukraine", "in Norway"), not a pair
    ex = run(nlp, "Foreign Minister Ana Soto met with Defence Minister Luis Vargas in Lima on Monday. "
                  "The meeting lasted two hours, according to the ministry. "
                  "Security in the region was high on the agenda. "
                  "Support for Ukraine after the conference in Norway was also raised. "
                  "The two also exchanged views on the fishing dispute.")
    assert pairs(ex, C) == {frozenset(("Ana Soto", "Luis Vargas"))}
    assert {r.event for _, _, r in _all(ex)} == {"meeting", "talks"}


def test_a_cancelled_meeting_is_no_event(nlp):
    ex = run(nlp, "Foreign Minister Anna Berg arrived in Oslo on Monday. The meeting with Jorge Salas was cancelled.")
    assert not pairs(ex, C)


def test_a_bare_surname_the_tagger_missed(nlp):
    ex = run(nlp, "President Donald Trump spoke in Ohio on Friday. "
                  "Trump on Monday urged Kyiv to accelerate negotiations, warning that time was short.")
    assert between(ex, C, "Donald Trump", "Ukraine").event == "message"


def test_chaired_and_moderated_talks_give_a_mediator(nlp):
    ex = run(nlp, "Norway chaired a third round of Peru-Chile talks in Oslo on Monday.")
    assert between(ex, C, "Norway", "Peru").event == "mediation"
    assert between(ex, C, "Norway", "Chile").event == "mediation"
    assert between(ex, C, "Peru", "Chile").event == "talks"


def _all(ex):
    names = {e.id: e.name for e in ex.entities}
    return [(names[r.subject], names[r.object], r) for r in ex.relations if r.predicate == C]


def test_an_outlet_glued_to_the_clause_leaves_its_subject_untold(nlp):
    ex = run(nlp, "Foreign Minister Ali Karimi arrived on Sunday. On Sunday, he told the BBC Peru was ready to sign.")
    assert frozenset(("Ali Karimi", "Peru")) not in pairs(ex, C)
    ex = run(nlp, "Ali Karimi told Foreign Minister Ada Voss the deal was dead.")
    assert between(ex, C, "Ali Karimi", "Ada Voss").event == "message"


def test_a_visit_by_someone_is_theirs_not_the_writers(nlp):
    ex = run(nlp, "Ambassador John Tefft wrote to Anna Berg about a visit to Peru by Chelsea Lind and her husband.")
    assert between(ex, C, "Chelsea Lind", "Peru").event == "visit"
    assert frozenset(("John Tefft", "Peru")) not in pairs(ex, C)


def test_called_x_a_y_is_no_call(nlp):
    ex = run(nlp, "At the time, Paul Ward called Victor Lanko, a former truck driver who was convicted twice, "
                  "an outstanding leader who had been misunderstood.")
    assert not pairs(ex, C)
    assert between(run(nlp, "Paul Ward called Victor Lanko on Monday."), C, "Paul Ward", "Victor Lanko").event == "call"


@pytest.mark.parametrize("text, event", [
    ("Prime Minister Anna Berg paid a visit to Jorge Salas in Lima on Friday.", "visit"),
    ("President Anna Berg sat down with Jorge Salas at the palace on Friday.", "meeting"),
    ("Anna Berg reached out to Jorge Salas after the vote.", "message"),
    ("Anna Berg exchanged messages with Jorge Salas over the weekend.", "message"),
    ("Anna Berg shook hands with Jorge Salas at the summit.", "meeting"),
    ("Anna Berg made contact with Jorge Salas.", "call"),
])
def test_light_and_phrasal_verbs_of_contact(nlp, text, event):
    assert between(run(nlp, text), C, "Anna Berg", "Jorge Salas").event == event


@pytest.mark.parametrize("text", [
    # ("reached a deal with X" is talks: graph/relations/agreements.py)
    "Anna Berg reached the airport with Jorge Salas.",
    "Anna Berg sat with Jorge Salas on the board.",
    "Anna Berg will sit down with Jorge Salas next week.",
])
def test_the_same_verbs_without_contact(nlp, text):
    assert not pairs(run(nlp, text), C)


@pytest.mark.parametrize("first", [
    "Jorge Salas, Peru's foreign minister, arrived on Monday.",
    "Jorge Salas, the Peruvian foreign minister, arrived on Monday.",
])
def test_a_counterpart_titled_after_the_name(nlp, first):
    ex = run(nlp, first + " Foreign Minister Anna Berg met her Peruvian counterpart in Lima.")
    assert between(ex, C, "Anna Berg", "Jorge Salas").event == "meeting"


def test_they_after_a_contact_are_the_pair(nlp):
    ex = run(nlp, "Foreign Minister Anna Berg spoke with Jorge Salas on Monday. They met again on Friday in Lima.")
    assert {r.event for r in ex.relations if r.predicate == C} == {"meeting"}
    assert len([r for r in ex.relations if r.predicate == C]) == 2  # one statement each sentence


@pytest.mark.parametrize("text", [
    "Protesters marched in Lima on Monday. They discussed the border.",
    "Foreign Minister Anna Berg spoke with Jorge Salas on Monday. They met the press on Friday.",
])
def test_they_with_no_contact_just_before_or_another_side_is_no_pair(nlp, text):
    ex = run(nlp, text)
    assert len([r for r in ex.relations if r.predicate == C]) <= 1


def test_a_wire_dateline_is_no_party(nlp):
    # the parser reads the dateline as the subject, the pair as its apposition or conjuncts
    ex = run(nlp, "Leaders talk.\n\nOSLO, May 12 - Norwegian Prime Minister Ingrid Solberg and Kenyan President "
                  "Daniel Mwangi spoke by phone on Monday about the grain corridor, both governments said.")
    assert pairs(ex, C) == {frozenset(("Ingrid Solberg", "Daniel Mwangi"))}
    ex = run(nlp, "Ministers meet.\n\nLIMA, March 3 - The foreign ministers of Chile, Peru and Bolivia met in "
                  "Lima on Tuesday to discuss the river, officials said.")
    assert pairs(ex, C) == {frozenset(p) for p in (("Chile", "Peru"), ("Chile", "Bolivia"), ("Peru", "Bolivia"))}


def test_he_in_a_where_clause_is_the_one_who_went_there(nlp):
    ex = run(nlp, "The United Nations envoy, Pieter van Dam, travelled to Ankara on Monday, then flew to "
                  "Athens, where he met Greek Prime Minister Nikos Vlahos on Tuesday.")
    assert between(ex, C, "Pieter van Dam", "Nikos Vlahos").event == "meeting"


def test_hours_of_talks_among_coordinated_subjects(nlp):
    ex = run(nlp, "Chilean Foreign Minister Alberto Ruiz, Peruvian Foreign Minister Elena Haddad and Bolivian "
                  "Foreign Minister Tomas Quispe held three hours of talks at the palace.")
    assert pairs(ex, C) == {frozenset(p) for p in (("Alberto Ruiz", "Elena Haddad"), ("Alberto Ruiz", "Tomas Quispe"),
                                                  ("Elena Haddad", "Tomas Quispe"))}
    assert all(r.event == "talks" for _, _, r in rels(ex, C))


def test_an_invitation_to_visit_is_no_visit(nlp):
    ex = run(nlp, "Kenyan President Daniel Mwangi thanked Ingrid Solberg for her support and invited her to "
                  "visit Nairobi.")
    assert pairs(ex, C) == {frozenset(("Daniel Mwangi", "Ingrid Solberg"))}
    assert frozenset(("Carlos Ortega", "Peru")) not in pairs(run(nlp, "Maria Lopez urged Carlos Ortega to visit Peru."), C)


def test_a_fronted_passive_of_asking_runs_from_the_agent(nlp):
    ex = run(nlp, "Asked by Maria Lopez to explain the delay, Carlos Ortega said the port was closed.")
    assert has(ex, C, "Maria Lopez", "Carlos Ortega").event == "message"


def test_a_journalist_of_an_outlet_is_a_person_told(nlp):
    ex = run(nlp, "Senator Ann Ruiz told CNN's Tom Bell by phone that the bill was dead.")
    assert between(ex, C, "Ann Ruiz", "Tom Bell").event == "message"


def test_he_after_a_dateline_continues_the_subject_not_the_place(nlp):
    ex = run(nlp, "Envoy travels.\n\nANKARA, July 8 - The United Nations envoy, Pieter van Dam, travelled to Ankara "
                  "on Monday. He met Greek Prime Minister Nikos Vlahos on Tuesday.")
    assert between(ex, C, "Pieter van Dam", "Nikos Vlahos").event == "meeting"


def test_a_group_met_stands_for_the_names_it_includes(nlp):
    ex = run(nlp, "Judge Tom Bell visited the Capitol on Thursday to meet with top Senate Democrats, including "
                  "Harry Lind and Pat Moss.")
    assert pairs(ex, C) == {frozenset(("Tom Bell", "Harry Lind")), frozenset(("Tom Bell", "Pat Moss"))}


def test_the_talks_told_before_are_the_ones_a_mediator_brokered(nlp):
    ex = run(nlp, "Chilean and Peruvian negotiators held indirect talks in Oslo on Monday. "
                  "The talks, brokered by Norway and Sweden, are the first since the truce.")
    for mediator in ("Norway", "Sweden"):
        for side in ("Chile", "Peru"):
            assert between(ex, C, mediator, side).event == "mediation"


def test_her_meeting_is_held_by_no_body_that_announces_after_it(nlp):
    ex = run(nlp, "Prime Minister Ana Soto arrived in Washington on Tuesday. She will visit Congress on Thursday. "
                  "After her meeting with Obama, the White House announced new trade measures.")
    # (the White House and the United States announced; neither met Obama)
    assert not any("Obama" in p and "Ana Soto" not in p for p in pairs(ex, C))


def test_a_pronoun_inside_a_quotation_continues_no_subject_outside_it(nlp):
    # regression: "he" in the speaker's words took the subject of the sentence before the
    # quotation (a woman, who did not talk to anyone) as the one talking
    ex = run(nlp, "Jane Holt spoke about her rival on Monday.\n\n"
                  "\u201cHe is talking to Democrats,\u201d Holt said of Senator Tom Baker.")
    assert not pairs(ex, C)


def test_a_pronoun_inside_a_quotation_continues_a_subject_of_the_same_words(nlp):
    ex = run(nlp, "Jane Holt spoke in Ohio on Monday.\n\n"
                  "\u201cTom Baker flew to Lima last week. He met President Ana Ruiz there,\u201d Holt said.")
    between(ex, C, "Tom Baker", "Ana Ruiz")


def test_his_is_never_a_woman_the_forename_names(nlp):
    # "his" went to the nearest person, Maria Lopez, whom only her forename marks as a woman
    ex = run(nlp, "Carlos Ortega's call with Maria Lopez came right after his call with Jorge Salas.")
    assert between(ex, C, "Carlos Ortega", "Jorge Salas").event == "call"
    assert frozenset(("Maria Lopez", "Jorge Salas")) not in pairs(ex, C)
