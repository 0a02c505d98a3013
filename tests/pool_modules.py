"""The pool builders under ``evals/pool/`` (a checkout tool, not in the package), loaded by path for their tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

POOL = Path(__file__).resolve().parents[1] / "evals" / "pool"


def load(name: str) -> ModuleType:
    """A fresh copy of ``evals/pool/<name>.py``."""
    spec = importlib.util.spec_from_file_location(f"pool_{name}_test", POOL / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
