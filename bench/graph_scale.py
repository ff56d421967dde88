"""Graph build, GraphML export and neo4j-admin import CSV export for a synthetic corpus of
100,000 quotes (10,000 documents × 10 quotes, 5,000 people, 300 organisations, 150
countries, relations between them), built with the real model classes.

    python bench/graph_scale.py [--quotes 100000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import TempDir, machine_note, table  # noqa: E402


def synthetic(n_quotes: int, per_doc: int = 10, seed: int = 7):
    from quotegraph.model import Cue, Document, Entity, Extraction, Quote, Relation, Span, stable_id

    rng = random.Random(seed)
    people = [Entity(stable_id("per", f"p{i}"), f"Person {i}", "person", (f"P. {i}",)) for i in range(5000)]
    orgs = [Entity(stable_id("org", f"o{i}"), f"Organisation {i}", "organization") for i in range(300)]
    countries = [Entity(stable_id("cou", f"c{i}"), f"Country {i}", "country") for i in range(150)]
    media = [Entity(stable_id("med", f"m{i}"), f"Outlet {i}", "media") for i in range(40)]
    sentence = "“We will keep talking,” Person said to Person on Monday, according to the Outlet. "
    for d in range(n_quotes // per_doc):
        text = sentence * per_doc
        doc = Document(text=text + f"[{d}]", source=f"synthetic/{d:06d}.txt", date="2025-01-01")
        speakers = rng.sample(people, 3)
        others = [rng.choice(orgs), rng.choice(countries), rng.choice(media)]
        quotes, relations = [], []
        step = len(sentence)
        for q in range(per_doc):
            s = q * step
            speaker = rng.choice(speakers)
            quotes.append(Quote(stable_id("q", doc.id, str(q)), "direct", (Span(s + 1, s + 24, text[s + 1:s + 24]),),
                                Cue(s + 33, s + 37, text[s + 33:s + 37], "say"), (Span(s + 26, s + 32, text[s + 26:s + 32]),),
                                speaker.ref, rng.choice(speakers).ref, others[2].ref, round(rng.random(), 3)))
        a, b = speakers[0], speakers[1]
        relations.append(Relation(a.id, "COMMUNICATED_WITH", b.id, Span(0, 20, text[:20]), 0.8, cue="talk"))
        relations.append(Relation(a.id, "ROLE", others[0].id, Span(20, 40, text[20:40]), 0.7, role="envoy"))
        relations.append(Relation(others[1].id, "ALLY_OF", countries[0].id, Span(40, 60, text[40:60]), 0.6))
        ents = tuple({e.id: e for e in [*speakers, *others, countries[0]]}.values())
        yield Extraction(doc, tuple(quotes), ents, tuple(relations))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quotes", type=int, default=100_000)
    args = ap.parse_args()
    from quotegraph import build_graph, write_graphml
    from quotegraph.stores.neo4j_import import write_neo4j_import
    from quotegraph.stores.projection import add_communities

    extractions = list(synthetic(args.quotes))
    t0 = time.perf_counter()
    G = build_graph([])
    for ex in extractions:  # as `quotegraph run` does: one document at a time
        build_graph([ex], G, merge_people=False, communities=False)
    add_communities(G)  # once at the end, as `run` does
    build = time.perf_counter() - t0
    with TempDir() as tmp:
        t0 = time.perf_counter()
        write_graphml(G, tmp / "g.graphml")
        graphml = time.perf_counter() - t0
        size = (tmp / "g.graphml").stat().st_size / 2**20
        t0 = time.perf_counter()
        write_neo4j_import(G, tmp / "neo4j")
        csv_time = time.perf_counter() - t0
    rows = [["build graph (incremental)", f"{build:.1f}"], ["write GraphML", f"{graphml:.1f}"],
            ["write neo4j-admin import CSV", f"{csv_time:.1f}"]]
    print(f"\n### Graph of {args.quotes:,} synthetic quotes: {G.number_of_nodes():,} nodes, "
          f"{G.number_of_edges():,} edges (GraphML {size:.0f} MiB)\n")
    print(table(["step", "seconds"], rows))
    print(f"Machine: {machine_note()}")


if __name__ == "__main__":
    main()
