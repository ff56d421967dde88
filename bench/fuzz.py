"""Long fuzz run of the extractor: thousands of generated hostile documents, none may crash it
or yield a span that does not point at its own text.

    python bench/fuzz.py                 # 10,000 documents, seed 0
    python bench/fuzz.py -n 50000 --seed 7

Documents mix news-like sentences with unbalanced, nested and exotic quote marks, arbitrary
Unicode (controls, combining marks, RTL, emoji, lone surrogates, line separators), giant
sentences, and random bytes decoded through ``quotegraph.sources.decode``. They go through
``quotegraph.extract`` (``nlp.pipe`` in batches, per-document isolation); a crash is a document
whose ``errors`` say "extraction failed" or a stream that dies; every span is checked
(``text[start:end] == span.text``) and every record must serialise to UTF-8 JSON. Prints the
count tried and each failure (with the document, to reproduce); exits 1 if any.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback

from quotegraph import Document, Extraction, InputError, extract, load_pipeline
from quotegraph.model import dumps
from quotegraph.sources import decode

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
    problems = [e for e in ex.errors if e.startswith("extraction failed")]
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="documents to try (default 10,000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=64)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    load_pipeline()
    tried = failures = chars = 0
    started = time.perf_counter()
    docs = (Document(document(rng), f"fuzz-{i}") for i in range(args.n))
    stream = extract(docs, batch_size=args.batch)
    while True:
        try:
            ex = next(stream)
        except StopIteration:
            break
        except Exception:  # the stream itself broke: every document left is lost
            print(f"CRASH: the extract stream died after {tried} documents:\n{traceback.format_exc(limit=6)}")
            failures += args.n - tried
            break
        tried += 1
        chars += len(ex.document.text)
        problems = check(ex)
        if problems:
            failures += 1
            print(f"FAIL {ex.document.source}: text={ex.document.text[:300]!r}")
            for p in problems[:5]:
                print("   ", p)
        if tried % 1000 == 0:
            print(f"… {tried} documents, {failures} failures", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(f"fuzz: {tried} documents ({chars:,} characters, seed {args.seed}) in {elapsed:.0f} s: "
          f"{failures} failures (crashes or bad spans)")
    return 1 if failures or tried < args.n else 0


if __name__ == "__main__":
    sys.exit(main())
