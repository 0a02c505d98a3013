"""Many articles: a concurrent, resumable batch run.

* Input is streamed (JSONL records or a folder of files), so memory holds at most
  ``concurrency`` articles in flight, never the whole input.
* Up to ``concurrency`` articles are in flight at once (asyncio tasks over the async client).
* Each finished brief is one JSON line, written with a single ``write`` on an append-only file
  descriptor and flushed: a record is either whole or, after a kill mid-write, a trailing partial
  line that ``resume`` cuts off before it continues. Records carry the article id
  (``article.id``); output order is completion order.
* A failed article becomes one line in the errors file (id, error type, message) and the run
  goes on. ``resume`` skips every id already in the output and retries the ones that failed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from summarizer.article import Article, iter_articles, iter_jsonl
from summarizer.errors import InputError, SummarizerError
from summarizer.redact import redact

log = logging.getLogger("summarizer")


def iter_input(source: str, *, max_chars: int | None = None) -> Iterator[Article | InputError]:
    """Articles from a JSONL file (``id``, ``text``, optional ``published``, ``source``) or from
    every file in a folder (id: the path relative to the folder), streamed. A bad record or file is
    yielded as its InputError, so the run can record it and go on; a missing input raises.
    ``max_chars`` refuses a file too large for an article without reading it."""
    path = Path(source)
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
            rel = file.relative_to(path).as_posix()
            try:
                for n, item in enumerate(iter_articles(str(file), max_chars=max_chars)):
                    if isinstance(item, InputError):
                        item.source = rel if n == 0 else f"{rel}#{n}"
                        yield item
                    else:
                        yield _with_id(item, rel if n == 0 else f"{rel}#{n}")
            except InputError as e:
                e.source = rel
                yield e
        return
    if not path.exists():
        raise InputError("no such file", source=source)
    if path.suffix.lower() == ".jsonl":
        yield from iter_jsonl(source)
        return
    yield from iter_articles(source, max_chars=max_chars)


def _with_id(article: Article, article_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=article_id)


def count_input(source: str) -> int | None:
    """How many articles the input holds, cheaply (for the progress bar), or None."""
    path = Path(source)
    try:
        if path.is_dir():
            return sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        if path.suffix.lower() == ".jsonl":
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
    except OSError:
        return None
    return None


def done_ids(output: Path) -> set[str]:
    """Ids already written to ``output``; a partial last line (a kill mid-write) is cut off."""
    if not output.exists():
        return set()
    ids: set[str] = set()
    good_end = 0
    with open(output, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
                ids.add(record["article"]["id"])
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(line)
    if good_end != output.stat().st_size:
        log.warning("%s: cutting off a partial last record (%d bytes) before resuming", output, output.stat().st_size - good_end)
        with open(output, "r+b") as fh:
            fh.truncate(good_end)
    return ids


class RecordWriter:
    """Appends whole lines with one ``os.write`` each, on an O_APPEND descriptor."""

    def __init__(self, path: Path, *, fresh: bool):
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if fresh else 0)
        self.fd = os.open(path, flags, 0o644)

    def write(self, record: str) -> None:
        data = (record.rstrip("\n") + "\n").encode("utf-8")
        written = os.write(self.fd, data)
        while written < len(data):  # only on exotic file systems
            written += os.write(self.fd, data[written:])

    def close(self) -> None:
        os.close(self.fd)


class RateLimiter:
    """Requests-per-minute and tokens-per-minute budgets shared by every request of a run.

    Token cost is estimated before sending: request bytes / 4 plus ``max_tokens``.
    """

    def __init__(self, rpm: int | None = None, tpm: int | None = None):
        self.rpm, self.tpm = rpm, tpm
        self._sent: list[tuple[float, int]] = []  # (time, tokens) within the last minute
        self._lock = asyncio.Lock()

    async def acquire(self, tokens: int) -> None:
        if not self.rpm and not self.tpm:
            return
        async with self._lock:
            while True:
                now = time.monotonic()
                self._sent = [(t, n) for t, n in self._sent if now - t < 60]
                used = sum(n for _, n in self._sent)
                if (not self.rpm or len(self._sent) < self.rpm) and (not self.tpm or not self._sent or used + tokens <= self.tpm):
                    self._sent.append((now, tokens))
                    return
                await asyncio.sleep(max(0.01, 60 - (now - self._sent[0][0])))


class RateLimitedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: RateLimiter):
        self.inner, self.limiter = inner, limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            body = await request.aread()
            try:
                max_tokens = int(json.loads(body).get("max_tokens") or 0)
            except (ValueError, AttributeError):
                max_tokens = 0
            await self.limiter.acquire(len(body) // 4 + max_tokens)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass
class BatchResult:
    written: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)  # the first few, for the summary line


class BatchOutput:
    """The output and errors files of a run, and its counts; what :func:`run_batch` and
    :func:`~summarizer.batch.engine.run_many` share.

    Refuses an existing, non-empty ``output`` unless ``resume`` (then the ids already written are
    skipped and a partial last record is cut off); the errors file starts afresh. Use as a context
    manager: both files are closed on exit and ``result.seconds`` is set.
    """

    def __init__(self, output: Path, errors: Path, *, resume: bool = False):
        if output.exists() and output.stat().st_size and not resume:
            raise InputError(f"{output} exists: pass --resume to continue it, or remove it")
        self.skip = done_ids(output) if resume else set()
        self.result = BatchResult(skipped=len(self.skip))
        self._out = RecordWriter(output, fresh=not resume)
        self._err = RecordWriter(errors, fresh=True)
        self._seen: set[str | None] = set()
        self._started = time.monotonic()

    def __enter__(self) -> BatchOutput:
        return self

    def __exit__(self, *exc) -> None:
        self._out.close()
        self._err.close()
        self.result.seconds = time.monotonic() - self._started

    def admit(self, item: Article | InputError) -> Article | None:
        """The article to brief, or None: a bad record (an InputError value) and a duplicate id
        become error lines; an id already written (``resume``) is skipped."""
        if isinstance(item, InputError):
            self.fail(item.source or "?", "InputError", item.message)
            return None
        if item.id in self.skip:
            return None
        if item.id in self._seen:
            self.fail(item.id, "InputError", "duplicate id in the input; each article needs its own id")
            return None
        self._seen.add(item.id)
        return item

    def write(self, record: str) -> None:
        """One brief (its JSON) as one line of the output."""
        self._out.write(record)
        self.result.written += 1

    def fail(self, article_id: str | None, kind: str | None, message: str | None) -> None:
        """One line of the errors file; the first few are kept for the summary line."""
        message = redact(message or "")  # an error may quote a server that echoed the request, key included
        self._err.write(json.dumps({"id": article_id, "error": kind, "message": message}, ensure_ascii=False))
        self.result.failed += 1
        if len(self.result.errors) < 5:
            self.result.errors.append(f"{article_id}: {message}")


async def run_batch(
    summarizer,
    articles: Iterable[Article | InputError],
    output: Path,
    *,
    errors: Path,
    concurrency: int = 8,
    resume: bool = False,
    progress=None,
) -> BatchResult:
    """Brief every article into ``output`` (JSONL); failures go to ``errors`` (JSONL)."""
    if concurrency < 1:
        raise InputError("concurrency must be at least 1")
    with BatchOutput(output, errors, resume=resume) as sink:

        async def one(article: Article) -> None:
            try:
                brief = await summarizer.asummarize(article)
            except SummarizerError as e:
                sink.fail(article.id, type(e).__name__, str(e))
            except Exception as e:  # a bug in one article must not stop the run
                log.debug("internal error on %s", article.id, exc_info=True)
                sink.fail(article.id, "InternalError", f"{type(e).__name__}: {e}")
            else:
                sink.write(brief.model_dump_json())
            if progress:
                progress()

        pending: set[asyncio.Task] = set()
        try:
            async for item in _aiter(articles):
                article = sink.admit(item)
                if article is None:
                    continue
                if len(pending) >= concurrency:
                    _, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                pending.add(asyncio.create_task(one(article)))
            if pending:
                await asyncio.wait(pending)
        finally:
            for task in pending:
                task.cancel()
    return sink.result


async def _aiter(items: Iterable[Article | InputError]) -> AsyncIterator[Article | InputError]:
    """Iterate the streamed input, letting finished tasks write while a large input streams."""
    for item in items:
        yield item
        await asyncio.sleep(0)
