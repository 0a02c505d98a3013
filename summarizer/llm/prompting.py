"""Render the request messages from the Jinja2 templates in ``summarizer.prompts``.

Templates are rendered with ``StrictUndefined``: a missing variable is an error, not an empty
string. Few-shot examples are YAML data; each is validated like a model answer (its evidence must
be found in its own text) before it may be used. The prompt version is a hash of the templates, the
examples and the JSON schema the model sees; it is recorded in every brief.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import lru_cache

import jinja2
import yaml
from pydantic import ValidationError

from summarizer.errors import PromptError
from summarizer.injection import fence
from summarizer.prompts import PROMPTS_DIR
from summarizer.schemas.extraction import Extraction

SYSTEM_TEMPLATE = "system.j2"
USER_TEMPLATE = "extract.j2"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PROMPTS_DIR)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
        autoescape=False,
    )


def render(template: str, **variables) -> str:
    try:
        return environment().get_template(template).render(**variables).strip()
    except jinja2.TemplateError as e:
        raise PromptError(f"template {template}: {e}") from e


@lru_cache(maxsize=1)
def examples() -> tuple[dict, ...]:
    """The few-shot examples, each checked against its own text."""
    found = []
    for path in sorted((PROMPTS_DIR / "examples").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        try:
            output = Extraction.model_validate(data["output"], context={"text": data["text"]})
        except (KeyError, TypeError) as e:
            raise PromptError(f"example {path.name}: needs 'text' and 'output' ({e})") from e
        except ValidationError as e:
            raise PromptError(f"example {path.name} fails its own validation: {e}") from e
        found.append(
            {
                "name": path.stem,
                "text": data["text"],
                "published": data.get("published"),
                "source": data.get("source"),
                "output": output.model_dump(mode="json", exclude_defaults=True),
            }
        )
    return tuple(found)


def _article_vars(text: str, published: dt.date | None, source: str | None, part=None, parts=None) -> dict:
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return {
        "text": fence(text),  # the article can never close or reopen its own <article> delimiter
        "published": published.isoformat() if published else None,
        "weekday": published.strftime("%A") if published else None,
        "source": source,
        "part": part,
        "parts": parts,
    }


def messages(
    text: str,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    part: int | None = None,
    parts: int | None = None,
    few_shot: bool = True,
    schema_in_prompt: bool = False,
) -> list[dict]:
    """The chat messages for one article (or one part of a long one). ``schema_in_prompt`` puts the
    schema the model reads (:func:`prompt_schema`) in the system message, for servers that use the
    response schema to constrain decoding but never show it to the model."""
    schema = json.dumps(prompt_schema(), separators=(",", ":")) if schema_in_prompt else None
    system = render(SYSTEM_TEMPLATE, schema=schema, **_article_vars("", published, source))
    msgs = [{"role": "system", "content": system}]
    if few_shot:
        for ex in examples():
            ex_vars = _article_vars(ex["text"], ex["published"], ex["source"])
            msgs.append({"role": "user", "content": render(USER_TEMPLATE, **ex_vars)})
            msgs.append({"role": "assistant", "content": json.dumps(ex["output"], ensure_ascii=False, separators=(",", ":"))})
    msgs.append({"role": "user", "content": render(USER_TEMPLATE, **_article_vars(text, published, source, part, parts))})
    return msgs


def response_schema() -> dict:
    """The response schema with its bounds (string lengths, list sizes): what a server constrains
    decoding with (vLLM's ``json_schema``, llama.cpp's ``response_format.schema``, tool parameters)."""
    return Extraction.model_json_schema()


# bounds keep a constrained decoder from running away; a model reading the schema cannot count
# characters, so they are left out of the copy it reads (pydantic still checks them on our side)
_BOUNDS = frozenset({"maxLength", "minLength", "maxItems", "minItems", "minimum", "maximum"})


def _for_reading(schema: dict) -> dict:
    """``schema`` without bounds, a nullable ``anyOf`` written as a type union ``["string", "null"]``."""
    node = {k: v for k, v in schema.items() if k not in _BOUNDS}
    if "properties" in node:  # a mapping of names, not a schema: its keys are never dropped
        node["properties"] = {name: _for_reading(sub) for name, sub in node["properties"].items()}
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), dict):
            node[key] = _for_reading(node[key])
    if isinstance(node.get("$defs"), dict):
        node["$defs"] = {name: _for_reading(sub) for name, sub in node["$defs"].items()}
    if isinstance(node.get("anyOf"), list):
        options = [_for_reading(sub) for sub in node.pop("anyOf")]
        other = [o for o in options if o != {"type": "null"}]
        if len(options) == 2 and len(other) == 1 and set(other[0]) == {"type"} and isinstance(other[0]["type"], str):
            node["type"] = [other[0]["type"], "null"]
        else:
            node["anyOf"] = options
    return node


@lru_cache(maxsize=1)
def _prompt_schema_json() -> str:
    return json.dumps(_for_reading(response_schema()))


def prompt_schema() -> dict:
    """The schema the model reads: :func:`response_schema` without its bounds, nullable fields as
    type unions. It goes in the system prompt (vLLM, llama.cpp, Ollama, LM Studio, generic servers)
    or in OpenAI's ``response_format``, which OpenAI shows to the model (its ``json_schema`` without
    ``strict`` does not constrain decoding)."""
    return json.loads(_prompt_schema_json())


@lru_cache(maxsize=1)
def prompt_version() -> str:
    """Hash of every template, every example and the response schema."""
    h = hashlib.sha256()
    for path in sorted(PROMPTS_DIR.rglob("*")):
        if path.suffix in (".j2", ".yaml"):
            h.update(path.relative_to(PROMPTS_DIR).as_posix().encode())
            h.update(path.read_bytes())
    h.update(json.dumps(response_schema(), sort_keys=True).encode())
    return h.hexdigest()[:12]
