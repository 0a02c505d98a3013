"""A response cache at the HTTP layer: an unchanged rerun costs no model call.

:class:`CachingTransport` wraps the real httpx transport. For every ``POST .../chat/completions``
it hashes the canonical JSON request body (model, messages — which hold the article and the
prompt —, response format and schema, temperature and every other decoding setting) and looks the
hash up on disk. A hit is answered from disk; a miss goes to the server and a 200 answer is stored.
With ``replay=True`` a miss raises :class:`ReplayMiss` instead of calling the model.

On-disk format (one record per request, human-readable, safe to inspect or delete):

    <cache dir>/<key[:2]>/<key>.json
    {"format": 1, "key": "<sha256>", "created": "<ISO time>", "url": "<path>",
     "request": {<the JSON body sent>}, "response": {<the raw JSON answer>}}

Writes are atomic (temporary file + rename), so concurrent runs and a killed process never leave a
half-written record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from pathlib import Path

import httpx

from summarizer.errors import BackendError
from summarizer.output import atomic_open


class ReplayMiss(BackendError):
    exit_code = 9


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "summarizer"


def request_key(body: dict) -> str:
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResponseCache:
    def __init__(self, directory: str | Path):
        self.directory = Path(directory)

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            record = json.loads(self.path(key).read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None
        return record if record.get("key") == key else None

    def put(self, key: str, url: str, request: dict, response: dict) -> None:
        path = self.path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        record = {
            "format": 1,
            "key": key,
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "url": url,
            "request": request,
            "response": response,
        }
        with atomic_open(path) as fh:
            json.dump(record, fh, ensure_ascii=False)


class _CacheLogic:
    """What the sync and async transports share: keys, hits, misses, replay."""

    def __init__(self, cache: ResponseCache, *, replay: bool = False):
        self.cache = cache
        self.replay = replay
        self.hits = 0
        self.misses = 0

    @staticmethod
    def _cacheable(request: httpx.Request) -> bool:
        return request.method == "POST" and request.url.path.endswith("/chat/completions")

    def _lookup(self, request: httpx.Request, body: dict) -> tuple[str, httpx.Response | None]:
        key = request_key(body)
        record = self.cache.get(key)
        if record is not None:
            self.hits += 1
            return key, httpx.Response(200, json=record["response"], request=request)
        if self.replay:
            raise ReplayMiss(f"--replay: no recorded response for this request (key {key[:12]}) in {self.cache.directory}")
        self.misses += 1
        return key, None

    def _store(self, key: str, request: httpx.Request, body: dict, response: httpx.Response) -> None:
        if response.status_code != 200:
            return
        try:
            self.cache.put(key, request.url.path, body, response.json())
        except (ValueError, OSError):
            pass  # an unparseable answer or a full disk is not worth failing the run for


class CachingTransport(_CacheLogic, httpx.BaseTransport):
    """Answers chat completions from a :class:`ResponseCache`, forwarding misses to ``inner``."""

    def __init__(self, inner: httpx.BaseTransport, cache: ResponseCache, *, replay: bool = False):
        super().__init__(cache, replay=replay)
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self._cacheable(request):
            return self.inner.handle_request(request)
        body = json.loads(request.read() or b"{}")
        key, hit = self._lookup(request, body)
        if hit is not None:
            return hit
        response = self.inner.handle_request(request)
        response.read()
        self._store(key, request, body, response)
        return response

    def close(self) -> None:
        self.inner.close()

    def async_twin(self, inner: httpx.AsyncBaseTransport) -> AsyncCachingTransport:
        return AsyncCachingTransport(inner, self.cache, replay=self.replay)


class AsyncCachingTransport(_CacheLogic, httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, cache: ResponseCache, *, replay: bool = False):
        super().__init__(cache, replay=replay)
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self._cacheable(request):
            return await self.inner.handle_async_request(request)
        body = json.loads(await request.aread() or b"{}")
        key, hit = self._lookup(request, body)
        if hit is not None:
            return hit
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self._store(key, request, body, response)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
