"""Draw the topics of eval/honest_dev.jsonl (eval/honest_dev.md), with seed 3710 over the corpus sorted by id:

- rare words (5+ letters, written in 3-12 papers' title or summary): topics a few papers are about;
- common two-word phrases (written in 30-300 papers, no stop word): terms to define;
- papers whose title names a system and whose summary states "N% fewer / less / lower / reduction / smaller …":
  yes/no questions about that figure.

Run: `python eval/make_honest_dev.py` prints the draws; the rows were then written by reading the summaries (the
first drawn items that name a topic, a term or a system, in draw order; eval/honest_dev.md says which were
skipped and why).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rag.catalogue import load  # noqa: E402
from rag.settings import Settings  # noqa: E402

SEED = 3710
STOP = set(
    "the a an of and or to in on for with by from is are that this which as at be its their our we it these".split()
)
FIGURE_RE = re.compile(r"\d+(?:\.\d+)?%\s+(?:fewer|less|lower|reduction|faster|smaller|shorter)")


def main() -> None:
    papers = sorted(load(Settings.from_env()).papers, key=lambda p: p.id)
    text = {p.id: f"{p.title} {' '.join(p.summaries)}" for p in papers}
    rng = random.Random(SEED)
    df: Counter[str] = Counter()
    for t in text.values():
        df.update({w.lower() for w in re.findall(r"[A-Za-z][a-z]{4,}", t)})
    rare = sorted(w for w, n in df.items() if 3 <= n <= 12)
    for w in rng.sample(rare, 40):
        print("rare", w, df[w])
    pairs: Counter[str] = Counter()
    for t in text.values():
        ws = re.findall(r"[a-z][a-z-]+", t.lower())
        pairs.update({f"{a} {b}" for a, b in pairwise(ws) if a not in STOP and b not in STOP})
    common = sorted(p for p, n in pairs.items() if 30 <= n <= 300)
    print("common", rng.sample(common, 40))
    figures = [p for p in papers if ":" in p.title and FIGURE_RE.search(text[p.id])]
    for p in rng.sample(figures, 8):
        print("figure", p.id, p.title[:80])


if __name__ == "__main__":
    main()
