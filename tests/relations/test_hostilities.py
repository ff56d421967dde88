"""ADVERSARY_OF from hostile acts (graph/relations/hostilities.py): a state's ships and forces
standing for it, an armed group's sites struck, territorial claims; from sentences written
for this test; negated ones and claims of no land stay out."""

import pytest

from ._helpers import between, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    # a state's ships fire at another's boat
    ("Peruvian navy vessels fired water cannon at a Chilean fishing boat on Monday.", "Peru", "Chile"),
    # an armed group's sites struck, named by the group
    ("Hamas fired rockets overnight. Egypt later shelled Hamas positions near the border.", "Egypt", "Hamas"),
    # land claimed of another state
    ("Bolivia claims a large part of Chile's territory.", "Bolivia", "Chile"),
    ("Ecuador claimed the islands of Peru in 1941.", "Ecuador", "Peru"),
])
def test_hostile_acts(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Bolivia does not claim Chile's territory.",
    "The group claimed responsibility for the attack on Chile's territory.",
    "Peruvian navy vessels fired flares into the sky.",
])
def test_no_claim_or_fire_without_a_side_hit(nlp, text):
    assert not [r for s, o, r in rels(run(nlp, text), "ADVERSARY_OF") if {s, o} == {"Bolivia", "Chile"}
                or {s, o} == {"Peru", "Chile"}]


@pytest.mark.parametrize("text, a, b", [
    ("Canada pledged on Monday to defend Iceland.", "Canada", "Iceland"),
    ("Senator Tom Baker vowed to support Maria Lopez in the fall.", "Tom Baker", "Maria Lopez"),
])
def test_a_pledge_to_stand_by_a_side_is_an_alliance(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Senator Tom Baker vowed to support Maria Lopez if she wins the primary.",
    "Senator Tom Baker did not pledge to support Maria Lopez.",
    "Senator Tom Baker may pledge to support Maria Lopez.",
])
def test_a_conditional_refused_or_possible_pledge_is_no_alliance(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Chile launched a counteroffensive against Peru in the north.", "Chile", "Peru"),
    ("Chile conducted air strikes on Peru overnight.", "Chile", "Peru"),
    ("Chile launched a military operation against Bolivia on Monday.", "Chile", "Bolivia"),
])
def test_a_military_act_launched_against_a_state(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Chile may launch a counteroffensive against Peru.",
    "Chile did not launch an attack on Peru.",
    "Chilean workers staged strikes against Peru's copper firm.",
])
def test_no_enmity_from_a_planned_or_denied_act_or_a_labour_strike(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Canada warned Chile against striking Peru.",  # the warner is no attacker, and the deed not done
    "Canada stopped Chile from attacking Peru's border posts.",
    "Canada dissuaded Chile from invading Peru.",
])
def test_a_deed_warned_against_or_kept_from_is_no_enmity(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Lithuania expelled three diplomats of Russia on Monday.", "Lithuania", "Russia"),
    ("Israel shelled positions of Hezbollah overnight.", "Israel", "Hezbollah"),
    ("Canada recalled its ambassador from India after the killing.", "Canada", "India"),
    ("Niger recalled its ambassador to France for consultations.", "Niger", "France"),
])
def test_an_act_against_what_a_state_holds_or_sends(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Mexico will recall its ambassador from Peru.",
    "Italy did not recall its ambassador from Egypt.",
    "Ford recalled its cars from Canada.",
])
def test_no_enmity_from_a_planned_denied_or_commercial_recall(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("The United States designated Hamas a terrorist organization.", "United States", "Hamas"),
    ("Britain has designated the Wagner Group as a terrorist organisation.", "United Kingdom", "Wagner Group"),
])
def test_a_side_listed_as_terrorist(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Brazil refused to designate Hezbollah a terrorist group.",
    "Argentina listed Hamas as a partner.",
])
def test_no_enmity_from_a_refused_listing_or_another_label(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_condemning_strikes_sets_the_judge_against_the_striker_not_the_struck(nlp):
    ex = run(nlp, "France condemned the strikes by Azerbaijan on Armenian border villages.")
    assert pairs(ex, "ADVERSARY_OF") == {frozenset(("France", "Azerbaijan"))}


def test_condemning_strikes_on_a_state_is_no_enmity_with_it(nlp):
    assert not rels(run(nlp, "Poland condemned the strikes on Ukraine."), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("In the 2012 Senate race, the union endorsed Ellen Marsh against Greg Dunn.", "Ellen Marsh", "Greg Dunn"),
    ("Carl Moss supported Ellen Marsh against Greg Dunn in the governor's race.", "Ellen Marsh", "Greg Dunn"),
    ("Carl Moss backed Ellen Marsh over Greg Dunn in the primary.", "Ellen Marsh", "Greg Dunn"),
    # an apposition between the one backed and "against": the parse hangs it on the name or the apposition
    ("Carl Moss supported Ellen Marsh, the former mayor who has since left the party, against Greg Dunn.",
     "Ellen Marsh", "Greg Dunn"),
    ("Carl Moss supported Ellen Marsh—the former mayor who has since left the party—against Greg Dunn.",
     "Ellen Marsh", "Greg Dunn"),
    # the rival by surname only
    ("Greg Dunn ran in 2012. That year Carl Moss supported Ellen Marsh, the former mayor, against Dunn.",
     "Ellen Marsh", "Greg Dunn"),
])
def test_support_for_one_person_against_another_sets_the_two_against_each_other(nlp, text, a, b):
    ex = run(nlp, text)
    between(ex, "ADVERSARY_OF", a, b)
    assert frozenset(("Carl Moss", b)) not in pairs(ex, "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Carl Moss did not support Ellen Marsh against Greg Dunn.",
    "Carl Moss did not support Ellen Marsh, the former mayor, against Greg Dunn.",
    "Carl Moss backed Ellen Marsh over her remarks about Greg Dunn.",
])
def test_no_race_from_refused_support_or_support_over_words(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # forces or a government helped stand for the leader or state they serve
    ("Caracas has been bolstering Mr. Ortega's army for a decade.", "Venezuela", "Ortega"),
    ("Peru supports the Bolivian government in the dispute.", "Peru", "Bolivia"),
    ("Chile bolstered Argentina with two new frigates.", "Chile", "Argentina"),
])
def test_help_to_forces_or_a_government_is_an_alliance(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


def test_help_to_a_campaign_names_no_ally(nlp):
    assert not rels(run(nlp, "The endorsement bolstered Maria Lopez's campaign in March."), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    # a coalition's strikes are its leader's, the leader glued to "-led" in one word or two
    ("The U.S.-led coalition's strikes on the Islamic State went on for weeks.", "United States", "Islamic State"),
    ("The Peru-led coalition's strikes on Hamas went on for weeks.", "Peru", "Hamas"),
    ("The U.S.-led coalition bombed Islamic State positions near the border.", "United States", "Islamic State"),
])
def test_a_coalitions_strikes_are_its_leaders(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_a_strike_of_workers_is_no_war(nlp):
    assert not rels(run(nlp, "The union's strikes against the carmaker went on for weeks."), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # the one acting named after "by"
    ("The invasion of Kuwait by Iraq began in 1990.", "Iraq", "Kuwait"),
    ("The attacks on Israel by Hezbollah continued.", "Hezbollah", "Israel"),
    # two nouns sharing their complement: the second is as hostile as the first
    ("A blockade or invasion of Taiwan by China would pull Japan into a conflict.", "China", "Taiwan"),
])
def test_a_hostile_act_by_a_named_side(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("France helped Chad defend itself against the rebels.", "France", "Chad"),
    ("Britain has pledged to help Ukraine defend itself.", "United Kingdom", "Ukraine"),
    ("The United States is bound by law to help Taiwan defend itself.", "United States", "Taiwan"),
])
def test_helping_a_side_defend_itself_is_an_alliance(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "France refused to help Chad defend itself.",
    "Germany may help Poland defend itself.",
])
def test_help_refused_or_possible_is_no_alliance(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")
