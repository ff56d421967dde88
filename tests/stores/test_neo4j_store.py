"""The Neo4j store and every named query, over Bolt with the official driver, against a real
engine: our own ArcadeDB server (see conftest), or a real Neo4j when NEO4J_URI is set."""

from __future__ import annotations

import itertools
import os
import threading
import time

import networkx as nx
import pytest
from click.testing import CliRunner

from quotegraph import QueryError, StoreError, build_graph, load_graph, write_jsonl
from quotegraph.bolt_server import free_port
from quotegraph.cli import main
from quotegraph.model import Document, Entity, EntityRef, Extraction, Quote, Span
from quotegraph.queries import get_query, list_queries, run_query
from quotegraph.schema import ENTITY_RELS, NODE_LABELS, REL_TYPES
from quotegraph.stores.neo4j_store import Neo4jStore, load_statements, other_statements

from .conftest import RETRY_SECONDS

pytestmark = pytest.mark.slow


def _expected_node_props(G):
    # The documented mapping: every NetworkX attribute but the Gephi display ones, None dropped.
    return {n: ([d["labels"]], {**{k: v for k, v in d.items() if v is not None and k not in ("labels", "label")},
                                "id": n})
            for n, d in G.nodes(data=True)}


def _expected_rel_props(G):
    return {(u, v, k): (d["type"], {**{x: y for x, y in d.items()
                                       if y is not None and x not in ("type", "label", "interaction")}, "key": k})
            for u, v, k, d in G.edges(keys=True, data=True)}


def _db_nodes(store):
    rows = store.cypher("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props")
    return {r["id"]: (r["labels"], r["props"]) for r in rows}


def _db_rels(store):
    rows = store.cypher("MATCH (a)-[r]->(b) RETURN a.id AS u, b.id AS v, type(r) AS t, properties(r) AS props")
    return {(r["u"], r["v"], r["props"]["key"]): (r["t"], r["props"]) for r in rows}


def _assert_same_graph(store, G):
    counts = store.counts()
    assert (counts["nodes"], counts["relationships"]) == (G.number_of_nodes(), G.number_of_edges())
    for label in NODE_LABELS:
        assert counts[label] == sum(1 for _, d in G.nodes(data=True) if d["labels"] == label), label
    for rel_type in REL_TYPES:
        assert counts[rel_type] == sum(1 for *_, d in G.edges(data=True) if d["type"] == rel_type), rel_type
    _assert_same_items(_db_nodes(store), _expected_node_props(G))
    _assert_same_items(_db_rels(store), _expected_rel_props(G))


def _assert_same_items(got, expected):
    assert got.keys() == expected.keys()
    wrong = {k: (got[k], expected[k]) for k in got if got[k] != expected[k]}
    assert not wrong, f"{len(wrong)} differ, e.g. {next(iter(wrong.items()))}"


def _param_sets(G, query):
    """Parameter values worth asking about, taken from the graph itself (the fiction's two
    documents are dated 2031-03-03 and 2031-03-05)."""
    speakers = sorted({u for u, _, d in G.edges(data=True) if d["type"] == "SAID"})
    quotes = sorted(n for n, d in G.nodes(data=True) if d["labels"] == "Quote")
    linked = sorted({n for u, v, d in G.edges(data=True) if d["type"] in ENTITY_RELS for n in (u, v)})
    name = lambda n: G.nodes[n]["name"]  # noqa: E731
    dated = [{}, {"since": "2031-03-04"}, {"until": "2031-03-03"}, {"since": "2031", "until": "2031-03-04"}]
    if query.name == "most_quoted":
        return [{"limit": 0}, {"limit": 3}, {"limit": 1000}, *dated[1:]]
    if query.name == "quotes_by_speaker":
        names = [name(s) for s in speakers[:6]] + [a for s in speakers for a in G.nodes[s]["aliases"]][:3]
        return ([{"name": n} for n in names] + [{"name": speakers[0]}, {"name": names[0].upper()}]
                + [{"name": names[0], "since": "2031-03-04"}, {"name": names[0], "until": "2031-03"}])
    if query.name == "quote_provenance":
        return [{"quote_id": q} for q in quotes[:: max(1, len(quotes) // 8)]] + [{"quote_id": "q-none"}]
    if query.name == "between_actors":
        pairs = sorted({tuple(sorted((u, v))) for u, v, d in G.edges(data=True) if d["type"] in ENTITY_RELS})
        out = [{"a": name(u), "b": name(v)} for u, v in pairs[:6]]
        said_to = [(u, b) for u, q, d in G.edges(data=True) if d["type"] == "SAID"
                   for _, b, e in G.out_edges(q, data=True) if e["type"] == "ADDRESSED_TO"]
        out += [{"a": u, "b": name(b)} for u, b in said_to[:4]]
        return out + [{**p, "since": "2031-03-04"} for p in out[:3]]
    if query.name == "timeline":
        return dated + [{"name": name(s)} for s in speakers[:4]]
    if query.name == "ego":
        return [{"name": name(n)} for n in linked[:8]] + [{"name": name(linked[0]), "since": "2031-03-04"}]
    if query.name == "path":
        ends = linked[:: max(1, len(linked) // 5)]
        pairs = [{"a": name(x), "b": name(y)} for x in ends for y in ends if x < y][:12]
        return pairs + [{**pairs[0], "limit": 1}]
    if query.name == "communities":
        return [{}, {"min_size": 1}, {"min_size": 3}]
    if set(query.params) == {"since", "until"}:
        return dated
    if not query.params:
        return [{}]
    raise AssertionError(f"no parameters chosen for {query.name}")


def _assert_same_answers(store, G):
    asked = 0
    for query in list_queries():
        for params in _param_sets(G, query):
            on_bolt = store.run(query.name, **params)
            in_memory = run_query(query.name, G, **params)
            assert on_bolt == in_memory, (query.name, params)
            asked += bool(on_bolt)
    assert asked >= len(list_queries())  # not a comparison of empty answers
    for store_or_graph in (store, G):  # a name that matches nothing: the same error, with suggestions
        with pytest.raises(QueryError, match=r"^no actor named 'nobody at all'"):
            if store_or_graph is store:
                store.run("quotes_by_speaker", name="nobody at all")
            else:
                run_query("quotes_by_speaker", G, name="nobody at all")


# --- loading -----------------------------------------------------------------------------------


def test_load_holds_the_networkx_graph_exactly(db, fiction):
    G = build_graph(fiction)
    stats = db.load(G, batch_size=7)
    assert (stats.nodes, stats.relationships) == (G.number_of_nodes(), G.number_of_edges())
    assert stats.batches > len(NODE_LABELS)  # small batches, really batched
    _assert_same_graph(db.store, G)
    aliases = db.store.cypher("MATCH (p:Person {name: $n}) RETURN p.aliases AS a", n="Lena Varga")
    assert aliases == [{"a": ["L. Varga", "Varga"]}]  # a list property, not a joined string


def test_constraints_are_created_once_and_enforced(db, fiction):
    db.store.ensure_constraints()
    db.store.ensure_constraints()  # IF NOT EXISTS: no error the second time
    rows = db.store.cypher("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type "
                           "WHERE name STARTS WITH 'quotegraph_' RETURN name, labelsOrTypes, properties, type")
    assert sorted(r["labelsOrTypes"][0] for r in rows) == sorted(NODE_LABELS)
    assert all(r["properties"] == ["id"] and r["type"] == "UNIQUENESS" for r in rows)
    G = db.track(build_graph(fiction))
    db.store.load_graph(G)
    some_id = next(n for n, d in G.nodes(data=True) if d["labels"] == "Person")
    with pytest.raises(StoreError):
        db.store.cypher("CREATE (:Person {id: $id})", id=some_id)


def test_loading_twice_or_in_parts_gives_the_same_graph(db, fiction):
    whole = build_graph(fiction)
    db.track(whole)
    db.store.load(fiction[:1], batch_size=5)
    db.store.load(fiction[1:], batch_size=5)  # a second corpus merges with the first
    _assert_same_graph(db.store, whole)
    db.store.load(fiction, batch_size=3)  # and the whole again changes nothing
    _assert_same_graph(db.store, whole)


def _umerov_says(source: str, type_: str) -> Extraction:
    text = "Rustem Umerov said talks would go on."
    return Extraction(Document(text + f"\n\n({source})", source),
                      quotes=(Quote(f"q-{source}", "indirect", (Span(19, 36, "talks would go on"),),
                                    speaker=EntityRef("ent-umerov", "Rustem Umerov", type_)),),
                      entities=(Entity("ent-umerov", "Rustem Umerov", type_, (), (Span(0, 13, "Rustem Umerov"),)),))


def test_an_actor_a_later_load_types_differently_stays_one_node(db):
    # Regression: the model typed one actor an organisation in one article and a person in
    # another; loaded apart, the two became two nodes with the same id under two labels.
    first = build_graph([_umerov_says("a.txt", "organization")])
    db.load(first)
    later = db.track(build_graph([_umerov_says("b.txt", "person")]))
    db.store.load_graph(later)
    rows = db.store.cypher("MATCH (n) WHERE n.id = $id RETURN labels(n) AS labels, n.type AS type, "
                           "n.documents AS docs", id="ent-umerov")
    assert len(rows) == 1 and rows[0]["labels"] == ["Organization"] and rows[0]["type"] == "organization"
    assert len(rows[0]["docs"]) == 2
    said = db.store.cypher("MATCH (n:Organization)-[:SAID]->(q:Quote) WHERE n.id = $id RETURN count(q) AS c",
                           id="ent-umerov")
    assert said == [{"c": 2}]
    assert later.nodes["ent-umerov"]["labels"] == "Person"  # the caller's graph is left alone


def test_every_named_query_gives_the_same_rows_as_networkx(db, fiction):
    G = build_graph(fiction)
    db.load(G)
    _assert_same_answers(db.store, G)


def test_the_seeds_give_the_same_rows_on_networkx_and_over_bolt(db, seed_extractions):
    G = build_graph(seed_extractions.values())
    db.load(G, batch_size=50)
    _assert_same_graph(db.store, G)
    _assert_same_answers(db.store, G)
    # loading the seeds twice leaves the same counts as once
    before = db.store.counts()
    db.store.load(seed_extractions.values())
    assert db.store.counts() == before


def test_cli_load_and_query_over_bolt(db, bolt, fiction, tmp_path):
    path = tmp_path / "fiction.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        write_jsonl(fiction, fh)
    G = db.track(build_graph(fiction))
    args = ["--uri", bolt.uri, "--user", bolt.user, "--password", bolt.password,
            *(["--database", bolt.database] if bolt.database else []), "--retry-seconds", str(RETRY_SECONDS)]
    for _ in range(2):
        result = CliRunner().invoke(main, ["load", str(path), "--batch-size", "10", *args])
        assert result.exit_code == 0, result.output
        assert f"{G.number_of_nodes()} nodes and {G.number_of_edges()} relationships" in result.stdout
    import json

    out = CliRunner().invoke(main, ["query", "quotes_by_speaker", "--param", "name=Lena Varga", "--backend", "neo4j",
                                    "--format", "json", *args])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout) == run_query("quotes_by_speaker", G, name="Lena Varga")
    local = CliRunner().invoke(main, ["query", "quotes_by_speaker", "--param", "name=Lena Varga",
                                      "--graph", str(path), "--format", "json"])
    assert local.stdout == out.stdout
    adhoc = CliRunner().invoke(main, ["cypher", "MATCH (p:Person {name: $name})-[:SAID]->(q:Quote) "
                                      "RETURN count(q) AS n", "--param", "name=Lena Varga", "--format", "json", *args])
    assert json.loads(adhoc.stdout) == [{"n": 2}]
    # --param values are Cypher literals: 0.8 is a number (it was the text "0.8", and nothing matched)
    by_confidence = CliRunner().invoke(main, ["cypher", "MATCH (q:Quote) WHERE q.confidence > $c RETURN count(q) AS n",
                                              "--param", "c=0.8", "--format", "json", *args])
    expected = sum(1 for _, d in G.nodes(data=True) if d["labels"] == "Quote" and d["confidence"] > 0.8)
    assert by_confidence.exit_code == 0 and json.loads(by_confidence.stdout) == [{"n": expected}] != [{"n": 0}]
    listed = CliRunner().invoke(main, ["cypher", "MATCH (p:Person) WHERE p.name IN $names RETURN p.name AS name "
                                       "ORDER BY name", "--param", "names=['Osei Tan', 'Lena Varga']",
                                       "--format", "json", *args])
    assert json.loads(listed.stdout) == [{"name": "Lena Varga"}, {"name": "Osei Tan"}]
    as_json = CliRunner().invoke(main, ["cypher", "RETURN $m.k AS k", "--param-json", 'm={"k": [1, 2]}',
                                        "--format", "json", *args])
    assert json.loads(as_json.stdout) == [{"k": [1, 2]}]
    # names as people type them, and no match: exit status 2 with the closest names, as on NetworkX
    typed = CliRunner().invoke(main, ["query", "quotes_by_speaker", "--param", "name=LENA VÁRGA", "--backend", "neo4j",
                                      "--format", "json", *args])
    assert typed.exit_code == 0 and typed.stdout == out.stdout
    missing = CliRunner().invoke(main, ["query", "ego", "--param", "name=Osei Tang", "--backend", "neo4j", *args])
    assert missing.exit_code == 2 and "no actor named 'Osei Tang'; did you mean 'Osei Tan'" in missing.output
    timeline = CliRunner().invoke(main, ["query", "timeline", "--since", "2031-03-04", "--backend", "neo4j",
                                         "--format", "json", *args])
    assert timeline.exit_code == 0 and {r["date"] for r in json.loads(timeline.stdout)} == {"2031-03-05"}
    # a routing URI (neo4j://) reaches the same server
    routed = [a.replace("bolt://", "neo4j://") for a in args]
    again = CliRunner().invoke(main, ["query", "quotes_by_speaker", "--param", "name=Lena Varga", "--backend", "neo4j",
                                      "--format", "json", *routed])
    assert again.exit_code == 0 and again.stdout == out.stdout, again.output


# --- injection ---------------------------------------------------------------------------------

HOSTILE = ['"}) DETACH DELETE n //', "Robert`) DETACH DELETE n; MATCH (m:`", "line one\nline two\r\n\tthree",
           "' OR 1=1 //", "$name {id: 'x'}", "}]->(x) SET x.pwned = true //", "\\u0027; DROP \\\\ it", "Ünïcødé ☃", "🦜 parrot\uffef"]


def _hostile_corpus():
    out = []
    for i, name in enumerate(HOSTILE):
        text = f"{name} said: {name}."
        doc = Document(text, f"hostile-{i}.txt", title=name)
        ent = Entity(f"per-hostile-{i}", name, "person", (name + " alias",), (Span.of(text, 0, len(name)),))
        quote = Quote(f"q-hostile-{i}", "direct", (Span.of(text, len(name) + 7, len(text) - 1),),
                      speaker=EntityRef(ent.id, name, "person"))
        out.append(Extraction(doc, quotes=(quote,), entities=(ent,)))
    return out


def test_hostile_names_and_quotes_stay_data(db, bolt, fiction):
    sentinel = build_graph(fiction)
    db.load(sentinel)
    G = build_graph(_hostile_corpus())
    db.load(G, batch_size=3)
    both = build_graph(_hostile_corpus(), build_graph(fiction))
    _assert_same_graph(db.store, both)  # nothing deleted, nothing added, every byte kept
    assert db.store.cypher("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS c") == [{"c": 0}]
    args = ["--uri", bolt.uri, "--user", bolt.user, "--password", bolt.password,
            *(["--database", bolt.database] if bolt.database else []), "--retry-seconds", str(RETRY_SECONDS)]
    for name in HOSTILE:
        assert [r["text"] for r in db.store.run("quotes_by_speaker", name=name)] == [name]
        result = CliRunner().invoke(main, ["query", "quotes_by_speaker", "--param", f"name={name}",
                                           "--backend", "neo4j", "--format", "json", *args])
        assert result.exit_code == 0, result.output
        import json

        assert [r["speaker"] for r in json.loads(result.stdout)] == [name]
        adhoc = CliRunner().invoke(main, ["cypher", "MATCH (p:Person) WHERE p.name = $v RETURN p.id AS id",
                                          "--param", f"v={name}", "--format", "json", *args])
        assert adhoc.exit_code == 0 and len(json.loads(adhoc.stdout)) == 1
        assert db.store.run("between_actors", a=name, b="Lena Varga") == []
    _assert_same_graph(db.store, both)
    _assert_same_answers(db.store, both)


# --- failures: one clear line, non-zero exit, no traceback; batches roll back whole -------------


def _cli(bolt, *extra, uri=None, password=None, database=None, command=("query", "most_quoted", "--backend", "neo4j")):
    args = [*command, "--uri", uri or bolt.uri, "--user", bolt.user, "--password", password or bolt.password,
            "--retry-seconds", "1", *extra]
    db_name = database if database is not None else bolt.database
    if db_name:
        args += ["--database", db_name]
    return CliRunner().invoke(main, args)


def _one_clear_line(result, *needles):
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_unreachable_server_wrong_password_missing_database(bolt, tmp_path):
    nowhere = f"bolt://127.0.0.1:{free_port()}"
    _one_clear_line(_cli(bolt, uri=nowhere), "cannot reach", nowhere)
    _one_clear_line(_cli(bolt, uri=nowhere.replace("bolt", "neo4j")), "cannot reach")
    _one_clear_line(_cli(bolt, password="not-the-password"), "wrong user name or password")
    _one_clear_line(_cli(bolt, database="no_such_database"), "no database 'no_such_database'")
    _one_clear_line(_cli(bolt, uri="http://127.0.0.1:1"), "bad Neo4j URI")
    _one_clear_line(_cli(bolt, command=("cypher", "MATCH (n RETURN n")), "Cypher rejected")
    debug = CliRunner().invoke(main, ["--debug", "query", "most_quoted", "--backend", "neo4j", "--uri", nowhere,
                                      "--password", "x" * 8, "--retry-seconds", "1"])
    assert isinstance(debug.exception, StoreError)  # --debug lets the exception through


def test_a_failed_batch_rolls_back_whole(db, fiction):
    G = build_graph(fiction)
    people = sorted(n for n, d in G.nodes(data=True) if d["labels"] == "Person")
    batch = (len(people) + 1) // 2
    G.nodes[people[-1]]["nested"] = {"not": "allowed"}  # maps are no property values (Neo4j, ArcadeDB)
    db.track(G)
    with pytest.raises(StoreError, match="Person nodes .batch 2 of"):
        db.store.load_graph(G, batch_size=batch)
    have = {r["id"] for r in db.store.cypher("MATCH (n) RETURN n.id AS id")}
    assert have == set(people[:batch])  # batch 1 committed; batch 2 not even in part; nothing after


def test_server_killed_mid_load_then_rerun_completes_without_duplicates(db, bolt, fiction):
    if bolt.local is None:
        pytest.skip("kills the server: only with our own local Bolt server")
    G = db.track(build_graph(fiction))
    killed = []

    def kill_after_some(done, total):
        # Between two batches, so the test is deterministic; the CLI test below kills at any
        # moment, in-flight transactions included.
        if done == total // 3 and not killed:
            killed.append(done)
            bolt.local.kill()

    with pytest.raises(StoreError, match="cannot reach|re-run"):
        db.store.load_graph(G, batch_size=2, on_batch=kill_after_some)
    assert killed
    bolt.local.start()
    with Neo4jStore(bolt.uri, bolt.user, bolt.password, bolt.database, max_retry_time=RETRY_SECONDS) as store:
        partial = store.counts()
        assert 0 < partial["nodes"] + partial["relationships"] < G.number_of_nodes() + G.number_of_edges()
        store.load_graph(G, batch_size=2)
        _assert_same_graph(store, G)


def test_cli_load_when_the_server_goes_away(db, bolt, seed_extractions, tmp_path):
    if bolt.local is None:
        pytest.skip("kills the server: only with our own local Bolt server")
    path = tmp_path / "seeds.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        write_jsonl(seed_extractions.values(), fh)
    G = db.track(load_graph(path))  # what the CLI loads: the JSONL (confidences rounded)
    watcher_store = Neo4jStore(bolt.uri, bolt.user, bolt.password, bolt.database, max_retry_time=0.5)
    seen = []

    def kill_once_data_arrives():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if watcher_store.counts()["nodes"] > 20:
                    seen.append(True)
                    bolt.local.kill()
                    return
            except StoreError:
                return
            time.sleep(0.05)

    watcher = threading.Thread(target=kill_once_data_arrives)
    watcher.start()
    result = _cli(bolt, command=("load", str(path), "--batch-size", "1"))
    watcher.join()
    watcher_store.close()
    assert seen, "the load finished before the server could be killed"
    _one_clear_line(result, "cannot reach", "re-run the same load")
    bolt.local.start()
    again = _cli(bolt, command=("load", str(path), "--batch-size", "200"))
    assert again.exit_code == 0, again.output
    with Neo4jStore(bolt.uri, bolt.user, bolt.password, bolt.database) as store:
        _assert_same_graph(store, G)


# --- the Cypher itself is valid Neo4j Cypher ---------------------------------------------------


def test_every_statement_passes_neo4j_s_own_linter(seed_extractions, fiction):
    from quotegraph.cypher_lint import CypherLintUnavailable, lint_cypher

    G = build_graph(fiction, build_graph(seed_extractions.values()))
    # the named queries' files as written (header comments included), then everything the store sends
    statements = [q.path.read_text(encoding="utf-8") for q in list_queries()] + load_statements(G) + other_statements()
    try:
        results = lint_cypher(statements, timeout=900)  # one node process for all of them (slow on a busy machine)
    except CypherLintUnavailable as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    errors = [(s, [str(d) for d in diags if d.is_error]) for s, diags in zip(statements, results)]
    assert [e for e in errors if e[1]] == []
    assert any("MERGE (a)-[r:SAID {key: row.key}]->(b)" in s for s in statements)  # the loader's own


def test_query_errors_are_query_errors(db):
    with pytest.raises(QueryError, match="Cypher rejected"):
        db.store.cypher("MATCH (n RETURN n")
    with pytest.raises(QueryError, match="needs --param quote_id"):
        db.store.run("quote_provenance")
    assert get_query("quote_provenance").params == ("quote_id",)
