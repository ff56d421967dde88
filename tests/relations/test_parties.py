"""ROLE in a political party said by its label (graph/relations/parties.py), from sentences
written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, person, party", [
    ("Republican front-runner Dana Whitfield toured the plant.", "Dana Whitfield", "Republican Party"),
    ("Democrat Lena Ortiz voted against the bill.", "Lena Ortiz", "Democratic Party"),
    ("House Republican Carl Brandt opposed the measure.", "Carl Brandt", "Republican Party"),
    ("The bill was signed by Gov. Ruth Mayhew (D) on Monday.", "Ruth Mayhew", "Democratic Party"),
    ("The plan was praised by Sen. Paul Ostrander (R-Ohio), a former judge.", "Paul Ostrander", "Republican Party"),
    ("Lena Ortiz, a Democrat, voted against the bill.", "Lena Ortiz", "Democratic Party"),
    ("Committee Chairman Rep. Carl Brandt, R-Utah, said the hearing would go on.", "Carl Brandt", "Republican Party"),
    # the label closes the sentence and a quotation opens the next one
    ('"It will pass," said Sen. Carl Brandt, R-S.C. "We have the votes."', "Carl Brandt", "Republican Party"),
    # the tokenizer glues the closing bracket to a colon after it
    ("Local leaders also hit back, among them Rep. Dana Holt (D-Ore.): She called the remarks false.",
     "Dana Holt", "Democratic Party"),
])
def test_party_labels(nlp, text, person, party):
    has(run(nlp, text), "ROLE", person, party)


@pytest.mark.parametrize("text", [
    "Social Democratic leader Hans Brenner spoke in Bonn.",  # another party's name
    "Republican voters cheered as Dana Whitfield spoke.",    # the label is not on the name
    "Dana Whitfield (pictured) toured the plant.",
    "Dana Whitfield, R-Rated, toured the plant.",  # a letter and a dash, but no state after them
])
def test_no_party_without_a_label_on_the_name(nlp, text):
    ex = run(nlp, text)
    assert not [r for r in rels(ex, "ROLE") if r[1] in ("Republican Party", "Democratic Party")]
    assert not any(e.name in ("Republican Party", "Democratic Party") for e in ex.entities)


@pytest.mark.parametrize("text, holder, party", [
    ("Republican Secretary of State Ann Voss applauded the ruling.", "Ann Voss", "Republican Party"),
    ("The law was signed on Friday. Democratic Secretary of Commerce Tom Reyes said he would defend it.",
     "Tom Reyes", "Democratic Party"),
])
def test_a_party_label_opening_an_office_with_of_is_the_holders_party(nlp, text, holder, party):
    # regression: the parse does not hang "Republican Secretary of State" on the name as one
    # title, so the label was lost
    ex = run(nlp, text)
    has(ex, "ROLE", holder, party)


def test_an_office_with_of_and_no_party_label_gives_no_party(nlp):
    ex = run(nlp, "Secretary of State Ann Voss applauded the ruling.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Ann Voss" and o.endswith("Party")]


def test_a_listed_title_stops_at_the_next_clauses_speaker(nlp):
    # regression: the walk along "Republican candidates X and Y" went on into the speaker after the comma
    ex = run(nlp, "The attacks on Republican candidates Tom Baker and Ann Ruiz, Dana Whitfield said, were unfair.")
    has(ex, "ROLE", "Ann Ruiz", "Republican Party")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Dana Whitfield" and o == "Republican Party"]


@pytest.mark.parametrize("text, person, party", [
    ("Democrat Lena Ortiz voted against the bill.", "Lena Ortiz", "Democratic Party"),
    ("The plan was praised by Sen. Paul Ostrander (R-Ohio), a former judge.", "Paul Ostrander", "Republican Party"),
    ("Republican Sen. Tom Barlow said the plan would fail.", "Tom Barlow", "Republican Party"),
])
def test_a_plain_party_label_is_membership_too(nlp, text, person, party):
    # the spec's MEMBER_OF is "member of an organisation": a reader given only the spec lists
    # a party label so, where others list a ROLE; both are kept
    ex = run(nlp, text)
    has(ex, "MEMBER_OF", person, party)
    has(ex, "ROLE", person, party)


@pytest.mark.parametrize("text, person", [
    ("The Republican nominee, Jack Hale, said he would veto it.", "Jack Hale"),
    ("Republican chairman Jack Hale called the vote.", "Jack Hale"),
])
def test_a_post_at_the_party_is_no_plain_membership(nlp, text, person):
    ex = run(nlp, text)
    assert not [o for s, o, _ in rels(ex, "MEMBER_OF") if s == person]


@pytest.mark.parametrize("text, voices", [
    ("Tom Baker, a Republican representative from Ohio, said the bill would fail.", False),
    ("Lena Ward, a Democratic delegate from Iowa, said the vote was close.", False),
    ("Republican spokesman Tom Baker said the bill would fail.", True),
])
def test_a_party_seat_or_vote_is_membership_not_a_voice(nlp, text, voices):
    """A representative or a delegate of a party holds a seat or a vote as its member; a
    spokesman voices it."""
    ex = run(nlp, text)
    assert bool([o for _, o, _ in rels(ex, "SPEAKS_FOR") if o.endswith("Party")]) == voices
    assert [o for _, o, _ in rels(ex, "ROLE") if o.endswith("Party")]


@pytest.mark.parametrize("text", [
    "Sen. Tom Hale, a candidate eliminated from winning the GOP nomination, named a running mate.",
    "Sen. Tom Hale hopes to win the Republican nomination in July.",
])
def test_a_nomination_not_won_is_no_nominee(nlp, text):
    ex = run(nlp, text)
    assert not [r for s, o, r in rels(ex, "ROLE") if o == "Republican Party" and "nominee" in (r.role or "")]


def test_a_party_label_on_a_rival_says_the_rivals_party(nlp):
    """ "his Democratic presidential rival, X": X is a Democrat, held as a member (no post)."""
    ex = run(nlp, "Tom Varga spoke on Monday. Varga went on television to discuss his Democratic presidential "
                  "rival, Ellen Marsh, on Monday.")
    assert has(ex, "ROLE", "Ellen Marsh", "Democratic Party").role == "member"


def test_a_doubled_space_between_a_title_and_its_name_keeps_the_title(nlp):
    ex = run(nlp, "Tom Varga spoke on Monday. The forum was attended by Republican presidential hopeful  Ellen Marsh.")
    has(ex, "ROLE", "Ellen Marsh", "Republican Party")


@pytest.mark.parametrize("text, person, party, role", [
    # the tokenizer splits a hyphened noun; the role is the word as written
    ("Marta Vell, a Republican mega-donor, paid for the ads.", "Marta Vell", "Republican Party", "mega-donor"),
    ("Owen Pask, the Democratic front-runner, toured the mill.", "Owen Pask", "Democratic Party", "front-runner"),
    ("Republican front-runner Dana Whitfield toured the plant.", "Dana Whitfield", "Republican Party", "front-runner"),
])
def test_a_hyphened_role_noun_is_one_word(nlp, text, person, party, role):
    assert has(run(nlp, text), "ROLE", person, party).role == role


def test_a_hyphened_donor_is_a_member_as_a_donor_is(nlp):
    ex = run(nlp, "Marta Vell, a Republican mega-donor, paid for the ads.")
    has(ex, "MEMBER_OF", "Marta Vell", "Republican Party")


def test_an_apposition_after_a_second_name_is_not_the_firsts(nlp):
    ex = run(nlp, "The race between Trump and Hillary Clinton, the likely Democratic nominee, is close.")
    assert not [r for r in rels(ex, "ROLE") if r[0] == "Trump"]
