"""Score eval/yesno3_dev.jsonl: yes/no questions about one paper named by its name (eval/yesno3_dev.md).

Rules by `kind`:
- property: the answer opens with "Yes", "No" or "The digest does not say" as `expect` says (yes / no /
  unstated), and the paper asked about is the first it cites.
- mentioned (a model the digests hold no paper of its own for): the answer opens with "The digest(s) do(es) not
  say" and says that the papers only mention it (the words "own" and "mention").

Run: `python eval/score_yesno3_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, judging, run_judged  # noqa: E402
from rag.records import Answer  # noqa: E402

OPENINGS = {
    "yes": re.compile(r"^\W*Yes\b"),
    "no": re.compile(r"^\W*No\b"),
    "unstated": re.compile(r"^\W*The digests? (?:does|do) not say\b"),
}


def passes(row: dict, answer: Answer) -> bool:
    text = answer.answer
    if row["kind"] == "mentioned":
        return bool(OPENINGS["unstated"].search(text) and re.search(r"\bown\b", text) and re.search(r"\bmention", text))
    return bool(OPENINGS[row["expect"]].search(text)) and cited_in_order(answer)[:1] == row["relevant"][:1]


if __name__ == "__main__":
    run_judged("yesno3_dev.jsonl", judging(passes), lambda row: row["kind"])
