"""Score eval/apostrophe_dev.jsonl: a wh-word's contraction typed without its apostrophe ("whats", "whos", "hows").

Rule: the answer is the one the same question with the apostrophe (`plain`) gets, word for word.

Run: `python eval/score_apostrophe_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402


def judge(row: dict, answerer: Any) -> list[str]:
    mine, theirs = answerer.ask(row["question"]).answer, answerer.ask(row["plain"]).answer
    return [] if mine == theirs else [f"{mine[:160]!r} against {theirs[:160]!r}"]


if __name__ == "__main__":
    run_judged("apostrophe_dev.jsonl", judge, lambda row: "apostrophe")
