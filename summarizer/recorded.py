"""Recorded model answers, served over loopback HTTP so that they go through the real client.

A recorded answer is the JSON object a model returned for one article's extraction request
(``<fixture id>.json`` under ``summarizer eval --recorded DIR``, or one file for ``summarize
--recorded FILE``). :class:`RecordedServer` is an OpenAI-compatible server on 127.0.0.1 that answers
``POST /chat/completions`` with the answer of the article the request carries, so everything after
the model runs for real: openai + instructor, the dialect, validation and re-ask, salvage,
grounding, resolution.

* **Matching**: by the article, never by the request bytes. The article is the text inside the last
  ``<article>`` block of the request's messages (a re-ask's extra messages carry none), keyed by the
  sha256 of its whitespace-collapsed text; a prompt change leaves the key alone. A part of a long
  article (a chunk) is matched to the article that contains it and answered with the items whose
  evidence lies in that part.
* **Re-asks**: answered with the same answer again, as a deterministic model would answer. A
  re-ask therefore never repairs anything here: every re-ask is one more request, counted in the
  brief's ``run.usage``, and an answer that stays invalid is salvaged and flagged as with any model.
* **Dialects**: the answer is message content (``json_schema``, ``json``, ``md_json``) or a forced
  tool call when the request has ``tools``.
* An article with no recorded answer gets HTTP 400 with a message that says so (one error line, or
  one error row in an eval).
* Usage: the recorded answers carry no token counts, so none is reported (requests are counted).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from summarizer.errors import ConfigError, InputError, read_json

MODEL_NAME = "recorded"

_ARTICLE = re.compile(r"<article>\n?(.*?)\n?</article>", re.DOTALL)

__all__ = ["MODEL_NAME", "RecordedServer", "article_key", "read_answer", "recorded_settings"]


def _collapse(text: str) -> str:
    return " ".join(text.split())


def article_key(text: str) -> str:
    """The key an article's answer is filed under: sha256 of its whitespace-collapsed text."""
    return hashlib.sha256(_collapse(text).encode("utf-8")).hexdigest()


def read_answer(path: str | Path) -> dict:
    """One recorded answer (a JSON object), or :class:`InputError` saying what is wrong with the file."""
    data = read_json(path, "recorded answer")
    if not isinstance(data, dict):
        raise InputError("the recorded answer is not a JSON object", source=str(path))
    return data


def request_article(body: Mapping) -> str | None:
    """The article in a chat-completion request: the last ``<article>`` block of its messages."""
    found = None
    for message in body.get("messages") or []:
        content = message.get("content") if isinstance(message, Mapping) else None
        if isinstance(content, str):
            blocks = _ARTICLE.findall(content)
            if blocks:
                found = blocks[-1]
    return found


def _shown_part(answer: dict, shown: str) -> dict:
    """The items of ``answer`` whose evidence lies in ``shown`` (a part of the article)."""
    part = copy.deepcopy(answer)
    shown = _collapse(shown)
    for field in ("actors", "incidents", "claims", "denials"):
        items = part.get(field)
        if isinstance(items, list):
            part[field] = [i for i in items if not isinstance(i, dict)
                           or _collapse(str(i.get("evidence") or "")) in shown]
    return part


class _Answers:
    """Answers by article key; ``default`` answers any article (``summarize --recorded FILE``)."""

    def __init__(self, by_text: Mapping[str, dict] | None = None, default: dict | None = None):
        self.default = default
        self.by_key = {article_key(text): answer for text, answer in (by_text or {}).items()}
        self.texts = [(_collapse(text), answer) for text, answer in (by_text or {}).items()]

    def find(self, article: str) -> dict | None:
        answer = self.by_key.get(article_key(article))
        if answer is not None:
            return answer
        shown = _collapse(article)
        for text, whole in self.texts:  # a part of a long article
            if shown and shown in text:
                return _shown_part(whole, shown)
        return self.default


def _completion(body: Mapping, answer: dict) -> dict:
    message: dict = {"role": "assistant", "content": None}
    tools = body.get("tools")
    if tools:
        name = (tools[0].get("function") or {}).get("name", "Extraction")
        message["tool_calls"] = [{"id": "call_recorded", "type": "function",
                                  "function": {"name": name, "arguments": json.dumps(answer, ensure_ascii=False)}}]
        finish = "tool_calls"
    else:
        message["content"] = json.dumps(answer, ensure_ascii=False)
        finish = "stop"
    return {"id": "chatcmpl-recorded", "object": "chat.completion", "created": 0,
            "model": body.get("model") or MODEL_NAME,
            "choices": [{"index": 0, "finish_reason": finish, "message": message}]}


class RecordedServer:
    """An OpenAI-compatible server on 127.0.0.1 answering from recorded answers (a context manager).

    ``by_text`` maps article texts to their answers; ``default`` answers any article. ``GET
    /models`` lists one model owned by ``owned_by`` (the server family the client will assume)."""

    def __init__(self, by_text: Mapping[str, dict] | None = None, *, default: dict | None = None,
                 owned_by: str = "openai"):
        self.answers = _Answers(by_text, default)
        self.owned_by = owned_by
        self.requests = 0
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _send(self, status: int, body: dict) -> None:
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path.rstrip("/").endswith("/models"):
                    self._send(200, {"object": "list", "data": [
                        {"id": MODEL_NAME, "object": "model", "created": 0, "owned_by": outer.owned_by}]})
                else:
                    self._send(404, {"error": {"message": f"no route GET {self.path}"}})

            def do_POST(self):
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._send(404, {"error": {"message": f"no route POST {self.path}"}})
                    return
                status, body = outer.respond(raw)
                self._send(status, body)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="recorded-server", daemon=True)

    def respond(self, raw: bytes) -> tuple[int, dict]:
        """(status, body) for one chat-completion request body."""
        with self._lock:
            self.requests += 1
        try:
            body = json.loads(raw)
        except ValueError:
            return 400, {"error": {"message": "the request body is not JSON"}}
        article = request_article(body) if isinstance(body, dict) else None
        if article is None:
            return 400, {"error": {"message": "the request carries no <article> block"}}
        answer = self.answers.find(article)
        if answer is None:
            return 400, {"error": {"message": "no recorded answer for this article "
                                              f"(sha256 of its collapsed text {article_key(article)[:12]})"}}
        return 200, _completion(body, answer)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> RecordedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def recorded_settings(settings, server: RecordedServer, *, backend: str | None = None):
    """``settings`` pointed at ``server``: the openai backend, no response cache (a changed answer
    file is replayed as it now is); dialect (default: the OpenAI server's ``json_schema``), re-asks,
    strictness and chunking stay the caller's. Endpoint, key and cache options do not combine."""
    if (backend and backend != "openai") or settings.replay:
        raise ConfigError("recorded answers are replayed on the openai backend; drop --backend/--replay")
    return settings.with_(backend="openai", model=settings.model or MODEL_NAME, base_url=server.base_url,
                          api_key="not-needed", server=settings.server or "openai", cache=False)
