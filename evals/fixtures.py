"""Gold fixtures, format 1 (``shared/spec/fixture-format.md``), loaded recursively from a folder.

A fixture is one YAML file: metadata, the article (``text_file`` relative to the YAML, or ``text``
inline, exactly one of the two) and a ``gold`` brief. Every ``*.yaml``/``*.yml`` file under the
folder that has a top-level ``format:`` key is a fixture and must be valid; files without it
(configuration, notes) are skipped. Anything else that is wrong raises
:class:`~summarizer.errors.FixtureError` naming the file.

A fixture may label only some gold fields: a top-level ``labelled:`` list, a subset of actors,
incidents, claims, denials (absent: all four). A field left out must have an empty gold list; the
scorer does not score it in that fixture (``evals/README.md``, "Partly labelled sets").

    fixtures = load_fixtures()              # the shipped evals/fixtures/
    fixtures = load_fixtures("some/dir")    # any folder, recursively (or one YAML file)
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from summarizer.schemas.brief import ActorKind, IncidentType

from summarizer.errors import FixtureError

DEFAULT_FIXTURES_DIR = Path(__file__).parent / "fixtures"
FORMAT = 1
_ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

LABELLABLE = ("actors", "incidents", "claims", "denials")

__all__ = ["DEFAULT_FIXTURES_DIR", "LABELLABLE", "Fixture", "Gold", "load_fixture", "load_fixtures"]


def _none_to_list(value):
    return [] if value is None else value


class _GoldItem(BaseModel):
    # items are strict: a misspelt key in a gold file would otherwise be scored as "not given"
    model_config = ConfigDict(extra="forbid")

    optional: bool = False


class GoldActor(_GoldItem):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    kind: ActorKind = ActorKind.other

    _lists = field_validator("aliases", mode="before")(_none_to_list)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


Number = int | str  # "at least 12", "1,200", "dozens": normalised by the scorer


class GoldIncident(_GoldItem):
    type: IncidentType
    summary: str = ""
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    location: str | None = None
    weapon: str | None = None
    perpetrator: str | None = None
    alleged_perpetrator: str | None = None
    killed: Number | None = Field(default=None)
    injured: Number | None = Field(default=None)

    @field_validator("date", mode="before")
    @classmethod
    def _iso(cls, value):
        if value is None or value == "":
            return None
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, int):  # YAML reads a bare year as an int
            return f"{value:04d}"
        text = str(value).strip()
        for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
            try:
                dt.datetime.strptime(text, fmt)
                return text
            except ValueError:
                pass
        raise ValueError(f"date {value!r} is not ISO (YYYY-MM-DD, YYYY-MM or YYYY)")

    @field_validator("killed", "injured")
    @classmethod
    def _non_negative(cls, value):
        if isinstance(value, bool):
            raise ValueError("must be a number, not true/false")
        if isinstance(value, int) and value < 0:
            raise ValueError("must be 0 or more")
        return value


class GoldClaim(_GoldItem):
    claimant: str | None = None
    content: str = Field(min_length=1)
    evidence: str | None = None


class GoldDenial(_GoldItem):
    denier: str | None = None
    content: str = Field(min_length=1)
    responds_to: str | None = None
    evidence: str | None = None


class Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")

    actors: list[GoldActor] = Field(default_factory=list)
    incidents: list[GoldIncident] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)
    denials: list[GoldDenial] = Field(default_factory=list)

    _lists = field_validator("actors", "incidents", "claims", "denials", mode="before")(_none_to_list)


class Fixture(BaseModel):
    """One article and its gold brief. ``text`` is always filled once loaded."""

    # the project may add top-level fields (license, corpus_id, annotator...): keep them
    model_config = ConfigDict(extra="allow")

    format: int
    id: str = Field(pattern=_ID_PATTERN)
    source: str | None = None
    published: dt.date | None = None
    text_file: str | None = None
    text: str | None = None
    provenance: str | None = None
    license: str | None = None
    corpus_id: str | None = None
    annotator: str | None = None
    split: Literal["dev", "test"] | None = Field(
        default=None, description="dev: rules and prompts may be tuned on it; test: held out, only measured")
    labelled: tuple[str, ...] = Field(
        default=LABELLABLE,
        description="The gold fields this fixture labels (absent: all four); the others are not scored in it")
    gold: Gold = Field(default_factory=Gold)
    path: Path | None = Field(default=None, exclude=True, description="The YAML file it was read from")

    @field_validator("format")
    @classmethod
    def _format(cls, value):
        if value != FORMAT:
            raise ValueError(f"unsupported fixture format {value!r}; this version reads format {FORMAT}")
        return value

    @field_validator("gold", mode="before")
    @classmethod
    def _gold(cls, value):
        return {} if value is None else value

    @field_validator("labelled", mode="before")
    @classmethod
    def _labelled(cls, value):
        return parse_labelled(value)

    @field_validator("id", "corpus_id", mode="before")
    @classmethod
    def _str(cls, value):
        return value if value is None or isinstance(value, str) else str(value)

    @model_validator(mode="after")
    def _one_text(self):
        if (self.text_file is None) == (self.text is None):
            raise ValueError("give exactly one of text_file and text")
        return self

    @property
    def sha256(self) -> str:
        return hashlib.sha256((self.text or "").encode("utf-8")).hexdigest()


def parse_labelled(value: Any) -> tuple[str, ...]:
    """A ``labelled:`` value as a tuple in the canonical field order; ValueError (one line) when it is
    not a non-empty list of actors, incidents, claims, denials. None (the key absent) is all four."""
    if value is None:
        return LABELLABLE
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise ValueError(f"must be a list of fields, a subset of {', '.join(LABELLABLE)}; got {value!r}")
    if not value:
        raise ValueError(f"must name at least one field of {', '.join(LABELLABLE)} (leave the key out for all four)")
    unknown = [v for v in value if v not in LABELLABLE]
    if unknown:
        raise ValueError(f"unknown field {unknown[0]!r} (expected a subset of {', '.join(LABELLABLE)})")
    return tuple(name for name in LABELLABLE if name in value)


def unlabelled_with_items(labelled: Sequence[str], sizes: Mapping[str, int]) -> list[tuple[str, int]]:
    """(field, its number of items) for each gold list with items (``sizes``: items per field) of a field
    ``labelled`` leaves out, a contradiction; read by the loader and by ``summarizer fixtures check``."""
    return [(name, sizes[name]) for name in LABELLABLE if name not in labelled and sizes.get(name)]


def _describe(error: ValidationError) -> str:
    parts = []
    for e in error.errors()[:5]:
        where = ".".join(str(p) for p in e["loc"]) or "file"
        msg = e["msg"].removeprefix("Value error, ")
        parts.append(f"{where}: {msg}")
    more = error.error_count() - len(parts)
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _read_yaml(path: Path) -> Any:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FixtureError("not UTF-8 text", source=str(path)) from None
    except OSError as e:
        raise FixtureError(f"cannot read: {e.strerror}", source=str(path)) from None
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or type(e).__name__
        raise FixtureError(f"invalid YAML{where}: {problem}", source=str(path)) from None
    except ValueError as e:  # a value YAML recognises but cannot build, e.g. the date 2019-13-45
        raise FixtureError(f"invalid value in the YAML: {e}", source=str(path)) from None


def _is_fixture(data: Any) -> bool:
    return isinstance(data, dict) and "format" in data


def load_fixture(path: str | Path) -> Fixture:
    """Load and validate one fixture file; the article text is read into ``Fixture.text``."""
    path = Path(path)
    data = _read_yaml(path)
    if not _is_fixture(data):
        raise FixtureError("not a fixture: no top-level 'format:' key", source=str(path))
    return _build(path, data)


def _build(path: Path, data: dict) -> Fixture:
    try:
        fixture = Fixture.model_validate({**data, "path": path})
    except ValidationError as e:
        raise FixtureError(_describe(e), source=str(path)) from None
    extra = unlabelled_with_items(fixture.labelled, {f: len(getattr(fixture.gold, f)) for f in LABELLABLE})
    if extra:
        name, n = extra[0]
        raise FixtureError(f"labelled: {', '.join(fixture.labelled)} leaves out {name!r}, but gold.{name} has {n} "
                           f"item(s); list {name!r} in labelled or empty gold.{name}", source=str(path))
    if fixture.text_file is not None:
        text_path = path.parent / fixture.text_file
        try:
            text = text_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise FixtureError(f"text_file {fixture.text_file!r} not found next to the YAML", source=str(path)) from None
        except UnicodeDecodeError:
            raise FixtureError(f"text_file {fixture.text_file!r} is not UTF-8", source=str(path)) from None
        except OSError as e:
            raise FixtureError(f"cannot read text_file {fixture.text_file!r}: {e.strerror}", source=str(path)) from None
        fixture.text = text
    if not (fixture.text or "").strip():
        raise FixtureError("the article text is empty", source=str(path))
    return fixture


def _yaml_files(folder: Path) -> list[Path]:
    files = [
        p for p in folder.rglob("*")
        if p.suffix.lower() in (".yaml", ".yml") and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    ]
    return sorted(files)


def load_fixtures(folder: str | Path | None = None, split: str | None = None) -> list[Fixture]:
    """Every fixture under ``folder`` (default: the shipped fixtures), recursively, sorted by id.

    ``split`` ("dev" or "test") keeps the fixtures whose ``split:`` field says so.
    """
    root = Path(folder) if folder is not None else DEFAULT_FIXTURES_DIR
    if root.is_file():
        return [load_fixture(root)]
    if not root.is_dir():
        raise FixtureError("no such fixtures folder", source=str(root))
    fixtures: list[Fixture] = []
    seen: dict[str, Path] = {}
    for path in _yaml_files(root):
        data = _read_yaml(path)
        if not _is_fixture(data):
            continue  # a YAML file that is not a fixture (no 'format:'): not ours
        fixture = _build(path, data)
        if fixture.id in seen:
            raise FixtureError(f"duplicate fixture id {fixture.id!r} (also in {seen[fixture.id]})", source=str(path))
        seen[fixture.id] = path
        fixtures.append(fixture)
    if not fixtures:
        raise FixtureError("no format-1 fixtures found (YAML files with a 'format:' key)", source=str(root))
    if split is not None:
        fixtures = [f for f in fixtures if f.split == split]
        if not fixtures:
            raise FixtureError(f"no fixture has 'split: {split}'", source=str(root))
    return sorted(fixtures, key=lambda f: f.id)
