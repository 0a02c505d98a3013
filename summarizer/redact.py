"""Keep API keys out of every message, log line and file.

A key is registered where it enters (the OpenAI-compatible backend, the command line); every
message summarizer writes about a failure passes through :func:`redact`, which replaces registered
keys, ``Bearer`` credentials and ``sk-``-style tokens with ``[redacted]``. A server that echoes the
request (headers included) in its error body therefore cannot put the key on the screen, in a log
or in a batch's errors file. :func:`redact_logging` does the same for every log record of the
process (third-party libraries' too); the command line turns it on.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any

_SECRETS: set[str] = set()
_LOCK = threading.Lock()
_PATTERNS = (
    re.compile(r"(?i)(\bbearer\s+)[^\s'\",;}]{6,}"),
    re.compile(r"(?i)((?:api[-_]?key|authorization|x-api-key)[\"']?\s*[:=]\s*[\"']?)(?!bearer\b)[^\s'\",;}]{6,}"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"),
)
MASK = "[redacted]"
_NOT_SECRET = {"not-needed", "test-key", "EMPTY", "none"}


def register(secret: str | None) -> None:
    """Remember ``secret`` (an API key) so that :func:`redact` removes it wherever it appears."""
    if secret and len(secret) >= 6 and secret not in _NOT_SECRET:
        with _LOCK:
            _SECRETS.add(secret)


def redact(text: str) -> str:
    """``text`` with every registered key and every credential-looking token replaced."""
    if not text:
        return text
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, MASK)
    text = _PATTERNS[0].sub(lambda m: m.group(1) + MASK, text)
    text = _PATTERNS[1].sub(lambda m: m.group(1) + MASK, text)
    return _PATTERNS[2].sub(MASK, text)


def redact_logging() -> None:
    """Redact every log record created from now on, whichever library logs it: the message is
    formatted and redacted, an exception's text too, before any handler sees the record."""
    factory = logging.getLogRecordFactory()
    if getattr(factory, "_summarizer_redacts", False):
        return
    logging.setLogRecordFactory(_RedactingFactory(factory))


class _RedactingFactory:
    """A log record factory that wraps ``factory`` and redacts what it makes."""

    _summarizer_redacts = True  # the marker redact_logging looks for: install once

    def __init__(self, factory: Callable[..., logging.LogRecord]):
        self.factory = factory

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to logging to report
            return record
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return record
