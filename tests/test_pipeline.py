"""The pipeline quotegraph parses with (graph/pipeline.py); sentences invented."""

from __future__ import annotations

import pytest

from conftest import quote_with
from quotegraph import extract_text, load_pipeline
from quotegraph.pipeline import prepare


@pytest.mark.parametrize("text, words", [
    ('Speaker Ada Brenner said,\u201cLook, these posters have no place in a campaign.\u201d', "Look"),
    ('Speaker Ada Brenner said:"These posters have no place in a campaign."', "posters"),
])
def test_a_cue_glued_to_its_quotation_still_speaks(text, words):
    # regression: 'said,“Look' was one token, and the quote had no cue and no speaker
    q = quote_with(extract_text(text), words)
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and q.speaker.name == "Ada Brenner"


def test_a_closing_mark_glued_to_the_cue_after_it_still_speaks():
    # regression: ',”Lund' was one noun, and the quote went to the host who spoke before
    text = ("But the host wanted to know, \u201cHow surprised are you that he won?\u201d\n\n"
            "\u201cI think it has been surprising to see him deal in so much paranoia,\u201dAda Lund said. "
            "\u201cSome of the things he said do not fit the man I knew.\u201d")
    q = quote_with(extract_text(text), "so much paranoia")
    assert q.speaker is not None and q.speaker.name == "Ada Lund"


def test_glued_marks_are_words_of_their_own_and_numbers_keep_their_commas():
    nlp = load_pipeline()
    assert [t.text for t in nlp.make_doc('Lee said,\u201cNo.\u201d')] == ["Lee", "said", ",", "\u201c", "No", ".", "\u201d"]
    assert "3,000" in [t.text for t in nlp.make_doc("It cost 3,000 dollars.")]
    # the comma before a closing mark glued to the cue is a word of its own too, not part of the noun
    assert [t.text for t in nlp.make_doc('of paranoia,\u201dLund said')] == ["of", "paranoia", ",", "\u201d", "Lund", "said"]


def test_preparing_twice_changes_nothing():
    nlp = load_pipeline()
    pattern = nlp.tokenizer.infix_finditer.__self__.pattern
    prepare(nlp)
    assert nlp.tokenizer.infix_finditer.__self__.pattern == pattern
