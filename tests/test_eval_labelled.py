"""Partly labelled fixtures (``labelled:``): a field a fixture does not label is not scored in it.

Real fixtures written to tmp_path, scored through the real ``summarizer eval`` command (click's
runner, saved predictions) and through the scorer directly."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from summarizer.evals.check import check_path
from summarizer.evals.fixtures import load_fixture, load_fixtures
from summarizer.evals.report import build_report, gate, render_table
from summarizer.evals.scorer import Config, score_corpus, score_fixture

from summarizer.cli import cli, main
from summarizer.errors import FixtureError

ARTICLE = ("KABUL - Afghan forces detained a Taliban commander on Monday, officials said. Police said nobody was hurt. "
           "The Taliban denied that any commander was detained.\n")

ACTORS = """\
  actors:
    - name: Afghan forces
      aliases: [Afghan National Security Forces]
      kind: military
    - name: Police
      kind: government
    - name: Taliban
      kind: armed_group
"""

FULL = """\
format: 1
id: {id}
published: 2010-06-08
text_file: article.txt
gold:
""" + ACTORS + """\
  incidents:
    - type: arrest
      summary: Afghan forces detained a Taliban commander
      date: 2010-06-07
      perpetrator: Afghan forces
  claims:
    - claimant: Police
      content: nobody was hurt
      evidence: nobody was hurt
  denials:
    - denier: Taliban
      content: no commander was detained
      responds_to: Afghan forces detained a Taliban commander
      evidence: The Taliban denied that any commander was detained
"""

ACTORS_ONLY = """\
format: 1
id: {id}
published: 2010-06-08
text_file: article.txt
labelled: [actors]
gold:
""" + ACTORS + """\
  claims: []
"""

# the prediction made for every fixture: the full gold, so the full fixture scores perfectly and an
# actors-only one would see 1 incident, 1 claim and 1 denial as false positives if they were scored
PREDICTION = {
    "actors": [{"id": "a1", "name": "Afghan forces"}, {"id": "a2", "name": "Police"}, {"id": "a3", "name": "Taliban"}],
    "incidents": [{"id": "i1", "type": "arrest", "description": "Afghan forces detained a Taliban commander",
                   "date": {"iso": "2010-06-07", "precision": "day"}, "perpetrator": "a1"}],
    "claims": [{"id": "c1", "claimant": "a2", "content": "nobody was hurt"}],
    "denials": [{"id": "d1", "denier": "a3", "content": "no commander was detained"}],
}


def write_fixture(root, fid, template, **extra):
    folder = root / fid
    folder.mkdir(parents=True)
    (folder / "gold.yaml").write_text(template.format(id=fid), encoding="utf-8")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return folder / "gold.yaml"


def write_predictions(root, ids):
    root.mkdir(parents=True, exist_ok=True)
    for fid in ids:
        (root / f"{fid}.json").write_text(json.dumps(PREDICTION), encoding="utf-8")
    return root


def run_eval(*args):
    result = CliRunner().invoke(cli, ["eval", "--no-progress", "--resamples", "200", *map(str, args)])
    return result


@pytest.fixture
def mixed(tmp_path):
    fixtures = tmp_path / "fixtures"
    write_fixture(fixtures, "fx-full", FULL)
    write_fixture(fixtures, "fx-actors", ACTORS_ONLY)
    return fixtures, write_predictions(tmp_path / "pred", ["fx-full", "fx-actors"])


def test_labelled_absent_means_all_four_and_is_kept_in_canonical_order(tmp_path):
    full = load_fixture(write_fixture(tmp_path, "fx-full", FULL))
    assert full.labelled == ("actors", "incidents", "claims", "denials")
    some = load_fixture(write_fixture(tmp_path, "fx-some", FULL.replace(
        "gold:\n", "labelled: [denials, incidents, claims, actors]\ngold:\n", 1)))
    assert some.labelled == ("actors", "incidents", "claims", "denials")


def test_actors_only_fixture_scores_no_claims_incidents_or_denials(tmp_path):
    fixture = load_fixture(write_fixture(tmp_path, "fx-actors", ACTORS_ONLY))
    from summarizer.schemas.brief import Brief

    score = score_fixture(fixture, Brief.model_validate(PREDICTION))
    assert score.labelled == ("actors",)
    assert score.counts["actors"].as_tuple() == (3, 0, 0)
    for key in ("incidents", "claims", "denials", "claims.claimant", "denials.content"):
        assert score.counts[key].as_tuple() == (0, 0, 0), key
        assert not score.scores(key)
    assert all(r.total == 0 for r in score.slots.values()) and score.link.total == 0
    assert set(score.spurious) <= {"actors"} and set(score.missed) <= {"actors"}

    corpus = score_corpus([(fixture, Brief.model_validate(PREDICTION))], config=Config(resamples=200))
    report = build_report(corpus)
    assert report["fields"]["actors"]["fixtures_scored"] == 1
    for name in ("incidents", "claims", "denials"):
        entry = report["fields"][name]
        assert entry["fixtures_scored"] == 0
        assert (entry["tp"], entry["fp"], entry["fn"]) == (0, 0, 0)
        assert entry["f1"] is None and entry["precision"] is None and entry["macro_f1"] is None
        assert entry["ci95"] == [None, None]
    assert report["fields"]["claims"]["claimant"]["fixtures_scored"] == 0
    assert report["incident_slots"]["date"]["total"] == 0
    assert report["incident_misses"] == {"not_found": 0, "wrong_type": 0, "slots": 0}
    assert report["fixtures"][0]["incident_misses"] is None  # incidents not labelled: no cause counted
    assert gate(report, {"claims": 0.5}) == ["claims not scored: no fixture labels claims"]


def test_actors_only_set_through_the_cli(tmp_path):
    fixtures = tmp_path / "fixtures"
    write_fixture(fixtures, "fx-actors", ACTORS_ONLY)
    pred = write_predictions(tmp_path / "pred", ["fx-actors"])
    result = run_eval("--fixtures", fixtures, "--predictions", pred, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["fields"]["actors"]["f1"] == 1.0
    for name in ("incidents", "claims", "denials"):
        assert report["fields"][name]["fixtures_scored"] == 0
        assert report["fields"][name]["tp"] == report["fields"][name]["fp"] == report["fields"][name]["fn"] == 0
    row = report["fixtures"][0]
    assert row["labelled"] == ["actors"]
    assert row["fields"]["claims"] is None and row["claimant"] is None and row["denials_content"] is None
    assert row["fields"]["actors"]["tp"] == 3

    table = run_eval("--fixtures", fixtures, "--predictions", pred)
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    claims = next(line for line in lines if line.strip("│┃ ").startswith("claims"))
    assert "n/a" in claims and "210" not in claims
    fixture_row = next(line for line in lines if "fx-actors" in line)
    cells = [c.strip() for c in fixture_row.strip("│ ").split("│")]
    assert cells[:5] == ["fx-actors", "1.000", "-", "-", "-"]


def test_mixed_set_totals_only_where_labelled(mixed):
    fixtures, pred = mixed
    result = run_eval("--fixtures", fixtures, "--predictions", pred, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    fields = report["fields"]
    assert fields["actors"]["fixtures_scored"] == 2
    assert (fields["actors"]["tp"], fields["actors"]["fp"], fields["actors"]["fn"]) == (6, 0, 0)
    for name in ("incidents", "claims", "denials"):
        entry = fields[name]
        assert entry["fixtures_scored"] == 1, name
        # only fx-full's: the actors-only fixture's predicted item is no false positive
        assert (entry["tp"], entry["fp"], entry["fn"]) == (1, 0, 0), name
        assert entry["f1"] == 1.0 and entry["macro_f1"] == 1.0
    assert fields["claims"]["claimant"]["fixtures_scored"] == 1
    assert fields["claims"]["claimant"]["tp"] == 1 and fields["claims"]["claimant"]["fp"] == 0
    assert fields["denials"]["content"]["fp"] == 0
    assert report["incident_slots"]["date"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    rows = {r["id"]: r for r in report["fixtures"]}
    assert rows["fx-full"]["labelled"] == ["actors", "incidents", "claims", "denials"]
    assert rows["fx-actors"]["labelled"] == ["actors"]
    assert rows["fx-actors"]["fields"]["incidents"] is None and rows["fx-actors"]["actors_strict"] is not None
    assert "claims" not in rows["fx-actors"]["spurious"]
    assert report["format"] == "summarizer-eval-report/1"

    table = run_eval("--fixtures", fixtures, "--predictions", pred)
    assert table.exit_code == 0, table.output
    assert "claims (1 of 2 fixtures)" in table.output
    assert "actors (" not in table.output  # scored over all: no note


def test_mixed_set_against_a_baseline_pairs_only_scored_fields(tmp_path, mixed):
    fixtures, pred = mixed
    base = tmp_path / "base.json"
    assert run_eval("--fixtures", fixtures, "--predictions", pred, "--json", "-o", base).exit_code == 0
    result = run_eval("--fixtures", fixtures, "--predictions", pred, "--json", "--baseline", base)
    assert result.exit_code == 0, result.output
    diff = json.loads(result.output)["baseline"]["fields"]
    assert diff["claims"]["delta"] == 0.0 and diff["actors"]["delta"] == 0.0


def test_html_report_of_a_mixed_set(tmp_path, mixed):
    fixtures, pred = mixed
    page = tmp_path / "report.html"
    result = run_eval("--fixtures", fixtures, "--predictions", pred, "--html", page)
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "fx-actors" in html
    assert "claims (1 of 2 fixtures)" in html and "actors (" not in html  # as the text table says it


@pytest.mark.parametrize(("line", "needle"), [
    ("labelled: [actors, claim]", "unknown field 'claim'"),
    ("labelled: []", "at least one field"),
    ("labelled: actors", "must be a list"),
    ("labelled: [incidents]", "leaves out 'actors', but gold.actors has 3 item(s)"),
])
def test_bad_labelled_is_a_one_line_error_naming_the_fixture_and_the_key(tmp_path, capsys, line, needle):
    path = write_fixture(tmp_path / "fixtures", "fx-bad", ACTORS_ONLY.replace("labelled: [actors]", line))
    with pytest.raises(FixtureError) as err:
        load_fixtures(tmp_path / "fixtures")
    message = str(err.value)
    assert "\n" not in message and str(path) in message and "labelled" in message and needle in message

    pred = write_predictions(tmp_path / "pred", ["fx-bad"])
    code = main(["eval", "--no-progress", "--fixtures", str(tmp_path / "fixtures"), "--predictions", str(pred)])
    err_lines = capsys.readouterr().err.strip().splitlines()
    assert code == 7
    assert len(err_lines) == 1 and "labelled" in err_lines[0] and str(path) in err_lines[0]


def test_fixtures_check_skips_responds_to_where_claims_are_unlabelled(tmp_path):
    unlinked = FULL.replace("responds_to: Afghan forces detained a Taliban commander",
                            "responds_to: a report on state television about the raid")
    write_fixture(tmp_path / "all", "fx-all", unlinked)
    problems, checked = check_path(tmp_path / "all")
    assert checked == 1 and [p.warning for p in problems] == [True] and "responds_to" in problems[0].message

    partial = unlinked.replace("gold:\n", "labelled: [actors, incidents, denials]\ngold:\n", 1)
    partial = partial[:partial.index("  claims:")] + partial[partial.index("  denials:"):]
    write_fixture(tmp_path / "some", "fx-some", partial)
    problems, checked = check_path(tmp_path / "some")
    assert checked == 1 and problems == []
    assert load_fixture(tmp_path / "some" / "fx-some" / "gold.yaml").labelled == ("actors", "incidents", "denials")

    contradiction = FULL.replace("gold:\n", "labelled: [actors, incidents, denials]\ngold:\n", 1)
    write_fixture(tmp_path / "bad", "fx-bad", contradiction)
    problems, _ = check_path(tmp_path / "bad")
    assert [p.message.split(":")[0] for p in problems if not p.warning] == ["gold.claims"]

    write_fixture(tmp_path / "unknown", "fx-unknown", ACTORS_ONLY.replace("[actors]", "[actor]"))
    problems, _ = check_path(tmp_path / "unknown")
    assert len(problems) == 1 and problems[0].message.startswith("labelled:")


def test_agreement_scores_the_fields_both_labellings_label(tmp_path):
    from summarizer.evals.agreement import score_agreement

    write_fixture(tmp_path / "primary", "fx-full", FULL)
    write_fixture(tmp_path / "second", "fx-full-b", ACTORS_ONLY)
    corpus, pairs = score_agreement(tmp_path / "primary", tmp_path / "second", config=Config(resamples=200))
    assert len(pairs) == 1
    (score,) = corpus.fixtures
    assert score.labelled == ("actors",)
    assert corpus.micro("actors").as_tuple() == (3, 0, 0)
    assert corpus.scored("claims") == [] and corpus.micro("claims").as_tuple() == (0, 0, 0)


def test_table_of_an_all_labelled_set_has_no_notes(tmp_path):
    fixtures = tmp_path / "fixtures"
    write_fixture(fixtures, "fx-full", FULL)
    fixture = load_fixtures(fixtures)[0]
    from rich.console import Console
    from summarizer.schemas.brief import Brief

    report = build_report(score_corpus([(fixture, Brief.model_validate(PREDICTION))], config=Config(resamples=200)))
    console = Console(record=True, width=120)
    render_table(report, console)
    text = console.export_text()
    assert "n/a" not in text and "fixtures)" not in text
