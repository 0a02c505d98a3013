"""Incidents, press releases (military releases joined in one article, each opened by a dateline such as
"KABUL, Afghanistan (Jan. 20, 2011)" or numbered "2011-01-S-228"), a part of step 3 (:mod:`.merge`):
which release an incident is told in, the day an undated one took place (the release's first dated
incident, the scene set before it), the force that did an arrest told with no doer, and a release's lead
incident told again in its account folded into the lead (:func:`fold_release_leads`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from summarizer import dates
from summarizer.article import RELEASE_NUMBER
from summarizer.offline import slots
from summarizer.offline.doc import ActorDraft, Context, dateline_end
from summarizer.offline.incidents.cues import air_unit_act, event_words
from summarizer.offline.incidents.drafts import IncidentDraft, absorb, day_key, killing_type, same_doer
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token


def fold_release_leads(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """Each release's lead killing, arrest and operation with the account's incidents that retell it folded in."""
    kept = _lead_operation_retold(ctx, _lead_arrest_retold(ctx, _lead_killing_retold(ctx, kept)))
    return _lead_operation_detained(ctx, _lead_operation_struck(ctx, kept))


def release_day(ctx: Context, kept: list[IncidentDraft]) -> None:
    """In a press release (its dateline or number), the day of an incident told undated, once merged: the
    night before the release when it happened "overnight" (:func:`slots.overnight`), else the day of the
    release's first incident dated by a day (:func:`_day_told`) told before it, the release telling one
    operation's course ("A force killed a Taliban leader ... yesterday. ... Following the engagement, one of
    Zalmi's associates was detained"). Only an incident told by a verb: an event noun may name one the release
    recalls ("was involved in an IED attack", "an upcoming attack"). Not when its own sentence names a time the
    slots did not take ("last week", "in 2009"); not a day only the dateline gave ("KABUL, Afghanistan (Dec. 11, 2010)": when the
    release was issued, not a day it tells), nor that of an event noun dated on its own (:func:`_dated_noun`)."""
    days = release_days(ctx)
    if not days and not RELEASE_NUMBER.search(ctx.text):
        return
    dated: dict[int | None, str] = {}
    for d in sorted(kept, key=lambda x: x.cue):
        release = release_of(ctx, days, d)
        d.date_text = d.date_text or slots.overnight(ctx, *d.span)
        if d.date_text:
            if f"({d.date_text}" not in ctx.text and _day_told(d.date_text) and not _dated_noun(ctx, d):
                dated.setdefault(release, d.date_text)
        elif release in dated and _told_by_verb(ctx, d) and not any(
                e.label_ in ("DATE", "TIME") for e in ctx.ents_in(ctx.sents[d.sent])):
            d.date_text = dated[release]
    _release_doer(ctx, kept, days)


def _told_by_verb(ctx: Context, d: IncidentDraft) -> bool:
    """The incident is told by a verb: its cue, or a verb of its sentence that is one of its cue words where the cue
    is the operation noun it was told in ("During the operation, the security force seized an assault rifle")."""
    if ctx.doc[d.cue].pos_ == "VERB":
        return True
    return any(t.pos_ == "VERB" and t.lemma_.lower() in d.words for t in ctx.sents[d.sent])


def _lead_killing_retold(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """A press release's lead killing (told in the sentence its dateline opens, :func:`_lead_sent`) told again in its
    account ("An Afghan and coalition security force killed four insurgents in Taloqan district, Takhar province
    yesterday. ... The security force gave numerous verbal warnings, but when the armed female pointed her weapon at
    them, she was subsequently killed"): a later killing in the same release (:func:`_retells_lead_killing`) is the
    lead's, told in detail; one incident, a strike where either tells one (:func:`killing_type`), with the fuller
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


def _lead_operation_detained(ctx: Context, kept: list[IncidentDraft]) -> list[IncidentDraft]:
    """A press release's lead operation ("Afghan and coalition forces conducted a deliberate clearing operation aimed at
    disrupting X in northern Afghanistan") whose account tells the force's arrests ("As a result of initial
    questioning at the scene, the security force detained 10 suspected insurgents during the operation"): the arrest
    is what the operation did, one incident, an arrest (LABELLING: one incident per event; an operation that
    detained is an arrest), as a strike it made is (:func:`_lead_operation_struck`). Not a lead that sums up
    several operations."""
    return _lead_retold(ctx, kept, _operation_unfought, _detains_in_lead_operation, _fold_detention)


def _operation_unfought(ctx: Context, d: IncidentDraft) -> bool:
    """An operation told with no killing (:func:`_operation_only`; not "killed several insurgents during a security
    operation", whose killing stands beside its arrest)."""
    return _operation_only(ctx, d) and not d.words & ctx.rules.killed


def _detains_in_lead_operation(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> bool:
    """``d``, told after the release's lead operation, is an arrest by the same force (or a part of a joint one, or
    one unnamed), not "another", on no other day, in a place that agrees."""
    if d.sent <= lead.sent or not _force_arrest(ctx, d) or d.another:
        return False
    return _same_occasion(ctx, lead, d)


def _fold_detention(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> None:
    """The operation's day, place and doer; the arrest's type, and its sentence as the evidence."""
    lead.type = "arrest"
    _fold_arrest(ctx, lead, d)
    lead.span, lead.sent = d.span, d.sent
    lead.weapon = None  # an arrest uses none: one told with the operation is its target's


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
    days = release_days(ctx)
    out: list[IncidentDraft] = []
    leads: dict[int | None, IncidentDraft | None] = {}
    for d in sorted(kept, key=lambda x: x.cue):
        release = release_of(ctx, days, d)
        if release is None:
            out.append(d)
            continue
        if release not in leads:
            first = _lead_sent(ctx, days[release][0])
            leads[release] = next((o for o in kept if o.sent == first and release_of(ctx, days, o) == release
                                   and is_lead(ctx, o) and not summary_lead(ctx, o)), None)
        lead = leads[release]
        if lead is not None and d is not lead and retells(ctx, lead, d):
            fold(ctx, lead, d)
            continue
        out.append(d)
    return [d for d in kept if any(d is o for o in out)]


def _fold_killing(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> None:
    lead.type, weapon = killing_type(lead, d), lead.weapon
    lead.location = _fuller_place(ctx, lead.location, d.location)
    absorb(lead, d)
    if d.type != "strike":
        lead.weapon = weapon  # "a woman ... armed with an AK-47 rifle ... was killed": the one killed's weapon


def _fold_arrest(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> None:
    lead.location = _fuller_place(ctx, lead.location, d.location)
    absorb(lead, d)


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
    if lead.perpetrator is not None and d.perpetrator is not None and not same_doer(lead, d):
        return False
    if d.date_text and lead.date_text and day_key(d.date_text) != day_key(lead.date_text):
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
        release = release_of(ctx, days, d)
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


def scene_day(ctx: Context, kept: list[IncidentDraft], told: set[int]) -> None:
    """The first incidents of a release (of its first sentence with one), undated, told right after a sentence that sets its scene with no event
    word ("In Kunduz last night, an Afghan-international security force went to the village of Aq Shakh, ...
    after intelligence information indicated militant activity. During the search the security force detained
    one suspected insurgent", "Yesterday in Darah-ye Pech district, Kunar province, Afghan National Security Forces
    and ISAF received small arms fire ... After gaining positive identification, coalition forces ... killing
    several insurgents"): it happened on the scene's day, and where the scene is when its own sentence names no
    place (:func:`.merge._inherit_places` reads the scene's sentence)."""
    days = release_days(ctx)
    opened: dict[int | None, int] = {}  # each release's first incident's sentence
    held = {n for x in kept for n in (x.sent, x.last_sent)}  # sentences that tell a kept incident
    for d in kept:
        release = release_of(ctx, days, d)
        first, k = opened.setdefault(release, d.sent) == d.sent, d.sent - 1
        if not first or d.date_text or k < 0 or (days and _release_of_sent(ctx, days, k) != release):
            continue
        if any(e.label_ in ("DATE", "TIME") for e in ctx.ents_in(ctx.sents[d.sent])):
            continue  # "The move follows the killing of X last week": a day of its own, not taken (or not its day)
        day = None if k in told else _scene_date(ctx, ctx.sents[k])
        if day is None:
            _force_scene_before(ctx, d, held, days, release)
            continue
        d.date_text = day
        scene = ctx.sents[k]
        lead = dateline_end(ctx.doc, scene.start)  # not "KABUL, Afghanistan (April 4, 2012)": where the release was issued
        if d.location is None and not any(e.label_ == "GPE" for e in ctx.ents_in(ctx.sents[d.sent])) and all(
                e.start >= lead for e in ctx.ents_in(scene) if e.label_ == "GPE") and any(
                e.label_ == "GPE" for e in ctx.ents_in(scene)):
            d.place_sent = k


def _force_scene_before(ctx: Context, d: IncidentDraft, held: set[int], days: list[tuple[int, dt.date]],
                        release: int | None) -> None:
    """A release's first incident with no day or place of its own, told after sentences with no event word that set
    the force's scene ("In Watahpur district, Kunar province, an ANSF and ISAF patrol received small arms fire from
    an unknown number of insurgents. After establishing positive identification, coalition forces engaged the enemy
    position, killing one insurgent", "An Afghan and coalition security force targeted an IMU leader in the Dara Soof
    Payan district, Samangan province today. ... After questioning, the force apprehended several suspected
    insurgents"; also past an operation told there but not kept, "conducted an operation to capture a facilitator in
    X district, Y province, today"): it happened on the day and at the place of the nearest such sentence back to the release's lead
    whose verb has a force as its subject (:func:`_force_verbs`) and tells a named place (:func:`slots.location`),
    not a profile's ("The leader operated out of Sabari district"); the place only where its own sentence names none. Press releases only (a dateline or a release number)."""
    if not days and not RELEASE_NUMBER.search(ctx.text):
        return
    for k in range(d.sent - 1, -1, -1):
        if k in held or (days and _release_of_sent(ctx, days, k) != release):
            return
        verbs = _force_verbs(ctx, ctx.sents[k])
        place = next((p for v in verbs if (p := slots.location(ctx, [(v, "other")])) and re.search(r"\b[A-Z]", p)), None)
        if place is None:
            continue  # "The security force isolated the compound": no named place, the scene goes on before
        d.date_text = d.date_text or _scene_date(ctx, ctx.sents[k])
        if d.location is None and not any(e.label_ == "GPE" for e in ctx.ents_in(ctx.sents[d.sent])):
            d.location, d.place_sent = place, k  # the scene's towns are what later incidents take (merge._inherit_places)
        return


def _force_verbs(ctx: Context, sent: Span) -> list[Token]:
    """The verbs of a sentence whose subject is a force ("an ISAF patrol was engaged", "an ISAF observation post
    spotted", "the joint security force targeted": a ``scene_forces`` word or a military actor in the subject)."""
    forces = event_words(ctx, "scene_forces")
    return [t.head for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and any(
        x.lemma_.lower() in forces or ((a := ctx.token_actor.get(x.i)) is not None and a.kind == ActorKind.military)
        for x in t.subtree)]


def air_support_scene(ctx: Context, kept: list[IncidentDraft]) -> None:
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


def summary_lead(ctx: Context, d: IncidentDraft) -> bool:
    """An incident told in a sentence that sums up several operations ("detained numerous suspected insurgents
    during four operations in Khost and Paktiya provinces", "during two separate operations"), or operations told
    in the plural with the several places they were in ("detained several suspected insurgents in overnight
    operations in Zabul and Khost provinces", :func:`_places_apart`): each operation told next with a place of
    its own ("In Farah province, forces detained several suspected insurgents") is an incident of its own, not
    the summary retold."""
    ops, counts = event_words(ctx, "operation_words"), event_words(ctx, "summary_counts")
    plural = [t for t in ctx.sents[d.sent] if t.lemma_.lower() in ops and t.tag_ == "NNS"]
    return any(any(c.dep_ in ("nummod", "amod") and (c.lower_ in counts or (c.like_num and c.lower_ not in ("one", "1")))
                   for c in t.children) for t in plural) or bool(plural and _places_apart(ctx, ctx.sents[d.sent]))


def _places_apart(ctx: Context, sent: Span) -> bool:
    """The sentence names several places under one plural address head ("in Khost, Kandahar and Nangarhar
    provinces", "in Zabul and Khost provinces"): a name joined to another before the head."""
    heads = ctx.rules.words("actors", "address_heads")
    return any(t.tag_ == "NNS" and t.lemma_.lower() in heads and any(
        c.dep_ == "conj" for x in t.lefts for c in x.subtree) for t in sent)


def paired_day(ctx: Context, lead: IncidentDraft, d: IncidentDraft) -> str | None:
    """The day a lead that sums up several operations gives the one told next in its place, where it pairs the
    places joined under its plural address head with as many days right after it ("detained ... in Kandahar,
    Nimroz and Zabul provinces Jan. 23, 25 and yesterday respectively": Nimroz's operation "Jan. 25", a bare
    number taking the first day's month)."""
    sent, heads = ctx.sents[lead.sent], ctx.rules.words("actors", "address_heads")
    for t in sent:
        if not (t.tag_ == "NNS" and t.lemma_.lower() in heads) or not d.location:
            continue
        ents = ctx.ents_in(sent)
        names = [e for e in ents if e.label_ in ("GPE", "LOC") and t.left_edge.i <= e.start and e.end <= t.i]
        days: list[Span] = []
        k = t.i + 1
        for e in (e for e in ents if e.label_ == "DATE" and e.start > t.i):
            if any(x.text not in (",", "and") for x in ctx.doc[k:e.start]):
                break
            days, k = [*days, e], e.end
        if len(names) < 2 or len(days) != len(names):
            continue
        for name, day in zip(names, days):
            if name.text.lower() in d.location.lower():
                return f"{days[0][0].text} {day.text}" if day.text.isdigit() and len(days[0]) > 1 else day.text
    return None


def retold_release(ctx: Context, o: IncidentDraft, d: IncidentDraft, doers: Callable[[IncidentDraft, IncidentDraft], bool]
                   = same_doer) -> bool:
    """``d``, told in a later release of the article than ``o`` (press releases joined, each with its
    dateline: "KABUL, Afghanistan (June 20, 2012)"), on the same day once each date is resolved against its
    own release's dateline ("today" in the June 18 release, "Monday" in the June 20 update), by the same
    doer or with one unnamed: an update retelling the event ("confirmed ... was one of the insurgents
    detained during an operation in X district Monday")."""
    days = release_days(ctx)
    if len(days) < 2 or not (o.date_text and d.date_text):
        return False
    if not (o.perpetrator is None or d.perpetrator is None or doers(o, d)):
        return False
    ro, rd = release_of(ctx, days, o), release_of(ctx, days, d)
    if ro is None or rd is None or ro == rd:
        return False
    a, b = dates.resolve(o.date_text, days[ro][1]), dates.resolve(d.date_text, days[rd][1])
    return a is not None and b is not None and a.precision == "day" and a.iso == b.iso


def release_days(ctx: Context) -> list[tuple[int, dt.date]]:
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


def release_of(ctx: Context, days: list[tuple[int, dt.date]], d: IncidentDraft) -> int | None:
    """The index of the release whose dateline comes last before the incident's event word, if any (its
    sentence may start before the dateline: "2012-06-S-036 For Immediate Release KABUL, Afghanistan (...) ...")."""
    return _release_at(days, ctx.doc[d.cue].idx)


def _release_at(days: list[tuple[int, dt.date]], offset: int) -> int | None:
    """The index of the last release dateline at or before character ``offset``, if any."""
    before = [n for n, (at, _) in enumerate(days) if at <= offset]
    return before[-1] if before else None


def release_of_same(ctx: Context, a: IncidentDraft, b: IncidentDraft) -> bool:
    """Both told in the same release of the article (or it has fewer than two datelines)."""
    days = release_days(ctx)
    return len(days) < 2 or release_of(ctx, days, a) == release_of(ctx, days, b)
