"""Score eval/chat4_dev.jsonl: chat follow-ups that narrow a list ("any about Y?"), point back at the previous
answer ("the papers from that month", "they" after "who wrote X?"), keep a spelled-out phrase, or follow a filter
turn that listed nothing, run through the code `rag chat` runs. The last turn is judged with eval/score_chat2_dev.py's
keys (`same_as`, `same_chat`, `cited_among`, `cited_within`, `cited_first_is`, `intent_not`, `lacks`). A row with
`busiest_of` takes its period from that turn's answer: the busiest month it names ("(busiest 2024-09, 11)") fills
`{since}` and `{until}` of `same_as` and is the `cited_within` period.

Run: `python eval/score_chat4_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import calendar
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_chat2_dev import judge  # noqa: E402
from eval.score_page_dev import chat_judged, turns_of  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def with_busiest(row: dict, answers: list[Any]) -> dict:
    """The row with its period read off the answer of turn `busiest_of`; the row as it was without that key."""
    if "busiest_of" not in row:
        return row
    m = re.search(r"\(busiest (\d{4})-(\d{2}), \d+\)", answers[row["busiest_of"]].answer)
    if not m:
        return {**row, "same_as": "", "cited_within": ["9999-01-01", "9999-01-01"]}
    year, month = int(m.group(1)), int(m.group(2))
    since, until = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return {**row, "same_as": row["same_as"].format(since=since, until=until), "cited_within": [since, until]}


def main() -> None:
    def judge_row(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
        row = with_busiest(row, answers)
        if row.get("same_as") == "":
            return [f"turn {row['busiest_of']} names no busiest month"]
        why = judge(row, answers, answerer)
        return [*why, f"read as {answers[-1].standalone!r} [{answers[-1].intent}]"] if why else []

    run_judged("chat4_dev.jsonl", chat_judged(judge_row), lambda row: row["kind"], turns_of)


if __name__ == "__main__":
    main()
