#!/usr/bin/env python3
"""Attribution quality: quotegraph against textacy on a gold set, scored by the same scorer.

Runs ``quotegraph extract`` over every article of a gold set in the polnear-dev.jsonl format,
scores it with ``score_quotes.py`` (the shared scorer, run as a subprocess), does the same for
textacy's ``direct_quotations`` on the same articles parsed by the same spaCy model (its
speaker, cue and content tokens turned into spec JSONL), prints both side by side, then the
precision of quotegraph's units by confidence band, and relation precision/recall per predicate.

usage (from the repository root):
  python bench/quality.py                       # ../shared/benchmarks/polnear-dev.jsonl
  python bench/quality.py --gold GOLD.jsonl --scorer score_quotes.py --show 20 --no-textacy
  python bench/quality.py --json                # the figures as one JSON object

textacy is a bench-only extra: ``pip install 'quotegraph[bench]'``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", REPO.parent / "shared"))
DEFAULT_GOLD = SHARED / "benchmarks" / "polnear-dev.jsonl"
DEFAULT_SCORER = SHARED / "eval" / "score_quotes.py"
BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))
ROWS = (("all", "all units"), ("all_e2e", "all units, with speaker"), ("direct", "direct units"),
        ("direct_e2e", "direct units, with speaker"))


def load_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_inputs(gold: list[dict], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in gold:
        (folder / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8")


def run_quotegraph(inputs: Path, out: Path, model: str | None) -> None:
    cmd = [sys.executable, "-m", "quotegraph", "extract", str(inputs), "-o", str(out), "-q"]
    if model:
        cmd += ["--model", model]
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"quotegraph extract failed ({proc.returncode}):\n{proc.stderr[-3000:]}")


def run_textacy(gold: list[dict], out: Path, model: str | None) -> int:
    """textacy's direct quotations as spec JSONL; returns how many documents it failed on
    (it raises on an odd number of quotation marks: those documents get no quotes)."""
    from textacy.extract.triples import direct_quotations

    sys.path.insert(0, str(REPO))
    from quotegraph.pipeline import load_pipeline

    nlp = load_pipeline(model)
    failed = 0
    with open(out, "w", encoding="utf-8") as fh:
        for doc_rec, doc in zip(gold, nlp.pipe(d["text"] for d in gold)):
            quotes = []
            try:
                triples = list(direct_quotations(doc))
            except Exception:  # textacy raises ValueError on unbalanced marks
                triples, failed = [], failed + 1
            for speaker, cue, content in triples:
                quotes.append({
                    "kind": "direct",
                    "contents": [_span(doc.text, content.start_char, content.end_char)],
                    "sources": _token_spans(doc.text, speaker),
                    "cue": _token_spans(doc.text, cue)[0] if cue else None,
                    "speaker": {"name": " ".join(t.text for t in speaker)} if speaker else None,
                })
            fh.write(json.dumps({"source": f"{doc_rec['id']}.txt", "quotes": quotes}) + "\n")
    return failed


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def _token_spans(text: str, tokens) -> list[dict]:
    """Contiguous runs of tokens as character spans."""
    spans: list[list[int]] = []
    for t in sorted(tokens, key=lambda t: t.i):
        if spans and t.i == spans[-1][2] + 1:
            spans[-1][1], spans[-1][2] = t.idx + len(t), t.i
        else:
            spans.append([t.idx, t.idx + len(t), t.i])
    return [_span(text, s, e) for s, e, _ in spans]


def score(scorer: Path, gold: Path, pred: Path, show: int = 0) -> tuple[dict, str]:
    cmd = [sys.executable, str(scorer), str(gold), "--pred", str(pred), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"scorer failed:\n{proc.stderr[-3000:]}")
    figures = json.loads(proc.stdout)
    shown = ""
    if show:
        proc = subprocess.run([sys.executable, str(scorer), str(gold), "--pred", str(pred), "--show", str(show)],
                              capture_output=True, text=True)
        shown = "\n".join(line for line in proc.stdout.splitlines() if line.startswith(("MISS", "FALSE")))
    return figures, shown


def by_confidence(scorer: Path, gold: list[dict], pred: Path) -> list[dict]:
    """Precision of predicted units (and with the speaker right) per confidence band, with the
    scorer's own matching, imported from its file."""
    spec = importlib.util.spec_from_file_location("score_quotes", scorer)
    sq = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sq)
    preds = sq.load_pred(pred)
    stats = [{"band": f"[{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'}", "n": 0, "match": 0, "e2e": 0}
             for lo, hi in BANDS]
    for doc in gold:
        text, gq = doc["text"], doc["quotes"]
        pq = (preds.get(doc["id"]) or {}).get("quotes") or []
        gu, pu = sq.units(gq, text), sq.units(pq, text)
        cands = sorted(((sq.content_f1(g[0], p[0]), i, j) for i, g in enumerate(gu) for j, p in enumerate(pu)),
                       reverse=True)
        gm, pm = {}, {}
        for f, i, j in cands:
            if f < 0.5:
                break
            if i in gm or j in pm:
                continue
            gm[i], pm[j] = j, i
        for j, (_, qi, _) in enumerate(pu):
            if j in pm and gq[gu[pm[j]][1]].get("optional"):
                continue
            conf = float(pq[qi].get("confidence", 0.5))
            band = next(b for b, (lo, hi) in zip(stats, BANDS) if lo <= conf < hi)
            band["n"] += 1
            if j in pm:
                band["match"] += 1
                band["e2e"] += bool(sq.speaker_ok(gq[gu[pm[j]][1]], pq[qi], False))
    for b in stats:
        b["precision"] = round(b["match"] / b["n"], 3) if b["n"] else None
        b["precision_e2e"] = round(b["e2e"] / b["n"], 3) if b["n"] else None
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSONL (default: %(default)s)")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score_quotes.py (default: %(default)s)")
    ap.add_argument("--model", help="spaCy pipeline for both systems (default: quotegraph's)")
    ap.add_argument("--no-textacy", action="store_true", help="skip the textacy baseline")
    ap.add_argument("--show", type=int, default=0, help="print N misses and false alarms of quotegraph")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-relations", action="store_true",
                    help="skip relation precision/recall per predicate (bench/quality_relations.py)")
    a = ap.parse_args()
    for path, what in ((a.gold, "gold set"), (a.scorer, "scorer")):
        if not path.is_file():
            sys.exit(f"{what} not found: {path} (set QUOTEGRAPH_SHARED or pass --{'gold' if what == 'gold set' else 'scorer'})")
    gold = load_gold(a.gold)
    with tempfile.TemporaryDirectory(prefix="qg_quality_") as tmp:
        tmp = Path(tmp)
        write_inputs(gold, tmp / "in")
        run_quotegraph(tmp / "in", tmp / "quotegraph.jsonl", a.model)
        ours, shown = score(a.scorer, a.gold, tmp / "quotegraph.jsonl", a.show)
        bands = by_confidence(a.scorer, gold, tmp / "quotegraph.jsonl")
        theirs, failed = None, 0
        if not a.no_textacy:
            try:
                failed = run_textacy(gold, tmp / "textacy.jsonl", a.model)
                theirs, _ = score(a.scorer, a.gold, tmp / "textacy.jsonl")
            except ImportError:
                print("textacy is not installed (pip install 'quotegraph[bench]'): baseline skipped", file=sys.stderr)
    if a.json:
        print(json.dumps({"gold": str(a.gold), "quotegraph": ours, "textacy": theirs,
                          "textacy_failed_docs": failed, "confidence_bands": bands}))
        return
    if shown:
        print(shown, end="\n\n")
    print(f"gold: {a.gold} ({ours['docs']} articles, {ours['gold']} gold units)\n")
    print(f"{'':28s} {'quotegraph':>22s}   {'textacy 0.13':>22s}")
    print(f"{'':28s} {'P      R      F1':>22s}   {'P      R      F1':>22s}")
    for key, label in ROWS:
        o = ours[key]
        t = theirs[key] if theirs else None
        right = f"{t['p']:.3f}  {t['r']:.3f}  {t['f']:.3f}" if t else "-"
        print(f"{label:28s} {o['p']:.3f}  {o['r']:.3f}  {o['f']:.3f}   {right:>22s}")
    for key, label in (("speech_recall", "speech-cue recall"), ("speech_e2e_recall", "speech-cue recall, speaker"),
                       ("speaker_acc_on_matched", "speaker right when matched")):
        right = f"{theirs[key]:.3f}" if theirs else "-"
        print(f"{label:28s} {'':>14s}{ours[key]:.3f}   {'':>14s}{right:>8s}")
    if theirs:
        print(f"\ntextacy raised on {failed} of {len(gold)} articles (unbalanced quotation marks): scored as empty")
    print("\nquotegraph precision by confidence band (units; with the speaker right):")
    for b in bands:
        p = "-" if b["precision"] is None else f"{b['precision']:.3f}"
        pe = "-" if b["precision_e2e"] is None else f"{b['precision_e2e']:.3f}"
        print(f"  {b['band']:14s} {b['n']:5d} units   P {p}   P with speaker {pe}")
    if not a.no_relations:
        # Relations are scored on their own gold lists (examples/ and the seeds): same figures as
        # bench/quality_relations.py, which this runs.
        print("\nrelations, precision and recall per predicate:")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
        subprocess.run([sys.executable, str(REPO / "bench" / "quality_relations.py")], env=env, check=True)


if __name__ == "__main__":
    main()
