"""The LLM backend: any OpenAI-compatible server through openai + instructor.

* :mod:`~summarizer.llm.backend` — the backend registered as ``openai`` (requests, retries, salvage);
* :mod:`~summarizer.llm.dialects` — the structured-output dialect per server family, the family guessed;
* :mod:`~summarizer.llm.prompting` — the prompt templates, the response schema, the prompt version;
* :mod:`~summarizer.llm.cache` — the response cache (one file per request) and its replay mode.

The pipeline picks the backend through the registry (:mod:`summarizer.backends`); the shared core
(article, grounding, resolve, ...) never imports this package (``tests/test_layering.py``).
"""
