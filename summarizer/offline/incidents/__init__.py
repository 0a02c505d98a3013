"""Stage 4, incidents: event cues (attacks, strikes, arrests...) grouped into incidents.

A cue is a noun or verb from ``rules/events.yaml`` outside quotes and irrealis contexts; cues of
one sentence form one incident unless conjoined event nouns carry their own dates; incidents told
again ("the attack", the same kind of event with no date or new marker) are merged. The slots (date, place, weapon, casualties, perpetrator)
come from :mod:`summarizer.offline.slots`.
"""

from __future__ import annotations

from summarizer.offline.attribution import ClaimRow
from summarizer.offline.doc import Context
from summarizer.offline.incidents.cues import event_words, happened_cues, plain_headline_end
from summarizer.offline.incidents.drafts import IncidentDraft, group_draft, lead_start, told_cues, toll_sentence
from summarizer.offline.incidents.merge import merge_incidents

__all__ = ["IncidentDraft", "find_incidents"]


def find_incidents(ctx: Context, claims: list[ClaimRow]) -> list[IncidentDraft]:
    """Each sentence's incidents, one per group of its event cues (:func:`group_draft`), then those told again merged."""
    found: list[IncidentDraft] = []
    captions = ctx.rules.caption_patterns
    headline = plain_headline_end(ctx)  # a headline in sentence case, found once per article
    for n, sent in enumerate(ctx.sents):
        start = lead_start(ctx, n, captions)
        if start is None:
            continue  # "FILE - X is seen in this image": a caption
        cues = happened_cues(ctx, sent, max(start, headline))
        if not cues:
            if found and n - found[-1].sent <= 2 and found[-1].words & event_words(ctx, "accident_words") and (toll := toll_sentence(ctx, n)):
                found.append(toll)
            continue
        told = told_cues(ctx, n, cues)
        found += [group_draft(ctx, told, gi, group) for gi, group in enumerate(told.groups)]
    return merge_incidents(ctx, found)
