"""Whole-process wall times of the CLI as a user meets them; prints a table, asserts nothing.

    python bench/startup.py                 # the bundled corpus, median of 5 runs each
    python bench/startup.py --runs 9 --venv .venv
    python bench/startup.py --served-only   # only the rows with `rag serve` running

Each command runs as a fresh process (the `rag` script beside this Python), against an index of
the bundled corpus built first in a temporary folder; each time is also given as a ratio to
`python -c pass` measured in the same run, so figures from a busy machine stay comparable.
"cold" means a new process, not an empty page cache. The "served" rows start `rag serve` over the
same index on a free port (found as a user's command finds it: same index, `RAG_PORT`), warm it
with one request of each kind, then time the same whole commands, which now send their request
to it; the server's own time for each answer (`POST /api/ask`) is printed below the table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    with urllib.request.urlopen(request, timeout=300) as reply:
        data: dict = json.load(reply)
        return data


@contextmanager
def served(rag: list[str], env: dict[str, str]) -> Iterator[str]:
    """`rag serve` over the bench's index, answering on the URL yielded; stopped on the way out."""
    proc = subprocess.Popen([*rag, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{env['RAG_PORT']}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/health", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"rag serve did not come up (exit {proc.poll()})") from None
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def answer_time(url: str, question: str, runs: int) -> float:
    """Median wall time of POST /api/ask, the server's side of a served `rag ask`."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        post(f"{url}/api/ask", {"question": question})
        times.append(time.perf_counter() - t)
    return statistics.median(times)


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
    parser.add_argument("--question", default="which papers use MCTS?", help="a list question")
    parser.add_argument("--fact", default="which model scored 24.6 on OSWorld?", help="a fact question")
    parser.add_argument("--served-only", action="store_true", help="only the rows with `rag serve` running")
    args = parser.parse_args()
    rag = rag_command()
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **{k: v for k, v in os.environ.items() if k != "RAG_SERVER"},
            "RAG_INDEX_DIR": f"{tmp}/chroma",
            "RAG_CACHE_DIR": f"{tmp}/cache",
            "RAG_LLM": "extractive",
            "RAG_PORT": str(free_port()),
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
            ("rag ask, a fact question (extractive)", [*rag, "ask", args.fact], "-"),
        ]
        if args.served_only:
            cases = cases[:1]
        rows = [(name, *wall(cmd, env, args.runs), target) for name, cmd, target in cases]
        with served(rag, env) as url:
            for question in (args.question, args.fact):  # the first answers load what the server keeps warm
                post(f"{url}/api/ask", {"question": question})
            served_cases = [
                ("rag search, served", [*rag, "search", args.question], "-"),
                ("rag ask, served", [*rag, "ask", args.question], "0.6"),
                ("rag ask, a fact question, served", [*rag, "ask", args.fact], "0.6"),
            ]
            rows += [(name, *wall(cmd, env, args.runs), target) for name, cmd, target in served_cases]
            server_s = {q: answer_time(url, q, args.runs) for q in (args.question, args.fact)}
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
    for question, seconds in server_s.items():
        print(f"\nserver's side, POST /api/ask {question!r}: {seconds:.3f} s (median of {args.runs})", end="")
    print(f"\n\nvenv: {venv_size(args.venv)}")


if __name__ == "__main__":
    main()
