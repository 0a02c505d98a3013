"""Offline by default: any test that opens a connection beyond loopback fails."""

from __future__ import annotations

import ipaddress
import socket

import pytest

import summarizer.llm.backend as llm_backend

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkAccessError(AssertionError):
    pass


def _allowed(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self, address):
    if not _allowed(address):
        raise NetworkAccessError(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _allowed(address):
        raise NetworkAccessError(f"test tried to reach the network: {address!r}")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    socket.socket.connect = _guarded_connect
    socket.socket.connect_ex = _guarded_connect_ex
    llm_backend.ALLOW_MODEL_REQUESTS = False
    yield
    socket.socket.connect = _real_connect
    socket.socket.connect_ex = _real_connect_ex


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    """No test sees the developer's model configuration or writes to the real cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL", "SUMMARIZER_BACKEND", "SUMMARIZER_MODE",
                "SUMMARIZER_SERVER", "SUMMARIZER_TEMPERATURE", "SUMMARIZER_MAX_RETRIES", "SUMMARIZER_TIMEOUT",
                "SUMMARIZER_MAX_CHUNK_CHARS", "SUMMARIZER_CACHE_DIR", "SUMMARIZER_MAX_TOKENS",
                "SUMMARIZER_MAX_ARTICLE_CHARS"):
        monkeypatch.delenv(var, raising=False)
