import json
from pathlib import Path

import pytest
from summarizer.prompts import PROMPTS_DIR

from summarizer.errors import PromptError
from summarizer.llm import prompting


def test_every_template_renders_strictly():
    for path in PROMPTS_DIR.glob("*.j2"):
        text = prompting.render(path.name, text="T", published="2019-12-10", weekday="Tuesday", source="S", part=None, parts=None,
                                schema=None)
        assert text


def test_a_missing_variable_is_an_error_not_an_empty_string():
    with pytest.raises(PromptError):
        prompting.render(prompting.USER_TEMPLATE, text="only text")


def test_examples_are_checked_against_their_own_text(monkeypatch, tmp_path):
    assert prompting.examples()  # the shipped ones pass
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "bad.yaml").write_text(
        "text: The minister resigned.\noutput:\n  summary: s\n  actors:\n"
        "    - {name: Minister, kind: person, evidence: The minister was fired by the king}\n"
    )
    monkeypatch.setattr(prompting, "PROMPTS_DIR", tmp_path)
    prompting.examples.cache_clear()
    try:
        with pytest.raises(PromptError, match="fails its own validation"):
            prompting.examples()
    finally:
        prompting.examples.cache_clear()


def test_prompt_version_covers_templates_and_schema(monkeypatch, tmp_path):
    v1 = prompting.prompt_version()
    assert len(v1) == 12
    for path in PROMPTS_DIR.rglob("*"):
        if path.is_file() and path.suffix in (".j2", ".yaml"):
            target = tmp_path / path.relative_to(PROMPTS_DIR)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    (tmp_path / "system.j2").write_text((PROMPTS_DIR / "system.j2").read_text() + "\nBe brief.")
    monkeypatch.setattr(prompting, "PROMPTS_DIR", tmp_path)
    prompting.prompt_version.cache_clear()
    try:
        assert prompting.prompt_version() != v1
    finally:
        prompting.prompt_version.cache_clear()


def test_few_shot_example_is_a_user_assistant_pair():
    msgs = prompting.messages("Article body.", published=None, source=None)
    assert [m["role"] for m in msgs] == ["system", "user", "assistant", "user"]
    assert json.loads(msgs[2]["content"])["denials"][0]["responds_to"] == "C2"
    assert [m["role"] for m in prompting.messages("x", few_shot=False)] == ["system", "user"]


def test_schema_cache_is_shared_by_instructors_per_request_subclasses():
    from instructor.v2.core.function_calls import response_schema
    from pydantic import BaseModel
    from summarizer.schemas.extraction import _SCHEMAS, CompactSchema, Extraction

    Extraction.model_json_schema()
    before = len(_SCHEMAS)
    for _ in range(20):
        wrapped = response_schema(Extraction)  # what instructor builds for every request
        assert wrapped.model_json_schema() == BaseModel.model_json_schema.__func__(wrapped, schema_generator=CompactSchema)
    assert len(_SCHEMAS) == before  # no growth: a long batch must not accumulate classes


# The precision rules are decided once, in evals/LABELLING.md ("Precision: what is not an item"), and
# the prompt states them in the same words: each rule's key phrases must be in both.
PRECISION_RULES = {
    "mentioned-only actors": ["mentioned-only people and groups are not actors", "generic roles and crowds are not actors",
                              "named only as a place or as background", "anonymous victims are counted in"],
    "one body, two names": ["two names for one body are one actor", "distinct bodies stay distinct",
                            "a government and its military"],
    "publisher narration": ["a publisher's own narration is not a claim", "is reporting, not a claim of the publisher"],
    "procedural events": ["procedural events are not incidents", "things done to people or property or by force of law"],
    "denials": ["the actor who denies", "the proposition denied"],
    "outlets": ["an outlet a source spoke to is an actor", "the article's own publisher is not an actor"],
}


def _plain(text: str) -> str:
    text = text.replace("*", "").replace("`", "").replace("\u2019", "'").replace('"', "").casefold()
    return " ".join(text.split())


def test_prompt_and_labelling_guide_state_the_same_precision_rules():
    from summarizer.evals import fixtures

    guide = (Path(fixtures.__file__).parent / "LABELLING.md").read_text(encoding="utf-8")
    section = _plain(guide.split("## Precision: what is not an item", 1)[1].split("\n## ", 1)[0])
    prompt = _plain(prompting.messages("Article body.", few_shot=False)[0]["content"])
    for rule, phrases in PRECISION_RULES.items():
        for phrase in phrases:
            assert phrase in section, f"LABELLING.md no longer says ({rule}): {phrase!r}"
            assert phrase in prompt, f"the prompt does not say ({rule}): {phrase!r}"
