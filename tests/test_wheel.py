"""The package as a user installs it: build the wheel, install it (with its dependencies) into a fresh
venv, then index the bundled corpus and answer from an empty folder, far from the checkout.

The install is a real one (no --no-deps, no system site-packages): `uv` (pinned in the test extra)
resolves the wheel's declared dependencies from the registry and links them from its cache, where pip
spent most of two minutes unpacking and byte-compiling the same files. The `rag` commands themselves
run with proxies pointing nowhere, so anything they tried to download would fail.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from rag.settings import ROOT

pytestmark = pytest.mark.slow
NOWHERE = "http://127.0.0.1:9"
UV = shutil.which("uv", path=str(Path(sys.executable).parent)) or "uv"


def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: int) -> subprocess.CompletedProcess:
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, f"{' '.join(cmd)} failed:\n{out.stderr[-3000:]}"
    return out


def gold_rows(name: str) -> int:
    return sum(1 for line in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines() if line.strip())


def test_wheel_installs_and_answers_from_an_empty_folder(tmp_path):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("RAG_", "PYTHON", "VIRTUAL_ENV"))}
    dist = tmp_path / "dist"
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)],
        tmp_path,
        clean,
        600,
    )
    (wheel,) = dist.glob("rag-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "rag/_prompts/answer_system.txt" in names and "rag/_data/digests/2025-01-22.md" in names
    assert "rag/_eval/gold2.jsonl" in names
    assert any(n.startswith("rag/_data/embeddings/") and n.endswith(".npz") for n in names)
    assert wheel.stat().st_size < 15_000_000, f"wheel is {wheel.stat().st_size / 1e6:.1f} MB"

    venv = tmp_path / "venv"
    run([UV, "venv", "--quiet", "--python", sys.executable, str(venv)], tmp_path, clean, 300)
    run([UV, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), str(wheel)], tmp_path, clean, 3000)

    empty = tmp_path / "somewhere-else"
    empty.mkdir()
    home = tmp_path / "home"
    offline = {
        **clean,
        "RAG_HOME": str(home),
        "RAG_LLM": "extractive",
        "HTTP_PROXY": NOWHERE,
        "HTTPS_PROXY": NOWHERE,
        "http_proxy": NOWHERE,
        "https_proxy": NOWHERE,
        "NO_PROXY": "127.0.0.1,localhost",
    }
    rag = str(venv / "bin" / "rag")
    ingested = json.loads(run([rag, "ingest", "--json"], empty, offline, 900).stdout)
    assert ingested["files"] == 302 and ingested["papers"] == 4894 and ingested["embedded"] == 0
    answer = json.loads(
        run(
            [rag, "ask", "which papers use MCTS?", "--since", "2025-01-22", "--until", "2025-01-22", "--json"],
            empty,
            offline,
            600,
        ).stdout
    )
    assert [c["id"] for c in answer["citations"]] == ["2501.11425", "2501.11223"]
    scored = json.loads(run([rag, "eval", "--backend", "none", "--mode", "bm25", "--json"], empty, offline, 600).stdout)
    assert [len(r["questions"]) for r in scored["reports"]] == [gold_rows("gold.jsonl"), gold_rows("gold2.jsonl")]
    assert (home / "eval-reports" / "gold2" / "report.json").is_file()
    assert list(empty.iterdir()) == [], "nothing is written to the working folder"
    assert (home / "chroma").is_dir() and (home / "cache").is_dir()
