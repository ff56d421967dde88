"""ROLE at a seat of office below the country (graph/relations/seats.py): a governor, senator,
mayor or representative holds office for a state or a city, said before the name, in an
apposition or in the "(R-Tex.)" parenthesis; sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, holder, place", [
    ("Ohio Gov. Mark Dalton said on Tuesday that he would run again.", "Mark Dalton", "Ohio"),
    ("Nevada Governor Lisa Harmon told reporters the budget was balanced.", "Lisa Harmon", "Nevada"),
    ("Texas Sen. Paul Ridley criticized the plan.", "Paul Ridley", "Texas"),
    ("Ohio Lt. Gov. Mary Dalton said the budget was balanced.", "Mary Dalton", "Ohio"),
    ("Sen. Paul Ridley (R-Tex.) criticized the plan.", "Paul Ridley", "Texas"),
    ("Sen. Paul Ridley, I-Vt., criticized the plan.", "Paul Ridley", "Vermont"),
    ('"It will pass," said Sen. Paul Ridley, R-S.C. \u201cWe have the votes.\u201d', "Paul Ridley", "South Carolina"),
    ("The plan was criticized by Sen. Paul Ridley, D-N.Y.", "Paul Ridley", "New York"),
    ("Rep. Ann Morrow (D-Calif.) said the bill would fail.", "Ann Morrow", "California"),
    ("Rep. Ann Morrow (D-N.Y.) said the bill would fail.", "Ann Morrow", "New York"),
    ("The mayor of Chicago, Tom Baker, said the city was ready.", "Tom Baker", "Chicago"),
    ("Tom Baker, the mayor of Chicago, said the city was ready.", "Tom Baker", "Chicago"),
    ("Paul Ridley, a senator from Oregon, said the bill would fail.", "Paul Ridley", "Oregon"),
    ("Paul Ridley, the independent Oregon senator, said the bill would fail.", "Paul Ridley", "Oregon"),
    ("Sen. Paul Ridley and Gov. Ann Morrow met. The Oregon senator said the bill would fail.",
     "Paul Ridley", "Oregon"),
])
def test_office_below_the_country_is_held_at_its_place(nlp, text, holder, place):
    r = has(run(nlp, text), "ROLE", holder, place)
    assert r.role


@pytest.mark.parametrize("text", [
    "The mayor of London, Tom Baker, said the city was ready.",
    "London's mayor, Tom Baker, said the city was ready.",
    "Critics attacked London's newly elected mayor Tom Baker on Monday.",
    # the country named by its own name leaves the capital a city
    "Britain will wait for the vote, Ann Lowe said. Critics attacked London's newly elected mayor Tom Baker.",
])
def test_a_capitals_mayor_holds_office_in_the_city_not_the_country(nlp, text):
    ex = run(nlp, text)
    has(ex, "ROLE", "Tom Baker", "London")
    assert not any(o == "United Kingdom" for s, o, _ in rels(ex, "ROLE"))


def test_national_posts_keep_their_country_and_a_party_letter_its_party(nlp):
    ex = run(nlp, "British Prime Minister Tom Hale met Texas Gov. Mark Dalton, and Sen. Ann Morrow (D-Calif.) watched.")
    has(ex, "ROLE", "Tom Hale", "United Kingdom")
    has(ex, "ROLE", "Mark Dalton", "Texas")
    has(ex, "ROLE", "Ann Morrow", "California")
    has(ex, "ROLE", "Ann Morrow", "Democratic Party")
    assert not any(o == "United Kingdom" for s, o, _ in rels(ex, "ROLE") if s == "Mark Dalton")


def test_a_former_governor_is_said_former(nlp):
    r = has(run(nlp, "Former Ohio Gov. Mark Dalton spoke at the dinner."), "ROLE", "Mark Dalton", "Ohio")
    assert "former" in r.role


def test_a_described_office_with_two_holders_names_no_one(nlp):
    ex = run(nlp, "Sen. Paul Ridley and Sen. Ann Morrow met. The Oregon senator said the bill would fail.")
    assert not [r for r in rels(ex, "ROLE") if r[1] == "Oregon"]


@pytest.mark.parametrize("text, holders", [
    ("Sen. Paul Ridley of Oregon said the bill would fail.", [("Paul Ridley", "Oregon")]),
    ("Rep. Gina Lowell of Colorado praised the plan.", [("Gina Lowell", "Colorado")]),
    ("Sens. Mark Dalton of Idaho and Lisa Harmon of Maine voted against the bill.",
     [("Mark Dalton", "Idaho"), ("Lisa Harmon", "Maine")]),
    ("Several senators face re-election, among them Tom Baker of Nevada and Ann Morrow of Iowa.",
     [("Tom Baker", "Nevada"), ("Ann Morrow", "Iowa")]),
    ("The Republican senators running for president -- Tom Baker of Texas, Ann Morrow of South Carolina "
     "and Lisa Harmon of Florida -- all voted.",
     [("Tom Baker", "Texas"), ("Ann Morrow", "South Carolina"), ("Lisa Harmon", "Florida")]),
    ("Sen. Gina Lowell spoke first. Later, Gina Lowell of Colorado praised the plan.", [("Gina Lowell", "Colorado")]),
    ("The risks are high for senators up for re-election next year in swing states, among them Tom Baker of "
     "Nevada, Ann Morrow of Iowa and Lisa Harmon of Ohio.",
     [("Tom Baker", "Nevada"), ("Ann Morrow", "Iowa"), ("Lisa Harmon", "Ohio")]),
])
def test_a_state_after_the_name_is_the_seat_an_office_says(nlp, text, holders):
    ex = run(nlp, text)
    for holder, place in holders:
        assert has(ex, "ROLE", holder, place).role in ("senator", "representative")


def test_a_former_senator_of_a_state_is_said_former(nlp):
    r = has(run(nlp, "Former Sen. Gina Lowell of Colorado praised the plan."), "ROLE", "Gina Lowell", "Colorado")
    assert r.role == "former senator"


@pytest.mark.parametrize("text", [
    "Gina Lowell of Colorado, a retired nurse, praised the plan.",
    "Voters such as Tom Baker of Nevada and Ann Morrow of Iowa said they were undecided.",
    "Voters, including Tom Baker of Nevada and Ann Morrow of Iowa, signed the letter.",
])
def test_a_state_after_a_name_without_an_office_is_no_seat(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


@pytest.mark.parametrize("text", [
    "Pat Lee (Calif.), a nurse who voted for the measure, said it would pass.",
    "Jane Doe (Georgia) won the 400 meters; Mary Poe (Texas) was second.",
])
def test_a_bare_state_in_brackets_without_an_office_is_no_seat(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


def test_a_bare_state_in_brackets_after_a_title_is_the_seat(nlp):
    assert has(run(nlp, "Sen. Paul Ridley (Ariz.) said the bill would pass."), "ROLE", "Paul Ridley",
               "Arizona").role == "senator"


@pytest.mark.parametrize("text, holders", [
    ("Sens. Ann Dole (Ariz.) and Bob Rice (Iowa) have since condemned the remarks.",
     [("Ann Dole", "Arizona"), ("Bob Rice", "Iowa")]),
    ("Republicans Ann Dole (R-Ariz.), Lee Park (Utah) and Bob Rice (Iowa) voted against the bill.",
     [("Ann Dole", "Arizona"), ("Lee Park", "Utah"), ("Bob Rice", "Iowa")]),
])
def test_a_full_state_in_brackets_in_a_list_of_legislators_is_the_seat(nlp, text, holders):
    """One item's party letter or congressional abbreviation makes the list one of legislators,
    so a full state name in another item's brackets is that one's seat too."""
    ex = run(nlp, text)
    for holder, place in holders:
        has(ex, "ROLE", holder, place)


def test_full_states_in_brackets_in_a_list_without_a_legislators_mark_are_no_seats(nlp):
    assert not rels(run(nlp, "The winners were Mary Poe (Texas) and Bob Rice (Iowa)."), "ROLE")


@pytest.mark.parametrize("text, place, role", [
    ("Tom Becker, the former governor of Nebraska and former mayor of Omaha, talked about jobs.", "Nebraska",
     "former governor"),
    ("Tom Becker, the former governor of Nebraska and former mayor of Omaha, talked about jobs.", "Omaha",
     "former mayor"),
    ("Lisa Moss, the mayor of Tulsa and a former senator from Oklahoma, spoke on Friday.", "Oklahoma",
     "former senator"),
])
def test_a_former_seat_in_apposition_is_a_role_said_former(nlp, text, place, role):
    holder = text.split(",")[0]
    assert has(run(nlp, text), "ROLE", holder, place).role == role


def test_a_described_office_is_not_given_to_one_seated_elsewhere(nlp):
    ex = run(nlp, "Mark Hill, who leads in many polls, spoke about trade during a rally with Sen. Ann Ruiz, "
                  "R-Iowa. The Florida senator told reporters he felt good.")
    has(ex, "ROLE", "Ann Ruiz", "Iowa")
    has(ex, "ROLE", "Mark Hill", "Florida")
    assert ("Ann Ruiz", "Florida") not in {(s, o) for s, o, _ in rels(ex, "ROLE")}


def test_a_datelines_state_is_not_the_seat_of_the_title_after_it(nlp):
    ex = run(nlp, "SPRINGFIELD, Ill. - Sen. Paul Ridley of Texas said on Monday that he would run.")
    has(ex, "ROLE", "Paul Ridley", "Texas")
    assert not [o for s, o, _ in rels(ex, "ROLE") if o in ("Illinois", "Ill.")]


@pytest.mark.parametrize("text, holder, place, role", [
    ("Nora Quill spoke first. The suit was filed by Oregon Attorney General Tom Keller on Monday.",
     "Tom Keller", "Oregon", "attorney general"),
    ("Nora Quill spoke first. The memo came from former Kansas Attorney General Dana Pike.",
     "Dana Pike", "Kansas", "former attorney general"),
])
def test_a_states_attorney_general_holds_office_at_the_state(nlp, text, holder, place, role):
    assert has(run(nlp, text), "ROLE", holder, place).role == role


def test_a_titled_name_the_parse_hangs_on_its_place_keeps_the_seat(nlp):
    """ "backed Oregon Senator X": the parse makes the state the object and the name its apposition."""
    ex = run(nlp, "Nora Quill spoke first. The donor once backed Oregon Senator Tom Varga in the primary.")
    has(ex, "ROLE", "Tom Varga", "Oregon")


def test_a_place_after_a_preposition_is_no_seat_of_the_title_after_it(nlp):
    ex = run(nlp, "Nora Quill spoke first. In Oregon Senator Tom Varga won easily.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Tom Varga" and o == "Oregon"]


def test_an_abbreviated_state_before_a_title_is_named_as_the_state(nlp):
    ex = run(nlp, "Nora Quill spoke first. The vote went to S.C. Rep. Tom Varga on Monday.")
    has(ex, "ROLE", "Tom Varga", "South Carolina")


@pytest.mark.parametrize("text, holder, place, role", [
    ("Nora Quill spoke first. Tom Varga, who has been governor of Ohio since 2011, said the plan would fail.",
     "Tom Varga", "Ohio", "governor"),
    ("Nora Quill spoke first. Tom Varga is the mayor of Denver.", "Tom Varga", "Denver", "mayor"),
    ("Nora Quill spoke first. Dana Pike, who was mayor of Denver in the 1990s, backed the plan.",
     "Dana Pike", "Denver", "former mayor"),
])
def test_a_seat_said_by_a_copula_is_held_there(nlp, text, holder, place, role):
    """ "X, who is governor of Ohio," / "X is the mayor of Denver": the copula's seat office,
    as an apposition's ("X, the governor of Ohio,")."""
    assert has(run(nlp, text), "ROLE", holder, place).role == role


def test_a_seat_said_by_a_spell_as_the_office_is_held_there(nlp):
    """ "in his time as governor of Ohio": the possessive's post."""
    ex = run(nlp, "Nora Quill spoke first. Chris Morton said he had fought for the bills in his time as "
                  "governor of Ohio.")
    has(ex, "ROLE", "Chris Morton", "Ohio")


def test_a_seat_said_by_ones_experience_as_the_office_is_held_there(nlp):
    ex = run(nlp, "Nora Quill spoke first. Chris Morton cited his experience as governor of Ohio.")
    has(ex, "ROLE", "Chris Morton", "Ohio")


def test_a_wished_seat_is_no_seat(nlp):
    ex = run(nlp, "Nora Quill spoke first. Rita Lane wanted to be governor of Ohio.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Rita Lane"]


@pytest.mark.parametrize("text, holder, role", [
    ("Lawmakers in Nebraska met on Monday. Gov. Lena Brandt said the budget would pass, and "
     "Lt. Gov. Omar Fisk agreed.", "Lena Brandt", "governor"),
    ("Lawmakers in Nebraska met on Monday. Gov. Lena Brandt said the budget would pass, and "
     "Lt. Gov. Omar Fisk agreed.", "Omar Fisk", "lieutenant governor"),
    ("Nebraska lawmakers met on Monday. Former Gov. Lena Brandt said the budget would pass.",
     "Lena Brandt", "former governor"),
])
def test_a_bare_governor_is_the_governor_of_the_one_state_of_the_story(nlp, text, holder, role):
    assert has(run(nlp, text), "ROLE", holder, "Nebraska").role == role


@pytest.mark.parametrize("text", [
    # two states named: whose governor is not said
    "Candidates toured Nebraska and Kansas. Gov. Lena Brandt said the budget would pass.",
    # the state only in another paragraph: the governor may be anyone's, visiting
    "Candidates toured Nebraska on Monday.\n\nGov. Lena Brandt said the race was close.",
])
def test_a_bare_governor_gets_no_state_the_story_does_not_settle(nlp, text):
    assert not [r for r in rels(run(nlp, text), "ROLE") if r[0] == "Lena Brandt"]


@pytest.mark.parametrize("text, holder, place, role", [
    ("Tucson has drawn new employers every year, Mayor Ted Ruiz noted.", "Ted Ruiz", "Tucson", "mayor"),
    ("After the flood in Houston, residents called on Mayor Ann Lee to rebuild the levee.",
     "Ann Lee", "Houston", "mayor"),
    ("Former Mayor Tom Reddy said Boston could not pay for the new stadium.", "Tom Reddy", "Boston", "former mayor"),
])
def test_a_bare_mayor_is_the_mayor_of_the_one_city_of_the_sentence(nlp, text, holder, place, role):
    assert has(run(nlp, text), "ROLE", holder, place).role == role


@pytest.mark.parametrize("text", [
    # two cities named: whose mayor is not said
    "Mayor Ann Lee flew from Dayton to Toledo on Monday.",
    # the city only in another sentence: the mayor may be anyone's, visiting
    "Dayton voted on Monday. Mayor Ann Lee said the race was close.",
    # a country or a state is no city
    "Mayor Ann Lee said Ohio would pay for the levee.",
    # the city deep in another clause: where something else happens
    "Reading a report by engineers warning of floods in Houston, residents urged Mayor Ann Lee to act.",
])
def test_a_bare_mayor_gets_no_city_the_sentence_does_not_settle(nlp, text):
    assert not [r for r in rels(run(nlp, text), "ROLE") if r[0] == "Ann Lee"]


def test_a_seat_in_apposition_to_a_surname_the_model_took_for_a_body(nlp):
    # the model tags the lone "Marsh" ORG; the index knows it is Tom Marsh
    ex = run(nlp, "Pia Lund and Tom Marsh met voters on Monday. The contest between Lund, a former first lady "
                  "and senator, and Marsh, a U.S. senator from Vermont, is the first real primary in Kentucky.")
    has(ex, "ROLE", "Tom Marsh", "Vermont")


@pytest.mark.parametrize("text, holder, place", [
    ("The deal was written by a group that included the embattled Sen. Dale Rourke (D-NJ), aides said.",
     "Dale Rourke", "New Jersey"),
    ("Voters in Tampa cheered the establishment-backed Sen. Lena Ortiz (R-FL) on Monday.",
     "Lena Ortiz", "Florida"),
])
def test_a_titled_name_with_an_article_keeps_its_seat(nlp, text, holder, place):
    """ "the now-indicted Sen. X (D-N.J.)": the office before the name makes it the holder,
    not a type the person is compared to."""
    assert has(run(nlp, text), "ROLE", holder, place).role == "senator"


def test_an_untitled_name_with_an_article_is_still_no_seat(nlp):
    ex = run(nlp, "Sen. Tom Varga (R-Texas) spoke. Fans called the Texas senator the next Sam Houston.")
    assert not [s for s, o, _ in rels(ex, "ROLE") if s == "Sam Houston"]


def test_a_post_after_a_list_of_names_is_the_last_ones(nlp):
    # the parse hangs the apposition on the list's first name
    ex = run(nlp, "The coverage went to front-runners Warren, Sanders and Bush, the Texas senator, this week.")
    has(ex, "ROLE", "Bush", "Texas")
    assert not any(s == "Warren" for s, _, _ in rels(ex, "ROLE"))


def test_a_post_after_a_list_ending_in_no_person_is_nobodys(nlp):
    # the last surname typed as an organisation: the post is not the first name's either
    ex = run(nlp, "Most of the coverage went to front-runners Sanders, Bush and Christie, the New Jersey governor, "
                  "this week.")
    assert not any(s == "Sanders" for s, _, _ in rels(ex, "ROLE"))
