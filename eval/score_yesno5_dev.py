"""Score eval/yesno5_dev.jsonl: yes/no questions about a method only other papers state a property of, about a
property whose word the stemmer joins to another of a different meaning, and about an acronym asked by its
expansion or the other way round (eval/yesno5_dev.md).

Rules by `kind`:
- said, collision, acronym: the answer opens with "Yes", "No" or "The digest does not say" as `expect` says, and
  its first citation is one of `relevant`.
- mentioned (no paper states it): the answer opens with "The digest(s) do(es) not say" and cites a paper.

Run: `python eval/score_yesno5_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
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
        return bool(OPENINGS["unstated"].search(answer.answer)) and bool(first)
    return bool(OPENINGS[row["expect"]].search(answer.answer)) and bool(first) and first[0] in row["relevant"]


if __name__ == "__main__":
    run_judged("yesno5_dev.jsonl", judging(passes), lambda row: row["kind"])
