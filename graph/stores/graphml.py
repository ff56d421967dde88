"""GraphML export that Gephi, Cytoscape and ``networkx.read_graphml`` open cleanly.

GraphML takes only strings, numbers and booleans, one type per attribute name, and no XML
control characters; this module makes any graph fit before writing, atomically.
"""

from __future__ import annotations

import os
import re
from typing import Any

import networkx as nx

from ..fileio import atomic_write

# XML 1.0 forbids these; scraped news carries \x0b and friends, and lone surrogates break UTF-8.
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
MAX_STRING = 32_000  # Gephi's table becomes unusable past this; the full text stays in the JSONL


def clean_string(value: str) -> str:
    """A string safe inside GraphML: no control characters, no lone surrogates, bounded length.

    >>> clean_string("a\\x0bb")
    'ab'
    """
    value = _BAD_XML.sub("", value)
    return value if len(value) <= MAX_STRING else value[: MAX_STRING - 1] + "…"


def _graphml_value(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, float):
        return value
    if isinstance(value, str):
        return clean_string(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return clean_string("|".join(str(v) for v in items))
    return clean_string(str(value))


def graphml_ready(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with every attribute a GraphML type and each attribute name one type.

    None values are dropped; lists are joined with ``|``; an attribute that holds numbers on
    some elements and strings on others becomes a string everywhere (nodes and edges share one
    key per name in the file). Ids and names that clash once cleaned get a ``~2`` suffix, so
    no node or edge is lost.
    """
    H = nx.MultiDiGraph()
    ids: dict[Any, str] = {}
    for n, attrs in G.nodes(data=True):
        ids[n] = _unique(clean_string(str(n)), H)
        clean = _attributes(attrs)
        clean.setdefault("label", clean.get("name") or ids[n])
        clean.setdefault("name", clean["label"])
        H.add_node(ids[n], **clean)
    for u, v, k, attrs in G.edges(keys=True, data=True):
        clean = _attributes(attrs)
        clean.setdefault("label", clean_string(str(attrs.get("type", ""))))
        clean.setdefault("interaction", clean["label"])
        taken = H.get_edge_data(ids[u], ids[v]) or {}
        H.add_edge(ids[u], ids[v], key=_unique(clean_string(str(k)), taken), **clean)
    _unify_types([*H.nodes.values(), *(d for _, _, d in H.edges(data=True))])
    return H


def _unique(name: str, taken: Any) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}~{n}"
    return candidate


def _attributes(attrs: dict) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for k, v in attrs.items():
        if v is not None:
            clean[_unique(clean_string(str(k)) or "_", clean)] = _graphml_value(v)
    return clean


def _unify_types(items: list[dict[str, Any]]) -> None:
    kinds: dict[str, set[type]] = {}
    for d in items:
        for k, v in d.items():
            kinds.setdefault(k, set()).add(float if isinstance(v, int) and not isinstance(v, bool) else type(v))
    mixed = {k for k, ts in kinds.items() if len(ts) > 1}
    ints = {k for k, ts in kinds.items() if ts == {float}}
    # found once, not once per element (that made the export quadratic in the graph's size)
    with_floats = {k for d in items for k, v in d.items() if k in ints and isinstance(v, float)}
    for d in items:
        for k in mixed & d.keys():
            d[k] = str(d[k])
        for k in with_floats & d.keys():
            # ints and floats under one name would make two keys; floats hold both
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
    with atomic_write(path, "wb", encoding=None) as fh:
        nx.write_graphml(H, fh, encoding="utf-8", prettyprint=True, named_key_ids=True)
