"""The ISAF silver check: pool briefs against the dataset's own annotation, release by release.

    python -m summarizer.evals.census silver BRIEFS.json [--base BASE.json] [--pool evals/pool]

Every ISAF pool release carries the press-release dataset's human annotation: **one event record per
release** (start_date, event_type, province, min_killed, airstrike, ...). It is a silver check of
recall and slots, **not gold**: a release's brief may rightly hold several incidents, and
``evals/LABELLING.md`` defines what is right where the two part ("several insurgents" killed is null
in gold, where the annotation may count it). Each measure asks one question of the brief's incidents,
and only of the releases whose annotation calls for it:

==========  =======================================  ==================================================
measure     asked of the releases whose annotation   hit when some incident of the brief
==========  =======================================  ==================================================
arrest      has detention in its event_type          is an arrest
strike      has airstrike true                       is a strike
killed>=    has min_killed > 0                       has killed >= min_killed
killed>0    has min_killed > 0                       has killed > 0
date        (every release)                          is dated start_date (the same ISO string)
date|pub    the same, whose brief has a published    is dated start_date (most ISAF datelines give
            date                                     no year, so an undated brief is no rule's miss)
province    names a province                         has the (first) province in its location
==========  =======================================  ==================================================

The false alarms, hints of over-production to judge by hand (a release may report more than its one
record): ``arrest-x`` an arrest where event_type has no detention, ``strike-x`` a strike where airstrike
is false, ``killed-x`` some killed > 0 where min_killed is 0. Then the incidents per release and the
releases with no incident. Given a base run, every release whose measures or incidents changed is
listed with its annotation, the measures that flipped and both incident lists, to judge by hand.

Pure: reads briefs and the pool's annotations, runs nothing. Briefs of articles without an
annotation (Wikinews) are left out; a brief the pipeline refused counts as one with no incident.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from summarizer.errors import InputError

MEASURES = ("arrest", "strike", "killed>=", "killed>0", "date", "date|pub", "province")
FALSE_ALARMS = ("arrest-x", "strike-x", "killed-x")
_KEYS = {"start_date": str, "event_type": list, "province": list, "min_killed": int, "airstrike": bool}


@dataclass
class Silver:
    """The figures of one run: per measure the releases asked and hit, per release its measures."""

    asked: Counter[str] = field(default_factory=Counter)
    hits: Counter[str] = field(default_factory=Counter)
    by_count: Counter[int] = field(default_factory=Counter)  # releases by their number of incidents
    errors: int = 0
    releases: dict[str, dict[str, bool]] = field(default_factory=dict)

    @property
    def incidents(self) -> int:
        return sum(n * releases for n, releases in self.by_count.items())

    def figure(self, measure: str) -> str:
        return f"{self.hits[measure]}/{self.asked[measure]}"


def _valid(value: Any, kind: type) -> bool:
    return isinstance(value, kind) and not (kind is int and isinstance(value, bool))


def annotated(pool: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """``{release id: annotation}`` of the pool articles that have one; an annotation missing a key
    the measures read (or with one of the wrong type) is an error naming the release."""
    out: dict[str, dict[str, Any]] = {}
    for aid, article in pool.items():
        note = article.get("annotation")
        if note is None:
            continue
        bad = [k for k, kind in _KEYS.items() if not (isinstance(note, dict) and _valid(note.get(k), kind))]
        if bad:
            raise InputError(f"pool release {aid}: the annotation lacks a valid {', '.join(bad)}")
        out[aid] = note
    return out


def _count(value: Any) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def measures(note: Mapping[str, Any], brief: Mapping[str, Any]) -> dict[str, bool]:
    """The measures (and false alarms) one release is asked, each hit (True) or missed (False)."""
    incidents = brief.get("incidents") or []
    types = {i.get("type") for i in incidents}
    killed = [k for k in (_count(i.get("killed")) for i in incidents) if k is not None]
    dates = {(i.get("date") or {}).get("iso") for i in incidents}
    places = " | ".join(i.get("location") or "" for i in incidents).lower()
    out: dict[str, bool] = {}
    detention = any("detention" in e for e in note["event_type"])  # also "insurgentskilled;detention"
    out["arrest" if detention else "arrest-x"] = "arrest" in types
    out["strike" if note["airstrike"] else "strike-x"] = "strike" in types
    if note["min_killed"] > 0:
        out["killed>="] = any(k >= note["min_killed"] for k in killed)
        out["killed>0"] = any(k > 0 for k in killed)
    else:
        out["killed-x"] = any(k > 0 for k in killed)
    out["date"] = note["start_date"] in dates
    if (brief.get("article") or {}).get("published"):
        out["date|pub"] = out["date"]
    province = (note["province"] or [""])[0]
    if isinstance(province, str) and province:
        out["province"] = province.lower() in places
    return out


def score(briefs: Mapping[str, Mapping[str, Any]], notes: Mapping[str, Mapping[str, Any]]) -> Silver:
    """The figures of the briefs that have an annotation."""
    silver = Silver()
    for aid in sorted(set(briefs) & set(notes)):
        brief = briefs[aid]
        silver.errors += "error" in brief
        silver.releases[aid] = got = measures(notes[aid], brief)
        for name, hit in got.items():
            silver.asked[name] += 1
            silver.hits[name] += hit
        silver.by_count[len(brief.get("incidents") or [])] += 1
    return silver


def incidents_line(brief: Mapping[str, Any]) -> str:
    """The brief's incidents as ``type[date|location|k=killed]; ...`` (its error when it was refused)."""
    if "error" in brief:
        return f"error: {brief['error']}"
    return "; ".join(f"{i.get('type')}[{(i.get('date') or {}).get('iso')}|{i.get('location')}|k={i.get('killed')}]"
                     for i in brief.get("incidents") or []) or "no incident"


def _note_line(aid: str, note: Mapping[str, Any]) -> str:
    return (f"{aid}  [annotation: {','.join(note['event_type'])}, province {','.join(note['province'])}, "
            f"date {note['start_date']}, min_killed {note['min_killed']}, airstrike {str(note['airstrike']).lower()}]")


def changed(base: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]],
            notes: Mapping[str, Mapping[str, Any]], before: Silver, after: Silver) -> list[str]:
    """Per release scored in both runs whose measures or incidents changed: its annotation, the
    measures that flipped (``name:0->1``), the base (-) and new (+) incidents."""
    lines: list[str] = []
    for aid in sorted(set(before.releases) & set(after.releases)):
        old, now = incidents_line(base[aid]), incidents_line(new[aid])
        was, got = before.releases[aid], after.releases[aid]
        if old == now and was == got:
            continue
        flips = [f"{k}:{int(was.get(k, False))}->{int(v)}" for k, v in got.items() if was.get(k) != v]
        lines += [_note_line(aid, notes[aid]) + (f"  {' '.join(flips)}" if flips else ""), f"  - {old}", f"  + {now}"]
    return lines


def report(briefs: Mapping[str, Mapping[str, Any]], pool: Mapping[str, Mapping[str, Any]],
           base: Mapping[str, Mapping[str, Any]] | None = None) -> list[str]:
    """The silver check's lines: the figures (beside the base's, on the releases both runs brief), the
    incidents per release, then with a base each changed release and their count."""
    notes = annotated(pool)
    if not set(briefs) & set(notes):
        raise InputError("no brief of an annotated (ISAF) pool release: brief them with `census brief --source isaf`")
    after = score(briefs, notes)
    runs = [("incidents", after)]
    if base is not None:
        before = score({a: b for a, b in base.items() if a in briefs}, notes)
        runs.append(("base", before))
    lines = [f"silver check of {len(after.releases)} ISAF releases against the dataset's release-level annotation "
             f"(not gold; evals/LABELLING.md defines right)" + (f", {after.errors} refused" if after.errors else "")]
    lines.append(f"  {'measure':9} " + "  ".join(f"{'hits/asked' if run is after else 'base':>11}" for _, run in runs))
    for name in MEASURES + FALSE_ALARMS:
        lines.append(f"  {name:9} " + "  ".join(f"{run.figure(name):>11}" for _, run in runs))
    for label, run in runs:
        counts = ", ".join(f"{n}: {r}" for n, r in sorted(run.by_count.items()))
        lines.append(f"  {label:9} {run.incidents} in all; releases by their number of incidents {counts}; "
                     f"{run.by_count[0]} with no incident")
    if base is None:
        return lines
    listing = changed(base, briefs, notes, before, after)
    return lines + [""] + listing + ([""] if listing else []) + [
        f"{sum(1 for line in listing if not line.startswith(' '))} of {len(before.releases)} releases changed"]
