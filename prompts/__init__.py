"""Jinja2 prompt templates and few-shot examples (installed as ``summarizer.prompts``).

Rendered by :mod:`summarizer.llm.prompting`; the files here are data, not code.
"""

from pathlib import Path

PROMPTS_DIR = Path(__file__).parent
