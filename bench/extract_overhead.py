#!/usr/bin/env python3
"""What quotegraph's own code costs on top of spaCy's parse, and how it grows with length.

Each text is parsed once with the pipeline (``quotegraph.pipeline.load_pipeline()``, long texts in
pieces as ``extract`` does), then ``quotegraph.extract.extract_parsed`` is timed alone on that
parse (best of ``--repeat`` runs). The table gives characters, parse seconds, extract seconds
and extract/parse; a ratio that stays flat as documents grow means the extractor is linear
like the parse.

Texts: the seed articles (``$QUOTEGRAPH_SHARED/seeds``, default ../shared/seeds) plus
synthetic long documents made of the seeds' paragraphs taken in turn until they reach
``--base-chars`` × 1, 4 and 16; or the ``.txt`` files of a folder given as argument.

usage (from the repository root):
  python bench/extract_overhead.py                  # seeds + synthetic ×1, ×4, ×16
  python bench/extract_overhead.py DIR --no-synthetic
  python bench/extract_overhead.py --profile 25     # plus the 25 costliest functions (cProfile)
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from quotegraph.extract import _piece_size, extract_parsed, parse_in_pieces  # noqa: E402
from quotegraph.model import Document  # noqa: E402
from quotegraph.pipeline import load_pipeline  # noqa: E402
from quotegraph.sources import iter_documents  # noqa: E402

SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", REPO.parent / "shared"))


def synthetic(documents: list[Document], base_chars: int, scales: list[int]) -> list[Document]:
    """Documents of about ``base_chars × k`` characters, made of the paragraphs of
    ``documents`` in turn (a long transcript or a dump looks like this)."""
    pool = [p.strip() for d in documents for p in d.text.split("\n") if p.strip()]
    if not pool:
        return []
    out = []
    for k in scales:
        paras: list[str] = []
        size, i = 0, 0
        while size < base_chars * k:
            paras.append(pool[i % len(pool)])
            size += len(paras[-1]) + 2
            i += 1
        out.append(Document(text="\n\n".join(paras), source=f"synthetic-x{k}"))
    return out


def parse(nlp, text: str):
    if len(text) > _piece_size(nlp):
        return parse_in_pieces(nlp, text, _piece_size(nlp))
    return nlp(text)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", type=Path, help="folder of .txt files (default: the seeds)")
    ap.add_argument("--base-chars", type=int, default=6000, help="size of the ×1 synthetic document")
    ap.add_argument("--scales", default="1,4,16", help="synthetic sizes, as multiples of --base-chars")
    ap.add_argument("--no-synthetic", action="store_true", help="only the texts themselves")
    ap.add_argument("--repeat", type=int, default=3, help="extract runs per text (the best counts)")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="also profile extract_parsed over all texts and print the N costliest functions")
    args = ap.parse_args(argv)

    folder = args.folder or SHARED / "seeds"
    if not folder.is_dir():
        ap.error(f"no folder {folder} (give one, or set QUOTEGRAPH_SHARED)")
    documents = list(iter_documents([folder]))
    texts = list(documents)
    if not args.no_synthetic:
        texts += synthetic(documents, args.base_chars, [int(k) for k in args.scales.split(",")])

    nlp = load_pipeline()
    nlp("Warm up.")
    rows = []
    parsed = []
    for document in texts:
        t0 = time.perf_counter()
        doc = parse(nlp, document.text)
        parse_s = time.perf_counter() - t0
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            extract_parsed(document, doc)
            best = min(best, time.perf_counter() - t0)
        rows.append((Path(document.source).name, len(document.text), parse_s, best))
        parsed.append((document, doc))

    print(f"{'text':<28} {'chars':>8} {'parse s':>9} {'extract s':>10} {'ratio':>7}")
    for name, chars, p, e in rows:
        print(f"{name[:28]:<28} {chars:>8} {p:>9.3f} {e:>10.4f} {e / p:>7.1%}")
    real = [r for r in rows if not r[0].startswith("synthetic-")]
    if real:
        p, e = sum(r[2] for r in real), sum(r[3] for r in real)
        print(f"{'all texts (no synthetic)':<28} {sum(r[1] for r in real):>8} {p:>9.3f} {e:>10.4f} {e / p:>7.1%}")

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for document, doc in parsed:
            extract_parsed(document, doc)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
