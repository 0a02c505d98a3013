"""``summarizer view``: the evidence view of briefs made earlier (by ``summarize`` or ``batch``).

A brief does not carry its article, only the article's sha256. The text is looked for in
``--articles`` (any input ``summarize`` reads: text, HTML, .json, .jsonl), then at the brief's
``article.id`` when that is a readable file; a text is used only when its sha256 is the brief's, so
offsets never land on another text. A brief whose text is not found is shown alone, its evidence as
quotes, with a warning.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import click
from pydantic import ValidationError

from summarizer.article import reading
from summarizer.errors import InputError, SummarizerError
from summarizer.output import write_text
from summarizer.schemas.brief import Brief

log = logging.getLogger("summarizer")

__all__ = ["load_briefs", "view"]


def _brief(data, where: str) -> Brief:
    try:
        return Brief.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "record"
        raise InputError(f"not a brief ({loc}: {first['msg']})", source=where) from None


def load_briefs(path: str) -> Iterator[Brief]:
    """The briefs in ``path``: a .json brief or list of briefs, or .jsonl with one brief a line."""
    try:
        with reading(path, "a brief file"):
            raw = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:  # not an OSError: passes through reading()
        raise InputError("not UTF-8 text", source=path) from None
    stripped = raw.strip()
    if path.endswith(".jsonl") or (stripped.startswith("{") and "\n{" in stripped):
        for n, line in enumerate(raw.split("\n"), 1):
            if line.strip():
                try:
                    yield _brief(json.loads(line), f"{path}:{n}")
                except json.JSONDecodeError as e:
                    raise InputError(f"line {n}: invalid JSON ({e.msg})", source=path) from None
        return
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(f"invalid JSON ({e.msg} at line {e.lineno})", source=path) from None
    for n, record in enumerate(data if isinstance(data, list) else [data]):
        yield _brief(record, f"{path}[{n}]" if isinstance(data, list) else path)


def _texts(paths) -> dict[str, str]:
    """sha256 -> text of every article in ``paths``."""
    from summarizer.article import read_articles

    texts = {}
    for path in paths:
        for article in read_articles(path):
            texts[article.sha256] = article.text
    return texts


def find_text(brief: Brief, texts: dict[str, str]) -> str | None:
    """The brief's article text: from ``texts`` by sha256, else from the file named by its id."""
    sha = brief.article.sha256
    if sha in texts:
        return texts[sha]
    name = brief.article.id
    if name and Path(name).is_file():
        try:
            texts.update(_texts([name]))
        except SummarizerError:
            return None
        return texts.get(sha)
    return None


@click.command()
@click.argument("briefs", nargs=-1, required=True)
@click.option("-o", "--output", default=None, help="Write the page here instead of stdout.")
@click.option("--articles", "articles", multiple=True,
              help="Where the article texts are (text, HTML, .json or .jsonl; repeatable). Default: each brief's "
                   "article.id when it is a file.")
@click.option("--title", default=None, help="The page title.")
def view(briefs, output, articles, title):
    """One self-contained HTML page of BRIEFS (.json, or .jsonl as written by batch)."""
    from summarizer.render import html_page

    texts = _texts(articles)
    entries = []
    for path in briefs:
        for brief in load_briefs(path):
            text = find_text(brief, texts)
            if text is None:
                log.warning("%s: article text not found (give --articles); evidence shown as quotes",
                            brief.article.id or path)
            entries.append((brief, text))
    if not entries:
        raise InputError("no briefs in " + ", ".join(briefs))
    write_text(html_page(entries, title=title), output)
