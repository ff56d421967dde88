"""CSV for neo4j-admin import: files parse, headers are the importer's, every relationship
points at a node, and the values round-trip to what the NetworkX graph holds."""

import csv
import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from quotegraph import build_graph
from quotegraph.cli import main
from quotegraph.errors import StoreError
from quotegraph.schema import NODE_LABELS, REL_TYPES
from quotegraph.stores.neo4j_import import write_neo4j_import


@pytest.fixture(scope="module")
def graph(example_extractions):
    return build_graph(example_extractions.values())


def _read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def _column(header, name):
    """Index of a column by property name, whatever its type suffix."""
    for i, h in enumerate(header):
        if h == name or h.split(":")[0] == name:
            return i
    raise AssertionError(f"no column {name!r} in {header}")


def test_files_headers_and_referential_integrity(graph, tmp_path):
    files = write_neo4j_import(graph, tmp_path / "imp")
    folder = tmp_path / "imp"
    ids, n_nodes = set(), 0
    for label, name in files.node_files.items():
        assert label in NODE_LABELS
        header, rows = _read(folder / name)
        assert header[:2] == ["id:ID", ":LABEL"]
        assert all(row[1] == label and len(row) == len(header) for row in rows)
        ids.update(row[0] for row in rows)
        n_nodes += len(rows)
    assert n_nodes == len(ids) == graph.number_of_nodes()
    n_rels = 0
    for rel_type, name in files.relationship_files.items():
        assert rel_type in REL_TYPES
        header, rows = _read(folder / name)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        for row in rows:
            assert row[0] in ids and row[1] in ids, row
            assert row[2] == rel_type and len(row) == len(header)
        n_rels += len(rows)
    assert n_rels == graph.number_of_edges()


def test_typed_columns_round_trip(graph, tmp_path):
    files = write_neo4j_import(graph, tmp_path / "imp")
    header, rows = _read(tmp_path / "imp" / files.node_files["Quote"])
    conf = header[_column(header, "confidence")]
    assert conf == "confidence:double"
    i_conf, i_start = _column(header, "confidence"), _column(header, "start")
    assert header[i_start] == "start:long"
    for row in rows:
        node = graph.nodes[row[0]]
        assert float(row[i_conf]) == node["confidence"]
        assert int(row[i_start]) == node["start"]
    person_header, people = _read(tmp_path / "imp" / files.node_files["Person"])
    i_aliases = _column(person_header, "aliases")
    assert person_header[i_aliases] == "aliases:string[]"
    for row in people:
        want = graph.nodes[row[0]]["aliases"]
        got = row[i_aliases].split(files.array_delimiter) if row[i_aliases] else []
        assert got == want


def test_import_script_names_every_file(graph, tmp_path):
    files = write_neo4j_import(graph, tmp_path / "imp")
    script = (tmp_path / "imp" / "import.sh").read_text(encoding="utf-8")
    assert "neo4j-admin" in script and "database import full" in script.replace(" \\\n  ", " ")
    for label, name in files.node_files.items():
        assert f"--nodes={label}={name}" in script
    for rel_type, name in files.relationship_files.items():
        assert f"--relationships={rel_type}={name}" in script
    assert "--multiline-fields=true" in script


def test_import_script_passes_the_command_line_intact(graph, tmp_path):
    """import.sh hands neo4j-admin exactly ``ImportFiles.command()`` (quoting survives the shell);
    the stand-in neo4j-admin only records its arguments."""
    import os
    import subprocess

    files = write_neo4j_import(graph, tmp_path / "imp")
    home = tmp_path / "neo4j"
    (home / "bin").mkdir(parents=True)
    admin = home / "bin" / "neo4j-admin"
    admin.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n')
    admin.chmod(0o755)
    done = subprocess.run(["sh", str(tmp_path / "imp" / "import.sh"), "quotes"], capture_output=True,
                          text=True, env={**os.environ, "NEO4J_HOME": str(home)}, check=True)
    assert done.stdout.splitlines() == files.command("quotes")[1:]


def test_refuses_a_folder_with_other_things_in_it(graph, tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(StoreError, match="not an earlier neo4j-import export"):
        write_neo4j_import(graph, tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def test_replaces_an_earlier_export(graph, tmp_path):
    write_neo4j_import(graph, tmp_path / "imp")
    (tmp_path / "imp" / "nodes-Stale.csv").write_text("old")
    write_neo4j_import(graph, tmp_path / "imp")
    assert not (tmp_path / "imp" / "nodes-Stale.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["imp"]


def test_cli_export_neo4j_import(tmp_path):
    jsonl = tmp_path / "q.jsonl"
    assert CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(jsonl), "-q", "--no-cache"]).exit_code == 0
    out = tmp_path / "neo4j"
    r = CliRunner().invoke(main, ["export", str(jsonl), "--format", "neo4j-import", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "import.sh" in r.output
    assert (out / "import.sh").is_file() and list(out.glob("nodes-*.csv"))
