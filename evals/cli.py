"""``summarizer eval``: a thin shell over the runner, the scorer and the report.

    summarizer eval                                   # shipped fixtures, default backend
    summarizer eval --fixtures DIR --backend offline  # any folder of format-1 fixtures
    summarizer eval --backend offline --split test    # only the held-out fixtures
    summarizer eval --predictions DIR                 # saved briefs, <fixture id>.json each
    summarizer eval --recorded DIR [--recorded-only]  # recorded model answers through the real client
    summarizer eval --json -o report.json             # the JSON report
    summarizer eval --baseline evals/baseline.json --fail-under actors=0.8,claims=0.6
    summarizer eval --agreement evals/agreement/second   # inter-annotator agreement

Exit codes: 0 ok; 8 a micro-F1 under its ``--fail-under`` floor; 1 some fixture failed (its row is
in the report); other :class:`~summarizer.errors.SummarizerError` codes for bad input.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import click

from summarizer.errors import ConfigError, SummarizerError, read_json
from summarizer.options import model_options
from summarizer.output import write_text

log = logging.getLogger("summarizer")


class FixturesFailed(SummarizerError):
    exit_code = 1


def _read_baseline(path: str) -> dict:
    return read_json(path, "baseline file")


def _predictions_run(outcomes) -> dict:
    runs = {(b.run.backend, b.run.model, b.run.prompt_version) for o in outcomes if (b := o.brief) and b.run}
    if len(runs) == 1:
        backend, model, version = runs.pop()
        return {"backend": backend, "model": model, "prompt_version": version}
    return {"backend": "mixed" if runs else "predictions", "model": None, "prompt_version": None}


@click.command("eval")
@click.option("--fixtures", "fixtures_dir", type=click.Path(exists=True, file_okay=True, dir_okay=True), default=None,
              help="Folder of format-1 fixtures, read recursively (default: the shipped evals/fixtures).")
@click.option("--split", type=click.Choice(["dev", "test"]), default=None,
              help="Only the fixtures of this split (their 'split:' field); default: all.")
@click.option("--predictions", "predictions_dir", type=click.Path(file_okay=False), default=None,
              help="Score saved briefs (<fixture id>.json each) instead of running a backend.")
@click.option("--recorded", "recorded_dir", type=click.Path(file_okay=False), default=None,
              help="Replay recorded model answers (DIR/<fixture id>.json) through the real OpenAI-compatible "
                   "path on a loopback server; a fixture without one is an error row.")
@click.option("--recorded-only", is_flag=True,
              help="With --recorded: run only the fixtures that have a recorded answer.")
@click.option("--agreement", "agreement_dir", type=click.Path(file_okay=False), default=None,
              help="Score the second labellings under this folder against --fixtures (inter-annotator agreement).")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON report instead of tables.")
@click.option("-o", "--output", default=None, help="Write the JSON report to this file.")
@click.option("--html", "html", type=click.Path(dir_okay=False), default=None,
              help="Also write the report as a self-contained HTML page, with each fixture's brief view in <name>_files/.")
@click.option("--baseline", type=click.Path(dir_okay=False), default=None, help="A previous JSON report to diff against.")
@click.option("--fail-under", "fail_under", default=None, metavar="FIELD=X,...",
              help="Exit 8 when a micro-F1 is under its floor, e.g. actors=0.8,claims=0.6.")
@click.option("--concurrency", type=click.IntRange(1, 64), default=None,
              help="Fixtures run at once (default 4 for model backends, 1 offline).")
@click.option("--save-predictions", type=click.Path(file_okay=False), default=None,
              help="Also write every brief to DIR/<fixture id>.json (rescorable with --predictions).")
@click.option("--resamples", type=click.IntRange(100, 100_000), default=10_000, show_default=True,
              help="Bootstrap resamples for the 95% intervals.")
@click.option("--no-progress", is_flag=True, help="No progress bar on stderr.")
@model_options
def eval_command(fixtures_dir, split, predictions_dir, recorded_dir, recorded_only, agreement_dir, as_json, output, html,
                 baseline, fail_under, concurrency, save_predictions, resamples, no_progress, backend, **flags):
    """Score briefs against hand-labelled fixtures: per-field P/R/F1 with 95% CIs."""
    from summarizer.evals.fixtures import DEFAULT_FIXTURES_DIR, load_fixtures
    from summarizer.evals.report import GateError, add_baseline, build_report, gate, parse_floors
    from summarizer.evals.scorer import Config, score_corpus

    floors = parse_floors(fail_under)  # a bad spec fails before any work
    _check_sources(predictions_dir, recorded_dir, recorded_only, agreement_dir, backend, flags)
    config = Config(resamples=resamples)
    base_baseline = _read_baseline(baseline) if baseline else None
    fixtures_path = str(Path(fixtures_dir)) if fixtures_dir else str(DEFAULT_FIXTURES_DIR)

    fixtures, outcomes = [], []
    if agreement_dir:
        corpus, run = _score_agreement(fixtures_dir, agreement_dir, config, fixtures_path)
    else:
        fixtures = load_fixtures(fixtures_dir, split=split)
        if predictions_dir:
            outcomes, run = _load_predictions(fixtures, predictions_dir)
        elif recorded_dir:
            outcomes, run = _run_recorded(fixtures, recorded_dir, recorded_only, flags, concurrency=concurrency,
                                          progress=not no_progress, save_dir=save_predictions)
        else:
            outcomes, run = _run_backend(fixtures, backend, flags, concurrency=concurrency,
                                         progress=not no_progress, save_dir=save_predictions)
        run["fixtures_dir"] = fixtures_path
        run["split"] = split or "all"
        corpus = score_corpus([(o.fixture, o.brief, o.error) for o in outcomes], config=config)

    report = build_report(corpus, run=run)
    if base_baseline is not None:
        add_baseline(report, base_baseline, source=baseline, resamples=resamples)
    failures = gate(report, floors) if floors else []
    _write_report(report, as_json, output)
    if html:
        _write_html(report, html, fixtures, outcomes)
    if failures:
        raise GateError("; ".join(failures))
    if corpus.failed:
        raise FixturesFailed(f"{len(corpus.failed)} of {len(corpus.fixtures)} fixture(s) failed; "
                             "their rows are in the report: " + ", ".join(f.id for f in corpus.failed[:5]))


def _check_sources(predictions_dir, recorded_dir, recorded_only, agreement_dir, backend, flags) -> None:
    """Refuses (ConfigError) one source of briefs combined with another or with options it does not take."""
    if sum(bool(x) for x in (predictions_dir, agreement_dir, recorded_dir)) > 1:
        raise ConfigError("--predictions, --recorded and --agreement are exclusive")
    if recorded_only and not recorded_dir:
        raise ConfigError("--recorded-only needs --recorded DIR")
    model, base_url, replay = flags.get("model"), flags.get("base_url"), flags.get("replay")
    if (predictions_dir or agreement_dir) and (backend or model or base_url or replay):
        raise ConfigError("--backend/--model/--base-url/--replay run a model; they do not combine with "
                          "--predictions or --agreement")
    if recorded_dir and ((backend and backend != "openai") or base_url or flags.get("api_key") or replay
                         or flags.get("cache_dir") or flags.get("cache") is not None):
        raise ConfigError("--recorded answers from a loopback server on the openai backend: it does not combine "
                          "with --backend, --base-url, --api-key or the response-cache options")


def _score_agreement(fixtures_dir, agreement_dir, config, fixtures_path):
    """The second labellings under ``agreement_dir`` scored against the fixtures, and the report's run block."""
    from summarizer.evals.agreement import score_agreement

    corpus, _pairs = score_agreement(fixtures_dir, agreement_dir, config=config)
    run = {"backend": "gold:second-labelling", "mode": "agreement", "fixtures_dir": fixtures_path,
           "predictions_dir": str(agreement_dir)}
    return corpus, run


def _load_predictions(fixtures, predictions_dir):
    """The saved briefs of ``predictions_dir`` as outcomes, and the run block that says what made them."""
    from summarizer.evals.runner import load_predictions

    outcomes = load_predictions(fixtures, predictions_dir)
    return outcomes, {**_predictions_run(outcomes), "predictions_dir": str(predictions_dir)}


def _run_recorded(fixtures, recorded_dir, recorded_only, flags, *, concurrency, progress, save_dir):
    """The fixtures briefed from recorded model answers through the real client, and the run block."""
    from summarizer.evals.runner import run_recorded

    from summarizer.config import from_env

    settings = from_env(**{k: v for k, v in flags.items() if k not in ("base_url", "api_key")})
    outcomes, info = run_recorded(fixtures, recorded_dir, settings, only_answered=recorded_only,
                                  concurrency=concurrency, progress=progress, save_dir=save_dir)
    run = {"backend": info.backend, "model": info.model, "prompt_version": info.prompt_version,
           "mode": info.mode, "server": info.server, "recorded_dir": str(recorded_dir),
           "requests": info.requests, "retries": info.retries}
    return outcomes, run


def _run_backend(fixtures, backend, flags, *, concurrency, progress, save_dir):
    """The fixtures briefed by the chosen backend, and the run block."""
    from summarizer.evals.runner import run_backend

    from summarizer.config import from_env

    settings = from_env(backend=backend, **flags)
    outcomes, info = run_backend(
        fixtures, settings, backend=backend, concurrency=concurrency, cache_dir=settings.cache_dir,
        replay=bool(flags.get("replay")),
        progress=progress, save_dir=save_dir,
    )
    run = {"backend": info.backend, "model": info.model, "prompt_version": info.prompt_version,
           "replayed": info.replayed, "mode": info.mode, "server": info.server,
           "requests": info.requests, "retries": info.retries}
    return outcomes, run


def _write_report(report: dict, as_json: bool, output: str | None) -> None:
    """Prints the JSON report (with --json) or the tables, and writes the JSON to ``output`` when given."""
    from summarizer.evals.report import render_table

    text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if as_json:
        write_text(text, output)
    else:
        from rich.console import Console

        render_table(report, Console(file=sys.stdout, width=None if sys.stdout.isatty() else 120))
        if output:
            write_text(text, output)


def _write_html(report: dict, html: str, fixtures, outcomes) -> None:
    """Writes the report as an HTML page, with each fixture's brief view beside it."""
    from summarizer.evals.report import write_html

    written = write_html(report, html, fixtures=fixtures, briefs={o.fixture.id: o.brief for o in outcomes})
    log.info("wrote %s (and %d brief view(s))", html, len(written) - 1)
