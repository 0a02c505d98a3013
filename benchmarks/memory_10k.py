"""Peak memory of a batch run: 10,000 articles (and 1,000, to see it does not grow with N).

    python benchmarks/memory_10k.py [--sizes 1000,10000] [--concurrency 32] [--latency 0.05] [--no-tracemalloc] [--jobs 2]

Each size runs in its own child processes, one without and one with tracemalloc (``ru_maxrss`` is a per-process high-water mark). The
child writes N synthetic 300-1000-word articles to a JSONL file (streamed), builds the pipeline
with an in-process async ``httpx.MockTransport`` that answers each request after ``--latency``
seconds with a valid answer for its article (cache off), then streams the file through
``summarizer.batch.runner.run_batch`` at ``--concurrency``. It reports:

* ``ru_maxrss``: the process's peak resident memory (imports included), and the same just before
  the batch (after imports and a 16-article warm-up), so the batch's own growth is the difference;
* ``tracemalloc`` peak: the most Python-allocated memory at once during the batch (tracing starts
  after the warm-up, in a second child, so its own bookkeeping does not inflate the RSS figure; it
  slows that run about 5x).

The default latency (50 ms) keeps all 32 slots busy (the client is CPU-bound well below 32 / 0.05 s);
"in handler" is the most requests inside the mock model at once (throughput x latency), not the tasks in flight.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from _common import bench_settings, echo_completion, header, write_jsonl

MB = 1024 * 1024


def child(n: int, concurrency: int, latency: float, trace: bool) -> dict:
    import logging
    import tracemalloc

    from summarizer.batch.runner import iter_input, run_batch
    from summarizer.pipeline import Summarizer

    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    calls = {"n": 0, "in_flight": 0, "max_in_flight": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": [{"id": "bench-model", "owned_by": "vllm"}]})
        calls["n"] += 1
        calls["in_flight"] += 1
        calls["max_in_flight"] = max(calls["max_in_flight"], calls["in_flight"])
        try:
            body = json.loads(await request.aread())
            if latency:
                await asyncio.sleep(latency)
            return httpx.Response(200, content=echo_completion(body), headers={"content-type": "application/json"})
        finally:
            calls["in_flight"] -= 1

    with tempfile.TemporaryDirectory(prefix="summarizer-mem-") as tmp:
        work = Path(tmp)
        src = work / "in.jsonl"
        in_bytes = write_jsonl(src, n)
        warm = work / "warm.jsonl"
        write_jsonl(warm, 16, start=10**6)
        pipeline = Summarizer(bench_settings(), transport=httpx.MockTransport(lambda r: httpx.Response(500)),
                              async_transport=httpx.MockTransport(handler))

        async def go():
            await run_batch(pipeline, iter_input(str(warm)), work / "warm-out.jsonl", errors=work / "warm-err.jsonl",
                            concurrency=concurrency)
            before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            if trace:
                tracemalloc.start()
                tracemalloc.reset_peak()
            t0 = time.perf_counter()
            result = await run_batch(pipeline, iter_input(str(src)), work / "out.jsonl", errors=work / "err.jsonl",
                                     concurrency=concurrency)
            wall = time.perf_counter() - t0
            traced = tracemalloc.get_traced_memory() if trace else (0, 0)
            if trace:
                tracemalloc.stop()
            return result, before, wall, traced

        result, before, wall, (current, peak) = asyncio.run(go())
        out_bytes = (work / "out.jsonl").stat().st_size
    return {
        "n": n, "written": result.written, "failed": result.failed, "wall": wall,
        "rss_before": before, "rss_peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "trace_peak": peak, "trace_end": current, "max_in_flight": calls["max_in_flight"],
        "in_bytes": in_bytes, "out_bytes": out_bytes,
    }


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", default="1000,10000")
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--latency", type=float, default=0.05)
    p.add_argument("--no-tracemalloc", action="store_true")
    p.add_argument("--jobs", type=int, default=2, help="children run at once (memory figures are per process)")
    p.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.concurrency, args.latency, not args.no_tracemalloc)))
        return
    header(f"Peak memory of a streamed batch run (concurrency {args.concurrency}, mock model {args.latency:g} s latency, cache off)")
    from concurrent.futures import ThreadPoolExecutor

    def run_child(n: int, trace: bool) -> dict:
        cmd = [sys.executable, os.path.abspath(__file__), "--child", str(n), "--concurrency", str(args.concurrency),
               "--latency", str(args.latency)] + ([] if trace else ["--no-tracemalloc"])
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=1500)
        if out.returncode:
            raise SystemExit(f"child for {n} (tracemalloc {trace}) failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])

    sizes = [int(x) for x in args.sizes.split(",")]
    jobs = [(n, trace) for n in sizes for trace in ((False,) if args.no_tracemalloc else (False, True))]
    jobs.sort(key=lambda j: -(j[0] * (5 if j[1] else 1)))  # longest first
    with ThreadPoolExecutor(args.jobs) as pool:
        results = dict(zip(jobs, pool.map(lambda j: run_child(*j), jobs)))
    print(f"{'articles':>8} {'input MB':>8} {'output MB':>9} {'RSS before':>10} {'RSS peak':>9} {'batch growth':>12} "
          f"{'in handler':>10} {'wall s':>7} {'written':>7} {'tracemalloc peak':>16} {'(at end)':>9}")
    for n in sizes:
        r = results[(n, False)]
        t = results.get((n, True))
        trace = f"{t['trace_peak'] / MB:>13.1f} MB {t['trace_end'] / MB:>6.1f} MB" if t else f"{'off':>16}"
        print(f"{r['n']:>8} {r['in_bytes'] / MB:>8.1f} {r['out_bytes'] / MB:>9.1f} {r['rss_before'] / MB:>7.1f} MB "
              f"{r['rss_peak'] / MB:>6.1f} MB {(r['rss_peak'] - r['rss_before']) / MB:>9.1f} MB "
              f"{r['max_in_flight']:>10} {r['wall']:>7.1f} {r['written']:>7} {trace}", flush=True)
    print()
    print("RSS = ru_maxrss of the child process (peak resident set, imports included); batch growth = peak - "
          "peak before the batch; tracemalloc peak = Python allocations at their peak during the batch")


if __name__ == "__main__":
    main()
