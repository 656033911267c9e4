"""Score eval/lists20_dev.jsonl: lists that joining a topic's spellings must not break (eval/lists20_dev.md).

Rules: a `keep` row's list cites every paper of `keep` (what the start code cites that writes the row's form); a
`named` row's list cites only papers whose title + summary writes the row's `written` regex.

Run: `python eval/score_lists20_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import run_judged  # noqa: E402


def judge(row: dict, answerer: Any) -> list[str]:
    cited = [str(c["id"]) for c in answerer.ask(row["question"]).citations]
    if row["type"] == "keep":
        lost = sorted(set(row["keep"]) - set(cited))
        return [f"{len(cited)} cited, lost {lost}"] if lost else []
    pattern = re.compile(row["written"], re.I if row.get("flags") else 0)
    texts = {p.id: f"{p.title} {' '.join(p.summaries)}" for p in answerer.retriever.papers}
    loose = [i for i in cited if not pattern.search(texts[i])]
    return [f"{len(cited)} cited, not naming it: {loose}"] if loose else []


if __name__ == "__main__":
    run_judged("lists20_dev.jsonl", judge, lambda row: row["type"])
