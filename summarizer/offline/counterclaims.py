"""Stage 3, denials: a counter-claim (:func:`countered`), a speaker stating the negation of what an
earlier claim, accusation or report by another source asserted.

"Rights groups said troops had fired on protesters. ... Police insisted that officers had not fired on
protesters": what the speaker says is negated ("not", "never", a subject or object with "no": "no such
payments were made"), its predicate (the verb, or the noun a light verb carries: "no payments were made",
"had no involvement") is one that a claim told in its sentence or the four before asserts, unnegated, by
another source (the same verb, or its noun: "paid"/"payments", "involved"/"involvement"), and the two
share a content word besides ("protesters"), or the speaker says "no such", or is the subject of its own
deed denied and is named in that claim ("'We have never paid anyone,' Acme said" after "Acme had paid
bribes"). A negative statement that answers no such claim ("it had not yet decided", "no one was hurt"
with nothing said of anyone hurt) is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.offline.deniers import FIRST_PERSON
from summarizer.offline.doc import MODALS, ActorDraft, Context, Frame, Offsets
from summarizer.offline.mentions import actor_at

if TYPE_CHECKING:
    from spacy.tokens import Token

_REACH = 4  # sentences back to look for the claim a counter-claim answers
_INSIST_REACH = 2  # sentences back to look for the claim an insisted clause answers
_NONE_SUBJECTS = frozenset({"nobody", "none", "nothing"})
_HEDGES = frozenset({"yet", "necessarily", "always", "only"})  # "had not yet decided", "did not always": no deed denied
_CONDITIONS = frozenset({"if", "whether", "unless", "until", "before", "because", "while", "when"})
_ANY = frozenset({"anyone", "anybody", "anything", "any"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# a noun derived from a verb: "payment" of "pay", "involvement" of "involve", "firing" of "fire"
_NOUN_SUFFIXES = ("ment", "ments", "ion", "ions", "ation", "ations", "ing", "ings", "al", "ance", "ence", "ure")


def countered(ctx: Context, verb: Token, frame: Frame, speaker: ActorDraft | None) -> Offsets | None:
    """The clause of ``verb`` (said in ``frame``, by ``speaker`` when known) when it is a counter-claim:
    negated, its predicate asserted by an earlier claim of another source, with content in common (see
    the module)."""
    if not denied_deed(verb):
        return None
    keys = _synonyms(ctx, _predicates(ctx, verb))
    if not keys:
        return None
    n = ctx.sent_of[verb.i]
    for said in _asserted(ctx, n, frame, keys, speaker or frame.speaker):
        if _answers(ctx, verb, said, speaker, keys):
            if frame.kind == "according":  # "According to X, the data was never hidden": not the phrase
                return max(verb.left_edge.i, frame.content[0]), min(verb.right_edge.i + 1, frame.content[1])
            return verb.left_edge.i, verb.right_edge.i + 1
    return None


def pushed_back(ctx: Context, clause: Token, frame: Frame, speaker: ActorDraft | None) -> Offsets | None:
    """A clause said by ``frame``'s speech verb that answers a claim of another source with no denial word: insisted
    as a fact (:func:`insisted`), counted as "only" fewer (:func:`undercounted`) or set right as "X, not Y"
    (:func:`corrected`); the clause."""
    if clause.head.i != frame.cue or clause.dep_ != "ccomp":
        return None
    return insisted(ctx, clause, frame, speaker) or undercounted(ctx, clause, frame, speaker) or corrected(ctx, clause, frame, speaker)


def insisted(ctx: Context, clause: Token, frame: Frame, speaker: ActorDraft | None) -> Offsets | None:
    """"Activists said the vote was rigged. Election officials insisted the vote had been free and fair": the
    clause a push-back verb (``insist_verbs``: "insisted", "maintained") says, told as a fact (a finite verb, no
    modal: not "insisted the bridge must reopen", "insisted that a new vote be held"), when a claim of another
    source in its sentence or the two before has the clause's subject noun as its own subject or names the speaker,
    and the clause does not say again what that claim said (:func:`_agrees`); the clause."""
    cue = ctx.doc[frame.cue]
    if cue.lemma_.lower() not in ctx.rules.words("denial", "insist_verbs"):
        return None
    kids = list(clause.children)
    if clause.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "JJ", "NN") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in kids):
        return None
    topic = next((c.lemma_.lower() for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for said in _other_claims(ctx, frame, speaker):
        named = speaker is not None and any(ctx.token_actor.get(t.i) is speaker for t in said) or (
            subj is not None and subj.pos_ in ("NOUN", "PROPN") and any(t.lemma_.lower() == subj.lemma_.lower() for t in said))
        same = topic is not None and any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() == topic for t in said)
        if (named or same) and not _agrees(clause, said):
            return clause.left_edge.i, clause.right_edge.i + 1
    return None


def undercounted(ctx: Context, clause: Token, frame: Frame, speaker: ActorDraft | None) -> Offsets | None:
    """"Rebels said they had killed 30 soldiers. The army said only two soldiers had died": a said clause that
    counts "only" (or "just") some of what a claim of another source in its sentence or the two before counted
    more of (the same noun under a larger number); the clause."""
    for num in clause.subtree:
        value = _number(num)
        if value is None or num.dep_ != "nummod" or not any(c.lower_ in ("only", "just") for c in num.children):
            continue
        noun = num.head.lemma_.lower()
        for said in _other_claims(ctx, frame, speaker):
            if any(t.dep_ == "nummod" and t.head.lemma_.lower() == noun and (_number(t) or 0) > value for t in said):
                return clause.left_edge.i, clause.right_edge.i + 1
    return None


def corrected(ctx: Context, clause: Token, frame: Frame, speaker: ActorDraft | None) -> Offsets | None:
    """"Pakistan said Indian jets bombed a village. India said its jets had hit a militant camp, not a village": a
    said clause that sets "X, not Y" where Y is a noun of a claim of another source in its sentence or the two
    before and X is not; the clause."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in clause.children):
        return None
    for head in clause.subtree:
        if head.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "neg" and c.lower_ == "not" for c in head.children):
            continue
        other = next((c for c in head.children if c.dep_ in ("appos", "conj") and c.pos_ in ("NOUN", "PROPN") and c.i > head.i), None)
        if other is None:
            continue
        for said in _other_claims(ctx, frame, speaker):
            lemmas = {t.lemma_.lower() for t in said if t.pos_ in ("NOUN", "PROPN")}
            if other.lemma_.lower() in lemmas and head.lemma_.lower() not in lemmas:
                return clause.left_edge.i, clause.right_edge.i + 1
    return None


_NUMBER_WORDS = {w: k for k, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _number(tok: Token) -> float | None:
    """The value of a number token ("30", "two"), or None."""
    if tok.lower_ in _NUMBER_WORDS:
        return _NUMBER_WORDS[tok.lower_]
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return None


def _agrees(clause: Token, said: list[Token]) -> bool:
    """Whether a clause says again what a claim said of its subject ("the vote was fair" after "the vote was
    fair"): a complement or participle of the clause ("fair", "rigged") is a word of the claim."""
    preds = [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")]
    preds += [g for p in preds for g in p.children if g.dep_ == "conj"]
    if clause.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in clause.children):
        preds.append(clause)
    words = {t.lemma_.lower() for t in said}
    return any(p.lemma_.lower() in words for p in preds)


def _other_claims(ctx: Context, frame: Frame, speaker: ActorDraft | None) -> list[list[Token]]:
    """What others said before ``frame``, in its sentence or the two before: the content of another speaker's
    frame, or the clause of a speech verb the attribution stage framed for no one ("Activists said ...")."""
    n = ctx.sent_of[frame.cue]
    lo = ctx.sents[max(0, n - _INSIST_REACH)].start
    out = [list(ctx.doc[f.content[0]:f.content[1]]) for f in ctx.frames
           if f is not frame and lo <= f.content[0] and f.content[1] <= frame.span[0]
           and (f.speaker is None or f.speaker is not (speaker or frame.speaker))]
    framed = {f.cue for f in ctx.frames}
    for t in ctx.doc[lo:frame.span[0]]:
        if t.i not in framed and t.pos_ == "VERB" and t.lemma_.lower() in ctx.rules.reporting:
            out.extend(list(c.subtree) for c in t.children if c.dep_ == "ccomp")
    return out


def denied_deed(verb: Token) -> bool:
    """A verb telling a deed said not done: negated ("did not fire", "never paid") or done by or to no one ("no such
    payments were made", "paid no bribes"), told as a fact (no modal, no condition, no hedge, not an
    infinitive)."""
    if verb.pos_ != "VERB":
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("aux", "auxpass") and (c.lower_ in MODALS or c.lower_ == "to") for c in kids):
        return False  # "will not pay", "refused not to"
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in kids) or verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "csubj"):
        return False  # "if they did not pay", "a man who never paid": not what is said
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in kids):
        return False
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.lemma_ == "do" for c in kids):
        return False
    if verb.tag_ in ("VBZ", "VBP") and not any(c.lower_ == "never" for c in kids):
        return False  # "does not target" is a VB under "does"; "never targets" a habit denied
    if any(c.dep_ == "neg" for c in kids):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (_no(c) or c.lower_ in _NONE_SUBJECTS) for c in kids)


def _no(noun: Token) -> bool:
    """A noun under "no" ("no payments", "no such payments")."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _such(noun: Token) -> bool:
    return _no(noun) and any(c.lower_ == "such" for c in noun.children)


def _predicates(ctx: Context, verb: Token) -> set[str]:
    """The lemmas a counter-claim's predicate can be matched by: the verb ("fire"; "opened fire": "fire"),
    or, for a light verb (``deed_exclusions``: "make", "have", "carry out"), the nouns under "no" it carries
    ("no such payments were made": "payment"); never a verb of speech or belief."""
    lemma = verb.lemma_.lower()
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma == "open" and dobj is not None and dobj.lower_ == "fire":
        return {"fire"}
    if lemma in ctx.rules.reporting or lemma in ctx.rules.words("denial", "answered_words"):
        return set()
    if lemma in ctx.rules.words("denial", "deed_exclusions") or lemma == "carry":
        return {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and _no(c) and c.pos_ == "NOUN"}
    return {lemma}


def _synonyms(ctx: Context, keys: set[str]) -> set[str]:
    """The predicate lemmas with the other words of one deed (``counter_synonyms``: "fire", "shoot", "shell")."""
    groups = [set(g) for g in ctx.rules.raw["denial"]["counter_synonyms"]]
    return keys | {w for g in groups if keys & g for w in g}


def _derived(a: str, b: str) -> bool:
    """Whether two lemmas are one predicate: the same, or a verb and its noun ("pay"/"payment")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    stem = short[:-1] if short.endswith("e") else short
    return len(stem) >= 3 and long.startswith(stem) and long[len(stem):] in _NOUN_SUFFIXES


def _asserted(ctx: Context, n: int, frame: Frame, keys: set[str], speaker: ActorDraft | None) -> list[Token]:
    """The tokens of earlier claims (in sentence ``n`` before the frame, or the four before) whose lemma is
    one of ``keys`` (or derived from one), not negated, inside what another source said (a frame other
    than this speaker's) or in a sentence that names a claim, accusation or report (``answered_words``)."""
    found: list[Token] = []
    answered = ctx.rules.words("denial", "answered_words")
    for m in range(max(0, n - _REACH), n + 1):
        sent = ctx.sents[m]
        end = min(sent.end, frame.span[0], frame.content[0]) if m == n else sent.end
        toks = [t for t in ctx.doc[sent.start:end] if t.pos_ in ("VERB", "NOUN")
                and any(_derived(t.lemma_.lower(), k) for k in keys) and not _negated(t)]
        if not toks:
            continue
        named = any(t.lemma_.lower() in answered for t in sent)
        found.extend(t for t in toks if named or _claimed_by_other(ctx, t, frame, speaker))
    return found


def _negated(tok: Token) -> bool:
    head = tok if tok.pos_ == "VERB" else tok.head
    return any(c.dep_ == "neg" for c in head.children) or _no(tok)


def _claimed_by_other(ctx: Context, tok: Token, frame: Frame, speaker: ActorDraft | None) -> bool:
    """Whether ``tok`` is inside what another source said (another speaker's frame, or one of no speaker:
    "Reports said ...")."""
    return any(f is not frame and f.content[0] <= tok.i < f.content[1]
               and (f.speaker is None or f.speaker is not speaker) for f in ctx.frames)


def _answers(ctx: Context, verb: Token, said: Token, speaker: ActorDraft | None, keys: set[str]) -> bool:
    """Whether the counter-claim and the earlier claim share content besides the predicate: a content
    word, "no such", or the speaker as the doer of both (see :func:`_own_deed`)."""
    if any(_such(c) for c in verb.children):
        return True
    clause = _clause_of(said)
    if _content(list(verb.subtree), keys) & _content(clause, keys):
        return True
    return speaker is not None and (_own_deed(ctx, verb, said, speaker) or _deed_spoken_for(ctx, verb, said, speaker))


def _own_deed(ctx: Context, verb: Token, said: Token, speaker: ActorDraft) -> bool:
    """"'We have never paid anyone,' Acme said" after "Acme had paid bribes": the speaker (I/we in a quote,
    or a pronoun or name for it) is the subject of the deed denied and of the deed claimed, and the deed is
    denied whole: no object, or one of anyone or anything ("did not pay dividends" after "paid bribes"
    answers nothing)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not (subj.lower_ in FIRST_PERSON and ctx.in_quote(subj.idx) is not None or actor_at(ctx, subj) is speaker):
        return False
    if any(c.dep_ == "dobj" and not (c.lower_ in _ANY or any(g.dep_ == "det" and g.lower_ == "any" for g in c.children))
           for c in verb.children):
        return False
    node = said if said.pos_ == "VERB" else said.head
    doers = [c for c in node.children if c.dep_ in ("nsubj", "agent")]
    return any(ctx.token_actor.get(t.i) is speaker for d in doers for t in d.subtree)


_THIRD_PERSON = frozenset({"he", "she", "they"})
_INDEFINITE = frozenset({"a", "an", "single"})


def _deed_spoken_for(ctx: Context, verb: Token, said: Token, speaker: ActorDraft) -> bool:
    """"Police said the suspect fired first. His brother said he did not fire a shot": one known by a tie to someone
    (the speech verb's subject has a possessor: "His brother", "The driver's wife", "Her lawyer") says "he"/"she"/
    "they" did not do the deed another source told of a doer other than the speaker, denied whole (no object, or
    one of anyone, anything, or "a"/"a single": "did not fire a shot")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    cue = next((a for a in verb.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in ctx.rules.reporting), None)
    teller = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue is not None else None
    if subj is None or subj.lower_ not in _THIRD_PERSON or teller is None or not any(c.dep_ == "poss" for c in teller.children):
        return False
    if ctx.in_quote(subj.idx) is not None or actor_at(ctx, subj) is speaker:
        return False  # a quote's "he", or the speaker itself: not another's deed spoken for
    if any(c.dep_ == "dobj" and not (c.lower_ in _ANY or any(g.dep_ in ("det", "amod") and g.lower_ in _ANY | _INDEFINITE
                                                               for g in c.children)) for c in verb.children):
        return False
    node = said if said.pos_ == "VERB" else said.head
    doers = [c for c in node.children if c.dep_ in ("nsubj", "agent") and c.pos_ in ("NOUN", "PROPN")]
    return bool(doers) and not any(ctx.token_actor.get(t.i) is speaker for d in doers for t in d.subtree)


def _clause_of(tok: Token) -> list[Token]:
    """The clause a claimed predicate stands in: the verb's, or for a noun the verb it hangs on."""
    node = tok
    while node.pos_ != "VERB" and node.head.i != node.i:
        node = node.head
    return list(node.subtree)


def _content(toks: list[Token], keys: set[str]) -> set[str]:
    """The content lemmas of some tokens, the predicate's own aside (no stop word, number or date)."""
    return {t.lemma_.lower() for t in toks if t.pos_ in _CONTENT_POS and not t.is_stop and not t.like_num
            and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") and len(t.lemma_) > 2
            and not any(_derived(t.lemma_.lower(), k) for k in keys)}
