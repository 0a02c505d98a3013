"""Batch past one process: the targets of issue 12, each measured against its baseline in one run.

    python benchmarks/batch_scaleout.py offline [--articles 1000] [--processes 2] [--floor-docs 200]
    python benchmarks/batch_scaleout.py llm [--workers 2] [--concurrency 128] [--articles 1024] [--rounds 2]

``offline``: ``summarizer batch IN -o OUT --backend offline`` (the real command, in a subprocess;
``--workers P`` when P > 1, else the in-process batched path) over ``--articles`` copies of the
seed article (distinct ids), next to ``benchmarks/offline_speed.py``'s own measurement (its
``offline_briefs``: ``extract_many`` with ``n_process=P``, resolution, grounding check; warm-up
excluded) at the same number of processes, measured just before and just after the batch so a
change in the machine's load shows. The batch's rate is the one it logs (from its first article
to its last: worker start-up excluded, the workers' model loading included); the command's wall
time (interpreter, cluster start and stop included) is shown too.

``llm``: the loopback server of ``batch_throughput.py`` (``--latency`` 0.5 s) at total concurrency
``--concurrency``, one process (``run_batch``, asyncio) and ``--workers`` Dask processes
(``run_many``, the cluster started and warmed up before timing), alternated ``--rounds`` times so
both see the same machine.

The machine's load average is printed before and after: on a shared machine the figures move with it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import header

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "evals" / "fixtures" / "seed-iraq-rockets-2019" / "article.txt"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def offline(args) -> None:
    from offline_speed import offline_briefs

    from summarizer.article import make_article

    text = SEED.read_text(encoding="utf-8")
    article = make_article(text, published="2019-12-10")
    with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for i in range(args.articles):
                fh.write(json.dumps({"id": f"seed-{i:06d}", "text": text, "published": "2019-12-10"}) + "\n")
        print(f"load average before: {load()}", flush=True)
        before = offline_briefs([article] * args.floor_docs, args.processes, 4)
        print(f"offline_speed.py offline brief, n_process={args.processes}, {args.floor_docs} docs: {before:.2f} articles/s",
              flush=True)
        cmd = [sys.executable, "-m", "summarizer", "batch", str(src), "-o", str(out), "--backend", "offline",
               "--no-progress"] + (["--workers", str(args.processes)] if args.processes > 1 else [])
        t0 = time.perf_counter()
        run = subprocess.run(cmd, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if run.returncode:
            sys.exit(f"batch failed ({run.returncode}): {run.stderr[-2000:]}")
        m = re.search(r"(\d+) written, (\d+) failed.*?([\d.]+) s \(", run.stderr)
        written, failed, seconds = int(m[1]), int(m[2]), float(m[3])
        rate = written / seconds
        print(f"summarizer batch ({'--workers ' + str(args.processes) if args.processes > 1 else 'one process'}), "
              f"{args.articles} articles: {written} written, {failed} failed, {rate:.2f} briefs/s "
              f"over its run ({seconds:.1f} s); command wall time {wall:.1f} s ({written / wall:.2f} briefs/s)",
              flush=True)
        after = offline_briefs([article] * args.floor_docs, args.processes, 4)
        print(f"offline_speed.py offline brief again: {after:.2f} articles/s", flush=True)
        print(f"load average after: {load()}")
    floor = (before + after) / 2
    print()
    print(f"batch / offline_speed.py at {args.processes} process(es): {rate / floor:.0%} "
          f"(run rate {rate:.2f} vs mean {floor:.2f}); with start-up and shut-down: {written / wall / floor:.0%}")


def llm(args) -> None:
    import psutil
    from batch_throughput import run_level
    from fake_server import start_subprocess

    from summarizer.batch.engine import dask_client

    proc, base_url = start_subprocess(args.latency, max_seconds=1800)
    rows: dict[str, list[float]] = {"one": [], "dask": []}
    cpu_ms: dict[str, list[float]] = {"one": [], "dask": []}
    try:
        with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as tmp, contextlib.ExitStack() as stack:
            work = Path(tmp)
            client = stack.enter_context(dask_client(workers=args.workers))
            run_level(base_url, 8, 16, work, offset=10**6)  # warm-up, both ways
            run_level(base_url, 8 * args.workers, 16 * args.workers, work, offset=2 * 10**6, client=client)
            workers = [psutil.Process(pid) for pid in client.run(os.getpid).values()]
            print(f"load average before: {load()}", flush=True)
            for r in range(args.rounds):
                for kind in ("one", "dask"):
                    w0 = sum(sum(p.cpu_times()[:2]) for p in workers)
                    result, cpu = run_level(base_url, args.concurrency, args.articles, work,
                                            offset=(2 * r + (kind == "dask")) * args.articles,
                                            client=client if kind == "dask" else None)
                    wcpu = sum(sum(p.cpu_times()[:2]) for p in workers) - w0
                    rate = result.written / result.seconds
                    rows[kind].append(rate)
                    cpu_ms[kind].append(1000 * (cpu + (wcpu if kind == "dask" else 0)) / result.written)
                    what = "one process" if kind == "one" else f"--workers {args.workers}"
                    print(f"round {r + 1}: {what:<12} {result.written} briefs in {result.seconds:6.2f} s = "
                          f"{rate:6.1f} briefs/s; CPU: this process {100 * cpu / result.seconds:.0f}%"
                          + (f", workers {100 * wcpu / result.seconds:.0f}%" if kind == "dask" else "")
                          + f"; {cpu_ms[kind][-1]:.1f} ms CPU per brief", flush=True)
            print(f"load average after: {load()}")
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"CPU per brief (client + workers), median: one process {statistics.median(cpu_ms['one']):.1f} ms, "
          f"--workers {args.workers} {statistics.median(cpu_ms['dask']):.1f} ms")
    ratios = [d / o for o, d in zip(rows["one"], rows["dask"])]
    print()
    print(f"--workers {args.workers} / one process at concurrency {args.concurrency}: "
          f"{' '.join(f'{x:.2f}x' for x in ratios)} per round; median {statistics.median(rows['dask']):.1f} vs "
          f"{statistics.median(rows['one']):.1f} briefs/s = {statistics.median(rows['dask']) / statistics.median(rows['one']):.2f}x")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="what", required=True)
    o = sub.add_parser("offline")
    o.add_argument("--articles", type=int, default=1000)
    o.add_argument("--processes", type=int, default=2)
    o.add_argument("--floor-docs", type=int, default=200)
    m = sub.add_parser("llm")
    m.add_argument("--workers", type=int, default=2)
    m.add_argument("--concurrency", type=int, default=128)
    m.add_argument("--articles", type=int, default=1024)
    m.add_argument("--latency", type=float, default=0.5)
    m.add_argument("--rounds", type=int, default=2)
    args = p.parse_args()
    header(f"Batch past one process: {args.what}")
    offline(args) if args.what == "offline" else llm(args)


if __name__ == "__main__":
    main()
