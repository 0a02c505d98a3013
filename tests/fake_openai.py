"""A scripted OpenAI-compatible model for tests: the real openai + instructor path runs against it.

``ScriptedModel`` answers ``POST /chat/completions`` from a queue of replies and records every
request body; use it as an ``httpx.MockTransport`` handler or behind :class:`LoopbackServer`, a real
HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
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


class ScriptedModel:
    """Replies in order (the last one repeats; a callable reply is called with the request body);
    ``owned_by`` is what GET /models reports."""

    def __init__(self, *replies, owned_by: str = "vllm"):
        self.replies = deque(replies)
        self.requests: list[dict] = []
        self.owned_by = owned_by

    def respond(self, method: str, path: str, body: bytes) -> tuple[int, dict]:
        if method == "GET" and path.endswith("/models"):
            return 200, {"object": "list", "data": [{"id": "test-model", "object": "model", "owned_by": self.owned_by}]}
        if method == "POST" and path.endswith("/chat/completions"):
            self.requests.append(json.loads(body))
            reply = self.replies.popleft() if len(self.replies) > 1 else self.replies[0]
            if callable(reply):  # a reply that depends on the request
                reply = reply(self.requests[-1])
            if isinstance(reply, tuple):  # (status, body)
                return reply
            return 200, reply
        return 404, {"error": {"message": f"no route {method} {path}"}}

    # httpx.MockTransport handler
    def __call__(self, request: httpx.Request) -> httpx.Response:
        status, body = self.respond(request.method, request.url.path, request.content)
        return httpx.Response(status, json=body)

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
                status, body = outer.model.respond(self.command, self.path, self.rfile.read(length))
                data = json.dumps(body).encode()
                self.send_response(status)
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
