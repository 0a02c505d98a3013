"""The actor table: mentions recorded per actor, merged actors, and who a token refers to.

Every stage asks :func:`actor_at` who a subject, agent or possessor is; pronouns resolve to the
last person (he/she) or the last group (they/we) mentioned before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from summarizer import names
from summarizer.offline.doc import NAME_STRIP, TURN_MARKER, ActorDraft, ActorKey, Context, Offsets, definite
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_BRACKETS = re.compile(r"[\[\]{}]")
_NICKNAME = re.compile(r'\s*"[^"]{1,30}"\s*')  # Matiu "Matt" Ratana
_OPEN_TAIL = re.compile(r"\s*[(\"].*$")  # "World Health Organization (WHO", 'Matiu " Matt'


_DANGLING_WORDS = ("and", "or", "of", "for", "the", "&")  # a name never ends in one (clean_name)
_DANGLING = re.compile(r"(?:\s+(?:" + "|".join(map(re.escape, _DANGLING_WORDS)) + r"))+$")
# an indefinite article the tagger took in before a name of two or more capitalised words ("a World Health
# Organisation recommendation", "An Afghan National Security Force detained")
_INDEFINITE = re.compile(r"^[aA]n? (?=[A-Z][\w'’.-]* [A-Z])")
_DANGLING_ENDS = tuple(" " + w for w in _DANGLING_WORDS)  # the cheap test before the pattern


@lru_cache(maxsize=65536)
def clean_name(name: str) -> str:
    """A name without the punctuation the tagger left in it: editorial brackets ("[Vladimir] Putin"),
    a quoted nickname, a parenthesis or quote left open, stray punctuation at either end, a function
    word the tagger took in before the next name ("Center for Biological Diversity and"), an indefinite article
    before a name of two or more capitalised words ("a World Health Organisation"). Kept per
    name (a pure function of it, asked ~200 times an article, each four substitutions)."""
    name = _BRACKETS.sub(" ", name)
    name = _NICKNAME.sub(" ", name)
    name = _OPEN_TAIL.sub("", name)
    name = " ".join(name.split()).strip(" ,.;:-'\")")
    if name[:1] in "aA" and (name[1:2] == " " or name[1:3] == "n "):  # the cheap test before the pattern
        name = _INDEFINITE.sub("", name)
    if name.endswith(_DANGLING_ENDS):  # "Center for Biological Diversity and", "Alliance Party of": cut before the next name
        name = _DANGLING.sub("", name).strip(" ,.;:-'\")")
    return name


def side_of(ctx: Context, tokens: Iterable[Token]) -> str | None:
    r = ctx.rules
    for t in tokens:
        for piece in re.split(r"[-/]", t.text):
            side = r.demonyms.get(piece.lower())
            if side:
                return side
        if t.ent_type_ == "GPE":
            side = r.demonyms.get(t.text.lower()) or r.demonyms.get(_entity_text(t).lower())
            if side:
                return side
    return None


def _entity_text(t: Token) -> str:
    """The whole entity a token is in ("United States" for "United")."""
    doc = t.doc
    start = t.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = t.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return NAME_STRIP.sub("", doc[start:end].text)  # "the United States": "United States"


def name_start(head: Token) -> int:
    """The first token of the proper name ``head`` ends: its capitalised compounds ("World Food Programme")."""
    return next((c.i for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"), head.i)


def org_of_name(ctx: Context, start: int, end: int, *, by_prefix: bool = False) -> ActorDraft | None:
    """The actor a name the tagger did not make one stands for: the one actor with that name or alias (with
    ``by_prefix``, else the one body whose name begins with it: "Google" of "Google Inc."), else the name as a
    new organisation; None for a name with no letters."""
    name = ctx.text_of(start, end)
    key = names.key(name)
    if not key:
        return None
    same = [a for a in ctx.actors.values() if any(names.key(n) == key for n in (a.name, *a.aliases))]
    if not same and by_prefix:
        same = [a for a in ctx.actors.values() if a.kind != ActorKind.person and names.key(a.name).startswith(key + " ")]
    if len(same) == 1:
        return same[0]
    return add_mention(ctx, ("org", key), name, org_kind(ctx, name), start, end)


def org_kind(ctx: Context, name: str) -> ActorKind:
    for kind, pattern in ctx.rules.org_keywords:
        if pattern.search(name) or pattern.search(name.lower()) and kind != "media":
            return ActorKind(kind)
    return ActorKind.organization


def add_mention(ctx: Context, key: ActorKey, name: str, kind: ActorKind, start_tok: int, end_tok: int, *,
                role: str | None = None, alias: str | None = None, ev: Offsets | None = None) -> ActorDraft:
    name = clean_name(name) or name
    alias = clean_name(alias) if alias else alias
    actor = ctx.actors.get(key)
    if actor is None:
        actor = ctx.actors[key] = ActorDraft(key=key, name=name, kind=kind, first=start_tok)
    actor.mentions += 1
    if role and not actor.role:
        actor.role = role
    for n in (name, alias):
        if n and n != actor.name and n not in actor.aliases:
            actor.aliases.append(n)
    span = ctx.char_span(*(ev or (start_tok, end_tok)))
    if span not in actor.spans:
        actor.spans.append(span)
    for i in range(*(ev or (start_tok, end_tok))):
        ctx.token_actor.setdefault(i, actor)
    if kind == ActorKind.person and key[0] == "person":
        ctx.person_order.append((start_tok, actor))
    return actor


def add_person(ctx: Context, name: str, start_tok: int, end_tok: int, **kw: Any) -> ActorDraft:
    """A mention of a person named ``name`` over tokens ``start_tok``..``end_tok``, keyed by the name
    (:func:`add_mention`'s other keywords pass through)."""
    return add_mention(ctx, ("person", names.key(name)), name, ActorKind.person, start_tok, end_tok, **kw)


def absorb(ctx: Context, target: ActorDraft, other: ActorDraft) -> None:
    for n in (other.name, *other.aliases):
        if n != target.name and n not in target.aliases:
            target.aliases.append(n)
    target.spans.extend(s for s in other.spans if s not in target.spans)
    target.role = target.role or other.role
    target.mentions += other.mentions
    target.first = min(target.first, other.first)
    for i, a in list(ctx.token_actor.items()):
        if a is other:
            ctx.token_actor[i] = target
    ctx.person_order = [(i, target if a is other else a) for i, a in ctx.person_order]
    del ctx.actors[other.key]


def names_person(tok: Token, actor: ActorDraft | None) -> bool:
    """Whether ``tok`` is a person's name and ``actor`` (its actor) that person: a name beside it in
    apposition is then a title or a quoted name ("Erwin Chemerinsky, Dean of ..."), not who it is."""
    return actor is not None and actor.kind == ActorKind.person and tok.ent_type_ == "PERSON"


def actor_at(ctx: Context, tok: Token | None) -> ActorDraft | None:
    """The actor a token (usually a subject) refers to, pronouns resolved."""
    if tok is None:
        return None
    low = tok.text.lower()
    if tok.pos_ == "PRON" or low in ("he", "she", "they", "we", "i"):
        if low == "i" and (speaker := turn_speaker(ctx, tok.i)) is not None:
            return speaker
        if low == "i" and interviewer_speaks(ctx, tok.i):
            return None  # the publisher asking: its own words are no one's claim
        if low in ("he", "she", "him", "her", "i"):
            return last_person(ctx, tok.i, exclude=_named_in_clause(ctx, tok))
        if low == "they":
            return _their_group(ctx, tok.i)
        if low == "we":
            return last_group(ctx, tok.i, within=1)
        return None
    a = ctx.token_actor.get(tok.i)
    if a is not None and (last := named_last(ctx, tok, a)) is not None:
        return last  # "Economist and blogger Sergei Aleksashenko believes": Aleksashenko, not "Economist"
    if not names_person(tok, a):  # "Erwin Chemerinsky, Dean of ...": the subject's own person, not "Dean"
        for child in tok.children:
            if child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i in ctx.token_actor:
                return ctx.token_actor[child.i]
    if a is not None:
        return a
    named = _named_in_apposition(ctx, tok)
    if named is not None:
        return named
    apposed = _apposed_person(ctx, tok)
    if apposed is not None:
        return apposed
    for t in tok.subtree:  # "a statement from the Iraqi military's media office"
        a = ctx.token_actor.get(t.i)
        if a is not None:
            return a
    # compound head of an entity: "Col. Maxwell" parsed with the title as head
    for child in tok.children:
        if child.dep_ in ("compound", "appos"):
            a = ctx.token_actor.get(child.i)
            if a is not None:
                return a
    return None


def named_last(ctx: Context, tok: Token, actor: ActorDraft) -> ActorDraft | None:
    """The person named last in a subject's phrase, right before its verb, after a bare role noun ("Economist
    and blogger Sergei Aleksashenko believes", "Longtime Imus in the Morning writer and performer Rob Bartlett
    tweeted"), where the parser made a title or a work's name the subject's head (``actor``): the name
    before the verb is who speaks. Not a second person of its own ("Smith and her lawyer John Doe said":
    a determiner or possessor; "Smith and blogger John Doe said": the subject a tagged person's name
    with no preposition between), nor one of a list ("X and other party heads, including mayor Y, have
    confirmed")."""
    end = tok.right_edge
    other = ctx.token_actor.get(end.i)
    between = ctx.doc[end.i + 1:tok.head.i]  # "... Rob Bartlett has also said"
    if (tok.dep_ not in ("nsubj", "nsubjpass") or end.i >= tok.head.i or other is None or other is actor
            or other.kind != ActorKind.person or end.ent_type_ != "PERSON"
            or any(t.head.i != tok.head.i or t.dep_ not in ("aux", "auxpass", "advmod", "neg") for t in between)):
        return None
    j = end.i
    while j > tok.i and ctx.doc[j].ent_type_ == "PERSON" and ctx.token_actor.get(j) is other:
        j -= 1
    role = ctx.doc[j]
    if j <= tok.i or role.pos_ != "NOUN" or not role.text.islower():
        return None
    if any(c.dep_ in ("det", "poss") for t in ctx.doc[j:end.i + 1] for c in t.children):
        return None
    path = [t for t in end.ancestors if t.i != tok.i and tok.is_ancestor(t)]
    members = ctx.rules.words("actors", "member_preps") | {"like", "as"}
    if any(t.lower_ in members or t.tag_ in ("NNS", "NNPS") for t in path):
        return None  # "X and other heads of the party, including Y, have confirmed": one of a list
    if names_person(tok, actor) and not any(t.dep_ == "prep" for t in path):
        return None
    return other


def _apposed_person(ctx: Context, tok: Token) -> ActorDraft | None:
    """The person a described subject names in apposition where the parser hung the name on a word
    of its description ("Liberal Leader and former Environment Minister under Jean Chrétien, Stéphane
    Dion, said": Dion, not Chrétien; "The head of the Red Cross in Yemen, X, said": X): a person's
    name set off by a comma inside the subject's phrase, the last one if several."""
    found = None
    for t in tok.subtree:
        a = ctx.token_actor.get(t.i)
        if (a is not None and a.kind == ActorKind.person and t.dep_ == "appos" and t.ent_type_ == "PERSON"
                and t.i > tok.left_edge.i and ctx.doc[t.left_edge.i - 1].text == ","):
            found = a
    return found


def _named_in_apposition(ctx: Context, tok: Token) -> ActorDraft | None:
    """The person a described subject names in apposition ("Haifa University expert and former
    official, Avinoam Idan, said", "His daughter, and member of the INC, Sharmistha Mukherjee
    wrote"): reached from the head through appositions, conjuncts and compounds only, so the body
    in a modifier ("Haifa University", "the INC") is not the speaker."""
    todo, seen = [tok], set()
    while todo:
        t = todo.pop()
        seen.add(t.i)
        for c in t.children:
            if c.i in seen or c.dep_ not in ("appos", "conj", "compound", "flat"):
                continue
            a = ctx.token_actor.get(c.i)
            if a is not None and a.kind == ActorKind.person and c.ent_type_ == "PERSON":
                return a
            todo.append(c)
    return None


def _turn_at(ctx: Context, i: int) -> tuple[int, str, bool] | None:
    """The interview turn token ``i`` is in (turns marked "((Name))" at a line's start, in this
    piece or an earlier one of a long article): (marker offset, name key, whether the name is an
    abbreviation, "((WN))"). None outside a transcript or inside a direct quote."""
    if ctx.turns is None:
        ctx.turns = sorted([(m.start(), names.key(m["name"]), not any(w[:1].isupper() and not w.isupper() for w in m["name"].split()))
                            for m in TURN_MARKER.finditer(ctx.prep.original)] + _initials_turns(ctx.prep.original))
    tok = ctx.doc[i]
    if not ctx.turns or ctx.in_quote(tok.idx) is not None:
        return None
    at = ctx.prep.span(tok.idx, tok.idx + len(tok.text))[0]
    n = bisect_right(ctx.turns, at, key=lambda t: t[0]) - 1
    return ctx.turns[n] if n >= 0 else None


# a Q&A's turn marked by its speaker's initials at a line's start ("LL: ...", "Lasana Liburd (LL): ..."),
# the initials told once with the full name ("Christian Purefoy (CP), a director in BattaBox")
_INITIALS_TURN = re.compile(r"^(?:[A-Z][^():\n]{1,60} \()?(?P<ini>[A-Z]{2,3})\)?: ", re.MULTILINE)
_INITIALS_TOLD = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}) \((?P<ini>[A-Z]{2,3})\)")


def _initials_turns(text: str) -> list[tuple[int, str, bool]]:
    """The turns of a Q&A whose speakers are marked by their initials, at three markers or more of two
    speakers or more: (marker offset, the full name's key, False) where the text tells whose initials
    they are, else (offset, the initials, True), an interviewer's mark ("GV: ...")."""
    marks = list(_INITIALS_TURN.finditer(text))
    if len(marks) < 3 or len({m["ini"] for m in marks}) < 2:
        return []
    told: dict[str, str] = {}
    for m in _INITIALS_TOLD.finditer(text):
        if "".join(w[0] for w in m["name"].split()) == m["ini"]:
            told.setdefault(m["ini"], m["name"])
    return [(m.start(), names.key(told[m["ini"]]), False) if m["ini"] in told else (m.start(), m["ini"].lower(), True)
            for m in marks]


def _marked_turn(ctx: Context, i: int) -> tuple[int, str, bool] | None:
    """The turn token ``i`` is in when a "((Name))" marker opens it; a Q&A marked by initials tells
    only whose "I" it is (:func:`_initials_turns`)."""
    turn = _turn_at(ctx, i)
    return turn if turn is not None and ctx.prep.original.startswith("((", turn[0]) else None


def in_turn(ctx: Context, i: int) -> bool:
    """Token ``i`` is in an interview transcript's turn (after a "((Name))" marker at a line's start),
    outside a direct quote."""
    return _marked_turn(ctx, i) is not None


def interviewee_turn(ctx: Context, i: int) -> str | None:
    """The name key of the interviewee whose turn token ``i`` is in ("((Thomas Rivinius))", not an
    interviewer's abbreviation, "((WN))"); None outside a transcript's interviewee turns or inside a
    direct quote."""
    turn = _marked_turn(ctx, i)
    return None if turn is None or turn[2] else turn[1]


def turn_speaker(ctx: Context, i: int) -> ActorDraft | None:
    """The speaker of the interview turn token ``i`` is in: the actor its marker names (not someone
    the speaker quotes). None outside a transcript or in the interviewer's turn ("((WN))")."""
    turn = _turn_at(ctx, i)
    if turn is None or turn[2]:
        return None
    start, key, _ = turn
    found = next((a for a in ctx.actors.values() if any(names.key(x) == key for x in (a.name, *a.aliases))), None)
    return found or _marker_speaker(ctx, start, key)


def interviewer_speaks(ctx: Context, i: int) -> bool:
    """Token ``i`` is in the paragraph of an interviewer's turn marker, an abbreviation ("((WN))"; an
    answer set below a question without a marker of its own is the interviewee's)."""
    turn = _turn_at(ctx, i)
    if turn is None or not turn[2]:
        return False
    at = ctx.prep.span(ctx.doc[i].idx, ctx.doc[i].idx + 1)[0]
    return "\n\n" not in ctx.prep.original[turn[0] : at]


def _marker_speaker(ctx: Context, start: int, key: str) -> ActorDraft | None:
    """A person for a turn marker of this piece whose name the parser found no entity in ("((Jaya))"),
    its evidence the marker's name. No mention is recorded: "he"/"she" still refer to the persons
    the turn names."""
    inner = bisect_left(ctx.prep.index, start + 2)  # the name inside "(("
    if inner >= len(ctx.prep.index) or ctx.prep.index[inner] != start + 2:
        return None  # the marker lies in an earlier piece
    end = ctx.text.find("))", inner)
    name = ctx.text[inner:end] if end > inner else ""
    if not name or names.key(name) != key:
        return None
    span = ctx.doc.char_span(inner, end, alignment_mode="expand")
    first = span.start if span is not None else 0
    actor = ctx.actors.setdefault(("person", key), ActorDraft(("person", key), name, ActorKind.person, first=first))
    if (inner, end) not in actor.spans:
        actor.spans.append((inner, end))
    return actor


def person_mentions(ctx: Context) -> list[tuple[int, ActorDraft]]:
    """``ctx.person_order`` plus the later bare surnames the actors stage left unrecorded
    ("Bernie Sanders ... Sanders said ... He wrote"): a capitalised word (the tagger takes
    "Sanders" for a noun) that is the last word of exactly one person's name or alias. In token
    order; built once per actor table."""
    stamp = (len(ctx.actors), len(ctx.person_order), len(ctx.token_actor))
    cached = ctx.person_mention_cache
    if cached is not None and cached[0] == stamp:
        return cached[1]
    owner: dict[str, ActorDraft | None] = {}
    alone: dict[str, ActorDraft | None] = {}  # one-word names: "Waseem" of a person named "Waseem"
    for a in ctx.actors.values():
        if a.kind != ActorKind.person or a.key[0] != "person":
            continue
        for n in (a.name, *a.aliases):
            words = n.split()
            word = words[-1] if len(words) > 1 else ""  # a surname of a full name, not "EastMed"
            if len(word) > 1 and word[:1].isupper():
                owner[word] = a if owner.get(word, a) is a else None  # two persons share it: neither
            elif len(words) == 1 and len(n) > 1 and n[:1].isupper():
                alone[n] = a if alone.get(n, a) is a else None
    seen = {j for j, _ in ctx.person_order}
    extra = [(t.i, found) for t in ctx.tokens if t.i not in ctx.token_actor and t.i not in seen
             and (found := owner.get(t.text) or _subject_alone(t, alone)) is not None and t.ent_type_ in ("PERSON", "")
             and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and (not t.is_sent_start or t.dep_ == "nsubj"))  # "Sanders" tagged a noun
             and ctx.in_quote(t.idx) is None]  # 'Leinen said "Munk has been ..." She': not the quote's Munk
    order = sorted(ctx.person_order + extra + _joined_mentions(ctx, seen), key=lambda p: p[0])
    ctx.person_mention_cache = (stamp, order)
    ctx.gender_cache = {}
    return order


def _joined_mentions(ctx: Context, seen: set[int]) -> list[tuple[int, ActorDraft]]:
    """The mentions of persons that joined them after the tagger took them for another kind of name
    ("La Riva disagreed" of "Gloria La Riva", tagged an organisation): a run of words the actor table
    gives a person, none of them recorded, outside quotes; at the run's first word."""
    found = []
    run_start, last = -1, -1
    run_actor: ActorDraft | None = None
    for i in sorted(ctx.token_actor):
        a = ctx.token_actor[i]
        if a is run_actor and i == last + 1:
            last = i
            continue
        if run_actor is not None and not any(run_start <= j <= last for j in seen):
            found.append((run_start, run_actor))
        run_start, last, run_actor = i, i, None
        if a.kind == ActorKind.person and a.key[0] == "person" and ctx.in_quote(ctx.doc[i].idx) is None:
            run_actor = a
    if run_actor is not None and not any(run_start <= j <= last for j in seen):
        found.append((run_start, run_actor))
    return found


def _subject_alone(tok: Token, alone: dict[str, ActorDraft | None]) -> ActorDraft | None:
    """The person a one-word name the tagger missed is, when the word stands alone as a clause's
    subject ("Waseem appeared ... He has since said": Waseem, who the "he" continues)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ in ("compound", "flat") for c in tok.children):
        return None
    return alone.get(tok.text)


def _named_in_clause(ctx: Context, pronoun: Token) -> set[int]:
    """The persons a pronoun subject's own clause names after it, in it or in the clause it reports
    ("He also added that Zuma did not ...", "He characterized the conflict over the Cruise video as
    ..."): the pronoun is none of them (a name is not bound by a pronoun over it), as ids. Not a name
    in a relative or adverbial clause or an aside, nor one deeper down, which writers repeat for the
    pronoun's own person ("He claimed to have obtained it using money Rittenhouse received", "criticized
    Democrats for failing to mention Trump's ban")."""
    head = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or head.i == pronoun.i:
        return set()
    found = set()
    for t in head.subtree:
        a = ctx.token_actor.get(t.i) if t.i > pronoun.i else None
        if a is not None and a.kind == ActorKind.person and _near_clause(t, head):
            found.add(id(a))
    return found


def _near_clause(tok: Token, head: Token) -> bool:
    """Whether ``tok`` lies in ``head``'s own clause or the one clause it reports (at most one verb
    between them), not through a relative, adverbial or loose clause or an apposition."""
    verbs = 0
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "parataxis", "appos"):
            return False
        tok = tok.head
        verbs += tok.i != head.i and tok.pos_ in ("VERB", "AUX")
    return verbs <= 1


def last_person(ctx: Context, i: int, exclude: set[int] | frozenset[int] = frozenset()) -> ActorDraft | None:
    """The person a "he"/"she" at token ``i`` refers to: the subject of the nearest clause before
    it that has a person for subject (a pronoun continues the topic: "Smith met Jones on Monday.
    He said ..." is Smith), else the last person named before it in the nearest sentence that
    names one; never one of ``exclude`` (ids of the persons its own clause names). An "I" is
    never a person named only after it."""
    doc = ctx.doc
    before = [(j, a) for j, a in person_mentions(ctx) if j < i and id(a) not in exclude]
    wanted = _PRONOUN_GENDER.get(doc[i].lower_)
    if wanted is not None:  # "she" is not the man named last: "Hawkins spoke. La Riva said she ..."
        genders = {id(a): gender_of(ctx, a) for _, a in before}
        agreeing = [(j, a) for j, a in before if genders[id(a)] in (None, wanted)]
        before = agreeing if agreeing else before
    if not before:  # cataphora: "he said" before the name is rare; take the next one
        nxt = [a for j, a in person_mentions(ctx) if j > i and id(a) not in exclude]
        return nxt[0] if nxt and doc[i].lower_ != "i" else None
    here = _sent_start(ctx, i)
    fallback = None
    for start in sorted({_sent_start(ctx, j) for j, _ in before}, reverse=True):
        named = [(j, a) for j, a in before if _sent_start(ctx, j) == start]
        subjects = [(j, a) for j, a in named if _is_subject(doc[j])]
        if subjects:  # the main clause's subject over a relative's: "Trump said X, which Biden opposed. He"
            main = [a for j, a in subjects if _main_subject(doc[j])]
            return main[-1] if main else subjects[-1][1]
        if start != here:
            again = _same_pronoun_subject(doc[start].sent, doc[i]) if fallback is None else None
            if again is not None:  # "She married A, B and C. She said ...": the one the first "she" is
                return last_person(ctx, again.i, exclude)
            return fallback or named[-1][1]
        fallback = named[-1][1]  # "According to Jones, he ...": Jones unless a subject came before
    return fallback or before[-1][1]


def _sent_start(ctx: Context, i: int) -> int:
    """The first token of token ``i``'s sentence (``doc[i].sent.start``, from the sentences built once)."""
    return ctx.sents[ctx.sent_of[i]].start


def _same_pronoun_subject(sent: Span, pronoun: Token) -> Token | None:
    """The main subject of ``sent`` when it is the same "he" or "she" as ``pronoun`` ("She was married to
    A, B and C, whom she divorced. She said ...": the second "she" goes on with the first, not with the
    persons the sentence names after it)."""
    if pronoun.lower_ not in ("he", "she"):
        return None
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.lower_ == pronoun.lower_ else None


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def gender_of(ctx: Context, actor: ActorDraft) -> str | None:
    """A person's gender as the article tells it, None when it does not or is split: an honorific
    or a gendered noun just before a mention ("Ms. Lee", "actress Ann Lee", "her husband John"),
    and the "he"/"she" subject that follows the person as a clause's subject, in the same or the
    next sentence, with no other person named in between ("Lee said she would ...", "Lee spoke.
    She said ..."). Worked out once per person and actor table."""
    order = person_mentions(ctx)
    if id(actor) not in ctx.gender_cache:
        ctx.gender_cache[id(actor)] = _told_gender(ctx, actor, order)
    return ctx.gender_cache[id(actor)]


def _told_gender(ctx: Context, actor: ActorDraft, order: list[tuple[int, ActorDraft]]) -> str | None:
    doc, r = ctx.doc, ctx.rules
    votes = {"m": 0, "f": 0}
    mentions = [j for j, a in order if a is actor]
    others = [j for j, a in order if a is not actor]
    for j in mentions:
        for k in range(max(j - 2, doc[j].sent.start), j + 1):
            word = doc[k].lower_.rstrip(".")
            votes["f"] += word in r.words("attribution", "female_words")
            votes["m"] += word in r.words("attribution", "male_words")
        if not _is_subject(doc[j]):
            continue
        # up to the next person named, within this sentence or, as a subject, the next one
        nxt = bisect_right(others, j)
        sent = doc[j].sent
        stop = min(others[nxt] if nxt < len(others) else len(doc), sent.end if sent.end >= len(doc) else doc[sent.end].sent.end)
        pron = next((t for t in doc[j + 1 : stop] if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")), None)
        if pron is not None:
            votes[_PRONOUN_GENDER[pron.lower_]] += 1
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def _main_subject(tok: Token) -> bool:
    """A subject name's word whose verb is its sentence's root or a conjunct of it."""
    t = tok
    while t.dep_ not in ("nsubj", "nsubjpass") and t.head.i != t.i:
        t = t.head
    verb = t.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _is_subject(tok: Token) -> bool:
    """A name's word that is (part of) a clause's subject: "Mark" of "Mark Esper said",
    "Esper, the defense secretary, said", "Esper and Milley said"."""
    t = tok
    for _ in range(6):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ in ("compound", "flat", "appos", "conj") and t.head.i != t.i:
            t = t.head
        else:
            return False
    return False


THEY_REACH = 2  # sentences of narration, the body's and the pronoun's own included


def _their_group(ctx: Context, i: int) -> ActorDraft | None:
    """The body a "they" at token ``i`` refers to: the last one named before it, if that is at most
    ``THEY_REACH`` sentences of narration back (sentences that open inside a direct quote do not
    count: "The ministry issued a statement: "... [four sentences] ..." They also said": the
    ministry). Farther, the last body named is rarely the one meant ("researchers at X ... [four
    sentences] They found": the researchers; in an interview, the people the speaker tells of), so
    the clause has no speaker rather than a wrong one."""
    best, best_i = _last_body(ctx, i)
    if best is None:
        return None
    told = _narration_counts(ctx)
    n = ctx.sent_of.get(i, 0)
    if told[n] - told[ctx.sent_of.get(best_i, 0)] < THEY_REACH:
        return best
    # "The Department issued a statement" after "the California Department of Corrections": a definite
    # noun of the body's name in the reach continues it
    words = {w for w in best.name.lower().split() if w.isalpha()}
    for m in range(n, ctx.sent_of.get(best_i, 0), -1):
        if told[n] - told[m] >= THEY_REACH:
            break
        if any(t.i < i and t.pos_ in ("NOUN", "PROPN") and t.lower_ in words and definite(t) for t in ctx.sents[m]):
            return best
    return None


def _narration_counts(ctx: Context) -> list[int]:
    """For each sentence, how many sentences up to it open outside a direct quote (built once per doc)."""
    if ctx.narration_counts is None:
        counts, n, q = [], 0, 0
        quotes = ctx.quotes
        for s in ctx.sents:
            while q < len(quotes) and quotes[q][1] <= s.start_char:
                q += 1
            n += not (q < len(quotes) and quotes[q][0] <= s.start_char < quotes[q][1])
            counts.append(n)
        ctx.narration_counts = counts
    return ctx.narration_counts


def last_group(ctx: Context, i: int, within: int | None = None) -> ActorDraft | None:
    """The body a "they"/"we" at token ``i`` refers to: the last one named before it. With
    ``within``, only one named at most that many sentences before: a "we" farther from any body
    is the speaker's own side (an interview answer, a long quote), not the last body the speaker
    happened to name ("Radio astronomy ... we believe", "the orbit of Neptune ... we conclude")."""
    best, best_i = _last_body(ctx, i)
    if best is not None and within is not None and ctx.sent_of.get(i, 0) - ctx.sent_of.get(best_i, 0) > within:
        return None
    return best


def _last_body(ctx: Context, i: int) -> tuple[ActorDraft | None, int]:
    """The last body (no person) named before token ``i``, and the token that names it (-1 for none)."""
    best, best_i = None, -1
    for j, a in ctx.token_actor.items():
        if j < i and j > best_i and a.kind != ActorKind.person:
            best, best_i = a, j
    return best, best_i


def subject_of(ctx: Context, verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                and not c.i < ctx.title_end <= verb.i]  # a dateline is no subject
    if subjects:  # '"...," said co-author Jane Roe': a word of the quote parsed as a second subject; the named one
        return next((c for c in subjects if c.i in ctx.token_actor), subjects[0])
    # "he said while later adding", "..., saying": the subject of a governing verb
    node = verb
    for _ in range(4):
        issued = (node.dep_ == "dobj" and node.i != verb.i and node.lemma_.lower() in ctx.rules.words("attribution", "issued_statements"))
        if node.dep_ not in ("advcl", "xcomp", "conj", "acl", "ccomp", "acomp") and not issued or node.head.i == node.i:
            break  # "issued a statement saying", "held a press conference claiming": the issuer speaks
        node = node.head
        if node.dep_ == "ccomp" and node.head.i < node.i and node.head.lemma_.lower() in ctx.rules.reporting:
            continue  # "pointing out he had secured ..., saying": the reported clause's subject is no speaker
        for child in node.children:
            if child.dep_ == "nsubj" and (actor_at(ctx, child) is not None or child.pos_ == "PRON"):
                return child
    return None


def known_name(ctx: Context, tok: Token) -> ActorDraft | None:
    """A capitalised word the parser did not take for a name ("Mijares claimed", "Trump repeatedly
    called"): the one person whose name or an alias ends with it."""
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
        return None
    word = tok.text
    found = {id(a): a for a in ctx.actors.values() if a.kind == ActorKind.person
             and any(n.split() and n.split()[-1] == word for n in (a.name, *a.aliases))}
    return next(iter(found.values())) if len(found) == 1 else None


def colon_clause(ctx: Context, colon: int) -> tuple[Token, Token] | None:
    """The highest verb of the clause before the colon at ``colon`` and its subject ("Bolsonaro opposed
    Macron's statement:", "Mauritanian blogger Ahmed Jedou wrote:"); None for a passive, a negated verb
    or a clause with no subject."""
    before = ctx.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if before is None or before.start == 0:
        return None
    t, verb = ctx.doc[before.start - 1], None
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.idx < colon:
            verb = t
        if t.head.i == t.i or t.head.idx > colon:
            break
        t = t.head
    subj = subject_of(ctx, verb) if verb is not None else None
    if verb is None or subj is None or subj.dep_ == "nsubjpass" or any(c.dep_ == "neg" for c in verb.children):
        return None
    return verb, subj


def named_body(ctx: Context, tok: Token, *, named_only: bool = False) -> ActorDraft | None:
    """"The ministry denied": the last actor named before whose name holds the head word ("Defence Ministry"),
    with ``named_only`` never an unnamed one ("ministry officials")."""
    head = tok.lower_
    best, best_j = None, -1
    for j, actor in ctx.token_actor.items():
        if (best_j < j < tok.i and actor.kind != ActorKind.person and head in actor.name.lower().split()
                and not (named_only and actor.key[0] == "unnamed")):
            best, best_j = actor, j
    if best is None and tok.lower_ in ctx.rules.titles:  # "the president": the one person titled so
        titled = {id(a): a for a in ctx.actors.values() if a.kind == ActorKind.person
                  and any(al.lower().split()[0] == head for al in a.aliases if al)}
        best = next(iter(titled.values())) if len(titled) == 1 else None
    return best


def titled_person(ctx: Context, noun: Token) -> ActorDraft | None:
    """"The minister denied ..." after "Health Minister Mary Jones" or "Mary Jones, the foreign minister":
    a definite title refers back to the person last named before it with that title (in the name or in
    apposition), its modifiers agreeing ("the foreign minister": not the defence minister)."""
    word = noun.lower_
    if not definite(noun) or word not in ctx.rules.titles or noun.tag_ != "NN":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "the president of Turkey": a title of its own, not the president named before
    wanted = {c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")} | {word}
    last: ActorDraft | None = None
    for j, actor in person_mentions(ctx):
        if j < noun.i and wanted <= title_words(actor):
            last = actor
    return last


def title_words(actor: ActorDraft) -> set[str]:
    """The words of a person's titles: the role told beside the name and the words before the name in its aliases."""
    first = actor.name.split()[0].lower() if actor.name else ""
    words = set((actor.role or "").lower().replace("'s", " ").split())
    for alias in actor.aliases:
        low = alias.lower().split()
        words.update(low[:low.index(first)] if first in low else ())
    return words
