"""The compact response schema against the grammar compilers of the servers that enforce it.

vLLM constrains ``json_schema`` decoding with one of its structured-output backends (xgrammar,
guidance = llguidance, outlines = outlines-core); llama.cpp converts the schema to a GBNF grammar.
outlines-core and llguidance are small offline wheels (test dependencies): the schema is compiled
with both on every run, and an answer a model really gave must match outlines' regex. xgrammar
(needs torch) and llama-cpp-python (built from source) are checked where installed; the live
llama.cpp test is ``pytest -m llamacpp``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from summarizer.llm.prompting import prompt_schema, response_schema

RECORDED = Path(__file__).resolve().parents[1] / "evals" / "recorded"


def _keys(node) -> set[str]:
    """Every JSON-schema keyword used (property names are not keywords)."""
    if isinstance(node, dict):
        subs = [v for k, v in node.items() if k != "properties"] + list(node.get("properties", {}).values())
        return set(node) | {k for v in subs for k in _keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v)}
    return set()


def test_the_schema_is_compact():
    schema = response_schema()  # what servers constrain decoding with
    keys = _keys(schema)
    assert not keys & {"default", "$defs", "$ref", "description"}, keys
    role = schema["properties"]["actors"]["items"]["properties"]["role"]
    assert role == {"anyOf": [{"maxLength": 120, "type": "string"}, {"type": "null"}]}  # the bound kept
    assert schema["title"] == "Extraction" and set(schema["required"]) == {"summary", "actors", "incidents", "claims", "denials"}
    read = prompt_schema()  # the copy the model reads: type unions, no bounds, the same fields
    assert not _keys(read) & {"maxLength", "minLength", "maxItems", "minimum", "anyOf", "default", "description"}
    assert read["properties"]["actors"]["items"]["properties"]["role"] == {"type": ["string", "null"]}
    assert read["properties"]["incidents"]["items"]["required"] == schema["properties"]["incidents"]["items"]["required"]


@pytest.mark.parametrize("schema", [response_schema, prompt_schema], ids=["constraint copy", "reading copy"])
def test_llguidance_and_outlines_accept_both_copies(schema):
    from llguidance import LLMatcher, grammar_from
    from outlines_core.json_schema import build_regex_from_schema

    assert LLMatcher.validate_grammar(grammar_from("json_schema", json.dumps(schema()))) == ""
    assert build_regex_from_schema(json.dumps(schema()))


def test_outlines_core_compiles_the_schema_and_a_real_answer_matches_it():
    from outlines_core.json_schema import build_regex_from_schema

    pattern = re.compile(build_regex_from_schema(json.dumps(response_schema())))
    answer = json.loads((RECORDED / "isaf-2012-07-paktika-bermal-airstrike.json").read_text(encoding="utf-8"))
    assert pattern.fullmatch(json.dumps(answer, separators=(",", ":"), ensure_ascii=False))
    too_long = dict(answer, summary="x" * 701)  # over a bound: the grammar does not allow it
    assert not pattern.fullmatch(json.dumps(too_long, separators=(",", ":")))


def test_llguidance_accepts_the_schema():
    from llguidance import LLMatcher, grammar_from

    assert LLMatcher.validate_grammar(grammar_from("json_schema", json.dumps(response_schema()))) == ""
    # the check is real: a broken schema is reported
    assert LLMatcher.validate_grammar(grammar_from("json_schema", json.dumps({"type": "strin"})))


def test_xgrammar_compiles_the_schema():
    xgr = pytest.importorskip("xgrammar", reason="xgrammar needs torch; install it to run this check")
    grammar = xgr.Grammar.from_json_schema(json.dumps(response_schema()))
    assert "root" in str(grammar)


def test_llama_cpp_converts_the_schema_to_a_grammar_with_its_bounds():
    llama_grammar = pytest.importorskip("llama_cpp.llama_grammar", reason="needs llama-cpp-python")
    gbnf = llama_grammar.json_schema_to_gbnf(json.dumps(response_schema()))
    role = next(line for line in gbnf.splitlines() if line.startswith("actors-item-role ::="))
    assert "null" in role and "string ::=" not in role and "string |" not in role  # a bounded string, not any string
    assert llama_grammar.json_schema_to_gbnf(json.dumps(prompt_schema()))  # the reading copy converts too
