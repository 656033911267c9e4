"""Score eval/yesno_dev.jsonl: yes/no questions (eval/yesno_dev.md).

Rules by `kind` and `expect`:
- exists, yes: the answer opens with "Yes", and a `relevant` paper is among the first three it cites.
- exists, no: the answer opens with "No" or "I found no paper", and cites nothing.
- property: the answer opens with "Yes", "No" or "The digest does not say" as `expect` says (yes / no /
  unstated), and the paper asked about is the first it cites.
- control: the answer has the row's `intent`, does not abstain, and cites every `relevant` paper.

Run: `python eval/score_yesno_dev.py [--half tune|check|control] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

ABSTAINS_RE = re.compile(r"do not cover this|does not say anything about|which do not answer", re.I)
OPENINGS = {
    "yes": re.compile(r"^\W*Yes\b"),
    "no": re.compile(r"^\W*(?:No\b|I found no paper)"),
    "unstated": re.compile(r"^\W*The digests? (?:does|do) not say\b"),
}


def passes(row: dict, answer: Answer) -> bool:
    cited = cited_in_order(answer)
    if row["kind"] == "control":
        return (
            answer.intent == row["intent"]
            and not ABSTAINS_RE.search(answer.answer)
            and set(row["relevant"]) <= set(cited)
        )
    opens = bool(OPENINGS[row["expect"]].search(answer.answer))
    if row["kind"] == "exists":
        return opens and (not cited if row["expect"] == "no" else any(p in row["relevant"] for p in cited[:3]))
    return opens and cited[:1] == row["relevant"][:1]


if __name__ == "__main__":
    run_judged("yesno_dev.jsonl", judging(passes), lambda row: row["kind"])
