"""The learned denial classifier (summarizer/offline/denial_classifier.py, weights in
rules/denial_model.yaml, trained by summarizer.evals.train_denials): candidates and their features
on short invented sentences, the shipped model on clear cases, and the fitting itself."""

from __future__ import annotations

import dataclasses

import pytest
from offline_stages import with_frames
from summarizer.evals import train_denials

from summarizer.offline import attribution, denial_classifier, denial_model, denials
from summarizer.offline.rules import load


def candidates_of(text: str) -> list[denial_classifier.Candidate]:
    ctx = with_frames(text)
    return denial_classifier.candidates(ctx, attribution.claims(ctx), denials.rule_denials(ctx))


def only(text: str) -> denial_classifier.Candidate:
    found = candidates_of(text)
    assert len(found) == 1, [(c.row[0].denier_name, sorted(c.features)) for c in found]
    return found[0]


def test_a_denial_verb_gives_a_candidate_from_the_rules_with_its_subject_as_denier():
    cand = only("Russia's Interior Ministry denied the report that its officers had fired on the crowd.")
    assert cand.row[0].denier_name == "Interior Ministry"
    assert cand.row[0].content == "that its officers had fired on the crowd"
    assert {"rule=any", "rule=verb", "class=denial_verb", "via=subject", "object=proposition"} <= cand.features


def test_a_push_back_without_denial_wording_is_a_candidate_the_rules_do_not_find():
    cand = only("Acme Corp insisted it had acted lawfully.")
    assert cand.row[0].denier_name == "Acme Corp"
    assert cand.row[0].content == "it had acted lawfully"
    assert "rule=any" not in cand.features
    assert {"class=speech", "via=subject", "role=main"} <= cand.features


def test_a_reported_dismissal_is_denied_by_the_speaker_above_it():
    cand = only("Senator Maria Lopez said the accusations were politically motivated.")
    assert cand.row[0].denier_name == "Maria Lopez"
    assert {"rule=frame", "class=proposition_noun", "under_speech", "accusation_near", "via=speaker"} <= cand.features


def test_negation_and_quotes_are_features():
    cand = only('"These claims are not true," the spokesman for the Defence Ministry said.')
    assert {"negated", "quoted", "sentence_quoted"} <= cand.features


def test_a_sentence_without_a_cue_is_no_candidate():
    assert candidates_of("The Foreign Ministry said the talks would resume in Geneva on Monday.") == []


def test_a_sentence_answering_an_earlier_claim_has_the_answer_features():
    text = ("Police said the protesters had thrown stones at officers. "
            "The Green Party denied that the protesters had thrown stones.")
    cand = next(c for c in candidates_of(text) if "rule=verb" in c.features)
    assert {"answers_claim", "echoes_before"} <= cand.features


# -- the shipped model ----------------------------------------------------------------------------


def test_the_shipped_model_loads_and_is_off_by_default():
    model = denial_model.load()
    assert model is not None and model.weights and 0.0 < model.threshold < 1.0
    assert not model.enabled and load().denial_model is None  # the rules decide unless the file switches it on
    assert model.meta["positives"] > 0 and model.meta["examples"] > model.meta["positives"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Russia's Interior Ministry denied the report that its officers had fired on the crowd.", True),
    ("Amnesty International called for an investigation into the shooting.", False),
])
def test_the_shipped_model_on_clear_cases(text, kept):
    model = denial_model.load()
    assert model is not None
    cand = only(text)
    assert model.accepts(cand.features) is kept


def test_switched_on_the_engine_keeps_what_the_model_accepts():
    model = denial_model.load()
    assert model is not None
    ctx = with_frames("Russia's Interior Ministry denied the report. Amnesty International called for an investigation.")
    ctx.rules = dataclasses.replace(load(), denial_model=dataclasses.replace(model, enabled=True))
    rows = denial_classifier.find(ctx, attribution.claims(ctx))
    assert [d.denier_name for d, _, _ in rows] == ["Interior Ministry"]


def test_the_model_file_round_trips():
    model = denial_model.load()
    assert model is not None
    again = denial_model.from_data(__import__("yaml").safe_load(denial_model.dump(model)))
    assert again.as_data() == model.as_data()


# -- the fitting ----------------------------------------------------------------------------------


def _toy() -> list[train_denials.Example]:
    """A feature that marks denials, one that marks non-denials, noise elsewhere, ten fixtures."""
    out = []
    for n in range(40):
        label = n % 3 == 0
        feats = {"class=denial_verb" if label else "class=other", f"noise={n % 4}"}
        if n % 7 == 0:
            feats.add("negated")
        out.append(train_denials.Example(f"f{n % 10}", frozenset(feats), int(label)))
    return out


def test_fit_learns_the_separating_feature_and_is_deterministic():
    data = _toy()
    weights, bias = train_denials.fit(data, 1.0, rule_features=True)
    assert weights["class=denial_verb"] > 1.0 > -1.0 > weights["class=other"]
    assert train_denials.fit(data, 1.0, rule_features=True) == (weights, bias)


def test_train_chooses_its_settings_by_inner_cv_and_writes_the_same_file_twice():
    data = _toy()
    model = train_denials.train(data, rule_features=True)
    assert model.meta["l2"] in train_denials.L2_GRID
    assert model.accepts({"class=denial_verb"}) and not model.accepts({"class=other"})
    assert denial_model.dump(model) == denial_model.dump(train_denials.train(data, rule_features=True))


def test_without_rule_features_the_rules_decision_is_not_learned():
    data = [dataclasses.replace(e, features=e.features | {"rule=verb"}) for e in _toy()]
    weights, _ = train_denials.fit(data, 1.0, rule_features=False)
    assert not any(f.startswith("rule=") for f in weights)
