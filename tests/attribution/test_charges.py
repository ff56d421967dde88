"""What a charge says (graph/attribution/reported_arguments.py): "accused X of …", "blamed X
for …", "dismissed X as …" report whom the words are about as much as the charge, as PolNeAR's
readers mark them; the one warned or thanked is only the addressee. Sentences written for these
tests."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text, words, content", [
    ("Senator Ann Pell accused Governor Tom Reade of buying votes.", "buying votes",
     "Governor Tom Reade of buying votes"),
    ("Senator Ann Pell blamed the port authority for the long delays at the docks.", "long delays",
     "the port authority for the long delays at the docks"),
    ("Mayor Tom Reade dismissed the protests as “political theater.”", "political theater",
     "the protests as “political theater"),
    ("Senator Ann Pell criticized the mayor for “misleading the public about the budget.”", "misleading",
     "the mayor for “misleading the public about the budget"),
])
def test_a_charge_reads_with_whom_it_charges(text, words, content):
    q = quote_with(extract_text(text), words)
    assert q.contents[0].text.startswith(content), q.contents[0].text


def test_a_quoted_phrase_the_parse_hangs_on_the_cue_stays_in_the_charge():
    q = quote_with(extract_text('Senator Ann Pell accused Governor Tom Reade of buying votes '
                                '"in a pattern of sleaze stretching back years."'), "buying votes")
    assert "in a pattern of sleaze" in q.contents[0].text
    assert q.kind == "mixed" and any("pattern of sleaze" in f.text for f in q.fragments)


@pytest.mark.parametrize("text, words, kept_out", [
    ("Senator Ann Pell warned voters about “a rigged count” in the county.", "rigged", "voters"),
    ("Mayor Tom Reade thanked the volunteers for “keeping the shelters open all winter.”", "shelters", "volunteers"),
])
def test_the_one_warned_or_thanked_is_no_part_of_the_words(text, words, kept_out):
    q = quote_with(extract_text(text), words)
    assert kept_out not in q.contents[0].text, q.contents[0].text
