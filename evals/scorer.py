"""Score predicted briefs against gold fixtures. Pure: no model client, no network, no spaCy.

Per field (actors, incidents, claims, denials) predicted items are aligned one-to-one to gold
items by Hungarian assignment (``scipy.optimize.linear_sum_assignment``) maximising the summed
similarity φ; a pair below the field's threshold is no match. Matched = TP, unmatched prediction
= FP, unmatched gold = FN; a pair with an ``optional`` item on either side, or an unmatched optional
item, counts for nothing. Counts are summed over fixtures (micro); 95% intervals come from a
percentile bootstrap over fixtures. The choices are documented in ``evals/README.md``.

    result = score_fixture(fixture, brief)           # one fixture
    corpus = score_corpus([(fixture, brief), ...])  # micro figures, CIs, slot accuracy
    agreement = score_gold_pair(primary, second)     # inter-annotator agreement, same scorer

An optional judge decides borderline claim/denial content pairs: any ``judge(gold, predicted) ->
bool``; wrap it in :class:`CachedJudge`. The scorer never builds one itself.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterable, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment
from summarizer.evals.fixtures import LABELLABLE, Fixture
from summarizer.schemas.brief import (
    Actor,
    Brief,
    Claim,
    DateValue,
    Denial,
    Evidence,
    GroundingStatus,
    Incident,
)

from summarizer import names
from summarizer.grounding import Grounder

FIELDS = LABELLABLE  # the gold fields, in report order (the fixture format's own list)
SLOTS = ("date", "location", "weapon", "perpetrator", "alleged_perpetrator", "killed", "injured")
# why a gold incident was missed (:meth:`_Scorer.miss_causes`); a slot name counts the near misses that slot pulled apart
MISS_CAUSES = ("not_found", "wrong_type", "slots")
# secondary figures, reported inside their field's entry
SUBFIELDS = {"actors": ("strict",), "claims": ("claimant",), "denials": ("content",)}

Judge = Callable[[str, str], bool]

__all__ = [
    "FIELDS", "SLOTS", "CachedJudge", "Config", "CorpusScore", "Counts", "FixtureScore", "Judge",
    "bootstrap_ci", "bootstrap_delta_ci", "date_agrees", "gold_to_brief", "name_similarity",
    "parse_number", "score_corpus", "score_fixture", "score_gold_pair", "text_similarity",
]


@dataclass(frozen=True)
class Config:
    """Thresholds and options; the defaults are the documented ones."""

    actor_threshold: float = 0.85  # τ for names (scoring notes: start at 0.85)
    incident_threshold: float = 0.5  # φ of a type-matched incident pair
    text_threshold: float = 0.6  # φ of a claim or denial content pair
    slot_text_threshold: float = 0.7  # location/weapon agreement inside matched incidents
    responds_to_threshold: float = 0.5  # gold responds_to text -> the gold claim it names
    judge_band: float = 0.4  # content φ in [judge_band, text_threshold) is asked to the judge
    judge: Judge | None = None  # off by default
    resamples: int = 10_000
    seed: int = 0


# -- normalisation -----------------------------------------------------------------------------

_STOP = frozenset(
    "a an the of to in on at for and or but by with from as is are was were be been being that this these those "
    "it its he she they them his her their we our us you your i me my there here have has had do does did will "
    "would can could may might should must said says say saying told according about into also which who".split()
)


def _text_key(text: str | None) -> str:
    words = names.basic(text or "").split()
    return " ".join(w for w in words if w not in _STOP)


def text_similarity(a: str | None, b: str | None) -> float:
    """Lenient token similarity of two paraphrases in [0, 1]: rapidfuzz ``token_set_ratio``
    on casefolded words without punctuation and function words."""
    ka, kb = _text_key(a), _text_key(b)
    if not ka or not kb:
        return 0.0
    return fuzz.token_set_ratio(ka, kb) / 100


def _name_keys(values: Iterable[str | None]) -> frozenset[str]:
    return frozenset(k for v in values if v for k in (names.key(v),) if k)


def _acronym_match(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return " " not in short and len(short) >= 2 and short in names.acronyms(long_)


# the precision of an ISO date by its length: 2024-05-01, 2024-05, 2024
_PRECISION_BY_LENGTH: dict[int, Literal["day", "month", "year"]] = {10: "day", 7: "month", 4: "year"}


def name_similarity(a: Iterable[str], b: Iterable[str], *, strict: bool = False) -> float:
    """φ of two alias sets: 1.0 for a shared normalised alias (``names.key``), 0.9 when one is the
    other's acronym, else the best ``token_sort_ratio`` over alias pairs (0 when ``strict``)."""
    ka, kb = _name_keys(a), _name_keys(b)
    if not ka or not kb:
        return 0.0
    if ka & kb:
        return 1.0
    if strict:
        return 0.0
    best = 0.0
    for x in ka:
        for y in kb:
            if _acronym_match(x, y):
                best = max(best, 0.9)
            best = max(best, fuzz.token_sort_ratio(x, y) / 100)
    return best


_WORDS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
          "several": (3, 9), "a few": (2, 5), "few": (2, 5), "many": (5, math.inf)}


def parse_number(value) -> tuple[float, float] | None:
    """A count as an inclusive range: 6 -> (6, 6); "1,200" -> (1200, 1200); "1.2 million";
    "at least 12"/"more than 12" -> (12, inf); "12-15" -> (12, 15); "dozens" -> (24, 99); "three".
    None when there is no number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return (float(value), float(value))
    text = str(value).strip().lower().replace(",", "")
    if not text:
        return None
    for word, rng in _VAGUE.items():
        if text == word or text.endswith(" " + word) and not re.search(r"\d", text):
            return rng
    open_ended = bool(re.match(r"(at least|more than|over|upwards of|\+)", text)) or text.endswith("+")
    m = re.search(r"(\d+(?:\.\d+)?)\s*(?:-|to|–)\s*(\d+(?:\.\d+)?)", text)
    if m:
        return (float(m[1]), float(m[2]))
    m = re.search(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)?", text)
    if m:
        n = float(m[1]) * _SCALES.get(m[2] or "", 1)
    else:
        total, current, found = 0, 0, False
        for word in re.findall(r"[a-z]+", text):
            if word in _WORDS:
                current += _WORDS[word] if word != "hundred" else 0
                if word == "hundred":
                    current = max(current, 1) * 100
                found = True
            elif word in _SCALES and found:
                total += max(current, 1) * _SCALES[word]
                current = 0
        if not found:
            return None
        n = float(total + current)
    return (n, math.inf) if open_ended else (n, n)


def number_agrees(gold, predicted) -> bool:
    g, p = parse_number(gold), parse_number(predicted)
    if g is None or p is None:
        return False
    return p[0] <= g[1] and g[0] <= p[1]  # the ranges overlap


def date_agrees(gold_iso: str | None, predicted_iso: str | None) -> bool:
    """Compare at the gold's granularity: gold "2019-12" accepts "2019-12-09"; gold
    "2019-12-09" rejects "2019-12"."""
    if not gold_iso or not predicted_iso:
        return False
    gold_iso, predicted_iso = gold_iso.strip(), predicted_iso.strip()
    return len(predicted_iso) >= len(gold_iso) and predicted_iso[: len(gold_iso)] == gold_iso


def _fuzzy_slot(a: str | None, b: str | None) -> float:
    ka, kb = names.basic(a or ""), names.basic(b or "")
    if not ka or not kb:
        return 0.0
    return fuzz.token_set_ratio(ka, kb) / 100


# -- the judge hook ----------------------------------------------------------------------------


class CachedJudge:
    """Wraps ``judge(gold_text, predicted_text) -> bool`` with a verdict cache keyed by both texts
    and ``judge_id`` (name the model and the prompt hash in it). ``cache`` may be any mapping (a
    dict, a ``diskcache.Cache``); :meth:`load`/:meth:`save` keep a dict in a JSON file."""

    def __init__(self, judge: Judge, judge_id: str, cache: MutableMapping | None = None):
        self.judge = judge
        self.judge_id = judge_id
        self.cache = {} if cache is None else cache
        self.calls = 0

    def key(self, gold: str, predicted: str) -> str:
        return hashlib.sha256(json.dumps([self.judge_id, gold, predicted]).encode("utf-8")).hexdigest()

    def __call__(self, gold: str, predicted: str) -> bool:
        k = self.key(gold, predicted)
        if k not in self.cache:
            self.calls += 1
            self.cache[k] = bool(self.judge(gold, predicted))
        return bool(self.cache[k])

    @classmethod
    def load(cls, judge: Judge, judge_id: str, path: str | Path) -> CachedJudge:
        p = Path(path)
        cache = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
        return cls(judge, judge_id, cache)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(dict(self.cache), indent=0, sort_keys=True), encoding="utf-8")


# -- a side of the comparison: gold or predicted, in one shape ---------------------------------


@dataclass
class _Actor:
    names: tuple[str, ...]
    optional: bool = False
    label: str = ""


@dataclass
class _Ref:
    """A reference to an actor: the name as written and, when known, the actor's index."""

    name: str | None = None
    actor: int | None = None


@dataclass
class _Incident:
    type: str
    text: str
    date: str | None
    location: str | None
    weapon: str | None
    perpetrator: _Ref
    alleged: _Ref
    killed: object
    injured: object
    optional: bool = False


@dataclass
class _Statement:  # a claim or a denial
    who: _Ref
    content: str
    spans: list[tuple[int, int]]
    optional: bool = False
    target_claim: int | None = None  # denials: index of the claim answered
    target_text: str | None = None  # denials: the answered claim as text (gold without a claim)
    link_given: bool = False  # denials: a responds_to was given at all


@dataclass
class _Side:
    actors: list[_Actor]
    incidents: list[_Incident]
    claims: list[_Statement]
    denials: list[_Statement]
    evidence: list[Evidence] = field(default_factory=list)

    def items(self, name: str) -> list:
        return getattr(self, name)


def _lookup(actors: list[_Actor], name: str | None, threshold: float) -> int | None:
    if not name:
        return None
    best, best_score = None, 0.0
    for i, actor in enumerate(actors):
        score = name_similarity([name], actor.names)
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= threshold else None


def _spans(evidence: Iterable[Evidence]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in evidence
            if e.status != GroundingStatus.not_found and e.start is not None and e.end is not None and e.end > e.start]


def _gold_side(fixture: Fixture, config: Config) -> _Side:
    gold = fixture.gold
    grounder = Grounder(fixture.text or "")
    actors = [_Actor(tuple(a.names), a.optional, a.name) for a in gold.actors]

    def ref(name):
        return _Ref(name, _lookup(actors, name, config.actor_threshold))

    def spans(quote):
        if not quote:
            return []
        span = grounder.find(quote)
        return [(span.start, span.end)] if span else []

    incidents = [
        _Incident(i.type.value, i.summary, i.date, i.location, i.weapon, ref(i.perpetrator), ref(i.alleged_perpetrator),
                  i.killed, i.injured, i.optional)
        for i in gold.incidents
    ]
    claims = [_Statement(ref(c.claimant), c.content, spans(c.evidence), c.optional) for c in gold.claims]
    denials = []
    for d in gold.denials:
        target = None
        if d.responds_to:
            scores = [text_similarity(d.responds_to, c.content) for c in gold.claims]
            if scores and max(scores) >= config.responds_to_threshold:
                target = int(np.argmax(scores))
        denials.append(_Statement(ref(d.denier), d.content, spans(d.evidence), d.optional,
                                  target_claim=target, target_text=d.responds_to, link_given=bool(d.responds_to)))
    return _Side(actors, incidents, claims, denials)


def _brief_side(brief: Brief, optional_ids: frozenset[str], config: Config) -> _Side:
    actors = [_Actor((a.name, *a.aliases), a.id in optional_ids, a.name) for a in brief.actors]
    by_id = {a.id: i for i, a in enumerate(brief.actors)}

    def ref(actor_id, name):
        if actor_id in by_id:
            return _Ref(name or brief.actors[by_id[actor_id]].name, by_id[actor_id])
        return _Ref(name, _lookup(actors, name, 1.0))

    incidents = [
        _Incident(getattr(i.type, "value", i.type), i.description, i.date.iso if i.date else None, i.location, i.weapon,
                  ref(i.perpetrator, i.perpetrator_name), ref(i.alleged_perpetrator, i.alleged_perpetrator_name),
                  i.killed, i.injured, i.id in optional_ids)
        for i in brief.incidents
    ]
    claim_index = {c.id: n for n, c in enumerate(brief.claims)}
    claims = [_Statement(ref(c.claimant, c.claimant_name), c.content, _spans(c.evidence), c.id in optional_ids)
              for c in brief.claims]
    denials = [
        _Statement(ref(d.denier, d.denier_name), d.content, _spans(d.evidence), d.id in optional_ids,
                   target_claim=None if d.responds_to is None else claim_index.get(d.responds_to), link_given=bool(d.responds_to))
        for d in brief.denials
    ]
    evidence = [e for item in brief.items() for e in item.evidence]
    return _Side(actors, incidents, claims, denials, evidence)


# -- counting ----------------------------------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @staticmethod
    def _ratio(num: int, den: int, other_errors: int) -> float:
        # an empty denominator: 1.0 when nothing else went wrong either, else 0.0
        if den:
            return num / den
        return 1.0 if other_errors == 0 else 0.0

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp, self.fn)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn, self.fp)

    @property
    def f1(self) -> float:
        den = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / den if den else 1.0  # both empty: nothing to find, nothing invented

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_tuple(self) -> tuple[int, int, int]:
        return (self.tp, self.fp, self.fn)

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    def as_dict(self) -> dict:
        v = self.value
        return {"accuracy": None if v is None else round(v, 4), "correct": self.correct, "total": self.total}


@dataclass
class FixtureScore:
    """One fixture's counts. ``counts`` keys: the fields plus ``actors.strict``, ``claims.claimant``
    and ``denials.content``. ``error`` is set when no prediction was made (then the prediction
    counts as empty). ``labelled``: the fields the fixture labels; a field it does not label has
    zero counts here and is left out of every corpus figure (see :meth:`scores`)."""

    id: str
    counts: dict[str, Counts]
    slots: dict[str, Ratio]
    link: Ratio
    grounding: Ratio
    missed: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)
    error: str | None = None
    labelled: tuple[str, ...] = FIELDS
    incident_misses: dict[str, int] = field(default_factory=dict)  # why gold incidents were missed: MISS_CAUSES, slot names

    def scores(self, key: str) -> bool:
        """Whether ``key`` (a field, or ``field.sub`` such as ``claims.claimant``) is scored here."""
        return key.split(".", 1)[0] in self.labelled


def _align(sim: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs (gold, predicted) maximising total φ; pairs under ``threshold`` dropped."""
    if sim.size == 0:
        return []
    masked = np.where(sim >= threshold, sim, 0.0)
    rows, cols = linear_sum_assignment(masked, maximize=True)
    return sorted((int(r), int(c)) for r, c in zip(rows, cols) if masked[r, c] >= threshold and masked[r, c] > 0)


def _tally(gold: list, pred: list, pairs: list[tuple[int, int]], ok: Callable[[int, int], bool] | None = None) -> Counts:
    """TP/FP/FN with optional items neutral: a pair with an optional side, or an unmatched
    optional item, counts for nothing. With ``ok``, a pair is a TP only when ``ok(g, p)``."""
    neutral_g = {g for g, p in pairs if gold[g].optional or pred[p].optional}
    neutral_p = {p for g, p in pairs if gold[g].optional or pred[p].optional}
    n_gold = sum(1 for g, item in enumerate(gold) if not item.optional and g not in neutral_g)
    n_pred = sum(1 for p, item in enumerate(pred) if not item.optional and p not in neutral_p)
    tp = sum(1 for g, p in pairs if g not in neutral_g and (ok is None or ok(g, p)))
    return Counts(tp, n_pred - tp, n_gold - tp)


def _unmatched(items: list, pairs: list[tuple[int, int]], side: int, describe: Callable) -> list[str]:
    used = {pair[side] for pair in pairs}
    return [describe(item) for n, item in enumerate(items) if n not in used and not item.optional]


class _Scorer:
    def __init__(self, gold: _Side, pred: _Side, config: Config):
        self.gold, self.pred, self.config = gold, pred, config
        self.actor_map: dict[int, int] = {}

    # actors -----------------------------------------------------------------------------------

    def actor_pairs(self, strict: bool = False) -> list[tuple[int, int]]:
        g, p = self.gold.actors, self.pred.actors
        sim = np.array([[name_similarity(a.names, b.names, strict=strict) for b in p] for a in g]).reshape(len(g), len(p))
        return _align(sim, 1.0 if strict else self.config.actor_threshold)

    def same_actor(self, gold_ref: _Ref, pred_ref: _Ref) -> bool:
        """The predicted reference points at the gold one: the predicted actor is aligned to the
        gold actor, or their alias sets match by name (any coreferent mention counts, CEAF-REE)."""
        if not gold_ref.name:
            return not pred_ref.name
        if not pred_ref.name and pred_ref.actor is None:
            return False
        if pred_ref.actor is not None and gold_ref.actor is not None and self.actor_map.get(pred_ref.actor) == gold_ref.actor:
            return True
        gold_names = self.gold.actors[gold_ref.actor].names if gold_ref.actor is not None else (gold_ref.name,)
        if pred_ref.actor is not None:
            pred_names = self.pred.actors[pred_ref.actor].names
        else:
            assert pred_ref.name  # a reference with neither actor nor name returned False above
            pred_names = (pred_ref.name,)
        return name_similarity(gold_names, pred_names) >= self.config.actor_threshold

    # incidents --------------------------------------------------------------------------------

    def slot_agreement(self, g: _Incident, p: _Incident) -> dict[str, tuple[float, bool] | None]:
        """Per slot: None when both sides are empty, else (agreement in [0, 1], both filled)."""
        checks = {
            "date": (g.date, p.date, lambda: float(date_agrees(g.date, p.date))),
            "location": (g.location, p.location, lambda: _fuzzy_slot(g.location, p.location)),
            "weapon": (g.weapon, p.weapon, lambda: _fuzzy_slot(g.weapon, p.weapon)),
            "perpetrator": (g.perpetrator.name, p.perpetrator.name,
                            lambda: float(self.same_actor(g.perpetrator, p.perpetrator))),
            "alleged_perpetrator": (g.alleged.name, p.alleged.name, lambda: float(self.same_actor(g.alleged, p.alleged))),
            "killed": (g.killed, p.killed, lambda: float(number_agrees(g.killed, p.killed))),
            "injured": (g.injured, p.injured, lambda: float(number_agrees(g.injured, p.injured))),
        }
        out: dict[str, tuple[float, bool] | None] = {}
        for slot, (a, b, agree) in checks.items():
            if a is None and b is None:
                out[slot] = None
            elif a is None or b is None:
                out[slot] = (0.0, False)
            else:
                out[slot] = (agree(), True)
        return out

    def incident_phi(self, g: _Incident, p: _Incident) -> float:
        if g.type != p.type:
            return 0.0  # gated on type, like ACE trigger classification
        # alignment uses the slots both sides fill; a slot one side leaves empty is a slot error,
        # not evidence that the two are different incidents
        values = [text_similarity(g.text, p.text)]
        values += [v[0] for v in self.slot_agreement(g, p).values() if v is not None and v[1]]
        return sum(values) / len(values)

    def slot_correct(self, slot: str, value: float) -> bool:
        if slot in ("location", "weapon"):
            return value >= self.config.slot_text_threshold
        return value == 1.0

    def miss_causes(self, pairs: list[tuple[int, int]]) -> dict[str, int]:
        """Why each required gold incident left unmatched was missed. An unmatched prediction that tells it
        (descriptions alike at ``text_threshold``; each prediction explains one miss, the most alike first) of
        another type: ``wrong_type``; of its type, its slots pulling φ under the threshold: ``slots``, with a count
        per slot both sides fill and disagree on; no such prediction: ``not_found``."""
        gold, pred = self.gold.incidents, self.pred.incidents
        matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
        missed = [g for g, item in enumerate(gold) if g not in matched_g and not item.optional]
        free = [p for p, item in enumerate(pred) if p not in matched_p and not item.optional]
        alike = sorted(((text_similarity(gold[g].text, pred[p].text), g, p) for g in missed for p in free), reverse=True)
        causes = dict.fromkeys(MISS_CAUSES, 0)
        told: set[int] = set()
        used: set[int] = set()
        for sim, g, p in alike:
            if sim < self.config.text_threshold:
                break
            if g in told or p in used:
                continue
            told.add(g)
            used.add(p)
            if gold[g].type != pred[p].type:
                causes["wrong_type"] += 1
                continue
            causes["slots"] += 1
            for slot, value in self.slot_agreement(gold[g], pred[p]).items():
                if value is not None and value[1] and not self.slot_correct(slot, value[0]):
                    causes[slot] = causes.get(slot, 0) + 1
        causes["not_found"] = len(missed) - len(told)
        return _in_order(causes)

    # claims and denials -----------------------------------------------------------------------

    def content_phi(self, g: _Statement, p: _Statement) -> float:
        phi = text_similarity(g.content, p.content)
        if g.spans and p.spans:
            overlap = max(_span_overlap(a, b) for a in g.spans for b in p.spans)
            phi = max(phi, (phi + overlap) / 2)
        judge = self.config.judge
        if judge is not None and self.config.judge_band <= phi < self.config.text_threshold and judge(g.content, p.content):
            phi = self.config.text_threshold
        return phi

    def statement_pairs(self, gold: list[_Statement], pred: list[_Statement], with_who: bool) -> list[tuple[int, int]]:
        sim = np.zeros((len(gold), len(pred)))
        for i, g in enumerate(gold):
            for j, p in enumerate(pred):
                if with_who and g.who.name and not self.same_actor(g.who, p.who):
                    continue
                sim[i, j] = self.content_phi(g, p)
        return _align(sim, self.config.text_threshold)

    def link_correct(self, g: _Statement, p: _Statement, claim_map: dict[int, int]) -> bool | None:
        """Whether the predicted denial answers the gold one's claim; None when undecidable (the
        gold answers a text that is not one of its claims and the prediction links nothing)."""
        if not g.link_given:
            return p.target_claim is None
        if p.target_claim is None:
            return None if g.target_claim is None else False
        if p.target_claim in claim_map:
            return g.target_claim is not None and claim_map[p.target_claim] == g.target_claim
        # the predicted claim has no gold counterpart: compare it with the gold target as text
        target = self.gold.claims[g.target_claim].content if g.target_claim is not None else g.target_text
        return text_similarity(target, self.pred.claims[p.target_claim].content) >= self.config.text_threshold

    # the whole fixture --------------------------------------------------------------------------

    def score(self, fixture_id: str, labelled: tuple[str, ...] = FIELDS) -> FixtureScore:
        gold, pred = self.gold, self.pred
        counts: dict[str, Counts] = {}
        missed: dict[str, list[str]] = {}
        spurious: dict[str, list[str]] = {}

        actor_pairs = self.actor_pairs()
        self.actor_map = {p: g for g, p in actor_pairs}
        counts["actors"] = _tally(gold.actors, pred.actors, actor_pairs)
        counts["actors.strict"] = _tally(gold.actors, pred.actors, self.actor_pairs(strict=True))
        missed["actors"] = _unmatched(gold.actors, actor_pairs, 0, lambda a: a.label)
        spurious["actors"] = _unmatched(pred.actors, actor_pairs, 1, lambda a: a.label)

        sim = np.array([[self.incident_phi(g, p) for p in pred.incidents] for g in gold.incidents])
        incident_pairs = _align(sim.reshape(len(gold.incidents), len(pred.incidents)), self.config.incident_threshold)
        counts["incidents"] = _tally(gold.incidents, pred.incidents, incident_pairs)
        missed["incidents"] = _unmatched(gold.incidents, incident_pairs, 0, lambda i: f"{i.type}: {i.text}"[:100])
        spurious["incidents"] = _unmatched(pred.incidents, incident_pairs, 1, lambda i: f"{i.type}: {i.text}"[:100])
        misses = self.miss_causes(incident_pairs)
        slots = {s: Ratio() for s in SLOTS}
        for g, p in incident_pairs:
            if gold.incidents[g].optional or pred.incidents[p].optional:
                continue
            for slot, value in self.slot_agreement(gold.incidents[g], pred.incidents[p]).items():
                if value is None:
                    continue  # both empty: not counted (MUC counts only filled slots)
                slots[slot] += Ratio(int(value[1] and self.slot_correct(slot, value[0])), 1)

        claim_pairs = self.statement_pairs(gold.claims, pred.claims, with_who=False)
        claim_map = {p: g for g, p in claim_pairs}
        counts["claims"] = _tally(gold.claims, pred.claims, claim_pairs)
        counts["claims.claimant"] = _tally(
            gold.claims, pred.claims, claim_pairs, ok=lambda g, p: self.same_actor(gold.claims[g].who, pred.claims[p].who)
        )
        missed["claims"] = _unmatched(gold.claims, claim_pairs, 0, _describe_statement)
        spurious["claims"] = _unmatched(pred.claims, claim_pairs, 1, _describe_statement)

        denial_pairs = self.statement_pairs(gold.denials, pred.denials, with_who=True)
        counts["denials"] = _tally(gold.denials, pred.denials, denial_pairs)
        counts["denials.content"] = _tally(gold.denials, pred.denials, self.statement_pairs(gold.denials, pred.denials, with_who=False))
        missed["denials"] = _unmatched(gold.denials, denial_pairs, 0, _describe_statement)
        spurious["denials"] = _unmatched(pred.denials, denial_pairs, 1, _describe_statement)
        link = Ratio()
        for g, p in denial_pairs:
            if gold.denials[g].optional or pred.denials[p].optional:
                continue
            correct = self.link_correct(gold.denials[g], pred.denials[p], claim_map)
            if correct is not None:
                link += Ratio(int(correct), 1)

        # a field the fixture does not label: its gold list is empty (the loader sees to it), so every
        # prediction would be a false positive; it is not scored, nor are its sub-scores
        for key in list(counts):
            if key.split(".", 1)[0] not in labelled:
                counts[key] = Counts()
        for name in FIELDS:
            if name not in labelled:
                missed.pop(name, None)
                spurious.pop(name, None)
        if "incidents" not in labelled:
            slots = {s: Ratio() for s in SLOTS}
            misses = {}
        if "denials" not in labelled:
            link = Ratio()

        grounded = sum(1 for e in pred.evidence if e.status != GroundingStatus.not_found)
        return FixtureScore(fixture_id, counts, slots, link, Ratio(grounded, len(pred.evidence)),
                            {k: v for k, v in missed.items() if v}, {k: v for k, v in spurious.items() if v},
                            labelled=tuple(labelled), incident_misses=misses)


def _in_order(causes: dict[str, int]) -> dict[str, int]:
    """Miss causes in report order: MISS_CAUSES, then the slots in SLOTS order."""
    return {k: causes[k] for k in (*MISS_CAUSES, *SLOTS) if k in causes}


def _describe_statement(s: _Statement) -> str:
    return f"{s.who.name or '?'}: {s.content}"[:100]


def _span_overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two character spans over the shorter one (1.0 when one contains the other)."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(inter, 0) / shorter if shorter > 0 else 0.0


# -- public API --------------------------------------------------------------------------------


def score_fixture(fixture: Fixture, brief: Brief | None, *, config: Config | None = None,
                  optional_ids: Iterable[str] = (), error: str | None = None,
                  labelled: Iterable[str] | None = None) -> FixtureScore:
    """Score one predicted brief against one fixture's gold. ``brief=None`` (a failed run)
    scores as an empty prediction and keeps ``error``. ``optional_ids`` marks predicted items
    as optional (used when the prediction is another labeller's gold). Only the fields the
    fixture labels (``fixture.labelled``, or ``labelled`` when given) are scored."""
    config = config or Config()
    fields = tuple(fixture.labelled if labelled is None else labelled)
    pred = _brief_side(brief or Brief(), frozenset(optional_ids), config)
    result = _Scorer(_gold_side(fixture, config), pred, config).score(fixture.id, tuple(f for f in FIELDS if f in fields))
    result.error = error
    return result


def gold_to_brief(fixture: Fixture) -> tuple[Brief, set[str]]:
    """A fixture's gold as a predicted brief (ids a1.., i1.., c1.., d1.., evidence grounded in the
    fixture's text), with the ids of its optional items."""
    gold = fixture.gold
    grounder = Grounder(fixture.text or "")
    config = Config()
    optional: set[str] = set()
    actors = []
    for n, a in enumerate(gold.actors, 1):
        actors.append(Actor(id=f"a{n}", name=a.name, aliases=list(a.aliases), kind=a.kind))
        if a.optional:
            optional.add(f"a{n}")
    side = [_Actor(tuple(a.names)) for a in gold.actors]

    def actor_id(name):
        i = _lookup(side, name, config.actor_threshold)
        return None if i is None else f"a{i + 1}"

    def evidence(quote):
        return [grounder.evidence(quote)] if quote else []

    incidents = []
    for n, i in enumerate(gold.incidents, 1):
        killed, injured = (parse_number(v) for v in (i.killed, i.injured))
        incidents.append(Incident(
            id=f"i{n}", type=i.type, description=i.summary or i.type.value,
            date=DateValue(iso=i.date, precision=_PRECISION_BY_LENGTH.get(len(i.date), "unknown")) if i.date else None,
            location=i.location, weapon=i.weapon,
            perpetrator=actor_id(i.perpetrator), perpetrator_name=i.perpetrator,
            alleged_perpetrator=actor_id(i.alleged_perpetrator), alleged_perpetrator_name=i.alleged_perpetrator,
            killed=int(killed[0]) if killed else None, injured=int(injured[0]) if injured else None,
        ))
        if i.optional:
            optional.add(f"i{n}")
    claims = []
    for n, c in enumerate(gold.claims, 1):
        claims.append(Claim(id=f"c{n}", claimant=actor_id(c.claimant), claimant_name=c.claimant,
                            content=c.content, evidence=evidence(c.evidence)))
        if c.optional:
            optional.add(f"c{n}")
    denials = []
    for n, d in enumerate(gold.denials, 1):
        target = None
        if d.responds_to:
            scores = [text_similarity(d.responds_to, c.content) for c in gold.claims]
            if scores and max(scores) >= config.responds_to_threshold:
                target = f"c{int(np.argmax(scores)) + 1}"
        denials.append(Denial(id=f"d{n}", denier=actor_id(d.denier), denier_name=d.denier, content=d.content,
                              responds_to=target, evidence=evidence(d.evidence)))
        if d.optional:
            optional.add(f"d{n}")
    brief = Brief(actors=actors, incidents=incidents, claims=claims, denials=denials)
    return brief, optional


def score_gold_pair(primary: Fixture, second: Fixture, *, config: Config | None = None) -> FixtureScore:
    """Agreement of two labellings of one article: ``second`` scored as a prediction against
    ``primary``, optional items neutral on both sides (so F1 is symmetric up to tie-breaking).
    Only the fields both labellings label are scored."""
    brief, optional = gold_to_brief(second)
    both = [name for name in primary.labelled if name in second.labelled]
    return score_fixture(primary, brief, config=config, optional_ids=optional, labelled=both)


# -- corpus: micro figures and bootstrap -------------------------------------------------------


def _f1_of(tp, fp, fn):
    den = 2 * tp + fp + fn
    return np.where(den > 0, 2 * tp / np.maximum(den, 1), 1.0)


def _resample_indices(n: int, resamples: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, n, size=(resamples, n))


def bootstrap_ci(counts: Sequence[tuple[int, int, int]], *, resamples: int = 10_000, seed: int = 0) -> tuple[float, float]:
    """Percentile 95% interval of micro F1, resampling fixtures (the fixture is the cluster)."""
    arr = np.asarray(counts, dtype=float).reshape(-1, 3)
    if len(arr) == 0:
        return (float("nan"), float("nan"))
    sums = arr[_resample_indices(len(arr), resamples, seed)].sum(axis=1)
    f1 = _f1_of(sums[:, 0], sums[:, 1], sums[:, 2])
    lo, hi = np.percentile(f1, [2.5, 97.5])
    return (float(lo), float(hi))


def bootstrap_delta_ci(current: Sequence[tuple[int, int, int]], baseline: Sequence[tuple[int, int, int]], *,
                       resamples: int = 10_000, seed: int = 0) -> tuple[float, float]:
    """Paired bootstrap of Δ micro F1 (current − baseline) over the same fixtures, row by row."""
    a = np.asarray(current, dtype=float).reshape(-1, 3)
    b = np.asarray(baseline, dtype=float).reshape(-1, 3)
    if len(a) == 0 or len(a) != len(b):
        return (float("nan"), float("nan"))
    idx = _resample_indices(len(a), resamples, seed)
    sa, sb = a[idx].sum(axis=1), b[idx].sum(axis=1)
    delta = _f1_of(sa[:, 0], sa[:, 1], sa[:, 2]) - _f1_of(sb[:, 0], sb[:, 1], sb[:, 2])
    lo, hi = np.percentile(delta, [2.5, 97.5])
    return (float(lo), float(hi))


@dataclass
class CorpusScore:
    fixtures: list[FixtureScore]
    config: Config

    def scored(self, key: str) -> list[FixtureScore]:
        """The fixtures that label ``key``'s field: the ones its totals and interval run over."""
        return [f for f in self.fixtures if f.scores(key)]

    def micro(self, key: str) -> Counts:
        total = Counts()
        for f in self.scored(key):
            total = total + f.counts[key]
        return total

    def macro_f1(self, key: str) -> float | None:
        scored = self.scored(key)
        if not scored:
            return None
        return sum(f.counts[key].f1 for f in scored) / len(scored)

    def ci95(self, key: str) -> tuple[float, float]:
        return bootstrap_ci([f.counts[key].as_tuple() for f in self.scored(key)],
                            resamples=self.config.resamples, seed=self.config.seed)

    def slots(self) -> dict[str, Ratio]:
        out = {s: Ratio() for s in SLOTS}
        for f in self.scored("incidents"):
            for s in SLOTS:
                out[s] += f.slots[s]
        return out

    def incident_misses(self) -> dict[str, int]:
        """The causes of the missed gold incidents (:meth:`_Scorer.miss_causes`) summed over the fixtures that label incidents."""
        out = dict.fromkeys(MISS_CAUSES, 0)
        for f in self.scored("incidents"):
            for cause, n in f.incident_misses.items():
                out[cause] = out.get(cause, 0) + n
        return _in_order(out)

    def link(self) -> Ratio:
        total = Ratio()
        for f in self.fixtures:
            total += f.link
        return total

    def grounding(self) -> Ratio:
        total = Ratio()
        for f in self.fixtures:
            total += f.grounding
        return total

    @property
    def failed(self) -> list[FixtureScore]:
        return [f for f in self.fixtures if f.error]


def score_corpus(pairs: Iterable[tuple[Fixture, Brief | None] | tuple[Fixture, Brief | None, str | None]],
                 *, config: Config | None = None) -> CorpusScore:
    """Score (fixture, brief[, error]) pairs; a missing brief scores as an empty prediction."""
    config = config or Config()
    scores = []
    for pair in pairs:
        fixture, brief, *rest = pair
        scores.append(score_fixture(fixture, brief, config=config, error=rest[0] if rest else None))
    return CorpusScore(scores, config)
