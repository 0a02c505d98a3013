"""Writing results: stdout, or a file replaced atomically (never half-written)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from summarizer.errors import InputError


def write_text(text: str, output: str | None) -> None:
    """Write ``text`` to stdout (``output`` None or '-') or atomically to the file ``output``."""
    if not output or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    path = Path(output)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as e:
        raise InputError(f"cannot write {output}: {e.strerror}") from None
