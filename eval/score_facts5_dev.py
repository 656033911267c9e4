"""Score eval/facts5_dev.jsonl: facts asked of a named paper, stated in the question's words, in other words,
or not at all (eval/facts5_dev.md).

Rules by `kind`:
- stated, other: the first paper the answer cites is the row's paper, the answer's opening paragraph (up to its
  first blank line) holds every string of `facts` and does not say the figure is unstated, and no other paper
  follows ("Other close matches" after a stated figure is noise: issue 10 point 3).
- absent: the opening says the summary does not state the thing asked (citing the row's paper, if any) and quotes
  no sentence as the answer (a closest sentence is allowed only marked as such).
- shape: the first paper cited is the row's paper, the opening holds every string of `facts`, no boilerplate
  opener of a summary ("Here is a concise summary of …:", "Summary of the research paper is the following:") is
  quoted, and no paragraph is printed twice.

Run: `python eval/score_facts5_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

UNSTATED_RE = re.compile(r"\b(?:do|does|did)\s+not\s+(?:state|say|mention|give|report)\b", re.I)
PREAMBLE_RE = re.compile(
    r"\b(?:here\s+is|here's)\b[^.]{0,60}\bsummary\b|\bsummary\s+of\s+the\s+(?:\w+\s+){0,2}paper\b", re.I
)


def opening(text: str) -> str:
    return text.strip().split("\n\n")[0]


def passes(row: dict, answer: Answer) -> bool:
    first = opening(answer.answer)
    cited = cited_in_order(answer)
    if row["kind"] == "absent":
        return bool(UNSTATED_RE.search(first)) and cited[:1] in ([], row["relevant"][:1])
    if cited[:1] != row["relevant"][:1] or not all(f in first for f in row["facts"]):
        return False
    if row["kind"] == "shape":
        paragraphs = [p.strip() for p in answer.answer.split("\n\n") if p.strip()]
        return not PREAMBLE_RE.search(answer.answer) and len(paragraphs) == len(set(paragraphs))
    return not UNSTATED_RE.search(first) and cited == row["relevant"][:1]


if __name__ == "__main__":
    run_judged("facts5_dev.jsonl", judging(passes), lambda row: row["kind"])
