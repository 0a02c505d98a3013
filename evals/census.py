"""Brief the unlabelled pools and list what a change did to them, item by item, for judging by hand.

    python -m summarizer.evals.census brief OUT.json [--pool evals/pool] [--source wikinews|isaf|oldnews|meantime]
    python -m summarizer.evals.census diff BASE.json NEW.json [--pool evals/pool] [--field actors ...]
    python -m summarizer.evals.census silver BRIEFS.json [--base BASE.json] [--pool evals/pool]
    python -m summarizer.evals.census denials BRIEFS.json [--list LIST.jsonl ...] [--pool evals/pool]

``brief`` runs the offline backend over every pool article (``evals/pool/<source>-*.jsonl``, see its
README) and writes ``{article id: brief}``; each article's published date and source go with it,
and texts under 200 characters are skipped. ``diff`` compares two such files: per article, the
items added (+), removed (-) and changed (~) (actors by name, incidents by type + date + location,
claims by claimant + content, denials by denier + content; a new key on the same first evidence
span is a change), each with its evidence sentence (read from the pool when there is one, else the
evidence span), then the totals. A change is judged by
reading that sentence: right or wrong. The pool is unlabelled: nothing here scores against gold.
``silver`` checks ISAF briefs against the dataset's release-level annotation (``evals/silver.py``
says what each measure is): a silver check of recall and slots, not gold. ``denials`` scores any
source's briefs' denials against the hand-judged lists of the pool folder (``denials.jsonl`` for
Wikinews, ``denials-more.jsonl`` for oldnews, MEANTIME and Global Voices; silver, one labeller each),
each brief against the rows of its own article id: listed denials found (a predicted denial's evidence overlaps the listed sentence) and with
the denier right, then the misses and the predicted denials the list lacks, to judge by hand.

The pool is part of the checkout, not of the installed package: ``--pool`` defaults to
``evals/pool`` under the current directory. Bad input is one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer import names
from summarizer.errors import ConfigError, InputError, SummarizerError, read_json

DEFAULT_POOL = Path("evals") / "pool"
DEFAULT_DENIALS = DEFAULT_POOL / "denials.jsonl"
DENIAL_LISTS = ("denials.jsonl", "denials-more.jsonl")  # the hand-judged lists a pool folder may hold
MIN_CHARS = 200  # shorter texts are notices and stubs, not articles
FIELDS = ("actors", "incidents", "claims", "denials")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof Rev Gen Col Lt Maj Capt Sgt Cpl Pvt Adm Brig Cmdr Sen Rep Gov Hon St Mt Ft Jr Sr No vs "
    "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec".split())
_MAX_SENTENCE = 400


# ---------------------------------------------------------------------------------------------- the pool

def load_pool(folder: str | Path | None = None, source: str | None = None) -> list[dict[str, Any]]:
    """Every article of the pool's ``<source>-*.jsonl`` files (only ``source``'s with ``source``; the
    ``DENIAL_LISTS`` are judgements, not articles)."""
    where = Path(folder) if folder is not None else DEFAULT_POOL
    if not where.is_dir():
        hint = "" if folder is not None else " (run from a checkout, or give --pool DIR)"
        raise InputError(f"no pool folder{hint}", source=str(where))
    files = sorted(p for p in where.glob("*-*.jsonl")
                   if p.name not in DENIAL_LISTS and (source is None or p.name.startswith(f"{source}-")))
    if not files:
        raise InputError(f"no {source + '-*' if source else '*'}.jsonl pool file", source=str(where))
    articles: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in files:
        for record in _records(path):
            if record["id"] in seen:
                raise InputError(f"article id {record['id']!r} occurs twice in the pool", source=str(path))
            seen.add(record["id"])
            articles.append(record)
    return articles


def _records(path: Path) -> Iterable[dict[str, Any]]:
    for n, record in _jsonl(path, "the pool file"):
        if not (isinstance(record, dict) and isinstance(record.get("id"), str) and isinstance(record.get("text"), str)):
            raise InputError("a pool line is an object with a string 'id' and 'text'", source=f"{path}:{n}")
        yield record


def _jsonl(path: Path, what: str) -> Iterable[tuple[int, Any]]:
    """(line number, value) of each JSON line of ``path``, blank lines passed over; a file that cannot
    be read, or a line that is not JSON, is an InputError (``what`` names the file: "the pool file")."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")  # not splitlines(): U+2028 may sit in a text
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {what}: {e}", source=str(path)) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"not JSON ({e.msg})", source=f"{path}:{n}") from None
        yield n, record


def brief_pool(articles: Sequence[dict[str, Any]], *, progress: bool = True) -> dict[str, Any]:
    """``{id: brief as JSON}`` of every article of at least MIN_CHARS characters (offline backend).

    An article the pipeline refuses gets ``{"error": message}`` instead of a brief."""
    from summarizer.pipeline import Summarizer

    summarizer = Summarizer(backend="offline")
    out: dict[str, Any] = {}
    todo = [a for a in articles if len(a["text"]) >= MIN_CHARS]
    started = time.monotonic()
    for i, article in enumerate(todo, 1):
        try:
            brief = summarizer.summarize(article["text"], published=article.get("published"),
                                         source=article.get("source"))
            out[article["id"]] = json.loads(brief.model_dump_json())
        except SummarizerError as e:
            out[article["id"]] = {"error": str(e)}
        if progress and (i % 50 == 0 or i == len(todo)):
            print(f"census: {i}/{len(todo)} briefed ({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return out


# ---------------------------------------------------------------------------------------------- the diff

@dataclass
class ItemChange:
    """One added (+), removed (-) or changed (~) item of one article."""

    field: str
    op: str
    label: str
    evidence: str
    details: list[str] = dataclasses.field(default_factory=list)


def _name(actor_names: dict[str, str], item: dict[str, Any], key: str) -> str | None:
    return item.get(f"{key}_name") or actor_names.get(item.get(key) or "")


def _key(field_name: str, item: dict[str, Any], names: dict[str, str]) -> tuple[Any, ...]:
    if field_name == "actors":
        return (item.get("name"),)
    if field_name == "incidents":
        return (item.get("type"), (item.get("date") or {}).get("iso"), item.get("location"))
    who = "claimant" if field_name == "claims" else "denier"
    return (_name(names, item, who), item.get("content"))


def _label(field_name: str, item: dict[str, Any], names: dict[str, str]) -> str:
    if field_name == "actors":
        return f"{item.get('name')} ({item.get('kind')})"
    if field_name == "incidents":
        date = (item.get("date") or {}).get("iso") or "no date"
        return f"{item.get('type')} {date} @ {item.get('location') or 'no place'}"
    who = _name(names, item, "claimant" if field_name == "claims" else "denier") or "nobody"
    return f"{who}: {item.get('content')}"


def _signature(item: dict[str, Any], names: dict[str, str], claims: dict[str, str]) -> dict[str, Any]:
    """The item as compared: ids dropped (they renumber), references by name or content."""
    sig = {k: v for k, v in item.items() if k not in ("id", "perpetrator", "alleged_perpetrator", "claimant", "denier")}
    for who in ("perpetrator", "alleged_perpetrator", "claimant", "denier"):
        if item.get(who) and not item.get(f"{who}_name"):
            sig[f"{who}_name"] = names.get(item[who], item[who])
    if "responds_to" in item:
        sig["responds_to"] = claims.get(item["responds_to"], item["responds_to"]) if item["responds_to"] else None
    sig["evidence"] = [(e.get("text"), e.get("start"), e.get("end"), e.get("status"))
                       for e in item.get("evidence") or [] if isinstance(e, dict)]
    return sig


def _short(value: Any, limit: int = 80) -> str:
    if isinstance(value, list) and value and isinstance(value[0], tuple):  # evidence: the spans
        value = [e[0] for e in value]
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ends_sentence(text: str, at: int) -> bool:
    """Whether the stop at ``at`` ends a sentence: not after "Mr", "Gen", "Jan", an initial or "U.S"."""
    if text[at] != ".":
        return True
    word = [w.lstrip("(\"'“‘[") for w in text[max(0, at - 12):at].split()[-1:]] or [""]
    return not (word[0] in _ABBREVIATIONS or len(word[0]) == 1 or "." in word[0])


def sentence(text: str | None, evidence: Sequence[Any] | None) -> str:
    """The sentence around an item's first evidence span (the span alone when the text does not hold it)."""
    for ev in evidence or []:
        if not isinstance(ev, dict) or not ev.get("text"):
            continue
        start, end = ev.get("start"), ev.get("end")
        if text is None or start is None or end is None or text[start:end] != ev["text"]:
            return " ".join(ev["text"].split())
        ends = [m.end() for m in _SENTENCE_END.finditer(text) if _ends_sentence(text, m.start())]
        left = max((e for e in ends if e <= start), default=0)
        right = min((e for e in ends if e >= max(end, start + 1)), default=len(text))
        if right - left > _MAX_SENTENCE:  # a run-on "sentence" (a list, a table): the span and some context
            left, right = max(left, start - 150), min(right, end + 150)
        return " ".join(text[left:right].split())
    return ""


def _refs(brief: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    names = {a["id"]: a.get("name") or "" for a in brief.get("actors") or [] if isinstance(a, dict) and "id" in a}
    claims = {c["id"]: f"{_name(names, c, 'claimant') or 'nobody'}: {c.get('content')}"
              for c in brief.get("claims") or [] if isinstance(c, dict) and "id" in c}
    return names, claims


def _anchor(item: dict[str, Any]) -> tuple[Any, Any] | None:
    """The item's first grounded evidence span (start, end), if it has one."""
    return next(((e["start"], e.get("end")) for e in item.get("evidence") or []
                 if isinstance(e, dict) and e.get("start") is not None), None)


def _pairs(f: str, old_items: list[dict[str, Any]], new_items: list[dict[str, Any]], old_names: dict[str, str],
           new_names: dict[str, str]) -> list[tuple[dict[str, Any] | None, dict[str, Any] | None]]:
    """(old, new) items of one field paired by their key; what is left, by the same first evidence span (a
    claim whose claimant changed, an actor renamed, an incident re-dated); then (None, added), (removed, None)."""
    pending: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for item in old_items:
        pending.setdefault(_key(f, item, old_names), []).append(item)
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = []
    added = []
    for item in new_items:
        bucket = pending.get(_key(f, item, new_names))
        if bucket:
            pairs.append((bucket.pop(0), item))
        else:
            added.append(item)
    removed = [old for bucket in pending.values() for old in bucket]
    for item in added:
        at = next((i for i, old in enumerate(removed) if _anchor(item) is not None and _anchor(old) == _anchor(item)), None)
        pairs.append((removed.pop(at) if at is not None else None, item))
    return pairs + [(old, None) for old in removed]


def diff_brief(base: dict[str, Any], new: dict[str, Any], text: str | None = None,
               fields: Sequence[str] = FIELDS) -> list[ItemChange]:
    """The items added, removed and changed from ``base`` to ``new`` (two briefs of one article)."""
    changes: list[ItemChange] = []
    base_refs, new_refs = _refs(base), _refs(new)
    for f in fields:
        for old, item in _pairs(f, base.get(f) or [], new.get(f) or [], base_refs[0], new_refs[0]):
            if old is None and item is not None:
                changes.append(ItemChange(f, "+", _label(f, item, new_refs[0]), sentence(text, item.get("evidence"))))
            elif item is None and old is not None:
                changes.append(ItemChange(f, "-", _label(f, old, base_refs[0]), sentence(text, old.get("evidence"))))
            elif old is not None and item is not None:
                a, b = _signature(old, *base_refs), _signature(item, *new_refs)
                if a != b:
                    details = [f"{k}: {_short(a.get(k))} → {_short(b.get(k))}" for k in sorted(set(a) | set(b))
                               if a.get(k) != b.get(k)]
                    changes.append(ItemChange(f, "~", _label(f, item, new_refs[0]),
                                              sentence(text, item.get("evidence")), details))
    return changes


def load_briefs(path: str | Path) -> dict[str, dict[str, Any]]:
    """A ``brief`` output: ``{article id: brief}``."""
    data = read_json(path, "file")
    if not isinstance(data, dict) or not all(isinstance(b, dict) for b in data.values()):
        raise InputError("not a census file ({article id: brief})", source=str(path))
    for aid, brief in data.items():
        for f in FIELDS:
            items = brief.get(f, [])
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise InputError(f"article {aid}: {f} is not a list of items", source=str(path))
    return data


def _header(aid: str, article: dict[str, Any] | None) -> str:
    """The article's id, with its title (Wikinews) or the dataset's annotation (ISAF) when the pool is read."""
    if not article:
        return aid
    if article.get("title"):
        return f"{aid}  {article['title']}"
    note = article.get("annotation")
    if isinstance(note, dict):
        keys = ("start_date", "event_type", "province", "min_killed", "min_captured")
        return f"{aid}  [annotation: " + ", ".join(f"{k} {_short(note[k], 40)}" for k in keys if k in note) + "]"
    return aid


def diff(base: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]], pool: dict[str, dict[str, Any]] | None = None,
         fields: Sequence[str] = FIELDS) -> tuple[list[str], dict[str, dict[str, int]]]:
    """The report's lines and the totals ``{field: {"+": n, "-": n, "~": n}}``. ``pool`` (id -> pool
    article) gives each item its whole evidence sentence and each article its title or annotation."""
    pool = pool or {}
    totals = {f: {"+": 0, "-": 0, "~": 0} for f in fields}
    lines: list[str] = []
    changed = 0
    for aid in sorted(set(base) & set(new)):
        b, n = base[aid], new[aid]
        if "error" in b or "error" in n:
            if b.get("error") != n.get("error"):
                lines += [_header(aid, pool.get(aid)), f"  ! error: {b.get('error') or 'none'} → {n.get('error') or 'none'}"]
                changed += 1
            continue
        changes = diff_brief(b, n, (pool.get(aid) or {}).get("text"), fields)
        if not changes:
            continue
        changed += 1
        lines.append(_header(aid, pool.get(aid)))
        for c in changes:
            totals[c.field][c.op] += 1
            lines.append(f"  {c.op} {c.field[:-1]:9} {c.label}")
            lines += [f"      {d}" for d in c.details]
            if c.evidence:
                lines.append(f"      « {c.evidence} »")
    summary = [f"{changed} of {len(set(base) & set(new))} articles changed"]
    for label, ids in (("only in BASE", sorted(set(base) - set(new))), ("only in NEW", sorted(set(new) - set(base)))):
        if ids:
            summary.append(f"{label}: {len(ids)} ({', '.join(ids[:10])}{', …' if len(ids) > 10 else ''})")
    for f in fields:
        t = totals[f]
        summary.append(f"{f:10} +{t['+']} -{t['-']} ~{t['~']}")
    return lines + (["", "totals:"] if lines else ["totals:"]) + [f"  {s}" for s in summary], totals


# ---------------------------------------------------------------------------------------------- the denial list

def load_denials(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The hand-judged denial list: one object a line with ``id``, ``start``, ``end`` (the sentence) and ``denier``."""
    rows = []
    where = Path(path) if path is not None else DEFAULT_DENIALS
    for _, row in _jsonl(where, "the denial list"):
        if not (isinstance(row, dict) and isinstance(row.get("id"), str) and isinstance(row.get("start"), int) and isinstance(row.get("end"), int)
                and isinstance(row.get("denier"), str)):
            raise InputError("a denial line has a string 'id' and 'denier' and integer 'start' and 'end'", source=str(where))
        rows.append(row)
    return rows


def pool_denials(folder: str | Path | None = None) -> list[dict[str, Any]]:
    """The rows of every hand-judged list the pool folder holds (``DENIAL_LISTS``): a brief of any source is
    scored against the rows of its own article id."""
    where = Path(folder) if folder is not None else DEFAULT_POOL
    paths = [where / name for name in DENIAL_LISTS if (where / name).is_file()]
    if not paths:
        raise InputError(f"no denial list ({', '.join(DENIAL_LISTS)})", source=str(where))
    return [row for path in paths for row in load_denials(path)]


def same_denier(listed: str, predicted: str | None) -> bool:
    """Whether a predicted denier names the listed one: equal, one inside the other, the same last word, or
    one the other's acronym."""
    def words(name: str) -> list[str]:
        w = re.findall(r"[\w'-]+", name.lower())
        return w[1:] if w[:1] == ["the"] else w
    a, b = words(listed), words(predicted or "")
    if not a or not b:
        return False
    inside = any(a == b[i:i + len(a)] for i in range(len(b))) or any(b == a[i:i + len(b)] for i in range(len(a)))
    # one the other's acronym ("USAF" and "United States Air Force"), as the scorer matches names (names.acronyms)
    return inside or a[-1] == b[-1] or len(b) == 1 and b[0] in names.acronyms(" ".join(a)) or (
        len(a) == 1 and a[0] in names.acronyms(" ".join(b)))


def _spans(row: dict[str, Any]) -> list[tuple[int, int]]:
    return [(row["start"], row["end"])] + [(s, e) for s, e in row.get("also") or []]


def _overlaps(item: dict[str, Any], spans: Sequence[tuple[int, int]]) -> bool:
    return any(ev.get("start") is not None and ev.get("end") is not None and ev["start"] < e and s < ev["end"]
               for ev in item.get("evidence") or [] if isinstance(ev, dict) for s, e in spans)


def denial_census(briefs: dict[str, dict[str, Any]], listed: Sequence[dict[str, Any]],
                  pool: dict[str, dict[str, Any]] | None = None) -> tuple[list[str], dict[str, int]]:
    """The report's lines and figures of ``briefs``' denials against the list. A listed denial is found when a
    predicted denial's evidence overlaps its sentence; ``optional`` ones count neither as misses nor as spurious."""
    pool = pool or {}
    fig = dict.fromkeys(("listed", "found", "denier_right", "optional", "predicted", "not_listed"), 0)
    misses: list[str] = []
    extra: list[str] = []
    rows = [r for r in listed if r["id"] in briefs and "error" not in briefs[r["id"]]]
    for aid, brief in sorted(briefs.items()):
        names = _refs(brief)[0]
        own = [r for r in rows if r["id"] == aid]
        for d in brief.get("denials") or []:
            fig["predicted"] += 1
            if not any(_overlaps(d, _spans(r)) for r in own):
                fig["not_listed"] += 1
                extra.append(f"  {aid}  {_name(names, d, 'denier') or 'nobody'}: {_short(d.get('content'))}\n"
                             f"      « {sentence((pool.get(aid) or {}).get('text'), d.get('evidence'))} »")
        for r in own:
            hits = [d for d in brief.get("denials") or [] if _overlaps(d, _spans(r))]
            right = any(same_denier(r["denier"], _name(names, d, "denier")) for d in hits)
            fig["optional" if r.get("optional") else "listed"] += 1
            if not r.get("optional"):
                fig["found"] += bool(hits)
                fig["denier_right"] += right
            if not right:
                said = ", ".join(_name(names, d, "denier") or "nobody" for d in hits) or "not found"
                misses.append(f"  {aid}  {r['denier']}{' (optional)' if r.get('optional') else ''} [{said}]\n"
                              f"      « {_short(r.get('sentence'), 200)} »")
    tp, fn, fp = fig["denier_right"], fig["listed"] - fig["denier_right"], fig["not_listed"]
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    head = [f"listed {fig['listed']} (+{fig['optional']} optional) in {len({r['id'] for r in rows})} articles; "
            f"found {fig['found']}, denier right {tp}; predicted {fig['predicted']}, not in the list {fp}; "
            f"F1 (denier right) {f1:.3f}"]
    return head + ["missed or denier wrong [predicted denier]:"] + misses + \
        ["predicted, not in the list (judge by hand):"] + extra, fig


# ---------------------------------------------------------------------------------------------- the command

def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m summarizer.evals.census", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("brief", help="brief every pool article (offline backend) into OUT.json")
    b.add_argument("output", metavar="OUT.json")
    b.add_argument("--pool", help=f"the pool folder (default: {DEFAULT_POOL} under the current directory)")
    b.add_argument("--source", help="only the pool files named SOURCE-*.jsonl (wikinews, isaf, oldnews, meantime, globalvoices)")
    b.add_argument("--no-progress", action="store_true", help="no progress lines on stderr")
    d = sub.add_parser("diff", help="the items added, removed and changed from BASE.json to NEW.json")
    d.add_argument("base", metavar="BASE.json")
    d.add_argument("new", metavar="NEW.json")
    d.add_argument("--pool", help="the pool, for evidence sentences (default: evals/pool when it is there)")
    d.add_argument("--field", action="append", choices=FIELDS, help="only this field (repeatable; default: all)")
    s = sub.add_parser("silver", help="ISAF briefs against the dataset's release-level annotation (silver, not gold)")
    s.add_argument("briefs", metavar="BRIEFS.json")
    s.add_argument("--base", metavar="BASE.json", help="also the base run's figures, and every release that changed")
    s.add_argument("--pool", help=f"the pool folder (default: {DEFAULT_POOL} under the current directory)")
    n = sub.add_parser("denials", help="briefs' denials against the hand-judged lists (silver, one labeller)")
    n.add_argument("briefs", metavar="BRIEFS.json")
    n.add_argument("--list", action="append",
                   help=f"a denial list (repeatable; default: {' and '.join(DENIAL_LISTS)} in the pool folder)")
    n.add_argument("--pool", help=f"the pool folder (default: {DEFAULT_POOL} under the current directory)")
    return ap


def _run(args: argparse.Namespace) -> None:
    if args.command == "brief":
        articles = load_pool(args.pool, args.source)
        out = Path(args.output)
        if not out.parent.is_dir():
            raise ConfigError("no such folder for the output", source=str(out.parent))
        briefs = brief_pool(articles, progress=not args.no_progress)
        try:
            out.write_text(json.dumps(briefs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        except OSError as e:
            raise InputError(f"cannot write the output: {e}", source=str(out)) from None
        print(f"census: {len(briefs)} briefs of {len(articles)} pool articles -> {out}", file=sys.stderr)
        return
    if args.command == "silver":
        from summarizer.evals import silver

        briefs = load_briefs(args.briefs)
        base = load_briefs(args.base) if args.base else None
        print("\n".join(silver.report(briefs, {a["id"]: a for a in load_pool(args.pool)}, base)))
        return
    if args.command == "denials":
        pool = {a["id"]: a for a in load_pool(args.pool)}
        listed = [r for path in args.list for r in load_denials(path)] if args.list else pool_denials(args.pool)
        print("\n".join(denial_census(load_briefs(args.briefs), listed, pool)[0]))
        return
    base, new = load_briefs(args.base), load_briefs(args.new)
    pool = {a["id"]: a for a in load_pool(args.pool)} if args.pool or DEFAULT_POOL.is_dir() else {}
    lines, _totals = diff(base, new, pool, tuple(args.field or FIELDS))
    print("\n".join(lines))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        _run(args)
    except SummarizerError as e:
        print(f"census: error: {e}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
