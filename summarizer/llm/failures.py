"""What happens when a model request fails: an answer salvaged item by item, or a one-line error.

* an answer cut off at ``max_tokens`` is a :class:`~summarizer.errors.ModelOutputError`;
* an answer still invalid after instructor's last retry keeps its valid items, flagged
  (:func:`salvage`); one with no JSON at all is the server's fault or the model's (:func:`_unusable`);
* an HTTP or connection failure is a :class:`~summarizer.errors.BackendError` or, for a rejected key
  or an unknown model, a :class:`~summarizer.errors.ConfigError` (:func:`backend_error`).
"""

from __future__ import annotations

import json
import logging
import re

import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError

from summarizer.config import Settings
from summarizer.errors import BackendError, ConfigError, ModelOutputError
from summarizer.llm import usage
from summarizer.llm.cache import ReplayMiss
from summarizer.redact import redact
from summarizer.schemas.extraction import (
    ActorDraft,
    ClaimDraft,
    DenialDraft,
    Extraction,
    IncidentDraft,
    find_problems,
)

log = logging.getLogger("summarizer")

_ITEM_MODELS = (("actors", ActorDraft), ("incidents", IncidentDraft), ("claims", ClaimDraft), ("denials", DenialDraft))


def recover(error: Exception, text: str, settings: Settings) -> tuple:
    """The salvaged answer ``(extraction, problems, notes)`` of a failed request on ``text``, or
    raise the error that says in one line why there is none."""
    cut = error if isinstance(error, IncompleteOutputException) else getattr(error, "__cause__", None)
    if isinstance(cut, IncompleteOutputException):
        raise ModelOutputError(
            f"the model's answer was cut off at max_tokens ({settings.max_tokens}); "
            "raise --max-tokens, or use a model that follows the schema", attempts=1,
        ) from None
    if isinstance(error, InstructorRetryException):
        api_error = _api_error(error)
        if api_error is None:
            return salvage(error, text, settings)
        raise backend_error(api_error, settings) from None
    raise backend_error(error, settings) from None


def salvage(error: InstructorRetryException, text: str, settings: Settings) -> tuple[Extraction, list, list[str]]:
    """Keep what can be kept from the last answer: each valid item, flagged with its problems;
    the notes (brief warnings) say what was changed in the answer as a whole."""
    raw = _raw_json(getattr(error, "last_completion", None))
    attempts = getattr(error, "n_attempts", settings.max_retries + 1)
    if raw is None:
        raise _unusable(error, attempts, settings.base_url or "the OpenAI API")
    meter = usage.current()
    if meter is not None and meter.usage.retries:
        meter.usage.retries -= 1  # the hook counted every failed attempt; the last one was not re-asked
    data = raw if isinstance(raw, dict) else {}
    items, dropped = _valid_items(data)
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


def _valid_items(data: dict) -> tuple[dict[str, list[BaseModel]], int]:
    """Each field's items that validate on their own, and how many did not."""
    items: dict[str, list[BaseModel]] = {}
    dropped = 0
    for field_name, model in _ITEM_MODELS:
        items[field_name] = []
        for value in data.get(field_name) or []:
            try:
                items[field_name].append(model.model_validate(value))
            except ValidationError:
                dropped += 1
    return items, dropped


def backend_error(e: BaseException, settings: Settings) -> Exception:
    """The one-line error for a failed request: server unreachable, timed out, key rejected, ..."""
    cause: BaseException | None = e
    while cause is not None:
        if isinstance(cause, ReplayMiss):
            return cause
        cause = cause.__cause__ or cause.__context__
    where = settings.base_url or "the OpenAI API"
    if isinstance(e, openai.APITimeoutError):
        return BackendError(f"the model server at {where} timed out after {settings.timeout:g}s", original=e)
    if isinstance(e, openai.APIConnectionError):
        return BackendError(f"cannot reach the model server at {where}", original=e)
    if isinstance(e, openai.AuthenticationError):
        return ConfigError(f"the server at {where} rejected the API key (401)", original=e)
    if isinstance(e, openai.NotFoundError):
        return ConfigError(f"the server at {where} has no model {settings.model!r} (404)", original=e)
    if isinstance(e, openai.APIStatusError):
        return BackendError(f"the model server at {where} answered {e.status_code}: {_short(e)}", original=e)
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
