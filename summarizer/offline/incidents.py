"""Stage 4, incidents: event cues (attacks, strikes, arrests...) grouped into incidents.

A cue is a noun or verb from ``rules/events.yaml`` outside quotes and irrealis contexts; cues of
one sentence form one incident unless conjoined event nouns carry their own dates; incidents told
again ("the attack", the same kind of event with no date or new marker) are merged. The slots (date, place, weapon, casualties, perpetrator)
come from :mod:`summarizer.offline.slots`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer import dates
from summarizer.offline import slots
from summarizer.offline.attribution import ClaimRow
from summarizer.offline.doc import ActorDraft, Context, Cue, dateline_end, definite
from summarizer.offline.mentions import in_turn
from summarizer.offline.selection import article_year
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# entity types whose words are names or dates, never event cues
_NAME_ENTITIES = ("DATE", "TIME", "ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT")


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

    def __post_init__(self) -> None:
        if self.last_sent < 0:
            self.last_sent = self.sent
        if self.place_sent < 0:
            self.place_sent = self.sent



def _cue_type(ctx: Context, t: Token) -> str | None:
    r = ctx.rules
    lemma, low = t.lemma_.lower(), t.text.lower()
    kind = r.event_type.get(lemma) or r.event_type.get(low)
    if kind is None:
        return "arrest" if slots.gives_up(ctx, t) else None  # "turned himself in to authorities"
    key = lemma if lemma in r.event_type else low
    if t.pos_ not in ("NOUN", "VERB", "PROPN"):
        return None
    if t.ent_type_ in _NAME_ENTITIES:
        return None  # "March 17", "Democratic Rally", "Operation Inherent Resolve": part of a name or date
    verdict = _words(ctx, "verdict_words")
    if t.pos_ == "VERB" and kind != "other" and any(c.lemma_.lower() in verdict for c in t.children):
        return None  # "was found guilty": a verdict word, not a find
    if t.pos_ == "VERB" and key in r.verb_types:
        kind = r.verb_types[key]
    if t.pos_ == "NOUN" and t.dep_ == "compound":
        return None  # "rocket attacks": the head noun is the cue
    if t.pos_ == "NOUN" and (t.dep_ == "nmod" or _kinds_of_attacks(ctx, t)):
        return None  # "a roadside bomb and suicide bomb facilitator", "roadside bomb and direct fire attacks": kinds
    if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NNPS") and kind not in ("seizure",) and not _dated_carried_out(ctx, t) and not (
            _counted_events(ctx, t, kind)):
        return None  # "a series of attacks", "attacks have increased": not one incident
    if key in r.nouns_only and t.pos_ != "NOUN":
        return None
    if key in r.verbs_only and t.pos_ != "VERB" and not _taking_of(ctx, t):
        return None
    return kind


def _taking_of(ctx: Context, t: Token) -> bool:
    """A taking noun with whom it took and the operation it was taken in ("confirmed the capture of a
    Taliban facilitator during an operation in X district", "Also confirmed was the capture of a leader during
    a raid"): an arrest told as a noun; not "the capture of Kabul" (a place taken), "capture or kill
    missions" (no one taken), nor "confirmed the capture of two leaders" (a summary of captures told next)."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _words(ctx, "taking_nouns"):
        return False
    of = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "of"]
    # the operation hangs on the noun or, as the parser often has it, on the verb the noun is the object of
    during = [p for p in (*t.children, *(t.head.children if t.dep_ in ("dobj", "nsubjpass") else ()))
              if p.dep_ == "prep" and p.lower_ == "during"]
    return bool(during) and any(o.dep_ == "pobj" and o.ent_type_ not in ("GPE", "LOC", "FAC") for p in of for o in p.children)


def _kinds_of_attacks(ctx: Context, t: Token) -> bool:
    """A bare singular event noun conjoined with plural ones names a kind of them, no event: "responsible for
    roadside bomb and direct fire attacks" (no determiner, possessor or number of its own)."""
    if t.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in t.children):
        return False
    return any(c.dep_ == "conj" and c.tag_ == "NNS" and c.lemma_.lower() in ctx.rules.event_type for c in t.children)


def _dated_carried_out(ctx: Context, t: Token) -> bool:
    """Event nouns carried out on a day told ("executed ground attacks on the towns Monday", "launched
    raids early Monday"): one operation, though the noun is plural."""
    verb = t.head
    return t.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _words(ctx, "carry_out_verbs") and any(
        x.ent_type_ == "DATE" and dates.find_date_expression(x.text) for c in verb.children if c.i != t.i for x in c.subtree)


def _counted_events(ctx: Context, t: Token, kind: str) -> bool:
    """Attack nouns counted and told as what happened ("The twin blasts ... had left close to 20 dead", "two blasts
    occurred at 10:25 IST", "at least three suicide bombings took place in Tunisia"): one incident, though the noun
    is plural; not attacks counted in a profile or a summary ("responsible for multiple attacks", "dozens of
    attacks"): a small number (``counted_events``) or a pair word (``pair_words``), the subject of a past verb."""
    if kind not in ("attack", "strike") or t.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = t.head
    if verb.pos_ != "VERB" or not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "has", "have", "was", "were") for c in verb.children))):
        return False
    counts, most = ctx.rules.number_words, int(ctx.rules.raw["events"]["counted_events_most"])
    for c in t.children:
        if c.dep_ == "amod" and c.lower_ in _words(ctx, "pair_words"):
            return True
        if c.dep_ == "nummod":
            text = c.lower_.replace(",", "")
            n = int(text) if text.isdigit() else counts.get(text)
            return n is not None and 2 <= n <= most
    return False


def _words(ctx: Context, key: str) -> frozenset[str]:
    """A word list of ``rules/events.yaml``, lower case (:meth:`Rules.words`: built once per rule set)."""
    return ctx.rules.words("events", key)


def _judicial(ctx: Context, t: Token) -> bool:
    """A court, judge or jury as the subject of what it does: a ruling ("the Supreme Court rejected
    the lawsuit", "the city court set bail"), not what it says ("the judge said"). The verb is a ruling
    verb (``judicial_acts``) or has a court object ("set bail"): "the judge arrived" is not one."""
    if t.pos_ != "VERB" or t.tag_ in ("VB", "VBG"):
        return False  # "for the Court to opine": not a finite act of the court
    lemma = t.lemma_.lower()
    if lemma in ctx.rules.reporting and lemma not in _words(ctx, "judicial_acts"):
        return False
    heads = _words(ctx, "judicial_heads")
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    # "the court", "District Judge X", "X, a district judge"
    if subj is None or not (subj.lemma_.lower() in heads or any(
            c.dep_ in ("compound", "appos") and c.lemma_.lower() in heads for c in subj.children)):
        return False
    objects = _words(ctx, "judicial_objects")
    has_object = any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in t.children)
    if t.lemma_.lower() in _words(ctx, "judicial_non_events"):
        return has_object
    return has_object or t.lemma_.lower() in _words(ctx, "judicial_acts")


def _extra_cue(ctx: Context, t: Token) -> str | None:
    """Event cues told by grammar rather than by the event word alone."""
    if t.pos_ not in ("VERB", "NOUN") or t.ent_type_ in _NAME_ENTITIES:
        return None  # every rule below reads a verb or a noun: one look per other token
    if _judicial(ctx, t):
        return "other"
    if _legal_act(ctx, t):
        return "other"
    if _death(ctx, t):
        return None if _natural_death(ctx, t) else "other"  # an obituary's death from illness or age: no incident
    if _fire(ctx, t) or _disaster_strikes(ctx, t) or _vehicle_accident(ctx, t) or _evacuation(ctx, t):
        return "other"
    if _strike_engagement(ctx, t):
        return "strike"
    if _force_sent(ctx, t):
        return "deployment"
    if _protest_crowd(ctx, t):
        return "protest"
    if slots.verdict_find(ctx, t):
        return "other"  # "was found guilty on all counts": a verdict
    return None


def _fire(ctx: Context, t: Token) -> bool:
    """A fire told as an event, an accident: a fire noun that does something ("a fire broke out",
    "the blaze killed three", "a fire was reported") or that a thing caught ("the hotel caught fire");
    not gunfire ("opened fire", "friendly fire killed two", "came under fire")."""
    if t.pos_ != "NOUN" or t.tag_ != "NN" or t.lemma_.lower() not in _words(ctx, "fire_nouns"):
        return False  # "fires have been set in the past": not one fire
    if any(c.lemma_.lower() in _words(ctx, "gunfire_modifiers") or c.ent_type_ in ("NORP", "ORG")
           for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")):
        return False
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in _words(ctx, "fire_catch_verbs")
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB"


def _vehicle_accident(ctx: Context, t: Token) -> bool:
    """A vehicle or a pipe told in an accident by its verb (``accident_verbs``): "a bus overturned in X", "the
    aircraft overshot the runway", "a water main broke", "the ferry capsized"; its subject is a vehicle or a pipe
    (``accident_subjects``): its own, the noun its clause hangs on ("a bus carrying children overturned", "a ferry
    which capsized") or its first verb's ("the plane landed and overshot"). Not "talks broke down", "shares plunged"."""
    verbs = _words(ctx, "accident_verbs")
    if t.lemma_.lower() not in verbs and t.lower_ not in verbs:
        return False
    # the tagger takes a bare "broke", "overshot" for the sentence's noun root: its subject is a noun to its left
    as_noun = t.pos_ == "NOUN" and t.dep_ == "ROOT"
    if (t.pos_ != "VERB" and not as_noun) or any(c.dep_ == "auxpass" or (c.dep_ == "prt" and c.lower_ == "down") for c in t.children):
        return False  # "was sunk by a torpedo", "the car broke down": an attack, a breakdown
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in _words(ctx, "accident_objects") and c.ent_type_ not in ("GPE", "LOC", "FAC")
           for c in t.children):
        return False  # "broke the sound barrier", "sank the ship"; not "overshot the runway", "capsized off Bali"
    subjects = [c for c in t.children if c.dep_ == "nsubj" or (as_noun and c.dep_ in ("amod", "compound") and c.i < t.i)]
    if t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" and (not subjects or subjects[0].tag_ == "WDT"):
        # "a ferry which capsized"; "a bus carrying children on Sunday overturned", which the parser hangs on
        # "bus" or on "children": the nouns of the phrase before it
        subjects = [t.head]
        while t.dep_ == "acl" and (more := [c for s in subjects for c in s.children if c.dep_ == "compound" and c not in subjects]):
            subjects += more
        if t.dep_ == "acl" and t.head.dep_ == "dobj" and t.head.head.dep_ == "acl":
            subjects.append(t.head.head.head)  # "a bus carrying 40 passengers overturned"
    elif not subjects and t.dep_ == "conj":
        subjects = [c for c in t.head.children if c.dep_ == "nsubj"]
    vehicles = _words(ctx, "accident_subjects")
    return any(s.lemma_.lower() in vehicles and s.pos_ == "NOUN" for s in subjects)


def _disaster(ctx: Context, t: Token) -> bool | None:
    """A crowd or ground disaster noun (``disaster_nouns``) told as new ("nine persons were missing after a
    mudslide", "killed in a stampede"): True, an incident told, slots or not; False for another word or a disaster
    told again ("The stampede began when ..."); None for a vote's margin ("won in a landslide", ``vote_verbs``)."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _words(ctx, "disaster_nouns"):
        return False
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() in _words(ctx, "vote_verbs"):
        return None
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)


def _protest_crowd(ctx: Context, t: Token) -> bool:
    """A protest told by what its crowd did: protesters gathering, surrounding or blocking ("thousands of
    protesters gathered around the police complex", "a group of protesters surrounded the senator"), or a
    crowd doing so with slogans or placards ("thousands of people gathered outside Congress with slogans");
    not a crowd with no sign of protest ("supporters gathered outside", "ministers gathered in Cairo")."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in _words(ctx, "protest_crowd_verbs"):
        return False
    # its own subject, or the first verb's when it is the second of two ("protesters wearing masks ... and gathered")
    subjects = [c for v in (t, t.head) if v is t or t.dep_ == "conj" for c in v.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    protesters, crowds = _words(ctx, "protesters"), _words(ctx, "crowd_words")
    # "protesters", "thousands of protesters", "a group of protesters"
    heads = [*subjects, *(o for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj")]
    if any(h.lemma_.lower() in protesters for h in heads):
        return True
    if not any(h.lemma_.lower() in crowds or h.lower_ in crowds for h in heads):
        return False
    marks = _words(ctx, "protest_marks")
    return any(x.lemma_.lower() in marks for c in t.children if c.dep_ != "nsubj" for x in c.subtree)


def _evacuation(ctx: Context, t: Token) -> bool:
    """People evacuated, told as done ("South Korea evacuated about 80 people", "45,000 people were evacuated
    into school shelters"), or ordered to leave, the ordering verb the cue ("residents have been instructed to
    evacuate", "ordered the evacuation of the town"): an `other` incident. Not one person by name or pronoun
    ("Pohiva was evacuated to Auckland": a medical evacuation), nor residents urged to leave (no order)."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    if lemma in _words(ctx, "evacuation_orders"):
        return any((c.dep_ == "xcomp" and c.lemma_.lower() in _words(ctx, "evacuate_verbs"))
                   or (c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _words(ctx, "evacuation_nouns")) for c in t.children)
    if lemma not in _words(ctx, "evacuate_verbs"):
        return False
    evacuees = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(evacuees) and not any(e.pos_ in ("PROPN", "PRON") or e.ent_type_ == "PERSON" for e in evacuees)


def _strike_engagement(ctx: Context, t: Token) -> bool:
    """A force engaging someone with an air or artillery weapon, or firing one: a strike ("coalition forces engaged
    the enemy position with mortar fire", "aircraft engaged the positions with two precision-guided weapons", "engaged
    the insurgents with multiple precision airstrikes", "North Korea fired artillery rounds aimed at a loudspeaker",
    "The Coalition unit fired several mortars at the insurgents"); not small-arms fire ("fired several rounds at
    him"), nor insurgents engaging or firing on a patrol, nor a force "engaged with mortar fire" (a passive: fired on)."""
    lemma = t.lemma_.lower()
    if t.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in t.children):
        return False  # "after being engaged with mortar fire": the force was fired on
    if lemma in _words(ctx, "engage_verbs"):
        weapons = _words(ctx, "strike_weapons")
        # the "with" phrase on the verb or, as the parser often has it, on its object ("the enemy position with missiles")
        told = [c for o in (t, *(c for c in t.children if c.dep_ == "dobj")) for c in o.children if c.dep_ == "prep" and c.lower_ == "with"]
    elif lemma in _words(ctx, "launch_verbs"):
        weapons = _words(ctx, "artillery_weapons")
        told = [c for c in t.children if c.dep_ == "dobj"]  # "fired artillery rounds", "fired several mortars at the insurgents"
    else:
        return False
    if not any(x.lemma_.lower() in weapons or x.lower_ in weapons for c in told for x in c.subtree):
        return False
    hostile = _words(ctx, "hostile_words")
    return not any(c.dep_ in ("nsubj", "agent") and any(x.lemma_.lower() in hostile for x in c.subtree)
                   for v in {t, _clause_verb(t)} for c in v.children)


def _force_sent(ctx: Context, t: Token) -> bool:
    """A force sent or deployed, told by its verb: the verb's object, or its passive subject, is a force
    ("deployed the national guard", "a warship was deployed to retrieve them", "sent Department of Homeland
    Security officers to protect federal buildings"): a deployment that happened, slots or not (LABELLING: troops
    sent or arrived are required). Not a force that is sent something ("sent the police a plan"), nor a sending
    named as what an agreement or a plan is about ("the agreement on sending Turkish soldiers to Libya")."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in _words(ctx, "send_verbs"):
        return False
    forces = _words(ctx, "sent_forces")
    # its object or passive subject, or their conjunct ("the people and a warship was deployed", as the parser has it)
    sent = [x for c in t.children if c.dep_ in ("dobj", "nsubjpass") for x in (c, *(g for g in c.children if g.dep_ == "conj"))]
    return any(x.lemma_.lower() in forces for x in sent)


def _sent_apart(ctx: Context, group: list[Cue]) -> list[list[Cue]]:
    """A force sent, told as the second of two acts joined by "and", is a deployment of its own beside the first
    act ("declared a state of emergency and deployed the national guard"). Returns [first act's cues, the
    deployment's], or [group]."""
    sent = [(t, k) for t, k in group if k == "deployment" and t.dep_ == "conj" and _force_sent(ctx, t)]
    rest = [c for c in group if c not in sent]
    if not sent or not rest or any(k == "deployment" for _, k in rest):
        return [group]
    return [rest, sent]


def _disaster_strikes(ctx: Context, t: Token) -> bool:
    """A storm or a quake told as striking land: "Hurricane Lorenzo hit the Azores", "the typhoon
    battered the coast", "Dorian made landfall in the Abaco Islands" (a disaster, an `other` incident);
    not "hit a storm of criticism", nor a storm that is only forecast ("is not expected to make landfall")."""
    if t.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _words(ctx, "landfall_nouns") for c in t.children):
        return True
    if t.lemma_.lower() not in _words(ctx, "disaster_verbs"):
        return False
    storms = _words(ctx, "disaster_subjects")
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in storms or any(
        g.dep_ == "compound" and g.lemma_.lower() in storms for g in c.children)) for c in t.children)


def _death(ctx: Context, t: Token) -> bool:
    """One person's death told as done: "the 60-year-old man died in Wuhan", "Li died of the
    infection on Friday", "the mayor was found dead" (an `other` incident of its own, not a toll). Not
    a count of dead ("two people died"), nor dying of wounds (an attack's toll), nor a death in a
    speaker's own story ("after she died I moved")."""
    if t.pos_ == "NOUN":
        return _announced_death(ctx, t) is not None
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    if lemma in ("find", "discover"):
        return any(c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "xcomp", "advmod", "ccomp") for c in t.children)
    if lemma != "die":
        return False
    subj = _dead_subject(ctx, t)
    if subj is None or (subj.tag_ not in ("NN", "NNP") and subj.lower_ not in ("he", "she")) or any(
            c.dep_ == "nummod" for c in subj.children):
        return False  # "two people died", "one in Hong Kong"
    named = [x for x in subj.subtree if x.ent_type_ == "PERSON" and x.ent_iob_ == "B"]
    if any(c.dep_ == "conj" for c in subj.children) and len(named) != 1:
        return False  # "Li and Wang died"; not "US singer and lyricist Robert Hunter died": one person's roles
    if subj.lower_ in ("one", "none", "all", "many", "some") or subj.ent_type_ in ("CARDINAL", "QUANTITY"):
        return False
    if any(x.lower_ == "i" and x.dep_ in ("nsubj", "nsubjpass") for x in t.sent):
        return False  # "After Ratnamma died I became involved": an interviewee's own story
    wounds = _words(ctx, "wound_words")
    return not any(g.lemma_.lower() in wounds for c in t.children if c.dep_ == "prep" for g in c.subtree)


def _natural_death(ctx: Context, t: Token) -> bool:
    """A death (:func:`_death`) from illness or age, no incident (LABELLING.md rule 4 lists killings,
    accidents and disasters, not obituaries): its clause names a natural cause ("died of pancreatic cancer",
    "died peacefully in hospice care") or an old age ("died aged 91", "at the age of 95"), or the article tells
    such a cause elsewhere (:func:`_doc_natural_death`), or an old age is told alone just after it ("X died of
    COVID-19 on Sunday. He was 82 years old.": an obituary, whatever the cause; the article's other deaths
    then too). Not when its sentence tells violence, an accident, a suicide, an overdose or an investigation,
    nor, with no such age, an epidemic (an outbreak's toll is a disaster's: "the mayor died of the infection")."""
    n = ctx.sent_of[t.i]
    sent = ctx.sents[n]
    violent, epidemic = _words(ctx, "violent_deaths"), _words(ctx, "epidemic_causes")
    if any(x.lemma_.lower() in violent or x.lower_ in violent for x in sent):
        return False
    if ctx.obituary or any(_age_told(ctx, ctx.sents[k]) for k in range(n + 1, min(n + 3, len(ctx.sents)))):
        ctx.obituary = True  # and so is the death told again ("NASA paused its coverage to mourn his passing")
        return True  # "X died on Sunday. He was 82 years old.", also of COVID-19: an obituary
    if any(x.lemma_.lower() in epidemic or x.lower_ in epidemic for x in sent):
        return False
    natural = _words(ctx, "natural_causes")
    if any(x.lemma_.lower() in natural or x.lower_ in natural for x in t.subtree) or _old_age(ctx, sent):
        return True
    if ctx.natural_death is None:
        ctx.natural_death = _doc_natural_death(ctx)  # once per article
    return ctx.natural_death


def _old_age(ctx: Context, sent: Span) -> bool:
    """An age of ``old_age`` or more told with "aged"/"age" ("died aged 91", "at the age of 95", "age 80",
    "at 103 years of age")."""
    ages, least = _words(ctx, "age_words"), _old_age_years(ctx)
    doc = ctx.doc
    for x in sent:
        if not (x.text.isdigit() and x.i > sent.start and int(x.text) >= least):
            continue
        if doc[x.i - 1].lower_ in ages or (doc[x.i - 1].lower_ == "of" and doc[x.i - 2].lower_ in ages):
            return True
        if x.i + 3 <= sent.end - 1 and [w.lower_ for w in doc[x.i + 1:x.i + 3]] == ["years", "of"] and doc[x.i + 3].lower_ in ages:
            return True
    return False


def _old_age_years(ctx: Context) -> int:
    """The age from which a death is an obituary's (``old_age`` in ``rules/events.yaml``)."""
    return int(ctx.rules.raw["events"]["old_age"])


def _age_told(ctx: Context, sent: Span) -> bool:
    """The sentence tells someone's old age (``old_age`` or more) and nothing else: "He was 82 years old.",
    "Hagan, the state's first female senator, was 66.", "He was aged 84 years." (an obituary's age of the
    one who died); not a count ("The death toll was 70."), nor an age in a longer clause ("He was 70 when
    he moved to Lagos")."""
    root = sent.root
    if root.lemma_ not in ("be", "age") or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _words(
            ctx, "count_subjects") for c in root.children):
        return False
    num = next((x for x in sent if x.text.isdigit() and x.i > root.i), None)
    if num is None or int(num.text) < _old_age_years(ctx):
        return False
    rest = [x.lower_ for x in ctx.doc[num.i + 1:sent.end] if not (x.is_punct or x.is_space)]
    return rest in ([], ["years", "old"], ["years"], ["years", "of", "age"])


def _doc_natural_death(ctx: Context) -> bool:
    """The article tells a death from illness: "died of/from/after" a natural cause, someone suffering,
    battling, fighting, having, succumbing to or diagnosed with one ("had been battling leukemia", "had
    recently had pneumonia", "succumbed to a lung disorder, unrelated to COVID-19"), or a cause of death told as one ("reported
    his cause of death as complications from lung disease"); and no word that leaves a death unsure
    ("suicide", "overdose", "autopsy")."""
    natural, epidemic = _words(ctx, "natural_causes"), _words(ctx, "epidemic_causes")
    unsure, ill = _words(ctx, "unsure_deaths"), _words(ctx, "illness_verbs")
    told = False
    for x in ctx.doc:
        low = x.lemma_.lower()
        if low in unsure or x.lower_ in unsure:
            return False
        if told:
            continue
        if low == "cause" and any(c.lower_ == "of" and any(g.lemma_.lower() == "death" for g in c.children) for c in x.children):
            said = {w for y in x.sent for w in (y.lemma_.lower(), y.lower_)}
        elif low in ill or (low == "die" and any(c.dep_ == "prep" and c.lower_ in ("of", "from", "after") for c in x.children)):
            said = {w for c in x.children if c.dep_ in ("prep", "dobj", "nsubjpass") for y in _told_cause(ctx, c)
                    for w in (y.lemma_.lower(), y.lower_)}
        else:
            continue
        told = bool(said & natural) and not said & epidemic
    return told


def _told_cause(ctx: Context, t: Token) -> list[Token]:
    """The words of a cause phrase, less what it is said not to be ("an unspecified lung disorder, unrelated
    to COVID-19": the disorder, not COVID-19)."""
    unrelated = _words(ctx, "unrelated_words")
    out: list[Token] = []
    stack = [t]
    while stack:
        y = stack.pop()
        if y.lower_ in unrelated:
            continue
        out.append(y)
        stack.extend(y.children)
    return out


def _dead_subject(ctx: Context, t: Token) -> Token | None:
    """Who "died" names: its subject, the subject of the verb it is conjoined to ("He was 101 and died of
    pneumonia"), or the person a relative clause is about ("Leonov, who died in Moscow")."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None and t.dep_ == "conj":
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and t.dep_ == "relcl" and _person_name(ctx, t.head):
        return t.head
    return subj


def _announced_death(ctx: Context, t: Token) -> Token | None:
    """The named person whose death a death noun tells as announced or mourned ("the death of
    oceanographer Walter Munk was announced on Friday", "Roscosmos announced the death of Alexei Leonov");
    not a death told as background ("after the death of her husband"). Returns the person's name token."""
    if t.tag_ != "NN" or t.lemma_.lower() not in _words(ctx, "death_nouns"):
        return None
    if not (t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in _words(ctx, "death_announcing_verbs")):
        return None
    named = [x for c in t.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for x in c.subtree]
    # "of cosmonaut Alexei Leonov" (a name the tagger left untyped), "of pioneering oceanographer Walter Munk"
    return next((x for x in named if x.dep_ not in ("compound", "flat") and (
        _person_name(ctx, x) or (x.pos_ == "PROPN" and not x.ent_type_))), None)


def _death_news(t: Token) -> bool:
    """A death told as the news, with no day or place needed: in the perfect ("Hana Kimura, age 22, has
    died, X announced") or announced ("X announced the death of Y"); not a past death told in passing
    ("her father died when she was one")."""
    return t.pos_ == "NOUN" or any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in t.children)


def _legal_act(ctx: Context, t: Token) -> bool:
    """A legal act issued or signed ("issued arrest warrants", "signed an executive order"), an
    emergency declared ("declared a state of emergency"), or a ban told as done ("Germany banned the airline")."""
    if t.pos_ != "VERB":
        return False
    if t.lemma_.lower() in _words(ctx, "past_only_acts"):
        return t.tag_ == "VBD"
    if t.lemma_.lower() in _words(ctx, "declare_verbs"):
        # a finite act ("requested Trump declare a state of emergency": asked for, not done); not a thing
        # named an emergency ("declared the outbreak a public health emergency": a designation)
        return t.tag_ not in ("VB", "VBG") and any(
            c.dep_ == "dobj" and _emergency(ctx, c) and not any(g.dep_ == "nsubj" for g in c.children) for c in t.children)
    return t.lemma_.lower() in _words(ctx, "legal_act_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _words(ctx, "legal_act_objects") for c in t.children)




def _emergency(ctx: Context, o: Token) -> bool:
    """An emergency as what is declared: "a national emergency", "a state of emergency", "a state of
    calamity", "martial law"; not "victory", "a state holiday"."""
    emergencies = _words(ctx, "emergency_nouns")
    if o.lemma_.lower() in emergencies:
        return True
    if o.lemma_.lower() not in _words(ctx, "emergency_heads"):
        return False
    return any(c.dep_ == "amod" and c.lower_ in _words(ctx, "emergency_modifiers") for c in o.children) or any(
        x.dep_ == "pobj" and x.lemma_.lower() in emergencies for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children)


def _found_nothing(t: Token) -> bool:
    """ "found no trace of explosives", "seized nothing": nothing was found."""
    return t.pos_ == "VERB" and any(
        c.dep_ == "dobj" and (c.lower_ in ("nothing", "none") or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children))
        for c in t.children)






def _no_attack(ctx: Context, group: list[Cue], sent: Span) -> bool:
    """Deaths and injuries with no attack in them: caused by an accident, a disaster or an illness
    ("a road accident killed five", "the virus killed 813"), or told as part of an operation
    ("was killed in a US counterterrorism operation")."""
    r = ctx.rules
    casualty = r.killed | r.injured
    if any(t.lemma_.lower() not in casualty for t, k in group if k != "other"):
        return False  # "bombing", "shot", "attacked": an attack word of its own
    killers, ops = _words(ctx, "non_violent_killers"), _words(ctx, "operation_words")
    if any(k == "other" and t.lemma_.lower() in _words(ctx, "murder_words") for t, k in group):
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
                g.lemma_.lower() in ops for g in c.children if g.dep_ == "pobj") for c in t.children):
            return True
    return False




def _animal(ctx: Context, tok: Token) -> bool:
    return tok.lemma_.lower() in _words(ctx, "animal_words")


def _animal_doer(ctx: Context, group: list[Cue]) -> bool:
    """An attack or a killing done by an animal ("was killed by his lions", "a bat attacked the
    nominee"): an accident, no attack."""
    doers = [c for t, _ in group for c in t.children if c.dep_ == "nsubj"] + [
        g for t, _ in group for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_animal(ctx, d) for d in doers) and not any(d.i in ctx.token_actor for d in doers)


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




def _irrealis(ctx: Context, t: Token) -> bool:
    r = ctx.rules
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "to find and arrest"
    if t.pos_ == "VERB" and t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return True  # "to find and arrest a person wanted": an aim, not an event told as done
    verdict = _words(ctx, "verdict_words")
    node = t
    for _ in range(6):
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in r.irrealis_aux for c in node.children):
            return True
        if any(c.dep_ == "neg" for c in node.children) and node.pos_ == "VERB" and not any(
                c.lemma_.lower() in verdict for c in node.children):
            return True
        if node.i != t.i and node.lemma_.lower() in r.irrealis_heads:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _clause_verb(t: Token) -> Token:
    """The verb whose tense tells an event verb's: itself, the first of its conjuncts, or the verb a
    gerund hangs from ("removed after being impeached")."""
    v = t
    for _ in range(4):
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head
            continue
        break
    return v


def _habitual(ctx: Context, t: Token) -> bool:
    """An event verb told as a habit or a generic fact, no one event: in the simple present ("the
    Supreme Court hears appeals", "officials are removed from office after being impeached"), or with a
    lifetime adverbial ("over the years, people have been sentenced", "numerous times", "in the history
    of the country only two presidents have been impeached")."""
    if t.pos_ != "VERB":
        return False
    v = _clause_verb(t)
    if v.tag_ in ("VBZ", "VBP") and v.lemma_.lower() not in ("be", "have") and not _past_misread(v):
        return True
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ == "VBN" and aux and all(c.lower_ in _words(ctx, "present_be") for c in aux):
        return True
    for c in v.children:
        if c.lemma_.lower() == "time" and c.tag_ == "NNS" and any(
                a.dep_ == "amod" and a.lower_ in _words(ctx, "habitual_counts") for a in c.children):
            return True
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and (
                (c.lower_ in ("over", "throughout", "across") and o.lower_ in _words(ctx, "habitual_spans"))
                or (c.lower_ == "in" and o.lower_ in _words(ctx, "habitual_history"))) for o in c.children):
            return True
    return False


def _past_misread(v: Token) -> bool:
    """A past verb the tagger took for a plural present (VBP) though its subject is one thing: "The aircraft
    overshot the runway" (a present plural verb takes no singular noun subject)."""
    return v.tag_ == "VBP" and not v.lower_.endswith("s") and any(
        c.dep_ == "nsubj" and c.tag_ == "NN" and not any(g.dep_ == "conj" for g in c.children) for c in v.children)


def _sentence_cues(ctx: Context, sent: Span, start: int) -> list[Cue]:
    """The event cues of a sentence from token ``start`` on: event words told as done, outside quotes,
    and not one of the uses that tell no event."""
    r = ctx.rules
    cues = []
    for t in ctx.tokens[start:sent.end]:
        kind = _extra_cue(ctx, t) or _cue_type(ctx, t)
        if kind is None or t.i < ctx.title_end or ctx.in_quote(t.idx) or _irrealis(ctx, t) or _habitual(ctx, t):
            # a headline retells an event of the body ("Accused Bomber Pleads Not Guilty")
            continue
        if in_turn(ctx, t.i):
            continue  # an interview's questions and answers ("((Name)) We took part in many protests"): talk, not its news
        if t.lemma_.lower() in _words(ctx, "operation_words") and _described_operation(t):
            continue  # "The target of the operation was a Taliban leader who ...": the operation told, described
        if t.lemma_.lower() in r.needs_weapon_context and kind != "other" and not _weapon_context(ctx, t) and not (
                kind == "seizure" and _goods_found(ctx, t) and _force_named(ctx, sent)):
            continue
        if t.lemma_.lower() in _words(ctx, "outcome_takes") and not _outcome(ctx, t):
            continue  # "the discovery of a planet": a finding, not what an operation took
        if kind == "seizure" and _found_nothing(t):
            continue
        if kind == "seizure" and _tied_to(ctx, t):
            continue  # "detained an individual associated with the cache": the cache names whom, the act is the arrest
        if kind in ("arrest", "seizure") and t.dep_ == "amod":
            continue  # "a captured Humvee", "seized weapons": a thing described, not an event
        if _modifier_cue(ctx, t):
            continue  # "bomb-making materials", "remote-detonated improvised explosive devices": a thing described
        if t.lemma_.lower() in _words(ctx, "needs_structure_subject") and not _structure_subject(ctx, t):
            continue
        if t.lemma_.lower() in _words(ctx, "taking_verbs") and _nothing_taken(ctx, t):
            continue  # "tourists captured pictures", "video captured him": a recording, no one was taken
        if kind == "arrest" and any(c.dep_ in ("dobj", "nsubjpass") and _animal(ctx, c) for c in t.children):
            continue  # "Egyptians captured sacred ibises": animals are caught, not arrested
        if kind == "attack" and _verbal_attack(ctx, t):
            continue  # "attacked the proclamation on live television": criticism, no violence
        if _trading(ctx, t):
            continue  # "the Dow Jones market crashed", "charging customers 10% more": a market or a price, no event
        if (kind == "deployment" or t.lemma_.lower() in _words(ctx, "force_acts")) and not _force_named(ctx, sent):
            continue  # "Tesco's Polish operation", "dispatched the research ship": no force, no state
        if _disaster(ctx, t) is None:
            continue  # "won in a landslide": a win's margin, no disaster
        if kind == "protest" and _campaign_event(ctx, t):
            continue  # "a campaign rally", "Trump's Tulsa rally": a campaign event (LABELLING rule 4)
        cues.append((t, kind))
    return cues


def _modifier_cue(ctx: Context, t: Token) -> bool:
    """An event word inside a modifier that describes a thing, no event: a noun in a compound adjective
    ("bomb-making materials": the noun hangs from the modifier's participle) or a participle of an event
    modifying a thing, not a person ("remote-detonated improvised explosive devices"; "killed insurgents" stays)."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "npadvmod" and t.head.dep_ in ("amod", "compound"):
        return True
    return (t.dep_ == "amod" and t.tag_ == "VBN" and t.head.pos_ == "NOUN"
            and t.head.lemma_.lower() not in ctx.rules.victim_heads)


def _tied_to(ctx: Context, t: Token) -> bool:
    """A seizure noun named as what someone is tied to ("an individual associated with the cache", "suspected
    insurgents related to the weapons cache", ``tie_words``): it says who, no seizure is told by it."""
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.head.lemma_.lower() in _words(ctx, "tie_words")


def _described_operation(t: Token) -> bool:
    """An operation told before, named again as what a description is of: "The target of the operation was
    a Taliban leader", "The intent of this operation was to disrupt ..." (the subject of "be" holds it after
    "of", with "the"/"this"): the operation's target or aim described, no operation of its own."""
    of, holder = t.head, t.head.head
    return (t.dep_ == "pobj" and of.lower_ == "of" and holder.dep_ == "nsubj" and holder.head.lemma_ == "be"
            and definite(t))


def find_incidents(ctx: Context, claims: list[ClaimRow]) -> list[IncidentDraft]:
    """Each sentence's incidents, one per group of its event cues (:func:`_group_draft`), then those told again merged."""
    found: list[IncidentDraft] = []
    captions = ctx.rules.caption_patterns
    for n, sent in enumerate(ctx.sents):
        start = _lead_start(ctx, n, captions)
        if start is None:
            continue  # "FILE - X is seen in this image": a caption
        cues = _happened_cues(ctx, sent, start)
        if not cues:
            if found and n - found[-1].sent <= 2 and found[-1].words & _words(ctx, "accident_words") and (toll := _toll_sentence(ctx, n)):
                found.append(toll)
            continue
        told = _told(ctx, n, cues)
        found += [_group_draft(ctx, told, gi, group) for gi, group in enumerate(told.groups)]
    return _merge_incidents(ctx, found)


def _toll_sentence(ctx: Context, n: int) -> IncidentDraft | None:
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


def _happened_cues(ctx: Context, sent: Span, start: int) -> list[Cue]:
    """The sentence's event cues from ``start``; not its killings and injuries where a subject says "no"
    one was hurt and the sentence counts no casualties ("No civilians were injured or killed during this
    operation": nothing happened)."""
    cues = _sentence_cues(ctx, sent, start)
    r = ctx.rules
    if cues and any(t.dep_ == "det" and t.lower_ == "no" and t.head.dep_ in ("nsubj", "nsubjpass") for t in sent) and not any(
            slots.casualties(ctx, sent)):
        cues = [(t, k) for t, k in cues if t.lemma_.lower() not in r.killed | r.injured]
    return cues


def _told(ctx: Context, n: int, cues: list[Cue]) -> _Told:
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
    outcome = len(groups) == 1 and len(groups := _outcome_split(ctx, groups[0])) > 1
    return _Told(n=n, sent=sent, cues=cues, groups=groups, split=split, apart=apart, coord=coord, outcome=outcome,
                 kill_gi=kill_gi, weapon=weapon, killed=killed, injured=injured,
                 counted=(killed, injured) == (None, None) or slots.casualties(ctx, sent, pronouns=False) != (None, None))


def _group_draft(ctx: Context, s: _Told, gi: int, group: list[Cue]) -> IncidentDraft:
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
    death = next((t for t, _ in group if _death(ctx, t)), None) if kind == "other" else None
    if death is not None:
        _one_died(ctx, draft, death)
    _retype(ctx, s, gi, group, draft)
    draft.casualty_only = all(t.lemma_.lower() in r.killed | r.injured and not _death(ctx, t)
                              for t, _ in group) and draft.perpetrator is None and not s.coord
    draft.pronoun_toll = (s.killed is not None or s.injured is not None) and not s.counted
    draft.anchored = bool(date_text or location or s.weapon or (s.killed is not None or s.injured is not None) and s.counted)
    # an arrest or court event of someone in particular happened, slots or not; so did a seizure of things told
    # ("The security force also seized multiple weapons during the operation", "All items were confiscated")
    court = any(_court_act(ctx, t, k, "verdict_verbs") for t, k in group)
    # a crime a court act in its sentence is about happened, dated or not
    # so did an accident a vehicle had ("The aircraft overshot the runway"), its day and place told before
    vehicle = any(_vehicle_accident(ctx, t) for t, _ in group)
    # an evacuation of people told as done or ordered ("have been instructed to evacuate"), like a legal act
    draft.anchored = draft.anchored or court or any(_evacuation(ctx, t) for t, _ in group) or (kind in ("arrest", "seizure") and _has_patient(group)) or any(
        slots.gives_up(ctx, t) and any(c.dep_ == "nsubj" for c in t.children) for t, _ in group) or _force_kill(ctx, draft, group) or (
        s.split and gi == 0) or (death is not None and _death_news(death)) or vehicle or any(_disaster(ctx, t) or _force_sent(ctx, t) for t, _ in group)
    _mark_reference(ctx, draft, group, vehicle)
    draft.separate = (s.split and gi == 1) or ((s.coord or s.outcome) and gi > 0)
    return draft


def _one_died(ctx: Context, draft: IncidentDraft, death: Token) -> None:
    """An `other` incident that is one death told as done (:func:`_death`): who died, no doer, one killed."""
    draft.dead = _dead_one(ctx, death)
    draft.perpetrator = draft.alleged = None  # the one who died did not do it
    draft.killed = 1 if draft.killed is None else draft.killed
    place = draft.location
    if place and any(c.dep_ == "prep" and c.lower_ in ("from", "of") and place in ctx.doc[
            c.left_edge.i:c.right_edge.i + 1].text for c in death.children):
        draft.location = None  # "died from COVID-19": the cause, not the place


def _retype(ctx: Context, s: _Told, gi: int, group: list[Cue], draft: IncidentDraft) -> None:
    """An attack that is an operation, a force's act or an accident becomes an `other` incident."""
    if draft.type == "attack" and draft.perpetrator is not None and draft.perpetrator.kind in (
            ActorKind.military, ActorKind.government) and not any(
            t.lemma_.lower() in ("attack", "bomb", "bombing", "ambush", "assault") for t, _ in group):
        draft.type = "other"  # "the security force killed a commander": an operation (the seed's must-have)
    if draft.type == "attack" and s.coord and gi == s.kill_gi and all(
            any(c.dep_ == "dobj" for c in t.children) for t, _ in s.cues if t.pos_ == "VERB"):
        draft.type = "other"  # "a patrol killed two insurgents and seized a cache": the killer also took, a force
    if draft.type == "attack" and (_no_attack(ctx, group, s.sent) or _animal_doer(ctx, group)):
        draft.type = "other"  # "a road accident killed five", "killed in a counterterrorism operation"


def _mark_reference(ctx: Context, draft: IncidentDraft, group: list[Cue], vehicle: bool) -> None:
    """What the merge reads of how the cue refers: back ("the attack"), to a dated one ("Saturday's
    attack"), to a new one ("another attack", "an attack", "attacked again"); and the cues' lemmas,
    with a vehicle's accident's words for a vehicle accident (:func:`_vehicle_accident`)."""
    cue = group[0][0]
    # "the attack", "who was also killed in the airstrike": any of its event nouns refers back
    draft.definite = any(c.dep_ == "det" and c.text.lower() in ("the", "this", "that")
                         for t, _ in group if t.i == cue.i or t.pos_ == "NOUN" for c in t.children)
    draft.told_before = cue.pos_ == "NOUN" and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in cue.children)
    draft.another = _another(ctx, cue)
    # "two blasts occurred": events counted with no "the" are new ones (_counted_events), as "a blast" is
    counted = cue.tag_ == "NNS" and not draft.definite and any(c.dep_ == "nummod" for c in cue.children)
    draft.new = draft.another or counted or any(c.dep_ == "det" and c.text.lower() in ("a", "an") for c in cue.children) or any(
        c.dep_ == "advmod" and c.lower_ in _words(ctx, "new_adverbs") for t, _ in group if t.pos_ == "VERB" for c in t.children)
    draft.words = frozenset(t.lemma_.lower() for t, _ in group)
    if vehicle:
        draft.words |= _words(ctx, "vehicle_accident_words")  # "the bus overturned" retells "the crash", "a road accident"


def _another(ctx: Context, cue: Token) -> bool:
    """An event word told as one more ("another attack", "a second bomb", ``ordinals``): not the one told before."""
    return any((c.dep_ == "det" and c.lower_ == "another") or (c.dep_ == "amod" and c.lower_ in _words(ctx, "ordinals"))
               for c in cue.children)


def _lead_start(ctx: Context, n: int, captions: tuple[re.Pattern[str], ...]) -> int | None:
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


def _court_act(ctx: Context, t: Token, kind: str, verbs: str) -> bool:
    """A court or legal act told by a verb: a court's own act, a legal act issued or signed, or one
    of the ``verbs`` word list of ``rules/events.yaml`` ("convicted", "pleaded")."""
    return kind == "other" and t.pos_ == "VERB" and (
        t.lemma_.lower() in _words(ctx, verbs) or _judicial(ctx, t) or _legal_act(ctx, t) or slots.verdict_find(ctx, t))


def _court_and_crime(ctx: Context, group: list[Cue]) -> list[list[Cue]]:
    """A court or legal act (a plea, conviction, sentence, charge, warrant) and the violent crime it
    is about, told in one sentence, are two incidents: "X pleaded not guilty to charges that he set
    off a bomb, injuring 30", "issued arrest warrants over the assassination of Y". The crime must be
    told as an event (a verb, or a noun with a determiner or possessor: "last year's blast"), not
    named as the charge ("convicted of murder"). Returns [crime cues, court cues], or [group]."""
    murder = _words(ctx, "murder_words")
    court = [(t, k) for t, k in group if _court_act(ctx, t, k, "court_verbs")]
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
    marks = _words(ctx, "apart_marks")
    for t, _ in group:
        v = _clause_verb_of(t)
        contrast = v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in v.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        # "The attack came hours after another pipe bomb went off": "another" tells a second event
        fresh = t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass") and v.dep_ != "ROOT" and _another(ctx, t)
        if not (contrast or fresh):
            continue
        inner = [(x, k) for x, k in group if v.left_edge.i <= x.i <= v.right_edge.i]
        outer = [c for c in group if c not in inner]
        order = ctx.rules.event_order
        if inner and outer and (fresh or min(order.index(k) for _, k in inner) != min(order.index(k) for _, k in outer)):
            return [outer, inner]
    return [group]


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
    if slots.participle_head(t, ("advcl",)) is not None:
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    return False


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
        elif t.pos_ == "VERB" and t.lemma_.lower() in ctx.rules.killed and k == "attack":
            acts["kill"].append((t, k))
        elif t.pos_ == "NOUN" and k == "seizure" and t.dep_ == "dobj" and t.head.pos_ == "VERB" and not any(
                x.i == t.head.i for x, _ in group):
            verbs[t.head.i] = k  # "discovered a weapons cache": the verb that took the cache is the act
            acts[k].append((t, k))
    told = [a for a in acts.values() if a]
    verbs.update({t.i: name for name, a in acts.items() for t, _ in a if t.pos_ == "VERB"})
    heads = [t if t.pos_ == "VERB" else t.head for a in told for t, _ in a]
    ops = _words(ctx, "operation_words")
    if len(told) < 2 or any(t.i not in verbs and t.lemma_.lower() not in ops and t.head.i not in verbs for t, _ in group):
        return [group], 0  # another event word besides ("the attack that killed two", "shot and killed"); not "seized a cache"

    def root(t: Token) -> Token:
        while _joined_act(t, verbs) and t.head.i != t.i:
            t = t.head
        return t

    first = root(heads[0])
    if not all(root(t).i == first.i and any(c.dep_ in ("dobj", "nsubjpass") for c in t.children) for t in heads):
        return [group], 0  # "More than 10 insurgents were killed and detained": one count for both
    placed = {t.i for a in told for t, _ in a}
    for t, k in group:  # the objects ("seized a cache") go with their verb, an operation with the first act
        if t.i not in placed:
            acts[verbs.get(t.head.i, next(n for n, a in acts.items() if a))].append((t, k))
    groups = [a for a in acts.values() if a]
    return groups, (len(groups) - 1 if acts["kill"] else -1)


def _outcome(ctx: Context, t: Token) -> bool:
    """A finding noun told as what something led to ("resulted in the deaths of five and the recovery of four
    rifles", "which led to the discovery of a cache"): the object of "in"/"to" after an outcome verb, or its conjunct."""
    for _ in range(4):  # up conjuncts and "of" phrases ("the deaths of three fighters and the recovery", as parsed)
        if t.dep_ == "conj" or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN"):
            t = t.head if t.dep_ == "conj" else t.head.head
    prep = t.head
    return (t.dep_ == "pobj" and prep.lower_ in ("in", "to") and prep.head.pos_ == "VERB"
            and prep.head.lemma_.lower() in _words(ctx, "outcome_verbs"))


def _outcome_split(ctx: Context, group: list[Cue]) -> list[list[Cue]]:
    """A finding an operation led to, told beside another act of the sentence ("ambushed the insurgents, which
    resulted in the deaths of five fighters and the recovery of four rifles"), is a seizure of its own: the
    other cues first (the killing keeps the toll), the finding second. Not beside an operation word or another
    seizure cue alone ("an operation which led to the discovery of a cache" is the one seizure)."""
    takes = _words(ctx, "outcome_takes")
    ids = {t.i for t, _ in group if t.lemma_.lower() in takes}
    # with what was found ("the discovery of a weapons cache")
    found = [(t, k) for t, k in group if t.i in ids or (k == "seizure" and any(a.i in ids for a in t.ancestors))]
    rest = [c for c in group if c not in found]
    ops = _words(ctx, "operation_words")
    if not found or all(t.lemma_.lower() in ops or k == "seizure" for t, k in rest):
        return [group]
    return [rest, found]


def _weapon_context(ctx: Context, t: Token) -> bool:
    """A weapon told with the cue: a weapon modifier of an event noun ("a precision air strike"), or a weapon of
    the weapon patterns among its arguments, one word ("rockets landed") or a phrase, which a single word never
    matches ("discovered 850 kilograms of urea nitrate ..., which can be used to create improvised explosive
    devices"); not a finding told as a judgement or a clause ("Netanyahu found the air strike justified")."""
    if t.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lower_ in _words(ctx, "weapon_modifiers") for c in t.children):
        return True  # "a precision air strike", "a drone strike"
    if t.pos_ == "VERB" and any((c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ") or c.dep_ == "ccomp" for c in t.children):
        return False  # "found the air strike justified", "found that ...": no finding of things
    words = {c.lemma_.lower() for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "advcl", "prep")}
    words |= {g.lemma_.lower() for c in t.children for g in c.subtree}
    words |= {ctx.doc[c.left_edge.i:c.right_edge.i + 1].text for c in t.children}  # "improvised explosive devices"
    return any(ctx.rules.weapons[i].search(w) for w in words for i in range(len(ctx.rules.weapons)))


def _goods_found(ctx: Context, t: Token) -> bool:
    """A finding verb whose object is weapons or drugs ("discovered multiple weapons", "found 13 pounds of opium
    tar", "found an AK-47 with several magazines"): what a force seizes (``seized_goods``), told with no weapon
    word of the weapon patterns; not "found the drug effective" (no force named: :func:`_force_named`)."""
    goods = _words(ctx, "seized_goods")
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in goods or o.lower_ in goods for o in objs)


def _nothing_taken(ctx: Context, t: Token) -> bool:
    """A verb of taking used for recording or winning: what it takes, or what takes, is an image, a
    moment, a prize or a share ("tourists captured pictures", "video captured Trump walking", "the
    needs of everyone are captured", "captured the title"), not a person, a place or weapons."""
    things = _words(ctx, "not_taken")
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in things for c in t.children)


def _verbal_attack(ctx: Context, t: Token) -> bool:
    """An attack verb told of words: its object is a decision, a policy or a statement ("attacked the
    proclamation"), it happens in a debate, a speech, an interview or on television ("attacked
    Biden during the debates"), or a named person attacks another with no weapon told."""
    if t.pos_ != "VERB":
        return False
    objects, settings = _words(ctx, "verbal_attack_objects"), _words(ctx, "speech_settings")
    if any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in t.children) or any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in settings for g in c.children) for c in t.children):
        return True
    # one named person attacking another, with no weapon told: "Biden attacked Trump on taxes"
    return (any(c.dep_ == "nsubj" and _person_name(ctx, c) for c in t.children)
            and any(c.dep_ == "dobj" and _person_name(ctx, c) for c in t.children)
            and slots.weapon(ctx, ctx.sent_text[ctx.sent_of[t.i]]) is None)


def _trading(ctx: Context, t: Token) -> bool:
    """An event word told of a market or a price, no event (LABELLING: "market crash" is a metaphor): a cue
    of ``market_cues`` told of a market (:func:`_market_told`); a billing verb whose object is a buyer or a cost
    and that charges with nothing ("Apple charging customers in the UK up to 10% more", "charge an added cost")."""
    lemma = t.lemma_.lower()
    if lemma in _words(ctx, "billing_verbs") and t.pos_ == "VERB":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _words(ctx, "billing_objects") for c in t.children) and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in t.children)
    return lemma in _words(ctx, "market_cues") and _market_told(ctx, t)


def _market_told(ctx: Context, t: Token) -> bool:
    """A market named as what the cue is of: its subject, its modifier or its "with"/"of"/"in" object ("the Dow
    Jones Industrial Average market crashed", "a four day rally with the stock market's indexes", "a stock market
    crash"), the subject of the clause a noun or gerund of it sits in ("Before a late session rally, the index was
    trading", "Indian shares ... fell ten percent before rallying"), or what a crash as subject moves ("The crash
    sent the market tumbling"). Not a market as what a crowd rallies about or near ("rallied outside the stock
    exchange", "a rally against price rises")."""
    market = _words(ctx, "market_words")

    def named(n: Token) -> bool:
        return any(x.lemma_.lower() in market or x.lower_ in market
                   for x in [n, *(c for c in n.children if c.dep_ in ("compound", "poss"))])

    near = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "compound", "nmod", "poss")]
    near += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "of", "in") for g in c.children if g.dep_ == "pobj"]
    if t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep":
        near += [c for c in t.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if t.dep_ == "nsubj":
        near += [g for c in t.head.children if c.dep_ in ("dobj", "ccomp") for g in [c, *c.children] if g.dep_ in ("dobj", "nsubj")]
    return any(named(n) for n in near)


def _force_named(ctx: Context, sent: Span) -> bool:
    """The sentence names a military, an armed group or a state body (an actor of those kinds, or
    a word such as "troops", "police", "security")."""
    kinds = (ActorKind.military, ActorKind.armed_group, ActorKind.government)
    words = _words(ctx, "force_words")
    return any((a := ctx.token_actor.get(x.i)) is not None and a.kind in kinds or x.lemma_.lower() in words
               or x.lower_ in words for x in sent)


def _campaign_event(ctx: Context, t: Token) -> bool:
    """A protest noun that names a campaign event: a campaign or election rally, a candidate's
    ("Trump's rally", "a Biden rally"), or one where one person did or said something ("Trump stirred
    controversy at a rally in Pennsylvania"), unless it is against something ("spoke at a rally
    against the war", "an anti-war rally")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _words(ctx, "campaign_event_nouns"):
        return False
    if any((c.dep_ in ("amod", "compound") and c.lemma_.lower() in _words(ctx, "campaign_words"))
           or (c.dep_ in ("poss", "compound") and _person_name(ctx, c)) for c in t.children):
        return True
    if any((c.dep_ == "prep" and c.lower_ in ("against", "over")) or (
            c.dep_ in ("amod", "compound") and c.lower_.startswith(("anti", "pro"))) for c in t.children):
        return False
    prep = t.head if t.dep_ == "pobj" else None
    while prep is not None and prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head  # "during an interview and again at a rally"
    if prep is None or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in prep.head.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and not any(c.dep_ == "conj" for c in subjects[0].children) and (
        _person_name(ctx, subjects[0]) or subjects[0].lower_ in ("he", "she"))


def _person_name(ctx: Context, c: Token) -> bool:
    actor = ctx.token_actor.get(c.i)
    return c.ent_type_ == "PERSON" or (actor is not None and actor.kind == ActorKind.person)


def _structure_subject(ctx: Context, t: Token) -> bool:
    """A building or other structure is the verb's subject ("the apartment block collapsed")."""
    heads = ctx.rules.words("events", "structure_heads")
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in heads or any(
        g.dep_ == "compound" and g.lemma_.lower() in heads for g in c.children)) for c in t.children)




def _event_groups(ctx: Context, cues: list[Cue]) -> list[list[Cue]]:
    nouns = [(t, k) for t, k in cues if t.pos_ == "NOUN" and k != "other"]
    conj = [(t, k) for t, k in nouns if t.dep_ == "conj" and any(h.i == t.head.i for h, _ in nouns)]
    if conj:
        heads = [(t, k) for t, k in nouns if any(c.head.i == t.i for c, _ in conj)]
        groups = [[h] for h in heads] + [[c] for c in conj]
        return groups
    return [cues]


def _merge_incidents(ctx: Context, found: list[IncidentDraft]) -> list[IncidentDraft]:
    out: list[IncidentDraft] = []
    summaries = {d.sent for d in found if _summary_lead(ctx, d)}
    split_from: list[tuple[IncidentDraft, IncidentDraft]] = []
    history = _history(ctx, found)
    for d in found:
        target = None
        if d.toll_only:
            if out and d.sent - out[-1].last_sent <= 2 and out[-1].words & _words(ctx, "accident_words"):
                _absorb(out[-1], d)  # "A hotel caught fire. At least seventeen people died.": the fire's toll
            continue
        # casualties told within three sentences of the incident's last mention are its own
        if out and d.casualty_only and not d.date_text and (op := _killed_in_arrest(ctx, out, d)) is not None:
            # a killing told after an arrest or a seizure, which kill no one: the operation's killing, an incident
            d.type, d.casualty_only, d.anchored, d.date_text = "other", False, True, op.date_text
        elif out and d.casualty_only and not d.date_text and d.sent - out[-1].last_sent <= 3:
            target = out[-1]
        elif d.casualty_only and not d.date_text and (same_toll := [o for o in out if _same_toll(o, d)]):
            target = same_toll[-1]  # "Two women and a man were injured" again, paragraphs after the attack that injured three
        elif d.dead and not d.date_text and out and out[-1].words & _words(ctx, "accident_words") and (
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
                          or by_place or same_type)
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
    _inherit_places(ctx, kept)
    kept = _one_per_day_and_place(ctx, kept)
    for d, lead in split_from:
        d.date_text = d.date_text or lead.date_text  # the day the lead tells for all its operations
    _release_day(ctx, kept)
    return kept


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
    if not days and not re.search(ctx.rules.raw["events"]["release_number"], ctx.text):
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


def _release_of_sent(ctx: Context, days: list[tuple[int, dt.date]], n: int) -> int | None:
    """The release whose dateline comes last before sentence ``n`` ends (its dateline may open it)."""
    return _release_at(days, ctx.sents[n][-1].idx)


def _scene_date(ctx: Context, sent: Span) -> str | None:
    """A day a sentence with a force in action tells outside its dateline and parentheses ("In Kunduz last night,
    a joint security force searched a compound", "Yesterday in X, Afghan forces received small arms fire")."""
    lead = dateline_end(ctx.doc, sent.start)
    forces = _words(ctx, "scene_forces")
    if not any(t.pos_ == "VERB" for t in sent[lead - sent.start:]) or not any(
            x.lemma_.lower() in forces or ((a := ctx.token_actor.get(x.i)) is not None and a.kind == ActorKind.military)
            for x in sent):
        return None  # "Tuesday, September 17, 2019": an article's date line; "Yesterday, the Parliament voted": no force's scene
    for e in ctx.ents_in(sent):
        if e.label_ not in ("DATE", "TIME") or e.start < lead or not slots.date_words(e.text):
            continue
        if (e.start > 0 and ctx.doc[e.start - 1].text == "(") or (e.end < len(ctx.doc) and ctx.doc[e.end].text == ")"):
            continue  # "KABUL, Afghanistan (Jan. 10, 2011)": the release's date
        if e.root.dep_ == "pobj" and e.root.head.lower_ in _words(ctx, "span_preps"):
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
    ops, counts = _words(ctx, "operation_words"), _words(ctx, "summary_counts")
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
    one that has it, or of a release number ("2011-01-S-228", ``release_number``)."""
    if ctx.release_days is None:
        r = ctx.rules.raw["events"]
        found = list(re.finditer(r["release_dateline"], ctx.text))
        years = [m["year"] for m in found if m["year"]] or re.findall(r["release_number"], ctx.text)
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
    clauses = _words(ctx, "background_clauses")
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
    return not any(_court_act(ctx, t, "other", "court_verbs") for t in sent)


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
    if not any(years.values()) or (now := article_year(ctx)) is None:
        return set()
    legal = _words(ctx, "court_verbs")
    old = {id(d): d for d in found if years[id(d)] and max(years[id(d)]) <= now - 2}
    current = [d for d in found if id(d) not in old]
    sents = {d.sent for d in current}
    tried = any(d.anchored and (d.type == "arrest" or d.words & legal) for d in current)
    return {i for i, d in old.items() if d.sent not in sents and (
        not tried or d.type == "arrest" or bool(d.words & legal))}


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _sentence_years(ctx: Context, d: IncidentDraft) -> list[int]:
    """The years an undated incident's sentence names as a time of their own, after a preposition or in brackets
    ("the Tenure of Office Act of 1867", "the period known as Prohibition (1919–33)"); not a year that modifies a
    noun ("the 2016 presidential election", "2012 presidential candidate") nor one that dates an event word
    ("a bombing in 2016": that event's year only)."""
    return [int(y) for t in ctx.sents[d.sent] if t.dep_ in ("pobj", "appos") and not any(
        _cue_type(ctx, h) for h in (t.head, t.head.head)) for y in _YEAR.findall(t.text)]


def _arrest_in_operation(ctx: Context, op: IncidentDraft, d: IncidentDraft, before: list[IncidentDraft]) -> bool:
    """An arrest told in the two sentences after an operation or a raid, with no other day, is what the
    operation did ("launched further raids early Monday in east London. A number of people had been
    detained"): one arrest. So is one told up to four sentences after it, past the sentences that describe
    its target ("A force conducted an operation to capture a Taliban leader today. The leader is
    responsible for ... The security force detained several suspected insurgents"), unless an arrest
    there told before the operation is the one it retells ("... detained two suspected insurgents during
    separate operations. During the first operation ... The security force detained one individual")."""
    gap = d.sent - op.last_sent
    return (d.type == "arrest" and op.type == "other" and bool(op.words & _words(ctx, "operation_words"))
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
    if not victims or not any(_force_named(ctx, s) for s in sents):
        return None
    # the one killed is an insurgent or told by a pronoun ("killing the insurgent", "He was engaged and killed");
    # not "an Afghan soldier was killed" (the insurgents' attack, told as the operation's toll), "a protester died"
    hostile, fire = _words(ctx, "hostile_words"), _words(ctx, "force_fire_words")
    if not any(t.lemma_.lower() in fire for t in ctx.sents[d.sent]):
        return None  # "was killed when his explosives detonated": no force's fire
    return last if all(v.lemma_.lower() in hostile or v.tag_ == "PRP" for v in victims) else None


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
        if o.type not in _TOLD_BETWEEN:
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
    words = _words(ctx, "verdict_cues")
    return bool(a.words & words and b.words & words)


def _court_acts(ctx: Context) -> frozenset[str]:
    return _words(ctx, "court_verbs") | _words(ctx, "judicial_acts")


def _court_of(ctx: Context, d: IncidentDraft) -> bool:
    """A court's or a prosecutor's act: a court word among its cues, or a court as its doer."""
    heads = _words(ctx, "judicial_heads")
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
    heads = _words(ctx, "judicial_heads")
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
    if b.words & kill and a.anchored and a.words & _words(ctx, "operation_words") and all(
            d.perpetrator is not None and d.perpetrator.kind in forces for d in (a, b)):
        return True  # "a force conducted an operation in search of a leader ... the force returned fire, killing him"
    return all(d.words & kill and (d.perpetrator is None or d.perpetrator.kind in forces) for d in (a, b)) and any(
        d.perpetrator is not None for d in (a, b))  # "Two insurgents were killed during an operation ... forces killed the two"


def _retold_accident(ctx: Context, out: list[IncidentDraft], d: IncidentDraft) -> IncidentDraft | None:
    """The accident or disaster an undated one retells by the same event word ("the crash", "the
    plane crashed" after the crash told with its date), where the places do not differ; a definite one
    with a date ("the fire started on Monday") retells one told undated or on that same day."""
    words = d.words & _words(ctx, "accident_words")
    if not words or (d.date_text and not d.definite):
        return None
    cue = ctx.doc[d.cue]
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(
            (g.dep_ == "det" and g.lower_ in ("a", "an", "another")) or (g.dep_ == "amod" and g.lower_ in _words(ctx, "ordinals"))
            for g in c.children) for c in cue.children):
        return None  # "another bus crashed", "a second plane crashed": a new one
    same = [o for o in out if o.type == d.type and o.words & words and _places_agree(o, d) and (
        not d.date_text or not o.date_text or _same_day(o.date_text, d.date_text))]
    return same[-1] if same else None


def _same_day(a: str, b: str) -> bool:
    """Two date texts name the same day ("Tuesday", "Tuesday evening")."""
    da, db = slots.date_words(a), slots.date_words(b)
    return bool(da and db and da.lower() == db.lower())


def _dead_one(ctx: Context, t: Token) -> str:
    """The words naming who died: the subject of "died" (:func:`_dead_subject`), of "was found dead";
    the person a death noun names."""
    subj = _announced_death(ctx, t) if t.pos_ == "NOUN" else (
        _dead_subject(ctx, t) if t.lemma_.lower() == "die" else next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None))
    if subj is None:
        return ""
    return " ".join(x.text for x in subj.subtree if x.dep_ in ("compound", "flat") or x.i == subj.i)


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
        places = [e for e in ctx.ents_in(sent) if e.label_ == "GPE" and not slots.under_dated_clause(e.root)
                  and not (e.root.dep_ == "pobj" and slots.origin_prep(ctx, e.root.head))]  # "died from COVID-19"
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


def _own_span(t: Token) -> tuple[int, int]:
    """A token's subtree without its conjuncts ("the attack on X" of "the attack on X and a ... attack")."""
    lo, hi = t.i, t.i + 1
    for c in t.children:
        if c.dep_ in ("conj", "cc"):
            continue
        lo, hi = min(lo, c.left_edge.i), max(hi, c.right_edge.i + 1)
    return lo, hi
