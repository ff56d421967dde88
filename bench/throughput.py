"""Throughput, measured side by side in one run on the same texts and the same model:

  (a) bare spaCy: ``nlp.pipe`` of the model as it ships (its default components)
  (b) quotegraph extract: parse + extraction + JSON line per document, 1 worker and 2 workers
  (c) textacy 0.13 ``direct_quotations``: the model's ``nlp.pipe`` + textacy, end to end

Each round runs (a), (b) with 1 worker, (b) with 2 workers and (c) back to back, so that a
machine slowed by others for a while slows all of them in that round; ratios are taken round by
round and their median reported (the ratio of the median rounds too). The 2-worker pool is
started (and its pipelines loaded) before timing: a long run pays that once (the startup is
printed too).

    python bench/throughput.py [CORPUS_DIR ...] [--repeat N] [--rounds R] [--model NAME]

``--batch-sweep`` instead times quotegraph's pipeline alone at several ``nlp.pipe`` batch sizes:
the figures behind the batch size the workers use (``graph/parallel.py``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import corpus_paths, documents, machine_note, table, words  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*")
    ap.add_argument("--repeat", type=int, default=4, help="repeat the corpus this many times (default 4)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default=None)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-textacy", action="store_true")
    ap.add_argument("--batch-sweep", action="store_true", help="time nlp.pipe at batch sizes 2-64 instead")
    args = ap.parse_args()
    if args.batch_sweep:
        return batch_sweep(args)

    import spacy

    from quotegraph import extract
    from quotegraph.model import dumps
    from quotegraph.parallel import ProcessExecutor, extract_scaled
    from quotegraph.pipeline import default_model, load_pipeline

    model = args.model or default_model()
    docs = documents(corpus_paths(args.corpus)) * args.repeat
    texts = [d.text for d in docs]
    n_words = words(texts)
    bare = spacy.load(model)            # the model as it ships: what "bare nlp.pipe" means
    load_pipeline(model)                # quotegraph's, loaded before timing like the bare one
    textacy_quotes = None
    if not args.no_textacy:
        try:
            from textacy.extract.triples import direct_quotations as textacy_quotes
        except ImportError:
            print("textacy is not installed: (c) skipped (pip install 'quotegraph[bench]')", file=sys.stderr)
    warm = texts[:3]
    list(bare.pipe(warm))
    list(extract(docs[:3], model=model))

    def run_bare() -> None:
        for _ in bare.pipe(texts):
            pass

    def run_extract() -> None:
        for ex in extract(docs, model=model):
            dumps(ex)

    def run_textacy() -> None:
        for doc in bare.pipe(texts):
            try:
                list(textacy_quotes(doc))
            except Exception:  # textacy trips on some documents; time it anyway
                pass

    def timed(fn) -> float:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0

    t0 = time.perf_counter()
    pool = ProcessExecutor(args.workers, model=model)
    list(extract_scaled(docs[:args.workers * 2], executor=pool, batch_docs=1))  # every worker loaded
    startup = time.perf_counter() - t0
    w = f"extract{args.workers}"

    def run_workers() -> None:
        for ex in extract_scaled(docs, executor=pool):
            dumps(ex)

    # Every round runs each contender once, back to back, so that a machine slowed by others
    # for a while slows all of them in that round: the ratios are taken round by round.
    times: dict[str, list[float]] = {"bare": [], "extract1": [], w: [], "textacy": []}
    try:
        for r in range(args.rounds):
            times["bare"].append(timed(run_bare))
            times["extract1"].append(timed(run_extract))
            times[w].append(timed(run_workers))
            if textacy_quotes is not None:
                times["textacy"].append(timed(run_textacy))
            print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f}s" for k, v in times.items() if v),
                  file=sys.stderr)
    finally:
        pool.close()

    med = {k: statistics.median(v) for k, v in times.items() if v}
    wps = {k: n_words / v for k, v in med.items()}

    def ratio(k: str, base: str) -> float:
        """The median over rounds of (words/s of k) / (words/s of base) in the same round."""
        return statistics.median(b / a for a, b in zip(times[k], times[base]))

    labels = [("bare", "(a) bare nlp.pipe, model as shipped"), ("extract1", "(b) quotegraph extract, 1 worker"),
              (w, f"(b) quotegraph extract, {args.workers} workers"),
              ("textacy", "(c) textacy 0.13 direct_quotations, end to end")]
    rows = [[label, f"{wps[k]:,.0f}", f"{wps[k] / wps['bare']:.2f}", f"{ratio(k, 'bare'):.2f}"]
            for k, label in labels if k in wps]
    print(f"\n### Throughput: {len(docs)} documents, {n_words:,} words, model {model}, "
          f"{args.rounds} rounds\n")
    print(table(["run", "words/s (median round)", "÷ bare (medians)", "÷ bare (median of per-round ratios)"], rows))
    print(f"\n{args.workers} workers ÷ 1 worker: {ratio(w, 'extract1'):.2f}× (median of per-round ratios), "
          f"{wps[w] / wps['extract1']:.2f}× (ratio of medians); pool startup {startup:.1f}s, paid once per run.")
    print(f"Machine: {machine_note()}")


def batch_sweep(args: argparse.Namespace) -> None:
    """Words/s of quotegraph's pipeline (parse only) by ``nlp.pipe`` batch size, sizes interleaved
    in every round so that a busy machine slows them alike."""
    from quotegraph.pipeline import default_model, load_pipeline

    model = args.model or default_model()
    texts = [d.text for d in documents(corpus_paths(args.corpus))] * args.repeat
    n_words = words(texts)
    nlp = load_pipeline(model)
    list(nlp.pipe(texts[:16]))
    sizes = [2, 4, 8, 16, 32, 64]
    times: dict[int, list[float]] = {b: [] for b in sizes}
    for r in range(args.rounds):
        for b in sizes:
            t0 = time.perf_counter()
            for _ in nlp.pipe(texts, batch_size=b):
                pass
            times[b].append(time.perf_counter() - t0)
        print(f"round {r + 1} done", file=sys.stderr)
    best = max(n_words / statistics.median(v) for v in times.values())
    rows = [[str(b), f"{n_words / statistics.median(v):,.0f}", f"{n_words / statistics.median(v) / best:.2f}"]
            for b, v in times.items()]
    print(f"\n### nlp.pipe batch size: {len(texts)} documents, {n_words:,} words, model {model}, "
          f"median of {args.rounds} rounds\n")
    print(table(["batch size", "words/s", "÷ best"], rows))
    print(f"Machine: {machine_note()}")


if __name__ == "__main__":
    main()
