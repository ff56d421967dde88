"""Curly apostrophes parse as straight ones (graph/pipeline.py): the models were trained on
"'s" and read "Baker’s" as a loose modifier more often than as the possessor every relation
rule looks for. Sentences written for this test."""

import pytest

from tests.relations._helpers import between, run


@pytest.mark.parametrize("text", [
    "It was Baker’s worst week, and Lopez’s best.",
    "Holt has been taking heat at home for not condemning Baker’s attacks on Lopez.",
    "Lopez didn’t say whether she’ll run, but Baker’s team thinks she will.",
])
def test_curly_and_straight_apostrophes_parse_alike(nlp, text):
    curly = nlp(text)
    straight = nlp(text.replace("’", "'"))
    assert [(t.dep_, t.head.i, t.tag_) for t in curly] == [(t.dep_, t.head.i, t.tag_) for t in straight]
    assert curly.text == text  # the text itself is untouched


def test_a_possessor_before_a_curly_apostrophe_owns_the_attacks(nlp):
    between(run(nlp, "Tom Baker, Maria Lopez and Ann Ruiz spoke. Ruiz was faulted for not condemning "
                     "Baker’s attacks on Lopez."), "ADVERSARY_OF", "Tom Baker", "Maria Lopez")


def test_a_rival_named_after_a_curly_possessive_is_an_adversary(nlp):
    ex = run(nlp, "Ada Quell has not said whether she will run. “I haven’t decided,” Quell’s rival "
                  "Tomas O’Dwyer said, “but she won’t win.”")
    between(ex, "ADVERSARY_OF", "Tomas O’Dwyer", "Ada Quell")


def test_a_name_spelled_with_a_curly_apostrophe_is_the_speaker(nlp):
    # the model tagged no person in "D’Avila" (an organisation), as it does in "D'Avila"
    ex = run(nlp, "After a host asked the senator who would win, D’Avila replied, “If I had to bet "
                  "now, I would bet on the mayor.”")
    assert [(q.speaker.name, q.speaker.type) for q in ex.quotes] == [("D’Avila", "person")]


def test_a_saved_pipeline_parses_curly_apostrophes_as_straight_ones(nlp, tmp_path):
    # lexemes are not saved with a pipeline: the sentence starts component sets them again
    import spacy

    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    text = "It was Baker’s worst week, and Lopez’s best."
    assert [(t.dep_, t.head.i) for t in loaded(text)] == [(t.dep_, t.head.i) for t in nlp(text.replace("’", "'"))]
