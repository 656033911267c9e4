"""HTTP API latency under concurrent clients, on loopback. Prints a table; asserts nothing.

Starts `rag serve` (UI + API, extractive answers) on a free 127.0.0.1 port over an index in a
temporary RAG_HOME (built from the bundled corpus unless --home names one that has it), then for each
endpoint runs N client threads for D seconds, each sending the gold questions in turn, one request at a
time. Every reply is checked (status 200 and the expected JSON); anything else counts as an error.

    python bench/api_bench.py                     # 8 clients, 60 s per endpoint
    python bench/api_bench.py --clients 4 --seconds 20
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
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
RAG = [sys.executable, "-m", "rag.cli"]
MAX_REQUESTS_PER_CLIENT = 100_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def questions() -> list[str]:
    lines = (ROOT / "eval" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def start(home: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "RAG_HOME": str(home), "RAG_LLM": "extractive", "RAG_PORT": str(port), "RAG_API_TOKEN": ""}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.Popen([*RAG, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.5)
        if proc.poll() is not None:
            sys.exit(f"rag serve exited with code {proc.returncode}")
    proc.kill()
    sys.exit("rag serve did not start within 300 s")


def call(client: httpx.Client, kind: str, question: str) -> bool:
    if kind == "search":
        reply = client.get("/api/search", params={"q": question, "k": 10})
        return reply.status_code == 200 and isinstance(reply.json(), list)
    reply = client.post("/api/ask", json={"question": question})
    return reply.status_code == 200 and "citations" in reply.json()


def load(base: str, kind: str, clients: int, seconds: float, qs: list[str]) -> dict:
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker(offset: int) -> None:
        mine: list[float] = []
        bad = 0
        with httpx.Client(base_url=base, timeout=120) as client:
            for i in range(MAX_REQUESTS_PER_CLIENT):
                if time.monotonic() >= stop_at:
                    break
                t0 = time.perf_counter()
                try:
                    ok = call(client, kind, qs[(offset + i) % len(qs)])
                except (httpx.HTTPError, ValueError):
                    ok = False
                mine.append(time.perf_counter() - t0)
                bad += not ok
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(n * 7,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started
    ms = sorted(x * 1000 for x in latencies)
    return {
        "endpoint": kind,
        "requests": len(ms),
        "errors": errors[0],
        "req/s": len(ms) / wall,
        "p50 ms": statistics.median(ms) if ms else float("nan"),
        "p95 ms": ms[int(0.95 * (len(ms) - 1))] if ms else float("nan"),
        "max ms": ms[-1] if ms else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--home", type=Path, help="A RAG_HOME whose index already holds the corpus.")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rag-api-bench-") as tmp:
        home = args.home or Path(tmp)
        if not args.home:
            env = {**os.environ, "RAG_HOME": str(home), "PYTHONPATH": str(ROOT)}
            subprocess.run([*RAG, "ingest"], env=env, check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        proc = start(home, port)
        try:
            base = f"http://127.0.0.1:{port}"
            qs = questions()
            for kind in ("search", "ask"):  # one warm-up round each, outside the measurement
                with httpx.Client(base_url=base, timeout=120) as client:
                    call(client, kind, qs[0])
            rows = [load(base, kind, args.clients, args.seconds, qs) for kind in ("search", "ask")]
        finally:
            proc.terminate()
            proc.wait(timeout=30)

    print(
        f"rag serve on 127.0.0.1, extractive answers, {args.clients} concurrent clients, "
        f"{args.seconds:g} s per endpoint; {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}"
    )
    print("| endpoint | requests | errors | req/s | p50 ms | p95 ms | max ms |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        print(
            f"| {r['endpoint']} | {r['requests']} | {r['errors']} | {r['req/s']:.1f} | "
            f"{r['p50 ms']:.0f} | {r['p95 ms']:.0f} | {r['max ms']:.0f} |"
        )


if __name__ == "__main__":
    main()
