import networkx as nx

from quotegraph import build_graph, write_graphml
from quotegraph.stores import graphml


def test_graphml_survives_hostile_attributes(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("a", name="tab\x0bbed\x00", aliases=["x", "y"], note=None, n=3, lone="\ud800x")
    G.add_node("b", name="B", n=2.5)
    G.add_edge("a", "b", key="k", type="SAID", weird={"k": 1})
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    back = nx.read_graphml(path)
    assert back.nodes["a"]["name"] == "tabbed"
    assert back.nodes["a"]["aliases"] == "x|y"
    assert back.nodes["a"]["label"] == "tabbed"
    assert "note" not in back.nodes["a"]
    edge = next(iter(back.edges(data=True)))[2]
    assert edge["label"] == "SAID" and edge["interaction"] == "SAID"


def test_graph_merges_entities_across_documents(example_extractions):
    G = build_graph(example_extractions.values())
    names = [d["name"] for _, d in G.nodes(data=True) if d.get("labels") == "Person"]
    assert names.count("Anika Solberg") == 1


def test_failed_write_leaves_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "g.graphml"
    G = nx.MultiDiGraph()
    G.add_node("a", name="A")
    write_graphml(G, path)
    before = path.read_bytes()

    def crash_half_way(H, fh):
        fh.write("<?xml version=")
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-write

    monkeypatch.setattr(graphml, "_write_xml", crash_half_way)
    try:
        write_graphml(G, path)
    except KeyboardInterrupt:
        pass
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]


# --- the graph model and the GraphML round trip ------------------------------------------------

import xml.etree.ElementTree as ET  # noqa: E402

from click.testing import CliRunner  # noqa: E402
from stores.fiction import fictional_corpus  # noqa: E402

from quotegraph import load_graph, save_graph, write_jsonl  # noqa: E402
from quotegraph.cli import main  # noqa: E402
from quotegraph.schema import NODE_LABELS, REL_TYPES  # noqa: E402
from quotegraph.stores.graphml import graphml_ready  # noqa: E402


def _by_name(G, name):
    return next(d for _, d in G.nodes(data=True) if d.get("name") == name)


def test_same_entity_in_two_documents_merges_once():
    one, two = fictional_corpus()
    G = build_graph([one, two])
    varga = _by_name(G, "Lena Varga")
    assert varga["aliases"] == ["L. Varga", "Varga"]
    assert varga["documents"] == sorted([one.document.id, two.document.id])
    assert varga["mentions"] == sum(len(e.mentions) for ex in (one, two) for e in ex.entities
                                    if e.name == "Lena Varga")
    # mentions is the sum over the MENTIONS relationships, one per document
    vid = next(n for n, d in G.nodes(data=True) if d is varga)
    assert varga["mentions"] == sum(d["count"] for _, _, d in G.in_edges(vid, data=True) if d["type"] == "MENTIONS")


def test_adding_the_same_document_twice_changes_nothing():
    one, two = fictional_corpus()
    once = build_graph([one, two])
    twice = build_graph([one, two, one, two])
    assert (twice.number_of_nodes(), twice.number_of_edges()) == (once.number_of_nodes(), once.number_of_edges())
    assert dict(twice.nodes(data=True)) == dict(once.nodes(data=True))


def test_every_node_and_edge_uses_the_model():
    G = build_graph(fictional_corpus())
    assert {d["labels"] for _, d in G.nodes(data=True)} == set(NODE_LABELS)
    assert {d["type"] for _, _, d in G.edges(data=True)} == set(REL_TYPES)
    for u, v, k, d in G.edges(keys=True, data=True):
        if d["type"] not in ("MENTIONS", "IN_DOCUMENT"):
            assert d["doc_id"] and isinstance(d["start"], int), (u, v, k)  # provenance on every statement


def test_saved_graph_reloads_identically(tmp_path):
    G = build_graph(fictional_corpus())
    save_graph(G, tmp_path / "g.json")
    back = load_graph(tmp_path / "g.json")
    assert dict(back.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(G.edges(keys=True, data=True))


def test_our_graphml_reads_back_as_networkx_s_own_writer_s_does(tmp_path):
    G = build_graph(fictional_corpus())
    G.add_node("odd", name="line\r\nbreak <&> \"quoted\" 'single'\ttab", flag=True, off=False, big=2**70,
               ratio=0.1, labels="Person")
    G.add_edge("odd", "odd", key="k&<1>", type="SAID", flag=False)
    ours, theirs = tmp_path / "ours.graphml", tmp_path / "theirs.graphml"
    write_graphml(G, ours)
    nx.write_graphml(graphml_ready(G), theirs, named_key_ids=True)
    a, b = (nx.read_graphml(p, force_multigraph=True) for p in (ours, theirs))
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True)) == sorted(b.edges(keys=True, data=True))
    assert a.nodes["odd"]["flag"] is True and a.nodes["odd"]["off"] is False
    assert a.nodes["odd"]["name"] == "line\r\nbreak <&> \"quoted\" 'single'\ttab"
    ET.parse(ours)


def test_graphml_round_trip_keeps_counts_and_attributes(tmp_path):
    G = build_graph(fictional_corpus())
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    expected = graphml_ready(G)
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))
    varga = _by_name(back, "Lena Varga")
    assert varga["aliases"] == "L. Varga|Varga" and isinstance(varga["mentions"], int)
    quote = next(d for _, d in back.nodes(data=True) if d["labels"] == "Quote")
    assert isinstance(quote["confidence"], float) and isinstance(quote["start"], int)


def test_cli_export_graphml_for_gephi_and_cytoscape(tmp_path):
    src = tmp_path / "fiction.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        write_jsonl(fictional_corpus(), fh)
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(main, ["export", str(src), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    ET.parse(out)  # well-formed XML
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == build_graph(fictional_corpus()).number_of_nodes()
    assert all(d.get("label") for _, d in back.nodes(data=True))  # Gephi shows `label`
    assert all(d.get("name") for _, d in back.nodes(data=True))  # Cytoscape shows `name`
    assert all(d.get("label") and d.get("interaction") in REL_TYPES for *_, d in back.edges(data=True))


# --- every reader keeps every edge (issue: Gephi dropped 178 of 494 seed edges) ------------------

GRAPHML_NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
NMTOKEN = __import__("re").compile(r"^[\w.:-]+$")


def _check_with_lxml(path):
    """A second, independent reader: lxml, with the checks Gephi and the GraphML schema make."""
    from lxml import etree

    tree = etree.parse(str(path))
    keys = tree.findall("g:key", GRAPHML_NS)
    key_ids = [k.get("id") for k in keys]
    assert len(key_ids) == len(set(key_ids)), "GraphML key ids must be unique in the file"
    assert all(NMTOKEN.match(k) for k in key_ids), key_ids
    scope = {k.get("id"): k.get("for") for k in keys}
    nodes = tree.findall(".//g:node", GRAPHML_NS)
    edges = tree.findall(".//g:edge", GRAPHML_NS)
    node_ids = {n.get("id") for n in nodes}
    assert len(node_ids) == len(nodes)
    edge_ids = [e.get("id") for e in edges]
    for element, kind in [(n, "node") for n in nodes] + [(e, "edge") for e in edges]:
        for data in element.findall("g:data", GRAPHML_NS):
            assert scope[data.get("key")] == kind, f"a {kind} uses key {data.get('key')} declared for another kind"
    assert all(e.get("source") in node_ids and e.get("target") in node_ids for e in edges)
    return nodes, edges, edge_ids


def test_seed_graphml_has_one_distinct_id_per_edge_and_lxml_reads_every_edge(seed_extractions, tmp_path):
    G = build_graph(seed_extractions.values())
    path = tmp_path / "seeds.graphml"
    write_graphml(G, path)
    nodes, edges, edge_ids = _check_with_lxml(path)
    assert len(edges) == G.number_of_edges()
    assert len(set(edge_ids)) == len(edge_ids) == G.number_of_edges()
    assert len(nodes) == G.number_of_nodes()


def test_a_statement_key_shared_by_two_pairs_gets_two_ids_and_reads_back(tmp_path):
    # A meeting of three gives one relation per pair with the same evidence, so the same key.
    G = nx.MultiDiGraph()
    for n in "abc":
        G.add_node(n, name=n.upper(), labels="Person", aliases=[n], documents=["d"])
    for other in "bc":
        G.add_edge("a", other, key="COMMUNICATED_WITH:d:10:40", type="COMMUNICATED_WITH", doc_id="d", start=10)
    path = tmp_path / "meeting.graphml"
    write_graphml(G, path)
    _, edges, edge_ids = _check_with_lxml(path)
    assert len(set(edge_ids)) == 2
    back = load_graph(path)
    assert sorted(back.edges(keys=True)) == sorted(G.edges(keys=True))
    assert back.nodes["a"]["aliases"] == ["a"]


def test_graphml_reads_back_into_the_graph_it_was_written_from(tmp_path):
    G = build_graph(fictional_corpus())
    path = tmp_path / "g.graphml"
    write_graphml(G, path)
    back = load_graph(path)
    clean = {n: {k: v for k, v in d.items() if v is not None} for n, d in G.nodes(data=True)}
    assert dict(back.nodes(data=True)) == clean
    assert sorted(back.edges(keys=True)) == sorted(G.edges(keys=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        assert back.edges[u, v, k] == {a: b for a, b in d.items() if b is not None}


def test_load_graph_tells_the_kind_of_file_by_its_content(tmp_path):
    import json

    G = build_graph(fictional_corpus())
    pretty = tmp_path / "graph.txt"  # pretty-printed node-link JSON, under any name
    pretty.write_text(json.dumps(nx.node_link_data(G, edges="edges"), indent=2), encoding="utf-8")
    assert sorted(load_graph(pretty).edges(keys=True)) == sorted(G.edges(keys=True))
    jsonl = tmp_path / "quotes.jsonl"
    with open(jsonl, "w", encoding="utf-8") as fh:
        fh.write("{not json\n")
        write_jsonl(fictional_corpus(), fh)
    import pytest

    from quotegraph import InputError

    with pytest.raises(InputError, match=r"quotes\.jsonl, line 1: not an extract record"):
        load_graph(jsonl)  # named, and not read whole as one JSON document first
