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
_FOREIGN_WORDS = 8  # fewer words ("Elie Wafi wrote:", a short tweet): too few to tell


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
    lang = _classify(sample)
    return None if lang == "en" else lang


def _classify(text: str) -> str:
    import py3langid  # its model loads on first use

    classified: tuple[Any, ...] = py3langid.classify(text)
    return str(classified[0])


def english(text: str) -> bool:
    """Whether a passage (a paragraph) reads as English: a quarter of its words English function words."""
    return _reads_english([w.lower() for w in _WORD.findall(text)])


@functools.lru_cache(maxsize=256)
def foreign(passage: str) -> bool:
    """Whether a passage (a paragraph or a claim's words) is prose in another language: eight words or
    more, no more than half of them capitalised (no headline or list of names), under a quarter English
    function words, and a language detector's answer other than English ("Ni para rechazar un acto terrorista somos
    capaces ...", a quoted tweet in Korean before its translation). Not a line that introduces a quote
    ("Actor and movie director Ahmet Mumtaz Taylan tweeted [tr]:"), nor an English sentence of names
    ("Minister Hardeep Singh Puri said 18 people died": the detector's answer)."""
    words = _WORD.findall(passage)
    if len(words) < _FOREIGN_WORDS or passage.rstrip().endswith(":") or sum(w[0].isupper() for w in words) * 2 > len(words):
        return False
    return not _reads_english([w.lower() for w in words]) and _classify(passage) != "en"


def foreign_at(text: str, at: int) -> bool:
    """Whether the passage around offset ``at`` is in another language (:func:`foreign`): its paragraph, cut
    at a colon ("signed by user X, added: <the quote>")."""
    start = max(text.rfind("\n", 0, at), text.rfind(": ", 0, at)) + 1
    line_end = text.find("\n", at)  # a colon after it is not looked for: the paragraph ends first
    ends = [e for e in (line_end, text.find(": ", at, len(text) if line_end < 0 else line_end)) if e >= 0]
    return foreign(text[start : min(ends, default=len(text))])


def _reads_english(words: list[str]) -> bool:
    """Whether a quarter of ``words`` (lower case) are English function words, as English prose's are."""
    stop = _stop_words()
    return bool(words) and sum(w in stop for w in words) / len(words) >= _ENGLISH_SHARE


def warning(lang: str) -> str:
    return (f"the article's language looks like {lang!r}, not English: the offline backend reads English only, "
            "so this brief is unreliable (use an LLM backend for other languages)")
