"""The installed wheel works outside the checkout and installs one import name: summarizer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )
    (path,) = out.glob("summarizer-*.whl")
    return path


@pytest.mark.slow
def test_wheel_has_one_top_level_package_with_its_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top == {"summarizer"}
    for needed in ("summarizer/prompts/system.j2", "summarizer/prompts/extract.j2", "summarizer/schemas/brief.py",
                   "summarizer/evals/fixtures/seed-iraq-rockets-2019/gold.yaml", "summarizer/offline/rules/events.yaml",
                   "summarizer/render/templates/brief.html.j2", "summarizer/render/static/view.js"):
        assert needed in names
    assert any(n.startswith("summarizer/prompts/examples/") and n.endswith(".yaml") for n in names)
    assert "summarizer/evals/census.py" in names
    assert not any(n.startswith("summarizer/evals/pool/") for n in names)  # the unlabelled pool stays in the checkout


@pytest.mark.slow
def test_installed_wheel_runs_from_another_directory(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    article = elsewhere / "a.txt"
    article.write_text("KABUL, Afghanistan (Aug. 6) - Coalition forces said an air strike killed two insurgents on Sunday.")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env["PYTHONPATH"] = str(target)

    def run(*args):
        proc = subprocess.run([sys.executable, "-m", "summarizer", *args], cwd=elsewhere, env=env, capture_output=True,
                              text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    where = subprocess.run([sys.executable, "-c", "import summarizer; print(summarizer.__file__)"], cwd=elsewhere, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(target))
    assert "claims" in json.loads(run("schema"))["properties"]
    body = json.loads(run("prompt", "a.txt", "--json", "--server", "vllm", "--model", "m"))
    assert body["response_format"]["type"] == "json_schema"
    brief = json.loads(run("summarize", "a.txt"))  # the embedded default: rules and templates come from the wheel
    assert brief["run"]["backend"] == "offline" and brief["actors"]
    page = run("summarize", "a.txt", "--format", "html")  # templates and inline assets come from the wheel too
    assert page.startswith("<!DOCTYPE html>") and "<mark " in page and "Content-Security-Policy" in page
