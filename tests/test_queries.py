"""The named queries on NetworkX (no server): the library, its answers on a fictional corpus
whose facts we wrote ourselves, the CLI, and that the .cypher files ship in the wheel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph import QueryError, build_graph, write_jsonl
from quotegraph.cli import main
from quotegraph.queries import get_query, list_queries, run_query

from stores.fiction import fictional_corpus

REPO = Path(__file__).resolve().parent.parent
NAMES = {"who_speaks_for_whom", "speaks_for_chains", "quotes_by_speaker", "who_talked_to_whom", "alliance_map",
         "adversaries", "most_quoted", "anonymous_sources", "quote_provenance", "between_actors",
         "timeline", "outlets", "ego", "path", "communities"}


@pytest.fixture(scope="module")
def G():
    return build_graph(fictional_corpus())


def _id(G, name):
    return next(n for n, d in G.nodes(data=True) if d.get("name") == name)


def test_every_question_has_a_file_with_a_full_header():
    queries = {q.name: q for q in list_queries()}
    assert set(queries) == NAMES
    for q in queries.values():
        assert q.description and q.columns and q.cypher.strip()
        assert q.path.read_text(encoding="utf-8").startswith(f"// name: {q.name}\n")
        assert "ORDER BY" in q.cypher, f"{q.name}: rows must come in a fixed order"
        for p in q.params:
            assert f"${p}" in q.cypher
    assert queries["most_quoted"].params == ("limit", "since", "until")
    assert queries["between_actors"].params == ("a", "b")
    assert queries["alliance_map"].computed == ("bloc",)


def test_parameters_are_checked_and_typed():
    assert get_query("most_quoted").bind({}) == {"limit": 10, "since": None, "until": None}
    assert get_query("most_quoted").bind({"limit": "2"}) == {"limit": 2, "since": None, "until": None}
    with pytest.raises(QueryError, match="limit"):
        get_query("most_quoted").bind({"limit": "many"})
    with pytest.raises(QueryError, match="needs --param name"):
        get_query("quotes_by_speaker").bind({})
    with pytest.raises(QueryError, match="no parameter 'nam'"):
        get_query("quotes_by_speaker").bind({"nam": "x"})
    with pytest.raises(QueryError, match="no query named"):
        get_query("who_is_who")


def test_speaks_for_direct_and_through_chains(G):
    direct = run_query("who_speaks_for_whom", G)
    varga = next(r for r in direct if r["speaker"] == "Lena Varga" and r["principal"] == "Karl Ruud")
    assert (varga["statements"], varga["documents"]) == (2, 2)  # said in both articles
    chains = run_query("speaks_for_chains", G)
    assert {"speaker": "Lena Varga", "principal": "Norland", "hops": 3,
            "chain": "Lena Varga → Karl Ruud → the Norland Council → Norland"}.items() <= next(
        r for r in chains if r["speaker"] == "Lena Varga" and r["principal"] == "Norland").items()
    assert all(r["speaker_id"] != r["principal_id"] for r in chains)  # the cycle back to Varga is cut
    assert max(r["hops"] for r in chains) == 3
    assert [(r["speaker"], r["principal"]) for r in chains] == sorted((r["speaker"], r["principal"]) for r in chains)


def test_quotes_by_speaker_matches_name_alias_or_id(G):
    by_name = run_query("quotes_by_speaker", G, name="Lena Varga")
    assert len(by_name) == 2 and {r["speaker"] for r in by_name} == {"Lena Varga"}
    assert run_query("quotes_by_speaker", G, name="L. Varga") == by_name  # an alias from the 2nd article
    assert run_query("quotes_by_speaker", G, name=_id(G, "Lena Varga")) == by_name
    assert run_query("quotes_by_speaker", G, name="lena varga") == by_name  # as people type it
    assert run_query("quotes_by_speaker", G, name=" LÉNA  VARGA. ") == by_name
    with pytest.raises(QueryError, match=r"no actor named 'Lena Vargas'; did you mean 'Lena Varga'"):
        run_query("quotes_by_speaker", G, name="Lena Vargas")
    assert [r["start"] for r in by_name] == sorted(r["start"] for r in by_name)


def test_who_talked_to_whom_counts_calls_and_addressed_quotes(G):
    rows = {(r["from_name"], r["to_name"], r["via"]): r for r in run_query("who_talked_to_whom", G)}
    assert rows[("Lena Varga", "Osei Tan", "COMMUNICATED_WITH")]["statements"] == 2
    assert rows[("Lena Varga", "Osei Tan", "SAID_TO")]["statements"] == 1
    assert rows[("Osei Tan", "Lena Varga", "SAID_TO")]["statements"] == 1


def test_alliance_map_groups_blocs_by_smallest_id(G):
    rows = run_query("alliance_map", G)
    blocs: dict[str, set[str]] = {}
    for r in rows:
        blocs.setdefault(r["bloc"], set()).update((r["a_id"], r["b_id"]))
    names = sorted(sorted(G.nodes[n]["name"] for n in members) for members in blocs.values())
    assert names == [["Estria", "Norland", "the Harbour Pact"], ["Kordavia", "Vostria"],
                     ["people close to the council", "the Norland Council"]]
    assert all(bloc == min(members) for bloc, members in blocs.items())
    assert [r["bloc"] for r in rows] == sorted(r["bloc"] for r in rows)
    assert list(rows[0]) == list(get_query("alliance_map").columns)


def test_adversaries_and_most_quoted(G):
    assert {(r["a_name"], r["b_name"]) for r in run_query("adversaries", G)} == {
        ("Norland", "Kordavia"), ("Estria", "Kordavia")}
    top = run_query("most_quoted", G, limit=1)
    assert [(r["speaker"], r["quotes"]) for r in top] == [("Lena Varga", 2)]
    everyone = run_query("most_quoted", G, limit=100)
    assert [r["quotes"] for r in everyone] == sorted((r["quotes"] for r in everyone), reverse=True)
    assert len(everyone) == 6


def test_anonymous_sources_and_whom_they_belong_to(G):
    rows = run_query("anonymous_sources", G)
    pairs = {(r["source"], r["belongs_to"], r["relation"]) for r in rows}
    assert ("a senior official", "the Harbour Pact", "SPEAKS_FOR") in pairs
    assert ("people close to the council", "the Norland Council", "MEMBER_OF") in pairs
    assert ("people close to the council", "the Norland Council", "SPEAKS_FOR") in pairs
    assert ("an Estrian diplomat", "Estria", "ROLE") in pairs
    assert ("someone", None, None) in pairs  # quoted, affiliation unknown
    assert next(r for r in rows if r["source"] == "a senior official")["description"] == \
        "a senior official familiar with the talks"


def test_quote_provenance_points_back_into_the_text(G):
    ex = fictional_corpus()[0]
    quote = next(q for q in ex.quotes if q.reported_by is not None and q.speaker.type == "group")
    [row] = run_query("quote_provenance", G, quote_id=quote.id)
    assert ex.document.text[row["start"]:row["end"]] == row["text"]
    assert (row["speaker"], row["outlet"], row["doc_id"], row["source"]) == (
        "a senior official", "the Daily Beacon", ex.document.id, "fiction/norland-1.txt")
    assert run_query("quote_provenance", G, quote_id="q-nonexistent") == []


def test_between_actors_both_directions_in_document_order(G):
    rows = run_query("between_actors", G, a="Lena Varga", b="Osei Tan")
    assert {(r["from_name"], r["relation"], r["to_name"]) for r in rows} == {
        ("Lena Varga", "COMMUNICATED_WITH", "Osei Tan"), ("Lena Varga", "SAID_TO", "Osei Tan"),
        ("Osei Tan", "SAID_TO", "Lena Varga")}
    assert len(rows) == 4
    assert [(r["doc_id"], r["start"]) for r in rows] == sorted((r["doc_id"], r["start"]) for r in rows)
    assert run_query("between_actors", G, a="Lena Varga", b="Lena Varga") == []


def test_cli_query_on_networkx_prints_json_rows_keyed_by_columns(tmp_path):
    path = tmp_path / "fiction.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        write_jsonl(fictional_corpus(), fh)
    result = CliRunner().invoke(main, ["query", "most_quoted", "--param", "limit=2", "--graph", str(path),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 2 and list(rows[0]) == list(get_query("most_quoted").columns)
    assert rows[0]["speaker"] == "Lena Varga"
    csv_out = CliRunner().invoke(main, ["query", "adversaries", "--graph", str(path), "--format", "csv"])
    assert csv_out.stdout.splitlines()[0] == ",".join(get_query("adversaries").columns)
    saved = tmp_path / "graph.json"  # a saved graph answers the same
    assert CliRunner().invoke(main, ["export", str(path), "--format", "json", "-o", str(saved)]).exit_code == 0
    again = CliRunner().invoke(main, ["query", "most_quoted", "--param", "limit=2", "--graph", str(saved),
                                      "--format", "json"])
    assert again.stdout == result.stdout
    listing = CliRunner().invoke(main, ["query", "--list"])
    assert all(name in listing.stdout for name in NAMES)


def test_cli_query_errors_are_one_line(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    for args, needle in ((["query", "nope", "--graph", str(path)], "no query named 'nope'"),
                         (["query", "most_quoted", "--graph", str(path), "--param", "limit=ten"], "whole number"),
                         (["query", "quotes_by_speaker", "--graph", str(path)], "needs --param name"),
                         (["query", "most_quoted"], "--graph FILE is needed")):
        result = CliRunner().invoke(main, args)
        assert result.exit_code != 0 and needle in result.output, (args, result.output)
        assert "Traceback" not in result.output


@pytest.mark.slow
def test_the_wheel_ships_the_queries_and_finds_them(tmp_path):
    pytest.importorskip("hatchling")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-build-isolation", "--no-deps",
                           "-w", str(tmp_path), str(REPO)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    [wheel] = tmp_path.glob("*.whl")
    with zipfile.ZipFile(wheel) as zf:
        shipped = {Path(n).name for n in zf.namelist() if n.startswith("quotegraph/cypher/") and n.endswith(".cypher")}
        zf.extractall(tmp_path / "site")
    assert shipped == {p.name for p in (REPO / "cypher").glob("*.cypher")}
    code = "import quotegraph.queries as q; print(q.cypher_dir()); print(len(q.list_queries()))"
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr
    where, count = out.stdout.split()
    assert Path(where) == tmp_path / "site" / "quotegraph" / "cypher" and int(count) == len(NAMES)
