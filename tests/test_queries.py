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
    assert queries["between_actors"].params == ("a", "b", "since", "until")
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


# --- graph files, names as people type them, dates, the new questions -------------------------


@pytest.fixture(scope="module")
def graph_files(tmp_path_factory):
    """The fiction as extract JSONL, and as the GraphML and graph JSON that `export` writes from it."""
    d = tmp_path_factory.mktemp("files")
    jsonl = d / "fiction.jsonl"
    with open(jsonl, "w", encoding="utf-8") as fh:
        write_jsonl(fictional_corpus(), fh)
    files = {"jsonl": jsonl}
    for fmt, name in (("graphml", "graph.graphml"), ("json", "graph.json")):
        result = CliRunner().invoke(main, ["export", str(jsonl), "--format", fmt, "-o", str(d / name)])
        assert result.exit_code == 0, result.output
        files[fmt] = d / name
    return files


def _query(*args):
    return CliRunner().invoke(main, ["query", *args])


@pytest.mark.parametrize("kind", ["jsonl", "graphml", "json"])
def test_query_reads_every_file_quotegraph_writes_with_the_same_answers(graph_files, kind):
    expected = _query("quotes_by_speaker", "--param", "name=Lena Varga", "--graph", str(graph_files["jsonl"]),
                      "--format", "json")
    got = _query("quotes_by_speaker", "--param", "name=lena varga", "--graph", str(graph_files[kind]),
                 "--format", "json")
    assert got.exit_code == 0, got.output
    assert json.loads(got.stdout) == json.loads(expected.stdout) and len(json.loads(got.stdout)) == 2
    for name in ("timeline", "communities", "outlets"):
        a = _query(name, "--graph", str(graph_files["jsonl"]), "--format", "json")
        b = _query(name, "--graph", str(graph_files[kind]), "--format", "json")
        assert a.exit_code == b.exit_code == 0 and json.loads(a.stdout) == json.loads(b.stdout) != []


def test_a_name_that_matches_nothing_exits_non_zero_with_suggestions(graph_files):
    result = _query("quotes_by_speaker", "--param", "name=Lena Vargo", "--graph", str(graph_files["graphml"]))
    assert result.exit_code == 2
    assert "no actor named 'Lena Vargo'; did you mean 'Lena Varga'" in result.output
    result = _query("path", "--param", "a=Lena Varga", "--param", "b=Kordavian", "--graph", str(graph_files["json"]))
    assert result.exit_code == 2 and "did you mean 'Kordavia'" in result.output


def test_since_and_until_on_query(graph_files):
    def dates(*extra):
        result = _query("timeline", *extra, "--graph", str(graph_files["graphml"]), "--format", "json")
        assert result.exit_code == 0, result.output
        return [r["date"] for r in json.loads(result.stdout)]

    everything = dates()
    assert everything == sorted(everything) and set(everything) == {"2031-03-03", "2031-03-05"}
    assert set(dates("--since", "2031-03-04")) == {"2031-03-05"}
    assert set(dates("--until", "2031-03-04")) == {"2031-03-03"}
    assert dates("--since", "2031-03", "--until", "2031-03") == everything  # a month: all of it
    assert dates("--until", "2030") == []
    bad = _query("timeline", "--since", "March", "--graph", str(graph_files["graphml"]))
    assert bad.exit_code == 2 and "must be a date" in bad.output
    undated = _query("adversaries", "--since", "2031", "--graph", str(graph_files["graphml"]))
    assert undated.exit_code == 2 and "has no date filter" in undated.output and "timeline" in undated.output


def test_every_quote_and_statement_carries_its_document_s_date(G):
    docs = {n: d.get("date") for n, d in G.nodes(data=True) if d["labels"] == "Document"}
    for n, d in G.nodes(data=True):
        if d["labels"] == "Quote":
            assert d["date"] == docs[d["doc_id"]]
    for _, _, d in G.edges(data=True):
        if d["type"] not in ("MENTIONS", "IN_DOCUMENT"):
            assert d["date"] == docs[d["doc_id"]], d


def test_path_ego_outlets_on_the_fiction(G):
    rows = run_query("path", G, a="Lena Varga", b="Norland")
    assert rows and {r["hops"] for r in rows} == {min(r["hops"] for r in rows)}
    for chain in {r["path_keys"] for r in rows}:
        steps = [r for r in rows if r["path_keys"] == chain]
        assert [s["step"] for s in steps] == list(range(1, len(steps) + 1))
        # consecutive steps share an actor, and the chain runs from Varga to Norland
        ends = [{s["from_name"], s["to_name"]} for s in steps]
        assert "Lena Varga" in ends[0] and "Norland" in ends[-1]
        assert all(a & b for a, b in zip(ends, ends[1:]))
        assert all(s["evidence"] and s["doc_id"] for s in steps)
    assert run_query("path", G, a="Lena Varga", b="Norland", limit=1) == [
        r for r in rows if r["path_keys"] == rows[0]["path_keys"]]
    ego = run_query("ego", G, name="Osei Tan")
    varga = {(r["relation"], r["direction"]): r["statements"] for r in ego if r["neighbour"] == "Lena Varga"}
    assert varga[("SAID_TO", "out")] == 1 and varga[("SAID_TO", "in")] == 1
    outlets = run_query("outlets", G)
    assert {(r["outlet"], r["speaker"]) for r in outlets} == {("the Daily Beacon", "a senior official"),
                                                              ("the Daily Beacon", "Osei Tan")}


def test_communities_are_louvain_on_the_actor_graph_and_stable(G):
    from quotegraph.stores.projection import actor_projection

    rows = run_query("communities", G, min_size=1)
    actors = [n for n, d in G.nodes(data=True) if d["labels"] not in ("Quote", "Document")]
    assert sorted(r["actor_id"] for r in rows) == sorted(actors)  # every actor has one
    assert [r["community"] for r in rows] == sorted(r["community"] for r in rows)
    sizes = {r["community"]: r["size"] for r in rows}
    assert list(sizes.values()) == sorted(sizes.values(), reverse=True)  # 1 is the largest
    # actors with many statements between them share a community
    P = actor_projection(G)
    u, v, _ = max(P.edges(data=True), key=lambda e: e[2]["weight"])
    assert G.nodes[u]["community"] == G.nodes[v]["community"]
    again = build_graph(list(reversed(fictional_corpus())))
    assert {n: again.nodes[n].get("community") for n in again} == {n: G.nodes[n].get("community") for n in G}


def test_export_actors_and_gexf_for_layouts(graph_files, tmp_path):
    import networkx as nx

    out = tmp_path / "actors.graphml"
    result = CliRunner().invoke(main, ["export", str(graph_files["graphml"]), "--format", "graphml", "--actors",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    A = nx.read_graphml(out)
    assert {d["labels"] for _, d in A.nodes(data=True)} <= {"Person", "Organization", "Country", "Media", "Group"}
    assert all(isinstance(d["weight"], int) and d["weight"] >= 1 for *_, d in A.edges(data=True))
    G = build_graph(fictional_corpus())
    varga, tan = (next(n for n, d in G.nodes(data=True) if d.get("name") == x) for x in ("Lena Varga", "Osei Tan"))
    # Varga → Tan: two COMMUNICATED_WITH statements and one quote addressed to him
    assert A.edges[varga, tan]["weight"] == 3 and A.edges[varga, tan]["relations"] == "COMMUNICATED_WITH|SAID_TO"
    gexf = tmp_path / "actors.gexf"
    result = CliRunner().invoke(main, ["export", str(graph_files["jsonl"]), "--format", "gexf", "--colour-by",
                                       "community", "-o", str(gexf)])
    assert result.exit_code == 0, result.output
    X = nx.read_gexf(gexf)
    assert X.number_of_nodes() == A.number_of_nodes() and X.number_of_edges() == A.number_of_edges()
    viz = X.nodes[varga]["viz"]
    assert set(viz["color"]) >= {"r", "g", "b"} and viz["size"] > 4
    same = [n for n in X if X.nodes[n]["community"] == X.nodes[varga]["community"]]
    assert all(X.nodes[n]["viz"]["color"] == viz["color"] for n in same)


@pytest.mark.slow
def test_seed_graphml_answers_a_name_typed_in_lower_case(seed_extractions, tmp_path):
    from quotegraph import write_graphml

    G = build_graph(seed_extractions.values())
    path = tmp_path / "graph.graphml"
    write_graphml(G, path)
    top = run_query("most_quoted", G, limit=1)[0]
    typed = top["speaker"].lower()
    result = _query("quotes_by_speaker", "--param", f"name={typed}", "--graph", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == top["quotes"] and {r["speaker_id"] for r in rows} == {top["speaker_id"]}


def test_an_outlet_reporting_its_own_story_is_no_self_loop_in_the_actor_graph():
    # Regression: "…, the Harbour Gazette reported." made the Gazette the speaker and the outlet
    # of one quote, and `export --actors` drew a Gazette → Gazette edge (found trying the examples).
    from quotegraph import build_graph, extract_text
    from quotegraph.stores.projection import actor_projection

    ex = extract_text("Prime Minister Nora Vale wrote to Mayor Ivo Lund last week urging calm, "
                      "the Harbour Gazette reported.", source="gazette.txt")
    gazette = next(q.speaker for q in ex.quotes if q.reported_by is not None)
    assert gazette.name == "Harbour Gazette"  # the premise: the outlet speaks and carries it
    P = actor_projection(build_graph([ex]))
    assert gazette.id in P and not P.has_edge(gazette.id, gazette.id)
    assert not any(u == v for u, v in P.edges)


@pytest.mark.parametrize("typed", ["most_qouted", "most-quoted", "Most_Quoted"])
def test_cli_a_mistyped_query_name_gets_the_name_it_meant(typed):
    result = CliRunner().invoke(main, ["query", typed, "--backend", "neo4j"])  # told before connecting
    assert result.exit_code == 2
    assert f"no query named '{typed}'; did you mean 'most_quoted'?" in result.output


@pytest.mark.parametrize("args, said", [
    (["--since", "2021", "--until", "2020"], "since 2021 is after until 2020"),
    (["--param", "limit=3.5"], "'limit' must be a whole number, got 3.5"),
])
def test_cli_a_query_that_could_only_answer_wrongly_is_an_error(tmp_path, args, said):
    path = tmp_path / "none.jsonl"  # never read: the parameters are checked first
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", "most_quoted", "--graph", str(path), *args])
    assert result.exit_code == 2 and said in result.output, result.output


def test_cli_graph_with_the_neo4j_backend_is_a_usage_error_not_ignored(tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", "most_quoted", "--graph", str(path), "--backend", "neo4j"])
    assert result.exit_code == 2
    assert "is read with --backend networkx" in result.output and f"quotegraph load {path}" in result.output
