"""The actor graph: actors only, one weighted edge per pair, for layouts (Gephi, Cytoscape) and
for the communities every store answers ``communities`` from.

An edge ``u → v`` stands for every statement from u to v: relations (ROLE, SPEAKS_FOR,
COMMUNICATED_WITH, ALLY_OF, MEMBER_OF, ADVERSARY_OF), quotes u addressed to v (SAID_TO) and
quotes of v that outlet u carried (REPORTED); ``weight`` is how many. Communities are Louvain
communities (networkx) of the undirected version, computed on a graph built in sorted order with
a fixed seed, so the same graph gets the same communities on every run and machine.

>>> import networkx as nx
>>> add_communities(nx.MultiDiGraph())
0
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from typing import Iterable, Iterator
import networkx as nx

from ..schema import ENTITY_LABELS, ENTITY_RELS, QUOTE_LABEL

__all__ = ["actor_projection", "actor_statements", "add_communities", "community_numbers", "write_gexf", "as_multigraph", "TYPE_COLOURS", "with_viz"]

_ACTORS = frozenset(ENTITY_LABELS.values())
LOUVAIN_SEED = 42
# One colour per actor type (Gephi shows viz colours; ColorBrewer's Set1, readable on white).
TYPE_COLOURS = {"person": (228, 26, 28), "organization": (55, 126, 184), "country": (77, 175, 74),
                "media": (152, 78, 163), "group": (255, 127, 0)}


def actor_statements(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, str]]:
    """(from actor, to actor, kind) for every statement between two actors of ``G``: the
    relation types, SAID_TO (a quote addressed) and REPORTED (an outlet carried a quote)."""
    speaker: dict[str, str] = {}
    for u, v, d in G.edges(data=True):
        if d.get("type") == "SAID" and G.nodes[v].get("labels") == QUOTE_LABEL:
            speaker[v] = u
    actor = lambda n: G.nodes[n].get("labels") in _ACTORS  # noqa: E731
    for u, v, d in G.edges(data=True):
        t = d.get("type")
        if t in ENTITY_RELS and actor(u) and actor(v) and u != v:
            yield u, v, t
        elif t == "ADDRESSED_TO" and u in speaker and actor(v) and speaker[u] != v:
            yield speaker[u], v, "SAID_TO"
        elif t == "REPORTED" and v in speaker and actor(u) and speaker[v] != u:
            # "…, the Herald reported": the outlet is the speaker too, and no statement
            # between two actors (a self-loop in Gephi)
            yield u, speaker[v], "REPORTED"


def actor_projection(G: nx.MultiDiGraph) -> nx.DiGraph:
    """Actors and one weighted edge per ordered pair (``weight``, ``relations``: the types, ``|``-joined)."""
    H = nx.DiGraph()
    quotes_of: Counter[str] = Counter()
    for u, v, d in G.edges(data=True):
        if d.get("type") == "SAID" and G.nodes[v].get("labels") == QUOTE_LABEL:
            quotes_of[u] += 1
    for n in sorted(G.nodes, key=str):
        d = G.nodes[n]
        if d.get("labels") in _ACTORS:
            H.add_node(n, name=d.get("name"), label=d.get("name") or str(n), type=d.get("type"),
                       labels=d.get("labels"), mentions=d.get("mentions") or 0, quotes=quotes_of[n],
                       **({"community": d["community"]} if d.get("community") is not None else {}))
    weights: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for u, v, kind in actor_statements(G):
        weights[(u, v)][kind] += 1
    for (u, v) in sorted(weights, key=lambda p: (str(p[0]), str(p[1]))):
        kinds = weights[(u, v)]
        H.add_edge(u, v, weight=sum(kinds.values()), relations="|".join(sorted(kinds)),
                   label=", ".join(f"{k} ×{n}" if n > 1 else k for k, n in sorted(kinds.items())))
    return H


def community_numbers(actors: Iterable[str], statements: Iterable[tuple[str, str, str]]) -> dict[str, int]:
    """Louvain communities of the undirected actor graph, weighted by statements: actor id →
    community number, 1 = the largest (ties: the smallest member id first). The same actors and
    statements give the same numbers whatever order they come in: both stores rely on it."""
    weight: Counter[tuple[str, str]] = Counter()
    for u, v, _ in statements:
        if u != v:
            weight[(min(u, v), max(u, v))] += 1
    U = nx.Graph()
    U.add_nodes_from(sorted(set(actors) | {n for pair in weight for n in pair}))
    U.add_weighted_edges_from((u, v, w) for (u, v), w in sorted(weight.items()))
    if not U:
        return {}
    found = nx.community.louvain_communities(U, weight="weight", seed=LOUVAIN_SEED)
    ordered = sorted(found, key=lambda c: (-len(c), min(c)))
    return {n: number for number, members in enumerate(ordered, 1) for n in members}


def add_communities(G: nx.MultiDiGraph) -> int:
    """Set ``community`` (1 = the largest) on every actor of ``G``; return how many communities.

    An actor with no statement to or from another is a community of its own.
    """
    actors = [str(n) for n, d in G.nodes(data=True) if d.get("labels") in _ACTORS]
    numbers = community_numbers(actors, ((str(u), str(v), k) for u, v, k in actor_statements(G)))
    for n, number in numbers.items():
        G.nodes[n]["community"] = number
    return len(set(numbers.values()))


def with_viz(P: nx.DiGraph, colour_by: str = "type") -> nx.DiGraph:
    """A copy with GEXF ``viz`` attributes: colour by actor type (or community), size by quotes."""
    H = P.copy()
    palette = list(TYPE_COLOURS.values()) + [(166, 86, 40), (247, 129, 191), (153, 153, 153), (0, 128, 128)]
    for n, d in H.nodes(data=True):
        if colour_by == "community" and d.get("community") is not None:
            r, g, b = palette[(int(d["community"]) - 1) % len(palette)]
        else:
            r, g, b = TYPE_COLOURS.get(d.get("type") or "", (153, 153, 153))
        d["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": 4.0 + 2.0 * float(d.get("quotes") or 0) ** 0.5}
    for _, _, d in H.edges(data=True):
        d["viz"] = {"thickness": float(d["weight"])}
    return H



def write_gexf(P: nx.DiGraph, path: str | os.PathLike[str], colour_by: str = "type") -> None:
    """The actor graph ``P`` (``actor_projection``) as GEXF 1.2 with viz colours and sizes,
    through networkx's writer, whole or not at all."""
    from ..fileio import atomic_write

    H = with_viz(P, colour_by)
    for _, d in H.nodes(data=True):  # GEXF has no null: absent attributes stay absent
        for k in [k for k, v in d.items() if v is None]:
            del d[k]
    with atomic_write(path, "wb") as fh:
        nx.write_gexf(H, fh, version="1.2draft")


def as_multigraph(P: nx.DiGraph) -> nx.MultiDiGraph:
    """``P`` as the MultiDiGraph the GraphML writer takes; each edge keyed ``u->v`` (unique)."""
    M = nx.MultiDiGraph()
    M.add_nodes_from(P.nodes(data=True))
    for u, v, d in P.edges(data=True):
        M.add_edge(u, v, key=f"{u}->{v}", **d)
    return M
