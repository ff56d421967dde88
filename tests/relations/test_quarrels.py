"""ADVERSARY_OF from quarrels (graph/relations/quarrels.py) and the attacks in words between
any sides (graph/relations/rivals.py): both sides of one quarrel as a subject, critics of a
named owner, insults by name, attacks between persons, parties and states; from sentences
written for this test. Negated, planned and friendly ones stay out."""

import pytest

from ._helpers import between, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("Senator Ann Ruiz and Mayor Tom Baker clashed over the budget on Tuesday.", "Ann Ruiz", "Tom Baker"),
    ("Ann Ruiz and Tom Baker traded barbs at the county fair.", "Ann Ruiz", "Tom Baker"),
    ("Ann Ruiz traded insults with Tom Baker during the forum.", "Ann Ruiz", "Tom Baker"),
    ("Ann Ruiz and Tom Baker kept up their feud in the local papers.", "Ann Ruiz", "Tom Baker"),
    ("Peru and Chile exchanged fire along the border.", "Peru", "Chile"),
])
def test_both_sides_of_one_quarrel(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Carl Moss, one of Ann Ruiz's fiercest critics, spoke first.", "Carl Moss", "Ann Ruiz"),
    ("Ann Ruiz's critics include the activist Carl Moss.", "Carl Moss", "Ann Ruiz"),
    ("The mayor, Carl Moss, is among Ann Ruiz's harshest detractors.", "Carl Moss", "Ann Ruiz"),
])
def test_the_critics_of_a_named_owner(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker called Ann Ruiz a liar at the rally.", "Tom Baker", "Ann Ruiz"),
    ("Tom Baker called Ann Ruiz dishonest on Monday.", "Tom Baker", "Ann Ruiz"),
    ("Senator Ann Ruiz called Tom Baker 'the most reckless mayor in our history.'", "Ann Ruiz", "Tom Baker"),
])
def test_names_that_make_an_enemy(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Activist Carl Moss slammed the Green Party for its new platform.", "Carl Moss", "Green Party"),
    ("China criticized the United States for its naval patrols near the islands.", "China", "United States"),
    ("Moscow condemned Washington's decision on Friday.", "Russia", "United States"),
    ("The United States blamed Russia for the cyberattack.", "United States", "Russia"),
    ("Senator Ann Ruiz accused the Green Party of hiding its donors.", "Ann Ruiz", "Green Party"),
    ("Tom Baker has hit Ann Ruiz for her votes on the budget.", "Tom Baker", "Ann Ruiz"),
    ("Ann Ruiz hit back at Tom Baker on Wednesday.", "Ann Ruiz", "Tom Baker"),
    ("Tom Baker's critiques of Ann Ruiz grew sharper over the summer.", "Tom Baker", "Ann Ruiz"),
    ("Senator Jane Holt called out her rival Carl Moss for his spending.", "Jane Holt", "Carl Moss"),
])
def test_attacks_in_words_between_any_sides(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Ann Ruiz and Tom Baker did not clash over the budget.",
    "Ann Ruiz and Tom Baker may clash over the budget next week.",
    "Ann Ruiz and Tom Baker ended their feud in May.",
    "Ann Ruiz and Tom Baker fought together in the same unit.",
    "Ann Ruiz and Tom Baker exchanged a few words after the hearing.",
    "Tom Baker did not call Ann Ruiz a liar.",
    "Tom Baker called Ann Ruiz a good friend.",
    "Tom Baker called Ann Ruiz not a liar but a fighter.",
    "Ann Ruiz's critics were quiet on Monday.",
    "The storm hit Peru on Monday.",
    "Tom Baker hammered out a deal with Ann Ruiz.",
])
def test_no_quarrel_from_negations_plans_or_kind_words(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_a_leader_against_a_state_is_left_to_the_states(nlp):
    # "Zelensky accused Russia of …": readers list Ukraine and Russia, not the person
    ex = run(nlp, "President Ann Ruiz accused Russia of stalling the talks.")
    assert not rels(ex, "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Special counsel Carl Moss's investigation of Ann Ruiz widened in May.", "Carl Moss", "Ann Ruiz"),
    ("The Senate Ethics Committee launched an investigation into Tom Baker.", "Senate Ethics Committee", "Tom Baker"),
    ("The impeachment of Governor Tom Baker by the Ohio Senate divided the state.", "Ohio Senate", "Tom Baker"),
    ("Tom Baker sued Ann Ruiz for defamation last year.", "Tom Baker", "Ann Ruiz"),
])
def test_a_proceeding_someone_brings_against_a_person(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz called for an investigation into Tom Baker.",
    "An investigation into Tom Baker began on Monday.",
    "The Senate Ethics Committee will not launch an investigation into Tom Baker.",
    "Tom Baker did not sue Ann Ruiz.",
])
def test_no_proceeding_asked_for_refused_or_brought_by_no_one_named(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Mayor Tom Baker, who is battling Ann Ruiz for the top spot, spoke on Monday.", "Tom Baker", "Ann Ruiz"),
    ("Count former governor Carl Moss among Ann Ruiz's detractors.", "Carl Moss", "Ann Ruiz"),
    ("Peru stood up to Chile over the fishing rights.", "Peru", "Chile"),
    ("Senator Ann Ruiz targeted Tom Baker in a new television ad.", "Ann Ruiz", "Tom Baker"),
    ("Tom Baker rebutted Ann Ruiz's claims in a long letter.", "Tom Baker", "Ann Ruiz"),
    ("The rebels fought the Colombian army near the border.", None, None),
])
def test_more_forms_of_opposition(nlp, text, a, b):
    if a is None:  # unnamed rebels: no side to name
        assert not rels(run(nlp, text), "ADVERSARY_OF")
    else:
        between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_fighting_a_states_troops_is_fighting_the_state(nlp):
    between(run(nlp, "Ukraine fought Russian troops in the east."), "ADVERSARY_OF", "Ukraine", "Russia")


@pytest.mark.parametrize("text, a, b", [
    ("Venezuela is a sworn enemy of Colombia, its officials say.", "Venezuela", "Colombia"),
    ("Senator Ann Ruiz, a longtime rival of Tom Baker, spoke first.", "Ann Ruiz", "Tom Baker"),
])
def test_an_enemy_of_someone(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_no_enemy_when_denied(nlp):
    assert not rels(run(nlp, "Venezuela is not an enemy of Colombia."), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Ann Ruiz and Tom Baker fought the new tax on Tuesday.",
    "Germany and France battled the pandemic last year.",
    "Ann Ruiz and Tom Baker fought against the new tax.",
])
def test_two_sides_fighting_one_target_are_no_adversaries(nlp, text):
    # the reciprocal verb with an object or "against": both sides act on a third thing
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Peru and Chile stepped up their war on drugs.",
    "Ann Ruiz and Tom Baker won their battle for the new park.",
])
def test_a_quarrel_both_sides_share_against_another_is_no_feud(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_a_war_fought_between_the_two_still_makes_adversaries(nlp):
    between(run(nlp, "Peru and Chile fought a war over the desert."), "ADVERSARY_OF", "Peru", "Chile")


@pytest.mark.parametrize("text", [
    "Ann Ruiz called Tom Baker a sponsor of the school reform.",
    "Ann Ruiz described Tom Baker as the sponsor of the bill.",
])
def test_the_sponsor_of_a_bill_is_no_insult(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_a_state_sponsor_of_terrorism_is_one(nlp):
    between(run(nlp, "The United States called Iran a state sponsor of terrorism."), "ADVERSARY_OF",
            "United States", "Iran")


@pytest.mark.parametrize("text", [
    "Chile and Peru have been at odds over water rights for decades.",
    "Chile and Peru resumed talks on Monday. The two countries have been at odds over water for decades.",
    "Chile is at odds with Peru over the border.",
    "Chile has been at war with Peru since the spring.",
    "Chile and Peru are at loggerheads over the fishing rights.",
])
def test_at_odds(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Chile", "Peru")


@pytest.mark.parametrize("text", [
    "Chile and Peru are no longer at odds.",
    "If Chile and Peru were at odds, trade would suffer.",
    "Chile and Peru are not at war.",
])
def test_not_at_odds(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # names given with "as": "painted X as a liar", "dismissed X as a fraud"
    ("Tom Baker painted Maria Lopez as a liar.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker dismissed Maria Lopez as a fraud.", "Tom Baker", "Maria Lopez"),
])
def test_names_given_with_as(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker painted Maria Lopez as a fighter.",
    "Tom Baker cast Maria Lopez as the lead in the play.",
])
def test_no_enmity_from_kind_names_given_with_as(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Mayor Rui Galvao and Senator Elsa Norberg met in May. Galvao and Norberg have feuded for years.",
    "Mayor Rui Galvao and Senator Elsa Norberg have clashed for months over the budget.",
])
def test_how_long_they_feuded_is_no_cause(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Rui Galvao", "Elsa Norberg")


def test_fighting_for_years_to_pass_a_bill_is_side_by_side(nlp):
    found = run(nlp, "Mayor Rui Galvao and Senator Elsa Norberg met in May. Galvao and Norberg fought for years "
                     "to pass the bill.")
    assert not pairs(found, "ADVERSARY_OF")


def test_an_insult_said_of_someone_names_them(nlp):
    found = run(nlp, "Mayor Rui Galvao and Senator Elsa Norberg met in May. "
                     "\"She is a liar and a crook,\" Galvao said of Norberg.")
    between(found, "ADVERSARY_OF", "Rui Galvao", "Elsa Norberg")


@pytest.mark.parametrize("said", ["\"She is not a liar,\"", "\"She is a great leader,\""])
def test_no_insult_said_of_someone_is_no_enmity(nlp, said):
    found = run(nlp, f"Mayor Rui Galvao and Senator Elsa Norberg met in May. {said} Galvao said of Norberg.")
    assert not pairs(found, "ADVERSARY_OF")


def test_a_critic_named_in_a_second_description_is_an_adversary(nlp):
    # "a consultant and longtime Baker critic": the second noun describes the same person
    between(run(nlp, "Ivo Stern, a party consultant and longtime Baker critic, said the count was slow. "
                     "Tom Baker did not reply."), "ADVERSARY_OF", "Ivo Stern", "Tom Baker")


def test_a_challenger_to_a_named_holder_is_an_adversary_not_a_post(nlp):
    ex = run(nlp, "Carl Moss, the Republican challenger to Senator Ann Ruiz, spoke in Reno.")
    between(ex, "ADVERSARY_OF", "Carl Moss", "Ann Ruiz")
    assert ("Carl Moss", "Ann Ruiz") not in {(s, o) for s, o, _ in rels(ex, "ROLE")}
    assert not pairs(run(nlp, "Carl Moss, a challenger to the new rules, spoke in Reno."), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ('Mark Hale referred to Tom Ruiz as a "fraud" on Monday.', "Mark Hale", "Tom Ruiz"),
    ("Senator Tom Ruiz spoke. Senator Ann Park has referred to Ruiz as dangerous.", "Ann Park", "Tom Ruiz"),
])
def test_referred_to_as_an_insult(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Jim Cole referred to Ann Park as a bright, charismatic leader.",
    "Mark Hale never referred to Jim Cole as a liar.",
])
def test_no_quarrel_from_kind_or_denied_references(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_a_quoted_name_for_someones_plan_hung_on_the_plan_names_its_owner(nlp):
    ex = run(nlp, "Senator Ann Ruiz called Tom Baker’s plan “a disgrace.”")
    between(ex, "ADVERSARY_OF", "Ann Ruiz", "Tom Baker")


def test_a_title_set_after_a_name_called_is_no_insult(nlp):
    assert not pairs(run(nlp, "Senator Ann Ruiz called Tom Baker, the mayor, on Monday."), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz and Governor Tom Baker debated school funding in Denver on Monday.",
    "Ann Ruiz and Tom Baker debated in Denver.",
])
def test_two_persons_who_debated(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Ann Ruiz", "Tom Baker")


@pytest.mark.parametrize("text", [
    "Ann Ruiz and Tom Baker will debate in Denver.",  # still to come
    "Ann Ruiz and Tom Baker debated whether to run.",  # a choice, no opponents
    "The Colorado House and the Colorado Senate debated the bill.",  # bodies weigh a matter
])
def test_no_debaters_from_plans_choices_or_bodies(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")
