"""A scripted OpenAI-compatible model for tests: the real openai + instructor path runs against it.

``ScriptedModel`` answers ``POST /chat/completions`` from a queue of replies and records every
request body; use it as an ``httpx.MockTransport`` handler or behind :class:`LoopbackServer`, a real
HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import openai


def completion(content: str | dict | None = None, *, tool_args: dict | None = None, prompt_tokens=100, completion_tokens=50) -> dict:
    message = {"role": "assistant", "content": None}
    if tool_args is not None:
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": "Extraction", "arguments": json.dumps(tool_args)}}
        ]
    else:
        message["content"] = content if isinstance(content, str) else json.dumps(content)
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "test-model",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
    }


def article_of(body: dict) -> str:
    """The article text in a request's last user message."""
    content = body["messages"][-1]["content"]
    return content.split("<article>\n", 1)[1].rsplit("\n</article>", 1)[0]


def echo_answer(body: dict) -> dict:
    """A valid answer for any article: one actor whose evidence is the article's first words."""
    words = article_of(body).split()
    quote = " ".join(words[:6])
    return completion({"summary": quote, "actors": [{"name": "Source", "kind": "other", "evidence": quote}],
                       "incidents": [], "claims": [], "denials": []})


def answer_for_shown_part(answer: dict):
    """A model that knows ``answer`` for a whole article but reports only the items whose evidence
    is in the part it was shown (a chunk), keeping claimants, deniers and links consistent."""
    import copy

    def reply(body: dict) -> dict:
        shown = " ".join(body["messages"][-1]["content"].split())
        part = copy.deepcopy(answer)
        for field in ("actors", "incidents", "claims", "denials"):
            part[field] = [i for i in part[field] if " ".join(i["evidence"].split()) in shown]
        names = {n for a in part["actors"] for n in [a["name"], *a.get("aliases", [])]}
        part["claims"] = [c for c in part["claims"] if c["claimant"] in names]
        ids = {c["id"] for c in part["claims"]}
        part["denials"] = [dict(d, responds_to=d["responds_to"] if d.get("responds_to") in ids else None)
                           for d in part["denials"] if d["denier"] in names]
        return completion(part)

    return reply


class ScriptedModel:
    """Replies in order (the last one repeats; a callable reply is called with the request body);
    ``owned_by`` is what GET /models reports."""

    def __init__(self, *replies, owned_by: str = "vllm", delay: float = 0.0):
        self.replies = deque(replies)
        self.requests: list[dict] = []
        self.owned_by = owned_by
        self.delay = delay  # seconds before each chat completion answer
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()

    def respond(self, method: str, path: str, body: bytes) -> tuple:
        """(status, JSON body[, headers])."""
        if method == "GET" and path.endswith("/models"):
            return 200, {"object": "list", "data": [{"id": "test-model", "object": "model", "owned_by": self.owned_by}]}
        if method == "POST" and path.endswith("/chat/completions"):
            with self._lock:
                self.requests.append(json.loads(body))
                request = self.requests[-1]
                reply = self.replies.popleft() if len(self.replies) > 1 else self.replies[0]
            if callable(reply):  # a reply that depends on the request
                reply = reply(request)
            if isinstance(reply, tuple):  # (status, body[, headers])
                return reply
            return 200, reply
        return 404, {"error": {"message": f"no route {method} {path}"}}

    # httpx.MockTransport handler
    def __call__(self, request: httpx.Request) -> httpx.Response:
        status, body, *headers = self.respond(request.method, request.url.path, request.content)
        return httpx.Response(status, json=body, headers=headers[0] if headers else None)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        """An async MockTransport handler that counts how many requests overlap."""
        import asyncio

        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay and request.url.path.endswith("/chat/completions"):
                await asyncio.sleep(self.delay)
            body = await request.aread()
            status, data, *headers = self.respond(request.method, request.url.path, body)
            return httpx.Response(status, json=data, headers=headers[0] if headers else None)
        finally:
            with self._lock:
                self.in_flight -= 1

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(
            api_key="test-key", base_url="http://model.test/v1", max_retries=0,
            http_client=httpx.Client(transport=httpx.MockTransport(self)),
        )


class LoopbackServer:
    """Serve a ScriptedModel over real HTTP on 127.0.0.1 (use as a context manager)."""

    def __init__(self, model: ScriptedModel):
        self.model = model
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self):
                length = int(self.headers.get("content-length") or 0)
                raw = self.rfile.read(length)
                if outer.model.delay and self.path.endswith("/chat/completions"):
                    time.sleep(outer.model.delay)
                status, body, *headers = outer.model.respond(self.command, self.path, raw)
                data = json.dumps(body).encode()
                self.send_response(status)
                for name, value in (headers[0] if headers else {}).items():
                    self.send_header(name, value)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _serve

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
