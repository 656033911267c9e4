"""Score eval/facts4_dev.jsonl: a named paper's figure asked in other words than its summary's (eval/facts4_dev.md).

Rules by `kind`:
- unit, own, title, trap: the first paper the answer cites is the row's paper and the answer's opening paragraph
  (up to its first blank line) holds every string of `facts`, the figure as the summary writes it.
- absent (a method whose own paper the corpus lacks): the opening says that no paper of the digests is the
  method's own, and no paper's figure leads as if it were the method's.

Run: `python eval/score_facts4_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

ABSENT_RE = re.compile(r"\b(?:no|none\s+of|not)\b[^.\n]{0,80}\b(?:own|presents)\b", re.I)


def opening(text: str) -> str:
    return text.strip().split("\n\n")[0]


def passes(row: dict, answer: Answer) -> bool:
    first = opening(answer.answer)
    if row["kind"] == "absent":
        return bool(ABSENT_RE.search(first)) and not re.search(r"\d%", first)
    return cited_in_order(answer)[:1] == row["relevant"][:1] and all(f in first for f in row["facts"])


if __name__ == "__main__":
    run_judged("facts4_dev.jsonl", judging(passes), lambda row: row["kind"])
