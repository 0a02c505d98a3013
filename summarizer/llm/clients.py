"""The openai clients a backend talks through: injected as given, or built from the settings with
the response cache (:mod:`summarizer.llm.cache`) wrapped around the transport."""

from __future__ import annotations

import httpx
import openai

from summarizer.config import Settings
from summarizer.errors import ConfigError
from summarizer.llm.cache import CachingTransport, ResponseCache, default_cache_dir


def sync_client(
    settings: Settings,
    *,
    client: openai.OpenAI | None = None,
    http_client: httpx.Client | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
) -> tuple[openai.OpenAI, CachingTransport | None]:
    """The client, and the caching transport it goes through if any. ``client``/``http_client``
    are used as given; otherwise requests go through ``transport`` (default: real HTTP) wrapped in
    the response cache unless ``settings.cache`` is off."""
    cache_transport: CachingTransport | None = None
    if client is None and http_client is None and (settings.cache or settings.replay or transport is not None
                                                   or async_transport is not None):
        inner = transport or httpx.HTTPTransport()
        if settings.cache or settings.replay:
            cache = ResponseCache(settings.cache_dir or default_cache_dir())
            inner = cache_transport = CachingTransport(inner, cache, replay=settings.replay)
        http_client = httpx.Client(transport=inner, timeout=settings.timeout)
    if client is not None:
        return client, cache_transport
    api_key = settings.api_key or ("not-needed" if settings.base_url else None)
    if not api_key:
        raise ConfigError("no API key: set OPENAI_API_KEY (or --api-key), or --base-url for a local server")
    client = openai.OpenAI(
        api_key=api_key,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=0 if settings.replay else settings.http_retries,  # a cache miss is final
        # openai 3.x takes a legacy httpx.Client at run time (is_legacy_httpx_sync_client) but
        # annotates the parameter as httpx2.Client only
        http_client=http_client,  # type: ignore[arg-type]
    )
    return client, cache_transport


def async_twin(
    settings: Settings,
    client: openai.OpenAI,
    cache_transport: CachingTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
) -> openai.AsyncOpenAI:
    """The async client with ``client``'s key, server and settings, through the same cache."""
    transport: httpx.AsyncBaseTransport | None = None
    if cache_transport is not None:
        transport = cache_transport.async_twin(async_transport or httpx.AsyncHTTPTransport())
    elif async_transport is not None:
        transport = async_transport
    http_client = httpx.AsyncClient(transport=transport, timeout=settings.timeout) if transport else None
    return openai.AsyncOpenAI(
        api_key=client.api_key, base_url=str(client.base_url), timeout=settings.timeout,
        max_retries=settings.http_retries,
        http_client=http_client,  # type: ignore[arg-type]  # legacy httpx, as in sync_client
    )
