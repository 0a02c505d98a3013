"""Pydantic models of the brief (installed as ``summarizer.schemas``)."""

from summarizer.schemas.brief import (
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    ArticleMeta,
    Brief,
    Claim,
    DateValue,
    Denial,
    Evidence,
    GroundingStatus,
    Incident,
    IncidentType,
    RunInfo,
    Usage,
)
from summarizer.schemas.extraction import Extraction

__all__ = [
    "SCHEMA_VERSION", "Actor", "ActorKind", "ArticleMeta", "Brief", "Claim", "DateValue", "Denial",
    "Evidence", "Extraction", "GroundingStatus", "Incident", "IncidentType", "RunInfo", "Usage",
]
