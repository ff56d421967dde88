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
