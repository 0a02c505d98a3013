"""A loopback OpenAI-compatible server that answers after a fixed delay, for the benchmarks.

    python benchmarks/fake_server.py [--port 0] [--latency 0.5] [--max-seconds 600]
    python benchmarks/fake_server.py --check 256          # prove it serves 256 requests at once

* ``POST /v1/chat/completions``: after ``--latency`` seconds (``asyncio.sleep``, so any number of
  requests wait at once) a valid answer for the article in the request: one actor whose evidence
  is the article's first words (copied verbatim) and one claim by that actor, as message content
  (json_schema / json / md_json modes) or as a tool call when the request has ``tools``.
* ``GET /v1/models``: one model, ``owned_by: "vllm"`` (so summarizer picks the vLLM dialect).
* ``GET /stats``: requests served and the most that were in flight at once.

It listens on 127.0.0.1 only and stops by itself after ``--max-seconds``. The first line it prints
is ``LISTENING <base url>``, so a parent process can read the port (``--port 0`` picks a free one).
Built on aiohttp (installed with instructor): one asyncio loop, no thread per request.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time

from _common import small_answer
from aiohttp import web


def answer(body: dict) -> dict:
    """The chat completion for ``body``: :func:`small_answer` as content, or as a tool call."""
    data = small_answer(body)
    message: dict = {"role": "assistant", "content": None}
    tools = body.get("tools")
    if tools:
        name = tools[0].get("function", {}).get("name", "Extraction")
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": name, "arguments": json.dumps(data)}}]
        finish = "tool_calls"
    else:
        message["content"] = json.dumps(data)
        finish = "stop"
    prompt_tokens = sum(len(str(m.get("content") or "")) for m in body.get("messages") or []) // 4
    return {
        "id": "chatcmpl-bench", "object": "chat.completion", "created": int(time.time()),
        "model": body.get("model") or "bench-model",
        "choices": [{"index": 0, "finish_reason": finish, "message": message}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": 60, "total_tokens": prompt_tokens + 60},
    }


def make_app(latency: float) -> web.Application:
    stats = {"served": 0, "in_flight": 0, "max_in_flight": 0}

    async def chat(request: web.Request) -> web.Response:
        stats["in_flight"] += 1
        stats["max_in_flight"] = max(stats["max_in_flight"], stats["in_flight"])
        try:
            body = await request.json()
            if latency > 0:
                await asyncio.sleep(latency)
            stats["served"] += 1
            return web.json_response(answer(body))
        finally:
            stats["in_flight"] -= 1

    async def models(request: web.Request) -> web.Response:
        return web.json_response({"object": "list", "data": [
            {"id": "bench-model", "object": "model", "created": 0, "owned_by": "vllm"}]})

    async def get_stats(request: web.Request) -> web.Response:
        return web.json_response(stats)

    app = web.Application(client_max_size=64 * 1024 * 1024)
    app.router.add_post("/v1/chat/completions", chat)
    app.router.add_get("/v1/models", models)
    app.router.add_get("/stats", get_stats)
    return app


async def serve(port: int, latency: float, max_seconds: float, announce=print) -> None:
    runner = web.AppRunner(make_app(latency), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port, backlog=2048)
    await site.start()
    actual = site._server.sockets[0].getsockname()[1]
    announce(f"LISTENING http://127.0.0.1:{actual}/v1")
    try:
        await asyncio.sleep(max_seconds)
    finally:
        await runner.cleanup()


def start_subprocess(latency: float, max_seconds: float = 600) -> tuple[subprocess.Popen, str]:
    """Start this server as a child process; returns (process, base url). Stop it with terminate()."""
    proc = subprocess.Popen(
        [sys.executable, os.path.abspath(__file__), "--port", "0", "--latency", str(latency),
         "--max-seconds", str(max_seconds)],
        stdout=subprocess.PIPE, text=True,
    )
    line = proc.stdout.readline().strip()
    if not line.startswith("LISTENING "):
        proc.kill()
        raise RuntimeError(f"fake server did not start: {line!r}")
    return proc, line.split(" ", 1)[1]


async def _check(base_url: str, n: int, latency: float) -> None:
    """n requests at once, each with a ~6 KB article, over n separate connections."""
    import aiohttp

    text = " ".join(f"word{i}" for i in range(1000))
    body = {"model": "bench-model", "messages": [
        {"role": "system", "content": "x" * 4000},
        {"role": "user", "content": f"Article:\n<article>\n{text}\n</article>"}]}
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        async def one():
            async with session.post(f"{base_url}/chat/completions", json=body) as r:
                data = await r.json()
                assert json.loads(data["choices"][0]["message"]["content"])["actors"][0]["evidence"] == "word0 word1 word2 word3 word4 word5"
        for _ in range(2):  # the second round reuses the connections
            t0 = time.perf_counter()
            await asyncio.gather(*(one() for _ in range(n)))
            wall = time.perf_counter() - t0
            print(f"{n} concurrent requests at latency {latency:g} s: {wall:.3f} s wall "
                  f"(ideal {latency:g} s, overhead {wall - latency:.3f} s)")
        async with session.get(base_url.rsplit("/v1", 1)[0] + "/stats") as r:
            print("server stats:", await r.json())


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--latency", type=float, default=0.5, help="seconds before each chat completion answer")
    p.add_argument("--max-seconds", type=float, default=600, help="stop by itself after this long")
    p.add_argument("--check", type=int, default=0, metavar="N",
                   help="start the server as a subprocess and time N simultaneous requests against it")
    args = p.parse_args()
    if args.check:
        print("command: python " + " ".join(sys.argv) + "   (cwd: repository root)")
        proc, base_url = start_subprocess(args.latency, max_seconds=120)
        try:
            asyncio.run(_check(base_url, args.check, args.latency))
        finally:
            proc.terminate()
            proc.wait(10)
        return
    asyncio.run(serve(args.port, args.latency, args.max_seconds, announce=lambda s: print(s, flush=True)))


if __name__ == "__main__":
    main()
