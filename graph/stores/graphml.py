"""GraphML export that Gephi, Cytoscape and ``networkx.read_graphml`` open cleanly.

GraphML takes only strings, numbers and booleans, one type per attribute name, and no XML
control characters; this module makes any graph fit before writing, atomically. It writes the
XML itself, line by line (the same file ``networkx.write_graphml`` makes, a few times faster:
``bench/graph_scale.py``).
"""

from __future__ import annotations

import os
import re
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from ..fileio import atomic_write

# XML 1.0 forbids these; scraped news carries \x0b and friends, and lone surrogates break UTF-8.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
EDGE_KEY_ATTR = "key"  # an edge's own key, written only when its GraphML id had to differ from it
MAX_STRING = 32_000  # Gephi's table becomes unusable past this; the full text stays in the JSONL


def clean_string(value: str) -> str:
    """A string safe inside GraphML: no control characters, no lone surrogates, bounded length.

    >>> clean_string("a\\x0bb")
    'ab'
    """
    value = _BAD_XML.sub("", value)
    return value if len(value) <= MAX_STRING else value[: MAX_STRING - 1] + "…"


def _graphml_value(value: Any) -> Any:
    t = type(value)
    if t is str:  # by far the most common: checked first
        return clean_string(value)
    if t is bool or t is float:  # bool cannot be subclassed: other bools never get past here
        return value
    if isinstance(value, int):
        return int(value) if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return clean_string(str(value))
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return clean_string("|".join(str(v) for v in items))
    return clean_string(str(value))


def graphml_ready(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with every attribute a GraphML type and each attribute name one type.

    None values are dropped; lists are joined with ``|``; an attribute that holds numbers on
    some elements and strings on others becomes a string everywhere. Node ids and edge keys
    are unique in the whole file: those that clash (once cleaned, or an edge key used by two
    pairs of nodes) get a ``~2`` suffix, and such an edge keeps its own key in a ``key``
    attribute, so no node or edge is lost and ``read_graphml`` gets the graph back.
    """
    H = nx.MultiDiGraph()
    ids: dict[Any, str] = {}
    attrs_of = _Cleaner()
    for n, attrs in G.nodes(data=True):
        ids[n] = _unique(clean_string(str(n)), H)
        clean = attrs_of(attrs)
        attrs_of.defaults(clean, label=clean.get("name") or ids[n])
        attrs_of.defaults(clean, name=clean["label"])
        H.add_node(ids[n], **clean)
    edge_ids: set[str] = set()  # GraphML edge ids are unique in the whole file (Gephi keeps one edge per id)
    for u, v, k, attrs in G.edges(keys=True, data=True):
        clean = attrs_of(attrs)
        attrs_of.defaults(clean, label=clean_string(str(attrs.get("type", ""))))
        attrs_of.defaults(clean, interaction=clean["label"])
        key = clean_string(str(k))
        edge_id = _unique(key, edge_ids)
        edge_ids.add(edge_id)
        if edge_id != key:  # the same statement key on another pair (a meeting of three): keep it
            clean.pop(EDGE_KEY_ATTR, None)
            attrs_of.defaults(clean, **{EDGE_KEY_ATTR: key})
        H.add_edge(ids[u], ids[v], edge_id)
        H[ids[u]][ids[v]][edge_id].update(clean)  # not as keywords: `key` may be one of them
    attrs_of.unify_types([*H.nodes.values(), *(d for _, _, d in H.edges(data=True))])
    return H


def _unique(name: str, taken: Any) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}~{n}"
    return candidate


class _Cleaner:
    """Cleans attribute dicts one by one, noting the types each attribute name takes, so that
    ``unify_types`` can make them one type per name at the end without another full pass."""

    def __init__(self) -> None:
        self._names: dict[Any, str] = {}  # attribute names repeat: cleaned once each
        self._types: dict[str, set[type]] = {}

    def __call__(self, attrs: dict) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for k, v in attrs.items():
            if v is None:
                continue
            name = self._names.get(k)
            if name is None:
                name = self._names[k] = clean_string(str(k)) or "_"
            if name in clean:  # two names alike once cleaned
                name = _unique(name, clean)
            clean[name] = _graphml_value(v)
            self._note(name, clean[name])
        return clean

    def defaults(self, clean: dict[str, Any], **values: Any) -> None:
        """Set attributes an element lacks (its Gephi ``label``…), noting their types too."""
        for name, value in values.items():
            if name not in clean:
                clean[name] = value
                self._note(name, value)

    def _note(self, name: str, value: Any) -> None:
        kind = type(value)  # exactly bool, int, float or str
        seen = self._types.get(name)
        if seen is None:
            self._types[name] = {kind}
        elif kind not in seen:
            seen.add(kind)

    def unify_types(self, items: list[dict[str, Any]]) -> None:
        mixed = {k for k, ts in self._types.items() if len({float if t is int else t for t in ts}) > 1}
        # ints and floats under one name would make two keys; floats hold both
        to_float = {k for k, ts in self._types.items() if ts == {int, float}}
        if not mixed and not to_float:
            return
        for d in items:
            for k in mixed & d.keys():
                d[k] = str(d[k])
            for k in to_float & d.keys():
                d[k] = float(d[k])


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as GraphML to ``path``, whole or not at all.

    >>> import networkx as nx, tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> G = nx.MultiDiGraph(); G.add_node("a", name="A\\x0b", tags=["x", "y"], note=None)
    >>> write_graphml(G, p); nx.read_graphml(p).nodes["a"]["tags"]
    'x|y'
    """
    H = graphml_ready(G)
    with atomic_write(path, "w", encoding="utf-8") as fh:
        _write_xml(H, fh)


def _xml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    return "long" if isinstance(value, int) else "double" if isinstance(value, float) else "string"


_HEADER = ("<?xml version='1.0' encoding='utf-8'?>\n"
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')


def _write_xml(H: nx.MultiDiGraph, fh: IO[str]) -> None:
    """``H`` (made ready by ``graphml_ready``) as GraphML: keys named after the attributes,
    one per attribute and element kind, then nodes and edges, one per line."""
    keys: dict[tuple[str, str], str] = {}
    for scope, items in (("node", (d for _, d in H.nodes(data=True))),
                         ("edge", (d for *_, d in H.edges(keys=True, data=True)))):
        for d in items:
            for k, v in d.items():
                if (scope, k) not in keys:
                    keys[(scope, k)] = _xml_type(v)
    # Key ids are unique in the file and valid NMTOKENs whatever the attribute names: a node
    # attribute and an edge attribute of the same name get two keys (n0, e0, ... as yEd names them).
    key_ids: dict[str, dict[str, str]] = {"node": {}, "edge": {}}
    fh.write(_HEADER)
    for (scope, name), xml_type in keys.items():
        key_id = key_ids[scope][name] = f"{scope[0]}{len(key_ids[scope])}"
        fh.write(f'<key id="{key_id}" for="{scope}" attr.name={quoteattr(name)} attr.type="{xml_type}"/>\n')
    fh.write('<graph edgedefault="directed">\n')
    node_tags = {name: f'<data key="{key_id}">' for name, key_id in key_ids["node"].items()}
    tags = {name: f'<data key="{key_id}">' for name, key_id in key_ids["edge"].items()}
    lines: list[str] = []
    for n, d in H.nodes(data=True):
        lines.append(f"<node id={quoteattr(str(n))}>{_data(d, node_tags)}</node>\n")
        if len(lines) >= 1000:
            fh.write("".join(lines))
            lines.clear()
    for u, v, k, d in H.edges(keys=True, data=True):
        lines.append(f"<edge source={quoteattr(str(u))} target={quoteattr(str(v))} id={quoteattr(str(k))}>"
                     f"{_data(d, tags)}</edge>\n")
        if len(lines) >= 1000:
            fh.write("".join(lines))
            lines.clear()
    fh.write("".join(lines))
    fh.write("</graph>\n</graphml>\n")


def _data(attrs: dict[str, Any], tags: dict[str, str]) -> str:
    return "".join(f"{tags[k]}{_text(v)}</data>" for k, v in attrs.items())


def _text(value: Any) -> str:
    if isinstance(value, str):
        if "&" in value or "<" in value or ">" in value or "\r" in value:
            return escape(value, {"\r": "&#13;"})  # a bare CR would be read back as a newline
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# Node attributes that are lists in the model and ``a|b`` strings in GraphML.
_LIST_ATTRS = ("aliases", "documents")


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a GraphML file that quotegraph wrote back into the model's MultiDiGraph.

    Edge keys come back from the edge ids (or the ``key`` attribute where an id had to differ),
    and ``aliases``/``documents`` become lists again; what GraphML cannot hold (None values)
    stays absent. The Gephi/Cytoscape display attributes are kept, as ``build_graph`` sets them.
    """
    F = nx.read_graphml(os.fspath(path), force_multigraph=True)
    G = nx.MultiDiGraph()
    for n, d in F.nodes(data=True):
        for name in _LIST_ATTRS:
            if isinstance(d.get(name), str):
                d[name] = [x for x in d[name].split("|") if x]
        G.add_node(n, **d)
    for u, v, k, d in F.edges(keys=True, data=True):
        key = d.pop(EDGE_KEY_ATTR, None)
        G.add_edge(u, v, key=key if key is not None else k, **d)
    return G
