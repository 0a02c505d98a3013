"""Batch runs: concurrency, errors, resume after a real SIGKILL, 429 handling, rate limits."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fake_openai import LoopbackServer, ScriptedModel, article_of, completion, echo_answer

from summarizer import Settings, Summarizer
from summarizer.batch.runner import RateLimiter, done_ids, iter_input, run_batch
from summarizer.cli import main


def write_input(path: Path, n: int, *, bad_lines=()) -> list[str]:
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            if i in bad_lines:
                fh.write("{not json\n")
                continue
            ids.append(f"art-{i:03d}")
            fh.write(json.dumps({"id": ids[-1], "text": f"Article number {i} says officials met in Kabul on Monday to talk."}) + "\n")
    return ids


def pipeline(model: ScriptedModel, **settings) -> Summarizer:
    s = Settings(backend="openai", model="m", base_url="http://model.test/v1", api_key="k", server="vllm", cache=False,
                 **settings)
    return Summarizer(s, transport=httpx.MockTransport(model), async_transport=httpx.MockTransport(model.handle_async))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_concurrent_run_writes_every_article_once_with_its_own_brief(tmp_path):
    ids = write_input(tmp_path / "in.jsonl", 40, bad_lines={7})
    model = ScriptedModel(echo_answer, delay=0.05)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = asyncio.run(run_batch(pipeline(model), iter_input(str(tmp_path / "in.jsonl")), out, errors=errors, concurrency=8))
    records = read_jsonl(out)
    assert sorted(r["article"]["id"] for r in records) == sorted(ids) and result.written == 39
    assert 4 <= model.max_in_flight <= 8  # bounded, and really concurrent
    for r in records:  # each brief is grounded in its own article
        n = int(r["article"]["id"].split("-")[1])
        assert r["actors"][0]["evidence"][0]["text"] == f"Article number {n} says officials met"
    (err,) = read_jsonl(errors)
    assert err["error"] == "InputError" and "line 8" in err["message"] and result.failed == 1


def test_failures_are_recorded_and_the_run_goes_on(tmp_path):
    write_input(tmp_path / "in.jsonl", 6)

    def sometimes_garbage(body):
        return completion("no json here") if "number 3 " in article_of(body) else echo_answer(body)

    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = asyncio.run(run_batch(pipeline(ScriptedModel(sometimes_garbage), max_retries=0),
                                   iter_input(str(tmp_path / "in.jsonl")), out, errors=errors, concurrency=3))
    assert result.written == 5 and result.failed == 1
    (err,) = read_jsonl(errors)
    assert err == {"id": "art-003", "error": "ModelOutputError", "message": err["message"]} and "no parseable JSON" in err["message"]


def test_429_retry_after_is_honoured(tmp_path):
    write_input(tmp_path / "in.jsonl", 1)
    model = ScriptedModel((429, {"error": {"message": "slow down"}}, {"retry-after": "0.2"}), echo_answer)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    started = time.monotonic()
    result = asyncio.run(run_batch(pipeline(model, http_retries=2), iter_input(str(tmp_path / "in.jsonl")), out,
                                   errors=errors))
    assert result.written == 1 and len(model.requests) == 2 and time.monotonic() - started >= 0.2


def test_429_forever_is_capped_and_recorded(tmp_path):
    write_input(tmp_path / "in.jsonl", 1)
    model = ScriptedModel((429, {"error": {"message": "slow down"}}, {"retry-after": "0"}))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = asyncio.run(run_batch(pipeline(model, http_retries=1), iter_input(str(tmp_path / "in.jsonl")), out, errors=errors))
    assert result.failed == 1 and len(model.requests) == 2
    assert "429" in read_jsonl(errors)[0]["message"]


def test_rate_limiter_spaces_requests():
    async def go():
        limiter = RateLimiter(rpm=2)
        await limiter.acquire(1)
        await limiter.acquire(1)
        limiter._sent = [(t - 59.8, n) for t, n in limiter._sent]  # pretend a minute has nearly passed
        started = time.monotonic()
        await limiter.acquire(1)
        return time.monotonic() - started

    assert 0.1 <= asyncio.run(go()) < 2


def test_existing_output_needs_resume(tmp_path, capsys):
    write_input(tmp_path / "in.jsonl", 1)
    (tmp_path / "out.jsonl").write_text("{}\n")
    assert main(["batch", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--backend", "offline"]) == 3
    assert "--resume" in capsys.readouterr().err


def test_done_ids_cuts_a_partial_last_record(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"article": {"id": "a"}}) + "\n" + '{"article": {"id": "b"')
    assert done_ids(out) == {"a"} and out.read_text().endswith("}\n")


@pytest.mark.slow
def test_resume_after_sigkill_loses_and_duplicates_nothing(tmp_path):
    ids = write_input(tmp_path / "in.jsonl", 60)
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    with LoopbackServer(ScriptedModel(echo_answer, delay=0.1)) as server:
        args = [sys.executable, "-m", "summarizer", "batch", str(tmp_path / "in.jsonl"), "-o", str(out), "--model", "m",
                "--base-url", server.base_url, "--server", "vllm", "--no-cache", "--concurrency", "4"]
        proc = subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.read_text().count("\n") < 10):
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        first = out.read_text().count("\n")
        assert 10 <= first < 60, "the kill should land mid-run"
        server.model.delay = 0
        rc = subprocess.run([*args, "--resume"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert rc.returncode == 0, rc.stderr
    written = [r["article"]["id"] for r in read_jsonl(out)]
    assert sorted(written) == sorted(ids) and len(written) == len(set(written)) == 60


def test_offline_backend_in_a_batch(tmp_path):
    ids = write_input(tmp_path / "in.jsonl", 6)
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path / "in.jsonl"), "-o", str(out), "--backend", "offline", "--concurrency", "4"]) == 0
    records = read_jsonl(out)
    assert sorted(r["article"]["id"] for r in records) == ids
    assert all(r["run"]["backend"] == "offline" and r["actors"] for r in records)


@pytest.mark.parametrize("runner", ["run_batch", "run_many"])
def test_both_runners_keep_the_same_books(tmp_path, runner):
    """run_batch and run_many (no Dask: client=None) share their output bookkeeping: a bad record and a
    repeated id are error lines, an existing output is refused without resume, the counts add up."""
    from summarizer.batch.engine import run_many
    from summarizer.errors import InputError

    src = tmp_path / "in.jsonl"
    write_input(src, 4, bad_lines={1})
    with open(src, "a", encoding="utf-8") as fh:  # art-002 again
        fh.write(json.dumps({"id": "art-002", "text": "Officials met in Kabul on Monday to talk again."}) + "\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    settings = Settings(backend="offline")

    def run(**kw):
        if runner == "run_batch":
            return asyncio.run(run_batch(Summarizer(settings), iter_input(str(src)), out, errors=errors, **kw))
        return run_many(iter_input(str(src)), out, errors=errors, settings=settings, **kw)

    result = run()
    assert sorted(r["article"]["id"] for r in read_jsonl(out)) == ["art-000", "art-002", "art-003"]
    assert (result.written, result.failed, result.skipped) == (3, 2, 0)
    bad, duplicate = read_jsonl(errors)
    assert (bad["id"], bad["error"]) == (str(src), "InputError") and bad["message"].startswith("line 2: invalid JSON")
    assert (duplicate["id"], duplicate["error"]) == ("art-002", "InputError") and "duplicate id" in duplicate["message"]
    assert result.errors == [f"{src}: {bad['message']}", f"art-002: {duplicate['message']}"]
    with pytest.raises(InputError, match="pass --resume"):
        run()
    again = run(resume=True)
    assert (again.written, again.failed, again.skipped) == (0, 1, 3) and len(read_jsonl(out)) == 3  # the repeat: skipped
