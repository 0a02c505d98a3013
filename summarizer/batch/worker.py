"""What runs on a batch worker: one pipeline per process, built on first use, and batches through it.

A task is :func:`brief_batch` (a list of articles) or :func:`brief_partition` (a Dask bag
partition); both return one :class:`Outcome` per article, the brief already serialised to JSON so
the client only writes it. The pipeline is built once per process for a given :class:`WorkSpec`
and reused by every later task:

* a backend that can wait on the network (``aextract``: the OpenAI-compatible one) runs on an
  event loop of its own in a background thread; ``spec.concurrency`` requests are in flight in the
  process at most, shared by every task running there, and ``spec.rpm``/``spec.tpm`` budget the
  process's requests;
* a CPU-bound backend (the offline one) goes through :meth:`Summarizer.summarize_many`, which
  hands it whole batches (``nlp.pipe``), one task at a time per process.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from summarizer.article import Article, make_article
from summarizer.config import Settings
from summarizer.errors import InputError, SummarizerError

log = logging.getLogger("summarizer")


@dataclass(frozen=True)
class WorkSpec:
    """What a worker process needs to build its pipeline (sent with every task; small)."""

    settings: Settings
    concurrency: int = 8  # requests in flight in one worker process (LLM backends)
    rpm: int | None = None  # this process's share of the requests-per-minute budget
    tpm: int | None = None  # this process's share of the tokens-per-minute budget
    batch_size: int = 16  # articles per nlp.pipe batch (offline backend)


@dataclass(frozen=True)
class Outcome:
    """One article's result: ``json`` (the brief, as batch writes it) or ``error`` and ``message``."""

    id: str | None
    json: str | None = None
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.json is not None

    def brief(self):
        """The brief as a :class:`~summarizer.schemas.Brief` (parsed from ``json``)."""
        from summarizer.schemas.brief import Brief

        if self.json is None:
            raise SummarizerError(f"{self.id}: no brief ({self.error}: {self.message})")
        return Brief.model_validate_json(self.json)

    @classmethod
    def failed(cls, article_id: str | None, error: BaseException) -> Outcome:
        if isinstance(error, SummarizerError):
            return cls(article_id, error=type(error).__name__, message=str(error))
        log.debug("internal error on %s", article_id, exc_info=error)
        return cls(article_id, error="InternalError", message=f"{type(error).__name__}: {error}")


def brief_batch(spec: WorkSpec, articles: list[Article]) -> list[Outcome]:
    """Brief ``articles`` with this process's pipeline for ``spec``; one Outcome per article, in order."""
    return _pipeline(spec).run(articles)


def brief_partition(articles: Iterable, spec: WorkSpec) -> list[Outcome]:
    """A Dask bag partition (Article objects, texts, or records with ``text`` and optional ``id``,
    ``published``, ``source``, ``title``) through :func:`brief_batch`."""
    items = list(as_articles(articles))
    bad = [o for o in items if isinstance(o, Outcome)]
    return bad + brief_batch(spec, [a for a in items if isinstance(a, Article)])


def as_articles(items: Iterable) -> Iterator[Article | Outcome]:
    """Each item as an Article (:func:`as_article`), or, for one that is none, its failed Outcome, in order."""
    for n, item in enumerate(items):
        try:
            yield as_article(item, n)
        except SummarizerError as e:
            yield Outcome.failed(e.source, e)


def as_article(item, n: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return make_article(item, id=str(n))
    if isinstance(item, dict) and isinstance(item.get("text"), str):
        return make_article(item["text"], id=str(item.get("id") or n), source=item.get("source"),
                            published=item.get("published"), title=item.get("title"))
    raise InputError("an article is an Article, a text, or a record with a string field 'text'", source=str(n))


# -- the per-process pipeline ------------------------------------------------------------------

_LOCK = threading.Lock()
_CURRENT: tuple[WorkSpec, _SyncPipeline | _AsyncPipeline] | None = None


def _pipeline(spec: WorkSpec) -> _SyncPipeline | _AsyncPipeline:
    """This process's pipeline for ``spec``, built on first use (the last spec's is kept)."""
    global _CURRENT
    with _LOCK:
        if _CURRENT is None or _CURRENT[0] != spec:
            if _CURRENT is not None:
                _CURRENT[1].close()
            _CURRENT = (spec, _build(spec))
        return _CURRENT[1]


def _build(spec: WorkSpec) -> _SyncPipeline | _AsyncPipeline:
    from summarizer.batch.runner import RateLimitedTransport, RateLimiter
    from summarizer.pipeline import Summarizer

    transport = None
    if spec.rpm or spec.tpm:
        import httpx

        transport = RateLimitedTransport(httpx.AsyncHTTPTransport(), RateLimiter(spec.rpm, spec.tpm))
    summarizer = Summarizer(spec.settings, async_transport=transport)
    if hasattr(summarizer.backend, "aextract"):
        return _AsyncPipeline(summarizer, spec.concurrency)
    return _SyncPipeline(summarizer, spec.batch_size)


class _SyncPipeline:
    """A CPU-bound backend: whole batches through ``summarize_many``, one task at a time."""

    def __init__(self, summarizer, batch_size: int):
        self.summarizer, self.batch_size = summarizer, batch_size
        self.lock = threading.Lock()

    def run(self, articles: list[Article]) -> list[Outcome]:
        outcomes = []
        with self.lock:
            for article, result in self.summarizer.summarize_many(articles, batch_size=self.batch_size):
                if isinstance(result, Exception):
                    outcomes.append(Outcome.failed(article.id, result))
                else:
                    outcomes.append(Outcome(article.id, result.model_dump_json()))
        return outcomes

    def close(self) -> None:
        pass


class _AsyncPipeline:
    """A network-bound backend: every task's articles on one event loop, ``concurrency`` in flight."""

    def __init__(self, summarizer, concurrency: int):
        self.summarizer = summarizer
        self.slots = asyncio.Semaphore(concurrency)  # bound to the loop on first use
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="summarizer-batch-loop", daemon=True)
        self.thread.start()

    def run(self, articles: list[Article]) -> list[Outcome]:
        return asyncio.run_coroutine_threadsafe(self._all(articles), self.loop).result()

    async def _all(self, articles: list[Article]) -> list[Outcome]:
        return list(await asyncio.gather(*(self._one(article) for article in articles)))

    async def _one(self, article: Article) -> Outcome:
        async with self.slots:
            try:
                brief = await self.summarizer.asummarize(article)
            except Exception as e:  # one article's failure is its outcome; the others go on
                return Outcome.failed(article.id, e)
        return Outcome(article.id, brief.model_dump_json())

    def close(self) -> None:
        async def shutdown():
            client = getattr(self.summarizer.backend, "_async", None)
            if client is not None:
                await client.client.close()
            await asyncio.get_running_loop().shutdown_default_executor()

        try:
            asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(timeout=10)
        except Exception:  # closing is best effort
            log.debug("closing the worker's async client failed", exc_info=True)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        if not self.thread.is_alive():
            self.loop.close()
