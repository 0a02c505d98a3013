"""``summarizer batch``: many articles at once, resumable; Batch-API files out and back in.

    summarizer batch articles.jsonl -o briefs.jsonl --concurrency 32
    summarizer batch articles.jsonl -o briefs.jsonl --resume
    summarizer batch articles.jsonl -o briefs.jsonl --workers 4          # a local Dask cluster
    summarizer batch articles.jsonl -o briefs.jsonl --scheduler tcp://host:8786
    summarizer batch export articles.jsonl -o requests.jsonl
    summarizer batch import results.jsonl --articles articles.jsonl -o briefs.jsonl
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

import click

from summarizer.errors import ConfigError, SummarizerError
from summarizer.options import model_options, settings_from_flags

log = logging.getLogger("summarizer")


class _DefaultRun(click.Group):
    """``batch INPUT ...`` means ``batch run INPUT ...``."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultRun)
def batch():
    """Brief many articles: `batch INPUT -o OUT`, or `batch export` / `batch import`."""


class _Progress:
    """A progress bar with rate and ETA on stderr (rich), or nothing."""

    def __init__(self, total: int | None, enabled: bool):
        self.bar = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("briefs"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.speed:.1f}/s" if total else ""), TimeRemainingColumn(),
                console=Console(stderr=True), transient=False,
            )
            self.task = self.bar.add_task("batch", total=total)

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self

    def __call__(self):
        if self.bar:
            self.bar.advance(self.task)

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()


def _errors_path(output: str, errors: str | None) -> Path:
    return Path(errors) if errors else Path(output).with_name(Path(output).name + ".errors.jsonl")


@batch.command("run")
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", required=True, help="JSONL of briefs, one per article, with its id.")
@click.option("--concurrency", type=click.IntRange(1, 1024), default=8, show_default=True)
@click.option("--resume", is_flag=True, help="Continue OUTPUT: skip ids already there, retry failures.")
@click.option("--errors", default=None, help="JSONL of failures (default: OUTPUT.errors.jsonl).")
@click.option("--rpm", type=click.IntRange(1), default=None, help="At most this many requests per minute.")
@click.option("--tpm", type=click.IntRange(1), default=None, help="At most this many tokens per minute (estimated).")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--workers", type=click.IntRange(1, 512), default=None,
              help="Worker processes on a local Dask cluster (default 1: this process).")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Use the Dask cluster at ADDRESS (tcp://host:8786).")
@click.option("--batch-size", type=click.IntRange(1, 4096), default=None,
              help="Articles per task (default: 16 offline; concurrency per worker for a model server).")
@model_options
def run(input_path, output, concurrency, resume, errors, rpm, tpm, no_progress, workers, scheduler, batch_size,
        backend, **flags):
    """Brief every article of INPUT (JSONL with id/text, or a folder of files) into OUTPUT.

    --concurrency, --rpm and --tpm are totals for the run: with several workers each process gets
    an even share."""
    from summarizer.batch.runner import count_input, iter_input, run_batch
    from summarizer.pipeline import choose_backend

    settings = settings_from_flags(backend=backend, **flags)
    if workers and scheduler:
        raise ConfigError("--workers and --scheduler exclude each other (the cluster at ADDRESS has its own workers)")
    errors_path = _errors_path(output, errors)
    show = not no_progress and sys.stderr.isatty()
    common = {"errors": errors_path, "concurrency": concurrency, "resume": resume}
    articles = iter_input(input_path, max_chars=settings.max_article_chars)
    distributed = bool(scheduler or (workers or 1) > 1)
    if distributed or choose_backend(settings) == "offline":
        from summarizer.batch.engine import dask_client, run_many
        from summarizer.pipeline import Summarizer

        Summarizer(settings)  # bad settings fail here, before any file is touched (workers build their own)
        settings = settings.with_(backend=choose_backend(settings))  # the choice made (and said) once, here
        with _Progress(count_input(input_path), show) as progress:
            if distributed:
                with dask_client(workers=workers, scheduler=scheduler) as client:
                    result = run_many(articles, Path(output), settings=settings, client=client, progress=progress,
                                      rpm=rpm, tpm=tpm, batch_size=batch_size, **common)
            else:  # the offline backend is CPU-bound: batches through nlp.pipe, in this process
                result = run_many(articles, Path(output), settings=settings, progress=progress,
                                  batch_size=batch_size, **common)
    else:
        pipeline = _async_pipeline(settings, rpm, tpm)
        with _Progress(count_input(input_path), show) as progress:
            result = asyncio.run(run_batch(pipeline, articles, Path(output), progress=progress, **common))
    rate = result.written / result.seconds if result.seconds else 0.0
    log.info("batch: %d written, %d failed, %d already done; %.1f s (%.1f briefs/s)",
             result.written, result.failed, result.skipped, result.seconds, rate)
    if result.failed:
        raise SummarizerError(f"{result.failed} article(s) failed, listed in {errors_path}; the rest were written")


def _async_pipeline(settings, rpm, tpm):
    """The pipeline of a one-process run (asyncio over the async client), rate-limited if asked."""
    from summarizer.batch.runner import RateLimitedTransport, RateLimiter
    from summarizer.pipeline import Summarizer

    async_transport = None
    if rpm or tpm:
        import httpx

        async_transport = RateLimitedTransport(httpx.AsyncHTTPTransport(), RateLimiter(rpm, tpm))
    return Summarizer(settings, async_transport=async_transport)


@batch.command("export")
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", required=True, help="Batch API request file (JSONL).")
@model_options
def export(input_path, output, backend, **flags):
    """Write the exact requests for INPUT as OpenAI Batch API JSONL (also read by vLLM run-batch)."""
    from summarizer.batch.batchapi import export_requests
    from summarizer.batch.runner import iter_input
    from summarizer.errors import InputError

    settings = settings_from_flags(**flags)
    if not settings.model:
        raise SummarizerError("batch export needs --model (it is part of every request)")

    def articles():
        for item in iter_input(input_path):
            if isinstance(item, InputError):
                raise item
            yield item

    from summarizer.output import atomic_open

    with atomic_open(output) as out:  # a failure part-way leaves no half-written request file
        count = export_requests(settings, articles(), out)
    log.info("batch export: %d request(s) written to %s", count, output)


@batch.command("import")
@click.argument("results", nargs=-1, required=True)
@click.option("--articles", "articles_path", required=True, help="The INPUT the requests were exported from.")
@click.option("-o", "--output", required=True, help="JSONL of briefs.")
@click.option("--errors", default=None, help="JSONL of failures (default: OUTPUT.errors.jsonl).")
@model_options
def import_(results, articles_path, output, errors, backend, **flags):
    """Turn Batch API RESULTS (one or more files: outputs and error files) back into briefs, with
    the same validation and grounding as online runs."""
    import json

    from summarizer.batch.batchapi import import_results
    from summarizer.batch.runner import RecordWriter, iter_input
    from summarizer.errors import InputError

    settings = settings_from_flags(**flags)
    errors_path = _errors_path(output, errors)
    out = RecordWriter(Path(output), fresh=True)
    err = RecordWriter(errors_path, fresh=True)

    def articles():
        for item in iter_input(articles_path):
            if isinstance(item, InputError):
                err.write(json.dumps({"id": item.source, "error": "InputError", "message": item.message}))
                continue
            yield item

    def lines():
        for path in results:
            try:
                with open(path, encoding="utf-8") as fh:
                    yield from fh
            except FileNotFoundError:
                raise InputError("no such file", source=path) from None

    try:
        ok, failed = import_results(
            settings, lines(), articles(),
            on_brief=lambda brief: out.write(brief.model_dump_json()),
            on_error=lambda cid, msg: err.write(json.dumps({"id": cid, "error": "ImportError", "message": msg})),
        )
    finally:
        out.close()
        err.close()
    log.info("batch import: %d brief(s) written, %d failed", ok, failed)
    if failed:
        raise SummarizerError(f"{failed} result(s) failed, listed in {errors_path}; the rest were written")
