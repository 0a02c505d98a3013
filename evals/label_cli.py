"""The labelling loop on the command line (``evals/LABELLING.md``, "Starting from a draft"):

    summarizer label ARTICLE... -o DIR [--backend ... --model ...]   # DIR/<id>/{article.txt,gold.yaml,brief.html}
    summarizer fixtures check DIR                                    # file:line: message, exit 7 when any

``label`` never overwrites a fixture folder that exists: that article is an error line and the others
are still written.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click

from summarizer.errors import FixtureError, InputError, ModelOutputError, SummarizerError
from summarizer.options import model_options, settings_from_flags
from summarizer.output import write_text

log = logging.getLogger("summarizer")

__all__ = ["fixtures", "label"]


def _write_fixture(folder: Path, article, brief, fid: str) -> None:
    from summarizer.evals.draft import draft_yaml

    from summarizer.render import html_page

    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(article.text, encoding="utf-8", newline="")
    write_text(draft_yaml(brief, fixture_id=fid), str(folder / "gold.yaml"))
    write_text(html_page([(brief, article.text)], title=f"Draft of {fid}: the brief it was made from"),
               str(folder / "brief.html"))


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write DIR/<id>/ fixture drafts into.")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for relative dates.")
@click.option("--source", default=None, help="Publisher name.")
@model_options
def label(inputs, out_dir, published, source, backend, **flags):
    """Draft a gold fixture for each article in INPUTS from a brief, for a person to correct."""
    from summarizer.evals.draft import fixture_id

    from summarizer.article import read_articles
    from summarizer.pipeline import Summarizer

    pipeline = Summarizer(settings_from_flags(backend=backend, **flags))
    root = Path(out_dir)
    failures: list[SummarizerError] = []
    written = 0
    taken: set[str] = set()
    for path in inputs:
        try:
            for article in read_articles(path, published=published, source=source):
                fid = fixture_id(article.id)
                base, n = fid, 2
                while fid in taken:  # two articles with one stem in this run: number them
                    fid, n = f"{base}-{n}", n + 1
                taken.add(fid)
                folder = root / fid
                try:
                    if folder.exists():
                        raise InputError(f"{folder} exists: not overwritten (move it or choose another -o)",
                                         source=article.id)
                    brief = pipeline.summarize(article)
                    _write_fixture(folder, article, brief, fid)
                except (InputError, ModelOutputError) as e:
                    e.source = e.source or article.id
                    failures.append(e)
                    log.error("error: %s", e)
                    continue
                except OSError as e:
                    failures.append(InputError(f"cannot write {folder}: {e.strerror}", source=article.id))
                    log.error("error: %s", failures[-1])
                    continue
                written += 1
                log.info("wrote %s (%d actors, %d incidents, %d claims, %d denials to correct)", folder / "gold.yaml",
                         len(brief.actors), len(brief.incidents), len(brief.claims), len(brief.denials))
        except InputError as e:
            failures.append(e)
            log.error("error: %s", e)
    if failures:
        raise SummarizerError(f"{len(failures)} article(s) failed; {written} draft(s) written")


@click.group()
def fixtures():
    """Work with gold fixtures (format 1)."""


@fixtures.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="Warnings (a responds_to that matches no claim) count as problems.")
def check(paths, strict):
    """Check fixtures under PATHS: one `file:line: message` line per problem, exit 7 when any."""
    from summarizer.evals.check import check_path

    total, bad = 0, 0
    for path in paths:
        problems, checked = check_path(path)
        total += checked
        for p in problems:
            click.echo(str(p))
        bad += sum(1 for p in problems if strict or not p.warning)
    if bad:
        raise FixtureError(f"{bad} problem(s) in the fixtures under {', '.join(paths)} ({total} fixture(s) checked)")
    log.info("%d fixture(s) checked: no problems", total)
