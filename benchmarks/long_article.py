"""Long articles through the offline backend: time and peak memory against article size.

    python benchmarks/long_article.py [--sizes 0.5,1,2,5] [--one-line]

Each article is real text: the shipped fixtures' articles (evals/fixtures/*/article.txt) one after
another, repeated until the size (MB of UTF-8) is reached. Each size runs the README's command,
``summarizer summarize FILE --backend offline --format json``, in its own child process, with
``--max-article-chars`` raised to the article's length (the default limit, 300,000 characters,
would refuse these on purpose):

* ``seconds``: wall time of the child (interpreter start and model loading included);
* ``peak RSS``: the child's ``ru_maxrss`` (its resident-memory high-water mark, from ``os.wait4``);
* ``s/MB``: seconds per MB; constant when time is linear in length.

``--one-line`` joins the same text into a single line (every run of whitespace one space): an article
with no paragraph breaks, which the offline backend must cut at sentence ends instead.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import header

ROOT = Path(__file__).resolve().parents[1]
MB = 1_000_000


def article_text(size: int) -> str:
    """``size`` bytes (about) of real article text, paragraphs kept, cut at a paragraph end."""
    pieces = [p.read_text(encoding="utf-8").strip() for p in sorted((ROOT / "evals" / "fixtures").glob("*/article.txt"))]
    out: list[str] = []
    total = 0
    while total < size:
        for piece in pieces:
            out.append(piece)
            total += len(piece.encode("utf-8")) + 2
            if total >= size:
                break
    return "\n\n".join(out) + "\n"


def run(path: Path) -> tuple[float, int, int, dict]:
    exe = shutil.which("summarizer") or sys.executable
    chars = len(path.read_text(encoding="utf-8"))
    cmd = [exe, "summarize", str(path), "--backend", "offline", "--format", "json",
           "--max-article-chars", str(chars)]
    if exe == sys.executable:
        cmd[1:1] = ["-m", "summarizer"]
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        body = out.read()
        if proc.returncode != 0:
            print(err.read().decode("utf-8", "replace")[-2000:], file=sys.stderr)
            return seconds, usage.ru_maxrss * 1024, proc.returncode, {}
    return seconds, usage.ru_maxrss * 1024, 0, json.loads(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="0.5,1,2,5", help="article sizes in MB, comma-separated")
    parser.add_argument("--one-line", action="store_true", help="the article on a single line (no paragraph breaks)")
    args = parser.parse_args()
    header("Long articles, offline backend: time and peak RSS by size" + (", on one line" if args.one_line else ""))
    print(f"{'size':>8} {'seconds':>9} {'s/MB':>7} {'peak RSS':>10} {'exit':>5} {'actors':>7} {'claims':>7} {'incidents':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (float(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"article-{size}MB.txt"
            text = article_text(int(size * MB))
            path.write_text(" ".join(text.split()) if args.one_line else text, encoding="utf-8")
            mb = path.stat().st_size / MB
            seconds, rss, code, brief = run(path)
            print(f"{mb:>6.2f}MB {seconds:>9.1f} {seconds / mb:>7.1f} {rss / 2**20:>8.0f}MB {code:>5} "
                  f"{len(brief.get('actors', [])):>7} {len(brief.get('claims', [])):>7} {len(brief.get('incidents', [])):>9}")
    print("\nseconds = wall time of `summarizer summarize FILE --backend offline --format json --max-article-chars N` in a child process "
          "(start-up and model loading included); peak RSS = the child's ru_maxrss.")


if __name__ == "__main__":
    main()
