"""Extraction on the seed articles (read in place from ../shared/seeds) and on examples/."""

import tempfile

import pytest

from conftest import REPO, SHARED, quote_with

SEED_000 = "000_279d4161b928da44.txt"


def _all_spans(ex):
    for q in ex.quotes:
        yield from q.contents
        yield from q.sources
        if q.cue:
            yield q.cue
    for e in ex.entities:
        yield from e.mentions
    for r in ex.relations:
        yield r.evidence


def test_witkoff_told_ushakov(seed_extractions):
    q = quote_with(seed_extractions[SEED_000], "The president will give me a lot of space")
    assert q.kind == "direct"
    assert q.speaker.name == "Steve Witkoff"
    assert q.addressee is not None and q.addressee.name == "Yuri Ushakov"
    assert q.cue.lemma == "tell" and q.cue.text == "told"


def test_johnstone_has_both_quotes(seed_extractions):
    ex = seed_extractions[SEED_000]
    first = quote_with(ex, "There is certainly a sense")
    second = quote_with(ex, "They think they’ve figured him out")
    assert first.speaker.name == "Christopher Johnstone"
    assert second.speaker.name == "Christopher Johnstone"


def test_he_said_resolves_to_wadephul(seed_extractions):
    q = quote_with(seed_extractions[SEED_000], "Even if the fighting were to stop now")
    assert q.sources[0].text == "he"
    assert q.speaker.name == "Johann Wadephul"
    assert q.cue.lemma == "say"


def test_every_span_points_into_its_text(seed_extractions, example_extractions):
    for ex in [*seed_extractions.values(), *example_extractions.values()]:
        text = ex.document.text
        for span in _all_spans(ex):
            assert text[span.start:span.end] == span.text, (ex.document.source, span)


def test_quote_refs_name_entities_of_the_document(seed_extractions):
    for ex in seed_extractions.values():
        ids = {e.id for e in ex.entities}
        for q in ex.quotes:
            for ref in (q.speaker, q.addressee, q.reported_by):
                assert ref is None or ref.id in ids, (ex.document.source, ref)
        for r in ex.relations:
            assert r.subject in ids and r.object in ids


def test_same_input_same_ids(nlp, seeds_dir):
    from quotegraph import extract, iter_documents

    first = [ex.to_dict() for ex in extract(iter_documents([seeds_dir / SEED_000]))]
    again = [ex.to_dict() for ex in extract(iter_documents([seeds_dir / SEED_000]))]
    assert first == again


def test_examples_told_reporters(example_extractions):
    q = quote_with(example_extractions["01_fishing_talks.txt"], "We came here to make a deal")
    assert q.speaker.name == "Anika Solberg"
    assert q.addressee.name == "reporters"


def test_split_quote_is_one_utterance(example_extractions):
    q = quote_with(example_extractions["02_envoy_visit.txt"], "We are ready to listen")
    assert q.speaker.name == "Anika Solberg"
    assert any("not for sale" in c.text for c in q.contents)


def _extract_in_fresh_process(tmp_path, name, files, *options):
    """`quotegraph extract` over ``files`` in this order, in a new process (so every table
    the pipeline fills starts empty): {document id: JSONL record}."""
    import json
    import subprocess
    import sys

    out = tmp_path / f"{name}.jsonl"
    run = subprocess.run([sys.executable, "-m", "quotegraph", "extract", *map(str, files), "-o", str(out),
                          "--no-cache", "-q", *options], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in records] == [str(f) for f in files]
    return {r["id"]: r for r in records}


@pytest.mark.slow
def test_a_document_gives_the_same_output_in_any_order_alone_or_with_workers(tmp_path, seeds_dir):
    """Regression: the lemma table was filled by the documents read first and keyed by less
    than the lemmatizer reads, so the same article could be extracted differently in another
    corpus or order. Now: the corpus forward, the corpus backward on two workers, and one
    article alone give byte-identical records per document."""
    files = sorted(seeds_dir.glob("*.txt")) + sorted((SHARED / "corpus" / "intl-news").glob("*.txt"))
    forward = _extract_in_fresh_process(tmp_path, "forward", files)
    backward = _extract_in_fresh_process(tmp_path, "backward", files[::-1], "--workers", "2")
    alone = _extract_in_fresh_process(tmp_path, "alone", files[-1:])
    assert len(forward) == len(files) and sum(len(r["quotes"]) for r in forward.values()) > 100
    assert forward.keys() == backward.keys()
    differing = [forward[k]["source"] for k in forward if forward[k] != backward[k]]
    assert differing == []
    (doc_id, record), = alone.items()
    assert record == forward[doc_id]


def test_the_extractor_core_imports_nothing_of_the_scaling_layer():
    """Regression: extract.py, parallel.py, cache.py and distributed.py imported each other.
    The extractor (quotegraph.extract, the module) must not import the scaling layer, at
    import time or inside a function; the scaling layer calls it."""
    import ast
    import subprocess
    import sys

    scaling = {"parallel", "cache", "distributed", "worker"}
    code = ("import sys, quotegraph.extract; "
            "print(' '.join(m for m in sys.modules if m.startswith('quotegraph.')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tempfile.gettempdir())
    assert run.returncode == 0, run.stderr[-2000:]
    loaded = {m.split(".")[1] for m in run.stdout.split()}
    assert "extract" in loaded and not loaded & scaling

    # Every module the extractor reaches, through imports anywhere in its code (a package,
    # such as attribution/, with all its modules: their imports of the others are one level up).
    package = REPO / "graph"
    seen, todo = set(), ["extract"]
    while todo:
        name = todo.pop()
        if (package / f"{name}.py").is_file():
            files, level = [package / f"{name}.py"], 1
        else:
            files, level = sorted((package / name).glob("*.py")), 2
        if name in seen or not files:
            continue
        seen.add(name)
        for path in files:
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.level == level:
                    todo += [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
    assert "attribution" in seen and "pipeline" in seen
    # nor the public entry point quotegraph.scale, which dispatches to either
    assert not seen & (scaling | {"scale"}), f"the extractor reaches {sorted(seen & (scaling | {'scale'}))}"


def test_a_span_that_does_not_hold_is_dropped_and_noted_never_written():
    from quotegraph.extract import BAD_SPANS, sound_spans
    from quotegraph.model import Document, Entity, Extraction, Quote, Relation, Span

    text = "Ana Kalvor said the talks went well."
    good, backwards = Span(0, 10, "Ana Kalvor"), Span(12, 11, "")
    ex = Extraction(Document(text, "memo.txt"),
                    quotes=(Quote("q-1", "indirect", (Span(16, 35, "the talks went well"),), sources=(good, backwards)),
                            Quote("q-2", "indirect", (Span(30, 99, "x"),))),
                    entities=(Entity("ent-1", "Ana Kalvor", "person", (), (good, backwards)),),
                    relations=(Relation("ent-1", "ROLE", "ent-2", Span(5, 3, "")),))
    out = sound_spans(ex)
    assert [m for e in out.entities for m in e.mentions] == [good]
    assert [q.id for q in out.quotes] == ["q-1"] and out.quotes[0].sources == (good,)
    assert out.relations == ()
    assert out.errors == (f"{BAD_SPANS}: 4",)
    assert sound_spans(out) is out  # nothing left to drop


def test_every_span_of_a_garbled_sentence_holds(nlp):
    from quotegraph import Document, extract

    text = ("Foreign Minister Ana Kalvor spoke on Monday. "
            "\u201cClose minister the according the officials told reporters.")
    ex = next(extract([Document(text, "memo.txt")]))
    assert ex.errors == ()
    assert all(0 <= s.start <= s.end <= len(text) and text[s.start:s.end] == s.text for s in _all_spans(ex))


def test_a_group_tried_as_an_audience_and_never_used_is_no_entity(nlp):
    """Regression: "spoke at a rally" in the sentence before another speaker's quote left a
    group "rally" in the entities (a node in the graph) that no quote or relation used."""
    from quotegraph import Document, extract

    text = ("Senator Ana Kalvor spoke at a rally in Tampa on Monday.\n\n"
            "Mayor Tom Reyes said he was tired of the campaign.\n\n"
            "Kalvor told reporters she would win.")
    ex = next(extract([Document(text, "memo.txt")]))
    names = {e.name for e in ex.entities}
    assert "rally" not in names
    # a group that is an addressee stays
    assert [q.addressee.name for q in ex.quotes if q.addressee] == ["reporters"]
    assert "reporters" in names and {"Ana Kalvor", "Tom Reyes"} <= names
