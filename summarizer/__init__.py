"""summarizer: structured, evidence-grounded briefs of news articles.

    from summarizer import summarize, Brief
    brief: Brief = summarize(text, model="gpt-4o-mini")
"""

__version__ = "0.1.0"

from summarizer.article import Article, make_article, read_articles
from summarizer.config import Settings
from summarizer.errors import (
    BackendError,
    ConfigError,
    FixtureError,
    InputError,
    ModelOutputError,
    PromptError,
    SummarizerError,
)
from summarizer.pipeline import Summarizer, summarize
from summarizer.schemas import Brief

__all__ = [
    "Article", "BackendError", "Brief", "ConfigError", "FixtureError", "InputError", "ModelOutputError",
    "PromptError", "Settings", "Summarizer", "SummarizerError", "__version__", "make_article",
    "read_articles", "summarize",
]
