"""The evidence view: one self-contained HTML page for one or more briefs.

The article text is split in Python at every evidence boundary and each piece covered by evidence
becomes a ``<mark data-items="c1 d1">``: offsets are Python code points and the browser never
computes one (JavaScript counts UTF-16 units, which differ outside the BMP). The page needs no
network: CSS and JavaScript are inline, and a Content-Security-Policy allows only those two
blocks (by hash), so neither a tag in the article nor a ``on...=`` attribute can run. Everything
from the article or the model goes through Jinja2's autoescape; the content is all there with
JavaScript off (the script only adds click-to-highlight, hover lists and the article switcher).

    page = html_page([(brief, text)])            # text=None: the brief alone, evidence as quotes
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import jinja2

from summarizer.schemas.brief import Brief, GroundingStatus

TYPE_ORDER = ("denial", "claim", "incident", "actor")  # a piece covered by several: the first names its colour
KIND_ORDER = ("person", "government", "military", "armed_group", "organization", "media", "other")

__all__ = ["asset", "csp", "environment", "html_page", "segments"]


@cache
def asset(name: str) -> str:
    """A file of ``summarizer/render/static`` (the inline CSS and JavaScript)."""
    return resources.files("summarizer.render").joinpath("static", name).read_text(encoding="utf-8")


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.render", "templates"),
        autoescape=True,  # every template, whatever its name: article text and model output are untrusted
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def csp(style: str, script: str) -> str:
    """A policy that loads nothing from anywhere and runs only this page's own style and script."""
    return (f"default-src 'none'; style-src {_sha256(style)}; script-src {_sha256(script)}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def render_page(template: str, **context) -> str:
    """Render ``template`` with the shared inline style and script and the policy that admits them."""
    style, script = asset("view.css"), asset("view.js")
    return environment().get_template(template).render(style=style, script=script, csp=csp(style, script), **context)


# -- the article, cut at evidence boundaries --------------------------------------------------


@dataclass
class Piece:
    text: str
    items: list[str] = field(default_factory=list)  # ids of the items whose evidence covers it
    types: list[str] = field(default_factory=list)
    anchors: list[str] = field(default_factory=list)  # "c1-0": evidence 0 of c1 starts here
    fuzzy: bool = False

    @property
    def css(self) -> str:
        main = next((t for t in TYPE_ORDER if t in self.types), "actor")
        return " ".join([f"t-{main}"] + (["multi"] if len(set(self.types)) > 1 else []) + (["fuzzy"] if self.fuzzy else []))


def _kind(item) -> str:
    return type(item).__name__.lower()


def _spans(brief: Brief, text: str) -> list[tuple[int, int, str, str, int, bool]]:
    """(start, end, item id, item type, evidence index, fuzzy) of every evidence that is really in ``text``."""
    spans = []
    for item in brief.items():
        for n, e in enumerate(item.evidence):
            if e.status == GroundingStatus.not_found or e.start is None or e.end is None or e.end <= e.start:
                continue
            if text[e.start:e.end] != e.text:  # a brief of another text, or edited: do not highlight the wrong words
                continue
            spans.append((e.start, e.end, item.id, _kind(item), n, e.status == GroundingStatus.fuzzy))
    return spans


def segments(brief: Brief, text: str) -> list[Piece]:
    """``text`` cut at every evidence start and end; each piece knows the items covering it."""
    spans = _spans(brief, text)
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    starts: dict[int, list[str]] = {}
    for start, _end, item_id, _type, n, _fuzzy in spans:
        starts.setdefault(start, []).append(f"{item_id}-{n}")
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        ids = list(dict.fromkeys(s[2] for s in covering))
        pieces.append(Piece(text[a:b], ids, [s[3] for s in covering], starts.get(a, []), any(s[5] for s in covering)))
    return pieces


# -- the brief, arranged for reading ---------------------------------------------------------


def _flags(item, located: set[str]) -> list[str]:
    flags = []
    for e in item.evidence:
        if e.status == GroundingStatus.not_found:
            flags.append("evidence not found in the text")
        elif e.status == GroundingStatus.fuzzy:
            flags.append(f"fuzzy evidence (score {e.score:.2f})")
    if item.evidence and item.id not in located and not any(e.status == GroundingStatus.not_found for e in item.evidence):
        flags.append("evidence does not match this text")
    flags += [f"invalid: {issue}" for issue in item.issues]
    return list(dict.fromkeys(flags))


def _label(item) -> str:
    kind = _kind(item)
    if kind == "actor":
        body = f"{item.name} ({item.kind.value})"
    elif kind == "incident":
        date = item.date.iso if item.date and item.date.iso else "undated"
        body = f"{item.type.value}, {date}: {item.description}"
    elif kind == "claim":
        body = f"{item.claimant_name or 'unattributed'}: {item.content}"
    else:
        body = f"{item.denier_name or 'unattributed'} denies: {item.content}"
    body = " ".join(body.split())
    return f"{kind} {item.id}: " + (body if len(body) <= 160 else body[:157] + "...")


def _entry(item, located: set[str], anchors: set[str]) -> dict:
    """What the templates show of one item; ``evidence`` pairs each evidence with its anchor in the
    highlighted text (None when it is not highlighted there)."""
    evidence = [(e, f"{item.id}-{n}" if f"{item.id}-{n}" in anchors else None) for n, e in enumerate(item.evidence)]
    return {"item": item, "id": item.id, "type": _kind(item), "label": _label(item), "flags": _flags(item, located),
            "evidence": evidence}


def _facts(incident) -> str:
    pairs = (("at", incident.location), ("weapon", incident.weapon), ("by", incident.perpetrator_name),
             ("alleged:", incident.alleged_perpetrator_name), ("killed", incident.killed), ("injured", incident.injured))
    return "; ".join(f"{label} {value}" for label, value in pairs if value is not None)


def _document(n: int, brief: Brief, text: str | None) -> dict:
    pieces = segments(brief, text) if text is not None else None
    located = {i for p in pieces or [] for i in p.items}
    anchors = {x for p in pieces or [] for x in p.anchors}
    a = brief.article
    actors_by_kind: dict[str, list] = {}
    for actor in brief.actors:
        actors_by_kind.setdefault(actor.kind.value, []).append(_entry(actor, located, anchors))
    claim_ids = {c.id for c in brief.claims}
    answers: dict[str, list] = {}
    unlinked = []
    for d in brief.denials:
        entry = _entry(d, located, anchors)
        if d.responds_to in claim_ids:
            answers.setdefault(d.responds_to, []).append(entry)
        else:
            if d.responds_to:
                entry["flags"].append(f"answers {d.responds_to}, which is not a claim of this brief")
            unlinked.append(entry)
    by_claimant: dict[str, list] = {}
    for c in brief.claims:
        entry = _entry(c, located, anchors) | {"answers": answers.get(c.id, [])}
        by_claimant.setdefault(c.claimant_name or "unattributed", []).append(entry)
    timeline = sorted(brief.incidents, key=lambda i: (i.date is None or i.date.iso is None, (i.date.iso if i.date else None) or ""))
    items = [*brief.actors, *brief.incidents, *brief.claims, *brief.denials]
    return {
        "key": f"doc{n}",
        "title": a.title or a.id or f"Article {n + 1}",
        "article": a,
        "brief": brief,
        "pieces": pieces,
        "actors": [(k, actors_by_kind[k]) for k in KIND_ORDER if k in actors_by_kind],
        "incidents": [_entry(i, located, anchors) | {"facts": _facts(i)} for i in timeline],
        "claims": list(by_claimant.items()),
        "unlinked": unlinked,
        "counts": {t: sum(1 for i in items if _kind(i) == t) for t in ("actor", "incident", "claim", "denial")},
        "flagged": sum(1 for i in items if _flags(i, located)),
    }


def html_page(entries: Sequence[tuple[Brief, str | None]], *, title: str | None = None) -> str:
    """One page for ``(brief, article text)`` pairs; text None shows the brief with its evidence as quotes."""
    docs = [_document(n, brief, text) for n, (brief, text) in enumerate(entries)]
    if title is None:
        title = "Brief: " + docs[0]["title"] if len(docs) == 1 else f"{len(docs)} briefs"
    return render_page("brief.html.j2", title=title, docs=docs)
