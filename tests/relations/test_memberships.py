"""MEMBER_OF for the bodies of a state or a movement (graph/relations/memberships.py): the
body stays itself and belongs to its owner; sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, owner", [
    ("Chile's Defense Ministry said on Monday that two drones were shot down.", "Chile"),
    ("The Danish Foreign Ministry said it would respond.", "Denmark"),
    ("A spokesman for the U.S. State Department declined to comment.", "United States"),
    ("Peru launched a drone at the border. The country's air force said the drone was Chilean.", "Peru"),
    ("Hamas gathered in Doha. Khalil Saleh, a member of the movement's political bureau, said the talks went well.",
     "Hamas"),
    ("Peru's general staff reported heavy fighting.", "Peru"),
    ("The Security Service of Peru said it had arrested two men.", "Peru"),
])
def test_body_of_a_state_or_movement(nlp, text, owner):
    ex = run(nlp, text)
    bodies = [(s, r) for s, o, r in rels(ex, "MEMBER_OF") if o == owner]
    assert len(bodies) == 1, rels(ex, "MEMBER_OF")
    body = next(e for e in ex.entities if e.name == bodies[0][0])
    assert body.type in ("organization", "group") and body.name != owner


def test_a_body_whose_owner_is_not_named_belongs_to_no_copy_of_itself(nlp):
    # regression: "Political bureau" MEMBER_OF "group's political bureau"
    ex = run(nlp, "In a post online, the group's political bureau said it remains committed to the talks.")
    assert not rels(ex, "MEMBER_OF")


def test_a_spokesman_for_a_ministry_is_no_ministry(nlp):
    ex = run(nlp, "A spokesman for the Norwegian foreign ministry said the talks would go on.")
    assert not [s for s, o, _ in rels(ex, "MEMBER_OF") if s.lower().startswith("spokesman")]


def test_plain_force_or_service_is_no_body(nlp):
    ex = run(nlp, "Peru's force of will and Chile's service to the region were praised.")
    assert not rels(ex, "MEMBER_OF")


def test_existing_membership_still_read(nlp):
    has(run(nlp, "Spain and Portugal are members of NATO."), "MEMBER_OF", "Spain", "NATO")


def test_a_person_member_holds_a_role_at_the_body_and_its_owner(nlp):
    ex = run(nlp, "Fatah met in Cairo. Hamas sent a delegation. Omar Saleh, a member of Hamas' Political Bureau, "
                  "said the talks went well.")
    assert not [s for s, o, _ in rels(ex, "MEMBER_OF") if s == "Omar Saleh"]
    roles = {o for s, o, _ in rels(ex, "ROLE") if s == "Omar Saleh"}
    assert "Hamas" in roles


def test_a_country_member_stays_a_member(nlp):
    has(run(nlp, "Chile is a member of the Pacific Alliance, its president said."), "MEMBER_OF", "Chile",
        "Pacific Alliance")


@pytest.mark.parametrize("text, body", [
    ("The United States sent aid. The State Department said more would follow.", "State Department"),
    ("Officials in the United States were silent, and the Justice Department declined to comment.",
     "Justice Department"),
])
def test_national_body_named_without_its_country(nlp, text, body):
    has(run(nlp, text), "MEMBER_OF", body, "United States")


def test_national_body_needs_its_country_in_the_article(nlp):
    assert not rels(run(nlp, "The State Department said more aid would follow."), "MEMBER_OF")


def test_a_parliament_is_no_member_of_its_country(nlp):
    assert not rels(run(nlp, "The Peruvian parliament voted on the budget on Monday."), "MEMBER_OF")


@pytest.mark.parametrize("text, member", [
    ("Germany refuses to pay its NATO dues, the senator said.", "Germany"),
    ("The US has not withdrawn troops from NATO.", "United States"),
])
def test_a_standing_member_acting_toward_nato_in_its_clause_is_a_member(nlp, text, member):
    has(run(nlp, text), "MEMBER_OF", member, "NATO")


@pytest.mark.parametrize("text", [
    "The United States, NATO and other partners intervened in Libya.",
    "NATO policy has drawn criticism from Berlin and Paris.",
    "Russia warned NATO against expansion.",
    "Sweden and Finland asked to join NATO in 2022.",
    # NATO inside another's bid: the clause acts on that bid, not toward the alliance
    "Turkey blocked Sweden's bid to join NATO.",
    "Hungary delayed Finland's application to join NATO.",
    "France opposed Ukraine's membership in NATO.",
    "Russia warned Finland against joining NATO.",  # a joining warned against: no entry, and not Russia's
])
def test_a_country_beside_nato_or_outside_it_is_no_member(nlp, text):
    assert not [s for s, o, _ in rels(run(nlp, text), "MEMBER_OF") if o == "NATO"]


@pytest.mark.parametrize("text, person, party", [
    ("Tom Baker, a member of the center-left Labour Party, spoke on Monday.", "Tom Baker", "Labour Party"),
    ("Ann Ruiz is a member of the Green Party.", "Ann Ruiz", "Green Party"),
])
def test_a_person_member_of_a_party(nlp, text, person, party):
    has(run(nlp, text), "MEMBER_OF", person, party)


@pytest.mark.parametrize("text", [
    "Ann Lee is a member of Canada's Parliament for Halifax.",
    "Ann Lee, a member of Peru's Congress, spoke on Monday.",
])
def test_a_seat_in_a_states_legislature_makes_the_legislature_no_member_of_the_state(nlp, text):
    # a legislature is the state's own, as readers list it: the seat is a ROLE, and nothing is MEMBER_OF
    assert not rels(run(nlp, text), "MEMBER_OF")


@pytest.mark.parametrize("text, member, body", [
    ("Norway should remain in the European Union, Ana Soto said.", "Norway", "European Union"),
    ("Ana Soto urged Norway to stay in NATO.", "Norway", "NATO"),
    ("She argued for Norway's remaining in the European Union.", "Norway", "European Union"),
    ("Norway is in NATO.", "Norway", "NATO"),
])
def test_staying_in_a_body_presumes_membership(nlp, text, member, body):
    has(run(nlp, text), "MEMBER_OF", member, body)


@pytest.mark.parametrize("text", [
    "Turkey hopes to be in the European Union.",
    "Norway is not in the European Union.",
    "Senator Tom Baker remained in the Senate.",
])
def test_wishing_to_be_in_a_body_or_a_persons_seat_is_no_membership(nlp, text):
    assert not rels(run(nlp, text), "MEMBER_OF")


@pytest.mark.parametrize("text, member, body", [
    ("Sweden formally joined NATO on Thursday, ending two centuries of neutrality.", "Sweden", "NATO"),
    ("Croatia acceded to the European Union in 2013.", "Croatia", "European Union"),
    ("Since joining NATO in 2023, Finland has doubled its defence spending.", "Finland", "NATO"),
])
def test_a_state_that_joined_a_body_is_its_member(nlp, text, member, body):
    has(run(nlp, text), "MEMBER_OF", member, body)


@pytest.mark.parametrize("text", [
    "Poland is not a member of the Shanghai Cooperation Organisation.",
    "Ukraine hopes to join NATO within a decade.",
    "Ukraine applied to join NATO last year.",
    "Georgia has not joined NATO.",
    "Lisa Moss joined Goldman Sachs in 2010.",
])
def test_no_membership_denied_sought_or_of_a_firms_hire(nlp, text):
    assert not rels(run(nlp, text), "MEMBER_OF")


def test_a_member_of_congress_holds_no_post_at_congress_as_a_whole(nlp):
    """ "the first member of Congress to endorse X": readers seat a member in the House or the
    Senate, which "Congress" does not say; the state of the bracket stays."""
    ex = run(nlp, "Rep. Dale Moss (R-N.Y.) on Wednesday became the first sitting member of Congress to endorse Vance.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if "Congress" in o]
    has(ex, "ROLE", "Dale Moss", "New York")


@pytest.mark.parametrize("text", [
    "Tom Hale, a member of Congress, voted against the ferry bill on Monday.",
    "Tom Hale was a member of Congress for ten years before he ran for governor.",
    "Tom Hale is a member of Congress and a farmer.",
])
def test_a_member_of_congress_in_apposition_or_after_a_copula_holds_no_post_there(nlp, text):
    # regression: the role phrase still gave ROLE member -> Congress where the membership rule gave none
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if "Congress" in o]


def test_a_member_of_a_committee_still_holds_a_seat_there(nlp):
    ex = run(nlp, "Ann Lee, a member of the Senate Armed Services Committee, said the bill would fail.")
    assert has(ex, "ROLE", "Ann Lee", "Senate Armed Services Committee").role == "member"


def test_a_member_of_listed_clubs_is_a_member_of_each_and_holds_no_post(nlp):
    """ "a keen sailor and member of A, B and C": the parse joins "member" to "sailor"; each club
    listed is a membership, no seat or post."""
    ex = run(nlp, "Dana Holt was a keen sailor and member of Harbor Point Yacht Club, Lakeside Rowing Club, "
                  "The Elm Club, and the Ridgeview Tennis Club.")
    clubs = {o for s, o, _ in rels(ex, "MEMBER_OF") if s == "Dana Holt"}
    assert clubs == {"Harbor Point Yacht Club", "Lakeside Rowing Club", "Elm Club", "Ridgeview Tennis Club"}
    assert not rels(ex, "ROLE")


def test_a_caucus_member_is_its_member_not_a_post_holder(nlp):
    ex = run(nlp, "Dana Holt, a member of the Congressional Black Caucus, said the bill was wrong.")
    has(ex, "MEMBER_OF", "Dana Holt", "Congressional Black Caucus")
    assert not rels(ex, "ROLE")


def test_a_state_member_of_two_bodies_listed(nlp):
    ex = run(nlp, "Norway is a member of NATO and the European Union.")
    has(ex, "MEMBER_OF", "Norway", "NATO")
    has(ex, "MEMBER_OF", "Norway", "European Union")


def test_a_committee_member_still_holds_a_seat(nlp):
    ex = run(nlp, "Dana Holt, a member of the Senate Intelligence Committee, said the report was wrong.")
    has(ex, "ROLE", "Dana Holt", "Senate Intelligence Committee")
    assert not rels(ex, "MEMBER_OF")


def test_member_joined_to_a_noun_that_took_its_of_phrase(nlp):
    """ "a lifelong runner and member of X and Y": the parse hangs "of" on "runner"."""
    ex = run(nlp, "Dana Holt was a lifelong runner and member of the Elm Street Athletic Club and the "
                  "Harbor Point Yacht Club.")
    assert {o for s, o, _ in rels(ex, "MEMBER_OF") if s == "Dana Holt"} == {"Elm Street Athletic Club",
                                                                            "Harbor Point Yacht Club"}
