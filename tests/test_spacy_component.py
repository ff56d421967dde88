"""The spaCy component: ``nlp.add_pipe("quotegraph")`` in a pipeline the user builds."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

import pytest
import spacy

import quotegraph as qg
from quotegraph.pipeline import default_model
import quotegraph.spacy_component  # registers the factory, as the entry point does once installed

REPO = Path(__file__).resolve().parent.parent
TEXT = ("“We will not sign away our coast,” Norwegian Fisheries Minister Anika Solberg told reporters on "
        "Friday. Tomas Berg, a senior adviser to Icelandic Prime Minister Helga Jonsdottir, said the offer "
        "was the best Norway would see. Berg phoned Solberg on Saturday.")


@pytest.fixture(scope="module")
def nlp_with_component():
    pipeline = spacy.load(default_model())  # the user's own copy of the model, not ours
    pipeline.add_pipe("quotegraph")
    return pipeline


def test_component_fills_the_doc_with_what_the_extractor_writes(nlp_with_component):
    doc = nlp_with_component(TEXT)
    assert nlp_with_component.pipe_names[-1] == "quotegraph"
    ex = qg.extract_text(TEXT)
    assert doc._.quotes == ex.quotes and len(ex.quotes) >= 2
    assert doc._.relations == ex.relations
    assert doc._.entities == ex.entities
    assert doc._.quotegraph.to_dict() == {**ex.to_dict(), "source": "<spacy>"}
    speakers = [e.name for e in doc._.speakers]
    assert speakers[:2] == ["Anika Solberg", "Tomas Berg"]
    assert len(speakers) == len(set(speakers))
    assert all(isinstance(e, qg.Entity) for e in doc._.speakers)
    first = doc._.quotes[0]
    assert first.addressee is not None and first.addressee.name == "reporters"
    # offsets point into the Doc's text, so they map to spaCy spans
    span = doc.char_span(first.contents[0].start, first.contents[0].end, alignment_mode="expand")
    assert "sign away our coast" in span.text


def test_component_works_with_nlp_pipe_and_a_source():
    pipeline = spacy.load(default_model())
    pipeline.add_pipe("quotegraph", config={"source": "wire.txt"})
    docs = list(pipeline.pipe([TEXT, "The weather was fine."]))
    assert docs[0]._.quotegraph.document.source == "wire.txt"
    assert docs[1]._.quotes == () and docs[1]._.speakers == ()


def test_before_the_component_runs_the_attributes_are_none():
    doc = spacy.blank("en")("Nothing ran here.")
    assert doc._.quotes is None and doc._.speakers is None


def test_component_without_a_parser_says_what_is_missing():
    blank = spacy.blank("en")
    blank.add_pipe("quotegraph")
    with pytest.raises(ValueError, match="dependency parser"):
        blank("“Fine,” she said.")


def test_entry_point_is_declared_in_pyproject():
    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    target = meta["project"]["entry-points"]["spacy_factories"]["quotegraph"]
    module, _, attr = target.partition(":")
    assert getattr(sys.modules.get(module) or __import__(module, fromlist=[attr]), attr) \
        is quotegraph.spacy_component.make_quotegraph


def test_spacy_finds_the_factory_through_the_declared_entry_point(tmp_path):
    """A fresh interpreter that never imports quotegraph.spacy_component: spaCy must find
    "quotegraph" through the entry point, as it will once the package is (re)installed. The
    entry points are pyproject's, written into package metadata on the path."""
    import subprocess

    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    dist = tmp_path / "quotegraph_entry_points_check-0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: quotegraph-entry-points-check\nVersion: 0\n")
    declared = meta["project"]["entry-points"]["spacy_factories"]
    lines = ["[spacy_factories]"] + [f"{name} = {target}" for name, target in declared.items()]
    (dist / "entry_points.txt").write_text("\n".join(lines) + "\n")
    code = ("import sys, spacy; nlp = spacy.blank('en'); nlp.add_pipe('quotegraph'); "
            "assert 'quotegraph.spacy_component' in sys.modules; print(nlp.pipe_names)")
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{REPO}"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "['quotegraph']"


# Two paragraphs, so that the sentence starts at paragraph breaks matter to the parse.
PARAGRAPHS = (TEXT + "\n\nTalks resume\n\n“Nothing is agreed until everything is agreed,” a Danish "
              "diplomat said, adding that Copenhagen had asked the European Commission to mediate.")
OTHER_TEXTS = [PARAGRAPHS, "The weather was fine.", "“We are ready,” Defence Minister Lea Holm said on Monday."]


@pytest.fixture(scope="module")
def prepared():
    """The model as quotegraph parses with it (sentence starts, fast tables), plus the
    component: a fresh copy, not the pipeline extract() shares."""
    from quotegraph.pipeline import prepare

    pipeline = spacy.load(default_model())
    prepare(pipeline)
    pipeline.add_pipe("quotegraph")
    return pipeline


def _records(docs):
    return [doc._.quotegraph.to_dict() for doc in docs]


def test_results_are_plain_data_in_user_data(prepared):
    import json

    import srsly

    doc = prepared(PARAGRAPHS)
    assert doc._.quotes and isinstance(doc._.quotes[0], qg.Quote)
    record = doc.user_data["quotegraph"]
    # only what msgpack and JSON carry: dicts, lists, strings, numbers, None
    assert srsly.msgpack_loads(srsly.msgpack_dumps(record)) == json.loads(json.dumps(record))


def test_nlp_pipe_with_two_processes_gives_the_same_results(prepared):
    """Regression: the worker processes could not send the docs back ("can not serialize
    'Quote' object")."""
    alone = _records(prepared.pipe(OTHER_TEXTS))
    assert _records(prepared.pipe(OTHER_TEXTS, n_process=2, batch_size=1)) == alone
    assert sum(len(r["quotes"]) for r in alone) >= 4


def test_docbin_and_to_bytes_round_trip(prepared):
    from spacy.tokens import Doc, DocBin

    docs = list(prepared.pipe(OTHER_TEXTS))
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(stored).get_docs(spacy.blank("en").vocab))
    assert _records(back) == _records(docs)
    again = Doc(prepared.vocab).from_bytes(docs[0].to_bytes())
    assert again._.quotes == docs[0]._.quotes and again._.speakers == docs[0]._.speakers
    assert again._.quotegraph.to_dict() == docs[0]._.quotegraph.to_dict()


def test_a_saved_pipeline_loads_again_in_a_fresh_process(prepared, tmp_path):
    """Regression: a pipeline from quotegraph's loader could not be loaded again (its
    tokenizer wrapper and fast lemmatizer were no registered components; after an import the
    lemmatizer raised on every call). Saved with the component, loaded by spacy.load alone
    (the factories come through the entry points), it gives what `quotegraph extract` gives."""
    import json
    import subprocess

    prepared.to_disk(tmp_path / "pipeline")
    code = ("import json, sys, spacy; nlp = spacy.load(sys.argv[1]); "
            "print(json.dumps({'pipes': nlp.pipe_names, "
            "'records': [d._.quotegraph.to_dict() for d in nlp.pipe(sys.argv[2:])]}))")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipeline"), *OTHER_TEXTS],
                         capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    loaded = json.loads(run.stdout)
    assert loaded["pipes"] == prepared.pipe_names
    assert loaded["pipes"][0] == "quotegraph_sentence_starts"
    expected = [{**ex.to_dict(), "source": "<spacy>"} for ex in qg.extract([qg.Document(t, "<spacy>") for t in OTHER_TEXTS])]
    assert loaded["records"] == expected
    assert expected[0]["quotes"] and expected[2]["quotes"]


def test_quotegraphs_loader_loads_a_saved_pipeline(prepared, tmp_path):
    prepared.to_disk(tmp_path / "pipeline")
    nlp = qg.load_pipeline(str(tmp_path / "pipeline"))
    assert [p for p in nlp.pipe_names if p == "quotegraph_sentence_starts"] == ["quotegraph_sentence_starts"]
    doc = nlp(PARAGRAPHS)
    assert [t.lemma_ for t in doc] == [t.lemma_ for t in prepared(PARAGRAPHS)]


def test_component_and_cli_find_the_same_quotes_on_the_seeds(seed_extractions):
    """Regression: on the seed texts the component found [24, 6, 18, 25, 29] quotes and the
    CLI [24, 6, 18, 24, 30]. With the sentence starts before the parser, the component sees
    the parse the CLI sees; the one remaining difference is inline markup: the CLI parses a
    text with HTML tags ("<u>…</u>") without them and maps offsets back, a component gets the
    Doc as tokenized, tags and all (the README says so)."""
    from quotegraph.markup import without_markup

    nlp = spacy.load(default_model())
    nlp.add_pipe("quotegraph_sentence_starts", first=True)
    nlp.add_pipe("quotegraph")
    names = sorted(seed_extractions)
    texts = [seed_extractions[n].document.text for n in names]
    views = [without_markup(t)[0] for t in texts]
    assert any(v != t for v, t in zip(views, texts))  # the seeds hold a case of inline markup
    for name, text, view, doc in zip(names, texts, views, nlp.pipe(views)):
        cli = seed_extractions[name]
        if view == text:
            assert doc._.quotes == cli.quotes, name
            assert doc._.relations == cli.relations, name
        else:  # the same quotes, at the view's offsets
            assert [(q.text, q.speaker) for q in doc._.quotes] == [(q.text, q.speaker) for q in cli.quotes], name


def test_every_declared_factory_is_the_registered_one():
    """spacy.load finds a saved pipeline's quotegraph components through these entry points."""
    import importlib

    from spacy.util import registry

    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["entry-points"]["spacy_factories"]
    assert {"quotegraph", "quotegraph_sentence_starts", "quotegraph_fast_attribute_ruler",
            "quotegraph_fast_lemmatizer"} <= set(declared)
    for name, target in declared.items():
        module, _, attr = target.partition(":")
        factory = getattr(importlib.import_module(module), attr)
        assert registry.factories.get(name) is factory, name
