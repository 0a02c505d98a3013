"""Incidents, step 2: a sentence's cues grouped into incident drafts (:class:`IncidentDraft`), one per event
unless conjoined acts or court acts are told apart; slots from :mod:`summarizer.offline.slots`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.offline import slots
from summarizer.offline.doc import ActorDraft, Context, Cue, dateline_end, definite
from summarizer.offline.incidents.cues import (
    air_attack,
    air_unit_act,
    animal,
    announced_death,
    arrests_made,
    dead_subject,
    death_told,
    disaster,
    evacuation,
    event_words,
    force_on_protest,
    force_sent,
    group_clash,
    judicial,
    legal_act,
    protest_wave,
    sanction,
    state_named,
    toll_of,
    vehicle_accident,
)
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass
class IncidentDraft:
    type: str
    sent: int
    span: tuple[int, int]  # token span
    cue: int
    date_text: str | None = None
    location: str | None = None
    weapon: str | None = None
    perpetrator: ActorDraft | None = None
    alleged: ActorDraft | None = None
    killed: int | None = None
    injured: int | None = None
    anchored: bool = False
    casualty_only: bool = False  # only "killed"/"wounded" cues and no doer
    definite: bool = False  # "the attack": may refer back to an earlier incident
    new: bool = False  # "another attack", "an attack": a new incident
    told_before: bool = False  # "Saturday's attack": an incident the article dates, so has told
    another: bool = False  # "another attack", "the second attack": even a definite one is not the one told
    last_sent: int = -1  # the sentence of its latest mention (its own sentence until merged)
    separate: bool = False  # a court act told with the crime it concerns: not merged into its sentence's other incident
    dead: str | None = None  # a death told as done: the one who died ("Li", "the 60-year-old man")
    words: frozenset[str] = frozenset()  # the lemmas of its event cues ("crash", "fire")
    place_sent: int = -1  # the sentence whose places it takes when it has none: its own, or its operation's
    toll_only: bool = False  # a sentence with no event word that counts dead or hurt ("Seventeen people died")
    pronoun_toll: bool = False  # its toll is one person told by a pronoun only ("killing him")
    response: bool = False  # a force's fire killing the attackers just told (incidents.merge._killed_in_response)

    def __post_init__(self) -> None:
        if self.last_sent < 0:
            self.last_sent = self.sent
        if self.place_sent < 0:
            self.place_sent = self.sent


def _sent_apart(ctx: Context, group: list[Cue]) -> list[list[Cue]]:
    """A force sent, told as the second of two acts joined by "and", is a deployment of its own beside the first
    act ("declared a state of emergency and deployed the national guard"). Returns [first act's cues, the
    deployment's], or [group]."""
    sent = [(t, k) for t, k in group if k == "deployment" and t.dep_ == "conj" and force_sent(ctx, t)]
    rest = [c for c in group if c not in sent]
    if not sent or not rest or any(k == "deployment" for _, k in rest):
        return [group]
    return [rest, sent]


def _death_news(t: Token) -> bool:
    """A death told as the news, with no day or place needed: in the perfect ("Hana Kimura, age 22, has
    died, X announced") or announced ("X announced the death of Y"); not a past death told in passing
    ("her father died when she was one")."""
    return t.pos_ == "NOUN" or any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in t.children)


def _no_attack(ctx: Context, group: list[Cue], sent: Span) -> bool:
    """Deaths and injuries with no attack in them: caused by an accident, a disaster or an illness
    ("a road accident killed five", "the virus killed 813"), or told as part of an operation
    ("was killed in a US counterterrorism operation")."""
    r = ctx.rules
    casualty = r.killed | r.injured
    if _accidental_blast(ctx, group, sent):
        return True  # "A gas explosion tore through an apartment building, killing six residents": an accident
    fights = [g for t, _ in group if t.lemma_.lower() in r.killed for c in t.children if c.dep_ == "prep" and c.lower_ in (
        "in", "during") for g in c.children if g.dep_ == "pobj" and _fight_with_force(ctx, t, g)]
    if fights and all(t.lemma_.lower() in casualty or t.i == fights[0].i for t, _ in group):
        return True  # "Four rebels were killed in a gunfight with troops": the force's operation
    if any(t.lemma_.lower() not in casualty for t, k in group if k != "other"):
        return False  # "bombing", "shot", "attacked": an attack word of its own
    killers, ops = event_words(ctx, "non_violent_killers"), event_words(ctx, "operation_words")
    if any(k == "other" and t.lemma_.lower() in event_words(ctx, "murder_words") for t, k in group):
        return True  # "confessed to killing his sister by strangling her": a murder
    if any(x.lemma_.lower() in killers and r.event_type.get(x.lemma_.lower()) != "attack" and not ctx.in_quote(x.idx) and (
            x.pos_ in ("NOUN", "PROPN") or any(x.i == t.i for t, _ in group)) for x in sent):
        # a killer named in the sentence, not "opened fire": "a typhoon made landfall, killing 20",
        # "the measles outbreak that killed 62", "seven were killed when a plane crashed"
        return True
    for t, _ in group:
        doers = [c for c in t.children if c.dep_ == "nsubj"] + [
            g for c in t.children if c.dep_ == "agent" for g in c.children]
        if any(x.lemma_.lower() in killers for d in doers for x in d.subtree):
            return True
        head = t
        while not doers and head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "it has infected 200 and killed three"
            doers = [c for c in head.children if c.dep_ == "nsubj"]
        if any(_refers_back(d) for d in doers) and _killer_before(ctx, sent, killers):
            return True  # "A fire destroyed 200 homes. Officials said it killed nine people."
        if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                g.lemma_.lower() in ops or _of_operations(ctx, g) for g in c.children if g.dep_ == "pobj") for c in t.children):
            return True
    return _toll_after_disaster(ctx, group, sent, killers)


def _of_operations(ctx: Context, g: Token) -> bool:
    """A count noun of operations ("Six insurgents were killed in a string of raids by the army")."""
    ops = event_words(ctx, "operation_words")
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ops for o in c.children) for c in g.children)


def _fight_with_force(ctx: Context, t: Token, g: Token) -> bool:
    """Armed men killed in a fight with a force ("Two gunmen were killed in an encounter with police near the border",
    "three bandits were killed during a firefight with soldiers", "killed in an exchange of fire with troops"): the
    force's operation, `other` (LABELLING), not an attack on them; a ``force_fight_nouns`` noun with "with" a force
    (``scene_forces``, ``fight_forces``, a military or government actor) in its phrase, the killed ones (object or
    passive subject) ``hostile_words`` or ``fight_foes`` ("Two soldiers were killed in clashes with militants" stays
    the militants' attack)."""
    if g.lemma_.lower() not in event_words(ctx, "force_fight_nouns"):
        return False
    foes = event_words(ctx, "hostile_words") | event_words(ctx, "fight_foes")
    aux = [c for c in t.children if c.dep_ == "auxpass"]  # "were on Monday killed": the parser's nsubj, of either
    aux += [t.head] if t.tag_ == "VBN" and t.head.lemma_ == "be" and t.dep_ in ("advcl", "acomp", "xcomp") else []
    killed = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj") or (c.dep_ == "nsubj" and aux)] + [
        c for a in aux for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not killed or killed[0].lemma_.lower() not in foes:
        return False
    forces = event_words(ctx, "scene_forces") | event_words(ctx, "fight_forces")
    for x in g.subtree:
        if x.dep_ == "pobj" and x.head.lower_ == "with" and x.head.head.i in (g.i, *(c.i for c in g.subtree)):
            actor = ctx.token_actor.get(x.i)
            if (x.lemma_.lower() in forces and (actor is None or actor.kind != ActorKind.armed_group)) or (
                    actor is not None and actor.kind in (ActorKind.military, ActorKind.government)):
                return True
    return False



def _accidental_blast(ctx: Context, group: list[Cue], sent: Span) -> bool:
    """A blast told with an accidental cause (round 47): an explosion noun or verb of the sentence (``blast_words``)
    whose modifier or subject names a fuel, a container or a machine that explodes by accident ("A gas explosion tore
    through an apartment building on Wednesday, killing six residents", "A gas cylinder exploded in a crowded market,
    killing three", "A boiler explosion ripped through a factory", ``accidental_blast_causes``), the group's attack
    words only that blast or casualties: an accident, no attack; not "A car bomb exploded", "a suicide blast"."""
    r = ctx.rules
    blasts, causes = event_words(ctx, "blast_words"), event_words(ctx, "accidental_blast_causes")
    if any(t.lemma_.lower() not in r.killed | r.injured | blasts for t, k in group if k != "other"):
        return False
    for x in sent:
        if x.lemma_.lower() not in blasts or ctx.in_quote(x.idx):
            continue
        # its modifiers, or its subject with the subject's own ("A gas cylinder exploded"; not the subject's clauses,
        # "a truck loaded with fuel")
        told = [w for c in x.children if c.dep_ in ("compound", "amod", "nsubj")
                for w in (c, *(g for g in c.children if g.dep_ in ("compound", "amod")))]
        if any(w.lower_ in causes or w.lemma_.lower() in causes for w in told) or _accident_site(ctx, x, sent):
            return True
    return False


def _accident_site(ctx: Context, x: Token, sent: Span) -> bool:
    """A blast told at a works where things explode by accident (round 49): the blast's compound, or the place of
    the blast, of its verb or of the verb whose "in" it is ("at", "in", "inside", "through", and that place's "of"),
    names a factory, a plant, a warehouse (``accident_sites``: "killed after a blast at a fireworks factory", "A huge
    explosion tore through a chemical plant", "a blast tore through the packing shed of the mill", "the Monday paint
    factory explosion"), and the sentence names no weapon outside that place ("A bomb blast at a factory", "a suicide
    bomber blew himself up at a plant": an attack)."""
    # the blast's own places, its verb's ("An explosion tore through", as subject or as the parser's clause on it), and
    # those of the verb whose "in" it is ("were hurt in a blast at a paint factory")
    verbs = [c for c in x.children if c.dep_ in ("acl", "relcl")] + ([x.head] if x.dep_ == "nsubj" else []) + (
        [x.head.head] if x.dep_ == "pobj" and x.head.lower_ in ("in", "after") else [])
    preps = [c for v in (x, *verbs) for c in v.children if c.dep_ == "prep"]
    told = [c for c in x.children if c.dep_ == "compound"] + [
        g for p in preps if p.lower_ in ("at", "in", "inside", "through") for g in p.children if g.dep_ == "pobj"]
    told += [g for c in told for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    site = next((c for c in told if c.lemma_.lower() in event_words(ctx, "accident_sites")), None)
    if site is None:
        return False
    inside = {w.i for w in site.subtree}
    rest = "".join(" " * len(w.text_with_ws) if w.i in inside else w.text_with_ws for w in sent)
    return slots.weapon(ctx, rest) is None

def _toll_after_disaster(ctx: Context, group: list[Cue], sent: Span, killers: frozenset[str]) -> bool:
    """A toll with no doer and no weapon told in the two sentences after a disaster, an accident or an illness
    is named ("... over the current outbreak. SARS-CoV-2 has already killed more than 1,000 people", "Wednesday's
    quake affected ... 76 villages were affected, which figured 21 injured individuals"): its casualties, no
    attack. A doer that is a person, a group or a body ("Gunmen killed three") or a weapon makes it one."""
    if slots.weapon(ctx, sent.text) is not None:
        return False
    for t, _ in group:
        doers = [c for c in t.children if c.dep_ == "nsubj"] + [g for c in t.children if c.dep_ == "agent" for g in c.children]
        if any(d.i in ctx.token_actor or d.ent_type_ in ("PERSON", "NORP", "GPE") or d.pos_ != "PROPN" for d in doers):
            return False
    n = ctx.sent_of[sent.start]
    return any(x.lemma_.lower() in killers and x.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(x.idx)
               for k in (n - 2, n - 1) if k >= 0 for x in ctx.sents[k])


def _animal_doer(ctx: Context, group: list[Cue]) -> bool:
    """An attack or a killing done by an animal ("was killed by his lions", "a bat attacked the
    nominee"): an accident, no attack."""
    doers = [c for t, _ in group for c in t.children if c.dep_ == "nsubj"] + [
        g for t, _ in group for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(animal(ctx, d) for d in doers) and not any(d.i in ctx.token_actor for d in doers)


def _force_kill(ctx: Context, d: IncidentDraft, group: list[Cue]) -> bool:
    """A killing a force did to someone ("coalition forces responded with fire, killing several insurgents"), or its
    strike that killed ("engaged the enemy position with artillery fire, killing several insurgents"): an operation's
    killing that happened, with no slot of its own (its day and place told in the sentence before)."""
    return d.type in ("other", "strike") and d.perpetrator is not None and d.perpetrator.kind in (ActorKind.military, ActorKind.government) and any(
        t.pos_ == "VERB" and t.lemma_.lower() in ctx.rules.killed and any(c.dep_ == "dobj" for c in t.children) for t, _ in group)


def _refers_back(d: Token) -> bool:
    """ "it", "that event", "the incident": a subject that names what the sentence before told."""
    return d.lower_ in ("it", "this", "that") or (d.lemma_.lower() in ("event", "incident", "disaster") and definite(d))


def _killer_before(ctx: Context, sent: Span, killers: frozenset[str]) -> bool:
    """The sentence before is about a disaster, an accident or an illness (a subject noun of those)."""
    n = ctx.sent_of[sent.start]
    return n > 0 and any(x.lemma_.lower() in killers and x.pos_ in ("NOUN", "PROPN") and x.dep_ in ("nsubj", "nsubjpass")
                         for x in ctx.sents[n - 1])


def _has_patient(group: list[Cue]) -> bool:
    """An arrest or court event done to someone in particular ("A man was arrested", "detained
    the suspect", "the suspect's wife was taken into custody")."""
    for t, _ in group:
        verb = t.head if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.dep_ == "prep" else t
        verb = verb.head if verb.dep_ == "prep" else verb
        if verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            return True
    return False


def _violence_to(ctx: Context, group: list[Cue]) -> bool:
    """Violence done to someone in particular, told by its verb ("the teacher was stabbed in the neck", "shot
    numerous Afghan civilians", "the ship was hijacked", ``patient_violence``): an attack that happened, its day
    and place told elsewhere or not at all. The one it was done to is named, or a person or a vehicle by a noun
    (``victim_heads``, ``accident_subjects``), not a definite one nor a pronoun ("The soldier shot the man", "he was
    shot": told before); not a gerund ("responsible for kidnapping Afghan citizens": a profile or a charge)."""
    words = event_words(ctx, "patient_violence")
    heads = ctx.rules.victim_heads | event_words(ctx, "accident_subjects")
    for t, k in group:
        if k != "attack" or t.pos_ != "VERB" or t.lemma_.lower() not in words:
            continue
        if t.tag_ == "VBG":
            continue  # "responsible for kidnapping Afghan citizens": a charge or a profile
        if any(c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN" or (
                c.pos_ == "NOUN" and c.lemma_.lower() in heads and not definite(c))) for c in t.children):
            return True
    return False


def toll_sentence(ctx: Context, n: int) -> IncidentDraft | None:
    """The casualties a sentence with no event word counts, told just after an accident or a disaster
    ("A hotel caught fire. At least seventeen people died.", "The incident left seven riders dead"): a
    toll for the merge to hand to that incident, never an incident of its own."""
    sent = ctx.sents[n]
    killed, injured = slots.casualties(ctx, sent)
    hurt = ctx.rules.killed | ctx.rules.injured
    if killed is None and injured is None or any(ctx.in_quote(t.idx) for t in sent if t.lemma_.lower() in hurt):
        return None
    if any(e.label_ == "DATE" for e in ctx.ents_in(sent)):
        return None  # "2018 saw 750 deaths on the roads": a toll of its own time, not the accident's
    return IncidentDraft(type="other", sent=n, span=(sent.start, sent.end), cue=sent.start, killed=killed, injured=injured,
                         casualty_only=True, toll_only=True)


@dataclass
class _Told:
    """One sentence's event cues as they divide into incidents, and the slots the whole sentence gives."""

    n: int
    sent: Span
    cues: list[Cue]
    groups: list[list[Cue]]
    split: bool  # [crime, court act]: a court act and the crime it is about (_court_and_crime)
    apart: bool  # [event, event of a clause set apart]: "..., while his brother was captured" (_clause_apart)
    coord: bool  # acts of one doer joined by "and": "killed two insurgents and detained nine others"
    outcome: bool  # an act and its outcome (_outcome_split)
    kill_gi: int  # the group the sentence's casualties go with
    weapon: str | None
    killed: int | None
    injured: int | None
    counted: bool  # a toll told by a count or a noun, not only by a pronoun ("killing him")


def told_cues(ctx: Context, n: int, cues: list[Cue]) -> _Told:
    """Sentence ``n``'s cues in their incidents' groups, with its weapon and casualties."""
    sent = ctx.sents[n]
    weapon = slots.weapon(ctx, ctx.sent_text[n])
    killed, injured = slots.casualties(ctx, sent)
    # separate event nouns joined by "and" with their own dates: "The attack on the
    # airport and a December 3 attack on Al Assad air base"
    groups = _event_groups(ctx, cues)
    split = len(groups) == 1 and len(court_crime := _court_and_crime(ctx, groups[0])) == 2
    if split:
        groups = court_crime
    apart = not split and len(groups) == 1 and len(clauses := _clause_apart(ctx, groups[0])) == 2
    if apart:
        groups, split = clauses, True
    kill_gi, coord = 0, False
    if len(groups) == 1 and len((acts := _coordinated_acts(ctx, groups[0]))[0]) > 1:
        (groups, kill_gi), coord = acts, True  # "killed two insurgents and detained nine others": two incidents
    elif len(groups) == 1 and len(sent_apart := _sent_apart(ctx, groups[0])) > 1:
        groups, coord = sent_apart, True  # "declared a state of emergency and deployed the national guard": two
    elif len(groups) == 1 and len(dated := _dated_apart(groups[0])) > 1:
        groups = dated  # "X was arrested on June 19, and Y was arrested on June 21": two arrests, each with its day
    outcome = len(groups) == 1 and len(groups := _outcome_split(ctx, groups[0])) > 1
    return _Told(n=n, sent=sent, cues=cues, groups=groups, split=split, apart=apart, coord=coord, outcome=outcome,
                 kill_gi=kill_gi, weapon=weapon, killed=killed, injured=injured,
                 counted=(killed, injured) == (None, None) or slots.casualties(ctx, sent, pronouns=False) != (None, None))


def group_draft(ctx: Context, s: _Told, gi: int, group: list[Cue]) -> IncidentDraft:
    """The incident of the sentence's group ``gi``: its type, span, slots and doer, and what the merge reads."""
    r = ctx.rules
    kinds = [k for _, k in group]
    kind = min(kinds, key=lambda k: r.event_order.index(k))
    if kind in ("other",) and any(k == "attack" for k in kinds):
        kind = "attack"
    own = len(s.groups) > 1 and not s.split and not s.coord and not s.outcome
    lo = min(_own_span(t)[0] for t, _ in group) if own else s.sent.start
    hi = max(_own_span(t)[1] for t, _ in group) if own else s.sent.end
    if s.apart and gi == 1:
        lo, hi = _clause_span(group[0][0])  # "while his brother was captured a day later": the clause's own words and day
    date_text = slots.date_of(ctx, s.sent, group, lo, hi)
    location = slots.location(ctx, group) or (slots.location(ctx, s.cues) if s.coord else None)
    toll = gi == s.kill_gi
    draft = IncidentDraft(type=kind, sent=s.n, span=(lo, hi), cue=group[0][0].i, date_text=date_text,
                          location=location, weapon=s.weapon,
                          killed=s.killed if toll else None, injured=s.injured if toll else None)
    # the killing of "Several insurgents were killed and others detained by the force" is the force's too
    draft.perpetrator = slots.doer(ctx, group) or (slots.doer(ctx, s.cues) or slots.participle_doer(ctx, group) if s.coord else None) or (
        slots.doer(ctx, s.groups[0]) if s.outcome else None)
    if draft.perpetrator is not None and slots.hedged(group):
        draft.alleged, draft.perpetrator = draft.perpetrator, None
    death = next((t for t, _ in group if death_told(ctx, t)), None) if kind == "other" else None
    if death is not None:
        _one_died(ctx, draft, death)
    _retype(ctx, s, gi, group, draft)
    draft.casualty_only = all(t.lemma_.lower() in r.killed | r.injured and not death_told(ctx, t)
                              for t, _ in group) and draft.perpetrator is None and not s.coord
    draft.pronoun_toll = (s.killed is not None or s.injured is not None) and not s.counted
    draft.anchored = bool(date_text or location or s.weapon or (s.killed is not None or s.injured is not None) and s.counted)
    vehicle = any(vehicle_accident(ctx, t) for t, _ in group)
    draft.anchored = draft.anchored or _done_without_slots(ctx, s, gi, group, draft, kind, death, vehicle)
    _mark_reference(ctx, draft, group, vehicle)
    draft.separate = (s.split and gi == 1) or ((s.coord or s.outcome) and gi > 0)
    return draft


def _one_died(ctx: Context, draft: IncidentDraft, death: Token) -> None:
    """An `other` incident that is one death told as done (:func:`death_told`): who died, no doer, one killed."""
    draft.dead = _dead_one(ctx, death)
    draft.perpetrator = draft.alleged = None  # the one who died did not do it
    draft.killed = 1 if draft.killed is None else draft.killed
    place = draft.location
    if place and any(c.dep_ == "prep" and c.lower_ in ("from", "of") and place in ctx.doc[
            c.left_edge.i:c.right_edge.i + 1].text for c in death.children):
        draft.location = None  # "died from COVID-19": the cause, not the place


def _done_without_slots(ctx: Context, s: _Told, gi: int, group: list[Cue], draft: IncidentDraft, kind: str,
                        death: Token | None, vehicle: bool) -> bool:
    """The group's event happened though it has no day, place, weapon or toll of its own (``kind``: the group's
    type before :func:`_retype`)."""
    # an arrest or court event of someone in particular happened, slots or not; so did a seizure of things told
    # ("The security force also seized multiple weapons during the operation", "All items were confiscated"),
    # and a crime a court act in its sentence is about, dated or not
    if any(court_act(ctx, t, k, "verdict_verbs") for t, k in group) or (kind in ("arrest", "seizure") and _has_patient(group)) or (
            kind == "arrest" and any(arrests_made(ctx, t) for t, _ in group)):
        return True
    if any(_charged_named(ctx, t, k) for t, k in group):
        return True
    # so did an accident a vehicle had ("The aircraft overshot the runway"), its day and place told before
    if vehicle or (death is not None and _death_news(death)):
        return True
    # a surrender told with its subject; a force's killing; the first of a split sentence's events
    if any(slots.gives_up(ctx, t) and any(c.dep_ == "nsubj" for c in t.children) for t, _ in group):
        return True
    if _force_kill(ctx, draft, group) or (s.split and gi == 0) or _coordinated_killing(ctx, s, gi, group) is not None:
        return True
    if draft.type == "strike" and _air_support_killing(ctx, group):
        return True
    # an evacuation of people told as done or ordered ("have been instructed to evacuate"), like a legal act; a
    # disaster; a force sent; force used on a protest's crowd ("Police dispersed the crowd with water cannon"), its
    # patient named; a force's aircraft engaging ("the air weapons team engaged the enemy position, killing numerous
    # insurgents"); a protest wave; an accident or disaster a death toll is counted for; a clash between groups of
    # people ("A curfew was ordered in the town after a clash between two tribes")
    if any(evacuation(ctx, t) or disaster(ctx, t) or force_sent(ctx, t) or force_on_protest(ctx, t) or air_unit_act(ctx, t)
           or protest_wave(ctx, t, k) or toll_of(ctx, t) or group_clash(ctx, t) for t, k in group):
        return True
    return _violence_to(ctx, group)


def _charged_named(ctx: Context, t: Token, kind: str) -> bool:
    """A charge of someone named happened, slots or not, as a verdict does: a charging verb (``charge_verbs``) told as done
    whose one charged (the passive subject or the object) is a name, a person or a body ("His nephew, Li Wei, was charged
    with attempted murder", "Prosecutors indicted Acme Corp on six counts"); not "a man was charged", which the day
    or place of its sentence must tell, nor a charge told only as a noun ("faces charges"), nor in an article that tells
    a verdict or a sentence (``verdict_verbs``), where the charges are the ones the verdict answers."""
    if kind != "other" or t.pos_ != "VERB" or t.tag_ in ("VB", "VBG") or t.lemma_.lower() not in event_words(ctx, "charge_verbs"):
        return False
    verdicts = event_words(ctx, "verdict_verbs")
    if any(x.pos_ == "VERB" and x.lemma_.lower() in verdicts for x in ctx.doc):
        return False  # "X was convicted ... X was charged with three crimes": the charges the verdict answers, told again
    charged = [c for c in t.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(c.ent_type_ in ("PERSON", "ORG") or (c.pos_ == "PROPN" and c.i in ctx.token_actor) or any(
        a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children) for c in charged)


def _retype(ctx: Context, s: _Told, gi: int, group: list[Cue], draft: IncidentDraft) -> None:
    """An attack that is an operation, a force's act or an accident becomes an `other` incident."""
    if draft.type == "attack" and draft.perpetrator is not None and draft.perpetrator.kind in (
            ActorKind.military, ActorKind.government) and not any(
            t.lemma_.lower() in ("attack", "bomb", "bombing", "ambush", "assault") or force_on_protest(ctx, t) or (
                t.lemma_.lower() in event_words(ctx, "person_violence")) for t, _ in group):
        draft.type = "other"  # "the security force killed a commander": an operation (not "police dispersed the protesters",
        # nor "Police beat us up": violence done to people, an attack though police did it)
    if draft.type == "attack" and s.coord and gi == s.kill_gi and all(
            any(c.dep_ == "dobj" for c in t.children) for t, _ in s.cues if t.pos_ == "VERB") and not _force_on_crowd(ctx, group):
        draft.type = "other"  # "a patrol killed two insurgents and seized a cache": the killer also took, a force
    if draft.type == "attack" and (_no_attack(ctx, group, s.sent) or _animal_doer(ctx, group)):
        draft.type = "other"  # "a road accident killed five", "killed in a counterterrorism operation"
    if draft.type == "attack" and draft.perpetrator is None and (kind := _force_fire(ctx, group)) is not None:
        draft.type = kind  # "The security force engaged the armed individuals, resulting in seven insurgents killed"
    if draft.type == "attack" and draft.perpetrator is None and _killed_in_strikes(ctx, group, s.sent):
        draft.type = "strike"  # "at least nine people were killed in airstrikes on the town"
    if draft.type == "attack" and draft.perpetrator is None and any(
            _hostile(ctx, v) for v in _coordinated_killing(ctx, s, gi, group) or ()):
        draft.type = "other"  # "Three insurgents were killed, 13 men were detained": the operation that took them killed
    if draft.type in ("other", "attack") and (draft.perpetrator is None or draft.perpetrator.kind in (
            ActorKind.military, ActorKind.government)) and _air_support_killing(ctx, group):
        draft.type = "strike"  # "requested close air support, killing several insurgents": the aircraft killed


def _force_on_crowd(ctx: Context, group: list[Cue]) -> bool:
    """Force used on a protest's crowd, or an attack told by its noun ("police launched a fresh attack on the
    university"): an attack though the force that did it also arrested."""
    return any(force_on_protest(ctx, t) or (t.pos_ == "NOUN" and t.lemma_.lower() == "attack") for t, _ in group)


def _killed_in_strikes(ctx: Context, group: list[Cue], sent: Span) -> bool:
    """A killing told with no doer and no attack word of its own in a sentence that names air strikes (round 49):
    an ``airstrike`` noun, or "strike" named with "air", "drone" or "missile", plural or not, outside quotes ("at least
    nine people were killed in airstrikes on the town", "denied a role in air strikes on camps held by rebels, in
    which 14 fighters were killed"): the strikes killed (LABELLING: strike); not "a general strike"."""
    r = ctx.rules
    if any(t.lemma_.lower() not in r.killed | r.injured for t, _ in group):
        return False
    return any(x.pos_ == "NOUN" and not ctx.in_quote(x.idx) and (x.lemma_.lower() == "airstrike" or (
        x.lemma_.lower() == "strike" and any(c.dep_ in ("compound", "amod") and c.lower_ in ("air", "drone", "missile")
                                             for c in x.children)) or _state_strike(ctx, x, group) or air_attack(ctx, x)) for x in sent)


def _state_strike(ctx: Context, x: Token, group: list[Cue]) -> bool:
    """A bare "strike" that a killing of the group is told "in" or "during", named with the state or the force that
    struck (round 50): a country or a nationality before it, or a force or a state in its "by", or in the "by" of the
    participle that carried it out ("was killed in a strike by Turkish forces near the border town", "civilians killed during
    a Russian strike", "killed in a strike carried out by the army"); not a workers' strike ("injured in a strike by
    dock workers"), nor "a general strike"."""
    if x.lemma_.lower() != "strike" or x.dep_ != "pobj" or x.head.lower_ not in ("in", "during") or (
            x.head.head.i not in {t.i for t, _ in group}):
        return False
    return state_named(ctx, x)


def _air_support_killing(ctx: Context, group: list[Cue]) -> bool:
    """A force's killing told with air support as its means, in the killing verb's clause or one it hangs from as a
    participle or a conjunct ("The combined team responded to the attack with close air support, killing several
    insurgents", "requested close air and artillery support, engaging the enemy position and killing several
    insurgents", "returned fire with assistance of an air weapon team killing several insurgents", "close air support
    and artillery fire from coalition forces assets engaged them killing several insurgents"): an air strike
    (LABELLING: strike, air or artillery). Air support is "support" or a ``air_unit_heads`` noun named with "air",
    a subject, object or phrase of those verbs (not further down: "an attack on a patrol that had requested air
    support"); not where an armed group is those verbs' subject."""
    killers = [t for t, _ in group if t.pos_ == "VERB" and t.lemma_.lower() in ctx.rules.killed]
    if not killers:
        return False
    verbs = [killers[0]]
    while verbs[-1].dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp", "pobj", "prep") and verbs[-1].head.i != verbs[-1].i and len(verbs) < 6:
        verbs.append(verbs[-1].head)
    heads = event_words(ctx, "air_unit_heads") | {"support"}
    hostile = event_words(ctx, "hostile_words")
    parts = [c for v in verbs if v.pos_ in ("VERB", "AUX") for c in v.children if c.dep_ in ("nsubj", "dobj", "prep", "agent")]
    parts += [v for v in verbs[1:2] if killers[0].dep_ == "acl"]  # "requested close air support killing several"
    if any(c.dep_ == "nsubj" and any(x.lemma_.lower() in hostile for x in c.subtree) for c in parts):
        return False
    return any(x.lemma_.lower() in heads and any(a.lower_ == "air" and a.i < x.i for a in c.subtree)
               for c in parts for x in c.subtree if not _in_clause(x, c))


def _in_clause(x: Token, top: Token) -> bool:
    """Whether ``x`` stands in a clause of its own below ``top`` ("a patrol that had requested air support")."""
    return any(a.dep_ in ("relcl", "advcl", "ccomp", "acl") for a in x.ancestors if a.i != top.i and top in a.ancestors)


def _coordinated_killing(ctx: Context, s: _Told, gi: int, group: list[Cue]) -> list[Token] | None:
    """The ones killed in a killing told as one of the sentence's coordinated acts beside an arrest or a seizure
    (:func:`_coordinated_acts`: "Several insurgents were killed and one man was detained during the operation",
    "Three insurgents were killed, 13 men were detained and several weapons were found"): it happened, counted or
    not, as the arrest told with it did; None when the group is no such killing."""
    if not s.coord or gi != s.kill_gi:
        return None
    hurt = ctx.rules.killed | ctx.rules.injured  # "Several protesters were arrested and others wounded"
    victims = [c for t, _ in group if t.pos_ == "VERB" and t.lemma_.lower() in hurt and t.tag_ in ("VBD", "VBN")
               for c in t.children if c.dep_ in ("nsubjpass", "dobj") or (c.dep_ == "nsubj" and _acted_on(t))]
    return victims or None


def _hostile(ctx: Context, v: Token) -> bool:
    """Armed men of the other side: a ``hostile_words`` noun ("insurgents", "militants") or people called armed
    ("several armed men")."""
    return v.lemma_.lower() in event_words(ctx, "hostile_words") or any(c.lower_ == "armed" for c in v.children)


def _force_fire(ctx: Context, group: list[Cue]) -> str | None:
    """A killing told with no doer the stage found, in a clause whose subject is a force that fires or engages
    ("The security force engaged the armed individuals, resulting in seven insurgents killed", "The joint security
    force returned fire, killing four insurgents": a force's killing, `other`, LABELLING) or a strike ("The strikes
    reportedly killed more than 10 insurgents": `strike`). The killing word's clause, or one it hangs from as a
    participle or a phrase (up to four steps); not an armed group's force, nor a clause whose subject is another."""
    r = ctx.rules
    if not group or any(t.lemma_.lower() not in r.killed for t, _ in group):
        return None
    forces, fire = event_words(ctx, "scene_forces"), event_words(ctx, "force_fire_words")
    strikes = event_words(ctx, "strike_subjects")
    node = group[0][0]
    for _ in range(5):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            x = subjects[0]
            if x.lemma_.lower() in strikes and node.i == group[0][0].i:
                return "strike"
            actor = ctx.token_actor.get(x.i)
            force = (x.lemma_.lower() in forces and (actor is None or actor.kind != ActorKind.armed_group)) or (
                actor is not None and actor.kind in (ActorKind.military, ActorKind.government))
            fired = node.lemma_.lower() in fire or any(c.dep_ == "dobj" and c.lemma_.lower() in fire for c in node.children)
            return "other" if force and fired else None
        if node.dep_ not in ("advcl", "acl", "pobj", "prep", "pcomp", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _mark_reference(ctx: Context, draft: IncidentDraft, group: list[Cue], vehicle: bool) -> None:
    """What the merge reads of how the cue refers: back ("the attack"), to a dated one ("Saturday's
    attack"), to a new one ("another attack", "an attack", "attacked again"); and the cues' lemmas,
    with a vehicle's accident's words for a vehicle accident (:func:`vehicle_accident`)."""
    cue = group[0][0]
    # "the attack", "who was also killed in the airstrike": any of its event nouns refers back
    draft.definite = any(c.dep_ == "det" and c.text.lower() in ("the", "this", "that")
                         for t, _ in group if t.i == cue.i or t.pos_ == "NOUN" for c in t.children)
    draft.told_before = cue.pos_ == "NOUN" and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in cue.children)
    draft.another = _another(ctx, cue)
    # "two blasts occurred": events counted with no "the" are new ones (_counted_events), as "a blast" is
    counted = cue.tag_ == "NNS" and not draft.definite and any(c.dep_ == "nummod" for c in cue.children)
    draft.new = draft.another or counted or any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in cue.children) or any(
        c.dep_ == "advmod" and c.lower_ in event_words(ctx, "new_adverbs") for t, _ in group if t.pos_ == "VERB" for c in t.children)
    draft.words = frozenset(t.lemma_.lower() for t, _ in group)
    if vehicle:
        draft.words |= event_words(ctx, "vehicle_accident_words")  # "the bus overturned" retells "the crash", "a road accident"


def _another(ctx: Context, cue: Token) -> bool:
    """An event word told as one more ("another attack", "a second bomb", ``ordinals``): not the one told before."""
    return any((c.dep_ == "det" and c.lower_ == "another") or (c.dep_ == "amod" and c.lower_ in event_words(ctx, "ordinals"))
               for c in cue.children)


def lead_start(ctx: Context, n: int, captions: tuple[re.Pattern[str], ...]) -> int | None:
    """Where sentence ``n``'s events may be told: its start; None for a caption or release boilerplate
    ("FILE - X is seen in this image"), unless a lead follows the boilerplate after a dateline ("For
    Immediate Release KABUL, Afghanistan (Dec. 29) - Forces detained ..."): the lead's start."""
    sent = ctx.sents[n]
    if len(sent) < 4:
        return None
    match = next((m for p in captions if (m := p.search(ctx.sent_text[n]))), None)
    if match is None:
        return sent.start
    for t in sent:
        if t.idx - sent.start_char >= match.end() and t.is_upper and t.is_alpha and len(t.text) > 2 and (end := dateline_end(ctx.doc, t.i)) > t.i and end < sent.end:
            return end
    if any(p.search(match.group(0)) for p in ctx.rules.boilerplate_patterns):
        after = [t for t in sent if t.idx - sent.start_char >= match.end() and not t.is_space]
        if len(after) >= 6:
            return after[0].i  # "For Immediate Release In Sabari district, a force detained ...": the lead, undated
    return None


def court_act(ctx: Context, t: Token, kind: str, verbs: str) -> bool:
    """A court or legal act told by a verb: a court's own act, a legal act issued or signed, or one
    of the ``verbs`` word list of ``rules/events.yaml`` ("convicted", "pleaded")."""
    return kind == "other" and t.pos_ == "VERB" and (
        t.lemma_.lower() in event_words(ctx, verbs) or judicial(ctx, t) or legal_act(ctx, t) or sanction(ctx, t) or slots.verdict_find(ctx, t))


def _court_and_crime(ctx: Context, group: list[Cue]) -> list[list[Cue]]:
    """A court or legal act (a plea, conviction, sentence, charge, warrant) and the violent crime it
    is about, told in one sentence, are two incidents: "X pleaded not guilty to charges that he set
    off a bomb, injuring 30", "issued arrest warrants over the assassination of Y". The crime must be
    told as an event (a verb, or a noun with a determiner or possessor: "last year's blast"), not
    named as the charge ("convicted of murder"). Returns [crime cues, court cues], or [group]."""
    murder = event_words(ctx, "murder_words")
    court = [(t, k) for t, k in group if court_act(ctx, t, k, "court_verbs")]
    crime = [(t, k) for t, k in group if (k in ("attack", "strike") or (k == "other" and t.lemma_.lower() in murder)) and (
        t.pos_ == "VERB" or any(c.dep_ in ("det", "poss") for c in t.children))]
    if not court or not crime:
        return [group]
    return [[c for c in group if c not in court], court]


def _clause_apart(ctx: Context, group: list[Cue]) -> list[list[Cue]]:
    """An event told in a subordinate clause of its own, which the grammar sets apart from the event of the
    rest of the sentence, is an incident of its own: a clause of contrast with its own subject telling
    another kind of event ("X died after a shootout last Thursday, while his brother was captured a day
    later"), or a clause whose subject is "another" or "a second" event ("The attack came hours after
    another pipe bomb went off in New Jersey"). Not "when" or "as" clauses ("were killed when a bomb
    exploded": one event told twice). Returns [the rest's cues, the clause's cues], or [group]."""
    marks = event_words(ctx, "apart_marks")
    for t, _ in group:
        v = _clause_verb_of(t)
        contrast = v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in v.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        # "The attack came hours after another pipe bomb went off": "another" tells a second event
        fresh = t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and v.dep_ != "ROOT" and _another(ctx, t)
        # "A woman stabbed an officer before she was arrested": the response to the attack's doer, apart whatever its kind
        response = not (contrast or fresh) and _response_apart(ctx, t, v, group)
        if not (contrast or fresh or response):
            continue
        inner = [(x, k) for x, k in group if v.left_edge.i <= x.i <= v.right_edge.i]
        outer = [c for c in group if c not in inner]
        order = ctx.rules.event_order
        if inner and outer and (fresh or response or min(order.index(k) for _, k in inner) != min(order.index(k) for _, k in outer)):
            return [outer, inner]
    return [group]


def _response_apart(ctx: Context, t: Token, v: Token, group: list[Cue]) -> bool:
    """A clause of time (``response_marks``) on an attack verb telling the response to its doer: an arrest
    whose one taken is a pronoun ("A woman stabbed an officer before she was arrested"), or an act of those who
    respond (``responder_words``) on a pronoun ("A gunman shot five people before police shot him dead").
    The main clause's subject is no responder ("Troops killed two before they detained three": one operation)."""
    main = v.head
    if v.dep_ != "advcl" or t.i != v.i or not any(c.dep_ == "mark" and c.lower_ in event_words(ctx, "response_marks") for c in v.children):
        return False
    if not any(k == "attack" and (x.i == main.i or x.head.i == main.i and x.dep_ == "dobj") for x, k in group):
        return False
    responders = event_words(ctx, "responder_words")
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or subj.lemma_.lower() in responders:
        return False
    kind = next(k for x, k in group if x.i == t.i)
    taken = next((c for c in v.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if taken is None or taken.tag_ != "PRP" or taken.lower_ in ("it", "i", "we", "you"):
        return False
    if kind == "arrest":
        return True
    doer = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return kind == "attack" and taken.dep_ == "dobj" and doer is not None and doer.lemma_.lower() in responders


def _clause_verb_of(t: Token) -> Token:
    """The verb of the clause a cue is in: itself, the verb a noun cue depends on, or the first of its conjuncts."""
    v = t if t.pos_ == "VERB" else t.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v


def _clause_span(t: Token) -> tuple[int, int]:
    """The token span of the clause a cue is in (its verb's subtree)."""
    v = _clause_verb_of(t)
    return v.left_edge.i, v.right_edge.i + 1


def _dated_apart(group: list[Cue]) -> list[list[Cue]]:
    """Two clauses joined by "and", each with its own subject and its own day, telling events of one kind, are two
    incidents: "X was arrested on about June 19, and Y was arrested on June 21". Returns [first clause's cues,
    second's], or [group]."""
    verbs = [(t, k) for t, k in group if t.pos_ == "VERB"]
    for t, k in verbs:
        if t.dep_ != "conj" or not any(h.i == t.head.i and hk == k for h, hk in verbs):
            continue
        if not (_own_subject(t) and _own_subject(t.head)):
            continue
        day, first_day = _own_day(t), _own_day(t.head)
        if day and first_day and day != first_day:
            second = {x.i for x in t.subtree}
            return [[c for c in group if c[0].i not in second], [c for c in group if c[0].i in second]]
    return [group]


def _own_subject(v: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


def _own_day(v: Token) -> str:
    """The day a verb's own phrase names ("arrested on June 21"), not one of a clause or a conjunct below it."""
    words = []
    for c in v.children:
        if c.dep_ not in ("prep", "npadvmod"):
            continue
        phrase = list(c.subtree)
        inside = {y.i for y in phrase}
        words += [x.text for x in phrase if x.ent_type_ == "DATE" and not any(
            a.dep_ in ("conj", "relcl", "ccomp", "advcl") and a.i > v.i and a.i in inside for a in x.ancestors)]
    return " ".join(words)


def _joined_act(t: Token, verbs: dict[int, str]) -> bool:
    """Whether ``t`` is an act joined on to the act its head tells (``verbs``: the acts' verbs): a
    conjunct ("killed two and detained nine"), a clause spliced on by a comma, which parses as the next
    act's ccomp or dep ("Three were killed, two were detained"), or a participle with no subject of its
    own ("killed a leader while detaining two others")."""
    if t.dep_ == "conj":
        return True
    if t.dep_ == "dep" and t.head.i in verbs:
        return True
    if t.dep_ == "ccomp" and t.i < t.head.i and t.head.i in verbs:
        return not any(c.dep_ == "mark" for c in t.children)
    if slots.participle_head(t, ("advcl",)) is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return True
    return _taken_in_time_clause(t, verbs)


_TIME_MARKS = ("after", "when", "before", "once", "upon", "following")


def _taken_in_time_clause(t: Token, verbs: dict[int, str]) -> bool:
    """An arrest or a seizure told in a clause of time (or of addition) of the other act: "arrested a suspected IED
    maker after discovering an IED cache", "detained two suspects when a weapons cache was discovered", "After
    weapons were found at the scene, the force detained the facilitator", "weapons were seized in addition to
    detaining several suspects"; each act its own incident, as if joined by "and" (not a killing: "detained
    after killing" stays one event)."""
    if verbs.get(t.i) not in ("arrest", "seizure"):
        return False
    if t.dep_ == "advcl" and verbs.get(t.head.i) in ("arrest", "seizure"):
        return any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in t.children)
    if t.dep_ != "pcomp" or t.head.dep_ != "prep":
        return False
    prep = t.head  # "after discovering", "in addition to detaining": the phrase hangs on the other act's verb
    if prep.lower_ == "to" and prep.head.lower_ == "addition" and prep.head.head.dep_ == "prep":
        prep = prep.head.head
    return prep.lower_ in _TIME_MARKS + ("in",) and verbs.get(prep.head.i) in ("arrest", "seizure") and (
        prep.lower_ != "in" or t.head.lower_ == "to")


def _coordinated_acts(ctx: Context, group: list[Cue]) -> tuple[list[list[Cue]], int]:
    """Killing, detaining and seizing told as coordinated acts of one sentence are incidents of their own:
    "the force killed two insurgents and detained nine others", "A leader was captured and two insurgents
    were killed" (the killing an `other` incident with its toll), "detained one suspect and seized multiple
    weapons" (an arrest and a seizure). Only verbs joined by "and" (a chain of conjuncts), each with its own
    object; not a killing told as the charge ("detained for killing two", "arrested the man who killed").
    Returns the groups (arrest, seizure, killing; those told) and the killing's index (-1: none), or ([group], 0)."""
    acts: dict[str, list[Cue]] = {"arrest": [], "seizure": [], "kill": []}
    verbs: dict[int, str] = {}
    for t, k in group:
        if t.pos_ == "VERB" and k in ("arrest", "seizure"):
            acts[k].append((t, k))
        elif t.pos_ == "VERB" and k == "attack" and (t.lemma_.lower() in ctx.rules.killed or _hurt_act(ctx, t, group)):
            acts["kill"].append((t, k))
        elif t.pos_ == "NOUN" and k == "attack" and t.dep_ == "dobj" and t.head.pos_ == "VERB" and any(
                k2 == "arrest" for _, k2 in group) and not any(x.i == t.head.i for x, _ in group):
            verbs[t.head.i] = "kill"  # "police launched a fresh attack on the university, arresting several students"
            acts["kill"].append((t, k))
        elif t.pos_ == "NOUN" and k == "seizure" and t.dep_ == "dobj" and t.head.pos_ == "VERB" and not any(
                x.i == t.head.i for x, _ in group):
            verbs[t.head.i] = k  # "discovered a weapons cache": the verb that took the cache is the act
            acts[k].append((t, k))
    told = [a for a in acts.values() if a]
    verbs.update({t.i: name for name, a in acts.items() for t, _ in a if t.pos_ == "VERB"})
    heads = [t if t.pos_ == "VERB" else t.head for a in told for t, _ in a]
    ops = event_words(ctx, "operation_words")
    if len(told) < 2 or any(t.i not in verbs and t.lemma_.lower() not in ops and t.head.i not in verbs for t, _ in group):
        return [group], 0  # another event word besides ("the attack that killed two", "shot and killed"); not "seized a cache"

    def root(t: Token) -> Token:
        while _joined_act(t, verbs) and t.head.i != t.i:
            t = t.head
            while t.dep_ == "prep" or t.lower_ == "addition" and t.dep_ == "pobj":
                t = t.head  # "after discovering", "in addition to detaining": up to the act the phrase hangs on
            if t.dep_ == "dobj" and t.head.i in verbs and t.pos_ != "VERB":
                t = t.head  # "injuring a few and arresting others": the parser joins "arresting" to "few"
        return t

    first = root(heads[0])
    hurt = any(t.lemma_.lower() not in ctx.rules.killed for t, _ in acts["kill"])  # a wounding or force, not a killing
    if not all(root(t).i == first.i and _acted_on(t, elided=hurt) for t in heads):
        return [group], 0  # "More than 10 insurgents were killed and detained": one count for both
    placed = {t.i for a in told for t, _ in a}
    for t, k in group:  # the objects ("seized a cache") go with their verb, an operation with the first act
        if t.i not in placed:
            acts[verbs.get(t.head.i, next(n for n, a in acts.items() if a))].append((t, k))
    groups = [a for a in acts.values() if a]
    return groups, (len(groups) - 1 if acts["kill"] else -1)


def _hurt_act(ctx: Context, t: Token, group: list[Cue]) -> bool:
    """An attack verb that is one of a sentence's coordinated acts beside an arrest: a wounding ("Several protesters
    were arrested and others wounded", ``injured``) or force used on a protest's crowd ("police used force against
    protesters, injuring a few and arresting others", :func:`force_on_protest`)."""
    if not any(k == "arrest" and x.pos_ == "VERB" for x, k in group):
        return False
    if force_on_protest(ctx, t):
        return True
    # not the toll of an event the sentence points back to ("After the clashes on Saturday, twenty people were arrested,
    # and two police officers were injured", "As a result of Saturday's unrest, ...": the clashes' injured)
    return t.lemma_.lower() in ctx.rules.injured and not any(
        x.dep_ == "prep" and (x.lower_ in _TOLD_BEFORE or x.head.lower_ == "result") for x in t.sent)


_TOLD_BEFORE = ("after", "following", "amid", "during")


def _acted_on(t: Token, elided: bool = True) -> bool:
    """Whether an act's verb has its own patient: an object ("detained nine others") or a passive subject ("two
    insurgents were killed"), and with ``elided`` one whose auxiliary the conjunct leaves out ("were injured and
    dozens arrested"; beside a killing, "Two insurgents were killed and several others detained in an operation"
    tells the operation's one toll)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
        return True
    return elided and t.dep_ == "conj" and t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children) and any(
        c.dep_ == "nsubj" for c in t.children) and any(c.dep_ == "auxpass" for c in t.head.children)


def _outcome_split(ctx: Context, group: list[Cue]) -> list[list[Cue]]:
    """A finding an operation led to, told beside another act of the sentence ("ambushed the insurgents, which
    resulted in the deaths of five fighters and the recovery of four rifles"), is a seizure of its own: the
    other cues first (the killing keeps the toll), the finding second. Not beside an operation word or another
    seizure cue alone ("an operation which led to the discovery of a cache" is the one seizure)."""
    takes = event_words(ctx, "outcome_takes")
    ids = {t.i for t, _ in group if t.lemma_.lower() in takes}
    # with what was found ("the discovery of a weapons cache")
    found = [(t, k) for t, k in group if t.i in ids or (k == "seizure" and any(a.i in ids for a in t.ancestors))]
    rest = [c for c in group if c not in found]
    ops = event_words(ctx, "operation_words")
    if not found or all(t.lemma_.lower() in ops or k == "seizure" for t, k in rest):
        return [group]
    return [rest, found]


def _event_groups(ctx: Context, cues: list[Cue]) -> list[list[Cue]]:
    nouns = [(t, k) for t, k in cues if t.pos_ == "NOUN" and k != "other"]
    conj = [(t, k) for t, k in nouns if t.dep_ == "conj" and any(h.i == t.head.i for h, _ in nouns)]
    if conj:
        heads = [(t, k) for t, k in nouns if any(c.head.i == t.i for c, _ in conj)]
        groups = [[h] for h in heads] + [[c] for c in conj]
        return groups
    return [cues]


def _dead_one(ctx: Context, t: Token) -> str:
    """The words naming who died: the subject of "died" (:func:`dead_subject`), of "was found dead";
    the person a death noun names."""
    subj = announced_death(ctx, t) if t.pos_ == "NOUN" else (
        dead_subject(ctx, t) if t.lemma_.lower() == "die" else next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None))
    if subj is None:
        return ""
    return " ".join(x.text for x in subj.subtree if x.dep_ in ("compound", "flat") or x.i == subj.i)


def _own_span(t: Token) -> tuple[int, int]:
    """A token's subtree without its conjuncts ("the attack on X" of "the attack on X and a ... attack")."""
    lo, hi = t.i, t.i + 1
    for c in t.children:
        if c.dep_ in ("conj", "cc"):
            continue
        lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i + 1)
    return lo, hi


# One incident told twice: what merging keeps (used by merge and releases)

def absorb(target: IncidentDraft, d: IncidentDraft) -> None:
    """Merge the incident ``d`` told again into ``target``: slots ``target`` lacks, the larger toll; a force's killing
    told again as a strike is the strike (:func:`killing_type`: "a patrol killed several insurgents ... returned fire
    with assistance of an air weapon team killing several insurgents")."""
    if target.type == "other" and d.type == "strike" and "kill" in target.words & d.words:
        target.type = "strike"
    target.date_text = target.date_text or d.date_text
    target.location = d.location if _named_inside(target.location, d.location) else target.location or d.location
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


def _named_inside(first: str | None, then: str | None) -> bool:
    """The place told again names the place told first and a named place more, inside it ("a stronghold in X" told
    again as "a house in X's Y neighborhood"): the retelling's place is the finer one; not places conjoined."""
    if not first or not then or " and " in then:
        return False  # "in Khost province" told again "in Zabul and Khost provinces": more places, not a finer one
    names = [{w for w in re.findall(r"[A-Z][\w-]*", re.sub(r"'s\b", "", x)) if w not in ("The", "A", "An")} for x in (first, then)]
    return bool(names[0]) and names[0] < names[1]


def same_doer(a: IncidentDraft, b: IncidentDraft) -> bool:
    """Both name a doer, the same one or a part of a joint one ("coalition forces" of "Afghan and coalition forces")."""
    if a.perpetrator is None or b.perpetrator is None:
        return False
    x, y = sorted((a.perpetrator.name.lower(), b.perpetrator.name.lower()), key=len)
    return x == y or (y.endswith(" " + x) and " and " in y)


def killing_type(a: IncidentDraft, b: IncidentDraft) -> str:
    """The type of one killing told twice: a strike's where either tells a strike, else the type of the telling
    that names its doer ("forces returned fire, killing four" over "four insurgents were also killed")."""
    if "strike" in (a.type, b.type):
        return "strike"
    return b.type if a.perpetrator is None and b.perpetrator is not None else a.type


def day_key(date_text: str | None) -> str:
    return re.sub(r"('s|\W)+", " ", (date_text or "").lower()).replace(" on ", " ").strip()
