"""CSV files for ``neo4j-admin database import full``: the fastest way to load a big graph.

The Bolt loader writes a few thousand relationships a second; the offline importer writes
millions, into a new (or emptied) database. This writes the NetworkX graph (the same nodes and
relationships every other store gets) as one CSV file per node label and per relationship
type, with the importer's typed headers (``id:ID``, ``:LABEL``, ``confidence:double``,
``aliases:string[]``, ``:START_ID``, ``:END_ID``, ``:TYPE``), and an ``import.sh`` holding
the exact command.

>>> write_neo4j_import(G, "out/neo4j-import")       # doctest: +SKIP
>>> # then: NEO4J_HOME=/opt/neo4j sh out/neo4j-import/import.sh

Floats are written as ``double``: the importer's ``float`` is 32-bit, and 0.9 would come back
as 0.8999999761581421 in Cypher.
"""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from ..errors import StoreError
from ..schema import checked_label, checked_rel_type

SCRIPT = "import.sh"
# Display-only attributes for Gephi and Cytoscape; in Neo4j the label and type say it.
_NODE_SKIP = {"labels", "label"}
_EDGE_SKIP = {"type", "label", "interaction"}
_DELIMITERS = (";", "|", "\u001f")  # for array elements; the first no value contains


@dataclass(frozen=True)
class ImportFiles:
    """What ``write_neo4j_import`` wrote: file names (relative to the folder) and counts."""

    folder: Path
    node_files: dict[str, str]          # label → file
    relationship_files: dict[str, str]  # type → file
    nodes: int
    relationships: int
    array_delimiter: str

    def command(self, database: str = "neo4j") -> list[str]:
        """The ``neo4j-admin`` command line, run from inside ``folder``."""
        delim = "U+001F" if self.array_delimiter == "\u001f" else self.array_delimiter
        args = ["neo4j-admin", "database", "import", "full"]
        args += [f"--nodes={label}={name}" for label, name in sorted(self.node_files.items())]
        args += [f"--relationships={t}={name}" for t, name in sorted(self.relationship_files.items())]
        args += [f"--array-delimiter={delim}", "--multiline-fields=true", "--id-type=string", database]
        return args


def _column_type(values: Iterable[Any]) -> str:
    """The importer's type for a column, from every value in it ('' for string)."""
    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return ""
    if kinds <= {bool}:
        return "boolean"
    if kinds <= {int}:
        return "long"
    if kinds <= {int, float}:
        return "double"
    if kinds <= {list, tuple}:
        return "string[]"
    return ""


def _header(name: str, kind: str) -> str:
    return f"{name}:{kind}" if kind else name


def _cell(value: Any, kind: str, delim: str) -> Any:
    if value is None:
        return ""
    if kind == "string[]":
        return delim.join(str(v) for v in value)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    return value if kind == "long" else str(value)


def _choose_delimiter(G: nx.MultiDiGraph) -> str:
    used: set[str] = set()
    for _, attrs in G.nodes(data=True):
        for v in attrs.values():
            if isinstance(v, (list, tuple)):
                used.update(c for item in v for c in _DELIMITERS if c in str(item))
    for _, _, attrs in G.edges(data=True):
        for v in attrs.values():
            if isinstance(v, (list, tuple)):
                used.update(c for item in v for c in _DELIMITERS if c in str(item))
    for d in _DELIMITERS:
        if d not in used:
            return d
    raise StoreError("every array delimiter the importer allows occurs inside a list value")


def _write_table(path: Path, fixed: list[tuple[str, Any]], rows: list[tuple[list[Any], dict[str, Any]]],
                 skip: set[str], delim: str) -> None:
    """Write ``rows`` (fixed cells, attributes) under a header: the fixed columns, then every
    attribute any row has, typed."""
    columns = sorted({k for _, attrs in rows for k in attrs if k not in skip and k != "id"})
    if any("id" in attrs for _, attrs in rows) and "id" not in [f for f, _ in fixed]:
        columns = ["id_property", *columns]  # a node attribute called "id" never clashes with the key
    kinds = {c: _column_type(attrs.get("id" if c == "id_property" else c) for _, attrs in rows)
             for c in columns}
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow([h for h, _ in fixed] + [_header(c, kinds[c]) for c in columns])
        for cells, attrs in rows:
            w.writerow(cells + [_cell(attrs.get("id" if c == "id_property" else c), kinds[c], delim)
                                for c in columns])


def write_neo4j_import(G: nx.MultiDiGraph, folder: str | os.PathLike[str]) -> ImportFiles:
    """Write ``G`` as neo4j-admin import CSV files and ``import.sh`` into ``folder``, whole or
    not at all (an earlier export there is replaced; a folder holding anything else is refused)."""
    target = Path(folder)
    if target.exists() and (not target.is_dir() or (any(target.iterdir()) and not (target / SCRIPT).exists())):
        raise StoreError(f"{target}: exists and is not an earlier neo4j-import export; pick a new folder")
    delim = _choose_delimiter(G)
    by_label: dict[str, list[tuple[list[Any], dict[str, Any]]]] = {}
    for node, attrs in G.nodes(data=True):
        try:
            label = checked_label(attrs.get("labels", ""))
        except ValueError as exc:
            raise StoreError(f"node {node!r}: {exc}") from exc
        by_label.setdefault(label, []).append(([str(node), label], attrs))
    by_type: dict[str, list[tuple[list[Any], dict[str, Any]]]] = {}
    for u, v, key, attrs in G.edges(keys=True, data=True):
        try:
            rel = checked_rel_type(attrs.get("type", ""))
        except ValueError as exc:
            raise StoreError(f"edge {u!r} → {v!r}: {exc}") from exc
        by_type.setdefault(rel, []).append(([str(u), str(v), rel, str(key)], attrs))

    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        node_files, rel_files = {}, {}
        for label, rows in sorted(by_label.items()):
            node_files[label] = f"nodes-{label}.csv"
            _write_table(tmp / node_files[label], [("id:ID", None), (":LABEL", None)], rows, _NODE_SKIP, delim)
        for rel, rows in sorted(by_type.items()):
            rel_files[rel] = f"relationships-{rel}.csv"
            _write_table(tmp / rel_files[rel], [(":START_ID", None), (":END_ID", None), (":TYPE", None),
                                                 ("key", None)], rows, _EDGE_SKIP, delim)
        files = ImportFiles(target, node_files, rel_files, G.number_of_nodes(), G.number_of_edges(), delim)
        (tmp / SCRIPT).write_text(_script(files), encoding="utf-8")
        os.chmod(tmp / SCRIPT, 0o755)
        os.chmod(tmp, 0o755)
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
        os.replace(tmp, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return files
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _script(files: ImportFiles) -> str:
    cmd = files.command('"$DATABASE"')
    lines = " \\\n  ".join(a if a == '"$DATABASE"' else _sh_quote(a) for a in cmd[1:])
    return f"""#!/bin/sh
# Load this quotegraph export ({files.nodes} nodes, {files.relationships} relationships) into Neo4j 5
# with the offline importer: it builds a NEW database and is many times faster than loading
# over Bolt. Stop the DBMS first (or import into a database name not in use), then e.g.
#   NEO4J_HOME=/opt/neo4j sh import.sh            # into the database "neo4j"
#   NEO4J_HOME=/opt/neo4j sh import.sh quotes     # then, in Cypher: CREATE DATABASE quotes
# To replace an existing database, add --overwrite-destination below. (Neo4j 4.x spells the
# command "neo4j-admin import --database=NAME" with the same --nodes/--relationships options.)
set -eu
cd "$(dirname "$0")"
DATABASE="${{1:-neo4j}}"
ADMIN="${{NEO4J_HOME:+$NEO4J_HOME/bin/}}neo4j-admin"
"$ADMIN" {lines}
"""


def _sh_quote(arg: str) -> str:
    if all(c.isalnum() or c in "-_=./:+" for c in arg):
        return arg
    return "'" + arg.replace("'", "'\\''") + "'"
