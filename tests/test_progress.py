"""Progress bars: drawn at a terminal (a real pseudo-terminal here), with documents per second
and an ETA; nothing in pipes, with --quiet, or under CI."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from quotegraph import write_jsonl
from quotegraph.progress import estimate_documents

from stores.fiction import fictional_corpus

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _stderr_at_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "quotegraph", *args], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(extra)
    return env


@pytest.fixture
def corpus_jsonl(tmp_path) -> Path:
    path = tmp_path / "fiction.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        write_jsonl(fictional_corpus() * 3, fh)
    return path


def test_export_draws_a_bar_with_rate_and_total_at_a_terminal(corpus_jsonl, tmp_path):
    code, err = _stderr_at_a_terminal(["export", str(corpus_jsonl), "-o", str(tmp_path / "g.graphml")], _env())
    assert code == 0, err
    assert "reading:" in err and "/6" in err and "doc/s" in err  # 6 records: a total, so an ETA
    assert "wrote" in err


def test_no_bar_under_ci_or_in_a_pipe(corpus_jsonl, tmp_path):
    code, err = _stderr_at_a_terminal(["export", str(corpus_jsonl), "-o", str(tmp_path / "g.graphml")],
                                      _env(CI="true"))
    assert code == 0 and "doc/s" not in err and "wrote" in err
    piped = subprocess.run([sys.executable, "-m", "quotegraph", "export", str(corpus_jsonl), "-o",
                            str(tmp_path / "h.graphml")], capture_output=True, text=True, env=_env())
    assert piped.returncode == 0 and "doc/s" not in piped.stderr and "\r" not in piped.stderr


def test_the_document_estimate_counts_files_and_jsonl_records(corpus_jsonl, tmp_path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("No.", encoding="utf-8")
    assert estimate_documents([str(tmp_path)]) == 1 + 6
    assert estimate_documents([str(corpus_jsonl), str(tmp_path / "a.txt")]) == 7
    assert estimate_documents(["-"]) is None


@pytest.mark.slow
def test_extract_shows_documents_per_second_and_an_eta(tmp_path):
    code, err = _stderr_at_a_terminal(["extract", str(EXAMPLES), "-o", str(tmp_path / "q.jsonl"), "--no-cache"],
                                      _env())
    assert code == 0, err
    assert "extracting:" in err and "/4 [" in err and ("doc/s" in err or "s/doc" in err)
    quiet_code, quiet = _stderr_at_a_terminal(["extract", str(EXAMPLES), "-o", str(tmp_path / "r.jsonl"), "-q"],
                                              _env())
    assert quiet_code == 0 and "extracting:" not in quiet
