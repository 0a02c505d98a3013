"""Command-line options shared by every command that talks to a backend."""

from __future__ import annotations

import click


def settings_from_flags(**flags):
    from summarizer.config import from_env

    return from_env(**flags)


def model_options(f):
    """Options shared by every command that talks to a backend."""
    options = [
        click.option("--backend", type=str, default=None, help="openai | offline (default: openai when an endpoint is configured)"),
        click.option("--model", "-m", default=None, help="Model name (env SUMMARIZER_MODEL)."),
        click.option("--base-url", default=None, help="OpenAI-compatible endpoint (env OPENAI_BASE_URL)."),
        click.option("--api-key", default=None, help="API key (env OPENAI_API_KEY)."),
        click.option("--mode", type=click.Choice(["json_schema", "json", "tools", "md_json"]), default=None,
                     help="Structured-output dialect (default: per server)."),
        click.option("--server", type=click.Choice(["openai", "vllm", "ollama", "llamacpp", "lmstudio", "generic"]),
                     default=None, help="Server family (default: guessed from the URL and /models)."),
        click.option("--temperature", type=float, default=None),
        click.option("--max-retries", type=click.IntRange(0, 10), default=None, help="Re-asks after invalid output."),
        click.option("--timeout", type=float, default=None, help="Seconds per request."),
        click.option("--strict", is_flag=True, default=None, help="Drop items still invalid after the retries."),
        click.option("--few-shot/--no-few-shot", "few_shot", default=None,
                     help="Send the worked example (default: only when output is not schema-constrained)."),
        click.option("--max-chunk-chars", type=click.IntRange(2000), default=None, help="Split longer articles."),
        click.option("--max-article-chars", type=click.IntRange(1), default=None,
                     help="Refuse longer articles (default 300000 characters)."),
        click.option("--max-tokens", type=click.IntRange(256), default=None, help="Answer length limit per request (default 4096)."),
        click.option("--http-retries", type=click.IntRange(0, 20), default=None,
                     help="Retries on 429 (honouring retry-after), 5xx and timeouts, with jittered backoff (default 2)."),
        click.option("--cache-dir", default=None, help="Response cache folder (env SUMMARIZER_CACHE_DIR)."),
        click.option("--no-cache", "cache", flag_value=False, default=None, help="Neither read nor write the response cache."),
        click.option("--replay", is_flag=True, default=None, help="Answer only from the cache; a miss is an error."),
    ]
    for option in reversed(options):
        f = option(f)
    return f
