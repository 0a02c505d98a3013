"""Batch-API files: exported requests are the online requests; imported results the online briefs."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import httpx
import pytest
from fake_openai import ScriptedModel, answer_for_shown_part, completion

from summarizer import InputError, Settings, Summarizer
from summarizer.article import make_article, read_articles
from summarizer.batch.batchapi import export_requests, import_results
from summarizer.llm.backend import OpenAIBackend, capture_request

DATA = Path(__file__).parent / "data"
SEED = (DATA / "seed_article.txt").read_text(encoding="utf-8")
ANSWER = json.loads((DATA / "seed_answer.json").read_text(encoding="utf-8"))
SETTINGS = Settings(backend="openai", model="test-model", server="vllm", api_key="test-key")


def seed(article_id="seed"):
    return make_article(SEED, id=article_id)


def short(n):
    return make_article(f"BAGHDAD - Rockets struck base number {n} on Monday, officials said.", id=f"a{n}")


def export(articles, settings=SETTINGS):
    out = io.StringIO()
    count = export_requests(settings, articles, out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(lines)
    return lines


def output_record(custom_id, body=None, *, status=200, error=None):
    """One line of an OpenAI Batch API (or vLLM run_batch) output file."""
    response = None if error else {"status_code": status, "request_id": f"req-{custom_id}", "body": body}
    return json.dumps({"id": f"batch_req_{custom_id}", "custom_id": custom_id, "response": response, "error": error})


def run_import(results, articles, settings=SETTINGS):
    briefs, errors = {}, []
    ok, failed = import_results(
        settings, iter(results), iter(articles),
        on_brief=lambda brief: briefs.__setitem__(brief.article.id, brief),
        on_error=lambda cid, message: errors.append((cid, message)),
    )
    assert (ok, failed) == (len(briefs), len(errors))
    return briefs, errors


def online(answer_or_reply, article, settings=SETTINGS):
    model = ScriptedModel(answer_or_reply)
    s = settings.with_(cache=False, max_retries=0)
    return Summarizer(s, backend=OpenAIBackend(s, transport=httpx.MockTransport(model))).summarize(article)


def content(brief):
    return brief.model_dump(mode="json", exclude={"run": {"created"}})


# -- export --------------------------------------------------------------------------------


def test_export_writes_the_exact_online_request_per_article():
    articles = [short(n) for n in range(3)]
    lines = export(a for a in articles)  # a generator: export streams
    assert [line["custom_id"] for line in lines] == ["a0", "a1", "a2"]
    for line, article in zip(lines, articles):
        assert set(line) == {"custom_id", "method", "url", "body"}
        assert line["method"] == "POST" and line["url"] == "/v1/chat/completions"
        expected = {k: v for k, v in capture_request(SETTINGS, article).items() if not k.startswith("_")}
        assert line["body"] == expected
        assert not any(k.startswith("_") for k in line["body"])
        assert line["body"]["model"] == "test-model" and line["body"]["response_format"]["type"] == "json_schema"
        assert article.text in line["body"]["messages"][-1]["content"]


def test_export_body_is_what_the_online_run_posts():
    model = ScriptedModel(completion(ANSWER))
    s = SETTINGS.with_(cache=False)
    Summarizer(s, backend=OpenAIBackend(s, transport=httpx.MockTransport(model))).summarize(seed())
    (line,) = export([seed()])
    assert line["body"] == model.requests[0]


def test_export_reads_a_jsonl_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": short(i).text, "published": "2019-12-10"}) + "\n"
                            for i in range(3)))
    lines = export(read_articles(str(path)))
    assert [line["custom_id"] for line in lines] == ["n0", "n1", "n2"]
    assert "2019-12-10" in lines[0]["body"]["messages"][0]["content"]


def test_duplicate_ids_are_an_input_error():
    with pytest.raises(InputError, match="duplicate article id") as err:
        export([short(1), short(2), short(1)])
    assert "a1" in str(err.value) and "\n" not in str(err.value)


def test_long_articles_are_exported_one_line_per_part():
    s = SETTINGS.with_(max_chunk_chars=2000, chunk_overlap=300)
    lines = export([seed(), short(1)], s)
    assert [line["custom_id"] for line in lines] == ["seed#1", "seed#2", "seed#3", "a1"]
    assert "part 1 of 3" in lines[0]["body"]["messages"][-1]["content"]
    assert "part 3 of 3" in lines[2]["body"]["messages"][-1]["content"]
    first = {k: v for k, v in capture_request(s, seed()).items() if not k.startswith("_")}
    assert lines[0]["body"] == first


def test_part_ids_may_not_collide_with_article_ids():
    s = SETTINGS.with_(max_chunk_chars=2000, chunk_overlap=300)
    with pytest.raises(InputError, match="seed#2"):
        export([seed(), make_article("A short text about nothing.", id="seed#2")], s)


# -- import --------------------------------------------------------------------------------


_answer_for = answer_for_shown_part(ANSWER)


def _fabricate(requests):
    """The Batch API output file for ``requests``: each answered by the scripted model, shuffled."""
    return [output_record(r["custom_id"], _answer_for(r["body"])) for r in reversed(requests)]


def test_round_trip_gives_the_online_brief():
    articles = [seed("s1"), seed("s2")]
    requests = export(articles)
    briefs, errors = run_import(_fabricate(requests), articles)
    assert errors == [] and list(briefs) == ["s1", "s2"]  # article order, whatever the results order
    expected = online(completion(ANSWER), seed("s1"))
    assert content(briefs["s1"]) == content(expected)
    assert briefs["s1"].denials and not any(item.issues for item in briefs["s1"].items())
    # usage is read from the recorded body
    assert briefs["s1"].run.usage.requests == 1 and briefs["s1"].run.usage.total_tokens == 150
    assert briefs["s2"].article.id == "s2"


def test_round_trip_of_a_chunked_article_gives_the_online_brief(tmp_path):
    s = SETTINGS.with_(max_chunk_chars=2000, chunk_overlap=300)
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "seed", "text": SEED}) + "\n" + json.dumps({"id": "a1", "text": short(1).text}) + "\n")
    requests = export(read_articles(str(path)), s)
    assert len(requests) == 4
    briefs, errors = run_import(_fabricate(requests), read_articles(str(path)), s)
    assert errors == []
    expected = online(_answer_for, next(read_articles(str(path))), s)
    assert briefs["seed"].run.chunks == 3 and briefs["seed"].run.usage.requests == 3
    assert content(briefs["seed"]) == content(expected)


def test_errors_and_unknown_ids_go_to_on_error_and_the_run_goes_on():
    articles = [short(n) for n in range(6)]
    answer = completion({"summary": "Rockets struck a base.", "actors": [], "incidents": [], "claims": [], "denials": []})
    results = [
        output_record("a0", answer),
        output_record("a1", error={"code": "batch_expired", "message": "This request could not be executed before the completion window expired."}),
        output_record("a2", {"error": {"message": "rate limited", "type": "requests"}}, status=429),
        output_record("a3", completion("I cannot help with that.")),
        output_record("ghost", answer),
        "this is not json",
        json.dumps({"id": "x", "response": {"status_code": 200, "body": answer}}),
        output_record("a5", answer),
        # a4: no result at all
    ]
    briefs, errors = run_import(results, articles)
    assert list(briefs) == ["a0", "a5"]
    by_id = dict(errors)
    assert "batch_expired" in by_id["a1"] and "expired" in by_id["a1"]
    assert "429" in by_id["a2"] and "rate limited" in by_id["a2"]
    assert "no parseable JSON" in by_id["a3"]
    assert "no article" in by_id["ghost"]
    assert "invalid JSON" in by_id["results line 6"]
    assert "custom_id" in by_id["results line 7"]
    assert "no result" in by_id["a4"]
    assert len(errors) == 7 and all("\n" not in m for _, m in errors)


def test_evidence_not_in_the_article_is_flagged_not_kept_silently():
    bad = copy.deepcopy(ANSWER)
    bad["denials"][0]["evidence"] = "I am definitely not going to deploy a single soldier anywhere"
    requests = export([seed()])
    results = [output_record(requests[0]["custom_id"], completion(bad))]
    briefs, errors = run_import(results, [seed()])
    assert errors == []
    denial = briefs["seed"].denials[0]
    assert denial.issues and "not in the article" in denial.issues[0]
    assert denial.evidence[0].status == "not_found" and denial.evidence[0].start is None
    assert any("still invalid" in w for w in briefs["seed"].warnings)
    assert content(briefs["seed"]) == content(online(completion(bad), seed()))
    # with strict, dropped as online
    strict = SETTINGS.with_(strict=True)
    briefs, _ = run_import(results, [seed()], strict)
    assert briefs["seed"].denials == [] and any("dropped" in w for w in briefs["seed"].warnings)


def test_a_missing_part_or_changed_chunking_is_reported():
    s = SETTINGS.with_(max_chunk_chars=2000, chunk_overlap=300)
    requests = export([seed()], s)
    results = _fabricate(requests)
    briefs, errors = run_import(results[:2], [seed()], s)  # one part lost
    assert briefs == {} and len(errors) == 1 and "1 of 3 parts" in errors[0][1]
    briefs, errors = run_import(results, [seed()])  # imported without the export's chunking
    assert briefs == {} and len(errors) == 1 and "same chunking" in errors[0][1]


def test_a_rerun_success_wins_over_an_earlier_failure():
    requests = export([seed()])
    results = [output_record("seed", error={"code": "server_error", "message": "boom"}), *_fabricate(requests)]
    briefs, errors = run_import(results, [seed()])
    assert errors == [] and briefs["seed"].denials


def test_import_never_calls_a_model():
    # conftest refuses network access; a 200 answer is used as is, nothing else is requested
    requests = export([seed()])
    briefs, _ = run_import(_fabricate(requests), [seed()], SETTINGS.with_(base_url="https://models.example.invalid/v1", server=None))
    assert briefs["seed"].run.usage.requests == 1
