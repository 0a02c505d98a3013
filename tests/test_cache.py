import json
from pathlib import Path

import httpx
import pytest
from fake_openai import ScriptedModel, completion

from summarizer import Settings, Summarizer
from summarizer.article import make_article
from summarizer.llm.backend import OpenAIBackend
from summarizer.llm.cache import ReplayMiss, request_key

DATA = Path(__file__).parent / "data"
SEED = make_article((DATA / "seed_article.txt").read_text(encoding="utf-8"))
ANSWER = json.loads((DATA / "seed_answer.json").read_text(encoding="utf-8"))


def brief(model, cache_dir, **kw):
    s = Settings(model="m", base_url="http://model.test/v1", api_key="k", server="vllm", cache_dir=str(cache_dir), **kw)
    return Summarizer(s, backend=OpenAIBackend(s, transport=httpx.MockTransport(model))).summarize(SEED)


def test_unchanged_rerun_costs_no_model_call(tmp_path):
    model = ScriptedModel(completion(ANSWER))
    first = brief(model, tmp_path)
    second = brief(model, tmp_path)
    assert len(model.requests) == 1
    assert first.model_dump(exclude={"run"}) == second.model_dump(exclude={"run"})
    (record_path,) = tmp_path.rglob("*.json")
    record = json.loads(record_path.read_text())
    assert record["format"] == 1 and record["key"] == request_key(record["request"]) == record_path.stem
    assert record["request"]["messages"][-1]["role"] == "user" and record["response"]["choices"]


def test_decoding_settings_are_part_of_the_key(tmp_path):
    model = ScriptedModel(completion(ANSWER))
    brief(model, tmp_path)
    brief(model, tmp_path, temperature=0.7)
    assert len(model.requests) == 2


def test_replay_miss_fails_instead_of_calling_the_model(tmp_path):
    model = ScriptedModel(completion(ANSWER))
    with pytest.raises(ReplayMiss, match="no recorded response"):
        brief(model, tmp_path, replay=True)
    assert model.requests == []
    brief(model, tmp_path)  # record it
    assert brief(model, tmp_path, replay=True).denials and len(model.requests) == 1


def test_no_cache_calls_every_time(tmp_path):
    model = ScriptedModel(completion(ANSWER))
    brief(model, tmp_path, cache=False)
    brief(model, tmp_path, cache=False)
    assert len(model.requests) == 2 and not list(tmp_path.rglob("*.json"))
