"""Bad input gets a clear answer, nothing is lost, nothing is half-written.

Through the CLI (click's CliRunner, and real subprocesses that are really interrupted) and the
public API: a messy folder, exit statuses, --strict, per-document isolation, long documents,
atomic outputs.
"""

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

import importlib
from conftest import EXAMPLES, REPO
from quotegraph import Document, extract, extract_text
from quotegraph.cli import main

extract_module = importlib.import_module("quotegraph.extract")  # the module (quotegraph.extract is also the function)

GOOD = {
    "talks.txt": "“We will not move,” Mayor Ada Park told reporters on Monday.",
    "envoy.md": "The envoy, Tomas Berg, said the talks had been difficult but honest.",
}


def messy_folder(root: Path) -> dict[str, str]:
    """Good articles mixed with every kind of bad file; returns {bad file: expected reason}."""
    root.mkdir()
    for name, text in GOOD.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "latin1.txt").write_bytes("Le ministre José Pérez a déclaré que les pourparlers étaient finis, "
                                      "told reporters in Genève.".encode("latin-1"))
    (root / "cp1252.txt").write_bytes("“It’s over,” said Søren Ødegård — the mayor.".encode("cp1252"))
    (root / "utf16.txt").write_bytes("“We are ready,” Foreign Minister Anika Solberg said.".encode("utf-16-le"))
    (root / "page.html").write_text(
        "<html><head><title>Ledger</title></head><body><nav><a href='/'>Home</a> <a href='/s'>Subscribe"
        "</a></nav><article><p>“Our fleets will stay,” Prime Minister Lena Voss told parliament on "
        "Tuesday, after talks in Eskvik failed to produce a deal on the northern harbour.</p></article>"
        "<footer>All rights reserved</footer></body></html>", encoding="utf-8")
    (root / "feed.jsonl").write_text(
        json.dumps({"id": "rec-1", "text": "“No deal yet,” the envoy said.", "title": "Envoy"}) + "\n"
        + '{"text": "a quote that never closes\n'
        + json.dumps({"id": "rec-3", "text": "The minister said talks would resume."}) + "\n", encoding="utf-8")
    (root / "scan.txt").write_bytes(os.urandom(3000))
    (root / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(600))
    return {str(root / "scan.txt"): "binary", str(root / "image.html"): "PNG",
            f"{root / 'feed.jsonl'}: line 2": "malformed JSON"}


def stderr_of(result) -> str:
    return result.stderr if hasattr(result, "stderr") else result.output


def test_messy_folder_extracts_every_good_article_and_names_every_bad_file(tmp_path):
    bad = messy_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output  # the documented status for "some inputs skipped"
    records = {r["source"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    folder = tmp_path / "in"
    assert records[str(folder / "talks.txt")]["quotes"][0]["speaker"]["name"] == "Ada Park"
    assert records[str(folder / "envoy.md")]["text"] == GOOD["envoy.md"]
    assert records[str(folder / "empty.txt")]["text"] == "" and records[str(folder / "empty.txt")]["quotes"] == []
    assert "José Pérez a déclaré" in records[str(folder / "latin1.txt")]["text"]
    assert records[str(folder / "cp1252.txt")]["text"] == "“It’s over,” said Søren Ødegård — the mayor."
    assert records[str(folder / "utf16.txt")]["quotes"][0]["speaker"]["name"] == "Anika Solberg"
    page = records[str(folder / "page.html")]
    assert page["text"].startswith("“Our fleets will stay,”") and "Subscribe" not in page["text"]
    assert page["quotes"] and page["quotes"][0]["speaker"]["name"] == "Lena Voss"
    assert {"rec-1", "rec-3"} <= set(records)
    assert len(records) == 9 and all(r["errors"] == [] for r in records.values())
    err = stderr_of(result)
    for name, reason in bad.items():
        line = next(l for l in err.splitlines() if f"skipped {name}:" in l)
        assert reason in line, line
    assert "3 inputs skipped" in err


def test_clean_run_exits_0_and_usage_errors_exit_2(tmp_path):
    ok = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(tmp_path / "q.jsonl"), "-q"])
    assert ok.exit_code == 0, ok.output
    assert CliRunner().invoke(main, ["extract"]).exit_code == 2
    assert CliRunner().invoke(main, ["extract", "--no-such-option", "x"]).exit_code == 2
    fatal = CliRunner().invoke(main, ["extract", str(EXAMPLES), "--model", "no_such_model_xyz", "-q"])
    assert fatal.exit_code == 2 and "no_such_model_xyz" in fatal.output
    help_text = CliRunner().invoke(main, ["--help"]).output
    assert "Exit status" in help_text and "130" in help_text


def test_strict_stops_at_the_first_failure_and_writes_nothing(tmp_path):
    messy_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "-o", str(out), "-q", "--strict"])
    assert result.exit_code == 1
    assert "--strict" in stderr_of(result) and "feed.jsonl: line 2" in stderr_of(result)
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    run = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "o"), "--strict", "-q"])
    assert run.exit_code == 1 and not (tmp_path / "o" / "quotes.jsonl").exists()


def test_a_failing_document_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    # Fault injection: the pipeline really breaks on text spaCy cannot encode once the guard
    # that cleans it is taken away.
    monkeypatch.setattr(extract_module, "encodable", lambda d: d)
    docs = [Document("“Fine,” Ms. Lee said.", "a"), Document("bad \ud800 text", "b"),
            Document("“Also fine,” Mr. Park said.", "c")]
    out = list(extract(docs))
    assert [ex.document.source for ex in out] == ["a", "b", "c"]
    assert out[0].quotes and out[2].quotes and not out[0].errors and not out[2].errors
    assert out[1].errors and out[1].errors[0].startswith("extraction failed: UnicodeEncodeError")


def test_cli_names_a_failed_document_and_exits_1(tmp_path, monkeypatch):
    real = extract_module.extract_parsed

    def breaks_on_boom(document, doc):  # fault injection inside one document's extraction
        if "BOOM" in document.text:
            raise ValueError("simulated bug")
        return real(document, doc)

    monkeypatch.setattr(extract_module, "extract_parsed", breaks_on_boom)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("“Fine,” Ms. Lee said.", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("BOOM said the drum.", encoding="utf-8")
    out = tmp_path / "q.jsonl"
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "in"), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert f"{tmp_path / 'in' / 'b.txt'}: extraction failed: ValueError: simulated bug" in stderr_of(result)
    records = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert records[0]["quotes"] and records[1]["errors"] == ["extraction failed: ValueError: simulated bug"]


def test_lone_surrogates_do_not_break_the_document():
    ex = extract_text("“We are ready \ud800,” Ms. Lee said.")
    assert "\ud800" not in ex.document.text and ex.quotes
    assert any("surrogate" in e for e in ex.errors)
    json.dumps(ex.to_dict(), ensure_ascii=False).encode("utf-8")


def test_a_document_longer_than_spacy_allows_is_processed_in_pieces(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 5_000)  # the same rule as for 1M chars, at test speed
    para = ("“We will keep talking,” Foreign Minister Anika Solberg told reporters in Eskvik. "
            "The talks on the harbour resumed on Monday after a pause of two weeks.\n\n")
    text = para * (3 * nlp.max_length // len(para))
    assert len(text) > 2 * nlp.max_length
    with pytest.raises(ValueError):
        nlp(text)  # what spaCy itself does with it
    ex = extract_text(text)
    assert not ex.errors
    assert len(ex.quotes) == text.count("“We will keep talking,”")
    last = max(ex.quotes, key=lambda q: q.contents[0].start)
    assert last.contents[0].start > len(text) - 2 * len(para)  # offsets run to the end of the text
    for q in ex.quotes:
        for span in (*q.contents, q.cue, *q.sources):
            if span is not None:
                assert text[span.start:span.end] == span.text
    assert {e.name for e in ex.entities} >= {"Anika Solberg"}


def test_pieces_cut_at_paragraphs_and_join_back():
    from quotegraph.extract import split_pieces

    text = "".join(f"Paragraph {i} says this.\nA second line.\n\n" for i in range(200))
    pieces = split_pieces(text, 1000)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 1000
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    no_breaks = "x" * 2500
    assert split_pieces(no_breaks, 1000) == ["x" * 1000, "x" * 1000, "x" * 500]


# ---------------------------------------------------------------------------- atomic outputs

def big_folder(root: Path, n: int = 400) -> Path:
    root.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    for i in range(n):
        (root / f"{i:04d}.txt").write_text(f"Dispatch {i}.\n\n" + texts[i % len(texts)], encoding="utf-8")
    return root


def start_extract(folder: Path, out: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen([sys.executable, "-m", "quotegraph", "extract", str(folder), "-o", str(out), "-q"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_mid_run(proc: subprocess.Popen, out: Path, timeout: float = 120) -> None:
    """Until the temporary output holds some documents (the run is under way, not finished)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        parts = list(out.parent.glob(f".{out.name}.*.part"))
        if parts and parts[0].stat().st_size > 0:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.05)
    raise AssertionError("the run never got going")


@pytest.mark.slow
@pytest.mark.parametrize("sig,status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_run_leaves_no_file_and_says_so(tmp_path, sig, status):
    folder = big_folder(tmp_path / "big")
    out = tmp_path / "out" / "out.jsonl"
    proc = start_extract(folder, out)
    wait_mid_run(proc, out)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    assert "interrupted" in err and "Traceback" not in err
    # only the extraction cache may stay (it keeps the finished documents for the rerun)
    assert [p.name for p in out.parent.iterdir() if not p.name.startswith("out.jsonl.cache.sqlite")] == []


@pytest.mark.slow
def test_killed_run_leaves_no_output_and_a_rerun_finishes_the_job(tmp_path):
    folder = big_folder(tmp_path / "big")
    out = tmp_path / "out" / "out.jsonl"
    proc = start_extract(folder, out)
    wait_mid_run(proc, out)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert not out.exists()
    stale = list(out.parent.glob(".out.jsonl.*.part"))
    assert stale  # SIGKILL cannot be caught: the temporary file stays, hidden, never the output
    rerun = start_extract(folder, out)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 400 and all(json.loads(l)["source"] for l in lines)
    # the stale part is gone; the extraction cache stays for the next run
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.jsonl", "out.jsonl.cache.sqlite"]


def test_stale_parts_of_live_processes_and_other_files_are_kept(tmp_path):
    from quotegraph.fileio import atomic_write

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    mine = tmp_path / f".out.jsonl.{os.getppid()}.abc123.part"  # a live process (pytest's parent)
    stale = tmp_path / f".out.jsonl.{dead.pid}.xyz_9.part"
    other = tmp_path / ".other.jsonl.1.abc.part"
    for p in (mine, stale, other):
        p.write_text("half", encoding="utf-8")
    with atomic_write(tmp_path / "out.jsonl") as fh:
        fh.write("whole\n")
    assert (tmp_path / "out.jsonl").read_text() == "whole\n"
    assert mine.exists() and other.exists() and not stale.exists()


def test_stdout_reader_going_away_is_not_a_crash(tmp_path):
    folder = big_folder(tmp_path / "big", n=60)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "quotegraph", "extract", str(folder), "-q"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert json.loads(first)["source"].endswith("0000.txt")
    assert "Traceback" not in err and "Exception ignored" not in err
