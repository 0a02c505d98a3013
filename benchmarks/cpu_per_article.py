"""The project's own CPU time per article outside the model call, for a 1,000-word article.

    python benchmarks/cpu_per_article.py [--runs 200] [--profile-runs 60] [--top 25]

The model is an in-process ``httpx.MockTransport`` that answers at once with a realistic full
answer (the seed fixture's 19 actors, 5 incidents, 15 claims and a denial, every evidence copied
verbatim from the article), pre-encoded, so its own cost is a bytes copy. Everything else is the
real path: prompt rendering, request building, the openai client, instructor's parsing and
validation (with the article-aware validator), grounding, resolution and the brief's metadata.

``time.process_time`` is measured around each whole ``summarize()`` call, nothing subtracted, so
the figure is an upper bound of the project's CPU per article (it includes the mock transport and
the openai/instructor/httpx machinery). Then a phase breakdown (each phase timed on its own) and a
cProfile of ``--profile-runs`` calls: top functions by own time, and own time summed per package.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import statistics
import time
from collections import defaultdict

import httpx
from _common import bench_settings, completion_bytes, full_answer, header, thousand_word_article

from summarizer.article import make_article
from summarizer.pipeline import Summarizer


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=200)
    p.add_argument("--profile-runs", type=int, default=60)
    p.add_argument("--top", type=int, default=25)
    args = p.parse_args()
    header("CPU time per article outside the model call (1,000-word article, zero-latency mock model)")

    text, published = thousand_word_article()
    article = make_article(text, id="bench-1000w", published=published, source="Baghdad Post")
    answer = full_answer(text)
    content = completion_bytes(answer)
    requests = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/models"):
            return httpx.Response(200, json={"data": [{"id": "bench-model", "owned_by": "vllm"}]})
        requests.append(1)
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return handler(request)

    pipeline = Summarizer(bench_settings(), transport=httpx.MockTransport(handler),
                          async_transport=httpx.MockTransport(ahandler))
    print(f"article: {len(text.split())} words, {len(text)} chars; answer: {len(answer['actors'])} actors, "
          f"{len(answer['incidents'])} incidents, {len(answer['claims'])} claims, {len(answer['denials'])} denial(s), "
          f"{len(content)} bytes; mode {pipeline.backend.mode}")

    brief = pipeline.summarize(article)  # warm-up (template compile, schema build, imports)
    items = list(brief.items())
    statuses = defaultdict(int)
    for item in items:
        for ev in item.evidence:
            statuses[str(getattr(ev.status, "value", ev.status))] += 1
    print(f"brief check: {len(items)} items, evidence status {dict(statuses)}, warnings {brief.warnings}, "
          f"model requests per article {brief.run.usage.requests}")
    for _ in range(10):
        pipeline.summarize(article)

    # -- the whole summarize(), sync and async ------------------------------------------------
    cpu, wall = [], []
    for _ in range(args.runs):
        c0, w0 = time.process_time(), time.perf_counter()
        pipeline.summarize(article)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)

    async def arun(n):
        await pipeline.asummarize(article)  # warm-up: builds the async client
        out = []
        for _ in range(n):
            c0 = time.process_time()
            await pipeline.asummarize(article)
            out.append(time.process_time() - c0)
        return out

    acpu = asyncio.run(arun(args.runs))
    ms = lambda v: f"{1000 * v:.2f} ms"  # noqa: E731
    print()
    print(f"whole summarize(), {args.runs} runs (upper bound, nothing subtracted):")
    print(f"  sync  CPU per article: mean {ms(statistics.mean(cpu))}, median {ms(statistics.median(cpu))}, "
          f"p90 {ms(percentile(cpu, 0.9))}; wall mean {ms(statistics.mean(wall))}")
    print(f"  async CPU per article (asummarize, the batch path): mean {ms(statistics.mean(acpu))}, "
          f"median {ms(statistics.median(acpu))}, p90 {ms(percentile(acpu, 0.9))}")
    print(f"  target <= 20 ms: {'MET' if statistics.median(cpu) <= 0.020 else 'NOT MET'} (sync median)")

    # -- phases, each timed on its own ----------------------------------------------------------
    from summarizer.llm import prompting

    backend = pipeline.backend
    draft = backend.extract(article)

    def timed(fn, n=100):
        fn()
        c0 = time.process_time()
        for _ in range(n):
            fn()
        return (time.process_time() - c0) / n

    def request_only():  # the request through openai+instructor, parse + validate, no from_extraction
        span, label = backend._pieces(article)[0]
        backend._create(article, span, label)

    phases = [
        ("prompt rendering: prompting.messages()", lambda: prompting.messages(text, published=article.published,
                                                                             source=article.source)),
        ("backend request + instructor parse/validate (_create)", request_only),
        ("backend.extract() total (adds from_extraction/merge)", lambda: backend.extract(article)),
        ("pipeline._finish(): resolve + grounding check + metadata", lambda: pipeline._finish(article, draft.model_copy(deep=True))),
        ("  of which draft.model_copy(deep=True) (harness cost)", lambda: draft.model_copy(deep=True)),
        ("brief.model_dump_json() (what batch writes)", lambda: brief.model_dump_json()),
    ]
    print()
    print("phases (CPU per call, each timed alone over 100 calls):")
    for name, fn in phases:
        print(f"  {ms(timed(fn)):>10}  {name}")

    # -- how actor resolution scales (it compares every pair of actors, every pair of names) ---
    from summarizer.schemas.brief import Actor, ActorKind

    from summarizer.resolve import merge_actors

    def distinct_actors(n, k):
        return [Actor(id=f"a{i}", name=f"Organisation Number {i} of the Northern Region Alpha{i}",
                      aliases=[f"Alias {i} variant {j} group" for j in range(k)], kind=ActorKind.organization,
                      evidence=[]) for i in range(n)]

    print()
    print("resolve.merge_actors() alone, distinct actors (no merges), CPU per call:")
    for n_actors, n_aliases in ((19, 3), (40, 3), (40, 12)):
        actors = distinct_actors(n_actors, n_aliases)
        print(f"  {ms(timed(lambda actors=actors: merge_actors([a.model_copy() for a in actors]), n=5)):>10}  "
              f"{n_actors} actors x {n_aliases} aliases{'  (the schema maxima)' if n_aliases == 12 else ''}")

    # -- profile ------------------------------------------------------------------------------
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(args.profile_runs):
        pipeline.summarize(article)
    prof.disable()
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values())  # own time (tt)
    n = args.profile_runs
    print()
    print(f"cProfile over {n} summarize() calls (profiler overhead inflates absolute times; "
          f"total own time {1000 * total / n:.1f} ms/article under the profiler)")
    groups = defaultdict(float)
    for (file, _line, func), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():
        groups[_package(file, func)] += tt
    print("own time by package:")
    for name, tt in sorted(groups.items(), key=lambda kv: -kv[1])[:16]:
        print(f"  {100 * tt / total:5.1f}%  {1000 * tt / n:6.2f} ms/article  {name}")
    print(f"top {args.top} functions by own time (ms per article):")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[: args.top]
    for (file, line, func), (_cc, nc, tt, ct, _c) in rows:
        print(f"  {1000 * tt / n:6.2f} own {1000 * ct / n:7.2f} cum  {nc // n:>6} calls  {_short(file)}:{line}({func})")
    print(f"top {args.top} by cumulative time, project and library entry points (ms per article):")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][3])
    shown = 0
    for (file, line, func), (_cc, nc, _tt, ct, _c) in rows:
        if "summarizer" not in file and "instructor" not in file and "openai" not in file and "pydantic" not in file:
            continue
        print(f"  {1000 * ct / n:7.2f} cum  {nc // n:>6} calls  {_short(file)}:{line}({func})")
        shown += 1
        if shown >= args.top:
            break


def _short(file: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3.11/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def _package(file: str, func: str) -> str:
    if file == "~":
        return f"builtins ({func.split(' ')[-1].strip('>')[:40]})" if "method" in func else "builtins"
    short = _short(file)
    if "/work/main/" in file or short.startswith(("summarizer/", "schemas/", "prompts/")):
        return "summarizer: " + short
    top = short.split("/", 1)[0]
    return top.removesuffix(".py")


if __name__ == "__main__":
    main()
