"""Score eval/kindcount_dev.jsonl: when no survey or benchmark paper on a topic is found, the count of papers
said to name the topic is the grep count of its phrase (exact under 4 papers, else within 25 %), and a topic no
paper writes is said to be named by none. A row whose answer lists papers of the kind passes only when grep finds
the topic written."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402

COUNT_RE = re.compile(r"^([\d,]+) papers? in the digests\S* names? ")
LISTED_RE = re.compile(r"^(?:Yes: )?([\d,]+) papers? in the digests\S* match")


def why_not(answer: str, grep: int) -> str:
    """'' when the answer passes, else what it says."""
    if m := COUNT_RE.match(answer):
        said = int(m.group(1).replace(",", ""))
        ok = said == grep if grep < 4 else abs(said - grep) <= 0.25 * grep
        return "" if ok else f"says {said} name it, grep {grep}"
    if LISTED_RE.match(answer):
        return "" if grep > 0 else "lists papers of the kind, grep 0"
    if "No paper in the digests names" in answer or answer.startswith("I found no paper on"):
        return "" if grep == 0 else f"says none names it, grep {grep}"
    return answer[:80]


def judge(row: dict, answerer: Any) -> list[str]:
    why = why_not(answerer.ask(row["question"]).answer, row["grep_papers"])
    return [why] if why else []


if __name__ == "__main__":
    run_judged("kindcount_dev.jsonl", judge, lambda row: "count")
