"""Reading articles: plain text, stdin, HTML pages, JSON/JSONL records.

An :class:`Article` keeps the text exactly as received: every evidence offset in a brief points
into ``Article.text``. Metadata (publication date, source, dateline) comes from the caller, from
the record's fields, or from a header line such as the seed's
``date 2019-12-10 2019/12/10 | 16:25 - Source: Baghdad Post``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from summarizer.dates import month_number
from summarizer.errors import InputError

_HEADER = re.compile(
    r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b[^\n]*?(?:-\s*Source:\s*(?P<source>[^\n]+?))?\s*$",
    re.IGNORECASE,
)
# A header and the article on ONE line ("date 2019-12-10 2019/12/10 | 16:25 - Source: Baghdad Post (ThisDay)- The
# US government ..."): the header is its own tokens (the date, another date, a time, "|") and a source
# name of capitalised words; the rest of the line is the article.
_HEADER_TOKENS = re.compile(
    r"\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})\b(?:[ \t]*(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?|\|)(?!\w))*",
    re.IGNORECASE,
)
_HEADER_SOURCE = re.compile(
    r"[ \t]*-[ \t]*Source:[ \t]*(?P<source>[A-Za-z0-9][\w&.'\u2019-]*(?:[ \t]+(?:[A-Z0-9][\w&.'\u2019-]*|of|the|and|for))*)"
)
# a first line longer than this is not a header line of its own: a header ran into the article
_HEADER_LINE_MAX = 200
# "KABUL, Afghanistan (August 9) -", "BOSTON —", "LONDON (Reuters) -"
_DATELINE = re.compile(
    r"(?:^|\n)\s*(?P<place>[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .'-]{2,40})?)"
    r"\s*(?:\((?P<paren>[^)\n]{1,40})\))?\s*[-\u2013\u2014]"
)

# A publication date the text itself states near its top, with its year: a date line of its own
# ("Friday, January 4, 2019"), a dateline's parenthesis ("KABUL, Afghanistan (Jan. 25, 2013)"), a
# "Published"/"Updated" stamp, a monitoring report's "Text of report by ... on 12 May 2019".
_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY, _YEAR = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?", r"(?P<year>(?:19|20)\d{2})"
_DATE_FORMS = (rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_STATED_DATE = tuple(re.compile(context.format(date=form), re.IGNORECASE | re.MULTILINE)
                     for context in (rf"^[ \t]*{_WEEKDAY}{{date}}[ \t]*$", r"\(\s*{date}\s*\)",
                                     r"\b(?:published|updated|posted|dated)\b[^\n]{{0,20}}?{date}",
                                     r"^[ \t]*text of (?:an? )?(?:report|broadcast|article)\b[^\n]{{0,160}}?\bon\s+{date}")
                     for form in _DATE_FORMS)
_STATED_DATE_SPAN = 400  # the top of the article: a date further down is about events, not publication
# a press release's dateline with no year ("KABUL, Afghanistan (Oct. 13) -") and its release number, whose year and
# month are the release's ("2010-10-CA-127", "IJC News Release #2010-10-CA-068"; the offline engine reads the year of
# a release in an article of several from it too, summarizer.offline.incidents.releases.release_days)
_YEARLESS_DATELINE = re.compile(rf"\(\s*{_MONTH}\s+{_DAY}\s*\)", re.IGNORECASE)
RELEASE_NUMBER = re.compile(r"\b(?P<year>20\d\d)-(?P<month>\d\d)-[A-Z]{1,2}-\d+\b")


# what a file starts with when it is not text at all
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a zip archive"), (b"PK\x05\x06", "a zip archive"),
    (b"\x1f\x8b", "gzip data"), (b"BZh", "bzip2 data"), (b"\xfd7zXZ\x00", "xz data"), (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "an executable"), (b"MZ", "an executable"), (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"RIFF", "audio or video"), (b"OggS", "audio or video"), (b"ID3", "audio"), (b"SQLite format 3", "a database"),
)
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF8, "utf-8-sig"),
)
# control characters other than tab, line feed, carriage return and form feed; C1 controls;
# lone surrogates (a str from Python may carry them; they cannot be written as UTF-8)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# more than this share of control characters: binary data, not a text with a few stray bytes
_BINARY_SHARE = 0.05


@dataclass(frozen=True)
class Header:
    """A metadata header at the start of an article (the seed's ``date ... - Source: ...`` line)."""

    date: str
    source: str | None
    end: int  # where the article's body starts
    shared_line: bool  # header and body on one line: where the header ends was inferred


def header(text: str) -> Header | None:
    """The header the text starts with, or None. A header line of its own is the whole line; a
    header that shares its line with the article ends after its date and time tokens and the
    capitalised words of the source name."""
    newline = text.find("\n")
    first = text if newline < 0 else text[:newline]
    if newline >= 0 and len(first) <= _HEADER_LINE_MAX:
        m = _HEADER.match(first)
        if m is not None:
            return Header(m["date"], (m["source"] or "").strip() or None, len(first), False)
    tokens = _HEADER_TOKENS.match(first)
    if tokens is None:
        return None
    end, source = tokens.end(), None
    named = _HEADER_SOURCE.match(first, end)
    if named is not None:
        end, source = named.end(), named["source"].rstrip(".")
    return Header(tokens["date"], source, end, bool(first[end:].strip()))


def stated_date(text: str) -> tuple[dt.date, str] | None:
    """The publication date the top of ``text`` states (see ``_STATED_DATE``) and its words, or None.
    Only a date with its year counts; the earliest in the text wins."""
    top, found = text[:_STATED_DATE_SPAN], []
    for pattern in _STATED_DATE:
        for m in pattern.finditer(top):
            day = _calendar_day(m["year"], m["month"], m["day"])
            if day is not None:  # not "February 30"
                found.append((m.start(), day, m.group(0).strip()))
    if not found:
        return _release_date(top)
    _, day, words = min(found, key=lambda f: f[0])
    return day, words


def _release_date(top: str) -> tuple[dt.date, str] | None:
    """A press release's date from a dateline with no year ("(Oct. 13)") and the year of its release number
    ("2010-10-CA-127"; a release numbered in December dated in January is of the next year, and the reverse)."""
    number, dateline = RELEASE_NUMBER.search(top), _YEARLESS_DATELINE.search(top)
    if number is None or dateline is None:
        return None
    numbered, month = int(number["month"]), month_number(dateline["month"])
    year = int(number["year"]) + (numbered == 12 and month == 1) - (numbered == 1 and month == 12)
    day = _calendar_day(year, dateline["month"], dateline["day"])  # None for "Feb. 30", or Feb. 29 of a year with none
    return (day, f"{dateline.group(0)} {number.group(0)}") if day is not None else None


def _calendar_day(year: int | str, month: str, day: int | str) -> dt.date | None:
    """The date of a year, a month's name or abbreviation ("Sept.", "January") and a day; None if there is none."""
    try:
        return dt.datetime.strptime(f"{year} {month[:3]} {day}", "%Y %b %d").date()
    except ValueError:
        return None


@dataclass(frozen=True)
class Article:
    text: str
    id: str | None = None
    source: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    title: str | None = None
    meta: dict = field(default_factory=dict, compare=False)
    warnings: tuple[str, ...] = ()  # what loading changed or assumed (encoding, replaced characters)

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


def decode(data: bytes, name: str | None = None) -> tuple[str, list[str]]:
    """Bytes to text: a byte-order mark decides, then strict UTF-8, then a charset detector
    (charset-normalizer) for legacy encodings (Latin-1, cp1252, ...); the encoding assumed is
    returned as a warning. Images, archives, PDFs and other binary data are refused."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"this is {what}, not a text article", source=name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"starts with a {encoding.upper()} byte-order mark but is not {encoding.upper()} text",
                                 source=name) from None
            return text, ([] if encoding == "utf-8-sig" else [f"decoded as {encoding.upper()} (byte-order mark)"])
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError("not text: no character encoding fits (binary data?)", source=name)
    text = str(best)
    if _is_binary(text):
        raise InputError("binary data, not a text article", source=name)
    return text, [f"not UTF-8: decoded as {best.encoding} (detected by charset-normalizer); check accents and quotes"]


def _is_binary(text: str) -> bool:
    controls = len(_CONTROL.findall(text[:20_000]))
    return controls > _BINARY_SHARE * min(len(text), 20_000)


def clean_text(text: str, name: str | None = None) -> tuple[str, list[str]]:
    """Control characters (NUL, escape, C1 controls) and lone surrogates replaced one for one by a
    space, so offsets into the cleaned text are offsets into what was received; mostly-control
    text is refused as binary."""
    found = _CONTROL.findall(text)
    if not found:
        return text, []
    if _is_binary(text):
        raise InputError("binary data, not a text article", source=name)
    return _CONTROL.sub(" ", text), [f"{len(found)} control character(s) replaced by spaces"]


def first_words(text: str, n: int = 6) -> str:
    return " ".join(text[:200].split()[:n])


def make_article(text: str | bytes | bytearray, *, id=None, source=None, published=None, title=None, meta=None,
                 warnings=()) -> Article:
    """Build an Article, filling metadata the text itself declares (header line, dateline).
    ``text`` may be bytes (decoded as :func:`decode` says)."""
    notes = list(warnings)
    if isinstance(text, (bytes, bytearray)):
        text, found = decode(bytes(text), id)
        notes += found
    if not isinstance(text, str):
        raise InputError("article text must be a string")
    text, found = clean_text(text, id)
    notes += found
    if not text.strip():
        raise InputError("the article is empty", source=id)
    published = parse_date(published)
    head = header(text)
    if head is not None:
        published = published or parse_date(head.date)
        source = source or head.source
        if head.shared_line:
            what = f"read {head.source!r} as the source and" if head.source else "found no source name;"
            notes.append(f"the header 'date {head.date} ...' shares its line with the article: {what} "
                         f"the text from character {head.end} ({first_words(text[head.end:])!r}) as the body")
    if published is None:
        stated = stated_date(text)
        if stated is not None:
            published = stated[0]
            notes.append(f"no publication date was given: {published.isoformat()} is taken from the text "
                         f"({stated[1]!r}) and relative dates are resolved against it")
    dateline = None
    m = _DATELINE.search(text[:600])
    if m:
        dateline = m["place"].strip()
    return Article(text=text, id=id, source=source, published=published, dateline=dateline, title=title,
                   meta=meta or {}, warnings=tuple(notes))


# elements a browser does not show: their text is no part of the article (and a classic place to hide
# instructions for a model)
_HIDDEN = ("//*[@hidden] | //*[@aria-hidden='true'] | //template"
           " | //*[contains(translate(@style, ' ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'display:none')]"
           " | //*[contains(translate(@style, ' ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'visibility:hidden')]")


def _visible(raw: str):
    """The page without hidden elements (as an lxml tree), or the raw page when it does not parse."""
    try:
        import lxml.html

        tree = lxml.html.document_fromstring(raw)
    except Exception:  # lxml refuses some inputs (e.g. an encoding declaration in a str): trafilatura copes
        return raw
    for element in tree.xpath(_HIDDEN):
        if element.getparent() is not None:
            element.drop_tree()
    return tree


def _from_html(raw: str, name: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(_visible(raw), include_comments=False, include_tables=False, favor_recall=True)
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
    (so a run can report that line and go on). Only one line is in memory at a time."""
    defaults = {"published": published, "source": source}
    with reading(path):
        _check_file(path)
        fh = open(path, "rb")
    with fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield InputError(f"line {n}: not UTF-8 text (JSONL is UTF-8)", source=path)
                continue
            yield _record_line(line, n, path, defaults)


def _record_line(line: str, n: int, name: str, defaults: dict) -> Article | InputError:
    try:
        return _record_article(json.loads(line), f"{name}:{n}", defaults)
    except json.JSONDecodeError as e:
        return InputError(f"line {n}: invalid JSON ({e.msg})", source=name)
    except RecursionError:
        return InputError(f"line {n}: JSON nested too deeply", source=name)
    except InputError as e:
        return e


def _check_file(path: str, max_chars: int | None = None) -> None:
    """Refuse what would hang or exhaust memory before reading: a FIFO or device, an oversized file."""
    info = Path(path).stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (a pipe, socket or device); use '-' to read stdin", source=path)
    if max_chars and info.st_size > 4 * max_chars + 4:  # UTF-8 spends at most 4 bytes a character
        raise InputError(f"the file has {info.st_size:,} bytes, more than an article of at most {max_chars:,} "
                         "characters can take (raise --max-article-chars)", source=path)


@contextmanager
def reading(source: str, what: str = "an article") -> Iterator[None]:
    """Reading ``source`` (a file name): an OS error (no such file, a directory, no permission...)
    becomes one :class:`InputError` line; ``what`` names what the file should have been."""
    try:
        yield
    except FileNotFoundError:
        raise InputError("no such file", source=source) from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not {what}", source=source) from None
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", source=source) from None


def _read(path: str, name: str, max_chars: int | None) -> tuple[str, list[str]]:
    with reading(name):
        if path == "-":
            stream = getattr(sys.stdin, "buffer", None)
            if stream is None:  # a text stream (tests, embedding): already decoded
                return sys.stdin.read(), []
            return decode(stream.read(), name)
        _check_file(path, max_chars)
        return decode(Path(path).read_bytes(), name)


def iter_articles(path: str, *, published=None, source=None, max_chars: int | None = None
                  ) -> Iterator[Article | InputError]:
    """The articles in ``path`` ('-' is stdin): text, HTML, .json (record or list) or .jsonl.
    A bad record of a JSON list or JSONL is yielded as its InputError (the others still come);
    an input that cannot be read at all raises. ``max_chars`` refuses oversized files unread."""
    defaults = {"published": published, "source": source}
    name = "<stdin>" if path == "-" else path
    if path != "-" and Path(path).suffix.lower() == ".jsonl":
        yield from iter_jsonl(path, published=published, source=source)
        return
    raw, notes = _read(path, name, max_chars)
    suffix = Path(path).suffix.lower() if path != "-" else ""
    stripped = raw.lstrip()
    if suffix == "" and stripped.startswith("{") and "\n{" in stripped:  # JSONL on stdin
        for n, line in enumerate(raw.split("\n"), 1):
            if line.strip():
                yield _record_line(line, n, name, defaults)
        return
    if suffix == ".json" or (suffix == "" and stripped[:1] in "{["):
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, RecursionError) as e:
            if suffix == ".json":
                where = f" at line {e.lineno}" if isinstance(e, json.JSONDecodeError) else ""
                raise InputError(f"invalid JSON ({getattr(e, 'msg', 'nested too deeply')}{where})", source=name) from None
            data = None
        if data is not None:
            records = data if isinstance(data, list) else [data]
            for n, record in enumerate(records, 1):
                try:
                    yield _record_article(record, name if len(records) == 1 else f"{name}[{n}]", defaults)
                except InputError as e:
                    yield e
            return
    title = None
    text = raw
    if suffix in (".html", ".htm") or _looks_like_html(raw):
        text, title = _from_html(raw, name)
    yield make_article(text, id=name, published=published, source=source, title=title, warnings=notes)


def read_articles(path: str, *, published=None, source=None, max_chars: int | None = None) -> Iterator[Article]:
    """Yield the articles in ``path`` ('-' is stdin): text, HTML, .json (record or list) or .jsonl.
    The first bad record raises its InputError (:func:`iter_articles` yields it and goes on)."""
    for item in iter_articles(path, published=published, source=source, max_chars=max_chars):
        if isinstance(item, InputError):
            raise item
        yield item


def with_metadata(article: Article, **changes) -> Article:
    return replace(article, **{k: v for k, v in changes.items() if v is not None})
