"""The brief: what summarizer returns for one article.

Every item carries ``evidence``: spans of the *original* input such that
``text[e.start:e.end] == e.text`` whenever ``e.status`` is not ``not_found``.
Cross-references use item ids (``a1``, ``c2``); the ``*_name`` fields repeat the actor's
canonical name for readers of the JSON.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

SCHEMA_VERSION = "1"


class ActorKind(str, Enum):
    person = "person"
    organization = "organization"
    government = "government"
    military = "military"
    armed_group = "armed_group"
    media = "media"
    other = "other"


class IncidentType(str, Enum):
    attack = "attack"
    strike = "strike"
    seizure = "seizure"
    arrest = "arrest"
    deployment = "deployment"
    protest = "protest"
    other = "other"


class GroundingStatus(str, Enum):
    exact = "exact"  # the quote occurs verbatim
    normalized = "normalized"  # it occurs once whitespace, case and quote marks are normalised
    fuzzy = "fuzzy"  # a close match was found; ``text`` is the source span, ``quote`` what was asked
    not_found = "not_found"


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The evidence: exactly text[start:end] when grounded")
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    status: GroundingStatus
    score: float = Field(default=1.0, ge=0, le=1, description="Alignment similarity, 1.0 for exact")
    quote: str | None = Field(default=None, description="The quote as the extractor gave it, when it differs from text")


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    evidence: list[Evidence] = Field(default_factory=list)
    issues: list[str] = Field(
        default_factory=list,
        description="Validation problems left after every retry; empty for a clean item",
    )

    @model_serializer(mode="wrap")
    def _evidence_last(self, handler):
        data = handler(self)
        for key in ("evidence", "issues"):
            if key in data:
                data[key] = data.pop(key)
        return data


class Actor(_Item):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: ActorKind = ActorKind.other
    role: str | None = None


class DateValue(BaseModel):
    model_config = ConfigDict(extra="forbid")

    iso: str | None = Field(default=None, description="YYYY-MM-DD, YYYY-MM or YYYY")
    text: str | None = Field(default=None, description="The words the date came from")
    precision: Literal["day", "month", "year", "unknown"] = "unknown"


class Incident(_Item):
    type: IncidentType
    description: str
    date: DateValue | None = None
    location: str | None = None
    weapon: str | None = None
    perpetrator: str | None = Field(default=None, description="Actor id the text states as the doer")
    perpetrator_name: str | None = None
    alleged_perpetrator: str | None = Field(default=None, description="Actor id the text only suspects or accuses")
    alleged_perpetrator_name: str | None = None
    killed: int | None = Field(default=None, ge=0)
    injured: int | None = Field(default=None, ge=0)


class Claim(_Item):
    claimant: str | None = Field(default=None, description="Actor id")
    claimant_name: str | None = None
    content: str
    quote: str | None = None
    hedged: bool = False


class Denial(_Item):
    denier: str | None = Field(default=None, description="Actor id")
    denier_name: str | None = None
    content: str
    responds_to: str | None = Field(default=None, description="Id of the claim this denial answers")


class ArticleMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str | None = None
    source: str | None = None
    published: dt.date | None = None
    dateline: str | None = None
    title: str | None = None
    chars: int = 0
    sha256: str = ""


class Usage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    requests: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def add(self, other: Usage) -> Usage:
        return Usage(**{k: getattr(self, k) + getattr(other, k) for k in type(self).model_fields})


class RunInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: str
    model: str | None = None
    mode: str | None = None
    prompt_version: str
    schema_version: str = SCHEMA_VERSION
    tool_version: str = ""
    created: dt.datetime | None = None
    chunks: int = 1
    usage: Usage = Field(default_factory=Usage)
    extractive_summary: bool = Field(default=False, description="True when the summary is copied sentences")


class Brief(BaseModel):
    """A structured, evidence-grounded brief of one article."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    summary: str = ""
    article: ArticleMeta = Field(default_factory=ArticleMeta)
    actors: list[Actor] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    denials: list[Denial] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    run: RunInfo | None = None

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def items(self):
        """Every item of every list, in order."""
        yield from self.actors
        yield from self.incidents
        yield from self.claims
        yield from self.denials
