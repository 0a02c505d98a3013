"""Incidents, step 3: drafts told again merged ("the attack", the same kind of event with no new date or marker),
release days and places handed on, history and background set apart.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from summarizer import dates
from summarizer.article import RELEASE_NUMBER
from summarizer.offline import slots
from summarizer.offline.doc import ActorDraft, Context, dateline_end, definite
from summarizer.offline.incidents.cues import air_unit_act, cue_type, event_words, force_named
from summarizer.offline.incidents.drafts import IncidentDraft, court_act
from summarizer.offline.selection import article_year
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token


def merge_incidents(ctx: Context, found: list[IncidentDraft]) -> list[IncidentDraft]:
    out: list[IncidentDraft] = []
    summaries = {d.sent for d in found if _summary_lead(ctx, d)}
    split_from: list[tuple[IncidentDraft, IncidentDraft]] = []
    history = _history(ctx, found)
    for d in found:
        target = None
        if d.toll_only:
            if out and d.sent - out[-1].last_sent <= 2 and out[-1].words & event_words(ctx, "accident_words"):
                _absorb(out[-1], d)  # "A hotel caught fire. At least seventeen people died.": the fire's toll
            continue
        # casualties told within three sentences of the incident's last mention are its own
        if out and d.casualty_only and not d.date_text and (op := _killed_in_arrest(ctx, out, d) or _killed_in_response(ctx, out, d)) is not None:
            if op.type == "attack":  # the attack the force answered happened; the answer parts no operation from its arrest
                op.anchored = d.response = True
            # a killing told after an arrest or a seizure, which kill no one: the operation's killing, an incident
            d.type, d.casualty_only, d.anchored, d.date_text = "other", False, True, op.date_text
        elif out and d.casualty_only and not d.date_text and d.sent - out[-1].last_sent <= 3:
            target = out[-1]
        elif d.casualty_only and not d.date_text and (same_toll := [o for o in out if _same_toll(o, d)]):
            target = same_toll[-1]  # "Two women and a man were injured" again, paragraphs after the attack that injured three
        elif d.dead and not d.date_text and out and out[-1].words & event_words(ctx, "accident_words") and (
                d.sent - out[-1].last_sent <= 2 and _places_agree(out[-1], d)):
            target = out[-1]  # "A fire broke out yesterday at the hall. A rescued woman died at the scene.": its toll
        elif d.dead and (same_dead := [o for o in out if o.dead and (_same_name(o.dead, d.dead) or d.dead.lower() in ("he", "she"))]):
            target = same_dead[-1]  # "Kay Hagan died ... Hagan died from Powassan virus", "... he died at home": one death told twice
        elif out:
            last = out[-1]
            same_sent = last.sent == d.sent
            # one event described over consecutive sentences, or referred back to
            if same_sent and not d.new and not d.separate and (d.date_text is None or d.date_text == last.date_text):
                target = last
            elif d.told_before and (same_day := [o for o in out if o.type == d.type and _day(o.date_text) == _day(d.date_text)]):
                target = same_day[-1]  # "Saturday's attack" after the attack told as on Saturday
            elif (k := _operation_of(ctx, out, d)) is not None:
                # "Officers launched raids early Monday. A number of people were detained.": the arrest
                # stands, with the operation's day and place (an operation that killed stands too, below)
                if k < len(out) - 1:
                    d.place_sent = out[k].sent  # told before what it found or fought: the operation's sentence names the place
                out[k], target, d = d, d, out[k]
            elif not d.new and (retold := _retold_accident(ctx, out, d)):
                target = retold  # "It crashed in a desert area" after the plane that crashed on Saturday
            elif d.definite and not d.date_text and not d.another:
                words = set(re.findall(r"[a-z]{4,}", (d.location or "").lower()))
                by_place = [o for o in out if words and words & set(re.findall(r"[a-z]{4,}", (o.location or "").lower()))]
                same_type = [o for o in out if o.type == d.type]
                # the same kind of event in that place, or in no other place, first ("the airstrike at Baghdad
                # airport" after the airstrike told with no place, not the attack on the embassy in Baghdad)
                ranked = ([o for o in by_place if o.type == d.type] or [o for o in same_type if _places_agree(o, d)]
                          or by_place or same_type or _operation_retold(ctx, out, d))
                target = ranked[-1] if ranked else None
            elif not d.date_text and not d.new and (court := _court_retold(ctx, out, d)) is not None:
                target = court  # "The Supreme Court ruled on the appeal" after the ruling told with its day
            elif not d.date_text and (not d.new or _retold_strike(d) or _more_taken(d)) and (same := [o for o in out if o.type == d.type and (
                    d.type != "other" or _verdicts(ctx, o, d) or _force_killings(ctx, o, d)) and d.sent - o.sent <= (10 if _unnamed_detained(ctx, d) else 6)
                    and _places_agree(o, d)]):
                target = same[-1]  # the same kind of event retold without a date or a new marker
                if target.sent in summaries and d.sent != target.sent and _own_place(ctx, d):
                    split_from.append((d, target))  # one of the operations a lead sums up, told with its own place
                    target = None
            elif not d.date_text and not d.another and (told := _detainee_told(ctx, out, d)) is not None and (
                    told.sent not in summaries):
                target = told  # "captured a Taliban facilitator in X province ... Forces detained the facilitator in Y district"
        if target is None:
            target = _repeated(ctx, out, d)  # an update release repeats its first release's sentence word for word
        if target is None and not d.date_text and (target := _retold_killing(ctx, out, d)) is not None:
            target.type = _killing_type(target, d)  # "four insurgents were also killed ... returned fire, killing four insurgents"
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
        _absorb(target, d)
    kept = [d for d in out if d.anchored and not _background(ctx, d) and id(d) not in history]
    for d in kept:
        if d.type in ("arrest", "seizure"):
            # an arrest or a seizure kills or wounds no one: the casualties told with it ("twenty
            # people were arrested, and two police officers were injured") are the fighting's
            d.killed = d.injured = None
        if d.type == "arrest":
            # nor does an arrest use a weapon: one told with it is the detainee's ("an IED facilitator",
            # "responsible for roadside bomb attacks") or the one seized (a seizure of its own)
            d.weapon = None
    _scene_day(ctx, kept, {d.sent for d in found})
    _air_support_scene(ctx, kept)
    _inherit_places(ctx, kept)
    kept = _one_per_day_and_place(ctx, kept)
    for d, lead in split_from:
        d.date_text = d.date_text or lead.date_text  # the day the lead tells for all its operations
    _release_day(ctx, kept)
    kept = _lead_operation_retold(ctx, _lead_arrest_retold(ctx, _lead_killing_retold(ctx, kept)))
    return _lead_operation_struck(ctx, kept)


def _release_day(ctx: Context, kept: list[IncidentDraft]) -> None:
    """In a press release (its dateline or number), the day of an incident told undated, once merged: the
    night before the release when it happened "overnight" (:func:`slots.overnight`), else the day of the
    release's first incident dated by a day (:func:`_day_told`) told before it, the release telling one
    operation's course ("A force killed a Taliban leader ... yesterday. ... Following the engagement, one of
    Zalmi's associates was detained"). Only an incident told by a verb: an event noun may name one the release
    recalls ("was involved in an IED attack", "an upcoming attack"). Not when its own sentence names a time the
    slots did not take ("last week", "in 2009"); not a day only the dateline gave ("KABUL, Afghanistan (Dec. 11, 2010)": when the
    release was issued, not a day it tells), nor that of an event noun dated on its own (:func:`_dated_noun`)."""
    days = _release_days(ctx)
    if not days and not RELEASE_NUMBER.search(ctx.text):
        return
    dated: dict[int | None, str] = {}
    for d in sorted(kept, key=lambda x: x.cue):
        release = _release_of(ctx, days, d)
        d.date_text = d.date_text or slots.overnight(ctx, *d.span)
        if d.date_text:
            if f"({d.date_text}" not in ctx.text and _day_told(d.date_text) and not _dated_noun(ctx, d):
                dated.setdefault(release, d.date_text)
        elif release in dated and ctx.doc[d.cue].pos_ == "VERB" and not any(
                e.label_ in ("DATE", "TIME") for e in ctx.ents_in(ctx.sents[d.sent])):
            d.date_text = dated[release]
    _release_doer(ctx, kept, days)


def _lead_killing_retold(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """A press release's lead killing (told in the sentence its dateline opens, :func:`_lead_sent`) told again in its
    account ("An Afghan and coalition security force killed four insurgents in Taloqan district, Takhar province
    yesterday. ... The security force gave numerous verbal warnings, but when the armed female pointed her weapon at
    them, she was subsequently killed"): a later killing in the same release (:func:`_retells_lead_killing`) is the
    lead's, told in detail; one incident, a strike where either tells one (:func:`_killing_type`), with the fuller
    place (:func:`_fuller_place`) and the larger toll; the account's weapon only when it tells a strike (a force's
    killing told in detail names the weapon of the one killed). Not a lead that sums up several operations."""
    return _lead_retold(ctx, kept, _force_killing, _retells_lead_killing, _fold_killing)


def _lead_arrest_retold(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """A press release's lead arrest told again in its account ("A combined force killed a Taliban leader and detained
    one suspected insurgent in X district, Y province, yesterday. ... Following the engagement, one of Zalmi's
    associates was detained"): a later arrest in the same release (:func:`_retells_lead_arrest`) is the lead's, one
    incident with the fuller place. Not a lead that sums up several operations."""
    return _lead_retold(ctx, kept, _force_arrest, _retells_lead_arrest, _fold_arrest)


def _lead_operation_retold(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """A press release's lead operation told again in its account as a scene ("Forces conducting a clearing operation
    killed several insurgents and detained numerous others in X district yesterday. The combined security forces
    conducted a search and clearing operation in a targeted compound"): a later `other` incident told only by an
    operation word (:func:`_retells_lead_operation`) is the operation the lead's incident told with that word (its
    killing or its arrest), not an incident of its own. Not a lead that sums up several operations."""
    return _lead_retold(ctx, kept, _operation_told, _retells_lead_operation, _fold_operation)


def _operation_told(ctx: Context, d: IncidentDraft) -> bool:
    """An incident told with an operation word ("detained numerous others during a clearing operation")."""
    return bool(d.words & event_words(ctx, "operation_words"))


def _retells_lead_operation(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> bool:
    """``d``, told after the release's lead, tells an operation and nothing else: an `other` incident whose only cues
    are operation words, with no toll, not "another", on no other day, by no other doer, in a place that agrees."""
    ops = event_words(ctx, "operation_words")
    if d.sent <= lead.sent or d.type != "other" or not d.words or not d.words <= ops or d.another:
        return False
    if d.killed is not None or d.injured is not None:
        return False
    return _same_occasion(ctx, lead, d)


def _lead_operation_struck(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """A press release's lead operation ("Afghan and coalition forces conducted a security operation in X district, Y
    province, today") whose account tells the force's strike ("During the operation, ... The security force engaged the
    armed insurgents with a precision airstrike, killing several of them"): the strike is what the operation did, one
    incident, a strike (:func:`_strikes_in_lead_operation`). Not a lead that sums up several operations."""
    return _lead_retold(ctx, kept, _operation_only, _strikes_in_lead_operation, _fold_strike)


def _operation_only(ctx: Context, d: IncidentDraft) -> bool:
    """An `other` incident told by an operation word with no toll, by a force or with no doer ("conducted an operation")."""
    return d.type == "other" and d.killed is None and d.injured is None and _operation_told(ctx, d) and (
        d.perpetrator is None or d.perpetrator.kind in (ActorKind.military, ActorKind.government))


def _strikes_in_lead_operation(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> bool:
    """``d``, told after the release's lead operation, is a strike by the same force (or a part of a joint one, or one
    unnamed), not "another", on no other day, in a place that agrees."""
    if d.sent <= lead.sent or d.type != "strike" or d.another:
        return False
    return _same_occasion(ctx, lead, d)


def _fold_strike(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> None:
    """The operation's day, place and doer; the strike's words (its sentence the evidence) and weapon (not one
    the lead tells insurgents firing, "engaged by insurgents with rocket-propelled grenades")."""
    lead.type = "strike"
    _fold_arrest(ctx, lead, d)
    lead.weapon, lead.span, lead.sent = d.weapon, d.span, d.sent


def _lead_retold(ctx: Context, kept: list[IncidentDraft], is_lead: Callable[[Context, IncidentDraft], bool],
                 retells: Callable[[Context, IncidentDraft, IncidentDraft], bool],
                 fold: Callable[[Context, IncidentDraft, IncidentDraft], None]) -> list[IncidentDraft]:
    """Each release's lead incident of one kind (``is_lead``, told in its lead sentence, not a summary of several
    operations) with the later incidents of the same release that retell it (``retells``) folded into it (``fold``)."""
    days = _release_days(ctx)
    out: list[IncidentDraft] = []
    leads: dict[int | None, IncidentDraft | None] = {}
    for d in sorted(kept, key=lambda x: x.cue):
        release = _release_of(ctx, days, d)
        if release is None:
            out.append(d)
            continue
        if release not in leads:
            first = _lead_sent(ctx, days[release][0])
            leads[release] = next((o for o in kept if o.sent == first and _release_of(ctx, days, o) == release
                                   and is_lead(ctx, o) and not _summary_lead(ctx, o)), None)
        lead = leads[release]
        if lead is not None and d is not lead and retells(ctx, lead, d):
            fold(ctx, lead, d)
            continue
        out.append(d)
    return [d for d in kept if any(d is o for o in out)]


def _fold_killing(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> None:
    lead.type, weapon = _killing_type(lead, d), lead.weapon
    lead.location = _fuller_place(ctx, lead.location, d.location)
    _absorb(lead, d)
    if d.type != "strike":
        lead.weapon = weapon  # "a woman ... armed with an AK-47 rifle ... was killed": the one killed's weapon


def _fold_arrest(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> None:
    lead.location = _fuller_place(ctx, lead.location, d.location)
    _absorb(lead, d)


def _lead_sent(ctx: Context, dateline: int) -> int:
    """The sentence of a release's lead: the one its dateline (at character ``dateline``) opens, or the next where
    the dateline stands alone ("KABUL, Afghanistan (Jan. 25, 2013)" on a line of its own)."""
    k = next(n for n, sent in enumerate(ctx.sents) if sent.end_char > dateline)
    closed = next((t.i for t in ctx.sents[k] if t.idx >= dateline and t.text == ")"), None)
    told = closed is not None and any(t.pos_ in ("VERB", "AUX") for t in ctx.doc[closed: ctx.sents[k].end])
    return k if told or k + 1 >= len(ctx.sents) else k + 1


def _force_killing(ctx: Context, d: IncidentDraft) -> bool:
    """A killing (an `other` incident or a strike told by a killing word or a toll of dead, "resulted in the death of
    one insurgent commander") with no doer or a force's."""
    return d.type in ("other", "strike") and (bool(d.words & ctx.rules.killed) or bool(d.killed)) and (
        d.perpetrator is None or d.perpetrator.kind in (ActorKind.military, ActorKind.government))


def _retells_lead_killing(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> bool:
    """``d``, told after the release's lead killing, is that killing told in detail: a killing by the same force
    (one of them may leave it unnamed, not both), not "another", on no other day, in a place that agrees
    (:func:`_places_compatible`), and a toll that does not exceed the lead's."""
    if d.sent <= lead.sent or d.another or not _force_killing(ctx, d) or (lead.perpetrator is None and d.perpetrator is None):
        return False
    if d.killed is not None and lead.killed is not None and d.killed > lead.killed:
        return False
    return _same_occasion(ctx, lead, d)


def _fold_operation(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> None:
    """The fuller place; not the scene's weapon ("to detain an improvised explosive device facilitator": the target's)."""
    weapon = lead.weapon
    _fold_arrest(ctx, lead, d)
    lead.weapon = weapon


def _force_arrest(ctx: Context, d: IncidentDraft) -> bool:
    """An arrest with no doer or a force's."""
    return d.type == "arrest" and (d.perpetrator is None or d.perpetrator.kind in (ActorKind.military, ActorKind.government))


def _retells_lead_arrest(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> bool:
    """``d``, told after the release's lead arrest, is that arrest told in detail: an arrest by the same force (one
    of them may leave it unnamed, not both), not "another", on no other day, in a place that agrees
    (:func:`_places_compatible`)."""
    if d.sent <= lead.sent or d.another or not _force_arrest(ctx, d) or (lead.perpetrator is None and d.perpetrator is None):
        return False
    return _same_occasion(ctx, lead, d)


def _same_occasion(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> bool:
    """``d`` may be the lead's incident told again: by the same force (or one of them unnamed), on no other day, in
    a place that agrees (:func:`_places_compatible`)."""
    if lead.perpetrator is not None and d.perpetrator is not None and not _same_doer(lead, d):
        return False
    if d.date_text and lead.date_text and _day(d.date_text) != _day(lead.date_text):
        return False
    return _places_compatible(ctx, lead.location, d.location)


def _places_compatible(ctx: Context, lead: str | None, told: str | None) -> bool:
    """The lead's place and the account's may be one: they share a name once compass words are set aside ("southern
    Kandahar", "Southern Kandahar province"), or the lead's is a region of a country ("eastern Afghanistan") the
    account's lies in, or the account names a district and no province and the lead a province (a release's detail
    names a district of its lead's province)."""
    compass = event_words(ctx, "compass_words")
    a, b = ({w for w in re.findall(r"\b[A-Z][a-z]{2,}", p or "") if w.lower() not in compass} for p in (lead, told))
    if not a or not b or a & b or _region(ctx, lead):
        return True  # "in eastern Afghanistan": the country, or a part of it
    province, district = (re.compile(rf"\b{w}\b", re.IGNORECASE) for w in ("province", "district"))
    return bool(province.search(lead or "") and district.search(told or "") and not province.search(told or ""))


def _fuller_place(ctx: Context, a: str | None, b: str | None) -> str | None:
    """Of two places of one event, the one that holds the other ("Taloqan district, Takhar province" over "Taloqan"),
    or the second where the first names only a country or a region of it ("eastern Afghanistan"), else the first."""
    if a and b and (a.lower() in b.lower() or _region(ctx, a)):
        return b
    return a or b


def _region(ctx: Context, place: str | None) -> bool:
    """A place that names only a country, or a part of it by a compass word ("eastern Afghanistan")."""
    compass = event_words(ctx, "compass_words")
    names = [w for w in re.findall(r"\b[A-Z][a-z]{2,}", place or "") if w.lower() not in compass]
    return bool(names) and all(ctx.rules.demonyms.get(w.lower(), "").lower() == w.lower() for w in names)


def _release_doer(ctx: Context, kept: list[IncidentDraft], days: list[tuple[int, dt.date]]) -> None:
    """In a press release, an arrest or a seizure told by a verb with no doer nor subject ("Following the engagement,
    one of Zalmi's associates was detained", "Multiple weapons were seized"; not a noun, "resulted in the recovery
    of wires", whose doer may be another) is the doing of the force that its release's
    first incident with a military or government doer names, told before it."""
    forces: dict[int | None, ActorDraft] = {}
    for d in sorted(kept, key=lambda x: x.cue):
        release = _release_of(ctx, days, d)
        if d.perpetrator is not None and d.perpetrator.kind in (ActorKind.military, ActorKind.government):
            forces.setdefault(release, d.perpetrator)
        elif d.type in ("arrest", "seizure") and d.perpetrator is None and d.alleged is None and release in forces and (
                ctx.doc[d.cue].pos_ == "VERB" and not _has_subject(ctx.doc[d.cue])):
            d.perpetrator = forces[release]


def _has_subject(cue: Token) -> bool:
    """The event verb has a subject of its own or of the verb it is conjoined to ("a combined patrol captured a
    facilitator and detained two"): a doer the text names, if the stage found no actor in it, not one told before."""
    while cue.dep_ == "conj" and cue.head.i != cue.i:
        cue = cue.head
    return any(c.dep_ == "nsubj" for c in cue.children)


def _dated_noun(ctx: Context, d: IncidentDraft) -> bool:
    """An event noun that carries its own day ("Tuesday's attack", "the Aug. 7 attack"): an event the release
    refers to, not the day of the operation it tells."""
    cue = ctx.doc[d.cue]
    return cue.pos_ == "NOUN" and any(c.ent_type_ == "DATE" and c.i < cue.i for c in cue.children)


def _day_told(date_text: str) -> bool:
    """Date words that tell a day ("yesterday", "Monday", "Aug. 7", "overnight"), not only a month or a year ("April 2009")."""
    value = dates.resolve(date_text, dt.date(2000, 1, 1))
    return value is not None and value.precision == "day" or date_text == "overnight"


def _uncounted_toll(ctx: Context, d: IncidentDraft) -> bool:
    """The incident's own sentence tells casualties it does not count ("killing the suspected insurgents")."""
    hurt = ctx.rules.killed | ctx.rules.injured
    return d.killed is None and d.injured is None and any(t.lemma_.lower() in hurt for t in ctx.sents[d.sent])


def _scene_day(ctx: Context, kept: list[IncidentDraft], told: set[int]) -> None:
    """The first incidents of a release (of its first sentence with one), undated, told right after a sentence that sets its scene with no event
    word ("In Kunduz last night, an Afghan-international security force went to the village of Aq Shakh, ...
    after intelligence information indicated militant activity. During the search the security force detained
    one suspected insurgent", "Yesterday in Darah-ye Pech district, Kunar province, Afghan National Security Forces
    and ISAF received small arms fire ... After gaining positive identification, coalition forces ... killing
    several insurgents"): it happened on the scene's day, and where the scene is when its own sentence names no
    place (:func:`_inherit_places` reads the scene's sentence)."""
    days = _release_days(ctx)
    opened: dict[int | None, int] = {}  # each release's first incident's sentence
    for d in kept:
        release = _release_of(ctx, days, d)
        first, k = opened.setdefault(release, d.sent) == d.sent, d.sent - 1
        if not first or d.date_text or k < 0 or k in told or (days and _release_of_sent(ctx, days, k) != release):
            continue
        if any(e.label_ in ("DATE", "TIME") for e in ctx.ents_in(ctx.sents[d.sent])):
            continue  # "The move follows the killing of X last week": a day of its own, not taken (or not its day)
        day = _scene_date(ctx, ctx.sents[k])
        if day is None:
            continue
        d.date_text = day
        scene = ctx.sents[k]
        lead = dateline_end(ctx.doc, scene.start)  # not "KABUL, Afghanistan (April 4, 2012)": where the release was issued
        if d.location is None and not any(e.label_ == "GPE" for e in ctx.ents_in(ctx.sents[d.sent])) and all(
                e.start >= lead for e in ctx.ents_in(scene) if e.label_ == "GPE") and any(
                e.label_ == "GPE" for e in ctx.ents_in(scene)):
            d.place_sent = k


def _air_support_scene(ctx: Context, kept: list[IncidentDraft]) -> None:
    """A force's aircraft engaging (:func:`air_unit_act`) with no place or day of its own strikes where the ground
    force it supports was, told in the two sentences before ("an ISAF patrol spotted several armed insurgents in Sangin
    district, today. Coalition forces ... called for air support. ... the air weapons team engaged the enemy position"):
    the nearest of them that names a place outside a dateline, and its day (:func:`_scene_date`), if it tells one and
    holds no other incident."""
    cues = {d.sent for d in kept}
    for d in kept:
        if d.location or d.type != "strike" or not air_unit_act(ctx, ctx.doc[d.cue]):
            continue
        for k in range(d.sent - 1, max(d.sent - 3, 0) - 1, -1):
            scene = ctx.sents[k]
            if not any(e.label_ == "GPE" and not ctx.in_release_dateline(e.root) for e in ctx.ents_in(scene)):
                continue
            d.place_sent = k
            if not d.date_text and k not in cues:
                d.date_text = _scene_date(ctx, scene)
            break


def _release_of_sent(ctx: Context, days: list[tuple[int, dt.date]], n: int) -> int | None:
    """The release whose dateline comes last before sentence ``n`` ends (its dateline may open it)."""
    return _release_at(days, ctx.sents[n][-1].idx)


def _scene_date(ctx: Context, sent: Span) -> str | None:
    """A day a sentence with a force in action tells outside its dateline and parentheses ("In Kunduz last night,
    a joint security force searched a compound", "Yesterday in X, Afghan forces received small arms fire")."""
    lead = dateline_end(ctx.doc, sent.start)
    forces = event_words(ctx, "scene_forces")
    if not any(t.pos_ == "VERB" for t in sent[lead - sent.start:]) or not any(
            x.lemma_.lower() in forces or ((a := ctx.token_actor.get(x.i)) is not None and a.kind == ActorKind.military)
            for x in sent):
        return None  # "Tuesday, September 17, 2019": an article's date line; "Yesterday, the Parliament voted": no force's scene
    for e in ctx.ents_in(sent):
        if e.label_ not in ("DATE", "TIME") or e.start < lead or not slots.date_words(e.text):
            continue
        if (e.start > 0 and ctx.doc[e.start - 1].text == "(") or (e.end < len(ctx.doc) and ctx.doc[e.end].text == ")"):
            continue  # "KABUL, Afghanistan (Jan. 10, 2011)": the release's date
        if e.root.dep_ == "pobj" and e.root.head.lower_ in event_words(ctx, "span_preps"):
            continue  # "their 60th leader since Oct. 1": the start of a campaign, no day of the scene
        return re.sub(r"^(on|the)\s+", "", e.text, flags=re.IGNORECASE)
    return None


def _own_place(ctx: Context, d: IncidentDraft) -> bool:
    """The incident names a place: its own ("In Kandahar City, a patrol detained two"), or one its sentence
    tags outside a dateline ("In Farah province, forces targeted a leader, detaining several")."""
    sent = ctx.sents[d.sent]
    return _named_place(d.location) or any(
        e.label_ in ("GPE", "LOC") and dateline_end(ctx.doc, e.start) <= e.start for e in ctx.ents_in(sent))


def _summary_lead(ctx: Context, d: IncidentDraft) -> bool:
    """An incident told in a sentence that sums up several operations ("detained numerous suspected insurgents
    during four operations in Khost and Paktiya provinces", "during two separate operations"): each operation
    told next with a place of its own ("In Farah province, forces detained several suspected insurgents") is an
    incident of its own, not the summary retold."""
    ops, counts = event_words(ctx, "operation_words"), event_words(ctx, "summary_counts")
    return any(t.lemma_.lower() in ops and t.tag_ == "NNS" and any(
        c.dep_ in ("nummod", "amod") and (c.lower_ in counts or (c.like_num and c.lower_ not in ("one", "1")))
        for c in t.children) for t in ctx.sents[d.sent])


def _absorb(target: IncidentDraft, d: IncidentDraft) -> None:
    """Merge the incident ``d`` told again into ``target``: slots ``target`` lacks, the larger toll."""
    target.date_text = target.date_text or d.date_text
    target.location = target.location or d.location
    if d.weapon and (not target.weapon or (target.weapon.lower() in d.weapon.lower() and len(d.weapon) > len(target.weapon))):
        target.weapon = d.weapon
    target.perpetrator = target.perpetrator or d.perpetrator
    target.alleged = target.alleged or d.alleged
    for attr in ("killed", "injured"):
        v = getattr(d, attr)
        if v is not None and (getattr(target, attr) is None or v > getattr(target, attr)):
            setattr(target, attr, v)
    target.anchored = target.anchored or d.anchored
    target.last_sent = max(target.last_sent, d.sent)
    target.words = target.words | d.words
    target.span = (min(target.span[0], d.span[0]), max(target.span[1], d.span[1])) if target.sent == d.sent else target.span


def _one_per_day_and_place(ctx: Context, drafts: list[IncidentDraft]) -> list[IncidentDraft]:
    """One incident per distinct event, an event being its day and place: two incidents of one kind told
    on the same day in the same place by the same named doer (or part of a joint one) are one, told twice
    ("A force captured a commander in X province Saturday. ... Additionally, the force captured two
    facilitators", the operation's day and place handed on; a place named inside the other's; "With the
    capture of the commander yesterday, forces have detained ...", no place of its own). Not when either
    lacks a day or a doer, nor the first a place, nor "a second fire", "another attack" (a place the text
    did not tag may have been handed on), nor two deaths. An update release retelling an earlier release's
    event is that event too (:func:`_retold_release`)."""
    out: list[IncidentDraft] = []
    for d in drafts:
        same = [o for o in out if o.type == d.type and d.date_text and o.location and _within(d.location, o.location)
                and not (o.dead or d.dead) and not d.another and (
                    (_day(o.date_text) == _day(d.date_text) and _same_doer(o, d)) or _retold_release(ctx, o, d))]
        if same:
            _absorb(same[-1], d)
        else:
            out.append(d)
    return out


def _retold_release(ctx: Context, o: IncidentDraft, d: IncidentDraft) -> bool:
    """``d``, told in a later release of the article than ``o`` (press releases joined, each with its
    dateline: "KABUL, Afghanistan (June 20, 2012)"), on the same day once each date is resolved against its
    own release's dateline ("today" in the June 18 release, "Monday" in the June 20 update), by the same
    doer or with one unnamed: an update retelling the event ("confirmed ... was one of the insurgents
    detained during an operation in X district Monday")."""
    days = _release_days(ctx)
    if len(days) < 2 or not (o.date_text and d.date_text):
        return False
    if not (o.perpetrator is None or d.perpetrator is None or _same_doer(o, d)):
        return False
    ro, rd = _release_of(ctx, days, o), _release_of(ctx, days, d)
    if ro is None or rd is None or ro == rd:
        return False
    a, b = dates.resolve(o.date_text, days[ro][1]), dates.resolve(d.date_text, days[rd][1])
    return a is not None and b is not None and a.precision == "day" and a.iso == b.iso


def _release_days(ctx: Context) -> list[tuple[int, dt.date]]:
    """The article's release datelines ("KABUL, Afghanistan (Jan. 20, 2011)", ``release_dateline``) as
    (character offset, date), looked up once per article; a dateline without a year takes the year of
    one that has it, or of a release number ("2011-01-S-228", :data:`summarizer.article.RELEASE_NUMBER`)."""
    if ctx.release_days is None:
        found = ctx.release_datelines
        years = [m["year"] for m in found if m["year"]] or [m["year"] for m in RELEASE_NUMBER.finditer(ctx.text)]
        days = []
        for m in found if years else ():
            day = dates.resolve(f"{m['day']}, {m['year'] or years[0]}", None)
            if day is not None and day.precision == "day" and day.iso:
                days.append((m.start(), dt.date.fromisoformat(day.iso)))
        ctx.release_days = days
    return ctx.release_days


def _release_of(ctx: Context, days: list[tuple[int, dt.date]], d: IncidentDraft) -> int | None:
    """The index of the release whose dateline comes last before the incident's event word, if any (its
    sentence may start before the dateline: "2012-06-S-036 For Immediate Release KABUL, Afghanistan (...) ...")."""
    return _release_at(days, ctx.doc[d.cue].idx)


def _release_at(days: list[tuple[int, dt.date]], offset: int) -> int | None:
    """The index of the last release dateline at or before character ``offset``, if any."""
    before = [n for n, (at, _) in enumerate(days) if at <= offset]
    return before[-1] if before else None


def _within(a: str | None, b: str) -> bool:
    """No place, or the same place, or one named inside the other ("Zorak" in "Zorak district")."""
    x, y = (a or b).lower(), b.lower()
    return x in y or y in x


def _same_doer(a: IncidentDraft, b: IncidentDraft) -> bool:
    """Both name a doer, the same one or a part of a joint one ("coalition forces" of "Afghan and coalition forces")."""
    if a.perpetrator is None or b.perpetrator is None:
        return False
    x, y = sorted((a.perpetrator.name.lower(), b.perpetrator.name.lower()), key=len)
    return x == y or (y.endswith(" " + x) and " and " in y)


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


def _history(ctx: Context, found: list[IncidentDraft]) -> set[int]:
    """The ids of the incidents told as history: dated to a year two or more before the article's own
    (:func:`selection.article_year`: its dateline, or the latest past year it names), as in "In 1998, X was
    impeached", "Back in 2018, a student was killed by a mob", "he received a prison sentence in 2016" (LABELLING:
    background incidents, dated clearly before the news events). Not one told in a sentence that also tells an
    incident not so dated: "X was sentenced on Monday for the 2016 bombing" (the crime the news is about).
    Nor a crime or attack in an article that reports an arrest or a court act not so dated: the crime a suspect
    is arrested, charged or tried for is what the news is about ("Y was shot dead in March 2016" after "X was
    convicted on Friday"); an old arrest or court act stays history ("he received a prison sentence in 2016").
    Decided on each incident's own date, before the merge hands dates on; the article's year found once. An undated
    one takes the years its sentence names outside an event's own name (:func:`_sentence_years`: "Johnson was
    impeached over violations of the Tenure of Office Act of 1867, which the Supreme Court later ruled ..."). An
    arrest or a court act counts as the article's news only where it is an incident of its own (anchored: "Some of
    these activities have resulted in his arrest" is none)."""
    years = {id(d): [int(y) for y in _YEAR.findall(d.date_text)] if d.date_text else _sentence_years(ctx, d) for d in found}
    if not any(years.values()) or (now := _now(ctx)) is None:
        return set()
    legal = event_words(ctx, "court_verbs")
    old = {id(d): d for d in found if years[id(d)] and max(years[id(d)]) <= now - 2}
    current = [d for d in found if id(d) not in old]
    sents = {d.sent for d in current}
    tried = any(d.anchored and (d.type == "arrest" or d.words & legal) for d in current)
    return {i for i, d in old.items() if d.sent not in sents and (
        not tried or d.type == "arrest" or bool(d.words & legal))}


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


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
        cue_type(ctx, h) for h in (t.head, t.head.head)) for y in _YEAR.findall(t.text)]


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
    if any(o.type in ("other", "attack", "strike") and _release_of_same(ctx, o, d) for o in out):
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


def _repeated(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The incident of the same type told by an earlier sentence with the very same words (spacing and case aside):
    an update release repeating its first release ("He was also involved in a recent IED strike against two
    vehicles." in both), or an article repeating its lead; the words tell the same event again."""
    words = " ".join(ctx.sents[d.sent].text.lower().split())
    same = [o for o in out if o.type == d.type and o.sent != d.sent and " ".join(ctx.sents[o.sent].text.lower().split()) == words]
    return same[-1] if same else None


def _retold_killing(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The killing an undated one tells again by the same toll in a later sentence of the same release, where the
    places agree ("During the course of the operation, four insurgents were also killed. ... Afghan and coalition
    forces returned fire, killing four insurgents", "killed two insurgents ... The airstrike killed two armed
    insurgents"); not "another" one, nor an arrest or a seizure told with a toll."""
    kill, killings = ctx.rules.killed, ("attack", "strike", "other")
    if not d.killed or d.another or not d.words & kill or d.type not in killings:
        return None  # an arrest told with the toll ("18 insurgents killed and two taken into custody") is an arrest
    same = [o for o in out if o.killed == d.killed and o.type in killings and o.words & kill and o.sent < d.sent and not o.another
            and d.sent - o.last_sent <= 6 and _places_agree(o, d) and _release_of_same(ctx, o, d)]
    return same[-1] if same else None


def _killing_type(a: IncidentDraft, b: IncidentDraft) -> str:
    """The type of one killing told twice: a strike's where either tells a strike, else the type of the telling
    that names its doer ("forces returned fire, killing four" over "four insurgents were also killed")."""
    if "strike" in (a.type, b.type):
        return "strike"
    return b.type if a.perpetrator is None and b.perpetrator is not None else a.type


def _release_of_same(ctx: Context, a: IncidentDraft, b: IncidentDraft) -> bool:
    """Both told in the same release of the article (or it has fewer than two datelines)."""
    days = _release_days(ctx)
    return len(days) < 2 or _release_of(ctx, days, a) == _release_of(ctx, days, b)


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
        if d.sent - o.sent > 12 or not _release_of_same(ctx, o, d):
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
    ("X was formally charged on Friday ... X was charged in connection with a shooting spree"): the one
    told. Not one with a date or "also", nor another court's ("The Court of Session ruled")."""
    if not _court_of(ctx, d) or d.another:
        return None
    cue = ctx.doc[d.cue]
    heads = event_words(ctx, "judicial_heads")
    the_court = d.perpetrator is None and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in heads and definite(c) and not any(
            g.dep_ in ("compound", "amod") for g in c.children) for c in cue.children)
    patients = {x.text for c in cue.children if c.dep_ in ("nsubjpass", "dobj") for x in c.subtree if x.ent_type_ == "PERSON"}
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
    return None


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


def _retold_accident(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The accident or disaster an undated one retells by the same event word ("the crash", "the
    plane crashed" after the crash told with its date), where the places do not differ; a definite one
    with a date ("the fire started on Monday") retells one told undated or on that same day."""
    words = d.words & event_words(ctx, "accident_words")
    if not words or (d.date_text and not d.definite):
        return None
    cue = ctx.doc[d.cue]
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(
            (g.dep_ == "det" and g.lower_ in ("a", "an", "another")) or (g.dep_ == "amod" and g.lower_ in event_words(ctx, "ordinals"))
            for g in c.children) for c in cue.children):
        return None  # "another bus crashed", "a second plane crashed": a new one
    same = [o for o in out if o.type == d.type and o.words & words and _places_agree(o, d) and (
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
                  and not ctx.in_release_dateline(e.root) and not _group_name(ctx, e)]
        bare = d.location is not None and not _named_place(d.location)
        if d.location is None or bare:
            # a bare place ("a hospital", "an escape room") says less than its sentence's town
            # (for a bare place, not a dateline's city, "KABUL, Afghanistan (Jan. 12) —": where the release was issued)
            own = next((e.text for e in places if not ctx.in_quote(e.start_char) and not slots.country_as_actor(ctx, e.root)
                        and not (bare and dateline_end(ctx.doc, e.start) > e.start)), None)
            d.location = own or d.location or previous
        if bare:
            continue  # a town taken for a bare place is not handed on: the events' place stays the one told
        # what later incidents take is the town or country, not "the neighborhood of Strickland Street";
        # an address of places ("Watahpur district, Kunar province") whole
        previous = (d.location if _address(ctx, d.location, places) else None) or next(
            (e.text for e in reversed(places) if e.text in (d.location or "")), None) or previous


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
    return len(parts) >= 2 and all(p in names or (p.split()[-1].lower() in heads and p.rsplit(" ", 1)[0] in names) for p in parts)


def _named_place(location: str | None) -> bool:
    """Whether a place holds a name ("Gardez district", "the compound in Kabul"), not only common
    words ("a hospital", "an escape room", "the compound")."""
    return bool(re.search(r"\b[A-Z]", location or ""))


def _places_agree(a: IncidentDraft, b: IncidentDraft) -> bool:
    """Two places do not name different places: either names none, or they share a name."""
    na = set(re.findall(r"\b[A-Z][a-z]{2,}", a.location or ""))
    nb = set(re.findall(r"\b[A-Z][a-z]{2,}", b.location or ""))
    return not na or not nb or bool(na & nb)


def _day(date_text: str | None) -> str:
    return re.sub(r"('s|\W)+", " ", (date_text or "").lower()).replace(" on ", " ").strip()
