#!/usr/bin/env python3
"""Names and addressees on the fourteen intl-news articles, scored by ``score_quotes.py --names``.

The gold (``tests/data/intl-news.quotes.gold.jsonl``) holds, for each article of
``../shared/corpus/intl-news/``, its file name and its quotes as character offsets, the speaker's
name (and aliases), the addressee where the text names one, and the verbatim fragments of mixed
quotes: written by reading the articles, before looking at quotegraph's output on them. The
articles' texts are not in this repository (they are copyrighted news): this script reads them
from the shared folder, assembles a gold file in the scorer's format (id, text, quotes) in a
temporary folder, and runs the scorer on it.

usage (from the repository root):
  python bench/quality_intl.py                 # quotegraph extract, scored with --names
  python bench/quality_intl.py --show 20       # and the first misses and false alarms
  python bench/quality_intl.py --json
  python bench/quality_intl.py --write-gold OUT.jsonl   # only assemble the gold file
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", REPO.parent / "shared"))
GOLD = REPO / "tests" / "data" / "intl-news.quotes.gold.jsonl"
CORPUS = SHARED / "corpus" / "intl-news"
SCORER = SHARED / "eval" / "score_quotes.py"


def assemble(gold: Path = GOLD, corpus: Path = CORPUS) -> list[dict]:
    """The gold in the scorer's format: each record gets its id (the file's stem, which is how
    the scorer finds the prediction for it) and the article's text read from ``corpus``."""
    out = []
    with open(gold, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            path = corpus / rec["file"]
            text = path.read_text(encoding="utf-8")
            for q in rec["quotes"]:
                for s, e in q["contents"] + q["sources"] + q.get("fragments", []):
                    if not 0 <= s < e <= len(text):
                        sys.exit(f"{gold}: {rec['file']}: span {s}-{e} is outside the article ({len(text)} chars)")
            out.append({"id": path.stem, "text": text, "quotes": rec["quotes"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--write-gold", type=Path, help="write the assembled gold here and stop")
    a = ap.parse_args()
    gold = assemble(a.gold, a.corpus)
    if a.write_gold:
        with open(a.write_gold, "w", encoding="utf-8") as fh:
            for rec in gold:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return
    with tempfile.TemporaryDirectory(prefix="quality_intl_") as tmp:
        path = Path(tmp) / "intl-news.gold.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            for rec in gold:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        cmd = f"{sys.executable} -m quotegraph extract {{input}} -o {{output}} -q --no-cache"
        argv = [sys.executable, str(a.scorer), str(path), "--names", "--cmd", cmd, "--show", str(a.show)]
        if a.json:
            argv.append("--json")
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        sys.exit(subprocess.run(argv, env=env).returncode)


if __name__ == "__main__":
    main()
