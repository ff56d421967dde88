"""Bolt load rate: nodes and relationships per second for a synthetic graph, through the
batched loader ``quotegraph.stores.neo4j_store.Neo4jStore.load_graph``.

Against Neo4j (the figure that matters):

    NEO4J_URI=neo4j://localhost:7687 NEO4J_USERNAME=neo4j NEO4J_PASSWORD=… \\
        python bench/load_rate.py [--quotes 10000] [--batch-size 1000]

Without a Neo4j server, ``--local`` loads into the ArcadeDB Bolt server quotegraph's tests use
(``graph/bolt_server.py``): a check that the path works, not a Neo4j figure. With neither it
prints why it skipped. Compare with ``export --format neo4j-import`` (bench/graph_scale.py).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine_note, table  # noqa: E402
from graph_scale import synthetic  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quotes", type=int, default=10_000)
    ap.add_argument("--batch-size", type=int, default=1000)
    ap.add_argument("--local", action="store_true", help="no Neo4j: load into the local ArcadeDB Bolt server")
    args = ap.parse_args()
    try:
        from quotegraph.stores.neo4j_store import Neo4jStore
    except ImportError as exc:
        print(f"skipped: no Bolt loader in this tree ({exc})")
        return
    from quotegraph import build_graph

    with contextlib.ExitStack() as stack:
        if os.environ.get("NEO4J_URI"):
            store = stack.enter_context(Neo4jStore.from_env())
            where = f"Neo4j at {os.environ['NEO4J_URI']}"
        elif args.local:
            from quotegraph.bolt_server import LocalBoltServer

            server = stack.enter_context(LocalBoltServer(Path(stack.enter_context(tempfile.TemporaryDirectory()))))
            store = stack.enter_context(Neo4jStore(server.uri, server.user, server.password, server.database))
            where = "the local ArcadeDB Bolt server (not Neo4j)"
        else:
            print("skipped: set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD to a Neo4j server "
                  "(or pass --local for the ArcadeDB stand-in)")
            return
        G = build_graph(synthetic(args.quotes))
        stats = store.load_graph(G, batch_size=args.batch_size)
    rows = [[f"{stats.nodes:,}", f"{stats.relationships:,}", stats.batches, f"{stats.seconds:.1f}",
             f"{(stats.nodes + stats.relationships) / stats.seconds:,.0f}"]]
    print(f"\n### Bolt load of {args.quotes:,} synthetic quotes into {where}, batches of {args.batch_size}\n")
    print(table(["nodes", "relationships", "transactions", "seconds", "rows/s"], rows))
    print(f"Machine: {machine_note()}")


if __name__ == "__main__":
    main()
