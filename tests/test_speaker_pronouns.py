"""Whom "he" and "she" stand for (graph/speaker_pronouns.py). Sentences written for these
tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


def test_he_is_not_the_subject_of_a_that_clause_someone_else_claimed():
    # regression: "Tolliver, later claiming … that President Obama wanted …, said he would …"
    # took "he" for Obama, the subject of what Tolliver claimed
    text = ("The debate over the port deal grew sharper on Monday.\n\n"
            "Governor Ray Tolliver, later claiming - without evidence - that President Obama wanted to sell the "
            "harbor, said he would veto the plan, which he calls \"a giveaway to speculators.\" (On Tuesday he said "
            "he would \"call a special session.\")")
    doc = extract_text(text)
    for words in ("a giveaway", "special session"):
        q = quote_with(doc, words)
        assert q.speaker is not None and q.speaker.name == "Ray Tolliver"


def test_she_after_a_quotation_is_the_one_whose_participle_told_it():
    # regression: "Miller weighed in, telling the Tribune, “…,” she said" took "she" for the
    # earlier speaker: the name was skipped as standing inside the pronoun's own clause
    text = ("\u201cThe budget is a mess,\u201d Jane Doe said on Sunday.\n\nGovernor Ann Miller weighed in on Monday, "
            "telling the Tribune, \u201cWe need more time before we vote,\u201d she said.")
    q = quote_with(extract_text(text), "We need more time")
    assert q.speaker is not None and q.speaker.name == "Ann Miller"


@pytest.mark.parametrize("text", [
    "The interior ministry denied the report.\n\n“No such order was given,” it said in a statement.",
    "Westland's transport department defended the fares. “Prices reflect costs,” it said.",
])
def test_it_is_a_body_named_only_by_its_kind_as_the_subject_before(text):
    # regression: "the foreign ministry", tagged as no name, left "it said" with no speaker
    q = next(q for q in extract_text(text).quotes if q.kind == "direct")
    assert q.speaker is not None and q.speaker.type == "organization"
    assert q.speaker.name.lower().endswith(("ministry", "department"))
