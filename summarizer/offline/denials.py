"""Stage 3, denials: who denied, rejected or pushed back on what, and which claim it answers.

A denial is decided here, in three steps (lexicons in ``rules/denial.yaml``):

1. the cue (:func:`is_cue`): a denial verb ("deny", "reject", "dismiss", "contest"), a push-back
   phrasal verb ("push back", "brush off"), a refusal to accept or admit ("refused to accept
   responsibility"), a denial noun ("X's denial"); then, in sentences without such a cue, a
   denial phrase ("had nothing to do with", "pleaded not guilty", "no evidence");
2. the denier (:func:`~summarizer.offline.deniers.denier_of`, in ``deniers.py``): the subject,
   or the passive agent ("was denied by the Armed Forces"), or the issuer of a statement ("X's
   leadership issued a statement denying"), or the body a pronoun or a definite description
   refers back to ("The ministry ... It denied"); a cue whose denier is not found gives no denial
   (every denial names its denier);
3. the denied proposition (:func:`~summarizer.offline.propositions.proposition`, in
   ``propositions.py``): the complement clause, the clause of a proposition noun ("the claim
   that ..."), the object, or the antecedent of "which".

:func:`answer` links a denial to the claim its proposition overlaps most. A learned classifier
(:mod:`summarizer.offline.denial_classifier`, off unless ``rules/denial_model.yaml`` says
``decides: classifier``) can decide instead, over these rules' denials and more candidates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer import names
from summarizer.offline.attribution import ClaimRow, recent_body
from summarizer.offline.counterclaims import countered, denied_deed, pushed_back
from summarizer.offline.deniers import (
    FIRST_PERSON,
    answered_claim,
    conjoined,
    conjoined_above,
    denier_of,
    described_denier,
    labelled_subject,
    phrasal_object,
    quote_owner,
    speaker_above,
    subject_above,
)
from summarizer.offline.doc import MODALS, TURN_MARKER, ActorDraft, Context, Frame, Offsets
from summarizer.offline.mentions import actor_at, name_start, subject_of, turn_speaker
from summarizer.offline.propositions import (
    disagreed,
    disagreeing,
    idiom_object,
    nominal,
    proposition,
    refused_complement,
    second_denial,
    short_label,
    without_frame,
)
from summarizer.offline.rules import searches
from summarizer.offline.text import clip
from summarizer.resolve import STOPWORDS, content_words, overlap
from summarizer.schemas.brief import ActorKind, Claim, Denial

if TYPE_CHECKING:

    from spacy.tokens import Span, Token

# (denial, its sentence's char span in the prepared copy, found by a phrase rather than a verb)
DenialRow = tuple[Denial, tuple[int, int], bool]

_PLEA = re.compile(r"\bple(?:a|d)", re.IGNORECASE)  # "pleaded not guilty", "pled", "a plea of not guilty"
_PUNCT = re.compile(r"[.,;:\"“”]|(?<!\w)['‘’]|['‘’](?!\w)")  # quote marks and punctuation in a predicate ("false, more 'fake news'")
_RETRACT = re.compile(r"\b(?:retract|recant)", re.IGNORECASE)  # "retracted his confession", "recanted"
# "the media was falsely claiming": someone else's words called false, denied by the speaker above them; so are
# someone said to lie or exaggerate ("Moxon proceeded to lie to Daniel that ...", "claimed Long had exaggerated"), to
# reach the wrong conclusion, and a claim called the lie or the myth ("The biggest lie ... is that ISIS is defeated")
_FALSELY = re.compile(r"\b(?:falsely|wrongly|wrongfully|untruthfully)\b", re.IGNORECASE)
# a report said made up ("fabricated reports of ...", "cooking up accusations"): it names what it answers
_MADE_UP = re.compile(r"(?:fabricat|concoct|doctor|cook)", re.IGNORECASE)
_JUDGED = re.compile(r"\b(?:lie|lies|lied|lying|myths?|falsehoods?|canards?|fabricat\w*|concoct\w*|doctor(?:ed|ing)|cook\w* up"
                      r"|(?:had|has|have|was|were) (?:\w+ly )?(?:exaggerated|overstated|misrepresented|fabricated|concocted)"
                      r"|(?:had|has|have) (?:\w+ly )?(?:misread|misinterpreted|misunderstood)"
                      r"|(?:exaggerat|overstat|misrepresent|mischaracteri[sz])\w*|reach\w*|came|come|comes|coming|drawn?|drew|draws|drawing|arrived?|arrives)\b",
                      re.IGNORECASE)
_ANSWER_REACH = 4  # sentences back to look for what a deed said not done answers
_ONE_WORD = 0.5  # the overlap a link on a single shared word needs: half the shorter side's words
_REFERENCE_REACH = 1500  # chars back to look for the claim "the accusation" refers to  # "pushed back on ...", "denial of ..."


def find_denials(ctx: Context, claims: list[ClaimRow]) -> list[DenialRow]:
    """The denials the rules find (the learned classifier, when on, decides over these and more
    candidates: :func:`summarizer.offline.denial_classifier.find`)."""
    return [row for row, _ in rule_denials(ctx)]


def rule_denials(ctx: Context) -> list[tuple[DenialRow, str]]:
    """The rules' denials, each with the rule family that found it: "verb" (a cue and its denier),
    "frame" (inside what a speaker said), "phrase" (a denial phrase)."""
    out, taken, answering = _cue_denials(ctx)
    said = _frame_denials(ctx, taken)
    said.extend(_turn_denials(ctx, taken, answering))
    said.extend(_phrase_denials(ctx, taken))
    rows = [(r, "verb") for r in out] + [(r, "phrase" if r[2] else "frame") for r in _once_per_paragraph(ctx, said)]
    rows = [(r, family) for r, family in rows if r[1][0] in answering or not _own_story(ctx, r[1][0])]
    return _headline_retold(ctx, rows)


_SENTENCE_END = re.compile(r"[.!?:][\"'”’)]*\s*$")


def _headline_retold(ctx: Context, rows: list[tuple[DenialRow, str]]) -> list[tuple[DenialRow, str]]:
    """A denial told in the headline (the text's first line, no sentence end, a body after it: "Rights report
    dismissed by Freedonian government", "Army denies soldiers fired on protesters") that a denial of the body
    tells again, its sentence holding half of the headline's denied words ("The Freedonian government has
    rejected a UN panel's report ..."), is that one denial, told in full in the body: the headline's goes."""
    end = ctx.text.find("\n")
    if end <= 0 or not ctx.text[end:].strip() or _SENTENCE_END.search(ctx.text[:end]) or len(ctx.text[:end].split()) > 20:
        return rows
    body = [ctx.text[r[1][0]:r[1][1]] for r, _ in rows if r[1][0] > end]
    return [(r, family) for r, family in rows
            if r[1][0] > end or not any(overlap(r[0].content, sentence) >= _ONE_WORD for sentence in body)]


def _cue_denials(ctx: Context) -> tuple[list[DenialRow], set[int], set[int]]:
    """The denials of the cues and their deniers (and of the deniers conjoined with them), with the
    sentences they were found in and the start chars of the sentences where someone disagrees."""
    out: list[DenialRow] = []
    taken: set[int] = set()
    cues: set[int] = set()
    answering: set[int] = set()  # the sentences (start chars) of disagreements
    for t in ctx.tokens:
        if not is_cue(ctx, t) or _says_again(ctx, t, cues):
            continue
        denier = denier_of(ctx, t)
        if denier is None or voted_down(ctx, t):
            continue  # (the one who voted a bill down is still named: an actor)
        cues.add(t.i)
        n = ctx.sent_of[t.i]
        for who in (denier, *conjoined(ctx, t, denier)):
            row = denial_row(ctx, who, proposition(ctx, t), ctx.sents[n])
            if not any(d.denier_name == row[0].denier_name and d.content == row[0].content and span == row[1] for d, span, _ in out):
                out.append(row)  # "rejected the deal, calling it void": one denial
        taken.add(n)
        if disagreeing(ctx, t.lemma_.lower()):
            answering.add(ctx.sents[n].start_char)  # a disagreement answers a view held: never one's own story
    return out, taken, answering


def _says_again(ctx: Context, t: Token, cues: set[int]) -> bool:
    """Whether the cue ``t`` repeats a cue already taken ("denied that ..., calling the reports fake
    news": the same denial, said again): it hangs as a clause off that cue."""
    if second_denial(ctx, t):
        return False  # "denied having used any weapons and also deny the reports that ...": two denials
    return t.dep_ in ("advcl", "conj", "xcomp") and (t.head.i in cues or t.tag_ == "VBG" and any(a.i in cues for a in t.ancestors))


def _own_story(ctx: Context, char: int) -> bool:
    """An interview transcript's turn ("((Name))  So I rejected the religion", "my family did not
    accept me"): an interviewee telling their own story denies nothing, unless a claim, accusation
    or report is named in its sentence or the four before (``answered_words`` but ``interview_words``:
    a transcript asks questions throughout)."""
    if TURN_MARKER.search(ctx.text, 0, char) is None:
        return False
    tok = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None:
        return False
    n = ctx.sent_of[tok.start]
    words = ctx.rules.words("denial", "answered_words") - ctx.rules.words("denial", "interview_words")
    return not _named_near(ctx, n, words)


_ALSO = re.compile(r"\b(?:also|either|neither|nor)\b", re.IGNORECASE)  # "She was also never forced ...": a denial of its own


def _once_per_paragraph(ctx: Context, rows: list[DenialRow]) -> list[DenialRow]:
    """A speaker who goes on in a direct quote in the same paragraph ("This has nothing to do with ...
    He added, 'It is a propaganda stunt'"; "I put no pressure ... I didn't put any pressure") denies
    once: the first. A new indirect statement ("Basu also stated ...") is a denial of its own, and so is one said to be
    another ("She certainly wasn't 'forced' to be there. She was also never forced to perform labour")."""
    kept: list[DenialRow] = []
    for row in sorted(rows, key=lambda r: r[1][0]):
        start, end = row[1]
        quoted = any(q[0] < end and start < q[1] for q in ctx.quotes) and not _says_also(ctx, start, end)
        if not (quoted and any(k[0].denier_name == row[0].denier_name and "\n" not in ctx.text[k[1][1]:start] for k in kept)):
            kept.append(row)
    return kept


# -- 1. the cue -------------------------------------------------------------------------------


def is_cue(ctx: Context, t: Token) -> bool:
    r = ctx.rules
    pos = t.pos_  # read once; the lemma only of a noun or a verb (is_cue is asked of every token)
    if pos == "NOUN":  # ("is not a repudiation of X" says there is none)
        if t.lemma_.lower() not in r.denial_nouns or t.dep_ == "attr" and any(c.dep_ == "neg" for c in t.head.children):
            return False
        of = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        withheld = ctx.rules.words("denial", "withheld_objects")  # "denial of service", "denial of bail": withheld, as for the verb
        return not rejects_act(ctx, t, of) and not any(o.lemma_.lower() in withheld for o in of)
    if pos != "VERB" or t.dep_ == "amod":
        return False  # "contested waters", "disputed territory": a participle describing a thing
    lemma = t.lemma_.lower()

    def negated() -> bool:  # read only where a cue word is found: most verbs are none
        return any(c.dep_ == "neg" for c in t.children) or _withheld(ctx, t) or intended(ctx, t) or hypothetical(t)

    if lemma in r.denial_verbs:
        if confirmed_or_denied(ctx, t):
            return False  # "neither confirmed nor denied the reports": no answer either way
        # "deny terrorism any victory" (deny someone something) withholds, it does not deny
        objects = [c for c in t.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
        if any(o.lemma_.lower() in ctx.rules.words("denial", "withheld_objects") for o in objects):
            return False  # "denied bail", "permission was denied": withheld, not denied as untrue
        told = [n for o in objects for n in relative_antecedents(o)]  # "a plan ..., which they rejected": the plan
        if removed_from_office(ctx, t, objects) or ran_for_office(ctx, t, objects) or rejects_act(ctx, t, told):
            return False  # "dismissed his cabinet", "contested from Dausa": a sacking, a candidacy
        objects = [o for o in objects if o.dep_ != "nsubjpass"]
        return not negated() and not (len(objects) > 1 or any(c.dep_ == "dative" for c in objects))
    if lemma in r.refusal_verbs:  # "refused to accept responsibility" ("declined the request" is no denial cue:
        return not negated() and refused_complement(ctx, t) is not None  # wrong, never right, on dev)
    if lemma in r.labelling_verbs and labels_dismissively(ctx, t):
        return not negated()  # "denounced the video as fake"; else "denounced the claims" below
    if lemma in r.words("denial", "retort_verbs") and any(c.dep_ == "ccomp" for c in t.children):
        return not negated()  # "countered that ...": a claim answered with another
    if lemma in r.object_rejection_verbs:
        objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        rejectable = r.proposition_nouns | r.rejectable_objects
        if lemma in r.words("denial", "criticism_verbs"):  # "criticized the move" criticises an act, denies nothing
            rejectable = rejectable - r.words("denial", "action_objects")
        return not negated() and any(o.lemma_.lower() in rejectable for o in objects)
    if disagreeing(ctx, lemma):
        return disagreed(ctx, t) is not None  # "disagreed with these findings", "do not agree that ..."
    if answered_claim(ctx, t) is not None:
        return not negated()  # "Elie Fares responded to Mohamad's claims": a push-back (not "did not respond to")
    if idiom_object(ctx, t) is not None:
        return not negated()
    return lemma in r.denial_phrasal_verbs and any(
        (lemma, c.text.lower()) in r.denial_phrasal and (c.lower_ != "back" or _pushed_against(t, c))
        for c in t.children if c.dep_ in ("prt", "advmod", "prep")) and not _literal(ctx, t)


def confirmed_or_denied(ctx: Context, verb: Token) -> bool:
    """"The ministry neither confirmed nor denied the reports", "would not confirm or deny", "declined to confirm
    or deny", "did not deny or confirm": a denial verb joined by "or"/"nor" to a verb of confirming
    (``confirm_verbs``) leaves the claim open, answered neither way ("denied the reports and confirmed that ..."
    still denies)."""
    confirming = ctx.rules.words("denial", "confirm_verbs")
    first = verb.head if verb.dep_ == "conj" else verb
    pair = [first, *(c for c in first.children if c.dep_ == "conj")]
    if verb not in pair or not any(v.lemma_.lower() in confirming for v in pair if v is not verb):
        return False
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in first.children)


def _literal(ctx: Context, verb: Token) -> bool:
    """"Rebels said they had shot down a jet", "knocked down the wall": a phrasal verb of force (``literal_phrasal``)
    rejects only a claim, a report or a proposal ("shot down the idea", "knocked down the rumours"); anything else
    it does to its object."""
    lemma = verb.lemma_.lower()
    if lemma in ctx.rules.words("denial", "gesture_phrasal"):  # "shrugged off a knee injury", "brushed off the dust"
        said = [*(o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")), *filter(None, [phrasal_object(ctx, verb)])]
        pushed = ctx.rules.proposition_nouns | ctx.rules.words("denial", "false_subjects") | ctx.rules.words(
            "denial", "gesture_objects")
        return not any(o.lemma_.lower() in pushed or o.lower_ in pushed for o in said)
    if lemma not in ctx.rules.words("denial", "literal_phrasal"):
        return False
    rejectable = ctx.rules.proposition_nouns | ctx.rules.rejectable_objects
    return not any(o.lemma_.lower() in rejectable for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))


def removed_from_office(ctx: Context, verb: Token, objects: list[Token]) -> bool:
    """"President Vaz dismissed his two-day-old cabinet", "He dismissed Prime Minister Domingos Pereira",
    "the minister was dismissed by the president": a person or a government dismissed (``dismissal_verbs``,
    an object that is a person or one of ``dismissed_posts``) is removed from office, not denied; one
    dismissed "as" something is labelled ("dismissed him as a liar")."""
    r = ctx.rules
    if verb.lemma_.lower() not in r.words("denial", "dismissal_verbs"):
        return False
    posts = r.words("denial", "dismissed_posts")
    return any((o.ent_type_ == "PERSON" or o.lemma_.lower() in posts or o.lower_.removesuffix("s") in posts)
               and not any(c.dep_ == "prep" and c.lower_ == "as" for c in (*o.children, *verb.children))
               for o in objects)


def rejects_act(ctx: Context, cue: Token, objects: list[Token]) -> bool:
    """"Transport unions reject the recently passed Municipal Transport Law", "rejected the project", "his
    rejection of the use of online tools": a law, a project, a system or a practice (``rejected_acts``) rejected
    is opposed, and no claim answered; "denied the use of force" still says there was none."""
    if cue.lemma_.lower() in ("deny", "denial"):
        return False
    return any(o.lemma_.lower() in ctx.rules.words("denial", "rejected_acts") for o in objects)


def ran_for_office(ctx: Context, verb: Token, objects: list[Token]) -> bool:
    """"Kirodi Lal, who contested from Dausa", "Choo contested Hougang SMC in the 2011 General Election",
    "contested the seat": a candidate runs (``race_verbs``): no object or clause, an object that is one of
    ``races``, or an election (``election_words``) it is "in"."""
    r = ctx.rules
    if verb.lemma_.lower() not in r.words("denial", "race_verbs"):
        return False
    if not objects and not any(c.dep_ in ("ccomp", "nsubjpass") for c in verb.children):
        return True
    held = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for g in c.children if g.dep_ == "pobj"]
    return (any(o.lemma_.lower() in r.words("denial", "races") for o in objects)
            or any(g.lemma_.lower() in r.words("denial", "election_words") for g in held))


def voted_down(ctx: Context, verb: Token) -> bool:
    """"The US Senate rejected a bill amendment", "the House rejected the Senate-approved version of
    the bill", "Congressional lawmakers rejected the proposal": a bill (``voted_items``) or, by a
    legislature (``legislatures``), a proposal (``voted_proposals``) rejected is voted down, a vote
    (procedural, LABELLING rule 4) that denies no claim ("the House rejected the demarcation" does)."""
    r = ctx.rules
    if verb.lemma_.lower() not in r.denial_verbs:
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        told = relative_antecedents(obj)  # "the NCC version which the National Assembly rejected": the version
        of = [g for n in told for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if any(n.lemma_.lower() in r.words("denial", "voted_items") for n in (*told, *of)):
            return True  # "a bill amendment", "the version of the bill"
        proposed = any(n.lemma_.lower() in r.words("denial", "voted_proposals") for n in told)
        # a thing told by its rejection in a legislature, "the one that was rejected by the National
        # Assembly", was voted on, unless it is a claim ("the allegations, which Parliament rejected")
        described = told != [obj] and not any(n.lemma_.lower() in r.proposition_nouns for n in told)
        if (proposed or described) and _legislature_rejects(ctx, verb):
            return True
    return False


def _legislature_rejects(ctx: Context, verb: Token) -> bool:
    """The subject of the rejection, or its passive's agent, names a legislature (``legislatures``)."""
    subj = subject_of(ctx, verb)
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if subj is not None and subj.lower_ not in _RELATIVES:
        agents.append(subj)
    return any(w.lemma_.lower() in ctx.rules.words("denial", "legislatures") for a in agents for w in a.subtree)


_RELATIVES = frozenset({"which", "that", "whom"})


def relative_antecedents(obj: Token) -> list[Token]:
    """"a plan for yesterday's march, which they rejected": a relative pronoun stands for the noun its clause
    describes, and for the noun whose phrase the parser hung that one in (the plan, not only the march);
    any other word stands for itself."""
    if obj.lower_ not in _RELATIVES or obj.head.dep_ != "relcl":
        return [obj]
    noun = obj.head.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        return [noun, noun.head.head]
    return [noun]


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






_FUTURE = frozenset({"will", "shall", "'ll"})  # not "would": "neither would endorse the result" refused


def intended(ctx: Context, verb: Token) -> bool:
    """"will reject any claim", "intended to plead not guilty", "vowed to reject", "will be
    scrutinised to reject claims": a denial only to come or intended is not made. The cue, or a verb
    its to-infinitive hangs on (up to two steps), takes a future auxiliary or is a verb of intention."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return False
        node = node.head
        if node.lemma_.lower() in ctx.rules.words("denial", "intention_governors"):
            return True
    return False


_HYPOTHETICAL = frozenset({"can", "ca", "could", "may", "might", "should"})  # not "would": "he would later deny"


def hypothetical(verb: Token) -> bool:
    """"after that he can come and dispute the percentage", "critics may dispute the figures": a denial
    someone could make is not made. The cue, or the verb it is conjoined to, takes such a modal."""
    node = verb.head if verb.dep_ == "conj" else verb
    return any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in (*verb.children, *node.children))


def labels_dismissively(ctx: Context, verb: Token) -> bool:
    """"calling it 'null and void'", "referred to the vote as a hoax": the complement dismisses."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    as_of_object = [g for o in objects for g in o.children if g.dep_ == "prep" and g.lower_ == "as"]  # "the reports as untrue"
    labelled = labelled_subject(verb)  # "branded the accusations lies": the parser's verbless clause
    complements = [c for c in (*verb.children, *as_of_object)
                   if c.dep_ in ("oprd", "xcomp", "attr") or (c.dep_ == "prep" and c.lower_ == "as")
                   or labelled is not None and c.i == labelled.head.i
                   or c.dep_ in ("npadvmod", "dobj") and c.pos_ == "NOUN" and objects and c.i > objects[0].i  # "branded the report a lie"
                   or c.dep_ == "prep" and c.lower_ == "without" and objects and c.i > objects[0].i  # "called the claims without merit"
                   or objects and c.i > objects[0].i and _label_after_object(c)]  # "described the charges as fabricated"
    complements += [c for o in objects for c in o.rights if c.dep_ in ("acl", "amod") and short_label(c)]  # 'the charges "trumped-up"'
    if not complements:
        return False
    # one complement the parser split in pieces ("a non-starter": "a non", "-", "starter") is read whole
    start, end = min(c.left_edge.i for c in complements), max(c.right_edge.i for c in complements) + 1
    return ctx.rules.dismissive.search(ctx.text_of(start, end).lower()) is not None


def _label_after_object(tok: Token) -> bool:
    """A label the parser hung on the verb after its object as a clause or an adverb: "described the charges
    as fabricated" (a clause marked "as"), "branded the report false" (an adjective)."""
    if tok.dep_ == "advcl":
        return any(m.dep_ == "mark" and m.lower_ == "as" for m in tok.children)
    return tok.dep_ == "advmod" and tok.pos_ == "ADJ"


# -- denial phrases ---------------------------------------------------------------------------


def _frame_denials(ctx: Context, taken: set[int]) -> list[DenialRow]:
    """Inside what a speaker said: a report or claim called false ("said the allegations were
    fabricated"), or a deed the speaker says they did not do ("'We did not fire a single shot,' the
    ministry said"; "the army said it had never targeted civilians"). One per sentence."""
    out: list[DenialRow] = []
    # (sentence, id(speaker)) -> answers(): once per sentence, not per said token (every speaker is held
    # by its frame in ctx.frames while this runs, so no id is reused)
    answered: dict[tuple[int, int], bool] = {}
    for frame in ctx.frames:
        speaker = frame.speaker
        denied_in: int | None = None  # the sentence of the frame's denial
        for k in _said_tokens(ctx, frame) if speaker is not None or frame.kind == "verb" else ():
            n = ctx.sent_of[k]
            if n in taken or denied_in is not None and not _another(ctx, n):  # unless it denies another thing
                continue
            if speaker is not None and (n, id(speaker)) not in answered:
                answered[(n, id(speaker))] = answers(ctx, n, speaker)
            tok = ctx.tokens[k]
            if _reported_by_another(ctx, tok, frame.cue):
                continue  # "X argued Y had lost by saying he didn't support it": Y's words, not X's denial
            done_to = speaker is not None and answered[(n, id(speaker))] and _not_done_to(ctx, tok, frame.cue)
            if speaker is None and _not_done_to(ctx, tok, frame.cue):  # '"Nobody was tortured," the police chief said'
                speaker = _described_done_to(ctx, frame, n)
                done_to = speaker is not None
            falsified = _falsified(ctx, tok)
            content = falsified or (_clause(tok) if done_to else None) or (
                _undone(ctx, tok, speaker) if speaker is not None and (answered[(n, id(speaker))] or _crime(ctx, tok)) else None)
            content = content or _countering(ctx, tok, frame, speaker)
            if content is not None and speaker is None:  # "Google said the report was false", "Google" untagged
                subj = subject_of(ctx, ctx.doc[frame.cue])
                speaker = described_denier(ctx, subj, claimed=falsified is not None or None) if subj is not None else None
            if content is not None and speaker is not None:
                # a passive deed said not done is a state said, as by a denial phrase: the speaker's claim stays
                out.append(denial_row(ctx, speaker, ctx.text_of(*content).strip(" ,;:\"'"), ctx.sents[n],
                                      phrase=done_to or _judged(ctx, content)))
                taken.add(n)
                denied_in = n  # a quote that says it again ("I didn't. I didn't put any pressure") denies once
    out.extend(_unattributed(ctx, taken))
    return out


def _turn_denials(ctx: Context, taken: set[int], answering: set[int]) -> list[DenialRow]:
    """An interviewee's turn in a transcript ("((Name))", or a Q&A marked by initials) that calls what was told or asked before it false
    ("That's not the case, but we understand why some people feel that it is", "that that's not true"), or a
    report or claim it names: the turn's speaker denies it, outside a direct quote (no speech verb frames a
    turn). Calling something false answers it, so the transcript rule (:func:`_own_story`) lets it stand.
    One per sentence; not what another is said to say, nor under a modal ("they might have said that's
    absurd", "it would be fake"), nor a degree ("it's not very accurate")."""
    out: list[DenialRow] = []
    for t in ctx.tokens:
        n = ctx.sent_of[t.i]
        if n in taken or t.dep_ not in ("acomp", "attr") or t.head.lemma_ != "be" or ctx.in_quote(t.idx) is not None:
            continue
        speaker = turn_speaker(ctx, t.i)
        content = _falsified(ctx, t) if speaker is not None and _said_false_plainly(ctx, t) else None
        if content is None or speaker is None:
            continue
        sent = ctx.sents[n]
        out.append(denial_row(ctx, speaker, ctx.text_of(*content).strip(" ,;:\"'"), sent))
        taken.add(n)
        answering.add(sent.start_char)
    return out


def _said_false_plainly(ctx: Context, pred: Token) -> bool:
    """Whether a copula's predicate in an interviewee's turn calls its subject false in the speaker's own plain
    voice: no degree on it ("not very accurate"), no modal on the copula or above it, no other's speech verb above
    it; a pronoun called false by a word of truth only (``answer_false_predicates``, or "true", "the case" negated:
    "That's not the case", not "that's ridiculous" of a state of things)."""
    if any(c.dep_ == "advmod" and c.lower_ not in _FILLERS for c in pred.children):
        return False
    node = pred.head
    for _ in range(_REPORT_REACH):
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
            return False
        if node.pos_ == "VERB" and node.lemma_.lower() in ctx.rules.reporting and not any(
                c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in node.children):
            return False
        if node.head.i == node.i:
            break
        node = node.head
    subj = _copula_subject(pred.head)
    if subj is None or subj.pos_ != "PRON":
        return True
    negated = any(c.dep_ == "neg" for c in pred.head.children)
    words = _bare(ctx.text_of(pred.left_edge.i, pred.right_edge.i + 1).lower())
    return words in ctx.rules.words("denial", "true_predicates") if negated else words in ctx.rules.words("denial", "answer_false_predicates")


def _reported_by_another(ctx: Context, tok: Token, cue: int) -> bool:
    """Whether ``tok`` is inside what another the speaker reports said: under a speech verb other than the frame's
    ``cue`` whose subject (its own, or that of the verb it hangs on) is another's, not first person ("Trump argued
    Biden had lost the far left by saying he didn't support those things": Biden's words; not "adding that it had
    never paid bribes", whose subject is the speaker's)."""
    node = tok.head
    for _ in range(_REPORT_REACH):
        if node.i == cue or node.head.i == node.i:
            return False
        if node.pos_ == "VERB" and node.lemma_.lower() in ctx.rules.reporting:
            up = node
            while up.i != cue and up.head.i != up.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in up.children):
                up = up.head
            if up.i != cue and not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in up.children):
                return True
        node = node.head
    return False


_REPORT_REACH = 6  # heads climbed from a said token towards its frame's speech verb


def _described_done_to(ctx: Context, frame: Frame, n: int) -> ActorDraft | None:
    """The speaker the article never named, under its description, of a deed said not done to anyone
    in its sentence ``n``, where that answers something said before (:func:`answers`)."""
    subj = subject_of(ctx, ctx.doc[frame.cue])
    speaker = described_denier(ctx, subj) if subj is not None else None
    return speaker if speaker is not None and answers(ctx, n, speaker) else None


def _another(ctx: Context, n: int) -> bool:
    """Whether sentence ``n`` says it denies another thing ("She certainly wasn't 'forced' to be there. She was also
    never forced to perform labour"): a second denial in the same quote or paragraph."""
    sent = ctx.sents[n]
    return _says_also(ctx, sent.start_char, sent.end_char)


def _says_also(ctx: Context, start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` says "also", "either", "neither" or "nor" (``_ALSO``)."""
    return _ALSO.search(ctx.text, start, end) is not None


def _cue_subject(ctx: Context, cue: int) -> ActorDraft | None:
    """The actor a speech verb's subject names, where the attribution stage gave its frame no speaker: the
    actor at it, or the one actor of that name where the tagger missed it there ("Acme Corp said")."""
    subj = subject_of(ctx, ctx.doc[cue])
    found = actor_at(ctx, subj) if subj is not None else None
    if found is None and subj is not None and subj.pos_ == "PROPN":
        key = names.key(ctx.text_of(name_start(subj), subj.i + 1))
        same = [a for a in ctx.actors.values() if key and any(names.key(n) == key for n in (a.name, *a.aliases))]
        found = same[0] if len(same) == 1 else None
    return found


def _unattributed(ctx: Context, taken: set[int]) -> list[DenialRow]:
    """"The company said the report was false" where the attribution stage found no speaker (an
    unnamed body, a name the tagger missed): the speech verb's subject, under its description,
    denies the report its clause calls false."""
    out: list[DenialRow] = []
    framed = {f.cue for f in ctx.frames}
    for t in ctx.tokens:
        n = ctx.sent_of[t.i]
        if t.i in framed or n in taken or t.pos_ != "VERB" or t.lemma_.lower() not in ctx.rules.reporting:
            continue
        subj = subject_of(ctx, t)
        clause = next((c for c in t.children if c.dep_ == "ccomp"), None)
        if subj is None or clause is None or any(c.dep_ == "neg" for c in t.children):
            continue
        falsified = next((c for c in (_falsified(ctx, g) for g in clause.subtree) if c is not None), None)
        content = falsified or _unframed_counter(ctx, t, clause)
        speaker = described_denier(ctx, subj, claimed=falsified is not None or None) if content is not None else None
        if content is not None and speaker is not None:
            out.append(denial_row(ctx, speaker, ctx.text_of(*content).strip(" ,;:\"'"), ctx.sents[n]))
            taken.add(n)
    return out


def _countering(ctx: Context, tok: Token, frame: Frame, speaker: ActorDraft | None) -> Offsets | None:
    """A said token that answers another source's claim with no denial word: a deed said not done ("Police insisted
    that officers had not fired on protesters", after the claim they had; :func:`countered`) or the clause the speech
    verb says pushing back ("Officials insisted the vote had been fair", after a claim it was not; :func:`pushed_back`).
    The speaker is looked up (the cue's subject where the frame has none) only for such a token, once."""
    deed, said_clause = denied_deed(tok), tok.head.i == frame.cue
    if not (deed or said_clause):
        return None
    who = speaker or _cue_subject(ctx, frame.cue)
    return (countered(ctx, tok, frame, who) if deed else None) or (pushed_back(ctx, tok, frame, who) if said_clause else None)


def _unframed_counter(ctx: Context, cue: Token, clause: Token) -> Offsets | None:
    """"The police chief said officers did not fire on protesters" where the attribution stage found no
    speaker: a counter-claim in the speech verb's clause (:func:`~summarizer.offline.counterclaims.countered`)."""
    frame = Frame(None, cue.i, (clause.left_edge.i, clause.right_edge.i + 1), (cue.left_edge.i, cue.right_edge.i + 1))
    return next((c for c in (countered(ctx, g, frame, None) for g in clause.subtree) if c is not None), None) or (
        pushed_back(ctx, clause, frame, None))


def answers(ctx: Context, n: int, speaker: ActorDraft | None) -> bool:
    """A deed said not done answers something said before: a claim by another speaker, or an
    accusation, claim or question named, in this sentence or the four before ("Trump claimed X ...
    Biden said he did not"; "Asked whether ..., she said she had not"). A story told without one
    ("I'd never sat behind a kit before") denies nothing."""
    if any(f.speaker is not None and f.speaker is not speaker and n - _ANSWER_REACH <= ctx.sent_of[f.cue] <= n for f in ctx.frames):
        return True
    words = ctx.rules.words("denial", "answered_words")
    return _named_near(ctx, n, words)


def _named_near(ctx: Context, n: int, words: frozenset[str]) -> bool:
    """Whether a word of ``words`` (a lemma) is named in sentence ``n`` or the four (_ANSWER_REACH) before it."""
    return any(t.lemma_.lower() in words for m in range(max(0, n - _ANSWER_REACH), n + 1)
               for t in ctx.tokens[ctx.sents[m].start:ctx.sents[m].end])


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
    pred = _split_participle(pred) or pred  # "the justification presented for the question [was contrived]"
    if pred.tag_ == "VBN" and _participle(pred) in ctx.rules.words("denial", "false_participles") and any(c.dep_ == "auxpass" for c in pred.children):
        subj = next((c for c in pred.children if c.dep_ == "nsubjpass"), None) or _split_subject(pred)  # "the video was staged"
        negated = any(c.dep_ == "neg" for c in pred.children)
        if subj is not None and not negated and subj.lemma_.lower() in _said_subjects(ctx):
            return nominal(ctx, subj) if subj.pos_ != "PRON" else (subj.i, pred.right_edge.i + 1)
        return None
    if pred.dep_ not in ("acomp", "attr") or pred.head.lemma_ != "be":
        return None
    named = _copula_subject(pred.head)
    subj = _of_kind(named)
    subjects = _said_subjects(ctx) | ctx.rules.words("denial", "disputed_cases")
    if subj is None or subj.lemma_.lower() not in subjects:
        return None
    negated = any(c.dep_ == "neg" for c in pred.head.children)
    if subj.pos_ == "PRON" and any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > pred.i
                                  for c in (*pred.head.children, *pred.children)):
        # "it is absurd that we had to wait": "it" stands for the clause, not for a report; the clause
        # is what a word of truth calls false ("it was false that he had lied")
        return _extraposed_false(ctx, pred, subj, negated)
    if _calls_false(ctx, pred, negated, subj.pos_ == "PRON"):
        return nominal(ctx, named or subj) if subj.pos_ != "PRON" else (subj.i, pred.right_edge.i + 1)
    return None


def _extraposed_false(ctx: Context, pred: Token, subj: Token, negated: bool) -> Offsets | None:
    """A that-clause an expletive "it" stands for, called false by a word of truth only ("The minister said it
    was false that he had lied", "it is not true that the company paid bribes": the clause), not judged ("it is
    absurd that ...", "it is wrong that ..."), nor with a modal ("it may not be true that ...")."""
    clause = next((c for c in (*pred.head.children, *pred.children) if c.dep_ == "ccomp" and c.i > pred.i), None)
    if clause is None or subj.lower_ != "it" or any(c.dep_ == "aux" and c.lower_ in MODALS for c in pred.head.children):
        return None
    words = _bare(ctx.text_of(pred.left_edge.i, pred.i + 1).lower())
    plain = ctx.rules.words("denial", "true_predicates") if negated else ctx.rules.words("denial", "answer_false_predicates")
    return (clause.left_edge.i, clause.right_edge.i + 1) if words in plain else None


_KINDS = frozenset({"type", "kind", "sort"})


def _of_kind(subj: Token | None) -> Token | None:
    """A subject that names a kind of something ("this type of analysis is incorrect", "that kind of report"): the
    thing of that kind, which is what is called false."""
    if subj is None or subj.lemma_.lower() not in _KINDS:
        return subj
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj or subj


def _said_subjects(ctx: Context) -> frozenset[str]:
    """The nouns a false participle denies: a report or claim, or a justification or remark judged."""
    return ctx.rules.words("denial", "false_subjects") | ctx.rules.words("denial", "judged_subjects")


def _judged(ctx: Context, content: Offsets) -> bool:
    """Whether what is called false is a justification or a remark judged (``judged_subjects``): the speaker's
    judgement is a claim as well as a denial ("said the justification ... was contrived")."""
    judged = ctx.rules.words("denial", "judged_subjects")
    return any(t.lemma_.lower() in judged and t.dep_ in ("nsubj", "nsubjpass") for t in ctx.doc[content[0]:content[1]])


def _split_participle(clause: Token) -> Token | None:
    """The passive participle a subject's participle the parser took for a clause stands beside ("the justification
    presented for the question" beside "was contrived"): a later sibling clause whose auxiliary follows it right away."""
    if clause.dep_ != "ccomp" or clause.tag_ != "VBN" or not any(c.dep_ == "nsubj" for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ == "ccomp" and c.i > clause.i and c.tag_ == "VBN"
                 and _split_subject(c) is not None), None)


def _split_subject(pred: Token) -> Token | None:
    """"saying the justification presented for the question was contrived": the parser took the subject's participle
    for a clause of its own ("the justification presented ..." beside "was contrived"); the subject of that clause,
    which ends right before the participle's auxiliary, is the participle's."""
    aux = next((c for c in pred.children if c.dep_ == "auxpass"), None)
    if aux is None or pred.dep_ != "ccomp":
        return None
    split = next((c for c in pred.head.children if c.dep_ == "ccomp" and c.i < pred.i and c.tag_ == "VBN"
                  and c.right_edge.i + 1 == aux.i and not any(g.dep_ in ("aux", "auxpass") for g in c.children)), None)
    return next((c for c in split.children if c.dep_ == "nsubj"), None) if split is not None else None


# words read past in a predicate: articles and intensifiers ("absolutely politically motivated", "patently false",
# "unquestionably politically motivated", "an outright lie")
_FILLERS = frozenset(("a", "an", "all", "just", "pure", "complete", "total", "utter", "simply", "obviously",
                      "clearly", "completely", "totally", "absolutely", "entirely", "patently", "categorically", "utterly",
                      "wholly", "purely", "blatantly", "factually", "unquestionably", "plainly", "manifestly",
                      "absolute", "outright", "sheer", "blatant"))
_FLAT_OUT = re.compile(r"\bflat[- ]out\b")  # "Reports of this are flat out wrong", "flat-out false"
_LIST = re.compile(r"\s*(?:,|;|\band\b)\s*")  # the parts of a listed predicate


def _calls_false(ctx: Context, pred: Token, negated: bool, pronoun: bool = False) -> bool:
    """Whether a predicate calls its subject false ("politically motivated", "categorically false"), or, negated,
    denies it true ("not true"); read past quote marks, commas and intensifiers ("a \"witch hunt\"", "patently
    false, more 'fake news'"), whole or each part of a list ('were "baseless" and "not true"', "wild, baseless and
    totally absurd")."""
    for start in (pred.left_edge.i, pred.i):  # "politically motivated"; "categorically false"
        text = ctx.text_of(start, pred.right_edge.i + 1).lower()
        if any(_false_words(ctx, _bare(part), negated, pronoun) for part in (text, *_LIST.split(text))):
            return True
    return False


def _bare(text: str) -> str:
    """A predicate's words without punctuation, quote marks and fillers."""
    return " ".join(w for w in _PUNCT.sub(" ", _FLAT_OUT.sub(" ", text)).split() if w not in _FILLERS)


def _participle(pred: Token) -> str:
    """A participle's lemma, with its particle ("made up": "make up")."""
    prt = next((c.lower_ for c in pred.children if c.dep_ == "prt"), None)
    return f"{pred.lemma_.lower()} {prt}" if prt else pred.lemma_.lower()


def _false_words(ctx: Context, words: str, negated: bool, pronoun: bool = False) -> bool:
    """Whether a predicate's words call what they are said of false: one of false_predicates (or, of a
    named report rather than a pronoun, of noun_false_predicates: "the report was wrong"), or one of
    true_predicates negated ("not true", or under a negated copula)."""
    if words.startswith("not "):
        words, negated = words[4:], not negated
    words = _measured(ctx, words)
    if negated:
        return words in ctx.rules.words("denial", "true_predicates")
    said_false = ctx.rules.words("denial", "false_predicates")
    if not pronoun:
        said_false = said_false | ctx.rules.words("denial", "noun_false_predicates")
    return any(words == w or words.startswith(w + " ") for w in said_false)


def _measured(ctx: Context, words: str) -> str:
    """A false word measured out ("just another load of nonsense", "a pack of lies", "a litany of lies"):
    the word itself (``false_measures``)."""
    parts = words.split()
    if parts and parts[0] in ("another", "one"):
        parts = parts[1:]
    if len(parts) > 2 and parts[1] == "of" and parts[0] in ctx.rules.words("denial", "false_measures"):
        return " ".join(parts[2:])
    return words


def _copula_subject(be: Token) -> Token | None:
    """The subject of a copula, or of the clause it is conjoined to ("The US' accusations are based on
    speculation and are completely groundless": "accusations"; "Such accusations are meant by Israel to
    divert attention from facts and are baseless": "accusations", the parser hanging "are" on "divert")."""
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    node = be
    for _ in range(2):  # up the conjunct, then (only above it) an infinitive: "are meant to divert ... and are"
        if subj is not None or node.dep_ != "conj" and (node is be or node.dep_ != "xcomp") or node.head.i == node.i:
            break
        node = node.head
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _crime(ctx: Context, verb: Token) -> bool:
    """A deed of violence or crime (``crime_verbs``: "he did not stab him", "we never killed anyone") that a speaker says
    they did not do denies their part in it whether or not the charge is told before, as a tie to it said none does;
    not one never done "before", a story of what one has not yet tried ("I had never shot a gun before")."""
    return verb.lemma_.lower() in ctx.rules.words("denial", "crime_verbs") and not any(
        c.lower_ == "before" for c in verb.children if c.dep_ == "advmod")


_NOT_YET = frozenset({"yet", "necessarily"})  # a deed not done yet, or not necessarily: no deed denied


def _undone(ctx: Context, verb: Token, speaker: ActorDraft) -> Offsets | None:
    """A past deed the speaker says they did not do: "we did not fire", "it had never targeted"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in ctx.rules.words("denial", "deed_exclusions") and not (
            verb.lemma_.lower() == "do" and any(c.dep_ == "dobj" for c in verb.children)):
        return None  # "But I didn't." says nothing; "I have never done that" does
    no_object = verb.tag_ == "VBD" and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in verb.children)
    if not no_object and not any(c.dep_ == "neg" for c in verb.children):
        return None  # "we did not fire", "we never fired", "I put no pressure on them"
    if any(c.lower_ in _NOT_YET for c in verb.children if c.dep_ == "advmod"):
        return None  # "we haven't hit the crescendo yet", "we had not necessarily undertaken": a state, a hedge
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    never = any(c.lower_ == "never" for c in verb.children)
    habitual = verb.tag_ == "VBP" and never  # "I never threaten anybody"
    if any(a in MODALS for a in auxes) or verb.tag_ not in ("VB", "VBD", "VBN") and not habitual:
        return None  # "we will not negotiate" is a refusal, not a denial
    if verb.tag_ == "VB" and "did" not in auxes:
        return None  # "we don't seek to exclude anyone": a present stance, not a deed denied
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON":
        return None
    quoted = ctx.in_quote(subj.idx) is not None
    if subj.lower_ in FIRST_PERSON:
        if not quoted:
            return None
    elif quoted or habitual:
        return None  # in a quote the speaker is "I"/"we": "she didn't mean to" is about someone else
    elif (recent_body(ctx, subj.i) if subj.lower_ == "it" else actor_at(ctx, subj)) is not speaker:
        return None  # "Hamas said it had not ...": only the speaker's own deeds
    return verb.left_edge.i, verb.right_edge.i + 1


def _not_done_to(ctx: Context, verb: Token, cue: int) -> bool:
    """A deed of pressure or aim said in the passive not to have been done (``denied_passives``): "she was
    never pressured by any official", "She certainly wasn't 'forced' to be there", "The detainees were not
    tortured": the speaker denies that it was done (not a modal, "will not be forced", a refusal; nor what
    someone else the speaker reports said, "Zelensky said he wasn't pressured": a speech verb other than the
    speaker's own, ``cue``, with a subject of its own)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in ctx.rules.words("denial", "denied_passives"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in auxes) or any(c.lower_ in MODALS for c in auxes):
        return False
    head = verb.head
    if verb.dep_ == "ccomp" and head.i != cue and head.lemma_.lower() in ctx.rules.reporting and any(
            c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON for c in head.children):
        return False
    return any(c.dep_ == "neg" or c.dep_ == "nsubjpass" and (c.lower_ in _NOBODY or c.lower_ == "one" and any(
        d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in verb.children)


_NOBODY = frozenset({"nobody", "none", "no-one"})  # "Nobody was tortured" (and "no one": its "no" is the subject's det)


def _clause(verb: Token) -> Offsets:
    """The words of a verb's clause."""
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
        for m in searches(ctx.rules.denial_phrases, ctx.rules.denial_phrase_words, stext):
            char = sent.start_char + m.start()
            tok = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
            verb = tok.root if tok is not None else sent.root
            while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass")) and verb.head.i != verb.i:
                verb = verb.head  # "did not concede": the clause of "concede", not of "did"
            if intended(ctx, verb):
                break  # "asked him to confirm that he intended to plead not guilty": not (yet) made
            plea = _PLEA.search(m.group(0)) is not None
            if plea:  # the defendant pleads, not the judge who asked: "asked him to confirm he intended to plead"
                denier = quote_owner(ctx, char) or subject_above(ctx, verb, 4, lambda node: node.pos_ in ("VERB", "AUX"))
                subj = subject_of(ctx, verb) if denier is None else None
                denier = denier or (described_denier(ctx, subj) if subj is not None else None)  # "the accused pleaded"
            elif _RETRACT.match(m.group(0)):  # one takes back their own words: the subject, never a speaker above
                denier = denier_of(ctx, verb)
            elif _FALSELY.match(m.group(0)) or _JUDGED.match(m.group(0)):  # the one who says it was claimed falsely;
                # none in the article's own voice
                said = _controlling(verb)  # "X has begun to falsely accuse": X is the false accuser, not who says so
                denier = quote_owner(ctx, char) or (speaker_above(ctx, said.head) if said.head.i != said.i else None)
                if denier is not None and _JUDGED.match(m.group(0)) and (
                        _judges_itself(ctx, verb, denier) or not (_names_what_it_answers(tok) or _MADE_UP.match(m.group(0)))
                        and not answers(ctx, n, denier)):
                    break  # "he said he had exaggerated": an admission; "he lied about his age", answering nothing: a story
            else:
                # a described speaker before the clause's own subject: "The bank said it had always complied with the
                # rules" is the bank's, not the actor "it" was tied to
                denier = quote_owner(ctx, char) or speaker_above(ctx, verb, said_only=True) or _described_speaker(ctx, verb) or (
                    None if _state(verb) else speaker_above(ctx, verb))
            if denier is None:
                break
            if _told_not_answered(ctx, m.group(0), n, denier) and not _own_tie_to_deed(ctx, verb, denier):
                break  # "one of the big tournaments didn't happen last year": told, not answered
            if plea and denier in pleaded:
                break  # the same plea reported again
            if plea:
                pleaded.append(denier)
            taken_back = next((c for c in verb.children if c.dep_ == "dobj"), None) if _RETRACT.match(m.group(0)) else None
            if taken_back is not None:  # "recanted his statement, adding ...": what is taken back
                content = ctx.text_of(*nominal(ctx, taken_back))
            elif verb.i == sent.root.i:
                content = " ".join(stext[m.start():_before_next_deed(verb, sent.start_char + m.end()) - sent.start_char].split())
            elif verb.dep_ == "relcl" and _said_noun(ctx, verb.head) and verb.head.i < verb.left_edge.i:
                content = ctx.text_of(verb.head.left_edge.i, verb.left_edge.i)  # "accusations against NATO [which distort the facts]"
            else:  # the clause that holds the phrase: "Basu stated [this was not connected to the crime]"
                held = verb.head if verb.dep_ == "xcomp" and verb.head.pos_ == "AUX" else verb  # "the pilot was [not to blame]"
                content = ctx.text_of(*without_frame(ctx, (held.left_edge.i, held.right_edge.i + 1)))
            for who in (denier, *conjoined_above(ctx, verb, denier)):  # "X and Y pleaded not guilty": both
                out.append(denial_row(ctx, who, content.strip(" ,;:\"'"), sent, phrase=True))
            break
    return out


def _before_next_deed(verb: Token, after: int) -> int:
    """Where a phrase's sentence goes on to another deed of its subject ("He maintains his innocence and blames
    regulators for the disaster": before "and blames"), else the sentence's end (a character offset)."""
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.idx >= after), None)
    if conj is None:
        return verb.sent.end_char
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.idx >= after and c.i < conj.i), None)
    return (cc or conj).idx


def _described_speaker(ctx: Context, verb: Token) -> ActorDraft | None:
    """"The firm said it had no involvement in the payments": the speaker the article never named, under its
    description (``denier_nouns``, ``denier_people``), of the speech verb whose clause holds the phrase (up its
    infinitives: "The pilots' union said the pilot was not to blame")."""
    verb = _controlling(verb)
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ != "VERB" or head.lemma_.lower() not in ctx.rules.reporting:
        return None
    subj = subject_of(ctx, head)
    return described_denier(ctx, subj) if subj is not None and subj.pos_ == "NOUN" else None


def _controlling(verb: Token) -> Token:
    """The verb whose subject is ``verb``'s own, up its chain of infinitives ("has begun to falsely accuse": "begun")."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _told_not_answered(ctx: Context, phrase: str, n: int, denier: ActorDraft) -> bool:
    """An event said not to have happened or a tie, an aim or a side said to be none ("the meeting never happened",
    "there was no link between them", ``nonevent_words``, ``none_words``) that answers nothing before it: a story told."""
    words = ctx.rules.words("denial", "nonevent_words") | ctx.rules.words("denial", "none_words") | ctx.rules.words("denial", "justifying_words")
    return bool(set(phrase.lower().split()) & words) and not answers(ctx, n, denier)


def _own_tie_to_deed(ctx: Context, verb: Token, denier: ActorDraft) -> bool:
    """A tie the speaker says it has none of to a deed of violence or crime ("The rebels said they had no connection
    to the attack", "it has no affiliation with the bombing": ``tie_words`` to or with ``tied_deeds``) denies its part in
    the deed, answered or not; not a tie of someone else ("Police said the suspect had no links to the attack"), nor one
    to a body or between two others ("no links to any militant group", "no link between the group and the offender")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ not in FIRST_PERSON and (
            recent_body(ctx, subj.i) if subj.lower_ == "it" else actor_at(ctx, subj)) is not denier:
        return False
    ties, deeds = ctx.rules.words("denial", "tie_words"), ctx.rules.words("denial", "tied_deeds")
    tie = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ties), None)
    if tie is None:
        return False
    preps = [p for p in (*tie.children, *verb.children) if p.dep_ == "prep" and p.lower_ in ("to", "with") and p.i > tie.i]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in deeds for p in preps for o in p.children)


def _names_what_it_answers(tok: Span | None) -> bool:
    """"The biggest lie ... is that ISIS is defeated": a claim called the lie or the myth is stated with the judgement,
    which answers it whatever was said before (someone said to lie answers only a claim told near it)."""
    return tok is not None and tok.root.pos_ == "NOUN"


def _judges_itself(ctx: Context, verb: Token, denier: ActorDraft) -> bool:
    """Whether the one said to lie, exaggerate or conclude wrongly is the denier itself or no one named ("I
    exaggerated", "he said he had lied", "He kept telling me to stop lying": the subject of the verb or of the
    verb its infinitive hangs on), or the verb is negated or under a modal ("I'd be lying to say"): no denial."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in node.children):
            return True
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in FIRST_PERSON or subj.pos_ == "PRON" and ctx.in_quote(subj.idx) is not None:
                return subj.lower_ in FIRST_PERSON  # in a quote "he" is someone else than the speaker
            return actor_at(ctx, subj) is denier
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return True
        node = node.head
    return True


def _said_noun(ctx: Context, noun: Token) -> bool:
    """A noun for something said (a claim, a report: ``proposition_nouns``, ``false_subjects``)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in ctx.rules.proposition_nouns or lemma in ctx.rules.words("denial", "false_subjects"))


def _state(verb: Token) -> bool:
    """A phrase that states how things are ("X is not involved in", "had nothing to do with", "is
    unrelated to") rather than an act of its subject ("maintained his innocence", "did not concede"):
    in the article's own voice it is narration, a denial only when someone says it."""
    return verb.lemma_.lower() in ("be", "have") or any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.lemma_.lower() == "be" for c in verb.children if c.dep_ == "aux"))


# -- the denial and the claim it answers ------------------------------------------------------


def denial_row(ctx: Context, denier: ActorDraft, content: str, sent: Span, phrase: bool = False) -> DenialRow:
    span = (sent.start_char, sent.end_char)
    ev = [ctx.evidence(*span)]
    return Denial(id="", denier_name=denier.name, content=clip(content, mark="…"), evidence=ev), span, phrase


def answer(denial: Denial, span: Offsets, claim_rows: list[ClaimRow], nouns: frozenset[str] = frozenset(),
           news_nouns: frozenset[str] = frozenset()) -> str | None:
    """The claim a denial answers: the most overlap of the denied proposition with its content,
    earlier claims preferred; never the denier's own claim, nor one inside the denial's sentence or
    told after it (a denial answers what was said before it), but a claim of its own sentence that
    it repeats ("X claims Y, which Z denied": :func:`_told_then_denied`).

    A denied proposition that only names a claim ("denied the accusation", "the legal team's
    claims", with one of ``nouns``) answers the last claim before it, that owner's if it is named
    (a capitalised owner, "Macron's statement", that owner's last claim however far back);
    one of ``news_nouns`` ("denied the story") the last claim of a news outlet before it, or none.
    One that overlaps no claim but names its accuser answers what the accuser said about the denier."""
    best, best_score = None, 0.0
    before: list[Claim] = []
    earlier: list[ClaimRow] = []  # every claim it may answer, in order
    for claim, frame, (cs, ce) in sorted(claim_rows, key=lambda row: (row[2][1], row[2][0])):  # in the order told (ended)
        if claim.claimant_name and claim.claimant_name == denial.denier_name or _own_side(frame, denial):
            continue
        if cs >= span[0]:
            if ce <= span[1] and _told_then_denied(denial.content, claim.content, nouns):
                return claim.id
            continue  # a claim told in the denial's sentence or after it is not what it answers
        earlier.append((claim, frame, (cs, ce)))
        if ce <= span[0] and span[0] - cs < _REFERENCE_REACH:
            before.append(claim)
        score = _answer_overlap(denial.content, claim.content) + (0.05 if ce <= span[0] else 0.0)
        if score > best_score:
            best, best_score = claim, score
    if best is not None and best_score >= 0.25:
        return best.id
    owner_said = _owner_claim(denial.content, earlier, nouns)
    if owner_said is not None:
        return owner_said
    words = [w.strip(".,;:'\"").lower() for w in denial.content.split()]
    if before and len(words) <= 6 and _names_a_claim(denial.content, nouns):
        if _one_of(words[-1], news_nouns):  # "denied the story": a news outlet's
            told = [c for c, f, _ in earlier if any(c is b for b in before) and f is not None
                    and f.speaker is not None and f.speaker.kind == ActorKind.media]
            return told[-1].id if told else None
        text = denial.content.lower()
        owned = [c for c in before if c.claimant_name and any(  # not by "the" of "spokesperson for the government"
            len(w) > 2 and w.lower() not in STOPWORDS and w.lower() in text for w in c.claimant_name.split())]
        return (owned or _about_denier(denial, earlier, span[0]) or before)[-1].id
    if 1 < len(words) <= 6 and re.split(r"['’]", words[0])[0] in _POINTING:  # "That's not the case", "this type of analysis is incorrect"
        near = [c for c, _f, (_cs, ce) in earlier if ce <= span[0] and span[0] - ce < _POINTING_REACH]
        if near:
            return near[-1].id
    accused = _accuser_named(denial, [c for c in _about_denier(denial, earlier, span[0]) if any(c is b for b in before)])
    return accused[-1].id if accused else None


# a denied proposition that points back ("that's not true", "this type of analysis") answers another's claim told
# right before it: one that ends within _POINTING_REACH chars (a sentence or two) of the denial
_POINTING = frozenset({"this", "that", "these", "those", "it"})
_POINTING_REACH = 400


_SOURCE = frozenset({"from", "by"})  # "the claim from Berlin", "the reports by Reuters": a claim named with its source


def _names_a_claim(content: str, nouns: frozenset[str]) -> bool:
    """The denied proposition names a claim: ends with one of ``nouns`` ("the accusation", "these
    reports", "the accusation itself"), or one with its capitalised source after it ("the claim from Berlin")."""
    raw = [w.strip(".,;:'\"“”‘’") for w in content.split()]
    words = [w.lower() for w in raw]
    return any(_one_of(w, nouns) for w in words[-2:]) or (
        len(words) >= 3 and words[-2] in _SOURCE and raw[-1][:1].isupper() and _one_of(words[-3], nouns))


def _one_of(word: str, nouns: frozenset[str]) -> bool:
    """A lower-case word is one of ``nouns``, singular or plural ("report", "reports")."""
    return word in nouns or word.removesuffix("s") in nouns


def _accuser_named(denial: Denial, accusations: list[Claim]) -> list[Claim]:
    """"Biden said he did not support the policies Trump mentioned", after Trump claimed Democrats pushed
    Biden to the far left: a denial that names the one who said something about the denier (a capitalised
    word of the claimant's name) answers what that one said about it, however little they share."""
    named = _name_words(denial.content) - _NOT_NAMES  # not "The" of "The Atlantic" starting the proposition
    return [c for c in accusations if named & _name_words(c.claimant_name)]


_HEAD_WORDS = 3  # the content words a denied proposition needs to be the claim told with it


def _told_then_denied(denied: str, said: str, nouns: frozenset[str]) -> bool:
    """"Bolton claims Trump asked Xi for help, which Trump denied", "Critics claim that the council
    has not kept its promises, an accusation the council denies": a claim told in the denial's own
    sentence answers it when the denied proposition repeats it from its first word, or is the
    proposition noun set beside it ("an accusation", one of ``nouns``); not "Police said the suspect
    denied stealing the car", a claim that only holds the denial."""
    head, whole = (_PUNCT.sub(" ", t).lower().split() for t in (denied, said))
    if 0 < len(head) <= 3 and _one_of(head[-1], nouns):
        return re.search(r",\s+" + r"\s+".join(map(re.escape, head)) + r"\b", said.lower()) is not None
    head, whole = (w[1:] if w[:1] == ["that"] else w for w in (head, whole))
    return len(content_words(" ".join(head))) >= _HEAD_WORDS and whole[:len(head)] == head


def _about_denier(denial: Denial, earlier: list[ClaimRow], start: int) -> list[Claim]:
    """"The AK Party has denied these claims", "the Church denied these allegations": the claims told before
    the denial (however far back) that name the denier by a capitalised word of its name ("the arrests
    carried out by the AK Party are retaliatory", "the Church of Scientology imprisoned her"), not by a
    claimant of the denier's own side ("Malaysian officials are investigating" for "Malaysian authorities"):
    an accusation is about the one who denies it, more than the last claim told before it is."""
    names = _name_words(denial.denier_name) - _NOT_NAMES
    return [c for c, _f, (_cs, ce) in earlier
            if ce <= start and names & _name_words(c.content) and not names & _name_words(c.claimant_name)]


def _name_words(text: str | None) -> set[str]:
    return set(re.findall(r"[A-Z][\w-]{2,}", text or ""))


_NOT_NAMES = frozenset({"The", "Office", "Party", "Government", "Ministry", "Department", "Minister", "President"})


# "Macron's statement", "the President's latest claims": a capitalised owner and a noun after it
_POSSESSED = re.compile(r"\b([A-Z][\w-]+)(?:'s|’s|'|’)\s+(?:[a-z-]+\s+)?([a-z]+)\b")


def _owner_claim(content: str, earlier: list[ClaimRow], nouns: frozenset[str]) -> str | None:
    """"opposed Macron's statement", "no evidence for the President's claims of fraud": a claim named
    with its owner answers that owner's last claim told before it (the owner by a word of its name
    or of a name it goes by), however long the denied proposition and however far back the claim."""
    for m in _POSSESSED.finditer(content):
        noun = m.group(2)
        if noun not in nouns and noun.removesuffix("s") not in nouns:
            continue
        owner = m.group(1).lower()
        said = [claim for claim, frame, _ in earlier if frame is not None and frame.speaker is not None
                and any(owner in (w.lower() for w in n.split()) for n in (frame.speaker.name, *frame.speaker.aliases))]
        if said:
            return said[-1].id
    return None


def _own_side(frame: Frame | None, denial: Denial) -> bool:
    """A group known by its tie to the denier ("the Trump campaign", "Navalny's associates") speaks
    for the denier's side: its claim is not what the denier denies."""
    key = frame.speaker.key if frame is not None and frame.speaker is not None else None
    return bool(key and len(key) > 3 and key[0] == "group" and isinstance(key[3], str) and key[3].endswith(f" of {denial.denier_name}"))


def _answer_overlap(denied: str, said: str) -> float:
    """How much a denied proposition overlaps a claim's content; none when all they share is a name
    ("Trump denied it" does not answer every claim that names Trump): a word capitalised in the
    denied proposition ("Khashoggi", "the President's power") links nothing on its own, and one
    shared word links only when it is half the shorter side ("denied the charges" and "the charges
    were dropped", not "denied meeting the envoy at the hotel" and "the hotel was closed")."""
    names = content_words(" ".join(w for w in denied.split() if w[:1].isupper()))
    shared = content_words(denied) & content_words(said)
    if not shared - names:
        return 0.0
    score = overlap(denied, said)
    return score if len(shared) > 1 or score >= _ONE_WORD else 0.0


def spell_out(denial: Denial, claims: list[Claim], nouns: frozenset[str]) -> None:
    """"Iran denied the accusation": the denied proposition is what the accusation it answers says,
    so a content that only names a claim ("the accusation", "these reports") gets that claim's words."""
    words = [w.strip(".,;:'\"").lower() for w in denial.content.split()]
    if not denial.responds_to or not words or len(words) > 4 or not _one_of(words[-1], nouns):
        return
    claim = next((c for c in claims if c.id == denial.responds_to), None)
    if claim is not None:
        denial.content = clip(f"{denial.content}: {claim.content}", mark="…")
