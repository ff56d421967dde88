"""Allies said with a noun that describes or names them (graph/relations/ally_nouns.py):
supporters, loyalists, donors, patrons, a state's friends, "among X's allies", "X's ally Y";
from sentences written for this test. Private ties, trade and ended ties stay out."""

import pytest

from ._helpers import between, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("Maria Lopez, a Reyes supporter, spoke at the rally on Sunday.", "Maria Lopez", "Reyes"),
    ("Senator Ann Dale, a former mayor and a Reyes supporter, wrote a letter.", "Ann Dale", "Reyes"),
    ("Maria Lopez is a longtime backer of Governor Tom Reyes.", "Maria Lopez", "Tom Reyes"),
])
def test_supporter_of_a_person_is_an_ally(nlp, text, a, b):
    # "a X supporter", "a backer of X", also second in a coordinated apposition
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    # the tagger takes the surname for an adjective: the one person of the text who bears it
    ("Donald Trump spoke in Buffalo. Rep. Mark Reyes, a Trump supporter, said the campaign would win.",
     "Mark Reyes", "Donald Trump"),
    # the name parsed as the apposition of the titled noun
    ("Donald Trump won Ohio. The dinner was hosted by Trump ally Tom Dyer on Monday.", "Tom Dyer", "Donald Trump"),
    # the apposition hung on the title before the name
    ("Ruth Keller won Iowa. \"It was a long night,\" said former Maine governor Paul Dean (D), a Keller supporter.",
     "Paul Dean", "Ruth Keller"),
])
def test_supporter_named_by_surname_or_titled_name(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


def test_supporter_of_a_surname_two_people_bear_relates_nothing(nlp):
    text = "Donald Trump and Ivana Trump spoke in Buffalo. Rep. Mark Reyes, a Trump supporter, said they would win."
    assert not [r for r in rels(run(nlp, text), "ALLY_OF") if r[0] == "Mark Reyes"]


def test_supporters_without_a_named_side_relate_nothing(nlp):
    assert rels(run(nlp, "The senator's supporters rallied in Lima on Sunday."), "ALLY_OF") == []


@pytest.mark.parametrize("text, a, b", [
    ("Governor Ann Ruiz spoke in Ohio. Carl Moss, a longtime Ruiz loyalist, spoke too.", "Carl Moss", "Ann Ruiz"),
    ("Carl Moss, a surrogate for Governor Ann Ruiz, spoke on Monday.", "Carl Moss", "Ann Ruiz"),
    # what the subject "served as" is, as "is" would say it
    ("Carl Moss served as a top surrogate for Governor Ann Ruiz in Iowa.", "Carl Moss", "Ann Ruiz"),
])
def test_loyalists_and_surrogates(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Carl Moss will serve as a surrogate for Governor Ann Ruiz in Iowa.",
    "Carl Moss did not serve as a surrogate for Governor Ann Ruiz.",
])
def test_no_surrogate_from_a_plan_or_a_negation(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


def test_an_ally_noun_titling_a_name(nlp):
    between(run(nlp, "Governor Ann Ruiz spoke. Longtime Ruiz ally Carl Moss spoke after her."),
            "ALLY_OF", "Carl Moss", "Ann Ruiz")


def test_no_ally_from_a_post_at_a_state(nlp):
    assert not rels(run(nlp, "Kremlin confidant Carl Moss met the envoy."), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Lima counts Chile and Bolivia among its closest allies.", "Chile", "Peru"),
    ("Chile has been among Peru's staunchest backers since the war began.", "Chile", "Peru"),
])
def test_among_someones_allies(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Chile is no longer among Peru's allies.",
    "Chile could be among Peru's allies.",
    "Chile is among Peru's largest trading partners.",
])
def test_not_among_allies_when_past_possible_or_trade(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Norway, a longtime friend of Iceland, offered help.", "Norway", "Iceland"),
    ("Serbia, Moscow's closest friend in the region, abstained.", "Serbia", "Russia"),
])
def test_friends_are_allies(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


def test_no_side_from_a_private_friend(nlp):
    ex = run(nlp, "Omar Reid, a longtime friend of Tom Hale, spoke first.")
    assert frozenset(("Omar Reid", "Tom Hale")) not in pairs(ex, "ALLY_OF")
    assert not rels(ex, "ADVERSARY_OF"), ex.relations


@pytest.mark.parametrize("text, a, b", [
    # a state's patron or protector in apposition
    ("Brazil, Paraguay's traditional protector, has proposed a truce.", "Brazil", "Paraguay"),
    ("Qatar, Hamas's main patron, denied the report.", "Qatar", "Hamas"),
    # an ally in apposition to an object, owned by "its": the clause's subject's ally
    ("Serbia thanked Hungary, its closest ally, for the vote.", "Hungary", "Serbia"),
])
def test_patrons_and_its_allies(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    # a person's patronage is a sponsor's, no side taken in politics
    "The Royal Ballet opened its season on Friday. Prince Edward, a patron of the Royal Ballet, attended the gala "
    "with Mayor Ana Lund.",
    "Maria Costa, a protector of the Amazon, met President Luis Mora in Brasilia.",
])
def test_a_persons_patron_or_protector_noun_is_no_ally(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


def test_a_trading_partner_owned_by_its_is_no_ally(nlp):
    assert not rels(run(nlp, "Serbia thanked Hungary, its largest trading partner, for the deal."), "ALLY_OF")


def test_a_coalition_partner_is_an_ally(nlp):
    # Parties governing together are allies to a reader of domestic politics; "coalition" was
    # listed with "trading" among partners who are no allies.
    between(run(nlp, "The Greens, a coalition partner of the Liberal Party, said they would stay in government."),
            "ALLY_OF", "Greens", "Liberal Party")


def test_a_supporter_of_a_candidates_bid_is_the_candidates_ally(nlp):
    between(run(nlp, "Mayor Ada Quist, a supporter of Senator Paul Renner's 2020 bid for governor, spoke first."),
            "ALLY_OF", "Ada Quist", "Paul Renner")


@pytest.mark.parametrize("text, a, b", [
    ("Paul Green, who is a longtime ally of Anna Kerr, spoke in Dayton.", "Paul Green", "Anna Kerr"),
    ("Paul Green, the banker who was an early investor in a chip firm and a past backer of Sen. Anna Kerr, "
     "joined the board.", "Paul Green", "Anna Kerr"),
    ("Estonia, a country that is a close ally of Finland, sent engineers.", "Estonia", "Finland"),
])
def test_an_ally_said_in_a_relative_clause_is_the_named_ones(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


def test_no_ally_from_a_relative_clause_that_denies_it(nlp):
    ex = run(nlp, "Paul Green, who is no longer an ally of Anna Kerr, spoke in Dayton.")
    assert not pairs(ex, "ALLY_OF")


@pytest.mark.parametrize("text", [
    "Anna Kerr spoke in Ohio. Paul Green, a major donor to Kerr's campaign, paid for the plane.",
    "Anna Kerr spoke in Ohio. Paul Green is one of Kerr's biggest donors.",
    "Anna Kerr spoke in Ohio. Paul Green is a Kerr donor.",
])
def test_a_candidates_donor_is_an_ally(nlp, text):
    between(run(nlp, text), "ALLY_OF", "Paul Green", "Anna Kerr")


@pytest.mark.parametrize("text", [
    "Paul Green, a Republican donor, paid for the plane.",
    "Paul Green, a donor to the Red Cross, paid for the plane.",
    "Anna Kerr spoke in Ohio. Paul Green is not a Kerr donor.",
])
def test_no_ally_from_a_partys_or_a_causes_donor_or_a_denial(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


def test_no_ally_from_an_ally_noun_of_a_tie_that_ended(nlp):
    assert not pairs(run(nlp, "Until recently, Chile was a close ally of Peru."), "ALLY_OF")


@pytest.mark.parametrize("text, b", [
    ("Anna Kerr spoke in Reno. Kerr's longtime ally Paul Green spoke next.", "Paul Green"),
    ("Anna Kerr spoke in Reno. Kerr's allies, Paul Green and Tom Baker, spoke next.", "Tom Baker"),
    ("Anna Kerr thanked her allies, including Paul Green and Tom Baker.", "Paul Green"),
])
def test_a_persons_ally_named_after_the_noun(nlp, text, b):
    between(run(nlp, text), "ALLY_OF", "Anna Kerr", b)


def test_a_former_ally_named_after_the_noun_is_none(nlp):
    assert not pairs(run(nlp, "Anna Kerr spoke in Reno. Kerr's former ally Paul Green spoke next."), "ALLY_OF")


def test_a_states_donor_is_its_ally(nlp):
    between(run(nlp, "Germany is Ukraine's largest donor."), "ALLY_OF", "Germany", "Ukraine")


def test_a_donor_of_ones_own_country_is_no_ally_of_it(nlp):
    assert not rels(run(nlp, "Lisa Ray, a U.S. donor, gave money to the museum."), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    # a state's ally named in apposition to "its ally" ("its" is the clause's subject)
    ("Chile sent two frigates to its ally Peru.", "Chile", "Peru"),
    ("Chile sent two frigates to its ally, Ecuador, on Monday.", "Chile", "Ecuador"),
])
def test_a_states_own_ally_named_after_its(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Paul Green is one of a handful of supporters of Anna Kerr.",
    "Paul Green is one of a small group of Anna Kerr's closest allies.",
])
def test_one_of_a_band_of_allies_is_an_ally(nlp, text):
    between(run(nlp, text), "ALLY_OF", "Paul Green", "Anna Kerr")


def test_not_one_of_a_band_of_allies_is_no_ally(nlp):
    assert not pairs(run(nlp, "Paul Green is not one of a handful of supporters of Anna Kerr."), "ALLY_OF")


def test_a_campaigner_for_a_person_is_an_ally_one_for_a_group_is_not(nlp):
    between(run(nlp, "Paul Green, a longtime campaigner for Senator Anna Kerr, spoke in Dayton."),
            "ALLY_OF", "Paul Green", "Anna Kerr")
    assert not pairs(run(nlp, "Paul Green, a campaigner for Oxfam International, met Anna Kerr."), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    # the parse takes the noun for an adjective of the second name and hangs the first elsewhere
    ("Guests mingled with a chef and Paul Ridley surrogate Lisa Harmon at the party.", "Lisa Harmon", "Paul Ridley"),
    ("The motion was opposed by senior Ruth Keller surrogate Rep. Mark Dalton last week.", "Mark Dalton", "Ruth Keller"),
])
def test_an_ally_noun_between_two_full_names(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


def test_an_ally_noun_after_a_bare_surname_the_tagger_missed(nlp):
    # "Ortega" alone, before the noun, is the one Ortega of the story; the parse hangs the name
    # on "donor" as its object
    ex = run(nlp, "Senator Marco Ortega spoke in Ohio. Records show that Ortega donor Carl Dean Moss IV—a grain "
                  "trader from Tulsa—paid for the mailers.")
    between(ex, "ALLY_OF", "Carl Dean Moss IV", "Marco Ortega")


def test_no_ally_from_a_former_surrogate_between_names(nlp):
    # the noun must title one person: a former surrogate is no ally now
    ex = run(nlp, "Reporters spoke with former Paul Ridley surrogate Lisa Harmon on Friday.")
    assert frozenset(("Lisa Harmon", "Paul Ridley")) not in pairs(ex, "ALLY_OF")
