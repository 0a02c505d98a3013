"""Check gold fixtures and say where each problem is: ``file:line: message``.

Beyond what loading validates (the format, field types, ISO dates, one of text/text_file), the
checks a labeller needs:

* claim and denial ``evidence`` occurs in the article text (whitespace-insensitive; case and quote
  marks must match: evidence is copied, not retyped);
* every ``claimant``, ``denier``, ``perpetrator`` and ``alleged_perpetrator`` is the name or an alias
  of an actor (case-insensitive);
* every ``responds_to`` resolves to a claim's content, the way the scorer links them; one that does not
  is a *warning* (``LABELLING.md`` allows answering a report that is not a claim, as text), a
  problem with ``strict``; not checked when the fixture does not label claims (``labelled:``);
* a field left out of ``labelled:`` has an empty gold list (the loader refuses the file otherwise);
* ``published`` is an ISO date; fixture ids are unique under the folder.

Every item is checked on its own, so one bad field does not hide the problems of the others.

    problems, checked = check_path("evals/fixtures")
    for p in problems: print(p)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from summarizer.evals.fixtures import (
    LABELLABLE,
    Fixture,
    GoldActor,
    GoldClaim,
    GoldDenial,
    GoldIncident,
    _yaml_files,
    parse_labelled,
    unlabelled_with_items,
)
from summarizer.evals.scorer import Config, text_similarity

__all__ = ["Problem", "check_file", "check_path"]

ITEM_MODELS: dict[str, type[BaseModel]] = {
    "actors": GoldActor, "incidents": GoldIncident, "claims": GoldClaim, "denials": GoldDenial,
}


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: " + ("warning: " if self.warning else "") + self.message


if TYPE_CHECKING:
    _LoaderBase = yaml.SafeLoader
else:
    _LoaderBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when there


class _Loader(_LoaderBase):
    """YAML without implicit timestamps: a date stays the text it was written as, so a bad one
    (2019-13-45) is reported on its line instead of failing the whole file."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_map(node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """YAML path (keys and list indices) -> 1-based line, from the composed node tree."""
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)  # a mapping's key already set its line: keep it
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            out[(*path, key.value)] = key.start_mark.line + 1
            _line_map(value, (*path, key.value), out)
    elif isinstance(node, yaml.SequenceNode):
        for n, value in enumerate(node.value):
            _line_map(value, (*path, n), out)
    return out


def _norm_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class _Checker:
    def __init__(self, path: Path, lines: dict[tuple, int]):
        self.path, self.lines = path, lines
        self.problems: list[Problem] = []

    def add(self, where: tuple, message: str, *, warning: bool = False) -> None:
        while where and where not in self.lines:  # the closest enclosing node that exists
            where = where[:-1]
        self.problems.append(Problem(str(self.path), self.lines.get(where, 1), message, warning))

    def validation(self, error: ValidationError, prefix: tuple) -> None:
        for e in error.errors():
            loc = tuple(e["loc"])
            msg = e["msg"].removeprefix("Value error, ")
            field = ".".join(str(p) for p in (*prefix, *loc)) or "file"
            self.add((*prefix, *loc), f"{field}: {msg}")


def _text(fixture: Fixture, data: dict, c: _Checker) -> str | None:
    if fixture.text_file is None:
        return fixture.text
    try:
        return (c.path.parent / fixture.text_file).read_text(encoding="utf-8")
    except FileNotFoundError:
        c.add(("text_file",), f"text_file {fixture.text_file!r} not found next to the YAML")
    except UnicodeDecodeError:
        c.add(("text_file",), f"text_file {fixture.text_file!r} is not UTF-8")
    except OSError as e:
        c.add(("text_file",), f"cannot read text_file {fixture.text_file!r}: {e.strerror}")
    return None


def _top(data: dict, c: _Checker) -> Fixture | None:
    published = data.get("published")
    if published is not None:
        try:
            dt.date.fromisoformat(str(published).strip())
            ok = isinstance(published, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", published.strip())
        except ValueError:
            ok = False
        if not ok:
            c.add(("published",), f"published: {published!r} is not an ISO date (YYYY-MM-DD)")
            data = {**data, "published": None}
    try:
        return Fixture.model_validate({**data, "gold": {}, "path": c.path})
    except ValidationError as e:
        c.validation(e, ())
        return None


def _items(data: dict, c: _Checker) -> dict[str, list[tuple[int, BaseModel]]]:
    gold = data.get("gold")
    valid: dict[str, list[tuple[int, BaseModel]]] = {k: [] for k in ITEM_MODELS}
    if gold is None:
        return valid
    if not isinstance(gold, dict):
        c.add(("gold",), "gold: must be a mapping of actors, incidents, claims, denials")
        return valid
    for key in gold:
        if key not in ITEM_MODELS:
            c.add(("gold", key), f"gold.{key}: unknown list (expected {', '.join(ITEM_MODELS)})")
    for key, model in ITEM_MODELS.items():
        items = gold.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            c.add(("gold", key), f"gold.{key}: must be a list")
            continue
        for n, raw in enumerate(items):
            try:
                valid[key].append((n, model.model_validate(raw)))
            except ValidationError as e:
                c.validation(e, ("gold", key, n))
                lenient = _without_bad_fields(model, raw, e)
                if lenient is not None:  # still check its names and evidence
                    valid[key].append((n, lenient))
    return valid


def _without_bad_fields(model: type[BaseModel], raw, error: ValidationError) -> BaseModel | None:
    """The item with the fields that failed left out, when that makes it valid (else None)."""
    if not isinstance(raw, dict):
        return None
    bad = {e["loc"][0] for e in error.errors() if e["loc"]}
    try:
        return model.model_validate({k: v for k, v in raw.items() if k not in bad})
    except ValidationError:
        return None


_M = TypeVar("_M", bound=BaseModel)


def _of(kind: type[_M], pairs: list[tuple[int, BaseModel]]) -> list[tuple[int, _M]]:
    """The pairs whose item is a ``kind``: all of them, as each list holds its own model's items."""
    return [(n, item) for n, item in pairs if isinstance(item, kind)]


def _labelled_or_all(value) -> tuple[str, ...]:
    try:
        return parse_labelled(value)
    except ValueError:  # reported with the top-level fields
        return LABELLABLE


def _unlabelled(labelled: tuple[str, ...], items: dict[str, list[tuple[int, BaseModel]]], c: _Checker) -> None:
    for key, n in unlabelled_with_items(labelled, {k: len(v) for k, v in items.items()}):
        c.add(("gold", key), f"gold.{key}: {n} item(s), but {key!r} is not in labelled: "
                             f"{', '.join(labelled)} (list it there or empty the list)")


def _semantics(items: dict[str, list[tuple[int, BaseModel]]], text: str | None, c: _Checker,
               labelled: tuple[str, ...] = LABELLABLE) -> None:
    names: dict[str, int] = {}
    for n, gold_actor in _of(GoldActor, items["actors"]):
        for name in gold_actor.names:
            key = _norm_ws(name).casefold()
            if key in names and names[key] != n:
                c.add(("gold", "actors", n), f"actor name {name!r} also names actor #{names[key] + 1}")
            names.setdefault(key, n)

    def actor(where: tuple, role: str, name: str | None) -> None:
        if name and _norm_ws(name).casefold() not in names:
            c.add(where, f"{role} {name!r} is not the name or alias of an actor")

    flat = _norm_ws(text) if text is not None else None

    def evidence(where: tuple, quote: str | None) -> None:
        if quote and flat is not None and _norm_ws(quote) not in flat:
            hint = " (it differs in case or quote marks)" if _loose(quote) in _loose(flat) else ""
            c.add(where, f"evidence not found in the text{hint}: {_short(quote)!r}")

    for n, inc in _of(GoldIncident, items["incidents"]):
        actor(("gold", "incidents", n, "perpetrator"), "perpetrator", inc.perpetrator)
        actor(("gold", "incidents", n, "alleged_perpetrator"), "alleged_perpetrator", inc.alleged_perpetrator)
    for n, claim in _of(GoldClaim, items["claims"]):
        actor(("gold", "claims", n, "claimant"), "claimant", claim.claimant)
        evidence(("gold", "claims", n, "evidence"), claim.evidence)
    threshold = Config().responds_to_threshold
    contents = [claim.content for _, claim in _of(GoldClaim, items["claims"])]
    for n, denial in _of(GoldDenial, items["denials"]):
        actor(("gold", "denials", n, "denier"), "denier", denial.denier)
        evidence(("gold", "denials", n, "evidence"), denial.evidence)
        if "claims" in labelled and denial.responds_to and max((text_similarity(denial.responds_to, x) for x in contents), default=0) < threshold:
            c.add(("gold", "denials", n, "responds_to"),
                  f"responds_to matches no claim's content (similarity under {threshold}): {_short(denial.responds_to)!r}",
                  warning=True)


def _loose(text: str) -> str:
    table = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
    return _norm_ws(text.translate(table)).casefold()


def _short(text: str, n: int = 80) -> str:
    text = _norm_ws(text)
    return text if len(text) <= n else text[: n - 3] + "..."


def check_file(path: str | Path, *, explicit: bool = True) -> tuple[list[Problem], str | None]:
    """Problems of one YAML file, and its fixture id (None when it is not a fixture or unreadable).
    ``explicit``: the file was named on purpose, so a YAML file without ``format:`` is a problem."""
    path = Path(path)
    c = _Checker(path, {})
    try:
        raw = path.read_text(encoding="utf-8")
        node = yaml.compose(raw, Loader=_Loader)
        data = yaml.load(raw, Loader=_Loader)
    except UnicodeDecodeError:
        return [Problem(str(path), 1, "not UTF-8 text")], None
    except OSError as e:
        return [Problem(str(path), 1, f"cannot read: {e.strerror}")], None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return [Problem(str(path), line, f"invalid YAML: {getattr(e, 'problem', None) or type(e).__name__}")], None
    if not isinstance(data, dict) or "format" not in data:
        return ([Problem(str(path), 1, "not a fixture: no top-level 'format:' key")] if explicit else []), None
    c.lines = _line_map(node) if node is not None else {}
    fixture = _top(data, c)
    items = _items(data, c)
    text = _text(fixture, data, c) if fixture is not None else None
    if fixture is not None and text is not None and not text.strip():
        c.add(("text_file",) if fixture.text_file else ("text",), "the article text is empty")
    labelled = fixture.labelled if fixture is not None else _labelled_or_all(data.get("labelled"))
    _unlabelled(labelled, items, c)
    _semantics(items, text, c, labelled)
    return sorted(c.problems, key=lambda p: p.line), fixture.id if fixture is not None else None


def check_path(root: str | Path) -> tuple[list[Problem], int]:
    """Check every fixture under ``root`` (a folder, recursively, or one file); the problems and
    the number of fixtures checked."""
    root = Path(root)
    if root.is_file():
        found, fid = check_file(root)
        return found, int(fid is not None)
    if not root.is_dir():
        return [Problem(str(root), 1, "no such file or folder")], 0
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    checked = 0
    for path in _yaml_files(root):
        found, fid = check_file(path, explicit=False)
        problems += found
        if fid is None:
            continue
        checked += 1
        if fid in seen:
            problems.append(Problem(str(path), 1, f"duplicate fixture id {fid!r} (also in {seen[fid]})"))
        seen.setdefault(fid, path)
    if not checked and not problems:
        problems.append(Problem(str(root), 1, "no format-1 fixtures found (YAML files with a 'format:' key)"))
    return problems, checked
