"""Every notebook in notebooks/ runs top to bottom without an error, in a kernel of this Python.

Run from the repository root; the kernel runs in notebooks/ with the repository on PYTHONPATH,
as a reader's Jupyter would after ``pip install -e '.[notebook]'``.

The committed notebooks keep their outputs (so their pictures show on a code host). To refresh
them after a change::

    python tests/test_notebooks.py            # executes and rewrites notebooks/*.ipynb

That run reads the examples only: the seed articles may not be copied into the repository, and
a notebook's outputs would copy their sentences.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"
PATHS = sorted(NOTEBOOKS.glob("*.ipynb"))


def _kernel_manager():
    """A manager for the "python3" kernel that starts *this* interpreter: the installed kernelspec
    may say plain ``python``, which could be any Python on PATH."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    class ThisPython(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str):
            spec = super().get_kernel_spec(kernel_name)
            spec.argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
            return spec

    return KernelManager(kernel_name="python3", kernel_spec_manager=ThisPython())


def execute(path: Path, timeout: int = 600):
    """Run the notebook at ``path`` (cwd: its folder, the repository first on PYTHONPATH); return it."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), old) if p)
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    try:
        NotebookClient(nb, km=_kernel_manager(), timeout=timeout, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old
    return nb


def _missing(path: Path) -> list[str]:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    needs = nb.metadata.get("quotegraph", {}).get("requires", [])
    return [m for m in needs if importlib.util.find_spec(m) is None]


def test_there_are_notebooks():
    assert {p.name for p in PATHS} >= {"explore.ipynb", "neo4j.ipynb"}


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS, ids=[p.name for p in PATHS])
def test_notebook_runs_without_error(path: Path):
    missing = _missing(path)
    if missing:
        pytest.skip(f"{path.name} needs {', '.join(missing)}, not in this tree")
    nb = execute(path)  # nbclient raises CellExecutionError, naming the cell, on any error
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors


def _images(nb) -> int:
    return sum(1 for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
               if "image/png" in o.get("data", {}))


def test_committed_explore_notebook_shows_pictures_and_tables():
    import nbformat

    nb = nbformat.read(NOTEBOOKS / "explore.ipynb", as_version=4)
    assert _images(nb) >= 3
    tables = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if "text/html" in o.get("data", {}) and "<table" in o["data"]["text/html"]]
    assert len(tables) >= 5
    # a markdown sentence says what each step shows before its code
    cells = nb.cells
    for before, cell in zip(cells, cells[1:]):
        if cell.cell_type == "code" and before.cell_type == "code":
            assert cell.source.startswith("if HAVE_BOLT") or "doc._." in cell.source, cell.source[:80]


def _write_all() -> None:
    import nbformat

    # the committed outputs come from the examples only (see the module docstring)
    os.environ["QUOTEGRAPH_SHARED"] = tempfile.mkdtemp(prefix="no-shared-")
    for path in PATHS:
        missing = _missing(path)
        if missing:
            print(f"{path.name}: not run, needs {', '.join(missing)}")
            continue
        nb = execute(path)
        nbformat.write(nb, path)
        print(f"{path.name}: {_images(nb)} images")


if __name__ == "__main__":
    _write_all()


def test_the_notebook_extra_brings_jupyter_and_the_readme_says_how_to_run_them():
    """Regression: no extra installed Jupyter, so the notebooks could not be run as the README
    suggested. The test extras include the notebook extra, so its commands are here."""
    import re
    import subprocess
    import tomllib

    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    extra = meta["project"]["optional-dependencies"]["notebook"]
    names = {re.match(r"[A-Za-z0-9_.-]+", req).group().lower() for req in extra}
    assert {"jupyter", "nbconvert", "pandas", "matplotlib"} <= names
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = "jupyter nbconvert --to notebook --execute --inplace notebooks/explore.ipynb"
    assert "pip install 'quotegraph[notebook]'" in readme and command in readme
    jupyter = Path(sys.executable).parent / "jupyter"
    for sub in (["nbconvert", "--version"], ["lab", "--version"]):
        run = subprocess.run([str(jupyter), *sub], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr[-2000:]
