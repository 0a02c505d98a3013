"""Incident slots: date, location, weapon, casualties, the stated perpetrator and alleged ones."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer import dates
from summarizer.offline.doc import ActorDraft, Context, Cue
from summarizer.offline.groups import city_country
from summarizer.offline.mentions import actor_at, add_mention
from summarizer.offline.rules import searches
from summarizer.schemas.brief import ActorKind

_DATE_WORDS = re.compile(r"\b(yesterday|today|last night|tonight|this morning|earlier today)\b", re.IGNORECASE)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def weapon(ctx: Context, text: str) -> str | None:
    m = next(searches(ctx.rules.weapons, ctx.rules.weapon_words, text), None)
    return m.group(0) if m else None


def _number(ctx: Context, tok: Token) -> int | None:
    r = ctx.rules
    for c in tok.children:
        if c.dep_ == "det" and c.text.lower() == "no":
            return 0
    for c in list(tok.children) + [tok]:
        if c.dep_ in ("nummod", "quantmod") or (c is tok and tok.like_num):
            text = c.text.lower().replace(",", "")
            if text.isdigit():
                return int(text)
            if text in r.number_words:
                return r.number_words[text]
    return None


def casualties(ctx: Context, sent: Span, pronouns: bool = True) -> tuple[int | None, int | None]:
    """The killed and injured the sentence counts; with ``pronouns`` False, not a lone "him" or "he" (a count
    that gives a toll to an incident told around it, but does not make one)."""
    r = ctx.rules
    counts: dict[str, int | None] = {"killed": None, "injured": None}
    murders = r.words("events", "murder_words")
    for t in sent:
        lemma = t.lemma_.lower()
        low = t.text.lower()
        cat = "killed" if (lemma in r.killed or low in r.killed) else "injured" if (lemma in r.injured or low in r.injured) else None
        if cat is None and t.pos_ == "VERB" and _fatal(t) and lemma not in r.words("events", "court_verbs"):
            cat = "killed"  # "was shot dead", "stabbed to death"; not "sentenced him to death" (a court act)
        if cat is None and lemma in murders and (named := _murdered(t)):
            counts["killed"] = max(named, counts["killed"] or 0)  # "Khashoggi was murdered", "the killing of Soleimani"
            continue
        if cat is None or t.pos_ not in ("VERB", "ADJ", "NOUN"):
            continue
        victims = []
        if t.pos_ in ("VERB", "ADJ"):
            for c in t.children:
                if c.dep_ in ("nsubjpass",) or (c.dep_ == "dobj"):
                    victims.append(c)
                if c.dep_ == "nsubj" and lemma in ("die",):
                    victims.append(c)
            if not victims and t.dep_ == "conj":  # "were killed and at least 200 injured": the count of its own
                victims = _gapped_count(t)
            if not victims and t.dep_ == "conj":  # "were injured or killed"
                victims = [c for c in t.head.children if c.dep_ == "nsubjpass"]
            if not victims:  # "resulted in six Afghans being killed"
                victims = _being_done_to(t)
            if not victims and t.dep_ in ("amod", "acl"):  # "six wounded soldiers"
                victims = [t.head]
            if not victims and t.pos_ == "ADJ" and t.dep_ in ("oprd", "dobj") and t.head.lemma_.lower() == "leave":
                # "the crash left seven riders dead", "the quake left five dead": the one left, else the count on the word
                victims = [c for c in t.head.children if c.dep_ == "dobj"] or [t]
        elif t.tag_ in ("NN", "NNS") and (num := _toll_noun(ctx, t)) is not None:
            # "resulted in 56 deaths", "the deaths of five enemy fighters"
            prev = counts[cat]
            counts[cat] = num if prev is None or num > prev else prev
            continue
        by_pronoun = pronouns and _done(t)  # "killing him": one, told as done
        for v in victims:
            num = _victim_count(ctx, v, by_pronoun)
            if num is None:
                continue
            more = [_victim_count(ctx, c, by_pronoun) for c in v.conjuncts if c.i > v.i and c.pos_ != "VERB"]  # not "and 100 injured"
            if None in more:
                continue  # "X and several others": the total is not said
            num += sum(n for n in more if n is not None)
            prev = counts[cat]
            counts[cat] = num if prev is None or num > prev else prev
    if any(t.lemma_.lower() in ("casualty", "fatality") and t.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in t.children) for t in sent):
        # "caused no casualties", "there were no casualties": none killed, none injured
        for cat in ("killed", "injured"):
            counts[cat] = 0 if counts[cat] is None else counts[cat]
    return counts["killed"], counts["injured"]


def _gapped_count(t: Token) -> list[Token]:
    """The count a casualty word joined to a toll by "and" tells with its verb left out, which the parser makes
    its subject or a modifier: "100 people were killed and at least 200 injured", "three were killed and four
    seriously wounded", "left close to 20 dead and nearly 100 injured" (not the first toll's count again)."""
    return [c for c in t.children if c.dep_ in ("nsubj", "npadvmod") and c.i < t.i and (
            c.like_num or any(x.dep_ == "nummod" for x in c.children))][:1]


def _being_done_to(t: Token) -> list[Token]:
    """The ones a gerund passive with no subject of its own is done to, named before it as the object of its head's
    "in" ("an operation, which resulted in six Afghans being killed", "a strike was conducted, resulting in two
    insurgents, including Badam, being killed": the parser hangs "being killed" on "resulted" apart from them)."""
    if not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in t.children):
        return []
    outcomes = [t.head, *([t.head.head] if t.head.dep_ == "conj" else [])]
    objs = [g for v in outcomes for p in v.children if p.dep_ == "prep" and p.lower_ == "in" and p.i < t.i
            for g in p.children if g.dep_ == "pobj"]
    return objs[-1:]


def _murdered(t: Token) -> int:
    """The people a murder word names as its victims: a named person murdered ("Khashoggi was murdered",
    "assassinated Soleimani") or whose killing it is ("the killing of Soleimani", "Khashoggi's murder");
    0 when it names none ("a murder", "the killing of civilians") or dates itself ("the 1968 assassination of X")."""
    if t.pos_ == "VERB":
        victims = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj")]
    elif t.pos_ == "NOUN":
        if any(c.ent_type_ == "DATE" and c.i < t.i for c in t.children):
            return 0  # "the 1968 assassination of X": a killing of its own time, told as background
        victims = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        victims += [c for c in t.children if c.dep_ == "poss"]
    else:
        return 0
    return sum(1 + sum(1 for c in v.conjuncts if _named_person(c)) for v in victims if _named_person(v))


def _named_person(t: Token) -> bool:
    """A person's name, or a noun with one in apposition ("the journalist Maria Lopez")."""
    return t.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)


def _toll_noun(ctx: Context, t: Token) -> int | None:
    """The count a death or injury noun gives: its number ("56 deaths", "two injuries") or that of its
    "of" phrase ("the deaths of five enemy fighters", "the death of all 33 passengers"); not "the death
    of Li" (one named person is a death of its own) nor a rate ("deaths per 100,000")."""
    if any(c.dep_ == "prep" and c.lower_ == "per" for c in t.children):
        return None
    told = [x for c in t.children if c.i < t.i for x in c.subtree if x.dep_ in ("det", "predet", "poss", "quantmod")]
    if any(x.lower_ not in ("a", "an", "at", "least", "more", "than", "over", "about", "nearly", "almost", "some") for x in told) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return None  # "all five deaths were caused by poisoning", "the two deaths": a toll told before
    num = next((_number(ctx, c) for c in t.children if c.dep_ == "nummod"), None)
    if num is None:
        of = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if of is not None and of.tag_ == "NNS":
            num = _number(ctx, of) or next((_number(ctx, c) for c in of.subtree if c.like_num and c.head is of), None)
        elif of is not None and _outcome_of(ctx, t):
            num = _victim_count(ctx, of, pronouns=False)  # "resulted in the death of one insurgent commander"
    return num


def _outcome_of(ctx: Context, t: Token) -> bool:
    """A death noun told as what the sentence's act caused or confirmed (``death_toll_verbs``: "resulted in the
    death of X", "resulted in the detention of several insurgents and the death of a local national", "confirmed
    the death of X"); not one a protest or a statement is about ("protests over the death of X")."""
    while t.dep_ == "conj":
        t = t.head
    verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("in", "to") else t.head if t.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in ctx.rules.words("events", "death_toll_verbs")


def _fatal(t: Token) -> bool:
    for c in t.children:
        if c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "advmod", "xcomp", "dobj"):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def _done(t: Token) -> bool:
    """A casualty verb told as done: past or a participle, not negated, not an infinitive ("tried to kill him") nor
    what one is charged with or accused of ("charged with killing her": the charge, not a toll)."""
    return t.tag_ in ("VBD", "VBN", "VBG") and t.dep_ not in ("xcomp", "pcomp") and not any(c.dep_ == "neg" for c in t.children)


def _victim_count(ctx: Context, v: Token, pronouns: bool = True) -> int | None:
    """The number of victims a noun phrase gives: its number ("six Iraqi soldiers", "at least 3"),
    or one for a single named or counted person ("killed Qasem Soleimani", "a police officer")."""
    num = _number(ctx, v)
    if num is None:
        # "six Iraq security force members": the number sits under the head noun
        num = next((_number(ctx, c) for c in v.subtree if c.like_num and c.head is v), None)
    if num is None and v.tag_ in ("NN", "NNP") and (
            v.ent_type_ == "PERSON" or v.lemma_.lower() in ctx.rules.victim_heads or _untagged_name(v)):
        if not any(c.dep_ == "det" and c.lower_ in ("no", "every", "each", "any") for c in v.children) and not any(
                c.dep_ == "prep" and c.lower_ in ("along", "alongside", "besides", "together") for c in (*v.children, *v.head.children)):
            num = 1  # not "a commander along with a number of insurgents": how many is not said
    if num is None and pronouns and v.lower_ in ctx.rules.words("events", "one_person_pronouns"):
        num = 1  # "the team returned fire, killing him", "He was engaged and killed": one person
    return num


def _untagged_name(v: Token) -> bool:
    """A one-word name the tagger took for no place, body or group ("a precision airstrike which killed Rostum": an
    EVENT, or none): a person's, one victim."""
    return v.tag_ == "NNP" and v.ent_type_ in ("", "EVENT", "WORK_OF_ART", "PRODUCT") and not any(
        c.dep_ in ("compound", "det", "amod") for c in v.children)


def date_words(text: str) -> str | None:
    """The date expression in a DATE entity's words, when there is one the resolver reads."""
    word = _DATE_WORDS.search(text)
    return dates.find_date_expression(text) or (word.group(0) if word else None)


def _year_of(ent: Span) -> bool:
    """A bare year after "in" ("killed in Pakistan in 2011"): the event's year; not "the 2020 election"."""
    return bool(re.fullmatch(r"(?:19|20)\d\d", ent.text.strip())) and ent.root.head.lower_ in ("in", "during")


def _reported_under(cue: Token, date: Token) -> bool:
    """The date belongs to a verb whose clausal complement holds the cue."""
    verb = _dated_verb(date)
    below = cue
    for a in cue.ancestors:
        if a.i == verb.i:
            return below.dep_ == "ccomp"
        below = a
    return False


def _dated_verb(date: Token) -> Token:
    """The verb a date modifies: up from the date ("On Saturday morning, ... acknowledged"), or the head of the
    preposition right before it where the parser glued the date into the next name ("It was reported on Saturday
    Sirhan Sirhan was stabbed": "Saturday" taken for part of "Sirhan Sirhan", the day is the report's)."""
    prep = date.doc[date.i - 1] if date.i > 0 else None
    if prep is not None and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and date.head.i != prep.i and not any(
            a.i == prep.i for a in date.ancestors):
        return prep.head
    verb = date
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _court_day(ctx: Context, date: Token, group: list[Cue]) -> bool:
    """The date is a court act's whose words tell the crime ("X pleaded not guilty on Thursday to charges that he set
    off a bomb", "On May 11 X was sentenced ... for firebombing a building", "yesterday sentenced two men ... for the
    murder of Y"): the plea's or the sentence's day, not the crime's (LABELLING: a date the text gives for that
    incident, else none); the crime's own date stays ("sentenced on Monday for the 2016 bombing")."""
    verb = _dated_verb(date)
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() in ctx.rules.words("events", "court_verbs") or verdict_find(ctx, verb)):
        return False
    return all(t.i != verb.i and any(a.i == verb.i for a in t.ancestors) and not any(a.i == t.i for a in date.ancestors)
               for t, _ in group)


def _event_state(date: Token, group: list[Cue]) -> bool:
    """The date is not that of an event whose noun is the subject of a state ("While the bombing is still in the news
    headlines today", "the attack remains under investigation today"): "be", "remain" or "stay" with a predicate
    that is no date; a date outside the noun's own phrase is another clause's or the state's. Not "the attack was on
    Monday" (the date is the predicate)."""
    for t, _ in group:
        verb = t.head
        if not (t.pos_ == "NOUN" and t.dep_ == "nsubj" and verb.lemma_.lower() in ("be", "remain", "stay")):
            return False
        if not any(c.dep_ in ("prep", "attr", "acomp") and not any(x.ent_type_ in ("DATE", "TIME") for x in c.subtree)
                   for c in verb.children):
            return False
        if date.i in {x.i for x in t.subtree}:
            return False
    return bool(group)


def _in_other_clause(date: Token, group: list[Cue]) -> bool:
    """The date sits in a relative clause on a word that is not one of the event's cues and that
    holds none of them ("the crash of the plane, which was built in 1977"); not "the attack, which
    happened on Monday", nor "Typhoon Haiyan, which killed 6,000 in 2013"."""
    cues = {t.i for t, _ in group}
    for a in date.ancestors:
        if a.dep_ == "relcl" and a.head.i not in cues and not cues & {x.i for x in a.subtree}:
            return True
    return False


def _compared_case(date: Token, group: list[Cue]) -> bool:
    """The date sits in a clause of comparison ("As was the case in 2009 during a rally, ..."): an adverbial clause
    of "be" opened by "as" that holds not all of the event's cues: the earlier case compared, not the event's day."""
    cues = {t.i for t, _ in group}
    for a in date.ancestors:
        if a.dep_ == "advcl" and a.lemma_ == "be" and any(c.dep_ == "mark" and c.lower_ == "as" for c in a.children):
            return not cues <= {x.i for x in a.subtree}
    return False


def _act_on_retold(ctx: Context, date: Token, group: list[Cue]) -> bool:
    """The event is told only by nouns that refer back ("the shooting", "Khashoggi's killing", :func:`refers_back`),
    and the date is outside their own phrase: another act's ("On October 17, X accused Anonymous of being behind
    the shooting", "Police arrested two men on Friday in connection with the bombing"): the act's day, not the event's.
    The act's verb has a subject that names no event; not a date in the noun's own phrase ("the attack on Monday"),
    nor that of a verb the noun is the subject of ("the attack happened on Monday") or that carries it out ("they
    held the protest on Saturday", ``carry_out_verbs``)."""
    cues = [t for t, _ in group]
    if not cues or not all(t.pos_ == "NOUN" and refers_back(ctx, t) for t in cues):
        return False
    verb = _dated_verb(date)
    if any(t.i == verb.i or date.i in {x.i for x in t.subtree} or _right_after(t, date) for t in cues):
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return True  # "According to reports from the ministry on Friday, 18,250 attended the rally": the reports' day
    if _takes_part(ctx, verb, cues):
        return False
    # an act someone did, or an aside ("According to reports on Friday"): its subject names no event ("the church
    # accused", "visitors attended the rally"), not one
    # told by an event noun ("Anti-government protests have been taking place since Tuesday ... after the protests began")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(c.lemma_.lower() in ctx.rules.event_type for c in subjects)


def _right_after(cue: Token, date: Token) -> bool:
    """The date follows the event noun with no verb between, whatever the parser hung it on ("created after the brutal
    crackdown of protests at Syntagma Square, Athens, on June 28-29, 2011": the crackdown's days): the noun's own phrase."""
    return cue.i < date.i and not any(x.pos_ in ("VERB", "AUX") for x in cue.doc[cue.i + 1:date.i])


def _takes_part(ctx: Context, verb: Token, cues: list[Token]) -> bool:
    """The dated verb takes part in the event or is done at it, so its day is the event's: a verb that holds, starts
    or attends it ("held the protest on Saturday", "They started this hunger strike on the 2nd of May", "18,250
    attended the rally on Thursday"), a copula whose subject holds it ("The date for the protest was on Saturday"),
    or an act at it ("arrested 20 people at the rally on Friday", "buses heading to the demonstration ... were
    stopped on May 17"; ``presence_preps``, ``going_verbs``)."""
    words = ctx.rules.words
    lemma = verb.lemma_.lower()
    if lemma in (words("events", "carry_out_verbs") | words("events", "protest_doer_verbs") | words("events", "wave_verbs")
                 | words("events", "part_taking_verbs")):
        return True
    if lemma == "be" and any(c.dep_ in ("nsubj", "nsubjpass") and any(t.i in {x.i for x in c.subtree} for t in cues)
                             for c in verb.children):
        return True
    for t in cues:
        prep = t.head
        if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
            continue
        if prep.lower_ in words("events", "presence_preps") or (
                prep.lower_ == "to" and prep.head.lemma_.lower() in words("events", "going_verbs")):
            return True
    return False


def refers_back(ctx: Context, t: Token) -> bool:
    """An event noun told as one told before: with "the", "this", "that" (``anaphoric_dets``) or a name's possessive
    ("the attack", "Khashoggi's killing"); not a day's ("Saturday's attack", told with its day)."""
    dets = ctx.rules.words("events", "anaphoric_dets")
    return any((c.dep_ == "det" and c.lower_ in dets) or (c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME"))
               for c in t.children)


def date_of(ctx: Context, sent: Span, group: list[Cue], lo: int, hi: int) -> str | None:
    r = ctx.rules
    speech = r.reporting
    best = None
    for ent in ctx.ents_in(sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if (lo, hi) != (sent.start, sent.end) and not (lo <= ent.start < hi):
            continue  # one of several events in the sentence: only its own dates
        # the date of a speech act is not the date of the event
        # also a trailing attribution's day after "on" ("... in a blast at a factory, police said on Thursday"), not the
        # day of an announcement told before what it says ("announced on Tuesday there were suspects in custody")
        said = ent.root.head.head if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "on" and _trailing_speaker(
            ent.root.head.head, group) else ent.root.head
        if said.lemma_.lower() in speech and said.i not in [t.i for t, _ in group]:
            continue
        if all(_reported_under(t, ent.root) for t, _ in group):
            continue  # "On Saturday, Iran acknowledged it had shot down the jet": the acknowledgement's date
        if _court_day(ctx, ent.root, group):
            continue  # "X pleaded guilty on Monday to killing Y", "was sentenced on May 11 for firebombing a building"
        if _event_state(ent.root, group):
            continue  # "While the bombing is still in the news headlines today": not the bombing's day
        if _in_other_clause(ent.root, group):
            continue  # "the crash of the plane, which was built in 1977": the plane's date, not the crash's
        if _compared_case(ent.root, group):
            continue  # "As was the case in 2009 during a rally, nationalists disrupted a march on 21 May": the case compared
        if _act_on_retold(ctx, ent.root, group):
            continue  # "On October 17, X accused Anonymous of being behind the shooting": the accusation's day
        text = ent.text
        if ent.start >= 2 and ctx.doc[ent.start - 2].lower_ == "as" and ctx.doc[ent.start - 1].lower_ == "of":
            continue  # "As of Sunday evening, all four are stable": the time of the report
        if not date_words(text) and not _year_of(ent):
            continue
        dist = min(abs(ent.start - t.i) for t, _ in group)
        inside = lo <= ent.start < hi
        governed = any(ent.root.i in {x.i for x in t.subtree} for t, _ in group)
        text, shut = _shut_bracket(text)
        aside = ent.start > 0 and ctx.doc[ent.start - 1].text == "(" and (
            shut or ent.end < len(ctx.doc) and ctx.doc[ent.end].text == ")")
        score = (1 if aside else 0, 0 if inside else 1, 0 if governed else 1, dist)  # "(June 19)": a dateline
        if best is None or score < best[0]:
            best = (score, text)
    if best is None:
        return None
    return re.sub(r"^(on|the|last|this)\s+", lambda m: "" if m.group(1).lower() in ("on", "the") else m.group(0), best[1], flags=re.IGNORECASE)


def _trailing_speaker(verb: Token, group: list[Cue]) -> bool:
    """``verb`` is an attribution after the event, its own subject told after the event's words ("..., police said"), not
    the event reported ("A fire was reported at a warehouse on Tuesday") nor an announcement before what it says."""
    last = max(t.i for t, _ in group)
    return verb.i > last and any(c.dep_ == "nsubj" and c.i > last for c in verb.children)


def _shut_bracket(text: str) -> tuple[str, bool]:
    """A date entity run on past the bracket that closes it, cut there: "Oct. 8) - Afghan" of "KABUL, Afghanistan
    (Oct. 8) - Afghan and coalition forces detained" (the tokenizer keeps "8)" whole, an emoticon), the dateline's
    "Oct. 8"; and whether it was cut."""
    head, bracket, _ = text.partition(")")
    return (head.rstrip(), True) if bracket and "(" not in head and date_words(head) else (text, False)


def overnight(ctx: Context, lo: int, hi: int) -> str | None:
    """"Overnight" told of an event with no day of its own ("detained during an overnight operation in Khost
    province"): in a press release, the night before the release (:func:`summarizer.dates.resolve`)."""
    return "overnight" if any(t.lower_ == "overnight" for t in ctx.doc[lo:hi]) else None


def location(ctx: Context, group: list[Cue]) -> str | None:
    r = ctx.rules
    cands: list[Token] = []
    for t, kind in group:
        verb = t.head if t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.head.pos_ == "VERB" else t
        if verb.pos_ == "VERB":  # "searched a compound"; "Twin bombings struck Jolo Cathedral"
            for c in verb.children:
                if c.dep_ == "dobj" and (c.lemma_.lower() in r.place_heads or c.ent_type_ in ("FAC", "LOC") or (
                        (c.ent_type_ == "GPE" or c.pos_ == "PROPN") and verb.lemma_.lower() in r.words("events", "disaster_verbs")
                        and kind == "other")):
                    cands.append(c)  # "searched a compound", "struck Jolo Cathedral", a storm "hit the Azores"
        nodes = [t, *t.children, *(c for ch in t.children if ch.dep_ in ("dobj", "nsubj", "nsubjpass") for c in ch.children)]
        if t.pos_ == "NOUN" and (t.dep_ == "nsubj" and t.head.pos_ == "AUX" or _told_by_verb(ctx, t)):
            # "The second attack was in Linwood Mosque", "The shooting took place in Tsuen Wan",
            # "carried out the airstrike at Baghdad International Airport"
            nodes += [c for c in t.head.children if c.dep_ == "prep"]
        # then any preposition further down, nearest first, not inside a clause of its own
        listed, under = {n.i for n in nodes}, {y.i for y in t.subtree}
        nodes += sorted((x for x in t.subtree if x.dep_ == "prep" and x.i not in listed
                         and not any(a.i != t.i and (a.dep_ in ("relcl", "ccomp", "advcl", "acl") or (
                                     a.dep_ == "conj" and a.lemma_.lower() in r.event_type)) and not _happened_in(ctx, t, a)
                                     for a in x.ancestors if a.i in under)), key=lambda x: abs(x.i - t.i))
        cue_ids = {c.i for c, _ in group}
        for node in nodes:
            if node.dep_ != "prep" or node.text.lower() not in r.place_preps:
                continue
            if origin_prep(ctx, node) and node.head.i not in cue_ids:
                continue  # "banned travel from China", "a student from Kazakhstan": where one comes from
            pobj = next((c for c in node.children if c.dep_ == "pobj"), None)
            if pobj is None or date_word(pobj):
                continue  # "on Friday, which became the talk of Weibo": a day, whatever its clause names
            if _bare_on(node, pobj):
                continue  # "were destroyed on site": where the force stood, no place named
            if (pobj.ent_type_ in ("GPE", "FAC", "LOC") or pobj.lemma_.lower() in r.place_heads or any(
                c.ent_type_ in ("GPE", "FAC", "LOC") and not country_as_actor(ctx, c) for c in pobj.subtree
            )) and not _person_or_frame(ctx, pobj):
                cands.append(pobj)
    # a named place before a bare one ("in the area", "the city"), which says little on its own
    named = [c for c in cands if any(x.ent_type_ in ("GPE", "FAC", "LOC") and not country_as_actor(ctx, x) for x in c.subtree)]
    if named or any(len([x for x in c.subtree if x.dep_ != "det"]) > 1 for c in cands):
        cands = named or [c for c in cands if len([x for x in c.subtree if x.dep_ != "det"]) > 1]
        return _place_phrase(ctx, _nested_place(ctx, cands[0]))
    # no place in the event's own words: none here (not a place named elsewhere in the sentence, nor
    # a name before the event noun, "a Kabul car bombing"); incidents.merge._inherit_places may add the
    # sentence's town or country after the incident is kept
    return _place_phrase(ctx, _nested_place(ctx, cands[0])) if cands else None


def _bare_on(prep: Token, pobj: Token) -> bool:
    """"On" before a bare singular noun with no word of its own ("destroyed on site", "treated on scene"): an idiom
    for "there", no place."""
    return prep.lower_ == "on" and pobj.tag_ == "NN" and not pobj.ent_type_ and not any(True for _ in pobj.children)


def _happened_in(ctx: Context, t: Token, clause: Token) -> bool:
    """The event noun's own relative clause says where it happened: "The stampede, which occurred in Kerman"."""
    return clause.dep_ == "relcl" and clause.head.i == t.i and clause.lemma_.lower() in ctx.rules.words("events", "happen_verbs")


def _is_place(ctx: Context, t: Token) -> bool:
    return t.ent_type_ in ("GPE", "FAC", "LOC") or t.lemma_.lower() in ctx.rules.place_heads


def _person_or_frame(ctx: Context, pobj: Token) -> bool:
    """A phrase with a place name in it that is a person or a frame holding no place: "a precision strike on a Taliban
    commander", "an operation in search of a Haqqani network leader" (a person named by a group or a place,
    ``victim_heads``; a frame, ``no_place_heads``, with no place inside, :func:`_nested_place`)."""
    lemma = pobj.lemma_.lower()
    if pobj.ent_type_ in ("GPE", "FAC", "LOC") or lemma not in ctx.rules.victim_heads | ctx.rules.words("events", "no_place_heads"):
        return False
    return _nested_place(ctx, pobj).i == pobj.i


def _nested_place(ctx: Context, pobj: Token) -> Token:
    """The place inside a phrase whose head is an event or a frame around a place (``no_place_heads``:
    "the heart of", "the aftermath of"), no place itself: "in a precision airstrike in Gardez district"
    is in Gardez district, "in the aftermath of the riots in Suva" in Suva; the phrase itself when its
    head is a place ("her home in Carmel"), a name or any other noun ("a tunnel in Winchester"), or
    when no place is inside but in a clause of its own ("an airstrike that was carried out in Gardez")."""
    lemma = pobj.lemma_.lower()
    if not _doer_phrase(ctx, pobj) and (pobj.pos_ != "NOUN" or _is_place(ctx, pobj) or not (
            lemma in ctx.rules.event_type or lemma in ctx.rules.words("events", "no_place_heads"))):
        return pobj  # "at the Baylor Medical Center in Waco", "a suburb of Lima": a place of its own
    preps = ctx.rules.place_preps | {"of"}
    clause = {x.i for c in pobj.children if c.dep_ in ("relcl", "acl", "advcl") for x in c.subtree}
    return next((x for x in pobj.subtree if x.i != pobj.i and x.i not in clause and x.dep_ == "pobj"
                 and x.head.dep_ == "prep" and x.head.lower_ in preps and _is_place(ctx, x)), pobj)


def _doer_phrase(ctx: Context, pobj: Token) -> bool:
    """A phrase whose head is a person or a force, no place, though a place is named inside it: "On May 11 Cihan
    Kirmizigul, an engineering student at ... University in Istanbul, was sentenced", "an operation by Afghan
    Commandos, National Police and coalition forces in Chak district, Wardak province" (the place inside is the one)."""
    forces = ctx.rules.words("events", "force_words")
    return not _is_place(ctx, pobj) and (pobj.ent_type_ == "PERSON" or any(
        x.lemma_.lower() in forces or x.lower_.removesuffix("s") in forces for x in (pobj, *pobj.conjuncts)))


def origin_prep(ctx: Context, prep: Token) -> bool:
    """A "from" phrase that tells where someone or something comes from, or what one died of, not
    where an event happened: on a noun ("travel from China", "a student from Kazakhstan") or on a death
    verb ("died from COVID-19")."""
    if prep.lower_ != "from":
        return False
    head = prep.head
    return head.pos_ in ("NOUN", "PROPN", "PRON") or head.lemma_.lower() in ctx.rules.killed


def _told_by_verb(ctx: Context, t: Token) -> bool:
    """An event noun whose verb only says it happened or was done: the subject of "took place",
    "happened", "occurred", the object of "carried out", "launched", "conducted"."""
    verb = t.head
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if t.dep_ == "dobj":
        return lemma in ctx.rules.words("events", "carry_out_verbs")
    return t.dep_ == "nsubj" and (lemma in ctx.rules.words("events", "happen_verbs") or (
        lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)))


def date_word(tok: Token) -> bool:
    """A day, a month or a time ("Friday", "March", "last week"): never a place."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in dates.WEEKDAYS or tok.lower_ in dates.MONTHS


def under_dated_clause(tok: Token) -> bool:
    """The token sits in a clause hanging on a date ("on Friday, which became the talk of Weibo",
    "on Monday, when storms hit Marseille"): what the clause names is not where the event happened."""
    for a in tok.ancestors:
        if a.dep_ in ("relcl", "acl", "advcl") and date_word(a.head):
            return True
    return False


def country_as_actor(ctx: Context, tok: Token) -> bool:
    """A place name that stands for the state or its people, not for where something happened: a
    subject ("the United States killed"), a possessor ("the United States' killing"), or a modifier
    of a person, group, thing or event by a country word ("United States military forces", "a US
    federal jury", "a US airstrike"); a city there is the place ("a Kabul car bombing", "the New
    York bomber")."""
    root = tok
    while root.dep_ in ("compound", "flat") and root.head.ent_type_ == tok.ent_type_ and root.head.i != root.i:
        root = root.head  # "United States": up to the name's own head word
    if root.ent_type_ != "GPE":
        return False
    if root.dep_ not in ("poss", "compound", "amod", "nmod"):
        return False
    head = root.head
    if head.ent_type_ in ("GPE", "FAC", "LOC") or head.lemma_.lower() in ctx.rules.place_heads:
        return False  # "the Kabul airport", "Iraq's Anbar province"
    if root.dep_ == "poss":
        return True
    if _country_word(ctx, root):
        return True
    # a country's name of several words ("United States"); not "Accused New York bomber": a city there is the place
    ent = next((e for e in ctx.ents if e.start <= root.i < e.end), None)
    if ent is None:
        return False
    side = ctx.rules.demonyms.get(ent.text.lower())
    return side is not None and (side.lower() == ent.text.lower() or len(ent) > 1)


def acting_country(ctx: Context, root: Token) -> bool:
    """A country's name as the subject of a verb of doing or as a passive's agent: the state acting, not where
    ("the United States used white phosphorus bombs", "the village was bombed by Israel"); not a city ("Kabul
    hosted the talks" names where), nor the subject of "be" ("Iraq is in turmoil"). ``root`` is the name's head word."""
    acting = (root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and root.head.lemma_.lower() != "be") or (
        root.dep_ == "pobj" and root.head.dep_ == "agent")
    ent = next((e for e in ctx.ents if e.start <= root.i < e.end), None)
    if not acting or ent is None:
        return False
    name = re.sub(r"^the\s+", "", ent.text.lower())
    side = ctx.rules.demonyms.get(name)
    return side is not None and (side.lower() == name or len(name.split()) > 1 or root.text.replace(".", "").isupper())


def _place_phrase(ctx: Context, pobj: Token) -> str:
    toks = list(pobj.subtree)
    stop = None
    for c in pobj.children:
        if c.dep_ in ("relcl", "acl") or (c.dep_ == "prep" and c.text.lower() in ("with", "during", "after", "before", "for", "since")):
            stop = c.left_edge.i if stop is None else min(stop, c.left_edge.i)
    forces = ctx.rules.words("events", "force_words")
    for x in toks:
        if x.i > pobj.i and x.dep_ in ("appos", "conj", "acl") and _is_place(ctx, pobj) and not _is_place(ctx, x) and any(
                (low := y.lemma_.lower()) in forces or (y.pos_ in ("NOUN", "VERB") and low in ctx.rules.event_type)
                for y in x.subtree):
            # "In Wali Kot district, Kandahar province, a combined force patrol killed", "In Sydney, Australia's largest
            # city, a nightclub shooting this afternoon killed one": the subject (or the event) the parser hung on the
            # place is no part of it
            stop = x.left_edge.i if stop is None else min(stop, x.left_edge.i)
    if stop is not None:
        toks = [t for t in toks if t.i < stop]
    # nor a day the parser hung on the place ("in Kajaki district, Helmand province, Sunday", "in Archi district,
    # Kunduz province, July 5")
    while toks and (toks[-1].is_punct or toks[-1].text.lower() in ("where", "which", "that") or (
            len(toks) > 1 and (toks[-1].lower_ in dates.WEEKDAYS or toks[-1].ent_type_ == "DATE"))):
        toks = toks[:-1]
    while toks and toks[0].dep_ == "det":
        toks = toks[1:]
    if len(toks) > 14:
        toks = toks[:14]
    if toks:
        lo, hi = _joined_name(ctx, toks[0].i, toks[-1].i + 1)
        return ctx.text_of(lo, address_part_after(ctx, hi))
    return pobj.text


def address_part_after(ctx: Context, hi: int) -> int:
    """The end of a place phrase ending in an address's head ("Qarabagh-e Zor district") widened over the next part of
    the address the parser hung elsewhere, a comma, capitalised words and a head ("..., Ghazni province"): the address whole."""
    doc, heads = ctx.doc, ctx.rules.words("actors", "address_heads")
    if hi + 2 >= len(doc) or doc[hi - 1].lower_ not in heads or doc[hi].text != ",":
        return hi
    k = hi + 1
    while k < len(doc) and k - hi <= 4 and doc[k].is_title and doc[k].lower_ not in heads:
        k += 1
    return k + 1 if k > hi + 1 and k < len(doc) and doc[k].lower_ in heads else hi


def _joined_name(ctx: Context, lo: int, hi: int) -> tuple[int, int]:
    """A place's token span widened over a name of two parts joined by a word the parser takes for a verb
    (``place_joiners``: Dari "wa", "Shigal wa Sheltan district, Kunar province", "Tarnek wa Jaldak
    district"): the span that stops at the first part, or starts at the joiner, is the whole address."""
    doc, joiners = ctx.doc, ctx.rules.words("events", "place_joiners")
    if doc[lo].lower_ in joiners and lo > 0 and doc[lo - 1].is_title:
        lo -= 1  # "wa Sheltan district": the first part before it
    if hi + 1 < len(doc) and doc[hi].lower_ in joiners and doc[hi - 1].is_title and doc[hi + 1].is_title:
        head = doc[hi + 1]
        while head.dep_ in ("compound", "amod") and head.head.i > head.i:
            head = head.head  # "Jaldak" -> "district"
        hi = max(hi, head.i + 1)
        # and the place it lies in, told in apposition ("..., Kunar province"), not what the parser hung on that
        for c in head.children:
            if c.dep_ == "appos" and c.i > head.i and doc[c.left_edge.i].is_title and (
                    c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in ctx.rules.place_heads):
                hi = max(hi, c.i + 1)
    return lo, hi


def gives_up(ctx: Context, t: Token) -> bool:
    """Giving oneself up told as done: "surrendered to police", "turned himself in to authorities"
    (not "called on him to surrender", "refused to surrender")."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN"):
        return False
    if t.lemma_.lower() in ctx.rules.words("events", "surrender_verbs"):
        return True
    return t.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "in" for c in t.children) and any(
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in t.children)


def doer(ctx: Context, group: list[Cue]) -> ActorDraft | None:
    """The actor the text states as doer: a verb's subject or passive agent ("the Taliban attacked",
    "was shot by police"); a noun's possessor, name modifier or 'by' phrase ("Iran's missile
    attack", "a US airstrike", "an attack by the Taliban"); the subject of a verb that carries out
    the noun ("the Taliban carried out an attack"); the convicted one of a verdict ("a jury
    convicted X", "X was sentenced")."""
    convict = ctx.rules.words("events", "verdict_verbs")
    for t, kind in group:
        lemma = t.lemma_.lower()
        if gives_up(ctx, t):  # "turned himself in to authorities": the one given up to took him, not he
            a = _first_actor(ctx, [o for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"])
            if a is not None:
                return a
            continue
        if t.pos_ == "VERB" and (lemma in convict or verdict_find(ctx, t)):
            # "convicted X", "X was sentenced", "found X guilty" (X the subject of "guilty")
            convicted = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")] + [
                g for c in t.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
            a = _first_actor(ctx, [c for c in convicted if not _kin_of_name(ctx, c)])
            if a is not None:
                return a
            continue
        if t.pos_ == "VERB":
            # "forces searched the area and confiscated a truck": a conjoined verb shares its head's subject
            own = t.head if t.dep_ == "conj" and t.head.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children) else t
            lent = False  # an arrest or a seizure told so too: "forces targeted a leader, detaining two suspects"
            if (lemma in ctx.rules.killed or kind in ("arrest", "seizure")) and (head := participle_head(own, ("advcl", "xcomp"))) is not None and not any(
                    c.dep_ in ("nsubj", "nsubjpass", "agent") for c in own.children):
                own, lent = _lent_subject_verb(head), lemma not in ctx.rules.killed  # "coalition forces returned fire, killing one": the subject of "returned"
            subjects = _subjects(ctx, own)
            if lent:  # only a subject that names its actor ("the force searched, finding" leaves the force unnamed)
                subjects = [c for c in subjects if _names_own_actor(ctx, c)]
            if {lemma, own.lemma_.lower()} & (ctx.rules.words("events", "accident_words") | ctx.rules.words("events", "accident_verbs")):  # "crashed, killing four" too
                # "a bus operated by X crashed", "a helicopter with X on board crashed": the vehicle's
                # owner, operator or passenger is no doer of the accident; only a subject that is one
                subjects = [c for c in subjects if c.pos_ in ("PROPN", "PRON") or c.i in ctx.token_actor]
            a = _first_actor(ctx, subjects + [g for c in t.children if c.dep_ == "agent" for g in c.children])
            if a is not None:
                return a
        elif t.pos_ == "NOUN":
            a = _noun_doer(ctx, t, ctx.rules.words("events", "doer_nouns"), ctx.rules.words("events", "carry_out_verbs"))
            a = a or _organiser(ctx, t)
            if a is not None:
                return a
    return None


def _names_own_actor(ctx: Context, tok: Token) -> bool:
    """The subject's own words name the actor it stands for ("Afghan and coalition forces"), not a
    phrase resolved to one ("the force", "the joint security force")."""
    a = actor_at(ctx, tok)
    words = ctx.doc[tok.left_edge.i:tok.right_edge.i + 1].text.lower()
    return a is not None and a.name.lower() in words


def verdict_find(ctx: Context, t: Token) -> bool:
    """A verdict told by "find": "was found guilty", "the jury found him not guilty", "found liable"."""
    verdict = ctx.rules.words("events", "verdict_words")
    return t.pos_ == "VERB" and t.lemma_.lower() == "find" and any(
        c.lemma_.lower() in verdict or any(g.lemma_.lower() in verdict and g.dep_ in ("acomp", "amod") for g in c.children)
        for c in t.children if c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advmod", "dobj"))


def _kin_of_name(ctx: Context, tok: Token) -> bool:
    """A common noun tied to a name by 'of' or a possessive ("a friend of bombing suspect X", "X's
    brother"): the one convicted is the friend or the brother, not X."""
    return tok.pos_ == "NOUN" and tok.i not in ctx.token_actor and any(
        (c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss") and any(x.i in ctx.token_actor for x in c.subtree)
        for c in tok.children)


def hedged(group: list[Cue]) -> bool:
    """The doer is only reported: "reportedly conducted by the Taliban", "allegedly shot"."""
    words = ("reportedly", "allegedly", "apparently", "purportedly", "possibly", "probably", "likely")
    return any(c.dep_ == "advmod" and c.lower_ in words for t, _ in group for c in (*t.children, *t.head.children))


def _first_actor(ctx: Context, toks: list[Token]) -> ActorDraft | None:
    for tok in toks:
        # a country named as the doer acts as its government ("Iran shot down"); a nationality word
        # is not one: a subject "Afghan" is a modifier the parser lifted ("A combined Afghan and coalition patrol killed")
        a = actor_at(ctx, tok) or (_country(ctx, tok) if tok.ent_type_ != "NORP" else None)
        if a is not None:
            return a
    return None


def _country_word(ctx: Context, tok: Token) -> bool:
    """A nationality or the country's own name or acronym ("US", "Israeli"), not a city ("Kabul")."""
    if tok.ent_type_ == "NORP":
        return True
    side = ctx.rules.demonyms.get(tok.text.lower())
    return side is not None and (side.lower() == tok.text.lower() or tok.text.replace(".", "").isupper())


def _country(ctx: Context, tok: Token) -> ActorDraft | None:
    """A country named as the doer acts as its government ("Iran shot down", "a US airstrike")."""
    ent = next((e for e in ctx.ents if e.start <= tok.i < e.end and e.root.i == tok.i), None)
    if ent is None or ent.label_ not in ("GPE", "NORP") or city_country(ctx, ent):
        return None  # not "from Dubai, UAE": an address
    side = ctx.rules.demonyms.get(ent.text.lower())
    if side is None and (ent.label_ != "GPE" or ent.text.lower() in ("the", "it")):
        return None
    side = side or ent.text
    return add_mention(ctx, ("group", side, "government"), side, ActorKind.government, ent.start, ent.end)


def _noun_doer(ctx: Context, t: Token, doer_nouns: frozenset[str], carry_out: frozenset[str]) -> ActorDraft | None:
    if t.lemma_.lower() not in doer_nouns:
        return None  # "Khashoggi's murder", "Blake's shooting": the possessor is the victim
    named = ("GPE", "NORP", "ORG", "PERSON")
    mods = [c for c in t.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")]
    mods += [c for c in t.children if c.dep_ in ("compound", "amod") and c.ent_type_ in named]
    mods += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    for m in mods:
        if m.dep_ in ("compound", "amod") and not _country_word(ctx, m):
            continue  # "a Kabul car bombing": a city before the noun is the place
        a = ctx.token_actor.get(m.i) or (actor_at(ctx, m) if m.dep_ != "compound" else None) or _country(ctx, m)
        if a is not None:
            return a
    head = t.head
    if t.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in carry_out:
        return _first_actor(ctx, _subjects(ctx, head))
    return None


def _organiser(ctx: Context, t: Token) -> ActorDraft | None:
    """The one who held or organised a protest: "X held a rally in Minsk", "a rally organized by X"."""
    if t.lemma_.lower() not in ctx.rules.words("events", "protest_nouns"):
        return None
    verbs = ctx.rules.words("events", "protest_doer_verbs")
    if t.dep_ == "dobj" and t.head.lemma_.lower() in verbs:
        return _first_actor(ctx, _subjects(ctx, t.head))
    return _first_actor(ctx, [g for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in verbs
                              for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"])


def participle_doer(ctx: Context, group: list[Cue]) -> ActorDraft | None:
    """The doer of participles with no subject of their own: the doer of the verb they hang from
    ("Forces targeted a leader, killing one insurgent and detaining two")."""
    for t, _ in group:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        head = participle_head(t, ("advcl",))
        if head is not None:
            return doer(ctx, [(head, "other")])
    return None


def participle_head(verb: Token, deps: tuple[str, ...]) -> Token | None:
    """The verb a participle clause of one of ``deps`` hangs from ("Forces targeted a leader, killing one":
    "targeted"); None when ``verb`` is no such -ing clause of a verb. Its subject is lent to the participle."""
    return verb.head if verb.dep_ in deps and verb.tag_ == "VBG" and verb.head.pos_ == "VERB" else None


def _lent_subject_verb(verb: Token) -> Token:
    """The verb whose subject a participle's head shares: the head itself, or the first verb of the chain of
    conjuncts it ends ("forces requested air support and responded with fire, killing two": "requested")."""
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _subjects(ctx: Context, verb: Token) -> list[Token]:
    """The verb's subjects, not a dateline the parser made one ("TAMPA, Fla. (Sept. 14) — forces conducted");
    where it made the real subject an apposition of the dateline ("KABUL (June 19) - A force killed"), that."""
    out = []
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        if c.i < ctx.title_end <= verb.i:
            out += [g for g in c.children if g.dep_ in ("appos", "conj") and g.i >= ctx.title_end]
        else:
            out.append(c)
    return out


def allegations(ctx: Context) -> list[tuple[int, ActorDraft]]:
    """(token index, actor) for "X is behind", "X responsible", "blamed X", "suspected X"."""
    r = ctx.rules
    nouns = r.words("events", "suspect_words")
    out = []
    for t in ctx.tokens:
        if t.text.lower() in r.allegation_adjectives and t.dep_ in ("acomp", "prep", "advmod", "amod", "attr", "oprd", "ccomp"):
            head = t.head
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and t.dep_ == "amod":
                subj = t.head
            if subj is None and head.dep_ in ("ccomp", "xcomp"):
                subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            a = actor_at(ctx, _antecedent(subj))
            if a is not None:
                out.append((t.i, a))
        elif (pos := t.pos_) == "VERB" and (lemma := t.lemma_.lower()) in r.allegation_verbs:  # the lemma of a verb only
            obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if lemma in ("attribute", "ascribe"):  # "an attack ascribed to the Taliban"
                obj = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children), None)
            a = actor_at(ctx, _antecedent(obj) if obj is not None else _participle_accused(ctx, t))
            if a is not None:
                out.append((t.i, a))
        elif (a := _claimed_by(ctx, t)) is not None:
            out.append((t.i, a))
        elif pos == "VERB" and lemma == "plead" and _not_guilty(t):
            a = _first_actor(ctx, _subjects(ctx, t))
            if a is not None:
                out.append((t.i, a))
        elif t.lower_ in nouns and pos in ("NOUN", "ADJ", "VERB", "PROPN"):
            a = _named_suspect(ctx, t)
            if a is not None:
                out.append((t.i, a))
    return out


def _antecedent(tok: Token | None) -> Token | None:
    """The noun a relative pronoun stands for ("John Smith, who is accused of the killings": John Smith)."""
    if tok is not None and tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _participle_accused(ctx: Context, t: Token) -> Token | None:
    """Who an allegation participle with no object of its own is about: the noun it describes ("John Smith,
    accused of killing three", "a prisoner, suspected to be Louis De Zoysa": the one named after "to be"), or
    the subject of the verb it hangs from ("Brenton Tarrant appeared in court, charged with one count of murder")."""
    if t.tag_ != "VBN" or t.dep_ not in ("acl", "advcl"):
        return None
    named = next((a for c in t.children if c.dep_ == "xcomp" and c.lemma_ == "be"
                  for a in c.children if a.dep_ == "attr"), None)
    if named is not None:
        return named
    if t.dep_ == "acl":
        return t.head if t.head.pos_ in ("NOUN", "PROPN") else None
    subjects = _subjects(ctx, t.head) if t.head.pos_ == "VERB" else []
    return subjects[0] if subjects else None


def _not_guilty(t: Token) -> bool:
    """A plea of not guilty ("Rahimi pleaded not guilty to federal charges"): the one who pleads is accused of
    what the charges tell (LABELLING: charged is alleged); a guilty plea admits the deed, no allegation."""
    guilty = next((c for c in t.children if c.lower_ == "guilty"), None)
    return guilty is not None and any(n.dep_ == "neg" for n in [*guilty.children, *t.children])


def _claimed_by(ctx: Context, t: Token) -> ActorDraft | None:
    """The claimant of an attack, alleged by its own claim: "The Yemen-based Houthi movement claimed responsibility
    for the attacks", "The attack was claimed by the Houthi movement in Yemen"."""
    r = ctx.rules
    if t.pos_ != "VERB" or t.lemma_.lower() not in r.words("events", "claim_verbs"):
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() in r.words("events", "claimed_objects") for c in t.children):
        return _first_actor(ctx, [c for c in _subjects(ctx, t) if c.pos_ != "PRON"])  # not "He claimed": whose, the parse guesses
    if any(c.dep_ == "nsubjpass" and c.lemma_.lower() in r.event_type for c in t.children):
        return _first_actor(ctx, [g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])
    return None


def _named_suspect(ctx: Context, t: Token) -> ActorDraft | None:
    """The person a suspect noun names: "Kyle Rittenhouse, the suspect", "the suspect, X", "named
    the suspect as X", "Accused New York bomber Ahmad Khan Rahimi", "the alleged gunman, X"."""
    near = [c for c in t.children if c.dep_ == "appos"]
    head = t
    for _ in range(3):  # "Accused New York bomber Ahmad Khan Rahimi": up the name's modifiers
        if head.dep_ not in ("compound", "amod", "appos") or head.head.i == head.i:
            break
        head = head.head
        near.append(head)
        near += [c for c in head.children if c.dep_ == "appos"]
    if t.dep_ == "dobj":  # "named the suspect as X"
        near += [g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    for tok in near:
        a = ctx.token_actor.get(tok.i)
        if a is not None and a.kind == ActorKind.person:
            return a
    return None


def alleged_for(allegations: list[tuple[int, ActorDraft]], ctx: Context, sent: int,
                anywhere: bool = True) -> ActorDraft | None:
    """The suspect of the incident told in sentence ``sent``: an allegation in that sentence or the
    nearest one within two sentences (earlier first); else, when ``anywhere``, the article's first
    armed group alleged (a person or a body accused sentences away of something else, "Trump accused
    Biden of ...", is no suspect of an incident told far from it)."""
    if not allegations:
        return None
    index = {s.start: n for n, s in enumerate(ctx.sents)}
    near = []
    for i, a in allegations:
        d = index.get(ctx.doc[i].sent.start, -99) - sent
        if abs(d) <= 2:
            near.append((abs(d), d > 0, i, a))
    if near:
        return min(near, key=lambda x: x[:3])[3]
    if not anywhere:
        return None
    armed = [a for _, a in allegations if a.kind == ActorKind.armed_group]
    return armed[0] if armed else None
