"""Recorded model answers replayed through the real openai + instructor path on a loopback server
(``summarizer/recorded.py``), and the ``--recorded`` options of ``eval`` and ``summarize``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest
from summarizer.evals.fixtures import DEFAULT_FIXTURES_DIR

from summarizer import Settings, Summarizer
from summarizer.article import make_article
from summarizer.cli import main
from summarizer.recorded import RecordedServer, article_key, request_article

DATA = Path(__file__).parent / "data"
SEED = (DATA / "seed_article.txt").read_text(encoding="utf-8")
ANSWER = json.loads((DATA / "seed_answer.json").read_text(encoding="utf-8"))
RECORDED = Path(__file__).resolve().parents[1] / "evals" / "recorded"


def post(server: RecordedServer, body: dict) -> httpx.Response:
    return httpx.post(server.base_url + "/chat/completions", json=body, timeout=10)


def brief_of(server: RecordedServer, text: str = SEED, **settings):
    s = Settings(backend="openai", model="recorded", base_url=server.base_url, api_key="x", server="openai",
                 cache=False, **settings)
    return Summarizer(s).summarize(make_article(text))


def test_requests_are_matched_by_article_text_not_by_prompt():
    other = "An unrelated article about a harbour opening.\n"
    with RecordedServer({SEED: ANSWER, other: {"summary": "harbour"}}) as server:
        for system in ("prompt A", "a rewritten prompt B"):
            body = {"model": "m", "messages": [{"role": "system", "content": system},
                                               {"role": "user", "content": f"Article:\n<article>\n{SEED}\n</article>"}]}
            reply = post(server, body).json()
            assert json.loads(reply["choices"][0]["message"]["content"]) == ANSWER
        # re-wrapped whitespace is the same article; a re-ask's extra messages carry no article
        rewrapped = " ".join(SEED.split())
        reask = {"messages": [{"role": "user", "content": f"<article>\n{rewrapped}\n</article>"},
                              {"role": "assistant", "content": "{}"}, {"role": "user", "content": "Fix these problems"}]}
        assert json.loads(post(server, reask).json()["choices"][0]["message"]["content"]) == ANSWER
        unknown = post(server, {"messages": [{"role": "user", "content": "<article>\nnever recorded\n</article>"}]})
        assert unknown.status_code == 400 and "no recorded answer" in unknown.json()["error"]["message"]
        tools = {"messages": reask["messages"][:1], "tools": [{"type": "function", "function": {"name": "Extraction"}}]}
        call = post(server, tools).json()["choices"][0]["message"]["tool_calls"][0]["function"]
        assert call["name"] == "Extraction" and json.loads(call["arguments"]) == ANSWER
    assert article_key(SEED) == article_key(rewrapped)


def test_the_last_article_block_is_the_request_article_few_shot_examples_come_first():
    body = {"messages": [{"role": "user", "content": "<article>\nexample\n</article>"},
                         {"role": "assistant", "content": "{}"},
                         {"role": "user", "content": "<article>\nthe real one\n</article>"}]}
    assert request_article(body) == "the real one"


def test_a_valid_answer_is_one_request_through_the_real_client():
    with RecordedServer({SEED: ANSWER}) as server:
        brief = brief_of(server)
    assert server.requests == 1
    assert brief.run.usage.requests == 1 and brief.run.usage.retries == 0 and not brief.warnings
    assert len(brief.claims) == len(ANSWER["claims"]) and brief.denials[0].responds_to


def test_a_reask_gets_the_same_answer_and_every_request_is_counted():
    too_long = dict(ANSWER, summary="x " * 400)  # over the schema's 700 characters: invalid every time
    with RecordedServer({SEED: too_long}) as server:
        brief = brief_of(server, max_retries=2)
    assert server.requests == 3  # the first answer and two re-asks, all answered alike
    assert brief.run.usage.requests == 3 and brief.run.usage.retries == 2
    # salvaged: the items are kept and the brief says what was changed
    assert len(brief.claims) == len(ANSWER["claims"]) and len(brief.summary) == 700
    assert any("cut to 700" in w for w in brief.warnings) and any("still invalid" in w for w in brief.warnings)


def test_a_part_of_a_long_article_gets_the_items_of_that_part():
    with RecordedServer({SEED: ANSWER}) as server:
        brief = brief_of(server, max_chunk_chars=2000)
    assert brief.run.chunks > 1 and server.requests >= brief.run.chunks
    assert not [i for i in brief.items() if i.issues]  # every item was answered in the part that holds it
    assert {c.content for c in brief.claims} == {c["content"] for c in ANSWER["claims"]}


# -- the command line ------------------------------------------------------------------------------------


@pytest.fixture
def three_fixtures(tmp_path):
    """Three shipped fixtures; recorded answers for two of them."""
    ids = sorted(p.stem for p in RECORDED.glob("*.json"))[:3]
    fixtures, answers = tmp_path / "fixtures", tmp_path / "answers"
    answers.mkdir()
    for fid in ids:
        shutil.copytree(DEFAULT_FIXTURES_DIR / fid, fixtures / fid)
    for fid in ids[:2]:
        shutil.copy(RECORDED / f"{fid}.json", answers / f"{fid}.json")
    return fixtures, answers, ids


def eval_report(capsys, *args):
    code = main(["eval", "--no-progress", "--resamples", "200", "--json", *map(str, args)])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out else None), out.err


def test_eval_recorded_scores_every_fixture_and_a_missing_answer_is_an_error_row(capsys, three_fixtures):
    fixtures, answers, ids = three_fixtures
    code, report, err = eval_report(capsys, "--fixtures", fixtures, "--recorded", answers)
    assert code == 1 and "1 of 3 fixture(s) failed" in err
    rows = {r["id"]: r for r in report["fixtures"]}
    assert rows[ids[2]]["error"] == f"no recorded answer {ids[2]}.json in {answers}"
    assert rows[ids[0]]["error"] is None and rows[ids[0]]["fields"]["actors"]["tp"] > 0
    run = report["run"]
    assert run["backend"] == "openai" and run["mode"] == "json_schema" and run["recorded_dir"] == str(answers)
    assert run["requests"] >= 2 and report["grounding_rate"] == 1.0


def test_eval_recorded_only_leaves_the_unanswered_fixtures_out(capsys, three_fixtures):
    fixtures, answers, ids = three_fixtures
    code, report, _ = eval_report(capsys, "--fixtures", fixtures, "--recorded", answers, "--recorded-only")
    assert code == 0
    assert [r["id"] for r in report["fixtures"]] == ids[:2] and report["run"]["failed"] == 0


def test_eval_recorded_a_bad_answer_file_is_that_fixtures_error_row(capsys, three_fixtures):
    fixtures, answers, ids = three_fixtures
    (answers / f"{ids[0]}.json").write_text("[1, 2]", encoding="utf-8")
    code, report, _ = eval_report(capsys, "--fixtures", fixtures, "--recorded", answers, "--recorded-only")
    assert code == 1
    assert "not a JSON object" in report["fixtures"][0]["error"] and report["fixtures"][1]["error"] is None


@pytest.mark.parametrize("args, message", [
    (["--recorded-only"], "--recorded-only needs --recorded DIR"),
    (["--recorded", "DIR", "--backend", "offline"], "does not combine"),
    (["--recorded", "DIR", "--base-url", "http://127.0.0.1:1/v1"], "does not combine"),
    (["--recorded", "DIR", "--predictions", "DIR"], "exclusive"),
])
def test_eval_recorded_option_errors_are_one_line(capsys, tmp_path, args, message):
    args = [str(tmp_path) if a == "DIR" else a for a in args]
    code = main(["eval", "--no-progress", *args])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("summarizer: error: ") and message in err and err.count("\n") == 1


def test_eval_recorded_with_no_such_folder_is_an_input_error(capsys, tmp_path):
    code = main(["eval", "--no-progress", "--recorded", str(tmp_path / "nowhere")])
    err = capsys.readouterr().err
    assert code == 3 and "no such folder of recorded answers" in err


def test_summarize_recorded_reproduces_a_brief_from_a_models_answer(capsys, tmp_path):
    article = tmp_path / "seed.txt"
    article.write_text(SEED, encoding="utf-8")
    answer = tmp_path / "answer.json"
    answer.write_text(json.dumps(ANSWER), encoding="utf-8")
    assert main(["summarize", str(article), "--recorded", str(answer)]) == 0
    brief = json.loads(capsys.readouterr().out)
    assert brief["run"]["backend"] == "openai" and brief["run"]["usage"]["requests"] == 1
    assert [c["content"] for c in brief["claims"]] == [c["content"] for c in ANSWER["claims"]]
    assert all(e["status"] != "not_found" for item in brief["claims"] for e in item["evidence"])

    answer.write_text("{not json", encoding="utf-8")
    assert main(["summarize", str(article), "--recorded", str(answer)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error: ") and "not JSON" in err and err.count("\n") == 1
