"""``run``'s two outputs as one: both carry the id of the run that wrote them.

``run`` writes ``quotes.jsonl`` and ``graph.graphml`` each to a temporary file, records the
run id and both files' SHA-256 in ``OUT/.quotegraph-run.json``, then renames the two into
place. A SIGKILL or power cut between the renames leaves one file of the new run beside one
of the old: ``check_run`` (called by the next ``run``, ``export``, ``load`` and ``query`` that
reads either file) names the mismatch instead of letting it pass.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import Callable

from .fileio import atomic_write, stale_parts

RUN_FILES = ("quotes.jsonl", "graph.graphml")
MANIFEST = ".quotegraph-run.json"


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def write_run(out_dir: str | os.PathLike[str], writers: dict[str, Callable[[Path], None]]) -> str:
    """Write each ``name`` through ``writers[name](path)`` to a temporary file in ``out_dir``,
    then the manifest, then rename them all into place; return the run id."""
    out = Path(out_dir)
    run_id = uuid.uuid4().hex[:16]
    temps: dict[str, Path] = {}
    try:
        for name, write in writers.items():
            for stale in stale_parts(out / name):
                with contextlib.suppress(OSError):
                    stale.unlink()
            temps[name] = out / f".{name}.{os.getpid()}.run{run_id}.part"
            write(temps[name])
        files = {name: {"sha256": _digest(tmp), "bytes": tmp.stat().st_size} for name, tmp in temps.items()}
        with atomic_write(out / MANIFEST) as fh:
            json.dump({"run_id": run_id, "files": files}, fh, indent=1)
            fh.write("\n")
        for name, tmp in temps.items():
            os.replace(tmp, out / name)
    finally:
        for tmp in temps.values():
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    return run_id


def check_run(path: str | os.PathLike[str]) -> str | None:
    """None when ``path`` is not one of a run's outputs or its pair is whole; else what is wrong."""
    target = Path(path)
    if target.name not in RUN_FILES:
        return None
    folder = target.parent
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        run_id = str(manifest["run_id"])
        files = manifest["files"]
    except FileNotFoundError:
        return None  # written before run ids, or not by `run`
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return f"{folder / MANIFEST} is not readable: cannot tell whether {folder / RUN_FILES[0]} and " \
               f"{folder / RUN_FILES[1]} come from the same run"
    mismatched, whole = [], []
    for name in RUN_FILES:
        p = folder / name
        if not p.exists():
            continue
        want = files.get(name) if isinstance(files, dict) else None
        try:
            same = (isinstance(want, dict) and p.stat().st_size == want.get("bytes")
                    and _digest(p) == want.get("sha256"))
        except OSError:
            same = False
        (whole if same else mismatched).append(name)
    if not mismatched:
        return None
    if whole:
        return (f"{folder / mismatched[0]} is not from the run that wrote {folder / whole[0]} (run {run_id}): "
                "that run was interrupted between writing the two, or the file was changed since; "
                "run it again to write both")
    return (f"{folder / RUN_FILES[0]} and {folder / RUN_FILES[1]} are not the files run {run_id} wrote: it was "
            "interrupted before they were in place, or they were changed since; run it again to write both")
