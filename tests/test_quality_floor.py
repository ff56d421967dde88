"""The attribution quality on the PolNeAR dev set must not fall below what was reached
(bench/quality.py; floors a little under the measured figures)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTEGRAPH_SHARED", REPO.parent / "shared"))
GOLD = SHARED / "benchmarks" / "polnear-dev.jsonl"
SCORER = SHARED / "eval" / "score_quotes.py"

# measured: all P .936 R .546, direct P .965 R .879, direct e2e F1 .884, speech R .792 (e2e .764),
# speaker right when matched .943 (all P >= .93 is also issue 13's bar)
FLOORS = {
    ("all", "p"): 0.93,
    ("all", "r"): 0.52,
    ("direct", "p"): 0.95,
    ("direct", "r"): 0.87,
    ("direct_e2e", "f"): 0.88,
    ("speaker_acc_on_matched", None): 0.94,
    ("speech_recall", None): 0.77,
    ("speech_e2e_recall", None): 0.73,
}


@pytest.mark.slow
def test_quality_floor():
    if not GOLD.is_file() or not SCORER.is_file():
        pytest.skip(f"the benchmark is not at {SHARED} (set QUOTEGRAPH_SHARED)")
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "quality.py"), "--gold", str(GOLD),
                           "--scorer", str(SCORER), "--no-textacy", "--json"],
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    figures = json.loads(proc.stdout)["quotegraph"]
    low = []
    for (key, part), floor in FLOORS.items():
        value = figures[key][part] if part else figures[key]
        if value < floor:
            low.append(f"{key} {part or ''} = {value} < {floor}")
    assert not low, low

    bands = [b for b in json.loads(proc.stdout)["confidence_bands"] if b["n"] >= 30]
    # higher confidence means higher precision
    precisions = [b["precision_e2e"] for b in bands]
    assert precisions == sorted(precisions), bands
