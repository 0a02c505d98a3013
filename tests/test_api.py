"""The public Python API: a small, explicit surface (guarded), used as the README shows."""

from pathlib import Path

import pytest

import summarizer

SEED = (Path(__file__).parent / "data" / "seed_article.txt").read_text(encoding="utf-8")


def test_exported_members_are_deliberate():
    assert sorted(summarizer.__all__) == sorted([
        "Article", "BackendError", "Brief", "ConfigError", "FixtureError", "InputError", "ModelOutputError",
        "PromptError", "Settings", "Summarizer", "SummarizerError", "__version__", "make_article",
        "read_articles", "summarize",
    ])
    for name in summarizer.__all__:
        assert hasattr(summarizer, name)
    for error in ("BackendError", "ConfigError", "FixtureError", "InputError", "ModelOutputError", "PromptError"):
        assert issubclass(getattr(summarizer, error), summarizer.SummarizerError)


def test_readme_offline_call():
    brief = summarizer.summarize(SEED, backend="offline", published="2019-12-10")
    assert isinstance(brief, summarizer.Brief) and brief.run.backend == "offline"
    assert brief.denials and brief.denials[0].responds_to


def test_unknown_options_are_config_errors():
    with pytest.raises(summarizer.ConfigError, match="unknown option"):
        summarizer.summarize(SEED, model="m", temprature=0.2)


def test_importing_the_package_loads_no_model_client(tmp_path):
    import subprocess
    import sys

    code = "import sys, summarizer; print([m for m in ('openai', 'instructor', 'spacy') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip() == "[]"
