"""How long one briefing takes to build in process (themes clustered and named); prints a table, asserts nothing.

    python bench/briefing.py                 # every 8th week and every 3rd month of the index at RAG_HOME
    python bench/briefing.py --weeks 2025-W43 2025-W04 --months 2025-09

"first" is the first build of a range in this process (the titles' candidate terms not yet cached);
"warm" the median of three builds after it, as `rag serve` builds a briefing it was asked for before.
The range's clustering alone is timed too (the part naming does not change), so figures from a busy
machine can be read against it.
"""

from __future__ import annotations

import argparse
import calendar
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.briefing import build_briefing, cluster, in_range, week_range, weeks_covered  # noqa: E402
from rag.retrieve import Retriever  # noqa: E402
from rag.settings import Settings  # noqa: E402


def month_range(month: str) -> tuple[str, str]:
    y, m = (int(x) for x in month.split("-"))
    return f"{month}-01", f"{month}-{calendar.monthrange(y, m)[1]:02d}"


def timed(call: Callable[..., object], *args: object) -> float:
    began = time.perf_counter()
    call(*args)
    return time.perf_counter() - began


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weeks", nargs="*")
    ap.add_argument("--months", nargs="*")
    args = ap.parse_args()
    retriever = Retriever(Settings.from_env(llm="extractive"))
    papers, vectors = retriever.papers, retriever.vectors()
    weeks = args.weeks or weeks_covered(papers)[::8]
    months = args.months or sorted({d[:7] for p in papers for d in p.dates})[::3]
    ranges = [(w, *week_range(w)) for w in weeks] + [(m, *month_range(m)) for m in months]
    print(f"{'range':10s} {'papers':>6s} {'themes':>6s} {'first s':>8s} {'warm s':>7s} {'clusters s':>10s}")
    for name, start, end in ranges:
        chosen = in_range(papers, start, end)
        if not chosen:
            continue
        first = timed(build_briefing, papers, vectors, start, end)
        warm = statistics.median(timed(build_briefing, papers, vectors, start, end) for _ in range(3))
        matrix = np.stack([vectors[p.id] for p in chosen])
        alone = timed(cluster, matrix, max(1, min(8, round(math.sqrt(len(chosen) / 2)))))
        themes = len(build_briefing(papers, vectors, start, end).themes)
        print(f"{name:10s} {len(chosen):6d} {themes:6d} {first:8.3f} {warm:7.3f} {alone:10.3f}")


if __name__ == "__main__":
    main()
