"""Score eval/counts_dev.jsonl: counts said of a topic's papers against grep (eval/counts_dev.md).

What an answer says it counts is read from its text: "N papers in the digests match: they name X" or
"(N name it)" is a count of the papers naming X; "they use or study X" or "(N of them use or study it)" a
count of those using or studying it ("; K of these say it in other words": K of them do not name it); "by the
month they first appeared, 2025-01: 3, …" the monthly counts.
Rules by `kind` (a count is near grep within MENTION_SLACK of it, or 1):
- mention: the count of papers naming the topic is stated and near `grep`.
- use: the count of papers using or studying it is stated; of them, those naming it are within USE_SLACK (or 3)
  of the hand-judged estimate (`judged`, drawn from the papers naming it); the count naming it is stated too
  and near `grep`.
- trend: the monthly counts are stated and sum to the total stated first; the count naming it is near `grep`.
- control: keeps its intent; a one-topic trend's monthly counts sum to its total.

Run: `python eval/score_counts_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402

MENTION_SLACK = 0.10
USE_SLACK = 0.25
HEAD_RE = re.compile(
    r"^(?:Yes: )?(\d[\d,]*) papers? in the digests match(?:es)?: (?:they|it) (names?|uses? or stud(?:y|ies))"
)
NAMING_RE = re.compile(r"\((?:all )?(\d[\d,]*)(?: of them)? names? it\b")
USING_RE = re.compile(r"\((\d[\d,]*) of them uses? or stud(?:y|ies) it\b")
UNNAMED_RE = re.compile(r"; (\d[\d,]*) of these says? it in other words\)")
MONTHS_RE = re.compile(r"by the month (?:they|it) first appeared, ((?:\d{4}-\d{2}: \d+(?:, )?)+)")


def number(text: str) -> int:
    return int(text.replace(",", ""))


def said(answer: str) -> dict[str, int]:
    """The figures the answer states: `total` (its first), `naming`, `using` and `monthly` (their sum)."""
    out: dict[str, int] = {}
    head = HEAD_RE.match(answer)
    if head:
        out["total"] = number(head.group(1))
        out["naming" if head.group(2).startswith("name") else "using"] = out["total"]
    if (m := NAMING_RE.search(answer)) and "naming" not in out:
        out["naming"] = number(m.group(1))
    if (m := USING_RE.search(answer)) and "using" not in out:
        out["using"] = number(m.group(1))
    if m := UNNAMED_RE.search(answer):
        out["unnamed"] = number(m.group(1))
    if m := MONTHS_RE.search(answer):
        out["monthly"] = sum(int(n) for n in re.findall(r": (\d+)", m.group(1)))
    return out


def near(figure: int | None, expected: int, slack: float, floor: int = 1) -> bool:
    return figure is not None and abs(figure - expected) <= max(floor, slack * expected)


def judge(row: dict, answerer: Any) -> list[str]:
    a = answerer.ask(row["question"])
    figures = said(a.answer)
    why = []
    kind = row["kind"]
    if kind == "control":
        if a.intent != row["intent"]:
            why.append(f"intent {a.intent}, not {row['intent']}")
        if a.counts and not a.series and figures.get("monthly") != figures.get("total"):
            why.append(f"monthly sum {figures.get('monthly')} against total {figures.get('total')}")
        return why + ([repr(a.answer[:400])] if why else [])
    if not near(figures.get("naming"), row["grep"], MENTION_SLACK):
        why.append(f"naming {figures.get('naming')} against grep {row['grep']}")
    if kind == "use":
        # the judged sample was drawn from the papers naming the topic: it estimates how many of them use it
        estimate = row["judged"]["estimate"]
        using = figures.get("using")
        among = None if using is None else using - figures.get("unnamed", 0)
        if not near(among, estimate, USE_SLACK, 3):
            why.append(f"using {using} ({among} of those naming it) against judged {estimate}")
    if kind == "trend" and (figures.get("monthly") is None or figures.get("monthly") != figures.get("total")):
        why.append(f"monthly sum {figures.get('monthly')} against total {figures.get('total')}")
    return why + ([repr(a.answer[:400])] if why else [])


if __name__ == "__main__":
    run_judged("counts_dev.jsonl", judge, lambda row: row["kind"])
