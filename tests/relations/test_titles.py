"""Titles before a name (graph/relations/titles.py): a word of stance before the post, a
person's campaign as the owner, and the one SPEAKS_FOR rule; sentences written for this test."""

import pytest

from ._helpers import has, rels, run


def test_a_rival_before_a_title_holds_no_post_for_whom_he_rivals(nlp):
    """ "Hale rival Sen. Ted Ames": Ames is Hale's rival, not his senator."""
    ex = run(nlp, "Ted Ames spoke first. The union will endorse Hale rival Sen. Ted Ames at a rally in Ohio.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Ted Ames" and "Hale" in o]


def test_a_critic_before_a_title_keeps_the_title_its_own_owner(nlp):
    ex = run(nlp, "Mara Quint spoke first. Longtime Lopez critic Gov. Mara Quint said the plan would fail.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Mara Quint" and "Lopez" in o]


def test_a_title_in_a_persons_campaign_is_held_for_that_person(nlp):
    ex = run(nlp, "John Smith spoke on Monday. The Smith campaign's press secretary Ann Baker emailed supporters.")
    has(ex, "ROLE", "Ann Baker", "John Smith")


def test_a_press_secretary_speaks_for_the_principal(nlp):
    ex = run(nlp, "John Smith spoke on Monday. The Smith campaign's press secretary Ann Baker emailed supporters.")
    has(ex, "SPEAKS_FOR", "Ann Baker", "John Smith")


@pytest.mark.parametrize("text, holder, owner, role", [
    ("Tom Hale leads in Ohio. The Lee campaign said it hired former Hale spokeswoman Dana Welch.",
     "Dana Welch", "Tom Hale", "former spokeswoman"),
    ("Mary Lane spoke on Monday. Tom Weiss, 51, is married to top Mary Lane aide Jessica Morgan.",
     "Jessica Morgan", "Mary Lane", "aide"),
    ("Peter Voss spoke on Monday. Voss pollster Ron Diaz said the numbers were good.",
     "Ron Diaz", "Peter Voss", "pollster"),
])
def test_a_personal_post_after_a_surname_is_held_for_that_person(nlp, text, holder, owner, role):
    """ "former Hale spokeswoman X", "top Mary Lane aide Y", and "Voss pollster Z" where the
    model leaves the surname untagged: the name before the post owns it."""
    ex = run(nlp, text)
    assert has(ex, "ROLE", holder, owner).role == role


def test_a_former_spokeswoman_no_longer_speaks_for_the_person(nlp):
    ex = run(nlp, "Tom Hale leads in Ohio. The Lee campaign said it hired former Hale spokeswoman Dana Welch.")
    assert not [o for s, o, _ in rels(ex, "SPEAKS_FOR") if s == "Dana Welch" and o == "Tom Hale"]


@pytest.mark.parametrize("text", [
    "Mary Lane resigned on Friday. On Monday, Jim Hardy questioned her aide, Jessica Morgan, for an hour.",
    "Tom Hale spoke. The judge, Jim Hardy, wants to question both Mary Lane and Jessica Morgan, her aide.",
])
def test_her_aide_belongs_to_a_woman_not_the_man_of_the_clause(nlp, text):
    """ "her" is not Jim Hardy's, whom the forename says is a man; "Mary Lane and Jessica
    Morgan, her aide": the first name of the pair."""
    ex = run(nlp, text)
    has(ex, "ROLE", "Jessica Morgan", "Mary Lane")
    assert not [o for s, o, _ in rels(ex, "ROLE") if o == "Jim Hardy"]


def test_a_top_diplomat_speaks_for_the_country_whatever_the_parse(nlp):
    """ "Both X and Norway's top diplomat Y": the model reads two phrases there; the words
    still give the title, its owner and the name. A top diplomat is a foreign minister."""
    ex = run(nlp, "Both Tom Hale and Norway's top diplomat Anna Holm have been greeted in Oslo.")
    assert has(ex, "ROLE", "Anna Holm", "Norway").role == "top diplomat"
    has(ex, "SPEAKS_FOR", "Anna Holm", "Norway")


def test_a_senior_diplomat_holds_a_role_but_no_representation(nlp):
    ex = run(nlp, "A senior Norwegian diplomat, Anna Holm, said the talks went well.")
    has(ex, "ROLE", "Anna Holm", "Norway")
    assert not rels(ex, "SPEAKS_FOR")


@pytest.mark.parametrize("text", [
    "Norwegian Foreign Minister Ola Brenn met his Chinese counterpart Li Wen in Oslo.",
    "Norwegian Foreign Minister Ola Brenn met his Chinese counterpart, Li Wen, in Oslo.",
])
def test_the_counterpart_of_one_who_speaks_for_a_country_speaks_for_theirs(nlp, text):
    ex = run(nlp, text)
    has(ex, "SPEAKS_FOR", "Li Wen", "China")


def test_the_counterpart_of_a_head_of_government_holds_a_role_only(nlp):
    ex = run(nlp, "Norwegian Prime Minister Ola Brenn met his Chinese counterpart Li Wen in Oslo.")
    has(ex, "ROLE", "Li Wen", "China")
    assert not [o for s, o, _ in rels(ex, "SPEAKS_FOR") if s == "Li Wen"]


@pytest.mark.parametrize("text", [
    "Mark Hale: Lena Ward Playing Dumb\n\nMark Hale and Lena Ward spoke on Monday.",
    "Tom Baker: Donald Trump Playing Dumb\n\nTom Baker and Donald Trump spoke on Monday.",
])
def test_a_title_case_headline_is_no_title(nlp, text):
    """A headline's capitalised words before a name are no post ("X: Y Playing Dumb")."""
    ex = run(nlp, text)
    assert not [(s, o, r.role) for s, o, r in rels(ex, "ROLE")]


def test_chair_is_a_title_before_a_name(nlp):
    # "Chair" as the title of a body's head, as US news writes it
    has(run(nlp, "Democratic National Committee Chair Lucy Hale dismissed the letter."),
        "ROLE", "Lucy Hale", "Democratic National Committee")
    has(run(nlp, "NAACP Chair Lucy Hale dismissed the letter."), "ROLE", "Lucy Hale", "NAACP")


def test_a_national_committee_is_no_party_label(nlp):
    ex = run(nlp, "Democratic National Committee Chair Lucy Hale dismissed the letter.")
    assert not [r for r in rels(ex, "ROLE") if r[1] == "Democratic Party"]


@pytest.mark.parametrize("text, person, principal", [
    ("Betsy Kern, Gore's communications director, told reporters he would not attend.", "Betsy Kern", "Gore"),
    ("Lena Ortiz, the director of communications for the Smith campaign, said the ad would run.",
     "Lena Ortiz", "Smith"),
])
def test_a_communications_director_speaks_for_the_principal(nlp, text, person, principal):
    has(run(nlp, text), "SPEAKS_FOR", person, principal)


@pytest.mark.parametrize("text, holder, country, role", [
    ("North Korean leader Kim Su-ryon inspected the missile site.", "Kim Su-ryon", "North Korea", "leader"),
    ("South Korean Defence Minister Park Jae-min signed the pact.", "Park Jae-min", "South Korea", "defence minister"),
    ("Former Saudi Arabian oil minister Fahd Rashid spoke first.", "Fahd Rashid", "Saudi Arabia", "former oil minister"),
    ("Sri Lankan Foreign Minister Nimal Perera flew to Delhi.", "Nimal Perera", "Sri Lanka", "foreign minister"),
])
def test_a_two_word_demonym_names_its_own_country(nlp, text, holder, country, role):
    """Regression: "North Korean leader X" held a post for South Korea ("Korean" alone) with the
    role "north leader"; "Sri Lankan" before a title was read as a person."""
    ex = run(nlp, text)
    has(ex, "ROLE", holder, country)
    names = {e.id: e.name for e in ex.entities}
    assert [r.role for r in ex.relations if r.predicate == "ROLE" and names[r.subject] == holder] == [role]
    assert all(e.type != "person" or e.name == holder for e in ex.entities), ex.entities


def test_an_untagged_acronym_before_a_title_is_the_body_of_the_post(nlp):
    ex = run(nlp, "Indeed, AFL-CIO President Richard Trumka issued a memo last July.")
    assert has(ex, "ROLE", "Richard Trumka", "AFL-CIO").role == "president"


def test_title_words_parted_by_a_no_break_space_stay_apart(nlp):
    ex = run(nlp, "Nora Quill spoke first. In 1976, former\u00a0Georgia Gov. Tom Varga won.")
    assert has(ex, "ROLE", "Tom Varga", "Georgia").role in ("former gov.", "former governor")


def test_titles_listed_after_a_pronouns_title_share_its_owner(nlp):
    """ "including her campaign chairman A, communications director B and senior policy
    adviser C": each title of the list is hers, told once for the whole list."""
    ex = run(nlp, "Several of Lane's top aides served in the White House, including her campaign chairman "
                  "Tom Roe, communications director Jill Park and senior policy adviser Sam Vole.")
    for name in ("Tom Roe", "Jill Park", "Sam Vole"):
        has(ex, "ROLE", name, "Lane")


@pytest.mark.parametrize("text, holder, country, role", [
    ("US Director of National Intelligence Rosa Trent said the briefing was complete.", "Rosa Trent",
     "United States", "director of national intelligence"),
])
def test_an_office_with_an_of_phrase_glued_to_the_name_is_the_persons_post(nlp, text, holder, country, role):
    """The small model runs "National Intelligence Rosa Trent" into one organisation: the name
    is a person, the office with its "of" phrase her post."""
    ex = run(nlp, text)
    assert has(ex, "ROLE", holder, country).role == role
    assert not [e for e in ex.entities if e.type == "organization" and holder in e.name]


def test_the_second_of_two_joined_titles_is_the_names_own(nlp):
    ex = run(nlp, "Veteran columnist and Sky News contributor Hal Brandt said the budget was a mistake.")
    assert has(ex, "ROLE", "Hal Brandt", "Sky News").role == "contributor"


def test_a_bare_spokesman_speaks_for_the_body_the_sentence_before_is_about(nlp):
    """ "Safe Roads called … “…,” spokesman X said": the body the writer's sentence before has
    as its subject, in the same paragraph."""
    ex = run(nlp, 'Safe Roads, a political action committee, called the mayor a liability. "He is dishonest," '
                  'spokesman Jeff Bell said in a statement.')
    has(ex, "ROLE", "Jeff Bell", "Safe Roads")


@pytest.mark.parametrize("text", [
    'Safe Roads called the mayor a liability.\n\n"He is dishonest," spokesman Jeff Bell said.',
    'The mayor was called a liability by Safe Roads. "He is dishonest," spokesman Jeff Bell said.',
])
def test_a_bare_spokesman_after_another_paragraph_or_subject_has_no_body(nlp, text):
    assert not [r for r in rels(run(nlp, text), "ROLE") if r[0] == "Jeff Bell"]


def test_a_capitalised_post_at_a_seat_of_government_is_held_there(nlp):
    has(run(nlp, "White House Counsel Ruth Okafor said the order was lawful."), "ROLE", "Ruth Okafor", "White House")


@pytest.mark.parametrize("text, holder", [
    ("Rita Vance spoke first. Dale Moss, a Korean War hero, backed Vance on Monday.", "Dale Moss"),
    ("Rita Vance spoke first. The ruling cheered Senate favorite Dale Moss on Monday.", "Dale Moss"),
    ("Rita Vance spoke first. Union champion Dale Moss endorsed Vance on Monday.", "Dale Moss"),
])
def test_a_word_of_esteem_is_no_post(nlp, text, holder):
    """ "a Korean War hero", "Senate favorite X": esteem, not a post held at or for anyone."""
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if s == holder]


def test_a_word_of_esteem_before_a_title_leaves_the_title_its_seat(nlp):
    ex = run(nlp, "Rita Vance spoke first. Civil rights icon Ohio Rep. Dale Moss endorsed Vance.")
    assert "icon" not in has(ex, "ROLE", "Dale Moss", "Ohio").role
