"""Align evidence quotes to the original text.

Three passes, cheapest first:

1. exact: ``text.find(quote)``;
2. normalised: both sides casefolded, whitespace runs collapsed to one space, typographic
   quotes/dashes mapped to ASCII; found spans are mapped back through an index table, so offsets
   always point into the *original* text (hard line wraps and blank lines inside sentences are
   fine);
3. fuzzy: rapidfuzz's ``partial_ratio_alignment`` of the normalised quote against the normalised
   text (bit-parallel, roughly linear in the text length for a bounded quote), kept when the score
   reaches ``min_score`` and snapped outward to word boundaries.

A :class:`Grounder` builds the normalised text once per article, when a quote first needs it, and
reuses it for every quote.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from summarizer.schemas.brief import Evidence, GroundingStatus

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " ", "\u2028": " ", "\u2029": " ",
    }
)
# a normalised character is the same length as the original one for every mapping above
DEFAULT_MIN_SCORE = 0.85


_WORD = re.compile(r"\S+")


def normalize(text: str) -> tuple[str, array]:
    """Return (normalised text, index map): ``norm[i]`` came from ``text[index[i]]``.

    Works a word at a time (regex runs of non-space), so its cost is per word, not per character;
    a collapsed space maps to the last whitespace character of its run."""
    out: list[str] = []
    index = array("l")
    translated = text.translate(_TRANSLATE)
    for m in _WORD.finditer(translated):
        start, end = m.span()
        if out:
            out.append(" ")
            index.append(start - 1)
        word = m.group()
        folded = word.casefold()
        out.append(folded)
        if len(folded) == len(word):
            index.extend(range(start, end))
        else:  # casefold expanded a character ("ß" -> "ss"): every piece maps to its source
            for k, ch in enumerate(word):
                index.extend([start + k] * len(ch.casefold()))
    return "".join(out), index


def normalize_quote(quote: str) -> str:
    return normalize(quote)[0]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    status: GroundingStatus
    score: float


class Grounder:
    """Finds quotes in one article; build once per article."""

    def __init__(self, text: str, *, min_score: float = DEFAULT_MIN_SCORE):
        self.text = text
        self.min_score = min_score
        self._normalized: tuple[str, array] | None = None  # built on first use: span_evidence() and exact finds need none

    @property
    def _norm(self) -> str:
        return self._normalized_text()[0]

    @property
    def _index(self) -> array:
        return self._normalized_text()[1]

    def _normalized_text(self) -> tuple[str, array]:
        if self._normalized is None:
            self._normalized = normalize(self.text)
        return self._normalized

    def find(self, quote: str, *, hint: int = 0) -> Span | None:
        """Locate ``quote``; ``hint`` prefers the first occurrence at or after that offset."""
        quote = quote.strip()
        if not quote:
            return None
        pos = self.text.find(quote, hint)
        if pos < 0 and hint:
            pos = self.text.find(quote)
        if pos >= 0:
            return Span(pos, pos + len(quote), GroundingStatus.exact, 1.0)
        nq = normalize_quote(quote)
        if not nq:
            return None
        nhint = self._norm_pos(hint)
        npos = self._norm.find(nq, nhint)
        if npos < 0 and nhint:
            npos = self._norm.find(nq)
        if npos >= 0:
            return self._span_from_norm(npos, npos + len(nq), GroundingStatus.normalized, 1.0)
        return self._fuzzy(nq)

    def evidence(self, quote: str, *, hint: int = 0) -> Evidence:
        span = self.find(quote, hint=hint)
        if span is None:
            return Evidence(text=quote.strip(), status=GroundingStatus.not_found, score=0.0)
        text = self.text[span.start : span.end]
        return Evidence(
            text=text,
            start=span.start,
            end=span.end,
            status=span.status,
            score=round(span.score, 3),
            quote=None if text == quote.strip() else quote.strip(),
        )

    def span_evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a span the caller already knows (exact by construction)."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(text=self.text[start:end], start=start, end=end, status=GroundingStatus.exact)

    # -- internals -------------------------------------------------------------------------

    def _norm_pos(self, offset: int) -> int:
        if offset <= 0:
            return 0
        from bisect import bisect_left

        return bisect_left(self._index, offset)

    def _span_from_norm(self, nstart: int, nend: int, status: GroundingStatus, score: float) -> Span:
        start = self._index[nstart]
        end = self._index[nend - 1] + 1
        return Span(start, end, status, score)

    def _fuzzy(self, nq: str) -> Span | None:
        if len(nq) < 8 or not self._norm:
            return None  # too short to align fuzzily without false hits
        res = fuzz.partial_ratio_alignment(nq, self._norm, score_cutoff=self.min_score * 100)
        if res is None:
            return None
        nstart, nend = res.dest_start, res.dest_end
        # snap outward to word boundaries so a span never cuts a word
        norm = self._norm
        while nstart > 0 and _wordish(norm[nstart - 1]) and _wordish(norm[nstart]):
            nstart -= 1
        while nend < len(norm) and _wordish(norm[nend - 1]) and _wordish(norm[nend]):
            nend += 1
        while nstart < nend and self._norm[nstart] == " ":
            nstart += 1
        while nend > nstart and self._norm[nend - 1] == " ":
            nend -= 1
        if nend <= nstart:
            return None
        return self._span_from_norm(nstart, nend, GroundingStatus.fuzzy, res.score / 100)


def _wordish(ch: str) -> bool:
    return ch.isalnum() or ch == "'"


@lru_cache(maxsize=32)
def grounder_for(text: str) -> Grounder:
    """A shared :class:`Grounder` per text: the extraction, validation and resolution steps of one
    article reuse the same normalised copy instead of building it three times."""
    return Grounder(text)


def verify(text: str, evidence: Evidence) -> bool:
    """True when a grounded evidence's offsets reproduce its text exactly."""
    if evidence.status == GroundingStatus.not_found:
        return evidence.start is None and evidence.end is None
    return evidence.start is not None and text[evidence.start : evidence.end] == evidence.text
