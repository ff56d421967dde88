"""COMMUNICATED_WITH from an agreement two sides reach (graph/relations/agreements.py): the
sides of a deal signed, reached or agreed to negotiated it; one side alone, a broker, and a deal
not reached say no talks. Sentences written for this test."""

import pytest

from ._helpers import between, rels, run

C = "COMMUNICATED_WITH"


@pytest.mark.parametrize("text, a, b", [
    ("India and Pakistan agreed to a ceasefire on Saturday.", "India", "Pakistan"),
    ("Peru and Chile signed a fisheries agreement in Lima.", "Peru", "Chile"),
    ("Azerbaijan signed a peace deal with Armenia in Washington.", "Azerbaijan", "Armenia"),
    ("The European Union and Japan reached a trade deal last week.", "European Union", "Japan"),
    ("President Ana Ruiz and Prime Minister Carlos Ortega signed a trade agreement on Monday.",
     "Ana Ruiz", "Carlos Ortega"),
    # a deal its holder has with the other side ("X's deal with Y")
    ("Chancellor Maria Lind praised the European Union’s deal with Turkey as a “breakthrough.”",
     "European Union", "Turkey"),
    ("Senator Ann Ruiz is at odds with her party on President Tom Bell's nuclear pact with Iran.", "Tom Bell", "Iran"),
])
def test_the_sides_of_a_deal_reached_negotiated_it(nlp, text, a, b):
    assert between(run(nlp, text), C, a, b).event == "talks"


@pytest.mark.parametrize("text", [
    "Serbia and Kosovo failed to reach an agreement in Brussels.",
    "France and Germany will sign a defence pact next month.",
    "Iran and Saudi Arabia did not reach a deal.",
    "Israel agreed to a ceasefire proposed by Egypt.",  # one side alone
    "Qatar welcomed the agreement between Israel and Hamas.",  # a bystander
    "Senator Ann Ruiz criticized Peru's proposed deal with Chile.",  # a deal not yet made
    "If Peru's deal with Chile collapses, prices will rise.",
])
def test_no_talks_from_a_deal_not_reached_one_side_or_a_bystander(nlp, text):
    assert not rels(run(nlp, text), C)
