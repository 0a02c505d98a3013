"""Run a backend over fixtures, or read saved predictions, producing one :class:`Outcome` each.

* :func:`run_backend` runs the pipeline over the fixtures in a bounded thread pool with a progress
  bar on stderr. A fixture that fails becomes an outcome with its ``error``; the others go on.
* Model backends record every model response in the project's response cache
  (:mod:`summarizer.llm.cache`: one record per request, keyed by the exact request body), the same
  mechanism as ``summarize`` and ``batch``; a rerun is answered from it at no cost. ``replay=True``
  calls no model at all: a fixture whose response is missing fails with that reason (a row in the
  report) and the others are scored. The offline backend makes no model calls: it just runs again.
* :func:`run_recorded` replays recorded model answers (``DIR/<fixture id>.json``) through the real
  OpenAI-compatible path against a loopback :class:`~summarizer.recorded.RecordedServer`; a fixture
  without an answer is an error row, or is left out with ``only_answered``.
* :func:`load_predictions` reads ``<fixture id>.json`` briefs written by any system.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from summarizer.evals.fixtures import Fixture
from summarizer.schemas.brief import Brief

from summarizer.config import Settings
from summarizer.errors import InputError, SummarizerError
from summarizer.output import write_text

log = logging.getLogger("summarizer")

# backends that make no model calls: nothing to record, a rerun just runs them again
DETERMINISTIC_BACKENDS = frozenset({"offline"})

__all__ = ["Outcome", "RunInfo", "answered_fixtures", "load_predictions", "run_backend", "run_recorded"]


@dataclass
class Outcome:
    fixture: Fixture
    brief: Brief | None
    error: str | None = None
    seconds: float = 0.0
    source: str = "run"  # run | replay | file


@dataclass
class RunInfo:
    """What the outcomes came from, for the report's ``run`` block."""

    backend: str
    model: str | None
    prompt_version: str | None
    replayed: int = 0
    mode: str | None = None
    server: str | None = None
    requests: int = 0  # chat-completion requests, re-asks included, over the briefs made
    retries: int = 0  # re-asks after invalid output


def _article(fixture: Fixture):
    from summarizer.article import make_article

    return make_article(fixture.text or "", id=fixture.id, source=fixture.source, published=fixture.published)


def _error_text(e: BaseException) -> str:
    if isinstance(e, SummarizerError):
        return f"{type(e).__name__}: {e}"
    return f"internal error: {type(e).__name__}: {e}"


def _progress(enabled: bool, total: int, label: str):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[last]}"),
        console=Console(stderr=True), disable=not enabled, transient=False,
    )
    task = progress.add_task(label, total=total, last="")
    return progress, task


def run_backend(
    fixtures: Sequence[Fixture],
    settings: Settings,
    *,
    backend: str | None = None,
    concurrency: int | None = None,
    cache_dir: str | Path | None = None,
    replay: bool = False,
    progress: bool = True,
    save_dir: str | Path | None = None,
    cache: bool = True,
) -> tuple[list[Outcome], RunInfo]:
    """Brief every fixture with ``backend``; outcomes come back in fixture order. ``cache=False``
    neither reads nor writes the response cache (a model backend's answers are otherwise recorded)."""
    from summarizer.pipeline import Summarizer, choose_backend

    name = backend or choose_backend(settings)
    records = name not in DETERMINISTIC_BACKENDS
    if records:
        settings = settings.with_(cache=cache, replay=replay or None, cache_dir=str(cache_dir) if cache_dir else None)
    elif replay:
        log.info("the %s backend makes no model calls: --replay just runs it again", name)
    first = Summarizer(settings, backend=name)  # configuration errors surface here, once
    model = getattr(first.backend, "model", None)
    version = getattr(first.backend, "version", None) or _prompt_version()
    info = RunInfo(backend=name, model=model, prompt_version=version, mode=getattr(first.backend, "mode", None),
                   server=getattr(first.backend, "server", None))

    pool: queue.SimpleQueue = queue.SimpleQueue()
    pool.put(first)

    def one(fixture: Fixture) -> Outcome:
        start = time.perf_counter()
        try:
            try:
                pipeline = pool.get_nowait()
            except queue.Empty:
                pipeline = Summarizer(settings, backend=name)  # one per worker
            try:
                brief = pipeline.summarize(_article(fixture))
            finally:
                pool.put(pipeline)
            source = "replay" if replay and records else "run"
            return Outcome(fixture, brief, seconds=time.perf_counter() - start, source=source)
        except KeyboardInterrupt:
            raise
        except Exception as e:
            log.debug("fixture %s failed", fixture.id, exc_info=True)
            return Outcome(fixture, None, error=_error_text(e), seconds=time.perf_counter() - start)

    workers = max(1, concurrency or (1 if not records else 4))
    results: dict[str, Outcome] = {}
    bar, task = _progress(progress, len(fixtures), f"eval {name}")
    with bar, ThreadPoolExecutor(max_workers=workers) as executor:
        futures = {executor.submit(one, f): f for f in fixtures}
        for future in as_completed(futures):
            outcome = future.result()
            results[outcome.fixture.id] = outcome
            if outcome.error:
                log.warning("%s failed: %s", outcome.fixture.id, outcome.error)
            if save_dir and outcome.brief is not None:
                path = Path(save_dir) / f"{outcome.fixture.id}.json"
                path.parent.mkdir(parents=True, exist_ok=True)
                write_text(outcome.brief.model_dump_json(indent=1), str(path))
            bar.update(task, advance=1, last=("FAILED " if outcome.error else "") + outcome.fixture.id)
    outcomes = [results[f.id] for f in fixtures]
    info.replayed = sum(1 for o in outcomes if o.source == "replay")
    usages = [o.brief.run.usage for o in outcomes if o.brief is not None and o.brief.run is not None]
    info.requests = sum(u.requests for u in usages)
    info.retries = sum(u.retries for u in usages)
    return outcomes, info


def answered_fixtures(fixtures: Sequence[Fixture], folder: str | Path) -> tuple[list[Fixture], list[Fixture]]:
    """(fixtures with a recorded answer ``folder/<id>.json``, fixtures without one)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError("no such folder of recorded answers", source=str(root))
    answered = [f for f in fixtures if (root / f"{f.id}.json").is_file()]
    ids = {f.id for f in answered}
    return answered, [f for f in fixtures if f.id not in ids]


def run_recorded(
    fixtures: Sequence[Fixture],
    folder: str | Path,
    settings: Settings,
    *,
    only_answered: bool = False,
    concurrency: int | None = None,
    progress: bool = True,
    save_dir: str | Path | None = None,
) -> tuple[list[Outcome], RunInfo]:
    """Replay the recorded answers in ``folder`` through the OpenAI-compatible path.

    ``settings`` may set the dialect (``mode``/``server``, default the OpenAI server's
    ``json_schema``), re-asks, strictness and chunking; the endpoint, model and cache are set here
    (no response cache: a changed answer file must be replayed as it now is). A fixture without an
    answer, or whose answer file is unreadable, is an error row; ``only_answered`` leaves the
    unanswered ones out instead (logged)."""
    from summarizer.recorded import RecordedServer, read_answer, recorded_settings

    answered, unanswered = answered_fixtures(fixtures, folder)
    root = Path(folder)
    ids = {f.id for f in fixtures}
    extra = sorted(p.stem for p in root.glob("*.json") if p.stem not in ids)
    if extra:
        log.warning("%d recorded answer(s) match no fixture and are ignored: %s", len(extra), ", ".join(extra[:5]))
    if only_answered and unanswered:
        log.info("%d fixture(s) without a recorded answer left out: %s", len(unanswered),
                 ", ".join(f.id for f in unanswered[:5]) + (" ..." if len(unanswered) > 5 else ""))
    if only_answered and not answered:
        raise InputError("no fixture has a recorded answer here", source=str(root))
    errors: dict[str, Outcome] = {}
    if not only_answered:
        for f in unanswered:
            errors[f.id] = Outcome(f, None, error=f"no recorded answer {f.id}.json in {root}", source="file")
    by_text: dict[str, dict] = {}
    runnable = []
    for f in answered:
        try:
            by_text[_article(f).text] = read_answer(root / f"{f.id}.json")
            runnable.append(f)
        except SummarizerError as e:
            errors[f.id] = Outcome(f, None, error=_error_text(e), source="file")
    with RecordedServer(by_text) as server:
        outcomes, info = run_backend(runnable, recorded_settings(settings, server), backend="openai",
                                     concurrency=concurrency, progress=progress, save_dir=save_dir, cache=False)
    by_id = {o.fixture.id: o for o in outcomes} | errors
    kept = answered if only_answered else fixtures
    return [by_id[f.id] for f in kept], info


def _prompt_version() -> str | None:
    try:
        from summarizer.llm.prompting import prompt_version

        return prompt_version()
    except SummarizerError:
        return None


def load_predictions(fixtures: Sequence[Fixture], folder: str | Path) -> list[Outcome]:
    """One outcome per fixture from ``folder/<fixture id>.json`` (a Brief as JSON); a missing or
    invalid file is that fixture's error."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError("no such predictions folder", source=str(root))
    ids = {f.id for f in fixtures}
    extra = sorted(p.stem for p in root.glob("*.json") if p.stem not in ids)
    if extra:
        log.warning("%d prediction file(s) match no fixture and are ignored: %s", len(extra), ", ".join(extra[:5]))
    outcomes = []
    for fixture in fixtures:
        path = root / f"{fixture.id}.json"
        try:
            brief = Brief.model_validate_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            outcomes.append(Outcome(fixture, None, error=f"no prediction file {path.name}", source="file"))
            continue
        except ValidationError as e:
            first = e.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "file"
            outcomes.append(Outcome(fixture, None, source="file",
                                    error=f"{path.name}: not a Brief ({where}: {first['msg']}; {e.error_count()} error(s))"))
            continue
        except (OSError, UnicodeDecodeError) as e:
            outcomes.append(Outcome(fixture, None, error=f"{path.name}: cannot read ({e})", source="file"))
            continue
        outcomes.append(Outcome(fixture, brief, source="file"))
    return outcomes
