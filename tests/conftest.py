"""Shared fixtures: the real bundled digests, and indexes built from them in temporary folders.

Indexes are real Chroma collections; their vectors come from the shipped embedding cache
(`data/embeddings`), so building one never loads the model, while a dense query does.

Two tiers: the fast one (`make test-fast`) uses the one-week index (`week_settings`, 48 papers)
and never loads the model, starts a server or a browser; tests that need the whole corpus, the
model, a Chroma server or a browser are marked `slow` / `browser`, and this file refuses a
whole-corpus fixture in an unmarked test.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from rag.settings import ROOT, Settings

DIGESTS = ROOT / "data" / "digests"
WEEK = (  # 2025-W04: 6 files in two layouts, 48 papers; MCTS, OSWorld and author-handle questions have answers here
    "2025-01-20.md",
    "2025-01-21.md",
    "2025-01-22.md",
    "2025-01-22.seed-classification.md",
    "2025-01-23.md",
    "2025-01-24.md",
)
CORPUS_FIXTURES = {"corpus_settings", "retriever"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The fast tier stays fast: a test that builds the whole corpus must say it is slow."""
    for item in items:
        fast = not (item.get_closest_marker("slow") or item.get_closest_marker("browser"))
        if fast and CORPUS_FIXTURES & set(getattr(item, "fixturenames", ())):
            raise pytest.UsageError(f"{item.nodeid} builds the whole corpus: mark it slow or use week_settings")


def make_settings(tmp: Path, **overrides: Any) -> Settings:
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
def week_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copies of the week's real digests, for tests that ingest them themselves."""
    folder = tmp_path_factory.mktemp("week") / "digests"
    folder.mkdir()
    for name in WEEK:
        shutil.copy(DIGESTS / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def week_settings(tmp_path_factory: pytest.TempPathFactory, week_folder: Path) -> Settings:
    """A real index of one week (2025-W04, 48 papers), vectors from the shipped cache: the model is not loaded."""
    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest

    settings = make_settings(tmp_path_factory.mktemp("week-index"), llm="extractive", mode="bm25")
    result = ingest([week_folder], PaperIndex(settings), Embedder(settings))
    assert result.sync.embedded == 0, "the week's vectors should all come from data/embeddings"
    return settings


@pytest.fixture(scope="session")
def week_retriever(week_settings: Settings):
    from rag.retrieve import Retriever

    return Retriever(week_settings)


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
