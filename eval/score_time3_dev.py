"""Score eval/time3_dev.jsonl: recency left over from time2 and lang2 (eval/time3_dev.md).

Rules by `group`:
- lately: a trend; it says the last three months (`late`) against the three before (`early`), with a verdict
  (rising, falling or about level) matching the row's `verdict` where grep's shares fix one, and still shows the
  monthly counts (time2_dev's rule).
- latest: the list cites the same papers as the plain question `plain` asks, the first ten newest first.
- digest: the answer's period is the row's one digest day; it cites only papers of that day, and one of `in_day`
  where that day has any (none where it has none).
- foreign: the answer's period is the row's.
- count: in a chat that asked `chat`, "how many of them are from <month>?" counts as many papers as the trend
  `trend` gives for that month.
- control: the answer's period is the row's, and its intent where the row names one.

Run: `python eval/score_time3_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from eval.score_time2_dev import why_not as time2_why_not  # noqa: E402
from eval.score_time_dev import period_of  # noqa: E402

COUNT_RE = re.compile(r"^\W*(\d+)\s+papers?\b")


def month_count(answer: Any, month: str) -> str:
    m = re.search(rf"\b{month}: (\d+)", answer.answer)
    return m.group(1) if m else ""


def why_not(row: dict, answer: Any, other: Any = None) -> list[str]:
    """The rules a row's answer breaks; none when it passes."""
    group = row["group"]
    if group in ("lately", "control"):
        return time2_why_not({**row, "group": "lately" if group == "lately" else "control"}, answer)
    if group == "latest":
        return time2_why_not({**row, "group": "samelist"}, answer, other)
    if group == "digest":
        return time2_why_not({**row, "group": "relday"}, answer)
    if group == "foreign":
        return [f"period {period_of(answer)}"] if period_of(answer) != row["period"] else []
    said = COUNT_RE.match(answer.answer)
    counted = said.group(1) if said else ""
    trend = month_count(other, row["month"]) if other is not None else ""
    return [] if counted and counted == trend else [f"counts {counted or '?'} against the trend's {trend or '?'}"]


def judge(row: dict, answerer: Any) -> list[str]:
    history: list[tuple[str, str]] = []
    for turn in row.get("chat", []):
        history.append((turn, answerer.ask(turn, history=list(history)).answer))
    answer = answerer.ask(row["question"], history=history) if history else answerer.ask(row["question"])
    other = answerer.ask(row.get("plain") or row["trend"]) if row.get("plain") or row.get("trend") else None
    why = why_not(row, answer, other)
    return [*why, f"{answer.answer[:300]!r}", f"cited={cited_in_order(answer)[:5]}"] if why else []


if __name__ == "__main__":
    run_judged("time3_dev.jsonl", judge, lambda row: row["group"])
