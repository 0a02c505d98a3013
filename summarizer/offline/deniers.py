"""Stage 3, denials, step 2: who denies (:func:`denier_of`).

The subject of the cue, or each actor conjoined to it ("Durbin and Schiff both questioned"); the
passive agent ("was denied by the Armed Forces"); the issuer of a statement ("X's leadership issued a
statement denying"); the body a pronoun or a definite description refers back to ("The ministry ...
It denied"); a definite description the article never named, for a strong cue ("The embassy
denied"); the owner of a quote (:func:`quote_owner`) or the speaker above a phrase
(:func:`speaker_above`). The cue itself is found in :mod:`summarizer.offline.denials`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.offline.attribution import body_referent, described_followers, persons_body, recent_body
from summarizer.offline.doc import MODALS, ActorDraft, Context, definite
from summarizer.offline.mentions import (
    actor_at,
    add_mention,
    known_name,
    last_person,
    name_start,
    named_body,
    names_person,
    org_kind,
    org_of_name,
    subject_of,
    titled_person,
)
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

RELATIVE_TAGS = ("WDT", "WP")  # "which", "who", "that" opening a relative clause
FIRST_PERSON = ("i", "we")

def passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)




def conjoined(ctx: Context, cue: Token, first: ActorDraft) -> list[ActorDraft]:
    """"Durbin and Schiff both questioned ...": every actor conjoined to the cue's subject denies."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue.pos_ == "VERB" else None
    if subj is None:
        return []
    if _refers_to_several(ctx, subj):  # "Smith and Brown were charged. They denied ...": both
        return [a for a in their_persons(ctx, subj) if a is not first]
    found: list[ActorDraft] = []
    for c in subj.conjuncts:
        actor = actor_at(ctx, c) if c.pos_ in ("PROPN", "PRON") else None
        if actor is None:  # "and incoming chair of the committee Adam Schiff": the person, not the committee
            actor = next((ctx.token_actor[g.i] for g in c.subtree if g.i in ctx.token_actor
                          and ctx.token_actor[g.i].kind == ActorKind.person), None)
        if actor is not None and actor is not first and actor not in found:
            found.append(actor)
    return found


def conjoined_above(ctx: Context, verb: Token, denier: ActorDraft) -> list[ActorDraft]:
    """The actors conjoined to the subject that names ``denier``, on ``verb`` or a verb above it
    ("Iran and Syria said they had nothing to do with it")."""
    node = verb
    for _ in range(6):
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None and (actor_at(ctx, subj) is denier or denier in their_persons(ctx, subj)):
            return conjoined(ctx, node, denier)
        if node.head.i == node.i:
            break
        node = node.head
    return []


def denier_of(ctx: Context, cue: Token) -> ActorDraft | None:
    if cue.pos_ == "NOUN":
        found = issuer(ctx, cue)
        verb = cue.head if cue.dep_ in ("dobj", "attr") else cue.head.head if _issued_with(cue) else None
        subj = subject_of(ctx, verb) if found is None and verb is not None and verb.pos_ in ("VERB", "AUX") else None
        return found if subj is None else described_denier(ctx, subj)  # "the ministry issued a denial"
    if passive(cue) or passive_participle(ctx, cue):
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        pobj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if pobj is None:
            return None
        return _refer(ctx, pobj, cue) or (described_denier(ctx, pobj) if _strong(ctx, cue) else None)
    if cue.dep_ == "acl" and cue.head.lower_ in ctx.rules.statement_nouns:
        return issuer(ctx, cue.head) or _described_issuer(ctx, cue)  # "a statement denying ...": whoever issued it
    found = _subject_actor(ctx, cue)
    if found is None and _strong(ctx, cue):
        subj = subject_of(ctx, cue) or _governing_subject(cue)
        if subj is not None and subj.tag_ in RELATIVE_TAGS and cue.dep_ == "relcl":
            subj = cue.head  # "The company, which has denied the allegations, ...": the company
        elif subj is not None and subj.lower_ in ("it", "they") and cue.dep_ == "ccomp":
            subj = subject_of(ctx, cue.head) or subj  # 'The company said it "categorically denies" ...': the company
        elif subj is not None and subj.lower_ == "we" and cue.dep_ == "ccomp" and cue.head.lemma_.lower() in ctx.rules.reporting:
            subj = subject_of(ctx, cue.head) or subj  # 'the company said: "We categorically deny ..."': the company
        found = described_denier(ctx, subj, _claim_object(ctx, cue)) if subj is not None else None
    return found if found is not None else _misattached_holder(ctx, cue)


def passive_participle(ctx: Context, cue: Token) -> bool:
    """"a claim denied by the army", "an allegation rejected by X": a past participle on a claim or report
    noun with its agent is passive (the parser marks no passive auxiliary); not on an act ("the bill
    rejected by the House" is voted down)."""
    return (cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.lemma_.lower() in ctx.rules.proposition_nouns
            and any(c.dep_ == "agent" for c in cue.children))


def _described_issuer(ctx: Context, cue: Token) -> ActorDraft | None:
    """"The President's Office issued a statement refuting ...", "the ministry released a statement denying
    ...": a strong cue on a statement the subject issued, the subject the article has not named, denies
    under its description, as "The embassy denied" does."""
    statement = cue.head
    if statement.dep_ != "dobj" or statement.head.pos_ not in ("VERB", "AUX") or not _strong(ctx, cue):
        return None
    subj = next((c for c in statement.head.children if c.dep_ == "nsubj"), None)
    return described_denier(ctx, subj) if subj is not None else None


_TOPIC_PREPS = frozenset({"regarding", "about", "concerning", "on", "over"})


def _issued_with(noun: Token) -> bool:
    """"X responded with a denial": the verb above a denial's preposition is the denier's; not one
    naming a topic ("issued a statement regarding the rejection of X as a location": not X's rejection)."""
    return noun.dep_ == "pobj" and noun.head.lower_ not in _TOPIC_PREPS


_HOLDER_REACH = 4  # heads to climb from a misattached cue to the person whose phrase holds it


def _misattached_holder(ctx: Context, cue: Token) -> ActorDraft | None:
    """"X of the University of California, Los Angeles disagreed with ...", "X speaking to the
    Atlantic Council think tank called it ...": a finite verb the parser hung inside its subject's
    phrase (a parataxis on the name, or a clause on a noun of the participle's phrase), the place or
    noun before it taken for its subject. The person named at the head of that phrase denies: the
    first person named on the way up from the cue, or the person subject of a verb on the way."""
    if cue.tag_ != "VBD" or cue.dep_ not in ("parataxis", "acl"):
        return None
    node = cue
    for _ in range(_HOLDER_REACH):
        if node.head.i == node.i:
            return None
        node = node.head
        for tok in (node, *(c for c in node.children if c.dep_ == "nsubj" and node.pos_ in ("VERB", "AUX"))):
            actor = ctx.token_actor.get(tok.i)
            if actor is not None and actor.kind == ActorKind.person and tok.i < cue.i:
                return actor
    return None


def _strong(ctx: Context, cue: Token) -> bool:
    """A cue that denies whatever it governs ("deny", "reject", "refute"), or any cue whose object
    is a claim or report ("dismissed the reports", "disputed the figures"): its subject is the
    denier even when the article has not named it."""
    return cue.lemma_.lower() in ctx.rules.words("denial", "strong_verbs") or _claim_object(ctx, cue)


def answered_claim(ctx: Context, verb: Token) -> Token | None:
    """"Ricky responds to Ma-K's argument saying ...", "Elie Fares responded to Mohamad's claims one by one":
    the claim a verb of answering (``response_verbs``) is "to", one of ``response_objects`` (not "responded to
    reports of a shooting", nor "answer questions"); none for one only meant ("summoned to answer to allegations");
    and for any verb of speech, the claim its "in response to" names ("In response to a criticism by one commenter
    of his handling of the scandal, Karimdjanov replied": ``response_nouns``)."""
    lemma = verb.lemma_.lower()
    if lemma not in ctx.rules.reporting:
        return None
    if any(c.dep_ == "aux" and c.lower_ in (*MODALS, "to") for c in verb.children) or _no_one(verb):
        return None
    claim = _to_claim(ctx, verb) if lemma in ctx.rules.words("denial", "response_verbs") else None
    if claim is None:
        claim = next((found for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                      for n in c.children if n.dep_ == "pobj" and n.lemma_.lower() in ctx.rules.words("denial", "response_nouns")
                      for found in [_to_claim(ctx, n)] if found is not None), None)
    return None if claim is None or _conceding(ctx, verb, claim) else claim


def _conceding(ctx: Context, verb: Token, claim: Token) -> bool:
    """An answer told as giving way, not pushing back: an apology, a promise or an acceptance (``conceding_verbs``:
    "responded to the criticism by promising to review its policies"), or something it says will be done ("responded
    to the criticism, saying the government would review the policy"): any such word in the answer outside the claim."""
    inside = range(claim.left_edge.i, claim.right_edge.i + 1)
    conceding = ctx.rules.words("denial", "conceding_verbs")
    told = [t for t in verb.subtree if t.i not in inside and t.i != verb.i]
    return any(t.lemma_.lower() in conceding or t.dep_ == "aux" and t.lower_ in ("will", "would", "shall") for t in told)


def _to_claim(ctx: Context, head: Token) -> Token | None:
    """The claim (one of ``response_objects``) that "to" under ``head`` names: "responded to the claims", "In
    response to a criticism by one commenter"."""
    answered = ctx.rules.words("denial", "response_objects")
    return next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in answered), None)


def _no_one(verb: Token) -> bool:
    """A subject that negates the verb: "Neither MI5 nor the police responded", "Nobody responded"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lower_ in ("nobody", "none", "neither") or any(c.lower_ in ("neither", "no") for c in s.children)
               for s in subjects)


def _claim_object(ctx: Context, cue: Token) -> bool:
    """Whether the cue's object is a claim or report ("dismissed the reports", "disputed the figures")."""
    claims = ctx.rules.proposition_nouns | ctx.rules.words("denial", "false_subjects")
    if cue.lemma_.lower() in ctx.rules.words("denial", "gesture_phrasal"):
        claims = claims | ctx.rules.words("denial", "gesture_objects")  # "brushed aside those concerns"
    labelled = labelled_subject(cue)
    particled = phrasal_object(ctx, cue)
    said = [*(c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")), *([labelled] if labelled is not None else []),
            *_shifted_object(cue), *([particled] if particled is not None else [])]
    if cue.pos_ == "VERB" and answered_claim(ctx, cue) is not None:
        return True  # "In response to the allegations, the bank said": a claim answered
    if any(c.pos_ == "NOUN" and c.lemma_.lower() in claims for c in said):
        return True
    deeds = ctx.rules.words("denial", "denied_deeds")  # "denied wrongdoing", "denied any involvement": a charge
    strong = cue.lemma_.lower() in ctx.rules.words("denial", "strong_verbs")
    if strong and any(c.lemma_.lower() in deeds for c in said):
        return True
    if strong and any(c.dep_ == "ccomp" for c in cue.children):
        return True  # "denied that they had criminal records": a proposition denied, as a claim is
    if strong and any(c.dep_ == "xcomp" and (c.tag_ == "VBG" or any(a.lower_ == "having" for a in c.children))
                      for c in cue.children):
        return True  # "The general denied making the remarks": a deed of the denier's own, as a charge is
    return cue.lemma_.lower() in ctx.rules.denial_phrasal_verbs and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in claims for g in _pushed_at(cue))


def _shifted_object(cue: Token) -> list[Token]:
    """"dismissed as baseless reports that he held money abroad": an object moved after its label, which
    the parser takes for the label's "as" phrase (only one with a clause or a phrase of its own after it)."""
    return [g for p in cue.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
            if g.dep_ == "pobj" and any(c.dep_ in ("acl", "prep", "relcl") for c in g.rights)]


def labelled_subject(verb: Token) -> Token | None:
    """"branded the accusations lies": the subject of the verbless clause the parser made of a label's
    object and the label (a noun or adjective with a subject of its own), if ``verb`` has one."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")), None)
    return next((g for g in clause.children if g.dep_ == "nsubj"), None) if clause is not None else None


def phrasal_object(ctx: Context, cue: Token) -> Token | None:
    """"The candidate shrugged off the criticism", "brushed off the criticism": the object of a phrasal push-back
    whose particle (``phrasal``: "off", "aside", "away") the parser took for a preposition and hung the object on."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in ctx.rules.denial_phrasal_verbs:
        return None
    return next((g for p in cue.children if p.dep_ in ("prep", "prt") and p.i == cue.i + 1 and p.lower_ != "back"
                 and (cue.lemma_.lower(), p.lower_) in ctx.rules.denial_phrasal
                 for g in p.children if g.dep_ == "pobj"), None)


def _pushed_at(cue: Token) -> list[Token]:
    """What a push-back's "on"/"against"/"at" names, on the verb or its particle ("pushed back on the
    reports", "hit back at the claims")."""
    heads = (cue, *(c for c in cue.children if c.dep_ in ("prt", "advmod")))
    return [g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("on", "against", "at") for g in p.children]


def described_denier(ctx: Context, noun: Token, claimed: bool | None = None) -> ActorDraft | None:
    """"The embassy denied ...", "the accused pleaded not guilty": a definite description of a
    person or body the article has not named is the denier under that description. ``claimed``: what is
    denied is a claim or report (else read off the verb's object), as a crowd or a description of
    ``claimed_people``/``claimed_bodies`` needs ("The general denied the accusation", "The regulator
    rejected the inquiry's conclusions"; not "The player rejected the offer")."""
    if noun.pos_ == "PROPN" and (noun.text[:1].isupper() or ctx.doc[name_start(noun)].text[:1].isupper()):
        return _unrecognised_name(ctx, noun)  # (not "The defence ministry" tagged a name: a description)
    # a crowd only where its verb's object is a claim ("Others dismissed the claims"; "protestors still reject
    # the terms" of a consultation deny nothing)
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if claimed is None:
        claimed = verb is not None and _claim_object(ctx, verb)
    part = _part_of(noun)
    if part is not None:  # "the majority of legal experts", "some of the protesters": the experts, the protesters
        return described_denier(ctx, part, claimed)
    crowds = ctx.rules.words("denial", "denier_crowds") if noun.tag_ == "NNS" and claimed else frozenset()
    people, bodies = ctx.rules.words("denial", "denier_people") | crowds, ctx.rules.words("denial", "denier_nouns")
    if claimed:
        people, bodies = people | ctx.rules.words("denial", "claimed_people"), bodies | ctx.rules.words("denial", "claimed_bodies")
    word = next((w for w in (noun.lower_, noun.lemma_.lower()) if w in people | bodies), None)
    lemma = noun.lemma_.lower()
    if word is None and lemma.endswith("maker") and len(lemma) > len("maker"):  # "the drugmaker", "the carmaker": a company
        word, bodies = lemma, bodies | {lemma}
    charged = word is None and claimed and _charged(ctx, noun)
    if charged:  # "A man accused of stabbing a shopkeeper denied the charges": "man" (not "old man" of "35-year-old man")
        word, people = lemma, people | {lemma}
    if word is None and claimed and _AGENT_SUFFIX.search(lemma) and lemma not in ctx.rules.statement_nouns:
        word, people = lemma, people | {lemma}  # "The banker denied wrongdoing", "the economist disputed the figures"
    if word is None or noun.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB") or noun.pos_ == "VERB" and noun.dep_ not in ("nsubj", "pobj"):
        return None  # ("the accused" is tagged a participle)
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    start = noun.i if charged else min((c.i for c in modifiers), default=noun.i)
    determined = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "no", "any", "some", "every", "each") for c in noun.children)
    bare = not any(c.dep_ in ("det", "poss") for c in noun.children)
    if not (determined or bare and (noun.tag_ == "NNS" or ctx.doc[start].text[:1].isupper()) or _unnamed_role(noun, word in people, claimed, verb)):
        return None  # "no official": nobody ("Aides denied": aides; "Management denies")
    owner = next((c for c in noun.lefts if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lower_ in people), None)
    start = owner.i if owner is not None else start  # "The minister's office": the office of that title
    name = ctx.text_of(start, noun.i + 1)
    kind = ActorKind.person if word in people else org_kind(ctx, name)
    return add_mention(ctx, ("described", name.lower()), name, kind, start, noun.i + 1)


def _charged(ctx: Context, noun: Token) -> bool:
    """"A man accused of stabbing a shopkeeper", "the woman charged with fraud", "a man on trial for murder": a
    person (``charged_persons``) told by the charge against them, a defendant."""
    if noun.lemma_.lower() not in ctx.rules.words("denial", "charged_persons") and noun.lower_ not in ctx.rules.words("denial", "charged_persons"):
        return False
    charges = ctx.rules.words("denial", "charge_participles")
    return any(c.dep_ == "acl" and c.lower_ in charges or _on_trial(c) for c in noun.rights)


def _on_trial(prep: Token) -> bool:
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(g.dep_ == "pobj" and g.lower_ == "trial" for g in prep.children)


def _unnamed_role(noun: Token, person: bool, claimed: bool, verb: Token | None) -> bool:
    """"A senior rebel commander has refuted accusations that ...": one unnamed person told by a role
    (``denier_people``, ``claimed_people``) denies a claim or report under that description, as "a
    government spokesman said" is the source of a claim; not one rejecting an offer or a plea ("A player
    rejected the offer"), nor "no official", "any commander", nor a bare verb the parser made a clause of
    what was withheld ("A judge denied him bail")."""
    if not (person and claimed and noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)):
        return False
    return verb is None or not any(c.dep_ == "ccomp" and c.tag_ == "VB" and not any(a.dep_ in ("aux", "mark") for a in c.children)
                                   for c in verb.children)


_PARTS = frozenset({"majority", "most", "many", "several", "all", "some", "few", "both"})
_AGENT_SUFFIX = re.compile(r"\w{3}(?:er|or|ist|ian)$")  # a doer's noun: "banker", "investor", "economist", "politician"


def _part_of(noun: Token) -> Token | None:
    """The plural a quantity of people names: "experts" of "the majority of legal experts", "most of the protesters"."""
    if noun.lower_ not in _PARTS and not (noun.like_num and noun.lower_ not in ("one", "1")):
        return None  # ("two of the men": the men; "one of the men" is one man, not the men)
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None and pobj.tag_ == "NNS" else None


def _subject_actor(ctx: Context, verb: Token) -> ActorDraft | None:
    subj = subject_of(ctx, verb) or _governing_subject(verb)
    if subj is None:
        return None
    if subj.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return _antecedent_actor(ctx, verb)  # "the Supreme Court, which rejected ..."
    return _refer(ctx, subj, verb)


def _antecedent_actor(ctx: Context, relcl: Token) -> ActorDraft | None:
    """The actor a relative clause's "which"/"who"/"that" stands for: named in its antecedent noun
    phrase, not inside the relative clause ("a kind soul that contradicted his persona as X": not X)."""
    actor = actor_at(ctx, relcl.head)
    if actor is None and (relcl.head.pos_ == "PROPN" or definite(relcl.head)):
        # "Hale, who has denied the charges" with "Hale" not tagged, "the ministry, which denies it": as a subject would be
        return _refer(ctx, relcl.head, relcl)
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
    start = name_start(head)
    if not ctx.text_of(start, head.i + 1)[:1].isupper() or head.i == ctx.sents[ctx.sent_of[head.i]].start and head.lower_ in ctx.rules.titles:
        return None
    start, end = _office_of_title(ctx, head, start)
    return org_of_name(ctx, start, end, by_prefix=True)  # "Google" of "Google Inc."


def _office_of_title(ctx: Context, head: Token, start: int) -> tuple[int, int]:
    """"The Prime Minister's Office rejected", "The Office of the President has denied": a body named by the
    title of whose office it is is named whole, not "Office" (the name's tokens, else ``start`` to ``head``)."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None and ctx.text_of(name_start(owner), owner.i + 1).lower() in ctx.rules.titles:
        return name_start(owner), head.i + 1
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None) if of is not None else None
    if owner is not None and ctx.text_of(name_start(owner), owner.i + 1).lower() in ctx.rules.titles:
        return start, owner.i + 1
    return start, head.i + 1


def _governing_subject(verb: Token) -> Token | None:
    """"The minister refused to resign, denying any wrongdoing": a participle or a conjoined verb
    without a subject of its own shares the subject of the clause it hangs on."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("advcl", "conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
        # ("Smith was charged with fraud and denied the charges": the passive's subject is the conjunct's too)
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def _refer(ctx: Context, tok: Token, cue: Token) -> ActorDraft | None:
    """The actor a subject or agent names or refers back to."""
    campaign = persons_body(ctx, tok) or person_agent(ctx, tok)  # "Senate candidate Roy Moore's campaign slammed": his campaign
    if campaign is not None:
        return campaign
    own = ctx.token_actor.get(tok.i)
    pobjs = [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # a subject that names a person denies under that name, whatever title stands beside it
    # ("Erwin Chemerinsky, Dean of the law school, called it ..." is not denied by "Dean")
    for child in (*tok.children, *(g for p in pobjs for g in p.children)) if not names_person(tok, own) else ():
        # "One of these groups, the Syrian Democratic Forces (SDF), opposed"; "A spokesman for the
        # Taliban, Zabihullah Mujahid, denied" (the parser hangs the name on "Taliban")
        if child.dep_ == "appos" and child.i in ctx.token_actor and (
                own is None and child.head.i == tok.i or ctx.token_actor[child.i].kind == ActorKind.person):
            return ctx.token_actor[child.i]
    if tok.lower_ in FIRST_PERSON:  # "'We reject these claims,' the ministry said": the quote's speaker
        owner = quote_owner(ctx, tok.idx) or block_owner(ctx, tok.idx)
        if owner is not None:
            return owner
    persons = their_persons(ctx, tok)
    followers = None if persons else described_followers(ctx, tok)
    if followers is not None:
        return followers  # "Lady Gaga fans have criticized ...": the fans, not the singer
    actor = persons[0] if persons else actor_at(ctx, tok)
    headed = _headed_body(ctx, tok, actor) if actor is not None else None
    if headed is not None:
        return headed  # "Mr Ferrand's government has denied": the government, not its head
    if actor is not None and _named_in_modifier(ctx, tok, actor):
        return described_denier(ctx, tok, True)  # "The officers charged with murdering X pleaded not guilty": not X
    if actor is not None:
        return actor
    organ_owner = _owner(tok)
    if organ_owner is not None and organ_owner.i != tok.i and tok.lemma_.lower() in ctx.rules.words("denial", "body_organs"):
        return _refer(ctx, organ_owner, cue)  # "the club's leadership", "its board": the body told before
    if tok.lower_ in ("it", "its"):
        return recent_body(ctx, tok.i, exclude=_reporter(ctx, cue))
    titled = titled_person(ctx, tok)  # "the minister": Mary Jones, named "Health Minister Mary Jones" before
    if titled is not None:
        return titled
    if definite(tok):
        named = named_body(ctx, tok)  # "the ministry": the Defence Ministry named before
        return named if named is not None else body_referent(ctx, tok, _reporter(ctx, cue))  # "the group", "the statement"
    known = known_name(ctx, tok)  # "Trump" the parser took for a common noun
    return known if known is not None else indefinite_person(ctx, tok, ctx.sent_of[tok.i], cue)


def _headed_body(ctx: Context, tok: Token, actor: ActorDraft) -> ActorDraft | None:
    """"Mr Ferrand's government has denied", "The Olsen regime denied": a body noun (``denier_nouns``) whose only
    name is the person who heads it, its possessor (or a proper modifier of a noun named for its leader,
    ``leader_named_bodies``: a regime, an administration) denies as the body named by the whole phrase, not as
    that person (as the attribution stage's "Goa's government announced" speaks as the body)."""
    if actor.kind != ActorKind.person or tok.pos_ != "NOUN" or tok.i in ctx.token_actor or (
            tok.lemma_.lower() not in ctx.rules.words("denial", "denier_nouns")):
        return None
    held = [t for t in tok.subtree if ctx.token_actor.get(t.i) is actor]
    if not held or held[-1].i > tok.i or held[-1].head.i != tok.i or held[-1].dep_ != "poss" and not (
            held[-1].dep_ == "compound" and tok.lemma_.lower() in ctx.rules.words("denial", "leader_named_bodies")):
        return None  # ("The Dunmore government": a state's name the tagger took for a person's, left as it was)
    start = next(t.i for t in tok.subtree if t.dep_ != "det")
    name = ctx.text_of(start, tok.i + 1)
    return add_mention(ctx, ("described", name.lower()), name, org_kind(ctx, name), start, tok.i + 1)


def _named_in_modifier(ctx: Context, tok: Token, actor: ActorDraft) -> bool:
    """Whether a subject names ``actor`` only inside a clause that describes it ("The officers charged with
    murdering X", "The inventor accused of killing X", "the man whose car X hit"): the one the clause is about
    (a victim, a partner) is not the subject, which denies under its own description, if at all."""
    clauses = [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    if not clauses or ctx.token_actor.get(tok.i) is actor:
        return False
    inside = {t.i for c in clauses for t in c.subtree}
    held = [t.i for t in tok.subtree if ctx.token_actor.get(t.i) is actor]
    return bool(held) and all(i in inside for i in held)


def person_agent(ctx: Context, tok: Token) -> ActorDraft | None:
    """"His lawyer denied the charges", "a lawyer for Smith said ...", "Smith's spokesman rejected": one who
    speaks for a named person denies, named by that person ("Smith's lawyer"; one actor with the claim
    stage's "his lawyers said")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ctx.rules.words("denial", "person_agents"):
        return None
    owner = _owner(tok, ("for", "of"))
    if owner is None or owner.pos_ not in ("PROPN", "PRON") or _apposed_name(ctx, tok, owner):
        return None  # "Smith's lawyer, John Doe, denied": John Doe, as "His lawyer, John Doe, said" is
    person = last_person(ctx, owner.i) if owner.lower_ in ("his", "her") else ctx.token_actor.get(owner.i)
    if person is None or person.key[0] != "person":  # a named person (not the spokesman's own mention)
        return None
    key = ("group", None, "source", f"{tok.lemma_.lower()} of {person.name}")
    name = f"{person.name.split()[-1]}'s {tok.text}"
    start = min(tok.i, owner.i)
    return add_mention(ctx, key, name, ActorKind.person, start, max(tok.i, owner.i) + 1)


def _apposed_name(ctx: Context, tok: Token, owner: Token) -> bool:
    """Whether a person's name stands in apposition to the agent noun or to its owner ("Smith's lawyer, John Doe",
    "a lawyer for Smith, John Doe": the parser may hang the name on "Smith")."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > tok.i and (a := ctx.token_actor.get(c.i)) is not None
               and a.kind == ActorKind.person for n in (tok, owner) for c in n.children)


def their_persons(ctx: Context, tok: Token) -> list[ActorDraft]:
    """"John Smith and Peter Brown were charged ... They denied": a "they" ("both", "the two men", "both
    suspects", `pair_nouns`) refers to two or more persons named together (conjoined) in its sentence or
    the one before, when no body is named after them."""
    if not _refers_to_several(ctx, tok):
        return []
    n = ctx.sent_of[tok.i]
    charged = _answers_charges(ctx, tok)
    found: list[ActorDraft] = []
    for t in ctx.doc[ctx.sents[max(0, n - (2 if charged else 1))].start:tok.i]:
        actor = ctx.token_actor.get(t.i)
        if actor is not None and actor.kind != ActorKind.person and not charged:
            found = []  # a body named after them: "they" is left to the bodies
        if actor is None or actor.kind != ActorKind.person or found and actor in found or t.dep_ == "conj":
            continue
        together = [actor]
        for c in t.conjuncts:
            other = next((ctx.token_actor[g.i] for g in c.subtree if g.i in ctx.token_actor), None)
            if other is not None and other.kind == ActorKind.person and other not in together:
                together.append(other)
        if len(together) > 1:
            found = together
    return found


def _answers_charges(ctx: Context, tok: Token) -> bool:
    """Whether "they" pleads to a charge or denies one ("They pleaded not guilty", "They have denied all the
    charges"): those who answer charges are the persons tried, not the prosecutor, the court or the body wronged
    named after them ("X and Y are being tried for causing a loss to the State. They denied the charges"; "The
    commission is prosecuting the accused. They pleaded not guilty"), so a body named after the persons does
    not take "they" and the persons may be named a sentence further back (`their_persons`)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() == "plead":
        return True
    deeds = ctx.rules.words("denial", "charge_words")
    return verb.lemma_.lower() in ctx.rules.denial_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in deeds for c in verb.children)


def _refers_to_several(ctx: Context, tok: Token) -> bool:
    if tok.lower_ in ("they", "both"):
        return True
    return tok.lemma_.lower() in ctx.rules.words("denial", "pair_nouns") and any(
        c.dep_ in ("det", "predet", "nummod") and c.lower_ in ("the", "both", "two", "these") for c in tok.children)


def _owner(tok: Token, preps: tuple[str, ...] = ("of",)) -> Token | None:
    """Whose a noun is: its possessor ("its leadership", "Smith's lawyer"), else the object of one of ``preps``
    after it ("the leadership of the club", "a lawyer for Smith")."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def _reporter(ctx: Context, cue: Token) -> ActorDraft | None:
    """"The UN said Hamas fired rockets. The group rejected the report": a cue whose object is a bare
    claim or report ("the report", "these claims": no clause of its own) rejects what someone else
    said, so the speaker of the last claim before it is not who "it" or "the group" refers to."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in ctx.rules.proposition_nouns or any(
            c.dep_ in ("acl", "ccomp", "relcl") for c in obj.children):
        return None
    said = [f for f in ctx.frames if f.cue < cue.i and f.speaker is not None
            and not f.content[0] <= cue.i < f.content[1]]  # "The army said it rejected the claims": the army's own denial
    return max(said, key=lambda f: f.cue).speaker if said else None


def issuer(ctx: Context, noun: Token) -> ActorDraft | None:
    """Who issued a statement or a denial: "X's statement", "a statement from X", "X issued a statement"
    (a denial's "of" names what is denied, never who: "the rejection of Johnson Space Center as a location")."""
    issuing = ("from", "by") if noun.lemma_.lower() in ctx.rules.denial_nouns else ("from", "by", "of")
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod"):
            actor = actor_at(ctx, child)
            if actor is not None:
                return actor
        if child.dep_ == "prep" and child.lower_ in issuing:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and actor_at(ctx, pobj) is not None:
                return actor_at(ctx, pobj)
    if noun.dep_ == "dobj":  # "drew a denial from X", the parser hanging "from X" on the verb
        for prep in noun.head.children:
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep.lower_ == "from" else None
            if pobj is not None and actor_at(ctx, pobj) is not None:
                return actor_at(ctx, pobj)
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        return None  # "there is a fundamental rejection of X's philosophy": no one's in particular
    if noun.dep_ in ("dobj", "attr", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return _subject_actor(ctx, noun.head) if noun.dep_ != "nsubjpass" else denier_of(ctx, noun.head)
    if _issued_with(noun) and noun.head.head.pos_ in ("VERB", "AUX"):
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


def quote_owner(ctx: Context, char: int) -> ActorDraft | None:
    q = ctx.in_quote(char)
    if q is None:
        return None
    owner = [f for f in ctx.frames if f.quote == q or (
        f.quote is None and ctx.char_span(*f.content)[0] <= char < ctx.char_span(*f.content)[1])]
    return owner[0].speaker if owner else None


def block_owner(ctx: Context, char: int) -> ActorDraft | None:
    """The speaker of a paragraph set apart after "Peters says:" (a block quote) that holds ``char``: its "I" is
    that speaker, as a quote's is."""
    block = next((f for f in ctx.frames if f.kind == "block" and f.quote is not None and f.quote[0] <= char < f.quote[1]), None)
    return block.speaker if block is not None else None


def speaker_above(ctx: Context, verb: Token, said_only: bool = False) -> ActorDraft | None:
    """The speaker of the nearest speech verb above the phrase ("Dzhokhar told them that they were
    not connected": Dzhokhar, not "they"), else (unless ``said_only``) the subject of its clause or
    of a verb above it."""
    speech = ctx.rules.reporting
    said = subject_above(ctx, verb, 6, lambda node: node.lemma_.lower() in speech and node.pos_ in ("VERB", "AUX"))
    return said if said is not None or said_only else subject_above(ctx, verb, 5, lambda node: node.pos_ in ("VERB", "AUX"))


def subject_above(ctx: Context, verb: Token, steps: int, accept: Callable[[Token], bool]) -> ActorDraft | None:
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
