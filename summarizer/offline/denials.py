"""Stage 3, denials: who denied, rejected or pushed back on what, and which claim it answers.

A denial is decided here, in three steps (lexicons in ``rules/denial.yaml``):

1. the cue (:func:`is_cue`): a denial verb ("deny", "reject", "dismiss", "contest"), a push-back
   phrasal verb ("push back", "brush off"), a refusal to accept or admit ("refused to accept
   responsibility"), a denial noun ("X's denial"); then, in sentences without such a cue, a
   denial phrase ("had nothing to do with", "pleaded not guilty", "no evidence");
2. the denier (:func:`denier_of`): the subject, or the passive agent ("was denied by the Armed
   Forces"), or the issuer of a statement ("X's leadership issued a statement denying"), or the
   body a pronoun or a definite description refers back to ("The ministry ... It denied");
   a cue whose denier is not found gives no denial (every denial names its denier);
3. the denied proposition (:func:`proposition`): the complement clause, the clause of a
   proposition noun ("the claim that ..."), the object, or the antecedent of "which".

:func:`answer` links a denial to the claim its proposition overlaps most. A learned classifier
(:mod:`summarizer.offline.denial_classifier`, off unless ``rules/denial_model.yaml`` says
``decides: classifier``) can decide instead, over these rules' denials and more candidates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer import names
from summarizer.offline.attribution import ClaimRow, body_referent, known_name, named_body, recent_body, subject_of
from summarizer.offline.doc import ActorDraft, Context, Frame, Offsets
from summarizer.offline.mentions import actor_at, add_mention, org_kind
from summarizer.resolve import overlap
from summarizer.schemas.brief import ActorKind, Claim, Denial

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

# (denial, its sentence's char span in the prepared copy, found by a phrase rather than a verb)
DenialRow = tuple[Denial, tuple[int, int], bool]

_RELATIVE_TAGS = ("WDT", "WP")  # "which", "who", "that" opening a relative clause
_CONTENT_PREPS = ("on", "of", "to", "about")
_FIRST_PERSON = ("i", "we")
_PLEA = re.compile(r"\bple(?:a|d)", re.IGNORECASE)  # "pleaded not guilty", "pled", "a plea of not guilty"
_MODALS = ("will", "would", "can", "could", "should", "shall", "may", "might", "must", "wo", "ca")
_REFERENCE_REACH = 1500  # chars back to look for the claim "the accusation" refers to  # "pushed back on ...", "denial of ..."


def find_denials(ctx: Context, claims: list[ClaimRow]) -> list[DenialRow]:
    """The denials the rules find (the learned classifier, when on, decides over these and more
    candidates: :func:`summarizer.offline.denial_classifier.find`)."""
    return [row for row, _ in rule_denials(ctx)]


def rule_denials(ctx: Context) -> list[tuple[DenialRow, str]]:
    """The rules' denials, each with the rule family that found it: "verb" (a cue and its denier),
    "frame" (inside what a speaker said), "phrase" (a denial phrase)."""
    out: list[DenialRow] = []
    taken: set[int] = set()
    cues: set[int] = set()
    for t in ctx.doc:
        if not is_cue(ctx, t):
            continue
        if t.dep_ in ("advcl", "conj", "xcomp") and (t.head.i in cues or t.tag_ == "VBG" and any(a.i in cues for a in t.ancestors)):
            continue  # "denied that ..., calling the reports fake news": the same denial, said again
        denier = denier_of(ctx, t)
        if denier is None:
            continue
        cues.add(t.i)
        n = ctx.sent_of[t.i]
        for who in (denier, *_conjoined(ctx, t, denier)):
            row = denial_row(ctx, who, proposition(ctx, t), ctx.sents[n])
            if not any(d.denier_name == row[0].denier_name and d.content == row[0].content and span == row[1] for d, span, _ in out):
                out.append(row)  # "rejected the deal, calling it void": one denial
        taken.add(n)
    said = _frame_denials(ctx, taken)
    said.extend(_phrase_denials(ctx, taken))
    return [(r, "verb") for r in out] + [(r, "phrase" if r[2] else "frame") for r in _once_per_paragraph(ctx, said)]


def _once_per_paragraph(ctx: Context, rows: list[DenialRow]) -> list[DenialRow]:
    """A speaker who goes on in a direct quote in the same paragraph ("This has nothing to do with ...
    He added, 'It is a propaganda stunt'"; "I put no pressure ... I didn't put any pressure") denies
    once: the first. A new indirect statement ("Basu also stated ...") is a denial of its own."""
    kept: list[DenialRow] = []
    for row in sorted(rows, key=lambda r: r[1][0]):
        start, end = row[1]
        quoted = any(q[0] < end and start < q[1] for q in ctx.quotes)
        if not (quoted and any(k[0].denier_name == row[0].denier_name and "\n" not in ctx.doc.text[k[1][1]:start] for k in kept)):
            kept.append(row)
    return kept


# -- 1. the cue -------------------------------------------------------------------------------


def is_cue(ctx: Context, t: Token) -> bool:
    r = ctx.rules
    lemma = t.lemma_.lower()
    if t.pos_ == "NOUN":
        return lemma in r.denial_nouns
    if t.pos_ != "VERB" or t.dep_ == "amod":
        return False  # "contested waters", "disputed territory": a participle describing a thing
    negated = any(c.dep_ == "neg" for c in t.children) or _withheld(ctx, t)
    if lemma in r.denial_verbs:
        # "deny terrorism any victory" (deny someone something) withholds, it does not deny
        objects = [c for c in t.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        if any(o.lemma_.lower() in ctx.rules.words("denial", "withheld_objects") for o in objects):
            return False  # "denied bail", "permission was denied": withheld, not denied as untrue
        objects = [o for o in objects if o.dep_ != "nsubjpass"]
        return not negated and not (len(objects) > 1 or any(c.dep_ == "dative" for c in objects))
    if lemma in r.refusal_verbs:  # "refused to accept responsibility" ("declined the request" is no denial cue:
        return not negated and _refused(ctx, t) is not None  # wrong, never right, on dev)
    if lemma in r.labelling_verbs and labels_dismissively(ctx, t):
        return not negated  # "denounced the video as fake"; else "denounced the claims" below
    if lemma in r.object_rejection_verbs:
        objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        return not negated and any(o.lemma_.lower() in r.proposition_nouns | r.rejectable_objects for o in objects)
    if _idiom_object(ctx, t) is not None:
        return not negated
    return any((lemma, c.text.lower()) in r.denial_phrasal and (c.lower_ != "back" or _pushed_against(t, c))
               for c in t.children if c.dep_ in ("prt", "advmod", "prep"))


def _pushed_against(verb: Token, back: Token) -> bool:
    """"hit back at the critics", "pushed back on the notion": a push-back names what it answers
    ("hit back with two tries" answers no one)."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "against", "on") for c in (*verb.children, *back.children))


def _withheld(ctx: Context, verb: Token) -> bool:
    """"refused to disavow the theory", "failed to deny it", "did not want to reject it": a denial
    refused, failed or negated is none."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    return head.lemma_.lower() in ctx.rules.words("denial", "unsaid_governors") or any(c.dep_ == "neg" for c in head.children)


def _idiom_object(ctx: Context, verb: Token) -> Token | None:
    """"took issue with the claim": the object word of a rejecting idiom, if ``verb`` has one."""
    idioms = ctx.rules.words("denial", "object_idioms")
    return next((c for c in verb.children if c.dep_ == "dobj" and f"{verb.lemma_.lower()} {c.lower_}" in idioms), None)


def _refused(ctx: Context, verb: Token) -> Token | None:
    """The complement of "refused to accept/admit/acknowledge", if that is what ``verb`` governs."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in ctx.rules.refused_complements), None)


def labels_dismissively(ctx: Context, verb: Token) -> bool:
    """"calling it 'null and void'", "referred to the vote as a hoax": the complement dismisses."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    as_of_object = [g for o in objects for g in o.children if g.dep_ == "prep" and g.lower_ == "as"]  # "the reports as untrue"
    for child in (*verb.children, *as_of_object):
        if child.dep_ in ("oprd", "xcomp", "attr") or (child.dep_ == "prep" and child.lower_ == "as"):
            if ctx.rules.dismissive.search(ctx.text_of(child.left_edge.i, child.right_edge.i + 1).lower()):
                return True
    return False


def passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


# -- 2. the denier ----------------------------------------------------------------------------


def _conjoined(ctx: Context, cue: Token, first: ActorDraft) -> list[ActorDraft]:
    """"Durbin and Schiff both questioned ...": every actor conjoined to the cue's subject denies."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue.pos_ == "VERB" else None
    if subj is None:
        return []
    found: list[ActorDraft] = []
    for c in subj.conjuncts:
        actor = actor_at(ctx, c) if c.pos_ in ("PROPN", "PRON") else None
        if actor is None:  # "and incoming chair of the committee Adam Schiff": the person, not the committee
            actor = next((ctx.token_actor[g.i] for g in c.subtree if g.i in ctx.token_actor
                          and ctx.token_actor[g.i].kind == ActorKind.person), None)
        if actor is not None and actor is not first and actor not in found:
            found.append(actor)
    return found


def _conjoined_above(ctx: Context, verb: Token, denier: ActorDraft) -> list[ActorDraft]:
    """The actors conjoined to the subject that names ``denier``, on ``verb`` or a verb above it
    ("Iran and Syria said they had nothing to do with it")."""
    node = verb
    for _ in range(6):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None and actor_at(ctx, subj) is denier:
            return _conjoined(ctx, node, denier)
        if node.head.i == node.i:
            break
        node = node.head
    return []


def denier_of(ctx: Context, cue: Token) -> ActorDraft | None:
    if cue.pos_ == "NOUN":
        found = issuer(ctx, cue)
        verb = cue.head if cue.dep_ in ("dobj", "attr") else cue.head.head if cue.dep_ == "pobj" else None
        subj = subject_of(ctx, verb) if found is None and verb is not None and verb.pos_ in ("VERB", "AUX") else None
        return found if subj is None else described_denier(ctx, subj)  # "the ministry issued a denial"
    if passive(cue):
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if pobj is None:
            return None
        return _refer(ctx, pobj, cue) or (described_denier(ctx, pobj) if _strong(ctx, cue) else None)
    if cue.dep_ == "acl" and cue.head.lower_ in ctx.rules.statement_nouns:
        return issuer(ctx, cue.head)  # "a statement denying ...": whoever issued it
    found = _subject_actor(ctx, cue)
    if found is None and _strong(ctx, cue):
        subj = subject_of(ctx, cue) or _governing_subject(cue)
        found = described_denier(ctx, subj) if subj is not None else None
    return found


def _strong(ctx: Context, cue: Token) -> bool:
    """A cue that denies whatever it governs ("deny", "reject", "refute"), or any cue whose object
    is a claim or report ("dismissed the reports", "disputed the figures"): its subject is the
    denier even when the article has not named it."""
    if cue.lemma_.lower() in ctx.rules.words("denial", "strong_verbs"):
        return True
    claims = ctx.rules.proposition_nouns | ctx.rules.words("denial", "false_subjects")
    return any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in claims for c in cue.children)


def described_denier(ctx: Context, noun: Token) -> ActorDraft | None:
    """"The embassy denied ...", "the accused pleaded not guilty": a definite description of a
    person or body the article has not named is the denier under that description."""
    if noun.pos_ == "PROPN":
        return _unrecognised_name(ctx, noun)
    people, bodies = ctx.rules.words("denial", "denier_people"), ctx.rules.words("denial", "denier_nouns")
    word = next((w for w in (noun.lower_, noun.lemma_.lower()) if w in people | bodies), None)
    if word is None or noun.pos_ not in ("NOUN", "ADJ", "VERB") or noun.pos_ == "VERB" and noun.dep_ not in ("nsubj", "pobj"):
        return None  # ("the accused" is tagged a participle)
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "any", "some", "every", "each") for c in noun.children)
    if not (definite or modifiers and noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children)):
        return None  # "a spokesman denied": left to the source groups; "no official": nobody
    start = min((c.i for c in modifiers), default=noun.i)
    name = ctx.text_of(start, noun.i + 1)
    kind = ActorKind.person if word in people else org_kind(ctx, name)
    return add_mention(ctx, ("described", name.lower()), name, kind, start, noun.i + 1)


def _subject_actor(ctx: Context, verb: Token) -> ActorDraft | None:
    subj = subject_of(ctx, verb) or _governing_subject(verb)
    if subj is None:
        return None
    if subj.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        return _antecedent_actor(ctx, verb)  # "the Supreme Court, which rejected ..."
    return _refer(ctx, subj, verb)


def _antecedent_actor(ctx: Context, relcl: Token) -> ActorDraft | None:
    """The actor a relative clause's "which"/"who"/"that" stands for: named in its antecedent noun
    phrase, not inside the relative clause ("a kind soul that contradicted his persona as X": not X)."""
    actor = actor_at(ctx, relcl.head)
    inside = range(relcl.left_edge.i, relcl.right_edge.i + 1)
    if actor is None or not any(ctx.token_actor.get(t.i) is actor for t in relcl.head.subtree if t.i not in inside):
        return None
    return actor


def _unrecognised_name(ctx: Context, head: Token) -> ActorDraft | None:
    """"Google denied the report" with "Google" not tagged a name: the actor of that name if the
    article has one, else the name as a new organisation (a person's name is left to the person
    stage; a place does not deny)."""
    if head.ent_type_ in ("PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    toks = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [head]
    name = ctx.text_of(toks[0].i, head.i + 1)
    key = names.key(name)
    if not key or not name[:1].isupper() or head.i == ctx.sents[ctx.sent_of[head.i]].start and head.lower_ in ctx.rules.titles:
        return None
    same = [a for a in ctx.actors.values() if any(names.key(n) == key for n in (a.name, *a.aliases))] or [
        a for a in ctx.actors.values() if a.kind != ActorKind.person and names.key(a.name).startswith(key + " ")]
    if len(same) == 1:  # "Google" of "Google Inc."
        return same[0]
    return add_mention(ctx, ("org", key), name, org_kind(ctx, name), toks[0].i, head.i + 1)


def _governing_subject(verb: Token) -> Token | None:
    """"The minister refused to resign, denying any wrongdoing": a participle or a conjoined verb
    without a subject of its own shares the subject of the clause it hangs on."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def _refer(ctx: Context, tok: Token, cue: Token) -> ActorDraft | None:
    """The actor a subject or agent names or refers back to."""
    own = ctx.token_actor.get(tok.i)
    pobjs = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for child in (*tok.children, *(g for p in pobjs for g in p.children)):
        # "One of these groups, the Syrian Democratic Forces (SDF), opposed"; "A spokesman for the
        # Taliban, Zabihullah Mujahid, denied" (the parser hangs the name on "Taliban")
        if child.dep_ == "appos" and child.i in ctx.token_actor and (
                own is None and child.head.i == tok.i or ctx.token_actor[child.i].kind == ActorKind.person):
            return ctx.token_actor[child.i]
    if tok.lower_ in _FIRST_PERSON:  # "'We reject these claims,' the ministry said": the quote's speaker
        owner = quote_owner(ctx, tok.idx)
        if owner is not None:
            return owner
    actor = actor_at(ctx, tok)
    if actor is not None:
        return actor
    if tok.lower_ == "it":
        return recent_body(ctx, tok.i)
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        named = named_body(ctx, tok)  # "the ministry": the Defence Ministry named before
        return named if named is not None else body_referent(ctx, tok)  # "the group", "the statement"
    known = known_name(ctx, tok)  # "Trump" the parser took for a common noun
    return known if known is not None else indefinite_person(ctx, tok, ctx.sent_of[tok.i], cue)


def issuer(ctx: Context, noun: Token) -> ActorDraft | None:
    """Who issued a statement or a denial: "X's statement", "a statement from X", "X issued a statement"."""
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod"):
            actor = actor_at(ctx, child)
            if actor is not None:
                return actor
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and actor_at(ctx, pobj) is not None:
                return actor_at(ctx, pobj)
    if noun.dep_ == "dobj":  # "drew a denial from X", the parser hanging "from X" on the verb
        for prep in noun.head.children:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.lower_ == "from" else None
            if pobj is not None and actor_at(ctx, pobj) is not None:
                return actor_at(ctx, pobj)
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return _subject_actor(ctx, noun.head) if noun.dep_ != "nsubjpass" else denier_of(ctx, noun.head)
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
        return _subject_actor(ctx, noun.head.head)  # "X said in a statement denying ..."
    return None


def indefinite_person(ctx: Context, subj: Token, n: int, cue: Token | None = None) -> ActorDraft | None:
    """"A citizen of Kyrgyzstan ... pleaded not guilty" followed by the name in the next sentence.

    A person named inside what is denied ("a judge dismissed a Trump lawsuit") is not the denier."""
    if not any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in subj.children):
        return None
    first: dict[int, int] = {}
    for j, a in ctx.person_order:
        first.setdefault(id(a), j)
    for j, a in ctx.person_order:
        if cue is not None and cue.i < j <= cue.right_edge.i:
            continue
        if first[id(a)] < subj.i:
            continue  # a person the article has already named is not introduced by "a citizen"
        if ctx.sent_of.get(j) == n + 1 and not _is_subject_mention(ctx, j, a):
            continue  # in the next sentence, only the one it is about
        if ctx.sent_of.get(j) in (n, n + 1) and j > subj.i:
            if subj.text not in a.aliases:
                a.aliases.append(ctx.text_of(subj.left_edge.i, subj.right_edge.i + 1))
            return a
    return None


def _is_subject_mention(ctx: Context, j: int, actor: ActorDraft) -> bool:
    k = j
    while k < len(ctx.doc) and ctx.token_actor.get(k) is actor:
        if ctx.doc[k].dep_ in ("nsubj", "nsubjpass"):
            return True
        k += 1
    return False


# -- 3. the denied proposition ----------------------------------------------------------------


def proposition(ctx: Context, cue: Token) -> str:
    span = _proposition_span(ctx, cue)
    if span is None:
        sent = ctx.sents[ctx.sent_of[cue.i]]
        span = (cue.i + 1, sent.end) if cue.i + 1 < sent.end else (cue.i, sent.end)
    return ctx.text_of(*_without_frame(ctx, span)).strip(" ,;:.\"'")


def _without_frame(ctx: Context, span: Offsets) -> Offsets:
    """The proposition without a reporting clause run into it: "that troops are going to be sent,
    saying Saturday, ..." ends before ", saying"."""
    start, end = span
    speech = ctx.rules.reporting | ctx.rules.labelling_verbs
    for k in range(start + 1, end):
        t = ctx.doc[k]
        if t.tag_ == "VBG" and t.lemma_.lower() in speech and ctx.doc[k - 1].text in (",", ";", "--", "—"):
            return start, k - 1
    return start, end


def _proposition_span(ctx: Context, cue: Token) -> Offsets | None:
    if cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.head.lemma_.lower() in ctx.rules.reporting and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in cue.children):  # "in a denial, the ministry said [no one was hurt]"
        said = next((c for c in cue.head.head.children if c.dep_ == "ccomp"), None)
        if said is not None:
            return said.left_edge.i, said.right_edge.i + 1
    refused = _refused(ctx, cue) if cue.pos_ == "VERB" else None
    if refused is not None:  # "refused to accept responsibility for the attack"
        return (refused.i + 1, refused.right_edge.i + 1) if refused.right_edge.i > refused.i else None
    if cue.pos_ == "VERB" and passive(cue):  # "the claim was denied by X"
        subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        return _nominal(ctx, subj) if subj is not None else None
    idiom = _idiom_object(ctx, cue) if cue.pos_ == "VERB" else None
    if idiom is not None:  # "took issue with the claim that ...": what "with" names
        for prep in (*idiom.children, *cue.children):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.lower_ in ("with", "on", "to") else None
            if pobj is not None:
                return _nominal(ctx, pobj)
        return None
    back = next((c for c in cue.children if c.lower_ == "back" and c.dep_ in ("prt", "advmod")), None) if cue.pos_ == "VERB" else None
    if back is not None:  # "hit back at the report": what "at" names
        for prep in (*back.children, *cue.children):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ in ("at", "against", "on") else None
            if pobj is not None:
                return _nominal(ctx, pobj)
    has_object = any(c.dep_ == "dobj" for c in cue.children)
    for child in cue.children:
        if child.dep_ == "ccomp" and not (has_object and child.i < cue.i):  # a quote run into "X criticized the decision"
            return child.left_edge.i, child.right_edge.i + 1
        if child.dep_ == "dobj":
            if child.tag_ in _RELATIVE_TAGS:
                return _antecedent(ctx, cue)  # "..., which he denied"
            head_object = _object_of(cue.head)
            if child.lower_ in ("it", "this", "that") and cue.dep_ in ("advcl", "conj", "xcomp") and head_object is not None:
                return _nominal(ctx, head_object)  # "rejected the deal, calling it 'null and void'"
            if child.lower_ in ("it", "this", "that", "them", "these", "those"):
                named = _named_before(ctx, child)  # "These claims are false and we reject them"
                if named is not None:
                    return _nominal(ctx, named)
            return _nominal(ctx, child)
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > cue.i:  # "dismissed as absurd reports that X"
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            clause = _nominal(ctx, pobj) if pobj is not None else None
            if clause is not None and ctx.doc[clause[0]].lower_ == "that":
                return clause
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS and child.i > cue.i:  # not "on Sunday denied"
            pobj = next((g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)
            if pobj is not None and pobj.tag_ in _RELATIVE_TAGS:
                return _antecedent(ctx, cue)  # "the decision, which Ross referred to as a stunt"
            return _nominal(ctx, pobj) if pobj is not None else None
    subj = subject_of(ctx, cue) if cue.pos_ == "VERB" else None
    if cue.dep_ == "relcl" and cue.i > cue.head.i and not (subj is not None and subj.tag_ in _RELATIVE_TAGS):
        return _antecedent(ctx, cue)  # "the plan, which they rejected" parsed without an object
    return None


def _named_before(ctx: Context, pronoun: Token) -> Token | None:
    """The claim or report a pronoun object stands for: the last proposition noun in this or the previous sentence."""
    n = ctx.sent_of[pronoun.i]
    for j in range(pronoun.i - 1, ctx.sents[max(0, n - 1)].start - 1, -1):
        if ctx.doc[j].pos_ == "NOUN" and ctx.doc[j].lemma_.lower() in ctx.rules.proposition_nouns:
            return ctx.doc[j]
    return None


def _object_of(verb: Token) -> Token | None:
    """A verb's object, or the object of its "on"/"about" ("commented on the agreement")."""
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "about"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _nominal(ctx: Context, noun: Token) -> Offsets:
    """A noun phrase, or the clause of a proposition noun ("the claim that X" -> "that X")."""
    if noun.lemma_.lower() in ctx.rules.proposition_nouns:
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp", "relcl", "appos") and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
                return child.left_edge.i, child.right_edge.i + 1
    end = noun.right_edge.i + 1
    for child in noun.children:  # "dismissed the allegations as fake news": not what is denied
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > noun.i:
            end = min(end, child.i)
        if child.dep_ == "prep" and child.i > noun.i and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
            end = min(end, child.i)  # "rejected the accusations on Thursday": when, not what
    return noun.left_edge.i, end


def _antecedent(ctx: Context, cue: Token) -> Offsets:
    """What "which" stands for: the noun phrase it follows, or the clause before it."""
    head = cue.head
    sent = ctx.sents[ctx.sent_of[cue.i]]
    rel_start = cue.left_edge.i
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"):
        start = head.left_edge.i
    else:
        start = sent.start
    end = rel_start
    while end > start and (ctx.doc[end - 1].is_punct or ctx.doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else (cue.i, cue.i + 1)


# -- denial phrases ---------------------------------------------------------------------------


def _frame_denials(ctx: Context, taken: set[int]) -> list[DenialRow]:
    """Inside what a speaker said: a report or claim called false ("said the allegations were
    fabricated"), or a deed the speaker says they did not do ("'We did not fire a single shot,' the
    ministry said"; "the army said it had never targeted civilians"). One per sentence."""
    out: list[DenialRow] = []
    for frame in ctx.frames:
        speaker = frame.speaker
        for k in _said_tokens(ctx, frame) if speaker is not None or frame.kind == "verb" else ():
            n = ctx.sent_of[k]
            if n in taken:
                continue
            content = _falsified(ctx, ctx.doc[k]) or (_undone(ctx, ctx.doc[k], speaker) if speaker is not None else None)
            if content is not None and speaker is None:  # "Google said the report was false", "Google" untagged
                subj = subject_of(ctx, ctx.doc[frame.cue])
                speaker = described_denier(ctx, subj) if subj is not None else None
            if content is not None and speaker is not None:
                out.append(denial_row(ctx, speaker, ctx.text_of(*content).strip(" ,;:\"'"), ctx.sents[n]))
                taken.add(n)
                break  # a quote that says it again ("I didn't. I didn't put any pressure") denies once
    out.extend(_unattributed(ctx, taken))
    return out


def _unattributed(ctx: Context, taken: set[int]) -> list[DenialRow]:
    """"The company said the report was false" where the attribution stage found no speaker (an
    unnamed body, a name the tagger missed): the speech verb's subject, under its description,
    denies the report its clause calls false."""
    out: list[DenialRow] = []
    framed = {f.cue for f in ctx.frames}
    for t in ctx.doc:
        n = ctx.sent_of[t.i]
        if t.i in framed or n in taken or t.pos_ != "VERB" or t.lemma_.lower() not in ctx.rules.reporting:
            continue
        subj = subject_of(ctx, t)
        clause = next((c for c in t.children if c.dep_ == "ccomp"), None)
        if subj is None or clause is None or any(c.dep_ == "neg" for c in t.children):
            continue
        content = next((c for c in (_falsified(ctx, g) for g in clause.subtree) if c is not None), None)
        speaker = described_denier(ctx, subj) if content is not None else None
        if content is not None and speaker is not None:
            out.append(denial_row(ctx, speaker, ctx.text_of(*content).strip(" ,;:\"'"), ctx.sents[n]))
            taken.add(n)
    return out


def _said_tokens(ctx: Context, frame: Frame) -> range:
    """The tokens of what a frame says: its content, or the whole direct quote it owns."""
    start, end = frame.content
    if frame.quote is not None:
        span = ctx.doc.char_span(*frame.quote, alignment_mode="expand")
        if span is not None:  # a quote continued from an earlier attribution has no content span of its own
            start, end = (min(start, span.start), max(end, span.end)) if end > start else (span.start, span.end)
    return range(start, end)


def _falsified(ctx: Context, pred: Token) -> Offsets | None:
    """A report or claim a copula calls false ("the report was false", "the claims are not true"):
    the report's span."""
    if pred.tag_ == "VBN" and pred.lemma_.lower() in ctx.rules.words("denial", "false_participles") and any(c.dep_ == "auxpass" for c in pred.children):
        subj = next((c for c in pred.children if c.dep_ == "nsubjpass"), None)  # "the video was staged"
        negated = any(c.dep_ == "neg" for c in pred.children)
        if subj is not None and not negated and subj.lemma_.lower() in ctx.rules.words("denial", "false_subjects"):
            return _nominal(ctx, subj) if subj.pos_ != "PRON" else (subj.i, pred.right_edge.i + 1)
        return None
    if pred.dep_ not in ("acomp", "attr") or pred.head.lemma_ != "be":
        return None
    subj = next((c for c in pred.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in ctx.rules.words("denial", "false_subjects"):
        return None
    if subj.pos_ == "PRON" and any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > pred.i
                                  for c in (*pred.head.children, *pred.children)):
        return None  # "it is absurd that we had to wait": "it" stands for the clause, not for a report
    negated = any(c.dep_ == "neg" for c in pred.head.children)
    fillers = ("a", "an", "all", "just", "pure", "complete", "total", "utter", "simply")
    for start in (pred.left_edge.i, pred.i):  # "politically motivated"; "categorically false"
        words = " ".join(w for w in ctx.text_of(start, pred.right_edge.i + 1).lower().split() if w not in fillers)
        words = words.strip(" .,\"'")
        if negated and words in ctx.rules.words("denial", "true_predicates") or not negated and any(
                words == w or words.startswith(w + " ") for w in ctx.rules.words("denial", "false_predicates")):
            return _nominal(ctx, subj) if subj.pos_ != "PRON" else (subj.i, pred.right_edge.i + 1)
    return None


def _undone(ctx: Context, verb: Token, speaker: ActorDraft) -> Offsets | None:
    """A past deed the speaker says they did not do: "we did not fire", "it had never targeted"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ctx.rules.words("denial", "deed_exclusions") and not (
            verb.lemma_.lower() == "do" and any(c.dep_ == "dobj" for c in verb.children)):
        return None  # "But I didn't." says nothing; "I have never done that" does
    no_object = verb.tag_ == "VBD" and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in verb.children)
    if not no_object and not any(c.dep_ == "neg" for c in verb.children):
        return None  # "we did not fire", "we never fired", "I put no pressure on them"
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    never = any(c.lower_ == "never" for c in verb.children)
    habitual = verb.tag_ == "VBP" and never  # "I never threaten anybody"
    if any(a in _MODALS for a in auxes) or verb.tag_ not in ("VB", "VBD", "VBN") and not habitual:
        return None  # "we will not negotiate" is a refusal, not a denial
    if verb.tag_ == "VB" and "did" not in auxes:
        return None  # "we don't seek to exclude anyone": a present stance, not a deed denied
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON":
        return None
    quoted = ctx.in_quote(subj.idx) is not None
    if subj.lower_ in _FIRST_PERSON:
        if not quoted:
            return None
    elif quoted or habitual:
        return None  # in a quote the speaker is "I"/"we": "she didn't mean to" is about someone else
    elif (recent_body(ctx, subj.i) if subj.lower_ == "it" else actor_at(ctx, subj)) is not speaker:
        return None  # "Hamas said it had not ...": only the speaker's own deeds
    return verb.left_edge.i, verb.right_edge.i + 1


def _phrase_denials(ctx: Context, taken: set[int]) -> list[DenialRow]:
    """"had nothing to do with", "pleaded not guilty", "no evidence": one per sentence without a cue;
    a defendant's plea is one denial however often it is reported."""
    out: list[DenialRow] = []
    pleaded: list[ActorDraft] = []
    for n, sent in enumerate(ctx.sents):
        if n in taken:
            continue
        stext = ctx.sent_text[n]
        if not ctx.rules.denial_phrase_any.search(stext):
            continue  # none of the phrases below can match
        for pattern in ctx.rules.denial_phrases:
            m = pattern.search(stext)
            if not m:
                continue
            char = sent.start_char + m.start()
            tok = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
            verb = tok.root if tok is not None else sent.root
            while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass")) and verb.head.i != verb.i:
                verb = verb.head  # "did not concede": the clause of "concede", not of "did"
            plea = _PLEA.search(m.group(0)) is not None
            if plea:  # the defendant pleads, not the judge who asked: "asked him to confirm he intended to plead"
                denier = quote_owner(ctx, char) or _subject_above(ctx, verb, 4, lambda node: node.pos_ in ("VERB", "AUX"))
                subj = subject_of(ctx, verb) if denier is None else None
                denier = denier or (described_denier(ctx, subj) if subj is not None else None)  # "the accused pleaded"
            else:
                denier = quote_owner(ctx, char) or speaker_above(ctx, verb, said_only=_state(verb))
            if denier is None:
                break
            if plea and denier in pleaded:
                break  # the same plea reported again
            if plea:
                pleaded.append(denier)
            if verb.i == sent.root.i:
                content = " ".join(stext[m.start():].split())
            else:  # the clause that holds the phrase: "Basu stated [this was not connected to the crime]"
                content = ctx.text_of(verb.left_edge.i, verb.right_edge.i + 1)
            for who in (denier, *_conjoined_above(ctx, verb, denier)):  # "X and Y pleaded not guilty": both
                out.append(denial_row(ctx, who, content.strip(" ,;:\"'"), sent, phrase=True))
            break
    return out


def quote_owner(ctx: Context, char: int) -> ActorDraft | None:
    q = ctx.in_quote(char)
    if q is None:
        return None
    owner = [f for f in ctx.frames if f.quote == q or (
        f.quote is None and ctx.char_span(*f.content)[0] <= char < ctx.char_span(*f.content)[1])]
    return owner[0].speaker if owner else None


def speaker_above(ctx: Context, verb: Token, said_only: bool = False) -> ActorDraft | None:
    """The speaker of the nearest speech verb above the phrase ("Dzhokhar told them that they were
    not connected": Dzhokhar, not "they"), else (unless ``said_only``) the subject of its clause or
    of a verb above it."""
    speech = ctx.rules.reporting
    said = _subject_above(ctx, verb, 6, lambda node: node.lemma_.lower() in speech and node.pos_ in ("VERB", "AUX"))
    return said if said is not None or said_only else _subject_above(ctx, verb, 5, lambda node: node.pos_ in ("VERB", "AUX"))


def _state(verb: Token) -> bool:
    """A phrase that states how things are ("X is not involved in", "had nothing to do with", "is
    unrelated to") rather than an act of its subject ("maintained his innocence", "did not concede"):
    in the article's own voice it is narration, a denial only when someone says it."""
    return verb.lemma_.lower() in ("be", "have") or any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.lemma_.lower() == "be" for c in verb.children if c.dep_ == "aux"))


def _subject_above(ctx: Context, verb: Token, steps: int, accept: Callable[[Token], bool]) -> ActorDraft | None:
    """The subject actor of the first node that ``accept`` takes, climbing at most ``steps`` heads."""
    node = verb
    for _ in range(steps):
        if accept(node):
            actor = _subject_actor(ctx, node)
            if actor is not None:
                return actor
        if node.head.i == node.i:
            break
        node = node.head
    return None


# -- the denial and the claim it answers ------------------------------------------------------


def denial_row(ctx: Context, denier: ActorDraft, content: str, sent: Span, phrase: bool = False) -> DenialRow:
    span = (sent.start_char, sent.end_char)
    ev = [ctx.evidence(*span)]
    return Denial(id="", denier_name=denier.name, content=content[:300], evidence=ev), span, phrase


def answer(denial: Denial, span: Offsets, claim_rows: list[ClaimRow], nouns: frozenset[str] = frozenset()) -> str | None:
    """The claim a denial answers: the most overlap of the denied proposition with its content,
    earlier claims preferred; never the denier's own claim or one inside the denial's sentence.

    A denied proposition that only names a claim ("denied the accusation", "the legal team's
    claims", with one of ``nouns``) answers the last claim before it, that owner's if it is named."""
    best, best_score = None, 0.0
    before = []
    for claim, _frame, (cs, ce) in claim_rows:
        if claim.claimant_name and claim.claimant_name == denial.denier_name:
            continue
        if span[0] <= cs < span[1]:
            continue
        if ce <= span[0] and span[0] - cs < _REFERENCE_REACH:
            before.append(claim)
        score = overlap(denial.content, claim.content) + (0.05 if ce <= span[0] else 0.0)
        if score > best_score:
            best, best_score = claim, score
    if best is not None and best_score >= 0.25:
        return best.id
    words = [w.strip(".,;:'\"").lower() for w in denial.content.split()]
    if before and len(words) <= 6 and any(w.removesuffix("s") in nouns or w in nouns for w in words[-2:]):
        text = denial.content.lower()
        owned = [c for c in before if c.claimant_name and any(
            len(w) > 2 and w.lower() in text for w in c.claimant_name.split())]
        return (owned or before)[-1].id
    return None


def spell_out(denial: Denial, claims: list[Claim], nouns: frozenset[str]) -> None:
    """"Iran denied the accusation": the denied proposition is what the accusation it answers says,
    so a content that only names a claim ("the accusation", "these reports") gets that claim's words."""
    words = [w.strip(".,;:'\"").lower() for w in denial.content.split()]
    if not denial.responds_to or not words or len(words) > 4 or not (words[-1] in nouns or words[-1].removesuffix("s") in nouns):
        return
    claim = next((c for c in claims if c.id == denial.responds_to), None)
    if claim is not None:
        denial.content = f"{denial.content}: {claim.content}"[:300]

