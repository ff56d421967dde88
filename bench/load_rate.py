"""Bolt load rate into Neo4j: relationships per second for a synthetic graph, through
``graph.stores.neo4j_store`` (skipped when that module or a server is not there).

    NEO4J_URI=neo4j://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=… \\
        PYTHONPATH=. python bench/load_rate.py [--quotes 10000]

Compare with ``quotegraph export --format neo4j-import`` (bench/graph_scale.py) for big graphs.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine_note, table  # noqa: E402
from graph_scale import synthetic  # noqa: E402


def _loader():
    """The Bolt loader's entry point: the first of these names the store module has.
    (The lead wires this to the final API of graph/stores/neo4j_store.py.)"""
    mod = importlib.import_module("graph.stores.neo4j_store")
    for name in ("load_extractions", "load_graph", "write_graph", "load"):
        fn = getattr(mod, name, None)
        if callable(fn):
            return name, fn
    raise AttributeError(f"graph.stores.neo4j_store has none of the expected loader functions: {dir(mod)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quotes", type=int, default=10_000)
    args = ap.parse_args()
    try:
        name, load = _loader()
    except (ImportError, AttributeError) as exc:
        print(f"skipped: no Bolt loader ({exc})")
        return
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        print("skipped: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to a Neo4j server to load into")
        return
    from graph import build_graph

    extractions = list(synthetic(args.quotes))
    G = build_graph(extractions)
    auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    t0 = time.perf_counter()
    load(extractions if name == "load_extractions" else G, uri, auth=auth)
    took = time.perf_counter() - t0
    print(f"\n### Bolt load of {args.quotes:,} synthetic quotes into {uri}\n")
    print(table(["nodes", "relationships", "seconds", "relationships/s"],
                [[G.number_of_nodes(), G.number_of_edges(), f"{took:.1f}", f"{G.number_of_edges() / took:,.0f}"]]))
    print(f"Machine: {machine_note()}")


if __name__ == "__main__":
    main()
