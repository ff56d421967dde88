"""The interactive view: one self-contained HTML file of the actors and what links them.

>>> import quotegraph as qg                                             # doctest: +SKIP
>>> corpus = qg.read_corpus(["examples/"])                              # doctest: +SKIP
>>> qg.write_view(qg.build_graph(corpus), "graph.html", sentences=qg.view_sentences(corpus))  # doctest: +SKIP

The drawing is vis-network's (https://visjs.github.io/vis-network/), the copy that the pyvis
package ships: this module inlines that file, its own controls (``data/view/``) and the data
into one page, so the page opens in any browser with no server and no network. Actors are
sized by how often they are quoted and coloured by type (or by ``community`` when the graph
has that node attribute); edges are the relations, aggregated per pair, with the statements
behind them. Only the top actors are drawn at first (``top_n``); the rest come on demand.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import os
import re
import warnings
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

import networkx as nx

from .errors import InputError
from .fileio import atomic_write
from .model import Extraction
from .schema import DOCUMENT_LABEL, ENTITY_LABELS, QUOTE_LABEL

__all__ = ["DEFAULT_TOP_N", "VIEW_RELATIONS", "actor_network", "page_source", "read_view_source", "show",
           "view_data", "view_html", "view_input", "view_sentences", "write_view"]

DEFAULT_TOP_N = 60  # actors drawn at first: past this, labels crowd a laptop screen
_SOURCE_META = "quotegraph-source"  # <meta> naming the file a page was made from (a name, never a path)

# key → (label, colour, arrow, dashed, shown at first); in legend order
VIEW_RELATIONS: dict[str, tuple[str, str, bool, bool, bool]] = {
    "said_to": ("said to", "#1f77b4", True, False, True),
    "communicated_with": ("communicated with", "#17becf", True, False, True),
    "speaks_for": ("speaks for", "#9467bd", True, False, True),
    "role": ("role (adviser to, spokesperson for…)", "#b07cc6", True, True, True),
    "member_of": ("member of", "#8c8c8c", True, True, True),
    "ally_of": ("ally of", "#2ca02c", False, False, True),
    "adversary_of": ("adversary of", "#d62728", False, False, True),
    "reported": ("reported (outlet → speaker)", "#ff9f40", True, True, False),
}
_REL_OF_TYPE = {"COMMUNICATED_WITH": "communicated_with", "SPEAKS_FOR": "speaks_for", "ROLE": "role",
                "MEMBER_OF": "member_of", "ALLY_OF": "ally_of", "ADVERSARY_OF": "adversary_of"}
_SYMMETRIC = frozenset({"ally_of", "adversary_of"})
_TYPES = [("person", "person", "#4e79a7"), ("organization", "organisation", "#f28e2b"),
          ("country", "country", "#59a14f"), ("media", "outlet", "#b07aa1"), ("group", "group or unnamed source", "#9c9c9c")]
_ACTOR_LABELS = frozenset(ENTITY_LABELS.values())

# vis-network as pyvis ships it: the file is looked up in the installed package, never fetched
_VIS_PACKAGE = "pyvis"
_VIS_DIR = re.compile(r"vis-(\d+)\.(\d+)\.(\d+)")


def view_sentences(extractions: Iterable[Extraction]) -> dict[str, str]:
    """The sentence around each quote and relation, keyed as the graph keys them (the quote id;
    the relation's edge key), for ``view_data``: a graph keeps the words, not the article.
    """
    from .notebook import sentence_around

    out: dict[str, str] = {}
    for ex in extractions:
        text = ex.document.text
        for q in ex.quotes:
            end = max((c.end for c in q.contents), default=q.start)
            s = sentence_around(text, q.start, end)
            if s:
                out[q.id] = s
        for r in ex.relations:
            s = sentence_around(text, r.evidence.start, r.evidence.end)
            if s:
                out[f"{r.predicate}:{ex.id}:{r.evidence.start}:{r.evidence.end}"] = s
    return out


class _PageIndex:
    """The page's documents and actor-pair edges, numbered as statements come to them: a
    statement's document is looked up (or added, when the graph lacks it) by ``doc_of``, and
    its edge by ``pair``."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.docs: list[dict[str, Any]] = []
        self.doc_index: dict[str, int] = {}
        self.pairs: dict[tuple[str, str, str], dict[str, Any]] = {}
        for n, d in G.nodes(data=True):
            if d.get("labels") == DOCUMENT_LABEL:
                self.doc_index[n] = len(self.docs)
                self.docs.append({"t": _text(d.get("title")) or Path(_text(d.get("source")) or str(n)).name,
                                  "d": _day(d.get("date")), "s": _text(d.get("source"))})

    def doc_of(self, doc_id: Any) -> int:
        if doc_id not in self.doc_index:  # a statement whose document is not in the graph (a partial graph)
            self.doc_index[doc_id] = len(self.docs)
            self.docs.append({"t": str(doc_id) if doc_id else "(unknown article)", "d": None, "s": None})
        return self.doc_index[doc_id]

    def pair(self, u: str, v: str, key: str) -> dict[str, Any]:
        # An alliance has no direction on the page: one edge per pair whichever way each article
        # put it. The edge still reads as the first statement put it (subject → object, as the
        # spec and the exported actor graph have it); statements the other way are listed in
        # "x", so that ``actor_network`` can give each its own direction.
        if key not in _SYMMETRIC:
            return self.pairs.setdefault((u, v, key), {"f": u, "to": v, "q": [], "e": []})
        ends = (u, v) if str(u) <= str(v) else (v, u)
        return self.pairs.setdefault((*ends, key), {"f": u, "to": v, "q": [], "e": [], "x": []})


def view_data(G: nx.MultiDiGraph, sentences: Mapping[str, str] | None = None, *, top_n: int = DEFAULT_TOP_N,
              title: str | None = None) -> dict[str, Any]:
    """What the page shows, as plain JSON-ready data: documents, actors, quotes, statements and
    the edges between actors (one per pair and relation, with the quotes or statements behind it).

    Only actors that are quoted or linked to another actor are kept; a node with a ``community``
    attribute can be coloured by it. ``sentences`` (from ``view_sentences``) adds the sentence
    around each quote and statement.
    """
    sentences = sentences or {}
    page = _PageIndex(G)
    actors = {n: d for n, d in G.nodes(data=True) if d.get("labels") in _ACTOR_LABELS}
    quotes, said = _view_quotes(G, actors, sentences, page)
    rels = _view_statements(G, actors, sentences, page)
    pairs = page.pairs
    used = set(said) | {n for ends in pairs.values() for n in (ends["f"], ends["to"])}
    order = sorted(used, key=lambda n: (-len(said.get(n, ())), str(actors[n].get("name") or n), str(n)))
    index = {n: i for i, n in enumerate(order)}
    nodes = []
    for n in order:
        d = actors[n]
        name = _text(d.get("name")) or str(n)
        nodes.append({"id": str(n), "n": name, "ty": _text(d.get("type")) or _type_of_label(d.get("labels")),
                      "al": [a for a in _aliases(d.get("aliases")) if a != name],
                      "cm": _community(d.get("community")), "q": said.get(n, []),
                      "docs": len(_aliases(d.get("documents")))})
    for q in quotes:
        for k in ("sp", "to", "by"):
            q[k] = index.get(q[k]) if q[k] is not None else None
    edges = [{"f": index[ev["f"]], "to": index[ev["to"]], "r": key, "q": ev["q"], "e": ev["e"],
              **({"x": ev["x"]} if ev.get("x") else {})}
             for (_, _, key), ev in sorted(pairs.items(), key=lambda item: (
                 index[item[1]["f"]], index[item[1]["to"]], list(VIEW_RELATIONS).index(item[0][2])))]
    present = {e["r"] for e in edges}
    return {
        "title": title or "quotegraph: who said what, to whom",
        "top_n": max(1, int(top_n)),
        "docs": page.docs, "nodes": nodes, "quotes": quotes, "rels": rels, "edges": edges,
        "relations": [{"key": k, "label": lab, "colour": col, "arrows": arrow, "dashes": dash, "on": on}
                      for k, (lab, col, arrow, dash, on) in VIEW_RELATIONS.items() if k in present],
        "types": [{"key": k, "label": lab, "colour": col} for k, lab, col in _TYPES],
    }


def _view_quotes(G: nx.MultiDiGraph, actors: Mapping[Any, Any], sentences: Mapping[str, str],
                 page: _PageIndex) -> tuple[list[dict[str, Any]], dict[str, list[int]]]:
    """The page's quotes (speaker, addressee and outlet still as graph nodes) and, per
    speaker, the numbers of its quotes; each quote to someone, or reported by an outlet,
    joins the edge of that pair."""
    quotes: list[dict[str, Any]] = []
    said: dict[str, list[int]] = {}
    for qid, q in G.nodes(data=True):
        if q.get("labels") != QUOTE_LABEL:
            continue
        ends: dict[str, Any] = {"SAID": None, "ADDRESSED_TO": None, "REPORTED": None}
        doc_id = q.get("doc_id")
        for u, _, e in G.in_edges(qid, data=True):
            if e.get("type") in ("SAID", "REPORTED") and u in actors:
                ends[e["type"]] = u
        for _, v, e in G.out_edges(qid, data=True):
            if e.get("type") == "ADDRESSED_TO" and v in actors:
                ends["ADDRESSED_TO"] = v
            elif e.get("type") == "IN_DOCUMENT" and not doc_id:
                doc_id = v
        speaker, addressee, outlet = ends["SAID"], ends["ADDRESSED_TO"], ends["REPORTED"]
        i = len(quotes)
        text = _text(q.get("text")) or _text(q.get("name")) or ""
        sentence = sentences.get(qid)
        quotes.append({"t": text, "s": sentence if sentence and sentence.strip() != text.strip() else None,
                       "d": page.doc_of(doc_id), "c": _confidence(q.get("confidence")),
                       "cue": _text(q.get("cue_text")) or _text(q.get("cue")),
                       "sp": speaker, "to": addressee, "by": outlet})
        if speaker is not None:
            said.setdefault(speaker, []).append(i)
            if addressee is not None and addressee != speaker:
                page.pair(speaker, addressee, "said_to")["q"].append(i)
            if outlet is not None and outlet != speaker:
                page.pair(outlet, speaker, "reported")["q"].append(i)
    return quotes, said


def _view_statements(G: nx.MultiDiGraph, actors: Mapping[Any, Any], sentences: Mapping[str, str],
                     page: _PageIndex) -> list[dict[str, Any]]:
    """The page's statements: every relation between two actors shown, each joining the edge
    of its pair."""
    rels: list[dict[str, Any]] = []
    for u, v, k, e in G.edges(keys=True, data=True):
        key = _REL_OF_TYPE.get(str(e.get("type")))
        if key is None or u not in actors or v not in actors or u == v:
            continue
        evidence = _text(e.get("evidence")) or ""
        sentence = sentences.get(str(k))
        edge = page.pair(u, v, key)
        if edge["f"] != u:  # an alliance the other way round than the edge reads
            edge["x"].append(len(rels))
        edge["e"].append(len(rels))
        rels.append({"t": evidence, "s": sentence if sentence and sentence.strip() != evidence.strip() else None,
                     "d": page.doc_of(e.get("doc_id")), "c": _confidence(e.get("confidence")),
                     "role": _text(e.get("role")), "cue": _text(e.get("cue"))})
    return rels


def view_html(G: nx.MultiDiGraph, sentences: Mapping[str, str] | None = None, *, top_n: int = DEFAULT_TOP_N,
              title: str | None = None, source: str | None = None) -> str:
    """The whole page as a string (see ``write_view``); ``source`` names the file it was made from."""
    data = view_data(G, sentences, top_n=top_n, title=title)
    # JSON inside <script>: a "<" could open "</script" or "<!--"; U+2028/9 break old parsers' lines
    payload = (json.dumps(data, ensure_ascii=False, separators=(",", ":"))
               .replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    vis_js, vis_css = _vis_files()
    parts = {"TITLE": html.escape(data["title"]), "VIS_CSS": _inline(vis_css), "VIEW_CSS": _asset("view.css"),
             "DATA": payload, "VIS_JS": _inline(vis_js), "VIEW_JS": _inline(_asset("view.js")),
             "SOURCE": (f'<meta name="{_SOURCE_META}" content="{html.escape(source, quote=True)}">\n'
                        if source else "")}
    # one pass, so that a marker inside the inlined files or the data is never replaced
    return re.sub(r"@@(TITLE|VIS_CSS|VIEW_CSS|DATA|VIS_JS|VIEW_JS|SOURCE)@@", lambda m: parts[m.group(1)],
                  _asset("view.html"))


def page_source(path: str | os.PathLike[str]) -> str | None:
    """The name of the file a view page at ``path`` was made from ("" for a quotegraph page that
    does not say), or None when ``path`` is not a quotegraph page: so that a command writing a
    page by default replaces its own page of an earlier run, never another's."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            head = fh.read(4096)
    except OSError:
        return None
    found = re.search(rf'<meta name="{_SOURCE_META}" content="([^"]*)">', head)
    if found:
        return html.unescape(found.group(1))
    return "" if "Everything this page needs is inside it" in head else None


def write_view(G: nx.MultiDiGraph, path: str | os.PathLike[str], sentences: Mapping[str, str] | None = None, *,
               top_n: int = DEFAULT_TOP_N, title: str | None = None, source: str | None = None) -> Path:
    """Write the interactive view of ``G`` to ``path`` (one HTML file, whole or not at all).

    Open it in any browser, offline: search an actor by name or alias, filter by relation,
    minimum weight and date, click an actor or an edge for the quotes behind it. ``source``, the
    name of the file the graph was read from, is kept in the page (``page_source``).
    """
    page = view_html(G, sentences, top_n=top_n, title=title, source=source)
    with atomic_write(path) as fh:
        fh.write(page)
    return Path(path)


def view_input(path: str | os.PathLike[str]) -> Path:
    """The file a view of ``path`` is read from: a ``run`` folder's quotes.jsonl (else its
    graph.graphml), or ``path`` itself."""
    p = Path(path)
    if p.is_dir():
        for name in ("quotes.jsonl", "graph.graphml"):
            if (p / name).is_file():
                return p / name
        raise InputError(f"{p}: no quotes.jsonl or graph.graphml in this folder (write them with "
                         f"`quotegraph run ARTICLES --out {p}`)")
    return p


def read_view_source(path: str | os.PathLike[str]) -> tuple[nx.MultiDiGraph, dict[str, str]]:
    """The graph and sentences for a view, from a ``run`` folder (its quotes.jsonl, else its
    graph.graphml), an extract JSONL, a saved graph (.json) or a GraphML file."""
    p = view_input(path)
    if not p.exists():
        raise InputError(f"{p}: no such file or folder")
    if p.suffix.lower() in (".graphml", ".xml"):
        try:
            G = nx.read_graphml(p, force_multigraph=True)
        except Exception as exc:  # ElementTree and networkx raise several kinds on a broken file
            raise InputError(f"{p}: not a GraphML file ({exc})") from exc
        if not isinstance(G, nx.MultiDiGraph):
            G = nx.MultiDiGraph(G)
        return G, {}
    if p.suffix.lower() == ".jsonl":
        from .model import read_jsonl
        from .entities import merge_corpus
        from .stores.networkx_store import build_graph

        try:
            with open(p, encoding="utf-8") as fh:
                extractions = merge_corpus(read_jsonl(fh, name=str(p)))
        except OSError as exc:
            raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
        except ValueError as exc:
            raise InputError(f"{p}: not quotegraph extract output ({exc})") from exc
        return build_graph(extractions, merge_people=False), view_sentences(extractions)
    from .stores.networkx_store import load_graph

    return load_graph(p), {}


def show(source: Any, *, height: int = 640, top_n: int = DEFAULT_TOP_N, widget: bool | None = None) -> Any:
    """Show the graph inline in Jupyter.

    With ipysigma installed (``pip install 'quotegraph[jupyter]'``) and ``widget`` not False, a
    sigma.js widget of the actors (sized by quotes, coloured by type or community); otherwise
    the same page ``run`` writes, in a frame (it needs nothing from the network).
    ``source`` is the extractions (``read_corpus``) or a graph (``build_graph``).
    """
    from .notebook import graph_and_texts

    if not isinstance(source, nx.Graph):
        source = [source] if isinstance(source, Extraction) else list(source)  # read once, used twice
    G, _ = graph_and_texts(source)
    sentences = view_sentences(source) if not isinstance(source, nx.Graph) else {}
    if widget is not False:
        try:
            from ipysigma import Sigma
        except ImportError:
            if widget:
                raise ImportError("show(widget=True) needs ipysigma: pip install 'quotegraph[jupyter]'") from None
        else:
            return _sigma_widget(Sigma, G, sentences, top_n=top_n, height=height)
    from IPython.display import HTML

    page = view_html(G, sentences, top_n=top_n)
    with warnings.catch_warnings():  # IPython suggests IFrame, which needs a URL; the page has none
        warnings.simplefilter("ignore", UserWarning)
        return HTML(f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;'
                    f'height:{int(height)}px;border:1px solid #ddd" sandbox="allow-scripts"></iframe>')


def actor_network(G: nx.MultiDiGraph, sentences: Mapping[str, str] | None = None, *,
                  top_n: int | None = None) -> nx.DiGraph:
    """The actors and the relations between them as a simple DiGraph, as the view aggregates
    them: nodes carry ``name``, ``type``, ``quotes`` (and ``community``); edges ``relations``
    (e.g. ``"said to, speaks for"``) and ``weight`` (statements behind them), each from the
    relation's subject to its object, as ``quotegraph export --actors`` has them. With ``top_n``,
    only the most-quoted-and-linked actors."""
    data = view_data(G, sentences)
    H = nx.DiGraph()
    score = [len(n["q"]) for n in data["nodes"]]
    for e in data["edges"]:
        w = len(e["q"]) + len(e["e"])
        score[e["f"]] += w
        score[e["to"]] += w
    keep = sorted(range(len(data["nodes"])), key=lambda i: -score[i])[:top_n] if top_n else range(len(data["nodes"]))
    keep = set(keep)
    for i in keep:
        n = data["nodes"][i]
        H.add_node(n["id"], name=n["n"], type=n["ty"], quotes=len(n["q"]),
                   **({"community": n["cm"]} if n["cm"] is not None else {}))
    labels = {r["key"]: r["label"].split(" (")[0] for r in data["relations"]}
    for e in data["edges"]:
        if e["f"] in keep and e["to"] in keep:
            u, v = data["nodes"][e["f"]]["id"], data["nodes"][e["to"]]["id"]
            back = len(e.get("x", ()))  # an alliance stated the other way round: its own direction
            for a, b, w in ((u, v, len(e["q"]) + len(e["e"]) - back), (v, u, back)):
                if w == 0:
                    continue
                if H.has_edge(a, b):
                    H.edges[a, b]["weight"] += w
                    H.edges[a, b]["relations"] += ", " + labels[e["r"]]
                else:
                    H.add_edge(a, b, weight=w, relations=labels[e["r"]])
    return H


def _sigma_widget(Sigma: Any, G: nx.MultiDiGraph, sentences: Mapping[str, str], *, top_n: int, height: int) -> Any:
    H = actor_network(G, sentences, top_n=top_n)
    colour_by = "community" if any("community" in d for _, d in H.nodes(data=True)) else "type"
    for n, d in H.nodes(data=True):
        d["size"] = d["quotes"] + 1  # an actor quoted nowhere still gets a dot
    palette = {k: c for k, _, c in _TYPES} if colour_by == "type" else None
    return Sigma(H, height=height, node_size="size", node_color=colour_by, node_color_palette=palette,
                 node_label="name", edge_size="weight", edge_label="relations", default_edge_type="arrow",
                 start_layout=3)


# --------------------------------------------------------------------------------------------
# files

def _asset(name: str) -> str:
    return resources.files("quotegraph").joinpath("data", "view", name).read_text(encoding="utf-8")


def _vis_files() -> tuple[str, str]:
    """vis-network's script and style sheet, from the installed pyvis package (the newest copy it ships)."""
    try:
        root = resources.files(_VIS_PACKAGE).joinpath("templates", "lib")
        found = [d for d in root.iterdir() if _VIS_DIR.fullmatch(d.name)]
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError) as exc:
        raise InputError("the interactive view needs vis-network, which the pyvis package ships, and pyvis is "
                         "not installed: pip install pyvis") from exc
    if not found:
        raise InputError("the installed pyvis package ships no vis-network files (templates/lib/vis-*/): "
                         "reinstall it with pip install --force-reinstall pyvis")
    newest = max(found, key=lambda d: tuple(int(x) for x in _VIS_DIR.fullmatch(d.name).groups()))
    return (newest.joinpath("vis-network.min.js").read_text(encoding="utf-8"),
            newest.joinpath("vis-network.css").read_text(encoding="utf-8"))


def _inline(code: str) -> str:
    # inside <script>/<style>, "</script" or "</style" in the code would close the element early
    return re.sub(r"</(script|style)", r"<\\/\1", code, flags=re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# values (GraphML turns lists into "a|b" strings and may drop types)

def _text(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _aliases(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [a for a in value.split("|") if a]
    return [str(a) for a in value if a]


def _day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()[:10]
    s = str(value).strip()
    try:
        return _dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        return None


def _confidence(value: Any) -> float | None:
    try:
        return round(float(value), 3)
    except (TypeError, ValueError):
        return None


def _community(value: Any) -> int | str | None:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return str(value)


def _type_of_label(label: Any) -> str:
    for t, lab in ENTITY_LABELS.items():
        if lab == label:
            return t
    return "group"
