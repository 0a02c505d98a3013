"""Exceptions raised by summarizer.

Every error the library raises on purpose derives from :class:`SummarizerError`, so a caller
catches one type. The CLI prints ``str(error)`` on one line and exits with ``error.exit_code``.

    SummarizerError
    ├── ConfigError          missing model, key or endpoint; bad option values
    ├── InputError           unreadable or empty input, bad JSON records
    ├── BackendError         the model server failed or could not be reached
    │   └── ModelOutputError the output was still invalid after every retry
    ├── PromptError          a template or few-shot example is broken
    └── FixtureError         a gold fixture does not follow the format
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class SummarizerError(Exception):
    """Root of every error summarizer raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None, original: BaseException | None = None):
        super().__init__(message)
        self.message = message
        self.source = source  # the input (file name, record id) the error is about, if any
        self.original = original

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class ConfigError(SummarizerError):
    exit_code = 2


class InputError(SummarizerError):
    exit_code = 3


class BackendError(SummarizerError):
    exit_code = 4


class ModelOutputError(BackendError):
    """The model's output was still invalid after ``attempts`` tries."""

    exit_code = 5

    def __init__(self, message: str, *, attempts: int = 0, **kwargs):
        super().__init__(message, **kwargs)
        self.attempts = attempts


class PromptError(SummarizerError):
    exit_code = 6


class FixtureError(SummarizerError):
    exit_code = 7


def read_json(path: str | Path, what: str) -> Any:
    """A whole file's JSON, or an :class:`InputError` naming ``what`` the file was meant to be
    ("no such recorded answer", "the baseline file is not JSON (... at line 3)")."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no such {what}", source=str(path)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the {what}: {e}", source=str(path)) from None
    except json.JSONDecodeError as e:
        raise InputError(f"the {what} is not JSON ({e.msg} at line {e.lineno})", source=str(path)) from None
