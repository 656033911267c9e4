"""Draw the papers of eval/props2_dev.jsonl (seeded): for each slot (base model, data size, benchmarks, what it
replaces or removes, speedup, parameter count) papers whose summary matches the slot's loose pattern, and papers
whose summary matches none of it. The questions, the way each paper is named (title words, its short name, or an
acronym its summary defines) and the expected phrases were then written by reading each summary
(eval/props2_dev.md); this script only prints the picks and their summaries."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402

SEED = 2026_11_27_2
# Loose patterns for a summary that may state the slot; the reading decides.
SLOTS = {
    "base": r"(?:fine-?tun\w+|based on|built on|initiali[sz]ed from)\s+(?:a\s+|the\s+)?"
    r"(?:pre-?trained\s+)?[A-Z][\w.-]*\d",
    "size": r"\b\d[\d,.]*\s*[kKM]?[- ](?:samples?|examples?|instances?|problems?|questions?|pairs?)\b",
    "bench": r"\b(?:evaluat\w+|experiments?|tested|results?)\s+on\s+(?:the\s+)?[A-Z]",
    "replace": r"\b(?:replac\w+|remov\w+|eliminat\w+)\b",
    "speed": r"\b\d+(?:\.\d+)?\s*[x×]\s+(?:speedup|faster|acceleration)|\bspeedups?\s+of\b",
    "params": r"\b\d+(?:\.\d+)?\s*[BM]\b(?!\s*tokens)|\b(?:billion|million)\s+parameters\b",
}
PER_SLOT = 4
UNSTATED = 8


def picks() -> list[tuple[str, bool, object]]:
    papers = sorted(load_papers([ROOT / "data"])[0], key=lambda p: p.id)
    rng = random.Random(SEED)
    out: list[tuple[str, bool, object]] = []
    for slot, pattern in SLOTS.items():
        pool = [p for p in papers if re.search(pattern, p.summary)]
        out += [(slot, True, p) for p in rng.sample(pool, PER_SLOT)]
    for i in range(UNSTATED):
        slot = list(SLOTS)[i % len(SLOTS)]
        pool = [p for p in papers if not re.search(SLOTS[slot], p.summary)]
        out.append((slot, False, rng.choice(pool)))
    return out


if __name__ == "__main__":
    for slot, stated, paper in picks():
        print(f"== {slot} {'stated' if stated else 'unstated'} {paper.id} {paper.title}\n{paper.summary}\n")
