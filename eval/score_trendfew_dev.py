"""Score eval/trendfew_dev.jsonl: a trend answer calls a topic rising or falling only when its papers are enough to
tell. Under 10 papers, no "rising" or "falling"; 50 papers or more whose month share at least doubles or halves
between the span's halves, that verdict. Other rows pass whatever they say."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402

COUNT_RE = re.compile(r"^(\d[\d,]*) papers? in the digests match")
SHARES_RE = re.compile(r"(\d[\d.]*)% in [\d-]+ to [\d-]+ against (\d[\d.]*)% in [\d-]+ to [\d-]+: ([^.]+)\.")


def why_not(answer: str) -> str:
    """'' when the answer passes (or says no count or share), else its count and verdict."""
    count, shares = COUNT_RE.match(answer), SHARES_RE.search(answer)
    if not count or not shares:
        return ""
    n = int(count.group(1).replace(",", ""))
    before, after, word = float(shares.group(1)), float(shares.group(2)), shares.group(3)
    if n < 10 and word in ("rising", "falling"):
        return f"{n} papers: {word}"
    doubled = n >= 50 and before and (after >= 2 * before or after * 2 <= before)
    if doubled and word != ("rising" if after > before else "falling"):
        return f"{n} papers, {before}% → {after}%: {word}"
    return ""


def judge(row: dict, answerer: Any) -> list[str]:
    why = why_not(answerer.ask(row["question"]).answer)
    return [why] if why else []


if __name__ == "__main__":
    run_judged("trendfew_dev.jsonl", judge, lambda row: "trend")
