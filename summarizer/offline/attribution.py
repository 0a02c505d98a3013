"""Stage 2, attribution (claims): who said or believes what.

Frames come from speech and cognition verbs ("said", "believes"), "according to", claim nouns
("accusations that ...") and direct quotes, also quotes spanning sentences, attached to the
nearest attribution. Each frame gives one claim; a direct quote gives one per sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer import names
from summarizer.offline import block_quotes
from summarizer.offline.doc import SUBJ, ActorDraft, ActorKey, Context, Frame, Offsets, definite
from summarizer.offline.groups import act_as_group, acting_head
from summarizer.offline.language import foreign
from summarizer.offline.mentions import (
    actor_at,
    add_mention,
    colon_clause,
    known_name,
    last_person,
    name_start,
    named_body,
    org_of_name,
    subject_of,
    title_words,
    titled_person,
)
from summarizer.offline.text import clip
from summarizer.schemas.brief import ActorKind, Claim

# (claim, the frame it came from, its char span in the prepared copy)
ClaimRow = tuple[Claim, Frame, tuple[int, int]]

if TYPE_CHECKING:
    from spacy.tokens import Token


def recent_body(ctx: Context, i: int, kinds: frozenset[ActorKind] | None = None,
                exclude: ActorDraft | None = None) -> ActorDraft | None:
    """"It denied": the body the discourse continues. In the latest of this and the two previous
    sentences that names a body (of one of ``kinds``, when given), the body its main subject names
    ("The Pentagon said the strike targeted Islamic State fighters. It denied": the Pentagon), else
    the last body named there. "It" does not continue a plural subject ("Police said ..."), nor refers
    to ``exclude`` (the speaker of the report it rejects)."""
    n = ctx.sent_of[i]
    named: dict[int, list[tuple[int, ActorDraft]]] = {}
    for j, actor in ctx.token_actor.items():
        m = ctx.sent_of.get(j, -9)
        if j < i and m >= n - 2 and actor.kind != ActorKind.person and (kinds is None or actor.kind in kinds) and actor is not exclude:
            named.setdefault(m, []).append((j, actor))
    if not named:
        return None
    m = max(named)
    found = sorted(named[m], key=lambda row: row[0])
    subj = next((c for c in ctx.sents[m].root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and not (ctx.doc[i].lower_ == "it" and subj.tag_ in ("NNS", "NNPS")):
        inside = [a for j, a in found if subj.left_edge.i <= j <= subj.right_edge.i]
        if inside:
            return inside[0]
    return found[-1][1]


def body_referent(ctx: Context, subj: Token, exclude: ActorDraft | None = None) -> ActorDraft | None:
    """"The group said", "the statement denied": a body named just before that a common noun (a
    body noun, or a statement noun standing for its issuer) refers back to."""
    if not definite(subj):
        return None
    lemma = subj.lemma_.lower()
    if lemma in ctx.rules.statement_nouns:
        issuer = _earlier_issuer(ctx, subj)
        return issuer if issuer is not None else recent_body(ctx, subj.i, exclude=exclude)
    if lemma not in ctx.rules.words("attribution", "body_nouns"):
        return None
    # "the group" never refers back to a government or an army; "the company" only to an organisation
    if lemma in ctx.rules.words("attribution", "company_nouns"):
        return recent_body(ctx, subj.i, _COMPANY_KINDS, exclude)
    return recent_body(ctx, subj.i, _NONSTATE_KINDS, exclude)


_NONSTATE_KINDS = frozenset(ActorKind) - {ActorKind.person, ActorKind.government, ActorKind.military}
_COMPANY_KINDS = frozenset({ActorKind.organization})


def _earlier_issuer(ctx: Context, noun: Token) -> ActorDraft | None:
    """Who issued the same statement noun in this or the two previous sentences: "X issued a statement"."""
    n = ctx.sent_of[noun.i]
    for j in range(noun.i - 1, ctx.sents[max(0, n - 2)].start - 1, -1):
        t = ctx.doc[j]
        if t.lemma_.lower() != noun.lemma_.lower():
            continue
        for c in t.children:
            owner = actor_at(ctx, c) if c.dep_ in ("poss", "compound") else None
            if owner is not None:
                return owner
        if t.dep_ == "dobj":
            subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            return actor_at(ctx, subj) if subj is not None else None
    return None


_LATIN = re.compile(r"[A-Za-z]")  # a quote with none is in another script

# pronoun objects that name nothing by themselves: "considers it a priority", "called them thugs"
_BARE_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them", "him", "her"})


def find_frames(ctx: Context) -> None:
    r = ctx.rules
    labelling = r.words("attribution", "labelling_verbs")
    for t in ctx.tokens:
        pos = t.pos_  # read once per token; the lemma only where a rule below reads it
        lemma = t.lemma_.lower() if pos in ("VERB", "AUX", "NOUN") else ""
        if pos == "VERB" and lemma in labelling and _labelling_frame(ctx, t):
            continue
        if pos in ("VERB", "AUX") and lemma in r.reporting:
            _verb_frame(ctx, t, lemma)
        elif t.text.lower() == "according" and any(c.text.lower() == "to" for c in t.children):
            _according_frame(ctx, t)
        elif pos == "NOUN" and lemma in r.claim_nouns:
            _noun_frame(ctx, t)
        elif pos == "VERB" and lemma in r.words("attribution", "attitude_verbs"):
            _attitude_frame(ctx, t)
    block_quotes.block_quotes(ctx)
    block_quotes.tweet_quotes(ctx)
    _attach_quotes(ctx)
    _drop_nested(ctx)
    _after_dateline(ctx)


def _attitude_frame(ctx: Context, verb: Token) -> None:
    """"voiced its hope that investigators respect ...", "expressed concern that the deal would fail": an
    attitude voiced with its that-clause is the subject's claim, hedged as a belief is (``attitude_verbs``,
    ``attitude_nouns``)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return
    nouns = ctx.rules.words("attribution", "attitude_nouns")
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp") and c.i > obj.i and c.pos_ in ("VERB", "AUX")
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None) if obj is not None else None
    subj = subject_of(ctx, verb) or _shared_subject(ctx, verb) if clause is not None else None
    if clause is None or subj is None or subj.dep_ == "nsubjpass":
        return
    speaker = _speaker(ctx, subj)
    if speaker is not None:
        content = (clause.left_edge.i, clause.right_edge.i + 1)
        span = (min(subj.left_edge.i, verb.i), content[1])
        ctx.frames.append(Frame(speaker, verb.i, content, span, hedged=True))


def _after_dateline(ctx: Context) -> None:
    """The parser hangs a dateline ("TAMPA, Fla. (Sept. 14, 2021) —") on the first sentence's verb:
    an attribution in that sentence starts after it."""
    end = ctx.title_end
    for f in ctx.frames:
        if f.cue >= end > f.content[0] and f.content[1] > end:
            f.content = (end, f.content[1])
        if f.cue >= end > f.span[0] and f.span[1] > end:
            f.span = (end, f.span[1])


def _content_clause(ctx: Context, verb: Token) -> Offsets | None:
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    if any(c.i > verb.i for c in comps):  # "X denied it, however, a report concluded Y": Y, not the clause before
        comps = [c for c in comps if c.i > verb.i]
    for child in comps:
        if (child.dep_ == "xcomp" and not any(g.dep_ in SUBJ for g in child.children) and child.tag_ in ("VB", "VBG")
                and not (child.tag_ == "VB" and verb.lemma_.lower() in _to_content(ctx))):
            continue  # "plans to", "saying": not a reported statement; "promised to": the promise, "claims to own": the claim
        if child.pos_ in ("ADJ", "NOUN") and _pronoun_labelled(child, next((g for g in child.children if g.dep_ in SUBJ), None)):
            return None  # "the EU considers it a priority": "it a priority" is no proposition
        return child.left_edge.i, child.right_edge.i + 1
    issued = _issued_clause(ctx, verb)
    if issued is not None:
        return issued
    head = verb.head
    if verb.dep_ == "parataxis" and head.i < verb.i and head.pos_ in ("VERB", "AUX"):
        # "Two rockets struck the embassy, officials said, the latest in ...": the clause before
        end = verb.left_edge.i
        while end > head.left_edge.i and (ctx.doc[end - 1].is_punct or ctx.doc[end - 1].is_space):
            end -= 1
        if end > head.i:
            return head.left_edge.i, end
    if verb.dep_ == "parataxis" and head.i > verb.i and head.pos_ in ("VERB", "AUX") and _set_off(ctx, verb):
        # "they had, his surviving father says, paid smugglers": the clause around the aside; not a
        # speaker's own hedge ("Challenges, I would say, are the same")
        return head.left_edge.i, head.right_edge.i + 1
    return None


def _to_content(ctx: Context) -> frozenset[str]:
    """Speech verbs whose infinitive is what they say: a promise ("vowed to retaliate") or a claim
    ("claims to possess the trademark", "claimed to have no memory of the night")."""
    words = ctx.rules.words("attribution", "commitment_verbs") | ctx.rules.words("attribution", "infinitive_claims")
    return frozenset(words)


def _issued_clause(ctx: Context, verb: Token) -> Offsets | None:
    """"The ministry said in a statement that the reports were false", "said in an interview on Tuesday that ...":
    the parser hangs the that-clause on the statement (``issued_statements``) the verb's "in" names; it is the verb's."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > verb.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in ctx.rules.words("attribution", "issued_statements")):
            clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                           and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            mark = next((g for g in clause.children if g.dep_ == "mark"), None) if clause is not None else None
            if clause is not None and mark is not None and not ctx.doc[mark.i + 1].is_quote:
                return mark.i, clause.right_edge.i + 1  # (a quote opened after "that" is the quote's, read whole)
    return None


def _set_off(ctx: Context, verb: Token) -> bool:
    """Whether ``verb``'s phrase stands between commas inside a sentence (an aside) with a third person
    for subject: "I think", "I would say" hedge the speaker's own words (pool w2020_0073, w2020_0030)."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in verb.children):
        return False
    doc, lo, hi = ctx.doc, verb.left_edge.i, verb.right_edge.i
    before = lo if doc[lo].text == "," else lo - 1
    after = hi if doc[hi].text == "," else hi + 1
    return verb.sent.start < before and after < verb.sent.end - 1 and doc[before].text == "," and doc[after].text == ","


def _speaker(ctx: Context, subj: Token | None) -> ActorDraft | None:
    """The actor a speech verb's subject names or refers back to."""
    antecedent = _antecedent(subj)
    if antecedent is not subj and subj is not None and antecedent is not None:
        speaker = _speaker(ctx, antecedent)
        return speaker if speaker is not None and _named_before_clause(ctx, subj, antecedent, speaker) else None
    speaker = persons_body(ctx, subj) or platform_user(ctx, subj) or actor_at(ctx, subj)
    if speaker is not None and subj is not None:  # "Lady Gaga fans said": the fans, not the singer
        speaker = described_followers(ctx, subj) or _modified_speaker(ctx, subj, speaker) or speaker
    if speaker is None and subj is not None:
        speaker = known_name(ctx, subj) or titled_person(ctx, subj)  # "the mayor said": the mayor named before
        if speaker is None and subj.lower_ == "it":
            speaker = recent_body(ctx, subj.i)  # "The ministry ... It said"
        elif speaker is None and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
            speaker = named_body(ctx, subj) or _the_force(ctx, subj)  # "the agency said": the agency named before
        if speaker is None:
            speaker = body_referent(ctx, subj)  # "the group said", "the statement said"
        if speaker is None and subj.dep_ == "nsubj":
            speaker = _source_group(ctx, subj) or _report_source(ctx, subj)  # "witnesses said", "reports indicate"
    return speaker


_FORCE_WORDS = frozenset({"army", "military"})
_FORCE_HEADS = frozenset({"army", "military", "troops", "forces", "soldiers"})


def _the_force(ctx: Context, subj: Token) -> ActorDraft | None:
    """"The army said", "the military said" with no body named before by that word: the one military
    of the article named or told by its side with a general word for its force ("the Iranian military",
    "Indian Army", "Pakistani troops"; named before or after), a named one over a side's troops; not
    an air force or a navy, never one of two, nor a force the noun's own modifiers tell ("the Syrian army")."""
    if subj.lower_ not in _FORCE_WORDS or subj.tag_ != "NN" or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in subj.children):
        return None
    found = [a for a in ctx.actors.values() if a.kind == ActorKind.military and a.key[0] in ("org", "group")
             and a.key[1] is not None and a.name.split()[-1].lower() in _FORCE_HEADS]
    named = [a for a in found if a.key[0] == "org"]
    pick = named or found
    return pick[0] if len(pick) == 1 else None


_PHRASE_DEPS = frozenset({"compound", "amod", "pobj", "conj", "cc", "det", "poss", "case", "nmod", "nummod"})
_PHRASE_PREPS = frozenset({"in", "of", "at", "for", "within", "inside"})  # not a list's "including", "such as"


def _followers_span(ctx: Context, tok: Token) -> tuple[int, int] | None:
    """The words of a plural of people (``follower_nouns``) with no name of its own that a person named only in its
    modifiers, its possessor or its "in"/"of" phrase tells: "Lady Gaga fans", "People in the Trump administration
    and campaign"; none with a body or a place named in it ("Hamas officials" stay the body's voice)."""
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.i in ctx.token_actor or (
            tok.lemma_.lower() not in ctx.rules.words("attribution", "follower_nouns")
            and tok.lower_ not in ctx.rules.words("attribution", "follower_nouns")):
        return None
    phrase, todo = [tok], [tok]
    while todo:
        node = todo.pop()
        for c in node.children:
            if c.dep_ in _PHRASE_DEPS or c.dep_ == "prep" and c.lower_ in _PHRASE_PREPS:
                phrase.append(c)
                todo.append(c)
    named = [ctx.token_actor[t.i] for t in phrase if t.i in ctx.token_actor]
    if not named or any(a.kind != ActorKind.person or a.key[0] != "person" for a in named):
        return None
    start = min(t.i for t in phrase if not (t.dep_ == "det" and t.head.i == tok.i))
    return start, max(t.i for t in phrase) + 1


def described_followers(ctx: Context, tok: Token) -> ActorDraft | None:
    """"Lady Gaga fans have criticized ...", "People in the Trump administration and campaign said his comments
    were misconstrued": such a plural of people (:func:`_followers_span`) is a group of its own named by the whole
    phrase, not the person it follows or serves."""
    span = _followers_span(ctx, tok)
    if span is None:
        return None
    name = ctx.text_of(*span)
    return add_mention(ctx, ("described", name.lower()), name, ActorKind.person, *span)


def _modified_noun(ctx: Context, subj: Token, actor: ActorDraft) -> Token | None:
    """The people or body noun of a subject that ``actor`` only modifies ("Goa's government", "Chelyabinsk's
    governor", "New Orleans and Jefferson Parish officials": the possessor or a proper modifier of the
    subject's head or of a conjunct of it), None where the actor is named by the subject itself."""
    toks = [t for t in subj.subtree if ctx.token_actor.get(t.i) is actor]
    if not toks or subj.i in ctx.token_actor:
        return None
    t = toks[-1]
    if t.dep_ not in ("poss", "compound") or t.head.i in ctx.token_actor or t.head.pos_ != "NOUN":
        return None
    noun = t.head
    return noun if noun.i == subj.i or noun.dep_ == "conj" and noun.head.i == subj.i else None


def _modified_speaker(ctx: Context, subj: Token, speaker: ActorDraft) -> ActorDraft | None:
    """The speaker of a subject whose name is only the possessor or modifier of its head (LABELLING.md,
    Precision 1: a place named as background is no actor): a title's holder, the one person of the
    article with that title ("Chelyabinsk's governor has promised" and "Regional governor Boris Dubrovsky"),
    and a body or people noun of ``group_heads`` the body named by the whole phrase ("Goa's government
    announced", "New Orleans and Jefferson Parish officials have said"), not the place or person named in
    it; a named body's unnamed official stays the body's voice ("a Pentagon spokesman", "a U.N. official")."""
    noun = _modified_noun(ctx, subj, speaker)
    if noun is None:
        return None
    r, word = ctx.rules, noun.lemma_.lower()
    if word in r.titles and noun.tag_ == "NN":
        held = _title_holders(ctx, word)
        return held[0] if len(held) == 1 else None if held else _speaker_before(ctx, noun)
    kind = r.group_heads.get(noun.lower_) or r.group_heads.get(word)
    if kind not in ("government", "person") or speaker.key[0] == "org" and noun.lower_ in r.unnamed_heads:
        return None
    start = next(t.i for t in subj.subtree if t.dep_ != "det")
    name = ctx.text_of(start, noun.i + 1)
    key: ActorKey = ("group", names.key(name), r.head_class.get(word, word))
    return add_mention(ctx, key, name, ActorKind(kind), start, noun.i + 1)


def _speaker_before(ctx: Context, noun: Token) -> ActorDraft | None:
    """The person who spoke in the sentence right before a definite title no one holds by name
    ("... said study co-author Karen Alley. The Wooster professor added, ..."): the title goes on with
    that speaker, not with the body or place modifying it; not an unnamed official of the body
    ("The Pentagon spokesman said": the body's voice) nor a title of its own ("the professor of X")."""
    if not definite(noun) or noun.lower_ in ctx.rules.unnamed_heads or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    sent = noun.sent
    if sent.start == 0:
        return None
    before = ctx.doc[sent.start - 1].sent
    spoke = [f.speaker for f in ctx.frames if before.start <= f.cue < before.end and f.speaker is not None]
    return spoke[-1] if spoke and spoke[-1].kind == ActorKind.person else None


def _title_holders(ctx: Context, word: str) -> list[ActorDraft]:
    """The people of the article with the title ``word``: in their titles or written right before their name
    anywhere ("Regional governor Boris Dubrovsky said"), not a deputy's or a former one's (``lesser_title_words``)."""
    lesser = ctx.rules.words("attribution", "lesser_title_words")
    held = {id(a): a for a in ctx.actors.values() if a.kind == ActorKind.person and word in title_words(a)}
    for j, a in ctx.token_actor.items():
        if a.kind == ActorKind.person and j and ctx.doc[j - 1].lower_ == word and ctx.token_actor.get(j - 1) is not a:
            held[id(a)] = a
    return [a for a in held.values() if not title_words(a) & lesser]


_SUPPOSING = ("if", "unless")  # marks of a clause that only supposes its speech
_RELATIVE = ("WP", "WDT")  # "who", "which", "that" opening a relative clause


def _antecedent(subj: Token | None) -> Token | None:
    """"Dominic Long, who recalled ...", "observers, who have alleged ...": a relative pronoun subject
    speaks for the noun its clause hangs on."""
    if subj is not None and subj.tag_ in _RELATIVE and subj.head.dep_ == "relcl" and subj.head.head.i < subj.i:
        return subj.head.head
    return subj


def _named_before_clause(ctx: Context, pronoun: Token, antecedent: Token, speaker: ActorDraft) -> bool:
    """Whether the antecedent of a relative pronoun names ``speaker`` itself ("Dmitri Peskov, who said"), or,
    for a statement or report, in its own words before the clause ("a report released by the Labor
    Department, which said"); not a name inside the clause ("Mofaz, who had insisted he would never join
    Netanyahu's government"), nor a body named before ("They released a statement which said")."""
    if ctx.token_actor.get(antecedent.i) is speaker:
        return True
    r = ctx.rules
    statements = r.claim_nouns | r.words("attribution", "issued_statements") | r.words("attribution", "report_sources")
    return antecedent.lemma_.lower() in statements and any(
        ctx.token_actor.get(j) is speaker for j in range(antecedent.left_edge.i, pronoun.head.left_edge.i))


def platform_user(ctx: Context, subj: Token | None) -> ActorDraft | None:
    """"Twitter user a.l.g. wrote", "Another Twitter user (@__hope_) criticized", "Anti-Putin LiveJournal user
    i_l_d responded": the user named by the handle (the subject the noun ``user_nouns`` compounds into, or
    the subject's apposition), a person, not the platform named before "user" (LABELLING.md, Precision 1: a
    site the user writes on is no actor); None where no handle is written."""
    if subj is None:
        return None
    users = ctx.rules.words("attribution", "user_nouns")
    user = subj if subj.lower_ in users else next(
        (c for c in subj.children if c.dep_ == "compound" and c.lower_ in users), None)
    if user is None:
        return None
    handle = [c for c in subj.children if c.dep_ == "appos" and c.i > subj.i] if user is subj else [subj]
    if not handle or not any(c.dep_ == "compound" and c.text[:1].isupper() and c.i < user.i for c in (*user.children, *subj.children)):
        return None  # "Twitter user": a platform named before it
    start, end = handle[0].i, max(h.i for h in handle) + 1
    known = ctx.token_actor.get(start)
    if known is not None and known.kind == ActorKind.person:
        return known
    name = ctx.text_of(start, end).lstrip("@")
    if " " in name or not name:
        return None
    return add_mention(ctx, ("person", names.key(name) or name.lower()), name, ActorKind.person, start, end)


def persons_body(ctx: Context, subj: Token | None) -> ActorDraft | None:
    """"The Trump campaign accused": a body named by the person it serves is that body ("Trump
    campaign"), not the person."""
    if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in ctx.rules.words("attribution", "person_bodies"):
        return None
    owner_tok = next((c for c in subj.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None)
    owner = ctx.token_actor.get(owner_tok.i) if owner_tok is not None else None
    if owner_tok is None or owner is None or owner.kind != ActorKind.person:
        return None
    # "Matovič's government office": as written from the owner on
    name = ctx.text_of(owner_tok.i, subj.i + 1) if owner_tok.dep_ == "poss" else f"{owner_tok.text} {subj.text}"
    key: ActorKey = ("group", None, "source", f"{subj.lemma_.lower()} of {owner.name}")
    return add_mention(ctx, key, name, ActorKind.organization, owner_tok.i, subj.i + 1)


def _pronoun_labelled(label: Token, obj: Token | None) -> bool:
    """"considers it a priority", "called them thugs": a bare pronoun given a label, with no clause
    after the label to stand for ("called it unlikely that ...", "thought it wise to wait")."""
    if obj is None or obj.lower_ not in _BARE_PRONOUNS or obj.i != obj.left_edge.i or obj.i != obj.right_edge.i:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in label.subtree if t.i > label.i)


def _labelling_frame(ctx: Context, verb: Token) -> bool:
    """"called the investigation a witch hunt", "hailed the pipeline as an advancement",
    "called it unlikely that ...": the object and what it is called are the claim."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    comp = next((c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > verb.i
                 and c.pos_ in ("NOUN", "PROPN", "ADJ")
                 or (c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i)), None)
    if obj is not None and comp is None:  # "called Trump's order swift": the label parsed into the object
        comp = next((c for c in obj.children if c.i > obj.i and c.pos_ == "ADJ" and c.dep_ in ("amod", "acl")), None)
    if obj is None or comp is None or (verb.dep_ == "acl" and verb.head.i < verb.i and verb.tag_ == "VBN"):
        return False
    if _pronoun_labelled(comp, obj):
        return True  # "called it a hoax": no proposition, and no other frame for the verb
    subj = subject_of(ctx, verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    speaker = _speaker(ctx, subj)
    if speaker is None:
        return False
    lo, hi = min(obj.left_edge.i, comp.left_edge.i), max(obj.right_edge.i, comp.right_edge.i) + 1
    span = (min(lo, verb.i, subj.left_edge.i), max(hi, verb.i + 1))
    ctx.frames.append(Frame(speaker, verb.i, (lo, hi), span))
    return True


def _verb_frame(ctx: Context, verb: Token, lemma: str) -> None:
    r = ctx.rules
    if any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in _SUPPOSING for c in verb.children):
        return  # "did not say"; "abortions were allowed only if a doctor determined ...": nothing was said
    subj = subject_of(ctx, verb) or _shared_subject(ctx, verb)
    if subj is not None and subj.dep_ == "nsubjpass":
        return  # "is believed to", "was told": no speaker of the claim here
    speaker = _speaker(ctx, subj)
    content = _content_clause(ctx, verb)
    if content is None and lemma in r.object_content and lemma not in r.clausal_only:
        for child in verb.children:
            if verb.dep_ == "relcl" and child.i < verb.i:
                break  # "attacks that Washington blames on militias": the object is the relative pronoun
            if child.dep_ in ("dobj", "attr") or (child.dep_ == "prep" and child.text.lower() in ("of", "on")
                                                  and child.i > verb.i):  # not a fronted "On Tuesday, X announced"
                content = (child.left_edge.i, _charge_end(ctx, verb, child, lemma))
                break
    quote = None
    if content is not None:
        cs, ce = ctx.char_span(*content)
        q = ctx.in_quote(cs + 1 if ctx.text[cs : cs + 1] in ('"', "“") else cs)  # from its opening mark
        if q is not None and ce <= q[1] + 1 and not (q[0] <= verb.idx < q[1]):
            quote = q  # the complement is a direct quote: keep it whole
    if content is None:
        # "..., he said" / "said McElroy": a quote that ends or starts next to the verb
        quote = _adjacent_quote(ctx, verb)
        if quote is None:
            return
        if subj is not None and subj.tag_ in _RELATIVE and not verb.idx < quote[0] < verb.sent.end_char:
            speaker = None  # 'X, which demanded the suspension. "...," said Y': a relative clause's words are in its sentence
    if speaker is None and quote is None:
        return
    if content is not None:
        lo = min([content[0], verb.i] + ([subj.left_edge.i] if subj is not None else []))
        hi = max([content[1], verb.i + 1] + ([subj.right_edge.i + 1] if subj is not None else []))
    else:
        lo = hi = verb.i
    ctx.frames.append(Frame(speaker, verb.i, content or (verb.i, verb.i + 1), (lo, hi),
                             hedged=lemma in r.cognition, quote=quote))


def _shared_subject(ctx: Context, verb: Token) -> Token | None:
    """"The embassy declined the request and said ...", "the prime minister called for ... and stated ...":
    a verb joined to another shares its subject, also one that names no actor by itself (a name the
    tagger missed, a title or a body noun that the speaker's resolution refers back); so does a
    participle or an infinitive its clause hangs on ("the KGB arrested 33 people, claiming them to be
    mercenaries", "The article went on to accuse X of ...")."""
    head = _governing_verb(ctx, verb)
    if head is None:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    return subj if subj is None or _definite_enough(subj) else None


def _definite_enough(subj: Token) -> bool:
    """A name ("Jobs welcomed everyone and announced that ...") or a common noun only as a definite
    description ("the embassy"), not a crowd or a group of people told for the first time ("A group of
    protesters surrounded and allegedly threatened ...", "Our neighbors")."""
    if subj.pos_ == "PROPN" or subj.text[:1].isupper() and subj.i == subj.left_edge.i:
        return True
    return any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)


def _governing_verb(ctx: Context, verb: Token) -> Token | None:
    """The verb whose subject ``verb`` shares: the first of two joined verbs, or the verb a participle
    (", claiming ...") or an infinitive ("went on to accuse") hangs on, up a reported clause to its
    reporting verb ("acknowledged their government had shot down a jet, blaming ...": not "government")."""
    if verb.dep_ == "conj":
        head = verb.head
        return head if head.pos_ in ("VERB", "AUX") and head.i < verb.i else None
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "dobj" and head.i < verb.i and (
            head.lemma_.lower() in ctx.rules.words("attribution", "issued_statements")):
        return head.head  # "the city issued a follow-up statement announcing ...": the issuer
    if not (verb.dep_ == "advcl" and verb.tag_ == "VBG" or verb.dep_ == "xcomp" and verb.tag_ == "VB"):
        return None
    if verb.lemma_.lower() not in ctx.rules.words("attribution", "speech_verbs"):
        return None  # ", considering that ...": a preposition, no belief
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    while head.dep_ == "ccomp" and head.head.i < head.i and head.head.lemma_.lower() in ctx.rules.reporting:
        head = head.head
    return head


def _charge_end(ctx: Context, verb: Token, obj: Token, lemma: str) -> int:
    """Where an object's content ends: "accused Biden of siding with criminals", "blamed regulators for
    the disaster": a verb of blame or credit runs on through the phrase right after its object."""
    end = obj.right_edge.i + 1
    if obj.dep_ != "dobj" or lemma not in ctx.rules.words("attribution", "object_with_charge"):
        return end
    preps = ctx.rules.words("attribution", "charge_prepositions")
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.left_edge.i == end and c.lower_ in preps), None)
    return end if prep is None else prep.right_edge.i + 1


def _adjacent_quote(ctx: Context, verb: Token) -> Offsets | None:
    sent = verb.sent
    s_end = sent.end_char
    best = None
    end = verb.idx + len(verb.text)
    for q in ctx.quotes:
        if end < q[0] <= end + 4 and not ctx.text[end : q[0]].strip(' ,:"“'):
            return q  # 'Sanders wrote, "Congratulations ..."': the quote it opens, not one closing before
        # the quote closes within this sentence before the verb, or opens after it in the sentence
        near_before = q[1] <= verb.idx and verb.idx - q[1] < 80 and '"' not in ctx.text[q[1] + 1 : verb.idx]
        near_after = q[0] > verb.idx and q[0] <= s_end + 2 and q[0] - verb.idx < 60
        if near_before or near_after:
            if best is None or abs(q[1] - verb.idx) < abs(best[1] - verb.idx):
                best = q
    return best


def _according_frame(ctx: Context, tok: Token) -> None:
    to = next(c for c in tok.children if c.text.lower() == "to")
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return
    pobj = _statement_issuer(ctx, pobj) or pobj  # "according to a statement from the ministry": the ministry
    speaker = (actor_at(ctx, pobj) or _source_group(ctx, pobj) or _report_source(ctx, pobj)
               or _acting_source(ctx, pobj) or _unrecognised_source(ctx, pobj))
    if speaker is None:
        # "according to the same statement": the last "according to" source
        prior = [f for f in ctx.frames if f.kind == "according" and f.speaker is not None]
        if not prior or ("same" not in {t.text.lower() for t in pobj.subtree}):
            return
        speaker = prior[-1].speaker
    head = tok.head
    while head.dep_ not in ("ROOT", "ccomp", "conj", "advcl") and head.head.i != head.i:
        head = head.head
    sent = tok.sent
    excl = (tok.left_edge.i, tok.right_edge.i + 1)
    start = sent.start
    while start < excl[0] and (ctx.doc[start].is_punct or ctx.doc[start].is_space):
        start += 1  # a closing quote or a line break the parser put at the sentence's start
    if excl[0] <= start + 1:  # "According to X, Y": the content follows
        lo, hi = excl[1], sent.end
    elif head.i >= excl[1] and head.pos_ in ("VERB", "AUX") and (subj := _clause_subject(head)) is not None:
        # "Local authorities, according to X, have noted Y", "At the time, ...; according to X, one was
        # pronounced dead": the clause the phrase sits in, from its subject
        lo = subj.left_edge.i if subj.i < excl[0] else excl[1]
        hi = head.right_edge.i + 1
    else:
        lo, hi = sent.start, excl[0]
    while lo < hi and (ctx.doc[lo].is_punct or ctx.doc[lo].is_space):
        lo += 1
    while hi > lo and (ctx.doc[hi - 1].is_punct or ctx.doc[hi - 1].is_space):
        hi -= 1
    if hi <= lo:
        return
    ctx.frames.append(Frame(speaker, tok.i, (lo, hi), (min(lo, excl[0]), max(hi, excl[1])), kind="according"))


def _acting_source(ctx: Context, head: Token) -> ActorDraft | None:
    """"according to local media", "according to critics": a people or body noun that is an actor only
    where it acts (``acting_heads``) acts here, as the source; not the trade at large ("according to
    social media")."""
    found = acting_head(ctx, head)
    if found is None or head.pos_ != "NOUN":
        return None
    act_as_group(ctx, head, *found)
    return actor_at(ctx, head)


def _statement_issuer(ctx: Context, noun: Token) -> Token | None:
    """"according to a statement from the Health Ministry", "according to a letter by X": the statement's
    issuer, the object of its "from" or "by"."""
    if noun.lemma_.lower() not in ctx.rules.statement_nouns:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")), None)
    return next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None


def _unrecognised_source(ctx: Context, head: Token) -> ActorDraft | None:
    """"according to the World Food Programme" with the name not tagged one: the actor of that name,
    else the name (its capitalised compounds and head) as a new organisation; a person's surname is
    the person named before (:func:`known_name`)."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ in _NOT_SOURCES:
        return None
    person = known_name(ctx, head)
    if person is not None:
        return person
    return org_of_name(ctx, name_start(head), head.i + 1)


# entity types that name no one who could be a source: "according to Sharia", "according to 2010 figures"
_NOT_SOURCES = frozenset({"PERSON", "GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                          "PERCENT", "QUANTITY", "LAW", "EVENT", "WORK_OF_ART", "LANGUAGE"})


def _clause_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _source_group(ctx: Context, head: Token) -> ActorDraft | None:
    """"according to health officials", "according to police", "his lawyers said": the group is
    the source, though without a side the actors stage does not list it. Its possessor belongs to
    its name, as it tells one unnamed group from another ("his lawyers", not "lawyers")."""
    kind = ctx.rules.group_heads.get(head.lower_) or ctx.rules.group_heads.get(head.lemma_.lower())
    possessor = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PRON", "PROPN")), None)
    if kind is None and head.lemma_.lower() in ctx.rules.words("attribution", "related_sources") and (
            possessor is not None or head.tag_ == "NNS"):
        kind = "person"  # "his daughter said", "Navalny's associates alleged", "critics have claimed"
    one = _one_person_det(head)
    if kind is None and one is not None and head.lemma_.lower() in ctx.rules.words("attribution", "lone_sources"):
        kind = "person"  # "a relative said", "One MP told the BBC", "said a SOF representative"
    if kind is None or head.pos_ != "NOUN":
        return None
    named = _named_relative(ctx, head, possessor)
    if named is not None:
        return named
    start = min((c.i for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i
                 or possessor is not None and c.i == possessor.i
                 or one is not None and c.i == one.i and c.lower_ == "one"), default=head.i)
    end = head.i + 1
    name = ctx.text_of(start, end)
    owner = _owner(ctx, head, possessor)
    key: ActorKey = ("group", None, "source", f"{head.lemma_.lower()} of {owner.name}" if owner is not None else name.lower())
    if owner is not None:  # "his associates" after the tagger took "Associates of Navalny" for a name
        wanted = {head.lower_, owner.name.split()[-1].lower()}
        same = next((a for a in ctx.actors.values() if a.kind != ActorKind.person
                     and wanted <= {w.removesuffix("'s").removesuffix("’s") for w in a.name.lower().split()}), None)
        if same is not None:
            key, kind = same.key, same.kind.value
    return add_mention(ctx, key, name, ActorKind(kind), start, end)


def _one_person_det(head: Token) -> Token | None:
    """The "a", "an" or "one" that makes a singular noun one person of its kind ("a relative", "One MP")."""
    if head.tag_ != "NN":
        return None
    return next((c for c in head.children if c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")), None)


def _named_relative(ctx: Context, head: Token, possessor: Token | None) -> ActorDraft | None:
    """"his surviving father says" where the article names him elsewhere ("said his father, Abdullah
    Kurdi": devA wikinews-2019-02-german-migrant-rescue-charity-renames-ship): the person named in
    apposition to the same possessor and noun."""
    if possessor is None or head.tag_ != "NN":
        return None
    for t in ctx.tokens:
        if t.i == head.i or t.lemma_.lower() != head.lemma_.lower():
            continue
        if not any(c.dep_ == "poss" and c.lower_ == possessor.lower_ for c in t.children):
            continue
        for c in t.children:
            found = actor_at(ctx, c) if c.dep_ == "appos" else None
            if found is not None and found.kind == ActorKind.person:
                return found
    return None


def _owner(ctx: Context, head: Token, possessor: Token | None) -> ActorDraft | None:
    """The person a group belongs to: "his associates", "Navalny's associates" and "associates of
    Navalny" are one group."""
    if possessor is not None:
        if possessor.lower_ in ("his", "her"):
            return last_person(ctx, possessor.i)
        return actor_at(ctx, possessor)
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    owner = actor_at(ctx, pobj) if pobj is not None and pobj.pos_ == "PROPN" else None
    return owner if owner is not None and owner.kind == ActorKind.person else None


def _report_source(ctx: Context, head: Token, content: Token | None = None) -> ActorDraft | None:
    """"Initial reports indicate", "according to intelligence reports", "there are reports that"
    (``content``: the that-clause): with no one named, the reporting itself (with its modifiers) is
    the claim's source."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ctx.rules.words("attribution", "report_sources"):
        return None
    if any(c.dep_ in ("poss", "prep", "acl", "relcl") and (content is None or c.i != content.i) or (c.dep_ == "compound" and c.pos_ == "PROPN")
           or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in head.children):
        return None  # "the ministry's report", "a report by the UN", "the report": its issuer is the source
    start = min((c.i for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i), default=head.i)
    if start == head.i and (head.tag_ != "NNS" or any(c.dep_ == "det" for c in head.children)):
        return None  # "a report said": one report, its issuer unnamed; bare "reports say", "according to reports": reports
    name = ctx.text_of(start, head.i + 1)
    # bare "reports", or reports told only by where they ran or how sure they are ("according to local
    # reports", "unconfirmed reports suggest", ``hearsay_modifiers``): the claim's source, not an actor
    hearsay = ctx.rules.words("attribution", "hearsay_modifiers")
    kind = "hearsay" if all(ctx.doc[i].lower_ in hearsay for i in range(start, head.i)) else "source"
    return add_mention(ctx, ("group", None, kind, name.lower()), name, ActorKind.other, start, head.i + 1)


def _noun_frame(ctx: Context, noun: Token) -> None:
    content = None
    clause = None
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "relcl") and any(g.text.lower() == "that" and g.dep_ == "mark" for g in child.children):
            content, clause = (child.left_edge.i, child.right_edge.i + 1), child
    if content is None:
        return
    if noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children):
        speaker = _report_source(ctx, noun, clause)  # "There are reports that pirates have also hijacked a fishing boat"
        if speaker is not None:
            ctx.frames.append(Frame(speaker, noun.i, content, (noun.head.left_edge.i, content[1]), kind="noun"))
        return
    speaker = None
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            speaker = actor_at(ctx, child)
            if speaker is None and child.ent_type_ in ("GPE", "NORP"):
                side = ctx.rules.demonyms.get(child.text.lower(), child.text)
                speaker = add_mention(ctx, ("group", side, "government"), side, ActorKind.government, child.i, child.i + 1)
        elif child.dep_ == "prep" and child.text.lower() in ("from", "by"):
            speaker = actor_at(ctx, child)
        if speaker is not None:
            break
    if speaker is None:
        return
    ctx.frames.append(Frame(speaker, noun.i, content, (noun.left_edge.i, content[1]), kind="noun"))


def _attach_quotes(ctx: Context) -> None:
    """Quotes no frame has claimed go to the attribution in their last sentence or the next one."""
    claimed = _claimed_quotes(ctx)
    for q in ctx.quotes:
        if q in claimed or len(q and ctx.text[q[0] : q[1]].split()) < 4 or _has_cue_inside(ctx, q):
            continue
        if not _LATIN.search(ctx.text[q[0] : q[1]]):
            continue  # words in another script, translated after them: the translation is the claim
        n = _end_sentence(ctx, q)
        if n is None:
            continue
        if not (_nearby_frame_takes(ctx, q, n) or _colon_quote(ctx, q) or _second_half(ctx, q, n)
                or _continue_prior(ctx, q, n)):
            _next_speaker_takes(ctx, q, n)


def _claimed_quotes(ctx: Context) -> set[Offsets]:
    """The quotes a frame carries already, or that hold a speech verb's whole content."""
    claimed = {f.quote for f in ctx.frames if f.quote}
    for f in ctx.frames:
        if f.kind == "block" and f.quote is not None:  # a quoted paragraph set apart as a block quote
            claimed.update(q for q in ctx.quotes if f.quote[0] - 2 <= q[0] and q[1] <= f.quote[1] + 2)
    for f in ctx.frames:
        if f.quote is None and f.kind == "verb":
            cs, ce = ctx.char_span(*f.content)
            for q in ctx.quotes:
                if q[0] - 2 <= cs and ce <= q[1] + 2:
                    claimed.add(q)
    return claimed


def _has_cue_inside(ctx: Context, q: Offsets) -> bool:
    """Whether a frame's cue lies inside the quote ``q``: the quote is attributed from within, not from outside."""
    return any(q[0] <= ctx.doc[f.cue].idx < q[1] for f in ctx.frames)


def _end_sentence(ctx: Context, q: Offsets) -> int | None:
    """The sentence in which the quote ``q`` ends (None when its last character is in no token)."""
    end_tok = ctx.doc.char_span(q[1] - 1, q[1], alignment_mode="expand")
    if end_tok is None:
        return None
    return ctx.sent_of.get(end_tok.start, 0)


def _nearby_frame_takes(ctx: Context, q: Offsets, n: int) -> bool:
    """The first speech-verb frame without a quote in sentence ``n``, or in the next one when it reports
    no clause of its own (:func:`_says_else`), takes the quote ``q`` (no frame's cue is inside ``q``:
    :func:`_has_cue_inside`); False when there is none."""
    for f in ctx.frames:
        if (f.kind == "verb" and f.quote is None and ctx.sent_of.get(f.cue) in (n, n + 1)
                and (ctx.sent_of.get(f.cue) == n or not _says_else(ctx, f, q))):
            f.quote = q
            return True
    return False


def _says_else(ctx: Context, f: Frame, q: Offsets) -> bool:
    """A frame whose own reported clause lies outside the quote ``q`` says something else: its clause
    stays its claim ('"... broken into two pieces", according to investigators. The new Boeing 737 Max
    was not airworthy, investigators have said': devA wikinews-2019-01-lion-air-disaster-crashed-jets-voice-recorder)."""
    cs, ce = ctx.char_span(*f.content)
    return f.content[1] - f.content[0] >= 3 and not (cs <= q[0] and q[1] <= ce + 1)


def _next_speaker_takes(ctx: Context, q: Offsets, n: int) -> None:
    """A quote no one else takes is the words of the speaker of the next sentence's frame, whose own
    clause stays a claim of its own ('... announcement: "A. B. C." Since then, the government has reported
    more cases': devA wikinews-2019-12-samoan-government-temporarily-shuts-down-nationwide)."""
    f = next((f for f in ctx.frames if f.kind == "verb" and f.quote is None and ctx.sent_of.get(f.cue) == n + 1), None)
    if f is not None and f.speaker is not None:
        ctx.frames.append(Frame(f.speaker, f.cue, (0, 0), (0, 0), quote=q, kind="continued"))


def _continue_prior(ctx: Context, q: Offsets, n: int) -> bool:
    """A quote continuing the previous speaker's: the last frame of the three sentences before ``n``,
    when it has a speaker and carries a quote, gets a "continued" frame for ``q``."""
    prior = [f for f in ctx.frames if ctx.sent_of.get(f.cue, -9) in (n - 1, n - 2, n - 3) and f.speaker is not None
             and f.kind != "block"]  # a block quote is its paragraph; a quote after it is another's
    if prior and prior[-1].quote is not None:
        ctx.frames.append(Frame(prior[-1].speaker, prior[-1].cue, (0, 0), (0, 0), quote=q, kind="continued"))
        return True
    return False


def _second_half(ctx: Context, q: Offsets, n: int) -> bool:
    """A quote split by its speaker is one statement ('"A," said Khan, "B."'): the quote ``q`` joins the
    quote of a frame of its sentence ``n`` that ends at most 40 characters before it, with the speaker's
    words between and no sentence end ('"A." It also urged them to "B"' is a new statement)."""
    for f in ctx.frames:
        if (f.speaker is not None and f.gap is None and f.quote is not None and ctx.sent_of.get(f.cue) == n
                and f.quote[1] <= ctx.doc[f.cue].idx < q[0] and q[0] - f.quote[1] <= 40
                and not re.search(r"[.!?]", ctx.text[f.quote[1] - 2 : q[0]])):
            f.gap, f.quote = (f.quote[1], q[0]), (f.quote[0], q[1])
            return True
    return False


def _colon_quote(ctx: Context, q: Offsets) -> bool:
    """A quote a clause introduces with a colon is the words of that clause's subject ("Bolsonaro
    opposed Macron's statement: \"...\"", "Trump's statement read: \"...\""): a frame of the clause's
    verb, the highest one before the colon."""
    colon = q[0] - 1
    while colon > 0 and ctx.text[colon] in ' "“\n':
        colon -= 1
    if colon <= 0 or ctx.text[colon] != ":":
        return False
    clause = colon_clause(ctx, colon)
    if clause is None:
        return False
    verb, subj = clause
    speaker = actor_at(ctx, subj) or known_name(ctx, subj)  # an actor named already, not a new group
    if speaker is None:
        return False
    ctx.frames.append(Frame(speaker, verb.i, (verb.i, verb.i + 1), (verb.i, verb.i + 1), quote=q))
    return True


def _relays(ctx: Context, outer: Frame, inner: Frame) -> bool:
    """"According to ISNA, the prosecutor said ...", "NPR reported the minister recommended ...":
    the source or outlet only relays a named person's words; the person is the claimant."""
    if inner.kind != "verb" or inner.speaker is None or inner.speaker.kind != ActorKind.person:
        return False
    lemma = ctx.doc[inner.cue].lemma_.lower()
    if lemma in ctx.rules.cognition or lemma in ctx.rules.words("attribution", "impersonal_speech") or inner.speaker is outer.speaker:
        return False  # "according to X, Y believes": X's reading of Y's mind; "Y could reveal": not Y's words
    if any(c.dep_ == "ccomp" and not any(g.dep_ in SUBJ for g in c.children) for c in ctx.doc[inner.cue].children):
        return False  # "X told them of it and Y gave them ...": a clause without its subject, a misparse
    return outer.kind == "according" or (outer.speaker is not None and outer.speaker.kind == ActorKind.media)


def _drop_nested(ctx: Context) -> None:
    """"X believes Y, officials tell CNN": the outer speaker owns the claim, hedged; a relayed
    person's words ("according to Reuters, X said") are that person's."""
    relayed = [f for f in ctx.frames if f.quote is None and f.kind in ("verb", "according") and any(
        _relays(ctx, f, g) for g in ctx.frames if g is not f and f.content[0] <= g.cue < f.content[1])]
    ctx.frames = [f for f in ctx.frames if all(f is not g for g in relayed)]
    keep = []
    for f in ctx.frames:
        outer = [g for g in ctx.frames if g is not f and g.kind in ("verb", "according") and g.quote is None
                 and g.content[0] <= f.cue < g.content[1] and g.speaker is not None]
        if f.quote is None and outer and f.kind in ("verb",):
            outer[0].hedged = outer[0].hedged or f.hedged
            continue
        idx = ctx.doc[f.cue].idx
        if f.quote is None and f.kind == "verb" and any(
                g is not f and g.quote is not None and g.quote[0] <= idx < g.quote[1] for g in ctx.frames):
            continue  # a verb inside a quote someone else's frame carries: the quote is the claim
        if f.quote is None and f.kind == "verb" and any(_requoted(ctx, f, g) for g in ctx.frames):
            continue
        keep.append(f)
    ctx.frames = keep


def _requoted(ctx: Context, f: Frame, g: Frame) -> bool:
    """Whether the reported clause of ``f`` holds the same speaker's quote with its own attribution next to
    it, which is the claim ('Seeney says that in his case "those laws have failed," he said': devC
    wikinews-undated-paedophile-forced-flee-australian-town)."""
    if g.kind != "verb" or g.cue == f.cue or g.quote is None or g.speaker is not f.speaker:
        return False
    cs, ce = ctx.char_span(*f.content)
    cue = ctx.doc[g.cue]
    return (f.content[0] <= g.cue < f.content[1] and cs <= g.quote[0] and g.quote[1] <= ce + 2
            and len(ctx.text[g.quote[0] : g.quote[1]].split()) >= 4 and _next_to(ctx, cue, g.quote)
            and not any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children))


def _next_to(ctx: Context, cue: Token, q: Offsets) -> bool:
    """Whether the quote ``q`` ends just before its speech verb and the verb's subject ('"...," he said')
    or opens just after the verb ('adding: "..."')."""
    subject = {t.i for c in cue.children if c.dep_ == "nsubj" for t in c.subtree}
    if q[1] <= cue.idx:
        span = ctx.doc.char_span(q[1], cue.idx, alignment_mode="expand")
    else:
        span = ctx.doc.char_span(cue.idx + len(cue), q[0], alignment_mode="expand")
    return span is not None and len(span) <= 6 and all(t.is_punct or t.is_space or t.i in subject for t in span)


def claims(ctx: Context) -> list[ClaimRow]:
    """One claim per frame; a direct quote gives one claim per sentence it spans."""
    out = []
    seen = set()
    for f in ctx.frames:
        if f.speaker is None:
            continue
        for cs, ce in _claim_pieces(ctx, f):
            text = ctx.text[cs:ce].strip(" ,\"'\n")
            if len(text.split()) < 3 or (cs, ce) in seen or foreign(text):
                continue  # "cuando una persona llega a un estado terminal": words in another language, their translation is the claim
            seen.add((cs, ce))
            content = _claim_content(ctx, f, cs, ce, text)
            claim = Claim(
                id="", claimant_name=None if f.speaker.key[2:3] == ("hearsay",) else f.speaker.name,
                content=clip(content, mark="…"),
                quote=clip(text) if f.quote is not None else None,
                hedged=f.hedged or bool(ctx.rules.hedges.search(content)),
                evidence=[ctx.evidence(cs, ce)],
            )
            out.append((claim, f, (cs, ce)))
    return out


def _claim_pieces(ctx: Context, f: Frame) -> list[Offsets]:
    """The character spans a frame's claims come from: each sentence of its quote (short ones joined to
    their neighbour), or else the frame's span."""
    if f.quote is None:
        return [ctx.char_span(*f.span)]
    qs, qe = f.quote
    pieces = []
    for s in ctx.sents:
        a, b = max(qs, s.start_char), min(qe, s.end_char)
        if b - a >= 2:
            pieces.append((a, b))
    return _merge_short(pieces, ctx.text)


def _claim_content(ctx: Context, f: Frame, cs: int, ce: int, text: str) -> str:
    """What a claim says: the quoted ``text`` (a split quote's halves without the speaker's words between),
    or the reported clause, on one line."""
    if f.quote is not None:
        content = text
        if f.gap is not None and cs <= f.gap[0] and f.gap[1] <= ce:
            content = f"{ctx.text[cs : f.gap[0]].strip(' ,')} {ctx.text[f.gap[1] : ce].strip(' ,')}"
    else:
        content = ctx.text_of(*f.content) if f.content[1] > f.content[0] else text
    return " ".join(content.split()).strip(" ,\"")


def merge_quotes(ctx: Context, rows: list[ClaimRow]) -> list[ClaimRow]:
    """The sentences of one continuous quote of one person are one claim ('she said, "A. B. C."'):
    the next sentence of the same frame's quote joins the claim before it when nothing but spaces and
    quote marks lie between (no denial taken out, no new speech verb or speaker, no new paragraph);
    its evidence keeps one span per sentence. An organisation's quoted statement stays one claim per
    sentence: a release lists several facts; so does its unnamed spokesperson's ("a Network Rail
    spokesperson said", :func:`summarizer.offline.groups.group`). A block quote (a paragraph set apart
    after "X writes:") is one claim whoever gives it: a blog's or a blogger the tagger took for a body."""
    out: list[ClaimRow] = []
    for claim, f, (cs, ce) in rows:
        if (out and f.quote is not None and out[-1][1] is f and claim.claimant_name == out[-1][0].claimant_name
                and f.speaker is not None and (f.kind == "block" or f.speaker.kind == ActorKind.person
                                               and f.speaker.key[-1] != "spokesperson")):
            prev, _, (ps, pe) = out[-1]
            between = ctx.text[ps:cs][len(ctx.text[ps:pe].rstrip()):]
            if not between.strip(" \n\"'”“") and "\n\n" not in between:
                prev.content = clip(f"{prev.content} {claim.content}", mark="…")
                prev.quote = clip(f"{prev.quote or ''} {claim.quote or ''}".strip())
                prev.hedged = prev.hedged or claim.hedged
                prev.evidence.extend(claim.evidence)
                out[-1] = (prev, f, (ps, ce))
                continue
        out.append((claim, f, (cs, ce)))
    return out


def without_questions(ctx: Context, rows: list[ClaimRow]) -> list[ClaimRow]:
    """A question asserts nothing: a claim that is only a question ("Will you shut up, man?", "What do
    you mean by that?", "hey, could I have a copy?") is none. A question after an assertion stays
    ("We have said so for years, so why should they be exempt?")."""
    return [row for row in rows if not _asks(ctx, row)]


def _asks(ctx: Context, row: ClaimRow) -> bool:
    claim, f, (cs, ce) = row
    if not claim.content.rstrip(" \"'”’)").endswith("?"):
        return False
    if f.quote is not None:
        span = ctx.doc.char_span(cs, ce, alignment_mode="expand")
        tokens = list(span) if span is not None else []
    else:
        tokens = list(ctx.doc[f.content[0] : f.content[1]])
    first = next((t for t in tokens if not (t.is_punct or t.is_space or t.pos_ in ("INTJ", "CCONJ"))), None)
    return first is not None and (first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.pos_ == "AUX")


def _merge_short(pieces: list[Offsets], text: str, min_words: int = 6) -> list[Offsets]:
    out: list[Offsets] = []
    for a, b in pieces:
        starts_with_and = re.match(r"\s*(?:And|But|Or|So|Yet)\b", text[a:b]) is not None
        if out and (len(text[out[-1][0] : out[-1][1]].split()) < min_words or starts_with_and):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    if len(out) > 1 and len(text[out[-1][0] : out[-1][1]].split()) < min_words:
        last = out.pop()
        out[-1] = (out[-1][0], last[1])
    return out

