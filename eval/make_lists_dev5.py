"""Draw the topics for the fifth list dev set (eval/lists_dev5.jsonl) at random, with a fixed seed.

Same pool as lists_dev3 and lists_dev4 (`make_lists_dev3.phrase_pool`: two- and three-word phrases at
least two titles write), less both sets' draws and lists_dev4's defect words, and narrowed to phrases
named by 5-15 papers so that one judge can read every candidate of a dozen topics completely. A
person skips draws that are no technique or topic (in draw order), writes each question as users
do, judges every candidate by reading its summary, and alternates tune / check.
Run: `python eval/make_lists_dev5.py > eval/lists_dev5-picks.json`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval import make_lists_dev3, make_lists_dev4  # noqa: E402

SEED = 2026_1126_5
DRAW = 45
HIGH = 15


def main() -> None:
    taken = frozenset(
        x["phrase"]
        for name in ("lists_dev3-picks.json", "lists_dev4-picks.json")
        for x in json.loads((ROOT / "eval" / name).read_text())["lists"]
    )
    pool, named_by = make_lists_dev3.phrase_pool(taken, make_lists_dev4.DEFECT_WORDS)
    pool = [g for g in pool if named_by[g] <= HIGH]
    make_lists_dev3.print_draw(pool, named_by, SEED, DRAW)


if __name__ == "__main__":
    main()
