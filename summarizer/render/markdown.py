"""Readable Markdown for a brief."""

from __future__ import annotations

from summarizer.schemas.brief import Brief


def _ev(item) -> str:
    spans = [f"[{e.start}:{e.end}]" if e.start is not None else "[not found]" for e in item.evidence]
    quote = " ".join(item.evidence[0].text.split()) if item.evidence else ""
    flag = f" ⚠ {'; '.join(item.issues)}" if item.issues else ""
    return f"\n  > “{quote}” {' '.join(spans)}{flag}" if quote else flag


def markdown(brief: Brief) -> str:
    a = brief.article
    title = a.title or a.id or "Article"
    lines = [f"# Brief: {title}", ""]
    meta = [f"source: {a.source}" if a.source else None, f"published: {a.published}" if a.published else None,
            f"dateline: {a.dateline}" if a.dateline else None]
    if any(meta):
        lines += [" · ".join(m for m in meta if m), ""]
    if brief.summary:
        label = " (extractive: sentences copied from the article)" if brief.run and brief.run.extractive_summary else ""
        lines += [f"## Summary{label}", "", brief.summary, ""]
    if brief.actors:
        lines += ["## Actors", ""]
        for actor in brief.actors:
            extra = f", {actor.role}" if actor.role else ""
            aka = f" (also: {', '.join(actor.aliases)})" if actor.aliases else ""
            lines.append(f"- **{actor.name}**: {actor.kind.value}{extra}{aka}{_ev(actor)}")
        lines.append("")
    if brief.incidents:
        lines += ["## Incidents", ""]
        for inc in brief.incidents:
            facts = []
            if inc.date and (inc.date.iso or inc.date.text):
                facts.append(f"date {inc.date.iso or '?'}" + (f" (“{inc.date.text}”)" if inc.date.text else ""))
            for label, value in (("at", inc.location), ("weapon", inc.weapon), ("by", inc.perpetrator_name),
                                 ("alleged", inc.alleged_perpetrator_name), ("killed", inc.killed), ("injured", inc.injured)):
                if value is not None:
                    facts.append(f"{label} {value}")
            lines.append(f"- **{inc.type.value}**: {inc.description}" + (f" — {'; '.join(facts)}" if facts else "") + _ev(inc))
        lines.append("")
    if brief.claims:
        lines += ["## Claims", ""]
        for claim in brief.claims:
            hedge = " (hedged)" if claim.hedged else ""
            lines.append(f"- {claim.id} **{claim.claimant_name or '?'}**: {claim.content}{hedge}{_ev(claim)}")
        lines.append("")
    if brief.denials:
        lines += ["## Denials", ""]
        for d in brief.denials:
            target = f" — answers {d.responds_to}" if d.responds_to else ""
            lines.append(f"- **{d.denier_name or '?'}** denies: {d.content}{target}{_ev(d)}")
        lines.append("")
    if brief.warnings:
        lines += ["## Warnings", ""] + [f"- {w}" for w in brief.warnings] + [""]
    if brief.run:
        r = brief.run
        model = f", model {r.model}" if r.model else ""
        lines.append(f"_backend {r.backend}{model}, prompt {r.prompt_version}, {r.usage.total_tokens} tokens in {r.usage.requests} request(s)_")
    return "\n".join(lines).rstrip() + "\n"
