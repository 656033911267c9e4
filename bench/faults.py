"""How long each fault takes to surface as a clear error; prints a table, asserts nothing.

    python bench/faults.py

Real processes on 127.0.0.1: a second writer while a first holds the index lock, a Chroma
listener that never answers, a `chroma run` killed under an open client, and an OpenAI-compatible
server that hangs, trickles keep-alives, or cuts its stream (tests/fake_openai.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rag.index import IndexUnavailable, PaperIndex
from rag.llm import LLMError, OpenAIBackend
from rag.settings import Settings
from tests.conftest import free_port
from tests.fake_openai import FakeOpenAI
from tests.test_faults import SilentListener

ROWS: list[tuple[str, float, str]] = []


def timed(name: str, fn) -> None:
    start = time.perf_counter()
    try:
        fn()
        outcome = "no error (!)"
    except Exception as err:  # the point is to see what surfaced
        outcome = " ".join(str(err).split())[:110]
    ROWS.append((name, time.perf_counter() - start, outcome))


def second_writer(tmp: Path) -> None:
    env = {**os.environ, "RAG_INDEX_DIR": str(tmp / "chroma"), "RAG_CACHE_DIR": str(tmp / "cache")}
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time; from rag.settings import Settings; from rag.writelock import write_lock\n"
            "with write_lock(Settings.from_env()):\n print('held', flush=True); time.sleep(120)",
        ],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    holder.stdout.readline()
    from rag.ingest import ingest

    settings = Settings.from_env(environ={}, index_dir=tmp / "chroma", cache_dir=tmp / "cache")
    index = PaperIndex(settings)
    digest = Path(__file__).resolve().parent.parent / "data" / "digests" / "2025-01-22.md"
    timed("second writer refused (in-process, lock held by another pid)", lambda: ingest([digest], index, None))
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-m", "rag.cli", "ingest", str(digest)], env=env, capture_output=True, text=True
    )
    ROWS.append(("second `rag ingest` exits (whole CLI run)", time.perf_counter() - start, out.stderr.strip()[:110]))
    holder.kill()


def chroma(tmp: Path) -> None:
    listener = SilentListener()
    for timeout in (2.0, Settings().chroma_timeout):
        silent = Settings.from_env(environ={}, chroma_host="127.0.0.1", chroma_port=listener.port)
        timed(
            f"Chroma listener never answers (RAG_CHROMA_TIMEOUT={timeout:g})",
            lambda s=silent, t=timeout: PaperIndex(replace(s, chroma_timeout=t)),
        )
    listener.close()
    port = free_port()
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    proc = subprocess.Popen(
        [exe, "run", "--path", str(tmp / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    settings = Settings.from_env(environ={}, chroma_host="127.0.0.1", chroma_port=port)
    for _ in range(300):
        try:
            index = PaperIndex(settings)
            break
        except IndexUnavailable:
            time.sleep(0.1)
    proc.kill()
    proc.wait()
    timed("Chroma server killed under an open client: next call", index.count)


def llm() -> None:
    settings = Settings.from_env(environ={}, llm="openai", llm_api_key="k", llm_max_retries=3)
    with FakeOpenAI() as server:
        for model in ("hang", "trickle", "cut"):
            for deadline in (5.0, 60.0) if model != "cut" else (60.0,):
                backend = OpenAIBackend(
                    replace(settings, llm_base_url=server.base_url, llm_model=model, llm_timeout=deadline)
                )
                timed(f"LLM {model} (RAG_LLM_TIMEOUT={deadline:g})", lambda b=backend: list(b.stream("s", "u")))
    dead = replace(settings, llm_base_url=f"http://127.0.0.1:{free_port()}/v1", llm_timeout=60.0)
    timed("LLM port closed (3 retries with backoff)", lambda: list(OpenAIBackend(dead).stream("s", "u")))
    assert LLMError


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        second_writer(Path(tmp))
        chroma(Path(tmp))
    llm()
    print(f"{'fault':<64} {'seconds':>8}  what the user sees")
    for name, seconds, outcome in ROWS:
        print(f"{name:<64} {seconds:>8.2f}  {outcome}")


if __name__ == "__main__":
    main()
