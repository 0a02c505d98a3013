"""The CI gate on the LLM path: the recorded model answers (``evals/recorded/``) replayed through the
real OpenAI-compatible path must not fall under the committed ``evals/baseline-llm.json``.

The answers answer prompt ``b8af12fccdbc``; replayed after a prompt change they measure everything
after the model (validation, re-ask, salvage, grounding, resolution, scoring), not the new prompt.
Only fixtures with a recorded answer are run (``--recorded-only``): fixtures added later have none.
Floors are the baseline's micro-F1 per field minus a small margin, as in the offline gate. Refresh
the baseline deliberately with ``summarizer eval --recorded evals/recorded --recorded-only --json -o
evals/baseline-llm.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.cli import main

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "evals" / "baseline-llm.json"
RECORDED = ROOT / "evals" / "recorded"
MARGIN = 0.02
FIELDS = ("actors", "incidents", "claims", "denials")


@pytest.mark.slow
def test_recorded_answers_hold_the_committed_llm_baseline(tmp_path, capsys):
    baseline = json.loads(BASELINE.read_text())
    floors = ",".join(f"{f}={max(0.0, baseline['fields'][f]['f1'] - MARGIN):.3f}" for f in FIELDS)
    report_path = tmp_path / "report.json"
    rc = main(["eval", "--recorded", str(RECORDED), "--recorded-only", "--no-progress", "--json",
               "-o", str(report_path), "--baseline", str(BASELINE), "--fail-under", floors])
    report = json.loads(report_path.read_text())
    lines = {f: (report["fields"][f]["f1"], baseline["fields"][f]["f1"]) for f in FIELDS}
    assert rc == 0, f"LLM eval gate failed (now, baseline): {lines}\n{capsys.readouterr().err}"
    answered = sorted(p.stem for p in RECORDED.glob("*.json"))
    assert sorted(r["id"] for r in report["fixtures"]) == answered  # exactly the answered fixtures
    assert report["run"]["failed"] == 0 and report["grounding_rate"] == 1.0
    assert report["run"]["backend"] == "openai" and report["run"]["mode"] == "json_schema"
    # a re-ask is answered with the same answer: requests and re-asks are what the code made of them
    assert report["run"]["requests"] == len(answered) + report["run"]["retries"]
