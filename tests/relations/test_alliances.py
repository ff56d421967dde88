"""ALLY_OF and ADVERSARY_OF in more forms (graph/relations/alliances.py), from sentences
written for this test; negated and hypothetical ones stay out."""

import pytest

from ._helpers import between, has, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("China's support for Russia has angered Japan.", "China", "Russia"),
    ("Peru has forged deeper military ties with Chile since the war began.", "Peru", "Chile"),
    ("A document setting out Norwegian security guarantees for Iceland is ready.", "Norway", "Iceland"),
    ("Hungary sided with Russia at the summit.", "Hungary", "Russia"),
])
def test_ally_forms(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Canada threatened additional sanctions on Peru last month.", "Canada", "Peru"),
    ("The navy condemned Chile's aggressive actions toward Peru.", "Chile", "Peru"),
    ("Chile could use the weapons to threaten its diplomatic rival Peru.", "Chile", "Peru"),
    ("The Chile-Peru war ended in 1884.", "Chile", "Peru"),
    ("Chile invaded Peru in 1879.", "Chile", "Peru"),
])
def test_adversary_forms(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "If Chile attacks Peru, Canada will respond.",
    "Chile did not invade Peru.",
    "Peru's trade ties with Chile grew.",
    "Canada sent humanitarian aid to Peru.",
])
def test_no_side_from_negations_hypotheticals_or_trade(nlp, text):
    ex = run(nlp, text)
    assert not rels(ex, "ADVERSARY_OF") and not rels(ex, "ALLY_OF"), ex.relations


def test_an_enmity_keeps_one_direction_in_a_document(nlp):
    ex = run(nlp, "Chile invaded Peru in 1879. Peru accused Chile of atrocities.")
    assert len({(s, o) for s, o, _ in rels(ex, "ADVERSARY_OF")}) == 1


@pytest.mark.parametrize("text, a, b, pred", [
    ("Tensions between Chile and Peru have grown.", "Chile", "Peru", "ADVERSARY_OF"),
    ("Chilean strikes on Peruvian power plants continued.", "Chile", "Peru", "ADVERSARY_OF"),
    ("Chile supports Peru in the dispute.", "Chile", "Peru", "ALLY_OF"),
    ("Chile has sought to present itself as neutral, despite its deepening military ties with Peru.",
     "Chile", "Peru", "ALLY_OF"),
])
def test_more_side_forms(nlp, text, a, b, pred):
    between(run(nlp, text), pred, a, b)


def test_halted_aid_makes_no_ally(nlp):
    assert not rels(run(nlp, "Canada has advocated halting military aid to Peru."), "ALLY_OF")


@pytest.mark.parametrize("text", [
    "Relations between Chile and Peru nosedived after the border incident.",
    "Relations between Peru and Chile have become tense over fishing rights.",
    "Chile's relations with Peru soured last year.",
])
def test_relations_gone_bad_are_enmity(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Chile", "Peru")


@pytest.mark.parametrize("text", [
    "Relations between Chile and Peru could sour if the talks fail.",
    "Relations between Chile and Peru have not soured despite the dispute.",
    "Relations between Chile and Peru improved last year.",
])
def test_relations_not_said_bad_are_no_enmity(nlp, text):
    assert frozenset(("Chile", "Peru")) not in pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("In 1879 the Chilean military action against Peru began.", "Chile", "Peru"),
    ("The Chilean invasion of Peru ended in 1884.", "Chile", "Peru"),
])
def test_hostile_act_owned_by_a_country_modifier(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_non_military_action_is_no_hostility(nlp):
    assert rels(run(nlp, "Chile's legal action against Peru went to court in The Hague."), "ADVERSARY_OF") == []


@pytest.mark.parametrize("text, a, b", [
    ("Governor Lisa Harmon endorsed Paul Ridley on Friday.", "Lisa Harmon", "Paul Ridley"),
    ("Lisa Harmon's endorsement of Paul Ridley surprised the party.", "Lisa Harmon", "Paul Ridley"),
    ("Paul Ridley received the endorsement of Lisa Harmon on Friday.", "Paul Ridley", "Lisa Harmon"),
    ("Paul Ridley campaigned with Lisa Harmon in Ohio on Wednesday.", "Paul Ridley", "Lisa Harmon"),
])
def test_political_support_makes_allies(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Lisa Harmon refused to endorse Paul Ridley.",
    "Lisa Harmon may endorse Paul Ridley next week.",
    "Lisa Harmon did not endorse Paul Ridley.",
    "Ridley said he did not know whether Harmon would endorse him.",
    "The campaign said Lisa Harmon would not campaign with Paul Ridley.",
])
def test_no_ally_from_refused_planned_or_doubted_support(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Ohio Gov. Mark Dalton is joining his running mate Paul Ridley in calling for an inquiry.", "Mark Dalton", "Paul Ridley"),
    ("Paul Ridley named Lisa Harmon as his running mate on Friday.", "Paul Ridley", "Lisa Harmon"),
    ("Lisa Harmon, Ridley's running mate, spoke first.", "Ridley", "Lisa Harmon"),
    # the relative pronoun stands for the mate, "he" for the one whose mate she is
    ("Paul Ridley toured Ohio on Friday with Lisa Harmon, who he named Monday as his running mate.",
     "Paul Ridley", "Lisa Harmon"),
    # the mate as the copula's subject
    ("Lisa Harmon is Paul Ridley's running mate.", "Paul Ridley", "Lisa Harmon"),
    ("Lisa Harmon, who is Paul Ridley's running mate, spoke first.", "Paul Ridley", "Lisa Harmon"),
])
def test_a_running_mate_is_an_ally(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Paul Ridley may name Lisa Harmon as his running mate.",
    "Lisa Harmon is not Paul Ridley's running mate.",
    "Lisa Harmon would be Paul Ridley's running mate.",
    "Lisa Harmon welcomes talk of being Paul Ridley's running mate.",
])
def test_a_possible_running_mate_is_no_ally(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


def test_throwing_ones_weight_behind_someone_sides_with_them(nlp):
    between(run(nlp, "Lisa Harmon threw her weight behind Paul Ridley on Monday."), "ALLY_OF", "Lisa Harmon", "Paul Ridley")
    assert not rels(run(nlp, "Lisa Harmon has not thrown her weight behind Paul Ridley."), "ALLY_OF")
    assert not rels(run(nlp, "Lisa Harmon threw a ball behind Paul Ridley."), "ALLY_OF")


def test_a_leaders_friendship_with_another_leader_is_an_alliance(nlp):
    text = "Chilean leader Ana Soto's openly close friendship with Peru's Luis Vargas worries Bolivia."
    between(run(nlp, text), "ALLY_OF", "Ana Soto", "Luis Vargas")


def test_a_persons_support_for_a_body_is_no_alliance(nlp):
    ex = run(nlp, "The strength of President Mark Dalton's support for NATO has varied over time.")
    assert frozenset(("Mark Dalton", "NATO")) not in pairs(ex, "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Governor Maria Lopez received an endorsement from Senator Tom Baker.", "Maria Lopez", "Tom Baker"),
    ("Governor Maria Lopez won the support of Senator Tom Baker.", "Maria Lopez", "Tom Baker"),
    ("Governor Maria Lopez has strong support from Senator Tom Baker.", "Maria Lopez", "Tom Baker"),
])
def test_support_received_from_someone_makes_allies(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Governor Maria Lopez did not receive an endorsement from Senator Tom Baker.",
    "Governor Maria Lopez received a letter from Senator Tom Baker.",
])
def test_no_alliance_from_support_not_received_or_a_mere_letter(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text", [
    # a hope is a plan all the same, in each form ("hopes", "hoped", "hoping")
    "Governor Maria Lopez hopes to win an endorsement from Senator Tom Baker.",
    "Governor Maria Lopez hoped to win the backing of Senator Tom Baker.",
    "Governor Maria Lopez is hoping for an endorsement from Senator Tom Baker.",
    "Governor Maria Lopez is courting the support of Senator Tom Baker.",
    "Chile hopes to build closer ties with Peru.",
])
def test_no_alliance_from_support_or_ties_only_hoped_for_or_courted(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


def test_ties_built_are_an_alliance_beside_a_hope(nlp):
    between(run(nlp, "Chile, which hopes to join the pact, built closer ties with Peru."), "ALLY_OF", "Chile", "Peru")


@pytest.mark.parametrize("text, a, b, pred", [
    ("The United States pledged continued military support for Ukraine on Monday.", "United States", "Ukraine", "ALLY_OF"),
    ("Washington imposed new sanctions on Moscow last week.", "United States", "Russia", "ADVERSARY_OF"),
    ("Israel launched airstrikes on Iranian positions in Syria.", "Israel", "Iran", "ADVERSARY_OF"),
    ("Ukraine has struck Russian oil refineries with drones.", "Ukraine", "Russia", "ADVERSARY_OF"),
    ("North Korea has supplied artillery shells to Russia.", "North Korea", "Russia", "ALLY_OF"),
])
def test_pledges_fresh_sanctions_strikes_on_a_states_sites_and_shells(nlp, text, a, b, pred):
    between(run(nlp, text), pred, a, b)


@pytest.mark.parametrize("text", [
    "The United States could impose new sanctions on Russia.",
    "Brussels will announce new sanctions on Moscow next week.",
    "Ukraine did not strike Russian oil refineries, the ministry said.",
    "The United States may launch new strikes on Iranian sites.",
])
def test_no_hostility_from_sanctions_or_strikes_still_to_come_or_denied(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Canada lifted its sanctions on Peru last week.",
    "The European Union eased sanctions on Chile in March.",
])
def test_sanctions_lifted_or_eased_are_no_hostility(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Governor Ann Ruiz threw her weight behind Senator Tom Baker's plan to cut taxes.", "Ann Ruiz", "Tom Baker"),
    ("Senator Tom Baker and Governor Ann Ruiz joined forces to block the bill.", "Tom Baker", "Ann Ruiz"),
    ("Governor Ann Ruiz teamed up with Senator Tom Baker on the bill.", "Ann Ruiz", "Tom Baker"),
    ("Poland and Estonia joined forces to press for new sanctions.", "Poland", "Estonia"),
])
def test_siding_with_someones_plan_and_joined_forces(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Governor Ann Ruiz refused to team up with Senator Tom Baker.",
    "Governor Ann Ruiz joined the Senate in 2010 with Senator Tom Baker.",
    "Governor Ann Ruiz may join forces with Senator Tom Baker.",
])
def test_no_alliance_from_refusals_plans_or_joining_a_body(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


def test_endorsing_a_persons_approach_sides_with_the_person(nlp):
    between(run(nlp, "Carl Moss endorsed Governor Ann Ruiz's approach on Saturday."), "ALLY_OF", "Carl Moss", "Ann Ruiz")


def test_an_attack_on_a_states_practices_is_no_strike_on_the_state(nlp):
    # regression: "attacked China's trade practices" made the speaker China's adversary as a state
    ex = run(nlp, "Senator Dana Whitfield attacked Norway's fishing practices in a speech.")
    assert not [r for r in rels(ex, "ADVERSARY_OF") if "Norway" in r[:2]]


def test_every_side_that_teams_up_is_an_ally(nlp):
    # regression: only the first of "Germany and France" was made Britain's ally
    ex = run(nlp, "Germany and France teamed up with Britain on Monday.")
    assert {frozenset(("France", "United Kingdom")), frozenset(("Germany", "United Kingdom"))} <= pairs(ex, "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("The sanctions imposed on Venezuela by the European Union were extended.", "European Union", "Venezuela"),
    ("Peru's long border dispute with Chile flared again in March.", "Peru", "Chile"),
    ("Colombia has a bitter dispute with Venezuela over the river.", "Colombia", "Venezuela"),
    ("Greece shot down a Turkish drone over the islands.", "Greece", "Turkey"),
    ("Poland expelled 12 Belarusian diplomats last week.", "Poland", "Belarus"),
    ("Norway condemned Russia's annexation of the islands.", "Norway", "Russia"),
    ("Venezuela retaliated against Colombia by closing the border.", "Venezuela", "Colombia"),
])
def test_states_at_odds_in_more_forms(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    # a quarrel sits in a clause of someone else's; seizing a chance or shooting a film is no act against a state
    "Amid tensions with Venezuela, Senator Ann Ruiz is ready to travel to Colombia.",
    "Poland seized the opportunity to speak with Belarus.",
    "Greece shot a film about Turkish cooking.",
])
def test_no_enmity_from_a_setting_or_a_harmless_act(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_standing_by_a_person(nlp):
    between(run(nlp, "Senator Carl Moss defended Governor Ann Ruiz on Sunday."), "ALLY_OF", "Carl Moss", "Ann Ruiz")


@pytest.mark.parametrize("text", [
    "Senator Carl Moss did not defend Governor Ann Ruiz.",
    "Senator Carl Moss defended his record on Sunday.",
])
def test_no_ally_from_a_refusal_or_a_thing(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Venezuela fired missiles toward Colombia on Sunday night.", "Venezuela", "Colombia"),
    ("Peru hacked the Chilean Foreign Ministry, investigators said.", "Peru", None),
])
def test_weapons_fired_and_hacks(nlp, text, a, b):
    ex = run(nlp, text)
    if b is None:  # the ministry as a body of its own, or its country: either is the other side
        assert any(a in pair for pair in pairs(ex, "ADVERSARY_OF"))
    else:
        between(ex, "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Venezuela fired a missile into the sea on Sunday.",
    "Venezuela may fire missiles toward Colombia.",
])
def test_no_enmity_from_a_test_or_a_threat_of_fire(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Chile's war in Peru lasted four years.",
    "Chile pressed on with its war in Peru.",
])
def test_wars_owned_by_one_side(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Chile", "Peru")


def test_no_war_from_a_place(nlp):
    assert not rels(run(nlp, "Canada sent doctors to help in the war in Peru."), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Canadian troops fought the Taliban near Kandahar.", "Canada", "Taliban"),
    ("Chilean soldiers attacked Peru in 1879.", "Chile", "Peru"),
    ("Canada joined the coalition against the Islamic State in 2014.", "Canada", "Islamic State"),
    ("Canada leads the fight against the Islamic State.", "Canada", "Islamic State"),
])
def test_forces_and_fights_against_a_side(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Canadian troops may soon fight the Taliban.",
    "Chile leads the fight against Peru's drug cartels.",
    "Chile's fight against poverty has intensified.",
])
def test_no_fight_when_planned_or_against_what_a_side_owns(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_sanctions_kept_by_a_passive_agent(nlp):
    between(run(nlp, "Sanctions on Peru were tightened by Canada in May."), "ADVERSARY_OF", "Canada", "Peru")


def test_sanctions_only_criticised_by_a_passive_agent_are_not_its_own(nlp):
    assert not rels(run(nlp, "Sanctions on Peru were criticised by Canada in May."), "ADVERSARY_OF")


def test_a_pair_of_allies_for_a_time_names_no_owner(nlp):
    between(run(nlp, "Chile and Peru have been allies for decades."), "ALLY_OF", "Chile", "Peru")


def test_both_names_after_both_are_sides(nlp):
    # the parser may hang "both X and" on Y as compounds
    ex = run(nlp, "Hillary Clinton is facing a two-front war against both Donald Trump and Bernie Sanders.")
    assert pairs(ex, "ADVERSARY_OF") == {frozenset(("Hillary Clinton", "Donald Trump")),
                                         frozenset(("Hillary Clinton", "Bernie Sanders"))}


@pytest.mark.parametrize("text", [
    "Chile is no longer an ally of Peru.",
    "Chile is not an ally of Peru.",
    "Chile would be a natural partner for Peru.",
    "Peru no longer criticizes Chile.",
])
def test_an_alliance_or_quarrel_denied_ended_or_supposed_is_none(nlp, text):
    # regression: "is not / no longer an ally of" gave ALLY_OF
    ex = run(nlp, text)
    assert not rels(ex, "ALLY_OF") and not rels(ex, "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Brazil's fight against Argentina in the World Cup final drew a record crowd.",
    "Peru won the battle against Chile for the Copa America title.",
])
def test_a_match_is_no_enmity(nlp, text):
    # regression: a fight or battle against a country in sport gave ADVERSARY_OF
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_an_endorsement_by_someone_of_the_person_named_before_it(nlp):
    ex = run(nlp, "The remarks came in the wake of an influential Tom Baker endorsement by Maria Lopez, "
                  "leader of the Green League.")
    between(ex, "ALLY_OF", "Tom Baker", "Maria Lopez")


@pytest.mark.parametrize("text, a, b", [
    ("Chile's attacks on Peruvian fishing ports have grown more frequent.", "Chile", "Peru"),
    ("Chile's invasion of Peruvian territory began at dawn.", "Chile", "Peru"),
    ("Colonel Tomas Ibarra was sanctioned by the European Union in March.", "European Union", "Tomas Ibarra"),
    ("Peru was blockaded by Chile for a month.", "Chile", "Peru"),
])
def test_attacks_on_a_states_places_and_hostile_acts_in_the_passive(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Colonel Tomas Ibarra was not sanctioned by the European Union.",
    "Colonel Tomas Ibarra could be sanctioned by the European Union.",
])
def test_no_hostility_from_a_passive_denied_or_possible(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b, pred", [
    ("Chile accused Peru of supplying weapons to Bolivia.", "Peru", "Bolivia", "ALLY_OF"),
    ("Chile condemned Peru for invading Bolivia.", "Peru", "Bolivia", "ADVERSARY_OF"),
])
def test_the_one_accused_does_what_the_charge_says(nlp, text, a, b, pred):
    ex = run(nlp, text)
    between(ex, pred, a, b)
    assert frozenset(("Chile", "Bolivia")) not in pairs(ex, pred), ex.relations


def test_a_leaders_quarrel_is_their_states(nlp):
    ex = run(nlp, "Chilean Foreign Minister Ana Soto accused Peru of hiding the report.")
    between(ex, "ADVERSARY_OF", "Chile", "Peru")


def test_an_own_hostile_act_carried_on_is_the_subjects(nlp):
    between(run(nlp, "Analysts say Cuba has helped Chile sustain its occupation of Peruvian ports."),
            "ADVERSARY_OF", "Chile", "Peru")


def test_no_enmity_from_anothers_act_condemned(nlp):
    ex = run(nlp, "Bolivia condemned its occupation of Peruvian ports.")
    assert frozenset(("Bolivia", "Peru")) not in pairs(ex, "ADVERSARY_OF"), ex.relations


def test_a_clause_of_time_tells_its_own_fact(nlp):
    ex = run(nlp, "Peru will seek talks, after Chile accused Lima of preparing an invasion.")
    between(ex, "ADVERSARY_OF", "Chile", "Peru")


@pytest.mark.parametrize("text", [
    "Peru will respond before Chile attacks Bolivia.",
    "Peru would not respond, because Chile had not attacked Bolivia.",
])
def test_a_clause_still_to_come_or_denied_tells_none(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Ecuador denied the report. Peru and Chile restored ties in May in a deal brokered by Canada, "
     "but the border remains a test for the two old rivals.", "Peru", "Chile"),
    ("Ecuador has been accused by Colombia of sheltering the rebels.", "Colombia", "Ecuador"),
    ("Bolivia cut diplomatic ties with Paraguay last year.", "Bolivia", "Paraguay"),
    ("Cuba severed relations with Panama in protest.", "Cuba", "Panama"),
    ("Belarus has sent engineers to help Russia in its war against Georgia.", "Russia", "Georgia"),
    ("Canada, which has sanctioned Nicaragua's gold sector, said it was watching.", "Canada", "Nicaragua"),
])
def test_adversaries_said_in_nouns_passives_and_breaks(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_the_leader_of_a_sides_backers_accuses_with_it(nlp):
    # "X and its backers, led by Y, accused Z": Y accuses too; a plan to accuse is none
    ex = run(nlp, "Latvia and its Western backers, led by Canada, have accused Belarus of staging the border crisis.")
    between(ex, "ADVERSARY_OF", "Canada", "Belarus")
    between(ex, "ADVERSARY_OF", "Latvia", "Belarus")
    ex = run(nlp, "Latvia and its Western backers, led by Canada, may accuse Belarus of staging the border crisis.")
    assert not rels(ex, "ADVERSARY_OF")


def test_its_war_belongs_to_the_one_helped_not_the_helper(nlp):
    ex = run(nlp, "Belarus has sent engineers to help Russia in its war against Georgia.")
    assert frozenset(("Belarus", "Georgia")) not in pairs(ex, "ADVERSARY_OF"), ex.relations


def test_comrades_in_arms_are_allies(nlp):
    between(run(nlp, "Paraguay, which fought alongside Uruguay in that war, stayed silent."),
            "ALLY_OF", "Paraguay", "Uruguay")


@pytest.mark.parametrize("text", [
    "Chile and Peru, both U.S. treaty allies, kept quiet.",
    "Ecuador said Peru might cut ties with Chile.",
])
def test_no_side_from_a_shared_ally_or_a_threat(nlp, text):
    ex = run(nlp, text)
    assert frozenset(("Chile", "Peru")) not in pairs(ex, "ALLY_OF")
    assert not rels(ex, "ADVERSARY_OF"), ex.relations


def test_fighting_without_alongside_is_still_hostile(nlp):
    between(run(nlp, "Paraguay fought Uruguay in 1865."), "ADVERSARY_OF", "Paraguay", "Uruguay")


@pytest.mark.parametrize("text, a, b", [
    ("The coalition led by Nigeria shelled Chad's border posts in March.", "Nigeria", "Chad"),
    ("The Nigerian-led coalition has attacked Chad since 2019.", "Nigeria", "Chad"),
    ("Sanctions imposed by Norway on Belarus took effect in May.", "Norway", "Belarus"),
])
def test_a_led_coalition_acts_for_its_leader_and_sanctions_by_an_agent(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_a_led_coalition_that_did_not_attack_is_no_enemy(nlp):
    assert not rels(run(nlp, "The Nigerian-led coalition has not attacked Chad."), "ADVERSARY_OF")


@pytest.mark.parametrize("text, predicate", [
    ("Peru and Chile signed a border treaty on Thursday. The two neighbours fought a war over nitrate in 1879.",
     "ADVERSARY_OF"),
    ("Peru and Chile signed a border treaty on Thursday. The two countries clashed over the border in 2021.",
     "ADVERSARY_OF"),
    ("Peru and Chile met in Lima. Both countries signed a defence pact.", "ALLY_OF"),
])
def test_the_two_countries_are_the_pair_named_just_before(nlp, text, predicate):
    between(run(nlp, text), predicate, "Peru", "Chile")


@pytest.mark.parametrize("text", [
    "Peru, Chile and Bolivia met. The two countries clashed.",  # three named: which two?
    "Peru and Chile met in Lima. The two countries did not clash.",
])
def test_the_two_countries_without_one_named_pair_or_as_a_fact_is_nothing(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_the_two_former_allies_are_allies_no_more(nlp):
    ex = run(nlp, "Peru accused Chile of massing troops, the latest sign of tensions between the two former allies.")
    assert not rels(ex, "ALLY_OF"), ex.relations


def test_support_expressed_in_a_call_is_the_callers(nlp):
    # regression: "called X to express support" was read as object control, X the supporter
    ex = run(nlp, "Protests spread across Peru on Sunday. Chilean President Javier Luna called Quispe "
                  "to express support for Bolivia in the dispute.")
    assert pairs(ex, "ALLY_OF") == {frozenset(("Javier Luna", "Bolivia"))}


@pytest.mark.parametrize("text", [
    "Finland's ties with Moscow sour\n\nFinland closed its border with Russia on Monday.",  # headline, verb read as a modifier
    "Finland's ties with Moscow deteriorated sharply last year.",
    "Finland's ties with Moscow have become strained.",
])
def test_ties_told_as_gone_bad_are_no_alliance(nlp, text):
    # regression: the tie noun gave ALLY_OF beside the ADVERSARY_OF of the souring
    ex = run(nlp, text)
    assert not pairs(ex, "ALLY_OF"), pairs(ex, "ALLY_OF")
    assert pairs(ex, "ADVERSARY_OF") == {frozenset(("Finland", "Russia"))}


@pytest.mark.parametrize("text, a, b", [
    # a state's government acts for the state
    ("Chad's military government signed a defence agreement with Turkey.", "Chad", "Turkey"),
    ("The Bolivian government sided with Peru at the summit.", "Bolivia", "Peru"),
])
def test_a_states_government_sides_for_it(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text, a, b, pred", [
    # the place of a dateline the parse takes for a second subject, or hangs the subject on
    ("TALLINN, March 3 (Reuters) - Russia accused Estonia of spying on Tuesday.", "Russia", "Estonia", "ADVERSARY_OF"),
    ("QUITO, Ecuador — Japan has signed a defence agreement with Peru.", "Japan", "Peru", "ALLY_OF"),
    ("LIMA, May 30 - Chile's main opposition leader, Ana Rojas, accused President Jorge Vidal of lying.",
     "Ana Rojas", "Jorge Vidal", "ADVERSARY_OF"),
])
def test_subject_after_a_dateline(nlp, text, a, b, pred):
    between(run(nlp, text), pred, a, b)


def test_every_backer_after_by_is_an_ally(nlp):
    found = run(nlp, "Senator Maya Brandt is backed by Unite, the largest trade union, and by former "
                     "deputy leader Oren Castell.")
    between(found, "ALLY_OF", "Maya Brandt", "Unite")
    between(found, "ALLY_OF", "Maya Brandt", "Oren Castell")


def test_a_candidate_backed_by_a_person_is_that_persons_ally(nlp):
    between(run(nlp, "Governor Ines Farley, who is backed by former President Carl Dunmore, won the primary."),
            "ALLY_OF", "Ines Farley", "Carl Dunmore")


def test_the_leader_of_a_persons_allies_is_an_ally(nlp):
    between(run(nlp, "Premier Joan Vasko's allies, led by Deputy Premier Luis Arden, rallied around her."),
            "ALLY_OF", "Luis Arden", "Joan Vasko")


def test_a_named_owners_endorsement_as_a_subject_is_given(nlp):
    # the endorsement is there whatever the future clause says of it
    between(run(nlp, "Governor Lena Holm's early endorsement of Senator Paul Renner will shape the primary."),
            "ALLY_OF", "Lena Holm", "Paul Renner")


def test_an_endorsement_sought_is_no_alliance(nlp):
    assert not pairs(run(nlp, "Senator Paul Renner said he did not seek Governor Lena Holm's endorsement."),
                     "ALLY_OF")


@pytest.mark.parametrize("text", [
    "Governor Lisa Harmon endorsed Paul Ridley (R-Ohio), Ann Ruiz (R-Ind.), and Tom Baker (R-Mich.) on Friday.",
    "Governor Lisa Harmon endorsed Senators Paul Ridley (Ohio), Ann Ruiz (Ind.) and Tom Baker (Mich.) on Friday.",
])
def test_each_name_of_a_list_with_bracketed_labels(nlp, text):
    ex = run(nlp, text)
    for name in ("Paul Ridley", "Ann Ruiz", "Tom Baker"):
        between(ex, "ALLY_OF", "Lisa Harmon", name)


def test_endorsement_of_one_by_another(nlp):
    has(run(nlp, "The party split after the endorsement of Paul Ridley by Lisa Harmon."), "ALLY_OF",
        "Lisa Harmon", "Paul Ridley")


def test_ties_severed_are_no_alliance(nlp):
    ex = run(nlp, "Cuba severed diplomatic ties with Panama in protest.")
    between(ex, "ADVERSARY_OF", "Cuba", "Panama")
    assert not pairs(ex, "ALLY_OF")


@pytest.mark.parametrize("text, pairs_", [
    ("Chile and Peru have deepened their defence cooperation.", {frozenset(("Chile", "Peru"))}),
    ("Chile, Peru and Bolivia strengthened their military ties last year.",
     {frozenset(("Chile", "Peru")), frozenset(("Chile", "Bolivia")), frozenset(("Peru", "Bolivia"))}),
])
def test_a_tie_two_subjects_build_together_makes_them_allies(nlp, text, pairs_):
    assert pairs(run(nlp, text), "ALLY_OF") == pairs_


@pytest.mark.parametrize("text", [
    "Chile and Peru could deepen their defence cooperation.",
    "Chile and Peru praised Bolivia's cooperation.",
    "Chile and Peru expanded trade ties.",
    "Chile and Peru discussed their cooperation.",
])
def test_a_tie_not_built_as_a_fact_or_not_theirs_makes_no_allies(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


def test_endorsements_listed_among_what_someone_won_make_allies(nlp):
    ex = run(nlp, "Maria Lopez won broad support, including endorsements from Tom Baker and Ann Cole.")
    assert pairs(ex, "ALLY_OF") == {frozenset(("Maria Lopez", "Tom Baker")), frozenset(("Maria Lopez", "Ann Cole"))}


@pytest.mark.parametrize("text", [
    "Maria Lopez sought wide support, including endorsements from Tom Baker.",
    "Maria Lopez read the letters, including endorsements from Tom Baker.",
])
def test_endorsements_sought_or_read_make_no_allies(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text", [
    "Maria Lopez and her husband supported the North American Free Trade Agreement in 1994.",
    "Senator Tom Baker attacked the Affordable Care Act on Monday.",
])
def test_a_stance_on_a_named_treaty_or_law_takes_no_side(nlp, text):
    ex = run(nlp, text)
    assert not rels(ex, "ALLY_OF") and not rels(ex, "ADVERSARY_OF")


def test_supporting_a_named_body_still_takes_its_side(nlp):
    between(run(nlp, "Peru supported the Organization of American States."), "ALLY_OF",
            "Peru", "Organization of American States")


@pytest.mark.parametrize("text", [
    "The Harbor Front, which until recently had aligned itself with the Nile Brigade, lost ground.",
    "Paul Green faulted Anna Kerr's reluctance to affirm her support for Peru.",
])
def test_no_ally_from_a_tie_that_ended_or_was_held_back(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text", [
    "The verdict may strain the increasingly brittle relationship between Chile and Peru.",
    "Chile's relationship with Peru has been prickly for decades.",
])
def test_a_relationship_described_as_gone_bad_is_enmity(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Chile", "Peru")


@pytest.mark.parametrize("text, a, b", [
    ("Seoul and Washington pledged to strengthen their alliance against North Korea.", "South Korea", "United States"),
    ("Japan and Australia vowed to deepen their friendship.", "Japan", "Australia"),
])
def test_their_alliance_is_had_whatever_is_pledged_of_it(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Seoul and Manila did not strengthen their alliance.",
    "Japan and Chile hope to expand their cooperation.",
])
def test_no_alliance_from_a_denied_act_or_a_sought_cooperation(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


def test_who_backed_stands_for_the_person_not_the_firm_before_it(nlp):
    # the parse takes the firm for the antecedent of "who": the person the apposition describes backed
    ex = run(nlp, "Tom Berger, the donor and co-founder of Acme Capital Partners who once backed Senator Ruth Keller, "
                  "is starting a new group.")
    between(ex, "ALLY_OF", "Tom Berger", "Ruth Keller")
    assert not any("Acme" in s or "Acme" in o for s, o, _ in rels(ex, "ALLY_OF"))


@pytest.mark.parametrize("text, a, b", [
    # one side takes up what the other does: "X joined Y in doing Z"
    ("Peru joined Chile in condemning the raid on Monday.", "Peru", "Chile"),
    ("Bolivia took command of the mission, joining Chile and Peru in guarding the border.", "Bolivia", "Peru"),
    ("Senator Ann Ruiz joined Governor Tom Baker in calling for a recount.", "Ann Ruiz", "Tom Baker"),
])
def test_joining_another_in_an_act_sides_with_them(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz may join Governor Tom Baker in calling for a recount.",
    "Senator Ann Ruiz refused to join Governor Tom Baker in calling for a recount.",
    "Senator Ann Ruiz joined the Army in 2005.",
    # fellow members of a party are no ally of the one who joins them
    "Senator Ann Ruiz is a Republican. On Friday, she joined other Republicans in attacking the plan.",
])
def test_no_ally_from_a_joining_planned_refused_or_of_a_body(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")
