"""Every speed figure in one go, as markdown: throughput (bare spaCy vs quotegraph vs textacy,
1 and 2 workers), peak memory 1×/10×/100×, cache re-runs, graph scale, Bolt load rate.

    PYTHONPATH=. python bench/run_all.py > bench-results.md
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    for script in ("throughput.py", "memory.py", "cache_rerun.py", "graph_scale.py", "load_rate.py"):
        print(f"\n## bench/{script}\n", flush=True)
        subprocess.run([sys.executable, str(HERE / script), *sys.argv[1:]] if script == "throughput.py"
                       else [sys.executable, str(HERE / script)], check=False)


if __name__ == "__main__":
    main()
