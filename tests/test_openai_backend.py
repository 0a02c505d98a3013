"""The real openai + instructor path against a scripted model behind an injected transport."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from fake_openai import ScriptedModel, answer_for_shown_part, completion

from summarizer import BackendError, ConfigError, ModelOutputError, Settings, Summarizer
from summarizer.article import make_article
from summarizer.grounding import verify
from summarizer.llm.backend import OpenAIBackend
from summarizer.llm.dialects import guess_server
from summarizer.llm.prompting import prompt_version

DATA = Path(__file__).parent / "data"
SEED = (DATA / "seed_article.txt").read_text(encoding="utf-8")
ANSWER = json.loads((DATA / "seed_answer.json").read_text(encoding="utf-8"))


def run(model: ScriptedModel, **settings):
    settings.setdefault("server", "vllm")
    s = Settings(backend="openai", model="test-model", **settings)
    backend = OpenAIBackend(s, client=model.client())
    return Summarizer(s, backend=backend).summarize(make_article(SEED))


def all_evidence(brief):
    return [e for item in brief.items() for e in item.evidence]


def test_valid_answer_becomes_a_grounded_resolved_brief():
    model = ScriptedModel(completion(ANSWER))
    brief = run(model)
    assert len(model.requests) == 1
    # every offset reproduces its evidence, in the original (hard-wrapped) text
    evidence = all_evidence(brief)
    assert evidence and all(verify(SEED, e) and e.start is not None for e in evidence)
    wrapped = next(e for e in brief.claims[0].evidence)
    assert "\n" in wrapped.text and SEED[wrapped.start : wrapped.end] == wrapped.text
    # "Esper" and "Mark Esper" are one actor; the denial points at him and at the troops claim
    esper = [a for a in brief.actors if "esper" in a.name.lower()]
    assert len(esper) == 1 and "Esper" in esper[0].aliases + [esper[0].name]
    denial = brief.denials[0]
    assert denial.denier == esper[0].id
    assert brief.claims[int(denial.responds_to[1:]) - 1].content.startswith("the US is weighing")
    robertson = brief.claims[1]
    assert robertson.claimant_name == "Sean Robertson"
    # dates resolved against the header's publication date (2019-12-10, a Tuesday)
    assert brief.article.published.isoformat() == "2019-12-10"
    assert [i.date.iso for i in brief.incidents] == ["2019-12-09", "2019-12-05"]
    assert brief.incidents[0].alleged_perpetrator_name == "Iranian-backed groups"
    assert brief.incidents[0].perpetrator is None
    # run metadata
    assert brief.run.backend == "openai" and brief.run.model == "test-model"
    assert brief.run.prompt_version == prompt_version()
    assert brief.run.usage.requests == 1 and brief.run.usage.total_tokens == 150
    assert brief.run.mode == "json_schema"


def test_invalid_output_is_sent_back_as_a_reask():
    bad = copy.deepcopy(ANSWER)
    bad["claims"][0]["claimant"] = "The Pentagon press office"
    bad["denials"][0]["evidence"] = "I am definitely not going to deploy a single soldier anywhere"
    model = ScriptedModel(completion(bad), completion(ANSWER))
    brief = run(model, max_retries=2)
    assert len(model.requests) == 2
    reask = json.dumps(model.requests[1]["messages"][-1])
    assert "is not one of the actors" in reask and "is not in the article" in reask
    assert brief.run.usage.requests == 2 and brief.run.usage.retries == 1
    assert brief.run.usage.total_tokens == 300
    assert not any(item.issues for item in brief.items())


def test_malformed_json_is_retried():
    model = ScriptedModel(completion("{\"summary\": \"cut off"), completion(ANSWER))
    brief = run(model, max_retries=1)
    assert len(model.requests) == 2 and len(brief.denials) == 1


def test_still_invalid_after_the_last_retry_is_flagged_not_silently_kept():
    bad = copy.deepcopy(ANSWER)
    bad["denials"][0]["evidence"] = "I am definitely not going to deploy a single soldier anywhere"
    brief = run(ScriptedModel(completion(bad)), max_retries=1)
    assert len(brief.denials) == 1
    assert brief.denials[0].issues and "not in the article" in brief.denials[0].issues[0]
    assert brief.denials[0].evidence[0].status == "not_found" and brief.denials[0].evidence[0].start is None
    assert any("still invalid" in w for w in brief.warnings)


def test_strict_drops_what_is_still_invalid():
    bad = copy.deepcopy(ANSWER)
    bad["denials"][0]["evidence"] = "I am definitely not going to deploy a single soldier anywhere"
    brief = run(ScriptedModel(completion(bad)), max_retries=0, strict=True)
    assert brief.denials == [] and len(brief.claims) == 2
    assert any("dropped" in w for w in brief.warnings)


def test_no_json_at_all_raises_model_output_error():
    with pytest.raises(ModelOutputError) as err:
        run(ScriptedModel(completion("I cannot help with that.")), max_retries=1)
    assert "after 2 attempts" in str(err.value)


def test_the_request_says_what_it_must():
    model = ScriptedModel(completion(ANSWER))
    run(model)
    body = model.requests[0]
    system = body["messages"][0]["content"]
    assert "VERBATIM" in system and "responds_to" in system and "alleged_perpetrator" in system
    assert "2019-12-10, a Tuesday" in system
    assert SEED.strip()[:60] in body["messages"][-1]["content"]
    assert body["response_format"]["type"] == "json_schema"
    schema = body["response_format"]["json_schema"]["schema"]
    assert "evidence" in schema["properties"]["claims"]["items"]["required"]
    # vLLM constrains decoding with the bounds; the copy in the prompt, for the model to read, has none
    assert schema["properties"]["actors"]["items"]["properties"]["evidence"]["maxLength"] == 400
    assert '"evidence":{"type":"string"}' in system and "maxLength" not in system
    assert body["temperature"] == 0.0


@pytest.mark.parametrize(
    ("mode", "server", "check"),
    [
        # vLLM constrains decoding with the schema but never shows it to the model: it goes in the prompt too
        ("json_schema", "vllm", lambda b: b["response_format"]["type"] == "json_schema"
         and [m["role"] for m in b["messages"]] == ["system", "user"] and '"properties"' in b["messages"][0]["content"]
         and "maxLength" in json.dumps(b["response_format"]["json_schema"]["schema"])),
        # OpenAI shows response_format's schema to the model: the copy without bounds, and not twice
        ("json_schema", "openai", lambda b: b["response_format"]["type"] == "json_schema"
         and '"properties"' not in b["messages"][0]["content"]
         and b["response_format"]["json_schema"]["name"] == "Extraction"
         and "maxLength" not in json.dumps(b["response_format"]) and "claims" in json.dumps(b["response_format"])),
        ("json", "llamacpp", lambda b: b["response_format"] == {"type": "json_object", "schema": b["response_format"]["schema"]}
         and "maxLength" in json.dumps(b["response_format"]["schema"]) and '"properties"' in b["messages"][0]["content"]),
        ("json", "generic", lambda b: b["response_format"] == {"type": "json_object"}
         and '"properties"' in b["messages"][0]["content"]),
        ("tools", "openai", lambda b: b["tools"][0]["function"]["name"] == "Extraction"),
        ("md_json", "generic", lambda b: "response_format" not in b and b["messages"][2]["role"] == "assistant"),
    ],
)
def test_structured_output_dialects(mode, server, check):
    reply = completion(tool_args=ANSWER) if mode == "tools" else completion(
        "```json\n" + json.dumps(ANSWER) + "\n```" if mode == "md_json" else ANSWER
    )
    model = ScriptedModel(reply)
    brief = run(model, mode=mode, server=server)
    assert check(model.requests[0])
    assert len(brief.claims) == 2


@pytest.mark.parametrize(("owned_by", "server", "mode"), [("vllm", "vllm", "json_schema"), ("me", "llamacpp", "json"),
                                                          ("llamacpp", "llamacpp", "json"), ("weird", "generic", "json")])
def test_server_is_guessed_from_models_listing(owned_by, server, mode):
    model = ScriptedModel(completion(ANSWER), owned_by=owned_by)
    backend = OpenAIBackend(Settings(model="m", base_url="http://model.test/v1"), client=model.client())
    assert (backend.server, backend.mode) == (server, mode)


def test_server_guess_by_url():
    assert guess_server(None) == "openai"
    assert guess_server("http://localhost:11434/v1") == "ollama"
    assert guess_server("http://localhost:1234/v1") == "lmstudio"


@pytest.mark.parametrize(("status", "error", "words"), [(401, ConfigError, "API key"), (404, ConfigError, "no model"),
                                                        (400, BackendError, "answered 400: bad things")])
def test_http_errors_become_one_clear_error(status, error, words):
    model = ScriptedModel((status, {"error": {"message": "bad things"}}))
    with pytest.raises(error) as err:
        run(model)
    assert words in str(err.value) and "\n" not in str(err.value)


_answer_for_part = answer_for_shown_part(ANSWER)


def test_long_articles_are_chunked_and_merged():
    model = ScriptedModel(_answer_for_part)
    brief = run(model, max_chunk_chars=2000, chunk_overlap=300)
    assert len(model.requests) == 3 and brief.run.chunks == 3
    assert "part 1 of 3" in model.requests[0]["messages"][-1]["content"]
    # the parts' evidence is grounded against the whole article; duplicates from the overlap removed
    assert all(verify(SEED, e) for e in all_evidence(brief))
    spans = [(e.start, e.end) for c in brief.claims for e in c.evidence]
    assert len(spans) == len(set(spans)) == 2
    assert not any(item.issues for item in brief.items())
    assert len([a for a in brief.actors if "esper" in a.name.lower()]) == 1
    assert brief.denials[0].responds_to is not None  # linked across parts by content overlap


def test_missing_model_and_key_are_config_errors():
    with pytest.raises(ConfigError, match="no model"):
        OpenAIBackend(Settings())
    with pytest.raises(ConfigError, match="disabled|API key"):
        OpenAIBackend(Settings(model="m"))


def test_an_answer_cut_off_at_max_tokens_is_one_clear_error():
    cut = completion('{"summary": "The US gov')
    cut["choices"][0]["finish_reason"] = "length"
    with pytest.raises(ModelOutputError, match="cut off at max_tokens"):
        run(ScriptedModel(cut), max_retries=1)
