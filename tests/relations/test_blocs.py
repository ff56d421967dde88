"""States in blocs and alliances (graph/relations/blocs.py): membership said with a noun,
members listed after the bloc, allies listed by example, close relationships, pacts, arms
supplies; from sentences written for this test."""

import pytest

from ._helpers import between, has, rels, run


@pytest.mark.parametrize("text, member, bloc", [
    ("Britain's membership of the European Union was debated in Parliament.", "United Kingdom", "European Union"),
    ("NATO members Poland and Estonia raised their budgets.", "Estonia", "NATO"),
    ("The EU said no. EU member states such as Spain and Portugal objected.", "Portugal", "European Union"),
    ("The EU said no. Spain and Portugal, both EU member states, objected.", "Spain", "European Union"),
])
def test_membership_forms(nlp, text, member, bloc):
    has(run(nlp, text), "MEMBER_OF", member, bloc)


def test_a_bid_for_membership_is_no_membership(nlp):
    assert not rels(run(nlp, "Ukraine's bid for NATO membership stalled in Brussels."), "MEMBER_OF")


@pytest.mark.parametrize("text, a, b", [
    ("The United States and allies such as Japan and Australia condemned the test.", "Australia", "United States"),
    ("Washington's allies, including Japan and Australia, condemned the test.", "Japan", "United States"),
    ("The special relationship between Britain and the United States endured.", "United Kingdom", "United States"),
    ("Peru and Chile signed a strategic partnership in 2019.", "Peru", "Chile"),
    ("Defence cooperation between Peru and Chile has grown.", "Peru", "Chile"),
    ("Russia is Syria's main arms supplier.", "Russia", "Syria"),
    ("Iran is a major arms supplier to Syria.", "Iran", "Syria"),
    ("Peru and Chile are close allies.", "Peru", "Chile"),
    ("Chile's backers include Peru and Canada.", "Canada", "Chile"),
    ("Peru sent weapons to Chile.", "Peru", "Chile"),
    ("Iran supplied Syria with missiles.", "Iran", "Syria"),
])
def test_state_alliance_forms(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Peru and Chile signed a trade pact in 2019.",
    "Russia, Europe's main gas supplier, condemned the strike.",
    "Peru and Chile are not allies.",
    "Peru refused to send weapons to Chile.",
    "Canada gave Peru humanitarian aid.",
    "Economic cooperation between Peru and Chile has grown.",
])
def test_trade_refusals_and_negations_make_no_allies(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b, pred", [
    ("Peru and Chile are longtime rivals.", "Peru", "Chile", "ADVERSARY_OF"),
    ("Tom Baker and Maria Lopez are bitter rivals.", "Tom Baker", "Maria Lopez", "ADVERSARY_OF"),
    ("Peru and Bolivia fought a war in 1879.", "Peru", "Bolivia", "ADVERSARY_OF"),
    ("Iranian-backed Hezbollah fired rockets into Israel.", "Iran", "Hezbollah", "ALLY_OF"),
    ("The Russian-backed separatist leader Igor Plotnik spoke on Monday.", "Russia", "Igor Plotnik", "ALLY_OF"),
    ("Israel fought Hamas. The Israel-Hamas war began in October.", "Israel", "Hamas", "ADVERSARY_OF"),
    ("Israel struck Iran on Friday.", "Israel", "Iran", "ADVERSARY_OF"),
])
def test_sides_said_of_a_pair(nlp, text, a, b, pred):
    between(run(nlp, text), pred, a, b)


def test_a_name_between_is_not_the_side_backed(nlp):
    ex = run(nlp, "The Houthis said they fired missiles. The Iran-backed Houthis control Sanaa.")
    assert not any("Sanaa" in (s, o) for s, o, _ in rels(ex, "ALLY_OF"))


@pytest.mark.parametrize("text", ["Peru and Chile are not rivals.", "Peru could strike Bolivia next week."])
def test_no_enmity_when_denied_or_possible(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Chile has signed a defence cooperation agreement with Peru.", "Chile", "Peru"),
    ("Chile and Peru signed a security agreement on Monday.", "Chile", "Peru"),
    ("Chile and Peru met in Lima on Monday, deepening a strategic partnership.", "Chile", "Peru"),
])
def test_defence_agreements_and_deepened_partnerships_make_allies(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a nuclear deal on Monday.",
    "Chile signed a trade and security agreement with Peru.",
    "Chile and Peru signed an agreement on fishing quotas.",
])
def test_other_agreements_make_no_allies(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Chile and Peru held joint naval drills in May.", "Chile", "Peru"),
    ("Chile, which has joined joint patrols with Peru, welcomed the ruling.", "Chile", "Peru"),
])
def test_joint_drills_and_patrols_make_allies(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Chile and Peru plan to hold joint drills next year.",
    "Chile and Peru did not hold joint drills this year.",
    "Chile held naval drills near Peru.",
])
def test_no_allies_from_drills_planned_denied_or_alone(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Georgia has bought artillery from Greece and Spain.", "Georgia", "Spain"),
    ("Egypt received fighter jets from France last year.", "Egypt", "France"),
])
def test_a_buyer_of_arms_sides_with_the_seller(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


def test_arms_to_come_are_no_alliance(nlp):
    assert not rels(run(nlp, "Chile plans to buy tanks from Peru."), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    # two states said to be friends or partners to each other
    ("Chile and Uruguay are steadfast friends and strategic partners.", "Chile", "Uruguay"),
    ("Officials said Peru and Ecuador are close partners.", "Peru", "Ecuador"),
    # arms sold to a side: named with the seller's modifier, or made by the subject
    ("Bolivia condemned the latest Chilean arms sales to Paraguay.", "Chile", "Paraguay"),
    ("Sweden approved weapons deliveries to Estonia in May.", "Sweden", "Estonia"),
])
def test_friends_partners_and_arms_sales(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Peru and Ecuador are major trading partners.",
    "Tom Baker and Jane Holt are old friends.",
    "Bolivia opposes arms sales to Paraguay.",
    "Sweden may approve weapons deliveries to Estonia.",
    "Sweden approved grain deliveries to Estonia.",
])
def test_no_ally_from_trade_private_friends_or_others_sales(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text", [
    "NATO's eastern members, including Norway and Estonia, have asked for more troops.",
    "NATO's northernmost members, particularly Norway and Estonia, have asked for more ships.",
])
def test_members_listed_after_a_blocs_own_members(nlp, text):
    ex = run(nlp, text)
    has(ex, "MEMBER_OF", "Norway", "NATO")
    has(ex, "MEMBER_OF", "Estonia", "NATO")
