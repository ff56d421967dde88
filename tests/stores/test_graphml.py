import networkx as nx

from graph import build_graph, write_graphml


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

    def crash_half_way(H, fh, **kwargs):
        fh.write(b"<?xml version=")
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C mid-write

    monkeypatch.setattr(nx, "write_graphml", crash_half_way)
    try:
        write_graphml(G, path)
    except KeyboardInterrupt:
        pass
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]
