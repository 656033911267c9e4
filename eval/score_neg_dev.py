"""Score eval/neg_dev.jsonl: negations written as "other than", "excluding", "except", "apart from", "besides",
"not A or B", "neither A nor B", "that don't need X", "X-free" and "non-X" (eval/neg_dev.md), and controls where
"other than" / "apart from" narrows a question about one paper. Pass count per kind, per half.

Run: `python eval/score_neg_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def judge(row: dict, answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    answer = answerer.ask(row["question"])
    cited = {c["id"] for c in answer.citations}
    why = []
    if row.get("twin") and cited != (same := {c["id"] for c in answerer.ask(row["twin"]).citations}):
        why.append(f"{len(cited ^ same)} papers differ from the twin {row['twin']!r}")
    if wrong := sorted(set(row.get("not_cited", [])) & cited):
        why.append(f"cites {wrong}")
    if missing := sorted(set(row["cited"]) - cited):
        why.append(f"misses {missing}")
    if row.get("intent") and answer.intent != row["intent"]:
        why.append(f"intent {answer.intent}")
    if why:
        why.append(repr(answer.answer[:200]))
    return why


def main() -> None:
    run_judged("neg_dev.jsonl", judge, lambda row: row["kind"])


if __name__ == "__main__":
    main()
