"""Who takes part in a contact event (graph/relations/participants.py, participant_pairs.py,
continued_subjects.py); sentences written for this test."""

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


def test_a_title_registered_as_a_body_is_the_person_named_after_its_comma(nlp):
    ex = run(nlp, "Minister Lena Varga had a telephone conversation with the Minister of Foreign Affairs of Chile, "
                  "Pablo Serrano, on Tuesday.")
    assert pairs(ex, C) == {frozenset(("Lena Varga", "Pablo Serrano"))}


def test_a_name_parsed_inside_the_title_closes_it(nlp):
    ex = run(nlp, "Separately, Coordinating Minister for Maritime and Investment Affairs Rudi Hartono received a phone "
                  "call from Canadian Trade Minister Claire Dubois on Friday.")
    assert frozenset(("Rudi Hartono", "Claire Dubois")) in pairs(ex, C)


def test_a_delegation_headed_by_a_titled_person_is_that_person(nlp):
    ex = run(nlp, "Minister Olga Berg held discussions today with a delegation of the African Union led by the AU "
                  "Special Envoy for the Sahel, Moussa Diallo.")
    assert frozenset(("Olga Berg", "Moussa Diallo")) in pairs(ex, C)


def test_an_unnamed_charge_daffaires_stands_for_the_state(nlp):
    ex = run(nlp, "Chile's foreign ministry summoned the Bolivian charge d'affaires over the border closure.")
    assert pairs(ex, C) == {frozenset(("Chile", "Bolivia"))}


def test_a_states_ministry_by_its_possessive_is_the_state(nlp):
    ex = run(nlp, "Peru's Ministry of Foreign Affairs on Monday summoned Ecuador's ambassador, Jorge Vela, over the "
                  "remarks.")
    assert pairs(ex, C) == {frozenset(("Peru", "Jorge Vela"))}


def test_an_unnamed_counterpart_is_the_state(nlp):
    ex = run(nlp, "Norway's Foreign Minister, Ingrid Dahl, spoke on Monday with her Chilean counterpart about fishing.")
    assert pairs(ex, C) == {frozenset(("Ingrid Dahl", "Chile"))}


def test_a_counterpart_followed_by_a_name_is_not_the_state(nlp):
    ex = run(nlp, "Defense Minister Ingrid Dahl spoke with her Chilean counterpart Huo Lin-kai about the drills.")
    assert frozenset(("Ingrid Dahl", "Chile")) not in pairs(ex, C)


def test_a_rank_in_parentheses_before_the_name_after_a_title(nlp):
    ex = run(nlp, "Chile's National Security Adviser, Gen (retd) Hector Rojas, met Peruvian Foreign Minister Ana "
                  "Quispe on Tuesday.")
    assert frozenset(("Hector Rojas", "Ana Quispe")) in pairs(ex, C)


def test_a_news_agency_after_a_dateline_is_no_party(nlp):
    ex = run(nlp, "Lima (ANDINA) - Foreign Minister Ana Quispe received a courtesy visit from the new Ambassador of "
                  "Ghana, Kofi Mensah, on Wednesday.")
    assert pairs(ex, C) == {frozenset(("Ana Quispe", "Kofi Mensah"))}


def test_his_highness_is_the_one_styled_so_before(nlp):
    ex = run(nlp, "President His Highness Sheikh Rashid bin Khalid today received a phone call from President Ana "
                  "Soto of Chile. His Highness also received a written message from President Luis Mora of Peru.")
    assert frozenset(("Rashid bin Khalid", "Luis Mora")) in pairs(ex, C)


def test_a_members_party_in_brackets_at_the_sentence_start_is_no_dateline(nlp):
    # "Jakarta (ANTARA) -" is a dateline; "Harris (D) met …" is a member and her party
    ex = run(nlp, "WASHINGTON \u2014 Congress returned from recess on Monday.\n\n"
                  "Harris (D) met Collins (R) on Tuesday to discuss the farm bill.\n")
    assert frozenset(("Harris", "Collins")) in pairs(ex, C)


def test_members_of_a_body_told_or_met_are_the_body(nlp):
    ex = run(nlp, "Governor Ann Ruiz wrote to members of the Senate Finance Committee on Monday.")
    assert frozenset(("Ann Ruiz", "Senate Finance Committee")) in pairs(ex, C)
    ex = run(nlp, "Governor Ann Ruiz met with Republican members of the Senate Finance Committee on Monday.")
    assert frozenset(("Ann Ruiz", "Senate Finance Committee")) not in pairs(ex, C)  # some of them only


def test_they_after_two_people_acting_together_are_that_pair(nlp):
    ex = run(nlp, "A day after the storm, President Ann Ruiz toured the flooded town with Governor Tom Bell. "
                  "They shook hands at the airport.")
    assert pairs(ex, C) == {frozenset(("Ann Ruiz", "Tom Bell"))}
    ex = run(nlp, "President Ann Ruiz toured the flooded town with Governor Tom Bell and Mayor Lee Dorr. "
                  "They shook hands at the airport.")
    assert not pairs(ex, C)  # three named: who "they" are is unsaid


def test_a_sitting_named_by_its_body_before_it_and_delegates_at_a_body(nlp):
    # the body the model tagged before a sitting's noun is the one told there
    ex = run(nlp, "Senator Ann Ruiz told a Sierra Club gathering in Denver that she would protect the parks.")
    assert frozenset(("Ann Ruiz", "Sierra Club")) in pairs(ex, C)
    # the delegates at a convention the article names: that convention
    ex = run(nlp, "Ann Ruiz told delegates at the Republican National Convention that she would run.")
    assert frozenset(("Ann Ruiz", "Republican National Convention")) in pairs(ex, C)
    ex = run(nlp, "Ann Ruiz met delegates from Ohio on Monday.")
    assert not pairs(ex, C)


def test_a_group_led_by_someone_acts_with_its_leader(nlp):
    ex = run(nlp, "More than 40 senators, led by Ann Ruiz, wrote to Governor Tom Bell on Monday.")
    assert pairs(ex, C) == {frozenset(("Ann Ruiz", "Tom Bell"))}
    ex = run(nlp, "Governor Tom Bell met with a group of farmers led by Ann Ruiz.")
    assert pairs(ex, C) == {frozenset(("Ann Ruiz", "Tom Bell"))}


def test_a_group_a_named_member_is_among_acts_with_that_member(nlp):
    for text in ("Senator Ann Ruiz was among the lawmakers who met with Governor Tom Bell on Monday.",
                 "Senator Ann Ruiz was one of the senators who spoke with Governor Tom Bell.",
                 # "those" is a pronoun; a delegation is one noun the member is part of
                 "Senator Ann Ruiz was among those who spoke with Governor Tom Bell on Monday.",
                 "Senator Ann Ruiz was one of those who met with Governor Tom Bell on Monday.",
                 "Senator Ann Ruiz was part of the delegation that met with Governor Tom Bell on Monday."):
        assert pairs(run(nlp, text), C) == {frozenset(("Ann Ruiz", "Tom Bell"))}, text
    # a group the member is not said to be among stands for no one
    assert not pairs(run(nlp, "Senator Ann Ruiz praised the lawmakers who met with Governor Tom Bell."), C)
    assert not pairs(run(nlp, "Senator Ann Ruiz was not among the lawmakers who met with Governor Tom Bell."), C)
    assert not pairs(run(nlp, "Senator Ann Ruiz was not among those who met with Governor Tom Bell."), C)
    assert not pairs(run(nlp, "Governor Tom Bell met with those who had lost their homes."), C)
    assert not pairs(run(nlp, "Senator Ann Ruiz was part of the group that will meet Governor Tom Bell."), C)
