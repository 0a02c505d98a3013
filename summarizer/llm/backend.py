"""Any OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp, LM Studio) through instructor.

The server's structured-output dialect (``json_schema``, ``json``, ``tools``, ``md_json``) is chosen
per server family in :mod:`summarizer.llm.dialects` unless set explicitly.

Invalid output (malformed JSON, evidence not in the article, a claimant that is not an actor) is
sent back to the model by instructor's retry loop. What still fails after the last retry is
salvaged item by item and flagged (or dropped with ``strict``); output with no parseable JSON at
all raises :class:`~summarizer.errors.ModelOutputError`.
"""

from __future__ import annotations

import json
from urllib.parse import urlparse

import httpx
import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException

from summarizer.article import Article
from summarizer.chunking import chunks
from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError
from summarizer.grounding import grounder_for
from summarizer.llm import clients, dialects, failures, prompting, usage
from summarizer.redact import register
from summarizer.resolve import from_extraction, merge
from summarizer.schemas.brief import Brief, RunInfo
from summarizer.schemas.extraction import Extraction

# Wrapped once: instructor wraps a plain model in a new subclass (pydantic create_model, ~2 ms)
# on every request unless it already is one of its response schemas.
_RESPONSE_MODEL = instructor.openai_schema(Extraction)

# Refuse model requests when False (the tests set it): a backend may then only use an injected
# client or transport, or a loopback server. The backend checks it before a client is built.
ALLOW_MODEL_REQUESTS = True


def _is_loopback(base_url: str | None) -> bool:
    host = (urlparse(base_url).hostname or "") if base_url else ""
    return host in ("localhost", "::1") or host.startswith("127.")


class OpenAIBackend:
    name = "openai"

    def __init__(
        self,
        settings: Settings,
        *,
        client: openai.OpenAI | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ):
        """``client``/``http_client`` are used as given; otherwise requests go through ``transport``
        (default: real HTTP) wrapped in the response cache unless ``settings.cache`` is off."""
        if not settings.model:
            raise ConfigError("no model given: pass --model or set SUMMARIZER_MODEL")
        injected = any(x is not None for x in (client, http_client, transport, async_transport))
        if not ALLOW_MODEL_REQUESTS and not injected and not _is_loopback(settings.base_url):
            raise ConfigError("model requests are disabled (summarizer.llm.backend.ALLOW_MODEL_REQUESTS)")
        self.settings = settings
        self.model = settings.model
        register(settings.api_key)
        client, self.cache_transport = clients.sync_client(
            settings, client=client, http_client=http_client, transport=transport, async_transport=async_transport,
        )
        self.client = client
        self.server = settings.server or dialects.guess_server(settings.base_url, client)
        self.mode = settings.mode or dialects.mode_for(self.server)
        self._instructor = instructor.from_openai(client, mode=dialects.INSTRUCTOR_MODES[self.mode])
        usage.register_hooks(self._instructor)
        self._async: instructor.AsyncInstructor | None = None
        self._async_transport = async_transport

    # -- the request ----------------------------------------------------------------------

    def request_kwargs(self, article: Article, text: str, part: int | None = None, parts: int | None = None) -> dict:
        """Everything but the response model: messages, sampling, dialect extras."""
        kwargs = {
            "model": self.model,
            "messages": prompting.messages(
                text, published=article.published, source=article.source, part=part, parts=parts,
                few_shot=self.few_shot, schema_in_prompt=self.schema_in_prompt,
            ),
            "temperature": self.settings.temperature,
        }
        if self.settings.max_tokens:
            kwargs["max_tokens"] = self.settings.max_tokens
        extra = dialects.extra_body(self.mode, self.server, _RESPONSE_MODEL.__name__)
        if extra is not None:
            kwargs["extra_body"] = extra
        return kwargs

    def instructions(self, article: Article) -> list[str]:
        """The instructions the model is given with ``article`` (the system message): the pipeline
        removes any run of them a model echoes into a brief."""
        msgs = prompting.messages("", published=article.published, source=article.source, few_shot=False,
                                  schema_in_prompt=self.schema_in_prompt)
        return [m["content"] for m in msgs if m["role"] == "system"]

    @property
    def schema_in_prompt(self) -> bool:
        return dialects.schema_in_prompt(self.mode, self.server)

    @property
    def few_shot(self) -> bool:
        if self.settings.few_shot is not None:
            return self.settings.few_shot
        return dialects.few_shot(self.mode)

    def extract(self, article: Article) -> Brief:
        """The draft brief of ``article``; its ``run`` carries usage, chunks, model and mode."""
        with usage.metering() as meter:
            pieces = self._pieces(article)
            parts = [self._part(article, span, label, self._create(article, span, label)) for span, label in pieces]
        return self._finish(parts, meter, len(pieces))

    async def aextract(self, article: Article) -> Brief:
        """:meth:`extract` over the async client: many articles can be in flight at once."""
        with usage.metering() as meter:
            pieces = self._pieces(article)
            parts = [self._part(article, span, label, await self._acreate(article, span, label)) for span, label in pieces]
        return self._finish(parts, meter, len(pieces))

    def _pieces(self, article: Article) -> list[tuple[tuple[int, int], tuple]]:
        spans = chunks(article.text, self.settings.max_chunk_chars, self.settings.chunk_overlap)
        return [(span, (n, len(spans)) if len(spans) > 1 else (None, None)) for n, span in enumerate(spans, 1)]

    def _call_args(self, article: Article, span, label) -> tuple[dict, dict]:
        text = article.text[span[0] : span[1]]
        ctx = {"text": text}
        kwargs = self.request_kwargs(article, text, *label)
        return ctx, {"response_model": _RESPONSE_MODEL, "max_retries": self.settings.max_retries, "context": ctx, **kwargs}

    def _create(self, article, span, label) -> tuple[Extraction, list]:
        ctx, kwargs = self._call_args(article, span, label)
        try:
            return self._instructor.chat.completions.create(**kwargs), []
        except (InstructorRetryException, IncompleteOutputException, openai.OpenAIError) as e:
            return failures.recover(e, ctx["text"], self.settings)

    async def _acreate(self, article, span, label) -> tuple[Extraction, list]:
        ctx, kwargs = self._call_args(article, span, label)
        try:
            return await self.async_instructor().chat.completions.create(**kwargs), []
        except (InstructorRetryException, IncompleteOutputException, openai.OpenAIError) as e:
            return failures.recover(e, ctx["text"], self.settings)

    def _part(self, article: Article, span, label, outcome) -> Brief:
        extraction, problems, *notes = outcome  # notes: what salvage changed in the answer as a whole
        grounder = grounder_for(article.text)
        part = from_extraction(extraction, grounder, hint=span[0], problems=problems, strict=self.settings.strict)
        part.warnings.extend(n for group in notes for n in group)
        if problems:
            verb = "dropped" if self.settings.strict else "flagged"
            part.warnings.append(
                f"{len({(f, i) for f, i, _ in problems})} item(s) still invalid after "
                f"{self.settings.max_retries} retries were {verb}"
            )
        return part

    def _finish(self, parts: list[Brief], meter: usage.Meter, chunk_count: int) -> Brief:
        brief = merge(parts)
        brief.run = RunInfo(
            backend=self.name, model=self.model, mode=self.mode, prompt_version=prompting.prompt_version(),
            chunks=chunk_count, usage=meter.usage,
        )
        return brief

    def async_instructor(self):
        """The async twin of the client, built on first use with the same settings and cache."""
        if self._async is None:
            client = clients.async_twin(self.settings, self.client, self.cache_transport, self._async_transport)
            self._async = instructor.from_openai(client, mode=dialects.INSTRUCTOR_MODES[self.mode])
            usage.register_hooks(self._async)
        return self._async


class _Captured(Exception):
    def __init__(self, body: dict):
        super().__init__("captured")
        self.body = body


def capture_request(settings: Settings, article: Article) -> dict:
    """The exact JSON body the backend would POST for ``article`` (first chunk), sent nowhere.

    The real openai + instructor path runs against a transport that records the request and stops.
    """

    def handler(request: httpx.Request) -> httpx.Response:
        raise _Captured(json.loads(request.content))

    if settings.server is None:
        settings = settings.with_(server=dialects.guess_server(settings.base_url))
    settings = settings.with_(api_key=settings.api_key or "not-needed", base_url=settings.base_url or "http://capture.invalid/v1")
    backend = OpenAIBackend(settings, http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    try:
        backend.extract(article)
    except BackendError as e:
        captured = e.original
        while captured is not None and not isinstance(captured, _Captured):
            captured = captured.__cause__ or captured.__context__
        if captured is not None:
            return {**captured.body, "_mode": backend.mode, "_server": backend.server}
        raise
    raise BackendError("no request was made")  # pragma: no cover
