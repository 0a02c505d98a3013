"""Settings: one object instead of a kitchen-sink signature.

Precedence: explicit argument (or CLI flag) > environment > default. Environment variables are the
standard ``OPENAI_API_KEY`` / ``OPENAI_BASE_URL`` plus ``SUMMARIZER_*`` ones (see :data:`ENV`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from summarizer.errors import ConfigError

MODES = ("json_schema", "json", "tools", "md_json")

# environment variable -> settings field
ENV = {
    "OPENAI_API_KEY": "api_key",
    "OPENAI_BASE_URL": "base_url",
    "SUMMARIZER_MODEL": "model",
    "SUMMARIZER_BACKEND": "backend",
    "SUMMARIZER_MODE": "mode",
    "SUMMARIZER_SERVER": "server",
    "SUMMARIZER_TEMPERATURE": "temperature",
    "SUMMARIZER_MAX_RETRIES": "max_retries",
    "SUMMARIZER_TIMEOUT": "timeout",
    "SUMMARIZER_MAX_CHUNK_CHARS": "max_chunk_chars",
    "SUMMARIZER_CACHE_DIR": "cache_dir",
    "SUMMARIZER_MAX_TOKENS": "max_tokens",
    "SUMMARIZER_MAX_ARTICLE_CHARS": "max_article_chars",
}


@dataclass(frozen=True)
class Settings:
    backend: str | None = None  # None: "openai" when an endpoint or key is configured, else "offline"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    temperature: float = 0.0
    max_retries: int = 2  # re-asks after invalid output (instructor), on top of the first attempt
    timeout: float = 120.0  # seconds per HTTP request
    mode: str | None = None  # structured-output dialect; None: the default for the server
    server: str | None = None  # openai | vllm | ollama | llamacpp | lmstudio | generic; None: guess
    strict: bool = False  # drop items still invalid after the retries instead of flagging them
    few_shot: bool | None = None  # None: only where decoding is not schema-constrained
    max_chunk_chars: int = 24_000  # longer articles are split, with overlap, and the parts merged
    chunk_overlap: int = 800
    max_tokens: int | None = 4096
    http_retries: int = 2  # transport-level retries (429 honouring retry-after, 5xx, timeouts), with jittered backoff
    cache: bool = True  # answer unchanged requests from the on-disk response cache
    cache_dir: str | None = None  # None: $XDG_CACHE_HOME/summarizer (~/.cache/summarizer)
    replay: bool = False  # fail on a cache miss instead of calling the model
    max_article_chars: int = 300_000  # a longer article is an input error (~50,000 words; news runs far shorter)

    def __post_init__(self):
        if self.mode is not None and self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}; choose one of {', '.join(MODES)}")
        if self.max_retries < 0:
            raise ConfigError("max retries must be 0 or more")
        if self.timeout <= 0:
            raise ConfigError("timeout must be positive")
        if self.max_article_chars < 1:
            raise ConfigError("max article chars must be at least 1")
        if self.max_chunk_chars < 2000 or self.chunk_overlap >= self.max_chunk_chars // 2:
            raise ConfigError("max chunk chars must be at least 2000 and more than twice the overlap")

    def with_(self, **changes) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def endpoint_configured(self) -> bool:
        return bool(self.base_url or self.api_key)


def _coerce(name: str, value: str):
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if "float" in str(kind):
            return float(value)
        if "int" in str(kind) and "None" not in str(kind):
            return int(value)
        if "int" in str(kind):
            return int(value) if value else None
    except ValueError:
        raise ConfigError(f"environment: {name} must be a number, got {value!r}") from None
    return value or None


def from_env(environ=None, **overrides) -> Settings:
    """Settings from the environment, then ``overrides`` (ignored when None)."""
    environ = os.environ if environ is None else environ
    values = {}
    for var, name in ENV.items():
        if environ.get(var):
            values[name] = _coerce(name, environ[var])
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)
