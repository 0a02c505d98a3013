"""What the model fills in: a compact draft of the brief.

The schema the model sees is rendered compactly (:class:`CompactSchema`); what each field holds
is said once, in the system prompt's rules, not in field descriptions. Strings
and lists are bounded so a constrained decoder cannot run away.

Validation needs the article: pass ``context={"text": article_text}`` (instructor forwards it).
Every problem is reported in one error, worded as an instruction, so instructor's re-ask tells the
model exactly what to fix. With ``context["lenient"] = True`` problems are collected in
``context["problems"]`` as ``(list name, index, message)`` instead of raising: that is how output
still invalid after the last retry is flagged (or dropped with ``--strict``), never silently kept.
"""

from __future__ import annotations

import json
import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator
from pydantic.json_schema import GenerateJsonSchema
from summarizer.schemas.brief import ActorKind, IncidentType

Name = Annotated[str, Field(min_length=1, max_length=120)]
Text = Annotated[str, Field(min_length=1, max_length=400)]
Quote = Annotated[str, Field(min_length=1, max_length=400)]  # words copied verbatim from the article


class CompactSchema(GenerateJsonSchema):
    """The JSON schema the model sees, rendered compactly: it costs prompt tokens on every request
    (OpenAI shows ``response_format``'s schema to the model; other servers get it in the prompt).

    * no ``title`` keys (they repeat the field names; the root keeps its title: tool calls are named by it);
    * no ``default`` (pydantic fills defaults on our side) and no descriptions: what each field
      holds is said once, in the system prompt's rules (``prompts/system.j2``);
    * the enums are inlined where they are used (one use each), so there are no ``$defs``/``$ref``.

    This is the copy servers constrain decoding with, so a nullable field stays
    ``anyOf: [{"maxLength": 80, "type": "string"}, {"type": "null"}]``: every grammar converter keeps
    the bound there (llama-cpp-python's drops it from a type union). The copy the model reads,
    :func:`summarizer.llm.prompting.prompt_schema`, has type unions and no bounds. llama.cpp's grammar
    conversion and vLLM's structured-output backends accept both: ``tests/test_schema_compat.py``."""

    def field_title_should_be_set(self, schema) -> bool:
        return False

    def generate(self, schema, mode="validation"):
        result = super().generate(schema, mode=mode)
        title = result.get("title")
        result = _compact(result)
        result.pop("description", None)  # the root's docstring
        return {"title": title, **result} if title else result


def _compact(schema: dict, defs: dict | None = None) -> dict:
    """One schema node made compact, its subschemas too (``$defs`` inlined from ``defs``)."""
    if defs is None:
        defs = schema.get("$defs", {})
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return _compact({**defs[ref.removeprefix("#/$defs/")], **{k: v for k, v in schema.items() if k != "$ref"}}, defs)
    node = {k: v for k, v in schema.items() if k not in ("$defs", "default", "title", "description")}
    if "properties" in node:
        node["properties"] = {name: _compact(sub, defs) for name, sub in node["properties"].items()}
    if isinstance(node.get("items"), dict):
        node["items"] = _compact(node["items"], defs)
    if isinstance(node.get("anyOf"), list):
        node["anyOf"] = [_compact(o, defs) for o in node["anyOf"]]
    return node


class _Draft(BaseModel):
    model_config = ConfigDict(extra="ignore")

    @classmethod
    def model_json_schema(cls, by_alias=True, ref_template="#/$defs/{model}", schema_generator=CompactSchema,
                          mode="validation", **kwargs):
        """The compact schema, generated once per model and copied out (instructor asks for it on
        every request; generating it costs milliseconds, copying it microseconds).

        instructor wraps the response model in a new same-named subclass on every request, with the
        same fields: the cache is keyed by our own class in the MRO, so it neither misses every time
        nor keeps those throw-away classes alive."""
        own = next((c for c in cls.__mro__ if c in _OWN_MODELS), cls)
        key = (own, by_alias, ref_template, schema_generator, mode, tuple(sorted(kwargs.items())))
        if key not in _SCHEMAS:
            _SCHEMAS[key] = json.dumps(super(_Draft, own).model_json_schema.__func__(
                own, by_alias=by_alias, ref_template=ref_template, schema_generator=schema_generator, mode=mode, **kwargs))
        return json.loads(_SCHEMAS[key])


_SCHEMAS: dict[tuple, str] = {}


class ActorDraft(_Draft):
    name: Name = Field()
    aliases: list[Name] = Field(default_factory=list, max_length=12)
    kind: ActorKind
    role: str | None = Field(default=None, max_length=120)
    evidence: Quote


class IncidentDraft(_Draft):
    type: IncidentType
    description: Text = Field()
    date_text: str | None = Field(default=None, max_length=80)
    date: str | None = Field(default=None, max_length=10)
    location: str | None = Field(default=None, max_length=160)
    weapon: str | None = Field(default=None, max_length=120)
    perpetrator: str | None = Field(default=None, max_length=120)
    alleged_perpetrator: str | None = Field(default=None, max_length=120)
    killed: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)
    evidence: Quote


class ClaimDraft(_Draft):
    id: str = Field(max_length=8)
    claimant: Name = Field()
    content: Text = Field()
    quote: str | None = Field(default=None, max_length=600)
    hedged: bool = False
    evidence: Quote


class DenialDraft(_Draft):
    denier: Name = Field()
    content: Text = Field()
    responds_to: str | None = Field(default=None, max_length=8)
    evidence: Quote


class Extraction(_Draft):
    """Brief of the article."""

    summary: str = Field(max_length=700)
    # required (an empty list is a valid answer): a constrained decoder must then write every
    # list instead of stopping after the summary, which small models otherwise do
    actors: list[ActorDraft] = Field(max_length=40)
    incidents: list[IncidentDraft] = Field(max_length=30)
    claims: list[ClaimDraft] = Field(max_length=40)
    denials: list[DenialDraft] = Field(max_length=20)

    @model_validator(mode="after")
    def _check_against_article(self, info: ValidationInfo) -> Extraction:
        ctx = info.context if isinstance(info.context, dict) else None
        if not ctx or "text" not in ctx:
            return self  # structural validation only
        problems = list(find_problems(self, ctx))
        if not problems:
            return self
        if ctx.get("lenient"):
            ctx.setdefault("problems", []).extend(problems)
            return self
        lines = [f"- {field}[{i}]: {msg}" for field, i, msg in problems[:20]]
        raise ValueError("Fix these problems and answer again:\n" + "\n".join(lines))


# the models defined here (instructor's per-request subclasses copy their name and module)
_OWN_MODELS = frozenset({ActorDraft, IncidentDraft, ClaimDraft, DenialDraft, Extraction})


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", name.casefold()).strip()


def actor_keys(extraction: Extraction) -> set[str]:
    keys: set[str] = set()
    for actor in extraction.actors:
        keys.add(_key(actor.name))
        keys.update(_key(a) for a in actor.aliases)
    return keys


def find_problems(extraction: Extraction, ctx: dict):
    """Yield (list name, index, message) for every check the article text allows."""
    from summarizer.grounding import grounder_for

    grounder = ctx.get("grounder")
    if grounder is None:
        grounder = ctx["grounder"] = grounder_for(ctx["text"])
    names = actor_keys(extraction)
    claim_ids = {c.id.strip().upper() for c in extraction.claims}
    for field in ("actors", "incidents", "claims", "denials"):
        for i, item in enumerate(getattr(extraction, field)):
            if grounder.find(item.evidence) is None:
                yield field, i, f"evidence {item.evidence[:80]!r} is not in the article; copy the exact words"
    for i, claim in enumerate(extraction.claims):
        if _key(claim.claimant) not in names:
            yield "claims", i, f"claimant {claim.claimant!r} is not one of the actors; add it to actors or use an actor's name"
    for i, denial in enumerate(extraction.denials):
        if _key(denial.denier) not in names:
            yield "denials", i, f"denier {denial.denier!r} is not one of the actors; add it to actors or use an actor's name"
        if denial.responds_to and denial.responds_to.strip().upper() not in claim_ids:
            yield "denials", i, f"responds_to {denial.responds_to!r} is not a claim id; use a claim's id or null"
