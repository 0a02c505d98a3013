"""Resolve date expressions against an article's publication date.

News prose dates events relative to the day it was written: "on Monday" in an article of Tuesday
2019-12-10 is 2019-12-09; "December 3" is 2019-12-03; a weekday never points into the future
(a weekday equal to the publication's is that same day). Full dates are parsed with dateparser;
weekday and yesterday/today logic is ours, so it never depends on the machine's clock.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from summarizer.schemas.brief import DateValue

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*$")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTH_DAY = re.compile(
    r"\b(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>\d{4}))?",
    re.IGNORECASE,
)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
    r"(?:,?\s+(?P<year>\d{4}))?\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(r"\b(?P<month>" + "|".join(MONTHS) + r")\s+(?P<year>\d{4})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def month_number(name: str) -> int:
    """A month's number from its name or abbreviation ("Sept.", "January", "Jan.")."""
    return _MONTH_ABBR[name.lower()[:4] if name.lower().startswith("sept") else name.lower()[:3]]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve(expression: str | None, published: dt.date | None) -> DateValue | None:
    """Resolve one date expression; ``None`` when it holds no date at all."""
    if not expression or not expression.strip():
        return None
    text = expression.strip()
    low = text.lower()
    m = _ISO.match(text)
    if m:
        y, mo, d = int(m[1]), int(m[2]), m[3]
        if d and _safe_date(y, mo, int(d)):
            return DateValue(iso=f"{y:04d}-{mo:02d}-{int(d):02d}", text=text, precision="day")
        if 1 <= mo <= 12 and not d:
            return DateValue(iso=f"{y:04d}-{mo:02d}", text=text, precision="month")
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        m = pattern.search(text)
        if m:
            month, day = month_number(m["month"]), int(m["day"])
            if m["year"]:
                year = int(m["year"])
            elif published:
                year = published.year
                candidate = _safe_date(year, month, day)
                # "December 28" in a January article is last year's
                if candidate and (candidate - published).days > 31:
                    year -= 1
            else:
                return DateValue(iso=None, text=text, precision="unknown")
            date = _safe_date(year, month, day)
            if date:
                return DateValue(iso=date.isoformat(), text=text, precision="day")
    if published:
        if re.fullmatch(r"(?:an? |the )?overnight", low):
            return _overnight(text, published)
        if "yesterday" in low or "last night" in low:
            return DateValue(iso=(published - dt.timedelta(days=1)).isoformat(), text=text, precision="day")
        if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
            return DateValue(iso=published.isoformat(), text=text, precision="day")
        m = _WEEKDAY.search(text)
        if m:
            target = WEEKDAYS.index(m[1].lower())
            back = (published.weekday() - target) % 7
            if "last week" in low or re.search(r"\blast\s+" + m[1].lower(), low):
                back = back or 7
            return DateValue(iso=(published - dt.timedelta(days=back)).isoformat(), text=text, precision="day")
    m = _MONTH_YEAR.search(text)
    if m:
        return DateValue(iso=f"{int(m['year']):04d}-{MONTHS.index(m['month'].lower()) + 1:02d}", text=text, precision="month")
    parsed = _dateparser(text, published)
    if parsed:
        return DateValue(iso=parsed.isoformat(), text=text, precision="day")
    m = _YEAR.search(text)
    if m:
        return DateValue(iso=m[1], text=text, precision="year")
    return DateValue(iso=None, text=text, precision="unknown")


def _overnight(text: str, published: dt.date) -> DateValue:
    """"Overnight" in a release of ``published``: the night before it, which spans two days, so its month
    (its year when the night spans two months; none across a new year)."""
    night = published - dt.timedelta(days=1)
    if night.month == published.month:
        return DateValue(iso=f"{night.year:04d}-{night.month:02d}", text=text, precision="month")
    if night.year == published.year:
        return DateValue(iso=f"{night.year:04d}", text=text, precision="year")
    return DateValue(iso=None, text=text, precision="unknown")


@lru_cache(maxsize=2048)
def _dateparser(text: str, published: dt.date | None) -> dt.date | None:
    """Last resort for wordings our rules do not cover ("two days ago", "12/03/2019")."""
    if len(text) > 60 or not re.search(r"\d|ago|week|month", text, re.IGNORECASE):
        return None
    import dateparser

    base = dt.datetime.combine(published, dt.time(12)) if published else None
    if base is None and re.search(r"ago|last|next|week", text, re.IGNORECASE):
        return None
    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"], "STRICT_PARSING": False}
    if base:
        settings["RELATIVE_BASE"] = base
    try:
        value = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    return value.date() if value else None


def find_date_expression(sentence: str) -> str | None:
    """The first date-like expression in a sentence, or None."""
    candidates = []
    for pattern in (_MONTH_DAY, _DAY_MONTH, _WEEKDAY, _MONTH_YEAR):
        m = pattern.search(sentence)
        if m:
            candidates.append((m.start(), m.group(0)))
    m = re.search(r"\b(yesterday|today|last night|tonight)\b", sentence, re.IGNORECASE)
    if m:
        candidates.append((m.start(), m.group(0)))
    return min(candidates)[1] if candidates else None


def iso_from_model(value: str | None, text: str | None, published: dt.date | None) -> DateValue | None:
    """Combine the model's ISO date and its date words: the words win when they resolve."""
    from_words = resolve(text, published) if text else None
    if from_words and from_words.iso:
        return from_words
    from_iso = resolve(value, published) if value else None
    if from_iso and from_iso.iso:
        return DateValue(iso=from_iso.iso, text=text or value, precision=from_iso.precision)
    return from_words or from_iso
