"""ADVERSARY_OF from the standing of a contest (graph/relations/contests.py): leads, trails,
"ahead of", victories over; from sentences written for this test. Hypothetical, negated and
non-contest readings ("led the delegation to Paris") stay out."""

import pytest

from ._helpers import between, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("Senator Jane Holt holds a narrow lead over Tom Baker in the latest poll.", "Jane Holt", "Tom Baker"),
    ("Governor Maria Lopez trails Tom Baker by six points.", "Maria Lopez", "Tom Baker"),
    ("Governor Maria Lopez is ahead of Tom Baker among older voters.", "Maria Lopez", "Tom Baker"),
    ("Tom Baker's victory over Maria Lopez in Ohio surprised analysts.", "Tom Baker", "Maria Lopez"),
    ("Governor Maria Lopez leads Tom Baker 48 percent to 41 percent.", "Maria Lopez", "Tom Baker"),
    ("Mayor Tom Baker won a landslide victory over Maria Lopez.", "Tom Baker", "Maria Lopez"),
    ("The survey finds Governor Maria Lopez with a small lead over Senator Tom Baker.", "Maria Lopez", "Tom Baker"),
    ("Senator Ann Ruiz has strong support, but still trails Mayor Tom Baker.", "Ann Ruiz", "Tom Baker"),
    ("Ann Ruiz spoke on Monday. She is behind Tom Baker in a number of polls.", "Ann Ruiz", "Tom Baker"),
    # "going into …" says when, not where the other is taken (the parse makes it the verb's
    # clause, and the other side its subject or the verb's object)
    ("Ann Ruiz trailed Tom Baker going into the convention.", "Ann Ruiz", "Tom Baker"),
    ("Ann Ruiz ran in 1996, when she trailed Governor Tom Baker heading into the summer.", "Ann Ruiz", "Tom Baker"),
    # regressions: the model ran the names across the verb ("Marsh led Dunn", one ORG) or read the
    # second name as part of the figure ("Trump 45 percent to 41 percent")
    ("Ellen Marsh and Greg Dunn campaigned in Ohio on Monday.\n\nIn the latest Washington Post-ABC News poll, "
     "conducted in May, Marsh led Dunn 47 percent to 39 percent among voters ages 18 to 39.", "Ellen Marsh", "Greg Dunn"),
    ("Hillary Clinton and Donald Trump held rallies in Ohio on Sunday.\n\nIn a new Quinnipiac survey, released in "
     "June, Clinton led Trump 45 percent to 41 percent among likely voters.", "Hillary Clinton", "Donald Trump"),
])
def test_standings_in_a_race_are_adversaries(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text, a, b", [
    ("Dana Whitfield and Carl Brandt held rallies on Sunday. A new survey found that Whitfield "
     "would beat Brandt 47 to 41 percent in a general election match-up.", "Dana Whitfield", "Carl Brandt"),
    ("Dana Whitfield and Carl Brandt held rallies on Sunday. In hypothetical matchups, Whitfield "
     "would beat Brandt by six points.", "Dana Whitfield", "Carl Brandt"),
])
def test_a_polls_head_to_head_is_a_standing(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Dana Whitfield and Carl Brandt held rallies. Whitfield would easily beat Brandt, one adviser predicted.",
    "Dana Whitfield and Carl Brandt held rallies. Whitfield would not beat Brandt in a head-to-head matchup.",
    "Dana Whitfield and Carl Brandt held rallies. Whitfield could beat Brandt 47 to 41 percent in a matchup.",
])
def test_no_matchup_from_a_forecast_a_negation_or_a_hedge(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "A victory over Mayor Tom Baker in Ohio could help Governor Maria Lopez.",
    "Governor Maria Lopez did not trail Mayor Tom Baker in any poll.",
    "Governor Maria Lopez led the delegation to Paris with Mayor Tom Baker.",
    "Governor Maria Lopez led Mayor Tom Baker into the hall.",
    "Governor Maria Lopez led Mayor Tom Baker to believe she would quit.",
    "Governor Maria Lopez watched Mayor Tom Baker going into the hall.",
    "Governor Maria Lopez stood behind Mayor Tom Baker at the rally.",
    "Senator Ann Ward said she is firmly behind Governor Tom Baker in the vote on the budget.",
    "If Governor Maria Lopez overtakes Mayor Tom Baker, the party will split.",
    "Governor Maria Lopez would easily beat Mayor Tom Baker, the poll suggests.",
])
def test_no_standing_from_hypothetical_negated_or_path_readings(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


def test_runners_in_one_race_are_rivals(nlp):
    ex = run(nlp, "Republican presidential nominee Dana Whitfield spoke in Ohio on Monday. "
                  "Democratic presidential candidate Lena Ortiz answered her on Tuesday.")
    assert pairs(ex, "ADVERSARY_OF") == {frozenset(("Dana Whitfield", "Lena Ortiz"))}


def test_a_front_runner_split_by_the_tokenizer_still_runs(nlp):
    # the hyphen splits "front-runner" and the role is written "front runner"
    ex = run(nlp, "Republican presidential candidate Dana Whitfield campaigned in Iowa on Monday. "
                  "Republican front-runner Carl Brandt held a rally in Ohio.")
    assert pairs(ex, "ADVERSARY_OF") == {frozenset(("Dana Whitfield", "Carl Brandt"))}


def test_front_runners_of_two_parties_lead_two_primaries(nlp):
    ex = run(nlp, "Republican front-runner Carl Brandt held a rally in Ohio on Monday. "
                  "Democratic presidential candidate Lena Ortiz was in Nevada.")
    assert not pairs(ex, "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    # a running mate is on one's own side
    "Republican presidential nominee Dana Whitfield spoke in Ohio. Vice presidential nominee Carl Brandt joined her.",
    # two races
    "Republican Senate candidate Dana Whitfield spoke in Ohio. Democratic presidential nominee Lena Ortiz did not.",
])
def test_no_rivals_across_a_ticket_or_two_races(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    # regressions: a nominee to a court, runners for two states' seats, an order of speakers
    "Republican presidential nominee Dana Whitfield met on Monday with Supreme Court nominee Carl Brandt.",
    "Ohio Senate candidate Dana Whitfield and Pennsylvania Senate candidate Carl Brandt spoke on Monday.",
    "Dana Whitfield spoke ahead of Carl Brandt at the rally.",
])
def test_no_rivals_from_appointments_other_seats_or_an_order_of_events(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


def test_a_bare_candidacy_is_in_the_articles_one_race(nlp):
    ex = run(nlp, "Republican presidential candidate Dana Whitfield toured the state. Democrat candidate Lena Ortiz did not.")
    assert pairs(ex, "ADVERSARY_OF") == {frozenset(("Dana Whitfield", "Lena Ortiz"))}


@pytest.mark.parametrize("text, a, b", [
    ("Governor Maria Lopez lost to Tom Baker in the Ohio primary.", "Maria Lopez", "Tom Baker"),
    ("Maria Lopez lost the nomination to Senator Tom Baker in 2008.", "Maria Lopez", "Tom Baker"),
    ("Maria Lopez conceded the race to Tom Baker on Tuesday night.", "Maria Lopez", "Tom Baker"),
])
def test_losing_to_someone_makes_rivals(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_a_loss_still_to_come_is_no_rivalry(nlp):
    assert not rels(run(nlp, "Maria Lopez could lose to Tom Baker in November."), "ADVERSARY_OF")
    assert not rels(run(nlp, "Maria Lopez conceded that Tom Baker had a point."), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "The council will not hold a vote on whether to endorse Democratic presidential candidates Maria Lopez or Tom Baker.",
    "Democratic presidential candidates Maria Lopez and Tom Baker spoke in Ohio on Monday.",
    # contenders and hopefuls are in one contest though its office goes unsaid
    "A student asked what he thought of the chances that Democratic contenders Maria Lopez or Tom Baker would win.",
    "Republican hopefuls Maria Lopez and Tom Baker spoke in Iowa on Monday.",
])
def test_runners_listed_under_one_title_of_one_race_are_rivals(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Maria Lopez", "Tom Baker")


@pytest.mark.parametrize("text", [
    "Former presidential candidates Maria Lopez and Tom Baker spoke in Ohio on Monday.",
    "Democratic candidates Maria Lopez and Tom Baker spoke in Ohio on Monday.",
    "Former contenders Maria Lopez and Tom Baker spoke in Iowa on Monday.",
])
def test_no_rivals_from_past_runners_or_runners_of_unsaid_races(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Republican contenders Maria Lopez and Tom Baker agreed on Monday to split the remaining primaries.",
    "Presidential hopefuls Maria Lopez and Tom Baker have teamed up to stop the front-runner.",
])
def test_listed_runners_who_act_as_one_are_no_rivals(nlp, text):
    assert frozenset(("Maria Lopez", "Tom Baker")) not in pairs(run(nlp, text), "ADVERSARY_OF")


def test_a_name_with_its_own_title_after_a_list_of_runners_is_not_one(nlp):
    ex = run(nlp, "The speech drew presidential contenders Maria Lopez and Tom Baker, and Democratic Gov. Carl Moss.")
    assert pairs(ex, "ADVERSARY_OF") == {frozenset(("Maria Lopez", "Tom Baker"))}


def test_a_bare_title_before_a_listed_runner_keeps_them_in_the_list(nlp):
    ex = run(nlp, "The debate featured Republican presidential candidates Sen. Maria Lopez (R-Fla.), Tom Baker and "
                  "Sen. Carl Moss.")
    between(ex, "ADVERSARY_OF", "Tom Baker", "Carl Moss")


def test_a_standing_glued_into_one_name_is_no_actor(nlp):
    """Regression: "Marsh led Dunn 47 percent to 39" gave an actor "Marsh led Dunn"."""
    ex = run(nlp, "Ellen Marsh and Greg Dunn campaigned in Ohio on Monday.\n\nIn the latest Washington Post-ABC News "
                  "poll, conducted in May, Marsh led Dunn 47 percent to 39 percent among voters ages 18 to 39.")
    assert sorted(e.name for e in ex.entities) == ["Ellen Marsh", "Greg Dunn", "Washington Post-ABC News"]


@pytest.mark.parametrize("text, a, b", [
    ("Governor Ellen Marsh took 58 percent of the vote to Greg Dunn's 42 percent in the runoff.", "Ellen Marsh", "Greg Dunn"),
    ("Ellen Marsh won 51 percent to Greg Dunn's 47 percent on Tuesday.", "Ellen Marsh", "Greg Dunn"),
])
def test_one_share_of_the_vote_set_against_anothers_is_a_race(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Ellen Marsh could win 51 percent to Greg Dunn's 47 percent, the model says.",
    "Ellen Marsh took 58 percent of the vote in the runoff, and Greg Dunn spoke later.",
])
def test_no_race_from_a_share_forecast_or_a_share_alone(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    # two states after one prize are rivals, as two candidates are
    ("Peru competes with Chile for influence in the Andes.", "Peru", "Chile"),
    ("Peru has long vied with Chile for trade in the Andes.", "Peru", "Chile"),
])
def test_states_vying_for_one_prize_are_adversaries(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


def test_firms_competing_are_no_adversaries(nlp):
    assert not rels(run(nlp, "Toyota competes with Honda for buyers in Peru."), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("The poll found that 43 percent of Ohio voters support Maria Lopez, and 42 percent support Tom Baker.",
     "Maria Lopez", "Tom Baker"),
    ("The survey shows Maria Lopez with 47 percent versus Tom Baker, who has 44 percent.", "Maria Lopez", "Tom Baker"),
    ("Maria Lopez has 45%, while Tom Baker has 44%.", "Maria Lopez", "Tom Baker"),
    ("Sixty percent of those voters opted for Maria Lopez, compared with 12 percent for Tom Baker.",
     "Maria Lopez", "Tom Baker"),
    ("Maria Lopez leads the field with 36 percent support, and Tom Baker is at 20 percent.", "Maria Lopez", "Tom Baker"),
    # regression: the second "support" read as a noun, its name as an apposition
    ("The poll found that 43% of Ohio voters support former Democratic governor Ann Ruiz, and 42% support "
     "Republican Sen. Tom Baker.", "Ann Ruiz", "Tom Baker"),
])
def test_two_persons_given_shares_of_one_poll_are_rivals(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Maria Lopez could get 45 percent, while Tom Baker would have 44 percent.",
    "Maria Lopez has a 45 percent approval rating, while Tom Baker has 40 percent.",
    "Maria Lopez cut taxes by 5 percent, and Tom Baker raised spending by 3 percent.",
    "Maria Lopez said 40 percent of voters were undecided and 12 percent backed Tom Baker.",
])
def test_no_race_from_forecast_shares_approval_or_other_figures(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz pulled within 3 points of Governor Tom Baker in the latest poll.",
    "Two polls show Ann Ruiz within four points of Tom Baker in Ohio.",
    "Senator Ann Ruiz came within 40 delegates of Tom Baker.",
])
def test_a_margin_within_which_one_runner_trails_another(nlp, text):
    between(run(nlp, text), "ADVERSARY_OF", "Ann Ruiz", "Tom Baker")


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz could pull within 3 points of Governor Tom Baker.",  # a guess
    "Senator Ann Ruiz arrived within two hours of Governor Tom Baker.",  # time, no margin
])
def test_no_margin_from_guesses_or_time(nlp, text):
    assert not pairs(run(nlp, text), "ADVERSARY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Governor Maria Lopez is now the chief alternative to Senator Tom Baker in the primary.", "Maria Lopez", "Tom Baker"),
    ("Maria Lopez held a rally in Dayton. She argued that she is the best alternative to Tom Baker.",
     "Maria Lopez", "Tom Baker"),
    ("Senator Ann Ruiz has emerged as a serious alternative to Governor Tom Baker.", "Ann Ruiz", "Tom Baker"),
    ("Many donors see Senator Ann Ruiz as the most viable alternative to Governor Tom Baker.", "Ann Ruiz", "Tom Baker"),
    ("Ann Ruiz and Greg Dunn toured Iowa this week to tout their viability as alternatives to Tom Baker.",
     "Greg Dunn", "Tom Baker"),
    ("The strongest alternative to Governor Tom Baker in this primary is Senator Ann Ruiz, the pollster said.",
     "Ann Ruiz", "Tom Baker"),
])
def test_a_runner_offered_as_anothers_alternative_is_a_rival(nlp, text, a, b):
    between(run(nlp, text), "ADVERSARY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Voters in Ohio are looking for an alternative to Governor Tom Baker, Senator Ann Ruiz said.",
    "If Senator Ann Ruiz were the alternative to Governor Tom Baker, the party would unite.",
    "Senator Ann Ruiz is no alternative to Governor Tom Baker, the editorial said.",
    "Senator Ann Ruiz proposed tax credits as an alternative to the plan of Governor Tom Baker.",
    "The only alternative to Governor Tom Baker is an open convention, Senator Ann Ruiz said.",
    "The strongest alternative to Governor Tom Baker is not Senator Ann Ruiz, the pollster said.",
])
def test_no_rival_from_an_alternative_sought_supposed_denied_or_to_a_plan(nlp, text):
    assert not rels(run(nlp, text), "ADVERSARY_OF")
