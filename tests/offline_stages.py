"""Run the offline engine's stages one by one over a short text (real spaCy, the shipped rules)."""

from __future__ import annotations

from summarizer.offline import actors, attribution
from summarizer.offline.backend import nlp
from summarizer.offline.doc import Context
from summarizer.offline.rules import load
from summarizer.offline.text import prepare


def context(text: str, source: str | None = None) -> Context:
    """The parsed text, no stage run yet (``source``: the article's publisher)."""
    prepared = prepare(text)
    return Context(nlp()(prepared.text), prepared, load(), source=source)


def with_actors(text: str, source: str | None = None) -> Context:
    ctx = context(text, source)
    actors.find_actors(ctx)
    return ctx


def with_frames(text: str) -> Context:
    """Actors and attribution frames: what the denial and incident stages read."""
    ctx = with_actors(text)
    attribution.find_frames(ctx)
    return ctx


def actor_names(ctx: Context) -> set[str]:
    return {a.name for a in ctx.actors.values()}
