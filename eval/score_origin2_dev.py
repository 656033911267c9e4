"""Score eval/origin2_dev.jsonl: "which paper proposes <a description>?" answers with the paper described, a name
the digests introduce with its paper, and a name older than the digests with the denial and the earliest paper
writing the whole name (eval/origin2_dev.md). Pass count per kind, per half.

Run: `python eval/score_origin2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

DENIAL = "hold no paper that introduces"


def judge(row: dict, answerer: Any) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    answer = answerer.ask(row["question"])
    cited = cited_in_order(answer)
    denies = DENIAL in answer.answer
    why = []
    if row["kind"] in ("describe", "named"):
        if denies:
            why.append("denies the paper")
        if cited[:1] != [row["paper"]]:
            why.append(f"first cites {cited[:1]}, not {row['paper']}")
    elif row["kind"] == "older":
        if not denies:
            why.append("no denial")
        if cited[:1] != [row["earliest"]]:
            why.append(f"earliest {cited[:1]}, not {row['earliest']}")
    if why:
        why.append(repr(answer.answer[:240]))
    return why


if __name__ == "__main__":
    run_judged("origin2_dev.jsonl", judge, lambda row: row["kind"])
