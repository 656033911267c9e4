"""Score eval/clipped_dev.jsonl: a clipped word ("math") asked for what the papers write out ("mathematical")
(eval/clipped_dev.md).

Rules by `group`:
- same: the answer's count is the count the written-out wording `plain` gives, within 5 % (and not zero).
- excluded: no paper the list keeps writes the excluded word or its written-out forms in its title
  ("… but not math" leaves out "Mathematical Reasoning Failures").

Run: `python eval/score_clipped_dev.py [--half tune|check] [-v]` with RAG_HOME pointing at an index.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.devsets import cited_in_order, run_judged  # noqa: E402

COUNT_RE = re.compile(r"(\d[\d,]*)\s+papers?\b")
WRITTEN_OUT = {"math": r"\bmath(?:s|ematics?|ematical(?:ly)?)?\b"}


def count_of(answer: Any) -> int:
    m = COUNT_RE.search(answer.answer)
    return int(m.group(1).replace(",", "")) if m else 0


def judge(row: dict, answerer: Any) -> list[str]:
    answer = answerer.ask(row["question"])
    if row["group"] == "same":
        mine, theirs = count_of(answer), count_of(answerer.ask(row["plain"]))
        ok = mine and abs(mine - theirs) <= 0.05 * max(theirs, 1)
        return [] if ok else [f"{mine} papers against the written-out wording's {theirs}"]
    pattern = re.compile(WRITTEN_OUT[row["word"]], re.I)
    by_id = {p.id: p for p in answerer.retriever.papers}
    kept = [pid for pid in cited_in_order(answer) if pattern.search(by_id[pid].title)]
    return [f"{len(kept)} kept papers' titles write {row['word']}: {kept[:3]}"] if kept else []


if __name__ == "__main__":
    run_judged("clipped_dev.jsonl", judge, lambda row: row["group"])
