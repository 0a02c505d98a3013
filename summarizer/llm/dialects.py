"""Structured-output dialects: which one a server speaks, and what a request carries for it.

The mode is chosen per server family (:data:`SERVER_MODES`) unless set explicitly:

* ``json_schema``: ``response_format={"type": "json_schema", ...}`` (OpenAI, vLLM, LM Studio, Ollama);
* ``json``: ``response_format={"type": "json_object"}`` with the schema in the prompt; for llama.cpp
  servers the schema is also attached as ``response_format.schema``, which they use to constrain
  decoding (llama-cpp-python rejects ``json_schema``);
* ``tools``: a forced function call;
* ``md_json``: JSON in a fenced block, for servers with no structured output at all.

The server family is guessed from the URL, then from ``GET /models`` (:func:`guess_server`).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlparse

import httpx
import instructor
import openai

from summarizer.llm import prompting

log = logging.getLogger("summarizer")

SERVER_MODES = {
    "openai": "json_schema",
    "vllm": "json_schema",
    "lmstudio": "json_schema",
    "ollama": "json_schema",
    "llamacpp": "json",
    "generic": "json",
}
# "json" uses instructor's JSON_SCHEMA handler for parsing and re-asks, with the request's
# response_format replaced (see extra_body): instructor's own JSON mode pastes an indented schema
# into the system prompt, which costs about a thousand tokens more than our compact one.
INSTRUCTOR_MODES = {
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON_SCHEMA,
    "tools": instructor.Mode.TOOLS,
    "md_json": instructor.Mode.MD_JSON,
}
# what GET /v1/models says in "owned_by", per server
_OWNED_BY = {
    "vllm": "vllm", "llamacpp": "llamacpp", "me": "llamacpp", "library": "ollama",
    "organization_owner": "lmstudio", "openai": "openai", "system": "openai", "openai-internal": "openai",
}


def guess_server(base_url: str | None, client: openai.OpenAI | None = None) -> str:
    """Which server family is behind ``base_url``: by host, then by its /models listing."""
    if not base_url:
        return "openai"
    url = urlparse(base_url)
    host = (url.hostname or "").lower()
    if host.endswith("openai.com"):
        return "openai"
    if url.port == 11434 or "ollama" in host:
        return "ollama"
    if url.port == 1234 or "lmstudio" in host:
        return "lmstudio"
    if client is not None:
        try:
            listing = client.with_options(max_retries=0, timeout=5.0).models.list()
            for model in listing.data:
                owner = str(getattr(model, "owned_by", "") or "").lower()
                if owner in _OWNED_BY:
                    return _OWNED_BY[owner]
        except (openai.OpenAIError, httpx.HTTPError, ValueError) as e:
            log.debug("could not list models at %s: %s", base_url, e)
    return "generic"


def mode_for(server: str) -> str:
    """The default mode of a server family (``json`` for one not known)."""
    return SERVER_MODES.get(server, "json")


def extra_body(mode: str, server: str, schema_name: str) -> dict[str, Any] | None:
    """The ``response_format`` a request carries beyond what instructor sets, or None."""
    if mode == "json_schema" and server == "openai":
        # OpenAI shows this schema to the model (without "strict" it does not constrain decoding):
        # the copy the model reads, without the bounds (instructor's own would carry them)
        return {"response_format": {"type": "json_schema", "json_schema": {
            "name": schema_name, "schema": prompting.prompt_schema()}}}
    if mode == "json":
        response_format: dict[str, Any] = {"type": "json_object"}
        if server == "llamacpp":  # llama.cpp servers constrain decoding with this schema
            response_format["schema"] = prompting.response_schema()
        return {"response_format": response_format}
    return None


def schema_in_prompt(mode: str, server: str) -> bool:
    """Put the compact schema the model reads in the system message? Only OpenAI shows a
    ``json_schema`` response format to the model; vLLM, llama.cpp, Ollama and LM Studio use it to
    constrain decoding without the model ever reading it, and a bare ``json_object`` carries no
    schema at all. (``tools`` and ``md_json`` carry it their own way.)"""
    return mode in ("json_schema", "json") and server != "openai"


def few_shot(mode: str) -> bool:
    """The worked example by default only in md_json mode, where neither the server nor a schema in
    the prompt enforces the answer's shape (it costs ~400 prompt tokens a request)."""
    return mode == "md_json"
