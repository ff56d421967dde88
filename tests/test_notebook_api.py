"""The notebook API (graph/notebook.py), through what a Jupyter user calls: ``import quotegraph as qg``.

Most tests run on a small hand-built corpus (real Extractions, written out from three short
hand-written articles) so that every count and filter has a known answer; reading articles
goes through the real extractor."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import matplotlib
import networkx as nx
import pytest

import quotegraph as qg
from quotegraph.model import Cue, Document, Entity, EntityRef, Extraction, Quote, Relation, Span

matplotlib.use("Agg")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

TEXT_A = ("Tomas Berg, a senior adviser to Prime Minister Helga Jonsdottir, said the offer was fair.\n"
          "Berg phoned Anika Solberg on Saturday. “We will stay,” Solberg told Berg.\n"
          "Norway and Iceland are members of NATO.")
TEXT_B = ("“Ottawa stands with Reykjavik,” Canadian envoy Mark Dale said, according to the Daily Courier. "
          "Canada is an ally of Iceland.\nSolberg said talks would resume in May.")
TEXT_C = "Chile is an ally of Peru, the foreign minister said."


def _span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span.of(text, start, start + len(words))


def _entity(text: str, eid: str, name: str, etype: str, *mentions: str) -> Entity:
    return Entity(eid, name, etype, tuple(m for m in mentions if m != name),
                  tuple(_span(text, m) for m in mentions))


def _quote(text: str, qid: str, kind: str, content: str, cue: str, lemma: str, source: str,
           speaker: Entity, addressee: Entity | None = None, outlet: Entity | None = None) -> Quote:
    c = _span(text, cue)
    return Quote(qid, kind, (_span(text, content),), Cue(c.start, c.end, c.text, lemma), (_span(text, source),),
                 speaker.ref, addressee.ref if addressee else None, outlet.ref if outlet else None, 0.9)


@pytest.fixture(scope="module")
def corpus() -> list[Extraction]:
    a, b, c = TEXT_A, TEXT_B, TEXT_C
    berg = _entity(a, "per-berg", "Tomas Berg", "person", "Tomas Berg", "Berg")
    jons = _entity(a, "per-jons", "Helga Jonsdottir", "person", "Helga Jonsdottir")
    solb = _entity(a, "per-solb", "Anika Solberg", "person", "Anika Solberg", "Solberg")
    nor = _entity(a, "cou-nor", "Norway", "country", "Norway")
    ice = _entity(a, "cou-ice", "Iceland", "country", "Iceland")
    nato = _entity(a, "org-nato", "NATO", "organization", "NATO")
    ex_a = Extraction(
        Document(a, "news/a.txt", date="2025-03-01", title="Fishing talks"),
        (_quote(a, "q-a1", "indirect", "the offer was fair", "said", "say", "Tomas Berg", berg),
         _quote(a, "q-a2", "direct", "We will stay,", "told", "tell", "Solberg", solb, addressee=berg)),
        (berg, jons, solb, nor, ice, nato),
        (Relation("per-berg", "ROLE", "per-jons", _span(a, "Tomas Berg, a senior adviser to Prime Minister "
                                                           "Helga Jonsdottir"), 0.8, role="senior adviser"),
         Relation("per-berg", "COMMUNICATED_WITH", "per-solb", _span(a, "Berg phoned Anika Solberg"), 0.7,
                  cue="phone"),
         Relation("cou-nor", "MEMBER_OF", "org-nato", _span(a, "Norway and Iceland are members of NATO"), 0.7),
         Relation("cou-ice", "MEMBER_OF", "org-nato", _span(a, "Norway and Iceland are members of NATO"), 0.7)),
    )
    dale = _entity(b, "per-dale", "Mark Dale", "person", "Mark Dale")
    courier = _entity(b, "med-courier", "the Daily Courier", "media", "the Daily Courier")
    can = _entity(b, "cou-can", "Canada", "country", "Canada")
    ice_b = _entity(b, "cou-ice", "Iceland", "country", "Iceland")
    solb_b = _entity(b, "per-solb", "Anika Solberg", "person", "Solberg")
    ex_b = Extraction(
        Document(b, "news/b.txt", date="2025-04-10"),
        (_quote(b, "q-b1", "direct", "Ottawa stands with Reykjavik,", "said", "say", "Mark Dale", dale,
                outlet=courier),
         _quote(b, "q-b2", "indirect", "talks would resume in May", "said", "say", "Solberg", solb_b)),
        (dale, courier, can, ice_b, solb_b),
        (Relation("cou-can", "ALLY_OF", "cou-ice", _span(b, "Canada is an ally of Iceland"), 0.7),),
    )
    chile = _entity(c, "cou-chl", "Chile", "country", "Chile")
    peru = _entity(c, "cou-per", "Peru", "country", "Peru")
    ex_c = Extraction(Document(c, "news/c.txt"), (), (chile, peru),
                      (Relation("cou-chl", "ALLY_OF", "cou-per", _span(c, "Chile is an ally of Peru"), 0.7),))
    return [ex_a, ex_b, ex_c]


@pytest.fixture(scope="module")
def G(corpus) -> nx.MultiDiGraph:
    return qg.build_graph(corpus)


# --- read_corpus --------------------------------------------------------------------------

def test_read_corpus_reads_a_folder_of_articles():
    corpus = qg.read_corpus([EXAMPLES])
    files = sorted(p.name for p in EXAMPLES.glob("*.txt"))
    assert sorted(Path(ex.document.source).name for ex in corpus) == files
    assert all(isinstance(ex, qg.Extraction) for ex in corpus)
    assert sum(len(ex.quotes) for ex in corpus) > 0


def test_read_corpus_from_strings_documents_and_records():
    text = "“We are ready to talk,” Foreign Minister Ana Ruiz told reporters on Monday."
    corpus = qg.read_corpus(texts=[text, {"text": text.replace("Monday", "Friday"), "date": "2025-05-02",
                                          "title": "Ruiz speaks"},
                                   qg.Document(text.replace("Monday", "Sunday"), "memo.txt")])
    assert [ex.document.source for ex in corpus] == ["text 1", "text 2", "memo.txt"]
    assert corpus[1].document.date == "2025-05-02" and corpus[1].document.title == "Ruiz speaks"
    for ex in corpus:
        assert [q.speaker.name for q in ex.quotes if q.speaker] == ["Ana Ruiz"]
    named = qg.read_corpus(texts={"wire-7": text})
    assert named[0].document.source == "wire-7"
    assert named[0].quotes == corpus[0].quotes  # same text, same quotes and ids


def test_read_corpus_names_a_missing_path_and_a_bad_text():
    with pytest.raises(qg.InputError, match="no-such-folder"):
        qg.read_corpus(["no-such-folder/"])
    with pytest.raises(qg.InputError, match="text 2"):
        qg.read_corpus(texts=["fine", 42])


# --- quotes_df ----------------------------------------------------------------------------

def test_read_corpus_of_a_folder_without_articles_warns_that_the_corpus_is_empty(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    with pytest.warns(UserWarning, match="found no article in .*: the corpus is empty"):
        assert qg.read_corpus([tmp_path]) == []
    with pytest.warns(UserWarning, match="found no article"):  # texts do not hide the empty folder
        assert len(qg.read_corpus(tmp_path, texts=["“We are ready,” Ms. Lee told reporters."])) == 1


def test_quotes_df_has_provenance_and_the_sentence(corpus):
    df = qg.quotes_df(corpus)
    assert len(df) == 4
    texts = {ex.id: ex.document.text for ex in corpus}
    for row in df.itertuples():
        doc_text = texts[row.doc_id]
        assert row.text in doc_text[row.start:row.end]
        assert row.sentence in doc_text and row.text in row.sentence
    told = df[df.quote_id == "q-a2"].iloc[0]
    assert told.sentence == "“We will stay,” Solberg told Berg."
    assert (told.speaker, told.addressee, told.document, told.date) == ("Anika Solberg", "Tomas Berg",
                                                                        "news/a.txt", "2025-03-01")
    assert df[df.quote_id == "q-b1"].iloc[0].outlet == "the Daily Courier"


def test_quotes_df_filters(corpus):
    by_alias = qg.quotes_df(corpus, speaker="solberg")
    assert set(by_alias.quote_id) == {"q-a2", "q-b2"}
    assert set(qg.quotes_df(corpus, speaker="per-solb").quote_id) == {"q-a2", "q-b2"}
    assert set(qg.quotes_df(corpus, speaker=["Solberg", "Tomas Berg"]).quote_id) == {"q-a1", "q-a2", "q-b2"}
    assert list(qg.quotes_df(corpus, outlet="the Daily Courier").quote_id) == ["q-b1"]
    assert set(qg.quotes_df(corpus, since="2025-04-01").quote_id) == {"q-b1", "q-b2"}
    assert set(qg.quotes_df(corpus, until=dt.date(2025, 3, 31)).quote_id) == {"q-a1", "q-a2"}
    assert qg.quotes_df(corpus, since="2025-03-02", until="2025-04-09").empty
    assert set(qg.quotes_df(corpus, document="b.txt").quote_id) == {"q-b1", "q-b2"}
    assert set(qg.quotes_df(corpus, document="Fishing talks", speaker="Berg").quote_id) == {"q-a1"}


def test_quotes_df_unknown_names_say_what_is_close(corpus):
    with pytest.raises(qg.QueryError, match="Solberg"):
        qg.quotes_df(corpus, speaker="Anika Solberk")
    with pytest.raises(qg.QueryError, match="no document"):
        qg.quotes_df(corpus, document="z.txt")
    with pytest.raises(qg.QueryError, match="YYYY-MM-DD"):
        qg.quotes_df(corpus, since="last spring")


def test_quotes_df_from_the_graph_has_no_sentence_but_the_same_quotes(corpus, G):
    from_graph, from_corpus = qg.quotes_df(G), qg.quotes_df(corpus)
    cols = ["quote_id", "speaker", "addressee", "outlet", "text", "doc_id", "start", "end"]
    assert from_graph[cols].equals(from_corpus[cols])
    assert from_graph.sentence.isna().all()


# --- quotes_between -----------------------------------------------------------------------

def test_quotes_between_gives_every_statement_behind_the_edges(corpus):
    df = qg.quotes_between(corpus, "Tomas Berg", "Anika Solberg")
    assert sorted(df.relation) == ["ADDRESSED_TO", "COMMUNICATED_WITH"]
    call = df[df.relation == "COMMUNICATED_WITH"].iloc[0]
    assert (call.subject, call.object) == ("Tomas Berg", "Anika Solberg")
    assert call.sentence == "Berg phoned Anika Solberg on Saturday."
    said = df[df.relation == "ADDRESSED_TO"].iloc[0]
    assert (said.subject, said.object, said.quote_id) == ("Anika Solberg", "Tomas Berg", "q-a2")
    one_way = qg.quotes_between(corpus, "Tomas Berg", "Anika Solberg", directed=True)
    assert list(one_way.relation) == ["COMMUNICATED_WITH"]


def test_quotes_between_roles_and_outlets(corpus):
    role = qg.quotes_between(corpus, "Berg", "Helga Jonsdottir")
    assert list(role.relation) == ["ROLE: senior adviser"]
    assert role.iloc[0].sentence.startswith("Tomas Berg, a senior adviser")
    outlet = qg.quotes_between(corpus, "the Daily Courier", "Mark Dale")
    assert list(outlet.relation) == ["REPORTED"] and list(outlet.quote_id) == ["q-b1"]
    assert qg.quotes_between(corpus, "Chile", "Tomas Berg").empty
    assert qg.quotes_between(corpus, "Chille", "Peru").equals(qg.quotes_between(corpus, "Chile", "Peru"))  # as typed
    with pytest.raises(qg.QueryError, match="did you mean 'Chile'"):
        qg.quotes_between(corpus, "Chili", "Peru")


# --- actors_df ------------------------------------------------------------------------------

def test_actors_df_counts_quotes_per_actor(corpus):
    df = qg.actors_df(corpus).set_index("name")
    assert df.loc["Anika Solberg", "quotes"] == 2
    assert df.loc["Tomas Berg", "quotes"] == 1 and df.loc["Tomas Berg", "addressed"] == 1
    assert df.loc["the Daily Courier", "reported"] == 1
    assert df.loc["Iceland", "documents"] == 2
    assert df.index[0] == "Anika Solberg"  # most quoted first
    assert df.quotes.sum() == sum(1 for ex in corpus for q in ex.quotes if q.speaker)


# --- actor_graph and draw -------------------------------------------------------------------

def _names(H):
    return {(H.nodes[u]["name"], H.nodes[v]["name"]): d["label"] for u, v, d in H.edges(data=True)}


def test_actor_graph_kinds(G):
    assert _names(qg.actor_graph(G, "speaks_for")) == {("Tomas Berg", "Helga Jonsdottir"): "senior adviser"}
    assert _names(qg.actor_graph(G, "talked_to")) == {("Tomas Berg", "Anika Solberg"): "phone",
                                                      ("Anika Solberg", "Tomas Berg"): "tell"}
    H = qg.actor_graph(G, "alliances")
    blocs = {}
    for n, d in H.nodes(data=True):
        blocs.setdefault(d["bloc"], set()).add(d["name"])
    assert blocs == {0: {"Norway", "Iceland", "NATO", "Canada"}, 1: {"Chile", "Peru"}}
    with pytest.raises(qg.QueryError, match="speaks_for"):
        qg.actor_graph(G, "friends")


def test_edges_df_is_the_drawn_edges_as_a_table(G):
    df = qg.edges_df(G, "alliances")
    assert len(df) == 4
    assert set(zip(df.subject, df.label, df.object)) == {
        ("Norway", "member of", "NATO"), ("Iceland", "member of", "NATO"), ("Canada", "ally of", "Iceland"),
        ("Chile", "ally of", "Peru")}
    assert list(df.bloc) == [0, 0, 0, 1]
    assert qg.edges_df(G, "adversaries").empty


def test_draw_labels_nodes_and_edges(G):
    import matplotlib.pyplot as plt

    ax = qg.draw(G, kind="speaks_for")
    shown = {t.get_text().replace("\n", " ") for t in ax.texts}
    assert {"Tomas Berg", "Helga Jonsdottir", "senior adviser"} <= shown
    assert "speaks for" in ax.get_title()
    plt.close(ax.figure)


def test_draw_colours_blocs_and_reuses_given_axes(G):
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2)
    assert qg.draw(G, "alliances", left) is left
    nodes = left.collections[0]  # the node markers, drawn first
    colours = {tuple(c) for c in nodes.get_facecolor()}
    assert len(colours) == 2  # two blocs, two colours
    empty = qg.draw(G, "adversaries", right)
    assert any("no ADVERSARY_OF edges" in t.get_text() for t in empty.texts)
    plt.close(fig)


def test_draw_is_the_same_twice(G):
    import matplotlib.pyplot as plt

    a, b = qg.draw(G, "talked_to"), qg.draw(G, "talked_to")
    assert [t.get_position() for t in a.texts] == [t.get_position() for t in b.texts]
    plt.close("all")


def test_draw_filters_focus_top_min_weight_and_relations(G):
    import matplotlib.pyplot as plt

    around = qg.actor_graph(G, "talked_to", focus="Berg")  # an alias
    assert {d["name"] for _, d in around.nodes(data=True)} == {"Tomas Berg", "Anika Solberg"}
    top = qg.actor_graph(G, "alliances", top=2)
    assert _names(top) == {("Iceland", "NATO"): "member of"}  # the two with the most links
    assert _names(qg.actor_graph(G, "alliances", relations="member_of")) == {
        ("Norway", "NATO"): "member of", ("Iceland", "NATO"): "member of"}
    assert _names(qg.actor_graph(G, "speaks_for", relations=["ROLE"])) == {
        ("Tomas Berg", "Helga Jonsdottir"): "senior adviser"}
    assert qg.actor_graph(G, "talked_to", min_weight=2).number_of_nodes() == 0  # each pair spoke once
    ax = qg.draw(G, "talked_to", focus="Anika Solberg")
    assert "around Anika Solberg" in ax.get_title()
    empty = qg.draw(G, "talked_to", min_weight=2)
    assert any("with these filters" in t.get_text() for t in empty.texts)
    with pytest.raises(qg.QueryError, match="unknown relation"):
        qg.draw(G, relations=["FRIEND_OF"])
    with pytest.raises(qg.QueryError, match="no actor named"):
        qg.draw(G, focus="Nobody Atall")
    with pytest.raises(qg.QueryError, match="no edges of this kind"):
        qg.draw(G, "alliances", focus="Tomas Berg")
    plt.close("all")


def _overlaps(ax) -> list[tuple[str, str]]:
    renderer = ax.figure.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in ax.texts if t.get_text().strip()]
    return [(a, b) for i, (a, x) in enumerate(boxes) for b, y in boxes[i + 1:]
            if x.x0 < y.x1 and y.x0 < x.x1 and x.y0 < y.y1 and y.y0 < x.y1]


@pytest.mark.parametrize("kind", ["speaks_for", "talked_to", "alliances"])
def test_draw_labels_do_not_collide(example_extractions, kind):
    """Regression: names and roles were drawn on top of one another (the "hairball" of issue 15)."""
    import matplotlib.pyplot as plt

    G = qg.build_graph(list(example_extractions.values()))
    ax = qg.draw(G, kind)
    assert len([t for t in ax.texts if t.get_text().strip()]) >= 4
    assert _overlaps(ax) == []
    plt.close("all")


# --- optional dependencies ------------------------------------------------------------------

def test_missing_pandas_or_matplotlib_names_the_extra(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"quotegraph\[notebook\]"):
        qg.quotes_df(corpus)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"quotegraph\[notebook\]"):
        qg.draw(corpus)
    assert qg.actor_graph(corpus, "speaks_for").number_of_edges() == 1  # no extra needed


def test_importing_graph_does_not_import_pandas_or_matplotlib():
    import subprocess

    code = ("import sys, graph; "
            "print(sorted(m for m in ('pandas', 'matplotlib') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"


# --- named queries (graph/queries.py) -----------------------------------------------------

def test_query_df_is_run_query_as_a_table(G):
    queries = pytest.importorskip("quotegraph.queries")
    for q in queries.list_queries():
        if q.params:
            continue
        df = qg.query_df(q.name, G)
        assert list(df.columns) == list(q.columns)
        assert df.to_dict("records") == queries.run_query(q.name, G)
    with pytest.raises(qg.QueryError):
        qg.query_df("no_such_query", G)


def test_query_df_passes_parameters_even_one_called_name(G):
    pytest.importorskip("quotegraph.queries")
    df = qg.query_df("quotes_by_speaker", G, name="Anika Solberg")
    assert len(df) == 2  # her two quotes, in two articles
    assert len(qg.query_df("most_quoted", G, limit=1)) == 1


def test_queries_df_lists_the_library():
    queries = pytest.importorskip("quotegraph.queries")
    df = qg.queries_df()
    assert set(df.name) == {q.name for q in queries.list_queries()}
    assert {"most_quoted", "who_speaks_for_whom", "alliance_map"} <= set(df.name)


@pytest.mark.slow
def test_query_df_and_cypher_df_on_a_local_bolt_server(G, corpus, tmp_path):
    pytest.importorskip("quotegraph.queries")
    bolt = pytest.importorskip("quotegraph.bolt_server")
    store_mod = pytest.importorskip("quotegraph.stores.neo4j_store")
    try:
        import arcadedb_embedded  # noqa: F401
    except ImportError:
        pytest.skip("the arcadedb extra is not installed")
    with bolt.LocalBoltServer(tmp_path / "bolt") as server:
        with store_mod.Neo4jStore(server.uri, server.user, server.password, server.database) as store:
            store.load(corpus)
            on_neo4j = qg.query_df("most_quoted", store, limit=10)
            in_networkx = qg.query_df("most_quoted", G, limit=10)
            assert on_neo4j.to_dict("records") == in_networkx.to_dict("records")
            df = qg.cypher_df(store, "MATCH (p:Person)-[:SAID]->(q:Quote) RETURN p.name AS name, "
                                     "count(q) AS n ORDER BY n DESC, name LIMIT $k", k=2)
            assert list(df.columns) == ["name", "n"]
            assert df.iloc[0].to_dict() == {"name": "Anika Solberg", "n": 2}


# --- time, graph files, names as typed ---------------------------------------------------------

def test_timeline_df_has_real_datetimes_in_date_order(corpus):
    import pandas as pd

    df = qg.timeline_df(corpus)
    assert str(df["date"].dtype).startswith("datetime64")
    assert list(df["quote_id"]) == ["q-a1", "q-a2", "q-b1", "q-b2"]  # 1 March, then 10 April
    assert df["date"].iloc[0] == pd.Timestamp("2025-03-01")
    solberg = qg.timeline_df(corpus, "anika solberg", since=dt.date(2025, 4, 1))
    assert list(solberg["quote_id"]) == ["q-b2"]
    per_month = df.set_index("date").resample("MS")["quote_id"].count()
    assert per_month.to_dict() == {pd.Timestamp("2025-03-01"): 2, pd.Timestamp("2025-04-01"): 2}


def test_the_notebook_reads_the_files_quotegraph_writes(corpus, G, tmp_path):
    jsonl, graphml, graph_json = tmp_path / "q.jsonl", tmp_path / "g.graphml", tmp_path / "g.json"
    with open(jsonl, "w", encoding="utf-8") as fh:
        qg.write_jsonl(corpus, fh)
    qg.write_graphml(G, graphml)
    qg.save_graph(G, graph_json)
    expected = qg.query_df("most_quoted", G)
    for path in (jsonl, graphml, graph_json, str(graphml)):
        assert qg.query_df("most_quoted", path).equals(expected)
        assert list(qg.quotes_df(path, speaker="ANIKA SOLBERG")["quote_id"]) == ["q-a2", "q-b2"]
    assert qg.quotes_df(jsonl)["sentence"].notna().all()  # JSONL carries the text: sentences too
