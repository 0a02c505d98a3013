"""Failing model servers: every fault ends in a brief, or the documented one-line error and exit
code, within bounded time; in `batch` the article is recorded as failed, the run goes on, and a
`--resume` completes it with every id exactly once.

The faults come from a real HTTP server on 127.0.0.1 (tests/fault_server.py) through the real
openai + instructor path; timeouts and retries are set small so each case takes about a second.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from fake_openai import completion
from fault_server import OK, FaultServer, choice_answer, closed_port_url, fault

from summarizer.cli import main

DATA = Path(__file__).parent / "data"
SEED = str(DATA / "seed_article.txt")
NOT_UTF8 = (b'{"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": [{"index": 0, '
            b'"finish_reason": "stop", "message": {"role": "assistant", "content": "\xff\xfe"}}]}')

# name -> (faults in order, exit code, words of the error line or None for a brief[, transport retries])
CASES = {
    "429 with retry-after, then ok": ([fault("status", 429, retry_after="1"), OK], 0, None),
    "429 without retry-after, then ok": ([fault("status", 429), OK], 0, None),
    "429 every time": ([fault("status", 429, retry_after="0")], 4, "answered 429"),
    "500/502/503 burst, then ok": ([fault("status", 500), fault("status", 502), fault("status", 503), OK], 0, None, 3),
    "503 every time": ([fault("status", 503)], 4, "answered 503"),
    "reset mid-body, then ok": ([fault("reset"), OK], 0, None),
    "reset mid-body every time": ([fault("reset")], 4, "cannot reach the model server"),
    "body that never ends": ([fault("hang")], 4, "timed out after 1s", 0),
    "truncated JSON body": ([fault("raw", body=b'{"id": "x", "choices": [{"index": 0, "mess')], 4,
                            "answered with invalid JSON"),
    "malformed JSON body": ([fault("raw", body=b'{"id": x, choices: nope}')], 4, "answered with invalid JSON"),
    "empty body": ([fault("raw", body=b"")], 4, "answered with invalid JSON"),
    "wrong content-type (HTML)": ([fault("raw", body=b"<html><body>502 Bad Gateway</body></html>",
                                         content_type="text/html")], 4, "answered with something other than JSON"),
    "invalid UTF-8": ([fault("raw", body=NOT_UTF8)], 4, "bytes that are not UTF-8"),
    "empty choices": ([fault("body", body={**completion("{}"), "choices": []})], 4, "answered with no choices"),
    "refusal": ([fault("body", body=choice_answer({"refusal": "I can't help with that."}))], 5,
                "the model refused: I can't help with that."),
    "empty answer": ([fault("body", body=choice_answer({"content": None}))], 5, "the model's answer was empty"),
    "finish_reason length": ([fault("body", body=choice_answer({"content": '{"summary": "cut'}, "length"))], 5,
                             "cut off at max_tokens"),
    "model content not JSON": ([fault("body", body=completion("Sorry, here is prose."))], 5, "no parseable JSON"),
    "valid JSON failing the schema": ([fault("body", body=completion({"summary": 5, "actors": "none"}))], 0, None),
}


def flags(http_retries: int = 1, max_retries: int = 1) -> list[str]:
    return ["--model", "m", "--server", "vllm", "--timeout", "1", "--http-retries", str(http_retries),
            "--max-retries", str(max_retries), "--no-cache"]


@pytest.mark.parametrize("name", list(CASES))
def test_fault_ends_in_a_brief_or_one_line(name, capsys):
    faults, code, words, *retries = CASES[name]
    with FaultServer(*faults, hang_seconds=3) as server:
        started = time.monotonic()
        rc = main(["summarize", SEED, "--base-url", server.base_url, *flags(*retries)])
        elapsed = time.monotonic() - started
    captured = capsys.readouterr()
    assert elapsed < 15 and "Traceback" not in captured.err
    assert rc == code, captured.err
    if words is None:
        brief = json.loads(captured.out)
        assert brief["run"]["model"] == "m"
        if name.startswith("valid JSON"):  # nothing usable, said so: an empty brief, not an invented one
            assert brief["actors"] == [] and brief["summary"] == ""
    else:
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("summarizer: error: ") and words in lines[0], captured.err
        assert captured.out == ""
    if name.startswith("429 with retry-after"):
        assert elapsed >= 0.9  # the server's retry-after was honoured


def test_connection_refused(capsys):
    rc = main(["summarize", SEED, "--base-url", closed_port_url(), *flags()])
    line = capsys.readouterr().err.strip()
    assert rc == 4 and line.startswith("summarizer: error: cannot reach the model server at http://127.0.0.1:")


def test_batch_records_failures_goes_on_and_resume_completes(tmp_path, capsys):
    faults = {"FAULT-reset": fault("reset"), "FAULT-hang": fault("hang"), "FAULT-503": fault("status", 503),
              "FAULT-html": fault("raw", body=b"<html>oops</html>", content_type="text/html"),
              "FAULT-refusal": fault("body", body=choice_answer({"refusal": "No."})),
              "FAULT-length": fault("body", body=choice_answer({"content": "{"}, "length"))}
    articles = [{"id": f"ok{n}", "text": f"KABUL - Police arrested {n} men on Monday, officials said."} for n in range(6)]
    articles += [{"id": key, "text": f"BAGHDAD - Rockets hit a base on Monday ({key}), officials said."} for key in faults]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles))
    out = tmp_path / "out.jsonl"
    with FaultServer(by_article=faults, hang_seconds=3) as server:
        args = ["batch", str(source), "-o", str(out), "--base-url", server.base_url, "--concurrency", "4",
                "--no-progress", *flags(0, 0)]
        started = time.monotonic()
        rc = main(args)
        assert time.monotonic() - started < 20
        err = capsys.readouterr().err
        assert rc == 1 and "6 article(s) failed" in err and "Traceback" not in err
        failed = [json.loads(x)["id"] for x in (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()]
        assert sorted(failed) == sorted(faults)
        assert sorted(json.loads(x)["article"]["id"] for x in out.read_text().splitlines()) == [f"ok{n}" for n in range(6)]
        server.armed = False  # the server recovers
        assert main([*args, "--resume"]) == 0
    ids = [json.loads(x)["article"]["id"] for x in out.read_text().splitlines()]
    assert sorted(ids) == sorted(a["id"] for a in articles) and len(ids) == len(set(ids))  # every id exactly once
