"""Run a backend over fixtures, or read saved predictions, producing one :class:`Outcome` each.

* :func:`run_backend` runs the pipeline over the fixtures in a bounded thread pool with a progress
  bar on stderr. A fixture that fails becomes an outcome with its ``error``; the others go on.
* Model backends (anything but ``offline``, which is deterministic and makes no model calls) have
  every brief recorded in the eval cache, one JSON file per fixture, keyed by fixture id + article
  sha256 + backend + model + prompt version. ``replay=True`` reads the records and calls no model;
  a missing record fails the run before anything is sent.
* :func:`load_predictions` reads ``<fixture id>.json`` briefs written by any system.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import queue
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from summarizer.config import Settings
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.evals.fixtures import Fixture
from summarizer.schemas.brief import Brief

log = logging.getLogger("summarizer")

# backends that make no model calls: nothing to record, a rerun just runs them again
DETERMINISTIC_BACKENDS = frozenset({"offline"})

__all__ = ["Outcome", "RunInfo", "cache_key", "default_cache_dir", "load_predictions", "run_backend"]


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


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "summarizer" / "eval"


def cache_key(fixture: Fixture, backend: str, model: str | None, prompt_version: str | None) -> str:
    parts = {"fixture": fixture.id, "sha256": fixture.sha256, "backend": backend, "model": model,
             "prompt_version": prompt_version}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


def _cache_path(cache_dir: Path, fixture: Fixture, key: str) -> Path:
    return cache_dir / f"{fixture.id}.{key[:16]}.json"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


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
) -> tuple[list[Outcome], RunInfo]:
    """Brief every fixture with ``backend``; outcomes come back in fixture order."""
    from summarizer.pipeline import Summarizer, choose_backend

    name = backend or choose_backend(settings)
    records = name not in DETERMINISTIC_BACKENDS
    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    first = None if (replay and records) else Summarizer(settings, backend=name)  # config errors surface here, once
    model = getattr(first.backend, "model", None) if first else settings.model
    version = (getattr(first.backend, "version", None) if first else None) or _prompt_version()
    info = RunInfo(backend=name, model=model, prompt_version=version)
    keys = {f.id: cache_key(f, name, model, version) for f in fixtures}

    if replay and records:
        missing = [f.id for f in fixtures if not _cache_path(cache, f, keys[f.id]).exists()]
        if missing:
            shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
            raise ConfigError(
                f"--replay: no recorded brief in {cache} for {shown} (backend {name}, model {model}, "
                f"prompt {version}); run once without --replay to record them"
            )
    elif replay:
        log.info("the %s backend makes no model calls: --replay just runs it again", name)

    pool: queue.SimpleQueue = queue.SimpleQueue()
    if first is not None:
        pool.put(first)

    def one(fixture: Fixture) -> Outcome:
        start = time.perf_counter()
        path = _cache_path(cache, fixture, keys[fixture.id])
        try:
            if replay and records:
                brief = Brief.model_validate_json(path.read_text(encoding="utf-8"))
                return Outcome(fixture, brief, seconds=time.perf_counter() - start, source="replay")
            try:
                pipeline = pool.get_nowait()
            except queue.Empty:
                pipeline = Summarizer(settings, backend=name)  # one per worker: backends keep per-call state
            try:
                brief = pipeline.summarize(_article(fixture))
            finally:
                pool.put(pipeline)
            if records:
                _write_atomic(path, brief.model_dump_json(indent=1))
            return Outcome(fixture, brief, seconds=time.perf_counter() - start)
        except KeyboardInterrupt:
            raise
        except Exception as e:  # noqa: BLE001 - a failed fixture is a row in the report, never a lost run
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
                _write_atomic(Path(save_dir) / f"{outcome.fixture.id}.json", outcome.brief.model_dump_json(indent=1))
            bar.update(task, advance=1, last=("FAILED " if outcome.error else "") + outcome.fixture.id)
    outcomes = [results[f.id] for f in fixtures]
    info.replayed = sum(1 for o in outcomes if o.source == "replay")
    return outcomes, info


def _prompt_version() -> str | None:
    try:
        from summarizer.prompting import prompt_version

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
