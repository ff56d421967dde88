"""ALLY_OF from support given in words (graph/relations/support.py, hostilities.py), from
sentences written for this test; praise between rivals, of a stance, negated or unnamed stays out."""

import pytest

from ._helpers import between, pairs, rels, run


@pytest.mark.parametrize("text, a, b", [
    ("Senator Ann Ruiz praised Tom Baker for his work on the budget.", "Ann Ruiz", "Tom Baker"),
    ("Governor Carl Moss commended Maria Lopez for her courage.", "Carl Moss", "Maria Lopez"),
    ("Jane Holt hailed Tom Baker as a true leader.", "Jane Holt", "Tom Baker"),
    ("Jane Holt defended Tom Baker's remarks on immigration.", "Jane Holt", "Tom Baker"),
    ("Jane Holt stood by Tom Baker after the scandal.", "Jane Holt", "Tom Baker"),
    ("Jane Holt vouched for Tom Baker.", "Jane Holt", "Tom Baker"),
    # at someone's side, as "stood with" is
    ("Jane Holt stood beside Tom Baker as the charges were read.", "Jane Holt", "Tom Baker"),
    ("Jane Holt stood alongside Governor Tom Baker at the hearing.", "Jane Holt", "Tom Baker"),
    ("Carl Moss rushed to Maria Lopez's defense on Sunday.", "Carl Moss", "Maria Lopez"),
    ("Ann Ruiz endorses Tom Baker.\n\nAnn Ruiz spoke to voters in Ohio on Friday.", "Ann Ruiz", "Tom Baker"),
    # a title in title case, read by the names the article gives its people
    ("Party Elder Ann Ruiz Endorses Tom Baker: 'He Is Ready'\n\nAnn Ruiz spoke to voters in Ohio on Friday "
     "with Tom Baker.", "Ann Ruiz", "Tom Baker"),
])
def test_support_in_words(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker refused to praise Maria Lopez.",
    "Tom Baker stood by the door.",
    "Tom Baker stood beside the CNN stage as he spoke.",
    "Tom Baker may stand alongside Maria Lopez.",
    "Tom Baker stood up to Maria Lopez.",
    "Tom Baker praised Peru for its restraint.",
    "Tom Baker may stand by Maria Lopez.",
    # rivals praise each other without being allies
    "Tom Baker defeated Maria Lopez in Ohio. Later, Tom Baker praised Maria Lopez for her campaign.",
])
def test_no_alliance_from_refusals_stances_or_rivals(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    # a body or a person described as for someone: "pro-X"
    # the tagger's proper "PAC" after "pro-X" is the bare noun; the body is the name before it
    ("Maria Lopez spoke in Ohio. The Ohio Freedom Fund, a pro-Lopez super PAC, spent $2 million.",
     "Ohio Freedom Fund", "Maria Lopez"),
    ("Maria Lopez spoke in Ohio. The Ohio Freedom Fund, the most active of the pro-Lopez super PACs, spent "
     "$2 million.", "Ohio Freedom Fund", "Maria Lopez"),
    ("Maria Lopez spoke in Ohio. Citizens for Progress, a pro-Lopez group, spent $2 million.", "Citizens for Progress",
     "Maria Lopez"),
    ("Maria Lopez spoke in Ohio. Ann Ruiz, a pro-Lopez delegate, spoke next.", "Ann Ruiz", "Maria Lopez"),
])
def test_pro_side(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Maria Lopez spoke in Ohio. A pro-Lopez crowd cheered in Iowa.",
    "Maria Lopez spoke in Ohio. The pro-Lopez super PAC spent $2 million.",
])
def test_no_pro_side_without_a_named_body(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text", [
    "Maria Lopez told reporters on Wednesday that she is in favor of Tom Baker because he is strong.",
    "Maria Lopez came out in favor of Tom Baker on Monday.",
])
def test_in_favor_of_a_person_is_support(nlp, text):
    between(run(nlp, text), "ALLY_OF", "Maria Lopez", "Tom Baker")


@pytest.mark.parametrize("text", [
    "Judge Ann Ruiz ruled in favor of Tom Baker.",
    "Maria Lopez is not in favor of Tom Baker.",
    "Maria Lopez voted in favor of the bill Tom Baker wrote.",
    # the passive's subject is the one set aside for the other
    "Mayor Maria Lopez was passed over in favor of Tom Baker, the party said.",
    "Maria Lopez was dropped from the ticket in favor of Tom Baker.",
])
def test_no_alliance_from_a_ruling_a_negation_or_a_bill(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Tom Baker, who was endorsed by Maria Lopez last week, spoke in Ohio.", "Tom Baker", "Maria Lopez"),
    ("Tom Baker has been endorsed by Maria Lopez and Ann Ruiz.", "Tom Baker", "Ann Ruiz"),
])
def test_endorsed_by_someone_in_the_passive(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Tom Baker has not been endorsed by Maria Lopez.",
    "Tom Baker could be endorsed by Maria Lopez.",
    "The bill was supported by Maria Lopez.",
])
def test_no_alliance_from_a_negated_or_guessed_endorsement_or_a_bill(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    ("Ukraine thanked Poland for its support.", "Ukraine", "Poland"),
    ("Lena Holt thanked Tom Baker for his support in the primary.", "Lena Holt", "Tom Baker"),
])
def test_thanks_for_support_is_praise_of_an_ally(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    "Ukraine thanked Poland for the dinner.",
    "Ukraine did not thank Poland for its support.",
])
def test_thanks_for_anything_else_or_withheld_sides_with_no_one(nlp, text):
    assert not rels(run(nlp, text), "ALLY_OF")


def test_a_kind_of_body_is_no_backer_until_named(nlp):
    # "the major Super PAC" names no body; "the super PAC Forward Majority PAC" does, though
    # the entity recognizer may keep only its last word
    assert not pairs(run(nlp, "The head of the major Super PAC backing former Ohio Gov. Lena Ortiz, Tom Hale, "
                              "praised the ads."), "ALLY_OF")
    ex = run(nlp, "Lena Ortiz won the primary. The super PAC Forward Majority PAC also spent $640,000 to back her.")
    assert pairs(ex, "ALLY_OF")


@pytest.mark.parametrize("text, a, b", [
    # praise of a person's own merit, named by its owner, sides with that person
    ("Senator Ann Ruiz praised Governor Tom Baker's leadership after the floods.", "Ann Ruiz", "Tom Baker"),
    ("Mayor Jane Holt applauded Carl Moss's record on veterans.", "Jane Holt", "Carl Moss"),
])
def test_praise_of_a_persons_merit_is_support(nlp, text, a, b):
    between(run(nlp, text), "ALLY_OF", a, b)


@pytest.mark.parametrize("text", [
    # one act praised is agreement on one point; a refusal praises nothing
    "Senator Ann Ruiz praised Governor Tom Baker's speech after the floods.",
    "Senator Ann Ruiz did not praise Governor Tom Baker's record.",
])
def test_praise_of_one_act_or_refused_sides_with_no_one(nlp, text):
    assert not pairs(run(nlp, text), "ALLY_OF")
