"""A fault-injecting OpenAI-compatible server on 127.0.0.1, for reliability tests.

Each ``POST .../chat/completions`` is answered by the next fault of the script (the last one
repeats); a fault writes whatever it likes on the raw socket: a status burst, a body cut by a TCP
reset, a body that never ends, broken JSON, invalid UTF-8, a refusal... ``OK`` answers with a valid
brief for the article it was sent (:func:`fake_openai.echo_answer`). Every request body is recorded.

    with FaultServer(fault("status", 503), fault("status", 503), OK) as server:
        ...  # base_url=server.base_url
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from fake_openai import completion, echo_answer


@dataclass(frozen=True)
class Fault:
    kind: str
    status: int = 200
    headers: dict = field(default_factory=dict)
    body: bytes | None = None


def fault(kind: str, status: int = 200, body: bytes | str | dict | None = None, **headers) -> Fault:
    if isinstance(body, dict):
        body = json.dumps(body).encode()
    elif isinstance(body, str):
        body = body.encode()
    return Fault(kind, status, {k.replace("_", "-"): v for k, v in headers.items()}, body)


OK = fault("ok")


def choice_answer(message: dict, finish_reason: str = "stop") -> dict:
    """A chat completion with one choice carrying ``message``."""
    data = completion("{}")
    data["choices"][0]["message"] = {"role": "assistant", "content": None, **message}
    data["choices"][0]["finish_reason"] = finish_reason
    return data


class FaultServer:
    """A real HTTP server on 127.0.0.1 answering each chat completion with the next fault."""

    def __init__(self, *faults: Fault, hang_seconds: float = 30.0, by_article: dict[str, Fault] | None = None):
        self.faults = deque(faults or (OK,))
        self.by_article = dict(by_article or {})  # an article holding this text gets that fault (while armed)
        self.armed = True
        self.requests: list[dict] = []
        self.hang_seconds = hang_seconds  # a body that never ends: how long the server keeps the socket
        self._lock = threading.Lock()
        self._stop = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                outer._send(self, 200, {"content-type": "application/json"},
                            json.dumps({"object": "list", "data": [{"id": "m", "object": "model", "owned_by": "vllm"}]}).encode())

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = {}
                with outer._lock:
                    outer.requests.append(body)
                    f = outer.faults.popleft() if len(outer.faults) > 1 else outer.faults[0]
                    if outer.by_article:
                        text = json.dumps(body.get("messages", []))
                        f = next((v for k, v in outer.by_article.items() if outer.armed and k in text), OK)
                outer._serve(self, f, body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    @property
    def posts(self) -> int:
        return len(self.requests)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    # -- faults -------------------------------------------------------------------------------

    @staticmethod
    def _send(h, status: int, headers: dict, data: bytes) -> None:
        h.send_response(status)
        for name, value in headers.items():
            h.send_header(name, value)
        h.send_header("content-length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)
        h.wfile.flush()

    def _serve(self, h, f: Fault, body: dict) -> None:
        json_type = {"content-type": "application/json"}
        if f.kind == "ok":
            self._send(h, 200, json_type, json.dumps(echo_answer(body)).encode())
        elif f.kind in ("status", "body"):  # a status (429, 5xx...) or any fixed body
            data = f.body if f.body is not None else json.dumps({"error": {"message": f"injected {f.status}"}}).encode()
            self._send(h, f.status, {**json_type, **f.headers}, data)
        elif f.kind == "reset":  # headers and half the body, then a TCP reset
            data = json.dumps(echo_answer(body)).encode()
            h.send_response(200)
            h.send_header("content-type", "application/json")
            h.send_header("content-length", str(len(data)))
            h.end_headers()
            h.wfile.write(data[: len(data) // 2])
            h.wfile.flush()
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.connection.close()
            h.close_connection = True
        elif f.kind == "hang":  # headers and a little, then nothing until the client gives up
            h.send_response(200)
            h.send_header("content-type", "application/json")
            h.send_header("content-length", "100000")
            h.end_headers()
            h.wfile.write(b'{"id": "chatcmpl-slow", "choices": [')
            h.wfile.flush()
            self._stop.wait(self.hang_seconds)
            h.close_connection = True
        elif f.kind == "echo":  # an error that echoes the request it got, headers and all
            headers = "; ".join(f"{k}: {v}" for k, v in h.headers.items())
            message = f"invalid request (headers: {headers}) body: {json.dumps(body)[:300]}"
            self._send(h, f.status, json_type, json.dumps({"error": {"message": message}, "request_headers": dict(h.headers)}).encode())
        elif f.kind == "raw":  # bytes as given, whatever the content-type says
            self._send(h, f.status, {"content-type": "application/json", **f.headers}, f.body or b"")
        else:  # pragma: no cover
            raise ValueError(f"unknown fault {f.kind}")


def closed_port_url() -> str:
    """A loopback URL nobody listens on: connection refused."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    time.sleep(0.01)
    return f"http://127.0.0.1:{port}/v1"
