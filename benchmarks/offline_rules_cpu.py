"""The offline backend's rules next to spaCy's parse, in CPU time, on the shipped fixtures; and where the rules spend it.

    python benchmarks/offline_rules_cpu.py [--split dev|test|all] [--rounds 3] [--profile 0] [--top 30]

Every fixture article is prepared and parsed once (``nlp.pipe``, one process: the parse's CPU
time). Then the rest of the offline brief runs over the parsed docs, ``--rounds`` times (the median
is reported): the stages (:func:`summarizer.offline.extract.extract` and
:func:`~summarizer.offline.extract.merge_drafts`), :func:`summarizer.resolve.resolve` and the
grounding check. ``time.process_time`` of this one process, so the figure is the work done and
does not depend much on the machine's load. With ``--profile N``, ``N`` more rounds under cProfile:
the top functions by own time and by cumulative time.

This isolates the part of the brief the project's code adds; ``benchmarks/offline_speed.py`` is
the end-to-end figure (parse workers, text preparation and all).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time

import yaml
from _common import FIXTURES, header

from summarizer.grounding import Grounder
from summarizer.offline.backend import OfflineBackend, nlp, parse
from summarizer.offline.extract import extract, merge_drafts
from summarizer.pipeline import Summarizer
from summarizer.resolve import resolve


def fixture_texts(split: str) -> list[str]:
    texts = []
    for folder in sorted(p for p in FIXTURES.iterdir() if (p / "gold.yaml").is_file()):
        meta = yaml.safe_load((folder / "gold.yaml").read_text(encoding="utf-8")) or {}
        if split == "all" or meta.get("split") == split:
            texts.append((folder / "article.txt").read_text(encoding="utf-8"))
    return texts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="N more rounds under cProfile")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    if args.rounds < 1 or args.profile < 0 or args.top < 1:
        ap.error("--rounds and --top must be at least 1, --profile at least 0")
    header("Offline rules vs spaCy's parse, CPU time on the fixtures")

    texts = fixture_texts(args.split)
    backend = OfflineBackend(None)
    model = nlp()
    model("Warm-up.")
    c0 = time.process_time()
    parsed = []
    for text in texts:
        prepared, pieces, docs = parse(text)
        parsed.append((text, prepared, pieces, list(docs)))
    parse_cpu = time.process_time() - c0

    def rules_round() -> None:
        for text, prepared, pieces, docs in parsed:
            grounder = Grounder(prepared.original)
            draft = merge_drafts([extract(doc, piece, backend.rules, grounder) for doc, piece in zip(docs, pieces)])
            brief = resolve(draft, published=None, grounder=Grounder(text))
            Summarizer._check_grounding(brief, text)

    rules_round()  # warm-up (lexicon caches, first-call imports)
    rounds = []
    for _ in range(args.rounds):
        c0 = time.process_time()
        rules_round()
        rounds.append(time.process_time() - c0)
    rules_cpu = statistics.median(rounds)
    words = sum(len(t.split()) for t in texts)
    print(f"fixtures: {args.split} split, {len(texts)} articles, {words} words; rounds={args.rounds}")
    print(f"prepare + parse (once):           {parse_cpu:7.2f} s CPU  ({parse_cpu / len(texts) * 1000:6.1f} ms per article)")
    print(f"rules + resolve + grounding check: {rules_cpu:7.2f} s CPU  ({rules_cpu / len(texts) * 1000:6.1f} ms per article; "
          f"rounds {', '.join(f'{r:.2f}' for r in rounds)})")
    print(f"rules / parse: {rules_cpu / parse_cpu:.0%}")

    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.profile):
            rules_round()
        profile.disable()
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
