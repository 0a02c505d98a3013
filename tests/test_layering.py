"""The dependency direction stays one way: cli -> batch -> pipeline -> llm | offline -> shared core -> schemas.

Read with ``ast`` from the installed package's sources (imports inside functions included), so a lazy
import that turns the direction around fails here as well as a top-level one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import summarizer.schemas

import summarizer

PACKAGE = Path(summarizer.__file__).parent

# floor -> the floors it must never import (the public API in summarizer/__init__.py sits above them all)
CORE = ("article", "chunking", "config", "dates", "errors", "grounding", "injection", "names", "options",
        "output", "recorded", "redact", "resolve")
BACKENDS = ("llm", "offline")
ABOVE_CORE = ("backends", "pipeline", "batch", "cli", "render", *BACKENDS)
FORBIDDEN = {
    **dict.fromkeys(CORE, ABOVE_CORE),
    "schemas": ABOVE_CORE,
    "llm": ("backends", "pipeline", "batch", "cli", "render", "offline"),
    "offline": ("backends", "pipeline", "batch", "cli", "render", "llm"),
    "backends": ("pipeline", "batch", "cli"),
    "pipeline": ("batch", "cli"),
    "batch": ("cli",),
}


def _sources(floor: str) -> list[Path]:
    if floor == "schemas":
        return sorted(Path(summarizer.schemas.__file__).parent.glob("*.py"))
    path = PACKAGE / floor
    return sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]


def _imported(path: Path) -> set[str]:
    """The ``summarizer.<floor>`` names a module imports, anywhere in it."""
    floors = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import"  # the project imports absolutely
            names = [f"{node.module}.{alias.name}" for alias in node.names] if node.module == "summarizer" \
                else [node.module or ""]
        else:
            continue
        floors.update(n.split(".")[1] for n in names if n.startswith("summarizer.") and n.count(".") >= 1)
    return floors


def test_every_module_has_a_floor():
    modules = {p.stem for p in PACKAGE.glob("*.py")} | {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    assert modules - {"__init__", "__main__"} <= set(FORBIDDEN) | {"render", "cli", "schemas", "prompts", "evals"}


@pytest.mark.parametrize("floor", sorted(FORBIDDEN))
def test_imports_only_point_down(floor):
    wrong = {f"{path.relative_to(path.parents[1])}: summarizer.{target}"
             for path in _sources(floor) for target in _imported(path) & set(FORBIDDEN[floor])}
    assert not wrong, f"imports against the layering: {sorted(wrong)}"


def test_the_check_sees_imports():
    """The reader finds lazy and ``from summarizer import x`` imports (else the test above proves nothing)."""
    assert {"llm", "backends", "grounding", "injection"} <= _imported(PACKAGE / "pipeline.py")
    assert "grounding" in _imported(Path(summarizer.schemas.__file__).parent / "extraction.py")
