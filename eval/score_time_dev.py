"""Score eval/time_dev.jsonl: recency and date words (eval/time_dev.md).

Rules by `group`:
- recent: a list; the first five papers it cites are newest first, and the first is no older than the newest
  paper naming the topic (grep, `newest_named`).
- dates, last: the answer's period is the row's `period`, and the answer names the corpus's newest day (dates
  count from it); where papers naming the topic fall in the period (`in_period`), it cites one of them. A
  `future` row (a period after the newest day) names the newest day and `rag sync`.
- first: a `when` row cites first one of the papers of the topic's first day (`first`); a `summary` row has
  that intent and the period, does not abstain, and cites a paper of `in_period`.
- control: a latest_dev row cites first one of its `relevant` papers; a periods_dev row keeps its intent and
  period.

Run: `python eval/score_time_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

ABSTAINS_RE = re.compile(r"do not cover this|does not say anything about|which do not answer", re.I)
NEWEST_DAY = "2025-10-30"  # the bundled corpus's newest digest day


def period_of(answer: Any) -> list[str]:
    return [answer.filters.get("since", ""), answer.filters.get("until", "")]


def dates_of(answer: Any, ids: list[str]) -> list[str]:
    by_id = {s.hit.paper.id: s.hit.paper.date for s in answer.sources}
    return [by_id.get(i, "") for i in ids]


def why_not(row: dict, answer: Any) -> list[str]:
    """The rules a row's answer breaks; none when it passes."""
    cited = cited_in_order(answer)
    group, why = row["group"], []
    if group == "control":
        if row["source"].startswith("latest") and cited[:1] != [c for c in cited[:1] if c in row["relevant"]]:
            why.append("first citation not a relevant paper")
        if row["source"].startswith("latest") and not cited:
            why.append("cites nothing")
        if row.get("intent") and answer.intent != row["intent"]:
            why.append(f"intent {answer.intent}")
        if row.get("filters") and period_of(answer) != [row["filters"]["since"], row["filters"]["until"]]:
            why.append(f"period {period_of(answer)}")
        return why
    if row.get("intent") and answer.intent != row["intent"]:
        why.append(f"intent {answer.intent}")
    if group == "recent":
        dates = dates_of(answer, cited[:5])
        if dates != sorted(dates, reverse=True):
            why.append(f"not newest first {dates}")
        if not dates or dates[0] < row["newest_named"]:
            why.append(f"first dated {dates[:1]}, newest naming the topic {row['newest_named']}")
        return why
    if "period" in row and period_of(answer) != row["period"]:
        why.append(f"period {period_of(answer)}")
    if (row.get("note") or row.get("future")) and NEWEST_DAY not in answer.answer:
        why.append("does not name the newest day")
    if row.get("future") and "rag sync" not in answer.answer:
        why.append("does not point at rag sync")
    if row.get("first") and cited[:1] != [c for c in cited[:1] if c in row["first"]]:
        why.append("first citation is not of the topic's first day")
    if row.get("intent") == "when" and not cited:
        why.append("cites nothing")
    if row.get("in_period") and not set(cited) & set(row["in_period"]):
        why.append("cites no paper of the topic in the period")
    if row.get("intent") == "summary" and ABSTAINS_RE.search(answer.answer):
        why.append("abstains")
    return why


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    why = why_not(row, answer)
    return [*why, f"{answer.answer[:300]!r}", f"cited={cited_in_order(answer)[:5]}"] if why else []


if __name__ == "__main__":
    run_judged("time_dev.jsonl", judge, lambda row: row["group"])
