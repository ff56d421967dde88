"""The NetworkX graph: a MultiDiGraph built from extractions, merged across documents by id.

Nodes carry ``labels`` (the model's node label, e.g. "Person"), ``name`` and ``label`` (what
Gephi shows); edges carry ``type`` (the relationship type), ``label`` and ``interaction``
(what Gephi and Cytoscape show), and their provenance: ``doc_id``, ``start``, ``end``.

>>> from quotegraph import build_graph
>>> G = build_graph([])
>>> G.number_of_nodes()
0
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from typing import Any, Callable, Iterable

import networkx as nx

from ..errors import InputError
from ..fileio import atomic_write
from ..model import Extraction, Quote
from ..schema import DOCUMENT_LABEL, QUOTE_LABEL, entity_label


def build_graph(extractions: Iterable[Extraction], graph: nx.MultiDiGraph | None = None, *,
                merge_people: bool = True, communities: bool = True) -> nx.MultiDiGraph:
    """Add every extraction to ``graph`` (a new one by default) and return it.

    Entities with the same id merge: aliases are united and ``mentions`` counts add up.
    With ``merge_people`` (the default) the people that only a view of the whole corpus can
    join ("Witkov" alone in one article, "Steve Witkoff" in another) are merged first
    (``quotegraph.entities.merge_corpus``); pass False when the ids are already corpus-wide.
    Each statement keeps its own edge (keyed by document and offset), so no provenance is lost.
    Every quote and statement carries its document's ``date``. With ``communities`` (the
    default) each actor gets its Louvain ``community`` (``projection.add_communities``); a
    caller adding documents one by one passes False and calls ``add_communities`` at the end.
    """
    G = graph if graph is not None else nx.MultiDiGraph()
    if merge_people:
        from ..corpus import merge_corpus  # pure Python: ids and names, no spaCy

        extractions = merge_corpus(extractions)
    for ex in extractions:
        _add_extraction(G, ex)
    if communities:
        from .projection import add_communities

        add_communities(G)
    return G


# Node attributes that are sets (kept as sorted lists) and the one that is a per-document sum.
LIST_ATTRS = ("aliases", "documents")


def merge_node_attrs(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The attributes of a node seen again: the rule every store applies when ids meet.

    Lists (aliases, documents) are united and sorted; ``mentions`` adds up only for documents
    not seen before (so adding the same document twice changes nothing); any other attribute
    keeps its first non-empty value. A name not kept becomes an alias (an actor loaded in two
    runs that named it differently keeps every form).

    >>> merge_node_attrs({"name": "A", "aliases": ["x"], "mentions": 2, "documents": ["d1"]},
    ...                  {"name": "B", "aliases": ["y"], "mentions": 3, "documents": ["d2"]})
    {'name': 'A', 'aliases': ['B', 'x', 'y'], 'mentions': 5, 'documents': ['d1', 'd2']}
    """
    merged = {k: sorted(set(v or ())) if k in LIST_ATTRS else v for k, v in old.items()}
    _merge_into(merged, new)
    return merged


def _merge_into(node: dict[str, Any], new: dict[str, Any]) -> None:
    """``merge_node_attrs`` in place, for a node whose lists are sorted already: a node named
    in thousands of documents takes a new one without its lists being copied or sorted again."""
    docs = node.get("documents") or []
    new_docs = new.get("documents") or ()
    fresh = not new_docs or not all(_has(docs, d) for d in new_docs)
    for key, value in new.items():
        if key in LIST_ATTRS:
            items = node.get(key)
            if not isinstance(items, list):
                node[key] = sorted(set(value or ()))
                continue
            for x in value or ():
                i = bisect_left(items, x)
                if i == len(items) or items[i] != x:
                    items.insert(i, x)
        elif key == "mentions":
            node[key] = (node.get(key) or 0) + (value if fresh else 0)
        elif node.get(key) in (None, ""):
            node[key] = value
    _alias_other_name(node, new.get("name"))


def _alias_other_name(node: dict[str, Any], other: Any) -> None:
    """Keep a name the node did not take among its aliases, and its own name out of them."""
    aliases, name = node.get("aliases"), node.get("name")
    if not isinstance(aliases, list) or not name:
        return
    if other and other != name:
        i = bisect_left(aliases, other)
        if i == len(aliases) or aliases[i] != other:
            aliases.insert(i, other)
    i = bisect_left(aliases, name)
    if i < len(aliases) and aliases[i] == name:
        del aliases[i]


def _has(items: list[Any], x: Any) -> bool:
    i = bisect_left(items, x)
    return i < len(items) and items[i] == x


def _add_node(G: nx.MultiDiGraph, node_id: str, **attrs: Any) -> None:
    if node_id in G:
        _merge_into(G.nodes[node_id], attrs)
    else:
        G.add_node(node_id, **{k: sorted(set(v or ())) if k in LIST_ATTRS else v for k, v in attrs.items()})


def _add_edge(G: nx.MultiDiGraph, u: str, v: str, rel_type: str, key: str, label: str | None = None,
              **attrs: Any) -> None:
    # The first statement with this key wins: the key is type + document + offsets, so a second
    # one is the same statement read again.
    if G.has_edge(u, v, key):
        return
    G.add_edge(u, v, key=key, type=rel_type, label=label or rel_type, interaction=rel_type,
               **{k: val for k, val in attrs.items() if val is not None})


def _add_extraction(G: nx.MultiDiGraph, ex: Extraction) -> None:
    doc = ex.document
    _add_node(G, doc.id, labels=DOCUMENT_LABEL, name=doc.title or doc.source, label=doc.title or doc.source,
              source=doc.source, title=doc.title, date=doc.date, url=doc.url)
    for ent in ex.entities:
        _add_node(G, ent.id, labels=entity_label(ent.type), name=ent.name, label=ent.name, type=ent.type,
                  aliases=list(ent.aliases), mentions=len(ent.mentions), documents=[doc.id],
                  description=ent.description)
        _add_edge(G, doc.id, ent.id, "MENTIONS", f"MENTIONS:{doc.id}:{ent.id}", doc_id=doc.id,
                  count=len(ent.mentions))
    for q in ex.quotes:
        _add_quote(G, ex, q)
    for r in ex.relations:
        extra = {"role": r.role, "cue": r.cue, "event": r.event}
        label = r.predicate if r.role is None else f"{r.predicate}: {r.role}"
        key = f"{r.predicate}:{doc.id}:{r.evidence.start}:{r.evidence.end}"
        _add_edge(G, r.subject, r.object, r.predicate, key, label=label, evidence=r.evidence.text,
                  doc_id=doc.id, start=r.evidence.start, end=r.evidence.end, confidence=r.confidence,
                  date=doc.date, **extra)


def _add_quote(G: nx.MultiDiGraph, ex: Extraction, q: Quote) -> None:
    doc = ex.document
    _add_node(G, q.id, labels=QUOTE_LABEL, name=_short(q.text), label=_short(q.text), text=q.text,
              kind=q.kind, cue=q.cue.lemma if q.cue else None, cue_text=q.cue.text if q.cue else None,
              confidence=q.confidence, doc_id=doc.id, start=q.start, end=max(c.end for c in q.contents),
              source_text=q.sources[0].text if q.sources else None,
              speaker=q.speaker.name if q.speaker else None, date=doc.date,
              # the speaker's own words in a mixed quote, in text order (None keeps the key off others)
              fragments=[f.text for f in q.fragments] or None)
    _add_edge(G, q.id, doc.id, "IN_DOCUMENT", f"IN_DOCUMENT:{q.id}", doc_id=doc.id)
    prov = {"doc_id": doc.id, "start": q.start, "confidence": q.confidence, "date": doc.date}
    for ref, rel, forward in ((q.speaker, "SAID", False), (q.addressee, "ADDRESSED_TO", True),
                              (q.reported_by, "REPORTED", False)):
        if ref is None:
            continue
        # Quotes may point at entities only they know of; either way the entity is in this document.
        _add_node(G, ref.id, labels=entity_label(ref.type), name=ref.name, label=ref.name,
                  type=ref.type, aliases=[], mentions=0, documents=[doc.id])
        u, v = (q.id, ref.id) if forward else (ref.id, q.id)
        _add_edge(G, u, v, rel, f"{rel}:{q.id}", cue=q.cue.lemma if q.cue and rel == "SAID" else None, **prov)


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def save_graph(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Save the graph as node-link JSON (lossless: lists stay lists), atomically."""
    data = nx.node_link_data(G, edges="edges")
    with atomic_write(path) as fh:
        json.dump(data, fh, ensure_ascii=False)


def load_graph(path: str | os.PathLike[str], *,
               progress: "Callable[[Iterable[Extraction]], Iterable[Extraction]] | None" = None) -> nx.MultiDiGraph:
    """Load any graph file quotegraph writes: extract JSONL (the graph is built from it), the
    node-link JSON of ``save_graph``/``export --format json``, or GraphML (``run``, ``export``).

    The kind is told by the content, not the file name. ``progress`` may wrap the stream of
    extractions read from JSONL (a progress bar).

    >>> G = load_graph("out/graph.graphml")  # doctest: +SKIP
    """
    from ..model import read_jsonl

    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8-sig") as fh:
            first = fh.readline()
            head = first.lstrip()[:1]
            if first.lstrip().lower().startswith(("<!doctype html", "<html")):
                # the page `run` and `view` write, given where the graph is read
                raise InputError(f"{name}: a web page (the view?), not a graph: give the quotes.jsonl "
                                 f"or graph.graphml that `quotegraph run` wrote")
            if head == "<":
                from .graphml import read_graphml

                if "<gexf" in first + fh.read(2048):
                    raise InputError(f"{name}: a GEXF file (written for Gephi, not read back): give the "
                                     f"quotes.jsonl or graph.graphml it was exported from")
                try:
                    return read_graphml(name)
                except nx.NetworkXError as exc:  # XML, but not GraphML
                    raise InputError(f"{name}: not a GraphML file ({exc})") from exc
            if head == "{":
                data = _graph_json(first, fh)
                if data is not None:
                    edges = "edges" if "edges" in data else "links"
                    G = nx.node_link_graph(data, directed=True, multigraph=True, edges=edges)
                    # the file's own "multigraph": false (an actor graph, `export --actors`) wins
                    # over the argument: every reader expects the MultiDiGraph
                    return G if isinstance(G, nx.MultiDiGraph) else nx.MultiDiGraph(G)
            fh.seek(0)
            records: Iterable[Extraction] = read_jsonl(fh, name=name)
            return build_graph(progress(records) if progress is not None else records)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not a quotegraph graph or extract JSONL (not UTF-8 text: {exc.reason})") from exc
    except ValueError as exc:  # JSON, GraphML (ElementTree's ParseError is a SyntaxError: below)
        raise InputError(f"{name}: not a quotegraph graph or extract JSONL ({exc})") from exc
    except SyntaxError as exc:
        raise InputError(f"{name}: not valid GraphML ({exc})") from exc


def _graph_json(first: str, fh: Any) -> dict[str, Any] | None:
    """The node-link data if the file is one (one line, as ``save_graph`` writes, or pretty-printed)."""
    try:
        data = json.loads(first)
    except ValueError:
        if first.strip() != "{":
            return None  # JSONL with a malformed first line: read_jsonl names it, and reads the rest
        fh.seek(0)  # pretty-printed JSON: the graph is the whole file
        try:
            data = json.load(fh)
        except ValueError:
            return None
    if isinstance(data, dict) and "nodes" in data and ("edges" in data or "links" in data):
        return data
    return None
