"""Draw the names for eval/definitions_dev2.jsonl: common names of three kinds, drawn with a seed.

- acronyms the corpus spells out (`mine_acronyms`), written in 3-60 papers;
- capitalised names with a version ("SAM 2", "Qwen2.5"), written in 3-60 papers;
- lower-case two-word techniques ending on a technique noun ("model merging", "knowledge distillation"),
  written in 5-80 papers. The head nouns are the field's general vocabulary for a technique.

Run: `python eval/make_definitions_dev2.py` prints 15 drawn names per kind with their paper counts; the rows
were then written by reading each name's summaries (eval/definitions_dev2.md).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.ingest import load_papers  # noqa: E402
from rag.retrieve import mine_acronyms  # noqa: E402

SEED = 20261128
VERSIONED_RE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]+(?:[- ]?\d+(?:\.\d+)?)(?![\w.-]*\w)")
HEADS = (
    "distillation decoding merging pruning quantization tuning sampling search alignment augmentation "
    "regularization attention retrieval editing unlearning learning optimization scaling"
).split()
TECHNIQUE_RE = re.compile(rf"(?<![\w-])[a-z][a-z-]{{3,}} (?:{'|'.join(HEADS)})(?![\w-])")


def draw(counts: Counter, low: int, high: int, rng: random.Random, k: int = 15) -> list[tuple[str, int]]:
    pool = sorted(n for n, c in counts.items() if low <= c <= high)
    return [(n, counts[n]) for n in rng.sample(pool, min(k, len(pool)))]


def main() -> None:
    papers = load_papers([ROOT / "data"])[0]
    texts = [f"{p.title}\n{p.summary}" for p in papers]
    rng = random.Random(SEED)
    acronyms = mine_acronyms(texts)
    words = [set(re.findall(r"[a-z0-9][a-z0-9-]*", t.lower())) for t in texts]
    named = Counter(a for w in words for a in w & acronyms.keys())
    versioned = Counter(n for t in texts for n in set(VERSIONED_RE.findall(t)))
    techniques = Counter(n for t in texts for n in set(TECHNIQUE_RE.findall(t.lower())))
    for kind, counts, low, high in (
        ("acronym", named, 3, 60),
        ("versioned", versioned, 3, 60),
        ("technique", techniques, 5, 80),
    ):
        for name, count in draw(counts, low, high, rng):
            print(f"{kind}\t{name}\t{count}")


if __name__ == "__main__":
    main()
