"""Stage 5, summary: extractive, the most informative sentences copied in article order."""

from __future__ import annotations

from summarizer.offline.attribution import ClaimRow
from summarizer.offline.doc import Context
from summarizer.offline.incidents import IncidentDraft


def summarize(ctx: Context, claims: list[ClaimRow], incidents: list[IncidentDraft], k: int = 3) -> str:
    scored = []
    claim_sents = {ctx.sent_of.get(f.cue) for _, f, _ in claims}
    inc_sents = {d.sent for d in incidents}
    for n, s in enumerate(ctx.sents):
        toks = ctx.tokens[s.start : s.end]
        words = [t for t in toks if t.is_alpha]
        if len(words) < 8 or len(words) > 60 or ctx.sent_text[n].count('"') % 2:
            continue
        if not any(t.pos_ in ("VERB", "AUX") for t in toks):
            continue
        ents = len({e.text for e in ctx.ents_in(s)})
        score = 1.5 / (1 + n) + 0.15 * min(ents, 6) + (0.6 if n in inc_sents else 0) + (0.4 if n in claim_sents else 0)
        score += 0.2 * any(t.like_num for t in toks)
        if ctx.in_quote(s.start_char + 1):
            score -= 0.8
        scored.append((score, n))
    best = sorted(n for _, n in sorted(scored, reverse=True)[:k])
    return " ".join(" ".join(ctx.sents[n].text.split()) for n in best)
