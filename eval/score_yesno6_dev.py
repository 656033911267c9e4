"""Score eval/yesno6_dev.jsonl: yes/no questions about a named paper whose summary states one side of a contrasting
pair or a figure, asked both ways (eval/yesno6_dev.md).

Rule (both kinds): the answer opens with "Yes" or "No" as `expect` says, its first citation is the paper asked
about (`relevant`), and it quotes the deciding words (`quote`, case-insensitive).

Run: `python eval/score_yesno6_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
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
    opens = bool(OPENINGS[row["expect"]].search(answer.answer))
    return opens and first == row["relevant"][:1] and row["quote"].lower() in answer.answer.lower()


if __name__ == "__main__":
    run_judged("yesno6_dev.jsonl", judging(passes), lambda row: row["kind"])
