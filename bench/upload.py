"""Time one UI upload of a day's digest into a warm app, as a person would see it.

Usage: python bench/upload.py BASE_INDEX_DIR DIGEST.md [--profile] [--cold-cache]
BASE_INDEX_DIR is copied first, so the measured upload always adds the digest's papers anew.
--cold-cache hides the shipped embedding cache, so the digest's papers are really embedded.
Prints seconds; asserts nothing.
"""

from __future__ import annotations

import cProfile
import pstats
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import gradio  # noqa: F401  (imported by the running app; not part of an upload's cost)

from rag.settings import Settings
from rag.ui import App


def main() -> None:
    base, digest = Path(sys.argv[1]), Path(sys.argv[2])
    work = Path(tempfile.mkdtemp(prefix="bench-upload-"))
    shutil.copytree(base, work / "chroma")
    settings = replace(Settings.from_env(), index_dir=work / "chroma", cache_dir=work / "cache", llm="extractive")
    if "--cold-cache" in sys.argv:
        settings = replace(settings, embed_cache=work / "no-shipped-cache")
    started = time.perf_counter()
    app = App(settings)
    app.answerer.retriever.search("warm up the model", k=1)
    print(f"app ready: {time.perf_counter() - started:.2f}s, {len(app.papers)} papers")
    profiler = cProfile.Profile() if "--profile" in sys.argv else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    message, *_ = app.upload(str(digest))
    if profiler:
        profiler.disable()
    took = time.perf_counter() - started
    embedded = app.answerer.retriever.embedder.embedded
    print(f"upload of {digest.name}: {took:.2f}s, now {len(app.papers)} papers ({embedded} embedded)")
    print(message.splitlines()[0])
    started = time.perf_counter()
    hits = app.answerer.retriever.search("which papers use MCTS?", k=5)
    print(f"first search after upload: {time.perf_counter() - started:.2f}s ({len(hits)} hits)")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
