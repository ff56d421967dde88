"""ROLE and SPEAKS_FOR said by a verb of heading (graph/relations/post_verbs.py): a person who
heads or leads a state's delegation or mission; sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, holder, state, role", [
    ("Vladimir Medinsky leads the Russian delegation.", "Vladimir Medinsky", "Russia", "head of delegation"),
    ("Vladimir Medinsky, who heads Russia's delegation, said the talks were useful.",
     "Vladimir Medinsky", "Russia", "head of delegation"),
    ("Anna Berg heads the Swedish mission to the UN.", "Anna Berg", "Sweden", "head of mission"),
])
def test_the_head_of_a_states_delegation(nlp, text, holder, state, role):
    ex = run(nlp, text)
    assert has(ex, "ROLE", holder, state).role == role
    has(ex, "SPEAKS_FOR", holder, state)


@pytest.mark.parametrize("text", [
    "Medinsky will lead the Russian delegation.",
    "Trump leads the field in Iowa.",
])
def test_no_post_from_a_planned_lead_or_a_race(nlp, text):
    assert not [r for r in rels(run(nlp, text), "ROLE") if r[2].role.startswith("head of")]


@pytest.mark.parametrize("text, role", [
    ("Tom Reyes managed Dan Ortiz's 2004 presidential campaign.", "former manager of presidential campaign"),
    ("Tom Reyes chairs Dan Ortiz's transition team.", "chair of transition team"),
])
def test_running_an_owned_unit_in_a_main_clause_is_a_post_for_its_owner(nlp, text, role):
    assert has(run(nlp, text), "ROLE", "Tom Reyes", "Dan Ortiz").role == role


@pytest.mark.parametrize("text", [
    "Tom Reyes will run Dan Ortiz's campaign.",
    "Tom Reyes leads Dan Ortiz's campaign in donations.",
])
def test_a_planned_run_or_a_lead_over_a_unit_is_no_post(nlp, text):
    assert not [o for s, o, _ in rels(run(nlp, text), "ROLE") if s == "Tom Reyes"]
