"""Batch-API files: export the exact requests, import the results through the online pipeline.

For many articles, a provider's batch engine (OpenAI Batch API) or a vLLM cluster
(``python -m vllm.entrypoints.openai.run_batch``) does the model calls; this module writes their
input file and reads their output file back.

Request file (:func:`export_requests`), one JSON object per line::

    {"custom_id": "<article id>", "method": "POST", "url": "/v1/chat/completions", "body": {...}}

``body`` is exactly what the online backend would POST (the real openai + instructor path run
against a capturing transport, as in :func:`~summarizer.llm.backend.capture_request`).
An article longer than ``settings.max_chunk_chars`` is split as online: one line per part, with
custom ids ``<article id>#1`` ... ``<article id>#<n>``; a one-part article's custom id is its id.

Results file (:func:`import_results`), one JSON object per line, as OpenAI and vLLM write it::

    {"id": "...", "custom_id": "...", "response": {"status_code": 200, "request_id": "...",
     "body": {<chat completion>}}, "error": null}

Each article's recorded answer(s) go through the same backend, validation, salvage, grounding and
resolution as an online run (:class:`~summarizer.pipeline.Summarizer` with the OpenAI-compatible
backend), over a transport that answers the chat-completion request with the recorded body. No
re-ask is possible offline, so ``max_retries`` is 0: items still invalid are flagged in their
``issues`` (dropped with ``strict``), exactly as an online run with no retries left.

Import and export must use the same settings that shape the request (model, mode/server,
chunking, few-shot, decoding): the chunking decides the custom ids, and the mode how the answer is
parsed.

Memory: both functions stream. Export holds only the set of ids seen (to refuse duplicates).
Import reads the results once into a temporary on-disk SQLite table keyed by custom id (so the
results may come in any order, as OpenAI's do), then streams the articles, holding one article and
its recorded answer(s) at a time; briefs come out in article order.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

import httpx

from summarizer.article import Article
from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError, InputError, SummarizerError
from summarizer.schemas.brief import Brief

log = logging.getLogger("summarizer")

URL = "/v1/chat/completions"


# -- shared ------------------------------------------------------------------------------------


def _offline_settings(settings: Settings) -> Settings:
    """The settings as :func:`capture_request` normalises them: no model server is ever contacted,
    so the server family is guessed from the URL only (pass ``server`` to be exact)."""
    from summarizer.llm.dialects import guess_server

    if settings.backend not in (None, "openai"):
        raise ConfigError(f"Batch-API files are for an OpenAI-compatible model, not the {settings.backend} backend")
    if not settings.model:
        raise ConfigError("no model given: pass --model or set SUMMARIZER_MODEL")
    if settings.server is None:
        settings = settings.with_(server=guess_server(settings.base_url))
    return settings.with_(
        api_key=settings.api_key or "not-needed",
        base_url=settings.base_url or "http://batch.invalid/v1",
        http_retries=0,
        cache=False,
        replay=False,
    )


def custom_ids(article_id: str, parts: int) -> list[str]:
    """The custom ids of an article split into ``parts`` requests."""
    return [article_id] if parts == 1 else [f"{article_id}#{n}" for n in range(1, parts + 1)]


# -- export ------------------------------------------------------------------------------------


class _Stop(Exception):
    pass


class _QuietRetryLog(logging.Filter):
    """Each captured request ends the call with an 'API call failed' error log; hide those."""

    def filter(self, record: logging.LogRecord) -> bool:
        return False


def export_requests(settings: Settings, articles: Iterable[Article], out: TextIO) -> int:
    """Write one OpenAI Batch API request line per article (per part of a long article) to ``out``.

    Returns the number of lines written. Raises :class:`InputError` for an article with no id, a
    duplicate article id, or a custom id that collides with another article's (``a#1``).
    Lines are written as they are made: on an error, ``out`` holds the lines before it.
    """
    from summarizer.llm.backend import OpenAIBackend

    settings = _offline_settings(settings)
    captured: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(json.loads(request.content))
        raise _Stop()

    backend = OpenAIBackend(settings, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    quiet = _QuietRetryLog()
    loggers = [logging.getLogger("instructor.v2.retry"), logging.getLogger("instructor")]
    for lg in loggers:
        lg.addFilter(quiet)
    seen: set[str] = set()
    lines = 0
    try:
        for article in articles:
            if not article.id:
                raise InputError("an article has no id; each Batch API request needs one")
            if article.id in seen:
                raise InputError("duplicate article id: the Batch API matches results to articles by id", source=article.id)
            pieces = backend._pieces(article)
            ids = custom_ids(article.id, len(pieces))
            clash = next((c for c in ids if c in seen), None)
            if clash is not None:
                raise InputError(f"custom id {clash!r} is also another article's id or part", source=article.id)
            seen.add(article.id)
            seen.update(ids)
            for cid, (span, label) in zip(ids, pieces):
                captured.clear()
                try:
                    backend._create(article, span, label)
                except Exception:
                    pass
                if len(captured) != 1:  # pragma: no cover - the backend changed how it calls
                    raise BackendError(f"capturing the request made {len(captured)} calls", source=cid)
                body = {k: v for k, v in captured[0].items() if not k.startswith("_")}
                record = {"custom_id": cid, "method": "POST", "url": URL, "body": body}
                out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
                lines += 1
    finally:
        for lg in loggers:
            lg.removeFilter(quiet)
    return lines


# -- import ------------------------------------------------------------------------------------


class _RecordedAnswers(httpx.BaseTransport):
    """Answers each chat-completion request with the next recorded body; 404 for anything else."""

    def __init__(self):
        self.queue: deque[dict | None] = deque()  # a body as stored: None when the record had none

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/chat/completions") and self.queue:
            return httpx.Response(200, json=self.queue.popleft(), request=request)
        return httpx.Response(404, json={"error": {"message": "no recorded answer for this request"}}, request=request)


def _classify(record) -> tuple[str | None, dict | None, str | None]:
    """(custom_id, chat-completion body or None, error message or None) of one output record."""
    if not isinstance(record, dict):
        return None, None, "not a JSON object"
    cid = record.get("custom_id")
    cid = str(cid) if cid not in (None, "") else None
    error = record.get("error")
    if error:
        if isinstance(error, dict):
            code, message = error.get("code"), error.get("message")
            text = ": ".join(str(x) for x in (code, message) if x) or json.dumps(error)
        else:
            text = str(error)
        return cid, None, f"batch error: {_one_line(text)}"
    response = record.get("response")
    if not isinstance(response, dict):
        return cid, None, "the record has neither a response nor an error"
    status = response.get("status_code")
    body = response.get("body")
    if status != 200:
        detail: object = ""
        if isinstance(body, dict):
            err = body.get("error")
            detail = err.get("message") if isinstance(err, dict) else err or body.get("detail") or ""
        elif body:
            detail = str(body)
        return cid, None, f"the model server answered {status}" + (f": {_one_line(str(detail))}" if detail else "")
    if isinstance(body, str):  # some servers store the body as a JSON string
        try:
            body = json.loads(body)
        except ValueError:
            return cid, None, "the response body is not JSON"
    if not isinstance(body, dict) or not body.get("choices"):
        return cid, None, "the response body is not a chat completion (no choices)"
    return cid, body, None


def _one_line(text: str, limit: int = 300) -> str:
    return " ".join(text.split())[:limit]


class _ResultStore:
    """Results by custom id in a private temporary on-disk SQLite database (deleted on close)."""

    def __init__(self):
        self.db = sqlite3.connect("")  # "": a temporary on-disk database, not held in memory
        self.db.execute("CREATE TABLE r (cid TEXT PRIMARY KEY, line INTEGER, body TEXT, error TEXT)")

    def add(self, cid: str, line: int, body: dict | None, error: str | None) -> None:
        row = self.db.execute("SELECT line, error FROM r WHERE cid = ?", (cid,)).fetchone()
        if row is None:
            self.db.execute("INSERT INTO r VALUES (?, ?, ?, ?)",
                            (cid, line, None if body is None else json.dumps(body), error))
        elif row[1] is not None and error is None:  # a success after a failure (a re-run batch) wins
            self.db.execute("UPDATE r SET line = ?, body = ?, error = NULL WHERE cid = ?", (line, json.dumps(body), cid))
        else:
            log.warning("results line %d: another result for %r (line %d) is used instead", line, cid, row[0])

    def take(self, cids: list[str]) -> dict[str, tuple[dict | None, str | None]]:
        found = {}
        for cid in cids:
            row = self.db.execute("SELECT body, error FROM r WHERE cid = ?", (cid,)).fetchone()
            if row is not None:
                self.db.execute("DELETE FROM r WHERE cid = ?", (cid,))
                found[cid] = (None if row[0] is None else json.loads(row[0]), row[1])
        return found

    def take_parts_of(self, article_id: str) -> list[str]:
        """Remove and name the results ``<id>#<n>`` (when the article is now in one part)."""
        lo, hi = article_id + "#", article_id + "$"  # '$' follows '#': the range holds every "<id>#..."
        rows = [r[0] for r in self.db.execute("SELECT cid FROM r WHERE cid >= ? AND cid < ?", (lo, hi))]
        self.db.execute("DELETE FROM r WHERE cid >= ? AND cid < ?", (lo, hi))
        return rows

    def rest(self) -> Iterator[tuple[str, str | None]]:
        yield from self.db.execute("SELECT cid, error FROM r ORDER BY line")

    def close(self) -> None:
        self.db.close()


def import_results(
    settings: Settings,
    results: Iterable[str],
    articles: Iterable[Article],
    *,
    on_brief: Callable[[Brief], None],
    on_error: Callable[[str, str], None],
) -> tuple[int, int]:
    """Build a brief for each article from its Batch API result(s); returns ``(ok, failed)``.

    ``results``: the output file's lines; ``articles``: the articles the requests were exported
    from, with the same ``settings``. ``on_brief(brief)`` is called per article, in article order
    (``brief.article.id`` is the article's id). ``on_error(id, message)`` (a one-line message) is called, and the run goes on,
    for: a result with an error or a non-200 status, a body with no usable JSON, a result whose
    custom id names no article, an article with no result (or a part missing), a duplicate article
    id, and an unreadable results line (id ``"results line <n>"``). ``ok`` counts briefs,
    ``failed`` counts ``on_error`` calls.
    """
    from summarizer.llm.backend import OpenAIBackend
    from summarizer.pipeline import Summarizer

    settings = _offline_settings(settings).with_(max_retries=0)
    transport = _RecordedAnswers()
    backend = OpenAIBackend(settings, transport=transport)
    pipeline = Summarizer(settings, backend=backend)
    ok = failed = 0

    def error(cid: str, message: str) -> None:
        nonlocal failed
        failed += 1
        on_error(cid, message)

    store = _ResultStore()
    try:
        _store_results(store, results, error)

        seen: set[str] = set()
        for article in articles:
            if not article.id:
                error("?", "an article has no id")
                continue
            if article.id in seen:
                error(article.id, "duplicate article id: its result was used by the first article with this id")
                continue
            seen.add(article.id)
            parts = len(backend._pieces(article))
            ids = custom_ids(article.id, parts)
            bodies = _answers_of(store, article.id, ids, error)
            if bodies is None:
                continue
            transport.queue.clear()
            transport.queue.extend(bodies)
            try:
                brief = pipeline.summarize(article)
            except SummarizerError as e:
                error(ids[0] if parts == 1 else article.id, _one_line(str(e)))
                continue
            except Exception as e:
                error(ids[0] if parts == 1 else article.id, _one_line(f"unusable result: {type(e).__name__}: {e}"))
                continue
            on_brief(brief)
            ok += 1

        for cid, message in list(store.rest()):
            error(cid, (message + " (and no article has this id)") if message else "no article with this custom id")
    finally:
        store.close()
    return ok, failed


def _store_results(store: _ResultStore, results: Iterable[str], error: Callable[[str, str], None]) -> None:
    """Every line of the results file into ``store`` by custom id; an unreadable line or one with no
    custom id is an error (id ``"results line <n>"``)."""
    for n, line in enumerate(results, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as e:
            error(f"results line {n}", f"invalid JSON ({e})")
            continue
        cid, body, message = _classify(record)
        if cid is None:
            error(f"results line {n}", "the record has no custom_id")
            continue
        store.add(cid, n, body, message)
    store.db.commit()


def _answers_of(store: _ResultStore, article_id: str, ids: list[str], error: Callable[[str, str], None]) -> list[dict | None] | None:
    """The result bodies of an article's parts (``ids``, in order), taken from ``store``; None after
    reporting why not: a part missing, results made with another chunking, or a part that failed."""
    parts = len(ids)
    found = store.take(ids)
    if len(found) < parts:
        stray = store.take_parts_of(article_id) if parts == 1 else list(store.take([article_id]))
        if stray:
            error(article_id, f"the results hold {', '.join(stray[:3])}{'...' if len(stray) > 3 else ''} but the "
                  f"article is now split into {parts} part(s): export and import need the same chunking "
                  f"(max chunk chars)")
        elif not found:
            error(article_id, "no result for this article")
        else:
            missing = [c for c in ids if c not in found]
            error(article_id, f"no result for {', '.join(missing)} ({len(missing)} of {parts} parts)")
        return None
    bad = [(cid, message) for cid in ids if (message := found[cid][1]) is not None]
    for cid, message in bad:
        error(cid, message)
    return None if bad else [found[cid][0] for cid in ids]
