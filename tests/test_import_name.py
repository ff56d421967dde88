"""The public import name is ``quotegraph``; a user's own ``graph.py`` must not shadow it
(regression: the package used to be imported as ``graph``)."""

from __future__ import annotations

import subprocess
import sys


def test_import_quotegraph_beside_a_users_graph_py(tmp_path):
    (tmp_path / "graph.py").write_text("WHO = 'the user'\n", encoding="utf-8")
    code = ("import graph, quotegraph as qg; "
            "assert graph.WHO == 'the user'; "
            "assert callable(qg.extract) and callable(qg.build_graph); "
            "print(qg.__name__)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "quotegraph"


def test_the_cli_entry_point_is_the_quotegraph_module():
    from importlib.metadata import entry_points

    [script] = [ep for ep in entry_points(group="console_scripts") if ep.name == "quotegraph"]
    assert script.value == "quotegraph.cli:main"
