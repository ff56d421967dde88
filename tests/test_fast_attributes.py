"""The table-driven attribute ruler gives exactly what the model's own AttributeRuler gives."""

import pytest
import spacy

from quotegraph.pipeline import default_model

SENTENCES = [
    "“We ain't gonna sign it,” the minister told reporters on Tuesday.",
    "Let's be clear: we gotta  leave\n\nnow, but she can't and won't.",
    "Mr. O'Neill, 54, said the U.S.-led talks in Geneva were \"productive\" — but not final.",
    "They'd said it's theirs; y'all knew that. Doesn't matter!",
    "  Leading spaces, tabs\tand 3.5 percent of $1,200 were cited by NATO's Jens Stoltenberg.",
]


@pytest.fixture(scope="module")
def original():
    """The model with its own attribute ruler, and our tokenizer (which also sets sentence
    starts at paragraph breaks), so that only the rulers differ."""
    from quotegraph.pipeline import _LetterStops

    nlp = spacy.load(default_model())
    nlp.tokenizer = _LetterStops(nlp.tokenizer)
    return nlp


def _annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_pipeline_uses_the_fast_ruler(nlp):
    from quotegraph.fast_attributes import FastAttributeRuler

    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)


@pytest.mark.parametrize("text", SENTENCES)
def test_same_annotations_as_the_models_own_ruler(nlp, original, text):
    assert _annotations(nlp(text)) == _annotations(original(text))


def test_same_annotations_on_a_seed_article(nlp, original, seeds_dir):
    path = sorted(seeds_dir.glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    assert _annotations(nlp(text)) == _annotations(original(text))


def test_rules_loaded_from_bytes_take_effect(nlp, original):
    """Loading other rules (as spaCy does from disk) rebuilds the table: no stale rules."""
    from quotegraph.fast_attributes import FastAttributeRuler

    text = SENTENCES[1]
    fast = FastAttributeRuler(nlp, "attribute_ruler", [])
    doc = original.make_doc(text)
    for name, proc in original.pipeline:
        if name == "attribute_ruler":
            break
        doc = proc(doc)
    fast.from_bytes(original.get_pipe("attribute_ruler").to_bytes())
    doc = fast(doc)
    for name, proc in original.pipeline[[n for n, _ in original.pipeline].index("attribute_ruler") + 1:]:
        doc = proc(doc)
    assert _annotations(doc) == _annotations(original(text))
