"""The CLI end to end: in-process for speed, and once as a real subprocess over real HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_openai import LoopbackServer, ScriptedModel, completion
from summarizer.schemas import Brief

from summarizer.cli import main
from summarizer.grounding import verify

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed_article.txt"
ANSWER = json.loads((DATA / "seed_answer.json").read_text(encoding="utf-8"))


@pytest.fixture
def server():
    with LoopbackServer(ScriptedModel(completion(ANSWER), owned_by="me")) as s:
        yield s


def test_schema_prints_the_brief_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"actors", "incidents", "claims", "denials", "summary", "run"} <= set(schema["properties"])


def test_prompt_json_is_the_exact_request_body(capsys):
    assert main(["prompt", str(SEED), "--json", "--server", "llamacpp", "--model", "qwen"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["model"] == "qwen" and body["response_format"]["type"] == "json_object"
    assert "schema" in body["response_format"] and body["messages"][-1]["role"] == "user"


def test_prompt_text_shows_messages_and_schema(capsys):
    assert main(["prompt", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "--- system ---" in out and "VERBATIM" in out and '"claimant"' in out


def test_summarize_json_over_loopback(server, capsys):
    rc = main(["summarize", str(SEED), "--base-url", server.base_url, "--model", "m", "--format", "json"])
    assert rc == 0
    brief = Brief.model_validate_json(capsys.readouterr().out)
    text = SEED.read_text(encoding="utf-8")
    assert all(verify(text, e) and e.start is not None for item in brief.items() for e in item.evidence)
    assert brief.run.mode == "json" and brief.denials[0].responds_to


def test_summarize_jsonl_many_inputs_and_stdin(server, tmp_path, monkeypatch, capsys):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(SEED.read_text(encoding="utf-8")))
    out = tmp_path / "briefs.jsonl"
    rc = main(["summarize", str(SEED), "-", "--base-url", server.base_url, "--model", "m", "--format", "jsonl", "-o", str(out)])
    assert rc == 0
    lines = out.read_text().splitlines()
    assert len(lines) == 2 and all(Brief.model_validate_json(line).claims for line in lines)


def test_markdown_output(server, capsys):
    assert main(["summarize", str(SEED), "--base-url", server.base_url, "--model", "m", "--format", "markdown"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# Brief") and "## Denials" in md and "answers c1" in md


def test_one_failed_input_loses_nothing_done(server, tmp_path, capsys):
    out = tmp_path / "b.jsonl"
    rc = main(["summarize", str(SEED), str(tmp_path / "missing.txt"), "--base-url", server.base_url, "--model", "m",
               "--format", "jsonl", "-o", str(out)])
    err = capsys.readouterr().err
    assert rc != 0 and "missing.txt: no such file" in err
    assert len(out.read_text().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "words", "code"),
    [
        (["summarize", "nope.txt", "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--model", "m"], "no such file", 3),
        (["summarize", str(SEED), "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--server", "vllm",
          "--timeout", "2"], "cannot reach the model server", 4),
        (["summarize", str(SEED), "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--server", "vllm"], "no model", 2),
        (["summarize", str(SEED), "--backend", "nonsense"], "unknown backend", 2),
        (["summarize", str(SEED), "--format", "yaml"], "Invalid value", 2),
    ],
)
def test_errors_are_one_line_and_non_zero(args, words, code, capsys):
    rc = main(args)
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == code and len(err) == 1 and words in err[0] and err[0].startswith("summarizer: error:")


@pytest.mark.slow
def test_real_subprocess_over_real_http(server, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(OPENAI_BASE_URL=server.base_url, OPENAI_API_KEY="k", SUMMARIZER_MODEL="m")
    proc = subprocess.run([sys.executable, "-m", "summarizer", "summarize", str(SEED)], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert Brief.model_validate_json(proc.stdout).run.model == "m"


def test_a_failing_article_loses_nothing_done_in_json_mode(tmp_path, capsys):
    from fake_openai import article_of, echo_answer

    def reply(body):
        if "garbage" in article_of(body):
            return completion("not JSON at all")
        if "server breaks" in article_of(body):
            return (400, {"error": {"message": "bad request"}})
        return echo_answer(body)

    for name, text in (("a.txt", "First article about a meeting in Kabul."), ("b.txt", "A garbage article."),
                       ("c.txt", "Third article about talks in Doha."), ("d.txt", "Here the server breaks down.")):
        (tmp_path / name).write_text(text)
    with LoopbackServer(ScriptedModel(reply)) as server:
        args = ["--base-url", server.base_url, "--model", "m", "--server", "vllm", "--max-retries", "0", "-o"]
        # a model failure on one article: the others are written, one error line, exit 1
        out = tmp_path / "out.json"
        rc = main(["summarize", *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")), *args, str(out)])
        err = capsys.readouterr().err.strip().splitlines()
        briefs = json.loads(out.read_text())
        assert rc == 1 and [b["article"]["id"].rsplit("/", 1)[-1] for b in briefs] == ["a.txt", "c.txt"]
        assert any("b.txt" in line and "no parseable JSON" in line for line in err)
        # a server error stops the run, but what was done is still written
        out2 = tmp_path / "out2.json"
        rc = main(["summarize", str(tmp_path / "a.txt"), str(tmp_path / "d.txt"), str(tmp_path / "c.txt"), *args, str(out2)])
        assert rc == 4 and "answered 400" in capsys.readouterr().err
        assert json.loads(out2.read_text())["article"]["id"].endswith("a.txt")
