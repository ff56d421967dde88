"""Re-runs answered by the cache, against the first run: ``quotegraph extract -o`` (the
extraction alone) and ``quotegraph run`` (which also rebuilds and rewrites the whole graph).

    python bench/cache_rerun.py [CORPUS_DIR ...] [--times 10]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import TempDir, corpus_paths, machine_note, replicate, run_cli, table  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*")
    ap.add_argument("--times", type=int, default=10, help="copies of the corpus (default 10)")
    args = ap.parse_args()
    paths = corpus_paths(args.corpus)
    with TempDir() as tmp:
        folder = replicate(paths, args.times, tmp / "corpus")
        n = len(list(folder.iterdir()))
        jsonl = tmp / "x.jsonl"
        x_first, _, _ = run_cli(["extract", str(folder), "-o", str(jsonl), "-q"])
        x_second, _, _ = run_cli(["extract", str(folder), "-o", str(jsonl), "-q"])
        out = tmp / "out"
        first, _, _ = run_cli(["run", str(folder), "--out", str(out), "-q"])
        second, _, _ = run_cli(["run", str(folder), "--out", str(out), "-q"])
        # one new article among the old: only it is extracted
        new = sorted(folder.iterdir())[0]
        (folder / "zz-new.txt").write_text("A new one.\n\n" + new.read_text(encoding="utf-8"), encoding="utf-8")
        third, _, _ = run_cli(["run", str(folder), "--out", str(out), "-q"])
        nocache, _, _ = run_cli(["run", str(folder), "--out", str(tmp / "out2"), "-q", "--no-cache"])
    rows = [["extract -o: first run (empty cache)", n, f"{x_first:.2f}", "1.00"],
            ["extract -o: second run, nothing new", n, f"{x_second:.2f}", f"{x_second / x_first:.3f}"],
            ["run: first run (empty cache)", n, f"{first:.2f}", "1.00"],
            ["run: second run, nothing new", n, f"{second:.2f}", f"{second / first:.3f}"],
            ["run: third run, 1 new document", n + 1, f"{third:.2f}", f"{third / first:.3f}"],
            ["run --no-cache", n + 1, f"{nocache:.2f}", f"{nocache / first:.3f}"]]
    print(f"\n### Re-runs with the cache (whole process, wall clock)\n")
    print(table(["run", "documents", "seconds", "÷ first run"], rows))
    print(f"Machine: {machine_note()}")


if __name__ == "__main__":
    main()
