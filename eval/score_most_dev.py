"""Score eval/most_dev.jsonl: "which benchmark / base model / baseline is used most (for X)?" ranks the names the
topic's papers write by how many papers write each.

A `rank` row passes when the answer is an aggregate that cites papers and each of the row's `top` names (the
leaders a grep of the digests gives) opens one of its first three ranked entries ("- AIME: 40 papers [1][2]");
a `none` row when it cites nothing (no paper is on the topic); `intent:X` controls when the intent is still X.

    python eval/score_most_dev.py [--half tune|check|control] [-v]
"""

from __future__ import annotations

import re
from typing import Any

from devsets import judging, run_judged

ENTRY_RE = re.compile(r"^\s*(?:\d+\.|-)\s+\**(?P<name>[^:*\[]+?)\**\s*(?:\([^)]*\))?\s*:\s*\d+\s+papers?\b", re.M)
SHOWN = 3


def ranked(answer: str) -> list[str]:
    """The names the answer ranks, in its order."""
    return [m.group("name").strip() for m in ENTRY_RE.finditer(answer)]


def passes(row: dict, answer: Any) -> bool:
    rule = row["rule"]
    if rule.startswith("intent:"):
        return bool(answer.intent == rule.split(":", 1)[1])
    if rule == "none":
        return bool(answer.answer) and not answer.citations
    first = [n.lower() for n in ranked(answer.answer)[:SHOWN]]
    named = all(any(n.startswith(t.lower()) for n in first) for t in row["top"])
    return answer.intent == "aggregate" and bool(answer.citations) and named


if __name__ == "__main__":
    run_judged("most_dev.jsonl", judging(passes), lambda row: row["rule"].split(":")[0])
