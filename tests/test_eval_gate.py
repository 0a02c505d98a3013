"""The CI gate: the offline backend over the shipped fixtures must not fall under the committed baseline.

Floors are the baseline's micro-F1 per field minus a small margin (the offline backend is
deterministic; the margin only absorbs spaCy float noise across machines). A change that makes
extraction worse fails this test, and so CI. Refresh the baseline deliberately with
``summarizer eval --backend offline --json -o evals/baseline.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.cli import main

BASELINE = Path(__file__).resolve().parents[1] / "evals" / "baseline.json"
MARGIN = 0.02
FIELDS = ("actors", "incidents", "claims", "denials")


@pytest.mark.slow
def test_offline_backend_holds_the_committed_baseline(tmp_path, capsys):
    baseline = json.loads(BASELINE.read_text())
    floors = ",".join(f"{f}={max(0.0, baseline['fields'][f]['f1'] - MARGIN):.3f}" for f in FIELDS)
    report_path = tmp_path / "report.json"
    rc = main(["eval", "--backend", "offline", "--no-progress", "--json", "-o", str(report_path),
               "--baseline", str(BASELINE), "--fail-under", floors])
    report = json.loads(report_path.read_text())
    lines = {f: (report["fields"][f]["f1"], baseline["fields"][f]["f1"]) for f in FIELDS}
    assert rc == 0, f"eval gate failed (now, baseline): {lines}\n{capsys.readouterr().err}"
    assert report["run"]["backend"] == "offline" and len(report["fixtures"]) >= 20
    assert report["grounding_rate"] == 1.0
