"""Score eval/yesno4_dev.jsonl: yes/no questions about one named paper in the wordings besides "does …" ("is X a
benchmark for Z?", "was X trained with Y?", "can X …?", "has X …?") and order questions ("X before Y", "X first")
(eval/yesno4_dev.md).

Rules by `kind`:
- property, order: the answer opens with "Yes", "No" or "The digest does not say" as `expect` says (yes / no /
  unstated), and the paper asked about is the first it cites.
- mentioned (a method no paper is the own of): the answer opens with "The digest(s) do(es) not say" and first
  cites one of the papers in `relevant` (those writing the method beside the asked thing).

Run: `python eval/score_yesno4_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from eval.score_yesno3_dev import OPENINGS  # noqa: E402
from rag.records import Answer  # noqa: E402


def passes(row: dict, answer: Answer) -> bool:
    first = cited_in_order(answer)[:1]
    if row["kind"] == "mentioned":
        return bool(OPENINGS["unstated"].search(answer.answer)) and bool(first) and first[0] in row["relevant"]
    return bool(OPENINGS[row["expect"]].search(answer.answer)) and first == row["relevant"][:1]


if __name__ == "__main__":
    run_judged("yesno4_dev.jsonl", judging(passes), lambda row: row["kind"])
