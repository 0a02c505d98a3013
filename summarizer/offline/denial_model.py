"""The learned denial classifier's weights: data in ``rules/denial_model.yaml``, made by a command.

The file is written by ``python -m summarizer.evals.train_denials train`` (an L2-regularised
logistic regression over the features of :mod:`summarizer.offline.denial_classifier`, fitted on
the ``dev`` fixtures only); it is read here. ``decides: classifier`` switches the offline engine to
it; ``decides: rules`` (the default) leaves the denial rules of :mod:`summarizer.offline.denials`
deciding alone. (Strings, not YAML booleans: every rule file value stays a string.)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

MODEL_FILE = "denial_model.yaml"


@dataclass(frozen=True)
class DenialModel:
    """feature -> weight, a bias and a decision threshold on the probability."""

    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5
    rule_features: bool = True  # whether the rules' own decision ("rule=verb", ...) is a feature
    enabled: bool = False
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, features: Iterable[str]) -> bool:
        return self.probability(features) >= self.threshold

    def as_data(self) -> dict[str, Any]:
        return {"decides": "classifier" if self.enabled else "rules", "threshold": self.threshold,
                "features": "rules+classifier" if self.rule_features else "classifier",
                "bias": round(self.bias, 4), **({"meta": dict(self.meta)} if self.meta else {}),
                "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())}}


def from_data(data: Mapping[str, Any]) -> DenialModel:
    return DenialModel(weights={str(k): float(v) for k, v in (data.get("weights") or {}).items()},
                       bias=float(data.get("bias", 0.0)), threshold=float(data.get("threshold", 0.5)),
                       rule_features=data.get("features", "rules+classifier") == "rules+classifier",
                       enabled=data.get("decides", "rules") == "classifier",
                       meta=dict(data.get("meta") or {}))


def dump(model: DenialModel) -> str:
    header = ("# Written by `python -m summarizer.evals.train_denials train` (do not edit by hand): the denial\n"
              "# classifier's logistic-regression weights, fitted on the dev fixtures only. `decides:\n"
              "# classifier` switches the offline engine to it (summarizer/offline/denial_classifier.py);\n"
              "# `decides: rules` leaves the rules deciding (train --decides classifier|rules).\n")
    return header + yaml.safe_dump(model.as_data(), sort_keys=False, allow_unicode=True)


@lru_cache(maxsize=1)
def load() -> DenialModel | None:
    """The shipped model, or None when there is no model file."""
    path = resources.files("summarizer.offline").joinpath("rules", MODEL_FILE)
    if not path.is_file():
        return None
    return from_data(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
