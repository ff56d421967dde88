"""The interactive view of 1,000 synthetic articles: how big the page is, how long it takes to
write, and how long a real headless Chromium takes to open it and draw the graph (offline).

    python bench/view_scale.py [--articles 1000] [--rounds 3] [--screenshot view-1000.png]

The articles are generated (the real model classes, with offsets into a generated text): about
ten quotes each, 2,000 people quoted with a long-tailed frequency, 200 organisations, 120
countries, 60 outlets, relations of every kind, dates over two years. The browser is Debian's
``chromium`` driven by Playwright (``pip install -e '.[test]'``), with every request that would
leave the machine refused. "Loaded" is the moment the page says the first layout is done
(``document.body.dataset.ready``), measured by this script from the call that opens the page
and by the page's own clock from the start of navigation.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from _common import TempDir, machine_note, table  # noqa: E402

VERBS = ["said", "told", "warned", "insisted", "added"]
WORDS = ("talks deal border quota fishing rights trade sanctions ceasefire envoy summit water river "
         "pipeline tariffs grain port treaty vote aid troops election delegation draft proposal").split()
DAYS = ["on Monday", "on Tuesday", "late on Friday", "in a statement", "at a briefing"]


def synthetic(n_articles: int, per_doc: int = 10, seed: int = 11):
    """Extractions of generated articles: text, quotes, entities and relations with true offsets."""
    from quotegraph.model import Cue, Document, Entity, Extraction, Quote, Relation, Span, stable_id

    rng = random.Random(seed)
    first = ["Ana", "Boris", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena",
             "Mika", "Nia", "Omar", "Pia", "Rui", "Sara", "Tomas", "Uma", "Vera", "Wen", "Yusuf", "Zora"]
    last = ["Berg", "Costa", "Dale", "Eriksen", "Fox", "Grau", "Holm", "Ito", "Jensen", "Kaur", "Lund", "Mora",
            "Nagy", "Okafor", "Park", "Quist", "Ruiz", "Sato", "Toth", "Ueda", "Vidal", "Weiss", "Yilmaz", "Zhou"]
    names = sorted({f"{f} {l}" for f in first for l in last})
    rng.shuffle(names)
    people = [Entity(stable_id("per", n), n, "person", (n.split()[-1],)) for n in names[:2000]]
    orgs = [Entity(stable_id("org", f"o{i}"), f"Council of {rng.choice(WORDS).title()} {i}", "organization")
            for i in range(200)]
    countries = [Entity(stable_id("cou", f"c{i}"), f"Country {i}", "country") for i in range(120)]
    media = [Entity(stable_id("med", f"m{i}"), f"The {rng.choice(WORDS).title()} Times {i}", "media")
             for i in range(60)]
    weights = [1 / (i + 1) ** 0.9 for i in range(len(people))]  # a few actors are quoted very often
    for d in range(n_articles):
        speakers = list({p.id: p for p in rng.choices(people, weights, k=5)}.values())
        org, country, other, outlet = rng.choice(orgs), rng.choice(countries), rng.choice(countries), rng.choice(media)
        text, quotes = f"Article {d}: {rng.choice(WORDS)} {rng.choice(WORDS)}\n\n", []
        for q in range(per_doc):
            who, to = rng.choice(speakers), rng.choice(speakers)
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))).capitalize()
            verb = rng.choice(VERBS)
            start = len(text) + 1
            text += f"“{words},” "
            content = Span(start, start + len(words) + 1, text[start:start + len(words) + 1])
            src = Span(len(text), len(text) + len(who.name), who.name)
            text += who.name + " "
            cue = Span(len(text), len(text) + len(verb), verb)
            text += f"{verb} {to.name} {rng.choice(DAYS)}, according to {outlet.name}.\n"
            quotes.append(Quote(stable_id("q", str(d), str(q)), "direct", (content,),
                                Cue(cue.start, cue.end, cue.text, "say"), (src,), who.ref,
                                to.ref if to is not who else None, outlet.ref, round(rng.uniform(0.4, 0.99), 3)))
        relations = []
        for pred, a, b, extra in (("COMMUNICATED_WITH", speakers[0], speakers[-1], {"cue": "call"}),
                                  ("ROLE", speakers[0], org, {"role": "envoy"}),
                                  ("SPEAKS_FOR", speakers[-1], country, {}),
                                  ("MEMBER_OF", country, org, {}),
                                  ("ALLY_OF" if rng.random() < 0.6 else "ADVERSARY_OF", country, other, {})):
            if a.id == b.id:
                continue
            sent = f"{a.name} and {b.name} ({pred.lower().replace('_', ' ')}).\n"
            relations.append(Relation(a.id, pred, b.id, Span(len(text), len(text) + len(sent) - 1, sent[:-1]),
                                      0.8, **extra))
            text += sent
        date = f"{2024 + d * 2 // n_articles}-{1 + d % 12:02d}-{1 + d % 28:02d}"
        ents = tuple({e.id: e for e in [*speakers, org, country, other, outlet]}.values())
        yield Extraction(Document(text=text, source=f"synthetic/{d:05d}.txt", date=date, title=f"Article {d}"),
                         tuple(quotes), ents, tuple(relations))


def load_seconds(path: Path, screenshot: Path | None = None) -> tuple[float, int, list[str], float, str]:
    """Seconds from navigation to the first finished layout, the actors drawn, requests that left the page."""
    from browser import offline_page

    with offline_page() as op:
        t0 = time.perf_counter()
        op.page.goto(path.resolve().as_uri())
        op.page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=60_000)
        wall = time.perf_counter() - t0
        drawn = op.page.evaluate("Object.keys(quotegraph.network.getPositions()).length")
        counts = op.page.inner_text("#qg-counts")  # what the page says it shows
        # the page's own clock, from the start of navigation to the first layout done
        in_page = op.page.evaluate("performance.getEntriesByName('qg-ready')[0].startTime") / 1000
        if screenshot is not None:
            op.page.screenshot(path=str(screenshot))
        if op.errors:
            raise SystemExit(f"the page reported errors: {op.errors}")
        return wall, drawn, op.outside(), in_page, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--screenshot", type=Path, default=None, help="save a screenshot of the loaded view here")
    args = ap.parse_args()
    from browser import why_no_browser

    from quotegraph import build_graph, view_sentences, write_view

    reason = why_no_browser()
    if reason:
        sys.exit(f"view_scale: cannot run: {reason}")
    extractions = list(synthetic(args.articles))
    G = build_graph(extractions, merge_people=False)
    with TempDir() as tmp:
        t0 = time.perf_counter()
        sentences = view_sentences(extractions)
        t1 = time.perf_counter()
        path = write_view(G, tmp / "graph.html", sentences, title=f"{args.articles:,} synthetic articles")
        t2 = time.perf_counter()
        size = path.stat().st_size / 2**20
        runs = [load_seconds(path, args.screenshot if i == 0 else None) for i in range(args.rounds)]
    loads = [r[0] for r in runs]
    leaks = sorted({u for r in runs for u in r[2]})
    n_quotes = sum(len(ex.quotes) for ex in extractions)
    actors = sum(1 for _, d in G.nodes(data=True) if d.get("labels") in ("Person", "Organization", "Country", "Media"))
    print(f"\n### The view of {args.articles:,} synthetic articles ({n_quotes:,} quotes, {actors:,} actors)\n")
    print(table(["measure", "figure"], [
        ["graph.html size", f"{size:.1f} MiB"],
        ["find the sentence of every quote and relation (`view_sentences`)", f"{t1 - t0:.1f} s"],
        ["write the page (`write_view`)", f"{t2 - t1:.1f} s"],
        [f"open in headless Chromium until drawn (median of {args.rounds})", f"{statistics.median(loads):.2f} s "
         f"(min {min(loads):.2f}, max {max(loads):.2f})"],
        [f"the same, by the page's clock (navigation start to drawn; median of {args.rounds})",
         f"{statistics.median(r[3] for r in runs):.2f} s"],
        ["actors drawn at first (top N)", f"{runs[0][1]}"],
        ["what the page says it shows", runs[0][4]],
        ["requests that left the page", f"{len(leaks)}"],
    ]))
    print(f"Machine: {machine_note()}")
    if leaks:
        raise SystemExit(f"the page tried to reach: {leaks}")


if __name__ == "__main__":
    main()
