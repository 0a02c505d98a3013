"""Batch throughput at concurrency 1, 8, 32, 128 against a loopback server with a fixed latency.

    python benchmarks/batch_throughput.py [--latency 0.5] [--levels 1:24,8:192,32:768,128:1024] [--no-cache-row]
    python benchmarks/batch_throughput.py --levels 128:2048 --no-cache-row --workers 2    # on a local Dask cluster

The fake server (benchmarks/fake_server.py) runs as a subprocess, so its CPU does not compete with
the client's. For each level, N synthetic 300-1000-word articles (deterministic, varied per id)
are written to a JSONL file and streamed through ``summarizer.batch.runner.run_batch`` (what
``summarizer batch IN -o OUT --concurrency C`` runs), over real HTTP on 127.0.0.1, with the
response cache off (``Settings(cache=False)``). Ideal time = N x latency / C; efficiency =
ideal / actual. The client's CPU time during the run is also shown: near 100% of one core means
the client, not the server or the concurrency, is the limit.

With ``--workers N`` (N > 1) the same files go through ``summarizer.batch.engine.run_many`` on a local
Dask cluster of N worker processes (``summarizer batch ... --workers N``): the concurrency is the
total in flight, split over the workers; the cluster is started (and warmed up) before the timing;
"client CPU" is then this process only (reading, writing), not the workers'.

A last row runs the highest level with the cache ON (a fresh cache dir: every request a miss),
which is the CLI's default, to show the connection pool the cache path uses.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import tempfile
import time
from pathlib import Path

from _common import bench_settings, header, write_jsonl
from fake_server import start_subprocess

from summarizer.batch.engine import dask_client, run_many
from summarizer.batch.runner import iter_input, run_batch
from summarizer.pipeline import Summarizer


def run_level(base_url: str, concurrency: int, n: int, work: Path, *, cache_dir: str | None = None, offset: int = 0,
              client=None):
    src = work / f"in-{concurrency}-{n}-{offset}.jsonl"
    write_jsonl(src, n, start=offset)
    out = work / f"out-{concurrency}-{n}-{offset}.jsonl"
    errors = work / f"err-{concurrency}-{n}-{offset}.jsonl"
    settings = bench_settings(base_url=base_url, cache=cache_dir is not None, cache_dir=cache_dir,
                              timeout=60.0)
    c0 = time.process_time()
    if client is not None:
        result = run_many(iter_input(str(src)), out, errors=errors, settings=settings, client=client,
                          concurrency=concurrency)
    else:
        pipeline = Summarizer(settings)

        async def go():
            try:
                return await run_batch(pipeline, iter_input(str(src)), out, errors=errors, concurrency=concurrency)
            finally:  # close the async client inside its loop (else its pool is collected after the loop closed)
                if getattr(pipeline.backend, "_async", None) is not None:
                    await pipeline.backend._async.client.close()

        result = asyncio.run(go())
    cpu = time.process_time() - c0
    if result.failed:
        print(f"  !! {result.failed} failed, e.g. {result.errors[:2]}")
    for p in (src, out, errors):
        p.unlink(missing_ok=True)
    return result, cpu


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--latency", type=float, default=0.5)
    p.add_argument("--levels", default="1:24,8:192,32:768,128:1024", help="concurrency:articles,...")
    p.add_argument("--no-cache-row", action="store_true")
    p.add_argument("--workers", type=int, default=1, help="N > 1: run on a local Dask cluster of N processes")
    p.add_argument("--profile", metavar="C:N", default=None,
                   help="instead of the table: cProfile one run at concurrency C with N articles, own time by package")
    args = p.parse_args()
    where = f", {args.workers} Dask worker processes" if args.workers > 1 else ", one process"
    header(f"Batch throughput vs ideal, loopback server with {args.latency:g} s latency, cache off{where}")
    logging.getLogger("summarizer").setLevel(logging.WARNING)
    levels = [tuple(int(x) for x in item.split(":")) for item in args.levels.split(",")]

    proc, base_url = start_subprocess(args.latency, max_seconds=900)
    if args.profile:
        try:
            profile(base_url, *(int(x) for x in args.profile.split(":")))
        finally:
            proc.terminate()
            proc.wait(10)
        return
    try:
        with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as tmp, contextlib.ExitStack() as stack:
            work = Path(tmp)
            client = stack.enter_context(dask_client(workers=args.workers)) if args.workers > 1 else None
            # warm-up: imports, schema, first connections (on every worker)
            run_level(base_url, 4 * args.workers, 8 * args.workers, work, offset=10**6, client=client)
            print(f"{'concurrency':>11} {'articles':>8} {'ideal s':>8} {'actual s':>9} {'briefs/s':>9} "
                  f"{'ideal/s':>8} {'efficiency':>10} {'client CPU':>11} {'CPU/article':>11}")
            rows = [(c, n, None) for c, n in levels]
            if not args.no_cache_row:
                rows.append((levels[-1][0], levels[-1][1], str(work / "cache")))
            for concurrency, n, cache_dir in rows:
                result, cpu = run_level(base_url, concurrency, n, work, cache_dir=cache_dir, client=client)
                ideal = n * args.latency / concurrency
                note = "  (cache ON, all misses)" if cache_dir else ""
                print(f"{concurrency:>11} {n:>8} {ideal:>8.2f} {result.seconds:>9.2f} {result.written / result.seconds:>9.1f} "
                      f"{concurrency / args.latency:>8.1f} {100 * ideal / result.seconds:>9.1f}% "
                      f"{100 * cpu / result.seconds:>10.0f}% {1000 * cpu / n:>9.1f} ms{note}", flush=True)
    finally:
        proc.terminate()
        proc.wait(10)
    print()
    print("efficiency = ideal / actual; client CPU = process CPU time / wall time of the run (100% = one core busy)")


def profile(base_url: str, concurrency: int, n: int) -> None:
    import cProfile
    import pstats
    from collections import defaultdict

    from cpu_per_article import _package, _short

    with tempfile.TemporaryDirectory(prefix="summarizer-bench-") as tmp:
        work = Path(tmp)
        run_level(base_url, 4, 8, work, offset=10**6)
        prof = cProfile.Profile()
        prof.enable()
        result, cpu = run_level(base_url, concurrency, n, work)
        prof.disable()
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values())
    print(f"cProfile of concurrency {concurrency}, {n} articles: {result.seconds:.2f} s wall, "
          f"{1000 * total / n:.1f} ms own time per article under the profiler")
    groups = defaultdict(float)
    for (file, _line, func), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():
        groups[_package(file, func)] += tt
    print("own time by package:")
    for name, tt in sorted(groups.items(), key=lambda kv: -kv[1])[:20]:
        print(f"  {100 * tt / total:5.1f}%  {1000 * tt / n:6.2f} ms/article  {name}")
    print("top 30 by cumulative time (ms per article):")
    for (file, line, func), (_cc, nc, tt, ct, _c) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3])[:30]:
        print(f"  {1000 * ct / n:7.2f} cum {1000 * tt / n:6.2f} own {nc / n:8.1f} calls  {_short(file)}:{line}({func})")


if __name__ == "__main__":
    main()
