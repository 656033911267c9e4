"""Shared fixtures: the real bundled digests, and indexes built from them in temporary folders.

Indexes are real Chroma collections; their vectors come from the shipped embedding cache
(`data/embeddings`), so building one never loads the model, while a dense query does.

Two tiers: the fast one (`make test-fast`) uses the one-week index (`week_settings`, 48 papers)
and never loads the model, starts a server or a browser; tests that need the whole corpus, the
model, a Chroma server or a browser are marked `slow` / `browser`, and this file refuses a
whole-corpus fixture in an unmarked test.
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
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


# The longest tests start first, so the short ones fill the gaps at the end of a parallel run.
LONGEST_FIRST = (
    "tests/test_wheel.py::",
    "tests/test_eval.py::test_offline_eval",
    "tests/test_faults.py::test_two_concurrent_ingests",
)


def is_fast(item: pytest.Item) -> bool:
    return not (item.get_closest_marker("slow") or item.get_closest_marker("browser"))


def start_order(item: pytest.Item) -> tuple[int, bool]:
    first = next((i for i, prefix in enumerate(LONGEST_FIRST) if item.nodeid.startswith(prefix)), len(LONGEST_FIRST))
    return first, is_fast(item)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The fast tier stays fast: a test that builds the whole corpus must say it is slow.

    The real tier is collected first, so that under `pytest -n 2` (the Makefile's) its long tests start
    early and the fast ones fill the gaps at the end.
    """
    for item in items:
        if is_fast(item) and CORPUS_FIXTURES & set(getattr(item, "fixturenames", ())):
            raise pytest.UsageError(f"{item.nodeid} builds the whole corpus: mark it slow or use week_settings")
    items.sort(key=start_order)


if importlib.util.find_spec("xdist"):  # the test extra pins it; without it the suite runs serially

    @pytest.hookimpl(tryfirst=True)
    def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
        """Each test file runs on one worker, so a module-scoped fixture (a server, a browser, an index) is set
        up once; the longest tests are units of their own and go out first, in the order collected."""
        from xdist.scheduler import LoadScopeScheduling

        if config.getvalue("dist") != "load":  # the default of -n; an explicit --dist keeps its own meaning
            return None

        class ByFile(LoadScopeScheduling):
            def _split_scope(self, nodeid: str) -> str:
                return nodeid if nodeid.startswith(LONGEST_FIRST) else nodeid.split("::", 1)[0]

        config.option.loadscopereorder = False
        return ByFile(config, log)


@pytest.fixture(scope="session", autouse=True)
def own_rag_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A command that a test runs without naming a home writes into this worker's temporary one, never
    into the checkout's .rag (which `make test` exports) or the user's data folder."""
    patch = pytest.MonkeyPatch()
    patch.setenv("RAG_HOME", str(tmp_path_factory.mktemp("rag-home")))
    yield
    patch.undo()


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
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A real index of the whole bundled corpus, built once per run.

    Under pytest-xdist the first worker to ask builds it in the run's shared temporary folder (the
    others wait on a file lock, not on a second build), and each worker reads its own copy.
    """
    from rag.embed import Embedder
    from rag.index import PaperIndex
    from rag.ingest import ingest

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker is None:
        settings = make_settings(tmp_path_factory.mktemp("corpus"))
        ingest([DIGESTS], PaperIndex(settings), Embedder(settings))
        return settings
    shared = tmp_path_factory.getbasetemp().parent / "corpus"
    with (tmp_path_factory.getbasetemp().parent / "corpus.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "built").exists():
            built = make_settings(shared)
            ingest([DIGESTS], PaperIndex(built), Embedder(built))
            (shared / "built").touch()
    mine = tmp_path_factory.mktemp("corpus")
    copy_index(make_settings(shared), mine)
    return make_settings(mine)


def copy_index(settings: Settings, home: Path) -> None:
    """The index and its caches (BM25, stems, the optimised encoder graph) into home/chroma and home/cache,
    so a server started over the copy does not redo work that the copy's tests are not about."""
    shutil.copytree(settings.index_dir, home / "chroma")
    if settings.cache_dir.exists():
        shutil.copytree(settings.cache_dir, home / "cache")


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
