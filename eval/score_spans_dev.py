"""Score eval/spans_dev.jsonl: a change between two years asked in the user's words (eval/spans_dev.md).

Rules by `group`:
- trend: the answer's first line gives the same figures as the canonical wording `plain` ("are there more
  papers on X in 2025 than in 2024?"), which weighs the two years against each other.
- list: the list the canonical wording `plain` (an explicit span of days) gives: its count within 10 %, and
  its first five papers the same (`score_years_dev.same_list`).
- control, `rule` same_list: as list; `rule` no_filter: years that are part of a benchmark's name ("AIME
  2024 and 2025") filter nothing: the answer says no period and is no trend.

Run: `python eval/score_spans_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402
from eval.score_years_dev import same_list  # noqa: E402

FIGURE_RE = re.compile(r"\d[\d,.]*%?")


def figures(text: str) -> list[str]:
    return sorted(FIGURE_RE.findall(text.splitlines()[0] if text else ""))


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    rule = row.get("rule", row["group"])
    if rule == "no_filter":
        why = []
        if re.search(r"\b20\d\d-\d\d-\d\d\b", answer.answer.split("\n")[0]):
            why.append("a period filter in the first line")
        if answer.intent == "trend":
            why.append("read as a trend")
        return why
    plain = answerer.ask(row["plain"])
    if rule == "trend":
        mine, theirs = figures(answer.answer), figures(plain.answer)
        return [] if mine == theirs else [f"figures {mine[:8]} against the canonical {theirs[:8]}"]
    return same_list(answer, plain)


if __name__ == "__main__":
    run_judged("spans_dev.jsonl", judge, lambda row: row["group"])
