"""ROLE and SPEAKS_FOR in the forms US political news writes them: a body's own named person
("The Heritage Foundation's X"), a client's lawyer, and posts that are no post (a wish, a
plural of things in apposition); sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, holder, body", [
    ("The Heritage Foundation's Carl Jansen said the plan would fail.", "Carl Jansen", "Heritage Foundation"),
    ("Brightline Research's Dana Whitfield, a Republican pollster, released the survey.",
     "Dana Whitfield", "Brightline Research"),
])
def test_a_named_body_before_a_name_is_where_the_person_works(nlp, text, holder, body):
    has(run(nlp, text), "ROLE", holder, body)


def test_a_person_before_a_name_is_no_employer(nlp):
    ex = run(nlp, "Hillary Clinton's Tim Kaine said the poll was sound.")
    assert not rels(ex, "ROLE")


@pytest.mark.parametrize("text", [
    "Tom Baker, a lawyer for Ann Morrow, said she would appeal.",
    "Ann Morrow's attorney, Tom Baker, said she would appeal.",
])
def test_a_clients_lawyer_speaks_for_the_client(nlp, text):
    ex = run(nlp, text)
    has(ex, "ROLE", "Tom Baker", "Ann Morrow")
    has(ex, "SPEAKS_FOR", "Tom Baker", "Ann Morrow")


@pytest.mark.parametrize("text", [
    "Tom Baker, a former lawyer for Ann Morrow, said she would appeal.",
    "District Attorney Tom Baker said the case against Ann Morrow was closed.",
])
def test_a_former_lawyer_or_a_prosecutor_speaks_for_no_one(nlp, text):
    assert not rels(run(nlp, text), "SPEAKS_FOR")


@pytest.mark.parametrize("text", [
    "If luck is talking to Mark Dalton, Ann Morrow's days in office are over.",
    '"I wanted to be president of the United States," Ann Morrow said.',
])
def test_a_wish_or_a_plural_thing_is_no_post(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


def test_listed_holders_of_a_plural_post_keep_it(nlp):
    ex = run(nlp, "Tom Baker and Lisa Harmon, Ann Morrow's advisers, wrote the memo.")
    has(ex, "ROLE", "Lisa Harmon", "Ann Morrow")


@pytest.mark.parametrize("text, holder, role", [
    ("Critics said that Mark Dalton, who is now the presumptive Republican presidential nominee, would lose.",
     "Mark Dalton", "presidential nominee"),
    ("The Democratic senator from Ohio, Tom Baker, voted no.", "Tom Baker", "senator"),
    ("Mark Dalton won the Republican nomination in July.", "Mark Dalton", "nominee"),
    ("Former Republican presidential candidate Mark Dalton spoke.", "Mark Dalton", "former presidential candidate"),
])
def test_a_party_label_in_a_description_or_a_nomination_won_is_a_party_role(nlp, text, holder, role):
    ex = run(nlp, text)
    party = "Democratic Party" if "Democratic" in text else "Republican Party"
    assert has(ex, "ROLE", holder, party).role == role


def test_a_senator_from_a_state_named_after_the_title_holds_that_seat(nlp):
    has(run(nlp, "The Democratic senator from Ohio, Tom Baker, voted no."), "ROLE", "Tom Baker", "Ohio")


@pytest.mark.parametrize("text", [
    "Mark Dalton failed to win the Republican nomination in July.",
    "Mark Dalton sought the Republican nomination in July.",
])
def test_a_nomination_not_won_is_no_party_role(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


def test_an_ideology_word_opening_a_sentence_names_no_party(nlp):
    ex = run(nlp, "Conservative host Greg Tanner said on the radio that the race was close.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if "Party" in o]


@pytest.mark.parametrize("text, holder, outlet", [
    ("The governor spoke in an interview with conservative host Greg Tanner on Fox News.", "Greg Tanner", "Fox News"),
    ("Veteran anchor Lisa Harmon at Channel 4 News asked the first question.", "Lisa Harmon", "Channel 4 News"),
])
def test_a_media_post_before_a_name_is_held_at_the_outlet_after_it(nlp, text, holder, outlet):
    has(run(nlp, text), "ROLE", holder, outlet)


@pytest.mark.parametrize("text, holder, body, role", [
    ("House Speaker Tom Baker said the bill would pass.", "Tom Baker", "House of Representatives", "speaker"),
    ("The bill passed, said House Speaker Tom Baker.", "Tom Baker", "House of Representatives", "speaker"),
    ("Senate Majority Whip Tom Baker counted the votes.", "Tom Baker", "Senate", "majority whip"),
    ("Brightmoor CEO Irene Rosen spoke briefly with the senator.", "Irene Rosen", "Brightmoor", "ceo"),
])
def test_a_body_before_a_title_word_is_where_the_title_is_held(nlp, text, holder, body, role):
    assert has(run(nlp, text), "ROLE", holder, body).role == role


def test_a_foreign_head_of_governments_title_is_no_part_of_the_name(nlp):
    ex = run(nlp, "Irish Taoiseach Leo Varadkar met the delegation.")
    assert has(ex, "ROLE", "Leo Varadkar", "Ireland").role == "taoiseach"


@pytest.mark.parametrize("text, holder, place, role", [
    ("Representative Tom Baker, Republican of Idaho, lined up with his wife.", "Tom Baker", "Idaho", "representative"),
    ("Tom Baker, Democrat of New York, voted no.", "Tom Baker", "New York", "legislator"),
    ("Critics attacked Tom Baker (Fla.) over the bill.", "Tom Baker", "Florida", "legislator"),
    ("Recall Sen. Tom Baker (Ariz.) damaging his reputation.", "Tom Baker", "Arizona", "senator"),
])
def test_a_legislators_state_said_with_the_party_noun_or_alone_in_brackets(nlp, text, holder, place, role):
    assert has(run(nlp, text), "ROLE", holder, place).role == role


@pytest.mark.parametrize("text", [
    "The report was written by Tom Baker (AP) on Monday.",
    "Tom Baker, a Republican of some standing, voted no.",
])
def test_no_state_without_one_in_brackets_or_after_the_party(nlp, text):
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if "Party" not in o]


@pytest.mark.parametrize("text, holder, owner, role", [
    ("Ann Morrow hired an adviser. Morrow senior communications adviser Jason Miller said the ad would run.",
     "Jason Miller", "Ann Morrow", "senior communications adviser"),
    ("Ann Morrow hired a new aide. Morrow chief of staff Denis Marlow said the plan was set.",
     "Denis Marlow", "Ann Morrow", "chief of staff"),
    ("Investigators interviewed former Defense Department chief of staff Jeremy Bolt.",
     "Jeremy Bolt", "Defense Department", "former chief of staff"),
    ("Tom Baker, a senior researcher in the Harbor Institute, said the data was clear.",
     "Tom Baker", "Harbor Institute", "senior researcher"),
])
def test_posts_with_words_between_owner_and_post(nlp, text, holder, owner, role):
    assert has(run(nlp, text), "ROLE", holder, owner).role == role


def test_a_job_in_a_place_is_no_post_there(nlp):
    ex = run(nlp, "Tom Baker, a teacher in Ohio, said the strike was over.")
    assert not rels(ex, "ROLE")


@pytest.mark.parametrize("text", [
    "Ann Morrow's campaign said the ad was false. Later, Lisa Harmon, a spokeswoman for the campaign, said the ad was a lie.",
    'Ann Morrow met voters. "It is a lie," said Lisa Harmon, a Morrow campaign spokeswoman.',
])
def test_a_spokeswoman_for_the_campaign_speaks_for_its_candidate(nlp, text):
    has(run(nlp, text), "SPEAKS_FOR", "Lisa Harmon", "Ann Morrow")


def test_an_unowned_campaign_gives_no_principal(nlp):
    ex = run(nlp, "The campaign said the ad was false. Later, Lisa Harmon, a spokeswoman for the campaign, said it was a lie.")
    assert not rels(ex, "SPEAKS_FOR")


def test_a_campaign_manager_holds_a_post_but_is_no_voice(nlp):
    ex = run(nlp, "Ann Morrow's campaign manager, Tom Baker, said the race was close.")
    has(ex, "ROLE", "Tom Baker", "Ann Morrow")
    assert not rels(ex, "SPEAKS_FOR")


def test_an_editor_in_chief_of_an_outlet_holds_the_post_there(nlp):
    r = has(run(nlp, "Mark Dalton is editor in chief of the Daily Ledger."), "ROLE", "Mark Dalton", "Daily Ledger")
    assert r.role == "editor in chief"


@pytest.mark.parametrize("text, voice, person", [
    ("Erik Lund will visit Vilnius next week, his office said.", "Erik Lund's office", "Erik Lund"),
    ("Ana Ruiz met Erik Lund. Her lawyer said the meeting was private.", "Her lawyer", "Ana Ruiz"),
])
def test_a_voice_named_by_a_possessive_pronoun_speaks_for_its_person(nlp, text, voice, person):
    # regression: "his office said" gave an actor "his office" tied to no one
    has(run(nlp, text), "SPEAKS_FOR", voice, person)


@pytest.mark.parametrize("text, holder, body", [
    ("Dana Holt, a senior vice president with Corvel Logistics, said costs rose.", "Dana Holt", "Corvel Logistics"),
    ("Ian Bowe, a pastor with the Riverside Baptist Church, said the doors stayed open.", "Ian Bowe",
     "Riverside Baptist Church"),
    ("Helen Marsh was a senior engineer with Keller Dynamics, the company said.", "Helen Marsh", "Keller Dynamics"),
])
def test_a_post_with_a_named_body_is_held_there(nlp, text, holder, body):
    has(run(nlp, text), "ROLE", holder, body)


def test_a_post_with_a_thing_is_no_post_there(nlp):
    ex = run(nlp, "Tom Hale, a lawyer with a long record at Keller Dynamics, met Jim Dale.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Tom Hale"]


@pytest.mark.parametrize("text, holder, body", [
    ("Ruth Okafor, who is a pastor at the Grace Fellowship Church, spoke on Sunday.", "Ruth Okafor",
     "Grace Fellowship Church"),
    ("Paul Renner is a teacher at Brandt University.", "Paul Renner", "Brandt University"),
])
def test_an_occupation_said_by_a_copula_is_held_at_its_body(nlp, text, holder, body):
    has(run(nlp, text), "ROLE", holder, body)


def test_an_occupation_denied_by_a_copula_is_no_post(nlp):
    assert not rels(run(nlp, "Paul Renner is not a teacher at Brandt University."), "ROLE")


def test_two_joined_posts_before_a_name_are_held_at_the_body_before_them(nlp):
    r = has(run(nlp, "CNN anchor and chief correspondent Lena Shaw asked the senator about taxes."),
            "ROLE", "Lena Shaw", "CNN")
    assert r.role == "anchor"


def test_a_post_is_held_at_a_body_never_at_a_person(nlp):
    ex = run(nlp, "Mara Quill, who is now a program officer at the Ruth and Ivan Soldner Trust, said so.")
    assert not [r for r in rels(ex, "ROLE") if r[1] in ("Ruth", "Ivan Soldner")]


def test_a_plural_post_after_joined_names_is_each_ones(nlp):
    ex = run(nlp, "Jim Dale and Ann Moe, two senior engineers at Boeing, signed the letter.")
    for name in ("Jim Dale", "Ann Moe"):
        has(ex, "ROLE", name, "Boeing")


def test_paired_posts_after_joined_names_are_not_shared_out(nlp):
    ex = run(nlp, "Jim Dale and Ann Moe, Boeing's current and former chief executives, met on Monday.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Ann Moe"]


@pytest.mark.parametrize("text", [
    "Tom Hale and Jim Dale, conservative Cuban-American candidates who rarely speak Spanish, have differed.",
    "Jim Dale, an Indian-American lawyer, spoke to the crowd.",
])
def test_an_ethnic_pair_of_demonyms_is_an_origin_not_a_post(nlp, text):
    assert not rels(run(nlp, text), "ROLE")


def test_a_thing_joined_to_a_post_before_a_name_is_no_post(nlp):
    ex = run(nlp, "Critics blamed Ann Moe's weak polling and decision to fire campaign manager Jim Dale.")
    assert not [r for r in rels(ex, "ROLE") if "polling" in r[2].role]


def test_a_post_on_an_outlets_show_is_held_at_the_outlet(nlp):
    has(run(nlp, "Tom Hale is a co-host of the BBC politics podcast."), "ROLE", "Tom Hale", "BBC")


def test_a_fan_of_an_outlets_show_holds_no_post(nlp):
    assert not rels(run(nlp, "Tom Hale, a fan of the BBC politics podcast, wrote in."), "ROLE")


def test_a_second_post_joined_before_a_name_is_held_at_the_first_ones_body(nlp):
    has(run(nlp, "On Monday, NBC anchor and news correspondent Lena Shaw interviewed the senator."),
        "ROLE", "Lena Shaw", "NBC")  # the outlet as the article writes it


@pytest.mark.parametrize("text, holder, owner, role", [
    ("Tom Reyes, who managed Dan Ortiz's 2004 presidential campaign, said the plan would fail.",
     "Tom Reyes", "Dan Ortiz", "former manager of presidential campaign"),
    ("Tom Reyes, who is chairing Dan Ortiz's transition team, said the plan would fail.",
     "Tom Reyes", "Dan Ortiz", "chair of transition team"),
    ("Tom Reyes, who runs the Sierra Club's lobbying arm, said the plan would fail.",
     "Tom Reyes", "Sierra Club", "head of lobbying arm"),
    ("Gen. Tom Hale, who recently led Britain's strategic defense review, said the plan would fail.",
     "Tom Hale", "United Kingdom", "former head of strategic defense review"),
    ("Gen. Tom Hale, who led United States forces in Afghanistan, said the plan would fail.",
     "Tom Hale", "United States", "former head of forces"),
])
def test_running_an_owned_unit_in_a_relative_clause_is_a_post_for_its_owner(nlp, text, holder, owner, role):
    assert has(run(nlp, text), "ROLE", holder, owner).role == role


@pytest.mark.parametrize("text", [
    "Tom Reyes, who leads Dan Ortiz in the polls, said the plan would fail.",
    "Tom Reyes, who will run Dan Ortiz's campaign, said the plan would fail.",
])
def test_leading_a_rival_or_a_planned_post_is_no_post_for_anyone(nlp, text):
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if s == "Tom Reyes"]


def test_a_post_named_by_a_spell_as_is_held_at_its_body(nlp):
    """ "her role as X chairman": the possessive holds the post (also when the parse makes
    "as" the marker of the clause after it)."""
    ex = run(nlp, "Rita Lane used her role as Judiciary Committee chairman to block the vote.")
    has(ex, "ROLE", "Rita Lane", "Judiciary Committee")


def test_the_fed_is_the_federal_reserve(nlp):
    """ "Fed Chair X": the short name everyone writes for the Federal Reserve."""
    ex = run(nlp, "Fed Chair Karen Lindqvist said rates would rise.")
    has(ex, "ROLE", "Karen Lindqvist", "Federal Reserve")
