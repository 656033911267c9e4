"""Score eval/compare2_dev.jsonl: a comparison's two sides when they share a head ("compare dense and sparse
attention" weighs dense attention against sparse attention) and when the first side is a topic of its own
("pruning vs knowledge distillation") (eval/compare2_dev.md).

Rule: the question is read as a comparison whose two topics are `sides` (lower case, as `parsed.topics`).

Run: `python eval/score_compare2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402


def judge(row: dict, answerer: object) -> list[str]:
    answer = answerer.ask(row["question"])  # type: ignore[attr-defined]
    parsed = answer.parsed
    topics = [t.lower() for t in parsed.get("topics", [])]
    if parsed.get("intent") != "compare" or topics != row["sides"]:
        return [f"intent {parsed.get('intent')!r}, sides {topics} want {row['sides']}", f"{answer.answer[:160]!r}"]
    return []


if __name__ == "__main__":
    run_judged("compare2_dev.jsonl", judge, lambda row: row["kind"])
