"""Draw the techniques for the second list dev set (eval/lists_dev2.jsonl) at random, with a fixed seed.

Same process as eval/make_lists_dev.py, a new seed, and none of the acronyms drawn before (gold2's
picks in every role, lists_dev's 24 draws, the first gold set). Acronyms the corpus spells out,
named by 6-25 papers (complete judging stays feasible). A person writes the question and judges
every candidate by reading its summary; rows alternate tune / check in draw order.
Run: `python eval/make_lists_dev2.py`.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import make_lists_dev  # noqa: E402
from eval.make_gold2 import paper_count  # noqa: E402

SEED = 2026_1126_2
DRAW = 20


def main() -> None:
    papers, acronyms, taken = make_lists_dev.corpus_and_taken()
    first = random.Random(make_lists_dev.SEED)
    old_pool = make_lists_dev.acronym_pool(acronyms, papers, taken, 8, 30)
    taken |= set(first.sample(old_pool, make_lists_dev.DRAW))
    pool = make_lists_dev.acronym_pool(acronyms, papers, taken, 6, 25)
    rng = random.Random(SEED)
    drawn = rng.sample(pool, DRAW)
    out = [{"acronym": a, "expansion": acronyms[a], "papers": paper_count(papers, a, acronyms[a])} for a in drawn]
    json.dump({"seed": SEED, "pool": len(pool), "lists": out}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
