"""The CI gate: the offline backend over the shipped fixtures must not fall under the committed baseline.

Floors are the baseline's micro-F1 per field minus a small margin (the offline backend is
deterministic; the margin only absorbs spaCy float noise across machines). A change that makes
extraction worse fails this test, and so CI. The gate covers both splits, each against its own
baseline: ``dev`` (where rules are tuned) and ``test`` (held out). Refresh a baseline deliberately with
``summarizer eval --backend offline --split dev --json -o evals/baseline-dev.json`` (and ``test``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.cli import main

EVALS = Path(__file__).resolve().parents[1] / "evals"
MARGIN = 0.02
FIELDS = ("actors", "incidents", "claims", "denials")


@pytest.mark.slow
@pytest.mark.parametrize("split", ["dev", "test"])
def test_offline_backend_holds_the_committed_baseline(split, tmp_path, capsys):
    baseline_path = EVALS / f"baseline-{split}.json"
    baseline = json.loads(baseline_path.read_text())
    floors = ",".join(f"{f}={max(0.0, baseline['fields'][f]['f1'] - MARGIN):.3f}" for f in FIELDS)
    report_path = tmp_path / "report.json"
    rc = main(["eval", "--backend", "offline", "--split", split, "--no-progress", "--json", "-o", str(report_path),
               "--baseline", str(baseline_path), "--fail-under", floors])
    report = json.loads(report_path.read_text())
    lines = {f: (report["fields"][f]["f1"], baseline["fields"][f]["f1"]) for f in FIELDS}
    assert rc == 0, f"eval gate failed (now, baseline): {lines}\n{capsys.readouterr().err}"
    assert report["run"]["backend"] == "offline" and report["run"]["split"] == split
    assert len(report["fixtures"]) == len(baseline["fixtures"]) >= 5
    assert report["grounding_rate"] == 1.0
