"""The table-driven attribute ruler and lemmatizer give exactly what the model's own give."""

import json

import pytest
import spacy

from conftest import SHARED
from quotegraph.pipeline import default_model

POLNEAR_DEV = SHARED / "benchmarks" / "polnear-dev.jsonl"

SENTENCES = [
    "“We ain't gonna sign it,” the minister told reporters on Tuesday.",
    "Let's be clear: we gotta  leave\n\nnow, but she can't and won't.",
    "Mr. O'Neill, 54, said the U.S.-led talks in Geneva were \"productive\" — but not final.",
    "They'd said it's theirs; y'all knew that. Doesn't matter!",
    "  Leading spaces, tabs\tand 3.5 percent of $1,200 were cited by NATO's Jens Stoltenberg.",
]


@pytest.fixture(scope="module")
def original():
    """The model with its own attribute ruler and lemmatizer, and our sentence starts (at
    paragraph breaks), so that only the rulers and lemmatizers differ."""
    nlp = spacy.load(default_model())
    nlp.add_pipe("quotegraph_sentence_starts", first=True)
    return nlp


def _annotations(doc):
    return [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]


def test_pipeline_uses_the_fast_ruler(nlp):
    from quotegraph.fast_attributes import FastAttributeRuler, FastLemmatizer

    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert nlp.get_pipe("attribute_ruler")._exact  # the table runs, not the fallback to spaCy's ruler


def test_the_fast_ruler_uses_no_private_spacy_api():
    import quotegraph.fast_attributes as fast

    source = open(fast.__file__, encoding="utf-8").read()
    assert "spacy.tokens._" not in source and "_retokenize" not in source


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


def _lemmas_in_two_orders(texts):
    """Every token's lemma from spaCy's own rule lemmatizer and from quotegraph's table, the
    table filled once in reading order and once (fresh) in reverse; per text, in text order."""
    from quotegraph.pipeline import prepare

    nlp = spacy.load(default_model())
    prepare(nlp)
    own = spacy.load(default_model()).get_pipe("lemmatizer")  # the model's EnglishLemmatizer
    # Everything the lemmatizer reads is set by then: tags, the parse, the attribute ruler.
    docs = list(nlp.pipe(texts, disable=["lemmatizer", "ner"]))
    expected = [[t.lemma_ for t in own(doc.copy())] for doc in docs]
    got = {}
    for name, order in (("forward", range(len(docs))), ("reverse", reversed(range(len(docs))))):
        fast = nlp.create_pipe("quotegraph_fast_lemmatizer")
        fast.from_bytes(own.to_bytes())  # the same lookup tables, an empty table of our own
        got[name] = {i: [t.lemma_ for t in fast(docs[i].copy())] for i in order}
    return expected, [got["forward"][i] for i in range(len(docs))], [got["reverse"][i] for i in range(len(docs))]


def _differences(expected, got, texts):
    return [(i, k, texts[i][:40], e, g) for i, (es, gs) in enumerate(zip(expected, got))
            for k, (e, g) in enumerate(zip(es, gs)) if e != g]


def test_lemmas_are_the_models_own_in_either_order_on_the_seeds(seeds_dir):
    """Regression: the table was keyed by (word, part of speech) and filled by the first
    documents read, while spaCy's lemmatizer also reads morphology ("media" as a singular noun
    keeps its form, as a plural one becomes "medium"): seed tokens got another token's lemma,
    which ones depending on the order the seeds were read."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    expected, forward, reverse = _lemmas_in_two_orders(texts)
    assert sum(map(len, expected)) > 3000
    assert _differences(expected, forward, texts) == []
    assert _differences(expected, reverse, texts) == []


@pytest.mark.slow
def test_lemmas_are_the_models_own_in_either_order_on_polnear_dev():
    if not POLNEAR_DEV.is_file():
        pytest.skip(f"PolNeAR dev is not at {POLNEAR_DEV} (set QUOTEGRAPH_SHARED)")
    texts = [json.loads(line)["text"] for line in POLNEAR_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected, forward, reverse = _lemmas_in_two_orders(texts)
    assert len(texts) == 84 and sum(map(len, expected)) > 70_000
    assert _differences(expected, forward, texts) == []
    assert _differences(expected, reverse, texts) == []
