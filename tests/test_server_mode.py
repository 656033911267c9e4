"""Server mode: the same ingest and search against a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from rag.embed import Embedder
from rag.index import IndexUnavailable, PaperIndex
from rag.ingest import ingest
from rag.retrieve import Retriever
from tests.conftest import free_port, wait_for_port
from tests.test_api import start_server, stop


@pytest.fixture
def chroma_process(tmp_path: Path):
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, proc, 30, "chroma run")
    yield port, proc
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def chroma_server(chroma_process):
    return chroma_process[0]


@pytest.mark.slow
def test_ingest_and_search_through_a_chroma_server(settings, digest_copy, chroma_server):
    server = replace(settings, chroma_host="127.0.0.1", chroma_port=chroma_server)
    folder = digest_copy("2025-01-22.md", "2025-01-22.seed-classification.md")
    first = ingest([folder], PaperIndex(server), Embedder(server))
    assert len(first.sync.added) == 15
    again = ingest([folder], PaperIndex(server), Embedder(server))
    assert again.sync.unchanged == 15 and again.sync.embedded == 0
    index = PaperIndex(server)
    assert index.location == f"chroma://127.0.0.1:{chroma_server}/papers"
    assert not settings.index_dir.exists(), "server mode writes nothing locally"
    retriever = Retriever(server, index=index)
    hits = retriever.search("which papers use MCTS?", k=2)
    assert [h.paper.id for h in hits] == ["2501.11425", "2501.11223"]
    # the papers nearest one paper read its vector from the server, and the same ranking as a local index gives
    near = retriever.neighbours(hits[0].paper, 3)
    ingest([folder], PaperIndex(settings), Embedder(settings))
    local = Retriever(settings)
    assert [h.paper.id for h in near] == [h.paper.id for h in local.neighbours(hits[0].paper, 3)]
    assert hits[0].paper.id not in {h.paper.id for h in near}


def test_an_unreachable_server_is_one_clear_error(settings):
    dead = replace(settings, chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(IndexUnavailable, match=r"cannot open Chroma server 127\.0\.0\.1:\d+"):
        PaperIndex(dead)


@pytest.mark.slow
def test_a_chroma_server_gone_under_rag_serve_is_a_503_that_names_it(settings, digest_copy, chroma_process, tmp_path):
    port, chroma = chroma_process
    server = replace(settings, chroma_host="127.0.0.1", chroma_port=port)
    ingest([digest_copy("2025-01-22.md")], PaperIndex(server), Embedder(server))
    home = tmp_path / "serve-home"
    home.mkdir()
    serve, api_port = start_server(home, {"RAG_CHROMA_HOST": "127.0.0.1", "RAG_CHROMA_PORT": str(port)})
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{api_port}", timeout=120) as http:
            assert http.get("/api/search", params={"q": "MCTS", "k": 1}).status_code == 200
            assert http.get("/api/health").json()["status"] == "ok"
            chroma.terminate()
            chroma.wait(timeout=10)
            health = http.get("/api/health")
            assert health.status_code == 503 and health.json()["status"] == "unavailable"
            assert f"Chroma server 127.0.0.1:{port}" in health.json()["error"]  # no token set: every caller may see it
            search = http.get("/api/search", params={"q": "MCTS", "k": 1})
            assert search.status_code == 503
            assert search.json()["error"].startswith(f"cannot reach Chroma server 127.0.0.1:{port}")
    finally:
        stop(serve)
