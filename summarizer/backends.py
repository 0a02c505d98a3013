"""Backends: one module per backend, registered by name.

A backend turns an :class:`~summarizer.article.Article` into a draft
:class:`~summarizer.schemas.Brief` whose evidence is already grounded in the article; the pipeline
then resolves it (actor merging, dates, links). Register with :func:`register`; look up with
:func:`get`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from summarizer.errors import ConfigError

# name -> "module:Class", imported on first use so the offline backend never imports openai
_REGISTRY: dict[str, str] = {
    "openai": "summarizer.llm.backend:OpenAIBackend",
    "offline": "summarizer.offline.backend:OfflineBackend",
}


class Backend(Protocol):
    name: str
    model: str | None

    def extract(self, article) -> object:  # -> summarizer.schemas.Brief
        ...


def register(name: str, target: str) -> None:
    """Register a backend class given as ``"package.module:Class"``."""
    _REGISTRY[name] = target


def names() -> list[str]:
    return sorted(_REGISTRY)


def get(name: str):
    try:
        target = _REGISTRY[name]
    except KeyError:
        raise ConfigError(f"unknown backend {name!r}; choose one of {', '.join(names())}") from None
    module, _, cls = target.partition(":")
    return getattr(import_module(module), cls)
