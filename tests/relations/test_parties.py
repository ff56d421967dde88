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
