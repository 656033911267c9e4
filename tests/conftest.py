"""Shared fixtures: the real bundled digests, and indexes built from them in temporary folders.

Indexes are real Chroma collections; their vectors come from the shipped embedding cache
(`data/embeddings`), so building one costs seconds, and queries use the real model.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest

from rag.settings import ROOT, Settings

DIGESTS = ROOT / "data" / "digests"


def make_settings(tmp: Path, **overrides) -> Settings:
    base = Settings.from_env(environ={}, home=tmp, index_dir=tmp / "chroma", cache_dir=tmp / "cache")
    return replace(base, **overrides)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def digest_copy(tmp_path: Path):
    """Copy some real digest files into a fresh folder; returns a function name → copied path."""
    folder = tmp_path / "digests"
    folder.mkdir()

    def copy(*names: str) -> Path:
        for name in names:
            shutil.copy(DIGESTS / name, folder / name)
        return folder

    return copy


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory) -> Settings:
    """A real index of the whole bundled corpus, built once per test session."""
    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest

    settings = make_settings(tmp_path_factory.mktemp("corpus"))
    ingest([DIGESTS], PaperIndex(settings), Embedder(settings))
    return settings


@pytest.fixture(scope="session")
def retriever(corpus_settings):
    from rag.retrieve import Retriever

    return Retriever(corpus_settings)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float, what: str) -> None:
    """Until something listens on 127.0.0.1:port; fails the test if the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"{what} exited with code {proc.returncode}")
            time.sleep(0.2)
    proc.kill()
    pytest.fail(f"{what} did not start within {timeout:g} s")
