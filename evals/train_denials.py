"""Train and evaluate the offline engine's learned denial classifier (:mod:`summarizer.offline.denial_classifier`).

    python -m summarizer.evals.train_denials train            # fit on the dev fixtures, write rules/denial_model.yaml
    python -m summarizer.evals.train_denials check            # the shipped weights are what `train` makes (exit 1 if not)
    python -m summarizer.evals.train_denials cv               # grouped 5-fold CV by fixture over dev, scored by the eval scorer
    python -m summarizer.evals.train_denials transfer --train A --test B   # train on folder A, score folder B (aggregates)
    python -m summarizer.evals.train_denials transfer --train dev --test test   # the shipped splits

Training reads only ``split: dev`` fixtures (or the folder given). A candidate (a sentence and a
denier, :func:`~summarizer.offline.denial_classifier.candidates`) is positive when the evidence of
a gold denial lies in its sentence and its denier is the gold denier (the scorer's name match).
The model is an L2-regularised logistic regression fitted with scipy's L-BFGS; the L2 strength and
the decision threshold are chosen by an inner 5-fold CV by fixture on the training fixtures only.
Everything is deterministic (fixed fold assignment, no random initialisation). It lives here, not
in the engine: fitting needs the gold fixtures and the scorer, and the engine only reads weights.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from summarizer.evals.fixtures import Fixture, load_fixtures
from summarizer.evals.scorer import Config, Counts, _gold_side, name_similarity, score_corpus

L2_GRID = (0.3, 1.0, 3.0, 10.0)
FOLDS = 5
CONFIGS = ("classifier", "rules+classifier")  # without / with the rules' decision as a feature


@dataclass
class Parsed:
    fixture: Fixture
    article: Any
    pieces: list[Any]
    docs: list[Any]
    grounder: Any


@dataclass
class Example:
    fixture_id: str
    features: frozenset[str]
    label: int


def parse(fixtures: Sequence[Fixture]) -> list[Parsed]:
    """Each fixture parsed once, as the offline backend parses it."""
    from summarizer.article import make_article
    from summarizer.grounding import Grounder
    from summarizer.offline.backend import parse as parse_article

    out = []
    for f in fixtures:
        article = make_article(f.text or "", id=f.id, source=f.source, published=f.published)
        prepared, pieces, docs = parse_article(article.text)
        out.append(Parsed(f, article, pieces, list(docs), Grounder(prepared.original)))
    return out


def examples(parsed: Sequence[Parsed]) -> list[Example]:
    """Every candidate of every fixture with its features and its gold label."""
    from summarizer.offline import actors, attribution, denial_classifier, denials
    from summarizer.offline.doc import Context
    from summarizer.offline.rules import load

    rules = dataclasses.replace(load(), denial_model=None)
    config = Config()
    out = []
    for p in parsed:
        if "denials" not in p.fixture.labelled:
            continue  # no denial labels: its candidates are neither right nor wrong
        gold = _gold_side(p.fixture, config)
        gold_names = [p.fixture.gold.denials[k].denier for k in range(len(gold.denials))]
        names = [gold.actors[g.who.actor].names if g.who.actor is not None else (n or "",)
                 for g, n in zip(gold.denials, gold_names)]
        spans = [_gold_spans(p, d.evidence) for d in p.fixture.gold.denials]
        for doc, piece in zip(p.docs, p.pieces):
            ctx = Context(doc, piece, rules, p.grounder)
            actors.find_actors(ctx)
            attribution.find_frames(ctx)
            claim_rows = attribution.claims(ctx)
            for cand in denial_classifier.candidates(ctx, claim_rows, denials.rule_denials(ctx)):
                ev = cand.row[0].evidence[0]
                who = (cand.row[0].denier_name or "", *(cand.denier.aliases if cand.denier else ()))
                label = any(
                    ev.start is not None and ev.end is not None and any(s < ev.end and ev.start < e for s, e in spans[k])
                    and name_similarity(names[k], who) >= config.actor_threshold for k in range(len(spans)))
                out.append(Example(p.fixture.id, frozenset(cand.features), int(label)))
    return out


def _gold_spans(p: Parsed, quote: str | None) -> list[tuple[int, int]]:
    from summarizer.grounding import Grounder

    span = Grounder(p.article.text).find(quote) if quote else None
    return [(span.start, span.end)] if span else []


# -- the model --------------------------------------------------------------------------------


def fit(data: Sequence[Example], l2: float, rule_features: bool) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2-regularised logistic regression (the bias and "rule=any", that a
    rule found the candidate, are not penalised)."""
    feats = sorted({f for e in data for f in _used(e.features, rule_features)})
    index = {f: i for i, f in enumerate(feats)}
    x = np.zeros((len(data), len(feats) + 1))
    x[:, -1] = 1.0
    for r, e in enumerate(data):
        for f in _used(e.features, rule_features):
            x[r, index[f]] = 1.0
    y = np.array([2.0 * e.label - 1.0 for e in data])
    penalty = np.array([0.0 if f == "rule=any" else l2 for f in feats] + [0.0])  # the bias and the
    # rules' decision are not shrunk: the other features correct the rules rather than replace them

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        margin = y * (x @ w)
        value = float(np.logaddexp(0.0, -margin).sum() + 0.5 * (penalty * w * w).sum())
        grad = x.T @ (-y / (1.0 + np.exp(margin))) + penalty * w
        return value, grad

    result = minimize(loss, np.zeros(len(feats) + 1), jac=True, method="L-BFGS-B", options={"maxiter": 1000, "gtol": 1e-8})
    w = result.x
    return {f: float(w[i]) for f, i in index.items() if abs(w[i]) >= 1e-6}, float(w[-1])


def _used(features: frozenset[str], rule_features: bool) -> list[str]:
    return [f for f in features if rule_features or not f.startswith("rule=")]


def _fold_of(ids: Sequence[str], folds: int) -> dict[str, int]:
    """Fixtures dealt to folds in id order (deterministic, grouped by fixture)."""
    return {fid: n % folds for n, fid in enumerate(sorted(set(ids)))}


def train(data: Sequence[Example], rule_features: bool, enabled: bool = False) -> Any:
    """A model fitted on ``data``, its L2 strength and threshold chosen by inner CV by fixture."""
    from summarizer.offline.denial_model import DenialModel

    folds = _fold_of([e.fixture_id for e in data], FOLDS)
    best: tuple[float, float, float] = (-1.0, 1.0, 0.5)
    for l2 in L2_GRID:
        scores = np.zeros(len(data))
        for k in range(FOLDS):
            train_part = [e for e in data if folds[e.fixture_id] != k]
            w, b = fit(train_part, l2, rule_features)
            model = DenialModel(w, b)
            for r, e in enumerate(data):
                if folds[e.fixture_id] == k:
                    scores[r] = model.probability(e.features)
        for threshold in np.arange(0.2, 0.81, 0.05):
            f1 = _f1([e.label for e in data], scores >= threshold)
            if f1 > best[0] + 1e-9:
                best = (f1, l2, round(float(threshold), 2))
    w, b = fit(data, best[1], rule_features)
    meta = {"l2": best[1], "inner_cv_candidate_f1": round(best[0], 4), "examples": len(data),
            "positives": sum(e.label for e in data), "fixtures_with_candidates": len({e.fixture_id for e in data})}
    return DenialModel(w, b, threshold=best[2], rule_features=rule_features, enabled=enabled, meta=meta)


def _f1(labels: Sequence[int], predicted: np.ndarray) -> float:
    tp = sum(1 for y, p in zip(labels, predicted) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted) if y and not p)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# -- scoring with the project's scorer ------------------------------------------------------------


def briefs(parsed: Sequence[Parsed], model: Any) -> list[tuple[Fixture, Any]]:
    """The offline backend's briefs, ``model`` deciding denials (None: the rules alone)."""
    from summarizer.offline.extract import extract, merge_drafts
    from summarizer.offline.rules import load
    from summarizer.pipeline import Summarizer

    rules = dataclasses.replace(load(), denial_model=model)
    pipeline = Summarizer(backend="offline")
    out = []
    for p in parsed:
        draft = merge_drafts([extract(doc, piece, rules, p.grounder) for doc, piece in zip(p.docs, p.pieces)])
        out.append((p.fixture, pipeline._finish(p.article, draft)))
    return out


def denial_counts(pairs: Sequence[tuple[Fixture, Any]]) -> Counts:
    return score_corpus(pairs).micro("denials")


def cross_validate(parsed: Sequence[Parsed], data: Sequence[Example]) -> dict[str, Counts]:
    folds = _fold_of([p.fixture.id for p in parsed], FOLDS)
    results = {"rules": denial_counts(briefs(parsed, None))}
    for name in CONFIGS:
        pairs = []
        for k in range(FOLDS):
            model = train([e for e in data if folds[e.fixture_id] != k], rule_features=name != "classifier", enabled=True)
            pairs += briefs([p for p in parsed if folds[p.fixture.id] == k], model)
        results[name] = denial_counts(pairs)
    return results


def _line(name: str, c: Counts) -> str:
    return f"{name:18} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  (tp {c.tp}, fp {c.fp}, fn {c.fn})"


def model_path() -> Path:
    return Path(str(resources.files("summarizer.offline").joinpath("rules", "denial_model.yaml")))


def main(argv: Sequence[str] | None = None) -> int:
    from summarizer.offline import denial_model

    ap = argparse.ArgumentParser(prog="python -m summarizer.evals.train_denials", description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("train", "check", "cv", "transfer"))
    ap.add_argument("--fixtures", help="training fixtures folder (default: the shipped split: dev fixtures)")
    ap.add_argument("--train", default="dev", help="transfer: training fixtures folder, or dev: the shipped dev split")
    ap.add_argument("--test", help="transfer: scored fixtures folder, or dev/test: a shipped split (aggregates only)")
    ap.add_argument("-o", "--output", help="train: where to write the weights (default: the shipped file)")
    ap.add_argument("--decides", choices=("rules", "classifier"), default="classifier" if _shipped_enabled() else "rules",
                    help="train: who decides denials in the engine with the written file (default: as the shipped file says)")
    args = ap.parse_args(argv)
    if args.command == "transfer":
        if not args.test:
            ap.error("transfer needs --test")
        train_set = parse(_fixtures(args.train))
        test_set = parse(_fixtures(args.test))
        data = examples(train_set)
        print(_line("rules", denial_counts(briefs(test_set, None))))
        for name in CONFIGS:
            model = train(data, rule_features=name != "classifier", enabled=True)
            print(_line(name, denial_counts(briefs(test_set, model))))
        return 0
    fixtures = load_fixtures(args.fixtures) if args.fixtures else load_fixtures(split="dev")
    fixtures = [f for f in fixtures if f.split in (None, "dev")]
    parsed = parse(fixtures)
    data = examples(parsed)
    print(f"{len(fixtures)} fixtures, {len(data)} candidates, {sum(e.label for e in data)} positive", file=sys.stderr)
    if args.command == "cv":
        for name, counts in cross_validate(parsed, data).items():
            print(_line(name, counts))
        return 0
    model = train(data, rule_features=True, enabled=args.decides == "classifier")
    text = denial_model.dump(model)
    if args.command == "check":
        same = model_path().read_text(encoding="utf-8") == text
        print("the shipped denial model is what `train` makes" if same else "the shipped denial model differs: run `train`")
        return 0 if same else 1
    Path(args.output or model_path()).write_text(text, encoding="utf-8")
    return 0


def _fixtures(where: str) -> list[Fixture]:
    return load_fixtures(split=where) if where in ("dev", "test") else load_fixtures(where)


def _shipped_enabled() -> bool:
    from summarizer.offline import denial_model

    model = denial_model.load()
    return model is not None and model.enabled


if __name__ == "__main__":
    sys.exit(main())
