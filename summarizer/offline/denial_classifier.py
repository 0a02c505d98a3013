"""Stage 3, denials decided by a learned classifier (used when ``rules/denial_model.yaml`` is enabled).

1. candidates: every sentence holding a general push-back cue (``classifier_verbs`` and ``classifier_words`` in
   ``rules/denial.yaml``: deny, reject, insist, criticise, "false", "no evidence", "never", ...)
   and every denial the rules of :mod:`summarizer.offline.denials` find; one candidate per sentence
   and denier;
2. the denier and the denied proposition come from the rules' machinery: the cue verb's subject,
   passive agent or statement issuer (:func:`~summarizer.offline.deniers.denier_of`), else the
   owner of the quote, else the speaker of the speech verb above the cue;
3. :func:`features`: a few general features (the cue word, its dependency role, negation, quote
   marks, the denier's kind and how it was found, a reporting verb above, whether the sentence
   answers an earlier claim, which rule family fired), never topic words;
4. the model (:mod:`summarizer.offline.denial_model`, a logistic regression trained by
   ``python -m summarizer.evals.train_denials``) keeps the candidates it scores over its threshold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summarizer.offline import denials, deniers, propositions
from summarizer.offline.attribution import ClaimRow
from summarizer.offline.doc import MODALS, ActorDraft, Context
from summarizer.offline.mentions import subject_of
from summarizer.resolve import overlap

if TYPE_CHECKING:
    from spacy.tokens import Token

    from summarizer.offline.denial_model import DenialModel
    from summarizer.offline.denials import DenialRow

# a cue's dependency role, coarsely: its own clause's verb, a complement, a modifier, a noun phrase
_ROLES = {"ROOT": "main", "conj": "main", "ccomp": "complement", "xcomp": "complement", "pcomp": "complement",
          "advcl": "modifier", "relcl": "modifier", "acl": "modifier", "amod": "modifier", "advmod": "modifier",
          "acomp": "predicate", "attr": "predicate", "oprd": "predicate", "dobj": "nominal", "pobj": "nominal",
          "nsubj": "nominal", "nsubjpass": "nominal", "neg": "modifier"}
_ACCUSING = frozenset({"accuse", "allege", "blame", "claim", "charge", "suggest", "report"})


@dataclass
class Candidate:
    """One sentence and denier that may be a denial, the row it would give, and its features."""

    row: DenialRow
    denier: ActorDraft | None
    sent: int
    features: set[str] = field(default_factory=set)


def find(ctx: Context, claims: list[ClaimRow]) -> list[DenialRow]:
    """The denials of one article: the rules' alone, or the classifier's choice among the candidates."""
    tagged = denials.rule_denials(ctx)
    model = ctx.rules.denial_model
    if model is None:
        return [row for row, _ in tagged]
    return decide(candidates(ctx, claims, tagged), model)


def decide(found: list[Candidate], model: DenialModel) -> list[DenialRow]:
    return [c.row for c in found if model.accepts(c.features)]


def candidates(ctx: Context, claims: list[ClaimRow], tagged: list[tuple[DenialRow, str]]) -> list[Candidate]:
    """Every candidate of one article, in text order, with its features."""
    by_key: dict[tuple[int, str], Candidate] = {}
    cue_features: dict[int, set[str]] = {}  # sentence -> features of every cue in it
    by_name = {a.name: a for a in ctx.actors.values()}
    sent_at = {s.start_char: n for n, s in enumerate(ctx.sents)}
    for row, family in tagged:
        n, name = sent_at[row[1][0]], row[0].denier_name or ""
        cand = by_key.setdefault((n, name), Candidate(row, by_name.get(name), n))
        cand.features |= {"rule=any", f"rule={family}"}
    for t in ctx.doc:
        if not is_cue(ctx, t):
            continue
        n = ctx.sent_of[t.i]
        found = cue_denier(ctx, t)
        own = token_features(ctx, t)
        cue_features.setdefault(n, set()).update(own)
        if found is None:
            continue
        denier, via = found
        key = (n, denier.name)
        if key not in by_key:
            by_key[key] = Candidate(denials.denial_row(ctx, denier, cue_content(ctx, t, via), ctx.sents[n]), denier, n)
        by_key[key].features.update(own | {f"via={via}"})
    out = sorted(by_key.values(), key=lambda c: (c.sent, c.row[0].denier_name or ""))
    for cand in out:
        cand.features |= cue_features.get(cand.sent, set()) | sentence_features(ctx, cand, claims)
    return out


# -- the candidate's cue, denier and content ---------------------------------------------------


def is_cue(ctx: Context, t: Token) -> bool:
    words = ctx.rules.words("denial", "classifier_words")
    return _is_cue_verb(ctx, t) or t.lemma_.lower() in words or t.lower_ in words


def _is_cue_verb(ctx: Context, t: Token) -> bool:
    return t.pos_ == "VERB" and t.lemma_.lower() in ctx.rules.words("denial", "classifier_verbs")


def anchor(t: Token) -> Token:
    """The verb of the clause a cue word is in ("did not [concede]", "[is] false")."""
    verb = t
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass")) and verb.head.i != verb.i:
        verb = verb.head
    return verb


def cue_denier(ctx: Context, t: Token) -> tuple[ActorDraft, str] | None:
    """Who a cue's sentence would have deny, and how they were found: the cue verb's subject,
    passive agent or statement issuer; else the owner of the quote; else the speaker above."""
    denier = None
    if _is_cue_verb(ctx, t) or t.pos_ == "NOUN" and t.lemma_.lower() in ctx.rules.denial_nouns:
        denier = deniers.denier_of(ctx, t)
        via = "noun" if t.pos_ == "NOUN" else "agent" if deniers.passive(t) else "subject"
    if denier is None:
        denier, via = deniers.quote_owner(ctx, t.idx), "quote"
    if denier is None:
        denier, via = deniers.speaker_above(ctx, anchor(t)), "speaker"
    return (denier, via) if denier is not None else None


def cue_content(ctx: Context, t: Token, via: str) -> str:
    """The denied proposition: the cue verb's (:func:`~summarizer.offline.propositions.proposition`),
    else the clause that holds the cue, below the speech verb that reports it."""
    if via in ("subject", "agent", "noun"):
        return propositions.proposition(ctx, t)
    speech = ctx.rules.reporting
    node = anchor(t)
    while node.head.i != node.i and not (node.head.lemma_.lower() in speech and node.head.pos_ in ("VERB", "AUX")):
        node = node.head
    return ctx.text_of(node.left_edge.i, node.right_edge.i + 1).strip(" ,;:\"'")


# -- features ---------------------------------------------------------------------------------


def token_features(ctx: Context, t: Token) -> set[str]:
    """What a cue word is and does in its clause."""
    verb = anchor(t)
    lemma = t.lemma_.lower()
    kind = cue_class(ctx, t)
    out = {f"class={kind}", f"role={_ROLES.get(t.dep_, 'other')}"}
    if any(c.dep_ == "neg" for c in (*t.children, *verb.children)) or any(
            c.lower_ in ("no", "never") for c in (*t.children, *verb.children)):
        out |= {"negated", f"class={kind}+negated"}
    if kind == "labelling" and denials.labels_dismissively(ctx, t):
        out.add("labelled_dismissively")
    if ctx.in_quote(t.idx) is not None:
        out.add("quoted")
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        out.add("modal")
    if verb.tag_ in ("VBD", "VBN"):
        out.add("past")
    if deniers.passive(verb):
        out.add("passive")
    subj = subject_of(ctx, verb)
    if subj is not None:
        out.add("subj=" + ("pron" if subj.pos_ == "PRON" else subj.ent_type_ or subj.pos_.lower()))
    speech = ctx.rules.reporting
    if lemma in speech:
        out.add("cue_is_speech")
    if any(a.lemma_.lower() in speech and a.pos_ in ("VERB", "AUX") for a in t.ancestors):
        out.add("under_speech")
    objects = [g for c in t.children if c.dep_ in ("dobj", "prep", "nsubjpass")
               for g in ((c,) if c.dep_ != "prep" else tuple(c.children))]
    if any(o.lemma_.lower() in ctx.rules.proposition_nouns for o in objects):
        out.add("object=proposition")
    if any(o.lemma_.lower() in ctx.rules.words("denial", "withheld_objects") for o in objects):
        out.add("object=withheld")
    return out


def cue_class(ctx: Context, t: Token) -> str:
    """The kind of cue, from the rules' lexicons: a denial verb, a refusal, a criticism, a labelling
    verb, a speech verb, a word calling something false, a proposition noun, or another word."""
    r, lemma = ctx.rules, t.lemma_.lower()
    if t.pos_ == "VERB":
        if lemma in r.denial_verbs or any((lemma, c.lower_) in r.denial_phrasal for c in t.children):
            return "denial_verb"
        for kind, words in (("refusal", r.refusal_verbs), ("criticism", r.object_rejection_verbs),
                            ("labelling", r.labelling_verbs), ("speech", r.speech)):
            if lemma in words:
                return kind
    if lemma in r.words("denial", "false_predicates") or r.dismissive.fullmatch(t.lower_):
        return "false_word"
    if lemma in r.proposition_nouns or lemma in r.denial_nouns:
        return "proposition_noun"
    return "other"


def sentence_features(ctx: Context, cand: Candidate, claims: list[ClaimRow]) -> set[str]:
    """What the candidate's sentence answers and who denies in it."""
    denial, (start, _end), _ = cand.row
    out = set()
    sent = ctx.sents[cand.sent]
    if cand.denier is not None:
        out.add(f"kind={cand.denier.kind.value}")
        if any(ctx.token_actor.get(i) is cand.denier for i in range(sent.start, sent.end)):
            out.add("denier_in_sentence")
    if not any(f.startswith("via=") for f in cand.features):
        out.add("via=rule")
    if cand.sent == 0 or sent.start < ctx.title_end:
        out.add("headline")
    if any(q[0] < sent.end_char and sent.start_char < q[1] for q in ctx.quotes):
        out.add("sentence_quoted")
    earlier = [c for c, _f, (cs, ce) in claims if ce <= start and c.claimant_name != denial.denier_name]
    if earlier and max(overlap(denial.content, c.content) for c in earlier) >= 0.25:
        out.add("answers_claim")
    before = " ".join(ctx.sent_text[max(0, cand.sent - 2):cand.sent])
    if before and overlap(denial.content, before) >= 0.3:
        out.add("echoes_before")
    near = ctx.doc[ctx.sents[max(0, cand.sent - 1)].start:sent.end]
    if any(t.lemma_.lower() in _ACCUSING or t.lemma_.lower() in ctx.rules.proposition_nouns for t in near):
        out.add("accusation_near")
    return out
