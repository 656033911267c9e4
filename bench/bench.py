"""Throughput, latency and memory of ingest and search; prints a table, asserts nothing.

    python bench/bench.py                       # bundled corpus, 1k, 10k, 100k, and a Chroma server at 10k
    python bench/bench.py --sizes 1000,10000 --no-server
    python bench/bench.py --sizes 100000 --no-server --keep /tmp/bench   # a second run reuses the 100k index

Synthetic corpora are real papers of the bundled digests repeated under new ids, so their vectors
come from the shipped embedding cache: ingest figures at those sizes measure everything but the
encoder. The encoder's raw throughput, and ingest of papers whose text it has never seen, are
measured separately on real summaries. Ingest and search of each size run in processes of their
own, so each peak RSS is its own. With --keep, the indexes (and the encoder's and each ingest's
figures) stay in that folder and a later run measures only the search side again; its "load" is
then a start from the snapshot the first run left.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.settings import Settings  # noqa: E402

QUERIES_FILE = ROOT / "eval" / "gold.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def real_papers():
    from rag.ingest import load_papers

    papers, *_ = load_papers([ROOT / "data" / "digests"])
    return papers


def synthetic(papers, n: int):
    """n papers: the real ones first, then copies under new ids (text unchanged, so vectors are cached)."""
    out = []
    for i in range(n):
        base = papers[i % len(papers)]
        if i < len(papers):
            out.append(base)
        else:
            out.append(replace(base, id=f"9{i // 100000:03d}.{i % 100000:05d}", sources=[f"synthetic:{i}"]))
    return out


def queries(n: int) -> list[str]:
    lines = [json.loads(line)["question"] for line in QUERIES_FILE.read_text().splitlines() if line.strip()]
    return [lines[i % len(lines)] for i in range(n)]


def bench_settings(workdir: Path, server_port: int | None) -> Settings:
    settings = Settings.from_env(environ={}, index_dir=workdir / "chroma", cache_dir=workdir / "cache")
    return replace(settings, chroma_host="127.0.0.1", chroma_port=server_port) if server_port else settings


def ingest_size(n: int, workdir: Path, server_port: int | None) -> dict:
    from rag.embed import Embedder
    from rag.index import PaperIndex

    settings = bench_settings(workdir, server_port)
    papers = synthetic(real_papers(), n) if n else real_papers()
    embedder = Embedder(settings)
    index = PaperIndex(settings)
    t = time.perf_counter()
    first = index.sync(papers, embedder)
    ingest_s = time.perf_counter() - t
    t = time.perf_counter()
    again = index.sync(papers, embedder)
    reingest_s = time.perf_counter() - t
    return {
        "papers": len(papers),
        "embedded": first.embedded,
        "ingest_s": round(ingest_s, 2),
        "ingest_papers_per_s": round(len(papers) / ingest_s, 1),
        "reingest_unchanged_s": round(reingest_s, 2),
        "reingest_embedded": again.embedded,
        "ingest_peak_rss_mb": round(peak_rss_mb()),
    }


def serve_size(workdir: Path, server_port: int | None, nq: int, cold_runs: int) -> dict:
    """A fresh process, as a user's: open the index, load the catalogue, answer queries.

    The ingest above wrote the index without the catalogue snapshot, so "load" is the first start
    (catalogue read from Chroma, snapshot and BM25 written); "cold search" is then a whole new
    process that reads the snapshot and answers one hybrid query (the median of `cold_runs`).
    """
    from rag.retrieve import Retriever

    t = time.perf_counter()
    retriever = Retriever(bench_settings(workdir, server_port))
    out = {"load_s": round(time.perf_counter() - t, 2)}
    code = (
        "import sys, time; t = time.perf_counter(); sys.path.insert(0, sys.argv[1]); "
        "from bench.bench import bench_settings; from pathlib import Path; from rag.retrieve import Retriever; "
        "port = int(sys.argv[3]) if sys.argv[3] != '0' else None; "
        "Retriever(bench_settings(Path(sys.argv[2]), port)).search('which papers use MCTS?', k=10)"
    )
    cold = []
    for _ in range(cold_runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(ROOT), str(workdir), str(server_port or 0)], check=True)
        cold.append(time.perf_counter() - t)
    out["cold_search_s"] = round(percentile(cold, 0.5), 2)
    retriever.search("warm up the query encoder", k=10)
    for mode in ("hybrid", "dense", "bm25"):
        times = []
        for q in queries(nq):
            t = time.perf_counter()
            retriever.search(q, k=10, mode=mode)
            times.append((time.perf_counter() - t) * 1000)
        out[f"{mode}_p50_ms"] = round(percentile(times, 0.5), 1)
        out[f"{mode}_p95_ms"] = round(percentile(times, 0.95), 1)
    out["serve_peak_rss_mb"] = round(peak_rss_mb())
    return out


def encoder(n: int, workdir: Path) -> dict:
    """Raw encoder throughput on real summaries, and ingest of never-seen papers against it."""
    import numpy as np

    from rag.embed import Embedder
    from rag.index import PaperIndex

    papers = real_papers()[:n]
    settings = Settings.from_env(
        environ={}, index_dir=workdir / "chroma", cache_dir=workdir / "cache", embed_cache=workdir / "no-shipped-cache"
    )
    embedder = Embedder(settings)
    encoder = embedder.encoder
    encoder.encode(["warm up"] * 8)
    texts = [p.text for p in papers]
    t = time.perf_counter()
    np.asarray(encoder.encode(texts, batch_size=settings.embed_batch_size))
    raw = len(texts) / (time.perf_counter() - t)
    _ = embedder.model  # the llama-index wrapper ingest goes through, loaded before the clock starts
    t = time.perf_counter()
    PaperIndex(settings).sync(papers, embedder)
    ingest = len(papers) / (time.perf_counter() - t)
    return {
        "texts": n,
        "encoder_texts_per_s": round(raw, 1),
        "ingest_new_papers_per_s": round(ingest, 1),
        "ratio": round(ingest / raw, 3),
    }


def start_chroma(path: Path) -> tuple[subprocess.Popen, int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(150):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return proc, port
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("chroma run did not start")


def measure(n: int, workdir: str, port: int | None, nq: int, cold_runs: int) -> dict:
    """One size: ingest (unless a kept folder already holds it: its first run's figures are reused), then search."""
    extra = ["--port", str(port)] if port else []
    saved = Path(workdir) / "ingest.json"
    if saved.exists() and not port:
        row = {**json.loads(saved.read_text()), "reused": True}
    else:
        row = child(["--ingest", str(n), "--workdir", workdir, *extra])
        saved.write_text(json.dumps(row))
    row.update(child(["--serve", "--workdir", workdir, "--queries", str(nq), "--cold-runs", str(cold_runs), *extra]))
    return row


def child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0,1000,10000,100000", help="0 = the bundled corpus as it is")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--encoder-texts", type=int, default=320)
    parser.add_argument("--no-server", action="store_true")
    parser.add_argument("--server-size", type=int, default=10000)
    parser.add_argument("--cold-runs", type=int, default=5, help="whole-process cold searches per size (median)")
    parser.add_argument("--keep", type=Path, help="keep the indexes here and reuse them on the next run")
    parser.add_argument("--ingest", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--encoder", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ingest is not None:
        print(json.dumps(ingest_size(args.ingest, Path(args.workdir), args.port)))
        return
    if args.serve:
        print(json.dumps(serve_size(Path(args.workdir), args.port, args.queries, args.cold_runs)))
        return
    if args.encoder:
        print(json.dumps(encoder(args.encoder_texts, Path(args.workdir))))
        return
    rows = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        saved = tmp / "encoder.json"
        if args.keep and saved.exists():
            enc = json.loads(saved.read_text())
        else:
            enc = child(["--encoder", "--encoder-texts", str(args.encoder_texts), "--workdir", f"{scratch}/enc"])
            saved.write_text(json.dumps(enc))
        for n in [int(x) for x in args.sizes.split(",")]:
            rows.append(("local", measure(n, f"{tmp}/local-{n}", None, args.queries, args.cold_runs)))
            print(f"... local {rows[-1][1]['papers']} papers done", file=sys.stderr)
        if not args.no_server:
            proc, port = start_chroma(Path(scratch) / "server")
            try:
                rows.append(("server", measure(args.server_size, f"{scratch}/srv", port, args.queries, args.cold_runs)))
            finally:
                proc.terminate()
                proc.wait(timeout=20)
    print(
        f"# rag bench, {date.today()}, {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load average {load_before[0]:.1f} at the start and "
        f"{os.getloadavg()[0]:.1f} at the end\n"
    )
    print(
        f"Encoder (all-MiniLM-L6-v2, int8 ONNX on onnxruntime, length-sorted batches of 32, real summaries): "
        f"{enc['encoder_texts_per_s']} texts/s raw; ingest of {enc['texts']} never-seen papers "
        f"{enc['ingest_new_papers_per_s']} papers/s = {enc['ratio']:.2f} of raw\n"
    )
    cols = [
        "papers",
        "ingest_papers_per_s",
        "reingest_unchanged_s",
        "ingest_peak_rss_mb",
        "load_s",
        "cold_search_s",
        "hybrid_p50_ms",
        "hybrid_p95_ms",
        "dense_p50_ms",
        "bm25_p50_ms",
        "serve_peak_rss_mb",
    ]
    print("| store | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for store, row in rows:
        print(f"| {store} | " + " | ".join(str(row[c]) for c in cols) + " |")
    reused = [f"{row['papers']:,}" for _, row in rows if row.get("reused")]
    if reused:
        print(
            f"\nReused from {args.keep} (index, encoder and ingest figures of its first run): {', '.join(reused)} "
            "papers; their load_s is a start from the snapshot that run left."
        )
    print(f"\ncold_search_s: median of {args.cold_runs} whole-process runs.")


if __name__ == "__main__":
    main()
