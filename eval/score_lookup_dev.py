"""Score eval/lookup_dev.jsonl: half-remembered single-paper lookups (eval/lookup_dev.md).

Rules by `kind`:
- described: a `relevant` paper is among the first two the answer cites, and the answer does not abstain.
- hijacked, named: a `relevant` paper is the first the answer cites, and the answer does not abstain.
An answer abstains when it says the digests do not cover the question, or that the cited paper's summary
says nothing of it.

Run: `python eval/score_lookup_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

ABSTAINS_RE = re.compile(r"do not cover this|does not say anything about|which do not answer", re.I)


def passes(row: dict, answer: Answer) -> bool:
    if ABSTAINS_RE.search(answer.answer):
        return False
    head = cited_in_order(answer)[: 2 if row["kind"] == "described" else 1]
    return any(p in row["relevant"] for p in head)


if __name__ == "__main__":
    run_judged("lookup_dev.jsonl", judging(passes), lambda row: row["kind"])
