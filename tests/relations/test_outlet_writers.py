"""ROLE writer → outlet from a verb of writing (graph/relations/outlet_writers.py); from
sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, outlet", [
    ("Dan Reyes, writing for the Daily Ledger, said the plan would fail.", "Daily Ledger"),
    ("Dan Reyes wrote in the Daily Ledger's opinion pages that the plan would fail.", "Daily Ledger"),
    ("Dan Reyes, who writes for Politico, said the plan would fail.", "Politico"),
])
def test_a_writer_at_an_outlet_holds_a_place_there(nlp, text, outlet):
    has(run(nlp, text), "ROLE", "Dan Reyes", outlet)


@pytest.mark.parametrize("text", [
    "Dan Reyes wrote on Facebook that the plan would fail.",
    "Dan Reyes wrote in an email to the Daily Ledger that the plan would fail.",
    "Dan Reyes has never written for the Daily Ledger.",
    "Dan Reyes, a former aide, wrote in a Daily Ledger op-ed that the plan would fail.",
])
def test_a_platform_a_message_or_a_denial_is_no_place(nlp, text):
    assert not [r for r in rels(run(nlp, text), "ROLE") if r[0] == "Dan Reyes"]
