#!/usr/bin/env python3
"""Addressees on 25 unseen PolNeAR train articles, scored by ``score_quotes.py --names``.

How the set was chosen: the articles of ``../shared/benchmarks/polnear-train.jsonl`` with a 0-based
line index below 800 (the last 40 are the lead's hold-out and are never read), less the eight
articles of ``tests/data/polnear-train.relations.gold.jsonl``; from those, 25 drawn by
``random.Random(20261205).sample`` and sorted (``--check-sample`` redraws them and checks the gold
holds exactly these). None of them had been read while writing quotegraph's rules.

How the gold was written: the quote units are PolNeAR's own attribution spans (contents, sources,
cue, speech, direct) copied unchanged, so quote matching is PolNeAR's annotators', not ours. The
``addressee`` was then added by one reader, reading each attribution in its sentence (and the
sentences around it), BEFORE quotegraph was run on any of these articles: wherever the text names
to whom the words were said or written -- "told X", "tells X", "in an interview with X" (and the
quote of the next sentences of that interview), "asked/urged/called on X to", "sent a letter to X"
(and what the letter says), "emailed her", "telling her", "told reporters", "a question-and-answer
session with reporters", "was warned by" (the one warned), "was asked by X" (the one asked). An
outlet that was told is the addressee ("told USA TODAY"); a person of an outlet is the person
("told Megyn Kelly of Fox News"). Generic hypotheticals ("when a man tells a woman that") and
interviews that name no one ("said in an interview in her office") get no addressee. The
candidates were found by reading every attribution whose sentence holds a verb or noun of address
(told, interview, asked, urged, wrote, letter, reporters, ...), so an addressee named in a form
that list lacks may be missing from the gold.

The gold holds offsets only: the articles' texts are not in this repository (copyrighted news);
this script reads them from the shared benchmark, assembles the scorer's format (id, text, quotes)
in a temporary folder and runs the scorer on it. Only matched units whose gold names an addressee
count for "addressee right".

Two more sets were written a round later by two readers who never saw the tool's code or output,
on articles no engineer had read (``--set d``: the eight articles of
``tests/data/polnear-train-d.relations.gold.jsonl``, line indexes 802, 807, ..., 837, from the
hold-out; ``--set e``: the four of ``polnear-train-e``, line indexes 223, 300, 376, 568), by the
same rules, in ``tests/data/polnear-train-{d,e}.addressees.gold.jsonl``. ``--set f``: the eight
articles of line indexes 804, 809, ..., 839 (the hold-out), by a third such reader a round later,
in ``tests/data/polnear-train-f.addressees.gold.jsonl``. ``--set i``: twelve readable articles of line
indexes 700-776 (700, 701, 707, 708, 711, 713, 717, 718, 738, 739, 769, 776: the unread ones of that
range with the most verbs or nouns of address), whose addressees one engineer wrote down by these rules,
reading every attribution in its paragraph, before quotegraph was run on them, in
``tests/data/polnear-train-i.addressees.gold.jsonl`` (a learning set: its misses were then worked on).
``--set m``: fifteen readable articles of line indexes 250-295 (250, 255, 261, 262, 270, 278, 279, 280, 282,
289, 290, 295: the unread ones of that range with the most words of address -- told, interview, urged,
crowd, rally, reporters, ...) and 109, 131, 146 (read a little later, the same way), 61 addressees written
down by one engineer by these rules before quotegraph was run on them, counting also a crowd or audience a speaker addressed ("told a crowd", "said in front of
a crowd of about 1,000 people", "to rapturous crowds, he vows"), the reporters of a news conference, an
outlet a quote was said on ("said on CNN") and a quote carried on from the one before; in
``tests/data/polnear-train-m.addressees.gold.jsonl`` (a learning set).
``--set n``: twelve readable articles of line indexes 600-699 (600, 602, 607, 617, 622, 627, 650, 681, 686,
690, 698, 699: the unread ones of that range with the most words of address), 106 addressees written down by
one engineer by these rules before quotegraph was run on them, counting also the one asked ("she was asked",
"Andrea Mitchell asked Sanders") and the asker a reply answers ("Carson replied" to the moderator's question),
the audience of a rally, town hall or forum a speech was given at, an outlet a quote was said on ("said on
ABC's This Week") or told, and the quotes of the next sentences of such an interview; in
``tests/data/polnear-train-n.addressees.gold.jsonl`` (a learning set).

usage (from the repository root):
  python bench/quality_addressees.py                 # quotegraph extract, scored with --names
  python bench/quality_addressees.py --set d         # the hidden set d (or e, f)
  python bench/quality_addressees.py --show 20       # and the first misses and false alarms
  python bench/quality_addressees.py --json
  python bench/quality_addressees.py --check-sample  # redraw the sample and check the gold's ids
  python bench/quality_addressees.py --write-gold OUT.jsonl   # only assemble the gold file
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", REPO.parent / "shared"))
GOLD = REPO / "tests" / "data" / "polnear-train-addressees.gold.jsonl"
RELATION_GOLD = REPO / "tests" / "data" / "polnear-train.relations.gold.jsonl"
ARTICLES = SHARED / "benchmarks" / "polnear-train.jsonl"
SCORER = SHARED / "eval" / "score_quotes.py"
HOLD_OUT_FROM = 800  # line index of the lead's hold-out: never read
SEED, SIZE = 20261205, 25


def _articles(path: Path, upto: int = HOLD_OUT_FROM) -> list[dict]:
    """The articles before ``upto``, in file order (the lines after it are not even parsed)."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= upto:
                break
            out.append(json.loads(line))
    return out


def sample(articles: list[dict]) -> list[int]:
    """The 25 line indexes of the set: seeded, below the hold-out, not the relation gold's articles."""
    seen = {json.loads(line)["doc"] for line in open(RELATION_GOLD, encoding="utf-8") if line.strip()}
    pool = [i for i, a in enumerate(articles) if a["id"] not in seen]
    return sorted(random.Random(SEED).sample(pool, SIZE))


def assemble(gold: Path, articles: list[dict]) -> list[dict]:
    """The gold in the scorer's format, each record's text taken from the shared benchmark."""
    by_id = {a["id"]: a for a in articles}
    out = []
    for line in open(gold, encoding="utf-8"):
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["index"] >= len(articles) or rec["id"] not in by_id:
            sys.exit(f"{gold}: {rec['id']} is not an article before index {len(articles)}")
        out.append({"id": rec["id"], "text": by_id[rec["id"]]["text"], "quotes": rec["quotes"]})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=("train", "d", "e", "f", "i", "m", "n"), default="train",
                    help="which gold: the 25 sampled articles (default), the hidden set d, e or f, or the learning sets i, m and n")
    ap.add_argument("--gold", type=Path, help="another gold file (default: the --set's)")
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check-sample", action="store_true")
    ap.add_argument("--write-gold", type=Path, help="write the assembled gold here and stop")
    a = ap.parse_args()
    if a.gold is None:
        a.gold = GOLD if a.set == "train" else REPO / "tests" / "data" / f"polnear-train-{a.set}.addressees.gold.jsonl"
    # sets d and f lie in the hold-out: only their own gold reads past it
    articles = _articles(a.articles, 10 ** 9 if a.set in ("d", "f") else HOLD_OUT_FROM)
    if a.check_sample:
        want = sample(articles)
        have = [json.loads(line)["index"] for line in open(a.gold, encoding="utf-8") if line.strip()]
        print("sample ok" if have == want else f"sample differs: gold {have}, drawn {want}")
        sys.exit(0 if have == want else 1)
    gold = assemble(a.gold, articles)
    if a.write_gold:
        with open(a.write_gold, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in gold)
        return
    with tempfile.TemporaryDirectory(prefix="quality_addressees_") as tmp:
        path = Path(tmp) / "polnear-train-addressees.gold.jsonl"
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in gold)
        cmd = f"{sys.executable} -m quotegraph extract {{input}} -o {{output}} -q --no-cache"
        argv = [sys.executable, str(a.scorer), str(path), "--names", "--cmd", cmd, "--show", str(a.show)]
        if a.json:
            argv.append("--json")
        env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        sys.exit(subprocess.run(argv, env=env).returncode)


if __name__ == "__main__":
    main()
