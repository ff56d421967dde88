"""The interactive view (graph/view.py) and `quotegraph view`: what the page is given and how it is
written. The page itself, in a real browser, is tested in test_view_browser.py.

The corpus is built by hand from short articles written for these tests, so that every count has
a known answer."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import quotegraph as qg
from quotegraph.cli import main
from quotegraph.model import Cue, Document, Entity, Extraction, Quote, Relation, Span, dumps

TEXT_1 = ("Talks on river rights opened in Vell on Monday.\n"
          "Lina Marsh, an adviser to President Oskar Dunn, told Pavel Roe that the draft was close. "
          "“We can sign by June,” Marsh told Roe.\n"
          "Roe later called Marsh. Arland is an ally of Besk.")
TEXT_2 = ("“The border stays open,” Pavel Roe said, according to the Vell Gazette.\n"
          "Roe said Arland and Besk were adversaries of nobody. Quell was mentioned too.")


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span.of(text, start, start + len(words))


def _entity(text: str, eid: str, name: str, etype: str, *mentions: str) -> Entity:
    return Entity(eid, name, etype, tuple(m for m in mentions if m != name), tuple(_span(text, m) for m in mentions))


def _quote(text: str, qid: str, content: str, cue: str, source: str, speaker: Entity,
           addressee: Entity | None = None, outlet: Entity | None = None, confidence: float = 0.9) -> Quote:
    c = _span(text, cue)
    return Quote(qid, "direct" if "“" in text[max(0, text.index(content) - 1):text.index(content)] else "indirect",
                 (_span(text, content),), Cue(c.start, c.end, c.text, "tell" if cue == "told" else "say"),
                 (_span(text, source),), speaker.ref, addressee.ref if addressee else None,
                 outlet.ref if outlet else None, confidence)


@pytest.fixture(scope="module")
def corpus() -> list[Extraction]:
    a, b = TEXT_1, TEXT_2
    marsh = _entity(a, "per-marsh", "Lina Marsh", "person", "Lina Marsh", "Marsh")
    dunn = _entity(a, "per-dunn", "Oskar Dunn", "person", "Oskar Dunn")
    roe = _entity(a, "per-roe", "Pavel Roe", "person", "Pavel Roe", "Roe")
    arland = _entity(a, "cou-arl", "Arland", "country", "Arland")
    besk = _entity(a, "cou-besk", "Besk", "country", "Besk")
    ex1 = Extraction(
        Document(a, "news/one.txt", date="2025-03-03", title="River talks open"),
        (_quote(a, "q-1", "the draft was close", "told", "Lina Marsh", marsh, addressee=roe, confidence=0.8),
         _quote(a, "q-2", "We can sign by June,", "told Roe", "Marsh", marsh, addressee=roe)),
        (marsh, dunn, roe, arland, besk),
        (Relation("per-marsh", "ROLE", "per-dunn", _span(a, "Lina Marsh, an adviser to President Oskar Dunn"), 0.8,
                  role="adviser"),
         Relation("per-roe", "COMMUNICATED_WITH", "per-marsh", _span(a, "Roe later called Marsh"), 0.7, cue="call"),
         Relation("cou-besk", "ALLY_OF", "cou-arl", _span(a, "Arland is an ally of Besk"), 0.7)),
    )
    roe_b = _entity(b, "per-roe", "Pavel Roe", "person", "Pavel Roe", "Roe")
    gazette = _entity(b, "med-gaz", "the Vell Gazette", "media", "the Vell Gazette")
    quell = _entity(b, "cou-quell", "Quell", "country", "Quell")
    ex2 = Extraction(
        Document(b, "news/two.txt", date="2025-05-20"),
        (_quote(b, "q-3", "The border stays open,", "said", "Pavel Roe", roe_b, outlet=gazette),),
        (roe_b, gazette, quell), (),
    )
    return [ex1, ex2]


@pytest.fixture(scope="module")
def G(corpus) -> nx.MultiDiGraph:
    return qg.build_graph(corpus)


def _node(data, name):
    return next(n for n in data["nodes"] if n["n"] == name)


def _edges(data, rel):
    names = [n["n"] for n in data["nodes"]]
    return {(names[e["f"]], names[e["to"]]): e for e in data["edges"] if e["r"] == rel}


def test_actors_are_sized_by_their_quotes_and_mention_only_actors_left_out(G):
    data = qg.view_data(G)
    quotes = {n["n"]: len(n["q"]) for n in data["nodes"]}
    assert quotes["Lina Marsh"] == 2 and quotes["Pavel Roe"] == 1 and quotes["Oskar Dunn"] == 0
    assert "Quell" not in quotes  # named, but neither quoted nor linked to anyone: nothing to draw
    assert [n["n"] for n in data["nodes"]][:2] == ["Lina Marsh", "Pavel Roe"]  # most quoted first
    assert _node(data, "Lina Marsh")["ty"] == "person" and _node(data, "Arland")["ty"] == "country"
    assert _node(data, "Pavel Roe")["al"] == ["Roe"]


def test_edges_are_relations_per_pair_with_the_statements_behind_them(G, corpus):
    data = qg.view_data(G, qg.view_sentences(corpus))
    said = _edges(data, "said_to")
    assert set(said) == {("Lina Marsh", "Pavel Roe")}
    assert sorted(data["quotes"][i]["t"] for i in said["Lina Marsh", "Pavel Roe"]["q"]) == [
        "We can sign by June,", "the draft was close"]
    role = _edges(data, "role")[("Lina Marsh", "Oskar Dunn")]
    [statement] = [data["rels"][i] for i in role["e"]]
    assert statement["role"] == "adviser" and statement["c"] == 0.8
    # the sentence around the words, the article's title and date
    assert statement["s"].startswith("Lina Marsh, an adviser to President Oskar Dunn, told Pavel Roe")
    assert data["docs"][statement["d"]] == {"t": "River talks open", "d": "2025-03-03", "s": "news/one.txt"}
    assert set(_edges(data, "communicated_with")) == {("Pavel Roe", "Lina Marsh")}
    # an alliance has no direction: one edge per pair, whichever way the article put it
    assert len(_edges(data, "ally_of")) == 1
    assert set(_edges(data, "reported")) == {("the Vell Gazette", "Pavel Roe")}


def test_a_quote_carries_its_sentence_document_date_and_confidence(G, corpus):
    data = qg.view_data(G, qg.view_sentences(corpus))
    q = next(q for q in data["quotes"] if q["t"] == "the draft was close")
    assert q["s"] == "Lina Marsh, an adviser to President Oskar Dunn, told Pavel Roe that the draft was close."
    assert data["docs"][q["d"]]["t"] == "River talks open" and data["docs"][q["d"]]["d"] == "2025-03-03"
    assert q["c"] == 0.8 and q["cue"] == "told"
    names = [n["n"] for n in data["nodes"]]
    assert (names[q["sp"]], names[q["to"]]) == ("Lina Marsh", "Pavel Roe")
    untitled = next(q for q in data["quotes"] if q["t"].startswith("The border"))
    assert data["docs"][untitled["d"]]["t"] == "two.txt"  # no title: the file name


def test_only_relations_present_are_offered_and_reported_is_off_at_first(G):
    data = qg.view_data(G)
    offered = {r["key"]: r["on"] for r in data["relations"]}
    assert offered == {"said_to": True, "communicated_with": True, "role": True, "ally_of": True,
                       "reported": False}


def test_a_community_attribute_is_passed_on_for_colouring(G):
    H = G.copy()
    for _, d in H.nodes(data=True):  # build_graph computes communities now: start from none
        d.pop("community", None)
    H.nodes["per-marsh"]["community"] = 4
    data = qg.view_data(H)
    assert _node(data, "Lina Marsh")["cm"] == 4 and _node(data, "Pavel Roe")["cm"] is None


def _page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="qg-data">(.*?)</script>', page, re.S)
    assert m, "no data element in the page"
    return json.loads(m.group(1))


def test_the_page_is_one_self_contained_file(G, tmp_path):
    path = qg.write_view(G, tmp_path / "g.html", top_n=7, title="River talks")
    page = path.read_text(encoding="utf-8")
    assert "<title>River talks</title>" in page
    # nothing to fetch: no external script, style sheet, image or font, and a policy that forbids any
    assert not re.search(r"<(script|img|iframe)[^>]*\ssrc=|<link[^>]*\shref=", page, re.I)
    assert "default-src 'none'" in page
    assert "vis.Network" in page or "Network" in page  # vis-network's code is inlined
    data = _page_data(page)
    assert data["top_n"] == 7 and data == json.loads(json.dumps(qg.view_data(G, top_n=7, title="River talks")))


def test_names_that_look_like_markup_stay_data(G, tmp_path):
    H = G.copy()
    H.nodes["per-roe"]["name"] = "</script><script>alert(1)</script>"
    page = qg.view_html(H)
    assert "<script>alert(1)" not in page
    assert _node(_page_data(page), "</script><script>alert(1)</script>")


def test_view_command_from_a_graphml_file(G, tmp_path):
    qg.write_graphml(G, tmp_path / "graph.graphml")
    result = CliRunner().invoke(main, ["view", str(tmp_path / "graph.graphml"), "--top", "3"])
    assert result.exit_code == 0, result.output
    data = _page_data((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert data["top_n"] == 3
    assert _node(data, "Pavel Roe")["al"] == ["Roe"]  # GraphML's "a|b" lists read back as lists
    assert {n["n"] for n in data["nodes"]} == {n["n"] for n in qg.view_data(G)["nodes"]}


def test_view_command_from_a_run_folder_uses_its_jsonl_with_sentences(corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / "quotes.jsonl", "w", encoding="utf-8") as fh:
        qg.write_jsonl(corpus, fh)
    result = CliRunner().invoke(main, ["view", str(out), "-o", str(tmp_path / "talks.html")])
    assert result.exit_code == 0, result.output
    data = _page_data((tmp_path / "talks.html").read_text(encoding="utf-8"))
    assert any(q["s"] and "told Pavel Roe that the draft was close" in q["s"] for q in data["quotes"])
    assert not (out / "graph.html").exists()


def test_view_command_opens_the_page_in_a_browser(G, tmp_path, monkeypatch):
    import webbrowser

    opened = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    qg.write_graphml(G, tmp_path / "g.graphml")
    result = CliRunner().invoke(main, ["view", str(tmp_path / "g.graphml"), "--open"])
    assert result.exit_code == 0, result.output
    assert opened == [(tmp_path / "g.html").resolve().as_uri()]


def test_view_command_on_a_folder_without_a_graph_says_so(tmp_path):
    result = CliRunner().invoke(main, ["view", str(tmp_path)])
    assert result.exit_code == 2
    assert "no quotes.jsonl or graph.graphml" in result.output and str(tmp_path) in result.output


def test_view_command_on_a_broken_graphml_file_says_so(tmp_path):
    bad = tmp_path / "bad.graphml"
    bad.write_text("<graphml><graph", encoding="utf-8")
    result = CliRunner().invoke(main, ["view", str(bad)])
    assert result.exit_code == 2 and "bad.graphml: not a GraphML file" in result.output
    assert not (tmp_path / "bad.html").exists()


def test_actor_network_is_the_view_as_a_networkx_graph(G):
    H = qg.actor_network(G)
    assert H.nodes["per-marsh"]["quotes"] == 2
    assert H.edges["per-marsh", "per-roe"]["weight"] == 2
    assert H.edges["per-marsh", "per-roe"]["relations"] == "said to"
    assert set(qg.actor_network(G, top_n=2)) == {"per-marsh", "per-roe"}


def test_show_is_a_sigma_widget_or_the_page_in_a_frame(corpus):
    pytest.importorskip("IPython")
    framed = qg.show(iter(corpus), widget=False)  # a generator is read once
    assert "<iframe srcdoc=" in framed.data and "Lina Marsh" in framed.data
    try:
        import ipysigma  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match=r"quotegraph\[jupyter\]"):
            qg.show(corpus, widget=True)
        return
    widget = qg.show(corpus)
    assert type(widget).__name__ == "Sigma"
    assert widget.height == "640px"


def test_actor_network_and_export_actors_agree_on_every_direction(tmp_path, corpus):
    # "Arland is an ally of Besk" was extracted as Besk ALLY_OF Arland (subject → object), and a
    # third article puts it the other way round: the notebook's actor graph and the exported one
    # must both have each statement from its subject to its object, not a sorted pair.
    c = "Arland stood with Besk, its ally, at the summit."
    arland, besk = (_entity(c, "cou-arl", "Arland", "country", "Arland"),
                    _entity(c, "cou-besk", "Besk", "country", "Besk"))
    ex3 = Extraction(Document(c, "news/three.txt"), (), (arland, besk),
                     (Relation("cou-arl", "ALLY_OF", "cou-besk", _span(c, "Arland stood with Besk, its ally"), 0.7),))
    jsonl = tmp_path / "q.jsonl"
    jsonl.write_text("".join(dumps(ex) + "\n" for ex in [*corpus, ex3]), encoding="utf-8")
    out = tmp_path / "actors.graphml"
    result = CliRunner().invoke(main, ["export", str(jsonl), "--actors", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    exported = {(u, v): int(d["weight"]) for u, v, d in nx.read_graphml(out).edges(data=True)}

    network = qg.actor_network(qg.build_graph([*corpus, ex3]))
    assert {(u, v): d["weight"] for u, v, d in network.edges(data=True)} == exported
    assert exported[("cou-besk", "cou-arl")] == 1 and exported[("cou-arl", "cou-besk")] == 1
    # the page still draws one alliance edge per pair, with both statements behind it
    data = qg.view_data(qg.build_graph([*corpus, ex3]))
    [edge] = [e for e in data["edges"] if e["r"] == "ally_of"]
    assert len(edge["e"]) == 2 and len(edge["x"]) == 1
    # one statement alone reads subject → object on the page too
    data = qg.view_data(qg.build_graph(corpus))
    [edge] = [e for e in data["edges"] if e["r"] == "ally_of"]
    assert (data["nodes"][edge["f"]]["id"], data["nodes"][edge["to"]]["id"]) == ("cou-besk", "cou-arl")
    assert "x" not in edge


def test_view_of_a_run_graphml_does_not_replace_the_page_run_wrote(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "talks.txt").write_text("Harbour talks resume\n\n“We will sign by Friday,” Mara Vell told "
                                        "reporters on Tuesday.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["run", str(articles), "--out", str(out), "-q"]).exit_code == 0
    page = (out / "graph.html").read_bytes()
    assert qg.view.page_source(out / "graph.html") == "quotes.jsonl"

    result = CliRunner().invoke(main, ["view", str(out / "graph.graphml")])
    assert result.exit_code == 2, result.output
    assert "graph.html already exists (the page made from quotes.jsonl)" in result.output
    assert "-o FILE" in result.output and "--force" in result.output
    assert (out / "graph.html").read_bytes() == page

    # the same input again (the folder: its quotes.jsonl) rebuilds the page, and says so
    result = CliRunner().invoke(main, ["view", str(out), "--title", "Harbour"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out / 'graph.html'} (replacing the page that was there)" in result.output
    result = CliRunner().invoke(main, ["view", str(out / "graph.graphml"), "--force"])
    assert result.exit_code == 0, result.output
    assert qg.view.page_source(out / "graph.html") == "graph.graphml"
    # a rerun of the same view replaces its own page; -o always writes where it is told
    assert CliRunner().invoke(main, ["view", str(out / "graph.graphml")]).exit_code == 0
    assert CliRunner().invoke(main, ["view", str(out / "graph.graphml"), "-o", str(out / "graph.html")]).exit_code == 0


def test_view_does_not_replace_a_file_that_is_not_a_page(G, tmp_path):
    qg.write_graphml(G, tmp_path / "talks.graphml")
    (tmp_path / "talks.html").write_text("<p>my notes</p>", encoding="utf-8")
    result = CliRunner().invoke(main, ["view", str(tmp_path / "talks.graphml")])
    assert result.exit_code == 2 and "not a quotegraph page" in result.output
    assert (tmp_path / "talks.html").read_text(encoding="utf-8") == "<p>my notes</p>"


def test_a_page_of_an_older_version_is_rebuilt_by_view_dir_but_not_replaced_by_view_file(G, corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with open(out / "quotes.jsonl", "w", encoding="utf-8") as fh:
        qg.write_jsonl(corpus, fh)
    qg.write_graphml(G, out / "graph.graphml")
    qg.write_view(G, out / "graph.html")  # a page that does not name its source, as older versions wrote
    result = CliRunner().invoke(main, ["view", str(out / "graph.graphml")])
    assert result.exit_code == 2 and "perhaps the one `quotegraph run` wrote" in result.output
    result = CliRunner().invoke(main, ["view", str(out)])
    assert result.exit_code == 0, result.output
    assert qg.view.page_source(out / "graph.html") == "quotes.jsonl"
