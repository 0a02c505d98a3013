"""Offline backend speed: spaCy's own parse (the floor) next to the whole offline brief, in one run.

    python benchmarks/offline_speed.py [ARTICLE] [--docs 64] [--n-process 2] [--batch-size 4]

Both figures use the same texts, the same pipeline components and ``nlp.pipe(n_process=...)``:

* ``spacy parse``: ``nlp.pipe`` over the prepared texts, nothing else;
* ``offline brief``: :meth:`OfflineBackend.extract_many` (text preparation, parse, rules) followed
  by :func:`summarizer.resolve.resolve` and the grounding check, i.e. the finished brief.

The default article is the seed (about 620 words), repeated ``--docs`` times; a warm-up batch runs
first so model loading and worker start-up are not counted.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from summarizer.article import make_article
from summarizer.grounding import Grounder
from summarizer.offline.backend import OfflineBackend, nlp
from summarizer.offline.text import prepare
from summarizer.pipeline import Summarizer
from summarizer.resolve import resolve

SEED = Path(__file__).resolve().parents[1] / "evals" / "fixtures" / "seed-iraq-rockets-2019" / "article.txt"


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def spacy_floor(texts: list[str], n_process: int, batch_size: int) -> float:
    model = nlp()
    list(model.pipe(texts[: 2 * n_process * batch_size], n_process=n_process, batch_size=batch_size))  # warm-up
    t0 = time.perf_counter()
    for _ in model.pipe(texts, n_process=n_process, batch_size=batch_size):
        pass
    return _rate(len(texts), time.perf_counter() - t0)


def offline_briefs(articles, n_process: int, batch_size: int) -> float:
    backend = OfflineBackend(None)
    list(backend.extract_many(articles[: 2 * n_process * batch_size], n_process=n_process, batch_size=batch_size))
    t0 = time.perf_counter()
    for article, draft in zip(articles, backend.extract_many(articles, n_process=n_process, batch_size=batch_size)):
        brief = resolve(draft, published=article.published, grounder=Grounder(article.text))
        Summarizer._check_grounding(brief, article.text)
    return _rate(len(articles), time.perf_counter() - t0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("article", nargs="?", default=str(SEED))
    ap.add_argument("--docs", type=int, default=64)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=4)
    args = ap.parse_args(argv)

    text = Path(args.article).read_text(encoding="utf-8")
    article = make_article(text, published="2019-12-10")
    articles = [article] * args.docs
    texts = [prepare(text).text] * args.docs
    words = len(text.split())
    floor = spacy_floor(texts, args.n_process, args.batch_size)
    full = offline_briefs(articles, args.n_process, args.batch_size)
    print(f"article: {args.article} ({words} words), {args.docs} docs, n_process={args.n_process}, "
          f"batch_size={args.batch_size}, cpus={os.cpu_count()}, components={','.join(nlp().pipe_names)}")
    print(f"{'spacy parse (floor)':<22} {floor:7.2f} articles/s")
    print(f"{'offline brief':<22} {full:7.2f} articles/s   ({full / floor:.0%} of the floor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
