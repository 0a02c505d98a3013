"""Stage 3, denials, step 3: what is denied (:func:`proposition`).

The cue's complement clause, the clause of a proposition noun ("the claim that ..."), its object
("rejected the accusations"), the noun phrase after a denial noun ("denial of ..."), or the
antecedent of "which"; without the reporting frame or the label (", saying ...", "as fake news").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.offline.doc import MODALS, Context, Frame, Offsets
from summarizer.offline.mentions import subject_of

if TYPE_CHECKING:

    from spacy.tokens import Token

from summarizer.offline.deniers import (
    RELATIVE_TAGS,
    answered_claim,
    labelled_subject,
    passive,
    passive_participle,
    phrasal_object,
)

_CONTENT_PREPS = ("on", "of", "to", "about")
_CONCESSIVE = ("while", "whereas", "although", "though")
_VIEW_REACH = 2  # sentences back to look for the view a bare disagreement answers


def idiom_object(ctx: Context, verb: Token) -> Token | None:
    """"took issue with the claim": the object word of a rejecting idiom, if ``verb`` has one."""
    idioms = ctx.rules.words("denial", "object_idioms")
    lemma = verb.lemma_.lower()
    if lemma not in ctx.rules.object_idiom_leads:
        return None  # no idiom starts with this verb: its objects need no look
    return next((c for c in verb.children if c.dep_ == "dobj" and f"{lemma} {c.lower_}" in idioms), None)




def disagreeing(ctx: Context, lemma: str) -> bool:
    """A verb of disagreement, or of agreement (which disagrees when negated)."""
    return lemma in ctx.rules.words("denial", "disagreement_verbs") or lemma in ctx.rules.words("denial", "agreement_verbs")


def disagreed(ctx: Context, verb: Token) -> Offsets | None:
    """"disagreed with these findings", "I do not agree that this is the end of X": what a
    disagreement (or a negated agreement) denies: the claim "with" names, or the clause; none for
    a hypothetical or infinitive one ("you would disagree with it", "the right to disagree")."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated != (lemma in ctx.rules.words("denial", "agreement_verbs")):
        return None  # "disagreed", "did not agree": not "agreed", nor "did not disagree"
    if any(c.dep_ == "aux" and c.lower_ in (*MODALS, "to") for c in verb.children):
        return None
    claims = ctx.rules.proposition_nouns | ctx.rules.words("denial", "false_subjects") | ctx.rules.words("denial", "disagreement_objects")
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return child.left_edge.i, child.right_edge.i + 1
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "with" else None
        if pobj is not None and pobj.lemma_.lower() in claims and (pobj.pos_ != "PRON" or pobj.lower_ in ("it", "this", "that")):
            return nominal(ctx, pobj)
        said = _said_by(ctx, pobj) if pobj is not None else None
        if said is not None:  # "I disagree with those who assert X": X
            return said
    if lemma in ctx.rules.words("denial", "disagreement_verbs") and _bare(ctx, verb):
        return _conceded(verb) or _view_before(ctx, verb)  # "Isaac disagrees:", "While most ..., X disagreed"
    return None


def _said_by(ctx: Context, who: Token) -> Offsets | None:
    """"those who assert X", "critics who say that X": the clause of the speech verb of a relative clause on ``who``."""
    for rel in who.children:
        if rel.dep_ == "relcl" and rel.lemma_.lower() in ctx.rules.reporting:
            clause = next((c for c in rel.children if c.dep_ == "ccomp" and c.i > rel.i), None)
            if clause is not None:
                return clause.left_edge.i, clause.right_edge.i + 1
            # the parser may hang the asserted clause's verb on the sentence ("those who assert Ethiopia [dobj]
            # ... are too burdened", "are" an advcl of "disagree" or the root): read up to its end
            ends = [c.right_edge.i for c in who.head.head.children if c.dep_ in ("advcl", "ccomp") and c.i > rel.i]
            root = ctx.sents[ctx.sent_of[rel.i]].root
            return rel.i + 1, max(rel.right_edge.i, *ends, root.right_edge.i if root.i > rel.i else rel.i) + 1
    return None


def _bare(ctx: Context, verb: Token) -> bool:
    """A disagreement that is its sentence's main verb and names nothing it disagrees with or about
    ("Isaac disagrees:", "La Riva disagreed, stating that ..."; not "disagreed on the date", nor two
    parties disagreeing with each other, "Smith and Jones disagreed", "The two men disagreed")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    reciprocal = any(s.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in s.children) for s in subjects)
    quoted = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ctx.rules.reporting  # '"I disagree," Smith said'
    return (verb.dep_ == "ROOT" or quoted) and not reciprocal and not any(  # ("Smith and Jones disagreed": with each other)
        c.dep_ in ("dobj", "ccomp", "prep", "xcomp", "dative", "attr", "acomp", "npadvmod") for c in verb.children)


def _conceded(verb: Token) -> Offsets | None:
    """"While the majority of reactions were negative, X disagreed": the concessive clause before it."""
    for c in verb.children:
        mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in _CONCESSIVE), None)
        if c.dep_ == "advcl" and c.i < verb.i and mark is not None:
            return mark.i + 1, c.right_edge.i + 1
    return None


def _view_before(ctx: Context, verb: Token) -> Offsets | None:
    """The view a bare disagreement answers: what another speaker said last, ending before its sentence and
    told in the two sentences before it ("Khalil notes: She had no choice. Isaac disagrees:"; the clause of a
    speech verb framed for no one counts, "Analysts said the merger would cut costs. Smith disagreed"); none
    without one. Not the disagreeing speaker's own words ('Smith said X. "I disagree," Smith said' answers X only
    if another said X)."""
    n = ctx.sent_of[verb.i]
    start, lo = ctx.sents[n].start, ctx.sents[max(0, n - _VIEW_REACH)].start
    subject = subject_of(ctx, verb)
    own = subject.text.lower() if subject is not None and subject.pos_ == "PROPN" else None
    holder = next((f.speaker for f in ctx.frames if f.content[0] <= verb.i < f.content[1]), None)  # '"I disagree," Smith said'
    views = [_told(ctx, f) for f in ctx.frames if f.cue != verb.i and (holder is None or f.speaker is not holder)
             and not (own and f.speaker is not None and own in f.speaker.name.lower().split())]
    framed = {f.cue for f in ctx.frames}
    views += [(c.left_edge.i, c.right_edge.i + 1) for t in ctx.doc[lo:start] if t.i not in framed and t.pos_ == "VERB"
              and t.lemma_.lower() in ctx.rules.reporting for c in t.children if c.dep_ == "ccomp"]
    told = [v for v in views if v is not None and lo <= v[0] and v[1] <= start]
    return max(told, key=lambda v: v[1]) if told else None


def _told(ctx: Context, frame: Frame) -> Offsets | None:
    """What a frame tells: its content, or the paragraph a block's intro ("Khalil notes:") sets apart."""
    if frame.quote is None or frame.kind != "block":
        return frame.content
    block = ctx.doc.char_span(frame.quote[0], frame.quote[1], alignment_mode="expand")
    return (block.start, block.end) if block is not None else None


def refused_complement(ctx: Context, verb: Token) -> Token | None:
    """The complement of "refused to accept/admit/acknowledge", if that is what ``verb`` governs."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in ctx.rules.refused_complements), None)


def proposition(ctx: Context, cue: Token) -> str:
    span = _proposition_span(ctx, cue)
    if span is None:
        sent = ctx.sents[ctx.sent_of[cue.i]]
        span = (cue.i + 1, sent.end) if cue.i + 1 < sent.end else (cue.i, sent.end)
    text = ctx.text_of(*without_frame(ctx, span)).strip(" ,;:.\"'")
    return text or ctx.text_of(*span).strip(" ,;:.\"'")  # "Biden denied, though Trump said ...": nothing else to give


def without_frame(ctx: Context, span: Offsets) -> Offsets:
    """The proposition without a reporting clause run into it: "that troops are going to be sent,
    saying Saturday, ..." ends before ", saying"."""
    start, end = span
    speech = ctx.rules.reporting | ctx.rules.labelling_verbs
    for k in range(start + 1, end):
        t = ctx.doc[k]
        if t.tag_ == "VBG" and t.lemma_.lower() in speech and ctx.doc[k - 1].text in (",", ";", "--", "—"):
            return start, k - 1
        if t.lower_ in ("while", "whereas", "though", "although") and t.dep_ == "mark" and ctx.doc[k - 1].text == "," and t.head.lemma_.lower() in speech:
            return start, k - 1  # "that his client acted in self-defense, while prosecutors said he ...": another's claim
        if second_denial(ctx, t):  # "denied having used any weapons and also deny the reports that ...": a denial of its own
            cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), None)
            return start, cc.i if cc is not None and cc.i > start else t.left_edge.i
    return start, end


def second_denial(ctx: Context, verb: Token) -> bool:
    """A denial verb conjoined to another clause with an object or a clause of its own ("denied having used any
    chemical weapons and also deny the reports that 147 civilians had been killed"): a second denial."""
    return (verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.lemma_.lower() in ctx.rules.denial_verbs
            and any(c.dep_ == "ccomp" or c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.children))  # not "dismissed it as ..."


def _proposition_span(ctx: Context, cue: Token) -> Offsets | None:
    if cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.head.lemma_.lower() in ctx.rules.reporting and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in cue.children):  # "in a denial, the ministry said [no one was hurt]"
        said = next((c for c in cue.head.head.children if c.dep_ == "ccomp"), None)
        if said is not None:
            return said.left_edge.i, said.right_edge.i + 1
    refused = refused_complement(ctx, cue) if cue.pos_ == "VERB" else None
    if refused is not None:  # "refused to accept responsibility for the attack"
        return (refused.i + 1, refused.right_edge.i + 1) if refused.right_edge.i > refused.i else None
    if cue.pos_ == "VERB" and passive_participle(ctx, cue):  # "a claim denied by X": the claim noun
        return _claim_before(ctx, cue.head) or (cue.head.left_edge.i, cue.i)
    if cue.pos_ == "VERB" and passive(cue):  # "the claim was denied by X"
        subj = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
        return nominal(ctx, subj) if subj is not None else None
    if cue.pos_ == "VERB" and disagreeing(ctx, cue.lemma_.lower()):
        return disagreed(ctx, cue)  # "disagreed with these findings": what "with" names
    answered = answered_claim(ctx, cue) if cue.pos_ == "VERB" else None
    if answered is not None:  # "responded to Mohamad's claims": the claims (not "saying ..." the parser hung on them)
        start, end = nominal(ctx, answered)
        return start, min([end, *(c.left_edge.i for c in answered.children  # (token offsets)
                                  if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in ctx.rules.reporting)])
    idiom = idiom_object(ctx, cue) if cue.pos_ == "VERB" else None
    if idiom is not None:  # "took issue with the claim that ...": what "with" names
        for prep in (*idiom.children, *cue.children):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.lower_ in ("with", "on", "to") else None
            if pobj is not None:
                return nominal(ctx, pobj)
        return None
    back = next((c for c in cue.children if c.lower_ == "back" and c.dep_ in ("prt", "advmod")), None) if cue.pos_ == "VERB" else None
    if back is not None:  # "hit back at the report": what "at" names
        for prep in (*back.children, *cue.children):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.dep_ == "prep" and prep.lower_ in ("at", "against", "on") else None
            if pobj is not None:
                return nominal(ctx, pobj)
    particled = phrasal_object(ctx, cue)
    if particled is not None:  # "shrugged off the criticism" parsed with "off" a preposition: the criticism
        return nominal(ctx, particled)
    has_object = any(c.dep_ == "dobj" for c in cue.children)
    labelled = labelled_subject(cue) if cue.lemma_.lower() in ctx.rules.labelling_verbs else None
    if labelled is not None:
        return nominal(ctx, labelled)  # "branded the accusations lies": the accusations
    for child in cue.children:
        if child.dep_ == "ccomp" and not (has_object and child.i < cue.i):  # a quote run into "X criticized the decision"
            return child.left_edge.i, child.right_edge.i + 1
        if child.dep_ == "dobj":
            if child.tag_ in RELATIVE_TAGS:
                return _antecedent(ctx, cue)  # "..., which he denied"
            head_object = _object_of(cue.head)
            if child.lower_ in ("it", "this", "that") and cue.dep_ in ("advcl", "conj", "xcomp") and head_object is not None:
                return nominal(ctx, head_object)  # "rejected the deal, calling it 'null and void'"
            if child.lower_ in ("it", "this", "that", "them", "these", "those"):
                named = _named_before(ctx, child)  # "These claims are false and we reject them"
                if named is not None:
                    return nominal(ctx, named)
            return _report_clause_apart(ctx, cue, child) or nominal(ctx, child)
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > cue.i:  # "dismissed as absurd reports that X"
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            clause = nominal(ctx, pobj) if pobj is not None else None
            if clause is not None and ctx.doc[clause[0]].lower_ == "that":
                return clause
        if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS and child.i > cue.i:  # not "on Sunday denied"
            pobj = next((g for g in child.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")), None)
            if pobj is None and any(g.dep_ == "pobj" for g in child.children):
                continue  # "denied on Wednesday that ...": when, not what; the clause after it is
            if pobj is not None and pobj.tag_ in RELATIVE_TAGS:
                return _antecedent(ctx, cue)  # "the decision, which Ross referred to as a stunt"
            return nominal(ctx, pobj) if pobj is not None else None
    shifted = _label_first(ctx, cue) if cue.pos_ == "VERB" and not has_object else None
    if shifted is not None:  # "dismissed as baseless the opposition's allegations": the allegations
        return shifted
    subj = subject_of(ctx, cue) if cue.pos_ == "VERB" else None
    if cue.dep_ == "relcl" and cue.i > cue.head.i and not (subj is not None and subj.tag_ in RELATIVE_TAGS):
        return _antecedent(ctx, cue)  # "the plan, which they rejected" parsed without an object
    return None


def _label_first(ctx: Context, cue: Token) -> Offsets | None:
    """"dismissed as baseless the opposition's allegations about the killings", 'contradicted as "incorrect" the
    news reports being run by some channels': an object set after its label ("as" and the label's adjectives) is
    what is denied, without the label; the parser hangs it on the label (an adjective "as" modifies) or takes it
    for the object of "as" with the label its adjectives (a hyphened label read whole, a day after it read past:
    'described as "far-fetched" on Wednesday remarks by the ambassador': the remarks)."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "advcl" and child.pos_ == "ADJ" and any(
                m.dep_ == "advmod" and m.lower_ == "as" and m.i < child.i for m in child.children):
            obj = next((g for g in child.children if g.dep_ == "dobj" and g.i > child.i), None)
            if obj is not None:
                return nominal(ctx, obj)
        pobj = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" and child.lower_ == "as" else None
        if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or _a_label(ctx, pobj):
            continue  # "dismissed as blatant lie, media reports that ...": the label, not an object after it
        start = child.i + 1
        while start < pobj.i:
            tok = ctx.doc[start]
            if tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in tok.children):
                start = tok.right_edge.i + 1  # 'as "far-fetched" on Wednesday remarks by ...': the day, not the object
            elif _label_word(tok) or tok.is_quote or tok.text == "-":
                start += 1
            else:
                break
        if any(_label_word(ctx.doc[k]) and ctx.doc[k].pos_ != "ADV" for k in range(child.i + 1, start)):
            return start, pobj.right_edge.i + 1
    return None


def _a_label(ctx: Context, noun: Token) -> bool:
    """A noun that calls what it is said of false or dismisses it ("lie", "fabrication", "hoax")."""
    return noun.lemma_.lower() in ctx.rules.words("denial", "false_predicates") or bool(
        ctx.rules.dismissive.fullmatch(noun.lower_))


def _label_word(tok: Token) -> bool:
    """A word of a label set before its object: an adjective or an adverb, or a lowercase word the tagger took for
    part of the name after it ("dismissed as baseless Rahul's allegations": "baseless" a proper noun)."""
    return tok.pos_ in ("ADJ", "ADV") or tok.pos_ == "PROPN" and tok.text.islower()


def _report_clause_apart(ctx: Context, cue: Token, noun: Token) -> Offsets | None:
    """"denied German press reports Sunday that the president was informed", "denied reports, including one from a
    rights group, that its embassies were harassing exiles", "denied accusations Sunday by two groups that the army
    killed 100 people": the "that" clause of a proposition noun the parser hung on the verb past a day, a
    parenthetical or an agent after the noun (the noun with no clause of its own) is what is denied, up to a
    participle of speech that only tells how it was denied (", saying ...")."""
    if noun.lemma_.lower() not in ctx.rules.proposition_nouns or any(
            c.dep_ in ("acl", "ccomp", "relcl", "appos") for c in noun.children):
        return None
    for clause in cue.children:
        that = ctx.doc[clause.left_edge.i]
        if clause.dep_ not in ("ccomp", "advcl") or clause.i < noun.i or that.lower_ != "that" or (
                that.dep_ != "mark" or that.head.i != clause.i):  # a clause's "that", not "that Sgt." cut by a full stop
            continue
        return that.i, min([clause.right_edge.i + 1, *(c.left_edge.i for c in clause.children if c.dep_ == "advcl"
                                                      and c.tag_ == "VBG" and c.lemma_.lower() in ctx.rules.reporting)])
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


def _claim_before(ctx: Context, noun: Token) -> Offsets | None:
    """"Reports said troops fired on protesters, a claim denied by the army": the clause a claim noun set
    off by a comma stands for, the largest phrase that ends right before the comma."""
    comma = noun.left_edge.i - 1
    if comma < 1 or ctx.doc[comma].text != "," or noun.dep_ != "appos":
        return None
    node = ctx.doc[comma - 1]
    while node.head.i != node.i and node.head.right_edge.i <= comma and node.head.i < comma:
        node = node.head
    return (node.left_edge.i, comma) if node.left_edge.i < comma - 1 else None


def nominal(ctx: Context, noun: Token) -> Offsets:
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
        if child.dep_ in ("acl", "amod") and child.i > noun.i and noun.dep_ == "dobj" and short_label(child) and (
                noun.head.lemma_.lower() in ctx.rules.labelling_verbs):
            end = min(end, child.left_edge.i)  # 'called the charges "trumped-up"': the label, not what is denied
        if child.dep_ == "prep" and child.i > noun.i and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
            end = min(end, child.i)  # "rejected the accusations on Thursday": when, not what
    return noun.left_edge.i, end


def short_label(tok: Token) -> bool:
    """A participle or adjective after a labelled object, of at most three words, that the parser hung on the
    object rather than the verb ('called the charges "trumped-up"'; not "the report released by ...", nor a
    participle that acts: "attack any loudspeakers broadcasting propaganda")."""
    own = [c for c in tok.rights if c.dep_ not in ("cc", "conj")]  # "misleading and politically motivated": each
    return tok.tag_ in ("VBN", "JJ") and max((c.right_edge.i for c in own), default=tok.i) - tok.left_edge.i < 3


def _antecedent(ctx: Context, cue: Token) -> Offsets:
    """What "which" stands for: the noun phrase it follows, or the clause before it."""
    head = cue.head
    sent = ctx.sents[ctx.sent_of[cue.i]]
    rel_start = cue.left_edge.i
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"):
        start = head.left_edge.i
    else:
        start = sent.start
        said = _reported(ctx, sent.root, rel_start)
        if said is not None:  # "Bolton claims Trump asked Xi for help, which Trump denied": what Bolton claims
            start = said.left_edge.i
    end = rel_start
    if start < head.left_edge.i and head.lemma_.lower() in ctx.rules.proposition_nouns:
        end = head.left_edge.i  # "Critics claim that X, an accusation the government denies": X
    while end > start and (ctx.doc[end - 1].is_punct or ctx.doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else (cue.i, cue.i + 1)


def _reported(ctx: Context, root: Token, before: int) -> Token | None:
    """The clause a sentence's speech verb reports ("Bolton claims [Trump asked Xi for help]"), when it
    begins after the verb and before token ``before``."""
    if root.i >= before or root.lemma_.lower() not in ctx.rules.reporting:
        return None
    said = next((c for c in root.children if c.dep_ == "ccomp" and root.i < c.left_edge.i < before), None)
    return said
