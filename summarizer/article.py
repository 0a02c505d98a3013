"""Reading articles: plain text, stdin, HTML pages, JSON/JSONL records.

An :class:`Article` keeps the text exactly as received: every evidence offset in a brief points
into ``Article.text``. Metadata (publication date, source, dateline) comes from the caller, from
the record's fields, or from a header line such as the seed's
``date 2019-12-10 2019/12/10 | 16:25 - Source: Baghdad Post``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from summarizer.errors import InputError

_HEADER = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b[^\n]*?(?:-\s*Source:\s*(?P<source>[^\n]+?))?\s*$",
    re.IGNORECASE,
)
# "KABUL, Afghanistan (August 9) -", "BOSTON —", "LONDON (Reuters) -"
_DATELINE = re.compile(
    r"(?:^|\n)\s*(?P<place>[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .'-]{2,40})?)"
    r"\s*(?:\((?P<paren>[^)\n]{1,40})\))?\s*[-\u2013\u2014]"
)


@dataclass(frozen=True)
class Article:
    text: str
    id: str | None = None
    source: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    title: str | None = None
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def parse_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as e:
        raise InputError(f"published date {value!r} is not an ISO date (YYYY-MM-DD)") from e


def make_article(text: str, *, id=None, source=None, published=None, title=None, meta=None) -> Article:
    """Build an Article, filling metadata the text itself declares (header line, dateline)."""
    if not isinstance(text, str):
        raise InputError("article text must be a string")
    if not text.strip():
        raise InputError("the article is empty", source=id)
    published = parse_date(published)
    header = _HEADER.match(text.split("\n", 1)[0])
    if header:
        published = published or parse_date(header["date"])
        source = source or (header["source"] or "").strip() or None
    dateline = None
    m = _DATELINE.search(text[:600])
    if m:
        dateline = m["place"].strip()
    return Article(text=text, id=id, source=source, published=published, dateline=dateline, title=title, meta=meta or {})


def _from_html(raw: str, name: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_recall=True)
    if not text:
        raise InputError("no article text found in the HTML page", source=name)
    meta = trafilatura.extract_metadata(raw)
    title = meta.title if meta is not None else None
    return text, title


def _looks_like_html(raw: str) -> bool:
    head = raw.lstrip()[:500].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or ("<body" in head and "</" in raw)


def _record_article(record, where: str, defaults: dict) -> Article:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError("a JSON record needs a string field 'text'", source=where)
    return make_article(
        record["text"],
        id=str(record.get("id") or where),
        source=record.get("source") if isinstance(record.get("source"), str) else defaults.get("source"),
        published=record.get("published") or defaults.get("published"),
        title=record.get("title"),
    )


def iter_jsonl(path: str, *, published=None, source=None) -> Iterator[Article | InputError]:
    """Stream a JSONL file: one Article per record, or the InputError of a bad record as a value
    (so a batch can log it and go on). Only one line is in memory at a time."""
    defaults = {"published": published, "source": source}
    try:
        fh = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", source=path) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", source=path) from None
    with fh:
        n = 0
        while True:
            n += 1
            try:
                line = fh.readline()
            except UnicodeDecodeError:
                yield InputError(f"line {n}: not UTF-8 text", source=path)
                return
            if not line:
                return
            if not line.strip():
                continue
            try:
                yield _record_article(json.loads(line), f"{path}:{n}", defaults)
            except json.JSONDecodeError as e:
                yield InputError(f"line {n}: invalid JSON ({e.msg})", source=path)
            except InputError as e:
                yield e


def read_articles(path: str, *, published=None, source=None) -> Iterator[Article]:
    """Yield the articles in ``path`` ('-' is stdin): text, HTML, .json (record or list) or .jsonl."""
    defaults = {"published": published, "source": source}
    name = "<stdin>" if path == "-" else path
    if path != "-" and Path(path).suffix.lower() == ".jsonl":
        for item in iter_jsonl(path, published=published, source=source):
            if isinstance(item, InputError):
                raise item
            yield item
        return
    try:
        if path == "-":
            raw = sys.stdin.read()
        else:
            raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", source=name) from None
    except IsADirectoryError:
        raise InputError("is a directory, not an article", source=name) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", source=name) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", source=name) from None
    suffix = Path(path).suffix.lower() if path != "-" else ""
    stripped = raw.lstrip()
    if suffix == ".jsonl" or (suffix == "" and stripped.startswith("{") and "\n{" in stripped):
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"line {n}: invalid JSON ({e.msg})", source=name) from None
            yield _record_article(record, f"{name}:{n}", defaults)
        return
    if suffix == ".json" or (suffix == "" and stripped[:1] in "{["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            if suffix == ".json":
                raise InputError(f"invalid JSON ({e.msg} at line {e.lineno})", source=name) from None
            data = None
        if data is not None:
            records = data if isinstance(data, list) else [data]
            for n, record in enumerate(records, 1):
                yield _record_article(record, name if len(records) == 1 else f"{name}[{n}]", defaults)
            return
    title = None
    text = raw
    if suffix in (".html", ".htm") or _looks_like_html(raw):
        text, title = _from_html(raw, name)
    article = make_article(text, id=name, published=published, source=source, title=title)
    yield article


def with_metadata(article: Article, **changes) -> Article:
    return replace(article, **{k: v for k, v in changes.items() if v is not None})
