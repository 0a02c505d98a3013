"""The language check: the offline rules and spaCy's ``en_core_web_sm`` read English only.

English prose is recognised cheaply by its share of English function words; only a text that
fails that test is given to a language detector (py3langid), whose model loads on first use.
A text in another language is still briefed, with a warning saying the brief is unreliable.
"""

from __future__ import annotations

import functools
import re
from typing import Any

SAMPLE_CHARS = 4000  # the opening of the article is enough to tell its language
_MIN_WORDS = 12  # fewer words: too little to tell; no warning
_ENGLISH_SHARE = 0.25  # English news prose: about 40% function words; other languages: under 10%
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of the article's language when it is not English, else None."""
    sample = text[:SAMPLE_CHARS]
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS or _reads_english(words):
        return None
    import py3langid

    classified: tuple[Any, ...] = py3langid.classify(sample)
    lang = str(classified[0])
    return None if lang == "en" else lang


def english(text: str) -> bool:
    """Whether a passage (a paragraph) reads as English: a quarter of its words English function words."""
    return _reads_english([w.lower() for w in _WORD.findall(text)])


@functools.lru_cache(maxsize=256)
def foreign(passage: str) -> bool:
    """Whether a paragraph is prose in another language: twelve words or more, mostly in lower case
    (no headline or list of names), too few English function words, and a language detector's answer
    other than English ("Ni para rechazar un acto terrorista somos capaces ...", a quoted tweet in
    Indonesian). A short line or an English one with many names ("X, a professor from Y, wrote:") is not."""
    words = _WORD.findall(passage)
    if len(words) < _MIN_WORDS or sum(w[0].islower() for w in words) * 2 < len(words):
        return False
    return detect(passage) is not None


def _reads_english(words: list[str]) -> bool:
    """Whether a quarter of ``words`` (lower case) are English function words, as English prose's are."""
    stop = _stop_words()
    return bool(words) and sum(w in stop for w in words) / len(words) >= _ENGLISH_SHARE


def warning(lang: str) -> str:
    return (f"the article's language looks like {lang!r}, not English: the offline backend reads English only, "
            "so this brief is unreliable (use an LLM backend for other languages)")
