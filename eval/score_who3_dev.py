"""Score eval/who3_dev.jsonl: chat follow-ups about a person (his / her / their / the author's …), one property of
a paper asked by ellipsis ("what base model", "and the code?"), and follow-ups whose leftover words must not become
the chat's topic, run through the code `rag chat` runs. Only the last turn is judged, with the keys of
eval/follow_dev.jsonl (`cites_within`, `cites_exactly`, `says_any`, `lacks`, `same_as`, `names_any` / `min_names` /
`within_turn`, `standalone_has` / `standalone_lacks`) and:

- `first_line_count`: the answer's first line states this count as a number.

Run: `python eval/score_who3_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_follow_dev import judge as judge_follow  # noqa: E402
from eval.score_page_dev import chat_judged, turns_of  # noqa: E402
from rag.answer import Answerer  # noqa: E402


def judge(row: dict, answers: list[Any], answerer: Answerer) -> list[str]:
    """The reasons a row fails (empty: it passes)."""
    why = judge_follow(row, answers, answerer)
    if "first_line_count" in row:
        first = answers[-1].answer.strip().split("\n")[0]
        if not re.search(rf"(?<![\d.,]){row['first_line_count']}(?![\d.,]\d)\b", first):
            why.append(f"first line states no {row['first_line_count']}")
    return [*why, f"read as {answers[-1].standalone!r} [{answers[-1].intent}]"] if why else []


def main() -> None:
    run_judged("who3_dev.jsonl", chat_judged(judge), lambda row: row["kind"].split()[0], turns_of)


if __name__ == "__main__":
    main()
