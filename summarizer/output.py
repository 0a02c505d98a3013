"""Writing results: stdout, or a file replaced atomically (never half-written)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from summarizer.errors import InputError


@contextmanager
def atomic_open(path: str | Path) -> Iterator[TextIO]:
    """A text file that appears at ``path`` only when the block ends without an error: written
    beside it under a temporary name, then renamed over it. On an error nothing is left behind."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_text(text: str, output: str | None) -> None:
    """Write ``text`` to stdout (``output`` None or '-') or atomically to the file ``output``."""
    if not output or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        with atomic_open(output) as fh:
            fh.write(text)
    except OSError as e:
        raise InputError(f"cannot write {output}: {e.strerror}") from None
