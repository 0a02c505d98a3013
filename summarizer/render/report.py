"""The eval report as one self-contained HTML page (``summarizer eval --html``).

It reads the JSON report (``evals/README.md``) and nothing else: charts are inline SVG computed
here, the per-fixture table sorts with the page's own script (and reads fine without it), and the
same Content-Security-Policy as the evidence view forbids any load from elsewhere.

    page = report_html(report, gold={"seed": {"claims": [...]}}, links={"seed": "report_files/seed.html"})
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from summarizer.render.html import render_page

FIELDS = ("actors", "incidents", "claims", "denials")
SERIES = (("precision", "P", "#7aa7f0"), ("recall", "R", "#f0a050"), ("f1", "F1", "#3a8f3a"))
# chart geometry (SVG user units)
LABEL_W, PLOT_W, BAR_H, GAP = 170, 420, 11, 14

MISS_CAUSES = ("not_found", "wrong_type", "slots")  # incident_misses keys besides slot names (summarizer.evals.scorer.MISS_CAUSES)

__all__ = ["misses_line", "report_html"]


def misses_line(misses: Mapping[str, int] | None) -> str | None:
    """The missed gold incidents by cause, one line: "missed incidents: 12 = 8 not found, 1 of another type,
    3 told with slots that disagree (date 2, killed 1)"; None when no incident was missed or none is labelled. ``misses``: a report's ``incident_misses``."""
    if not misses or not (total := sum(misses.get(c, 0) for c in MISS_CAUSES)):
        return None
    slots = ", ".join(f"{s.replace('_', ' ')} {n}" for s, n in misses.items() if s not in MISS_CAUSES and n)
    return (f"missed incidents: {total} = {misses['not_found']} not found, {misses['wrong_type']} of another type, "
            f"{misses['slots']} told with slots that disagree" + (f" ({slots})" if slots else ""))


def _rows(report: Mapping, *, counted: bool = False) -> list[tuple[str, Mapping]]:
    """(label, entry) per field and its claimant row; ``counted``: a field scored over fewer fixtures than
    the report's (``labelled:``) says over how many, as the text table does ("claims (1 of 4 fixtures)")."""
    fields = report["fields"]
    total = report.get("run", {}).get("fixtures") or len(report.get("fixtures", []))
    rows = []
    for name in FIELDS:
        scored = fields[name].get("fixtures_scored", total)
        rows.append((f"{name} ({scored} of {total} fixtures)" if counted and scored < total else name, fields[name]))
        if name == "claims" and "claimant" in fields[name]:
            rows.append(("claims, claimant also right", fields[name]["claimant"]))
    return rows


def _x(value: float | None) -> float:
    return LABEL_W + PLOT_W * max(0.0, min(1.0, value or 0.0))


def _field_chart(report: Mapping) -> dict:
    """P, R and F1 bars per field, the F1's 95% interval as a whisker."""
    groups, y = [], 8
    for label, entry in _rows(report):
        bars: list[dict[str, Any]] = []
        for key, short, colour in SERIES:
            value = entry.get(key)
            bars.append({"y": y, "w": _x(value) - LABEL_W, "colour": colour, "text": f"{short} {value:.3f}" if value is not None else f"{short} -",
                         "tx": _x(value) + 4})
            y += BAR_H + 2
        ci = entry.get("ci95") or [None, None]
        whisker = None
        if ci[0] is not None:
            whisker = {"x1": _x(ci[0]), "x2": _x(ci[1]), "y": y - BAR_H / 2 - 2, "text": f"95% CI {ci[0]:.2f}–{ci[1]:.2f}"}
            bars[-1]["tx"] = max(bars[-1]["tx"], _x(ci[1]) + 4)  # the F1 label clear of its whisker
        groups.append({"label": label, "ly": y - 2 * BAR_H, "bars": bars, "whisker": whisker})
        y += GAP
    return {"groups": groups, "height": y + 20, "width": LABEL_W + PLOT_W + 130, "ticks": _ticks(y)}


def _ticks(bottom: float) -> list[dict]:
    return [{"x": _x(t / 4), "label": f"{t / 4:.2f}", "y": bottom + 14, "y2": bottom} for t in range(5)]


def _slot_chart(report: Mapping) -> dict:
    bars, y = [], 8
    for slot, r in report["incident_slots"].items():
        acc = r.get("accuracy")
        bars.append({"label": slot.replace("_", " "), "y": y, "w": _x(acc) - LABEL_W, "tx": _x(acc) + 4,
                     "text": f"{acc:.2f} ({r['correct']}/{r['total']})" if acc is not None else f"- ({r['correct']}/{r['total']})"})
        y += BAR_H + 6
    return {"bars": bars, "height": y + 20, "width": LABEL_W + PLOT_W + 130, "ticks": _ticks(y)}


def _delta_chart(baseline: Mapping) -> dict | None:
    """Δ F1 per field around zero, with its paired 95% interval; the axis spans ±0.5 (clipped)."""
    fields = baseline.get("fields") or {}
    if not fields:
        return None
    mid, half = LABEL_W + PLOT_W / 2, PLOT_W / 2

    def x(d):
        return mid + half * max(-1.0, min(1.0, (d or 0.0) / 0.5))

    rows, y = [], 8
    for name, d in fields.items():
        delta = d.get("delta") or 0.0
        lo, hi = (d.get("delta_ci95") or [None, None])[:2]
        rows.append({"label": name, "y": y, "x": min(x(delta), mid), "w": abs(x(delta) - mid),
                     "colour": "#3a8f3a" if delta >= 0 else "#b00020",
                     "ci": None if lo is None else {"x1": x(lo), "x2": x(hi), "y": y + BAR_H / 2},
                     "text": f"{delta:+.3f}" + ("" if lo is None else f" [{lo:+.2f}, {hi:+.2f}]"),
                     "tx": max(x(delta), x(hi) if hi is not None else mid) + 4})
        y += BAR_H + 10
    ticks = [{"x": x(t), "label": f"{t:+.2f}", "y": y + 14, "y2": y} for t in (-0.5, -0.25, 0, 0.25, 0.5)]
    return {"rows": rows, "height": y + 20, "width": LABEL_W + PLOT_W + 150, "mid": mid, "ticks": ticks}


def _fixture_rows(report: Mapping, links: Mapping[str, str], gold: Mapping[str, Mapping[str, list[str]]]) -> list[dict]:
    rows = []
    for r in report["fixtures"]:
        missed, spurious, mine = r.get("missed") or {}, r.get("spurious") or {}, gold.get(r["id"], {})
        details = [(n, mine.get(n, []), missed.get(n, []), spurious.get(n, [])) for n in FIELDS]
        rows.append({
            "id": r["id"], "error": r.get("error"), "link": links.get(r["id"]),
            # a field the fixture does not label is null in the report: shown as "-"
            "f1": {n: (r["fields"][n] or {}).get("f1") for n in FIELDS},
            "counts": {n: r["fields"][n] or {"tp": "-", "fp": "-", "fn": "-"} for n in FIELDS},
            "grounding": r.get("grounding_rate"), "open": bool(missed or spurious),
            "details": [d for d in details if any(d[1:])],
        })
    return rows


def report_html(report: Mapping, *, gold: Mapping[str, Mapping[str, list[str]]] | None = None,
                links: Mapping[str, str] | None = None, title: str | None = None) -> str:
    """The page for a JSON eval ``report``; ``gold`` lists each fixture's gold items per field (shown
    beside its misses and false positives), ``links`` each fixture's brief view (a relative URL)."""
    run = report.get("run", {})
    if title is None:
        title = f"Eval report: {run.get('backend') or '?'}" + (f" / {run['model']}" if run.get("model") else "")
    return render_page(
        "report.html.j2", title=title, report=report, run=run, fields=_rows(report, counted=True), field_chart=_field_chart(report),
        slot_chart=_slot_chart(report), misses=misses_line(report.get("incident_misses")), delta_chart=_delta_chart(report.get("baseline") or {}),
        rows=_fixture_rows(report, links or {}, gold or {}), names=FIELDS,
    )
