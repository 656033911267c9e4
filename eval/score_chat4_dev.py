"""Score eval/chat4_dev.jsonl: chat follow-ups that narrow a list ("any about Y?"), point back at the previous
answer ("the papers from that month", "they" after "who wrote X?"), keep a spelled-out phrase, or follow a filter
turn that listed nothing, run through the code `rag chat` runs. The last turn is judged with eval/score_chat2_dev.py's
keys (`same_as`, `same_chat`, `cited_among`, `cited_within`, `cited_first_is`, `intent_not`, `lacks`).

Run: `python eval/score_chat4_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_chat2_dev import judge  # noqa: E402
from eval.score_page_dev import chat_judged, turns_of  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def main() -> None:
    def judge_row(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
        why = judge(row, answers, answerer)
        return [*why, f"read as {answers[-1].standalone!r} [{answers[-1].intent}]"] if why else []

    run_judged("chat4_dev.jsonl", chat_judged(judge_row), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()
