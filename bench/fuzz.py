"""Long fuzz run of the extractor: thousands of generated hostile documents, none may crash it
or yield a span that does not point at its own text, and none may cost more than its length.

    python bench/fuzz.py                 # 10,000 documents, seed 0
    python bench/fuzz.py -n 20000 --seed 11 --one-line-mb 5

Documents come in shapes, each extracted as its own stream and timed: ``mix`` (news-like
sentences with unbalanced, nested and exotic quote marks, arbitrary Unicode, lone
surrogates, giant sentences, random bytes through ``quotegraph.sources.decode``),
``mark-storm`` (runs of 200 to 50,000 quote marks or punctuation without a space),
``one-line`` (texts of 100,000 to 200,000 characters on one line; ``--one-line-mb`` for
megabytes), ``no-sentence-end`` (thousands of words and no full stop), ``encodings`` (English text with accented names
written by this script in CP-1252, Latin-1, UTF-8 and UTF-16: each must decode back exactly).
``files`` puts deeply nested JSON and JSONL, file names that are not UTF-8, special files (a
FIFO, a link to /dev/zero, a folder link loop, a dangling link) and HTML declaring
``charset="undefined"`` in a folder and reads it with ``quotegraph.iter_documents``: nothing
may raise or hang, every bad one must be named with a reason.

A crash is a document whose ``errors`` say "extraction failed" or a stream that dies; every
span is checked (``text[start:end] == span.text``) and every record must serialise to UTF-8
JSON. Prints each failure (with the document, to reproduce), then seconds per 100,000
characters by shape; ``--one-line-mb N`` also extracts one N-megabyte single-line text in a
fresh process and prints its peak memory. Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from quotegraph import Document, Extraction, InputError, extract, load_pipeline
from quotegraph.model import dumps
from quotegraph.sources import decode, iter_documents

WORDS = ("the minister said talks would continue on Monday and officials told reporters that "
         "a deal was close but the envoy warned Ms. Lee Mr. Park President Voss of Norland NATO "
         "Washington according to he she they it we told added insisted claimed").split()
MARKS = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "``", "''", "—", "–", ":"]
ODD = ["\x00", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\u00ad", "\u200b", "\u200d", "\u2028", "\u2029",
       "\u202e", "\ufeff", "\ufffd", "\ud800", "\udfff", "\U0001f600", "\u0301", "\u05d0", "\u0627",
       "\u4e2d", "\t", "\r", "\r\n", "\n\n", "   ", "ﬁ", "İ", "ß", "\u0130\u0307"]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(1, 18))]
    words[0] = words[0].capitalize()
    return " ".join(words) + rng.choice([".", ",", "?", "!", "", "...", ";"])


def _quoted(rng: random.Random) -> str:
    opening, closing = rng.choice([("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("'", "'")])
    body = _sentence(rng)
    if rng.random() < 0.3:  # nested
        body = body + " " + opening + _sentence(rng) + closing
    if rng.random() < 0.3:  # never closed, or closed twice
        closing = rng.choice(["", closing * 2])
    return f"{opening}{body}{closing} {rng.choice(WORDS)} {rng.choice(['said', 'told reporters', 'added'])}."


def document(rng: random.Random) -> str:
    """One hostile document (short: a few hundred characters, now and then a giant sentence)."""
    kind = rng.random()
    if kind < 0.08:  # random bytes, decoded as a file would be
        data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 400)))
        if rng.random() < 0.5:
            data = _sentence(rng).encode(rng.choice(["utf-8", "utf-16-le", "cp1252", "utf-16"]),
                                         errors="replace") + data[:20]
        try:
            return decode(data)
        except InputError:
            return ""
    if kind < 0.12:  # arbitrary code points
        return "".join(chr(rng.choice([rng.randint(0, 0x2FF), rng.randint(0, 0xFFFF), rng.randint(0, 0x10FFFF)]))
                       for _ in range(rng.randint(0, 200)))
    if kind < 0.14:  # a giant sentence, no full stop
        return "“" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(500, 3000))) + " he said"
    parts = []
    for _ in range(rng.randint(1, 8)):
        r = rng.random()
        if r < 0.45:
            parts.append(_quoted(rng))
        elif r < 0.7:
            parts.append(_sentence(rng))
        elif r < 0.85:
            parts.append(rng.choice(MARKS) * rng.randint(1, 3))
        else:
            parts.append("".join(rng.choice(ODD) for _ in range(rng.randint(1, 4))))
        parts.append(rng.choice([" ", " ", "\n", "\n\n", "", rng.choice(MARKS)]))
    return "".join(parts)


def bad_spans(text: str, record: object, path: str = "") -> list[str]:
    """Every span in ``record`` (a to_dict() tree) whose offsets do not give its text."""
    bad = []
    if isinstance(record, dict):
        if {"start", "end", "text"} <= record.keys() and isinstance(record["start"], int):
            s, e = record["start"], record["end"]
            if not (0 <= s <= e <= len(text)) or text[s:e] != record["text"]:
                bad.append(f"{path}: [{s}:{e}] {record['text']!r} != {text[s:e]!r}")
        for k, v in record.items():
            if k != "text" or not isinstance(v, str):
                bad += bad_spans(text, v, f"{path}.{k}")
    elif isinstance(record, list):
        for i, v in enumerate(record):
            bad += bad_spans(text, v, f"{path}[{i}]")
    return bad


def check(ex: Extraction) -> list[str]:
    """Problems with one extraction: a crash (caught per document, so it shows in ``errors``),
    a bad span, output that does not serialise."""
    problems = [e for e in ex.errors if e.startswith(("extraction failed", "extractor bug"))]
    try:
        line = dumps(ex)
        line.encode("utf-8")
        record = json.loads(line)
    except Exception:
        return problems + [traceback.format_exc(limit=4)]
    text = ex.document.text
    if record["text"] != text:
        problems.append("the record's text is not the document's")
    return problems + bad_spans(text, {k: v for k, v in record.items() if k != "text"})


# Names with accents, made up for this script; the sentences around them too.
NAMES = ["Joaquim Araújo", "Hélène Duchâteau", "Zoë Ménard", "Íñigo Peñalver", "Søren Ærø", "Gonçalo Brandão",
         "Anaïs Lefèvre", "Björn Ågren", "Ramón Ibáñez", "Dagný Þórsdóttir", "Curaçao", "São Tomé"]
STORM = MARKS + [".", "!", "?", "-", "*", "#", "…", "(", ")", "/", "\\", "=", "_", "~"]


def mark_storm(rng: random.Random) -> str:
    """A run of marks without a space: the tokenizer's prefix/suffix search is quadratic in it."""
    n = rng.randint(20_000, 50_000) if rng.random() < 0.02 else rng.randint(200, 3_000)
    marks = rng.sample(STORM, rng.randint(1, 3))
    run = "".join(rng.choice(marks) for _ in range(n)) if len(marks) > 1 else marks[0] * n
    return _sentence(rng) + " " + run + " " + _quoted(rng)


def one_line(rng: random.Random, size: int | None = None) -> str:
    """Words and quotes on one line, no line break at all."""
    size = size or rng.randint(100_000, 200_000)
    parts, n = [], 0
    while n < size:
        part = _quoted(rng) if rng.random() < 0.3 else _sentence(rng)
        parts.append(part)
        n += len(part) + 1
    return " ".join(parts)[:size]


def no_sentence_end(rng: random.Random) -> str:
    """Tens of thousands of words, no full stop, now and then a line break."""
    n = rng.randint(1_000, 4_000)
    words = [rng.choice(WORDS) for _ in range(n)]
    return "".join(w + ("\n" if rng.random() < 0.002 else " ") for w in words)


def western_article(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(3, 12)):
        name = rng.choice(NAMES)
        lines.append(rng.choice([
            f"“We will not sign this,” {name} told reporters on Tuesday.",
            f"{name} said the talks in {rng.choice(NAMES)} would resume next week.",
            f"According to {name}, the envoy left early.",
            f"The minister met {name} — an old ally — for two hours.",
        ]))
    return "\n\n".join(lines)


def encoded(rng: random.Random) -> tuple[str, str]:
    """(text, expected): an English article with accented names, through bytes and back."""
    text = western_article(rng)
    enc = rng.choice(["cp1252", "latin-1", "utf-8", "utf-16", "cp1252", "latin-1"])
    if enc == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("—", "-")
    try:
        return decode(text.encode(enc)), text
    except InputError:
        return "", text


SHAPES = {  # shape: (share of the documents, generator)
    "mix": (0.945, document),
    "mark-storm": (0.01, mark_storm),
    "no-sentence-end": (0.002, no_sentence_end),
    "encodings": (0.04, None),
    "one-line": (0.0003, one_line),
}


def _files(rng: random.Random, folder: Path, count: int) -> dict[str, str]:
    """Hostile files in ``folder``; returns name → "read" or "skip" (what must happen)."""
    want: dict[str, str] = {}
    for i in range(count):
        kind = rng.choice(["deep-json", "deep-jsonl", "odd-name", "undefined-charset", "nul", "special"])
        if kind == "deep-json":
            depth = rng.randint(1_000, 50_000)
            (folder / f"deep{i}.json").write_text("[" * depth + "]" * depth)
            want[f"deep{i}.json"] = "skip"
        elif kind == "deep-jsonl":
            depth = rng.randint(1_000, 50_000)
            good = json.dumps({"text": western_article(rng)})
            (folder / f"deep{i}.jsonl").write_text(good + "\n" + '{"text": ' + "[" * depth + "]" * depth + "}\n" + good + "\n")
            want[f"deep{i}.jsonl"] = "read"
        elif kind == "odd-name":
            raw = rng.choice([b"caf\xe9", b"\xff\xfe", b"na\xefve\nline", b"x" * 200 + b"\x80"]) + b"%d.txt" % i
            with open(os.path.join(os.fsencode(folder), raw), "wb") as fh:
                fh.write(western_article(rng).encode("utf-8"))
            want[os.fsdecode(raw)] = "read"
        elif kind == "undefined-charset":
            page = ("<html><head><meta charset=\"undefined\"><title>Talks</title></head><body><article><p>"
                    + western_article(rng).replace("\n\n", "</p><p>") + "</p></article></body></html>")
            (folder / f"page{i}.html").write_bytes(page.encode("cp1252", errors="replace"))
            want[f"page{i}.html"] = "read"
        elif kind == "nul":
            text = western_article(rng)
            cut = rng.randint(0, len(text))
            (folder / f"nul{i}.txt").write_bytes((text[:cut] + "\x00" + text[cut:]).encode("utf-8"))
            want[f"nul{i}.txt"] = "read"
        else:
            special = rng.choice(["fifo", "zero", "loop", "dangling"])
            name = f"special{i}.txt"
            if special == "fifo":
                os.mkfifo(folder / name)
            elif special == "zero":
                os.symlink("/dev/zero", folder / name)
            elif special == "dangling":
                os.symlink(folder / f"missing{i}.txt", folder / name)
            else:
                name = f"loop{i}"
                (folder / name).mkdir()
                os.symlink("..", folder / name / "up")
            want[name] = "skip"
    return want


def check_files(rng: random.Random, count: int) -> tuple[list[str], list[Document], int, float]:
    """Read a folder of hostile files; (problems, documents read, bytes in the regular files,
    seconds to read them)."""
    problems: list[str] = []
    skipped: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="qg-fuzz-") as tmp:
        folder = Path(tmp)
        want = _files(rng, folder, count)
        size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file() and not p.is_symlink())
        began = time.perf_counter()

        def on_alarm(signum: int, frame: object) -> None:
            raise TimeoutError("reading the folder hung")

        old = signal.signal(signal.SIGALRM, on_alarm)
        signal.alarm(120)
        try:
            docs = list(iter_documents([folder], on_skip=lambda s, r: skipped.append((s, r))))
        except Exception:
            return [f"files: reading raised\n{traceback.format_exc(limit=6)}"], [], size, 0.0
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
        seconds = time.perf_counter() - began
    for doc in docs:
        try:
            doc.source.encode("utf-8")
        except UnicodeError:
            problems.append(f"files: source {doc.source!r} is not valid UTF-8")
        if not doc.text.strip():
            problems.append(f"files: {doc.source!r} read as empty")
    names_skipped = " ".join(s for s, _ in skipped)
    for name, what in want.items():
        if what == "skip" and name not in names_skipped:
            problems.append(f"files: {name!r} was not skipped with a reason")
    return problems, docs, size, seconds


def _measure_one_line(mb: float) -> None:
    """In a fresh process: extract one ``mb`` MB single-line text, print seconds and peak memory."""
    text = one_line(random.Random(1), int(mb * 1_000_000))
    load_pipeline()
    began, cpu = time.perf_counter(), time.process_time()
    ex = next(extract([Document(text, "one-line")]))
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu  # CPU: less at the mercy of load
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    problems = check(ex)
    print(json.dumps({"chars": len(text), "seconds": round(elapsed, 1), "cpu_seconds": round(cpu, 1),
                      "peak_mib": round(peak), "quotes": len(ex.quotes), "problems": problems[:3]}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="documents to try (default 10,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--one-line-mb", type=float, default=0,
                    help="also extract one single-line text of this many MB and report its peak memory")
    ap.add_argument("--measure-one-line", type=float, default=0, metavar="MB",
                    help="only extract one single-line text of MB megabytes in this process and print "
                         "its seconds and peak memory (what --one-line-mb runs)")
    args = ap.parse_args()

    if args.measure_one_line:
        _measure_one_line(args.measure_one_line)
        return 0
    rng = random.Random(args.seed)
    load_pipeline()
    failures = 0
    tried = 0
    chars_by: dict[str, int] = {}
    seconds_by: dict[str, float] = {}
    count_by: dict[str, int] = {}
    next(extract([Document("“We are ready,” the minister said.", "warm-up")]))  # lazy tables, not a shape's cost
    started = time.perf_counter()
    n_files = max(1, int(args.n * 0.01))
    file_problems, file_docs, file_bytes, file_seconds = check_files(rng, n_files)
    for p in file_problems:
        print("FAIL", p)
    failures += len(file_problems)
    rest = args.n - n_files
    plan = {shape: max(1, round(rest * share)) for shape, (share, _) in SHAPES.items()}
    plan["mix"] = max(0, rest - sum(v for k, v in plan.items() if k != "mix"))
    streams = {"files": ([(d, None) for d in file_docs])}
    for shape, n in plan.items():
        gen = SHAPES[shape][1]
        items = []
        for i in range(n):
            if shape == "encodings":
                text, expected = encoded(rng)
            else:
                text, expected = gen(rng), None
            items.append((Document(text, f"{shape}-{i}"), expected))
        streams[shape] = items
    for shape, items in streams.items():
        expected_of = {d.source: e for d, e in items}
        began = time.perf_counter()
        stream = extract((d for d, _ in items), batch_size=args.batch)
        done = 0
        while True:
            try:
                ex = next(stream)
            except StopIteration:
                break
            except Exception:  # the stream itself broke: every document left is lost
                print(f"CRASH: the {shape} stream died after {done} documents:\n{traceback.format_exc(limit=6)}")
                failures += len(items) - done
                break
            done += 1
            problems = check(ex)
            want = expected_of.get(ex.document.source)
            if want is not None and ex.document.text and ex.document.text != want:
                problems.append(f"decoded as {ex.document.text[:80]!r}, written as {want[:80]!r}")
            if problems:
                failures += 1
                print(f"FAIL {ex.document.source}: text={ex.document.text[:300]!r}")
                for p in problems[:5]:
                    print("   ", p)
            chars_by[shape] = chars_by.get(shape, 0) + len(ex.document.text)
        seconds_by[shape] = time.perf_counter() - began
        count_by[shape] = done
        if shape == "files":  # the files' bytes, read and extracted
            seconds_by[shape] += file_seconds
            chars_by[shape] = file_bytes
        tried += done
        print(f"… {shape}: {done} documents, {failures} failures so far", file=sys.stderr)
    tried += n_files - len(file_docs)  # the files skipped (rightly) count as tried
    elapsed = time.perf_counter() - started
    chars = sum(chars_by.values())
    print(f"fuzz: {tried} documents ({chars:,} characters, seed {args.seed}) in {elapsed:.0f} s: "
          f"{failures} failures (crashes, bad spans, wrong decodings, hostile files not named)")
    rates = {k: seconds_by[k] / chars_by[k] * 100_000 for k in seconds_by if chars_by.get(k)}
    median = statistics.median(rates.values()) if rates else 0.0
    print("seconds per 100,000 characters, by shape (documents, characters):")
    for shape, rate in sorted(rates.items(), key=lambda kv: -kv[1]):
        print(f"  {shape:16} {rate:8.2f} s  ({rate / median:.1f}x the median; {count_by[shape]:,} documents, "
              f"{chars_by[shape]:,} characters)")
    slow = [k for k, r in rates.items() if median and r > 20 * median]
    if slow:
        print(f"SLOW: {', '.join(slow)} over 20x the median shape per character")
    if args.one_line_mb:
        out = subprocess.run([sys.executable, __file__, "--measure-one-line", str(args.one_line_mb)],
                             capture_output=True, text=True)
        line = (out.stdout.strip().splitlines() or [out.stderr.strip()[-500:]])[-1]
        print(f"one line of {args.one_line_mb:g} MB in a fresh process: {line}")
        try:
            result = json.loads(line)
            if result["peak_mib"] >= 1024 or result["problems"]:
                failures += 1
        except (ValueError, KeyError):
            failures += 1
    return 1 if failures or slow else 0


if __name__ == "__main__":
    sys.exit(main())
