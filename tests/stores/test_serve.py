"""`quotegraph serve`: a local Bolt server anyone can load and query without Neo4j."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph.bolt_server import free_port
from quotegraph.cli import main
from quotegraph.stores.neo4j_store import Neo4jStore

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_serve_prints_how_to_connect_and_stops_on_ctrl_c(tmp_path):
    pytest.importorskip("arcadedb_embedded", reason="needs the 'arcadedb' extra")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
           "QUOTEGRAPH_SERVE_PASSWORD": "quotegraph-test"}
    proc = subprocess.Popen([sys.executable, "-m", "quotegraph", "serve", "--port", str(port), "--dir", str(tmp_path / "db")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line)
            if "quotegraph query" in line:  # the last line of the connection notes: all printed
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(180), f"not ready: {lines} {proc.poll()}"
        uri = f"bolt://127.0.0.1:{port}"
        assert uri in lines[0] and "quotegraph-test" not in "".join(lines)  # never printed, never on a command line
        assert "QUOTEGRAPH_SERVE_PASSWORD" in "".join(lines)
        with Neo4jStore(uri, "root", "quotegraph-test", "quotegraph", max_retry_time=1) as store:
            assert store.cypher("RETURN 1 AS ok") == [{"ok": 1}]
            assert store.counts()["nodes"] == 0
    finally:
        proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
        code = proc.wait(60)
    reader.join(5)
    assert code == 0
    assert any("quotegraph load" in line for line in lines)
    with pytest.raises(Exception):
        with Neo4jStore(uri, "root", "quotegraph-test", "quotegraph", max_retry_time=0) as store:
            store.check()  # stopped: nothing listens any more


def test_serve_with_a_too_short_password_says_so_in_one_line(tmp_path):
    pytest.importorskip("arcadedb_embedded", reason="needs the 'arcadedb' extra")
    result = CliRunner().invoke(main, ["serve", "--dir", str(tmp_path)], env={"QUOTEGRAPH_SERVE_PASSWORD": "short"})
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "at least 8 characters" in result.output
