"""Draw the topics of eval/fix_dev.jsonl (chat corrections and answer-language requests) at random, with a
fixed seed: acronyms the corpus spells out, named by 6-60 papers, not gold set 1's nor generic ones, none
drawn for gold set 2. The chats around them are written by hand in eval/fix_dev.jsonl (eval/fix_dev.md).
Run: `python eval/make_fix_dev.py` (prints the draw).
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

SEED = 2026_1127_32
DRAW = 40


def main() -> None:
    papers, acronyms, taken = make_lists_dev.corpus_and_taken()
    pool = make_lists_dev.acronym_pool(acronyms, papers, taken, 6, 60)
    for a in random.Random(SEED).sample(pool, DRAW):
        print(json.dumps({"acronym": a, "expansion": acronyms[a], "papers": paper_count(papers, a, acronyms[a])}))


if __name__ == "__main__":
    main()
