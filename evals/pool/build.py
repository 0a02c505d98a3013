"""Rebuild the unlabelled pools (a developer tool; not part of the installed package).

    python evals/pool/build.py --wikinews MIRROR_OR_CSV... --isaf MIRROR_OR_JSONL [--fixtures evals/fixtures] [--out evals/pool]
    python evals/pool/build.py --gum MIRROR_OR_DIR --wikinewssum MIRROR_OR_JSON --katseli MIRROR_OR_JSON [...]
    python evals/pool/build.py --meantime MIRROR [...]

``--wikinews`` takes a clone (or bare mirror) of vanatteveldt/wikinews, whose
``data/wikinews_2019.csv`` and ``data/wikinews_2020.csv`` are read at HEAD, or those CSV files
themselves (the year comes from the name). ``--isaf`` takes a clone of strickvl/isafpr_finetune,
whose ``data/templatefree_isaf_press_releases_ft_test.jsonl`` is read at HEAD, or that file.
Either may be left out; that pool file is then not rewritten.

Rows are 0-based (a CSV's data rows, the JSONL's lines). A row that any fixture's provenance cites
(``path data/wikinews_2019.csv ... (row 11)``, ``isaf_test_row0091``) is left out, so no labelled
article, dev or test, is in a pool. The ids are the stems the pools had before they were shipped
(``w2019_0002``, ``i0091``), so notes that name them stay readable. Every text is kept unmodified.
Each run rewrites the files whole, sorted by id: an unchanged source gives byte-identical files.

``--gum``, ``--wikinewssum`` and ``--katseli`` (given together) write ``oldnews-2004-2016.jsonl`` from
amir-zeldes/gum, airKlizz/WikinewsSum and dimitrakatseli/Wikinews, each read at a fixed commit
(``oldnews.py`` beside this file: its conversions, ids and what it leaves out), after the other pools
(its texts must not repeat theirs): the same fixtures' rows are left out.

``--meantime`` (a clone or bare mirror of newsreader/eso-and-ceo) writes ``meantime-2005-2013.jsonl``, the MEANTIME
corpus's English Wikinews articles (``meantime.py``: its reconstruction of the text from tokens), last: rows a
fixture cites (``meantime pool id m048``) and texts that repeat a fixture's or another pool's are left out.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import re
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
WIKINEWS_YEARS = ("2019", "2020")
WIKINEWS_OUT = "wikinews-2019-2020.jsonl"
ISAF_PATH = "data/templatefree_isaf_press_releases_ft_test.jsonl"
ISAF_OUT = "isaf-press-releases.jsonl"
WIKINEWS_CITED = re.compile(r"path data/wikinews_(\d{4})\.csv.*?\(row (\d+)\)", re.S)
ISAF_CITED = re.compile(r"isaf_test_row(\d+)")


def cited_rows(fixtures: Path) -> tuple[set[tuple[str, int]], set[int]]:
    """(year, row) of every Wikinews row and every ISAF row a fixture's gold.yaml cites."""
    wikinews: set[tuple[str, int]] = set()
    isaf: set[int] = set()
    for gold in sorted(fixtures.rglob("gold.yaml")):
        text = gold.read_text(encoding="utf-8")
        wikinews |= {(year, int(row)) for year, row in WIKINEWS_CITED.findall(text)}
        isaf |= {int(row) for row in ISAF_CITED.findall(text)}
    return wikinews, isaf


def _sibling(name: str) -> ModuleType:
    """A module beside this file, loaded by path (evals/pool is a checkout folder, not a package)."""
    spec = importlib.util.spec_from_file_location(f"pool_{name}", HERE / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _git_show(repo: Path, path: str) -> str:
    """A file at the clone's HEAD (``oldnews.git_show`` reads any commit)."""
    return _sibling("oldnews").git_show(repo, "HEAD", path)


def _wikinews_sources(paths: list[Path]) -> list[tuple[str, str]]:
    """(year, CSV text) from a repository or from the CSV files."""
    if len(paths) == 1 and paths[0].is_dir():
        return [(year, _git_show(paths[0], f"data/wikinews_{year}.csv")) for year in WIKINEWS_YEARS]
    found = []
    for path in paths:
        m = re.search(r"(\d{4})", path.name)
        if not m:
            raise SystemExit(f"build.py: error: {path}: no year in the file name (wikinews_YYYY.csv)")
        found.append((m.group(1), path.read_text(encoding="utf-8")))
    return found


def wikinews_records(sources: list[tuple[str, str]], cited: set[tuple[str, int]]) -> list[dict]:
    records = []
    for year, data in sources:
        for i, row in enumerate(csv.DictReader(io.StringIO(data, newline=""))):
            if (year, i) in cited:
                continue
            records.append({"id": f"w{year}_{i:04d}", "source": "Wikinews", "published": row["date"][:10] or None,
                            "title": row["title"], "url": row["url"], "path": f"data/wikinews_{year}.csv", "row": i,
                            "text": row["text"]})
    return records


def isaf_records(data: str, cited: set[int]) -> list[dict]:
    records = []
    for i, line in enumerate(data.splitlines()):
        if i in cited or not line.strip():
            continue
        segments = json.loads(line)["segments"]
        text = segments[1]["text"].removeprefix("PRESS RELEASE TEXT: ")
        annotation = json.loads(segments[2]["text"].removeprefix("<s>").removesuffix("</s>").strip())
        records.append({"id": f"i{i:04d}", "source": "ISAF Joint Command", "published": None, "title": None,
                        "url": None, "path": ISAF_PATH, "row": i, "text": text, "annotation": annotation})
    return records


def _line(record: dict) -> str:
    """One JSON line, readable (non-ASCII kept) but safe for any line splitter: the Unicode line
    breaks that JSON leaves raw (U+0085, U+2028, U+2029) are escaped."""
    line = json.dumps(record, ensure_ascii=False)
    return line.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def write_jsonl(records: list[dict], path: Path) -> None:
    records = sorted(records, key=lambda r: r["id"])
    path.write_text("".join(_line(r) for r in records), encoding="utf-8")
    print(f"{path}: {len(records)} articles", file=sys.stderr)


def write_oldnews(args: argparse.Namespace) -> None:
    oldnews = _sibling("oldnews")
    records, left_out = oldnews.build(args.gum, args.wikinewssum, args.katseli, args.fixtures, args.out)
    kinds: dict[str, list[str]] = {}
    for rid, (kind, _) in sorted(left_out.items()):
        kinds.setdefault(kind, []).append(rid)
    for kind, ids in kinds.items():
        print(f"oldnews: left out {len(ids)} ({kind}): {' '.join(ids)}", file=sys.stderr)
    write_jsonl(records, args.out / oldnews.OUT)


def write_meantime(args: argparse.Namespace) -> None:
    oldnews, meantime = _sibling("oldnews"), _sibling("meantime")
    left_out: dict[str, tuple[str, str]] = {}
    records = oldnews.select(meantime.records(args.meantime), args.fixtures, args.out, left_out, own=meantime.OUT)
    for rid, (kind, detail) in sorted(left_out.items()):
        print(f"meantime: left out {rid} ({kind}: {detail})", file=sys.stderr)
    write_jsonl(records, args.out / meantime.OUT)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python evals/pool/build.py", description=__doc__.split("\n")[0])
    ap.add_argument("--wikinews", nargs="+", type=Path, metavar="PATH",
                    help="a clone of vanatteveldt/wikinews, or its data/wikinews_YYYY.csv files")
    ap.add_argument("--isaf", type=Path, metavar="PATH",
                    help=f"a clone of strickvl/isafpr_finetune, or its {ISAF_PATH}")
    ap.add_argument("--gum", type=Path, metavar="PATH",
                    help="a clone of amir-zeldes/gum, or the folder of its GUM_news_*.conllu files")
    ap.add_argument("--wikinewssum", type=Path, metavar="PATH",
                    help="a clone of airKlizz/WikinewsSum, or its endataset.json")
    ap.add_argument("--katseli", type=Path, metavar="PATH",
                    help="a clone of dimitrakatseli/Wikinews, or its data/english.json")
    ap.add_argument("--meantime", type=Path, metavar="PATH", help="a clone of newsreader/eso-and-ceo")
    ap.add_argument("--fixtures", type=Path, default=HERE.parent / "fixtures",
                    help="fixtures whose cited rows are left out (default: evals/fixtures)")
    ap.add_argument("--out", type=Path, default=HERE, help="where the JSONL files go (default: evals/pool)")
    args = ap.parse_args(argv)
    oldnews = (args.gum, args.wikinewssum, args.katseli)
    if not args.wikinews and not args.isaf and not any(oldnews) and not args.meantime:
        ap.error("give --wikinews and/or --isaf, or --gum, --wikinewssum and --katseli, or --meantime")
    if any(oldnews) and not all(oldnews):
        ap.error("--gum, --wikinewssum and --katseli go together (one pool file)")
    if not args.fixtures.is_dir():
        ap.error(f"no fixtures folder at {args.fixtures}")
    cited_wikinews, cited_isaf = cited_rows(args.fixtures)
    print(f"fixtures cite {len(cited_wikinews)} Wikinews rows and {len(cited_isaf)} ISAF rows", file=sys.stderr)
    if args.wikinews:
        write_jsonl(wikinews_records(_wikinews_sources(args.wikinews), cited_wikinews), args.out / WIKINEWS_OUT)
    if args.isaf:
        data = _git_show(args.isaf, ISAF_PATH) if args.isaf.is_dir() else args.isaf.read_text(encoding="utf-8")
        write_jsonl(isaf_records(data, cited_isaf), args.out / ISAF_OUT)
    if all(oldnews):
        write_oldnews(args)
    if args.meantime:
        write_meantime(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
