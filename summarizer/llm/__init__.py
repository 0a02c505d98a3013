"""The LLM backend: any OpenAI-compatible server through openai + instructor.

* :mod:`~summarizer.llm.backend` — the backend registered as ``openai`` (requests, retries, salvage);
* :mod:`~summarizer.llm.prompting` — the prompt templates, the response schema, the prompt version;
* :mod:`~summarizer.llm.cache` — the response cache (one file per request) and its replay mode.

Nothing here is imported by the shared core (article, grounding, resolve, ...): the pipeline reaches
this package only through the backend registry (:mod:`summarizer.backends`).
"""
