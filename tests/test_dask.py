"""Batch on Dask: a real two-worker LocalCluster (worker processes), the offline backend's batched
path, the LLM path over a loopback server, a Dask bag, and a CLI run killed and resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import cloudpickle
import dask.bag
import psutil
import pytest
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin
from fake_openai import LoopbackServer, ScriptedModel, article_of, completion, echo_answer

from summarizer import Settings, Summarizer, make_article
from summarizer.batch import brief_bag, brief_many, run_many
from summarizer.batch.runner import iter_input

pytestmark = pytest.mark.slow
cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module

SEED = (Path(__file__).parent / "data" / "seed_article.txt").read_text(encoding="utf-8")


class LoopbackOnly(WorkerPlugin):
    """conftest's guard, in each worker process: any connection beyond loopback fails."""

    def setup(self, worker):
        import ipaddress
        import socket

        real = socket.socket.connect

        def guarded(sock, address):
            if not isinstance(address, (str, bytes)) and address[0] != "localhost":
                try:
                    loopback = ipaddress.ip_address(address[0]).is_loopback
                except ValueError:
                    loopback = False
                if not loopback:
                    raise AssertionError(f"a worker tried to reach the network: {address!r}")
            return real(sock, address)

        socket.socket.connect = guarded


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=2, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as c:
        c.register_plugin(LoopbackOnly(), name="loopback-only")
        yield c


def articles(n: int) -> list:
    return [make_article(f"KABUL - Article number {i} says officials met in Kabul on Monday to talk.", id=f"art-{i:03d}")
            for i in range(n)]


def llm_settings(base_url: str, **changes) -> Settings:
    return Settings(backend="openai", model="m", base_url=base_url, server="vllm", cache=False, **changes)


def test_llm_path_on_two_workers_briefs_every_article_once(client):
    lock, in_flight, most = threading.Lock(), [0], [0]

    def sometimes_garbage(body):  # counts the requests answered at once
        with lock:
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
        time.sleep(0.1)
        with lock:
            in_flight[0] -= 1
        return completion("no json here") if "number 7 " in article_of(body) else echo_answer(body)

    with LoopbackServer(ScriptedModel(sometimes_garbage)) as server:
        outcomes = list(brief_many(articles(30), client=client, settings=llm_settings(server.base_url, max_retries=0),
                                   concurrency=8, batch_size=4))
    assert sorted(o.id for o in outcomes) == [f"art-{i:03d}" for i in range(30)]
    (bad,) = [o for o in outcomes if not o.ok]
    assert bad.id == "art-007" and bad.error == "ModelOutputError"
    for o in outcomes:
        if o.ok:  # each brief grounded in its own article
            n = int(o.id.split("-")[1])
            assert o.brief().actors[0].evidence[0].text == f"KABUL - Article number {n} says"
    assert 2 <= most[0] <= 8  # concurrent, and the total of 8 is split over the workers (4 each)


def test_offline_on_two_workers_matches_one_article_at_a_time(client):
    texts = [SEED, SEED.replace("Baghdad", "Basra"), "Officials in Kabul said on Monday that talks would resume."]
    items = [make_article(t, id=f"a{i}", published="2019-12-10") for i, t in enumerate(texts)] + ["   "]
    outcomes = {o.id: o for o in brief_many(items, client=client, settings=Settings(backend="offline"), batch_size=2)}
    assert outcomes["3"].error == "InputError"  # the blank text, reported, the run goes on
    one = Summarizer(Settings(backend="offline"))
    for article in items[:3]:
        got, want = outcomes[article.id].brief(), one.summarize(article)
        assert got.model_dump(exclude={"run"}) == want.model_dump(exclude={"run"})
        assert got.run.backend == "offline"


def test_a_dask_bag_of_records(client):
    records = [{"id": f"r{i}", "text": f"Officials in Kabul said on Monday that talks number {i} would resume."}
               for i in range(6)]
    bag = dask.bag.from_sequence(records, npartitions=3)
    outcomes = brief_bag(bag, Settings(backend="offline")).compute()
    assert sorted(o.id for o in outcomes) == [f"r{i}" for i in range(6)] and all(o.ok for o in outcomes)
    assert json.loads(outcomes[0].json)["article"]["id"] == outcomes[0].id


def test_run_many_resumes_without_duplicates(client, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles(12)) + "{bad\n")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    out.write_text(json.dumps({"article": {"id": "art-000"}}) + "\n" + '{"article": {"id": "art-0')  # a killed run
    result = run_many(iter_input(str(src)), out, errors=errors, settings=Settings(backend="offline"), client=client,
                      resume=True)
    ids = [json.loads(line)["article"]["id"] for line in out.read_text().splitlines()]
    assert sorted(ids) == [f"art-{i:03d}" for i in range(12)] and len(ids) == len(set(ids))
    assert result.written == 11 and result.skipped == 1 and result.failed == 1
    assert json.loads(errors.read_text())["error"] == "InputError"


def test_cli_two_workers_killed_and_resumed_every_id_once(tmp_path):
    ids = [a.id for a in articles(60)]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles(60)))
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    with LoopbackServer(ScriptedModel(echo_answer, delay=0.2)) as server:
        args = [sys.executable, "-m", "summarizer", "batch", str(tmp_path / "in.jsonl"), "-o", str(out), "--model", "m",
                "--base-url", server.base_url, "--server", "vllm", "--no-cache", "--concurrency", "4",
                "--batch-size", "2", "--workers", "2"]
        proc = subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and (not out.exists() or out.read_text().count("\n") < 10):
            time.sleep(0.05)
        children = psutil.Process(proc.pid).children(recursive=True)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        first = out.read_text().count("\n")
        assert 10 <= first < 60, "the kill should land mid-run"
        assert len(children) >= 2  # the worker processes ...
        _, alive = psutil.wait_procs(children, timeout=30)
        assert not alive  # ... end with the client
        server.model.delay = 0
        rc = subprocess.run([*args, "--resume"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
    assert rc.returncode == 0, rc.stderr
    written = [json.loads(line)["article"]["id"] for line in out.read_text().splitlines()]
    assert sorted(written) == sorted(ids) and len(written) == len(set(written)) == 60
