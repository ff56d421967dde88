"""Faults around the graph stores, through the CLI against a real Bolt engine (issues 16 and 17):
read-only Cypher unless --write, one line for any error, interrupted loads, the serve password."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph import build_graph, write_jsonl
from quotegraph.bolt_server import free_port
from quotegraph.cli import main

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _args(bolt, retry: float = 1.0) -> list[str]:
    return ["--uri", bolt.uri, "--user", bolt.user, "--password", bolt.password,
            *(["--database", bolt.database] if bolt.database else []), "--retry-seconds", str(retry)]


def test_cypher_reads_unless_write_is_given(db, bolt):
    # Regression: `quotegraph cypher` and named queries ran in write sessions, no read-only option.
    create = "CREATE (:Person {id: 'per-cypher-write-test', name: 'Written'})"
    result = CliRunner().invoke(main, ["cypher", create, *_args(bolt)])
    assert result.exit_code == 2, result.output
    assert "writes to the database" in result.stderr and "--write" in result.stderr
    assert db.store.counts()["nodes"] == 0  # rolled back
    result = CliRunner().invoke(main, ["cypher", create, "--write", *_args(bolt)])
    assert result.exit_code == 0, result.output
    try:
        assert db.store.cypher("MATCH (p:Person {id: 'per-cypher-write-test'}) RETURN p.name AS n") == [{"n": "Written"}]
    finally:
        db.store.cypher("MATCH (p:Person {id: 'per-cypher-write-test'}) DETACH DELETE p")


def test_a_limit_past_64_bits_is_one_line(db, bolt):
    # Regression: a `limit` >= 2**63 on the Bolt backend ended in a driver traceback.
    result = CliRunner().invoke(main, ["query", "most_quoted", "--param", f"limit={2**63}", "--backend", "neo4j",
                                       *_args(bolt)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert len([line for line in result.stderr.splitlines() if line.strip()]) == 1


def test_retry_seconds_covers_the_first_connection(bolt):
    # Regression (issue 16): --retry-seconds did not apply to the first connection.
    nowhere = f"bolt://127.0.0.1:{free_port()}"
    timings = {}
    for retry in (0.0, 3.0):
        began = time.monotonic()
        result = CliRunner().invoke(main, ["query", "most_quoted", "--backend", "neo4j", "--uri", nowhere,
                                           "--password", "x" * 8, "--retry-seconds", str(retry)])
        timings[retry] = time.monotonic() - began
        assert result.exit_code == 2 and "cannot reach" in result.stderr
    assert timings[3.0] >= 2.0 > timings[0.0]


@pytest.mark.parametrize("sig,status", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_load_ends_in_one_line(db, bolt, fiction, tmp_path, sig, status):
    # Regression: SIGTERM/Ctrl-C during `load` often ended in a driver traceback, exit 1.
    path = tmp_path / "fiction.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        write_jsonl(fiction, fh)
    db.track(build_graph(fiction))
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "quotegraph", "load", str(path), "--batch-size", "1",
                             *_args(bolt, retry=5)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while db.store.counts()["nodes"] < 3 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if line.strip()] == [
        "quotegraph: interrupted; no half-written file left behind (run again to finish)"]
    # the database stays consistent: loading again completes it
    result = CliRunner().invoke(main, ["load", str(path), *_args(bolt)])
    assert result.exit_code == 0, result.output


def test_the_serve_password_is_never_on_a_command_line(bolt, tmp_path):
    # Regression: `serve` put the root password on the child's command line (any local user
    # could read it in /proc).
    if bolt.local is None:
        pytest.skip("a real Neo4j, not our local server")
    with open(f"/proc/{bolt.local.process.pid}/cmdline", "rb") as fh:
        argv = fh.read().split(b"\0")
    assert bolt.password.encode() not in argv
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert "--password-file" in result.output and "--password " not in result.output


def test_serve_without_its_extra_says_which_extra_to_install(tmp_path):
    # Regression (issue 16): it blamed the port and pointed to a log file that did not exist.
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "arcadedb_embedded.py").write_text("raise ImportError('No module named arcadedb_embedded')\n")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(shadow), str(REPO)]))
    result = subprocess.run([sys.executable, "-m", "quotegraph", "serve", "--dir", str(tmp_path / "db")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "pip install 'quotegraph[arcadedb]'" in result.stderr
    assert "port" not in result.stderr and "server.log" not in result.stderr


def test_a_signal_inside_a_write_batch_takes_effect_when_the_batch_ends():
    # Regression: only load's batches held a Ctrl-C back; update_communities and delete_graph
    # could still be interrupted in the middle of a Bolt message (and the driver then hangs).
    from quotegraph.stores.neo4j_store import _whole_batch

    finished = []
    # Python's own Ctrl-C handler, whatever an earlier test in this process left installed (in
    # the full suite something does, and this test then failed with "DID NOT RAISE")
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with _whole_batch():
                signal.raise_signal(signal.SIGINT)  # in this thread, as a Ctrl-C is handled
                time.sleep(0.05)
                finished.append("batch")
        assert finished == ["batch"]
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, before)
