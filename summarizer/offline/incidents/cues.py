"""Incidents, step 1: event cues. A cue is a noun or verb of ``rules/events.yaml`` told as an event that happened
(outside quotes, irrealis and modifier contexts); :func:`happened_cues` finds a sentence's cues and
:func:`cue_type` types one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer import dates
from summarizer.offline import slots
from summarizer.offline.doc import Context, Cue, definite
from summarizer.offline.mentions import in_turn
from summarizer.schemas.brief import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from summarizer.offline.rules import Rules


# entity types whose words are names or dates, never event cues
_NAME_ENTITIES = ("DATE", "TIME", "ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT")


def cue_type(ctx: Context, t: Token) -> str | None:
    r = ctx.rules
    if t.pos_ not in ("NOUN", "VERB", "PROPN"):
        return None  # (slots.gives_up reads a verb): one look per other token, no lemma
    lemma, low = t.lemma_.lower(), t.text.lower()
    kind = r.event_type.get(lemma) or r.event_type.get(low)
    if kind is None:
        return "arrest" if slots.gives_up(ctx, t) else None  # "turned himself in to authorities"
    key = lemma if lemma in r.event_type else low
    if t.ent_type_ in _NAME_ENTITIES:
        return None  # "March 17", "Democratic Rally", "Operation Inherent Resolve": part of a name or date
    verdict = event_words(ctx, "verdict_words")
    if t.pos_ == "VERB" and kind != "other" and any(c.lemma_.lower() in verdict for c in t.children):
        return None  # "was found guilty": a verdict word, not a find
    if t.pos_ == "VERB" and key in r.verb_types:
        kind = r.verb_types[key]
    if t.pos_ == "NOUN" and t.dep_ == "compound":
        return None  # "rocket attacks": the head noun is the cue
    if t.pos_ == "NOUN" and (t.dep_ == "nmod" or _kinds_of_attacks(ctx, t)):
        return None  # "a roadside bomb and suicide bomb facilitator", "roadside bomb and direct fire attacks": kinds
    if t.pos_ == "NOUN" and t.tag_ in ("NNS", "NNPS") and kind not in ("seizure",) and not _dated_carried_out(ctx, t) and not (
            _counted_events(ctx, t, kind)) and not protest_wave(ctx, t, kind) and not group_clash(ctx, t) and not (
            arrests_made(ctx, t)):
        return None  # "a series of attacks", "attacks have increased": not one incident
    if key in r.nouns_only and t.pos_ != "NOUN":
        return None
    if key in r.verbs_only and t.pos_ != "VERB" and not _taking_of(ctx, t) and not _structure_collapse(ctx, t):
        return None
    if key in event_words(ctx, "past_verbs_only") and t.tag_ not in ("VBD", "VBN"):
        return None  # "responsible for kidnapping Afghan citizens", "plotted to hijack": a profile, a charge or an aim
    if kind == "other" and _protesters_clash(ctx, t):
        return "protest"
    if kind == "other" and group_clash(ctx, t):
        return "attack"
    return "strike" if kind == "attack" and (_aircraft_doer(ctx, t) or _strike_doer(ctx, t) or _aircraft_hit(ctx, t) or (
        air_attack(ctx, t))) else kind


def air_attack(ctx: Context, x: Token) -> bool:
    """An attack noun told as made from the air is an air strike (round 52; LABELLING: strike, air or artillery): an
    ``air_attack_nouns`` noun with an ``air_attack_modifiers`` word before it ("Two farmers were killed in air attacks on
    their village", "died in an aerial attack on their base"), or with "drone" and a state named before it or in its "by"
    (:func:`state_named`: "A US drone attack on a compound killed four", "a drone attack by the army"); not a drone attack with no state
    named ("Rebels launched a drone attack": an armed group's drones attack too), nor "rocket attacks"."""
    if x.pos_ != "NOUN" or x.lemma_.lower() not in event_words(ctx, "air_attack_nouns"):
        return False
    mods = [c for c in x.children if c.dep_ in ("compound", "amod")]
    if any(c.lower_ in event_words(ctx, "air_attack_modifiers") for c in mods):
        return True
    drone = any(c.lemma_.lower() == "drone" for m in mods for c in (m, *m.children) if c.dep_ in ("compound", "amod"))
    return drone and state_named(ctx, x, nationality=False)


def state_named(ctx: Context, x: Token, nationality: bool = True) -> bool:
    """A state or a state's force named with the event noun ``x``: a country (or, where ``nationality``, a nationality)
    or a ``striking_states`` word before it, also on a word before it ("a US drone attack"), or in its "by" or the "by"
    of the participle that carried it out ("a strike by Turkish forces", "a strike carried out by the army")."""
    states = event_words(ctx, "striking_states")
    kinds = ("GPE", "NORP") if nationality else ("GPE",)
    named = [c for c in x.children if c.dep_ in ("compound", "amod")]
    bys = [p for p in x.children if p.dep_ == "prep" and p.lower_ == "by"]
    bys += [p for a in x.children if a.dep_ == "acl" for p in a.children if p.dep_ == "agent"]
    named += [o for p in bys for o in p.children if o.dep_ == "pobj"]
    return any(n.ent_type_ in kinds or n.lemma_.lower() in states or any(
        c.dep_ == "compound" and c.ent_type_ in kinds for c in n.children) for n in named)


def _protesters_clash(ctx: Context, t: Token) -> bool:
    """A clash whose subject is protesters ("Protesters clashed with riot police in Ottawa on Tuesday", "when
    protesters clashed with police"): the protest, told by what its crowd did (``clash_verbs``, ``protesters``)."""
    return t.pos_ == "VERB" and t.lemma_.lower() in event_words(ctx, "clash_verbs") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in event_words(ctx, "protesters") for c in t.children)


def group_clash(ctx: Context, t: Token) -> bool:
    """A clash between groups of people, none of them a force, an armed group or protesters, is an attack (LABELLING:
    violence done to people; round 52): a clash noun named communal, sectarian or ethnic ("following a communal clash
    on Sunday", ``clash_kinds``), or one whose "between" (on the noun, or on its relative clause's past verb, "the
    clashes that erupted between two groups") names ``clash_parties`` ("after a clash between villagers of two
    tribes"), or a clash verb whose subject names them or a nationality or creed ("Villagers clashed with
    members of a rival tribe", "Hindus and Muslims clashed in the town"); not "Troops clashed with rebels" nor
    "clashes between police and protesters" (``force_words``, ``hostile_words``, ``protesters``: a force's fight
    or a protest), nor "The two leaders clashed over the budget" (no party word)."""
    if t.lemma_.lower() not in event_words(ctx, "clash_verbs"):
        return False
    if t.pos_ == "NOUN":
        if t.tag_ == "NN" and any(c.dep_ == "amod" and c.lower_ in event_words(ctx, "clash_kinds") for c in t.children):
            return True
        verbs = [t] if t.tag_ == "NN" else []
        verbs += [c for c in t.children if c.dep_ == "relcl" and c.tag_ == "VBD"]
        between = [p for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ == "between"]
        sides = [g for p in between for g in p.children if g.dep_ == "pobj"]
        if between and not sides:  # "after a clash between two tribes spread": the parser's subject of a clause
            sides = [g for c in t.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "nsubj"]
    elif t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN"):
        sides = [c for c in t.children if c.dep_ == "nsubj"]
        sides += [g for p in t.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children if g.dep_ == "pobj"]
    else:
        return False
    words = [w for s in sides for w in s.subtree]
    barred = event_words(ctx, "force_words") | event_words(ctx, "hostile_words") | event_words(ctx, "fight_foes") | (
        event_words(ctx, "protesters"))
    if not sides or any(w.lemma_.lower() in barred or w.lower_ in barred for w in words):
        return False
    parties = event_words(ctx, "clash_parties")
    return any(w.lemma_.lower() in parties or (w.ent_type_ == "NORP" and w.pos_ in ("PROPN", "NOUN")) for w in words)


def _aircraft_doer(ctx: Context, t: Token) -> bool:
    """An attack told with military aircraft as its doer is an air strike (LABELLING: strike, air or artillery):
    aircraft as the verb's subject or passive agent ("several Air Force F-16s bombed a convoy", "the village was
    bombed by warplanes", "the air force bombed a house") or the event noun's "by" ("a bombing by warplanes"). The
    aircraft are a ``strike_aircraft`` noun or a noun named with "air force"; not "plane" (a hijacked airliner), nor
    "bomber" (a suicide bomber); not "a drone attack" (a compound: an armed group's drones attack too)."""
    if t.pos_ == "VERB":
        doers = _verb_doers(t)
    else:
        doers = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    return any(_aircraft(ctx, d) for d in doers)


def _aircraft_hit(ctx: Context, t: Token) -> bool:
    """Military aircraft hitting or striking a target is an air strike though no weapon is named ("Warplanes struck a
    market, killing 12", "A hospital was struck by warplanes", "Fighter jets hit a weapons depot"): a
    ``aircraft_hit_verbs`` verb whose doer is :func:`_aircraft` and whose object or passive subject is a target (a
    place, a building, a force's position or vehicles, people: ``air_strike_targets``, ``structure_heads``,
    ``victim_heads``, or a named place); not an aircraft that hit something and crashed ("A helicopter struck power
    lines and crashed": an accident, the verb conjoined with a ``crash_verbs`` verb)."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in event_words(ctx, "aircraft_hit_verbs") or not (
            _aircraft_doer(ctx, t) or _strike_doer(ctx, t, bare=True)):
        return False
    crash = event_words(ctx, "crash_verbs")
    joined = [c for c in t.children if c.dep_ == "conj"] + ([t.head] if t.dep_ == "conj" else [])
    if any(v.lemma_.lower() in crash for v in joined):
        return False
    targets = event_words(ctx, "air_strike_targets") | event_words(ctx, "structure_heads") | event_words(ctx, "victim_heads")
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in targets or c.lower_ in targets or c.ent_type_ in ("GPE", "LOC", "FAC"))
               for c in t.children)


def _strike_doer(ctx: Context, t: Token, bare: bool = False) -> bool:
    """Strikes told as the doer of an attack verb are air strikes (round 49, a strike digest: "In Syria, four airstrikes
    hit the group's trucks and depots", "Five air strikes west of Hama hit bunkers and a depot"): the verb's
    subject or passive agent an "airstrike" or a ``strike_subjects`` noun named with "air"; a bare "strikes" only
    where ``bare`` (:func:`_aircraft_hit`, whose target object rules out "the strike hit production"), and not one
    a compound names the means of ("drone strikes hit the plant": an armed group's drones strike too)."""
    if t.pos_ != "VERB":
        return False
    strikes = event_words(ctx, "strike_subjects")
    return any(d.lemma_.lower() in strikes and (d.lemma_.lower() != "strike" or any(x.lower_ == "air" for x in d.lefts) or (
        bare and not any(c.dep_ == "compound" for c in d.children))) for d in _verb_doers(t))


def _verb_doers(t: Token) -> list[Token]:
    """A verb's doers: its subject and its passive agent, or those of the verb it is conjoined to when it has no
    subject of its own ("he was engaged by an air weapons team and killed")."""
    verbs = [t, *([t.head] if t.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) else [])]
    doers = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    return doers + [g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _aircraft(ctx: Context, d: Token) -> bool:
    """Military aircraft: a ``strike_aircraft`` noun ("warplanes", "F-16s") or a noun named with "air force"
    ("the air force", "Turkish Airforce F-16s")."""
    words = event_words(ctx, "strike_aircraft")
    if d.lemma_.lower() in words or d.lower_ in words:
        return True
    left = [x.lower_ for x in d.subtree if x.i <= d.i]
    return "airforce" in left or any(a == "air" and b == "force" for a, b in zip(left, left[1:]))


def _taking_of(ctx: Context, t: Token) -> bool:
    """A taking noun with whom it took and the operation it was taken in ("confirmed the capture of a
    Taliban facilitator during an operation in X district", "Also confirmed was the capture of a leader during
    a raid"): an arrest told as a noun; not "the capture of Kabul" (a place taken), "capture or kill
    missions" (no one taken), nor "confirmed the capture of two leaders" (a summary of captures told next)."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in event_words(ctx, "taking_nouns"):
        return False
    of = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "of"]
    # the operation hangs on the noun or, as the parser often has it, on the verb the noun is the object of
    during = [p for p in (*t.children, *(t.head.children if t.dep_ in ("dobj", "nsubjpass") else ()))
              if p.dep_ == "prep" and p.lower_ == "during"]
    taken = [o for p in of for o in p.children if o.dep_ == "pobj" and o.ent_type_ not in ("GPE", "LOC", "FAC")]
    # or on a word describing the one taken ("the capture of a Taliban sub-commander operating in X district during an
    # overnight operation", "a leader based in Y district during an operation Tuesday"), an operation word its object
    ops = event_words(ctx, "operation_words")
    during += [p for o in taken for p in o.subtree if p.dep_ == "prep" and p.lower_ == "during" and p.i > o.i
               and any(c.dep_ == "pobj" and c.lemma_.lower() in ops for c in p.children)]
    return bool(during) and bool(taken)


def arrests_made(ctx: Context, t: Token) -> bool:
    """Arrests told as made happened though no one taken is named (round 52): an arrest noun (``made_arrests``), plural
    or not, the object or the passive subject of a past or perfect ``arrest_making_verbs`` verb ("Officers made several
    arrests outside the stadium", "Detectives have made three arrests over the robbery", "Several arrests were made after
    the clash"), also counted by a noun ("police made a number of arrests"); not none made ("no arrests have been
    made", "did not make any arrests"), nor a habit or a tally over years ("have made hundreds of arrests in recent
    years", :func:`_habitual`)."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in event_words(ctx, "made_arrests"):
        return False
    o = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" else t
    if o.dep_ not in ("dobj", "nsubjpass"):
        return False  # "made a number of arrests": the noun counting them is the verb's object
    v = o.head
    if v.lemma_.lower() not in event_words(ctx, "arrest_making_verbs") or v.tag_ not in ("VBD", "VBN"):
        return False
    return not _habitual(ctx, v) and not any(c.dep_ == "neg" for c in v.children) and not any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in (*t.children, *o.children))


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
    return t.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in event_words(ctx, "carry_out_verbs") and any(
        dates.find_date_expression(" ".join(x.text for x in c.subtree if x.ent_type_ == "DATE"))
        for c in verb.children if c.i != t.i)  # the date's words together ("on Dec. 6")


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
        if c.dep_ == "amod" and c.lower_ in event_words(ctx, "pair_words"):
            return True
        if c.dep_ == "nummod":
            text = c.lower_.replace(",", "")
            n = int(text) if text.isdigit() else counts.get(text)
            return n is not None and 2 <= n <= most
    return False


def protest_wave(ctx: Context, t: Token, kind: str) -> bool:
    """Protests told as a wave that happened, one incident though the noun is plural: the subject of a verb of
    their course ("protests began in June", "protests filled the San Juan streets daily", ``wave_verbs``), a span of
    them ("two weeks of protests in the capital", "after three months of continuous protests", ``wave_spans``), protests
    held (``_held``: "Demonstrations were held all over Bahrain"), or what an event was met with ("The speech was
    marked by protests", "it was met with protests"); not protests in general ("a series of protests", "the right to
    hold protests", "protests have increased")."""
    if kind != "protest" or t.pos_ != "NOUN" or t.tag_ not in ("NNS", "NNPS"):
        return False
    head = t.head
    if t.dep_ == "nsubj":
        return head.pos_ == "VERB" and head.lemma_.lower() in event_words(ctx, "wave_verbs")
    if t.dep_ == "nsubjpass":
        return _held(ctx, head)
    if t.dep_ != "pobj":
        return False
    if head.lower_ == "of":
        span = head.head
        return span.lemma_.lower() in event_words(ctx, "wave_spans") and any(c.dep_ == "nummod" for c in span.children)
    verb = head.head
    # "was marked by protests" (a passive's agent), "was met with protests"
    return (head.dep_ == "agent" or (head.lower_ == "with" and verb.lemma_.lower() == "meet")) and verb.pos_ == "VERB" and any(
        c.dep_ == "auxpass" for c in verb.children)


def _held(ctx: Context, verb: Token) -> bool:
    """Protests told as held in the past passive ("Demonstrations were held all over Bahrain", "protests were
    staged in ten cities"): a verb of holding one (``protest_doer_verbs``), not of asking for one ("protests were
    called for", ``request_verbs``), nor a habit or a plan ("are held every year", "will be held")."""
    low = verb.lemma_.lower()
    return verb.pos_ == "VERB" and low in event_words(ctx, "protest_doer_verbs") and low not in event_words(
        ctx, "request_verbs") and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)


def event_words(ctx: Context, key: str) -> frozenset[str]:
    """A word list of ``rules/events.yaml``, lower case (:meth:`Rules.words`: built once per rule set)."""
    return ctx.rules.words("events", key)


def judicial(ctx: Context, t: Token) -> bool:
    """A court, judge or jury as the subject of what it does: a ruling ("the Supreme Court rejected
    the lawsuit", "the city court set bail"), not what it says ("the judge said"). The verb is a ruling
    verb (``judicial_acts``) or has a court object ("set bail"): "the judge arrived" is not one."""
    if t.pos_ != "VERB" or t.tag_ in ("VB", "VBG"):
        return False  # "for the Court to opine": not a finite act of the court
    lemma = t.lemma_.lower()
    if lemma in ctx.rules.reporting and lemma not in event_words(ctx, "judicial_acts"):
        return False
    heads = event_words(ctx, "judicial_heads")
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    # "the court", "District Judge X", "X, a district judge"
    if subj is None or not (subj.lemma_.lower() in heads or any(
            c.dep_ in ("compound", "appos") and c.lemma_.lower() in heads for c in subj.children)):
        return False
    objects = event_words(ctx, "judicial_objects")
    has_object = any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in t.children)
    if _court_delay(ctx, t):
        return False
    if t.lemma_.lower() in event_words(ctx, "judicial_non_events"):
        return has_object
    return has_object or t.lemma_.lower() in event_words(ctx, "judicial_acts")


def _court_delay(ctx: Context, t: Token) -> bool:
    """A court putting its case off is procedure, no ruling (LABELLING: hearings only scheduled are no incident): a
    ``judicial_delays`` verb, "The court postponed the bribery trial until March", "The judge adjourned the matter", "The
    magistrate stood the matter down" (with "down" its particle when the verb is "stand")."""
    lemma = t.lemma_.lower()
    if lemma == "stand":
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in t.children)
    return lemma in event_words(ctx, "judicial_delays")


def _extra_cue(ctx: Context, t: Token) -> str | None:
    """Event cues told by grammar rather than by the event word alone."""
    if t.pos_ not in ("VERB", "NOUN") or t.ent_type_ in _NAME_ENTITIES:
        return None  # every rule below reads a verb or a noun: one look per other token
    if judicial(ctx, t):
        return "other"
    if t.lemma_.lower() not in (words := _rule_words(ctx)) and t.lower_ not in words:
        # no word any rule below starts from: only a storm's "made landfall" (its object) can be one
        return "other" if _disaster_strikes(ctx, t) else None
    if legal_act(ctx, t) or sanction(ctx, t):
        return "other"
    if death_told(ctx, t):
        return None if _natural_death(ctx, t) else "other"  # an obituary's death from illness or age: no incident
    if _fire(ctx, t) or _disaster_strikes(ctx, t) or vehicle_accident(ctx, t) or evacuation(ctx, t):
        return "other"
    if _strike_engagement(ctx, t) or air_unit_act(ctx, t) or _bombs_dropped(ctx, t):
        return "strike"
    if _goods_destroyed(ctx, t):
        return "seizure"
    if force_sent(ctx, t):
        return "deployment"
    if _protest_crowd(ctx, t) or _protest_form(ctx, t) or _took_to_streets(ctx, t):
        return "protest"
    if force_on_protest(ctx, t) or weapon_thrown(ctx, t) or arson(ctx, t) or _site_stormed(ctx, t):
        return "attack"
    if slots.verdict_find(ctx, t):
        return "other"  # "was found guilty on all counts": a verdict
    return None


def _site_stormed(ctx: Context, t: Token) -> bool:
    """A guarded site stormed or raided by others than a force is an attack (round 52; before, nothing, or a raid's
    `other`): a past ``storm_verbs`` verb whose object or passive subject is a ``stormed_sites`` noun, itself or with
    its compound or modifier, or a conjunct of it ("Dozens of militants stormed a prison and freed 400 inmates", "Gunmen raided a police station on
    Monday", "The jail was stormed by armed men"), its doer (subject or passive agent) no force nor protesters
    (``fight_forces``, ``scene_forces``, ``responder_words``, ``protesters``: "Police stormed the jail to end the
    riot", "Protesters stormed the police station" is their protest); not a house or a building, which police raid."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in event_words(ctx, "storm_verbs"):
        return False
    sites = event_words(ctx, "stormed_sites")
    objects = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [x for c in objects for x in c.children if x.dep_ == "conj"]  # "an army barracks and jail"
    if not any(c.lemma_.lower() in sites or " ".join([x.lower_ for x in c.children if x.dep_ in ("compound", "amod")] + [
            c.lemma_.lower()]) in sites for c in objects):
        return False
    forces = event_words(ctx, "fight_forces") | event_words(ctx, "scene_forces") | event_words(ctx, "responder_words") | (
        event_words(ctx, "protesters"))
    return not any(w.lemma_.lower() in forces for d in _verb_doers(t) for w in d.subtree)


def _took_to_streets(ctx: Context, t: Token) -> bool:
    """A crowd taking to the streets, told as done, is a protest ("protesters took to the streets of Moscow",
    "people took to the streets to march"; ``street_verbs``, ``street_nouns``): a past verb with a subject and "to" the
    street; not one invited or bare ("to invite everyone to take to the streets again")."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in event_words(ctx, "street_verbs"):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return False
    streets = event_words(ctx, "street_nouns")
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in streets for o in c.children) for c in t.children)


def _protest_form(ctx: Context, t: Token) -> bool:
    """A protest named by its form, a noun and its modifier (``protest_forms``), told as done: the subject or the
    object of a verb ("Palestinian prisoners began an open ended hunger strike on April 17", "opposition parties held a
    mass sit-in in Nouakchott", the tagger's "sit" "-" "in"; "had a two hour work stoppage Wednesday", "The hunger
    strike has been going on since last month"); not one named in a phrase ("information on the hunger strike",
    "220 prisoners are on hunger strike"), the object of a bare verb ("have the intention to do a sit-in"), nor
    plural ("hunger strikes")."""
    if t.pos_ not in ("NOUN", "ADP", "ADV") or t.tag_ in ("NNS", "NNPS") or t.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    if t.head.pos_ not in ("VERB", "AUX") or t.head.tag_ == "VB" or t.head.lemma_.lower() in ctx.rules.reporting:
        return False  # not a bare verb: "have the intention to do a sit-in", "agreed to end his hunger strike"
    forms, low = event_words(ctx, "protest_forms"), t.lemma_.lower()
    before = [c.lemma_.lower() for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i]
    if t.i >= 2 and ctx.tokens[t.i - 1].text == "-":
        before.append(ctx.tokens[t.i - 2].lemma_.lower())  # "sit-in": "sit" "-" "in"
    return any(f"{b} {low}" in forms for b in before)


def weapon_thrown(ctx: Context, t: Token) -> bool:
    """A weapon thrown, told as done (``throw_verbs``, ``thrown_weapons``: the verb's object or passive subject, its
    head or a modifier): "Multiple Molotov cocktails were thrown into houses in southern Tel Aviv", "militants hurled a
    grenade at an army truck", "grenades were thrown at the security force" (an attack, LABELLING); not a party
    thrown ("threw a cocktail party"), a present or a bare verb ("to throw stones"), nor one only asked about ("was he
    the one who threw the Molotov cocktail?")."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in event_words(ctx, "throw_verbs"):
        return False
    if t.sent.text.rstrip().endswith("?"):
        return False
    weapons = event_words(ctx, "thrown_weapons")
    thrown = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(x.lemma_.lower() in weapons for c in thrown for x in (c, *(g for g in c.children if g.dep_ in ("compound", "amod"))))


def arson(ctx: Context, t: Token) -> bool:
    """Arson told as done, an attack (round 47): a past "set" with fire told on a thing ("Unknown attackers set fire to
    a church", "set a bus on fire", "A synagogue was set on fire", "set ablaze the party's headquarters", "set the car
    alight"; ``arson_fire_words``) or a past "torch" with its object or passive subject ("Attackers torched a school",
    "Two churches were torched"); not oneself ("set himself on fire": no attack), what protesters burn as a sign
    ("set fire to tyres", ``burned_signs``), a crowd's act in a sentence that tells its protest ("During a riot near
    the White House, rioters set fire to a church": the riot, one event), a place or a thing set alight in a figure ("set the stadium alight with
    two goals", ``figurative_burned``), a present or a bare verb ("threatened to set fire to"), nor one asked
    about."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in event_words(ctx, "arson_verbs"):
        return False
    if t.sent.text.rstrip().endswith("?"):
        return False
    if any(ctx.rules.event_type.get(x.lemma_.lower()) == "protest" and x.pos_ in ("NOUN", "VERB") for x in t.sent):
        return False  # "During a riot ..., rioters set fire to a church": the protest's act, one event
    burned = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if t.lemma_.lower() == "set":
        burned = _set_on_fire(ctx, t, burned)
    signs = event_words(ctx, "burned_signs") | event_words(ctx, "figurative_burned")
    return any(b.pos_ in ("NOUN", "PROPN") and b.lower_ not in signs and b.lemma_.lower() not in signs for b in burned)


def _set_on_fire(ctx: Context, t: Token, burned: list[Token]) -> list[Token]:
    """What a "set" sets on fire: "to"'s object after "set fire" ("set fire to a church"), or the verb's object or
    passive subject with "on fire", "ablaze" or "alight" ("set a bus on fire", "set ablaze the headquarters");
    none where no fire is told ("set the table", "set a date")."""
    kids = list(t.children)
    if any(c.dep_ == "dobj" and c.lower_ == "fire" for c in kids):
        return [o for c in kids if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    on_fire = any(c.dep_ == "prep" and c.lower_ == "on" and any(o.lower_ == "fire" for o in c.children) for c in kids)
    fire_words = event_words(ctx, "arson_fire_words")
    if not (on_fire or any(c.lower_ in fire_words for c in kids)):
        return []
    # "set the car alight": the parser may take "alight" for the object, the thing its compound
    return [x for b in burned for x in ([g for g in b.children if g.dep_ == "compound"] if b.lower_ in fire_words else [b])]


# the word lists the rules of _extra_cue below judicial start from, the token's lemma or its lower-case text in one
# of them (or a word before a space in one: "crack" of "crack down"), and the lemmas they name themselves
# (death_told, slots.verdict_find, force_on_protest's "opened fire"), and the last word of a pair that a rule
# reads from its end (_protest_form: "strike" of "hunger strike"): a rule added there reads one of these
# too, or goes above the check
_RULE_LISTS = ("past_only_acts", "declare_verbs", "legal_act_verbs", "sanction_verbs", "death_nouns", "fire_nouns",
               "disaster_verbs", "accident_verbs", "evacuation_orders", "evacuate_verbs", "engage_verbs", "launch_verbs",
               "air_unit_verbs", "destroy_verbs", "send_verbs", "send_into_verbs", "protest_crowd_verbs", "crowd_force_verbs",
               "crowd_force_uses", "crowd_fire_verbs", "throw_verbs", "street_verbs", "arson_verbs", "drop_verbs",
               "storm_verbs")
_RULE_LAST_WORDS = ("protest_forms",)
_RULE_LEMMAS = frozenset({"find", "discover", "die", "open"})
_rule_words_made: dict[int, tuple[Rules, frozenset[str]]] = {}


def _rule_words(ctx: Context) -> frozenset[str]:
    """Every word :func:`_extra_cue`'s rules below judicial start from (``_RULE_LISTS``, ``_RULE_LEMMAS``,
    ``_RULE_LAST_WORDS``), made once per rule set: a token with none of them is no cue of theirs, and is not read by
    each (about 15 looks)."""
    made = _rule_words_made.get(id(ctx.rules))
    if made is None or made[0] is not ctx.rules:
        words = set(_RULE_LEMMAS)
        for key in _RULE_LISTS:
            listed = event_words(ctx, key)
            words |= listed | {w[:k] for w in listed for k, ch in enumerate(w) if ch == " "}
        words |= {w.rsplit(" ", 1)[-1] for key in _RULE_LAST_WORDS for w in event_words(ctx, key)}
        made = _rule_words_made[id(ctx.rules)] = (ctx.rules, frozenset(words))
    return made[1]


def _fire(ctx: Context, t: Token) -> bool:
    """A fire told as an event, an accident: a fire noun that does something ("a fire broke out",
    "the blaze killed three", "a fire was reported") or that a thing caught ("the hotel caught fire"), or one in a
    phrase that does its relative clause, told new ("inspectors are looking into a fire that gutted two stores");
    not gunfire ("opened fire", "friendly fire killed two", "came under fire")."""
    if t.pos_ != "NOUN" or t.tag_ != "NN" or t.lemma_.lower() not in event_words(ctx, "fire_nouns"):
        return False  # "fires have been set in the past": not one fire
    if any(c.lemma_.lower() in event_words(ctx, "gunfire_modifiers") or c.ent_type_ in ("NORP", "ORG")
           for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss")):
        return False
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in event_words(ctx, "fire_catch_verbs")
    if t.dep_ == "pobj" and t.head.lower_ != "under" and not _definite(t):
        # round 52: the subject of its relative clause ("looking into a fire that gutted two stores", "stalls were
        # burned in fire that started at a bazaar"); not gunfire, "came under fire that ...", nor a fire told again,
        # "Following the fire, which also injured a man"
        return any(c.dep_ == "relcl" and c.pos_ == "VERB" and any(g.dep_ == "nsubj" and g.tag_ in ("WDT", "WP") for g in c.children)
                   for c in t.children)
    return t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB"


def vehicle_accident(ctx: Context, t: Token) -> bool:
    """A vehicle or a pipe told in an accident by its verb (``accident_verbs``): "a bus overturned in X", "the
    aircraft overshot the runway", "a water main broke", "the ferry capsized"; its subject is a vehicle or a pipe
    (``accident_subjects``): its own, the noun its clause hangs on ("a bus carrying children overturned", "a ferry
    which capsized") or its first verb's ("the plane landed and overshot"). Not "talks broke down", "shares plunged"."""
    verbs = event_words(ctx, "accident_verbs")
    if t.lemma_.lower() not in verbs and t.lower_ not in verbs:
        return False
    # the tagger takes a bare "broke", "overshot" for the sentence's noun root: its subject is a noun to its left
    as_noun = t.pos_ == "NOUN" and t.dep_ == "ROOT"
    if (t.pos_ != "VERB" and not as_noun) or any(c.dep_ == "auxpass" or (c.dep_ == "prt" and c.lower_ == "down") for c in t.children):
        return False  # "was sunk by a torpedo", "the car broke down": an attack, a breakdown
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in event_words(ctx, "accident_objects") and c.ent_type_ not in ("GPE", "LOC", "FAC")
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
    vehicles = event_words(ctx, "accident_subjects")
    # "Amtrak's passenger train number 91 slammed into ...": the vehicle noun compounded on a numbered head
    subjects += [c for s in subjects if s.pos_ == "NOUN" and any(g.dep_ == "nummod" for g in s.children)
                 for c in s.children if c.dep_ == "compound"]
    return any(s.lemma_.lower() in vehicles and s.pos_ == "NOUN" for s in subjects)


def disaster(ctx: Context, t: Token) -> bool | None:
    """A crowd or ground disaster noun (``disaster_nouns``) told as new ("nine persons were missing after a
    mudslide", "killed in a stampede"): True, an incident told, slots or not; False for another word or a disaster
    told again ("The stampede began when ..."); None for a vote's margin ("won in a landslide", ``vote_verbs``)."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in event_words(ctx, "disaster_nouns"):
        return False
    if t.dep_ == "pobj" and t.head.head.lemma_.lower() in event_words(ctx, "vote_verbs"):
        return None
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)


def _protest_crowd(ctx: Context, t: Token) -> bool:
    """A protest told by what its crowd did: protesters gathering, surrounding or blocking ("thousands of
    protesters gathered around the police complex", "a group of protesters surrounded the senator"), or a
    crowd doing so with slogans or placards ("thousands of people gathered outside Congress with slogans");
    not a crowd with no sign of protest ("supporters gathered outside", "ministers gathered in Cairo")."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in event_words(ctx, "protest_crowd_verbs"):
        return False
    # its own subject, or the first verb's when it is the second of two ("protesters wearing masks ... and gathered")
    subjects = [c for v in (t, t.head) if v is t or t.dep_ == "conj" for c in v.children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    protesters, crowds = event_words(ctx, "protesters"), event_words(ctx, "crowd_words")
    # "protesters", "thousands of protesters", "a group of protesters"
    heads = [*subjects, *(o for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj")]
    if any(h.lemma_.lower() in protesters for h in heads) or _to_protest(ctx, t):
        return True
    if not any(h.lemma_.lower() in crowds or h.lower_ in crowds for h in heads):
        return False
    marks = event_words(ctx, "protest_marks")
    return any(x.lemma_.lower() in marks for c in t.children if c.dep_ != "nsubj" for x in c.subtree)


def _to_protest(ctx: Context, t: Token) -> bool:
    """A crowd verb whose aim is to protest ("supporters gathered in Taksim Square to protest injustice")."""
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.lemma_.lower() in event_words(ctx, "protest_aims")
               and any(a.lower_ == "to" for a in c.children) for c in t.children)


def force_on_protest(ctx: Context, t: Token) -> bool:
    """Force used on a protest's crowd, told by its verb (``crowd_force_verbs``): its object or passive subject
    is protesters or a protest (``protest_objects``: "police dispersed the demonstrators", "law enforcement cleared
    protesters from the square using tear gas", "the sit-in was broken up"), or "on" them after "cracked down";
    or a means of force (``crowd_force_means``) used or fired on, against or at them (``crowd_force_uses``: "used
    tear gas against protesters", "fired tear gas at the crowd", or to drive them ("fired rubber bullets to push back
    protesters")), or fired on or at them with no means named ("troops
    fired on protesters", "opened fire on the crowd").
    An attack on the crowd (LABELLING: "security forces violently dispersed the sit-in"); not "cleared the
    area", nor "used force" on no crowd."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    particles = [c.lower_ for c in t.children if c.dep_ == "prt"]
    crowd = event_words(ctx, "protest_objects")

    def crowded(n: Token) -> bool:  # "protesters", "the sit-in", "hundreds of protesters", "a protest camp"
        heads = [n, *(o for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
        heads += [c for h in heads for c in h.children if c.dep_ in ("compound", "amod")]
        return any(h.lemma_.lower() in crowd or h.lower_ in crowd for h in heads)

    def on_crowd(v: Token) -> bool:  # "on"/"against" them, on the verb or on its object ("used force on the protesters")
        preps = [p for x in (v, *(c for c in v.children if c.dep_ == "dobj")) for p in x.children if p.dep_ == "prep"]
        return any(p.lower_ in ("on", "against", "at", "into") and any(crowded(o) for o in p.children if o.dep_ == "pobj") for p in preps)

    verbs = event_words(ctx, "crowd_force_verbs")
    if lemma in verbs or any(f"{lemma} {p}" in verbs for p in particles):
        if any(f"{lemma} {p}" in verbs for p in particles if p == "down"):
            return on_crowd(t)  # "cracked down on the protesters"
        return any(c.dep_ in ("dobj", "nsubjpass") and crowded(c) for c in t.children)
    if lemma in event_words(ctx, "crowd_force_uses"):  # "used tear gas against protesters", "fired tear gas at the crowd"
        means = event_words(ctx, "crowd_force_means")
        if any(c.dep_ == "dobj" and c.lemma_.lower() in means for c in t.children) and (on_crowd(t) or any(
                c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") and any(
                    o.dep_ == "dobj" and crowded(o) for o in c.children) for c in t.children)):
            return True  # round 52: also one fired to drive them back ("fired tear gas to push back the protesters")
    if lemma in event_words(ctx, "crowd_fire_verbs") or (lemma == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in t.children)):
        return on_crowd(t)  # "troops fired on protesters", "opened fire on the crowd"
    return False


def evacuation(ctx: Context, t: Token) -> bool:
    """People evacuated, told as done ("South Korea evacuated about 80 people", "45,000 people were evacuated
    into school shelters"), or ordered to leave, the ordering verb the cue ("residents have been instructed to
    evacuate", "ordered the evacuation of the town"): an `other` incident. Not one person by name or pronoun
    ("Pohiva was evacuated to Auckland": a medical evacuation), nor residents urged to leave (no order)."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    if lemma in event_words(ctx, "evacuation_orders"):
        return any((c.dep_ == "xcomp" and c.lemma_.lower() in event_words(ctx, "evacuate_verbs"))
                   or (c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in event_words(ctx, "evacuation_nouns")) for c in t.children)
    if lemma not in event_words(ctx, "evacuate_verbs"):
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
    if lemma in event_words(ctx, "engage_verbs"):
        weapons = event_words(ctx, "strike_weapons")
        # the "with" phrase on the verb or, as the parser often has it, on its object ("the enemy position with missiles")
        told = [c for o in (t, *(c for c in t.children if c.dep_ == "dobj")) for c in o.children if c.dep_ == "prep" and c.lower_ == "with"]
    elif lemma in event_words(ctx, "launch_verbs"):
        weapons = event_words(ctx, "artillery_weapons")
        told = [c for c in t.children if c.dep_ == "dobj"]  # "fired artillery rounds", "fired several mortars at the insurgents"
    else:
        return False
    if not any(x.lemma_.lower() in weapons or x.lower_ in weapons for c in told for x in c.subtree):
        return False
    hostile = event_words(ctx, "hostile_words")
    return not any(c.dep_ in ("nsubj", "agent") and any(x.lemma_.lower() in hostile for x in c.subtree)
                   for v in {t, _clause_verb(t)} for c in v.children)


def _bombs_dropped(ctx: Context, t: Token) -> bool:
    """Bombs dropped, told as done, are an air strike (LABELLING: strike, air or artillery), whoever drops them ("United
    States warplanes dropped two bombs on a stronghold", "helicopters dropped barrel bombs on the town", "bombs were
    dropped on the village"): a ``drop_verbs`` verb in the past whose object or passive subject is a
    ``dropped_munitions`` noun; not "dropped the charges", "dropped a bomb threat", nor "likes dropping bombs"."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in event_words(ctx, "drop_verbs"):
        return False
    munitions = event_words(ctx, "dropped_munitions")
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in munitions or c.lower_ in munitions) for c in t.children)


def air_unit_act(ctx: Context, t: Token) -> bool:
    """A force's air weapons team engaging, killing or firing, as the verb's subject or passive agent: an air strike
    ("the air weapons team engaged the enemy position, killing two insurgents", "they were killed by an air weapons
    team", "he was engaged by an air weapons team and killed"). The team is an ``air_unit_heads`` noun named with "air"
    (not "an air assault force": troops flown in); not the insurgents' act ("insurgents fired on the patrol")."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in event_words(ctx, "air_unit_verbs"):
        return False
    if t.lemma_.lower() == "return" and not any(c.dep_ == "dobj" and c.lower_ in event_words(ctx, "air_unit_returns") for c in t.children):
        return False  # "the aircraft returned to base": no fire
    heads = event_words(ctx, "air_unit_heads")
    return any((d.lemma_.lower() in heads and any(x.lower_ == "air" for x in d.subtree if x.i < d.i)) or _aircraft(ctx, d)
               for d in _verb_doers(t))


def force_sent(ctx: Context, t: Token) -> bool:
    """A force sent or deployed, told by its verb: the verb's object, or its passive subject, is a force
    ("deployed the national guard", "a warship was deployed to retrieve them", "sent Department of Homeland
    Security officers to protect federal buildings"): a deployment that happened, slots or not (LABELLING: troops
    sent or arrived are required). Not a force that is sent something ("sent the police a plan"), nor a sending
    named as what an agreement or a plan is about ("the agreement on sending Turkish soldiers to Libya")."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN"):
        return False
    lemma = t.lemma_.lower()
    if lemma not in event_words(ctx, "send_verbs") and not (lemma in event_words(ctx, "send_into_verbs") and any(
            c.dep_ == "prep" and c.lower_ == "into" for c in t.children)):
        return False  # "ordered troops into the city": sent; not "ordered troops to withdraw"
    forces = event_words(ctx, "sent_forces")
    # its object or passive subject, or their conjunct ("the people and a warship was deployed", as the parser has it)
    sent = [x for c in t.children if c.dep_ in ("dobj", "nsubjpass") for x in (c, *(g for g in c.children if g.dep_ == "conj"))]
    if t.dep_ == "acl" and t.tag_ == "VBN" and not sent and not any(c.lower_ in ("home", "back") for c in t.children):
        sent = [t.head]  # round 50: "the first troops sent to the border install wire": the force the participle describes
        # (not "two officers sent home after the shooting": sent away, no deployment)
    return any(x.lemma_.lower() in forces or _named_force(ctx, x) or _counted_force(ctx, x, forces) for x in sent)


def _named_force(ctx: Context, x: Token) -> bool:
    """A ``named_forces`` head named with a ``force_words`` word before it, as a compound or a modifier (round 50: "A
    police force has been deployed to maintain order", "security personnel were deployed"); not "the task force was
    sent to review the accounts", "a sales force", "medical personnel"."""
    words = event_words(ctx, "force_words")
    return x.lemma_.lower() in event_words(ctx, "named_forces") and any(
        c.dep_ in ("compound", "amod") and c.i < x.i and (c.lemma_.lower() in words or c.lower_ in words) for c in x.children)


def _counted_force(ctx: Context, x: Token, forces: frozenset[str]) -> bool:
    """A count word heading a force ("Hundreds of riot police were sent", "Thousands of troops"): the parser makes the
    count the head, the force the object of its "of" (``count_heads``)."""
    if x.lemma_.lower() not in event_words(ctx, "count_heads") and x.lower_ not in event_words(ctx, "count_heads"):
        return False
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in forces or _named_force(ctx, o)) for p in x.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _disaster_strikes(ctx: Context, t: Token) -> bool:
    """A storm or a quake told as striking land: "Hurricane Lorenzo hit the Azores", "the typhoon
    battered the coast", "Dorian made landfall in the Abaco Islands" (a disaster, an `other` incident);
    not "hit a storm of criticism", nor a storm that is only forecast ("is not expected to make landfall").
    Round 52: so is a flood, a landslide or a wildfire striking, sweeping or destroying ("Floods swamped a dozen
    villages on Monday", "Swollen rivers and floods inundated dozens of villages"): the verb's subject or a
    conjunct of it; not a noun counted by its "of" ("a flood of refugees hit the border", "a storm of protest")."""
    if t.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in event_words(ctx, "landfall_nouns") for c in t.children):
        return True
    if t.lemma_.lower() not in event_words(ctx, "disaster_verbs"):
        return False
    storms = event_words(ctx, "disaster_subjects")
    doers = [c for c in t.children if c.dep_ == "nsubj"]
    doers += [c for d in doers for c in d.children if c.dep_ == "conj"]  # "Swollen rivers and floods inundated"
    return any((c.lemma_.lower() in storms or any(g.dep_ == "compound" and g.lemma_.lower() in storms for g in c.children))
               and not any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in doers)


def death_told(ctx: Context, t: Token) -> bool:
    """One person's death told as done: "the 60-year-old man died in Wuhan", "Li died of the
    infection on Friday", "the mayor was found dead" (an `other` incident of its own, not a toll). Not
    a count of dead ("two people died"), nor dying of wounds (an attack's toll), nor a death in a
    speaker's own story ("after she died I moved")."""
    if t.pos_ == "NOUN":
        return announced_death(ctx, t) is not None
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    if lemma in ("find", "discover"):
        return any(c.lower_ == "dead" and c.dep_ in ("acomp", "oprd", "xcomp", "advmod", "ccomp") for c in t.children)
    if lemma != "die":
        return False
    subj = dead_subject(ctx, t)
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
    wounds = event_words(ctx, "wound_words")
    return not any(g.lemma_.lower() in wounds for c in t.children if c.dep_ == "prep" for g in c.subtree)


def _natural_death(ctx: Context, t: Token) -> bool:
    """A death (:func:`death_told`) from illness or age, no incident (LABELLING.md rule 4 lists killings,
    accidents and disasters, not obituaries): its clause names a natural cause ("died of pancreatic cancer",
    "died peacefully in hospice care") or an old age ("died aged 91", "at the age of 95"), or the article tells
    such a cause elsewhere (:func:`_doc_natural_death`), or an old age is told alone just after it ("X died of
    COVID-19 on Sunday. He was 82 years old.": an obituary, whatever the cause; the article's other deaths
    then too). Not when its sentence tells violence, an accident, a suicide, an overdose or an investigation,
    nor, with no such age, an epidemic (an outbreak's toll is a disaster's: "the mayor died of the infection")."""
    n = ctx.sent_of[t.i]
    sent = ctx.sents[n]
    violent, epidemic = event_words(ctx, "violent_deaths"), event_words(ctx, "epidemic_causes")
    if any(x.lemma_.lower() in violent or x.lower_ in violent for x in sent):
        return False
    if ctx.obituary or any(_age_told(ctx, ctx.sents[k]) for k in range(n + 1, min(n + 3, len(ctx.sents)))):
        ctx.obituary = True  # and so is the death told again ("NASA paused its coverage to mourn his passing")
        return True  # "X died on Sunday. He was 82 years old.", also of COVID-19: an obituary
    if any(x.lemma_.lower() in epidemic or x.lower_ in epidemic for x in sent):
        return False
    natural = event_words(ctx, "natural_causes")
    if any(x.lemma_.lower() in natural or x.lower_ in natural for x in t.subtree) or _old_age(ctx, sent):
        return True
    if ctx.natural_death is None:
        ctx.natural_death = _doc_natural_death(ctx)  # once per article
    return ctx.natural_death


def _old_age(ctx: Context, sent: Span) -> bool:
    """An age of ``old_age`` or more told with "aged"/"age" ("died aged 91", "at the age of 95", "age 80",
    "at 103 years of age")."""
    ages, least = event_words(ctx, "age_words"), _old_age_years(ctx)
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
    if root.lemma_ not in ("be", "age") or any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in event_words(
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
    natural, epidemic = event_words(ctx, "natural_causes"), event_words(ctx, "epidemic_causes")
    unsure, ill = event_words(ctx, "unsure_deaths"), event_words(ctx, "illness_verbs")
    told = False
    for x in ctx.tokens:
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
    unrelated = event_words(ctx, "unrelated_words")
    out: list[Token] = []
    stack = [t]
    while stack:
        y = stack.pop()
        if y.lower_ in unrelated:
            continue
        out.append(y)
        stack.extend(y.children)
    return out


def dead_subject(ctx: Context, t: Token) -> Token | None:
    """Who "died" names: its subject, the subject of the verb it is conjoined to ("He was 101 and died of
    pneumonia"), or the person a relative clause is about ("Leonov, who died in Moscow")."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None and t.dep_ == "conj":
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and t.dep_ == "relcl" and _person_name(ctx, t.head):
        return t.head
    return subj


def announced_death(ctx: Context, t: Token) -> Token | None:
    """The named person whose death a death noun tells as announced or mourned ("the death of
    oceanographer Walter Munk was announced on Friday", "Roscosmos announced the death of Alexei Leonov");
    not a death told as background ("after the death of her husband"). Returns the person's name token."""
    if t.tag_ != "NN" or t.lemma_.lower() not in event_words(ctx, "death_nouns"):
        return None
    if not (t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in event_words(ctx, "death_announcing_verbs")):
        return None
    named = [x for c in t.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for x in c.subtree]
    # "of cosmonaut Alexei Leonov" (a name the tagger left untyped), "of pioneering oceanographer Walter Munk"
    return next((x for x in named if x.dep_ not in ("compound", "flat") and (
        _person_name(ctx, x) or (x.pos_ == "PROPN" and not x.ent_type_))), None)


def legal_act(ctx: Context, t: Token) -> bool:
    """A legal act issued or signed ("issued arrest warrants", "signed an executive order"), an
    emergency declared ("declared a state of emergency"), or a ban told as done ("Germany banned the airline")."""
    if t.pos_ != "VERB":
        return False
    if t.lemma_.lower() in event_words(ctx, "past_only_acts"):
        return t.tag_ == "VBD"
    if t.lemma_.lower() in event_words(ctx, "declare_verbs"):
        # a finite act ("requested Trump declare a state of emergency": asked for, not done); not a thing
        # named an emergency ("declared the outbreak a public health emergency": a designation)
        return t.tag_ not in ("VB", "VBG") and any(
            c.dep_ == "dobj" and _emergency(ctx, c) and not any(g.dep_ == "nsubj" for g in c.children) for c in t.children)
    return t.lemma_.lower() in event_words(ctx, "legal_act_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in event_words(ctx, "legal_act_objects") for c in t.children)


def sanction(ctx: Context, t: Token) -> bool:
    """A sanction a state body imposed on a person, told as done (``sanction_verbs``): "a court in Tunis fined the
    owner of Nessma TV", "President Sata suspended Supreme Court Judge X", "The Ethiopian government has expelled two
    Arabs", "X has been fined 2,400 dinars", "was summoned for questioning"; the one sanctioned a person, the doer (the
    subject or the passive's agent) a state body, or none told for a verb of ``sanction_doerless``; not a thing
    ("suspended its season", "suspended the treaty"), a party's or a league's act ("the party expelled its member",
    "Ron Artest has been suspended"), a habit ("reporters who are expelled by China"), nor a summons shown again in
    the progressive ("the scene showing Kim being summoned")."""
    if t.pos_ != "VERB" or not _listed(ctx, t, "sanction_verbs"):
        return False
    passive = any(c.dep_ == "auxpass" for c in t.children)
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in t.children):
        return False  # "the scene showing Kim being summoned", "was being summoned": a summons told before, shown
    if not (t.tag_ == "VBD" or (t.tag_ == "VBN" and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "been", "has", "have", "had") for c in t.children))):
        return False  # "are expelled", "to summon": no sanction told as done
    patient = next((c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
    if patient is None or not _sanctioned_person(ctx, patient):
        return False
    doers = [c for c in t.children if c.dep_ == "nsubj"] if not passive else [
        o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not doers:
        return passive and _listed(ctx, t, "sanction_doerless")
    return any(_state_doer(ctx, d) for d in doers)  # any subject: "on May 3 (World Press Freedom Day) a court fined"


def _state_doer(ctx: Context, doer: Token) -> bool:
    """A state body as a sanction's doer (``sanction_doers``: "a court in Tunis", "President Sata", "The Ethiopian
    government"), or a state by its name ("Russia expelled"); not a city the rules do not know for a state ("Athens
    expelled the ambassador": the actors stage would take the city for an actor of its own)."""
    doers = event_words(ctx, "sanction_doers")
    state = next((e.text.lower() for e in ctx.ents if e.start <= doer.i < e.end and e.label_ == "GPE"), "")
    return state in ctx.rules.demonyms or doer.lemma_.lower() in doers or any(
        c.dep_ in ("compound", "amod", "appos") and c.lemma_.lower() in doers for c in doer.children)


def _listed(ctx: Context, t: Token, key: str) -> bool:
    """The word's lemma or its own form is in the word list (the lemmatizer reads "fined" as "fin")."""
    words = event_words(ctx, key)
    return t.lemma_.lower() in words or t.lower_ in words


def _sanctioned_person(ctx: Context, o: Token) -> bool:
    """A person as the one sanctioned: a name, a nationality ("two Arabs"), a title ("Judge X", "the ambassador"),
    a noun for people (``victim_heads``, ``sanctioned_people``: "the owner of Nessma TV", "His two sons"), or one of
    them ("One of South Korea's most influential podcasters was summoned")."""
    if o.lemma_.lower() == "one":
        o = next((x for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children if x.dep_ == "pobj"), o)
    if o.ent_type_ in ("PERSON", "NORP"):
        return True
    low = o.lemma_.lower()
    return low in ctx.rules.victim_heads or low in event_words(ctx, "sanctioned_people") or low in ctx.rules.words(
        "actors", "titles")


def _emergency(ctx: Context, o: Token) -> bool:
    """An emergency as what is declared: "a national emergency", "a state of emergency", "a state of
    calamity", "martial law"; not "victory", "a state holiday"."""
    emergencies = event_words(ctx, "emergency_nouns")
    if o.lemma_.lower() in emergencies:
        return True
    if o.lemma_.lower() not in event_words(ctx, "emergency_heads"):
        return False
    return any(c.dep_ == "amod" and c.lower_ in event_words(ctx, "emergency_modifiers") for c in o.children) or any(
        x.dep_ == "pobj" and x.lemma_.lower() in emergencies for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children)


def _found_nothing(t: Token) -> bool:
    """ "found no trace of explosives", "seized nothing": nothing was found."""
    return t.pos_ == "VERB" and any(
        c.dep_ == "dobj" and (c.lower_ in ("nothing", "none") or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children))
        for c in t.children)


def _no_one_acted_on(ctx: Context, t: Token) -> bool:
    """An event verb whose subject says no one ("No women or children were injured or detained during the
    operation", "nobody was arrested"): its own subject, or that of the verb it is conjoined to, has the
    determiner "no" or is a none word (``none_words``); nothing happened to anyone."""
    if t.pos_ != "VERB":
        return False
    v = t
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        v = v.head  # "were injured or detained": the subject is the first verb's
    nobody = event_words(ctx, "none_words")
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in nobody or any(
        g.dep_ == "det" and g.lower_ == "no" for g in c.children)) for c in v.children)


def animal(ctx: Context, tok: Token) -> bool:
    return tok.lemma_.lower() in event_words(ctx, "animal_words")


def _irrealis(ctx: Context, t: Token) -> bool:
    r = ctx.rules
    first = t
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "to find and arrest"
    if t.pos_ == "VERB" and t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children):
        return True  # "to find and arrest a person wanted": an aim, not an event told as done
    if t.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in event_words(ctx, "unreal_modifiers") for c in t.children):
        return True  # "to support an impending attack", "IEDs for an upcoming attack": not happened yet
    if _asked_for(ctx, t) or _denied_content(ctx, t):
        return True
    verdict = event_words(ctx, "verdict_words")
    node, scene, described, subject = t, False, False, False
    for _ in range(6):
        if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in r.irrealis_aux for c in node.children):
            return True
        if _supposed_or_denied(node):
            return True  # "If convicted, Karoui faces three years", ", nor did police recover any murder weapons"
        if (node.dep_ == "prep" and node.lower_ in _SCENE_PREPS) or node.dep_ in ("relcl", "acl"):
            scene = True  # "set out to assist the population during a clearing operation", "to detain a leader who was
            # responsible for Tuesday's attack": the deed's scene or a described event, not the aim
        if t.pos_ == "NOUN" and node.i != t.i and not scene and _infinitive(node) and _aimed_at(t) and (
                node.lemma_.lower() not in event_words(ctx, "inquiry_verbs")):
            return True  # "allows the government to place people under arrest", "plans to stage a protest": an aim
        if any(c.dep_ == "neg" for c in node.children) and node.pos_ == "VERB" and not described and not any(
                c.lemma_.lower() in verdict for c in node.children):
            return True  # not a "not" above a relative clause: "a trial in which eleven have been charged, however X did not
            # give it any credence" (the clause tells its event as done)
        if node.i != t.i and node.lemma_.lower() in r.irrealis_heads and not subject:
            return True  # not an event in the subject of such a verb: "The death toll from the earthquake continues to rise"
        if node.head.i == node.i:
            break
        described = described or node.dep_ == "relcl"
        # the next verb's active subject is the event noun's phrase, no clause between ("A mass protest ... continued for
        # another day"; not "a protest is expected to mark", "unrest, stemming from the police killing of X, continued")
        subject = t.pos_ == "NOUN" and node.dep_ == "nsubj" and _within_phrase(t, node)
        node = node.head
    return False


def _denied_content(ctx: Context, t: Token) -> bool:
    """An event told only inside what a denial denies: the clause of a denying verb ("Police denied that anyone had been
    arrested at the rally", "denied carrying out an attack") or the clause a denied report is told by ("The ministry
    denied reports that soldiers had opened fire on protesters", "rejected claims that it had bombed a school";
    `denying_verbs`, `denied_reports`): what the speaker says did not happen, not an event told as done. An event noun
    only indefinite ("an attack", not "the attack", told before), and not under a relative or adverbial clause of its
    own ("denied that the men who attacked the base were soldiers": the attack told as done); a denial under a negation
    ("did not deny that ...") denies nothing; nor a deed done to someone told definite ("denied murdering his wife",
    "denied that its soldiers had killed the two journalists": the deed was done, its doer is what is denied)."""
    if (t.pos_ == "NOUN" and not _aimed_at(t)) or (t.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and _definite(c) for c in t.children)):
        return False  # a known one the deed was done to: it was done, only its doer denied ("denied murdering his wife")
    denying, reports = event_words(ctx, "denying_verbs"), event_words(ctx, "denied_reports")

    def denies(v: Token) -> bool:
        return v.pos_ == "VERB" and v.lemma_.lower() in denying and not any(c.dep_ == "neg" for c in v.children)

    node = t
    for _ in range(5):
        head = node.head
        if head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("ccomp", "xcomp") and node.i > head.i and denies(head) and not any(
                c.dep_ == "dobj" for c in head.children):
            return True  # not a clause before the verb, nor beside a thing denied ("18 people denied entrance"): withheld
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl", "ccomp", "relcl") and head.lemma_.lower() in reports and (
                head.dep_ == "dobj" and denies(head.head)):
            return True
        if node.dep_ in ("relcl", "advcl", "acl") and node.i != t.i:
            return False
        node = head
    return False


def _definite(n: Token) -> bool:
    """A noun phrase told definite: a name, a personal pronoun, or a noun :func:`definite` ("the", "this", "that"), with
    "these"/"those" or a possessor."""
    if n.pos_ == "PROPN" or (n.pos_ == "PRON" and n.lower_ not in ("anyone", "anybody", "someone", "somebody", "anything")):
        return True
    return definite(n) or any((c.dep_ == "det" and c.lower_ in ("these", "those")) or c.dep_ == "poss" for c in n.children)


def _within_phrase(t: Token, top: Token) -> bool:
    """``t`` is ``top`` or hangs in its phrase with no verb between ("the death toll from the earthquake": the
    earthquake within "toll"; not "unrest stemming from the killing")."""
    a = t
    while a.i != top.i:
        if a.i != t.i and a.pos_ in ("VERB", "AUX"):
            return False
        if a.head.i == a.i:
            return False
        a = a.head
    return True


def _asked_for(ctx: Context, t: Token) -> bool:
    """An event noun a verb of asking takes with "for" is called for, not told as done: "The occupiers have also called
    for a march to Wall Street on May 1", "unions appealed for a general strike" (``request_verbs``); not fire a force
    calls in, which its support delivers ("the security force called for a precision airstrike", ``scene_forces``)."""
    p = t.head
    if not (t.pos_ == "NOUN" and t.dep_ == "pobj" and p.dep_ == "prep" and p.lower_ == "for" and (
            p.head.pos_ == "VERB" and p.head.lemma_.lower() in event_words(ctx, "request_verbs"))):
        return False
    verb = p.head
    while verb.dep_ in ("conj", "dep") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "the force assessed the situation, ensured ... and called for a precision airstrike"
    return not any(d.lemma_.lower() in event_words(ctx, "scene_forces") for d in _verb_doers(verb))


# prepositions of time, setting and means: an event noun after them is the scene of the verb's act, not what it aims at
_SCENE_PREPS = ("during", "in", "at", "on", "after", "before", "since", "following", "amid", "throughout", "despite", "with", "by")


def _aimed_at(t: Token) -> bool:
    """An event noun an infinitive may aim at: not one told before ("to investigate the attack", "to mourn his
    killing"), nor one a relative clause tells as done ("to assess an operation in X, which resulted in six deaths")."""
    return not any((c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no")) or c.dep_ in ("relcl", "acl")
                   for c in t.children)


def _supposed_or_denied(v: Token) -> bool:
    """A verb told only as supposed, in a clause of condition or of an open question ("If convicted, X faces three
    years", "investigating whether the vessel was seized", "unless"), or denied by "nor" ("There were no reports of
    any trace being discovered, nor did police recover any murder weapons")."""
    if v.pos_ != "VERB":
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in v.children):
        return True
    return v.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < v.i for c in v.head.children)


def _infinitive(v: Token) -> bool:
    """A bare verb with "to" (or the first of such conjoined verbs): an aim or a possibility, not a deed."""
    first = v
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return v.pos_ == "VERB" and v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)


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
    if v.tag_ == "VBN" and aux and all(c.lower_ in event_words(ctx, "present_be") for c in aux):
        return True
    for c in v.children:
        if c.lemma_.lower() == "time" and c.tag_ == "NNS" and any(
                a.dep_ == "amod" and a.lower_ in event_words(ctx, "habitual_counts") for a in c.children):
            return True
        if c.dep_ == "prep" and any(o.dep_ == "pobj" and (
                (c.lower_ in ("over", "throughout", "across") and o.lower_ in event_words(ctx, "habitual_spans"))
                or (c.lower_ == "in" and o.lower_ in event_words(ctx, "habitual_history"))
                or _recent_span(ctx, c, o)) for o in c.children):
            return True
    return False


def _recent_span(ctx: Context, prep: Token, o: Token) -> bool:
    """A span of years reckoned back from now after "in", "during" or "within" ("in recent years", "in the past two
    years", "during the last decade"; `recent_span_modifiers`): many events told as one count; not a bare number of
    years ("the first time in 20 years"), nor a single year ("last year" is a date)."""
    return prep.lower_ in ("in", "during", "within") and o.lower_ in event_words(ctx, "habitual_spans") and any(
        a.dep_ == "amod" and a.lower_ in event_words(ctx, "recent_span_modifiers") for a in o.children)


def _ongoing(t: Token) -> bool:
    """An event verb in the perfect progressive tells a course of acts, no one event: "The drones have been striking
    targets in the south of Yemen", "had been shelling the town" (not a protest, whose wave is one incident: "supporters
    have been protesting the government", :func:`protest_wave`)."""
    v = _clause_verb(t)
    return t.pos_ == "VERB" and v.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in v.children)


def _running_tally(ctx: Context, t: Token, sent: Span) -> bool:
    """A count of dead or hurt in the perfect (or a participle on the counted noun) with a span or a point of
    reckoning in its sentence tells a tally over many events, no one event: "between 2011 and thus far in 2012,
    35 union leaders have been killed", "As of September 30, Armenia claimed 790 soldiers had been killed",
    "Since the beginning of 2009, 36 people have been executed", "one of more than 50 insurgents killed since
    the beginning of the year" (`tally_phrases`, `tally_since_heads`; not "A total of 39 are confirmed dead"); the span
    of the sentence before holds for the next one's count ("As of September 30, Armenia claimed 790 soldiers had been
    killed. Azerbaijan claimed to have killed about 2,300 Artsakh soldiers.")."""
    r = ctx.rules
    if t.pos_ != "VERB" or t.lemma_.lower() not in r.killed | r.injured | event_words(ctx, "tally_verbs"):
        return False
    if t.dep_ == "acl":
        counted = [t.head]
    else:
        v = t
        while v.dep_ == "conj" and v.head.i != v.i and not any(c.dep_ == "aux" for c in v.children):
            v = v.head
        if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in v.children):
            return False
        counted = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not any(c.like_num or any(n.dep_ == "nummod" for n in c.children) for c in counted):
        return False
    n = ctx.sent_of[t.i]
    return _tally_span(ctx, sent) or (n > 0 and _tally_span(ctx, ctx.sents[n - 1]))


def _tally_span(ctx: Context, sent: Span) -> bool:
    """A span or a point of reckoning in the sentence: "as of", "so far", "to date" (`tally_phrases`), "since"
    a year or the start of one ("since 1999", "since the beginning of the year", `tally_since_heads`), or
    "between" a year and another."""
    words = [t.lower_ for t in ctx.tokens[sent.start:sent.end]]
    pairs = {" ".join(p) for p in zip(words, words[1:])}
    if pairs & event_words(ctx, "tally_phrases"):
        return True
    for t in ctx.tokens[sent.start:sent.end]:
        if t.lower_ in ("since", "between") and any(
                o.dep_ == "pobj" and (_a_year(o) or (t.lower_ == "since" and o.lower_ in event_words(ctx, "tally_since_heads")))
                for o in t.children):
            return True
    return False


def _a_year(t: Token) -> bool:
    return t.tag_ == "CD" and len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")


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
        kind = _extra_cue(ctx, t) or cue_type(ctx, t)
        if kind is None or t.i < ctx.title_end or ctx.in_quote(t.idx) or _irrealis(ctx, t) or _habitual(ctx, t) or (
                kind != "protest" and _ongoing(t)) or _running_tally(ctx, t, sent):
            # a headline retells an event of the body ("Accused Bomber Pleads Not Guilty")
            continue
        if in_turn(ctx, t.i):
            continue  # an interview's questions and answers ("((Name)) We took part in many protests"): talk, not its news
        if t.lemma_.lower() in event_words(ctx, "operation_words") and _described_operation(t):
            continue  # "The target of the operation was a Taliban leader who ...": the operation told, described
        if t.lemma_.lower() in r.needs_weapon_context and kind not in ("other", "protest") and not _weapon_context(ctx, t) and not force_on_protest(ctx, t) and not _aircraft_hit(ctx, t) and not _state_carried_strike(ctx, t) and not (
                kind == "seizure" and _goods_found(ctx, t) and (force_named(ctx, sent) or _found_after_force(ctx, t))):
            continue
        if t.lemma_.lower() in event_words(ctx, "outcome_takes") and not _outcome(ctx, t):
            continue  # "the discovery of a planet": a finding, not what an operation took
        if kind == "seizure" and _found_nothing(t):
            continue
        if _no_one_acted_on(ctx, t):
            continue  # "No women or children were injured or detained": no one was
        if kind == "seizure" and _tied_to(ctx, t):
            continue  # "detained an individual associated with the cache": the cache names whom, the act is the arrest
        if kind in ("arrest", "seizure") and t.dep_ == "amod":
            continue  # "a captured Humvee", "seized weapons": a thing described, not an event
        if _reason_gerund(ctx, t, kind):
            continue  # "the only reason for attacking someone", "locked away for speaking up and marching": a reason
        if _modifier_cue(ctx, t):
            continue  # "bomb-making materials", "remote-detonated improvised explosive devices": a thing described
        if t.lemma_.lower() in event_words(ctx, "needs_structure_subject") and not _structure_subject(ctx, t):
            continue
        if t.lemma_.lower() in event_words(ctx, "taking_verbs") and _nothing_taken(ctx, t):
            continue  # "tourists captured pictures", "video captured him": a recording, no one was taken
        if t.lemma_.lower() in event_words(ctx, "taking_verbs") and not _force_taking(ctx, sent):
            continue  # "a camera captured the moment", "the party captured most seats": no force, no one taken
        if kind == "arrest" and any(c.dep_ in ("dobj", "nsubjpass") and animal(ctx, c) for c in t.children):
            continue  # "Egyptians captured sacred ibises": animals are caught, not arrested
        if kind == "attack" and _weapon_thing(ctx, t):
            continue  # "The bomb was hidden inside a small bag": the weapon, no attack told
        if kind == "attack" and _verbal_attack(ctx, t):
            continue  # "attacked the proclamation on live television": criticism, no violence
        if t.lemma_.lower() in event_words(ctx, "person_violence") and not _done_to_person(ctx, t):
            continue  # "Russia beat Norway 4-2", "beat predictions", "Federer beat Nadal": a contest or a record, no one hurt
        if _trading(ctx, t):
            continue  # "the Dow Jones market crashed", "charging customers 10% more": a market or a price, no event
        if (kind == "deployment" or t.lemma_.lower() in event_words(ctx, "force_acts")) and not force_named(ctx, sent):
            continue  # "Tesco's Polish operation", "dispatched the research ship": no force, no state
        if disaster(ctx, t) is None:
            continue  # "won in a landslide": a win's margin, no disaster
        if kind == "protest" and _campaign_event(ctx, t):
            continue  # "a campaign rally", "Trump's Tulsa rally": a campaign event (LABELLING rule 4)
        cues.append((t, kind))
    return cues


def _state_carried_strike(ctx: Context, t: Token) -> bool:
    """A bare "strike" a state or a state's force carries out is an air or artillery strike, no workers' strike
    (round 52): the object of a ``carry_out_verbs`` verb whose subject is a country or a ``striking_states`` noun
    ("The army carried out two strikes on Monday against the camp", "Government forces launched a strike on a
    depot on Friday"); not a strike a protest form names ("a general strike", ``protest_forms``), nor workers' ("Dock
    workers staged a strike")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() != "strike" or t.dep_ != "dobj" or (
            t.head.lemma_.lower() not in event_words(ctx, "carry_out_verbs")):
        return False
    if any(f"{c.lower_} strike" in event_words(ctx, "protest_forms") for c in t.children):
        return False
    states = event_words(ctx, "striking_states")
    return any(s.dep_ == "nsubj" and (s.ent_type_ == "GPE" or s.lemma_.lower() in states) for s in t.head.children)


def _modifier_cue(ctx: Context, t: Token) -> bool:
    """An event word inside a modifier that describes a thing, no event: a noun in a compound adjective
    ("bomb-making materials": the noun hangs from the modifier's participle) or a participle of an event
    modifying a thing, not a person ("remote-detonated improvised explosive devices"; "killed insurgents" stays)."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "npadvmod" and t.head.dep_ in ("amod", "compound"):
        return True
    return (t.dep_ == "amod" and t.tag_ == "VBN" and t.head.pos_ == "NOUN"
            and t.head.lemma_.lower() not in ctx.rules.victim_heads)


def _reason_gerund(ctx: Context, t: Token, kind: str) -> bool:
    """An event gerund in a "for" phrase (or joined to one) names a reason, an activity, no event: "That is the
    only reason for attacking someone", "men are locked away for speaking up for freedom and marching for it",
    "was sentenced for removing hijab while protesting the dress code"; not the crime a court act or an arrest
    is for ("was sentenced for firebombing a building": the crime told, RULES), a protest only being no crime."""
    if t.tag_ != "VBG":
        return False
    g = t
    for _ in range(4):
        if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.head.lower_ == "for":
            break
        if g.dep_ not in ("conj", "advcl", "pobj", "prep") or g.head is g:
            return False
        g = g.head
    else:
        return False
    ruler = g.head.head
    court = event_words(ctx, "court_verbs") | event_words(ctx, "reason_acts")
    return kind == "protest" or ruler.lemma_.lower() not in court


def _tied_to(ctx: Context, t: Token) -> bool:
    """A seizure noun named as what someone is tied to ("an individual associated with the cache", "suspected
    insurgents related to the weapons cache", ``tie_words``): it says who, no seizure is told by it."""
    return t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.head.lemma_.lower() in event_words(ctx, "tie_words")


def _described_operation(t: Token) -> bool:
    """An operation told before, named again as what a description is of: "The target of the operation was
    a Taliban leader", "The intent of this operation was to disrupt ..." (the subject of "be" holds it after
    "of", with "the"/"this"): the operation's target or aim described, no operation of its own."""
    of, holder = t.head, t.head.head
    return (t.dep_ == "pobj" and of.lower_ == "of" and holder.dep_ == "nsubj" and holder.head.lemma_ == "be"
            and definite(t))


def happened_cues(ctx: Context, sent: Span, start: int) -> list[Cue]:
    """The sentence's event cues from ``start``; not its killings and injuries where a subject says "no"
    one was hurt and the sentence counts no casualties ("No civilians were injured or killed during this
    operation": nothing happened); not a wave of protests beside an event of another kind, which the sentence
    tells ("Protests escalated with the police killing of X": the killing)."""
    if _verbless(ctx, sent):
        return []  # "A masked protestor and a police officer at an English Defence League march in Newcastle.": a caption
    if start >= sent.end:
        return []  # all of it in a headline in sentence case (find_incidents starts past :func:`plain_headline_end`):
        # "Gunmen kill five in attack on village bar" retells the body's event
    cues = _sentence_cues(ctx, sent, start)
    if any(k != "protest" for _, k in cues):
        cues = [(t, k) for t, k in cues if not protest_wave(ctx, t, k)]
    r = ctx.rules
    if cues and any(t.dep_ == "det" and t.lower_ == "no" and t.head.dep_ in ("nsubj", "nsubjpass") for t in ctx.tokens[sent.start:sent.end]) and not any(
            slots.casualties(ctx, sent)):
        cues = [(t, k) for t, k in cues if t.lemma_.lower() not in r.killed | r.injured]
    return cues


def plain_headline_end(ctx: Context) -> int:
    """End of a headline in sentence case (:func:`~summarizer.offline.doc.title_end` reads only Title Case ones): the
    article's first line, a paragraph of its own (a blank line after it) of at most 30 tokens, with no sentence end in
    its last two tokens and text after it ("Gunmen kill five in attack on village bar", "Troops rescue 13 hostages in
    raid"); 0 if none. A one-line lead paragraph ends with a full stop; a hard-wrapped line has no blank line after it."""
    doc, text = ctx.doc, ctx.text
    nl = text.find("\n", 0, doc[30].idx if len(doc) > 30 else len(text))
    after = next((t for t in doc[:32] if t.idx > nl and not t.is_space), None) if nl > 0 else None
    if after is None:
        return 0
    gap = ctx.prep.original[ctx.prep.index[nl] : ctx.prep.index[after.idx]]
    if gap.count("\n") < 2 or gap.strip():
        return 0  # one line break: a hard-wrapped line, or a lead paragraph's first line
    head = [t for t in doc[: after.i] if not t.is_space]
    if not any(t.is_alpha for t in head) or any(t.text in (".", "?", "!", ":") for t in head[-2:]):
        return 0
    return after.i


def _verbless(ctx: Context, sent: Span) -> bool:
    """A sentence with no finite verb and no subject: a photo caption or a placard's words ("A masked protestor and a
    police officer at an English Defence League march in Newcastle.", "'Revoke Article 50' poster at anti-Brexit
    march in March 2019."), no event told as done; not a vehicle's accident verb the tagger took for the sentence's
    noun root ("The aircraft overshot the runway", :func:`vehicle_accident`), nor one the tagger took for a participle
    on the subject ("A bus carrying children ... on Sunday overturned in X": "overturned" hangs on "bus")."""
    if any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") or x.dep_ in ("nsubj", "nsubjpass", "expl") or (
            x.tag_ == "VBN" and x.dep_ in ("acl", "relcl", "conj", "ROOT")) for x in ctx.tokens[sent.start:sent.end]):
        return False
    verbs = event_words(ctx, "accident_verbs")
    return sent.root.lemma_.lower() not in verbs and sent.root.lower_ not in verbs


def _outcome(ctx: Context, t: Token) -> bool:
    """A finding noun told as what something led to ("resulted in the deaths of five and the recovery of four
    rifles", "which led to the discovery of a cache"): the object of "in"/"to" after an outcome verb, or its conjunct."""
    for _ in range(4):  # up conjuncts and "of" phrases ("the deaths of three fighters and the recovery", as parsed)
        if t.dep_ == "conj" or (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN"):
            t = t.head if t.dep_ == "conj" else t.head.head
    prep = t.head
    return (t.dep_ == "pobj" and prep.lower_ in ("in", "to") and prep.head.pos_ == "VERB"
            and prep.head.lemma_.lower() in event_words(ctx, "outcome_verbs"))


def _weapon_context(ctx: Context, t: Token) -> bool:
    """A weapon told with the cue: a weapon modifier of an event noun ("a precision air strike"), or a weapon of
    the weapon patterns among its arguments, one word ("rockets landed") or a phrase, which a single word never
    matches ("discovered 850 kilograms of urea nitrate ..., which can be used to create improvised explosive
    devices"); not a finding told as a judgement or a clause ("Netanyahu found the air strike justified")."""
    if t.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod") and c.lower_ in event_words(ctx, "weapon_modifiers") for c in t.children):
        return True  # "a precision air strike", "a drone strike"
    if t.pos_ == "VERB" and any((c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ") or c.dep_ == "ccomp" for c in t.children):
        return False  # "found the air strike justified", "found that ...": no finding of things
    words = {c.lemma_.lower() for c in t.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "advcl", "prep")}
    words |= {g.lemma_.lower() for c in t.children for g in c.subtree}
    words |= {ctx.doc[c.left_edge.i:c.right_edge.i + 1].text for c in t.children}  # "improvised explosive devices"
    return any(ctx.rules.weapons[i].search(w) for w in words for i in range(len(ctx.rules.weapons)))


def _goods_destroyed(ctx: Context, t: Token) -> bool:
    """A force destroying weapons, explosives or drugs it took is a seizure (LABELLING: "weapons or drugs confiscated or
    destroyed"): a ``destroy_verbs`` verb whose object names seized goods or a weapon of the weapon patterns ("detained one
    suspected insurgent and destroyed a rocket propelled grenade launcher", "20 kilograms of opium and a number of weapons
    were destroyed on site"), in a sentence naming a force or right after one; not what a strike or a blast destroyed
    ("The explosive device was destroyed as a result of the airstrike", "a bomb destroyed a truck": no goods taken)."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in event_words(ctx, "destroy_verbs"):
        return False
    sent = ctx.sents[ctx.sent_of[t.i]]
    if any(cue_type(ctx, x) in ("strike", "attack") or _strike_engagement(ctx, x) or air_unit_act(ctx, x) for x in sent):
        return False
    if not (_goods_found(ctx, t) or _weapon_objects(ctx, t)):
        return False
    return force_named(ctx, sent) or _found_after_force(ctx, t)


def _weapon_objects(ctx: Context, t: Token) -> bool:
    """The verb's object (or passive subject) is a weapon of the weapon patterns ("destroyed a rocket propelled grenade
    launcher and multiple RPG rockets")."""
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    texts = {ctx.doc[o.left_edge.i:o.right_edge.i + 1].text for o in objs} | {o.lemma_.lower() for o in objs}
    return any(p.search(w) for w in texts for p in ctx.rules.weapons)


def _goods_found(ctx: Context, t: Token) -> bool:
    """A finding verb whose object is weapons or drugs ("discovered multiple weapons", "found 13 pounds of opium
    tar", "found an AK-47 with several magazines"): what a force seizes (``seized_goods``), told with no weapon
    word of the weapon patterns; not "found the drug effective" (no force named: :func:`force_named`)."""
    goods = event_words(ctx, "seized_goods")
    objs = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs:  # "found and destroyed 150 pounds of marijuana": the object hangs on the verb conjoined to it
        objs = [c for v in t.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in v.children if c.dep_ == "dobj"]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"]
    objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    # stuff named explosive, not inside an event noun of its own ("discovered a cache of homemade explosive material":
    # the cache is the seizure's cue)
    return any(o.lemma_.lower() in goods or o.lower_ in goods or (
        _explosive_stuff(ctx, o) and not (o.dep_ == "pobj" and o.head.head.lemma_.lower() in ctx.rules.event_type)) for o in objs)


def _explosive_stuff(ctx: Context, o: Token) -> bool:
    """Stuff named explosive by its modifier is what a force seizes, as explosives are (round 49, police releases:
    "officers found 60 kilograms of explosive material in a shed", "recovered a drum of explosive powder"): an
    ``explosive_stuff`` noun with "explosive" before it; not a device ("explosive devices" are the weapon patterns')."""
    return o.lemma_.lower() in event_words(ctx, "explosive_stuff") and any(
        c.dep_ in ("amod", "compound") and c.lower_ == "explosive" for c in o.children)


def _found_after_force(ctx: Context, t: Token) -> bool:
    """Goods told found in the passive, with no doer, right after a sentence naming a force ("The forces secured
    the compound ... before conducting a search. A kilogram of opium was discovered and subsequently destroyed at
    the scene."): the force's finding, a seizure; not a judgement ("was found to be effective")."""
    n = ctx.sent_of[t.i]
    if n == 0 or not any(c.dep_ == "nsubjpass" for c in t.children) or any(
            c.dep_ in ("agent", "xcomp", "oprd", "acomp", "ccomp") for c in t.children):
        return False
    return force_named(ctx, ctx.sents[n - 1])


def _nothing_taken(ctx: Context, t: Token) -> bool:
    """A verb of taking used for recording or winning: what it takes, or what takes, is an image, a
    moment, a prize or a share ("tourists captured pictures", "video captured Trump walking", "the
    needs of everyone are captured", "captured the title"), not a person, a place or weapons."""
    things = event_words(ctx, "not_taken")
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in things for c in t.children)


def _force_taking(ctx: Context, sent: Span) -> bool:
    """A force or an operation told in the sentence of a taking verb, whom it takes ("the security force captured a
    Taliban leader", "was captured after a manhunt that ended when police officers found him", "captured during an
    operation"): a word of ``force_takings`` or an actor of the military or armed-group kind (not a government or a
    party: "the party captured most seats", "the film captures a mood", "a camera captured the moment")."""
    words, kinds = event_words(ctx, "force_takings"), (ActorKind.military, ActorKind.armed_group)
    return any(x.lemma_.lower() in words or x.lower_ in words or (
        (a := ctx.token_actor.get(x.i)) is not None and a.kind in kinds) for x in sent)


def _weapon_thing(ctx: Context, t: Token) -> bool:
    """A weapon noun (``weapon_nouns``) told as a thing: the subject or object of a verb of ``weapon_thing_verbs``
    or described by its participle ("The bomb was hidden inside a small bag", "a teacher thought it resembled a bomb",
    "a car bomb, deactivated by the authorities"); not what it did ("a bomb exploded", "a bomb killed two")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in event_words(ctx, "weapon_nouns"):
        return False
    verbs = event_words(ctx, "weapon_thing_verbs")
    if t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in verbs:
        return True
    if any(c.dep_ in ("acl", "amod", "relcl") and c.lemma_.lower() in verbs for c in t.children):
        return True
    # "a car bomb, deactivated by the authorities,": the parser often hangs the participle on the main verb
    after = ctx.doc[t.i + 1:t.i + 3]
    return len(after) == 2 and after[0].text == "," and after[1].tag_ == "VBN" and after[1].lemma_.lower() in verbs


def _verbal_attack(ctx: Context, t: Token) -> bool:
    """An attack verb told of words: its object is a decision, a policy or a statement ("attacked the
    proclamation"), it happens in a debate, a speech, an interview or on television ("attacked
    Biden during the debates"), or a named person attacks another with no weapon told; a passive one whose subject is
    such a thing ("The report was attacked by opposition lawmakers"); an attack noun told of words
    (:func:`_verbal_attack_noun`)."""
    objects, settings = event_words(ctx, "verbal_attack_objects"), event_words(ctx, "speech_settings")
    if t.pos_ == "NOUN":
        return _verbal_attack_noun(ctx, t, objects, settings)
    if t.pos_ != "VERB":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objects for c in t.children) or any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in settings for g in c.children) for c in t.children):
        return True
    # one named person attacking another, with no weapon told: "Biden attacked Trump on taxes"
    return (any(c.dep_ == "nsubj" and _person_name(ctx, c) for c in t.children)
            and any(c.dep_ == "dobj" and _person_name(ctx, c) for c in t.children)
            and slots.weapon(ctx, ctx.sent_text[ctx.sent_of[t.i]]) is None)


def _verbal_attack_noun(ctx: Context, t: Token, objects: frozenset[str], settings: frozenset[str]) -> bool:
    """An attack noun told of words (round 47): a modifier only words carry ("launched a blistering attack on the
    president's economic record", "a stinging attack on the prime minister", ``verbal_attack_modifiers``), "on" or
    "against" a decision, a policy or a statement ("a scathing attack on the government's handling of the economy"),
    or a speech setting on the noun or on the verb it is the object of ("launched a personal attack on his rival
    during the debate", "in its editorial"); not "police launched a fresh attack on the university"."""
    if t.lemma_.lower() != "attack":
        return False
    if any(c.dep_ == "amod" and c.lower_ in event_words(ctx, "verbal_attack_modifiers") for c in t.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in objects for g in c.children) for c in t.children):
        return True
    holders = [t, *([t.head] if t.dep_ == "dobj" else [])]
    return any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in settings for g in c.children)
               for h in holders for c in h.children)


def _done_to_person(ctx: Context, t: Token) -> bool:
    """A verb of violence that needs a person done to (``person_violence``: beat, torture, assault, rob) has one:
    the object, the passive subject (or the one the conjoined passive, the participle or the relative clause tells
    of: "were detained and beaten", "Mercilessly beaten in a park by agents ..., Soto died", "the two men, who were
    then pummelled"), a person's name, a nationality, a personal pronoun or a noun for people (``victim_heads``,
    ``sanctioned_people``, ``violence_patients``); not a contest between names ("Federer beat Nadal", "was beaten
    by Federer": a contest verb of the actors' rules with a name on each side), nor a country, a team or a record
    ("Russia beat Norway 4-2", "Ford beat predictions")."""
    patient = _violence_patient(t)
    if patient is None:
        return False
    low = patient.lemma_.lower()
    people = ctx.rules.victim_heads | event_words(ctx, "sanctioned_people") | event_words(ctx, "violence_patients")
    if not (patient.ent_type_ in ("PERSON", "NORP") or patient.lower_ in event_words(ctx, "one_person_pronouns") or (
            patient.lower_ in ("them", "us", "me", "they", "we", "i")) or (patient.pos_ == "NOUN" and low in people)):
        return False
    doers = [c for c in t.children if c.dep_ == "nsubj"] + [
        o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    contest = t.lemma_.lower() in ctx.rules.words("actors", "contest_verbs")
    return not (contest and patient.pos_ == "PROPN" and any(d.pos_ == "PROPN" for d in doers)) and not (
        contest and any(d.pos_ == "PROPN" and d.ent_type_ == "PERSON" for d in doers) and patient.pos_ == "PRON")


def _violence_patient(t: Token) -> Token | None:
    """Who a verb of violence was done to: its object or passive subject, the passive subject of the verb its
    conjunct shares it with ("were detained and beaten"), the subject of the clause its participle hangs on
    ("Mercilessly beaten ..., Soto died") or the noun it describes, and the noun a relative pronoun stands for."""
    p = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if p is None and t.tag_ == "VBN" and t.dep_ == "conj":
        p = next((c for c in t.head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    elif p is None and t.tag_ == "VBN" and t.dep_ == "advcl":
        p = next((c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif p is None and t.tag_ == "VBN" and t.dep_ == "acl":
        p = t.head
    if p is not None and p.tag_ in ("WP", "WDT") and p.head.dep_ == "relcl":
        p = p.head.head  # "the two men, who were then pummelled"
    if p is not None and p.lemma_.lower() in ("one", "number", "some", "many", "several", "dozen", "dozens", "group"):
        # "assaulted one of its members", "a number of Cuban mothers have been arrested and beaten": the people counted
        p = next((x for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children if x.dep_ == "pobj"), p)
    return p


def _trading(ctx: Context, t: Token) -> bool:
    """An event word told of a market or a price, no event (LABELLING: "market crash" is a metaphor): a cue
    of ``market_cues`` told of a market (:func:`_market_told`); a billing verb whose object is a buyer or a cost
    and that charges with nothing ("Apple charging customers in the UK up to 10% more", "charge an added cost")."""
    lemma = t.lemma_.lower()
    if lemma in event_words(ctx, "billing_verbs") and t.pos_ == "VERB":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in event_words(ctx, "billing_objects") for c in t.children) and not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in t.children)
    return lemma in event_words(ctx, "market_cues") and _market_told(ctx, t)


def _market_told(ctx: Context, t: Token) -> bool:
    """A market named as what the cue is of: its subject, its modifier or its "with"/"of"/"in" object ("the Dow
    Jones Industrial Average market crashed", "a four day rally with the stock market's indexes", "a stock market
    crash"), the subject of the clause a noun or gerund of it sits in ("Before a late session rally, the index was
    trading", "Indian shares ... fell ten percent before rallying"), or what a crash as subject moves ("The crash
    sent the market tumbling"). Not a market as what a crowd rallies about or near ("rallied outside the stock
    exchange", "a rally against price rises")."""
    market = event_words(ctx, "market_words")

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


def force_named(ctx: Context, sent: Span) -> bool:
    """The sentence names a military, an armed group or a state body (an actor of those kinds, or
    a word such as "troops", "police", "security")."""
    kinds = (ActorKind.military, ActorKind.armed_group, ActorKind.government)
    words = event_words(ctx, "force_words")
    return any((a := ctx.token_actor.get(x.i)) is not None and a.kind in kinds or x.lemma_.lower() in words
               or x.lower_ in words for x in sent)


def _campaign_event(ctx: Context, t: Token) -> bool:
    """A protest noun that names a campaign event: a campaign or election rally, a candidate's
    ("Trump's rally", "a Biden rally"), or one where one person did or said something ("Trump stirred
    controversy at a rally in Pennsylvania"), unless it is against something ("spoke at a rally
    against the war", "an anti-war rally")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in event_words(ctx, "campaign_event_nouns"):
        return False
    if any((c.dep_ in ("amod", "compound") and c.lemma_.lower() in event_words(ctx, "campaign_words"))
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
    """A building or other structure is the verb's subject ("the apartment block collapsed"), or the noun's
    ("the bridge collapse", "the collapse of the building": :func:`_structure_collapse`)."""
    if t.pos_ == "NOUN":
        return _structure_collapse(ctx, t)
    return any(c.dep_ in ("nsubj", "nsubjpass") and _structure(ctx, c) for c in t.children)


def _structure(ctx: Context, n: Token) -> bool:
    """A building or other structure (``structure_heads``): "the apartment block", "the bridge"."""
    heads = ctx.rules.words("events", "structure_heads")
    return n.lemma_.lower() in heads or any(g.dep_ == "compound" and g.lemma_.lower() in heads for g in n.children)


def _structure_collapse(ctx: Context, t: Token) -> bool:
    """A structure's collapse told by the noun: "yesterday's suspension bridge collapse", "the collapse of the
    building" (not "the collapse of the talks", "economic collapse")."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in event_words(ctx, "needs_structure_subject"):
        return False
    return any((c.dep_ == "compound" and _structure(ctx, c)) or (c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and _structure(ctx, g) for g in c.children)) for c in t.children)


def toll_of(ctx: Context, t: Token) -> bool:
    """An accident or disaster a toll is counted for (``toll_nouns``, ``accident_words``): "The death toll from the
    earthquake continues to rise", "the toll from yesterday's bridge collapse"; the toll tells it happened."""
    return (t.pos_ == "NOUN" and t.dep_ == "pobj" and t.lemma_.lower() in event_words(ctx, "accident_words")
            and t.head.lower_ in ("from", "of") and t.head.head.lemma_.lower() in event_words(ctx, "toll_nouns"))
