"""Draw the named papers of eval/prop_dev.jsonl (seeded): papers whose title opens with a system name
("SmolVLA: …"), one property slot each in turn. The rows' expected phrases were then written by reading
each paper's summary (eval/prop_dev.md); this script only prints the picks and their summaries."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402

SEED = 2026_11_27
SLOTS = ("size", "base", "datasets", "benchmarks", "count", "score")
NAME_RE = re.compile(r"^([A-Z][\w.+-]*[A-Z0-9][\w.+-]*):\s")  # one word with a capital inside: "SmolVLA", "R1-Searcher"


def picks(n: int = 30) -> list[tuple[str, object]]:
    papers = [p for p in load_papers([ROOT / "data"])[0] if NAME_RE.match(p.title)]
    papers.sort(key=lambda p: p.id)
    drawn = random.Random(SEED).sample(papers, n)
    return [(SLOTS[i % len(SLOTS)], p) for i, p in enumerate(drawn)]


if __name__ == "__main__":
    for slot, paper in picks():
        print(f"== {slot} {paper.id} {paper.title}\n{paper.summary}\n")
