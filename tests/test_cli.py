"""The `rag` command as a user runs it: a real subprocess, JSON output parsed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

RAG = [sys.executable, "-m", "rag.cli"]


def rag(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*RAG, *args], capture_output=True, text=True, env={**os.environ, **env}, check=check, timeout=300
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        "RAG_INDEX_DIR": str(tmp_path / "chroma"),
        "RAG_CACHE_DIR": str(tmp_path / "cache"),
        "RAG_LLM": "auto",
        "OPENAI_API_KEY": "",
    }


def test_search_on_an_empty_index_says_what_to_do(env):
    out = rag("search", "mcts", env=env, check=False)
    assert out.returncode == 1 and "is empty: run `rag ingest` first" in out.stderr


def test_ingest_of_a_bad_file_names_it_and_writes_nothing(env, tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_text("## Papers for 2025-02-02\n\n| Paper | Venue |\n|---|---|\n")
    out = rag("ingest", str(bad), env=env, check=False)
    assert out.returncode == 1
    assert f"{bad}:3: unknown table header" in out.stderr and "the index is as it was" in out.stderr


def test_bad_date_flag_is_rejected(env):
    out = rag("search", "x", "--since", "22-01-2025", env=env, check=False)
    assert out.returncode != 0


@pytest.mark.slow
def test_ingest_search_ask_stats_as_json(env, tmp_path):
    from tests.conftest import DIGESTS

    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("2025-01-22.md", "2025-01-22.seed-classification.md"):
        (folder / name).write_text((DIGESTS / name).read_text())
    (folder / "2025-01-23.md").write_text(
        "## Papers for 2025-01-23\n\n| Title | Authors | Summary |\n|---|---|---|\n| Only one cell |\n"
    )
    ingested = json.loads(rag("ingest", str(folder), "--json", env=env).stdout)
    assert ingested["added"] == 15 and ingested["rows_skipped"] == 1
    assert ingested["warnings"] == [f"{folder / '2025-01-23.md'}:5: expected 3 cells, found 1; row skipped"]
    again = json.loads(rag("ingest", str(folder), "--json", env=env).stdout)
    assert (again["unchanged"], again["embedded"]) == (15, 0)

    hits = json.loads(rag("search", "which papers use MCTS?", "-k", "3", "--json", env=env).stdout)
    assert [h["id"] for h in hits[:2]] == ["2501.11425", "2501.11223"]
    assert {"id", "title", "score", "date", "url"} <= set(hits[0])

    answer = json.loads(rag("ask", "which papers use MCTS?", "--json", env=env).stdout)
    assert answer["backend"] == "extractive"
    assert [c["id"] for c in answer["citations"]] == ["2501.11425", "2501.11223"]
    assert {"answer", "citations", "sources", "backend", "timings"} <= set(answer)

    stats = json.loads(rag("stats", "--json", env=env).stdout)
    assert stats["papers"] == 15 and stats["first_day"] == stats["last_day"] == "2025-01-22"


@pytest.mark.slow
def test_chat_condenses_a_follow_up_in_the_terminal(env, tmp_path):
    from tests.conftest import DIGESTS

    folder = tmp_path / "d"
    folder.mkdir()
    for name in ("2025-01-22.md", "2025-01-22.seed-classification.md", "2025-01-20.md"):
        (folder / name).write_text((DIGESTS / name).read_text())
    rag("ingest", str(folder), env=env)
    out = subprocess.run(
        [*RAG, "chat"],
        input="which papers use MCTS?\nand which of those have code?\n",
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
        check=True,
    )
    answers = out.stdout.split("you> ")
    assert "2 papers in the digests match" in answers[1]
    assert "https://github.com/bytedance/Agent-R" in answers[2] and "https://github.com/spcl/x1" in answers[2]
