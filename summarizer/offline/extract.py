"""The stages in order over one parsed article, and the draft brief they make.

The parse is first repaired where its errors mislead every stage (:mod:`~summarizer.offline.repair`).
Each stage reads what the previous ones found (:class:`~summarizer.offline.doc.Context`):

1. :mod:`~summarizer.offline.actors` -- actor mentions clustered into actors;
2. :mod:`~summarizer.offline.attribution` -- attribution frames and the claims they give;
3. :mod:`~summarizer.offline.denials` -- denials, each linked to the claim it answers;
4. :mod:`~summarizer.offline.incidents` -- incidents with their slots (:mod:`~summarizer.offline.slots`);
5. :mod:`~summarizer.offline.summary` -- an extractive summary.

Every item's evidence is a span of the prepared copy mapped back onto the original text, so
offsets are exact by construction. The output is a *draft*: actors are referred to by name and
:func:`summarizer.resolve.resolve` assigns ids, merges remaining duplicates and resolves dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer import names
from summarizer.grounding import Grounder
from summarizer.offline import actors, attribution, denial_classifier, denials, incidents, selection, slots, summary
from summarizer.offline.attribution import ClaimRow
from summarizer.offline.denials import DenialRow
from summarizer.offline.doc import Context, Frame
from summarizer.offline.incidents import IncidentDraft
from summarizer.offline.repair import repair as repair_parse
from summarizer.offline.rules import Rules
from summarizer.offline.text import Prepared
from summarizer.schemas.brief import Actor, Brief, DateValue, Denial, Incident, IncidentType

if TYPE_CHECKING:
    import datetime as dt

    from spacy.tokens import Doc


def extract(doc: Doc, prepared: Prepared, rules: Rules, grounder: Grounder | None = None,
            source: str | None = None, published: dt.date | None = None) -> Brief:
    """A draft brief of one parsed article or piece of one (actors by name; ids assigned by resolve()).
    ``source``, ``published``: the article's publisher and publication date, when the caller knows them."""
    repair_parse(doc, rules)
    ctx = Context(doc, prepared, rules, grounder, source, published)
    actors.find_actors(ctx)
    attribution.find_frames(ctx)
    claim_rows = attribution.claims(ctx)
    denial_rows = denial_classifier.find(ctx, claim_rows)
    claim_rows = attribution.without_questions(ctx, attribution.merge_quotes(ctx, _without_denials(ctx, claim_rows, denial_rows)))
    found = incidents.find_incidents(ctx, claim_rows)

    brief = Brief()
    for n, (claim, _, _) in enumerate(claim_rows):
        claim.id = f"tmp{n}"
        brief.claims.append(claim)
    for denial, span, _ in denial_rows:
        # a bare noun names the claim answered only when it names a proposition ("the report"), not
        # an act or a standing ("the decision", "his authority": rules.rejectable_objects)
        denial.responds_to = denials.answer(denial, span, claim_rows, rules.proposition_nouns,
                                            rules.words("denial", "news_nouns"))
        denials.spell_out(denial, brief.claims, rules.proposition_nouns)
        brief.denials.append(denial)
    _add_incidents(ctx, brief, found)
    _add_actors(ctx, brief)
    brief.summary = summary.summarize(ctx, claim_rows, found)
    return brief


def _without_denials(ctx: Context, claim_rows: list[ClaimRow], denial_rows: list[DenialRow]) -> list[ClaimRow]:
    """A push-back sentence is the denial, not also a claim of the denier; but a clause the denier
    reports apart from what is denied stays ("Trump said that he did indicate X but denied that he made
    any deal": X is a claim; "claiming that the sit-in was planned" beside "challenged the leaders' version")."""
    verb_denials = [(span, d.denier_name, _denied_span(ctx, d, span)) for d, span, phrase in denial_rows if not phrase]
    kept = []
    for claim, frame, (cs, ce) in claim_rows:
        if any(s[0] <= cs < s[1] and claim.claimant_name == who and not _reported_apart(ctx, frame, denied)
               for s, who, denied in verb_denials):
            continue
        kept.append((claim, frame, (cs, ce)))
    return kept


def _denied_span(ctx: Context, denial: Denial, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the denied proposition stands in the denial's sentence, when it is written there as it is."""
    at = ctx.text.find(denial.content, span[0], span[1] + 1) if denial.content else -1
    return (at, at + len(denial.content)) if at >= 0 else None


def _reported_apart(ctx: Context, frame: Frame, denied: tuple[int, int] | None) -> bool:
    """A speech verb's clause (no quote) that neither holds the denied words nor has its cue in them."""
    if denied is None or frame.kind != "verb" or frame.quote is not None or frame.content[1] - frame.content[0] < 3:
        return False
    if ctx.doc[frame.cue].lemma_.lower() not in ctx.rules.reporting:
        return False
    cs, ce = ctx.char_span(*frame.content)
    cue = ctx.doc[frame.cue].idx
    return (ce <= denied[0] or denied[1] <= cs) and not denied[0] <= cue < denied[1] and not cs <= denied[0] < ce


def _add_actors(ctx: Context, brief: Brief) -> None:
    named = {c.claimant_name for c in brief.claims} | {d.denier_name for d in brief.denials} | {
        n for i in brief.incidents for n in (i.perpetrator_name, i.alleged_perpetrator_name)}
    for a in selection.selected(ctx, named):
        brief.actors.append(Actor(
            id="", name=a.name, aliases=[x for x in a.aliases if names.key(x) != names.key(a.name)][:8],
            kind=a.kind, role=a.role, evidence=[ctx.evidence(*s) for s in a.spans[:3]],
        ))


def _add_incidents(ctx: Context, brief: Brief, found: list[IncidentDraft]) -> None:
    allegations = slots.allegations(ctx)
    for d in found:
        cs, ce = ctx.char_span(*d.span)
        alleged = d.alleged
        if alleged is None and d.perpetrator is None and d.type in ("attack", "strike", "other"):
            alleged = slots.alleged_for(allegations, ctx, d.sent, anywhere=d.type != "other")
        brief.incidents.append(Incident(
            id="", type=IncidentType(d.type), description=" ".join(ctx.text[cs:ce].split())[:300],
            date=DateValue(iso=None, text=d.date_text, precision="unknown") if d.date_text else None,
            location=d.location, weapon=d.weapon,
            perpetrator_name=d.perpetrator.name if d.perpetrator else None,
            alleged_perpetrator_name=alleged.name if alleged else None,
            killed=d.killed, injured=d.injured, evidence=[ctx.evidence(cs, ce)],
        ))


def merge_drafts(drafts: list[Brief]) -> Brief:
    """One draft of a long article from the drafts of its pieces, in order. Claim ids are made
    unique per piece; resolve() merges the actors the pieces share. The summary is the first
    piece's (the extractive summary favours an article's opening)."""
    if len(drafts) == 1:
        return drafts[0]
    brief = Brief()
    seen: dict[tuple[str, str], Actor] = {}
    for k, draft in enumerate(drafts):
        renamed = {}
        for claim in draft.claims:
            renamed[claim.id] = claim.id = f"p{k}.{claim.id}"
        for denial in draft.denials:
            denial.responds_to = renamed.get(denial.responds_to) if denial.responds_to else None
        _add_unique_actors(brief.actors, draft.actors, seen)
        brief.claims.extend(draft.claims)
        brief.denials.extend(draft.denials)
        brief.incidents.extend(draft.incidents)
        brief.warnings.extend(w for w in draft.warnings if w not in brief.warnings)
    brief.summary = drafts[0].summary
    return brief


def _add_unique_actors(actors: list[Actor], new: list[Actor], seen: dict[tuple[str, str], Actor]) -> None:
    """One actor per name and kind across pieces (resolve() compares actors pairwise: with one
    entry per piece, a long article's resolution would grow with the square of its length)."""
    for actor in new:
        key = (names.key(actor.name), actor.kind.value)
        kept = seen.get(key)
        if kept is None:
            seen[key] = actor
            actors.append(actor)
            continue
        kept.role = kept.role or actor.role
        kept.aliases.extend(a for a in actor.aliases if a not in kept.aliases and len(kept.aliases) < 8)
        kept.evidence.extend(e for e in actor.evidence if len(kept.evidence) < 3)
