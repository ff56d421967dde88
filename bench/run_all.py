"""Every speed figure in one go, as markdown: throughput (bare spaCy vs quotegraph vs textacy,
1 and 2 workers), peak memory 1×/10×/100×, cache re-runs, graph scale, Bolt load rate, the
interactive view of 1,000 articles in a browser.

    python bench/run_all.py > bench-results.md
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    extra = {"throughput.py": sys.argv[1:],
             # without a Neo4j server, the ArcadeDB stand-in checks the Bolt path (labelled so)
             "load_rate.py": [] if os.environ.get("NEO4J_URI") else ["--local", "--quotes", "2000"]}
    for script in ("throughput.py", "memory.py", "cache_rerun.py", "graph_scale.py", "load_rate.py",
                   "view_scale.py"):
        print(f"\n## bench/{script}\n", flush=True)
        subprocess.run([sys.executable, str(HERE / script), *extra.get(script, [])], check=False)


if __name__ == "__main__":
    main()
