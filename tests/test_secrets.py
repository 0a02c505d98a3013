"""A planted API key reaches no file, log line, error message, cache record or report.

One full run with the key in the environment (and once on the command line): summarize, a server
error that echoes the request (headers included), batch with failures, eval, export, prompt, all
with -vv logging; then every file written and every line printed or logged is searched for it.
"""

from __future__ import annotations

import json
import logging
import secrets
import shutil
from pathlib import Path

from fault_server import FaultServer, fault
from summarizer.evals.fixtures import DEFAULT_FIXTURES_DIR

from summarizer.cli import main

DATA = Path(__file__).parent / "data"
SEED = (DATA / "seed_article.txt").read_text(encoding="utf-8")


def test_a_planted_key_is_nowhere(tmp_path, monkeypatch, capsys, caplog):
    key = "sk-planted-" + secrets.token_hex(20)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    (work / "a.txt").write_text(SEED)
    (work / "echo.txt").write_text("BAGHDAD - ECHO-400 Rockets hit a base on Monday, officials said.")
    articles = [{"id": "ok", "text": SEED}, {"id": "echo400", "text": "KABUL - ECHO-400 Police arrested two men."},
                {"id": "echo500", "text": "KABUL - ECHO-500 Police arrested three men."}, {"id": "bad", "text": ""}]
    (work / "in.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles))
    (work / "ok.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles[:3]))
    fixtures = work / "fixtures"
    for name in ("seed-iraq-rockets-2019",):
        shutil.copytree(Path(DEFAULT_FIXTURES_DIR) / name, fixtures / name)
    caplog.set_level(logging.DEBUG)
    faults = {"ECHO-400": fault("echo", 400), "ECHO-500": fault("echo", 500)}
    with FaultServer(by_article=faults) as server:
        monkeypatch.setenv("OPENAI_API_KEY", key)
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("SUMMARIZER_MODEL", "m")
        monkeypatch.setenv("SUMMARIZER_SERVER", "vllm")
        monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(work / "cache"))
        common = ["--timeout", "2", "--http-retries", "0"]
        runs = [
            (["-vv", "summarize", "a.txt", "-o", "brief.json", *common], 0),
            (["-vv", "summarize", "a.txt", "--format", "markdown", "-o", "brief.md", *common], 0),
            (["-vv", "summarize", "echo.txt", *common], 4),
            (["-vv", "summarize", "echo.txt", "--api-key", key, *common], 4),
            (["-vv", "batch", "in.jsonl", "-o", "briefs.jsonl", "--no-progress", *common], 1),
            (["-vv", "eval", "--fixtures", str(fixtures), "--json", "-o", "report.json", "--save-predictions", "preds",
              "--no-progress", "--resamples", "100", *common], 0),
            (["-vv", "batch", "export", "ok.jsonl", "-o", "requests.jsonl"], 0),
            (["-vv", "prompt", "a.txt", "--json"], 0),
        ]
        codes = [main(args) for args, _ in runs]
        assert server.posts >= 4
    printed = capsys.readouterr()
    assert codes == [want for _, want in runs], printed.err
    # the echoing server got the key and its message did reach the user...
    assert "invalid request (headers:" in printed.err and "Bearer [redacted]" in printed.err
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {"brief.json", "brief.md", "briefs.jsonl", "briefs.jsonl.errors.jsonl", "report.json", "requests.jsonl"} <= {
        p.name for p in files}
    assert any(p.parent.parent.name == "cache" for p in files) and any(p.parent.name == "preds" for p in files)
    places = {str(p): p.read_bytes().decode("utf-8", "replace") for p in files}
    places |= {"stdout": printed.out, "stderr": printed.err, "log records": caplog.text,
               "log arguments": "\n".join(repr(r.args) + repr(r.msg) + repr(r.exc_info) for r in caplog.records)}
    for piece in (key, key[-16:]):  # ...without the key, whole or in part
        found = [where for where, text in places.items() if piece in text]
        assert found == [], f"the key leaked into {found}"


def test_redact_covers_registered_keys_bearer_tokens_and_sk_keys():
    from summarizer.redact import redact, register

    register("my-local-secret-123")
    text = ("key my-local-secret-123; Authorization: Bearer abc.def-ghi_jkl; api_key='zzz999yyy'; "
            "sk-proj-ABCDEFGHIJKLMNOPQRSTUV and the desk-level words stay")
    out = redact(text)
    for secret in ("my-local-secret-123", "abc.def-ghi_jkl", "zzz999yyy", "sk-proj-ABCDEFGHIJKLMNOPQRSTUV"):
        assert secret not in out
    assert out.endswith("and the desk-level words stay") and out.count("[redacted]") == 4
