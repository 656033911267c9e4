"""Score eval/lists22_dev.jsonl: lists on seeded corpus topics, every candidate judged uses vs mentions
(eval/lists22_dev.md).

A row passes when the papers cited hold at least `SHARE` of `gold` (recall) and at least `SHARE` of them are in
`gold` or `optional` (precision). After the pass table, each half's micro precision and recall over all its rows
(cited papers counted once per row), the figures the set is tuned by.

Run: `python eval/score_lists22_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import list_failures, run_judged  # noqa: E402

SHARE = 0.9
COUNTS: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])


def judge(row: dict, answerer: Any) -> list[str]:
    cited = {str(c["id"]) for c in answerer.ask(row["question"]).citations}
    gold, fine = set(row["gold"]), set(row["gold"]) | set(row["optional"])
    counts = COUNTS[row["half"]]
    for i, n in enumerate((len(cited & fine), len(cited), len(cited & gold), len(gold))):
        counts[i] += n
    return list_failures(cited, row, SHARE)


if __name__ == "__main__":
    run_judged("lists22_dev.jsonl", judge, lambda row: "pr")
    for half, (fine, cited, found, gold) in sorted(COUNTS.items()):
        precision, recall = fine / max(cited, 1), found / max(gold, 1)
        print(f"{half}: micro P {precision:.3f} ({fine}/{cited}) R {recall:.3f} ({found}/{gold})")
