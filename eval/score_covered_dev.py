"""Score eval/covered_dev.jsonl (eval/covered_dev.md): a question whose answering paper the digests hold,
asked with a verb or generic noun its summary says in other words, is answered with that paper, not called
"not covered"; a question of the same shape on a topic no digest names cites nothing.

Rules by `kind`:
- answered: the `relevant` paper is among the first three the answer cites, and the answer has no "do not
  cover this" / "which do not answer it" / "found no paper".
- none: the answer cites no paper.

Run: `python eval/score_covered_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

NOT_COVERED_RE = re.compile(r"do not cover this|which do not answer it|found no paper", re.I)


def judge(row: dict, answerer) -> list[str]:  # type: ignore[no-untyped-def]
    answer = answerer.ask(row["question"])
    cited = cited_in_order(answer)
    why: list[str] = []
    if row["kind"] == "answered":
        if row["relevant"][0] not in cited[:3]:
            why.append(f"first cited {cited[:3]} lack {row['relevant'][0]}")
        if NOT_COVERED_RE.search(answer.answer):
            why.append("says not covered")
    elif answer.citations:
        why.append(f"cites {cited[:5]}")
    return [*why, f"answer {answer.answer[:300]!r}"] if why else []


if __name__ == "__main__":
    run_judged("covered_dev.jsonl", judge, lambda row: f"{row['kind']}-{row['shape']}")
