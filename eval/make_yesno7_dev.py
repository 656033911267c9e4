"""Print the seeded draw eval/yesno7_dev.jsonl's yes/no rows were written from (eval/yesno7_dev.md): 22 named papers
(a title "Name: ...", the name written as one) drawn with seed 7707, each with its summary. The questions were then
written by hand from the summaries, in the wordings "can X do N …?", "does X work without Y?", "is X <more> than
Y?" and "did X beat Y on Z?", and judged by reading them (`/work/lead/show.py ID`).

Run: `python eval/make_yesno7_dev.py`.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.make_yesno3_dev import NAME_RE  # noqa: E402
from rag.ingest import load_papers  # noqa: E402

SEED = 7707
DRAWN = 22


def main() -> None:
    papers, *_ = load_papers(sorted((ROOT / "data" / "digests").glob("*.md")))
    named = [
        p
        for p in papers
        if (m := NAME_RE.match(p.title)) and re.search(r"\w[A-Z]|\d", m.group(1)) and "." not in m.group(1)
    ]
    for p in random.Random(SEED).sample(sorted(named, key=lambda p: p.id), DRAWN):
        print("=" * 60)
        print(p.id, p.title)
        print(p.summary)


if __name__ == "__main__":
    main()
