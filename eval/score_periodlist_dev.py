"""Score eval/periodlist_dev.jsonl: a list question naming a period and no topic ("which papers are from 2025?")
is answered with every paper of the period: the count first, as many papers cited, each dated in the period."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402

COUNT_RE = re.compile(r"^([\d,]+) papers?\b")


def judge(row: dict, answerer: Any) -> list[str]:
    result = answerer.ask(row["question"])
    m = COUNT_RE.match(result.answer)
    said = int(m.group(1).replace(",", "")) if m else -1
    dates = [answerer.retriever.by_id[c["id"]].dates for c in result.citations]
    inside = all(any(row["since"] <= d <= row["until"] for d in ds) for ds in dates)
    if said == row["papers"] and len(dates) == row["papers"] and inside:
        return []
    return [f"says {said}, cites {len(dates)} of {row['papers']}, all in the period: {inside}"]


if __name__ == "__main__":
    run_judged("periodlist_dev.jsonl", judge, lambda row: "period")
