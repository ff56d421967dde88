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


# Regression: the rule lemmatizer keeps the last stem its suffix rules find in its index, so
# "hopes", "waged", "slated" became "hop", "wag", "slat" and every rule testing "hope",
# "wage" or "slate" missed them (quotegraph.lemma_exceptions).
@pytest.mark.parametrize("text, word, lemma", [
    ("The governor hopes to visit Lima in May.", "hopes", "hope"),
    ("The governor hoped for a deal.", "hoped", "hope"),
    ("The governor is hoping for a deal.", "hoping", "hope"),
    ("The rebels waged a long war against the army.", "waged", "wage"),
    ("The rebels are waging a long war against the army.", "waging", "wage"),
    ("The vote was slated for Friday.", "slated", "slate"),
    ("The mayor dined with two bankers.", "dined", "dine"),
    ("The mayor hates the new budget.", "hates", "hate"),
    ("Her aides sniped at the plan all week.", "sniped", "snipe"),
    ("The union staged a strike.", "staged", "stage"),
    ("Voters stared at the ballot.", "stared", "stare"),
    ("The army closed two bases in the north.", "bases", "base"),
    ("The council raised taxes again.", "taxes", "tax"),
    ("The drug has many uses.", "uses", "use"),
    # verbs the model's index lacks: "texte", "cofounde"
    ("The mayor texted her deputy at noon.", "texted", "text"),
    ("She cofounded the group in 1990.", "cofounded", "cofound"),
])
def test_inflected_forms_get_their_own_lemma(text, word, lemma):
    doc = load_pipeline()(text)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


@pytest.mark.parametrize("text, word, lemma", [
    ("The rabbit hopped over the fence.", "hopped", "hop"),  # "hop" doubles its p
    ("The rabbit was hopping around.", "hopping", "hop"),
    ("The choir was singing.", "singing", "sing"),  # "singe" keeps its e before -ing
    ("The cars were parked.", "cars", "car"),
])
def test_lemmas_that_were_right_stay(text, word, lemma):
    doc = load_pipeline()(text)
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


def test_lemma_corrections_are_added_once_and_saved_with_the_pipeline(tmp_path):
    import spacy

    nlp = load_pipeline()
    rules = len(nlp.get_pipe("attribute_ruler").patterns)
    prepare(nlp)
    assert len(nlp.get_pipe("attribute_ruler").patterns) == rules
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert [t.lemma_ for t in loaded("She hopes they waged it.")][1:4] == ["hope", "they", "wage"]


def test_a_meeting_slated_is_no_contact_and_a_hate_is_a_feud():
    # "slated" read as "slat" was no arrangement, so the meeting counted as held; "hates" as "hat"
    slated = extract_text("Senator Ann Reed was slated to meet Governor Tom Baker on Friday.")
    assert not [r for r in slated.relations if r.predicate == "COMMUNICATED_WITH"]
    hates = extract_text("Senator Ann Reed, who hates Governor Tom Baker, spoke on Friday.")
    ids = {e.id: e.name for e in hates.entities}
    assert {(ids[r.subject], ids[r.object]) for r in hates.relations if r.predicate == "ADVERSARY_OF"} \
        == {("Ann Reed", "Tom Baker")}
