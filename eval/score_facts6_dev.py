"""Score eval/facts6_dev.jsonl: a figure a named paper's summary states in a sentence that does not write the
paper's name ("This approach …", "the learned policy …"), asked by its quantity, relatively ("how much
better / cheaper"), as a verbless noun phrase, or as a yes/no size comparison; controls whose figure is absent
(eval/facts6_dev.md).

Rules by `kind`:
- anaphora, relative, verbless: the first paper cited is the row's, the opening paragraph holds every string of
  `facts` and does not say the figure is unstated, and no other paper is cited.
- size: the answer opens with "Yes" or "No" as `expect` says, cites the row's paper first and quotes `quote`.
- absent: the opening says the summary does not state the thing asked (citing the row's paper, if any).

Run: `python eval/score_facts6_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from eval.score_facts5_dev import UNSTATED_RE, opening  # noqa: E402
from eval.score_yesno3_dev import OPENINGS  # noqa: E402
from rag.records import Answer  # noqa: E402


def passes(row: dict, answer: Answer) -> bool:
    first = opening(answer.answer)
    cited = cited_in_order(answer)
    if row["kind"] == "absent":
        return bool(UNSTATED_RE.search(first)) and cited[:1] in ([], row["relevant"][:1])
    if row["kind"] == "size":
        opens = bool(OPENINGS[row["expect"]].search(answer.answer))
        return opens and cited[:1] == row["relevant"][:1] and row["quote"].lower() in answer.answer.lower()
    if cited != row["relevant"][:1] or not all(f in first for f in row["facts"]):
        return False
    return not UNSTATED_RE.search(first)


if __name__ == "__main__":
    run_judged("facts6_dev.jsonl", judging(passes), lambda row: row["kind"])
