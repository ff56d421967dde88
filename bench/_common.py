"""Shared by the bench scripts: the corpus, timers, peak memory, markdown tables.

Run every script from the repository root with the repository first on the path, e.g.
``python bench/throughput.py``. Corpora are read in place (nothing is copied into
the repository); copies made for scaling runs go to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Sequence

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", "/work/shared"))
DEFAULT_CORPUS = [SHARED / "seeds", SHARED / "corpus" / "intl-news"]


def corpus_paths(args: Sequence[str]) -> list[Path]:
    paths = [Path(a) for a in args] or [p for p in DEFAULT_CORPUS if p.is_dir()]
    if not paths:
        sys.exit(f"no corpus: pass a folder of articles (looked for {DEFAULT_CORPUS})")
    return paths


def documents(paths: Iterable[Path]):
    from quotegraph import iter_documents

    return [d for d in iter_documents([str(p) for p in paths], on_skip=lambda s, r: None) if d.text.strip()]


def words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


def replicate(paths: Iterable[Path], times: int, into: Path, distinct: bool = True) -> Path:
    """A folder holding every article of ``paths`` ``times`` times; with ``distinct``, each copy
    gets a first line of its own so that its text (and id) differs from the others'."""
    into.mkdir(parents=True, exist_ok=True)
    for doc in documents(paths):
        name = Path(doc.source).stem
        for i in range(times):
            text = f"Copy {i}.\n\n{doc.text}" if distinct else doc.text
            (into / f"{name}-{i:04d}.txt").write_text(text, encoding="utf-8")
    return into


def run_cli(args: Sequence[str], *, measure_rss: bool = False) -> tuple[float, int | None, str]:
    """Run ``quotegraph ARGS`` in a fresh process; (wall seconds, peak RSS in MiB, stderr)."""
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    code = ("import resource, sys\nfrom quotegraph.cli import main\n"
            "try:\n    main(sys.argv[1:], prog_name='quotegraph')\n"
            "except SystemExit as e:\n    code = e.code\nelse:\n    code = 0\n"
            "print('PEAK_RSS_KIB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
            "sys.exit(code)\n")
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"quotegraph {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    rss = None
    for line in done.stderr.splitlines():
        if line.startswith("PEAK_RSS_KIB"):
            rss = int(line.split()[1]) // 1024
    return wall, rss, done.stderr


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def machine_note() -> str:
    try:
        load = os.getloadavg()
    except OSError:
        load = (float("nan"),) * 3
    return (f"{os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} "
            f"(measured {time.strftime('%Y-%m-%d %H:%M')})")


class TempDir:
    def __enter__(self) -> Path:
        self.path = Path(tempfile.mkdtemp(prefix="quotegraph-bench-"))
        return self.path

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
