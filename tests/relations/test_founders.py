"""ROLE founder said by the verb "found" (graph/relations/founders.py): a relative clause, a
participle on the body, a main clause; and nothing for a denial. Sentences written for this test."""

import pytest

from ._helpers import has, rels, run


@pytest.mark.parametrize("text, holder, body, role", [
    ("Nora Quill spoke first. Dev Arora, who founded the Lantern Trust in 1998, backed the bill.",
     "Dev Arora", "Lantern Trust", "founder"),
    ("Nora Quill spoke first. Dev Arora, the banker who co-founded the Lantern Trust, backed the bill.",
     "Dev Arora", "Lantern Trust", "co-founder"),
    ("Nora Quill spoke first. The Lantern Trust, founded by retired banker Dev Arora, will run an ad.",
     "Dev Arora", "Lantern Trust", "founder"),
    ("Nora Quill spoke first. Dev Arora founded the Lantern Trust after the war.",
     "Dev Arora", "Lantern Trust", "founder"),
])
def test_the_founder_of_a_named_body(nlp, text, holder, body, role):
    r = has(run(nlp, text), "ROLE", holder, body)
    assert r.role == role


def test_a_body_not_founded_has_no_founder(nlp):
    ex = run(nlp, "Nora Quill spoke first. Dev Arora did not found the Lantern Trust, his aides said.")
    assert not [o for s, o, _ in rels(ex, "ROLE") if s == "Dev Arora"]


def test_the_main_clauses_will_does_not_undo_a_founding(nlp):
    """ "ORG, founded by X, will air an ad": the founding is a fact; the ad is to come."""
    ex = run(nlp, "Nora Quill spoke first. The Lantern Trust, founded by Dev Arora, will air an ad on Monday.")
    has(ex, "ROLE", "Dev Arora", "Lantern Trust")
