"""Incidents, step 3: drafts told again merged ("the attack", the same kind of event with no new date or marker),
places handed on, history and background set apart; press releases' days and leads in :mod:`.releases`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from summarizer import dates
from summarizer.offline import places as places_mod
from summarizer.offline import slots
from summarizer.offline.doc import YEAR, Context, dateline_end, definite
from summarizer.offline.incidents.cues import cue_type, event_words, force_named, force_on_protest
from summarizer.offline.incidents.drafts import IncidentDraft, absorb, court_act, day_key, killing_type, same_doer
from summarizer.offline.incidents.releases import (
    air_support_scene,
    fold_release_leads,
    paired_day,
    release_day,
    release_of_same,
    retold_release,
    scene_day,
    summary_lead,
)
from summarizer.offline.selection import article_year
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Span


def merge_incidents(ctx: Context, found: list[IncidentDraft]) -> list[IncidentDraft]:
    """The incidents of the article: each draft, in text order, folds into the incident it tells again (a toll, a
    death told twice, :func:`_retold_target`, a release repeated) or stands as one of its own; then :func:`_settle`."""
    out: list[IncidentDraft] = []
    summaries = {d.sent for d in found if summary_lead(ctx, d)}
    split_from: list[tuple[IncidentDraft, IncidentDraft]] = []
    history = _history(ctx, found)
    for d in found:
        target = None
        if d.toll_only:
            if out and d.sent - out[-1].last_sent <= 2 and out[-1].words & event_words(ctx, "accident_words"):
                absorb(out[-1], d)  # "A hotel caught fire. At least seventeen people died.": the fire's toll
            continue
        # casualties told within three sentences of the incident's last mention are its own
        if out and d.casualty_only and not d.date_text and (op := _killed_in_arrest(ctx, out, d) or _killed_in_response(ctx, out, d)) is not None:
            if op.type == "attack":  # the attack the force answered happened; the answer parts no operation from its arrest
                op.anchored = d.response = True
            # a killing told after an arrest or a seizure, which kill no one: the operation's killing, an incident
            # (air support's a strike: "The patrol engaged them and requested close air support killing several")
            d.type = "strike" if d.type == "strike" else "other"
            d.casualty_only, d.anchored, d.date_text = False, True, op.date_text
        elif out and d.casualty_only and not d.date_text and d.sent - out[-1].last_sent <= 3 and (
                d.type != "strike" or out[-1].type in ("other", "strike")):
            # air support's killing is the toll of a killing or an operation told before it, which it makes a strike,
            # not of an arrest, a seizure or the attack it answered
            target = out[-1]
            if d.type == "strike" and target.type == "other":
                # the strike's weapon, not the fire the force received ("received small-arms fire from insurgents")
                target.type, target.weapon = "strike", d.weapon
        elif d.casualty_only and not d.date_text and (same_toll := [o for o in out if _same_toll(o, d)]):
            target = same_toll[-1]  # "Two women and a man were injured" again, paragraphs after the attack that injured three
        elif d.dead and not d.date_text and out and out[-1].words & event_words(ctx, "accident_words") and (
                d.sent - out[-1].last_sent <= 2 and _places_agree(out[-1], d)):
            target = out[-1]  # "A fire broke out yesterday at the hall. A rescued woman died at the scene.": its toll
        elif d.dead and (same_dead := [o for o in out if o.dead and (_same_name(o.dead, d.dead) or d.dead.lower() in ("he", "she"))]):
            target = same_dead[-1]  # "Kay Hagan died ... Hagan died from Powassan virus", "... he died at home": one death told twice
        elif out:
            target, d = _retold_target(ctx, out, d, summaries, split_from)
        if target is None:
            target = _repeated(ctx, out, d, found)  # an update release repeats its first release's sentence word for word
        if target is None and not d.date_text and (target := _retold_killing(ctx, out, d)) is not None:
            target.type = killing_type(target, d)  # "four insurgents were also killed ... returned fire, killing four insurgents"
        if target is None:
            if d.casualty_only and not (d.killed or d.injured):
                continue  # "no civilians were injured" on its own is not an incident
            if (d.dead or "").lower() in ("he", "she"):
                continue  # "He died in 2014": a death told by a pronoun retells one, else it is background
            if out and _arrest_in_operation(ctx, out[-1], d, out[:-1]):  # after "killed three insurgents during an operation"
                d.date_text, d.location = d.date_text or out[-1].date_text, d.location or out[-1].location
            out.append(d)
            continue
        if d.pronoun_toll and _uncounted_toll(ctx, target):
            d.killed = d.injured = None  # "returned fire, killing the suspected insurgents ... he was engaged and killed": not one
        absorb(target, d)
    return _settle(ctx, found, out, history, split_from)


def _retold_target(ctx: Context, out: list[IncidentDraft], d: IncidentDraft, summaries: set[int],
                   split_from: list[tuple[IncidentDraft, IncidentDraft]]) -> tuple[IncidentDraft | None, IncidentDraft]:
    """The incident ``d`` tells again, if any, and the draft to fold into it: the last incident where ``d`` goes on
    describing it in its sentence, one referred back to ("Saturday's attack"), the operation ``d`` is the finding
    or the fight of (then ``d`` stands and the operation folds into it), an accident, a definite event, a court
    act, an event of its kind retold without a date, or a detainee told again. An operation a lead sums up, told
    with its own place, goes on ``split_from`` and stands."""
    target = None
    last = out[-1]
    same_sent = last.sent == d.sent
    # one event described over consecutive sentences, or referred back to
    if same_sent and not d.new and not d.separate and (d.date_text is None or d.date_text == last.date_text):
        target = last
    elif d.told_before and (same_day := [o for o in out if o.type == d.type and day_key(o.date_text) == day_key(d.date_text)]):
        target = same_day[-1]  # "Saturday's attack" after the attack told as on Saturday
    elif (k := _operation_of(ctx, out, d)) is not None:
        # "Officers launched raids early Monday. A number of people were detained.": the arrest
        # stands, with the operation's day and place (an operation that killed stands too, below)
        if k < len(out) - 1:
            d.place_sent = out[k].sent  # told before what it found or fought: the operation's sentence names the place
        out[k], target, d = d, d, out[k]
    elif _lead_detailed(ctx, out, d, summaries):
        target = last  # "Gunmen have killed 15 people in X village. Five were injured during the attack on Monday."
    elif _lead_scene(ctx, out, d, summaries):
        target = last  # "Three militants were killed in a gunfight with forces. Forces launched a search operation in X"
    elif not d.new and (retold := _retold_accident(ctx, out, d)):
        target = retold  # "It crashed in a desert area" after the plane that crashed on Saturday
    elif d.definite and not d.date_text and not d.another:
        words = set(re.findall(r"[a-z]{4,}", (d.location or "").lower()))
        by_place = [o for o in out if words and words & set(re.findall(r"[a-z]{4,}", (o.location or "").lower()))]
        same_type = [o for o in out if o.type == d.type]
        # the same kind of event in that place, or in no other place, first ("the airstrike at Baghdad
        # airport" after the airstrike told with no place, not the attack on the embassy in Baghdad)
        ranked = ([o for o in by_place if o.type == d.type] or [o for o in same_type if _places_agree(o, d)]
                  or by_place or same_type or _operation_retold(ctx, out, d) or _attack_retold(ctx, out, d))
        target = ranked[-1] if ranked else None
    elif not d.date_text and not d.new and (court := _court_retold(ctx, out, d)) is not None:
        target = court  # "The Supreme Court ruled on the appeal" after the ruling told with its day
    elif not d.date_text and (not d.new or _retold_strike(d) or _more_taken(d)) and (same := [o for o in out if o.type == d.type and (
            d.type != "other" or _verdicts(ctx, o, d) or _force_killings(ctx, o, d)) and d.sent - o.sent <= (10 if _unnamed_detained(ctx, d) else 6)
            and (_places_agree(o, d) or _landmark_of_town(ctx, o, d))]):
        target = same[-1]  # the same kind of event retold without a date or a new marker
        if target.sent in summaries and d.sent != target.sent and _own_place(ctx, d):
            split_from.append((d, target))  # one of the operations a lead sums up, told with its own place
            target = None
    elif not d.date_text and not d.another and (told := _detainee_told(ctx, out, d)) is not None and (
            told.sent not in summaries):
        target = told  # "captured a Taliban facilitator in X province ... Forces detained the facilitator in Y district"
    return target, d


def _lead_detailed(ctx: Context, out: list[IncidentDraft], d: IncidentDraft, summaries: set[int]) -> bool:
    """``d`` is the dated detail of the article's lead: the lead is the first incident told, undated and of ``d``'s
    type, no summary of operations, told in the sentence or two before; ``d`` is not "another" or "an attack" and
    refers back by a definite event noun ("the attack which occurred on Monday night", "confirmed the incident which
    took place ... on Saturday") or names the lead's own place again ("launched operations in X province on
    Wednesday" after "have discovered a weapon cache in X province")."""
    if len(out) != 1 or not d.date_text or d.new or d.another:
        return False
    lead = out[0]
    if lead.date_text or lead.type != d.type or lead.sent in summaries or not 0 < d.sent - lead.last_sent <= 2:
        return False
    # the definite noun names the detail's own event, not another it tells of ("arrested a suspect in the killing")
    # or the lead's own event word ("a blast at a factory" ... "the blast ripped through")
    if any(t.pos_ == "NOUN" and definite(t) and (t.lemma_.lower() in ("incident", "event", *lead.words) or cue_type(ctx, t) == d.type)
           for t in ctx.sents[d.sent]):
        return True
    return bool(_place_names(lead) & _place_names(d))  # the same place named again, not "the city" after "four provinces"


def _lead_scene(ctx: Context, out: list[IncidentDraft], d: IncidentDraft, summaries: set[int]) -> bool:
    """In a news article (no release dateline), ``d`` is the scene of the article's lead, a force's killing: the lead is the first incident told, an `other`
    killing ("Three militants were killed in a gunfight with security forces in X district on Friday"), no summary of
    operations; ``d``, in the very next sentence, tells an operation and nothing else (an `other` incident whose only
    cues are operation words, with no toll, not "another": "Security forces launched a cordon and search operation in Y
    area on Thursday after receiving input"), the operation the fight came out of."""
    if len(out) != 1 or d.type != "other" or d.another or d.killed is not None or d.injured is not None:
        return False
    if ctx.release_datelines:
        return False  # a press release's scene is its lead operation's, with the scene's place (releases)
    lead = out[0]
    ops = event_words(ctx, "operation_words")
    return (lead.type == "other" and "kill" in lead.words and lead.sent not in summaries and d.sent == lead.last_sent + 1
            and bool(d.words) and d.words <= ops)


def _settle(ctx: Context, found: list[IncidentDraft], out: list[IncidentDraft], history: set[int],
            split_from: list[tuple[IncidentDraft, IncidentDraft]]) -> list[IncidentDraft]:
    """The incidents the grouping kept, settled: the ones that happened and are news (anchored, not background,
    recalled or an example), with no casualties or weapon on an arrest or a seizure, days and places handed on
    (a scene's day, air support's scene, a place told before), each operation a lead sums up given its own day,
    then one incident per day and place, and an update release's retellings folded into what they retell."""
    kept = [d for d in out if d.anchored and not _background(ctx, d) and not _recalled(ctx, d) and not _example(ctx, d)
            and id(d) not in history]
    for d in kept:
        if d.type in ("arrest", "seizure"):
            # an arrest or a seizure kills or wounds no one: the casualties told with it ("twenty
            # people were arrested, and two police officers were injured") are the fighting's
            d.killed = d.injured = None
        if d.type == "arrest":
            # nor does an arrest use a weapon: one told with it is the detainee's ("an IED facilitator",
            # "responsible for roadside bomb attacks") or the one seized (a seizure of its own)
            d.weapon = None
    scene_day(ctx, kept, {d.sent for d in found})
    air_support_scene(ctx, kept)
    _inherit_places(ctx, kept)
    for d, lead in split_from:
        d.date_text = d.date_text or paired_day(ctx, lead, d) or lead.date_text  # the lead's day for its operations
    # an update's operation told again on the lead's day is the one told, but not the lead it was parted from
    kept = _one_per_day_and_place(ctx, kept, {(id(d), id(lead)) for d, lead in split_from})
    release_day(ctx, kept)
    return _crowd_protest(ctx, _update_retold_dated(ctx, fold_release_leads(ctx, kept)))


def _crowd_protest(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """A protest told only by the force used on its crowd (round 52: "Police fired rubber bullets at demonstrators who
    had assembled for a march in X on Saturday", "Riot police fired tear gas at demonstrators in X"; before, only the
    attack on the crowd): where the article tells no protest of its own, the first attack whose sentence tells force
    used on protesters or a crowd (:func:`cues.force_on_protest`) tells their protest too, on its day and at its place,
    with no doer, weapon or toll of the attack's; not force used on a protest its event noun names ("A sit-in was
    violently dispersed on Thursday": a protest that may have begun days before, told elsewhere)."""
    if any(d.type == "protest" for d in kept):
        return kept
    events = event_words(ctx, "protest_objects") - event_words(ctx, "protesters") - {"crowd"}
    for n, d in enumerate(kept):
        force = [t for t in ctx.tokens[d.span[0]:d.span[1]] if force_on_protest(ctx, t)] if d.type == "attack" else []
        named = {x.lemma_.lower() for t in force for c in t.children if c.dep_ in ("dobj", "nsubjpass")
                 for x in (c, *(y for y in c.children if y.dep_ == "compound"))}  # "the sit-in": the tagger's "sit" "in"
        if force:
            if named & events:
                return kept  # the first force on the crowd names its protest: one the article tells by its noun
            protest = replace(d, type="protest", perpetrator=None, alleged=None, weapon=None, killed=None, injured=None)
            return [*kept[:n], protest, *kept[n:]]
    return kept


def _update_retold_dated(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """An update release's event told again on the day a first release's undated account of it took from its lead
    (:func:`release_day`: "... coalition forces conducted the air strike killing one insurgent. ... The security
    force provided immediate medical attention before detaining them" in the Nov. 21 release, then "confirmed the
    capture of an active Taliban leader during an operation in X district Nov. 20"): that event (:func:`retold_release`),
    where the places agree, by the same doer, one unnamed, or a force both releases call by one name ("the security
    force" of "Afghan and coalition security forces" and of "Afghan forces")."""
    out: list[IncidentDraft] = []
    for d in kept:
        same = [o for o in out if o.type == d.type and o.location and _within(d.location, o.location)
                and not (o.dead or d.dead) and not d.another and retold_release(ctx, o, d, _one_force)]
        if same:
            told = same[-1]
            fuller = d.location if d.location and len(d.location) > len(told.location or "") else told.location
            absorb(told, d)
            told.location = fuller  # "Logar" told again as "Baraki Barak district of Logar province"
        else:
            out.append(d)
    return out


def _one_force(a: IncidentDraft, b: IncidentDraft) -> bool:
    """The same doer, or two forces that share a name ("security force" an alias of both)."""
    if same_doer(a, b):
        return True
    x, y = a.perpetrator, b.perpetrator
    names = [{n.lower() for n in (p.name, *p.aliases)} for p in (x, y) if p is not None]
    return len(names) == 2 and bool(names[0] & names[1])


def _uncounted_toll(ctx: Context, d: IncidentDraft) -> bool:
    """The incident's own sentence tells casualties it does not count ("killing the suspected insurgents")."""
    hurt = ctx.rules.killed | ctx.rules.injured
    return d.killed is None and d.injured is None and any(t.lemma_.lower() in hurt for t in ctx.sents[d.sent])


def _own_place(ctx: Context, d: IncidentDraft) -> bool:
    """The incident names a place: its own ("In Kandahar City, a patrol detained two"), or one its sentence
    tags outside a dateline ("In Farah province, forces targeted a leader, detaining several")."""
    sent = ctx.sents[d.sent]
    return _named_place(d.location) or any(
        e.label_ in ("GPE", "LOC") and dateline_end(ctx.doc, e.start) <= e.start for e in ctx.ents_in(sent))


def _one_per_day_and_place(ctx: Context, drafts: list[IncidentDraft],
                           parted: set[tuple[int, int]] | None = None) -> list[IncidentDraft]:
    """One incident per distinct event, an event being its day and place: two incidents of one kind told
    on the same day in the same place by the same named doer (or part of a joint one) are one, told twice
    ("A force captured a commander in X province Saturday. ... Additionally, the force captured two
    facilitators", the operation's day and place handed on; a place named inside the other's; "With the
    capture of the commander yesterday, forces have detained ...", no place of its own). Not when either
    lacks a day or a doer, nor the first a place, nor "a second fire", "another attack" (a place the text
    did not tag may have been handed on), nor two deaths. An update release retelling an earlier release's
    event is that event too (:func:`retold_release`). ``parted``: (operation, lead) pairs, an operation told with a
    place of its own after a lead that sums up several, never folded back into that lead."""
    out: list[IncidentDraft] = []
    for d in drafts:
        same = [o for o in out if o.type == d.type and (id(d), id(o)) not in (parted or ()) and d.date_text and o.location and _within(d.location, o.location)
                and not (o.dead or d.dead) and not d.another and (
                    (day_key(o.date_text) == day_key(d.date_text) and same_doer(o, d)) or retold_release(ctx, o, d))]
        if not same and not ctx.release_datelines:
            same = [o for o in out if _same_day_retold(ctx, o, d) and (id(d), id(o)) not in (parted or ())]
        if same:
            absorb(same[-1], d)
        else:
            out.append(d)
    return out


def _same_day_retold(ctx: Context, told: IncidentDraft, d: IncidentDraft) -> bool:
    """An article's event told again later on the same day, where the places agree (LABELLING: one incident per
    distinct event, its day and place): "40 people were detained on Wednesday ... X was among the 40 individuals
    arrested Wednesday", "murdered the teenager on November 23, 2011 ... was likely murdered ... on November 23,
    2011". The same type, each told in a sentence of
    its own, a day each (not a month or a year), the same once resolved against the publication day; no two doers
    named apart, no two deaths (two people may die on one day), not "another"; an `other` event (accidents, court
    acts, disasters) told by the same event word or with "the"."""
    if told.type != d.type or told.sent == d.sent or d.another or told.dead or d.dead or not _places_agree(told, d):
        return False
    if told.perpetrator is not None and d.perpetrator is not None and not same_doer(told, d):
        return False
    if told.type == "strike" and None not in (means := {_strike_means(ctx, told), _strike_means(ctx, d)}) and len(means) == 2:
        return False  # "warplanes dropped two bombs on X Saturday ... troops joined the fighting Saturday, firing artillery"
    if told.type == "other" and not (told.words & d.words or d.definite):
        return False  # "A fire yesterday destroyed homes ... Yesterday morning also saw an earthquake": two kinds of event
    first, then = (dates.resolve(x.date_text, ctx.published or _SOME_DAY) for x in (told, d))
    if first is None or then is None or first.precision != "day" or then.precision != "day" or first.iso != then.iso:
        return False  # "in 2016", "last month": no one day
    # a page with no publication day: a relative day ("Wednesday") told again word for word
    return ctx.published is not None or day_key(told.date_text) == day_key(d.date_text)


def _strike_means(ctx: Context, d: IncidentDraft) -> str | None:
    """A strike's means, where its weapon is named: artillery (a shell fired from the ground: `artillery_weapons`) or
    another (bombs dropped, an airstrike, missiles); none where no weapon is named."""
    if not d.weapon:
        return None
    words = set(re.findall(r"[a-z]+", d.weapon.lower()))
    return "artillery" if words & event_words(ctx, "artillery_weapons") else "other"


_SOME_DAY = dt.date(2000, 1, 1)  # a reference day for reading whether date words tell one day


def _within(a: str | None, b: str) -> bool:
    """No place, or the same place, or one named inside the other ("Zorak" in "Zorak district")."""
    x, y = (a or b).lower(), b.lower()
    return x in y or y in x


def _background(ctx: Context, d: IncidentDraft) -> bool:
    """An event told in a relative clause that describes someone or something, dated by a year alone, is
    the description's background, not an event of the story: "Typhoon Haiyan, which killed 6,000 people in
    2013", "a researcher who died in a car accident in 2014". Not when the clause tells the sentence's own
    event ("Typhoon Haiyan, which killed 6,000 people in 2013, hit the island") or a court act in its
    sentence is about it ("X, who killed three people in 2014, was sentenced")."""
    if not d.date_text or not re.fullmatch(r"(?:(?:in|early|late|mid-?)\s*)*(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d", d.date_text.strip()):
        return False
    clauses = event_words(ctx, "background_clauses")
    node = ctx.doc[d.cue]
    for _ in range(6):
        if node.dep_ in clauses:
            break
        if node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    if node.tag_ not in ("VBD", "VBN"):
        return False  # "which hits the coast every year": no one past event
    told = node.head
    if told.dep_ in ("nsubj", "nsubjpass") and told.head.lemma_.lower() in d.words:
        return False  # "Typhoon Haiyan, which killed 6,000 people in 2013, hit the island": the clause tells the event
    sent = ctx.sents[d.sent]
    return not any(court_act(ctx, t, "other", "court_verbs") for t in sent)


def _recalled(ctx: Context, d: IncidentDraft) -> bool:
    """An event told with "previously" or "formerly" on its verb is recalled background, not the news ("X was
    previously arrested in California", "The Supreme Court has previously ruled that ...", "The leader was detained
    by coalition forces previously and spent a year in custody": ``recalled_adverbs``)."""
    cue = ctx.doc[d.cue]
    verb = cue.head if cue.dep_ == "conj" and cue.head.pos_ == "VERB" else cue
    return cue.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in event_words(ctx, "recalled_adverbs")
                                      for v in (cue, verb) for c in v.children)


def _example(ctx: Context, d: IncidentDraft) -> bool:
    """An event told as an example, "for example" or "for instance" on its verb or one it hangs from, illustrates a
    point, not the news: "In February, for instance, three journalists were arrested for publishing a photo", "The
    police, for example, detained bloggers" (``example_nouns``)."""
    nouns = event_words(ctx, "example_nouns")
    node = ctx.doc[d.cue]
    for _ in range(6):
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and o.lower_ in nouns for o in c.children)
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _history(ctx: Context, found: list[IncidentDraft]) -> set[int]:
    """The ids of the incidents told as history: dated to a year two or more before the article's own
    (:func:`selection.article_year`: its dateline, or the latest past year it names), as in "In 1998, X was
    impeached", "Back in 2018, a student was killed by a mob", "he received a prison sentence in 2016" (LABELLING:
    background incidents, dated clearly before the news events). Not one told in a sentence that also tells an
    incident not so dated: "X was sentenced on Monday for the 2016 bombing" (the crime the news is about).
    Nor a crime or attack in an article that reports an arrest or a court act not so dated: the crime a suspect
    is arrested, charged or tried for is what the news is about ("Y was shot dead in March 2016" after "X was
    convicted on Friday"); an old arrest, court act or protest stays history ("he received a prison sentence in 2016",
    "Back in 2008 mass protests broke out": no crime anyone is tried for).
    Decided on each incident's own date, before the merge hands dates on; the article's year found once. An undated
    one takes the years its sentence names outside an event's own name (:func:`_sentence_years`: "Johnson was
    impeached over violations of the Tenure of Office Act of 1867, which the Supreme Court later ruled ..."). An
    arrest or a court act counts as the article's news only where it is an incident of its own (anchored: "Some of
    these activities have resulted in his arrest" is none)."""
    years = {id(d): [int(y) for y in YEAR.findall(d.date_text)] if d.date_text else (
        _sentence_years(ctx, d) + _phrase_years(ctx, d) or _frame_years(ctx, d)) for d in found}
    if not any(years.values()) or (now := _now(ctx)) is None:
        return set()
    legal = event_words(ctx, "court_verbs")
    old = {id(d): d for d in found if years[id(d)] and max(years[id(d)]) <= now - 2}
    current = [d for d in found if id(d) not in old]
    sents = {d.sent for d in current}
    tried_in = [d for d in current if d.anchored and (d.type == "arrest" or d.words & legal)]
    on_trial = _trial_told(ctx, now, {d.sent for d in old.values()})
    return {i for i, d in old.items() if d.sent not in sents and (
        not (tried_in or on_trial) or d.type in ("arrest", "protest", "seizure", "deployment") or bool(d.words & legal)
        or (_year_only(d) and not _names_shared(ctx, d, tried_in)))}


def _trial_told(ctx: Context, now: int, crimes: set[int]) -> bool:
    """The article tells a trial going on, a court act though no incident of its own (LABELLING: the attack whose
    trial is reported is not background): someone on trial or standing trial, the trial told to, a jury (`trial_nouns`:
    "The men are on trial accused of an attack on <a day two years back>", "A woman told the trial of four men",
    "Jurors deliberating"); not "a clinical trial of the drug", nor in a sentence that names a year two or more back
    but for the old crime's own (``crimes``: "stood trial in 2015" is an old trial)."""
    words = event_words(ctx, "trial_nouns")
    for n, sent in enumerate(ctx.sents):
        if n not in crimes and any(int(y) <= now - 2 for y in YEAR.findall(sent.text)):
            continue
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in words and (t.lemma_.lower() != "trial" or t.head.lower_ == "on" or (
                t.dep_ == "dobj" and t.head.lemma_.lower() in ("stand", "tell"))) for t in sent):
            return True
    return False


def _year_only(d: IncidentDraft) -> bool:
    """An incident dated by a bare year or none ("In 2008, for example, several young Georgians were attacked", "Back in
    2018, a student was killed by a mob"): recalled history, even in an article that reports an arrest or a court act,
    unless the court act names someone it names (:func:`_names_shared`); the crime a suspect is tried for is told
    with its month or day ("Y was shot dead in March 2016") or with its doer ("Beginning in 2010, X murdered ...")."""
    return not d.date_text or bool(re.fullmatch(r"(?:(?:back|in|early|late|mid-?)\s*)*(?:19|20)\d\d", d.date_text.strip(), re.IGNORECASE))


def _names_shared(ctx: Context, d: IncidentDraft, others: list[IncidentDraft]) -> bool:
    """The incident's sentence names someone (a proper noun, not a place, a nationality or a date) that an arrest's or
    a court act's sentence names too ("X pleaded guilty ... Beginning in 2010, X murdered gay men")."""
    def names(n: int) -> set[str]:
        return {t.text for t in ctx.sents[n] if t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "FAC")}
    own = names(d.sent)
    return any(own & names(o.sent) for o in others)


def _now(ctx: Context) -> int | None:
    """The article's own year: the latest past or present year it names (:func:`selection.article_year`), or its
    publication year when that is later (a blog post of 2012 whose text names 2010 at the latest: "This story began
    in August 2010 when X was arrested")."""
    named, published = article_year(ctx), ctx.published.year if ctx.published else None
    return max((y for y in (named, published) if y is not None), default=None)


def _sentence_years(ctx: Context, d: IncidentDraft) -> list[int]:
    """The years an undated incident's sentence names as a time of their own, after a preposition or in brackets
    ("the Tenure of Office Act of 1867", "the period known as Prohibition (1919–33)"); not a year that modifies a
    noun ("the 2016 presidential election", "2012 presidential candidate") nor one that dates an event word
    ("a bombing in 2016": that event's year only)."""
    return [int(y) for t in ctx.sents[d.sent] if t.dep_ in ("pobj", "appos") and not any(
        cue_type(ctx, h) for h in (t.head, t.head.head)) for y in YEAR.findall(t.text)]


def _frame_years(ctx: Context, d: IncidentDraft) -> list[int]:
    """The year an undated incident's paragraph has set as its time, in a sentence before it with no other date between
    ("In 2007, Morozov did something even crazier than usual. ... He was sentenced to three years in prison"): the
    first sentence back, within four, that names a year as the time of its main verb ("In 2007, ..."); none when its own
    sentence or one between names any other date ("on Monday", "last week", "on May 9")."""
    if any(_A_TIME.search(e.text) for e in ctx.ents_in(ctx.sents[d.sent]) if e.label_ in ("DATE", "TIME")):
        return []
    for k in range(d.sent - 1, max(d.sent - 5, -1), -1):
        if _paragraph_break(ctx, k):
            return []  # another paragraph
        sent = ctx.sents[k]
        years = [int(y) for t in sent if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.dep_ == "ROOT"
                 for y in YEAR.findall(t.text)]
        if years:
            return years
        if any(_A_TIME.search(e.text) for e in ctx.ents_in(sent) if e.label_ in ("DATE", "TIME")):
            return []
    return []


def _paragraph_break(ctx: Context, k: int) -> bool:
    """A line break between sentence ``k`` and the next, wherever the parser put its whitespace token."""
    words = [t for t in ctx.tokens[ctx.sents[k].start:ctx.sents[k].end] if not t.is_space]
    after = [t for t in ctx.tokens[ctx.sents[k + 1].start:ctx.sents[k + 1].end] if not t.is_space]
    start = words[-1].idx + len(words[-1].text) if words else ctx.sents[k].start_char
    return "\n" in ctx.text[start:after[0].idx if after else ctx.sents[k + 1].end_char]


# a date that places an event in time (not a span, "three years in prison"): a day, a month, a year or a relative day
_A_TIME = re.compile(r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
                     r"yesterday|today|tonight|last|this|ago|earlier|recently|(?:19|20)\d\d)")


def _phrase_years(ctx: Context, d: IncidentDraft) -> list[int]:
    """The year of an event noun an undated incident's verb is told in ("seized control of Anjouan in a 2001 military
    coup", "was jailed during a 2009 crackdown"): the noun's year modifier times the verb's event too."""
    cue = ctx.doc[d.cue]
    return [int(y) for p in cue.children if p.dep_ == "prep" and p.lower_ in ("in", "during") for o in p.children
            if o.dep_ == "pobj" for m in o.children if m.dep_ in ("nummod", "compound", "amod") for y in YEAR.findall(m.text)]


def _arrest_in_operation(ctx: Context, op: IncidentDraft, d: IncidentDraft, before: list[IncidentDraft]) -> bool:
    """An arrest told in the two sentences after an operation or a raid, with no other day, is what the
    operation did ("launched further raids early Monday in east London. A number of people had been
    detained"): one arrest. So is one told up to four sentences after it, past the sentences that describe
    its target ("A force conducted an operation to capture a Taliban leader today. The leader is
    responsible for ... The security force detained several suspected insurgents"), unless an arrest
    there told before the operation is the one it retells ("... detained two suspected insurgents during
    separate operations. During the first operation ... The security force detained one individual")."""
    gap = d.sent - op.last_sent
    return (d.type == "arrest" and op.type == "other" and bool(op.words & event_words(ctx, "operation_words"))
            and (0 < gap <= 2 or (2 < gap <= 4 and not any(o.type == "arrest" and _places_agree(o, d) for o in before)))
            and (not d.date_text or not op.date_text or _same_day(op.date_text, d.date_text))
            and _places_agree(op, d))


def _killed_in_arrest(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The arrest or seizure a casualty-only killing is told within three sentences after, in a sentence
    naming a force, of someone not of a force, where the release told no fighting before ("A suspected insurgent
    aimed his weapon at a security force member. The security force member defended himself, killing the
    insurgent", "An armed individual ran from the compound and later fired on the security force. He was engaged
    and killed"): an arrest or a seizure kills no one, so the killing is not its toll but an incident of its own
    (LABELLING: a force's killing is an `other` incident), on the operation's day."""
    last = out[-1]
    if last.type not in ("arrest", "seizure") or d.sent - last.last_sent > 3 or not d.words & ctx.rules.killed:
        return None
    if any(o.type in ("other", "attack", "strike") and release_of_same(ctx, o, d) for o in out):
        return None  # fighting told already: whether this retells it or is another is unclear
    cue = ctx.doc[d.cue]
    victims = [c for v in (cue, cue.head if cue.dep_ == "conj" else cue) for c in v.children
               if c.dep_ in ("dobj", "nsubjpass")]
    sents = [ctx.sents[n] for n in (d.sent - 1, d.sent) if n >= 0]
    if not victims or not any(force_named(ctx, s) for s in sents):
        return None
    # the one killed is an insurgent or told by a pronoun ("killing the insurgent", "He was engaged and killed");
    # not "an Afghan soldier was killed" (the insurgents' attack, told as the operation's toll), "a protester died"
    hostile, fire = event_words(ctx, "hostile_words"), event_words(ctx, "force_fire_words")
    if not any(t.lemma_.lower() in fire for t in ctx.sents[d.sent]):
        return None  # "was killed when his explosives detonated": no force's fire
    return last if all(v.lemma_.lower() in hostile or v.tag_ == "PRP" for v in victims) else None


def _killed_in_response(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The insurgents' attack a casualty-only killing is told right after, in a sentence where a force fires back
    and kills the attackers ("During the operation, a group of insurgents attacked the security force. The force
    engaged the insurgents killing three of the attackers", "a group of insurgents attacked them. The security force
    returned fire killing several insurgents"): the toll is the force's response, an incident of its own (LABELLING:
    a force's killing is an `other` incident), on the attack's day, not the attack's toll."""
    last = out[-1]
    if last.type != "attack" or d.sent - last.last_sent > 1 or not d.words & ctx.rules.killed:
        return None
    hostile, fire = event_words(ctx, "hostile_words"), event_words(ctx, "force_fire_words")
    if not any(x.lemma_.lower() in hostile for c in ctx.sents[last.sent] if c.dep_ in ("nsubj", "agent") for x in c.subtree):
        return None  # "a roadside bomb attack killed": no attackers told as the ones who fired
    sent = ctx.sents[d.sent]
    if not force_named(ctx, sent) or not any(t.lemma_.lower() in fire for t in sent):
        return None
    cue = ctx.doc[d.cue]
    victims = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    victims += [g for v in victims for p in v.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return last if any(v.lemma_.lower() in hostile for v in victims) else None


def _repeated(ctx: Context, out: list[IncidentDraft], d: IncidentDraft, found: list[IncidentDraft]) -> IncidentDraft | None:
    """The incident of the same type told by an earlier sentence with the very same words (spacing and case aside):
    an update release repeating its first release ("He was also involved in a recent IED strike against two
    vehicles." in both), or an article repeating its lead; the words tell the same event again."""
    words = " ".join(ctx.sents[d.sent].text.lower().split())
    same = [o for o in out if o.type == d.type and o.sent != d.sent and " ".join(ctx.sents[o.sent].text.lower().split()) == words]
    if not same and not d.date_text and not d.another:
        same = _update_retold(ctx, out, d, found)
    return same[-1] if same else None


def _update_retold(ctx: Context, out: list[IncidentDraft], d: IncidentDraft, found: list[IncidentDraft]) -> list[IncidentDraft]:
    """The incident an earlier release's sentence told, where ``d``'s sentence, in a later release, repeats it word
    for word up to the event word (:func:`_opening`, five words or more): the incident that sentence's draft went to."""
    opening = _opening(ctx, d)
    if len(opening) < _OPENING_WORDS:
        return []
    told = [f for f in found if f.sent < d.sent and f.type == d.type and not release_of_same(ctx, f, d) and _opening(ctx, f) == opening]
    return [o for o in out if told and o.type == d.type and o.sent <= told[-1].sent <= o.last_sent]


_OPENING_WORDS = 5  # the fewest words an update's sentence must repeat up to its event word to retell one


def _opening(ctx: Context, d: IncidentDraft) -> list[str]:
    """The words of the incident's sentence up to its event word, case, punctuation and articles aside: an update
    release retelling its first release's account in the same words up to the event, naming more of it ("After
    initial questioning at the scene, the security force detained the suspected insurgents." ... "After initial
    questioning at the scene, the security force detained the commander and two of his associates.")."""
    sent = ctx.sents[d.sent]
    words = re.findall(r"[a-z0-9]+", ctx.doc[sent.start:d.cue + 1].text.lower())
    return [w for w in words if w not in ("a", "an", "the")]


def _retold_killing(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The killing an undated one tells again by the same toll in a later sentence of the same release, where the
    places agree ("During the course of the operation, four insurgents were also killed. ... Afghan and coalition
    forces returned fire, killing four insurgents", "killed two insurgents ... The airstrike killed two armed
    insurgents"); not "another" one, nor an arrest or a seizure told with a toll."""
    kill, killings = ctx.rules.killed, ("attack", "strike", "other")
    if not d.killed or d.another or not d.words & kill or d.type not in killings:
        return None  # an arrest told with the toll ("18 insurgents killed and two taken into custody") is an arrest
    same = [o for o in out if o.killed == d.killed and o.type in killings and o.words & kill and o.sent < d.sent and not o.another
            and d.sent - o.last_sent <= 6 and _places_agree(o, d) and release_of_same(ctx, o, d)]
    return same[-1] if same else None


def _operation_of(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> int | None:
    """The index in ``out`` of the operation whose arrest ``d`` tells (:func:`_arrest_in_operation`; not an
    operation that killed): the incident told last, or one told before only seizures and attacks told since
    ("conducted an operation in search of a leader. The leader is involved in a recent car bomb attack. The
    security force detained multiple suspected insurgents during the operation", "... found a cache. Two suspects
    were detained"): what was found or fought in the operation does not make its arrest another."""
    for k in range(len(out) - 1, -1, -1):
        o = out[k]
        if _arrest_in_operation(ctx, o, d, out[:k]):
            # an operation that killed stands beside its arrest; "the operation" told again with no slot of its
            # own is not the one the arrest tells, the arrest told with it is ("detained several suspects during
            # an operation yesterday. The force was conducting the operation to capture X. Several were detained")
            return None if o.words & ctx.rules.killed or not o.anchored else k
        if o.type not in _TOLD_BETWEEN and not o.response:
            return None
    return None


_TOLD_BETWEEN = ("seizure", "attack", "strike")


def _detainee_told(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The arrest an undated one retells by naming its detainee again with "the" ("A force captured a Taliban
    facilitator and several associates in Zabul province yesterday. ... The facilitator was captured at his
    compound in Qalat district"): the arrest, told in the sentences before (up to twelve, in the same release),
    whose sentence names one by that noun, not with "the". A press release tells its lead's arrest again in
    detail, often at a place within the one the lead names (a district of its province)."""
    if d.type != "arrest":
        return None
    cue = ctx.doc[d.cue]
    taken = next((c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if taken is None or taken.pos_ != "NOUN" or not definite(taken):
        return None
    lemma = taken.lemma_.lower()
    for o in reversed(out):
        if d.sent - o.sent > 12 or not release_of_same(ctx, o, d):
            return None
        if o.type == "arrest" and any(t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN") and not definite(t)
                for t in ctx.sents[o.sent]):
            return o
    return None


def _verdicts(ctx: Context, a: IncidentDraft, b: IncidentDraft) -> bool:
    """Both tell a verdict ("a court has convicted a friend of X", "X was found guilty"): retold, one."""
    words = event_words(ctx, "verdict_cues")
    return bool(a.words & words and b.words & words)


def _court_acts(ctx: Context) -> frozenset[str]:
    return event_words(ctx, "court_verbs") | event_words(ctx, "judicial_acts")


def _court_of(ctx: Context, d: IncidentDraft) -> bool:
    """A court's or a prosecutor's act: a court word among its cues, or a court as its doer."""
    heads = event_words(ctx, "judicial_heads")
    return d.type == "other" and (bool(d.words & _court_acts(ctx)) or (d.perpetrator is not None and any(
        w.lower() in heads for w in d.perpetrator.name.split())))


def _court_retold(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """A court act told again undated (LABELLING: one incident per event): the ruling of the same named
    court ("the Supreme Court of the United Kingdom issued a ruling ... The Supreme Court ruled on the
    appeal"), one whose court is "the Court" with no name of its own ("the sentence of the Supreme Court
    of Cassation on July 8 ... The case on which the Court has ruled"), or the same act of the same person
    ("X was formally charged on Friday ... X was charged in connection with a shooting spree"; also by the same
    act word any number of sentences on, the name tagged or not, "Akong was sentenced to 20 years ... Akong was
    sentenced to 20 years in prison, 5 years for each SMS", and a personal pronoun for the one the act told in
    the three sentences before was done to, "On May 11 X was sentenced to 11 years ... He was sentenced to 11
    years on charges of ...", or its outcome told definite as its object, "Judge X clarified the verdict", the last
    verdict or sentence told): the one told. Not one with a date or "also", nor another court's ("The Court of
    Session ruled")."""
    cue = ctx.doc[d.cue]
    outcome = any(c.dep_ == "dobj" and c.lemma_.lower() in event_words(ctx, "court_outcomes") and definite(c) for c in cue.children)
    if not (_court_of(ctx, d) or (outcome and d.type == "other")) or d.another:
        return None
    heads = event_words(ctx, "judicial_heads")
    verdicts = event_words(ctx, "verdict_cues") | event_words(ctx, "verdict_verbs")
    the_court = d.perpetrator is None and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in heads and definite(c) and not any(
            g.dep_ in ("compound", "amod") for g in c.children) for c in cue.children)
    taken = [c for c in cue.children if c.dep_ in ("nsubjpass", "dobj")]
    patients = {x.text for c in taken for x in c.subtree if x.ent_type_ == "PERSON"}
    names = {x.text for c in taken for x in c.subtree if x.pos_ == "PROPN" and x.text[:1].isupper()} | patients
    pronoun = any(c.lower_ in _PERSONAL for c in taken)
    for o in reversed(out):
        if not _court_of(ctx, o):
            continue
        if d.perpetrator is not None and o.perpetrator is not None and d.perpetrator.name == o.perpetrator.name and any(
                w.lower() in heads for w in d.perpetrator.name.split()):
            return o  # the same court
        if the_court and (o.perpetrator is None or any(w.lower() in heads for w in o.perpetrator.name.split())):
            return o  # "the Court": the court told last
        if patients and o.words & d.words & _court_acts(ctx) and d.sent - o.sent <= 6 and any(
                p in ctx.sents[o.sent].text for p in patients):
            return o  # the same act of the same person
        if o.words & d.words & _court_acts(ctx) and ((names and any(re.search(rf"\b{re.escape(p)}\b", ctx.sents[o.sent].text)
                                                              for p in names)) or (pronoun and d.sent - o.sent <= 3)):
            return o  # the same act, its one named again or told by a pronoun
        if outcome and o.words & verdicts:
            return o  # "Judge X clarified the verdict": the verdict or sentence told last
    return None


_PERSONAL = ("he", "she", "him", "her")  # a pronoun for the one a court act told just before was done to


def _unnamed_detained(ctx: Context, d: IncidentDraft) -> bool:
    """An arrest of people the text does not name ("The suspect was detained based on initial questioning",
    "detained two suspected insurgents"): up to ten sentences after the arrest told, it is that one (not
    "Viktar Babaryka, who was arrested", someone else)."""
    cue = ctx.doc[d.cue]
    taken = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    return d.type == "arrest" and bool(taken) and all(c.pos_ == "NOUN" for c in taken) and not any(
        x.ent_type_ == "PERSON" for c in taken for x in c.subtree)  # not "Siarhei, who was arrested in May"


def _more_taken(d: IncidentDraft) -> bool:
    """More people detained or things seized, told undated with "also" ("Two additional suspected insurgents
    were also detained"): the same arrest or seizure, where the places agree; not "another" or "a second"."""
    return d.type in ("arrest", "seizure") and not d.another


def _retold_strike(d: IncidentDraft) -> bool:
    """A strike told again with "a", no date and no named place of its own ("Coalition forces conducted a
    precision air strike in X yesterday. After careful planning, coalition aircraft conducted a precision air
    strike on the compound."): the one told; not "another strike", "a second strike"."""
    return d.type == "strike" and not d.another and not _named_place(d.location)


def _force_killings(ctx: Context, a: IncidentDraft, b: IncidentDraft) -> bool:
    """Both tell a killing by a force ("the force killed one insurgent and detained two ... they killed an
    armed insurgent"): an operation's killing retold, one."""
    kill, forces = ctx.rules.killed, (ActorKind.military, ActorKind.government)
    if b.words & kill and a.anchored and a.words & event_words(ctx, "operation_words") and all(
            d.perpetrator is not None and d.perpetrator.kind in forces for d in (a, b)):
        return True  # "a force conducted an operation in search of a leader ... the force returned fire, killing him"
    return all(d.words & kill and (d.perpetrator is None or d.perpetrator.kind in forces) for d in (a, b)) and any(
        d.perpetrator is not None for d in (a, b))  # "Two insurgents were killed during an operation ... forces killed the two"


def _operation_retold(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> list[IncidentDraft]:
    """The incidents an operation told again by itself ("The security force conducted the operation in Kandahar
    without firing their weapons": its only cue the definite operation noun) may retell: those told with that
    word ("detaining numerous suspected insurgents during a security operation"), when none of its type or
    place is told. Not a seizure or an arrest "during the operation" (their own incidents)."""
    words = event_words(ctx, "operation_words")
    if d.type != "other" or not d.words or not d.words <= words:
        return []
    return [o for o in out if o.words & d.words]


def _attack_retold(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> list[IncidentDraft]:
    """The attack or strike a definite attack noun told again under another type may retell ("deny the reports that
    147 civilians had been killed in the raid" after "used white phosphorus bombs in an attack ... on May 4", an
    `other` killing; "the bombing" after "F-16s bombed a convoy", a strike), when none of its type or place is told:
    the last attack or strike whose place agrees (``attack_retellings``; "the operation" is :func:`_operation_retold`'s)."""
    if d.type not in ("attack", "strike", "other"):
        return []  # not "Following the attack, forces confiscated a truck": a seizure of its own
    words, dets = event_words(ctx, "attack_retellings"), event_words(ctx, "anaphoric_dets")
    if not any(t.lemma_.lower() in words and any(c.dep_ == "det" and c.lower_ in dets for c in t.children)
               for t in ctx.doc[d.span[0]:d.span[1]]):
        return []  # "During the operation, ... called for a precision airstrike": the attack noun itself is new
    return [o for o in out if o.type in ("attack", "strike") and _places_agree(o, d)][-1:]


def _retold_accident(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The accident or disaster an undated one retells by the same event word ("the crash", "the
    plane crashed" after the crash told with its date), where the places do not differ; a definite one
    with a date ("the fire started on Monday") retells one told undated or on that same day. "The accident"
    (``generic_accident_words``) retells the last one of its type told by any word ("A storm caused a crane to
    fall into the mosque, killing 107 ... The accident, which occurred yesterday afternoon")."""
    words = d.words & event_words(ctx, "accident_words")
    if not words or (d.date_text and not d.definite):
        return None
    cue = ctx.doc[d.cue]
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(
            (g.dep_ == "det" and g.lower_ in ("a", "an", "another")) or (g.dep_ == "amod" and g.lower_ in event_words(ctx, "ordinals"))
            for g in c.children) for c in cue.children):
        return None  # "another bus crashed", "a second plane crashed": a new one
    generic = d.definite and bool(words & event_words(ctx, "generic_accident_words"))  # "the accident": any one told
    same = [o for o in out if o.type == d.type and (o.words & words or generic) and _places_agree(o, d) and (
        not d.date_text or not o.date_text or _same_day(o.date_text, d.date_text))]
    return same[-1] if same else None


def _same_day(a: str, b: str) -> bool:
    """Two date texts name the same day ("Tuesday", "Tuesday evening")."""
    da, db = slots.date_words(a), slots.date_words(b)
    return bool(da and db and da.lower() == db.lower())


def _same_name(a: str, b: str) -> bool:
    """Two names share a capitalised word ("Kay Hagan", "Hagan")."""
    return bool(set(re.findall(r"\b[A-Z][\w'-]{2,}", a)) & set(re.findall(r"\b[A-Z][\w'-]{2,}", b)))


def _same_toll(told: IncidentDraft, d: IncidentDraft) -> bool:
    """The casualties of ``d`` are the toll already told for ``told``: every count it gives is the same."""
    counts = [(getattr(d, a), getattr(told, a)) for a in ("killed", "injured") if getattr(d, a) is not None]
    return bool(counts) and all(x == y for x, y in counts)


def _inherit_places(ctx: Context, drafts: list[IncidentDraft]) -> None:
    """An incident told with no place of its own happened where the article's events are: a place
    named in its own sentence, else the place of the incident told before it ("Police said 71 people
    were arrested" after a clash in Belgrade). Not the first place of the lead: too weak a link."""
    previous = None
    for d in drafts:
        sent = ctx.sents[d.place_sent]
        # a place named in a clause on a date ("on Friday, which became the talk of Weibo") is not the events'
        # nor the release dateline glued to a lead ("For Immediate Release KABUL, Afghanistan (July 30, 2011) – A
        # force detained ..."): where the release was issued
        places = [e for e in ctx.ents_in(sent) if e.label_ == "GPE" and not slots.under_dated_clause(e.root)
                  and not (e.root.dep_ == "pobj" and slots.origin_prep(ctx, e.root.head))  # "died from COVID-19"
                  and not ctx.in_release_dateline(e.root) and not _group_name(ctx, e)
                  and not places_mod.named_as_no_place(ctx, e)]  # "the film Persepolis", "Orlando Zapata Tamayo"
        bare = d.location is not None and not _named_place(d.location)
        if d.location is None or bare:
            # a bare place ("a hospital", "an escape room") says less than its sentence's town
            # (for a bare place, not a dateline's city, "KABUL, Afghanistan (Jan. 12) —": where the release was issued)
            # nor, for an attack or a strike, a country told as acting ("the United States used white phosphorus bombs in
            # an attack"): the state that struck, often abroad (a warrant or an arrest it made is done at home)
            own = next((_address_at(ctx, e) for e in places if not ctx.in_quote(e.start_char) and not slots.country_as_actor(ctx, e.root)
                        and not (d.type in ("attack", "strike") and slots.acting_country(ctx, e.root))
                        and not (bare and dateline_end(ctx.doc, e.start) > e.start)), None)
            d.location = own or d.location or previous
        if bare:
            continue  # a town taken for a bare place is not handed on: the events' place stays the one told
        # what later incidents take is the town or country, not "the neighborhood of Strickland Street";
        # an address of places ("Watahpur district, Kunar province") whole
        previous = (d.location if _address(ctx, d.location, places) else None) or next(
            (e.text for e in reversed(places) if e.text in (d.location or "")), None) or previous


def _address_at(ctx: Context, ent: Span) -> str:
    """A place name the tagger tagged, with the address's head right after it and the address's next part ("Gelan" of
    "in Gelan district, Ghazni province": "Gelan district, Ghazni province"; :func:`slots.address_part_after`)."""
    heads = ctx.rules.words("actors", "address_heads")
    end = ent.end + 1 if ent.end < len(ctx.doc) and ctx.doc[ent.end].lower_ in heads and ent[-1].lower_ not in heads else ent.end
    if end > ent.end or ent[-1].lower_ in heads:
        return ctx.text_of(ent.start, slots.address_part_after(ctx, end))
    return ctx.text_of(ent.start, _country_after(ctx, ent))


def _country_after(ctx: Context, ent: Span) -> int:
    """The end of a town's name widened over the place the parser hangs on it in apposition after a comma ("held a
    rally in Minsk, Belarus": "Minsk, Belarus"), a place the tagger tags: the address whole, as a place phrase of the
    event's own words reads it (:func:`slots.location`)."""
    doc = ctx.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return ent.end
    nxt = next((e for e in ctx.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
    if nxt is None or nxt.root.dep_ != "appos" or nxt.root.head.i != ent.root.i:
        return ent.end
    return nxt.end


def _group_name(ctx: Context, ent: Span) -> bool:
    """A name the tagger took for a place that is an armed group's (``actors.yaml`` ``org_kinds``: "searching for
    a Haqqani facilitator", "a Taliban leader"): a side, not where the events are."""
    return any(kind == "armed_group" and pattern.search(ent.text) for kind, pattern in ctx.rules.org_keywords)


def _address(ctx: Context, location: str | None, places: list[Span]) -> bool:
    """A place told as an address of two or more places, each a name the sentence tags as a place
    ("Watahpur district, Kunar province", "Houston, Texas")."""
    parts = [p.strip() for p in (location or "").split(",")]
    heads = ctx.rules.words("actors", "address_heads")
    names = {e.text for e in places}
    return len(parts) >= 2 and all(p in names or (p.split()[-1].lower() in heads and (
        p.rsplit(" ", 1)[0] in names or _untagged_name(p.rsplit(" ", 1)[0]))) for p in parts)


def _untagged_name(words: str) -> bool:
    """A run of capitalised words the tagger may have left untagged before an address's head ("Nahr-e Saraj" of
    "Nahr-e Saraj district, Helmand province"; a joined part in lower case, "-e", "wa", may stand between)."""
    parts = words.split()
    return bool(parts) and len(parts) <= 4 and parts[0][:1].isupper() and parts[-1][:1].isupper()


def _named_place(location: str | None) -> bool:
    """Whether a place holds a name ("Gardez district", "the compound in Kabul"), not only common
    words ("a hospital", "an escape room", "the compound")."""
    return bool(re.search(r"\b[A-Z]", location or ""))


def _landmark_of_town(ctx: Context, told: IncidentDraft, d: IncidentDraft) -> bool:
    """An event told again in the very next sentence where one place is a town or country the text tags and the other
    a landmark, a street or a building it does not ("marched in London on Saturday ... Protesters ... marched from
    Hyde Park Corner to Parliament"): the landmark is in the town, one place."""
    if d.sent - told.last_sent > 1 or not told.location or not d.location:
        return False
    return _town_named(ctx, told) != _town_named(ctx, d)


def _town_named(ctx: Context, d: IncidentDraft) -> bool:
    """The incident's place holds a name its sentence tags as a town or a country (GPE)."""
    return any(e.label_ == "GPE" and e.text in (d.location or "") for e in ctx.ents_in(ctx.sents[d.place_sent]))


def _places_agree(a: IncidentDraft, b: IncidentDraft) -> bool:
    """Two places do not name different places: either names none, or they share a name."""
    na, nb = _place_names(a), _place_names(b)
    return not na or not nb or bool(na & nb)


def _place_names(d: IncidentDraft) -> set[str]:
    """The capitalised words of an incident's place ("Nad Ali district, Helmand province": Nad, Ali, Helmand)."""
    return set(re.findall(r"\b[A-Z][a-z]{2,}", d.location or ""))


