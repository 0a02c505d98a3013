"""A format-1 fixture draft from a brief: the start of a labelling (``summarizer label``).

Every item of the brief is written for a person to correct: actors, incidents, claims and denials
with the fields of ``shared/spec/fixture-format.md``; claim and denial evidence copied verbatim from
the article (runs of whitespace made one space, which the format allows); the evidence of actors and
incidents, and every flag the pipeline raised, as comments; provenance fields left to fill. A
claimant, denier or perpetrator the brief names but does not list as an actor is added to the
actors (so the draft passes ``summarizer fixtures check`` as it is), with a comment saying so.

    text = draft_yaml(brief, fixture_id="seed-iraq-rockets-2019")
"""

from __future__ import annotations

import datetime as dt
import json
import re

import yaml
from summarizer.schemas.brief import Brief, GroundingStatus

__all__ = ["draft_yaml", "fixture_id"]

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def fixture_id(name: str | None, fallback: str = "article") -> str:
    """An ``[a-z0-9-]`` id from an article id: a file's stem (its folder's name for ``article.txt``)."""
    name = (name or "").replace("\\", "/")
    parts = [p for p in re.split(r"[/]", name) if p]
    stem = parts[-1] if parts else ""
    stem = re.sub(r"\.(txt|html?|json|jsonl|md)$", "", stem, flags=re.IGNORECASE)
    if stem.lower() in ("article", "text", "index") and len(parts) > 1:
        stem = parts[-2]
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return slug or fallback


def _scalar(value) -> str:
    """``value`` as one line of YAML (plain when safe, else a JSON string, which YAML reads)."""
    if value is None:
        return "null"
    if isinstance(value, str):
        value = " ".join(value.split())
        if _ISO.match(value):
            return value
    out = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1_000_000)
    out = out.removesuffix("\n").removesuffix("\n...").removesuffix("...").rstrip("\n")
    if "\n" in out:
        return json.dumps(value, ensure_ascii=False)
    return out


def _comment(text: str) -> str:
    return " ".join(str(text).split())


def _evidence(item) -> tuple[str | None, list[str]]:
    """The first grounded evidence's text, and comments about the others and the flags."""
    notes = [f"FLAGGED: {_comment(issue)}" for issue in item.issues]
    chosen = None
    seen: set[str] = set()
    for e in item.evidence:
        if e.status == GroundingStatus.not_found:
            notes.append(f"evidence NOT FOUND in the text (fix or delete): {_comment(e.quote or e.text)}")
        elif chosen is None:
            chosen = e.text
            if e.status == GroundingStatus.fuzzy:
                notes.append(f"fuzzy evidence (score {e.score:.2f}); the model quoted: {_comment(e.quote or '')}")
        elif _comment(e.text) not in seen:
            notes.append(f"also evidence: {_comment(e.text)}")
        seen.add(_comment(e.text))
    return chosen, notes


def _lines_of(fields: list[tuple[str, object]], notes: list[str]) -> list[str]:
    out = []
    for n, (key, value) in enumerate(fields):
        lead = "    - " if n == 0 else "      "
        out.append(f"{lead}{key}: {_scalar(value)}")
    out += [f"      # {note}" for note in notes]
    return out


def _section(name: str, items: list[list[str]]) -> list[str]:
    if not items:
        return [f"  {name}: []"]
    return [f"  {name}:"] + [line for item in items for line in item]


def _header(brief: Brief) -> list[str]:
    run = brief.run
    made = "unknown backend"
    if run:
        made = f"{run.backend} backend" + (f", model {run.model}" if run.model else "") + f", prompt {run.prompt_version}"
    return [
        f"# Draft made by `summarizer label` from a brief ({made}) on {dt.date.today().isoformat()}.",
        "# Every item below is the model's: correct, delete and add items following evals/LABELLING.md,",
        "# mark borderline items `optional: true`, fill the provenance fields, then run",
        "# `summarizer fixtures check DIR`. Evidence is copied from article.txt (whitespace runs made one space).",
    ]


def draft_yaml(brief: Brief, *, fixture_id: str, text_file: str = "article.txt") -> str:
    """The gold.yaml draft of ``brief`` (its article saved as ``text_file`` beside it)."""
    a = brief.article
    lines = _header(brief) + [
        "format: 1",
        f"id: {fixture_id}",
        f"source: {_scalar(a.source)}",
        f"published: {a.published.isoformat() if a.published else 'null'}",
        f"text_file: {text_file}",
        "provenance: null   # TO FILL: where the text comes from (dataset, URL, commit) and its licence",
        "license: null      # TO FILL: short licence name, e.g. CC-BY-SA-4.0, public-domain",
        "annotator: null    # TO FILL: who corrected this draft",
        "split: null        # TO FILL: dev or test (evals/README.md says how the splits are kept)",
        "gold:",
    ]
    actor_names = {n.casefold() for x in brief.actors for n in (x.name, *x.aliases)}
    actors = []
    for x in brief.actors:
        ev, notes = _evidence(x)
        notes = ([f"evidence: {_comment(ev)}"] if ev else []) + notes + ([f"role: {_comment(x.role)}"] if x.role else [])
        actors.append(_lines_of([("name", x.name), ("aliases", list(x.aliases)), ("kind", x.kind.value),
                                 ("optional", False)], notes))
    missing: list[str] = []

    def named(name: str | None) -> str | None:
        if name and name.casefold() not in actor_names:
            actor_names.add(name.casefold())
            missing.append(name)
        return name

    incidents = []
    for i in brief.incidents:
        ev, notes = _evidence(i)
        date = i.date.iso if i.date and i.date.iso else None
        if i.date and i.date.text:
            notes.insert(0, f"date from the words: {_comment(i.date.text)}")
        incidents.append(_lines_of([
            ("type", i.type.value), ("summary", i.description), ("date", date), ("location", i.location),
            ("weapon", i.weapon), ("perpetrator", named(i.perpetrator_name)),
            ("alleged_perpetrator", named(i.alleged_perpetrator_name)), ("killed", i.killed), ("injured", i.injured),
            ("optional", False)], ([f"evidence: {_comment(ev)}"] if ev else []) + notes))
    claims = []
    content_of = {c.id: c.content for c in brief.claims}
    for c in brief.claims:
        ev, notes = _evidence(c)
        claims.append(_lines_of([("claimant", named(c.claimant_name)), ("content", c.content), ("evidence", ev),
                                 ("optional", False)], notes + (["hedged in the text"] if c.hedged else [])))
    denials = []
    for d in brief.denials:
        ev, notes = _evidence(d)
        target = content_of.get(d.responds_to) if d.responds_to else None
        if d.responds_to and target is None:
            notes.append(f"the brief linked it to {d.responds_to}, which is not one of its claims")
        denials.append(_lines_of([("denier", named(d.denier_name)), ("content", d.content), ("responds_to", target),
                                  ("evidence", ev), ("optional", False)], notes))
    for name in missing:
        actors.append(_lines_of([("name", name), ("aliases", []), ("kind", "other"), ("optional", False)],
                                ["added by `summarizer label`: the brief names it as a source or perpetrator but did "
                                 "not list it as an actor; fix its kind or merge it into another actor"]))
    lines += _section("actors", actors) + _section("incidents", incidents)
    lines += _section("claims", claims) + _section("denials", denials)
    return "\n".join(lines) + "\n"
