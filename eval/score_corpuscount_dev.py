"""Score eval/corpuscount_dev.jsonl: the corpus's whole count asked in other words (eval/corpuscount_dev.md).

Rules by `group`: total: the answer opens with the corpus's count of papers ("4,894 papers reached the digests");
control: it does not (a topic is asked).

Run: `python eval/score_corpuscount_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402


def judge(row: dict, answerer: Any) -> list[str]:
    whole = f"{len(answerer.retriever.papers):,} papers reached the digests"
    answer = answerer.ask(row["question"]).answer
    said = answer.startswith(whole)
    if said == (row["group"] == "total"):
        return []
    return [answer[:200]]


if __name__ == "__main__":
    run_judged("corpuscount_dev.jsonl", judge, lambda row: row["group"])
