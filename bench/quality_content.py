#!/usr/bin/env python3
"""Addressees and verbatim fragments on intl-news, against a reader's gold.

``tests/data/intl-news.content.gold.jsonl`` lists, for the fourteen articles of
``../shared/corpus/intl-news/`` (read in place: the repository holds offsets only), every
attribution whose text names its audience ("told CNN", "in an interview with Axios", "at a
news conference", "urged Kyiv to") with that addressee, and every mixed quote with its
verbatim fragments, written by a reader before looking at quotegraph's output. It is a
partial gold (quotes with neither are not listed), so only two figures of ``score_quotes.py
--names`` mean something here: "addressee right on matched units that have one" and
"verbatim fragments of mixed quotes found".

usage (from the repository root):
  python bench/quality_content.py [--show]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", REPO.parent / "shared"))
GOLD = REPO / "tests" / "data" / "intl-news.content.gold.jsonl"
CORPUS = SHARED / "corpus" / "intl-news"
SCORER = SHARED / "eval" / "score_quotes.py"


def scorer_gold(path: Path = GOLD, corpus: Path = CORPUS) -> list[dict]:
    """The gold in score_quotes.py's format: each record with the article's text."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                text = (corpus / rec["doc"]).read_text(encoding="utf-8")
                out.append({"id": Path(rec["doc"]).stem, "text": text, "quotes": rec["quotes"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="print each gold addressee and fragment with what was found")
    a = ap.parse_args()
    gold = scorer_gold()
    with tempfile.TemporaryDirectory(prefix="qg_content_") as tmp:
        gold_path = Path(tmp) / "gold.jsonl"
        gold_path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in gold), encoding="utf-8")
        pred = Path(tmp) / "pred.jsonl"
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        subprocess.run([sys.executable, "-m", "quotegraph", "extract", str(CORPUS), "-o", str(pred), "-q",
                        "--no-cache"], check=True, env=env)
        res = subprocess.run([sys.executable, str(SCORER), str(gold_path), "--pred", str(pred), "--names", "--json"],
                             capture_output=True, text=True, check=True)
        fig = json.loads(res.stdout)
        print(f"intl-news ({len(gold)} articles): addressee right on matched units that name one "
              f"{fig.get('addressee_acc_on_matched', 0.0):.3f} (of {fig.get('addressee_gold_matched', 0)} matched, "
              f"{sum(1 for d in gold for q in d['quotes'] if q.get('addressee'))} in gold); "
              f"verbatim fragments found {fig.get('fragment_recall', 0.0):.3f} "
              f"(of {sum(len(q.get('fragments') or ()) for d in gold for q in d['quotes'])})")
        if a.show:
            _show(gold, pred)


def _show(gold: list[dict], pred: Path) -> None:
    preds = {}
    for line in open(pred, encoding="utf-8"):
        rec = json.loads(line)
        preds[Path(rec["source"]).stem] = rec
    for doc in gold:
        text, quotes = doc["text"], preds.get(doc["id"], {}).get("quotes", [])
        for q in doc["quotes"]:
            s, e = q["contents"][0]
            near = [p for p in quotes if any(c["start"] < e and s < c["end"] for c in p["contents"])]
            got_addr = [(p.get("addressee") or {}).get("name") for p in near]
            got_frag = [f["text"] for p in quotes for f in p.get("fragments") or ()]
            if q.get("addressee"):
                print(f"ADDR {doc['id'][:12]} gold={q['addressee']!r} got={got_addr} | {text[s:e][:70]!r}")
            for a, b in q.get("fragments") or ():
                mark = "ok " if text[a:b] in got_frag else "-- "
                print(f"FRAG {mark}{doc['id'][:12]} {text[a:b][:70]!r}")


if __name__ == "__main__":
    main()
