"""Score eval/time2_dev.jsonl: joined periods, days around the newest digest, "lately" trends, latest lists
(eval/time2_dev.md).

Rules by `group`:
- joined: the answer's period is the row's `period` (the union of the two periods joined), its opening line
  writes no period word (none leaked into the topic), and where papers naming the topic fall in the period
  (`in_period`), it cites one of them.
- relday: the answer's period is the row's one day; it cites only papers of that day, and one of `in_day` where
  that day has any (none where it has none).
- lately: a trend; it says the last three months (`late`) against the three before (`early`), with a verdict
  (rising, falling or about level) matching the row's `verdict` where grep's shares fix one, and still shows the
  monthly counts.
- samelist: the list cites the same papers as the plain question `plain` asks, the first ten newest first.
- control: the answer's period is the row's, and its intent where the row names one.

Run: `python eval/score_time2_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402
from eval.score_time_dev import dates_of, period_of  # noqa: E402

PERIOD_WORD_RE = re.compile(r"\b(?:last|this|now|today|yesterday|until|till|week|month)\b", re.I)
VERDICT_RE = re.compile(r"\b(rising|falling|about level)\b")


def opening(answer: Any) -> str:
    return re.sub(r"\d{4}-\d{2}-\d{2}", " ", answer.answer.split("\n", 1)[0])


def why_not(row: dict, answer: Any, plain: Any = None) -> list[str]:
    """The rules a row's answer breaks; none when it passes."""
    cited = cited_in_order(answer)
    group, why = row["group"], []
    if row.get("intent") and answer.intent != row["intent"]:
        why.append(f"intent {answer.intent}")
    if "period" in row and period_of(answer) != row["period"]:
        why.append(f"period {period_of(answer)}")
    if group == "joined":
        if PERIOD_WORD_RE.search(opening(answer)):
            why.append("a period word in the opening")
        if row["in_period"] and not set(cited) & set(row["in_period"]):
            why.append("cites no paper of the topic in the period")
    if group == "relday":
        day = row["period"][0]
        on = {s.hit.paper.id: s.hit.paper.dates for s in answer.sources}
        if any(day not in on.get(c, [day]) for c in cited):
            why.append("cites a paper of another day")
        if row["in_day"] and not set(cited) & set(row["in_day"]):
            why.append("cites no paper of the day")
        if not row["in_day"] and cited:
            why.append("cites papers on a day without them")
    if group == "lately":
        late, early = " to ".join(row["late"]), " to ".join(row["early"])
        if late not in answer.answer or early not in answer.answer:
            why.append("does not weigh the last three months against the three before")
        said = VERDICT_RE.findall(answer.answer)
        if not said:
            why.append("no verdict")
        elif row["verdict"] and row["verdict"] not in said:
            why.append(f"verdict {said}, grep says {row['verdict']}")
        if f"{row['late'][1]}: " not in answer.answer:
            why.append("no monthly counts")
    if group == "samelist" and plain is not None:
        theirs = {c["id"] for c in plain.citations}
        mine = {c["id"] for c in answer.citations}
        if mine != theirs:
            why.append(f"{len(mine)} papers against the plain list's {len(theirs)} ({len(mine - theirs)} not in it)")
        dates = dates_of(answer, cited[:10])
        if dates != sorted(dates, reverse=True):
            why.append(f"not newest first {dates}")
    return why


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    plain = answerer.ask(row["plain"]) if row.get("plain") else None
    why = why_not(row, answer, plain)
    return [*why, f"{answer.answer[:300]!r}", f"cited={cited_in_order(answer)[:5]}"] if why else []


if __name__ == "__main__":
    run_judged("time2_dev.jsonl", judge, lambda row: row["group"])
