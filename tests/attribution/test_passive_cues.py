"""Cues in the passive and quoting verbs (graph/attribution/passive_cues.py): the one quoted "as
saying" speaks, not the outlet that quotes. Sentences written for these tests; names invented."""

import pytest

from conftest import quote_with
from quotegraph import extract_text


@pytest.mark.parametrize("text, words, speaker", [
    ('State media quoted President Kim Sol as saying the tests were "a success."', "the tests", "Kim Sol"),
    ('The agency quoted Pavel Orlov as saying: "We are ready for dialogue."', "ready for dialogue", "Pavel Orlov"),
    ('The newspaper cited Mayor Ines Lin as saying that "nothing will change."', "nothing will change", "Ines Lin"),
])
def test_the_one_quoted_as_saying_speaks_not_the_outlet(text, words, speaker):
    doc = extract_text(text)
    q = quote_with(doc, words)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue.text == "saying"
    assert len(doc.quotes) == 1


def test_citing_someone_as_doing_is_the_citers_label():
    # regression: "citing X as giving" was read as "cited X as saying", which dropped the
    # citer's mixed quote and its verbatim fragment
    text = ("A joint communique called the company a \u201creckless supplier\u201d of the junta, citing it as "
            "providing \u201csteady support for the army's drone programme.\u201d")
    frags = [f.text for q in extract_text(text).quotes for f in q.fragments]
    assert any("steady support for the army" in f for f in frags), frags
