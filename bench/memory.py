"""Peak memory (RSS) of ``quotegraph extract`` over the corpus repeated 1×, 10× and 100×:
it should not grow with the corpus (streaming: one batch of documents in memory at a time).

Each run is a fresh process (``--no-cache``, output to a file); the copies go to a temporary
folder, each with a first line of its own so that every document is a different one.

    python bench/memory.py [CORPUS_DIR ...] [--times 1 10 100] [--workers 1]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import TempDir, corpus_paths, documents, machine_note, replicate, run_cli, table, words  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*")
    ap.add_argument("--times", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    paths = corpus_paths(args.corpus or [str(Path("/work/shared/seeds"))])
    base_words = words(d.text for d in documents(paths))
    rows, peaks = [], {}
    with TempDir() as tmp:
        for n in args.times:
            folder = replicate(paths, n, tmp / f"x{n}")
            wall, rss, _ = run_cli(["extract", str(folder), "-o", str(tmp / f"x{n}.jsonl"), "-q", "--no-cache",
                                    "--workers", str(args.workers)])
            peaks[n] = rss
            docs = len(list(folder.iterdir()))
            rows.append([f"{n}×", docs, f"{base_words * n:,}", f"{wall:.1f}", rss])
            print(f"{n}×: {wall:.1f}s, peak RSS {rss} MiB", file=sys.stderr)
    print(f"\n### Peak memory of `quotegraph extract` ({args.workers} worker(s)), corpus {', '.join(map(str, paths))}\n")
    print(table(["corpus", "documents", "words", "seconds", "peak RSS (MiB)"], rows))
    if len(args.times) >= 2:
        a, b = sorted(args.times)[-2:]
        print(f"\npeak RSS {b}× ÷ {a}×: {peaks[b] / peaks[a]:.2f}")
    print(f"Machine: {machine_note()}")


if __name__ == "__main__":
    main()
