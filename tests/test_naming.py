"""One display name per actor (issue 12, item 5): the fullest, most used form, the same in the
`run` report, quotes.jsonl, the graph and the queries; every other form is an alias."""

from __future__ import annotations

import json

import networkx as nx
from click.testing import CliRunner

from quotegraph import Document, Entity, Extraction, Span, build_graph, merge_corpus, run_query
from quotegraph.cli import main
from quotegraph.model import EntityRef, Quote
from quotegraph.naming import NameTally, display_names
from quotegraph.report import Summary

# Fiction written for this test: one minister spelled three ways, one envoy with and without
# his middle initial.
ARTICLES = {
    "a.txt": "\"The harbour stays open,\" Fisheries Minister Marta Zelinskyy said on Monday.\n\n"
             "\"We will not close it,\" Zelinskyy told reporters.\n",
    "b.txt": "\"Quotas will fall,\" Minister Marta Zelinskiy said in Tromso.\n\n"
             "Envoy Thomas J. Varga said: \"Talks go on.\"\n",
    "c.txt": "\"No deal yet,\" envoy Tom Varga said.\n\n\"The talks were hard,\" Zelinskyy said later.\n",
}


def _entity(id_, name, type_="person", aliases=(), mentions=()):
    return Entity(id_, name, type_, tuple(aliases), tuple(Span(0, len(m), m) for m in mentions))


def test_the_fullest_then_most_used_form_wins_whatever_the_order():
    docs = [
        [_entity("p1", "Marta Zelinskyy", mentions=["Marta Zelinskyy", "Zelinskyy", "Zelinskyy"])],
        [_entity("p1", "Marta Zelinskiy", aliases=["Zelinsky"], mentions=["Marta Zelinskiy", "Zelinsky"])],
        [_entity("p2", "Thomas J. Varga", mentions=["Thomas J. Varga"])],
        [_entity("p2", "Tom Varga", mentions=["Tom Varga", "Varga", "Varga"])],
    ]
    for order in (docs, docs[::-1]):
        tally = NameTally()
        for ents in order:
            for e in ents:
                tally.add(e)
        assert tally.names() == {"p1": "Marta Zelinskyy", "p2": "Thomas J. Varga"}


def test_a_written_name_beats_a_lowercase_description_and_aliases_of_places_never_win():
    names = display_names([
        _entity("o1", "Norwegian fisheries ministry", "organization", mentions=["Norwegian fisheries ministry"] * 3),
        _entity("o1", "Norway's Fisheries Ministry", "organization", mentions=["Norway's Fisheries Ministry"]),
        _entity("c1", "United States", "country", aliases=["White House", "Washington"],
                mentions=["White House"] * 5),
    ])
    assert names == {"o1": "Norway's Fisheries Ministry"}


def test_merge_corpus_gives_every_document_the_same_name_and_keeps_the_others_as_aliases():
    def ex(text, name, aliases=()):
        e = _entity("p1", name, aliases=aliases, mentions=[name])
        q = Quote(f"q-{text}", "direct", (Span(0, 2, text[:2]),), speaker=EntityRef("p1", name, "person"))
        return Extraction(Document(text, f"{text}.txt"), (q,), (e,))

    merged = merge_corpus([ex("one", "Peter Marlow"), ex("two", "Peter Marlowe", ["Marlowe"]), ex("three", "Peter Marlowe")])
    assert {e.name for m in merged for e in m.entities} == {"Peter Marlowe"}
    assert {q.speaker.name for m in merged for q in m.quotes} == {"Peter Marlowe"}
    assert "Peter Marlow" in merged[0].entities[0].aliases
    G = build_graph(merged, merge_people=False)
    assert G.nodes["p1"]["name"] == "Peter Marlowe" and "Peter Marlow" in G.nodes["p1"]["aliases"]


def test_report_graph_and_queries_show_one_name(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(src), "--out", str(out), "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    report = result.output
    assert "Marta Zelinskyy" in report and "Zelinskiy" not in report
    assert "Thomas J. Varga" in report and "Tom Varga" not in report

    # quotes.jsonl: every quote of one actor names it alike
    speakers: dict[str, set[str]] = {}
    for line in (out / "quotes.jsonl").read_text(encoding="utf-8").splitlines():
        for q in json.loads(line)["quotes"]:
            if q["speaker"]:
                speakers.setdefault(q["speaker"]["id"], set()).add(q["speaker"]["name"])
    assert all(len(names) == 1 for names in speakers.values()), speakers

    # the GraphML graph and the named query answer with the report's names
    G = nx.read_graphml(out / "graph.graphml")
    people = {d["name"] for _, d in G.nodes(data=True) if d.get("labels") == "Person"}
    assert {"Marta Zelinskyy", "Thomas J. Varga"} <= people and not people & {"Marta Zelinskiy", "Tom Varga"}
    rows = run_query("most_quoted", _graph(out), limit=5)
    assert {r["speaker"] for r in rows} >= {"Marta Zelinskyy", "Thomas J. Varga"}
    for r in rows:
        assert r["speaker"] in report


def _graph(out):
    from quotegraph import load_graph

    return load_graph(out / "quotes.jsonl")


def test_the_report_counts_by_id_and_names_by_the_same_rule():
    s = Summary()
    for text, name in (("a", "Marta Zelinskiy"), ("bb", "Marta Zelinskyy"), ("ccc", "Marta Zelinskyy")):
        e = _entity("p1", name, mentions=[name])
        q = Quote(f"q-{text}", "direct", (Span(0, 1, text[0]),), speaker=EntityRef("p1", name, "person"))
        s.add(Extraction(Document(text, f"{text}.txt"), (q,), (e,)))
    assert "Marta Zelinskyy  3" in s.render()


def test_regression_run_report_named_peter_marlowe_where_the_graph_said_peter_marlow(tmp_path):
    from conftest import EXAMPLES

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(EXAMPLES), "--out", str(out), "-q", "--no-cache"])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(out / "graph.graphml")
    actors = {d["name"] for _, d in G.nodes(data=True) if d.get("labels") not in ("Quote", "Document")}
    section = result.output.split("Most quoted:")[1].split("Who spoke to whom:")
    quoted = [line.rsplit(None, 1)[0].strip() for line in section[0].strip().splitlines()]
    pairs = [name.strip() for line in section[1].strip().splitlines()[:-1] if "→" in line
             for name in line.split("  (")[0].split("→")]
    assert quoted and pairs
    assert set(quoted) <= actors and set(pairs) <= actors, (set(quoted) | set(pairs)) - actors
    assert "Peter Marlowe" in quoted and "Peter Marlow" not in actors
