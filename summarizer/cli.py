"""The command line: a thin shell over the Python API.

Briefs go to stdout (or ``-o FILE``); logs, progress and errors go to stderr. Every error the
library raises on purpose becomes one line ``summarizer: error: ...`` and a non-zero exit code.
"""

from __future__ import annotations

import json
import logging
import sys

import click

from summarizer.errors import ConfigError, InputError, ModelOutputError, SummarizerError
from summarizer.options import model_options, settings_from_flags
from summarizer.output import write_text

log = logging.getLogger("summarizer")


def _setup_logging(verbose: int, quiet: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("summarizer: %(message)s"))
    root = logging.getLogger("summarizer")
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING if quiet else logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    # instructor logs every failed attempt; our own messages say what matters
    logging.getLogger("instructor").setLevel(logging.DEBUG if verbose > 1 else logging.CRITICAL)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summarizer")
@click.option("-v", "--verbose", count=True, help="More logging on stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Only warnings and errors on stderr.")
def cli(verbose, quiet):
    """Structured, evidence-grounded briefs of news articles."""
    _setup_logging(verbose, quiet)


class _JsonlSink:
    """Appends one record per finished brief, flushed at once: nothing done is lost on a later failure."""

    def __init__(self, output: str | None):
        self.fh = sys.stdout if not output or output == "-" else open(output, "a", encoding="utf-8")

    def write(self, line: str) -> None:
        self.fh.write(line + "\n")
        self.fh.flush()

    def close(self) -> None:
        if self.fh is not sys.stdout:
            self.fh.close()


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@model_options
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "markdown", "html"]), default="json",
              show_default=True, help="html: one self-contained page, the article with its evidence highlighted.")
@click.option("-o", "--output", default=None, help="Write here instead of stdout.")
@click.option("--published", default=None, help="Publication date (YYYY-MM-DD) for relative dates.")
@click.option("--source", default=None, help="Publisher name.")
@click.option("--recorded", "recorded_file", type=click.Path(dir_okay=False), default=None,
              help="Answer every request with this recorded model answer (a JSON object), replayed through the "
                   "real OpenAI-compatible path on a loopback server: reproduces a brief from a model's answer.")
def summarize(inputs, fmt, output, published, source, backend, recorded_file, **flags):
    """Brief each INPUT: text, HTML, .json or .jsonl records ('-' reads stdin)."""
    if recorded_file:
        from summarizer.recorded import RecordedServer, read_answer, recorded_settings

        if flags.get("base_url") or flags.get("api_key"):
            raise ConfigError("--recorded answers from a loopback server: drop --base-url/--api-key")
        answer = read_answer(recorded_file)  # a bad file fails before any input is read
        with RecordedServer(default=answer) as server:
            settings = recorded_settings(settings_from_flags(backend=backend, **flags), server, backend=backend)
            _summarize(inputs, fmt, output, published, source, settings)
        return
    _summarize(inputs, fmt, output, published, source, settings_from_flags(backend=backend, **flags))


def _summarize(inputs, fmt, output, published, source, settings) -> None:
    from summarizer.article import iter_articles
    from summarizer.pipeline import Summarizer

    pipeline = Summarizer(settings)
    sink = _JsonlSink(output) if fmt == "jsonl" else None
    done: list = []
    failures: list[SummarizerError] = []
    attempted = 0
    try:
        for path in inputs:
            try:
                for article in iter_articles(path, published=published, source=source,
                                             max_chars=settings.max_article_chars):
                    attempted += 1
                    if attempted == 2 and failures:  # now known not to be the only article: report it
                        log.error("error: %s", failures[0])
                    try:
                        if isinstance(article, InputError):  # a bad record: reported, the others go on
                            raise article
                        brief = pipeline.summarize(article)
                    except (InputError, ModelOutputError) as e:  # this article only: the others go on
                        e.source = e.source or getattr(article, "id", None)
                        failures.append(e)
                        if attempted > 1:
                            log.error("error: %s", e)
                        continue
                    if sink:
                        sink.write(brief.model_dump_json())
                    else:
                        done.append((brief, article.text))
            except InputError as e:  # an unreadable input: the other inputs go on
                attempted += 1
                failures.append(e)
                if attempted > 1:
                    log.error("error: %s", e)
    finally:  # whatever stops the run (a server down, a bad key, Ctrl-C), what is done is written
        if sink:
            sink.close()
        elif done:
            _write_briefs(done, fmt, output)
    if failures:
        if attempted == 1:
            raise failures[0]
        raise SummarizerError(f"{len(failures)} of {attempted} article(s) failed; the others were written")


def _write_briefs(done: list, fmt: str, output: str | None) -> None:
    from summarizer.render import html_page, markdown

    briefs = [brief for brief, _text in done]
    if fmt == "html":
        write_text(html_page(done), output)
    elif fmt == "markdown":
        write_text("\n---\n\n".join(markdown(b) for b in briefs), output)
    elif len(briefs) == 1:
        write_text(briefs[0].model_dump_json(indent=2) + "\n", output)
    else:
        write_text(json.dumps([b.model_dump(mode="json") for b in briefs], indent=2, ensure_ascii=False) + "\n", output)


@cli.command()
@click.argument("article")
@model_options
@click.option("--json", "as_json", is_flag=True, help="Print the exact request body instead.")
@click.option("--published", default=None)
@click.option("--source", default=None)
def prompt(article, as_json, published, source, backend, **flags):
    """Show the exact messages and JSON schema sent for ARTICLE."""
    from summarizer.article import read_articles
    from summarizer.llm.backend import capture_request

    settings = settings_from_flags(**flags)
    if not settings.model:
        settings = settings.with_(model="MODEL")
    first = next(iter(read_articles(article, published=published, source=source)))
    body = capture_request(settings, first)
    if as_json:
        write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n", None)
        return
    out = []
    for m in body["messages"]:
        out.append(f"--- {m['role']} ---\n{m['content'] if isinstance(m['content'], str) else json.dumps(m['content'])}\n")
    from summarizer.llm.prompting import prompt_version, response_schema

    out.append(f"--- JSON schema (mode {body['_mode']}, prompt version {prompt_version()}) ---\n")
    out.append(json.dumps(response_schema(), indent=2) + "\n")
    write_text("\n".join(out), None)


@cli.command()
@click.option("--draft", is_flag=True, help="The schema the model fills in, instead of the brief's.")
def schema(draft):
    """Print the JSON Schema of a brief."""
    from summarizer.schemas import Brief, Extraction

    model = Extraction if draft else Brief
    write_text(json.dumps(model.model_json_schema(), indent=2) + "\n", None)


from summarizer.batch.cli import batch  # noqa: E402
from summarizer.evals.cli import eval_command  # noqa: E402
from summarizer.evals.label_cli import fixtures, label  # noqa: E402
from summarizer.render.cli import view  # noqa: E402

cli.add_command(eval_command)
cli.add_command(batch)
cli.add_command(view)
cli.add_command(label)
cli.add_command(fixtures)


def _register_keys(argv) -> None:
    """The API keys this run knows of (environment, --api-key): kept out of every line it prints or logs."""
    import os

    from summarizer.redact import redact_logging, register

    register(os.environ.get("OPENAI_API_KEY"))
    args = list(sys.argv[1:] if argv is None else argv)
    for i, arg in enumerate(args):
        if arg == "--api-key" and i + 1 < len(args):
            register(args[i + 1])
        elif arg.startswith("--api-key="):
            register(arg.split("=", 1)[1])
    redact_logging()


def _echo_error(message: str) -> None:
    from summarizer.redact import redact

    click.echo(redact(message), err=True)


def main(argv=None) -> int:
    _register_keys(argv)
    try:
        cli.main(args=argv, prog_name="summarizer", standalone_mode=False)
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.Abort:
        click.echo("summarizer: aborted", err=True)
        return 130
    except click.exceptions.NoArgsIsHelpError as e:  # `summarizer batch` alone: the help, not an "error"
        click.echo(e.ctx.get_help(), err=True)
        return 2
    except click.ClickException as e:
        _echo_error(f"summarizer: error: {e.format_message()}")
        return e.exit_code
    except SummarizerError as e:
        _echo_error(f"summarizer: error: {e}")
        return e.exit_code
    except KeyboardInterrupt:
        click.echo("summarizer: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: still one line, the traceback only with -v
        log.debug("internal error", exc_info=True)
        _echo_error(f"summarizer: internal error: {type(e).__name__}: {e} (run with -v for the traceback)")
        return 70
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
