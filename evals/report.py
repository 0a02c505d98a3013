"""The eval report: a JSON document (schema in ``evals/README.md``), a terminal table, a diff
against a baseline report, and the ``--fail-under`` gate.

    report = build_report(corpus, run={...})
    add_baseline(report, json.loads(Path("evals/baseline.json").read_text()))
    failures = gate(report, parse_floors("actors=0.8,claims=0.6"))
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from summarizer.evals.scorer import FIELDS, SLOTS, CorpusScore, bootstrap_delta_ci

from summarizer.errors import ConfigError, SummarizerError

REPORT_FORMAT = "summarizer-eval-report/1"
# gate keys beyond the four fields: the secondary figures
GATE_KEYS = {f: (f, None) for f in FIELDS} | {
    "claimant": ("claims", "claimant"), "claims.claimant": ("claims", "claimant"),
    "actors.strict": ("actors", "strict"), "denials.content": ("denials", "content"),
}

__all__ = ["GateError", "REPORT_FORMAT", "add_baseline", "build_report", "gate", "parse_floors", "render_table",
           "write_html"]


class GateError(SummarizerError):
    """A micro-F1 fell under its ``--fail-under`` floor."""

    exit_code = 8


def _r(x: float | None, digits: int = 4) -> float | None:
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(x, digits)


def _entry(corpus: CorpusScore, key: str) -> dict:
    """Micro P/R/F1 and counts over the fixtures that label ``key``'s field, with ``fixtures_scored``
    saying how many; P/R/F1 are null when no fixture labels it."""
    lo, hi = corpus.ci95(key)
    scored = len(corpus.scored(key))
    entry = {**corpus.micro(key).as_dict(), "ci95": [_r(lo), _r(hi)], "macro_f1": _r(corpus.macro_f1(key)),
             "fixtures_scored": scored}
    if not scored:
        entry.update(precision=None, recall=None, f1=None)
    return entry


def _row_counts(f, key: str) -> dict | None:
    return f.counts[key].as_dict() if f.scores(key) else None


def build_report(corpus: CorpusScore, *, run: Mapping | None = None) -> dict:
    """The JSON report of a scored corpus; ``run`` is merged into the run metadata."""
    fields: dict[str, dict] = {}
    for name in FIELDS:
        fields[name] = _entry(corpus, name)
    fields["actors"]["strict"] = _entry(corpus, "actors.strict")
    fields["claims"]["claimant"] = _entry(corpus, "claims.claimant")
    fields["denials"]["content"] = _entry(corpus, "denials.content")
    link = corpus.link()
    fields["denials"]["link_accuracy"] = _r(link.value)
    fields["denials"]["link_correct"] = link.correct
    fields["denials"]["link_total"] = link.total
    grounding = corpus.grounding()
    rows = []
    for f in corpus.fixtures:
        row = {
            "id": f.id,
            "error": f.error,
            "labelled": list(f.labelled),
            # a field the fixture does not label: null (not scored), here and in its sub-scores
            "fields": {name: _row_counts(f, name) for name in FIELDS},
            "claimant": _row_counts(f, "claims.claimant"),
            "actors_strict": _row_counts(f, "actors.strict"),
            "denials_content": _row_counts(f, "denials.content"),
            "link": {"correct": f.link.correct, "total": f.link.total},
            "incident_slots": {s: {"correct": r.correct, "total": r.total} for s, r in f.slots.items()},
            "incident_misses": f.incident_misses if f.scores("incidents") else None,
            "grounding_rate": _r(f.grounding.value),
            "missed": f.missed,
            "spurious": f.spurious,
        }
        rows.append(row)
    config = corpus.config
    meta = {
        "backend": None, "model": None, "prompt_version": None,
        "date": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "fixtures_dir": None, "predictions_dir": None,
        "fixtures": len(corpus.fixtures), "failed": len(corpus.failed),
        "bootstrap": {"resamples": config.resamples, "seed": config.seed, "interval": "percentile 95%"},
        "thresholds": {"actor": config.actor_threshold, "incident": config.incident_threshold,
                       "text": config.text_threshold, "slot_text": config.slot_text_threshold},
        "judge": config.judge is not None,
    }
    meta.update(run or {})
    return {
        "format": REPORT_FORMAT,
        "run": meta,
        "fields": fields,
        "incident_slots": {s: r.as_dict() for s, r in corpus.slots().items()},
        "incident_misses": corpus.incident_misses(),
        "grounding_rate": _r(grounding.value),
        "grounding": {"grounded": grounding.correct, "total": grounding.total},
        "fixtures": rows,
    }


def _counts(row: Mapping, key: str) -> tuple[int, int, int] | None:
    """A row's counts for ``key``; None when the fixture does not label that field (null in the row)."""
    c = row["fields"][key] if key in FIELDS else row[{"claims.claimant": "claimant"}.get(key, key)]
    return None if c is None else (c["tp"], c["fp"], c["fn"])


def add_baseline(report: dict, baseline: Mapping, *, source: str | None = None, resamples: int = 10_000,
                 seed: int = 0) -> dict:
    """Add ``report["baseline"]``: per field the baseline F1, Δ F1 and a paired bootstrap 95%
    interval of Δ over the fixtures both reports scored."""
    try:
        base_rows = {r["id"]: r for r in baseline["fixtures"]}
        base_fields = baseline["fields"]
    except (KeyError, TypeError):
        raise ConfigError("the baseline is not an eval report (no 'fields'/'fixtures')", source=source) from None
    rows = [r for r in report["fixtures"] if r["id"] in base_rows]
    diff = {}
    for name in FIELDS:
        if name not in base_fields:
            continue
        # paired over the fixtures both reports scored this field in
        both = [(c, b) for r in rows
                if (c := _counts(r, name)) is not None and (b := _counts(base_rows[r["id"]], name)) is not None]
        current, previous = [c for c, _ in both], [b for _, b in both]
        lo, hi = bootstrap_delta_ci(current, previous, resamples=resamples, seed=seed)
        f1, base_f1 = report["fields"][name]["f1"], base_fields[name]["f1"]
        diff[name] = {
            "f1": f1,
            "baseline_f1": base_f1,
            "baseline_ci95": base_fields[name].get("ci95"),
            "delta": None if f1 is None or base_f1 is None else _r(f1 - base_f1),
            "delta_ci95": [_r(lo), _r(hi)],
        }
    report["baseline"] = {
        "file": source,
        "run": baseline.get("run", {}),
        "paired_fixtures": len(rows),
        "only_current": sorted({r["id"] for r in report["fixtures"]} - set(base_rows)),
        "only_baseline": sorted(set(base_rows) - {r["id"] for r in report["fixtures"]}),
        "fields": diff,
    }
    return report


def parse_floors(spec: str | None) -> dict[str, float]:
    """``"actors=0.8,claims=0.6"`` -> {"actors": 0.8, "claims": 0.6}."""
    floors: dict[str, float] = {}
    for part in (spec or "").split(","):
        part = part.strip()
        if not part:
            continue
        name, sep, value = part.partition("=")
        name = name.strip()
        if not sep or name not in GATE_KEYS:
            raise ConfigError(f"--fail-under: {part!r} is not FIELD=X with FIELD one of {', '.join(GATE_KEYS)}")
        try:
            floor = float(value)
        except ValueError:
            raise ConfigError(f"--fail-under: {value.strip()!r} is not a number") from None
        if not 0 <= floor <= 1:
            raise ConfigError(f"--fail-under: {name} floor {floor} is not between 0 and 1")
        floors[name] = floor
    return floors


def gate(report: dict, floors: Mapping[str, float]) -> list[str]:
    """Record the gate in the report; return one message per micro-F1 under its floor."""
    failures = []
    for name, floor in floors.items():
        field, sub = GATE_KEYS[name]
        entry = report["fields"][field] if sub is None else report["fields"][field][sub]
        if entry["f1"] is None:
            failures.append(f"{name} not scored: no fixture labels {field}")
        elif entry["f1"] < floor:
            failures.append(f"{name} F1 {entry['f1']:.3f} < {floor:.3f}")
    report["gate"] = {"floors": dict(floors), "passed": not failures, "failures": failures}
    return failures


# -- the terminal table ------------------------------------------------------------------------


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _ci(ci) -> str:
    if not ci or ci[0] is None:
        return "-"
    return f"[{ci[0]:.2f}, {ci[1]:.2f}]"


def render_table(report: dict, console=None) -> None:
    """Print the report as tables (rich) to ``console`` (default: stdout)."""
    from rich.console import Console
    from rich.table import Table

    from summarizer.render.report import misses_line

    console = console or Console()
    run = report["run"]
    title = f"eval: {run.get('backend') or '?'}" + (f" / {run['model']}" if run.get("model") else "")
    table = Table(title=title, title_justify="left")
    for col in ("field", "P", "R", "F1", "95% CI", "TP", "FP", "FN"):
        table.add_column(col, justify="left" if col in ("field", "95% CI") else "right")
    baseline = report.get("baseline", {}).get("fields", {})
    if baseline:
        table.add_column("ΔF1", justify="right")
        table.add_column("Δ 95% CI")

    total = run.get("fixtures") or len(report["fixtures"])

    def add(label, entry, name=None):
        scored = entry.get("fixtures_scored", total)
        if not scored:  # no fixture labels this field
            cells = [label, "n/a", "n/a", "n/a", "-", "-", "-", "-"]
        else:
            if name and scored < total:
                label += f" ({scored} of {total} fixtures)"
            cells = [label, _fmt(entry["precision"]), _fmt(entry["recall"]), _fmt(entry["f1"]), _ci(entry.get("ci95")),
                     str(entry["tp"]), str(entry["fp"]), str(entry["fn"])]
        if baseline:
            b = baseline.get(name) if name else None
            cells += [f"{b['delta']:+.3f}" if b and b["delta"] is not None else "", _ci(b["delta_ci95"]) if b else ""]
        table.add_row(*cells)

    fields = report["fields"]
    for name in FIELDS:
        add(name, fields[name], name)
        if name == "actors":
            add("  strict alias", fields[name]["strict"])
        if name == "claims":
            add("  claimant", fields[name]["claimant"])
        if name == "denials":
            add("  content only", fields[name]["content"])
    console.print(table)

    extra = Table(show_header=True, title_justify="left")
    extra.add_column("incident slot")
    extra.add_column("accuracy", justify="right")
    extra.add_column("correct/total", justify="right")
    for s in SLOTS:
        r = report["incident_slots"][s]
        extra.add_row(s, _fmt(r["accuracy"]), f"{r['correct']}/{r['total']}")
    link = fields["denials"]
    extra.add_row("denial responds_to link", _fmt(link["link_accuracy"]), f"{link['link_correct']}/{link['link_total']}")
    g = report["grounding"]
    extra.add_row("grounded evidence", _fmt(report["grounding_rate"]), f"{g['grounded']}/{g['total']}")
    console.print(extra)
    if line := misses_line(report.get("incident_misses")):
        console.print(line)

    per = Table(title="per fixture (F1)", title_justify="left")
    per.add_column("fixture")
    for name in FIELDS:
        per.add_column(name, justify="right")
    per.add_column("error")
    def mean_f1(row) -> float:  # over the fields the fixture labels ("-" for the others)
        scored = [c["f1"] for n in FIELDS if (c := row["fields"][n]) is not None]
        return sum(scored) / len(scored) if scored else 0.0

    for row in sorted(report["fixtures"], key=lambda r: (r["error"] is None, mean_f1(r))):
        per.add_row(row["id"], *("-" if row["fields"][n] is None else _fmt(row["fields"][n]["f1"]) for n in FIELDS),
                    row["error"] or "")
    console.print(per)
    failed = run.get("failed") or 0
    note = f"{run.get('fixtures')} fixtures" + (f", {failed} failed (scored as empty predictions)" if failed else "")
    if run.get("requests"):
        note += f"; {run['requests']} model request(s), {run.get('retries') or 0} re-ask(s)"
    console.print(note)
    gate_info = report.get("gate")
    if gate_info:
        console.print("gate: " + ("passed" if gate_info["passed"] else "FAILED: " + "; ".join(gate_info["failures"])))


# -- the HTML page --------------------------------------------------------------------------------


def _gold_lists(fixture) -> dict[str, list[str]]:
    """Each gold item as one line, per field, for the report's "beside the gold items" columns."""
    g = fixture.gold

    def opt(item, text):
        return text + (" (optional)" if item.optional else "")

    return {
        "actors": [opt(a, f"{a.name} ({a.kind.value})" + (f" — also {', '.join(a.aliases)}" if a.aliases else ""))
                   for a in g.actors],
        "incidents": [opt(i, f"{i.type.value} {i.date or 'undated'}: {i.summary}") for i in g.incidents],
        "claims": [opt(c, f"{c.claimant or '?'}: {c.content}") for c in g.claims],
        "denials": [opt(d, f"{d.denier or '?'}: {d.content}" + (f" — answers: {d.responds_to}" if d.responds_to else ""))
                    for d in g.denials],
    }


def write_html(report: dict, path: str, *, fixtures=(), briefs: Mapping | None = None) -> list[str]:
    """Write the report page to ``path`` and, beside it in ``<name>_files/``, one evidence view per
    fixture that has a brief (``briefs``: fixture id -> Brief); return the files written."""
    from pathlib import Path

    from summarizer.output import write_text
    from summarizer.render import html_page
    from summarizer.render.report import report_html

    page = Path(path)
    folder = page.with_name(page.stem + "_files")
    texts = {f.id: f.text for f in fixtures}
    links, written = {}, []
    for fid, brief in (briefs or {}).items():
        if brief is None:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{fid}.html"
        write_text(html_page([(brief, texts.get(fid))], title=f"{fid}: brief of {report['run'].get('backend') or '?'}"),
                   str(target))
        links[fid] = f"{folder.name}/{target.name}"
        written.append(str(target))
    write_text(report_html(report, gold={f.id: _gold_lists(f) for f in fixtures}, links=links), str(page))
    return [str(page), *written]
