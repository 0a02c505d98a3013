"""``summarizer eval`` end to end on tmp folders: saved predictions, report shape, gate, baseline,
replay and agreement. No model and no offline backend: predictions are hand-built briefs."""

from __future__ import annotations

import json

import pytest
from fake_openai import LoopbackServer, ScriptedModel, echo_answer
from summarizer.evals.fixtures import load_fixtures
from summarizer.evals.scorer import gold_to_brief
from summarizer.schemas.brief import Actor, Brief

from summarizer.cli import main

ARTICLE = "KABUL - Afghan forces detained a Taliban commander on Monday, officials said. Police said nobody was hurt.\n"

GOLD = """\
format: 1
id: {id}
published: 2010-06-08
text_file: article.txt
gold:
  actors:
    - name: Afghan forces
      aliases: [Afghan National Security Forces]
      kind: military
    - name: Police
      kind: government
    - name: officials
      kind: government
      optional: true
  incidents:
    - type: arrest
      summary: Afghan forces detained a Taliban commander
      date: 2010-06-07
      perpetrator: Afghan forces
  claims:
    - claimant: officials
      content: Afghan forces detained a Taliban commander
      evidence: Afghan forces detained a Taliban commander
    - claimant: Police
      content: nobody was hurt
      evidence: nobody was hurt
"""


@pytest.fixture
def fixtures_dir(tmp_path):
    root = tmp_path / "fixtures"
    for fid in ("fx-one", "fx-two"):
        (root / fid).mkdir(parents=True)
        (root / fid / "gold.yaml").write_text(GOLD.format(id=fid), encoding="utf-8")
        (root / fid / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return root


@pytest.fixture
def perfect_dir(tmp_path, fixtures_dir):
    out = tmp_path / "perfect"
    out.mkdir()
    for fixture in load_fixtures(fixtures_dir):
        (out / f"{fixture.id}.json").write_text(gold_to_brief(fixture)[0].model_dump_json(), encoding="utf-8")
    return out


@pytest.fixture
def weak_dir(tmp_path):
    out = tmp_path / "weak"
    out.mkdir()
    for fid in ("fx-one", "fx-two"):
        brief = Brief(actors=[Actor(id="a1", name="Afghan forces"), Actor(id="a2", name="Taliban")])
        (out / f"{fid}.json").write_text(brief.model_dump_json(), encoding="utf-8")
    return out


def run(capsys, *args):
    code = main(["eval", "--no-progress", "--resamples", "200", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_perfect_predictions_report_json(capsys, fixtures_dir, perfect_dir):
    code, out, err = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert set(report) >= {"format", "run", "fields", "incident_slots", "grounding_rate", "fixtures"}
    for name in ("actors", "incidents", "claims", "denials"):
        entry = report["fields"][name]
        assert set(entry) >= {"precision", "recall", "f1", "tp", "fp", "fn", "ci95"}
        assert entry["f1"] == 1.0 and entry["ci95"] == [1.0, 1.0]
    assert report["fields"]["claims"]["claimant"]["f1"] == 1.0
    assert "link_accuracy" in report["fields"]["denials"]
    assert report["fields"]["actors"]["tp"] == 4  # two per fixture; the optional one is neutral
    assert report["grounding_rate"] == 1.0
    assert report["incident_slots"]["date"] == {"accuracy": 1.0, "correct": 2, "total": 2}
    assert [r["id"] for r in report["fixtures"]] == ["fx-one", "fx-two"]
    assert report["fixtures"][0]["error"] is None
    run_meta = report["run"]
    assert set(run_meta) >= {"backend", "model", "prompt_version", "date", "fixtures_dir"}
    assert run_meta["predictions_dir"] == str(perfect_dir)


def test_table_output_and_report_file(capsys, tmp_path, fixtures_dir, weak_dir):
    target = tmp_path / "report.json"
    code, out, err = run(capsys, "--fixtures", fixtures_dir, "--predictions", weak_dir, "-o", target)
    assert code == 0, err
    assert "actors" in out and "claimant" in out and "fx-one" in out
    report = json.loads(target.read_text())
    assert report["fields"]["actors"]["tp"] == 2 and report["fields"]["actors"]["fp"] == 2
    assert report["fields"]["claims"]["recall"] == 0.0
    # each fixture's arrest was not told at all
    assert "missed incidents: 2 = 2 not found, 0 of another type, 0 told with slots that disagree" in out
    assert report["incident_misses"] == {"not_found": 2, "wrong_type": 0, "slots": 0}
    assert report["fixtures"][0]["incident_misses"] == {"not_found": 1, "wrong_type": 0, "slots": 0}


def test_html_report_says_why_incidents_were_missed(capsys, tmp_path, fixtures_dir, weak_dir, perfect_dir):
    page = tmp_path / "weak.html"
    code, _, err = run(capsys, "--fixtures", fixtures_dir, "--predictions", weak_dir, "--html", page)
    assert code == 0, err
    assert ('<p class="muted" id="incident-misses">missed incidents: 2 = 2 not found, 0 of another type, '
            "0 told with slots that disagree</p>") in page.read_text(encoding="utf-8")
    code, out, err = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--html", tmp_path / "perfect.html")
    assert code == 0, err
    assert "missed incidents" not in out and 'id="incident-misses"' not in (tmp_path / "perfect.html").read_text(encoding="utf-8")


def test_fail_under_exits_8_after_writing_the_report(capsys, tmp_path, fixtures_dir, weak_dir):
    target = tmp_path / "report.json"
    code, out, err = run(capsys, "--fixtures", fixtures_dir, "--predictions", weak_dir, "--json", "-o", target,
                         "--fail-under", "actors=0.4,claims=0.6")
    assert code == 8
    assert "claims F1 0.000 < 0.600" in err and "actors" not in err.split("error:")[1]
    report = json.loads(target.read_text())
    assert report["gate"]["passed"] is False


def test_fail_under_passes(capsys, fixtures_dir, perfect_dir):
    code, out, _ = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--json",
                       "--fail-under", "actors=0.8,claims=0.6,claimant=0.5")
    assert code == 0
    assert json.loads(out)["gate"]["passed"] is True


def test_bad_fail_under_spec_is_a_config_error(capsys, fixtures_dir, perfect_dir):
    code, _, err = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--fail-under", "actorz=0.8")
    assert code == 2 and "--fail-under" in err


def test_baseline_diff(capsys, tmp_path, fixtures_dir, perfect_dir, weak_dir):
    baseline = tmp_path / "baseline.json"
    assert run(capsys, "--fixtures", fixtures_dir, "--predictions", weak_dir, "--json", "-o", baseline)[0] == 0
    code, out, _ = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--json", "--baseline", baseline)
    assert code == 0
    diff = json.loads(out)["baseline"]
    assert diff["paired_fixtures"] == 2
    claims = diff["fields"]["claims"]
    assert claims["baseline_f1"] == 0.0 and claims["f1"] == 1.0 and claims["delta"] == 1.0
    assert claims["delta_ci95"] == [1.0, 1.0]
    code, out, _ = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--baseline", baseline)
    assert code == 0 and "ΔF1" in out


def test_a_failed_fixture_is_a_row_and_the_rest_is_kept(capsys, fixtures_dir, perfect_dir):
    (perfect_dir / "fx-two.json").unlink()
    (perfect_dir / "stray.json").write_text("{}")
    code, out, err = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--json")
    assert code == 1 and "1 of 2 fixture(s) failed" in err
    report = json.loads(out)
    rows = {r["id"]: r for r in report["fixtures"]}
    assert rows["fx-one"]["error"] is None and rows["fx-one"]["fields"]["claims"]["f1"] == 1.0
    assert "no prediction file fx-two.json" in rows["fx-two"]["error"]
    assert report["run"]["failed"] == 1
    assert report["fields"]["claims"]["fn"] == 2  # the failed fixture counts as an empty prediction


def test_invalid_prediction_json_is_a_row(capsys, fixtures_dir, perfect_dir):
    (perfect_dir / "fx-two.json").write_text('{"actors": "nope"}')
    code, out, _ = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--json")
    assert code == 1
    assert "not a Brief" in {r["id"]: r for r in json.loads(out)["fixtures"]}["fx-two"]["error"]


def test_malformed_fixture_exits_7(capsys, tmp_path, perfect_dir):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.yaml").write_text("format: 1\nid: x\n")
    code, _, err = run(capsys, "--fixtures", bad, "--predictions", perfect_dir)
    assert code == 7 and "x.yaml" in err and "exactly one of text_file and text" in err


def test_replay_misses_are_failed_rows_and_no_model_is_called(capsys, tmp_path, fixtures_dir):
    model = ScriptedModel(echo_answer)
    with LoopbackServer(model) as server:
        code, out, err = run(capsys, "--fixtures", fixtures_dir, "--backend", "openai", "--model", "some-model",
                             "--base-url", server.base_url, "--server", "vllm", "--replay", "--cache-dir",
                             tmp_path / "cache", "--json")
    assert code == 1 and model.requests == []
    report = json.loads(out)
    assert all("no recorded response" in row["error"] for row in report["fixtures"])


def test_a_recorded_run_replays_with_no_model_call(capsys, tmp_path, fixtures_dir):
    model = ScriptedModel(echo_answer)
    cache = tmp_path / "cache"
    with LoopbackServer(model) as server:
        args = ["--fixtures", fixtures_dir, "--backend", "openai", "--model", "some-model", "--base-url",
                server.base_url, "--server", "vllm", "--cache-dir", cache, "--json"]
        code, first, err = run(capsys, *args)
        assert code == 0, err
        calls = len(model.requests)
        assert calls == 1  # both fixtures hold the same article: one request, the second answered from the cache
        code, second, err = run(capsys, *args, "--replay")
    assert code == 0, err
    assert len(model.requests) == calls  # no new call
    a, b = json.loads(first), json.loads(second)
    assert b["run"]["replayed"] == 2 and b["run"]["backend"] == "openai"
    assert a["fields"] == b["fields"]
    assert len(list(cache.rglob("*.json"))) == 1  # the same one-record-per-request cache as summarize/batch


def test_agreement_pairs_second_labellings_by_text(capsys, tmp_path, fixtures_dir):
    (fixtures_dir / "fx-two" / "article.txt").write_text(ARTICLE + "More text.\n")
    second = tmp_path / "second" / "row-17"
    second.mkdir(parents=True)
    (second / "article.txt").write_text(ARTICLE)
    yaml_text = GOLD.format(id="row-17").replace("    - name: Police\n      kind: government\n", "")
    yaml_text = yaml_text.replace("    - claimant: Police\n      content: nobody was hurt\n      evidence: nobody was hurt\n", "")
    (second / "gold.yaml").write_text(yaml_text)
    code, out, err = run(capsys, "--fixtures", fixtures_dir, "--agreement", tmp_path / "second", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert [r["id"] for r in report["fixtures"]] == ["fx-one (second: row-17)"]
    assert report["fields"]["actors"]["tp"] == 1 and report["fields"]["actors"]["fn"] == 1
    assert report["fields"]["claims"]["recall"] == 0.5 and report["fields"]["claims"]["precision"] == 1.0


def test_predictions_and_backend_do_not_mix(capsys, fixtures_dir, perfect_dir):
    code, _, err = run(capsys, "--fixtures", fixtures_dir, "--predictions", perfect_dir, "--backend", "openai")
    assert code == 2 and "do not combine" in err
