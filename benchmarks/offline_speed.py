"""Offline backend speed: spaCy's own parse (the floor) next to the whole offline brief, in one run.

    python benchmarks/offline_speed.py [ARTICLE] [--docs 64] [--n-process 2] [--batch-size 4] [--rounds 5]

Both figures use the same texts, the same pipeline components and ``nlp.pipe(n_process=...)``:

* ``spacy parse``: ``nlp.pipe`` over the prepared texts, nothing else;
* ``offline brief``: :meth:`OfflineBackend.extract_many` (text preparation, parse, rules) followed
  by :func:`summarizer.resolve.resolve` and the grounding check, i.e. the finished brief.

The default article is the seed (about 620 words), repeated ``--docs`` times. A warm-up of both
runs first (model loading, first-call caches). Then ``--rounds`` rounds, each timing both, in
alternating order (parse first in odd rounds, brief first in even ones), so a burst of load from
other processes on a shared machine falls on both about equally.

Two clocks per run: wall time, and CPU time of this process and of its finished children (the
``nlp.pipe`` workers, which ``spaCy`` joins before returning), from ``resource.getrusage``. The
CPU-time ratio (brief / parse) is the figure to compare between runs and machines: it counts
the work done, not the time spent waiting for a core, so it stays put when the machine is busy.
The report gives, for each clock, the median over the rounds and the best round.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import header

from summarizer.article import make_article
from summarizer.grounding import Grounder
from summarizer.offline.backend import OfflineBackend, nlp
from summarizer.offline.text import prepare
from summarizer.pipeline import Summarizer
from summarizer.resolve import resolve

SEED = Path(__file__).resolve().parents[1] / "evals" / "fixtures" / "seed-iraq-rockets-2019" / "article.txt"


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its children that have been waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(run: Callable[[], int]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call of ``run``."""
    c0, t0 = _cpu(), time.perf_counter()
    run()
    return time.perf_counter() - t0, _cpu() - c0


def spacy_parse(texts: list[str], n_process: int, batch_size: int) -> int:
    n = 0
    for _ in nlp().pipe(texts, n_process=n_process, batch_size=batch_size):
        n += 1
    return n


def offline_briefs(backend: OfflineBackend, articles, n_process: int, batch_size: int) -> int:
    n = 0
    for article, draft in zip(articles, backend.extract_many(articles, n_process=n_process, batch_size=batch_size)):
        brief = resolve(draft, published=article.published, grounder=Grounder(article.text))
        Summarizer._check_grounding(brief, article.text)
        n += 1
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article", nargs="?", default=str(SEED))
    ap.add_argument("--docs", type=int, default=64)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds of both runs (default 5)")
    args = ap.parse_args(argv)
    if args.docs < 1 or args.rounds < 1 or args.n_process < 1 or args.batch_size < 1:
        ap.error("--docs, --rounds, --n-process and --batch-size must be at least 1")
    header("Offline backend speed: spaCy's parse alone (the floor) and the whole offline brief")

    text = Path(args.article).read_text(encoding="utf-8")
    article = make_article(text, published="2019-12-10")
    articles = [article] * args.docs
    texts = [prepare(text).text] * args.docs
    backend = OfflineBackend(None)
    print(f"article: {args.article} ({len(text.split())} words), {args.docs} docs, n_process={args.n_process}, "
          f"batch_size={args.batch_size}, rounds={args.rounds}, components={','.join(nlp().pipe_names)}")

    warm = 2 * args.n_process * args.batch_size
    runs = {
        "parse": lambda: spacy_parse(texts, args.n_process, args.batch_size),
        "brief": lambda: offline_briefs(backend, articles, args.n_process, args.batch_size),
    }
    spacy_parse(texts[:warm], args.n_process, args.batch_size)
    offline_briefs(backend, articles[:warm], args.n_process, args.batch_size)

    wall: dict[str, list[float]] = {"parse": [], "brief": []}
    cpu: dict[str, list[float]] = {"parse": [], "brief": []}
    print(f"\n{'round':>5} {'parse wall s':>12} {'brief wall s':>12} {'parse CPU s':>12} {'brief CPU s':>12} "
          f"{'wall ratio':>10} {'CPU ratio':>10}")
    for r in range(args.rounds):
        order = ("parse", "brief") if r % 2 == 0 else ("brief", "parse")
        for name in order:
            w, c = _timed(runs[name])
            wall[name].append(w)
            cpu[name].append(c)
        print(f"{r + 1:>5} {wall['parse'][-1]:>12.2f} {wall['brief'][-1]:>12.2f} {cpu['parse'][-1]:>12.2f} "
              f"{cpu['brief'][-1]:>12.2f} {wall['brief'][-1] / wall['parse'][-1]:>10.2f} "
              f"{cpu['brief'][-1] / cpu['parse'][-1]:>10.2f}")

    wall_ratio = [b / p for b, p in zip(wall["brief"], wall["parse"])]
    cpu_ratio = [b / p for b, p in zip(cpu["brief"], cpu["parse"])]
    ms = 1000 / args.docs
    print("\nper article (median of rounds; best round in brackets):")
    for name, label in (("parse", "spacy parse (floor)"), ("brief", "offline brief")):
        print(f"  {label:<20} wall {statistics.median(wall[name]) * ms:7.1f} ms [{min(wall[name]) * ms:7.1f}]   "
              f"CPU {statistics.median(cpu[name]) * ms:7.1f} ms [{min(cpu[name]) * ms:7.1f}]   "
              f"{args.docs / statistics.median(wall[name]):6.2f} articles/s")
    print(f"brief / parse, CPU time:  median {statistics.median(cpu_ratio):.2f}x, best {min(cpu_ratio):.2f}x "
          f"(the rules' overhead: {statistics.median(cpu_ratio) - 1:+.0%} of the parse)")
    print(f"brief / parse, wall time: median {statistics.median(wall_ratio):.2f}x, best {min(wall_ratio):.2f}x "
          f"(throughput {1 / statistics.median(wall_ratio):.0%} of the floor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
