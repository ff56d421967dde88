"""The README's picture of the view: `quotegraph run examples/`, the page opened in headless
Chromium (offline), an actor searched for, and a screenshot.

    python bench/view_screenshot.py [--actor "Tomas Berg"] [-o docs/view.png]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--actor", default="Tomas Berg", help="the actor to search for and show")
    ap.add_argument("-o", "--output", type=Path, default=REPO / "docs" / "view.png")
    args = ap.parse_args()
    from browser import offline_page, why_no_browser
    from click.testing import CliRunner

    from quotegraph.cli import main as cli

    reason = why_no_browser()
    if reason:
        sys.exit(f"view_screenshot: cannot run: {reason}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        result = CliRunner().invoke(cli, ["run", str(REPO / "examples"), "--out", str(out), "--no-cache", "-q"])
        if result.exit_code != 0:
            sys.exit(result.output)
        with offline_page(width=1400, height=820) as op:
            op.page.goto((out / "graph.html").as_uri())
            op.page.wait_for_function("() => document.body.dataset.ready === '1'", timeout=60_000)
            op.page.fill("#qg-search", args.actor)
            op.page.press("#qg-search", "Enter")
            op.page.wait_for_function("() => quotegraph.network.getSelectedNodes().length === 1", timeout=10_000)
            # the graph, a little closer than the whole (the actors on their own sit at the edges)
            op.page.evaluate("quotegraph.network.fit(); quotegraph.network.moveTo({scale: quotegraph.network.getScale() * 1.35})")
            op.page.wait_for_timeout(300)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            op.page.screenshot(path=str(args.output))
            if op.outside():
                sys.exit(f"the page tried to reach: {op.outside()}")
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
