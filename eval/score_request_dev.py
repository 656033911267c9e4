"""Score eval/request_dev.jsonl: a summary asked with the request after the topic and period ("X papers from
March 2025: give me a summary") must get the answer its request-first wording (`same_as`) gets: the same intent
and the same cited papers (eval/request_dev.md).

Run: `python eval/score_request_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402


def judge(row: dict, answerer: Any) -> list[str]:
    """Why the trailing-request wording answers otherwise than the request-first one ([] when alike)."""
    asked, canonical = answerer.ask(row["question"]), answerer.ask(row["same_as"])
    cited = [c["id"] for c in asked.citations]
    wanted = [c["id"] for c in canonical.citations]
    if asked.intent == canonical.intent and cited == wanted:
        return []
    return [
        f"intent {asked.intent} vs {canonical.intent}",
        f"{asked.answer[:200]!r}",
        f"cited={cited[:5]} vs {wanted[:5]}",
    ]


if __name__ == "__main__":
    run_judged("request_dev.jsonl", judge, kind=lambda row: "request")
