"""The pipeline: article -> backend -> grounding check -> resolution -> brief."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable, Iterator

from summarizer import backends, injection
from summarizer.article import Article, make_article
from summarizer.config import Settings, from_env
from summarizer.errors import ConfigError, InputError, SummarizerError
from summarizer.grounding import grounder_for, verify
from summarizer.resolve import resolve
from summarizer.schemas.brief import ArticleMeta, Brief, GroundingStatus, RunInfo

log = logging.getLogger("summarizer")

OFFLINE_NOTICE = (
    "no model endpoint configured: using the offline backend (spaCy + rules). "
    "Set OPENAI_BASE_URL/OPENAI_API_KEY and --model (or SUMMARIZER_MODEL) to use an LLM."
)


def choose_backend(settings: Settings) -> str:
    if settings.backend:
        return settings.backend
    return "openai" if (settings.endpoint_configured or settings.model) else "offline"


def _version() -> str:
    from summarizer import __version__

    return __version__


class Summarizer:
    """A configured pipeline; build once, call :meth:`summarize` for each article.

    ``backend`` may be a backend name, a backend object, or None (chosen from the settings).
    ``client``/``http_client``/``transport``/``async_transport`` are handed to the OpenAI-compatible
    backend (tests inject a transport; batch runs add a rate limiter).
    """

    def __init__(self, settings: Settings | None = None, *, backend=None, client=None, http_client=None,
                 transport=None, async_transport=None):
        self.settings = settings or from_env()
        self._sync_lock = threading.Lock()
        if backend is None or isinstance(backend, str):
            name = backend or choose_backend(self.settings)
            self.auto_offline = backend is None and not self.settings.backend and name == "offline"
            if self.auto_offline:
                log.info(OFFLINE_NOTICE)
            cls = backends.get(name)
            kwargs = {"client": client, "http_client": http_client, "transport": transport,
                      "async_transport": async_transport} if name == "openai" else {}
            self.backend = cls(self.settings, **{k: v for k, v in kwargs.items() if v is not None})
        else:
            self.auto_offline = False
            self.backend = backend

    def summarize(self, article: Article | str, *, published=None, source=None) -> Brief:
        article = self._article(article, published, source)
        return self._finish(article, self.backend.extract(article))

    async def asummarize(self, article: Article | str, *, published=None, source=None) -> Brief:
        """:meth:`summarize` for asyncio: the model call is awaited (many can be in flight)."""
        import asyncio

        article = self._article(article, published, source)
        if hasattr(self.backend, "aextract"):
            return self._finish(article, await self.backend.aextract(article))

        def locked() -> Brief:  # a CPU-bound backend (spaCy): one article at a time, off the event loop
            with self._sync_lock:
                return self.summarize(article)

        return await asyncio.to_thread(locked)

    def summarize_many(self, articles: Iterable[Article | str], *, batch_size: int = 16
                       ) -> Iterator[tuple[Article | str, Brief | Exception]]:
        """Brief many articles in input order: ``(article, brief)``, or ``(article, error)`` for one
        that failed (the others go on; a text that is no article comes back as given, with its
        error). A backend with ``extract_many`` (the offline one: spaCy's ``nlp.pipe``) gets them
        ``batch_size`` at a time, much faster than one call per article."""
        batch: list[Article] = []
        for article in articles:
            try:
                batch.append(self._article(article, None, None))
            except SummarizerError as e:
                yield article, e
                continue
            if len(batch) >= batch_size:
                yield from self._many(batch)
                batch = []
        if batch:
            yield from self._many(batch)

    def _many(self, batch: list[Article]) -> Iterator[tuple[Article, Brief | Exception]]:
        done = 0
        extract_many = getattr(self.backend, "extract_many", None)
        if extract_many is not None:
            try:
                for article, draft in zip(batch, extract_many(batch)):
                    try:
                        result: Brief | Exception = self._finish(article, draft)
                    except Exception as e:
                        result = e
                    yield article, result
                    done += 1
            except Exception:  # one article broke the parse of its batch: the rest one by one, to isolate it
                log.debug("batched extraction failed after %d of %d articles; going on one by one", done, len(batch),
                          exc_info=True)
        for article in batch[done:]:
            try:
                yield article, self.summarize(article)
            except Exception as e:
                yield article, e

    def _article(self, article, published, source) -> Article:
        if isinstance(article, (str, bytes, bytearray)):
            article = make_article(article, published=published, source=source)
        elif published or source:
            from summarizer.article import parse_date, with_metadata

            article = with_metadata(article, published=parse_date(published), source=source)
        limit = self.settings.max_article_chars
        if len(article.text) > limit:
            raise InputError(f"the article has {len(article.text):,} characters, over the limit of {limit:,} "
                             "(--max-article-chars)", source=article.id)
        return article

    def _finish(self, article: Article, draft: Brief) -> Brief:
        """Resolution, the grounding check, article metadata and run information."""
        grounder = grounder_for(article.text)
        run = draft.run
        # a backend that links denials itself (``links_denials``) is not second-guessed by word overlap
        brief = resolve(draft, published=article.published, grounder=grounder,
                        link=not getattr(self.backend, "links_denials", False))
        self._check_grounding(brief, article.text)
        brief.warnings[:0] = list(article.warnings)  # what loading assumed comes first
        instructions = getattr(self.backend, "instructions", None)
        injection.defend(brief, article.text, strict=self.settings.strict,
                         instructions=instructions(article) if instructions else ())
        brief.article = ArticleMeta(
            id=article.id, source=article.source, published=article.published, dateline=article.dateline,
            title=article.title, chars=len(article.text), sha256=article.sha256,
        )
        if run is None:  # a backend that does not describe its run: what the pipeline knows of it
            run = RunInfo(backend=self.backend.name, model=getattr(self.backend, "model", None),
                          prompt_version=getattr(self.backend, "version", None) or _prompt_version())
        run.tool_version = _version()
        run.created = dt.datetime.now(dt.UTC).replace(microsecond=0)
        run.extractive_summary = getattr(self.backend, "extractive_summary", False)
        brief.run = run
        return brief

    @staticmethod
    def _check_grounding(brief: Brief, text: str) -> None:
        """Every grounded offset must reproduce its evidence; anything else is a bug, flagged loudly."""
        missing = 0
        for item in brief.items():
            for ev in item.evidence:
                if not verify(text, ev):
                    raise AssertionError(f"evidence offsets do not reproduce the text: {ev!r}")
                if ev.status == GroundingStatus.not_found:
                    missing += 1
                    note = "evidence not found in the article"
                    if note not in item.issues:
                        item.issues.append(note)
        if missing:
            brief.warnings.append(f"{missing} evidence quote(s) could not be found in the article")


def _prompt_version() -> str:
    from summarizer.llm.prompting import prompt_version

    return prompt_version()


def summarize(
    text: str | Article,
    *,
    model: str | None = None,
    backend=None,
    settings: Settings | None = None,
    published: str | dt.date | None = None,
    source: str | None = None,
    client=None,
    **options,
) -> Brief:
    """Summarize one article into a :class:`Brief`.

    ``model``/``options`` override the settings (``base_url``, ``api_key``, ``temperature``,
    ``max_retries``, ``timeout``, ``mode``, ``strict``...); the rest comes from the environment.
    """
    try:
        settings = (settings or from_env()).with_(model=model, **options)
    except TypeError as e:
        raise ConfigError(f"unknown option: {e}") from None
    return Summarizer(settings, backend=backend, client=client).summarize(text, published=published, source=source)
