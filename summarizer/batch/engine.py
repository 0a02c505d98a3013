"""More than one process: articles in bounded batches to Dask workers, briefs streamed back.

    from distributed import Client
    from summarizer.batch import brief_many

    with Client("tcp://scheduler:8786") as client:          # or Client(LocalCluster(n_workers=4))
        for outcome in brief_many(articles, client=client, settings=settings):
            print(outcome.json if outcome.ok else outcome.message)

The client reads the input as a stream and keeps a bounded number of batches in flight (each
worker thread busy plus one queued per worker), so memory does not grow with the input. Each
worker builds its pipeline once (:mod:`summarizer.batch.worker`) and returns one
:class:`~summarizer.batch.worker.Outcome` per article, the brief already serialised; outcomes
arrive in completion order. With ``client=None`` the same batches run in this process (the
offline backend's batched path without Dask).

Budgets are split evenly over the workers present when the run starts: ``concurrency`` (requests
in flight across the cluster), ``rpm`` and ``tpm`` (per-minute budgets) each become a per-process
share. :func:`run_many` is ``summarizer batch --workers/--scheduler``: the same output, errors file,
progress and ``--resume`` as :func:`~summarizer.batch.runner.run_batch`, written by the client only.
"""

from __future__ import annotations

import concurrent.futures
import logging
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from summarizer.article import Article
from summarizer.batch.runner import BatchOutput, BatchResult
from summarizer.batch.worker import Outcome, WorkSpec, as_articles, brief_batch, brief_partition
from summarizer.config import Settings, from_env
from summarizer.errors import BackendError, ConfigError, InputError, SummarizerError

log = logging.getLogger("summarizer")

OFFLINE_BATCH = 16  # articles per task for the offline backend (a few seconds of parsing)


def plan(settings: Settings, workers: int, *, concurrency: int = 8, rpm: int | None = None,
         tpm: int | None = None, batch_size: int | None = None) -> tuple[WorkSpec, int]:
    """The per-process share of the budgets, and the articles per task."""
    from summarizer.pipeline import choose_backend

    if concurrency < 1:
        raise InputError("concurrency must be at least 1")
    workers = max(1, workers)
    per_worker = max(1, math.ceil(concurrency / workers))
    spec = WorkSpec(settings, concurrency=per_worker, rpm=rpm and max(1, rpm // workers),
                    tpm=tpm and max(1, tpm // workers), batch_size=min(batch_size or OFFLINE_BATCH, 64))
    if batch_size is None:
        batch_size = OFFLINE_BATCH if choose_backend(settings) == "offline" else max(8, per_worker)
    return spec, batch_size


def brief_many(articles: Iterable, *, client=None, settings: Settings | None = None, concurrency: int = 8,
               rpm: int | None = None, tpm: int | None = None, batch_size: int | None = None) -> Iterator[Outcome]:
    """Brief every article (Article objects, texts, or ``{"text", "id", ...}`` records) on the Dask
    ``client``'s workers, or in this process when ``client`` is None; one Outcome per article, in
    completion order. A failed article is an Outcome with ``error``; a configuration error
    (e.g. no model) stops the run with its exception."""
    settings = settings or from_env()
    if client is None:
        workers, slots = 1, 1
    else:
        nthreads = client.nthreads()  # {worker address: threads}, every worker
        workers = len(nthreads)
        if not workers:
            raise BackendError("the Dask cluster has no workers")
        slots = sum(nthreads.values())
    spec, size = plan(settings, workers, concurrency=concurrency, rpm=rpm, tpm=tpm, batch_size=batch_size)
    with _executor(client) as (submit, wait_any, cancel):
        yield from _stream(articles, spec, size, slots + workers, submit, wait_any, cancel)


def _stream(articles, spec, size, max_pending, submit, wait_any, cancel) -> Iterator[Outcome]:
    pending: dict = {}  # future -> the ids of its batch (to report them if the batch is lost)
    bad: list[Outcome] = []  # items that are not articles, reported as they are met
    try:
        for batch in _batches(articles, size, bad):
            yield from bad
            bad.clear()
            while len(pending) >= max_pending:
                done, _ = wait_any(list(pending))
                for future in done:
                    yield from _collect(future, pending.pop(future))
            if batch:
                pending[submit(brief_batch, spec, batch)] = [a.id for a in batch]
        yield from bad
        while pending:
            done, _ = wait_any(list(pending))
            for future in done:
                yield from _collect(future, pending.pop(future))
    finally:
        if pending:
            cancel(list(pending))


def _batches(articles: Iterable, size: int, bad: list[Outcome]) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in as_articles(articles):
        if isinstance(item, Outcome):
            bad.append(item)
            if len(bad) >= size:
                yield []
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _collect(future, ids: list[str]) -> list[Outcome]:
    try:
        return future.result()
    except SummarizerError:
        raise  # the pipeline could not be built (no model, bad settings): the run stops with it
    except ImportError as e:  # every batch would fail the same way
        raise ConfigError(f"a worker cannot import what the run needs ({e}): install the same version of "
                          "summarizer on every worker") from None
    except Exception as e:  # a lost worker, a broken connection: this batch failed, the run goes on
        log.debug("a batch of %d failed", len(ids), exc_info=True)
        message = f"the batch was lost: {type(e).__name__}: {e}"
        return [Outcome(article_id, error="WorkerError", message=message) for article_id in ids]


@contextmanager
def _executor(client):
    """(submit, wait_any, cancel) over the Dask client, or over one thread of this process."""
    if client is not None:
        from distributed import wait

        yield (lambda fn, *args: client.submit(fn, *args, pure=False),
               lambda futures: wait(futures, return_when="FIRST_COMPLETED"),
               client.cancel)
        return
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="summarizer-batch") as pool:
        yield (pool.submit,
               lambda futures: concurrent.futures.wait(futures, return_when=concurrent.futures.FIRST_COMPLETED),
               lambda futures: [f.cancel() for f in futures])


def brief_bag(bag, settings: Settings | None = None, *, concurrency: int = 8, rpm: int | None = None,
              tpm: int | None = None, batch_size: int = OFFLINE_BATCH):
    """A Dask bag of articles -> a (lazy) bag of Outcomes, one task per partition.

    ``concurrency``, ``rpm`` and ``tpm`` are per worker process here. Keep partitions to a few
    hundred articles: a partition's outcomes are held until it is done.
    """
    spec = WorkSpec(settings or from_env(), concurrency=concurrency, rpm=rpm, tpm=tpm, batch_size=batch_size)
    return bag.map_partitions(brief_partition, spec)


# -- the command line's run: output file, errors file, resume ---------------------------------

def run_many(articles: Iterable, output: Path, *, errors: Path, settings: Settings, client=None,
             concurrency: int = 8, resume: bool = False, progress=None, rpm: int | None = None,
             tpm: int | None = None, batch_size: int | None = None) -> BatchResult:
    """:func:`~summarizer.batch.runner.run_batch`'s contract over :func:`brief_many`: each brief
    one line of ``output`` (completion order), failures in ``errors``, ``resume`` skips the ids
    already written. Only this process writes, so a kill loses at most the briefs in flight."""
    with BatchOutput(output, errors, resume=resume) as sink:
        todo = (article for article in map(sink.admit, articles) if article is not None)
        for outcome in brief_many(todo, client=client, settings=settings, concurrency=concurrency, rpm=rpm,
                                  tpm=tpm, batch_size=batch_size):
            if outcome.json is not None:
                sink.write(outcome.json)
            else:
                sink.fail(outcome.id, outcome.error, outcome.message)
            if progress:
                progress()
    return sink.result


@contextmanager
def dask_client(*, workers: int | None = None, scheduler: str | None = None, threads_per_worker: int = 2):
    """A Dask client: on the cluster at ``scheduler``, or on a new local cluster of ``workers``
    processes (closed on exit)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--workers and --scheduler need Dask: pip install 'summarizer[dask]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as e:
            raise BackendError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
        with client:
            yield client
        return
    # silence_logs: Dask's own warnings stay off the terminal (a busy worker process that takes over
    # 4 s to exit after the run is killed by its nanny with a warning; the run's output is complete)
    import dask

    # no statistical profiler in the workers (it samples every thread's stack every 10 ms: CPU the
    # briefs need); an existing cluster keeps its own configuration
    with dask.config.set({"distributed.worker.profile.enabled": False}), \
            LocalCluster(n_workers=workers or 1, threads_per_worker=threads_per_worker, processes=True,
                         host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        yield client
