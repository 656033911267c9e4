"""Score eval/unstated_dev.jsonl: a score asked of a model whose own paper (its title opens with the model's short
name) writes the benchmark nowhere, in no edition ("what does Kimi k1.5 score on AIME 2024?"), is said to be
unstated ("do not state" / "does not state"), never answered with another sentence of that paper as if it held the
score. Controls are edition_dev's `stated` rows (`python eval/score_edition_dev.py`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"]).answer
    return [] if "not state" in answer else [answer[:120]]


if __name__ == "__main__":
    run_judged("unstated_dev.jsonl", judge, lambda row: row["kind"])
