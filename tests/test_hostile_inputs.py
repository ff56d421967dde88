"""Hostile inputs and faults, through the CLI: one bad file never costs a run, a system file, or
the truth of the counts. Each test names what broke before (issue 17, and issue 16's typo)."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO
from quotegraph.cli import main
from quotegraph.sources import iter_documents, source_path

# Written for these tests (fiction).
ARTICLE = ("Reporting from the harbour talks\n\n"
           "“We will not sign a deal that gives away the northern waters,” Foreign Minister Anika "
           "Solberg told reporters on Tuesday.\n\n"
           "Her counterpart, Tomas Berg, said the two delegations would meet again next week.\n")
ACCENTED = ("Talks resume in São Paulo\n\n"
            "“There is no agreement yet,” said José Araújo, the envoy of the Brazilian government, "
            "after a meeting with Hélène Duchâteau in São Paulo on Monday.\n\n"
            "Araújo added that the delegations of Curaçao and Zürich would join the talks on "
            "Thursday, and that Ms. Duchâteau had promised an answer by the end of the month.\n\n"
            "The talks have gone on for three years without a result, officials said.\n")


# A long English article with one accented name: what a detector, given one or two such bytes
# amid thousands of ASCII ones, read as Big5/GB18030 ("Ara顬o").
LONG_WITH_ONE_NAME = ("Harbour talks drag on\n\n" + "".join(
    f"Paragraph {i}: the delegations met again on Monday for talks on the harbour dispute, and officials "
    "said the meeting would last two days, with no agreement expected before the weekend.\n\n"
    for i in range(30)) + "“We are not there yet,” the envoy, Marta Araújo, told reporters.\n")


def run_cli(*args: str, **kwargs):
    return CliRunner().invoke(main, list(args), **kwargs)


def cli_subprocess(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "quotegraph", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, **kwargs)


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def good_folder(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    return root


# ------------------------------------------------------------------ input errors: one line each

def test_deeply_nested_json_is_skipped_in_one_line_and_the_batch_goes_on(tmp_path):
    # Regression: json.loads raised RecursionError (not ValueError): a traceback, nothing written.
    folder = good_folder(tmp_path / "in")
    (folder / "deep.json").write_text("[" * 3000 + "]" * 3000)
    line = json.dumps({"text": ARTICLE, "id": "rec-ok"})
    (folder / "feed.jsonl").write_text(line + "\n" + '{"text": ' + "[" * 3000 + "]" * 3000 + "}\n" + line + "\n")
    out = tmp_path / "q.jsonl"
    result = run_cli("extract", str(folder), "-o", str(out), "-q")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"skipped {folder / 'deep.json'}: malformed JSON (nested deeper" in result.stderr
    assert f"skipped {folder / 'feed.jsonl'}: line 2: malformed JSON (nested deeper" in result.stderr
    assert len(records(out)) == 3  # talks.txt and both good lines of the feed


def test_a_file_name_that_is_not_utf8_is_kept_and_written_as_valid_utf8(tmp_path):
    # Regression: UnicodeEncodeError traceback writing the source; on stdout a raw byte that
    # export/load then rejected.
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(raw, "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    out = tmp_path / "q.jsonl"
    result = cli_subprocess("extract", str(folder), "-o", str(out), "-q")
    assert result.returncode == 0, result.stderr
    (rec,) = records(out)  # the file is valid UTF-8 (read_text would raise otherwise)
    assert rec["source"].endswith("caf\\xe9.txt")
    assert os.fsencode(source_path(rec["source"])) == raw  # and leads back to the file
    assert rec["quotes"]
    # to stdout too, and export reads it back
    piped = cli_subprocess("extract", str(folder), "-q")
    assert piped.returncode == 0 and "caf\\\\xe9.txt" in piped.stdout
    graph = tmp_path / "g.graphml"
    assert run_cli("export", str(out), "-o", str(graph)).exit_code == 0


def test_html_declaring_charset_undefined_is_read(tmp_path):
    # Regression: codecs.lookup("undefined") exists and raises UnicodeError on decode: run lost.
    folder = good_folder(tmp_path / "in")
    page = ("<html><head><meta charset=\"undefined\"><title>Harbour talks</title></head><body><article><p>"
            + ACCENTED.replace("\n\n", "</p><p>") + "</p></article></body></html>")
    (folder / "page.html").write_bytes(page.encode("cp1252"))
    out = tmp_path / "q.jsonl"
    result = run_cli("extract", str(folder), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    texts = {Path(r["source"]).name: r["text"] for r in records(out)}
    assert "José Araújo" in texts["page.html"]


def test_special_files_are_skipped_with_a_reason_and_never_read(tmp_path):
    # Regression: a FIFO named *.txt hung the run forever; a link to /dev/zero ate all memory.
    folder = good_folder(tmp_path / "in")
    os.mkfifo(folder / "pipe.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    out = tmp_path / "q.jsonl"
    result = cli_subprocess("extract", str(folder), "-o", str(out), "-q", timeout=120)
    assert result.returncode == 1, result.stderr
    assert f"skipped {folder / 'pipe.txt'}: a FIFO (named pipe), not a regular file" in result.stderr
    assert f"skipped {folder / 'zero.txt'}: a character device, not a regular file" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(records(out)) == 1


def test_symlinked_folders_are_followed_once_and_loops_named(tmp_path):
    # Regression: symbolic links to folders were skipped without a word.
    elsewhere = good_folder(tmp_path / "elsewhere")
    folder = tmp_path / "in"
    folder.mkdir()
    os.symlink(elsewhere, folder / "linked")
    os.symlink(folder, folder / "linked" / "back")  # a loop: in/linked/back -> in
    skipped: list[tuple[str, str]] = []
    docs = list(iter_documents([folder], on_skip=lambda s, r: skipped.append((s, r))))
    assert [Path(d.source).name for d in docs] == ["talks.txt"]
    result = run_cli("extract", str(folder), "-o", str(tmp_path / "q.jsonl"), "-q")
    assert result.exit_code == 1
    assert f"skipped {folder / 'linked' / 'back'}: a symbolic link loop back to {folder}" in result.stderr
    assert len(records(tmp_path / "q.jsonl")) == 1


def test_stray_nul_is_replaced_and_noted_not_a_reason_to_skip(tmp_path):
    # Regression: one NUL byte in the first 8 KB skipped the article as binary.
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nul.txt").write_bytes(ARTICLE[:40].encode() + b"\x00" + ARTICLE[40:].encode())
    out = tmp_path / "q.jsonl"
    result = run_cli("extract", str(folder), "-o", str(out), "-q")
    assert result.exit_code == 1
    (rec,) = records(out)
    assert rec["text"] == ARTICLE[:40] + "\ufffd" + ARTICLE[40:]
    assert rec["errors"] == ["1 NUL byte replaced by U+FFFD"]
    assert rec["quotes"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_an_english_article_in_a_western_code_page_is_not_read_as_cjk(tmp_path, encoding):
    # Regression: 12 of 140 real English articles with one accented name came out as mojibake
    # ("S緌 Paulo"), read as Big5/GB18030, exit 0.
    folder = tmp_path / "in"
    folder.mkdir()
    texts = {"long.txt": LONG_WITH_ONE_NAME, "accented.txt": ACCENTED}
    if encoding == "latin-1":  # no curly quotes in Latin-1
        texts = {k: v.replace("“", '"').replace("”", '"') for k, v in texts.items()}
    for name, text in texts.items():
        (folder / name).write_bytes(text.encode(encoding))
    out = tmp_path / "q.jsonl"
    result = run_cli("extract", str(folder), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    got = {Path(r["source"]).name: r for r in records(out)}
    for name, text in texts.items():
        assert got[name]["text"] == text
    assert "Marta Araújo" in {e["name"] for e in got["long.txt"]["entities"]}


# ------------------------------------------------------------------------------------- outputs

@pytest.mark.parametrize("kind", ["device", "fifo", "link-to-fifo", "link-to-device"])
def test_output_onto_a_device_fifo_or_link_to_one_is_refused(tmp_path, kind):
    # Regression: -o onto a device node, FIFO or symlink replaced it with a regular file.
    folder = good_folder(tmp_path / "in")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    target = {"device": Path("/dev/null"), "fifo": fifo}.get(kind, tmp_path / "link")
    if kind == "link-to-fifo":
        os.symlink(fifo, target)
    elif kind == "link-to-device":
        os.symlink("/dev/null", target)
    for args in (["extract", str(folder), "-o", str(target)], ["export", str(folder / "x.jsonl"), "-o", str(target)]):
        if args[0] == "export":
            (folder / "x.jsonl").write_text("")
        result = run_cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert f"refusing to replace {target}" in result.output and "not a regular file" in result.output
        assert "Traceback" not in result.output
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and stat.S_ISFIFO(os.stat(fifo).st_mode)
    if kind.startswith("link"):
        assert target.is_symlink()


def test_output_under_a_regular_file_is_one_line(tmp_path):
    folder = good_folder(tmp_path / "in")
    (tmp_path / "afile").write_text("x")
    result = run_cli("extract", str(folder), "-o", str(tmp_path / "afile" / "q.jsonl"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "is a file, not a folder" in result.output


def test_a_typo_in_the_input_writes_nothing_and_keeps_earlier_outputs(tmp_path, monkeypatch):
    # Regression (issue 16): `run exmaples/ --out out/` replaced out/ with an empty graph, exit 1.
    monkeypatch.chdir(tmp_path)
    good_folder(tmp_path / "examples")
    out = tmp_path / "out"
    out.mkdir()
    (out / "quotes.jsonl").write_text("earlier\n")
    (out / "graph.graphml").write_text("earlier\n")
    result = run_cli("run", "exmaples/", "--out", "out/")
    assert result.exit_code == 2, result.output
    assert "no input found: exmaples/ (did you mean examples/?)" in result.output
    assert (out / "quotes.jsonl").read_text() == "earlier\n" and (out / "graph.graphml").read_text() == "earlier\n"
    assert sorted(p.name for p in out.iterdir()) == ["graph.graphml", "quotes.jsonl"]
    result = run_cli("extract", "exmaples", "-o", "q.jsonl")
    assert result.exit_code == 2 and "no input found: exmaples (did you mean examples/?)" in result.output
    assert not (tmp_path / "q.jsonl").exists()


def test_run_never_reads_its_own_output_folder(tmp_path):
    # Regression: `run DIR --out DIR` read its own quotes.jsonl back: 2 docs, then 4, then 6.
    for case in ("same", "inside"):
        folder = good_folder(tmp_path / case)
        out = folder if case == "same" else folder / "out"
        counts = []
        for _ in range(2):
            result = run_cli("run", str(folder), "--out", str(out), "-q")
            assert result.exit_code == 0, result.output
            counts.append(len(records(out / "quotes.jsonl")))
        assert counts == [1, 1], out


def test_a_mismatched_pair_of_run_outputs_is_named_on_the_next_read(tmp_path):
    # Regression: a SIGKILL between the renames of quotes.jsonl and graph.graphml left a pair
    # from two runs, and nothing said so.
    folder = good_folder(tmp_path / "in")
    out = tmp_path / "out"
    assert run_cli("run", str(folder), "--out", str(out), "-q").exit_code == 0
    older_graph = (out / "graph.graphml").read_bytes()
    (folder / "more.txt").write_text(ACCENTED, encoding="utf-8")
    assert run_cli("run", str(folder), "--out", str(out), "-q").exit_code == 0
    assert json.loads((out / ".quotegraph-run.json").read_text())["run_id"]
    result = run_cli("query", "most_quoted", "--graph", str(out / "quotes.jsonl"))
    assert result.exit_code == 0 and "warning" not in result.output
    (out / "graph.graphml").write_bytes(older_graph)  # what a kill between the renames leaves
    result = run_cli("query", "most_quoted", "--graph", str(out / "quotes.jsonl"))
    assert result.exit_code == 0
    assert f"warning: {out / 'graph.graphml'} is not from the run that wrote {out / 'quotes.jsonl'}" in result.stderr
    rerun = run_cli("run", str(folder), "--out", str(out), "-q")
    assert rerun.exit_code == 0 and "this run writes both again" in rerun.stderr


# ------------------------------------------------------------------------- no traceback, ever

@pytest.mark.parametrize("edit", ["dict-aliases", "dict-name", "huge-offsets", "attribute-name", "deep"])
def test_hand_edited_extract_jsonl_is_one_line_not_a_traceback(tmp_path, edit):
    out = tmp_path / "q.jsonl"
    assert run_cli("extract", str(good_folder(tmp_path / "in")), "-o", str(out), "-q").exit_code == 0
    rec = records(out)[0]
    if edit == "dict-aliases":
        rec["entities"][0]["aliases"] = {"a": 1}
    elif edit == "dict-name":  # a traceback before: 'dict' object has no attribute 'strip'
        rec["entities"][0]["name"] = {"x": 1}
    elif edit == "huge-offsets":
        rec["quotes"][0]["contents"][0]["start"] = 10**30
    elif edit == "attribute-name":
        rec["entities"][0]["id"] = "node_for_adding"
        rec["quotes"][0]["speaker"]["id"] = "node_for_adding"
    line = json.dumps(rec) if edit != "deep" else '{"id": ' + "[" * 5000 + "]" * 5000 + "}"
    out.write_text(line + "\n")
    for args in (["export", str(out), "-o", str(tmp_path / "g.graphml")],
                 ["query", "most_quoted", "--graph", str(out)]):
        result = run_cli(*args)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.exit_code in (0, 2), result.output


# ------------------------------------------------------------------------------ bounded work

def test_a_storm_of_quote_marks_tokenizes_in_linear_time():
    # Regression: spaCy's tokenizer is quadratic on marks without spaces: 20,000 “ took 31 s,
    # 200,000 were still parsing after 10 minutes.
    # The bound sits where the extractor hands a text to spaCy (limits.tokenizable); the model's
    # own tokenizer, and so a saved pipeline, stay as spaCy ships them.
    from quotegraph import load_pipeline
    from quotegraph.limits import tokenizable

    nlp = load_pipeline()

    def seconds(text: str) -> float:
        began = time.perf_counter()
        doc = tokenizable(nlp, text)
        doc = nlp.make_doc(doc) if isinstance(doc, str) else doc
        assert doc.text == text
        return time.perf_counter() - began

    prose = (ARTICLE * (100_000 // len(ARTICLE) + 1))[:100_000]
    storm = "He said " + "“" * 100_000 + " and left."
    seconds(prose)  # warm
    # A mark is a token and a word five characters, and the pieces are joined with Doc.from_docs:
    # linear work runs ~25x the prose's on a loaded machine; the quadratic tokenizer ran >1,000x.
    assert seconds(storm) < 60 * seconds(prose) + 2.0


@pytest.mark.slow
def test_a_storm_of_quote_marks_in_an_article_is_extracted(tmp_path):
    (tmp_path / "storm.txt").write_text(ARTICLE + "“" * 20_000 + "\n\n" + ARTICLE, encoding="utf-8")
    result = cli_subprocess("extract", str(tmp_path / "storm.txt"), "-o", str(tmp_path / "q.jsonl"), "-q",
                            timeout=900)
    assert result.returncode == 0, result.stderr
    (rec,) = records(tmp_path / "q.jsonl")
    assert rec["errors"] == [] and len(rec["quotes"]) >= 2


def test_doc_timeout_turns_a_stall_into_an_errors_entry(tmp_path):
    folder = good_folder(tmp_path / "in")
    out = tmp_path / "q.jsonl"
    result = run_cli("extract", str(folder), "-o", str(out), "--doc-timeout", "0.00001", "--no-cache")
    assert result.exit_code == 1, result.output
    (rec,) = records(out)
    assert rec["errors"] and "--doc-timeout" in rec["errors"][0] and rec["quotes"] == []
    os.environ.pop("QUOTEGRAPH_DOC_TIMEOUT", None)


def test_jsonl_is_read_line_by_line_not_whole(tmp_path):
    import tracemalloc

    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": ARTICLE * 20}) + "\n"
    with open(path, "w", encoding="utf-8") as fh:
        for _ in range(4000):  # about 20 MB
            fh.write(line)
    tracemalloc.start()
    n = sum(1 for _ in iter_documents([path]))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 4000
    assert peak < 8 * 2**20, peak  # the file is 20 MB: it was read whole (5x its size) before


# ------------------------------------------------------------------------------- processes

def _descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_workers_die_with_a_sigkilled_parent(tmp_path):
    # Regression: SIGKILL of `run --workers 2` left the fork server, the resource tracker and
    # both workers running (426 MB) indefinitely.
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i:03d}.txt").write_text(f"Dispatch {i}.\n\n" + ARTICLE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "quotegraph", "run", str(folder), "--out", str(tmp_path / "out"),
                             "-j", "2", "-q", "--no-cache"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 180
    family: set[int] = set()
    while time.monotonic() < deadline and len(family) < 4:  # fork server, tracker, 2 workers
        family = _descendants(proc.pid)
        time.sleep(0.2)
    assert len(family) >= 3, family
    time.sleep(2)
    family = _descendants(proc.pid)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(map(_alive, family)):
        time.sleep(0.2)
    assert not [p for p in family if _alive(p)]
