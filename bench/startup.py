"""Whole-process wall times of the CLI as a user meets them; prints a table, asserts nothing.

    python bench/startup.py                 # the bundled corpus, median of 5 runs each
    python bench/startup.py --runs 9 --venv .venv

Each command runs as a fresh process (the `rag` script beside this Python), against an index of
the bundled corpus built first in a temporary folder; each time is also given as a ratio to
`python -c pass` measured in the same run, so figures from a busy machine stay comparable.
"cold" means a new process, not an empty page cache.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rag_command() -> list[str]:
    script = Path(sys.executable).parent / "rag"
    return [str(script)] if script.exists() else [sys.executable, "-m", "rag.cli"]


def wall(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, int]:
    """Median wall time of `runs` runs, and the exit code of the last."""
    times, code = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        code = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - t)
    return statistics.median(times), code


def venv_size(venv: Path) -> str:
    if not venv.is_dir():
        return f"{venv}: none"
    size = subprocess.run(["du", "-sh", str(venv)], capture_output=True, text=True).stdout.split()[0]
    py = venv / "bin" / "python"
    probe = "import importlib.util as u; print(bool(u.find_spec('torch')))"
    has_torch = subprocess.run([str(py), "-c", probe], capture_output=True, text=True).stdout.strip()
    return f"{venv}: {size} (torch installed: {has_torch})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv", help="virtual environment to size (du -sh)")
    parser.add_argument("--question", default="which papers use MCTS?")
    args = parser.parse_args()
    rag = rag_command()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "RAG_INDEX_DIR": f"{tmp}/chroma",
            "RAG_CACHE_DIR": f"{tmp}/cache",
            "RAG_LLM": "extractive",
            "PYTHONPATH": str(ROOT),
        }
        t = time.perf_counter()
        subprocess.run([*rag, "ingest"], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ingest_s = time.perf_counter() - t
        cases = [
            ("python -c pass", [sys.executable, "-c", "pass"], "-"),
            ("rag --help", [*rag, "--help"], "0.3"),
            ("rag search x --since 22-01-2025 (rejected)", [*rag, "search", "x", "--since", "22-01-2025"], "0.5"),
            ("rag search (hybrid)", [*rag, "search", args.question], "2.0"),
            ("rag search --mode bm25", [*rag, "search", args.question, "--mode", "bm25"], "-"),
            ("rag ask (extractive)", [*rag, "ask", args.question], "2.5"),
        ]
        rows = [(name, *wall(cmd, env, args.runs), target) for name, cmd, target in cases]
    base = rows[0][1]
    load = os.getloadavg()
    print(
        f"# rag start-up, {date.today()}, {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}\n"
    )
    print(f"Bundled corpus ingested from its shipped embeddings in {ingest_s:.1f} s; median of {args.runs} runs.\n")
    print("| command | wall s | × python -c pass | target s | exit |")
    print("|---|---|---|---|---|")
    for name, seconds, code, target in rows:
        print(f"| {name} | {seconds:.2f} | {seconds / base:.1f} | {target} | {code} |")
    print(f"\nvenv: {venv_size(args.venv)}")


if __name__ == "__main__":
    main()
