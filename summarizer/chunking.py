"""Split long articles into overlapping chunks on paragraph or sentence boundaries."""

from __future__ import annotations

import re

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"[.!?][\"'\u201d]?\s+(?=[A-Z\"\u201c])"), re.compile(r"\s+"))


def _cut(text: str, lo: int, hi: int) -> int:
    """The last boundary in text[lo:hi], preferring paragraph, then sentence, then word breaks."""
    window = text[lo:hi]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window)]
        if ends:
            return lo + ends[-1]
    return hi


def _start_after(text: str, lo: int, hi: int) -> int:
    """The first sentence (else word) boundary in text[lo:hi]: where the overlap begins."""
    for pattern in _BREAKS[1:]:
        m = pattern.search(text, lo, hi)
        if m:
            return m.end()
    return lo


def chunks(text: str, size: int, overlap: int) -> list[tuple[int, int]]:
    """(start, end) offsets of chunks of at most ``size`` characters overlapping by about ``overlap``."""
    if len(text) <= size:
        return [(0, len(text))]
    spans = []
    start = 0
    while start < len(text):
        end = len(text) if start + size >= len(text) else _cut(text, start + size // 2, start + size)
        spans.append((start, end))
        if end >= len(text):
            break
        start = _start_after(text, max(start + 1, end - overlap), end) if overlap else end
    return spans
