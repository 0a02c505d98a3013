"""Any OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp, LM Studio) through instructor.

The server's structured-output dialect (``json_schema``, ``json``, ``tools``, ``md_json``) is chosen
per server family in :mod:`summarizer.llm.dialects` unless set explicitly.

Invalid output (malformed JSON, evidence not in the article, a claimant that is not an actor) is
sent back to the model by instructor's retry loop. What still fails after the last retry is
salvaged item by item and flagged (or dropped with ``strict``); output with no parseable JSON at
all raises :class:`~summarizer.errors.ModelOutputError`.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

import httpx
import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError

from summarizer.article import Article
from summarizer.chunking import chunks
from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError, ModelOutputError
from summarizer.grounding import grounder_for
from summarizer.llm import dialects, prompting
from summarizer.llm.cache import CachingTransport, ReplayMiss, ResponseCache, default_cache_dir
from summarizer.redact import redact, register
from summarizer.resolve import from_extraction, merge
from summarizer.schemas.brief import Brief, RunInfo, Usage
from summarizer.schemas.extraction import (
    ActorDraft,
    ClaimDraft,
    DenialDraft,
    Extraction,
    IncidentDraft,
    find_problems,
)

log = logging.getLogger("summarizer")

# Wrapped once: instructor wraps a plain model in a new subclass (pydantic create_model, ~2 ms)
# on every request unless it already is one of its response schemas.
_RESPONSE_MODEL = instructor.openai_schema(Extraction)

# Refuse model requests when False (the tests set it): a backend may then only use an injected
# client or transport, or a loopback server. The one place that builds a client checks it.
ALLOW_MODEL_REQUESTS = True


def _is_loopback(base_url: str | None) -> bool:
    host = (urlparse(base_url).hostname or "") if base_url else ""
    return host in ("localhost", "::1") or host.startswith("127.")


_METER: contextvars.ContextVar[_Meter | None] = contextvars.ContextVar("summarizer_meter", default=None)


def _on_response(response) -> None:
    meter = _METER.get()
    if meter is not None:
        meter.on_response(response)


def _on_parse_error(*args, **kwargs) -> None:
    meter = _METER.get()
    if meter is not None:
        meter.usage.retries += 1


def _register_meter_hooks(client) -> None:
    """Hooks are registered once per client; each call's meter is found through a context
    variable, so concurrent calls (threads or asyncio tasks) never count each other's tokens."""
    client.on("completion:response", _on_response)
    client.on("parse:error", _on_parse_error)


@dataclass
class _Meter:
    usage: Usage = field(default_factory=Usage)

    def on_response(self, response) -> None:
        self.usage.requests += 1
        u = getattr(response, "usage", None)
        if u is not None:
            self.usage.prompt_tokens += getattr(u, "prompt_tokens", 0) or 0
            self.usage.completion_tokens += getattr(u, "completion_tokens", 0) or 0
            self.usage.total_tokens += getattr(u, "total_tokens", 0) or 0


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
        self.cache_transport: CachingTransport | None = None
        if client is None and http_client is None and (settings.cache or settings.replay or transport is not None
                                                       or async_transport is not None):
            inner = transport or httpx.HTTPTransport()
            if settings.cache or settings.replay:
                cache = ResponseCache(settings.cache_dir or default_cache_dir())
                inner = self.cache_transport = CachingTransport(inner, cache, replay=settings.replay)
            http_client = httpx.Client(transport=inner, timeout=settings.timeout)
        if client is None:
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
        self.client = client
        self.server = settings.server or dialects.guess_server(settings.base_url, client)
        self.mode = settings.mode or dialects.mode_for(self.server)
        self._instructor = instructor.from_openai(client, mode=dialects.INSTRUCTOR_MODES[self.mode])
        _register_meter_hooks(self._instructor)
        self._async = None
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
        meter = _Meter()
        token = _METER.set(meter)
        try:
            pieces = self._pieces(article)
            parts = [self._part(article, span, label, self._create(article, span, label)) for span, label in pieces]
        finally:
            _METER.reset(token)
        return self._finish(parts, meter, len(pieces))

    async def aextract(self, article: Article) -> Brief:
        """:meth:`extract` over the async client: many articles can be in flight at once."""
        meter = _Meter()
        token = _METER.set(meter)
        try:
            pieces = self._pieces(article)
            parts = [self._part(article, span, label, await self._acreate(article, span, label)) for span, label in pieces]
        finally:
            _METER.reset(token)
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
            return self._failed(e, ctx["text"])

    async def _acreate(self, article, span, label) -> tuple[Extraction, list]:
        ctx, kwargs = self._call_args(article, span, label)
        try:
            return await self.async_instructor().chat.completions.create(**kwargs), []
        except (InstructorRetryException, IncompleteOutputException, openai.OpenAIError) as e:
            return self._failed(e, ctx["text"])

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

    def _finish(self, parts: list[Brief], meter: _Meter, chunk_count: int) -> Brief:
        brief = merge(parts)
        brief.run = RunInfo(
            backend=self.name, model=self.model, mode=self.mode, prompt_version=prompting.prompt_version(),
            chunks=chunk_count, usage=meter.usage,
        )
        return brief

    def async_instructor(self):
        """The async twin of the client, built on first use with the same settings and cache."""
        if self._async is None:
            transport = None
            if self.cache_transport is not None:
                transport = self.cache_transport.async_twin(self._async_transport or httpx.AsyncHTTPTransport())
            elif self._async_transport is not None:
                transport = self._async_transport
            http_client = httpx.AsyncClient(transport=transport, timeout=self.settings.timeout) if transport else None
            client = openai.AsyncOpenAI(
                api_key=self.client.api_key, base_url=str(self.client.base_url), timeout=self.settings.timeout,
                max_retries=self.settings.http_retries, http_client=http_client,
            )
            self._async = instructor.from_openai(client, mode=dialects.INSTRUCTOR_MODES[self.mode])
            _register_meter_hooks(self._async)
        return self._async

    def _failed(self, error: Exception, text: str) -> tuple:
        cut = error if isinstance(error, IncompleteOutputException) else getattr(error, "__cause__", None)
        if isinstance(cut, IncompleteOutputException):
            raise ModelOutputError(
                f"the model's answer was cut off at max_tokens ({self.settings.max_tokens}); "
                "raise --max-tokens, or use a model that follows the schema", attempts=1,
            ) from None
        if isinstance(error, InstructorRetryException):
            api_error = _api_error(error)
            if api_error is None:
                return self._salvage(error, text)
            raise self._backend_error(api_error) from None
        raise self._backend_error(error) from None

    # -- failure paths --------------------------------------------------------------------

    def _salvage(self, error: InstructorRetryException, text: str) -> tuple[Extraction, list, list[str]]:
        """Keep what can be kept from the last answer: each valid item, flagged with its problems;
        the notes (brief warnings) say what was changed in the answer as a whole."""
        raw = _raw_json(getattr(error, "last_completion", None))
        attempts = getattr(error, "n_attempts", self.settings.max_retries + 1)
        if raw is None:
            raise _unusable(error, attempts, self.settings.base_url or "the OpenAI API")
        meter = _METER.get()
        if meter is not None and meter.usage.retries:
            meter.usage.retries -= 1  # the hook counted every failed attempt; the last one was not re-asked
        data = raw if isinstance(raw, dict) else {}
        items: dict[str, list[BaseModel]] = {}
        dropped = 0
        for field_name, model in (("actors", ActorDraft), ("incidents", IncidentDraft), ("claims", ClaimDraft), ("denials", DenialDraft)):
            items[field_name] = []
            for value in data.get(field_name) or []:
                try:
                    items[field_name].append(model.model_validate(value))
                except ValidationError:
                    dropped += 1
        raw_summary = data.get("summary")
        summary = raw_summary if isinstance(raw_summary, str) else ""
        notes = [f"the model's answer was still invalid after {attempts} attempt(s); its valid items were kept"]
        if len(summary) > 700:
            notes.append(f"the summary was cut to 700 of its {len(summary)} characters")
        if dropped:
            notes.append(f"{dropped} malformed item(s) were dropped from the model's answer")
        try:
            extraction = Extraction.model_construct(None, summary=summary[:700], **items)  # None: the set fields are those given
        except Exception as e:  # pragma: no cover - model_construct does not validate
            raise ModelOutputError(f"unusable model output after {attempts} attempts: {e}", attempts=attempts) from e
        problems = list(find_problems(extraction, {"text": text}))
        if dropped:
            log.warning("dropped %d malformed item(s) from the model's last answer", dropped)
        return extraction, problems, notes

    def _backend_error(self, e: BaseException) -> Exception:
        cause: BaseException | None = e
        while cause is not None:
            if isinstance(cause, ReplayMiss):
                return cause
            cause = cause.__cause__ or cause.__context__
        where = self.settings.base_url or "the OpenAI API"
        if isinstance(e, openai.APITimeoutError):
            return BackendError(f"the model server at {where} timed out after {self.settings.timeout:g}s", original=e)
        if isinstance(e, openai.APIConnectionError):
            return BackendError(f"cannot reach the model server at {where}", original=e)
        if isinstance(e, openai.AuthenticationError):
            return ConfigError(f"the server at {where} rejected the API key (401)", original=e)
        if isinstance(e, openai.NotFoundError):
            return ConfigError(f"the server at {where} has no model {self.model!r} (404)", original=e)
        if isinstance(e, openai.APIStatusError):
            detail = _short(e)
            return BackendError(f"the model server at {where} answered {e.status_code}: {detail}", original=e)
        return BackendError(redact(f"model request failed: {e}"), original=e)


def _unusable(error: InstructorRetryException, attempts: int, where: str) -> BackendError:
    """Why an answer held no JSON at all, in one line: a response that is not a chat completion
    (not JSON, not UTF-8, no choices) is the server's fault (exit 4); a refusal or an empty or
    unparseable answer is the model's (exit 5)."""
    completion = getattr(error, "last_completion", None)
    chain: list[BaseException] = []
    e: BaseException | None = error
    while e is not None and len(chain) < 20:
        chain.append(e)
        e = e.__cause__ or e.__context__
    if isinstance(completion, str):
        head = redact(" ".join(completion.split()))[:60]
        return BackendError(f"the model server at {where} answered with something other than JSON ({head!r})")
    if any(isinstance(c, UnicodeDecodeError) for c in chain):
        return BackendError(f"the model server at {where} answered with bytes that are not UTF-8")
    if completion is None and any(isinstance(c, json.JSONDecodeError) for c in chain):
        return BackendError(f"the model server at {where} answered with invalid JSON (cut off or malformed)")
    if completion is not None and not getattr(completion, "choices", None):
        return BackendError(f"the model server at {where} answered with no choices")
    message = completion.choices[0].message if completion is not None else None
    refusal = getattr(message, "refusal", None) if message is not None else None
    if refusal:
        return ModelOutputError(f"the model refused: {redact(' '.join(str(refusal).split()))[:160]}", attempts=attempts)
    if message is not None and not (message.content or "").strip() and not getattr(message, "tool_calls", None):
        return ModelOutputError(f"the model's answer was empty after {attempts} attempts", attempts=attempts)
    return ModelOutputError(f"the model returned no parseable JSON after {attempts} attempts", attempts=attempts)


def _api_error(error: BaseException) -> BaseException | None:
    seen: set[int] = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, openai.APIError):
            return e
        e = e.__cause__ or e.__context__
    return None


def _short(e: openai.APIStatusError) -> str:
    try:
        body = e.response.json()
        msg = body.get("error", {}).get("message") if isinstance(body.get("error"), dict) else body.get("error")
        msg = msg or body.get("detail") or e.message
    except Exception:
        msg = e.message
    return redact(" ".join(str(msg).split()))[:200]  # a server may echo the request, key included


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


def _raw_json(completion):
    """The JSON object in a raw completion (tool call, content, or fenced block), or None."""
    if completion is None or not getattr(completion, "choices", None):
        return None
    message = completion.choices[0].message
    candidates = []
    for call in getattr(message, "tool_calls", None) or []:
        candidates.append(call.function.arguments)
    content = message.content or ""
    candidates.extend(_FENCE.findall(content))
    candidates.append(content)
    if "{" in content:
        candidates.append(content[content.index("{") : content.rfind("}") + 1])
    for text in candidates:
        try:
            value = json.loads(text)
        except (TypeError, ValueError):
            continue
        if isinstance(value, dict):
            return value
    return None


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
