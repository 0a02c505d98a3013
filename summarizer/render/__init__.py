"""Rendering a brief for people: Markdown (:mod:`.markdown`) and the self-contained HTML evidence
view (:mod:`.html`).

    from summarizer.render import markdown, html_page
    page = html_page([(brief, article_text)])     # one file, no network, opens from disk
"""

from __future__ import annotations

from summarizer.render.html import html_page
from summarizer.render.markdown import markdown

__all__ = ["html_page", "markdown"]
