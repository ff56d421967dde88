"""Lint Cypher with Neo4j's own parser: ``@neo4j-cypher/language-support``.

The linter is JavaScript, so this module runs ``node tools/cypher_lint/lint.mjs``
in a subprocess, one call for a whole batch of queries (starting node and
loading the parser costs about 3 s; linting a query takes milliseconds).

Setup, once per checkout (CI included)::

    npm ci --prefix tools/cypher_lint

No database schema is given to the linter, so it checks syntax and semantics
(undefined variables, type errors, deprecated functions) but not whether
labels, relationship types or properties exist. Parameters (``$rows``) are
accepted as-is. A string with several statements separated by ``;`` is linted
statement by statement, with positions relative to the whole string.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "Diagnostic",
    "CypherLintUnavailable",
    "ERROR",
    "WARNING",
    "lint_cypher",
    "lint_tool_dir",
]

# LSP DiagnosticSeverity values, as the linter reports them.
ERROR = 1
WARNING = 2
INFORMATION = 3
HINT = 4

_PACKAGE = "@neo4j-cypher/language-support"
_INSTALL_HINT = "npm ci --prefix {dir}"


class CypherLintUnavailable(RuntimeError):
    """node, the lint script or its node_modules is missing."""


@dataclass(frozen=True)
class Diagnostic:
    """One linter finding. ``line``/``column`` are 1-based."""

    severity: int
    message: str
    line: int
    column: int
    end_line: int
    end_column: int

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def __str__(self) -> str:
        kind = {ERROR: "error", WARNING: "warning"}.get(self.severity, "info")
        return f"{self.line}:{self.column}: {kind}: {self.message}"


def lint_tool_dir() -> Path:
    """Where ``lint.mjs`` lives: ``$QUOTEGRAPH_CYPHER_LINT_DIR`` or ``<repo>/tools/cypher_lint``."""
    override = os.environ.get("QUOTEGRAPH_CYPHER_LINT_DIR")
    if override:
        return Path(override)
    # graph/cypher_lint.py -> repo root is one level above the package.
    return Path(__file__).resolve().parent.parent / "tools" / "cypher_lint"


def _check_setup(tool_dir: Path) -> str:
    node = shutil.which("node")
    if node is None:
        raise CypherLintUnavailable(
            "the Cypher linter needs Node.js (>= 20): 'node' was not found on PATH"
        )
    script = tool_dir / "lint.mjs"
    if not script.is_file():
        raise CypherLintUnavailable(f"the Cypher lint script is missing: {script}")
    if not (tool_dir / "node_modules" / _PACKAGE / "package.json").is_file():
        raise CypherLintUnavailable(
            f"{_PACKAGE} is not installed in {tool_dir / 'node_modules'}; "
            f"run: {_INSTALL_HINT.format(dir=tool_dir)}"
        )
    return node


def lint_cypher(queries: list[str], *, timeout: float = 120) -> list[list[Diagnostic]]:
    """Lint each query; return its diagnostics, in input order.

    Raises CypherLintUnavailable when node or the npm package is missing, and
    RuntimeError when the lint script itself fails.
    """
    if not queries:
        return []
    tool_dir = lint_tool_dir()
    node = _check_setup(tool_dir)
    proc = subprocess.run(
        [node, str(tool_dir / "lint.mjs")],
        input=json.dumps(list(queries)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tool_dir,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f"Cypher linter failed (exit {proc.returncode}): {proc.stderr.strip()}"
        )
    raw = json.loads(proc.stdout)
    if len(raw) != len(queries):
        raise RuntimeError(
            f"Cypher linter returned {len(raw)} results for {len(queries)} queries"
        )
    return [
        [
            Diagnostic(
                severity=int(d["severity"]),
                message=d["message"],
                line=int(d["line"]),
                column=int(d["column"]),
                end_line=int(d["endLine"]),
                end_column=int(d["endColumn"]),
            )
            for d in diags
        ]
        for diags in raw
    ]
