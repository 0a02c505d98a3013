"""The LLM backend: any OpenAI-compatible server through openai + instructor.

* :mod:`~summarizer.llm.backend` — the backend registered as ``openai`` (requests per chunk, parts merged);
* :mod:`~summarizer.llm.clients` — the openai clients, injected or built with the response cache;
* :mod:`~summarizer.llm.failures` — a failed request: its answer salvaged item by item, or a one-line error;
* :mod:`~summarizer.llm.usage` — requests, tokens and retries counted per call;
* :mod:`~summarizer.llm.dialects` — the structured-output dialect per server family, the family guessed;
* :mod:`~summarizer.llm.prompting` — the prompt templates, the response schema, the prompt version;
* :mod:`~summarizer.llm.cache` — the response cache (one file per request) and its replay mode.

The pipeline picks the backend through the registry (:mod:`summarizer.backends`); the shared core
(article, grounding, resolve, ...) never imports this package (``tests/test_layering.py``).
"""
