"""Requests, tokens and retries counted per extract call.

instructor's hooks are registered once per client; each call's meter is found through a context
variable, so concurrent calls (threads or asyncio tasks) never count each other's tokens.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from summarizer.schemas.brief import Usage


@dataclass
class Meter:
    usage: Usage = field(default_factory=Usage)

    def on_response(self, response) -> None:
        self.usage.requests += 1
        u = getattr(response, "usage", None)
        if u is not None:
            self.usage.prompt_tokens += getattr(u, "prompt_tokens", 0) or 0
            self.usage.completion_tokens += getattr(u, "completion_tokens", 0) or 0
            self.usage.total_tokens += getattr(u, "total_tokens", 0) or 0


_METER: contextvars.ContextVar[Meter | None] = contextvars.ContextVar("summarizer_meter", default=None)


@contextmanager
def metering() -> Iterator[Meter]:
    """A fresh meter for the requests made inside the block."""
    meter = Meter()
    token = _METER.set(meter)
    try:
        yield meter
    finally:
        _METER.reset(token)


def current() -> Meter | None:
    return _METER.get()


def _on_response(response) -> None:
    meter = _METER.get()
    if meter is not None:
        meter.on_response(response)


def _on_parse_error(*args, **kwargs) -> None:
    meter = _METER.get()
    if meter is not None:
        meter.usage.retries += 1


def register_hooks(client) -> None:
    """Count ``client``'s responses and retries on the meter of the call in progress."""
    client.on("completion:response", _on_response)
    client.on("parse:error", _on_parse_error)
