"""The CLI, command by command, through click's CliRunner."""

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from quotegraph.cli import main


def test_help_explains_every_verb():
    runner = CliRunner()
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for verb in ("extract", "export", "run"):
        assert verb in result.output
        sub = runner.invoke(main, [verb, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output


def test_extract_writes_one_line_per_document(tmp_path):
    out = tmp_path / "q.jsonl"
    result = CliRunner().invoke(main, ["extract", str(EXAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(EXAMPLES.glob("*.txt")))
    for rec in records:
        assert set(rec) >= {"id", "source", "title", "date", "url", "quotes", "entities", "relations", "errors"}


def test_extract_reads_stdin():
    result = CliRunner().invoke(main, ["extract", "-", "-q"],
                                input="“We will not move,” Mayor Ada Park told reporters.")
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout.strip())
    assert rec["source"] == "-"
    assert rec["quotes"][0]["speaker"]["name"] == "Ada Park"


def test_run_writes_both_files_and_reports(tmp_path):
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    assert "documents" in result.output and "Most quoted" in result.output
    G = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    assert G.number_of_nodes() > 0
    assert all("label" in d for _, d in G.nodes(data=True))
    lines = (tmp_path / "out" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(list(EXAMPLES.glob("*.txt")))


def test_export_graphml_round_trip_keeps_counts(tmp_path, seeds_dir):
    from quotegraph import load_graph

    jsonl = tmp_path / "q.jsonl"
    assert CliRunner().invoke(main, ["extract", str(seeds_dir), "-o", str(jsonl), "-q"]).exit_code == 0
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(main, ["export", str(jsonl), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    G = load_graph(jsonl)
    back = nx.read_graphml(out, force_multigraph=True)
    assert back.number_of_nodes() == G.number_of_nodes()
    assert back.number_of_edges() == G.number_of_edges()


def test_missing_input_is_named_and_batch_goes_on(tmp_path):
    out = tmp_path / "q.jsonl"
    result = CliRunner().invoke(main, ["extract", "no-such-file.txt", str(EXAMPLES / "01_fishing_talks.txt"),
                                       "-o", str(out), "-q"])
    assert "no-such-file.txt" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_run_merges_a_bare_surname_with_the_full_name_of_another_article(tmp_path):
    # Regression: ids were per document only, so "Marlowe" alone in one article and
    # "Peter Marlowe" in another made two speakers in the graph.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("“We will keep talking,” Canadian envoy Peter Marlowe said on Monday.\n",
                                           encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("“Nothing has changed since March,” Marlowe said on Friday.\n",
                                           encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q",
                                       "--no-cache"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "out" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    speakers = {q["speaker"]["id"] for rec in records for q in rec["quotes"]}
    assert len(speakers) == 1
    G = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    people = [d["name"] for _, d in G.nodes(data=True) if d.get("labels") == "Person"]
    assert people == ["Peter Marlowe"]


@pytest.mark.parametrize("content, said", [("", "is empty"), ("\n\n", "is empty"),
                                           ('<?xml version="1.0"?><graphml><graph edgedefault="directed"/>'
                                            "</graphml>", "holds no documents and no graph")])
def test_an_input_with_no_documents_is_an_error_that_names_it(tmp_path, content, said):
    source = tmp_path / ("empty.graphml" if content.startswith("<") else "empty.jsonl")
    source.write_text(content, encoding="utf-8")
    for args, nothing in ((["export", str(source), "-o", str(tmp_path / "g.graphml")], "nothing to export"),
                          (["export", str(source), "--format", "neo4j-import", "-o", str(tmp_path / "ni")],
                           "nothing to export"),
                          (["view", str(source), "-o", str(tmp_path / "g.html")], "nothing to show"),
                          (["query", "most_quoted", "--graph", str(source)], "nothing to query")):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2, (args, result.output)
        assert f"{source} {said}: {nothing}" in result.output
        assert "quotegraph run ARTICLES --out OUT/" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == [source.name]  # nothing written


def test_export_takes_the_format_from_the_output_suffix_and_refuses_options_that_cannot_apply(tmp_path):
    source = tmp_path / "q.jsonl"
    result = CliRunner().invoke(main, ["extract", "-", "-q", "-o", str(source)],
                                input="“The bridge opens in May,” Mayor Ada Park told the Harbour Times.")
    assert result.exit_code == 0, result.output
    gexf, js = tmp_path / "actors.gexf", tmp_path / "graph.json"
    assert CliRunner().invoke(main, ["export", str(source), "-o", str(gexf), "-q"]).exit_code == 0
    assert "<gexf" in gexf.read_text(encoding="utf-8")[:400]
    assert CliRunner().invoke(main, ["export", str(source), "-o", str(js), "-q"]).exit_code == 0
    assert json.loads(js.read_text(encoding="utf-8"))["nodes"]
    for args, said in ((["-o", str(tmp_path / "g.graphml"), "--colour-by", "community"], "--colour-by is for --format gexf"),
                       (["-o", str(tmp_path / "ni"), "--format", "neo4j-import", "--actors"], "--actors is for graphml")):
        result = CliRunner().invoke(main, ["export", str(source), *args])
        assert result.exit_code == 2 and said in result.output, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actors.gexf", "graph.json", "q.jsonl", "q.jsonl.cache.sqlite"]
    result = CliRunner().invoke(main, ["export", str(source), "-o", str(tmp_path / "graph.csv"), "-q"])
    assert result.exit_code == 0 and "graph.csv is written as graphml (--format)" in result.output
    assert "note" not in CliRunner().invoke(main, ["export", str(source), "-o", str(tmp_path / "g.graphml")]).output


def test_the_actor_graph_export_writes_is_not_taken_back_as_a_whole_graph(tmp_path):
    source = tmp_path / "q.jsonl"
    result = CliRunner().invoke(main, ["extract", "-", "-q", "-o", str(source)],
                                input="Mayor Ada Park phoned Governor Li Wen on Monday. “The bridge opens in May,” "
                                      "Park told Wen.")
    assert result.exit_code == 0, result.output
    for name in ("actors.graphml", "actors.json", "actors.gexf"):
        assert CliRunner().invoke(main, ["export", str(source), "--actors", "-o", str(tmp_path / name)]).exit_code == 0
    for name in ("actors.graphml", "actors.json", "actors.gexf"):
        actors = tmp_path / name
        said = "a GEXF file (written for Gephi, not read back)" if name.endswith("gexf") else \
            f"{actors} is an actor graph (`export --actors`)"
        for args in (["query", "most_quoted", "--graph", str(actors)], ["view", str(actors), "-o", str(tmp_path / "v.html")],
                     ["export", str(actors), "-o", str(tmp_path / "again.gexf")]):
            result = CliRunner().invoke(main, args)
            assert result.exit_code == 2 and said in result.output, (args, result.output)
            assert "unexpected error" not in result.output
    assert not (tmp_path / "v.html").exists() and not (tmp_path / "again.gexf").exists()
