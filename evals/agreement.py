"""Inter-annotator agreement: a second labelling scored against the primary one with the same scorer.

Second labellings live in ``evals/agreement/second/<id>/gold.yaml``; their ids need not equal the
primary fixtures' ids. A pair is found by, in order: the same ``corpus_id`` field, the same article
text (sha256, then sha256 of the whitespace-normalised text), the same ``id``. Agreement is pairwise
F1 per field (the second labelling plays the prediction, optional items neutral on both sides),
which equals positive specific agreement (Hripcsak & Rothschild 2005).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from summarizer.evals.fixtures import Fixture, load_fixtures
from summarizer.evals.scorer import Config, CorpusScore, score_gold_pair

from summarizer.errors import FixtureError

DEFAULT_SECOND_DIR = Path(__file__).parent / "agreement" / "second"

__all__ = ["DEFAULT_SECOND_DIR", "pair_fixtures", "score_agreement"]


def _loose_sha(text: str | None) -> str:
    return hashlib.sha256(" ".join((text or "").split()).encode("utf-8")).hexdigest()


def pair_fixtures(primary: Sequence[Fixture], second: Sequence[Fixture]) -> tuple[list[tuple[Fixture, Fixture]], list[Fixture]]:
    """(pairs of (primary, second), second labellings with no primary)."""
    by_corpus: dict[str, Fixture] = {}
    by_sha: dict[str, Fixture] = {}
    by_loose: dict[str, Fixture] = {}
    for f in primary:  # the first fixture wins when two share a text
        if f.corpus_id:
            by_corpus.setdefault(f.corpus_id, f)
        by_sha.setdefault(f.sha256, f)
        by_loose.setdefault(_loose_sha(f.text), f)
    by_id = {f.id: f for f in primary}
    pairs, unpaired = [], []
    for s in second:
        match = (
            (by_corpus.get(s.corpus_id) if s.corpus_id else None)
            or by_sha.get(s.sha256)
            or by_loose.get(_loose_sha(s.text))
            or by_id.get(s.id)
        )
        if match is None:
            unpaired.append(s)
        else:
            pairs.append((match, s))
    return pairs, unpaired


def score_agreement(primary_dir: str | Path | None = None, second_dir: str | Path | None = None, *,
                    config: Config | None = None) -> tuple[CorpusScore, list[tuple[Fixture, Fixture]]]:
    """Score every second labelling under ``second_dir`` against its primary fixture."""
    primary = load_fixtures(primary_dir)
    second = load_fixtures(second_dir if second_dir is not None else DEFAULT_SECOND_DIR)
    pairs, unpaired = pair_fixtures(primary, second)
    if unpaired:
        names = ", ".join(str(s.path or s.id) for s in unpaired)
        raise FixtureError(f"no primary fixture has the same corpus_id, text or id as: {names}")
    config = config or Config()
    scores = []
    for a, b in pairs:
        score = score_gold_pair(a, b, config=config)
        if b.id != a.id:
            score.id = f"{a.id} (second: {b.id})"
        scores.append(score)
    return CorpusScore(scores, config), pairs
