"""Stage 3, denials: who denied, rejected or pushed back on what, and which claim it answers.

Cues are denial verbs ("deny", "reject"), push-back phrasal verbs ("push back") and nouns
("denial"), from ``rules/denial.yaml``; then denial phrases ("had nothing to do with").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.offline.attribution import ClaimRow, subject_of
from summarizer.offline.doc import ActorDraft, Context, Offsets
from summarizer.offline.mentions import actor_at
from summarizer.resolve import overlap
from summarizer.schemas.brief import Denial

# (denial, its sentence's char span in the prepared copy, found by a phrase rather than a verb)
DenialRow = tuple[Denial, tuple[int, int], bool]

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def find_denials(ctx: Context, claims: list[ClaimRow]) -> list[DenialRow]:
    doc, r = ctx.doc, ctx.rules
    out = []
    taken_sents = set()
    for t in doc:
        lemma = t.lemma_.lower()
        cue = None
        if t.pos_ == "VERB" and lemma in r.denial_verbs and not any(c.dep_ == "neg" for c in t.children):
            cue = t
        elif t.pos_ == "VERB" and any((lemma, c.text.lower()) in r.denial_phrasal for c in t.children if c.dep_ in ("prt", "advmod", "prep")):
            cue = t
        elif t.pos_ == "NOUN" and lemma in r.denial_nouns:
            cue = t
        if cue is None:
            continue
        n = ctx.sent_of[t.i]
        sent = ctx.sents[n]
        subj = subject_of(ctx, cue) if cue.pos_ == "VERB" else next((c for c in cue.children if c.dep_ == "poss"), None)
        denier = actor_at(ctx, subj) if subj is not None else None
        if denier is None and subj is not None:
            denier = indefinite_person(ctx, subj, n)
        content_span = None
        for child in cue.children:
            if child.dep_ in ("dobj", "ccomp") or (child.dep_ == "prep" and child.text.lower() in ("on", "of", "to")):
                content_span = (child.left_edge.i, child.right_edge.i + 1)
                break
        if content_span is None:
            content_span = (cue.i, sent.end)
        content = ctx.text_of(*content_span)
        out.append(_denial(ctx, denier, content, sent, n))
        taken_sents.add(n)
    for n, sent in enumerate(ctx.sents):
        if n in taken_sents:
            continue
        stext = sent.text
        for pattern in r.denial_phrases:
            m = pattern.search(stext)
            if not m:
                continue
            char = sent.start_char + m.start()
            q = ctx.in_quote(char)
            denier = None
            if q is not None:
                owner = [f for f in ctx.frames if f.quote == q or (f.quote is None and ctx.char_span(*f.content)[0] <= char < ctx.char_span(*f.content)[1])]
                denier = owner[0].speaker if owner else None
            if denier is None:
                tok = doc.char_span(char, char + 1, alignment_mode="expand")
                verb = tok.root.head if tok is not None else sent.root
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                subj = subject_of(ctx, verb)
                denier = actor_at(ctx, subj) or (indefinite_person(ctx, subj, n) if subj is not None else None)
            content = " ".join(stext[m.start():].split())
            out.append(_denial(ctx, denier, content, sent, n, phrase=True))
            taken_sents.add(n)
            break
    return out


def indefinite_person(ctx: Context, subj: Token, n: int) -> ActorDraft | None:
    """"A citizen of Kyrgyzstan ... pleaded not guilty" followed by the name in the next sentence."""
    if not any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in subj.children):
        return None
    for j, a in ctx.person_order:
        if ctx.sent_of.get(j) in (n, n + 1) and j > subj.i:
            if subj.text not in a.aliases:
                a.aliases.append(ctx.text_of(subj.left_edge.i, subj.right_edge.i + 1))
            return a
    return None


def _denial(ctx: Context, denier: ActorDraft | None, content: str, sent: Span, n: int, phrase: bool = False) -> DenialRow:
    span = (sent.start_char, sent.end_char)
    # a push-back followed by the denier's own words: keep the quote sentence in the evidence
    ev = [ctx.evidence(*span)]
    return Denial(id="", denier_name=denier.name if denier else None, content=content[:300], evidence=ev), span, phrase


def answer(denial: Denial, span: Offsets, claim_rows: list[ClaimRow]) -> str | None:
    """The claim a denial answers: most content overlap, earlier claims preferred."""
    text = f"{denial.content} {' '.join(e.text for e in denial.evidence)}"
    best, best_score = None, 0.0
    for claim, _frame, (cs, ce) in claim_rows:
        if claim.claimant_name and claim.claimant_name == denial.denier_name:
            continue
        if span[0] <= cs < span[1]:
            continue
        score = overlap(text, claim.content) + (0.05 if ce <= span[0] else 0.0)
        if score > best_score:
            best, best_score = claim, score
    return best.id if best is not None and best_score >= 0.25 else None
